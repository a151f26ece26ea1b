### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
title = Húsz perc az ebédszünetből

# en: You are Lili, on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
brief = Ön Lili, az Orchidea Beauty, egy forgalmas belvárosi szalon recepciósa. 12:32 van. Egy törzsvendég, akinek 12:30-ra van időpontja gél lakkozásra Dórához, az egyik műkörmöshöz, épp most tudta meg, hogy Dóra húsz percet késik. A vendég odalép a pulthoz. Kingának, egy másik műkörmösnek, most van szabad széke; Zsuzsa, az üzletvezető, hátul az irodában van.

# en: Réka Szabó
customer-name = Szabó Réka

# en: on her lunch break, with a meeting back at the office at half past one
customer-trait-1 = ebédszünetben van, fél kettőkor megbeszélése lesz az irodában

# en: arrived ten minutes early, as the salon's reminder text asked her to
customer-trait-2 = tíz perccel korábban érkezett, ahogy a szalon emlékeztető SMS-e kérte

# en: has had her nails done by Dóra for two years
customer-trait-3 = két éve Dóra csinálja a körmét

# en: Sorry, what? I'm on my lunch break, and I've got a meeting at half one.
neutral-says-1 = Tessék? Ebédszünetben vagyok, és fél kettőkor megbeszélésem van.

# en: I'm not sure what you mean. I just need my nails done and to be back at my desk by half one.
neutral-says-2 = Nem egészen értem. Csak azt szeretném, hogy megcsinálják a körmömet, és fél kettőre visszaérjek az irodába.

# en: Excuse me, are you on the desk? I need a word about my appointment.
opening-says-1 = Elnézést, Ön van a pultnál? Beszélnem kellene valakivel az időpontomról.

# en: Hello? Sorry, is anyone on the desk? I need to talk to someone about my booking.
opening-says-2 = Halló? Elnézést, van itt valaki a pultnál? Az időpontom miatt szeretnék beszélni valakivel.

# en: She keeps looking at the clock. Greet her, say who you are, and give her your full attention before anything else.
opening-hint = Folyton az órát nézi. Köszöntse, mutatkozzon be, és mindenekelőtt teljes figyelmével forduljon felé.

# en: Good afternoon! I'll be right with you, I just need to finish putting this booking in. Do take a seat for a moment.
opening-reply-1 = Jó napot kívánok! Egy pillanat, máris Önnel foglalkozom, csak be kell fejeznem ennek a foglalásnak a rögzítését. Addig foglaljon helyet, kérem.

# en: Friendly words, but 'take a seat' is exactly what she has been doing. She came to the desk because waiting is the problem, and another minute of it on her lunch break tells her the screen comes first.
opening-reply-1-feedback = Kedves szavak, de a „foglaljon helyet” pont az, amit eddig is csinált. Azért jött a pulthoz, mert a várakozás a baj; még egy perc belőle az ebédszünetében azt üzeni, hogy a képernyő fontosabb.

# en: Good afternoon, I'm Lili, I look after the desk. Of course: what's happened with your appointment?
opening-reply-2 = Jó napot kívánok, Lili vagyok, én vagyok a pultnál. Természetesen, mi történt az időpontjával?

# en: A greeting, your name and an open question: she is now talking to Lili, not to 'the desk', and she knows she has your full attention before she has said a word about Dóra.
opening-reply-2-feedback = Köszönés, a neve és egy nyitott kérdés: most már Lilivel beszél, nem „a pulttal”, és tudja, hogy teljes figyelmét bírja, mielőtt egy szót szólt volna Dóráról.

# en: Hi! Is it about Dóra running late? She's about twenty minutes behind, I'm afraid. Can I get you a coffee while you wait?
opening-reply-3 = Üdv! Dóra késése miatt jött? Sajnos körülbelül húsz percet csúszik. Hozhatok egy kávét, amíg vár?

# en: You guessed right, and the coffee is kind, but you answered before she had told you anything. She hears that a twenty-minute delay is routine here, and you still don't know about her meeting.
opening-reply-3-feedback = Jól tippelt, és a kávé kedves gesztus, de azelőtt válaszolt, hogy bármit elmondott volna. Azt hallja, hogy itt egy húszperces késés megszokott dolog, és Ön még mindig nem tud a megbeszéléséről.

# en: It's Dóra. I'm booked with her at half twelve, I was here at twenty past like your text asked, and she's just told me it's another twenty minutes. This is my lunch break, and at half one I've got—
first-wave-says-1 = Dóráról van szó. Fél egyre vagyok hozzá beírva, 12:20-kor már itt voltam, ahogy az SMS-ük kérte, és most szólt, hogy még húsz perc. Ez az ebédszünetem, és fél kettőkor van egy—

# en: She hasn't finished. Whatever you say now, she will hear it as being cut off.
first-wave-hint = Még nem fejezte be. Bármit mond most, azt fogja hallani, hogy félbeszakították.

# en: I know, I'm so sorry, it's been one of those mornings. The client before you came in twenty-five minutes late, and everything's slipped since.
first-wave-reply-1 = Tudom, nagyon sajnálom, ma ilyen délelőttünk van. Az Ön előtti vendég huszonöt percet késett, és azóta minden csúszik.

# en: You cut in at the height of it, and with another client's lateness. Réka never got to say what happens at half one; instead she was stopped and handed somebody else's story.
first-wave-reply-1-feedback = Épp a dühe csúcsán vágott közbe, ráadásul egy másik vendég késésével. Réka el sem mondhatta, mi lesz fél kettőkor; ehelyett leállították, és valaki más történetét kapta.

# en: Twenty minutes, yes, I'm sorry about that. Look, shall I just move you to another day this week, so you're not in a rush?
first-wave-reply-2 = Húsz perc, igen, sajnálom. Nézze, ne tegyem át inkább egy másik napra a héten, hogy ne kelljen kapkodnia?

# en: Meant helpfully, but you offered a fix before she had finished her sentence. What she was about to tell you, the meeting at half one, is what any fix has to fit.
first-wave-reply-2-feedback = Segítőnek szánta, de megoldást ajánlott, mielőtt befejezte volna a mondatát. Amit épp mondani akart, a fél kettes megbeszélés, az az, amihez minden megoldásnak igazodnia kell.

# en: Go on, please. I'm listening.
first-wave-reply-3 = Folytassa, kérem. Figyelek.

# en: A few words, and she gets to finish. Letting the first wave run out costs you ten seconds and tells her that her side of it matters, which is half of what she came to the desk for.
first-wave-reply-3-feedback = Néhány szó, és végigmondhatja. Ha hagyja kifutni az első hullámot, az tíz másodpercébe kerül, és azt üzeni, hogy az ő oldala is számít; részben épp ezért jött a pulthoz.

# en: —a client meeting at half one. I can't walk in late, and I'm not going in with half-done nails either. I did exactly what your text asked, and now it's my lunch break that pays for it.
full-story-says-1 = —ügyfélmegbeszélésem. Nem késhetek el, és félkész körmökkel sem akarok beülni. Pontosan azt csináltam, amit az SMS-ük kért, és most az ebédszünetem bánja.

# en: Before anything practical, say what this feels like from her side of the desk.
full-story-hint = Mielőtt bármi gyakorlatira térne, mondja ki, milyen ez az ő oldaláról.

# en: So: you were here at twenty past, Dóra needs twenty more minutes, and you must be out by quarter past one. Have I got that right?
full-story-reply-1 = Tehát: 12:20-kor már itt volt, Dórának még húsz perc kell, Önnek pedig negyed kettőkor indulnia kell. Jól értem?

# en: A precise summary, and asking her to confirm shows care. What it left out is how she feels: she did everything right and is paying for it. Naming that frustration, as the best reply did, would have taken the heat out faster.
full-story-reply-1-feedback = Pontos összefoglaló, és a visszakérdezés figyelmes. Ami kimaradt, az az, amit érez: mindent jól csinált, mégis ő issza meg a levét. Ha ezt a bosszúságot kimondja, ahogy a legjobb válasz tette, gyorsabban lehűtötte volna a kedélyeket.

# en: That's so frustrating: you did everything right, and it's your lunch break paying for it. Let's find what still fits before half one.
full-story-reply-2 = Ez nagyon bosszantó: Ön mindent jól csinált, és mégis az ebédszünete látja kárát. Nézzük, mi fér még bele fél kettő előtt.

# en: You put a name to what she feels, frustrated at being punished for being on time, and tied it to her real deadline. She no longer has to convince you; she can start solving it with you.
full-story-reply-2-feedback = Nevet adott annak, amit érez: bosszús, mert a pontosságáért bünteti a helyzet, és ezt a valódi határidejéhez kötötte. Már nem kell meggyőznie Önt; elkezdhet Önnel együtt megoldást keresni.

# en: Oh no, don't worry, we'll definitely get you out in time for your meeting, I promise. Can I get you a coffee while you wait?
full-story-reply-3 = Jaj, ne aggódjon, biztosan kiér időben a megbeszélésére, ígérem. Hozhatok egy kávét, amíg vár?

# en: Warm, and you caught the meeting, but you promised Dóra's timing, which is not yours to give. She relaxes for a minute and will hold you to it when the clock says otherwise.
full-story-reply-3-feedback = Kedves, és a megbeszélést is meghallotta, de Dóra idejét ígérte meg, ami nem az Öné. Egy percre megnyugszik, aztán számon kéri, amikor az óra mást mutat.

# en: I'm sorry, Réka, but treatments do run over sometimes, and Dóra can't exactly leave a client with one hand done.
full-story-reply-4 = Sajnálom, Réka, de a kezelések néha elhúzódnak, és Dóra mégsem hagyhat ott egy vendéget úgy, hogy csak az egyik keze van kész.

# en: The 'but' takes the apology back. She has just said she did everything right; explaining why Dóra can't help it tells her the salon's reasons count and her lunch hour doesn't.
full-story-reply-4-feedback = A „de” visszaveszi a bocsánatkérést. Épp most mondta, hogy mindent jól csinált; ha elmagyarázza, miért nem tehet róla Dóra, azt hallja, hogy a szalon indokai számítanak, az ő ebédszünete nem.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = De hát ez nem az én problémám, ugye? Én mindent jól csináltam. Korábban jöttem, ahogy az SMS-ük kérte. Akkor miért az ebédszünetem bánja?

# en: You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.
not-my-problem-reply-1 = Igaza van, és sajnálom, de Dórát nem tudom gyorsabb munkára bírni, ugye? Egy gél lakkozást nem lehet siettetni.

# en: You agreed with her, then told her nothing can be done. Agreement followed by a shrug sounds like sympathy with the door closed, while her lunch break ticks away.
not-my-problem-reply-1-feedback = Egyetértett vele, aztán közölte, hogy nem lehet mit tenni. Az egyetértés, amelyet vállrándítás követ, olyan együttérzés, amely mögött becsukódik az ajtó, miközben ketyeg az ebédszünete.

# en: Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-2 = Hát, legyünk igazságosak: máskor lehet, hogy épp Ön késik, és akkor mi várunk Önre.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and has said so twice.
not-my-problem-reply-2-feedback = A panaszát vitává változtatta arról, mi igazságos, egy olyan váddal, amire semmi okot nem adott. Korán jött, és ezt kétszer is elmondta.

# en: You're right to be cross. You did everything we asked; the timetable is ours to sort out, and I'll sort it.
not-my-problem-reply-3 = Joggal bosszús. Mindent megtett, amit kértünk; az időbeosztás a mi dolgunk, és én rendbe teszem.

# en: You granted her the anger instead of defending the salon, and took the timetable back as your job. Once nobody argues with her, she has nothing left to fight for and can start looking for a way out with you.
not-my-problem-reply-3-feedback = Elismerte, hogy joggal haragszik, ahelyett hogy a szalont védte volna, és az időbeosztást a saját feladataként vette vissza. Ha senki nem vitatkozik vele, nincs miért harcolnia, és elkezdhet Önnel kiutat keresni.

# en: I completely understand, and I do apologise. If you'd like to take a seat, I'll let you know the moment Dóra's ready.
not-my-problem-reply-4 = Teljesen megértem, és elnézést kérek. Ha helyet foglal, szólok, amint Dóra készen áll.

# en: Impeccably polite, and it sends her back to the chair she has just got up from. 'I understand' followed by more waiting tells her the understanding changes nothing.
not-my-problem-reply-4-feedback = Kifogástalanul udvarias, és visszaküldi abba a székbe, ahonnan épp felállt. A „megértem” után még több várakozás azt üzeni, hogy a megértés semmin sem változtat.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = Jó, de valójában mennyi lesz? Mert a szalonban a „húsz perc” általában negyven lesz.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = Nem Ön dönti el, milyen gyorsan dolgozik Dóra. Ha most tippel, abból ígéret lesz, amit számon fog kérni.

# en: Don't worry, it won't be anything like forty. I'll make sure she's with you within five minutes, I promise you that.
how-long-reply-1 = Ne aggódjon, közel sem lesz negyven. Elintézem, hogy öt percen belül sorra kerüljön, ezt megígérem.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours, not Dóra's.
how-long-reply-1-feedback = Megnyugtató, egy pillanatra fel is lélegzik, de Önnek nincs beleszólása, mikor végez Dóra. Ha az öt percből tizenöt lesz, a megszegett ígéret az Öné, nem Dóráé.

# en: About twenty, like Dóra said, but honestly it depends on how the treatment before yours goes. Gel sets can be unpredictable.
how-long-reply-2 = Nagyjából húsz, ahogy Dóra mondta, de őszintén szólva attól függ, hogy megy az előző kezelés. A gél kiszámíthatatlan tud lenni.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-2-feedback = Egy homályos becslés megismétlésével nincs mivel terveznie. A megbeszélése miatt kért valódi időpontot; az „attól függ” egyenesen visszapasszolja neki a bizonytalanságot.

# en: I won't guess. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back.
how-long-reply-3 = Nem fogok tippelni. Adjon egy percet: megkérdezem Dórát, pontosan mikor tud kezdeni, és rögtön jövök vissza.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-3-feedback = Nem tippelt olyan munkáról, ami nem az Öné, és olyat ígért, ami teljesen Önön múlik: egy perc, aztán valódi válasz. Fél kettes megbeszéléssel egy valódi időpont többet ér neki egy megnyugtatónál.

# en: I honestly don't know yet, and I'd rather not guess. I'll check with Dóra as soon as she has a moment.
how-long-reply-4 = Őszintén szólva még nem tudom, és nem szeretnék tippelni. Megkérdezem Dórát, amint lesz egy szabad pillanata.

# en: Honest, and refusing to guess was right. But 'as soon as she has a moment' leaves Réka watching the clock with no idea when; the best reply put a time on your own step: one minute.
how-long-reply-4-feedback = Őszinte, és jó, hogy nem tippelt. Csakhogy az „amint lesz egy szabad pillanata” mellett Réka úgy nézi az órát, hogy fogalma sincs, meddig; a legjobb válasz a saját lépésére adott időt: egy perc.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = „Nagyjából húsz”? Fél kettőkor megbeszélésem van. Nem tudom a délutánomat a „nagyjából”-ra építeni. Egy valódi időpont kell.

# en: Fair enough, you need a time, not a guess. I'll ask Dóra right now and be back within a minute.
about-twenty-reply-1 = Jogos, időpont kell, nem tipp. Most rögtön megkérdezem Dórát, és egy percen belül itt vagyok.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = Elfogadta az érvét, nem védekezett, és olyan lépést nevezett meg, amit azonnal meg tud tenni. Egyperces séta Dórához, és meglesz a bizonyosság, amit kért.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take, and we can't rush the gel.
about-twenty-reply-2 = Őszintén nem tudom pontosan megmondani. Senki sem tudja, a kezelések annyi ideig tartanak, ameddig, és a gélt nem lehet siettetni.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = A maga módján őszinte, de meg sem próbálta kideríteni. Valaki igenis meg tudja mondani: Dóra, húsz lépésre. A „senki sem tudja” a pultnál hagyja Rékát, miközben megy az idő.

# en: I'm sorry, I know it's annoying. I'll keep an eye on it for you and let you know as soon as there's any news.
about-twenty-reply-3 = Sajnálom, tudom, hogy bosszantó. Figyelek rá, és szólok, amint van valami hír.

# en: Kind in tone, but 'as soon as there's news' is the same 'about' she just rejected. She asked for a time; you offered to wait with her.
about-twenty-reply-3-feedback = Kedves a hangja, de az „amint van valami hír” ugyanaz a „nagyjából”, amit épp elutasított. Időpontot kért; Ön azt ajánlotta, hogy vele együtt vár.

# en: It's quarter to one. You said it'd be fine. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = Háromnegyed egy van. Azt mondta, minden rendben lesz. Itt ülök, és nézem az órát, Dóra meg még mindig nem jött ki.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it. Can I top up your coffee?
five-minutes-later-reply-1 = Már majdnem kész, tényleg. Csak még pár perc, ebben biztos vagyok. Hozhatok még egy kávét?

# en: A second guess on top of a broken one. She has just watched your first reassurance fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-1-feedback = Egy újabb tipp egy megdőlt tipp után. Épp most látta, hogy az első megnyugtató szava nem vált be; egy újabb, ellenőrzés nélkül, azt üzeni, hogy az Ön időpontjai semmit sem jelentenek.

# en: You're right: I guessed instead of checking, and that's on me. I'll get you a real time from Dóra now.
five-minutes-later-reply-2 = Igaza van: tippeltem ahelyett, hogy megnéztem volna, ez az én hibám. Most kérek Dórától egy valódi időpontot.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-2-feedback = A saját téves becslését beismerni nehéz, és helyes. Egy nyíltan vállalt hibát sokkal könnyebben megbocsát, mint egy második tippet.

# en: I'm sorry, but that's really down to Dóra, not me. She's running very far behind today and nobody told the desk.
five-minutes-later-reply-3 = Sajnálom, de ez tényleg Dórán múlik, nem rajtam. Ma nagyon le van maradva, és a pultnak senki sem szólt.

# en: To Réka the reassurance was yours, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = Réka szemében a megnyugtatás az Öné volt, nem Dóráé. Ha egy kollégára hárítja, az kifogásnak hangzik, és megosztottnak mutatja a szalont, épp mielőtt valamelyikük a körmét csinálja.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = Na? Mit mondott? Ha még húsz perc, nem érek oda a megbeszélésre.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = Nos? Mi a valódi válasz? Ma nem késhetek vissza.

# en: Dóra can't start until five to one, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-1 = Dóra csak 12:55-kor tud kezdeni, úgyhogy ma sajnos nem fog menni. Átírhatom helyette csütörtök fél egyre. Beírjam?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-1-feedback = Pontos és gyors, de bezárta a mai ajtót anélkül, hogy más utat keresett volna, és épp azt az ebédidős sávot ajánlotta, amelyik most csúszott el. Feláldozta a fél szünetét; választási lehetőség kell neki, nem egy helyette kitöltött űrlap.

# en: Good news: I've asked Dóra to speed things up, so she'll start at ten to one and still have you out by twenty past. You'll make it, I promise.
options-reply-2 = Jó hír: megkértem Dórát, hogy siessen egy kicsit, így 12:50-kor kezd, és egy óra húszra még így is végez Önnel. Odaér, ígérem.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-2-feedback = Emlékezett a határidejére, és meg akarta menteni, de Dóra tempóját ígérte meg, ami nem Önön múlik. Ráadásul nem egy elsietett gél lakkozásért fizet.

# en: Thanks for waiting. Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or Dóra another day. Your choice?
options-reply-3 = Köszönöm, hogy várt. Dóra csak 12:55-kor kezdhet, az Önnek késő. Kinga most szabad, negyed kettőre kész, vagy Dóra máskor. Melyik legyen?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-3-feedback = Megköszönte a türelmét, egyenesen közölte a rossz hírt, a fél kettes megbeszéléséhez mérte, és két valódi lehetőséget kínált, rábízva a választást. Az őszinte időpont és a választás az, ami megnyugtat egy siető vendéget.

# en: Dóra can't start until five to one, which is too late for you. But Kinga's free right now and could have you done by quarter past.
options-reply-4 = Dóra csak 12:55-kor tud kezdeni, az Önnek már késő. Kinga viszont most szabad, és negyed kettőre végezhet is.

# en: Straight and useful: a real time and a way to make her meeting. The best reply also thanked her for waiting and left her the choice, including staying with Dóra, who has done her nails for two years.
options-reply-4-feedback = Egyenes és hasznos: valódi időpont és egy út, hogy odaérjen a megbeszélésre. A legjobb válasz ezen felül megköszönte a várakozást, és rábízta a döntést, akár azt is, hogy Dóránál maradjon, aki két éve csinálja a körmét.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = Nézze. Fél kettőre vissza kell érnem az irodába. Mit tud ténylegesen tenni értem ma?

# en: Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or I'll book Dóra another day. Which would you like?
what-can-you-do-reply-1 = Dóra csak 12:55-kor kezdhet, az Önnek késő. Kinga most szabad, negyed kettőre végez, vagy Dórához foglalok egy másik napra. Melyiket választja?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = Egyenes kérdésre egyenes válasz: valódi kezdési idő, egy út, hogy ma is odaérjen, és választási lehetőség. A konkrét ajánlatok véget vetnek a várakozós játéknak.

# en: I'll have a word with Dóra and ask her to speed things up for you. She can start at ten to one and still have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = Beszélek Dórával, és megkérem, hogy igyekezzen a kedvéért. 12:50-kor kezdhet, és egy óra húszra így is végez, ebben biztos vagyok.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = Próbálja megmenteni a megbeszélését, de valaki más munkájára tett ígéretet. Ha Dórának nem sikerül, Réka elkésik, és az ígéret az Öné volt.

# en: Not a lot today, I'm afraid. We're fully booked all afternoon, and the system won't let me double-book a chair. Shall I find you another day this week?
what-can-you-do-reply-3 = Ma sajnos nem sokat. Egész délután tele vagyunk, és a rendszer nem enged egy széket kétszer lefoglalni. Keressek Önnek egy másik napot a héten?

# en: You answered from the system, not from the room: Kinga has a free chair right now. 'Not a lot' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = A rendszerből válaszolt, nem abból, amit a szalonban lát: Kingának épp most van szabad széke. A „nem sokat” azt üzeni Rékának, hogy hiába áldozta fel az ebédszünetét.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = Hogy siessen? Egy rendes gél lakkozásért fizetek, nem összecsapott munkáért. És tényleg meg tudja ígérni, hogy egy óra húszra végzek?

# en: No, I can't promise that for Dóra, and I shouldn't have. Kinga's free now and done by quarter past, or Dóra another day.
rushed-risk-reply-1 = Nem, ezt Dóra helyett nem ígérhetem meg, nem is kellett volna. Kinga most szabad, negyed kettőre végez, vagy Dóra máskor.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = A saját ígéretét visszavonni kellemetlen, és pontosan ez a helyes. Egy garanciát, amit nem tarthatott be, két olyan ajánlatra cserélt, amit be tud tartani.

# en: Yes, I promise. Dóra's really quick when she needs to be, and she'd never do a rush job. You'll be out in plenty of time.
rushed-risk-reply-2 = Igen, megígérem. Dóra nagyon gyors, ha kell, és sosem csap össze semmit. Bőven időben végezni fog.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember who promised.
rushed-risk-reply-2-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. Ha Dóra megint túllépi az időt, Réka emlékezni fog, ki ígérte.

# en: Well, it's that or rebook, I'm afraid. Those are the only two options we have today, and I can't change Dóra's diary.
rushed-risk-reply-3 = Hát, vagy ez, vagy egy új időpont, sajnos. Ma csak ez a két lehetőségünk van, és Dóra beosztásán nem tudok változtatni.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = A „vagy ez, vagy semmi” türelmetlennek hangzik, és még csak nem is igaz: Kingának van szabad széke. Ez abba az irányba tolja Rékát, hogy valaki mást kérjen.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = Csütörtökön? Vagyis hiába áldoztam fel az ebédszünetemet? És a fél egy pont az az időpont, amelyik most elcsúszott!

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid. Everything else is booked until the end of the month.
rebook-reaction-reply-1 = Sajnos a csütörtök fél egy Dóra egyetlen ebédidős időpontja ezen a héten. Minden más a hónap végéig be van táblázva.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-1-feedback = A naptár felolvasása olyan kérdésre felel, amit nem tett fel. Épp most mondta, hogy az az időpont a baj; ha újra felajánlja, azzal azt mutatja, hogy nem hallotta.

# en: Fair on both counts; I jumped ahead. Kinga's free now and done by quarter past, or I'll book Dóra's first slot after her break.
rebook-reaction-reply-2 = Mindkettőben igaza van; elsiettem. Kinga most szabad, negyed kettőre végez, vagy beírom Dórához a szünete utáni első időpontra.

# en: You owned the slip and answered both things she said: today is not lost, and a slot straight after Dóra's break cannot be eaten by an earlier client.
rebook-reaction-reply-2-feedback = Vállalta az elhamarkodást, és mindkét dologra felelt, amit mondott: a mai nap nem veszett el, és a Dóra szünete utáni első időpontot nem eheti meg egy korábbi vendég.

# en: I know, I'm sorry, I only offered Thursday because Dóra's so busy lately, and her regulars always want the same lunchtime slots.
rebook-reaction-reply-3 = Tudom, sajnálom, csak azért ajánlottam a csütörtököt, mert Dóra mostanában nagyon elfoglalt, és a törzsvendégei mindig ugyanazokat az ebédidős időpontokat kérik.

# en: An explanation of the diary, not an answer to her. She asked whether her lunch break was wasted; telling her how popular Dóra is doesn't give it back.
rebook-reaction-reply-3-feedback = Magyarázat a naptárról, nem válasz neki. Azt kérdezte, kárba ment-e az ebédszünete; ha elmondja, mennyire népszerű Dóra, azzal nem kapja vissza.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = Na jó, elegem van. Bent van az üzletvezető? Olyasvalakivel szeretnék beszélni, aki ténylegesen el tudja intézni.

# en: Of course. If you'd like to take a seat, I'll go and get Zsuzsa for you. She's just in the back office doing the rota.
manager-demand-reply-1 = Természetesen. Ha helyet foglal, szólok Zsuzsának. Épp hátul van az irodában, a beosztáson dolgozik.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again to Zsuzsa.
manager-demand-reply-1-feedback = Udvarias, és tiszteletben tartja a kérését, de az ügy megoldatlanul kerül ki a kezéből, és az ebédszünetéből még több megy el arra, hogy mindent elmondjon Zsuzsának újra.

# en: Zsuzsa's in; I'll fetch her if you like. But I can fix this now: Kinga's free this minute and done by quarter past one.
manager-demand-reply-2 = Zsuzsa bent van, ha kéri, szólok neki. De most rögtön meg tudom oldani: Kinga ebben a percben szabad, és negyed kettőre végez.

# en: You respected her request and still kept the case: a way to make her meeting, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-2-feedback = Tiszteletben tartotta a kérését, és mégis Önnél maradt az ügy: azonnal van út, hogy odaérjen a megbeszélésre. A vendégek sokszor csak azért kérik a vezetőt, mert feladták a reményt az előttük álló emberrel kapcsolatban.

# en: Of course. I'll bring Zsuzsa out now and tell her the whole story myself, the twenty minutes and your half-one meeting, so you needn't repeat it.
manager-demand-reply-3 = Természetesen. Most kihívom Zsuzsát, és én magam mondok el neki mindent, a húsz percet és a fél kettes megbeszélését, hogy ne kelljen megismételnie.

# en: A good handover: she won't have to tell it twice and you stay with it. But nothing here needed the manager; Kinga's free chair was yours to offer, and every minute of handing over is a minute of her lunch break.
manager-demand-reply-3-feedback = Jó átadás: nem kell kétszer elmondania, és Ön is ott marad vele. Csakhogy itt nem kellett a vezető; Kinga szabad székét Ön is felajánlhatta volna, és az átadás minden perce az ebédszünetéből megy el.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today, and she can't magic up a free technician.
manager-demand-reply-4 = Zsuzsa sajnos ugyanezt fogja mondani. Ma tele vagyunk, és ő sem tud a semmiből szabad műkörmöst előhúzni.

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
manager-demand-reply-4-feedback = Ha megtagadja a kérését, és értelmetlennek nevezi, csak az ajtó marad neki. És nem is igaz: Kingának van szabad széke.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
colleague-question-says-1 = Rendben, kipróbálom Kingát. De megkérdezhetem, miért van Dóra ennyire lemaradva? Múlt hónapban is negyedórát vártam rá.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
colleague-question-says-2 = Jó, legyen Kinga. Csak kíváncsiságból, mi van Dórával? Múlt hónapban is tizenöt percet ültem itt.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
colleague-question-hint = Magyarázatot vár. Lehet magyarázni úgy, hogy senkit sem hoz rossz színben, se kollégát, se másik vendéget.

# en: Between us, Dóra's always behind. I've told the manager more than once that she books herself far too tightly, but nothing ever changes.
colleague-question-reply-1 = Köztünk szólva, Dóra mindig késésben van. Többször szóltam már a vezetőnek, hogy túl sűrűre veszi a beosztását, de semmi sem változik.

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-1-feedback = Olyan, mintha az ő pártját fogná, de ha egy kollégát szapul, az egész szalon megbízhatatlannak látszik, és Dóra két éve csinálja a körmét. Most azon gondolkodik, róla mit mond.

# en: Honestly, her morning just ran over, and that's nobody's fault. You'll be in good hands with Kinga, she's lovely.
colleague-question-reply-2 = Őszintén, csak elhúzódott a délelőttje, ez senkinek sem a hibája. Kingánál jó kezekben lesz, nagyon kedves.

# en: No one blamed, and a kind word for Kinga. But she mentioned last month too: the best reply owned the part that really went wrong twice, nobody telling her in time.
colleague-question-reply-2-feedback = Senkit sem hibáztatott, és jó szót szólt Kingáról. De a múlt hónapot is említette: a legjobb válasz azt a részt vállalta, ami kétszer is tényleg elromlott, hogy senki nem szólt neki időben.

# en: Her morning ran over; that happens with treatments. What shouldn't happen is you finding out at the desk. That part's on us.
colleague-question-reply-3 = Elhúzódott a délelőttje; kezeléseknél ez előfordul. Az nem fordulhat elő, hogy Ön a pultnál tudja meg. Ez a mi hibánk.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-3-feedback = Őszinte ok, senkiről nem mondott ítéletet, és azt a részt, ami tényleg elromlott, hogy senki nem szólt neki időben, a pult vállalta. Dóra olyasvalaki marad, akire Réka nyugodtan rábízza a körmét.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra herself when you see her next.
colleague-question-reply-4 = Sajnos nem tudom megmondani. Én csak a pultnál vagyok; ezt Dórától kellene megkérdeznie, amikor legközelebb találkoznak.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-4-feedback = Nincs hibáztatás, de válasz sincs. A „csak a pultnál vagyok” a hírvivő kifogása; a pultnál Ön a szalon a szemében.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = Mindig? Két éve ő csinálja a körmömet. És ha tudják, hogy mindig késésben van, miért foglalják be neki egymás után a vendégeket?

# en: That was unfair of me; Dóra's excellent. The diary is kept here at the desk, so the gaps are mine to fix.
gossip-reaction-reply-1 = Ez igazságtalan volt tőlem; Dóra kiváló. A naptárat itt a pultnál vezetjük, a szüneteket nekem kell beépítenem.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = Visszavonta a megjegyzést, és oda tette a hibát, ahol javítani lehet: a foglalási naptárba. Ha az okot javítja, a következő ebédidős vendéget is megvédi.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision, I'm afraid; the manager does the diary herself.
gossip-reaction-reply-2 = Én csak elmondom, milyen ez a színfalak mögött. A foglalások sajnos nem rajtam múlnak; a naptárat maga a vezető intézi.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = Ha a pletykát védi, aztán a naptárat sem vállalja, azt gondolja, itt senki sem felel semmiért, legkevésbé az ő idejéért.

# en: Oh, don't get me wrong, she's lovely, and her work's brilliant. It's just that some days are busier than others, you know how it is.
gossip-reaction-reply-3 = Jaj, ne értse félre, nagyon kedves, és remekül dolgozik. Csak hát vannak forgalmasabb napok, tudja, hogy van ez.

# en: You softened the remark but skipped her question: why book Dóra back to back? 'You know how it is' asks her to accept the very thing she is complaining about.
gossip-reaction-reply-3-feedback = Tompította a megjegyzést, de átsiklott a kérdésén: miért foglalják be Dórát egymás után? A „tudja, hogy van ez” azt kéri tőle, hogy fogadja el épp azt, ami miatt panaszkodik.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = Hát. Attól még korán jöttem, és az ebédszünetem felét a várójukban ültem végig.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = A gyakorlati probléma majdnem megoldódott. Az érzelmi nem: úgy érzi, az ideje nem számított.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time. That's the main thing, isn't it?
lunch-lost-reply-1 = Hát, legalább Kinga most be tudja venni, így időben visszaér. Ez a lényeg, nem?

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-1-feedback = Igaz, és a gyakorlati gond megoldódott, de a „legalább” elsiklik afölött, amit épp mondott. Az ideje volt az igazi panasz, és senki sem ismerte el.

# en: You did, and that's not right. Today's manicure is 20% off, and I've noted on your card to ring you if we run late.
lunch-lost-reply-2 = Így van, és ez nincs rendjén. A mai lakkozás 20% kedvezménnyel megy, és felírtam a kartonjára, hogy telefonáljunk, ha csúszunk.

# en: A real gesture and a change you control, both well judged. But it went straight to the remedy; the best reply first said what half a lunch break in a waiting area feels like, which is what she was telling you.
lunch-lost-reply-2-feedback = Valódi gesztus és egy változtatás, ami Önön múlik, mindkettő jól eltalálva. Csakhogy egyenesen a jóvátételre ugrott; a legjobb válasz előbb kimondta, milyen fél ebédszünetet egy váróban tölteni, és ő épp ezt mondta el.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again. I'll personally make sure of it.
lunch-lost-reply-3 = Nagyon sajnálom, Réka. Megígérem, hogy ez soha, de soha többé nem fordul elő. Személyesen gondoskodom róla.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = Kedves, és hallja, hogy törődik vele, de a „soha többé” olyan ígéret, amit egyetlen szalon sem tarthat be. Egy gesztus és egy Önön múló változtatás többet jelentett volna egy fogadalomnál.

# en: Half your lunch break in our waiting area; I'd be fed up too. Today's manicure is 20% off, with my apologies.
lunch-lost-reply-4 = Fél ebédszünet a várónkban; nekem is elegem lenne. A mai lakkozás 20% kedvezménnyel megy, bocsánatkérésem jeléül.

# en: You put yourself in her chair and said what it cost her, then matched the words with something real. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-4-feedback = A helyébe képzelte magát, kimondta, mibe került neki, aztán valami kézzelfoghatóval támasztotta alá a szavait. Így lesz az elvesztett ebédszünetből ok a visszatérésre.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = Ó, Kinga integet? Már vár rám?

# en: Yes, she's all ready for you now. Go on through, it's station two on the left, just past the window. Can I take your coat?
handover-reply-1 = Igen, már készen áll Önre. Menjen csak be, a kettes asztal balra, az ablak után. Elvehetem a kabátját?

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-1-feedback = Gyors és elég udvarias, de nem köszönte meg a türelmét, és Kinga semmit sem tud a fél kettőről. Rékának megint el kell magyaráznia a határidejét.

# en: She is, thank you for waiting. Kinga, this is Réka; she has a meeting at half one, so she's out by twenty past.
handover-reply-2 = Igen, és köszönöm, hogy várt. Kinga, ő Réka; fél kettőkor megbeszélése van, úgyhogy egy óra húszkor indul.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-2-feedback = Megköszönte a türelmét, és továbbadta azt az egy részletet, ami a legfontosabb, a határidejét, így nem kell újra elmondania, és nem egyedül figyeli az órát.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering after all that waiting.
handover-reply-3 = Igen! Menjen csak, lazítson, és ne siessen semmivel. Ennyi várakozás után megérdemel egy kis kényeztetést.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = Kedves szalonos mondat, de a „ne siessen” pont az, amit nem tehet meg. Mindezek után azt mutatja, hogy a fél kettes megbeszélése kiment a fejéből.

# en: She is. Kinga, Réka's got a meeting at half one, so she needs to be out by twenty past, please.
handover-reply-4 = Igen. Kinga, Rékának fél kettőkor megbeszélése van, úgyhogy egy óra húszra végezni kell vele.

# en: The deadline passed on, so Réka needn't say it again: well done. What was missing is a word to her: after half an hour of waiting, the best reply thanked her before it briefed Kinga.
handover-reply-4-feedback = A határidőt továbbadta, így Rékának nem kell újra elmondania: ez jó. Ami hiányzott, az egy szó neki: fél óra várakozás után a legjobb válasz előbb megköszönte a türelmét, és csak utána tájékoztatta Kingát.

# en: Kinga's done, and it's only quarter past. Can I pay quickly? I really have to run.
checkout-says-1 = Kinga végzett, és még csak negyed kettő van. Fizethetnék gyorsan? Tényleg rohannom kell.

# en: The last words are the ones she takes back to the office. Thank her, and say what happens next time.
checkout-hint = Az utolsó szavakat viszi magával az irodába. Köszönje meg neki, és mondja meg, mi lesz legközelebb.

# en: Of course. Card or cash? Here's the reader for you, and the receipt will print in just a second.
checkout-reply-1 = Persze. Kártya vagy készpénz? Itt a terminál, és a blokk is mindjárt kijön.

# en: Quick, which she needs, but it ends the visit like any other sale: no thanks for her patience, no word about next time. After the morning she had, it feels as if nothing happened.
checkout-reply-1-feedback = Gyors, és erre van szüksége, de úgy zárja a látogatást, mint bármelyik vásárlást: nincs köszönet a türelméért, és egy szó sincs a legközelebbiről. Egy ilyen délelőtt után olyan, mintha mi sem történt volna.

# en: Of course. Thank you for bearing with us today, Réka. Next time I'll ring you if we're running late. Good luck at half one!
checkout-reply-2 = Persze. Köszönöm, hogy ma türelmes volt velünk, Réka. Legközelebb felhívom, ha csúszunk. Sok sikert fél kettőkor!

# en: A close that does three things in one breath: thanks her by name, tells her what will be different next time, and remembers her meeting. She leaves with the salon's last words, not the delay.
checkout-reply-2-feedback = Olyan zárás, ami egy levegővel három dolgot tesz: név szerint megköszöni, elmondja, mi lesz másképp legközelebb, és emlékszik a megbeszélésére. A szalon utolsó szavaival megy el, nem a késéssel.

# en: Of course, the card's fine. Thank you so much for waiting today, and good luck with your meeting!
checkout-reply-3 = Persze, jó a kártya. Nagyon köszönöm, hogy ma várt, és sok sikert a megbeszéléshez!

# en: Warm and quick, with thanks and her meeting remembered. What the best reply added is what happens next time: a call if the salon runs late, so she knows this won't simply repeat.
checkout-reply-3-feedback = Kedves és gyors, köszönettel, és a megbeszélésére is emlékszik. Amit a legjobb válasz hozzátett, az a legközelebbi alkalom: egy telefon, ha a szalon csúszik, így tudja, hogy ez nem fog egyszerűen megismétlődni.

# en: Of course. And sorry again about earlier; Mondays are always chaos here, with two of the girls off and the phones going all morning.
checkout-reply-4 = Persze. És még egyszer elnézést a korábbiért; hétfőnként mindig káosz van itt, két kolléganő szabadságon, és egész délelőtt csörög a telefon.

# en: The apology reopens the delay just as she was leaving it behind, and the reasons are the salon's troubles, not hers. She is in a hurry; she needs a thank-you and the door.
checkout-reply-4-feedback = A bocsánatkérés újra felhozza a késést, épp amikor maga mögött hagyná, és az okok a szalon gondjai, nem az övéi. Siet; egy köszönet kell neki és az ajtó.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
warm-resolved-says-1 = Köszönöm. Tényleg megmentette az ebédszünetemet. Beírna jövő hónapra Dórához, a délután első időpontjára?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
warm-resolved-summary = Kinga negyed kettőre végez, és Réka a megbeszélése előtt már az asztalánál ül. Dórához foglalja a következő alkalmát, és két kollégájának is elmondja, hogy a szalon „rendesen elintézte”. Egy késésből, amit senki sem előzhetett meg, ok lett a bizalomra.

# en: Fine. Thanks.
grudging-says-1 = Jó. Köszönöm.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
grudging-summary = Réka körme elkészül, és odaér a megbeszélésére, de azzal az érzéssel megy el, hogy az ideje nem számított. Nem panaszkodik, és nem foglal új időpontot; a következő hónapban egy másik szalont próbál ki. Ő is egyike azoknak az elégedetlen vendégeknek, akik sosem mondják el, miért maradtak el.

# en: Twenty past, you said. You promised.
late-for-meeting-says-1 = Egy óra húsz, azt mondta. Megígérte.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
late-for-meeting-summary = Dóra 12:55-kor kezd, és siet; egy köröm elkenődik, újra kell csinálni. Réka csak 13:40-kor indul el, és késve lép be a megbeszélésre, egy körme még mindig ragad. A késésből megszegett ígéret lett, és az ígéret az Öné volt.

# en: Zsuzsa comes out a few minutes later and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
handed-to-manager-summary = Zsuzsa néhány perc múlva kijön, és felajánlja Kinga szabad székét, azt a lehetőséget, ami végig ott volt. Réka épp hogy odaér a megbeszélésére, de az üzletvezető segített neki, nem Ön.

# en: Forget it. I'm going back to work. Cancel my booking.
walkout-says-1 = Hagyjuk. Visszamegyek dolgozni. Törölje az időpontomat.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
walkout-summary = Réka lakkozatlan körmökkel megy a megbeszélésére, és lemondja az állandó időpontját Dóránál. Nem ír értékelést, és nem panaszkodik; egyszerűen a szemközti szalonban foglal. Két év hűség veszett el húsz perc miatt, és a szalon sosem tudja meg, miért.

