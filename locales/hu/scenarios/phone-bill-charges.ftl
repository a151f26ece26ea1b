### Defuse scenario `phone-bill-charges` (The subscription nobody ordered) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The subscription nobody ordered
title = Az előfizetés, amit senki sem rendelt meg

# en: You answer the customer chat of a mobile operator. The customer has found charges on his bill from a partner service he says he never ordered. He has already called the hotline about it once, and he is writing in capitals.
brief = Egy mobilszolgáltató ügyfélszolgálati chatjén válaszol. Az ügyfél a számláján egy partnerszolgáltatás díjait találta, amelyet elmondása szerint sosem rendelt meg. Emiatt egyszer már felhívta a telefonos ügyfélszolgálatot, és most csupa nagybetűvel ír.

# en: Tibor Varga
customer-name = Varga Tibor

# en: found four charges of 1,490 forints from a 'MobilPlay Club' on his bill, a service he never ordered
customer-trait-1 = négy 1490 forintos tételt talált a számláján egy „MobilPlay Club” nevű szolgáltatástól, amelyet sosem rendelt meg

# en: was told on the hotline last week: 'that's the partner's business, not ours'
customer-trait-2 = múlt héten a telefonos ügyfélszolgálaton azt mondták neki: „az a partner dolga, nem a miénk”

# en: has been with the operator for 14 years and uses his phone for calls and the weather forecast
customer-trait-3 = 14 éve ügyfele a szolgáltatónak, a telefonját hívásokra és az időjárás-előrejelzésre használja

# en: What? I don't understand what that's supposed to mean. I just want these MobilPlay charges off my bill and my money back.
neutral-says-1 = Tessék? Nem értem, ez mit akar jelenteni. Csak azt akarom, hogy lekerüljenek a számlámról ezek a MobilPlay-tételek, és visszakapjam a pénzemet.

# en: Is that supposed to be an answer? I NEVER ordered this 'MobilPlay Club'. Tell me in plain words what you're doing about my money.
neutral-says-2 = Ez akar lenni a válasz? SOHA nem rendeltem meg ezt a „MobilPlay Club”-ot. Mondja meg érthetően, mit tesz a pénzem ügyében.

# en: WHAT IS 'MOBILPLAY CLUB'?? Four charges of 1,490 forints on my bill and I never ordered ANYTHING. I called your hotline last week and was told 'that's the partner's business, not ours'. So who is taking my money? Are you in on this scam or what?
opening-says-1 = MI AZ A „MOBILPLAY CLUB”?? Négyszer 1490 forint a számlámon, és én SEMMIT nem rendeltem. Múlt héten felhívtam a telefonos ügyfélszolgálatukat, és azt mondták: „az a partner dolga, nem a miénk”. Akkor ki viszi el a pénzemet? Maguk is benne vannak ebben a csalásban, vagy mi?

# en: I want an explanation. There are FOUR charges on my bill from some 'MobilPlay Club', 1,490 forints each. I never signed up for anything. Last week your colleague said 'that's the partner's business, not ours' and that was that. Well, it's YOUR bill. Is this a scam?
opening-says-2 = Magyarázatot kérek. NÉGY tétel van a számlámon valami „MobilPlay Club” nevű izétől, darabja 1490 forint. Soha semmire nem fizettem elő. Múlt héten a kollégájuk azt mondta: „az a partner dolga, nem a miénk”, és ennyi. Csakhogy a számla a MAGUKÉ. Ez valami csalás?

# en: He has written three things: charges he never ordered, last week's brush-off, and his fear of fraud. Show him you read all three, and don't answer the capitals in kind.
opening-hint = Három dolgot írt: díjakat, amelyeket sosem rendelt meg, a múlt heti lerázást, és hogy csalástól tart. Mutassa meg, hogy mindhármat elolvasta, és a nagybetűkre ne nagybetűkkel feleljen.

# en: I'm sorry about this, Mr Varga, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay itself.
opening-reply-1 = Sajnálom, Varga úr, de a partnerszolgáltatásokat külön cégek üzemeltetik. Mi csak beszedjük helyettük a díjat, ezért a lemondást magánál a MobilPlaynél kell intéznie.

# en: Accurate, and almost word for word what the hotline told him last week. The 'but' cancels the apology, and he hears a second time that the company whose name is on the bill won't take his problem.
opening-reply-1-feedback = Pontos, és szinte szóról szóra az, amit múlt héten a telefonos ügyfélszolgálaton mondtak neki. A „de” kioltja a bocsánatkérést, és másodszor is azt hallja, hogy az a cég, amelynek a neve a számláján áll, nem vállalja a problémáját.

# en: I can assure you, Mr Varga, that we are not running any scam. We are a licensed operator, and every partner service on our network is checked and fully legal.
opening-reply-2 = Biztosíthatom, Varga úr, hogy semmiféle csalásban nem veszünk részt. Engedéllyel működő szolgáltató vagyunk, és a hálózatunkon minden partnerszolgáltatás ellenőrzött és teljesen legális.

# en: You defended the company against the word 'scam' before you had looked at his money. Now he has to prove he was robbed, so he will push harder, and louder.
opening-reply-2-feedback = A céget védte a „csalás” szótól, mielőtt egyáltalán megnézte volna a pénzét. Most neki kell bizonyítania, hogy meglopták, ezért még erősebben és még hangosabban fog nyomulni.

# en: Hello Mr Varga, Kata here. Four MobilPlay charges you never ordered, nobody telling you who is taking your money, and a brush-off last week. Have I got that right?
opening-reply-3 = Jó napot, Varga úr, Kata vagyok. Négy MobilPlay-díj, amit nem rendelt meg, senki sem mondja meg, ki viszi a pénzét, és múlt héten lerázták. Jól értem?

# en: A greeting with your name, then his three points in one line: the charges, the unanswered question of who is taking the money, and last week's brush-off. Asking him to confirm lets him say 'yes' for the first time in a week.
opening-reply-3-feedback = Köszönés és bemutatkozás, aztán egy sorban a három pontja: a díjak, a megválaszolatlan kérdés, hogy ki viszi a pénzt, és a múlt heti lerázás. Azzal, hogy megerősítést kér, egy hét után először mondhat „igent”.

# en: Mr Varga, I'm sorry you were sent away last week. Let me look into these MobilPlay charges right now. Which number are they on?
opening-reply-4 = Varga úr, sajnálom, hogy múlt héten lerázták. Most rögtön megnézem ezeket a MobilPlay-díjakat. Melyik számon vannak?

# en: Good instincts: an apology for the hotline and a move straight to his account. What it misses is his fear: he asked whether he is being scammed, and the best reply showed him that question had been heard too, before moving on.
opening-reply-4-feedback = Jó érzékkel reagált: bocsánatot kért a telefonos ügyfélszolgálat miatt, és egyenesen a számlájához lépett. Ami kimarad, az a félelme: azt kérdezte, átverik-e, és a legjobb válasz megmutatta neki, hogy ezt a kérdést is meghallotta, mielőtt továbblépett.

# en: Hello Mr Varga, and thank you for contacting us. I can help with any billing question. To start, please send me your phone number and the account holder's date of birth.
opening-reply-5 = Jó napot, Varga úr, köszönöm, hogy megkeresett minket. Bármilyen számlázási kérdésben segítek. Első lépésként kérem, küldje el a telefonszámát és az előfizető születési dátumát.

# en: Courteous, and it reads like the automatic greeting of every chat window. He asked whether he is being robbed and got a form to fill in, which tells him his message went unread.
opening-reply-5-feedback = Udvarias, és úgy hat, mint bármelyik chatablak automatikus köszöntése. Azt kérdezte, meglopják-e, és egy kitöltendő űrlapot kapott, amiből azt érti, hogy az üzenetét senki sem olvasta el.

# en: Yes. That's it. And don't you tell me to calm down, the man on the hotline did that too. I've been calm for a week. Now who is taking my money?
confirmed-says-1 = Igen. Pontosan. És nehogy azt mondja, hogy nyugodjak meg, a telefonos kolléga is ezt mondta. Egy hete türtőztetem magam. Szóval ki viszi a pénzemet?

# en: Yes, that's exactly it. And don't tell me to calm down, I had enough of that from your hotline. I've been patient for a week. So who's got my money?
confirmed-says-2 = Igen, pontosan így van. És ne mondja, hogy nyugodjak meg, abból elegem lett a telefonos ügyfélszolgálaton. Egy hete türelmes vagyok. Akkor kinél van a pénzem?

# en: He has told you what not to say. Let him see calm in the way you write, and move to his money.
confirmed-hint = Megmondta, mit ne mondjon neki. Az írásából lássa a nyugalmat, és térjen rá a pénzére.

# en: Of course not, Mr Varga. Your satisfaction matters to us, and I'm here to help in any way I can. Could you confirm the number the charges are on?
confirmed-reply-1 = Dehogy, Varga úr. Fontos nekünk az Ön elégedettsége, és mindenben szívesen segítek. Megerősítené, melyik telefonszámon jelentek meg a díjak?

# en: Nothing wrong in it, and nothing for him in it either. 'Your satisfaction matters to us' is the line printed on every letter he has had from the company; he asked a plain question and got a slogan.
confirmed-reply-1-feedback = Nincs benne semmi rossz, és semmi sincs benne neki. „Fontos nekünk az Ön elégedettsége”: ez a mondat áll a cég minden levelén; egyszerű kérdést tett fel, és szlogent kapott.

# en: I won't. A week of this would make anyone angry. Let's find out where your money is going: which number are the charges on?
confirmed-reply-2 = Nem mondom. Egy ilyen hét után bárki dühös lenne. Derítsük ki, hová megy a pénze: melyik számon vannak a díjak?

# en: No request for calm and no defence of the hotline: a level answer, a word for his week, and the next step. Calm he can see in your writing does more for his capitals than any request could.
confirmed-reply-2-feedback = Se kérés, hogy nyugodjon meg, se a kolléga védelme: higgadt válasz, egy szó a hetéről, és a következő lépés. Az írásában látható nyugalom többet tesz a nagybetűi ellen, mint bármilyen kérés.

# en: I wasn't going to, sir. But it honestly goes faster for both of us if we keep the chat polite, so let's take it one step at a time, all right?
confirmed-reply-3 = Nem is akartam, uram. De őszintén szólva mindkettőnknek gyorsabban megy, ha udvarias hangon folytatjuk, úgyhogy vegyük szépen sorjában, rendben?

# en: He asked you not to tell him to calm down, and you did it anyway in politer words. 'Keep the chat polite' tells him his tone is the problem, not the 5,960 forints.
confirmed-reply-3-feedback = Arra kérte, ne mondja neki, hogy nyugodjon meg, és Ön mégis megtette, csak udvariasabban. Az „udvarias hangon” azt üzeni, hogy a hangneme a baj, nem az 5960 forint.

# en: I won't, Mr Varga. Let me open your account now and look at these charges. Which number are they on?
confirmed-reply-4 = Nem mondom, Varga úr. Megnyitom a fiókját, és megnézem ezeket a díjakat. Melyik számon vannak?

# en: Steady and practical, and it keeps his request. What it leaves out is the week he has had: the best reply gave that one short sentence before the question, and he would have felt it.
confirmed-reply-4-feedback = Higgadt és gyakorlatias, és tiszteletben tartja a kérését. Ami kimarad, az a hete: a legjobb válasz egy rövid mondatot szánt rá a kérdés előtt, és ezt érezte volna.

# en: I'm sorry about my colleague. The hotline takes hundreds of calls a day and they're trained to pass partner questions on, so that's where that answer came from.
confirmed-reply-5 = Elnézést kérek a kollégám miatt. A telefonos ügyfélszolgálat naponta több száz hívást fogad, és arra tanították őket, hogy a partneres kérdéseket továbbítsák, onnan jött az a válasz.

# en: Explaining how the hotline is trained still defends it. He didn't ask why he was brushed off; he asked who is taking his money, and that is still unanswered.
confirmed-reply-5-feedback = Ha elmagyarázza, hogyan képzik a telefonos kollégákat, azzal még mindig őket védi. Nem azt kérdezte, miért rázták le; azt kérdezte, ki viszi a pénzét, és erre még mindig nincs válasz.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = PONTOSAN EZT MONDTÁK MÚLT HÉTEN IS. Nekem semmiféle „partnerrel” nincs szerződésem. MAGUKKAL van szerződésem. MAGUK küldték a számlát. MAGUK emelték le a pénzt a bankszámlámról. Úgyhogy ne küldözgessenek máshoz!

# en: Sir, please stop writing in capital letters. I can't help you while you're shouting at me in the chat, and I would really like to help you.
partner-again-reply-1 = Uram, kérem, ne írjon csupa nagybetűvel. Nem tudok segíteni, amíg kiabál velem a chaten, pedig tényleg szeretnék segíteni Önnek.

# en: Capitals are his raised voice. Asking him to lower it says his anger is the problem, not the charges, and he has just been sent away twice. An even reply would have ended the capitals sooner.
partner-again-reply-1-feedback = A nagybetű az ő felemelt hangja. Ha arra kéri, hogy halkítsa le, azt mondja vele, hogy a dühe a baj, nem a díjak, pedig már kétszer lerázták. Egy kiegyensúlyozott válasz hamarabb véget vetett volna a nagybetűknek.

# en: You're right: it's our bill, so it's ours to sort out. I'll handle it myself; you won't have to contact MobilPlay. Which number is it on?
partner-again-reply-2 = Igaza van: a mi számlánk, tehát nekünk kell rendbe tenni. Én magam intézem; a MobilPlayt nem kell megkeresnie. Melyik számon van?

# en: You agreed with the one point he is sure of, that the bill is yours, and took the case. 'You won't have to contact MobilPlay' answers his real fear: being sent on a third time.
partner-again-reply-2-feedback = Igazat adott neki abban az egyben, amiben biztos: hogy a számla az Önöké, és átvette az ügyet. „A MobilPlayt nem kell megkeresnie”: ez a valódi félelmére felel, hogy harmadszor is továbbküldik.

# en: You're right that it's on our bill, Mr Varga, but the service belongs to the partner, so the refund has to come from them. I can give you their customer line.
partner-again-reply-3 = Igaza van, hogy a mi számlánkon szerepel, Varga úr, de a szolgáltatás a partneré, így a visszatérítésnek is tőlük kell jönnie. Megadhatom az ügyfélszolgálatuk számát.

# en: It opens by agreeing and then sends him exactly where he said he would not go. A phone number for another company is last week's answer with better manners.
partner-again-reply-3-feedback = Egyetértéssel kezdi, aztán pont oda küldi, ahová ő megmondta, hogy nem megy. Egy másik cég telefonszáma a múlt heti válasz, csak szebb modorban.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = Á, SZÓVAL „LEGÁLIS”? Akkor egy legális cég miért szed pénzt valamiért, amit SOHA nem rendeltem meg? Nem érdekel az engedélyük. VISSZA AKAROM KAPNI A PÉNZEMET.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about licences. Which number is it on?
shouting-reply-1 = Joggal dühös: pénz ment el a számlájáról valamiért, amit sosem kért. Nem vitatkozom az engedélyekről. Melyik számon van?

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in answer to capitals bring the chat back down to your level.
shouting-reply-1-feedback = Jogosnak fogadta el a dühét, és elengedte a vitát, amit Ön kezdett. A nagybetűkre adott rövid, nyugodt mondatok visszahozzák a chatet az Ön hangszintjére.

# en: I do understand, sir, but I can't promise any refund before I've checked the whole account properly. Please be patient with me for a moment while I look.
shouting-reply-2 = Értem, uram, de nem ígérhetek visszatérítést, amíg alaposan át nem néztem az egész fiókot. Kérem, legyen egy kis türelemmel, amíg megnézem.

# en: True, and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = Igaz, és nyugodtan mondja, de csak a pénzre felel. Ő becsapva érzi magát, és a „legyen türelemmel” úgy hangzik, mintha azt akarná, hogy ezt ne érezze.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me get a word in.
shouting-reply-3 = Én csak elmagyarázom, hogyan működik, uram. SEGÍTENI PRÓBÁLOK ÖNNEK, ha végre szóhoz engedne.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = Ha a nagybetűre nagybetűvel válaszol, a chatből kiabálás lesz, a „ha végre szóhoz engedne” pedig már Önről szól. Minél nyugodtabban ír, annál hamarabb halkítja le ő is a hangját.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = Elég. Már kétszer körbeküldözgettek. Kapcsolja a vezetőjét, vagy megyek a fogyasztóvédelemhez.

# en: I'll put you through to a supervisor now, Mr Varga. The current waiting time is around 25 minutes, and they will be able to look at your account.
supervisor-demand-reply-1 = Kapcsolom egy vezetőhöz, Varga úr. A várakozási idő most nagyjából 25 perc, és ők majd meg tudják nézni a fiókját.

# en: It does what he asked, but the case leaves your hands unsolved and he waits 25 minutes to tell it a third time. One concrete offer before the transfer might have kept him.
supervisor-demand-reply-1-feedback = Megteszi, amit kért, de az ügy megoldatlanul kerül ki a kezéből, és ő 25 percet vár, hogy harmadszor is elmondja. Egy konkrét ajánlat az átkapcsolás előtt talán megtartotta volna.

# en: I'll put you through if you still want that. But first I can stop the MobilPlay charges on your number, right now, while we're chatting. Shall I?
supervisor-demand-reply-2 = Kapcsolom, ha továbbra is szeretné. De előbb le tudom állítani a MobilPlay-díjakat a számán, most rögtön, chat közben. Megtegyem?

# en: You respected his request and offered the one thing he wants most, which you control. Customers often ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-2-feedback = Tiszteletben tartotta a kérését, és felajánlotta azt, amit a legjobban szeretne, és ami az Ön kezében van. Az ügyfelek sokszor csak azért kérnek vezetőt, mert feladták a reményt azzal kapcsolatban, akivel beszélnek.

# en: I'll ask my team leader, Ágnes, to join this chat. I'll give her the whole story first, so you won't repeat a word, and I'll stay until she's here.
supervisor-demand-reply-3 = Megkérem a csoportvezetőmet, Ágnest, hogy csatlakozzon a chathez. Előbb elmondok neki mindent, hogy Önnek egy szót se kelljen ismételnie, és itt maradok, amíg megérkezik.

# en: A good handover: a name, the whole story passed on, and you stay until she arrives. Still, he has been passed along twice already; the best reply first offered to stop the charges yourself, which is what he came for.
supervisor-demand-reply-3-feedback = Jó átadás: egy név, a teljes történet továbbadva, és Ön ott marad, amíg megérkezik. Mégis, őt már kétszer továbbpasszolták; a legjobb válasz először felajánlotta, hogy Ön maga állítja le a díjakat, márpedig ő éppen ezért jött.

# en: A supervisor will tell you exactly the same thing, I'm afraid: partner charges are handled by the partner, and neither of us can change how that works.
supervisor-demand-reply-4 = Attól tartok, egy vezető is pontosan ugyanezt mondaná: a partnerdíjakat a partner kezeli, és ezen egyikünk sem tud változtatni.

# en: You refused him and told him that asking anyone else would be pointless. With every door closed, the only move left to him is to leave.
supervisor-demand-reply-4-feedback = Elutasította, és azt mondta neki, hogy bárki mást kérdezni értelmetlen. Ha minden ajtó zárva, egyetlen lépés marad neki: elmenni.

# en: It's 30 412 7785. And I'll say it once more: I don't play games. Calls and the weather forecast, that's all. I've barely slept this week, I thought someone had got into my bank account.
number-check-says-1 = 30 412 7785. És még egyszer mondom: én nem játszom a telefonon. Hívások és az időjárás-jelentés, ennyi. Egész héten alig aludtam, azt hittem, valaki hozzáfért a bankszámlámhoz.

# en: My number is 30 412 7785. I've never played a game on that phone in my life. Calls and the weather, nothing else. I've been lying awake thinking someone had got at my bank account.
number-check-says-2 = A számom 30 412 7785. Életemben nem játszottam azon a telefonon. Hívások és az időjárás, semmi más. Éjszakánként azon rágódtam, hogy valaki hozzáfért a bankszámlámhoz.

# en: Besides the number, he has told you what this week was like for him. Answer that before the technical part.
number-check-hint = A számon kívül azt is elmondta, milyen hete volt. Erre feleljen, mielőtt a technikai részre térne.

# en: Thank you, Mr Varga. I can see it: MobilPlay Club, 1,490 a week since 18 March. I've stopped the subscription, so no new charge can come from it.
number-check-reply-1 = Köszönöm, Varga úr. Látom: MobilPlay Club, heti 1490 forint március 18. óta. Leállítottam az előfizetést, úgyhogy új díj már nem jöhet belőle.

# en: A real act, and fast: the charges stop today, which is more than the hotline gave him. But he had just told you he was lying awake over his bank account, and you went straight past it; the best reply settled that fear first.
number-check-reply-1-feedback = Valódi és gyors lépés: a díjak ma megszűnnek, ami több, mint amit a telefonos ügyfélszolgálattól kapott. De épp elmondta, hogy a bankszámlája miatt nem alszik, és Ön elsiklott fölötte; a legjobb válasz előbb ezt a félelmet oszlatta el.

# en: Thank you. So that I can open the right case, could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = Köszönöm. Hogy a megfelelő ügyet nyissam meg, megírná a szolgáltatás nevét a számláról és a kiszámlázott összegeket?

# en: He wrote both in his very first message, in capitals. Asking for them again confirms what he suspects most: that nobody at this company reads what he writes.
number-check-reply-2-feedback = Mindkettőt megírta már a legelső üzenetében, nagybetűvel. Ha újra megkérdezi, azt erősíti meg, amit a legjobban gyanít: hogy ennél a cégnél senki sem olvassa el, amit ír.

# en: Thank you. I've passed your complaint on to our billing team with your number, and they will contact you about the charges within five working days.
number-check-reply-3 = Köszönöm. A panaszát a számával együtt továbbítottam a számlázási csapatunknak, és öt munkanapon belül keresni fogják a díjak ügyében.

# en: 'Passed on' is the hotline's answer in new words. He came to the chat for someone who acts, and in his first minutes here the case left your hands.
number-check-reply-3-feedback = A „továbbítottam” a telefonos ügyfélszolgálat válasza új szavakkal. Azért jött a chatre, hogy valaki tegyen is valamit, és az első perceiben az ügy kikerült a kezéből.

# en: Thank you. A week of lying awake over your bank account, that's awful. It's safe: this came only through the phone bill, and I've stopped it.
number-check-reply-4 = Köszönöm. Egy hét álmatlanság a bankszámlája miatt: ez szörnyű. A bankszámlája biztonságban van, ez csak a telefonszámlán jött, és már leállítottam.

# en: You answered the sleepless week before the subscription: his bank account is safe, and then the charges are stopped. Once the fear is gone, what is left is a billing problem, and he can talk about that.
number-check-reply-4-feedback = Az álmatlan hetére felelt az előfizetés előtt: a bankszámlája biztonságban van, aztán a díjak leállítva. Ha a félelem elmúlt, ami marad, az egy számlázási gond, és arról már tud beszélni.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = AZ ELSŐ ÜZENETEMBEN LEÍRTAM. „MobilPlay Club”. 1490. NÉGYSZER. Olvassa egyáltalán valaki, amit írok?

# en: I'm sorry, Mr Varga, I do have to confirm the details for our records; it's the standard procedure on every billing complaint. Thank you for your patience.
repeat-annoyed-reply-1 = Elnézést, Varga úr, a nyilvántartásunk miatt meg kell erősítenem az adatokat; minden számlapanasznál ez az eljárás. Köszönöm a türelmét.

# en: A procedure quoted in answer to 'does anybody read what I write?' proves his point. He needed to hear from a person who had read it.
repeat-annoyed-reply-1-feedback = Egy eljárásra hivatkozni arra a kérdésre, hogy „olvassa-e valaki, amit írok?”, épp az ő igazát bizonyítja. Egy olyan embertől kellett volna hallania, aki elolvasta.

# en: You did, and I'm sorry I asked again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it.
repeat-annoyed-reply-2 = Így van, és sajnálom, hogy újra megkérdeztem. MobilPlay Club, négyszer 1490: most itt van előttem, és már le is állítottam.

# en: You owned the slip at once, gave his details back to show you have them, and added a real step. A small mistake admitted quickly costs less than one defended.
repeat-annoyed-reply-2-feedback = Azonnal vállalta a botlást, visszaadta az adatait, hogy lássa, megvannak, és valódi lépést tett hozzá. Egy gyorsan beismert kis hiba kevesebbe kerül, mint ha védekezik miatta.

# en: You did, sorry. I've got several chats open at once and your first message scrolled out of view. Could you just give me the total again?
repeat-annoyed-reply-3 = Így van, elnézést. Egyszerre több chat is nyitva van nálam, és az első üzenete kicsúszott a képernyőről. Megírná még egyszer a végösszeget?

# en: Honest about the cause, but it tells him he is one of several windows, and then asks him to type it a third time. The details were one scroll away.
repeat-annoyed-reply-3-feedback = Őszinte az okot illetően, de azt mondja neki, hogy ő csak egy a sok ablak közül, aztán harmadszor is begépelteti vele. Az adatok egy görgetésnyire voltak.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
how-did-it-happen-says-1 = Rendben. De előbb magyarázza el nekem: HOGY kerül a számlámra egy cég, amiről sosem hallottam? Valaki ellopta a számomat? Mert innen nézve ez így néz ki.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
how-did-it-happen-says-2 = Jó. De valamit meg akarok érteni. Hogy tehet díjakat az ÉN telefonszámlámra egy cég, amiről még csak nem is hallottam? Valaki ellopta a számomat, vagy mi?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
how-did-it-happen-hint = Kerülje a belső szakkifejezéseket, például a „harmadik fél általi számlázás” vagy az „emelt díjas SMS” kifejezést. Úgy magyarázza el, ahogy a szomszédjának tenné, és feleljen a valódi félelmére.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself, not the network.
how-did-it-happen-reply-1 = Ez egy harmadik fél általi közvetlen szolgáltatói számlázású előfizetés, prémium MT SMS-sel aktiválva március 18-án. A VAS-szolgáltatásért a tartalomszolgáltató felel, nem a hálózat.

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to a man who uses his phone for the weather, and jargon makes an angry customer feel talked down to.
how-did-it-happen-reply-1-feedback = Pontos, de egy kollégának szól. Az „MT SMS” és a „VAS” semmit sem jelent annak, aki az időjárás miatt használja a telefonját, és a szakzsargontól a dühös ügyfél úgy érzi, lekezelik.

# en: In plain words: nobody stole your number. Some companies may charge a phone bill the way a shop charges a card; one tap on an advert starts it.
how-did-it-happen-reply-2 = Egyszerűen mondva: senki sem lopta el a számát. Egyes cégek a telefonszámlára terhelhetnek, ahogy egy bolt a bankkártyára; egyetlen koppintás egy hirdetésen elindítja.

# en: You answered his fear first (his number is safe) and then the how, with a comparison he already knows. Once he understands what happened, much of the fear, and the anger, goes out of it.
how-did-it-happen-reply-2-feedback = Előbb a félelmére felelt (a száma biztonságban van), aztán a hogyanra, egy olyan hasonlattal, amit ismer. Ha megérti, mi történt, a félelem, és vele a düh nagy része is elszáll.

# en: Our records show the subscription was confirmed from your phone on 18 March, through a tap on an advert, so it was started from your own device.
how-did-it-happen-reply-3 = A nyilvántartásunk szerint az előfizetést március 18-án az Ön telefonjáról erősítették meg, egy hirdetésre koppintva, vagyis a saját készülékéről indult.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice he never ordered anything, and his question about theft got an accusation back.
how-did-it-happen-reply-3-feedback = Lehet, hogy a nyilvántartás ezt mutatja, de így felolvasva azt jelenti: „Ön maga csinálta”. Kétszer mondta, hogy semmit sem rendelt, és a lopásról feltett kérdésére vádat kapott.

# en: Honestly, Mr Varga, these systems are complicated even for us. The main thing is that it's stopped now, so there's really nothing more to worry about.
how-did-it-happen-reply-4 = Őszintén szólva, Varga úr, ezek a rendszerek még nekünk is bonyolultak. A lényeg, hogy most már le van állítva, úgyhogy tényleg nincs miért aggódnia.

# en: Kindly meant, but he asked a direct question and was told not to worry about the answer. A man who suspects he is being robbed hears 'complicated' as 'we'd rather not say'.
how-did-it-happen-reply-4-feedback = Jó szándékú, de egyenes kérdést tett fel, és azt kapta, hogy ne foglalkozzon a válasszal. Aki azt gyanítja, hogy meglopják, a „bonyolult” szóból azt hallja: „inkább nem mondjuk meg”.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = Fogalmam sincs, mit jelent a fele. MT micsoda? VAS? Harminc évig buszt vezettem, nem vagyok mérnök. Mondja el normálisan: ki vitte el a pénzemet, és visszakapom-e?

# en: I'm sorry, that was jargon. MobilPlay billed you through us, probably after one tap on an advert. We took the money, so it's ours to put right.
jargon-confused-reply-1 = Elnézést, ez szakzsargon volt. A MobilPlay rajtunk keresztül terhelte Önt, valószínűleg egy hirdetésre koppintás után. Mi szedtük be a pénzt, így nekünk kell rendbe tenni.

# en: A short apology for the jargon and both of his questions answered in everyday words. 'It's ours to put right' is the sentence he has waited for since last week.
jargon-confused-reply-1-feedback = Egy rövid bocsánatkérés a zsargonért, és mindkét kérdésére hétköznapi szavakkal felelt. A „nekünk kell rendbe tenni” az a mondat, amire múlt hét óta vár.

# en: In plain words, it's a partner subscription. The partner took the money, not us, so any refund is really their decision and not something I can decide from here.
jargon-confused-reply-2 = Egyszerűen mondva: ez egy partneres előfizetés. A pénzt a partner vitte el, nem mi, így a visszatérítés valójában az ő döntésük, nem olyasmi, amiről én itt dönthetek.

# en: Plain words at last, and the same message the hotline gave him: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = Végre egyszerű szavak, és ugyanaz az üzenet, mint a telefonos ügyfélszolgálaton: „nem mi”. Az egyszerű nyelv csak akkor segít, ha abból, amit mond, kiderül, hogy van kire támaszkodnia.

# en: I'm sorry if it sounded complicated, sir. Those are just the official terms; I'm only reading out what the system shows me for your line.
jargon-confused-reply-3 = Sajnálom, ha bonyolultnak tűnt, uram. Ezek csak a hivatalos kifejezések; én csak felolvasom, amit a rendszer a vonaláról mutat.

# en: 'Sorry if it sounded complicated' puts the problem in his understanding, and 'I'm only reading out' steps back from the answer. He asked two plain questions and neither was answered.
jargon-confused-reply-3-feedback = A „sajnálom, ha bonyolultnak tűnt” az ő felfogásába teszi a hibát, az „én csak felolvasom” pedig hátralép a válasz elől. Két egyszerű kérdést tett fel, és egyikre sem kapott választ.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = SZÓVAL MOST ÉN VAGYOK A HIBÁS?? Én SEMMIT nem erősítettem meg. Mondtam már, hívásokra meg az időjárásra használom ezt a telefont. Hazugnak nevez?

# en: No, I don't mean that, but could someone else have used your phone, a grandchild perhaps? Kids tap these game adverts all the time without asking.
accused-reply-1 = Nem, nem erre gondolok, de lehet, hogy valaki más használta a telefonját, mondjuk egy unoka? A gyerekek kérdezés nélkül nyomkodják ezeket a játékhirdetéseket.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation, now aimed at his family. He told you what he uses the phone for.
accused-reply-1-feedback = Nyugodtabb napon jogos kérdés, de közvetlenül az „Ön maga csinálta” után második vádnak hangzik, ezúttal a családja ellen. Elmondta, mire használja a telefont.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows, and the system says the confirmation came from your phone, on 18 March.
accused-reply-2 = Nem nevezem semminek, uram. Csak azt mondom, amit a rendszer mutat, és a rendszer szerint a megerősítés az Ön telefonjáról jött, március 18-án.

# en: 'I'm only the messenger' and a second reading of the record: you are now arguing his word against the system's, and he will not stop until one of you wins.
accused-reply-2-feedback = „Én csak a hírvivő vagyok”, és a nyilvántartás újbóli felolvasása: most már az ő szava áll szemben a rendszerével, és addig nem hagyja abba, amíg egyikük nem nyer.

# en: No, I believe you. These adverts are built so that one stray tap is enough, and most people never notice. None of this is your fault.
accused-reply-3 = Nem, hiszek Önnek. Ezeket a hirdetéseket úgy tervezik, hogy egyetlen véletlen koppintás elég legyen, és a legtöbben észre sem veszik. Ebben semmi sem az Ön hibája.

# en: You took his word and took the blame off him in plain terms. He no longer has to prove he is honest, so he can stop fighting you and talk about his money.
accused-reply-3-feedback = Elfogadta a szavát, és egyértelműen levette róla a felelősséget. Már nem kell bizonyítania, hogy becsületes, így abbahagyhatja a harcot, és beszélhet a pénzéről.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = Na, ebből elég. Tizennégy éve vagyok maguknál, és így bánnak velem. Most azonnal kérek valakit Ön fölött. Vagy még ma felmondom a szerződésemet.

# en: Fourteen years, and this chat hasn't done you justice. I'll connect you if you like, but I can remove this month's charges myself, now. Shall I?
late-supervisor-reply-1 = Tizennégy év, és ez a chat nem bánt Önnel méltóan. Kapcsolom, ha szeretné, de az e havi díjakat most rögtön magam is levehetem. Megtegyem?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. The choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = Reagált a tizennégy évére, beismerte, hogy a chat rosszul ment, és felajánlott valamit, amit ott helyben megtehet. A döntés az övé marad, de most már van oka maradni.

# en: Certainly, Mr Varga. I've passed your case on to a supervisor, who will contact you within 48 hours by phone or by e-mail, whichever you prefer.
late-supervisor-reply-2 = Természetesen, Varga úr. Az ügyét továbbítottam egy vezetőnek, aki 48 órán belül keresni fogja telefonon vagy e-mailben, ahogy Önnek kényelmesebb.

# en: Polite, and it does what he asked, but a 48-hour wait for somebody else is one more 'passed on' in a story full of them. Offer the part you can fix before you hand the case away.
late-supervisor-reply-2-feedback = Udvarias, és megteszi, amit kért, de 48 óra várakozás valaki másra csak még egy „továbbítottam” egy ilyenekkel teli történetben. Ajánlja fel, amit maga megoldhat, mielőtt kiadja a kezéből az ügyet.

# en: I'll bring in my team leader, Ágnes, now. She'll have your whole story from me before she joins, and I'll stay in the chat until she does.
late-supervisor-reply-3 = Most behívom a csoportvezetőmet, Ágnest. Tőlem megkapja a teljes történetét, mielőtt csatlakozik, és én a chatben maradok, amíg ide nem ér.

# en: A proper handover: he hears who, he won't have to repeat himself, and you don't vanish. The best reply also answered his fourteen years and offered to remove the charges first, which could have made the handover unnecessary.
late-supervisor-reply-3-feedback = Rendes átadás: megtudja, ki jön, nem kell ismételnie magát, és Ön sem tűnik el. A legjobb válasz ráadásul a tizennégy évére is felelt, és előbb felajánlotta a díjak levételét, amitől az átadás talán fölöslegessé vált volna.

# en: Fourteen years or not, cancelling won't get your money back any faster, sir, and the early termination fee would cost you more than these charges did.
late-supervisor-reply-4 = Tizennégy év ide vagy oda, a felmondással nem kapja vissza gyorsabban a pénzét, uram, és a korai felmondás díja többe kerülne, mint ezek a tételek.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a sum.
late-supervisor-reply-4-feedback = Ha egy fenyegetésre egy odavágott érvvel felel, azzal csak megerősíti, hogy mennie kell. Tizennégy év hűség a sérelmére érdemelt volna választ, nem egy összeget.

# en: All right. So do I get ALL my money back? The four on this bill, and the other ones from before. Those too.
refund-question-says-1 = Rendben. Szóval visszakapom az ÖSSZES pénzemet? A négyet ezen a számlán, és a korábbiakat is. Azokat is.

# en: 'The other ones from before' could mean more than one thing on his account. Find out which before you promise anything.
refund-question-hint = „A korábbiak” több dolgot is jelenthetnek a fiókjában. Tudja meg, melyiket, mielőtt bármit ígér.

# en: This month's four, yes. Which ones from before do you mean: the two MobilPlay charges on the March bill, or the 2,400-forint data top-up?
refund-question-reply-1 = Az e havi négyet igen. Melyik korábbiakra gondol: a márciusi számla két MobilPlay-díjára, vagy a 2400 forintos adatfeltöltésre?

# en: One short, specific question, with both things you can see on his account. It shows you are looking at his bill, not a script, and it saves a second round if you had guessed wrong.
refund-question-reply-1-feedback = Egy rövid, konkrét kérdés, mindkét tétellel, amit a fiókjában lát. Megmutatja, hogy az ő számláját nézi, nem egy forgatókönyvet, és megspórol egy második kört, ha rosszul tippelt volna.

# en: You have my word, Mr Varga: every forint, the old ones and the new ones. Don't worry, I'll make sure of that personally.
refund-question-reply-2 = A szavamat adom, Varga úr: minden forintot, a régieket és az újakat is. Ne aggódjon, erről személyesen gondoskodom.

# en: Warm, and for a moment he feels someone is on his side. But you don't know yet what 'the other ones' are, and anything on a paid bill is MobilPlay's to refund, not yours.
refund-question-reply-2-feedback = Meleg, és egy pillanatra úgy érzi, valaki mellette áll. De még nem tudja, mik azok a „korábbiak”, és ami egy kifizetett számlán van, azt a MobilPlay téríti vissza, nem Ön.

# en: This month's four, 5,960 forints, I'm taking off today. The two from March I'll claim back from MobilPlay; they have to answer within 15 days.
refund-question-reply-3 = Az e havi négyet, 5960 forintot, ma leveszem. A két márciusit visszakérem a MobilPlaytől; nekik 15 napon belül válaszolniuk kell.

# en: An honest plan, and probably the right one. But 'the other ones' was vague, and his account also shows a 2,400-forint top-up; the best reply checked which he meant before answering a question he might not have asked.
refund-question-reply-3-feedback = Becsületes terv, és valószínűleg a helyes. De a „korábbiak” homályos volt, és a fiókjában egy 2400 forintos feltöltés is szerepel; a legjobb válasz előbb tisztázta, mire gondol, mielőtt egy talán fel sem tett kérdésre felelt volna.

# en: The MobilPlay ones, obviously. Two more on the March bill, and that one I've already paid. The top-up was mine, that's fine.
march-charges-says-1 = A MobilPlay-eseket, nyilván. Még kettő a márciusi számlán, és azt már kifizettem. A feltöltés az enyém volt, az rendben van.

# en: Part of this you can do yourself and part depends on MobilPlay. Say which is which, and promise only your part.
march-charges-hint = Ennek egy részét maga is meg tudja tenni, egy része a MobilPlaytől függ. Mondja meg, melyik melyik, és csak a saját részét ígérje meg.

# en: This month's four I can credit straight away. Charges on a bill that's already been paid can't be refunded, I'm afraid; that's the rule for closed bills.
march-charges-reply-1 = Az e havi négyet azonnal jóvá tudom írni. A már kifizetett számlán lévő díjakat sajnos nem lehet visszatéríteni; a lezárt számlákra ez a szabály.

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' shuts a door you could have opened for him.
march-charges-reply-1-feedback = Félig jó: a jóváírás valódi. De a kifizetett díjakat is vissza lehet kérni a MobilPlaytől, és az „ez a szabály” bezár egy ajtót, amit kinyithatott volna neki.

# en: Both months, every forint, I promise you. I'll get all of it back for you personally, Mr Varga, so you can forget about it.
march-charges-reply-2 = Mindkét hónapot, minden forintot, megígérem. Személyesen szerzem vissza az egészet, Varga úr, úgyhogy nyugodtan elfelejtheti.

# en: It feels generous, and March's refund isn't yours to give: MobilPlay decides it. A promise you can't keep is the one he will quote back to you.
march-charges-reply-2-feedback = Nagyvonalúnak tűnik, de a márciusi visszatérítést nem Ön adja: arról a MobilPlay dönt. A be nem tartható ígéretet fogja majd visszaidézni Önnek.

# en: I'm sorry, Mr Varga, but for March you'd have to contact MobilPlay yourself, because that bill is closed on our side. I can send you their e-mail address.
march-charges-reply-3 = Sajnálom, Varga úr, de a márciusiak miatt Önnek kell megkeresnie a MobilPlayt, mert az a számla nálunk le van zárva. Elküldhetem az e-mail-címüket.

# en: The apology turns into the one thing he asked you not to do: send him to MobilPlay. He has no contract with them, and you do.
march-charges-reply-3-feedback = A bocsánatkérésből épp az lesz, amit kért, hogy ne tegyen: a MobilPlayhez küldi. Neki nincs szerződése velük, Önöknek van.

# en: This month's 5,960 I'm removing today. March's two I'll claim from MobilPlay: I can't promise their answer, but you'll have it by text within 15 days.
march-charges-reply-4 = Az e havi 5960-at ma leveszem. A két márciusit visszakérem a MobilPlaytől: a válaszukat nem ígérhetem, de 15 napon belül SMS-ben megkapja.

# en: Honest about both parts: what you do yourself and what depends on MobilPlay, with a deadline and the way he will hear. Clear bad news is easier to take than a promise that breaks in a fortnight.
march-charges-reply-4-feedback = Mindkét részről őszintén beszél: mit tesz meg maga, és mi függ a MobilPlaytől, határidővel, és azzal, hogyan értesül. A világos rossz hírt könnyebb elfogadni, mint egy ígéretet, amely két hét múlva megdől.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = Az utolsó forintig? Múlt héten azt mondták, hogy semmit sem tudnak tenni. Most meg mindenre a szavát adja. Akkor melyik? Ezt tényleg garantálni tudja?

# en: Fair question; I should be exact. This month's four I remove myself, today. March's two I must claim from MobilPlay, and I'll text you their answer.
refund-doubt-reply-1 = Jogos kérdés; pontosnak kell lennem. Az e havi négyet magam veszem le, ma. A két márciusit a MobilPlaytől kell visszakérnem, és SMS-ben megírom a válaszukat.

# en: Taking back your own promise is hard, and right. It costs a little trust now and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = A saját ígéretét visszavonni nehéz, és helyes. Most egy kis bizalomba kerül, és sokkal többet megspórol, mint amennyibe két hét múlva egy megszegett garancia kerülne.

# en: Yes, I guarantee it, every single forint of it. Leave it all with me, Mr Varga, and don't worry about a thing; I'll see it through personally.
refund-doubt-reply-2 = Igen, garantálom, az utolsó forintig. Bízza csak rám, Varga úr, és semmi miatt ne aggódjon; személyesen végigviszem az egészet.

# en: He told you exactly why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, yours is the word that breaks.
refund-doubt-reply-2-feedback = Pontosan elmondta, miért kételkedik, és Ön megduplázta az ígéretet ahelyett, hogy ellenőrizte volna. Ha a MobilPlay elutasítja a márciusi díjakat, az Ön szava törik meg.

# en: Fair question, sir. What I meant is that we'll do everything we can; cases like yours are usually settled in the customer's favour, so please don't worry.
refund-doubt-reply-3 = Jogos kérdés, uram. Úgy értettem, hogy mindent megteszünk; az ilyen ügyek általában az ügyfél javára dőlnek el, úgyhogy kérem, ne aggódjon.

# en: He asked for a straight yes or no and got 'usually'. The vaguer the answer, the more it sounds like the hotline he is trying to get past.
refund-doubt-reply-3-feedback = Egyenes igent vagy nemet kért, és „általában”-t kapott. Minél homályosabb a válasz, annál inkább úgy hangzik, mint a telefonos ügyfélszolgálat, amelyen túl akar jutni.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = Szóval fizessek 2980 forintot valamiért, amit sosem rendeltem meg, egy „szabály” miatt? PONTOSAN EZÉRT mondtam, hogy ez csalás.

# en: I'm sorry, but I've already told you what I'm able to do, Mr Varga. Once a bill is paid, it's closed, and I can't reopen it from here.
refund-refused-reply-1 = Sajnálom, de már elmondtam, mit tudok tenni, Varga úr. Ha egy számla ki van fizetve, le van zárva, és innen nem tudom újra megnyitni.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-1-feedback = Nyugodt, de megismétli az elutasítást, és 2980 forint mínuszban hagyja, úgy, hogy nincs kihez fordulnia. A „le van zárva” lesz az, amit idézni fog, amikor elmeséli ezt a történetet.

# en: You're right to push back; I put that badly. I can't remove March's two myself, but I'll claim them from MobilPlay today and text you their answer.
refund-refused-reply-2 = Joggal tiltakozik; ezt rosszul fogalmaztam. A két márciusit magam nem vehetem le, de ma visszakérem őket a MobilPlaytől, és SMS-ben megírom a válaszukat.

# en: You corrected yourself without defending the 'rule' and said what you can do instead. Saying what is possible turns a refusal into a plan.
refund-refused-reply-2-feedback = Kijavította magát anélkül, hogy a „szabályt” védte volna, és megmondta, mit tehet helyette. Ha kimondja, mi lehetséges, az elutasításból terv lesz.

# en: It isn't a scam, sir. It's how billing works at every operator in the country: a paid bill is closed, and the same rule would apply anywhere.
refund-refused-reply-3 = Ez nem csalás, uram. Az ország minden szolgáltatójánál így működik a számlázás: a kifizetett számla le van zárva, és bárhol máshol ugyanez lenne a szabály.

# en: You argued with the word 'scam' and defended the rule he is angry about. Being right about other operators gets him nothing back.
refund-refused-reply-3-feedback = A „csalás” szóval vitatkozott, és azt a szabályt védte, ami miatt dühös. Hogy a többi szolgáltatóról igaza van, abból ő semmit sem kap vissza.

# en: And what stops this happening again next month? You lot get a cut of every one of these, don't you? That's why you let them onto people's bills.
block-question-says-1 = És mi akadályozza meg, hogy jövő hónapban újra megtörténjen? Maguk minden ilyenből kapnak egy részt, ugye? Ezért engedik rá őket az emberek számlájára.

# en: He may even be right about the cut. Winning that point gains you nothing; his question is about next month.
block-question-hint = Lehet, hogy a részesedésről még igaza is van. Ha ezt a pontot megnyeri, semmit sem nyer vele; az ő kérdése a jövő hónapról szól.

# en: Mr Varga, that's not quite fair. We're a regulated operator, strict rules apply to every partner, and we certainly don't let just anyone charge our customers.
block-question-reply-1 = Varga úr, ez nem egészen igazságos. Szabályozott szolgáltató vagyunk, minden partnerre szigorú szabályok vonatkoznak, és biztosan nem engedünk akárkit az ügyfeleink számlájára.

# en: You took the bait and defended the company's honour, and his real question, next month, went unanswered. Each reason you give him is one more thing to argue with.
block-question-reply-1-feedback = Bekapta a csalit, és a cég becsületét védte, a valódi kérdése, a jövő hónap, pedig megválaszolatlan maradt. Minden ok, amit felhoz, még egy dolog, amin vitatkozhat.

# en: The best protection is to be careful with adverts, Mr Varga: never tap 'subscribe' on anything, and always read the small print before you agree.
block-question-reply-2 = A legjobb védekezés, ha óvatos a hirdetésekkel, Varga úr: soha ne koppintson semmin arra, hogy „előfizetek”, és mindig olvassa el az apró betűs részt.

# en: Sound advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = Papíron jó tanács, de neki azt mondja, hogy az egész az ő figyelmetlensége volt. Hívásokra és az időjárásra használja a telefont; egy kiselőadás a hirdetésekről visszateszi rá a felelősséget.

# en: I can put a free block on all partner charges on your number, so none of them can bill you again. Shall I do that now?
block-question-reply-3 = Ingyenesen letilthatom az összes partnerdíjat a számán, így egyikük sem terhelheti többé. Bekapcsoljam most a letiltást?

# en: The right fix, offered without rising to the jibe about the cut. The best reply also told him, in one clause, that he was right not to want this on his bill, and simply did it.
block-question-reply-3-feedback = A helyes megoldás, anélkül hogy ráharapott volna a részesedésről szóló szurkálódásra. A legjobb válasz egy mellékmondatban azt is megmondta neki, hogy joggal nem akarja ezt a számláján látni, és egyszerűen megcsinálta.

# en: Honestly, I can't guarantee that. There are lots of these companies, new ones appear every month, and we can't check them all before they start billing.
block-question-reply-4 = Őszintén szólva ezt nem tudom garantálni. Rengeteg ilyen cég van, minden hónapban jelennek meg újak, és nem tudjuk mindet ellenőrizni, mielőtt számlázni kezdenek.

# en: Honest, and helpless, when there is a block you could switch on. He leaves expecting to find the next one on his bill himself.
block-question-reply-4-feedback = Őszinte és tehetetlen, miközben van letiltás, amit bekapcsolhatna. Úgy megy el, hogy a következőt is magának kell majd megtalálnia a számláján.

# en: Mr Varga, whoever earns what, it shouldn't be on your bill. I've put a free block on all partner charges; a text will confirm it.
block-question-reply-5 = Varga úr, akárki mennyit keres rajta, ennek nincs helye az Ön számláján. Ingyenesen letiltottam az összes partnerdíjat; SMS-t kap róla.

# en: You let the jibe about the cut pass without a fight, agreed with what matters to him, and fixed the cause. He doesn't have to guard his bill himself any more.
block-question-reply-5-feedback = Harc nélkül elengedte a részesedésről szóló szurkálódást, egyetértett abban, ami neki fontos, és megszüntette az okot. Többé nem neki kell őriznie a számláját.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
wrap-up-says-1 = Jó. Akkor mondja meg pontosan, mi lesz most. Egy időre elég volt a maguk ígéreteiből.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
wrap-up-says-2 = Rendben. Mielőtt bezárom ezt a chatet, mondja el szépen sorban: mi történik most, és mikor? Ígéretet már eleget hallottam.

# en: Say what you have done, what is still open and when he will hear. Then close the way you opened: as one person to another.
wrap-up-hint = Mondja el, mit intézett el, mi van még folyamatban, és mikor értesül. Aztán úgy zárjon, ahogy nyitott: emberként beszélve emberrel.

# en: MobilPlay is stopped, partner charges are blocked, 5,960 is credited today, and a claim is filed for March's 2,980, which MobilPlay must answer within 15 working days.
wrap-up-reply-1 = A MobilPlay leállítva, a partnerdíjak letiltva, az 5960 forintot ma jóváírjuk, a márciusi 2980-ra pedig benyújtottuk az igényt, amelyre a MobilPlaynek 15 munkanapon belül válaszolnia kell.

# en: Complete and exact: every amount, the open claim and its deadline. What it leaves out is him: no thanks, no word about last week, and nothing about who will tell him MobilPlay's answer.
wrap-up-reply-1-feedback = Teljes és pontos: minden összeg, a nyitott igény és a határideje. Ami kimarad, az ő maga: se köszönet, se egy szó a múlt hétről, és az sem, ki értesíti a MobilPlay válaszáról.

# en: Thank you for contacting us, Mr Varga. Everything has been taken care of on our side. Is there anything else I can help you with today?
wrap-up-reply-2 = Köszönjük, hogy megkeresett minket, Varga úr. A mi oldalunkon minden el van intézve. Segíthetek még valamiben ma?

# en: The closing line of every chat, to a man who asked for exactly what happens and when. 'Taken care of' is the kind of promise he said he has had enough of.
wrap-up-reply-2-feedback = Minden chat záró mondata egy olyan embernek, aki pontosan azt kérdezte, mi történik és mikor. Az „el van intézve” épp az a fajta ígéret, amiből azt mondta, elege van.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about March very soon, and you'll have every forint back, I promise.
wrap-up-reply-3 = Ne aggódjon, most már minden el van intézve. A csapatunkból valaki hamarosan jelentkezik a márciusi ügyben, és minden forintját visszakapja, megígérem.

# en: 'Someone' and 'very soon' are the vague words he said he is tired of, and 'every forint' is MobilPlay's to give. Tell him what happens, who does it and by when.
wrap-up-reply-3-feedback = A „valaki” és a „hamarosan” épp azok a homályos szavak, amelyekből elege van, a „minden forint” pedig a MobilPlaytől függ. Mondja meg, mi történik, ki csinálja és mikorra.

# en: MobilPlay is stopped and blocked; 5,960 comes off today; I'll text you March's answer within 15 days. Thanks for staying with me, and sorry about last week.
wrap-up-reply-4 = A MobilPlay leállítva és letiltva; az 5960 ma lejön; a márciusi választ 15 napon belül megírom SMS-ben. Köszönöm, hogy kitartott, és elnézést a múlt hétért.

# en: What is done, what is open, when and how he will hear, then thanks and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
wrap-up-reply-4-feedback = Mi történt, mi van nyitva, mikor és hogyan értesül, aztán köszönet és bocsánatkérés a múlt heti lerázásért. Úgy megy el, hogy tudja, mire számíthat, és hogy kimondták a sérelmet, amivel jött.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
resolved-warm-says-1 = Jó. Köszönöm. Ez az első egyenes válasz, amit maguktól kaptam. Várom azt az SMS-t.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
resolved-warm-summary = Másnap megérkezik a javított számla, az 5960 forint nélkül. Tizenkét nappal később a MobilPlay visszafizeti a márciusi 2980 forintot, és az Ön SMS-e azelőtt eléri Tibort, hogy eszébe jutna rákérdezni. Marad, és a sógorának, akinek ugyanilyen díjai voltak, azt mondja: „kérd a letiltást a chatben”. Úgy jött, hogy csalást kiabált, és úgy ment el, hogy megbízik Önben.

# en: All right. Thanks. We'll see whether it all happens the way you say.
resolved-cool-says-1 = Rendben. Köszönöm. Majd meglátjuk, minden úgy lesz-e, ahogy mondja.

# en: Everything you promised happens on time, and Tibor stays. But parts of the chat still sting: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
resolved-cool-summary = Minden, amit megígért, időben megtörténik, és Tibor marad. A chat egyes részei azonban még mindig fájnak neki: emlékszik, hogy meg kellett küzdenie egy egyenes válaszért, és ettől kezdve minden számláját átnézi. A pénz visszajött; a bizalom csak félig állt helyre.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
grudging-says-1 = Jó. Mindegy. Majd elhiszem, ha látom a számlán.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody made up for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was lost.
grudging-summary = A jóváírás megjelenik, de Tibor sosem tudja meg biztosan, mi lett a két márciusi díjjal, és senki sem tette jóvá a múlt heti lerázást. Úgy érzi, letudták, nem segítettek rajta, és két hónappal később átviszi a számát egy másik szolgáltatóhoz. A pénzügyi probléma megoldódott; az ügyfelet elvesztették.

# en: Good. I'm holding you to that. Every forint.
hollow-promise-says-1 = Jó. Ezt még számon fogom kérni. Az utolsó forintig.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
hollow-promise-summary = A MobilPlay elutasítja a két márciusi díj visszatérítését, amihez joga van. Tibornak az utolsó forintig „garantálták” a pénzét, így számára ez egy újabb megszegett szó a szolgáltatótól, és ezúttal az Ön neve áll rajta. Panaszt tesz a fogyasztóvédelmi hatóságnál, és idézi az Ön garanciáját.

# en: Fine. At least I won't have to start from the beginning again.
taken-over-says-1 = Jó. Legalább nem kell megint az elejéről kezdenem.

# en: Ágnes joins the chat with the whole story in front of her, stops the charges and files the claim for March. Tibor doesn't have to repeat himself, and he stays. But it took a team leader to get there, and he will ask for one straight away next time.
taken-over-summary = Ágnes úgy lép be a chatbe, hogy a teljes történet előtte van, leállítja a díjakat, és benyújtja a márciusi igényt. Tibornak nem kell ismételnie magát, és marad. De ehhez egy csoportvezető kellett, és legközelebb rögtön azt fogja kérni.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers this chat as one more place that passed him along. At the end of his contract he leaves.
handed-to-supervisor-summary = Egy vezető veszi át az ügyet. Tibornak harmadszor is el kell magyaráznia a MobilPlay-díjakat, mielőtt bárki tenne valamit. A díjakat végül visszatérítik, de valaki más, és ő erre a chatre úgy emlékszik, mint egy újabb helyre, ahol továbbpasszolták. A szerződése végén elmegy.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
walkout-says-1 = Hagyjuk. Átviszem a számomat egy másik szolgáltatóhoz, és bejelentést teszek a fogyasztóvédelemnél. Viszontlátásra.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
walkout-summary = Tibor bezárja a chatet. Egy hónapon belül 14 év után átviszi a számát máshová, és panaszt tesz a fogyasztóvédelmi hatóságnál, amelyre a szolgáltatónak így is írásban kell válaszolnia. A díjakat végül visszatérítik, de az ügyfél elment.

