### Defuse scenario `agent-never-called` (The call that came too late) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
title = Spóźniony telefon

# en: You work at the front desk of a city estate agency. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing this morning.
brief = Pracujesz na recepcji miejskiego biura nieruchomości. Wchodzi klientka, która nie była umówiona. W zeszłym tygodniu twój kolega Gábor pokazywał jej mieszkanie i obiecał, że następnego dnia zadzwoni w sprawie jej oferty. Zadzwonił dopiero po kilku dniach, kiedy mieszkanie było już sprzedane. Dziś rano Gábor jest na prezentacji innego mieszkania.

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

# en: She has given you a timeline: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. Show her you caught it, and leave Gábor out of it.
opening-hint = Klientka podała ci całą chronologię: oferta we wtorek, obiecany telefon w środę, jej własny telefon w czwartek, sprzedaż w piątek. Pokaż jej, że to do ciebie dotarło, i nie wciągaj w to Gábora.

# en: Ms Farkas, you made your offer on Tuesday, you were promised a call the next day, you rang us yourself on Thursday, and you only heard yesterday, after the flat had gone. I'm sorry. I'll deal with this with you now.
opening-reply-1 = Pani Dóro, ofertę złożyła pani we wtorek, obiecano pani telefon następnego dnia, w czwartek sama pani do nas dzwoniła, a odpowiedź dostała pani dopiero wczoraj, kiedy mieszkanie było już sprzedane. Bardzo przepraszam. Od razu się tym zajmę, razem z panią.

# en: You gave her the whole week back in order: offer, promised call, her own chasing, the sale. She knows she was heard, so she does not need to tell it again louder.
opening-reply-1-feedback = Streszczasz jej cały tydzień po kolei: oferta, obiecany telefon, jej własne ponaglenia, sprzedaż. Klientka wie, że została wysłuchana, więc nie musi opowiadać tego jeszcze raz, głośniej.

# en: I'm so sorry, Ms Farkas. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's run off his feet.
opening-reply-2 = Bardzo panią przepraszam, pani Dóro. Gábor ma za sobą fatalny tydzień: zastępuje dwoje kolegów, którzy są na zwolnieniu, i nie wie, w co ręce włożyć.

# en: It sounds kind, but the sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases', and you gave her the same excuse again: his workload mattered more than her offer.
opening-reply-2-feedback = Brzmi życzliwie, ale współczucie trafia do Gábora, nie do niej. Przed chwilą zacytowała „mieliśmy mnóstwo pilnych spraw”, a ty podajesz jej tę samą wymówkę jeszcze raz: jego nawał pracy liczył się bardziej niż jej oferta.

# en: I'm sorry to hear that. Gábor handles the Kárpát Street listing, though, and he's out at a viewing. Could you come back this afternoon when he's in?
opening-reply-3 = Przykro mi to słyszeć. Ofertę przy Kárpát prowadzi jednak Gábor, a on jest teraz na prezentacji. Czy mogłaby pani przyjść po południu, kiedy już będzie na miejscu?

# en: Polite, but it sends her back to wait for the very person who left her waiting. To Dóra you are the agency right now; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = Uprzejmie, ale odsyłasz ją, żeby znowu czekała na tę samą osobę, przez którą już raz czekała na próżno. Dla Dóry to ty jesteś teraz biurem; „to jego oferta” zostawia ją bez nikogo, kto by się nią zajął.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = Gábor to, Gábor tamto! Nie obchodzi mnie, kto jest zajęty, a kogo nie ma. Obiecano mi telefon „jutro” i żadnego telefonu nie było. Czy ktokolwiek w tym biurze weźmie za to odpowiedzialność, czy mam się za wami uganiać po raz trzeci?

# en: You're right, and I'm sorry. Who was busy is our problem, not yours. You were promised a call and you didn't get one. I'm taking your case on myself, right now, and I won't send you away.
excuse-reaction-reply-1 = Ma pani rację, przepraszam. To, kto był zajęty, to nasz problem, nie pani. Obiecano pani telefon i go pani nie dostała. Przejmuję pani sprawę osobiście, od tej chwili, i nigdzie pani nie odeślę.

# en: You agreed with her instead of defending the office, and took the case in your own hands. 'I won't send you away' answers exactly what she feared: chasing a third time.
excuse-reaction-reply-1-feedback = Przyznajesz jej rację, zamiast bronić biura, i bierzesz sprawę we własne ręce. „Nigdzie pani nie odeślę” odpowiada dokładnie na to, czego się obawiała: że będzie musiała uganiać się za wami po raz trzeci.

# en: I do understand how you feel, but I can't really speak for what Gábor promised you. Only he knows what was agreed.
excuse-reaction-reply-2 = Doskonale rozumiem, co pani czuje, ale nie mogę odpowiadać za to, co obiecał pani Gábor. Tylko on wie, co zostało ustalone.

# en: Naming her feelings helped a little, but you still left the promise with nobody. Empathy with no ownership sounds like a polite way of saying 'not my problem'.
excuse-reaction-reply-2-feedback = Nazwanie jej uczuć trochę pomaga, ale obietnica nadal zostaje niczyja. Empatia bez wzięcia odpowiedzialności brzmi jak uprzejma wersja „to nie mój problem”.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and this isn't helping anyone.
excuse-reaction-reply-3 = Proszę nie podnosić na mnie głosu, pani Dóro. W biurze są inni klienci, a to nikomu nie pomaga.

# en: Telling her to lower her voice makes her anger the problem instead of the missed call. In front of other clients it also feels like a public telling-off.
excuse-reaction-reply-3-feedback = Prośba, żeby mówiła ciszej, sprawia, że problemem staje się jej złość, a nie telefon, którego nie było. Przy innych klientach brzmi to też jak publiczna reprymenda.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = Dość tego. Chcę rozmawiać z kierownikiem biura. Nie będę tego wszystkiego tłumaczyć od nowa komuś, kto jutro o mnie zapomni.

# en: You can, of course; she's back at two. Before then, I could ring the owner of the Kárpát Street flat now and find out exactly where things stand. Shall I do that while you're here?
manager-demand-reply-1 = Oczywiście, kierowniczka wraca o czternastej. A zanim wróci, mogę od razu zadzwonić do właścicielki mieszkania przy Kárpát i dowiedzieć się, jak dokładnie wygląda sytuacja. Zadzwonić teraz, póki pani tu jest?

# en: You respected her request and offered a step you can take this minute. People often ask for the manager only because they have given up on the person in front of them.
manager-demand-reply-1-feedback = Szanujesz jej prośbę i proponujesz krok, który możesz zrobić w tej chwili. Klienci często proszą o kierownika tylko dlatego, że przestali już liczyć na osobę, która przed nimi stoi.

# en: Of course. Please take a seat over there, and I'll go and see whether she's free.
manager-demand-reply-2 = Oczywiście. Proszę usiąść tam, przy stoliku, a ja sprawdzę, czy kierowniczka ma chwilę.

# en: Courteous, and it honours her wish, but her case leaves your hands untouched. Try one concrete offer before you hand her on.
manager-demand-reply-2-feedback = Uprzejmie i zgodnie z jej życzeniem, ale jej sprawa wychodzi z twoich rąk nietknięta. Zanim przekażesz klientkę dalej, spróbuj choć jednej konkretnej propozycji.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and that's that.
manager-demand-reply-3 = Obawiam się, że kierowniczka powie pani dokładnie to samo co ja: mieszkanie jest sprzedane i tyle.

# en: You refused her and told her it would be pointless, leaving her no way forward in this office. The only move left to her is the door.
manager-demand-reply-3-feedback = Odmawiasz jej i jeszcze mówisz, że to bez sensu, więc w tym biurze nie zostaje jej żadna droga. Jedyne, co jej pozostaje, to wyjść.

# en: Fine. But you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
what-now-says-1 = Dobrze. Ale proszę zrozumieć, co mi to zrobiło. Przez tę ofertę wypowiedziałam umowę najmu: do końca przyszłego miesiąca muszę się wyprowadzić. Promesa kredytowa z banku jest ważna do trzydziestego. A z tamtego mieszkania miałam dziesięć minut piechotą do szkoły córki.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
what-now-says-2 = A co w tym wszystkim jest najgorsze? Wypowiedziałam umowę najmu, bo liczyłam na tę ofertę. Pod koniec przyszłego miesiąca muszę się wynieść. Promesa z banku wygasa trzydziestego. A stamtąd było dziesięć minut do szkoły mojej córki.

# en: She has just told you what is really at stake: a move-out date and a loan offer that runs out. Let her see you heard that before you talk about other flats.
what-now-hint = Właśnie powiedziała ci, o co naprawdę chodzi: termin wyprowadzki i wygasająca promesa kredytowa. Daj jej odczuć, że to do ciebie dotarło, zanim zaczniesz mówić o innych mieszkaniach.

# en: So you didn't just lose a flat. You're now up against the end of next month and a loan offer that ends on the 30th, and it was the one near your daughter's school. That's a frightening spot, and we put you in it.
what-now-reply-1 = Czyli nie straciła pani tylko mieszkania. Ma pani teraz na głowie koniec przyszłego miesiąca i promesę, która wygasa trzydziestego, a to było akurat to mieszkanie blisko szkoły córki. To naprawdę przerażające położenie i to my panią w nim postawiliśmy.

# en: You heard the fear behind the complaint: two deadlines and a child's school run, not just one flat. Naming it, and saying 'we put you in it', tells her she is a person here, not a lost listing.
what-now-reply-1-feedback = Słyszysz strach, który kryje się za skargą: dwa terminy i drogę dziecka do szkoły, a nie tylko jedno mieszkanie. Nazwanie go wprost i słowa „to my panią w nim postawiliśmy” pokazują jej, że jest tu człowiekiem, a nie straconą ofertą.

# en: I see. Right, let me pull up what else we have in your price range near the school, and we'll find you something.
what-now-reply-2 = Rozumiem. Dobrze, to sprawdzę, co jeszcze mamy w pani przedziale cenowym w pobliżu szkoły, i na pewno coś pani znajdziemy.

# en: Practical and well meant, but you went straight to the screen. She has just told you she is about to lose her home and her loan; that needed a word before any listings.
what-now-reply-2-feedback = Praktycznie i w dobrej wierze, ale od razu uciekasz w ekran komputera. Przed chwilą powiedziała ci, że zaraz może stracić dach nad głową i kredyt; to wymagało choć słowa, zanim pojawią się jakiekolwiek oferty.

# en: To be honest, the market's very fast at the moment. Even with a call on Wednesday, it might well have gone anyway.
what-now-reply-3 = Szczerze mówiąc, rynek jest teraz bardzo szybki. Nawet gdyby telefon był w środę, mieszkanie i tak mogło pójść.

# en: It may even be true, but it argues with her instead of hearing her, and it excuses the missed call. She did not come in for a market report.
what-now-reply-3-feedback = Może to nawet prawda, ale zamiast jej wysłuchać, wdajesz się z nią w spór i usprawiedliwiasz brak telefonu. Nie przyszła tu po analizę rynku.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = Proszę mi nie robić wykładu o rynku! Złożyłam ofertę we wtorek. Tamten kupujący podpisał w piątek. Gdyby Gábor zadzwonił w środę, tak jak obiecał, to mieszkanie byłoby moje.

# en: You're right, and I'm sorry. You were there first, with a real offer, and we let three days slip. That's on us, not on the market.
market-argument-reply-1 = Ma pani rację, przepraszam. Była pani pierwsza, z konkretną ofertą, a my przespaliśmy trzy dni. To nasza wina, nie rynku.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-1-feedback = Od razu odpuszczasz spór i bierzesz na siebie stracone dni. Klientka dobrze pamiętała daty, wtorek i piątek, a ty pozwalasz jej mieć rację.

# en: We can't really know that, though. The owner might have preferred the other buyer's offer in any case.
market-argument-reply-2 = Tego jednak nie możemy wiedzieć. Właścicielka i tak mogła woleć ofertę tamtego kupującego.

# en: You went on arguing about what might have happened. Even if you won the point, you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-2-feedback = Dalej spierasz się o to, co mogłoby się wydarzyć. Nawet wygrany spór oznaczałby utratę klientki: brak telefonu to fakt, a inny bieg wydarzeń to tylko domysł.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = To naprawdę koniec? Gábor powiedział tylko „sprzedane”. Czy da się jeszcze cokolwiek zrobić w sprawie mieszkania przy Kárpát?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = Sprawdź, co naprawdę możesz załatwić. O swoim mieszkaniu decyduje właścicielka; ty decydujesz o swoich telefonach.

# en: I'll be honest: the owner signed a reservation agreement with the other buyer on Friday, so I can't get the flat back for you. I can ask her today to keep your offer on file in case that sale falls through, and I'll tell you her answer by five.
is-it-final-reply-1 = Powiem szczerze: w piątek właścicielka podpisała z tamtym kupującym umowę rezerwacyjną, więc nie odzyskam dla pani tego mieszkania. Mogę dziś poprosić ją, żeby zachowała pani ofertę na wypadek, gdyby tamta sprzedaż nie doszła do skutku, a jej odpowiedź przekażę pani do siedemnastej.

# en: Hard news, said plainly, followed by the one thing you can really do and a time that depends only on you. After a week of silence, a straight answer is worth more than hope.
is-it-final-reply-1-feedback = Trudna wiadomość powiedziana wprost, a po niej jedyna rzecz, którą naprawdę możesz zrobić, i termin, który zależy wyłącznie od ciebie. Po tygodniu ciszy szczera odpowiedź jest warta więcej niż nadzieja.

# en: Leave it with me. I'll speak to the owner myself, and I'm sure I can get you back in the running for it.
is-it-final-reply-2 = Proszę to zostawić mnie. Osobiście porozmawiam z właścicielką i na pewno uda mi się przywrócić panią do gry o to mieszkanie.

# en: Warm, and she feels someone is finally on her side, but the flat is the owner's to give, not yours. Another promise from this office that cannot be kept would hurt more than the first.
is-it-final-reply-2-feedback = Ciepło, i klientka czuje, że wreszcie ktoś stoi po jej stronie, ale o mieszkaniu decyduje właścicielka, nie ty. Kolejna obietnica tego biura, której nie da się dotrzymać, zabolałaby bardziej niż pierwsza.

# en: It's sold, I'm afraid. Once a reservation agreement is signed, there's really nothing anyone can do about it.
is-it-final-reply-3 = Niestety, jest sprzedane. Kiedy umowa rezerwacyjna jest już podpisana, naprawdę nikt nic nie może zrobić.

# en: Honest, but it stops at what cannot be done. Bad news needs a 'here is what I can do instead', or it sounds like a closed door.
is-it-final-reply-3-feedback = Szczerze, ale kończysz na tym, czego nie da się zrobić. Zła wiadomość potrzebuje dalszego ciągu: „za to mogę zrobić coś innego”, inaczej brzmi jak zamknięte drzwi.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = Na pewno? Gábor też był pewny. „Zadzwonię jutro”, tak powiedział.

# en: You're right to ask. I can't promise you the flat; that's the owner's decision. What I can promise is that I'll speak to her today and ring you by five with her answer, whatever it is.
overpromise-doubt-reply-1 = Słusznie pani pyta. Nie mogę obiecać pani mieszkania, o tym decyduje właścicielka. Mogę za to obiecać, że dziś z nią porozmawiam i do siedemnastej zadzwonię z jej odpowiedzią, jakakolwiek będzie.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you can't.
overpromise-doubt-reply-1-feedback = Wycofanie się z własnej obietnicy jest trudne, ale słuszne. Klientka właśnie przypomniała ci, jak skończyło się ostatnie „na pewno”; mała obietnica, której dotrzymasz, odbudowuje więcej zaufania niż duża, której dotrzymać nie możesz.

# en: This time it's different, I promise. You have my word: I'll get you that flat.
overpromise-doubt-reply-2 = Tym razem jest inaczej, obiecuję. Daję pani słowo: załatwię pani to mieszkanie.

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = Powiedziała ci wprost, dlaczego nie wierzy w obietnice, a ty, zamiast sprawdzić swoją, podwajasz stawkę. Jeśli właścicielka odmówi, tym razem złamane zostanie twoje słowo.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = Nasłuchałam się już w tym biurze dość wymówek. Proszę zawołać kogoś, kto tu jest szefem.

# en: I'll fetch her if you'd like. But let me first do what should have happened last week: I'll ring the owner while you're sitting here, so you hear the answer from me, not second-hand. Shall I?
late-manager-reply-1 = Jeśli pani chce, zaraz poproszę kierowniczkę. Ale najpierw zróbmy to, co powinno się stać w zeszłym tygodniu: zadzwonię do właścicielki teraz, przy pani, żeby usłyszała pani odpowiedź ode mnie, a nie z drugiej ręki. Dobrze?

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, seeing you pick up the phone is the most convincing thing you can do.
late-manager-reply-1-feedback = Zostawiasz jej wybór i proponujesz działanie na jej oczach. Po tygodniu czekania na telefon nic jej bardziej nie przekona niż widok ciebie podnoszącego słuchawkę.

# en: Certainly, Ms Farkas. If you'd like to wait here, I'll find the office manager for you.
late-manager-reply-2 = Oczywiście, pani Dóro. Proszę tu chwilę poczekać, zaraz poproszę kierowniczkę biura.

# en: Polite and quick, but it hands her on for the third time this week: Gábor, the message on Thursday, now the manager. One offer of your own first might have kept her.
late-manager-reply-2-feedback = Uprzejmie i szybko, ale w tym tygodniu odsyłają ją dalej już trzeci raz: Gábor, wiadomość w czwartek, teraz kierowniczka. Jedna własna propozycja na początek mogła ją zatrzymać.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can.
late-manager-reply-3 = Szczerze mówiąc, to nic nie da. Kierowniczka, tak samo jak ja, nie cofnie podpisanej umowy rezerwacyjnej.

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-3-feedback = Zamykasz ostatnie drzwi, o które prosiła. Nawet jeśli odpowiedź byłaby ta sama, odmowa szansy na wysłuchanie to dla klienta jasny sygnał, żeby wyszedł.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = I co dalej? Do końca przyszłego miesiąca i tak muszę się wyprowadzić.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = Konkretny krok, godzina i sposób, w jaki się z nią skontaktujesz: wszystko zależne tylko od ciebie. Wykorzystaj to, co już ci powiedziała, zamiast pytać od nowa.

# en: I'll go through our listings and what's coming in this week: two bedrooms, up to 38.5 million, walking distance from your daughter's school. You'll have a shortlist by email tomorrow at ten, and we can book viewings for Thursday, well before the 30th.
next-step-reply-1 = Przejrzę nasze oferty i to, co wchodzi w tym tygodniu: dwie sypialnie, do 38,5 miliona, w zasięgu spaceru od szkoły córki. Jutro o dziesiątej dostanie pani ode mnie mailem krótką listę, a oglądanie możemy umówić na czwartek, na długo przed trzydziestym.

# en: You remembered her budget, the school and the loan deadline, and turned them into a plan with times. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = Pamiętasz jej budżet, szkołę i termin promesy, i zamieniasz je w plan z konkretnymi godzinami. Klientka nie musi się powtarzać i wie, kiedy się do niej odezwiesz.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and what's your budget?
next-step-reply-2 = W takim razie zacznijmy poszukiwania od nowa. Czego dokładnie pani szuka: ile pokoi, jaka okolica i jaki budżet?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her that this office still does not listen.
next-step-reply-2-feedback = Początek z dobrą wolą, ale o swojej ofercie i o szkole już ci powiedziała, a resztę widać po mieszkaniu przy Kárpát. Pytanie od nowa mówi jej, że w tym biurze nadal nikt nie słucha.

# en: Gábor knows your search best, so he'll send you a few options as soon as he's back from his viewing.
next-step-reply-3 = Gábor najlepiej wie, czego pani szuka, więc podeśle pani kilka propozycji, jak tylko wróci z prezentacji.

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = Oddajesz ją z powrotem koledze, którego obietnica zawiodła, i to bez żadnego terminu. To to samo otwarte „odezwie się”, przez które straciła mieszkanie.

# en: And who's going to call me this time? Because I'm not sitting by the phone waiting for Gábor again.
who-calls-says-1 = I kto tym razem do mnie zadzwoni? Bo drugi raz nie będę siedzieć przy telefonie i czekać na Gábora.

# en: Right. And who rings me? Last time 'tomorrow' turned out to mean next Monday.
who-calls-says-2 = No dobrze. A kto do mnie zadzwoni? Ostatnio „jutro” oznaczało następny poniedziałek.

# en: I will. Here's my card with my direct line. I'll ring you today at five, and if I have nothing new by then, I'll still ring to tell you so. From now on you deal with me, and I'll let Gábor know.
who-calls-reply-1 = Ja. Tu jest moja wizytówka z bezpośrednim numerem. Zadzwonię do pani dziś o siedemnastej, a jeśli do tego czasu nic się nie wyjaśni, i tak zadzwonię, żeby to pani powiedzieć. Od teraz sprawę prowadzę ja, a Gábora o tym uprzedzę.

# en: A personal promise with a name, a number and a time, and one you can keep even if there is no news. That is the exact promise the office broke last week, made again and made safe.
who-calls-reply-1-feedback = Osobista obietnica z nazwiskiem, numerem i godziną, i to taka, której dotrzymasz nawet wtedy, gdy nie będzie nowych wieści. To dokładnie ta obietnica, którą biuro złamało w zeszłym tygodniu, złożona jeszcze raz, tym razem bezpiecznie.

# en: Gábor knows you and the area best, so he should stay your contact. I'll make sure he rings you this time.
who-calls-reply-2 = Gábor najlepiej zna panią i okolicę, więc to on powinien dalej się panią zajmować. Dopilnuję, żeby tym razem zadzwonił.

# en: She has just said she won't wait for Gábor again, and you gave her Gábor, on a promise that depends on him. Sounding sure about someone else's call is what started all this.
who-calls-reply-2-feedback = Przed chwilą powiedziała, że nie będzie już czekać na Gábora, a ty dajesz jej Gábora, z obietnicą, która zależy od niego. Pewność co do cudzego telefonu to właśnie to, od czego wszystko się zaczęło.

# en: Between you and me, it's not the first time with Gábor. I'll make sure you don't have to deal with him again.
who-calls-reply-3 = Mówiąc między nami, to nie pierwszy raz z Gáborem. Dopilnuję, żeby nie musiała już pani mieć z nim do czynienia.

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it. Criticising a colleague in front of a client never reassures her.
who-calls-reply-3-feedback = Stanięcie po jej stronie przeciwko koledze wygląda na empatię, ale mówi jej, że całe biuro zna problem i go toleruje. Krytykowanie kolegi przy kliencie nigdy nie buduje zaufania.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = Nie pierwszy raz? Czyli wszyscy tu wiedzą, że on zostawia klientów na lodzie, i nikt nic z tym nie robi?

# en: I shouldn't have said that; it wasn't fair, and it doesn't help you. What matters is that your case is mine now. I'll ring you today at five, and you have my direct line.
office-reputation-reply-1 = Tego nie należało mówić; to było nie w porządku i w niczym pani nie pomaga. Liczy się to, że teraz pani sprawa jest moja. Zadzwonię dziś o siedemnastej, a mój bezpośredni numer ma pani na wizytówce.

# en: You took the remark back without fuss and brought the talk back to what happens next. Correcting your own slip openly shows her the kind of reliability she came in for.
office-reputation-reply-1-feedback = Wycofujesz tę uwagę bez ceregieli i wracasz do tego, co będzie dalej. Otwarte poprawienie własnej wpadki pokazuje jej właśnie tę rzetelność, po którą tu przyszła.

# en: Well, I can only answer for myself, not for how the rest of the office works.
office-reputation-reply-2 = Cóż, mogę odpowiadać tylko za siebie, a nie za to, jak działa reszta biura.

# en: You opened the question and then stepped away from it. To her, you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = Najpierw otwierasz ten temat, a potem się od niego odsuwasz. Dla niej to ty jesteś biurem; „odpowiadam tylko za siebie” potwierdza, że nikt tu za nic nie odpowiada.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = No dobrze. Ale najbardziej zabolało mnie co innego. Kiedy Gábor w końcu zadzwonił, powiedział, że mieliście „mnóstwo pilnych spraw”. Jakby moja sprawa nie była pilna.

# en: You were urgent, and you should have been treated that way. I'm sorry. Your case is mine now, and today I'm asking our manager to log every call-back we promise, so a 'tomorrow' can't quietly slip again.
make-amends-reply-1 = Pani sprawa była pilna i tak powinna była zostać potraktowana. Przepraszam. Teraz to moja sprawa, a jeszcze dziś poproszę kierowniczkę, żebyśmy zapisywali każdy obiecany telefon, tak aby żadne „jutro” nie przepadło już bez śladu.

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-1-feedback = Odpowiadasz na zranienie, które sama nazwała, „jakby moja sprawa nie była pilna”, i usuwasz przyczynę, żeby następny klient nie został zapomniany w ten sam sposób. Tak przeprosiny zamieniają się w naprawienie szkody.

# en: I understand. Still, the main thing now is finding you a new flat, isn't it? Let's focus on that.
make-amends-reply-2 = Rozumiem. Ale najważniejsze jest teraz znalezienie pani nowego mieszkania, prawda? Skupmy się na tym.

# en: She told you what hurt most, and you moved past it to the practical task. The search may go well, but the feeling of being 'not urgent' stays with her.
make-amends-reply-2-feedback = Powiedziała ci, co zabolało ją najbardziej, a ty przechodzisz nad tym do spraw praktycznych. Poszukiwania mogą pójść dobrze, ale poczucie, że jej sprawa „nie była pilna”, zostanie z nią.

# en: I promise you, we'll have you in a new flat before your notice runs out. You won't be let down again.
make-amends-reply-3 = Obiecuję pani, że zanim minie termin wyprowadzki, będzie pani w nowym mieszkaniu. Już nigdy pani nie zawiedziemy.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-3-feedback = Płynie z serca, a ona potrzebowała usłyszeć, że jest ważna, ale to, czy do końca przyszłego miesiąca pojawi się odpowiednie mieszkanie, zależy od rynku, nie od ciebie. To taka sama obietnica jak ta, która zawiodła ją w zeszłym tygodniu.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
resolved-says-1 = Dziękuję. Czyli o siedemnastej. I dziękuję, że obyło się bez wymówek.

# en: You ring at five, exactly as promised, and again the next morning with three flats near her daughter's school. Dóra makes an offer on one of them well before her loan offer runs out. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
resolved-summary = Dzwonisz o siedemnastej, dokładnie zgodnie z obietnicą, i jeszcze raz następnego ranka, z trzema mieszkaniami w pobliżu szkoły córki. Dóra składa ofertę na jedno z nich na długo przed wygaśnięciem promesy. Poleca biuro znajomej i prosi o ciebie po nazwisku: złamana obietnica, za którą ktoś wziął odpowiedzialność, a po niej kolejne, już dotrzymane, odzyskały jej zaufanie.

# en: Fine. Just make sure somebody actually calls this time.
grudging-says-1 = Dobrze. Tylko niech ktoś tym razem naprawdę zadzwoni.

# en: Dóra goes on with her search through your office, and in the end she finds a flat. But she never forgets being 'not urgent', and nobody here ever really answered that. When she sells in a few years, she goes to another agency.
grudging-summary = Dóra dalej szuka mieszkania przez wasze biuro i w końcu je znajduje. Ale nigdy nie zapomina, że jej sprawa „nie była pilna”, a nikt tutaj tak naprawdę się do tego nie odniósł. Kiedy po kilku latach sprzedaje mieszkanie, idzie do innego biura.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
fragile-promise-says-1 = Dobrze. Ale jeśli to się skończy kolejnym „jutro”, to koniec z tym biurem.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
fragile-promise-summary = Właścicielka nie zerwie podpisanej umowy rezerwacyjnej i od początku nie było sposobu, żeby wrócić do gry. Kiedy mówisz o tym Dórze, słyszy, że to biuro po raz drugi nie dotrzymało słowa, a tym razem było to twoje słowo. Jeszcze tego samego dnia przenosi swoje poszukiwania do innego biura.

# en: Thank you. I'm going to hold you to that.
hollow-promise-says-1 = Dziękuję. Trzymam za słowo.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. A warm promise you did not control became the office's second broken one.
hollow-promise-summary = Dóra wychodzi z ulgą. Trzy tygodnie później w pobliżu szkoły nadal nie ma nic w jej budżecie, trzydziesty się zbliża, a ona pamięta, czyja to była obietnica. Ciepła obietnica, która nie zależała od ciebie, stała się drugą złamaną obietnicą biura.

# en: The office manager sits down with Dóra, who tells the whole story once more: the offer, the missing call, the Friday sale. The manager apologises and takes the case over. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
handed-to-manager-summary = Kierowniczka biura siada z Dórą, która jeszcze raz opowiada całą historię: oferta, brak telefonu, piątkowa sprzedaż. Kierowniczka przeprasza i przejmuje sprawę. Sprawa zostaje załatwiona, ale nie przez ciebie, a Dóra wychodzi przekonana, że tylko szefowa potrafi zmusić to biuro do dotrzymania słowa.

# en: Forget it. I'll find a flat through an agency that answers its phone.
walkout-says-1 = Nieważne. Znajdę mieszkanie przez biuro, które odbiera telefony.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
walkout-summary = Dóra wychodzi i jeszcze tego samego popołudnia podpisuje umowę z konkurencyjnym biurem. Innym rodzicom ze szkoły córki opowiada, jak wasze biuro przetrzymało jej ofertę. Większość niezadowolonych klientów odchodzi bez słowa; ona przyszła, żeby dać wam drugą szansę, a i tak ją straciliście.

