### Defuse scenario `missed-delivery` (The washing machine that never came) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The washing machine that never came
title = A mosógép, amely sosem érkezett meg

# en: You answer the phone line of an online appliance shop. The caller ordered a washing machine with two-day delivery. The delivery has been missed twice, and she has called before.
brief = Egy online háztartásigép-webáruház telefonos ügyfélszolgálatán dolgozik. A hívó kétnapos szállítással rendelt egy mosógépet. A kiszállítás már kétszer elmaradt, és a hölgy nem először telefonál.

# en: Eszter Kovács
customer-name = Kovács Eszter

# en: took Thursday off work to wait for the delivery
customer-trait-1 = csütörtökre szabadságot vett ki, hogy megvárja a kiszállítást

# en: her old machine is leaking onto the kitchen floor
customer-trait-2 = a régi gépe folyik, a konyhakövön áll a víz

# en: was told 'I don't know, I passed it on' on her last call
customer-trait-3 = legutóbbi hívásakor azt a választ kapta: „Nem tudom, továbbítottam.”

# en: Sorry, what? I just want my washing machine delivered. Is that really so hard?
neutral-says-1 = Tessék? Csak azt szeretném, hogy végre kiszállítsák a mosógépemet. Ez tényleg olyan nehéz?

# en: I don't follow. My old machine is leaking all over the kitchen floor, and I still don't have the new one. What are you actually doing about it?
neutral-says-2 = Nem értem. A régi gépemből folyik a víz az egész konyhakőre, az újat meg még mindig nem kaptam meg. Most akkor mit tesznek ténylegesen ez ügyben?

# en: This is the third time I'm calling! You promised delivery in two days. Twice! I took Thursday off work and nobody came. Last time your colleague said 'I don't know, I passed it on to customer service.' So here I am. Customer service. What now?
opening-says-1 = Most hívom magukat harmadszor! Két napon belüli szállítást ígértek. Kétszer! Csütörtökre kivettem egy szabadnapot, és senki nem jött. Legutóbb a kollégája azt mondta: „Nem tudom, továbbítottam az ügyfélszolgálatnak.” Hát itt vagyok. Ügyfélszolgálat. Most mi lesz?

# en: Third call! Two-day delivery, you said. Twice! I stayed home on Thursday for nothing, and the last person I spoke to just said he'd 'passed it on to customer service'. Well? I'm listening.
opening-says-2 = Harmadszor hívom magukat! Két nap alatt kiszállítják, ezt mondták. Kétszer! Csütörtökön hiába maradtam itthon, az utolsó ember, akivel beszéltem, meg csak annyit mondott, hogy „továbbította az ügyfélszolgálatnak”. Na? Hallgatom.

# en: She has three grievances: two missed dates, a lost day off, and being passed on. Meet the feeling before you ask her for anything.
opening-hint = Három sérelme van: két elmaradt időpont, egy elveszett szabadnap, és hogy továbbküldözgették. Előbb az érzésre feleljen, csak aztán kérjen tőle bármit.

# en: I understand, and I'll look into it straight away. Could you give me your order number so I can pull it up?
opening-reply-1 = Értem, és azonnal utánanézek. Megadná kérem a rendelésszámát, hogy meg tudjam nyitni a rendszerben az adatait?

# en: I see, and I'll check on it right away. Can I have the order number to find it?
opening-reply-1-wording-1 = Rendben, máris utánanézek. Elmondaná a rendelésszámot, hogy előhívhassam az adatokat a rendszerből?

# en: I'll look into it now. What's your order number?
opening-reply-1-wording-2 = Kérem a rendelésszámát, megnézem.

# en: ok i understand, i'll get on it right now. can i take the order number to look it up?
opening-reply-1-wording-3 = Értem, rögtön megnézem. Megadná a rendelés azonosítóját, hogy be tudjam tölteni az adatait?

# en: Right, I'm on it. If you tell me the order reference, I'll find it in the system.
opening-reply-1-wording-4 = Rendben, már intézem is. Ha megmondja a rendelés számát, megkeresem a rendszerben.

# en: Order number please, and I'll sort it out.
opening-reply-1-wording-5 = A rendelésszámot kérném, és elintézem.

# en: Okay Mrs Kovács, let me check this immediately, what's the order reference?
opening-reply-1-wording-6 = Jó, Kovács asszony, ezt most rögtön ellenőrzöm. Mi a rendelés száma?

# en: Willing and quick, but she has just told you about a wasted day off and being passed on, and your first question is a number. To her it sounds like the start of the last call.
opening-reply-1-feedback = Készséges és gyors, de most mesélt egy elvesztegetett szabadnapról és arról, hogy továbbküldték, az Ön első kérdése pedig egy szám. Neki ez úgy hangzik, mint az előző hívás eleje.

# en: Mrs Kovács, three calls, two broken promises and a day off gone for nothing: that's awful. Tell me what happened on Thursday.
opening-reply-2 = Kovács asszony, három hívás, két megszegett ígéret, egy hiába kivett szabadnap: ez borzasztó. Mondja el, mi történt csütörtökön.

# en: Mrs Kovács, you've rung three times, been let down twice, and lost a day off for nothing. That's terrible. What happened on Thursday?
opening-reply-2-wording-1 = Kovács asszony, harmadszor telefonál, kétszer ígértünk és nem tartottuk be, ráadásul egy szabadnapja is ráment: ez rettenetes. Meséljen, mi történt csütörtökön?

# en: Three calls and a wasted day off: awful. What happened Thursday?
opening-reply-2-wording-2 = Három hívás, egy elveszett szabadnap; ez szörnyű. Mi volt csütörtökön?

# en: Mrs Kovács, that's dreadful, calling three times, two promises broken and your day off wasted. talk me through thursday
opening-reply-2-wording-3 = Kovács asszony, harmadik telefon, kétszer hiába ígértek, egy szabadnap a kukában, ez tényleg felháborító. Mondja el, hogy zajlott a csütörtök.

# en: Calling three times, being promised twice and losing a day of leave, I'd be fuming too. Walk me through Thursday.
opening-reply-2-wording-4 = Háromszor telefonált, kétszer megígérték, és egy szabadnapját is elvesztette; a helyében én is tajtékoznék. Meséljen el mindent a csütörtökről.

# en: That's really bad, three calls and a day off lost. What happened?
opening-reply-2-wording-5 = Ez nagyon rossz, három hívás és egy elvesztett szabadnap. Mi történt?

# en: Thursday off for nothing after two promises and three phone calls? That's not on. Can you tell me what happened that day?
opening-reply-2-wording-6 = Két ígéret és három telefon után hiába kivett csütörtök? Ez így nem mehet. Elmondaná, mi történt aznap?

# en: You met the feeling before the facts: you named what the last two weeks cost her, and only then asked for the details. The first thing she heard from you is that it matters.
opening-reply-2-feedback = Előbb az érzésre felelt, csak aztán a tényekre: kimondta, mibe került neki az elmúlt két hét, és csak utána kérdezett a részletekről. Az első, amit Öntől hallott, az volt, hogy ez számít.

# en: I'm sorry, but the deliveries themselves are done by our courier partner, so I'll need to check with them what went wrong on Thursday.
opening-reply-3 = Sajnálom, de magát a kiszállítást a futárpartnerünk végzi, úgyhogy előbb meg kell kérdeznem tőlük, hogy mi ment félre csütörtökön.

# en: I apologise, but the actual deliveries are handled by the courier company we use, so I'll have to ask them what happened on Thursday.
opening-reply-3-wording-1 = Sajnálom, de a kiszállítást a futárcég végzi, így előbb náluk kell érdeklődnöm, mi romlott el csütörtökön.

# en: Sorry, but the courier does deliveries; I'll have to check with them.
opening-reply-3-wording-2 = Sajnálom, de ezt a futárcégtől kell megkérdeznem.

# en: sorry about that, but it's our courier partner who delivers, so i'll need to find out from them what went wrong thursday
opening-reply-3-wording-3 = ezt sajnalom, de a csomagot a futar szallitja, nem mi, szoval eloszor tolluk kell megtudnom mi tortent csutortokon

# en: Apologies, but a separate delivery company brings the parcels, so I'd have to contact them to find out about Thursday.
opening-reply-3-wording-4 = Elnézést, de a csomagokat egy külön szállítócég viszi ki, így velük kell felvennem a kapcsolatot, hogy megtudjam, mi volt csütörtökön.

# en: Sorry, that's the delivery firm's side, I'll need to ask them.
opening-reply-3-wording-5 = Bocsánat, ez a szállítócég dolga, őket kell megkérdeznem.

# en: sorry mrs kovacs but we dont do the deliveries ourselves, a courier does, so ill have to contact them first
opening-reply-3-wording-6 = bocsi kovacs asszony, de nem mi szallitunk ki, hanem egy futarceg, szoval elobb veluk kell beszelnem

# en: The 'but' cancels the apology and makes the courier the subject. Last time she heard that someone else would deal with it; this is the same sentence in a kinder voice.
opening-reply-3-feedback = A „de” visszavonja a bocsánatkérést, és a futár lesz a mondat alanya. Legutóbb azt hallotta, hogy majd valaki más foglalkozik vele; ez ugyanaz a mondat, csak kedvesebb hangon.

# en: Mrs Kovács, I can hear you're upset, but if we keep this calm I'll be able to help you much faster.
opening-reply-4 = Kovács asszony, hallom, hogy ideges, de ha nyugodtan tudunk beszélni, sokkal gyorsabban tudok majd segíteni Önnek.

# en: Mrs Kovács, I can tell you're upset, but I can sort this out much quicker if we can keep things calm.
opening-reply-4-wording-1 = Kovács asszony, hallom, hogy fel van zaklatva, de ha nyugodt hangon beszélünk, sokkal hamarabb tudok segíteni.

# en: Let's stay calm and I'll help faster.
opening-reply-4-wording-2 = Ha megnyugszik, gyorsabban tudok segíteni.

# en: i know you're upset Mrs Kovács but if we can stay calm i can sort it a lot quicker
opening-reply-4-wording-3 = ertem hogy ideges, de ha higgadtan tudjuk megbeszelni, akkor sokkal gyorsabban megy a dolog

# en: Please don't shout at me, Mrs Kovács, I'm trying to help you and it'll go quicker if you lower your voice.
opening-reply-4-wording-4 = Kérem, ne kiabáljon velem, Kovács asszony, én segíteni próbálok, és hamarabb végzünk, ha halkabban beszél.

# en: Please calm down so I can help you.
opening-reply-4-wording-5 = Kérem, nyugodjon meg, hogy segíteni tudjak.

# en: There's no need to raise your voice, madam. A calm conversation gets this fixed faster.
opening-reply-4-wording-6 = Hölgyem, nem szükséges felemelni a hangját. Higgadt beszélgetéssel gyorsabban rendbe tesszük.

# en: However politely it is put, this makes her tone the obstacle. She has been patient through two missed dates; being told to earn your help by calming down is an insult.
opening-reply-4-feedback = Akármilyen udvariasan mondja, ezzel az ő hangnemét teszi meg akadálynak. Két elmaradt időpont alatt is türelmes maradt; ha azt hallja, hogy előbb nyugodjon meg, és csak akkor kap segítséget, az sértés.

# en: Write this down, then. Order 4471-208. I waited in from eight till six on Thursday. Nobody came, nobody rang, and now the tracking says 'delivery attempted'!
thursday-says-1 = Akkor írja fel. Rendelésszám: 4471-208. Csütörtökön reggel nyolctól este hatig itthon vártam. Senki nem jött, senki nem telefonált, és most a nyomkövetésben az áll: „kézbesítési kísérlet”!

# en: She has given you the whole of Thursday. Give it back to her in a sentence and check that you have it right.
thursday-hint = Elmondta Önnek az egész csütörtököt. Adja vissza neki egy mondatban, és kérdezze meg, jól érti-e.

# en: Thank you, I've got the order up now. I can see the driver's scanner logged an attempt at 14:12, so he was at least in your street.
thursday-reply-1 = Köszönöm, már látom a rendelést. Itt az áll, hogy a futár szkennere 14:12-kor kézbesítési kísérletet rögzített, tehát legalább az Ön utcájában járt.

# en: Thanks, I have your order on screen. The driver's scanner recorded a delivery attempt at 14:12, meaning he was at least on your road.
thursday-reply-1-wording-1 = Köszönöm, megvan a rendelés. Azt látom, hogy a futár készüléke 14:12-kor rögzített egy kézbesítési kísérletet, vagyis legalább az utcájában járt.

# en: The scanner shows he tried at 14:12, on your street.
thursday-reply-1-wording-2 = A futár szkennere szerint 14:12-kor ott járt Önöknél.

# en: thanks, found it. says here the driver scanned an attempt at 2:12pm, so he was in your street at least
thursday-reply-1-wording-3 = koszi, megvan. a rendszer szerint a futar 14:12-kor beszkennelte hogy probalkozott, szoval a kornyeken biztos jart

# en: Right, your order's on my screen. According to the system the driver tried to deliver at 14:12, so he did get to your street.
thursday-reply-1-wording-4 = Rendben, a rendelése előttem van. A rendszer szerint a sofőr 14:12-kor próbált kézbesíteni, tehát az utcájáig eljutott.

# en: The driver's record shows he came at 14:12.
thursday-reply-1-wording-5 = A sofőr adatai szerint 14:12-kor ott volt.

# en: 14:12 is when the driver logged trying to deliver, so he was definitely nearby. I have the order here, thanks.
thursday-reply-1-wording-6 = 14:12-kor rögzítette a sofőr a kézbesítési próbálkozást, szóval valahol a közelben volt. Köszönöm, itt a rendelés.

# en: She told you she was home all day, and you read her the scanner log. However neutral it sounds, it tells her you trust the machine more than her.
thursday-reply-1-feedback = Elmondta, hogy egész nap otthon volt, Ön pedig felolvasta neki a szkenner naplóját. Akármilyen semlegesen hangzik, azt üzeni, hogy a gépnek jobban hisz, mint neki.

# en: That's a whole day of your leave gone, and then being told they tried must sting. I'll find out why that scan was logged.
thursday-reply-2 = Ez egy egész elveszett szabadnap, és utána még azt is olvasni, hogy próbálkoztak, biztos nagyon bántó. Kiderítem, miért rögzítették ezt.

# en: You lost an entire day of annual leave, and then to be told they attempted it must really hurt. I'll look into why that scan was recorded.
thursday-reply-2-wording-1 = Egy teljes szabadnap ment rá, aztán még azt is látnia kell, hogy állítólag próbálkoztak; ez nagyon rosszul eshetett. Kiderítem, miért került be ez a bejegyzés.

# en: Losing a day off and then that scan must sting. I'll look into it.
thursday-reply-2-wording-2 = Ez nagyon bántó lehetett; kiderítem, miért írták be.

# en: so your day off's wasted and then they say they tried, that must really sting. i'll get to the bottom of why that scan's there
thursday-reply-2-wording-3 = Elveszett egy szabadnapja, és a végén még azt olvassa, hogy jártak ott; el tudom képzelni, mennyire felbosszantotta. Utánajárok, honnan jött ez a bejegyzés.

# en: Giving up a day's holiday and then reading that they tried to deliver, that must be so annoying. I'm going to find out where that scan came from.
thursday-reply-2-wording-4 = Feláldozott egy szabadnapot, aztán még azt kell olvasnia, hogy igyekeztek kiszállítani, ez borzasztóan idegesítő lehet. Kiderítem, honnan származik ez a szkennelés.

# en: That must hurt after losing your day. I'll find out about the scan.
thursday-reply-2-wording-5 = Ez fájhat egy elvesztett szabadnap után. Utánanézek a szkennelésnek.

# en: Honestly, I'd be gutted to lose a day off and then be told that. I'll investigate that scan entry.
thursday-reply-2-wording-6 = Őszintén, én is padlón lennék, ha elúszna egy szabadnapom, aztán ezt írnák. Kivizsgálom ezt a bejegyzést.

# en: Warm, and you took the false scan on yourself. But you told her how she feels instead of checking what happened; the best reply gave her Thursday back point by point and asked whether it was right.
thursday-reply-2-feedback = Kedves, és a hamis bejegyzést is magára vállalta. De megmondta neki, mit érez, ahelyett hogy ellenőrizte volna, mi történt; a legjobb válasz pontról pontra visszaadta a csütörtököt, és megkérdezte, jól érti-e.

# en: So you waited in all day, nobody came or rang, and now the tracking claims they tried. Have I got that right?
thursday-reply-3 = Tehát egész nap otthon várt, senki nem jött és nem is telefonált, most pedig a rendszer szerint próbálkoztak. Jól értem?

# en: So you stayed home the whole day, no one turned up or phoned, and now the tracking says there was an attempt. Is that correct?
thursday-reply-3-wording-1 = Ha jól értem: egész nap otthon várta őket, senki nem csengetett és nem is hívta, most mégis kézbesítési kísérletet mutat a rendszer. Így volt?

# en: In all day, no visit, no call, yet tracking says attempted. Correct?
thursday-reply-3-wording-2 = Egész nap várta, nem jött senki, mégis kísérletet írtak. Jól értem?

# en: ok so you were in all day, nobody showed up or called, and the tracking's saying they tried. have i understood that correctly?
thursday-reply-3-wording-3 = Szóval nyolctól hatig itthon volt, se futár, se telefon, és most azt írja a nyomkövetés, hogy próbálkoztak. Stimmel?

# en: Let me check I follow: you were at home from morning to evening, no driver, no phone call, and yet the system says they made an attempt?
thursday-reply-3-wording-4 = Hadd ellenőrizzem, hogy jól követem-e: reggeltől estig otthon volt, futár nem jött, telefon sem, a rendszer mégis próbálkozást mutat?

# en: You were home all day, no one came, but it says they tried?
thursday-reply-3-wording-5 = Egész nap otthon volt, senki nem jött, de azt írja, próbálták?

# en: Just to be clear Mrs Kovács, you stayed in eight till six with no knock and no call, and now it's showing a delivery attempt. Is that it?
thursday-reply-3-wording-6 = Csak hogy tisztán lássak, Kovács asszony: nyolctól hatig otthon maradt, nem kopogott senki, nem is hívták, és most mégis kézbesítési kísérlet szerepel. Így van?

# en: You gave her Thursday back in her own terms (in all day, no call, a false 'attempted') and asked if you had it. She can stop proving her story: you have every detail.
thursday-reply-3-feedback = Az ő szavaival adta vissza a csütörtököt (egész nap otthon, egy hívás sem, hamis „kísérlet”), és megkérdezte, jól érti-e. Már nem kell bizonygatnia a történetét: minden részlet megvan Önnél.

# en: I'm sorry about that, what a frustrating day. I'll make a note of it on your order for you.
thursday-reply-4 = Sajnálom, ez igazán bosszantó nap lehetett. Feljegyzem a rendeléséhez, hogy meglegyen.

# en: Sorry about that, it sounds like a really frustrating day. I'll add a note to your order.
thursday-reply-4-wording-1 = Sajnálom, ez bizonyára nagyon idegesítő nap volt. Felírom a rendeléséhez, hogy nyoma legyen.

# en: Sorry, frustrating day. I'll note it on your order.
thursday-reply-4-wording-2 = Sajnálom, felírom a rendeléséhez.

# en: oh sorry, what an annoying day. i'll pop a note on your order
thursday-reply-4-wording-3 = jaj, ez tenyleg bosszanto lehetett. beirom megjegyzesbe a rendeleshez, hogy rogzitve legyen

# en: Apologies, that must have been an irritating day. I'll record it on your account.
thursday-reply-4-wording-4 = Elnézést, ez egy idegőrlő nap lehetett. Rögzítem a fiókjában.

# en: Sorry about that, I'll note it down.
thursday-reply-4-wording-5 = Bocsánat ezért, feljegyzem.

# en: I'll write a comment on the order for you. Sorry, that sounds like a really annoying day.
thursday-reply-4-wording-6 = Írok egy megjegyzést a rendeléséhez. Sajnálom, ez tényleg nagyon bosszantó napnak hangzik.

# en: Courteous, but 'a note on your order' is what the last person did too. She gave you three precise facts and heard none of them back.
thursday-reply-4-feedback = Udvarias, de a „feljegyzem a rendeléséhez” pontosan az, amit az előző kolléga is csinált. Három pontos tényt mondott el, és egyiket sem hallotta vissza.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = A futár? Nem a futártól rendeltem, hanem MAGUKTÓL! Mindenki csak továbbpasszol valaki máshoz!

# en: I know it's frustrating, and I'd like to tell you more, but honestly, I can't see what the courier does on their side.
courier-blame-reply-1 = Tudom, hogy ez bosszantó, és szívesen mondanék többet, de őszintén szólva nem látok bele, mi történik a futárnál.

# en: I understand it's frustrating, and I wish I could tell you more, but really, I've no visibility of what the courier does at their end.
courier-blame-reply-1-wording-1 = Értem, hogy ez idegesítő, és örülnék, ha többet mondhatnék, de őszintén, nincs rálátásom arra, mi zajlik a futárcégnél.

# en: I get it, but I can't see the courier's side.
courier-blame-reply-1-wording-2 = Értem, de a futárnál történtekbe nem látok bele.

# en: i know it's annoying and i wish i could say more but honestly i've got no view of what the courier's doing
courier-blame-reply-1-wording-3 = tudom hogy ez bosszanto, de sajnos a futarceg belso dolgait en innen nem latom

# en: I understand why you're annoyed, but I genuinely have no access to the courier's systems, so I can't tell you much.
courier-blame-reply-1-wording-4 = Megértem, miért bosszús, de tényleg nem férek hozzá a futár rendszeréhez, így nem sokat tudok mondani.

# en: Sorry, I don't have access to the courier's information.
courier-blame-reply-1-wording-5 = Sajnos a futár adatait innen nem látom, nincs hozzá jogosultságom.

# en: honestly the courier's end is a black box to me, i wish i could tell you more, i know it's frustrating
courier-blame-reply-1-wording-6 = oszinten a futarnal mi tortenik, az nekem fekete doboz, bar tobbet mondhatnek, tudom hogy ez frusztralo

# en: Naming her frustration was right, but 'I can't see their side' leaves her where the last call did: with nobody responsible. Sympathy without ownership is a polite dead end.
courier-blame-reply-1-feedback = Jó, hogy kimondta a bosszúságát, de a „nem látok bele” ott hagyja, ahol az előző hívás: felelős nélkül. Az együttérzés felelősségvállalás nélkül udvarias zsákutca.

# en: You're right: you ordered from us, so it's mine to sort out, not the courier's. I won't pass you on. What happened Thursday?
courier-blame-reply-2 = Igaza van: tőlünk rendelt, tehát nekem kell megoldanom, nem a futárnak. Nem küldöm tovább senkihez. Mi történt csütörtökön?

# en: You're quite right: you bought from us, so it's my job to fix it, not the courier's. I'm not handing you over to anyone. Tell me about Thursday?
courier-blame-reply-2-wording-1 = Jogos: tőlünk vásárolt, így ez az én feladatom, nem a futáré. Senkihez nem irányítom tovább. Mondja, mi történt csütörtökön?

# en: You're right, it's mine to fix. No passing you on. Tell me about Thursday?
courier-blame-reply-2-wording-2 = Tőlünk rendelt, én intézem, nem adom tovább. Mi volt csütörtökön?

# en: you're right, you bought it from us so it's on me to sort, not them. i'm not going to pass you to anyone. what happened on thursday?
courier-blame-reply-2-wording-3 = Teljesen igaza van, a megrendelés hozzánk jött, tehát az én dolgom rendbe tenni. Nem passzolom át senkinek. Elmesélné a csütörtököt?

# en: Fair point, your contract is with us, so this is my responsibility and I'll stay with it. Tell me what happened on Thursday.
courier-blame-reply-2-wording-4 = Ebben igaza van: a szerződés velünk jött létre, így ez az én felelősségem, és én is viszem végig. Meséljen a csütörtökről.

# en: You're right, it's my problem to fix. What happened on Thursday?
courier-blame-reply-2-wording-5 = Igaza van, ez az én dolgom megoldani. Mi volt csütörtökön?

# en: No more being handed around, Mrs Kovács, you bought from us so I own this. Can you walk me through Thursday?
courier-blame-reply-2-wording-6 = Nem dobálják Önt tovább, Kovács asszony, tőlünk vásárolt, így ezt én vállalom. Végigmenne velem a csütörtökön?

# en: You took her point without a 'but' and made the case yours. 'I won't pass you on' answers the very thing that hurt most, and your question gets her story told once, to you.
courier-blame-reply-2-feedback = „De” nélkül fogadta el, amit mondott, és magára vállalta az ügyet. A „nem küldöm tovább” pontosan arra felel, ami a legjobban fájt neki, a kérdésével pedig eléri, hogy egyszer, Önnek mondja el a történetét.

# en: I'm not passing you on, Mrs Kovács. I'm explaining how deliveries work, so you understand why I have to ask the courier first.
courier-blame-reply-3 = Nem küldöm én tovább, Kovács asszony. Csak elmagyarázom, hogyan működik a kiszállítás, hogy értse, miért kell előbb a futárt megkérdeznem.

# en: I'm not handing you off, Mrs Kovács. I'm just explaining the delivery process, so you can see why I need to check with the courier first.
courier-blame-reply-3-wording-1 = Én nem küldöm Önt sehová, Kovács asszony. Csak elmondom, hogyan megy a kiszállítás, hogy lássa, miért kell először a futárt megkérdeznem.

# en: I'm not fobbing you off; I'm explaining why I must ask the courier.
courier-blame-reply-3-wording-2 = Nem passzolom át, csak elmagyarázom, hogy működik a kiszállítás, és miért kell előbb a szállítónál rákérdeznem.

# en: i'm not handing you off, i'm just explaining how the deliveries work so it makes sense why i have to check with the courier first
courier-blame-reply-3-wording-3 = nem kuldozgetem en senkihez, csak megmagyarazom a szallitas menetet, hogy ertse, miert a futarral kell kezdenem

# en: That's not what I'm doing, Mrs Kovács. I'm telling you how the delivery process works so it's clear why the courier has to be contacted first.
courier-blame-reply-3-wording-4 = Nem erről van szó, Kovács asszony. Csak ismertetem, hogyan zajlik a kiszállítás, hogy érthető legyen, miért kell először a futárral egyeztetnem.

# en: I'm not passing you on, I'm just explaining the process.
courier-blame-reply-3-wording-5 = Én csak a kiszállítás menetét magyarázom, nem passzolom át.

# en: Look, nobody's passing you anywhere, I'm just telling you how it works: the courier has to be checked with first.
courier-blame-reply-3-wording-6 = Nézze, senki nem passzolja Önt sehova, csak elmondom, hogy működik: először a futárnál kell rákérdezni.

# en: She says she is being passed around, and you correct her. Even meant kindly, arguing about the words tells her that being right matters more to you than her machine.
courier-blame-reply-3-feedback = Azt mondja, ide-oda küldözgetik, Ön pedig kijavítja. Még ha jó szándékkal is, a szavakon vitatkozni azt üzeni, hogy fontosabb Önnek igazat kapni, mint az ő mosógépe.

# en: You did order from us, and I'm sorry it's come to this. Let me look into what went wrong with the courier for you.
courier-blame-reply-4 = Valóban tőlünk rendelt, és sajnálom, hogy idáig jutott. Hadd nézzek utána, mi ment félre a futárnál.

# en: Yes, you bought from us. I'm sorry it's got to this point. I'll find out what the courier got wrong for you.
courier-blame-reply-4-wording-1 = Valóban nálunk adta le a rendelést, és sajnálom, hogy ide jutottunk. Hadd derítsem ki, mi csúszott el a futárnál.

# en: True, you bought from us; sorry. I'll look into the courier problem.
courier-blame-reply-4-wording-2 = Tőlünk rendelt, sajnálom. Megnézem, mi történt a futárnál.

# en: yes, you placed the order with us, and i'm really sorry it's come to all this. i'll look into where it went wrong for you
courier-blame-reply-4-wording-3 = Igaza van, nálunk vásárolt, és bocsánat, hogy eddig fajult. Utánanézek, hol rontotta el a futárszolgálat.

# en: Yes, the order was placed with us, and I apologise it's got this far. I'll find out for you what the courier did wrong.
courier-blame-reply-4-wording-4 = Így van, a megrendelést nálunk adta le, és bocsánatot kérek, hogy ennyire elmérgesedett. Kiderítem Önnek, mit hibázott a futár.

# en: Sorry, yes you ordered from us. I'll check the courier problem.
courier-blame-reply-4-wording-5 = Bocsánat, igen, tőlünk rendelt. Megnézem a gondot a futárnál.

# en: i'm sorry it's got this bad. you bought it from us, so let me dig into what went wrong with the delivery company
courier-blame-reply-4-wording-6 = sajnalom hogy ennyire elfajult. nalunk vasarolt, szoval hadd bogaraszam ki, mit rontott el a szallitoceg

# en: You accepted her point and apologised without a 'but'. 'Let me look into it' is still vague: the best reply said outright that the case is yours and that she won't be passed on, which is what she fears.
courier-blame-reply-4-feedback = Elfogadta, amit mondott, és „de” nélkül kért bocsánatot. A „hadd nézzek utána” viszont homályos: a legjobb válasz kimondta, hogy az ügy az Öné, és hogy nem küldi tovább senkihez – márpedig éppen ettől tart a legjobban.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = Ne mondja nekem, hogy nyugodjak meg! Két hete türtőztetem magam. A vezetőjével akarok beszélni.

# en: Of course. Please hold the line, and I'll transfer you to my manager straight away.
calm-down-reaction-reply-1 = Természetesen. Kérem, tartsa a vonalat, és azonnal kapcsolom a vezetőmet.

# en: Certainly. Please stay on the line and I'll put you through to my manager right away.
calm-down-reaction-reply-1-wording-1 = Rendben. Kérem, maradjon vonalban, máris átkapcsolom a felettesemhez.

# en: Sure, hold on, putting you through to my manager.
calm-down-reaction-reply-1-wording-2 = Kapcsolom a vezetőmet, tartsa a vonalat.

# en: of course, just hold a sec, i'm transferring you to my manager now
calm-down-reaction-reply-1-wording-3 = persze, egy pillanat, atadom a fonokomnek

# en: Yes, no problem. Stay on the line, I'm connecting you to my supervisor now.
calm-down-reaction-reply-1-wording-4 = Igen, rendben. Ne tegye le, most adom a feljebbvalómat.

# en: Okay, transferring you to my manager now.
calm-down-reaction-reply-1-wording-5 = Rendben, most átadom a vezetőmnek.

# en: Certainly, madam, one moment please while I put the call through to my manager.
calm-down-reaction-reply-1-wording-6 = Hogyne, asszonyom, egy pillanatot kérek, amíg a hívást a vezetőmhöz irányítom.

# en: Passing her on is the very thing she rang to complain about. Without a word on the story, she will start from the beginning a fourth time.
calm-down-reaction-reply-1-feedback = Épp az ellen telefonált, hogy továbbküldözgetik. Ha egy szót sem ad át a történetből, negyedszer is elölről kell kezdenie.

# en: I was only trying to help you, Mrs Kovács. There's really no need to speak to me like that; I'm just doing my job.
calm-down-reaction-reply-2 = Én csak segíteni próbáltam, Kovács asszony. Igazán nem kell így beszélnie velem, én csak a munkámat végzem.

# en: I was only being helpful, Mrs Kovács. There's no need to talk to me that way; I'm only doing my job.
calm-down-reaction-reply-2-wording-1 = Kovács asszony, én csak segíteni akartam. Igazán nem kellene így beszélnie velem, én is csak a dolgomat teszem.

# en: I'm only doing my job; please don't talk to me that way.
calm-down-reaction-reply-2-wording-2 = Ne beszéljen így velem, én csak dolgozom.

# en: look i was just trying to help, there's no reason to talk to me that way, i'm only doing my job here
calm-down-reaction-reply-2-wording-3 = en tenyleg csak segitettem volna. nem kell ram tamadni, en is csak a munkamat csinalom

# en: Please don't be rude to me, Mrs Kovács, I was trying to help and I'm just doing what I'm paid to do.
calm-down-reaction-reply-2-wording-4 = Kérem, ne legyen velem goromba, Kovács asszony, én segíteni akartam, és csak azt csinálom, amiért fizetnek.

# en: Don't shout at me, I'm only doing my job.
calm-down-reaction-reply-2-wording-5 = Ne kiabáljon velem, én csak a munkámat végzem.

# en: Excuse me, but I don't deserve to be spoken to like that. I was helping you.
calm-down-reaction-reply-2-wording-6 = Elnézést, de nem érdemlem meg, hogy így beszéljen velem. Én segítettem Önnek.

# en: Her anger is about two missed deliveries, not about you. Defending yourself turns the call into a quarrel about manners, and her machine drops out of it.
calm-down-reaction-reply-2-feedback = A dühe két elmaradt szállításnak szól, nem Önnek. Ha védekezik, a hívásból vita lesz a jó modorról, és a mosógépe kiesik belőle.

# en: You're right, I shouldn't have said that. After two weeks of this, you've every right to be angry. Can I try to fix it?
calm-down-reaction-reply-3 = Igaza van, ezt nem kellett volna mondanom. Két hét után minden joga megvan, hogy dühös legyen. Megpróbálhatom megoldani?

# en: You're right, that was the wrong thing to say. After a fortnight of this, you're entitled to be angry. Will you let me try to sort it out?
calm-down-reaction-reply-3-wording-1 = Jogos, ezt rosszul mondtam, bocsánat. Két hét után érthető, hogy elege van. Hagyja, hogy megpróbáljam megoldani?

# en: Sorry, that was wrong of me; your anger's fair. Can I fix it?
calm-down-reaction-reply-3-wording-2 = Rossz mondat volt, bocsánat. Hadd próbáljam megoldani.

# en: fair enough, i was wrong to say that. two weeks of this, of course you're angry. can i have a go at sorting it?
calm-down-reaction-reply-3-wording-3 = Teljesen igaza van, ilyet nem lett volna szabad mondanom. Két hét kálvária után bárki ki lenne akadva. Engedje meg, hogy nekiálljak a megoldásnak.

# en: I'm sorry, telling you to calm down was a mistake. Two weeks of this would make anyone furious. Will you let me sort it out?
calm-down-reaction-reply-3-wording-4 = Bocsánat, hiba volt azt mondanom, hogy nyugodjon meg. Két hét ilyen után bárki tombolna. Engedi, hogy rendbe hozzam?

# en: Sorry, I was wrong to say that. Let me try to fix it.
calm-down-reaction-reply-3-wording-5 = Elnézést, nem kellett volna ezt mondanom. Hadd hozzam helyre.

# en: That came out wrong and I apologise, Mrs Kovács. You have every reason to be angry after two weeks. Can I have a chance to put it right?
calm-down-reaction-reply-3-wording-6 = Ez rosszul jött ki, elnézést kérek, Kovács asszony. Két hét után minden oka megvan a haragra. Kaphatok egy esélyt, hogy helyrehozzam?

# en: You took back your own mistake at once and told her that her anger is fair. That costs nothing and ends the fight; asking to fix it leaves the choice about your manager with her.
calm-down-reaction-reply-3-feedback = Azonnal visszavonta a saját hibáját, és kimondta, hogy jogos a dühe. Ez semmibe sem kerül, és véget vet a vitának; azzal, hogy engedélyt kér a megoldásra, a vezetőről szóló döntést nála hagyja.

# en: Of course. I'll brief my manager, Anna Szabó, on everything first so you won't have to repeat it, and stay on until she picks up.
calm-down-reaction-reply-4 = Természetesen. Előbb mindent elmondok a vezetőmnek, Szabó Annának, hogy ne kelljen megismételnie, és a vonalban maradok, amíg át nem veszi.

# en: Certainly. I'll give Anna Szabó, my manager, the whole story first so you don't have to go over it again, and I'll stay on the line till she answers.
calm-down-reaction-reply-4-wording-1 = Természetesen. Előtte minden részletet átadok Szabó Annának, a vezetőmnek, így Önnek semmit nem kell elismételnie, és nem teszem le, amíg ő nem jelentkezik be.

# en: Sure. I'll brief Anna Szabó first and stay on till she answers.
calm-down-reaction-reply-4-wording-2 = Kapcsolom Szabó Annát, előbb mindent elmondok neki.

# en: of course. i'll explain everything to my manager anna szabó beforehand so you won't need to repeat yourself, and i'll stay on until she's there
calm-down-reaction-reply-4-wording-3 = Persze. Előbb felvázolom az egészet a főnökömnek, Szabó Annának, hogy Önnek ne kelljen újra elmondania, és itt leszek a vonalban, míg átveszi.

# en: Yes, I'll connect you with Anna Szabó, my manager, but first I'll explain the whole situation to her so you needn't tell it again, and I'll be on the line until she answers.
calm-down-reaction-reply-4-wording-4 = Igen, összekötöm Szabó Annával, a vezetőmmel, de előbb elmagyarázom neki az egész helyzetet, hogy ne kelljen újra elmesélnie, és a vonalban leszek, amíg fel nem veszi.

# en: I'll explain it all to Anna Szabó first, then stay with you.
calm-down-reaction-reply-4-wording-5 = Előbb mindent elmondok Szabó Annának, aztán Önnel maradok.

# en: Anna Szabó is my manager; I'll fill her in before she joins so you don't have to start from scratch, and I won't hang up until she's on.
calm-down-reaction-reply-4-wording-6 = Szabó Anna a vezetőm; mielőtt belép, tájékoztatom, hogy ne kelljen elölről kezdenie, és nem teszem le, amíg ő nincs a vonalban.

# en: She asked for a manager and you respected it, passing on the whole story and staying on the line: not the last call again. The best reply first owned your slip, which is often enough to keep the case yourself.
calm-down-reaction-reply-4-feedback = Vezetőt kért, és Ön ezt tiszteletben tartotta: átadja az egész történetet, és a vonalban marad, így nem az előző hívás ismétlődik. A legjobb válasz előbb a saját botlását vállalta, és ez gyakran elég ahhoz, hogy az ügy Önnél maradjon.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = Elég volt. Kapcsolja a vezetőjét. Most.

# en: She has given up on you, not on the machine. Respect the request, and put one thing you control on the table.
manager-demand-hint = Nem a mosógépről mondott le, hanem Önről. Tartsa tiszteletben a kérését, és tegyen le az asztalra valamit, ami az Ön kezében van.

# en: Of course, if you want. Before I do: Saturday, eight to twelve, is free, and I can book it and text you now. Shall I?
manager-demand-reply-1 = Természetesen, ha szeretné. Előtte annyit: szombaton nyolc és tizenkettő között van szabad időpont, le tudom foglalni, és most SMS-t küldök róla. Intézzem?

# en: Certainly, if you'd like. But first: there's a Saturday slot from eight till twelve, and I can reserve it and send you a text right now. Would you like that?
manager-demand-reply-1-wording-1 = Persze, ha így szeretné. Előtte annyit: szombaton reggel nyolc és dél között van még hely, ezt le tudom foglalni, és azonnal küldök róla SMS-t. Lefoglaljam?

# en: Sure. First, shall I book Saturday 8 to 12 and text you?
manager-demand-reply-1-wording-2 = Kapcsolhatom, de szombat délelőttre most lefoglalhatom. Intézzem?

# en: of course if that's what you want. just before i do, saturday morning 8-12 is available, i can reserve it and text you straight away. want me to?
manager-demand-reply-1-wording-3 = Kapcsolom, ha kéri. De előtte: szombat délelőtt 8–12 között van szabad sáv, most rögtön be tudom írni, és megy is az SMS. Csináljam?

# en: I can do that. Just one thing first: I've got a Saturday morning slot, eight to noon, that I could book for you and confirm by text right away. Want it?
manager-demand-reply-1-wording-4 = Megoldható. Csak egy dolog előtte: van egy szombat reggeli sávom, nyolctól délig, azt lefoglalhatom Önnek, és rögtön SMS-ben megerősítem. Kéri?

# en: Okay, but Saturday morning is free. Want me to book it?
manager-demand-reply-1-wording-5 = Rendben, de szombat délelőtt van hely. Lefoglaljam?

# en: sure, but quick thing first: saturday 8-12 is free, i can grab that slot and text you right now if you like?
manager-demand-reply-1-wording-6 = persze, csak elotte gyorsan: szombaton 8-12 szabad, be tudom foglalni es mar megy is az sms, ha keri?

# en: You respected her request and put one concrete thing on the table that you control. Callers often ask for a manager because they've given up on the person on the line; you gave her a reason not to.
manager-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és letett az asztalra egy konkrét dolgot, ami az Ön kezében van. Sokan azért kérik a vezetőt, mert lemondtak arról, akivel beszélnek; Ön okot adott neki, hogy ne tegye.

# en: With respect, my manager will only tell you exactly the same thing I've just told you, so I'm not sure it would help.
manager-demand-reply-2 = Ne haragudjon, de a vezetőm is pontosan ugyanazt fogja mondani, amit én az előbb, úgyhogy nem hiszem, hogy sokat segítene.

# en: With all due respect, my manager would just repeat what I've already said, so I don't think it would help.
manager-demand-reply-2-wording-1 = Ne vegye rossz néven, de a felettesem is szóról szóra azt mondaná, amit én, szóval nem sok értelme van.

# en: My manager will say the same as me, honestly.
manager-demand-reply-2-wording-2 = A vezetőm sem mondana mást, nincs értelme.

# en: tbh my manager would just tell you the same thing i have, so i don't think there's much point
manager-demand-reply-2-wording-3 = őszintén, a főnököm pont ugyanezt mondaná, nem hiszem hogy bármit segítene

# en: Honestly, speaking to my manager won't change anything, you'll just get the same answer you got from me.
manager-demand-reply-2-wording-4 = Őszintén, attól, hogy a vezetőmmel beszél, semmi nem változik, ugyanazt a választ kapja, mint tőlem.

# en: There's no point, my manager will tell you the same.
manager-demand-reply-2-wording-5 = Felesleges, a főnököm is ugyanezt mondja majd.

# en: I'm afraid going to my manager won't get you a different answer, so I don't see the point.
manager-demand-reply-2-wording-6 = Attól tartok, a vezetőmtől sem kapna más választ, így nem látom értelmét.

# en: Refusing her and calling it pointless leaves her no way forward at all. The only move left to her is to hang up and buy elsewhere.
manager-demand-reply-2-feedback = Ha elutasítja, és még azt is mondja, hogy értelmetlen, semmilyen utat nem hagy neki. Egyetlen lépése marad: leteszi, és máshol vásárol.

# en: Of course. Please hold, and I'll put you through to the team leader on duty.
manager-demand-reply-3 = Természetesen. Kérem, tartsa a vonalat, kapcsolom az ügyeletes csoportvezetőt.

# en: Certainly. Hold on please, and I'll transfer you to the duty team leader.
manager-demand-reply-3-wording-1 = Természetesen. Egy pillanat türelmet, átkapcsolom az aktuális csoportvezetőhöz.

# en: Sure, one moment, transferring you to the team leader.
manager-demand-reply-3-wording-2 = Rendben, kapcsolom a csoportvezetőt.

# en: of course, please hold while i get you over to whichever team leader's on shift
manager-demand-reply-3-wording-3 = persze, tartsa kerem, atteszem az ugyeletes vezetohoz

# en: Yes, stay on the line and I'll connect you to the supervisor on shift.
manager-demand-reply-3-wording-4 = Igen, ne tegye le, összekapcsolom a most szolgálatban lévő vezetővel.

# en: Okay, hold on, I'll transfer you to the team leader.
manager-demand-reply-3-wording-5 = Rendben, tartsa, átadom a csoportvezetőnek.

# en: Certainly, madam. One moment while I pass your call to today's team leader.
manager-demand-reply-3-wording-6 = Hogyne, hölgyem. Egy momentum, és a ma szolgálatos csapatvezetőhöz irányítom a hívását.

# en: Courteous, and it does what she asked, but the case leaves your hands unsolved and untold. She'll be explaining Thursday to a stranger again.
manager-demand-reply-3-feedback = Udvarias, és azt teszi, amit kért, de az ügy megoldatlanul és elmondatlanul kerül ki a kezéből. Megint egy idegennek kell elmagyaráznia a csütörtököt.

# en: Of course. I'll give my manager, Anna Szabó, the whole story first so you don't have to repeat any of it, and I'll stay on until she's there.
manager-demand-reply-4 = Természetesen. Előbb elmondom a vezetőmnek, Szabó Annának az egész történetet, hogy semmit ne kelljen megismételnie, és a vonalban maradok, amíg át nem veszi.

# en: Certainly. I'll tell my manager, Anna Szabó, everything that's happened first, so you won't need to repeat a thing, and I'll stay on the line till she's with you.
manager-demand-reply-4-wording-1 = Hogyne. Előtte a vezetőmnek, Szabó Annának elmondom az egész történetet, hogy Önnek ne kelljen ismételnie, és nem teszem le, amíg át nem veszi.

# en: Sure. I'll brief Anna Szabó fully and stay on till she answers.
manager-demand-reply-4-wording-2 = Átadom Szabó Annának az ügyet, és vonalban maradok.

# en: ok of course, i'll fill anna szabó in on the whole thing before, so no need for you to go over it, and i'll hang on till she's picked up
manager-demand-reply-4-wording-3 = Persze, szólok Szabó Annának, előre elmondok neki mindent, hogy ne kelljen az elejéről kezdenie, és itt leszek, míg ő átveszi a hívást.

# en: Yes, I'll put you through to Anna Szabó, my manager, after I've explained everything to her so you don't have to go over it again, and I'll stay on the call until she joins.
manager-demand-reply-4-wording-4 = Igen, átkapcsolom Szabó Annához, a vezetőmhöz, miután mindent elmagyaráztam neki, hogy ne kelljen újra végigmennie rajta, és a hívásban maradok, amíg be nem kapcsolódik.

# en: I'll explain everything to Anna first so you needn't repeat it.
manager-demand-reply-4-wording-5 = Előbb mindent elmondok Szabó Annának, hogy ne kelljen ismételnie.

# en: anna szabo is my manager, i'll tell her the full story before she comes on so you dont repeat anything, and i'll stay with you till then
manager-demand-reply-4-wording-6 = szabo anna a fonokom, elotte elmondom neki az egesz sztorit, hogy ne kelljen semmit ismetelnie, es addig itt maradok

# en: A good handover: a name, the story passed on, and you on the line until she is taken over. The best reply kept one concrete offer in your own hands first; she might not have needed the manager at all.
manager-demand-reply-4-feedback = Jó átadás: egy név, a továbbadott történet, és Ön a vonalban marad, amíg át nem veszik. A legjobb válasz előbb egy konkrét ajánlatot tett a saját hatáskörében; lehet, hogy a vezetőre nem is lett volna szükség.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = Kísérlet? Senki nem kísérelt meg semmit! EGÉSZ nap itthon voltam. Azt akarja mondani, hogy hazudok?

# en: No, I'm only telling you what the driver entered in the system, madam. I wasn't there, so I can't say more than that.
attempted-reply-1 = Nem, én csak azt mondom el, amit a futár beírt a rendszerbe, hölgyem. Nem voltam ott, úgyhogy ennél többet nem tudok mondani.

# en: No, I'm just reading out what the driver put into the system. I wasn't there myself, madam, so that's all I can tell you.
attempted-reply-1-wording-1 = Nem, én csak felolvasom, mit rögzített a futár a rendszerben, hölgyem. Nem voltam ott, így többet nem tudok erről mondani.

# en: No, it's just what the driver entered; I wasn't there.
attempted-reply-1-wording-2 = Én csak azt mondom, amit a futár beírt.

# en: no, i'm just reading what the driver put on the system. i wasn't there, that's all i know
attempted-reply-1-wording-3 = nem, en csak tovabbadom, ami a futar bejegyzeseben all. en nem lehettem ott, ennyit tudok

# en: Not at all, madam, I'm only passing on what the driver recorded. I wasn't there, so I can't tell you any more.
attempted-reply-1-wording-4 = Egyáltalán nem, hölgyem, én csak továbbítom, amit a sofőr rögzített. Nem voltam ott, így ennél többet nem mondhatok.

# en: No, that's what the driver logged, I wasn't there.
attempted-reply-1-wording-5 = Nem, ezt a sofőr rögzítette, én nem voltam ott.

# en: that's the driver's entry not mine, madam, i can only go by what the system says
attempted-reply-1-wording-6 = ez a sofor bejegyzese, nem az enyem, holgyem, en csak abbol tudok dolgozni, ami a rendszerben van

# en: 'I'm only the messenger' leaves her alone with a false record: the system is wrong about her, and nobody on your side will stand behind her.
attempted-reply-1-feedback = Az „én csak a hírvivő vagyok” egyedül hagyja egy hamis bejegyzéssel: a rendszer téved vele kapcsolatban, és az Ön oldalán senki nem áll ki mellette.

# en: No, I believe you. If you were in all day, that scan is wrong, and I'll report it to the courier today myself.
attempted-reply-2 = Nem, hiszek Önnek. Ha egész nap otthon volt, a bejegyzés hamis, és még ma én magam jelentem a futárcégnek.

# en: I do believe you. You were home all day, so the scan is incorrect, and I'll personally raise it with the courier today.
attempted-reply-2-wording-1 = Dehogy, elhiszem Önnek. Ha Ön otthon tartózkodott egész nap, akkor a bejegyzés nem igaz, és még ma személyesen jelzem a futárcégnek.

# en: I believe you; the scan's wrong, and I'm reporting it today.
attempted-reply-2-wording-2 = Hiszek Önnek; a bejegyzés hamis, ma jelentem.

# en: no i believe you, you were home all day so that scan's wrong, i'll flag it with the courier myself today
attempted-reply-2-wording-3 = Szó sincs róla, elhiszem. Ha otthon volt, akkor a futár valótlant írt be, és ezt még ma én magam reklamálom náluk.

# en: I'm not doubting you at all. If you were at home the whole day, the scan is a mistake, and I'll personally take it up with the courier today.
attempted-reply-2-wording-4 = Eszembe sem jut kételkedni Önben. Ha egész nap otthon volt, a szkennelés tévedés, és ma személyesen szóvá teszem a futárnál.

# en: I believe you, the scan is wrong. I'll report it.
attempted-reply-2-wording-5 = Elhiszem, téves a szkennelés. Bejelentem.

# en: Of course I believe you, Mrs Kovács. That attempt record is false, and I'm raising it with the courier myself before the day's out.
attempted-reply-2-wording-6 = Persze hogy hiszek Önnek, Kovács asszony. Az a kísérlet-bejegyzés hamis, és még a nap vége előtt magam szólok a futárcégnek.

# en: You took her word over the scanner and made the false record your problem. She no longer has to prove she was at home.
attempted-reply-2-feedback = Az ő szavának hitt a szkenner helyett, és a hamis bejegyzést a saját ügyévé tette. Már nem kell bizonyítania, hogy otthon volt.

# en: Not at all. But is it possible the doorbell didn't work? Drivers only wait a minute or two, and it happens more than you'd think.
attempted-reply-3 = Dehogy. De lehet, hogy nem működött a csengő? A futárok csak egy-két percet várnak, és ez gyakrabban előfordul, mint gondolná.

# en: Of course not. But could your doorbell have been faulty? Drivers only hang around for a minute or two; it's more common than people think.
attempted-reply-3-wording-1 = Dehogyis. Csak nem lehet, hogy elromlott a csengő? A futárok egy-két percnél tovább nem várnak, és ez sűrűbben megesik, mint hinné.

# en: No, but could your doorbell be broken?
attempted-reply-3-wording-2 = Nem, de lehet, hogy nem szólt a csengő?

# en: not at all! but any chance the doorbell's not working? drivers don't hang around long, it happens a lot more than you'd expect
attempted-reply-3-wording-3 = nem, dehogy, csak nem lehet, hogy elromlott a kapucsengo? a futar par percet var csak, ez gyakoribb mint gondolna

# en: No, of course not, but might your bell have been broken? The drivers only stay a minute or so, and that happens quite often.
attempted-reply-3-wording-4 = Nem, szó sincs róla, de nem lehet, hogy rossz a csengője? A sofőrök csak egy percig maradnak, és ez elég gyakran megtörténik.

# en: Maybe your doorbell isn't working?
attempted-reply-3-wording-5 = Lehet, hogy rossz a csengője?

# en: im not saying that, but could the bell be faulty? drivers only wait at the door a minute or two
attempted-reply-3-wording-6 = en nem ezt mondom, de nem lehet hogy hibas a csengo? a soforok csak egy-ket percet allnak az ajtonal

# en: Looking for the fault in her doorbell sounds like doubting her, right after she asked whether you think she is lying. Question the courier's record, not the customer.
attempted-reply-3-feedback = Ha a csengőjében keresi a hibát, az kételkedésnek hangzik, éppen azután, hogy megkérdezte, hazugnak tartja-e. A futár bejegyzését vitassa, ne az ügyfelet.

# en: That's not all. My old machine is leaking all over the kitchen floor. I'm on my knees with towels twice a day, and the new one is sitting in your warehouse!
order-number-says-1 = És ez még nem minden. A régi gépemből folyik a víz az egész konyhakőre. Naponta kétszer térdelek törölközőkkel, az új meg ott áll a raktárukban!

# en: Behind the dates is something she lives with every morning. Say what each day of waiting costs her.
order-number-hint = A dátumok mögött van valami, amivel minden reggel együtt él. Mondja ki, mibe kerül neki minden nap várakozás.

# en: Oh no. If it's leaking, I'd turn off the water at the tap behind the machine until the new one comes; that should stop the worst of it.
order-number-reply-1 = Jaj, ne. Ha folyik, én a gép mögötti csapnál elzárnám a vizet, amíg meg nem jön az új; az legalább a nagyját megfogja.

# en: Oh dear. If it's leaking, you could shut the water off at the valve behind it until the new one arrives; that should stop most of it.
order-number-reply-1-wording-1 = Jaj, ne. Ha szivárog, a gép mögötti elzárócsapot tekerje el, amíg megérkezik az új, az legalább megfogja a víz nagy részét.

# en: Try shutting off the water valve behind it till then.
order-number-reply-1-wording-2 = Zárja el a csapot a gép mögött, az segít.

# en: oh no, if there's a leak i'd switch the water off at the tap behind it until the new one turns up, that'll stop most of it
order-number-reply-1-wording-3 = jaj, hat ha folyik, en elzarnam a vizet a mosogep mogott a csapnal, amig jon az uj, az sokat segit

# en: Oh dear, you could close the water valve behind the washing machine for now; that should stop most of the leak until the replacement arrives.
order-number-reply-1-wording-4 = Jaj, egyelőre elzárhatná a vizet a mosógép mögötti szelepnél; az megállítja a szivárgás nagy részét, amíg megjön a csere.

# en: Turn the water off behind the machine to stop the leak.
order-number-reply-1-wording-5 = Zárja el a vizet a gép mögött, hogy ne folyjon.

# en: Have you tried shutting off the water supply to the old machine? That'd stop the worst until the new one gets there.
order-number-reply-1-wording-6 = Próbálta már elzárni a vízellátást a régi gépnél? Az megfogná a legrosszabbat, amíg odaér az új.

# en: Sensible advice she did not ask for. She is mopping every morning because of the shop; a tip about her own tap makes the leak sound like hers to handle.
order-number-reply-1-feedback = Értelmes tanács, csak nem kérte. Minden reggel feltöröl a bolt miatt; egy tipp a saját csapjáról úgy hangzik, mintha a szivárgás az ő dolga volna.

# en: I'm really sorry. We've had a huge backlog in the warehouse since the spring sale, so a lot of orders have slipped by a few days.
order-number-reply-2 = Nagyon sajnálom. A tavaszi akció óta hatalmas a lemaradás a raktárban, ezért rengeteg rendelés csúszott néhány napot.

# en: I'm so sorry. The warehouse has been badly backed up ever since the spring sale, and lots of orders have been delayed a few days.
order-number-reply-2-wording-1 = Nagyon sajnálom. A tavaszi kiárusítás óta óriási a torlódás a raktárunkban, ezért rengeteg szállítás csúszik pár napot.

# en: Sorry, there's been a warehouse backlog since the spring sale.
order-number-reply-2-wording-2 = Sajnálom, a raktárban nagy a csúszás az akció óta.

# en: really sorry, since the spring sale the warehouse has been swamped and loads of orders are running a few days late
order-number-reply-2-wording-3 = bocsánat, a tavaszi akcio ota a raktar le van maradva, sok rendeles csuszott emiatt par napot

# en: So sorry. Since the spring sale our warehouse has been overloaded, so plenty of orders are a few days behind.
order-number-reply-2-wording-4 = Nagyon sajnálom. A tavaszi leárazás óta túl van terhelve a raktárunk, így sok megrendelés késik pár napot.

# en: Sorry, the warehouse is behind after the spring sale.
order-number-reply-2-wording-5 = Sajnálom, a tavaszi vásár óta késésben van a raktár.

# en: Apologies, Mrs Kovács, it's been chaos in the warehouse since the spring sale and lots of deliveries are late.
order-number-reply-2-wording-6 = Elnézést, Kovács asszony, a tavaszi akció óta káosz van a raktárban, és rengeteg kiszállítás késik.

# en: The backlog may be real, but it answers a question she didn't ask. Her floor is wet every morning, and knowing why your warehouse is busy doesn't dry it.
order-number-reply-2-feedback = A lemaradás lehet, hogy igaz, de olyan kérdésre felel, amelyet nem tett fel. Minden reggel vizes a konyhája, és attól, hogy tudja, miért van sok munka a raktárban, nem szárad fel.

# en: I'm sorry to hear that, Mrs Kovács, that sounds really inconvenient. Let's get the delivery sorted so it isn't a problem for long.
order-number-reply-3 = Sajnálattal hallom, Kovács asszony, ez tényleg kellemetlen. Intézzük el a szállítást, hogy ne sokáig legyen vele gond.

# en: That must be very inconvenient, Mrs Kovács, I'm sorry. Let's sort out the delivery so it's not an issue for much longer.
order-number-reply-3-wording-1 = Kovács asszony, ezt sajnálattal hallom, valóban kellemetlen helyzet. Rendezzük a szállítást, hogy minél előbb megoldódjon.

# en: Sorry, that sounds inconvenient. Let's sort the delivery out.
order-number-reply-3-wording-2 = Ez kellemetlen, intézzük el gyorsan a szállítást.

# en: oh sorry Mrs Kovács, that sounds like a real nuisance. let's get this delivery fixed so you're not dealing with it for long
order-number-reply-3-wording-3 = Hát, ez bizony bosszantó, Kovács asszony. Akkor lássunk neki a kiszállításnak, hogy hamar vége legyen.

# en: Oh, I'm sorry, that must be a real hassle, Mrs Kovács. We'll get your delivery arranged so it's over soon.
order-number-reply-3-wording-4 = Jaj, sajnálom, ez igazán macerás lehet, Kovács asszony. Megszervezzük a kiszállítást, hogy minél hamarabb túl legyen rajta.

# en: Sorry for the hassle, let's just get the delivery done.
order-number-reply-3-wording-5 = Bocsánat a kellemetlenségért, intézzük el a szállítást.

# en: That's annoying, sorry. Best thing is to get the delivery sorted quickly.
order-number-reply-3-wording-6 = Ez idegesítő, bocsánat. Az a legjobb, ha gyorsan rendbe tesszük a szállítást.

# en: 'Inconvenient' is a polite word for a wet kitchen twice a day. It files her trouble under a general heading, and she hears that you didn't take in what she said.
order-number-reply-3-feedback = A „kellemetlen” udvarias szó arra, hogy naponta kétszer vizes a konyha. Általános kategóriába sorolja a baját, és ő azt hallja ki belőle, hogy nem figyelt arra, amit mondott.

# en: I'm sorry. So every day of this means towels on the floor, while your new machine sits with us. No wonder you're fed up.
order-number-reply-4 = Sajnálom. Tehát minden nap, amíg ez húzódik, törölközők a padlón, miközben az új gépe nálunk áll. Nem csoda, hogy elege van.

# en: I'm sorry. So each day this drags on is another day mopping the kitchen, while your new machine is sitting in our warehouse. Of course you're fed up.
order-number-reply-4-wording-1 = Sajnálom. Vagyis amíg ez húzódik, minden áldott nap törölközőkkel térdel a konyhában, az új gépe meg nálunk porosodik. Érthető, hogy betelt a pohár.

# en: So it's towels daily while your machine waits here. No wonder.
order-number-reply-4-wording-2 = Naponta felmos, a gépe meg nálunk áll; érthető, hogy elege van.

# en: sorry, so every extra day is you on your knees with towels and your new machine just sat in our warehouse. no wonder you've had enough
order-number-reply-4-wording-3 = Sajnálom. Vagyis ameddig ez húzódik, Ön minden nap törölközőkkel takarja a padlót, a mosógépe meg közben nálunk áll a raktárban. Nem csoda, hogy ennyire elege van.

# en: I'm sorry. You're mopping up the floor day after day while the new washing machine is sitting in our warehouse. I'm not surprised you've had enough.
order-number-reply-4-wording-4 = Sajnálom. Napról napra a padlót törölgeti, miközben az új mosógép a raktárunkban vár. Egyáltalán nem lep meg, hogy már nem bírja.

# en: Towels twice a day while we hold your machine, no wonder you're fed up.
order-number-reply-4-wording-5 = Napi két törölközős felmosás, míg nálunk a gépe; persze, hogy unja.

# en: Mrs Kovács, I'm sorry, kneeling with towels twice a day when your new one is right here with us, of course you're sick of it.
order-number-reply-4-wording-6 = Kovács asszony, sajnálom, napi kétszer térdel a törölközőkkel, miközben az új gép itt van nálunk, persze, hogy torkig van vele.

# en: You heard what the dates mean to her: a wet floor every morning while her machine waits in a warehouse. That is the grievance under the complaint, and you said it before she had to.
order-number-reply-4-feedback = Meghallotta, mit jelentenek neki a dátumok: minden reggel vizes padlót, miközben a gépe egy raktárban vár. Ez a panasz mögötti sérelem, és Ön kimondta, mielőtt neki kellett volna.

# en: So when am I actually getting it? And I want a real answer this time, not another promise.
what-happened-says-1 = Szóval mikor kapom meg végre? És most valódi választ szeretnék, nem újabb ígéretet.

# en: The courier decides the delivery time, not you. Promise only what depends on you.
what-happened-hint = A szállítás időpontjáról a futár dönt, nem Ön. Csak azt ígérje meg, ami Önön múlik.

# en: Leave it with me. I'll make sure it's with you first thing tomorrow morning, and you have my personal word on that, Mrs Kovács. No more waiting.
what-happened-reply-1 = Bízza csak rám, Kovács asszony. Gondoskodom róla, hogy holnap reggel elsőként ott legyen Önnél, és erre személyesen a szavamat adom. Nincs több várakozás.

# en: Leave this to me. I'll see to it that it arrives first thing tomorrow, and I personally promise you that, Mrs Kovács. You won't be waiting any longer.
what-happened-reply-1-wording-1 = Intézze rám, Kovács asszony. Elintézem, hogy holnap reggel Ön legyen az első címen, személyesen felelek érte. Több várakozás nem lesz.

# en: Leave it to me: first thing tomorrow morning, I give you my word.
what-happened-reply-1-wording-2 = Holnap reggel elsőként ott lesz, ezt megígérem.

# en: don't worry Mrs Kovács, i'll make sure it's at yours early tomorrow morning, i personally promise. no more waiting around
what-happened-reply-1-wording-3 = Ezt innentől én viszem, ne aggódjon. Holnap kora reggel Önhöz megy ki elsőnek a gép, erre a becsületszavamat adom, nem kell tovább várnia.

# en: I'll personally guarantee it reaches you early tomorrow morning, Mrs Kovács. You won't have to wait any more, I'll see to it.
what-happened-reply-1-wording-4 = Személyesen garantálom, hogy holnap kora reggel megkapja, Kovács asszony. Nem kell tovább várnia, erről én gondoskodom.

# en: First thing tomorrow, I promise, leave it with me.
what-happened-reply-1-wording-5 = Holnap reggel elsőként megy, ígérem, bízza rám.

# en: Tomorrow first thing, Mrs Kovács, you have my word. Leave it to me.
what-happened-reply-1-wording-6 = Holnap kora reggel, Kovács asszony, szavamat adom. Hagyja csak rám.

# en: Warm, and for a moment she feels looked after, but tomorrow is the courier's decision, not yours. She has had two promises broken already; a third with your name on it is worse.
what-happened-reply-1-feedback = Kedves, és egy pillanatra úgy érzi, törődnek vele, de a holnapról a futár dönt, nem Ön. Már két ígéretet megszegtek neki; egy harmadik, az Ön nevével, rosszabb.

# en: I can't promise a day the courier hasn't confirmed. Saturday, eight to twelve, is confirmed: I'll book it and text you before we hang up.
what-happened-reply-2 = Olyan napot nem ígérek, amelyet a futár nem igazolt vissza. Szombaton nyolc és tizenkettő között biztos: lefoglalom, és még most SMS-t küldök.

# en: I won't promise a day that the courier hasn't signed off. But Saturday from eight till noon is confirmed; I'll reserve it and text you while we're still on the phone.
what-happened-reply-2-wording-1 = Nem mondok olyan napot, amit a futár nem erősített meg. Szombat reggel nyolc és dél között biztos a hely: lefoglalom, és most rögtön jön az SMS.

# en: Saturday 8 to 12 is confirmed; booking it and texting you now.
what-happened-reply-2-wording-2 = Nem ígérgetek; szombat délelőtt biztos, SMS-ben küldöm.

# en: i can't promise a date the courier hasn't confirmed, but saturday 8-12 definitely is, i'll book it and send you a text before we finish this call
what-happened-reply-2-wording-3 = Nem fogok olyan dátumot mondani, amit a futárcég nem igazolt vissza. Szombatra 8 és 12 között van visszaigazolt sáv, azt lefoglalom, és máris megy a visszaigazoló üzenet.

# en: I won't give you a date the courier hasn't agreed to. What is confirmed is Saturday morning, eight till twelve, and I'll book it and send you a text while you're still on the line.
what-happened-reply-2-wording-4 = Nem adok meg olyan dátumot, amibe a futár nem egyezett bele. Ami visszaigazolt: szombat délelőtt, nyolctól tizenkettőig, lefoglalom, és SMS-t is küldök, amíg még vonalban van.

# en: Saturday 8 to 12 is confirmed. I'll book it and text you.
what-happened-reply-2-wording-5 = Szombat 8 és 12 között biztos. Lefoglalom és SMS-ben küldöm.

# en: a real answer: saturday, 8-12, that one's confirmed by the courier. booking it now, text coming before we hang up
what-happened-reply-2-wording-6 = egy valodi valasz: szombat, 8-12, ezt a futar visszaigazolta. mar foglalom is, az sms meg azelott megjon, hogy letennenk

# en: A real slot, a time window, and a text that depends on nobody but you. After two vague promises, something she can check on her phone is worth more than 'soon'.
what-happened-reply-2-feedback = Valódi időpont, időablak és egy SMS, amely senkin nem múlik, csak Önön. Két homályos ígéret után valami, amit a telefonján ellenőrizhet, többet ér, mint a „hamarosan”.

# en: It should be with you within two working days from today. That's our standard delivery time for large appliances in your area.
what-happened-reply-3 = A mai naptól számított két munkanapon belül meg kell érkeznie. Ez a szokásos szállítási idő a nagygépeknél az Ön körzetében.

# en: You should receive it in two working days from now. That's our usual delivery time for big appliances where you live.
what-happened-reply-3-wording-1 = Mától számítva két munkanapon belül kell megérkeznie. Nagy háztartási gépeknél ennyi az általános szállítási idő az Ön környékén.

# en: It'll arrive within two working days; that's our standard.
what-happened-reply-3-wording-2 = Két munkanapon belül megérkezik, ez a szokásos.

# en: should be with you in 2 working days, that's the normal delivery time for large items in your area
what-happened-reply-3-wording-3 = mai naptol szamolva 2 munkanap alatt oda kell erjen, ez a normal hatarido a nagygepekre az on korzeteben

# en: Normal delivery for big appliances to your postcode is two working days, so expect it within that.
what-happened-reply-3-wording-4 = Az Ön irányítószámára nagy gépeknél a normál szállítás két munkanap, úgyhogy azon belül számíthat rá.

# en: Two working days, that's the standard delivery time.
what-happened-reply-3-wording-5 = Két munkanap, ennyi a normál kiszállítási idő.

# en: Our standard time for large items is 2 working days, so it'll be there by then.
what-happened-reply-3-wording-6 = Nagyméretű termékeknél két munkanap a standard határidőnk, tehát addigra megérkezik.

# en: 'Two working days' is, word for word, the promise broken twice. Reading out the standard tells her that her story went in one ear and out the other.
what-happened-reply-3-feedback = A „két munkanap” szó szerint az az ígéret, amelyet már kétszer megszegtek. Ha a szokásos határidőt olvassa fel, azt üzeni, hogy a története az egyik fülén be, a másikon ki.

# en: I'll get the earliest slot the courier can confirm and ring you back by three o'clock today with the exact time.
what-happened-reply-4 = Lefoglalom a legkorábbi időpontot, amit a futár vissza tud igazolni, és ma háromig visszahívom a pontos időponttal.

# en: I'll chase down the earliest slot they can offer and ring you by three today to tell you the exact time.
what-happened-reply-4-wording-1 = Lefoglalom a legelső időpontot, amit a futár meg tud erősíteni, és három óráig visszahívom a pontos idővel.

# en: I'll get the earliest confirmed slot and call you by three.
what-happened-reply-4-wording-2 = Lefoglalom a legkorábbit, és háromig visszahívom.

# en: i'll find the soonest slot the courier will commit to and call you back by 3 today with the time
what-happened-reply-4-wording-3 = Beírom a legkorábbi visszaigazolható sávra, és 15 óráig felhívom, hogy pontosan mikor jönnek.

# en: Let me get the courier to confirm their first available slot, and I'll phone you before 3pm today with the exact time.
what-happened-reply-4-wording-4 = Megkérem a futárt, hogy erősítse meg a legelső szabad időpontját, és ma délután háromig telefonon jelzem Önnek a pontos időt.

# en: I'll find the earliest slot and call you back by three.
what-happened-reply-4-wording-5 = Megkeresem a legkorábbi időpontot, háromig visszahívom.

# en: By three o'clock today you'll have a call from me with the exact time of the earliest slot the courier confirms.
what-happened-reply-4-wording-6 = Ma három óráig felhívom a pontos időponttal, a futár által visszaigazolt legkorábbi sávra.

# en: A promise you can keep: a call back by three. What it lacked was the slot itself; the best reply gave her a confirmed Saturday now, so she has a date to plan around instead of another wait.
what-happened-reply-4-feedback = Olyan ígéret, amelyet be tud tartani: visszahívás háromig. Az időpont maga hiányzott belőle; a legjobb válasz már most adott neki egy visszaigazolt szombatot, így egy dátum köré tervezhet, nem egy újabb várakozás köré.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = Holnap? Biztos benne? Az előző két alkalommal is ezt mondták.

# en: She is giving you a chance to take the promise back. It is still yours to correct.
promise-doubt-hint = Esélyt ad arra, hogy visszavonja az ígéretet. Még most is helyesbítheti.

# en: Yes, completely sure. I'll put a priority flag on your order myself, so it goes out on the very first van tomorrow morning.
promise-doubt-reply-1 = Igen, teljesen biztos. Én magam teszek sürgős jelölést a rendelésére, így holnap reggel már a legelső autóval el is indul Önhöz.

# en: Yes, absolutely certain. I'm putting a priority flag on the order personally, so it'll go out on the first van in the morning.
promise-doubt-reply-1-wording-1 = Igen, teljesen biztos vagyok benne. Én magam jelölöm sürgősnek a rendelését, így holnap reggel már az első autóval indul Önhöz.

# en: Yes, I'm sure. I'm flagging it so it's on the first van.
promise-doubt-reply-1-wording-2 = Biztos. Sürgősre állítom, holnap az első autóval megy.

# en: yes 100%. i'll flag your order as priority myself so it's on the first van out tomorrow
promise-doubt-reply-1-wording-3 = igen, 100%. rateszem a surgos jelzest, es holnap hajnalban az elso furgonnal indul

# en: Absolutely, no doubt about it. I'm marking your order as urgent myself so it leaves on the earliest van tomorrow.
promise-doubt-reply-1-wording-4 = Feltétlenül, ehhez kétség sem fér. Saját kezűleg látom el sürgős jelzéssel a rendelését, hogy holnap a legkorábbi járattal induljon.

# en: Yes, I'm sure. It's marked priority for the first van.
promise-doubt-reply-1-wording-5 = Igen, biztos. Elsőbbséget kapott az első autóra.

# en: Definitely, Mrs Kovács. Your order's getting a priority tag from me so it goes out first thing tomorrow.
promise-doubt-reply-1-wording-6 = Egészen biztosan, Kovács asszony. Kiemelt jelzést teszek a rendelésére, így holnap reggel elsőként indul.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. A flag is yours to set; the van is not, and if it's late she will remember your name.
promise-doubt-reply-1-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. A jelölés az Ön kezében van, az autó nem, és ha késik, az Ön nevére fog emlékezni.

# en: To be honest, no: the courier sets the day, not me. But I can confirm Saturday morning and text you in ten minutes.
promise-doubt-reply-2 = Őszintén: nem. A napot a futár szabja meg, nem én. De a szombat délelőttöt visszaigazolom, és tíz percen belül írok.

# en: Honestly, no: it's the courier who decides the day, not me. What I can do is confirm a Saturday morning slot and text you within ten minutes.
promise-doubt-reply-2-wording-1 = Őszintén megmondom: nem. A napot a futárcég határozza meg, nem én. A szombat délelőttöt viszont visszaigazolom, és tíz perc múlva kap tőlem üzenetet.

# en: Honestly no, that's the courier's call. I can confirm Saturday and text you shortly.
promise-doubt-reply-2-wording-2 = Nem. Azt a futár dönti el; a szombat biztos, tíz perc múlva SMS.

# en: tbh no, the day's up to the courier not me. what i can do is lock in saturday morning and send you a text within 10 mins
promise-doubt-reply-2-wording-3 = ha őszinte akarok lenni, nem. hogy melyik nap, azt a futar mondja meg. viszont a szombat delelottot lefixalom, es 10 percen belul kuldok sms-t

# en: Honestly, I can't be sure, because the courier picks the day, not me. What I can do is confirm Saturday morning and send you a text within ten minutes.
promise-doubt-reply-2-wording-4 = Nyíltan megmondom, ebben nem lehetek biztos, mert nem én döntök a napról, hanem a futár. Amit tudok: rögzítem a szombat délelőttöt, és tíz percen belül SMS-ben megerősítem.

# en: No, the courier decides. But Saturday morning I can confirm.
promise-doubt-reply-2-wording-5 = Nem, a futár dönt. A szombat délelőttöt viszont meg tudom erősíteni.

# en: I'll be straight with you, I can't guarantee tomorrow, it's the courier's decision. Saturday morning I can lock in, and you'll get a text in 10 minutes.
promise-doubt-reply-2-wording-6 = Egyenes leszek: a holnapot nem tudom garantálni, ez a futáron múlik. A szombat délelőttöt be tudom biztosítani, és 10 percen belül jön az SMS.

# en: Taking back your own promise is hard and right. You swapped a guarantee you can't keep for two things you can: a confirmed slot and a text within ten minutes.
promise-doubt-reply-2-feedback = A saját ígéretét visszavonni nehéz, de helyes. Egy be nem tartható garanciát két olyan dologra cserélt, amelyet be tud tartani: egy visszaigazolt időpontra és egy SMS-re tíz percen belül.

# en: To be honest, last time there was a problem at the depot, but that's all been sorted out now, so tomorrow should be fine.
promise-doubt-reply-3 = Őszintén szólva legutóbb gond volt a raktárban, de azt azóta már megoldották, úgyhogy holnap már rendben kell lennie.

# en: To be fair, there was an issue at the depot last time, but that's been fixed now, so tomorrow ought to be okay.
promise-doubt-reply-3-wording-1 = Őszintén szólva legutóbb a raktárban volt fennakadás, de azt már rendbe tették, úgyhogy holnap már minden rendben lesz.

# en: The depot issue's fixed now, so tomorrow ought to be fine.
promise-doubt-reply-3-wording-2 = A raktári hibát kijavították, holnap rendben lesz.

# en: honestly last time the depot had a problem but it's sorted now, tomorrow should be ok
promise-doubt-reply-3-wording-3 = Múltkor a raktárnál akadt gond, de azóta megoldották, szóval holnapra már rendben kellene lennie.

# en: Honestly, the last failure was down to a problem at the depot, and that's been fixed, so tomorrow should go smoothly.
promise-doubt-reply-3-wording-4 = Őszintén, a múltkori hiba a logisztikai központban történt, de azt rendbe hozták, így holnap zökkenőmentesen kell mennie.

# en: Last time was a depot problem, it's fixed now.
promise-doubt-reply-3-wording-5 = Múltkor a központban volt gond, már megoldották.

# en: There was trouble at the depot before, but it's resolved now, so tomorrow should be okay.
promise-doubt-reply-3-wording-6 = Korábban volt egy kis zűr a raktárnál, de már el van rendezve, szóval holnap okénak kell lennie.

# en: An explanation of the last failure, then the same promise again. 'Should be fine' is exactly what she was told twice before.
promise-doubt-reply-3-feedback = Magyarázat az előző kudarcra, aztán ugyanaz az ígéret. A „rendben kell lennie” pontosan az, amit már kétszer hallott.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = Két munkanap? Az előző két alkalommal is PONTOSAN ezt mondták!

# en: I can't change how the courier plans its routes, I'm afraid. Two working days is the standard for large appliances; that's out of my hands.
two-days-again-reply-1 = Azon sajnos nem tudok változtatni, hogyan tervezi a futár az útvonalait. Nagygépeknél két munkanap a szokásos, ez nem rajtam múlik.

# en: I'm afraid I have no control over the courier's routes. Big appliances normally take two working days; there's nothing I can do about it.
two-days-again-reply-1-wording-1 = Sajnos arra nincs ráhatásom, hogyan szervezi a futár a körútját. Nagy gépeknél két munkanap az általános, ez nem tőlem függ.

# en: Sorry, two working days is standard; it's out of my control.
two-days-again-reply-1-wording-2 = A futár útvonalain nem tudok változtatni; ez a szokásos.

# en: i can't do anything about the courier's routes unfortunately, 2 working days is standard for big appliances, it's not up to me
two-days-again-reply-1-wording-3 = a futarok utvonaltervezesebe en nem tudok beleszolni. nagygepnel 2 munkanap a standard, ez nem az en dontesem

# en: Unfortunately I have no say over the courier's route planning. Large appliances take two working days as standard, and there's nothing I can change.
two-days-again-reply-1-wording-4 = Sajnos a futár járatainak beosztását nem én intézem. Nagy háztartási gépeknél alapból két munkanap a szállítás, ezen nem tudok módosítani.

# en: Sorry, that's the courier's routes, not up to me.
two-days-again-reply-1-wording-5 = Sajnálom, ezek a futár útvonalai, nem rajtam múlik.

# en: Two working days is just the standard for big appliances, madam. The courier plans the routes, I can't do anything about that.
two-days-again-reply-1-wording-6 = Hölgyem, nagygépeknél egyszerűen két munkanap az alapértelmezett. Az útvonalakat a futár tervezi, ezzel én nem tudok mit kezdeni.

# en: 'Standard' is exactly what failed her, twice. Hiding behind the process tells her there is nothing left to hope for from this shop.
two-days-again-reply-1-feedback = Épp a „szokásos” hagyta cserben, kétszer is. Ha a folyamat mögé bújik, azt üzeni, hogy ettől a bolttól már nincs mit remélnie.

# en: You're right, and I'm sorry, but two working days is genuinely what the system gives me for your postcode.
two-days-again-reply-2 = Igaza van, és nagyon sajnálom, de a rendszer tényleg két munkanapot ad meg az Ön irányítószámára, ezt látom itt.

# en: You're right, I apologise, but two working days really is what the system shows for your postcode.
two-days-again-reply-2-wording-1 = Jogos, és nagyon sajnálom, csakhogy a rendszer az Ön irányítószámára tényleg két munkanapot mutat, itt látom előttem.

# en: Sorry, but the system genuinely says two days for your postcode.
two-days-again-reply-2-wording-2 = Igaza van, de a rendszer két munkanapot ír ki.

# en: you're right sorry, but honestly the system is telling me 2 working days for your area
two-days-again-reply-2-wording-3 = Igaza van, elnézést kérek, de nálam a rendszer az Ön körzetére két munkanapot jelez, ezt nem én találom ki.

# en: I know, and I apologise, but the computer really does show two working days for where you live.
two-days-again-reply-2-wording-4 = Tudom, és elnézést kérek, de a gép tényleg két munkanapot mutat az Ön lakóhelyére.

# en: Sorry, but the system says two working days for you.
two-days-again-reply-2-wording-5 = Bocsánat, de a rendszer szerint Önnél két munkanap.

# en: you're right and im sorry, but honestly for your postcode the system just gives me two days
two-days-again-reply-2-wording-6 = igaza van es sajnalom, de oszinten az on iranyitoszamara a rendszer csak ket napot dob ki

# en: You agreed with her, then handed the blame to the system in the same breath. She hears the 'but', not the 'you're right'.
two-days-again-reply-2-feedback = Igazat adott neki, aztán ugyanabban a lélegzetvételben a rendszerre hárította a felelősséget. A „de”-t hallja meg, nem az „igaza van”-t.

# en: You're right, and I shouldn't have said it. Instead, a confirmed slot: Saturday, eight to twelve, and I'll text you the booking now.
two-days-again-reply-3 = Igaza van, ezt nem kellett volna mondanom. Helyette egy biztos időpont: szombat nyolctól tizenkettőig, a foglalást most elküldöm SMS-ben.

# en: You're right, that was a mistake to say. Let me give you a confirmed slot instead: Saturday from eight to twelve. I'll send the booking by text right now.
two-days-again-reply-3-wording-1 = Jogos, ezt rosszul mondtam. Helyette adok egy biztos időpontot: szombaton nyolctól délig, és a foglalást most rögtön megkapja SMS-ben.

# en: You're right, sorry. Confirmed instead: Saturday 8 to 12, texting you now.
two-days-again-reply-3-wording-2 = Rossz válasz volt; helyette szombat délelőtt, SMS-ben visszaigazolva.

# en: fair, i shouldn't have said that. how about a confirmed slot instead, saturday 8-12, i'll send the booking to your phone now
two-days-again-reply-3-wording-3 = Jogos, ezt rosszul fogalmaztam. Van viszont egy fix sáv: szombat 8 és 12 között, a foglalásról mindjárt jön az üzenet.

# en: That was the wrong thing to tell you, you're right. Let me give you something confirmed instead: Saturday morning, eight to twelve, and I'm texting you the booking now.
two-days-again-reply-3-wording-4 = Ezt nem így kellett volna közölnöm, igaza van. Mondok inkább valami visszaigazoltat: szombat délelőtt, nyolctól tizenkettőig, a foglalást pedig már küldöm is SMS-ben.

# en: Forget two days. Saturday 8 to 12 is confirmed, I'll text you.
two-days-again-reply-3-wording-5 = Felejtsük el a két napot. Szombat 8–12 biztos, küldöm SMS-ben.

# en: Fair point, I shouldn't have said that. I can book Saturday, 8 till 12, confirmed, and send you the details by text right now.
two-days-again-reply-3-wording-6 = Ebben igaza van, ezt nem kellett volna mondanom. Szombatra be tudom foglalni 8 és 12 közé, visszaigazolva, és a részleteket most rögtön elküldöm SMS-ben.

# en: You admitted the slip at once and replaced the vague promise with one she can check. Owning your own mistake calms her more than defending it could.
two-days-again-reply-3-feedback = Azonnal beismerte a botlást, és a homályos ígéretet olyanra cserélte, amelyet ellenőrizni tud. A saját hibája vállalása jobban megnyugtatja, mint bármilyen védekezés.

# en: All right. But I lost a day's pay on Thursday over this, you know.
compensation-says-1 = Rendben. De tudja, ez nekem csütörtökön egy egész napi fizetésembe került.

# en: The practical problem is solved. What Thursday cost her is not.
compensation-hint = A gyakorlati probléma megoldódott. Amibe a csütörtök került neki, az nem.

# en: I'm afraid we can't compensate for lost earnings; that's company policy, whatever the reason. But the important thing is that the delivery is booked now.
compensation-reply-1 = Sajnos az elmaradt keresetet nem tudjuk megtéríteni, ez a cég szabályzata, bármi is az ok. A lényeg viszont, hogy a szállítás most már le van foglalva.

# en: Unfortunately we can't pay compensation for lost wages; that's our policy whatever the circumstances. The main thing is your delivery's booked now.
compensation-reply-1-wording-1 = Az elmaradt bevételt sajnos nem áll módunkban megtéríteni, a szabályzatunk ezt nem teszi lehetővé, bármi is történt. A lényeg, hogy a kiszállítás időpontja már megvan.

# en: Sorry, policy says no compensation for lost pay.
compensation-reply-1-wording-2 = Az elmaradt keresetet nem térítjük meg; a szállítás viszont rendezve.

# en: i'm afraid we don't compensate for lost income, it's company policy no matter what. but at least the delivery's booked now
compensation-reply-1-wording-3 = Ezt sajnos nem tudjuk kifizetni, a szabályzat nem engedi, akármi is volt az oka. De legalább a kiszállítás már be van ütemezve.

# en: Unfortunately our policy doesn't allow us to reimburse lost wages in any situation. At least the delivery is arranged now, which is what matters.
compensation-reply-1-wording-4 = A szabályzatunk sajnos semmilyen esetben nem teszi lehetővé a kiesett munkabér megtérítését. Legalább a kiszállítás már meg van szervezve, és ez a fontos.

# en: Sorry, we don't pay for lost earnings, it's policy.
compensation-reply-1-wording-5 = A kiesett bért sajnos nem térítjük meg, ez a szabályzat.

# en: Company policy is no compensation for missed work, whatever happened, I'm afraid. The main thing is it's booked.
compensation-reply-1-wording-6 = Attól tartok, a cég szabálya szerint kimaradt munkanapért nincs kártérítés, akármi történt is. A fő, hogy le van foglalva.

# en: Perhaps true, but it answers her loss with a rule and moves on. Say what you can do about the lost day, not only what you can't.
compensation-reply-1-feedback = Lehet, hogy igaz, de a veszteségére egy szabállyal felel, és továbblép. Mondja el, mit tud tenni az elvesztett napért, ne csak azt, mit nem.

# en: I know, and I do apologise for the inconvenience. The good news is that it's all sorted now, so you won't need to take another day off.
compensation-reply-2 = Tudom, és elnézést kérek a kellemetlenségért. A jó hír az, hogy most már minden el van intézve, így nem kell újabb szabadnapot kivennie.

# en: I understand, and I'm sorry for any inconvenience. The good thing is everything's sorted now, and you won't have to take more time off.
compensation-reply-2-wording-1 = Tudom, és elnézést a kellemetlenségért. Örömhír viszont, hogy most már minden rendben van, így nem kell még egy szabadnapot kivennie.

# en: Sorry for the inconvenience; at least it's sorted now.
compensation-reply-2-wording-2 = Elnézést a kellemetlenségért, de jó hír, hogy már minden elintézve, nem kell még egy szabadnapot kivennie.

# en: i know, sorry for the hassle. good news is it's all fixed now so you won't have to book another day off
compensation-reply-2-wording-3 = Értem, bocsánat a kényelmetlenségért. A jó hír, hogy innentől minden rendben, nem kell újra szabadságot kivennie.

# en: I understand, apologies for the inconvenience. The good news is it's all arranged now, so no more days off needed.
compensation-reply-2-wording-4 = Megértem, és bocsánatot kérek a kellemetlenségért. Jó hír, hogy mostanra minden meg van szervezve, így több szabadnapra nincs szükség.

# en: Apologies for the hassle, but no need for another day off now.
compensation-reply-2-wording-5 = Elnézést a gondért, de most már nem kell újabb szabadnap.

# en: apologies for the inconvenience, but good news, everything's fixed so you won't lose another day
compensation-reply-2-wording-6 = bocsi a kellemetlensegert, de jo hir, minden meg van oldva, igy nem bukik el meg egy napot

# en: 'Inconvenience' for a lost day's pay, then straight to the good news. The practical problem is fixed, but she hears that what it cost her doesn't count.
compensation-reply-2-feedback = „Kellemetlenség” egy elveszett napi fizetésre, aztán rögtön a jó hír. A gyakorlati probléma megoldódott, de ő azt hallja, hogy ami neki került, az nem számít.

# en: A day's pay lost waiting for us: I'd be angry too. I've refunded your delivery fee, and I'll ring you Friday to confirm the slot.
compensation-reply-3 = Egy napi fizetésébe került, hogy ránk várt: én is dühös lennék. Visszatérítettem a szállítási díjat, és pénteken felhívom, hogy megerősítsem az időpontot.

# en: You lost a day's wages because you were waiting on us; I'd be furious as well. I've given you your delivery charge back, and I'll call you on Friday to confirm the booking.
compensation-reply-3-wording-1 = Egy egész napi keresetét vesztette el azzal, hogy ránk várt; a helyében én is dühös lennék. A szállítási díjat visszautaltam, és pénteken telefonálok, hogy még egyszer egyeztessük a szombatot.

# en: A lost day's pay? Anyone would be angry. Fee refunded; I'll call Friday.
compensation-reply-3-wording-2 = Egy napi fizetését bukta el miattunk, érthető, hogy dühös. A fuvar árát visszautaltam, pénteken felhívom az időpont miatt.

# en: you lost a whole day's pay waiting for us, anyone would be angry. i've refunded the delivery charge and i'll give you a ring friday to check the slot's confirmed
compensation-reply-3-wording-3 = Egy napi bért bukott azon, hogy minket várt, ettől bárki kiakadna. Visszaadtam a kiszállítási díjat, és pénteken jelentkezem telefonon, hogy rendben van-e a szombat.

# en: Losing a day's wages because we didn't turn up would make me furious as well. Your delivery charge has been refunded, and I'll phone you on Friday to confirm the slot.
compensation-reply-3-wording-4 = Ha nekem úszna el egy napi fizetésem azért, mert nem jelentünk meg, én is nagyon dühös lennék. A szállítási díjat visszatérítettem, és pénteken felhívom, hogy megerősítsem az időpontot.

# en: I'd be angry too. Fee refunded, I'll call you Friday.
compensation-reply-3-wording-5 = Én is dühös lennék. A díjat visszaadtam, pénteken hívom.

# en: I've refunded the delivery fee, Mrs Kovács, and I'll call on Friday to make sure the slot's confirmed. Losing a day's pay over us is infuriating, I'd feel the same.
compensation-reply-3-wording-6 = Visszautaltam a szállítási díjat, Kovács asszony, és pénteken felhívom, hogy biztosan megvan-e az időpont. Miattunk elveszíteni egy napi keresetet felháborító, én is ugyanígy éreznék.

# en: You said what Thursday cost her and that you'd feel the same, then matched it with a remedy in your own hands: the fee back and your own call on Friday. The apology became something she can see.
compensation-reply-3-feedback = Kimondta, mibe került neki a csütörtök, és hogy Ön is így érezne, aztán a saját kezében lévő jóvátétellel egészítette ki: visszakapja a díjat, és pénteken Ön hívja. A bocsánatkérés olyasmivé vált, amit látni is lehet.

# en: I know, and I'm sorry about Thursday. I've refunded your delivery fee for the trouble; it's the least we can do.
compensation-reply-4 = Tudom, és sajnálom a csütörtököt. A bosszúságért cserébe visszatérítettem a szállítási díjat; ez a legkevesebb, amit tehetünk.

# en: I understand, and I apologise for Thursday. I've refunded the delivery charge for the hassle; it's the least we could do.
compensation-reply-4-wording-1 = Tudom, és sajnálom, ami csütörtökön történt. Kárpótlásul a bosszúságért visszautaltam a szállítási díjat, ennyi igazán jár.

# en: Sorry about Thursday. Delivery fee refunded for the trouble.
compensation-reply-4-wording-2 = Sajnálom a csütörtököt; a szállítási díjat visszaadtam.

# en: i know, sorry about thursday. i've given you the delivery fee back for your trouble, least we can do
compensation-reply-4-wording-3 = sajnalom, ami csutortokon tortent. a szallitasi dijat visszateritettem a bosszusagert, ennyi a legkevesebb, amit tehetunk

# en: I understand, and I apologise for Thursday. We've given you back the delivery charge for the hassle; it's the least we owe you.
compensation-reply-4-wording-4 = Értem, és elnézést a csütörtökért. A bosszúság miatt visszafizettük a kiszállítás díját; ennyivel legalább tartozunk.

# en: Sorry about Thursday, I've refunded the delivery fee.
compensation-reply-4-wording-5 = Elnézést a csütörtökért, visszakapja a kiszállítás díját.

# en: Your delivery fee's been refunded as a small apology for Thursday, it's the least we could do.
compensation-reply-4-wording-6 = A szállítási díját visszautaltuk, egy kis bocsánatkérésként a csütörtökért, ez a legkevesebb.

# en: A fair remedy, given straight away. But 'for the trouble' makes a lost day's pay smaller than it is; the best reply said what it cost her first, and added a call on Friday so Saturday can't fail her too.
compensation-reply-4-feedback = Méltányos jóvátétel, rögtön. De a „bosszúságért” kisebbnek mutatja az elveszett napi fizetést, mint amekkora; a legjobb válasz előbb kimondta, mibe került neki, és pénteki hívást is ígért, hogy a szombat se hagyhassa cserben.

# en: And if nobody turns up next time either? Do I ring this number again and hear 'I passed it on'?
saturday-doubt-says-1 = És ha legközelebb sem jön senki? Megint ezt a számot hívom, és megint azt hallom, hogy „továbbítottam”?

# en: This is the fear her whole call started with. What can you promise that depends on nobody but you?
saturday-doubt-hint = Ezzel a félelemmel kezdődött az egész hívása. Mit ígérhet meg, ami senkin nem múlik, csak Önön?

# en: If there's a problem with the delivery, you can raise a complaint through the form on our website, and it's answered within five working days.
saturday-doubt-reply-1 = Ha gond van a szállítással, a honlapunkon lévő űrlapon tud panaszt tenni, és öt munkanapon belül válaszolunk rá.

# en: If anything goes wrong, you can submit a complaint using our website's online form, and you'll get a reply within five working days.
saturday-doubt-reply-1-wording-1 = Ha gond adódna a kiszállítással, a weboldalunkon található űrlapon jelezheti, és öt munkanapon belül reagálunk.

# en: If it goes wrong, use the complaint form on our website.
saturday-doubt-reply-1-wording-2 = Ha baj van, töltse ki a panaszűrlapot a honlapon.

# en: if there's any issue you can complain through the website form, they reply within 5 working days
saturday-doubt-reply-1-wording-3 = ha megint nem jon, a honlapon van egy reklamacios urlap, ott jelezze, 5 munkanapon belul valaszolunk

# en: Should anything go wrong, there's an online complaints form on our website, and you'll get a response within five working days.
saturday-doubt-reply-1-wording-4 = Amennyiben valami félremenne, az internetes oldalunkon kitölthet egy reklamációs lapot, és öt munkanapon belül megkeressük.

# en: If it goes wrong, fill in the complaint form online.
saturday-doubt-reply-1-wording-5 = Ha gond van, töltse ki az online panaszlapot.

# en: you can always log a complaint on the website if it happens, replies take up to 5 working days
saturday-doubt-reply-1-wording-6 = Ha így lenne, bármikor beírhat panaszt a weboldalon, arra max. 5 munkanap alatt válaszolnak.

# en: A form and five working days, for a woman who has been passed on twice. It is the process talking, and it tells her that next time she is on her own again.
saturday-doubt-reply-1-feedback = Egy űrlap és öt munkanap egy olyan embernek, akit már kétszer továbbküldtek. Ez a folyamat beszél, és azt üzeni, hogy legközelebb megint egyedül marad.

# en: It won't come to that, I promise you. This delivery is absolutely guaranteed, and nothing is going to go wrong with it this time.
saturday-doubt-reply-2 = Nem fog odáig jutni, megígérem. Ez a szállítás most teljesen garantált, és ezúttal semmi nem fog félremenni.

# en: It won't get to that point, I promise. This delivery is completely guaranteed, and nothing will go wrong this time.
saturday-doubt-reply-2-wording-1 = Erre nem lesz szükség, ígérem. Ez a kiszállítás most már száz százalékig biztos, ezúttal semmi nem csúszik el.

# en: It won't happen; this delivery is guaranteed.
saturday-doubt-reply-2-wording-2 = Nem fog előfordulni, ez most garantált.

# en: that won't happen i promise you, this one's 100% guaranteed, nothing's going to go wrong this time
saturday-doubt-reply-2-wording-3 = nem lesz ilyen, megigerem. ez most tuti, most nem lesz semmi gikszer

# en: That won't happen, you have my promise. This delivery is fully guaranteed and it will go right this time.
saturday-doubt-reply-2-wording-4 = Ilyen nem lesz, szavamat adom. Ez a szállítás teljes garanciával megy, és most minden rendben lesz.

# en: Don't worry, it's guaranteed this time.
saturday-doubt-reply-2-wording-5 = Ne aggódjon, most garantált.

# en: Nothing will go wrong this time, Mrs Kovács, I can absolutely guarantee this delivery.
saturday-doubt-reply-2-wording-6 = Kovács asszony, ezúttal semmi nem siklik félre, ezt a kiszállítást teljes mértékben garantálom.

# en: A guarantee on the courier's van is the third promise of its kind. She asked what happens if it fails, and you answered that it won't.
saturday-doubt-reply-2-feedback = A futár autójára adott garancia a harmadik ilyen ígéret. Azt kérdezte, mi lesz, ha nem jön, Ön pedig azt felelte, hogy jönni fog.

# en: I can't promise the van, but I can promise you won't be passed on again. My direct line is extension 214.
saturday-doubt-reply-3 = Az autót nem ígérhetem, de azt igen, hogy többé senki nem küldi tovább. A közvetlen mellékem: 214.

# en: I can't guarantee the van itself, though I can guarantee you won't get passed around again. You can reach me directly on extension 214.
saturday-doubt-reply-3-wording-1 = Hogy az autó odaér-e, arra nem tehetek ígéretet, arra viszont igen, hogy Önt többé senki nem fogja továbbküldeni. A közvetlen mellékem a 214.

# en: The van's not mine to promise, but you'll reach me: extension 214.
saturday-doubt-reply-3-wording-2 = Az autóért nem felelhetek, de engem közvetlenül hív: 214-es mellék.

# en: i can't guarantee what the van does but i can promise nobody will pass you on again, my direct number is ext 214
saturday-doubt-reply-3-wording-3 = A futár kocsijára nem adhatok garanciát, de arra igen, hogy nem dobálják Önt többé ide-oda. Keressen közvetlenül engem a 214-es melléken.

# en: I can't guarantee the driver turns up, but I can guarantee nobody will pass you on again: call me directly on extension 214.
saturday-doubt-reply-3-wording-4 = Azt nem tudom garantálni, hogy a sofőr megjelenik, de azt igen, hogy senki nem irányítja Önt tovább: hívjon közvetlenül a 214-es melléken.

# en: Call me directly on extension 214, no more passing on.
saturday-doubt-reply-3-wording-5 = Hívjon közvetlenül a 214-es melléken, nincs több továbbküldés.

# en: Extension 214 is my direct line. The van I can't control, but you'll always get me, not someone passing you around.
saturday-doubt-reply-3-wording-6 = A 214-es mellék az én közvetlen vonalam. A furgon nem rajtam múlik, de mindig engem ér el, nem olyasvalakit, aki továbbpasszolja.

# en: You were honest about the part you don't control and promised the part you do: this time she has a person, not a queue. That answers the fear behind her question.
saturday-doubt-reply-3-feedback = Őszinte volt abban, ami nem az Ön kezében van, és azt ígérte meg, ami igen: ezúttal egy ember foglalkozik vele, nem egy várakozási sor. Ez a kérdése mögötti félelemre felel.

# en: I'm sure it'll be fine this time, Mrs Kovács. But if not, just ring us again and anyone here will be happy to help you.
saturday-doubt-reply-4 = Biztos vagyok benne, hogy most minden rendben lesz, Kovács asszony. De ha mégsem, csak hívjon minket újra, és itt bárki szívesen segít.

# en: I'm confident it'll be okay, Mrs Kovács. But if it isn't, just call us back and any of us will be glad to help.
saturday-doubt-reply-4-wording-1 = Biztosra veszem, Kovács asszony, hogy most már minden rendben megy. Ha mégsem, hívjon minket bátran újra, itt bármelyik kolléga szívesen segít.

# en: It'll be fine; if not, just call and anyone can help.
saturday-doubt-reply-4-wording-2 = Most rendben lesz; ha mégsem, hívjon, bárki segít.

# en: i'm sure it'll go fine Mrs Kovács. if not, just phone again and whoever answers will help you
saturday-doubt-reply-4-wording-3 = szerintem most már minden oké lesz, de ha nem, csörögjön ránk nyugodtan, bárki felveszi és segít

# en: I'm sure it'll go fine this time, Mrs Kovács. If it doesn't, just call the number again and any of my colleagues will help you.
saturday-doubt-reply-4-wording-4 = Biztos vagyok benne, hogy most simán megy, Kovács asszony. Ha mégsem, csak tárcsázza újra a számot, és bármelyik kollégám segít.

# en: It'll be fine, but if not just call us again.
saturday-doubt-reply-4-wording-5 = Rendben lesz, de ha nem, hívjon minket újra.

# en: Don't worry, it should be okay. If not, ring back and whoever picks up will sort it out.
saturday-doubt-reply-4-wording-6 = Ne aggódjon, rendben kell lennie. Ha mégsem, telefonáljon vissza, és aki felveszi, elintézi.

# en: 'Anyone here' is exactly who told her 'I passed it on'. Friendly as it sounds, it sends her back to the queue she has been stuck in for two weeks.
saturday-doubt-reply-4-feedback = Pont a „bárki” mondta neki azt, hogy „továbbítottam”. Akármilyen barátságosan hangzik, visszaküldi abba a sorba, amelyben két hete áll.

# en: Thank you. Honestly, you're the first person who actually listened to me.
resolved-says-1 = Köszönöm. Őszintén, Ön az első, aki tényleg meghallgatott.

# en: The machine arrives on Saturday morning, in the slot you booked. Eszter mentions your call in a five-star review: the first person who didn't pass her on. A complaint handled well made a loyal customer.
resolved-summary = A gép szombat délelőtt megérkezik, a lefoglalt időpontban. Eszter egy ötcsillagos értékelésben említi a hívását: Ön volt az első, aki nem küldte tovább. A jól kezelt panaszból hűséges vásárló lett.

# en: Fine. Whatever. Just make sure it comes.
grudging-says-1 = Jó. Mindegy. Csak jöjjön meg végre.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The practical problem is solved and the emotional one is not: she never orders from you again and tells her friends why.
grudging-summary = A gép szombaton megérkezik, de Eszter úgy érzi, senkit nem érdekelt az elvesztett napja. A gyakorlati probléma megoldódott, az érzelmi nem: többé nem rendel Önöktől, és a barátainak is elmondja, miért.

# en: All right. But if it doesn't come, I'm asking for you by name.
fragile-promise-says-1 = Rendben. De ha nem jön meg, név szerint Önt fogom keresni.

# en: The van does not come on the day you guaranteed. Eszter waits at home for nothing a third time, then writes to the shop's director naming you. A promise you did not control became your broken promise.
fragile-promise-summary = Az autó nem jön el a megígért napon. Eszter harmadszor is hiába várja otthon, aztán levelet ír a bolt igazgatójának, és megnevezi Önt. Egy ígéretből, amely nem az Ön kezében volt, az Ön megszegett ígérete lett.

# en: Your manager takes the call cold. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved by someone else, and what she remembers is being passed along once more.
handed-to-manager-summary = A vezetője felkészületlenül veszi át a hívást. Eszternek negyedszer is el kell mondania az egész történetet, mielőtt bárki tenne valamit. Az ügyet más oldja meg, és ő arra emlékszik, hogy megint továbbadták.

# en: All right. Put her on. At least somebody's telling her first.
warm-handover-says-1 = Rendben. Kapcsolja. Legalább valaki előre elmondja neki.

# en: Anna takes over with the whole story in front of her, so Eszter doesn't have to repeat it, and books Saturday morning. The case is solved, though not by you: a manager was needed only because the call went wrong early.
warm-handover-summary = Anna úgy veszi át az ügyet, hogy az egész történet előtte van, így Eszternek nem kell megismételnie, és lefoglalja a szombat délelőttöt. Az ügy megoldódott, bár nem Ön oldotta meg: vezetőre csak azért volt szükség, mert a hívás korán félresiklott.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
walkout-says-1 = Hagyja. Mondja le a rendelést. Máshol veszek egyet, és erről értékelést is fogok írni.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
walkout-summary = Eszter lemondja a rendelést, és a konkurenciánál veszi meg a gépet. Egycsillagos értékelésében másokat is óv „egy bolttól, ahol csak ide-oda küldözgetik az embert”. A legtöbb elégedetlen ügyfél szó nélkül távozik; ő panaszt tett, és Ön mégis elveszítette.

