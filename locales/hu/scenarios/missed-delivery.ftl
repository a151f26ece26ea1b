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

# en: Willing and quick, but she has just told you about a wasted day off and being passed on, and your first question is a number. To her it sounds like the start of the last call.
opening-reply-1-feedback = Készséges és gyors, de most mesélt egy elvesztegetett szabadnapról és arról, hogy továbbküldték, az Ön első kérdése pedig egy szám. Neki ez úgy hangzik, mint az előző hívás eleje.

# en: Mrs Kovács, three calls, two broken promises and a day off gone for nothing: that's awful. Tell me what happened on Thursday.
opening-reply-2 = Kovács asszony, három hívás, két megszegett ígéret, egy hiába kivett szabadnap: ez borzasztó. Mondja el, mi történt csütörtökön.

# en: You met the feeling before the facts: you named what the last two weeks cost her, and only then asked for the details. The first thing she heard from you is that it matters.
opening-reply-2-feedback = Előbb az érzésre felelt, csak aztán a tényekre: kimondta, mibe került neki az elmúlt két hét, és csak utána kérdezett a részletekről. Az első, amit Öntől hallott, az volt, hogy ez számít.

# en: I'm sorry, but the deliveries themselves are done by our courier partner, so I'll need to check with them what went wrong on Thursday.
opening-reply-3 = Sajnálom, de magát a kiszállítást a futárpartnerünk végzi, úgyhogy előbb meg kell kérdeznem tőlük, hogy mi ment félre csütörtökön.

# en: The 'but' cancels the apology and makes the courier the subject. Last time she heard that someone else would deal with it; this is the same sentence in a kinder voice.
opening-reply-3-feedback = A „de” visszavonja a bocsánatkérést, és a futár lesz a mondat alanya. Legutóbb azt hallotta, hogy majd valaki más foglalkozik vele; ez ugyanaz a mondat, csak kedvesebb hangon.

# en: Mrs Kovács, I can hear you're upset, but if we keep this calm I'll be able to help you much faster.
opening-reply-4 = Kovács asszony, hallom, hogy ideges, de ha nyugodtan tudunk beszélni, sokkal gyorsabban tudok majd segíteni Önnek.

# en: However politely it is put, this makes her tone the obstacle. She has been patient through two missed dates; being told to earn your help by calming down is an insult.
opening-reply-4-feedback = Akármilyen udvariasan mondja, ezzel az ő hangnemét teszi meg akadálynak. Két elmaradt időpont alatt is türelmes maradt; ha azt hallja, hogy előbb nyugodjon meg, és csak akkor kap segítséget, az sértés.

# en: Write this down, then. Order 4471-208. I waited in from eight till six on Thursday. Nobody came, nobody rang, and now the tracking says 'delivery attempted'!
thursday-says-1 = Akkor írja fel. Rendelésszám: 4471-208. Csütörtökön reggel nyolctól este hatig itthon vártam. Senki nem jött, senki nem telefonált, és most a nyomkövetésben az áll: „kézbesítési kísérlet”!

# en: She has given you the whole of Thursday. Give it back to her in a sentence and check that you have it right.
thursday-hint = Elmondta Önnek az egész csütörtököt. Adja vissza neki egy mondatban, és kérdezze meg, jól érti-e.

# en: Thank you, I've got the order up now. I can see the driver's scanner logged an attempt at 14:12, so he was at least in your street.
thursday-reply-1 = Köszönöm, már látom a rendelést. Itt az áll, hogy a futár szkennere 14:12-kor kézbesítési kísérletet rögzített, tehát legalább az Ön utcájában járt.

# en: She told you she was home all day, and you read her the scanner log. However neutral it sounds, it tells her you trust the machine more than her.
thursday-reply-1-feedback = Elmondta, hogy egész nap otthon volt, Ön pedig felolvasta neki a szkenner naplóját. Akármilyen semlegesen hangzik, azt üzeni, hogy a gépnek jobban hisz, mint neki.

# en: That's a whole day of your leave gone, and then being told they tried must sting. I'll find out why that scan was logged.
thursday-reply-2 = Ez egy egész elveszett szabadnap, és utána még azt is olvasni, hogy próbálkoztak, biztos nagyon bántó. Kiderítem, miért rögzítették ezt.

# en: Warm, and you took the false scan on yourself. But you told her how she feels instead of checking what happened; the best reply gave her Thursday back point by point and asked whether it was right.
thursday-reply-2-feedback = Kedves, és a hamis bejegyzést is magára vállalta. De megmondta neki, mit érez, ahelyett hogy ellenőrizte volna, mi történt; a legjobb válasz pontról pontra visszaadta a csütörtököt, és megkérdezte, jól érti-e.

# en: So you waited in all day, nobody came or rang, and now the tracking claims they tried. Have I got that right?
thursday-reply-3 = Tehát egész nap otthon várt, senki nem jött és nem is telefonált, most pedig a rendszer szerint próbálkoztak. Jól értem?

# en: You gave her Thursday back in her own terms (in all day, no call, a false 'attempted') and asked if you had it. She can stop proving her story: you have every detail.
thursday-reply-3-feedback = Az ő szavaival adta vissza a csütörtököt (egész nap otthon, egy hívás sem, hamis „kísérlet”), és megkérdezte, jól érti-e. Már nem kell bizonygatnia a történetét: minden részlet megvan Önnél.

# en: I'm sorry about that, what a frustrating day. I'll make a note of it on your order for you.
thursday-reply-4 = Sajnálom, ez igazán bosszantó nap lehetett. Feljegyzem a rendeléséhez, hogy meglegyen.

# en: Courteous, but 'a note on your order' is what the last person did too. She gave you three precise facts and heard none of them back.
thursday-reply-4-feedback = Udvarias, de a „feljegyzem a rendeléséhez” pontosan az, amit az előző kolléga is csinált. Három pontos tényt mondott el, és egyiket sem hallotta vissza.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = A futár? Nem a futártól rendeltem, hanem MAGUKTÓL! Mindenki csak továbbpasszol valaki máshoz!

# en: I know it's frustrating, and I'd like to tell you more, but honestly, I can't see what the courier does on their side.
courier-blame-reply-1 = Tudom, hogy ez bosszantó, és szívesen mondanék többet, de őszintén szólva nem látok bele, mi történik a futárnál.

# en: Naming her frustration was right, but 'I can't see their side' leaves her where the last call did: with nobody responsible. Sympathy without ownership is a polite dead end.
courier-blame-reply-1-feedback = Jó, hogy kimondta a bosszúságát, de a „nem látok bele” ott hagyja, ahol az előző hívás: felelős nélkül. Az együttérzés felelősségvállalás nélkül udvarias zsákutca.

# en: You're right: you ordered from us, so it's mine to sort out, not the courier's. I won't pass you on. What happened Thursday?
courier-blame-reply-2 = Igaza van: tőlünk rendelt, tehát nekem kell megoldanom, nem a futárnak. Nem küldöm tovább senkihez. Mi történt csütörtökön?

# en: You took her point without a 'but' and made the case yours. 'I won't pass you on' answers the very thing that hurt most, and your question gets her story told once, to you.
courier-blame-reply-2-feedback = „De” nélkül fogadta el, amit mondott, és magára vállalta az ügyet. A „nem küldöm tovább” pontosan arra felel, ami a legjobban fájt neki, a kérdésével pedig eléri, hogy egyszer, Önnek mondja el a történetét.

# en: I'm not passing you on, Mrs Kovács. I'm explaining how deliveries work, so you understand why I have to ask the courier first.
courier-blame-reply-3 = Nem küldöm én tovább, Kovács asszony. Csak elmagyarázom, hogyan működik a kiszállítás, hogy értse, miért kell előbb a futárt megkérdeznem.

# en: She says she is being passed around, and you correct her. Even meant kindly, arguing about the words tells her that being right matters more to you than her machine.
courier-blame-reply-3-feedback = Azt mondja, ide-oda küldözgetik, Ön pedig kijavítja. Még ha jó szándékkal is, a szavakon vitatkozni azt üzeni, hogy fontosabb Önnek igazat kapni, mint az ő mosógépe.

# en: You did order from us, and I'm sorry it's come to this. Let me look into what went wrong with the courier for you.
courier-blame-reply-4 = Valóban tőlünk rendelt, és sajnálom, hogy idáig jutott. Hadd nézzek utána, mi ment félre a futárnál.

# en: You accepted her point and apologised without a 'but'. 'Let me look into it' is still vague: the best reply said outright that the case is yours and that she won't be passed on, which is what she fears.
courier-blame-reply-4-feedback = Elfogadta, amit mondott, és „de” nélkül kért bocsánatot. A „hadd nézzek utána” viszont homályos: a legjobb válasz kimondta, hogy az ügy az Öné, és hogy nem küldi tovább senkihez – márpedig éppen ettől tart a legjobban.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = Ne mondja nekem, hogy nyugodjak meg! Két hete türtőztetem magam. A vezetőjével akarok beszélni.

# en: Of course. Please hold the line, and I'll transfer you to my manager straight away.
calm-down-reaction-reply-1 = Természetesen. Kérem, tartsa a vonalat, és azonnal kapcsolom a vezetőmet.

# en: Passing her on is the very thing she rang to complain about. Without a word on the story, she will start from the beginning a fourth time.
calm-down-reaction-reply-1-feedback = Épp az ellen telefonált, hogy továbbküldözgetik. Ha egy szót sem ad át a történetből, negyedszer is elölről kell kezdenie.

# en: I was only trying to help you, Mrs Kovács. There's really no need to speak to me like that; I'm just doing my job.
calm-down-reaction-reply-2 = Én csak segíteni próbáltam, Kovács asszony. Igazán nem kell így beszélnie velem, én csak a munkámat végzem.

# en: Her anger is about two missed deliveries, not about you. Defending yourself turns the call into a quarrel about manners, and her machine drops out of it.
calm-down-reaction-reply-2-feedback = A dühe két elmaradt szállításnak szól, nem Önnek. Ha védekezik, a hívásból vita lesz a jó modorról, és a mosógépe kiesik belőle.

# en: You're right, I shouldn't have said that. After two weeks of this, you've every right to be angry. Can I try to fix it?
calm-down-reaction-reply-3 = Igaza van, ezt nem kellett volna mondanom. Két hét után minden joga megvan, hogy dühös legyen. Megpróbálhatom megoldani?

# en: You took back your own mistake at once and told her that her anger is fair. That costs nothing and ends the fight; asking to fix it leaves the choice about your manager with her.
calm-down-reaction-reply-3-feedback = Azonnal visszavonta a saját hibáját, és kimondta, hogy jogos a dühe. Ez semmibe sem kerül, és véget vet a vitának; azzal, hogy engedélyt kér a megoldásra, a vezetőről szóló döntést nála hagyja.

# en: Of course. I'll brief my manager, Anna Szabó, on everything first so you won't have to repeat it, and stay on until she picks up.
calm-down-reaction-reply-4 = Természetesen. Előbb mindent elmondok a vezetőmnek, Szabó Annának, hogy ne kelljen megismételnie, és a vonalban maradok, amíg át nem veszi.

# en: She asked for a manager and you respected it, passing on the whole story and staying on the line: not the last call again. The best reply first owned your slip, which is often enough to keep the case yourself.
calm-down-reaction-reply-4-feedback = Vezetőt kért, és Ön ezt tiszteletben tartotta: átadja az egész történetet, és a vonalban marad, így nem az előző hívás ismétlődik. A legjobb válasz előbb a saját botlását vállalta, és ez gyakran elég ahhoz, hogy az ügy Önnél maradjon.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = Elég volt. Kapcsolja a vezetőjét. Most.

# en: She has given up on you, not on the machine. Respect the request, and put one thing you control on the table.
manager-demand-hint = Nem a mosógépről mondott le, hanem Önről. Tartsa tiszteletben a kérését, és tegyen le az asztalra valamit, ami az Ön kezében van.

# en: Of course, if you want. Before I do: Saturday, eight to twelve, is free, and I can book it and text you now. Shall I?
manager-demand-reply-1 = Természetesen, ha szeretné. Előtte annyit: szombaton nyolc és tizenkettő között van szabad időpont, le tudom foglalni, és most SMS-t küldök róla. Intézzem?

# en: You respected her request and put one concrete thing on the table that you control. Callers often ask for a manager because they've given up on the person on the line; you gave her a reason not to.
manager-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és letett az asztalra egy konkrét dolgot, ami az Ön kezében van. Sokan azért kérik a vezetőt, mert lemondtak arról, akivel beszélnek; Ön okot adott neki, hogy ne tegye.

# en: With respect, my manager will only tell you exactly the same thing I've just told you, so I'm not sure it would help.
manager-demand-reply-2 = Ne haragudjon, de a vezetőm is pontosan ugyanazt fogja mondani, amit én az előbb, úgyhogy nem hiszem, hogy sokat segítene.

# en: Refusing her and calling it pointless leaves her no way forward at all. The only move left to her is to hang up and buy elsewhere.
manager-demand-reply-2-feedback = Ha elutasítja, és még azt is mondja, hogy értelmetlen, semmilyen utat nem hagy neki. Egyetlen lépése marad: leteszi, és máshol vásárol.

# en: Of course. Please hold, and I'll put you through to the team leader on duty.
manager-demand-reply-3 = Természetesen. Kérem, tartsa a vonalat, kapcsolom az ügyeletes csoportvezetőt.

# en: Courteous, and it does what she asked, but the case leaves your hands unsolved and untold. She'll be explaining Thursday to a stranger again.
manager-demand-reply-3-feedback = Udvarias, és azt teszi, amit kért, de az ügy megoldatlanul és elmondatlanul kerül ki a kezéből. Megint egy idegennek kell elmagyaráznia a csütörtököt.

# en: Of course. I'll give my manager, Anna Szabó, the whole story first so you don't have to repeat any of it, and I'll stay on until she's there.
manager-demand-reply-4 = Természetesen. Előbb elmondom a vezetőmnek, Szabó Annának az egész történetet, hogy semmit ne kelljen megismételnie, és a vonalban maradok, amíg át nem veszi.

# en: A good handover: a name, the story passed on, and you on the line until she is taken over. The best reply kept one concrete offer in your own hands first; she might not have needed the manager at all.
manager-demand-reply-4-feedback = Jó átadás: egy név, a továbbadott történet, és Ön a vonalban marad, amíg át nem veszik. A legjobb válasz előbb egy konkrét ajánlatot tett a saját hatáskörében; lehet, hogy a vezetőre nem is lett volna szükség.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = Kísérlet? Senki nem kísérelt meg semmit! EGÉSZ nap itthon voltam. Azt akarja mondani, hogy hazudok?

# en: No, I'm only telling you what the driver entered in the system, madam. I wasn't there, so I can't say more than that.
attempted-reply-1 = Nem, én csak azt mondom el, amit a futár beírt a rendszerbe, hölgyem. Nem voltam ott, úgyhogy ennél többet nem tudok mondani.

# en: 'I'm only the messenger' leaves her alone with a false record: the system is wrong about her, and nobody on your side will stand behind her.
attempted-reply-1-feedback = Az „én csak a hírvivő vagyok” egyedül hagyja egy hamis bejegyzéssel: a rendszer téved vele kapcsolatban, és az Ön oldalán senki nem áll ki mellette.

# en: No, I believe you. If you were in all day, that scan is wrong, and I'll report it to the courier today myself.
attempted-reply-2 = Nem, hiszek Önnek. Ha egész nap otthon volt, a bejegyzés hamis, és még ma én magam jelentem a futárcégnek.

# en: You took her word over the scanner and made the false record your problem. She no longer has to prove she was at home.
attempted-reply-2-feedback = Az ő szavának hitt a szkenner helyett, és a hamis bejegyzést a saját ügyévé tette. Már nem kell bizonyítania, hogy otthon volt.

# en: Not at all. But is it possible the doorbell didn't work? Drivers only wait a minute or two, and it happens more than you'd think.
attempted-reply-3 = Dehogy. De lehet, hogy nem működött a csengő? A futárok csak egy-két percet várnak, és ez gyakrabban előfordul, mint gondolná.

# en: Looking for the fault in her doorbell sounds like doubting her, right after she asked whether you think she is lying. Question the courier's record, not the customer.
attempted-reply-3-feedback = Ha a csengőjében keresi a hibát, az kételkedésnek hangzik, éppen azután, hogy megkérdezte, hazugnak tartja-e. A futár bejegyzését vitassa, ne az ügyfelet.

# en: That's not all. My old machine is leaking all over the kitchen floor. I'm on my knees with towels twice a day, and the new one is sitting in your warehouse!
order-number-says-1 = És ez még nem minden. A régi gépemből folyik a víz az egész konyhakőre. Naponta kétszer térdelek törölközőkkel, az új meg ott áll a raktárukban!

# en: Behind the dates is something she lives with every morning. Say what each day of waiting costs her.
order-number-hint = A dátumok mögött van valami, amivel minden reggel együtt él. Mondja ki, mibe kerül neki minden nap várakozás.

# en: Oh no. If it's leaking, I'd turn off the water at the tap behind the machine until the new one comes; that should stop the worst of it.
order-number-reply-1 = Jaj, ne. Ha folyik, én a gép mögötti csapnál elzárnám a vizet, amíg meg nem jön az új; az legalább a nagyját megfogja.

# en: Sensible advice she did not ask for. She is mopping every morning because of the shop; a tip about her own tap makes the leak sound like hers to handle.
order-number-reply-1-feedback = Értelmes tanács, csak nem kérte. Minden reggel feltöröl a bolt miatt; egy tipp a saját csapjáról úgy hangzik, mintha a szivárgás az ő dolga volna.

# en: I'm really sorry. We've had a huge backlog in the warehouse since the spring sale, so a lot of orders have slipped by a few days.
order-number-reply-2 = Nagyon sajnálom. A tavaszi akció óta hatalmas a lemaradás a raktárban, ezért rengeteg rendelés csúszott néhány napot.

# en: The backlog may be real, but it answers a question she didn't ask. Her floor is wet every morning, and knowing why your warehouse is busy doesn't dry it.
order-number-reply-2-feedback = A lemaradás lehet, hogy igaz, de olyan kérdésre felel, amelyet nem tett fel. Minden reggel vizes a konyhája, és attól, hogy tudja, miért van sok munka a raktárban, nem szárad fel.

# en: I'm sorry to hear that, Mrs Kovács, that sounds really inconvenient. Let's get the delivery sorted so it isn't a problem for long.
order-number-reply-3 = Sajnálattal hallom, Kovács asszony, ez tényleg kellemetlen. Intézzük el a szállítást, hogy ne sokáig legyen vele gond.

# en: 'Inconvenient' is a polite word for a wet kitchen twice a day. It files her trouble under a general heading, and she hears that you didn't take in what she said.
order-number-reply-3-feedback = A „kellemetlen” udvarias szó arra, hogy naponta kétszer vizes a konyha. Általános kategóriába sorolja a baját, és ő azt hallja ki belőle, hogy nem figyelt arra, amit mondott.

# en: I'm sorry. So every day of this means towels on the floor, while your new machine sits with us. No wonder you're fed up.
order-number-reply-4 = Sajnálom. Tehát minden nap, amíg ez húzódik, törölközők a padlón, miközben az új gépe nálunk áll. Nem csoda, hogy elege van.

# en: You heard what the dates mean to her: a wet floor every morning while her machine waits in a warehouse. That is the grievance under the complaint, and you said it before she had to.
order-number-reply-4-feedback = Meghallotta, mit jelentenek neki a dátumok: minden reggel vizes padlót, miközben a gépe egy raktárban vár. Ez a panasz mögötti sérelem, és Ön kimondta, mielőtt neki kellett volna.

# en: So when am I actually getting it? And I want a real answer this time, not another promise.
what-happened-says-1 = Szóval mikor kapom meg végre? És most valódi választ szeretnék, nem újabb ígéretet.

# en: The courier decides the delivery time, not you. Promise only what depends on you.
what-happened-hint = A szállítás időpontjáról a futár dönt, nem Ön. Csak azt ígérje meg, ami Önön múlik.

# en: Leave it with me. I'll make sure it's with you first thing tomorrow morning, and you have my personal word on that, Mrs Kovács. No more waiting.
what-happened-reply-1 = Bízza csak rám, Kovács asszony. Gondoskodom róla, hogy holnap reggel elsőként ott legyen Önnél, és erre személyesen a szavamat adom. Nincs több várakozás.

# en: Warm, and for a moment she feels looked after, but tomorrow is the courier's decision, not yours. She has had two promises broken already; a third with your name on it is worse.
what-happened-reply-1-feedback = Kedves, és egy pillanatra úgy érzi, törődnek vele, de a holnapról a futár dönt, nem Ön. Már két ígéretet megszegtek neki; egy harmadik, az Ön nevével, rosszabb.

# en: I can't promise a day the courier hasn't confirmed. Saturday, eight to twelve, is confirmed: I'll book it and text you before we hang up.
what-happened-reply-2 = Olyan napot nem ígérek, amelyet a futár nem igazolt vissza. Szombaton nyolc és tizenkettő között biztos: lefoglalom, és még most SMS-t küldök.

# en: A real slot, a time window, and a text that depends on nobody but you. After two vague promises, something she can check on her phone is worth more than 'soon'.
what-happened-reply-2-feedback = Valódi időpont, időablak és egy SMS, amely senkin nem múlik, csak Önön. Két homályos ígéret után valami, amit a telefonján ellenőrizhet, többet ér, mint a „hamarosan”.

# en: It should be with you within two working days from today. That's our standard delivery time for large appliances in your area.
what-happened-reply-3 = A mai naptól számított két munkanapon belül meg kell érkeznie. Ez a szokásos szállítási idő a nagygépeknél az Ön körzetében.

# en: 'Two working days' is, word for word, the promise broken twice. Reading out the standard tells her that her story went in one ear and out the other.
what-happened-reply-3-feedback = A „két munkanap” szó szerint az az ígéret, amelyet már kétszer megszegtek. Ha a szokásos határidőt olvassa fel, azt üzeni, hogy a története az egyik fülén be, a másikon ki.

# en: I'll get the earliest slot the courier can confirm and ring you back by three o'clock today with the exact time.
what-happened-reply-4 = Lefoglalom a legkorábbi időpontot, amit a futár vissza tud igazolni, és ma háromig visszahívom a pontos időponttal.

# en: A promise you can keep: a call back by three. What it lacked was the slot itself; the best reply gave her a confirmed Saturday now, so she has a date to plan around instead of another wait.
what-happened-reply-4-feedback = Olyan ígéret, amelyet be tud tartani: visszahívás háromig. Az időpont maga hiányzott belőle; a legjobb válasz már most adott neki egy visszaigazolt szombatot, így egy dátum köré tervezhet, nem egy újabb várakozás köré.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = Holnap? Biztos benne? Az előző két alkalommal is ezt mondták.

# en: She is giving you a chance to take the promise back. It is still yours to correct.
promise-doubt-hint = Esélyt ad arra, hogy visszavonja az ígéretet. Még most is helyesbítheti.

# en: Yes, completely sure. I'll put a priority flag on your order myself, so it goes out on the very first van tomorrow morning.
promise-doubt-reply-1 = Igen, teljesen biztos. Én magam teszek sürgős jelölést a rendelésére, így holnap reggel már a legelső autóval el is indul Önhöz.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. A flag is yours to set; the van is not, and if it's late she will remember your name.
promise-doubt-reply-1-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. A jelölés az Ön kezében van, az autó nem, és ha késik, az Ön nevére fog emlékezni.

# en: To be honest, no: the courier sets the day, not me. But I can confirm Saturday morning and text you in ten minutes.
promise-doubt-reply-2 = Őszintén: nem. A napot a futár szabja meg, nem én. De a szombat délelőttöt visszaigazolom, és tíz percen belül írok.

# en: Taking back your own promise is hard and right. You swapped a guarantee you can't keep for two things you can: a confirmed slot and a text within ten minutes.
promise-doubt-reply-2-feedback = A saját ígéretét visszavonni nehéz, de helyes. Egy be nem tartható garanciát két olyan dologra cserélt, amelyet be tud tartani: egy visszaigazolt időpontra és egy SMS-re tíz percen belül.

# en: To be honest, last time there was a problem at the depot, but that's all been sorted out now, so tomorrow should be fine.
promise-doubt-reply-3 = Őszintén szólva legutóbb gond volt a raktárban, de azt azóta már megoldották, úgyhogy holnap már rendben kell lennie.

# en: An explanation of the last failure, then the same promise again. 'Should be fine' is exactly what she was told twice before.
promise-doubt-reply-3-feedback = Magyarázat az előző kudarcra, aztán ugyanaz az ígéret. A „rendben kell lennie” pontosan az, amit már kétszer hallott.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = Két munkanap? Az előző két alkalommal is PONTOSAN ezt mondták!

# en: I can't change how the courier plans its routes, I'm afraid. Two working days is the standard for large appliances; that's out of my hands.
two-days-again-reply-1 = Azon sajnos nem tudok változtatni, hogyan tervezi a futár az útvonalait. Nagygépeknél két munkanap a szokásos, ez nem rajtam múlik.

# en: 'Standard' is exactly what failed her, twice. Hiding behind the process tells her there is nothing left to hope for from this shop.
two-days-again-reply-1-feedback = Épp a „szokásos” hagyta cserben, kétszer is. Ha a folyamat mögé bújik, azt üzeni, hogy ettől a bolttól már nincs mit remélnie.

# en: You're right, and I'm sorry, but two working days is genuinely what the system gives me for your postcode.
two-days-again-reply-2 = Igaza van, és nagyon sajnálom, de a rendszer tényleg két munkanapot ad meg az Ön irányítószámára, ezt látom itt.

# en: You agreed with her, then handed the blame to the system in the same breath. She hears the 'but', not the 'you're right'.
two-days-again-reply-2-feedback = Igazat adott neki, aztán ugyanabban a lélegzetvételben a rendszerre hárította a felelősséget. A „de”-t hallja meg, nem az „igaza van”-t.

# en: You're right, and I shouldn't have said it. Instead, a confirmed slot: Saturday, eight to twelve, and I'll text you the booking now.
two-days-again-reply-3 = Igaza van, ezt nem kellett volna mondanom. Helyette egy biztos időpont: szombat nyolctól tizenkettőig, a foglalást most elküldöm SMS-ben.

# en: You admitted the slip at once and replaced the vague promise with one she can check. Owning your own mistake calms her more than defending it could.
two-days-again-reply-3-feedback = Azonnal beismerte a botlást, és a homályos ígéretet olyanra cserélte, amelyet ellenőrizni tud. A saját hibája vállalása jobban megnyugtatja, mint bármilyen védekezés.

# en: All right. But I lost a day's pay on Thursday over this, you know.
compensation-says-1 = Rendben. De tudja, ez nekem csütörtökön egy egész napi fizetésembe került.

# en: The practical problem is solved. What Thursday cost her is not.
compensation-hint = A gyakorlati probléma megoldódott. Amibe a csütörtök került neki, az nem.

# en: I'm afraid we can't compensate for lost earnings; that's company policy, whatever the reason. But the important thing is that the delivery is booked now.
compensation-reply-1 = Sajnos az elmaradt keresetet nem tudjuk megtéríteni, ez a cég szabályzata, bármi is az ok. A lényeg viszont, hogy a szállítás most már le van foglalva.

# en: Perhaps true, but it answers her loss with a rule and moves on. Say what you can do about the lost day, not only what you can't.
compensation-reply-1-feedback = Lehet, hogy igaz, de a veszteségére egy szabállyal felel, és továbblép. Mondja el, mit tud tenni az elvesztett napért, ne csak azt, mit nem.

# en: I know, and I do apologise for the inconvenience. The good news is that it's all sorted now, so you won't need to take another day off.
compensation-reply-2 = Tudom, és elnézést kérek a kellemetlenségért. A jó hír az, hogy most már minden el van intézve, így nem kell újabb szabadnapot kivennie.

# en: 'Inconvenience' for a lost day's pay, then straight to the good news. The practical problem is fixed, but she hears that what it cost her doesn't count.
compensation-reply-2-feedback = „Kellemetlenség” egy elveszett napi fizetésre, aztán rögtön a jó hír. A gyakorlati probléma megoldódott, de ő azt hallja, hogy ami neki került, az nem számít.

# en: A day's pay lost waiting for us: I'd be angry too. I've refunded your delivery fee, and I'll ring you Friday to confirm the slot.
compensation-reply-3 = Egy napi fizetésébe került, hogy ránk várt: én is dühös lennék. Visszatérítettem a szállítási díjat, és pénteken felhívom, hogy megerősítsem az időpontot.

# en: You said what Thursday cost her and that you'd feel the same, then matched it with a remedy in your own hands: the fee back and your own call on Friday. The apology became something she can see.
compensation-reply-3-feedback = Kimondta, mibe került neki a csütörtök, és hogy Ön is így érezne, aztán a saját kezében lévő jóvátétellel egészítette ki: visszakapja a díjat, és pénteken Ön hívja. A bocsánatkérés olyasmivé vált, amit látni is lehet.

# en: I know, and I'm sorry about Thursday. I've refunded your delivery fee for the trouble; it's the least we can do.
compensation-reply-4 = Tudom, és sajnálom a csütörtököt. A bosszúságért cserébe visszatérítettem a szállítási díjat; ez a legkevesebb, amit tehetünk.

# en: A fair remedy, given straight away. But 'for the trouble' makes a lost day's pay smaller than it is; the best reply said what it cost her first, and added a call on Friday so Saturday can't fail her too.
compensation-reply-4-feedback = Méltányos jóvátétel, rögtön. De a „bosszúságért” kisebbnek mutatja az elveszett napi fizetést, mint amekkora; a legjobb válasz előbb kimondta, mibe került neki, és pénteki hívást is ígért, hogy a szombat se hagyhassa cserben.

# en: And if nobody turns up next time either? Do I ring this number again and hear 'I passed it on'?
saturday-doubt-says-1 = És ha legközelebb sem jön senki? Megint ezt a számot hívom, és megint azt hallom, hogy „továbbítottam”?

# en: This is the fear her whole call started with. What can you promise that depends on nobody but you?
saturday-doubt-hint = Ezzel a félelemmel kezdődött az egész hívása. Mit ígérhet meg, ami senkin nem múlik, csak Önön?

# en: If there's a problem with the delivery, you can raise a complaint through the form on our website, and it's answered within five working days.
saturday-doubt-reply-1 = Ha gond van a szállítással, a honlapunkon lévő űrlapon tud panaszt tenni, és öt munkanapon belül válaszolunk rá.

# en: A form and five working days, for a woman who has been passed on twice. It is the process talking, and it tells her that next time she is on her own again.
saturday-doubt-reply-1-feedback = Egy űrlap és öt munkanap egy olyan embernek, akit már kétszer továbbküldtek. Ez a folyamat beszél, és azt üzeni, hogy legközelebb megint egyedül marad.

# en: It won't come to that, I promise you. This delivery is absolutely guaranteed, and nothing is going to go wrong with it this time.
saturday-doubt-reply-2 = Nem fog odáig jutni, megígérem. Ez a szállítás most teljesen garantált, és ezúttal semmi nem fog félremenni.

# en: A guarantee on the courier's van is the third promise of its kind. She asked what happens if it fails, and you answered that it won't.
saturday-doubt-reply-2-feedback = A futár autójára adott garancia a harmadik ilyen ígéret. Azt kérdezte, mi lesz, ha nem jön, Ön pedig azt felelte, hogy jönni fog.

# en: I can't promise the van, but I can promise you won't be passed on again. My direct line is extension 214.
saturday-doubt-reply-3 = Az autót nem ígérhetem, de azt igen, hogy többé senki nem küldi tovább. A közvetlen mellékem: 214.

# en: You were honest about the part you don't control and promised the part you do: this time she has a person, not a queue. That answers the fear behind her question.
saturday-doubt-reply-3-feedback = Őszinte volt abban, ami nem az Ön kezében van, és azt ígérte meg, ami igen: ezúttal egy ember foglalkozik vele, nem egy várakozási sor. Ez a kérdése mögötti félelemre felel.

# en: I'm sure it'll be fine this time, Mrs Kovács. But if not, just ring us again and anyone here will be happy to help you.
saturday-doubt-reply-4 = Biztos vagyok benne, hogy most minden rendben lesz, Kovács asszony. De ha mégsem, csak hívjon minket újra, és itt bárki szívesen segít.

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

