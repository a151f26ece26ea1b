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

# en: She has given you three facts: two missed dates, a lost day off, and being passed around. Show her you caught them.
opening-hint = Három tényt mondott el: két elmaradt időpontot, egy elveszett szabadnapot, és hogy ide-oda küldözgették. Mutassa meg neki, hogy mindhármat meghallotta.

# en: Mrs Kovács, you were promised delivery twice, you stayed home on Thursday, and nobody came or told you why. I'm sorry. I'll sort this out with you now.
opening-reply-1 = Kovács asszony, kétszer ígértünk Önnek szállítást, csütörtökön hiába maradt otthon, és senki nem jött, de még azt sem mondták meg, miért. Sajnálom. Most Önnel együtt rendbe teszem.

# en: You gave her story back in a sentence: two promises, the lost Thursday, no word. She knows she was heard, so she does not need to shout it again.
opening-reply-1-feedback = Egy mondatban visszaadta a történetét: két ígéret, az elvesztegetett csütörtök, és hogy senki nem szólt. Tudja, hogy meghallgatták, így nem kell újra kiabálnia.

# en: I'm sorry, but deliveries are handled by the courier company. We only pass the orders on to them.
opening-reply-2 = Sajnálom, de a kiszállítást a futárcég végzi. Mi csak továbbítjuk nekik a rendeléseket.

# en: An apology followed by 'but' takes the apology back. Pointing at the courier tells her, for the second time, that nobody here will take her problem.
opening-reply-2-feedback = Ha a bocsánatkérést „de” követi, azzal vissza is vonja. Ha a futárra mutat, másodszor is azt üzeni neki, hogy itt senki nem vállalja a problémáját.

# en: I understand. Could you give me your order number, please?
opening-reply-3 = Értem. Megadná a rendelésszámát, kérem?

# en: Polite and efficient, but 'I understand' on its own sounds like a script. She told you about a lost day off and being passed around, and you went straight to the order number.
opening-reply-3-feedback = Udvarias és hatékony, de az önmagában álló „Értem” betanult szövegnek hangzik. Ő egy elveszett szabadnapról és a küldözgetésről beszélt, Ön pedig egyből a rendelésszámra ugrott.

# en: Please calm down, madam. Shouting won't make the parcel arrive any faster.
opening-reply-4 = Hölgyem, kérem, nyugodjon meg. Attól, hogy kiabál, nem jön meg hamarabb a csomag.

# en: 'Calm down' tells her that her anger is the problem, not the missed deliveries. It is the fastest way to make an angry customer angrier.
opening-reply-4-feedback = A „nyugodjon meg” azt üzeni neki, hogy a dühe a probléma, nem az elmaradt szállítások. Ez a leggyorsabb módja annak, hogy egy dühös ügyfelet még dühösebbé tegyünk.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = A futár? Nem a futártól rendeltem, hanem MAGUKTÓL! Mindenki csak továbbpasszol valaki máshoz!

# en: You're right: you ordered from us, and getting it to you is our job. I'm taking this on myself, and I won't pass you on.
courier-blame-reply-1 = Igaza van: tőlünk rendelt, és a mi dolgunk, hogy megkapja. Személyesen átveszem az ügyet, és nem küldöm tovább senkihez.

# en: You accepted her point without arguing and took the case personally. 'I won't pass you on' answers exactly what hurt her most.
courier-blame-reply-1-feedback = Vita nélkül elfogadta, amit mondott, és személyesen vállalta az ügyet. A „nem küldöm tovább senkihez” pontosan arra felel, ami a legjobban fájt neki.

# en: I know it's frustrating, but honestly, I can't see what the courier does on their side.
courier-blame-reply-2 = Tudom, hogy ez bosszantó, de őszintén szólva én nem látok bele, mi történik a futárnál.

# en: Naming her frustration was good, but you still left her with nobody responsible. Empathy without ownership sounds like a polite brush-off.
courier-blame-reply-2-feedback = Jó, hogy néven nevezte a bosszúságát, de így is felelős nélkül hagyta. Az empátia felelősségvállalás nélkül udvarias lerázásnak hangzik.

# en: To be fair, if you'd been home for the first delivery slot, this wouldn't have happened.
courier-blame-reply-3 = Valljuk be, ha az első időpontban otthon lett volna, ez meg sem történik.

# en: Blaming the customer turns a complaint into a fight. She stayed home for the second slot, and she said so: you were not listening.
courier-blame-reply-3-feedback = Ha az ügyfelet hibáztatja, a panaszból veszekedés lesz. A második időpontban otthon maradt, és ezt el is mondta: Ön nem figyelt oda.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = Ne mondja nekem, hogy nyugodjak meg! Két hete nyugodt vagyok. A vezetőjével akarok beszélni.

# en: You have every right to be angry: you were let down twice. I'd like to fix it myself right now, and if you still want my manager afterwards, I'll put you through.
calm-down-reaction-reply-1 = Minden joga megvan, hogy dühös legyen: kétszer is cserben hagytuk. Szeretném most rögtön én magam megoldani, és ha utána is a vezetőmmel szeretne beszélni, kapcsolom.

# en: You took the mistake back by accepting her anger as fair, and offered a way forward without refusing her request. Her choice stays hers.
calm-down-reaction-reply-1-feedback = Azzal tette jóvá a hibát, hogy jogosnak fogadta el a dühét, és úgy mutatott utat előre, hogy a kérését sem utasította el. A döntés az övé marad.

# en: Fine. I'll transfer you to my manager.
calm-down-reaction-reply-2 = Rendben. Kapcsolom a vezetőmet.

# en: Passing her on is the very thing she complained about. A transfer should be the last resort, not a way out of an uncomfortable call.
calm-down-reaction-reply-2-feedback = Épp az ellen panaszkodott, hogy továbbküldözgetik. Az átkapcsolás legyen a végső megoldás, ne kiút egy kellemetlen hívásból.

# en: I was only trying to help. There's no need to be rude to me.
calm-down-reaction-reply-3 = Én csak segíteni próbáltam. Nem kell velem gorombáskodni.

# en: Her anger is about the deliveries, not about you. Defending yourself makes the call about your feelings instead of her problem.
calm-down-reaction-reply-3-feedback = A dühe a szállításoknak szól, nem Önnek. Ha védekezik, a hívás az Ön érzéseiről kezd szólni az ő problémája helyett.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = Elég volt. Kapcsolja a vezetőjét. Most.

# en: I will if you want me to. Before I do: I can book a new delivery for you right now and confirm it by text. Shall I do that, or would you prefer my manager?
manager-demand-reply-1 = Ha szeretné, kapcsolom. Előtte viszont: most rögtön le tudok foglalni Önnek egy új szállítási időpontot, és SMS-ben visszaigazolom. Ezt intézzem, vagy inkább a vezetőmmel beszélne?

# en: You respected her request and offered a concrete step you control. Many angry customers only ask for a manager because they have given up on you.
manager-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és felajánlott egy konkrét lépést, amely az Ön kezében van. Sok dühös ügyfél csak azért kéri a vezetőt, mert már lemondott Önről.

# en: My manager will only tell you the same thing I did.
manager-demand-reply-2 = A vezetőm is csak ugyanazt fogja mondani, amit én.

# en: Refusing her and telling her it would be pointless leaves her no way forward at all. She has only one move left: to leave.
manager-demand-reply-2-feedback = Ha elutasítja, és még azt is közli, hogy értelmetlen volna, semmilyen utat nem hagy neki előre. Egyetlen lépése marad: elmenni.

# en: Of course. Please hold, I'll put you through.
manager-demand-reply-3 = Természetesen. Kérem, tartsa a vonalat, kapcsolom.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved. Try one concrete offer before the transfer.
manager-demand-reply-3-feedback = Udvarias, és tiszteletben tartja a kívánságát, de az ügy megoldatlanul kerül ki a kezéből. Az átkapcsolás előtt tegyen legalább egy konkrét ajánlatot.

# en: Fine. The order number is 4471-208. It's a washing machine, and my old one is leaking all over the kitchen floor.
order-number-says-1 = Jó. A rendelésszám 4471-208. Egy mosógépről van szó, és a régi gépemből folyik a víz az egész konyhakőre.

# en: She has just told you why every day counts. Say it back before you turn to the screen.
order-number-hint = Épp most mondta el, miért számít minden nap. Mondja vissza neki, mielőtt a képernyő felé fordul.

# en: Thank you. So on top of the wasted day, you have water on your kitchen floor: no wonder every day counts. I'm opening the order now.
order-number-reply-1 = Köszönöm. Tehát az elvesztegetett nap mellett még a konyhakövön is áll a víz: nem csoda, hogy minden nap számít. Máris nyitom a rendelést.

# en: You caught the detail that makes this urgent for her, the leaking machine, and said it back. That is listening for the feeling behind the facts.
order-number-reply-1-feedback = Észrevette azt a részletet, amely számára sürgőssé teszi az ügyet, a folyó gépet, és vissza is mondta. Ez az, amikor a tények mögött az érzést is meghallja.

# en: Thank you. One moment... The system says 'delivery attempted' on Thursday.
order-number-reply-2 = Köszönöm. Egy pillanat... A rendszerben csütörtökre „sikertelen kézbesítési kísérlet” szerepel.

# en: Reading out the system's status as if it settled the matter ignores what she told you: she was at home all Thursday.
order-number-reply-2-feedback = Ha úgy olvassa fel a rendszer bejegyzését, mintha az eldöntené a kérdést, figyelmen kívül hagyja, amit mondott: egész csütörtökön otthon volt.

# en: A leaking machine? You really ought to turn the water off at the tap, you know.
order-number-reply-3 = Folyik a gép? Tudja, igazán el kellene zárnia a vizet a csapnál.

# en: Unasked advice sounds like a know-it-all lecture. She called about a missed delivery, not about plumbing.
order-number-reply-3-feedback = A kéretlen tanács okoskodó kioktatásnak hangzik. Az elmaradt szállítás miatt telefonált, nem vízszerelési tanácsért.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = Kísérlet? Senki nem kísérelt meg semmit! EGÉSZ nap itthon voltam. Azt akarja mondani, hogy hazudok?

# en: No, I believe you. If you were home all day, the courier did not really try, and that's on us. I'm reporting it and booking a new delivery now.
attempted-reply-1 = Nem, hiszek Önnek. Ha egész nap otthon volt, a futár valójában meg sem próbálta, és ezért mi felelünk. Jelentem az esetet, és most foglalok egy új szállítási időpontot.

# en: You gave her the benefit of the doubt and took responsibility for the courier's failure. She no longer has to prove anything.
attempted-reply-1-feedback = Jóhiszeműen hitt neki, és vállalta a felelősséget a futár mulasztásáért. Neki már semmit nem kell bizonyítania.

# en: I'm just telling you what the system says, madam.
attempted-reply-2 = Én csak azt mondom, amit a rendszer mutat, hölgyem.

# en: 'I'm just the messenger' leaves her helpless: the system is wrong, and you will not stand behind her.
attempted-reply-2-feedback = Az „én csak a hírvivő vagyok” hozzáállás tehetetlenné teszi: a rendszer téved, és Ön nem áll ki mellette.

# en: Maybe the doorbell didn't work? That happens more often than you'd think.
attempted-reply-3 = Lehet, hogy nem működött a csengő? Ez gyakrabban előfordul, mint gondolná.

# en: Looking for an explanation on her side sounds like doubting her. Argue with the courier's record, not with the customer.
attempted-reply-3-feedback = Ha nála keresi a magyarázatot, az úgy hangzik, mintha kételkedne benne. A futár bejegyzését vitassa, ne az ügyfelet.

# en: So what actually happened to my delivery? And when am I really getting it?
what-happened-says-1 = Akkor mi történt valójában a szállításommal? És mikor kapom meg végre tényleg?

# en: Only promise what you can keep yourself. The courier decides the time, not you.
what-happened-hint = Csak azt ígérje meg, amit saját maga be tud tartani. Az időpontról a futár dönt, nem Ön.

# en: The courier marked it 'attempted' without coming, and I've filed a complaint about that. The earliest confirmed slot is Saturday, 8 to 12. I'll book it now and text you the confirmation within ten minutes.
what-happened-reply-1 = A futár „kézbesítési kísérletet” rögzített, pedig ki sem ment Önhöz, és ezt már reklamáltam is. A legkorábbi visszaigazolt időpont szombat 8 és 12 óra között. Most lefoglalom, és tíz percen belül SMS-ben küldöm a visszaigazolást.

# en: Honest about what went wrong, a concrete slot, and a promise (the text in ten minutes) that depends on nobody but you.
what-happened-reply-1-feedback = Őszintén elmondta, mi ment félre, konkrét időpontot adott, és olyan ígéretet tett (az SMS tíz percen belül), amely senkin nem múlik, csak Önön.

# en: I'll make sure it arrives first thing tomorrow morning. You have my personal promise.
what-happened-reply-2 = Gondoskodom róla, hogy holnap reggel elsőként megérkezzen. Ezt személyesen megígérem Önnek.

# en: Warm, and she feels looked after, but tomorrow's delivery is the courier's decision, not yours. A third broken promise would be worse than the first two.
what-happened-reply-2-feedback = Kedves, és úgy érzi, törődnek vele, de a holnapi szállításról a futár dönt, nem Ön. Egy harmadik megszegett ígéret rosszabb lenne az első kettőnél.

# en: It should be delivered within two working days.
what-happened-reply-3 = Két munkanapon belül meg kell érkeznie.

# en: 'Two days' is exactly the promise that was broken twice. Repeating it shows you did not hear her story.
what-happened-reply-3-feedback = A „két nap” pontosan az az ígéret, amelyet már kétszer megszegtek. Ha megismétli, azzal megmutatja, hogy nem hallotta meg, amit elmondott.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = Holnap? Biztos benne? Az előző két alkalommal is ezt mondták.

# en: You're right to ask. Honestly, the courier sets the time, so I can't promise tomorrow. I can book Saturday 8 to 12, the earliest confirmed slot, and text you the confirmation within ten minutes.
promise-doubt-reply-1 = Jogos a kérdés. Őszintén: az időpontot a futár határozza meg, így a holnapot nem tudom megígérni. A szombat 8 és 12 közötti időpontot tudom lefoglalni, ez a legkorábbi visszaigazolt, és tíz percen belül SMS-ben küldöm a visszaigazolást.

# en: Correcting your own promise is hard and right. Honest bad news builds more trust than a third guarantee nobody can keep.
promise-doubt-reply-1-feedback = A saját ígéretét helyesbíteni nehéz, de helyes. Az őszinte rossz hír több bizalmat épít, mint egy harmadik garancia, amelyet senki sem tud betartani.

# en: Yes, completely sure. Tomorrow morning, first thing.
promise-doubt-reply-2 = Igen, teljesen biztos. Holnap reggel, elsőként.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If the courier is late again, she will remember your name.
promise-doubt-reply-2-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. Ha a futár megint késik, az Ön nevére fog emlékezni.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = Két munkanap? Az előző két alkalommal is PONTOSAN ezt mondták!

# en: You're right, and I'm sorry: that's the promise that was broken twice. Let me book a confirmed slot instead: Saturday, 8 to 12, with a text confirmation within ten minutes.
two-days-again-reply-1 = Igaza van, és elnézést kérek: ez az az ígéret, amelyet már kétszer megszegtünk. Inkább foglalok egy visszaigazolt időpontot: szombat 8 és 12 óra között, tíz percen belül SMS-es visszaigazolással.

# en: You admitted the slip at once and replaced a vague promise with a concrete one. Owning a mistake calms more than defending it.
two-days-again-reply-1-feedback = Azonnal beismerte a botlást, és a homályos ígéretet konkrétra cserélte. A hiba vállalása jobban megnyugtat, mint a védekezés.

# en: That's the standard delivery time. I can't change how the courier works.
two-days-again-reply-2 = Ez a szokásos szállítási idő. A futár működésén nem tudok változtatni.

# en: 'Standard' is exactly what failed her. Hiding behind the process leaves her nothing to hope for.
two-days-again-reply-2-feedback = Épp a „szokásos” hagyta cserben. Ha a folyamat mögé bújik, semmi reményt nem hagy neki.

# en: All right. Saturday, then. But I lost a day's pay over this, you know.
compensation-says-1 = Jó, rendben. Akkor szombat. De tudja, ez nekem egy egész napi fizetésembe került.

# en: I know, and I'm sorry you lost a working day because of us. I've refunded the delivery fee and added a 10% discount on the machine, and I'll check on Friday myself that the slot stands.
compensation-reply-1 = Tudom, és sajnálom, hogy miattunk elveszített egy munkanapot. Visszatérítettem a szállítási díjat, 10% kedvezményt adtam a gépre, és pénteken én magam ellenőrzöm, hogy áll-e az időpont.

# en: You named her loss, made a fair amends you could grant yourself, and promised a follow-up in your own hands. That is how an apology becomes a remedy.
compensation-reply-1-feedback = Kimondta a veszteségét, méltányos kárpótlást adott, amelyet a saját hatáskörében megadhatott, és olyan utánkövetést ígért, amely a saját kezében van. Így lesz a bocsánatkérésből valódi jóvátétel.

# en: I'm afraid we can't compensate for lost wages. That's company policy.
compensation-reply-2 = Sajnos az elmaradt keresetet nem tudjuk megtéríteni. Ez a cég szabályzata.

# en: It may be true, but 'that's policy' ends the conversation coldly. Say what you can do instead of only what you cannot.
compensation-reply-2-feedback = Lehet, hogy igaz, de az „ez a szabályzat” hidegen lezárja a beszélgetést. Azt mondja el, mit tud tenni, ne csak azt, mit nem.

# en: Well, at least it's all sorted now, isn't it?
compensation-reply-3 = Nos, legalább most már minden el van intézve, nem igaz?

# en: Brushing past her loss tells her it does not matter to you. The practical problem is solved; the emotional one is not.
compensation-reply-3-feedback = Ha elsiklik a vesztesége fölött, azt üzeni neki, hogy Önnek ez nem számít. A gyakorlati probléma megoldódott, az érzelmi nem.

# en: Thank you. Honestly, you're the first person who actually listened to me.
resolved-says-1 = Köszönöm. Őszintén, Ön az első, aki tényleg meghallgatott.

# en: The machine arrives on Saturday at nine. You call on Friday as promised, and Eszter mentions the call in a five-star review. A complaint handled well made a loyal customer.
resolved-summary = A gép szombaton kilenckor megérkezik. Pénteken, ahogy ígérte, felhívja Esztert, ő pedig egy ötcsillagos értékelésben külön megemlíti a beszélgetést. A jól kezelt panaszból hűséges ügyfél lett.

# en: Fine. Whatever. Just make sure it comes.
grudging-says-1 = Jó. Mindegy. Csak jöjjön meg végre.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The technical problem is solved, the emotional one is not: she will not order from you again.
grudging-summary = A gép szombaton megérkezik, de Eszter úgy érzi, senkit nem érdekelt az elveszett szabadnapja. A technikai probléma megoldódott, az érzelmi nem: többet nem rendel Önöktől.

# en: Tomorrow, then. If it doesn't come, I'm asking for you by name.
fragile-promise-says-1 = Akkor holnap. Ha nem jön meg, név szerint Önt fogom keresni.

# en: The courier cannot deliver until Saturday. Eszter waits at home on Friday for nothing, a third time, and writes to the shop's director naming you. A promise you did not control became your broken promise.
fragile-promise-summary = A futár csak szombaton tud szállítani. Eszter pénteken harmadszor is hiába várja otthon a gépet, majd levelet ír az áruház igazgatójának, és név szerint megemlíti Önt. Egy ígéretből, amely nem Önön múlt, az Ön megszegett ígérete lett.

# en: Your manager takes the call. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved, but by someone else, and she remembers being passed along once more.
handed-to-manager-summary = A hívást a vezetője veszi át. Eszternek negyedszer is el kell mondania az egész történetet, mire bárki tenne valamit. Az ügy megoldódik, de valaki más oldja meg, és ő arra emlékszik, hogy megint továbbpasszolták.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
walkout-says-1 = Hagyja. Mondja le a rendelést. Máshol veszek egyet, és erről értékelést is fogok írni.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
walkout-summary = Eszter lemondja a rendelést, és a konkurenciánál veszi meg a gépet. Egycsillagos értékelésében másokat is óv „egy bolttól, ahol csak ide-oda küldözgetik az embert”. A legtöbb elégedetlen ügyfél szó nélkül távozik; ő panaszt tett, és Ön mégis elveszítette.

