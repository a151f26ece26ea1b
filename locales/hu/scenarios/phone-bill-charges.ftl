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

# en: Mr Varga, four charges of 1,490 forints for a 'MobilPlay Club' you never ordered, and last week you were told it's not our business. It is: it's on our bill. I'm sorry. I'll sort it out with you now, start to finish.
opening-reply-1 = Varga úr, négyszer 1490 forint egy „MobilPlay Club” nevű szolgáltatásért, amelyet nem rendelt meg, és múlt héten azt mondták Önnek, hogy ez nem a mi dolgunk. De igenis a miénk: a mi számlánkon van. Sajnálom. Most Önnel együtt az elejétől a végéig rendbe teszem.

# en: You gave back all three things he wrote: the name, the amount and last week's brush-off, and you took back the 'not our business' answer. A customer who sees his own words mirrored has no reason to keep typing them in capitals.
opening-reply-1-feedback = Visszaírta neki mindhárom dolgot, amit ő írt: a nevet, az összeget és a múlt heti lerázást, és visszavonta a „nem a mi dolgunk” választ. Az az ügyfél, aki viszontlátja a saját szavait, nem fogja tovább nagybetűkkel írni őket.

# en: I'm sorry about this, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay.
opening-reply-2 = Sajnálom, de a partnerszolgáltatásokat külön cégek üzemeltetik. Mi csak beszedjük a díjat a nevükben, ezért a lemondást a MobilPlay-nél kell intézni.

# en: Technically accurate, and exactly what he heard last week. The 'but' cancels the apology, and he is told for the second time that nobody here will take his problem.
opening-reply-2-feedback = Formálisan pontos, és szóról szóra az, amit múlt héten hallott. A „de” érvényteleníti a bocsánatkérést, és másodszor is azt közlik vele, hogy itt senki nem vállalja a problémáját.

# en: Hello, I can help you with billing questions. To start, please send me your phone number and the account holder's date of birth.
opening-reply-3 = Jó napot! Számlázási kérdésekben tudok segíteni. Kezdésként kérem, küldje el a telefonszámát és az előfizető születési dátumát.

# en: Polite, but it reads like an automatic greeting. He asked whether he is being robbed, and the answer he got is a form to fill in.
opening-reply-3-feedback = Udvarias, de automatikus üdvözlésnek hat. Azt kérdezte, meglopják-e, és egy kitöltendő űrlapot kapott válaszul.

# en: I can assure you we are not running any scam, sir. We are a licensed operator, and all our partner services are fully legal.
opening-reply-4 = Biztosíthatom, uram, hogy semmiféle csalást nem folytatunk. Engedéllyel működő szolgáltató vagyunk, és minden partnerszolgáltatásunk teljesen legális.

# en: You defended the company against the word 'scam' instead of looking at his money. Arguing with his suspicion only makes him push harder to prove it.
opening-reply-4-feedback = A céget védte a „csalás” szóval szemben, ahelyett hogy a pénzével foglalkozott volna. Ha a gyanújával vitatkozik, csak még inkább bizonygatni akarja majd.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = PONTOSAN EZT MONDTÁK MÚLT HÉTEN IS. Nekem semmiféle „partnerrel” nincs szerződésem. MAGUKKAL van szerződésem. MAGUK küldték a számlát. MAGUK emelték le a pénzt a bankszámlámról. Úgyhogy ne küldözgessenek máshoz!

# en: You're right: the charges are on our bill, so they're ours to sort out. I'm sorry you got the same answer twice. I'm handling this myself, and you won't need to contact MobilPlay at all.
partner-again-reply-1 = Igaza van: a díjak a mi számlánkon szerepelnek, így a mi dolgunk rendezni őket. Sajnálom, hogy kétszer is ugyanazt a választ kapta. Én magam intézem, és Önnek nem kell felvennie a kapcsolatot a MobilPlay-jel.

# en: You agreed with his point instead of defending the process, and took the case yourself. 'You won't need to contact MobilPlay' answers exactly what he was afraid of: being sent away again.
partner-again-reply-1-feedback = A folyamat védése helyett igazat adott neki, és saját maga vállalta az ügyet. A „nem kell felvennie a kapcsolatot a MobilPlay-jel” pontosan arra felel, amitől tartott: hogy megint elküldik.

# en: I understand how frustrating this is, but honestly, we just pass the payment on. I can give you MobilPlay's customer line; they usually answer within a day.
partner-again-reply-2 = Értem, mennyire bosszantó ez, de őszintén szólva mi csak továbbítjuk a fizetést. Megadhatom a MobilPlay ügyfélszolgálatának a számát; általában egy napon belül válaszolnak.

# en: Naming his frustration was right, but another company's phone number is last week's brush-off, only friendlier. Empathy without ownership still leaves him alone with the problem.
partner-again-reply-2-feedback = Jó, hogy néven nevezte a bosszúságát, de egy másik cég telefonszáma ugyanaz a múlt heti lerázás, csak barátságosabban. A felelősségvállalás nélküli empátia ugyanúgy egyedül hagyja a problémával.

# en: Sir, please stop writing in capital letters. I can't help you if you keep shouting at me in the chat.
partner-again-reply-3 = Uram, kérem, ne írjon csupa nagybetűvel. Nem tudok segíteni, ha tovább kiabál velem a chatben.

# en: Capitals are his raised voice. Telling him to stop says his anger is the problem, not the charges, and it almost always makes it worse. Answer calmly and the capitals tend to stop by themselves.
partner-again-reply-3-feedback = A nagybetű az ő felemelt hangja. Ha rászól, hogy hagyja abba, azt üzeni, hogy a dühe a probléma, nem a díjak, és ez szinte mindig ront a helyzeten. Válaszoljon nyugodtan, és a nagybetűk általában maguktól eltűnnek.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = Á, SZÓVAL „LEGÁLIS”? Akkor egy legális cég miért szed pénzt valamiért, amit SOHA nem rendeltem meg? Nem érdekel az engedélyük. VISSZA AKAROM KAPNI A PÉNZEMET.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about who's legal. Let me look at these charges with you now and stop them.
shouting-reply-1 = Minden joga megvan, hogy dühös legyen: pénzt vontak le Öntől valamiért, amit sosem kért. Nem fogok vitatkozni arról, ki legális. Nézzük meg most együtt ezeket a díjakat, és állítsuk le őket.

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in reply to capitals pull the chat back down to your level.
shouting-reply-1-feedback = Jogosnak fogadta el a dühét, és elengedte a vitát, amelyet Ön kezdett. A nagybetűkre adott rövid, nyugodt mondatok visszahozzák a chatet az Ön hangnemébe.

# en: I do understand, sir, but I can't promise any refund before I've checked the account. Please be patient with me for a moment.
shouting-reply-2 = Megértem, uram, de visszatérítést nem ígérhetek, amíg meg nem néztem az adatait. Kérem, legyen egy kis türelemmel.

# en: True and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = Igaz, és nyugodtan is fogalmazott, de csak a pénzre felelt. Ő becsapva érzi magát, a „legyen egy kis türelemmel” pedig úgy hangzik, mintha azt akarná, hogy ezt ne érezze.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me.
shouting-reply-3 = Én csak elmagyarázom, hogyan működik, uram. PRÓBÁLOK SEGÍTENI, ha végre hagyná.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = Ha a nagybetűre nagybetűvel válaszol, a chatből kiabálás lesz, a „ha végre hagyná” pedig már Önről szól. Minél nyugodtabban ír, annál hamarabb halkítja le ő is a hangját.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = Elég. Már kétszer körbeküldözgettek. Kapcsolja a vezetőjét, vagy megyek a fogyasztóvédelemhez.

# en: I'll put you through if you still want that. Before I do: I can stop the MobilPlay charges on your number right now, while we're chatting. Shall I do that first?
supervisor-demand-reply-1 = Ha továbbra is szeretné, kapcsolom. Előtte viszont: a MobilPlay díjait most rögtön le tudom állítani a számán, még a chat alatt. Megcsináljam először ezt?

# en: You respected his request and offered a concrete step you control. Many customers ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-1-feedback = Tiszteletben tartotta a kérését, és egy olyan konkrét lépést ajánlott, amely az Ön kezében van. Sok ügyfél csak azért kéri a vezetőt, mert lemondott arról, akivel éppen beszél.

# en: Of course. I'm transferring you to a supervisor now. The current waiting time is around 25 minutes.
supervisor-demand-reply-2 = Természetesen. Most kapcsolom a vezetőmet. A várakozási idő jelenleg körülbelül 25 perc.

# en: Courteous, and it respects his wish, but the case leaves your hands unsolved, and he waits 25 minutes to tell it all a third time. Try one concrete offer before the transfer.
supervisor-demand-reply-2-feedback = Udvarias, és teljesíti a kérését, de az ügy megoldatlanul kerül ki a kezéből, ő pedig 25 percet vár, hogy harmadszor is elmondja az egészet. Az átkapcsolás előtt tegyen egy konkrét ajánlatot.

# en: A supervisor will tell you the same thing, sir: partner charges are handled by the partner.
supervisor-demand-reply-3 = A vezetőm is ugyanezt fogja mondani, uram: a partnerdíjakat a partner kezeli.

# en: You refused him and told him it would be pointless to ask anyone else. With every door closed, the only move left to him is to leave.
supervisor-demand-reply-3-feedback = Elutasította, és közölte vele, hogy felesleges bárki mást megkérdeznie. Ha minden ajtó zárva, egyetlen lépés marad neki: elmenni.

# en: It's 30 412 7785. And let me say it once more: I don't play games. I use this phone to make calls and check the weather. That's it.
number-check-says-1 = 30 412 7785. És még egyszer mondom: én nem játszom semmilyen játékkal. Ezzel a telefonnal telefonálok, meg megnézem az időjárást. Ennyi.

# en: My number is 30 412 7785. And for the record, I've never played a game on that phone in my life. Calls and the weather forecast, nothing else.
number-check-says-2 = A számom 30 412 7785. És hogy tisztázzuk: soha életemben nem játszottam azon a telefonon. Hívások meg időjárás-előrejelzés, semmi más.

# en: Thank you, Mr Varga. I can see it: 'MobilPlay Club', 1,490 forints a week since 18 March. I've just stopped the subscription, so no new charge can come from it.
number-check-reply-1 = Köszönöm, Varga úr. Látom: „MobilPlay Club”, heti 1490 forint március 18. óta. Az előfizetést most leállítottam, így új díj már nem jöhet belőle.

# en: You used what he had already told you and did something he can feel at once: the charges stop today. One concrete act convinces him more than any reassurance.
number-check-reply-1-feedback = Felhasználta, amit már elmondott, és olyat tett, amit azonnal érez: a díjak még ma megszűnnek. Egyetlen konkrét lépés jobban meggyőzi bármilyen megnyugtatásnál.

# en: Thank you. Could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = Köszönöm. Megírná, mi a szolgáltatás neve a számláján, és milyen összegeket terheltek Önre?

# en: He wrote both in his very first message. Asking again tells him nobody read it, the exact feeling he came into the chat with.
number-check-reply-2-feedback = Mindkettőt már az első üzenetében leírta. Ha újra megkérdezi, azt üzeni neki, hogy senki sem olvasta el, és pontosan ezzel az érzéssel jött a chatbe.

# en: Thank you. I've passed your complaint on to our billing team, and they will contact you about the charges.
number-check-reply-3 = Köszönöm. A panaszát továbbítottam a számlázási osztálynak, és ők fogják keresni a díjakkal kapcsolatban.

# en: 'I've passed it on' is last week's answer in other words. He wanted someone here to act, and you handed the case away in the first minute.
number-check-reply-3-feedback = A „továbbítottam” más szavakkal a múlt heti válasz. Azt akarta, hogy itt valaki cselekedjen, Ön pedig már az első percben továbbadta az ügyet.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = AZ ELSŐ ÜZENETEMBEN LEÍRTAM. „MobilPlay Club”. 1490. NÉGYSZER. Olvassa egyáltalán valaki, amit írok?

# en: You did, and I'm sorry for making you type it again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it so no new charge can come.
repeat-annoyed-reply-1 = Igen, leírta, és elnézést, hogy újra be kellett gépelnie. MobilPlay Club, négyszer 1490: most itt van előttem, és épp leállítottam, így új díj már nem jöhet.

# en: You owned the slip at once, gave his details back to prove you have them, and added a real step. Admitting a small mistake quickly costs less than defending it.
repeat-annoyed-reply-1-feedback = Azonnal vállalta a hibát, a részletek visszaírásával bizonyította, hogy megvannak, és hozzátett egy valódi lépést. Egy apró hibát gyorsan beismerni kevesebbe kerül, mint védeni.

# en: Sorry, I have to confirm the details for our records. Thank you for your patience.
repeat-annoyed-reply-2 = Elnézést, a nyilvántartásunk miatt meg kell erősítenem az adatokat. Köszönöm a türelmét.

# en: A stock phrase in answer to 'does anybody read what I write?' proves his point. He needs to hear from a person, not from a procedure.
repeat-annoyed-reply-2-feedback = Egy betanult mondat arra, hogy „olvassa egyáltalán valaki, amit írok?”, csak igazolja, amit gondol. Egy embertől kell választ kapnia, nem egy ügymenettől.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
how-did-it-happen-says-1 = Rendben. De előbb magyarázza el nekem: HOGY kerül a számlámra egy cég, amiről sosem hallottam? Valaki ellopta a számomat? Mert innen nézve ez így néz ki.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
how-did-it-happen-says-2 = Jó. De valamit meg akarok érteni. Hogy tehet díjakat az ÉN telefonszámlámra egy cég, amiről még csak nem is hallottam? Valaki ellopta a számomat, vagy mi?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
how-did-it-happen-hint = Hagyja el a belső kifejezéseket, mint a „harmadik fél általi számlázás” vagy az „emelt díjas SMS”. Úgy magyarázza el, ahogy a szomszédjának tenné, és feleljen a valódi félelmére.

# en: In plain words: some companies are allowed to charge things to a phone bill, a bit like a shop charging a bank card, and we collect the money for them. It usually starts with one tap on a 'subscribe' button in an advert. Nobody has stolen your number.
how-did-it-happen-reply-1 = Egyszerűen mondva: bizonyos cégek terhelhetnek a telefonszámlára, kicsit úgy, ahogy egy bolt a bankkártyára, és mi beszedjük nekik a pénzt. Többnyire egyetlen érintéssel kezdődik egy reklám „Előfizetés” gombján. A számát senki sem lopta el.

# en: You explained the process in his words, with a comparison he knows, and answered his real fear: his number is safe. Once he understands what happened, a lot of the fear, and the anger, goes out of it.
how-did-it-happen-reply-1-feedback = Az ő nyelvén magyarázta el a folyamatot, egy általa ismert hasonlattal, és felelt a valódi félelmére: a száma biztonságban van. Ha megérti, mi történt, a félelem, és vele a düh nagy része is elpárolog.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself.
how-did-it-happen-reply-2 = Ez egy harmadik feles DCB, vagyis direct carrier billing előfizetés, emelt díjas MT SMS-es opt-innel, március 18-án. A VAS-szolgáltatásért a tartalomszolgáltató felel.

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to him, and jargon makes an angry customer feel talked down to and shut out.
how-did-it-happen-reply-2-feedback = Pontos, de egy kollégának szól. Az „MT SMS” és a „VAS” semmit nem mond neki, a szakzsargontól pedig a dühös ügyfél úgy érzi, hogy lenézik és kirekesztik.

# en: Our records show the subscription was confirmed from your phone on 18 March, so it was started from your own device.
how-did-it-happen-reply-3 = A nyilvántartásunk szerint az előfizetést március 18-án az Ön telefonjáról erősítették meg, tehát a saját készülékéről indították.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice that he never ordered anything, and his question about fraud got an accusation back.
how-did-it-happen-reply-3-feedback = Lehet, hogy a nyilvántartás ezt mutatja, de így felolvasva azt jelenti: „saját maga csinálta”. Kétszer elmondta, hogy semmit nem rendelt meg, és a csalásra vonatkozó kérdésére vádat kapott válaszul.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = Fogalmam sincs, mit jelent a fele. MT micsoda? VAS? Harminc évig buszt vezettem, nem vagyok mérnök. Mondja el normálisan: ki vitte el a pénzemet, és visszakapom-e?

# en: Sorry, that was our internal language. In plain words: a company called MobilPlay put a weekly charge on your bill through us, probably after a tap on an advert. We collected it for them, so it's ours to put right. Now, about getting it back.
jargon-confused-reply-1 = Elnézést, ez a belső szakzsargonunk volt. Egyszerűen: egy MobilPlay nevű cég heti díjat terhelt a számlájára rajtunk keresztül, valószínűleg egy reklámra koppintás után. Mi szedtük be nekik, így a mi dolgunk rendbe tenni. És akkor a visszafizetésről.

# en: You apologised for the jargon without fuss and answered both his questions in everyday words. 'It's ours to put right' is the sentence he has been waiting for since last week.
jargon-confused-reply-1-feedback = Különösebb mentegetőzés nélkül bocsánatot kért a zsargonért, és hétköznapi szavakkal felelt mindkét kérdésére. „A mi dolgunk rendbe tenni”: ezt a mondatot várja a múlt hét óta.

# en: Basically, it's a partner subscription. The partner took the money, not us, so any refund is really their decision.
jargon-confused-reply-2 = Lényegében ez egy partner-előfizetés. A pénzt a partner kapta, nem mi, úgyhogy a visszatérítésről igazából ők döntenek.

# en: Plain words at last, but the same message he got last week: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = Végre egyszerű szavak, de ugyanaz az üzenet, amit múlt héten kapott: „nem mi”. Az egyszerű nyelv csak akkor segít, ha amit elmond vele, abból kiderül, hogy van kire számítania.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = SZÓVAL MOST ÉN VAGYOK A HIBÁS?? Én SEMMIT nem erősítettem meg. Mondtam már, hívásokra meg az időjárásra használom ezt a telefont. Hazugnak nevez?

# en: No, I believe you. These adverts are built so that one accidental tap is enough, and most people never notice it. It's not your fault, and you shouldn't pay for something you didn't want.
accused-reply-1 = Nem, hiszek Önnek. Ezeket a reklámokat úgy készítik, hogy egyetlen véletlen érintés elég legyen, és a legtöbben észre sem veszik. Nem az Ön hibája, és nem kell fizetnie valamiért, amit nem akart.

# en: You gave him the benefit of the doubt and took the blame off him in plain words. He no longer has to prove his innocence, so he can stop fighting you.
accused-reply-1-feedback = Kétség esetén neki hitt, és egyszerű szavakkal levette róla a felelősséget. Már nem kell bizonygatnia az ártatlanságát, így abbahagyhatja a harcot Önnel.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows.
accused-reply-2 = Nem nevezem semminek, uram. Én csak azt mondom, amit a rendszer mutat.

# en: 'I'm only the messenger' leaves him helpless: the record says he did it, and you won't stand beside him against it.
accused-reply-2-feedback = Az „én csak a hírvivő vagyok” tehetetlenné teszi: a nyilvántartás szerint ő tette, Ön pedig nem áll mellé vele szemben.

# en: Could someone else have used your phone, a grandchild perhaps? That happens a lot with game subscriptions.
accused-reply-3 = Lehet, hogy valaki más használta a telefonját, mondjuk egy unokája? A játék-előfizetéseknél ez gyakran előfordul.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation. He told you what he uses the phone for; look for the answer in the records, not in his family.
accused-reply-3-feedback = Egy nyugodtabb napon jogos kérdés lenne, de közvetlenül a „saját maga csinálta” után újabb vádnak hangzik. Elmondta, mire használja a telefont; a választ a nyilvántartásban keresse, ne a családjában.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = Na, ebből elég. Tizennégy éve vagyok maguknál, és így bánnak velem. Most azonnal kérek valakit Ön fölött. Vagy még ma felmondom a szerződésemet.

# en: Fourteen years is a long time, and you deserve better than this chat so far. I'll connect you if you still want. But I can take this month's charges off your bill myself, right now. May I do that first?
late-supervisor-reply-1 = Tizennégy év hosszú idő, és ennél a chatnél jobbat érdemel. Ha továbbra is szeretné, kapcsolom. De az e havi díjakat most rögtön le tudom venni a számlájáról én magam. Megtehetem először ezt?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. His choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = Kitért a tizennégy évére, elismerte, hogy a chat eddig rosszul ment, és olyat ajánlott, amit helyben meg tud tenni. A döntés az övé marad, de most már van oka maradni.

# en: Certainly. I've passed your case to a supervisor, who will contact you within 48 hours.
late-supervisor-reply-2 = Természetesen. Az ügyét továbbítottam a vezetőmnek, aki 48 órán belül felveszi Önnel a kapcsolatot.

# en: It does what he asked, but a 48-hour wait for someone else is one more 'passed on'. Offer the part you can fix yourself before you hand the case away.
late-supervisor-reply-2-feedback = Azt teszi, amit kért, de 48 óra várakozás valaki másra csak egy újabb „továbbítottam”. Mielőtt továbbadja az ügyet, ajánlja fel azt a részt, amelyet saját maga is meg tud oldani.

# en: Cancelling your contract won't get your money back any faster, sir.
late-supervisor-reply-3 = Attól, hogy felmondja a szerződését, nem kapja vissza hamarabb a pénzét, uram.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a debate.
late-supervisor-reply-3-feedback = Ha egy fenyegetésre visszavág, azzal csak megerősíti, hogy mennie kell. Tizennégy év hűség választ érdemelt a sérelmére, nem vitát.

# en: All right. So do I get ALL my money back? Four times 1,490 on this bill. And I checked last month's bill as well: two more from MobilPlay, and that one I've already paid.
refund-question-says-1 = Jó. Szóval visszakapom az ÖSSZES pénzemet? Négyszer 1490 ezen a számlán. És megnéztem a múlt havit is: ott még kettő van a MobilPlay-től, és azt már kifizettem.

# en: Some of this you can do yourself and some you can't. Say which is which, and don't promise the part that isn't yours to give.
refund-question-hint = Ennek egy részét saját maga is el tudja intézni, egy részét nem. Mondja meg, melyik melyik, és ne ígérje meg azt a részt, amely nem Önön múlik.

# en: This month's four charges, 5,960 forints, I'm removing myself, today. March's two, 2,980, are on a paid bill, so I have to claim them from MobilPlay. I'm filing that now; they must answer within 15 days. I can't promise their answer, but I'll text it to you either way.
refund-question-reply-1 = Az e havi négy tételt, 5960 forintot, én magam veszem le, még ma. A márciusi kettő, 2980 forint, egy már kifizetett számlán van, ezért azt a MobilPlay-től kell visszakövetelnem. Most beadom; 15 napon belül kötelesek válaszolni. A válaszukat nem tudom megígérni, de akárhogy döntenek, megírom Önnek SMS-ben.

# en: Honest about both parts: what you can do yourself and what depends on MobilPlay, with a deadline and a way he will hear. Clear bad news is easier to accept than a promise that breaks later.
refund-question-reply-1-feedback = Mindkét részről őszinte volt: mit tud saját maga megtenni, és mi múlik a MobilPlay-en, határidővel, és azzal, hogyan értesül. A világos rossz hírt könnyebb elfogadni, mint egy később megszegett ígéretet.

# en: Yes, every forint, don't worry. I'll make sure of that personally, you have my word on it.
refund-question-reply-2 = Igen, az utolsó forintig, ne aggódjon. Személyesen gondoskodom róla, a szavamat adom.

# en: Warm, and he feels someone is on his side, but March's charges are MobilPlay's to refund, not yours. A promise you cannot keep is the one he will remember.
refund-question-reply-2-feedback = Kedves, és érzi, hogy valaki mellette áll, de a márciusi díjak visszatérítése a MobilPlay-en múlik, nem Önön. Egy betarthatatlan ígéret az, amire emlékezni fog.

# en: I can credit this month's four charges. Charges on a bill that's already paid can't be refunded, I'm afraid. That's the rule.
refund-question-reply-3 = Az e havi négy tételt jóvá tudom írni. A már kifizetett számlán lévő díjakat sajnos nem lehet visszatéríteni. Ez a szabály.

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' closes a door you could have opened for him.
refund-question-reply-3-feedback = Félig jó: a jóváírás valódi. De a kifizetett díjakat is vissza lehet követelni a MobilPlay-től, és az „ez a szabály” bezár egy ajtót, amelyet kinyithatott volna neki.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = Az utolsó forintig? Múlt héten azt mondták, hogy semmit sem tudnak tenni. Most meg mindenre a szavát adja. Akkor melyik? Ezt tényleg garantálni tudja?

# en: Fair question, and I should be exact. This month's four charges, 5,960 forints, I remove myself, today. March's two I have to claim from MobilPlay: I'll file it now, they must answer within 15 days, and I'll text you their answer either way.
refund-doubt-reply-1 = Jogos kérdés, és pontosnak kell lennem. Az e havi négy tételt, 5960 forintot, én magam veszem le, még ma. A márciusi kettőt a MobilPlay-től kell visszakövetelnem: most beadom, 15 napon belül kötelesek válaszolni, és akárhogy döntenek, megírom Önnek SMS-ben.

# en: Taking back your own promise is hard, and right. It costs a little trust now, and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = A saját ígéretét visszavonni nehéz, de helyes. Most egy kis bizalomba kerül, de sokkal többet megment annál, amibe két hét múlva egy megszegett garancia kerülne.

# en: Yes, I guarantee it. Leave it all with me and don't worry about a thing.
refund-doubt-reply-2 = Igen, garantálom. Bízza csak rám, és semmi miatt ne aggódjon.

# en: He told you why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, your word is the one that breaks.
refund-doubt-reply-2-feedback = Elmondta, miért kételkedik, Ön pedig ellenőrzés helyett megduplázta az ígéretet. Ha a MobilPlay elutasítja a márciusi díjak visszatérítését, az Ön szava lesz az, amelyik megszegődik.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = Szóval fizessek 2980 forintot valamiért, amit sosem rendeltem meg, egy „szabály” miatt? PONTOSAN EZÉRT mondtam, hogy ez csalás.

# en: You're right to push back, and I put that badly. I can't remove the paid charges myself, but I can claim them back from MobilPlay for you. I'll file it now; they must answer within 15 days, and I'll text you their answer.
refund-refused-reply-1 = Jogos, hogy tiltakozik, és rosszul fogalmaztam. A kifizetett díjakat nem tudom magam levenni, de visszakövetelhetem Önnek a MobilPlay-től. Most beadom; 15 napon belül kötelesek válaszolni, és a válaszukat megírom Önnek SMS-ben.

# en: You corrected yourself without defending the 'rule' and said what you can do instead, with a deadline. Saying what is possible turns a refusal into a plan.
refund-refused-reply-1-feedback = Kijavította magát anélkül, hogy a „szabályt” védte volna, és megmondta, mit tud helyette tenni, határidővel. Ha azt mondja, mi lehetséges, az elutasításból terv lesz.

# en: I'm sorry, but I've already told you what I'm able to do. Once a bill is paid, it's closed.
refund-refused-reply-2 = Sajnálom, de már elmondtam, mit tudok tenni. Ha egy számla ki van fizetve, az le van zárva.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-2-feedback = Nyugodt, de megismétli az elutasítást, és 2980 forint mínuszban hagyja, úgy, hogy nincs kihez fordulnia. A „le van zárva” lesz az, amit idézni fog, amikor elmeséli ezt a történetet.

# en: And what stops this happening again next month? I'm not going to check every bill with a magnifying glass for the rest of my life.
block-question-says-1 = És mi akadályozza meg, hogy jövő hónapban újra megtörténjen? Nem fogom életem végéig nagyítóval átnézni minden számlámat.

# en: I can switch on a free block for all partner charges on your number, so no company like this can bill you through us again. I've turned it on now, and you'll get a text confirming it within the hour.
block-question-reply-1 = Bekapcsolhatok a számán egy ingyenes letiltást minden partnerdíjra, így egyetlen ilyen cég sem számlázhat Önnek többé rajtunk keresztül. Most bekapcsoltam, és egy órán belül SMS-ben kap róla megerősítést.

# en: You fixed the cause, not only this month's damage, and told him how he will know it is done. He no longer has to guard his bill himself.
block-question-reply-1-feedback = Az okot szüntette meg, nem csak az e havi kárt, és megmondta neki, miből fogja tudni, hogy megtörtént. Már nem kell magának őriznie a számláját.

# en: The best protection is to be careful with adverts: don't tap 'subscribe' on anything, and read the small print first.
block-question-reply-2 = A legjobb védekezés, ha óvatos a reklámokkal: semmin ne nyomja meg az „Előfizetés” gombot, és előbb olvassa el az apró betűs részt.

# en: Good advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = Papíron jó tanács, de neki azt üzeni, hogy az egész az ő figyelmetlensége volt. Hívásokra és az időjárásra használja a telefont; egy kiselőadás a reklámokról visszatolja rá a felelősséget.

# en: Honestly, I can't guarantee that. There are lots of these companies, and new ones appear all the time.
block-question-reply-3 = Őszintén szólva ezt nem tudom garantálni. Rengeteg ilyen cég van, és folyton jönnek újak.

# en: Honest, but helpless, when there is a block you could switch on. Fixing the cause is part of making it right, so it does not happen to him next month.
block-question-reply-3-feedback = Őszinte, de tehetetlen, pedig van letiltás, amit bekapcsolhatna. Az ok megszüntetése is része a jóvátételnek, hogy jövő hónapban ne történjen meg vele újra.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
wrap-up-says-1 = Jó. Akkor mondja meg pontosan, mi lesz most. Egy időre elég volt a maguk ígéreteiből.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
wrap-up-says-2 = Rendben. Mielőtt bezárom ezt a chatet, mondja el szépen sorban: mi történik most, és mikor? Ígéretet már eleget hallottam.

# en: Sum it all up: what you have done, what is still open, and when he will hear from you. And don't forget how this case started for him.
wrap-up-hint = Foglaljon össze mindent: mit tett meg, mi van még folyamatban, és mikor kap Öntől hírt. És ne felejtse el, hogyan kezdődött számára ez az ügy.

# en: Here's everything: MobilPlay is stopped and partner charges are blocked on your number. The 5,960 comes off this bill today. I've claimed March's 2,980; I'll text you MobilPlay's answer within 15 days. And I'm sorry you were sent away last week: that was wrong.
wrap-up-reply-1 = Összefoglalom: a MobilPlay le van állítva, a partnerdíjakat pedig letiltottuk a számán. Az 5960 forint még ma lejön erről a számláról. A márciusi 2980 forintot visszaköveteltem; a MobilPlay válaszát 15 napon belül megírom SMS-ben. És sajnálom, hogy múlt héten elküldték: ez hiba volt.

# en: A complete summary with amounts, the open claim and a date, and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
wrap-up-reply-1-feedback = Teljes összefoglaló összegekkel, a folyamatban lévő igénnyel és egy határidővel, plusz bocsánatkérés a múlt heti lerázásért. Úgy megy el, hogy tudja, mire számíthat, és azt a sérelmet is kimondták, amellyel jött.

# en: Your subscription is cancelled and the credit will show on your next bill. Is there anything else I can help you with today?
wrap-up-reply-2 = Az előfizetését lemondtuk, a jóváírás a következő számláján fog megjelenni. Segíthetek még valamiben?

# en: Correct but bare: it leaves out March's claim and says nothing about how he was treated. The practical problem is fixed; the man who was sent away last week is not.
wrap-up-reply-2-feedback = Helyes, de sovány: kimarad belőle a márciusi igény, és semmit sem mond arról, hogyan bántak vele. A gyakorlati probléma megoldódott; a múlt héten elküldött ember sérelme nem.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about the rest very soon.
wrap-up-reply-3 = Ne aggódjon, most már minden el van intézve. A többivel kapcsolatban hamarosan keresni fogja valaki a csapatunkból.

# en: 'Someone' and 'soon' are exactly the vague promises he said he has had enough of. Tell him what will happen, who does it and by when.
wrap-up-reply-3-feedback = A „valaki” és a „hamarosan” pontosan azok a homályos ígéretek, amelyekből azt mondta, elege van. Mondja meg, mi fog történni, ki intézi és meddig.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
resolved-warm-says-1 = Jó. Köszönöm. Ez az első egyenes válasz, amit maguktól kaptam. Várom azt az SMS-t.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
resolved-warm-summary = Másnap megérkezik a javított számla, az 5960 forint nélkül. Tizenkét nappal később a MobilPlay visszafizeti a márciusi 2980 forintot, és az Ön SMS-e hamarabb eléri Tibort, mint hogy rákérdezhetne. Marad, és a sógorának, akinek ugyanilyen díjai voltak, azt mondja: „kérd a letiltást a chatben”. Úgy jött, hogy csalást kiabált, és úgy ment el, hogy megbízik Önben.

# en: All right. Thanks. We'll see whether it all happens the way you say.
resolved-cool-says-1 = Rendben. Köszönöm. Majd meglátjuk, minden úgy lesz-e, ahogy mondja.

# en: Everything you promised happens on time, and Tibor stays. But the start of the chat still stings: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
resolved-cool-summary = Minden, amit megígért, időben megtörténik, és Tibor marad. A chat eleje azonban még mindig fáj neki: emlékszik, hogy meg kellett küzdenie egy egyenes válaszért, és ettől kezdve minden számláját átnézi. A pénz visszajött; a bizalom csak félig állt helyre.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
grudging-says-1 = Jó. Mindegy. Majd elhiszem, ha látom a számlán.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody apologised for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was not.
grudging-summary = A jóváírás megjelenik, de Tibor sosem tudja meg biztosan, mi lett a két márciusi díjjal, és senki nem kért bocsánatot a múlt heti lerázásért. Úgy érzi, letudták, nem segítettek rajta, és két hónappal később átviszi a számát egy másik szolgáltatóhoz. A pénzügyi probléma megoldódott; az ügyfélé nem.

# en: Good. I'm holding you to that. Every forint.
hollow-promise-says-1 = Jó. Ezt még számon fogom kérni. Az utolsó forintig.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
hollow-promise-summary = A MobilPlay elutasítja a két márciusi díj visszatérítését, amihez joga van. Tibornak az utolsó forintig „garantálták” a pénzét, így számára ez egy újabb megszegett szó a szolgáltatótól, és ezúttal az Ön neve áll rajta. Panaszt tesz a fogyasztóvédelmi hatóságnál, és idézi az Ön garanciáját.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers the chat as one more place that passed him along.
handed-to-supervisor-summary = Egy vezető veszi át az ügyet. Tibornak harmadszor is el kell magyaráznia a MobilPlay-díjakat, mielőtt bárki tenne valamit. A díjakat végül visszatérítik, de valaki más, és ő a chatre úgy emlékszik, mint egy újabb helyre, ahol továbbpasszolták.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
walkout-says-1 = Hagyjuk. Átviszem a számomat egy másik szolgáltatóhoz, és bejelentést teszek a fogyasztóvédelemnél. Viszontlátásra.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
walkout-summary = Tibor bezárja a chatet. Egy hónapon belül 14 év után átviszi a számát máshová, és panaszt tesz a fogyasztóvédelmi hatóságnál, amelyre a szolgáltatónak így is írásban kell válaszolnia. A díjakat végül visszatérítik, de az ügyfél elment.

