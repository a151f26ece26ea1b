### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
title = Dwadzieścia minut z przerwy na lunch

# en: You work on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
brief = Pracujesz w recepcji Orchidea Beauty, ruchliwego salonu w centrum miasta. Jest 12:32. Stała klientka, zapisana na 12:30 na manicure hybrydowy u Dóry, jednej ze stylistek paznokci, właśnie usłyszała, że Dóra ma dwadzieścia minut opóźnienia. Podchodzi do twojej lady. Kinga, inna stylistka, ma w tej chwili wolne stanowisko; Zsuzsa, kierowniczka salonu, jest na zapleczu.

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

# en: Excuse me. I'm booked with Dóra at half twelve. I was here at twenty past, and she's just put her head round the door to say it'll be another twenty minutes. This is my lunch break! I have a meeting at half one. Your text yesterday told me to be on time, and I was.
opening-says-1 = Przepraszam. Jestem zapisana do Dóry na 12:30. Byłam tu już dwadzieścia po, a ona przed chwilą wyjrzała zza drzwi i powiedziała, że to jeszcze dwadzieścia minut. Mam przerwę na lunch! O 13:30 mam spotkanie. Wczoraj w SMS-ie prosiliście, żebym była punktualnie, i byłam.

# en: Hi. I had a 12:30 gel manicure with Dóra. I got here ten minutes early, like your reminder asked, and now I hear it's another twenty minutes? I'm on my lunch break, and I've got a meeting at half one.
opening-says-2 = Dzień dobry. Byłam zapisana na 12:30 na hybrydę do Dóry. Przyszłam dziesięć minut wcześniej, tak jak prosiliście w przypomnieniu, a teraz słyszę, że jeszcze dwadzieścia minut? Jestem na przerwie na lunch, a o 13:30 mam spotkanie.

# en: She has told you three things: she came early, it is her lunch break, and she has a meeting at half one. Show her you caught them before you explain anything.
opening-hint = Powiedziała ci trzy rzeczy: przyszła wcześniej, jest na przerwie na lunch i o 13:30 ma spotkanie. Zanim cokolwiek wyjaśnisz, pokaż jej, że to do ciebie dotarło.

# en: Réka, you came early like we asked, on your lunch break, and now you're the one left waiting. I'm sorry. Let's work out together what still fits before your meeting.
opening-reply-1 = Pani Réko, przyszła pani wcześniej, tak jak prosiliśmy, w swojej przerwie na lunch, a teraz to pani musi czekać. Przepraszam. Zastanówmy się razem, co jeszcze zdążymy przed pani spotkaniem.

# en: You gave her own three points back to her: early, lunch break, meeting at half one. She knows you heard her, and 'together' tells her the problem is now yours too.
opening-reply-1-feedback = Powtarzasz jej trzy punkty, które sama podała: wcześniej, przerwa na lunch, spotkanie o 13:30. Wie, że została wysłuchana, a „razem” mówi jej, że to teraz także twój problem.

# en: I'm so sorry, Réka. The lady before you came in twenty-five minutes late, so Dóra's whole afternoon has slipped.
opening-reply-2 = Bardzo przepraszam, pani Réko. Klientka przed panią spóźniła się dwadzieścia pięć minut, więc cały grafik Dóry się przesunął.

# en: The apology was right, but pointing at another client sounds like an excuse and judges someone who isn't there. Réka hears: somebody else was late, so she pays for it.
opening-reply-2-feedback = Przeprosiny były na miejscu, ale wskazywanie na inną klientkę brzmi jak wymówka i ocenia kogoś, kogo tu nie ma. Réka słyszy: ktoś inny się spóźnił, a ona za to płaci.

# en: Oh, I'm sorry! It shouldn't be long now, five minutes or so. Can I get you a coffee while you wait?
opening-reply-3 = Och, przepraszam! To już nie potrwa długo, jakieś pięć minut. Podać pani kawę na czas czekania?

# en: Friendly, and the coffee is a kind touch, but 'five minutes' is a guess about Dóra's work, and Dóra herself said twenty. Her meeting at half one went unmentioned.
opening-reply-3-feedback = Miło, a kawa to sympatyczny gest, ale „pięć minut” to zgadywanie, ile jeszcze potrwa praca Dóry, a sama Dóra powiedziała dwadzieścia. O spotkaniu o 13:30 nie pada ani słowo.

# en: I'm sorry, these things happen in a salon. Treatments sometimes run over, and it's really nobody's fault.
opening-reply-4 = Przykro mi, w salonie tak bywa. Zabiegi czasem się przeciągają i tak naprawdę to niczyja wina.

# en: It may be true, but 'nobody's fault' leaves her with nobody to help. She did everything the salon asked; she needs someone to take her lunch-hour problem in hand.
opening-reply-4-feedback = Może to i prawda, ale „niczyja wina” oznacza, że nikt jej nie pomoże. Zrobiła wszystko, o co prosił salon; potrzebuje kogoś, kto weźmie w swoje ręce jej problem z przerwą na lunch.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = No ale to nie mój problem, prawda? Ja zrobiłam wszystko jak trzeba. Przyszłam wcześniej, tak jak było w SMS-ie. To dlaczego płaci za to moja przerwa na lunch?

# en: You're right. You did everything we asked, and the timetable is ours to sort out, not yours. I'm sorry. Let's work out what still fits before half one.
not-my-problem-reply-1 = Ma pani rację. Zrobiła pani wszystko, o co prosiliśmy, a grafik to nasza sprawa, nie pani. Przepraszam. Zastanówmy się, co jeszcze zdążymy przed 13:30.

# en: You agreed with her instead of defending the salon, and took the timetable back as your job. She no longer has to argue her case; she can start thinking about solutions with you.
not-my-problem-reply-1-feedback = Przyznajesz jej rację, zamiast bronić salonu, i bierzesz grafik z powrotem na siebie. Nie musi już walczyć o swoje; może razem z tobą zacząć szukać rozwiązania.

# en: I know it's not fair, and I'm sorry. But I can't make Dóra go any faster, can I?
not-my-problem-reply-2 = Wiem, że to niesprawiedliwe, i przepraszam. Ale nie zmuszę przecież Dóry, żeby pracowała szybciej, prawda?

# en: 'Not fair' and the apology were good, then you told her nothing can be done. Sympathy without ownership sounds like a polite shrug while her lunch break ticks away.
not-my-problem-reply-2-feedback = „Niesprawiedliwe” i przeprosiny były dobre, ale potem mówisz jej, że nic się nie da zrobić. Współczucie bez wzięcia odpowiedzialności brzmi jak uprzejme wzruszenie ramion, a jej przerwa na lunch ucieka.

# en: Well, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-3 = No cóż, innym razem to pani może się spóźnić i wtedy wszyscy będziemy czekać na panią.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and said so twice.
not-my-problem-reply-3-feedback = Zamieniasz jej skargę w spór o to, co sprawiedliwe, i to z zarzutem, na który niczym sobie nie zasłużyła. Przyszła wcześniej i powiedziała to dwa razy.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = No dobrze, to ile to naprawdę potrwa? Bo „dwadzieścia minut” w salonie zwykle zamienia się w czterdzieści.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = Nie masz wpływu na to, jak szybko pracuje Dóra. Zgadywanie teraz stanie się obietnicą, z której klientka cię rozliczy.

# en: I'd rather not guess and get it wrong. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back to you.
how-long-reply-1 = Wolę nie zgadywać, żeby nie wprowadzić pani w błąd. Proszę dać mi minutę: zapytam Dórę, kiedy dokładnie może zacząć, i zaraz do pani wracam.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-1-feedback = Nie zgadujesz w sprawie cudzej pracy i składasz obietnicę, nad którą masz pełną kontrolę: minuta, a potem prawdziwa odpowiedź. Przy spotkaniu o 13:30 konkretna godzina jest dla niej warta więcej niż pocieszająca.

# en: Don't worry, it won't be forty. I'll make sure she's with you in five minutes, I promise.
how-long-reply-2 = Proszę się nie martwić, czterdzieści na pewno nie będzie. Dopilnuję, żeby Dóra wzięła panią za pięć minut, obiecuję.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours.
how-long-reply-2-feedback = Brzmi uspokajająco i klientka na chwilę się odpręża, ale nie masz wpływu na to, kiedy Dóra skończy. Jeśli z pięciu minut zrobi się piętnaście, złamana obietnica będzie twoja.

# en: About twenty, like Dóra said. It depends on how the treatment before yours goes, I'm afraid.
how-long-reply-3 = Około dwudziestu, tak jak mówiła Dóra. Niestety to zależy od tego, jak pójdzie zabieg przed panią.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-3-feedback = Powtarzanie mglistego szacunku nie daje jej nic, na czym mogłaby oprzeć plan. Prosiła o konkretną godzinę ze względu na spotkanie; „to zależy” przerzuca niepewność z powrotem na nią.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = „Około dwudziestu”? O 13:30 mam spotkanie. Nie zaplanuję popołudnia na „około”. Potrzebuję konkretnej godziny.

# en: That's fair: you need a real time, not a guess. I'll ask Dóra right now exactly when she can start, and I'll be back in a minute.
about-twenty-reply-1 = Słusznie: potrzebuje pani konkretnej godziny, a nie zgadywania. Od razu zapytam Dórę, kiedy dokładnie może zacząć, i za minutę wracam.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = Przyznajesz jej rację, nie broniąc się, i wskazujesz krok, który możesz zrobić od razu. Minuta drogi do Dóry da jej pewność, o którą prosiła.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take.
about-twenty-reply-2 = Szczerze mówiąc, nie potrafię powiedzieć dokładnie. Przy zabiegach nikt tego nie wie; trwają, ile trwają.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = Na swój sposób szczere, ale nawet nie próbujesz się dowiedzieć. Ktoś jednak wie: Dóra, dwadzieścia kroków dalej. „Nikt tego nie wie” zostawia Rékę przy ladzie, a zegar tyka.

# en: It's quarter to one. You said five minutes. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = Jest za kwadrans pierwsza. Miało być pięć minut. Siedzę tu i patrzę na zegarek, a Dóry jak nie było, tak nie ma.

# en: You're right, and I'm sorry: I guessed instead of checking, and that wasn't fair on you. Let me ask Dóra right now for a real time, and I'll come straight back.
five-minutes-later-reply-1 = Ma pani rację, przepraszam: to było zgadywanie zamiast sprawdzenia i nie było to wobec pani w porządku. Zaraz zapytam Dórę o konkretną godzinę i od razu wracam.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-1-feedback = Przyznanie się do własnego błędnego szacunku jest trudne, ale słuszne. Błąd, do którego ktoś otwarcie się przyznaje, klientka wybaczy dużo łatwiej niż kolejne zgadywanie.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it.
five-minutes-later-reply-2 = Naprawdę już prawie kończy. Jeszcze dosłownie parę minut, na pewno.

# en: A second guess on top of a broken one. She has just watched your first estimate fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-2-feedback = Drugie zgadywanie na gruzach pierwszego. Właśnie widziała, jak twój pierwszy szacunek się nie sprawdził; kolejny, znowu bez sprawdzenia, mówi jej, że twoje godziny nic nie znaczą.

# en: I'm sorry, it's really down to Dóra, not me. She's just running very far behind today.
five-minutes-later-reply-3 = Przykro mi, ale to naprawdę zależy od Dóry, nie ode mnie. Po prostu ma dziś bardzo duże opóźnienie.

# en: To Réka the five minutes were your promise, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = Dla Réki te pięć minut było twoją obietnicą, nie Dóry. Zrzucanie tego na koleżankę brzmi jak wymówka i pokazuje salon jako skłócony, i to tuż przed tym, jak ktoś z was ma jej robić paznokcie.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = No i? Co powiedziała? Jeśli to jeszcze dwadzieścia minut, nie zdążę na spotkanie.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = I co? Jak jest naprawdę? Dziś nie mogę się spóźnić do pracy.

# en: Thank you for waiting. Honestly, Dóra can't start until 12:55, and that would take you past half one. Kinga is free right now and can be done by quarter past one, or I can book you Dóra's first slot on a day that suits you. Which would you prefer?
options-reply-1 = Dziękuję za cierpliwość. Mówiąc szczerze, Dóra może zacząć dopiero o 12:55, a wtedy wyjdzie pani po 13:30. Kinga jest wolna od razu i skończy do 13:15 albo mogę zapisać panią do Dóry na pierwszą wizytę dnia w dogodny dla pani dzień. Co pani woli?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-1-feedback = Dziękujesz jej, podajesz złą wiadomość wprost, odnosisz ją do spotkania o 13:30 i proponujesz dwie realne możliwości, zostawiając jej wybór. Szczera informacja o czasie plus wybór: to uspokaja klienta, który się spieszy.

# en: Dóra can't start until 12:55, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-2 = Niestety Dóra może zacząć dopiero o 12:55, więc dziś się nie uda. Mogę za to przepisać panią na czwartek na 12:30. Zapisać panią?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-2-feedback = Rzetelnie i szybko, ale zamykasz dzisiejszą możliwość, nie szukając innego wyjścia, i proponujesz ten sam termin w porze lunchu, który właśnie się przeciągnął. Poświęciła połowę przerwy; potrzebuje wyboru, a nie formularza wypełnionego za nią.

# en: Good news: I'll ask Dóra to speed things up, so she can start at 12:50 and still have you out by twenty past one. I promise you'll make it.
options-reply-3 = Dobra wiadomość: poproszę Dórę, żeby się pospieszyła, to zacznie o 12:50 i wypuści panią do 13:20. Obiecuję, że pani zdąży.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-3-feedback = Pamiętasz o jej terminie i chcesz go uratować, ale obiecujesz tempo Dóry, na które nie masz wpływu. A pospieszny manicure hybrydowy to nie jest to, za co klientka płaci.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = Proszę posłuchać. O 13:30 muszę być z powrotem przy biurku. Co właściwie możecie dziś dla mnie zrobić?

# en: I've checked with Dóra: she can't start until 12:55, which would make you late. Kinga is free right now and can be done by quarter past one, or I'll book you Dóra's first slot on a day that suits you. Which would you like?
what-can-you-do-reply-1 = Już wiem od Dóry: może zacząć dopiero o 12:55, więc spóźniłaby się pani. Kinga jest wolna od razu i skończy do 13:15 albo zapiszę panią do Dóry na pierwszą wizytę dnia w dogodny dla pani dzień. Co pani wybiera?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = Na konkretne pytanie pada konkretna odpowiedź: prawdziwa godzina rozpoczęcia, sposób, żeby jeszcze dziś zdążyć na spotkanie, i wybór. Konkretne propozycje kończą czekanie w niepewności.

# en: I'll ask Dóra to speed things up for you. She can start at 12:50 and have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = Poproszę Dórę, żeby się dla pani pospieszyła. Może zacząć o 12:50 i skończyć do 13:20, na pewno.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = Próbujesz ratować jej spotkanie, ale obietnicą, która zależy od cudzych rąk. Jeśli Dóra nie zdąży, Réka się spóźni, a obietnica była twoja.

# en: Not much today, I'm afraid. We're fully booked all afternoon. Shall I find you another day?
what-can-you-do-reply-3 = Dzisiaj niewiele, niestety. Całe popołudnie mamy zajęte. Poszukać pani innego dnia?

# en: You answered without looking: Kinga has a free chair right now. 'Not much' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = Odpowiadasz bez sprawdzenia: Kinga ma w tej chwili wolne stanowisko. „Niewiele” to dla Réki sygnał, że jej przerwa na lunch poszła na marne.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = Pospieszyła? Płacę za porządną hybrydę, a nie za robotę na szybko. I naprawdę da się obiecać, że wyjdę o 13:20?

# en: You're right to ask, and no, I can't promise that for Dóra. Here's what I can do: Kinga is free now and can be done by quarter past one, or I'll book you Dóra's first slot on another day. Your choice.
rushed-risk-reply-1 = Słusznie pani pyta, i nie, nie mogę tego obiecać za Dórę. Mogę za to zrobić tak: Kinga jest wolna teraz i skończy do 13:15 albo zapiszę panią do Dóry na pierwszą wizytę dnia w inny dzień. Wybór należy do pani.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = Wycofanie się z własnej obietnicy jest niewygodne i dokładnie takie, jak trzeba. Gwarancję, której nie możesz dotrzymać, zastępujesz dwiema propozycjami, których dotrzymać możesz.

# en: Yes, I promise. Dóra's really quick when she needs to be. You'll be out in plenty of time.
rushed-risk-reply-2 = Tak, obiecuję. Dóra potrafi być naprawdę szybka, kiedy trzeba. Wyjdzie pani z dużym zapasem czasu.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember that you promised.
rushed-risk-reply-2-feedback = Powiedziała ci, skąd jej wątpliwości, a ty zamiast to sprawdzić, podwajasz obietnicę. Jeśli Dóra znowu się przeciągnie, Réka zapamięta, że to była twoja obietnica.

# en: Well, it's that or rebook, I'm afraid. Those are the only options we have today.
rushed-risk-reply-3 = No cóż, niestety albo tak, albo inny termin. Dzisiaj nie mamy innych możliwości.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = Stawianie sprawy na zasadzie „albo to, albo nic” brzmi niecierpliwie, a do tego nie jest prawdą: Kinga ma wolne stanowisko. Tylko popycha Rékę do tego, żeby poprosiła o rozmowę z kimś innym.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = Czwartek? Czyli poświęciłam przerwę na lunch na nic? A 12:30 to dokładnie ten termin, który właśnie się przeciągnął!

# en: You're right, I jumped ahead, I'm sorry. Let's look at today first: Kinga is free right now and can finish by quarter past one. Or, if you'd rather stay with Dóra, I'll book her first slot of the day so nothing runs into it.
rebook-reaction-reply-1 = Ma pani rację, to było zbyt pochopne, przepraszam. Najpierw zobaczmy dzisiaj: Kinga jest wolna od razu i może skończyć do 13:15. A jeśli woli pani zostać przy Dórze, zapiszę panią na jej pierwszą wizytę dnia, żeby nic na nią nie nachodziło.

# en: You owned the slip and answered both things she said: today is not lost, and a first-of-the-day slot cannot be eaten by an earlier client.
rebook-reaction-reply-1-feedback = Przyznajesz się do wpadki i odpowiadasz na obie rzeczy, które powiedziała: dzisiejszy dzień nie jest stracony, a pierwszej wizyty dnia nie może „zjeść” wcześniejsza klientka.

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid.
rebook-reaction-reply-2 = Niestety czwartek o 12:30 to jedyny termin w porze lunchu, jaki Dóra ma w tym tygodniu.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-2-feedback = Odczytujesz terminarz, odpowiadając na pytanie, którego nie zadała. Właśnie powiedziała ci, że ten termin to problem; proponując go ponownie, pokazujesz, że jej nie słuchasz.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = Dobra, mam dość. Jest ktoś z kierownictwa? Chciałabym porozmawiać z kimś, kto naprawdę może to załatwić.

# en: Zsuzsa is in, and I'll get her if you still want me to. But I can sort it now: Dóra can't start until 12:55, Kinga is free this minute and can be done by quarter past one, or I'll book Dóra's first slot on another day.
manager-demand-reply-1 = Zsuzsa, nasza kierowniczka, jest na miejscu i poproszę ją, jeśli nadal będzie pani chciała. Ale mogę to załatwić od razu: Dóra może zacząć dopiero o 12:55, Kinga jest wolna w tej chwili i skończy do 13:15 albo zapiszę panią na pierwszą wizytę dnia u Dóry w inny dzień.

# en: You respected her request and still kept the case: a real time and two options, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-1-feedback = Szanujesz jej prośbę, a mimo to zatrzymujesz sprawę u siebie: konkretna godzina i dwie możliwości, od ręki. Klienci często proszą o kierownika tylko dlatego, że stracili nadzieję, że pomoże im osoba, która stoi przed nimi.

# en: Of course. Take a seat, and I'll go and get Zsuzsa for you.
manager-demand-reply-2 = Oczywiście. Proszę usiąść, zaraz poproszę Zsuzsę.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again.
manager-demand-reply-2-feedback = Uprzejmie i zgodnie z jej życzeniem, ale sprawa wychodzi z twoich rąk nierozwiązana, a kolejny kawałek jej przerwy pójdzie na opowiadanie wszystkiego od nowa.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today.
manager-demand-reply-3 = Zsuzsa powie pani niestety to samo. Dzisiaj mamy komplet.

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
manager-demand-reply-3-feedback = Odmawiasz i ogłaszasz, że to bez sensu, więc jedyną drogą, jaka jej zostaje, są drzwi. Do tego to nieprawda: Kinga ma wolne stanowisko.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
colleague-question-says-1 = No dobrze, spróbuję u Kingi. Ale mogę zapytać, dlaczego Dóra ma takie opóźnienie? W zeszłym miesiącu też czekałam na nią kwadrans.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
colleague-question-says-2 = Dobra, niech będzie Kinga. Tak z ciekawości: co się dzieje z Dórą? W zeszłym miesiącu też tu przesiedziałam piętnaście minut.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
colleague-question-hint = Sama prosi o wyjaśnienie. Możesz wyjaśnić, nie stawiając nikogo w złym świetle: ani koleżanki, ani innej klientki.

# en: Her morning ran over, and with treatments that can happen. What shouldn't happen is you only finding out at the desk. That part is on us here, not on Dóra.
colleague-question-reply-1 = Poranek jej się przeciągnął, a przy zabiegach tak się zdarza. Nie powinno się natomiast zdarzyć, że dowiaduje się pani o tym dopiero przy recepcji. Za to odpowiadamy my tutaj, nie Dóra.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-1-feedback = Szczery powód, nikt nie zostaje oceniony, a to, co naprawdę poszło źle, czyli że nikt jej nie uprzedził na czas, bierze na siebie recepcja. Dóra pozostaje kimś, komu Réka może dalej powierzać swoje paznokcie.

# en: Between us, Dóra's always behind. I've told the manager more than once, but nothing ever changes.
colleague-question-reply-2 = Między nami mówiąc, Dóra zawsze ma opóźnienia. Kierowniczka słyszała to ode mnie nie raz, ale nic się nie zmienia.

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-2-feedback = Wydaje się, że stajesz po jej stronie, ale obgadywanie koleżanki sprawia, że cały salon wygląda na niesolidny, a Dóra robi jej paznokcie od dwóch lat. Teraz Réka zastanawia się, co mówisz o niej samej.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra yourself.
colleague-question-reply-3 = Niestety nie wiem. Ja jestem tylko na recepcji; musiałaby pani zapytać samą Dórę.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-3-feedback = Nikogo nie obwiniasz, ale też nie odpowiadasz. „Ja jestem tylko na recepcji” to wymówka w stylu „ja tu tylko pracuję”; przy ladzie to ty jesteś dla niej salonem.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = Zawsze? Robi mi paznokcie od dwóch lat. A skoro wiecie, że zawsze ma opóźnienia, to czemu zapisujecie jej klientki jedna za drugą?

# en: That was unfair of me, and I'm sorry. Dóra's excellent, as you know. The bookings are made here at the desk, so the gaps are ours to fix, and I'll raise it today.
gossip-reaction-reply-1 = To było z mojej strony niesprawiedliwe, przepraszam. Dóra jest świetna, sama pani wie. Wizyty zapisujemy tu, w recepcji, więc to my musimy zostawiać zapas w grafiku, i jeszcze dziś to zgłoszę.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = Wycofujesz się z tej uwagi i przenosisz winę tam, gdzie da się coś naprawić: do terminarza. Usunięcie przyczyny chroni też następną klientkę, która przyjdzie w przerwie na lunch.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision.
gossip-reaction-reply-2 = Mówię tylko, jak to wygląda od zaplecza. Zapisy to nie moja decyzja.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = Bronisz plotki, a potem odcinasz się od terminarza, więc Réka ma wrażenie, że nikt tu za nic nie odpowiada, a już najmniej za jej czas.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = No cóż. Ja i tak przyszłam wcześniej, a połowę przerwy przesiedziałam w waszej poczekalni.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = Problem praktyczny jest prawie rozwiązany. Emocjonalny nie: klientka czuje, że jej czas się nie liczył.

# en: You did, just as our text asked, and we kept you waiting. Thank you for being so patient, Réka. Today's manicure is 20% off, and I've noted on your card to ring you if we ever run late.
lunch-lost-reply-1 = Tak, dokładnie tak, jak prosiliśmy w SMS-ie, a my kazaliśmy pani czekać. Dziękuję za cierpliwość, pani Réko. Dzisiejszy manicure będzie 20% taniej, a w pani karcie klientki zapisuję, żeby dzwonić do pani, jeśli kiedykolwiek będziemy mieć opóźnienie.

# en: You remembered the reminder text, thanked her by name, and matched the apology with a gesture and a change you can make yourself. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-1-feedback = Pamiętasz o SMS-ie z przypomnieniem, dziękujesz jej po imieniu, a przeprosiny wzmacniasz gestem i zmianą, którą możesz wprowadzić samodzielnie. Tak stracona przerwa na lunch staje się powodem, żeby wrócić.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time.
lunch-lost-reply-2 = No, przynajmniej Kinga może panią teraz przyjąć, więc zdąży pani wrócić na czas.

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-2-feedback = To prawda i problem praktyczny jest rozwiązany, ale „przynajmniej” prześlizguje się nad tym, co właśnie powiedziała. Prawdziwą skargą był jej czas, a tego nikt nie zauważył.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again.
lunch-lost-reply-3 = Tak mi przykro, pani Réko. Obiecuję, że to się już nigdy, przenigdy nie powtórzy.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = Ciepło i słyszy, że ci zależy, ale „nigdy więcej” to obietnica, której nie dotrzyma żaden salon. Gest i zmiana, na którą masz wpływ, znaczyłyby więcej niż przysięga.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = O, to Kinga macha? Jest już gotowa?

# en: She is. Thank you for waiting, Réka. Kinga, this is Réka: she has a meeting at half one, so she needs to be on her way by twenty past.
handover-reply-1 = Tak. Dziękuję za cierpliwość, pani Réko. Kinga, to pani Réka: o 13:30 ma spotkanie, więc musi wyjść najpóźniej o 13:20.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-1-feedback = Dziękujesz jej za cierpliwość i przekazujesz najważniejszy szczegół, czyli godzinę, o której musi wyjść, żeby nie musiała tego tłumaczyć od nowa ani sama pilnować zegarka.

# en: Yes, she's ready for you. Go on through, it's station two on the left.
handover-reply-2 = Tak, czeka na panią. Proszę przejść, stanowisko numer dwa po lewej.

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-2-feedback = Sprawnie i w miarę uprzejmie, ale bez podziękowania za cierpliwość, a Kinga nic nie wie o 13:30. Réka będzie musiała od nowa tłumaczyć, że się spieszy.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering today.
handover-reply-3 = Tak! Proszę przejść, odprężyć się i niczym nie spieszyć. Należy się pani dziś trochę rozpieszczania.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = Miłe salonowe zdanie, ale „niczym się nie spieszyć” to dokładnie to, na co nie może sobie pozwolić. Po tym wszystkim pokazuje, że jej spotkanie o 13:30 wyleciało ci z głowy.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
warm-resolved-says-1 = Dziękuję. Naprawdę uratowaliście mi przerwę. Czy można mnie zapisać do Dóry w przyszłym miesiącu, na pierwszy termin po południu?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
warm-resolved-summary = Kinga kończy o 13:15 i Réka siedzi przy swoim biurku przed spotkaniem. Umawia kolejną wizytę u Dóry i opowiada dwóm koleżankom z pracy, że w salonie „załatwili to porządnie”. Opóźnienie, któremu nikt nie mógł zapobiec, stało się powodem, żeby wam ufać.

# en: Fine. Thanks.
grudging-says-1 = Dobrze. Dziękuję.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
grudging-summary = Réka ma zrobione paznokcie i zdąża na spotkanie, ale wychodzi z poczuciem, że jej czas się nie liczył. Nie składa skargi i nie umawia kolejnej wizyty; w przyszłym miesiącu próbuje w innym salonie. Jest jedną z wielu niezadowolonych klientek, które nigdy nie mówią, dlaczego przestały przychodzić.

# en: Twenty past, you said. You promised.
late-for-meeting-says-1 = Miało być dwadzieścia po pierwszej. Obiecaliście.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
late-for-meeting-summary = Dóra zaczyna o 12:55 i się spieszy; jeden paznokieć się rozmazuje i trzeba go poprawiać. Réka wychodzi o 13:40 i wchodzi na spotkanie spóźniona, z jednym paznokciem wciąż lepkim. Opóźnienie stało się złamaną obietnicą, a obietnica była twoja.

# en: Zsuzsa comes out a few minutes later, hears the whole story again, and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
handed-to-manager-summary = Po kilku minutach wychodzi Zsuzsa, wysłuchuje całej historii od nowa i proponuje wolne stanowisko Kingi, czyli możliwość, która była dostępna od początku. Réka zdąża na spotkanie z kilkuminutowym zapasem, ale pomogła jej kierowniczka, nie ty.

# en: Forget it. I'm going back to work. Cancel my booking.
walkout-says-1 = Nieważne. Wracam do pracy. Proszę odwołać moją wizytę.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
walkout-summary = Réka idzie na spotkanie z gołymi paznokciami i odwołuje swoje stałe wizyty u Dóry. Nie pisze opinii ani nie składa skargi; po prostu zapisuje się do salonu po drugiej stronie ulicy. Dwa lata lojalności przepadają przez dwadzieścia minut, a salon nigdy się nie dowie dlaczego.

