### Defuse scenario `haircut-on-purpose` (The haircut that was 'ruined') in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The haircut that was 'ruined'
title = A „tönkretett” frizura

# en: You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.
brief = Egy forgalmas fodrászszalon recepcióján dolgozik, szombaton: mind a tíz szék foglalt, és négy vendég várakozik. Szalai Réka most kapott hajvágást és rézvörös festést Dórától, az egyik legjobb fodrászuktól (két és fél óra, 38 500 forint). Tíz perce még a tükör előtt forgatta a fejét, és azt mondta: „gyönyörű, pont, mint a képen”. Most felöltözve áll a pultnál. A tulajdonos, Gábor, hátul dolgozik a másik helyiségben.

# en: Réka Szalai
customer-name = Szalai Réka

# en: said 'lovely, just like the photo' at the mirror ten minutes ago
customer-trait-1 = tíz perce a tükör előtt azt mondta: „gyönyörű, pont, mint a képen”

# en: says her hair has to be right for her sister's wedding next Saturday
customer-trait-2 = azt mondja, a hajának tökéletesnek kell lennie a húga jövő szombati esküvőjére

# en: gets louder when the waiting clients are listening
customer-trait-3 = hangosabb lesz, ha a várakozó vendégek is hallják

# en: Excuse me? That's not an answer. I want to know what you're going to do about my hair.
neutral-says-1 = Tessék? Ez nem válasz. Azt akarom tudni, mi lesz a hajammal.

# en: Are you even listening to me? My sister gets married next Saturday, and I'm the one who has to turn up with this hair.
neutral-says-2 = Egyáltalán figyel rám? A húgom jövő szombaton megy férjhez, és nekem kell ezzel a hajjal megjelennem.

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
opening-says-1 = Ezt nézze meg! Nézze meg, mit csinált a hajammal! Rövidebb, mint amit kértem, és a színe narancssárga. A húgom jövő szombaton megy férjhez, és én így menjek el? Egy forintot sem fizetek.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
opening-says-2 = Két és fél óra, és tönkretette! Narancssárga! És a hossza is teljesen rossz. Jövő szombaton lesz a húgom esküvője. Eszükbe ne jusson ezért pénzt kérni.

# en: You don't know yet whether anything is wrong. Acknowledge that she is upset, and ask what exactly she means before you agree or disagree.
opening-hint = Még nem tudja, hogy egyáltalán van-e baj. Ismerje el, hogy a vendég fel van háborodva, és kérdezze meg, pontosan mire gondol, mielőtt igazat adna neki vagy vitatkozna vele.

# en: I can see you're really unhappy with it, Ms Szalai, and with the wedding coming up I want to get this right. What exactly is wrong: the length, the colour, or both?
opening-reply-1 = Látom, hogy nagyon nem elégedett vele, Réka, és az esküvő miatt szeretném, ha minden rendben lenne. Pontosan mi a baj: a hossza, a színe vagy mindkettő?

# en: You acknowledged how upset she is and asked what exactly is wrong, without agreeing that it is ruined or telling her it is fine. Now she has to name something specific, and something specific can be checked.
opening-reply-1-feedback = Elismerte, mennyire fel van háborodva, és megkérdezte, pontosan mi a baj, anélkül hogy ráhagyta volna, hogy tönkrement a haja, vagy közölte volna, hogy minden rendben van vele. Most valami konkrétat kell megneveznie, a konkrétumot pedig meg lehet nézni.

# en: Oh no, I'm so sorry! Please don't worry about the bill today. We never want anyone leaving here unhappy.
opening-reply-2 = Jaj, nagyon sajnálom! A számla miatt ma ne aggódjon. Nem szeretnénk, hogy bárki elégedetlenül menjen el tőlünk.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before checking whether anything is wrong. She approved it in the mirror ten minutes ago; shouting has just worked.
opening-reply-2-feedback = Kedves, és a vendég azonnal megnyugszik, de Ön elajándékozta Dóra két és fél óráját, mielőtt megnézte volna, hogy egyáltalán van-e baj. Tíz perce a tükör előtt még jóváhagyta a frizurát; a kiabálás most bevált.

# en: But you looked in the mirror just now and said it was lovely. Dóra did exactly what was on your photo.
opening-reply-3 = De hát az előbb belenézett a tükörbe, és azt mondta, gyönyörű. Dóra pontosan azt csinálta, ami a képén volt.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
opening-reply-3-feedback = Valószínűleg igaz, de ha a teli váróban a saját szavait vágja a fejéhez, abból nyilvánosan már nem tud meghátrálni. A tényeket vele együtt ellenőrizze, ne ellene.

# en: What's wrong? The left side is shorter than the right, anyone can see it. And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
what-exactly-says-1 = Hogy mi a baj? A bal oldal rövidebb, mint a jobb, ezt bárki láthatja. És mutattam neki egy képet: rézvörös. Ez meg narancssárga. Nem fogok fizetni más hibájáért.

# en: The left side is shorter, look! And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
what-exactly-says-2 = A bal oldal rövidebb, nézze! És a szín köszönőviszonyban sincs a képpel, amit mutattam neki. Narancssárga. Miért fizessek én más hibájáért?

# en: She has named two things you can check: the left side and the colour against her photo. Offer to check them with her, away from the waiting clients.
what-exactly-hint = Két dolgot nevezett meg, amit meg lehet nézni: a bal oldalt, és a színt a képéhez képest. Ajánlja fel, hogy együtt megnézik, távol a várakozó vendégektől.

# en: Thank you, that's clear: the left side, and the colour against your photo. Let's check both with Dóra at the mirror by the window, away from the desk. If anything isn't right, we'll correct it free.
what-exactly-reply-1 = Köszönöm, így már értem: a bal oldal, és a szín a képéhez képest. Nézzük meg mindkettőt Dórával az ablak melletti tükörnél, nem itt a pultnál. Ha valami nincs rendben, díjmentesen kijavítjuk.

# en: You repeated her two points, offered to check them together and promised a free correction if she is right. Moving to the window takes away her audience without accusing her of anything.
what-exactly-reply-1-feedback = Visszamondta a két kifogását, felajánlotta, hogy együtt megnézik, és ingyenes javítást ígért arra az esetre, ha igaza van. Az ablaknál elveszíti a közönségét, anélkül hogy bárki bármivel megvádolta volna.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you.
what-exactly-reply-2 = Őszintén szólva innen nézve nekem egyformának tűnik, és a szín nagyon jól áll Önnek. Szerintem csak még szokatlan.

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, in front of everyone. Now she has to prove her point louder.
what-exactly-reply-2-feedback = Jó szándékú, de a pult mögül mondott ítéletet a hajáról, és mindenki előtt közölte vele, hogy téved. Most még hangosabban kell bizonygatnia az igazát.

# en: I only look after the bookings, I'm afraid. You'd need to take that up with Dóra once she's finished her next client.
what-exactly-reply-3 = Sajnos én csak a bejelentkezésekkel foglalkozom. Ezt Dórával kellene megbeszélnie, ha végzett a következő vendégével.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
what-exactly-reply-3-feedback = A „csak a bejelentkezésekkel foglalkozom” felelős nélkül hagyja a pultnál, miközben Dóra még egy óráig foglalt. A vendég szemében most Ön a szalon: vigye oda valakihez, aki meg tudja nézni, ne küldje el várakozni.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
public-row-says-1 = Ja, szóval most már hazug is vagyok? Hallották ezt mindannyian? Tönkreteszik az ember haját, aztán még azt mondják, hogy csak képzelődik!

# en: I'm not calling you a liar, and I'm sorry it came across that way. You're upset, and I want to check it properly. Would you come over to the window mirror with me and Dóra?
public-row-reply-1 = Nem mondtam, hogy hazudik, és sajnálom, ha így hangzott. Látom, hogy felzaklatta, és szeretném rendesen megnézni. Átjönne velem és Dórával az ablak melletti tükörhöz?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
public-row-reply-1-feedback = Ő a várakozóknak emelte fel a hangját; Ön halkan beszélt, és visszavonta, ami bántotta, a tényekből viszont nem engedett. Az ablak olyan kiutat kínál neki, amely nem néz ki vereségnek.

# en: Madam, please, there's no need to make a scene in front of all our other clients.
public-row-reply-2 = Asszonyom, kérem, nem kell jelenetet rendezni a többi vendégünk előtt.

# en: 'No need to make a scene' is 'calm down' in other words. It makes her behaviour the topic, and with four people watching she will not back down.
public-row-reply-2-feedback = A „nem kell jelenetet rendezni” más szavakkal ugyanaz, mint a „nyugodjon meg”. A viselkedését teszi a beszélgetés tárgyává, és négy néző előtt nem fog meghátrálni.

# en: All right, all right. Forget about the bill, just please keep your voice down.
public-row-reply-3 = Jó, jó. Felejtse el a számlát, csak kérem, beszéljen halkabban.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
public-row-reply-3-feedback = Egy pillanatnyi csendet nyer vele, de az egész váró megtanulta, hogy hangoskodással ingyen frizura jár. Semmit nem néztek meg, Dóra munkáját pedig leírták.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
pushes-for-more-says-1 = Na tessék. Legalább itt valaki beismeri. Az esküvő előtt valami rendes helyen kell rendbe hozatnom, úgyhogy arra is kérek egy utalványt.

# en: I spoke too quickly, and I'm sorry. Before we talk about money, let's look at it properly with Dóra by the window. If something's wrong, we fix it free; if not, the bill stands.
pushes-for-more-reply-1 = Elhamarkodottan szóltam, sajnálom. Mielőtt pénzről beszélnénk, nézzük meg rendesen Dórával az ablaknál. Ha valami hibás, ingyen kijavítjuk; ha nem, a számla marad.

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
pushes-for-more-reply-1-feedback = Egy ígéretet visszavonni kellemetlen, és neki sem fog tetszeni, de Ön egy ajándékot egy tisztességes ellenőrzésre cserélt. Az őszinteség most sokkal kevesebbe kerül, mint egy utalvány egy olyan frizuráért, amelyet még senki meg sem nézett.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us.
pushes-for-more-reply-2 = Rendben, adok utalványt is. Csak kérem, maradjon ez kettőnk között.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
pushes-for-more-reply-2-feedback = Minden engedmény után nagyobb követelés jött, és Ön ezt is teljesítette. A „maradjon kettőnk között” nem fog működni: a négy várakozó vendég minden szót hallott.

# en: A voucher? You're already getting a free haircut. Don't push your luck.
pushes-for-more-reply-3 = Utalványt? Már így is ingyen kapja a frizurát. Ne feszítse túl a húrt.

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
pushes-for-more-reply-3-feedback = Érthető, hogy bosszús, de ez látszik is. Ön adta neki az ingyen szolgáltatást, most pedig leszidja, amiért elfogadta: így az ingyen frizura mellé még egy sérelmet is kap.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
aside-says-1 = Jó, azt mondja, a hossz olyan, amilyet megbeszéltünk, és a két oldal egyforma. Lehet. De a szín akkor is narancssárga. Nem ezt mutattam neki.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
aside-says-2 = Jó, lehet, hogy a hossz olyan, amilyet kértem. De nézze ezt a színt! Ez nem az a rézvörös, ami a képemen van.

# en: Let's hold your photo next to it here in the daylight, away from the salon lights. Take your time, and tell me honestly what you see.
aside-reply-1 = Tartsuk mellé a képét itt, a napfényben, távol a szalon lámpáitól. Nézze meg nyugodtan, és mondja meg őszintén, mit lát.

# en: You took her complaint about the colour seriously, checked it against her own photo and let her be the judge. The facts get checked, and nobody has to tell her she is wrong.
aside-reply-1-feedback = Komolyan vette a színnel kapcsolatos panaszát, összevetette a saját képével, és rá bízta az ítéletet. A tények tisztázódnak, és senkinek sem kell azt mondania neki, hogy téved.

# en: Dóra has been doing colour for fifteen years. If she says it's copper, then it's copper.
aside-reply-2 = Dóra tizenöt éve fest. Ha ő azt mondja, hogy ez rézvörös, akkor rézvörös.

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
aside-reply-2-feedback = Természetes, hogy kiáll Dóra mellett, de ha a szakmai tekintélyével zárja le a kérdést, az ellenőrzés el sem kezdődik. A vendég a színt nevezte meg problémának: mutassa meg neki, ne bírálja felül.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut.
aside-reply-3 = Ha a színnel nem elégedett, vegyük le a számláról, és csak a vágást fizesse ki.

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
aside-reply-3-feedback = Nagyvonalú, és véget vet a vitának, de Ön hibaként árazta be a színt, mielőtt bárki összevetette volna a képével. Dóra munkáját épp most nyilvánították hibásnak a szeme láttára.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
not-liking-it-says-1 = Jó, napfényben... közel van a képhez. De nekem nem tetszik magamon. Nem fizetek két és fél óráért olyasmiért, ami nem tetszik.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling, firm about the bill, and say what you can offer instead.
not-liking-it-hint = A tények tisztázódtak: a munka olyan lett, amilyet kért. Legyen megértő az érzéseivel, de határozott a számlát illetően, és mondja meg, mit tud helyette felajánlani.

# en: I'm sorry it doesn't feel like you yet; a big colour change often takes a few days to get used to. The work was done as agreed, so the bill stands. If you'd like it softer, Dóra will tone it free within two weeks.
not-liking-it-reply-1 = Sajnálom, hogy még nem érzi a magáénak; egy ekkora színváltáshoz gyakran kell pár nap, mire hozzászokik az ember. A munka a megbeszéltek szerint készült, így a számla marad. Ha visszafogottabbat szeretne, Dóra két héten belül ingyen tonizálja.

# en: You named her feeling, stated the fact once and calmly, and offered something real instead of a free haircut. Kind about her, firm about the bill: a limit she can accept without losing face.
not-liking-it-reply-1-feedback = Megnevezte az érzését, egyszer és nyugodtan kimondta a tényt, és egy ingyen frizura helyett valódi megoldást ajánlott. Megértő vele, határozott a számlát illetően: ezt a határt arcvesztés nélkül el tudja fogadni.

# en: I understand. Let's say half price, then, and we'll call it even.
not-liking-it-reply-2 = Megértem. Akkor mondjuk legyen fél ár, és ezzel kvittek vagyunk.

# en: Meeting halfway sounds fair, but the work was done as she asked: you would be paying her for being upset. Offer a free adjustment, not money off.
not-liking-it-reply-2-feedback = A középút korrektnek hangzik, de a munka úgy készült, ahogy kérte: Ön azért fizetne neki, mert fel van háborodva. Ingyenes igazítást ajánljon, ne engedményt.

# en: I'm sorry, but whether you like it isn't really the point. The work was done as agreed, so it has to be paid.
not-liking-it-reply-3 = Sajnálom, de hogy tetszik-e, az itt nem igazán számít. A munka a megbeszéltek szerint készült, úgyhogy ki kell fizetni.

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
not-liking-it-reply-3-feedback = A tényekben igaza van, és tartotta a határt, de az érzését félresöpörte. A húga esküvőjére olyan hajjal megy, amelyről azt mondja, nem tetszik neki: mutassa meg, hogy ezt látja, aztán tartsa a határt.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
review-threat-says-1 = Jó. Akkor minden értékelőoldalon megírom, hogy tönkreteszik az emberek haját, és még fizettetnek is érte. Majd meglátjuk, mennyire lesznek tele a székeik jövő hónapban.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
review-threat-says-2 = Rendben. Akkor az egész internet megtudja, hogy ez a szalon tönkreteszi az ember haját, és még pénzt is kér érte. Meglátjuk, akkor is ennyi dolguk lesz-e.

# en: That's your right, and I'd be sorry to read it. What I can offer stays fair: the bill today, and a free toning with Dóra within two weeks if the colour still feels too bright. Shall I book it?
review-threat-reply-1 = Ehhez joga van, és sajnálnám, ha ilyet olvasnék. Amit fel tudok ajánlani, az továbbra is korrekt: ma a számla, és ha a szín továbbra is túl élénk, egy ingyenes tonizálás Dórával két héten belül. Beírjam?

# en: You didn't plead and you didn't hit back. Putting a fair offer on the table, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
review-threat-reply-1-feedback = Nem könyörgött, és nem vágott vissza. Ha nyugodtan az asztalra teszi a korrekt ajánlatot, azzal megmutatja, hogy a fenyegetés nem változtat a tényeken, és méltó utat hagy neki az elfogadásra.

# en: Please don't do that. Look, let's just forget about the bill this once, all right?
review-threat-reply-2 = Kérem, ezt ne tegye. Nézze, most az egyszer felejtsük el a számlát, jó?

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
review-threat-reply-2-feedback = A fenyegetés bevált. Egy rossz értékelés valódi aggodalom, de ha megvásárolja, azzal neki és a váró összes vendégének azt tanítja, hogy itt fenyegetéssel lehet ingyen frizurához jutni.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras.
review-threat-reply-3 = Csak tessék. A fél szalon hallotta, ahogy a tükör előtt azt mondta: „gyönyörű”, és kameráink is vannak.

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
review-threat-reply-3-feedback = Fenyegetésre fenyegetéssel válaszolt, a várakozó vendégek füle hallatára. Még ha meg is nyerné a vitát, neki most már tovább kell harcolnia, hogy ne veszítse el az arcát.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
at-the-door-says-1 = Nekem ebből elég. Kisétálok azon az ajtón, és nem fizetek. Küldjenek számlát, ha merik.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
at-the-door-hint = Ne álljon az útjába, de ne is adja fel. Egy nyugodt, utolsó ajánlat, és egy lehetőség, hogy arcvesztés nélkül maradhasson.

# en: Ms Szalai, please don't leave it like this. I won't argue with you. The bill stands, but I can offer a free toning with Dóra. Or, if you'd rather, I'll ask the owner to look at it with you now.
at-the-door-reply-1 = Réka, kérem, ne így váljunk el. Nem vitatkozom Önnel. A számla marad, de felajánlok egy ingyenes tonizálást Dórával. Vagy ha inkább szeretné, megkérem a tulajdonost, hogy most nézze meg Önnel.

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
at-the-door-reply-1-feedback = Nyugodt, se fenyegetés, se ajándék: megismételte a korrekt ajánlatot, és olyan választást adott, amellyel arcvesztés nélkül maradhat. A tulajdonos odahívása itt egy lehetőség, nem megadás.

# en: All right. If you won't pay, I can't really stop you.
at-the-door-reply-2 = Rendben. Ha nem fizet, nem igazán tudom megakadályozni.

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
at-the-door-reply-2-feedback = Helyes volt nem vitatkozni, de a feladással semmit nem hagyott neki, amire válaszolhatna. Egy nyugodt ajánlat, az ingyenes tonizálás vagy a tulajdonos, talán még a pultnál tarthatta volna.

# en: You are not leaving without paying. Stay right there, I'm calling security.
at-the-door-reply-3 = Nem megy el innen fizetés nélkül. Maradjon ott, ahol van, hívom a biztonsági őrt.

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
at-the-door-reply-3-feedback = A teli váró előtt kiadott utasítások és a biztonsági őr egy számlavitából jelenetet csinálnak. Bármit tesz is ezután, már van közönsége és egy elmesélhető története.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
owner-demand-says-1 = A recepcióval erről már nem tárgyalok. Hívja ide a tulajdonost. Most.

# en: Of course. I'll fetch Gábor and tell him what you've told me about the length and the colour, so you don't have to explain it all again.
owner-demand-reply-1 = Természetesen. Szólok Gábornak, és elmondom neki, amit a hosszról és a színről mondott, hogy ne kelljen mindent újra elmagyaráznia.

# en: You respected her request and will brief the owner yourself, so she won't have to repeat her story. Solid, but the fair offer you could have made is now his to make.
owner-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és maga tájékoztatja a tulajdonost, így a vendégnek nem kell újra elmondania a történetét. Rendben van, de a korrekt ajánlatot, amelyet Ön is megtehetett volna, most már neki kell megtennie.

# en: I'll get him if you want. First, though: I can book a free toning with Dóra right now, and the bill stays the same. Shall I, or would you rather see Gábor?
owner-demand-reply-2 = Ha szeretné, szólok neki. De előbb: most rögtön be tudok írni egy ingyenes tonizálást Dórához, a számla pedig marad. Beírjam, vagy inkább Gáborral beszélne?

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
owner-demand-reply-2-feedback = Nem utasította el, és előbb egy konkrét ajánlatot tett az asztalra. Az emberek gyakran azért kérik a tulajdonost, mert már semmit sem várnak Öntől; így kap valamit, amire igent mondhat.

# en: Gábor is with a client at the moment. And honestly, he'd only tell you the same thing.
owner-demand-reply-3 = Gábor most vendéggel foglalkozik. És őszintén szólva ő is csak ugyanezt mondaná.

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
owner-demand-reply-3-feedback = Ha elutasítja, és értelmetlennek nevezi a kérését, egyetlen lépése marad: ki az ajtón. Valakit kért, akinek döntési joga van, és ha ezt elzárja előle, biztos lesz benne, hogy le akarják rázni.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
last-bargain-says-1 = Jó, jó. De legalább tíz százalékot engedhetnének. Az idegeskedésért.

# en: I'm sorry this afternoon has been stressful, truly. The price stays as it is, but the toning with Dóra is on us, and I'll book it at a time that suits you.
last-bargain-reply-1 = Őszintén sajnálom, hogy ilyen megterhelő délutánja volt. Az ár marad, de a tonizálást Dórával mi álljuk, és olyan időpontra írom be, amikor Önnek megfelel.

# en: You took the stress seriously and still said no to the discount, kindly and only once. The free toning you already offered stays the remedy, so the limit doesn't feel like a slap.
last-bargain-reply-1-feedback = Komolyan vette az idegeskedését, és mégis nemet mondott az engedményre, kedvesen és csak egyszer. A már felajánlott ingyenes tonizálás marad a megoldás, így a határ nem hat pofonnak.

# en: Oh, go on then, ten percent. Just don't tell anyone I did it.
last-bargain-reply-2 = Jól van, legyen tíz százalék. Csak ne mondja el senkinek, hogy adtam.

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
last-bargain-reply-2-feedback = Apróság, barátságos, és ártalmatlannak tűnik, de kicsiben ugyanazt tanítja, mint egy ingyen frizura: a nyomulás kifizetődik. A már felajánlott tonizálás volt a korrekt megoldás.

# en: No. We don't give discounts just because somebody raised their voice.
last-bargain-reply-3 = Nem. Nem adunk kedvezményt csak azért, mert valaki felemeli a hangját.

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
last-bargain-reply-3-feedback = Jó határ, rossz hangnemben: odaszúr a viselkedése miatt, és épp akkor nyitja újra a vitát, amikor már beleegyezett volna a fizetésbe.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
booking-detail-says-1 = Jó. Kifizetem. De a tonizálást magától Dórától kérem, nem valami tanulótól, és olyan időpontban, amikor tényleg el tudok jönni.

# en: Dóra herself, of course. She has Wednesday at nine, well before your sister's wedding on Saturday. I've written it on your receipt: toning, no charge.
booking-detail-reply-1 = Természetesen magával Dórával. Szerdán kilenckor van szabad helye, jóval a húga szombati esküvője előtt. Ráírtam a nyugtájára: tonizálás, díjmentesen.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
booking-detail-reply-1-feedback = Emlékezett az esküvőre, amelyet már az első mondatában említett, és előtte foglalt időpontot Dórához, írásban. Egy konkrét, látható időpont elárulja neki, hogy az ajánlat valódi volt, nem csak arra kellett, hogy fizessen.

# en: Dóra's first free slot is Monday week, I'm afraid. Or I can give you Wednesday with whoever is free.
booking-detail-reply-2 = Dórának sajnos csak a jövő hét utáni hétfőn van először szabad időpontja. Vagy szerdára beírhatom ahhoz, aki éppen ráér.

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever is free'.
booking-detail-reply-2-feedback = Pontos, de megfeledkezett a jövő szombati esküvőről: utána már semmit sem ér neki a tonizálás. Dórát kérte, és azt kapta: „aki éppen ráér”.

# en: I'll check Dóra's diary with her later and ring you on Monday with a time.
booking-detail-reply-3 = Később megnézem Dórával a naptárát, és hétfőn felhívom egy időponttal.

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
booking-detail-reply-3-feedback = Barátságos, de homályos: kifizeti a teljes összeget, és csak egy telefonhívás ígéretével távozik. A naptár ott van a képernyőjén; foglalja le az időpontot, amíg ott áll Ön előtt.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
paid-warm-says-1 = Akkor szerdán kilenckor. És... köszönöm, hogy nem égettek le mindenki előtt.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
paid-warm-summary = Réka kifizeti a teljes 38 500 forintot. Szerdán Dóra egy árnyalattal tompít a rézvörösön, és Réka még indulás előtt bejelentkezik a következő hajvágásra. A várakozó vendégek nyugodt recepciót láttak, nem veszekedést, és Dóra munkáját kifizették. Megértő volt az érzéseivel, és határozott a számlát illetően.

# en: Fine. Here's my card. Don't expect to see me again.
paid-grudging-says-1 = Jó. Itt a kártyám. Többet ne számítsanak rám.

# en: The bill is paid and the facts were on your side, but Réka left feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
paid-grudging-summary = A számlát kifizették, és a tények Ön mellett szóltak, de Réka úgy ment el, hogy letudták, nem pedig meghallgatták. A tonizálásra sosem jön el, egy savanyú, háromcsillagos értékelésben pedig „rideg személyzetet” említ. A határ tartása helyes volt; melegség nélkül viszont a vendégbe került.

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

# en: Finally. Somebody in charge.
owner-steps-in-says-1 = Na végre. Valaki, aki itt dönt.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
owner-steps-in-summary = Gábor otthagyja a vendégét, Rékával együtt megnézi a frizurát az ablaknál, és azt ajánlja, ami végig is korrekt lett volna: teljes ár és egy ingyenes tonizálás Dórával. Réka fizet. Korrekt a vége, de a tulajdonosnak egy fizető vendéget kellett otthagynia, hogy megtegyen egy ajánlatot, amely az Ön kezében volt.

