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

# en: Apologies for this, Mr Varga, however third-party services are operated by other companies. We simply bill for them, so you'd need to cancel with MobilPlay directly.
opening-reply-1-wording-1 = Ne haragudjon, Varga úr, csakhogy a partnerek szolgáltatásait önálló cégek működtetik. Mi csak beszedjük nekik a díjat, így a lemondást közvetlenül a MobilPlaynél kell intéznie.

# en: Sorry, but we only bill for MobilPlay; cancel with them directly.
opening-reply-1-wording-2 = Sajnálom, ezt a MobilPlaynél kell lemondania, nem nálunk.

# en: sorry about that Mr Varga, but those partner services belong to other firms, we just collect the payment for them, so MobilPlay has to do the cancelling
opening-reply-1-wording-3 = sajnalom, de ezek kulso cegek szolgaltatasai, mi csak a szamlan szedjuk be helyettuk a penzt. lemondani a mobilplay-nel tudja

# en: I apologise, Mr Varga, but that subscription belongs to an outside company. We just pass the charge through on your bill, so MobilPlay is the one who has to cancel it.
opening-reply-1-wording-4 = Elnézést, Varga úr, de ezt az előfizetést egy másik cég nyújtja. Mi csupán továbbszámlázzuk a díját, így a megszüntetést a MobilPlaytől kell kérnie.

# en: Sorry, that's MobilPlay's service, you have to cancel it with them.
opening-reply-1-wording-5 = Bocsánat, ez a MobilPlay szolgáltatása, náluk kell lemondani.

# en: MobilPlay runs that club, not us, Mr Varga, sorry. We only take the payment for them, so please contact them to stop it.
opening-reply-1-wording-6 = Ezt a klubot a MobilPlay működteti, nem mi, Varga úr, bocsánat. Mi csak átvesszük nekik a fizetést, úgyhogy a leállításért kérem, forduljon hozzájuk.

# en: Accurate, and almost word for word what the hotline told him last week. The 'but' cancels the apology, and he hears a second time that the company whose name is on the bill won't take his problem.
opening-reply-1-feedback = Pontos, és szinte szóról szóra az, amit múlt héten a telefonos ügyfélszolgálaton mondtak neki. A „de” kioltja a bocsánatkérést, és másodszor is azt hallja, hogy az a cég, amelynek a neve a számláján áll, nem vállalja a problémáját.

# en: I can assure you, Mr Varga, that we are not running any scam. We are a licensed operator, and every partner service on our network is checked and fully legal.
opening-reply-2 = Biztosíthatom, Varga úr, hogy semmiféle csalásban nem veszünk részt. Engedéllyel működő szolgáltató vagyunk, és a hálózatunkon minden partnerszolgáltatás ellenőrzött és teljesen legális.

# en: Let me reassure you, Mr Varga, this is not a scam on our part. We're a fully licensed provider, and all the partner services we carry are vetted and completely legitimate.
opening-reply-2-wording-1 = Varga úr, szavatolom, hogy mi semmilyen csalásban nem veszünk részt, hiszen engedéllyel rendelkező szolgáltató vagyunk, és minden partnerünk ellenőrzött, teljesen törvényes.

# en: This is no scam; we're licensed and all partners are vetted.
opening-reply-2-wording-2 = Mi nem csalunk; engedélyes szolgáltató vagyunk, minden legális.

# en: Mr Varga i promise you we're not scamming anyone, we're a licensed network and every partner on it gets checked and is totally legal
opening-reply-2-wording-3 = Megnyugtatom, cégünk nem vesz részt semmi ilyesmiben. Hivatalos, engedéllyel működő szolgáltatók vagyunk, a partnereink ellenőrzöttek, minden szabályos.

# en: Mr Varga, nobody here is scamming you. We hold a proper licence and every company allowed on our network has been checked and is legal.
opening-reply-2-wording-4 = Varga úr, itt senki sem akarja becsapni. Érvényes engedéllyel dolgozunk, és minden cég, amely a hálózatunkon jelen lehet, át van világítva és törvényesen működik.

# en: We are not a scam, we are a licensed company.
opening-reply-2-wording-5 = Nem vagyunk csalók, engedéllyel rendelkező cég vagyunk.

# en: A scam? Absolutely not, sir. We're a licensed telecom operator and our partners all pass checks, everything is above board.
opening-reply-2-wording-6 = Csalás? Szó sincs róla, uram! Engedélyes távközlési cég vagyunk, a partnereink mind átmennek az ellenőrzésen, minden tiszta.

# en: You defended the company against the word 'scam' before you had looked at his money. Now he has to prove he was robbed, so he will push harder, and louder.
opening-reply-2-feedback = A céget védte a „csalás” szótól, mielőtt egyáltalán megnézte volna a pénzét. Most neki kell bizonyítania, hogy meglopták, ezért még erősebben és még hangosabban fog nyomulni.

# en: Hello Mr Varga, Kata here. Four MobilPlay charges you never ordered, nobody telling you who is taking your money, and a brush-off last week. Have I got that right?
opening-reply-3 = Jó napot, Varga úr, Kata vagyok. Négy MobilPlay-díj, amit nem rendelt meg, senki sem mondja meg, ki viszi a pénzét, és múlt héten lerázták. Jól értem?

# en: Hi Mr Varga, this is Kata. So: four MobilPlay charges you didn't order, no one able to tell you who's taking the money, and you were fobbed off last week. Is that correct?
opening-reply-3-wording-1 = Üdvözlöm, Varga úr, Kata vagyok. Ha jól értem: négy MobilPlay-terhelés, amit Ön nem rendelt, senki nem ad választ, hová megy a pénze, és múlt héten lepattintották. Így van?

# en: Kata here. Four unordered charges, no answers, fobbed off last week: right?
opening-reply-3-wording-2 = Kata vagyok. Négy kéretlen díj, senki nem felel, és lerázták. Jól értem?

# en: hi Mr Varga, kata speaking. so you've got 4 mobilplay charges you never signed up for, nobody will say who's getting your money, and last week you got brushed off. is that it?
opening-reply-3-wording-3 = Jó napot, Varga úr, itt Kata. Összefoglalom: négyszer 1490 ismeretlen tételért, nem kapott választ, hova tűnik a pénze, a telefonon meg elhajtották. Stimmel?

# en: Good afternoon Mr Varga, my name is Kata. Let me check I understand: you've been billed four times by MobilPlay without ordering anything, nobody has explained who gets the money, and last week you were sent away. Correct?
opening-reply-3-wording-4 = Jó napot, Varga úr, Kata vagyok. Hadd ellenőrizzem, jól értettem-e: a MobilPlay négyszer terhelte Önt, pedig semmit nem rendelt, senki nem magyarázta el, kihez kerül a pénz, múlt héten pedig elküldték. Így igaz?

# en: So four charges you never ordered and no answers. Did I get that?
opening-reply-3-wording-5 = Tehát négy díj, amit sosem rendelt, és semmi válasz. Jól értem?

# en: Kata here, Mr Varga. Let me repeat it back: MobilPlay charged you four times, you didn't sign up, you still don't know who has your money, and the hotline dismissed you. Is that right?
opening-reply-3-wording-6 = Itt Kata, Varga úr. Visszamondom: a MobilPlay négyszer vont le pénzt, Ön nem fizetett elő semmire, még mindig nem tudja, kinél a pénze, a telefonos vonalon pedig leintették. Rendben van így?

# en: A greeting with your name, then his three points in one line: the charges, the unanswered question of who is taking the money, and last week's brush-off. Asking him to confirm lets him say 'yes' for the first time in a week.
opening-reply-3-feedback = Köszönés és bemutatkozás, aztán egy sorban a három pontja: a díjak, a megválaszolatlan kérdés, hogy ki viszi a pénzt, és a múlt heti lerázás. Azzal, hogy megerősítést kér, egy hét után először mondhat „igent”.

# en: Mr Varga, I'm sorry you were sent away last week. Let me look into these MobilPlay charges right now. Which number are they on?
opening-reply-4 = Varga úr, sajnálom, hogy múlt héten lerázták. Most rögtön megnézem ezeket a MobilPlay-díjakat. Melyik számon vannak?

# en: Mr Varga, I apologise that you were turned away last week. I'll check these MobilPlay charges straight away. What number are they billed to?
opening-reply-4-wording-1 = Varga úr, elnézést, hogy a múlt héten lerázták. Azonnal megnézem ezeket a MobilPlay-tételeket. Melyik telefonszámon jelentek meg?

# en: Sorry about last week. I'll check the charges now: which number?
opening-reply-4-wording-2 = Bocsánat a múlt hétért; nézem a díjakat. Melyik szám?

# en: sorry you got sent off last week Mr Varga. let me dig into the mobilplay stuff right now, what number are they on?
opening-reply-4-wording-3 = sajnalom, hogy a mult heten elkuldtek. mar nezem is a mobilplay terheleseket, melyik szamra jottek?

# en: I apologise for how you were treated on the hotline last week, Mr Varga. I'm checking the MobilPlay charges for you now; what's the phone number?
opening-reply-4-wording-4 = Bocsánatot kérek, amiért múlt héten a telefonos ügyfélszolgálaton így bántak Önnel, Varga úr. Már nézem is a MobilPlay-terheléseket; mi a telefonszáma?

# en: Sorry about the hotline. I'm looking into it now, what's your number?
opening-reply-4-wording-5 = Bocs a telefonos ügyfélszolgálat miatt. Utánanézek, mi a száma?

# en: What number are the MobilPlay charges on? I'm sorry the hotline turned you away, I'll look into it right now.
opening-reply-4-wording-6 = Melyik számra jöttek a MobilPlay-díjak? Sajnálom, hogy a telefonos kolléga elhajtotta, most azonnal utánajárok.

# en: Good instincts: an apology for the hotline and a move straight to his account. What it misses is his fear: he asked whether he is being scammed, and the best reply showed him that question had been heard too, before moving on.
opening-reply-4-feedback = Jó érzékkel reagált: bocsánatot kért a telefonos ügyfélszolgálat miatt, és egyenesen a számlájához lépett. Ami kimarad, az a félelme: azt kérdezte, átverik-e, és a legjobb válasz megmutatta neki, hogy ezt a kérdést is meghallotta, mielőtt továbblépett.

# en: Hello Mr Varga, and thank you for contacting us. I can help with any billing question. To start, please send me your phone number and the account holder's date of birth.
opening-reply-5 = Jó napot, Varga úr, köszönöm, hogy megkeresett minket. Bármilyen számlázási kérdésben segítek. Első lépésként kérem, küldje el a telefonszámát és az előfizető születési dátumát.

# en: Good day Mr Varga, thanks for getting in touch. I'm happy to assist with billing queries. First, could you give me your mobile number and the date of birth of the account holder?
opening-reply-5-wording-1 = Üdvözlöm, Varga úr, köszönjük megkeresését. Minden számlázással kapcsolatos kérdésben segítségére leszek. Kezdésként kérem, adja meg a telefonszámát, valamint az előfizető születési idejét.

# en: Thanks for contacting us. Please give your number and date of birth.
opening-reply-5-wording-2 = Üdvözlöm! Kérem a telefonszámot és a születési dátumot.

# en: Hello Mr Varga, thanks for reaching out! happy to help with billing issues. to begin with, pls send your mobile number plus the account holder's DOB
opening-reply-5-wording-3 = Kedves Varga úr! Köszönjük, hogy írt nekünk, számlázási ügyekben állunk rendelkezésére. Az azonosításhoz kérjük, ossza meg velünk a hívószámát, valamint az előfizető születési dátumát.

# en: Welcome, Mr Varga, and thanks for your message. I'm here to help with billing questions. Before anything else, I need your phone number and the date of birth of the account holder.
opening-reply-5-wording-4 = Üdvözöljük, Varga úr, és köszönjük az üzenetét. Számlázási kérdésekben vagyok a segítségére. Mindenekelőtt szükségem van a telefonszámára és a számlatulajdonos születési dátumára.

# en: Hi, please send me your phone number and date of birth first.
opening-reply-5-wording-5 = Jó napot, először kérem a telefonszámát és a születési dátumát.

# en: Dear Mr Varga, thank you for your message. To proceed with your billing query, kindly provide the mobile number and the account holder's date of birth.
opening-reply-5-wording-6 = Tisztelt Varga úr! Köszönjük megkeresését. Számlázási ügyének intézéséhez kérjük, szíveskedjen megadni a mobilszámát és a számlatulajdonos születési dátumát.

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

# en: Certainly not, Mr Varga. Customer satisfaction is important to us, and I'll help however I can. Can you confirm which number the charges appear on?
confirmed-reply-1-wording-1 = Eszembe sem jutna, Varga úr. Az Ön elégedettsége kiemelten fontos számunkra, és mindenben a rendelkezésére állok. Melyik hívószámon láthatók a díjak?

# en: Of course not. Your satisfaction is our priority. Which number is it?
confirmed-reply-1-wording-2 = Fontos nekünk az elégedettsége. Melyik hívószámról van szó?

# en: definitely not Mr Varga. customer satisfaction is really important to us and i'm happy to help however possible. can you confirm the number for me?
confirmed-reply-1-wording-3 = dehogy mondom. ugyfeleink elegedettsege szamunkra a legfontosabb, orommel segitek. megirna, melyik szamon jelent meg a terheles?

# en: Not at all, Mr Varga. We value you as a customer and I'm here to assist you in every way possible. Which phone number are the charges showing on?
confirmed-reply-1-wording-4 = Egyáltalán nem, Varga úr. Nagyra becsüljük Önt mint ügyfelet, és minden lehetséges módon a segítségére leszek. Melyik telefonszámon látszanak a terhelések?

# en: Of course not, sir. We value our customers. What's the number?
confirmed-reply-1-wording-5 = Természetesen nem, uram. Fontosak az ügyfeleink. Mi a szám?

# en: Mr Varga, of course I won't. Keeping our customers happy is very important to us and I'm glad to assist. Please confirm the number for me.
confirmed-reply-1-wording-6 = Varga úr, dehogy mondanék ilyet. Nálunk nagyon fontos, hogy az ügyfeleink elégedettek legyenek, szívesen segítek. Kérem, erősítse meg a számot.

# en: Nothing wrong in it, and nothing for him in it either. 'Your satisfaction matters to us' is the line printed on every letter he has had from the company; he asked a plain question and got a slogan.
confirmed-reply-1-feedback = Nincs benne semmi rossz, és semmi sincs benne neki. „Fontos nekünk az Ön elégedettsége”: ez a mondat áll a cég minden levelén; egyszerű kérdést tett fel, és szlogent kapott.

# en: I won't. A week of this would make anyone angry. Let's find out where your money is going: which number are the charges on?
confirmed-reply-2 = Nem mondom. Egy ilyen hét után bárki dühös lenne. Derítsük ki, hová megy a pénze: melyik számon vannak a díjak?

# en: I wouldn't dream of it. Anybody would be angry after a week like that. Let's trace where your money's going: what number is being charged?
confirmed-reply-2-wording-1 = Nem fogom mondani. Egy ilyen hét után mindenki dühös volna. Derítsük ki, hová folyik el a pénze: melyik számhoz tartoznak a díjak?

# en: I won't. Anyone would be angry. Which number are they on?
confirmed-reply-2-wording-2 = Nem mondom. Érthető a dühe. Melyik számon vannak?

# en: i won't, don't worry. a week like yours would make anybody furious. let's see where your money's ending up, which number is it?
confirmed-reply-2-wording-3 = Eszemben sincs. Ennyi huzavona után bárki kijönne a sodrából. Nézzük meg, ki viszi a pénzét, melyik telefonszámról van szó?

# en: No, I'm not going to say that. Anyone would be furious after a week like yours. Let's track down who's taking your money: what number are the charges on?
confirmed-reply-2-wording-4 = Nem, ezt nem fogom mondani. Egy ilyen hét után bárki felkapná a vizet. Nézzük meg, ki viszi el a pénzét: melyik számon jönnek a terhelések?

# en: I won't. You've every reason to be angry. What's the number?
confirmed-reply-2-wording-5 = Nem mondom. Minden oka megvan a haragra. Mi a szám?

# en: After a week like that, of course you're angry, I won't tell you to calm down. Let's find where the money goes, which number is it?
confirmed-reply-2-wording-6 = Ilyen hét után persze, hogy mérges, eszembe sincs csitítani. Keressük meg, hova folyik a pénze, melyik számról van szó?

# en: No request for calm and no defence of the hotline: a level answer, a word for his week, and the next step. Calm he can see in your writing does more for his capitals than any request could.
confirmed-reply-2-feedback = Se kérés, hogy nyugodjon meg, se a kolléga védelme: higgadt válasz, egy szó a hetéről, és a következő lépés. Az írásában látható nyugalom többet tesz a nagybetűi ellen, mint bármilyen kérés.

# en: I wasn't going to, sir. But it honestly goes faster for both of us if we keep the chat polite, so let's take it one step at a time, all right?
confirmed-reply-3 = Nem is akartam, uram. De őszintén szólva mindkettőnknek gyorsabban megy, ha udvarias hangon folytatjuk, úgyhogy vegyük szépen sorjában, rendben?

# en: I wasn't planning to, sir. But honestly this will be quicker for us both if we keep things civil, so let's go through it bit by bit, okay?
confirmed-reply-3-wording-1 = Nem is állt szándékomban, uram. Mindkettőnknek viszont egyszerűbb, ha udvarias hangnemben folytatjuk, úgyhogy menjünk sorban, jó?

# en: Wasn't planning to. But let's keep it civil and go step by step.
confirmed-reply-3-wording-2 = Nem mondom, de udvariasabban gyorsabban haladnánk.

# en: i wasn't about to sir, but it'll be quicker for us both if we stay polite, so let's just take it step by step ok?
confirmed-reply-3-wording-3 = nem akartam, uram, de tényleg hamarabb végzünk, ha kulturáltan beszélünk egymással. akkor lépésről lépésre, rendben?

# en: I hadn't intended to, sir, but we'll get through this much quicker if we both stay courteous, so let's go slowly, one thing at a time.
confirmed-reply-3-wording-4 = Nem állt szándékomban, uram, de sokkal gyorsabban végzünk, ha mindketten tisztelettudók maradunk, úgyhogy haladjunk lassan, egyszerre csak egy dologgal.

# en: Let's keep it polite and go one step at a time.
confirmed-reply-3-wording-5 = Maradjunk udvariasak, és menjünk lépésenként.

# en: sir, i never said calm down, but it really helps if we keep things friendly. one step at a time, alright?
confirmed-reply-3-wording-6 = uram, en nem mondtam, hogy nyugodjon meg, de sokat segitene, ha baratsagosan beszelnenk. egyszerre egy dolog, jo?

# en: He asked you not to tell him to calm down, and you did it anyway in politer words. 'Keep the chat polite' tells him his tone is the problem, not the 5,960 forints.
confirmed-reply-3-feedback = Arra kérte, ne mondja neki, hogy nyugodjon meg, és Ön mégis megtette, csak udvariasabban. Az „udvarias hangon” azt üzeni, hogy a hangneme a baj, nem az 5960 forint.

# en: I won't, Mr Varga. Let me open your account now and look at these charges. Which number are they on?
confirmed-reply-4 = Nem mondom, Varga úr. Megnyitom a fiókját, és megnézem ezeket a díjakat. Melyik számon vannak?

# en: I won't, Mr Varga. I'll bring up your account right now and check these charges. What number are they on?
confirmed-reply-4-wording-1 = Nem fogom, Varga úr. Előhívom a fiókját, és átnézem ezeket a tételeket. Melyik számról van szó?

# en: I won't. Opening your account now: which number?
confirmed-reply-4-wording-2 = Nem mondom. Megnyitom a fiókot, melyik szám?

# en: no i won't. let me pull up your account and look at the charges, what number are they billed to?
confirmed-reply-4-wording-3 = Rendben, nem mondom. Máris nyitom az előfizetését és nézem a terheléseket. Melyik telefonszámon jelentek meg?

# en: I won't do that, Mr Varga. I'm pulling up your account right now to check these charges; what's the number they're billed to?
confirmed-reply-4-wording-4 = Nem teszem, Varga úr. Épp most hívom le a fiókját, hogy ellenőrizzem ezeket a terheléseket; melyik számra számlázták őket?

# en: I won't. Checking your account now, what's the number?
confirmed-reply-4-wording-5 = Nem mondom. Már nézem a fiókját, mi a szám?

# en: Mr Varga, I'm opening your account as we speak to look at the charges. Which number should I check?
confirmed-reply-4-wording-6 = Varga úr, miközben írok, már nyitom is az előfizetését, hogy lássam a díjakat. Melyik számot nézzem?

# en: Steady and practical, and it keeps his request. What it leaves out is the week he has had: the best reply gave that one short sentence before the question, and he would have felt it.
confirmed-reply-4-feedback = Higgadt és gyakorlatias, és tiszteletben tartja a kérését. Ami kimarad, az a hete: a legjobb válasz egy rövid mondatot szánt rá a kérdés előtt, és ezt érezte volna.

# en: I'm sorry about my colleague. The hotline takes hundreds of calls a day and they're trained to pass partner questions on, so that's where that answer came from.
confirmed-reply-5 = Elnézést kérek a kollégám miatt. A telefonos ügyfélszolgálat naponta több száz hívást fogad, és arra tanították őket, hogy a partneres kérdéseket továbbítsák, onnan jött az a válasz.

# en: Apologies for my colleague. The hotline handles hundreds of calls every day and the staff are taught to refer partner queries elsewhere, which is why you got that answer.
confirmed-reply-5-wording-1 = Elnézést kérek a kolléga miatt. A telefonos kollégák rengeteg hívást kapnak naponta, és azt tanulták, hogy a partnerekkel kapcsolatos kérdéseket adják tovább, ezért kapta azt a választ.

# en: Sorry; the hotline is trained to pass partner queries on.
confirmed-reply-5-wording-2 = Bocsánat a kolléga miatt; őket a partneres ügyek továbbítására képezték.

# en: sorry about the guy on the hotline, they get loads of calls every day and the training tells them to redirect partner questions, that's why he said that
confirmed-reply-5-wording-3 = sajnalom a kollegam valaszat. a telefonos csapatnak iszonyu sok hivasa van, es ugy tanitottak oket, hogy a partnerdijas ugyeket passzoljak tovabb, ezert mondta ezt

# en: I apologise for the hotline agent. They deal with a huge number of calls each day and are told to refer anything about partners elsewhere, which explains that reply.
confirmed-reply-5-wording-4 = Bocsánatot kérek a telefonos kolléga nevében. Naponta óriási mennyiségű hívást kezelnek, és az az utasításuk, hogy mindent, ami partnerekkel kapcsolatos, irányítsanak máshova, ez magyarázza azt a választ.

# en: Sorry, the hotline is busy and sends partner questions elsewhere.
confirmed-reply-5-wording-5 = Bocsánat, a telefonos vonal túlterhelt, a partneres ügyeket továbbküldik.

# en: The hotline gets hundreds of calls daily, that's why. They're trained to redirect partner questions, sorry about him.
confirmed-reply-5-wording-6 = A telefonos ügyfélszolgálatra naponta több száz hívás fut be, ezért. Megtanították nekik, hogy a partneres kérdéseket irányítsák át, elnézést miatta.

# en: Explaining how the hotline is trained still defends it. He didn't ask why he was brushed off; he asked who is taking his money, and that is still unanswered.
confirmed-reply-5-feedback = Ha elmagyarázza, hogyan képzik a telefonos kollégákat, azzal még mindig őket védi. Nem azt kérdezte, miért rázták le; azt kérdezte, ki viszi a pénzét, és erre még mindig nincs válasz.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = PONTOSAN EZT MONDTÁK MÚLT HÉTEN IS. Nekem semmiféle „partnerrel” nincs szerződésem. MAGUKKAL van szerződésem. MAGUK küldték a számlát. MAGUK emelték le a pénzt a bankszámlámról. Úgyhogy ne küldözgessenek máshoz!

# en: Sir, please stop writing in capital letters. I can't help you while you're shouting at me in the chat, and I would really like to help you.
partner-again-reply-1 = Uram, kérem, ne írjon csupa nagybetűvel. Nem tudok segíteni, amíg kiabál velem a chaten, pedig tényleg szeretnék segíteni Önnek.

# en: Sir, please don't type in capitals. I can't assist you with all this shouting, and I genuinely want to help.
partner-again-reply-1-wording-1 = Uram, megkérem, ne használjon csupa nagybetűt. Amíg a chaten kiabál velem, nem tudok segíteni, pedig igazán szeretnék.

# en: Please stop typing in caps; I can't help while you shout.
partner-again-reply-1-wording-2 = Kérem, ne kiabáljon nagybetűkkel, úgy nem tudok segíteni.

# en: sir could you stop using caps please, i can't help you if you're shouting at me and i really do want to help
partner-again-reply-1-wording-3 = kerem, kapcsolja ki a caps lockot. ha nagybetukkel kiabal, nem tudok segiteni, pedig szeretnek

# en: Sir, there's no need to shout at me. Please write normally, because I can't help you when you type in all caps, and I do want to help.
partner-again-reply-1-wording-4 = Uram, nem kell rám kiabálnia. Kérem, írjon normálisan, mert amíg csupa nagybetűvel gépel, nem tudok segíteni, pedig szeretnék.

# en: There's no need to shout, please stop using capitals.
partner-again-reply-1-wording-5 = Nem kell kiabálni, kérem, ne írjon nagybetűkkel.

# en: please turn off caps lock sir, shouting in the chat won't get us anywhere and i want to help you
partner-again-reply-1-wording-6 = Varga úr, megkérném, hogy mellőzze a kiabálást. A csupa nagybetűs üzenetekkel nem jutunk előrébb, holott én segíteni szeretnék.

# en: Capitals are his raised voice. Asking him to lower it says his anger is the problem, not the charges, and he has just been sent away twice. An even reply would have ended the capitals sooner.
partner-again-reply-1-feedback = A nagybetű az ő felemelt hangja. Ha arra kéri, hogy halkítsa le, azt mondja vele, hogy a dühe a baj, nem a díjak, pedig már kétszer lerázták. Egy kiegyensúlyozott válasz hamarabb véget vetett volna a nagybetűknek.

# en: You're right: it's our bill, so it's ours to sort out. I'll handle it myself; you won't have to contact MobilPlay. Which number is it on?
partner-again-reply-2 = Igaza van: a mi számlánk, tehát nekünk kell rendbe tenni. Én magam intézem; a MobilPlayt nem kell megkeresnie. Melyik számon van?

# en: You're quite right: the bill is ours, so it's our job to fix it. I'll deal with it personally, and you won't need to get in touch with MobilPlay at all. What number is it on?
partner-again-reply-2-wording-1 = Jogos: a számlát mi küldtük, így nekünk kell rendbe hozni. Személyesen intézem, Önnek nem kell a MobilPlayjel felvennie a kapcsolatot. Melyik számról van szó?

# en: Quite right, the bill's ours. I'll handle it; no need to contact MobilPlay.
partner-again-reply-2-wording-2 = Jogos, ez a mi számlánk; én intézem, nem kell a MobilPlayhez fordulnia.

# en: you're right, we sent the bill so it's on us. i'll sort it myself, you don't need to talk to mobilplay. what's the number?
partner-again-reply-2-wording-3 = Teljesen igaza van, maguk velünk szerződtek, nem a partnerrel, szóval ez a mi dolgunk. Én elrendezem, a MobilPlayjel Önnek nem kell foglalkoznia. Melyik szám az?

# en: Agreed, we sent you the bill and took the money, so fixing it is our responsibility. I'll deal with it personally and you don't have to go to MobilPlay. What's the number?
partner-again-reply-2-wording-4 = Egyetértek, mi küldtük a számlát és mi vettük el a pénzt, tehát a mi felelősségünk helyrehozni. Személyesen foglalkozom vele, Önnek nem kell a MobilPlayhez mennie. Mi a telefonszám?

# en: You're right, it's our bill. I'll sort it, no need to call MobilPlay.
partner-again-reply-2-wording-5 = Igaza van, a mi számlánk. Elintézem, a MobilPlayt nem kell hívnia.

# en: Mr Varga, you won't be sent anywhere else. It's our bill, so I'll take care of it myself; which number is it on?
partner-again-reply-2-wording-6 = Varga úr, senki nem küldi máshova. Ez a mi számlánk, úgyhogy magam gondoskodom róla; melyik számon van?

# en: You agreed with the one point he is sure of, that the bill is yours, and took the case. 'You won't have to contact MobilPlay' answers his real fear: being sent on a third time.
partner-again-reply-2-feedback = Igazat adott neki abban az egyben, amiben biztos: hogy a számla az Önöké, és átvette az ügyet. „A MobilPlayt nem kell megkeresnie”: ez a valódi félelmére felel, hogy harmadszor is továbbküldik.

# en: You're right that it's on our bill, Mr Varga, but the service belongs to the partner, so the refund has to come from them. I can give you their customer line.
partner-again-reply-3 = Igaza van, hogy a mi számlánkon szerepel, Varga úr, de a szolgáltatás a partneré, így a visszatérítésnek is tőlük kell jönnie. Megadhatom az ügyfélszolgálatuk számát.

# en: You're correct, Mr Varga, it appears on our bill, but it's the partner's service, so any refund must come from them. Here's their customer service number if you want it.
partner-again-reply-3-wording-1 = Való igaz, hogy nálunk, a mi számlánkon jelenik meg, Varga úr, de a szolgáltatást a partner nyújtja, így a pénzt is nekik kell visszaadniuk. Megadom az ügyfélszolgálatuk telefonszámát.

# en: It's the partner's service, so they owe the refund; here's their customer line.
partner-again-reply-3-wording-2 = A díj a mi számlánkon van, de a visszatérítést a partnertől kérje.

# en: yes it's on our bill but the service is the partner's so they have to do the refund. i can send you their helpline number
partner-again-reply-3-wording-3 = értem, hogy nálunk látja a tételt, de ez a partner szolgáltatása, a visszautalás is tőlük jön. elküldjem a MobilPlay ügyfélszolgálati számát?

# en: Yes, it's on our bill, Mr Varga, but MobilPlay provides the service, so they're the ones who must refund you. I can pass you their customer service number.
partner-again-reply-3-wording-4 = Igen, a mi számlánkon szerepel, Varga úr, de a szolgáltatást a MobilPlay nyújtja, ezért nekik kell visszafizetniük. Meg tudom adni az ügyfélszolgálatuk telefonszámát.

# en: The refund has to come from the partner. I can give you their number.
partner-again-reply-3-wording-5 = A visszatérítést a partnernek kell adnia. Megadom a számukat.

# en: I can give you MobilPlay's customer line, sir, because although the charge is on our bill, the refund has to come from them as it's their service.
partner-again-reply-3-wording-6 = Odaadhatom a MobilPlay ügyfélvonalát, uram, mert bár a díj nálunk van a számlán, a pénzt nekik kell visszautalniuk, hiszen az ő szolgáltatásuk.

# en: It opens by agreeing and then sends him exactly where he said he would not go. A phone number for another company is last week's answer with better manners.
partner-again-reply-3-feedback = Egyetértéssel kezdi, aztán pont oda küldi, ahová ő megmondta, hogy nem megy. Egy másik cég telefonszáma a múlt heti válasz, csak szebb modorban.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = Á, SZÓVAL „LEGÁLIS”? Akkor egy legális cég miért szed pénzt valamiért, amit SOHA nem rendeltem meg? Nem érdekel az engedélyük. VISSZA AKAROM KAPNI A PÉNZEMET.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about licences. Which number is it on?
shouting-reply-1 = Joggal dühös: pénz ment el a számlájáról valamiért, amit sosem kért. Nem vitatkozom az engedélyekről. Melyik számon van?

# en: You're completely entitled to be angry: money was taken out of your account for a thing you didn't request. I'm not going to argue about licences. What number is it on?
shouting-reply-1-wording-1 = Joggal haragszik: pénzt vontak le a számlájáról olyasmiért, amit soha nem kért. Az engedélyekről nem fogok vitatkozni. Melyik számról van szó?

# en: Your anger's fair. Forget licences: which number?
shouting-reply-1-wording-2 = Érthető a dühe, ne vitassuk az engedélyt. Melyik szám?

# en: you're right to be angry, sir. money came out of your account for stuff you never ordered. i'm not arguing about licences. what's the number?
shouting-reply-1-wording-3 = Megértem, hogy ki van akadva, hisz elvitték a pénzét egy kéretlen szolgáltatásért. A licencekről felesleges vitatkoznunk. Melyik telefonszám az?

# en: Of course you're furious, you've been charged for something you never wanted. Forget the licence talk, I'm not going to debate it. What number is it on?
shouting-reply-1-wording-4 = Persze, hogy dühös, olyasmiért vontak le pénzt, amit sosem akart. Hagyjuk az engedélyeket, azon nem fogok vitatkozni. Melyik számon van?

# en: You have every reason to be angry. What's the number?
shouting-reply-1-wording-5 = Minden oka megvan a dühre. Mi a szám?

# en: fair enough, i won't argue about licences with you. money went out for something you never ordered, you've every right to be angry. which number?
shouting-reply-1-wording-6 = jogos, nem vitatkozom magaval licencekrol. olyanert ment el a penze, amit sose rendelt, teljes joggal merges. melyik szam?

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in answer to capitals bring the chat back down to your level.
shouting-reply-1-feedback = Jogosnak fogadta el a dühét, és elengedte a vitát, amit Ön kezdett. A nagybetűkre adott rövid, nyugodt mondatok visszahozzák a chatet az Ön hangszintjére.

# en: I do understand, sir, but I can't promise any refund before I've checked the whole account properly. Please be patient with me for a moment while I look.
shouting-reply-2 = Értem, uram, de nem ígérhetek visszatérítést, amíg alaposan át nem néztem az egész fiókot. Kérem, legyen egy kis türelemmel, amíg megnézem.

# en: I understand, sir. However, I can't commit to a refund until I've properly gone through the whole account. Please bear with me a moment while I check.
shouting-reply-2-wording-1 = Értem, uram, de visszatérítést addig nem ígérhetek, amíg a teljes fiókját át nem vizsgáltam. Kérem, legyen türelemmel, amíg utánanézek.

# en: I can't promise a refund before checking; please be patient.
shouting-reply-2-wording-2 = Visszatérítést még nem ígérhetek, kérem, várjon türelemmel.

# en: i get it sir, only i can't promise money back till i've checked your account properly. please bear with me a sec while i look
shouting-reply-2-wording-3 = ertem uram, de penzvisszaadast csak akkor tudok mondani, ha mindent atneztem a fiokjaban. egy kis turelmet kerek

# en: I hear you, sir, but I'm not able to promise you a refund until I've gone through the account in full. Please give me a moment to check.
shouting-reply-2-wording-4 = Hallom, uram, de visszatérítést nem tudok megígérni, amíg végig nem néztem az egész fiókot. Adjon egy percet, hogy ellenőrizzem.

# en: I can't promise a refund yet, let me check first.
shouting-reply-2-wording-5 = Visszatérítést még nem ígérhetek, előbb megnézem.

# en: No promises on getting your money back until I've looked over the whole account, sir. Give me a minute please.
shouting-reply-2-wording-6 = Amíg a teljes fiókot át nem vizsgáltam, a pénz visszaadásáról nem tudok ígéretet tenni, uram. Kérek egy percet.

# en: True, and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = Igaz, és nyugodtan mondja, de csak a pénzre felel. Ő becsapva érzi magát, és a „legyen türelemmel” úgy hangzik, mintha azt akarná, hogy ezt ne érezze.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me get a word in.
shouting-reply-3 = Én csak elmagyarázom, hogyan működik, uram. SEGÍTENI PRÓBÁLOK ÖNNEK, ha végre szóhoz engedne.

# en: I'm just telling you how it works, sir. I AM TRYING TO HELP if you'd only let me say something.
shouting-reply-3-wording-1 = Én csak elmondom, hogyan működik, uram. ÉN SEGÍTENI AKAROK, csak hagyjon végre szóhoz jutni.

# en: Just explaining. I'M TRYING TO HELP, sir, let me speak.
shouting-reply-3-wording-2 = SEGÍTENI PRÓBÁLOK, ha hagyná, hogy beszéljek!

# en: i'm just explaining how it all works sir. I AM TRYING TO HELP YOU, if you'd stop and let me speak
shouting-reply-3-wording-3 = uram, en csak a mukodest magyarazom. DE ENGEDJEN MAR SZOHOZ, HISZEN SEGITENEK

# en: Sir, I was just explaining the process. Let me finish a sentence, I'M TRYING TO HELP YOU.
shouting-reply-3-wording-4 = Uram, én csak az eljárást magyaráztam. Hadd fejezzek be egy mondatot, SEGÍTENI PRÓBÁLOK!

# en: Let me finish, I'M TRYING TO HELP YOU!
shouting-reply-3-wording-5 = Hagyja, hogy befejezzem, SEGÍTENI AKAROK!

# en: I AM ONLY EXPLAINING, sir. Could you let me talk for a second, I'm trying to help here.
shouting-reply-3-wording-6 = CSAK ELMAGYARÁZOM, uram. Hagyna egy pillanatra szóhoz jutni? Én itt segíteni próbálok.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = Ha a nagybetűre nagybetűvel válaszol, a chatből kiabálás lesz, a „ha végre szóhoz engedne” pedig már Önről szól. Minél nyugodtabban ír, annál hamarabb halkítja le ő is a hangját.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = Elég. Már kétszer körbeküldözgettek. Kapcsolja a vezetőjét, vagy megyek a fogyasztóvédelemhez.

# en: I'll put you through to a supervisor now, Mr Varga. The current waiting time is around 25 minutes, and they will be able to look at your account.
supervisor-demand-reply-1 = Kapcsolom egy vezetőhöz, Varga úr. A várakozási idő most nagyjából 25 perc, és ők majd meg tudják nézni a fiókját.

# en: Mr Varga, I'm transferring you to a supervisor now. The wait is currently about 25 minutes, and they'll be able to check your account.
supervisor-demand-reply-1-wording-1 = Átirányítom egy vezetőhöz, Varga úr. Most körülbelül 25 perc a várakozási idő, és ők átnézik az előfizetését.

# en: Transferring you to a supervisor; the wait's about 25 minutes.
supervisor-demand-reply-1-wording-2 = Kapcsolom a vezetőt, kb. 25 perc várakozás.

# en: ok Mr Varga, i'm transferring you to a supervisor. wait time's roughly 25 mins right now, they can go through your account
supervisor-demand-reply-1-wording-3 = rendben, atadom egy feletteshez, most nagyjabol fel ora mire sorra kerul, o majd atnezi a fiokjat

# en: Very well, Mr Varga, I'm passing you to a supervisor. You'll wait about 25 minutes, and then they can review your account.
supervisor-demand-reply-1-wording-4 = Nos, Varga úr, továbbkapcsolom egy vezető kollégához. Nagyjából 25 percig kell várnia, aztán ő megvizsgálja a számláját.

# en: OK, transferring you to a supervisor, about 25 minutes wait.
supervisor-demand-reply-1-wording-5 = Oké, továbbkapcsolom egy vezetőhöz, úgy 25 perc lesz.

# en: the queue for a supervisor is around 25 minutes at the moment Mr Varga, i'll transfer you now and they'll check your account
supervisor-demand-reply-1-wording-6 = Vezetőre most úgy 25 percet kell várni, Varga úr. Átkapcsolom, és ők majd ránéznek a fiókjára.

# en: It does what he asked, but the case leaves your hands unsolved and he waits 25 minutes to tell it a third time. One concrete offer before the transfer might have kept him.
supervisor-demand-reply-1-feedback = Megteszi, amit kért, de az ügy megoldatlanul kerül ki a kezéből, és ő 25 percet vár, hogy harmadszor is elmondja. Egy konkrét ajánlat az átkapcsolás előtt talán megtartotta volna.

# en: I'll put you through if you still want that. But first I can stop the MobilPlay charges on your number, right now, while we're chatting. Shall I?
supervisor-demand-reply-2 = Kapcsolom, ha továbbra is szeretné. De előbb le tudom állítani a MobilPlay-díjakat a számán, most rögtön, chat közben. Megtegyem?

# en: I can transfer you if that's still what you want. Before that, though, I can put a stop to MobilPlay charging your number right now, during this chat. Would you like me to?
supervisor-demand-reply-2-wording-1 = Ha továbbra is ezt kéri, kapcsolom. Előtte viszont akár most, a chat alatt a számán meg tudom szüntetni a MobilPlay-díjakat. Megcsináljam?

# en: I can transfer you, but first, shall I stop the MobilPlay charges while we're chatting?
supervisor-demand-reply-2-wording-2 = Kapcsolhatom, de előbb most leállíthatom a díjakat. Jó?

# en: happy to transfer you if you still want. but first, i could cancel mobilplay on your line right this minute while we're talking. want me to?
supervisor-demand-reply-2-wording-3 = Persze, átteszem, ha ragaszkodik hozzá. De már most, itt a chatben kikapcsolhatom a MobilPlay előfizetést a számán. Intézzem?

# en: If you still want a supervisor afterwards, I'll transfer you. Before you go, though, I can cancel MobilPlay on your number this minute. Do you want me to do that?
supervisor-demand-reply-2-wording-4 = Ha ezután is vezetőt kér, kapcsolom. Mielőtt azonban továbbmegy, még itt a chatben, ebben a percben leállíthatom a MobilPlay-díjakat a számán. Megtegyem?

# en: Before I transfer you, want me to stop MobilPlay right now?
supervisor-demand-reply-2-wording-5 = Mielőtt kapcsolom, leállítsam most rögtön a MobilPlayt?

# en: Mr Varga, I can block the MobilPlay charges on your line right now, in this chat, and then transfer you if you still wish. Shall I do that first?
supervisor-demand-reply-2-wording-6 = Varga úr, itt a chatben most azonnal letilthatom a MobilPlay-díjakat a vonalán, utána pedig átkapcsolom, ha még mindig szeretné. Először ezt intézzem el?

# en: You respected his request and offered the one thing he wants most, which you control. Customers often ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-2-feedback = Tiszteletben tartotta a kérését, és felajánlotta azt, amit a legjobban szeretne, és ami az Ön kezében van. Az ügyfelek sokszor csak azért kérnek vezetőt, mert feladták a reményt azzal kapcsolatban, akivel beszélnek.

# en: I'll ask my team leader, Ágnes, to join this chat. I'll give her the whole story first, so you won't repeat a word, and I'll stay until she's here.
supervisor-demand-reply-3 = Megkérem a csoportvezetőmet, Ágnest, hogy csatlakozzon a chathez. Előbb elmondok neki mindent, hogy Önnek egy szót se kelljen ismételnie, és itt maradok, amíg megérkezik.

# en: I'll get Ágnes, my team leader, to join us in the chat. I'll fill her in on everything beforehand so you don't need to repeat yourself, and I'll remain here until she arrives.
supervisor-demand-reply-3-wording-1 = Megkérem Ágnest, a csoportvezetőmet, hogy lépjen be a beszélgetésbe. Előbb mindent összefoglalok neki, hogy Önnek ne kelljen semmit megismételnie, és itt leszek, amíg be nem kapcsolódik.

# en: I'll brief Ágnes, my team leader, and stay till she joins.
supervisor-demand-reply-3-wording-2 = Behívom Ágnest, mindent elmondok neki, és maradok.

# en: i'll get Ágnes, my team lead, to hop into this chat. she'll get the full story from me first so you won't have to type it again, and i'm staying till she's in
supervisor-demand-reply-3-wording-3 = Szólok Ágnesnek, a csoportvezetőnek, hogy csatlakozzon. Előre átadom neki az egész sztorit, hogy ne kelljen újra leírnia, és nem lépek ki, míg meg nem érkezik.

# en: I'm inviting Ágnes, who leads my team, into this conversation. She'll know everything before she arrives, so you needn't explain again, and I won't leave until she's here.
supervisor-demand-reply-3-wording-4 = Meghívom ebbe a beszélgetésbe Ágnest, aki a csapatomat vezeti. Mire belép, mindent tudni fog, így Önnek nem kell újra elmagyaráznia, és addig nem megyek el, amíg ide nem ér.

# en: I'll get my team leader Ágnes in and stay with you.
supervisor-demand-reply-3-wording-5 = Hívom a csoportvezetőmet, Ágnest, és Önnel maradok.

# en: my team leader Agnes will join us here shortly, i'll brief her fully first so you don't have to repeat anything, and i'll stay on till she's here
supervisor-demand-reply-3-wording-6 = a csoportvezetom, Agnes hamarosan csatlakozik hozzank. elotte mindent elmondok neki, hogy ne kelljen semmit ismetelnie, es itt maradok, amig be nem lep

# en: A good handover: a name, the whole story passed on, and you stay until she arrives. Still, he has been passed along twice already; the best reply first offered to stop the charges yourself, which is what he came for.
supervisor-demand-reply-3-feedback = Jó átadás: egy név, a teljes történet továbbadva, és Ön ott marad, amíg megérkezik. Mégis, őt már kétszer továbbpasszolták; a legjobb válasz először felajánlotta, hogy Ön maga állítja le a díjakat, márpedig ő éppen ezért jött.

# en: A supervisor will tell you exactly the same thing, I'm afraid: partner charges are handled by the partner, and neither of us can change how that works.
supervisor-demand-reply-4 = Attól tartok, egy vezető is pontosan ugyanezt mondaná: a partnerdíjakat a partner kezeli, és ezen egyikünk sem tud változtatni.

# en: I'm afraid a supervisor would say just what I'm saying: charges from partners are dealt with by the partner, and none of us can change that.
supervisor-demand-reply-4-wording-1 = Sajnos egy vezető is szóról szóra ezt mondaná: a partnerdíjakkal a partner foglalkozik, ezen egyikünk sem tud módosítani.

# en: A supervisor would say the same: partner charges are the partner's.
supervisor-demand-reply-4-wording-2 = A vezető sem mondana mást: ez a partner dolga.

# en: tbh a supervisor's going to tell you the exact same thing, the partner handles partner charges and there's nothing either of us can do about that
supervisor-demand-reply-4-wording-3 = sajnos a felettesem is ugyanezt irna: a partneres tetel a partnerre tartozik, itt senki nem tud ezen valtoztatni

# en: I'm afraid going higher won't change anything: a supervisor will also tell you the partner deals with its own charges, and that's not something either of us can alter.
supervisor-demand-reply-4-wording-4 = Attól félek, a magasabb szint sem változtat semmin: egy vezető is azt fogja mondani, hogy a partner maga kezeli a díjait, és ezen sem Ön, sem én nem módosíthatunk.

# en: A supervisor can't help, partner charges go to the partner.
supervisor-demand-reply-4-wording-5 = Egy vezető sem tud segíteni, a partnerdíj a partneré.

# en: Sir, you'll hear the same answer from any supervisor. The partner handles those charges and that's just how it works.
supervisor-demand-reply-4-wording-6 = Uram, bármelyik vezetőtől ugyanezt a választ kapná. A partner intézi ezeket a díjakat, ez egyszerűen így működik.

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

# en: Thanks, Mr Varga. I've found it: MobilPlay Club, charging 1,490 weekly since 18 March. I've cancelled the subscription, so it can't charge you again.
number-check-reply-1-wording-1 = Köszönöm, Varga úr. Megvan: MobilPlay Club, március 18. óta hetente 1490 forint. Az előfizetést megszüntettem, így újabb díj nem érkezhet.

# en: Found it: MobilPlay Club since 18 March. I've cancelled it.
number-check-reply-1-wording-2 = Megvan, az előfizetést leállítottam, több díj nem lesz.

# en: thanks, got it here, mobilplay club, 1,490 every week starting 18 march. i've cancelled that subscription now so nothing more will come from it
number-check-reply-1-wording-3 = Köszi. Látom is, MobilPlay Club, hetente 1490 Ft, március közepe óta. Lekapcsoltam, innentől nem terhelnek többet.

# en: Thanks, Mr Varga, it's on screen: MobilPlay Club has billed 1,490 every week from 18 March. I've ended the subscription now, so there won't be any further charges.
number-check-reply-1-wording-4 = Köszönöm, Varga úr, már a képernyőn van: a MobilPlay Club március 18-a óta minden héten 1490 forintot számlázott. Az előfizetést most lemondtam, így több díjat nem vonhatnak le.

# en: Found MobilPlay, weekly since 18 March. Subscription cancelled.
number-check-reply-1-wording-5 = Megtaláltam a MobilPlayt, március 18. óta hetente. Lemondva.

# en: since 18 march mobilplay club has taken 1,490 weekly, Mr Varga. it's switched off now so nothing new can be charged
number-check-reply-1-wording-6 = marcius 18 ota a mobilplay club hetente 1490-et vont le, Varga ur. most kikapcsoltam, ujat mar nem tudnak felszamolni

# en: A real act, and fast: the charges stop today, which is more than the hotline gave him. But he had just told you he was lying awake over his bank account, and you went straight past it; the best reply settled that fear first.
number-check-reply-1-feedback = Valódi és gyors lépés: a díjak ma megszűnnek, ami több, mint amit a telefonos ügyfélszolgálattól kapott. De épp elmondta, hogy a bankszámlája miatt nem alszik, és Ön elsiklott fölötte; a legjobb válasz előbb ezt a félelmet oszlatta el.

# en: Thank you. So that I can open the right case, could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = Köszönöm. Hogy a megfelelő ügyet nyissam meg, megírná a szolgáltatás nevét a számláról és a kiszámlázott összegeket?

# en: Thanks. To set up the correct case, can you tell me what the service is called on your bill and how much you were charged?
number-check-reply-2-wording-1 = Köszönöm. Ahhoz, hogy a megfelelő ügyet megnyissam, leírná, mi a szolgáltatás neve a számlán, és milyen összegeket terheltek?

# en: Thanks. What's the service called, and how much were the charges?
number-check-reply-2-wording-2 = Milyen néven és mekkora összegek szerepelnek a számlán?

# en: thanks! so i can log it properly, what's the service on the bill called and what amounts did they charge you?
number-check-reply-2-wording-3 = koszonom. hogy jo ugyet nyissak, megadna a szamlan szereplo szolgaltatas nevet es az osszegeket?

# en: Thanks. For me to log the correct case, please let me know which service appears on your bill and what each charge was.
number-check-reply-2-wording-4 = Köszönöm. Hogy a helyes ügyet rögzíthessem, kérem, írja meg, melyik szolgáltatás szerepel a számláján, és mekkora volt az egyes terhelések összege.

# en: What's the name of the service and the amounts?
number-check-reply-2-wording-5 = Mi a szolgáltatás neve, és mekkorák az összegek?

# en: thank you sir. can you type out the service name exactly as it shows on the bill, and the amounts, so i open the right case
number-check-reply-2-wording-6 = köszönöm, uram. be tudná gépelni a szolgáltatás nevét pontosan úgy, ahogy a számlán áll, meg az összegeket, hogy a jó ügyet nyissam meg?

# en: He wrote both in his very first message, in capitals. Asking for them again confirms what he suspects most: that nobody at this company reads what he writes.
number-check-reply-2-feedback = Mindkettőt megírta már a legelső üzenetében, nagybetűvel. Ha újra megkérdezi, azt erősíti meg, amit a legjobban gyanít: hogy ennél a cégnél senki sem olvassa el, amit ír.

# en: Thank you. I've passed your complaint on to our billing team with your number, and they will contact you about the charges within five working days.
number-check-reply-3 = Köszönöm. A panaszát a számával együtt továbbítottam a számlázási csapatunknak, és öt munkanapon belül keresni fogják a díjak ügyében.

# en: Thanks. I've forwarded your complaint to the billing department along with your number, and they'll contact you regarding the charges in five working days.
number-check-reply-3-wording-1 = Köszönöm. A panaszát és a telefonszámát átküldtem a számlázási osztálynak, öt munkanapon belül jelentkeznek a díjakkal kapcsolatban.

# en: Thanks, I've sent it to billing; they'll contact you within five days.
number-check-reply-3-wording-2 = Továbbítottam a számlázásnak, öt napon belül keresik.

# en: thank you, i've sent your complaint and number over to billing, someone from there will be in touch about it within 5 working days
number-check-reply-3-wording-3 = Köszönöm, az ügyét a számával együtt átadtam a számlázós kollégáknak, egy héten belül felveszik Önnel a kapcsolatot.

# en: Thanks. Your complaint and phone number have gone to the billing department, and someone there will get back to you about the charges within five working days.
number-check-reply-3-wording-4 = Köszönöm. A reklamációját és a telefonszámát elküldtem a számlázási részlegnek, onnan öt munkanapon belül megkeresik a díjakkal kapcsolatban.

# en: I've passed it to billing, they'll call you within 5 days.
number-check-reply-3-wording-5 = Átadtam a számlázásnak, 5 napon belül hívják.

# en: Our billing team now has your complaint, Mr Varga, and will be in touch within five working days about the charges.
number-check-reply-3-wording-6 = Varga úr, a panasza már a számlázási kollégáknál van, öt munkanapon belül megkeresik a terhelések miatt.

# en: 'Passed on' is the hotline's answer in new words. He came to the chat for someone who acts, and in his first minutes here the case left your hands.
number-check-reply-3-feedback = A „továbbítottam” a telefonos ügyfélszolgálat válasza új szavakkal. Azért jött a chatre, hogy valaki tegyen is valamit, és az első perceiben az ügy kikerült a kezéből.

# en: Thank you. A week of lying awake over your bank account, that's awful. It's safe: this came only through the phone bill, and I've stopped it.
number-check-reply-4 = Köszönöm. Egy hét álmatlanság a bankszámlája miatt: ez szörnyű. A bankszámlája biztonságban van, ez csak a telefonszámlán jött, és már leállítottam.

# en: Thank you. A whole week without sleep, worrying about your bank account, is dreadful. Your account is safe: this only went through your phone bill, and I've now stopped it.
number-check-reply-4-wording-1 = Köszönöm. Egy hétig nem aludt a bankszámlája miatt? Szörnyű lehetett. A pénze biztonságban van, a terhelés csak a telefonszámláján jelent meg, és már leállítottam.

# en: Your bank account is safe; it was only the phone bill, and it's stopped.
number-check-reply-4-wording-2 = Szörnyű hét lehetett; a bankszámlája biztonságban, a díjat leállítottam.

# en: thanks Mr Varga. losing sleep all week worrying about your bank, that's horrible. good news, your bank's fine, it only went via your phone bill and it's stopped now
number-check-reply-4-wording-3 = Köszönöm. Egy teljes hét álmatlanul, mert a bankszámláját féltette, ez borzasztó. Nyugodtan alhat, a bankjához senki nem fért hozzá, ez csak a mobilszámlát érintette, és már le is kapcsoltam.

# en: Thanks, Mr Varga. Not sleeping for a week because you feared for your bank account must have been terrible. Your bank money is fine: this was only charged through your phone bill, and I've put a stop to it.
number-check-reply-4-wording-4 = Köszönöm, Varga úr. Egy hétig nem aludni, mert a bankszámláját féltette, borzasztó lehetett. A pénze a bankban rendben van: ezt csak a telefonszámlán keresztül terhelték, és már véget vetettem neki.

# en: Don't worry, your bank account is fine. I've stopped it.
number-check-reply-4-wording-5 = Ne aggódjon, a bankszámlája rendben van. Leállítottam.

# en: your bank account was never touched Mr Varga, it only went through the phone bill and it's stopped now. sorry you lost sleep over it, that sounds awful
number-check-reply-4-wording-6 = a bankszámlájához senki nem nyúlt, Varga úr, ez csak a telefonszámlán ment át, és már le is állt. sajnálom, hogy emiatt nem aludt, ez rettenetes lehetett

# en: You answered the sleepless week before the subscription: his bank account is safe, and then the charges are stopped. Once the fear is gone, what is left is a billing problem, and he can talk about that.
number-check-reply-4-feedback = Az álmatlan hetére felelt az előfizetés előtt: a bankszámlája biztonságban van, aztán a díjak leállítva. Ha a félelem elmúlt, ami marad, az egy számlázási gond, és arról már tud beszélni.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = AZ ELSŐ ÜZENETEMBEN LEÍRTAM. „MobilPlay Club”. 1490. NÉGYSZER. Olvassa egyáltalán valaki, amit írok?

# en: I'm sorry, Mr Varga, I do have to confirm the details for our records; it's the standard procedure on every billing complaint. Thank you for your patience.
repeat-annoyed-reply-1 = Elnézést, Varga úr, a nyilvántartásunk miatt meg kell erősítenem az adatokat; minden számlapanasznál ez az eljárás. Köszönöm a türelmét.

# en: Apologies, Mr Varga, but I'm required to verify the details for our files; we do it for every billing complaint. Thanks for bearing with me.
repeat-annoyed-reply-1-wording-1 = Elnézést, Varga úr, de a nyilvántartás miatt minden adatot meg kell erősítenem, ez minden számlareklamációnál kötelező lépés. Köszönöm a türelmét.

# en: Sorry, it's standard procedure to confirm details. Thanks for your patience.
repeat-annoyed-reply-1-wording-2 = Az eljárás szerint ezt meg kell erősítenem, köszönöm a türelmét.

# en: sorry Mr Varga, i have to double check the details for our system, it's the usual process for all billing complaints. thanks for being patient
repeat-annoyed-reply-1-wording-3 = bocsanat, de a rendszerunk megkoveteli az adatok megerositeset, ez minden szamlapanasznal igy megy. koszi a turelmet

# en: Apologies, Mr Varga, but procedure says I must check these details again for our records on every billing complaint. I appreciate your patience.
repeat-annoyed-reply-1-wording-4 = Bocsánat, Varga úr, de az előírás szerint minden számlapanasznál újra le kell ellenőriznem ezeket az adatokat a nyilvántartás kedvéért. Köszönöm, hogy türelmes.

# en: Sorry, I have to confirm it, it's our procedure.
repeat-annoyed-reply-1-wording-5 = Elnézést, meg kell erősítenem, ez nálunk az eljárás.

# en: It's a standard step on all billing complaints, sir, I need to verify the details for the record. Thanks for bearing with me.
repeat-annoyed-reply-1-wording-6 = Ez minden számlázási panasznál kötelező lépés, uram, a nyilvántartáshoz ellenőriznem kell az adatokat. Köszönöm, hogy kivár.

# en: A procedure quoted in answer to 'does anybody read what I write?' proves his point. He needed to hear from a person who had read it.
repeat-annoyed-reply-1-feedback = Egy eljárásra hivatkozni arra a kérdésre, hogy „olvassa-e valaki, amit írok?”, épp az ő igazát bizonyítja. Egy olyan embertől kellett volna hallania, aki elolvasta.

# en: You did, and I'm sorry I asked again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it.
repeat-annoyed-reply-2 = Így van, és sajnálom, hogy újra megkérdeztem. MobilPlay Club, négyszer 1490: most itt van előttem, és már le is állítottam.

# en: Yes, you did, and I apologise for asking twice. MobilPlay Club, 1,490 four times: I've got it right here, and I've just cancelled it.
repeat-annoyed-reply-2-wording-1 = Valóban, és bocsánat, hogy még egyszer rákérdeztem. MobilPlay Club, négy alkalommal 1490 forint: itt látom magam előtt, és le is állítottam.

# en: You did, sorry. MobilPlay Club, 4 x 1,490: found and stopped.
repeat-annoyed-reply-2-wording-2 = Igaza van, bocs. MobilPlay, 4×1490, már leállítottam.

# en: you did, my bad for asking again. mobilplay club, 1,490 x4, it's right here on my screen and i've just cancelled it
repeat-annoyed-reply-2-wording-3 = Így van, kár volt újra megkérdeznem, elnézést. A négy 1490-es MobilPlay-tétel itt van előttem, és az előfizetés már le van kapcsolva.

# en: You're right, you did tell me, and I apologise for making you repeat it. I can see MobilPlay Club charging 1,490 four times, and I've just cancelled it.
repeat-annoyed-reply-2-wording-4 = Igaza van, valóban leírta, és sajnálom, hogy meg kellett ismételnie. Látom a MobilPlay Club négy 1490 forintos terhelését, és az imént megszüntettem.

# en: Yes you did, sorry. I see it now and it's cancelled.
repeat-annoyed-reply-2-wording-5 = Igen, leírta, bocsánat. Most látom, és le van állítva.

# en: MobilPlay Club, 1,490, four times, I have it right here Mr Varga, and it's stopped as of now. sorry for asking twice, you'd already written it
repeat-annoyed-reply-2-wording-6 = MobilPlay Club, 1490, négyszer, itt van előttem, Varga úr, és mostantól le van állítva. bocsánat, hogy kétszer kérdeztem, hiszen leírta

# en: You owned the slip at once, gave his details back to show you have them, and added a real step. A small mistake admitted quickly costs less than one defended.
repeat-annoyed-reply-2-feedback = Azonnal vállalta a botlást, visszaadta az adatait, hogy lássa, megvannak, és valódi lépést tett hozzá. Egy gyorsan beismert kis hiba kevesebbe kerül, mint ha védekezik miatta.

# en: You did, sorry. I've got several chats open at once and your first message scrolled out of view. Could you just give me the total again?
repeat-annoyed-reply-3 = Így van, elnézést. Egyszerre több chat is nyitva van nálam, és az első üzenete kicsúszott a képernyőről. Megírná még egyszer a végösszeget?

# en: Yes, sorry. I'm handling a few chats at the same time and your first message has scrolled off my screen. Could you tell me the total once more?
repeat-annoyed-reply-3-wording-1 = Igen, elnézést. Több beszélgetést viszek egyszerre, és az első üzenete kiszaladt a képernyőről. Leírná még egyszer a teljes összeget?

# en: Sorry, I've several chats open. What was the total again?
repeat-annoyed-reply-3-wording-2 = Bocs, sok chat van nyitva; megírná újra az összeget?

# en: yeah sorry, i've got a bunch of chats going and your first message went up out of sight. can you just tell me the total again?
repeat-annoyed-reply-3-wording-3 = jogos, bocsi. parhuzamosan tobb ugyfellel chatelek es elcsuszott az elso uzenete. mennyi volt osszesen, leirna megegyszer?

# en: Sorry, you did. I'm juggling a few customers at once and lost sight of your first message. Can you repeat the total for me?
repeat-annoyed-reply-3-wording-4 = Bocsánat, valóban leírta. Egyszerre több ügyféllel foglalkozom, és szem elől tévesztettem az első üzenetét. Megismételné nekem a teljes összeget?

# en: Sorry, I'm handling lots of chats. What's the total?
repeat-annoyed-reply-3-wording-5 = Bocsánat, sok chatem van egyszerre. Mennyi a végösszeg?

# en: i've got several people chatting at the same time and your message scrolled away, sorry. whats the total again?
repeat-annoyed-reply-3-wording-6 = Egyszerre többen is írnak nekem, és az üzenete elgördült felfelé, elnézést. Mennyi is volt összesen?

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

# en: This is a direct carrier billing subscription from a third party, activated by premium MT SMS opt-in on 18 March. Responsibility for the VAS lies with the content provider rather than the network.
how-did-it-happen-reply-1-wording-1 = Ez egy harmadik fél által, közvetlenül a szolgáltatói számlára terhelt előfizetés, amelyet március 18-án emelt díjas MT SMS aktivált. Az értéknövelt szolgáltatásért (VAS) a felelősség a tartalomszolgáltatóé, a hálózaté nem.

# en: Third-party DCB subscription, premium MT SMS opt-in, 18 March; VAS is the provider's.
how-did-it-happen-reply-1-wording-2 = DCB-előfizetés, MT SMS-sel, prémium díjon aktiválva; a VAS a tartalomszolgáltatóé.

# en: it's a 3rd party DCB sub, premium MT SMS opt-in, 18/03. the VAS content provider is liable, not the network operator
how-did-it-happen-reply-1-wording-3 = tehat ez egy harmadik feles DCB elofizetes, emelt dijas MT SMS-sel aktivalva marc. 18-an, a VAS-ert a content provider felel, nem a halozat

# en: The charge is a value-added service subscription billed via direct carrier billing, activated through a premium MT SMS opt-in dated 18 March. Liability for the VAS content sits with the third-party provider, not the operator.
how-did-it-happen-reply-1-wording-4 = A terhelés egy értéknövelt szolgáltatásra szóló előfizetés, közvetlen szolgáltatói számlázással (DCB), amelyet egy március 18-i emelt díjas MT SMS-es feliratkozás aktivált. A VAS-tartalomért a harmadik fél szolgáltató felel, nem az operátor.

# en: DCB subscription via premium SMS opt-in; VAS provider is responsible.
how-did-it-happen-reply-1-wording-5 = DCB-előfizetés prémium SMS-es opt-innal; a VAS-szolgáltató felel.

# en: per the system: 18/03 premium MT SMS opt-in, third party DCB, so the content provider is liable for the VAS, not us as the network
how-did-it-happen-reply-1-wording-6 = a rendszer szerint: 03.18. emelt díjas MT SMS opt-in, harmadik feles DCB, tehát a VAS-ért a tartalomszolgáltató felelős, nem mi mint hálózat

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to a man who uses his phone for the weather, and jargon makes an angry customer feel talked down to.
how-did-it-happen-reply-1-feedback = Pontos, de egy kollégának szól. Az „MT SMS” és a „VAS” semmit sem jelent annak, aki az időjárás miatt használja a telefonját, és a szakzsargontól a dühös ügyfél úgy érzi, lekezelik.

# en: In plain words: nobody stole your number. Some companies may charge a phone bill the way a shop charges a card; one tap on an advert starts it.
how-did-it-happen-reply-2 = Egyszerűen mondva: senki sem lopta el a számát. Egyes cégek a telefonszámlára terhelhetnek, ahogy egy bolt a bankkártyára; egyetlen koppintás egy hirdetésen elindítja.

# en: Put simply: your number wasn't stolen. Certain companies can bill your phone account a bit like a shop takes a card payment, and a single tap on an ad can set it off.
how-did-it-happen-reply-2-wording-1 = Egyszerűen mondva: a számát senki nem lopta el. Egyes cégek jogosultak a telefonszámlán keresztül pénzt levonni, hasonlóan ahhoz, ahogy a bolt a kártyáját terheli; elég egy koppintás egy reklámon, és elindul.

# en: Simply put, your number's safe; one tap on an ad can start it.
how-did-it-happen-reply-2-wording-2 = Egyszerűen mondva: a száma biztonságban van, egyetlen koppintás egy hirdetésen is elindíthatja.

# en: in normal terms, no one's stolen your number. some firms can put charges on your phone bill, like a shop charges your card, and just one tap on an ad triggers it
how-did-it-happen-reply-2-wording-3 = Röviden: a száma biztonságban van, nem lopták el. Vannak cégek, amelyek a mobilszámlán keresztül kérhetnek pénzt, mint a webshop a kártyáról, és ehhez elég egy véletlen érintés egy hirdetésen.

# en: Simply, your number hasn't been stolen. Some firms are allowed to put charges on a phone bill, just like a shop takes payment from your card, and a single tap on an ad can begin it.
how-did-it-happen-reply-2-wording-4 = Dióhéjban: senki nem tulajdonította el a telefonszámát. Bizonyos cégek jogosultak díjat felszámolni a mobilszámlán, éppúgy, mint egy üzlet a kártyájáról, és egyetlen bökés egy hirdetésen elég, hogy elinduljon.

# en: Nobody stole your number. One tap on an ad can start it.
how-did-it-happen-reply-2-wording-5 = Nem lopták el a számát; egy hirdetésre bökés is elindíthatja az ilyen díjat.

# en: no, your number wasnt stolen. think of it like paying by card in a shop, except the company charges your phone bill, and tapping one advert is enough to start it
how-did-it-happen-reply-2-wording-6 = nem, a szamat nem loptak el. olyan ez, mint amikor kartyaval fizet a boltban, csak itt a ceg a telefonszamlat terheli, es eleg hozza egyszer rabokni egy hirdetesre

# en: You answered his fear first (his number is safe) and then the how, with a comparison he already knows. Once he understands what happened, much of the fear, and the anger, goes out of it.
how-did-it-happen-reply-2-feedback = Előbb a félelmére felelt (a száma biztonságban van), aztán a hogyanra, egy olyan hasonlattal, amit ismer. Ha megérti, mi történt, a félelem, és vele a düh nagy része is elszáll.

# en: Our records show the subscription was confirmed from your phone on 18 March, through a tap on an advert, so it was started from your own device.
how-did-it-happen-reply-3 = A nyilvántartásunk szerint az előfizetést március 18-án az Ön telefonjáról erősítették meg, egy hirdetésre koppintva, vagyis a saját készülékéről indult.

# en: According to our records, the subscription was confirmed on your handset on 18 March through an advert tap, meaning it was activated on your own device.
how-did-it-happen-reply-3-wording-1 = A rendszerünk azt mutatja, hogy március 18-án az előfizetést egy hirdetésre kattintva hagyták jóvá, mégpedig az Ön saját készülékéről.

# en: Records show your phone confirmed it on 18 March.
how-did-it-happen-reply-3-wording-2 = A nyilvántartás szerint az Ön telefonjáról aktiválták.

# en: our system says it was confirmed from your handset on 18 march by someone tapping an ad, so it came from your own device
how-did-it-happen-reply-3-wording-3 = nalunk az latszik, hogy marc. 18-an a maga telefonjarol nyomtak ra egy reklamra es igy erositettek meg, vagyis a sajat keszulekerol jott

# en: Looking at the log, your own phone approved the subscription on 18 March by tapping an ad, so it was activated by your device.
how-did-it-happen-reply-3-wording-4 = A napló alapján március 18-án az Ön telefonja fogadta el az előfizetést, egy reklámra nyomva, vagyis az Ön eszköze kapcsolta be.

# en: Your phone confirmed it on 18 March by tapping an ad.
how-did-it-happen-reply-3-wording-5 = Március 18-án a telefonjáról erősítették meg, egy reklámra koppintva.

# en: It was your own device, Mr Varga: the system shows an ad was tapped on your phone on 18 March and that confirmed the subscription.
how-did-it-happen-reply-3-wording-6 = A saját készüléke volt az, Varga úr: a rendszer szerint március 18-án a telefonján rábökött valaki egy hirdetésre, és ezzel visszaigazolta az előfizetést.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice he never ordered anything, and his question about theft got an accusation back.
how-did-it-happen-reply-3-feedback = Lehet, hogy a nyilvántartás ezt mutatja, de így felolvasva azt jelenti: „Ön maga csinálta”. Kétszer mondta, hogy semmit sem rendelt, és a lopásról feltett kérdésére vádat kapott.

# en: Honestly, Mr Varga, these systems are complicated even for us. The main thing is that it's stopped now, so there's really nothing more to worry about.
how-did-it-happen-reply-4 = Őszintén szólva, Varga úr, ezek a rendszerek még nekünk is bonyolultak. A lényeg, hogy most már le van állítva, úgyhogy tényleg nincs miért aggódnia.

# en: To be honest, Mr Varga, this kind of system is tricky even for us to understand. What matters is it's been stopped, so there's nothing else for you to worry about.
how-did-it-happen-reply-4-wording-1 = Őszintén, Varga úr, ez az egész még nekünk is átláthatatlan. A fontos az, hogy már leállt, úgyhogy tényleg nem kell aggódnia.

# en: It's complicated, but it's stopped now, so don't worry.
how-did-it-happen-reply-4-wording-2 = Ez bonyolult, de már leállítottuk, ne aggódjon.

# en: honestly it's complicated even for us Mr Varga. the important bit is it's stopped now, so nothing to worry about anymore
how-did-it-happen-reply-4-wording-3 = hat, ez még nekünk is eleg kusza. a lenyeg, hogy mar nincs bekapcsolva, szoval nincs min aggodnia

# en: Truthfully, Mr Varga, even we find these systems confusing. What counts is that it's been switched off, so you don't need to worry any more.
how-did-it-happen-reply-4-wording-4 = Az igazat megvallva, Varga úr, ezekben a rendszerekben még mi is nehezen igazodunk el. Az számít, hogy kikapcsoltuk, tehát nem kell tovább aggódnia.

# en: Hard to explain, but it's over now, nothing to worry about.
how-did-it-happen-reply-4-wording-5 = Nehéz elmagyarázni, de már vége, nincs miért aggódni.

# en: dont worry about how it happened Mr Varga, even we struggle with these systems. it's been stopped and that's what matters
how-did-it-happen-reply-4-wording-6 = Ne foglalkozzon azzal, hogyan történt, Varga úr, még mi is küszködünk ezekkel a rendszerekkel. Leállítottuk, és ez a lényeg.

# en: Kindly meant, but he asked a direct question and was told not to worry about the answer. A man who suspects he is being robbed hears 'complicated' as 'we'd rather not say'.
how-did-it-happen-reply-4-feedback = Jó szándékú, de egyenes kérdést tett fel, és azt kapta, hogy ne foglalkozzon a válasszal. Aki azt gyanítja, hogy meglopják, a „bonyolult” szóból azt hallja: „inkább nem mondjuk meg”.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = Fogalmam sincs, mit jelent a fele. MT micsoda? VAS? Harminc évig buszt vezettem, nem vagyok mérnök. Mondja el normálisan: ki vitte el a pénzemet, és visszakapom-e?

# en: I'm sorry, that was jargon. MobilPlay billed you through us, probably after one tap on an advert. We took the money, so it's ours to put right.
jargon-confused-reply-1 = Elnézést, ez szakzsargon volt. A MobilPlay rajtunk keresztül terhelte Önt, valószínűleg egy hirdetésre koppintás után. Mi szedtük be a pénzt, így nekünk kell rendbe tenni.

# en: Apologies, that was full of technical terms. MobilPlay charged you via our network, most likely after a single tap on an ad. We collected the money, so it's our job to fix it.
jargon-confused-reply-1-wording-1 = Bocsánat, ez szakszöveg volt. Egyszerűen: a MobilPlay rajtunk keresztül vonta le a pénzt, valószínűleg egy reklámra koppintás után. A pénzt mi szedtük be, tehát a mi dolgunk rendbe hozni.

# en: Sorry for the jargon. The money came to us, so we'll put it right.
jargon-confused-reply-1-wording-2 = Bocs a zsargonért: mi szedtük be, mi tesszük rendbe.

# en: sorry, too much tech talk. mobilplay charged you through us, probably from one tap on an ad. we took your money so it's up to us to fix it
jargon-confused-reply-1-wording-3 = Elnézést, túl szakmai voltam. Egyszerűen: a MobilPlay a mi számlánkon át kérte a pénzt, alighanem egy hirdetésre bökés miatt. Mi vettük el, így nekünk kell helyrehozni.

# en: My fault, I used technical words. In short: a company called MobilPlay charged you through our bill, probably after you tapped an advert once. We took your money, so it's our job to make it right.
jargon-confused-reply-1-wording-4 = Az én hibám, túl szakmai szavakat használtam. Röviden: egy MobilPlay nevű cég a mi számlánkon keresztül terhelte Önt, valószínűleg miután egyszer rányomott egy reklámra. A pénzt mi szedtük le, ezért nekünk kötelességünk kijavítani.

# en: Sorry, too technical. We collected it, so it's up to us to fix.
jargon-confused-reply-1-wording-5 = Bocsánat, túl szakmai voltam. Mi szedtük be, mi hozzuk helyre.

# en: In normal words, Mr Varga: MobilPlay charged you through us, likely after one tap on an ad. We took the money, so we'll sort it out, and sorry for the jargon.
jargon-confused-reply-1-wording-6 = Köznyelven, Varga úr: a MobilPlay rajtunk keresztül vont le pénzt, valószínűleg egy reklámra bökés után. A pénz hozzánk folyt be, úgyhogy mi oldjuk meg, és elnézést a szakszavakért.

# en: A short apology for the jargon and both of his questions answered in everyday words. 'It's ours to put right' is the sentence he has waited for since last week.
jargon-confused-reply-1-feedback = Egy rövid bocsánatkérés a zsargonért, és mindkét kérdésére hétköznapi szavakkal felelt. A „nekünk kell rendbe tenni” az a mondat, amire múlt hét óta vár.

# en: In plain words, it's a partner subscription. The partner took the money, not us, so any refund is really their decision and not something I can decide from here.
jargon-confused-reply-2 = Egyszerűen mondva: ez egy partneres előfizetés. A pénzt a partner vitte el, nem mi, így a visszatérítés valójában az ő döntésük, nem olyasmi, amiről én itt dönthetek.

# en: Simply put, it's a subscription with one of our partners. It was the partner who took the money rather than us, so a refund is up to them and it's not my decision.
jargon-confused-reply-2-wording-1 = Közérthetően: ez egy partneri előfizetés, ott a partner kapta a pénzt, nem mi, ezért a visszatérítésről ők döntenek, nem én.

# en: Plainly: MobilPlay took the money, so refunds are their call.
jargon-confused-reply-2-wording-2 = A partner vitte el a pénzt, a visszatérítés az ő döntésük.

# en: in simple terms it's a partner sub. it was them that took the money, so whether you get a refund is their call, i can't decide that from here
jargon-confused-reply-2-wording-3 = egyszeruen mondva: a mobilplay vitte el a penzt, nem mi, igy hogy visszakapja-e, azt ok dontik el, en ebbe nem szolhatok bele

# en: Put simply, it's a subscription with a partner company. They took your money, not us, so whether you get a refund is up to them; I can't decide that.
jargon-confused-reply-2-wording-4 = Leegyszerűsítve: ez egy partnercéggel kötött előfizetés. A pénzét ők kapták meg, nem mi, így hogy visszatérítik-e, az rajtuk múlik; erről nem én döntök.

# en: The partner took your money, so the refund is their decision.
jargon-confused-reply-2-wording-5 = A partner vette el a pénzt, a visszatérítés az ő dolguk.

# en: we didn't take your money sir, the partner did. it's their subscription, so a refund is their call, not mine
jargon-confused-reply-2-wording-6 = Uram, nem mi kaptuk meg a pénzét, hanem a partner. Az ő előfizetésükről van szó, így a visszatérítés is az ő hatáskörük, nem az enyém.

# en: Plain words at last, and the same message the hotline gave him: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = Végre egyszerű szavak, és ugyanaz az üzenet, mint a telefonos ügyfélszolgálaton: „nem mi”. Az egyszerű nyelv csak akkor segít, ha abból, amit mond, kiderül, hogy van kire támaszkodnia.

# en: I'm sorry if it sounded complicated, sir. Those are just the official terms; I'm only reading out what the system shows me for your line.
jargon-confused-reply-3 = Sajnálom, ha bonyolultnak tűnt, uram. Ezek csak a hivatalos kifejezések; én csak felolvasom, amit a rendszer a vonaláról mutat.

# en: Sorry if that seemed complicated, sir. Those are simply the official terms. I'm just reading what the system says about your line.
jargon-confused-reply-3-wording-1 = Sajnálom, ha bonyolultnak hatott, uram. Ezek egyszerűen a hivatalos megnevezések, én csak azt olvasom fel, amit a rendszer a számánál kiír.

# en: Sorry if it was confusing; I'm just reading what the system says.
jargon-confused-reply-3-wording-2 = Ezek hivatalos kifejezések, én csak a rendszert olvasom fel.

# en: sorry if it came across complicated sir, those are the official words for it, i'm just reading off the system
jargon-confused-reply-3-wording-3 = bocs, ha tul bonyolult volt, uram. ezek a hivatalos szavak, en csak azt masolom be, amit a rendszer mutat

# en: Apologies if that was hard to follow, sir. That's just the official wording; I'm only repeating what the system says about your line.
jargon-confused-reply-3-wording-4 = Elnézést, ha nehéz volt követni, uram. Ez csak a hivatalos megfogalmazás; én csak azt ismétlem, amit a rendszer az Ön vonaláról kiír.

# en: Sorry if it was unclear, those are the official terms.
jargon-confused-reply-3-wording-5 = Sajnálom, ha nem volt világos, ezek csak a hivatalos kifejezések.

# en: those are just the official words from the system sir, i'm only reading them out. sorry if it sounded complicated
jargon-confused-reply-3-wording-6 = Amennyiben érthetetlen volt, elnézést kérek, uram. A rendszer hivatalos terminológiáját olvastam fel az Ön előfizetésével kapcsolatban.

# en: 'Sorry if it sounded complicated' puts the problem in his understanding, and 'I'm only reading out' steps back from the answer. He asked two plain questions and neither was answered.
jargon-confused-reply-3-feedback = A „sajnálom, ha bonyolultnak tűnt” az ő felfogásába teszi a hibát, az „én csak felolvasom” pedig hátralép a válasz elől. Két egyszerű kérdést tett fel, és egyikre sem kapott választ.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = SZÓVAL MOST ÉN VAGYOK A HIBÁS?? Én SEMMIT nem erősítettem meg. Mondtam már, hívásokra meg az időjárásra használom ezt a telefont. Hazugnak nevez?

# en: No, I don't mean that, but could someone else have used your phone, a grandchild perhaps? Kids tap these game adverts all the time without asking.
accused-reply-1 = Nem, nem erre gondolok, de lehet, hogy valaki más használta a telefonját, mondjuk egy unoka? A gyerekek kérdezés nélkül nyomkodják ezeket a játékhirdetéseket.

# en: No, that's not what I mean, but might somebody else have had your phone, perhaps a grandchild? Children tap on these game ads constantly without asking.
accused-reply-1-wording-1 = Nem, nem így értettem, de nem lehet, hogy más is használta a telefonját, például egy unokája? A gyerekek szó nélkül rányomnak ezekre a játékos reklámokra.

# en: No, but could a grandchild have used your phone?
accused-reply-1-wording-2 = Nem, de nem nyúlt hozzá esetleg egy unoka?

# en: no no not at all, but is there any chance someone else used it, like a grandkid? kids are always tapping on those game ads
accused-reply-1-wording-3 = dehogy, csak nem lehet, hogy valamelyik gyerek a csaladban nyomkodta a telefont? a kicsik kerdezes nelkul ranyomnak a jatekhirdetesekre

# en: I'm not saying that, but is it possible someone else had your phone, maybe a grandchild? Children often press those game adverts without asking.
accused-reply-1-wording-4 = Nem ezt mondom, de elképzelhető, hogy valaki más is hozzáfért a telefonjához, esetleg egy unokája? A gyerekek gyakran engedély nélkül rányomnak ezekre a játékreklámokra.

# en: Could a grandchild have tapped an ad on your phone?
accused-reply-1-wording-5 = Nem lehet, hogy egy unokája bökött rá egy reklámra a telefonján?

# en: do you have grandkids who play on your phone sometimes? not saying it's you, but kids hit those game ads all the time
accused-reply-1-wording-6 = Vannak unokái, akik néha játszanak a telefonján? Nem mondom, hogy Ön volt, de a gyerekek állandóan rábökdösnek ezekre a játékhirdetésekre.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation, now aimed at his family. He told you what he uses the phone for.
accused-reply-1-feedback = Nyugodtabb napon jogos kérdés, de közvetlenül az „Ön maga csinálta” után második vádnak hangzik, ezúttal a családja ellen. Elmondta, mire használja a telefont.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows, and the system says the confirmation came from your phone, on 18 March.
accused-reply-2 = Nem nevezem semminek, uram. Csak azt mondom, amit a rendszer mutat, és a rendszer szerint a megerősítés az Ön telefonjáról jött, március 18-án.

# en: I'm not accusing you of anything, sir. I'm just reporting the system's record, and it says the confirmation was made on your handset on 18 March.
accused-reply-2-wording-1 = Uram, én semminek nem nevezem Önt. Csak azt közlöm, amit a rendszer mutat, az pedig azt, hogy március 18-án az Ön készülékéről jött a megerősítés.

# en: Not accusing you; the system just says your phone confirmed it.
accused-reply-2-wording-2 = Én csak a rendszert idézem: az Ön telefonjáról erősítették meg.

# en: i'm not accusing you of anything sir, i'm just going by the system and it says your phone sent the confirmation on 18 march
accused-reply-2-wording-3 = nem mondtam semmit onrol, uram, csak leirom mi latszik nalunk: a megerosites marc. 18-an a maga keszulekerol erkezett

# en: I never called you a liar, sir. I'm just passing on the system's information, and it shows your phone confirmed it on 18 March.
accused-reply-2-wording-4 = Sosem mondtam, hogy hazudik, uram. Én csak továbbadom, ami a rendszerben van, és eszerint március 18-án az Ön telefonja hagyta jóvá.

# en: I'm not calling you a liar, but the system shows your phone confirmed it.
accused-reply-2-wording-5 = Nem mondom, hogy hazudik, de a rendszer szerint a telefonja erősítette meg.

# en: The system shows the confirmation came from your phone on 18 March, sir. I'm not calling you anything, I'm just telling you what it says.
accused-reply-2-wording-6 = A rendszer azt mutatja, uram, hogy március 18-án az Ön telefonjáról jött a jóváhagyás. Nem minősítem Önt semmilyen módon, csak közlöm, mi áll benne.

# en: 'I'm only the messenger' and a second reading of the record: you are now arguing his word against the system's, and he will not stop until one of you wins.
accused-reply-2-feedback = „Én csak a hírvivő vagyok”, és a nyilvántartás újbóli felolvasása: most már az ő szava áll szemben a rendszerével, és addig nem hagyja abba, amíg egyikük nem nyer.

# en: No, I believe you. These adverts are built so that one stray tap is enough, and most people never notice. None of this is your fault.
accused-reply-3 = Nem, hiszek Önnek. Ezeket a hirdetéseket úgy tervezik, hogy egyetlen véletlen koppintás elég legyen, és a legtöbben észre sem veszik. Ebben semmi sem az Ön hibája.

# en: I do believe you. These ads are designed so that a single accidental tap is all it takes, and most people don't even realise. You're not to blame for any of this.
accused-reply-3-wording-1 = Nem, elhiszem, amit mond. Ezeket a reklámokat szándékosan úgy készítik, hogy egy véletlen érintés is elég legyen, és az emberek többsége fel sem figyel rá. Ön semmit nem rontott el.

# en: I believe you. One accidental tap does it; it's not your fault.
accused-reply-3-wording-2 = Hiszek Önnek; ezek a reklámok csapdák, nem az Ön hibája.

# en: i believe you, honestly. these ads are made so one accidental tap does it, most people don't even spot it. none of it is your fault
accused-reply-3-wording-3 = Dehogy, hiszek magának. Ezek a hirdetések direkt olyanok, hogy egy rossz helyre bökés már aktivál, szinte senki nem veszi észre. Egyáltalán nem Ön tehet róla.

# en: Of course I believe you. Those ads are designed to catch an accidental tap, and most people don't even notice it happening. You did nothing wrong.
accused-reply-3-wording-4 = Természetesen hiszek Önnek. Ezeket a reklámokat arra találták ki, hogy egy akaratlan érintést is elcsípjenek, és a legtöbben észre sem veszik, hogy megtörtént. Önt semmilyen hiba nem terheli.

# en: I believe you, and it's not your fault.
accused-reply-3-wording-5 = Hiszek Önnek, és nem az Ön hibája.

# en: not your fault at all Mr Varga, i believe you. one slip of the finger on these ads is enough and people rarely notice
accused-reply-3-wording-6 = egyáltalán nem maga hibázott, Varga úr, hiszek magának. ezeknél a reklámoknál egy rossz mozdulat is elég, és az emberek ritkán veszik észre

# en: You took his word and took the blame off him in plain terms. He no longer has to prove he is honest, so he can stop fighting you and talk about his money.
accused-reply-3-feedback = Elfogadta a szavát, és egyértelműen levette róla a felelősséget. Már nem kell bizonyítania, hogy becsületes, így abbahagyhatja a harcot, és beszélhet a pénzéről.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = Na, ebből elég. Tizennégy éve vagyok maguknál, és így bánnak velem. Most azonnal kérek valakit Ön fölött. Vagy még ma felmondom a szerződésemet.

# en: Fourteen years, and this chat hasn't done you justice. I'll connect you if you like, but I can remove this month's charges myself, now. Shall I?
late-supervisor-reply-1 = Tizennégy év, és ez a chat nem bánt Önnel méltóan. Kapcsolom, ha szeretné, de az e havi díjakat most rögtön magam is levehetem. Megtegyem?

# en: After fourteen years with us, you deserved better from this chat. I can transfer you if you'd like, but I'm able to take off this month's charges myself right now. Would you like that?
late-supervisor-reply-1-wording-1 = Tizennégy éve ügyfelünk, és ebben a chatben nem így kellett volna bánnunk Önnel. Ha kéri, átkapcsolom, de a mostani négy tételt itt helyben én is jóvá tudom írni. Megcsináljam?

# en: Fourteen years deserves better. I can take this month's charges off now; shall I?
late-supervisor-reply-1-wording-2 = Tizennégy év után ezt nem érdemelte. Kapcsolom, vagy levegyem most a díjakat?

# en: 14 years with us and this chat hasn't treated you right. i can put you through if you want, but i can wipe this month's charges myself right now. should i?
late-supervisor-reply-1-wording-3 = Varga úr, 14 év hűség után ez a beszélgetés méltatlan volt Önhöz. Átadhatom a vezetőnek, de ezt a havi négy tételt én is törölhetem azonnal. Intézzem?

# en: You've been with us fourteen years and deserved better from me today. I'll transfer you if you want, but I could also credit this month's charges myself right now. Would you like me to?
late-supervisor-reply-1-wording-4 = Tizennégy éve van velünk, és jobbat érdemelt volna tőlem ma. Ha kéri, átkapcsolom, de az e havi díjakat most azonnal én magam is jóváírhatom. Szeretné?

# en: I can remove this month's charges myself right now. Shall I?
late-supervisor-reply-1-wording-5 = Az e havi díjakat most rögtön levehetem én is. Levegyem?

# en: Mr Varga, after 14 years you should've had better service here. happy to put you through, or i can take this month's charges off myself straight away, which would you like?
late-supervisor-reply-1-wording-6 = Tizennégy év után ennél jobb bánásmód járt volna Önnek, Varga úr. Mi legyen: átkapcsoljam, vagy inkább azonnal leveszem én az e havi tételeket?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. The choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = Reagált a tizennégy évére, beismerte, hogy a chat rosszul ment, és felajánlott valamit, amit ott helyben megtehet. A döntés az övé marad, de most már van oka maradni.

# en: Certainly, Mr Varga. I've passed your case on to a supervisor, who will contact you within 48 hours by phone or by e-mail, whichever you prefer.
late-supervisor-reply-2 = Természetesen, Varga úr. Az ügyét továbbítottam egy vezetőnek, aki 48 órán belül keresni fogja telefonon vagy e-mailben, ahogy Önnek kényelmesebb.

# en: Of course, Mr Varga. I've forwarded your case to a supervisor, and they'll get in touch within 48 hours, by email or phone as you prefer.
late-supervisor-reply-2-wording-1 = Hogyne, Varga úr. Az ügyét átküldtem egy vezetőnek, két napon belül jelentkezik Önnél, e-mailben vagy telefonon, ahogy Ön szeretné.

# en: Certainly; a supervisor will be in touch within 48 hours.
late-supervisor-reply-2-wording-2 = Továbbítottam egy vezetőnek, két napon belül keresi.

# en: sure Mr Varga, i've passed it to a supervisor, they'll contact you in the next 48 hrs, phone or email, whichever suits you
late-supervisor-reply-2-wording-3 = termeszetesen, az ugyet atkuldtem egy vezetonek, ket napon belul felkeresi telefonon vagy emailben

# en: Of course, Mr Varga. Your case is now with a supervisor, and you'll hear from them by phone or e-mail within 48 hours, whichever you'd like.
late-supervisor-reply-2-wording-4 = Persze, Varga úr. Az ügye már egy vezetőnél van, aki 48 órán belül jelentkezik Önnél telefonon vagy e-mailben, ahogy Ön kívánja.

# en: A supervisor will contact you within 48 hours.
late-supervisor-reply-2-wording-5 = Egy vezető 48 órán belül felveszi Önnel a kapcsolatot.

# en: your case has gone to a supervisor, sir. expect a call or an email from them in the next 48 hours, your choice which
late-supervisor-reply-2-wording-6 = Ügyét a felettesemhez továbbítottam, uram. A következő 48 órában hívást vagy e-mailt kap tőle, választása szerint.

# en: Polite, and it does what he asked, but a 48-hour wait for somebody else is one more 'passed on' in a story full of them. Offer the part you can fix before you hand the case away.
late-supervisor-reply-2-feedback = Udvarias, és megteszi, amit kért, de 48 óra várakozás valaki másra csak még egy „továbbítottam” egy ilyenekkel teli történetben. Ajánlja fel, amit maga megoldhat, mielőtt kiadja a kezéből az ügyet.

# en: I'll bring in my team leader, Ágnes, now. She'll have your whole story from me before she joins, and I'll stay in the chat until she does.
late-supervisor-reply-3 = Most behívom a csoportvezetőmet, Ágnest. Tőlem megkapja a teljes történetét, mielőtt csatlakozik, és én a chatben maradok, amíg ide nem ér.

# en: I'm bringing my team leader, Ágnes, into the chat right away. I'll give her your full story first, and I'll remain here until she's arrived.
late-supervisor-reply-3-wording-1 = Behívom Ágnest, a csoportvezetőmet. Mielőtt csatlakozik, tőlem mindent megtud az ügyéről, én pedig addig itt maradok a beszélgetésben.

# en: I'll bring Ágnes in now, fully briefed, and stay till she joins.
late-supervisor-reply-3-wording-2 = Hívom Ágnest, mindent átadok, és maradok a chatben.

# en: i'll get my team leader Ágnes in here now. i'll tell her everything first so you don't repeat yourself, and i'm not leaving the chat till she's here
late-supervisor-reply-3-wording-3 = szolok agnesnek, a csoportvezetomnek, elore mindent elmondok neki, es nem lepek ki, amig be nem jelentkezik

# en: Right away, I'm adding Ágnes, my team leader, to this chat. I'll update her on everything first, and I'll stay here with you until she's joined.
late-supervisor-reply-3-wording-4 = Azonnal hozzáadom a chathez Ágnest, a csoportvezetőmet. Előbb mindenről tájékoztatom, és amíg be nem kapcsolódik, itt maradok Önnel.

# en: Getting my team leader Agnes now, I'll stay till she's here.
late-supervisor-reply-3-wording-5 = Behívom a vezetőmet, Ágnest, és megvárom Önnel.

# en: Mr Varga, Ágnes, who leads my team, is joining now. She'll know your whole case from me before she arrives, and I won't leave the chat in the meantime.
late-supervisor-reply-3-wording-6 = Varga úr, Ágnes, a csapatom vezetője most csatlakozik. Tőlem már az egész ügyét ismerni fogja, mire belép, és közben én sem hagyom el a beszélgetést.

# en: A proper handover: he hears who, he won't have to repeat himself, and you don't vanish. The best reply also answered his fourteen years and offered to remove the charges first, which could have made the handover unnecessary.
late-supervisor-reply-3-feedback = Rendes átadás: megtudja, ki jön, nem kell ismételnie magát, és Ön sem tűnik el. A legjobb válasz ráadásul a tizennégy évére is felelt, és előbb felajánlotta a díjak levételét, amitől az átadás talán fölöslegessé vált volna.

# en: Fourteen years or not, cancelling won't get your money back any faster, sir, and the early termination fee would cost you more than these charges did.
late-supervisor-reply-4 = Tizennégy év ide vagy oda, a felmondással nem kapja vissza gyorsabban a pénzét, uram, és a korai felmondás díja többe kerülne, mint ezek a tételek.

# en: Fourteen years or not, sir, cancelling won't speed up your refund, and the early exit fee would be more than these charges cost you.
late-supervisor-reply-4-wording-1 = Akár tizennégy év, akár nem, a felmondástól nem kapja vissza hamarabb a pénzét, uram, ráadásul a korai felmondási díj drágább lenne ennél a pár tételnél.

# en: Cancelling won't help; the termination fee costs more than these charges.
late-supervisor-reply-4-wording-2 = Felmondással nem jár jobban, a kötbér drágább lenne.

# en: with respect sir, 14 years or not, leaving won't get the money back quicker and you'd pay more in exit fees than the charges did
late-supervisor-reply-4-wording-3 = Uram, a 14 év ide vagy oda, ha felmond, azzal nem jut hamarabb a pénzéhez, viszont a hűségidő előtti kilépés díja jóval több, mint ez a pár ezer forint.

# en: Sir, leaving us won't speed up the refund, and with the early cancellation fee you'd end up paying more than these charges.
late-supervisor-reply-4-wording-4 = Uram, ha elhagy minket, attól nem jön gyorsabban a visszatérítés, és a korai felmondás díjával többet fizetne, mint amennyi ez a terhelés.

# en: If you cancel, the termination fee costs more than the charges.
late-supervisor-reply-4-wording-5 = Ha felmond, a felmondási díj drágább, mint ezek a tételek.

# en: 14 years or not, cancelling your contract won't bring your money back any sooner, and breaking it early would cost you more than you lost.
late-supervisor-reply-4-wording-6 = Hiába a tizennégy év, a szerződés felbontásával nem kapja meg előbb a pénzét, a határidő előtti kilépés pedig többe kerülne, mint amennyit elvesztett.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a sum.
late-supervisor-reply-4-feedback = Ha egy fenyegetésre egy odavágott érvvel felel, azzal csak megerősíti, hogy mennie kell. Tizennégy év hűség a sérelmére érdemelt volna választ, nem egy összeget.

# en: All right. So do I get ALL my money back? The four on this bill, and the other ones from before. Those too.
refund-question-says-1 = Rendben. Szóval visszakapom az ÖSSZES pénzemet? A négyet ezen a számlán, és a korábbiakat is. Azokat is.

# en: 'The other ones from before' could mean more than one thing on his account. Find out which before you promise anything.
refund-question-hint = „A korábbiak” több dolgot is jelenthetnek a fiókjában. Tudja meg, melyiket, mielőtt bármit ígér.

# en: This month's four, yes. Which ones from before do you mean: the two MobilPlay charges on the March bill, or the 2,400-forint data top-up?
refund-question-reply-1 = Az e havi négyet igen. Melyik korábbiakra gondol: a márciusi számla két MobilPlay-díjára, vagy a 2400 forintos adatfeltöltésre?

# en: The four from this month, yes. When you say earlier ones, is that MobilPlay's two charges from March, or the data top-up of 2,400 forints?
refund-question-reply-1-wording-1 = A mostani négyet igen. A korábbiak közül melyikre gondol: a márciusi számlán lévő két MobilPlay-tételre, vagy a 2400 forintos adatjegyre?

# en: This month's, yes. Earlier ones: March's MobilPlay charges, or the 2,400 top-up?
refund-question-reply-1-wording-2 = A mostani négyet igen. Melyik korábbit: a két márciusit vagy a 2400-as feltöltést?

# en: yes to this month's four. which older ones do you mean, the 2 mobilplay charges from march or the 2,400 ft data top up?
refund-question-reply-1-wording-3 = A mostani számla négy tételét igen. Melyik régebbire gondol, a márciusi két MobilPlay-díjra vagy arra a 2400 Ft-os netfeltöltésre?

# en: Yes for the four on this bill. For the older ones, do you mean the two MobilPlay charges from March, or the 2,400 forint top-up for data?
refund-question-reply-1-wording-4 = Ezen a számlán lévő négy tételre igen a válasz. A régebbieknél mit ért: a két márciusi MobilPlay-terhelést vagy a 2400 forintos mobilnet-feltöltést?

# en: Yes to this month. Do you mean March's MobilPlay or the top-up?
refund-question-reply-1-wording-5 = Az e havi négyet igen. A márciusi MobilPlay-díjakra gondol, vagy a feltöltésre?

# en: just to check, by earlier ones do you mean MobilPlay's two in March or the 2,400 data top-up? the four from this month, yes
refund-question-reply-1-wording-6 = csak hogy tisztázzuk: a korábbiak alatt a MobilPlay két márciusi tételét érti, vagy a 2400-as netfeltöltést? a mostani négyre igen

# en: One short, specific question, with both things you can see on his account. It shows you are looking at his bill, not a script, and it saves a second round if you had guessed wrong.
refund-question-reply-1-feedback = Egy rövid, konkrét kérdés, mindkét tétellel, amit a fiókjában lát. Megmutatja, hogy az ő számláját nézi, nem egy forgatókönyvet, és megspórol egy második kört, ha rosszul tippelt volna.

# en: You have my word, Mr Varga: every forint, the old ones and the new ones. Don't worry, I'll make sure of that personally.
refund-question-reply-2 = A szavamat adom, Varga úr: minden forintot, a régieket és az újakat is. Ne aggódjon, erről személyesen gondoskodom.

# en: I promise you, Mr Varga: all of it, the earlier charges and the new. Don't you worry, I'll personally see that it happens.
refund-question-reply-2-wording-1 = Ígérem, Varga úr: minden egyes forintot visszakap, a régieket is, az újakat is. Nyugodt lehet, én magam gondoskodom róla.

# en: I promise, every forint, old and new.
refund-question-reply-2-wording-2 = Minden forintot visszakap, ezt garantálom.

# en: i promise you Mr Varga, every last forint, old and new. don't worry, i'll personally make sure of it
refund-question-reply-2-wording-3 = igen, minden fillert, a regit es az ujat is, a szavamat adom. ne izguljon, szemelyesen intezem

# en: I give you my word, Mr Varga, you'll get back every forint, both the earlier charges and the current ones. I'll personally make it happen, don't worry.
refund-question-reply-2-wording-4 = Becsületszavamra, Varga úr, minden egyes forint visszakerül Önhöz, a régebbi tételek és a mostaniak is. Magam intézem el, egy percig se fájjon miatta a feje.

# en: Yes, every forint back, old and new, I promise.
refund-question-reply-2-wording-5 = Igen, minden forintot visszakap, régit és újat is, ígérem.

# en: all of it, mr varga, the new ones and the old ones, you have my word. leave it to me and don't worry
refund-question-reply-2-wording-6 = Az egészet, Varga úr, az újakat is, a régieket is, erre mérget vehet. Bízza csak rám, ne emésztse magát.

# en: Warm, and for a moment he feels someone is on his side. But you don't know yet what 'the other ones' are, and anything on a paid bill is MobilPlay's to refund, not yours.
refund-question-reply-2-feedback = Meleg, és egy pillanatra úgy érzi, valaki mellette áll. De még nem tudja, mik azok a „korábbiak”, és ami egy kifizetett számlán van, azt a MobilPlay téríti vissza, nem Ön.

# en: This month's four, 5,960 forints, I'm taking off today. The two from March I'll claim back from MobilPlay; they have to answer within 15 days.
refund-question-reply-3 = Az e havi négyet, 5960 forintot, ma leveszem. A két márciusit visszakérem a MobilPlaytől; nekik 15 napon belül válaszolniuk kell.

# en: The four from this month, 5,960 forints, I'll remove today. For the two March ones, I'll put in a claim with MobilPlay, and they must reply within 15 days.
refund-question-reply-3-wording-1 = A mostani négyet, összesen 5960 forintot, még ma jóváírom. A két márciusit visszaigénylem a MobilPlaytől, és 15 napjuk van felelni.

# en: 5,960 off today; March's two I'll claim from MobilPlay.
refund-question-reply-3-wording-2 = Az 5960-at ma jóváírom, a márciusiakat visszakérem a MobilPlaytől.

# en: this month's 4, that's 5,960, coming off today. the 2 from march i'll claim from mobilplay and they've got 15 days to respond
refund-question-reply-3-wording-3 = ezt a havi 5960 forintot mar ma leirom, a marciusi kettot pedig reklamalom a MobilPlaynel, 15 napjuk van valaszolni

# en: Today I'm crediting this month's four charges, 5,960 forints. For March's two, I'll file a claim with MobilPlay, and they must respond within 15 days.
refund-question-reply-3-wording-4 = Ma jóváírom az e havi négy terhelést, 5960 forintot. A márciusi kettőre visszatérítési igényt nyújtok be a MobilPlaynél, és nekik 15 napon belül felelniük kell.

# en: 5,960 off today, and I'll claim March's two from MobilPlay.
refund-question-reply-3-wording-5 = Ma lejön az 5960, a márciusi kettőt a MobilPlaytől kérem vissza.

# en: the 5,960 for this month's four comes off today, mr varga. march's two i'll claim back from mobilplay, they have 15 days to answer
refund-question-reply-3-wording-6 = a mostani négy, 5960 Ft, még ma lekerül, Varga úr. a márciusi kettőt a MobilPlaytől követelem vissza, 15 napjuk van válaszolni

# en: An honest plan, and probably the right one. But 'the other ones' was vague, and his account also shows a 2,400-forint top-up; the best reply checked which he meant before answering a question he might not have asked.
refund-question-reply-3-feedback = Becsületes terv, és valószínűleg a helyes. De a „korábbiak” homályos volt, és a fiókjában egy 2400 forintos feltöltés is szerepel; a legjobb válasz előbb tisztázta, mire gondol, mielőtt egy talán fel sem tett kérdésre felelt volna.

# en: The MobilPlay ones, obviously. Two more on the March bill, and that one I've already paid. The top-up was mine, that's fine.
march-charges-says-1 = A MobilPlay-eseket, nyilván. Még kettő a márciusi számlán, és azt már kifizettem. A feltöltés az enyém volt, az rendben van.

# en: Part of this you can do yourself and part depends on MobilPlay. Say which is which, and promise only your part.
march-charges-hint = Ennek egy részét maga is meg tudja tenni, egy része a MobilPlaytől függ. Mondja meg, melyik melyik, és csak a saját részét ígérje meg.

# en: This month's four I can credit straight away. Charges on a bill that's already been paid can't be refunded, I'm afraid; that's the rule for closed bills.
march-charges-reply-1 = Az e havi négyet azonnal jóvá tudom írni. A már kifizetett számlán lévő díjakat sajnos nem lehet visszatéríteni; a lezárt számlákra ez a szabály.

# en: I can credit this month's four immediately. But charges on a bill you've already paid aren't refundable, I'm afraid; that's the policy once a bill is closed.
march-charges-reply-1-wording-1 = A mostani négy tételt azonnal jóváírom. Ami viszont a már befizetett számlán szerepel, azt sajnos nem lehet visszaadni, lezárt számlánál ez a szabály.

# en: This month's credited; paid bills can't be refunded, sorry.
march-charges-reply-1-wording-2 = Az e havit jóváírom, a kifizetett számlát nem lehet visszatéríteni.

# en: i can credit the 4 from this month right away, but stuff on a bill you've already paid can't be refunded sorry, that's the rule once the bill's closed
march-charges-reply-1-wording-3 = ezt a havi negyet rogton jovairom, a marciusi, mar kifizetett szamlat viszont sajnos nem tudjuk visszaterhelni, lezart szamlara ez vonatkozik

# en: I'll credit the four from this month right now. The ones on your March bill can't be refunded though, since that bill's paid and closed; that's our rule.
march-charges-reply-1-wording-4 = Az e havi négyet rögtön jóváírom. A márciusi számlán lévőket viszont nem lehet visszatéríteni, mert az a számla már ki van fizetve és le van zárva; ez nálunk a szabály.

# en: This month's yes, but a paid bill can't be refunded.
march-charges-reply-1-wording-5 = Az e havit igen, de kifizetett számlát nem térítünk vissza.

# en: sorry sir, once a bill is paid and closed we can't refund it, thats the rule. this month's four i can credit straight away though
march-charges-reply-1-wording-6 = sajnálom, uram, ha egy számlát befizettek és lezárult, azt már nem tudjuk visszatéríteni, ez a szabály. a mostani négyet viszont máris jóváírom

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' shuts a door you could have opened for him.
march-charges-reply-1-feedback = Félig jó: a jóváírás valódi. De a kifizetett díjakat is vissza lehet kérni a MobilPlaytől, és az „ez a szabály” bezár egy ajtót, amit kinyithatott volna neki.

# en: Both months, every forint, I promise you. I'll get all of it back for you personally, Mr Varga, so you can forget about it.
march-charges-reply-2 = Mindkét hónapot, minden forintot, megígérem. Személyesen szerzem vissza az egészet, Varga úr, úgyhogy nyugodtan elfelejtheti.

# en: All of it, both months, down to the last forint, I promise. I'll personally get the whole lot back for you, Mr Varga, so you needn't think about it again.
march-charges-reply-2-wording-1 = Mindkét hónapot visszakapja, az utolsó forintig, ígérem. Személyesen intézem, Varga úr, hogy minden visszajöjjön, Önnek többé nem kell ezzel foglalkoznia.

# en: Both months, all of it back, I promise you.
march-charges-reply-2-wording-2 = Mindkét hónap pénzét visszaszerzem, ígérem.

# en: both months, every single forint, promise. i'll get it all back for you myself Mr Varga, you can stop worrying about it
march-charges-reply-2-wording-3 = A márciust is, a mostanit is, minden fillért, ezt megígérem. Én hajtom be az egészet, Varga úr, Ön nyugodtan el is felejtheti.

# en: I promise you'll get every forint back from both months, Mr Varga. I'll personally take care of it all, so you won't need to think about it again.
march-charges-reply-2-wording-4 = Ígérem, Varga úr, mindkét hónapból minden forintot visszakap. Mindent én magam intézek, így többé nem kell ezen gondolkodnia.

# en: All of it, both months, I promise.
march-charges-reply-2-wording-5 = Mindet visszakapja, mindkét hónapét, ígérem.

# en: march and this month, every forint back, you have my promise. i'll handle it myself, just forget about it
march-charges-reply-2-wording-6 = a márciusit is, az e havit is, az utolsó forintig visszakapja, szavamat adom. elintézem, magának már nincs vele dolga

# en: It feels generous, and March's refund isn't yours to give: MobilPlay decides it. A promise you can't keep is the one he will quote back to you.
march-charges-reply-2-feedback = Nagyvonalúnak tűnik, de a márciusi visszatérítést nem Ön adja: arról a MobilPlay dönt. A be nem tartható ígéretet fogja majd visszaidézni Önnek.

# en: I'm sorry, Mr Varga, but for March you'd have to contact MobilPlay yourself, because that bill is closed on our side. I can send you their e-mail address.
march-charges-reply-3 = Sajnálom, Varga úr, de a márciusiak miatt Önnek kell megkeresnie a MobilPlayt, mert az a számla nálunk le van zárva. Elküldhetem az e-mail-címüket.

# en: Sorry, Mr Varga, for the March charges you'll need to get in touch with MobilPlay directly, as that bill is closed at our end. I can give you their email address.
march-charges-reply-3-wording-1 = Sajnos, Varga úr, a márciusi tételekkel a MobilPlayt kell megkeresnie, mivel az a számla nálunk már lezárult. Megírhatom az e-mail-címüket.

# en: Sorry, for March you'll need to contact MobilPlay yourself.
march-charges-reply-3-wording-2 = A márciusiakkal keresse a MobilPlayt, elküldöm az e-mail-címüket.

# en: sorry Mr Varga, march you'd need to take up with mobilplay yourself since that bill's closed for us. want their email?
march-charges-reply-3-wording-3 = ne haragudjon, de a marciusi szamla nalunk mar le van zarva, igy azzal maganak kell a mobilplayhez fordulnia. atkuldjem az email cimuket?

# en: Apologies, Mr Varga, the March bill is already closed here, so you'll have to approach MobilPlay yourself for those. I can give you their e-mail.
march-charges-reply-3-wording-4 = Elnézést, Varga úr, a márciusi számla nálunk már le van zárva, így azokért a tételekért Önnek kell jelentkeznie a MobilPlaynél. Megadhatom az e-mail-címüket.

# en: Sorry, March you have to take up with MobilPlay.
march-charges-reply-3-wording-5 = Sajnálom, a márciusiakat a MobilPlaynél kell intéznie.

# en: I can send you MobilPlay's e-mail address, Mr Varga, because March is closed on our end and you'd need to contact them directly about it. Sorry.
march-charges-reply-3-wording-6 = Átküldhetem a MobilPlay e-mail-címét, Varga úr: a márciusi számla nálunk már le van zárva, így azokkal a díjakkal közvetlenül hozzájuk kell fordulnia. Sajnálom.

# en: The apology turns into the one thing he asked you not to do: send him to MobilPlay. He has no contract with them, and you do.
march-charges-reply-3-feedback = A bocsánatkérésből épp az lesz, amit kért, hogy ne tegyen: a MobilPlayhez küldi. Neki nincs szerződése velük, Önöknek van.

# en: This month's 5,960 I'm removing today. March's two I'll claim from MobilPlay: I can't promise their answer, but you'll have it by text within 15 days.
march-charges-reply-4 = Az e havi 5960-at ma leveszem. A két márciusit visszakérem a MobilPlaytől: a válaszukat nem ígérhetem, de 15 napon belül SMS-ben megkapja.

# en: I'm taking this month's 5,960 off today. I'll claim March's two from MobilPlay; I can't guarantee what they'll say, but you'll get their answer as a text within 15 days.
march-charges-reply-4-wording-1 = A mostani 5960 forintot még ma jóváírom. A két márciusi tételt visszaigénylem a MobilPlaytől; hogy mit felelnek, azt nem tudom garantálni, viszont SMS-ben értesítem, legkésőbb 15 napon belül.

# en: 5,960 off today; March I'll claim, no promises, answer by text in 15 days.
march-charges-reply-4-wording-2 = Az 5960 ma lejön; a márciusit kérem, a választ SMS-ben küldöm.

# en: this month's 5,960 is coming off today. the two from march i'll claim from mobilplay, can't promise what they'll decide but i'll text you their answer within 15 days
march-charges-reply-4-wording-3 = ezt a havi 5960-at ma leirjuk. a ket marciusit megprobalom visszaszerezni a MobilPlaytol, az eredmenyt nem igerhetem, viszont ket heten belul jon rola sms

# en: Today I'm crediting the 5,960 from this month. For March's two, I'll lodge a claim with MobilPlay; I can't guarantee they'll agree, but I'll text you their decision within 15 days.
march-charges-reply-4-wording-4 = Ma jóváírom az e havi 5960 forintot. A két márciusira igényt nyújtok be a MobilPlaynél; azt nem garantálhatom, hogy elfogadják, de 15 napon belül SMS-ben megírom a döntésüket.

# en: 5,960 off today. March I'll claim, can't promise, I'll text you.
march-charges-reply-4-wording-5 = Az 5960 ma lejön. Márciust reklamálom, nem ígérhetek, SMS-t küldök.

# en: Mr Varga, no promises on March, that's up to MobilPlay, but I'll claim both charges and text you what they say within 15 days. The 5,960 for this month comes off today.
march-charges-reply-4-wording-6 = Varga úr, a márciusiról nem ígérhetek semmit, az a MobilPlayen múlik, de mindkét tételt visszakérem, és 15 napon belül SMS-ben megírom, mit feleltek. Az e havi 5960 ma lekerül.

# en: Honest about both parts: what you do yourself and what depends on MobilPlay, with a deadline and the way he will hear. Clear bad news is easier to take than a promise that breaks in a fortnight.
march-charges-reply-4-feedback = Mindkét részről őszintén beszél: mit tesz meg maga, és mi függ a MobilPlaytől, határidővel, és azzal, hogyan értesül. A világos rossz hírt könnyebb elfogadni, mint egy ígéretet, amely két hét múlva megdől.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = Az utolsó forintig? Múlt héten azt mondták, hogy semmit sem tudnak tenni. Most meg mindenre a szavát adja. Akkor melyik? Ezt tényleg garantálni tudja?

# en: Fair question; I should be exact. This month's four I remove myself, today. March's two I must claim from MobilPlay, and I'll text you their answer.
refund-doubt-reply-1 = Jogos kérdés; pontosnak kell lennem. Az e havi négyet magam veszem le, ma. A két márciusit a MobilPlaytől kell visszakérnem, és SMS-ben megírom a válaszukat.

# en: That's a fair point; let me be precise. The four from this month I'll take off myself today. The two from March have to be claimed from MobilPlay; I'll text you what they decide.
refund-doubt-reply-1-wording-1 = Jogos, pontosítanom kell. A mostani négy tételt én magam írom jóvá még ma. A márciusi kettőt viszont csak a MobilPlaytől kérhetem vissza; a válaszukat SMS-ben továbbítom.

# en: Fair point. This month's I remove today; March's depends on MobilPlay.
refund-doubt-reply-1-wording-2 = Pontosítok: az e havit én törlöm, a márciusi a MobilPlayen múlik.

# en: fair q, i should be more precise. this month's 4 i'm removing myself today, march's 2 i have to claim from mobilplay, then i'll text you their reply
refund-doubt-reply-1-wording-3 = Igaza van, rosszul fogalmaztam, legyek pontos. Ami ebben a hónapban jött, azt ma leveszem, ez rajtam múlik. A márciusiakról a MobilPlay dönt, visszakérem, és megírom SMS-ben, mit mondtak.

# en: You're right to ask, let me be accurate. I take off this month's four myself, today. The two March ones depend on a claim to MobilPlay, and I'll text you what they decide.
refund-doubt-reply-1-wording-4 = Helyes, hogy megkérdezi, pontosítok. Ezen a számlán a négy tételt saját hatáskörben még ma törlöm. A két márciusiról a MobilPlay dönt a reklamációm alapján, a döntésüket SMS-ben elküldöm.

# en: To be exact: this month's today, March depends on MobilPlay.
refund-doubt-reply-1-wording-5 = Pontosan: az e havi ma lejön, a március a MobilPlaytől függ.

# en: Mr Varga, good question, I should have been precise. the four on this bill come off today, by me. the two from march need a claim to mobilplay and i'll text you their answer
refund-doubt-reply-1-wording-6 = jó kérdés, Varga úr, pontosabbnak kellett volna lennem. ennek a számlának a négy tételét ma én veszem le. a két márciusihoz reklamáció kell a MobilPlaynél, és sms-ben megírom a válaszukat

# en: Taking back your own promise is hard, and right. It costs a little trust now and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = A saját ígéretét visszavonni nehéz, és helyes. Most egy kis bizalomba kerül, és sokkal többet megspórol, mint amennyibe két hét múlva egy megszegett garancia kerülne.

# en: Yes, I guarantee it, every single forint of it. Leave it all with me, Mr Varga, and don't worry about a thing; I'll see it through personally.
refund-doubt-reply-2 = Igen, garantálom, az utolsó forintig. Bízza csak rám, Varga úr, és semmi miatt ne aggódjon; személyesen végigviszem az egészet.

# en: Yes, I can guarantee it, every last forint. Leave everything to me, Mr Varga, and stop worrying; I'll personally make sure it's done.
refund-doubt-reply-2-wording-1 = Igen, garantálom, minden egyes forintot. Bízza rám, Varga úr, semmin ne aggódjon, én végig személyesen viszem az ügyet.

# en: Yes, guaranteed, every forint. Leave it to me.
refund-doubt-reply-2-wording-2 = Igen, garantálom, az utolsó fillérig.

# en: yes 100% guaranteed, every single forint. just leave it all to me, don't worry about anything, i'll handle it personally
refund-doubt-reply-2-wording-3 = Persze, száz százalékig biztosíthatom, hogy mindent visszakap. Hagyja csak rám, nincs miért idegeskednie, végigkísérem az egészet.

# en: Absolutely, I guarantee every forint. You can leave it all to me, Mr Varga, I'll personally follow it through, so no need to worry.
refund-doubt-reply-2-wording-4 = Abszolút, minden forintért kezeskedem. Nyugodtan rám hagyhatja, Varga úr, személyesen követem végig, így nem kell aggódnia.

# en: Yes, I guarantee you'll get every forint.
refund-doubt-reply-2-wording-5 = Igen, garantálom, hogy minden forintot visszakap.

# en: you have my guarantee mr varga, every forint. i'll see to it myself, don't worry about a thing
refund-doubt-reply-2-wording-6 = garantálom, Varga úr, minden forintot. én magam figyelek rá, egy percig se aggódjon

# en: He told you exactly why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, yours is the word that breaks.
refund-doubt-reply-2-feedback = Pontosan elmondta, miért kételkedik, és Ön megduplázta az ígéretet ahelyett, hogy ellenőrizte volna. Ha a MobilPlay elutasítja a márciusi díjakat, az Ön szava törik meg.

# en: Fair question, sir. What I meant is that we'll do everything we can; cases like yours are usually settled in the customer's favour, so please don't worry.
refund-doubt-reply-3 = Jogos kérdés, uram. Úgy értettem, hogy mindent megteszünk; az ilyen ügyek általában az ügyfél javára dőlnek el, úgyhogy kérem, ne aggódjon.

# en: Fair question, sir. I meant that we'll do all we can; these cases normally go the customer's way, so try not to worry.
refund-doubt-reply-3-wording-1 = Érthető a kérdés, uram. Úgy gondoltam, hogy minden tőlünk telhetőt megteszünk; ezek az ügyek többnyire az ügyfélnek kedveznek, úgyhogy ne aggódjon.

# en: We'll do all we can; these usually go the customer's way.
refund-doubt-reply-3-wording-2 = Mindent megteszünk, és ez többnyire sikerül.

# en: good question sir, i meant we'll try our best, cases like this normally end up going the customer's way so don't worry too much
refund-doubt-reply-3-wording-3 = jogos, uram. arra gondoltam, hogy mindent elkovetunk, es altalaban az ugyfel jar jol az ilyenekkel, szoval ne izguljon

# en: A fair question, sir. I only meant we'll try our hardest; these cases mostly end well for the customer, so there's no need to worry.
refund-doubt-reply-3-wording-4 = Jogos kérdés, uram. Csak annyit akartam mondani, hogy mindent megpróbálunk; ezek az esetek többnyire jól végződnek az ügyfél számára, úgyhogy nem kell aggódnia.

# en: We'll try our best, these usually end in your favour.
refund-doubt-reply-3-wording-5 = Igyekszünk, ezek általában az Ön javára dőlnek el.

# en: don't worry too much sir, we do everything we can and usually the customer wins in cases like yours
refund-doubt-reply-3-wording-6 = Nem kell nagyon izgulnia, uram, beleadunk apait-anyait, és a hasonló esetekben általában az ügyfélnek lesz igaza.

# en: He asked for a straight yes or no and got 'usually'. The vaguer the answer, the more it sounds like the hotline he is trying to get past.
refund-doubt-reply-3-feedback = Egyenes igent vagy nemet kért, és „általában”-t kapott. Minél homályosabb a válasz, annál inkább úgy hangzik, mint a telefonos ügyfélszolgálat, amelyen túl akar jutni.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = Szóval fizessek 2980 forintot valamiért, amit sosem rendeltem meg, egy „szabály” miatt? PONTOSAN EZÉRT mondtam, hogy ez csalás.

# en: I'm sorry, but I've already told you what I'm able to do, Mr Varga. Once a bill is paid, it's closed, and I can't reopen it from here.
refund-refused-reply-1 = Sajnálom, de már elmondtam, mit tudok tenni, Varga úr. Ha egy számla ki van fizetve, le van zárva, és innen nem tudom újra megnyitni.

# en: I'm sorry, Mr Varga, but I've explained what I can do. When a bill has been paid it's closed, and I'm not able to reopen it.
refund-refused-reply-1-wording-1 = Sajnálom, Varga úr, de már elmondtam, mire van lehetőségem. A kifizetett számla lezárul, azt innen nem lehet újra megnyitni.

# en: Sorry, a paid bill is closed; I can't reopen it.
refund-refused-reply-1-wording-2 = Már elmondtam: a kifizetett számlát nem nyithatom újra.

# en: sorry but i've already said what i can do. once the bill's paid it's closed and there's no way for me to open it again
refund-refused-reply-1-wording-3 = sajnalom, de amit tudtam, mar leirtam. ami ki van fizetve, az lezarult, azt en innen nem tudom visszanyitni

# en: Sorry, Mr Varga, I've already explained my options. A paid bill is closed and there's no way for me to reopen it from my end.
refund-refused-reply-1-wording-4 = Sajnálom, Varga úr, a lehetőségeimet már ismertettem. A befizetett számla lezárt, és az én oldalamról nincs mód újranyitni.

# en: Sorry, I can't reopen a bill that's already paid.
refund-refused-reply-1-wording-5 = Sajnálom, egy már kifizetett számlát nem tudok újranyitni.

# en: as i said, once you've paid a bill it gets closed, and i can't open it again from here sorry mr varga
refund-refused-reply-1-wording-6 = Ahogy mondtam, a befizetés után a számla lezárul, és innen nem tudom újra megnyitni. Sajnálom, Varga úr.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-1-feedback = Nyugodt, de megismétli az elutasítást, és 2980 forint mínuszban hagyja, úgy, hogy nincs kihez fordulnia. A „le van zárva” lesz az, amit idézni fog, amikor elmeséli ezt a történetet.

# en: You're right to push back; I put that badly. I can't remove March's two myself, but I'll claim them from MobilPlay today and text you their answer.
refund-refused-reply-2 = Joggal tiltakozik; ezt rosszul fogalmaztam. A két márciusit magam nem vehetem le, de ma visszakérem őket a MobilPlaytől, és SMS-ben megírom a válaszukat.

# en: You're right to challenge that; I explained it poorly. I'm not able to take off March's two myself. I'll put in a claim to MobilPlay today and send you their reply by text.
refund-refused-reply-2-wording-1 = Jogosan tiltakozik, rosszul mondtam. A két márciusi tételt én nem tudom levenni, de még ma visszaigénylem őket a MobilPlaytől, a válaszukat pedig SMS-ben küldöm.

# en: Fair challenge, I said it badly. I'll claim March's from MobilPlay today.
refund-refused-reply-2-wording-2 = Rosszul fogalmaztam: a márciusit ma visszakérem a MobilPlaytől.

# en: you're right to call me out on that, i worded it badly. i can't take the march ones off myself but i'll put a claim in with mobilplay today and send you a text with what they say
refund-refused-reply-2-wording-3 = Igaza van, ezt elrontottam. A márciusiakat nem én törölhetem, de ma elindítom a visszakérést a MobilPlaynél, és üzenetben tájékoztatom a válaszukról.

# en: Fair enough, that came out wrong. I can't take March's two off myself, but I'll file a claim with MobilPlay today and let you know their answer by text.
refund-refused-reply-2-wording-4 = Igaza van, ez rosszul jött ki. A két márciusit nem én tudom levenni, de még ma beadom az igényt a MobilPlaynél, és SMS-ben értesítem a válaszukról.

# en: I phrased that badly. I'll claim March back from MobilPlay today.
refund-refused-reply-2-wording-5 = Ezt elrontottam. Ma reklamálom a márciusit a MobilPlaynél.

# en: mr varga, you're right to object, i explained that poorly. march's two aren't mine to remove, but i'm sending a claim to mobilplay today and will text you their reply
refund-refused-reply-2-wording-6 = Varga úr, jogosan háborog, rosszul magyaráztam. a két márciusit nem én törölhetem, de ma elküldöm a reklamációt a MobilPlaynek, és sms-ben megírom, mit válaszoltak

# en: You corrected yourself without defending the 'rule' and said what you can do instead. Saying what is possible turns a refusal into a plan.
refund-refused-reply-2-feedback = Kijavította magát anélkül, hogy a „szabályt” védte volna, és megmondta, mit tehet helyette. Ha kimondja, mi lehetséges, az elutasításból terv lesz.

# en: It isn't a scam, sir. It's how billing works at every operator in the country: a paid bill is closed, and the same rule would apply anywhere.
refund-refused-reply-3 = Ez nem csalás, uram. Az ország minden szolgáltatójánál így működik a számlázás: a kifizetett számla le van zárva, és bárhol máshol ugyanez lenne a szabály.

# en: This is not a scam, sir. All operators nationwide bill this way: once a bill's paid, it's closed, and you'd find the same rule anywhere.
refund-refused-reply-3-wording-1 = Uram, ez nem csalás. Az országban minden szolgáltató így számláz: ami ki van fizetve, az le van zárva, bárhol máshol is ugyanez a szabály.

# en: It's not a scam; every operator closes paid bills.
refund-refused-reply-3-wording-2 = Ez nem csalás; minden szolgáltatónál ugyanez a szabály.

# en: it's not a scam sir, it's just how billing works with all the providers, once a bill's paid it's closed and it'd be the same wherever you went
refund-refused-reply-3-wording-3 = nem csalasrol van szo, uram. barmelyik mobilcegnel ugyanigy megy: a befizetett szamla lezarul, mashol sem lenne ez maskepp

# en: Sir, this is no scam. Every provider in the country does billing like this: paid bills are closed, and you'd face the same rule with any other company.
refund-refused-reply-3-wording-4 = Uram, ez nem átverés. Az országban minden szolgáltató így számláz: a befizetett számla lezárul, és bármelyik másik cégnél ugyanebbe a szabályba ütközne.

# en: It's not a scam, all operators do it this way.
refund-refused-reply-3-wording-5 = Ez nem csalás, minden szolgáltató így csinálja.

# en: same rule at every phone company in the country sir, paid bills get closed. so no, its not a scam
refund-refused-reply-3-wording-6 = Az ország összes telefontársaságánál ugyanez a rend, uram: a kifizetett számla lezárt. Tehát nem, ez nem csalás.

# en: You argued with the word 'scam' and defended the rule he is angry about. Being right about other operators gets him nothing back.
refund-refused-reply-3-feedback = A „csalás” szóval vitatkozott, és azt a szabályt védte, ami miatt dühös. Hogy a többi szolgáltatóról igaza van, abból ő semmit sem kap vissza.

# en: And what stops this happening again next month? You lot get a cut of every one of these, don't you? That's why you let them onto people's bills.
block-question-says-1 = És mi akadályozza meg, hogy jövő hónapban újra megtörténjen? Maguk minden ilyenből kapnak egy részt, ugye? Ezért engedik rá őket az emberek számlájára.

# en: He may even be right about the cut. Winning that point gains you nothing; his question is about next month.
block-question-hint = Lehet, hogy a részesedésről még igaza is van. Ha ezt a pontot megnyeri, semmit sem nyer vele; az ő kérdése a jövő hónapról szól.

# en: Mr Varga, that's not quite fair. We're a regulated operator, strict rules apply to every partner, and we certainly don't let just anyone charge our customers.
block-question-reply-1 = Varga úr, ez nem egészen igazságos. Szabályozott szolgáltató vagyunk, minden partnerre szigorú szabályok vonatkoznak, és biztosan nem engedünk akárkit az ügyfeleink számlájára.

# en: Mr Varga, that isn't really fair. We're a regulated company, every partner has to follow strict rules, and we definitely don't allow just anybody to bill our customers.
block-question-reply-1-wording-1 = Varga úr, ez így nem igazságos. Szabályozott szolgáltató vagyunk, a partnereinkre szigorú előírások vonatkoznak, és egészen biztosan nem engedünk bárkit az ügyfeleink számlájára.

# en: That's unfair; we're regulated and partners follow strict rules.
block-question-reply-1-wording-2 = Ez nem fair; szigorúan ellenőrizzük a partnereinket.

# en: that's a bit unfair Mr Varga, we're regulated, there are strict rules for all partners, we don't just let anyone bill our customers
block-question-reply-1-wording-3 = Ez azért túlzás. Hatósági felügyelet alatt működünk, a partnereket komolyan szűrjük, nem kerülhet fel akárki a vevőink számlájára.

# en: That's unfair, Mr Varga. We're regulated, all partners must follow strict rules, and we don't allow any random company to bill our customers.
block-question-reply-1-wording-4 = Ez méltánytalan, Varga úr. Szabályozott cég vagyunk, minden partnernek szigorú feltételeket kell betartania, és nem engedjük meg akármilyen cégnek, hogy az ügyfeleinket terhelje.

# en: That's not fair, we're a regulated company with strict rules.
block-question-reply-1-wording-5 = Ez nem igazságos, szigorú szabályok szerint működünk.

# en: with respect mr varga, we are regulated and partners have strict rules to follow, not just anyone can charge our customers
block-question-reply-1-wording-6 = tisztelettel, Varga úr, minket szabályoznak, és a partnereknek szigorú előírásokat kell követniük, nem terhelheti bárki az ügyfeleinket

# en: You took the bait and defended the company's honour, and his real question, next month, went unanswered. Each reason you give him is one more thing to argue with.
block-question-reply-1-feedback = Bekapta a csalit, és a cég becsületét védte, a valódi kérdése, a jövő hónap, pedig megválaszolatlan maradt. Minden ok, amit felhoz, még egy dolog, amin vitatkozhat.

# en: The best protection is to be careful with adverts, Mr Varga: never tap 'subscribe' on anything, and always read the small print before you agree.
block-question-reply-2 = A legjobb védekezés, ha óvatos a hirdetésekkel, Varga úr: soha ne koppintson semmin arra, hogy „előfizetek”, és mindig olvassa el az apró betűs részt.

# en: The best way to protect yourself, Mr Varga, is to be wary of adverts: don't ever tap subscribe on anything; always check the small print first.
block-question-reply-2-wording-1 = A legjobb védelem, ha elővigyázatos a reklámokkal, Varga úr: soha ne nyomjon rá semmin az „előfizetek” gombra, és az apró betűs részt mindig nézze meg.

# en: Be careful with ads and never tap subscribe.
block-question-reply-2-wording-2 = Vigyázzon a hirdetésekkel, és nézze meg az apró betűt.

# en: best thing is to watch out for ads Mr Varga, never hit subscribe on anything, always read the fine print before agreeing
block-question-reply-2-wording-3 = hat, az a legjobb, ha ovatosan banik a reklamokkal: semmire ne bokjon ra, amin elofizetes all, es mindig nezze meg az aprobetus reszt

# en: To protect yourself, Mr Varga, be careful with ads: don't press subscribe on anything and read the terms before agreeing to anything.
block-question-reply-2-wording-4 = Hogy megvédje magát, Varga úr, legyen óvatos a reklámokkal: semmin ne nyomja meg az előfizetés gombot, és mielőtt bármibe beleegyezik, olvassa el a feltételeket.

# en: Just don't tap on ads or subscribe buttons.
block-question-reply-2-wording-5 = Csak ne nyomjon rá reklámokra és előfizetés gombokra.

# en: Read the small print before agreeing to anything, Mr Varga, and never tap subscribe on an advert. That's the best way to stay safe.
block-question-reply-2-wording-6 = Mielőtt bármit elfogad, Varga úr, olvassa át az apró betűt, és reklámon soha ne koppintson az előfizetésre. Így biztonságban lesz.

# en: Sound advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = Papíron jó tanács, de neki azt mondja, hogy az egész az ő figyelmetlensége volt. Hívásokra és az időjárásra használja a telefont; egy kiselőadás a hirdetésekről visszateszi rá a felelősséget.

# en: I can put a free block on all partner charges on your number, so none of them can bill you again. Shall I do that now?
block-question-reply-3 = Ingyenesen letilthatom az összes partnerdíjat a számán, így egyikük sem terhelheti többé. Bekapcsoljam most a letiltást?

# en: I can set up a free block on every partner charge for your number; that way none of them will be able to bill you again. Would you like me to do it now?
block-question-reply-3-wording-1 = Díjmentesen letilthatom a számán az összes partnerdíjat, így egyikük sem vonhat le többé semmit. Bekapcsoljam most?

# en: I can put a free block on partner charges. Shall I do it now?
block-question-reply-3-wording-2 = Ingyen letilthatom a partnerdíjakat, bekapcsoljam?

# en: i can set up free barring for every partner charge on your line, then none of them can charge you again, want me to set it up now?
block-question-reply-3-wording-3 = Van egy ingyenes tiltás, amivel semmilyen külső cég nem terhelhet a számára. Aktiváljam most azonnal?

# en: There's a free option to bar all partner billing on your number, so none of these companies can charge you again. Would you like me to switch it on now?
block-question-reply-3-wording-4 = Díj nélkül zárolhatom a számán az összes külső cég általi terhelést, így ezek a cégek soha többé nem számlázhatnak Önnek. Szeretné, hogy most aktiváljam?

# en: Shall I switch on the free barring for you now?
block-question-reply-3-wording-5 = Bekapcsoljam most Önnek az ingyenes letiltást?

# en: mr varga, i could block every partner service on your number for free, then nobody can bill you like this again. should i do it now?
block-question-reply-3-wording-6 = Varga úr, ingyen letilthatok minden partnerszolgáltatást a számán, és akkor senki nem terhelheti így többé. megcsináljam most?

# en: The right fix, offered without rising to the jibe about the cut. The best reply also told him, in one clause, that he was right not to want this on his bill, and simply did it.
block-question-reply-3-feedback = A helyes megoldás, anélkül hogy ráharapott volna a részesedésről szóló szurkálódásra. A legjobb válasz egy mellékmondatban azt is megmondta neki, hogy joggal nem akarja ezt a számláján látni, és egyszerűen megcsinálta.

# en: Honestly, I can't guarantee that. There are lots of these companies, new ones appear every month, and we can't check them all before they start billing.
block-question-reply-4 = Őszintén szólva ezt nem tudom garantálni. Rengeteg ilyen cég van, minden hónapban jelennek meg újak, és nem tudjuk mindet ellenőrizni, mielőtt számlázni kezdenek.

# en: To be honest, I can't promise that. There are loads of these firms, new ones keep popping up every month, and there's no way we can vet all of them before they start charging.
block-question-reply-4-wording-1 = Őszintén, erre nem tudok garanciát adni. Rengeteg ilyen cég létezik, havonta bukkannak fel újak, és nem tudjuk mindegyiket átvilágítani, mielőtt terhelni kezdenek.

# en: Honestly, I can't guarantee it; there are too many of these companies.
block-question-reply-4-wording-2 = Ezt nem garantálhatom, túl sok ilyen cég van.

# en: honestly i can't promise anything, there's tons of these companies and new ones every month, we can't check every one before they start charging
block-question-reply-4-wording-3 = nem tudom megigerni, sajnos. annyi ilyen ceg van, es folyton jonnek ujak, nincs esely mindet leellenorizni mielott szamlaznak

# en: I'll be honest, there's no guarantee. So many of these firms exist, and new ones keep appearing every month, so we can't vet each one before it starts charging.
block-question-reply-4-wording-4 = Őszinte leszek: garancia nincs. Annyi ilyen cég működik, és havonta jönnek újak, hogy nem tudjuk mindegyiket előre megvizsgálni, mielőtt pénzt kérnének.

# en: I can't guarantee it, new companies pop up every month.
block-question-reply-4-wording-5 = Nem tudom garantálni, havonta jelennek meg új cégek.

# en: new firms like this show up every month and we can't check them all in advance, so honestly i can't promise it won't happen again
block-question-reply-4-wording-6 = minden hónapban bukkannak fel ilyen új cégek, és nem tudjuk mindet előre ellenőrizni, úgyhogy őszintén, nem ígérhetem, hogy nem fordul elő újra

# en: Honest, and helpless, when there is a block you could switch on. He leaves expecting to find the next one on his bill himself.
block-question-reply-4-feedback = Őszinte és tehetetlen, miközben van letiltás, amit bekapcsolhatna. Úgy megy el, hogy a következőt is magának kell majd megtalálnia a számláján.

# en: Mr Varga, whoever earns what, it shouldn't be on your bill. I've put a free block on all partner charges; a text will confirm it.
block-question-reply-5 = Varga úr, akárki mennyit keres rajta, ennek nincs helye az Ön számláján. Ingyenesen letiltottam az összes partnerdíjat; SMS-t kap róla.

# en: Mr Varga, regardless of who makes money from it, it has no business being on your bill. I've switched on a free block for all partner charges, and you'll get a text confirming it.
block-question-reply-5-wording-1 = Varga úr, bárki bármennyit is keres ezen, az Ön számláján ennek nincs helye. Az összes partnerdíjat ingyenesen letiltottam, SMS-ben értesítjük róla.

# en: It doesn't belong on your bill. I've blocked all partner charges, free.
block-question-reply-5-wording-2 = Ennek nincs helye a számláján; minden partnerdíjat letiltottam.

# en: Mr Varga, never mind who gets what, this doesn't belong on your bill full stop. i've set up a free block on every partner charge and you'll get a text to confirm
block-question-reply-5-wording-3 = Teljesen mindegy, ki mennyit nyer rajta, ilyesmi nem kerülhet az Ön számlájára. Már be is kapcsoltam az ingyenes partnertiltást, SMS-t is kap róla.

# en: Regardless of who profits, Mr Varga, this should never have been on your bill. I've already barred all partner charges on your number at no cost, and you'll receive a text to confirm.
block-question-reply-5-wording-4 = Függetlenül attól, ki nyer rajta, Varga úr, ennek soha nem lett volna szabad a számláján lennie. A számán díjmentesen már letiltottam minden partneres terhelést, és SMS-ben megerősítést kap.

# en: Whoever profits, it has no place on your bill. Blocked already, text coming.
block-question-reply-5-wording-5 = Bárki is profitál, a számláján nincs helye. Már letiltva, jön az SMS.

# en: it doesnt matter who gets a cut, mr varga, it shouldnt be on your bill. partner charges are now blocked on your number free of charge, and a text confirmation is on its way
block-question-reply-5-wording-6 = mindegy, ki kap belőle részt, Varga úr, ez nem kerülhetett volna a számlájára. a partnerdíjak már tiltva vannak a számán, ingyen, és a visszaigazoló sms úton van

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

# en: MobilPlay has been cancelled, partner charges are barred, 5,960 forints will be credited today, and there's a claim in for the 2,980 from March, which MobilPlay has 15 working days to respond to.
wrap-up-reply-1-wording-1 = A MobilPlay-előfizetést megszüntettük, a partnerdíjakat letiltottuk, ma jóváírunk 5960 forintot, a márciusi 2980 forintra pedig beadtuk a kérelmet, amire a MobilPlaynek 15 munkanap alatt felelnie kell.

# en: Cancelled, blocked, 5,960 credited today, March's 2,980 claimed.
wrap-up-reply-1-wording-2 = Leállítva, letiltva, 5960 ma jóváírva, márciusira kérelem beadva.

# en: mobilplay cancelled, partner billing blocked, 5,960 back today, and a claim's been lodged for march's 2,980, mobilplay has 15 working days to reply
wrap-up-reply-1-wording-3 = Összefoglalva: MobilPlay lekapcsolva, partnertiltás aktív, 5960 Ft ma visszajön, a márciusi 2980 Ft-ra reklamáció ment, 15 munkanapjuk van válaszolni.

# en: Here's where things stand: MobilPlay is cancelled, all partner billing is barred, 5,960 forints is credited to you today, and March's 2,980 is under a claim that MobilPlay must reply to within 15 working days.
wrap-up-reply-1-wording-4 = A helyzet most ez: a MobilPlay megszüntetve, minden partneres számlázás letiltva, ma 5960 forintot jóváírunk Önnek, a márciusi 2980-ra pedig reklamáció van folyamatban, amire a MobilPlaynek 15 munkanapon belül felelnie kell.

# en: MobilPlay cancelled, partner charges blocked, 5,960 back today, March claimed.
wrap-up-reply-1-wording-5 = MobilPlay lemondva, partnerdíjak tiltva, 5960 ma vissza, márciusi reklamálva.

# en: Today 5,960 is credited and partner charges are blocked, MobilPlay is stopped, and March's 2,980 has a claim in; they have 15 working days to answer.
wrap-up-reply-1-wording-6 = Ma jóváírjuk az 5960 forintot és letiltottuk a partnerdíjakat, a MobilPlay le van állítva, a márciusi 2980-ra pedig beadtuk a reklamációt; 15 munkanapjuk van válaszolni.

# en: Complete and exact: every amount, the open claim and its deadline. What it leaves out is him: no thanks, no word about last week, and nothing about who will tell him MobilPlay's answer.
wrap-up-reply-1-feedback = Teljes és pontos: minden összeg, a nyitott igény és a határideje. Ami kimarad, az ő maga: se köszönet, se egy szó a múlt hétről, és az sem, ki értesíti a MobilPlay válaszáról.

# en: Thank you for contacting us, Mr Varga. Everything has been taken care of on our side. Is there anything else I can help you with today?
wrap-up-reply-2 = Köszönjük, hogy megkeresett minket, Varga úr. A mi oldalunkon minden el van intézve. Segíthetek még valamiben ma?

# en: Thanks for getting in touch, Mr Varga. It's all been dealt with on our end. Can I help with anything else today?
wrap-up-reply-2-wording-1 = Köszönjük megkeresését, Varga úr. Részünkről minden rendezve van. Miben segíthetek még ma?

# en: All sorted on our side. Need anything else?
wrap-up-reply-2-wording-2 = Nálunk minden rendben. Segíthetek még valamiben?

# en: thanks for reaching out Mr Varga, everything's been handled on our side. anything else i can do for you today?
wrap-up-reply-2-wording-3 = Köszönjük, hogy írt nekünk! A mi oldalunkon minden le van zárva. Van még valami, amiben a segítségére lehetek?

# en: Thank you for your message, Mr Varga. We've handled everything on our end. Is there something else I can do for you?
wrap-up-reply-2-wording-4 = Köszönjük az üzenetét, Varga úr. A mi részünkről mindent elintéztünk. Tehetek még valamit Önért?

# en: Everything is done. Can I help with anything else?
wrap-up-reply-2-wording-5 = Minden el van intézve. Van még más kérdése?

# en: It's all been sorted on our side, Mr Varga, thanks for contacting us. Anything more I can help with today?
wrap-up-reply-2-wording-6 = minden elrendezve nálunk, Varga úr, köszönjük, hogy írt. kell még valami mára?

# en: The closing line of every chat, to a man who asked for exactly what happens and when. 'Taken care of' is the kind of promise he said he has had enough of.
wrap-up-reply-2-feedback = Minden chat záró mondata egy olyan embernek, aki pontosan azt kérdezte, mi történik és mikor. Az „el van intézve” épp az a fajta ígéret, amiből azt mondta, elege van.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about March very soon, and you'll have every forint back, I promise.
wrap-up-reply-3 = Ne aggódjon, most már minden el van intézve. A csapatunkból valaki hamarosan jelentkezik a márciusi ügyben, és minden forintját visszakapja, megígérem.

# en: Please don't worry, everything's been handled. One of our team will contact you about March shortly, and you'll get every last forint back, I promise.
wrap-up-reply-3-wording-1 = Nincs miért aggódnia, most már minden rendben van. A kollégáink közül valaki hamarosan keresi a márciusi tételek miatt, és minden forintját visszakapja, ígérem.

# en: Don't worry; someone will be in touch soon, and you'll get it all back.
wrap-up-reply-3-wording-2 = Minden el van intézve; hamarosan keresik, és mindent visszakap.

# en: don't worry it's all sorted now. someone from the team will get back to you about march really soon and you'll get every forint back, promise
wrap-up-reply-3-wording-3 = nyugi, minden rendben lesz. nemsokara jelentkezik valaki a csapatbol a marciusi ugy miatt, es az osszes penzet visszakapja, garantalom

# en: No need to worry, everything's handled. A colleague will contact you about March shortly, and I promise you'll get every forint back.
wrap-up-reply-3-wording-4 = Nem kell aggódnia, minden el van rendezve. Egy kollégám hamarosan felveszi Önnel a kapcsolatot a márciusi tételek miatt, és ígérem, minden forintját visszakapja.

# en: Don't worry, you'll get it all back, I promise.
wrap-up-reply-3-wording-5 = Ne aggódjon, mindent visszakap, ígérem.

# en: someone will reach out about march soon mr varga, and every forint will come back to you, i promise. it's all taken care of
wrap-up-reply-3-wording-6 = hamarosan keresni fogja valaki a márciusi miatt, Varga úr, és minden forintja visszajön, ígérem. minden el van intézve

# en: 'Someone' and 'very soon' are the vague words he said he is tired of, and 'every forint' is MobilPlay's to give. Tell him what happens, who does it and by when.
wrap-up-reply-3-feedback = A „valaki” és a „hamarosan” épp azok a homályos szavak, amelyekből elege van, a „minden forint” pedig a MobilPlaytől függ. Mondja meg, mi történik, ki csinálja és mikorra.

# en: MobilPlay is stopped and blocked; 5,960 comes off today; I'll text you March's answer within 15 days. Thanks for staying with me, and sorry about last week.
wrap-up-reply-4 = A MobilPlay leállítva és letiltva; az 5960 ma lejön; a márciusi választ 15 napon belül megírom SMS-ben. Köszönöm, hogy kitartott, és elnézést a múlt hétért.

# en: MobilPlay is cancelled and barred, 5,960 is being removed today, and I'll text you MobilPlay's reply about March within 15 days. Thank you for sticking with me, and I apologise for last week.
wrap-up-reply-4-wording-1 = A MobilPlayt leállítottam és letiltottam, az 5960 forint ma lekerül a számlájáról, a márciusiakra a választ 15 napon belül én küldöm meg SMS-ben. Hálás vagyok, hogy kitartott, és bocsánat a múlt hétért.

# en: Barred, 5,960 off today, March reply by text. Thanks; apologies for last week.
wrap-up-reply-4-wording-2 = Minden leállítva, 5960 ma vissza, márciusi válasz SMS-ben. Köszönöm, bocsánat a múlt hétért.

# en: so: mobilplay's stopped and blocked, you get 5,960 back today, and i'll text you what mobilplay says about march within 15 days. thank you for bearing with me, and really sorry about last week
wrap-up-reply-4-wording-3 = Tehát: MobilPlay lekapcsolva és tiltva, az 5960 Ft ma visszakerül, a márciusi döntést két héten belül SMS-ben megírom. Köszönöm a türelmét, és sajnálom, hogy múlt héten lerázták.

# en: To sum up: MobilPlay is cancelled and barred, 5,960 comes off your bill today, and you'll get MobilPlay's decision on March from me by text within 15 days. Thank you for your patience, and I'm sorry about last week.
wrap-up-reply-4-wording-4 = Összegezve: a MobilPlay megszüntetve és letiltva, az 5960 forint ma lekerül a számlájáról, a márciusira a MobilPlay döntését 15 napon belül én írom meg SMS-ben. Köszönöm, hogy ilyen türelmes volt, és még egyszer bocsánat a múlt hétért.

# en: Stopped, 5,960 off today, March answer by text. Sorry about last week.
wrap-up-reply-4-wording-5 = MobilPlay letiltva, ma jön vissza az 5960, a márciusit SMS-ben megírom. Sajnálom a múlt hetet.

# en: mr varga, sorry again for last week and thanks for sticking with me. mobilplay is stopped and blocked, 5,960 comes back today, and i'll text you march's answer within 15 days
wrap-up-reply-4-wording-6 = Varga úr, még egyszer bocsánat a múlt hétért, és köszönöm, hogy kitartott. a MobilPlay leállítva és tiltva, az 5960 ma visszajön, a márciusi választ 15 napon belül sms-ben küldöm

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

