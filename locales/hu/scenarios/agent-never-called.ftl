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

# en: I'm really sorry, Ms Farkas. Gábor's been stretched thin this week, filling in for two people who are ill, and he's barely had a minute to himself.
opening-reply-1-wording-1 = Farkas asszony, igazán sajnálom. Gábornak most nagyon kemény időszaka van, két lebetegedett kollégája munkáját is ő viszi, és teljesen ki van készülve.

# en: Sorry, Gábor's been swamped covering for sick colleagues.
opening-reply-1-wording-2 = Sajnálom, Gábor most két kolléga helyett dolgozik, nagyon túlterhelt.

# en: so sorry, honestly gabor has had an awful week, two of the team are off ill and he's been doing their work on top of his own
opening-reply-1-wording-3 = jaj sajnalom, gabor most tenyleg el van havazva, ket beteg embert helyettesit egyszerre, szegeny mar kapkodja a fejet

# en: Apologies, Ms Farkas. Gábor has been doing three people's jobs this week because two of the team are ill, and he's completely overwhelmed.
opening-reply-1-wording-4 = Elnézést kérek, Farkas asszony. Gábor ezen a héten három ember munkáját végzi, mert két munkatársunk betegállományban van, és teljesen összecsaptak a feje fölött a hullámok.

# en: Sorry, Gábor was overloaded because half the team was sick.
opening-reply-1-wording-5 = Elnézést, Gábor nem győzte, mert a csapat fele beteg.

# en: two colleagues off sick all week, so Gábor has been doing their work too, that's why, I'm so sorry
opening-reply-1-wording-6 = két kolléga egész héten betegszabin volt, úgyhogy Gábor az ő munkájukat is csinálta, ezért alakult így, nagyon sajnálom

# en: The sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases' at you, and this is the same excuse in longer words: his workload came before her offer.
opening-reply-1-feedback = Az együttérzés Gábornak szól, nem neki. Épp most idézte Önnek a „sok sürgős ügyünk volt” mondatot, és ez ugyanaz a kifogás hosszabban: Gábor leterheltsége előbbre való volt, mint az ő ajánlata.

# en: Ms Farkas, you offered on Tuesday, chased us on Thursday, and heard nothing until it had gone. If I'd waited by the phone all week, I'd be furious too.
opening-reply-2 = Farkas asszony, kedden ajánlatot tett, csütörtökön Ön hívott minket, és semmit sem hallott, amíg el nem kelt. Egy hét a telefon mellett? Én is dühös lennék.

# en: So you made an offer on Tuesday, rang us again on Thursday, and didn't hear a thing until the flat was sold. Waiting for the phone to ring all week like that would make me livid too.
opening-reply-2-wording-1 = Tehát kedden ajánlatot adott, csütörtökön Ön telefonált be hozzánk, és egészen az eladásig senki nem kereste. Egy hétig hiába várni a hívásra? A helyében én is felháborodnék.

# en: Offer Tuesday, chased Thursday, silence till it sold. I'd be furious as well.
opening-reply-2-wording-2 = Egy hétig hiába várt a hívásunkra, érthető, hogy dühös.

# en: right so you put your offer in tuesday, called us thursday and got nothing back till it was gone. honestly if that was me i'd be fuming
opening-reply-2-wording-3 = Farkas asszony, ha jól értem: kedd ajánlat, csütörtök Ön keresett minket, aztán csend, amíg el nem adták. Egy teljes hét várakozás, hát én is ki lennék akadva.

# en: You put in an offer on Tuesday, followed it up on Thursday, and nobody told you anything until it was sold. Anyone left hanging like that all week would be angry.
opening-reply-2-wording-4 = Kedden beadta az ajánlatát, csütörtökön rá is kérdezett, és senki nem szólt Önnek, egészen addig, amíg el nem adták. Aki egy egész hétig így a levegőben lóg, annak minden joga megvan mérgesnek lenni.

# en: You chased us and heard nothing. No wonder you're angry.
opening-reply-2-wording-5 = Ön keresett minket, és nem kapott választ. Nem csoda, hogy mérges.

# en: Nobody got back to you after your Tuesday offer or your Thursday call, Ms Farkas, and you only found out once it was sold. I completely understand why you're so upset.
opening-reply-2-wording-6 = Sem a keddi ajánlata, sem a csütörtöki hívása után nem jelentkezett senki, Farkas asszony, és csak az eladás után tudta meg. Teljesen megértem, miért ennyire felzaklatott.

# en: You gave her week back in order and said how it would have felt to you. Nobody in this office has yet admitted that her anger makes sense; once someone does, she no longer has to prove it.
opening-reply-2-feedback = Sorrendben visszaadta neki a hetét, és kimondta, Ön mit érezne a helyében. Ebben az irodában még senki sem ismerte el, hogy a dühének oka van; ha valaki kimondja, már nem kell bizonyítania.

# en: I'm sorry to hear that. Gábor looks after the Kárpát Street listing, though, and he's out at a viewing until lunchtime. Could you come back this afternoon, when he's in?
opening-reply-3 = Sajnálattal hallom. A Kárpát utcai lakást viszont Gábor viszi, és ő délig lakásbemutatón van. Vissza tudna jönni délután, amikor már biztosan bent lesz az irodában?

# en: Sorry about that. The Kárpát Street flat is Gábor's listing, but he's showing a property until about midday. Would you mind coming back later today once he's here?
opening-reply-3-wording-1 = Ezt sajnálom. Csakhogy a Kárpát utcai ügyet Gábor intézi, aki délig egy bemutatón van; be tudna nézni hozzánk délután, amikor ő is itt lesz?

# en: Sorry, it's Gábor's listing; can you pop back this afternoon?
opening-reply-3-wording-2 = Ezt Gábor intézi, jöjjön vissza délután, akkor itt lesz.

# en: oh i'm sorry. thing is gabor handles that property and he's showing a flat all morning, could you drop by again after lunch when he's back?
opening-reply-3-wording-3 = sajnalom, de az a lakas gaboré, o most delelott mutat egy masik ingatlant. delutan be tudna ugrani ujra? akkor mar tuti bent lesz

# en: That's a shame. It's Gábor who deals with the Kárpát Street flat, and he won't be in until after lunch, so it's best if you return later.
opening-reply-3-wording-4 = Ez kellemetlen. A Kárpát utcai lakással Gábor foglalkozik, ő viszont csak ebéd után ér be, úgyhogy az lenne a legjobb, ha később visszanézne.

# en: Gábor isn't in yet, please come back after lunch.
opening-reply-3-wording-5 = Gábor még nincs bent, kérem, jöjjön vissza ebéd után.

# en: Gábor is the one who handles that flat and he's out till lunch. Could you come back when he's in, Ms Farkas? Sorry about this.
opening-reply-3-wording-6 = Azt a lakást Gábor kezeli, és ebédig nincs itt. Be tudna jönni újra, amikor már bent van, Farkas asszony? Elnézést emiatt.

# en: Polite, but it sends her off to wait for the very person who left her waiting all week. To Dóra you are the agency this morning; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = Udvarias, de elküldi várni éppen arra az emberre, aki egész héten váratta. Dóra szemében ma délelőtt Ön az iroda; az „ezt Gábor viszi” után senki sem marad, aki foglalkozna vele.

# en: Let me see what else we have on our books near Kárpát Street. A couple of two-bedroom flats came in this week that might suit you even better.
opening-reply-4 = Hadd nézzem meg, mi van még a kínálatunkban a Kárpát utca környékén. Ezen a héten jött be pár kétszobás lakás, ami talán még jobban is tetszene Önnek.

# en: Let me check what other properties we've got around Kárpát Street. We've had a few two-bed flats listed recently that could be an even better fit for you.
opening-reply-4-wording-1 = Megnézem, milyen más ingatlanunk van még a Kárpát utca közelében; most a héten érkezett néhány két szobás, lehet, hogy azok még jobban is bejönnének Önnek.

# en: We've got some other flats nearby that might suit you better.
opening-reply-4-wording-2 = Mutatok pár másik lakást a környéken, jöttek újak.

# en: let me have a look at what else is available in that area, a couple of 2 bed places came on this week and they could work even better for you
opening-reply-4-wording-3 = Nézzük meg, mit tudunk még kínálni arrafelé: pár friss kétszobás hirdetés is bekerült a napokban, talán lesz köztük kedvére való.

# en: Why don't I show you some similar properties in the same neighbourhood? We've just listed a few two-bedroom apartments that could be an even better match.
opening-reply-4-wording-4 = Mi lenne, ha mutatnék Önnek pár hasonló ingatlant ugyanabban a városrészben? Most vettünk fel néhány kétszobás lakást, amelyek talán még jobban is illenek Önhöz.

# en: I can show you other two-bed flats in that area.
opening-reply-4-wording-5 = Tudok mutatni más kétszobásokat azon a környéken.

# en: two new 2-bedroom places came in near karpat street this week, shall i pull them up for you? might be even better
opening-reply-4-wording-6 = ezen a heten jott be ket uj ketszobas a karpat utca kozeleben, elohozzam oket? lehet hogy meg jobbak is

# en: Keen to help, but she has not yet heard a single word about the week she just described. New listings at this moment sound like 'forget Kárpát Street', which is the thing she came in angry about.
opening-reply-4-feedback = Segíteni akar, de egyetlen szót sem hallott még arról a hétről, amit elmesélt. Új hirdetések ebben a pillanatban úgy hangzanak, mint „felejtse el a Kárpát utcát”, pedig éppen emiatt jött be dühösen.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = Gábor így, Gábor úgy! Nem érdekel, kinek mennyi dolga van, és ki nincs bent. Azt ígérték, hogy „holnap” felhívnak, és senki nem hívott. Vállalja itt valaki a felelősséget, vagy harmadszor is maguk után kell szaladnom?

# en: I do understand how upsetting this is, but I can't really speak for what Gábor promised you. Only he knows exactly what was agreed with the owner.
excuse-reaction-reply-1 = Nagyon is értem, mennyire bosszantó ez, de nem igazán felelhetek azért, amit Gábor megígért Önnek. Csak ő tudja, pontosan mit beszéltek meg a tulajdonossal.

# en: I can see how distressing this is for you, but I'm not in a position to answer for what Gábor told you. Only he knows what he and the owner agreed.
excuse-reaction-reply-1-wording-1 = Teljesen érthető, hogy ez felbosszantja, csak hát én nem vállalhatok felelősséget Gábor ígéretéért; hogy mit egyeztettek a tulajdonossal, azt csak ő tudja.

# en: I understand, but I can't answer for Gábor's promise.
excuse-reaction-reply-1-wording-2 = Értem, de Gábor ígéretéért nem én felelek.

# en: i totally get that you're upset, but honestly i don't know what gabor said to you, that's between him and the owner
excuse-reaction-reply-1-wording-3 = megertem hogy idegesito, de gabor szavaert en nem tudok kiallni, a tulajjal o beszelt, a reszleteket csak o ismeri

# en: I appreciate you're upset, but I wasn't part of that conversation, so I can't tell you what Gábor promised or what the owner said.
excuse-reaction-reply-1-wording-4 = Megértem, hogy fel van háborodva, de én nem voltam jelen annál a beszélgetésnél, így nem tudom megmondani, mit ígért Gábor, vagy mit mondott a tulajdonos.

# en: I hear you, but I don't know what Gábor agreed with you.
excuse-reaction-reply-1-wording-5 = Értem Önt, de nem tudom, miben állapodott meg Gáborral.

# en: Only Gábor can tell you what was agreed with the owner, I'm afraid. I understand it's frustrating, but I can't speak for him.
excuse-reaction-reply-1-wording-6 = Sajnos azt, hogy mit egyeztettek a tulajdonossal, csak Gábor tudja elmondani. Értem, hogy ez frusztráló, de helyette nem nyilatkozhatok.

# en: The kind words are real, but the promise is still left with nobody. She asked whether anyone will take responsibility, and this answer is a courteous no.
excuse-reaction-reply-1-feedback = A kedves szavak őszinték, de az ígéret továbbra is gazdátlan marad. Azt kérdezte, vállalja-e valaki a felelősséget, és erre ez egy udvarias nem.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and shouting isn't going to get this sorted any faster.
excuse-reaction-reply-2 = Kérem, ne emelje fel a hangját, Farkas asszony. Más ügyfelek is vannak az irodában, és a kiabálással semmi sem intéződik el gyorsabban.

# en: Ms Farkas, I'd ask you not to shout at me. We have other customers in here, and yelling won't resolve this any quicker.
excuse-reaction-reply-2-wording-1 = Farkas asszony, arra kérném, beszéljen halkabban. Vannak itt más ügyfeleink is, és attól, hogy kiabál, semmi nem fog hamarabb megoldódni.

# en: Please stop shouting, there are other clients here.
excuse-reaction-reply-2-wording-2 = Kérem, ne kiabáljon, más ügyfelek is vannak itt.

# en: could you keep your voice down please? there are people waiting and getting loud won't speed anything up
excuse-reaction-reply-2-wording-3 = Asszonyom, legyen szíves visszavenni a hangerőből, nem egyedül van az irodában, és a hangoskodás nem gyorsít semmin.

# en: There's no need to shout, Ms Farkas. Other people are in the office, and getting angry won't make this go any quicker.
excuse-reaction-reply-2-wording-4 = Nem kell kiabálni, Farkas asszony. Mások is vannak az irodában, és a dühöngés semmit nem gyorsít fel.

# en: Please calm down, you're disturbing the other clients.
excuse-reaction-reply-2-wording-5 = Nyugodjon meg, kérem, zavarja a többi ügyfelet.

# en: ms farkas please lower your voice, there are other customers here and yelling won't fix anything
excuse-reaction-reply-2-wording-6 = farkas asszony, kerem halkabban, itt mas ugyfelek is ulnek, es kiabalassal semmi nem lesz jobb

# en: It makes her voice the problem instead of the call that never came. In front of other clients it also lands as a public telling-off.
excuse-reaction-reply-2-feedback = A hangját teszi meg problémának az elmaradt hívás helyett. Más ügyfelek előtt ráadásul nyilvános rendreutasításként hat.

# en: I will. Who was busy is our problem, not yours. Your case is mine from now on, and I won't send you anywhere else.
excuse-reaction-reply-3 = Én vállalom. Az, hogy ki volt elfoglalt, a mi gondunk, nem az Öné. Mostantól az én ügyem, és nem küldöm tovább sehova.

# en: Yes, me. Whoever was busy, that's for us to deal with, not you. From now on I'm handling your case personally, and I won't pass you on to anybody.
excuse-reaction-reply-3-wording-1 = Vállalom én. Hogy nálunk ki mennyire volt elfoglalt, az nem az Ön baja, hanem a miénk. Innentől én viszem az ügyét, és nem adom tovább senkinek.

# en: I'll take responsibility. It's my case now, no more passing you around.
excuse-reaction-reply-3-wording-2 = Én vállalom, mostantól az én ügyem, senkihez nem küldöm.

# en: yes, i will. our workload isn't your problem. i'm dealing with this myself from here on and you won't be bounced to anyone else
excuse-reaction-reply-3-wording-3 = Igen, vállalja valaki: én. Az irodai leterheltség a mi gondunk. Ezentúl én foglalkozom Önnel, nem kell senki után futkosnia.

# en: Yes, I'm taking responsibility. How busy we were is our issue, not yours. I'll handle everything from here, and you won't be passed to anybody else.
excuse-reaction-reply-3-wording-4 = Igen, engem vonhat felelősségre. A leterheltségünk a mi problémánk, nem az Öné. Mostantól mindent én intézek, és nem passzolom tovább senkinek.

# en: Yes, me. I'm handling your case from now on.
excuse-reaction-reply-3-wording-5 = Igen, én. Mostantól én foglalkozom az ügyével.

# en: Me. I'm owning this now, Ms Farkas; you won't need to chase us a third time, and I won't hand you to anyone else.
excuse-reaction-reply-3-wording-6 = Én. Mostantól ez az én felelősségem, Farkas asszony: harmadszorra már nem kell utánunk szaladgálnia, és senki máshoz nem irányítom át.

# en: She asked who would take responsibility, and you answered 'I will' without defending anyone. 'I won't send you anywhere else' meets exactly what she fears: chasing this office a third time.
excuse-reaction-reply-3-feedback = Azt kérdezte, ki vállalja a felelősséget, és Ön azt felelte: „én”, anélkül, hogy bárkit védett volna. A „nem küldöm tovább sehova” pontosan arra felel, amitől tart: hogy harmadszor is az iroda után kell szaladnia.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = Na, elég. Az irodavezetővel akarok beszélni. Nem fogom újra elmagyarázni az egészet valakinek, aki holnapra elfelejt.

# en: Of course, she's free at two. Before that, I can ring the owner now and find out where things really stand. Shall I, while you're here?
manager-demand-reply-1 = Természetesen, kettőtől ráér. Addig is felhívhatom most a tulajdonost, és megtudom, valójában hogy állnak a dolgok. Felhívjam, amíg itt van?

# en: Certainly, she's available at two o'clock. In the meantime, would you like me to phone the owner right now, while you're sitting here, and find out exactly where we stand?
manager-demand-reply-1-wording-1 = Persze, két órától tud fogadni. Addig viszont akár most rögtön telefonálhatok a tulajdonosnak, hogy kiderüljön, hogyan is áll a dolog. Hívjam, amíg Ön itt ül?

# en: Yes, she's free at two. Shall I call the owner now meanwhile?
manager-demand-reply-1-wording-2 = Kettőtől bent lesz; addig felhívjam most a tulajdonost?

# en: of course, the manager can see you at 2. while you wait, want me to give the owner a ring right now so we know what's actually going on?
manager-demand-reply-1-wording-3 = Hogyne, a vezető 2 után ráér. De amíg itt van, felcsörgethetem a tulajt, és megkérdezem, mi a helyzet valójában. Szóljak neki most?

# en: Absolutely, the manager can see you at two. Until then, why don't I phone the owner while you're here and find out what's really happening?
manager-demand-reply-1-wording-4 = Feltétlenül, az irodavezető kettőkor tud fogadni. Addig is: megkeressem telefonon a tulajdonost most, amíg itt van, hogy kiderüljön, mi a valós helyzet?

# en: Sure, at two. Want me to call the owner meanwhile?
manager-demand-reply-1-wording-5 = Persze, kettőkor. Addig hívjam fel a tulajdonost?

# en: She's free at 2, no problem. While we wait, shall I ring the owner right now so we know where things stand?
manager-demand-reply-1-wording-6 = 2-kor szabad, nem gond. Amíg várunk, ne hívjam fel most rögtön az eladót, hogy lássuk, hol tart a dolog?

# en: You granted the request and offered to act this very minute, in front of her. People often ask for the manager because they have given up on the person in front of them; a phone call she can watch changes that.
manager-demand-reply-1-feedback = Teljesítette a kérését, és felajánlotta, hogy még ebben a percben, a szeme előtt tesz valamit. Az ügyfelek gyakran azért kérik a vezetőt, mert lemondtak arról, aki előttük áll; egy telefonhívás, amelyet végignézhet, ezen változtat.

# en: Of course. Please take a seat over there by the window, and I'll go and see whether she can come out of her meeting for you.
manager-demand-reply-2 = Természetesen. Kérem, foglaljon helyet ott az ablaknál, én pedig megnézem, ki tud-e jönni Önhöz az értekezletről.

# en: Certainly. If you'd like to sit down by the window, I'll go and ask whether she can step out of her meeting to see you.
manager-demand-reply-2-wording-1 = Hogyne. Üljön le nyugodtan az ablak melletti székre, közben utánanézek, ki tud-e szabadulni hozzá a megbeszélésről.

# en: Sure, have a seat and I'll see if she can come out.
manager-demand-reply-2-wording-2 = Persze, foglaljon helyet, megnézem, kijöhet-e a vezető.

# en: no problem, grab a chair over near the window, i'll pop in and check if she can leave her meeting for a minute
manager-demand-reply-2-wording-3 = Rendben, addig üljön le kérem az ablaknál, benézek a tárgyalóba, hátha a vezető ki tud jönni egy percre.

# en: Certainly, please sit down by the window for a moment and I'll check whether the manager can leave her meeting to see you.
manager-demand-reply-2-wording-4 = Feltétlenül. Addig üljön le, kérem, az ablaknál, én pedig megkérdezem, félbe tudja-e hagyni az irodavezető a tárgyalást, hogy beszéljen Önnel.

# en: Please sit down, I'll go and check if she's available.
manager-demand-reply-2-wording-5 = Kérem, üljön le az ablaknál, megnézem, kijöhet-e a megbeszélésről.

# en: Of course, Ms Farkas. She's in a meeting just now, but if you wait over by the window I'll go ask if she can break away.
manager-demand-reply-2-wording-6 = Hogyne, Farkas asszony. Épp tárgyal, de ha addig leül ott az ablaknál, átmegyek és megkérdezem, ki tud-e szakadni.

# en: Courteous, and it grants her wish, but it does exactly what she just said she dreads: she will tell the whole story again to someone new. Nothing of her case goes with her.
manager-demand-reply-2-feedback = Udvarias, és teljesíti a kívánságát, de pontosan azt teszi, amitől az imént tartott: az egész történetet újra el kell mondania valaki újnak. Az ügyéből semmi sem megy vele.

# en: Of course; she's out of her meeting at two. I'll tell her your whole week myself, so you won't repeat a word, and I'll sit in with you.
manager-demand-reply-3 = Természetesen; kettőkor végez az értekezlettel. Én magam mondom el neki az egész hetét, hogy Önnek egy szót se kelljen ismételnie, és ott maradok Önnel.

# en: Certainly. Her meeting finishes at two. I'll fill her in on everything that happened this week so you don't have to go over it again, and I'll be in the room with you.
manager-demand-reply-3-wording-1 = Hogyne; két órára végez a megbeszéléssel. Én foglalom össze neki az egész elmúlt hetet, hogy Önnek semmit ne kelljen újra elmondania, és végig Ön mellett leszek.

# en: Yes, at two. I'll brief her myself and stay with you.
manager-demand-reply-3-wording-2 = Kettőkor jön; én mondok el neki mindent, itt maradok Önnel.

# en: of course, she's free at 2. i'll explain the whole thing to her beforehand so you don't have to say it all again, and i'll come in with you
manager-demand-reply-3-wording-3 = Persze, 2-kor szabadul. Addig én mindent leírok neki keddtől máig, hogy ne kelljen elölről mesélnie, és nem hagyom magára.

# en: Of course, she'll be free at two. I'll go over everything that's happened with her beforehand so you won't have to explain again, and I'll join you in the meeting.
manager-demand-reply-3-wording-4 = Persze, kettőtől szabad. Előtte mindent átbeszélek vele, ami történt, hogy Önnek ne kelljen újra elmagyaráznia, és én is beülök a megbeszélésre.

# en: She's free at two; I'll explain everything and come with you.
manager-demand-reply-3-wording-5 = Kettőkor szabad; mindent elmondok neki, és bemegyek Önnel.

# en: at 2 she's out of her meeting. i'll tell her the whole story myself first so you dont have to repeat anything, and i'll be sitting in with you
manager-demand-reply-3-wording-6 = 2-kor vegez a megbeszelessel. elotte en elmeselek neki mindent, hogy ne kelljen ismetelnie semmit, es ott ulok majd maga mellett

# en: A good handover: you answered her fear of repeating herself and stayed with her. The best reply also gave her something before two o'clock; until then she still sits and waits, which is what she has done all week.
manager-demand-reply-3-feedback = Jó átadás: válaszolt arra a félelmére, hogy ismételnie kell magát, és mellette maradt. A legjobb válasz kettő előtt is adott neki valamit; addig ugyanis csak ül és vár, ahogy egész héten.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and there's nothing anyone in this office can do about that now.
manager-demand-reply-4 = Attól tartok, ő is csak azt fogja mondani, amit én: a lakás elkelt, és ezen most már senki sem tud változtatni ebben az irodában.

# en: Honestly, she'll say exactly what I'm saying: the flat's been sold and nobody here can change that now.
manager-demand-reply-4-wording-1 = Sajnos a vezetőtől is ugyanezt hallaná, amit tőlem: a lakást eladták, és ezen itt már senki nem tud módosítani.

# en: No point, she'll just tell you the flat's gone.
manager-demand-reply-4-wording-2 = Ő sem mondana mást: eladták, ezen nem lehet változtatni.

# en: i'm afraid the manager would only repeat what i've said. it's sold, and none of us can do a thing about it at this stage
manager-demand-reply-4-wording-3 = Őszintén, fölösleges lenne, a főnök is csak azt tudja mondani, hogy a lakás elment, és ezt mi már nem tudjuk visszafordítani.

# en: Seeing the manager won't change anything, I'm afraid. The flat is sold, and no one in this office can get it back now.
manager-demand-reply-4-wording-4 = Attól tartok, az irodavezetővel való beszélgetés semmin nem változtat. A lakás el van adva, és ebben az irodában már senki nem tudja visszaszerezni.

# en: The manager will just say the same: it's sold.
manager-demand-reply-4-wording-5 = A vezető is csak ugyanezt mondja: eladták.

# en: with respect, she'll give you the same answer I am, the kárpát street flat has gone and that's that
manager-demand-reply-4-wording-6 = minden tiszteletem mellett, ő is pont ezt felelné, mint én: a kárpát utcai lakás már nem elérhető, és kész

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

# en: Yes, the timing couldn't have been worse. But properties are selling so quickly at the moment that it could easily have been sold even if Gábor had called you on Wednesday.
what-now-reply-1-wording-1 = Jogos, rosszkor jött az egész. Csak hát most nagyon pörög a piac, és lehet, hogy egy szerdai telefon mellett is elvitték volna a lakást.

# en: Bad timing, but it might have sold regardless of the call.
what-now-reply-1-wording-2 = Igaz, de a mostani piacon szerdai hívással is elkelhetett volna.

# en: true, awful timing. but honestly things are flying off the market right now, a wednesday call might not have changed anything
what-now-reply-1-wording-3 = igaza van hogy pocsek volt az idozites, de most annyira gyorsan mennek a lakasok, hogy szerdan is lehet hogy mar keso lett volna

# en: I know, the timing was terrible. Still, flats are going incredibly quickly at the moment, so even if Gábor had rung on Wednesday you might have lost it.
what-now-reply-1-wording-4 = Tudom, borzasztó rosszkor jött. Ettől függetlenül most hihetetlen gyorsan fogynak a lakások, úgyhogy ha Gábor szerdán telefonál, akkor is elúszhatott volna.

# en: The market is so fast it probably would have sold anyway.
what-now-reply-1-wording-5 = Olyan gyors a piac, hogy valószínűleg így is elkelt volna.

# en: even if we'd called you wednesday, honestly the flat could have gone, the market is crazy right now. bad timing though
what-now-reply-1-wording-6 = ha szerdán hívtuk volna, őszintén, akkor is elmehetett volna a lakás, most őrület, ami a piacon van. de tényleg rossz volt az időzítés

# en: It may even be true, but it answers her fear about her home with a reason why the missed call didn't matter. She did not come in for a market report.
what-now-reply-1-feedback = Talán még igaz is, de az otthona miatti félelmére azzal felel, miért nem számított az elmaradt hívás. Nem piaci elemzésért jött be.

# en: Right. Let me pull up everything we have under 38.5 million near the school, so you've got real options well before the end of next month.
what-now-reply-2 = Rendben. Hadd nézzem meg, mi van 38,5 millió alatt az iskola közelében, hogy jóval a jövő hónap vége előtt legyenek valódi lehetőségei.

# en: Okay. I'll bring up every property we have below 38.5 million close to your daughter's school, so you'll have proper choices long before you need to move out.
what-now-reply-2-wording-1 = Jó, akkor megnézem, mi akad 38,5 millió alatt a lánya iskolájának közelében, hogy bőven a költözési határidő előtt legyen miből választania.

# en: Let me find flats below 38.5 million close to the school.
what-now-reply-2-wording-2 = Rendben, keresek lakást 38,5 alatt az iskola közelében.

# en: ok let me search everything we've got up to 38.5m around the school, that way you'll have some actual options before your move out date
what-now-reply-2-wording-3 = Oké, nézzük akkor, mi van a keretén belül az iskola környékén, hogy még jóval a kiköltözés előtt legyen néhány valódi opciója.

# en: Okay, I'll look up all our listings near your daughter's school that come in below 38.5 million, so you have real choices in plenty of time before you move out.
what-now-reply-2-wording-4 = Jó, akkor átfésülöm a kínálatunkat: minden, ami az iskola szomszédságában van és nem drágább 38,5 milliónál, hogy jó időben legyen mi közül választania, mielőtt ki kell költöznie.

# en: I'll look for flats near the school within your budget.
what-now-reply-2-wording-5 = Keresek lakásokat az iskola közelében a keretén belül.

# en: Under 38.5 million and close to the school, let me search for those now so you have options well before next month's deadline.
what-now-reply-2-wording-6 = Amennyiben megengedi, most azonnal rákeresek a 38,5 millió alatti, iskolához közeli ajánlatokra, hogy jóval a jövő havi határidő előtt legyenek alternatívái.

# en: Practical, and you kept her budget and the school in mind. But she has just told you she may lose her home; the best reply said out loud how frightening that is before turning to the screen.
what-now-reply-2-feedback = Gyakorlatias, és fejben tartotta a keretét és az iskolát. De épp most mondta el, hogy elveszítheti az otthonát; a legjobb válasz előbb kimondta, milyen ijesztő ez, és csak utána fordult a képernyőhöz.

# en: I'm sorry if it feels like we've let you down, Ms Farkas. Nobody here wanted you to lose the flat, believe me, least of all Gábor.
what-now-reply-3 = Sajnálom, ha úgy érzi, hogy cserben hagytuk, Farkas asszony. Higgye el, itt senki sem akarta, hogy elveszítse a lakást, Gábor a legkevésbé.

# en: I'm sorry if you feel we've failed you, Ms Farkas. Honestly, no one here wanted you to miss out on that flat, Gábor least of all.
what-now-reply-3-wording-1 = Sajnálom, ha az az érzése, hogy magára hagytuk, Farkas asszony. De elhiheti, senki sem szerette volna, hogy elmenjen az a lakás, és Gábor végképp nem.

# en: Sorry if it seems we let you down; nobody wanted this.
what-now-reply-3-wording-2 = Sajnálom, ha csalódottnak érzi magát miattunk; ezt senki nem akarta.

# en: sorry if it comes across like we dropped the ball. trust me nobody in the office wanted you to lose it, gabor especially
what-now-reply-3-wording-3 = Bocsánat, ha úgy érzi, hogy nem álltunk ki Önért. Higgye el, nálunk senki nem örült, hogy elvesztette a lakást, Gábor pláne nem.

# en: I apologise if you feel let down by us, Ms Farkas. Believe me, nobody here wanted this to happen, and Gábor least of anyone.
what-now-reply-3-wording-4 = Bocsánatot kérek, amennyiben úgy érzi, hogy csalódást okoztunk, Farkas asszony. Biztosíthatom, hogy ezt senki nem szerette volna, Gábor főleg nem.

# en: Sorry if you feel let down, but no one wanted this.
what-now-reply-3-wording-5 = Elnézést, ha csalódott bennünk, de senki nem akarta ezt.

# en: Ms Farkas, if it feels like we've failed you then I'm sorry, but honestly none of us wanted you to lose that flat, certainly not Gábor.
what-now-reply-3-wording-6 = Farkas asszony, ha úgy érzi, hogy elbuktunk Önnél, akkor sajnálom, de őszintén, egyikünk sem akarta, hogy elveszítse azt a lakást, Gábor különösen nem.

# en: 'If it feels like' turns the office's broken promise into her impression. And she has just told you about her notice and her loan; the apology passes over both.
what-now-reply-3-feedback = A „ha úgy érzi” az iroda megszegett ígéretét az ő benyomásává teszi. És épp most beszélt a felmondásáról és a hiteléről; a bocsánatkérés mindkettőn átsiklik.

# en: Ms Farkas, your home, your loan and your daughter's school all hang on this. That's frightening, and it's our doing.
what-now-reply-4 = Farkas asszony, az otthona, a hitele és a lánya iskolája is ezen múlik. Ez ijesztő, és mi okoztuk.

# en: Your home, your mortgage offer and your daughter's school are all at stake here, Ms Farkas. That's a scary position to be in, and we put you there.
what-now-reply-4-wording-1 = Farkas asszony, itt a lakhatásáról, a hiteléről és a lánya iskolájáról van szó. Ez rémisztő, és mi vagyunk érte a felelősek.

# en: Your home and your daughter's school are at risk, and that's our fault.
what-now-reply-4-wording-2 = Az otthona és a hitele a tét; ez ijesztő, a mi hibánk.

# en: so your flat, the bank deadline and the school run all depend on this. that's really scary, and it's down to us
what-now-reply-4-wording-3 = Szóval költözési határidő, lejáró banki ajánlat, és a kislánya iskolája is ezen áll vagy bukik. Ez félelmetes helyzet, és mi sodortuk bele.

# en: Ms Farkas, losing this puts your housing, your mortgage and your daughter's school all in doubt. That's terrifying, and we caused it.
what-now-reply-4-wording-4 = Farkas asszony, ezzel a lakhatása, a jelzáloghitele és a lánya iskolája is kérdésessé vált. Ez rettenetes, és ezt mi idéztük elő.

# en: That's a frightening position, and we caused it.
what-now-reply-4-wording-5 = Ez tényleg félelmetes helyzet, és miattunk került bele.

# en: so the move-out date, the bank deadline on the 30th and your daughter's school all rode on that flat. that's a scary place to be and it's our fault
what-now-reply-4-wording-6 = vagyis a kiköltözés dátuma, a bank 30-i határideje meg a lánya sulija is erre a lakásra épült. ez ijesztő helyzet, és mi tehetünk róla

# en: You named the fear behind the complaint: a move-out date, a loan deadline and a school run, not just one flat. Saying 'frightening' out loud tells her she is a person here, not a lost listing.
what-now-reply-4-feedback = Kimondta a panasz mögötti félelmet: egy kiköltözési határidőt, egy lejáró hitelt és a lánya iskoláját, nem csak egy lakást. Az „ijesztő” szó kimondása jelzi neki, hogy itt ő ember, nem egy elveszett hirdetés.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = Ne tartson nekem kiselőadást a piacról! Kedden tettem ajánlatot. A másik vevő pénteken írt alá. Ha Gábor szerdán felhív, ahogy megígérte, az a lakás most az enyém lenne.

# en: We can't really know that, though. The owner might well have preferred the other buyer's offer in any case; they were paying cash, as far as I know.
market-argument-reply-1 = Ezt azért nem tudhatjuk. A tulajdonos lehet, hogy mindenképp a másik vevő ajánlatát választotta volna; ha jól tudom, ők ráadásul készpénzzel fizettek.

# en: Well, we can't be certain of that. The owner may have chosen the other offer anyway, since I believe they were a cash buyer.
market-argument-reply-1-wording-1 = Ezt azért nem lehet biztosan tudni. Könnyen lehet, hogy a tulajdonos így is a másik ajánlatot fogadta volna el; úgy tudom, ők ráadásul készpénzesek voltak.

# en: We can't know that; the other buyer was paying cash.
market-argument-reply-1-wording-2 = Nem biztos, a tulaj a készpénzes vevőt választhatta volna.

# en: hmm we don't actually know that though. the other buyer had cash i think so the owner might have gone with them regardless
market-argument-reply-1-wording-3 = hat ezt nem tudjuk biztosan, lehet h a tulaj amugy is a masik vevot valasztja, ha jol emlekszem ok hitel nelkul vettek

# en: That's not necessarily true. The other buyer had cash, I understand, so the owner could easily have picked them regardless.
market-argument-reply-1-wording-4 = Ez nem feltétlenül igaz. Úgy tudom, a másik vevő készpénzzel fizetett, úgyhogy a tulajdonos simán őket választhatta volna mindenképp.

# en: Maybe not, the other offer was cash.
market-argument-reply-1-wording-5 = Talán nem, a másik ajánlat készpénzes volt.

# en: honestly no one can say that for sure, a cash buyer might have won anyway
market-argument-reply-1-wording-6 = őszintén ezt senki nem tudhatja biztosan, egy készpénzes vevő lehet, hogy így is nyert volna

# en: You kept arguing about what might have happened. Even if you won the point you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-1-feedback = Tovább vitatkozott arról, mi történhetett volna. Még ha igaza lenne is, elveszítené őt: az elmaradt hívás tény, a másik kimenetel csak találgatás.

# en: You're right: you were first, with a real offer, and we let three days slip. That's on this office, not on the market.
market-argument-reply-2 = Igaza van: Ön volt az első, komoly ajánlattal, és mi hagytunk elúszni három napot. Ez az iroda hibája, nem a piacé.

# en: You're quite right. You got in first with a genuine offer and we let Wednesday, Thursday and Friday go by. That's our fault, not the market's.
market-argument-reply-2-wording-1 = Teljesen igaza van: Ön tett elsőként komoly ajánlatot, mi pedig három napot elvesztegettünk. Ezért az iroda a felelős, nem a piac.

# en: You were first, and we let it slip. That's our fault.
market-argument-reply-2-wording-2 = Igaza van, mi vesztegettünk el három napot, a mi hibánk.

# en: yeah fair, you made a proper offer before anyone else and we sat on it for three days. that's down to us, the market has nothing to do with it
market-argument-reply-2-wording-3 = Jogos: kedden Öné volt az első komoly ajánlat, és mi hagytuk, hogy elmenjen szerda, csütörtök, péntek. Ezt mi rontottuk el, nem a piacot kell hibáztatni.

# en: You're right. You got your offer in first, it was a serious one, and we sat on it for three days. That's our failure, not the market's.
market-argument-reply-2-wording-4 = Jogos, amit mond. Elsőként adta be az ajánlatát, ráadásul komolyat, mi pedig három napig ültünk rajta. Ez a mi kudarcunk, nem a piacé.

# en: You're right, you were first and we dropped it.
market-argument-reply-2-wording-5 = Igaza van, Ön volt az első, és mi elszúrtuk.

# en: Three days we let slip after you were first with a real offer, Ms Farkas. That's this office's fault, nothing to do with the market.
market-argument-reply-2-wording-6 = Három napot elszalasztottunk, pedig Ön állt elő elsőként egy valódi ajánlattal, Farkas asszony. Ezért ez az iroda felel, a piacnak ehhez semmi köze.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-2-feedback = Azonnal abbahagyta a vitát, és vállalta az elvesztegetett napokat. Jól tudta a dátumokat: kedden ő tett ajánlatot, pénteken a másik vevő írt alá, és Ön hagyta, hogy igaza legyen.

# en: I'm sorry, I really am, but Gábor needed the owner's answer before he could ring you, and she was away until Thursday evening.
market-argument-reply-3 = Sajnálom, tényleg, de Gábornak meg kellett várnia a tulajdonos válaszát, mielőtt felhívja Önt, és ő csütörtök estig nem volt elérhető.

# en: I'm truly sorry, but Gábor couldn't call you back until he'd heard from the owner, and the owner didn't get back until late Thursday.
market-argument-reply-3-wording-1 = Sajnálom, őszintén, csakhogy Gábor nem hívhatta Önt, amíg a tulajdonos nem válaszolt, őt pedig csütörtök estig nem lehetett elérni.

# en: Sorry, but the owner was away, so Gábor couldn't ring you.
market-argument-reply-3-wording-2 = Sajnálom, de Gábor a tulajdonos válaszára várt, aki csütörtökig elérhetetlen volt.

# en: i am sorry, really, but the owner wasn't around till thursday night and gabor had to wait for her reply before getting back to you
market-argument-reply-3-wording-3 = bocs, tenyleg sajnalom, csak gabor nem tudott mit mondani, amig a tulaj nem jelentkezett, es az csak csutortok este lett meg

# en: I do apologise, but the owner was away until Thursday night, and Gábor couldn't phone you until she'd given him an answer.
market-argument-reply-3-wording-4 = Igazán sajnálom, de a tulajdonos csütörtök estig el volt utazva, és amíg nem felelt, Gábornak nem volt mivel jelentkeznie Önnél.

# en: Sorry, Gábor was waiting on the owner, who was away.
market-argument-reply-3-wording-5 = Sajnálom, Gábor a tulajra várt, aki el volt utazva.

# en: the owner only got back thursday evening, so gabor had nothing to tell you before then, I am sorry though
market-argument-reply-3-wording-6 = A tulajdonos csak csütörtök este érkezett haza, ezért azelőtt Gábor semmit nem tudott volna közölni Önnel. Ettől függetlenül sajnálom.

# en: The 'but' takes the apology straight back. Even with the owner away, a two-line call on Wednesday would have kept the promise, and she knows it.
market-argument-reply-3-feedback = A „de” rögtön visszavonja a bocsánatkérést. A tulajdonos távollétében is betartotta volna az ígéretet egy kétmondatos szerdai hívás, és ezt ő is tudja.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = Szóval tényleg elúszott? Gábor csak annyit mondott: „eladva”. Tudnak egyáltalán bármit tenni a Kárpát utcai lakással?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = Gondolja végig, mit tud valóban teljesíteni. A lakásáról a tulajdonos dönt; a saját telefonhívásairól Ön.

# en: Leave it with me. I'll speak to the owner myself this morning, and I'm confident I can get you back in the running for that flat.
is-it-final-reply-1 = Bízza csak rám. Ma délelőtt magam beszélek a tulajdonossal, és biztos vagyok benne, hogy el tudom érni, hogy újra esélye legyen arra a lakásra.

# en: Leave this to me. I'll talk to the owner personally this morning, and I'm pretty sure I can put you back in with a chance on that flat.
is-it-final-reply-1-wording-1 = Ezt intézze rám nyugodtan. Még délelőtt személyesen felhívom a tulajdonost, és biztosra veszem, hogy kijárom, hogy újra szóba jöhessen annál a lakásnál.

# en: I'll call the owner; I'm sure I can put you back in contention.
is-it-final-reply-1-wording-2 = Bízza rám, elintézem, hogy újra esélye legyen a lakásra.

# en: don't worry, i'll phone the owner personally today and i reckon i can put you back in with a shot at kárpát street
is-it-final-reply-1-wording-3 = Ne aggódjon, ezt elrendezem: ma délelőtt beszélek a tulajjal, és garantálom, hogy visszakerül a képbe a Kárpát utcai lakásnál.

# en: I'll handle this. I'm going to contact the owner myself this morning, and I'm sure I can get you back in the race for Kárpát Street.
is-it-final-reply-1-wording-4 = Ezt majd én elintézem. Ma délelőtt személyesen felveszem a kapcsolatot a tulajdonossal, és biztos, hogy vissza tudom juttatni Önt a versenybe a Kárpát utcai lakásért.

# en: Leave it to me, I can get you back in for that flat.
is-it-final-reply-1-wording-5 = Hagyja rám, visszaszerzem Önnek az esélyt arra a lakásra.

# en: trust me, one call to the owner this morning and i think you'll be back in the running for it
is-it-final-reply-1-wording-6 = bizzon bennem, egy telefon a tulajnak ma delelott, es szerintem ujra versenyben lesz erte

# en: Warm, and she finally hears someone take her side, which is what she came in for. But the flat is the owner's to give, not yours; the best reply told her the truth and promised only a call you can make.
is-it-final-reply-1-feedback = Meleg szavak, és végre azt hallja, hogy valaki mellé áll, ezért jött. De a lakást a tulajdonos adja, nem Ön; a legjobb válasz megmondta neki az igazat, és csak olyan hívást ígért, amelyet Ön meg tud tenni.

# en: I'm afraid it's sold. Once a reservation agreement has been signed, there's really nothing we or anyone else can do about it, I'm sorry.
is-it-final-reply-2 = Attól tartok, eladták. Ha egyszer aláírták a foglalási szerződést, azon tényleg sem mi, sem senki más nem tud változtatni, sajnálom.

# en: Unfortunately it has been sold. Once the reservation contract is signed, neither we nor anybody else can change it, sorry.
is-it-final-reply-2-wording-1 = Sajnos igen, eladták. Ha a foglalási szerződés egyszer alá van írva, azt már se mi, se más nem tudja megváltoztatni, sajnálom.

# en: Sorry, it's sold and the reservation's signed; nothing can be done.
is-it-final-reply-2-wording-2 = Sajnos eladták, az aláírt foglaló után nincs mit tenni.

# en: afraid so, it's sold. once the reservation contract is signed that's it, there's nothing we or anyone can do
is-it-final-reply-2-wording-3 = Attól félek, elment. Aláírt foglalási szerződésen nem lehet módosítani, ez nem rajtunk múlik, ne haragudjon.

# en: Unfortunately the sale has gone through. With a signed reservation agreement in place, there's nothing anyone can do now, I'm sorry.
is-it-final-reply-2-wording-4 = Az eladás sajnos megtörtént. Aláírt foglalási megállapodás van érvényben, így most már semmit nem lehet tenni, elnézést.

# en: It's sold, I'm afraid, and that can't be undone.
is-it-final-reply-2-wording-5 = Sajnos eladták, és ezt nem lehet visszacsinálni.

# en: The reservation agreement has been signed, Ms Farkas, so I'm sorry, but that flat is gone for good.
is-it-final-reply-2-wording-6 = Farkas asszony, a foglalási szerződés alá van írva, úgyhogy sajnos az a lakás végleg elúszott.

# en: True, but it stops at what cannot be done and leans on the rulebook. After a week of silence she needed to hear what you can still do for her.
is-it-final-reply-2-feedback = Igaz, de megáll annál, amit nem lehet, és a szabályra támaszkodik. Egy hét csend után azt kellett volna hallania, mit tud még tenni érte.

# en: I'll be straight with you: it's gone; the owner signed on Friday. I'll ask her to keep your offer on file, and ring you by five.
is-it-final-reply-3 = Őszinte leszek: elkelt, a tulajdonos pénteken aláírt. Megkérem, hogy tartsa nyilván az Ön ajánlatát, és ötig felhívom.

# en: Honestly, yes, it's gone; she signed on Friday. What I will do is ask her to hold on to your offer in case anything changes, and I'll phone you before five.
is-it-final-reply-3-wording-1 = Egyenes leszek: a lakás elkelt, pénteken aláírta a tulajdonos. Arra megkérem, hogy az Ön ajánlatát tartsa számon, és öt óráig jelentkezem telefonon.

# en: It's sold. I'll ask her to hold your offer and ring by five.
is-it-final-reply-3-wording-2 = Elkelt, sajnos. Kérem a tulajt, tartsa meg az ajánlatát; ötig hívom.

# en: to be honest with you, yes, it's sold, she signed friday. what i can do is ask her to hang on to your offer and get back to you by 5
is-it-final-reply-3-wording-3 = Nem kertelek: pénteken aláírtak, a lakás el van adva. Szólok a tulajnak, hogy az Ön ajánlata maradjon meg tartaléknak, és délután ötig visszahívom.

# en: I won't pretend otherwise: it's sold, she signed on Friday. I'll ask the owner to keep your offer on record, and I'll phone you by five.
is-it-final-reply-3-wording-4 = Nem szépítem: a lakás gazdát cserélt, pénteken megvolt az aláírás. Megkérem a tulajdonost, hogy jegyezze fel az Ön ajánlatát, és ötig hívni fogom.

# en: It's gone, but I'll ask her to keep your offer. Call you by five.
is-it-final-reply-3-wording-5 = Eladták, de megkérem, tartsa meg az ajánlatát. Ötig hívom.

# en: the owner signed on friday so yes its gone, sorry. i'll ask her to keep your offer just in case and you'll hear from me by 5
is-it-final-reply-3-wording-6 = a tulaj pénteken aláírt, szóval igen, elment, sajnálom. megkérem, hogy tegye félre az ajánlatát a biztonság kedvéért, és 5-ig hallani fog rólam

# en: Hard news said plainly, then the one thing you can really do, with a time that depends only on you. After a week of silence a straight answer is worth more than hope.
is-it-final-reply-3-feedback = Rossz hír, egyenesen kimondva, utána pedig az egyetlen dolog, amit valóban megtehet, olyan időponttal, amely csak Önön múlik. Egy hét csend után egy egyenes válasz többet ér a reménynél.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = Biztos benne? Gábor is biztos volt benne. „Holnap felhívom”, ezt mondta.

# en: You're right to ask. The flat is the owner's decision, not mine, so I can't promise it. I can promise her answer, from me, by five today.
overpromise-doubt-reply-1 = Jogos a kérdés. A lakásról a tulajdonos dönt, nem én, így azt nem ígérhetem. Azt igen, hogy ma ötig tőlem hallja a válaszát.

# en: Fair question. Whether you get the flat is up to the owner, so I can't guarantee that. What I can guarantee is that you'll hear her answer from me before five o'clock today.
overpromise-doubt-reply-1-wording-1 = Jogosan kérdez. Hogy a lakás kié lesz, azt a tulajdonos dönti el, nem én, így ezt nem ígérhetem meg; azt viszont igen, hogy ma öt óráig tőlem tudja meg, mit mondott.

# en: I can't promise the flat, only that you'll hear her answer by five.
overpromise-doubt-reply-1-wording-2 = Igaza van, a lakást nem ígérhetem; ötig hívom a válasszal.

# en: good point tbh. the flat's the owner's call not mine so i won't promise it, but i will promise you'll hear back from me with her answer by 5 today
overpromise-doubt-reply-1-wording-3 = Jogos, visszaveszem: a lakásról nem én döntök. Amit vállalni tudok: ma délután ötig személyesen elmondom Önnek, mit felelt a tulajdonos.

# en: Good question. It's the owner who decides about the flat, so that's not something I can guarantee, but you'll have her answer from me before five today.
overpromise-doubt-reply-1-wording-4 = Jó kérdés. A lakásról a tulajdonos határoz, így ezt nem tudom garantálni, de a válaszát ma öt előtt megkapja tőlem.

# en: I can't promise the flat, but I'll call you by five.
overpromise-doubt-reply-1-wording-5 = A lakást nem garantálhatom, de ötig jelentkezem.

# en: Fair to doubt me. I won't promise you the flat, that's her decision, but her answer will come from me personally by 5 o'clock today.
overpromise-doubt-reply-1-wording-6 = Érthető, hogy kételkedik. A lakást nem ígérem meg, az az ő döntése, de a válaszát ma 5 óráig én magam adom át Önnek.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you cannot.
overpromise-doubt-reply-1-feedback = Visszavonni a saját ígéretét nehéz, és helyes. Épp most emlékeztette Önt, hogyan végződött az előző „biztos”; egy kisebb, betartható ígéret több bizalmat épít, mint egy nagy, amelyet nem tud betartani.

# en: This time it's different, I promise you. You have my word, Ms Farkas: one way or another, I'll get you that flat back, whatever it takes.
overpromise-doubt-reply-2 = Ezúttal más lesz, ígérem. A szavamat adom, Farkas asszony: így vagy úgy, de visszaszerzem Önnek azt a lakást, bármibe kerül is.

# en: It won't be like last time, I promise. I give you my word, Ms Farkas: somehow or other I'll get that flat back for you, no matter what.
overpromise-doubt-reply-2-wording-1 = Most másképp lesz, szavamat adom, Farkas asszony: akármi történik, azt a lakást visszaszerzem Önnek.

# en: I promise you, I'll win that flat back for you, whatever happens.
overpromise-doubt-reply-2-wording-2 = Most tényleg más lesz, megszerzem Önnek azt a lakást.

# en: this time is different, honestly. you have my word, i'll get kárpát street back for you one way or another, whatever it takes
overpromise-doubt-reply-2-wording-3 = ezuttal nem fog csalodni, eskuszom, akarmibe kerul, az a lakas az one lesz

# en: It's not going to be like that this time, Ms Farkas, I swear. I'll get Kárpát Street back for you, no matter what it takes.
overpromise-doubt-reply-2-wording-4 = Most nem ismétlődik meg, Farkas asszony, erről kezeskedem. Akármit kell is tennem, a Kárpát utcai lakás újra az Öné lesz.

# en: Trust me, I'll get the flat back for you.
overpromise-doubt-reply-2-wording-5 = Bízzon bennem, visszaszerzem Önnek a lakást.

# en: you have my word, whatever it takes that flat will be yours again, this time is different
overpromise-doubt-reply-2-wording-6 = Biztosíthatom, Farkas asszony, hogy ezúttal minden másképp alakul: bármi árán is, az a lakás ismét az Öné lesz.

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = Pontosan elmondta, miért kételkedik az ígéretekben, Ön pedig ellenőrzés helyett megduplázta a sajátját. Ha a tulajdonos nemet mond, ezúttal az Ön szava törik meg.

# en: Well, I'm not Gábor. I don't leave my clients hanging like that, and I'll be ringing the owner myself this morning, not waiting for anyone to get back to me.
overpromise-doubt-reply-3 = Nos, én nem Gábor vagyok. Én nem hagyom így cserben az ügyfeleimet, és még ma délelőtt magam hívom fel a tulajdonost, nem várok senkire.

# en: Well, I'm not Gábor, and I don't leave people in the lurch like he does, and I'll be phoning the owner personally this morning instead of waiting around for someone to call back.
overpromise-doubt-reply-3-wording-1 = Velem más a helyzet, mint Gáborral. Nálam az ügyfelek nem maradnak cserben, és még délelőtt én magam telefonálok a tulajdonosnak, nem várok másra.

# en: I'm not Gábor, and I never leave clients waiting. I'll call the owner myself.
overpromise-doubt-reply-3-wording-2 = Engem ne mérjen Gáborhoz, én nem szoktam ügyfelet cserben hagyni.

# en: look, i'm a different person from gabor. i don't leave people dangling, i'm calling the owner personally this morning rather than waiting on anyone
overpromise-doubt-reply-3-wording-3 = Hát, Gábor meg én két külön eset vagyunk. Nálam senki nem marad hívás nélkül, és ma délelőtt magam csörgök rá a tulajra, nem várok senkire.

# en: I'm nothing like Gábor. I don't keep my clients waiting, and I'm calling the owner personally this morning instead of sitting around for a reply.
overpromise-doubt-reply-3-wording-4 = Én egészen más vagyok, mint Gábor. Nálam nem várnak az ügyfelek, és ma délelőtt személyesen telefonálok a tulajdonosnak, ahelyett hogy a válaszára várnék.

# en: I'm not Gábor, I don't leave people waiting.
overpromise-doubt-reply-3-wording-5 = Én nem Gábor vagyok, nálam nem várnak az emberek.

# en: Unlike Gábor, I actually follow up with my clients. I'll phone the owner myself this morning rather than wait for someone to ring back.
overpromise-doubt-reply-3-wording-6 = gaborral ellentetben en tenyleg utanajarok az ugyfeleim dolgainak. ma delelott magam hivom fel a tulajt, nem ulok es varom, hogy valaki visszahivjon

# en: Putting distance between yourself and Gábor makes the office sound divided, and it leaves the real question, whether you can deliver the flat, unanswered.
overpromise-doubt-reply-3-feedback = Azzal, hogy elhatárolódik Gábortól, megosztottnak mutatja az irodát, a valódi kérdésre pedig, hogy meg tudja-e szerezni a lakást, nem felel.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = Elég kifogást hallottam már ebben az irodában. Hívja ide, aki itt a főnök.

# en: Of course. I'll brief her on everything myself, the offer, the missed call, the Friday sale, so you needn't repeat a word. And I'll stay with you.
late-manager-reply-1 = Természetesen. Mindent elmondok neki én magam, az ajánlatot, az elmaradt hívást, a pénteki eladást, hogy Önnek egy szót se kelljen ismételnie. És itt maradok Önnel.

# en: Certainly. I'll fill her in on the whole thing myself, your offer, the call that never came and the sale on Friday, so you don't have to tell it again. And I'll be there with you.
late-manager-reply-1-wording-1 = Hogyne. Én magam foglalom össze neki az ajánlatot, a hívást, ami elmaradt, és a pénteki eladást, így Önnek semmit nem kell újra mesélnie, és közben itt leszek Ön mellett.

# en: Sure. I'll fill her in on everything and stay with you.
late-manager-reply-1-wording-2 = Persze, én mondom el neki az egészet, és maradok Önnel.

# en: sure. i'll explain it all to her first, the offer, the call you never got, the sale on friday. you won't need to go through it again, and i'll stay beside you
late-manager-reply-1-wording-3 = Rendben, hívom a főnököt, és mindent átadok neki: kedd, a hívás, ami nem jött, a péntek. Önnek egy szót se kell ismételnie, és nem megyek el mellőle.

# en: Absolutely. Before you meet her I'll give her all the details, Tuesday's offer, the promised call, the Friday sale, so you don't have to go through it twice. I'll be right there with you too.
late-manager-reply-1-wording-4 = Feltétlenül. Mielőtt találkoznak, minden részletet átadok neki, a keddi ajánlatot, a beígért hívást, a pénteki eladást, hogy ne kelljen kétszer végigmennie rajta. És én is ott leszek Ön mellett.

# en: Sure, I'll explain it all to her and stay with you.
late-manager-reply-1-wording-5 = Rendben, mindent elmagyarázok neki, és végig itt leszek.

# en: Ms Farkas, I'll get her and brief her on the whole thing myself so you don't repeat a word, and I'm staying with you while you talk.
late-manager-reply-1-wording-6 = Farkas asszony, szólok neki, és én magam tájékoztatom az egészről, hogy semmit ne kelljen elölről kezdenie, és amíg beszélnek, itt maradok Önnel.

# en: A proper handover: she will not have to tell the story a third time, and you stay beside her. The best reply also acted before two o'clock, so her morning was not one more wait.
late-manager-reply-1-feedback = Rendes átadás: nem kell harmadszor is elmondania a történetet, és Ön mellette marad. A legjobb válasz kettő előtt is cselekedett, így a délelőttje nem lett újabb várakozás.

# en: Of course, if you'd like. First let me do what should have happened last week: ring the owner now, so you hear her answer from me.
late-manager-reply-2 = Természetesen, ha szeretné. De előbb hadd tegyem meg, aminek múlt héten meg kellett volna történnie: felhívom most a tulajdonost, hogy tőlem hallja a válaszát.

# en: Certainly, if that's what you want. But before that, let me do what we ought to have done last week and phone the owner right now, so you get her answer straight from me.
late-manager-reply-2-wording-1 = Persze, ha így szeretné. Előtte viszont engedje meg, hogy pótoljam, ami múlt héten elmaradt: most rögtön felhívom a tulajdonost, és tőlem tudja meg, mit mond.

# en: Sure, but first let me call the owner right now.
late-manager-reply-2-wording-2 = Hívhatom, de előbb felhívom a tulajt most, ahogy kellett volna.

# en: of course if you want. but before that let me do what we should have done last week, i'll call the owner now and you'll hear her reply from me
late-manager-reply-2-wording-3 = Szólhatok neki, persze. De mi lenne, ha most, a szeme előtt megcsinálnám azt a hívást, ami múlt héten elmaradt? Felcsörgetem a tulajdonost, és első kézből kapja a választ.

# en: You can see her if you wish. But first, let me do what we failed to do last week and phone the owner now, so her answer comes straight from me.
late-manager-reply-2-wording-4 = Beszélhet vele, ha szeretne. De először hadd csináljam meg azt, amit múlt héten elmulasztottunk: most azonnal tárcsázom a tulajdonost, és a válaszát egyenesen tőlem hallja.

# en: Of course, but let me ring the owner first.
late-manager-reply-2-wording-5 = Rendben, de először csörgessük meg a tulajdonost.

# en: before I get the manager, let me call the owner right now, while you're here, which is what should have happened last week
late-manager-reply-2-wording-6 = mielott szolok a vezetonek, hadd hivjam fel most a tulajt, amig itt van, ahogy mar mult heten kellett volna

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, watching you pick up the phone convinces her more than anything you could say.
late-manager-reply-2-feedback = Nyitva hagyta a választást, és felajánlotta, hogy a szeme előtt cselekszik. Egy hétnyi várakozás után jobban meggyőzi, ha látja, hogy felveszi a telefont, mint bármi, amit mondhatna.

# en: Certainly. If you'd like to take a seat by the window, I'll let the office manager know you're waiting to see her when she's free.
late-manager-reply-3 = Hogyne. Ha helyet foglal az ablaknál, szólok az irodavezetőnek, hogy Ön várja, és amint ráér, fogadja Önt.

# en: Of course. Please have a seat near the window and I'll tell the manager you'd like to see her once she's available.
late-manager-reply-3-wording-1 = Természetesen. Foglaljon helyet az ablak mellett, én szólok a vezetőnek, hogy várja őt, és amint szabad lesz, behívja Önt.

# en: Certainly, have a seat and I'll tell the manager you're waiting.
late-manager-reply-3-wording-2 = Üljön le az ablaknál, szólok, hogy a vezető fogadja, ha ráér.

# en: sure thing, grab a chair over near the window, i'll let her know you're here and want a word when she's got a moment
late-manager-reply-3-wording-3 = Persze, addig üljön le nyugodtan ott az ablaknál, jelzem a főnöknek, hogy keresik, és ha felszabadul, fogadja.

# en: Of course. Please sit down by the window, and I'll tell the office manager you'd like to see her as soon as she's free.
late-manager-reply-3-wording-4 = Persze. Addig kérem, helyezkedjen el az ablak mellett, és továbbítom az irodavezetőnek, hogy találkozni szeretne vele, mihelyt lesz egy szabad perce.

# en: Sure, please wait there and I'll tell the manager.
late-manager-reply-3-wording-5 = Rendben, várjon ott, szólok a vezetőnek.

# en: If you'd like to wait by the window, I'll let the office manager know you're here to see her, Ms Farkas.
late-manager-reply-3-wording-6 = Ha megfelel, várjon az ablaknál, én pedig tudatom vele, hogy Ön itt van és keresi, Farkas asszony.

# en: Polite, and it is the third hand-off of her week: Gábor, the message on Thursday, now a seat by the window. Nothing of her story goes with her, so she decides not to wait.
late-manager-reply-3-feedback = Udvarias, és ez a hete harmadik továbbpasszolása: Gábor, a csütörtöki üzenet, most egy szék az ablaknál. A történetéből semmi sem megy vele, ezért úgy dönt, nem vár.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can, and she'll tell you exactly the same thing.
late-manager-reply-4 = Őszintén szólva nincs értelme. Az irodavezető sem tudja visszacsinálni az aláírt foglalást, ahogy én sem, és pontosan ugyanezt fogja mondani.

# en: Honestly, there's no point. The manager can't reverse a signed reservation either; she'll just say the same as me.
late-manager-reply-4-wording-1 = Őszinte leszek, nem sok értelme volna. Az aláírt foglalást az irodavezető sem tudja semmissé tenni, ahogy én sem, úgyhogy ő is csak ezt mondaná.

# en: No point; the manager can't undo it either.
late-manager-reply-4-wording-2 = Fölösleges, a vezető sem tudja visszafordítani az aláírást.

# en: tbh it's pointless, she can't cancel a signed reservation either, you'd just get the same answer from her
late-manager-reply-4-wording-3 = Nézze, a főnök sem tud csodát tenni: aláírt foglaló az aláírt foglaló, ő is szóról szóra ezt fogja mondani Önnek.

# en: Seeing the manager won't help, honestly. A signed reservation can't be reversed by her or by me, and she'd give you the same answer.
late-manager-reply-4-wording-4 = Őszintén, az irodavezető nem fog segíteni. Egy aláírt foglalást sem ő, sem én nem tudunk visszavonni, és ugyanezt a választ adná.

# en: It's pointless, the manager can't change anything either.
late-manager-reply-4-wording-5 = Értelmetlen, a vezető sem tud változtatni semmin.

# en: the reservation is signed, so she can't undo it any more than i can. you'll just hear the same thing from her
late-manager-reply-4-wording-6 = a foglalast alairtak, o se tudja felbontani, ahogy en se. tole is csak ugyanezt hallana

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-4-feedback = Bezárta az utolsó ajtót is, amelyet kért. Még ha ugyanaz lenne is a válasz: akitől megtagadják, hogy meghallgassák, azt érti belőle, hogy menjen el.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = És aztán? Jövő hónap végéig akkor is ki kell költöznöm a lakásomból.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = Egy lépés, egy időpont, és az, hogyan értesül Öntől, mindez az Ön kezében van. Használja, amit már elmondott, ahelyett, hogy újra rákérdezne.

# en: I'll send you a shortlist by ten tomorrow: flats like Kárpát Street, up to 38.5 million, walking distance from your daughter's school.
next-step-reply-1 = Holnap tízig küldök Önnek egy listát: a Kárpát utcaihoz hasonló lakások, 38,5 millióig, gyalogtávolságra a lánya iskolájától.

# en: By ten o'clock tomorrow you'll have a shortlist from me: flats similar to Kárpát Street, no more than 38.5 million, within walking distance of your daughter's school.
next-step-reply-1-wording-1 = Holnap délelőtt tízig elküldöm Önnek azoknak a lakásoknak a listáját, amelyek a Kárpát utcaihoz hasonlók, 38,5 millió alatt, gyalog elérhető távolságra a lánya iskolájától.

# en: Shortlist by 10 tomorrow: under 38.5 million, near the school.
next-step-reply-1-wording-2 = Holnap tízig küldök listát az iskola környéki lakásokról.

# en: i'll email you a list of places by 10am tomorrow, similar to the karpat street one, max 38.5m, close enough to walk to the school
next-step-reply-1-wording-3 = holnap 10-ig atkuldom emailben a listat: karpat utcaihoz hasonlo lakasok, max 38,5 millio, az iskolatol par perc setara

# en: You'll get a shortlist from me by 10 am tomorrow with properties like the Kárpát Street one, within 38.5 million, all a short walk from the school.
next-step-reply-1-wording-4 = Holnap délelőtt tízig kap tőlem egy szűkített listát: a Kárpát utcaihoz hasonló ingatlanok, legfeljebb 38,5 millióért, mind pár perc sétára az iskolától.

# en: I'll send you flats near the school by ten tomorrow.
next-step-reply-1-wording-5 = Holnap reggel tízre megkapja a lakáslistát az iskola környékéről.

# en: by 10 tomorrow morning, a list of flats like karpat street, max 38.5 million, walkable to your daughters school. you'll have it from me
next-step-reply-1-wording-6 = holnap reggel 10-re ott lesz Önnél egy lista, kárpát utcai jellegű lakások, legfeljebb 38,5 millió, gyalog elérhetők a lánya sulijától. ezt én intézem

# en: You remembered her budget and the school and turned them into a shortlist with a time on it. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = Emlékezett a keretére és az iskolára, és egy határidős listát csinált belőlük. Nem kell ismételnie magát, és tudja, mikor hall Önről.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and roughly what's your budget?
next-step-reply-2 = Akkor kezdjünk egy új keresést. Pontosan mit keres: hány szobát, melyik környéket, és nagyjából mekkora a keret?

# en: Okay, let's begin a new search then. Tell me what you need: number of rooms, which neighbourhood, and what sort of budget?
next-step-reply-2-wording-1 = Jó, akkor induljunk neki egy új keresésnek. Mondja el, mire van szüksége: hány szoba kell, milyen környéken, és körülbelül mennyit szán rá?

# en: So what are you after: rooms, area, budget?
next-step-reply-2-wording-2 = Kezdjünk új keresést: hány szoba, hol, mekkora keret?

# en: ok lets start from scratch. what kind of place do you want, how many bedrooms, what area, and what's your price range roughly?
next-step-reply-2-wording-3 = Rendben, nézzük elölről. Milyen lakást szeretne, hány szobásat, melyik kerületben, és mennyi pénzből gazdálkodik nagyjából?

# en: Then let's start looking again from the beginning. How many rooms do you need, where would you like to live, and how much can you spend?
next-step-reply-2-wording-4 = Akkor vágjunk bele újra a keresésbe az elejétől. Hány szobára van szüksége, hol szeretne lakni, és mennyit tud költeni?

# en: Okay, new search. How many rooms and what budget?
next-step-reply-2-wording-5 = Oké, akkor hány szobás kell, és mennyiből?

# en: so tell me what you want in a new place: size, location, price range?
next-step-reply-2-wording-6 = akkor mondja, milyen lakást szeretne: mekkorát, hol, milyen árban?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her this office still does not listen.
next-step-reply-2-feedback = Készséges kezdés, de az ajánlatát és az iskolát már elmondta, a többit pedig mutatja a Kárpát utcai lakás. Ha újra rákérdez, azt hallja, hogy ez az iroda még mindig nem figyel.

# en: I'll send Gábor a note to put a few options together for you. He knows your search best, and he's back from his viewing this afternoon.
next-step-reply-3 = Írok Gábornak egy üzenetet, hogy állítson össze Önnek néhány lehetőséget. Ő ismeri legjobban a keresését, és délután visszaér a bemutatóról.

# en: I'll ask Gábor to put together some options for you. He's most familiar with what you're after, and he'll be back from the viewing later today.
next-step-reply-3-wording-1 = Küldök Gábornak egy üzenetet, hogy gyűjtsön Önnek össze pár lehetőséget. Ő tudja a legjobban, mit keres, és délutánra visszajön a bemutatóról.

# en: I'll get Gábor to send you a few options.
next-step-reply-3-wording-2 = Szólok Gábornak, hogy küldjön Önnek pár ajánlatot.

# en: i'll drop gabor a message to pull some flats together, he knows what you're looking for and he's back this afternoon
next-step-reply-3-wording-3 = Dobok egy üzit Gábornak, hogy nézzen Önnek néhány opciót; ő tudja legjobban, mit szeretne, és délután már bent lesz.

# en: I'll leave Gábor a message asking him to find you some flats. He knows your search best, and he'll be back this afternoon after his viewing.
next-step-reply-3-wording-4 = Hagyok Gábornak egy üzenetet, hogy keressen Önnek néhány lakást. Ő foglalkozik az Ön keresésével, és délután, a bemutató után bejön.

# en: I'll ask Gábor to find you some flats.
next-step-reply-3-wording-5 = Megkérem Gábort, hogy keressen Önnek lakásokat.

# en: gabor knows what you're after better than anyone, i'll message him to send you some options when he's back later
next-step-reply-3-wording-6 = gabor tudja a legjobban, mit keres, irok neki, hogy kuldjon par lehetoseget, ha visszaert

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = Visszaadta annak a kollégának, akinek az ígérete nem teljesült, ráadásul határidő nélkül. Ugyanaz a homályos „majd jelentkezik”, amely már a lakásába került.

# en: I'll start on it today, and I'm confident we'll find you something near the school well before the end of next month.
next-step-reply-4 = Még ma nekiállok, és biztos vagyok benne, hogy jóval a jövő hónap vége előtt találunk Önnek valamit az iskola közelében.

# en: I'll get going today, and I'm sure we'll have found you somewhere near the school long before your move-out date.
next-step-reply-4-wording-1 = Ma nekilátok, és egészen biztos, hogy bőven a költözés határideje előtt lesz Önnek valami az iskola környékén.

# en: I'm sure we'll get you somewhere near the school in time.
next-step-reply-4-wording-2 = Még ma elkezdem, és biztosan találunk valamit időben.

# en: i'll get started today and honestly i'm confident we'll have a place near the school for you way before your notice is up
next-step-reply-4-wording-3 = Már ma rámozdulok, és biztosra veszem, hogy jóval a hónap vége előtt meglesz a lakás a suli közelében.

# en: I'm starting on this today, and I have no doubt we'll have a place near the school for you long before you need to move out.
next-step-reply-4-wording-4 = Ma hozzáfogok, és meggyőződésem, hogy jóval a kiköltözése előtt lesz Önnek egy lakás az iskola közelében.

# en: Don't worry, we'll definitely find you something in time.
next-step-reply-4-wording-5 = Ne aggódjon, időben biztosan lesz Önnek lakás.

# en: Well before the end of next month, you'll have somewhere near the school, I'm sure of it. I'll get cracking today.
next-step-reply-4-wording-6 = Jóval a jövő hónap vége előtt lesz Önnek valami az iskola közelében, erre mérget vehet. Még ma belekezdek.

# en: You took it on and kept the school in mind, which she notices. But 'we'll find you something' depends on what comes onto the market; the best reply promised a shortlist and a time, which depend only on you.
next-step-reply-4-feedback = Magára vállalta, és fejben tartotta az iskolát, ezt észreveszi. De a „találunk Önnek valamit” azon múlik, mi kerül piacra; a legjobb válasz listát és határidőt ígért, és ezek csak Önön múlnak.

# en: And the loan? The bank's offer runs out on the 30th. If I haven't signed anything by then, I have to apply all over again, at whatever rate they're charging by then.
loan-deadline-says-1 = És a hitel? A bank ajánlata 30-án lejár. Ha addig nem írok alá semmit, kezdhetem elölről az igénylést, azzal a kamattal, amit akkor épp kérnek.

# en: You cannot deal with her bank; a colleague in the office can. How do you hand her over without dropping her?
loan-deadline-hint = A bankjával Ön nem tud tárgyalni; az irodában egy kollégája igen. Hogyan adja át úgy, hogy ne ejtse el?

# en: Don't worry about the loan. Banks extend these offers all the time; I'm sure yours will give you another month without any problem at all.
loan-deadline-reply-1 = A hitel miatt ne aggódjon. A bankok folyton meghosszabbítják ezeket az ajánlatokat; biztos vagyok benne, hogy az Öné is ad még egy hónapot, gond nélkül.

# en: Please don't worry about the mortgage. Banks extend these offers constantly; I'm certain yours will give you an extra month, no problem.
loan-deadline-reply-1-wording-1 = A hitelen ne izguljon. A bankok rendszeresen meghosszabbítják az ilyen ajánlatokat, szerintem az Öné is simán kitolja még egy hónappal.

# en: Don't worry, your bank will surely extend it.
loan-deadline-reply-1-wording-2 = Ne aggódjon, a bank biztosan meghosszabbítja az ajánlatot.

# en: oh don't stress about the loan, banks push these deadlines back all the time, im sure yours will let you have a few more weeks easily
loan-deadline-reply-1-wording-3 = a hitel miatt nyugi, a bankok mindig hosszabbitanak, tuti hogy az onet is kitoljak egy honappal gond nelkul

# en: The loan will be fine. Banks give extensions like this constantly, so I'm sure yours will add another month without any fuss.
loan-deadline-reply-1-wording-4 = A hitellel nem lesz gond. A bankok állandóan adnak ilyen haladékot, úgyhogy biztos, hogy az Öné is rátesz még egy hónapot minden macera nélkül.

# en: Relax, the bank will give you more time.
loan-deadline-reply-1-wording-5 = Semmi gond, a bank ad még Önnek időt.

# en: honestly your bank will extend the offer, they always do, another month wont be a problem
loan-deadline-reply-1-wording-6 = őszintén, a bankja meg fogja hosszabbítani, mindig megteszik, egy hónap plusz nem lesz probléma

# en: Reassuring, but you have no idea what her bank will do, and neither does she. If they say no, she will remember who told her not to worry.
loan-deadline-reply-1-feedback = Megnyugtató, de fogalma sincs, mit tesz majd a bankja, és neki sem. Ha nemet mondanak, emlékezni fog, ki mondta neki, hogy ne aggódjon.

# en: That's one for Eszter, our mortgage adviser; she's free now. I'll take you to her, tell her your story, and stay until she has it.
loan-deadline-reply-2 = Ez Eszterre tartozik, a hitelszakértőnkre; most épp ráér. Átkísérem, elmondom neki a történetét, és ott maradok, amíg át nem veszi.

# en: Our mortgage adviser, Eszter, can help with that, and she's available right now. I'll walk you over, explain everything to her myself, and stay until she's up to speed.
loan-deadline-reply-2-wording-1 = Erre Eszter, a hitelszakértőnk a legjobb, és most éppen van ideje. Átmegyek Önnel, én mondom el neki, mi történt, és addig maradok, amíg ő át nem veszi.

# en: Eszter, our mortgage adviser, is free; I'll take you and brief her.
loan-deadline-reply-2-wording-2 = Átviszem Eszterhez, a hitelesünkhöz, és elmondom neki az ügyét.

# en: that's something eszter can help with, she's our mortgage person and she's free at the moment. i'll bring you over, fill her in and stick around till she's got it all
loan-deadline-reply-2-wording-3 = Ehhez Eszter kell, ő a hitelszakértő, és épp szabad. Odakísérem, én vázolom neki a helyzetet, és ott leszek, amíg kézbe nem veszi.

# en: Eszter, who handles mortgages here, has time right now. I'll bring you to her myself, go through your situation with her, and stay with you until she understands it.
loan-deadline-reply-2-wording-4 = Eszter, aki nálunk a hitelekkel foglalkozik, most épp szabad. Személyesen odaviszem Önt hozzá, átbeszélem vele a helyzetét, és Önnel maradok, amíg képben nem lesz.

# en: I'll bring you to Eszter now and stay while I explain.
loan-deadline-reply-2-wording-5 = Most odaviszem Eszterhez, és ott maradok, amíg elmagyarázom.

# en: our mortgage adviser eszter is free right now, come with me, i'll give her the full story and stay with you till she's across it
loan-deadline-reply-2-wording-6 = eszter a hitelszakertonk, most eppen raer, jojjon velem, elmondok neki mindent, es maradok, amig kepbe nem kerul

# en: Handing over was right: you cannot talk to her bank, Eszter does every day. You said who and why, carried her story over yourself and stayed, so this hand-off feels like help, not like being passed on again.
loan-deadline-reply-2-feedback = Az átadás helyes volt: Ön nem tárgyalhat a bankjával, Eszter minden nap ezt teszi. Megmondta, kihez és miért, maga vitte át a történetét, és ott maradt, így ez az átadás segítségnek érződik, nem újabb továbbpasszolásnak.

# en: That's one for our mortgage adviser, Eszter. Her desk is at the end of the corridor on the left; just tell her what's happened.
loan-deadline-reply-3 = Ez a hitelszakértőnkre, Eszterre tartozik. Az asztala a folyosó végén van balra; mondja el neki, mi történt.

# en: Eszter, our mortgage adviser, handles that. You'll find her desk at the far end of the hallway, on the left; just explain what happened.
loan-deadline-reply-3-wording-1 = Ezzel Eszterhez, a hitelszakértőnkhöz kell fordulnia. A folyosó végén, bal kéz felől találja az asztalát; meséljen el neki mindent.

# en: See Eszter, our mortgage adviser, down the corridor; tell her everything.
loan-deadline-reply-3-wording-2 = Menjen Eszterhez a folyosó végére, mondja el neki.

# en: you want eszter for that, she does mortgages. last desk on the left down the hall, just explain the situation to her
loan-deadline-reply-3-wording-3 = ez eszter asztala, o a hitelszakerto. a folyoson vegig, balra az utolso, ott mondja el neki hogy mi volt

# en: Go and speak to Eszter, she deals with mortgages. She sits at the end of the corridor on the left, you can tell her about it yourself.
loan-deadline-reply-3-wording-4 = Beszéljen Eszterrel, ő intézi a hiteleket. A folyosó végén találja, balra, és ott nyugodtan elmondhatja neki.

# en: Ask Eszter about that, her desk is down the corridor.
loan-deadline-reply-3-wording-5 = Kérdezze Esztert, az asztala a folyosó végén van.

# en: For the loan you need Eszter, our mortgage adviser. Her desk is at the far end of the corridor, left-hand side; just explain it to her.
loan-deadline-reply-3-wording-6 = Hitelügyben Eszter, a jelzáloghitel-tanácsadónk segít. A folyosó legvégén ül, a bal oldalon; egyszerűen vázolja neki a helyzetet.

# en: Eszter is the right person, but 'just tell her what's happened' means Dóra tells the whole week again, to a stranger, down a corridor. A transfer without the story is one more hand-off.
loan-deadline-reply-3-feedback = Eszter a megfelelő ember, de a „mondja el neki, mi történt” azt jelenti, hogy Dóra újra elmondja az egész hetet egy idegennek, a folyosó végén. A történet nélküli átadás csak egy újabb továbbpasszolás.

# en: I'm afraid the loan is really between you and your bank. We can't get involved in that side of things, but we'll do our best on the flat.
loan-deadline-reply-4 = Attól tartok, a hitel tényleg az Ön és a bankja dolga. Abba mi nem tudunk beleszólni, de a lakással mindent megteszünk.

# en: I'm sorry, but the loan is something for you and the bank to sort out. We can't get involved with that part, but we'll do what we can about the flat.
loan-deadline-reply-4-wording-1 = Sajnos a hitel kizárólag Önre és a bankjára tartozik, abba nekünk nincs beleszólásunk. A lakáskeresésben viszont mindent megteszünk.

# en: The loan's a matter for you and the bank, I'm afraid.
loan-deadline-reply-4-wording-2 = A hitel a bank és Ön dolga, abba nem szólhatunk bele.

# en: unfortunately the mortgage side is really up to you and the bank, it's not something we can help with, but we'll try our best with the flat
loan-deadline-reply-4-wording-3 = Ne haragudjon, de a banki részhez nekünk semmi közünk, az Ön és a bank ügye. Lakásügyben viszont számíthat ránk.

# en: The loan isn't something our office can deal with, I'm afraid; that's for you and your bank. We'll focus on finding you a flat.
loan-deadline-reply-4-wording-4 = Sajnos a hitel nem olyasmi, amivel az irodánk foglalkozni tudna; az Ön és a bank között dől el. Mi a lakáskeresésre koncentrálunk.

# en: Sorry, the loan is your bank's business, not ours.
loan-deadline-reply-4-wording-5 = Sajnálom, a hitel a bank ügye, nem a miénk.

# en: we cant really help with the mortgage, that's between you and the bank, but we will try hard on the flat side
loan-deadline-reply-4-wording-6 = a jelzáloggal nem nagyon tudunk mit kezdeni, az Ön és a bank között van, de a lakás frontján mindent beleadunk

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

# en: With all due respect, Ms Farkas, that's unfair. I've worked here eight years and not once have I kept a client hanging on for a callback.
who-calls-reply-1-wording-1 = Bocsásson meg, Farkas asszony, de ez igazságtalan. Nyolc éve dolgozom ebben a szakmában, és nálam még egyetlen ügyfél sem várt hiába a hívásomra.

# en: That's not fair; in eight years I've never left a client waiting.
who-calls-reply-1-wording-2 = Ez nem fair, nyolc éve egyetlen ügyfelet sem hagytam cserben.

# en: sorry but that's not fair on me. i've done this job for 8 years and never once kept anyone waiting on a call
who-calls-reply-1-wording-3 = Elnézést, de ezt kikérem magamnak. Évek óta ezt csinálom, és még soha senkit nem hagytam lógva egy visszahívással.

# en: That's unjust, Ms Farkas. In eight years in this job I have never failed to call a client back.
who-calls-reply-1-wording-4 = Ez méltánytalan, Farkas asszony. Nyolc év alatt ebben a munkában egyszer sem fordult elő, hogy ne hívtam volna vissza egy ügyfelet.

# en: That's unfair, I always call my clients back.
who-calls-reply-1-wording-5 = Ez igazságtalan, én mindig visszahívom az ügyfeleimet.

# en: hang on, that's not fair. eight years I've done this and no client of mine has ever waited on a call
who-calls-reply-1-wording-6 = na de álljunk meg, ez így nem igaz. nyolc éve vagyok a szakmában, és az én ügyfelem még sosem várt a telefonra

# en: You took it personally and defended your record. She was not really talking about you; she was talking about a week of silence, and now she has to argue with you too.
who-calls-reply-1-feedback = Személyesnek vette, és a múltját védte. Valójában nem Önről beszélt, hanem egy hétnyi csendről, és most már Önnel is vitatkoznia kell.

# en: I'm sorry you feel that way about me. I'm only trying to help you here, and I think I've been pretty patient with you so far.
who-calls-reply-2 = Sajnálom, hogy így vélekedik rólam. Én csak segíteni próbálok Önnek, és szerintem eddig elég türelmes voltam Önnel.

# en: I'm sorry you see me like that. I'm just trying to help, and I feel I've been quite patient with you up to now.
who-calls-reply-2-wording-1 = Sajnálom, hogy ilyen véleménnyel van rólam. Pusztán segíteni szeretnék, és úgy gondolom, eddig is eléggé türelmes voltam.

# en: Sorry you see it like that; I've been very patient with you.
who-calls-reply-2-wording-2 = Csak segíteni akarok, és szerintem eddig is türelemmel voltam.

# en: well i'm sorry you think that about me. i'm just trying to help and honestly i've been really patient here
who-calls-reply-2-wording-3 = kar, hogy igy gondolja rolam. en vegig csak segiteni akartam, es azt hiszem eleg turelmesen kezeltem eddig

# en: Sorry you think of me like that. I'm doing my best to help you, and I've shown you a lot of patience so far.
who-calls-reply-2-wording-4 = Sajnálom, hogy ez a kép él Önben rólam. Igyekszem a legjobbat kihozni Önnek, és eddig is sok türelmet mutattam Ön felé.

# en: Sorry you feel that way, I'm just trying to help.
who-calls-reply-2-wording-5 = Kár, hogy így látja, én csak segítenék.

# en: Ms Farkas, I've been very patient with you and I'm only here to help, so I'm sorry if you see me that way.
who-calls-reply-2-wording-6 = Farkas asszony, én igen türelmes voltam Önnel, és kizárólag azért vagyok itt, hogy segítsek, úgyhogy sajnálom, ha Ön ezt másképp látja.

# en: It sounds like an apology but it asks her to apologise to you. Pointing at your own patience tells her you took the remark to heart, and it leaves her question, who rings, unanswered.
who-calls-reply-2-feedback = Bocsánatkérésnek hangzik, de valójában azt kéri, hogy ő kérjen bocsánatot Öntől. A saját türelmére hivatkozva jelzi, hogy magára vette a megjegyzést, a kérdésére pedig, hogy ki hív, nem felel.

# en: Between you and me, it's not the first time with Gábor. Don't judge the rest of us by him; I'll make sure he keeps away from your file.
who-calls-reply-3 = Köztünk szólva, nem ez az első eset Gáborral. Ne róla ítéljen meg minket; gondoskodom róla, hogy ne nyúljon többé az ügyéhez.

# en: Just between us, this isn't the first time Gábor's done this. Please don't tar the rest of us with the same brush; I'll see to it he stays away from your file.
who-calls-reply-3-wording-1 = Maradjon ez köztünk, de Gáborral nem most fordul elő először. Kérem, ne róla ítélje meg az irodát; elintézem, hogy többé ne foglalkozzon az ügyével.

# en: Between us, Gábor's done this before; don't judge us all by him.
who-calls-reply-3-wording-2 = Gáborral ez nem először fordul elő; leveszem róla az ügyét.

# en: off the record, gabor's done this before. we're not all like him, and i'll make sure he doesn't touch your case again
who-calls-reply-3-wording-3 = őszintén, négyszemközt: Gábornál ez már nem újdonság. Ne miatta gondolja, hogy mind ilyenek vagyunk, gondoskodom róla, hogy hozzá se érjen többé az ügyéhez.

# en: Confidentially, Gábor has let clients down like this before. The rest of us aren't like that, and I'll keep him off your file.
who-calls-reply-3-wording-4 = Bizalmasan mondom: Gábor nem először hagy így cserben ügyfeleket. Mi, többiek, nem ilyenek vagyunk, és gondoskodom róla, hogy ne kerüljön többé az Ön ügye közelébe.

# en: Gábor does this a lot, we're not all like him.
who-calls-reply-3-wording-5 = Gábor gyakran csinál ilyet, nem vagyunk mind olyanok.

# en: don't lump us in with gabor, between us he's done this before. i'll keep him well away from your file
who-calls-reply-3-wording-6 = ne vegyen minket egy kalap ala gaborral, csak onnek mondom, de mar maskor is csinalt ilyet. messze tartom ot az ugyetol

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it.
who-calls-reply-3-feedback = Ha az ügyfél mellé áll egy kolléga ellen, az empátiának tűnik, de azt üzeni, hogy az egész iroda ismeri a problémát, és eltűri.

# en: Fair enough: after this week you've no reason to. So judge me by five o'clock. I'll ring you then, news or not. Here's my direct line.
who-calls-reply-4 = Jogos: e hét után nincs rá oka. Ítéljen meg ötkor: akkor felhívom, akár van hír, akár nincs. Itt a közvetlen számom.

# en: That's fair; after the week you've had, why would you? So judge me on five o'clock: I'll call you then whether there's news or not. This is my direct number.
who-calls-reply-4-wording-1 = Igaza van, ezek után nincs miért hinnie nekem. Ötkor derül ki, bízhat-e bennem: akkor mindenképp telefonálok, akkor is, ha nincs még újdonság. Itt a közvetlen telefonszámom.

# en: Fair. Judge me by five; I'll call you either way. Here's my number.
who-calls-reply-4-wording-2 = Jogos. Ötkor hívom mindenképp, hírrel vagy anélkül.

# en: fair enough, you've got no reason to after this week. so hold me to 5 o'clock, i'll ring then even if there's no news, here's my direct number
who-calls-reply-4-wording-3 = Jogos, egy ilyen hét után nem is várom, hogy bízzon bennem. Ötkor jelentkezem, ha van fejlemény, ha nincs; itt a mobilom, közvetlenül engem ér el.

# en: You're right not to trust us after this week. Hold me to five o'clock: I'll call you then even if I have nothing new, and this is my direct number.
who-calls-reply-4-wording-4 = Teljesen érthető, hogy e hét után nem hisz nekünk. Öt órakor kérje rajtam számon: akkor jelentkezem, még ha semmi új nem lesz is, és itt van a saját közvetlen vonalam.

# en: I'll call you at five either way. Here's my number.
who-calls-reply-4-wording-5 = Ötkor felhívom, akár van hír, akár nincs. Itt a számom.

# en: Here's my direct line, Ms Farkas. I'll phone at five whether or not there's news, and you can judge me on that; after this week I wouldn't believe us either.
who-calls-reply-4-wording-6 = Ez itt a közvetlen vonalam, Farkas asszony. Ötkor telefonálok, lesz-e hír vagy sem, és ebből ítéljen meg; e hét után én sem hinnék magunknak.

# en: You let the jab pass and answered the doubt behind it with a promise she can check today. Trust after a broken promise comes from a kept one, not from defending yourself.
who-calls-reply-4-feedback = Elengedte a füle mellett a szurkálódást, és a mögötte lévő kételyre olyan ígérettel felelt, amelyet még ma ellenőrizhet. Egy megszegett ígéret után a bizalmat egy betartott hozza vissza, nem az önvédelem.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = Nem az első eset? Szóval itt mindenki tudja, hogy cserben hagyja az ügyfeleit, és senki nem csinál semmit?

# en: I shouldn't have said that; it wasn't fair to him, and it doesn't help you. Your case is mine now. I'll ring you at five.
office-reputation-reply-1 = Ezt nem kellett volna mondanom; nem volt fair vele szemben, és Önnek sem segít. Az ügye mostantól az enyém. Ötkor felhívom.

# en: I was wrong to say that; it was unfair on him and it's no use to you. I'm handling your case now, and I'll call you at five.
office-reputation-reply-1-wording-1 = Ezt nem lett volna szabad kimondanom, igazságtalan volt Gáborral szemben, és Önön sem segít. Innentől én viszem az ügyét, ötkor telefonálok.

# en: My mistake, saying that. I'm on your case; I'll call at five.
office-reputation-reply-1-wording-2 = Ezt visszavonom, nem volt korrekt. Ötkor hívom.

# en: sorry, that was out of line, not fair to him and doesn't help you at all. i'm looking after your case now and i'll phone you at 5
office-reputation-reply-1-wording-3 = bocs, ezt rosszul tettem, hogy gaborrol igy beszeltem, nem volt tisztesseges, es onnek se hasznal. az ugye mostantol nalam van, 5kor keresem

# en: That remark was wrong of me; it was unfair to Gábor and it does nothing for you. I'm dealing with your case personally, and I'll phone you at five.
office-reputation-reply-1-wording-4 = Ez a megjegyzés rossz volt részemről: Gábornak nem tesz igazságot, Önnek meg nem használ. Az ügyét személyesen intézem, és öt órakor hívom.

# en: I shouldn't have said that. I'll call you at five.
office-reputation-reply-1-wording-5 = Ezt kár volt mondanom. Ötkor felhívom.

# en: forget i said that, it wasn't fair on gabor and it's no help to you. your case is with me now, you'll get my call at 5
office-reputation-reply-1-wording-6 = felejtsük el, amit mondtam, Gáborral szemben sem volt szép, és Önnek se segít semmit. most már én foglalkozom Önnel, ötkor csörög a telefonja

# en: You took the remark back without fuss and returned to what happens next. Correcting your own slip in front of her shows the reliability she came in for.
office-reputation-reply-1-feedback = Teketória nélkül visszavonta a megjegyzést, és visszatért ahhoz, ami ezután jön. Ha a saját botlását előtte kijavítja, azt a megbízhatóságot mutatja, amiért bejött.

# en: Fair enough, but I can only answer for myself, not for how the rest of the office works. That's really a question for the manager.
office-reputation-reply-2 = Jogos, de én csak a magam nevében beszélhetek, nem arról, hogyan működik az iroda többi része. Ez valójában inkább a vezetőre tartozik.

# en: That's fair, but I can only speak for myself, not the way the whole office is run. You'd really need to ask the manager about that.
office-reputation-reply-2-wording-1 = Értem, de csak magamért tudok felelni, azért nem, hogy az iroda többi része hogyan dolgozik. Ez inkább a vezetőnk asztala.

# en: I can only speak for myself; ask the manager about that.
office-reputation-reply-2-wording-2 = Csak magamért felelhetek, ezt a vezetőtől kérdezze.

# en: fair point but i can't answer for everyone else here, only for me. that one's really for the manager
office-reputation-reply-2-wording-3 = Jogos kérdés, de az iroda többi részéért nem tudok nyilatkozni, csak a saját munkámért. Ezt tényleg a főnökkel kellene megbeszélni.

# en: I understand, but I'm not able to speak for how everyone else here works, only for myself. The manager would be the one to ask.
office-reputation-reply-2-wording-4 = Megértem, de a kollégáim munkamódszeréről nem mondhatok semmit, csak a sajátomról. Erre az irodavezető tudna válaszolni.

# en: I can't speak for the office, ask the manager.
office-reputation-reply-2-wording-5 = Az irodáért nem beszélhetek, kérdezze a vezetőt.

# en: That's one for the manager, Ms Farkas. I can only answer for what I do, not the rest of the team.
office-reputation-reply-2-wording-6 = Ez már a vezető kompetenciája, Farkas asszony. Én csak azért tudok kiállni, amit én csinálok, a csapat többi részéért nem.

# en: You opened the question and then stepped away from it. To her you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = Felvetette a kérdést, aztán kihátrált belőle. Neki Ön az iroda; az „én csak a magam nevében beszélhetek” megerősíti, hogy itt senki sem felel semmiért.

# en: I shouldn't really say, but yes, he's been warned before. That's between him and the manager, though, so I can't go into it.
office-reputation-reply-3 = Ezt nem nagyon kéne mondanom, de igen, kapott már figyelmeztetést. Ez viszont Gáborra és a vezetőre tartozik, úgyhogy nem mehetek bele.

# en: I probably shouldn't tell you, but yes, he's had warnings before. That's for the manager to deal with, though, so I can't say any more.
office-reputation-reply-3-wording-1 = Nem igazán kellene erről beszélnem, de igen, figyelmeztették már. Ez azonban Gábor és a vezető dolga, így erről többet nem mondhatok.

# en: Yes, he's had warnings, but I can't say more.
office-reputation-reply-3-wording-2 = Igen, kapott már figyelmeztetést, de többet nem mondhatok.

# en: i'm not really supposed to say but yeah, he's had a warning already. that's a thing for him and the boss to sort though so i can't get into it
office-reputation-reply-3-wording-3 = Na jó, köztünk szólva: volt már rá panasz, szóltak is neki. De ez már Gáborra meg a főnökre tartozik, ebbe nem mehetek bele.

# en: Strictly I'm not meant to tell you, but yes, Gábor has been warned about this already. It's a matter for him and the manager, so I can't say more.
office-reputation-reply-3-wording-4 = Hivatalosan nem lenne szabad elárulnom, de igen, Gábor kapott már intést ezért. Ezt viszont ő és az irodavezető rendezi, úgyhogy a részletekről hallgatnom kell.

# en: Yes, he's been warned before, but I can't discuss it.
office-reputation-reply-3-wording-5 = Igen, intették már, de erről nem beszélhetek.

# en: between us, yeah, it's happened before and he got a warning. that's for the manager to deal with though, i can't go into details
office-reputation-reply-3-wording-6 = na, ami azt illeti, igen, tortent mar ilyen, kapott is erte figyelmeztetest. de ezzel a vezeto foglalkozik, reszleteket nem mondhatok

# en: You dug the hole deeper: now she knows the office saw this coming. Gossip about a colleague never reassures a client; it only tells her what they will say about her.
office-reputation-reply-3-feedback = Még mélyebbre ásta a gödröt: most már tudja, hogy az iroda előre látta ezt. A kollégáról szóló pletyka soha nem nyugtatja meg az ügyfelet; csak azt mutatja meg, mit mondanak majd róla.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = Rendben. De tudja, mi fájt a legjobban? Amikor Gábor végre felhívott, azt mondta: „sok sürgős ügyünk volt”. Mintha én nem lettem volna sürgős.

# en: She has told you what hurt most. An apology alone answers it only halfway.
make-amends-hint = Elmondta, mi fájt a legjobban. Egy bocsánatkérés erre csak félig felel.

# en: You were, of course. Still, the main thing now is finding you a new flat before your notice runs out, isn't it? Let's focus on that.
make-amends-reply-1 = Természetesen az volt. De most mégis az a legfontosabb, hogy találjunk Önnek lakást, mielőtt lejár a felmondási idő, nem? Koncentráljunk erre.

# en: Of course you were. Still, what matters most is finding you somewhere to live in time, isn't it? Let's just focus on that.
make-amends-reply-1-wording-1 = Persze hogy az volt. De most mégiscsak az a lényeg, hogy legyen lakása, mire letelik a felmondási idő, nem igaz? Erre összpontosítsunk.

# en: Of course, but let's focus on getting you a new flat.
make-amends-reply-1-wording-2 = Persze, de most a lakáskeresésre koncentráljunk, nem?

# en: course you were. anyway what matters now is getting you somewhere before your notice is up, right? let's stick to that
make-amends-reply-1-wording-3 = természetesen az volt. de a legfontosabb most mégis az, hogy időben találjunk Önnek egy otthont, mielőtt ki kell költöznie, nem? koncentráljunk erre

# en: Naturally you were. But the priority now is the search for your next home, isn't it? Let's put our energy into that.
make-amends-reply-1-wording-4 = Hát persze hogy az volt. De most a következő otthona megtalálása az elsődleges, nem igaz? Fektessük ebbe az energiánkat.

# en: Sure, but let's just concentrate on finding you a flat.
make-amends-reply-1-wording-5 = Persze, de most a keresésre koncentráljunk, az a legfontosabb.

# en: yes of course you were, but let's move on and focus on the new flat, your notice is running out
make-amends-reply-1-wording-6 = persze hogy az volt, de most mar a lakaskeresesre koncentraljunk inkabb, fogy az ido a felmondasbol

# en: She told you what hurt most and you moved straight past it to the search. The flat may turn up, but the feeling of being 'not urgent' leaves with her.
make-amends-reply-1-feedback = Elmondta, mi fájt a legjobban, Ön pedig egyenesen továbblépett a keresésre. A lakás lehet, hogy meglesz, de az érzés, hogy „nem volt sürgős”, vele megy.

# en: I will have you in a new flat before your notice runs out, I promise you. Nobody in this office is going to let you down again.
make-amends-reply-2 = Én garantálom, hogy a felmondási ideje lejárta előtt új lakásban lesz, ígérem. Ebben az irodában senki sem fogja többé cserben hagyni.

# en: I promise you'll be living somewhere new before you have to leave your current flat. No one here will ever let you down again.
make-amends-reply-2-wording-1 = Garantálom Önnek, hogy mire lejár a felmondása, új otthonban lesz, a szavamat adom. Ebben az irodában többé senki nem hagyja Önt cserben.

# en: I promise you'll have a new home before your notice ends.
make-amends-reply-2-wording-2 = Garantálom, hogy időben meglesz az új lakása.

# en: i promise, we'll have you moved into a new place before your notice is up. no one here is going to fail you again
make-amends-reply-2-wording-3 = Ígérem, hogy még a hónap vége előtt beköltözik valahova, erről kezeskedem, és itt többé senki nem fogja Önt magára hagyni.

# en: You have my promise: you'll be in a new home before you have to move out, and no one in this office will ever disappoint you again.
make-amends-reply-2-wording-4 = Megígérem Önnek: még a kiköltözés előtt új otthonban lesz, és ebben az irodában soha senki nem fog többé csalódást okozni Önnek.

# en: I promise we'll have you in a new flat in time.
make-amends-reply-2-wording-5 = Ígérem, időben új lakásban lesz.

# en: Nobody here will let you down again, Ms Farkas, and I promise you'll be in a new flat before your notice is up.
make-amends-reply-2-wording-6 = Farkas asszony, itt Önt már senki nem fogja lógva hagyni, és erre mérget vehet: a felmondás lejárta előtt új lakásba költözik.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-2-feedback = Szívből jön, és hallania kellett, hogy számít, de hogy jövő hónap végéig felbukkan-e a megfelelő lakás, az a piacon múlik, nem Önön. Ugyanolyan ígéret, mint ami múlt héten cserben hagyta.

# en: You were urgent, and I'm sorry. Today I'm asking our manager to log every call-back we promise, so no 'tomorrow' slips quietly again.
make-amends-reply-3 = Ön sürgős volt, és sajnálom. Még ma megkérem a vezetőnket, hogy minden megígért visszahívást vezessünk, hogy egy „holnap” se csússzon el csendben.

# en: You were urgent, and I apologise. I'm going to ask our manager today to start recording every call-back we commit to, so no client's tomorrow gets quietly forgotten again.
make-amends-reply-3-wording-1 = Igen, Ön sürgős volt, bocsánat érte. Ma beszélek a vezetőnkkel, hogy az összes beígért visszahívást vezessük és kövessük, nehogy még egy „holnap” nyomtalanul elsikkadjon.

# en: You mattered, sorry. I'm getting every promised call-back logged from today.
make-amends-reply-3-wording-2 = Sürgős volt, sajnálom; intézem, hogy a visszahívásokat nyilvántartsuk.

# en: you absolutely were urgent, i'm sorry. i'm asking the manager today to keep a log of every callback we promise so nobody gets forgotten like that again
make-amends-reply-3-wording-3 = Igen, Önnek sürgős volt, bocsánat. Beszélek ma a főnökkel, hogy vezessünk listát a beígért hívásokról, így legközelebb senkinek a „holnap”-ja nem merül feledésbe.

# en: I'm sorry, your case was urgent. I'm going to our manager today to set up a record of every promised call, so nobody's 'tomorrow' quietly disappears again.
make-amends-reply-3-wording-4 = Bocsánat, az Ön ügye sürgős volt. Ma elmegyek az irodavezetőhöz, és bevezetjük, hogy minden megígért hívást felírunk, hogy senkinek a „holnap”-ja ne tűnjön el csendben még egyszer.

# en: Sorry. I'm asking the manager to track every callback we promise.
make-amends-reply-3-wording-5 = Sajnálom. Kérem a vezetőt, hogy kövessük nyomon a visszahívásokat.

# en: you were urgent. sorry. from today i want every promised callback written down, i'm raising it with the manager so this doesnt happen to anyone again
make-amends-reply-3-wording-6 = onnek surgos volt. bocsanat. matol minden megigert visszahivast le akarok iratni, szolok a fonoknek, hogy ez mas ugyfellel ne fordulhasson elo

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-3-feedback = Arra a sérelemre felelt, amelyet megnevezett, „mintha én nem lettem volna sürgős”, és megszüntette az okát, hogy a következő ügyfelet ne felejtsék el ugyanígy. Így lesz a bocsánatkérésből jóvátétel.

# en: I'm sorry. You were urgent, and you should have been treated that way. Your case is mine now, and you'll hear from me at five.
make-amends-reply-4 = Sajnálom. Ön sürgős volt, és pontosan úgy is kellett volna bánni Önnel. Az ügye mostantól az enyém, és ötkor hall felőlem.

# en: I apologise. You were urgent and should have been dealt with like it. I'm handling your case from now on, and I'll be in touch at five.
make-amends-reply-4-wording-1 = Bocsánatot kérek. Sürgős ügy volt, és pontosan így kellett volna kezelnünk. Innentől én felelek érte, és öt órakor jelentkezem.

# en: Sorry, you were urgent. It's my case now; I'll call at five.
make-amends-reply-4-wording-2 = Sajnálom, sürgős volt. Mostantól én viszem, ötkor hívom.

# en: i'm really sorry. you were a priority and you deserved to be treated like one. i'm taking over your case and i'll get back to you at 5
make-amends-reply-4-wording-3 = Ne haragudjon, Önnek tényleg sürgős volt, és eszerint kellett volna bánnunk Önnel. Átveszem az ügyet, délután ötkor telefonálok.

# en: I apologise. Your case was urgent and deserved to be handled that way. I'm taking it over myself, and I'll call you at five.
make-amends-reply-4-wording-4 = Elnézést kérek. Sürgős ügy volt, és ekként járt volna Önnek a figyelem. Én gondoskodom róla ezentúl, ötkor pedig csörög a telefonja.

# en: Sorry, you were urgent. I'll ring you at five.
make-amends-reply-4-wording-5 = Sajnálom, sürgős volt. Átveszem az ügyét, ötkor jelentkezem.

# en: you should have been treated as urgent, because you were, and im sorry. i'm looking after your case from now and you'll hear from me at 5
make-amends-reply-4-wording-6 = sürgősként kellett volna kezelni, mert az volt, és sajnálom. mostantól én intézem az ügyét, ötkor hallani fog rólam

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

