### Defuse scenario `haircut-on-purpose` (The haircut that was 'ruined') in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The haircut that was 'ruined'
title = A „tönkretett” frizura

# en: You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.
brief = Szombat van, Ön egy forgalmas fodrászszalon recepcióján dolgozik: mind a tíz szék foglalt, és négy vendég várakozik. Szalai Réka most kapott hajvágást és rézvörös festést Dórától, az egyik legjobb fodrászuktól (két és fél óra, 38 500 forint). Tíz perce még a tükör előtt forgatta a fejét, és azt mondta: „gyönyörű, pont olyan, mint a képen”. Most kabátban áll a pultnál. A tulajdonos, Gábor, a hátsó helyiségben dolgozik.

# en: Réka Szalai
customer-name = Szalai Réka

# en: said 'lovely, just like the photo' at the mirror ten minutes ago
customer-trait-1 = tíz perce a tükör előtt azt mondta: „gyönyörű, pont olyan, mint a képen”

# en: says her hair has to be right for her sister's wedding next Saturday
customer-trait-2 = azt mondja, a hajának tökéletesnek kell lennie a húga jövő szombati esküvőjére

# en: gets louder when the waiting clients are listening
customer-trait-3 = hangosabb lesz, ha a várakozó vendégek is hallják

# en: turns on the person in front of her when she feels cornered
customer-trait-4 = nekitámad annak, aki előtte áll, ha sarokba szorítva érzi magát

# en: Excuse me? That's not an answer. I want to know what you're going to do about my hair.
neutral-says-1 = Tessék? Ez nem válasz. Azt akarom tudni, mi lesz a hajammal.

# en: Are you even listening to me? My sister gets married next Saturday, and I'm the one who has to turn up with this hair.
neutral-says-2 = Egyáltalán figyel rám? A húgom jövő szombaton megy férjhez, és nekem kell ezzel a hajjal megjelennem.

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
opening-says-1 = Ezt nézze meg! Nézze meg, mit csinált a hajammal! Rövidebb, mint amit kértem, és a színe narancssárga. A húgom jövő szombaton megy férjhez, és én így menjek el? Egy forintot sem fizetek.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
opening-says-2 = Két és fél óra, és tönkretette! Narancssárga! És a hossza is teljesen rossz. Jövő szombaton lesz a húgom esküvője. Eszükbe ne jusson ezért pénzt kérni.

# en: You don't know yet whether anything is wrong. Take her seriously, and ask what exactly she means before you agree or disagree.
opening-hint = Még nem tudja, hogy egyáltalán van-e baj. Vegye komolyan a vendéget, és kérdezze meg, pontosan mire gondol, mielőtt igazat adna neki vagy vitatkozna vele.

# en: Ms Szalai, with the wedding next Saturday I can see why you're upset. What's wrong exactly: the length, the colour, or both?
opening-reply-1 = Szalai asszony, a jövő szombati esküvő előtt érthető, hogy ennyire bántja. Pontosan mi a baj: a hossza, a színe, vagy mindkettő?

# en: Ms Szalai, I can understand you being upset with your sister's wedding only a week away. Which part is the problem: how short it is, the colour, or both?
opening-reply-1-wording-1 = Szalai asszony, egy héttel a húga esküvője előtt teljesen érthető, hogy ennyire felzaklatja. Mondja el, mi zavarja pontosan: hogy túl rövid, a szín, vagy mindkettő?

# en: Wedding's close, I understand. Is it the cut, the colour, or both?
opening-reply-1-wording-2 = Értem, az esküvő előtt. Mi a gond: a hossz vagy a szín?

# en: no wonder you're upset with the wedding coming up. what's the problem exactly, the cut, the colour or both?
opening-reply-1-wording-3 = Szalai asszony, a húga lagzija előtt persze hogy kiborító ez. Mi nem tetszik konkrétan, az, hogy rövid, a szín, vagy mind a kettő?

# en: I get it, Ms Szalai, a wedding in a week and this happens. Tell me what's not right: how short it's been cut, the orange tone, or the two together?
opening-reply-1-wording-4 = Megértem, Szalai asszony, egy hét múlva esküvő, és akkor ez történik. Árulja el, mi nem stimmel: hogy mennyire rövidre vágták, a narancsos árnyalat, vagy a kettő együtt?

# en: That's stressful before a wedding. Length, colour, or both?
opening-reply-1-wording-5 = Esküvő előtt ez nagyon megviselő. A hossz, a szín, vagy mindkettő?

# en: so what exactly is bothering you, is it too short, the wrong colour, or both things? i can see why the wedding makes it worse
opening-reply-1-wording-6 = szoval mi zavarja pontosan, hogy tul rovid, hogy rossz a szine, vagy mindketto? ertem, hogy az eskuvo miatt ez meg rosszabb

# en: You took her complaint at face value and asked what exactly is wrong, without agreeing that it is ruined or hinting that she is trying it on. Suspicion would have been heard by the whole waiting area; a specific answer can simply be checked.
opening-reply-1-feedback = Komolyan vette a panaszát, és megkérdezte, pontosan mi a baj, anélkül hogy ráhagyta volna, hogy tönkrement a haja, vagy éreztette volna, hogy trükközik. A gyanakvást az egész váró hallotta volna; egy konkrét választ viszont egyszerűen meg lehet nézni.

# en: Oh no, I'm so sorry! Please don't worry about the bill today, honestly. We never want anyone leaving here unhappy, least of all before a wedding.
opening-reply-2 = Jaj, nagyon sajnálom! A számla miatt ma tényleg ne aggódjon. Nem szeretnénk, hogy bárki elégedetlenül menjen el tőlünk, főleg nem egy esküvő előtt.

# en: Oh dear, I'm so sorry! Forget about paying today, really. We never want a client to walk out unhappy, especially not with a wedding coming up.
opening-reply-2-wording-1 = Jaj, ez borzasztó, ne haragudjon! A számlával ma egyáltalán ne foglalkozzon, nem akarjuk, hogy bárki elégedetlenül távozzon, pláne egy esküvő előtt.

# en: So sorry! Don't worry about paying today.
opening-reply-2-wording-2 = Nagyon sajnálom, ma nem kell fizetnie.

# en: oh no im so sorry!! honestly forget the bill, we'd hate for you to leave unhappy, especially right before a wedding
opening-reply-2-wording-3 = jaj, de sajnálom! ma ne is gondoljon a fizetésre, nálunk senki nem mehet el rossz szájízzel, főleg nem esküvő előtt

# en: I'm really sorry about this! You won't be charged today, please don't give it a second thought. Nobody should go home upset, especially with a wedding next week.
opening-reply-2-wording-4 = Nagyon-nagyon sajnálom! Ma nem számolunk fel semmit, emiatt egy percig se fájjon a feje. Senki ne menjen haza bosszúsan, főleg nem a jövő heti esküvő előtt.

# en: Sorry, there's no charge today, don't worry.
opening-reply-2-wording-5 = Elnézést, ma nincs mit fizetnie, ne aggódjon.

# en: No payment needed today, I'm terribly sorry. We'd never want you leaving upset before your sister's big day.
opening-reply-2-wording-6 = Ma nem kérünk fizetést, borzasztóan sajnálom. Semmiképp nem szeretnénk, hogy elkeseredve induljon haza a húga nagy napja előtt.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before anyone looked at the hair. She approved it in the mirror ten minutes ago; shouting has just worked.
opening-reply-2-feedback = Kedves, és a vendég azonnal megnyugszik, de Ön elajándékozta Dóra két és fél óráját, mielőtt bárki megnézte volna a haját. Tíz perce a tükör előtt még jóváhagyta; a kiabálás most bevált.

# en: But you said it was lovely at the mirror. Dóra did exactly what was on your photo.
opening-reply-3 = De hát a tükörnél azt mondta, hogy gyönyörű. Dóra pontosan azt csinálta, ami a képén volt.

# en: But you told us it looked lovely when you saw it in the mirror. Dóra followed your photo exactly.
opening-reply-3-wording-1 = Pedig a tükör előtt még gyönyörűnek nevezte. Dóra hajszálpontosan azt csinálta meg, ami a fotón volt.

# en: You called it lovely at the mirror, though.
opening-reply-3-wording-2 = De hisz azt mondta, gyönyörű! Dóra a kép alapján dolgozott.

# en: but at the mirror you told us you loved it! dóra did it just like the picture you showed
opening-reply-3-wording-3 = Na de az előbb a tükörnél még tetszett Önnek, azt mondta, csodás. Dóra pont azt készítette el, amit a képen mutatott.

# en: Hang on, when you looked in the mirror earlier you said you liked it. Dóra copied the picture you brought exactly.
opening-reply-3-wording-4 = Várjunk csak, amikor az előbb a tükörbe nézett, azt mondta, tetszik. Dóra pontosan lemásolta a fotót, amit hozott.

# en: You said you liked it earlier though.
opening-reply-3-wording-5 = De az előbb még tetszett Önnek.

# en: Sorry, but Dóra matched your picture to the letter, and you were happy with it at the mirror a minute ago.
opening-reply-3-wording-6 = Bocsánat, de Dóra hajszálra a hozott fotót követte, és egy perce a tükörnél még gyönyörűnek nevezte.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
opening-reply-3-feedback = Valószínűleg igaz, de ha a teli váróban a saját szavait vágja a fejéhez, abból nyilvánosan már nem tud meghátrálni. A tényeket vele együtt ellenőrizze, ne ellene.

# en: I'm sorry, but once a service is finished it has to be paid at the desk; that's the salon's rule. You can raise any problem with Dóra afterwards.
opening-reply-4 = Sajnálom, de az elkészült szolgáltatást itt a pultnál ki kell fizetni, ez a szalon szabálya. Bármilyen panaszt utána megbeszélhet Dórával.

# en: Sorry, but when a service is complete it needs paying for here at reception; that's our policy. You can take up any issues with Dóra after that.
opening-reply-4-wording-1 = Sajnálom, de az elvégzett munkát itt a pultnál rendezni kell, ez nálunk a szabály. Ha panasza van, azt utána megbeszélheti Dórával.

# en: Salon rule: finished means paid at the desk. Take any problem up with Dóra afterwards.
opening-reply-4-wording-2 = Előbb fizetni kell, a panaszt utána Dórával beszélje meg.

# en: i'm afraid our policy is that finished services get paid at the desk, you can talk to dóra about any issues after
opening-reply-4-wording-3 = Ne haragudjon, de nálunk a szolgáltatás után fizetni kell, ez házirend. A reklamációt utána Dórával tudja egyeztetni.

# en: I'm afraid all completed services are paid for at reception, those are the salon rules. Once you've settled up you can discuss any problems with Dóra.
opening-reply-4-wording-4 = Attól tartok, minden elvégzett szolgáltatást a recepción kell kiegyenlíteni, ez a szalon szabályzata. Ha rendezte, a problémákat megbeszélheti Dórával.

# en: Salon rules: a finished service gets paid at the desk, then you can see Dóra about it.
opening-reply-4-wording-5 = Szabály: a kész munkát a pultnál fizetik, utána mehet Dórához.

# en: rules are rules i'm afraid, the service is done so it gets paid here, any complaints you can take to dóra after
opening-reply-4-wording-6 = a szabaly az szabaly, sajnos, a munka kesz, ugyhogy itt fizetni kell, a panaszt majd utana doraval beszelje meg

# en: To someone who believes her hair is ruined, 'pay first, complain afterwards' says you don't believe her and won't even look. The rule can wait until you have seen what she means.
opening-reply-4-feedback = Annak, aki szerint tönkretették a haját, az „előbb fizessen, aztán reklamáljon” azt üzeni, hogy nem hisz neki, és rá sem néz. A szabály várhat addig, amíg meg nem nézte, mire gondol.

# en: What's wrong? The left side is shorter than the right, anyone can see it! Look, everyone! And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
what-exactly-says-1 = Hogy mi a baj? A bal oldal rövidebb, mint a jobb, ezt bárki láthatja! Nézzék csak meg, mindenki! És mutattam neki egy képet: rézvörös. Ez meg narancssárga. Nem fogok fizetni más hibájáért.

# en: The left side is shorter, look! You can all see it, can't you? And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
what-exactly-says-2 = A bal oldal rövidebb, nézze! Mindenki látja, nem? És a szín köszönőviszonyban sincs a képpel, amit mutattam neki. Narancssárga. Miért fizessek én más hibájáért?

# en: She is playing to the waiting area. Don't ask her to be quieter: be quieter yourself, name her two points and take her somewhere she can check them.
what-exactly-hint = A várakozóknak játszik. Ne kérje, hogy halkabban beszéljen: beszéljen Ön halkabban, nevezze meg a két kifogását, és vigye olyan helyre, ahol meg lehet nézni őket.

# en: Ms Szalai, please keep your voice down a little. There are other clients waiting, and I'm sure we can sort this out quietly.
what-exactly-reply-1 = Szalai asszony, kérem, beszéljen egy kicsit halkabban. Más vendégek is várnak, és biztos vagyok benne, hogy csendben is meg tudjuk oldani.

# en: Ms Szalai, could you lower your voice a bit, please? Other people are waiting, and I'm confident we can resolve this calmly.
what-exactly-reply-1-wording-1 = Szalai asszony, megkérném, hogy vegyen vissza egy kicsit a hangerőből. Mások is várakoznak itt, és nyugodt hangon is rendbe tudjuk tenni.

# en: Please lower your voice a little; others are waiting.
what-exactly-reply-1-wording-2 = Kérem, halkabban, mások is várnak.

# en: could you keep it down a bit please, there's people waiting, we can sort it out without the noise
what-exactly-reply-1-wording-3 = Asszonyom, legyen szíves halkabban, a többi vendég is hallja, szerintem csendesebben is dűlőre jutunk.

# en: Please, Ms Szalai, there's no need to shout. People are waiting and we can deal with this quietly.
what-exactly-reply-1-wording-4 = Kérem, Szalai asszony, nem kell kiabálni. Várnak itt mások is, ezt csendben is elintézhetjük.

# en: Please stop shouting, other clients can hear you.
what-exactly-reply-1-wording-5 = Ne kiabáljon, kérem, a többi vendég is hallja.

# en: Madam, I'd ask you not to raise your voice in front of the other customers, let's keep this quiet.
what-exactly-reply-1-wording-6 = Hölgyem, kérem, ne emelje fel a hangját a többi vendég előtt, beszéljünk halkabban.

# en: Asking her to lower her voice in front of the people she is performing for makes her volume the subject. Now she has to prove she is right, and louder.
what-exactly-reply-1-feedback = Ha éppen azok előtt kéri, hogy halkítsa le magát, akiknek szerepel, akkor a hangereje lesz a téma. Most bizonyítania kell, hogy igaza van, és még hangosabban.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you, and that takes a few days.
what-exactly-reply-2 = Őszintén szólva innen nézve nekem egyformának tűnik, és a szín nagyon jól áll Önnek. Szerintem csak még szokatlan, és ahhoz kell pár nap.

# en: To be honest, from where I'm sitting it looks even, and that colour looks great on you. You're probably just not used to it yet; it takes a couple of days.
what-exactly-reply-2-wording-1 = Őszintén mondom, innen nézve nekem mindkét oldal ugyanolyan, és a szín kifejezetten jól áll. Szerintem csak szokni kell, az pár nap.

# en: Looks even from here, and it's a flattering shade; you'll get used to it.
what-exactly-reply-2-wording-2 = Szerintem egyforma a két oldal, a szín meg jól áll.

# en: honestly it looks fine and even from here and the colour's really nice on you, it's just new, give it a few days
what-exactly-reply-2-wording-3 = Ha engem kérdez, én nem látok különbséget a két oldal között, és ez a szín nagyon illik magához. Csak még új, pár nap, és megszokja.

# en: I really can't see any difference between the sides, and the shade is lovely on you. New hair always feels strange for the first few days.
what-exactly-reply-2-wording-4 = Én tényleg nem látok eltérést a két oldal között, és ez az árnyalat gyönyörű Önön. Az új haj az első napokban mindig furcsa.

# en: It looks fine to me, you'll get used to it.
what-exactly-reply-2-wording-5 = Szerintem jól néz ki, majd megszokja.

# en: honestly both sides look the same from where i am, and i think the colour is gorgeous on you, its just a shock because its new
what-exactly-reply-2-wording-6 = oszinten innen a ket oldal ugyanolyan, es szerintem a szin nagyon jol all, csak sokkolo mert uj

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, with four people listening. Now she has to prove her point louder.
what-exactly-reply-2-feedback = Jó szándékú, de a pult mögül mondott ítéletet a hajáról, és négy hallgató előtt közölte vele, hogy téved. Most még hangosabban kell bizonygatnia az igazát.

# en: I only do the bookings, I'm afraid. You'll have to ask Dóra once she's finished her next client.
what-exactly-reply-3 = Sajnos én csak a bejelentkezésekkel foglalkozom. Dórát kell megkérdeznie, ha végzett a következő vendégével.

# en: I'm afraid I just handle the appointments. You'll need to speak to Dóra when she's done with her next client.
what-exactly-reply-3-wording-1 = Sajnos én csak az időpontokat intézem. Ezt Dórától kell megkérdeznie, amikor végez a következő vendégével.

# en: I just do bookings; ask Dóra after her next client.
what-exactly-reply-3-wording-2 = Én csak a foglalásokat kezelem, kérdezze Dórát később.

# en: sorry i'm only on bookings, you'll need to catch dóra when she's finished with the client she's doing
what-exactly-reply-3-wording-3 = ebbe en nem szolhatok bele, csak a bejelentkezeseket csinalom. doratol kerdezze meg, ha vegzett a kovetkezovel

# en: Sorry, appointments are all I deal with. Dóra will have to answer that when she's free after the client she's got next.
what-exactly-reply-3-wording-4 = Sajnálom, én csak az időpontfoglalással foglalkozom. Erre Dórának kell válaszolnia, ha végzett a következő vendégével.

# en: Not my job, talk to Dóra later.
what-exactly-reply-3-wording-5 = Ez nem az én dolgom, később beszéljen Dórával.

# en: That's one for Dóra, I'm afraid, I just take appointments. Wait till she's done with her next customer and ask her.
what-exactly-reply-3-wording-6 = Ez Dórára tartozik, sajnos, én csak a bejelentkezéseket veszem fel. Várja meg, amíg végez a következő vendéggel, és kérdezze őt.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
what-exactly-reply-3-feedback = A „csak a bejelentkezésekkel foglalkozom” felelős nélkül hagyja a pultnál, miközben Dóra még egy óráig foglalt. A vendég szemében most Ön a szalon: vigye oda valakihez, aki meg tudja nézni, ne küldje el várakozni.

# en: The left side, and the colour against your photo. Let's look at both with Dóra at the window mirror, in daylight.
what-exactly-reply-4 = A bal oldal, és a szín a képéhez képest. Nézzük meg mindkettőt Dórával az ablak melletti tükörnél, nappali fényben.

# en: So it's the left side, plus the colour compared with your photo. Let's check both with Dóra over at the mirror by the window, where the light's natural.
what-exactly-reply-4-wording-1 = Szóval a bal oldal, és hogy a szín eltér a képtől. Menjünk át Dórával az ablaknál lévő tükörhöz, és nézzük meg mindkettőt természetes fényben.

# en: Left side and colour: let's check both with Dóra by the window.
what-exactly-reply-4-wording-2 = Tehát a szín meg a baloldali hossz. Mindkettőt átnézzük Dórával az ablaknál, nappali fényben.

# en: ok, so the left side, plus the colour vs your picture. come over to the window mirror with me and dóra and we'll look at both in proper daylight
what-exactly-reply-4-wording-3 = Értem: a hossz a bal felén, és a szín a fotóhoz képest. Jöjjön, Dórával átnézzük mindkettőt a tükörnél az ablak mellett, nappali fényben.

# en: So the left side is shorter and the colour doesn't match the photo. Come to the mirror by the window with Dóra and me, the natural light will show us both.
what-exactly-reply-4-wording-4 = Tehát a bal oldal rövidebb, és a szín nem egyezik a fotóval. Jöjjön velem és Dórával az ablak melletti tükörhöz, a napfény mindkettőt megmutatja.

# en: Let's check both by the window in daylight with Dóra.
what-exactly-reply-4-wording-5 = Ellenőrizzük mindkettőt Dórával az ablak mellett, világosban.

# en: Right, the uneven left side and the colour compared to your photo. Let's all go over to the window, with Dóra, and look in daylight.
what-exactly-reply-4-wording-6 = Rendben, az egyenetlen bal oldal, meg a szín a fotójához képest. Menjünk át mind az ablakhoz Dórával, és nézzük meg nappali fényben.

# en: She turned to the waiting clients; you didn't ask her to be quieter, you answered in a low voice, named her two points and moved her to the window. Calm that is shown spreads; calm that is demanded sounds like a telling-off.
what-exactly-reply-4-feedback = A vendég a várakozók felé fordult; Ön nem kérte, hogy halkabb legyen, hanem halkan válaszolt, megnevezte a két kifogását, és átvitte a beszélgetést az ablakhoz. A megmutatott nyugalom ragadós; a követelt nyugalom leszidásnak hangzik.

# en: Show me the left side, and the photo too. I'll get Dóra over here to look at it with us.
what-exactly-reply-5 = Mutassa a bal oldalt, és a képet is. Idehívom Dórát, hogy velünk együtt nézze meg.

# en: Let me see the left side, and your photo as well. I'll ask Dóra to come over and check it with us.
what-exactly-reply-5-wording-1 = Mutassa meg a bal oldalt, meg a fotót is. Szólok Dórának, hogy jöjjön ide, és nézzük meg közösen.

# en: Can I see the left, and your photo? I'll call Dóra over.
what-exactly-reply-5-wording-2 = Mutassa a képet és a bal oldalt, hívom Dórát.

# en: ok show me the left bit and the picture too, i'll grab dóra so she can have a look with us
what-exactly-reply-5-wording-3 = Lássuk a fotót, meg a bal oldalát. Kihívom Dórát, hogy együtt nézzük meg itt a pultnál.

# en: Could you show me the left side and the picture you brought? I'll call Dóra over so we can all look together.
what-exactly-reply-5-wording-4 = Megmutatná a bal oldalt és a képet, amit hozott? Odahívom Dórát is, hogy együtt nézzük meg.

# en: Let me see the left side and the photo, I'll get Dóra.
what-exactly-reply-5-wording-5 = Hadd lássam a bal oldalt és a fotót, hívom Dórát.

# en: Dóra should see this too, I'll bring her over. Meanwhile, can you show me the shorter side and your photo?
what-exactly-reply-5-wording-6 = Ezt Dórának is látnia kell, idehozom. Addig megmutatná a rövidebb oldalt és a fotóját?

# en: Good: you took both points seriously and brought in Dóra instead of judging yourself. But you kept the check at the desk, in front of her audience; the best reply moved it to the window, where nobody is performing.
what-exactly-reply-5-feedback = Jó: mindkét kifogást komolyan vette, és Dórát hívta ahelyett, hogy maga ítélkezne. De az ellenőrzés a pultnál maradt, a közönsége előtt; a legjobb válasz az ablakhoz vitte, ahol senki nem játszik a nézőknek.

# en: Oh, of course, Dóra. You'll take her side, you all cover for each other. And what would you know about hair? You sit behind a till all day, and looking at your own hair, I'd hardly trust your eye.
personal-jab-says-1 = Ja persze, Dóra. Úgyis az ő pártját fogja, maguk itt mind fedezik egymást. És mit ért maga a hajhoz? Egész nap a kassza mögött ül, és ha a saját haját nézem, a szemére sem bíznám magam.

# en: Naturally you'll back her up. You're the receptionist, what do you know about colour? With hair like yours, I wouldn't take your word for anything.
personal-jab-says-2 = Persze, hogy kiáll mellette. Maga csak recepciós, mit tud a színekről? Ilyen hajjal én magára semmiben nem hallgatnék.

# en: The remark about your hair is meant to sting. Let it pass: agree with what is true, and bring her back to the check.
personal-jab-hint = A hajáról tett megjegyzéssel meg akarja szúrni. Engedje el: ismerje el, ami igaz belőle, és terelje vissza az ellenőrzéshez.

# en: Actually, I trained as a stylist for three years before I took the desk, so I do know an even cut when I see one.
personal-jab-reply-1 = Valójában három évig tanultam fodrásznak, mielőtt a pulthoz kerültem, úgyhogy azért felismerem, ha egy vágás egyenletes.

# en: For your information, I spent three years training as a stylist before working on reception, so I can tell whether a cut is even.
personal-jab-reply-1-wording-1 = Azért én három évig fodrásziskolába jártam, mielőtt recepciós lettem, úgyhogy meg tudom ítélni, egyenletes-e egy vágás.

# en: I did three years of stylist training; I know an even cut.
personal-jab-reply-1-wording-2 = Én is tanultam fodrásznak, látom, hogy egyenes a vágás.

# en: actually i did 3 years training as a hairdresser before i moved to the desk, so yeah i can tell if a cut's even
personal-jab-reply-1-wording-3 = Tudja, nekem is van fodrász végzettségem, évekig tanultam, mielőtt a pulthoz kerültem, szóval azért látom, ha egy frizura szimmetrikus.

# en: I'll have you know I did three years of hairdressing training before reception, so I can spot an uneven cut.
personal-jab-reply-1-wording-4 = Tudnia kell, hogy három évig fodrászképzésre jártam, mielőtt a recepcióra kerültem, úgyhogy felismerem, ha egy vágás nem egyenletes.

# en: I'm a trained stylist, I know what an even cut looks like.
personal-jab-reply-1-wording-5 = Képzett fodrász vagyok, tudom, milyen az egyenletes vágás.

# en: Excuse me, three years of stylist training says that cut is even.
personal-jab-reply-1-wording-6 = Elnézést, de három év fodrásztanulás után mondom, hogy az a vágás egyenletes.

# en: The dig at your hair hurt, and proving your credentials is the natural answer. But now the argument is about you, and an argument about you is one she can win in front of an audience.
personal-jab-reply-1-feedback = A hajára tett megjegyzés fájt, és a szakértelme bizonygatása természetes válasz. De most már Önről szól a vita, és egy Önről szóló vitát ő a közönség előtt meg tud nyerni.

# en: I'm not a stylist, that's true, so I won't be the judge. You will, with your photo, in daylight. Shall we?
personal-jab-reply-2 = Valóban nem vagyok fodrász, ezért nem én döntök. Ön dönt, a képével, nappali fényben. Átmegyünk?

# en: That's fair, I'm no stylist, and it's not for me to decide. You can judge it yourself with your photo in the daylight. Shall we go and look?
personal-jab-reply-2-wording-1 = Valóban nem vagyok szakember, így nem nekem kell ítélkeznem. Ön dönti el, a saját képét nézve, természetes fényben. Átjön velem?

# en: True, I'm no stylist. You judge it, with your photo, by the window?
personal-jab-reply-2-wording-2 = Nem én döntök, hanem Ön, a képpel, az ablaknál.

# en: you're right, i'm not a hairdresser, so i'm not going to be the judge. you are, with your picture, in natural light. want to come and see?
personal-jab-reply-2-wording-3 = Jogos, fodrász nem vagyok, úgyhogy ne is az én véleményem számítson. Döntse el Ön, a fotóval a kezében, napfényben. Megyünk?

# en: You've got a point, hair isn't my trade, so my opinion doesn't matter here. Yours does: bring your photo to the window and see for yourself.
personal-jab-reply-2-wording-4 = Ebben igaza van, a haj nem az én szakmám, így nem az én véleményem számít, hanem az Öné: vigye a fotóját az ablakhoz, és döntse el saját maga, nappali fényben.

# en: True, hair isn't my field. Check it yourself with your photo in daylight?
personal-jab-reply-2-wording-5 = Igaz, nem értek a hajhoz. Megnézi maga a fotóval, napfényben?

# en: it's not my call to make, you're right about that. you be the judge, take your photo over to the window and look in natural light, ok?
personal-jab-reply-2-wording-6 = nem nekem kell ezt eldontenem, ebben igaza van. dontse el on, vigye a fotot az ablakhoz es nezze meg termeszetes fenyben, jo?

# en: You let the remark about your hair go by, agreed with the part that was true and handed the judging to her and her photo. With nothing to push against, she follows you to the window.
personal-jab-reply-2-feedback = Elengedte a hajára tett megjegyzést, igazat adott abban, ami igaz, és a döntést rá és a képére bízta. Mivel nincs mibe belekapaszkodnia, követi Önt az ablakhoz.

# en: I'm sorry if it looks like I'm taking sides, but there's no need to get personal. I'm only trying to help you here.
personal-jab-reply-3 = Sajnálom, ha úgy tűnik, hogy valakinek a pártját fogom, de nem kell személyeskedni. Csak segíteni próbálok Önnek.

# en: I'm sorry if it seems as though I'm siding with Dóra, but there's no call for personal remarks. I'm just trying to help you.
personal-jab-reply-3-wording-1 = Sajnálom, ha úgy látja, hogy valakinek kedvezek, de ne menjünk el a személyeskedés felé. Én csak segíteni szeretnék.

# en: Sorry if I seem biased, but please don't get personal.
personal-jab-reply-3-wording-2 = Ne sértegessen, kérem, én csak a segítségére lennék.

# en: sorry if it seems like i'm on her side but there's no need for personal comments, i'm just trying to help
personal-jab-reply-3-wording-3 = Bocsánat, ha úgy tűnik, mintha Dóra mellé állnék, de a személyes megjegyzéseket hagyjuk. Én csak jót akarok Önnek.

# en: Apologies if it feels like I'm defending Dóra, but comments about my hair aren't called for. I'm just here to help.
personal-jab-reply-3-wording-4 = Elnézést, ha úgy érzi, hogy Dórát védem, de a hajamra tett megjegyzésekre nincs szükség. Én csak segíteni vagyok itt.

# en: Sorry if I seem biased, but don't insult me.
personal-jab-reply-3-wording-5 = Bocs, ha részrehajlónak tűnök, de engem ne bántson.

# en: There's no need to be rude about my hair. I'm sorry if I come across as on her side, I'm only trying to help you.
personal-jab-reply-3-wording-6 = Nem kell gorombáskodni a hajam miatt. Sajnálom, ha úgy tűnik, hogy az ő oldalán állok, én csak segíteni próbálok Önnek.

# en: Understandable after a dig at your hair, but 'no need to get personal' tells her the jab landed, and 'I'm sorry if' apologises for her impression rather than for anything you did. She comes to the window, but warier.
personal-jab-reply-3-feedback = Érthető egy hajára tett beszólás után, de a „nem kell személyeskedni” elárulja neki, hogy betalált, a „sajnálom, ha” pedig az ő benyomásáért kér bocsánatot, nem bármiért, amit Ön tett. Jön az ablakhoz, de gyanakvóbban.

# en: You're right, I'm no expert. Let's just take the colour off your bill.
personal-jab-reply-4 = Igaza van, nem értek hozzá. Vegyük le egyszerűen a festést a számlájáról.

# en: Fair enough, I'm not an expert. Let's just knock the colour off what you owe.
personal-jab-reply-4-wording-1 = Jogos, nem vagyok hozzáértő. Akkor a festést egyszerűen leírjuk a számlájáról.

# en: True, I'm no expert. We'll take the colour off.
personal-jab-reply-4-wording-2 = Igaza van; a festést nem kell kifizetnie.

# en: you're right i'm not a pro, tell you what, we'll just not charge you for the colour
personal-jab-reply-4-wording-3 = jo, igaza van, en ehhez nem ertek. huzzuk le a festest a szamlarol es kesz

# en: Okay, hair isn't my speciality, you're right. We won't charge you for the colour then.
personal-jab-reply-4-wording-4 = Jó, a haj nem a szakterületem, ebben igaza van. Akkor a festésért nem kérünk pénzt.

# en: Fine, no charge for the colour.
personal-jab-reply-4-wording-5 = Rendben, a festés ingyen van.

# en: fair point, what do i know. the colour is on the house then, you just pay for the rest
personal-jab-reply-4-wording-6 = Jogos, mit értek én hozzá. A festés akkor a ház ajándéka, csak a többit kell fizetnie.

# en: The jab made you doubt yourself, and the colour went to buy peace. Nobody has compared it with her photo yet, and she has learned that a personal attack is worth money here.
personal-jab-reply-4-feedback = A beszólás elbizonytalanította, és a festés árát áldozta fel a békéért. Még senki nem vetette össze a képével, ő pedig megtanulta, hogy itt egy személyes támadás pénzt ér.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
public-row-says-1 = Ja, szóval most már hazug is vagyok? Hallották ezt mindannyian? Tönkreteszik az ember haját, aztán még azt mondják, hogy csak képzelődik!

# en: She wants the waiting area on her side. Take back what stung, keep your voice low, and offer a quieter place to check.
public-row-hint = A várót akarja maga mellé állítani. Vonja vissza, ami bántotta, beszéljen halkan, és ajánljon egy csendesebb helyet az ellenőrzéshez.

# en: I'm not calling you a liar, and I'm sorry it sounded that way. Would you come to the window mirror with me and Dóra?
public-row-reply-1 = Eszemben sincs hazugnak nevezni, és elnézést, hogy így hangzott. Átjönne velem és Dórával az ablak melletti tükörhöz?

# en: I'm not saying you're lying, and I apologise if that's how it came across. Would you step over to the mirror by the window with Dóra and me?
public-row-reply-1-wording-1 = Szó sincs róla, hogy hazugnak tartanám, és bocsánat, ha így jött át. Megnéznénk együtt Dórával az ablaknál lévő tükörben?

# en: Nobody thinks you're lying, sorry. Come to the window with us?
public-row-reply-1-wording-2 = Nem tartom hazugnak, bocsánat. Nézzük meg az ablaknál?

# en: no one's saying you're lying, sorry if it came out like that. will you come over to the mirror by the window with dóra and me?
public-row-reply-1-wording-3 = Dehogy mondtam, hogy hazudik, ha így hangzott, elnézést. Jöjjön át velem és Dórával az ablakhoz, ott a tükörben megnézzük.

# en: I didn't mean you were lying at all, I'm sorry it came out wrong. Could we go over to the window mirror together with Dóra?
public-row-reply-1-wording-4 = Egyáltalán nem akartam azt mondani, hogy hazudik, sajnálom, hogy rosszul jött ki. Átsétálnánk együtt Dórával az ablakhoz, a tükörhöz?

# en: I never said you were lying, sorry. Come to the window?
public-row-reply-1-wording-5 = Sosem mondtam, hogy hazudik, bocsánat. Jön az ablakhoz?

# en: Ms Szalai, I apologise, I believe you completely. Let's look at it by the window with Dóra, would you?
public-row-reply-1-wording-6 = Szalai asszony, elnézést kérek, teljes mértékben hiszek Önnek. Megnéznénk Dórával az ablaknál, kérem?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
public-row-reply-1-feedback = Ő a várakozóknak emelte fel a hangját; Ön halkan beszélt, és visszavonta, ami bántotta, a tényekből viszont nem engedett. Az ablak olyan kiutat kínál neki, amely nem néz ki vereségnek.

# en: Madam, please, there's no need to make a scene in front of all our other clients. We can discuss this like adults.
public-row-reply-2 = Hölgyem, kérem, nem kell jelenetet rendezni a többi vendégünk előtt. Megbeszélhetjük ezt felnőtt emberek módjára is.

# en: Madam, please, there's no call for a scene with everyone waiting here. Let's talk about this in a grown-up way.
public-row-reply-2-wording-1 = Asszonyom, kérem, ne csináljon jelenetet a többi vendég előtt. Ezt meg tudjuk beszélni úgy is, ahogy felnőttekhez illik.

# en: Please don't make a scene; let's talk like adults.
public-row-reply-2-wording-2 = Kérem, ne rendezzen jelenetet, beszéljük meg felnőtt módjára.

# en: madam please, don't cause a scene with all these people watching, we can talk about it like grown-ups
public-row-reply-2-wording-3 = hölgyem, ne itt mindenki elott csinalja ezt a cirkuszt, meg lehet ezt beszelni normalisan, mint ket felnott

# en: Madam, please stop making a fuss in front of everyone. We can talk about this sensibly.
public-row-reply-2-wording-4 = Asszonyom, kérem, ne csapjon itt ekkora felhajtást mindenki előtt. Ezt meg tudjuk beszélni értelmesen is.

# en: Please stop making a scene, everyone's looking.
public-row-reply-2-wording-5 = Kérem, ne rendezzen jelenetet, mindenki minket néz.

# en: let's be grown-ups about this and not shout in front of the whole salon, madam
public-row-reply-2-wording-6 = Legyünk már felnőttek, ne az egész szalon előtt kiabáljunk, asszonyom.

# en: 'No need to make a scene' is 'calm down' in other words, and 'like adults' adds a lecture. It makes her behaviour the topic, and with four people watching she will not back down.
public-row-reply-2-feedback = A „nem kell jelenetet rendezni” más szavakkal ugyanaz, mint a „nyugodjon meg”, a „felnőtt emberek módjára” pedig még ki is oktatja. A viselkedését teszi a beszélgetés tárgyává, és négy néző előtt nem fog meghátrálni.

# en: All right, all right. Forget about the bill this time, just please keep your voice down for the others.
public-row-reply-3 = Jó, jó. Ezúttal felejtse el a számlát, csak kérem, beszéljen halkabban a többiek miatt.

# en: Okay, okay. Don't worry about paying this time, just please lower your voice for everyone else's sake.
public-row-reply-3-wording-1 = Jó, rendben. Most az egyszer ne fizessen, csak kérem, halkabban, a többiek kedvéért.

# en: Fine, no charge this time, just please be quieter.
public-row-reply-3-wording-2 = Jó, nem kell fizetnie, csak halkabban.

# en: ok ok, forget paying this once, just please keep it down for the other customers
public-row-reply-3-wording-3 = jajj, jo, hagyjuk a szamlat ezuttal, csak legyszi ne olyan hangosan, itt vannak a tobbiek is

# en: Okay, fine, you don't have to pay this time. Only please be a bit quieter for the other clients.
public-row-reply-3-wording-4 = Jó, rendben, most nem kell fizetnie. Csak kérem, legyen egy kicsit csendesebb a többi vendég miatt.

# en: Fine, forget the bill, just keep it down for the others please.
public-row-reply-3-wording-5 = Jó, felejtse el a számlát, csak kicsit halkabban, a többiek miatt.

# en: No charge today, alright? Just please don't shout, there are other people here.
public-row-reply-3-wording-6 = Ma nem kérünk pénzt, rendben? Csak kérem, ne kiabáljon, más is van itt.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
public-row-reply-3-feedback = Egy pillanatnyi csendet nyer vele, de az egész váró megtanulta, hogy hangoskodással ingyen frizura jár. Semmit nem néztek meg, Dóra munkáját pedig leírták.

# en: Nobody said that. I only meant that Dóra followed the photo you brought in; she's very careful, and she's done colour here for fifteen years.
public-row-reply-4 = Senki nem mondott ilyet. Csak arra gondoltam, hogy Dóra a hozott képét követte; nagyon alapos, és tizenöt éve fest nálunk.

# en: No one said that. I just meant that Dóra went by the photo you showed her; she's very meticulous and she's been colouring hair here for fifteen years.
public-row-reply-4-wording-1 = Ilyet senki nem állított. Csupán arra gondoltam, hogy Dóra az Ön képe alapján dolgozott; nagyon precíz, és már tizenöt éve fest itt.

# en: Nobody said that; Dóra followed your photo, she's very experienced.
public-row-reply-4-wording-2 = Senki nem mondta ezt; Dóra a képét követte, és tapasztalt.

# en: nobody said you're lying, i just meant dóra did what was in your picture, she's really careful and she's been colouring hair here 15 years
public-row-reply-4-wording-3 = Nem mondott ilyet senki. Én csak annyit akartam, hogy Dóra a hozott fotót követte, ő rendkívül gondos, másfél évtizede festi itt a vendégeket.

# en: I never said that. My point was just that Dóra copied the picture you gave her, and she's extremely thorough, she's coloured hair in this salon for fifteen years.
public-row-reply-4-wording-4 = Ezt én nem mondtam. Csak arra akartam kilyukadni, hogy Dóra lemásolta a képet, amit adott neki, és rendkívül alapos, tizenöt éve festi a hajat ebben a szalonban.

# en: Dóra went by your photo, she's got fifteen years' experience.
public-row-reply-4-wording-5 = Dóra a fotója alapján dolgozott, tizenöt év tapasztalata van.

# en: nobody called you anything. dóra worked from your photo, shes been doing colour here 15 years and shes really careful
public-row-reply-4-wording-6 = senki nem mondott magara semmit. dora a fotojabol dolgozott, 15 eve fest itt es nagyon precizen csinalja

# en: Explaining what you meant and vouching for Dóra sounds reasonable, but it repeats the very point that made her shout: that she is wrong. She needs a way to check, not a defence of the stylist.
public-row-reply-4-feedback = Elmagyarázni, mire gondolt, és kiállni Dóra mellett észszerűnek hangzik, de épp azt ismétli meg, amitől kiabálni kezdett: hogy téved. Arra van szüksége, hogy megnézhesse, nem arra, hogy a fodrászt védjék.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
pushes-for-more-says-1 = Na tessék. Legalább itt valaki beismeri. Az esküvő előtt valami rendes helyen kell rendbe hozatnom, úgyhogy arra is kérek egy utalványt.

# en: Each concession has brought a bigger demand. Be honest that you spoke too soon, and offer the check you skipped.
pushes-for-more-hint = Minden engedmény nagyobb követelést hozott. Mondja meg őszintén, hogy elhamarkodottan szólt, és ajánlja fel az elmaradt ellenőrzést.

# en: I can't sign off vouchers myself, but I'll ask Gábor the moment he's free. Given the wedding, I'm quite sure he'll agree to it.
pushes-for-more-reply-1 = Utalványt én magam nem adhatok ki, de megkérdezem Gábort, amint szabad lesz. Az esküvőre való tekintettel biztosan bele fog egyezni.

# en: I'm not able to authorise vouchers, but I'll speak to Gábor as soon as he's free. With the wedding coming up, I'm pretty certain he'll say yes.
pushes-for-more-reply-1-wording-1 = Utalványt nem állíthatok ki a saját hatáskörömben, de megkérdezem Gábort, amint ráér. Az esküvő miatt biztosan rábólint.

# en: I can't approve it, but I'm sure Gábor will agree.
pushes-for-more-reply-1-wording-2 = Megkérdezem Gábort az utalványról, biztosan igent mond.

# en: i can't do vouchers myself, but gábor can, i'll ask him as soon as he's done, i'm sure he'll be fine with it given the wedding
pushes-for-more-reply-1-wording-3 = Kupont én nem adhatok, de szólok a tulajnak, ha felszabadul, és az esküvőre tekintettel tuti, hogy belemegy.

# en: Vouchers aren't something I can approve, but Gábor can, and I'll catch him the second he's free. With a wedding involved I'm confident he'll say yes.
pushes-for-more-reply-1-wording-4 = Utalványt nem én hagyok jóvá, hanem Gábor, és abban a pillanatban szólok neki, amint felszabadul. Az esküvőre tekintettel biztos vagyok benne, hogy igent mond.

# en: I'll ask Gábor, I'm sure he'll give you one.
pushes-for-more-reply-1-wording-5 = Megkérdezem Gábort, biztosan ad egyet.

# en: gábor has to ok vouchers, not me, but i'd be amazed if he said no with the wedding, ill ask him as soon as he's free
pushes-for-more-reply-1-wording-6 = utalvanyt gabornak kell jovahagynia, nem nekem, de nagyon meglepne ha nemet mondana az eskuvo miatt, szolok neki amint raer

# en: You don't control Gábor's answer, and you have now promised a free cut and half-promised a voucher for work nobody has checked. If he says no, she has a second, bigger grievance.
pushes-for-more-reply-1-feedback = Gábor válasza nem Önön múlik, és most ingyen frizurát ígért, félig pedig egy utalványt is, olyan munkáért, amelyet senki nem nézett meg. Ha Gábor nemet mond, a vendégnek lesz egy második, nagyobb sérelme.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us, for the others' sake.
pushes-for-more-reply-2 = Rendben, adok utalványt is. Csak kérem, maradjon ez kettőnk között, a többiek miatt.

# en: Okay, I'll give you a voucher too. Only please keep it to yourself, for the sake of the other clients.
pushes-for-more-reply-2-wording-1 = Jól van, az utalványt is megkapja. Csak kérem, ne beszéljen róla, a többiek miatt.

# en: Fine, you'll get a voucher too; just keep it quiet.
pushes-for-more-reply-2-wording-2 = Rendben, kap utalványt is, de maradjon titokban.

# en: ok fine, i'll do you a voucher too, just please don't mention it to the others
pushes-for-more-reply-2-wording-3 = oke, adok egy utalvanyt is, csak pssszt, a tobbi vendeg ne tudja meg

# en: Fine, you can have a voucher too. Please don't tell the other clients though.
pushes-for-more-reply-2-wording-4 = Jó, utalványt is kaphat. Csak kérem, a többi vendégnek ne mondja el.

# en: Okay, a voucher as well, but keep it quiet.
pushes-for-more-reply-2-wording-5 = Oké, adok utalványt is, de maradjon kettőnk között.

# en: I'll make out a voucher for you too, Ms Szalai, just between the two of us, please.
pushes-for-more-reply-2-wording-6 = Kiállítok Önnek egy utalványt is, Szalai asszony, de erről senki más ne tudjon, kérem.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
pushes-for-more-reply-2-feedback = Minden engedmény után nagyobb követelés jött, és Ön ezt is teljesítette. A „maradjon kettőnk között” nem fog működni: a négy várakozó vendég minden szót hallott.

# en: A voucher as well? You're already getting a free haircut out of us. Don't push your luck.
pushes-for-more-reply-3 = Utalványt is? Már így is ingyen kapja tőlünk a frizurát. Ne feszítse túl a húrt.

# en: A voucher on top of that? You're already having your haircut for free. Don't push it.
pushes-for-more-reply-3-wording-1 = Még utalványt is? Hiszen már a frizuráért sem kell fizetnie. Ne kérjen többet, mint ami jár.

# en: You've already got a free cut. Don't push it.
pushes-for-more-reply-3-wording-2 = Ingyen van a frizura, és még utalvány is kell? Ne vigye túlzásba.

# en: seriously, a voucher too? you're getting the haircut for nothing already, don't push your luck
pushes-for-more-reply-3-wording-3 = Komolyan, még egy kupont is? Most kapta meg ingyen a hajat, azért ennyi már sok.

# en: Now a voucher on top? You've had the haircut for nothing already, how much more do you expect?
pushes-for-more-reply-3-wording-4 = Most még utalványt is? A hajvágást már így is ingyen kapta, mennyit vár még?

# en: Free haircut isn't enough? Don't push it.
pushes-for-more-reply-3-wording-5 = Nem elég az ingyen hajvágás? Ne erőltesse.

# en: wow, a voucher on top of a free cut. bit much, dont you think?
pushes-for-more-reply-3-wording-6 = huha, utalvany is az ingyen vagas melle? kicsit sok, nem gondolja?

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
pushes-for-more-reply-3-feedback = Érthető, hogy bosszús, de ez látszik is. Ön adta neki az ingyen szolgáltatást, most pedig leszidja, amiért elfogadta: így az ingyen frizura mellé még egy sérelmet is kap.

# en: I'm sorry, I spoke too soon. Let's check it with Dóra first: if anything's wrong, we fix it free; if not, the bill stands.
pushes-for-more-reply-4 = Sajnálom, elhamarkodottan szóltam. Előbb nézzük meg Dórával: ha valami hibás, ingyen kijavítjuk; ha nem, a számla marad.

# en: I apologise, I was too quick to say that. Let's have Dóra check it first: if something's wrong, we'll put it right at no charge; if it isn't, you pay the bill as normal.
pushes-for-more-reply-4-wording-1 = Bocsánat, elsiettem, amit mondtam. Először nézzük meg Dórával: ha tényleg hibás, díjmentesen kijavítjuk, ha nem, akkor a számlát ki kell fizetni.

# en: Sorry, that was premature. Dóra checks first; bill stands if it's fine.
pushes-for-more-reply-4-wording-2 = Elhamarkodtam; előbb megnézzük, ha hibás, ingyen javítjuk.

# en: sorry, i shouldn't have said that yet. let's get dóra to look first, if there's a problem we fix it for nothing, otherwise you pay as normal
pushes-for-more-reply-4-wording-3 = Ne haragudjon, túl gyorsan ígértem. Dóra előbb nézze meg: ha valóban el van rontva, ingyen rendbe tesszük, ha nincs, a számla érvényes.

# en: Apologies, I shouldn't have jumped ahead like that. Dóra should take a look first: any fault gets corrected at no cost, and if it's all fine you pay as usual.
pushes-for-more-reply-4-wording-4 = Elnézést, nem kellett volna így előreszaladnom. Előbb Dóra nézze meg: ha hiba van, térítésmentesen kijavítjuk, ha minden rendben, a szokásos módon fizet.

# en: Sorry, I spoke too soon. Let Dóra check it first.
pushes-for-more-reply-4-wording-5 = Bocsánat, korai volt, amit mondtam. Előbb Dóra ellenőrzi.

# en: let me take that back, sorry. first dóra looks at it; if its wrong we redo it free, if its fine you pay the normal price
pushes-for-more-reply-4-wording-6 = ezt visszavonom, bocs. elobb dora megnezi; ha rossz, ingyen megcsinaljuk ujra, ha jo, a normal arat fizeti

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
pushes-for-more-reply-4-feedback = Egy ígéretet visszavonni kellemetlen, és neki sem fog tetszeni, de Ön egy ajándékot egy tisztességes ellenőrzésre cserélt. Az őszinteség most sokkal kevesebbe kerül, mint egy utalvány egy olyan frizuráért, amelyet még senki meg sem nézett.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
aside-says-1 = Jó, azt mondja, a hossz olyan, amilyet megbeszéltünk, és a két oldal egyforma. Lehet. De a szín akkor is narancssárga. Nem ezt mutattam neki.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
aside-says-2 = Jó, lehet, hogy a hossz olyan, amilyet kértem. De nézze ezt a színt! Ez nem az a rézvörös, ami a képemen van.

# en: Don't defend the colour and don't give it away: let her compare it with her own photo.
aside-hint = Ne védje a színt, és ne is adja oda: hasonlítsa össze a vendég a saját képével.

# en: All right, let's hold your photo next to it, here in the daylight. Take your time and tell me what you see.
aside-reply-1 = Rendben, tartsuk oda a képét a hajához, itt a nappali fényben. Nyugodtan nézze meg, és mondja el, mit lát.

# en: Okay, let's put your photo right beside your hair, here in the natural light. No rush, just tell me what you think.
aside-reply-1-wording-1 = Jó, tegyük a fotót a haja mellé, itt a természetes fényben. Nézze meg nyugodtan, és mondja meg, mit lát.

# en: Let's hold the photo up to your hair here. What do you see?
aside-reply-1-wording-2 = Tartsuk a képet a haja mellé, és döntse el Ön.

# en: ok let's compare the picture with your hair right here by the window, take as long as you like and say what you reckon
aside-reply-1-wording-3 = Oké, fogjuk oda a fotót a hajához, itt napfényben, és nézze meg saját maga. Ön mit lát?

# en: Let's compare them properly: your photo right by your hair, in the light from the window. Tell me honestly how it looks to you, there's no rush.
aside-reply-1-wording-4 = Hasonlítsuk össze rendesen: a fotóját közvetlenül a haja mellé, az ablak fényében. Mondja meg őszintén, milyennek látja, nem kell sietni.

# en: Let's compare the photo and your hair in daylight.
aside-reply-1-wording-5 = Vessük össze a fotót a hajával napfényben.

# en: here, hold the photo up against your hair by the window. take as long as you need, what do you think?
aside-reply-1-wording-6 = tessek, tartsa a kepet a haja melle az ablaknal. nyugodtan, amennyi ido kell, maga mit gondol?

# en: You didn't defend the colour or Dóra; you put her own photo beside her hair and let her judge. There is nothing to argue with in a comparison she makes herself.
aside-reply-1-feedback = Nem védte a színt, sem Dórát; odatette a saját képét a haja mellé, és rá bízta az ítéletet. Egy összehasonlítással, amelyet ő maga végez, nincs min vitatkozni.

# en: Dóra's done colour for fifteen years. If she says it's copper, it's copper.
aside-reply-2 = Dóra tizenöt éve fest. Ha ő azt mondja, hogy ez rézvörös, akkor rézvörös.

# en: Dóra has been colouring hair for fifteen years, so if she calls it copper, it's copper.
aside-reply-2-wording-1 = Dóra tizenöt éve foglalkozik festéssel. Ha szerinte ez rézvörös, akkor az is.

# en: Dóra's the expert; she says copper, so it's copper.
aside-reply-2-wording-2 = Dóra szakértő; ha ő rézvörösnek mondja, az is.

# en: dóra's been doing colour 15 years, if she reckons it's copper then that's what it is
aside-reply-2-wording-3 = Dóra másfél évtizede színez hajat, ha ő azt mondja, réz, akkor réz, ebben nincs vita.

# en: With fifteen years of colouring behind her, Dóra knows copper when she sees it. If she says this is copper, then it is.
aside-reply-2-wording-4 = Tizenöt év festés után Dóra felismeri a rézvöröset, ha látja. Ha ő azt mondja, ez réz, akkor az.

# en: Dóra knows colour, this is copper.
aside-reply-2-wording-5 = Dóra ért a színekhez, ez rézvörös.

# en: trust dóra, she's been colouring for 15 years, it's copper
aside-reply-2-wording-6 = bizzon doraban, 15 eve fest, ez rezvoros

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
aside-reply-2-feedback = Természetes, hogy kiáll Dóra mellett, de ha a szakmai tekintélyével zárja le a kérdést, az ellenőrzés el sem kezdődik. A vendég a színt nevezte meg problémának: mutassa meg neki, ne bírálja felül.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut. That seems fair to me.
aside-reply-3 = Ha a szín nem tetszik, vegyük le a számláról, és akkor csak a hajvágást fizesse ki. Szerintem így mindenkinek korrekt.

# en: If the colour isn't right for you, we'll remove it from the bill and you'll only pay for the cut. I think that's fair.
aside-reply-3-wording-1 = Ha a szín nem nyerte el a tetszését, akkor a festést nem számoljuk fel, csak a vágásért fizessen. Szerintem ez mindenkinek tisztességes.

# en: Colour not right? Then you only pay for the cut.
aside-reply-3-wording-2 = A festést nem számolom fel, csak a vágást.

# en: if you don't like the colour we'll just take it off and charge you for the haircut only, that's fair i think
aside-reply-3-wording-3 = ha nem tetszik a szín, a festést elengedjük, a hajvágást fizesse csak ki, szerintem így mindenki jól jár

# en: If the colour's not what you wanted, we won't charge for it, you'll just pay for the haircut. That's fair, I think.
aside-reply-3-wording-4 = Ha a szín nem az, amit szeretett volna, nem kérünk érte pénzt, csak a vágást fizeti. Szerintem ez így méltányos.

# en: We'll drop the colour from the bill, just pay the cut.
aside-reply-3-wording-5 = A festést levesszük a számláról, csak a vágást fizesse.

# en: just pay for the cut then, forget the colour charge, thats fair enough
aside-reply-3-wording-6 = akkor csak a vagast fizesse, a festest felejtsuk el, igy fair

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
aside-reply-3-feedback = Nagyvonalú, és véget vet a vitának, de Ön hibaként árazta be a színt, mielőtt bárki összevetette volna a képével. Dóra munkáját épp most nyilvánították hibásnak a szeme láttára.

# en: Can I see the photo again? Which part looks different to you: the shade itself, or how bright it is?
aside-reply-4 = Megnézhetem még egyszer a képet? Mi tűnik másnak: maga az árnyalat, vagy az, hogy milyen élénk?

# en: Could I have another look at the photo? What seems different to you, the actual shade or how vivid it is?
aside-reply-4-wording-1 = Megmutatná újra a fotót? Mi tűnik eltérőnek: a szín árnyalata, vagy az, hogy mennyire élénk?

# en: Is it the shade or the brightness that's different?
aside-reply-4-wording-2 = A tónus más, vagy az erőssége?

# en: can i see the pic again? what's off for you, the tone or the brightness?
aside-reply-4-wording-3 = Hadd lássam megint a fotót. Mi az, ami más: maga a szín, vagy inkább az, hogy túl rikító?

# en: Could you show me your picture once more? Is it the actual tone that's off, or just that it's too vivid?
aside-reply-4-wording-4 = Elővenné még egyszer a képet? Maga az árnyalat tér el, vagy csak túl erős?

# en: Is it the shade that's wrong or just too bright?
aside-reply-4-wording-5 = Rossz az árnyalat, vagy csak túl élénk?

# en: show me the photo again please. what's different, the colour itself or the brightness?
aside-reply-4-wording-6 = mutassa meg megint a fotot legyszi. mi mas, maga a szin vagy hogy mennyire eros?

# en: A good, specific question that keeps the check going without taking sides. The best reply went one step further and put the photo beside her hair in daylight, so the comparison was hers to make.
aside-reply-4-feedback = Jó, konkrét kérdés, amely folytatja az ellenőrzést, és nem áll egyik oldalra sem. A legjobb válasz egy lépéssel tovább ment: a képet a haja mellé tette nappali fényben, így az összehasonlítás az övé lett.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
not-liking-it-says-1 = Jó, nappali fényben... majdnem olyan, mint a képen. De nekem nem tetszik magamon. Nem fizetek két és fél óráért olyasmiért, ami nem tetszik.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling first, then firm about the bill, and say what you can offer instead.
not-liking-it-hint = A tények tisztázódtak: a munka olyan, amilyet kért. Előbb kedvesen feleljen az érzéseire, aztán legyen határozott a számlát illetően, és mondja meg, mit tud helyette ajánlani.

# en: I'm sorry, but whether you like it isn't really the point. The work was done exactly as agreed, so it has to be paid in full.
not-liking-it-reply-1 = Sajnálom, de az, hogy tetszik-e, itt nem igazán számít. A munka pontosan a megbeszéltek szerint készült, úgyhogy teljes áron ki kell fizetni.

# en: I'm sorry, but liking it or not doesn't really come into it. The work was done just as we agreed, so the full amount is due.
not-liking-it-reply-1-wording-1 = Ne haragudjon, de hogy tetszik-e, az ebben nem szempont. A munka a megbeszéltek szerint készült el, ezért a teljes árat ki kell fizetni.

# en: Sorry, it's as agreed, so it must be paid in full.
not-liking-it-reply-1-wording-2 = Az ízlés itt nem számít; a munka jó, teljes áron fizetendő.

# en: sorry but it's not really about whether you like it, it was done exactly how we agreed so you'll need to pay the full price
not-liking-it-reply-1-wording-3 = sajnos az hogy tetszik vagy sem, az nem szamit. pontosan azt csinaltuk amit kert, igy a teljes osszeget kell fizetni

# en: I'm afraid not liking it doesn't change anything. We did the service as agreed, and the whole amount is due.
not-liking-it-reply-1-wording-4 = Sajnos az, hogy nem tetszik, nem változtat a helyzeten. A szolgáltatást a megállapodás szerint végeztük el, a teljes összeg esedékes.

# en: Sorry, it was done as agreed, so you'll have to pay the full price.
not-liking-it-reply-1-wording-5 = Sajnálom, de hogy tetszik-e, az itt nem számít: a megbeszéltek szerint készült, a teljes árat kell fizetni.

# en: whether you like it or not, the full amount is owed because we did what was agreed, sorry
not-liking-it-reply-1-wording-6 = Akár tetszik, akár nem, a teljes összeg jár, mert azt csináltuk, amiben megegyeztünk, sajnálom.

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
not-liking-it-reply-1-feedback = A tényekben igaza van, és tartotta a határt, de félresöpörte az érzését. A húga esküvőjére megy egy olyan hajjal, amely szerinte nem tetszik neki: mutassa meg, hogy ezt látja, aztán tartsa a határt.

# en: I understand. Let's say half price, then, and we'll call it even. I'd rather you left here happy.
not-liking-it-reply-2 = Értem. Akkor legyen a fele, és ezzel lezártuk. Inkább menjen el innen elégedetten.

# en: I see. How about we make it half price and leave it there? I'd prefer you went home happy.
not-liking-it-reply-2-wording-1 = Értem. Akkor csak a felét kérem, és ezzel zárjuk le. Inkább távozzon elégedetten.

# en: Okay, let's do half price and call it quits.
not-liking-it-reply-2-wording-2 = Jó, fizesse a felét, és lezártuk.

# en: i get it. tell you what, half price and we're square, i'd rather you go away happy
not-liking-it-reply-2-wording-3 = Rendben, legyen ötven százalék, és felejtsük el. Az a fontos, hogy jó szájízzel menjen el.

# en: I understand, let's meet in the middle: pay half and we'll leave it at that. I want you going home happy.
not-liking-it-reply-2-wording-4 = Megértem, egyezzünk meg félúton: fizesse ki a felét, és ezzel el van intézve. Szeretném, ha elégedetten menne haza.

# en: Fine, just pay half.
not-liking-it-reply-2-wording-5 = Jó, elég a felét kifizetnie.

# en: 50 percent off then, and we're even. i just want you to leave happy
not-liking-it-reply-2-wording-6 = akkor 50 szazalek kedvezmeny, es kvittek vagyunk. csak azt szeretnem, hogy jo kedvvel menjen el

# en: Meeting halfway sounds fair, but she has just agreed the work matches her photo: you would be paying her for being upset. Offer a free adjustment, not money off.
not-liking-it-reply-2-feedback = A felezés korrektnek hangzik, de épp most ismerte el, hogy a munka egyezik a képével: azért fizetne neki, mert fel van zaklatva. Ingyenes igazítást ajánljon, ne árengedményt.

# en: I'm sorry it doesn't feel like you yet, with the wedding so close. The bill stands, but Dóra will soften it for free.
not-liking-it-reply-3 = Sajnálom, hogy még nem érzi a sajátjának, ilyen közel az esküvőhöz. A számla marad, de Dóra ingyen lágyít rajta.

# en: I'm sorry it doesn't seem like your own hair yet, with the wedding just a week away. The price stays the same, but Dóra will tone it down for you at no charge.
not-liking-it-reply-3-wording-1 = Sajnálom, hogy még idegennek érzi magán, pont egy héttel az esküvő előtt. A számlát ki kell fizetni, de Dóra díjmentesen tompít a színen.

# en: Sorry it doesn't seem like you yet. Bill stays; Dóra softens it free.
not-liking-it-reply-3-wording-2 = Sajnálom, hogy az esküvő előtt még nem érzi a magáénak. Az árból nem engedek, de Dóra díjmentesen lágyít a színen.

# en: i'm sorry it's not feeling like yours yet, especially with the wedding coming up so soon. the bill stays but dóra can soften the colour for free
not-liking-it-reply-3-wording-3 = Megértem, hogy így, egy héttel a húga esküvője előtt nem érzi jól magát ebben a színben. Az árból nem engedhetünk, de Dóra ingyen finomít rajta.

# en: I'm sorry it's not feeling like you yet, and with your sister getting married so soon I understand. The price stays, but Dóra can make the colour softer without charging you.
not-liking-it-reply-3-wording-4 = Sajnálom, hogy még nem érzi magáénak ezt a frizurát, és ilyen közel a húga esküvőjéhez ezt teljesen értem. Az ár nem változik, de Dóra térítés nélkül lágyabbra veszi a színt.

# en: Sorry it doesn't feel like you. Dóra will soften it for free.
not-liking-it-reply-3-wording-5 = Sajnálom, hogy még nem az igazi Önnek. Dóra ingyen lágyabbra veszi.

# en: With the wedding so close, I'm sorry you don't feel like yourself. The bill doesn't change, but Dóra will soften the colour, free.
not-liking-it-reply-3-wording-6 = Ilyen közel az esküvőhöz nagyon sajnálom, hogy nem érzi önmagát. A számla nem változik, de Dóra ingyen halványít a színen.

# en: You answered the feeling before the money: a colour she isn't sure of, a week before the wedding. Then the limit, once, with a real remedy, so the 'no' to a free haircut doesn't sound like a verdict on her.
not-liking-it-reply-3-feedback = Előbb az érzésre válaszolt, aztán a pénzre: egy szín, amelyben nem biztos, egy héttel az esküvő előtt. Utána a határ, egyszer, valódi megoldással, így az ingyen frizurára mondott „nem” nem hangzik ítéletnek róla.

# en: The work matches what you asked for, so the bill stands. If it's too bright, Dóra can tone it down free this week.
not-liking-it-reply-4 = A munka egyezik azzal, amit kért, úgyhogy a számla marad. Ha túl élénk, Dóra ezen a héten ingyen tompít rajta.

# en: It's what you requested, so you'll need to pay the bill. If it's too vivid, Dóra will tone it down this week at no cost.
not-liking-it-reply-4-wording-1 = Az eredmény megfelel annak, amit kért, így a számla érvényes. Ha túl élénknek találja, Dóra a héten díjmentesen visszafogja.

# en: It matches your request; bill stands. Free toning this week if too bright.
not-liking-it-reply-4-wording-2 = Azt kapta, amit kért, az ár nem változik. Ha túl élénk, a héten díjmentesen tompítunk rajta.

# en: the work's what you asked for and the price doesn't change, but if it's too bright for you dóra could tone it down at no charge this week
not-liking-it-reply-4-wording-3 = A kép alapján ez az, amit szeretett volna, úgyhogy az ár marad. Ha túl erős a szín, Dóra még ezen a héten ingyen tonizálja.

# en: You got the result you asked for, so the price is the same. Should it be too bright, Dóra can tone it this week at no charge.
not-liking-it-reply-4-wording-4 = Azt az eredményt kapta, amit kért, így az ár ugyanaz. Ha túl élénk lenne, Dóra még a héten ingyen letompítja.

# en: It's what you asked for. Too bright? Free toning this week.
not-liking-it-reply-4-wording-5 = Ezt kérte. Túl élénk? A héten ingyen tonizáljuk.

# en: dóra did what you asked so the bill stands, but if its too bright she'll tone it for free sometime this week
not-liking-it-reply-4-wording-6 = dora azt csinalta amit kert, szoval a szamla marad, de ha tul elenk, a heten valamikor ingyen tonizalja

# en: A fair limit and a real offer, said calmly. But she had just told you she doesn't like it on her, a week before her sister's wedding; the best reply answered that first, so the 'no' landed more softly.
not-liking-it-reply-4-feedback = Korrekt határ és valódi ajánlat, nyugodtan elmondva. De épp most mondta, hogy nem tetszik rajta, egy héttel a húga esküvője előtt; a legjobb válasz előbb erre felelt, így a „nem” puhábban ért célba.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
review-threat-says-1 = Jó. Akkor minden értékelőoldalon megírom, hogy tönkreteszik az emberek haját, és még fizettetnek is érte. Majd meglátjuk, mennyire lesznek tele a székeik jövő hónapban.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
review-threat-says-2 = Rendben. Akkor az egész internet megtudja, hogy ez a szalon tönkreteszi az ember haját, és még pénzt is kér érte. Meglátjuk, akkor is ennyi dolguk lesz-e.

# en: A threat doesn't change the facts. Don't plead and don't hit back: put the fair offer on the table again.
review-threat-hint = A fenyegetés nem változtat a tényeken. Ne könyörögjön, és ne üssön vissza: tegye újra az asztalra a korrekt ajánlatot.

# en: Please don't do that, a salon like ours lives on its reviews. Look, let's just forget about the bill this once, shall we?
review-threat-reply-1 = Kérem, ne tegye, egy ilyen szalon az értékelésekből él. Nézze, felejtsük el ezúttal a számlát, jó?

# en: Please don't, a salon like ours depends on its reviews. Let's just not worry about the bill this time, okay?
review-threat-reply-1-wording-1 = Kérem, ezt ne tegye, egy szalon ma az értékelésekből él. Tudja mit, most az egyszer ne fizessen, jó?

# en: Please don't post that; we'll forget the bill this once.
review-threat-reply-1-wording-2 = Ne írjon rosszat, inkább ne fizessen, rendben?

# en: oh please don't, reviews are everything for us. look, just forget paying this time ok?
review-threat-reply-1-wording-3 = Jaj, ne, nekünk minden rossz értékelés sokba kerül. Legyen akkor ingyen ez a mai, megegyeztünk?

# en: Oh please don't write that, we depend on reviews. Let's just say no charge this time, alright?
review-threat-reply-1-wording-4 = Jaj, kérem, ezt ne írja meg, mi az értékelésekből élünk. Mondjuk azt, hogy most nem kell fizetnie, rendben?

# en: Please don't leave us a bad review, you don't have to pay.
review-threat-reply-1-wording-5 = Kérem, ne írjon rossz értékelést, nem kell fizetnie.

# en: ok ok, please don't write any reviews, just forget about the bill this time
review-threat-reply-1-wording-6 = jo jo, nem kell ertekeles, most az egyszer felejtse el a fizetest legyszi

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
review-threat-reply-1-feedback = A fenyegetés bevált. Egy rossz értékelés valós gond, de ha megvásárolja, azt tanítja neki és az egész várónak, hogy itt fenyegetéssel jár az ingyen frizura.

# en: That's your choice, and I'd be sorry to read it. The offer stands: the bill, and a free toning with Dóra before Saturday.
review-threat-reply-2 = Ez az Ön döntése, és sajnálattal olvasnám. Az ajánlatom áll: a számla, és szombat előtt ingyenes tonizálás Dórával.

# en: That's up to you, and I'd be sad to see it. Our offer hasn't changed: you pay the bill, and Dóra does a free toning before Saturday.
review-threat-reply-2-wording-1 = Ezt Ön dönti el, és sajnálnám, ha ilyet olvasnék. Az ajánlatom változatlan: a számla marad, és szombat előtt Dóra ingyen tonizálja.

# en: Your choice. The offer's the same: bill, plus free toning before Saturday.
review-threat-reply-2-wording-2 = Az Ön döntése. Az ajánlat áll: számla, plusz ingyen tonizálás.

# en: that's up to you, and i'd be sad to see it. but the offer's still there, you pay the bill and dóra tones it for free before the wedding
review-threat-reply-2-wording-3 = Megteheti, persze, és rosszul esne olvasni. De amit mondtam, az áll: fizetni kell, cserébe az esküvő előtt Dóra díjmentesen színez még rajta.

# en: You can write what you like, and I'd be sad to see it. But what I offered still holds: you pay, and Dóra tones it free before the wedding.
review-threat-reply-2-wording-4 = Azt ír, amit szeretne, és sajnálnám, ha ilyet látnék. De az ajánlatom továbbra is áll: kifizeti, és Dóra az esküvő előtt ingyen tonizálja.

# en: Up to you. Offer stands: pay, free toning before Saturday.
review-threat-reply-2-wording-5 = Ön dönt. Az ajánlat áll: fizetés, és szombat előtt ingyen tonizálás.

# en: free toning with dóra before saturday is still on offer, along with the bill. whatever you decide to post is your choice, though i'd be sorry to see it
review-threat-reply-2-wording-6 = Az ingyenes tonizálás Dórával szombat előtt továbbra is áll, a számlával együtt. Hogy mit tesz közzé, az az Ön döntése, bár sajnálnám.

# en: You didn't plead and you didn't hit back. Repeating the fair offer, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
review-threat-reply-2-feedback = Nem könyörgött és nem ütött vissza. A korrekt ajánlat nyugodt megismétlése megmutatja, hogy a fenyegetés nem változtat a tényeken, és méltó utat hagy neki az elfogadáshoz.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras over every chair.
review-threat-reply-3 = Csak tessék. A fél szalon hallotta, hogy a tükörnél azt mondta, „gyönyörű”, és minden szék fölött kamera van.

# en: Be my guest. Half the people here heard you call it lovely when you saw the mirror, and there's a camera above every chair.
review-threat-reply-3-wording-1 = Tessék, írja meg. A szalon fele hallotta, hogy a tükör előtt gyönyörűnek nevezte, és minden szék felett kamera van.

# en: Go on then. Everyone heard you say lovely, and we've got cameras.
review-threat-reply-3-wording-2 = Írjon csak; mindenki hallotta, hogy tetszett, és van kamera.

# en: go for it. loads of people heard you say it was lovely, and there's cctv on every chair
review-threat-reply-3-wording-3 = csak nyugodtan. itt fel szalon hallotta, amikor azt mondta, gyonyoru, es a kamerak mindent felvettek

# en: Do it then. Everyone here heard you say lovely at the mirror, and it's all on camera.
review-threat-reply-3-wording-4 = Akkor tegye meg. Itt mindenki hallotta, hogy a tükörnél gyönyörűnek mondta, és minden fel van véve kamerára.

# en: Go ahead, it's all on camera.
review-threat-reply-3-wording-5 = Nyugodtan, minden rajta van a kamerán.

# en: write what you want, we've got cctv and witnesses who heard you call it lovely
review-threat-reply-3-wording-6 = Írjon, amit akar, van kamerafelvételünk és tanúnk is, akik hallották, hogy gyönyörűnek nevezte.

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
review-threat-reply-3-feedback = Fenyegetésre fenyegetéssel válaszolt, a várakozó vendégek füle hallatára. Még ha meg is nyerné a vitát, neki most már tovább kell harcolnia, hogy ne veszítse el az arcát.

# en: That's your right, of course, and I'm sorry you feel that way. But I'm afraid the price is still the price.
review-threat-reply-4 = Ez természetesen az Ön joga, és sajnálom, hogy így érzi. De attól tartok, hogy az ár ettől még az ár marad.

# en: You're entitled to do that, and I'm sorry that's how you see it. But the price doesn't change, I'm afraid.
review-threat-reply-4-wording-1 = Ehhez természetesen joga van, és sajnálom, hogy ezt érzi. Az ár azonban ettől nem fog változni.

# en: That's your right, but the price stays the same.
review-threat-reply-4-wording-2 = Joga van hozzá, sajnálom; az ár viszont nem változik.

# en: you're free to do that obviously, sorry you see it that way, but the bill is still the bill i'm afraid
review-threat-reply-4-wording-3 = Persze, ez az Ön szabad döntése, sajnálom, hogy így látja. Ettől viszont sajnos nem lesz olcsóbb.

# en: Of course you're free to write reviews, and I'm sorry you feel like this. But the amount still has to be paid, I'm afraid.
review-threat-reply-4-wording-4 = Természetesen szabadon írhat értékelést, és sajnálom, hogy így érez. Az összeget viszont attól tartok, akkor is ki kell fizetni.

# en: Sorry you feel that way, but the price doesn't change.
review-threat-reply-4-wording-5 = Sajnálom, hogy így érez, de fizetni attól még kell.

# en: i'm sorry you feel that way, and you can review us if you want, but the cost is the cost
review-threat-reply-4-wording-6 = sajnalom, hogy igy erzi, es persze irhat rolunk ertekelest, de az ar az ar

# en: Calm and firm, but 'sorry you feel that way' blames her feeling, and you left out the toning you could offer. With nothing to say yes to, her only move is to push harder.
review-threat-reply-4-feedback = Nyugodt és határozott, de a „sajnálom, hogy így érzi” az érzését hibáztatja, és kihagyta a tonizálást, amit felajánlhatott volna. Mivel nincs mire igent mondania, csak még erősebben nyomulhat.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
at-the-door-says-1 = Nekem ebből elég. Kisétálok azon az ajtón, és nem fizetek. Küldjenek számlát, ha merik.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
at-the-door-hint = Ne álljon az útjába, de ne is adja fel. Egy nyugodt, utolsó ajánlat, és egy lehetőség, hogy arcvesztés nélkül maradhasson.

# en: All right. If you really won't pay, I can't stop you, and I'm not going to chase you down the street.
at-the-door-reply-1 = Rendben. Ha tényleg nem fizet, nem tudom megállítani, és nem fogok az utcán Ön után szaladni.

# en: Fine. If you're not going to pay, I can't make you, and I won't be running after you down the road.
at-the-door-reply-1-wording-1 = Jó. Ha valóban nem fizet, nem fogom visszatartani, és az utcán sem futok Ön után.

# en: All right, I can't stop you if you won't pay, and I won't chase you.
at-the-door-reply-1-wording-2 = Ha nem fizet, nem tudom megakadályozni.

# en: ok. if you're not paying there's nothing i can do, i'm not gonna chase you out the door
at-the-door-reply-1-wording-3 = rendben, ha igy dont, nem allok az utjaba, es utana se fogok szaladni

# en: Okay. I can't force you to pay, and I'm certainly not running after you.
at-the-door-reply-1-wording-4 = Rendben. Ha nem akar, nem kötelezhetem rá, és az utcán biztosan nem szaladok Ön után.

# en: Fine, I can't stop you leaving.
at-the-door-reply-1-wording-5 = Jó, nem tarthatom vissza.

# en: go if you want, i cant make you pay and i wont follow you out
at-the-door-reply-1-wording-6 = Menjen, ha akar, fizetni nem tudom rákényszeríteni, és kergetni se fogom.

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
at-the-door-reply-1-feedback = Jó, hogy nem vitatkozott, de a feladással nem hagyott neki semmit, amire válaszolhatna. Egyetlen nyugodt ajánlat, az ingyenes tonizálás vagy a tulajdonos, még a pultnál tarthatta volna.

# en: Ms Szalai, I won't argue. The bill stands, but a free toning with Dóra is yours, or I can fetch Gábor now.
at-the-door-reply-2 = Szalai asszony, nem vitatkozom. A számla marad, de egy ingyenes tonizálás Dórával az Öné, vagy most idehívom Gábort.

# en: Ms Szalai, I'm not going to argue with you. The bill still stands, but Dóra's free toning is there for you, or I can get Gábor right now.
at-the-door-reply-2-wording-1 = Szalai asszony, nem fogok vitatkozni. A számlát ki kell fizetni, de Dóra ingyen tonizálja a haját, vagy ha kéri, most ideszólok Gábort.

# en: No argument. Bill stands; free toning's yours, or I'll get Gábor.
at-the-door-reply-2-wording-2 = Nem vitatkozom: fizetni kell, de jár az ingyen tonizálás, vagy hívom Gábort.

# en: Ms Szalai, i don't want to argue. you still need to pay, but you can have dóra's free toning. or i can call gábor over now if you prefer
at-the-door-reply-2-wording-3 = Nézze, nem akarok vitát. Az ár marad, cserébe Dóra ingyen átszínezi, vagy ha inkább a tulajjal beszélne, most kihívom.

# en: I don't want a fight, Ms Szalai. The bill still applies, but Dóra's free toning is on offer, or I'll call Gábor over right away.
at-the-door-reply-2-wording-4 = Nem akarok összeveszni Önnel, Szalai asszony. A számla érvényes, de Dóránál jár egy díjmentes tonizálás, vagy azonnal ideszólítom Gábort.

# en: Please pay, take the free toning, or talk to Gábor now.
at-the-door-reply-2-wording-5 = Kérem, fizessen, ingyen tonizálás jár, vagy beszéljen most Gáborral.

# en: I'm not going to fight with you. You can still have a free toning with Dóra, or speak to Gábor now, but the bill stays.
at-the-door-reply-2-wording-6 = nem fogok magaval vitazni. dorahoz most is mehet ingyen tonizalasra, vagy beszelhet most gaborral, de a szamla marad

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
at-the-door-reply-2-feedback = Nyugodt, fenyegetés és ajándék nélkül: megismételte a korrekt ajánlatot, és olyan választást adott, amellyel arcvesztés nélkül maradhat. A tulajdonos idehívása itt egy lehetőség, nem megadás.

# en: You are not leaving without paying. Stay right there, please, I'm calling security.
at-the-door-reply-3 = Fizetés nélkül nem megy el innen. Maradjon ott, kérem, hívom a biztonsági őrt.

# en: You're not walking out without paying. Stay where you are, please; I'm phoning security.
at-the-door-reply-3-wording-1 = Nem távozhat el fizetés nélkül. Kérem, maradjon ott, ahol van, szólok a biztonsági szolgálatnak.

# en: Don't leave without paying. I'm calling security.
at-the-door-reply-3-wording-2 = Fizetés nélkül nem mehet el, hívom az őrt.

# en: no you're not leaving till you've paid, stay there please, i'm getting security
at-the-door-reply-3-wording-3 = Álljon meg, innen nem megy ki, amíg nem fizetett! Már hívom a biztonságiakat.

# en: You can't walk out without paying. Please wait here, I'm getting security.
at-the-door-reply-3-wording-4 = Nem sétálhat ki fizetés nélkül. Kérem, várjon itt, megyek a biztonsági őrért.

# en: Stay here, I'm calling security.
at-the-door-reply-3-wording-5 = Maradjon itt, szólok az őrnek.

# en: im calling security, you stay right where you are until you pay
at-the-door-reply-3-wording-6 = hivom a biztonsagiakat, maga meg itt marad, amig nem fizet

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
at-the-door-reply-3-feedback = A teli váró előtt kiadott utasítások és a biztonsági őr egy számlavitából jelenetet csinálnak. Bármit tesz is ezután, már van közönsége és egy elmesélhető története.

# en: If you leave without paying, I'm afraid we'll have to send the bill to the address on your booking, with a late fee.
at-the-door-reply-4 = Ha fizetés nélkül távozik, attól tartok, a számlát el kell küldenünk Önnek a foglalásban megadott címre, késedelmi díjjal együtt.

# en: If you go without paying, we'll have no choice but to post the bill to your booking address, plus a late payment charge.
at-the-door-reply-4-wording-1 = Ha fizetés nélkül megy el, sajnos a foglaláskor megadott címére postázzuk a számlát, a késedelmi díjjal megnövelve.

# en: Leave unpaid and we'll bill your address, plus a late fee.
at-the-door-reply-4-wording-2 = Akkor késedelmi díjjal együtt küldjük a számlát.

# en: if you walk out without paying we'll be sending the invoice to the address you booked with, and add a late charge
at-the-door-reply-4-wording-3 = ha nem fizet, akkor a szamla kotberrel egyutt megy a cimere, amit a foglalasnal adott meg

# en: If you walk out unpaid, the invoice will be posted to the address you booked with, and a late fee will be added.
at-the-door-reply-4-wording-4 = Amennyiben kifizetetlenül megy el, a foglalásnál megadott lakcímére megy a számla, és felszámolunk rá késedelmi díjat is.

# en: We'll send the bill to your address with a late fee.
at-the-door-reply-4-wording-5 = A számlát késedelmi díjjal a címére küldjük.

# en: we have your address from the booking, so the bill plus a late charge would go there if you leave
at-the-door-reply-4-wording-6 = A foglalásból megvan a címe, szóval ha elmegy, oda megy a számla késedelmi pótlékkal együtt.

# en: It sounds firm, but a late fee is a threat, and she has just dared you to send a bill. You matched her challenge instead of giving her a reason to stay.
at-the-door-reply-4-feedback = Határozottnak hangzik, de a késedelmi díj fenyegetés, és épp most hívta ki Önt, hogy küldjön számlát. Ön a kihívására felelt, ahelyett hogy okot adott volna neki a maradásra.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
owner-demand-says-1 = A recepcióval erről már nem tárgyalok. Hívja ide a tulajdonost. Most.

# en: Don't refuse her. You can fetch Gábor, but you can also make the fair offer yourself first.
owner-demand-hint = Ne utasítsa el. Idehívhatja Gábort, de előbb maga is megteheti a korrekt ajánlatot.

# en: Of course, I'll fetch Gábor now and tell him about the length and the colour myself, so that you won't have to explain it all again.
owner-demand-reply-1 = Természetesen, máris szólok Gábornak, és én magam elmondom neki a hossz és a szín dolgát, hogy Önnek ne kelljen mindent újra elmagyaráznia.

# en: Certainly, I'll get Gábor straight away and fill him in on the cut and the colour myself. That way you won't need to go through it again.
owner-demand-reply-1-wording-1 = Hogyne, azonnal szólok Gábornak, és a hosszal meg a színnel kapcsolatos gondot én adom át neki, hogy Önnek ne kelljen elölről kezdenie.

# en: Sure, I'll get Gábor and brief him myself.
owner-demand-reply-1-wording-2 = Szólok Gábornak, és én mondom el neki a részleteket.

# en: of course, i'll go get gábor now and explain about the cut and colour myself so you don't have to repeat it all
owner-demand-reply-1-wording-3 = Persze, hívom a tulajt, és előre elmondom neki, mi a baj a hosszal és a színnel, hogy ne kelljen mindent újra elmesélnie.

# en: Certainly, I'll go and get Gábor and explain the length and colour problem to him, so you don't have to tell the whole story twice.
owner-demand-reply-1-wording-4 = Hogyne, megyek Gáborért, és elmagyarázom neki a hossz és a szín problémáját, hogy ne kelljen kétszer elmondania az egészet.

# en: Sure, I'll get Gábor and explain everything to him.
owner-demand-reply-1-wording-5 = Persze, hozom Gábort, és mindent elmondok neki.

# en: no problem, I'll brief Gábor on the cut and colour first so you don't have to repeat yourself, then bring him over
owner-demand-reply-1-wording-6 = semmi gond, elobb elmondom gabornak, mi van a vagassal es a szinnel, hogy ne kelljen ismetelnie magat, aztan idehozom

# en: A good handover: you respect her request and will brief the owner yourself, so she won't repeat her story. The best reply also put the fair offer on the table first, which often makes the owner unnecessary.
owner-demand-reply-1-feedback = Jó átadás: tiszteletben tartja a kérését, és maga tájékoztatja a tulajdonost, így a vendégnek nem kell újra elmondania a történetét. A legjobb válasz ráadásul előbb a korrekt ajánlatot tette az asztalra, ami gyakran feleslegessé teszi a tulajdonost.

# en: Of course, if you want him. But I can book a free toning with Dóra right now, and the bill stays. Which would you prefer?
owner-demand-reply-2 = Természetesen, ha szeretné. De most rögtön be tudom jegyezni egy ingyenes tonizálásra Dórához, a számla pedig marad. Melyiket választja?

# en: Of course, if you'd like him. Or I can book Dóra to tone it for free right now, with the bill staying as it is. Which would you rather?
owner-demand-reply-2-wording-1 = Természetesen, ha ragaszkodik hozzá. De most rögtön beírhatom Dórához egy díjmentes tonizálásra, a számlát pedig rendezi. Melyiket szeretné?

# en: I can get him, or book a free toning now. Which do you prefer?
owner-demand-reply-2-wording-2 = Hívhatom, vagy most beírom ingyen tonizálásra. Melyik legyen?

# en: sure, if that's what you want. but i could also get you booked in with dóra for free toning right now, bill stays the same. which would you like?
owner-demand-reply-2-wording-3 = Szólhatok neki, persze. De akár most azonnal foglalhatok Önnek Dórához egy ingyenes színigazítást, a számla változatlan. Mi legyen?

# en: I can get him if that's what you want. Alternatively I can put you in for a free toning with Dóra right now, with the bill as it is. Your choice.
owner-demand-reply-2-wording-4 = Idehívhatom, ha ezt szeretné. Vagy most azonnal felírhatom Dórához egy ingyenes tonizálásra, a számla pedig marad, ahogy van. Ön választ.

# en: Gábor or a free toning with Dóra now, which?
owner-demand-reply-2-wording-5 = Gábor, vagy most egy ingyen tonizálás Dórához, melyik?

# en: which would you rather, the owner, or a free toning with dóra booked right now? the bill stays either way
owner-demand-reply-2-wording-6 = mit szeretne inkabb, a tulajt, vagy hogy most rogton beirjam dorahoz ingyenes tonizalasra? a szamla mindenkepp marad

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
owner-demand-reply-2-feedback = Nem utasította el, és előbb egy konkrét ajánlatot tett az asztalra. Az emberek gyakran azért kérik a tulajdonost, mert már semmit sem várnak Öntől; így kap valamit, amire igent mondhat.

# en: Gábor is with a client at the moment, I'm afraid. And honestly, he'd only tell you exactly the same thing I have.
owner-demand-reply-3 = Gábor sajnos éppen egy vendéggel foglalkozik. És őszintén szólva ő is pontosan ugyanazt mondaná Önnek, amit én az előbb.

# en: I'm afraid Gábor's busy with a client right now. And to be honest, he'd only say exactly what I've said.
owner-demand-reply-3-wording-1 = Gábor sajnos most vendéggel van. És őszintén, ő sem mondana mást Önnek, mint amit én az előbb.

# en: Gábor's with a client, and he'd say the same as me.
owner-demand-reply-3-wording-2 = Gábor foglalt, és ő is ugyanezt mondaná.

# en: gábor's busy with someone atm and tbh he'd just tell you the same as me
owner-demand-reply-3-wording-3 = a tulaj epp dolgozik egy vendegen, es kozte szolva pont ugyanazt mondana, amit en

# en: Gábor's tied up with a customer right now, and he'd just repeat what I've told you anyway.
owner-demand-reply-3-wording-4 = Gábor most le van kötve egy vendéggel, és amúgy is csak megismételné, amit én mondtam.

# en: The owner's busy, and he'd say the same.
owner-demand-reply-3-wording-5 = A tulajnak nincs ideje, és ő se mondana mást.

# en: honestly there's no point, gábor's with a client and he'll tell you exactly what i did
owner-demand-reply-3-wording-6 = Őszintén, nincs értelme, Gábor vendéggel van, és szóról szóra ugyanazt mondaná, mint én.

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
owner-demand-reply-3-feedback = Ha elutasítja, és értelmetlennek nevezi a kérését, egyetlen lépése marad: ki az ajtón. Valakit kért, akinek döntési joga van, és ha ezt elzárja előle, biztos lesz benne, hogy le akarják rázni.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
last-bargain-says-1 = Jó, jó. De legalább tíz százalékot engedhetnének. Az idegeskedésért.

# en: She is nearly there. Take the stress seriously, say no to the discount once, and keep the remedy you offered.
last-bargain-hint = Már majdnem ott van. Vegye komolyan a stresszt, egyszer mondjon nemet a kedvezményre, és tartsa meg a felajánlott megoldást.

# en: I'm not allowed to give discounts myself, I'm afraid. Only Gábor can do that, and he's with a client in the back.
last-bargain-reply-1 = Kedvezményt sajnos nem adhatok. Ezt csak Gábor teheti meg, ő pedig hátul van egy vendéggel.

# en: I'm afraid I can't give discounts. That's only Gábor's decision, and he's busy with a client out the back.
last-bargain-reply-1-wording-1 = Engedményt sajnos nem adhatok, erről csak Gábor dönthet, és ő most hátul vendéggel van.

# en: I can't do discounts; only Gábor can, and he's busy.
last-bargain-reply-1-wording-2 = Kedvezményt csak Gábor adhat, ő most foglalt.

# en: sorry i'm not allowed to do discounts, that's gábor's call and he's in the back with someone
last-bargain-reply-1-wording-3 = sajna en nem engedhetek az arbol, ezt csak a tulaj tudja, o meg hatul dolgozik

# en: Discounts aren't up to me, sorry. Gábor decides those, and he's busy with a client at the back.
last-bargain-reply-1-wording-4 = Sajnálom, a kedvezmény nem rajtam múlik. Azt Gábor dönti el, ő pedig hátul egy vendéggel foglalatoskodik.

# en: Sorry, only Gábor can give discounts.
last-bargain-reply-1-wording-5 = Sajnos árengedményt csak Gábor adhat.

# en: i can't give you money off, it has to be gábor and he's with someone in the back right now
last-bargain-reply-1-wording-6 = Nem tudok engedni az árból, ahhoz Gábor kell, ő meg most hátul van valakivel.

# en: True, but 'only Gábor can' tells her the answer isn't final and the person who decides is in the back room. She was about to pay; now she wants the owner.
last-bargain-reply-1-feedback = Igaz, de a „csak Gábor teheti meg” azt üzeni, hogy a válasz nem végleges, és aki dönt, az hátul van. Már fizetni készült; most a tulajdonost akarja.

# en: Oh, go on then, ten percent. It's been a long afternoon for both of us. Just don't tell anyone I did it.
last-bargain-reply-2 = Hát jó, legyen akkor tíz százalék. Mindkettőnknek hosszú délután volt ez. Csak senkinek ne mondja el, hogy én adtam.

# en: Oh, alright then, ten percent off. It's been a long day for both of us, so just keep it to yourself.
last-bargain-reply-2-wording-1 = Na jó, legyen tíz százalék. Nekünk is, Önnek is hosszú délután volt. Csak ne mondja el senkinek, hogy tőlem kapta.

# en: Fine, ten percent off. Don't tell anyone.
last-bargain-reply-2-wording-2 = Rendben, tíz százalék engedmény, de maradjon köztünk.

# en: oh go on, 10% off. it's been a tough afternoon for us both. just don't spread it around
last-bargain-reply-2-wording-3 = Hát jó, lejön tíz százalék, mindkettőnknek kijutott ma. De psszt, senkinek egy szót se.

# en: Okay, fine, I'll take ten percent off. It's been a tiring afternoon for us both, just keep it between us.
last-bargain-reply-2-wording-4 = Jó, na, lejjebb viszem tíz százalékkal. Mindkettőnket kifárasztott ez a délután, csak ezt ne híresztelje.

# en: Okay, ten percent off.
last-bargain-reply-2-wording-5 = Rendben, tíz százalékot engedek.

# en: 10 percent it is then, dont tell anyone
last-bargain-reply-2-wording-6 = 10 szazalek akkor, de senkinek ne mondja

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
last-bargain-reply-2-feedback = Apróság, barátságos, és ártalmatlannak tűnik, de kicsiben ugyanazt tanítja, mint egy ingyen frizura: a nyomulás kifizetődik. A már felajánlott tonizálás volt a korrekt megoldás.

# en: No. We don't give discounts just because somebody raised their voice at the desk.
last-bargain-reply-3 = Nem. Nem adunk kedvezményt csak azért, mert valaki felemelte a hangját a pultnál.

# en: No. Raising your voice at the desk isn't how discounts work here.
last-bargain-reply-3-wording-1 = Nem. Attól, hogy valaki hangoskodik a pultnál, még nem jár kedvezmény.

# en: No, raising your voice doesn't get you a discount.
last-bargain-reply-3-wording-2 = Nem, a kiabálásért nem jár engedmény.

# en: no. we don't knock money off just because someone's shouted at the front desk
last-bargain-reply-3-wording-3 = Azt nem. Nálunk nem kap senki árengedményt csak azért, mert felcsattant a recepción.

# en: No. Raising your voice at the desk won't get money knocked off here.
last-bargain-reply-3-wording-4 = Nem. Attól, hogy felemeli a hangját a recepción, itt nem lesz olcsóbb.

# en: No, shouting doesn't get you money off.
last-bargain-reply-3-wording-5 = Nem, hangoskodásért nincs árengedmény.

# en: absolutely not, making a fuss at the front desk doesnt get anybody a cheaper price
last-bargain-reply-3-wording-6 = szo se lehet rola, a pultnal balhezassal senki nem kap olcsobb arat

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
last-bargain-reply-3-feedback = Jó határ, rossz hangnemben: odaszúr a viselkedése miatt, és épp akkor nyitja újra a vitát, amikor már beleegyezett volna a fizetésbe.

# en: I'm sorry the afternoon's been so stressful. The price stays, but the toning is on us, at a time that suits you.
last-bargain-reply-4 = Sajnálom, hogy ilyen megterhelő volt a délután. Az ár marad, de a tonizálást mi álljuk, amikor Önnek alkalmas.

# en: I'm sorry this afternoon has been so stressful for you. The price stays the same, but the toning is free, whenever is convenient for you.
last-bargain-reply-4-wording-1 = Sajnálom, hogy ilyen megterhelő délutánja volt. Az árból nem tudok engedni, de a tonizálást mi fizetjük, amikor Önnek alkalmas.

# en: Sorry it's been stressful. No discount, but the toning's free.
last-bargain-reply-4-wording-2 = Sajnálom a stresszt; engedmény nincs, de a tonizálás ingyenes.

# en: sorry today's been so stressful. we can't change the price but the toning's on the house, whenever works for you
last-bargain-reply-4-wording-3 = Értem, hogy sok volt ez a mai délután. Kedvezményt nem adok, viszont a színigazítás a mi kontónkra megy, amikor csak ráér.

# en: I'm sorry today has been so stressful. I can't lower the price, but the toning won't cost you anything, and you can pick a time that works.
last-bargain-reply-4-wording-4 = Sajnálom, hogy ennyi stressz érte ma. Az árat nem tudom csökkenteni, de a tonizálás semmibe sem kerül, és olyan időpontot választ, ami Önnek megfelel.

# en: Sorry for the stress. No discount, but free toning whenever suits.
last-bargain-reply-4-wording-5 = Bocsánat az idegeskedésért. Az ár marad, a tonizálás ingyen, bármikor.

# en: the toning is free whenever you want it, but the price stays the same. sorry its been such a stressful afternoon
last-bargain-reply-4-wording-6 = a tonizalas ingyen van, amikor csak szeretne, de az ar ugyanaz marad. sajnalom, hogy ilyen stresszes delutan volt

# en: You took the stress she named seriously before saying no to the discount, kindly and only once. The free toning stays the remedy, so the limit doesn't feel like a slap.
last-bargain-reply-4-feedback = Komolyan vette a stresszt, amit említett, mielőtt nemet mondott a kedvezményre, kedvesen és csak egyszer. Az ingyenes tonizálás marad a megoldás, így a határ nem érződik pofonnak.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
booking-detail-says-1 = Jó. Kifizetem. De a tonizálást magától Dórától kérem, nem valami tanulótól, és olyan időpontban, amikor tényleg el tudok jönni.

# en: Remember why she wanted her hair right in the first place, and book the slot while she is standing there.
booking-detail-hint = Emlékezzen, miért akarta, hogy rendben legyen a haja, és foglalja le az időpontot, amíg ott áll.

# en: Dóra's fully booked this week, I'm afraid; Saturdays are mad here. Her first free slot is Monday week, or Wednesday with whoever's free.
booking-detail-reply-1 = Dóra sajnos tele van ezen a héten; szombatonként itt őrület van. Az első szabad időpontja két hét múlva hétfőn van, vagy szerdán valaki mással, aki ráér.

# en: I'm afraid Dóra has no space this week; Saturdays are crazy. Her earliest slot is a week on Monday, or there's Wednesday with another stylist.
booking-detail-reply-1-wording-1 = Sajnos Dóra a héten teljesen be van táblázva, szombatonként óriási a hajtás. Legkorábban két hét múlva hétfőn tud fogadni, vagy szerdán egy másik kolléga.

# en: Dóra's booked up; Monday week, or another stylist Wednesday.
booking-detail-reply-1-wording-2 = Dóra két hét múlva hétfőn ér rá, vagy szerdán más kolléga.

# en: sorry dóra's completely full this week, saturdays are manic. earliest she can do is monday after next, or wednesday with whoever's available
booking-detail-reply-1-wording-3 = dóra ezen a héten tele van, szombaton meg nálunk őrület. két hét múlva hétfő az első szabad nála, vagy szerdára tudok valaki mást

# en: Unfortunately Dóra has nothing this week, Saturdays are really busy. The earliest she can fit you in is Monday week, otherwise Wednesday with another stylist.
booking-detail-reply-1-wording-4 = Sajnos Dórának ezen a héten nincs szabad helye, szombatonként nagyon nagy a forgalom. Legkorábban két hét múlva hétfőn fér bele, egyébként szerdán egy másik fodrásznál.

# en: Dóra's fully booked, earliest is Monday week.
booking-detail-reply-1-wording-5 = Dóra teljesen foglalt, legkorábban két hét múlva hétfőn.

# en: sorry, no space with dóra till monday week, saturdays are crazy. wednesday with another stylist is possible
booking-detail-reply-1-wording-6 = bocsi, dorahoz ket het mulva hetfoig nincs hely, szombatonkent eszement a forgalom. szerdan egy masik fodrasszal lehet

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever's free'.
booking-detail-reply-1-feedback = Pontos, de elfelejtette a jövő szombati esküvőt: egy utána következő tonizálás semmit nem ér neki. Dórát kérte, és azt kapta, hogy „valaki mással, aki ráér”.

# en: Of course, I'll check Dóra's diary tonight and ring you on Monday with a time.
booking-detail-reply-2 = Természetesen, ma este megnézem Dóra naptárát, és hétfőn felhívom egy időponttal.

# en: Certainly, I'll look at Dóra's schedule this evening and phone you Monday with a slot.
booking-detail-reply-2-wording-1 = Természetesen. Még ma este megnézem, mit mutat Dóra naptára, és hétfőn felhívom, mikor jöhet.

# en: Sure, I'll check her diary and call you Monday.
booking-detail-reply-2-wording-2 = Este megnézem Dóra naptárát, hétfőn hívom.

# en: of course, i'll have a look at dóra's bookings tonight and give you a ring monday with a time
booking-detail-reply-2-wording-3 = Hogyne, majd ma este rápillantok, mikor ér rá Dóra, és hét elején felhívom, hogy egyeztessünk.

# en: Of course, I'll go through Dóra's appointments this evening and call you on Monday with a time.
booking-detail-reply-2-wording-4 = Hogyne, ma este átnézem Dóra időpontjait, és hétfőn telefonon jelentkezem egy időponttal.

# en: I'll check and call you Monday.
booking-detail-reply-2-wording-5 = Utánanézek, és hétfőn hívom.

# en: leave it with me, ill look at dóras diary tonight and phone you monday
booking-detail-reply-2-wording-6 = bizza csak ram, ma este megnezem dora naptarat es hetfon felhivom

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
booking-detail-reply-2-feedback = Barátságos, de homályos: teljes árat fizet, és csak egy telefonhívás ígéretével megy el. A naptár ott van a képernyőn; foglalja le az időpontot, amíg ott áll.

# en: Dóra herself, yes. She has Wednesday at nine, well before the wedding. I'll write it on your receipt: toning, no charge.
booking-detail-reply-3 = Igen, magával Dórával. Szerdán kilenckor ráér, jóval az esküvő előtt. Ráírom a blokkjára: tonizálás, díjmentesen.

# en: Yes, Dóra personally. She's free on Wednesday at nine, so it's done well ahead of the wedding. I'll note it on the receipt: toning, free of charge.
booking-detail-reply-3-wording-1 = Igen, személyesen Dóra. Szerdán reggel kilenckor van szabad helye, bőven az esküvő előtt. Felvezetem a blokkra, hogy a tonizálás ingyenes.

# en: Dóra, Wednesday at nine, before the wedding; free, written on your receipt.
booking-detail-reply-3-wording-2 = Dóra, szerda kilenc, még esküvő előtt; ráírom a blokkra.

# en: yep, dóra herself. she can do wednesday 9am, plenty of time before the wedding, and i'll note it on your receipt, free toning
booking-detail-reply-3-wording-3 = Persze, csak Dóra. Szerdán 9-kor ráér, az még jócskán a lagzi előtt van. A nyugtára odaírom, hogy a színigazítás díjmentes.

# en: Yes, Dóra will do it personally. Wednesday at nine is free, well ahead of the wedding, and I'll put toning, no charge on your receipt.
booking-detail-reply-3-wording-4 = Igen, maga Dóra végzi el. Szerda kilenc óra még szabad, jóval szombat előtt, a nyugtán pedig feltüntetem, hogy a tonizálás térítésmentes.

# en: Dóra, Wednesday at 9, free, I'll note it on the receipt.
booking-detail-reply-3-wording-5 = Dóra, szerda 9, ingyen, felírom a nyugtára.

# en: Wednesday 9am with Dóra herself, that's in plenty of time for Saturday. I'm writing free toning on your receipt now.
booking-detail-reply-3-wording-6 = Szerda reggel 9, magával Dórával, az bőven időben van szombatra. Már írom is a nyugtára, hogy a tonizálás ingyenes.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
booking-detail-reply-3-feedback = Emlékezett az esküvőre, amelyet már az első mondatában említett, és írásban foglalt neki időpontot Dórához még az esküvő előtt. Egy konkrét időpont, amelyet a saját szemével lát, megmutatja neki, hogy az ajánlat valódi volt, nem csak trükk, hogy fizessen.

# en: Dóra herself, of course. She has Thursday at six or Friday at eight in the morning. Which suits you better?
booking-detail-reply-4 = Persze, magával Dórával. Csütörtökön hatkor vagy pénteken reggel nyolckor ráér. Melyik felel meg jobban?

# en: Yes, Dóra personally. She can do six on Thursday, or Friday at 8 a.m. Which works better for you?
booking-detail-reply-4-wording-1 = Hogyne, magával Dórával. Csütörtök este hatkor vagy péntek reggel nyolckor van helye. Melyik jobb Önnek?

# en: Dóra's free Thursday at six, or eight on Friday. Which?
booking-detail-reply-4-wording-2 = Dóra: csütörtök hat vagy péntek nyolc, melyik?

# en: of course, dóra herself. she's got thursday 6pm or friday 8am, which is better for you?
booking-detail-reply-4-wording-3 = Persze, csak Dórához. Tudok adni csütörtök 18 órát vagy péntek 8-at, Önnek melyik kényelmesebb?

# en: Certainly, Dóra will do it. She can see you Thursday at six or Friday at eight in the morning, which is better?
booking-detail-reply-4-wording-4 = Természetesen Dóra csinálja. Csütörtökön hatkor vagy pénteken reggel nyolckor tudja fogadni, melyik jobb?

# en: Dóra can do Thursday 6 or Friday 8am, which?
booking-detail-reply-4-wording-5 = Csütörtök 18:00 vagy péntek 8:00 Dórával, melyik jó?

# en: Which works for you with Dóra: Thursday evening at six, or eight on Friday morning?
booking-detail-reply-4-wording-6 = Melyik lenne jó Önnek Dórával: csütörtök este hat, vagy péntek reggel nyolc?

# en: A real slot with Dóra and a choice: good. The best reply also tied it to the wedding she mentioned first and put it in writing, so she could see the offer was real.
booking-detail-reply-4-feedback = Valódi időpont Dórával, és választási lehetőség: ez jó. A legjobb válasz még az esküvőhöz is kötötte, amelyet a vendég az elején említett, és írásba is adta, így látta, hogy az ajánlat valódi.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
paid-warm-says-1 = Akkor szerdán kilenckor. És... köszönöm, hogy nem égetett le mindenki előtt.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
paid-warm-summary = Réka kifizeti a teljes 38 500 forintot. Szerdán Dóra egy árnyalattal tompít a rézvörösön, és Réka még indulás előtt bejelentkezik a következő hajvágásra. A várakozó vendégek nyugodt recepciót láttak, nem veszekedést, és Dóra munkáját kifizették. Megértő volt az érzéseivel, és határozott a számlát illetően.

# en: Fine. Here's my card. I'll come for the toning, and then we'll see.
paid-grudging-says-1 = Jó. Itt a kártyám. Eljövök a tonizálásra, aztán majd meglátjuk.

# en: The bill is paid and the facts were on your side. Réka comes in for the toning, but says little to anyone; she felt handled more than heard, and whether she books again is an open question. The limit held; a little more warmth on the way would have won her back.
paid-grudging-summary = A számla ki van fizetve, és a tények Ön mellett szóltak. Réka eljön a tonizálásra, de alig szól valakihez; inkább elintézve érezte magát, mint meghallgatva, és nyitott kérdés, foglal-e még. A határ kitartott; egy kicsivel több melegség útközben visszanyerte volna.

# en: Fine. Here's my card. Don't expect to see me again.
paid-never-back-says-1 = Jó. Itt a kártyám. De többet nem fognak látni.

# en: The bill is paid, but Réka leaves feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
paid-never-back-summary = A számla ki van fizetve, de Réka úgy megy el, hogy elintézték, nem meghallgatták. A tonizálásra sosem jön el, és egy savanyú, háromcsillagos értékelés „rideg személyzetet” emleget. A határ tartása helyes volt; melegség nélkül tartani viszont a vendégbe került.

# en: gave in
gave-in-outcome = engedett a nyomásnak

# en: Well. That's more like it.
gave-in-says-1 = Na. Így mindjárt más.

# en: Réka walks out with a cut and colour worth 38,500 forints for nothing. Dóra's two and a half hours go unpaid, and two of the waiting clients saw exactly how to get the same deal. That evening Réka posts a photo of her 'gorgeous new copper' online. Nothing was wrong with the work; the only problem you solved was your own discomfort.
gave-in-summary = Réka egy 38 500 forintos vágással és festéssel sétál ki, ingyen. Dóra két és fél órája kifizetetlen marad, és a várakozó vendégek közül ketten pontosan látták, hogyan juthatnak ugyanehhez. Aznap este Réka posztol egy fotót a „gyönyörű új rézvörös” hajáról. A munkával semmi baj nem volt; az egyetlen probléma, amelyet megoldott, a saját kínos érzése volt.

# en: Fine. At least that's something.
discount-for-nothing-says-1 = Jó. Legalább valami.

# en: Réka pays less than the price for work she approved in the mirror. Dóra feels her work was judged faulty in front of her colleagues, and Réka has learned that a loud complaint at this desk is worth money off. The argument ended, but the fault you paid for never existed.
discount-for-nothing-summary = Réka kevesebbet fizet a teljes árnál egy olyan munkáért, amelyet a tükör előtt jóváhagyott. Dóra úgy érzi, a kollégái előtt hibásnak ítélték a munkáját, Réka pedig megtanulta, hogy ennél a pultnál egy hangos panasz pénzt ér. A vitának vége lett, de a hiba, amelyért fizetett, sosem létezett.

# en: Don't hold your breath for the money.
walked-out-says-1 = A pénzre ne nagyon várjanak.

# en: Réka walks out without paying, telling the waiting area that this salon 'ruins hair'. The 38,500 forints are lost, a one-star review appears that night, and four clients watched the desk run out of answers. A calm, repeated offer or the owner might still have kept her.
walked-out-summary = Réka fizetés nélkül távozik, és közben hangosan közli a várakozókkal, hogy ez a szalon „tönkreteszi az ember haját”. A 38 500 forint elveszett, aznap este megjelenik egy egycsillagos értékelés, négy vendég pedig végignézte, ahogy a recepciónak elfogynak a válaszai. Egy nyugodt, megismételt ajánlat vagy a tulajdonos még maradásra bírhatta volna.

# en: Security? For me? Go on then, everyone's watching.
door-scene-says-1 = Biztonsági őr? Rám? Csak tessék, mindenki minket néz.

# en: Gábor hears the raised voices and comes out of the back room. He calms things down and Réka pays in the end, but two waiting clients cancel their next appointments, and the story of 'the salon that called security on a customer' is online by evening. A quiet word at the window would have cost nothing.
door-scene-summary = Gábor meghallja a hangoskodást, és kijön hátulról. Lecsillapítja a kedélyeket, és végül Réka fizet, de két várakozó vendég lemondja a következő időpontját, és estére fent van a neten a történet „a szalonról, amely biztonsági őrt hívott egy vendégre”. Egy csendes szó az ablaknál semmibe sem került volna.

# en: Finally, someone with some sense.
owner-waives-says-1 = Na végre, valaki, akinek van esze.

# en: Gábor comes out to a client still shouting in front of the waiting area, and waives the bill to end the scene. Réka leaves without paying, Dóra's work goes unpaid, and the owner has learned that his front desk hands him fires instead of putting them out. Nothing was wrong with the haircut.
owner-waives-summary = Gábor kijön egy vendéghez, aki még mindig a teli váró előtt kiabál, és elengedi a számlát, hogy véget vessen a jelenetnek. Réka fizetés nélkül távozik, Dóra munkája kifizetetlen marad, a tulajdonos pedig megtanulta, hogy a recepció nem eloltja a tüzet, hanem átpasszolja neki. A frizurával semmi baj nem volt.

# en: Finally. Somebody in charge.
owner-steps-in-says-1 = Na végre. Valaki, aki itt dönt.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
owner-steps-in-summary = Gábor otthagyja a vendégét, Rékával együtt megnézi a frizurát az ablaknál, és azt ajánlja, ami végig is korrekt lett volna: teljes ár és egy ingyenes tonizálás Dórával. Réka fizet. Korrekt a vége, de a tulajdonosnak egy fizető vendéget kellett otthagynia, hogy megtegyen egy ajánlatot, amely az Ön kezében volt.

