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

# en: He has been coming here for two years, and he is in a hurry. What does he need to hear first, and what do you already know about him?
opening-hint = Przychodzi tu od dwóch lat i bardzo się spieszy. Co musi usłyszeć najpierw i co już o nim wiesz?

# en: I'm really sorry. An office ordered fourteen drinks all at once, and every ticket after theirs got stuck behind them. Yours is on its way now.
opening-reply-1 = Naprawdę bardzo przepraszam. Jedno biuro zamówiło naraz czternaście napojów i wszystkie bony po nich utknęły w kolejce. Pana kawa już się robi.

# en: So sorry. We had an office put in fourteen drinks in one go, and all the orders after it got held up. Yours is coming now.
opening-reply-1-wording-1 = Strasznie przepraszam. Jedna firma zamówiła czternaście kaw za jednym razem i wszystkie kolejne zamówienia zakorkowały się za nimi. Pana kawa jest już w trakcie.

# en: Sorry, a big office order held everything up; it's coming.
opening-reply-1-wording-2 = Przepraszam, duże zamówienie z biura wszystko zablokowało; kawa już się robi.

# en: really sorry, some office ordered 14 coffees at once and everything behind got stuck. yours is nearly there
opening-reply-1-wording-3 = bardzo przepraszam, wpadlo nam zamowienie na 14 napojow dla jakiegos biura i wszystko inne stanelo w kolejce. pana kawka juz jest robiona

# en: Apologies, a company sent through a massive order of fourteen coffees and it jammed up the queue for everyone after. Yours is being made as we speak.
opening-reply-1-wording-4 = Przepraszam najmocniej, pewna firma przysłała gigantyczne zamówienie na czternaście kaw i przez to zapchała się cała kolejka dla wszystkich po nich. Pana napój właśnie przygotowujemy.

# en: Sorry, a huge office order delayed everyone's drinks.
opening-reply-1-wording-5 = Przepraszam, wielkie zamówienie dla biura opóźniło wszystkim napoje.

# en: fourteen drinks came in from one office at the same time, sorry, thats why its backed up. yours wont be long
opening-reply-1-wording-6 = Czternaście kaw z jednego biura wpadło naraz, stąd ten zator, sorry. Na pana kawę już długo nie trzeba będzie czekać.

# en: The apology is spent on the office order: fourteen drinks for someone else are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives a man with a half-nine meeting no time to plan around.
opening-reply-1-feedback = Przeprosiny idą na konto zamówienia z biura: czternaście napojów dla kogoś innego to problem kawiarni, nie jego, a poza tym widział, że późniejsi klienci i tak dostali swoje. „Już się robi” nie daje komuś, kto ma spotkanie o wpół do dziesiątej, żadnej konkretnej godziny.

# en: Tamás, I'm sorry, half an hour is far too long. Your large oat flat white and almond croissant to go: I'm making them myself, now.
opening-reply-2 = Panie Tamásie, przepraszam, pół godziny to za długo. Duże flat white na owsianym i croissant migdałowy na wynos: zrobię je osobiście.

# en: Tamás, I apologise, thirty minutes is way too long to wait. Your oat flat white, large, and an almond croissant to take away, yes? I'm doing them personally, right now.
opening-reply-2-wording-1 = Panie Tamásie, przepraszam, trzydzieści minut czekania to o wiele za dużo. Pana stałe zamówienie, duży owsiany flat white i croissant z migdałami na wynos, przygotuję własnoręcznie.

# en: Sorry, Tamás. Your usual oat flat white, I'm making it myself now.
opening-reply-2-wording-2 = Przepraszam, panie Tamásie; to co zwykle robię panu osobiście.

# en: Tamás, so sorry, that's a ridiculous wait. big oat flat white plus the almond croissant, takeaway, i'm on it myself this second
opening-reply-2-wording-3 = panie Tamásie, sorry, pol godziny to przegiecie. duzy owsiany flat white i migdalowy rogalik na wynos, zaraz robie wlasnymi rekami

# en: That wait is completely unacceptable, Tamás, and I apologise. I'll personally make your big oat flat white and pack the almond croissant right away.
opening-reply-2-wording-4 = Takie czekanie jest absolutnie nie do przyjęcia, panie Tamásie, przepraszam. Sam się tym zajmę: duży flat white na mleku owsianym i migdałowy croissant, pakuję od ręki.

# en: Sorry Tamás, way too long. I'll make your usual myself right now.
opening-reply-2-wording-5 = Przepraszam, panie Tamásie, stanowczo za długo. Sam zrobię to co zwykle, już.

# en: Thirty minutes is not okay, I'm sorry. Large oat flat white and almond croissant to take out, I'm doing them personally straight away.
opening-reply-2-wording-6 = Trzydzieści minut to skandal, bardzo pana przepraszam. Duży owsiany flat white i croissant migdałowy na wynos, biorę się za to osobiście w tej chwili.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. One sentence of apology, then your own hands on his coffee: that is what a man with a half-nine meeting needs.
opening-reply-2-feedback = Jego imię i stałe zamówienie, bez dopytywania, mówią mu, że znów jest stałym klientem, a nie zagubionym bonem. Jedno zdanie przeprosin, potem osobiście bierzesz się za jego kawę: tego potrzebuje ktoś, kto ma spotkanie o wpół do dziesiątej.

# en: Sorry about the wait, sir, it's a busy one this morning. What name was the order under? I'll go and find out where it's got to.
opening-reply-3 = Przepraszam za czekanie, proszę pana, mamy dziś od rana straszny ruch. Na jakie imię było zamówienie? Pójdę sprawdzić, gdzie utknęło.

# en: Apologies for the delay, sir, we're very busy this morning. Which name did you order under? I'll check what's happened to it.
opening-reply-3-wording-1 = Przepraszam, że musiał pan czekać, od rana mamy tu młyn. Na kogo było zamówienie? Sprawdzę, gdzie się zatrzymało.

# en: Sorry, sir, whose name is it under? I'll go and check.
opening-reply-3-wording-2 = Przepraszam za czekanie; na jakie nazwisko? Sprawdzę, co się dzieje.

# en: sorry for the wait, mad morning. whose name was it under? let me go and see where it's at
opening-reply-3-wording-3 = Najmocniej przepraszam, proszę pana, dziś od otwarcia jest ogromny ruch. Czy mogę prosić o imię, na które składał pan zamówienie? Pójdę zobaczyć, co się z nim stało.

# en: I apologise for the delay, sir, it's been hectic today. Could you tell me the name on the order so I can track it down?
opening-reply-3-wording-4 = Przepraszam za opóźnienie, proszę pana, dzisiaj jest istne urwanie głowy. Może mi pan podać imię z zamówienia, żeby je odszukać?

# en: Sorry, busy today. What's your name? I'll check on it.
opening-reply-3-wording-5 = Przepraszam, ruch dziś. Jak pan się nazywa? Sprawdzę.

# en: What name is it under, sir? We're swamped this morning, I'll go and look for it.
opening-reply-3-wording-6 = a na jakie imie to bylo? od rana jestesmy zawaleni, zaraz poszukam

# en: Courteous, but he has come in almost every morning for two years: 'sir' and 'what name' tell him he is one of many, and 'I'll go and find out' promises more standing around.
opening-reply-3-feedback = Uprzejmie, ale on przychodzi tu prawie każdego ranka od dwóch lat: „proszę pana” i „na jakie imię” mówią mu, że jest jednym z wielu, a „pójdę sprawdzić” zapowiada kolejne stanie.

# en: Right, let's get you sorted. One flat white coming up in two minutes, and I'll pop a croissant in a bag while you wait.
opening-reply-4 = Dobrze, to załatwmy sprawę od razu. Jedno flat white za dwie minuty, a w międzyczasie wrzucę panu croissanta do torebki.

# en: Okay, let's sort you out. Your flat white will be ready in a couple of minutes, and I'll bag up a croissant for you meanwhile.
opening-reply-4-wording-1 = Dobra, od razu to załatwmy. Flat white będzie za dwie minutki, a croissanta pakuję panu do torebki już teraz.

# en: Flat white in two minutes, croissant bagged while you wait.
opening-reply-4-wording-2 = Dwie minuty i kawa gotowa, croissant już w torbie.

# en: right, let's fix this. flat white coming in 2 mins and i'll bag up a croissant for you while it's going
opening-reply-4-wording-3 = ok, ogarniamy to od reki: kawa za dwie minutki, a rogal w miedzyczasie laduje do torebki

# en: No problem, we'll fix it. Your flat white will be out in two minutes and I'll wrap up a croissant for you in the meantime.
opening-reply-4-wording-4 = Nie ma sprawy, naprawimy to. Flat white wyjdzie za dwie minuty, a tymczasem owinę panu croissanta na drogę.

# en: Two minutes for the flat white, I'll bag you a croissant.
opening-reply-4-wording-5 = Kawa za dwie minuty, pakuję croissanta.

# en: ok sorting it now, flat white's two mins away, grabbing you a croissant in a bag meanwhile
opening-reply-4-wording-6 = spoko, juz ogarniam, flat white bedzie za 2 min, a croissancik od razu leci do papierowej torby

# en: Fast, and the coffee is what he came for, so this nearly works. But there is no word about the half hour and no name: he is served like the next ticket on the rail. The best reply said sorry in one sentence and showed it knew him before fixing it.
opening-reply-4-feedback = Szybko, a przyszedł przecież po kawę, więc to prawie działa. Ale ani słowa o pół godzinie i ani imienia: obsługujesz go jak kolejny bon z listwy. Najlepsza odpowiedź przeprosiła jednym zdaniem i pokazała, że go zna, zanim przeszła do rozwiązania.

# en: I don't care about somebody else's fourteen coffees! I ordered one. Half an hour ago. And people who came in after me have had theirs!
crowd-excuse-says-1 = Nie obchodzi mnie czternaście kaw kogoś innego! Ja zamówiłem jedną. Pół godziny temu. A ludzie, którzy przyszli po mnie, już swoje dostali!

# en: He has raised his voice. How loud should your answer be, and whose side of the office order are you on?
crowd-excuse-hint = Podniósł głos. Jak głośno powinna zabrzmieć twoja odpowiedź i po czyjej stronie stoisz w sprawie zamówienia z biura?

# en: I know, I know, it's been total chaos this morning, honestly. Everyone's been waiting ages, it's not just you, I promise.
crowd-excuse-reply-1 = Wiem, wiem, szczerze mówiąc, od rana jest totalny chaos. Wszyscy czekają całe wieki, nie tylko pan, naprawdę.

# en: I know, it's been absolute madness this morning, honestly. Loads of people have been waiting a long time, you're not the only one.
crowd-excuse-reply-1-wording-1 = Wiem, wiem, od rana jest tu kompletne szaleństwo. Wszyscy czekają wieki, naprawdę nie tylko pan.

# en: It's been chaos, everyone's been waiting, not only you.
crowd-excuse-reply-1-wording-2 = Wszyscy dziś długo czekają, nie tylko pan, taki chaos.

# en: yeah i know, it's been mental this morning tbh. everybody's had a long wait, you're not the only one i swear
crowd-excuse-reply-1-wording-3 = no wiem, dzis od rana istny kociol, kazdy tu sterczy wieki, nie pan jeden, serio

# en: Honestly, this morning has been a nightmare. It's not only you, lots of customers have had to wait a long time.
crowd-excuse-reply-1-wording-4 = Szczerze? Ten poranek to jakiś koszmar. Nie tylko pan, mnóstwo klientów musiało dziś długo czekać.

# en: It's been crazy today, everyone's waiting.
crowd-excuse-reply-1-wording-5 = Dziś jest szaleństwo, wszyscy czekają.

# en: Look, you're not the only one who's waited, the whole morning has been a total mess.
crowd-excuse-reply-1-wording-6 = Proszę pana, nie jest pan jedyną osobą, która czekała, cały ranek to jeden wielki bałagan.

# en: 'Not just you' is meant to comfort, but it tells a regular he is one of a crowd, and 'chaos' is a second excuse on top of the first. He still does not know when his coffee is coming.
crowd-excuse-reply-1-feedback = „Nie tylko pan” ma pocieszać, ale stałemu klientowi mówi, że jest jednym z tłumu, a „chaos” to druga wymówka dołożona do pierwszej. Nadal nie wie, kiedy dostanie kawę.

# en: Let me just explain: the office order printed at the same moment, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-2 = Pozwoli pan, że wyjaśnię: zamówienie z biura wydrukowało się w tej samej chwili, pana bon wsunął się pod ich bony, a bar pracuje od góry, więc...

# en: If I could just explain: the office's order came out of the printer at the same time, your ticket ended up underneath theirs, and the bar goes from the top ticket downwards, so...
crowd-excuse-reply-2-wording-1 = Już tłumaczę: bony z biura wyszły z drukarki w tym samym momencie, pana bon wpadł pod nie, a bar bierze zamówienia od góry, dlatego...

# en: Basically your ticket got stuck under the office order, so...
crowd-excuse-reply-2-wording-2 = Pana bon trafił pod bony z biura, a bar robi od góry...

# en: ok so what happened was the big order printed at the exact same time and your ticket went under it, and the baristas work top to bottom so...
crowd-excuse-reply-2-wording-3 = pozwoli pan, ze wyjasnie, jak to wyszlo: zamowienie firmowe sie wydrukowalo razem z pana, pana kartka wyladowala pod spodem, a chlopaki na barze biora od gory, no i...

# en: Here's what happened: both orders printed together, yours got tucked underneath the office one, and the baristas take tickets from the top, so...
crowd-excuse-reply-2-wording-4 = Sytuacja wyglądała tak: oba zamówienia wydrukowały się razem, pana bon schował się pod tym biurowym, a bariści biorą karteczki z wierzchu, więc...

# en: Your ticket ended up under the big order, that's why...
crowd-excuse-reply-2-wording-5 = Pana karteczka utknęła pod dużym zamówieniem, stąd...

# en: So the thing is, the printer spat out the office order at the same second as yours, yours got hidden under it, and we make drinks in ticket order from the top...
crowd-excuse-reply-2-wording-6 = Bo widzi pan, drukarka wypuściła zamówienie biura dokładnie w tej samej sekundzie co pańskie, pański bon się pod nim ukrył, a napoje robimy po kolei od góry...

# en: It may all be true, but he has just told you he does not care about the office order, and you answer with more of it. Every sentence about the ticket rail is a minute off his walk to the meeting.
crowd-excuse-reply-2-feedback = Może to wszystko prawda, ale właśnie powiedział, że zamówienie z biura go nie obchodzi, a ty dalej o nim opowiadasz. Każde zdanie o listwie z bonami to minuta mniej na dojście na spotkanie.

# en: There's no need to raise your voice, sir. We're doing our best back there, and shouting won't make the machine go any faster.
crowd-excuse-reply-3 = Nie ma potrzeby podnosić głosu, proszę pana. Robimy, co możemy, a od krzyku ekspres nie zacznie pracować szybciej.

# en: Please don't shout at me, sir. Everyone behind the counter is working as hard as they can, and yelling won't make the coffee come out quicker.
crowd-excuse-reply-3-wording-1 = Proszę pana, nie trzeba krzyczeć. Staramy się, jak możemy, a podnoszenie głosu nie przyspieszy ekspresu.

# en: Please keep your voice down, sir; shouting won't speed it up.
crowd-excuse-reply-3-wording-2 = Proszę nie krzyczeć, krzyk nic nie przyspieszy.

# en: no need to shout sir, we're trying our hardest back there and getting loud won't make the machine work faster
crowd-excuse-reply-3-wording-3 = Bardzo proszę zachować spokój i nie podnosić głosu. Pracujemy na pełnych obrotach, a od krzyków ekspres szybciej nie zaparzy.

# en: Sir, I'd ask you not to yell. The team is working flat out, and raising your voice won't get your coffee made any sooner.
crowd-excuse-reply-3-wording-4 = Proszę pana, proszę tak na mnie nie wrzeszczeć. Cały zespół haruje bez przerwy, a od nerwów kawa nie zrobi się ani trochę prędzej.

# en: Don't shout at me, it won't help.
crowd-excuse-reply-3-wording-5 = Niech pan na mnie nie krzyczy, to nic nie da.

# en: calm down please, getting angry wont make your drink come faster, we're doing everything we can
crowd-excuse-reply-3-wording-6 = spokojnie prosze, nerwy nic nie dadza, kawa od tego szybciej nie bedzie, robimy co sie da

# en: Telling him how to speak makes his anger the problem instead of the half hour. A regular who is scolded at the counter stops being a regular.
crowd-excuse-reply-3-feedback = Mówiąc mu, jak ma mówić, robisz problem z jego złości zamiast z pół godziny. Stały klient, którego się strofuje przy ladzie, przestaje być stałym klientem.

# en: You're right, and that's on us, not on them. Yours is going on the machine now, and it'll be in your hand in three minutes.
crowd-excuse-reply-4 = Ma pan rację, to nasza wina, nie ich. Pana kawa właśnie idzie na ekspres, za trzy minuty będzie ją pan miał w ręku.

# en: You're quite right, and that's our fault, not theirs. I'm putting yours on right now, and you'll be holding it within three minutes.
crowd-excuse-reply-4-wording-1 = Racja, to nasz błąd, a nie tamtych klientów. Pana kawa właśnie się robi, za trzy minuty dostanie ją pan do ręki.

# en: You're right, our fault. Yours is on now: three minutes.
crowd-excuse-reply-4-wording-2 = Ma pan rację, nasza wina; kawa za trzy minuty.

# en: yeah you're right, that's down to us. i'm starting yours this second, it'll be with you in 3 mins
crowd-excuse-reply-4-wording-3 = slusznie pan mowi, zawalilismy my, nie oni. pana kawa juz leci na ekspresie, trzy minutki i trzyma ja pan w dloni

# en: Fair point, that's our mistake and not the other customers'. I'm starting your drink this moment and you'll have it in three minutes.
crowd-excuse-reply-4-wording-4 = Słuszna uwaga, zawiniliśmy my, a nie pozostali goście. Zaczynam pana napój w tej chwili, będzie gotowy za trzy minuty.

# en: You're right, our mistake. Three minutes and it's yours.
crowd-excuse-reply-4-wording-5 = Racja, pomyłka po naszej stronie. Za trzy minuty kawa.

# en: That's our fault, not the other customers', and you're right to be annoyed. Your coffee's being made now, three minutes max.
crowd-excuse-reply-4-wording-6 = To nasza wina, nie innych klientów, i ma pan pełne prawo być zdenerwowany. Kawa już się robi, najpóźniej trzy minuty.

# en: He raised his voice and you lowered yours: you agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you keep yourself, because you are making it.
crowd-excuse-reply-4-feedback = On podniósł głos, a ty ściszasz swój: przyznajesz mu rację zamiast bronić kolejki i podajesz czas, według którego może zaplanować wyjście. „Trzy minuty” to obietnica, której dotrzymujesz własnymi rękami, bo to ty robisz kawę.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before that.
name-reaction-says-1 = Moje imię? Tamás. Jestem tu w każdy dzień roboczy. Wczoraj płaciłem u ciebie, przedwczoraj też.

# en: Of course, Tamás, and sorry, that was careless of me. Large oat flat white and almond croissant to go: making it now.
name-reaction-reply-1 = Oczywiście, panie Tamásie, przepraszam, moje gapiostwo. Duże flat white na owsianym i croissant migdałowy na wynos, już robię.

# en: Of course it is, Tamás, sorry, that was sloppy of me. Oat flat white, large, with an almond croissant to take away, coming right up.
name-reaction-reply-1-wording-1 = Ależ oczywiście, panie Tamásie, przepraszam, to moje roztargnienie. Duże owsiane flat white i migdałowy croissant na wynos, już się za to biorę.

# en: Sorry, Tamás, my mistake. Your usual, I'm making it now.
name-reaction-reply-1-wording-2 = Przepraszam, panie Tamásie, moja wpadka; to co zwykle, już robię.

# en: course, Tamás, sorry, silly of me. big oat flat white plus almond croissant to go, doing it now
name-reaction-reply-1-wording-3 = jasne, ze pana kojarze, panie Tamásie, sorry, zacmienie. duzy owsiany flat white i rogalik z migdalami na wynos, juz sie robi

# en: Tamás, of course, I should have known that, apologies. I'm starting your big oat flat white now and bagging the almond croissant to take away.
name-reaction-reply-1-wording-4 = Panie Tamásie, no jasne, głupio mi, przepraszam. Biorę się za duże flat white z owsianym mlekiem, a croissanta z migdałami pakuję do zabrania.

# en: Of course, Tamás, my bad. Doing your oat flat white now.
name-reaction-reply-1-wording-5 = Jasne, panie Tamásie, mój błąd. Robię owsiane flat white.

# en: Of course it's you, Tamás, that was thoughtless of me, sorry. Large oat flat white and an almond croissant to go, I'm on it.
name-reaction-reply-1-wording-6 = Oczywiście, że to pan, panie Tamásie, to było bezmyślne z mojej strony, przepraszam. Duży owsiany flat white i migdałowy croissant na wynos, zajmuję się tym.

# en: You owned the slip in one sentence and then showed that you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = Bierzesz wpadkę na siebie jednym zdaniem, a potem pokazujesz, że go jednak znasz: jego imię i stałe zamówienie. Znów jest stałym klientem, a nie numerem bonu.

# en: Sorry, we get so many people through here in the mornings, I can't keep track of everyone. What was it you ordered again?
name-reaction-reply-2 = Przepraszam, rano przewija się tu tyle ludzi, że nie jestem w stanie wszystkich zapamiętać. Co to pan zamawiał?

# en: Apologies, we have loads of customers in the morning and I can't remember everybody. Remind me what you ordered?
name-reaction-reply-2-wording-1 = Przepraszam, ale rano przez kawiarnię przechodzi taki tłum, że nie sposób zapamiętać każdego. Co pan zamawiał?

# en: Sorry, too many customers to remember. What did you order?
name-reaction-reply-2-wording-2 = Nie pamiętam wszystkich klientów, przepraszam. Co to było?

# en: sorry, mornings are so busy that i can't remember every face. what was your order again?
name-reaction-reply-2-wording-3 = sorry, ale rano jest tu tylu ludzi, ze nie ogarniam kazdej twarzy. to co pan w koncu bral?

# en: Apologies, we see hundreds of faces every morning and I can't remember them all. Can you tell me your order again?
name-reaction-reply-2-wording-4 = Przepraszam, codziennie rano widzimy setki twarzy i nie da się wszystkich spamiętać. Może pan powtórzyć zamówienie?

# en: Sorry, I can't remember everyone. What did you have?
name-reaction-reply-2-wording-5 = Sorry, nie spamiętam wszystkich. Co pan zamówił?

# en: what did you order again? sorry, its so busy in the mornings i cant keep everyone straight
name-reaction-reply-2-wording-6 = A co pan właściwie zamawiał? Przepraszam, rano jest taki ruch, że mylą mi się wszyscy klienci.

# en: 'So many people' says out loud what he already feared, that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = „Tyle ludzi” mówi na głos to, czego się obawiał: że jest jednym z wielu. Pytanie po trzydziestu minutach, co zamówił, mówi mu, że nikt go w ogóle nie zauważył.

# en: Sorry, Tamás, of course! Your usual will be ready in two minutes, I'll get the bar to put it ahead of everything else.
name-reaction-reply-3 = Przepraszam, panie Tamásie, oczywiście! To co zwykle będzie gotowe za dwie minuty, poproszę na barze, żeby zrobili je poza kolejką.

# en: Of course, Tamás, sorry! Your usual will be with you in a couple of minutes; I'll have the bar push it to the front of the queue.
name-reaction-reply-3-wording-1 = Najmocniej przepraszam, panie Tamásie, no jasne! Pana stałe zamówienie będzie za dwie minutki, poproszę chłopaków na barze, żeby wrzucili je przed kolejkę.

# en: Sorry, Tamás! The bar will do yours first: two minutes.
name-reaction-reply-3-wording-2 = Panie Tamásie, przepraszam! Bar zrobi pana kawę poza kolejką, dwie minuty.

# en: sorry Tamás, of course! your usual's two minutes away, i'll have the bar put it ahead of the queue
name-reaction-reply-3-wording-3 = o matko, panie Tamásie, przepraszam! zaraz powiem baristom, zeby pana zamowienie wzieli bez kolejki, dwie minutki i bedzie

# en: Tamás, of course, sorry! I'll get the baristas to bump your usual to the top, it'll be done in two minutes.
name-reaction-reply-3-wording-4 = Panie Tamásie, oczywiście, przepraszam! Każę baristom przesunąć pana stałe zamówienie na sam początek, za dwie minuty będzie gotowe.

# en: Sorry Tamás, yours goes first, two minutes.
name-reaction-reply-3-wording-5 = Przepraszam, panie Tamásie, pana idzie pierwsze, dwie minuty.

# en: Of course, Tamás! Two minutes and your usual is ready, I'm telling the bar to jump it ahead of every other order.
name-reaction-reply-3-wording-6 = No jasne, panie Tamásie! Dwie minuty i ma pan to co zwykle, mówię na barze, żeby wrzucili to przed wszystkie inne zamówienia.

# en: The name landed and you moved fast, which he needed. But 'two minutes' hangs on a bar still working through fourteen drinks, so it is a promise you do not control. The best reply named his order and put the making of it in your own hands.
name-reaction-reply-3-feedback = Imię trafiło, a ty działasz szybko, czego potrzebował. Ale „dwie minuty” zależą od baru, który wciąż robi czternaście napojów, więc to obietnica poza twoją kontrolą. Najlepsza odpowiedź nazwała jego zamówienie i wzięła kawę we własne ręce.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = Wiesz co, nie mam na to czasu. Jest Katalin? Zawołaj ją, proszę.

# en: Of course. I'll tell her the whole story, the half hour and your meeting, so you needn't repeat it, and I'll wait here with you.
manager-demand-reply-1 = Oczywiście. Opowiem jej wszystko, o pół godzinie i o pana spotkaniu, żeby nie musiał pan powtarzać, a do tego czasu poczekam tu z panem.

# en: Certainly. I'll explain everything to her, the thirty-minute wait and your meeting, meaning you don't have to go through it again, and I'll stay here with you.
manager-demand-reply-1-wording-1 = Jasne. Przekażę jej wszystko, to pół godziny czekania i pana spotkanie, żeby nie musiał pan się powtarzać, a do jej przyjścia postoję tu z panem.

# en: Sure, I'll give her the whole story so you won't have to repeat it, and I'll stay with you.
manager-demand-reply-1-wording-2 = Zawołam Katalin, streszczę jej wszystko i poczekam z panem.

# en: of course, i'll fill her in on the whole thing, the wait and the meeting, so you won't need to say it again, and i'll stay with you till she's out
manager-demand-reply-1-wording-3 = oczywiscie, wprowadze Katalin w temat, ze czekal pan 30 minut i ze ma pan spotkanie, zeby nie musial pan jej tego tlumaczyc, a ja w tym czasie zostane tu z panem

# en: No problem. I'll brief her on everything, how long you've waited and that you've got a meeting, so you don't have to explain twice, and I'll stand here with you until she comes.
manager-demand-reply-1-wording-4 = Nie ma sprawy. Zrelacjonuję jej całą sytuację: jak długo pan stał i że spieszy się pan na spotkanie, tak żeby nie musiał pan opowiadać od nowa. Dopóki nie przyjdzie, jestem tu przy panu.

# en: Sure, I'll fill her in on all of it so you needn't repeat yourself, and I'll stay beside you.
manager-demand-reply-1-wording-5 = Jasne, wszystko jej przekażę, żeby nie musiał pan powtarzać, i zostanę przy panu.

# en: Absolutely, I'll bring Katalin over and give her the full picture, thirty minutes and the half nine meeting, so you don't have to say it all again. I'll stay right here with you.
manager-demand-reply-1-wording-6 = Oczywiście, przyprowadzę Katalin i przedstawię jej całą sprawę, pół godziny czekania i spotkanie o wpół do dziesiątej, żeby nie musiał pan wszystkiego powtarzać. Zostaję tu z panem.

# en: A good hand-over: he will not have to tell it twice, and you stay with him. But every minute spent waiting for Katalin is a minute off his walk, and the coffee is something you could have put in his hand yourself.
manager-demand-reply-1-feedback = Dobre przekazanie: nie będzie musiał opowiadać dwa razy, a ty zostajesz przy nim. Ale każda minuta czekania na Katalin to minuta mniej na dojście, a kawę mógł dostać prosto z twoich rąk.

# en: She's in the back with a delivery, to be honest, and she'll only tell you the same thing I'm telling you.
manager-demand-reply-2 = Jest na zapleczu, akurat przyjmuje dostawę, i szczerze mówiąc, powie panu dokładnie to samo co ja.

# en: Honestly, she's out the back sorting a delivery, and she'd just say exactly what I'm saying.
manager-demand-reply-2-wording-1 = Jest na zapleczu, odbiera dostawę, a szczerze mówiąc, i tak usłyszy pan od niej to samo, co ode mnie.

# en: She's busy with a delivery, and she'd say the same as me.
manager-demand-reply-2-wording-2 = Katalin przyjmuje dostawę, zresztą powie panu to samo.

# en: tbh she's out back dealing with a delivery and she'll tell you exactly what i've told you
manager-demand-reply-2-wording-3 = szefowa siedzi na zapleczu z dostawa, a tak miedzy nami, to i tak by panu nic innego nie powiedziala niz ja

# en: To be fair, Katalin's busy out back with a delivery, and she won't tell you anything different from me.
manager-demand-reply-2-wording-4 = Prawdę mówiąc, Katalin ma teraz na zapleczu dostawę i nie powie panu nic innego niż ja.

# en: She's busy, and she'll just say what I said.
manager-demand-reply-2-wording-5 = Jest zajęta, a powie to samo co ja.

# en: there's no point honestly, she's got a delivery in the back and she'll only repeat what i'm saying
manager-demand-reply-2-wording-6 = szczerze to nie ma sensu, szefowa rozladowuje dostawe z tylu i tylko powtorzy to, co mowie

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-2-feedback = Odmawiasz jego prośbie i mówisz mu, że i tak nie ma to sensu. Bez kawy, bez kierowniczki i ze spotkaniem na głowie zostaje mu tylko jedno: wyjść.

# en: She's in the back, and I'll get her if you want. Quicker, though: your flat white's on now, two minutes, and it's on us.
manager-demand-reply-3 = Jest na zapleczu, zawołam ją, jeśli pan chce. Ale szybciej będzie tak: pana flat white już się robi, dwie minuty, na koszt firmy.

# en: She's out the back and I can fetch her if you like. But faster still: your flat white's being made now, it'll be two minutes, and it's free.
manager-demand-reply-3-wording-1 = Mogę ją zawołać z zaplecza, jeśli pan sobie życzy. Ale będzie szybciej inaczej: flat white już się przygotowuje, za dwie minuty, i nic pan za nie nie płaci.

# en: I can get her, but your coffee's two minutes away, and free.
manager-demand-reply-3-wording-2 = Mogę ją zawołać, ale szybciej: kawa gratis za dwie minuty.

# en: she's in the back, happy to grab her. quicker option though, your flat white's going now, 2 mins, no charge
manager-demand-reply-3-wording-3 = moge po nia skoczyc na zaplecze, jasne. tylko ze szybciej bedzie tak: pana kawa juz sie parzy, dwie minutki, firma stawia

# en: I can go and bring Katalin out if you'd like, but the faster route is this: your flat white is being made now, two minutes, and you're not paying for it.
manager-demand-reply-3-wording-4 = Jeśli pan woli, przyprowadzę Katalin, ale szybsza droga jest taka: pana flat white właśnie powstaje, dwie minuty, i nie płaci pan za nie.

# en: I'll get her if you want, but your coffee's free and two minutes away.
manager-demand-reply-3-wording-5 = Zawołam ją, jeśli pan chce, ale kawa gratis za dwie minuty.

# en: Happy to get Katalin from the back, though your coffee will be quicker: it's on the machine now, ready in 2 minutes, on the house.
manager-demand-reply-3-wording-6 = Chętnie ściągnę Katalin z zaplecza, tylko że kawa będzie szybciej: stoi już na ekspresie, gotowa za 2 minuty, na koszt lokalu.

# en: You did not refuse him the manager, but you offered something quicker that you control: his coffee, a time, and no charge. He asked for Katalin because he had given up on you; two minutes wins him back.
manager-demand-reply-3-feedback = Nie odmawiasz mu kierowniczki, ale proponujesz coś szybszego, co zależy od ciebie: kawę, konkretny czas i to za darmo. Poprosił o Katalin, bo stracił do ciebie cierpliwość; dwie minuty wystarczą, żeby go odzyskać.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-4 = Oczywiście. Proszę tu chwilkę zaczekać, pójdę po nią na zaplecze.

# en: Certainly. Hang on here a moment and I'll fetch her for you.
manager-demand-reply-4-wording-1 = Oczywiście, już po nią pójdę, proszę tu chwilkę zaczekać.

# en: One second, I'll go get her for you.
manager-demand-reply-4-wording-2 = Dobrze, zaraz ją przyprowadzę.

# en: of course, just wait there a minute and i'll go grab her
manager-demand-reply-4-wording-3 = Oczywiście, już proszę kierowniczkę. Proszę zaczekać przy ladzie, zaraz wrócę z nią z zaplecza.

# en: Yes, hang on a sec, I'll nip out the back and get her.
manager-demand-reply-4-wording-4 = Tak, moment, skoczę na zaplecze i ją przyprowadzę.

# en: Okay, wait here, I'll get her.
manager-demand-reply-4-wording-5 = Oczywiście, chwilkę, skoczę po nią na zaplecze.

# en: Yes, of course, I'll go and bring Katalin out to you, just hang on there.
manager-demand-reply-4-wording-6 = jasne, juz ide po Katalin, prosze tu chwilke postac

# en: It does what he asked, but nothing more: he now waits for the manager on top of the thirty minutes, and will tell her everything again. One concrete offer before you went would likely have settled it at the counter.
manager-demand-reply-4-feedback = Robisz to, o co prosił, i nic więcej: do trzydziestu minut dochodzi czekanie na kierowniczkę, a jej też będzie musiał wszystko opowiedzieć. Jedna konkretna propozycja, zanim pójdziesz, prawdopodobnie załatwiłaby sprawę przy ladzie.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
while-making-says-1 = Dobra. Na spotkanie mam dziesięć minut piechotą, więc zostało mi jakieś dziesięć minut. Co się w ogóle stało? To ten nowy chłopak? Wyglądał, jakby kompletnie nie ogarniał tego ekspresu.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
while-making-says-2 = Dobra. Za dziesięć minut, najpóźniej, muszę wyjść przez te drzwi. Serio, co poszło nie tak? To ten nowy przy ekspresie? Cały ranek gapi się w te bony.

# en: He is inviting you to blame your colleague, who can hear you, and he has ten minutes.
while-making-hint = Zachęca cię do zrzucenia winy na kolegę, który wszystko słyszy, a sam ma dziesięć minut.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets, so it's been a bit slow behind the bar.
while-making-reply-1 = No tak, to pierwszy tydzień Bencego, biedaczek. Jeszcze się uczy tych bonów, więc przy barze idzie dziś trochę wolniej.

# en: Yes, it's Bence's first week, poor thing. He's still getting the hang of the tickets, so the bar's been a bit slow.
while-making-reply-1-wording-1 = No cóż, Bence jest u nas pierwszy tydzień, biedak. Dopiero ogarnia te bony, więc bar dzisiaj idzie nieco wolniej.

# en: Yeah, the new lad Bence is still learning, so it's slow.
while-making-reply-1-wording-2 = To nowy, Bence, pierwszy tydzień, jeszcze się uczy.

# en: yeah bence only started this week, bless him, and he's still working out the ticket system so things have been slow on the bar
while-making-reply-1-wording-3 = no tak, to Bence, jest u nas dopiero od poniedzialku, biedaczysko. jeszcze sie gubi w bonach, wiec dzis na barze troche sie slimaczy

# en: Yes, that's Bence, he only joined this week, poor lad. He hasn't quite got the ticket system down yet, which is why the bar's been slow.
while-making-reply-1-wording-4 = Tak, to Bence, zaczął u nas w tym tygodniu, biedny chłopak. Jeszcze nie załapał systemu bonów, dlatego bar się tak wlecze.

# en: Yeah, it's the new guy, he's still slow.
while-making-reply-1-wording-5 = No tak, to ten nowy, jeszcze jest powolny.

# en: Bence is brand new this week so yes, the bar's been slow while he gets the hang of the tickets, bless him
while-making-reply-1-wording-6 = Bence jest u nas zupełnie świeży, od tego tygodnia, więc owszem, przy barze wszystko szło wolniej, zanim się połapie w bonach, biedaczek.

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not need a culprit; he needs the café to own it.
while-making-reply-1-feedback = Brzmi przyjaźnie, nawet życzliwie, ale zrzucasz winę na kolegę stojącego kilka metrów dalej. Tamás nie potrzebuje winnego; potrzebuje, żeby kawiarnia wzięła to na siebie.

# en: Tamás, I'm so sorry. It will never happen again, I promise: from tomorrow your usual will be ready the moment you walk in.
while-making-reply-2 = Panie Tamásie, strasznie przepraszam. To się już nigdy nie powtórzy, obiecuję: od jutra pana kawa będzie gotowa, jak tylko pan wejdzie.

# en: I'm so sorry, Tamás. I promise this won't ever happen again: starting tomorrow, your regular order will be waiting for you as soon as you come through the door.
while-making-reply-2-wording-1 = Panie Tamásie, ogromnie przepraszam. Obiecuję, że to ostatni raz: od jutra będzie pan miał kawę gotową w chwili, gdy przekroczy pan próg.

# en: Sorry, Tamás. From tomorrow your coffee will be ready as you arrive.
while-making-reply-2-wording-2 = Nigdy więcej; od jutra kawa czeka na pana od progu.

# en: Tamás i'm so sorry, i promise it won't happen again, from tomorrow your coffee will be there the second you come in
while-making-reply-2-wording-3 = panie Tamásie, strasznie mi glupio. slowo, wiecej sie to nie zdarzy, od jutra jak tylko pan wejdzie, kawa bedzie na ladzie

# en: Tamás, I really apologise, and I give you my word it won't be repeated: from tomorrow your usual will be made before you even reach the counter.
while-making-reply-2-wording-4 = Panie Tamásie, bardzo mi przykro i gwarantuję panu, że drugi raz tak nie będzie: od jutra pana stałe zamówienie zrobimy, zanim w ogóle podejdzie pan do kasy.

# en: Sorry, never again. Tomorrow your usual's ready when you arrive.
while-making-reply-2-wording-5 = Przepraszam, nigdy więcej. Jutro kawa czeka na pana.

# en: from tomorrow morning your coffee will be waiting the moment you arrive, Tamás, I promise this won't ever happen again, I'm so sorry
while-making-reply-2-wording-6 = Proszę przyjąć moje najszczersze przeprosiny, panie Tamásie. Zapewniam, że to się więcej nie zdarzy: od jutrzejszego ranka kawa będzie gotowa w momencie, gdy pan przyjdzie.

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you do not know. A promise like that is one more chance to let him down.
while-making-reply-2-feedback = Ciepło, i słyszy, że ci zależy, ale nie da się mieć gotowej kawy dla kogoś, o kim nie wiesz, o której przyjdzie. Taka obietnica to tylko kolejna okazja, żeby go zawieść.

# en: It wasn't him, it was us at the counter: your ticket got buried and nobody checked. Croissant's bagged, coffee's thirty seconds away.
while-making-reply-3 = To nie on, tylko my przy kasie: pana bon się zawieruszył i nikt tego nie sprawdził. Croissant w torebce, kawa za pół minuty.

# en: Not him, it was our fault at the till: your order got lost in the pile and no one looked. Your croissant's in the bag and the coffee's nearly done.
while-making-reply-3-wording-1 = To nie jego wina, tylko nasza, przy kasie: pana bon gdzieś przepadł i nikt tego nie wyłapał. Croissant już zapakowany, kawa za trzydzieści sekund.

# en: Not him; we lost your ticket at the counter. Coffee's seconds away.
while-making-reply-3-wording-2 = To wina kasy, nie jego; kawa za pół minuty.

# en: no it wasn't him, that was us on the till, your ticket got lost under the pile and nobody noticed. croissant's ready, coffee in half a minute
while-making-reply-3-wording-3 = nie, to nie on, to my na kasie nawalilismy, bon sie zgubil i nikt nie zauwazyl. rogal juz w torbie, kawa za chwileczke

# en: Don't blame him, the mistake was ours at the front: your order got buried under others and no one spotted it. Your croissant's packed and the coffee's almost ready.
while-making-reply-3-wording-4 = Proszę nie winić Bencego, to my z przodu zawaliliśmy: pana zamówienie przykryły inne i nikt tego nie zauważył. Croissant zapakowany, kawa prawie gotowa.

# en: It was our mistake at the counter, not his. Coffee's almost done.
while-making-reply-3-wording-5 = Bon zgubiliśmy my przy kasie, nie Bence. Croissant spakowany, kawa zaraz.

# en: That one's on us at the front, not on him, nobody checked your ticket. Thirty seconds for the coffee, croissant's already in the bag.
while-making-reply-3-wording-6 = nie, to nasza wpadka z przodu, nie jego, nikt nie zerknął na pana bon. trzydzieści sekund i kawa, croissant już spakowany

# en: One honest sentence, taken on the counter rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-3-feedback = Jedno szczere zdanie, wina wzięta na kasę, a nie na Bencego, i przypomnienie, że zamówienie jest już prawie w jego ręku. Odpowiadasz na pytanie, nie zabierając mu jego dziesięciu minut.

# en: It wasn't really anyone's fault: the office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-4 = Właściwie to niczyja wina: o wpół do dziewiątej przyszło zamówienie z biura, drukarka wydrukowała podwójnie, Bence wziął najpierw górne bony, a pana bon wylądował...

# en: Nobody was really to blame: the office order arrived at 8:30, the printer printed twice, Bence started on the top tickets, and yours got left at the...
while-making-reply-4-wording-1 = W sumie nikt tu nie zawinił: o wpół do dziewiątej wpadło zamówienie z biura, drukarka wypluła wszystko podwójnie, Bence zaczął od górnych bonów, a pana bon trafił...

# en: No one's fault really: big order, printer glitch, Bence took the top ones...
while-making-reply-4-wording-2 = Niczyja wina: drukarka, zamówienie z biura, Bence wziął górne bony...

# en: honestly it wasn't anybody's fault, that big order came through about 8.30, printer double printed, bence grabbed the tickets on top and yours ended up at the...
while-making-reply-4-wording-3 = to wlasciwie splot okolicznosci: 8:30 przychodzi duze zamowienie z firmy, drukarka drukuje dwa razy, Bence lapie te z wierzchu, a pana karteczka laduje gdzies...

# en: Honestly, no one person did anything wrong: the big office order landed at half past eight, the printer printed double, Bence started at the top of the pile and yours got pushed down to...
while-making-reply-4-wording-4 = Szczerze, nikt konkretnie nie zawinił: duże zamówienie z biura wpadło o wpół do dziewiątej, drukarka puściła je dwa razy, Bence zaczął od góry stosu, a pana bon zjechał aż do...

# en: Nobody's fault, the printer doubled the big order and...
while-making-reply-4-wording-5 = Nikt nie zawinił, drukarka dwa razy wydrukowała to duże zamówienie i...

# en: It's a chain of things really: office order at half eight, double printing, Bence working the top tickets, and yours finished up...
while-making-reply-4-wording-6 = To taki łańcuszek zdarzeń: zamówienie z biura o wpół do dziewiątej, podwójny wydruk, Bence robi bony z wierzchu, a pana skończył...

# en: He told you he has ten minutes, and you are using them on the printer and the rota, with Bence's name in the middle. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-4-feedback = Powiedział ci, że ma dziesięć minut, a ty zużywasz je na drukarkę i grafik, z imieniem Bencego w środku. Klient, który się spieszy, potrzebuje jednego zdania wyjaśnienia i kawy w ręku.

# en: Sorry, I honestly couldn't tell you, I'm only on the till this morning. The bar keeps its own tickets, I just take the money.
while-making-reply-5 = Przepraszam, naprawdę nie wiem, dziś rano jestem tylko na kasie. Bar pilnuje swoich bonów, ja tylko przyjmuję pieniądze.

# en: Sorry, I really don't know, I'm just working the till today. The bar handles its own tickets; I only take payment.
while-making-reply-5-wording-1 = Przepraszam, nie mam pojęcia, dzisiaj stoję wyłącznie na kasie. Bonami zajmuje się bar, ja tylko kasuję.

# en: No idea, sorry, I'm just on the till.
while-making-reply-5-wording-2 = Nie wiem, ja tylko przyjmuję płatności, bony to bar.

# en: sorry no clue, i'm only doing the till today. the baristas deal with the tickets, i just take payments
while-making-reply-5-wording-3 = sorry, nie wiem, ja dzis tylko kasuje. za bony odpowiada bar, nie ja

# en: Sorry, I really have no idea, I'm only on payments today. The baristas look after their own tickets, I just handle the money side.
while-making-reply-5-wording-4 = Niestety nic nie wiem, dzisiaj odpowiadam wyłącznie za płatności. Tym, co dzieje się z bonami, zajmują się bariści, do mnie należy tylko rozliczanie.

# en: Sorry, don't know, I only work the till.
while-making-reply-5-wording-5 = Sorry, nie wiem, ja tylko stoję na kasie.

# en: I just take the money, sorry, the bar deals with its tickets so I couldn't tell you what happened
while-making-reply-5-wording-6 = Ja tu tylko biorę pieniądze, przepraszam, bar sam ogarnia swoje bony, więc nie umiem powiedzieć, co się stało.

# en: 'I'm only on the till' tells him the café is a row of people each responsible for nothing. He does not care who keeps which tickets; to him, you are the café.
while-making-reply-5-feedback = „Jestem tylko na kasie” mówi mu, że kawiarnia to rząd ludzi, z których nikt za nic nie odpowiada. Nie obchodzi go, kto pilnuje których bonów; dla niego to ty jesteś kawiarnią.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = Biedny chłopak, stoi tuż obok. Słyszał to, wiesz?

# en: You're right, that wasn't fair of me. It's our mistake, not his, and I'm the one putting it right: your coffee's coming now.
new-lad-reply-1 = Ma pan rację, to było nie w porządku. To nasz błąd, nie jego, i ja go naprawię: kawa już idzie.

# en: You're right, that was unfair of me. The mistake was ours, not Bence's, and I'm the one fixing it: your coffee's on its way now.
new-lad-reply-1-wording-1 = Słusznie, to było niefajne z mojej strony. Błąd jest nasz, a nie jego, i to ja to odkręcę: kawa już się parzy.

# en: Fair point, not his fault, ours. I'm sorting it; coffee's coming.
new-lad-reply-1-wording-2 = Racja, głupio wyszło; to nasz błąd i go naprawię.

# en: yeah that was out of order of me. it's on us, not him, and i'm fixing it, your coffee's nearly here
new-lad-reply-1-wording-3 = ma pan racje, nie powinno to pasc. to my zawalilismy, nie Bence, i ja to odkrece, kawa w drodze

# en: You're right, I shouldn't have said that about him. The fault is ours, not Bence's, and I'm fixing it myself: your coffee is almost here.
new-lad-reply-1-wording-4 = Słusznie, to było zbędne z mojej strony. Zawiniliśmy my, nie Bence, i osobiście to naprawiam: kawa jest już prawie u pana.

# en: That was unfair of me, it's our fault not his.
new-lad-reply-1-wording-5 = To było nie fair, wina nasza, nie jego.

# en: fair, i shouldnt have dumped that on him, it's our mistake. i'm sorting it personally and your coffee's on its way
new-lad-reply-1-wording-6 = no fakt, nie trzeba bylo zwalac tego na chlopaka, to nasz blad. ogarniam to osobiscie i kawa juz leci

# en: Taking back a careless remark at once is hard, and right. Tamás sees a team that stands together, and a person at the till who takes the mistake on.
new-lad-reply-1-feedback = Natychmiastowe wycofanie nieprzemyślanej uwagi jest trudne, ale słuszne. Tamás widzi zespół, który trzyma się razem, i osobę przy kasie, która bierze błąd na siebie.

# en: You're right, but it is his first week, and somebody has to learn on the morning rush, so we're all asking people to bear with us.
new-lad-reply-2 = Ma pan rację, ale to jego pierwszy tydzień, a ktoś musi się uczyć w porannym szczycie, więc prosimy wszystkich o odrobinę cierpliwości.

# en: True, but it's his first week, and someone has to learn during the morning rush, and we're asking customers to be patient with us.
new-lad-reply-2-wording-1 = Zgadza się, tylko że chłopak pracuje dopiero od tygodnia, a gdzieś musi się nauczyć, także w porannym tłoku, więc prosimy o trochę wyrozumiałości.

# en: True, but he's new, so please bear with us.
new-lad-reply-2-wording-2 = Racja, ale on się uczy; prosimy o cierpliwość.

# en: fair, but he only started this week and people have to learn sometime in the rush, so we're asking everyone to be a bit patient
new-lad-reply-2-wording-3 = no tak, ale chlopak jest nowy i musi sie wdrozyc tez w godzinach szczytu, wiec liczymy na troche cierpliwosci od klientow

# en: I know, but he's only been here a few days, and new staff have to learn during the rush at some point, so we're asking everyone to be patient.
new-lad-reply-2-wording-4 = Rozumiem, ale pracuje raptem kilka dni, a nowa osoba musi się kiedyś wdrożyć w godzinach tłoku, dlatego liczymy, że klienci zniosą to ze spokojem.

# en: Sure, but he's new, please be patient with us.
new-lad-reply-2-wording-5 = No tak, ale on jest nowy, proszę o cierpliwość.

# en: It's his first week, so yes, he's learning in the busiest hour, and we're just asking customers to bear with us
new-lad-reply-2-wording-6 = To jego pierwszy tydzień, więc owszem, uczy się w najgorętszej godzinie, i po prostu prosimy klientów, żeby byli dla nas wyrozumiali.

# en: 'You're right, but' takes back the agreement in the same breath, and 'bear with us' asks a man with a meeting to pay for the café's training with his time.
new-lad-reply-2-feedback = „Ma pan rację, ale” jednym tchem cofa przyznanie racji, a „odrobina cierpliwości” to prośba, żeby człowiek spieszący się na spotkanie zapłacił własnym czasem za szkolenie personelu.

# en: Oh, he knows I'm only joking. Everyone's new once, it's how you learn, isn't it? He'll be flying by next week.
new-lad-reply-3 = E tam, on wie, że żartuję. Każdy był kiedyś nowy, tak się człowiek uczy, prawda? Za tydzień będzie śmigał.

# en: Oh, he knows I'm just kidding. We all start somewhere, that's how you learn, right? He'll be a pro by next week.
new-lad-reply-3-wording-1 = Oj tam, przecież on wie, że sobie żartuję. Każdy kiedyś zaczynał, tak się człowiek uczy, nie? Za tydzień będzie ekspertem.

# en: He knows I'm only kidding; he'll be fine by next week.
new-lad-reply-3-wording-2 = Spokojnie, on wie, że to żart; szybko się nauczy.

# en: ah he knows i'm messing. everyone's the new guy at some point, it's how you learn. he'll be brilliant in a week
new-lad-reply-3-wording-3 = e tam, Bence zna moje poczucie humoru. wszyscy kiedys zaczynalismy, tak to jest, no nie? za pare dni bedzie smigal jak zawodowiec

# en: Don't worry, he knows I'm just teasing. We were all new once, that's how you pick it up, and he'll be great in a week.
new-lad-reply-3-wording-4 = Bez obaw, on wie, że się z nim droczę. Każdy kiedyś zaczynał od zera, tak się nabiera wprawy, a za tydzień będzie najlepszy.

# en: It's fine, he knows I'm joking.
new-lad-reply-3-wording-5 = Luz, on zna się na żartach.

# en: ha, he can take a joke. everyone starts off clueless, give him a week and he'll be flying
new-lad-reply-3-wording-6 = haha, on ma dystans. kazdy na poczatku nic nie umie, dajmy mu tydzien i bedzie latal

# en: Laughing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-3-feedback = Obracając to w żart, zostawiasz winę na Bencem i pokazujesz, że kawiarnia nie dba o własnych ludzi. Słysząc, jak mówisz o koledze, klient zastanawia się, jak mówisz o nim.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = Gotowa, jak tylko wejdę? Przecież nawet nie wiecie, o której przyjdę. Zróbcie po prostu porządnie dzisiejszą, dobrze?

# en: No, honestly, I'll sort it. I'll tell everyone on the team to keep an eye out for you, and they'll have it on the machine the second they see you.
promise-doubt-reply-1 = Nie, naprawdę, załatwię to. Powiem całemu zespołowi, żeby wypatrywali pana co rano, i wstawią kawę, gdy tylko pana zobaczą w drzwiach.

# en: No, really, I'll make it happen. I'll ask the whole team to watch for you, and they'll start your coffee the moment you come in.
promise-doubt-reply-1-wording-1 = Nie, serio, ogarnę to. Poproszę całą ekipę, żeby każdego ranka wypatrywała pana przy wejściu i od razu nastawiała kawę, jak tylko pan się pojawi.

# en: No, I'll sort it: the team will watch for you.
promise-doubt-reply-1-wording-2 = Załatwię to: zespół będzie pana wypatrywał i od razu robił kawę.

# en: nah honestly leave it with me, i'll get everyone watching for you and they'll put yours on the second you walk through the door
promise-doubt-reply-1-wording-3 = Ależ naprawdę, dopilnuję tego. Przekażę wszystkim pracownikom, by codziennie rano zwracali uwagę na pana przyjście i natychmiast przygotowywali pana kawę.

# en: No, trust me, I'll handle it. Everyone on staff will be told to look out for you and start your drink as soon as you walk in.
promise-doubt-reply-1-wording-4 = Nie, proszę mi zaufać, zajmę się tym. Wszyscy pracownicy dostaną polecenie, żeby na pana uważali i zaczynali kawę, kiedy tylko pan wejdzie.

# en: No, really, the whole team will look out for you.
promise-doubt-reply-1-wording-5 = Nie, serio, cała ekipa będzie na pana czekać.

# en: honestly don't worry, I'll brief the whole team so whoever spots you gets your coffee going straight away
promise-doubt-reply-1-wording-6 = spokojnie, niech sie pan nie martwi, przekaze calej zmianie, i kto pana pierwszy zobaczy, ten od razu robi kawe

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-1-feedback = Powiedział ci, że wątpi w tę obietnicę, a ty ją podwajasz, zamiast ją sprawdzić. Prosił o jedno: żeby dziś było jak należy.

# en: Fair enough, I can't promise that. Today I can: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-2 = Słusznie, tego nie mogę obiecać. Dzisiaj mogę: kawa będzie za minutę, a Katalin powiem, jak zgubił się pana bon.

# en: That's fair, I can't really promise that. What I can do is today: your coffee will be done in a minute. I'll also let Katalin know how your order got lost.
promise-doubt-reply-2-wording-1 = Ma pan rację, tego nie jestem w stanie obiecać. Za to dzisiaj tak: kawa za minutkę, a Katalin dowie się ode mnie, jak zgubiliśmy pana bon.

# en: Fair, I can't promise that. Coffee's a minute away; I'll tell Katalin.
promise-doubt-reply-2-wording-2 = Tego nie obiecam; dziś: kawa za minutę i rozmowa z Katalin.

# en: fair point, i can't guarantee that. but today's sorted, coffee in a sec, and i'll tell Katalin what happened with your ticket
promise-doubt-reply-2-wording-3 = slusznie, tak daleko nie moge obiecywac. ale dzis tak: kawka za chwile, a szefowej opowiem, co sie stalo z pana bonem

# en: You're right, that was a promise I can't keep. What I can do is get today right: your coffee is one minute away, and I'll report to Katalin how your order went missing.
promise-doubt-reply-2-wording-4 = Ma pan rację, tego nie mogę obiecać. Ale o dzisiejszą mogę zadbać: kawa będzie za minutę, a Katalin zgłoszę, jak zaginął pana bon.

# en: You're right, let's fix today. One minute, and Katalin will hear about it.
promise-doubt-reply-2-wording-5 = Racja, naprawmy dzisiaj. Minuta, a Katalin się o tym dowie.

# en: ok fair, forget tomorrow. your coffee's nearly ready, a minute, and i'll let Katalin know your ticket went missing
promise-doubt-reply-2-wording-6 = okej, fakt, zapomnijmy o jutrze. kawa prawie gotowa, minutka, a Katalin powiem, że pana karteczka gdzieś przepadła

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-2-feedback = Poprawiasz własną obietnicę i zastępujesz ją dwiema rzeczami, na które naprawdę masz wpływ: dzisiejszą kawą i rozmową z kierowniczką. Szczerość utrzymuje jego zaufanie tam, gdzie większa obietnica by je roztrwoniła.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = Stop. Nie potrzebuję całej historii, muszę wychodzić. Oddajcie mi po prostu pieniądze, kupię coś po drodze.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = Zaraz wyjdzie, a jego kawa jest prawie gotowa. Czego potrzebuje od ciebie w ciągu najbliższych trzydziestu sekund?

# en: Of course. Have you still got your receipt on you? A refund to your card usually takes three to five working days, I'm afraid.
refund-demand-reply-1 = Oczywiście. Ma pan jeszcze przy sobie paragon? Zwrot na kartę trwa niestety zwykle od trzech do pięciu dni roboczych, tak to u nas działa.

# en: Certainly. Do you have your receipt with you? Refunds to a card normally take between three and five working days, unfortunately.
refund-demand-reply-1-wording-1 = Jasne. Ma pan jeszcze paragon? Tylko uprzedzam, że zwrot na kartę idzie zwykle trzy do pięciu dni roboczych, taka procedura.

# en: Sure, got your receipt? Card refunds take 3 to 5 days.
refund-demand-reply-1-wording-2 = Dobrze, poproszę paragon; zwrot na kartę w 3–5 dni.

# en: of course, have you got the receipt? the money usually takes a few working days to go back on your card sorry
refund-demand-reply-1-wording-3 = oczywiscie, poprosze o paragon. pieniadze wroca na karte zazwyczaj po 3-5 dniach roboczych, niestety tak dziala system

# en: No problem. Do you still have the receipt? Just so you know, card refunds can take three to five working days to show up.
refund-demand-reply-1-wording-4 = Nie ma problemu. Zachował pan paragon? Informuję tylko, że zwrot na kartę może się pojawić dopiero po trzech do pięciu dniach roboczych.

# en: Need your receipt, refunds take a few days.
refund-demand-reply-1-wording-5 = Potrzebuję paragonu, zwrot trwa kilka dni.

# en: Refund takes 3-5 working days to reach your card, I'm afraid, have you kept the receipt?
refund-demand-reply-1-wording-6 = Zwrot wpłynie na kartę po 3-5 dniach roboczych, niestety. Ma pan jeszcze paragon?

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-1-feedback = Robisz dokładnie to, o co prosił, i nic więcej. Wychodzi spóźniony, bez kawy, ze zwrotem, którego nie zobaczy przez kilka dni, a nikt nawet nie przeprosił.

# en: Sorry, Tamás, you're right. It's ready: oat flat white and croissant to go, on us, and I've refunded your card. You'll make half nine.
refund-demand-reply-2 = Przepraszam, panie Tamásie, ma pan rację. Gotowe: flat white i croissant na wynos, na koszt firmy, zwrócę pieniądze na kartę. Zdąży pan.

# en: You're right, Tamás, sorry. Here's your coffee and croissant to take away, free of charge, and the money's gone back on your card. You'll be on time.
refund-demand-reply-2-wording-1 = Przepraszam, panie Tamásie, słusznie. Proszę, pana kawa i croissant do zabrania, gratis, a pieniądze oddaję na kartę. Zdąży pan spokojnie.

# en: Here's your order, free, and your card's refunded. Go, you'll make it.
refund-demand-reply-2-wording-2 = Proszę, zamówienie gotowe, za darmo, zwracam pieniądze. Zdąży pan.

# en: Tamás sorry, you're right. here you go, flat white and croissant, on the house, and i've put the money back on your card. you'll get there by 9.30
refund-demand-reply-2-wording-3 = racja, panie Tamásie, sorry. kawa i rogal do reki, firma stawia, kase zaraz panu zwracam na karte, spokojnie pan zdazy

# en: You're right, and I'm sorry, Tamás. Your oat flat white and croissant are ready to take, there's no charge, and the refund's already gone through. You'll be there for half nine.
refund-demand-reply-2-wording-4 = Słusznie, i przepraszam, panie Tamásie. Owsiany flat white i croissant czekają do zabrania, nic pan nie płaci, a zwrot już poszedł. Na wpół do dziesiątej będzie pan na miejscu.

# en: It's ready, it's free, and I've refunded you. You'll make it.
refund-demand-reply-2-wording-5 = Wszystko gotowe, bez opłaty, zwrot zrobiony. Zdąży pan.

# en: here, your coffee and croissant, free, and the refund's done on your card. go, you'll be at your half nine on time
refund-demand-reply-2-wording-6 = prosze, kawa i croissant, za darmo, zwrot na karte juz zrobiony. niech pan leci, na wpol do dziesiatej bedzie pan punktualnie

# en: You stopped talking and gave him everything at once: his order, his money back and his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-2-feedback = Przestajesz mówić i dajesz mu wszystko naraz: zamówienie, zwrot pieniędzy i spokój o spotkanie. Poprosił o zwrot, bo stracił nadzieję na kawę; dostaje jedno i drugie.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin from the back, she can sort it out for you.
refund-demand-reply-3 = Niestety na tej kasie nie da się zrobić zwrotu. Zaraz zawołam Katalin z zaplecza, ona to panu na pewno załatwi.

# en: Sorry, this till can't process refunds. I'll go and get Katalin, she can deal with it.
refund-demand-reply-3-wording-1 = Przykro mi, tego akurat nie da się zrobić na tej kasie. Zawołam zaraz Katalin z zaplecza, ona na pewno to panu załatwi.

# en: This till can't refund; I'll get Katalin for you.
refund-demand-reply-3-wording-2 = Tu nie zrobię zwrotu, zawołam kierowniczkę.

# en: ah this register won't do refunds unfortunately, let me grab Katalin from out the back and she'll sort you out
refund-demand-reply-3-wording-3 = niestety na tym terminalu nie zrobie zwrotu, ale zaraz sciagne szefowa, Katalin, ona to na bank ogarnie

# en: Unfortunately I can't give refunds from this register. I'll go and get Katalin from out the back and she can handle it.
refund-demand-reply-3-wording-4 = Niestety z tego stanowiska nie mogę oddać pieniędzy. Skoczę na zaplecze po Katalin, ona się tym zajmie.

# en: I can't refund here, I'll get the manager.
refund-demand-reply-3-wording-5 = Zwrotów tu nie robię, idę po szefową.

# en: Refunds have to go through Katalin, this till won't do them, so let me go and fetch her for you.
refund-demand-reply-3-wording-6 = Zwroty musi zatwierdzić Katalin, ta kasa ich nie obsługuje, więc pozwoli pan, że ją przyprowadzę.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds minutes to a wait that is already too long.
refund-demand-reply-3-feedback = Nawet jeśli kasa tego nie obsługuje, kawa, która stoi przed tobą, mogła rozwiązać prawdziwy problem. Odesłanie go do kierowniczki dokłada minut do czekania, które i tak trwa za długo.

# en: Is that mine? I really do have to go.
the-order-says-1 = To moje? Naprawdę muszę już lecieć.

# en: Here it is! Did you want it in a cup for here, or shall I put a lid on it for you to take away?
the-order-reply-1 = Proszę bardzo! Wypije pan na miejscu, w filiżance, czy mam dać pokrywkę, żeby mógł pan wziąć kawę na wynos?

# en: Here you go! Is that to drink in, or do you want a lid so you can take it with you?
the-order-reply-1-wording-1 = Proszę! Będzie pan pił tutaj, w filiżance, czy zamknąć kubek pokrywką na wynos?

# en: Here it is. Eat in or take away?
the-order-reply-1-wording-2 = Na miejscu czy na wynos?

# en: here you go! having it here or want a lid on it to go?
the-order-reply-1-wording-3 = prosze bardzo! to tu na miejscu czy dac wieczko i na wynos?

# en: Yes, here! Are you drinking it here, or should I pop a lid on so you can take it out?
the-order-reply-1-wording-4 = Tak, o tu! Zostaje pan z kawą w środku, czy mam ją zakryć, żeby pan wyniósł?

# en: Here you go. Drink in or lid to go?
the-order-reply-1-wording-5 = Proszę. Tutaj czy z pokrywką na wynos?

# en: Would you like this one in a mug to stay, or with a lid to take away?
the-order-reply-1-wording-6 = Życzy pan sobie kawę w kubku na miejscu, czy z przykrywką do zabrania?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-1-feedback = Już dwa razy mówił, że ma spotkanie, a kawę bierze na wynos każdego ranka. Nawet przyjazne pytanie może powiedzieć stałemu klientowi, że nikt go nie pamięta.

# en: Here it is, Tamás: large oat flat white and almond croissant, lid pressed on tight for the walk. You'll make half nine.
the-order-reply-2 = Proszę, panie Tamásie: flat white na owsianym i croissant migdałowy, pokrywka dociśnięta na drogę. Zdąży pan na wpół do dziesiątej.

# en: There you are, Tamás: your oat flat white, large, and the almond croissant, with the lid on firmly for the walk. You'll be there by half nine.
the-order-reply-2-wording-1 = Proszę bardzo, panie Tamásie: owsiane flat white i migdałowy croissant, pokrywka mocno dociśnięta, żeby nic się nie wylało po drodze. Na wpół do dziesiątej spokojnie pan zdąży.

# en: Here you go, Tamás, usual order, lid secured. You'll make your meeting.
the-order-reply-2-wording-2 = Panie Tamásie, pana flat white i croissant; zdąży pan na 9:30.

# en: here you go Tamás, big oat flat white plus almond croissant, lid's on nice and tight for walking. you'll make it for 9.30
the-order-reply-2-wording-3 = prosze, panie Tamásie, pana stale: owsiany flat white i rogal z migdalami, wieczko zamkniete na droge, na 9:30 bedzie pan na czas

# en: This is yours, Tamás: big oat flat white, almond croissant, and I've pushed the lid down firmly so it survives the walk. You'll be on time for half nine.
the-order-reply-2-wording-4 = To pana, panie Tamásie: duży flat white na owsianym, croissant z migdałami, a wieczko porządnie dociśnięte, przetrwa spacer. Na wpół do dziesiątej będzie pan na czas.

# en: Here's your usual, lid on tight for walking. You'll be on time.
the-order-reply-2-wording-5 = Pana stałe zamówienie, pokrywka mocno zamknięta. Zdąży pan.

# en: lid's on tight for your walk, Tamás, large oat flat white and the almond croissant. you'll get there by half nine
the-order-reply-2-wording-6 = Pokrywka szczelnie dociśnięta na drogę, panie Tamásie: duży owsiany flat white i croissant migdałowy. Dotrze pan przed wpół do dziesiątej.

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-2-feedback = Wymienienie jego zamówienia i spotkania o wpół do dziesiątej pokazuje, że mimo tłoku pamiętasz, co ci powiedział. Pokrywka na drogę to drobiazg, który mówi, że myślisz o jego poranku, a nie tylko o swojej kolejce.

# en: Yes, that's yours. Sorry again for the wait, it's just been one of those mornings, you know how it is with the rush.
the-order-reply-3 = Tak, to pana. Jeszcze raz przepraszam za czekanie, po prostu taki poranek, sam pan wie, jak to jest w porannym szczycie.

# en: Yes, this one's yours. Apologies again for the delay, it's just been a crazy morning, you know what the rush is like.
the-order-reply-3-wording-1 = Tak, pańskie. Przepraszam raz jeszcze za czekanie, zwyczajnie taki dzień, sam pan wie, jak jest rano w szczycie.

# en: Yes, here. Sorry again, just one of those mornings.
the-order-reply-3-wording-2 = Pana. Przepraszam, taki poranek, wiadomo.

# en: yep, that's yours. sorry again about the wait, it's been one of those days, you know what mornings are like
the-order-reply-3-wording-3 = tak tak, pana. sorry jeszcze raz, po prostu dzisiaj taki dzien, rano wiadomo, jaki mlyn

# en: That one's yours, yes. Apologies once more for the delay, the rush this morning has been something else, as I'm sure you can tell.
the-order-reply-3-wording-4 = Tak, to pańskie. Raz jeszcze przepraszam za opóźnienie, dzisiejszy ranek był nie z tej ziemi, co pewnie pan zauważył.

# en: Yes, that's it. Sorry, crazy rush this morning.
the-order-reply-3-wording-5 = Tak, to to. Przepraszam, szalony ranek.

# en: yeah its yours, sorry about the wait again, we've had one of those mornings with the rush
the-order-reply-3-wording-6 = no to pana, sorki jeszcze raz za czekanie, mielismy jeden z tych porankow

# en: A pleasant hand-over, but 'one of those mornings' puts the wait on bad luck rather than on the café. His name, his order or his meeting would have shown him that you were listening.
the-order-reply-3-feedback = Miłe podanie, ale „taki poranek” zrzuca czekanie na pecha, a nie na kawiarnię. Jego imię, zamówienie albo spotkanie pokazałyby mu, że słuchasz.

# en: Yes, all done, and here's a voucher for a free coffee next time. Do you want a receipt, or are you fine without one?
the-order-reply-4 = Tak, gotowe, a tu voucher na darmową kawę na następny raz. Chce pan paragon, czy dziś obejdzie się bez?

# en: Yes, it's ready, and this voucher gets you a free coffee on your next visit. Do you need the receipt as well?
the-order-reply-4-wording-1 = Tak, gotowe, a do tego bon na kawę gratis przy następnej wizycie. Drukować paragon, czy dzisiaj bez?

# en: All done, plus a free coffee voucher. Need a receipt?
the-order-reply-4-wording-2 = Gotowe, plus voucher na darmową kawę. Paragon?

# en: yep, done, and here's a free drink voucher for next time. want the receipt or not?
the-order-reply-4-wording-3 = jest, a tu ma pan kupon na kawke za free na nastepny raz. paragon dac czy obejdzie sie?

# en: That's ready for you, and I'm giving you a voucher so your next coffee is free. Would you like a receipt with it?
the-order-reply-4-wording-4 = Gotowe dla pana, a do tego daję kupon, żeby następna kawa była za darmo. Dołączyć paragon?

# en: Here, with a voucher for a free coffee. Receipt?
the-order-reply-4-wording-5 = Proszę, z kuponem na kawę gratis. Paragon?

# en: Free coffee next time with this voucher, and yes that's yours. do you want the receipt?
the-order-reply-4-wording-6 = Z tym voucherem kolejna kawa gratis, a tak, to pana. Paragon potrzebny?

# en: A voucher is generous, but it arrives like a transaction: no name, no word about his meeting, and a question about a receipt while he is edging towards the door.
the-order-reply-4-feedback = Voucher to hojny gest, ale przychodzi jak transakcja: bez imienia, bez słowa o spotkaniu, za to z pytaniem o paragon, kiedy on już przesuwa się w stronę drzwi.

# en: Well, it's got your name on it, so I'd say so. Off you go, then, we wouldn't want to keep you any longer.
the-order-reply-5 = No, jest na nim pana imię, więc chyba tak. To niech pan leci, nie będziemy pana dłużej zatrzymywać.

# en: Well, your name's written on it, so I'd guess so. Go on then, we mustn't hold you up any longer.
the-order-reply-5-wording-1 = No, skoro ma pana imię na kubku, to chyba tak. Niech pan leci, nie zatrzymujemy pana dłużej.

# en: Your name's on it, isn't it? Off you go, mustn't keep you.
the-order-reply-5-wording-2 = Ma pana imię, to chyba pana. Proszę lecieć.

# en: well it says your name on the cup so i reckon yes. go on then, wouldn't want to hold you up any more
the-order-reply-5-wording-3 = no skoro pisze na nim Tamás, to raczej panskie. to lecimy, nie trzymamy pana

# en: I'd imagine so, since your name's on the cup. Well, go on, don't let us hold you up any more.
the-order-reply-5-wording-4 = Wyobrażam sobie, że tak, skoro na kubku stoi pana imię. No to proszę, nie śmiemy pana dłużej przetrzymywać.

# en: Your name's on it. Off you go then.
the-order-reply-5-wording-5 = Jest pana imię. No to w drogę.

# en: Considering it's got Tamás written on the side, probably yes. Run along then, we wouldn't dream of keeping you.
the-order-reply-5-wording-6 = Skoro na kubku jest napisane Tamás, to chyba tak. No to niech pan zmyka, nie będziemy pana zatrzymywać.

# en: After half an hour of his morning, a joke at his expense is the last thing he expected from people who know him. 'We wouldn't want to keep you' is exactly what the café just did.
the-order-reply-5-feedback = Po pół godzinie zabranej z poranka żart jego kosztem to ostatnie, czego się spodziewał po ludziach, którzy go znają. „Nie będziemy pana dłużej zatrzymywać” to dokładnie to, co kawiarnia właśnie zrobiła.

# en: Right. Thirty minutes, though. I come here because it's quick and because you lot know me. And this morning I stood over there—
amends-says-1 = No dobra. Ale trzydzieści minut. Przychodzę tu, bo jest szybko i bo mnie znacie. A dziś rano stałem tam—

# en: He has not finished. Is this the moment to answer?
amends-hint = On jeszcze nie skończył. Czy to moment na odpowiedź?

# en: Tamás, I'm sorry, I know exactly what you're going to say, and it won't happen again, I promise you that.
amends-reply-1 = Panie Tamásie, przepraszam, dokładnie wiem, co chce pan powiedzieć, i to się już nie powtórzy, obiecuję panu.

# en: I'm sorry, Tamás, I know just what you're about to say, and I promise you it's never going to happen again.
amends-reply-1-wording-1 = Panie Tamásie, przepraszam, dobrze wiem, do czego pan zmierza, i obiecuję, że więcej się to nie zdarzy.

# en: Sorry, I know what you'll say; it won't happen again, promise.
amends-reply-1-wording-2 = Wiem, co pan chce powiedzieć; to się nie powtórzy.

# en: Tamás sorry, i already know what you're gonna say, and i promise it won't ever happen again
amends-reply-1-wording-3 = juz wiem, o co panu chodzi, panie Tamásie, przepraszam, slowo, ze to byl ostatni raz

# en: Tamás, sorry, no need to say it, I know exactly what's coming, and I swear it'll never happen again.
amends-reply-1-wording-4 = Panie Tamásie, przepraszam, nie musi pan kończyć, wiem doskonale, co pan powie, i przysięgam, że to się nigdy nie powtórzy.

# en: Sorry, I know, I promise it won't happen again.
amends-reply-1-wording-5 = Przepraszam, wiem, obiecuję, że więcej nie będzie.

# en: I know what's coming, Tamás, and I'm sorry, it's never happening again, promise
amends-reply-1-wording-6 = Domyślam się, do czego pan zmierza, panie Tamásie, i bardzo przepraszam; zapewniam, że podobna sytuacja już się nie zdarzy.

# en: You finished his sentence for him with a promise. He was about to tell you what hurt, and now he never will, so you are apologising for something you have not heard.
amends-reply-1-feedback = Kończysz za niego zdanie obietnicą. Miał ci właśnie powiedzieć, co go zabolało, a teraz już nie powie, więc twoje przeprosiny dotyczą czegoś, czego nikt nie usłyszał.

# en: I know, I know, and honestly, it's been the worst morning we've had all month, what with the office order and everything.
amends-reply-2 = Wiem, wiem, i szczerze mówiąc, to najgorszy poranek w tym miesiącu, z tym zamówieniem z biura i w ogóle.

# en: I know, and honestly, this has been our worst morning in weeks, what with that office order and so on.
amends-reply-2-wording-1 = Wiem, wiem, i powiem szczerze, to najgorszy poranek od miesiąca, przez to zamówienie dla biura i całą resztę.

# en: I know, it's been our worst morning all month, that office order...
amends-reply-2-wording-2 = Wiem, najgorszy ranek w miesiącu, to zamówienie z biura...

# en: yeah i know, honestly we've not had a day this bad in ages, what with that big office order and stuff
amends-reply-2-wording-3 = no wiem, wiem, dzis to byl w ogole najgorszy poranek od dawna, to firmowe zamowienie i wszystko naraz

# en: Yes, I know, and to be honest it's been the roughest morning we've had in a month, with that big office order on top of everything.
amends-reply-2-wording-4 = Tak, wiem, i mówiąc uczciwie, to był najcięższy ranek od miesiąca, a do tego jeszcze to ogromne zamówienie firmowe.

# en: I know, worst morning in ages with the office order.
amends-reply-2-wording-5 = Wiem, najgorszy ranek od dawna przez to biuro.

# en: tell me about it, this has been our worst morning this month, that office order and everything
amends-reply-2-wording-6 = Niech pan nie mówi, to był nasz najgorszy poranek w tym miesiącu, to zamówienie z biura i cała reszta

# en: You cut in with the office order again, the excuse he has already rejected. Whatever he was going to say about being a regular stays unsaid.
amends-reply-2-feedback = Wchodzisz mu w słowo znowu z zamówieniem z biura, wymówką, którą już odrzucił. Cokolwiek chciał powiedzieć o byciu stałym klientem, zostaje niewypowiedziane.

# en: I'm sorry. Go on, I'm listening.
amends-reply-3 = Przepraszam. Proszę mówić, słucham.

# en: Sorry. Please carry on, I'm all ears.
amends-reply-3-wording-1 = Przepraszam pana. Słucham, proszę kontynuować.

# en: Sorry, go on.
amends-reply-3-wording-2 = Przepraszam. Słucham pana.

# en: I apologise. Please finish what you were saying; I'm listening.
amends-reply-3-wording-3 = przepraszam, niech pan mowi dalej, slucham uwaznie

# en: Sorry about that. You were saying? I want to hear it.
amends-reply-3-wording-4 = Przepraszam za to. Mówił pan? Chcę to usłyszeć.

# en: Sorry. Carry on.
amends-reply-3-wording-5 = Przepraszam. Proszę dalej.

# en: i'm sorry tamás, tell me the rest, go ahead
amends-reply-3-wording-6 = sorry, panie Tamásie, prosze skonczyc, co pan mowil

# en: A few words, and he gets to finish. He was about to say what actually hurt him, and you need to hear it before you can put it right.
amends-reply-3-feedback = Kilka słów i może skończyć. Miał właśnie powiedzieć, co go naprawdę zabolało, a musisz to usłyszeć, zanim cokolwiek naprawisz.

# en: Let me make it up to you: two extra stamps on your loyalty card, and your next coffee's on me. Deal?
amends-reply-4 = Pozwoli pan, że to wynagrodzę: dwie dodatkowe pieczątki na karcie lojalnościowej i następna kawa na mój koszt. Umowa?

# en: Let me make up for it: I'll add two extra stamps to your card, plus your next coffee is free. How's that?
amends-reply-4-wording-1 = Proszę pozwolić, że jakoś to panu wynagrodzę: dorzucę dwie pieczątki na karcie stałego klienta, a kolejna kawa będzie na mój rachunek. Zgoda?

# en: Two extra loyalty stamps and a free coffee next time, okay?
amends-reply-4-wording-2 = Dwie pieczątki ekstra i następna kawa gratis, może być?

# en: how about this to say sorry, couple of bonus stamps on your card and the next one's on me. sound good?
amends-reply-4-wording-3 = to moze tak na przeprosiny: dwie pieczatki extra na karte lojalnosciowa i nastepna kawka ode mnie, stoi?

# en: To make up for today, I'll stamp your loyalty card twice extra and give you your next coffee free. Sound fair?
amends-reply-4-wording-4 = Żeby wynagrodzić panu dzisiejszy dzień, przybiję dwie dodatkowe pieczątki na karcie, a następną kawę dostanie pan gratis. Może tak być?

# en: Free coffee next time and two bonus stamps, okay?
amends-reply-4-wording-5 = Kawa następnym razem za darmo plus dwie pieczątki, okej?

# en: Next coffee's free on me and you get two more stamps on the card, how does that sound?
amends-reply-4-wording-6 = Kolejna kawa ode mnie za darmo, a na kartę dorzucam dwie pieczątki, co pan na to?

# en: Generous, but it cuts him off mid-sentence to settle the bill before you know what the complaint is. Stamps answer a price; he was about to tell you about something else.
amends-reply-4-feedback = Hojnie, ale przerywasz mu w pół zdania, żeby wyrównać rachunek, zanim wiesz, o co chodzi w skardze. Pieczątki odpowiadają na cenę; on chciał mówić o czymś innym.

# en: ...like a stranger, while people who came in after me walked out with their coffee. That's not what I come here for.
amends-finish-says-1 = ...jak obcy, a ludzie, którzy przyszli po mnie, wychodzili ze swoją kawą. Nie po to tu przychodzę.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He has also told you what hurt.
amends-finish-hint = Spieszy się, więc zadośćuczynienie musi zmieścić się w jednym zdaniu i nie kosztować go ani chwili. Powiedział ci też, co go zabolało.

# en: I'm sorry if it felt like that, Tamás. It really wasn't personal, we were just completely swamped this morning.
amends-finish-reply-1 = Przepraszam, jeśli tak to pan odebrał, panie Tamásie. To naprawdę nic osobistego, po prostu od rana byliśmy zawaleni.

# en: I'm sorry if that's how it came across, Tamás. It was nothing personal, we were just overwhelmed this morning.
amends-finish-reply-1-wording-1 = Przykro mi, jeśli odebrał pan to w ten sposób, panie Tamásie. Nie chodziło o pana osobiście, od rana zwyczajnie nie wyrabialiśmy.

# en: Sorry if it felt that way; we were just snowed under.
amends-finish-reply-1-wording-2 = Przepraszam, jeśli tak pan to odczuł; po prostu był młyn.

# en: sorry if it seemed like that, it honestly wasn't about you, we were just completely slammed today
amends-finish-reply-1-wording-3 = sorry, jesli pan to tak odebral, ale to serio nic personalnego, od rana mielismy urwanie glowy

# en: I'm sorry if you felt that way, Tamás, but it wasn't aimed at you, we were just run off our feet today.
amends-finish-reply-1-wording-4 = Przykro mi, jeśli tak się pan poczuł, panie Tamásie, ale to nie było wymierzone w pana, po prostu dziś mieliśmy ręce pełne roboty.

# en: Sorry if it felt personal, we were just too busy.
amends-finish-reply-1-wording-5 = Przepraszam, jeśli wyszło osobiście, był po prostu ruch.

# en: it wasnt personal at all, honestly, sorry if it came across like that, we were just buried this morning
amends-finish-reply-1-wording-6 = Zapewniam, że nie było w tym nic osobistego, i przepraszam, jeżeli odniósł pan takie wrażenie; tego ranka byliśmy po prostu przytłoczeni pracą.

# en: 'If it felt like that' doubts the very thing he just told you, and 'swamped' is the excuse again. He said he was treated like a stranger; he needed to hear that you noticed.
amends-finish-reply-1-feedback = „Jeśli tak to pan odebrał” podważa dokładnie to, co przed chwilą powiedział, a „zawaleni” to znowu wymówka. Powiedział, że potraktowano go jak obcego; potrzebował usłyszeć, że ktoś to zauważył.

# en: You're right, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-finish-reply-2 = Ma pan rację: jest pan tu co rano, a my o panu zapomnieliśmy. Dziś na koszt firmy, zwrócę pieniądze. Zdąży pan.

# en: You're right, Tamás: you come in every day and we forgot about you. Today's order is free, and the money's back on your card. Off you go, you'll be on time.
amends-finish-reply-2-wording-1 = Słusznie: przychodzi pan codziennie, a myśmy o panu zapomnieli. Dzisiaj nic pan nie płaci, oddam pieniądze, a na spotkanie pan zdąży.

# en: You're right, we forgot you. It's free, card refunded; go, you'll make it.
amends-finish-reply-2-wording-2 = Przychodzi pan codziennie, a zapomnieliśmy o panu. Dziś gratis.

# en: you're right, you're in here every day and we just forgot about you. today's free, i've put the money back on your card. go on, you'll get there in time
amends-finish-reply-2-wording-3 = no racja, jest pan tu kazdego ranka, a my pana olalismy. dzis firma stawia, kase zwracam, a na spotkanie pan spokojnie zdazy

# en: That's fair, Tamás: you're a regular and we overlooked you. You won't pay for today, the refund's on your card, so head off, you'll be on time.
amends-finish-reply-2-wording-4 = Słusznie, panie Tamásie: jest pan stałym klientem, a my pana przeoczyliśmy. Za dziś pan nie płaci, zwrot jest już na karcie, więc niech pan idzie, zdąży pan.

# en: You're right, we forgot you. Free today, refunded. Go.
amends-finish-reply-2-wording-5 = Ma pan rację, zapomnieliśmy o panu. Gratis, zwrot zrobiony.

# en: we let you down, tamás, you come every single day and we forgot you. today's free, refund's gone through, off you go, you'll make it
amends-finish-reply-2-wording-6 = Zawiedliśmy pana, panie Tamásie, przychodzi pan tu dzień w dzień, a myśmy o panu zapomnieli. Dzisiejsze zamówienie bezpłatne, zwrot poszedł, proszę iść, zdąży pan.

# en: You named what hurt, being forgotten by people who know him, and made amends that cost him no time: the refund is done, and he is sent off to his meeting.
amends-finish-reply-2-feedback = Nazywasz to, co go zabolało, czyli to, że zapomnieli o nim ludzie, którzy go znają, i proponujesz zadośćuczynienie, które nie zabiera mu ani chwili: zwrot załatwiasz od ręki, a on może iść na spotkanie.

# en: Tamás, that should never have happened to you, and I promise it never will again. Today's coffee is on the house.
amends-finish-reply-3 = Panie Tamásie, to nie powinno się panu nigdy przydarzyć i obiecuję, że to się już nie powtórzy. Dzisiejsza kawa na koszt firmy.

# en: Tamás, you shouldn't have been treated like that, and I promise you it won't ever happen again. Your coffee's free today.
amends-finish-reply-3-wording-1 = Panie Tamásie, coś takiego w ogóle nie powinno się panu przytrafić i daję słowo, że więcej się nie powtórzy. Dzisiejsza kawa gratis.

# en: That shouldn't have happened; never again, I promise. Coffee's free.
amends-finish-reply-3-wording-2 = Nie powinno się zdarzyć; obiecuję, nigdy więcej. Kawa dziś gratis.

# en: Tamás, that's not okay and i promise it'll never happen again. no charge for today's coffee
amends-finish-reply-3-wording-3 = panie Tamásie, to nie mialo prawa sie wydarzyc i obiecuje, ze juz nigdy sie nie powtorzy. dzisiaj kawa na nasz koszt

# en: Tamás, you deserved better than that, and I guarantee it will never be repeated. You don't pay for today's coffee.
amends-finish-reply-3-wording-4 = Panie Tamásie, zasłużył pan na lepsze traktowanie i gwarantuję, że to się nigdy więcej nie zdarzy. Za dzisiejszą kawę pan nie płaci.

# en: Never again, I promise. Today's coffee is free.
amends-finish-reply-3-wording-5 = Obiecuję, już nigdy. Dzisiaj kawa za darmo.

# en: I promise you'll never be treated like that again, Tamás, that was wrong. today's coffee's on us
amends-finish-reply-3-wording-6 = obiecuje, ze juz nikt pana tak nie potraktuje, panie Tamásie, to bylo nie w porzadku. dzis kawa od nas

# en: You took his words seriously and made amends at once, which he will remember. But 'never again' is not yours to promise in a café with a morning rush; the best reply named what hurt and kept to what is done today.
amends-finish-reply-3-feedback = Traktujesz jego słowa poważnie i od razu proponujesz zadośćuczynienie, które zapamięta. Ale „nigdy więcej” to nie twoja obietnica w kawiarni z porannym szczytem; najlepsza odpowiedź nazwała to, co zabolało, i trzymała się tego, co dzieje się dziś.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry properly.
amends-finish-reply-4 = Niech pan usiądzie na pięć minut, przyniosę panu kawałek ciasta na koszt firmy, żeby porządnie przeprosić.

# en: Sit down for a few minutes and let me bring a piece of cake over, free, as a proper apology.
amends-finish-reply-4-wording-1 = Proszę na chwilkę usiąść, choćby na pięć minut, a ja przyniosę ciasto na koszt firmy, żeby jak należy przeprosić.

# en: Take a seat and I'll bring you some free cake.
amends-finish-reply-4-wording-2 = Niech pan usiądzie, przyniosę ciasto na przeprosiny.

# en: grab a seat for 5 mins and i'll bring over some cake on us, as a proper sorry
amends-finish-reply-4-wording-3 = moze pan przysiadzie na piec minutek? doniose panu kawalek sernika od nas, tak zeby porzadnie przeprosic

# en: Why don't you sit down for five minutes, and I'll bring you some cake for free as a proper apology.
amends-finish-reply-4-wording-4 = Proszę odpocząć chwilę przy stoliku, pięć minut, a ja podam panu kawałek ciasta za darmo w ramach przeprosin.

# en: Sit down and have some cake on us.
amends-finish-reply-4-wording-5 = Zapraszam do stolika, ciacho od nas.

# en: Please take five minutes at a table, let me treat you to a slice of cake to apologise properly.
amends-finish-reply-4-wording-6 = Proszę usiąść na pięć minut przy stoliku i pozwolić się ugościć kawałkiem ciasta, tak żeby należycie przeprosić.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-finish-reply-4-feedback = Miło i hojnie, ale nie dla tego klienta: ma spotkanie i już stracił pół godziny. Zadośćuczynienie, które kosztuje go jeszcze więcej czasu, nie jest zadośćuczynieniem.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = Dobra. To jutro o tej samej porze. Znowu mi zniknie bon?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = No dobrze. Jutro przyjdę jak zwykle. Znowu będę tam stał pół godziny?

# en: Fair enough to ask, but in the morning rush we can't guarantee times, I'm afraid. Ordering ahead on the app is the safest way.
tomorrow-reply-1 = Słuszne pytanie, ale w porannym szczycie nie możemy niestety gwarantować czasu. Najpewniej będzie zamówić wcześniej przez aplikację.

# en: It's a fair question, but we can't promise timings during the rush, unfortunately. Your best bet is to order in advance through the app.
tomorrow-reply-1-wording-1 = Dobre pytanie, tylko że w porannym tłoku nie jesteśmy w stanie zagwarantować czasu. Najbezpieczniej zamówić wcześniej w aplikacji.

# en: We can't guarantee it; use the app to order ahead.
tomorrow-reply-1-wording-2 = Nie gwarantujemy czasu; lepiej zamawiać przez aplikację.

# en: fair q, but honestly in the morning rush there's no guarantee. if you pre-order on the app that's the safest bet
tomorrow-reply-1-wording-3 = no slusznie pan pyta, ale w szczycie niczego nie obiecamy. najlepiej niech pan zamowi z wyprzedzeniem w apce

# en: Good question, but we can't promise how long it'll take at busy times. Your safest option is ordering in advance on our app.
tomorrow-reply-1-wording-4 = Trafne pytanie, tyle że przy dużym ruchu nie da się przewidzieć czasu oczekiwania. Pewniejszą opcją jest złożenie zamówienia zawczasu przez naszą apkę.

# en: Can't promise, order on the app.
tomorrow-reply-1-wording-5 = Nie obiecam, proszę zamawiać w aplikacji.

# en: honestly the app is your best bet, pre-order on there, because nobody can guarantee wait times in the rush
tomorrow-reply-1-wording-6 = Polecam złożyć zamówienie z wyprzedzeniem w aplikacji, ponieważ w godzinach szczytu nikt nie może zagwarantować czasu oczekiwania.

# en: He asked whether the café will lose him again, and you told him it might, then handed him an app. The fix for your ticket rail has become his job.
tomorrow-reply-1-feedback = Zapytał, czy kawiarnia znowu o nim zapomni, a ty mówisz, że możliwe, i podsuwasz mu aplikację. Naprawa waszej listwy z bonami stała się jego zadaniem.

# en: I'll make sure it never does. From tomorrow you go straight to the front of the queue, every single morning, whoever's on the till.
tomorrow-reply-2 = Dopilnuję, żeby to się już nigdy nie powtórzyło. Od jutra co rano idzie pan prosto na początek kolejki, niezależnie od tego, kto stoi przy kasie.

# en: I'll make certain it doesn't. Starting tomorrow you'll be served first, every morning, no matter who's serving.
tomorrow-reply-2-wording-1 = Zadbam o to, żeby to się więcej nie zdarzyło. Od jutra każdego ranka obsługujemy pana bez kolejki, bez względu na to, kto będzie przy kasie.

# en: Never again: from tomorrow you're first in line every day.
tomorrow-reply-2-wording-2 = Od jutra zawsze bez kolejki, obiecuję.

# en: nope, i'll see to that. from tomorrow you jump the queue every day, doesn't matter who's working the till
tomorrow-reply-2-wording-3 = ja tego dopilnuje, zeby wiecej nie bylo powtorki. od jutra wchodzi pan i jest pan pierwszy, niewazne, kto bedzie na kasie

# en: It won't, I'll guarantee that. From tomorrow you'll skip the queue every morning, no matter who's on.
tomorrow-reply-2-wording-4 = Nie, to gwarantuję. Od jutra każdego ranka omija pan kolejkę, obojętnie, kto ma zmianę.

# en: Never again, you'll go first every morning.
tomorrow-reply-2-wording-5 = Nigdy więcej, co rano będzie pan pierwszy.

# en: from tomorrow you're always served first, every single day, whoever is serving, i'll make sure of it
tomorrow-reply-2-wording-6 = Od jutra zawsze obsługujemy pana w pierwszej kolejności, codziennie, kto by nie stał za ladą, już ja tego dopilnuję.

# en: He likes hearing it, and it answers his worry head on. But you cannot put him ahead of every queue on every shift, and the first morning it fails he remembers your promise; the best reply promised only what you will do yourself.
tomorrow-reply-2-feedback = Miło mu to słyszeć i trafia prosto w jego obawę. Ale nie postawisz go przed każdą kolejką na każdej zmianie, a pierwszego ranka, kiedy to nie wyjdzie, przypomni sobie twoją obietnicę; najlepsza odpowiedź obiecała tylko to, co zrobisz osobiście.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff have found their feet.
tomorrow-reply-3 = Mam nadzieję, że nie! Poranki są teraz szalone, ale powinno się uspokoić, jak nowi się wdrożą.

# en: I hope not! Mornings are crazy right now, but things should calm down when the new people have got the hang of it.
tomorrow-reply-3-wording-1 = Oby nie! Teraz rano jest istne szaleństwo, ale powinno się unormować, kiedy nowa ekipa się wdroży.

# en: Hopefully not, once the new staff settle in.
tomorrow-reply-3-wording-2 = Mam nadzieję, że nie; nowi się w końcu wdrożą.

# en: fingers crossed no! it's hectic in the mornings atm but it'll get better once the new starters find their feet
tomorrow-reply-3-wording-3 = no mam nadzieje, ze nie! teraz poranki to jazda, ale jak nowi sie wciagna, to powinno byc spokojniej

# en: I hope not! It's been chaotic in the mornings lately, but it'll get better when the new team members get up to speed.
tomorrow-reply-3-wording-4 = Oby nie! Ostatnio poranki to chaos, ale będzie lepiej, kiedy nowe osoby w zespole nabiorą wprawy.

# en: Hope not, new staff are still learning.
tomorrow-reply-3-wording-5 = Mam nadzieję, że nie, nowi jeszcze się uczą.

# en: Once our new people settle in it should be fine, but right now mornings are a bit crazy, so hopefully not.
tomorrow-reply-3-wording-6 = Jak tylko nowi pracownicy się zaaklimatyzują, powinno być w porządku, ale na razie rano jest trochę wariacko, więc liczę, że nie.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = „Mam nadzieję” i „nowi” zostawiają przyczynę po stronie kogoś innego, a naprawę w rękach losu. Zapytał, czy to się powtórzy, a ty mówisz mu, że może.

# en: I'm sorry, I couldn't say, I'm not on shift tomorrow. Best to mention it to whoever's on the till when you come in.
tomorrow-reply-4 = Przepraszam, trudno mi powiedzieć, jutro nie mam zmiany. Najlepiej niech pan powie temu, kto będzie na kasie, jak pan przyjdzie.

# en: Sorry, I can't tell you, I'm off tomorrow. It's probably best to tell whoever's serving when you come in.
tomorrow-reply-4-wording-1 = Przepraszam, ciężko powiedzieć, bo jutro nie pracuję. Najlepiej, żeby pan uprzedził osobę, która będzie na kasie, kiedy pan przyjdzie.

# en: I'm not working tomorrow; tell whoever's serving.
tomorrow-reply-4-wording-2 = Jutro mnie nie ma; proszę powiedzieć kasjerowi.

# en: sorry no idea, i'm not in tomorrow. just let whoever's at the till know when you get here
tomorrow-reply-4-wording-3 = sorry, nie wiem, jutro mam wolne. niech pan po prostu uprzedzi tego, kto bedzie przy kasie, jak pan wejdzie

# en: Sorry, I won't be here tomorrow, so I can't tell you. Just raise it with the person serving when you arrive.
tomorrow-reply-4-wording-4 = Przepraszam, jutro mnie nie będzie, więc nie powiem. Proszę to zgłosić osobie, która będzie obsługiwać, kiedy pan przyjdzie.

# en: Not my shift tomorrow, ask whoever's on.
tomorrow-reply-4-wording-5 = Jutro nie pracuję, proszę zapytać tego, kto będzie.

# en: couldnt tell you sorry, it's my day off tomorrow, best speak to the person on the till
tomorrow-reply-4-wording-6 = Niestety nie potrafię tego stwierdzić, jutro mam dzień wolny. Najlepiej porozmawiać z osobą dyżurującą przy kasie.

# en: Honest about your rota, but it hands his worry to a stranger tomorrow and asks him to tell the whole story again. Something you can do today would have answered him.
tomorrow-reply-4-feedback = Szczerze o grafiku, ale jego obawę przekazujesz jutrzejszemu nieznajomemu, a jego prosisz, żeby opowiadał wszystko od nowa. Coś, co możesz zrobić dziś, byłoby odpowiedzią.

# en: I'll make sure it doesn't: today I'll ask Katalin for someone on the tickets in the rush, and tomorrow I'll watch for you myself.
tomorrow-reply-5 = Dopilnuję, żeby to się nie powtórzyło: dziś poproszę Katalin, żeby w szczycie ktoś pilnował bonów, a jutro osobiście będę pana wypatrywać.

# en: It won't: today I'm asking Katalin to put someone in charge of the tickets at busy times, and tomorrow I'll be keeping an eye out for you personally.
tomorrow-reply-5-wording-1 = Zrobię wszystko, by sytuacja się nie powtórzyła: jeszcze dziś porozmawiam z Katalin, by w godzinach szczytu ktoś miał bony na oku, a jutro osobiście będę wypatrywać pana przy drzwiach.

# en: I'm asking Katalin today for a ticket person; tomorrow I'll look out for you.
tomorrow-reply-5-wording-2 = Dziś proszę Katalin o pilnowanie bonów, jutro osobiście pana wypatruję.

# en: it won't, promise. i'm gonna ask Katalin today to have someone just on tickets at rush hour, and tomorrow i'll look out for you myself
tomorrow-reply-5-wording-3 = dopilnuje tego: dzis pogadam z Katalin, zeby w godzinach szczytu ktos mial oko na bony, a jutro bede osobiscie zerkac na drzwi, czy pan idzie

# en: I'll prevent that: I'm speaking to Katalin today about having a dedicated person on tickets during busy periods, and I'll be watching for you myself in the morning.
tomorrow-reply-5-wording-4 = Zapobiegnę temu: jeszcze dziś rozmawiam z Katalin, żeby w godzinach największego ruchu jedna osoba zajmowała się tylko bonami, a jutro rano osobiście będę pana wyglądać.

# en: I'll talk to Katalin today and watch for you tomorrow.
tomorrow-reply-5-wording-5 = Porozmawiam dziś z Katalin, jutro wyłapię pana przy wejściu.

# en: Good question. Today I'm asking Katalin to put someone on the tickets during the rush, and tomorrow I'll look out for you myself.
tomorrow-reply-5-wording-6 = Słuszne pytanie. Jeszcze dziś poproszę Katalin, żeby w godzinach szczytu ktoś pilnował bonów, a jutro rano osobiście będę pana wypatrywać.

# en: Two steps with a time on each, both in your hands: a word with the manager today and your own eye on the door tomorrow. Fixing the ticket rail also means the next regular is not buried either.
tomorrow-reply-5-feedback = Dwa kroki, każdy z terminem i oba w twoich rękach: rozmowa z kierowniczką dziś i twoje oko na drzwi jutro. Naprawa listwy z bonami oznacza też, że bon następnego stałego klienta nie zaginie.

# en: Right. I'm off, then.
goodbye-says-1 = Dobra. To ja lecę.

# en: Okay. I'd better run.
goodbye-says-2 = Okej. Muszę pędzić.

# en: See you tomorrow, Tamás, and don't worry, your flat white will be sitting on the counter waiting for you when you walk in.
goodbye-reply-1 = Do jutra, panie Tamásie, i spokojnie, flat white będzie już na pana czekać na ladzie, jak tylko pan wejdzie.

# en: See you tomorrow, Tamás. Don't you worry, your coffee will be ready on the counter when you arrive.
goodbye-reply-1-wording-1 = Do zobaczenia jutro, panie Tamásie, i proszę się nie martwić, flat white będzie gotowe na ladzie, gdy tylko pan wejdzie.

# en: See you tomorrow; your coffee will be waiting when you arrive.
goodbye-reply-1-wording-2 = Do jutra! Kawa będzie czekać na pana na ladzie.

# en: see ya tomorrow Tamás, no worries, your coffee will be there on the counter the minute you come in
goodbye-reply-1-wording-3 = to do jutra, panie Tamásie, luzik, pana kawka bedzie juz stala na ladzie, jak pan tylko przekroczy prog

# en: Until tomorrow, Tamás, and no stress, your flat white will already be on the counter as you come through the door.
goodbye-reply-1-wording-4 = Do jutra, panie Tamásie, i bez nerwów, pana flat white będzie już stało na ladzie, kiedy przejdzie pan przez drzwi.

# en: See you tomorrow, your coffee will be ready.
goodbye-reply-1-wording-5 = Do jutra, kawa będzie gotowa.

# en: Tomorrow your flat white will be on the counter before you even walk in, Tamás, see you then.
goodbye-reply-1-wording-6 = Jutro flat white będzie na ladzie, zanim pan w ogóle wejdzie, panie Tamásie, do zobaczenia.

# en: A friendly send-off, but it is the promise he would doubt most: nobody knows when he will walk in, and a coffee left waiting goes cold. The last thing he hears should be something you can keep.
goodbye-reply-1-feedback = Przyjazne pożegnanie, ale to właśnie ta obietnica, w którą najbardziej by wątpił: nikt nie wie, kiedy wejdzie, a czekająca kawa stygnie. Ostatnie, co słyszy, powinno być czymś, czego dotrzymasz.

# en: Have a good one! Next, please: who's the two lattes and the cappuccino?
goodbye-reply-2 = Miłego dnia! Następna osoba, proszę: czyje są dwie latte i cappuccino?

# en: Have a nice day! Next one, please: who ordered two lattes and a cappuccino?
goodbye-reply-2-wording-1 = Miłego dnia! Kto następny? Dla kogo dwie latte i cappuccino?

# en: Bye! Next, please: two lattes and a cappuccino?
goodbye-reply-2-wording-2 = Miłego dnia. Następny proszę!

# en: have a good day! next, who's got the 2 lattes and a cappuccino?
goodbye-reply-2-wording-3 = milego! kolejna osoba prosze, czyje te dwie latte i cappuccino?

# en: Enjoy your day! Who's next? Two lattes and a cappuccino for someone?
goodbye-reply-2-wording-4 = Wszystkiego dobrego! Zapraszam kolejną osobę. Dwie latte i jedno cappuccino, czyje?

# en: Cheers, bye! Next customer, please.
goodbye-reply-2-wording-5 = Dzięki, do widzenia! Następny klient, proszę.

# en: next please, two lattes and a cappuccino? have a good day sir
goodbye-reply-2-wording-6 = nastepny prosze, dwie latte i cappuccino? dobrego dnia panu

# en: Calling the next order while he is still at the counter turns him back into a ticket at the very moment he was starting to feel like a regular again.
goodbye-reply-2-feedback = Wołając następne zamówienie, kiedy on jeszcze stoi przy ladzie, znów robisz z niego bon, akurat w chwili, gdy zaczynał się czuć jak stały klient.

# en: Good luck at half nine, Tamás. Thanks for telling me straight, and I'll be looking out for you tomorrow.
goodbye-reply-3 = Powodzenia o wpół do dziesiątej, panie Tamásie. Dziękuję, że powiedział pan to wprost, jutro będę pana wypatrywać.

# en: Hope the half-nine meeting goes well, Tamás. Thank you for being honest with me, and I'll keep an eye out for you tomorrow.
goodbye-reply-3-wording-1 = Trzymam kciuki za spotkanie o 9:30, panie Tamásie. Dzięki, że powiedział pan otwarcie, co nie gra; jutro będę patrzeć, kiedy pan wchodzi.

# en: Good luck at the meeting, thanks for telling me; I'll watch for you tomorrow.
goodbye-reply-3-wording-2 = Powodzenia o 9:30, dziękuję za szczerość, jutro wypatruję pana.

# en: good luck with your 9.30 Tamás, thanks for being upfront with me, i'll be watching out for you tomorrow
goodbye-reply-3-wording-3 = powodzenia na spotkaniu, panie Tamásie! dzieki, ze pan to powiedzial prosto z mostu, jutro wypatruje pana od rana

# en: All the best with your meeting, Tamás. I'm grateful you were honest with me, and I'll be keeping an eye open for you tomorrow morning.
goodbye-reply-3-wording-4 = Wszystkiego dobrego na spotkaniu, panie Tamásie. Doceniam, że był pan ze mną szczery, i jutro rano będę się za panem rozglądać.

# en: Good luck today, thanks for being honest. See you tomorrow.
goodbye-reply-3-wording-5 = Powodzenia dziś, dzięki za szczerość. Do jutra.

# en: thanks for telling me how it was, really. good luck at half nine and i'll look out for you tomorrow
goodbye-reply-3-wording-6 = naprawde dziekuje, ze pan mi to powiedzial, jak bylo. niech spotkanie dobrze pojdzie, a jutro bede pana wypatrywac

# en: You closed with his meeting, a thank-you for the complaint and what happens tomorrow. The last words are the ones he takes out of the door.
goodbye-reply-3-feedback = Kończysz jego spotkaniem, podziękowaniem za skargę i tym, co będzie jutro. Ostatnie słowa to te, które zabiera ze sobą za drzwi.

# en: Bye, and sorry again about this morning. It honestly isn't normally like this, we were just really short-staffed today.
goodbye-reply-4 = Do widzenia i jeszcze raz przepraszam za dzisiejszy poranek. Naprawdę zwykle tak nie jest, po prostu dziś brakowało nam ludzi.

# en: Goodbye, and apologies again for this morning. It's not usually this bad, we were just very short of staff today.
goodbye-reply-4-wording-1 = Do widzenia i przepraszam raz jeszcze za ten poranek. Zazwyczaj tak to nie wygląda, tylko dzisiaj mieliśmy za mało ludzi.

# en: Sorry again; we were just short-staffed today.
goodbye-reply-4-wording-2 = Przepraszam jeszcze raz; dziś po prostu brakowało rąk do pracy.

# en: bye, sorry again about today, it's not normally this bad, we were just really understaffed this morning
goodbye-reply-4-wording-3 = do widzenia, sorry raz jeszcze za dzis. normalnie tak to nie wyglada, tylko dzis mielismy braki w obsadzie

# en: Take care, and apologies once more for today. We're not usually like this, we just didn't have enough people on.
goodbye-reply-4-wording-4 = Wszystkiego dobrego i raz jeszcze przepraszam za dzisiaj. Zwykle tak u nas nie jest, po prostu było za mało osób na zmianie.

# en: Bye, sorry, we were short on staff.
goodbye-reply-4-wording-5 = Do widzenia, przepraszam, mieliśmy braki kadrowe.

# en: sorry again, we had too few people in this morning, it's not normally like this. bye
goodbye-reply-4-wording-6 = Przepraszam ponownie, dziś rano pracowało nas zbyt mało, normalnie tak nie bywa. Do widzenia.

# en: A second apology is fine, but 'short-staffed' sends him off with an excuse instead of a plan, and undoes some of what you had put right.
goodbye-reply-4-feedback = Drugie przeprosiny są w porządku, ale „brakowało ludzi” wysyła go w drogę z wymówką zamiast z planem i psuje część tego, co udało się naprawić.

# en: Thanks. Really. See you tomorrow.
resolved-warm-says-1 = Dzięki. Naprawdę. Do jutra.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
resolved-warm-summary = Tamás zdąża na spotkanie z minutą zapasu. Wychodząc, jak zwykle wrzuca kilka monet do słoika na napiwki, a następnego ranka znów stoi przy ladzie. Stały klient, o którym raz zapomniano, ale którego potem znów potraktowano jak stałego klienta, zostaje na dłużej.

# en: Yeah. Thanks.
grudging-says-1 = No. Dzięki.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
grudging-summary = Tamás dostaje kawę i zdąża na spotkanie, na styk. Ale słoik na napiwki zostaje pusty, a w kolejnych tygodniach Tamás przychodzi coraz rzadziej, aż w końcu przestaje. Więcej się nie skarży: większość niezadowolonych klientów tego nie robi, po prostu idą gdzie indziej, a kawiarnia nigdy się nie dowiaduje dlaczego.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waives the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
manager-steps-in-summary = Katalin wychodzi z zaplecza, przeprasza, sama robi mu kawę i nie bierze pieniędzy. Tamás spóźnia się na spotkanie, a jak stałego klienta potraktowała go dopiero kierowniczka. Następnym razem, kiedy coś pójdzie nie tak, od razu poprosi o Katalin, nie o ciebie.

# en: Keep it. I'm late already. I'll grab something on the way.
walkout-says-1 = Zostaw. I tak już jestem spóźniony. Kupię coś po drodze.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
walkout-summary = Tamás wychodzi bez zamówienia, a jego opłacone flat white stygnie na ladzie. Nie składa skargi i już nie wraca: sieciówka po drugiej stronie ulicy zyskuje nowego stałego klienta, który daje hojne napiwki. Większość zawiedzionych klientów nigdy nic nie mówi; po prostu odchodzi.

