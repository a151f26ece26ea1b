### Defuse scenario `cafe-long-wait` (Thirty minutes for a flat white) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Thirty minutes for a flat white
title = Trzydzieści minut na flat white

# en: It is the morning rush at the Mokus café and you are on the till. Tamás Varga, a regular who comes in almost every weekday for a large oat flat white and an almond croissant to take away, walks up to the counter. You can see his ticket, printed half an hour ago, still stuck under a pile of tickets for a big office order. Bence, in his first week, is on the coffee machine; Katalin, the manager, is in the back.
brief = Jest poranny szczyt w kawiarni Mokus, a ty stoisz przy kasie. Do lady podchodzi Tamás Varga, stały klient, który prawie w każdy dzień roboczy bierze na wynos duże flat white na mleku owsianym i croissanta migdałowego. Widzisz jego bon z zamówieniem, wydrukowany pół godziny temu i wciąż przygnieciony stosem bonów z dużego zamówienia dla jakiegoś biura. Przy ekspresie stoi Bence, który pracuje tu pierwszy tydzień; Katalin, kierowniczka, jest na zapleczu.

# en: Tamás Varga
customer-name = Tamás Varga

# en: a regular for two years who always drops a few coins in the tip jar
customer-trait-1 = stały klient od dwóch lat, który zawsze wrzuca kilka monet do słoika na napiwki

# en: has a client meeting at half past nine, a ten-minute walk away
customer-trait-2 = o wpół do dziesiątej ma spotkanie z klientem, dziesięć minut piechotą stąd

# en: watched people who came in after him leave with their coffee
customer-trait-3 = widział, jak ludzie, którzy przyszli po nim, wychodzą już ze swoją kawą

# en: Sorry, what? I've got a meeting at half nine. I haven't got time for this.
neutral-says-1 = Słucham? O wpół do dziesiątej mam spotkanie. Nie mam na to czasu.

# en: I didn't catch that. I've already lost half an hour here, so can we just get on with it?
neutral-says-2 = Nie zrozumiałem. Straciłem tu już pół godziny, więc możemy po prostu przejść do rzeczy?

# en: Respect the customer's time
principle-respect-their-time-title = Szanuj czas klienta

# en: A customer in a hurry needs action, not an account of what went wrong. Apologise in a sentence, fix the problem first, and keep the explanation short, or for later if they want one.
principle-respect-their-time-text = Klient, który się spieszy, potrzebuje działania, a nie relacji z tego, co poszło nie tak. Przeproś jednym zdaniem, najpierw rozwiąż problem, a wyjaśnienia ogranicz do minimum albo zostaw na później, jeśli klient będzie ich chciał.

# en: Half an hour! I ordered my usual at twenty to nine, and I've watched three people who came in after me walk out with their coffee. I've got a meeting at half nine. Is it actually coming?
opening-says-1 = Pół godziny! Zamówiłem to co zwykle za dwadzieścia dziewiąta i patrzyłem, jak trzy osoby, które przyszły po mnie, wychodzą ze swoją kawą. O wpół do dziesiątej mam spotkanie. Będzie ta kawa w ogóle?

# en: Thirty minutes I've been standing over there. Thirty. Just my usual, same as every morning, and I've got a client at half past nine. Has anyone even started it?
opening-says-2 = Trzydzieści minut tam stoję. Trzydzieści. Tylko to co zwykle, jak co rano, a o wpół do dziesiątej mam klienta. Ktoś to w ogóle zaczął robić?

# en: He is a regular in a hurry. Use his name, show you know his order, own the delay in one sentence, and start fixing it.
opening-hint = To stały klient, który się spieszy. Zwróć się do niego po imieniu, pokaż, że znasz jego zamówienie, weź opóźnienie na siebie jednym zdaniem i zacznij działać.

# en: Tamás, I'm so sorry, half an hour is far too long. Your large oat flat white and almond croissant, to take away: I'm making them myself, right now.
opening-reply-1 = Tamás, strasznie przepraszam, pół godziny to o wiele za długo. Twoje duże flat white na owsianym i croissant migdałowy na wynos: już się za nie biorę, osobiście.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. You owned the wait in one sentence and started fixing it, which is what a man with a half-nine meeting needs.
opening-reply-1-feedback = Jego imię i jego stałe zamówienie, bez dopytywania, mówią mu, że znów jest stałym klientem, a nie zagubionym bonem. Bierzesz czekanie na siebie jednym zdaniem i od razu zaczynasz to naprawiać, a tego właśnie potrzebuje ktoś, kto ma spotkanie o wpół do dziesiątej.

# en: I'm really sorry. An office group ordered fourteen drinks all at once, and everything got stuck behind them. It's on its way now.
opening-reply-2 = Naprawdę przepraszam. Ludzie z biura obok zamówili naraz czternaście napojów i wszystko utknęło za nimi. Twoja kawa już się robi.

# en: The apology is undone by the excuse: other customers' fourteen drinks are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives him no time to plan around his meeting.
opening-reply-2-feedback = Wymówka przekreśla przeprosiny: czternaście napojów innych klientów to problem kawiarni, nie jego, a poza tym widział, że późniejsi klienci i tak zostali obsłużeni. „Już się robi” nie daje mu żadnej godziny, pod którą mógłby zaplanować dojście na spotkanie.

# en: Sorry about the wait, sir. What name was the order under? I'll find out where it's got to.
opening-reply-3 = Przepraszam za czekanie, proszę pana. Na jakie imię było zamówienie? Sprawdzę, gdzie utknęło.

# en: Polite and willing, but he has been coming in almost every morning for two years: 'sir' and 'what name' tell him he is one of many. And 'I'll find out' sounds like more waiting.
opening-reply-3-feedback = Grzecznie i z dobrą wolą, ale on przychodzi tu prawie każdego ranka od dwóch lat: „proszę pana” i „na jakie imię” mówią mu, że jest jednym z wielu. A „sprawdzę” brzmi jak kolejne czekanie.

# en: I don't care about somebody else's fourteen coffees. I ordered one, half an hour ago, and people behind me have already had theirs.
crowd-excuse-says-1 = Nie obchodzi mnie czternaście kaw kogoś innego. Ja zamówiłem jedną, pół godziny temu, a ludzie za mną już swoje dostali.

# en: You're right, it's our mix-up and you shouldn't have to wait it out. Your large oat flat white is going on now, and you'll have it in three minutes.
crowd-excuse-reply-1 = Masz rację, to nasza wpadka i nie powinieneś za nią płacić swoim czasem. Twoje duże flat white na owsianym robi się w tej chwili, za trzy minuty będzie twoje.

# en: You agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you control, because you are making it.
crowd-excuse-reply-1-feedback = Przyznajesz mu rację, zamiast bronić kolejki, i podajesz czas, pod który może zaplanować dojście na spotkanie. „Trzy minuty” to obietnica, na którą masz wpływ, bo to ty robisz tę kawę.

# en: I know, I know. It's been complete chaos this morning, honestly, everyone's been waiting ages.
crowd-excuse-reply-2 = Wiem, wiem. Dziś rano jest totalny chaos, serio, wszyscy czekają całe wieki.

# en: 'Everyone's been waiting' turns him into one of a crowd, and 'chaos' is one more excuse. He still has not heard when his coffee is coming.
crowd-excuse-reply-2-feedback = „Wszyscy czekają” robi z niego jednego z tłumu, a „chaos” to kolejna wymówka. Dalej nie usłyszał, kiedy dostanie swoją kawę.

# en: Let me explain: the office order printed at the same time, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-3 = Już tłumaczę: zamówienie dla biura wydrukowało się w tym samym momencie, twój bon wsunął się pod ich bony, a bar robi od góry, więc…

# en: It may all be true, but he has a meeting at half nine and you are spending his minutes on how the ticket rail works. Fix first; explain only if he asks.
crowd-excuse-reply-3-feedback = Może to wszystko prawda, ale on ma spotkanie o wpół do dziesiątej, a ty zużywasz jego minuty na objaśnianie, jak działa listwa z bonami. Najpierw napraw, a tłumacz dopiero wtedy, gdy zapyta.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before.
name-reaction-says-1 = Moje imię? Tamás. Jestem tu w każdy dzień roboczy. Wczoraj płaciłem u ciebie. Przedwczoraj też.

# en: Of course, Tamás, and I'm sorry, that was careless of me. Large oat flat white and an almond croissant to go: I'm making it right now.
name-reaction-reply-1 = No jasne, Tamás, przepraszam, to było bezmyślne z mojej strony. Duże flat white na owsianym i croissant migdałowy na wynos: robię w tej chwili.

# en: You owned the slip in one sentence and then showed you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = Bierzesz wpadkę na siebie jednym zdaniem, a potem pokazujesz, że jednak go znasz: jego imię i jego stałe zamówienie. Znów jest stałym klientem, a nie numerem bonu.

# en: Sorry, we get so many people through here in the mornings. What was it you ordered?
name-reaction-reply-2 = Przepraszam, rano przewija się tu tyle ludzi. A co to było, co zamawiałeś?

# en: 'So many people' says out loud what he already feared: that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = „Tyle ludzi” mówi na głos to, czego już się obawiał: że jest jednym z wielu. Pytanie o zamówienie po trzydziestu minutach czekania mówi mu, że nikt go w ogóle nie zauważył.

# en: Sorry, Tamás, of course! Give me a second, I'll go and ask the bar what happened to your order.
name-reaction-reply-3 = Przepraszam, Tamás, no jasne! Daj mi sekundę, pójdę zapytać na barze, co się stało z twoim zamówieniem.

# en: The name landed, but 'I'll go and ask' means more standing around while you find out what went wrong. He needs his coffee started now, not an investigation.
name-reaction-reply-3-feedback = Imię trafiło, ale „pójdę zapytać” oznacza dalsze sterczenie przy ladzie, zanim ustalisz, co poszło nie tak. On potrzebuje, żeby jego kawa powstawała już teraz, a nie śledztwa.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = Wiesz co, nie mam na to czasu. Jest Katalin? Zawołaj ją, proszę.

# en: She's in the back and I'll fetch her if you like. But the fastest way to your meeting is this: your flat white is on now, two minutes, and today it's on us.
manager-demand-reply-1 = Jest na zapleczu i mogę ją zawołać, jeśli chcesz. Ale najszybsza droga na twoje spotkanie jest taka: twoje flat white już się robi, dwie minuty, a dziś my stawiamy.

# en: You did not refuse him the manager, but you offered something quicker that you control yourself. He asked for Katalin because he had given up on you; a coffee in two minutes wins him back.
manager-demand-reply-1-feedback = Nie odmawiasz mu kierowniczki, ale proponujesz coś szybszego, co zależy tylko od ciebie. Poprosił o Katalin, bo przestał już liczyć na ciebie; kawa za dwie minuty odzyskuje jego zaufanie.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-2 = Jasne. Poczekaj tu sekundę, zaraz ją zawołam.

# en: Courteous, and it respects his wish, but he now waits for the manager on top of the thirty minutes. One concrete offer before you go would likely have settled it at the counter.
manager-demand-reply-2-feedback = Uprzejmie i zgodnie z jego życzeniem, ale teraz do trzydziestu minut dochodzi jeszcze czekanie na kierowniczkę. Jedna konkretna propozycja, zanim pójdziesz na zaplecze, pewnie załatwiłaby sprawę przy ladzie.

# en: She'll only tell you the same thing, to be honest, and she's flat out in the back.
manager-demand-reply-3 = Szczerze mówiąc, ona powie ci to samo, a na zapleczu ma urwanie głowy.

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-3-feedback = Odmawiasz jego prośbie i jeszcze mówisz mu, że i tak nie ma to sensu. Bez kawy, bez kierowniczki i ze spotkaniem na karku jedyne, co mu zostaje, to wyjść.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
while-making-says-1 = Dobra. Na spotkanie mam dziesięć minut piechotą, więc zostało mi jakieś dziesięć minut. Co się w ogóle stało? To ten nowy chłopak? Wyglądał, jakby kompletnie nie ogarniał tego ekspresu.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
while-making-says-2 = Dobra. Za dziesięć minut, najpóźniej, muszę wyjść przez te drzwi. Serio, co poszło nie tak? To ten nowy przy ekspresie? Cały ranek gapi się w te bony.

# en: He is inviting you to blame your colleague, and he has ten minutes. One honest sentence, no names, and keep working.
while-making-hint = Zachęca cię do zrzucenia winy na kolegę, a ma tylko dziesięć minut. Jedno szczere zdanie, bez wskazywania winnych, i rób dalej swoje.

# en: It was our mistake, not his: your ticket got buried and nobody on the counter checked. That's on me. Your croissant's in the bag, the coffee's thirty seconds away.
while-making-reply-1 = To nasz błąd, nie jego: twój bon się zawieruszył, a nikt przy kasie tego nie sprawdził. Biorę to na siebie. Croissant już jest w torebce, kawa będzie za trzydzieści sekund.

# en: An honest answer in one sentence, taken on yourself rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-1-feedback = Szczera odpowiedź w jednym zdaniu, wzięta na siebie, a nie zrzucona na Bencego, i sygnał, że zamówienie jest już prawie w jego rękach. Odpowiadasz na pytanie, nie zabierając mu jego dziesięciu minut.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets.
while-making-reply-2 = No, Bence jest u nas dopiero pierwszy tydzień, biedaczek. Jeszcze się uczy ogarniać te bony.

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not care whose fault it was; he cares that the café owns it.
while-making-reply-2-feedback = Brzmi przyjaźnie, wręcz życzliwie, ale zrzucasz winę na kolegę, który stoi kilka metrów dalej. Tamása nie obchodzi, czyja to wina; zależy mu na tym, żeby kawiarnia wzięła ją na siebie.

# en: So, a big office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-3 = No więc o wpół do dziewiątej przyszło duże zamówienie dla biura, drukarka wydrukowała wszystko podwójnie, Bence wziął najpierw bony z góry, a twój wylądował…

# en: He told you he has ten minutes, and you are using them on the printer and the rota. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-3-feedback = Powiedział ci, że ma dziesięć minut, a ty zużywasz je na drukarkę i grafik zmian. Klient, który się spieszy, potrzebuje jednego zdania wyjaśnienia i kawy w ręku.

# en: I'm so sorry, Tamás. It will never happen again, I promise: from tomorrow your coffee will be ready the moment you walk in.
while-making-reply-4 = Strasznie cię przepraszam, Tamás. To się już nigdy nie powtórzy, obiecuję: od jutra twoja kawa będzie gotowa, jak tylko wejdziesz.

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you don't know. A promise like that is one more chance to let him down.
while-making-reply-4-feedback = Ciepło, i słyszy, że ci zależy, ale nie da się mieć gotowej kawy dla kogoś, o kim nie wiesz, o której przyjdzie. Taka obietnica to tylko kolejna okazja, żeby go zawieść.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = Biedny chłopak, stoi tuż obok. Słyszał to, wiesz?

# en: You're right, that wasn't fair of me. It's the café's mistake, and I'm the one putting it right. Your coffee is coming up now.
new-lad-reply-1 = Masz rację, to było nie w porządku. To błąd kawiarni i to ja go naprawiam. Twoja kawa zaraz będzie gotowa.

# en: Taking back a careless remark at once is hard and right. Tamás sees a team that stands together, and a person at the till who takes responsibility.
new-lad-reply-1-feedback = Natychmiastowe wycofanie się z nieprzemyślanej uwagi jest trudne, ale słuszne. Tamás widzi zespół, który trzyma się razem, i osobę przy kasie, która bierze odpowiedzialność na siebie.

# en: Oh, he knows. Everyone's new once, it's how you learn, isn't it?
new-lad-reply-2 = E tam, on wie. Każdy kiedyś był nowy, tak się człowiek uczy, nie?

# en: Brushing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-2-feedback = Zbycie tego lekceważeniem zostawia winę na Bencem i pokazuje, że kawiarnia nie dba o własnych ludzi. Jeśli tak mówisz o koledze, klient zaczyna się zastanawiać, jak mówisz o nim.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = Gotowa, jak tylko wejdę? Przecież nawet nie wiesz, o której przyjdę. Po prostu zrób dobrze dzisiejszą, co?

# en: Fair enough, I can't promise that. What I can do is get today right: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-1 = Słusznie, tego nie mogę obiecać. Mogę za to porządnie załatwić dzisiaj: kawa będzie za minutę, a Katalin powiem, jak zgubił się twój bon.

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-1-feedback = Poprawiasz własną obietnicę i zastępujesz ją dwiema rzeczami, na które naprawdę masz wpływ: dzisiejszą kawą i rozmową z kierowniczką. Szczerość utrzymuje jego zaufanie tam, gdzie większa obietnica by je roztrwoniła.

# en: No, really, I'll sort it. I'll tell everyone on the team to keep an eye out for you.
promise-doubt-reply-2 = Nie, serio, załatwię to. Powiem całemu zespołowi, żeby co rano cię wypatrywali.

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-2-feedback = Powiedział ci, że wątpi w tę obietnicę, a ty, zamiast ją sprawdzić, podwajasz stawkę. Prosił o jedno: żeby dziś wszystko było jak należy.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = Stop. Nie potrzebuję całej historii, muszę wychodzić. Po prostu oddaj mi pieniądze, kupię coś po drodze.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = Zaraz wyjdzie, a jego kawa jest prawie gotowa. Czego potrzebuje od ciebie w ciągu najbliższych trzydziestu sekund?

# en: You're right, sorry, Tamás. It's ready now: oat flat white and croissant, to go, and it's on us, I've refunded your card. You'll still make half nine.
refund-demand-reply-1 = Masz rację, przepraszam, Tamás. Już gotowe: flat white na owsianym i croissant na wynos, na koszt firmy, pieniądze wracają na twoją kartę. Zdążysz na wpół do dziesiątej.

# en: You stopped talking and gave him everything at once: his order, his money back and the reassurance about his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-1-feedback = Przestajesz mówić i dajesz mu wszystko naraz: zamówienie, zwrot pieniędzy i zapewnienie, że zdąży na spotkanie. Poprosił o zwrot, bo stracił nadzieję na kawę; dostaje jedno i drugie.

# en: Of course. Have you got your receipt? A card refund usually takes three to five working days.
refund-demand-reply-2 = Oczywiście. Masz paragon? Zwrot na kartę trwa zwykle od trzech do pięciu dni roboczych.

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-2-feedback = Robisz dokładnie to, o co prosił, i nic więcej. Wychodzi spóźniony, bez kawy, ze zwrotem, którego nie zobaczy przez kilka dni, a nikt nawet nie powiedział „przepraszam”.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin, she can sort it out for you.
refund-demand-reply-3 = Niestety na tej kasie nie da się robić zwrotów. Zawołam Katalin, ona to załatwi.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds more minutes to a wait that is already too long.
refund-demand-reply-3-feedback = Nawet jeśli kasa tego nie obsługuje, kawa, która stoi przed tobą, mogła rozwiązać prawdziwy problem. Odesłanie go do kierowniczki dokłada kolejne minuty do czekania, które już i tak trwa za długo.

# en: Is that mine? I really do have to go.
the-order-says-1 = To moje? Naprawdę muszę już lecieć.

# en: It is: large oat flat white and almond croissant, and I've pressed the lid on tight for the walk. You'll make half nine with a minute to spare.
the-order-reply-1 = Tak: duże flat white na owsianym i croissant migdałowy, a pokrywka jest mocno dociśnięta na drogę. Zdążysz na wpół do dziesiątej z minutą zapasu.

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-1-feedback = Wymienienie jego zamówienia i spotkania o wpół do dziesiątej pokazuje, że mimo tłoku pamiętasz, co ci powiedział. Pokrywka na drogę to drobiazg, który mówi, że myślisz o jego poranku, a nie tylko o swojej kolejce.

# en: Here you go! Did you want it in a cup for here, or shall I put a lid on it?
the-order-reply-2 = Proszę bardzo! Na miejscu, w filiżance, czy dać ci pokrywkę?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-2-feedback = Już dwa razy mówił ci, że ma spotkanie, a kawę bierze na wynos każdego ranka. Nawet przyjazne pytanie może powiedzieć stałemu klientowi, że nikt go nie pamięta.

# en: Here you are. Sorry again for the wait, it's just been one of those mornings.
the-order-reply-3 = Proszę. Jeszcze raz przepraszam za czekanie, po prostu taki poranek.

# en: A pleasant hand-over, but 'one of those mornings' is a soft excuse that puts the wait on the weather rather than on the café. His name, his order or his meeting would have shown him you care.
the-order-reply-3-feedback = Miłe podanie, ale „taki poranek” to miękka wymówka, która zrzuca czekanie na zły dzień, a nie na kawiarnię. Jego imię, jego zamówienie albo jego spotkanie pokazałyby mu, że ci zależy.

# en: Right. Thirty minutes, though. I come here because it's quick and you know me. That's not what I'm paying for.
amends-says-1 = No dobra. Ale trzydzieści minut. Przychodzę tu, bo jest szybko i mnie znacie. Nie za to płacę.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He also told you what hurt: being forgotten.
amends-hint = Spieszy się, więc zadośćuczynienie musi zmieścić się w jednym zdaniu i nie kosztować go ani chwili. Powiedział ci też, co go zabolało: że o nim zapomniano.

# en: You're right, and I'm sorry, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-reply-1 = Masz rację, przepraszam, Tamás: jesteś tu co rano, a my o tobie zapomnieliśmy. Dzisiaj na koszt firmy, pieniądze wracają na twoją kartę. Leć, zdążysz.

# en: You named what hurt him, being forgotten by people who know him, and made amends that cost him no time. A refund on the spot fits a wait he has already paid for.
amends-reply-1-feedback = Nazywasz to, co go zabolało, czyli to, że zapomnieli o nim ludzie, którzy go znają, i proponujesz zadośćuczynienie, które nie kosztuje go ani chwili. Zwrot na miejscu pasuje do czekania, za które już zapłacił.

# en: I'll put two extra stamps on your loyalty card to make up for it. Here's your receipt.
amends-reply-2 = Dobiję ci dwie dodatkowe pieczątki na karcie lojalnościowej, w ramach przeprosin. Proszę, twój paragon.

# en: A practical gesture, but it answers 'that's not what I'm paying for' with a voucher, and skips what he actually said: he comes here because you know him. The emotional problem is still open when he walks out.
amends-reply-2-feedback = Praktyczny gest, ale na „nie za to płacę” odpowiada pieczątkami i pomija to, co naprawdę powiedział: przychodzi tu, bo go znacie. Kiedy wychodzi, problem emocjonalny wciąż jest nierozwiązany.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry.
amends-reply-3 = Usiądź na pięć minut, przyniosę ci kawałek ciasta na koszt firmy, w ramach przeprosin.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-reply-3-feedback = Miło i hojnie, ale nie dla tego klienta: ma spotkanie i już stracił pół godziny. Zadośćuczynienie, które kosztuje go jeszcze więcej czasu, nie jest zadośćuczynieniem.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = Dobra. To jutro o tej samej porze. Znowu mi zniknie bon?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = No dobrze. Jutro przyjdę jak zwykle. Znowu będę tam stał pół godziny?

# en: Not if I can help it. Today I'll ask Katalin to have someone check the ticket rail during the rush, and tomorrow I'll look out for you myself.
tomorrow-reply-1 = Zrobię wszystko, żeby nie. Jeszcze dziś poproszę Katalin, żeby w szczycie ktoś pilnował listwy z bonami, a jutro osobiście będę cię wypatrywać.

# en: You promised only what you control: a word with the manager today and your own attention tomorrow. Fixing the cause means the next regular's ticket does not get buried either.
tomorrow-reply-1-feedback = Obiecujesz tylko to, co od ciebie zależy: dzisiejszą rozmowę z kierowniczką i własną uwagę jutro. Dzięki usunięciu przyczyny bon następnego stałego klienta też nie zaginie.

# en: Never again, I promise you. From tomorrow you go straight to the front of the queue, every single morning.
tomorrow-reply-2 = Nigdy więcej, obiecuję ci. Od jutra co rano wchodzisz od razu na początek kolejki.

# en: He likes hearing it, but you cannot put him ahead of every queue every morning, and the other staff never agreed to it. The first morning it fails, he remembers your promise.
tomorrow-reply-2-feedback = Miło mu to słyszeć, ale nie możesz co rano stawiać go przed całą kolejką, a reszta zespołu nigdy się na to nie zgodziła. Pierwszego ranka, kiedy to nie wyjdzie, przypomni sobie twoją obietnicę.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff find their feet.
tomorrow-reply-3 = Mam nadzieję, że nie! Poranki są teraz szalone, ale powinno się uspokoić, jak nowi się wdrożą.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = „Mam nadzieję” i „nowi” zostawiają przyczynę po stronie kogoś innego, a naprawę w rękach losu. Zapytał, czy to się powtórzy, a ty mówisz mu, że może.

# en: Thanks. Really. See you tomorrow.
resolved-warm-says-1 = Dzięki. Naprawdę. Do jutra.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
resolved-warm-summary = Tamás zdąża na spotkanie z minutą zapasu. Wychodząc, jak zwykle wrzuca kilka monet do słoika na napiwki, a następnego ranka znów stoi przy ladzie. Stały klient, o którym raz zapomniano, a potem znów potraktowano go jak stałego klienta, pozostaje lojalny.

# en: Yeah. Thanks.
grudging-says-1 = No. Dzięki.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
grudging-summary = Tamás dostaje kawę i zdąża na spotkanie, na styk. Ale słoik na napiwki zostaje pusty, a w kolejnych tygodniach Tamás przychodzi coraz rzadziej, aż w końcu przestaje. Więcej się nie skarży: większość niezadowolonych klientów tego nie robi, po prostu idą gdzie indziej, a kawiarnia nigdy się nie dowiaduje dlaczego.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waves the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
manager-steps-in-summary = Katalin wychodzi z zaplecza, przeprasza, sama robi mu kawę i nie bierze pieniędzy. Tamás spóźnia się na spotkanie, a jak stałego klienta potraktowała go dopiero kierowniczka. Następnym razem, kiedy coś pójdzie nie tak, od razu poprosi o Katalin, nie o ciebie.

# en: Keep it. I'm late already. I'll grab something on the way.
walkout-says-1 = Zostaw. I tak już jestem spóźniony. Kupię coś po drodze.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
walkout-summary = Tamás wychodzi bez zamówienia, a jego opłacone flat white stygnie na ladzie. Nie składa skargi i już nie wraca: sieciówka po drugiej stronie ulicy zyskuje nowego stałego klienta, który daje hojne napiwki. Większość zawiedzionych klientów nigdy nic nie mówi; po prostu odchodzi.

