### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
title = Dwadzieścia minut z przerwy na lunch

# en: You are Lili, on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
brief = Jesteś Lili, pracujesz w recepcji Orchidea Beauty, ruchliwego salonu w centrum miasta. Jest 12:32. Stała klientka, zapisana na 12:30 na manicure hybrydowy u Dóry, jednej ze stylistek paznokci, właśnie usłyszała, że Dóra ma dwadzieścia minut opóźnienia. Podchodzi do twojej lady. Kinga, inna stylistka, ma w tej chwili wolne stanowisko; Zsuzsa, kierowniczka salonu, jest na zapleczu.

# en: Réka Szabó
customer-name = Réka Szabó

# en: on her lunch break, with a meeting back at the office at half past one
customer-trait-1 = jest na przerwie na lunch, a o 13:30 ma spotkanie w biurze

# en: arrived ten minutes early, as the salon's reminder text asked her to
customer-trait-2 = przyszła dziesięć minut wcześniej, tak jak prosił SMS z przypomnieniem od salonu

# en: has had her nails done by Dóra for two years
customer-trait-3 = od dwóch lat robi paznokcie u Dóry

# en: Sorry, what? I'm on my lunch break, and I've got a meeting at half one.
neutral-says-1 = Słucham? Jestem na przerwie na lunch, a o 13:30 mam spotkanie.

# en: I'm not sure what you mean. I just need my nails done and to be back at my desk by half one.
neutral-says-2 = Nie bardzo rozumiem. Chcę tylko mieć zrobione paznokcie i o 13:30 być z powrotem przy biurku.

# en: Excuse me, are you on the desk? I need a word about my appointment.
opening-says-1 = Przepraszam, czy pani jest z recepcji? Muszę porozmawiać o mojej wizycie.

# en: Hello? Sorry, is anyone on the desk? I need to talk to someone about my booking.
opening-says-2 = Halo? Przepraszam, jest ktoś w recepcji? Muszę z kimś porozmawiać o mojej rezerwacji.

# en: She keeps looking at the clock. Greet her, say who you are, and give her your full attention before anything else.
opening-hint = Ciągle zerka na zegar. Przywitaj się, powiedz, kim jesteś, i zanim zrobisz cokolwiek innego, poświęć jej pełną uwagę.

# en: Good afternoon! I'll be right with you, I just need to finish putting this booking in. Do take a seat for a moment.
opening-reply-1 = Dzień dobry! Zaraz do pani podejdę, tylko muszę dokończyć wpisywanie tej rezerwacji. Proszę na chwilkę usiąść.

# en: Hello there! Just one moment, I need to finish entering this appointment. Please have a seat for a minute.
opening-reply-1-wording-1 = Dzień dobry! Już do pani idę, tylko skończę wprowadzać tę rezerwację. Niech pani na moment usiądzie.

# en: Be with you in a sec; please have a seat.
opening-reply-1-wording-2 = Chwileczkę, skończę rezerwację; proszę usiąść.

# en: hiya! give me a sec, just finishing off this booking. pop yourself down for a minute
opening-reply-1-wording-3 = dzien dobry, moment, tylko dokoncze wpisywac te wizyte do systemu. prosze sobie na sekunde przysiasc

# en: Afternoon! Won't keep you a moment, I'm just in the middle of typing up this appointment. Sit down and I'll be with you shortly.
opening-reply-1-wording-4 = Dzień dobry! Nie potrwa to długo, jestem właśnie w trakcie wpisywania tej wizyty. Proszę usiąść, zaraz się panią zajmę.

# en: Just a moment please, finishing this booking. Take a seat.
opening-reply-1-wording-5 = Momencik, zapisuję wizytę. Proszę zająć miejsce.

# en: one minute, let me just get this booking saved first. if you want to sit down i'll be over in a bit
opening-reply-1-wording-6 = minutka, najpierw zapiszę tę rezerwację. jak pani chce, to proszę usiąść, zaraz podejdę

# en: Friendly words, but 'take a seat' is exactly what she has been doing. She came to the desk because waiting is the problem, and another minute of it on her lunch break tells her the screen comes first.
opening-reply-1-feedback = Miłe słowa, ale „proszę usiąść” to dokładnie to, co robiła do tej pory. Podeszła do lady, bo problemem jest czekanie; kolejna minuta w jej przerwie na lunch mówi jej, że ekran jest ważniejszy.

# en: Good afternoon, I'm Lili, I look after the desk. Of course: what's happened with your appointment?
opening-reply-2 = Dzień dobry, jestem Lili, prowadzę recepcję. Oczywiście: co się stało z pani wizytą?

# en: Hello, my name's Lili and I run the front desk. Certainly: what's gone wrong with your appointment?
opening-reply-2-wording-1 = Dzień dobry, nazywam się Lili i zajmuję się recepcją. Jasne, w czym problem z pani wizytą?

# en: Hi, I'm Lili on reception. What's happened with your booking?
opening-reply-2-wording-2 = Dzień dobry, Lili z recepcji. Co z pani wizytą?

# en: hi, i'm lili, i'm on reception today. of course, what's up with your appointment?
opening-reply-2-wording-3 = dzien dobry, tu Lili, to ja ogarniam recepcje. pewnie, co sie dzieje z pani terminem?

# en: Hi there, I'm Lili and I'm looking after reception. Sure, tell me what's gone on with your booking.
opening-reply-2-wording-4 = Witam, mam na imię Lili i to ja dziś obsługuję recepcję. Proszę powiedzieć, co poszło nie tak z rezerwacją.

# en: Hi, I'm Lili. What's the problem with your appointment?
opening-reply-2-wording-5 = Witam, jestem Lili. Co nie tak z pani terminem?

# en: Of course, what's happened with the appointment? I'm Lili, by the way, I'm on the desk this afternoon.
opening-reply-2-wording-6 = Oczywiście, co się wydarzyło z wizytą? A tak przy okazji, jestem Lili, dziś po południu siedzę na recepcji.

# en: A greeting, your name and an open question: she is now talking to Lili, not to 'the desk', and she knows she has your full attention before she has said a word about Dóra.
opening-reply-2-feedback = Powitanie, twoje imię i otwarte pytanie: rozmawia teraz z Lili, a nie z „recepcją”, i wie, że ma twoją pełną uwagę, zanim w ogóle wspomni o Dórze.

# en: Hi! Is it about Dóra running late? She's about twenty minutes behind, I'm afraid. Can I get you a coffee while you wait?
opening-reply-3 = Dzień dobry! Chodzi o spóźnienie Dóry? Niestety ma jakieś dwadzieścia minut poślizgu. Podać pani kawę na czas czekania?

# en: Hello! Is this about Dóra being behind? I'm afraid she's running around twenty minutes late. Can I make you a coffee in the meantime?
opening-reply-3-wording-1 = Dzień dobry! Pewnie chodzi o to, że Dóra się spóźnia? Niestety ma około dwudziestu minut opóźnienia. Zrobić pani kawę, żeby umilić czekanie?

# en: Is it Dóra? She's twenty minutes behind. Coffee?
opening-reply-3-wording-2 = Chodzi o Dórę? Ma dwadzieścia minut obsuwy. Kawy?

# en: hi! let me guess, dóra's running late? she's about 20 mins behind sorry. want a coffee while you're waiting?
opening-reply-3-wording-3 = dzien dobry! to pewnie w sprawie Dóry? ma niestety z 20 minut poslizgu. moze kawke na przeczekanie?

# en: Hello! Let me guess, you're with Dóra and she's behind? Sorry, she's about twenty minutes late. Would you like a drink while you wait?
opening-reply-3-wording-4 = Dzień dobry! Zgaduję, że jest pani zapisana do Dóry, a ona ma poślizg? Przepraszam, spóźnia się mniej więcej dwadzieścia minut. Może coś do picia na czas oczekiwania?

# en: Dóra's about twenty minutes behind, sorry. Want a coffee?
opening-reply-3-wording-5 = Dóra ma ok. dwadzieścia minut spóźnienia, przepraszam. Kawa?

# en: oh is this about dóra? she's running 20 mins late im afraid. can i grab you a coffee meanwhile
opening-reply-3-wording-6 = o, pani do Dóry? niestety spóźnia się z 20 minut. może przyniosę kawę w międzyczasie?

# en: You guessed right, and the coffee is kind, but you answered before she had told you anything. She hears that a twenty-minute delay is routine here, and you still don't know about her meeting.
opening-reply-3-feedback = Trafne przypuszczenie, a kawa to miły gest, ale odpowiadasz, zanim cokolwiek powiedziała. Słyszy, że dwadzieścia minut spóźnienia to tu codzienność, a ty nadal nie wiesz o jej spotkaniu.

# en: It's Dóra. I'm booked with her at half twelve, I was here at twenty past like your text asked, and she's just told me it's another twenty minutes. This is my lunch break, and at half one I've got—
first-wave-says-1 = Chodzi o Dórę. Jestem u niej zapisana na 12:30, byłam tu już dwadzieścia po dwunastej, tak jak prosiliście w SMS-ie, a ona właśnie mi powiedziała, że to jeszcze dwadzieścia minut. Mam przerwę na lunch, a o 13:30 mam—

# en: She hasn't finished. Whatever you say now, she will hear it as being cut off.
first-wave-hint = Jeszcze nie skończyła. Cokolwiek teraz powiesz, usłyszy to jako wejście w słowo.

# en: I know, I'm so sorry, it's been one of those mornings. The client before you came in twenty-five minutes late, and everything's slipped since.
first-wave-reply-1 = Wiem, bardzo przepraszam, dzisiaj jest taki dzień. Klientka przed panią spóźniła się dwadzieścia pięć minut i od tego czasu wszystko się przesuwa.

# en: I know, I'm really sorry, it's been a crazy morning. The lady before you turned up twenty-five minutes late, which has knocked everything back since.
first-wave-reply-1-wording-1 = Wiem, strasznie przepraszam, dziś jest po prostu taki dzień. Poprzednia klientka przyszła dwadzieścia pięć minut później i od tamtej pory wszystko się przesuwa.

# en: Sorry, the client before you was late and everything slipped.
first-wave-reply-1-wording-2 = Przepraszam, klientka przed panią się spóźniła i wszystko się przesunęło.

# en: i know i know, so sorry, it's just been one of those days. the client before you was 25 mins late and it's pushed everything back
first-wave-reply-1-wording-3 = wiem, sorry, dzis jest jakis pechowy dzien. pani przed pania przyszla 25 minut po czasie i od tej pory wszystko jedzie z obsuwa

# en: Yes, I know, sorry, today's been chaos. Our earlier client arrived twenty-five minutes late, so the whole diary has been running behind ever since.
first-wave-reply-1-wording-4 = Tak, wiem, przepraszam, dziś jest kompletny chaos. Wcześniejsza klientka zjawiła się dwadzieścia pięć minut po czasie i od rana cały grafik się opóźnia.

# en: I know, sorry, someone was 25 minutes late earlier so we're behind.
first-wave-reply-1-wording-5 = Wiem, przepraszam, ktoś się spóźnił 25 minut i mamy opóźnienie.

# en: Oh I know, sorry! Honestly the morning's been mad, the lady in before you was twenty-five minutes late and it's had a knock-on effect all day.
first-wave-reply-1-wording-6 = Oj, wiem, przepraszam! Szczerze, rano było szaleństwo, pani przed panią spóźniła się dwadzieścia pięć minut i przez to cały dzień się sypie.

# en: You cut in at the height of it, and with another client's lateness. Réka never got to say what happens at half one; instead she was stopped and handed somebody else's story.
first-wave-reply-1-feedback = Wchodzisz jej w słowo w najgorętszym momencie, i to ze spóźnieniem innej klientki. Réka nie zdążyła powiedzieć, co ma o 13:30; zamiast tego ktoś ją zatrzymał i opowiedział cudzą historię.

# en: Twenty minutes, yes, I'm sorry about that. Look, shall I just move you to another day this week, so you're not in a rush?
first-wave-reply-2 = Dwadzieścia minut, tak, przykro mi. Może po prostu przełożę panią na inny dzień w tym tygodniu, żeby nie musiała się pani spieszyć?

# en: Yes, twenty minutes, I apologise. Would you like me to rebook you for a different day this week, then you're not rushing?
first-wave-reply-2-wording-1 = Tak, dwadzieścia minut, przepraszam. A może przepiszę panią na któryś z kolejnych dni tego tygodnia, bez nerwowego spoglądania na zegarek?

# en: Sorry. Shall I rebook you for another day this week?
first-wave-reply-2-wording-2 = Przykro mi; może przełożymy na inny dzień?

# en: yeah 20 mins, sorry about that. tell you what, want me to just switch you to thursday or friday instead, no rushing then?
first-wave-reply-2-wording-3 = no tak, 20 minut, sorry. to moze zmienimy pani termin na inny dzien, np. czwartek albo piatek, bez nerwowki?

# en: Sorry about the extra twenty minutes. Would it be easier if I moved your appointment to another day this week so you're not rushed?
first-wave-reply-2-wording-4 = Przepraszam za te dodatkowe dwadzieścia minut. Czy nie byłoby łatwiej, gdybym przesunęła pani wizytę na inny termin w tym tygodniu, żeby nie musiała się pani śpieszyć?

# en: Sorry, want me to move you to a different day this week?
first-wave-reply-2-wording-5 = Przepraszam, przenieść panią na inny dzień w tym tygodniu?

# en: ok, 20 more minutes, apologies. how about i just put you in on another day this week instead so you're not in a hurry
first-wave-reply-2-wording-6 = ok, jeszcze 20 minut, przepraszam. a może po prostu wpiszę panią na inny dzień w tym tygodniu, żeby nie było pośpiechu

# en: Meant helpfully, but you offered a fix before she had finished her sentence. What she was about to tell you, the meeting at half one, is what any fix has to fit.
first-wave-reply-2-feedback = W dobrej wierze, ale proponujesz rozwiązanie, zanim skończyła zdanie. To, co miała właśnie powiedzieć, spotkanie o 13:30, jest tym, do czego każde rozwiązanie musi pasować.

# en: Go on, please. I'm listening.
first-wave-reply-3 = Proszę mówić dalej. Słucham.

# en: Please carry on, you have my full attention.
first-wave-reply-3-wording-1 = Proszę kontynuować, słucham pani.

# en: Please, go ahead.
first-wave-reply-3-wording-2 = Słucham, proszę dokończyć.

# en: sorry, go on, i'm all ears
first-wave-reply-3-wording-3 = tak? niech pani mowi dalej, slucham

# en: Sorry, please keep going, I'm listening to you.
first-wave-reply-3-wording-4 = Przepraszam, proszę mówić dalej, słucham pani uważnie.

# en: Carry on, I'm listening.
first-wave-reply-3-wording-5 = Jestem cała uszami, proszę mówić.

# en: go ahead and finish what you were saying, i'm here and listening
first-wave-reply-3-wording-6 = śmiało, niech pani dokończy, co pani mówiła, jestem tu i słucham

# en: A few words, and she gets to finish. Letting the first wave run out costs you ten seconds and tells her that her side of it matters, which is half of what she came to the desk for.
first-wave-reply-3-feedback = Kilka słów i może dokończyć. Pozwolić pierwszej fali opaść kosztuje cię dziesięć sekund i mówi jej, że jej strona się liczy, a to połowa tego, po co podeszła do lady.

# en: —a client meeting at half one. I can't walk in late, and I'm not going in with half-done nails either. I did exactly what your text asked, and now it's my lunch break that pays for it.
full-story-says-1 = —spotkanie z klientem o 13:30. Nie mogę się spóźnić i nie pójdę tam z niedokończonymi paznokciami. Zrobiłam dokładnie to, o co prosiliście w SMS-ie, a teraz płaci za to moja przerwa na lunch.

# en: Before anything practical, say what this feels like from her side of the desk.
full-story-hint = Zanim przejdziesz do konkretów, powiedz, jak to wygląda z jej strony lady.

# en: So: you were here at twenty past, Dóra needs twenty more minutes, and you must be out by quarter past one. Have I got that right?
full-story-reply-1 = Czyli: była pani tu już dwadzieścia po dwunastej, Dóra potrzebuje jeszcze dwudziestu minut, a pani musi wyjść kwadrans po pierwszej. Dobrze rozumiem?

# en: Let me check I've got this: you arrived at 12:20, Dóra needs another twenty minutes, and you have to leave by 1:15. Is that correct?
full-story-reply-1-wording-1 = Czyli tak: przyszła pani o 12:20, Dóra ma przed sobą jeszcze dwadzieścia minut, a pani o 13:15 musi już wychodzić. Zgadza się?

# en: Here at 12:20, twenty more minutes, out by 1:15: correct?
full-story-reply-1-wording-2 = 12:20 na miejscu, Dóra jeszcze 20 minut, pani wychodzi 13:15. Tak?

# en: ok so you got here at twenty past, dóra's saying 20 more mins, and you need to be gone by quarter past one. is that right?
full-story-reply-1-wording-3 = podsumuje: byla pani juz 12:20, Dóra ma jeszcze z 20 minut roboty, a pani o 13:15 musi byc juz w drodze, zgadza sie?

# en: Just to make sure I understand: you came in at twenty past twelve, Dóra is another twenty minutes, and you need to leave at quarter past one. Is that right?
full-story-reply-1-wording-4 = Upewnię się, że dobrze rozumiem: była pani o dwunastej dwadzieścia, Dóra potrzebuje jeszcze dwudziestu minut, a pani musi wyjść kwadrans po pierwszej. Tak to wygląda?

# en: So you need to leave by 1:15, right? Let me check I understand.
full-story-reply-1-wording-5 = Czyli musi pani wyjść o 13:15, tak? Chcę się upewnić.

# en: Réka, let me repeat that back: arrived 12.20, Dóra needs 20 more minutes, you have to go at 1.15. Have I understood correctly?
full-story-reply-1-wording-6 = Pani Réko, powtórzę: przyszła pani 12:20, Dóra potrzebuje jeszcze 20 minut, a pani musi iść o 13:15. Dobrze zrozumiałam?

# en: A precise summary, and asking her to confirm shows care. What it left out is how she feels: she did everything right and is paying for it. Naming that frustration, as the best reply did, would have taken the heat out faster.
full-story-reply-1-feedback = Dokładne podsumowanie, a prośba o potwierdzenie świadczy o uważności. Brakuje w nim tego, co ona czuje: zrobiła wszystko dobrze, a i tak ponosi koszty. Nazwanie tej frustracji, jak w najlepszej odpowiedzi, szybciej by ją uspokoiło.

# en: That's so frustrating: you did everything right, and it's your lunch break paying for it. Let's find what still fits before half one.
full-story-reply-2 = To naprawdę frustrujące: zrobiła pani wszystko jak należy, a płaci za to pani przerwa. Sprawdzę, co da się zrobić przed 13:30.

# en: That's really frustrating: you followed every instruction, and your lunch hour is taking the hit. Let's see what we can still fit in before half one.
full-story-reply-2-wording-1 = To musi być bardzo frustrujące: postąpiła pani dokładnie według zaleceń, a cierpi na tym pani przerwa na lunch. Zobaczę, co się da zrobić przed 13:30.

# en: How frustrating, you did it all right. Let's find something before half one.
full-story-reply-2-wording-2 = Frustrujące, zrobiła pani wszystko dobrze. Poszukam rozwiązania przed 13:30.

# en: ugh that's so annoying, you did everything you were supposed to and it's your lunch that suffers. let's work out what we can still squeeze in before 1.30
full-story-reply-2-wording-3 = no to jest mega wkurzajace, byla pani punktualnie, jak prosilismy, a traci na tym pani lunch. zobacze, co mozna wykombinowac, zanim bedzie 13:30

# en: You did exactly what we asked and it's still your lunch that's paying for it, that's really annoying. Let's work out what we can get done before your half one meeting.
full-story-reply-2-wording-4 = Zrobiła pani dokładnie to, o co prosiliśmy, a i tak traci na tym pani lunch, to naprawdę denerwujące. Zastanówmy się, co zdążymy zrobić przed pani spotkaniem o 13:30.

# en: That's so annoying for you. Let's see what fits before 1:30.
full-story-reply-2-wording-5 = To bardzo irytujące. Zobaczmy, co się zmieści przed 13:30.

# en: Honestly I'd be frustrated too, you followed the text to the letter. Let's find an option that still works before half one.
full-story-reply-2-wording-6 = Szczerze, też bym była zła, zrobiła pani wszystko co do joty według SMS-a. Znajdźmy wyjście, które zadziała przed wpół do drugiej.

# en: You put a name to what she feels, frustrated at being punished for being on time, and tied it to her real deadline. She no longer has to convince you; she can start solving it with you.
full-story-reply-2-feedback = Nazywasz to, co czuje: frustrację, że spotyka ją kara za punktualność, i wiążesz to z jej prawdziwym terminem. Nie musi cię już przekonywać; może zacząć szukać rozwiązania razem z tobą.

# en: Oh no, don't worry, we'll definitely get you out in time for your meeting, I promise. Can I get you a coffee while you wait?
full-story-reply-3 = Och, proszę się nie martwić, na pewno zdąży pani na spotkanie, obiecuję. Podać pani kawę na czas czekania?

# en: Oh, please don't worry, we'll absolutely get you finished before the meeting, I promise. Would you like a coffee while you're waiting?
full-story-reply-3-wording-1 = Ojej, spokojnie, na spotkanie na pewno pani zdąży, słowo. Może kawy na czas oczekiwania?

# en: Don't worry, you'll make the meeting, I promise.
full-story-reply-3-wording-2 = Na pewno pani zdąży, obiecuję. Kawy?

# en: oh don't worry at all, you'll definitely make your meeting, promise! fancy a coffee meanwhile?
full-story-reply-3-wording-3 = oj, niech sie pani nie martwi, zdazy pani na bank, obiecuje. zrobic kawke na czekanie?

# en: Please don't worry at all, I promise we'll have you finished in plenty of time for the meeting. Can I make you a coffee while you're waiting?
full-story-reply-3-wording-4 = Proszę się w ogóle nie przejmować, obiecuję, że skończymy z dużym zapasem przed spotkaniem. Mogę zrobić pani kawę, póki pani czeka?

# en: Don't worry, I promise you'll be done in time. Coffee?
full-story-reply-3-wording-5 = Bez obaw, obiecuję, zdąży pani. Kawa?

# en: no need to worry, we'll 100% get you out in time for your meeting, i promise. want a coffee while you wait?
full-story-reply-3-wording-6 = spokojnie, na 100% wyjdzie pani na czas na spotkanie, obiecuję. kawusia na czekanie?

# en: Warm, and you caught the meeting, but you promised Dóra's timing, which is not yours to give. She relaxes for a minute and will hold you to it when the clock says otherwise.
full-story-reply-3-feedback = Ciepło, i zauważasz spotkanie, ale obiecujesz czas Dóry, a nie swój. Na minutę się uspokoi i rozliczy cię z tego, kiedy zegar pokaże co innego.

# en: I'm sorry, Réka, but treatments do run over sometimes, and Dóra can't exactly leave a client with one hand done.
full-story-reply-4 = Przykro mi, pani Réko, ale zabiegi czasem się przeciągają, a Dóra nie może zostawić klientki z jedną dłonią zrobioną.

# en: Sorry, Réka, but appointments do overrun now and then, and Dóra can hardly walk away from a client halfway through.
full-story-reply-4-wording-1 = Pani Réko, przykro mi, ale zabieg czasem się przeciąga, a Dóra nie zostawi przecież klientki z pomalowaną tylko jedną ręką.

# en: Sorry, but treatments overrun; Dóra can't leave a client half done.
full-story-reply-4-wording-2 = Przykro mi, ale zabieg się przeciągnął, Dóra nie może przerwać.

# en: sorry Réka but sometimes treatments just run over, dóra can't exactly abandon someone with only one hand finished
full-story-reply-4-wording-3 = pani Réko, sorry, ale zabieg czasem sie dluzy, a Dóra nie porzuci klientki w polowie, z jedna reka zrobiona

# en: I apologise, Réka, but sometimes treatments take longer than planned, and Dóra can't just stop halfway with a client who's only got one hand done.
full-story-reply-4-wording-4 = Przepraszam, pani Réko, ale bywa, że zabiegi trwają dłużej, niż planowano, a Dóra nie może przerwać w połowie, kiedy klientka ma zrobioną dopiero jedną rękę.

# en: Sorry, treatments sometimes overrun, Dóra can't walk out mid-client.
full-story-reply-4-wording-5 = Przepraszam, zabiegi się przedłużają, Dóra nie zostawi klientki.

# en: Réka, I'm sorry, but overruns happen in a salon, it's not like Dóra can leave someone sitting there half finished.
full-story-reply-4-wording-6 = Pani Réko, przykro mi, ale w salonie poślizgi się zdarzają, Dóra nie zostawi przecież kogoś z niedokończonymi paznokciami.

# en: The 'but' takes the apology back. She has just said she did everything right; explaining why Dóra can't help it tells her the salon's reasons count and her lunch hour doesn't.
full-story-reply-4-feedback = „Ale” odbiera przeprosinom sens. Właśnie powiedziała, że zrobiła wszystko dobrze; tłumaczenie, dlaczego Dóra nic nie może poradzić, mówi jej, że liczą się powody salonu, a nie jej przerwa na lunch.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = Tylko że to nie mój problem, prawda? Zrobiłam wszystko jak należy. Przyszłam wcześniej, tak jak pisaliście w SMS-ie. To dlaczego płaci za to moja przerwa na lunch?

# en: You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.
not-my-problem-reply-1 = Ma pani rację i przepraszam, ale nie sprawię, że Dóra będzie pracować szybciej, prawda? Hybrydy po prostu nie da się przyspieszyć.

# en: You're right, I apologise, but there's no way I can make Dóra go quicker, is there? A gel set can't be hurried.
not-my-problem-reply-1-wording-1 = Zgadzam się i przepraszam, tylko że nie zmuszę Dóry, żeby pracowała szybciej, prawda? Hybrydy się zwyczajnie nie pogoni.

# en: True, sorry, but I can't speed Dóra up.
not-my-problem-reply-1-wording-2 = Racja, ale Dóry nie przyspieszę, hybryda trwa, ile trwa.

# en: you're right sorry, but there's no way to make dóra go any quicker can i? gel nails just can't be rushed
not-my-problem-reply-1-wording-3 = ma pani racje, sorry, ale Dóry nie pogonie, no nie? hybryda to nie jest cos, co sie robi na szybko

# en: Yes, you're right, sorry, but I can't exactly make Dóra hurry up, can I? Gel just takes the time it takes.
not-my-problem-reply-1-wording-4 = Tak, ma pani słuszność, przepraszam, ale przecież nie mogę kazać Dórze się pospieszyć, prawda? Hybryda po prostu wymaga swojego czasu.

# en: Sorry, but I can't make Dóra work faster.
not-my-problem-reply-1-wording-5 = Przepraszam, ale nie każę Dórze pracować szybciej.

# en: i know you're right and i'm sorry but gel sets can't be rushed, i've got no way of getting dóra to go faster
not-my-problem-reply-1-wording-6 = wiem, wiem, przepraszam, ale hybryda musi swoje odstać, a ja Dórze tempa nie narzucę

# en: You agreed with her, then told her nothing can be done. Agreement followed by a shrug sounds like sympathy with the door closed, while her lunch break ticks away.
not-my-problem-reply-1-feedback = Przyznajesz jej rację, a potem mówisz, że nic się nie da zrobić. Zgoda, po której następuje wzruszenie ramion, brzmi jak współczucie przy zamkniętych drzwiach, a jej przerwa mija.

# en: Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-2 = No, uczciwie mówiąc, innym razem to pani może się spóźnić, i wtedy wszyscy będziemy czekać na panią.

# en: Well, in fairness, some other day you might be the one who's late, and we'd all be waiting on you.
not-my-problem-reply-2-wording-1 = No, bądźmy uczciwi, kiedyś to pani przyjdzie za późno i wtedy my będziemy czekać na panią.

# en: Another time it could be you who's late, though.
not-my-problem-reply-2-wording-2 = Następnym razem to pani się spóźni i my poczekamy.

# en: tbf next time it could be you running behind and we'd all be sat waiting for you
not-my-problem-reply-2-wording-3 = no ale fair play, kiedys pani tez sie moze spoznic i wtedy to cala ekipa bedzie czekac na pania

# en: Well, to be honest, one day you might be the late one, and then everyone here would be waiting around for you.
not-my-problem-reply-2-wording-4 = Cóż, mówiąc szczerze, kiedyś to pani może być tą spóźnioną, i wtedy cały salon będzie na panią czekał.

# en: You could be the one running late next time.
not-my-problem-reply-2-wording-5 = Kiedyś pani też może przyjść za późno.

# en: to be fair it goes both ways, next time it might be you who's late and we'd all have to wait
not-my-problem-reply-2-wording-6 = no ale to działa w obie strony, następnym razem pani się spóźni i wszyscy będziemy czekać

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and has said so twice.
not-my-problem-reply-2-feedback = Zamieniasz jej skargę w spór o sprawiedliwość, z zarzutem, na który niczym nie zasłużyła. Przyszła wcześniej i powiedziała to już dwa razy.

# en: You're right to be cross. You did everything we asked; the timetable is ours to sort out, and I'll sort it.
not-my-problem-reply-3 = Ma pani prawo się złościć. Zrobiła pani wszystko, o co prosiliśmy; grafik to nasz problem i ja go rozwiążę.

# en: You've every reason to be annoyed. You did all we asked of you; the schedule is our responsibility, and I'm going to fix it.
not-my-problem-reply-3-wording-1 = Ma pani pełne prawo się denerwować. Postąpiła pani dokładnie tak, jak prosiliśmy; za grafik odpowiadamy my i ja to rozwiążę.

# en: You're right to be annoyed. The schedule's our problem; I'll fix it.
not-my-problem-reply-3-wording-2 = Słusznie się pani złości; grafik to nasz problem, rozwiążę go.

# en: you've got every right to be annoyed, you did exactly what we asked. the timing is our job to sort out and i'm going to sort it
not-my-problem-reply-3-wording-3 = ma pani prawo byc wkurzona, zrobila pani dokladnie to, co trzeba. grafik to nasza dzialka i ja to ogarne

# en: You have every right to be cross. You did everything we asked of you, so the timing is our job to fix, and I'm going to fix it.
not-my-problem-reply-3-wording-4 = Ma pani wszelkie powody, żeby być zła. Zrobiła pani wszystko, o co prosiliśmy, więc poprawienie godzin leży po naszej stronie, i ja to naprawię.

# en: You did everything right. The timing's our responsibility, I'll fix it.
not-my-problem-reply-3-wording-5 = Zrobiła pani wszystko dobrze. Czas to nasza odpowiedzialność, naprawię to.

# en: Réka, being cross is fair, you followed our instructions exactly. Sorting out the timetable is on us and I will sort it.
not-my-problem-reply-3-wording-6 = Pani Réko, złość jest zrozumiała, postąpiła pani dokładnie według naszych wskazówek. Uporządkowanie terminów spoczywa na nas i ja to załatwię.

# en: You granted her the anger instead of defending the salon, and took the timetable back as your job. Once nobody argues with her, she has nothing left to fight for and can start looking for a way out with you.
not-my-problem-reply-3-feedback = Przyznajesz jej prawo do złości, zamiast bronić salonu, i bierzesz grafik na siebie. Kiedy nikt się z nią nie spiera, nie ma już o co walczyć i może razem z tobą szukać wyjścia.

# en: I completely understand, and I do apologise. If you'd like to take a seat, I'll let you know the moment Dóra's ready.
not-my-problem-reply-4 = Całkowicie rozumiem i bardzo przepraszam. Jeśli pani usiądzie, dam znać, jak tylko Dóra będzie gotowa.

# en: I totally understand, and I'm very sorry. If you'd like to sit down, I'll tell you as soon as Dóra is ready.
not-my-problem-reply-4-wording-1 = Absolutnie rozumiem i bardzo przepraszam. Niech pani usiądzie, a ja dam znać, kiedy tylko Dóra będzie gotowa.

# en: I understand, sorry. Have a seat and I'll call you when she's ready.
not-my-problem-reply-4-wording-2 = Rozumiem, przepraszam; dam znać, gdy Dóra będzie gotowa.

# en: i totally get it and i'm really sorry. grab a seat and i'll give you a shout the second dóra's free
not-my-problem-reply-4-wording-3 = rozumiem calkowicie, bardzo mi przykro. prosze sobie usiasc, zawolam pania, jak Dóra skonczy

# en: I completely get it, and I'm so sorry. Please sit down and I'll come and tell you as soon as Dóra is ready for you.
not-my-problem-reply-4-wording-4 = Doskonale to rozumiem i bardzo mi przykro. Proszę usiąść, a ja przyjdę i powiem pani, gdy tylko Dóra będzie wolna.

# en: Sorry. Take a seat, I'll tell you when Dóra's ready.
not-my-problem-reply-4-wording-5 = Przepraszam. Proszę usiąść, powiem, kiedy Dóra będzie gotowa.

# en: i do understand, apologies. take a seat and the minute dóra's ready i'll let you know
not-my-problem-reply-4-wording-6 = no rozumiem, przepraszam. niech pani siada, a jak tylko Dóra będzie gotowa, dam pani znać

# en: Impeccably polite, and it sends her back to the chair she has just got up from. 'I understand' followed by more waiting tells her the understanding changes nothing.
not-my-problem-reply-4-feedback = Nienagannie uprzejme, a odsyła ją na krzesło, z którego właśnie wstała. „Rozumiem”, po którym następuje dalsze czekanie, mówi jej, że to zrozumienie niczego nie zmienia.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = No dobrze, ile to naprawdę potrwa? Bo „dwadzieścia minut” w salonie zwykle zamienia się w czterdzieści.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = Nie masz wpływu na tempo pracy Dóry. Zgadywanie teraz stanie się obietnicą, z której cię rozliczy.

# en: Don't worry, it won't be anything like forty. I'll make sure she's with you within five minutes, I promise you that.
how-long-reply-1 = Proszę się nie martwić, na pewno nie czterdzieści. Dopilnuję, żeby w ciągu pięciu minut była pani na fotelu, obiecuję.

# en: No need to worry, it won't be anywhere near forty. I'll see to it that she's with you in five minutes, I promise.
how-long-reply-1-wording-1 = Spokojnie, czterdzieści na pewno nie. Za pięć minut będzie pani siedziała na fotelu, obiecuję.

# en: It won't be forty; she'll be with you in five, promise.
how-long-reply-1-wording-2 = Nie czterdzieści; za pięć minut jest pani na fotelu, słowo.

# en: don't worry, nowhere near 40! i'll make sure she's ready for you in 5 mins max, promise
how-long-reply-1-wording-3 = bez obaw, zadne 40 minut. dopilnuje, zeby w piec minut pani juz siedziala u Dóry, obiecuje

# en: It definitely won't be forty, don't worry. I promise I'll have her with you within five minutes.
how-long-reply-1-wording-4 = Czterdziestu minut na pewno nie będzie, bez obaw. Obiecuję, że w ciągu pięciu minut Dóra się panią zajmie.

# en: Not forty, promise. Five minutes tops.
how-long-reply-1-wording-5 = Nie czterdzieści, obiecuję. Najwyżej pięć minut.

# en: no way will it be forty minutes, i'll make sure dóra starts on you in five, you have my word
how-long-reply-1-wording-6 = nie ma mowy o 40 minutach, dopilnuję, żeby Dóra zaczęła z panią za pięć minut, ma pani moje słowo

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours, not Dóra's.
how-long-reply-1-feedback = Uspokaja, i na chwilę jej ulży, ale nie masz wpływu na to, kiedy Dóra skończy. Jeśli z pięciu minut zrobi się piętnaście, złamana obietnica będzie twoja, nie Dóry.

# en: About twenty, like Dóra said, but honestly it depends on how the treatment before yours goes. Gel sets can be unpredictable.
how-long-reply-2 = Jakieś dwadzieścia, jak mówiła Dóra, ale szczerze mówiąc to zależy, jak pójdzie zabieg przed panią. Z hybrydą różnie bywa.

# en: Roughly twenty, as Dóra mentioned, but really it hinges on how the appointment before yours goes. Gels can be hard to predict.
how-long-reply-2-wording-1 = Mniej więcej dwadzieścia, zgodnie z tym, co mówiła Dóra, choć szczerze, wszystko zależy od tego, jak pójdzie poprzedni zabieg. Z hybrydami bywa różnie.

# en: Around twenty, but it depends on the client before you.
how-long-reply-2-wording-2 = Około dwudziestu, ale to zależy od poprzedniego zabiegu.

# en: about 20 like dóra told you, but really it depends how the one before you goes, gel can be unpredictable
how-long-reply-2-wording-3 = tak ze 20, jak Dóra mowila, ale wiadomo, zalezy, jak sie uwinie z pania przed pania, z hybryda to loteria

# en: Around twenty minutes, as Dóra said, but it really depends how the appointment before you goes. Gel treatments can be hard to predict.
how-long-reply-2-wording-4 = Około dwudziestu minut, tak jak mówiła Dóra, ale naprawdę wszystko zależy od przebiegu wizyty przed panią. Zabiegi żelowe ciężko przewidzieć.

# en: About twenty, but it depends on the treatment before yours.
how-long-reply-2-wording-5 = Koło dwudziestu, ale zależy od zabiegu przed panią.

# en: it's probably twenty but gel sets are unpredictable so it depends on the client ahead of you
how-long-reply-2-wording-6 = pewnie z dwadzieścia, ale hybryda jest nieprzewidywalna, więc wszystko zależy od klientki przed panią

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-2-feedback = Powtórzenie mglistego szacunku nie daje jej nic do planowania. Prosiła o konkretną godzinę z powodu spotkania; „to zależy” oddaje jej niepewność z powrotem.

# en: I won't guess. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back.
how-long-reply-3 = Nie będę zgadywać. Proszę o minutę: zapytam Dórę, kiedy dokładnie może zacząć, i zaraz wrócę.

# en: Rather than make something up, give me a minute: I'll go and ask Dóra exactly when she's able to start, then come straight back.
how-long-reply-3-wording-1 = Nie chcę zgadywać. Proszę dać mi minutę: dowiem się od Dóry, o której dokładnie może zacząć, i wracam za chwilę.

# en: No guessing: I'll ask Dóra and be back in a minute.
how-long-reply-3-wording-2 = Nie zgaduję. Sekundkę: sprawdzę u Dóry, o której dokładnie zacznie, i zaraz wracam.

# en: i don't want to guess. one sec, i'll go check with dóra what time she can actually start and come right back to you
how-long-reply-3-wording-3 = nie bede strzelac. minutka, skocze do Dóry zapytac, o ktorej konkretnie zaczyna, i juz jestem z powrotem

# en: I'm not going to guess. Let me go and ask Dóra right now exactly when she can start, and I'll be straight back to you within a minute.
how-long-reply-3-wording-4 = Nie będę strzelać. Pójdę teraz do Dóry zapytać, kiedy dokładnie może zacząć, i w ciągu minuty wrócę z odpowiedzią.

# en: I won't guess, I'll go ask Dóra now and come right back.
how-long-reply-3-wording-5 = Zamiast zgadywać, pójdę do Dóry i zaraz wrócę.

# en: Rather than guess, give me a minute: I'm going to find out from Dóra exactly what time she can start, back in a sec.
how-long-reply-3-wording-6 = Wolę nie strzelać, pani Réko. Skoczę do Dóry i ustalę konkretną godzinę, o której zacznie, wracam za moment.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-3-feedback = Nie zgadujesz w sprawie cudzej pracy i obiecujesz coś, nad czym masz pełną kontrolę: minuta, potem konkretna odpowiedź. Przy spotkaniu o 13:30 prawdziwa godzina jest dla niej więcej warta niż pocieszająca.

# en: I honestly don't know yet, and I'd rather not guess. I'll check with Dóra as soon as she has a moment.
how-long-reply-4 = Szczerze mówiąc, jeszcze nie wiem i wolę nie zgadywać. Zapytam Dórę, jak tylko będzie miała chwilę.

# en: Honestly, I don't know yet. I won't put a number on it; once Dóra has a moment, I'll check with her.
how-long-reply-4-wording-1 = Prawdę mówiąc, tego jeszcze nie wiem, a zgadywać nie chcę. Zapytam Dórę, kiedy tylko znajdzie chwilę.

# en: Not sure yet, honestly. I'll check with Dóra once she has a moment.
how-long-reply-4-wording-2 = Nie wiem; zapytam Dórę, gdy będzie miała chwilę.

# en: honestly i don't know yet, won't pretend i do. i'll check with dóra soon as she's got a moment
how-long-reply-4-wording-3 = szczerze, na razie nie wiem i nie chce zgadywac. podpytam Dórę, jak sie na moment oderwie

# en: To be honest, I don't know yet and I don't want to guess. When Dóra has a free moment I'll check with her.
how-long-reply-4-wording-4 = Prawdę powiedziawszy, jeszcze tego nie wiem i nie chcę zgadywać. Jak Dóra będzie miała wolną chwilę, to się u niej dowiem.

# en: I don't know yet. I'll check with Dóra when she's free.
how-long-reply-4-wording-5 = Jeszcze nie wiem. Zapytam Dórę, jak będzie wolna.

# en: Honestly I can't say yet, and I won't guess. Once Dóra gets a spare moment I'll ask her.
how-long-reply-4-wording-6 = szczerze, na razie nie powiem, a zgadywać nie będę. jak Dóra złapie wolną chwilkę, to ją zapytam

# en: Honest, and refusing to guess was right. But 'as soon as she has a moment' leaves Réka watching the clock with no idea when; the best reply put a time on your own step: one minute.
how-long-reply-4-feedback = Uczciwie, i słusznie nie zgadujesz. Ale „jak tylko będzie miała chwilę” zostawia Rékę patrzącą na zegar bez pojęcia, kiedy; najlepsza odpowiedź określała czas twojego własnego kroku: minuta.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = „Jakieś dwadzieścia”? O 13:30 mam spotkanie. Nie zaplanuję popołudnia na „jakieś”. Potrzebuję konkretnej godziny.

# en: Fair enough, you need a time, not a guess. I'll ask Dóra right now and be back within a minute.
about-twenty-reply-1 = Słusznie, potrzebuje pani godziny, a nie zgadywania. Zapytam Dórę od razu i wrócę w ciągu minuty.

# en: That's fair, you need an actual time rather than an estimate. I'll go and ask Dóra now and I'll be back in under a minute.
about-twenty-reply-1-wording-1 = Ma pani rację, potrzebna jest konkretna godzina, a nie szacunki. Od razu pytam Dórę i w ciągu minuty wracam.

# en: Fair. I'll ask Dóra now, back in a minute.
about-twenty-reply-1-wording-2 = Słusznie; pytam Dórę i wracam za minutę z godziną.

# en: fair point, you need a proper time not a guess. going to ask dóra right now, back in a minute
about-twenty-reply-1-wording-3 = racja, musi pani znac godzine, a nie jakies strzaly. juz lece do Dóry i za minutke jestem z odpowiedzia

# en: You're right, you need an exact time and not an estimate. I'm going to ask Dóra now and I'll be back in a minute.
about-twenty-reply-1-wording-4 = Ma pani rację, potrzebuje pani dokładnej godziny, a nie szacunków. Idę teraz zapytać Dórę i za minutę wracam.

# en: Fair enough, I'll go ask Dóra now and come back.
about-twenty-reply-1-wording-5 = Słusznie, idę zapytać Dórę i zaraz wracam.

# en: thats fair, about isnt good enough. let me ask dora for a proper time right now, back in a minute
about-twenty-reply-1-wording-6 = no fakt, „jakieś” to za mało. już pytam Dórę o konkretną godzinę, za minutkę jestem

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = Przyjmujesz jej argument bez tłumaczenia się i wskazujesz krok, który możesz zrobić od ręki. Minuta drogi do Dóry da jej pewność, o którą prosiła.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take, and we can't rush the gel.
about-twenty-reply-2 = Naprawdę nie potrafię powiedzieć dokładnie. Przy zabiegach nikt tego nie wie; trwają tyle, ile trwają, a hybrydy nie da się poganiać.

# en: I really can't give you an exact time. No one can with treatments, which take however long they take, and gel can't be hurried.
about-twenty-reply-2-wording-1 = Naprawdę nie umiem podać dokładnej godziny. W tej branży nikt tego z góry nie przewidzi; zabieg trwa, ile musi, a hybrydy nikt nie przyspieszy.

# en: Nobody can say exactly; treatments take however long they need.
about-twenty-reply-2-wording-2 = Nie da się tego określić, zabieg trwa, ile trwa.

# en: honestly i can't give you an exact time, nobody can with treatments, it's however long it takes and you can't hurry gel
about-twenty-reply-2-wording-3 = serio nie wiem dokladnie. przy paznokciach nikt tego nie przewidzi, to trwa tyle, ile trwa, hybrydy sie nie pogoni

# en: I can't tell you exactly, honestly. No one can with treatments, they take as long as they need and you can't hurry gel.
about-twenty-reply-2-wording-4 = Szczerze, nie jestem w stanie podać dokładnej godziny. Przy zabiegach nikt tego nie potrafi, trwają tyle, ile potrzeba, a żelu nie da się pospieszyć.

# en: Nobody can give an exact time with treatments, sorry.
about-twenty-reply-2-wording-5 = Przy zabiegach nikt nie poda dokładnej godziny, przepraszam.

# en: There's no exact time, I'm afraid; treatments just take as long as they take and gel can't be rushed.
about-twenty-reply-2-wording-6 = Niestety dokładnej godziny nie ma; zabiegi trwają po prostu tyle, ile trwają, a przy hybrydzie pośpiech nie wchodzi w grę.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = Na swój sposób szczere, ale nawet nie próbujesz się dowiedzieć. Ktoś jednak wie: Dóra, dwadzieścia kroków dalej. „Nikt tego nie wie” zostawia Rékę przy ladzie, a zegar tyka.

# en: I'm sorry, I know it's annoying. I'll keep an eye on it for you and let you know as soon as there's any news.
about-twenty-reply-3 = Przepraszam, wiem, że to irytujące. Będę tego pilnować i dam pani znać, jak tylko się czegoś dowiem.

# en: Sorry, I know it's frustrating. I'll keep watch for you and tell you the minute I hear anything.
about-twenty-reply-3-wording-1 = Przepraszam, rozumiem, że to denerwujące. Będę to obserwować i powiem pani, gdy tylko czegoś się dowiem.

# en: Sorry. I'll let you know when I hear anything.
about-twenty-reply-3-wording-2 = Przepraszam; dam znać, jak coś będę wiedzieć.

# en: sorry, i know it's a pain. i'll keep an eye out and let you know when there's an update
about-twenty-reply-3-wording-3 = sorry, wiem, ze to irytuje. bede na to zerkac i jak tylko cos bede wiedziec, od razu pani powiem

# en: Sorry, I know it's frustrating. I'll keep an eye on it for you and tell you as soon as I hear anything.
about-twenty-reply-3-wording-4 = Przepraszam, wiem, że to frustrujące. Będę to śledzić i poinformuję panią, jak tylko coś usłyszę.

# en: Sorry, I'll keep you posted.
about-twenty-reply-3-wording-5 = Przepraszam, będę panią informować.

# en: I'm sorry, I know it's a nuisance. I'll keep an eye on things and let you know the moment there's news.
about-twenty-reply-3-wording-6 = Przykro mi, wiem, że to uciążliwe. Będę miała oko na sytuację i dam znać, gdy tylko pojawią się jakieś wieści.

# en: Kind in tone, but 'as soon as there's news' is the same 'about' she just rejected. She asked for a time; you offered to wait with her.
about-twenty-reply-3-feedback = Ton życzliwy, ale „jak tylko się czegoś dowiem” to to samo „jakieś”, które właśnie odrzuciła. Prosiła o godzinę, a ty proponujesz, że poczekasz razem z nią.

# en: It's quarter to one. You said it'd be fine. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = Jest za kwadrans pierwsza. Mówiła pani, że wszystko będzie dobrze. Siedzę tu i patrzę na zegar, a Dóra dalej nie wyszła.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it. Can I top up your coffee?
five-minutes-later-reply-1 = Już prawie kończy, naprawdę. To jeszcze tylko parę minut, daję słowo. Dolać pani kawy?

# en: She's almost finished, really. Just another minute or two, I'm certain. Shall I refill your coffee?
five-minutes-later-reply-1-wording-1 = Już prawie kończy, serio. Jeszcze parę minutek, słowo. Dolać pani kawy?

# en: She's almost done, just a couple more minutes. More coffee?
five-minutes-later-reply-1-wording-2 = Zaraz kończy, jeszcze chwilka, obiecuję.

# en: she's nearly there now honestly, literally a couple more mins, i'm sure. want a top up of coffee?
five-minutes-later-reply-1-wording-3 = juz na finiszu, naprawde, jeszcze moment, daje slowo. moze dolewke kawy?

# en: She's really nearly finished now, I'm sure it'll just be another couple of minutes. Shall I get you a fresh coffee?
five-minutes-later-reply-1-wording-4 = Naprawdę już prawie kończy, na pewno to kwestia jeszcze dwóch, trzech minut. Przynieść pani świeżą kawę?

# en: She's nearly done, honestly. Another coffee?
five-minutes-later-reply-1-wording-5 = Już prawie skończyła, naprawdę. Jeszcze kawy?

# en: honestly she's almost done, two more minutes max i'm sure. can i top up your coffee for you?
five-minutes-later-reply-1-wording-6 = serio, już końcówka, maks dwie minuty, jestem pewna. dolać kawki?

# en: A second guess on top of a broken one. She has just watched your first reassurance fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-1-feedback = Drugie zgadywanie na pierwszym, nieudanym. Właśnie widziała, jak twoje zapewnienie się nie sprawdziło; kolejne, bez sprawdzenia, mówi jej, że twoje godziny nic nie znaczą.

# en: You're right: I guessed instead of checking, and that's on me. I'll get you a real time from Dóra now.
five-minutes-later-reply-2 = Ma pani rację: to był strzał zamiast sprawdzonej godziny, moja wina. Zaraz ustalę z Dórą konkretny czas.

# en: You're quite right: I gave you a guess rather than checking, and that's my fault. I'll get a proper time from Dóra right now.
five-minutes-later-reply-2-wording-1 = Słusznie: to było zgadywanie, a nie sprawdzona godzina, i to mój błąd. Już ustalam z Dórą dokładny czas.

# en: My fault, I guessed. Getting a proper time from Dóra now.
five-minutes-later-reply-2-wording-2 = Racja, to było zgadywanie, moja wina. Zaraz sprawdzę u Dóry.

# en: you're right, i guessed when i should've checked, that's my fault. i'll go get an actual time from dóra now
five-minutes-later-reply-2-wording-3 = racja, to byl strzal w ciemno zamiast konkretu, moja wpadka. juz ide do Dóry po dokladna godzine

# en: You're right, I should have checked instead of guessing, that's my mistake. I'm going to get a proper time from Dóra right now.
five-minutes-later-reply-2-wording-4 = Ma pani rację, powinnam była to sprawdzić, zamiast zgadywać, to mój błąd. Już idę ustalić z Dórą prawdziwą godzinę.

# en: Sorry, I guessed. I'll get a real time from Dóra now.
five-minutes-later-reply-2-wording-5 = Przepraszam, strzelałam. Idę po konkretną godzinę od Dóry.

# en: That one's on me, Réka: I guessed rather than asking. Let me go and get an actual time from Dóra now.
five-minutes-later-reply-2-wording-6 = To moja wina, pani Réko: zgadłam, zamiast zapytać. Pozwoli pani, że pójdę teraz do Dóry po faktyczną godzinę.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-2-feedback = Przyznanie się do własnego błędnego szacunku jest trudne i słuszne. Błąd otwarcie wzięty na siebie wybacza się znacznie łatwiej niż drugie zgadywanie.

# en: I'm sorry, but that's really down to Dóra, not me. She's running very far behind today and nobody told the desk.
five-minutes-later-reply-3 = Przepraszam, ale to naprawdę zależy od Dóry, nie ode mnie. Ma dziś ogromne opóźnienie i nikt nie uprzedził recepcji.

# en: I'm sorry, but that's Dóra's responsibility, not mine. She's running a long way behind today and no one let reception know.
five-minutes-later-reply-3-wording-1 = Przepraszam, ale to kwestia Dóry, nie moja. Ma dziś potężne opóźnienie, a recepcja o niczym nie wiedziała.

# en: Sorry, that's on Dóra, not me; nobody told the desk.
five-minutes-later-reply-3-wording-2 = To nie ode mnie zależy, tylko od Dóry, która nas nie uprzedziła.

# en: sorry but that's really dóra's thing not mine, she's miles behind today and no one told us on reception
five-minutes-later-reply-3-wording-3 = sorry, ale to Dóra decyduje, nie ja. ma dzis gigantyczna obsuwe i nawet nam na recepcji nie dala znac

# en: Sorry, but that's Dóra's fault, not mine. She's way behind today and nobody bothered to tell the desk.
five-minutes-later-reply-3-wording-4 = Przepraszam, ale to wina Dóry, a nie moja. Jest dziś mocno do tyłu i nikt nie raczył powiedzieć o tym recepcji.

# en: Sorry, that's down to Dóra, not me; she's way behind today.
five-minutes-later-reply-3-wording-5 = Przepraszam, to przez Dórę, nie przeze mnie; ma dziś duże opóźnienie.

# en: not my fault sorry, it's down to dóra, she's really behind and no one told reception
five-minutes-later-reply-3-wording-6 = to nie moja wina, sorry, to Dóra, jest strasznie w plecy, a recepcji nikt nic nie powiedział

# en: To Réka the reassurance was yours, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = Dla Réki to było twoje zapewnienie, nie Dóry. Zrzucanie tego na koleżankę brzmi jak wymówka i pokazuje skłócony salon, tuż zanim któraś z was zrobi jej paznokcie.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = No i? Co powiedziała? Jeśli to jeszcze dwadzieścia minut, nie zdążę na spotkanie.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = No więc? Jaka jest prawdziwa odpowiedź? Nie mogę się dziś spóźnić.

# en: Dóra can't start until five to one, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-1 = Dóra może zacząć dopiero za pięć pierwsza, więc dziś niestety się nie uda. Mogę przenieść panią na czwartek na 12:30. Zapisać panią?

# en: Dóra won't be free until 12:55, so I'm afraid today's not going to work. How about Thursday at 12:30 instead? Shall I book that?
options-reply-1-wording-1 = Dóra zacznie najwcześniej za pięć pierwsza, więc dzisiaj niestety nic z tego. Proponuję czwartek, 12:30. Zapisuję?

# en: Today won't work; how about Thursday at 12:30?
options-reply-1-wording-2 = Dziś się nie uda; czwartek 12:30? Zapisać?

# en: dóra can't start till 12.55 so today's a no go sorry. i can move you to thursday at half 12 instead, want me to book it?
options-reply-1-wording-3 = przykro mi, dzis juz sie niestety nie uda. moge pania przeniesc na czwartek na 12:30, to co, zapisac?

# en: I'm afraid Dóra can't start until five to one, so today won't be possible. I can put you in for Thursday at half twelve instead, shall I book it?
options-reply-1-wording-4 = Niestety Dóra zacznie dopiero o 12:55, więc dzisiaj to niemożliwe. W zamian mogę zapisać panią na czwartek na wpół do pierwszej, rezerwuję?

# en: Sorry, today's not possible. Shall I book you for Thursday instead?
options-reply-1-wording-5 = Przykro mi, dziś się nie da. Zapisać panią na czwartek?

# en: Thursday at 12:30 is free, shall I rebook you? Dóra can't start till 12:55, so today won't work.
options-reply-1-wording-6 = Mogę panią przenieść na czwartek, wpół do pierwszej jest wolne, zapisać? Dzisiaj niestety już się nie uda.

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-1-feedback = Rzetelnie i szybko, ale zamykasz dzisiejsze drzwi, nie szukając innej drogi, i proponujesz tę samą porę w czasie lunchu, która właśnie się rozjechała. Poświęciła pół przerwy; potrzebuje wyboru, a nie formularza wypełnionego za nią.

# en: Good news: I've asked Dóra to speed things up, so she'll start at ten to one and still have you out by twenty past. You'll make it, I promise.
options-reply-2 = Dobra wiadomość: na moją prośbę Dóra się pospieszy, więc zacznie za dziesięć pierwsza, a skończy z panią dwadzieścia po. Zdąży pani, obiecuję.

# en: Great news: Dóra's agreed to work a bit faster, so she'll begin at 12:50 and you'll still be out at 1:20. You'll make your meeting, I promise.
options-reply-2-wording-1 = Dobre wieści: Dóra na moją prośbę przyspieszy, zacznie o 12:50 i skończy o 13:20. Zdąży pani, obiecuję.

# en: Dóra will go faster: start 12:50, done by 1:20, I promise.
options-reply-2-wording-2 = Dóra się pospieszy: 12:50–13:20, zdąży pani, słowo.

# en: good news! i've told dóra to speed up a bit, she'll start at 12.50 and have you done by 1.20. you'll make it, promise
options-reply-2-wording-3 = dobra wiadomosc! Dóra sie sprezy, zacznie 12:50 i skonczy z pania 13:20. zdazy pani na bank

# en: Good news: I've asked Dóra to hurry up, she'll start at ten to one and you'll be out by twenty past. I promise you'll make it.
options-reply-2-wording-4 = Mam dobrą wiadomość: poprosiłam Dórę, żeby się pośpieszyła, zacznie za dziesięć pierwsza i wyjdzie pani dwadzieścia po. Zdąży pani, obiecuję.

# en: Dóra's going to speed up, you'll be out by 1:20, promise.
options-reply-2-wording-5 = Dóra przyspieszy, wyjdzie pani o 13:20, obiecuję.

# en: great news! dora will be quicker, starting 12.50 and finished by 1.20, i promise you'll make your meeting
options-reply-2-wording-6 = super wieści! Dóra będzie szybsza, zaczyna 12:50, kończy 13:20, obiecuję, że zdąży pani na spotkanie

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-2-feedback = Pamiętasz o jej terminie i chcesz go ratować, ale obiecujesz tempo Dóry, na które nie masz wpływu. Zresztą nie płaci za pospieszną hybrydę.

# en: Thanks for waiting. Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or Dóra another day. Your choice?
options-reply-3 = Dziękuję, że pani czekała. Dóra zacznie za pięć pierwsza, za późno. Kinga jest wolna, skończy kwadrans po, albo Dóra innego dnia. Co pani wybiera?

# en: Thank you for your patience. Dóra can't begin until 12:55, which is too late for you. Kinga is free right now and would finish by 1:15, or you could see Dóra on another day. Which would you prefer?
options-reply-3-wording-1 = Dzięki za cierpliwość. Dóra zaczęłaby o 12:55, za późno. Do wyboru: Kinga od razu albo Dóra innego dnia. Co pani wybiera?

# en: Thanks for waiting. Kinga now, done by 1:15, or Dóra another day?
options-reply-3-wording-2 = Dzięki za czekanie. Dóra za późno; Kinga teraz albo Dóra innego dnia?

# en: thanks for hanging on. dóra can't start till 12.55, too late for your meeting. kinga's free right now and would have you done by 1.15, or i can book you with dóra another day. up to you?
options-reply-3-wording-3 = dzieki ze pani poczekala. Dóra zaczelaby za pozno, wiec do wyboru: Kinga od razu albo Dóra innego dnia, co pani wybiera?

# en: Thank you for waiting. Dóra can only start at five to one, which is too late, so you can either go with Kinga now and be done by quarter past, or see Dóra another day. What would you like?
options-reply-3-wording-4 = Dziękuję za cierpliwość. Dóra może zacząć dopiero za pięć pierwsza, a to za późno, więc albo idzie pani teraz do Kingi i kończy kwadrans po, albo umówimy Dórę na inny dzień. Na co się pani decyduje?

# en: Thanks for waiting. Kinga now, or Dóra another day?
options-reply-3-wording-5 = Dziękuję, że pani poczekała. Teraz Kinga czy inny dzień z Dórą?

# en: Two options for you: Kinga's free this minute and finishes by 1.15, or I book you with Dóra on another day since 12.55 is too late. Which do you prefer?
options-reply-3-wording-6 = Dziękuję za cierpliwość, pani Réko. Do wyboru: Kinga od zaraz, gotowe kwadrans po, albo Dóra innego dnia, bo dziś zaczęłaby za późno. Co pani wybiera?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-3-feedback = Dziękujesz jej, podajesz złą wiadomość wprost, odnosisz ją do spotkania o 13:30 i dajesz dwie prawdziwe możliwości, zostawiając wybór jej. Uczciwa godzina plus wybór to coś, co uspokaja klientkę w pośpiechu.

# en: Dóra can't start until five to one, which is too late for you. But Kinga's free right now and could have you done by quarter past.
options-reply-4 = Dóra może zacząć dopiero za pięć pierwsza, a to dla pani za późno. Ale Kinga jest wolna w tej chwili i zdążyłaby skończyć kwadrans po pierwszej.

# en: Dóra won't be able to start before 12:55, and that's too late for you. However, Kinga is available right now and could finish you by 1:15.
options-reply-4-wording-1 = Dóra zacznie najwcześniej o 12:55, a to już dla pani za późno. Za to Kinga jest teraz wolna i zdążyłaby skończyć o 13:15.

# en: Dóra's too late, but Kinga's free now and done by 1:15.
options-reply-4-wording-2 = Dóra za późno, ale Kinga może teraz, skończy 13:15.

# en: dóra can't do it till 12.55, that's too late for you. kinga's free this minute though and could have you finished by quarter past
options-reply-4-wording-3 = Dóra dopiero 12:55, to za pozno dla pani. ale Kinga jest wolna od zaraz i skonczylaby kwadrans po pierwszej

# en: Dóra's not free until 12:55, which is too late for your meeting. Kinga, though, is available now and could have you finished by 1:15.
options-reply-4-wording-4 = Dóra będzie wolna dopiero o 12:55, a to za późno na pani spotkanie. Natomiast Kinga jest dostępna od razu i skończyłaby z panią o 13:15.

# en: Dóra's too late, but Kinga can do you right now.
options-reply-4-wording-5 = Dóra nie zdąży, ale Kinga może panią przyjąć od razu.

# en: Kinga can see you straight away and have you done by quarter past, Dóra's not free till five to one which won't work for you.
options-reply-4-wording-6 = Kinga może panią wziąć od ręki i skończyć kwadrans po pierwszej, a Dóra jest wolna dopiero za pięć pierwsza, co pani nie pasuje.

# en: Straight and useful: a real time and a way to make her meeting. The best reply also thanked her for waiting and left her the choice, including staying with Dóra, who has done her nails for two years.
options-reply-4-feedback = Wprost i konkretnie: prawdziwa godzina i sposób, żeby zdążyła na spotkanie. Najlepsza odpowiedź dodatkowo dziękowała za czekanie i zostawiała jej wybór, także ten, by zostać przy Dórze, która od dwóch lat robi jej paznokcie.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = Proszę posłuchać. O 13:30 muszę być z powrotem przy biurku. Co właściwie może pani dla mnie dziś zrobić?

# en: Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or I'll book Dóra another day. Which would you like?
what-can-you-do-reply-1 = Dóra zacznie za pięć pierwsza, za późno. Kinga jest wolna, skończy kwadrans po, albo zapiszę panią do Dóry na inny dzień. Co pani woli?

# en: Dóra can't begin until 12:55, which won't work for you. Kinga's available now and would be finished by 1:15, or I can book you in with Dóra on another day. Which do you prefer?
what-can-you-do-reply-1-wording-1 = Dóra może zacząć dopiero o 12:55, więc to za późno. Kinga ma wolne stanowisko i skończy o 13:15, albo Dóra przyjmie panią innego dnia. Jak pani woli?

# en: Kinga now, done by 1:15, or Dóra another day: which?
what-can-you-do-reply-1-wording-2 = Kinga teraz, skończy 13:15, albo Dóra innego dnia. Co pani woli?

# en: dóra's not free till 12.55, too late. kinga can take you now and be done by 1.15, or i'll book you with dóra another day. which do you want?
what-can-you-do-reply-1-wording-3 = Dóra dopiero 12:55, za pozno. wolna jest Kinga i do 13:15 sie wyrobi, albo umowie pania z Dórą kiedy indziej, jak pani chce?

# en: Dóra won't be free until 12:55, too late for you. You can go with Kinga now and be done by 1:15, or I can book Dóra for another day. What would you prefer?
what-can-you-do-reply-1-wording-4 = Dóra nie zwolni się przed 12:55, to dla pani za późno. Może pani iść teraz do Kingi i skończyć o 13:15, albo zarezerwuję Dórę na inny dzień. Co pani woli?

# en: Kinga now, finished by 1:15, or Dóra another day?
what-can-you-do-reply-1-wording-5 = Teraz Kinga, gotowe o 13:15, czy Dóra w inny dzień?

# en: two options: kinga's free this minute and done by quarter past, or i rebook you with dóra on another day. your call
what-can-you-do-reply-1-wording-6 = dwie opcje: Kinga jest wolna w tej chwili i skończy kwadrans po, albo przepiszę panią do Dóry na inny dzień. pani decyzja

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = Na proste pytanie prosta odpowiedź: prawdziwa godzina rozpoczęcia, sposób, żeby zdążyła dziś na spotkanie, i wybór. Konkretne propozycje kończą grę w czekanie.

# en: I'll have a word with Dóra and ask her to speed things up for you. She can start at ten to one and still have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = Porozmawiam z Dórą i poproszę, żeby się dla pani pospieszyła. Może zacząć za dziesięć pierwsza i mimo to skończyć dwadzieścia po, na pewno da radę.

# en: Let me have a quick word with Dóra and get her to speed things along. She can get going by ten to one, and I'm sure you'll still be out by twenty past.
what-can-you-do-reply-2-wording-1 = Pogadam z Dórą, żeby się dla pani sprężyła. Może zacząć o 12:50 i i tak skończyć o 13:20, na pewno się wyrobi.

# en: I'll ask Dóra to hurry; she'll have you done by 1:20.
what-can-you-do-reply-2-wording-2 = Poproszę Dórę, żeby przyspieszyła; na pewno skończy 13:20.

# en: i'll have a chat with dóra and get her to speed up, she can start at 12.50 and still be done by 1.20 i'm sure
what-can-you-do-reply-2-wording-3 = zagadam do Dóry, zeby przyspieszyla dla pani, zacznie 12:50, skonczy 13:20, na bank zdazy

# en: Let me ask Dóra to go a bit quicker for you. She can start at 12:50 and I'm sure she'll have you finished by 1:20.
what-can-you-do-reply-2-wording-4 = Poproszę Dórę, żeby trochę przyspieszyła ze względu na panią. Może zacząć o 12:50 i jestem pewna, że skończy do 13:20.

# en: I'll get Dóra to hurry up so you're done by 1:20.
what-can-you-do-reply-2-wording-5 = Poproszę Dórę o pośpiech, skończy pani do 13:20.

# en: I'll speak to Dóra and get her to work faster, she'll start at ten to one and you'll be out by twenty past, I'm sure.
what-can-you-do-reply-2-wording-6 = Porozmawiam z Dórą, żeby pracowała szybciej, zacznie za dziesięć pierwsza i wyjdzie pani dwadzieścia po, jestem pewna.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = Próbujesz ratować jej spotkanie, ale obietnicą dotyczącą cudzych rąk. Jeśli Dóra nie zdąży, Réka się spóźni, a obietnica była twoja.

# en: Not a lot today, I'm afraid. We're fully booked all afternoon, and the system won't let me double-book a chair. Shall I find you another day this week?
what-can-you-do-reply-3 = Dziś niewiele, niestety. Całe popołudnie mamy zajęte, a system nie pozwala mi zapisać dwóch osób na jedno stanowisko. Poszukać pani innego dnia w tym tygodniu?

# en: Not much today, I'm afraid. We're booked solid for the rest of the afternoon, and the system doesn't allow double bookings. Shall I look for another day this week?
what-can-you-do-reply-3-wording-1 = Dzisiaj raczej niewiele, niestety. Popołudnie jest zajęte, a w systemie nie da się wpisać dwóch klientek na jedno stanowisko. Mam poszukać terminu na inny dzień w tym tygodniu?

# en: Not much, we're fully booked. Another day this week?
what-can-you-do-reply-3-wording-2 = Dziś niewiele się da; poszukać innego dnia?

# en: honestly not a lot today sorry, we're full all afternoon and our booking software won't let me put two people in one chair. want me to look for a different day this week?
what-can-you-do-reply-3-wording-3 = dzis raczej slabo, cale popoludnie zajete, a system nie przepusci dwoch rezerwacji na jedno stanowisko. moze inny dzien w tym tygodniu?

# en: Not much, I'm afraid. The whole afternoon is booked out and the system won't let me put two clients in one chair. Shall I look at another day this week?
what-can-you-do-reply-3-wording-4 = Niewiele, obawiam się. Całe popołudnie jest wyprzedane, a program nie pozwala posadzić dwóch klientek na jednym fotelu. Mam sprawdzić inny dzień w tym tygodniu?

# en: Sorry, we're full today. Another day this week?
what-can-you-do-reply-3-wording-5 = Przepraszam, dziś mamy komplet. Inny dzień w tym tygodniu?

# en: sorry, theres not much i can do today, we're fully booked and the computer won't allow double bookings. want another day this week?
what-can-you-do-reply-3-wording-6 = sorki, dziś za dużo nie zdziałam, wszystko zajęte, a komputer nie puści podwójnej rezerwacji. może inny dzień w tym tygodniu?

# en: You answered from the system, not from the room: Kinga has a free chair right now. 'Not a lot' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = Odpowiadasz z systemu, a nie z tego, co widać na sali: Kinga ma w tej chwili wolne stanowisko. „Niewiele” to dla Réki sygnał, że jej przerwa przepadła na nic.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = Ma się pospieszyć? Płacę za porządną hybrydę, a nie za robotę na szybko. I naprawdę może pani obiecać, że wyjdę dwadzieścia po?

# en: No, I can't promise that for Dóra, and I shouldn't have. Kinga's free now and done by quarter past, or Dóra another day.
rushed-risk-reply-1 = Nie, tego nie mogę obiecać za Dórę, to był mój błąd. Kinga jest wolna, skończy kwadrans po, albo Dóra innego dnia.

# en: No, I can't guarantee that on Dóra's behalf, and I was wrong to. Kinga is free now and would be done by 1:15, or you can see Dóra another day.
rushed-risk-reply-1-wording-1 = Nie, tego nie mogę za Dórę zagwarantować, niepotrzebnie to padło. Kinga ma wolne i skończy o 13:15, albo umówimy Dórę na inny dzień.

# en: No, I shouldn't have promised. Kinga now, or Dóra another day.
rushed-risk-reply-1-wording-2 = Nie obiecam tego za Dórę; Kinga do 13:15 albo Dóra innym razem.

# en: no, honestly i can't guarantee dóra's timing and i shouldn't have said it. kinga can do you now and finish by 1.15, or dóra on a different day
rushed-risk-reply-1-wording-3 = nie, za Dórę nie moge tego obiecac, niepotrzebnie to padlo. Kinga jest wolna i do 13:15 skonczy, ewentualnie Dóra w inny dzien

# en: No, I can't guarantee that with Dóra, and I was wrong to say it. Kinga can take you now and finish by quarter past, or you can see Dóra another day.
rushed-risk-reply-1-wording-4 = Nie, za Dórę nie mogę tego zagwarantować i źle zrobiłam, mówiąc tak. Kinga może panią przyjąć teraz i skończyć kwadrans po, albo umówi się pani z Dórą innego dnia.

# en: No, I can't promise that, sorry. Kinga now or Dóra another day?
rushed-risk-reply-1-wording-5 = Nie, nie obiecam tego, przepraszam. Kinga teraz czy Dóra innego dnia?

# en: You're right, I shouldn't have promised that for Dóra. What I can offer is Kinga now, done by 1:15, or Dóra on a different day.
rushed-risk-reply-1-wording-6 = Ma pani rację, nie powinnam była tego obiecywać za Dórę. Mogę zaproponować Kingę od razu, z końcem o 13:15, albo Dórę w inny dzień.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = Wycofanie własnej obietnicy jest niewygodne i dokładnie słuszne. Gwarancję, której nie da się dotrzymać, zastępujesz dwiema propozycjami, których dotrzymasz.

# en: Yes, I promise. Dóra's really quick when she needs to be, and she'd never do a rush job. You'll be out in plenty of time.
rushed-risk-reply-2 = Tak, obiecuję. Dóra jest naprawdę szybka, kiedy trzeba, i nigdy nie robi niczego byle jak. Wyjdzie pani z dużym zapasem czasu, zobaczy pani.

# en: Yes, I promise you. Dóra can be very fast when she has to be, and she never cuts corners. You'll leave with time to spare.
rushed-risk-reply-2-wording-1 = Tak, obiecuję. Dóra potrafi być naprawdę szybka, kiedy trzeba, a przy tym nigdy nie odwala fuszerki. Wyjdzie pani z zapasem czasu.

# en: Yes, promise. Dóra's quick and never rushes; you'll be fine.
rushed-risk-reply-2-wording-2 = Tak, obiecuję; Dóra jest szybka i dokładna.

# en: yes i promise, dóra's super quick when she has to be, plus she'd never rush it. you'll be out with loads of time
rushed-risk-reply-2-wording-3 = tak, daje slowo. Dóra, jak trzeba, to smiga, a nigdy nie robi byle jak. spokojnie pani zdazy, nawet z zapasem

# en: Yes, I promise. Dóra works really fast when she has to and she never does a rush job, you'll be out with time to spare.
rushed-risk-reply-2-wording-4 = Tak, obiecuję. Dóra pracuje bardzo sprawnie, kiedy musi, i nigdy niczego nie robi na odwal się, wyjdzie pani z zapasem.

# en: Yes, I promise, you'll be out in time.
rushed-risk-reply-2-wording-5 = Tak, obiecuję, wyjdzie pani na czas.

# en: i promise yes, dora never rushes but she is really quick, you'll have loads of time
rushed-risk-reply-2-wording-6 = obiecuję, serio, Dóra nigdy nie robi na szybko, ale jest mega sprawna, będzie pani miała kupę czasu

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember who promised.
rushed-risk-reply-2-feedback = Powiedziała, dlaczego wątpi, a ty podwajasz obietnicę, zamiast ją sprawdzić. Jeśli Dóra znowu się przeciągnie, Réka zapamięta, kto obiecywał.

# en: Well, it's that or rebook, I'm afraid. Those are the only two options we have today, and I can't change Dóra's diary.
rushed-risk-reply-3 = No cóż, albo to, albo nowy termin, niestety. Tylko te dwie możliwości mamy dzisiaj, a grafiku Dóry nie mogę zmienić.

# en: Well, it's either that or we rebook you, I'm afraid. That's all we can offer today, and I can't alter Dóra's schedule.
rushed-risk-reply-3-wording-1 = No cóż, albo tak, albo nowy termin, innej opcji nie ma. Dziś mamy tylko te dwie możliwości, a grafiku Dóry zmienić nie mogę.

# en: It's that or rebooking; those are your only options.
rushed-risk-reply-3-wording-2 = Albo to, albo inny termin, nic więcej.

# en: well either that or you rebook, i'm afraid. there's only the two options today and dóra's diary won't budge
rushed-risk-reply-3-wording-3 = no to albo tak, albo przepisujemy, innych wyjsc dzis nie ma, w grafik Dóry nie moge ingerowac

# en: I'm afraid it's either that or rebooking. Those are the only two choices today, and I can't move Dóra's schedule.
rushed-risk-reply-3-wording-4 = Obawiam się, że zostaje to albo przełożenie wizyty. Dziś są tylko te dwie opcje, a grafiku Dóry nie przesunę.

# en: Sorry, it's that or rebook, nothing else.
rushed-risk-reply-3-wording-5 = Przykro mi, to albo inny termin, nic poza tym.

# en: that's really all we can do today im afraid, take it or rebook, dora's diary can't be changed
rushed-risk-reply-3-wording-6 = niestety więcej dziś nie zrobimy, albo pani bierze, albo przekładamy, grafik Dóry jest nie do ruszenia

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = „Bierze pani albo nie” brzmi niecierpliwie i nawet nie jest prawdą: Kinga ma wolne stanowisko. To popycha Rékę do tego, żeby zażądała kogoś innego.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = W czwartek? Czyli poświęciłam przerwę na lunch na nic? A 12:30 to dokładnie ta godzina, która właśnie się rozjechała!

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid. Everything else is booked until the end of the month.
rebook-reaction-reply-1 = Czwartek o 12:30 to niestety jedyny termin Dóry w porze lunchu w tym tygodniu. Wszystko inne jest zajęte do końca miesiąca.

# en: I'm afraid Thursday at 12:30 is Dóra's only lunchtime space this week. She's fully booked otherwise until the month ends.
rebook-reaction-reply-1-wording-1 = W tym tygodniu Dóra w godzinach lunchu ma wolny tylko czwartek, 12:30. Reszta grafiku jest pełna do końca miesiąca.

# en: Thursday 12:30 is her only lunchtime slot this week, sorry.
rebook-reaction-reply-1-wording-2 = W przerwie obiadowej Dóra ma tylko czwartek o 12:30.

# en: sorry, thursday at half 12 is the only lunch slot dóra's got this week, the rest is booked up for weeks
rebook-reaction-reply-1-wording-3 = niestety, w porze lunchu Dóra ma w tym tyg. tylko czwartek 12:30, a poza tym wszystko zajete do konca miesiaca

# en: Sorry, Thursday at 12:30 is Dóra's only lunchtime slot this week. The rest of her diary is full until the end of the month.
rebook-reaction-reply-1-wording-4 = Przykro mi, czwartek o 12:30 to jedyne okienko Dóry w porze lunchu w tym tygodniu. Poza tym ma wszystko zajęte do końca miesiąca.

# en: Sorry, that's Dóra's only lunch slot this week.
rebook-reaction-reply-1-wording-5 = Przepraszam, to jedyny termin Dóry w porze lunchu w tym tygodniu.

# en: It's the only lunchtime appointment she has, I'm afraid; Dóra's booked solid till the end of the month otherwise.
rebook-reaction-reply-1-wording-6 = Obawiam się, że to jej jedyna wizyta w godzinach lunchu; poza tym Dóra ma pełny grafik aż do końca miesiąca.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-1-feedback = Odczytywanie grafiku odpowiada na pytanie, którego nie zadała. Właśnie ci powiedziała, że ta godzina jest problemem; proponując ją znowu, pokazujesz, że jej nie słyszysz.

# en: Fair on both counts; I jumped ahead. Kinga's free now and done by quarter past, or I'll book Dóra's first slot after her break.
rebook-reaction-reply-2 = Słusznie, w obu sprawach; to było pochopne. Kinga jest teraz wolna, skończy kwadrans po, albo zapiszę panią na pierwszy termin Dóry po przerwie.

# en: You're right about both; I got ahead of myself. Kinga's available right now and would finish by 1:15, or I can book you into Dóra's first appointment after her break.
rebook-reaction-reply-2-wording-1 = Słusznie w obu sprawach; ta propozycja była nieprzemyślana. Kinga ma teraz wolne i skończy o 13:15, albo zapiszę panią do Dóry na pierwszy termin zaraz po jej przerwie.

# en: Fair point, I rushed. Kinga now, or Dóra straight after her break?
rebook-reaction-reply-2-wording-2 = Racja, pochopnie. Kinga teraz albo Dóra zaraz po jej przerwie.

# en: fair, both of those. i jumped the gun. kinga can take you now and be done by 1.15, or i'll put you in dóra's first slot once she's back from her break
rebook-reaction-reply-2-wording-3 = racja, w jednym i drugim, glupio to wyszlo. Kinga ma teraz luz i skonczy kwadrans po, albo wpisze pania do Dóry na pierwsza wizyte po jej przerwie

# en: You're right on both points, I got ahead of myself. Kinga can do you now and finish by 1:15, or I can book you into Dóra's first slot after her break.
rebook-reaction-reply-2-wording-4 = Ma pani rację w obu kwestiach, za bardzo się pośpieszyłam. Kinga może panią przyjąć teraz i skończyć o 13:15, albo wpiszę panią do Dóry na pierwszy wolny termin po jej przerwie.

# en: You're right, I jumped ahead. Kinga now, or Dóra after her break?
rebook-reaction-reply-2-wording-5 = Racja, pospieszyłam się. Kinga teraz czy Dóra po przerwie?

# en: both fair points, i rushed that. how about kinga right now, done by quarter past, or dóra's first appointment once her break's over
rebook-reaction-reply-2-wording-6 = oba argumenty trafione, za szybko z tym wyskoczyłam. to może Kinga od razu, skończy kwadrans po, albo pierwsza wizyta u Dóry po jej przerwie?

# en: You owned the slip and answered both things she said: today is not lost, and a slot straight after Dóra's break cannot be eaten by an earlier client.
rebook-reaction-reply-2-feedback = Bierzesz na siebie pośpiech i odpowiadasz na obie rzeczy, które powiedziała: dzisiejszy dzień nie jest stracony, a termin tuż po przerwie Dóry nie może zostać zjedzony przez wcześniejszą klientkę.

# en: I know, I'm sorry, I only offered Thursday because Dóra's so busy lately, and her regulars always want the same lunchtime slots.
rebook-reaction-reply-3 = Wiem, przepraszam, czwartek padł tylko dlatego, że Dóra jest ostatnio bardzo zajęta, a jej stałe klientki zawsze chcą tych samych godzin w porze lunchu.

# en: I know, sorry, I suggested Thursday only because Dóra's been so busy recently, and her regular clients always ask for the same lunch slots.
rebook-reaction-reply-3-wording-1 = Wiem, przepraszam; czwartek wziął się tylko stąd, że Dóra ma ostatnio mnóstwo pracy, a stałe klientki Dóry zawsze rezerwują te same godziny w czasie lunchu.

# en: Sorry, Dóra's just so busy; her regulars all want lunchtimes.
rebook-reaction-reply-3-wording-2 = Przepraszam, Dóra jest oblegana, stałe klientki zajmują lunch.

# en: i know, sorry, i only said thursday cos dóra's been flat out lately, her regulars always go for the same lunch slots
rebook-reaction-reply-3-wording-3 = wiem, sorry, czwartek wyszedl tylko dlatego, ze Dóra ma teraz urwanie glowy, a jej stale klientki biora zawsze te same godziny w przerwie na lunch

# en: I know, sorry, I only suggested Thursday because Dóra's so busy at the moment, and her regular clients always book the same lunch slots.
rebook-reaction-reply-3-wording-4 = Wiem, przepraszam, zaproponowałam czwartek tylko dlatego, że Dóra ma teraz mnóstwo klientek, a jej stałe bywalczynie zawsze rezerwują te same godziny w porze lunchu.

# en: Sorry, Dóra's just really busy, that's why Thursday.
rebook-reaction-reply-3-wording-5 = Przepraszam, Dóra jest po prostu bardzo zajęta, stąd czwartek.

# en: i know sorry, thursday was all i could offer because dora's regulars snap up the lunchtime slots, she's so busy lately
rebook-reaction-reply-3-wording-6 = wiem, sorry, czwartek to wszystko, co mogłam dać, bo stałe klientki Dóry rozchwytują godziny w porze lunchu, ona jest ostatnio mega zajęta

# en: An explanation of the diary, not an answer to her. She asked whether her lunch break was wasted; telling her how popular Dóra is doesn't give it back.
rebook-reaction-reply-3-feedback = Wyjaśnienie grafiku, a nie odpowiedź dla niej. Zapytała, czy jej przerwa poszła na marne; opowieść o tym, jak popularna jest Dóra, jej tej przerwy nie zwróci.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = Dobra, mam dość. Jest kierowniczka? Chcę porozmawiać z kimś, kto naprawdę może to załatwić.

# en: Of course. If you'd like to take a seat, I'll go and get Zsuzsa for you. She's just in the back office doing the rota.
manager-demand-reply-1 = Oczywiście. Jeśli pani usiądzie, pójdę po Zsuzsę, naszą kierowniczkę. Jest akurat na zapleczu i układa grafik na przyszły tydzień.

# en: Certainly. Please sit down and I'll go and fetch Zsuzsa. She's just out the back working on the rota.
manager-demand-reply-1-wording-1 = Oczywiście. Niech pani usiądzie, a ja zawołam kierowniczkę, Zsuzsę. Jest na zapleczu, pracuje nad grafikiem na kolejny tydzień.

# en: Sure, grab a seat and I'll go get Zsuzsa from the back office.
manager-demand-reply-1-wording-2 = Proszę usiąść, zawołam Zsuzsę z zaplecza.

# en: of course, pop yourself down and i'll grab zsuzsa, she's in the back office sorting the staff rota
manager-demand-reply-1-wording-3 = jasne, niech pani przysiadzie, skocze po szefowa, Zsuzsę. akurat siedzi na zapleczu nad grafikiem na przyszly tydzien

# en: Sure. Have a seat and I'll fetch Zsuzsa for you, she's in the back office working on the rota.
manager-demand-reply-1-wording-4 = Jasne. Proszę zająć miejsce, a ja przyprowadzę Zsuzsę, jest na zapleczu i robi grafik.

# en: Of course, take a seat, I'll get the manager.
manager-demand-reply-1-wording-5 = Oczywiście, proszę usiąść, pójdę po kierowniczkę.

# en: Yes, the manager's Zsuzsa, she's out the back doing the rota. If you sit down I'll go and get her.
manager-demand-reply-1-wording-6 = Tak, kierowniczką jest Zsuzsa, siedzi z tyłu nad grafikiem. Jeśli pani usiądzie, zaraz ją sprowadzę.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again to Zsuzsa.
manager-demand-reply-1-feedback = Uprzejmie, i szanuje jej życzenie, ale sprawa wychodzi z twoich rąk nierozwiązana, a kolejna część jej przerwy pójdzie na opowiadanie wszystkiego od nowa Zsuzsie.

# en: Zsuzsa's in; I'll fetch her if you like. But I can fix this now: Kinga's free this minute and done by quarter past one.
manager-demand-reply-2 = Zsuzsa jest, zawołam ją, jeśli pani chce. Ale mogę to załatwić od razu: Kinga jest teraz wolna i skończy kwadrans po pierwszej.

# en: Zsuzsa is here, and I can get her if you want. But I can sort this right now: Kinga is free at this moment and could have you finished by 1:15.
manager-demand-reply-2-wording-1 = Zsuzsa jest na miejscu i mogę ją zawołać, jeśli pani chce. Ale da się to załatwić od ręki: Kinga ma teraz wolne i skończy o 13:15.

# en: I can get Zsuzsa, or Kinga can do you now, done by 1:15.
manager-demand-reply-2-wording-2 = Mogę zawołać Zsuzsę, ale Kinga może panią wziąć teraz.

# en: zsuzsa's around, happy to get her for you. but i can sort it straight away, kinga's free this second and can be done by quarter past
manager-demand-reply-2-wording-3 = Zsuzsa jest, moge ja zawolac, jak pani chce. ale mozna szybciej: Kinga wlasnie jest wolna i skonczy z pania 13:15

# en: Zsuzsa is here and I can get her for you. But I can actually sort this right now: Kinga is free and can have you done by quarter past one.
manager-demand-reply-2-wording-4 = Zsuzsa jest na miejscu i mogę ją poprosić. Ale właściwie mogę to rozwiązać od razu: Kinga jest wolna i zdąży skończyć kwadrans po pierwszej.

# en: I can get Zsuzsa, but Kinga can do you now.
manager-demand-reply-2-wording-5 = Zsuzsa jest, ale załatwię to od ręki: Kinga przyjmie panią teraz.

# en: happy to get zsuzsa if you want, but i can fix it now, kinga is free and will have you finished by 1.15
manager-demand-reply-2-wording-6 = chętnie zawołam Zsuzsę, jeśli pani chce, ale sama mogę to teraz załatwić, Kinga jest wolna i skończy z panią o 13:15

# en: You respected her request and still kept the case: a way to make her meeting, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-2-feedback = Szanujesz jej prośbę i mimo to zatrzymujesz sprawę u siebie: od razu jest sposób, żeby zdążyła na spotkanie. Klienci często proszą o kierownika tylko dlatego, że stracili nadzieję na osobę, która przed nimi stoi.

# en: Of course. I'll bring Zsuzsa out now and tell her the whole story myself, the twenty minutes and your half-one meeting, so you needn't repeat it.
manager-demand-reply-3 = Oczywiście. Zaraz przyprowadzę Zsuzsę i osobiście opowiem jej wszystko, te dwadzieścia minut i pani spotkanie o 13:30, żeby nie musiała pani niczego powtarzać.

# en: Certainly. I'll bring Zsuzsa out right away and give her the full story myself, the twenty-minute wait and your meeting at half one, so you won't need to repeat any of it.
manager-demand-reply-3-wording-1 = Jasne. Już przyprowadzam Zsuzsę i od razu przedstawię jej całą sytuację, te dwadzieścia minut opóźnienia i to, że o 13:30 ma pani spotkanie, żeby nie musiała pani się powtarzać.

# en: Sure, I'll bring Zsuzsa out and fill her in on the whole story myself.
manager-demand-reply-3-wording-2 = Przyprowadzę Zsuzsę i opowiem jej wszystko za panią.

# en: of course, i'll go get zsuzsa and fill her in on the whole thing, the 20 min wait and your meeting at half one, so you don't have to say it all again
manager-demand-reply-3-wording-3 = oczywiscie, juz wolam Zsuzsę i wprowadze ja w temat, ze 20 minut obsuwy i ze o 13:30 ma pani spotkanie, zeby nie musiala pani sie powtarzac

# en: Sure. I'll bring Zsuzsa out right now and explain everything to her myself, the twenty minute wait and your meeting at half one, so you don't have to tell it all again.
manager-demand-reply-3-wording-4 = Jasne. Zaraz sprowadzę Zsuzsę i sama wszystko jej wytłumaczę, te dwadzieścia minut czekania i pani spotkanie o wpół do drugiej, żeby nie musiała pani opowiadać tego od nowa.

# en: Yes, I'll get Zsuzsa and explain it all to her myself.
manager-demand-reply-3-wording-5 = Przyprowadzę Zsuzsę i sama jej wszystko opowiem, żeby pani nie musiała powtarzać.

# en: Of course, Réka. I'll brief Zsuzsa on the whole thing myself before she comes out, so you won't have to go over it again.
manager-demand-reply-3-wording-6 = Oczywiście, pani Réko. Zanim Zsuzsa do pani wyjdzie, sama przekażę jej całą sprawę, żeby nie musiała pani wszystkiego powtarzać.

# en: A good handover: she won't have to tell it twice and you stay with it. But nothing here needed the manager; Kinga's free chair was yours to offer, and every minute of handing over is a minute of her lunch break.
manager-demand-reply-3-feedback = Dobre przekazanie: nie będzie musiała opowiadać dwa razy, a ty zostajesz przy sprawie. Tylko że tu nie była potrzebna kierowniczka; wolne stanowisko Kingi można było zaproponować od razu, a każda minuta przekazywania to minuta jej przerwy.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today, and she can't magic up a free technician.
manager-demand-reply-4 = Zsuzsa powie pani niestety to samo. Dziś mamy komplet i ona też nie wyczaruje wolnej stylistki.

# en: I'm afraid Zsuzsa would say exactly the same. We're booked up today, and she can't conjure a free nail tech out of thin air.
manager-demand-reply-4-wording-1 = Niestety Zsuzsa powie pani dokładnie to samo. Dziś wszystko jest zajęte i nawet ona nie wyczaruje wolnej manikiurzystki.

# en: Zsuzsa will say the same; we're fully booked.
manager-demand-reply-4-wording-2 = Kierowniczka nic nie zmieni, mamy komplet.

# en: zsuzsa's only going to tell you the same sorry, we're full today and she can't just magic up another technician
manager-demand-reply-4-wording-3 = Zsuzsa nic innego pani nie powie, dzis full, a stylistki z kapelusza nie wyciagnie

# en: I'm afraid Zsuzsa will just say the same. We're full today, and she can't make a free technician appear from nowhere.
manager-demand-reply-4-wording-4 = Obawiam się, że Zsuzsa powie to samo. Dziś mamy pełne obłożenie i nie sprawi, że znikąd pojawi się wolna manikiurzystka.

# en: The manager can't do anything, we're full.
manager-demand-reply-4-wording-5 = Kierowniczka nic nie poradzi, mamy pełno.

# en: honestly the manager would tell you the exact same thing, we're booked up and there's no spare technician
manager-demand-reply-4-wording-6 = szczerze, szefowa powie pani dokładnie to samo, wszystko zajęte i nie ma żadnej wolnej dziewczyny

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
manager-demand-reply-4-feedback = Odmowa i ogłoszenie, że to bez sensu, nie zostawiają jej innej drogi niż drzwi. A to nawet nieprawda: Kinga ma wolne stanowisko.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
colleague-question-says-1 = No dobrze, spróbuję u Kingi. Ale mogę zapytać, dlaczego Dóra ma takie opóźnienie? W zeszłym miesiącu też czekałam na nią kwadrans.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
colleague-question-says-2 = Dobrze, niech będzie Kinga. Tak z ciekawości, co się dzieje z Dórą? W zeszłym miesiącu też siedziałam tu piętnaście minut.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
colleague-question-hint = Zaprasza cię do wyjaśnień. Możesz wyjaśnić, nikogo nie stawiając w złym świetle, ani koleżanki, ani innej klientki.

# en: Between us, Dóra's always behind. I've told the manager more than once that she books herself far too tightly, but nothing ever changes.
colleague-question-reply-1 = Między nami, Dóra zawsze ma opóźnienia. Kierowniczka nieraz słyszała ode mnie, że Dóra układa sobie wizyty za ciasno, ale nic się nie zmienia.

# en: Just between you and me, Dóra is always running late. I've said to the manager several times that she crams her bookings in too tight, but nothing's ever done.
colleague-question-reply-1-wording-1 = Tak między nami, Dóra ciągle ma obsuwy. Kierowniczka już kilka razy ode mnie słyszała, że Dóra za ciasno planuje wizyty, ale nic to nie daje.

# en: Between us, Dóra's always late, and nothing changes.
colleague-question-reply-1-wording-2 = Szczerze? Dóra zawsze się spóźnia, nic się nie zmienia.

# en: between you and me dóra's constantly behind. i've told the boss loads of times she overbooks herself but nothing ever happens
colleague-question-reply-1-wording-3 = miedzy nami, Dóra to wieczna obsuwa. szefowa nieraz slyszala, ze ona upycha klientki jedna na drugiej, i dalej nic

# en: Between you and me, Dóra always runs late. I keep telling the manager she packs her bookings too close together, but nothing is ever done about it.
colleague-question-reply-1-wording-4 = Między nami mówiąc, Dóra zawsze się spóźnia. Ciągle powtarzam kierowniczce, że za gęsto układa sobie klientki, ale nikt nic z tym nie robi.

# en: Honestly, Dóra's always behind, between us.
colleague-question-reply-1-wording-5 = Szczerze, między nami, Dóra zawsze jest do tyłu.

# en: off the record dora is always late, she overbooks herself and the manager never does anything about it even though i've said
colleague-question-reply-1-wording-6 = nieoficjalnie: Dóra zawsze się spóźnia, bierze za dużo klientek, a szefowa nic z tym nie robi, choć mówiłam

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-1-feedback = Wygląda to na stanięcie po jej stronie, ale obgadywanie koleżanki sprawia, że cały salon wydaje się niesolidny, a Dóra od dwóch lat robi jej paznokcie. Teraz zastanawia się, co mówisz o niej.

# en: Honestly, her morning just ran over, and that's nobody's fault. You'll be in good hands with Kinga, she's lovely.
colleague-question-reply-2 = Szczerze, po prostu przeciągnęło jej się przedpołudnie, to niczyja wina. U Kingi będzie pani w dobrych rękach, jest przemiła.

# en: To be honest, her morning just overran, and no one's to blame. Kinga will look after you well, she's really nice.
colleague-question-reply-2-wording-1 = Szczerze mówiąc, zwyczajnie przedpołudnie jej się przeciągnęło, nikt tu nie zawinił. U Kingi będzie pani zadowolona, jest przesympatyczna.

# en: Her morning just ran long; no one's fault. Kinga's lovely.
colleague-question-reply-2-wording-2 = Przeciągnął jej się poranek, niczyja wina; Kinga jest świetna.

# en: honestly her morning just went over, not anyone's fault. you'll be fine with kinga, she's great
colleague-question-reply-2-wording-3 = po prostu rano sie jej wszystko przedluzylo, nikogo tu nie ma co winic. a Kinga jest super mila, bedzie pani zadowolona

# en: To be honest, her morning just overran, it's no one's fault. Kinga's lovely, you'll be well looked after.
colleague-question-reply-2-wording-4 = Prawdę mówiąc, po prostu przedłużył jej się poranek, nikt tu nie jest winny. Kinga jest urocza, zaopiekuje się panią.

# en: Her morning ran over, nobody's fault. Kinga's great.
colleague-question-reply-2-wording-5 = Rano wszystko się przedłużyło, nikt nie zawinił. Kinga jest super.

# en: Kinga will take good care of you, she's lovely. Dóra's morning just ran long, that's not anyone's fault.
colleague-question-reply-2-wording-6 = Kinga świetnie się panią zajmie, jest przekochana. A u Dóry po prostu rano wszystko się wydłużyło, to niczyja wina.

# en: No one blamed, and a kind word for Kinga. But she mentioned last month too: the best reply owned the part that really went wrong twice, nobody telling her in time.
colleague-question-reply-2-feedback = Nikogo nie obwiniasz i masz dobre słowo dla Kingi. Ale ona wspomniała też o zeszłym miesiącu: najlepsza odpowiedź brała na siebie to, co naprawdę zawiodło dwa razy, czyli że nikt jej nie uprzedził na czas.

# en: Her morning ran over; that happens with treatments. What shouldn't happen is you finding out at the desk. That part's on us.
colleague-question-reply-3 = Przeciągnęło jej się przedpołudnie; przy zabiegach tak bywa. Nie powinna się pani o tym dowiadywać przy ladzie. Za to odpowiadam ja.

# en: Her morning overran, which does happen with treatments. What should never happen is you only hearing about it when you reach the desk. That part's our fault.
colleague-question-reply-3-wording-1 = Jej przedpołudnie się przeciągnęło, przy zabiegach to się zdarza. Powinna pani zostać o tym uprzedzona wcześniej, a nie dopiero przy ladzie. To moja odpowiedzialność.

# en: Her morning overran, but you should've been told sooner; that's on us.
colleague-question-reply-3-wording-2 = Przeciągnęło się; za brak uprzedzenia odpowiadam ja.

# en: her earlier clients ran over, that can happen. but you shouldn't be finding out when you get to reception, that bit's our fault
colleague-question-reply-3-wording-3 = rano jej sie przeciagnelo, przy zabiegach tak bywa. ale ze dowiedziala sie pani dopiero przy recepcji, a nie wczesniej, to juz moja wina

# en: Her morning overran, which can happen with treatments. But you shouldn't have found out only when you got to the desk, and that's our fault.
colleague-question-reply-3-wording-4 = Jej poranek się przedłużył, przy zabiegach tak się zdarza. Ale nie powinna się pani o tym dowiedzieć dopiero przy recepcji, i to nasza wina.

# en: Her morning overran, but we should've told you sooner.
colleague-question-reply-3-wording-5 = Przeciągnęło się, ale to, że nikt pani nie uprzedził, to moja odpowiedzialność.

# en: treatments run over sometimes, that's normal. you finding out at reception isnt though, that bit's on us
colleague-question-reply-3-wording-6 = zabiegi czasem się przeciągają, to normalne. ale to, że dowiedziała się pani dopiero przy ladzie, już nie, to nasza działka

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-3-feedback = Uczciwy powód, nikt nie oceniony, a to, co naprawdę zawiodło, czyli że nikt jej nie uprzedził na czas, bierze na siebie recepcja. Dóra pozostaje kimś, komu Réka może powierzyć paznokcie.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra herself when you see her next.
colleague-question-reply-4 = Niestety nie potrafię powiedzieć. Ja tylko siedzę na recepcji; musiałaby pani zapytać samą Dórę, jak ją pani następnym razem zobaczy.

# en: I'm afraid I don't know. I just work on reception; you'd need to ask Dóra yourself next time you see her.
colleague-question-reply-4-wording-1 = Niestety nie umiem powiedzieć. Ja tu tylko pilnuję recepcji; najlepiej zapytać samą Dórę przy następnej wizycie.

# en: No idea, I'm just reception; ask Dóra.
colleague-question-reply-4-wording-2 = Nie wiem, jestem tylko na recepcji; proszę zapytać Dórę.

# en: sorry, no clue, i just do the desk, you'll need to ask dóra next time you're in
colleague-question-reply-4-wording-3 = nie mam pojecia, ja tylko siedze przy ladzie. niech pani zapyta Dórę, jak sie nastepnym razem zobaczycie

# en: Sorry, I don't know. I just work on reception, so you'd be best asking Dóra yourself next time.
colleague-question-reply-4-wording-4 = Przykro mi, nie wiem. Pracuję tylko na recepcji, więc najlepiej, żeby sama pani zapytała Dórę następnym razem.

# en: I don't know, you'd have to ask Dóra.
colleague-question-reply-4-wording-5 = Nie wiem, musiałaby pani zapytać Dórę.

# en: That's not something I'd know, I'm afraid, I only do the front desk. Ask Dóra when you next see her.
colleague-question-reply-4-wording-6 = Niestety, tego nie mogę wiedzieć, obsługuję tylko recepcję. Proszę zapytać Dórę przy następnym spotkaniu.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-4-feedback = Bez obwiniania, ale i bez odpowiedzi. „Ja tylko siedzę na recepcji” to wymówka posłańca; przy ladzie to ty jesteś dla niej salonem.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = Zawsze? Od dwóch lat robi mi paznokcie. A jeśli wiecie, że ciągle ma opóźnienia, to czemu zapisujecie jej klientki jedna po drugiej?

# en: That was unfair of me; Dóra's excellent. The diary is kept here at the desk, so the gaps are mine to fix.
gossip-reaction-reply-1 = To było niesprawiedliwe z mojej strony; Dóra jest świetna. Grafik prowadzę tu, na recepcji, więc te luki to moja sprawa.

# en: I shouldn't have said that; Dóra's brilliant. The bookings are managed here at reception, so the spacing is my job to sort out.
gossip-reaction-reply-1-wording-1 = To było wobec Dóry niesprawiedliwe; jest świetna. Grafik układam ja, tutaj w recepcji, więc to, jak ciasno są ułożone wizyty, to moja odpowiedzialność.

# en: That was unfair; Dóra's great. The diary's mine to fix.
gossip-reaction-reply-1-wording-2 = To było nie fair wobec Dóry; za grafik odpowiadam ja.

# en: that wasn't fair of me, dóra's fantastic. we do the booking diary here on the desk, so sorting the gaps is on me
gossip-reaction-reply-1-wording-3 = to bylo nie fair, Dóra jest swietna. to ja ukladam grafik tu na recepcji, wiec za to upychanie wizyt odpowiadam ja

# en: I shouldn't have said that, it wasn't fair; Dóra is excellent. We do the diary here at reception, so fixing the gaps is my job.
gossip-reaction-reply-1-wording-4 = Nie powinnam była tak mówić, to było nieuczciwe; Dóra jest doskonała. Kalendarz prowadzimy tu, na recepcji, więc załatanie tych luk to moje zadanie.

# en: That wasn't fair of me. Dóra's brilliant, the bookings are my job.
gossip-reaction-reply-1-wording-5 = Niesprawiedliwie powiedziałam. Dóra jest świetna, rezerwacje są na mojej głowie.

# en: You're right, that was unfair, Dóra's great at what she does. The booking gaps are on the desk, so that's mine to sort.
gossip-reaction-reply-1-wording-6 = Ma pani rację, to było nieuczciwe, Dóra zna się na rzeczy jak mało kto. Za luki w grafiku odpowiada recepcja, więc to ja muszę to poprawić.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = Cofasz uwagę i przenosisz winę tam, gdzie da się ją naprawić: do grafiku wizyt. Usunięcie przyczyny chroni też następną klientkę w porze lunchu.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision, I'm afraid; the manager does the diary herself.
gossip-reaction-reply-2 = Ja tylko mówię, jak to wygląda od kuchni. Rezerwacje to niestety nie moja decyzja; grafikiem zajmuje się sama kierowniczka.

# en: I'm only telling you how things are backstage. The bookings aren't up to me, I'm afraid; the manager handles the diary personally.
gossip-reaction-reply-2-wording-1 = Mówię tylko, jak to wygląda od zaplecza. Rezerwacje niestety nie zależą ode mnie, grafik układa osobiście kierowniczka.

# en: Bookings aren't my call; the manager runs the diary.
gossip-reaction-reply-2-wording-2 = Grafik to nie moja decyzja, tylko kierowniczki.

# en: i'm just saying what goes on backstage. i don't decide the bookings though, the manager sorts the diary herself
gossip-reaction-reply-2-wording-3 = mowie tylko, jak to widac od srodka. o zapisach nie decyduje, grafikiem zajmuje sie szefowa

# en: I'm only telling you how it is behind the scenes. I don't make the bookings, I'm afraid, the manager does the diary herself.
gossip-reaction-reply-2-wording-4 = Opowiadam tylko, jak to wygląda za kulisami. Niestety to nie ja robię zapisy, kalendarz prowadzi sama kierowniczka.

# en: Not my decision, the manager does the bookings.
gossip-reaction-reply-2-wording-5 = To nie moja decyzja, zapisami zajmuje się kierowniczka.

# en: just telling you how it really is back there. the manager does all the booking herself so it's not up to me
gossip-reaction-reply-2-wording-6 = mówię po prostu, jak tam naprawdę jest. wszystkie wizyty wpisuje sama kierowniczka, ja nie mam na to wpływu

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = Bronienie plotki, a potem odcinanie się od grafiku zostawia ją z myślą, że nikt tu za nic nie odpowiada, a już najmniej za jej czas.

# en: Oh, don't get me wrong, she's lovely, and her work's brilliant. It's just that some days are busier than others, you know how it is.
gossip-reaction-reply-3 = Och, proszę mnie źle nie zrozumieć, jest przemiła i świetnie pracuje. Po prostu niektóre dni są bardziej zabiegane, wie pani, jak to jest.

# en: Oh, please don't misunderstand, she's lovely and her nails are brilliant. Some days are just busier than others, that's all.
gossip-reaction-reply-3-wording-1 = Och, niech mnie pani źle nie zrozumie, jest bardzo miła i świetna w tym, co robi. Po prostu bywają dni bardziej zakręcone, sama pani wie.

# en: She's lovely, honestly; some days are just busier.
gossip-reaction-reply-3-wording-2 = Jest świetna, po prostu bywają gorsze dni.

# en: oh no don't take it the wrong way, she's really lovely and her work's amazing. it's just some days are manic, you know what it's like
gossip-reaction-reply-3-wording-3 = oj, nie o to chodzilo, Dóra jest przemila i super pracuje. zwyczajnie bywaja dni bardziej zakrecone, wie pani, jak jest

# en: Oh no, I didn't mean it like that, she's lovely and does brilliant work. Some days are just busier, you know how it goes.
gossip-reaction-reply-3-wording-4 = Ojej, nie to miałam na myśli, jest urocza i robi fantastyczne paznokcie. Zwyczajnie niektóre dni są bardziej napięte, sama pani wie, jak to bywa.

# en: Don't get me wrong, she's lovely, just busy days.
gossip-reaction-reply-3-wording-5 = Ona jest kochana, po prostu bywają zabiegane dni.

# en: oh she's lovely, really, and brilliant at nails. it's just that some days get busier than others, you know
gossip-reaction-reply-3-wording-6 = oj, ona jest naprawdę przemiła i robi genialne paznokcie. po prostu czasem jest większy ruch niż zwykle, no wie pani

# en: You softened the remark but skipped her question: why book Dóra back to back? 'You know how it is' asks her to accept the very thing she is complaining about.
gossip-reaction-reply-3-feedback = Łagodzisz uwagę, ale pomijasz jej pytanie: dlaczego Dóra ma wizyty jedna po drugiej? „Wie pani, jak to jest” prosi ją, by zaakceptowała dokładnie to, na co się skarży.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = No cóż. I tak przyszłam wcześniej, a połowę przerwy na lunch przesiedziałam w waszej poczekalni.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = Problem praktyczny jest prawie rozwiązany. Emocjonalny nie: czuje, że jej czas się nie liczył.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time. That's the main thing, isn't it?
lunch-lost-reply-1 = No, przynajmniej Kinga może panią teraz przyjąć, więc zdąży pani wrócić. To najważniejsze, prawda?

# en: Well, Kinga can see you now at least, so you'll get back on time. That's what matters most, right?
lunch-lost-reply-1-wording-1 = No, ale przynajmniej Kinga jest teraz wolna, więc wróci pani na czas. To chyba najważniejsze, nie?

# en: At least Kinga can do you now; that's the main thing.
lunch-lost-reply-1-wording-2 = Przynajmniej Kinga panią przyjmie i pani zdąży.

# en: well kinga can squeeze you in now at least so you'll make it back, that's what counts isn't it?
lunch-lost-reply-1-wording-3 = no ale dobrze, ze chociaz Kinga jest wolna i zdazy pani na czas, to jest najwazniejsze, prawda?

# en: Well, the good news is Kinga can see you now, so you'll get back in time. That's what really matters, isn't it?
lunch-lost-reply-1-wording-4 = No cóż, dobra wiadomość jest taka, że Kinga może panią przyjąć od razu, więc wróci pani na czas. To się przecież najbardziej liczy, prawda?

# en: At least you'll be back in time with Kinga.
lunch-lost-reply-1-wording-5 = Grunt, że dzięki Kindze wróci pani na czas.

# en: well at least you'll make it back now kinga can take you, that's the important bit right?
lunch-lost-reply-1-wording-6 = no ale przynajmniej teraz pani zdąży, skoro Kinga może panią wziąć, to jest najważniejsze, nie?

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-1-feedback = Prawda, i praktyczny problem jest rozwiązany, ale „przynajmniej” przechodzi obok tego, co właśnie powiedziała. Prawdziwą skargą był jej czas, a nikt tego nie uznał.

# en: You did, and that's not right. Today's manicure is 20% off, and I've noted on your card to ring you if we run late.
lunch-lost-reply-2 = Tak, i to nie w porządku. Dzisiejszy manicure będzie 20% taniej, a w pani karcie dopiszę, żeby dzwonić, gdy mamy opóźnienie.

# en: Yes, you did, and it shouldn't have happened. You'll get 20% off today's manicure, and I've put a note on your record to phone you if we're behind.
lunch-lost-reply-2-wording-1 = Tak, i to nie jest w porządku. Na dzisiejszy manicure dostanie pani 20% rabatu, a w pani karcie zapiszę, żeby dzwonić, kiedy mamy opóźnienie.

# en: That's not right. 20% off today, and we'll ring you if we're late.
lunch-lost-reply-2-wording-2 = Dziś 20% zniżki i zanotuję, żeby dzwonić przy opóźnieniach.

# en: yep, and that's not ok. 20% off today's nails, and i've added a note to your file so we call you if we're running behind
lunch-lost-reply-2-wording-3 = no tak, to slabo. dzisiaj manicure 20 procent taniej, a w karcie klientki dopisze, zeby do pani dzwonic, jak bedzie obsuwa

# en: You did, and that's not okay. I'm taking 20% off today's manicure, and I've put a note on your card so we phone you if we're running late.
lunch-lost-reply-2-wording-4 = Zgadza się, i to nie jest w porządku. Odejmuję 20% od dzisiejszego manicure, a w pani karcie zostawiłam adnotację, żebyśmy dzwonili, kiedy mamy poślizg.

# en: 20% off today, and we'll call you next time we're late.
lunch-lost-reply-2-wording-5 = Dziś 20% mniej, a przy następnym opóźnieniu zadzwonimy.

# en: Réka, that shouldn't have happened. Today's nails are 20% off, and your card now says to ring you whenever we're behind.
lunch-lost-reply-2-wording-6 = Pani Réko, to nie powinno się zdarzyć. Dzisiejsze paznokcie są 20% taniej, a w pani karcie jest już notatka, żeby dzwonić, gdy mamy opóźnienie.

# en: A real gesture and a change you control, both well judged. But it went straight to the remedy; the best reply first said what half a lunch break in a waiting area feels like, which is what she was telling you.
lunch-lost-reply-2-feedback = Prawdziwy gest i zmiana, na którą masz wpływ, oba dobrze dobrane. Ale od razu przechodzisz do rekompensaty; najlepsza odpowiedź najpierw mówiła, jak to jest spędzić pół przerwy w poczekalni, a właśnie to ona ci mówiła.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again. I'll personally make sure of it.
lunch-lost-reply-3 = Bardzo przepraszam, pani Réko. Obiecuję, że to się już nigdy, przenigdy nie powtórzy. Osobiście tego dopilnuję.

# en: I'm really sorry, Réka. I promise this will never happen again, not ever. I'll see to it myself.
lunch-lost-reply-3-wording-1 = Ogromnie przepraszam, pani Réko. Daję słowo, że już nigdy więcej się to nie powtórzy; osobiście będę tego pilnować.

# en: Really sorry, Réka; it'll never happen again, promise.
lunch-lost-reply-3-wording-2 = Przepraszam, to się już nigdy nie powtórzy, obiecuję.

# en: Réka i'm so so sorry, i promise you this won't ever happen again, i'll see to it myself
lunch-lost-reply-3-wording-3 = pani Réko, strasznie przepraszam. obiecuje, ze juz nigdy w zyciu to sie nie zdarzy, dopilnuje tego osobiscie

# en: I'm really so sorry, Réka. I promise this will never happen to you again, I'll make sure of it personally.
lunch-lost-reply-3-wording-4 = Naprawdę bardzo, bardzo przepraszam, pani Réko. Obiecuję, że nigdy więcej pani tego nie doświadczy, sama się tym zajmę.

# en: Sorry, I promise it'll never happen again.
lunch-lost-reply-3-wording-5 = Przepraszam, obiecuję, że to się więcej nie zdarzy.

# en: i'm so sorry, never again, i promise you, i'll make sure of it myself
lunch-lost-reply-3-wording-6 = strasznie mi przykro, już nigdy, daję słowo, sama o to zadbam

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = Ciepło, i słyszy, że ci zależy, ale „nigdy więcej” to obietnica, której żaden salon nie dotrzyma. Gest i zmiana, na którą masz wpływ, znaczyłyby więcej niż przysięga.

# en: Half your lunch break in our waiting area; I'd be fed up too. Today's manicure is 20% off, with my apologies.
lunch-lost-reply-4 = Pół przerwy w naszej poczekalni; mnie też by to zdenerwowało. Dzisiejszy manicure będzie 20% taniej, z moimi przeprosinami.

# en: You've spent half your lunch hour sitting in our waiting room; I'd be annoyed too. I'm taking 20% off today's manicure, and I'm sorry.
lunch-lost-reply-4-wording-1 = Pół przerwy na lunch przesiedziane u nas w poczekalni; mnie również by to wyprowadziło z równowagi. Dzisiejszy manicure z 20% rabatu, z przeprosinami ode mnie.

# en: Half your lunch, gone waiting; I'd be fed up. 20% off today.
lunch-lost-reply-4-wording-2 = Pół przerwy w poczekalni, rozumiem złość. Dziś 20% taniej, przepraszam.

# en: half your lunch break stuck sitting in our waiting area? honestly i'd be fed up as well. have 20% off today's manicure, sorry again
lunch-lost-reply-4-wording-3 = pol przerwy na lunch w poczekalni, tez by mnie szlag trafil. dzisiaj manicure ze znizka 20%, i bardzo przepraszam

# en: You've lost half your lunch sitting in our waiting room, I'd be fed up as well. I'm giving you 20% off today's manicure, and I'm sorry.
lunch-lost-reply-4-wording-4 = Straciła pani pół lunchu, siedząc w naszej poczekalni, też miałabym dość. Daję pani 20% zniżki na dzisiejszy manicure i przepraszam.

# en: I'd be fed up too. 20% off today, sorry.
lunch-lost-reply-4-wording-5 = Też miałabym dość. Dziś 20% taniej, przepraszam.

# en: i'd be annoyed too if half my lunch went on sitting in the waiting area. 20% off the manicure today with my apologies
lunch-lost-reply-4-wording-6 = też bym się wściekła, gdyby pół mojej przerwy zeszło na siedzenie w poczekalni. dziś manicure 20% taniej, z przeprosinami ode mnie

# en: You put yourself in her chair and said what it cost her, then matched the words with something real. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-4-feedback = Stawiasz się na jej miejscu i mówisz, ile ją to kosztowało, a potem popierasz słowa czymś realnym. Tak stracona przerwa na lunch staje się powodem, żeby wrócić.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = Och, to Kinga macha? Jest już gotowa?

# en: Yes, she's all ready for you now. Go on through, it's station two on the left, just past the window. Can I take your coat?
handover-reply-1 = Tak, już na panią czeka. Proszę przejść, stanowisko numer dwa po lewej, zaraz za oknem. Mogę wziąć pani płaszcz?

# en: Yes, she's ready for you. Head on through, it's the second station on the left, just beyond the window. Shall I take your coat?
handover-reply-1-wording-1 = Tak, Kinga już czeka. Zapraszam, drugie stanowisko po lewej stronie, tuż za oknem. Wezmę pani płaszcz?

# en: Yes, go through: second station, on the left. Coat?
handover-reply-1-wording-2 = Tak, stanowisko drugie po lewej. Wziąć płaszcz?

# en: yep she's ready! go on through, station 2 on the left past the window. want me to take your coat?
handover-reply-1-wording-3 = tak, juz czeka. prosze isc na dwojke, po lewej za oknem. moge odwiesic pani kurtke?

# en: Yes, she's ready now. Head through to station two, on the left past the window. Shall I take your coat for you?
handover-reply-1-wording-4 = Tak, już jest gotowa. Zapraszam na stanowisko numer dwa, po lewej, za oknem. Powiesić pani płaszcz?

# en: Yes, go through, station two. Can I take your coat?
handover-reply-1-wording-5 = Tak, zapraszam na dwójkę. Powiesić płaszcz?

# en: yes she is, station 2, just on the left after the window. i'll take your coat if you like
handover-reply-1-wording-6 = tak, jest, stanowisko 2, zaraz po lewej za oknem. jak pani chce, wezmę płaszcz

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-1-feedback = Sprawnie i dość uprzejmie, ale bez podziękowania za cierpliwość, a Kinga nic nie wie o 13:30. Réka będzie musiała od nowa tłumaczyć swój termin.

# en: She is, thank you for waiting. Kinga, this is Réka; she has a meeting at half one, so she's out by twenty past.
handover-reply-2 = Tak, dziękuję, że pani czekała. Kinga, to pani Réka; o 13:30 ma spotkanie, więc wychodzi dwadzieścia po.

# en: She is, and thanks for waiting so patiently. Kinga, this is Réka, who has a half-one meeting, so we'll have her out by twenty past.
handover-reply-2-wording-1 = Tak, bardzo pani dziękuję za czekanie. Kinga, to jest pani Réka; wychodzi dwadzieścia po, bo o 13:30 ma spotkanie.

# en: Thanks for waiting. Kinga, Réka has to leave by 1:20.
handover-reply-2-wording-2 = Dziękuję za czekanie. Kinga, to pani Réka; wychodzi dwadzieścia po.

# en: she is, thanks so much for waiting! kinga, meet Réka, she's got a 1.30 meeting so she needs to be out by 1.20
handover-reply-2-wording-3 = tak, dziekuje, ze pani tyle czekala. Kinga, to jest pani Réka, wychodzi dwadziescia po, bo o 13:30 ma spotkanie

# en: She is, thank you so much for your patience. Kinga, let me introduce Réka; she's got somewhere to be at 1:30, so aim to finish at 1:20.
handover-reply-2-wording-4 = Tak, ogromnie dziękuję, że pani czekała. Kinga, poznajcie się, to jest pani Réka; o 13:30 ma spotkanie, więc wychodzi dwadzieścia po.

# en: Thanks for waiting. Kinga, this is Réka, out by 1:20.
handover-reply-2-wording-5 = Dziękuję, że pani czekała. Kinga, to pani Réka, do 13:20.

# en: thanks for bearing with us! kinga, meet Réka, she has to leave by twenty past for a half one meeting
handover-reply-2-wording-6 = dzięki wielkie, że pani czekała! Kinga, to jest pani Réka, wychodzi dwadzieścia po, bo o wpół do drugiej ma spotkanie

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-2-feedback = Dziękujesz jej za cierpliwość i przekazujesz jeden szczegół, który liczy się najbardziej, jej termin, więc nie musi go powtarzać ani sama pilnować zegara.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering after all that waiting.
handover-reply-3 = Tak! Proszę przejść, zrelaksować się i nigdzie nie spieszyć. Po takim czekaniu należy się pani trochę rozpieszczania.

# en: Yes! In you go, relax and don't rush. You deserve a little treat after all that waiting.
handover-reply-3-wording-1 = Tak! Proszę iść, odprężyć się i nie spieszyć się z niczym. Po tak długim czekaniu zasłużyła pani na odrobinę rozpieszczania.

# en: Yes! Relax and take it slow; you've earned it.
handover-reply-3-wording-2 = Tak, proszę się zrelaksować, bez pośpiechu.

# en: yes! off you go, sit back and enjoy it, no rush. you deserve some pampering after that wait
handover-reply-3-wording-3 = tak! niech pani idzie, wyluzuje sie i zapomni o zegarku. po tylu minutach czekania nalezy sie pani troche luksusu

# en: Yes! In you go, relax and enjoy it, no hurry. You deserve some pampering after all that waiting.
handover-reply-3-wording-4 = Tak! Zapraszam, niech pani odpocznie i się nacieszy, bez pośpiechu. Po takim czekaniu należy się pani chwila przyjemności.

# en: Yes, go on in and relax, take your time.
handover-reply-3-wording-5 = Tak, proszę wejść i odpocząć, bez pośpiechu.

# en: she is! go and put your feet up, take as long as you like, you've earned a treat after waiting that long
handover-reply-3-wording-6 = jest! niech pani idzie i odsapnie, ile tylko pani chce, po takim czekaniu należy się pani coś miłego

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = Ciepłe salonowe zdanie, ale „nigdzie się nie spieszyć” to dokładnie to, czego nie może. Po tym wszystkim pokazuje, że jej spotkanie o 13:30 wyleciało ci z głowy.

# en: She is. Kinga, Réka's got a meeting at half one, so she needs to be out by twenty past, please.
handover-reply-4 = Tak. Kinga, pani Réka ma spotkanie o 13:30, więc musi wyjść dwadzieścia po, proszę.

# en: Yes. Kinga, Réka has a 1:30 meeting, so she has to be finished by twenty past, please.
handover-reply-4-wording-1 = Tak. Kinga, o 13:30 pani Réka ma spotkanie, więc musi skończyć o 13:20.

# en: Kinga, Réka needs to be done by twenty past, please; she's got a meeting.
handover-reply-4-wording-2 = Kinga, pani Réka musi wyjść o 13:20, ma spotkanie.

# en: yep. kinga, Réka has to be at a meeting for 1.30 so can you have her done by twenty past please
handover-reply-4-wording-3 = tak. Kinga, pani Réka musi byc wolna o 13:20, bo o wpol do drugiej ma spotkanie

# en: Yes. Kinga, Réka has a meeting at 1:30, so please have her finished by twenty past.
handover-reply-4-wording-4 = Tak. Kinga, pani Réka ma o 13:30 spotkanie, więc proszę, żeby była gotowa dwadzieścia po.

# en: Kinga, can you finish Réka by twenty past please, she has a meeting.
handover-reply-4-wording-5 = Kinga, skończysz z panią Réką do 13:20? Ma spotkanie.

# en: She is. Kinga, please make sure Réka is done by twenty past, she has to be at a meeting for half one.
handover-reply-4-wording-6 = Tak. Kinga, dopilnuj proszę, żeby pani Réka była gotowa dwadzieścia po, o wpół do drugiej musi być na spotkaniu.

# en: The deadline passed on, so Réka needn't say it again: well done. What was missing is a word to her: after half an hour of waiting, the best reply thanked her before it briefed Kinga.
handover-reply-4-feedback = Termin przekazany, więc Réka nie musi go powtarzać: dobrze. Zabrakło słowa do niej: po pół godzinie czekania najlepsza odpowiedź najpierw jej podziękowała, a dopiero potem poinformowała Kingę.

# en: Kinga's done, and it's only quarter past. Can I pay quickly? I really have to run.
checkout-says-1 = Kinga skończyła, a jest dopiero kwadrans po pierwszej. Mogę szybko zapłacić? Naprawdę muszę lecieć.

# en: The last words are the ones she takes back to the office. Thank her, and say what happens next time.
checkout-hint = Ostatnie słowa zabierze ze sobą do biura. Podziękuj jej i powiedz, co będzie następnym razem.

# en: Of course. Card or cash? Here's the reader for you, and the receipt will print in just a second.
checkout-reply-1 = Oczywiście. Kartą czy gotówką? Proszę, tu jest terminal, a paragon wydrukuje się za sekundkę.

# en: Sure. Are you paying by card or cash? This is the card machine, and your receipt will come out in a moment.
checkout-reply-1-wording-1 = Jasne. Płaci pani kartą czy gotówką? Proszę, terminal jest tutaj, a paragon zaraz się wydrukuje.

# en: Sure, cash or card? Here's the machine.
checkout-reply-1-wording-2 = Kartą czy gotówką? Tu terminal.

# en: sure, cash or card? here's the machine, receipt'll print in a sec
checkout-reply-1-wording-3 = pewnie, karta czy gotowka? prosze, terminal tutaj, paragon za sekunde

# en: Sure. Cash or card? Here's the card machine, your receipt will print in a second.
checkout-reply-1-wording-4 = Jasne. Gotówka czy karta? Oto terminal, paragon wydrukuje się za moment.

# en: Cash or card? Here's the reader.
checkout-reply-1-wording-5 = Gotówka czy karta? Tu czytnik.

# en: no problem, card machine's here for you, or cash if you prefer. receipt's printing now
checkout-reply-1-wording-6 = nie ma sprawy, terminal tutaj, albo gotówka, jak pani woli. paragon już się drukuje

# en: Quick, which she needs, but it ends the visit like any other sale: no thanks for her patience, no word about next time. After the morning she had, it feels as if nothing happened.
checkout-reply-1-feedback = Szybko, a tego potrzebuje, ale kończysz wizytę jak każdą inną sprzedaż: bez podziękowania za cierpliwość, bez słowa o następnym razie. Po takim przedpołudniu wygląda to tak, jakby nic się nie stało.

# en: Of course. Thank you for bearing with us today, Réka. Next time I'll ring you if we're running late. Good luck at half one!
checkout-reply-2 = Oczywiście. Dziękuję za dzisiejszą cierpliwość, pani Réko. Następnym razem zadzwonię, jeśli będziemy mieć opóźnienie. Powodzenia na spotkaniu o 13:30!

# en: Certainly. Thanks for your patience today, Réka. In future I'll phone you if we're behind schedule. Good luck with your 1:30!
checkout-reply-2-wording-1 = Jasne. Pani Réko, dziękuję, że była pani dziś tak cierpliwa. Przy kolejnej wizycie zadzwonię, jeśli będziemy mieć poślizg. Powodzenia o 13:30!

# en: Thanks for your patience, Réka. I'll call you next time we're late. Good luck!
checkout-reply-2-wording-2 = Dziękuję, pani Réko; przy opóźnieniu zadzwonię. Powodzenia o 13:30!

# en: sure thing! Réka, thanks so much for putting up with us today. next time we're running behind i'll give you a call first. good luck at 1.30!
checkout-reply-2-wording-3 = jasne. dzieki za cierpliwosc dzisiaj, pani Réko. nastepnym razem, jak bedzie obsuwa, dam znac telefonicznie. trzymam kciuki za spotkanie!

# en: Sure. Thanks for your patience today, Réka. If we're running late next time, I'll call you first. Good luck at 1:30!
checkout-reply-2-wording-4 = Jasne. Dziękuję za dzisiejszą cierpliwość, pani Réko. Jeśli następnym razem będziemy mieli poślizg, najpierw do pani zadzwonię. Powodzenia o 13:30!

# en: Thanks, Réka. I'll ring you next time we're late. Good luck!
checkout-reply-2-wording-5 = Dzięki, pani Réko, następnym razem uprzedzę telefonicznie. Powodzenia!

# en: Of course, Réka, and thank you for putting up with us. I'll phone you ahead if we ever run behind again. Best of luck with your meeting!
checkout-reply-2-wording-6 = Oczywiście, pani Réko, i dziękuję, że miała pani do nas tyle cierpliwości. Gdybyśmy znów mieli opóźnienie, zadzwonię wcześniej. Wszystkiego dobrego na spotkaniu!

# en: A close that does three things in one breath: thanks her by name, tells her what will be different next time, and remembers her meeting. She leaves with the salon's last words, not the delay.
checkout-reply-2-feedback = Zakończenie, które jednym tchem robi trzy rzeczy: dziękuje jej po imieniu, mówi, co następnym razem będzie inaczej, i pamięta o jej spotkaniu. Wychodzi z ostatnimi słowami salonu, a nie z opóźnieniem.

# en: Of course, the card's fine. Thank you so much for waiting today, and good luck with your meeting!
checkout-reply-3 = Oczywiście, kartą jak najbardziej. Bardzo dziękuję, że pani dziś czekała, i powodzenia na spotkaniu!

# en: Sure, card is fine. Thanks very much for your patience today, and good luck at the meeting!
checkout-reply-3-wording-1 = Oczywiście, kartą bez problemu. Serdecznie dziękuję, że pani dziś cierpliwie czekała. Niech spotkanie pójdzie dobrze!

# en: Card's fine. Thanks for waiting, and good luck!
checkout-reply-3-wording-2 = Kartą, jasne. Dziękuję za czekanie i powodzenia!

# en: yep card's fine, thanks a million for waiting and good luck in your meeting!
checkout-reply-3-wording-3 = jasne, karta spoko. wielkie dzieki, ze pani dzis poczekala, i trzymam kciuki za spotkanie!

# en: Sure, you can pay by card. Thanks so much for your patience today, good luck with the meeting!
checkout-reply-3-wording-4 = Pewnie, karta jak najbardziej wchodzi w grę. Wielkie dzięki, że pani dziś tyle wytrzymała, i udanego spotkania!

# en: Card's fine. Thanks, and good luck!
checkout-reply-3-wording-5 = Karta może być. Dziękuję i powodzenia!

# en: card is no problem. thank you for waiting today and best of luck at your meeting!
checkout-reply-3-wording-6 = Płatność kartą nie stanowi problemu. Dziękuję za dzisiejsze oczekiwanie i życzę udanego spotkania!

# en: Warm and quick, with thanks and her meeting remembered. What the best reply added is what happens next time: a call if the salon runs late, so she knows this won't simply repeat.
checkout-reply-3-feedback = Ciepło i szybko, z podziękowaniem i pamięcią o spotkaniu. Najlepsza odpowiedź dodała to, co będzie następnym razem: telefon, jeśli salon ma opóźnienie, żeby wiedziała, że taka sytuacja nie powtórzy się bez uprzedzenia.

# en: Of course. And sorry again about earlier; Mondays are always chaos here, with two of the girls off and the phones going all morning.
checkout-reply-4 = Oczywiście. I jeszcze raz przepraszam za wcześniej; w poniedziałki zawsze jest tu chaos, dwie dziewczyny na urlopie, a telefony dzwonią całe przedpołudnie.

# en: Sure. And apologies again for earlier; Mondays are always mad here, what with two of the staff off and the phone ringing non-stop.
checkout-reply-4-wording-1 = Oczywiście. I raz jeszcze przepraszam za wcześniejsze opóźnienie; w poniedziałki jest tu zawsze kocioł, dwie dziewczyny są na urlopie, a telefony nie milkną od rana.

# en: Sorry again; Mondays are chaos, two staff off.
checkout-reply-4-wording-2 = Przepraszam jeszcze raz, poniedziałki to chaos, dwie osoby na urlopie.

# en: sure, and sorry again about before, mondays are always manic here, two of the girls are off and the phones haven't stopped all morning
checkout-reply-4-wording-3 = jasne. i sorry jeszcze raz za te obsuwe, w poniedzialki zawsze mamy mlyn, dwie dziewczyny na urlopie, telefony dzwonia bez przerwy

# en: Of course. And sorry again for earlier; Mondays are always mad here, two of the girls are off and the phone's been ringing all morning.
checkout-reply-4-wording-4 = Oczywiście. I jeszcze raz przepraszam za wcześniej; w poniedziałki zawsze mamy tu szaleństwo, dwie dziewczyny są na wolnym, a telefon dzwoni od rana.

# en: Sorry about earlier, Mondays are always crazy here.
checkout-reply-4-wording-5 = Przepraszam za wcześniej, poniedziałki to u nas zawsze szaleństwo.

# en: sure. sorry again about the wait, we're two staff down today and mondays are always hectic with the phones
checkout-reply-4-wording-6 = jasne. jeszcze raz sorry za czekanie, dziś brakuje nam dwóch osób, a w poniedziałki telefony się urywają

# en: The apology reopens the delay just as she was leaving it behind, and the reasons are the salon's troubles, not hers. She is in a hurry; she needs a thank-you and the door.
checkout-reply-4-feedback = Przeprosiny wracają do opóźnienia akurat wtedy, gdy zostawiała je za sobą, a powody to kłopoty salonu, nie jej. Spieszy się; potrzebuje podziękowania i drzwi.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
warm-resolved-says-1 = Dziękuję. Naprawdę uratowała pani moją przerwę na lunch. Może mnie pani zapisać do Dóry w przyszłym miesiącu, na pierwszy termin po południu?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
warm-resolved-summary = Kinga kończy kwadrans po pierwszej, a Réka siedzi przy biurku przed spotkaniem. Zapisuje się na następną wizytę do Dóry i mówi dwóm koleżankom z pracy, że salon „porządnie to załatwił”. Opóźnienie, którego nikt nie mógł uniknąć, stało się powodem, żeby ci zaufać.

# en: Fine. Thanks.
grudging-says-1 = Dobrze. Dziękuję.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
grudging-summary = Réka ma zrobione paznokcie i zdąża na spotkanie, ale wychodzi z poczuciem, że jej czas się nie liczył. Nie składa skargi i nie umawia się ponownie; w przyszłym miesiącu próbuje innego salonu. Jest jedną z wielu niezadowolonych klientek, które nigdy nie mówią, dlaczego przestały przychodzić.

# en: Twenty past, you said. You promised.
late-for-meeting-says-1 = Dwadzieścia po, mówiła pani. Obiecała pani.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
late-for-meeting-summary = Dóra zaczyna za pięć pierwsza i się spieszy; jeden paznokieć się rozmazuje i trzeba go poprawić. Réka wychodzi za dwadzieścia druga i spóźniona wchodzi na spotkanie, z jednym paznokciem wciąż lepkim. Opóźnienie stało się złamaną obietnicą, a obietnica była twoja.

# en: Zsuzsa comes out a few minutes later and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
handed-to-manager-summary = Zsuzsa wychodzi po kilku minutach i proponuje wolne stanowisko Kingi, możliwość, która była dostępna od początku. Réka zdąża na spotkanie z kilkuminutowym zapasem, ale pomogła jej kierowniczka, a nie ty.

# en: Forget it. I'm going back to work. Cancel my booking.
walkout-says-1 = Nieważne. Wracam do pracy. Proszę odwołać moją wizytę.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
walkout-summary = Réka idzie na spotkanie z niezrobionymi paznokciami i odwołuje swoją stałą wizytę u Dóry. Nie pisze opinii i się nie skarży; po prostu umawia się w salonie naprzeciwko. Dwa lata lojalności stracone przez dwadzieścia minut, a salon nigdy się nie dowie dlaczego.

