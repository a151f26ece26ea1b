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

# en: Friendly words, but 'take a seat' is exactly what she has been doing. She came to the desk because waiting is the problem, and another minute of it on her lunch break tells her the screen comes first.
opening-reply-1-feedback = Miłe słowa, ale „proszę usiąść” to dokładnie to, co robiła do tej pory. Podeszła do lady, bo problemem jest czekanie; kolejna minuta w jej przerwie na lunch mówi jej, że ekran jest ważniejszy.

# en: Good afternoon, I'm Lili, I look after the desk. Of course: what's happened with your appointment?
opening-reply-2 = Dzień dobry, jestem Lili, prowadzę recepcję. Oczywiście: co się stało z pani wizytą?

# en: A greeting, your name and an open question: she is now talking to Lili, not to 'the desk', and she knows she has your full attention before she has said a word about Dóra.
opening-reply-2-feedback = Powitanie, twoje imię i otwarte pytanie: rozmawia teraz z Lili, a nie z „recepcją”, i wie, że ma twoją pełną uwagę, zanim w ogóle wspomni o Dórze.

# en: Hi! Is it about Dóra running late? She's about twenty minutes behind, I'm afraid. Can I get you a coffee while you wait?
opening-reply-3 = Dzień dobry! Chodzi o spóźnienie Dóry? Niestety ma jakieś dwadzieścia minut poślizgu. Podać pani kawę na czas czekania?

# en: You guessed right, and the coffee is kind, but you answered before she had told you anything. She hears that a twenty-minute delay is routine here, and you still don't know about her meeting.
opening-reply-3-feedback = Trafne przypuszczenie, a kawa to miły gest, ale odpowiadasz, zanim cokolwiek powiedziała. Słyszy, że dwadzieścia minut spóźnienia to tu codzienność, a ty nadal nie wiesz o jej spotkaniu.

# en: It's Dóra. I'm booked with her at half twelve, I was here at twenty past like your text asked, and she's just told me it's another twenty minutes. This is my lunch break, and at half one I've got—
first-wave-says-1 = Chodzi o Dórę. Jestem u niej zapisana na 12:30, byłam tu już dwadzieścia po dwunastej, tak jak prosiliście w SMS-ie, a ona właśnie mi powiedziała, że to jeszcze dwadzieścia minut. Mam przerwę na lunch, a o 13:30 mam—

# en: She hasn't finished. Whatever you say now, she will hear it as being cut off.
first-wave-hint = Jeszcze nie skończyła. Cokolwiek teraz powiesz, usłyszy to jako wejście w słowo.

# en: I know, I'm so sorry, it's been one of those mornings. The client before you came in twenty-five minutes late, and everything's slipped since.
first-wave-reply-1 = Wiem, bardzo przepraszam, dzisiaj jest taki dzień. Klientka przed panią spóźniła się dwadzieścia pięć minut i od tego czasu wszystko się przesuwa.

# en: You cut in at the height of it, and with another client's lateness. Réka never got to say what happens at half one; instead she was stopped and handed somebody else's story.
first-wave-reply-1-feedback = Wchodzisz jej w słowo w najgorętszym momencie, i to ze spóźnieniem innej klientki. Réka nie zdążyła powiedzieć, co ma o 13:30; zamiast tego ktoś ją zatrzymał i opowiedział cudzą historię.

# en: Twenty minutes, yes, I'm sorry about that. Look, shall I just move you to another day this week, so you're not in a rush?
first-wave-reply-2 = Dwadzieścia minut, tak, przykro mi. Może po prostu przełożę panią na inny dzień w tym tygodniu, żeby nie musiała się pani spieszyć?

# en: Meant helpfully, but you offered a fix before she had finished her sentence. What she was about to tell you, the meeting at half one, is what any fix has to fit.
first-wave-reply-2-feedback = W dobrej wierze, ale proponujesz rozwiązanie, zanim skończyła zdanie. To, co miała właśnie powiedzieć, spotkanie o 13:30, jest tym, do czego każde rozwiązanie musi pasować.

# en: Go on, please. I'm listening.
first-wave-reply-3 = Proszę mówić dalej. Słucham.

# en: A few words, and she gets to finish. Letting the first wave run out costs you ten seconds and tells her that her side of it matters, which is half of what she came to the desk for.
first-wave-reply-3-feedback = Kilka słów i może dokończyć. Pozwolić pierwszej fali opaść kosztuje cię dziesięć sekund i mówi jej, że jej strona się liczy, a to połowa tego, po co podeszła do lady.

# en: —a client meeting at half one. I can't walk in late, and I'm not going in with half-done nails either. I did exactly what your text asked, and now it's my lunch break that pays for it.
full-story-says-1 = —spotkanie z klientem o 13:30. Nie mogę się spóźnić i nie pójdę tam z niedokończonymi paznokciami. Zrobiłam dokładnie to, o co prosiliście w SMS-ie, a teraz płaci za to moja przerwa na lunch.

# en: Before anything practical, say what this feels like from her side of the desk.
full-story-hint = Zanim przejdziesz do konkretów, powiedz, jak to wygląda z jej strony lady.

# en: So: you were here at twenty past, Dóra needs twenty more minutes, and you must be out by quarter past one. Have I got that right?
full-story-reply-1 = Czyli: była pani tu już dwadzieścia po dwunastej, Dóra potrzebuje jeszcze dwudziestu minut, a pani musi wyjść kwadrans po pierwszej. Dobrze rozumiem?

# en: A precise summary, and asking her to confirm shows care. What it left out is how she feels: she did everything right and is paying for it. Naming that frustration, as the best reply did, would have taken the heat out faster.
full-story-reply-1-feedback = Dokładne podsumowanie, a prośba o potwierdzenie świadczy o uważności. Brakuje w nim tego, co ona czuje: zrobiła wszystko dobrze, a i tak ponosi koszty. Nazwanie tej frustracji, jak w najlepszej odpowiedzi, szybciej by ją uspokoiło.

# en: That's so frustrating: you did everything right, and it's your lunch break paying for it. Let's find what still fits before half one.
full-story-reply-2 = To naprawdę frustrujące: zrobiła pani wszystko jak należy, a płaci za to pani przerwa. Sprawdzę, co da się zrobić przed 13:30.

# en: You put a name to what she feels, frustrated at being punished for being on time, and tied it to her real deadline. She no longer has to convince you; she can start solving it with you.
full-story-reply-2-feedback = Nazywasz to, co czuje: frustrację, że spotyka ją kara za punktualność, i wiążesz to z jej prawdziwym terminem. Nie musi cię już przekonywać; może zacząć szukać rozwiązania razem z tobą.

# en: Oh no, don't worry, we'll definitely get you out in time for your meeting, I promise. Can I get you a coffee while you wait?
full-story-reply-3 = Och, proszę się nie martwić, na pewno zdąży pani na spotkanie, obiecuję. Podać pani kawę na czas czekania?

# en: Warm, and you caught the meeting, but you promised Dóra's timing, which is not yours to give. She relaxes for a minute and will hold you to it when the clock says otherwise.
full-story-reply-3-feedback = Ciepło, i zauważasz spotkanie, ale obiecujesz czas Dóry, a nie swój. Na minutę się uspokoi i rozliczy cię z tego, kiedy zegar pokaże co innego.

# en: I'm sorry, Réka, but treatments do run over sometimes, and Dóra can't exactly leave a client with one hand done.
full-story-reply-4 = Przykro mi, pani Réko, ale zabiegi czasem się przeciągają, a Dóra nie może zostawić klientki z jedną dłonią zrobioną.

# en: The 'but' takes the apology back. She has just said she did everything right; explaining why Dóra can't help it tells her the salon's reasons count and her lunch hour doesn't.
full-story-reply-4-feedback = „Ale” odbiera przeprosinom sens. Właśnie powiedziała, że zrobiła wszystko dobrze; tłumaczenie, dlaczego Dóra nic nie może poradzić, mówi jej, że liczą się powody salonu, a nie jej przerwa na lunch.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = Tylko że to nie mój problem, prawda? Zrobiłam wszystko jak należy. Przyszłam wcześniej, tak jak pisaliście w SMS-ie. To dlaczego płaci za to moja przerwa na lunch?

# en: You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.
not-my-problem-reply-1 = Ma pani rację i przepraszam, ale nie sprawię, że Dóra będzie pracować szybciej, prawda? Hybrydy po prostu nie da się przyspieszyć.

# en: You agreed with her, then told her nothing can be done. Agreement followed by a shrug sounds like sympathy with the door closed, while her lunch break ticks away.
not-my-problem-reply-1-feedback = Przyznajesz jej rację, a potem mówisz, że nic się nie da zrobić. Zgoda, po której następuje wzruszenie ramion, brzmi jak współczucie przy zamkniętych drzwiach, a jej przerwa mija.

# en: Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-2 = No, uczciwie mówiąc, innym razem to pani może się spóźnić, i wtedy wszyscy będziemy czekać na panią.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and has said so twice.
not-my-problem-reply-2-feedback = Zamieniasz jej skargę w spór o sprawiedliwość, z zarzutem, na który niczym nie zasłużyła. Przyszła wcześniej i powiedziała to już dwa razy.

# en: You're right to be cross. You did everything we asked; the timetable is ours to sort out, and I'll sort it.
not-my-problem-reply-3 = Ma pani prawo się złościć. Zrobiła pani wszystko, o co prosiliśmy; grafik to nasz problem i ja go rozwiążę.

# en: You granted her the anger instead of defending the salon, and took the timetable back as your job. Once nobody argues with her, she has nothing left to fight for and can start looking for a way out with you.
not-my-problem-reply-3-feedback = Przyznajesz jej prawo do złości, zamiast bronić salonu, i bierzesz grafik na siebie. Kiedy nikt się z nią nie spiera, nie ma już o co walczyć i może razem z tobą szukać wyjścia.

# en: I completely understand, and I do apologise. If you'd like to take a seat, I'll let you know the moment Dóra's ready.
not-my-problem-reply-4 = Całkowicie rozumiem i bardzo przepraszam. Jeśli pani usiądzie, dam znać, jak tylko Dóra będzie gotowa.

# en: Impeccably polite, and it sends her back to the chair she has just got up from. 'I understand' followed by more waiting tells her the understanding changes nothing.
not-my-problem-reply-4-feedback = Nienagannie uprzejme, a odsyła ją na krzesło, z którego właśnie wstała. „Rozumiem”, po którym następuje dalsze czekanie, mówi jej, że to zrozumienie niczego nie zmienia.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = No dobrze, ile to naprawdę potrwa? Bo „dwadzieścia minut” w salonie zwykle zamienia się w czterdzieści.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = Nie masz wpływu na tempo pracy Dóry. Zgadywanie teraz stanie się obietnicą, z której cię rozliczy.

# en: Don't worry, it won't be anything like forty. I'll make sure she's with you within five minutes, I promise you that.
how-long-reply-1 = Proszę się nie martwić, na pewno nie czterdzieści. Dopilnuję, żeby w ciągu pięciu minut była pani na fotelu, obiecuję.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours, not Dóra's.
how-long-reply-1-feedback = Uspokaja, i na chwilę jej ulży, ale nie masz wpływu na to, kiedy Dóra skończy. Jeśli z pięciu minut zrobi się piętnaście, złamana obietnica będzie twoja, nie Dóry.

# en: About twenty, like Dóra said, but honestly it depends on how the treatment before yours goes. Gel sets can be unpredictable.
how-long-reply-2 = Jakieś dwadzieścia, jak mówiła Dóra, ale szczerze mówiąc to zależy, jak pójdzie zabieg przed panią. Z hybrydą różnie bywa.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-2-feedback = Powtórzenie mglistego szacunku nie daje jej nic do planowania. Prosiła o konkretną godzinę z powodu spotkania; „to zależy” oddaje jej niepewność z powrotem.

# en: I won't guess. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back.
how-long-reply-3 = Nie będę zgadywać. Proszę o minutę: zapytam Dórę, kiedy dokładnie może zacząć, i zaraz wrócę.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-3-feedback = Nie zgadujesz w sprawie cudzej pracy i obiecujesz coś, nad czym masz pełną kontrolę: minuta, potem konkretna odpowiedź. Przy spotkaniu o 13:30 prawdziwa godzina jest dla niej więcej warta niż pocieszająca.

# en: I honestly don't know yet, and I'd rather not guess. I'll check with Dóra as soon as she has a moment.
how-long-reply-4 = Szczerze mówiąc, jeszcze nie wiem i wolę nie zgadywać. Zapytam Dórę, jak tylko będzie miała chwilę.

# en: Honest, and refusing to guess was right. But 'as soon as she has a moment' leaves Réka watching the clock with no idea when; the best reply put a time on your own step: one minute.
how-long-reply-4-feedback = Uczciwie, i słusznie nie zgadujesz. Ale „jak tylko będzie miała chwilę” zostawia Rékę patrzącą na zegar bez pojęcia, kiedy; najlepsza odpowiedź określała czas twojego własnego kroku: minuta.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = „Jakieś dwadzieścia”? O 13:30 mam spotkanie. Nie zaplanuję popołudnia na „jakieś”. Potrzebuję konkretnej godziny.

# en: Fair enough, you need a time, not a guess. I'll ask Dóra right now and be back within a minute.
about-twenty-reply-1 = Słusznie, potrzebuje pani godziny, a nie zgadywania. Zapytam Dórę od razu i wrócę w ciągu minuty.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = Przyjmujesz jej argument bez tłumaczenia się i wskazujesz krok, który możesz zrobić od ręki. Minuta drogi do Dóry da jej pewność, o którą prosiła.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take, and we can't rush the gel.
about-twenty-reply-2 = Naprawdę nie potrafię powiedzieć dokładnie. Przy zabiegach nikt tego nie wie; trwają tyle, ile trwają, a hybrydy nie da się poganiać.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = Na swój sposób szczere, ale nawet nie próbujesz się dowiedzieć. Ktoś jednak wie: Dóra, dwadzieścia kroków dalej. „Nikt tego nie wie” zostawia Rékę przy ladzie, a zegar tyka.

# en: I'm sorry, I know it's annoying. I'll keep an eye on it for you and let you know as soon as there's any news.
about-twenty-reply-3 = Przepraszam, wiem, że to irytujące. Będę tego pilnować i dam pani znać, jak tylko się czegoś dowiem.

# en: Kind in tone, but 'as soon as there's news' is the same 'about' she just rejected. She asked for a time; you offered to wait with her.
about-twenty-reply-3-feedback = Ton życzliwy, ale „jak tylko się czegoś dowiem” to to samo „jakieś”, które właśnie odrzuciła. Prosiła o godzinę, a ty proponujesz, że poczekasz razem z nią.

# en: It's quarter to one. You said it'd be fine. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = Jest za kwadrans pierwsza. Mówiła pani, że wszystko będzie dobrze. Siedzę tu i patrzę na zegar, a Dóra dalej nie wyszła.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it. Can I top up your coffee?
five-minutes-later-reply-1 = Już prawie kończy, naprawdę. To jeszcze tylko parę minut, daję słowo. Dolać pani kawy?

# en: A second guess on top of a broken one. She has just watched your first reassurance fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-1-feedback = Drugie zgadywanie na pierwszym, nieudanym. Właśnie widziała, jak twoje zapewnienie się nie sprawdziło; kolejne, bez sprawdzenia, mówi jej, że twoje godziny nic nie znaczą.

# en: You're right: I guessed instead of checking, and that's on me. I'll get you a real time from Dóra now.
five-minutes-later-reply-2 = Ma pani rację: to był strzał zamiast sprawdzonej godziny, moja wina. Zaraz ustalę z Dórą konkretny czas.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-2-feedback = Przyznanie się do własnego błędnego szacunku jest trudne i słuszne. Błąd otwarcie wzięty na siebie wybacza się znacznie łatwiej niż drugie zgadywanie.

# en: I'm sorry, but that's really down to Dóra, not me. She's running very far behind today and nobody told the desk.
five-minutes-later-reply-3 = Przepraszam, ale to naprawdę zależy od Dóry, nie ode mnie. Ma dziś ogromne opóźnienie i nikt nie uprzedził recepcji.

# en: To Réka the reassurance was yours, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = Dla Réki to było twoje zapewnienie, nie Dóry. Zrzucanie tego na koleżankę brzmi jak wymówka i pokazuje skłócony salon, tuż zanim któraś z was zrobi jej paznokcie.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = No i? Co powiedziała? Jeśli to jeszcze dwadzieścia minut, nie zdążę na spotkanie.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = No więc? Jaka jest prawdziwa odpowiedź? Nie mogę się dziś spóźnić.

# en: Dóra can't start until five to one, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-1 = Dóra może zacząć dopiero za pięć pierwsza, więc dziś niestety się nie uda. Mogę przenieść panią na czwartek na 12:30. Zapisać panią?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-1-feedback = Rzetelnie i szybko, ale zamykasz dzisiejsze drzwi, nie szukając innej drogi, i proponujesz tę samą porę w czasie lunchu, która właśnie się rozjechała. Poświęciła pół przerwy; potrzebuje wyboru, a nie formularza wypełnionego za nią.

# en: Good news: I've asked Dóra to speed things up, so she'll start at ten to one and still have you out by twenty past. You'll make it, I promise.
options-reply-2 = Dobra wiadomość: na moją prośbę Dóra się pospieszy, więc zacznie za dziesięć pierwsza, a skończy z panią dwadzieścia po. Zdąży pani, obiecuję.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-2-feedback = Pamiętasz o jej terminie i chcesz go ratować, ale obiecujesz tempo Dóry, na które nie masz wpływu. Zresztą nie płaci za pospieszną hybrydę.

# en: Thanks for waiting. Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or Dóra another day. Your choice?
options-reply-3 = Dziękuję, że pani czekała. Dóra zacznie za pięć pierwsza, za późno. Kinga jest wolna, skończy kwadrans po, albo Dóra innego dnia. Co pani wybiera?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-3-feedback = Dziękujesz jej, podajesz złą wiadomość wprost, odnosisz ją do spotkania o 13:30 i dajesz dwie prawdziwe możliwości, zostawiając wybór jej. Uczciwa godzina plus wybór to coś, co uspokaja klientkę w pośpiechu.

# en: Dóra can't start until five to one, which is too late for you. But Kinga's free right now and could have you done by quarter past.
options-reply-4 = Dóra może zacząć dopiero za pięć pierwsza, a to dla pani za późno. Ale Kinga jest wolna w tej chwili i zdążyłaby skończyć kwadrans po pierwszej.

# en: Straight and useful: a real time and a way to make her meeting. The best reply also thanked her for waiting and left her the choice, including staying with Dóra, who has done her nails for two years.
options-reply-4-feedback = Wprost i konkretnie: prawdziwa godzina i sposób, żeby zdążyła na spotkanie. Najlepsza odpowiedź dodatkowo dziękowała za czekanie i zostawiała jej wybór, także ten, by zostać przy Dórze, która od dwóch lat robi jej paznokcie.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = Proszę posłuchać. O 13:30 muszę być z powrotem przy biurku. Co właściwie może pani dla mnie dziś zrobić?

# en: Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or I'll book Dóra another day. Which would you like?
what-can-you-do-reply-1 = Dóra zacznie za pięć pierwsza, za późno. Kinga jest wolna, skończy kwadrans po, albo zapiszę panią do Dóry na inny dzień. Co pani woli?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = Na proste pytanie prosta odpowiedź: prawdziwa godzina rozpoczęcia, sposób, żeby zdążyła dziś na spotkanie, i wybór. Konkretne propozycje kończą grę w czekanie.

# en: I'll have a word with Dóra and ask her to speed things up for you. She can start at ten to one and still have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = Porozmawiam z Dórą i poproszę, żeby się dla pani pospieszyła. Może zacząć za dziesięć pierwsza i mimo to skończyć dwadzieścia po, na pewno da radę.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = Próbujesz ratować jej spotkanie, ale obietnicą dotyczącą cudzych rąk. Jeśli Dóra nie zdąży, Réka się spóźni, a obietnica była twoja.

# en: Not a lot today, I'm afraid. We're fully booked all afternoon, and the system won't let me double-book a chair. Shall I find you another day this week?
what-can-you-do-reply-3 = Dziś niewiele, niestety. Całe popołudnie mamy zajęte, a system nie pozwala mi zapisać dwóch osób na jedno stanowisko. Poszukać pani innego dnia w tym tygodniu?

# en: You answered from the system, not from the room: Kinga has a free chair right now. 'Not a lot' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = Odpowiadasz z systemu, a nie z tego, co widać na sali: Kinga ma w tej chwili wolne stanowisko. „Niewiele” to dla Réki sygnał, że jej przerwa przepadła na nic.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = Ma się pospieszyć? Płacę za porządną hybrydę, a nie za robotę na szybko. I naprawdę może pani obiecać, że wyjdę dwadzieścia po?

# en: No, I can't promise that for Dóra, and I shouldn't have. Kinga's free now and done by quarter past, or Dóra another day.
rushed-risk-reply-1 = Nie, tego nie mogę obiecać za Dórę, to był mój błąd. Kinga jest wolna, skończy kwadrans po, albo Dóra innego dnia.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = Wycofanie własnej obietnicy jest niewygodne i dokładnie słuszne. Gwarancję, której nie da się dotrzymać, zastępujesz dwiema propozycjami, których dotrzymasz.

# en: Yes, I promise. Dóra's really quick when she needs to be, and she'd never do a rush job. You'll be out in plenty of time.
rushed-risk-reply-2 = Tak, obiecuję. Dóra jest naprawdę szybka, kiedy trzeba, i nigdy nie robi niczego byle jak. Wyjdzie pani z dużym zapasem czasu, zobaczy pani.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember who promised.
rushed-risk-reply-2-feedback = Powiedziała, dlaczego wątpi, a ty podwajasz obietnicę, zamiast ją sprawdzić. Jeśli Dóra znowu się przeciągnie, Réka zapamięta, kto obiecywał.

# en: Well, it's that or rebook, I'm afraid. Those are the only two options we have today, and I can't change Dóra's diary.
rushed-risk-reply-3 = No cóż, albo to, albo nowy termin, niestety. Tylko te dwie możliwości mamy dzisiaj, a grafiku Dóry nie mogę zmienić.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = „Bierze pani albo nie” brzmi niecierpliwie i nawet nie jest prawdą: Kinga ma wolne stanowisko. To popycha Rékę do tego, żeby zażądała kogoś innego.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = W czwartek? Czyli poświęciłam przerwę na lunch na nic? A 12:30 to dokładnie ta godzina, która właśnie się rozjechała!

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid. Everything else is booked until the end of the month.
rebook-reaction-reply-1 = Czwartek o 12:30 to niestety jedyny termin Dóry w porze lunchu w tym tygodniu. Wszystko inne jest zajęte do końca miesiąca.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-1-feedback = Odczytywanie grafiku odpowiada na pytanie, którego nie zadała. Właśnie ci powiedziała, że ta godzina jest problemem; proponując ją znowu, pokazujesz, że jej nie słyszysz.

# en: Fair on both counts; I jumped ahead. Kinga's free now and done by quarter past, or I'll book Dóra's first slot after her break.
rebook-reaction-reply-2 = Słusznie, w obu sprawach; to było pochopne. Kinga jest teraz wolna, skończy kwadrans po, albo zapiszę panią na pierwszy termin Dóry po przerwie.

# en: You owned the slip and answered both things she said: today is not lost, and a slot straight after Dóra's break cannot be eaten by an earlier client.
rebook-reaction-reply-2-feedback = Bierzesz na siebie pośpiech i odpowiadasz na obie rzeczy, które powiedziała: dzisiejszy dzień nie jest stracony, a termin tuż po przerwie Dóry nie może zostać zjedzony przez wcześniejszą klientkę.

# en: I know, I'm sorry, I only offered Thursday because Dóra's so busy lately, and her regulars always want the same lunchtime slots.
rebook-reaction-reply-3 = Wiem, przepraszam, czwartek padł tylko dlatego, że Dóra jest ostatnio bardzo zajęta, a jej stałe klientki zawsze chcą tych samych godzin w porze lunchu.

# en: An explanation of the diary, not an answer to her. She asked whether her lunch break was wasted; telling her how popular Dóra is doesn't give it back.
rebook-reaction-reply-3-feedback = Wyjaśnienie grafiku, a nie odpowiedź dla niej. Zapytała, czy jej przerwa poszła na marne; opowieść o tym, jak popularna jest Dóra, jej tej przerwy nie zwróci.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = Dobra, mam dość. Jest kierowniczka? Chcę porozmawiać z kimś, kto naprawdę może to załatwić.

# en: Of course. If you'd like to take a seat, I'll go and get Zsuzsa for you. She's just in the back office doing the rota.
manager-demand-reply-1 = Oczywiście. Jeśli pani usiądzie, pójdę po Zsuzsę, naszą kierowniczkę. Jest akurat na zapleczu i układa grafik na przyszły tydzień.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again to Zsuzsa.
manager-demand-reply-1-feedback = Uprzejmie, i szanuje jej życzenie, ale sprawa wychodzi z twoich rąk nierozwiązana, a kolejna część jej przerwy pójdzie na opowiadanie wszystkiego od nowa Zsuzsie.

# en: Zsuzsa's in; I'll fetch her if you like. But I can fix this now: Kinga's free this minute and done by quarter past one.
manager-demand-reply-2 = Zsuzsa jest, zawołam ją, jeśli pani chce. Ale mogę to załatwić od razu: Kinga jest teraz wolna i skończy kwadrans po pierwszej.

# en: You respected her request and still kept the case: a way to make her meeting, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-2-feedback = Szanujesz jej prośbę i mimo to zatrzymujesz sprawę u siebie: od razu jest sposób, żeby zdążyła na spotkanie. Klienci często proszą o kierownika tylko dlatego, że stracili nadzieję na osobę, która przed nimi stoi.

# en: Of course. I'll bring Zsuzsa out now and tell her the whole story myself, the twenty minutes and your half-one meeting, so you needn't repeat it.
manager-demand-reply-3 = Oczywiście. Zaraz przyprowadzę Zsuzsę i osobiście opowiem jej wszystko, te dwadzieścia minut i pani spotkanie o 13:30, żeby nie musiała pani niczego powtarzać.

# en: A good handover: she won't have to tell it twice and you stay with it. But nothing here needed the manager; Kinga's free chair was yours to offer, and every minute of handing over is a minute of her lunch break.
manager-demand-reply-3-feedback = Dobre przekazanie: nie będzie musiała opowiadać dwa razy, a ty zostajesz przy sprawie. Tylko że tu nie była potrzebna kierowniczka; wolne stanowisko Kingi można było zaproponować od razu, a każda minuta przekazywania to minuta jej przerwy.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today, and she can't magic up a free technician.
manager-demand-reply-4 = Zsuzsa powie pani niestety to samo. Dziś mamy komplet i ona też nie wyczaruje wolnej stylistki.

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

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-1-feedback = Wygląda to na stanięcie po jej stronie, ale obgadywanie koleżanki sprawia, że cały salon wydaje się niesolidny, a Dóra od dwóch lat robi jej paznokcie. Teraz zastanawia się, co mówisz o niej.

# en: Honestly, her morning just ran over, and that's nobody's fault. You'll be in good hands with Kinga, she's lovely.
colleague-question-reply-2 = Szczerze, po prostu przeciągnęło jej się przedpołudnie, to niczyja wina. U Kingi będzie pani w dobrych rękach, jest przemiła.

# en: No one blamed, and a kind word for Kinga. But she mentioned last month too: the best reply owned the part that really went wrong twice, nobody telling her in time.
colleague-question-reply-2-feedback = Nikogo nie obwiniasz i masz dobre słowo dla Kingi. Ale ona wspomniała też o zeszłym miesiącu: najlepsza odpowiedź brała na siebie to, co naprawdę zawiodło dwa razy, czyli że nikt jej nie uprzedził na czas.

# en: Her morning ran over; that happens with treatments. What shouldn't happen is you finding out at the desk. That part's on us.
colleague-question-reply-3 = Przeciągnęło jej się przedpołudnie; przy zabiegach tak bywa. Nie powinna się pani o tym dowiadywać przy ladzie. Za to odpowiadam ja.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-3-feedback = Uczciwy powód, nikt nie oceniony, a to, co naprawdę zawiodło, czyli że nikt jej nie uprzedził na czas, bierze na siebie recepcja. Dóra pozostaje kimś, komu Réka może powierzyć paznokcie.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra herself when you see her next.
colleague-question-reply-4 = Niestety nie potrafię powiedzieć. Ja tylko siedzę na recepcji; musiałaby pani zapytać samą Dórę, jak ją pani następnym razem zobaczy.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-4-feedback = Bez obwiniania, ale i bez odpowiedzi. „Ja tylko siedzę na recepcji” to wymówka posłańca; przy ladzie to ty jesteś dla niej salonem.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = Zawsze? Od dwóch lat robi mi paznokcie. A jeśli wiecie, że ciągle ma opóźnienia, to czemu zapisujecie jej klientki jedna po drugiej?

# en: That was unfair of me; Dóra's excellent. The diary is kept here at the desk, so the gaps are mine to fix.
gossip-reaction-reply-1 = To było niesprawiedliwe z mojej strony; Dóra jest świetna. Grafik prowadzę tu, na recepcji, więc te luki to moja sprawa.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = Cofasz uwagę i przenosisz winę tam, gdzie da się ją naprawić: do grafiku wizyt. Usunięcie przyczyny chroni też następną klientkę w porze lunchu.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision, I'm afraid; the manager does the diary herself.
gossip-reaction-reply-2 = Ja tylko mówię, jak to wygląda od kuchni. Rezerwacje to niestety nie moja decyzja; grafikiem zajmuje się sama kierowniczka.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = Bronienie plotki, a potem odcinanie się od grafiku zostawia ją z myślą, że nikt tu za nic nie odpowiada, a już najmniej za jej czas.

# en: Oh, don't get me wrong, she's lovely, and her work's brilliant. It's just that some days are busier than others, you know how it is.
gossip-reaction-reply-3 = Och, proszę mnie źle nie zrozumieć, jest przemiła i świetnie pracuje. Po prostu niektóre dni są bardziej zabiegane, wie pani, jak to jest.

# en: You softened the remark but skipped her question: why book Dóra back to back? 'You know how it is' asks her to accept the very thing she is complaining about.
gossip-reaction-reply-3-feedback = Łagodzisz uwagę, ale pomijasz jej pytanie: dlaczego Dóra ma wizyty jedna po drugiej? „Wie pani, jak to jest” prosi ją, by zaakceptowała dokładnie to, na co się skarży.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = No cóż. I tak przyszłam wcześniej, a połowę przerwy na lunch przesiedziałam w waszej poczekalni.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = Problem praktyczny jest prawie rozwiązany. Emocjonalny nie: czuje, że jej czas się nie liczył.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time. That's the main thing, isn't it?
lunch-lost-reply-1 = No, przynajmniej Kinga może panią teraz przyjąć, więc zdąży pani wrócić. To najważniejsze, prawda?

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-1-feedback = Prawda, i praktyczny problem jest rozwiązany, ale „przynajmniej” przechodzi obok tego, co właśnie powiedziała. Prawdziwą skargą był jej czas, a nikt tego nie uznał.

# en: You did, and that's not right. Today's manicure is 20% off, and I've noted on your card to ring you if we run late.
lunch-lost-reply-2 = Tak, i to nie w porządku. Dzisiejszy manicure będzie 20% taniej, a w pani karcie dopiszę, żeby dzwonić, gdy mamy opóźnienie.

# en: A real gesture and a change you control, both well judged. But it went straight to the remedy; the best reply first said what half a lunch break in a waiting area feels like, which is what she was telling you.
lunch-lost-reply-2-feedback = Prawdziwy gest i zmiana, na którą masz wpływ, oba dobrze dobrane. Ale od razu przechodzisz do rekompensaty; najlepsza odpowiedź najpierw mówiła, jak to jest spędzić pół przerwy w poczekalni, a właśnie to ona ci mówiła.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again. I'll personally make sure of it.
lunch-lost-reply-3 = Bardzo przepraszam, pani Réko. Obiecuję, że to się już nigdy, przenigdy nie powtórzy. Osobiście tego dopilnuję.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = Ciepło, i słyszy, że ci zależy, ale „nigdy więcej” to obietnica, której żaden salon nie dotrzyma. Gest i zmiana, na którą masz wpływ, znaczyłyby więcej niż przysięga.

# en: Half your lunch break in our waiting area; I'd be fed up too. Today's manicure is 20% off, with my apologies.
lunch-lost-reply-4 = Pół przerwy w naszej poczekalni; mnie też by to zdenerwowało. Dzisiejszy manicure będzie 20% taniej, z moimi przeprosinami.

# en: You put yourself in her chair and said what it cost her, then matched the words with something real. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-4-feedback = Stawiasz się na jej miejscu i mówisz, ile ją to kosztowało, a potem popierasz słowa czymś realnym. Tak stracona przerwa na lunch staje się powodem, żeby wrócić.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = Och, to Kinga macha? Jest już gotowa?

# en: Yes, she's all ready for you now. Go on through, it's station two on the left, just past the window. Can I take your coat?
handover-reply-1 = Tak, już na panią czeka. Proszę przejść, stanowisko numer dwa po lewej, zaraz za oknem. Mogę wziąć pani płaszcz?

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-1-feedback = Sprawnie i dość uprzejmie, ale bez podziękowania za cierpliwość, a Kinga nic nie wie o 13:30. Réka będzie musiała od nowa tłumaczyć swój termin.

# en: She is, thank you for waiting. Kinga, this is Réka; she has a meeting at half one, so she's out by twenty past.
handover-reply-2 = Tak, dziękuję, że pani czekała. Kinga, to pani Réka; o 13:30 ma spotkanie, więc wychodzi dwadzieścia po.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-2-feedback = Dziękujesz jej za cierpliwość i przekazujesz jeden szczegół, który liczy się najbardziej, jej termin, więc nie musi go powtarzać ani sama pilnować zegara.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering after all that waiting.
handover-reply-3 = Tak! Proszę przejść, zrelaksować się i nigdzie nie spieszyć. Po takim czekaniu należy się pani trochę rozpieszczania.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = Ciepłe salonowe zdanie, ale „nigdzie się nie spieszyć” to dokładnie to, czego nie może. Po tym wszystkim pokazuje, że jej spotkanie o 13:30 wyleciało ci z głowy.

# en: She is. Kinga, Réka's got a meeting at half one, so she needs to be out by twenty past, please.
handover-reply-4 = Tak. Kinga, pani Réka ma spotkanie o 13:30, więc musi wyjść dwadzieścia po, proszę.

# en: The deadline passed on, so Réka needn't say it again: well done. What was missing is a word to her: after half an hour of waiting, the best reply thanked her before it briefed Kinga.
handover-reply-4-feedback = Termin przekazany, więc Réka nie musi go powtarzać: dobrze. Zabrakło słowa do niej: po pół godzinie czekania najlepsza odpowiedź najpierw jej podziękowała, a dopiero potem poinformowała Kingę.

# en: Kinga's done, and it's only quarter past. Can I pay quickly? I really have to run.
checkout-says-1 = Kinga skończyła, a jest dopiero kwadrans po pierwszej. Mogę szybko zapłacić? Naprawdę muszę lecieć.

# en: The last words are the ones she takes back to the office. Thank her, and say what happens next time.
checkout-hint = Ostatnie słowa zabierze ze sobą do biura. Podziękuj jej i powiedz, co będzie następnym razem.

# en: Of course. Card or cash? Here's the reader for you, and the receipt will print in just a second.
checkout-reply-1 = Oczywiście. Kartą czy gotówką? Proszę, tu jest terminal, a paragon wydrukuje się za sekundkę.

# en: Quick, which she needs, but it ends the visit like any other sale: no thanks for her patience, no word about next time. After the morning she had, it feels as if nothing happened.
checkout-reply-1-feedback = Szybko, a tego potrzebuje, ale kończysz wizytę jak każdą inną sprzedaż: bez podziękowania za cierpliwość, bez słowa o następnym razie. Po takim przedpołudniu wygląda to tak, jakby nic się nie stało.

# en: Of course. Thank you for bearing with us today, Réka. Next time I'll ring you if we're running late. Good luck at half one!
checkout-reply-2 = Oczywiście. Dziękuję za dzisiejszą cierpliwość, pani Réko. Następnym razem zadzwonię, jeśli będziemy mieć opóźnienie. Powodzenia na spotkaniu o 13:30!

# en: A close that does three things in one breath: thanks her by name, tells her what will be different next time, and remembers her meeting. She leaves with the salon's last words, not the delay.
checkout-reply-2-feedback = Zakończenie, które jednym tchem robi trzy rzeczy: dziękuje jej po imieniu, mówi, co następnym razem będzie inaczej, i pamięta o jej spotkaniu. Wychodzi z ostatnimi słowami salonu, a nie z opóźnieniem.

# en: Of course, the card's fine. Thank you so much for waiting today, and good luck with your meeting!
checkout-reply-3 = Oczywiście, kartą jak najbardziej. Bardzo dziękuję, że pani dziś czekała, i powodzenia na spotkaniu!

# en: Warm and quick, with thanks and her meeting remembered. What the best reply added is what happens next time: a call if the salon runs late, so she knows this won't simply repeat.
checkout-reply-3-feedback = Ciepło i szybko, z podziękowaniem i pamięcią o spotkaniu. Najlepsza odpowiedź dodała to, co będzie następnym razem: telefon, jeśli salon ma opóźnienie, żeby wiedziała, że taka sytuacja nie powtórzy się bez uprzedzenia.

# en: Of course. And sorry again about earlier; Mondays are always chaos here, with two of the girls off and the phones going all morning.
checkout-reply-4 = Oczywiście. I jeszcze raz przepraszam za wcześniej; w poniedziałki zawsze jest tu chaos, dwie dziewczyny na urlopie, a telefony dzwonią całe przedpołudnie.

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

