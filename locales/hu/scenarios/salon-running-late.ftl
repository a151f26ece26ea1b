### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
title = Húsz perc az ebédszünetből

# en: You work on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
brief = Az Orchidea Beauty, egy forgalmas belvárosi szalon recepcióján dolgozik. 12:32 van. Egy törzsvendég, akinek 12:30-ra szólt az időpontja géllakkos manikűrre Dórához, az egyik körmöshöz, épp most tudta meg, hogy Dóra húsz percet késik. Odajön a pulthoz. Kinga, egy másik körmös, éppen most szabad; Zsuzsa, a szalonvezető, hátul az irodában van.

# en: Réka Szabó
customer-name = Szabó Réka

# en: on her lunch break, with a meeting back at the office at half past one
customer-trait-1 = ebédszünetben van, fél kettőkor megbeszélése van az irodában

# en: arrived ten minutes early, as the salon's reminder text asked her to
customer-trait-2 = tíz perccel korábban érkezett, ahogy a szalon emlékeztető SMS-e kérte

# en: has had her nails done by Dóra for two years
customer-trait-3 = két éve Dóra csinálja a körmeit

# en: Sorry, what? I'm on my lunch break, and I've got a meeting at half one.
neutral-says-1 = Tessék? Ebédszünetben vagyok, és fél kettőkor megbeszélésem van.

# en: I'm not sure what you mean. I just need my nails done and to be back at my desk by half one.
neutral-says-2 = Nem egészen értem, mire gondol. Csak azt szeretném, hogy megcsinálják a körmömet, és fél kettőre visszaérjek az irodába.

# en: Excuse me. I'm booked with Dóra at half twelve. I was here at twenty past, and she's just put her head round the door to say it'll be another twenty minutes. This is my lunch break! I have a meeting at half one. Your text yesterday told me to be on time, and I was.
opening-says-1 = Elnézést. Fél egyre vagyok bejelentkezve Dórához. Már tizenkettő húszkor itt voltam, és most dugta ki a fejét az ajtón, hogy még húsz perc lesz. Ez az ebédszünetem! Fél kettőkor megbeszélésem van. A tegnapi SMS-ükben azt írták, legyek pontos, és az voltam.

# en: Hi. I had a 12:30 gel manicure with Dóra. I got here ten minutes early, like your reminder asked, and now I hear it's another twenty minutes? I'm on my lunch break, and I've got a meeting at half one.
opening-says-2 = Jó napot. 12:30-ra volt időpontom géllakkos manikűrre Dórához. Tíz perccel korábban itt voltam, ahogy az emlékeztető kérte, és most azt hallom, hogy még húsz perc? Ebédszünetben vagyok, és fél kettőkor megbeszélésem van.

# en: She has told you three things: she came early, it is her lunch break, and she has a meeting at half one. Show her you caught them before you explain anything.
opening-hint = Három dolgot mondott el: korábban jött, ebédszünetben van, és fél kettőkor megbeszélése van. Mutassa meg, hogy ezeket meghallotta, mielőtt bármit magyarázna.

# en: Réka, you came early like we asked, on your lunch break, and now you're the one left waiting. I'm sorry. Let's work out together what still fits before your meeting.
opening-reply-1 = Réka, Ön korábban jött, ahogy kértük, az ebédszünetében, és most mégis Önnek kell várnia. Sajnálom. Nézzük meg együtt, mi fér még bele a megbeszélése előtt.

# en: You gave her own three points back to her: early, lunch break, meeting at half one. She knows you heard her, and 'together' tells her the problem is now yours too.
opening-reply-1-feedback = A saját három pontját adta vissza neki: korán jött, ebédszünet, megbeszélés fél kettőkor. Tudja, hogy meghallgatta, az „együtt” pedig azt üzeni, hogy a probléma most már az Öné is.

# en: I'm so sorry, Réka. The lady before you came in twenty-five minutes late, so Dóra's whole afternoon has slipped.
opening-reply-2 = Nagyon sajnálom, Réka. Az Ön előtti hölgy huszonöt percet késett, így Dóra egész délutánja elcsúszott.

# en: The apology was right, but pointing at another client sounds like an excuse and judges someone who isn't there. Réka hears: somebody else was late, so she pays for it.
opening-reply-2-feedback = A bocsánatkérés helyes volt, de ha egy másik vendégre mutat, az kifogásnak hangzik, és olyasvalakiről mond ítéletet, aki nincs is jelen. Réka ezt hallja: valaki más késett, és ezt ő fizeti meg.

# en: Oh, I'm sorry! It shouldn't be long now, five minutes or so. Can I get you a coffee while you wait?
opening-reply-3 = Jaj, sajnálom! Már nem tart sokáig, úgy öt perc. Hozhatok addig egy kávét, amíg vár?

# en: Friendly, and the coffee is a kind touch, but 'five minutes' is a guess about Dóra's work, and Dóra herself said twenty. Her meeting at half one went unmentioned.
opening-reply-3-feedback = Kedves, és a kávé figyelmes gesztus, de az „öt perc” csak találgatás Dóra munkájáról, ráadásul Dóra maga húszat mondott. A fél kettes megbeszéléséről szó sem esett.

# en: I'm sorry, these things happen in a salon. Treatments sometimes run over, and it's really nobody's fault.
opening-reply-4 = Sajnálom, egy szalonban ilyesmi előfordul. A kezelések néha elhúzódnak, és ez igazán senkinek sem a hibája.

# en: It may be true, but 'nobody's fault' leaves her with nobody to help. She did everything the salon asked; she needs someone to take her lunch-hour problem in hand.
opening-reply-4-feedback = Lehet, hogy igaz, de ha „senkinek sem a hibája”, akkor senki sincs, aki segítsen neki. Mindent megtett, amit a szalon kért; arra van szüksége, hogy valaki a kezébe vegye az ebédszünete gondját.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = De ez nem az én problémám, nem igaz? Én mindent jól csináltam. Korábban jöttem, ahogy az SMS-ük írta. Akkor miért az én ebédszünetem issza meg a levét?

# en: You're right. You did everything we asked, and the timetable is ours to sort out, not yours. I'm sorry. Let's work out what still fits before half one.
not-my-problem-reply-1 = Igaza van. Mindent megtett, amit kértünk, és a beosztást nekünk kell rendbe tennünk, nem Önnek. Sajnálom. Nézzük meg, mi fér még bele fél kettő előtt.

# en: You agreed with her instead of defending the salon, and took the timetable back as your job. She no longer has to argue her case; she can start thinking about solutions with you.
not-my-problem-reply-1-feedback = A szalon védelme helyett egyetértett vele, és a beosztást visszavette a saját feladatának. Neki már nem kell az igazáért harcolnia; elkezdhet Önnel együtt a megoldáson gondolkodni.

# en: I know it's not fair, and I'm sorry. But I can't make Dóra go any faster, can I?
not-my-problem-reply-2 = Tudom, hogy ez nem igazságos, és sajnálom. De Dórát nem tudom gyorsabb munkára bírni, nem igaz?

# en: 'Not fair' and the apology were good, then you told her nothing can be done. Sympathy without ownership sounds like a polite shrug while her lunch break ticks away.
not-my-problem-reply-2-feedback = A „nem igazságos” és a bocsánatkérés jó volt, aztán közölte vele, hogy semmit sem lehet tenni. Az együttérzés felelősségvállalás nélkül udvarias vállrándításnak hangzik, miközben ketyeg az ebédszünete.

# en: Well, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-3 = Hát, máskor lehet, hogy Ön késik, és akkor mindannyian Önre várunk.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and said so twice.
not-my-problem-reply-3-feedback = A panaszából vitát csinált arról, mi igazságos, ráadásul egy olyan váddal, amire semmivel sem szolgált rá. Korábban érkezett, és ezt kétszer is elmondta.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = Jó, de valójában mennyi lesz? Mert egy szalonban a „húsz percből” általában negyven lesz.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = Dóra tempója nem Önön múlik. Ha most tippel, abból ígéret lesz, amit számon fog kérni.

# en: I'd rather not guess and get it wrong. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back to you.
how-long-reply-1 = Inkább nem találgatnék, mert tévedhetek. Adjon egy percet: megkérdezem Dórát, pontosan mikor tud kezdeni, és rögtön visszajövök.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-1-feedback = Nem volt hajlandó találgatni olyan munkáról, amely nem az Öné, és olyan ígéretet tett, amely teljesen az Ön kezében van: egy perc, aztán valódi válasz. Egy fél kettes megbeszélés előtt a valós időpont többet ér neki egy megnyugtatónál.

# en: Don't worry, it won't be forty. I'll make sure she's with you in five minutes, I promise.
how-long-reply-2 = Ne aggódjon, nem lesz negyven. Elintézem, hogy öt percen belül sorra kerüljön, megígérem.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours.
how-long-reply-2-feedback = Megnyugtató, és egy pillanatra meg is nyugszik, de Önnek semmi beleszólása nincs abba, mikor végez Dóra. Ha az öt percből tizenöt lesz, a megszegett ígéret az Öné.

# en: About twenty, like Dóra said. It depends on how the treatment before yours goes, I'm afraid.
how-long-reply-3 = Nagyjából húsz, ahogy Dóra mondta. Sajnos attól függ, hogyan halad az Ön előtti kezelés.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-3-feedback = Egy homályos becslés megismétlésével nem ad neki semmit, amivel tervezhetne. A megbeszélése miatt kért valós időpontot; az „attól függ” egyenesen visszadobja neki a bizonytalanságot.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = „Nagyjából húsz”? Fél kettőkor megbeszélésem van. Nem tudom a délutánomat egy „nagyjából”-ra építeni. Pontos időpont kell.

# en: That's fair: you need a real time, not a guess. I'll ask Dóra right now exactly when she can start, and I'll be back in a minute.
about-twenty-reply-1 = Jogos: pontos időpont kell, nem találgatás. Most rögtön megkérdezem Dórát, pontosan mikor tud kezdeni, és egy percen belül itt vagyok.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = Védekezés nélkül elfogadta, amit mondott, és egy azonnal megtehető lépést nevezett meg. Egy percnyi séta Dórához meghozza neki azt a bizonyosságot, amelyet kért.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take.
about-twenty-reply-2 = Őszintén, pontosan nem tudom megmondani. Senki sem tudja, a kezelések annyi ideig tartanak, ameddig tartanak.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = Bizonyos értelemben őszinte, de meg sem próbálta kideríteni. Valaki igenis meg tudja mondani: Dóra, húsz lépésre innen. A „senki sem tudja” Rékát a pultnál hagyja, miközben ketyeg az óra.

# en: It's quarter to one. You said five minutes. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = Háromnegyed egy van. Azt mondta, öt perc. Itt ülök és nézem az órát, Dóra pedig még mindig nem jött ki.

# en: You're right, and I'm sorry: I guessed instead of checking, and that wasn't fair on you. Let me ask Dóra right now for a real time, and I'll come straight back.
five-minutes-later-reply-1 = Igaza van, és sajnálom: utánanézés helyett találgattam, és ez nem volt korrekt Önnel szemben. Most rögtön megkérdezem Dórát a pontos időpontról, és azonnal visszajövök.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-1-feedback = Beismerni a saját téves becslését nehéz, de helyes. Egy nyíltan vállalt hibát sokkal könnyebben megbocsát, mint egy második találgatást.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it.
five-minutes-later-reply-2 = Most már tényleg mindjárt végez, őszintén. Már csak pár perc, ebben egészen biztos vagyok.

# en: A second guess on top of a broken one. She has just watched your first estimate fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-2-feedback = Egy második találgatás a megbukott első tetejébe. Épp most látta, hogy az első becslése nem jött be; egy újabb, ellenőrzés nélkül azt üzeni neki, hogy az Ön időpontjai semmit sem jelentenek.

# en: I'm sorry, it's really down to Dóra, not me. She's just running very far behind today.
five-minutes-later-reply-3 = Sajnálom, de ez tényleg Dórán múlik, nem rajtam. Ma egyszerűen nagyon csúszik.

# en: To Réka the five minutes were your promise, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = Réka szemében az öt perc az Ön ígérete volt, nem Dóráé. Ha egy kollégára hárítja, az kifogásnak hangzik, és megosztottnak mutatja a szalont, épp mielőtt valamelyikük a körmeit csinálná.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = Na? Mit mondott? Ha még húsz perc, nem érek oda a megbeszélésemre.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = Szóval? Mi a valódi válasz? Ma nem késhetek vissza.

# en: Thank you for waiting. Honestly, Dóra can't start until 12:55, and that would take you past half one. Kinga is free right now and can be done by quarter past one, or I can book you Dóra's first slot on a day that suits you. Which would you prefer?
options-reply-1 = Köszönöm, hogy várt. Őszintén: Dóra 12:55 előtt nem tud kezdeni, és úgy már fél kettő után végezne. Kinga most szabad, és negyed kettőre végez, vagy lefoglalhatom Önnek Dóra első időpontját egy Önnek megfelelő napon. Melyiket választaná?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-1-feedback = Megköszönte a türelmét, egyenesen közölte a rossz hírt, összevetette a fél kettes megbeszélésével, és két valódi lehetőséget kínált, a döntést rá hagyva. Az őszinte időpont és a választás lehetősége nyugtatja meg a siető ügyfelet.

# en: Dóra can't start until 12:55, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-2 = Dóra 12:55 előtt nem tud kezdeni, úgyhogy ma sajnos nem fog menni. Helyette át tudom tenni csütörtök fél egyre. Beírhatom?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-2-feedback = Pontos és gyors, de anélkül zárta le a mai napot, hogy más utat keresett volna, és ugyanazt az ebédidős időpontot ajánlotta, amelyik most is elcsúszott. Feláldozta a fél ebédszünetét; választási lehetőségekre van szüksége, nem arra, hogy a feje fölött intézzék el.

# en: Good news: I'll ask Dóra to speed things up, so she can start at 12:50 and still have you out by twenty past one. I promise you'll make it.
options-reply-3 = Jó hír: megkérem Dórát, hogy igyekezzen, így 12:50-kor kezdhet, és egy óra húszkor Ön már mehet is. Megígérem, hogy odaér.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-3-feedback = Emlékezett a határidejére, és meg akarta menteni, de Dóra tempóját ígérte meg, ami nem Önön múlik. Ráadásul nem egy elkapkodott géllakkos manikűrért fizet.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = Figyeljen. Fél kettőre vissza kell érnem az irodába. Mit tud ténylegesen tenni értem ma?

# en: I've checked with Dóra: she can't start until 12:55, which would make you late. Kinga is free right now and can be done by quarter past one, or I'll book you Dóra's first slot on a day that suits you. Which would you like?
what-can-you-do-reply-1 = Beszéltem Dórával: 12:55 előtt nem tud kezdeni, és úgy elkésne. Kinga most szabad, és negyed kettőre végez, vagy lefoglalom Önnek Dóra első időpontját egy Önnek megfelelő napon. Melyiket szeretné?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = Egyenes kérdésre egyenes választ kapott: valós kezdési időpontot, egy módot arra, hogy ma odaérjen a megbeszélésére, és választási lehetőséget. A konkrét lehetőségek véget vetnek a várakoztatásnak.

# en: I'll ask Dóra to speed things up for you. She can start at 12:50 and have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = Megkérem Dórát, hogy igyekezzen a kedvéért. 12:50-kor kezdhet, és egy óra húszra végez, ebben biztos vagyok.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = Meg akarja menteni a megbeszélését, de egy olyan ígérettel, amely valaki más kezén múlik. Ha Dórának nem sikerül, Réka elkésik, és az ígéret az Öné volt.

# en: Not much today, I'm afraid. We're fully booked all afternoon. Shall I find you another day?
what-can-you-do-reply-3 = Ma sajnos nem sokat. Egész délután tele vagyunk. Keressek Önnek egy másik napot?

# en: You answered without looking: Kinga has a free chair right now. 'Not much' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = Körül sem nézett, mielőtt válaszolt: Kinga éppen most szabad. A „nem sokat” azt üzeni Rékának, hogy az ebédszünete teljesen hiába ment el.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = Igyekezzen? Egy rendes géllakkos manikűrért fizetek, nem összecsapott munkáért. És tényleg meg tudja ígérni, hogy egy óra húszra végzek?

# en: You're right to ask, and no, I can't promise that for Dóra. Here's what I can do: Kinga is free now and can be done by quarter past one, or I'll book you Dóra's first slot on another day. Your choice.
rushed-risk-reply-1 = Jogos a kérdés, és nem, Dóra helyett ezt nem ígérhetem meg. Amit tenni tudok: Kinga most szabad, és negyed kettőre végez, vagy lefoglalom Dóra első időpontját egy másik napon. Ön dönt.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = A saját ígéretét visszavonni kellemetlen, de pontosan ez a helyes. Egy be nem tartható garanciát két olyan ajánlatra cserélt, amelyet be tud tartani.

# en: Yes, I promise. Dóra's really quick when she needs to be. You'll be out in plenty of time.
rushed-risk-reply-2 = Igen, megígérem. Dóra nagyon gyors, ha kell. Bőven időben végezni fog, higgye el.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember that you promised.
rushed-risk-reply-2-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. Ha Dóra megint kicsúszik az időből, Réka emlékezni fog rá, hogy Ön megígérte.

# en: Well, it's that or rebook, I'm afraid. Those are the only options we have today.
rushed-risk-reply-3 = Hát, sajnos vagy ez, vagy egy új időpont. Ma csak ezek a lehetőségeink vannak.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = A „vagy ez, vagy semmi” türelmetlennek hangzik, és még csak nem is igaz: Kinga éppen szabad. Ezzel csak afelé tereli Rékát, hogy valaki mást kérjen.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = Csütörtök? Akkor hiába áldoztam fel az ebédszünetemet? És a fél egy pont az az időpont, ami most is elcsúszott!

# en: You're right, I jumped ahead, I'm sorry. Let's look at today first: Kinga is free right now and can finish by quarter past one. Or, if you'd rather stay with Dóra, I'll book her first slot of the day so nothing runs into it.
rebook-reaction-reply-1 = Igaza van, elhamarkodtam, elnézést. Nézzük először a mai napot: Kinga most szabad, és negyed kettőre végez. Vagy ha inkább Dóránál maradna, lefoglalom nála a nap első időpontját, hogy semmi ne csúszhasson bele.

# en: You owned the slip and answered both things she said: today is not lost, and a first-of-the-day slot cannot be eaten by an earlier client.
rebook-reaction-reply-1-feedback = Vállalta a botlást, és mindkét dologra felelt, amit mondott: a mai nap nincs elveszve, a nap első időpontjába pedig nem csúszhat bele egy korábbi vendég.

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid.
rebook-reaction-reply-2 = Sajnos a csütörtök fél egy Dóra egyetlen ebédidős időpontja ezen a héten.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-2-feedback = Ha felolvassa a foglalási naptárat, olyan kérdésre felel, amelyet fel sem tett. Épp most mondta el, hogy az az időpont a probléma; ha újra felajánlja, azzal megmutatja, hogy nem hallotta meg.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = Na jó, elegem van. Bent van a vezető? Olyasvalakivel szeretnék beszélni, aki tényleg el tudja intézni.

# en: Zsuzsa is in, and I'll get her if you still want me to. But I can sort it now: Dóra can't start until 12:55, Kinga is free this minute and can be done by quarter past one, or I'll book Dóra's first slot on another day.
manager-demand-reply-1 = Zsuzsa bent van, és ha továbbra is szeretné, szólok neki. De most rögtön el tudom intézni: Dóra 12:55 előtt nem tud kezdeni, Kinga most szabad, és negyed kettőre végez, vagy lefoglalom Dóra első időpontját egy másik napon.

# en: You respected her request and still kept the case: a real time and two options, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és mégis a kezében tartotta az ügyet: valós időpont és két lehetőség, azonnal. Az ügyfelek gyakran csak azért kérik a vezetőt, mert lemondtak arról, aki előttük áll.

# en: Of course. Take a seat, and I'll go and get Zsuzsa for you.
manager-demand-reply-2 = Természetesen. Foglaljon helyet, és máris hívom Önnek Zsuzsát.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again.
manager-demand-reply-2-feedback = Udvarias, és tiszteletben tartja a kívánságát, de az ügy megoldatlanul kerül ki a kezéből, és az ebédszünetéből még több megy el arra, hogy mindent újra elmagyarázzon.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today.
manager-demand-reply-3 = Zsuzsa is csak ugyanezt fogja mondani, sajnos. Ma teljesen tele vagyunk.

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
manager-demand-reply-3-feedback = Ha elutasítja, és kijelenti, hogy értelmetlen, az ajtón kívül nem hagy neki más utat. Ráadásul nem is igaz: Kinga éppen szabad.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
colleague-question-says-1 = Jó, kipróbálom Kingát. De megkérdezhetem, miért csúszik Dóra ennyire? Múlt hónapban is negyed órát vártam rá.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
colleague-question-says-2 = Rendben, legyen Kinga. Csak kíváncsiságból: mi van Dórával? Múlt hónapban is tizenöt percet ültem itt.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
colleague-question-hint = Magyarázatot vár Öntől. Megadhatja úgy, hogy senkit nem szól le: sem kollégát, sem másik vendéget.

# en: Her morning ran over, and with treatments that can happen. What shouldn't happen is you only finding out at the desk. That part is on us here, not on Dóra.
colleague-question-reply-1 = A délelőttje elhúzódott, a kezeléseknél ez előfordul. Az viszont nem fordulhatott volna elő, hogy csak itt a pultnál tudja meg. Ez a mi hibánk itt a recepción, nem Dóráé.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-1-feedback = Őszinte ok, senkit nem ítélt meg, és azt, ami valóban félrement, vagyis hogy senki nem szólt neki időben, a recepció vállalta magára. Dóra továbbra is olyasvalaki marad, akire Réka nyugodtan rábízhatja a körmeit.

# en: Between us, Dóra's always behind. I've told the manager more than once, but nothing ever changes.
colleague-question-reply-2 = Köztünk szólva Dóra mindig csúszik. Már többször szóltam a vezetőnek, de soha semmi nem változik.

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-2-feedback = Úgy tűnhet, hogy az ő pártját fogja, de ha egy kollégát leszól, az egész szalont megbízhatatlannak mutatja, ráadásul két éve Dóra csinálja a körmeit. Most azon gondolkodik, mit mond Ön róla a háta mögött.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra yourself.
colleague-question-reply-3 = Sajnos nem tudom megmondani. Én csak a recepción vagyok; ezt Dórától kell megkérdeznie.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-3-feedback = Nem hibáztat senkit, de választ sem ad. Az „én csak a recepción vagyok” a hírvivő kifogása; a pultnál Ön jelenti számára a szalont.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = Mindig? Két éve csinálja a körmeimet. És ha tudják, hogy mindig csúszik, miért foglalnak be hozzá vendégeket szorosan egymás után?

# en: That was unfair of me, and I'm sorry. Dóra's excellent, as you know. The bookings are made here at the desk, so the gaps are ours to fix, and I'll raise it today.
gossip-reaction-reply-1 = Ez nem volt tisztességes tőlem, elnézést. Dóra kiváló, ahogy Ön is tudja. Az időpontokat itt, a recepción foglaljuk, így a beosztást nekünk kell rendbe tennünk, és még ma felvetem.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = Visszavonta a megjegyzést, és a hibát oda tette, ahol orvosolni lehet: a foglalási naptárba. Ha a kiváltó okot javítja, azzal a következő ebédidős vendéget is megvédi.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision.
gossip-reaction-reply-2 = Én csak elmondom, milyen ez a színfalak mögött. A foglalásokról nem én döntök.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = Ha kiáll a pletyka mellett, aztán a foglalási naptárért sem vállal felelősséget, azt fogja hinni, hogy itt senki semmiért nem felel, legkevésbé az ő idejéért.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = Jó. Attól még korábban jöttem, és a fél ebédszünetemet a váróban töltöttem.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = A gyakorlati probléma majdnem megoldódott. Az érzelmi nem: úgy érzi, az ideje nem számított.

# en: You did, just as our text asked, and we kept you waiting. Thank you for being so patient, Réka. Today's manicure is 20% off, and I've noted on your card to ring you if we ever run late.
lunch-lost-reply-1 = Így van, pontosan úgy, ahogy az SMS-ünk kérte, mi pedig megvárattuk. Köszönöm a türelmét, Réka. A mai manikűrből 20% kedvezményt adok, és feljegyeztem a vendégkartonjára, hogy ha bármikor csúszunk, előre felhívjuk.

# en: You remembered the reminder text, thanked her by name, and matched the apology with a gesture and a change you can make yourself. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-1-feedback = Emlékezett az emlékeztető SMS-re, név szerint köszönte meg a türelmét, és a bocsánatkérés mellé egy gesztust és egy olyan változtatást tett, amely Önön múlik. Így lesz az elveszett ebédszünetből ok arra, hogy visszajöjjön.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time.
lunch-lost-reply-2 = Hát, legalább Kinga most be tudja szúrni, így időben visszaér.

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-2-feedback = Igaz, és a gyakorlati probléma megoldódott, de a „legalább” elsiklik afölött, amit épp most mondott. Az ideje volt a valódi panasz, és erre senki nem reagált.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again.
lunch-lost-reply-3 = Nagyon sajnálom, Réka. Megígérem, hogy ez soha, de soha többé nem fordul elő.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = Kedves, és hallja, hogy törődik vele, de a „soha többé” olyan ígéret, amelyet egyetlen szalon sem tud betartani. Egy gesztus és egy Önön múló változtatás többet ért volna egy fogadalomnál.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = Ó, Kinga integet? Már vár engem?

# en: She is. Thank you for waiting, Réka. Kinga, this is Réka: she has a meeting at half one, so she needs to be on her way by twenty past.
handover-reply-1 = Igen, várja. Köszönöm a türelmét, Réka. Kinga, ő Réka: fél kettőkor megbeszélése van, ezért egy óra húszkor el kell indulnia.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-1-feedback = Megköszönte a türelmét, és továbbadta a legfontosabb részletet, a határidejét, így nem kell újra elmagyaráznia, és nem egyedül kell figyelnie az órát.

# en: Yes, she's ready for you. Go on through, it's station two on the left.
handover-reply-2 = Igen, várja. Menjen csak be, balra a kettes asztal.

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-2-feedback = Hatékony és elég udvarias, de a türelmét nem köszönte meg, Kinga pedig semmit sem tud a fél kettőről. Rékának újra el kell majd magyaráznia a határidejét.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering today.
handover-reply-3 = Igen! Menjen csak, lazítson, és ne siessen. Ma igazán megérdemel egy kis kényeztetést.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = Kedves szalonos mondat, de a „ne siessen” pont az, amit nem tehet meg. Mindezek után azt mutatja, hogy kiment a fejéből a fél kettes megbeszélése.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
warm-resolved-says-1 = Köszönöm. Tényleg megmentette az ebédszünetemet. Be tudna írni Dórához jövő hónapra, a délután első időpontjára?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
warm-resolved-summary = Kinga negyed kettőre végez, és Réka a megbeszélése előtt már az íróasztalánál ül. Lefoglalja a következő időpontját Dórához, és két kollégájának is elmondja, hogy a szalonban „rendesen megoldották”. Egy késésből, amelyet senki sem tudott megelőzni, ok lett arra, hogy megbízzon Önökben.

# en: Fine. Thanks.
grudging-says-1 = Jó. Köszönöm.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
grudging-summary = Réka körmei elkészülnek, és odaér a megbeszélésére, de azzal az érzéssel távozik, hogy az ideje nem számított. Nem panaszkodik, és nem foglal újra; jövő hónapban egy másik szalont próbál ki. Ő is azon sok elégedetlen ügyfél egyike, akik soha nem mondják el, miért nem jönnek többé.

# en: Twenty past, you said. You promised.
late-for-meeting-says-1 = Egy óra húsz, ezt mondta. Megígérte.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
late-for-meeting-summary = Dóra öt perccel egy előtt kezd, és siet; az egyik köröm elkenődik, újra kell csinálni. Réka húsz perccel kettő előtt indul el, és késve esik be a megbeszélésére, az egyik körme még mindig ragad. A késésből megszegett ígéret lett, és az ígéret az Öné volt.

# en: Zsuzsa comes out a few minutes later, hears the whole story again, and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
handed-to-manager-summary = Zsuzsa néhány perc múlva kijön, újra meghallgatja az egész történetet, és felajánlja Kingát, akinek végig szabad volt a széke. Réka néhány perccel a megbeszélése előtt ér vissza, de nem Ön segített neki, hanem a vezető.

# en: Forget it. I'm going back to work. Cancel my booking.
walkout-says-1 = Hagyja. Visszamegyek dolgozni. Mondja le az időpontomat.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
walkout-summary = Réka lakkozatlan körmökkel megy a megbeszélésére, és lemondja állandó időpontját Dórához. Nem ír értékelést, és nem tesz panaszt; egyszerűen az utca túloldalán lévő szalonba jelentkezik be. Két év hűsége veszett oda húsz perc miatt, és a szalon soha nem tudja meg, miért.

