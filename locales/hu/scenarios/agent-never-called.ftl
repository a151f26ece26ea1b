### Defuse scenario `agent-never-called` (The call that came too late) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
title = A hívás, amely túl későn jött

# en: You work at the front desk of a city estate agency. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing this morning.
brief = Egy városi ingatlaniroda recepcióján dolgozik. Bejelentkezés nélkül betér egy ügyfél. Múlt héten a kollégája, Gábor megmutatott neki egy lakást, és megígérte, hogy másnap felhívja az ajánlata ügyében. Csak napokkal később telefonált, amikor a lakást már eladták. Gábor ma délelőtt egy lakásbemutatón van.

# en: Dóra Farkas
customer-name = Farkas Dóra

# en: offered 38.5 million forints for the Kárpát Street flat last Tuesday and was promised a call the next day
customer-trait-1 = múlt kedden 38,5 millió forintot ajánlott a Kárpát utcai lakásra, és azt ígérték neki, hogy másnap felhívják

# en: has given notice on her rented flat and must move out by the end of next month
customer-trait-2 = felmondta az albérletét, és jövő hónap végéig ki kell költöznie

# en: was told 'we had a lot of urgent cases' when the agent finally rang
customer-trait-3 = amikor az ingatlanos végül felhívta, azt a választ kapta: „sok sürgős ügyünk volt”

# en: Sorry, what? I didn't come in here for that. I want someone in this office to take my case seriously.
neutral-says-1 = Tessék? Nem ezért jöttem be. Azt akarom, hogy ebben az irodában végre valaki komolyan vegye az ügyemet.

# en: I don't follow. I was promised a call about my offer, nobody rang, and meanwhile the flat was sold. What are you going to do about it?
neutral-says-2 = Nem értem. Azt ígérték, hogy felhívnak az ajánlatom miatt, senki nem hívott, közben pedig eladták a lakást. Most mit fog tenni ez ügyben?

# en: Good morning. I'm Dóra Farkas, and I'd like to know why nobody in this office can pick up a phone. Last Tuesday Gábor showed me the flat on Kárpát Street. I offered 38.5 million, and he said he'd speak to the owner and ring me the next day. Nobody rang. I called here on Thursday and left a message. Yesterday he finally calls: it was sold on Friday. 'Sorry, we had a lot of urgent cases.'
opening-says-1 = Jó napot. Farkas Dóra vagyok, és szeretném tudni, miért nem képes ebben az irodában senki felvenni egy telefont. Múlt kedden Gábor megmutatta nekem a Kárpát utcai lakást. 38,5 milliót ajánlottam, ő meg azt mondta, beszél a tulajdonossal, és másnap felhív. Senki nem hívott. Csütörtökön én telefonáltam ide, és üzenetet hagytam. Erre tegnap végre felhív: pénteken eladták. „Bocsánat, sok sürgős ügyünk volt.”

# en: I'm Dóra Farkas. A week ago I made an offer on the Kárpát Street flat, 38.5 million. Gábor promised to call me the next day with the owner's answer. I waited. I rang you on Thursday. Nothing. Then yesterday: 'It's gone, sold on Friday, we had a lot of urgent cases.' So my offer wasn't urgent?
opening-says-2 = Farkas Dóra vagyok. Egy hete ajánlatot tettem a Kárpát utcai lakásra, 38,5 milliót. Gábor megígérte, hogy másnap felhív a tulajdonos válaszával. Vártam. Csütörtökön én hívtam magukat. Semmi. Aztán tegnap: „Elkelt, pénteken eladták, sok sürgős ügyünk volt.” Szóval az én ajánlatom nem volt sürgős?

# en: She has given you a timeline: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. Show her you caught it, and leave Gábor out of it.
opening-hint = Pontos idővonalat adott Önnek: kedden az ajánlat, szerdára ígért hívás, csütörtökön a saját hívása, pénteken az eladás. Mutassa meg, hogy mindezt meghallotta, Gábort pedig hagyja ki belőle.

# en: Ms Farkas, you made your offer on Tuesday, you were promised a call the next day, you rang us yourself on Thursday, and you only heard yesterday, after the flat had gone. I'm sorry. I'll deal with this with you now.
opening-reply-1 = Farkas asszony, kedden tette meg az ajánlatát, másnapra hívást ígértünk, csütörtökön Ön keresett minket, és csak tegnap kapott hírt, amikor a lakás már elkelt. Sajnálom. Most Önnel együtt intézem ezt.

# en: You gave her the whole week back in order: offer, promised call, her own chasing, the sale. She knows she was heard, so she does not need to tell it again louder.
opening-reply-1-feedback = Sorrendben visszaadta neki az egész hetet: az ajánlatot, az ígért hívást, azt, hogy neki kellett utánajárnia, és az eladást. Tudja, hogy meghallgatták, így nem kell még hangosabban újra elmondania.

# en: I'm so sorry, Ms Farkas. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's run off his feet.
opening-reply-2 = Nagyon sajnálom, Farkas asszony. Gábornak borzasztó hete volt: két beteg kollégát helyettesít, és azt sem tudja, hol áll a feje.

# en: It sounds kind, but the sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases', and you gave her the same excuse again: his workload mattered more than her offer.
opening-reply-2-feedback = Kedvesen hangzik, de az együttérzés Gábornak szól, nem neki. Épp most idézte a „sok sürgős ügyünk volt” mondatot, Ön pedig ugyanazt a kifogást adta vissza neki: Gábor leterheltsége fontosabb volt, mint az ő ajánlata.

# en: I'm sorry to hear that. Gábor handles the Kárpát Street listing, though, and he's out at a viewing. Could you come back this afternoon when he's in?
opening-reply-3 = Sajnálattal hallom. A Kárpát utcai lakás viszont Gábor ügye, ő pedig most bemutatón van. Vissza tudna jönni délután, amikor bent lesz?

# en: Polite, but it sends her back to wait for the very person who left her waiting. To Dóra you are the agency right now; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = Udvarias, de visszaküldi várni éppen arra az emberre, aki megvárakoztatta. Dóra szemében most Ön az iroda; az „ez az ő ügye” után senki sem marad, aki foglalkozna vele.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = Gábor így, Gábor úgy! Nem érdekel, kinek mennyi dolga van, és ki nincs bent. Azt ígérték, hogy „holnap” felhívnak, és senki nem hívott. Vállalja itt valaki a felelősséget, vagy harmadszor is maguk után kell szaladnom?

# en: You're right, and I'm sorry. Who was busy is our problem, not yours. You were promised a call and you didn't get one. I'm taking your case on myself, right now, and I won't send you away.
excuse-reaction-reply-1 = Igaza van, és sajnálom. Hogy kinek mennyi dolga volt, az a mi gondunk, nem az Öné. Hívást ígértünk, és nem kapta meg. Most azonnal én magam veszem át az ügyét, és nem küldöm el.

# en: You agreed with her instead of defending the office, and took the case in your own hands. 'I won't send you away' answers exactly what she feared: chasing a third time.
excuse-reaction-reply-1-feedback = Az iroda védelme helyett egyetértett vele, és a saját kezébe vette az ügyet. A „nem küldöm el” pontosan arra felel, amitől tartott: hogy harmadszor is utánuk kell szaladnia.

# en: I do understand how you feel, but I can't really speak for what Gábor promised you. Only he knows what was agreed.
excuse-reaction-reply-2 = Teljesen megértem, mit érez, de arról nem igazán tudok nyilatkozni, mit ígért Önnek Gábor. Csak ő tudja, miben maradtak.

# en: Naming her feelings helped a little, but you still left the promise with nobody. Empathy with no ownership sounds like a polite way of saying 'not my problem'.
excuse-reaction-reply-2-feedback = Az, hogy néven nevezte az érzéseit, segített egy kicsit, de az ígéret így is gazdátlan maradt. A felelősségvállalás nélküli empátia a „nem az én dolgom” udvarias változatának hangzik.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and this isn't helping anyone.
excuse-reaction-reply-3 = Kérem, ne emelje fel velem szemben a hangját, Farkas asszony. Más ügyfelek is vannak az irodában, és ezzel senkinek sem segít.

# en: Telling her to lower her voice makes her anger the problem instead of the missed call. In front of other clients it also feels like a public telling-off.
excuse-reaction-reply-3-feedback = Ha arra kéri, hogy halkabban beszéljen, a dühe lesz a probléma, nem az elmaradt hívás. Más ügyfelek előtt ráadásul nyilvános rendreutasításnak érzi.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = Na, elég. Az irodavezetővel akarok beszélni. Nem fogom újra elmagyarázni az egészet valakinek, aki holnapra elfelejt.

# en: You can, of course; she's back at two. Before then, I could ring the owner of the Kárpát Street flat now and find out exactly where things stand. Shall I do that while you're here?
manager-demand-reply-1 = Természetesen beszélhet vele, kettőre visszaér. Addig is most rögtön felhívhatom a Kárpát utcai lakás tulajdonosát, és megtudom, pontosan hol tart a dolog. Megtegyem, amíg itt van?

# en: You respected her request and offered a step you can take this minute. People often ask for the manager only because they have given up on the person in front of them.
manager-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és felajánlott egy lépést, amelyet most azonnal megtehet. Az ügyfelek gyakran csak azért kérik a vezetőt, mert lemondtak arról, aki előttük áll.

# en: Of course. Please take a seat over there, and I'll go and see whether she's free.
manager-demand-reply-2 = Természetesen. Kérem, foglaljon helyet ott, én pedig megnézem, ráér-e.

# en: Courteous, and it honours her wish, but her case leaves your hands untouched. Try one concrete offer before you hand her on.
manager-demand-reply-2-feedback = Udvarias, és teljesíti a kívánságát, de az ügye úgy kerül ki a kezéből, hogy hozzá sem nyúlt. Mielőtt továbbadja, tegyen legalább egy konkrét ajánlatot.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and that's that.
manager-demand-reply-3 = Attól tartok, ő is csak azt mondaná, amit én: a lakás elkelt, és ezen nincs mit tenni.

# en: You refused her and told her it would be pointless, leaving her no way forward in this office. The only move left to her is the door.
manager-demand-reply-3-feedback = Elutasította a kérését, és közölte vele, hogy úgyis fölösleges, így nem hagyott neki utat előre ebben az irodában. Egyetlen lépés maradt neki: az ajtó.

# en: Fine. But you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
what-now-says-1 = Jó. De értse meg, mit okozott ez nekem. Az ajánlat miatt felmondtam az albérletemet: jövő hónap végéig ki kell költöznöm. A bank hitelajánlata 30-án lejár. És az a lakás gyalog tíz percre volt a lányom iskolájától.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
what-now-says-2 = Tudja, mi a legrosszabb? Felmondtam az albérletemet, mert erre az ajánlatra számítottam. Jövő hónap végén ki kell költöznöm. A bank hitelajánlata 30-án lejár. És tíz percre volt a lányom iskolájától.

# en: She has just told you what is really at stake: a move-out date and a loan offer that runs out. Let her see you heard that before you talk about other flats.
what-now-hint = Most mondta el, mi forog valójában kockán: egy kiköltözési határidő és egy lejáró hitelajánlat. Mutassa meg, hogy ezt meghallotta, mielőtt más lakásokról kezdene beszélni.

# en: So you didn't just lose a flat. You're now up against the end of next month and a loan offer that ends on the 30th, and it was the one near your daughter's school. That's a frightening spot, and we put you in it.
what-now-reply-1 = Tehát nem csak egy lakást veszített el. Most ott a jövő hónap vége és egy hitelajánlat, amely 30-án lejár, és épp ez a lakás volt a lánya iskolája mellett. Ez ijesztő helyzet, és mi sodortuk bele.

# en: You heard the fear behind the complaint: two deadlines and a child's school run, not just one flat. Naming it, and saying 'we put you in it', tells her she is a person here, not a lost listing.
what-now-reply-1-feedback = Meghallotta a panasz mögötti félelmet: két határidőt és a gyerek iskolába járását, nem csak egy lakást. Azzal, hogy kimondta, és hozzátette: „mi sodortuk bele”, azt üzeni neki, hogy itt emberként kezelik, nem egy elúszott hirdetésként.

# en: I see. Right, let me pull up what else we have in your price range near the school, and we'll find you something.
what-now-reply-2 = Értem. Akkor nézzük is meg, mi van még az árkategóriájában az iskola közelében, biztosan találunk valamit.

# en: Practical and well meant, but you went straight to the screen. She has just told you she is about to lose her home and her loan; that needed a word before any listings.
what-now-reply-2-feedback = Gyakorlatias és jó szándékú, de egyből a képernyő felé fordult. Épp most mondta el, hogy elveszítheti az otthonát és a hitelét; ez megérdemelt volna egy szót, mielőtt bármilyen hirdetést elővesz.

# en: To be honest, the market's very fast at the moment. Even with a call on Wednesday, it might well have gone anyway.
what-now-reply-3 = Őszintén szólva a piac most nagyon gyors. Még ha szerdán felhívjuk is, könnyen lehet, hogy akkor is elkel.

# en: It may even be true, but it argues with her instead of hearing her, and it excuses the missed call. She did not come in for a market report.
what-now-reply-3-feedback = Akár még igaz is lehet, de vitatkozik vele ahelyett, hogy meghallgatná, és mentegeti az elmaradt hívást. Nem piaci elemzésért jött be.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = Ne tartson nekem kiselőadást a piacról! Kedden tettem ajánlatot. A másik vevő pénteken írt alá. Ha Gábor szerdán felhív, ahogy megígérte, az a lakás most az enyém lenne.

# en: You're right, and I'm sorry. You were there first, with a real offer, and we let three days slip. That's on us, not on the market.
market-argument-reply-1 = Igaza van, és sajnálom. Ön volt ott először, komoly ajánlattal, mi pedig hagytunk elúszni három napot. Ez a mi hibánk, nem a piacé.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-1-feedback = Azonnal abbahagyta a vitát, és vállalta az elvesztegetett napokat. A dátumokban igaza volt, kedd a péntekkel szemben, és Ön hagyta, hogy igaza legyen.

# en: We can't really know that, though. The owner might have preferred the other buyer's offer in any case.
market-argument-reply-2 = Ezt azért nem tudhatjuk biztosan. Lehet, hogy a tulajdonos így is a másik vevő ajánlatát választotta volna.

# en: You went on arguing about what might have happened. Even if you won the point, you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-2-feedback = Tovább vitatkozott arról, mi történhetett volna. Még ha meg is nyerné a vitát, őt elveszítené: az elmaradt hívás tény, a másik kimenetel csak találgatás.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = Szóval tényleg elúszott? Gábor csak annyit mondott: „eladva”. Tudnak egyáltalán bármit tenni a Kárpát utcai lakással?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = Gondolja végig, mit tud valóban teljesíteni. A lakásáról a tulajdonos dönt; a saját telefonhívásairól Ön.

# en: I'll be honest: the owner signed a reservation agreement with the other buyer on Friday, so I can't get the flat back for you. I can ask her today to keep your offer on file in case that sale falls through, and I'll tell you her answer by five.
is-it-final-reply-1 = Őszinte leszek: a tulajdonos pénteken foglalási szerződést írt alá a másik vevővel, így a lakást nem tudom visszaszerezni Önnek. Azt viszont még ma megkérhetem tőle, hogy tartsa nyilván az ajánlatát arra az esetre, ha az az adásvétel meghiúsul, és ötig megmondom Önnek a válaszát.

# en: Hard news, said plainly, followed by the one thing you can really do and a time that depends only on you. After a week of silence, a straight answer is worth more than hope.
is-it-final-reply-1-feedback = Kemény hír, egyenesen kimondva, utána az egyetlen dolog, amit valóban megtehet, és egy időpont, amely csak Önön múlik. Egyhetes hallgatás után egy egyenes válasz többet ér a reménynél.

# en: Leave it with me. I'll speak to the owner myself, and I'm sure I can get you back in the running for it.
is-it-final-reply-2 = Bízza rám. Személyesen beszélek a tulajdonossal, és biztos vagyok benne, hogy el tudom érni, hogy újra esélye legyen rá.

# en: Warm, and she feels someone is finally on her side, but the flat is the owner's to give, not yours. Another promise from this office that cannot be kept would hurt more than the first.
is-it-final-reply-2-feedback = Kedves, és végre úgy érzi, valaki mellé állt, de a lakásról a tulajdonos dönt, nem Ön. Ha ez az iroda újabb betarthatatlan ígéretet tesz, az jobban fájna, mint az első.

# en: It's sold, I'm afraid. Once a reservation agreement is signed, there's really nothing anyone can do about it.
is-it-final-reply-3 = Attól tartok, eladták. Ha a foglalási szerződést egyszer aláírták, azon tényleg senki nem tud változtatni.

# en: Honest, but it stops at what cannot be done. Bad news needs a 'here is what I can do instead', or it sounds like a closed door.
is-it-final-reply-3-feedback = Őszinte, de megáll annál, amit nem lehet megtenni. A rossz hír mellé kell egy „helyette ezt tudom tenni”, különben bezárt ajtónak hangzik.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = Biztos benne? Gábor is biztos volt benne. „Holnap felhívom”, ezt mondta.

# en: You're right to ask. I can't promise you the flat; that's the owner's decision. What I can promise is that I'll speak to her today and ring you by five with her answer, whatever it is.
overpromise-doubt-reply-1 = Jogos a kérdés. A lakást nem ígérhetem meg, arról a tulajdonos dönt. Azt viszont megígérhetem, hogy még ma beszélek vele, és ötig felhívom a válaszával, bármi legyen is az.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you can't.
overpromise-doubt-reply-1-feedback = A saját ígéretét visszavonni nehéz, de helyes. Épp most emlékeztette arra, hogyan végződött a legutóbbi „biztos”; egy kisebb, betartható ígéret több bizalmat épít vissza, mint egy nagy, amelyet nem tud betartani.

# en: This time it's different, I promise. You have my word: I'll get you that flat.
overpromise-doubt-reply-2 = Most más lesz, megígérem. A szavamat adom: megszerzem Önnek azt a lakást.

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = Pontosan elmondta, miért kételkedik az ígéretekben, Ön pedig ellenőrzés helyett megduplázta a sajátját. Ha a tulajdonos nemet mond, ezúttal az Ön szava törik meg.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = Elég kifogást hallottam már ebben az irodában. Hívja ide, aki itt a főnök.

# en: I'll fetch her if you'd like. But let me first do what should have happened last week: I'll ring the owner while you're sitting here, so you hear the answer from me, not second-hand. Shall I?
late-manager-reply-1 = Szívesen szólok neki, ha szeretné. De hadd tegyem meg előbb azt, aminek már múlt héten meg kellett volna történnie: felhívom a tulajdonost, amíg itt ül, így tőlem hallja a választ, nem másodkézből. Rendben?

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, seeing you pick up the phone is the most convincing thing you can do.
late-manager-reply-1-feedback = Nyitva hagyta neki a választást, és felajánlotta, hogy a szeme láttára cselekszik. Egy hét hívásra várás után semmi sem meggyőzőbb, mint látni, hogy felveszi a telefont.

# en: Certainly, Ms Farkas. If you'd like to wait here, I'll find the office manager for you.
late-manager-reply-2 = Természetesen, Farkas asszony. Ha itt megvár, szólok az irodavezetőnek.

# en: Polite and quick, but it hands her on for the third time this week: Gábor, the message on Thursday, now the manager. One offer of your own first might have kept her.
late-manager-reply-2-feedback = Udvarias és gyors, de ezen a héten már harmadszor adják tovább: Gábor, a csütörtöki üzenet, most pedig a vezető. Ha előbb tesz egy saját ajánlatot, talán megtartja.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can.
late-manager-reply-3 = Őszintén, nincs értelme. Az irodavezető sem tud semmissé tenni egy aláírt foglalási szerződést, ahogy én sem.

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-3-feedback = Bezárta az utolsó ajtót, amelyet kért. Még ha ugyanaz is lenne a válasz, ha valakitől megtagadja, hogy meghallgassák, azzal azt üzeni neki, hogy menjen el.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = És aztán? Jövő hónap végéig akkor is ki kell költöznöm a lakásomból.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = Egy lépés, egy időpont, és az, hogyan értesül Öntől, mindez az Ön kezében van. Használja, amit már elmondott, ahelyett, hogy újra rákérdezne.

# en: I'll go through our listings and what's coming in this week: two bedrooms, up to 38.5 million, walking distance from your daughter's school. You'll have a shortlist by email tomorrow at ten, and we can book viewings for Thursday, well before the 30th.
next-step-reply-1 = Átnézem a kínálatunkat és azt, ami a héten érkezik: két hálószoba, legfeljebb 38,5 millió, gyalog elérhető távolságra a lánya iskolájától. Holnap tízig e-mailben megkapja a szűkített listát, és csütörtökre már egyeztethetünk megtekintéseket, jóval 30-a előtt.

# en: You remembered her budget, the school and the loan deadline, and turned them into a plan with times. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = Emlékezett a keretére, az iskolára és a hitel határidejére, és időpontokkal ellátott tervet csinált belőlük. Nem kell ismételnie magát, és tudja, mikor hall Ön felől.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and what's your budget?
next-step-reply-2 = Akkor kezdjünk egy új keresést. Pontosan mit keres: hány szobát, melyik környéken, és mekkora a kerete?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her that this office still does not listen.
next-step-reply-2-feedback = Készséges kezdés, de az ajánlatát és az iskolát már elmondta, a többit pedig mutatja a Kárpát utcai lakás. Ha újra rákérdez, azt üzeni neki, hogy ez az iroda még mindig nem figyel oda.

# en: Gábor knows your search best, so he'll send you a few options as soon as he's back from his viewing.
next-step-reply-3 = Gábor ismeri legjobban, mit keres, úgyhogy küld Önnek néhány lehetőséget, amint visszaér a bemutatóról.

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = Visszaadta annak a kollégának, akinek az ígérete nem teljesült, ráadásul határidő nélkül. Ugyanaz a homályos „majd jelentkezik”, amely már a lakásába került.

# en: And who's going to call me this time? Because I'm not sitting by the phone waiting for Gábor again.
who-calls-says-1 = És ezúttal ki fog felhívni? Mert én még egyszer nem ülök a telefon mellett Gáborra várva.

# en: Right. And who rings me? Last time 'tomorrow' turned out to mean next Monday.
who-calls-says-2 = Értem. És ki hív fel? Legutóbb a „holnapból” jövő hétfő lett.

# en: I will. Here's my card with my direct line. I'll ring you today at five, and if I have nothing new by then, I'll still ring to tell you so. From now on you deal with me, and I'll let Gábor know.
who-calls-reply-1 = Én. Itt a névjegyem a közvetlen számommal. Ma ötkor felhívom, és ha addig nem lesz újdonság, akkor is felhívom, hogy ezt elmondjam. Mostantól velem intézi, Gábornak pedig szólok.

# en: A personal promise with a name, a number and a time, and one you can keep even if there is no news. That is the exact promise the office broke last week, made again and made safe.
who-calls-reply-1-feedback = Személyes ígéret névvel, telefonszámmal és időponttal, és olyan, amelyet akkor is be tud tartani, ha nincs hír. Pontosan az az ígéret, amelyet az iroda múlt héten megszegett, most újra megtéve, ezúttal biztosan.

# en: Gábor knows you and the area best, so he should stay your contact. I'll make sure he rings you this time.
who-calls-reply-2 = Gábor ismeri legjobban Önt és a környéket, úgyhogy jobb, ha ő marad a kapcsolattartója. Gondoskodom róla, hogy most felhívja.

# en: She has just said she won't wait for Gábor again, and you gave her Gábor, on a promise that depends on him. Sounding sure about someone else's call is what started all this.
who-calls-reply-2-feedback = Épp most mondta, hogy nem vár többet Gáborra, Ön pedig Gábort adta neki, egy rajta múló ígérettel. Magabiztosan ígérni valaki más hívását: ezzel kezdődött az egész.

# en: Between you and me, it's not the first time with Gábor. I'll make sure you don't have to deal with him again.
who-calls-reply-3 = Magunk között szólva, nem ez az első eset Gáborral. Gondoskodom róla, hogy többet ne kelljen vele intéznie semmit.

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it. Criticising a colleague in front of a client never reassures her.
who-calls-reply-3-feedback = Ha az ügyfél mellé áll egy kollégával szemben, az empátiának tűnik, de azt üzeni neki, hogy az egész iroda tud a problémáról, és eltűri. Ha egy kollégát az ügyfél előtt kritizál, azzal soha nem nyugtatja meg.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = Nem az első eset? Szóval itt mindenki tudja, hogy cserben hagyja az ügyfeleit, és senki nem csinál semmit?

# en: I shouldn't have said that; it wasn't fair, and it doesn't help you. What matters is that your case is mine now. I'll ring you today at five, and you have my direct line.
office-reputation-reply-1 = Ezt nem kellett volna mondanom; nem volt tisztességes, és Önnek sem segít. Az a lényeg, hogy az ügye mostantól az enyém. Ma ötkor felhívom, és megvan a közvetlen számom.

# en: You took the remark back without fuss and brought the talk back to what happens next. Correcting your own slip openly shows her the kind of reliability she came in for.
office-reputation-reply-1-feedback = Különösebb felhajtás nélkül visszavonta a megjegyzést, és visszaterelte a beszélgetést arra, mi következik. Ha nyíltan kijavítja a saját elszólását, éppen azt a megbízhatóságot mutatja meg neki, amiért bejött.

# en: Well, I can only answer for myself, not for how the rest of the office works.
office-reputation-reply-2 = Hát, én csak magamért tudok felelni, azért nem, hogyan működik az iroda többi része.

# en: You opened the question and then stepped away from it. To her, you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = Felvetette a kérdést, aztán kihátrált belőle. Neki Ön az iroda; a „csak magamért felelek” megerősíti, hogy itt senki nem felel semmiért.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = Rendben. De tudja, mi fájt a legjobban? Amikor Gábor végre felhívott, azt mondta: „sok sürgős ügyünk volt”. Mintha én nem lettem volna sürgős.

# en: You were urgent, and you should have been treated that way. I'm sorry. Your case is mine now, and today I'm asking our manager to log every call-back we promise, so a 'tomorrow' can't quietly slip again.
make-amends-reply-1 = Ön is sürgős volt, és így kellett volna bánnunk Önnel. Sajnálom. Az ügye mostantól az enyém, és még ma megkérem a vezetőnket, hogy minden megígért visszahívást írjunk fel, hogy egy „holnap” többé ne csúszhasson el csendben.

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-1-feedback = Arra a sérelemre felelt, amelyet ő nevezett meg („mintha én nem lettem volna sürgős”), és az okot is megszüntette, hogy a következő ügyfelet ne felejtsék el ugyanígy. Így lesz a bocsánatkérésből jóvátétel.

# en: I understand. Still, the main thing now is finding you a new flat, isn't it? Let's focus on that.
make-amends-reply-2 = Értem. De most mégis az a legfontosabb, hogy új lakást találjunk Önnek, nem? Koncentráljunk erre.

# en: She told you what hurt most, and you moved past it to the practical task. The search may go well, but the feeling of being 'not urgent' stays with her.
make-amends-reply-2-feedback = Elmondta, mi fájt neki a legjobban, Ön pedig átlépett rajta, a gyakorlati feladatra. A keresés talán jól alakul, de az érzés, hogy ő „nem volt sürgős”, megmarad benne.

# en: I promise you, we'll have you in a new flat before your notice runs out. You won't be let down again.
make-amends-reply-3 = Megígérem, hogy még azelőtt új lakásba költözik, hogy lejárna a felmondási ideje. Többé nem hagyjuk cserben.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-3-feedback = Szívből jön, és szüksége volt rá, hogy hallja, hogy számít, de hogy jövő hónap végéig felbukkan-e a megfelelő lakás, az a piacon múlik, nem Önön. Ugyanolyan ígéret, mint amelyik múlt héten cserben hagyta.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
resolved-says-1 = Köszönöm. Akkor ötkor. És köszönöm, hogy nem mentegetőzött.

# en: You ring at five, exactly as promised, and again the next morning with three flats near her daughter's school. Dóra makes an offer on one of them well before her loan offer runs out. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
resolved-summary = Ötkor felhívja, pontosan, ahogy megígérte, másnap reggel pedig újra, három lakással a lánya iskolájának közelében. Dóra jóval a hitelajánlata lejárta előtt ajánlatot tesz az egyikre. Egy barátnőjének is ajánlja az irodát, és név szerint Önt kéri: egy nyíltan vállalt, megszegett ígéret és az utána betartott ígéretek visszanyerték a bizalmát.

# en: Fine. Just make sure somebody actually calls this time.
grudging-says-1 = Jó. Csak ezúttal tényleg hívjon fel valaki.

# en: Dóra goes on with her search through your office, and in the end she finds a flat. But she never forgets being 'not urgent', and nobody here ever really answered that. When she sells in a few years, she goes to another agency.
grudging-summary = Dóra az Önök irodájával folytatja a keresést, és végül talál egy lakást. De sosem felejti el, hogy ő „nem volt sürgős”, és erre itt senki sem felelt igazán. Amikor néhány év múlva eladja a lakást, egy másik irodához fordul.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
fragile-promise-says-1 = Rendben. De ha ebből is egy újabb „holnap” lesz, végeztem ezzel az irodával.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
fragile-promise-summary = A tulajdonos nem bontja fel az aláírt foglalási szerződést, és soha nem is volt visszaút. Amikor ezt közli Dórával, ő azt hallja, hogy az iroda másodszor is megszegte a szavát, és ezúttal az Ön szava volt az. Még aznap egy másik irodánál folytatja a keresést.

# en: Thank you. I'm going to hold you to that.
hollow-promise-says-1 = Köszönöm. Szaván fogom.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. A warm promise you did not control became the office's second broken one.
hollow-promise-summary = Dóra megkönnyebbülten távozik. Három héttel később az iskola közelében semmi sem fér bele a keretébe, közeleg 30-a, és eszébe jut, kinek az ígérete volt. Egy szívből jövő, de nem Önön múló ígéretből lett az iroda második megszegett ígérete.

# en: The office manager sits down with Dóra, who tells the whole story once more: the offer, the missing call, the Friday sale. The manager apologises and takes the case over. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
handed-to-manager-summary = Az irodavezető leül Dórával, aki még egyszer elmondja az egész történetet: az ajánlatot, az elmaradt hívást, a pénteki eladást. A vezető bocsánatot kér, és átveszi az ügyet. Az ügy elintéződik, de nem Ön intézi, és Dóra abban a meggyőződésben távozik, hogy ebben az irodában csak a főnök tudja elérni, hogy betartsák a szavukat.

# en: Forget it. I'll find a flat through an agency that answers its phone.
walkout-says-1 = Hagyja. Majd keresek lakást egy olyan irodával, ahol felveszik a telefont.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
walkout-summary = Dóra kisétál, és még aznap délután egy konkurens irodához szerződik. A lánya iskolájában elmeséli a többi szülőnek, hogyan hevert napokig az ajánlata az Önök irodájában. A legtöbb elégedetlen ügyfél szó nélkül távozik; ő bejött, hogy adjon Önöknek egy második esélyt, és mégis elveszítették.

