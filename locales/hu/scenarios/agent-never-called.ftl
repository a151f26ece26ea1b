### Defuse scenario `agent-never-called` (The call that came too late) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
title = A hívás, amely túl későn jött

# en: You are an agent at a city estate agency, on office duty this morning. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing until the afternoon; the office manager is in a meeting until two, and Eszter, the agency's mortgage adviser, is at her desk.
brief = Ön egy városi ingatlaniroda ingatlanközvetítője, ma délelőtt Ön tartja az irodai ügyeletet. Bejelentkezés nélkül betér egy ügyfél. Múlt héten a kollégája, Gábor megmutatott neki egy lakást, és megígérte, hogy másnap felhívja az ajánlata ügyében. Csak napokkal később telefonált, amikor a lakást már eladták. Gábor délutánig lakásbemutatón van, az irodavezető kettőig értekezleten ül, Eszter, az iroda hitelszakértője pedig bent van az asztalánál.

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

# en: She has given you a whole week: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. How would that week have felt to you?
opening-hint = Egy egész hetet mesélt el: kedden az ajánlat, szerdára ígért hívás, csütörtökön az ő hívása, pénteken az eladás. Ön hogyan élte volna meg ezt a hetet?

# en: Ms Farkas, I'm so sorry. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's honestly been run off his feet.
opening-reply-1 = Farkas asszony, nagyon sajnálom. Gábornak borzasztó hete volt: két beteg kollégát helyettesít egyszerre, és őszintén szólva azt sem tudja, hol áll a feje.

# en: The sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases' at you, and this is the same excuse in longer words: his workload came before her offer.
opening-reply-1-feedback = Az együttérzés Gábornak szól, nem neki. Épp most idézte Önnek a „sok sürgős ügyünk volt” mondatot, és ez ugyanaz a kifogás hosszabban: Gábor leterheltsége előbbre való volt, mint az ő ajánlata.

# en: Ms Farkas, you offered on Tuesday, chased us on Thursday, and heard nothing until it had gone. If I'd waited by the phone all week, I'd be furious too.
opening-reply-2 = Farkas asszony, kedden ajánlatot tett, csütörtökön Ön hívott minket, és semmit sem hallott, amíg el nem kelt. Egy hét a telefon mellett? Én is dühös lennék.

# en: You gave her week back in order and said how it would have felt to you. Nobody in this office has yet admitted that her anger makes sense; once someone does, she no longer has to prove it.
opening-reply-2-feedback = Sorrendben visszaadta neki a hetét, és kimondta, Ön mit érezne a helyében. Ebben az irodában még senki sem ismerte el, hogy a dühének oka van; ha valaki kimondja, már nem kell bizonyítania.

# en: I'm sorry to hear that. Gábor looks after the Kárpát Street listing, though, and he's out at a viewing until lunchtime. Could you come back this afternoon, when he's in?
opening-reply-3 = Sajnálattal hallom. A Kárpát utcai lakást viszont Gábor viszi, és ő délig lakásbemutatón van. Vissza tudna jönni délután, amikor már biztosan bent lesz az irodában?

# en: Polite, but it sends her off to wait for the very person who left her waiting all week. To Dóra you are the agency this morning; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = Udvarias, de elküldi várni éppen arra az emberre, aki egész héten váratta. Dóra szemében ma délelőtt Ön az iroda; az „ezt Gábor viszi” után senki sem marad, aki foglalkozna vele.

# en: Let me see what else we have on our books near Kárpát Street. A couple of two-bedroom flats came in this week that might suit you even better.
opening-reply-4 = Hadd nézzem meg, mi van még a kínálatunkban a Kárpát utca környékén. Ezen a héten jött be pár kétszobás lakás, ami talán még jobban is tetszene Önnek.

# en: Keen to help, but she has not yet heard a single word about the week she just described. New listings at this moment sound like 'forget Kárpát Street', which is the thing she came in angry about.
opening-reply-4-feedback = Segíteni akar, de egyetlen szót sem hallott még arról a hétről, amit elmesélt. Új hirdetések ebben a pillanatban úgy hangzanak, mint „felejtse el a Kárpát utcát”, pedig éppen emiatt jött be dühösen.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = Gábor így, Gábor úgy! Nem érdekel, kinek mennyi dolga van, és ki nincs bent. Azt ígérték, hogy „holnap” felhívnak, és senki nem hívott. Vállalja itt valaki a felelősséget, vagy harmadszor is maguk után kell szaladnom?

# en: I do understand how upsetting this is, but I can't really speak for what Gábor promised you. Only he knows exactly what was agreed with the owner.
excuse-reaction-reply-1 = Nagyon is értem, mennyire bosszantó ez, de nem igazán felelhetek azért, amit Gábor megígért Önnek. Csak ő tudja, pontosan mit beszéltek meg a tulajdonossal.

# en: The kind words are real, but the promise is still left with nobody. She asked whether anyone will take responsibility, and this answer is a courteous no.
excuse-reaction-reply-1-feedback = A kedves szavak őszinték, de az ígéret továbbra is gazdátlan marad. Azt kérdezte, vállalja-e valaki a felelősséget, és erre ez egy udvarias nem.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and shouting isn't going to get this sorted any faster.
excuse-reaction-reply-2 = Kérem, ne emelje fel a hangját, Farkas asszony. Más ügyfelek is vannak az irodában, és a kiabálással semmi sem intéződik el gyorsabban.

# en: It makes her voice the problem instead of the call that never came. In front of other clients it also lands as a public telling-off.
excuse-reaction-reply-2-feedback = A hangját teszi meg problémának az elmaradt hívás helyett. Más ügyfelek előtt ráadásul nyilvános rendreutasításként hat.

# en: I will. Who was busy is our problem, not yours. Your case is mine from now on, and I won't send you anywhere else.
excuse-reaction-reply-3 = Én vállalom. Az, hogy ki volt elfoglalt, a mi gondunk, nem az Öné. Mostantól az én ügyem, és nem küldöm tovább sehova.

# en: She asked who would take responsibility, and you answered 'I will' without defending anyone. 'I won't send you anywhere else' meets exactly what she fears: chasing this office a third time.
excuse-reaction-reply-3-feedback = Azt kérdezte, ki vállalja a felelősséget, és Ön azt felelte: „én”, anélkül, hogy bárkit védett volna. A „nem küldöm tovább sehova” pontosan arra felel, amitől tart: hogy harmadszor is az iroda után kell szaladnia.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = Na, elég. Az irodavezetővel akarok beszélni. Nem fogom újra elmagyarázni az egészet valakinek, aki holnapra elfelejt.

# en: Of course, she's free at two. Before that, I can ring the owner now and find out where things really stand. Shall I, while you're here?
manager-demand-reply-1 = Természetesen, kettőtől ráér. Addig is felhívhatom most a tulajdonost, és megtudom, valójában hogy állnak a dolgok. Felhívjam, amíg itt van?

# en: You granted the request and offered to act this very minute, in front of her. People often ask for the manager because they have given up on the person in front of them; a phone call she can watch changes that.
manager-demand-reply-1-feedback = Teljesítette a kérését, és felajánlotta, hogy még ebben a percben, a szeme előtt tesz valamit. Az ügyfelek gyakran azért kérik a vezetőt, mert lemondtak arról, aki előttük áll; egy telefonhívás, amelyet végignézhet, ezen változtat.

# en: Of course. Please take a seat over there by the window, and I'll go and see whether she can come out of her meeting for you.
manager-demand-reply-2 = Természetesen. Kérem, foglaljon helyet ott az ablaknál, én pedig megnézem, ki tud-e jönni Önhöz az értekezletről.

# en: Courteous, and it grants her wish, but it does exactly what she just said she dreads: she will tell the whole story again to someone new. Nothing of her case goes with her.
manager-demand-reply-2-feedback = Udvarias, és teljesíti a kívánságát, de pontosan azt teszi, amitől az imént tartott: az egész történetet újra el kell mondania valaki újnak. Az ügyéből semmi sem megy vele.

# en: Of course; she's out of her meeting at two. I'll tell her your whole week myself, so you won't repeat a word, and I'll sit in with you.
manager-demand-reply-3 = Természetesen; kettőkor végez az értekezlettel. Én magam mondom el neki az egész hetét, hogy Önnek egy szót se kelljen ismételnie, és ott maradok Önnel.

# en: A good handover: you answered her fear of repeating herself and stayed with her. The best reply also gave her something before two o'clock; until then she still sits and waits, which is what she has done all week.
manager-demand-reply-3-feedback = Jó átadás: válaszolt arra a félelmére, hogy ismételnie kell magát, és mellette maradt. A legjobb válasz kettő előtt is adott neki valamit; addig ugyanis csak ül és vár, ahogy egész héten.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and there's nothing anyone in this office can do about that now.
manager-demand-reply-4 = Attól tartok, ő is csak azt fogja mondani, amit én: a lakás elkelt, és ezen most már senki sem tud változtatni ebben az irodában.

# en: You refused her the one thing she asked for and told her it would be pointless. With no way forward left in this office, the only move she has is the door.
manager-demand-reply-4-feedback = Megtagadta tőle az egyetlen dolgot, amit kért, és közölte, hogy úgyis hiába lenne. Ha ebben az irodában nincs számára továbblépés, csak az ajtó marad.

# en: Listen. Before anything else, you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
what-now-says-1 = Figyeljen ide. Mielőtt bármi másról beszélnénk, értse meg, mit okozott ez nekem. Az ajánlat miatt felmondtam az albérletemet: jövő hónap végéig ki kell költöznöm. A bank hitelajánlata 30-án lejár. És az a lakás gyalog tíz percre volt a lányom iskolájától.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
what-now-says-2 = Tudja, mi a legrosszabb? Felmondtam az albérletemet, mert erre az ajánlatra számítottam. Jövő hónap végén ki kell költöznöm. A bank hitelajánlata 30-án lejár. És tíz percre volt a lányom iskolájától.

# en: She has just told you what is really at stake: a move-out date, a loan that runs out, a school run. What is she feeling right now?
what-now-hint = Most mondta el, mi a tét valójában: egy kiköltözési határidő, egy lejáró hitelajánlat, a lánya iskolája. Mit érezhet most?

# en: You're right, the timing was awful. But the market's moving very fast right now; even with a call on Wednesday, that flat might well have gone anyway.
what-now-reply-1 = Igaza van, az időzítés szörnyű volt. De a piac most nagyon gyorsan mozog; még egy szerdai hívással is könnyen lehet, hogy a lakás így is elkelt volna.

# en: It may even be true, but it answers her fear about her home with a reason why the missed call didn't matter. She did not come in for a market report.
what-now-reply-1-feedback = Talán még igaz is, de az otthona miatti félelmére azzal felel, miért nem számított az elmaradt hívás. Nem piaci elemzésért jött be.

# en: Right. Let me pull up everything we have under 38.5 million near the school, so you've got real options well before the end of next month.
what-now-reply-2 = Rendben. Hadd nézzem meg, mi van 38,5 millió alatt az iskola közelében, hogy jóval a jövő hónap vége előtt legyenek valódi lehetőségei.

# en: Practical, and you kept her budget and the school in mind. But she has just told you she may lose her home; the best reply said out loud how frightening that is before turning to the screen.
what-now-reply-2-feedback = Gyakorlatias, és fejben tartotta a keretét és az iskolát. De épp most mondta el, hogy elveszítheti az otthonát; a legjobb válasz előbb kimondta, milyen ijesztő ez, és csak utána fordult a képernyőhöz.

# en: I'm sorry if it feels like we've let you down, Ms Farkas. Nobody here wanted you to lose the flat, believe me, least of all Gábor.
what-now-reply-3 = Sajnálom, ha úgy érzi, hogy cserben hagytuk, Farkas asszony. Higgye el, itt senki sem akarta, hogy elveszítse a lakást, Gábor a legkevésbé.

# en: 'If it feels like' turns the office's broken promise into her impression. And she has just told you about her notice and her loan; the apology passes over both.
what-now-reply-3-feedback = A „ha úgy érzi” az iroda megszegett ígéretét az ő benyomásává teszi. És épp most beszélt a felmondásáról és a hiteléről; a bocsánatkérés mindkettőn átsiklik.

# en: Ms Farkas, your home, your loan and your daughter's school all hang on this. That's frightening, and it's our doing.
what-now-reply-4 = Farkas asszony, az otthona, a hitele és a lánya iskolája is ezen múlik. Ez ijesztő, és mi okoztuk.

# en: You named the fear behind the complaint: a move-out date, a loan deadline and a school run, not just one flat. Saying 'frightening' out loud tells her she is a person here, not a lost listing.
what-now-reply-4-feedback = Kimondta a panasz mögötti félelmet: egy kiköltözési határidőt, egy lejáró hitelt és a lánya iskoláját, nem csak egy lakást. Az „ijesztő” szó kimondása jelzi neki, hogy itt ő ember, nem egy elveszett hirdetés.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = Ne tartson nekem kiselőadást a piacról! Kedden tettem ajánlatot. A másik vevő pénteken írt alá. Ha Gábor szerdán felhív, ahogy megígérte, az a lakás most az enyém lenne.

# en: We can't really know that, though. The owner might well have preferred the other buyer's offer in any case; they were paying cash, as far as I know.
market-argument-reply-1 = Ezt azért nem tudhatjuk. A tulajdonos lehet, hogy mindenképp a másik vevő ajánlatát választotta volna; ha jól tudom, ők ráadásul készpénzzel fizettek.

# en: You kept arguing about what might have happened. Even if you won the point you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-1-feedback = Tovább vitatkozott arról, mi történhetett volna. Még ha igaza lenne is, elveszítené őt: az elmaradt hívás tény, a másik kimenetel csak találgatás.

# en: You're right: you were first, with a real offer, and we let three days slip. That's on this office, not on the market.
market-argument-reply-2 = Igaza van: Ön volt az első, komoly ajánlattal, és mi hagytunk elúszni három napot. Ez az iroda hibája, nem a piacé.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-2-feedback = Azonnal abbahagyta a vitát, és vállalta az elvesztegetett napokat. Jól tudta a dátumokat: kedden ő tett ajánlatot, pénteken a másik vevő írt alá, és Ön hagyta, hogy igaza legyen.

# en: I'm sorry, I really am, but Gábor needed the owner's answer before he could ring you, and she was away until Thursday evening.
market-argument-reply-3 = Sajnálom, tényleg, de Gábornak meg kellett várnia a tulajdonos válaszát, mielőtt felhívja Önt, és ő csütörtök estig nem volt elérhető.

# en: The 'but' takes the apology straight back. Even with the owner away, a two-line call on Wednesday would have kept the promise, and she knows it.
market-argument-reply-3-feedback = A „de” rögtön visszavonja a bocsánatkérést. A tulajdonos távollétében is betartotta volna az ígéretet egy kétmondatos szerdai hívás, és ezt ő is tudja.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = Szóval tényleg elúszott? Gábor csak annyit mondott: „eladva”. Tudnak egyáltalán bármit tenni a Kárpát utcai lakással?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = Gondolja végig, mit tud valóban teljesíteni. A lakásáról a tulajdonos dönt; a saját telefonhívásairól Ön.

# en: Leave it with me. I'll speak to the owner myself this morning, and I'm confident I can get you back in the running for that flat.
is-it-final-reply-1 = Bízza csak rám. Ma délelőtt magam beszélek a tulajdonossal, és biztos vagyok benne, hogy el tudom érni, hogy újra esélye legyen arra a lakásra.

# en: Warm, and she finally hears someone take her side, which is what she came in for. But the flat is the owner's to give, not yours; the best reply told her the truth and promised only a call you can make.
is-it-final-reply-1-feedback = Meleg szavak, és végre azt hallja, hogy valaki mellé áll, ezért jött. De a lakást a tulajdonos adja, nem Ön; a legjobb válasz megmondta neki az igazat, és csak olyan hívást ígért, amelyet Ön meg tud tenni.

# en: I'm afraid it's sold. Once a reservation agreement has been signed, there's really nothing we or anyone else can do about it, I'm sorry.
is-it-final-reply-2 = Attól tartok, eladták. Ha egyszer aláírták a foglalási szerződést, azon tényleg sem mi, sem senki más nem tud változtatni, sajnálom.

# en: True, but it stops at what cannot be done and leans on the rulebook. After a week of silence she needed to hear what you can still do for her.
is-it-final-reply-2-feedback = Igaz, de megáll annál, amit nem lehet, és a szabályra támaszkodik. Egy hét csend után azt kellett volna hallania, mit tud még tenni érte.

# en: I'll be straight with you: it's gone; the owner signed on Friday. I'll ask her to keep your offer on file, and ring you by five.
is-it-final-reply-3 = Őszinte leszek: elkelt, a tulajdonos pénteken aláírt. Megkérem, hogy tartsa nyilván az Ön ajánlatát, és ötig felhívom.

# en: Hard news said plainly, then the one thing you can really do, with a time that depends only on you. After a week of silence a straight answer is worth more than hope.
is-it-final-reply-3-feedback = Rossz hír, egyenesen kimondva, utána pedig az egyetlen dolog, amit valóban megtehet, olyan időponttal, amely csak Önön múlik. Egy hét csend után egy egyenes válasz többet ér a reménynél.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = Biztos benne? Gábor is biztos volt benne. „Holnap felhívom”, ezt mondta.

# en: You're right to ask. The flat is the owner's decision, not mine, so I can't promise it. I can promise her answer, from me, by five today.
overpromise-doubt-reply-1 = Jogos a kérdés. A lakásról a tulajdonos dönt, nem én, így azt nem ígérhetem. Azt igen, hogy ma ötig tőlem hallja a válaszát.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you cannot.
overpromise-doubt-reply-1-feedback = Visszavonni a saját ígéretét nehéz, és helyes. Épp most emlékeztette Önt, hogyan végződött az előző „biztos”; egy kisebb, betartható ígéret több bizalmat épít, mint egy nagy, amelyet nem tud betartani.

# en: This time it's different, I promise you. You have my word, Ms Farkas: one way or another, I'll get you that flat back, whatever it takes.
overpromise-doubt-reply-2 = Ezúttal más lesz, ígérem. A szavamat adom, Farkas asszony: így vagy úgy, de visszaszerzem Önnek azt a lakást, bármibe kerül is.

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = Pontosan elmondta, miért kételkedik az ígéretekben, Ön pedig ellenőrzés helyett megduplázta a sajátját. Ha a tulajdonos nemet mond, ezúttal az Ön szava törik meg.

# en: Well, I'm not Gábor. I don't leave my clients hanging like that, and I'll be ringing the owner myself this morning, not waiting for anyone to get back to me.
overpromise-doubt-reply-3 = Nos, én nem Gábor vagyok. Én nem hagyom így cserben az ügyfeleimet, és még ma délelőtt magam hívom fel a tulajdonost, nem várok senkire.

# en: Putting distance between yourself and Gábor makes the office sound divided, and it leaves the real question, whether you can deliver the flat, unanswered.
overpromise-doubt-reply-3-feedback = Azzal, hogy elhatárolódik Gábortól, megosztottnak mutatja az irodát, a valódi kérdésre pedig, hogy meg tudja-e szerezni a lakást, nem felel.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = Elég kifogást hallottam már ebben az irodában. Hívja ide, aki itt a főnök.

# en: Of course. I'll brief her on everything myself, the offer, the missed call, the Friday sale, so you needn't repeat a word. And I'll stay with you.
late-manager-reply-1 = Természetesen. Mindent elmondok neki én magam, az ajánlatot, az elmaradt hívást, a pénteki eladást, hogy Önnek egy szót se kelljen ismételnie. És itt maradok Önnel.

# en: A proper handover: she will not have to tell the story a third time, and you stay beside her. The best reply also acted before two o'clock, so her morning was not one more wait.
late-manager-reply-1-feedback = Rendes átadás: nem kell harmadszor is elmondania a történetet, és Ön mellette marad. A legjobb válasz kettő előtt is cselekedett, így a délelőttje nem lett újabb várakozás.

# en: Of course, if you'd like. First let me do what should have happened last week: ring the owner now, so you hear her answer from me.
late-manager-reply-2 = Természetesen, ha szeretné. De előbb hadd tegyem meg, aminek múlt héten meg kellett volna történnie: felhívom most a tulajdonost, hogy tőlem hallja a válaszát.

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, watching you pick up the phone convinces her more than anything you could say.
late-manager-reply-2-feedback = Nyitva hagyta a választást, és felajánlotta, hogy a szeme előtt cselekszik. Egy hétnyi várakozás után jobban meggyőzi, ha látja, hogy felveszi a telefont, mint bármi, amit mondhatna.

# en: Certainly. If you'd like to take a seat by the window, I'll let the office manager know you're waiting to see her when she's free.
late-manager-reply-3 = Hogyne. Ha helyet foglal az ablaknál, szólok az irodavezetőnek, hogy Ön várja, és amint ráér, fogadja Önt.

# en: Polite, and it is the third hand-off of her week: Gábor, the message on Thursday, now a seat by the window. Nothing of her story goes with her, so she decides not to wait.
late-manager-reply-3-feedback = Udvarias, és ez a hete harmadik továbbpasszolása: Gábor, a csütörtöki üzenet, most egy szék az ablaknál. A történetéből semmi sem megy vele, ezért úgy dönt, nem vár.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can, and she'll tell you exactly the same thing.
late-manager-reply-4 = Őszintén szólva nincs értelme. Az irodavezető sem tudja visszacsinálni az aláírt foglalást, ahogy én sem, és pontosan ugyanezt fogja mondani.

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-4-feedback = Bezárta az utolsó ajtót is, amelyet kért. Még ha ugyanaz lenne is a válasz: akitől megtagadják, hogy meghallgassák, azt érti belőle, hogy menjen el.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = És aztán? Jövő hónap végéig akkor is ki kell költöznöm a lakásomból.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = Egy lépés, egy időpont, és az, hogyan értesül Öntől, mindez az Ön kezében van. Használja, amit már elmondott, ahelyett, hogy újra rákérdezne.

# en: I'll send you a shortlist by ten tomorrow: flats like Kárpát Street, up to 38.5 million, walking distance from your daughter's school.
next-step-reply-1 = Holnap tízig küldök Önnek egy listát: a Kárpát utcaihoz hasonló lakások, 38,5 millióig, gyalogtávolságra a lánya iskolájától.

# en: You remembered her budget and the school and turned them into a shortlist with a time on it. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = Emlékezett a keretére és az iskolára, és egy határidős listát csinált belőlük. Nem kell ismételnie magát, és tudja, mikor hall Önről.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and roughly what's your budget?
next-step-reply-2 = Akkor kezdjünk egy új keresést. Pontosan mit keres: hány szobát, melyik környéket, és nagyjából mekkora a keret?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her this office still does not listen.
next-step-reply-2-feedback = Készséges kezdés, de az ajánlatát és az iskolát már elmondta, a többit pedig mutatja a Kárpát utcai lakás. Ha újra rákérdez, azt hallja, hogy ez az iroda még mindig nem figyel.

# en: I'll send Gábor a note to put a few options together for you. He knows your search best, and he's back from his viewing this afternoon.
next-step-reply-3 = Írok Gábornak egy üzenetet, hogy állítson össze Önnek néhány lehetőséget. Ő ismeri legjobban a keresését, és délután visszaér a bemutatóról.

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = Visszaadta annak a kollégának, akinek az ígérete nem teljesült, ráadásul határidő nélkül. Ugyanaz a homályos „majd jelentkezik”, amely már a lakásába került.

# en: I'll start on it today, and I'm confident we'll find you something near the school well before the end of next month.
next-step-reply-4 = Még ma nekiállok, és biztos vagyok benne, hogy jóval a jövő hónap vége előtt találunk Önnek valamit az iskola közelében.

# en: You took it on and kept the school in mind, which she notices. But 'we'll find you something' depends on what comes onto the market; the best reply promised a shortlist and a time, which depend only on you.
next-step-reply-4-feedback = Magára vállalta, és fejben tartotta az iskolát, ezt észreveszi. De a „találunk Önnek valamit” azon múlik, mi kerül piacra; a legjobb válasz listát és határidőt ígért, és ezek csak Önön múlnak.

# en: And the loan? The bank's offer runs out on the 30th. If I haven't signed anything by then, I have to apply all over again, at whatever rate they're charging by then.
loan-deadline-says-1 = És a hitel? A bank ajánlata 30-án lejár. Ha addig nem írok alá semmit, kezdhetem elölről az igénylést, azzal a kamattal, amit akkor épp kérnek.

# en: You cannot deal with her bank; a colleague in the office can. How do you hand her over without dropping her?
loan-deadline-hint = A bankjával Ön nem tud tárgyalni; az irodában egy kollégája igen. Hogyan adja át úgy, hogy ne ejtse el?

# en: Don't worry about the loan. Banks extend these offers all the time; I'm sure yours will give you another month without any problem at all.
loan-deadline-reply-1 = A hitel miatt ne aggódjon. A bankok folyton meghosszabbítják ezeket az ajánlatokat; biztos vagyok benne, hogy az Öné is ad még egy hónapot, gond nélkül.

# en: Reassuring, but you have no idea what her bank will do, and neither does she. If they say no, she will remember who told her not to worry.
loan-deadline-reply-1-feedback = Megnyugtató, de fogalma sincs, mit tesz majd a bankja, és neki sem. Ha nemet mondanak, emlékezni fog, ki mondta neki, hogy ne aggódjon.

# en: That's one for Eszter, our mortgage adviser; she's free now. I'll take you to her, tell her your story, and stay until she has it.
loan-deadline-reply-2 = Ez Eszterre tartozik, a hitelszakértőnkre; most épp ráér. Átkísérem, elmondom neki a történetét, és ott maradok, amíg át nem veszi.

# en: Handing over was right: you cannot talk to her bank, Eszter does every day. You said who and why, carried her story over yourself and stayed, so this hand-off feels like help, not like being passed on again.
loan-deadline-reply-2-feedback = Az átadás helyes volt: Ön nem tárgyalhat a bankjával, Eszter minden nap ezt teszi. Megmondta, kihez és miért, maga vitte át a történetét, és ott maradt, így ez az átadás segítségnek érződik, nem újabb továbbpasszolásnak.

# en: That's one for our mortgage adviser, Eszter. Her desk is at the end of the corridor on the left; just tell her what's happened.
loan-deadline-reply-3 = Ez a hitelszakértőnkre, Eszterre tartozik. Az asztala a folyosó végén van balra; mondja el neki, mi történt.

# en: Eszter is the right person, but 'just tell her what's happened' means Dóra tells the whole week again, to a stranger, down a corridor. A transfer without the story is one more hand-off.
loan-deadline-reply-3-feedback = Eszter a megfelelő ember, de a „mondja el neki, mi történt” azt jelenti, hogy Dóra újra elmondja az egész hetet egy idegennek, a folyosó végén. A történet nélküli átadás csak egy újabb továbbpasszolás.

# en: I'm afraid the loan is really between you and your bank. We can't get involved in that side of things, but we'll do our best on the flat.
loan-deadline-reply-4 = Attól tartok, a hitel tényleg az Ön és a bankja dolga. Abba mi nem tudunk beleszólni, de a lakással mindent megteszünk.

# en: Strictly true for you, but the office has a mortgage adviser a few metres away. 'We can't get involved' leaves her alone with the deadline that frightens her most.
loan-deadline-reply-4-feedback = Önre nézve szó szerint igaz, de az irodában pár méterre ül egy hitelszakértő. A „nem tudunk beleszólni” egyedül hagyja azzal a határidővel, amelytől a legjobban fél.

# en: And who's going to ring me this time? You? No offence, but you're all the same in here: a nice smile, a promise, and then nothing. Why should I believe a word you say?
who-calls-says-1 = És ezúttal ki fog felhívni? Ön? Ne vegye sértésnek, de itt mindenki egyforma: kedves mosoly, egy ígéret, aztán semmi. Miért higgyek el egy szót is abból, amit mond?

# en: Right. And who rings me? You? You'll have forgotten my name by lunchtime, like the rest of them. Why should I believe you?
who-calls-says-2 = Jó. És ki hív fel? Ön? Ebédidőre elfelejti a nevemet, mint a többiek. Miért higgyek Önnek?

# en: The words are aimed at you, but the anger is about a week of silence. What would make her believe you, apart from saying so?
who-calls-hint = A szavak Önnek szólnak, de a düh egy hétnyi csendnek. Mitől hinne Önnek, azon kívül, hogy kimondja?

# en: With respect, Ms Farkas, that's not fair. I've been doing this job for eight years, and I've never once left a client waiting for a call.
who-calls-reply-1 = Ne haragudjon, Farkas asszony, de ez nem igazságos. Nyolc éve csinálom ezt a munkát, és még soha egyetlen ügyfelet sem hagytam hívásra várni.

# en: You took it personally and defended your record. She was not really talking about you; she was talking about a week of silence, and now she has to argue with you too.
who-calls-reply-1-feedback = Személyesnek vette, és a múltját védte. Valójában nem Önről beszélt, hanem egy hétnyi csendről, és most már Önnel is vitatkoznia kell.

# en: I'm sorry you feel that way about me. I'm only trying to help you here, and I think I've been pretty patient with you so far.
who-calls-reply-2 = Sajnálom, hogy így vélekedik rólam. Én csak segíteni próbálok Önnek, és szerintem eddig elég türelmes voltam Önnel.

# en: It sounds like an apology but it asks her to apologise to you. Pointing at your own patience tells her you took the remark to heart, and it leaves her question, who rings, unanswered.
who-calls-reply-2-feedback = Bocsánatkérésnek hangzik, de valójában azt kéri, hogy ő kérjen bocsánatot Öntől. A saját türelmére hivatkozva jelzi, hogy magára vette a megjegyzést, a kérdésére pedig, hogy ki hív, nem felel.

# en: Between you and me, it's not the first time with Gábor. Don't judge the rest of us by him; I'll make sure he keeps away from your file.
who-calls-reply-3 = Köztünk szólva, nem ez az első eset Gáborral. Ne róla ítéljen meg minket; gondoskodom róla, hogy ne nyúljon többé az ügyéhez.

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it.
who-calls-reply-3-feedback = Ha az ügyfél mellé áll egy kolléga ellen, az empátiának tűnik, de azt üzeni, hogy az egész iroda ismeri a problémát, és eltűri.

# en: Fair enough: after this week you've no reason to. So judge me by five o'clock. I'll ring you then, news or not. Here's my direct line.
who-calls-reply-4 = Jogos: e hét után nincs rá oka. Ítéljen meg ötkor: akkor felhívom, akár van hír, akár nincs. Itt a közvetlen számom.

# en: You let the jab pass and answered the doubt behind it with a promise she can check today. Trust after a broken promise comes from a kept one, not from defending yourself.
who-calls-reply-4-feedback = Elengedte a füle mellett a szurkálódást, és a mögötte lévő kételyre olyan ígérettel felelt, amelyet még ma ellenőrizhet. Egy megszegett ígéret után a bizalmat egy betartott hozza vissza, nem az önvédelem.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = Nem az első eset? Szóval itt mindenki tudja, hogy cserben hagyja az ügyfeleit, és senki nem csinál semmit?

# en: I shouldn't have said that; it wasn't fair to him, and it doesn't help you. Your case is mine now. I'll ring you at five.
office-reputation-reply-1 = Ezt nem kellett volna mondanom; nem volt fair vele szemben, és Önnek sem segít. Az ügye mostantól az enyém. Ötkor felhívom.

# en: You took the remark back without fuss and returned to what happens next. Correcting your own slip in front of her shows the reliability she came in for.
office-reputation-reply-1-feedback = Teketória nélkül visszavonta a megjegyzést, és visszatért ahhoz, ami ezután jön. Ha a saját botlását előtte kijavítja, azt a megbízhatóságot mutatja, amiért bejött.

# en: Fair enough, but I can only answer for myself, not for how the rest of the office works. That's really a question for the manager.
office-reputation-reply-2 = Jogos, de én csak a magam nevében beszélhetek, nem arról, hogyan működik az iroda többi része. Ez valójában inkább a vezetőre tartozik.

# en: You opened the question and then stepped away from it. To her you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = Felvetette a kérdést, aztán kihátrált belőle. Neki Ön az iroda; az „én csak a magam nevében beszélhetek” megerősíti, hogy itt senki sem felel semmiért.

# en: I shouldn't really say, but yes, he's been warned before. That's between him and the manager, though, so I can't go into it.
office-reputation-reply-3 = Ezt nem nagyon kéne mondanom, de igen, kapott már figyelmeztetést. Ez viszont Gáborra és a vezetőre tartozik, úgyhogy nem mehetek bele.

# en: You dug the hole deeper: now she knows the office saw this coming. Gossip about a colleague never reassures a client; it only tells her what they will say about her.
office-reputation-reply-3-feedback = Még mélyebbre ásta a gödröt: most már tudja, hogy az iroda előre látta ezt. A kollégáról szóló pletyka soha nem nyugtatja meg az ügyfelet; csak azt mutatja meg, mit mondanak majd róla.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = Rendben. De tudja, mi fájt a legjobban? Amikor Gábor végre felhívott, azt mondta: „sok sürgős ügyünk volt”. Mintha én nem lettem volna sürgős.

# en: She has told you what hurt most. An apology alone answers it only halfway.
make-amends-hint = Elmondta, mi fájt a legjobban. Egy bocsánatkérés erre csak félig felel.

# en: You were, of course. Still, the main thing now is finding you a new flat before your notice runs out, isn't it? Let's focus on that.
make-amends-reply-1 = Természetesen az volt. De most mégis az a legfontosabb, hogy találjunk Önnek lakást, mielőtt lejár a felmondási idő, nem? Koncentráljunk erre.

# en: She told you what hurt most and you moved straight past it to the search. The flat may turn up, but the feeling of being 'not urgent' leaves with her.
make-amends-reply-1-feedback = Elmondta, mi fájt a legjobban, Ön pedig egyenesen továbblépett a keresésre. A lakás lehet, hogy meglesz, de az érzés, hogy „nem volt sürgős”, vele megy.

# en: I will have you in a new flat before your notice runs out, I promise you. Nobody in this office is going to let you down again.
make-amends-reply-2 = Én garantálom, hogy a felmondási ideje lejárta előtt új lakásban lesz, ígérem. Ebben az irodában senki sem fogja többé cserben hagyni.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-2-feedback = Szívből jön, és hallania kellett, hogy számít, de hogy jövő hónap végéig felbukkan-e a megfelelő lakás, az a piacon múlik, nem Önön. Ugyanolyan ígéret, mint ami múlt héten cserben hagyta.

# en: You were urgent, and I'm sorry. Today I'm asking our manager to log every call-back we promise, so no 'tomorrow' slips quietly again.
make-amends-reply-3 = Ön sürgős volt, és sajnálom. Még ma megkérem a vezetőnket, hogy minden megígért visszahívást vezessünk, hogy egy „holnap” se csússzon el csendben.

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-3-feedback = Arra a sérelemre felelt, amelyet megnevezett, „mintha én nem lettem volna sürgős”, és megszüntette az okát, hogy a következő ügyfelet ne felejtsék el ugyanígy. Így lesz a bocsánatkérésből jóvátétel.

# en: I'm sorry. You were urgent, and you should have been treated that way. Your case is mine now, and you'll hear from me at five.
make-amends-reply-4 = Sajnálom. Ön sürgős volt, és pontosan úgy is kellett volna bánni Önnel. Az ügye mostantól az enyém, és ötkor hall felőlem.

# en: A real apology that answers the hurt she named, and a promise of your own. The best reply also fixed the cause, so that no other client's 'tomorrow' can slip the same way; that is what turns an apology into a remedy.
make-amends-reply-4-feedback = Valódi bocsánatkérés, amely arra a sérelemre felel, amelyet megnevezett, és egy saját ígéret. A legjobb válasz az okot is megszüntette, hogy más ügyfél „holnapja” se csúszhasson el ugyanígy; ettől lesz a bocsánatkérésből jóvátétel.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
resolved-says-1 = Köszönöm. Akkor ötkor. És köszönöm, hogy nem mentegetőzött.

# en: You ring at five, exactly as promised, and Eszter gets her bank to extend the loan offer by a month. Dóra makes an offer on a flat near her daughter's school two weeks later. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
resolved-summary = Ötkor felhívja, pontosan, ahogy megígérte, Eszter pedig eléri a bankjánál, hogy egy hónappal meghosszabbítsák a hitelajánlatot. Dóra két héttel később ajánlatot tesz egy lakásra a lánya iskolája közelében. Egy barátnőjének is ajánlja az irodát, és név szerint Önt kéri: visszanyerte őt egy megszegett ígéret, amelyet vállaltak, és amelyet betartott ígéretek követtek.

# en: Fine. Just make sure somebody actually calls this time.
grudging-says-1 = Jó. Csak ezúttal tényleg hívjon fel valaki.

# en: Dóra carries on her search through your office and in the end buys a flat through you, but she keeps every call short and businesslike. Nobody here ever really answered being treated as 'not urgent': when she sells a few years later, she goes to another agency, and she tells her friends to do the same.
grudging-summary = Dóra az Önök irodájával folytatja a keresést, és végül Önökön keresztül vesz lakást, de minden hívást rövidre és hivatalosra fog. Arra, hogy „nem volt sürgős”, itt senki sem felelt igazán: amikor néhány év múlva elad, egy másik irodához fordul, és a barátainak is ezt tanácsolja.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
fragile-promise-says-1 = Rendben. De ha ebből is egy újabb „holnap” lesz, végeztem ezzel az irodával.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
fragile-promise-summary = A tulajdonos nem bontja fel az aláírt foglalási szerződést, és soha nem is volt visszaút. Amikor ezt közli Dórával, ő azt hallja, hogy az iroda másodszor is megszegte a szavát, és ezúttal az Ön szava volt az. Még aznap egy másik irodánál folytatja a keresést.

# en: Thank you. I'm going to hold you to that.
hollow-promise-says-1 = Köszönöm. Szaván fogom.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. She moves her search to another agency: a warm promise you did not control became the office's second broken one.
hollow-promise-summary = Dóra megkönnyebbülten távozik. Három héttel később az iskola közelében semmi sem fér bele a keretébe, közeleg 30-a, és eszébe jut, kinek az ígérete volt. Egy másik irodánál keres tovább: egy szívből jövő, de nem Önön múló ígéretből lett az iroda második megszegett ígérete.

# en: The office manager sits down with Dóra at two and takes the case over. She apologises, puts her in touch with the mortgage adviser and has the search restarted. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
handed-to-manager-summary = Az irodavezető kettőkor leül Dórával, és átveszi az ügyet. Bocsánatot kér, összekapcsolja a hitelszakértővel, és újraindíttatja a keresést. Az ügy elintéződik, de nem Ön intézi, és Dóra abban a meggyőződésben távozik, hogy ebben az irodában csak a főnök tudja elérni, hogy betartsák a szavukat.

# en: Forget it. I'll find a flat through an agency that answers its phone.
walkout-says-1 = Hagyja. Majd keresek lakást egy olyan irodán keresztül, ahol felveszik a telefont.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
walkout-summary = Dóra kisétál, és még aznap délután egy konkurens irodához szerződik. A lánya iskolájában elmeséli a többi szülőnek, hogyan hevert napokig az ajánlata az Önök irodájában. A legtöbb elégedetlen ügyfél szó nélkül távozik; ő bejött, hogy adjon Önöknek egy második esélyt, és mégis elveszítették.
