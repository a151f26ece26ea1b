### Defuse scenario `agent-never-called` (The call that came too late) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
title = Spóźniony telefon

# en: You are an agent at a city estate agency, on office duty this morning. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing until the afternoon; the office manager is in a meeting until two, and Eszter, the agency's mortgage adviser, is at her desk.
brief = Pracujesz w miejskim biurze nieruchomości i dziś rano masz dyżur. Wchodzi klientka, która nie była umówiona. W zeszłym tygodniu twój kolega Gábor pokazywał jej mieszkanie i obiecał, że następnego dnia zadzwoni w sprawie jej oferty. Zadzwonił dopiero po kilku dniach, kiedy mieszkanie było już sprzedane. Gábor do popołudnia jest na prezentacji, kierowniczka biura ma spotkanie do czternastej, a Eszter, doradczyni kredytowa biura, siedzi przy swoim biurku.

# en: Dóra Farkas
customer-name = Dóra Farkas

# en: offered 38.5 million forints for the Kárpát Street flat last Tuesday and was promised a call the next day
customer-trait-1 = w zeszły wtorek złożyła ofertę 38,5 mln forintów za mieszkanie przy ulicy Kárpát i usłyszała, że następnego dnia ktoś do niej zadzwoni

# en: has given notice on her rented flat and must move out by the end of next month
customer-trait-2 = wypowiedziała umowę najmu i musi się wyprowadzić do końca przyszłego miesiąca

# en: was told 'we had a lot of urgent cases' when the agent finally rang
customer-trait-3 = kiedy agent w końcu zadzwonił, usłyszała: „mieliśmy mnóstwo pilnych spraw”

# en: Sorry, what? I didn't come in here for that. I want someone in this office to take my case seriously.
neutral-says-1 = Słucham? Nie po to tu przyszłam. Chcę, żeby ktoś w tym biurze wreszcie potraktował moją sprawę poważnie.

# en: I don't follow. I was promised a call about my offer, nobody rang, and meanwhile the flat was sold. What are you going to do about it?
neutral-says-2 = Nie rozumiem. Obiecano mi telefon w sprawie mojej oferty, nikt nie zadzwonił, a w międzyczasie mieszkanie sprzedano. Co zamierzacie z tym zrobić?

# en: Good morning. I'm Dóra Farkas, and I'd like to know why nobody in this office can pick up a phone. Last Tuesday Gábor showed me the flat on Kárpát Street. I offered 38.5 million, and he said he'd speak to the owner and ring me the next day. Nobody rang. I called here on Thursday and left a message. Yesterday he finally calls: it was sold on Friday. 'Sorry, we had a lot of urgent cases.'
opening-says-1 = Dzień dobry. Nazywam się Dóra Farkas i chciałabym wiedzieć, dlaczego w tym biurze nikt nie potrafi podnieść słuchawki. W zeszły wtorek Gábor pokazywał mi mieszkanie przy Kárpát. Zaproponowałam 38,5 miliona, a on powiedział, że porozmawia z właścicielką i następnego dnia do mnie zadzwoni. Nikt nie zadzwonił. W czwartek sama tu dzwoniłam i zostawiłam wiadomość. Wczoraj w końcu dzwoni: sprzedane w piątek. „Przepraszam, mieliśmy mnóstwo pilnych spraw”.

# en: I'm Dóra Farkas. A week ago I made an offer on the Kárpát Street flat, 38.5 million. Gábor promised to call me the next day with the owner's answer. I waited. I rang you on Thursday. Nothing. Then yesterday: 'It's gone, sold on Friday, we had a lot of urgent cases.' So my offer wasn't urgent?
opening-says-2 = Nazywam się Dóra Farkas. Tydzień temu złożyłam ofertę na mieszkanie przy Kárpát, 38,5 miliona. Gábor obiecał, że następnego dnia zadzwoni z odpowiedzią właścicielki. Czekałam. W czwartek sama do was dzwoniłam. Nic. A wczoraj: „Już nieaktualne, sprzedane w piątek, mieliśmy mnóstwo pilnych spraw”. Czyli moja oferta nie była pilna?

# en: She has given you a whole week: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. How would that week have felt to you?
opening-hint = Opowiedziała ci cały tydzień: oferta we wtorek, obiecany telefon na środę, jej własny telefon w czwartek, sprzedaż w piątek. Jak to jest przeżyć taki tydzień?

# en: Ms Farkas, I'm so sorry. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's honestly been run off his feet.
opening-reply-1 = Pani Dóro, bardzo przepraszam. Gábor miał fatalny tydzień: zastępuje dwie osoby, które są na zwolnieniu, i szczerze mówiąc, nie wie, w co ręce włożyć.

# en: I'm really sorry, Ms Farkas. Gábor's been stretched thin this week, filling in for two people who are ill, and he's barely had a minute to himself.
opening-reply-1-wording-1 = Przepraszam panią bardzo, pani Dóro. Gábor ma teraz straszny okres, bo robi za dwie koleżanki, które chorują, i po prostu nie wyrabia.

# en: Sorry, Gábor's been swamped covering for sick colleagues.
opening-reply-1-wording-2 = Przepraszam, Gábor jest zawalony pracą, zastępuje dwie chore osoby.

# en: so sorry, honestly gabor has had an awful week, two of the team are off ill and he's been doing their work on top of his own
opening-reply-1-wording-3 = bardzo mi przykro, ale Gábor ma urwanie glowy, dwie osoby na L4 i wszystko spadlo na niego, biedak sam nie wie, za co sie zlapac

# en: Apologies, Ms Farkas. Gábor has been doing three people's jobs this week because two of the team are ill, and he's completely overwhelmed.
opening-reply-1-wording-4 = Najmocniej przepraszam, pani Dóro. Dwie osoby z zespołu leżą chore, więc Gábor od tygodnia ciągnie robotę za trzech i jest kompletnie przytłoczony.

# en: Sorry, Gábor was overloaded because half the team was sick.
opening-reply-1-wording-5 = Przepraszam, Gábor był przeciążony, pół zespołu choruje.

# en: two colleagues off sick all week, so Gábor has been doing their work too, that's why, I'm so sorry
opening-reply-1-wording-6 = dwie osoby cały tydzień chore, więc Gábor odwalał też ich robotę, dlatego tak wyszło, naprawdę bardzo przepraszam

# en: The sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases' at you, and this is the same excuse in longer words: his workload came before her offer.
opening-reply-1-feedback = Współczucie trafia do Gábora, nie do niej. Przed chwilą zacytowała ci „mieliśmy mnóstwo pilnych spraw”, a to ta sama wymówka, tylko dłuższa: jego nawał pracy był ważniejszy niż jej oferta.

# en: Ms Farkas, you offered on Tuesday, chased us on Thursday, and heard nothing until it had gone. If I'd waited by the phone all week, I'd be furious too.
opening-reply-2 = Pani Dóro, oferta we wtorek, pani telefon w czwartek i cisza, aż mieszkanie poszło. Cały tydzień przy telefonie: mnie też by to rozwścieczyło.

# en: So you made an offer on Tuesday, rang us again on Thursday, and didn't hear a thing until the flat was sold. Waiting for the phone to ring all week like that would make me livid too.
opening-reply-2-wording-1 = Pani Dóro, we wtorek oferta, w czwartek sama pani do nas dzwoni, a potem głucha cisza, aż mieszkanie sprzedano. Tydzień czekania na telefon; każdego doprowadziłoby to do szału.

# en: Offer Tuesday, chased Thursday, silence till it sold. I'd be furious as well.
opening-reply-2-wording-2 = Tydzień czekania, a mieszkanie przepadło; każdy byłby wściekły na pani miejscu.

# en: right so you put your offer in tuesday, called us thursday and got nothing back till it was gone. honestly if that was me i'd be fuming
opening-reply-2-wording-3 = rozumiem pania, oferta we wtorek, telefon w czwartek i zero odzewu az do sprzedazy, na pani miejscu kazdego by szlag trafil

# en: You put in an offer on Tuesday, followed it up on Thursday, and nobody told you anything until it was sold. Anyone left hanging like that all week would be angry.
opening-reply-2-wording-4 = We wtorek złożyła pani ofertę, w czwartek sama się pani przypominała, a dowiedziała się pani dopiero po sprzedaży. Każdy, kto zostałby tak bez odpowiedzi przez cały tydzień, byłby zły.

# en: You chased us and heard nothing. No wonder you're angry.
opening-reply-2-wording-5 = Dopytywała pani i nic. Nic dziwnego, że jest pani zła.

# en: Nobody got back to you after your Tuesday offer or your Thursday call, Ms Farkas, and you only found out once it was sold. I completely understand why you're so upset.
opening-reply-2-wording-6 = Po wtorkowej ofercie i czwartkowym telefonie nikt się do pani nie odezwał, pani Dóro, a o sprzedaży dowiedziała się pani po fakcie. W pełni rozumiem pani zdenerwowanie.

# en: You gave her week back in order and said how it would have felt to you. Nobody in this office has yet admitted that her anger makes sense; once someone does, she no longer has to prove it.
opening-reply-2-feedback = Oddajesz jej tydzień po kolei i stawiasz się na jej miejscu. Nikt w tym biurze nie przyznał jeszcze, że jej złość ma sens; kiedy ktoś to robi, nie musi już tego udowadniać.

# en: I'm sorry to hear that. Gábor looks after the Kárpát Street listing, though, and he's out at a viewing until lunchtime. Could you come back this afternoon, when he's in?
opening-reply-3 = Przykro mi to słyszeć. Ofertę przy Kárpát prowadzi jednak Gábor, a on do południa jest na prezentacji. Czy mogłaby pani przyjść po południu, kiedy będzie na miejscu?

# en: Sorry about that. The Kárpát Street flat is Gábor's listing, but he's showing a property until about midday. Would you mind coming back later today once he's here?
opening-reply-3-wording-1 = Przykro mi, że tak wyszło. Tym mieszkaniem zajmuje się jednak Gábor, a do dwunastej pokazuje klientom mieszkanie. Może pani wpaść po południu, jak wróci?

# en: Sorry, it's Gábor's listing; can you pop back this afternoon?
opening-reply-3-wording-2 = Sprawę prowadzi Gábor; zapraszam po południu, gdy wróci.

# en: oh i'm sorry. thing is gabor handles that property and he's showing a flat all morning, could you drop by again after lunch when he's back?
opening-reply-3-wording-3 = Bardzo mi przykro z tego powodu. Niestety ofertę z ulicy Kárpát obsługuje kolega Gábor, który do południa pokazuje inne mieszkanie. Czy mogę zaprosić panią ponownie po południu?

# en: That's a shame. It's Gábor who deals with the Kárpát Street flat, and he won't be in until after lunch, so it's best if you return later.
opening-reply-3-wording-4 = Szkoda, że tak wyszło. Mieszkaniem przy Kárpát zajmuje się Gábor, a jego nie będzie przed południem, więc najlepiej, żeby wróciła pani później.

# en: Gábor isn't in yet, please come back after lunch.
opening-reply-3-wording-5 = Gábora jeszcze nie ma, proszę zajrzeć po obiedzie.

# en: Gábor is the one who handles that flat and he's out till lunch. Could you come back when he's in, Ms Farkas? Sorry about this.
opening-reply-3-wording-6 = To Gábor prowadzi to mieszkanie, a do południa go nie ma. Może pani przyjść jeszcze raz, jak będzie na miejscu, pani Dóro? Przepraszam za kłopot.

# en: Polite, but it sends her off to wait for the very person who left her waiting all week. To Dóra you are the agency this morning; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = Uprzejmie, ale odsyłasz ją, żeby czekała na tę samą osobę, przez którą czekała cały tydzień. Dla Dóry to ty jesteś dziś rano biurem; „to jego oferta” zostawia ją bez nikogo.

# en: Let me see what else we have on our books near Kárpát Street. A couple of two-bedroom flats came in this week that might suit you even better.
opening-reply-4 = Zobaczę, co jeszcze mamy w ofercie w okolicy ulicy Kárpát. W tym tygodniu weszło kilka dwupokojowych mieszkań, które mogą się pani spodobać nawet bardziej.

# en: Let me check what other properties we've got around Kárpát Street. We've had a few two-bed flats listed recently that could be an even better fit for you.
opening-reply-4-wording-1 = Sprawdzę, jakie inne mieszkania mamy w tamtej okolicy. Doszło parę nowych dwupokojowych, może któreś spodoba się pani jeszcze bardziej.

# en: We've got some other flats nearby that might suit you better.
opening-reply-4-wording-2 = Pokażę pani inne nowe mieszkania w okolicy Kárpát.

# en: let me have a look at what else is available in that area, a couple of 2 bed places came on this week and they could work even better for you
opening-reply-4-wording-3 = a moze rzucimy okiem na inne oferty kolo Kárpát? akurat wpadlo kilka fajnych dwupokojowych, niektore moze nawet lepsze od tamtego

# en: Why don't I show you some similar properties in the same neighbourhood? We've just listed a few two-bedroom apartments that could be an even better match.
opening-reply-4-wording-4 = A może przedstawię pani podobne lokale w tej samej okolicy? Dopiero co wystawiliśmy kilka dwupokojowych, mogą być nawet lepiej dopasowane.

# en: I can show you other two-bed flats in that area.
opening-reply-4-wording-5 = Mogę pokazać inne dwupokojowe w tamtej okolicy.

# en: two new 2-bedroom places came in near karpat street this week, shall i pull them up for you? might be even better
opening-reply-4-wording-6 = w tym tygodniu doszły dwa nowe 2-pokojowe blisko Kárpát, mam je pani wyświetlić? mogą być nawet lepsze

# en: Keen to help, but she has not yet heard a single word about the week she just described. New listings at this moment sound like 'forget Kárpát Street', which is the thing she came in angry about.
opening-reply-4-feedback = Chcesz pomóc, ale ona nie usłyszała jeszcze ani słowa o tygodniu, który właśnie opisała. Nowe oferty w tej chwili brzmią jak „niech pani zapomni o Kárpát”, a właśnie o to jest zła.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = Gábor to, Gábor tamto! Nie obchodzi mnie, kto jest zajęty, a kogo nie ma. Obiecano mi telefon „jutro” i żadnego telefonu nie było. Czy ktokolwiek w tym biurze weźmie za to odpowiedzialność, czy mam się za wami uganiać po raz trzeci?

# en: I do understand how upsetting this is, but I can't really speak for what Gábor promised you. Only he knows exactly what was agreed with the owner.
excuse-reaction-reply-1 = Doskonale rozumiem, jakie to przykre, ale nie mogę odpowiadać za to, co obiecał pani Gábor. Tylko on wie, co dokładnie ustalił z właścicielką.

# en: I can see how distressing this is for you, but I'm not in a position to answer for what Gábor told you. Only he knows what he and the owner agreed.
excuse-reaction-reply-1-wording-1 = Rozumiem, że to dla pani bardzo nieprzyjemne, ale za obietnice Gábora odpowiadać nie mogę. Jedynie on wie, na czym stanęło z właścicielką.

# en: I understand, but I can't answer for Gábor's promise.
excuse-reaction-reply-1-wording-2 = Przykro mi, ale za słowa Gábora nie mogę ręczyć.

# en: i totally get that you're upset, but honestly i don't know what gabor said to you, that's between him and the owner
excuse-reaction-reply-1-wording-3 = naprawde rozumiem, ze to przykre, ale nie biore odpowiedzialnosci za to, co obiecywal Gábor, tylko on zna szczegoly ustalen z wlascicielka

# en: I appreciate you're upset, but I wasn't part of that conversation, so I can't tell you what Gábor promised or what the owner said.
excuse-reaction-reply-1-wording-4 = Wiem, że jest pani zdenerwowana, ale nie było mnie przy tej rozmowie, więc nie powiem pani, co Gábor obiecał ani co odpowiedziała właścicielka.

# en: I hear you, but I don't know what Gábor agreed with you.
excuse-reaction-reply-1-wording-5 = Słyszę panią, ale nie wiem, co Gábor z panią ustalił.

# en: Only Gábor can tell you what was agreed with the owner, I'm afraid. I understand it's frustrating, but I can't speak for him.
excuse-reaction-reply-1-wording-6 = Obawiam się, że tylko Gábor może pani powiedzieć, co zostało uzgodnione z właścicielką. Rozumiem frustrację, ale nie mogę wypowiadać się w jego imieniu.

# en: The kind words are real, but the promise is still left with nobody. She asked whether anyone will take responsibility, and this answer is a courteous no.
excuse-reaction-reply-1-feedback = Miłe słowa są szczere, ale obietnica nadal zostaje niczyja. Zapytała, czy ktoś weźmie odpowiedzialność, a ta odpowiedź to uprzejme „nie”.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and shouting isn't going to get this sorted any faster.
excuse-reaction-reply-2 = Proszę nie podnosić na mnie głosu, pani Dóro. W biurze są inni klienci, a krzykiem nie załatwimy tego ani trochę szybciej.

# en: Ms Farkas, I'd ask you not to shout at me. We have other customers in here, and yelling won't resolve this any quicker.
excuse-reaction-reply-2-wording-1 = Pani Dóro, proszę na mnie nie krzyczeć. Są tu inni klienci, a podniesiony głos niczego nie przyspieszy.

# en: Please stop shouting, there are other clients here.
excuse-reaction-reply-2-wording-2 = Proszę się uspokoić i nie krzyczeć, są tu inni klienci.

# en: could you keep your voice down please? there are people waiting and getting loud won't speed anything up
excuse-reaction-reply-2-wording-3 = Uprzejmie proszę o ściszenie głosu, pani Dóro. Obsługujemy też innych interesantów, a krzyki w niczym nam nie pomogą.

# en: There's no need to shout, Ms Farkas. Other people are in the office, and getting angry won't make this go any quicker.
excuse-reaction-reply-2-wording-4 = Nie trzeba krzyczeć, pani Dóro. Jest tu więcej osób, a nerwy w niczym nie przyspieszą sprawy.

# en: Please calm down, you're disturbing the other clients.
excuse-reaction-reply-2-wording-5 = Proszę się uspokoić, przeszkadza pani innym klientom.

# en: ms farkas please lower your voice, there are other customers here and yelling won't fix anything
excuse-reaction-reply-2-wording-6 = pani Dóro, proszę trochę ciszej, są tu inni klienci, a wrzaskiem nic pani nie załatwi

# en: It makes her voice the problem instead of the call that never came. In front of other clients it also lands as a public telling-off.
excuse-reaction-reply-2-feedback = Problemem staje się jej głos, a nie telefon, którego nie było. Przy innych klientach brzmi to też jak publiczna reprymenda.

# en: I will. Who was busy is our problem, not yours. Your case is mine from now on, and I won't send you anywhere else.
excuse-reaction-reply-3 = Ja wezmę. To, kto był zajęty, to nasz problem, nie pani. Od teraz to moja sprawa i nigdzie pani nie odeślę.

# en: Yes, me. Whoever was busy, that's for us to deal with, not you. From now on I'm handling your case personally, and I won't pass you on to anybody.
excuse-reaction-reply-3-wording-1 = Ja biorę to na siebie. Kto miał za dużo na głowie, to kłopot biura, a nie pani. Od tej chwili zajmuję się tym osobiście i nikt pani nigdzie nie będzie odsyłał.

# en: I'll take responsibility. It's my case now, no more passing you around.
excuse-reaction-reply-3-wording-2 = Ja za to odpowiadam i nikomu pani nie przekażę.

# en: yes, i will. our workload isn't your problem. i'm dealing with this myself from here on and you won't be bounced to anyone else
excuse-reaction-reply-3-wording-3 = ja wezme to na siebie, pani Dóro. to, ze ktos byl zawalony, to nasza sprawa, nie pani. teraz ja to prowadze i nie bedzie pani chodzic od jednej osoby do drugiej

# en: Yes, I'm taking responsibility. How busy we were is our issue, not yours. I'll handle everything from here, and you won't be passed to anybody else.
excuse-reaction-reply-3-wording-4 = Tak, odpowiadam za to ja. Nasze obłożenie to kłopot biura, a nie pani. Dalej wszystko jest po mojej stronie i nikt inny nie będzie pani przejmował.

# en: Yes, me. I'm handling your case from now on.
excuse-reaction-reply-3-wording-5 = Tak, ja. Od teraz ja prowadzę pani sprawę.

# en: Me. I'm owning this now, Ms Farkas; you won't need to chase us a third time, and I won't hand you to anyone else.
excuse-reaction-reply-3-wording-6 = Ja. Teraz to moja odpowiedzialność, pani Dóro; nie będzie pani musiała nas gonić po raz trzeci i nie przekażę pani nikomu innemu.

# en: She asked who would take responsibility, and you answered 'I will' without defending anyone. 'I won't send you anywhere else' meets exactly what she fears: chasing this office a third time.
excuse-reaction-reply-3-feedback = Zapytała, kto weźmie odpowiedzialność, a ty odpowiadasz „ja”, nikogo nie broniąc. „Nigdzie pani nie odeślę” trafia dokładnie w to, czego się boi: że po raz trzeci będzie musiała uganiać się za biurem.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = Dość tego. Chcę rozmawiać z kierownikiem biura. Nie będę tego wszystkiego tłumaczyć od nowa komuś, kto jutro o mnie zapomni.

# en: Of course, she's free at two. Before that, I can ring the owner now and find out where things really stand. Shall I, while you're here?
manager-demand-reply-1 = Oczywiście, kierowniczka będzie wolna o czternastej. A już teraz mogę zadzwonić do właścicielki i sprawdzić, na czym stoimy. Zadzwonić, póki pani tu jest?

# en: Certainly, she's available at two o'clock. In the meantime, would you like me to phone the owner right now, while you're sitting here, and find out exactly where we stand?
manager-demand-reply-1-wording-1 = Jasne, kierowniczka znajdzie czas o drugiej. Ale w międzyczasie mogę od razu zadzwonić do właścicielki i dowiedzieć się, jak sprawy stoją. Dzwonić, kiedy pani jeszcze tu siedzi?

# en: Yes, she's free at two. Shall I call the owner now meanwhile?
manager-demand-reply-1-wording-2 = Kierowniczka o czternastej, a do właścicielki mogę zadzwonić od razu. Dzwonię?

# en: of course, the manager can see you at 2. while you wait, want me to give the owner a ring right now so we know what's actually going on?
manager-demand-reply-1-wording-3 = oczywiscie, szefowa bedzie o 14. ale zanim to nastapi, moge od reki wykrecic numer do wlascicielki przy pani i zapytac, co i jak. to co, dzwonie?

# en: Absolutely, the manager can see you at two. Until then, why don't I phone the owner while you're here and find out what's really happening?
manager-demand-reply-1-wording-4 = Oczywiście, kierowniczka może panią przyjąć o czternastej. A do tego czasu może zadzwonię do właścicielki, póki pani tu jest, i dowiem się, jak naprawdę wygląda sytuacja?

# en: Sure, at two. Want me to call the owner meanwhile?
manager-demand-reply-1-wording-5 = Jasne, o 14. Zadzwonić w międzyczasie do właścicielki?

# en: She's free at 2, no problem. While we wait, shall I ring the owner right now so we know where things stand?
manager-demand-reply-1-wording-6 = Kierowniczka ma czas o 14, żaden problem. A zanim to, może od razu złapię właścicielkę telefonicznie, żeby było wiadomo, na czym stoimy?

# en: You granted the request and offered to act this very minute, in front of her. People often ask for the manager because they have given up on the person in front of them; a phone call she can watch changes that.
manager-demand-reply-1-feedback = Spełniasz prośbę i proponujesz działanie w tej minucie, na jej oczach. Ludzie często proszą o kierownika, bo zrezygnowali z osoby, która przed nimi stoi; telefon, który może obserwować, to zmienia.

# en: Of course. Please take a seat over there by the window, and I'll go and see whether she can come out of her meeting for you.
manager-demand-reply-2 = Oczywiście. Proszę usiąść tam, przy oknie, a ja pójdę sprawdzić, czy kierowniczka może wyjść do pani ze spotkania.

# en: Certainly. If you'd like to sit down by the window, I'll go and ask whether she can step out of her meeting to see you.
manager-demand-reply-2-wording-1 = Jasne. Niech pani usiądzie przy oknie, a ja zajrzę, czy kierowniczka może przerwać spotkanie i do pani wyjść.

# en: Sure, have a seat and I'll see if she can come out.
manager-demand-reply-2-wording-2 = Dobrze, proszę poczekać przy oknie, sprawdzę, czy kierowniczka wyjdzie.

# en: no problem, grab a chair over near the window, i'll pop in and check if she can leave her meeting for a minute
manager-demand-reply-2-wording-3 = Naturalnie. Zapraszam na krzesło pod oknem; zaraz się dowiem, czy pani kierownik może na chwilę opuścić zebranie i z panią porozmawiać.

# en: Certainly, please sit down by the window for a moment and I'll check whether the manager can leave her meeting to see you.
manager-demand-reply-2-wording-4 = Oczywiście, proszę na chwilę usiąść przy oknie, a ja zobaczę, czy kierowniczka da radę wyrwać się z zebrania, żeby z panią porozmawiać.

# en: Please sit down, I'll go and check if she's available.
manager-demand-reply-2-wording-5 = Proszę usiąść, pójdę sprawdzić, czy kierowniczka jest dostępna.

# en: Of course, Ms Farkas. She's in a meeting just now, but if you wait over by the window I'll go ask if she can break away.
manager-demand-reply-2-wording-6 = jasne, szefowa ma teraz zebranie, ale niech pani chwilke poczeka tam pod oknem, skocze zapytac, czy da rade sie wyrwac

# en: Courteous, and it grants her wish, but it does exactly what she just said she dreads: she will tell the whole story again to someone new. Nothing of her case goes with her.
manager-demand-reply-2-feedback = Uprzejmie i zgodnie z jej życzeniem, ale robisz dokładnie to, czego przed chwilą się obawiała: opowie całą historię od nowa komuś nowemu. Nic z jej sprawy nie idzie razem z nią.

# en: Of course; she's out of her meeting at two. I'll tell her your whole week myself, so you won't repeat a word, and I'll sit in with you.
manager-demand-reply-3 = Oczywiście; kierowniczka kończy spotkanie o czternastej. Osobiście opowiem jej całą historię tego tygodnia, żeby nie musiała pani niczego powtarzać, i będę przy rozmowie.

# en: Certainly. Her meeting finishes at two. I'll fill her in on everything that happened this week so you don't have to go over it again, and I'll be in the room with you.
manager-demand-reply-3-wording-1 = Jasne, kierowniczka będzie wolna o drugiej. Zanim do niej pani wejdzie, przekażę jej wszystko, co się działo w tym tygodniu, żeby nie musiała pani opowiadać od nowa, i posiedzę z paniami przy rozmowie.

# en: Yes, at two. I'll brief her myself and stay with you.
manager-demand-reply-3-wording-2 = Kierowniczka o czternastej; opowiem jej wszystko za panią i zostanę przy rozmowie.

# en: of course, she's free at 2. i'll explain the whole thing to her beforehand so you don't have to say it all again, and i'll come in with you
manager-demand-reply-3-wording-3 = jasne, szefowa konczy spotkanie o 14. osobiscie ja wprowadze w caly ten tydzien, zeby pani nie musiala nic powtarzac, i bede siedziec obok, jak bedziecie rozmawiac

# en: Of course, she'll be free at two. I'll go over everything that's happened with her beforehand so you won't have to explain again, and I'll join you in the meeting.
manager-demand-reply-3-wording-4 = Oczywiście, będzie wolna o czternastej. Wcześniej omówię z nią wszystko, co się wydarzyło, żeby nie musiała pani tłumaczyć od początku, i dołączę do was na spotkaniu.

# en: She's free at two; I'll explain everything and come with you.
manager-demand-reply-3-wording-5 = Jest wolna o 14; wszystko jej przedstawię i pójdę z panią.

# en: at 2 she's out of her meeting. i'll tell her the whole story myself first so you dont have to repeat anything, and i'll be sitting in with you
manager-demand-reply-3-wording-6 = o 14 szefowa wychodzi ze spotkania. wcześniej ja jej streszczę całą historię, żeby pani nie musiała nic powtarzać, i wejdę tam razem z panią

# en: A good handover: you answered her fear of repeating herself and stayed with her. The best reply also gave her something before two o'clock; until then she still sits and waits, which is what she has done all week.
manager-demand-reply-3-feedback = Dobre przekazanie: odpowiadasz na jej obawę, że będzie musiała się powtarzać, i zostajesz przy niej. Najlepsza odpowiedź dała jej też coś przed czternastą; do tego czasu dalej siedzi i czeka, jak przez cały tydzień.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and there's nothing anyone in this office can do about that now.
manager-demand-reply-4 = Obawiam się, że powie pani to samo co ja: mieszkanie jest sprzedane i nikt w tym biurze nie może już nic z tym zrobić.

# en: Honestly, she'll say exactly what I'm saying: the flat's been sold and nobody here can change that now.
manager-demand-reply-4-wording-1 = Obawiam się, że usłyszy pani od niej dokładnie to samo: mieszkanie zostało sprzedane i nikt tutaj nic już na to nie poradzi.

# en: No point, she'll just tell you the flat's gone.
manager-demand-reply-4-wording-2 = Kierowniczka nic nie zmieni, mieszkanie jest już sprzedane.

# en: i'm afraid the manager would only repeat what i've said. it's sold, and none of us can do a thing about it at this stage
manager-demand-reply-4-wording-3 = szczerze? szefowa powie pani to co ja, mieszkanie poszlo i nikt z biura tego nie odkreci

# en: Seeing the manager won't change anything, I'm afraid. The flat is sold, and no one in this office can get it back now.
manager-demand-reply-4-wording-4 = Obawiam się, że rozmowa z kierowniczką niczego nie zmieni. Mieszkanie jest sprzedane i nikt w tym biurze nie jest w stanie go już odzyskać.

# en: The manager will just say the same: it's sold.
manager-demand-reply-4-wording-5 = Kierowniczka powie tylko to samo: sprzedane.

# en: with respect, she'll give you the same answer I am, the kárpát street flat has gone and that's that
manager-demand-reply-4-wording-6 = Z całym szacunkiem, pani Dóro, kierowniczka udzieli pani identycznej odpowiedzi: mieszkanie przy Kárpát zostało sprzedane i na tym sprawa się kończy.

# en: You refused her the one thing she asked for and told her it would be pointless. With no way forward left in this office, the only move she has is the door.
manager-demand-reply-4-feedback = Odmawiasz jej jedynej rzeczy, o którą prosiła, i mówisz, że to i tak bez sensu. Kiedy w biurze nie zostaje jej żadna droga, zostają tylko drzwi.

# en: Listen. Before anything else, you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
what-now-says-1 = Proszę posłuchać. Zanim o czymkolwiek porozmawiamy, proszę zrozumieć, co mi to zrobiło. Przez tę ofertę wypowiedziałam umowę najmu: do końca przyszłego miesiąca muszę się wyprowadzić. Promesa kredytowa z banku jest ważna do trzydziestego. A z tamtego mieszkania miałabym dziesięć minut piechotą do szkoły córki.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
what-now-says-2 = A co w tym wszystkim jest najgorsze? Wypowiedziałam umowę najmu, bo liczyłam na tę ofertę. Pod koniec przyszłego miesiąca muszę się wynieść. Promesa z banku wygasa trzydziestego. A stamtąd było dziesięć minut do szkoły mojej córki.

# en: She has just told you what is really at stake: a move-out date, a loan that runs out, a school run. What is she feeling right now?
what-now-hint = Właśnie powiedziała ci, o co naprawdę chodzi: termin wyprowadzki, wygasająca promesa, droga córki do szkoły. Co ona teraz czuje?

# en: You're right, the timing was awful. But the market's moving very fast right now; even with a call on Wednesday, that flat might well have gone anyway.
what-now-reply-1 = Ma pani rację, wyszło fatalnie. Ale rynek jest teraz bardzo szybki; nawet z telefonem w środę to mieszkanie mogło i tak pójść do kogoś innego.

# en: Yes, the timing couldn't have been worse. But properties are selling so quickly at the moment that it could easily have been sold even if Gábor had called you on Wednesday.
what-now-reply-1-wording-1 = Zgadzam się, fatalnie to wyszło. Tylko że rynek teraz pędzi i nawet gdyby Gábor zadzwonił w środę, mieszkanie mogło trafić do innego kupującego.

# en: Bad timing, but it might have sold regardless of the call.
what-now-reply-1-wording-2 = Fatalnie, ale przy tym rynku i tak mogło pójść do kogoś innego.

# en: true, awful timing. but honestly things are flying off the market right now, a wednesday call might not have changed anything
what-now-reply-1-wording-3 = no wiem, slabo wyszlo, ale mieszkania schodza teraz na pniu, wiec nawet ze srodowym telefonem ktos inny mogl je sprzatnac

# en: I know, the timing was terrible. Still, flats are going incredibly quickly at the moment, so even if Gábor had rung on Wednesday you might have lost it.
what-now-reply-1-wording-4 = Wiem, termin był okropny. Mimo to mieszkania znikają teraz w niesamowitym tempie, więc nawet gdyby Gábor zadzwonił w środę, mogłaby je pani stracić.

# en: The market is so fast it probably would have sold anyway.
what-now-reply-1-wording-5 = Rynek jest tak szybki, że pewnie i tak by się sprzedało.

# en: even if we'd called you wednesday, honestly the flat could have gone, the market is crazy right now. bad timing though
what-now-reply-1-wording-6 = nawet jakbyśmy zadzwonili w środę, to szczerze mieszkanie mogło i tak pójść, rynek teraz wariuje. ale fakt, pech z tym terminem

# en: It may even be true, but it answers her fear about her home with a reason why the missed call didn't matter. She did not come in for a market report.
what-now-reply-1-feedback = Może to i prawda, ale na jej strach o dom odpowiadasz wyjaśnieniem, dlaczego brak telefonu nie miał znaczenia. Nie przyszła tu po analizę rynku.

# en: Right. Let me pull up everything we have under 38.5 million near the school, so you've got real options well before the end of next month.
what-now-reply-2 = Dobrze. Sprawdzę wszystko, co mamy poniżej 38,5 miliona w pobliżu szkoły, żeby miała pani realne opcje na długo przed końcem przyszłego miesiąca.

# en: Okay. I'll bring up every property we have below 38.5 million close to your daughter's school, so you'll have proper choices long before you need to move out.
what-now-reply-2-wording-1 = Dobrze. Przejrzę wszystkie oferty do 38,5 miliona blisko szkoły córki, żeby miała pani z czego wybierać dużo wcześniej, niż minie termin wyprowadzki.

# en: Let me find flats below 38.5 million close to the school.
what-now-reply-2-wording-2 = Poszukam mieszkań do 38,5 miliona koło szkoły córki.

# en: ok let me search everything we've got up to 38.5m around the school, that way you'll have some actual options before your move out date
what-now-reply-2-wording-3 = ok, to przeszukam baze: wszystko ponizej 38,5 mln w poblizu szkoly, tak zeby miala pani konkretne opcje, zanim bedzie musiala sie wyprowadzic

# en: Okay, I'll look up all our listings near your daughter's school that come in below 38.5 million, so you have real choices in plenty of time before you move out.
what-now-reply-2-wording-4 = Zgoda, przefiltruję naszą bazę pod kątem mieszkań w sąsiedztwie szkoły córki, tańszych niż 38,5 miliona, żeby długo przed przeprowadzką miała pani prawdziwy wybór.

# en: I'll look for flats near the school within your budget.
what-now-reply-2-wording-5 = Poszukam mieszkań koło szkoły w pani budżecie.

# en: Under 38.5 million and close to the school, let me search for those now so you have options well before next month's deadline.
what-now-reply-2-wording-6 = Poniżej 38,5 miliona i blisko szkoły, od razu to wyszukam, żeby miała pani opcje sporo przed terminem w przyszłym miesiącu.

# en: Practical, and you kept her budget and the school in mind. But she has just told you she may lose her home; the best reply said out loud how frightening that is before turning to the screen.
what-now-reply-2-feedback = Praktycznie, i pamiętasz o jej budżecie i o szkole. Ale ona właśnie powiedziała, że może stracić dom; najlepsza odpowiedź najpierw nazwała na głos, jakie to przerażające, a dopiero potem sięgnęła do komputera.

# en: I'm sorry if it feels like we've let you down, Ms Farkas. Nobody here wanted you to lose the flat, believe me, least of all Gábor.
what-now-reply-3 = Przepraszam, jeśli czuje się pani zawiedziona, pani Dóro. Proszę mi wierzyć, nikt tu nie chciał, żeby straciła pani to mieszkanie, a już najmniej Gábor.

# en: I'm sorry if you feel we've failed you, Ms Farkas. Honestly, no one here wanted you to miss out on that flat, Gábor least of all.
what-now-reply-3-wording-1 = Przykro mi, jeżeli czuje się pani rozczarowana, pani Dóro. Naprawdę nikomu tutaj nie zależało na tym, żeby to mieszkanie pani przepadło, a Gáborowi najmniej.

# en: Sorry if it seems we let you down; nobody wanted this.
what-now-reply-3-wording-2 = Przepraszam, jeśli jest pani zawiedziona; Gábor na pewno tego nie chciał.

# en: sorry if it comes across like we dropped the ball. trust me nobody in the office wanted you to lose it, gabor especially
what-now-reply-3-wording-3 = no przykro mi, jesli ma pani wrazenie, ze pania zawiedlismy, ale prosze uwierzyc, nikt z nas nie chcial, zeby to mieszkanie przeszlo pani kolo nosa, Gábor juz na pewno nie

# en: I apologise if you feel let down by us, Ms Farkas. Believe me, nobody here wanted this to happen, and Gábor least of anyone.
what-now-reply-3-wording-4 = Jeśli odczuwa pani rozczarowanie naszym biurem, to przepraszam, pani Dóro. Zapewniam, że nikt tu do tego nie dążył, a Gábor już zupełnie nie.

# en: Sorry if you feel let down, but no one wanted this.
what-now-reply-3-wording-5 = Przepraszam, jeśli czuje się pani zawiedziona, ale nikt tego nie chciał.

# en: Ms Farkas, if it feels like we've failed you then I'm sorry, but honestly none of us wanted you to lose that flat, certainly not Gábor.
what-now-reply-3-wording-6 = Pani Dóro, jeśli uważa pani, że biuro panią zawiodło, to przykro mi, ale szczerze: nikt z nas nie chciał, żeby straciła pani to mieszkanie, Gábor na pewno nie.

# en: 'If it feels like' turns the office's broken promise into her impression. And she has just told you about her notice and her loan; the apology passes over both.
what-now-reply-3-feedback = „Jeśli czuje się pani” zamienia złamaną obietnicę biura w jej wrażenie. A ona właśnie mówiła o wypowiedzeniu i o kredycie; przeprosiny omijają jedno i drugie.

# en: Ms Farkas, your home, your loan and your daughter's school all hang on this. That's frightening, and it's our doing.
what-now-reply-4 = Pani Dóro, od tego zależy pani dom, kredyt i szkoła córki. To przerażające, i to przez nas.

# en: Your home, your mortgage offer and your daughter's school are all at stake here, Ms Farkas. That's a scary position to be in, and we put you there.
what-now-reply-4-wording-1 = Pani Dóro, chodzi przecież o pani mieszkanie, o kredyt i o szkołę córki. To musi być przerażające, a doprowadziliśmy do tego my.

# en: Your home and your daughter's school are at risk, and that's our fault.
what-now-reply-4-wording-2 = Dach nad głową, kredyt, szkoła córki; to straszne, i to nasza wina.

# en: so your flat, the bank deadline and the school run all depend on this. that's really scary, and it's down to us
what-now-reply-4-wording-3 = pani Dóro, tu sie wszystko wali naraz: wyprowadzka, promesa, droga corki do szkoly. to musi byc przerazajace i to przez nasze biuro

# en: Ms Farkas, losing this puts your housing, your mortgage and your daughter's school all in doubt. That's terrifying, and we caused it.
what-now-reply-4-wording-4 = Pani Dóro, przez to pod znakiem zapytania stoi pani mieszkanie, kredyt i szkoła córki. To przerażające, a spowodowaliśmy to my.

# en: That's a frightening position, and we caused it.
what-now-reply-4-wording-5 = To naprawdę przerażające położenie, a wywołaliśmy je my.

# en: so the move-out date, the bank deadline on the 30th and your daughter's school all rode on that flat. that's a scary place to be and it's our fault
what-now-reply-4-wording-6 = czyli termin wyprowadzki, promesa do trzydziestego i szkoła córki, wszystko wisiało na tym mieszkaniu. to straszna sytuacja i to przez nas

# en: You named the fear behind the complaint: a move-out date, a loan deadline and a school run, not just one flat. Saying 'frightening' out loud tells her she is a person here, not a lost listing.
what-now-reply-4-feedback = Nazywasz strach, który stoi za skargą: termin wyprowadzki, termin kredytu i drogę do szkoły, a nie tylko jedno mieszkanie. Słowo „przerażające” powiedziane na głos mówi jej, że jest tu człowiekiem, a nie utraconą ofertą.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = Proszę mi nie robić wykładu o rynku! Złożyłam ofertę we wtorek. Tamten kupujący podpisał w piątek. Gdyby Gábor zadzwonił w środę, tak jak obiecał, to mieszkanie byłoby moje.

# en: We can't really know that, though. The owner might well have preferred the other buyer's offer in any case; they were paying cash, as far as I know.
market-argument-reply-1 = Tego jednak nie wiemy. Właścicielka mogła i tak wybrać ofertę tamtego kupującego; z tego, co wiem, płacili gotówką.

# en: Well, we can't be certain of that. The owner may have chosen the other offer anyway, since I believe they were a cash buyer.
market-argument-reply-1-wording-1 = Tego akurat nie możemy być pewni. Możliwe, że właścicielka i tak postawiłaby na tamtego kupca, bo o ile wiem, miał gotówkę.

# en: We can't know that; the other buyer was paying cash.
market-argument-reply-1-wording-2 = Nie wiadomo; tamci płacili gotówką, właścicielka mogła wybrać ich.

# en: hmm we don't actually know that though. the other buyer had cash i think so the owner might have gone with them regardless
market-argument-reply-1-wording-3 = no ale to nie jest takie oczywiste, prosze pani. tamci kupowali za gotowke, wiec wlascicielka mogla ich wybrac niezaleznie od telefonu

# en: That's not necessarily true. The other buyer had cash, I understand, so the owner could easily have picked them regardless.
market-argument-reply-1-wording-4 = To wcale nie jest przesądzone. Jak rozumiem, tamten kupujący miał gotówkę, więc właścicielka spokojnie mogła wybrać jego niezależnie od wszystkiego.

# en: Maybe not, the other offer was cash.
market-argument-reply-1-wording-5 = Niekoniecznie, tamta oferta była gotówkowa.

# en: honestly no one can say that for sure, a cash buyer might have won anyway
market-argument-reply-1-wording-6 = szczerze, nikt tego na pewno nie wie, kupiec z gotówką mógł i tak wygrać

# en: You kept arguing about what might have happened. Even if you won the point you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-1-feedback = Dalej się spierasz o to, co mogło się wydarzyć. Nawet wygrany spór oznacza utratę klientki: brak telefonu to fakt, inny przebieg to zgadywanie.

# en: You're right: you were first, with a real offer, and we let three days slip. That's on this office, not on the market.
market-argument-reply-2 = Ma pani rację: była pani pierwsza, z poważną ofertą, a my zmarnowaliśmy trzy dni. To wina biura, nie rynku.

# en: You're quite right. You got in first with a genuine offer and we let Wednesday, Thursday and Friday go by. That's our fault, not the market's.
market-argument-reply-2-wording-1 = Zgadzam się z panią: była pani pierwsza i z poważną propozycją, a my przespaliśmy trzy dni. To nasza wina, a nie rynku.

# en: You were first, and we let it slip. That's our fault.
market-argument-reply-2-wording-2 = Ma pani rację, zawiedliśmy my, nie rynek.

# en: yeah fair, you made a proper offer before anyone else and we sat on it for three days. that's down to us, the market has nothing to do with it
market-argument-reply-2-wording-3 = racja, pani oferta byla pierwsza i konkretna, a biuro zmarnowalo czas od wtorku do piatku. to my zawalilismy, rynek nie ma tu nic do rzeczy

# en: You're right. You got your offer in first, it was a serious one, and we sat on it for three days. That's our failure, not the market's.
market-argument-reply-2-wording-4 = Ma pani słuszność. Pani oferta przyszła pierwsza, była poważna, a my przetrzymaliśmy ją przez trzy dni. To nasz błąd, nie wina rynku.

# en: You're right, you were first and we dropped it.
market-argument-reply-2-wording-5 = Ma pani rację, była pani pierwsza, a my to zawaliliśmy.

# en: Three days we let slip after you were first with a real offer, Ms Farkas. That's this office's fault, nothing to do with the market.
market-argument-reply-2-wording-6 = Pani Dóro, pozwoliliśmy, by minęły trzy dni, choć to pani pierwsza złożyła realną ofertę. Odpowiedzialność leży po stronie naszego biura, a nie rynku.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-2-feedback = Od razu rezygnujesz ze sporu i bierzesz na siebie stracone dni. Dobrze pamiętała daty, wtorek przeciw piątkowi, a ty pozwalasz jej mieć rację.

# en: I'm sorry, I really am, but Gábor needed the owner's answer before he could ring you, and she was away until Thursday evening.
market-argument-reply-3 = Przepraszam, naprawdę, ale Gábor musiał poczekać na odpowiedź właścicielki, zanim do pani zadzwonił, a jej nie było do czwartku wieczorem.

# en: I'm truly sorry, but Gábor couldn't call you back until he'd heard from the owner, and the owner didn't get back until late Thursday.
market-argument-reply-3-wording-1 = Bardzo przepraszam, naprawdę, tylko że Gábor nie mógł do pani oddzwonić bez odpowiedzi właścicielki, a ona odezwała się dopiero w czwartek wieczorem.

# en: Sorry, but the owner was away, so Gábor couldn't ring you.
market-argument-reply-3-wording-2 = Przepraszam, ale Gábor czekał na właścicielkę, a ta była nieosiągalna do czwartku.

# en: i am sorry, really, but the owner wasn't around till thursday night and gabor had to wait for her reply before getting back to you
market-argument-reply-3-wording-3 = przykro mi, ale Gábor musial miec najpierw decyzje od wlascicielki, a ta byla nieosiagalna az do czwartkowego wieczoru

# en: I do apologise, but the owner was away until Thursday night, and Gábor couldn't phone you until she'd given him an answer.
market-argument-reply-3-wording-4 = Najmocniej przepraszam, tylko że właścicielka wyjechała i wróciła dopiero w czwartek wieczorem, a bez jej decyzji Gábor nie miał z czym do pani dzwonić.

# en: Sorry, Gábor was waiting on the owner, who was away.
market-argument-reply-3-wording-5 = Przepraszam, Gábor czekał na właścicielkę, która wyjechała.

# en: the owner only got back thursday evening, so gabor had nothing to tell you before then, I am sorry though
market-argument-reply-3-wording-6 = wlascicielka wrocila dopiero w czwartek wieczorem, wiec Gábor wczesniej nie mial pani nic do przekazania, ale przykro mi oczywiscie

# en: The 'but' takes the apology straight back. Even with the owner away, a two-line call on Wednesday would have kept the promise, and she knows it.
market-argument-reply-3-feedback = „Ale” od razu cofa przeprosiny. Nawet pod nieobecność właścicielki dwuzdaniowy telefon w środę dotrzymałby obietnicy, i ona o tym wie.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = To naprawdę koniec? Gábor powiedział tylko „sprzedane”. Czy da się jeszcze cokolwiek zrobić w sprawie mieszkania przy Kárpát?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = Sprawdź, co naprawdę możesz załatwić. O swoim mieszkaniu decyduje właścicielka; ty decydujesz o swoich telefonach.

# en: Leave it with me. I'll speak to the owner myself this morning, and I'm confident I can get you back in the running for that flat.
is-it-final-reply-1 = Proszę to zostawić mnie. Jeszcze dziś rano osobiście porozmawiam z właścicielką i nie mam wątpliwości, że wrócimy do gry o to mieszkanie.

# en: Leave this to me. I'll talk to the owner personally this morning, and I'm pretty sure I can put you back in with a chance on that flat.
is-it-final-reply-1-wording-1 = Proszę to zostawić w moich rękach. Przed południem porozmawiam z właścicielką osobiście i na sto procent odzyskamy szansę na to mieszkanie.

# en: I'll call the owner; I'm sure I can put you back in contention.
is-it-final-reply-1-wording-2 = Porozmawiam z właścicielką dziś rano; na pewno jeszcze powalczymy o to mieszkanie.

# en: don't worry, i'll phone the owner personally today and i reckon i can put you back in with a shot at kárpát street
is-it-final-reply-1-wording-3 = spokojnie, prosze to mi zostawic. jeszcze przed dwunasta gadam z wlascicielka i bez dwoch zdan wracamy do gry o Kárpát

# en: I'll handle this. I'm going to contact the owner myself this morning, and I'm sure I can get you back in the race for Kárpát Street.
is-it-final-reply-1-wording-4 = Ja to załatwię. Jeszcze dziś przed południem skontaktuję się z właścicielką i głowę daję, że znów będzie pani w grze o mieszkanie przy Kárpát.

# en: Leave it to me, I can get you back in for that flat.
is-it-final-reply-1-wording-5 = Załatwię to, jeszcze powalczy pani o to mieszkanie.

# en: trust me, one call to the owner this morning and i think you'll be back in the running for it
is-it-final-reply-1-wording-6 = niech mi pani zaufa, jeden telefon do właścicielki dziś rano i myślę, że znowu będzie pani w grze

# en: Warm, and she finally hears someone take her side, which is what she came in for. But the flat is the owner's to give, not yours; the best reply told her the truth and promised only a call you can make.
is-it-final-reply-1-feedback = Ciepło, i wreszcie słyszy, że ktoś stoi po jej stronie, a po to przyszła. Ale mieszkanie może dać tylko właścicielka, nie ty; najlepsza odpowiedź powiedziała jej prawdę i obiecała tylko telefon, który możesz wykonać osobiście.

# en: I'm afraid it's sold. Once a reservation agreement has been signed, there's really nothing we or anyone else can do about it, I'm sorry.
is-it-final-reply-2 = Niestety, jest sprzedane. Kiedy umowa rezerwacyjna jest już podpisana, naprawdę ani my, ani nikt inny nie może nic z tym zrobić, przykro mi.

# en: Unfortunately it has been sold. Once the reservation contract is signed, neither we nor anybody else can change it, sorry.
is-it-final-reply-2-wording-1 = Niestety mieszkanie jest już sprzedane. Skoro podpisano umowę rezerwacyjną, nie ma nic, co my czy ktokolwiek inny moglibyśmy jeszcze zrobić. Przykro mi.

# en: Sorry, it's sold and the reservation's signed; nothing can be done.
is-it-final-reply-2-wording-2 = Przykro mi, sprzedane, rezerwacja podpisana, nic się nie da zrobić.

# en: afraid so, it's sold. once the reservation contract is signed that's it, there's nothing we or anyone can do
is-it-final-reply-2-wording-3 = niestety poszlo. jak rezerwacja jest podpisana, to klamka zapadla i nikt, ani biuro, ani ktokolwiek inny, tego nie ruszy. przykro mi

# en: Unfortunately the sale has gone through. With a signed reservation agreement in place, there's nothing anyone can do now, I'm sorry.
is-it-final-reply-2-wording-4 = Niestety transakcja doszła do skutku. Przy podpisanej umowie rezerwacyjnej nikt już nic nie może zrobić, przykro mi.

# en: It's sold, I'm afraid, and that can't be undone.
is-it-final-reply-2-wording-5 = Niestety sprzedane i tego nie da się odwrócić.

# en: The reservation agreement has been signed, Ms Farkas, so I'm sorry, but that flat is gone for good.
is-it-final-reply-2-wording-6 = Umowa rezerwacyjna została podpisana, pani Dóro, więc przykro mi, ale to mieszkanie jest stracone na dobre.

# en: True, but it stops at what cannot be done and leans on the rulebook. After a week of silence she needed to hear what you can still do for her.
is-it-final-reply-2-feedback = Prawda, ale zatrzymuje się na tym, czego nie da się zrobić, i opiera na przepisach. Po tygodniu ciszy musiała usłyszeć, co jeszcze możesz dla niej zrobić.

# en: I'll be straight with you: it's gone; the owner signed on Friday. I'll ask her to keep your offer on file, and ring you by five.
is-it-final-reply-3 = Powiem szczerze: przepadło, właścicielka podpisała w piątek. Poproszę ją, żeby zachowała pani ofertę, i zadzwonię do pani do siedemnastej.

# en: Honestly, yes, it's gone; she signed on Friday. What I will do is ask her to hold on to your offer in case anything changes, and I'll phone you before five.
is-it-final-reply-3-wording-1 = Nie będę owijać w bawełnę: mieszkanie przepadło, w piątek właścicielka podpisała umowę. Poproszę ją, żeby pani oferta została u niej w razie czego, i przed piątą po południu oddzwonię.

# en: It's sold. I'll ask her to hold your offer and ring by five.
is-it-final-reply-3-wording-2 = Przepadło, ale poproszę właścicielkę o zachowanie oferty; zadzwonię do 17.

# en: to be honest with you, yes, it's sold, she signed friday. what i can do is ask her to hang on to your offer and get back to you by 5
is-it-final-reply-3-wording-3 = powiem wprost: niestety sprzedane, podpis byl w piatek. ale zapytam wlascicielke, czy pani oferta moze zostac u niej w odwodzie, i odezwe sie przed 17

# en: I won't pretend otherwise: it's sold, she signed on Friday. I'll ask the owner to keep your offer on record, and I'll phone you by five.
is-it-final-reply-3-wording-4 = Nie będę pani zwodzić: sprzedane, właścicielka złożyła podpis w piątek. Zwrócę się do niej, by zachowała pani propozycję w ewidencji, a do siedemnastej dostanie pani ode mnie telefon.

# en: It's gone, but I'll ask her to keep your offer. Call you by five.
is-it-final-reply-3-wording-5 = Sprzedane, ale poproszę o zachowanie pani oferty. Zadzwonię do 17.

# en: the owner signed on friday so yes its gone, sorry. i'll ask her to keep your offer just in case and you'll hear from me by 5
is-it-final-reply-3-wording-6 = właścicielka podpisała w piątek, więc tak, mieszkania już nie ma, przykro mi. poproszę ją, żeby na wszelki wypadek zatrzymała pani ofertę, a do 17 ma pani ode mnie telefon

# en: Hard news said plainly, then the one thing you can really do, with a time that depends only on you. After a week of silence a straight answer is worth more than hope.
is-it-final-reply-3-feedback = Zła wiadomość powiedziana wprost, a potem jedyna rzecz, którą naprawdę możesz zrobić, z godziną, która zależy tylko od ciebie. Po tygodniu ciszy prosta odpowiedź jest warta więcej niż nadzieja.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = Na pewno? Gábor też był pewny. „Zadzwonię jutro”, tak powiedział.

# en: You're right to ask. The flat is the owner's decision, not mine, so I can't promise it. I can promise her answer, from me, by five today.
overpromise-doubt-reply-1 = Słusznie pani pyta. O mieszkaniu decyduje właścicielka, nie ja, więc tego nie obiecam. Za to dziś do siedemnastej przekażę pani jej odpowiedź.

# en: Fair question. Whether you get the flat is up to the owner, so I can't guarantee that. What I can guarantee is that you'll hear her answer from me before five o'clock today.
overpromise-doubt-reply-1-wording-1 = Dobrze, że pani o to pyta. To właścicielka decyduje o mieszkaniu, a nie ja, dlatego tego nie obiecam. Obiecuję natomiast, że jej odpowiedź przekażę pani dzisiaj przed piątą.

# en: I can't promise the flat, only that you'll hear her answer by five.
overpromise-doubt-reply-1-wording-2 = Mieszkania nie obiecam, decyduje właścicielka; jej odpowiedź dam pani do 17.

# en: good point tbh. the flat's the owner's call not mine so i won't promise it, but i will promise you'll hear back from me with her answer by 5 today
overpromise-doubt-reply-1-wording-3 = ma pani racje, ze pani dopytuje. decyzja nalezy do wlascicielki, wiec sie nie zobowiaze, ale do 17 dam znac, co odpowiedziala

# en: Good question. It's the owner who decides about the flat, so that's not something I can guarantee, but you'll have her answer from me before five today.
overpromise-doubt-reply-1-wording-4 = Dobre pytanie. O mieszkaniu rozstrzyga właścicielka, więc tego nie mogę zagwarantować, ale jej odpowiedź dostanie pani ode mnie dzisiaj przed siedemnastą.

# en: I can't promise the flat, but I'll call you by five.
overpromise-doubt-reply-1-wording-5 = Mieszkania nie obiecam, ale zadzwonię do 17.

# en: Fair to doubt me. I won't promise you the flat, that's her decision, but her answer will come from me personally by 5 o'clock today.
overpromise-doubt-reply-1-wording-6 = Ma pani prawo mi nie dowierzać. Mieszkania nie obiecuję, bo to jej decyzja, ale jej odpowiedź przekażę pani osobiście dziś do 17.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you cannot.
overpromise-doubt-reply-1-feedback = Wycofanie własnej obietnicy jest trudne, i słuszne. Właśnie przypomniała ci, jak skończyło się poprzednie „na pewno”; mniejsza obietnica, której dotrzymasz, buduje więcej zaufania niż duża, której nie dotrzymasz.

# en: This time it's different, I promise you. You have my word, Ms Farkas: one way or another, I'll get you that flat back, whatever it takes.
overpromise-doubt-reply-2 = Tym razem będzie inaczej, obiecuję. Daję pani słowo, pani Dóro: tak czy inaczej, odzyskam dla pani to mieszkanie, choćby nie wiem co.

# en: It won't be like last time, I promise. I give you my word, Ms Farkas: somehow or other I'll get that flat back for you, no matter what.
overpromise-doubt-reply-2-wording-1 = Tym razem tak nie będzie, słowo honoru. Pani Dóro, obiecuję, że bez względu na wszystko to mieszkanie będzie pani.

# en: I promise you, I'll win that flat back for you, whatever happens.
overpromise-doubt-reply-2-wording-2 = Daję słowo: odzyskam to mieszkanie dla pani, cokolwiek się stanie.

# en: this time is different, honestly. you have my word, i'll get kárpát street back for you one way or another, whatever it takes
overpromise-doubt-reply-2-wording-3 = obiecuje pani, teraz bedzie inaczej. zalatwie pani to mieszkanie z powrotem, nie ma innej opcji, slowo

# en: It's not going to be like that this time, Ms Farkas, I swear. I'll get Kárpát Street back for you, no matter what it takes.
overpromise-doubt-reply-2-wording-4 = Tym razem tak nie będzie, pani Dóro, przysięgam. Odzyskam dla pani mieszkanie przy Kárpát, cokolwiek trzeba będzie zrobić.

# en: Trust me, I'll get the flat back for you.
overpromise-doubt-reply-2-wording-5 = Proszę mi zaufać, odzyskam dla pani to mieszkanie.

# en: you have my word, whatever it takes that flat will be yours again, this time is different
overpromise-doubt-reply-2-wording-6 = ma pani moje słowo, cokolwiek będzie trzeba, to mieszkanie znowu będzie pani, tym razem jest inaczej

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = Powiedziała ci wprost, dlaczego nie wierzy w obietnice, a ty, zamiast sprawdzić swoją, podwajasz stawkę. Jeśli właścicielka odmówi, tym razem złamane zostanie twoje słowo.

# en: Well, I'm not Gábor. I don't leave my clients hanging like that, and I'll be ringing the owner myself this morning, not waiting for anyone to get back to me.
overpromise-doubt-reply-3 = No cóż, ja nie jestem Gáborem. Nie zostawiam swoich klientów na lodzie i jeszcze dziś rano osobiście zadzwonię do właścicielki, nie będę na nikogo czekać.

# en: Well, I'm not Gábor, and I don't leave people in the lurch like he does, and I'll be phoning the owner personally this morning instead of waiting around for someone to call back.
overpromise-doubt-reply-3-wording-1 = Proszę pani, ja to nie Gábor. Nie porzucam swoich klientów i jeszcze przed południem dzwonię do właścicielki, bez oglądania się na innych.

# en: I'm not Gábor, and I never leave clients waiting. I'll call the owner myself.
overpromise-doubt-reply-3-wording-2 = Ja to nie Gábor, nie zostawiam klientów; dziś rano dzwonię do właścicielki.

# en: look, i'm a different person from gabor. i don't leave people dangling, i'm calling the owner personally this morning rather than waiting on anyone
overpromise-doubt-reply-3-wording-3 = prosze mnie z Gáborem nie mylic. ja klientow nie olewam i zaraz z rana dzwonie do wlascicielki, na nikogo nie bede sie ogladac

# en: I'm nothing like Gábor. I don't keep my clients waiting, and I'm calling the owner personally this morning instead of sitting around for a reply.
overpromise-doubt-reply-3-wording-4 = Ja w niczym nie przypominam Gábora. Nie każę klientom czekać i dziś rano osobiście dzwonię do właścicielki, zamiast siedzieć i czekać na odpowiedź.

# en: I'm not Gábor, I don't leave people waiting.
overpromise-doubt-reply-3-wording-5 = Nie jestem Gáborem, nie każę ludziom czekać.

# en: Unlike Gábor, I actually follow up with my clients. I'll phone the owner myself this morning rather than wait for someone to ring back.
overpromise-doubt-reply-3-wording-6 = W przeciwieństwie do Gábora ja faktycznie pilnuję swoich klientów. Dziś rano dzwonię do właścicielki osobiście, zamiast czekać, aż ktoś oddzwoni.

# en: Putting distance between yourself and Gábor makes the office sound divided, and it leaves the real question, whether you can deliver the flat, unanswered.
overpromise-doubt-reply-3-feedback = Odcinając się od Gábora, pokazujesz podzielone biuro, a prawdziwe pytanie, czy możesz załatwić to mieszkanie, zostaje bez odpowiedzi.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = Nasłuchałam się już w tym biurze dość wymówek. Proszę zawołać kogoś, kto tu jest szefem.

# en: Of course. I'll brief her on everything myself, the offer, the missed call, the Friday sale, so you needn't repeat a word. And I'll stay with you.
late-manager-reply-1 = Oczywiście. Osobiście opowiem kierowniczce wszystko, ofertę, brak telefonu, piątkową sprzedaż, żeby nie musiała pani niczego powtarzać. I przez cały czas zostanę z panią.

# en: Certainly. I'll fill her in on the whole thing myself, your offer, the call that never came and the sale on Friday, so you don't have to tell it again. And I'll be there with you.
late-manager-reply-1-wording-1 = Jasne. Przekażę kierowniczce całą historię, od pani oferty przez telefon, którego nie było, po sprzedaż w piątek, żeby nie musiała pani nic powtarzać. I będę przy pani do końca.

# en: Sure. I'll fill her in on everything and stay with you.
late-manager-reply-1-wording-2 = Opowiem kierowniczce wszystko za panią i zostanę przy pani.

# en: sure. i'll explain it all to her first, the offer, the call you never got, the sale on friday. you won't need to go through it again, and i'll stay beside you
late-manager-reply-1-wording-3 = oczywiscie, wprowadze szefowa w cala sprawe: oferta, zero telefonu, sprzedaz w piatek, zeby pani nie musiala tego wszystkiego mowic od nowa, i bede z pania caly czas

# en: Absolutely. Before you meet her I'll give her all the details, Tuesday's offer, the promised call, the Friday sale, so you don't have to go through it twice. I'll be right there with you too.
late-manager-reply-1-wording-4 = Oczywiście. Zanim się z nią pani spotka, przekażę jej wszystkie szczegóły: wtorkową ofertę, obiecany telefon, piątkową sprzedaż, żeby nie musiała pani przechodzić przez to drugi raz. I usiądę tam razem z panią.

# en: Sure, I'll explain it all to her and stay with you.
late-manager-reply-1-wording-5 = Jasne, wszystko jej wyjaśnię i zostanę z panią.

# en: Ms Farkas, I'll get her and brief her on the whole thing myself so you don't repeat a word, and I'm staying with you while you talk.
late-manager-reply-1-wording-6 = Pani Dóro, przyprowadzę ją i osobiście wprowadzę w całą sprawę, żeby nie musiała pani powtarzać ani słowa, a w trakcie rozmowy nie odejdę od pani.

# en: A proper handover: she will not have to tell the story a third time, and you stay beside her. The best reply also acted before two o'clock, so her morning was not one more wait.
late-manager-reply-1-feedback = Porządne przekazanie: nie będzie musiała opowiadać historii po raz trzeci, a ty zostajesz przy niej. Najlepsza odpowiedź zadziałała jeszcze przed czternastą, więc jej poranek nie stał się kolejnym czekaniem.

# en: Of course, if you'd like. First let me do what should have happened last week: ring the owner now, so you hear her answer from me.
late-manager-reply-2 = Oczywiście, jeśli pani chce. Ale najpierw zrobię to, co należało zrobić tydzień temu: zadzwonię do właścicielki, a odpowiedź usłyszy pani ode mnie.

# en: Certainly, if that's what you want. But before that, let me do what we ought to have done last week and phone the owner right now, so you get her answer straight from me.
late-manager-reply-2-wording-1 = Jeśli pani sobie życzy, to oczywiście. Najpierw jednak zrobię to, co powinno się stać tydzień temu: wykręcę numer właścicielki, a jej odpowiedź przekażę pani osobiście.

# en: Sure, but first let me call the owner right now.
late-manager-reply-2-wording-2 = Dobrze, ale najpierw dzwonię do właścicielki, jak należało tydzień temu.

# en: of course if you want. but before that let me do what we should have done last week, i'll call the owner now and you'll hear her reply from me
late-manager-reply-2-wording-3 = jasne, jak pani chce. ale zanim to, zadzwonie do wlascicielki, tak jak trzeba bylo zrobic juz w zeszlym tygodniu, i to ja pani powiem, co odpowiedziala

# en: You can see her if you wish. But first, let me do what we failed to do last week and phone the owner now, so her answer comes straight from me.
late-manager-reply-2-wording-4 = Może pani się z nią zobaczyć, jeśli pani chce. Ale najpierw pozwoli pani, że nadrobię to, czego nie zrobiliśmy w zeszłym tygodniu, i od razu zatelefonuję do właścicielki, żeby jej odpowiedź przekazać pani bezpośrednio.

# en: Of course, but let me ring the owner first.
late-manager-reply-2-wording-5 = Oczywiście, ale najpierw zadzwonię do właścicielki.

# en: before I get the manager, let me call the owner right now, while you're here, which is what should have happened last week
late-manager-reply-2-wording-6 = zanim zawołam szefową, pozwoli pani, że od razu zadzwonię do właścicielki, póki pani tu jest, bo to trzeba było zrobić już w zeszłym tygodniu

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, watching you pick up the phone convinces her more than anything you could say.
late-manager-reply-2-feedback = Zostawiasz jej wybór i proponujesz działanie na jej oczach. Po tygodniu czekania na telefon widok, jak podnosisz słuchawkę, przekonuje ją bardziej niż jakiekolwiek słowa.

# en: Certainly. If you'd like to take a seat by the window, I'll let the office manager know you're waiting to see her when she's free.
late-manager-reply-3 = Naturalnie. Jeśli zechce pani usiąść przy oknie, dam znać kierowniczce biura, że pani czeka, i przyjmie panią, jak tylko będzie wolna.

# en: Of course. Please have a seat near the window and I'll tell the manager you'd like to see her once she's available.
late-manager-reply-3-wording-1 = Oczywiście. Proszę zająć miejsce przy oknie, powiem kierowniczce, że pani na nią czeka, a ona przyjmie panią, gdy tylko się zwolni.

# en: Certainly, have a seat and I'll tell the manager you're waiting.
late-manager-reply-3-wording-2 = Proszę usiąść przy oknie, kierowniczka przyjmie panią, gdy będzie wolna.

# en: sure thing, grab a chair over near the window, i'll let her know you're here and want a word when she's got a moment
late-manager-reply-3-wording-3 = jasne, niech pani sobie usiadzie tam pod oknem, dam cynk szefowej, ze ktos na nia czeka, i jak sie zwolni, to pania poprosi

# en: Of course. Please sit down by the window, and I'll tell the office manager you'd like to see her as soon as she's free.
late-manager-reply-3-wording-4 = Oczywiście. Proszę usiąść przy oknie, a ja przekażę kierowniczce biura, że chciałaby pani z nią porozmawiać, gdy tylko będzie wolna.

# en: Sure, please wait there and I'll tell the manager.
late-manager-reply-3-wording-5 = Jasne, proszę tam poczekać, dam znać kierowniczce.

# en: If you'd like to wait by the window, I'll let the office manager know you're here to see her, Ms Farkas.
late-manager-reply-3-wording-6 = Jeśli zechce pani poczekać przy oknie, poinformuję kierowniczkę, że przyszła pani do niej, pani Dóro.

# en: Polite, and it is the third hand-off of her week: Gábor, the message on Thursday, now a seat by the window. Nothing of her story goes with her, so she decides not to wait.
late-manager-reply-3-feedback = Uprzejmie, a to już trzecie odesłanie w jej tygodniu: Gábor, wiadomość w czwartek, teraz krzesło przy oknie. Nic z jej historii nie idzie razem z nią, więc postanawia nie czekać.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can, and she'll tell you exactly the same thing.
late-manager-reply-4 = Szczerze mówiąc, nie ma to sensu. Kierowniczka nie cofnie podpisanej rezerwacji, tak samo jak ja, i powie pani dokładnie to samo co ja.

# en: Honestly, there's no point. The manager can't reverse a signed reservation either; she'll just say the same as me.
late-manager-reply-4-wording-1 = Powiem szczerze, to nic nie da. Kierowniczka, tak samo jak ja, nie unieważni podpisanej rezerwacji i usłyszy pani od niej to samo.

# en: No point; the manager can't undo it either.
late-manager-reply-4-wording-2 = Nie ma sensu, kierowniczka też nie cofnie rezerwacji.

# en: tbh it's pointless, she can't cancel a signed reservation either, you'd just get the same answer from her
late-manager-reply-4-wording-3 = serio, szkoda pani czasu. szefowa tez nie odkreci podpisanej rezerwacji i powie pani slowo w slowo to co ja

# en: Seeing the manager won't help, honestly. A signed reservation can't be reversed by her or by me, and she'd give you the same answer.
late-manager-reply-4-wording-4 = Szczerze, spotkanie z kierowniczką nic nie pomoże. Podpisanej rezerwacji nie cofnie ani ona, ani ja, a odpowiedź będzie ta sama.

# en: It's pointless, the manager can't change anything either.
late-manager-reply-4-wording-5 = To bez sensu, kierowniczka też nic nie zmieni.

# en: the reservation is signed, so she can't undo it any more than i can. you'll just hear the same thing from her
late-manager-reply-4-wording-6 = rezerwacja jest podpisana, więc ona nie ma jak jej unieważnić, tak samo jak ja. po prostu usłyszy pani to samo drugi raz

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-4-feedback = Zamykasz ostatnie drzwi, o które prosiła. Nawet jeśli odpowiedź byłaby ta sama, odmowa wysłuchania mówi człowiekowi, żeby wyszedł.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = I co dalej? Do końca przyszłego miesiąca i tak muszę się wyprowadzić.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = Konkretny krok, godzina i sposób, w jaki się z nią skontaktujesz: wszystko zależne tylko od ciebie. Wykorzystaj to, co już ci powiedziała, zamiast pytać od nowa.

# en: I'll send you a shortlist by ten tomorrow: flats like Kárpát Street, up to 38.5 million, walking distance from your daughter's school.
next-step-reply-1 = Jutro do dziesiątej wyślę pani listę: mieszkania jak to przy Kárpát, do 38,5 miliona, kilka minut piechotą od szkoły córki.

# en: By ten o'clock tomorrow you'll have a shortlist from me: flats similar to Kárpát Street, no more than 38.5 million, within walking distance of your daughter's school.
next-step-reply-1-wording-1 = Do jutra do dziesiątej prześlę pani zestawienie mieszkań podobnych do tego przy Kárpát, w budżecie 38,5 miliona i blisko szkoły córki.

# en: Shortlist by 10 tomorrow: under 38.5 million, near the school.
next-step-reply-1-wording-2 = Jutro do 10 wyślę listę: do 38,5 mln, blisko szkoły.

# en: i'll email you a list of places by 10am tomorrow, similar to the karpat street one, max 38.5m, close enough to walk to the school
next-step-reply-1-wording-3 = jutro przed 10 ma pani ode mnie maila z ofertami w stylu tego z Kárpát, max 38,5 mln, tak zeby corka miala pare minut pieszo do szkoly

# en: You'll get a shortlist from me by 10 am tomorrow with properties like the Kárpát Street one, within 38.5 million, all a short walk from the school.
next-step-reply-1-wording-4 = Jutro do dziesiątej rano dostanie pani ode mnie krótką listę nieruchomości podobnych do tej przy Kárpát, w granicach 38,5 miliona, wszystkie niedaleko szkoły.

# en: I'll send you flats near the school by ten tomorrow.
next-step-reply-1-wording-5 = Jutro do 10 podeślę pani mieszkania blisko szkoły.

# en: by 10 tomorrow morning, a list of flats like karpat street, max 38.5 million, walkable to your daughters school. you'll have it from me
next-step-reply-1-wording-6 = jutro do 10 rano wyślę zestawienie: podobne do Kárpát, nie drożej niż 38,5 mln, tak żeby córka mogła chodzić do szkoły na piechotę. ode mnie osobiście

# en: You remembered her budget and the school and turned them into a shortlist with a time on it. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = Pamiętasz jej budżet i szkołę, i robisz z nich listę z konkretną godziną. Nie musi się powtarzać i wie, kiedy się od ciebie odezwiesz.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and roughly what's your budget?
next-step-reply-2 = W takim razie zacznijmy nowe poszukiwania. Czego dokładnie pani szuka: ile pokoi, jaka okolica i mniej więcej jaki budżet?

# en: Okay, let's begin a new search then. Tell me what you need: number of rooms, which neighbourhood, and what sort of budget?
next-step-reply-2-wording-1 = W porządku, zacznijmy szukać od nowa. Proszę mi powiedzieć, czego pani potrzebuje: ile pokoi, w jakiej dzielnicy i w jakim budżecie?

# en: So what are you after: rooms, area, budget?
next-step-reply-2-wording-2 = Zacznijmy od nowa: ile pokoi, gdzie i za ile?

# en: ok lets start from scratch. what kind of place do you want, how many bedrooms, what area, and what's your price range roughly?
next-step-reply-2-wording-3 = ok, to ruszamy z nowym szukaniem. ile pokoi pani interesuje, ktora dzielnica i jaka mniej wiecej kwota wchodzi w gre?

# en: Then let's start looking again from the beginning. How many rooms do you need, where would you like to live, and how much can you spend?
next-step-reply-2-wording-4 = To zacznijmy poszukiwania od samego początku. Ilu pokoi pani potrzebuje, gdzie chciałaby pani mieszkać i ile może pani wydać?

# en: Okay, new search. How many rooms and what budget?
next-step-reply-2-wording-5 = Dobrze, nowe szukanie. Ile pokoi i jaki budżet?

# en: so tell me what you want in a new place: size, location, price range?
next-step-reply-2-wording-6 = to proszę mi powiedzieć, czego pani oczekuje od nowego mieszkania: metraż, lokalizacja, przedział cenowy?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her this office still does not listen.
next-step-reply-2-feedback = Chętny początek, ale ofertę i szkołę już ci podała, a resztę pokazuje mieszkanie przy Kárpát. Pytając znowu, mówisz jej, że to biuro nadal nie słucha.

# en: I'll send Gábor a note to put a few options together for you. He knows your search best, and he's back from his viewing this afternoon.
next-step-reply-3 = Napiszę do Gábora, żeby przygotował dla pani kilka propozycji. On najlepiej zna pani poszukiwania, a po południu wraca z prezentacji.

# en: I'll ask Gábor to put together some options for you. He's most familiar with what you're after, and he'll be back from the viewing later today.
next-step-reply-3-wording-1 = Dam znać Gáborowi, żeby przygotował pani parę ofert. Zna pani wymagania najlepiej, a po południu będzie już po prezentacji.

# en: I'll get Gábor to send you a few options.
next-step-reply-3-wording-2 = Poproszę Gábora, żeby podesłał pani propozycje, on zna temat.

# en: i'll drop gabor a message to pull some flats together, he knows what you're looking for and he's back this afternoon
next-step-reply-3-wording-3 = napisze do Gábora, zeby cos pani wyszukal, w koncu on wie najlepiej, czego pani szuka, a po poludniu juz bedzie w biurze

# en: I'll leave Gábor a message asking him to find you some flats. He knows your search best, and he'll be back this afternoon after his viewing.
next-step-reply-3-wording-4 = Zostawię Gáborowi wiadomość, żeby poszukał dla pani mieszkań. To on prowadzi pani poszukiwania, a po południu, po prezentacji, będzie w biurze.

# en: I'll ask Gábor to find you some flats.
next-step-reply-3-wording-5 = Poproszę Gábora, żeby znalazł pani mieszkania.

# en: gabor knows what you're after better than anyone, i'll message him to send you some options when he's back later
next-step-reply-3-wording-6 = Gábor najlepiej wie, czego pani szuka, napiszę mu, żeby podesłał pani jakieś opcje, jak wróci później

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = Oddajesz ją z powrotem koledze, którego obietnica zawiodła, i to bez żadnego terminu. To to samo otwarte „odezwie się”, przez które straciła mieszkanie.

# en: I'll start on it today, and I'm confident we'll find you something near the school well before the end of next month.
next-step-reply-4 = Zajmę się tym jeszcze dziś i nie mam wątpliwości, że znajdziemy coś w pobliżu szkoły na długo przed końcem przyszłego miesiąca.

# en: I'll get going today, and I'm sure we'll have found you somewhere near the school long before your move-out date.
next-step-reply-4-wording-1 = Biorę się za to jeszcze dziś i proszę się nie martwić: coś koło szkoły na pewno się znajdzie, zanim będzie pani musiała się wyprowadzić.

# en: I'm sure we'll get you somewhere near the school in time.
next-step-reply-4-wording-2 = Dziś się tym zajmę; na pewno coś koło szkoły znajdziemy na czas.

# en: i'll get started today and honestly i'm confident we'll have a place near the school for you way before your notice is up
next-step-reply-4-wording-3 = siadam do tego dzisiaj i bez obaw, znajdziemy cos blisko szkoly grubo przed terminem wyprowadzki

# en: I'm starting on this today, and I have no doubt we'll have a place near the school for you long before you need to move out.
next-step-reply-4-wording-4 = Ruszam z tym od dziś i ręczę, że lokum niedaleko szkoły będzie na panią czekać dużo wcześniej, niż trzeba się będzie wyprowadzić.

# en: Don't worry, we'll definitely find you something in time.
next-step-reply-4-wording-5 = Spokojnie, na pewno znajdziemy coś na czas.

# en: Well before the end of next month, you'll have somewhere near the school, I'm sure of it. I'll get cracking today.
next-step-reply-4-wording-6 = Na długo przed końcem przyszłego miesiąca będzie pani miała coś koło szkoły, gwarantuję. Dziś się do tego zabieram.

# en: You took it on and kept the school in mind, which she notices. But 'we'll find you something' depends on what comes onto the market; the best reply promised a shortlist and a time, which depend only on you.
next-step-reply-4-feedback = Bierzesz to na siebie i pamiętasz o szkole, co ona zauważa. Ale „znajdziemy coś” zależy od tego, co pojawi się na rynku; najlepsza odpowiedź obiecała listę i godzinę, a to zależy tylko od ciebie.

# en: And the loan? The bank's offer runs out on the 30th. If I haven't signed anything by then, I have to apply all over again, at whatever rate they're charging by then.
loan-deadline-says-1 = A kredyt? Promesa z banku wygasa trzydziestego. Jeśli do tego czasu niczego nie podpiszę, muszę składać wniosek od nowa, po takim oprocentowaniu, jakie wtedy będzie.

# en: You cannot deal with her bank; a colleague in the office can. How do you hand her over without dropping her?
loan-deadline-hint = Z jej bankiem tego nie załatwisz; koleżanka w biurze tak. Jak ją przekazać, żeby nie poczuła się porzucona?

# en: Don't worry about the loan. Banks extend these offers all the time; I'm sure yours will give you another month without any problem at all.
loan-deadline-reply-1 = Kredytem proszę się nie martwić. Banki ciągle przedłużają takie promesy; pani bank na pewno da jeszcze miesiąc, bez żadnego problemu.

# en: Please don't worry about the mortgage. Banks extend these offers constantly; I'm certain yours will give you an extra month, no problem.
loan-deadline-reply-1-wording-1 = O kredyt niech się pani nie martwi. Banki na okrągło przedłużają promesy, więc pani bank na pewno doda jeszcze miesiąc, to żaden kłopot.

# en: Don't worry, your bank will surely extend it.
loan-deadline-reply-1-wording-2 = Spokojnie, bank na pewno przedłuży promesę o miesiąc.

# en: oh don't stress about the loan, banks push these deadlines back all the time, im sure yours will let you have a few more weeks easily
loan-deadline-reply-1-wording-3 = z kredytem luz, banki non stop przedluzaja promesy, wiec pani bank na bank da jeszcze miesiac

# en: The loan will be fine. Banks give extensions like this constantly, so I'm sure yours will add another month without any fuss.
loan-deadline-reply-1-wording-4 = Z kredytem wszystko będzie dobrze. Banki cały czas dają takie przedłużenia, więc pani bank z pewnością doliczy miesiąc bez żadnych ceregieli.

# en: Relax, the bank will give you more time.
loan-deadline-reply-1-wording-5 = Bez obaw, bank da pani więcej czasu.

# en: honestly your bank will extend the offer, they always do, another month wont be a problem
loan-deadline-reply-1-wording-6 = szczerze, pani bank przedłuży tę promesę, zawsze tak robią, miesiąc więcej to żaden problem

# en: Reassuring, but you have no idea what her bank will do, and neither does she. If they say no, she will remember who told her not to worry.
loan-deadline-reply-1-feedback = Uspokajające, ale nie masz pojęcia, co zrobi jej bank, i ona też nie. Jeśli odmówią, zapamięta, kto jej mówił, żeby się nie martwiła.

# en: That's one for Eszter, our mortgage adviser; she's free now. I'll take you to her, tell her your story, and stay until she has it.
loan-deadline-reply-2 = To sprawa dla Eszter, naszej doradczyni kredytowej; jest teraz wolna. Zaprowadzę panią, opowiem jej pani historię i zostanę, dopóki nie przejmie sprawy.

# en: Our mortgage adviser, Eszter, can help with that, and she's available right now. I'll walk you over, explain everything to her myself, and stay until she's up to speed.
loan-deadline-reply-2-wording-1 = Tym zajmie się Eszter, nasza doradczyni od kredytów, akurat ma wolne. Pójdę z panią, przedstawię jej całą sytuację i będę obok, aż wszystko od pani przejmie.

# en: Eszter, our mortgage adviser, is free; I'll take you and brief her.
loan-deadline-reply-2-wording-2 = Zaprowadzę panią do Eszter, opowiem jej wszystko i zostanę z panią.

# en: that's something eszter can help with, she's our mortgage person and she's free at the moment. i'll bring you over, fill her in and stick around till she's got it all
loan-deadline-reply-2-wording-3 = z tym najlepiej do Eszter, ona u nas robi kredyty i teraz jest wolna. chodzmy razem, wprowadze ja w temat i posiedze z pania, az ona to ogarnie

# en: Eszter, who handles mortgages here, has time right now. I'll bring you to her myself, go through your situation with her, and stay with you until she understands it.
loan-deadline-reply-2-wording-4 = Eszter, która zajmuje się u nas kredytami hipotecznymi, ma teraz czas. Osobiście panią do niej zaprowadzę, omówię z nią pani sytuację i zostanę z panią, aż wszystko zrozumie.

# en: I'll bring you to Eszter now and stay while I explain.
loan-deadline-reply-2-wording-5 = Zaprowadzę panią teraz do Eszter i zostanę, jak będę tłumaczyć.

# en: our mortgage adviser eszter is free right now, come with me, i'll give her the full story and stay with you till she's across it
loan-deadline-reply-2-wording-6 = Pani Dóro, nasza specjalistka od kredytów, Eszter, akurat nie ma klienta. Zaprowadzę panią do niej, zreferuję jej sprawę i pozostanę przy rozmowie, dopóki nie będzie miała pełnego obrazu.

# en: Handing over was right: you cannot talk to her bank, Eszter does every day. You said who and why, carried her story over yourself and stayed, so this hand-off feels like help, not like being passed on again.
loan-deadline-reply-2-feedback = Przekazanie było słuszne: ty nie rozmawiasz z jej bankiem, Eszter robi to codziennie. Mówisz, do kogo i dlaczego, osobiście przenosisz jej historię i zostajesz, więc to przekazanie jest pomocą, a nie kolejnym odesłaniem.

# en: That's one for our mortgage adviser, Eszter. Her desk is at the end of the corridor on the left; just tell her what's happened.
loan-deadline-reply-3 = To sprawa dla naszej doradczyni kredytowej, Eszter. Jej biurko jest na końcu korytarza po lewej; proszę jej po prostu powiedzieć, co się stało.

# en: Eszter, our mortgage adviser, handles that. You'll find her desk at the far end of the hallway, on the left; just explain what happened.
loan-deadline-reply-3-wording-1 = Z tym trzeba do Eszter, naszej doradczyni od kredytów. Ma biurko na samym końcu, po lewej stronie korytarza; wystarczy, że pani jej wszystko opowie.

# en: See Eszter, our mortgage adviser, down the corridor; tell her everything.
loan-deadline-reply-3-wording-2 = Proszę podejść do Eszter na końcu korytarza i jej wszystko opowiedzieć.

# en: you want eszter for that, she does mortgages. last desk on the left down the hall, just explain the situation to her
loan-deadline-reply-3-wording-3 = kredyty to dzialka Eszter, ostatnie biurko w korytarzu, lewa strona. niech pani do niej podejdzie i wytlumaczy jej, co sie stalo

# en: Go and speak to Eszter, she deals with mortgages. She sits at the end of the corridor on the left, you can tell her about it yourself.
loan-deadline-reply-3-wording-4 = Proszę pójść porozmawiać z Eszter, ona zajmuje się kredytami. Siedzi na końcu korytarza po lewej, może jej pani sama wszystko opowiedzieć.

# en: Ask Eszter about that, her desk is down the corridor.
loan-deadline-reply-3-wording-5 = Proszę zapytać Eszter, jej biurko jest w głębi korytarza.

# en: For the loan you need Eszter, our mortgage adviser. Her desk is at the far end of the corridor, left-hand side; just explain it to her.
loan-deadline-reply-3-wording-6 = W kwestii kredytu właściwą osobą jest pani Eszter, nasza doradczyni. Urzęduje przy ostatnim biurku w korytarzu, po lewej stronie; proszę jej przedstawić sprawę.

# en: Eszter is the right person, but 'just tell her what's happened' means Dóra tells the whole week again, to a stranger, down a corridor. A transfer without the story is one more hand-off.
loan-deadline-reply-3-feedback = Eszter to właściwa osoba, ale „proszę jej po prostu powiedzieć” oznacza, że Dóra opowie cały tydzień od nowa, obcej osobie, na końcu korytarza. Przekazanie bez historii to tylko kolejne odesłanie.

# en: I'm afraid the loan is really between you and your bank. We can't get involved in that side of things, but we'll do our best on the flat.
loan-deadline-reply-4 = Obawiam się, że kredyt to naprawdę sprawa między panią a bankiem. W to nie możemy się angażować, ale z mieszkaniem zrobimy, co się da.

# en: I'm sorry, but the loan is something for you and the bank to sort out. We can't get involved with that part, but we'll do what we can about the flat.
loan-deadline-reply-4-wording-1 = Niestety kredyt to już kwestia między panią a bankiem i nie możemy się w to mieszać. W sprawie mieszkania zrobimy wszystko, co w naszej mocy.

# en: The loan's a matter for you and the bank, I'm afraid.
loan-deadline-reply-4-wording-2 = Kredyt to pani sprawa z bankiem, w to się nie wtrącamy.

# en: unfortunately the mortgage side is really up to you and the bank, it's not something we can help with, but we'll try our best with the flat
loan-deadline-reply-4-wording-3 = niestety w kredyt nie mozemy wchodzic, to sie rozgrywa pomiedzy pania i bankiem. za to przy mieszkaniu pomozemy, jak sie da

# en: The loan isn't something our office can deal with, I'm afraid; that's for you and your bank. We'll focus on finding you a flat.
loan-deadline-reply-4-wording-4 = Obawiam się, że kredytem nasze biuro się nie zajmuje; to kwestia pani i banku. My skupimy się na znalezieniu mieszkania.

# en: Sorry, the loan is your bank's business, not ours.
loan-deadline-reply-4-wording-5 = Przykro mi, kredyt to sprawa pani banku, nie nasza.

# en: we cant really help with the mortgage, that's between you and the bank, but we will try hard on the flat side
loan-deadline-reply-4-wording-6 = kredyt to nie nasza działka, tym musi się pani zająć z bankiem, za to w szukaniu mieszkania damy z siebie wszystko

# en: Strictly true for you, but the office has a mortgage adviser a few metres away. 'We can't get involved' leaves her alone with the deadline that frightens her most.
loan-deadline-reply-4-feedback = Formalnie prawda, ale biuro ma doradczynię kredytową kilka metrów dalej. „Nie możemy się angażować” zostawia ją samą z terminem, którego boi się najbardziej.

# en: And who's going to ring me this time? You? No offence, but you're all the same in here: a nice smile, a promise, and then nothing. Why should I believe a word you say?
who-calls-says-1 = A kto tym razem do mnie zadzwoni? Znowu ktoś zza tego biurka? Bez urazy, ale wszyscy tu jesteście tacy sami: miły uśmiech, obietnica, a potem nic. Dlaczego mam wierzyć choć jednemu waszemu słowu?

# en: Right. And who rings me? You? You'll have forgotten my name by lunchtime, like the rest of them. Why should I believe you?
who-calls-says-2 = No dobrze. A kto do mnie zadzwoni? Ktoś zza tego biurka, kto do obiadu zapomni, jak się nazywam, jak cała reszta? Dlaczego miałabym wierzyć?

# en: The words are aimed at you, but the anger is about a week of silence. What would make her believe you, apart from saying so?
who-calls-hint = Słowa są skierowane do ciebie, ale złość dotyczy tygodnia ciszy. Co sprawiłoby, że ci uwierzy, poza zapewnieniem?

# en: With respect, Ms Farkas, that's not fair. I've been doing this job for eight years, and I've never once left a client waiting for a call.
who-calls-reply-1 = Z całym szacunkiem, pani Dóro, to niesprawiedliwe. Pracuję w tym zawodzie od ośmiu lat i jeszcze nigdy nie zdarzyło mi się kazać klientowi czekać na telefon.

# en: With all due respect, Ms Farkas, that's unfair. I've worked here eight years and not once have I kept a client hanging on for a callback.
who-calls-reply-1-wording-1 = Przepraszam, pani Dóro, ale to krzywdzące. Od ośmiu lat pracuję w tej branży i ani razu żaden klient nie musiał czekać na mój telefon.

# en: That's not fair; in eight years I've never left a client waiting.
who-calls-reply-1-wording-2 = To niesprawiedliwe; przez osiem lat nikt nie czekał na mój telefon.

# en: sorry but that's not fair on me. i've done this job for 8 years and never once kept anyone waiting on a call
who-calls-reply-1-wording-3 = no, z calym szacunkiem, ale tu pani przesadza. osiem lat jestem w zawodzie i jeszcze zaden moj klient nie wisial na telefonie, czekajac na mnie

# en: That's unjust, Ms Farkas. In eight years in this job I have never failed to call a client back.
who-calls-reply-1-wording-4 = Tak nie można, pani Dóro. Osiem lat robię to zawodowo i ani razu żaden klient nie został u mnie bez oddzwonienia.

# en: That's unfair, I always call my clients back.
who-calls-reply-1-wording-5 = To niesprawiedliwe, ja zawsze oddzwaniam do klientów.

# en: hang on, that's not fair. eight years I've done this and no client of mine has ever waited on a call
who-calls-reply-1-wording-6 = chwila, to nie fair. osiem lat w tym siedzę i żaden mój klient jeszcze nigdy nie czekał na telefon

# en: You took it personally and defended your record. She was not really talking about you; she was talking about a week of silence, and now she has to argue with you too.
who-calls-reply-1-feedback = Bierzesz to do siebie i bronisz swojej historii. Ona tak naprawdę nie mówiła o tobie, tylko o tygodniu ciszy, a teraz musi się kłócić jeszcze z tobą.

# en: I'm sorry you feel that way about me. I'm only trying to help you here, and I think I've been pretty patient with you so far.
who-calls-reply-2 = Przykro mi, że tak pani o mnie myśli. Próbuję tylko pani pomóc i chyba okazuję pani naprawdę dużo cierpliwości.

# en: I'm sorry you see me like that. I'm just trying to help, and I feel I've been quite patient with you up to now.
who-calls-reply-2-wording-1 = Szkoda, że ma pani o mnie takie zdanie. Staram się tylko pomóc i myślę, że wykazuję się naprawdę sporą cierpliwością.

# en: Sorry you see it like that; I've been very patient with you.
who-calls-reply-2-wording-2 = Przykro mi słyszeć taką opinię; cierpliwości mi przecież nie brakuje.

# en: well i'm sorry you think that about me. i'm just trying to help and honestly i've been really patient here
who-calls-reply-2-wording-3 = szkoda, ze pani mnie tak widzi. chce pani pomoc i chyba widac, ze mam do pani anielska cierpliwosc

# en: Sorry you think of me like that. I'm doing my best to help you, and I've shown you a lot of patience so far.
who-calls-reply-2-wording-4 = Przykro mi, że ma pani o mnie takie wyobrażenie. Robię, co mogę, żeby pani pomóc, i jak dotąd okazuję pani mnóstwo cierpliwości.

# en: Sorry you feel that way, I'm just trying to help.
who-calls-reply-2-wording-5 = Przykro mi, że pani tak to odbiera, chcę tylko pomóc.

# en: Ms Farkas, I've been very patient with you and I'm only here to help, so I'm sorry if you see me that way.
who-calls-reply-2-wording-6 = Pani Dóro, wykazuję wobec pani dużo cierpliwości i jestem tu wyłącznie po to, by pomóc, więc przykro mi, jeśli tak mnie pani postrzega.

# en: It sounds like an apology but it asks her to apologise to you. Pointing at your own patience tells her you took the remark to heart, and it leaves her question, who rings, unanswered.
who-calls-reply-2-feedback = Brzmi jak przeprosiny, ale w rzeczywistości oczekuje, że to ona przeprosi ciebie. Powołując się na swoją cierpliwość, pokazujesz, że ta uwaga cię dotknęła, a jej pytanie, kto zadzwoni, zostaje bez odpowiedzi.

# en: Between you and me, it's not the first time with Gábor. Don't judge the rest of us by him; I'll make sure he keeps away from your file.
who-calls-reply-3 = Między nami mówiąc, to nie pierwszy raz z Gáborem. Proszę nie oceniać nas wszystkich po nim; dopilnuję, żeby trzymał się z daleka od pani sprawy.

# en: Just between us, this isn't the first time Gábor's done this. Please don't tar the rest of us with the same brush; I'll see to it he stays away from your file.
who-calls-reply-3-wording-1 = Tak między nami, z Gáborem to nie pierwsza taka historia. Niech pani nie ocenia całego biura przez jego pryzmat; postaram się, żeby nie miał już nic wspólnego z pani sprawą.

# en: Between us, Gábor's done this before; don't judge us all by him.
who-calls-reply-3-wording-2 = Gábor nie pierwszy raz tak zawalił; odsunę go od pani sprawy.

# en: off the record, gabor's done this before. we're not all like him, and i'll make sure he doesn't touch your case again
who-calls-reply-3-wording-3 = powiem pani w sekrecie, ze Gábor juz wczesniej tak odstawial. niech pani nas wszystkich nie wrzuca do jednego worka, ja go od pani sprawy odsune

# en: Confidentially, Gábor has let clients down like this before. The rest of us aren't like that, and I'll keep him off your file.
who-calls-reply-3-wording-4 = Mówię to poufnie: Gábor już wcześniej tak zawodził klientów. Reszta z nas taka nie jest, a ja dopilnuję, żeby nie dotykał pani sprawy.

# en: Gábor does this a lot, we're not all like him.
who-calls-reply-3-wording-5 = Gábor często tak robi, my nie jesteśmy tacy jak on.

# en: don't lump us in with gabor, between us he's done this before. i'll keep him well away from your file
who-calls-reply-3-wording-6 = niech pani nas nie mierzy Gáborem, między nami on już tak robił. nie dopuszczę go do pani sprawy

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it.
who-calls-reply-3-feedback = Stanięcie po jej stronie przeciw koledze wygląda na empatię, ale mówi jej, że całe biuro zna problem i go toleruje.

# en: Fair enough: after this week you've no reason to. So judge me by five o'clock. I'll ring you then, news or not. Here's my direct line.
who-calls-reply-4 = Rozumiem: po tym tygodniu nie ma pani powodu. Więc proszę mnie ocenić o siedemnastej. Zadzwonię wtedy, z nowinami czy bez. Tu jest mój bezpośredni numer.

# en: That's fair; after the week you've had, why would you? So judge me on five o'clock: I'll call you then whether there's news or not. This is my direct number.
who-calls-reply-4-wording-1 = Po takim tygodniu rozumiem, że nie ma pani podstaw mi ufać. Niech mnie pani rozliczy o piątej: zadzwonię wtedy, niezależnie od tego, czy będą nowe wieści. Proszę, to mój numer bezpośredni.

# en: Fair. Judge me by five; I'll call you either way. Here's my number.
who-calls-reply-4-wording-2 = Proszę mnie rozliczyć o 17; zadzwonię, nawet bez nowin. Oto mój numer.

# en: fair enough, you've got no reason to after this week. so hold me to 5 o'clock, i'll ring then even if there's no news, here's my direct number
who-calls-reply-4-wording-3 = no rozumiem, po czyms takim trudno komus wierzyc. to niech mnie pani sprawdzi o 17, wtedy dzwonie, czy bede cos wiedziec, czy nie. tu ma pani moj numer, dzwoni pani prosto do mnie

# en: You're right not to trust us after this week. Hold me to five o'clock: I'll call you then even if I have nothing new, and this is my direct number.
who-calls-reply-4-wording-4 = Ma pani prawo nam nie ufać po tym tygodniu. Proszę trzymać mnie za słowo: o siedemnastej zadzwonię, nawet jeśli nie będzie nic nowego, a to mój bezpośredni numer.

# en: I'll call you at five either way. Here's my number.
who-calls-reply-4-wording-5 = Zadzwonię o 17 tak czy inaczej. Oto mój numer.

# en: Here's my direct line, Ms Farkas. I'll phone at five whether or not there's news, and you can judge me on that; after this week I wouldn't believe us either.
who-calls-reply-4-wording-6 = Proszę, to mój numer bezpośredni, pani Dóro. Zadzwonię o siedemnastej, czy będą wieści, czy nie, i wtedy mnie pani oceni; po takim tygodniu trudno nam wierzyć i doskonale to rozumiem.

# en: You let the jab pass and answered the doubt behind it with a promise she can check today. Trust after a broken promise comes from a kept one, not from defending yourself.
who-calls-reply-4-feedback = Puszczasz przytyk mimo uszu i odpowiadasz na wątpliwość, która za nim stoi, obietnicą, którą może sprawdzić jeszcze dziś. Po złamanej obietnicy zaufanie wraca dzięki dotrzymanej, a nie dzięki obronie samego siebie.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = Nie pierwszy raz? Czyli wszyscy tu wiedzą, że on zostawia klientów na lodzie, i nikt nic z tym nie robi?

# en: I shouldn't have said that; it wasn't fair to him, and it doesn't help you. Your case is mine now. I'll ring you at five.
office-reputation-reply-1 = Cofam te słowa: były nie fair wobec niego i pani w niczym nie pomagają. Pani sprawa jest teraz moja. Zadzwonię o siedemnastej.

# en: I was wrong to say that; it was unfair on him and it's no use to you. I'm handling your case now, and I'll call you at five.
office-reputation-reply-1-wording-1 = Wycofuję tamte słowa, były wobec niego niesprawiedliwe i pani nic z nich nie ma. Teraz to ja prowadzę pani sprawę i zadzwonię o piątej.

# en: My mistake, saying that. I'm on your case; I'll call at five.
office-reputation-reply-1-wording-2 = Odwołuję tamte słowa; pani sprawę prowadzę ja, telefon o 17.

# en: sorry, that was out of line, not fair to him and doesn't help you at all. i'm looking after your case now and i'll phone you at 5
office-reputation-reply-1-wording-3 = prosze puscic tamte slowa w niepamiec, to bylo nie w porzadku wobec Gábora i pani nic to nie daje. teraz pani sprawa jest na mojej glowie, dzwonie o 17

# en: That remark was wrong of me; it was unfair to Gábor and it does nothing for you. I'm dealing with your case personally, and I'll phone you at five.
office-reputation-reply-1-wording-4 = Ta uwaga była z mojej strony niestosowna; nie fair wobec Gábora i w niczym pani nie pomaga. Osobiście prowadzę pani sprawę i zadzwonię do pani o siedemnastej.

# en: I shouldn't have said that. I'll call you at five.
office-reputation-reply-1-wording-5 = Tego nie należało mówić. Zadzwonię o 17.

# en: forget i said that, it wasn't fair on gabor and it's no help to you. your case is with me now, you'll get my call at 5
office-reputation-reply-1-wording-6 = to było niepotrzebne, nieładnie wobec Gábora i pani nic z tego nie ma. pani sprawa jest teraz u mnie, o 17 zadzwonię

# en: You took the remark back without fuss and returned to what happens next. Correcting your own slip in front of her shows the reliability she came in for.
office-reputation-reply-1-feedback = Wycofujesz uwagę bez robienia z tego sprawy i wracasz do tego, co dalej. Poprawiając własne potknięcie przy niej, pokazujesz rzetelność, po którą przyszła.

# en: Fair enough, but I can only answer for myself, not for how the rest of the office works. That's really a question for the manager.
office-reputation-reply-2 = Rozumiem, ale mogę odpowiadać tylko za siebie, nie za to, jak działa reszta biura. To raczej pytanie do kierowniczki.

# en: That's fair, but I can only speak for myself, not the way the whole office is run. You'd really need to ask the manager about that.
office-reputation-reply-2-wording-1 = Rozumiem, ale odpowiadam wyłącznie za siebie, a nie za to, jak funkcjonuje całe biuro. Z tym pytaniem lepiej zwrócić się do kierowniczki.

# en: I can only speak for myself; ask the manager about that.
office-reputation-reply-2-wording-2 = Odpowiadam tylko za siebie; to pytanie do kierowniczki.

# en: fair point but i can't answer for everyone else here, only for me. that one's really for the manager
office-reputation-reply-2-wording-3 = wiem, ale ja moge mowic wylacznie we wlasnym imieniu, nie w imieniu calego biura i jego porzadkow. z tym to raczej do szefowej

# en: I understand, but I'm not able to speak for how everyone else here works, only for myself. The manager would be the one to ask.
office-reputation-reply-2-wording-4 = Rozumiem, ale nie jestem w stanie wypowiadać się o tym, jak pracują inni w biurze, tylko o sobie. Właściwą osobą do tego pytania jest kierowniczka.

# en: I can't speak for the office, ask the manager.
office-reputation-reply-2-wording-5 = Nie mówię za całe biuro, proszę spytać kierowniczkę.

# en: That's one for the manager, Ms Farkas. I can only answer for what I do, not the rest of the team.
office-reputation-reply-2-wording-6 = To już pytanie do kierowniczki, pani Dóro. Ja mogę odpowiadać tylko za własną pracę, nie za resztę zespołu.

# en: You opened the question and then stepped away from it. To her you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = Otwierasz temat, a potem się z niego wycofujesz. Dla niej ty jesteś biurem; „odpowiadam tylko za siebie” potwierdza, że nikt tu za nic nie odpowiada.

# en: I shouldn't really say, but yes, he's been warned before. That's between him and the manager, though, so I can't go into it.
office-reputation-reply-3 = Nie należy o tym mówić, ale tak, dostał już ostrzeżenie. To jednak sprawa między nim a kierowniczką, więc nie będę w to wchodzić.

# en: I probably shouldn't tell you, but yes, he's had warnings before. That's for the manager to deal with, though, so I can't say any more.
office-reputation-reply-3-wording-1 = Właściwie nie wolno mi o tym mówić, ale owszem, dostał już upomnienie. To już jednak rzecz pomiędzy nim i szefową, dlatego wolę się nie wypowiadać.

# en: Yes, he's had warnings, but I can't say more.
office-reputation-reply-3-wording-2 = Nieoficjalnie: tak, miał już ostrzeżenie, ale więcej nie powiem.

# en: i'm not really supposed to say but yeah, he's had a warning already. that's a thing for him and the boss to sort though so i can't get into it
office-reputation-reply-3-wording-3 = no... w sumie nie powinno sie o tym gadac, ale tak, oberwal juz upomnienie. reszta to ich sprawa z szefowa, nie bede sie mieszac

# en: Strictly I'm not meant to tell you, but yes, Gábor has been warned about this already. It's a matter for him and the manager, so I can't say more.
office-reputation-reply-3-wording-4 = Oficjalnie nie wolno mi tego zdradzać, ale tak, Gábor był już za to upominany. To jednak sprawa jego i kierowniczki, więc nic więcej nie powiem.

# en: Yes, he's been warned before, but I can't discuss it.
office-reputation-reply-3-wording-5 = Tak, dostał już ostrzeżenie, ale nie mogę o tym mówić.

# en: between us, yeah, it's happened before and he got a warning. that's for the manager to deal with though, i can't go into details
office-reputation-reply-3-wording-6 = między nami, no tak, zdarzało się już i dostał ostrzeżenie. ale tym zajmuje się szefowa, w szczegóły nie wejdę

# en: You dug the hole deeper: now she knows the office saw this coming. Gossip about a colleague never reassures a client; it only tells her what they will say about her.
office-reputation-reply-3-feedback = Kopiesz dołek jeszcze głębiej: teraz wie, że biuro widziało, co się święci. Plotki o koledze nigdy nie uspokajają klientki; mówią jej tylko, co będą mówić o niej.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = No dobrze. Ale najbardziej zabolało mnie co innego. Kiedy Gábor w końcu zadzwonił, powiedział, że mieliście „mnóstwo pilnych spraw”. Jakby moja sprawa nie była pilna.

# en: She has told you what hurt most. An apology alone answers it only halfway.
make-amends-hint = Powiedziała ci, co zabolało ją najbardziej. Same przeprosiny odpowiadają na to tylko w połowie.

# en: You were, of course. Still, the main thing now is finding you a new flat before your notice runs out, isn't it? Let's focus on that.
make-amends-reply-1 = Oczywiście, że była. Ale najważniejsze teraz to znaleźć pani nowe mieszkanie, zanim skończy się wypowiedzenie, prawda? Skupmy się na tym.

# en: Of course you were. Still, what matters most is finding you somewhere to live in time, isn't it? Let's just focus on that.
make-amends-reply-1-wording-1 = Oczywiście, że była, nie przeczę. Ale w tej chwili najważniejsze jest co innego, prawda? Skupmy się teraz na tym, żeby pani zdążyła się przeprowadzić, póki jest jeszcze czas.

# en: Of course, but let's focus on getting you a new flat.
make-amends-reply-1-wording-2 = Była, ale skupmy się teraz na nowym mieszkaniu.

# en: course you were. anyway what matters now is getting you somewhere before your notice is up, right? let's stick to that
make-amends-reply-1-wording-3 = no jasne, ze byla pilna, ale teraz liczy sie, zeby znalezc pani cos, zanim skonczy sie najem, nie? to na tym sie skupmy

# en: Naturally you were. But the priority now is the search for your next home, isn't it? Let's put our energy into that.
make-amends-reply-1-wording-4 = Naturalnie, że była. Ale teraz priorytetem jest znalezienie pani kolejnego domu, prawda? Włóżmy w to całą energię.

# en: Sure, but let's just concentrate on finding you a flat.
make-amends-reply-1-wording-5 = Jasne, ale skoncentrujmy się na znalezieniu mieszkania.

# en: yes of course you were, but let's move on and focus on the new flat, your notice is running out
make-amends-reply-1-wording-6 = tak tak, była, ale przejdźmy dalej, czas ucieka z tym wypowiedzeniem, myślmy o nowym mieszkaniu

# en: She told you what hurt most and you moved straight past it to the search. The flat may turn up, but the feeling of being 'not urgent' leaves with her.
make-amends-reply-1-feedback = Powiedziała ci, co zabolało najbardziej, a ty przeskakujesz prosto do poszukiwań. Mieszkanie może się znajdzie, ale poczucie, że „nie była pilna”, wychodzi razem z nią.

# en: I will have you in a new flat before your notice runs out, I promise you. Nobody in this office is going to let you down again.
make-amends-reply-2 = Obiecuję pani: zanim skończy się wypowiedzenie, znajdę pani nowe mieszkanie. Nikt w tym biurze już pani nie zawiedzie.

# en: I promise you'll be living somewhere new before you have to leave your current flat. No one here will ever let you down again.
make-amends-reply-2-wording-1 = Daję pani słowo, że zanim minie okres wypowiedzenia, będzie pani miała nowe mieszkanie. Już nikt z biura pani nie zawiedzie.

# en: I promise you'll have a new home before your notice ends.
make-amends-reply-2-wording-2 = Obiecuję: nowe mieszkanie będzie przed końcem wypowiedzenia.

# en: i promise, we'll have you moved into a new place before your notice is up. no one here is going to fail you again
make-amends-reply-2-wording-3 = obiecuje, przed koncem najmu znajde pani nowe lokum i nikt juz tu pani nie wystawi do wiatru

# en: You have my promise: you'll be in a new home before you have to move out, and no one in this office will ever disappoint you again.
make-amends-reply-2-wording-4 = Ma pani moją obietnicę: zamieszka pani w nowym miejscu, zanim będzie trzeba się wyprowadzić, i nikt z tego biura już nigdy pani nie rozczaruje.

# en: I promise we'll have you in a new flat in time.
make-amends-reply-2-wording-5 = Obiecuję, na czas znajdziemy pani nowe mieszkanie.

# en: Nobody here will let you down again, Ms Farkas, and I promise you'll be in a new flat before your notice is up.
make-amends-reply-2-wording-6 = Nikt tutaj już pani nie zawiedzie, pani Dóro, a do końca wypowiedzenia będzie pani mieszkać w nowym miejscu, przyrzekam.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-2-feedback = Z serca, i musiała usłyszeć, że się liczy, ale to, czy do końca przyszłego miesiąca pojawi się właściwe mieszkanie, zależy od rynku, nie od ciebie. To ten sam rodzaj obietnicy, który zawiódł ją w zeszłym tygodniu.

# en: You were urgent, and I'm sorry. Today I'm asking our manager to log every call-back we promise, so no 'tomorrow' slips quietly again.
make-amends-reply-3 = Pani sprawa była pilna i przepraszam. Dziś poproszę kierowniczkę o rejestr wszystkich obiecanych telefonów, żeby żadne „jutro” nie przepadło po cichu.

# en: You were urgent, and I apologise. I'm going to ask our manager today to start recording every call-back we commit to, so no client's tomorrow gets quietly forgotten again.
make-amends-reply-3-wording-1 = Tak, pani sprawa była pilna, przepraszam. Jeszcze dziś poproszę kierowniczkę, żebyśmy zapisywali każdy telefon obiecany klientowi, tak żeby żadne „jutro” nie zginęło bez śladu.

# en: You mattered, sorry. I'm getting every promised call-back logged from today.
make-amends-reply-3-wording-2 = Była pilna, przepraszam; dziś wprowadzę z kierowniczką rejestr obiecanych telefonów.

# en: you absolutely were urgent, i'm sorry. i'm asking the manager today to keep a log of every callback we promise so nobody gets forgotten like that again
make-amends-reply-3-wording-3 = przepraszam, to byla pilna sprawa. dzis pogadam z szefowa, zeby kazdy obiecany oddzwon byl gdzies zapisany i zeby zadne jutro juz nie przepadlo bez echa

# en: I'm sorry, your case was urgent. I'm going to our manager today to set up a record of every promised call, so nobody's 'tomorrow' quietly disappears again.
make-amends-reply-3-wording-4 = Przepraszam, pani sprawa była pilna. Jeszcze dziś idę do kierowniczki, żeby założyć ewidencję każdego obiecanego telefonu, tak by niczyje „jutro” już po cichu nie zniknęło.

# en: Sorry. I'm asking the manager to track every callback we promise.
make-amends-reply-3-wording-5 = Przepraszam. Poproszę kierowniczkę o spis wszystkich obiecanych oddzwonień.

# en: you were urgent. sorry. from today i want every promised callback written down, i'm raising it with the manager so this doesnt happen to anyone again
make-amends-reply-3-wording-6 = pani sprawa była pilna. przepraszam. od dziś chcę, żeby każdy obiecany telefon był notowany, zgłoszę to szefowej, żeby nikogo już to nie spotkało

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-3-feedback = Odpowiadasz na krzywdę, którą nazwała, „jakby moja sprawa nie była pilna”, i usuwasz przyczynę, żeby o następnym kliencie nie zapomniano w ten sam sposób. Tak przeprosiny stają się zadośćuczynieniem.

# en: I'm sorry. You were urgent, and you should have been treated that way. Your case is mine now, and you'll hear from me at five.
make-amends-reply-4 = Przepraszam. Pani sprawa była pilna i tak powinna być traktowana. Od teraz to moja sprawa, a o siedemnastej odezwę się do pani.

# en: I apologise. You were urgent and should have been dealt with like it. I'm handling your case from now on, and I'll be in touch at five.
make-amends-reply-4-wording-1 = Przepraszam. Pani sprawa była naprawdę pilna i powinniśmy byli tak do niej podejść. Teraz ja się nią zajmuję i o piątej zadzwonię.

# en: Sorry, you were urgent. It's my case now; I'll call at five.
make-amends-reply-4-wording-2 = Przepraszam, była pilna; teraz to moja sprawa, odezwę się o 17.

# en: i'm really sorry. you were a priority and you deserved to be treated like one. i'm taking over your case and i'll get back to you at 5
make-amends-reply-4-wording-3 = bardzo przepraszam, sprawa pani byla pilna i od poczatku nalezalo ja tak traktowac. od teraz ja to prowadze, o 17 dam znac

# en: I apologise. Your case was urgent and deserved to be handled that way. I'm taking it over myself, and I'll call you at five.
make-amends-reply-4-wording-4 = Przepraszam panią. Sprawa była pilna i należało ją tak potraktować. Przejmuję ją osobiście i zadzwonię o siedemnastej.

# en: Sorry, you were urgent. I'll ring you at five.
make-amends-reply-4-wording-5 = Przepraszam, to było pilne. Zadzwonię o 17.

# en: you should have been treated as urgent, because you were, and im sorry. i'm looking after your case from now and you'll hear from me at 5
make-amends-reply-4-wording-6 = powinniśmy byli od razu potraktować to jako pilne, bo takie było, bardzo przepraszam. od teraz ja zajmuję się pani sprawą, o 17 się odezwę

# en: A real apology that answers the hurt she named, and a promise of your own. The best reply also fixed the cause, so that no other client's 'tomorrow' can slip the same way; that is what turns an apology into a remedy.
make-amends-reply-4-feedback = Prawdziwe przeprosiny, które odpowiadają na nazwaną przez nią krzywdę, i twoja własna obietnica. Najlepsza odpowiedź usunęła też przyczynę, żeby „jutro” żadnego innego klienta nie przepadło w ten sam sposób; to zamienia przeprosiny w zadośćuczynienie.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
resolved-says-1 = Dziękuję. Czyli o siedemnastej. I dziękuję, że obyło się bez wymówek.

# en: You ring at five, exactly as promised, and Eszter gets her bank to extend the loan offer by a month. Dóra makes an offer on a flat near her daughter's school two weeks later. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
resolved-summary = Dzwonisz o siedemnastej, dokładnie zgodnie z obietnicą, a Eszter załatwia w jej banku przedłużenie promesy o miesiąc. Dwa tygodnie później Dóra składa ofertę na mieszkanie w pobliżu szkoły córki. Poleca biuro znajomej i prosi o ciebie po nazwisku. Odzyskaliście ją, bo po złamanej obietnicy ktoś wziął odpowiedzialność i dotrzymał kolejnych.

# en: Fine. Just make sure somebody actually calls this time.
grudging-says-1 = Dobrze. Tylko niech ktoś tym razem naprawdę zadzwoni.

# en: Dóra carries on her search through your office and in the end buys a flat through you, but she keeps every call short and businesslike. Nobody here ever really answered being treated as 'not urgent': when she sells a few years later, she goes to another agency, and she tells her friends to do the same.
grudging-summary = Dóra dalej szuka przez wasze biuro i w końcu kupuje mieszkanie za waszym pośrednictwem, ale każdą rozmowę prowadzi krótko i chłodno. Nikt tutaj tak naprawdę nie odniósł się do tego, że jej sprawa „nie była pilna”: kiedy kilka lat później sprzedaje mieszkanie, idzie do innego biura i znajomym radzi to samo.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
fragile-promise-says-1 = Dobrze. Ale jeśli to się skończy kolejnym „jutro”, to koniec z tym biurem.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
fragile-promise-summary = Właścicielka nie zerwie podpisanej umowy rezerwacyjnej i od początku nie było sposobu, żeby wrócić do gry. Kiedy mówisz o tym Dórze, słyszy, że to biuro po raz drugi nie dotrzymało słowa, a tym razem było to twoje słowo. Jeszcze tego samego dnia przenosi swoje poszukiwania do innego biura.

# en: Thank you. I'm going to hold you to that.
hollow-promise-says-1 = Dziękuję. Trzymam za słowo.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. She moves her search to another agency: a warm promise you did not control became the office's second broken one.
hollow-promise-summary = Dóra wychodzi z ulgą. Trzy tygodnie później w pobliżu szkoły nadal nie ma nic w jej budżecie, trzydziesty się zbliża, a ona pamięta, czyja to była obietnica. Przenosi poszukiwania do innego biura: ciepła obietnica, która nie zależała od ciebie, stała się drugą złamaną obietnicą biura.

# en: The office manager sits down with Dóra at two and takes the case over. She apologises, puts her in touch with the mortgage adviser and has the search restarted. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
handed-to-manager-summary = O czternastej kierowniczka biura siada z Dórą i przejmuje sprawę. Przeprasza, kontaktuje ją z doradczynią kredytową i każe zacząć poszukiwania od nowa. Sprawa zostaje załatwiona, ale nie przez ciebie, a Dóra wychodzi przekonana, że tylko szefowa potrafi zmusić to biuro do dotrzymania słowa.

# en: Forget it. I'll find a flat through an agency that answers its phone.
walkout-says-1 = Nieważne. Znajdę mieszkanie przez biuro, które odbiera telefony.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
walkout-summary = Dóra wychodzi i jeszcze tego samego popołudnia podpisuje umowę z konkurencyjnym biurem. Innym rodzicom ze szkoły córki opowiada, jak wasze biuro przespało jej ofertę. Większość niezadowolonych klientów odchodzi bez słowa; ona przyszła, żeby dać wam drugą szansę, a i tak ją straciliście.

