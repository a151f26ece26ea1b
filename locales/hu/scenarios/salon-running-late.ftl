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

# en: Hello there! Just one moment, I need to finish entering this appointment. Please have a seat for a minute.
opening-reply-1-wording-1 = Jó napot! Egy pillanat, mindjárt jövök, csak be kell fejeznem ezt a foglalást a gépben. Addig üljön le, kérem.

# en: Be with you in a sec; please have a seat.
opening-reply-1-wording-2 = Egy perc, befejezem ezt, addig foglaljon helyet.

# en: hiya! give me a sec, just finishing off this booking. pop yourself down for a minute
opening-reply-1-wording-3 = üdv! máris, csak még lezárom ezt a bejelentkezést. addig helyezze kényelembe magát, kérem

# en: Afternoon! Won't keep you a moment, I'm just in the middle of typing up this appointment. Sit down and I'll be with you shortly.
opening-reply-1-wording-4 = Szép délutánt! Nem tartom fel sokáig, éppen most gépelek be egy időpontot. Üljön le nyugodtan, rögtön ott leszek.

# en: Just a moment please, finishing this booking. Take a seat.
opening-reply-1-wording-5 = Pillanat, elmentem ezt a foglalást. Üljön le, kérem.

# en: one minute, let me just get this booking saved first. if you want to sit down i'll be over in a bit
opening-reply-1-wording-6 = egy perc, hadd mentsem el elobb ezt a foglalast. ha leul, kicsit mulva megyek

# en: Friendly words, but 'take a seat' is exactly what she has been doing. She came to the desk because waiting is the problem, and another minute of it on her lunch break tells her the screen comes first.
opening-reply-1-feedback = Kedves szavak, de a „foglaljon helyet” pont az, amit eddig is csinált. Azért jött a pulthoz, mert a várakozás a baj; még egy perc belőle az ebédszünetében azt üzeni, hogy a képernyő fontosabb.

# en: Good afternoon, I'm Lili, I look after the desk. Of course: what's happened with your appointment?
opening-reply-2 = Jó napot kívánok, Lili vagyok, én vagyok a pultnál. Természetesen, mi történt az időpontjával?

# en: Hello, my name's Lili and I run the front desk. Certainly: what's gone wrong with your appointment?
opening-reply-2-wording-1 = Jó napot, Lili vagyok, én állok a pultnál. Persze, mondja, mi a helyzet az időpontjával?

# en: Hi, I'm Lili on reception. What's happened with your booking?
opening-reply-2-wording-2 = Lili vagyok, a pultnál. Miben segíthetek az időpontjával?

# en: hi, i'm lili, i'm on reception today. of course, what's up with your appointment?
opening-reply-2-wording-3 = Szép napot! Igen, én vagyok itt a recepción, Lili. Mi történt a foglalásával?

# en: Hi there, I'm Lili and I'm looking after reception. Sure, tell me what's gone on with your booking.
opening-reply-2-wording-4 = Üdvözlöm, a nevem Lili, ma én intézem a recepciót. Hallgatom, mi a gond a bejelentkezésével?

# en: Hi, I'm Lili. What's the problem with your appointment?
opening-reply-2-wording-5 = Jó napot, Lili vagyok. Mi a gond az időpontjával?

# en: Of course, what's happened with the appointment? I'm Lili, by the way, I'm on the desk this afternoon.
opening-reply-2-wording-6 = Persze, mi történt az időponttal? Amúgy Lili vagyok, ma délután én ülök a pultnál.

# en: A greeting, your name and an open question: she is now talking to Lili, not to 'the desk', and she knows she has your full attention before she has said a word about Dóra.
opening-reply-2-feedback = Köszönés, a neve és egy nyitott kérdés: most már Lilivel beszél, nem „a pulttal”, és tudja, hogy teljes figyelmét bírja, mielőtt egy szót szólt volna Dóráról.

# en: Hi! Is it about Dóra running late? She's about twenty minutes behind, I'm afraid. Can I get you a coffee while you wait?
opening-reply-3 = Üdv! Dóra késése miatt jött? Sajnos körülbelül húsz percet csúszik. Hozhatok egy kávét, amíg vár?

# en: Hello! Is this about Dóra being behind? I'm afraid she's running around twenty minutes late. Can I make you a coffee in the meantime?
opening-reply-3-wording-1 = Üdvözlöm! Dóra csúszása miatt jött? Sajnos olyan húsz percet késik. Addig hozhatok egy kávét?

# en: Is it Dóra? She's twenty minutes behind. Coffee?
opening-reply-3-wording-2 = Dóra miatt? Kb. húsz perc. Kér egy kávét?

# en: hi! let me guess, dóra's running late? she's about 20 mins behind sorry. want a coffee while you're waiting?
opening-reply-3-wording-3 = hello! dora miatt jott? olyan 20 perc csuszas van sajna, hozzak egy kavet addig?

# en: Hello! Let me guess, you're with Dóra and she's behind? Sorry, she's about twenty minutes late. Would you like a drink while you wait?
opening-reply-3-wording-4 = Jó napot! Hadd találjam ki: Dórához jött, és ő késésben van? Elnézést, nagyjából húsz perccel csúszik. Kér valamit inni, amíg várakozik?

# en: Dóra's about twenty minutes behind, sorry. Want a coffee?
opening-reply-3-wording-5 = Dóra úgy húsz percet csúszik, elnézést. Egy kávét?

# en: oh is this about dóra? she's running 20 mins late im afraid. can i grab you a coffee meanwhile
opening-reply-3-wording-6 = ja, dórához jött? ő most olyan 20 percet késik, sajnos. addig megkínálhatom egy kávéval?

# en: You guessed right, and the coffee is kind, but you answered before she had told you anything. She hears that a twenty-minute delay is routine here, and you still don't know about her meeting.
opening-reply-3-feedback = Jól tippelt, és a kávé kedves gesztus, de azelőtt válaszolt, hogy bármit elmondott volna. Azt hallja, hogy itt egy húszperces késés megszokott dolog, és Ön még mindig nem tud a megbeszéléséről.

# en: It's Dóra. I'm booked with her at half twelve, I was here at twenty past like your text asked, and she's just told me it's another twenty minutes. This is my lunch break, and at half one I've got—
first-wave-says-1 = Dóráról van szó. Fél egyre vagyok hozzá beírva, 12:20-kor már itt voltam, ahogy az SMS-ük kérte, és most szólt, hogy még húsz perc. Ez az ebédszünetem, és fél kettőkor van egy—

# en: She hasn't finished. Whatever you say now, she will hear it as being cut off.
first-wave-hint = Még nem fejezte be. Bármit mond most, azt fogja hallani, hogy félbeszakították.

# en: I know, I'm so sorry, it's been one of those mornings. The client before you came in twenty-five minutes late, and everything's slipped since.
first-wave-reply-1 = Tudom, nagyon sajnálom, ma ilyen délelőttünk van. Az Ön előtti vendég huszonöt percet késett, és azóta minden csúszik.

# en: I know, I'm really sorry, it's been a crazy morning. The lady before you turned up twenty-five minutes late, which has knocked everything back since.
first-wave-reply-1-wording-1 = Tudom, ne haragudjon, ma ilyen napunk van. Aki Ön előtt volt, huszonöt perc késéssel érkezett, és azóta borul minden.

# en: Sorry, the client before you was late and everything slipped.
first-wave-reply-1-wording-2 = Bocsánat, az előző vendég késett, azóta csúszunk.

# en: i know i know, so sorry, it's just been one of those days. the client before you was 25 mins late and it's pushed everything back
first-wave-reply-1-wording-3 = tudom, tudom, bocsi, ma ilyen delelott van. az elotte levo vendeg majdnem fel orat kesett, es azota minden tolodik

# en: Yes, I know, sorry, today's been chaos. Our earlier client arrived twenty-five minutes late, so the whole diary has been running behind ever since.
first-wave-reply-1-wording-4 = Igen, tudom, elnézést, ma kész felfordulás van. A korábbi vendég huszonöt percet késett, és azóta az egész naptár le van maradva.

# en: I know, sorry, someone was 25 minutes late earlier so we're behind.
first-wave-reply-1-wording-5 = Tudom, bocsánat, valaki 25 percet késett, ezért csúszunk.

# en: Oh I know, sorry! Honestly the morning's been mad, the lady in before you was twenty-five minutes late and it's had a knock-on effect all day.
first-wave-reply-1-wording-6 = Jaj, tudom, ne haragudjon! Őszintén, őrült délelőttünk volt, az Ön előtti hölgy huszonöt perccel később jött, és ez egész nap visszaüt.

# en: You cut in at the height of it, and with another client's lateness. Réka never got to say what happens at half one; instead she was stopped and handed somebody else's story.
first-wave-reply-1-feedback = Épp a dühe csúcsán vágott közbe, ráadásul egy másik vendég késésével. Réka el sem mondhatta, mi lesz fél kettőkor; ehelyett leállították, és valaki más történetét kapta.

# en: Twenty minutes, yes, I'm sorry about that. Look, shall I just move you to another day this week, so you're not in a rush?
first-wave-reply-2 = Húsz perc, igen, sajnálom. Nézze, ne tegyem át inkább egy másik napra a héten, hogy ne kelljen kapkodnia?

# en: Yes, twenty minutes, I apologise. Would you like me to rebook you for a different day this week, then you're not rushing?
first-wave-reply-2-wording-1 = Igen, húsz perc, elnézést. Mit szólna, ha inkább a hét egy másik napjára tenném át, hogy ne kelljen sietnie?

# en: Sorry. Shall I rebook you for another day this week?
first-wave-reply-2-wording-2 = Átírjam inkább egy másik napra?

# en: yeah 20 mins, sorry about that. tell you what, want me to just switch you to thursday or friday instead, no rushing then?
first-wave-reply-2-wording-3 = Igen, sajnos húsz perc. Tudja mit, nem foglaljak inkább egy másik időpontot a héten, hogy ne kapkodva kelljen?

# en: Sorry about the extra twenty minutes. Would it be easier if I moved your appointment to another day this week so you're not rushed?
first-wave-reply-2-wording-4 = Bocsánat a további húsz percért. Nem lenne könnyebb, ha a héten máskorra raknám az időpontját, és nem kellene rohannia?

# en: Sorry, want me to move you to a different day this week?
first-wave-reply-2-wording-5 = Elnézést, ne rakjam át egy másik napra a héten?

# en: ok, 20 more minutes, apologies. how about i just put you in on another day this week instead so you're not in a hurry
first-wave-reply-2-wording-6 = ok, meg 20 perc, bocsi. mi lenne ha inkabb beirnam a het egy masik napjara, hogy ne kelljen sietnie

# en: Meant helpfully, but you offered a fix before she had finished her sentence. What she was about to tell you, the meeting at half one, is what any fix has to fit.
first-wave-reply-2-feedback = Segítőnek szánta, de megoldást ajánlott, mielőtt befejezte volna a mondatát. Amit épp mondani akart, a fél kettes megbeszélés, az az, amihez minden megoldásnak igazodnia kell.

# en: Go on, please. I'm listening.
first-wave-reply-3 = Folytassa, kérem. Figyelek.

# en: Please carry on, you have my full attention.
first-wave-reply-3-wording-1 = Kérem, mondja tovább, hallgatom.

# en: Please, go ahead.
first-wave-reply-3-wording-2 = Mondja csak.

# en: sorry, go on, i'm all ears
first-wave-reply-3-wording-3 = nyugodtan mondja végig, csupa fül vagyok

# en: Sorry, please keep going, I'm listening to you.
first-wave-reply-3-wording-4 = Bocsánat, kérem, folytassa, figyelek Önre.

# en: Carry on, I'm listening.
first-wave-reply-3-wording-5 = Folytassa, figyelek.

# en: go ahead and finish what you were saying, i'm here and listening
first-wave-reply-3-wording-6 = fejezze be nyugodtan, amit mondani akart, itt vagyok, figyelek

# en: A few words, and she gets to finish. Letting the first wave run out costs you ten seconds and tells her that her side of it matters, which is half of what she came to the desk for.
first-wave-reply-3-feedback = Néhány szó, és végigmondhatja. Ha hagyja kifutni az első hullámot, az tíz másodpercébe kerül, és azt üzeni, hogy az ő oldala is számít; részben épp ezért jött a pulthoz.

# en: —a client meeting at half one. I can't walk in late, and I'm not going in with half-done nails either. I did exactly what your text asked, and now it's my lunch break that pays for it.
full-story-says-1 = —ügyfélmegbeszélésem. Nem késhetek el, és félkész körmökkel sem akarok beülni. Pontosan azt csináltam, amit az SMS-ük kért, és most az ebédszünetem bánja.

# en: Before anything practical, say what this feels like from her side of the desk.
full-story-hint = Mielőtt bármi gyakorlatira térne, mondja ki, milyen ez az ő oldaláról.

# en: So: you were here at twenty past, Dóra needs twenty more minutes, and you must be out by quarter past one. Have I got that right?
full-story-reply-1 = Tehát: 12:20-kor már itt volt, Dórának még húsz perc kell, Önnek pedig negyed kettőkor indulnia kell. Jól értem?

# en: Let me check I've got this: you arrived at 12:20, Dóra needs another twenty minutes, and you have to leave by 1:15. Is that correct?
full-story-reply-1-wording-1 = Összefoglalom: 12:20-ra ideért, Dóra még húsz percig dolgozik, Önnek pedig egy óra tizenötkor el kell indulnia. Így van?

# en: Here at 12:20, twenty more minutes, out by 1:15: correct?
full-story-reply-1-wording-2 = 12:20-kor jött, húsz perc csúszás, 13:15-kor mennie kell. Jól értem?

# en: ok so you got here at twenty past, dóra's saying 20 more mins, and you need to be gone by quarter past one. is that right?
full-story-reply-1-wording-3 = szoval 12:20 ota itt van, dora meg 20 perc, es negyed kettokor indulnia kell. stimmel?

# en: Just to make sure I understand: you came in at twenty past twelve, Dóra is another twenty minutes, and you need to leave at quarter past one. Is that right?
full-story-reply-1-wording-4 = Hogy biztosan jól értsem: húsz perccel egy után érkezett, Dórának még húsz perc kell, Ön pedig negyed kettőkor kénytelen elmenni. Helyes?

# en: So you need to leave by 1:15, right? Let me check I understand.
full-story-reply-1-wording-5 = Szóval 13:15-kor el kell mennie, ugye? Csak ellenőrzöm.

# en: Réka, let me repeat that back: arrived 12.20, Dóra needs 20 more minutes, you have to go at 1.15. Have I understood correctly?
full-story-reply-1-wording-6 = Réka, hadd ismételjem el: 12.20-kor érkezett, Dórának még 20 perc kell, Önnek 13.15-kor mennie kell. Jól értettem?

# en: A precise summary, and asking her to confirm shows care. What it left out is how she feels: she did everything right and is paying for it. Naming that frustration, as the best reply did, would have taken the heat out faster.
full-story-reply-1-feedback = Pontos összefoglaló, és a visszakérdezés figyelmes. Ami kimaradt, az az, amit érez: mindent jól csinált, mégis ő issza meg a levét. Ha ezt a bosszúságot kimondja, ahogy a legjobb válasz tette, gyorsabban lehűtötte volna a kedélyeket.

# en: That's so frustrating: you did everything right, and it's your lunch break paying for it. Let's find what still fits before half one.
full-story-reply-2 = Ez nagyon bosszantó: Ön mindent jól csinált, és mégis az ebédszünete látja kárát. Nézzük, mi fér még bele fél kettő előtt.

# en: That's really frustrating: you followed every instruction, and your lunch hour is taking the hit. Let's see what we can still fit in before half one.
full-story-reply-2-wording-1 = Ez tényleg bosszantó: Ön mindent úgy csinált, ahogy kellett, és mégis az ebédszünete bánja. Nézzük meg, mit tudunk még megoldani fél kettő előtt.

# en: How frustrating, you did it all right. Let's find something before half one.
full-story-reply-2-wording-2 = Mindent jól csinált, mégis Ön jár rosszul; keressünk megoldást fél kettő előtt.

# en: ugh that's so annoying, you did everything you were supposed to and it's your lunch that suffers. let's work out what we can still squeeze in before 1.30
full-story-reply-2-wording-3 = Értem, ez idegesítő, pontosan jött, és most a szünete megy rá. Lássuk, mi fér még bele a megbeszélése előtt.

# en: You did exactly what we asked and it's still your lunch that's paying for it, that's really annoying. Let's work out what we can get done before your half one meeting.
full-story-reply-2-wording-4 = Ön betű szerint azt tette, amit kértünk, és mégis az ebédje fizeti meg az árát, ez roppant kellemetlen. Számoljuk ki, mi készülhet el a fél kettes megbeszélése előtt.

# en: That's so annoying for you. Let's see what fits before 1:30.
full-story-reply-2-wording-5 = Ez tényleg rossz Önnek. Nézzük, mi fér bele fél kettőig.

# en: Honestly I'd be frustrated too, you followed the text to the letter. Let's find an option that still works before half one.
full-story-reply-2-wording-6 = Őszintén, én is ki lennék borulva, hiszen betűre követte az SMS-t. Keressünk egy megoldást, ami fél kettő előtt még belefér.

# en: You put a name to what she feels, frustrated at being punished for being on time, and tied it to her real deadline. She no longer has to convince you; she can start solving it with you.
full-story-reply-2-feedback = Nevet adott annak, amit érez: bosszús, mert a pontosságáért bünteti a helyzet, és ezt a valódi határidejéhez kötötte. Már nem kell meggyőznie Önt; elkezdhet Önnel együtt megoldást keresni.

# en: Oh no, don't worry, we'll definitely get you out in time for your meeting, I promise. Can I get you a coffee while you wait?
full-story-reply-3 = Jaj, ne aggódjon, biztosan kiér időben a megbeszélésére, ígérem. Hozhatok egy kávét, amíg vár?

# en: Oh, please don't worry, we'll absolutely get you finished before the meeting, I promise. Would you like a coffee while you're waiting?
full-story-reply-3-wording-1 = Ugyan, ne izguljon, biztosan odaér a megbeszélésre, megígérem. Addig hozzak egy kávét?

# en: Don't worry, you'll make the meeting, I promise.
full-story-reply-3-wording-2 = Odaér a megbeszélésre, ígérem. Kávét?

# en: oh don't worry at all, you'll definitely make your meeting, promise! fancy a coffee meanwhile?
full-story-reply-3-wording-3 = jaj, nyugi, tuti odaer a meetingre, erre megeskuszom. kaphat addig egy kavet?

# en: Please don't worry at all, I promise we'll have you finished in plenty of time for the meeting. Can I make you a coffee while you're waiting?
full-story-reply-3-wording-4 = Egy pillanatig se féljen, megígérem, hogy bőven a megbeszélése előtt elkészülünk. Főzhetek addig egy kávét?

# en: Don't worry, I promise you'll be done in time. Coffee?
full-story-reply-3-wording-5 = Ne aggódjon, időben kész lesz, ígérem. Kávé?

# en: no need to worry, we'll 100% get you out in time for your meeting, i promise. want a coffee while you wait?
full-story-reply-3-wording-6 = semmi pánik, 100%, hogy időben végzünk a megbeszélése előtt, ígérem. kávét addig?

# en: Warm, and you caught the meeting, but you promised Dóra's timing, which is not yours to give. She relaxes for a minute and will hold you to it when the clock says otherwise.
full-story-reply-3-feedback = Kedves, és a megbeszélést is meghallotta, de Dóra idejét ígérte meg, ami nem az Öné. Egy percre megnyugszik, aztán számon kéri, amikor az óra mást mutat.

# en: I'm sorry, Réka, but treatments do run over sometimes, and Dóra can't exactly leave a client with one hand done.
full-story-reply-4 = Sajnálom, Réka, de a kezelések néha elhúzódnak, és Dóra mégsem hagyhat ott egy vendéget úgy, hogy csak az egyik keze van kész.

# en: Sorry, Réka, but appointments do overrun now and then, and Dóra can hardly walk away from a client halfway through.
full-story-reply-4-wording-1 = Ne haragudjon, Réka, de egy-egy kezelés néha elhúzódik, és Dóra mégsem állhat fel egy vendégtől félkész körmökkel.

# en: Sorry, but treatments overrun; Dóra can't leave a client half done.
full-story-reply-4-wording-2 = Sajnálom, de Dóra nem hagyhat félbe egy vendéget.

# en: sorry Réka but sometimes treatments just run over, dóra can't exactly abandon someone with only one hand finished
full-story-reply-4-wording-3 = értem, réka, de van, hogy egy kezelés tovább tart, és dóra nem engedhet el valakit félkész körmökkel

# en: I apologise, Réka, but sometimes treatments take longer than planned, and Dóra can't just stop halfway with a client who's only got one hand done.
full-story-reply-4-wording-4 = Elnézést kérek, Réka, de előfordul, hogy egy kezelés tovább tart a tervezettnél, és Dóra nem hagyhatja faképnél azt a vendéget, akinek csak az egyik keze van kész.

# en: Sorry, treatments sometimes overrun, Dóra can't walk out mid-client.
full-story-reply-4-wording-5 = Bocsánat, a kezelések néha elhúzódnak, Dóra nem hagyhatja ott a vendéget.

# en: Réka, I'm sorry, but overruns happen in a salon, it's not like Dóra can leave someone sitting there half finished.
full-story-reply-4-wording-6 = Réka, sajnálom, de egy szalonban a csúszás előfordul, Dóra nem ültethet ott senkit félig megcsinált körmökkel.

# en: The 'but' takes the apology back. She has just said she did everything right; explaining why Dóra can't help it tells her the salon's reasons count and her lunch hour doesn't.
full-story-reply-4-feedback = A „de” visszaveszi a bocsánatkérést. Épp most mondta, hogy mindent jól csinált; ha elmagyarázza, miért nem tehet róla Dóra, azt hallja, hogy a szalon indokai számítanak, az ő ebédszünete nem.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = De hát ez nem az én problémám, ugye? Én mindent jól csináltam. Korábban jöttem, ahogy az SMS-ük kérte. Akkor miért az ebédszünetem bánja?

# en: You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.
not-my-problem-reply-1 = Igaza van, és sajnálom, de Dórát nem tudom gyorsabb munkára bírni, ugye? Egy gél lakkozást nem lehet siettetni.

# en: You're right, I apologise, but there's no way I can make Dóra go quicker, is there? A gel set can't be hurried.
not-my-problem-reply-1-wording-1 = Jogos, és sajnálom, csak hát Dórát nem tudom sürgetni, nem igaz? A géllakkot nem lehet kapkodni.

# en: True, sorry, but I can't speed Dóra up.
not-my-problem-reply-1-wording-2 = Igaza van, de Dórát nem siettethetem.

# en: you're right sorry, but there's no way to make dóra go any quicker can i? gel nails just can't be rushed
not-my-problem-reply-1-wording-3 = igaz, sajnalom, csak dorat en nem kenyszerithetem gyorsabb tempora, ugye. a gel az gel, azt nem lehet osszecsapni

# en: Yes, you're right, sorry, but I can't exactly make Dóra hurry up, can I? Gel just takes the time it takes.
not-my-problem-reply-1-wording-4 = Igen, jogos, bocsánat, de hát Dórát nem tudom noszogatni, ugye? A gélnek megvan a maga ideje.

# en: Sorry, but I can't make Dóra work faster.
not-my-problem-reply-1-wording-5 = Bocsánat, de Dórát nem tudom gyorsítani.

# en: i know you're right and i'm sorry but gel sets can't be rushed, i've got no way of getting dóra to go faster
not-my-problem-reply-1-wording-6 = tudom, hogy igaza van, és sajnálom, de a gélt nem lehet sürgetni, nincs rá módom, hogy dóra gyorsabban dolgozzon

# en: You agreed with her, then told her nothing can be done. Agreement followed by a shrug sounds like sympathy with the door closed, while her lunch break ticks away.
not-my-problem-reply-1-feedback = Egyetértett vele, aztán közölte, hogy nem lehet mit tenni. Az egyetértés, amelyet vállrándítás követ, olyan együttérzés, amely mögött becsukódik az ajtó, miközben ketyeg az ebédszünete.

# en: Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-2 = Hát, legyünk igazságosak: máskor lehet, hogy épp Ön késik, és akkor mi várunk Önre.

# en: Well, in fairness, some other day you might be the one who's late, and we'd all be waiting on you.
not-my-problem-reply-2-wording-1 = Nos, legyünk méltányosak: előfordulhat, hogy máskor Ön jön később, és akkor nekünk kell Önre várnunk.

# en: Another time it could be you who's late, though.
not-my-problem-reply-2-wording-2 = Máskor meg Ön késik, és mi várunk.

# en: tbf next time it could be you running behind and we'd all be sat waiting for you
not-my-problem-reply-2-wording-3 = hat, azert legyunk korrektek: lesz olyan is, hogy maga jon kesve, es akkor mi vagyunk turelmesek

# en: Well, to be honest, one day you might be the late one, and then everyone here would be waiting around for you.
not-my-problem-reply-2-wording-4 = Hát, őszintén szólva egyszer Ön is késhet, és akkor itt mindenki Önre fog várakozni.

# en: You could be the one running late next time.
not-my-problem-reply-2-wording-5 = Legközelebb lehet, hogy Ön fog késni.

# en: to be fair it goes both ways, next time it might be you who's late and we'd all have to wait
not-my-problem-reply-2-wording-6 = azért ez kölcsönös, máskor lehet, hogy maga késik, és akkor mindenki magára vár

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and has said so twice.
not-my-problem-reply-2-feedback = A panaszát vitává változtatta arról, mi igazságos, egy olyan váddal, amire semmi okot nem adott. Korán jött, és ezt kétszer is elmondta.

# en: You're right to be cross. You did everything we asked; the timetable is ours to sort out, and I'll sort it.
not-my-problem-reply-3 = Joggal bosszús. Mindent megtett, amit kértünk; az időbeosztás a mi dolgunk, és én rendbe teszem.

# en: You've every reason to be annoyed. You did all we asked of you; the schedule is our responsibility, and I'm going to fix it.
not-my-problem-reply-3-wording-1 = Érthető, hogy bosszús. Ön mindent megtett, amire kértük; a beosztás a mi felelősségünk, és én rendbe hozom.

# en: You're right to be annoyed. The schedule's our problem; I'll fix it.
not-my-problem-reply-3-wording-2 = Igaza van, a beosztás a mi dolgunk; megoldom.

# en: you've got every right to be annoyed, you did exactly what we asked. the timing is our job to sort out and i'm going to sort it
not-my-problem-reply-3-wording-3 = Jogosan van kiakadva, pontosan azt tette, amit az SMS kért. Az időbeosztás a szalon gondja, nem az Öné, és én elintézem.

# en: You have every right to be cross. You did everything we asked of you, so the timing is our job to fix, and I'm going to fix it.
not-my-problem-reply-3-wording-4 = Minden joga megvan rá, hogy mérges legyen. Mindent megtett, amit kértünk, így az időzítés rendbetétele minket terhel, és ezt most én helyrehozom.

# en: You did everything right. The timing's our responsibility, I'll fix it.
not-my-problem-reply-3-wording-5 = Ön mindent jól csinált. Az időbeosztás a mi felelősségünk, én rendezem.

# en: Réka, being cross is fair, you followed our instructions exactly. Sorting out the timetable is on us and I will sort it.
not-my-problem-reply-3-wording-6 = Réka, teljesen jogos, hogy mérges, pontosan követte az utasításainkat. A beosztás rendbetétele a mi dolgunk, és én el is rendezem.

# en: You granted her the anger instead of defending the salon, and took the timetable back as your job. Once nobody argues with her, she has nothing left to fight for and can start looking for a way out with you.
not-my-problem-reply-3-feedback = Elismerte, hogy joggal haragszik, ahelyett hogy a szalont védte volna, és az időbeosztást a saját feladataként vette vissza. Ha senki nem vitatkozik vele, nincs miért harcolnia, és elkezdhet Önnel kiutat keresni.

# en: I completely understand, and I do apologise. If you'd like to take a seat, I'll let you know the moment Dóra's ready.
not-my-problem-reply-4 = Teljesen megértem, és elnézést kérek. Ha helyet foglal, szólok, amint Dóra készen áll.

# en: I totally understand, and I'm very sorry. If you'd like to sit down, I'll tell you as soon as Dóra is ready.
not-my-problem-reply-4-wording-1 = Teljesen értem, és elnézést kérek. Üljön le nyugodtan, szólok, amikor Dóra kész.

# en: I understand, sorry. Have a seat and I'll call you when she's ready.
not-my-problem-reply-4-wording-2 = Megértem, bocsánat. Foglaljon helyet, szólok.

# en: i totally get it and i'm really sorry. grab a seat and i'll give you a shout the second dóra's free
not-my-problem-reply-4-wording-3 = abszolút megértem, bocsi. addig ha leul, jelzek, amint dora szabad

# en: I completely get it, and I'm so sorry. Please sit down and I'll come and tell you as soon as Dóra is ready for you.
not-my-problem-reply-4-wording-4 = Teljesen átérzem, és nagyon sajnálom. Kérem, üljön le, és amint Dóra fogadni tudja, odamegyek Önhöz és szólok.

# en: Sorry. Take a seat, I'll tell you when Dóra's ready.
not-my-problem-reply-4-wording-5 = Bocsánat. Üljön le, szólok, ha Dóra kész.

# en: i do understand, apologies. take a seat and the minute dóra's ready i'll let you know
not-my-problem-reply-4-wording-6 = Megértem, elnézést kérek. Helyezze kényelembe magát, és amint Dóra végzett, rögtön jövök szólni.

# en: Impeccably polite, and it sends her back to the chair she has just got up from. 'I understand' followed by more waiting tells her the understanding changes nothing.
not-my-problem-reply-4-feedback = Kifogástalanul udvarias, és visszaküldi abba a székbe, ahonnan épp felállt. A „megértem” után még több várakozás azt üzeni, hogy a megértés semmin sem változtat.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = Jó, de valójában mennyi lesz? Mert a szalonban a „húsz perc” általában negyven lesz.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = Nem Ön dönti el, milyen gyorsan dolgozik Dóra. Ha most tippel, abból ígéret lesz, amit számon fog kérni.

# en: Don't worry, it won't be anything like forty. I'll make sure she's with you within five minutes, I promise you that.
how-long-reply-1 = Ne aggódjon, közel sem lesz negyven. Elintézem, hogy öt percen belül sorra kerüljön, ezt megígérem.

# en: No need to worry, it won't be anywhere near forty. I'll see to it that she's with you in five minutes, I promise.
how-long-reply-1-wording-1 = Nyugodjon meg, negyven semmiképp nem lesz. Gondoskodom róla, hogy öt perc múlva már bent üljön, ezt garantálom.

# en: It won't be forty; she'll be with you in five, promise.
how-long-reply-1-wording-2 = Nem lesz negyven; öt perc, ígérem.

# en: don't worry, nowhere near 40! i'll make sure she's ready for you in 5 mins max, promise
how-long-reply-1-wording-3 = jaj, dehogy lesz negyven. max 5 perc es viszem is be, megigerem

# en: It definitely won't be forty, don't worry. I promise I'll have her with you within five minutes.
how-long-reply-1-wording-4 = Negyven biztosan nem lesz, ne féljen. Megígérem, hogy öt percen belül Dóra már Önnel foglalkozik.

# en: Not forty, promise. Five minutes tops.
how-long-reply-1-wording-5 = Nem negyven, ígérem. Legfeljebb öt perc.

# en: no way will it be forty minutes, i'll make sure dóra starts on you in five, you have my word
how-long-reply-1-wording-6 = negyven perc kizárt, elintézem, hogy dóra öt percen belül nekiálljon, a szavamat adom

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours, not Dóra's.
how-long-reply-1-feedback = Megnyugtató, egy pillanatra fel is lélegzik, de Önnek nincs beleszólása, mikor végez Dóra. Ha az öt percből tizenöt lesz, a megszegett ígéret az Öné, nem Dóráé.

# en: About twenty, like Dóra said, but honestly it depends on how the treatment before yours goes. Gel sets can be unpredictable.
how-long-reply-2 = Nagyjából húsz, ahogy Dóra mondta, de őszintén szólva attól függ, hogy megy az előző kezelés. A gél kiszámíthatatlan tud lenni.

# en: Roughly twenty, as Dóra mentioned, but really it hinges on how the appointment before yours goes. Gels can be hard to predict.
how-long-reply-2-wording-1 = Olyan húsz perc, Dóra szerint, de őszintén szólva azon múlik, hogy halad az előtte lévő vendég. A géllel sosem lehet tudni.

# en: Around twenty, but it depends on the client before you.
how-long-reply-2-wording-2 = Kb. húsz, de attól függ, hogy halad.

# en: about 20 like dóra told you, but really it depends how the one before you goes, gel can be unpredictable
how-long-reply-2-wording-3 = hat, dora szerint olyan 20 perc, de ez a korabbi vendegtol fugg, a gellel soha nem tudni

# en: Around twenty minutes, as Dóra said, but it really depends how the appointment before you goes. Gel treatments can be hard to predict.
how-long-reply-2-wording-4 = Körülbelül húsz perc, ahogy Dóra is mondta, de nagyban függ attól, hogyan alakul az Ön előtti kezelés. A géllakkot nehéz előre kiszámolni.

# en: About twenty, but it depends on the treatment before yours.
how-long-reply-2-wording-5 = Nagyjából húsz, de az előző kezeléstől függ.

# en: it's probably twenty but gel sets are unpredictable so it depends on the client ahead of you
how-long-reply-2-wording-6 = valószínűleg húsz, de a gél kiszámíthatatlan, szóval az előtte lévő vendégen múlik

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-2-feedback = Egy homályos becslés megismétlésével nincs mivel terveznie. A megbeszélése miatt kért valódi időpontot; az „attól függ” egyenesen visszapasszolja neki a bizonytalanságot.

# en: I won't guess. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back.
how-long-reply-3 = Nem fogok tippelni. Adjon egy percet: megkérdezem Dórát, pontosan mikor tud kezdeni, és rögtön jövök vissza.

# en: Rather than make something up, give me a minute: I'll go and ask Dóra exactly when she's able to start, then come straight back.
how-long-reply-3-wording-1 = Nem mondok találomra időt. Egy perc türelmet: rákérdezek Dóránál, hány órakor kezdhet pontosan, és azonnal itt vagyok.

# en: No guessing: I'll ask Dóra and be back in a minute.
how-long-reply-3-wording-2 = Találgatni nem fogok. Adjon egy percet, kiderítem Dórától, pontosan mikor kezd, és rögtön visszajövök.

# en: i don't want to guess. one sec, i'll go check with dóra what time she can actually start and come right back to you
how-long-reply-3-wording-3 = Tippelni nem akarok. Szaladok Dórához, megtudom a pontos kezdést, és egy percen belül visszajövök.

# en: I'm not going to guess. Let me go and ask Dóra right now exactly when she can start, and I'll be straight back to you within a minute.
how-long-reply-3-wording-4 = Nem szeretnék a levegőbe beszélni. Most azonnal átmegyek Dórához, megérdeklődöm a pontos kezdést, és egy perc múlva jelentkezem.

# en: I won't guess, I'll go ask Dóra now and come right back.
how-long-reply-3-wording-5 = Nem tippelek, most rögtön megkérdezem Dórát, és jövök.

# en: Rather than guess, give me a minute: I'm going to find out from Dóra exactly what time she can start, back in a sec.
how-long-reply-3-wording-6 = tippelés helyett inkább megkérdezem dórát most rögtön, pontosan mikor kezd. egy perc és jövök

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-3-feedback = Nem tippelt olyan munkáról, ami nem az Öné, és olyat ígért, ami teljesen Önön múlik: egy perc, aztán valódi válasz. Fél kettes megbeszéléssel egy valódi időpont többet ér neki egy megnyugtatónál.

# en: I honestly don't know yet, and I'd rather not guess. I'll check with Dóra as soon as she has a moment.
how-long-reply-4 = Őszintén szólva még nem tudom, és nem szeretnék tippelni. Megkérdezem Dórát, amint lesz egy szabad pillanata.

# en: Honestly, I don't know yet. I won't put a number on it; once Dóra has a moment, I'll check with her.
how-long-reply-4-wording-1 = Őszintén, ezt még nem tudom, és számot sem mondanék rá. Amint Dórának lesz egy szabad pillanata, egyeztetek vele.

# en: Not sure yet, honestly. I'll check with Dóra once she has a moment.
how-long-reply-4-wording-2 = Még nem tudom. Ha Dórának akad egy szabad pillanata, rákérdezek.

# en: honestly i don't know yet, won't pretend i do. i'll check with dóra soon as she's got a moment
how-long-reply-4-wording-3 = meg fogalmam sincs, es talalgatni sem szeretnek. amint dora szabad lesz egy pillanatra, rakerdezek

# en: To be honest, I don't know yet and I don't want to guess. When Dóra has a free moment I'll check with her.
how-long-reply-4-wording-4 = Őszintén, erre most még nincs válaszom, és becsülni sem akarok. Ha Dórának lesz egy kis szünete, megérdeklődöm tőle.

# en: I don't know yet. I'll check with Dóra when she's free.
how-long-reply-4-wording-5 = Még nem tudom. Ha Dóra ráér, megkérdezem.

# en: Honestly I can't say yet, and I won't guess. Once Dóra gets a spare moment I'll ask her.
how-long-reply-4-wording-6 = Őszintén, egyelőre nem tudom megmondani, és nem akarok mellélőni. Mihelyt Dórának lesz egy szabad pillanata, megkérdezem.

# en: Honest, and refusing to guess was right. But 'as soon as she has a moment' leaves Réka watching the clock with no idea when; the best reply put a time on your own step: one minute.
how-long-reply-4-feedback = Őszinte, és jó, hogy nem tippelt. Csakhogy az „amint lesz egy szabad pillanata” mellett Réka úgy nézi az órát, hogy fogalma sincs, meddig; a legjobb válasz a saját lépésére adott időt: egy perc.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = „Nagyjából húsz”? Fél kettőkor megbeszélésem van. Nem tudom a délutánomat a „nagyjából”-ra építeni. Egy valódi időpont kell.

# en: Fair enough, you need a time, not a guess. I'll ask Dóra right now and be back within a minute.
about-twenty-reply-1 = Jogos, időpont kell, nem tipp. Most rögtön megkérdezem Dórát, és egy percen belül itt vagyok.

# en: That's fair, you need an actual time rather than an estimate. I'll go and ask Dóra now and I'll be back in under a minute.
about-twenty-reply-1-wording-1 = Jogos, pontos időpont kell, nem becslés. Most azonnal rákérdezek Dóránál, és egy percen belül visszajövök.

# en: Fair. I'll ask Dóra now, back in a minute.
about-twenty-reply-1-wording-2 = Igaza van; egy perc, és hozom a pontos időt.

# en: fair point, you need a proper time not a guess. going to ask dóra right now, back in a minute
about-twenty-reply-1-wording-3 = Értem, tipp helyett konkrétum kell. Átszaladok Dórához, és egy perc múlva itt vagyok a válasszal.

# en: You're right, you need an exact time and not an estimate. I'm going to ask Dóra now and I'll be back in a minute.
about-twenty-reply-1-wording-4 = Érthető, a nagyjából ilyenkor nem segít, konkrét idő kell. Elmegyek most Dórához megkérdezni, és egy perc múlva itt vagyok.

# en: Fair enough, I'll go ask Dóra now and come back.
about-twenty-reply-1-wording-5 = Jogos, most megkérdezem Dórát, és jövök.

# en: thats fair, about isnt good enough. let me ask dora for a proper time right now, back in a minute
about-twenty-reply-1-wording-6 = ez jogos, a kb. nem eleg. megkerdezem dorat most egy rendes idopontert, egy perc es jovok

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = Elfogadta az érvét, nem védekezett, és olyan lépést nevezett meg, amit azonnal meg tud tenni. Egyperces séta Dórához, és meglesz a bizonyosság, amit kért.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take, and we can't rush the gel.
about-twenty-reply-2 = Őszintén nem tudom pontosan megmondani. Senki sem tudja, a kezelések annyi ideig tartanak, ameddig, és a gélt nem lehet siettetni.

# en: I really can't give you an exact time. No one can with treatments, which take however long they take, and gel can't be hurried.
about-twenty-reply-2-wording-1 = Őszintén nem tudom megmondani pontosan. Ezt senki nem tudja, a kezelés addig tart, ameddig tart, a géllakk nem sürgethető.

# en: Nobody can say exactly; treatments take however long they need.
about-twenty-reply-2-wording-2 = Senki nem tudja pontosan, a géllakk nem sürgethető.

# en: honestly i can't give you an exact time, nobody can with treatments, it's however long it takes and you can't hurry gel
about-twenty-reply-2-wording-3 = ezt senki nem tudja megmondani, egy kezeles annyi ideig tart, amennyi, a gellel nem lehet rohanni

# en: I can't tell you exactly, honestly. No one can with treatments, they take as long as they need and you can't hurry gel.
about-twenty-reply-2-wording-4 = Őszintén szólva erre nincs pontos válasz. Kezeléseknél ezt senki nem láthatja előre, annyi ideig tart, amennyi szükséges, és a gélt nem lehet hajtani.

# en: Nobody can give an exact time with treatments, sorry.
about-twenty-reply-2-wording-5 = Kezeléseknél senki nem tud pontos időt mondani, sajnálom.

# en: There's no exact time, I'm afraid; treatments just take as long as they take and gel can't be rushed.
about-twenty-reply-2-wording-6 = Sajnálatos módon pontos időpontot nem tudok adni, a kezelések időtartama előre nem határozható meg, a géllakkozás pedig nem gyorsítható.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = A maga módján őszinte, de meg sem próbálta kideríteni. Valaki igenis meg tudja mondani: Dóra, húsz lépésre. A „senki sem tudja” a pultnál hagyja Rékát, miközben megy az idő.

# en: I'm sorry, I know it's annoying. I'll keep an eye on it for you and let you know as soon as there's any news.
about-twenty-reply-3 = Sajnálom, tudom, hogy bosszantó. Figyelek rá, és szólok, amint van valami hír.

# en: Sorry, I know it's frustrating. I'll keep watch for you and tell you the minute I hear anything.
about-twenty-reply-3-wording-1 = Sajnálom, értem, hogy idegesítő. Figyelem a helyzetet, és ha van fejlemény, rögtön szólok.

# en: Sorry. I'll let you know when I hear anything.
about-twenty-reply-3-wording-2 = Szólok, ha van valami hír.

# en: sorry, i know it's a pain. i'll keep an eye out and let you know when there's an update
about-twenty-reply-3-wording-3 = bocsi, tudom, hogy ez bosszanto. rajta tartom a szemem, es ahogy tudok valamit, jelzek

# en: Sorry, I know it's frustrating. I'll keep an eye on it for you and tell you as soon as I hear anything.
about-twenty-reply-3-wording-4 = Elnézést, tudom, hogy ez frusztráló. Folyamatosan figyelem, és amint megtudok valamit, tájékoztatom.

# en: Sorry, I'll keep you posted.
about-twenty-reply-3-wording-5 = Bocsánat, folyamatosan tájékoztatom.

# en: I'm sorry, I know it's a nuisance. I'll keep an eye on things and let you know the moment there's news.
about-twenty-reply-3-wording-6 = Sajnálom, tudom, hogy kellemetlen. Résen leszek, és abban a pillanatban szólok, ahogy van újság.

# en: Kind in tone, but 'as soon as there's news' is the same 'about' she just rejected. She asked for a time; you offered to wait with her.
about-twenty-reply-3-feedback = Kedves a hangja, de az „amint van valami hír” ugyanaz a „nagyjából”, amit épp elutasított. Időpontot kért; Ön azt ajánlotta, hogy vele együtt vár.

# en: It's quarter to one. You said it'd be fine. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = Háromnegyed egy van. Azt mondta, minden rendben lesz. Itt ülök, és nézem az órát, Dóra meg még mindig nem jött ki.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it. Can I top up your coffee?
five-minutes-later-reply-1 = Már majdnem kész, tényleg. Csak még pár perc, ebben biztos vagyok. Hozhatok még egy kávét?

# en: She's almost finished, really. Just another minute or two, I'm certain. Shall I refill your coffee?
five-minutes-later-reply-1-wording-1 = Tényleg mindjárt végez. Még néhány perc, ebben egészen biztos vagyok. Kér addig még egy kávét?

# en: She's almost done, just a couple more minutes. More coffee?
five-minutes-later-reply-1-wording-2 = Már majdnem kész, pár perc. Kávét?

# en: she's nearly there now honestly, literally a couple more mins, i'm sure. want a top up of coffee?
five-minutes-later-reply-1-wording-3 = mar tenyleg a vegen jar, meg par perc, tuti. ker meg egy kavet?

# en: She's really nearly finished now, I'm sure it'll just be another couple of minutes. Shall I get you a fresh coffee?
five-minutes-later-reply-1-wording-4 = Már tényleg az utolsó simításoknál tart, legfeljebb egy-két perc, ebben biztos vagyok. Főzzek egy friss kávét?

# en: She's nearly done, honestly. Another coffee?
five-minutes-later-reply-1-wording-5 = Tényleg mindjárt kész. Még egy kávét?

# en: honestly she's almost done, two more minutes max i'm sure. can i top up your coffee for you?
five-minutes-later-reply-1-wording-6 = őszintén, már szinte kész, max két perc, biztos. töltsek még kávét?

# en: A second guess on top of a broken one. She has just watched your first reassurance fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-1-feedback = Egy újabb tipp egy megdőlt tipp után. Épp most látta, hogy az első megnyugtató szava nem vált be; egy újabb, ellenőrzés nélkül, azt üzeni, hogy az Ön időpontjai semmit sem jelentenek.

# en: You're right: I guessed instead of checking, and that's on me. I'll get you a real time from Dóra now.
five-minutes-later-reply-2 = Igaza van: tippeltem ahelyett, hogy megnéztem volna, ez az én hibám. Most kérek Dórától egy valódi időpontot.

# en: You're quite right: I gave you a guess rather than checking, and that's my fault. I'll get a proper time from Dóra right now.
five-minutes-later-reply-2-wording-1 = Jogos: becsültem ahelyett, hogy utánanéztem volna, ezt én rontottam el. Rögtön megkérdezem Dórát a pontos kezdésről.

# en: My fault, I guessed. Getting a proper time from Dóra now.
five-minutes-later-reply-2-wording-2 = Tippeltem, hiba volt. Most megkérdezem Dórát.

# en: you're right, i guessed when i should've checked, that's my fault. i'll go get an actual time from dóra now
five-minutes-later-reply-2-wording-3 = Igaza van, ellenőrzés nélkül mondtam valamit, ezt elrontottam. Megyek Dórához, és hozok egy valódi kezdési időt.

# en: You're right, I should have checked instead of guessing, that's my mistake. I'm going to get a proper time from Dóra right now.
five-minutes-later-reply-2-wording-4 = Ez az én mulasztásom: rákérdezés helyett fejből mondtam egy időt. Most azonnal elkérem Dórától a valós időpontot.

# en: Sorry, I guessed. I'll get a real time from Dóra now.
five-minutes-later-reply-2-wording-5 = Bocsánat, tippeltem. Most kérek Dórától egy valódi időpontot.

# en: That one's on me, Réka: I guessed rather than asking. Let me go and get an actual time from Dóra now.
five-minutes-later-reply-2-wording-6 = Réka, ezt én szúrtam el, rákérdezés helyett csak úgy mondtam valamit. Hadd menjek el most Dórához egy konkrét időpontért.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-2-feedback = A saját téves becslését beismerni nehéz, és helyes. Egy nyíltan vállalt hibát sokkal könnyebben megbocsát, mint egy második tippet.

# en: I'm sorry, but that's really down to Dóra, not me. She's running very far behind today and nobody told the desk.
five-minutes-later-reply-3 = Sajnálom, de ez tényleg Dórán múlik, nem rajtam. Ma nagyon le van maradva, és a pultnak senki sem szólt.

# en: I'm sorry, but that's Dóra's responsibility, not mine. She's running a long way behind today and no one let reception know.
five-minutes-later-reply-3-wording-1 = Sajnálom, csakhogy ez Dórán áll, nem rajtam. Ma nagyon csúszik, és a pultnál senkinek nem szólt.

# en: Sorry, that's on Dóra, not me; nobody told the desk.
five-minutes-later-reply-3-wording-2 = Ez Dórán múlik, nem rajtam; nekünk nem szólt.

# en: sorry but that's really dóra's thing not mine, she's miles behind today and no one told us on reception
five-minutes-later-reply-3-wording-3 = bocs, de ezt dora tudja, nem en. ma nagyon el van csuszva, es a recepciot senki nem ertesitette

# en: Sorry, but that's Dóra's fault, not mine. She's way behind today and nobody bothered to tell the desk.
five-minutes-later-reply-3-wording-4 = Elnézést, de ezért Dóra a felelős, nem én. Ma rettentően el van maradva, és senkinek nem jutott eszébe szólni a pultnak.

# en: Sorry, that's down to Dóra, not me; she's way behind today.
five-minutes-later-reply-3-wording-5 = Sajnálom, ez Dórán múlik, nem rajtam; ma nagyon le van maradva.

# en: not my fault sorry, it's down to dóra, she's really behind and no one told reception
five-minutes-later-reply-3-wording-6 = nem én tehetek róla, bocsi, dóra van nagyon lemaradva, és a pultot senki nem tájékoztatta

# en: To Réka the reassurance was yours, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = Réka szemében a megnyugtatás az Öné volt, nem Dóráé. Ha egy kollégára hárítja, az kifogásnak hangzik, és megosztottnak mutatja a szalont, épp mielőtt valamelyikük a körmét csinálja.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = Na? Mit mondott? Ha még húsz perc, nem érek oda a megbeszélésre.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = Nos? Mi a valódi válasz? Ma nem késhetek vissza.

# en: Dóra can't start until five to one, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-1 = Dóra csak 12:55-kor tud kezdeni, úgyhogy ma sajnos nem fog menni. Átírhatom helyette csütörtök fél egyre. Beírjam?

# en: Dóra won't be free until 12:55, so I'm afraid today's not going to work. How about Thursday at 12:30 instead? Shall I book that?
options-reply-1-wording-1 = Dóra csak öt perccel egy előtt tud kezdeni, így ma sajnos nem megy. Helyette beírhatom csütörtökre fél egyre. Rögzítsem?

# en: Today won't work; how about Thursday at 12:30?
options-reply-1-wording-2 = Ma nem megy, csütörtök fél egy jó lenne?

# en: dóra can't start till 12.55 so today's a no go sorry. i can move you to thursday at half 12 instead, want me to book it?
options-reply-1-wording-3 = dora 12:55 elott nem tud kezdeni, szoval sajnos ma nem jon ossze. csutortok fel egyre atirhatom, beirjam?

# en: I'm afraid Dóra can't start until five to one, so today won't be possible. I can put you in for Thursday at half twelve instead, shall I book it?
options-reply-1-wording-4 = Sajnos Dóra 12:55-nél előbb nem tud kezdeni, így mára nem jön össze. Csütörtökön fél egykor viszont van hely, átírjam oda?

# en: Sorry, today's not possible. Shall I book you for Thursday instead?
options-reply-1-wording-5 = Sajnos ma nem megy. Csütörtökre foglaljak?

# en: Thursday at 12:30 is free, shall I rebook you? Dóra can't start till 12:55, so today won't work.
options-reply-1-wording-6 = csütörtök 12:30 szabad, átírjam oda? dóra csak 12:55-kor tudna kezdeni, úgyhogy a mai nap nem jó

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-1-feedback = Pontos és gyors, de bezárta a mai ajtót anélkül, hogy más utat keresett volna, és épp azt az ebédidős sávot ajánlotta, amelyik most csúszott el. Feláldozta a fél szünetét; választási lehetőség kell neki, nem egy helyette kitöltött űrlap.

# en: Good news: I've asked Dóra to speed things up, so she'll start at ten to one and still have you out by twenty past. You'll make it, I promise.
options-reply-2 = Jó hír: megkértem Dórát, hogy siessen egy kicsit, így 12:50-kor kezd, és egy óra húszra még így is végez Önnel. Odaér, ígérem.

# en: Great news: Dóra's agreed to work a bit faster, so she'll begin at 12:50 and you'll still be out at 1:20. You'll make your meeting, I promise.
options-reply-2-wording-1 = Jó hírem van: megkértem Dórát, hogy gyorsítson egy kicsit, így tíz perccel egy előtt kezd, és húsz perccel egy után kész is. Odaér, megígérem.

# en: Dóra will go faster: start 12:50, done by 1:20, I promise.
options-reply-2-wording-2 = Jó hír: Dóra siet, 12:50-kor nekiáll, és egy óra húszra elengedi. Odaér, ígérem.

# en: good news! i've told dóra to speed up a bit, she'll start at 12.50 and have you done by 1.20. you'll make it, promise
options-reply-2-wording-3 = Sikerült! Dóra igyekszik, 12:50-re bevesz, és 1:20-ra kész lesz, bőven odaér, a szavamat adom.

# en: Good news: I've asked Dóra to hurry up, she'll start at ten to one and you'll be out by twenty past. I promise you'll make it.
options-reply-2-wording-4 = Szerencsénk van: Dóra gyorsabban fog dolgozni, 12:50-kor kezd, és 13:20-kor már az ajtóban lesz. Garantálom, hogy odaér.

# en: Dóra's going to speed up, you'll be out by 1:20, promise.
options-reply-2-wording-5 = Dóra gyorsít, 13:20-ra végez, ígérem.

# en: great news! dora will be quicker, starting 12.50 and finished by 1.20, i promise you'll make your meeting
options-reply-2-wording-6 = szuper hír! dóra gyorsabban csinálja, 12:50-kor kezd, 1:20-ra kész, megígérem, hogy odaér a megbeszélésre

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-2-feedback = Emlékezett a határidejére, és meg akarta menteni, de Dóra tempóját ígérte meg, ami nem Önön múlik. Ráadásul nem egy elsietett gél lakkozásért fizet.

# en: Thanks for waiting. Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or Dóra another day. Your choice?
options-reply-3 = Köszönöm, hogy várt. Dóra csak 12:55-kor kezdhet, az Önnek késő. Kinga most szabad, negyed kettőre kész, vagy Dóra máskor. Melyik legyen?

# en: Thank you for your patience. Dóra can't begin until 12:55, which is too late for you. Kinga is free right now and would finish by 1:15, or you could see Dóra on another day. Which would you prefer?
options-reply-3-wording-1 = Köszönöm a türelmét. Dóra legkorábban 12:55-kor kezdhetne, ez Önnek már késő. Kinga most ráér, negyed kettőre végez, vagy foglalok Dórához máskorra. Mit választ?

# en: Thanks for waiting. Kinga now, done by 1:15, or Dóra another day?
options-reply-3-wording-2 = Köszönöm, hogy várt. Kinga most, vagy Dóra később: melyik?

# en: thanks for hanging on. dóra can't start till 12.55, too late for your meeting. kinga's free right now and would have you done by 1.15, or i can book you with dóra another day. up to you?
options-reply-3-wording-3 = Köszönöm, hogy ilyen türelmesen várt. Dóra 12:55 előtt nem ér rá, az a megbeszélése miatt nem jó. Kingánál azonnal van hely, 13:15-re kész, vagy Dórához jöhet máskor. Melyik legyen?

# en: Thank you for waiting. Dóra can only start at five to one, which is too late, so you can either go with Kinga now and be done by quarter past, or see Dóra another day. What would you like?
options-reply-3-wording-4 = Köszönöm a várakozást. Dóra csak öt perccel egy előtt tud kezdeni, ami már túl késő, így két út van: most rögtön Kinga, és negyed kettőre kész, vagy Dóra egy másik napon. Melyiket szeretné?

# en: Thanks for waiting. Kinga now, or Dóra another day?
options-reply-3-wording-5 = Köszönöm a türelmét. Kinga most, vagy Dóra egy másik napon?

# en: Two options for you: Kinga's free this minute and finishes by 1.15, or I book you with Dóra on another day since 12.55 is too late. Which do you prefer?
options-reply-3-wording-6 = Köszönöm, hogy kivárt. Két lehetőséget tudok ajánlani: Kinga most szabad, 13:15-re végez, vagy Dórához jöhet máskor, mert a 12:55 már késő. Melyiket választja?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-3-feedback = Megköszönte a türelmét, egyenesen közölte a rossz hírt, a fél kettes megbeszéléséhez mérte, és két valódi lehetőséget kínált, rábízva a választást. Az őszinte időpont és a választás az, ami megnyugtat egy siető vendéget.

# en: Dóra can't start until five to one, which is too late for you. But Kinga's free right now and could have you done by quarter past.
options-reply-4 = Dóra csak 12:55-kor tud kezdeni, az Önnek már késő. Kinga viszont most szabad, és negyed kettőre végezhet is.

# en: Dóra won't be able to start before 12:55, and that's too late for you. However, Kinga is available right now and could finish you by 1:15.
options-reply-4-wording-1 = Dóra 12:55 előtt nem tud nekiállni, az Önnek már nem jó. Kinga viszont szabad most, és negyed kettőre kész is lehet.

# en: Dóra's too late, but Kinga's free now and done by 1:15.
options-reply-4-wording-2 = Dóra késő, de Kinga most szabad.

# en: dóra can't do it till 12.55, that's too late for you. kinga's free this minute though and could have you finished by quarter past
options-reply-4-wording-3 = dora csak 12:55-re er oda, az mar keso. kingának viszont most van ideje, 13:15-re vegezhet

# en: Dóra's not free until 12:55, which is too late for your meeting. Kinga, though, is available now and could have you finished by 1:15.
options-reply-4-wording-4 = Dóra csak öt perccel egy előtt szabadul fel, ami a megbeszélése miatt már nem fér bele. Kingánál viszont azonnal van hely, és negyed kettőre végezhet is.

# en: Dóra's too late, but Kinga can do you right now.
options-reply-4-wording-5 = Dóra már késő, de Kinga most rögtön tudja csinálni.

# en: Kinga can see you straight away and have you done by quarter past, Dóra's not free till five to one which won't work for you.
options-reply-4-wording-6 = Kinga azonnal fogadni tudja, és negyed kettőre végez is; Dóra csak öt perccel egy előtt szabadul, az Önnek nem megfelelő.

# en: Straight and useful: a real time and a way to make her meeting. The best reply also thanked her for waiting and left her the choice, including staying with Dóra, who has done her nails for two years.
options-reply-4-feedback = Egyenes és hasznos: valódi időpont és egy út, hogy odaérjen a megbeszélésre. A legjobb válasz ezen felül megköszönte a várakozást, és rábízta a döntést, akár azt is, hogy Dóránál maradjon, aki két éve csinálja a körmét.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = Nézze. Fél kettőre vissza kell érnem az irodába. Mit tud ténylegesen tenni értem ma?

# en: Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or I'll book Dóra another day. Which would you like?
what-can-you-do-reply-1 = Dóra csak 12:55-kor kezdhet, az Önnek késő. Kinga most szabad, negyed kettőre végez, vagy Dórához foglalok egy másik napra. Melyiket választja?

# en: Dóra can't begin until 12:55, which won't work for you. Kinga's available now and would be finished by 1:15, or I can book you in with Dóra on another day. Which do you prefer?
what-can-you-do-reply-1-wording-1 = Dóra 12:55-nél hamarabb nem kezdhet, az már késő Önnek. Kingának most van szabad helye, negyed kettőre végez, vagy beírom Dórához egy másik napra. Melyik legyen?

# en: Kinga now, done by 1:15, or Dóra another day: which?
what-can-you-do-reply-1-wording-2 = Kinga most, vagy Dóra másik napon. Melyik?

# en: dóra's not free till 12.55, too late. kinga can take you now and be done by 1.15, or i'll book you with dóra another day. which do you want?
what-can-you-do-reply-1-wording-3 = Őszintén: Dórával ma nem fér bele, ő 12:55-kor kezdene. Kinga viszont rögtön tudja csinálni, 13:15-re kész, vagy keresek Dóránál egy másik időpontot. Mit szeretne?

# en: Dóra won't be free until 12:55, too late for you. You can go with Kinga now and be done by 1:15, or I can book Dóra for another day. What would you prefer?
what-can-you-do-reply-1-wording-4 = Dórának 12:55 előtt nincs szabad perce, ez Önnek már nem jó. Kinga azonnal neki tud állni, 13:15-re végeznek, de az is lehet, hogy Dórához kap egy másik napon időpontot. Önre bízom, melyik.

# en: Kinga now, finished by 1:15, or Dóra another day?
what-can-you-do-reply-1-wording-5 = Kinga most, 13:15-re kész, vagy Dóra egy másik napon?

# en: two options: kinga's free this minute and done by quarter past, or i rebook you with dóra on another day. your call
what-can-you-do-reply-1-wording-6 = két opció van: kinga most rögtön, negyed kettőre kész, vagy átírom dórához egy másik napra. maga dönt

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = Egyenes kérdésre egyenes válasz: valódi kezdési idő, egy út, hogy ma is odaérjen, és választási lehetőség. A konkrét ajánlatok véget vetnek a várakozós játéknak.

# en: I'll have a word with Dóra and ask her to speed things up for you. She can start at ten to one and still have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = Beszélek Dórával, és megkérem, hogy igyekezzen a kedvéért. 12:50-kor kezdhet, és egy óra húszra így is végez, ebben biztos vagyok.

# en: Let me have a quick word with Dóra and get her to speed things along. She can get going by ten to one, and I'm sure you'll still be out by twenty past.
what-can-you-do-reply-2-wording-1 = Beszélek Dórával, hogy húzzon bele a kedvéért, így 12:50-kor kezdheti, és 13:20-ra még úgy is kész lesz, biztosra veszem.

# en: I'll ask Dóra to hurry; she'll have you done by 1:20.
what-can-you-do-reply-2-wording-2 = Megkérem Dórát, hogy siessen; 13:20-ra végez.

# en: i'll have a chat with dóra and get her to speed up, she can start at 12.50 and still be done by 1.20 i'm sure
what-can-you-do-reply-2-wording-3 = szolok doranak, hogy igyekezzen, 12:50-kor el tudja kezdeni, es 1:20-ra tuti kesz

# en: Let me ask Dóra to go a bit quicker for you. She can start at 12:50 and I'm sure she'll have you finished by 1:20.
what-can-you-do-reply-2-wording-4 = Hadd kérjem meg Dórát, hogy gyorsítson egy kicsit. Tíz perccel egy előtt el tudja kezdeni, és szerintem egy óra húszra biztosan kész.

# en: I'll get Dóra to hurry up so you're done by 1:20.
what-can-you-do-reply-2-wording-5 = Dórát megkérem, hogy tempózzon, 13:20-ra végez.

# en: I'll speak to Dóra and get her to work faster, she'll start at ten to one and you'll be out by twenty past, I'm sure.
what-can-you-do-reply-2-wording-6 = Beszélek Dórával, hogy gyorsabban dolgozzon, tíz perccel egy előtt kezd, és húsz perccel egy után már mehet is, ebben biztos vagyok.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = Próbálja megmenteni a megbeszélését, de valaki más munkájára tett ígéretet. Ha Dórának nem sikerül, Réka elkésik, és az ígéret az Öné volt.

# en: Not a lot today, I'm afraid. We're fully booked all afternoon, and the system won't let me double-book a chair. Shall I find you another day this week?
what-can-you-do-reply-3 = Ma sajnos nem sokat. Egész délután tele vagyunk, és a rendszer nem enged egy széket kétszer lefoglalni. Keressek Önnek egy másik napot a héten?

# en: Not much today, I'm afraid. We're booked solid for the rest of the afternoon, and the system doesn't allow double bookings. Shall I look for another day this week?
what-can-you-do-reply-3-wording-1 = Ma sajnos nem túl sokat. Egész délután telt ház van, és a rendszer nem engedi, hogy egy széket kétszer foglaljak le. Keressek egy másik napot ezen a héten?

# en: Not much, we're fully booked. Another day this week?
what-can-you-do-reply-3-wording-2 = Ma nem nagyon, tele vagyunk. Másik nap?

# en: honestly not a lot today sorry, we're full all afternoon and our booking software won't let me put two people in one chair. want me to look for a different day this week?
what-can-you-do-reply-3-wording-3 = ma sajnos szinte semmit, egesz delutan full, es a gep nem hagy duplan foglalni. nezzek egy masik idopontot erre a hetre?

# en: Not much, I'm afraid. The whole afternoon is booked out and the system won't let me put two clients in one chair. Shall I look at another day this week?
what-can-you-do-reply-3-wording-4 = Attól tartok, nem sokat. Az egész délután be van táblázva, és a foglalási program nem enged két vendéget ugyanarra a helyre tenni. Megnézzem, milyen napok jók a héten?

# en: Sorry, we're full today. Another day this week?
what-can-you-do-reply-3-wording-5 = Sajnos ma tele vagyunk. Egy másik nap a héten?

# en: sorry, theres not much i can do today, we're fully booked and the computer won't allow double bookings. want another day this week?
what-can-you-do-reply-3-wording-6 = Sajnálatos módon a mai napra nincs lehetőségem: a délután teljesen betelt, a rendszer pedig nem engedélyez dupla foglalást. Ajánlhatok egy másik napot ezen a héten?

# en: You answered from the system, not from the room: Kinga has a free chair right now. 'Not a lot' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = A rendszerből válaszolt, nem abból, amit a szalonban lát: Kingának épp most van szabad széke. A „nem sokat” azt üzeni Rékának, hogy hiába áldozta fel az ebédszünetét.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = Hogy siessen? Egy rendes gél lakkozásért fizetek, nem összecsapott munkáért. És tényleg meg tudja ígérni, hogy egy óra húszra végzek?

# en: No, I can't promise that for Dóra, and I shouldn't have. Kinga's free now and done by quarter past, or Dóra another day.
rushed-risk-reply-1 = Nem, ezt Dóra helyett nem ígérhetem meg, nem is kellett volna. Kinga most szabad, negyed kettőre végez, vagy Dóra máskor.

# en: No, I can't guarantee that on Dóra's behalf, and I was wrong to. Kinga is free now and would be done by 1:15, or you can see Dóra another day.
rushed-risk-reply-1-wording-1 = Nem, ezt nem ígérhetem meg Dóra nevében, és nem is kellett volna. Kingánál most van hely, 13:15-re végez, vagy Dóra egy másik alkalommal.

# en: No, I shouldn't have promised. Kinga now, or Dóra another day.
rushed-risk-reply-1-wording-2 = Nem ígérhetem, hiba volt. Kinga most ráér, vagy Dóra máskor.

# en: no, honestly i can't guarantee dóra's timing and i shouldn't have said it. kinga can do you now and finish by 1.15, or dóra on a different day
rushed-risk-reply-1-wording-3 = Igaza van, ezt Dóra helyett nem vállalhatom, elhamarkodott voltam. Vagy Kinga most azonnal, 13:15-re kész, vagy Dóra egy másik napon.

# en: No, I can't guarantee that with Dóra, and I was wrong to say it. Kinga can take you now and finish by quarter past, or you can see Dóra another day.
rushed-risk-reply-1-wording-4 = Nem, erre Dóra esetében nem tudok garanciát vállalni, rosszul tettem, hogy mondtam. Kingánál most azonnal sorra kerülhet, negyed kettőre kész, vagy egy másik napon jön Dórához.

# en: No, I can't promise that, sorry. Kinga now or Dóra another day?
rushed-risk-reply-1-wording-5 = Nem, ezt nem tudom megígérni, bocsánat. Kinga most, vagy Dóra máskor?

# en: You're right, I shouldn't have promised that for Dóra. What I can offer is Kinga now, done by 1:15, or Dóra on a different day.
rushed-risk-reply-1-wording-6 = igaza van, ezt dóra nevében nem kellett volna megígérnem. amit tudok ajánlani: kinga most, 1:15-re kész, vagy dóra egy másik napon

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = A saját ígéretét visszavonni kellemetlen, és pontosan ez a helyes. Egy garanciát, amit nem tarthatott be, két olyan ajánlatra cserélt, amit be tud tartani.

# en: Yes, I promise. Dóra's really quick when she needs to be, and she'd never do a rush job. You'll be out in plenty of time.
rushed-risk-reply-2 = Igen, megígérem. Dóra nagyon gyors, ha kell, és sosem csap össze semmit. Bőven időben végezni fog.

# en: Yes, I promise you. Dóra can be very fast when she has to be, and she never cuts corners. You'll leave with time to spare.
rushed-risk-reply-2-wording-1 = Igen, megígérem. Dóra szükség esetén nagyon gyors, és soha nem csap össze semmit, úgyhogy bőven időben végez.

# en: Yes, promise. Dóra's quick and never rushes; you'll be fine.
rushed-risk-reply-2-wording-2 = Igen, ígérem, Dóra gyors és alapos.

# en: yes i promise, dóra's super quick when she has to be, plus she'd never rush it. you'll be out with loads of time
rushed-risk-reply-2-wording-3 = persze, garantalom. dora ha kell, villamgyors, megsem csinal felmunkat. idoben kesz lesz, ne izguljon

# en: Yes, I promise. Dóra works really fast when she has to and she never does a rush job, you'll be out with time to spare.
rushed-risk-reply-2-wording-4 = Igen, megígérem. Dóra nagyon fürge, ha szükség van rá, hanyag munkát sosem ad ki a kezéből, és még tartalék ideje is marad.

# en: Yes, I promise, you'll be out in time.
rushed-risk-reply-2-wording-5 = Igen, ígérem, időben kész lesz.

# en: i promise yes, dora never rushes but she is really quick, you'll have loads of time
rushed-risk-reply-2-wording-6 = ígérem, igen, dóra sosem kapkod, de nagyon gyors, bőven lesz ideje

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember who promised.
rushed-risk-reply-2-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. Ha Dóra megint túllépi az időt, Réka emlékezni fog, ki ígérte.

# en: Well, it's that or rebook, I'm afraid. Those are the only two options we have today, and I can't change Dóra's diary.
rushed-risk-reply-3 = Hát, vagy ez, vagy egy új időpont, sajnos. Ma csak ez a két lehetőségünk van, és Dóra beosztásán nem tudok változtatni.

# en: Well, it's either that or we rebook you, I'm afraid. That's all we can offer today, and I can't alter Dóra's schedule.
rushed-risk-reply-3-wording-1 = Hát, vagy így, vagy egy új időpont, sajnálom. Mára csak ez a két lehetőség van, Dóra beosztásához pedig nem nyúlhatok.

# en: It's that or rebooking; those are your only options.
rushed-risk-reply-3-wording-2 = Vagy ez, vagy új időpont. Más nincs.

# en: well either that or you rebook, i'm afraid. there's only the two options today and dóra's diary won't budge
rushed-risk-reply-3-wording-3 = ez van, sajnos: vagy ez, vagy masik nap. ma nincs mas opcio, dora napjat nem tudom atszervezni

# en: I'm afraid it's either that or rebooking. Those are the only two choices today, and I can't move Dóra's schedule.
rushed-risk-reply-3-wording-4 = Attól tartok, ezen kívül csak az átírás marad. Mára nincs harmadik út, és Dóra naptárát nem én mozgatom.

# en: Sorry, it's that or rebook, nothing else.
rushed-risk-reply-3-wording-5 = Sajnálom, ez vagy átfoglalás, mást nem tudok.

# en: that's really all we can do today im afraid, take it or rebook, dora's diary can't be changed
rushed-risk-reply-3-wording-6 = Sajnos ma ennyit tudunk: vagy elfogadja, vagy új időpontot kérünk, Dóra napirendje nem módosítható.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = A „vagy ez, vagy semmi” türelmetlennek hangzik, és még csak nem is igaz: Kingának van szabad széke. Ez abba az irányba tolja Rékát, hogy valaki mást kérjen.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = Csütörtökön? Vagyis hiába áldoztam fel az ebédszünetemet? És a fél egy pont az az időpont, amelyik most elcsúszott!

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid. Everything else is booked until the end of the month.
rebook-reaction-reply-1 = Sajnos a csütörtök fél egy Dóra egyetlen ebédidős időpontja ezen a héten. Minden más a hónap végéig be van táblázva.

# en: I'm afraid Thursday at 12:30 is Dóra's only lunchtime space this week. She's fully booked otherwise until the month ends.
rebook-reaction-reply-1-wording-1 = Sajnos csütörtök fél egy az egyetlen ebédidős időpont Dóránál a héten. Hónap végéig minden más foglalt.

# en: Thursday 12:30 is her only lunchtime slot this week, sorry.
rebook-reaction-reply-1-wording-2 = Dóránál ez az egyetlen déli időpont, minden más tele.

# en: sorry, thursday at half 12 is the only lunch slot dóra's got this week, the rest is booked up for weeks
rebook-reaction-reply-1-wording-3 = sajna dóránál csak a csütörtök 12:30 van ebédidőben ezen a héten, a hónap végéig minden más be van telve

# en: Sorry, Thursday at 12:30 is Dóra's only lunchtime slot this week. The rest of her diary is full until the end of the month.
rebook-reaction-reply-1-wording-4 = Sajnos Dórának csak csütörtök fél egykor van ebédidőben szabad helye a héten, a többi napja a hónap végéig zsúfolásig foglalt.

# en: Sorry, that's Dóra's only lunch slot this week.
rebook-reaction-reply-1-wording-5 = Sajnos Dórának ez az egyetlen ebédidős helye a héten.

# en: It's the only lunchtime appointment she has, I'm afraid; Dóra's booked solid till the end of the month otherwise.
rebook-reaction-reply-1-wording-6 = Ez az egyetlen ebédidős szabad időpontja, sajnálom; egyébként Dóra a hónap végéig teljesen be van táblázva.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-1-feedback = A naptár felolvasása olyan kérdésre felel, amit nem tett fel. Épp most mondta, hogy az az időpont a baj; ha újra felajánlja, azzal azt mutatja, hogy nem hallotta.

# en: Fair on both counts; I jumped ahead. Kinga's free now and done by quarter past, or I'll book Dóra's first slot after her break.
rebook-reaction-reply-2 = Mindkettőben igaza van; elsiettem. Kinga most szabad, negyed kettőre végez, vagy beírom Dórához a szünete utáni első időpontra.

# en: You're right about both; I got ahead of myself. Kinga's available right now and would finish by 1:15, or I can book you into Dóra's first appointment after her break.
rebook-reaction-reply-2-wording-1 = Mindkét dologban igaza van, elkapkodtam. Kingánál azonnal van hely, 13:15-re kész, vagy Dóránál lefoglalom a közvetlenül az ebédszünete utáni sávot.

# en: Fair point, I rushed. Kinga now, or Dóra straight after her break?
rebook-reaction-reply-2-wording-2 = Igaza van, elhamarkodtam. Kinga most ráér, vagy Dóra a szünete után.

# en: fair, both of those. i jumped the gun. kinga can take you now and be done by 1.15, or i'll put you in dóra's first slot once she's back from her break
rebook-reaction-reply-2-wording-3 = Jogos mindkettő, túl gyors voltam. Ma is megoldható: Kinga rögtön be tud venni, 13:15-re kész, vagy Dórához kap egy időpontot rögtön az ő ebédje utánra.

# en: You're right on both points, I got ahead of myself. Kinga can do you now and finish by 1:15, or I can book you into Dóra's first slot after her break.
rebook-reaction-reply-2-wording-4 = Mindkét pontban igaza van, túlságosan előreszaladtam. Kinga most rögtön fogadni tudja, és 13:15-re végez, vagy beteszem Dóra első szabad időpontjára a szünete után.

# en: You're right, I jumped ahead. Kinga now, or Dóra after her break?
rebook-reaction-reply-2-wording-5 = Igaza van, előreszaladtam. Kinga most, vagy Dóra a szünete után?

# en: both fair points, i rushed that. how about kinga right now, done by quarter past, or dóra's first appointment once her break's over
rebook-reaction-reply-2-wording-6 = jogos mindkettő, elsiettem. mi lenne, ha kinga most rögtön csinálná, negyed kettőre kész, vagy dóránál az első hely a szünete után?

# en: You owned the slip and answered both things she said: today is not lost, and a slot straight after Dóra's break cannot be eaten by an earlier client.
rebook-reaction-reply-2-feedback = Vállalta az elhamarkodást, és mindkét dologra felelt, amit mondott: a mai nap nem veszett el, és a Dóra szünete utáni első időpontot nem eheti meg egy korábbi vendég.

# en: I know, I'm sorry, I only offered Thursday because Dóra's so busy lately, and her regulars always want the same lunchtime slots.
rebook-reaction-reply-3 = Tudom, sajnálom, csak azért ajánlottam a csütörtököt, mert Dóra mostanában nagyon elfoglalt, és a törzsvendégei mindig ugyanazokat az ebédidős időpontokat kérik.

# en: I know, sorry, I suggested Thursday only because Dóra's been so busy recently, and her regular clients always ask for the same lunch slots.
rebook-reaction-reply-3-wording-1 = Tudom, elnézést, azért jött szóba a csütörtök, mert Dóra mostanában nagyon keresett, és a visszatérő vendégei mind az ebédidőt akarják.

# en: Sorry, Dóra's just so busy; her regulars all want lunchtimes.
rebook-reaction-reply-3-wording-2 = Dóra nagyon foglalt, ezért csak a csütörtök maradt.

# en: i know, sorry, i only said thursday cos dóra's been flat out lately, her regulars always go for the same lunch slots
rebook-reaction-reply-3-wording-3 = bocs, csak azért a csütörtök, mert dórához most mindenki menne, és a törzsvendégek mind a déli sávokat viszik el

# en: I know, sorry, I only suggested Thursday because Dóra's so busy at the moment, and her regular clients always book the same lunch slots.
rebook-reaction-reply-3-wording-4 = Értem, bocsánat, a csütörtököt csak azért ajánlottam, mert Dóra most nagyon leterhelt, a rendszeres ügyfelei pedig mindig ugyanazokra az ebédidős helyekre jelentkeznek.

# en: Sorry, Dóra's just really busy, that's why Thursday.
rebook-reaction-reply-3-wording-5 = Bocsánat, Dóra nagyon elfoglalt, ezért csak csütörtök van.

# en: i know sorry, thursday was all i could offer because dora's regulars snap up the lunchtime slots, she's so busy lately
rebook-reaction-reply-3-wording-6 = tudom, bocsi, csak csutortokot tudtam adni, mert dora allando vendegei lecsapnak a deli idopontokra, nagyon porog mostanaban

# en: An explanation of the diary, not an answer to her. She asked whether her lunch break was wasted; telling her how popular Dóra is doesn't give it back.
rebook-reaction-reply-3-feedback = Magyarázat a naptárról, nem válasz neki. Azt kérdezte, kárba ment-e az ebédszünete; ha elmondja, mennyire népszerű Dóra, azzal nem kapja vissza.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = Na jó, elegem van. Bent van az üzletvezető? Olyasvalakivel szeretnék beszélni, aki ténylegesen el tudja intézni.

# en: Of course. If you'd like to take a seat, I'll go and get Zsuzsa for you. She's just in the back office doing the rota.
manager-demand-reply-1 = Természetesen. Ha helyet foglal, szólok Zsuzsának. Épp hátul van az irodában, a beosztáson dolgozik.

# en: Certainly. Please sit down and I'll go and fetch Zsuzsa. She's just out the back working on the rota.
manager-demand-reply-1-wording-1 = Természetesen. Üljön le addig, szólok Zsuzsának. Az irodában van hátul, a beosztást készíti.

# en: Sure, grab a seat and I'll go get Zsuzsa from the back office.
manager-demand-reply-1-wording-2 = Üljön le, szólok Zsuzsának.

# en: of course, pop yourself down and i'll grab zsuzsa, she's in the back office sorting the staff rota
manager-demand-reply-1-wording-3 = persze, foglaljon helyet, hatul van zsuzsa az irodaban, a heti beosztast csinalja, mindjart szolok neki

# en: Sure. Have a seat and I'll fetch Zsuzsa for you, she's in the back office working on the rota.
manager-demand-reply-1-wording-4 = Hogyne. Addig üljön le nyugodtan, én meg hátramegyek Zsuzsáért, a hátsó irodában a műszakokat tervezi.

# en: Of course, take a seat, I'll get the manager.
manager-demand-reply-1-wording-5 = Persze, üljön le, hívom a vezetőt.

# en: Yes, the manager's Zsuzsa, she's out the back doing the rota. If you sit down I'll go and get her.
manager-demand-reply-1-wording-6 = Igen, a vezetőnk Zsuzsa, most hátul a beosztást csinálja. Ha leül, elmegyek érte.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again to Zsuzsa.
manager-demand-reply-1-feedback = Udvarias, és tiszteletben tartja a kérését, de az ügy megoldatlanul kerül ki a kezéből, és az ebédszünetéből még több megy el arra, hogy mindent elmondjon Zsuzsának újra.

# en: Zsuzsa's in; I'll fetch her if you like. But I can fix this now: Kinga's free this minute and done by quarter past one.
manager-demand-reply-2 = Zsuzsa bent van, ha kéri, szólok neki. De most rögtön meg tudom oldani: Kinga ebben a percben szabad, és negyed kettőre végez.

# en: Zsuzsa is here, and I can get her if you want. But I can sort this right now: Kinga is free at this moment and could have you finished by 1:15.
manager-demand-reply-2-wording-1 = Zsuzsa itt van, ha szeretné, szólok neki. De én most azonnal megoldom: Kinga ebben a pillanatban szabad, és negyed kettőre kész.

# en: I can get Zsuzsa, or Kinga can do you now, done by 1:15.
manager-demand-reply-2-wording-2 = Hívhatom Zsuzsát, de Kinga most szabad, 13:15-re kész.

# en: zsuzsa's around, happy to get her for you. but i can sort it straight away, kinga's free this second and can be done by quarter past
manager-demand-reply-2-wording-3 = Bent van a vezető, ha ragaszkodik hozzá, kihívom. Csakhogy ezt én is elintézem most: Kingának épp üres a széke, negyed kettőre végez Önnel.

# en: Zsuzsa is here and I can get her for you. But I can actually sort this right now: Kinga is free and can have you done by quarter past one.
manager-demand-reply-2-wording-4 = Zsuzsa itt van, el tudom hívni. Viszont ezt én most rögtön rendbe is tudom tenni: Kinga épp ráér, és egy óra tizenötre kész lesz.

# en: I can get Zsuzsa, but Kinga can do you now.
manager-demand-reply-2-wording-5 = Szólhatok Zsuzsának, de Kinga azonnal tudja csinálni.

# en: happy to get zsuzsa if you want, but i can fix it now, kinga is free and will have you finished by 1.15
manager-demand-reply-2-wording-6 = szívesen szólok zsuzsának, ha kéri, de most rögtön meg tudom oldani: kinga szabad, 1:15-re végez is

# en: You respected her request and still kept the case: a way to make her meeting, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-2-feedback = Tiszteletben tartotta a kérését, és mégis Önnél maradt az ügy: azonnal van út, hogy odaérjen a megbeszélésre. A vendégek sokszor csak azért kérik a vezetőt, mert feladták a reményt az előttük álló emberrel kapcsolatban.

# en: Of course. I'll bring Zsuzsa out now and tell her the whole story myself, the twenty minutes and your half-one meeting, so you needn't repeat it.
manager-demand-reply-3 = Természetesen. Most kihívom Zsuzsát, és én magam mondok el neki mindent, a húsz percet és a fél kettes megbeszélését, hogy ne kelljen megismételnie.

# en: Certainly. I'll bring Zsuzsa out right away and give her the full story myself, the twenty-minute wait and your meeting at half one, so you won't need to repeat any of it.
manager-demand-reply-3-wording-1 = Természetesen. Azonnal kihívom Zsuzsát, és a húsz perc csúszást meg a fél kettes megbeszélését is én mondom el neki, hogy Önnek ne kelljen ismételnie.

# en: Sure, I'll bring Zsuzsa out and fill her in on the whole story myself.
manager-demand-reply-3-wording-2 = Hívom Zsuzsát, és mindent elmondok neki én.

# en: of course, i'll go get zsuzsa and fill her in on the whole thing, the 20 min wait and your meeting at half one, so you don't have to say it all again
manager-demand-reply-3-wording-3 = Természetesen, kihívom Zsuzsát, és mindent elmondok neki én magam, a húszperces csúszást és hogy fél kettőkor megbeszélése van, így nem kell megismételnie.

# en: Sure. I'll bring Zsuzsa out right now and explain everything to her myself, the twenty minute wait and your meeting at half one, so you don't have to tell it all again.
manager-demand-reply-3-wording-4 = Persze. Most azonnal kihozom Zsuzsát, és én magam foglalom össze neki az egészet, a húszperces várakozást és a fél kettes megbeszélését is, hogy ne kelljen mindent újra elmondania.

# en: Yes, I'll get Zsuzsa and explain it all to her myself.
manager-demand-reply-3-wording-5 = Igen, kihívom Zsuzsát, és én mondok el neki mindent, hogy ne kelljen ismételnie.

# en: Of course, Réka. I'll brief Zsuzsa on the whole thing myself before she comes out, so you won't have to go over it again.
manager-demand-reply-3-wording-6 = Természetesen, Réka. Mielőtt kijön, Zsuzsát én tájékoztatom mindenről, így Önnek nem kell még egyszer végigmennie rajta.

# en: A good handover: she won't have to tell it twice and you stay with it. But nothing here needed the manager; Kinga's free chair was yours to offer, and every minute of handing over is a minute of her lunch break.
manager-demand-reply-3-feedback = Jó átadás: nem kell kétszer elmondania, és Ön is ott marad vele. Csakhogy itt nem kellett a vezető; Kinga szabad székét Ön is felajánlhatta volna, és az átadás minden perce az ebédszünetéből megy el.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today, and she can't magic up a free technician.
manager-demand-reply-4 = Zsuzsa sajnos ugyanezt fogja mondani. Ma tele vagyunk, és ő sem tud a semmiből szabad műkörmöst előhúzni.

# en: I'm afraid Zsuzsa would say exactly the same. We're booked up today, and she can't conjure a free nail tech out of thin air.
manager-demand-reply-4-wording-1 = Zsuzsa sajnos ugyanezt mondaná. Ma teltház van, ő sem tud varázsütésre szabad műkörmöst szerezni.

# en: Zsuzsa will say the same; we're fully booked.
manager-demand-reply-4-wording-2 = Zsuzsa sem mondana mást, tele vagyunk.

# en: zsuzsa's only going to tell you the same sorry, we're full today and she can't just magic up another technician
manager-demand-reply-4-wording-3 = a vezető se tud csodát tenni, ma minden foglalt, nincs egy szabad kolléga sem, akit elő tudna venni

# en: I'm afraid Zsuzsa will just say the same. We're full today, and she can't make a free technician appear from nowhere.
manager-demand-reply-4-wording-4 = Sajnos Zsuzsától sem fog mást hallani. Mára minden időpont elkelt, és ő sem tud hirtelen egy üres kolléganőt elővarázsolni.

# en: The manager can't do anything, we're full.
manager-demand-reply-4-wording-5 = A vezető sem tud mit tenni, tele vagyunk.

# en: honestly the manager would tell you the exact same thing, we're booked up and there's no spare technician
manager-demand-reply-4-wording-6 = őszintén, a főnök is pontosan ezt mondaná, nincs szabad hely és nincs szabad körmös se

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

# en: Just between you and me, Dóra is always running late. I've said to the manager several times that she crams her bookings in too tight, but nothing's ever done.
colleague-question-reply-1-wording-1 = Maradjon köztünk, de Dóra állandóan csúszik. Már többször jeleztem a vezetőnek, hogy túl szorosra veszi a napját, de semmi nem változik.

# en: Between us, Dóra's always late, and nothing changes.
colleague-question-reply-1-wording-2 = Köztünk szólva, Dóra mindig késik.

# en: between you and me dóra's constantly behind. i've told the boss loads of times she overbooks herself but nothing ever happens
colleague-question-reply-1-wording-3 = őszintén, négyszemközt: dóránál ez rendszeres. szóltam már a főnöknek, hogy túl sűrűn foglal, de hiába

# en: Between you and me, Dóra always runs late. I keep telling the manager she packs her bookings too close together, but nothing is ever done about it.
colleague-question-reply-1-wording-4 = Bizalmasan: Dóránál a késés mindennapos. Hiába mondom a főnöknek, hogy túl szorosan egymás után veszi a vendégeket, senki nem lép semmit.

# en: Honestly, Dóra's always behind, between us.
colleague-question-reply-1-wording-5 = Dóra örökké csúszik, de ez maradjon köztünk.

# en: off the record dora is always late, she overbooks herself and the manager never does anything about it even though i've said
colleague-question-reply-1-wording-6 = nem hivatalosan: dora mindig keses, tulfoglalja magat, es a vezeto semmit nem csinal vele, pedig mar szoltam

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-1-feedback = Olyan, mintha az ő pártját fogná, de ha egy kollégát szapul, az egész szalon megbízhatatlannak látszik, és Dóra két éve csinálja a körmét. Most azon gondolkodik, róla mit mond.

# en: Honestly, her morning just ran over, and that's nobody's fault. You'll be in good hands with Kinga, she's lovely.
colleague-question-reply-2 = Őszintén, csak elhúzódott a délelőttje, ez senkinek sem a hibája. Kingánál jó kezekben lesz, nagyon kedves.

# en: To be honest, her morning just overran, and no one's to blame. Kinga will look after you well, she's really nice.
colleague-question-reply-2-wording-1 = Egyszerűen tovább tartottak a délelőtti kezelései, senki nem tehet róla. Kinga keze alatt jó helyen lesz, nagyon kedves lány.

# en: Her morning just ran long; no one's fault. Kinga's lovely.
colleague-question-reply-2-wording-2 = Csak csúszott a délelőttje, senki sem hibás. Kinga kedves.

# en: honestly her morning just went over, not anyone's fault. you'll be fine with kinga, she's great
colleague-question-reply-2-wording-3 = csak tovabb tartott ma a delelott, nem kell ebben bunost keresni. kingaval jol jar majd, tunderi

# en: To be honest, her morning just overran, it's no one's fault. Kinga's lovely, you'll be well looked after.
colleague-question-reply-2-wording-4 = Az igazat megvallva csak tovább tartott a délelőtti munkája, ebben senki sem vétkes. Kinga remek, nála biztosan elégedett lesz.

# en: Her morning ran over, nobody's fault. Kinga's great.
colleague-question-reply-2-wording-5 = Elhúzódott a délelőttje, nincs ebben hiba. Kinga nagyszerű.

# en: Kinga will take good care of you, she's lovely. Dóra's morning just ran long, that's not anyone's fault.
colleague-question-reply-2-wording-6 = Kinga nagyon jól fog vigyázni Önre, igazán kedves. Dórának egyszerűen hosszúra nyúlt a délelőttje, ezért nem okolható senki.

# en: No one blamed, and a kind word for Kinga. But she mentioned last month too: the best reply owned the part that really went wrong twice, nobody telling her in time.
colleague-question-reply-2-feedback = Senkit sem hibáztatott, és jó szót szólt Kingáról. De a múlt hónapot is említette: a legjobb válasz azt a részt vállalta, ami kétszer is tényleg elromlott, hogy senki nem szólt neki időben.

# en: Her morning ran over; that happens with treatments. What shouldn't happen is you finding out at the desk. That part's on us.
colleague-question-reply-3 = Elhúzódott a délelőttje; kezeléseknél ez előfordul. Az nem fordulhat elő, hogy Ön a pultnál tudja meg. Ez a mi hibánk.

# en: Her morning overran, which does happen with treatments. What should never happen is you only hearing about it when you reach the desk. That part's our fault.
colleague-question-reply-3-wording-1 = Ma tovább tartottak a délelőtti kezelései, ilyesmi előfordul. Az viszont nem elfogadható, hogy Ön itt a pultnál szembesül vele. Ezért mi felelünk.

# en: Her morning overran, but you should've been told sooner; that's on us.
colleague-question-reply-3-wording-2 = Elhúzódott a délelőtt, de hogy a pultnál tudja meg, az a mi hibánk.

# en: her earlier clients ran over, that can happen. but you shouldn't be finding out when you get to reception, that bit's our fault
colleague-question-reply-3-wording-3 = Elhúzódott a délelőtt, kezeléseknél ez megesik. Az a gond, hogy senki nem szólt Önnek időben, csak itt tudta meg, és ez a mi mulasztásunk.

# en: Her morning overran, which can happen with treatments. But you shouldn't have found out only when you got to the desk, and that's our fault.
colleague-question-reply-3-wording-4 = Dóra délelőtti munkája tovább tartott, ez a szakmával jár. Azt viszont nekünk kellett volna előre jeleznünk, nem itt a recepción közölni Önnel, ezt mi rontottuk el.

# en: Her morning overran, but we should've told you sooner.
colleague-question-reply-3-wording-5 = Elhúzódott, de időben szólnunk kellett volna, ez a mi hibánk.

# en: treatments run over sometimes, that's normal. you finding out at reception isnt though, that bit's on us
colleague-question-reply-3-wording-6 = a kezelesek neha elhuzodnak, ez normalis. az viszont nem, hogy maga a recepcion tudja meg, ez a mi hibank

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-3-feedback = Őszinte ok, senkiről nem mondott ítéletet, és azt a részt, ami tényleg elromlott, hogy senki nem szólt neki időben, a pult vállalta. Dóra olyasvalaki marad, akire Réka nyugodtan rábízza a körmét.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra herself when you see her next.
colleague-question-reply-4 = Sajnos nem tudom megmondani. Én csak a pultnál vagyok; ezt Dórától kellene megkérdeznie, amikor legközelebb találkoznak.

# en: I'm afraid I don't know. I just work on reception; you'd need to ask Dóra yourself next time you see her.
colleague-question-reply-4-wording-1 = Sajnos erre nem tudok válaszolni. Én csak a recepción dolgozom; ezt Dórától kérdezze meg, amikor legközelebb nála lesz.

# en: No idea, I'm just reception; ask Dóra.
colleague-question-reply-4-wording-2 = Nem tudom, kérdezze Dórát.

# en: sorry, no clue, i just do the desk, you'll need to ask dóra next time you're in
colleague-question-reply-4-wording-3 = bocs, erre nem tudok valaszolni, en csak recepcios vagyok. majd dorat kerdezze meg legkozelebb

# en: Sorry, I don't know. I just work on reception, so you'd be best asking Dóra yourself next time.
colleague-question-reply-4-wording-4 = Ezt sajnos nem tudhatom, én itt csak a fogadópultot viszem. Érdemes lesz Dórát magát megkérdeznie, ha legközelebb jön.

# en: I don't know, you'd have to ask Dóra.
colleague-question-reply-4-wording-5 = Nem tudom, ezt Dórától kellene megkérdeznie.

# en: That's not something I'd know, I'm afraid, I only do the front desk. Ask Dóra when you next see her.
colleague-question-reply-4-wording-6 = Erről nincs információm, sajnálom, én kizárólag a recepcióért felelek. Legközelebb érdeklődjön Dóránál.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-4-feedback = Nincs hibáztatás, de válasz sincs. A „csak a pultnál vagyok” a hírvivő kifogása; a pultnál Ön a szalon a szemében.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = Mindig? Két éve ő csinálja a körmömet. És ha tudják, hogy mindig késésben van, miért foglalják be neki egymás után a vendégeket?

# en: That was unfair of me; Dóra's excellent. The diary is kept here at the desk, so the gaps are mine to fix.
gossip-reaction-reply-1 = Ez igazságtalan volt tőlem; Dóra kiváló. A naptárat itt a pultnál vezetjük, a szüneteket nekem kell beépítenem.

# en: I shouldn't have said that; Dóra's brilliant. The bookings are managed here at reception, so the spacing is my job to sort out.
gossip-reaction-reply-1-wording-1 = Ezt nem lett volna szabad mondanom, Dóra kiváló. A naptárat mi vezetjük itt a pultnál, a szüneteket nekem kellene betervezni.

# en: That was unfair; Dóra's great. The diary's mine to fix.
gossip-reaction-reply-1-wording-2 = Ezt visszavonom, Dóra kiváló; a foglalás az én dolgom.

# en: that wasn't fair of me, dóra's fantastic. we do the booking diary here on the desk, so sorting the gaps is on me
gossip-reaction-reply-1-wording-3 = Igazságtalan voltam vele, Dóra remekül dolgozik. A beosztás a recepción készül, az én feladatom, hogy legyen levegő a foglalások között.

# en: I shouldn't have said that, it wasn't fair; Dóra is excellent. We do the diary here at reception, so fixing the gaps is my job.
gossip-reaction-reply-1-wording-4 = Ezt rosszul mondtam, Dórával szemben nem volt fair, kitűnő szakember. A beosztást mi készítjük a recepción, vagyis a foglalások közti ráhagyás az én felelősségem.

# en: That wasn't fair of me. Dóra's brilliant, the bookings are my job.
gossip-reaction-reply-1-wording-5 = Igazságtalan voltam. Dóra remek, a naptárért én felelek.

# en: You're right, that was unfair, Dóra's great at what she does. The booking gaps are on the desk, so that's mine to sort.
gossip-reaction-reply-1-wording-6 = Igaza van, ez nem volt korrekt, Dóra nagyon jó abban, amit csinál. A foglalások közti réseket a pult intézi, vagyis ezt nekem kell rendbe tennem.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = Visszavonta a megjegyzést, és oda tette a hibát, ahol javítani lehet: a foglalási naptárba. Ha az okot javítja, a következő ebédidős vendéget is megvédi.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision, I'm afraid; the manager does the diary herself.
gossip-reaction-reply-2 = Én csak elmondom, milyen ez a színfalak mögött. A foglalások sajnos nem rajtam múlnak; a naptárat maga a vezető intézi.

# en: I'm only telling you how things are backstage. The bookings aren't up to me, I'm afraid; the manager handles the diary personally.
gossip-reaction-reply-2-wording-1 = Én csak elmondom, hogy megy ez a kulisszák mögött. A foglalásokról sajnos nem én döntök, a naptárat a vezető kezeli.

# en: Bookings aren't my call; the manager runs the diary.
gossip-reaction-reply-2-wording-2 = A foglalás nem rajtam múlik, azt a vezető intézi.

# en: i'm just saying what goes on backstage. i don't decide the bookings though, the manager sorts the diary herself
gossip-reaction-reply-2-wording-3 = en csak elmeseltem, hogy van ez belulrol. a beosztas nem az en asztalom, azt a fonok csinalja

# en: I'm only telling you how it is behind the scenes. I don't make the bookings, I'm afraid, the manager does the diary herself.
gossip-reaction-reply-2-wording-4 = Csak elmondtam, hogy megy ez a színfalak mögött. Az időpontokat sajnos nem én osztom ki, azt személyesen az üzletvezető intézi.

# en: Not my decision, the manager does the bookings.
gossip-reaction-reply-2-wording-5 = Nem én döntök, a foglalásokat a vezető csinálja.

# en: just telling you how it really is back there. the manager does all the booking herself so it's not up to me
gossip-reaction-reply-2-wording-6 = csak mondom, hogy megy ez hátul. a vezető maga intéz minden foglalást, szóval nem rajtam múlik

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = Ha a pletykát védi, aztán a naptárat sem vállalja, azt gondolja, itt senki sem felel semmiért, legkevésbé az ő idejéért.

# en: Oh, don't get me wrong, she's lovely, and her work's brilliant. It's just that some days are busier than others, you know how it is.
gossip-reaction-reply-3 = Jaj, ne értse félre, nagyon kedves, és remekül dolgozik. Csak hát vannak forgalmasabb napok, tudja, hogy van ez.

# en: Oh, please don't misunderstand, she's lovely and her nails are brilliant. Some days are just busier than others, that's all.
gossip-reaction-reply-3-wording-1 = Jaj, ne vegye úgy, ő nagyon kedves, és kiválóan dolgozik. Egyszerűen vannak zsúfoltabb napok, tudja, hogy megy ez.

# en: She's lovely, honestly; some days are just busier.
gossip-reaction-reply-3-wording-2 = Ne értse félre, Dóra remek, csak ma sok a dolog.

# en: oh no don't take it the wrong way, she's really lovely and her work's amazing. it's just some days are manic, you know what it's like
gossip-reaction-reply-3-wording-3 = jaj, nem úgy értettem, dóra egy tündér és nagyon ügyes. csak hát néha besűrűsödnek a dolgok, ismeri ezt

# en: Oh no, I didn't mean it like that, she's lovely and does brilliant work. Some days are just busier, you know how it goes.
gossip-reaction-reply-3-wording-4 = Ó, dehogy, nem úgy gondoltam, ő egy aranyos ember, és szépen dolgozik. Csak néha több a vendég, ismerős ez, nem?

# en: Don't get me wrong, she's lovely, just busy days.
gossip-reaction-reply-3-wording-5 = Félreértett, Dóra aranyos, csak sűrű napok vannak.

# en: oh she's lovely, really, and brilliant at nails. it's just that some days get busier than others, you know
gossip-reaction-reply-3-wording-6 = á, dóra nagyon aranyos, tényleg, és remek körmös. csak vannak napok, amik pörgősebbek, tudja

# en: You softened the remark but skipped her question: why book Dóra back to back? 'You know how it is' asks her to accept the very thing she is complaining about.
gossip-reaction-reply-3-feedback = Tompította a megjegyzést, de átsiklott a kérdésén: miért foglalják be Dórát egymás után? A „tudja, hogy van ez” azt kéri tőle, hogy fogadja el épp azt, ami miatt panaszkodik.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = Hát. Attól még korán jöttem, és az ebédszünetem felét a várójukban ültem végig.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = A gyakorlati probléma majdnem megoldódott. Az érzelmi nem: úgy érzi, az ideje nem számított.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time. That's the main thing, isn't it?
lunch-lost-reply-1 = Hát, legalább Kinga most be tudja venni, így időben visszaér. Ez a lényeg, nem?

# en: Well, Kinga can see you now at least, so you'll get back on time. That's what matters most, right?
lunch-lost-reply-1-wording-1 = Hát, Kinga legalább most be tud venni, így időben visszaér. Végül is ez a fontos, nem?

# en: At least Kinga can do you now; that's the main thing.
lunch-lost-reply-1-wording-2 = Legalább időben visszaér, nem?

# en: well kinga can squeeze you in now at least so you'll make it back, that's what counts isn't it?
lunch-lost-reply-1-wording-3 = de legalabb kinga most rogton megcsinalja, es idoben beer az irodaba. ez szamit, nem igaz?

# en: Well, the good news is Kinga can see you now, so you'll get back in time. That's what really matters, isn't it?
lunch-lost-reply-1-wording-4 = Nos, a jó hír, hogy Kingánál most rögtön sorra kerül, így nem fog elkésni. Az a legfontosabb, nem?

# en: At least you'll be back in time with Kinga.
lunch-lost-reply-1-wording-5 = Kingával legalább időben visszaér.

# en: well at least you'll make it back now kinga can take you, that's the important bit right?
lunch-lost-reply-1-wording-6 = hát legalább most visszaér, hogy kinga bevette, az a fő, nem?

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-1-feedback = Igaz, és a gyakorlati gond megoldódott, de a „legalább” elsiklik afölött, amit épp mondott. Az ideje volt az igazi panasz, és senki sem ismerte el.

# en: You did, and that's not right. Today's manicure is 20% off, and I've noted on your card to ring you if we run late.
lunch-lost-reply-2 = Így van, és ez nincs rendjén. A mai lakkozás 20% kedvezménnyel megy, és felírtam a kartonjára, hogy telefonáljunk, ha csúszunk.

# en: Yes, you did, and it shouldn't have happened. You'll get 20% off today's manicure, and I've put a note on your record to phone you if we're behind.
lunch-lost-reply-2-wording-1 = Valóban, és ez nem helyes. A mai lakkozásból 20% kedvezményt adok, és a kartonjára felírtam, hogy hívjuk fel, ha csúszásban vagyunk.

# en: That's not right. 20% off today, and we'll ring you if we're late.
lunch-lost-reply-2-wording-2 = Így van, ez nincs rendjén. Ma húsz százalékot engedünk, és a kartonjára is felírtam: ha csúszunk, telefonálunk.

# en: yep, and that's not ok. 20% off today's nails, and i've added a note to your file so we call you if we're running behind
lunch-lost-reply-2-wording-3 = így van, ez nem oké. a mai gél 20%-kal olcsóbb, és bejegyeztem a kartonjára, hogy csúszásnál előre szóljunk telefonon

# en: You did, and that's not okay. I'm taking 20% off today's manicure, and I've put a note on your card so we phone you if we're running late.
lunch-lost-reply-2-wording-4 = Valóban, és ez elfogadhatatlan. A mai gél lakkozás árából lejön 20%, és a vendégadatlapjára rögzítettem, hogy csúszás esetén előre hívjuk telefonon.

# en: 20% off today, and we'll call you next time we're late.
lunch-lost-reply-2-wording-5 = Ma 20% kedvezmény, és legközelebb hívjuk, ha késünk.

# en: Réka, that shouldn't have happened. Today's nails are 20% off, and your card now says to ring you whenever we're behind.
lunch-lost-reply-2-wording-6 = Réka, ennek nem kellett volna megtörténnie. A mai lakkozás 20%-kal kevesebb, és mostantól a kartonján szerepel, hogy telefonáljunk, valahányszor késésben vagyunk.

# en: A real gesture and a change you control, both well judged. But it went straight to the remedy; the best reply first said what half a lunch break in a waiting area feels like, which is what she was telling you.
lunch-lost-reply-2-feedback = Valódi gesztus és egy változtatás, ami Önön múlik, mindkettő jól eltalálva. Csakhogy egyenesen a jóvátételre ugrott; a legjobb válasz előbb kimondta, milyen fél ebédszünetet egy váróban tölteni, és ő épp ezt mondta el.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again. I'll personally make sure of it.
lunch-lost-reply-3 = Nagyon sajnálom, Réka. Megígérem, hogy ez soha, de soha többé nem fordul elő. Személyesen gondoskodom róla.

# en: I'm really sorry, Réka. I promise this will never happen again, not ever. I'll see to it myself.
lunch-lost-reply-3-wording-1 = Nagyon sajnálom, Réka. Ígérem, hogy ez soha többé nem ismétlődik meg, személyesen figyelek rá.

# en: Really sorry, Réka; it'll never happen again, promise.
lunch-lost-reply-3-wording-2 = Soha többé nem lesz ilyen, ígérem.

# en: Réka i'm so so sorry, i promise you this won't ever happen again, i'll see to it myself
lunch-lost-reply-3-wording-3 = Réka, borzasztóan sajnálom, és esküszöm, ilyen többet nem fordul elő, ezt én magam garantálom.

# en: I'm really so sorry, Réka. I promise this will never happen to you again, I'll make sure of it personally.
lunch-lost-reply-3-wording-4 = Igazán nagyon sajnálom, Réka. Szavamat adom, hogy Önnel ilyen még egyszer nem esik meg, erről én magam gondoskodom.

# en: Sorry, I promise it'll never happen again.
lunch-lost-reply-3-wording-5 = Bocsánat, ígérem, ez nem fordul elő többet.

# en: i'm so sorry, never again, i promise you, i'll make sure of it myself
lunch-lost-reply-3-wording-6 = annyira sajnálom, soha többé, ígérem, erre én magam figyelek

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = Kedves, és hallja, hogy törődik vele, de a „soha többé” olyan ígéret, amit egyetlen szalon sem tarthat be. Egy gesztus és egy Önön múló változtatás többet jelentett volna egy fogadalomnál.

# en: Half your lunch break in our waiting area; I'd be fed up too. Today's manicure is 20% off, with my apologies.
lunch-lost-reply-4 = Fél ebédszünet a várónkban; nekem is elegem lenne. A mai lakkozás 20% kedvezménnyel megy, bocsánatkérésem jeléül.

# en: You've spent half your lunch hour sitting in our waiting room; I'd be annoyed too. I'm taking 20% off today's manicure, and I'm sorry.
lunch-lost-reply-4-wording-1 = Az ebédszünete fele a várónkban telt el; én is dühös lennék. Bocsánatkérésként a mai lakkozás 20%-kal olcsóbb.

# en: Half your lunch, gone waiting; I'd be fed up. 20% off today.
lunch-lost-reply-4-wording-2 = Fél ebédszünet a váróban, nekem is elegem lenne. Ma 20% kedvezmény.

# en: half your lunch break stuck sitting in our waiting area? honestly i'd be fed up as well. have 20% off today's manicure, sorry again
lunch-lost-reply-4-wording-3 = A fél szünetét nálunk ülte végig, ezen én is kiakadnék. Elnézésként a mai gél lakkozásból húsz százalékot elengedünk.

# en: You've lost half your lunch sitting in our waiting room, I'd be fed up as well. I'm giving you 20% off today's manicure, and I'm sorry.
lunch-lost-reply-4-wording-4 = Fél ebédidőt töltött a váróban, nekem is tele lenne a hócipőm. A mai lakkozásból 20%-ot engedek, és bocsánatot kérek.

# en: I'd be fed up too. 20% off today, sorry.
lunch-lost-reply-4-wording-5 = Én is mérges lennék. Ma 20% kedvezmény, bocsánat.

# en: i'd be annoyed too if half my lunch went on sitting in the waiting area. 20% off the manicure today with my apologies
lunch-lost-reply-4-wording-6 = én is bosszús lennék, ha a fél ebédem a váróban menne el. a mai lakkozás 20%-kal olcsóbb, bocsánatkérésképp

# en: You put yourself in her chair and said what it cost her, then matched the words with something real. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-4-feedback = A helyébe képzelte magát, kimondta, mibe került neki, aztán valami kézzelfoghatóval támasztotta alá a szavait. Így lesz az elvesztett ebédszünetből ok a visszatérésre.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = Ó, Kinga integet? Már vár rám?

# en: Yes, she's all ready for you now. Go on through, it's station two on the left, just past the window. Can I take your coat?
handover-reply-1 = Igen, már készen áll Önre. Menjen csak be, a kettes asztal balra, az ablak után. Elvehetem a kabátját?

# en: Yes, she's ready for you. Head on through, it's the second station on the left, just beyond the window. Shall I take your coat?
handover-reply-1-wording-1 = Igen, már várja Önt. Menjen csak, a kettes asztal bal kéz felől, az ablak után. Elvegyem a kabátját?

# en: Yes, go through: second station, on the left. Coat?
handover-reply-1-wording-2 = Igen, menjen be, kettes asztal. A kabátot elveszem?

# en: yep she's ready! go on through, station 2 on the left past the window. want me to take your coat?
handover-reply-1-wording-3 = igen, mar kesz. balra a kettes asztal, az ablakon tul, a kabatot felakasszam?

# en: Yes, she's ready now. Head through to station two, on the left past the window. Shall I take your coat for you?
handover-reply-1-wording-4 = Igen, már várja. Fáradjon át a kettes helyre, az ablakon túl balra. Átvegyem a kabátját?

# en: Yes, go through, station two. Can I take your coat?
handover-reply-1-wording-5 = Igen, kettes hely. Átveszem a kabátját?

# en: yes she is, station 2, just on the left after the window. i'll take your coat if you like
handover-reply-1-wording-6 = igen, a 2-es asztal, rögtön balra az ablak után. a kabátot ha kéri, elveszem

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-1-feedback = Gyors és elég udvarias, de nem köszönte meg a türelmét, és Kinga semmit sem tud a fél kettőről. Rékának megint el kell magyaráznia a határidejét.

# en: She is, thank you for waiting. Kinga, this is Réka; she has a meeting at half one, so she's out by twenty past.
handover-reply-2 = Igen, és köszönöm, hogy várt. Kinga, ő Réka; fél kettőkor megbeszélése van, úgyhogy egy óra húszkor indul.

# en: She is, and thanks for waiting so patiently. Kinga, this is Réka, who has a half-one meeting, so we'll have her out by twenty past.
handover-reply-2-wording-1 = Igen, és köszönöm a türelmét. Kinga, bemutatom Rékát: fél kettőkor tárgyalása van, ezért 13:20-kor mennie kell.

# en: Thanks for waiting. Kinga, Réka has to leave by 1:20.
handover-reply-2-wording-2 = Köszönöm, hogy várt. Kinga, Rékának 13:20-kor indulnia kell.

# en: she is, thanks so much for waiting! kinga, meet Réka, she's got a 1.30 meeting so she needs to be out by 1.20
handover-reply-2-wording-3 = Igen, és nagyon köszönöm, hogy ilyen türelmesen várt. Kinga, ő itt Réka; 13:30-ra találkozóra megy, úgyhogy 13:20-kor indul.

# en: She is, thank you so much for your patience. Kinga, let me introduce Réka; she's got somewhere to be at 1:30, so aim to finish at 1:20.
handover-reply-2-wording-4 = Igen, és nagyon köszönöm a türelmét. Kinga, hadd mutassam be Rékát; fél kettőre mennie kell valahová, úgyhogy 13:20-ra végezzetek.

# en: Thanks for waiting. Kinga, this is Réka, out by 1:20.
handover-reply-2-wording-5 = Köszönöm, hogy várt. Kinga, ő itt Réka, 13:20-kor indul.

# en: thanks for bearing with us! kinga, meet Réka, she has to leave by twenty past for a half one meeting
handover-reply-2-wording-6 = köszönjük, hogy kibírta velünk! kinga, bemutatom rékát, egy óra húszkor indulnia kell, fél kettőre találkozóra megy

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-2-feedback = Megköszönte a türelmét, és továbbadta azt az egy részletet, ami a legfontosabb, a határidejét, így nem kell újra elmondania, és nem egyedül figyeli az órát.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering after all that waiting.
handover-reply-3 = Igen! Menjen csak, lazítson, és ne siessen semmivel. Ennyi várakozás után megérdemel egy kis kényeztetést.

# en: Yes! In you go, relax and don't rush. You deserve a little treat after all that waiting.
handover-reply-3-wording-1 = Igen! Menjen csak, lazuljon el, nem kell sietni semmivel. Ennyi várakozás után jár egy kis kényeztetés.

# en: Yes! Relax and take it slow; you've earned it.
handover-reply-3-wording-2 = Igen, menjen, pihenjen, ne siessen!

# en: yes! off you go, sit back and enjoy it, no rush. you deserve some pampering after that wait
handover-reply-3-wording-3 = igen! nyugodtan, relaxaljon, semmi kapkodas, ezt most megerdemli a sok varas utan

# en: Yes! In you go, relax and enjoy it, no hurry. You deserve some pampering after all that waiting.
handover-reply-3-wording-4 = Igen! Menjen csak be, dőljön hátra és élvezze, ráér. A sok várakozás után igazán megérdemli, hogy kényeztessük.

# en: Yes, go on in and relax, take your time.
handover-reply-3-wording-5 = Igen, menjen be, és lazítson, ráér.

# en: she is! go and put your feet up, take as long as you like, you've earned a treat after waiting that long
handover-reply-3-wording-6 = igen! helyezze magát kényelembe, annyi ideig maradjon, amennyit csak szeretne, ennyi várás után ez jár

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = Kedves szalonos mondat, de a „ne siessen” pont az, amit nem tehet meg. Mindezek után azt mutatja, hogy a fél kettes megbeszélése kiment a fejéből.

# en: She is. Kinga, Réka's got a meeting at half one, so she needs to be out by twenty past, please.
handover-reply-4 = Igen. Kinga, Rékának fél kettőkor megbeszélése van, úgyhogy egy óra húszra végezni kell vele.

# en: Yes. Kinga, Réka has a 1:30 meeting, so she has to be finished by twenty past, please.
handover-reply-4-wording-1 = Igen. Kinga, figyelj, Rékának fél kettőkor tárgyalása lesz, úgyhogy 13:20-ra végezni kell.

# en: Kinga, Réka needs to be done by twenty past, please; she's got a meeting.
handover-reply-4-wording-2 = Kinga, Réka 13:20-ig végezzen, megbeszélése van.

# en: yep. kinga, Réka has to be at a meeting for 1.30 so can you have her done by twenty past please
handover-reply-4-wording-3 = igen. kinga, figyi, rekaval 1:20-ra vegezni kell, fel kettore megbeszelesre siet

# en: Yes. Kinga, Réka has a meeting at 1:30, so please have her finished by twenty past.
handover-reply-4-wording-4 = Igen. Kinga, kérlek, Rékával húsz perccel egy után végezni kell, fél kettőkor megbeszélése van.

# en: Kinga, can you finish Réka by twenty past please, she has a meeting.
handover-reply-4-wording-5 = Kinga, Rékát 13:20-ig fejezd be, kérlek, megbeszélése van.

# en: She is. Kinga, please make sure Réka is done by twenty past, she has to be at a meeting for half one.
handover-reply-4-wording-6 = Így van. Kinga, kérlek, gondoskodj róla, hogy Réka egy óra húszra végezzen, fél kettőre egy megbeszélésre kell odaérnie.

# en: The deadline passed on, so Réka needn't say it again: well done. What was missing is a word to her: after half an hour of waiting, the best reply thanked her before it briefed Kinga.
handover-reply-4-feedback = A határidőt továbbadta, így Rékának nem kell újra elmondania: ez jó. Ami hiányzott, az egy szó neki: fél óra várakozás után a legjobb válasz előbb megköszönte a türelmét, és csak utána tájékoztatta Kingát.

# en: Kinga's done, and it's only quarter past. Can I pay quickly? I really have to run.
checkout-says-1 = Kinga végzett, és még csak negyed kettő van. Fizethetnék gyorsan? Tényleg rohannom kell.

# en: The last words are the ones she takes back to the office. Thank her, and say what happens next time.
checkout-hint = Az utolsó szavakat viszi magával az irodába. Köszönje meg neki, és mondja meg, mi lesz legközelebb.

# en: Of course. Card or cash? Here's the reader for you, and the receipt will print in just a second.
checkout-reply-1 = Persze. Kártya vagy készpénz? Itt a terminál, és a blokk is mindjárt kijön.

# en: Sure. Are you paying by card or cash? This is the card machine, and your receipt will come out in a moment.
checkout-reply-1-wording-1 = Persze. Kártyával vagy készpénzzel fizet? Itt a terminál, a blokkot mindjárt nyomtatom.

# en: Sure, cash or card? Here's the machine.
checkout-reply-1-wording-2 = Kártya vagy készpénz?

# en: sure, cash or card? here's the machine, receipt'll print in a sec
checkout-reply-1-wording-3 = persze, kartya vagy kp? itt a terminal, a nyugta mindjart jon

# en: Sure. Cash or card? Here's the card machine, your receipt will print in a second.
checkout-reply-1-wording-4 = Hogyne. Kártyával fizetne vagy készpénzzel? Itt az olvasó, a blokk pillanatokon belül megvan.

# en: Cash or card? Here's the reader.
checkout-reply-1-wording-5 = Kártya vagy készpénz? Itt az olvasó.

# en: no problem, card machine's here for you, or cash if you prefer. receipt's printing now
checkout-reply-1-wording-6 = semmi gond, itt a kártyaolvasó, vagy ha kényelmesebb, fizethet készpénzzel is. a blokk már nyomtatódik

# en: Quick, which she needs, but it ends the visit like any other sale: no thanks for her patience, no word about next time. After the morning she had, it feels as if nothing happened.
checkout-reply-1-feedback = Gyors, és erre van szüksége, de úgy zárja a látogatást, mint bármelyik vásárlást: nincs köszönet a türelméért, és egy szó sincs a legközelebbiről. Egy ilyen délelőtt után olyan, mintha mi sem történt volna.

# en: Of course. Thank you for bearing with us today, Réka. Next time I'll ring you if we're running late. Good luck at half one!
checkout-reply-2 = Persze. Köszönöm, hogy ma türelmes volt velünk, Réka. Legközelebb felhívom, ha csúszunk. Sok sikert fél kettőkor!

# en: Certainly. Thanks for your patience today, Réka. In future I'll phone you if we're behind schedule. Good luck with your 1:30!
checkout-reply-2-wording-1 = Persze. Köszönöm, Réka, hogy ma ilyen türelmes volt. Legközelebb telefonálok, ha csúszásban vagyunk. Sikeres megbeszélést fél kettőkor!

# en: Thanks for your patience, Réka. I'll call you next time we're late. Good luck!
checkout-reply-2-wording-2 = Köszönöm a türelmét, Réka; legközelebb hívom, ha késünk. Sok sikert!

# en: sure thing! Réka, thanks so much for putting up with us today. next time we're running behind i'll give you a call first. good luck at 1.30!
checkout-reply-2-wording-3 = Máris. Réka, köszönöm, hogy ma kivárt minket. Ha legközelebb késünk, előre telefonálok. Drukkolok 13:30-ra!

# en: Sure. Thanks for your patience today, Réka. If we're running late next time, I'll call you first. Good luck at 1:30!
checkout-reply-2-wording-4 = Hogyne. Réka, köszönöm a mai türelmét. Ha legközelebb csúszásban vagyunk, előre felhívom telefonon. Sok szerencsét fél kettőkor!

# en: Thanks, Réka. I'll ring you next time we're late. Good luck!
checkout-reply-2-wording-5 = Köszönöm, Réka! Ha csúszunk, előre telefonálok. Sikeres megbeszélést!

# en: Of course, Réka, and thank you for putting up with us. I'll phone you ahead if we ever run behind again. Best of luck with your meeting!
checkout-reply-2-wording-6 = Persze, Réka, és köszönöm, hogy ennyit elviselt tőlünk. Ha még egyszer lemaradunk, előre szólok telefonon. Sok sikert a megbeszéléshez!

# en: A close that does three things in one breath: thanks her by name, tells her what will be different next time, and remembers her meeting. She leaves with the salon's last words, not the delay.
checkout-reply-2-feedback = Olyan zárás, ami egy levegővel három dolgot tesz: név szerint megköszöni, elmondja, mi lesz másképp legközelebb, és emlékszik a megbeszélésére. A szalon utolsó szavaival megy el, nem a késéssel.

# en: Of course, the card's fine. Thank you so much for waiting today, and good luck with your meeting!
checkout-reply-3 = Persze, jó a kártya. Nagyon köszönöm, hogy ma várt, és sok sikert a megbeszéléshez!

# en: Sure, card is fine. Thanks very much for your patience today, and good luck at the meeting!
checkout-reply-3-wording-1 = Persze, kártyával rendben. Köszönöm szépen, hogy ma kivárt, és sok szerencsét a megbeszéléshez!

# en: Card's fine. Thanks for waiting, and good luck!
checkout-reply-3-wording-2 = Kártya jó. Köszönöm a várakozást, sok sikert!

# en: yep card's fine, thanks a million for waiting and good luck in your meeting!
checkout-reply-3-wording-3 = persze, mehet kartyaval. koszi hogy ma vart rank, es sok szerencset a meetinghez!

# en: Sure, you can pay by card. Thanks so much for your patience today, good luck with the meeting!
checkout-reply-3-wording-4 = Természetesen, kártyával is jó. Hálás vagyok, hogy ma kivárt minket, sok szerencsét a tárgyaláshoz!

# en: Card's fine. Thanks, and good luck!
checkout-reply-3-wording-5 = Kártyával jó. Köszönöm, sok sikert!

# en: card is no problem. thank you for waiting today and best of luck at your meeting!
checkout-reply-3-wording-6 = A kártyás fizetés rendben van. Köszönjük, hogy ma türelmesen várt, és eredményes megbeszélést kívánok!

# en: Warm and quick, with thanks and her meeting remembered. What the best reply added is what happens next time: a call if the salon runs late, so she knows this won't simply repeat.
checkout-reply-3-feedback = Kedves és gyors, köszönettel, és a megbeszélésére is emlékszik. Amit a legjobb válasz hozzátett, az a legközelebbi alkalom: egy telefon, ha a szalon csúszik, így tudja, hogy ez nem fog egyszerűen megismétlődni.

# en: Of course. And sorry again about earlier; Mondays are always chaos here, with two of the girls off and the phones going all morning.
checkout-reply-4 = Persze. És még egyszer elnézést a korábbiért; hétfőnként mindig káosz van itt, két kolléganő szabadságon, és egész délelőtt csörög a telefon.

# en: Sure. And apologies again for earlier; Mondays are always mad here, what with two of the staff off and the phone ringing non-stop.
checkout-reply-4-wording-1 = Persze. A korábbiakért pedig még egyszer bocsánat; hétfőnként mindig felfordulás van, ketten is szabin vannak, a telefon meg le sem áll.

# en: Sorry again; Mondays are chaos, two staff off.
checkout-reply-4-wording-2 = Bocs még egyszer, hétfőn mindig káosz van.

# en: sure, and sorry again about before, mondays are always manic here, two of the girls are off and the phones haven't stopped all morning
checkout-reply-4-wording-3 = persze. es bocs meg egyszer a kesesert, hetfonkent itt mindig eszement a helyzet, ket lany szabin, a telefon meg egesz delelott csorog

# en: Of course. And sorry again for earlier; Mondays are always mad here, two of the girls are off and the phone's been ringing all morning.
checkout-reply-4-wording-4 = Hogyne. A várakozásért pedig ismét elnézést; a hétfők nálunk mindig zűrösek, két kolléganőnk szabadnapos, és délelőtt egyfolytában csengett a telefon.

# en: Sorry about earlier, Mondays are always crazy here.
checkout-reply-4-wording-5 = Bocsánat a várásért, hétfőn mindig nagy a hajtás.

# en: sure. sorry again about the wait, we're two staff down today and mondays are always hectic with the phones
checkout-reply-4-wording-6 = persze. és bocsi még egyszer a várásért, ma ketten hiányoznak, a hétfő meg a telefonokkal mindig őrült

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

