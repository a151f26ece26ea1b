### Defuse scenario `cafe-long-wait` (Thirty minutes for a flat white) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Thirty minutes for a flat white
title = Harminc perc egy flat white-ért

# en: It is the morning rush at the Mokus café and you are on the till. Tamás Varga, a regular who comes in almost every weekday for a large oat flat white and an almond croissant to take away, walks up to the counter. You can see his ticket, printed half an hour ago, still stuck under a pile of tickets for a big office order. Bence, in his first week, is on the coffee machine; Katalin, the manager, is in the back.
brief = Reggeli csúcsforgalom van a Mokus kávézóban, Ön a kasszánál áll. Varga Tamás, egy törzsvendég, aki szinte minden hétköznap betér egy nagy zabtejes flat white-ért és egy mandulás croissant-ért elvitelre, odalép a pulthoz. Látja a rendelési cetlijét: fél órája nyomtatták ki, és még mindig egy nagy irodai rendelés cetlijei alatt lapul. A kávégépnél Bence áll, aki az első hetét tölti; Katalin, a vezető, hátul van.

# en: Tamás Varga
customer-name = Varga Tamás

# en: a regular for two years who always drops a few coins in the tip jar
customer-trait-1 = két éve törzsvendég, és mindig dob néhány érmét a borravalós üvegbe

# en: has a client meeting at half past nine, a ten-minute walk away
customer-trait-2 = fél tízkor ügyféltalálkozója van, tíz perc gyalog innen

# en: watched people who came in after him leave with their coffee
customer-trait-3 = végignézte, ahogy a később érkezők a kávéjukkal távoznak

# en: Sorry, what? I've got a meeting at half nine. I haven't got time for this.
neutral-says-1 = Tessék? Fél tízkor megbeszélésem van. Nincs erre időm.

# en: I didn't catch that. I've already lost half an hour here, so can we just get on with it?
neutral-says-2 = Ezt nem értettem. Már így is elment itt fél órám, úgyhogy haladhatnánk végre?

# en: Respect the customer's time
principle-respect-their-time-title = Tisztelje az ügyfél idejét

# en: A customer in a hurry needs action, not an account of what went wrong. Apologise in a sentence, fix the problem first, and keep the explanation short, or for later if they want one.
principle-respect-their-time-text = A siető ügyfélnek cselekvés kell, nem beszámoló arról, mi ment félre. Egy mondatban kérjen bocsánatot, először oldja meg a problémát, a magyarázatot pedig tartsa röviden, vagy hagyja későbbre, ha kíváncsi rá.

# en: Half an hour! I ordered my usual at twenty to nine, and I've watched three people who came in after me walk out with their coffee. I've got a meeting at half nine. Is it actually coming?
opening-says-1 = Fél óra! Nyolc negyvenkor kértem a szokásosat, és végignéztem, ahogy hárman, akik utánam jöttek, már mennek is a kávéjukkal. Fél tízkor megbeszélésem van. Megkapom még egyáltalán?

# en: Thirty minutes I've been standing over there. Thirty. Just my usual, same as every morning, and I've got a client at half past nine. Has anyone even started it?
opening-says-2 = Harminc perce állok ott. Harminc. Csak a szokásosat kértem, mint minden reggel, és fél tízkor jön egy ügyfelem. Hozzáfogott egyáltalán valaki?

# en: He has been coming here for two years, and he is in a hurry. What does he need to hear first, and what do you already know about him?
opening-hint = Két éve jár ide, és siet. Mit kell először hallania, és mit tud már róla?

# en: I'm really sorry. An office ordered fourteen drinks all at once, and every ticket after theirs got stuck behind them. Yours is on its way now.
opening-reply-1 = Nagyon sajnálom. Egy iroda egyszerre rendelt tizennégy italt, és az összes utánuk jövő cetli beragadt mögéjük. Az Öné is már készül, tényleg.

# en: So sorry. We had an office put in fourteen drinks in one go, and all the orders after it got held up. Yours is coming now.
opening-reply-1-wording-1 = Ne haragudjon. Egy cég egyszerre tizennégy kávét kért, és minden rendelés, ami utánuk jött, feltorlódott mögöttük. A magáé is készül már, tényleg.

# en: Sorry, a big office order held everything up; it's coming.
opening-reply-1-wording-2 = Bocsánat, egy nagy irodai rendelés miatt csúszunk, a magáé készül.

# en: really sorry, some office ordered 14 coffees at once and everything behind got stuck. yours is nearly there
opening-reply-1-wording-3 = jaj bocsi, bejott egy iroda 14 italos rendelessel es minden ami utana jott elakadt. az one is keszul mar, komolyan

# en: Apologies, a company sent through a massive order of fourteen coffees and it jammed up the queue for everyone after. Yours is being made as we speak.
opening-reply-1-wording-4 = Elnézést kérek, egy cég leadott egy óriási, tizennégy kávés rendelést, és ez mindenkit feltartott, aki utána jött. Az Önét épp most csinálják.

# en: Sorry, a huge office order delayed everyone's drinks.
opening-reply-1-wording-5 = Bocs, egy hatalmas céges rendelés miatt mindenki később kapja az italát.

# en: fourteen drinks came in from one office at the same time, sorry, thats why its backed up. yours wont be long
opening-reply-1-wording-6 = egyszerre tizennegy ital jott egy irodabol, bocsi, ezert all a sor. a maga kaveja mar nincs messze

# en: The apology is spent on the office order: fourteen drinks for someone else are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives a man with a half-nine meeting no time to plan around.
opening-reply-1-feedback = A bocsánatkérés elmegy az irodai rendelésre: valaki más tizennégy itala a kávézó gondja, nem az övé, ráadásul látta, hogy a később jötteket kiszolgálták. A „már készül” nem ad olyan időpontot, amihez egy fél tízes megbeszélés előtt igazodhatna.

# en: Tamás, I'm sorry, half an hour is far too long. Your large oat flat white and almond croissant to go: I'm making them myself, now.
opening-reply-2 = Tamás, sajnálom, a fél óra nagyon sok. Nagy zabtejes flat white és mandulás croissant elvitelre: most magam készítem el.

# en: Tamás, I apologise, thirty minutes is way too long to wait. Your oat flat white, large, and an almond croissant to take away, yes? I'm doing them personally, right now.
opening-reply-2-wording-1 = Tamás, ne haragudjon, harminc perc tényleg elfogadhatatlan. Egy nagy flat white zabtejjel meg egy mandulás croissant, elvitelre; most én állok neki személyesen.

# en: Sorry, Tamás. Your usual oat flat white, I'm making it myself now.
opening-reply-2-wording-2 = Bocs, Tamás, egy fél óra az sok. Zabtejes flat white, mandulás croissant: most magam csinálom meg.

# en: Tamás, so sorry, that's a ridiculous wait. big oat flat white plus the almond croissant, takeaway, i'm on it myself this second
opening-reply-2-wording-3 = Tamás, bocsánat, ennyit nem kellett volna várnia. Zabtejes nagy flat white plusz mandulás croissant elvitelre, máris nekiállok magam.

# en: That wait is completely unacceptable, Tamás, and I apologise. I'll personally make your big oat flat white and pack the almond croissant right away.
opening-reply-2-wording-4 = Ennyit várni vállalhatatlan, Tamás, bocsásson meg. A nagy zabtejes flat white-ot saját kezűleg főzöm le, a mandulás croissant-t pedig rögtön bepakolom.

# en: Sorry Tamás, way too long. I'll make your usual myself right now.
opening-reply-2-wording-5 = Bocs, Tamás, ez túl sok volt. A szokásosat most én csinálom meg.

# en: Thirty minutes is not okay, I'm sorry. Large oat flat white and almond croissant to take out, I'm doing them personally straight away.
opening-reply-2-wording-6 = Fél óra várakozás nem oké, sajnálom. Nagy zabtejes flat white meg mandulás croissant elvitelre, azonnal megcsinálom saját magam.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. One sentence of apology, then your own hands on his coffee: that is what a man with a half-nine meeting needs.
opening-reply-2-feedback = A neve és a szokásos rendelése, kérdezés nélkül, azt üzeni neki, hogy újra törzsvendég, nem egy elveszett cetli. Egyetlen mondatnyi bocsánatkérés, aztán saját maga állt neki a kávéjának: erre van szüksége annak, akinek fél tízkor megbeszélése van.

# en: Sorry about the wait, sir, it's a busy one this morning. What name was the order under? I'll go and find out where it's got to.
opening-reply-3 = Elnézést a várakozásért, uram, ma reggel nagyon nagy a forgalom nálunk. Milyen névre szólt a rendelés? Megyek, és utánanézek, hol tart most.

# en: Apologies for the delay, sir, we're very busy this morning. Which name did you order under? I'll check what's happened to it.
opening-reply-3-wording-1 = Elnézést kérek, uram, hogy várnia kellett, ma reggel iszonyú a roham. Kinek a nevére adta le a rendelést? Hátramegyek és megnézem, hol tart.

# en: Sorry, sir, whose name is it under? I'll go and check.
opening-reply-3-wording-2 = Bocsánat, uram, milyen névre rendelt? Megnézem.

# en: sorry for the wait, mad morning. whose name was it under? let me go and see where it's at
opening-reply-3-wording-3 = bocsanat, hogy varnia kellett, uram, ma nagyon sokan vannak. melyik nevre ment a rendeles? utananezek hol all

# en: I apologise for the delay, sir, it's been hectic today. Could you tell me the name on the order so I can track it down?
opening-reply-3-wording-4 = Elnézést a késésért, uram, ma elég zűrös a nap. Megmondaná, milyen névre szól a rendelés, hogy megkeressem?

# en: Sorry, busy today. What's your name? I'll check on it.
opening-reply-3-wording-5 = Bocs, ma nagy a hajtás. Mi a neve? Megnézem.

# en: What name is it under, sir? We're swamped this morning, I'll go and look for it.
opening-reply-3-wording-6 = Milyen névre ment, uram? Ma reggel el vagyunk árasztva, megyek és megkeresem.

# en: Courteous, but he has come in almost every morning for two years: 'sir' and 'what name' tell him he is one of many, and 'I'll go and find out' promises more standing around.
opening-reply-3-feedback = Udvarias, de két éve szinte minden reggel bejár: az „uram” és a „milyen névre” azt üzeni neki, hogy egy a sok közül, a „megyek, és utánanézek” pedig újabb álldogálást ígér.

# en: Right, let's get you sorted. One flat white coming up in two minutes, and I'll pop a croissant in a bag while you wait.
opening-reply-4 = Jó, akkor intézzük el. Egy flat white két perc múlva kész, és amíg vár, beteszek Önnek egy croissant-t a zacskóba.

# en: Okay, let's sort you out. Your flat white will be ready in a couple of minutes, and I'll bag up a croissant for you meanwhile.
opening-reply-4-wording-1 = Rendben, oldjuk meg. Két perc, és kész a flat white, addig pedig már teszem is a croissant-t a zacskóba.

# en: Flat white in two minutes, croissant bagged while you wait.
opening-reply-4-wording-2 = Két perc és kész a kávé, a croissant-t addig becsomagolom.

# en: right, let's fix this. flat white coming in 2 mins and i'll bag up a croissant for you while it's going
opening-reply-4-wording-3 = Oké, haladjunk: a flat white-ot két percen belül kapja, közben a zacskóba dobok Önnek egy croissant-t.

# en: No problem, we'll fix it. Your flat white will be out in two minutes and I'll wrap up a croissant for you in the meantime.
opening-reply-4-wording-4 = Semmi gond, megoldjuk. Két perc, és kint van a flat white, addig becsomagolok Önnek egy croissant-t.

# en: Two minutes for the flat white, I'll bag you a croissant.
opening-reply-4-wording-5 = Két perc a flat white, kap egy croissant-t zacskóban.

# en: ok sorting it now, flat white's two mins away, grabbing you a croissant in a bag meanwhile
opening-reply-4-wording-6 = ok, mar intezem, a flat white ket perc, addig zacskoba rakok egy croissant-t

# en: Fast, and the coffee is what he came for, so this nearly works. But there is no word about the half hour and no name: he is served like the next ticket on the rail. The best reply said sorry in one sentence and showed it knew him before fixing it.
opening-reply-4-feedback = Gyors, és a kávéért jött, úgyhogy ez majdnem jó. De egy szó sincs a fél óráról, és a neve sem hangzik el: úgy szolgálják ki, mint a következő cetlit. A legjobb válasz egy mondatban bocsánatot kért, és megmutatta, hogy ismeri, mielőtt megoldotta volna a gondot.

# en: I don't care about somebody else's fourteen coffees! I ordered one. Half an hour ago. And people who came in after me have had theirs!
crowd-excuse-says-1 = Nem érdekel valaki más tizennégy kávéja! Én egyet rendeltem. Fél órája. És akik utánam jöttek, már megkapták a magukét!

# en: He has raised his voice. How loud should your answer be, and whose side of the office order are you on?
crowd-excuse-hint = Felemelte a hangját. Milyen hangosan feleljen, és kinek az oldalán áll az irodai rendelés ügyében?

# en: I know, I know, it's been total chaos this morning, honestly. Everyone's been waiting ages, it's not just you, I promise.
crowd-excuse-reply-1 = Tudom, tudom, őszintén, ma reggel teljes a káosz. Mindenki ezer éve vár, nem csak Ön, higgye el nekem.

# en: I know, it's been absolute madness this morning, honestly. Loads of people have been waiting a long time, you're not the only one.
crowd-excuse-reply-1-wording-1 = Tudom, tudom, ma reggel tényleg felfordulás van. Higgye el, nem csak Ön vár régóta, mindenki más is.

# en: It's been chaos, everyone's been waiting, not only you.
crowd-excuse-reply-1-wording-2 = Ma mindenki sokat vár, nem csak Ön.

# en: yeah i know, it's been mental this morning tbh. everybody's had a long wait, you're not the only one i swear
crowd-excuse-reply-1-wording-3 = jaj tudom, ma reggel totalis kaosz van, mindenki orok ota var, nem maga az egyetlen, higgye el

# en: Honestly, this morning has been a nightmare. It's not only you, lots of customers have had to wait a long time.
crowd-excuse-reply-1-wording-4 = Őszintén, ez a reggel egy rémálom. Nem csak Önnel van így, rengeteg vendégnek kellett sokat várnia.

# en: It's been crazy today, everyone's waiting.
crowd-excuse-reply-1-wording-5 = Ma őrület van, mindenki vár.

# en: Look, you're not the only one who's waited, the whole morning has been a total mess.
crowd-excuse-reply-1-wording-6 = Nézze, nem maga az egyetlen, aki várt, az egész délelőtt egy nagy kupleráj.

# en: 'Not just you' is meant to comfort, but it tells a regular he is one of a crowd, and 'chaos' is a second excuse on top of the first. He still does not know when his coffee is coming.
crowd-excuse-reply-1-feedback = A „nem csak Ön” vigasztalásnak készült, de egy törzsvendégnek azt üzeni, hogy csak egy a tömegből, a „káosz” pedig újabb kifogás az első mellé. Még mindig nem tudja, mikor kapja meg a kávéját.

# en: Let me just explain: the office order printed at the same moment, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-2 = Hadd magyarázzam el: az irodai rendelés ugyanabban a pillanatban jött ki, az Ön cetlije becsúszott az övéké alá, a pultnál pedig felülről lefelé haladunk, úgyhogy...

# en: If I could just explain: the office's order came out of the printer at the same time, your ticket ended up underneath theirs, and the bar goes from the top ticket downwards, so...
crowd-excuse-reply-2-wording-1 = Elmagyarázom: az irodai rendelés pont akkor jött ki a nyomtatóból, a maga cetlije alájuk csúszott, mi pedig fentről lefelé dolgozunk, úgyhogy...

# en: Basically your ticket got stuck under the office order, so...
crowd-excuse-reply-2-wording-2 = A cetlije az irodai rendelés alá csúszott, azért...

# en: ok so what happened was the big order printed at the exact same time and your ticket went under it, and the baristas work top to bottom so...
crowd-excuse-reply-2-wording-3 = Szóval az történt, hogy a nagy céges rendeléssel egy időben jött ki az Öné is, beszorult a többi alá, és mi mindig a legfelsővel kezdjük, ezért aztán...

# en: Here's what happened: both orders printed together, yours got tucked underneath the office one, and the baristas take tickets from the top, so...
crowd-excuse-reply-2-wording-4 = Elmondom, mi volt: a két rendelést egyszerre nyomtatta ki a gép, az Önét eltakarta az irodai, a baristák pedig felülről veszik le a cetliket, és hát...

# en: Your ticket ended up under the big order, that's why...
crowd-excuse-reply-2-wording-5 = A cetlije a nagy rendelés alatt kötött ki, ezért...

# en: So the thing is, the printer spat out the office order at the same second as yours, yours got hidden under it, and we make drinks in ticket order from the top...
crowd-excuse-reply-2-wording-6 = szoval a nyomtato pont ugyanabban a masodpercben dobta ki az irodai rendelest, mint a magaet, az alatta eltunt, mi meg felulrol haladunk sorban a cetlikkel...

# en: It may all be true, but he has just told you he does not care about the office order, and you answer with more of it. Every sentence about the ticket rail is a minute off his walk to the meeting.
crowd-excuse-reply-2-feedback = Lehet, hogy mind igaz, de épp most mondta, hogy nem érdekli az irodai rendelés, Ön pedig még többet mesél róla. Minden mondat a cetlitartóról egy perc, ami a megbeszélésre menet hiányozni fog neki.

# en: There's no need to raise your voice, sir. We're doing our best back there, and shouting won't make the machine go any faster.
crowd-excuse-reply-3 = Nem kell felemelni a hangját, uram. Hátul mindenki igyekszik, és a kiabálástól a gép sem fog gyorsabban menni.

# en: Please don't shout at me, sir. Everyone behind the counter is working as hard as they can, and yelling won't make the coffee come out quicker.
crowd-excuse-reply-3-wording-1 = Uram, kérem, ne kiabáljon. Hátul mindenki hajt, a kávégép sem lesz tőle gyorsabb, ha hangosabban beszél.

# en: Please keep your voice down, sir; shouting won't speed it up.
crowd-excuse-reply-3-wording-2 = Ne kiabáljon, uram, attól sem lesz gyorsabb.

# en: no need to shout sir, we're trying our hardest back there and getting loud won't make the machine work faster
crowd-excuse-reply-3-wording-3 = Nem kell felhúznia magát, uram, a kollégák hátul így is sietnek, a hangoskodástól nem fog hamarabb kifolyni a kávé.

# en: Sir, I'd ask you not to yell. The team is working flat out, and raising your voice won't get your coffee made any sooner.
crowd-excuse-reply-3-wording-4 = Uram, arra kérném, ne kiabáljon. A csapat erején felül dolgozik, és attól, hogy hangosabb, nem lesz hamarabb kész a kávéja.

# en: Don't shout at me, it won't help.
crowd-excuse-reply-3-wording-5 = Ne kiabáljon velem, nem segít.

# en: calm down please, getting angry wont make your drink come faster, we're doing everything we can
crowd-excuse-reply-3-wording-6 = nyugodjon meg legyen szives, attol hogy mergeskedik nem lesz gyorsabb az itala, mindent megteszunk

# en: Telling him how to speak makes his anger the problem instead of the half hour. A regular who is scolded at the counter stops being a regular.
crowd-excuse-reply-3-feedback = Ha megmondja neki, hogyan beszéljen, a dühe lesz a gond, nem a fél óra. Az a törzsvendég, akit a pultnál kioktatnak, nem marad sokáig törzsvendég.

# en: You're right, and that's on us, not on them. Yours is going on the machine now, and it'll be in your hand in three minutes.
crowd-excuse-reply-4 = Igaza van, ez a mi hibánk, nem az övék. Az Öné most kerül a gépre, és három perc múlva a kezében lesz.

# en: You're quite right, and that's our fault, not theirs. I'm putting yours on right now, and you'll be holding it within three minutes.
crowd-excuse-reply-4-wording-1 = Jogos, ezt mi rontottuk el, nem ők. Most teszem fel a kávéját, három perc, és a kezében tartja.

# en: You're right, our fault. Yours is on now: three minutes.
crowd-excuse-reply-4-wording-2 = Igaza van, a mi hibánk. Három perc, és kész.

# en: yeah you're right, that's down to us. i'm starting yours this second, it'll be with you in 3 mins
crowd-excuse-reply-4-wording-3 = igaza van, nem az ő hibájuk, hanem a miénk. az öné most megy a gépre, 3 perc múlva viheti

# en: Fair point, that's our mistake and not the other customers'. I'm starting your drink this moment and you'll have it in three minutes.
crowd-excuse-reply-4-wording-4 = Ez így van, ezt mi szúrtuk el, nem a többi vendég. Máris nekikezdek az italának, három perc, és Önnél lesz.

# en: You're right, our mistake. Three minutes and it's yours.
crowd-excuse-reply-4-wording-5 = Igaza van, mi hibáztunk. Három perc, és az Öné.

# en: That's our fault, not the other customers', and you're right to be annoyed. Your coffee's being made now, three minutes max.
crowd-excuse-reply-4-wording-6 = Ez a mi hibánk, nem a többi vendégé, és jogosan bosszús. A kávéja már készül, legfeljebb három perc.

# en: He raised his voice and you lowered yours: you agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you keep yourself, because you are making it.
crowd-excuse-reply-4-feedback = Ő felemelte a hangját, Ön lehalkította a sajátját: a sor védelme helyett igazat adott neki, és olyan időpontot mondott, amihez igazíthatja az indulását. A „három perc” olyan ígéret, amelyet saját maga tart be, hiszen Ön készíti a kávét.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before that.
name-reaction-says-1 = A nevem? Tamás. Minden áldott hétköznap itt vagyok. Tegnap is Ön szolgált ki, és tegnapelőtt is.

# en: Of course, Tamás, and sorry, that was careless of me. Large oat flat white and almond croissant to go: making it now.
name-reaction-reply-1 = Persze, Tamás, elnézést, ez figyelmetlenség volt tőlem. Nagy zabtejes flat white, mandulás croissant, elvitelre: már készítem.

# en: Of course it is, Tamás, sorry, that was sloppy of me. Oat flat white, large, with an almond croissant to take away, coming right up.
name-reaction-reply-1-wording-1 = Hát persze, Tamás, bocsásson meg, ez hanyagság volt részemről. Zabtejes nagy flat white meg egy mandulás croissant, elvitelre, már csinálom is.

# en: Sorry, Tamás, my mistake. Your usual, I'm making it now.
name-reaction-reply-1-wording-2 = Bocsánat, Tamás. A szokásos zabtejes flat white-ját már csinálom.

# en: course, Tamás, sorry, silly of me. big oat flat white plus almond croissant to go, doing it now
name-reaction-reply-1-wording-3 = jaj persze, tamas, bocsi, ez csunya volt tolem. flat white zabtejjel, nagy, meg mandulas croissant elvitelre csomagolva, mar keszul is

# en: Tamás, of course, I should have known that, apologies. I'm starting your big oat flat white now and bagging the almond croissant to take away.
name-reaction-reply-1-wording-4 = Tamás, hát persze, ezt tudnom kellett volna, ne haragudjon. Már indítom is a nagy zabtejes flat white-ot, a mandulás croissant-t pedig bezacskózom elvitelre.

# en: Of course, Tamás, my bad. Doing your oat flat white now.
name-reaction-reply-1-wording-5 = Persze, Tamás, az én hibám. Már csinálom a zabtejes flat white-ot.

# en: Of course it's you, Tamás, that was thoughtless of me, sorry. Large oat flat white and an almond croissant to go, I'm on it.
name-reaction-reply-1-wording-6 = Hát persze hogy maga az, Tamás, ez meggondolatlan volt tőlem, bocsánat. Nagy zabtejes flat white meg mandulás croissant elvitelre, rajta vagyok.

# en: You owned the slip in one sentence and then showed that you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = Egy mondatban vállalta a bakit, aztán megmutatta, hogy igenis ismeri: a nevét és a szokásos rendelését. Újra törzsvendég, nem egy cetliszám.

# en: Sorry, we get so many people through here in the mornings, I can't keep track of everyone. What was it you ordered again?
name-reaction-reply-2 = Elnézést, reggelente annyi ember megfordul itt, hogy egyszerűen nem tudok mindenkit megjegyezni. Mi is volt a rendelése?

# en: Apologies, we have loads of customers in the morning and I can't remember everybody. Remind me what you ordered?
name-reaction-reply-2-wording-1 = Ne haragudjon, reggelente rengeteg vendég jön-megy, képtelenség mindenkit fejben tartani. Mit is kért?

# en: Sorry, too many customers to remember. What did you order?
name-reaction-reply-2-wording-2 = Elnézést, reggelente annyi ember jön-megy itt, mindenkit nem tudok megjegyezni. Mi volt a rendelése?

# en: sorry, mornings are so busy that i can't remember every face. what was your order again?
name-reaction-reply-2-wording-3 = elnezest, de reggel akkora a tomeg, hogy nem tudok mindenkire emlekezni. mi is volt, amit kert?

# en: Apologies, we see hundreds of faces every morning and I can't remember them all. Can you tell me your order again?
name-reaction-reply-2-wording-4 = Elnézést, reggelente több száz arcot látunk, nem tudok mindegyikre emlékezni. Elmondaná még egyszer, mit rendelt?

# en: Sorry, I can't remember everyone. What did you have?
name-reaction-reply-2-wording-5 = Bocsánat, nem emlékszem mindenkire. Mit kért?

# en: what did you order again? sorry, its so busy in the mornings i cant keep everyone straight
name-reaction-reply-2-wording-6 = mit is rendelt megint? bocsi, reggelente olyan porges van, hogy nem tudok mindenkit szamon tartani

# en: 'So many people' says out loud what he already feared, that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = Az „annyi ember” hangosan kimondja, amitől eleve tartott: hogy egy a sok közül. Ha harminc perc után újra megkérdezi a rendelését, azt üzeni neki, hogy senki sem vette észre.

# en: Sorry, Tamás, of course! Your usual will be ready in two minutes, I'll get the bar to put it ahead of everything else.
name-reaction-reply-3 = Bocsánat, Tamás, persze! A szokásos két perc múlva kész, szólok a pultnál, hogy minden más elé vegyék.

# en: Of course, Tamás, sorry! Your usual will be with you in a couple of minutes; I'll have the bar push it to the front of the queue.
name-reaction-reply-3-wording-1 = Jaj, persze, Tamás, bocsánat! Két perc és megvan a szokásos, szólok a kollégáknak a pultnál, hogy az Önét vegyék előre mindenki elé.

# en: Sorry, Tamás! The bar will do yours first: two minutes.
name-reaction-reply-3-wording-2 = Persze, Tamás! Két perc, előreveszik a pultnál.

# en: sorry Tamás, of course! your usual's two minutes away, i'll have the bar put it ahead of the queue
name-reaction-reply-3-wording-3 = Bocsi, Tamás, hát persze! Szólok a baristáknak, hogy az Önét tegyék mindenki elé, két perc, és megvan.

# en: Tamás, of course, sorry! I'll get the baristas to bump your usual to the top, it'll be done in two minutes.
name-reaction-reply-3-wording-4 = Tamás, hát persze, elnézést! A baristákkal előresoroltatom a szokásosát, két percen belül meglesz.

# en: Sorry Tamás, yours goes first, two minutes.
name-reaction-reply-3-wording-5 = Bocs, Tamás, az Öné megy elsőnek, két perc.

# en: Of course, Tamás! Two minutes and your usual is ready, I'm telling the bar to jump it ahead of every other order.
name-reaction-reply-3-wording-6 = Persze, Tamás! Két perc, és kész a szokásos, szólok a pultnak, hogy minden más rendelést előzzön meg.

# en: The name landed and you moved fast, which he needed. But 'two minutes' hangs on a bar still working through fourteen drinks, so it is a promise you do not control. The best reply named his order and put the making of it in your own hands.
name-reaction-reply-3-feedback = A név célba ért, és gyorsan lépett, erre szüksége volt. De a „két perc” egy olyan pulton múlik, ahol még tizennégy ital vár, így ez nem az Ön kezében lévő ígéret. A legjobb válasz megnevezte a rendelését, és az elkészítését a saját kezébe vette.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = Tudja mit, nincs erre időm. Katalin bent van? Szóljon neki, legyen szíves.

# en: Of course. I'll tell her the whole story, the half hour and your meeting, so you needn't repeat it, and I'll wait here with you.
manager-demand-reply-1 = Természetesen. Elmondok neki mindent, a fél órát és a megbeszélését is, hogy ne kelljen megismételnie, és addig itt maradok Önnel.

# en: Certainly. I'll explain everything to her, the thirty-minute wait and your meeting, meaning you don't have to go through it again, and I'll stay here with you.
manager-demand-reply-1-wording-1 = Persze. Mindent elmondok neki én, a félórás várakozást is, meg azt is, hogy megbeszélésre siet, így nem kell újrakezdenie, és addig nem megyek el innen.

# en: Sure, I'll give her the whole story so you won't have to repeat it, and I'll stay with you.
manager-demand-reply-1-wording-2 = Persze, átadok neki mindent, és itt maradok Önnel.

# en: of course, i'll fill her in on the whole thing, the wait and the meeting, so you won't need to say it again, and i'll stay with you till she's out
manager-demand-reply-1-wording-3 = Persze. Mindent elmondok Katalinnak előre, a fél órát is, meg hogy megbeszélése van, így nem kell megismételnie semmit; addig Önnel maradok.

# en: No problem. I'll brief her on everything, how long you've waited and that you've got a meeting, so you don't have to explain twice, and I'll stand here with you until she comes.
manager-demand-reply-1-wording-4 = Semmi gond. Tájékoztatom mindenről, mennyit várt és hogy megbeszélése lesz, így nem kell kétszer elmagyaráznia, és itt állok Önnel, amíg ki nem jön.

# en: Sure, I'll fill her in on all of it so you needn't repeat yourself, and I'll stay beside you.
manager-demand-reply-1-wording-5 = Persze, mindent elmondok neki, hogy ne kelljen megismételnie, és itt maradok maga mellett.

# en: Absolutely, I'll bring Katalin over and give her the full picture, thirty minutes and the half nine meeting, so you don't have to say it all again. I'll stay right here with you.
manager-demand-reply-1-wording-6 = Feltétlenül, idehozom Katalint és elmondom neki az egészet, a harminc percet és a fél tízes megbeszélést, hogy ne kelljen újra elmesélnie. Itt maradok Önnel.

# en: A good hand-over: he will not have to tell it twice, and you stay with him. But every minute spent waiting for Katalin is a minute off his walk, and the coffee is something you could have put in his hand yourself.
manager-demand-reply-1-feedback = Jó átadás: nem kell kétszer elmondania, és Ön mellette marad. De minden perc, amit Katalinra vár, a sétájából megy el, pedig a kávét Ön maga is a kezébe adhatta volna.

# en: She's in the back with a delivery, to be honest, and she'll only tell you the same thing I'm telling you.
manager-demand-reply-2 = Hátul van, éppen árut vesz át, és őszintén szólva ő is csak pontosan ugyanazt mondaná Önnek, amit én mondok.

# en: Honestly, she's out the back sorting a delivery, and she'd just say exactly what I'm saying.
manager-demand-reply-2-wording-1 = Hátul van, most veszi át a szállítmányt, és őszinte leszek, ő sem mondana Önnek mást, mint én.

# en: She's busy with a delivery, and she'd say the same as me.
manager-demand-reply-2-wording-2 = Áruátvétel van, és ő sem mondana mást.

# en: tbh she's out back dealing with a delivery and she'll tell you exactly what i've told you
manager-demand-reply-2-wording-3 = katalin epp hatul van az aruval, de oszinten, o se mondana mast, mint en

# en: To be fair, Katalin's busy out back with a delivery, and she won't tell you anything different from me.
manager-demand-reply-2-wording-4 = Ami azt illeti, Katalin hátul az árut pakolja, és pontosan ugyanazt hallaná tőle, amit tőlem.

# en: She's busy, and she'll just say what I said.
manager-demand-reply-2-wording-5 = Nem ér rá, és ugyanazt mondaná, mint én.

# en: there's no point honestly, she's got a delivery in the back and she'll only repeat what i'm saying
manager-demand-reply-2-wording-6 = oszinten nincs ertelme, hatul eppen szallitmany jott, es csak megismetelne amit en mondok

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-2-feedback = Elutasította a kérését, és közölte vele, hogy úgyis fölösleges. Kávé nélkül, vezető nélkül, egy megbeszéléssel a nyakán egyetlen lépés marad neki: elmenni.

# en: She's in the back, and I'll get her if you want. Quicker, though: your flat white's on now, two minutes, and it's on us.
manager-demand-reply-3 = Hátul van, szólok neki, ha szeretné. De gyorsabb így: a flat white-ja már a gépen, két perc, és a ház vendége.

# en: She's out the back and I can fetch her if you like. But faster still: your flat white's being made now, it'll be two minutes, and it's free.
manager-demand-reply-3-wording-1 = Hátul van, ha kéri, szólok neki. Gyorsabb megoldás viszont, hogy a kávéja már fut a gépen, két perc múlva kész, és ezt mi álljuk.

# en: I can get her, but your coffee's two minutes away, and free.
manager-demand-reply-3-wording-2 = Szólhatok neki, de két perc, és ingyen megkapja a kávéját.

# en: she's in the back, happy to grab her. quicker option though, your flat white's going now, 2 mins, no charge
manager-demand-reply-3-wording-3 = Szólok Katalinnak, ha ragaszkodik hozzá, de hamarabb megvan, ha most lefőzöm a flat white-ot: két perc, és ma nem kell fizetnie érte.

# en: I can go and bring Katalin out if you'd like, but the faster route is this: your flat white is being made now, two minutes, and you're not paying for it.
manager-demand-reply-3-wording-4 = Ha szeretné, kihozom Katalint, de van gyorsabb út is: a flat white-ja most készül, két perc, és nem kell fizetnie érte.

# en: I'll get her if you want, but your coffee's free and two minutes away.
manager-demand-reply-3-wording-5 = Szólok neki, ha kéri, de a kávé ingyen van, és két perc.

# en: Happy to get Katalin from the back, though your coffee will be quicker: it's on the machine now, ready in 2 minutes, on the house.
manager-demand-reply-3-wording-6 = Szívesen kihívom Katalint hátulról, de a kávéja gyorsabb lesz: már a gépen van, 2 perc múlva kész, és ajándék.

# en: You did not refuse him the manager, but you offered something quicker that you control: his coffee, a time, and no charge. He asked for Katalin because he had given up on you; two minutes wins him back.
manager-demand-reply-3-feedback = Nem tagadta meg tőle a vezetőt, de gyorsabbat ajánlott, ami Önön múlik: a kávéját, egy időpontot és azt, hogy nem kell fizetnie. Azért kérte Katalint, mert lemondott Önről; a két perccel visszanyerte.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-4 = Természetesen. Várjon itt egy pillanatot, hátramegyek és szólok neki.

# en: Certainly. Hang on here a moment and I'll fetch her for you.
manager-demand-reply-4-wording-1 = Hogyne. Várjon itt egy percet, hátraszaladok és szólok neki.

# en: One second, I'll go get her for you.
manager-demand-reply-4-wording-2 = Rendben, szólok neki, várjon.

# en: of course, just wait there a minute and i'll go grab her
manager-demand-reply-4-wording-3 = persze, egy pillanat, hatramegyek katalinert

# en: Yes, hang on a sec, I'll nip out the back and get her.
manager-demand-reply-4-wording-4 = Igen, egy pillanat, kiugrom hátra és idehívom.

# en: Okay, wait here, I'll get her.
manager-demand-reply-4-wording-5 = Rendben, várjon itt egy pillanatot, szólok neki.

# en: Yes, of course, I'll go and bring Katalin out to you, just hang on there.
manager-demand-reply-4-wording-6 = Igen, természetesen, hátulról kihozom Önhöz Katalint, csak tartson ki egy kicsit.

# en: It does what he asked, but nothing more: he now waits for the manager on top of the thirty minutes, and will tell her everything again. One concrete offer before you went would likely have settled it at the counter.
manager-demand-reply-4-feedback = Megteszi, amit kért, de semmi többet: a harminc perc tetejébe most a vezetőre is várnia kell, és neki is el kell mondania mindent. Egy konkrét ajánlat, mielőtt hátramegy, valószínűleg még a pultnál elrendezte volna a dolgot.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
while-making-says-1 = Jó. Tíz percet kell gyalogolnom a megbeszélésre, úgyhogy nagyjából tíz percem van. Egyébként mi történt? Az új srác volt? Teljesen elveszettnek tűnt a gép mellett.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
while-making-says-2 = Jó. Legfeljebb tíz perc múlva ki kell lépnem azon az ajtón. Őszintén, mi ment félre? Az új srác a gépnél? Egész reggel csak bámulja azokat a cetliket.

# en: He is inviting you to blame your colleague, who can hear you, and he has ten minutes.
while-making-hint = Arra csábítja, hogy a kollégáját hibáztassa, aki ráadásul hallja, amit mond. És csak tíz perce van.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets, so it's been a bit slow behind the bar.
while-making-reply-1 = Igen, Bence első hete, szegény. Még most szokja a cetliket, úgyhogy ma a pultnál kicsit lassabban mennek a dolgok.

# en: Yes, it's Bence's first week, poor thing. He's still getting the hang of the tickets, so the bar's been a bit slow.
while-making-reply-1-wording-1 = Igen, Bence most kezdte a héten, szegény. Még tanulja a cetlik rendszerét, ezért ma kicsit döcögősebben megy a pult.

# en: Yeah, the new lad Bence is still learning, so it's slow.
while-making-reply-1-wording-2 = Igen, Bencének ez az első hete, szegény még szokja, ezért megy ma lassabban.

# en: yeah bence only started this week, bless him, and he's still working out the ticket system so things have been slow on the bar
while-making-reply-1-wording-3 = aha, bence, az elso hete, szegenykem. meg nem igazodik ki a cetlik kozott, ma emiatt csuszik kicsit a pult

# en: Yes, that's Bence, he only joined this week, poor lad. He hasn't quite got the ticket system down yet, which is why the bar's been slow.
while-making-reply-1-wording-4 = Igen, Bence az, most a héten állt munkába, szegény. A cetlis rendszert még nem egészen tanulta meg, ezért akadozik a pult.

# en: Yeah, it's the new guy, he's still slow.
while-making-reply-1-wording-5 = Igen, az új fiú, még lassú.

# en: Bence is brand new this week so yes, the bar's been slow while he gets the hang of the tickets, bless him
while-making-reply-1-wording-6 = bence tök új, ez az első hete, szóval igen, lassú volt a pult, amíg belejön a cetlikbe, szegény pára

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not need a culprit; he needs the café to own it.
while-making-reply-1-feedback = Barátságosan, sőt kedvesen hangzik, de a hibát egy pár méterrel arrébb álló kollégára hárította. Tamás nem bűnöst keres; azt akarja, hogy a kávézó vállalja a felelősséget.

# en: Tamás, I'm so sorry. It will never happen again, I promise: from tomorrow your usual will be ready the moment you walk in.
while-making-reply-2 = Tamás, nagyon sajnálom. Soha többé nem fordul elő, ígérem: holnaptól a szokásos kész lesz, mire belép az ajtón.

# en: I'm so sorry, Tamás. I promise this won't ever happen again: starting tomorrow, your regular order will be waiting for you as soon as you come through the door.
while-making-reply-2-wording-1 = Tamás, borzasztóan sajnálom. Ez nem fog megismétlődni, a szavamat adom: holnaptól már kész lesz a szokásosa, mire belép.

# en: Sorry, Tamás. From tomorrow your coffee will be ready as you arrive.
while-making-reply-2-wording-2 = Sajnálom, holnaptól kész lesz a kávéja, mire beér.

# en: Tamás i'm so sorry, i promise it won't happen again, from tomorrow your coffee will be there the second you come in
while-making-reply-2-wording-3 = Tamás, tényleg bocs, ilyen többet nem lesz, ígérem. Mostantól a flat white-ja ott várja a pulton, amikor bejön reggel.

# en: Tamás, I really apologise, and I give you my word it won't be repeated: from tomorrow your usual will be made before you even reach the counter.
while-making-reply-2-wording-4 = Tamás, igazán bocsánatot kérek, és garantálom, hogy ez nem ismétlődik meg: holnaptól már azelőtt elkészül a szokásosa, hogy a pulthoz érne.

# en: Sorry, never again. Tomorrow your usual's ready when you arrive.
while-making-reply-2-wording-5 = Bocsánat, soha többé. Holnap kész lesz a szokásos, mire ideér.

# en: from tomorrow morning your coffee will be waiting the moment you arrive, Tamás, I promise this won't ever happen again, I'm so sorry
while-making-reply-2-wording-6 = holnap reggeltol mar varni fogja a kaveja, amint belep, tamas, megigerem, hogy ilyen soha tobbe nem lesz, nagyon sajnalom

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you do not know. A promise like that is one more chance to let him down.
while-making-reply-2-feedback = Meleg, és hallja, hogy Önnek fontos, de nem várhat kész kávé valakire, akiről nem tudja, mikor érkezik. Egy ilyen ígéret csak újabb alkalom arra, hogy csalódást okozzon neki.

# en: It wasn't him, it was us at the counter: your ticket got buried and nobody checked. Croissant's bagged, coffee's thirty seconds away.
while-making-reply-3 = Nem ő volt, hanem mi a kasszánál: a cetlije alulra került, és senki nem nézte meg. A croissant zacskóban, a kávé fél perc.

# en: Not him, it was our fault at the till: your order got lost in the pile and no one looked. Your croissant's in the bag and the coffee's nearly done.
while-making-reply-3-wording-1 = Nem Bence hibázott, hanem mi, itt a kasszánál: a cetli legalulra csúszott, és senki nem ellenőrizte. A croissant bepakolva, a kávé fél perc múlva kész.

# en: Not him; we lost your ticket at the counter. Coffee's seconds away.
while-making-reply-3-wording-2 = Nem ő, mi a kasszánál; a kávé fél perc.

# en: no it wasn't him, that was us on the till, your ticket got lost under the pile and nobody noticed. croissant's ready, coffee in half a minute
while-making-reply-3-wording-3 = nem az uj srac volt, hanem en a kasszanal, lent ragadt a cetli es nem neztem meg. croissant mar a zacskoban, a kave mindjart

# en: Don't blame him, the mistake was ours at the front: your order got buried under others and no one spotted it. Your croissant's packed and the coffee's almost ready.
while-making-reply-3-wording-4 = Ne őt okolja, mi hibáztunk elöl: a rendelése elveszett a többi között, és senki sem vette észre. A croissant becsomagolva, a kávé mindjárt kész.

# en: It was our mistake at the counter, not his. Coffee's almost done.
while-making-reply-3-wording-5 = Mi rontottuk el a kasszánál, nem ő. A kávé majdnem kész.

# en: That one's on us at the front, not on him, nobody checked your ticket. Thirty seconds for the coffee, croissant's already in the bag.
while-making-reply-3-wording-6 = Ez a mi számlánkra megy itt elöl, nem az övére, senki nem nézte meg a cetlijét. Fél perc a kávé, a croissant már a zacskóban.

# en: One honest sentence, taken on the counter rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-3-feedback = Egyetlen őszinte mondat, amellyel a kasszára vette a hibát, nem Bencére, és egy emlékeztető, hogy a rendelése már majdnem a kezében van. Felelt a kérdésére anélkül, hogy elvett volna a tíz percéből.

# en: It wasn't really anyone's fault: the office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-4 = Igazából senki sem hibás: fél kilenckor jött be az irodai rendelés, a nyomtató duplán nyomtatott, Bence a felső cetlikkel kezdte, és az Öné végül...

# en: Nobody was really to blame: the office order arrived at 8:30, the printer printed twice, Bence started on the top tickets, and yours got left at the...
while-making-reply-4-wording-1 = Őszintén, ebben nincs hibás: fél kilenckor befutott az irodai rendelés, aztán a nyomtató kétszer hozta ki a cetliket, Bence felülről kezdte, és a magáé végül...

# en: No one's fault really: big order, printer glitch, Bence took the top ones...
while-making-reply-4-wording-2 = Senki sem hibás, a nyomtató duplázott, Bence meg...

# en: honestly it wasn't anybody's fault, that big order came through about 8.30, printer double printed, bence grabbed the tickets on top and yours ended up at the...
while-making-reply-4-wording-3 = Hát, igazából nem lehet senkit okolni: jött a nagy céges rendelés, a printer megkavarodott és mindent kétszer nyomtatott, Bence meg a felső cetlikkel indult, az Öné pedig...

# en: Honestly, no one person did anything wrong: the big office order landed at half past eight, the printer printed double, Bence started at the top of the pile and yours got pushed down to...
while-making-reply-4-wording-4 = Őszintén, nem egy ember hibázott: fél kilenckor beesett a nagy irodai rendelés, a nyomtató mindent kétszer adott ki, Bence a kupac tetejéről kezdte, és az Öné lecsúszott egészen...

# en: Nobody's fault, the printer doubled the big order and...
while-making-reply-4-wording-5 = Senki sem hibás, a nyomtató kétszer hozta a nagy rendelést, és...

# en: It's a chain of things really: office order at half eight, double printing, Bence working the top tickets, and yours finished up...
while-making-reply-4-wording-6 = Ez igazából egy láncreakció: fél kilenckor irodai rendelés, dupla nyomtatás, Bence a felső cetliken dolgozott, az Öné meg a végén...

# en: He told you he has ten minutes, and you are using them on the printer and the rota, with Bence's name in the middle. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-4-feedback = Mondta, hogy tíz perce van, Ön pedig a nyomtatóra és a beosztásra költi, Bence nevével a közepén. Egy siető vendégnek egy mondat magyarázat kell, és a kávé a kezébe.

# en: Sorry, I honestly couldn't tell you, I'm only on the till this morning. The bar keeps its own tickets, I just take the money.
while-making-reply-5 = Elnézést, őszintén nem tudom, ma reggel csak a kasszánál vagyok. A pult a saját cetlijeit intézi, én csak a pénzt veszem el.

# en: Sorry, I really don't know, I'm just working the till today. The bar handles its own tickets; I only take payment.
while-making-reply-5-wording-1 = Ne haragudjon, fogalmam sincs, ma reggel én csak a kasszát viszem. A cetlikkel a pult foglalkozik, én csak a fizetést intézem.

# en: No idea, sorry, I'm just on the till.
while-making-reply-5-wording-2 = Nem tudom, én csak kasszázom, a cetlik a pulté.

# en: sorry no clue, i'm only doing the till today. the baristas deal with the tickets, i just take payments
while-making-reply-5-wording-3 = bocs, nem tudom, ma csak a penztargepnel vagyok, a baristak intezik a sajat cetlijeiket, en csak blokkolok

# en: Sorry, I really have no idea, I'm only on payments today. The baristas look after their own tickets, I just handle the money side.
while-making-reply-5-wording-4 = Sajnos nem tudom megmondani, ma engem csak a kasszához osztottak be. A rendelésekért a baristák felelnek, én csak a pénzügyi részt viszem.

# en: Sorry, don't know, I only work the till.
while-making-reply-5-wording-5 = Bocs, nem tudom, én csak a kasszánál vagyok.

# en: I just take the money, sorry, the bar deals with its tickets so I couldn't tell you what happened
while-making-reply-5-wording-6 = en csak a penzt szedem, bocsi, a cetliket a pult intezi, szoval nem tudom mi tortent

# en: 'I'm only on the till' tells him the café is a row of people each responsible for nothing. He does not care who keeps which tickets; to him, you are the café.
while-making-reply-5-feedback = A „csak a kasszánál vagyok” azt üzeni neki, hogy a kávézó emberek sora, akik közül senki sem felel semmiért. Nem érdekli, ki kezeli a cetliket; neki Ön a kávézó.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = Szegény gyerek, ott áll két lépésre. Hallotta ám.

# en: You're right, that wasn't fair of me. It's our mistake, not his, and I'm the one putting it right: your coffee's coming now.
new-lad-reply-1 = Igaza van, ez nem volt szép tőlem. A mi hibánk, nem az övé, és én hozom helyre: a kávéja már jön is.

# en: You're right, that was unfair of me. The mistake was ours, not Bence's, and I'm the one fixing it: your coffee's on its way now.
new-lad-reply-1-wording-1 = Jogos, ez csúnya volt tőlem. Nem ő hibázott, hanem mi, és én rendezem: a kávéja már úton van.

# en: Fair point, not his fault, ours. I'm sorting it; coffee's coming.
new-lad-reply-1-wording-2 = Igaza van, nem ő a hibás, hanem mi.

# en: yeah that was out of order of me. it's on us, not him, and i'm fixing it, your coffee's nearly here
new-lad-reply-1-wording-3 = tenyleg nem volt szep, bocs. a mi hibank volt, nem bencee, en teszem rendbe, jon a kave

# en: You're right, I shouldn't have said that about him. The fault is ours, not Bence's, and I'm fixing it myself: your coffee is almost here.
new-lad-reply-1-wording-4 = Tényleg nem kellett volna ezt mondanom róla. Nem Bence hibázott, hanem mi, és személyesen intézem: a kávéja pillanatokon belül itt van.

# en: That was unfair of me, it's our fault not his.
new-lad-reply-1-wording-5 = Ez igazságtalan volt tőlem, mi hibáztunk, nem ő.

# en: fair, i shouldnt have dumped that on him, it's our mistake. i'm sorting it personally and your coffee's on its way
new-lad-reply-1-wording-6 = jogos, nem kellett volna ra kennem, a mi hibank. szemelyesen intezem, a kave mar jon

# en: Taking back a careless remark at once is hard, and right. Tamás sees a team that stands together, and a person at the till who takes the mistake on.
new-lad-reply-1-feedback = Egy meggondolatlan megjegyzést azonnal visszavonni nehéz, és helyes. Tamás egy összetartó csapatot lát, és a kasszánál valakit, aki magára vállalja a hibát.

# en: You're right, but it is his first week, and somebody has to learn on the morning rush, so we're all asking people to bear with us.
new-lad-reply-2 = Igaza van, de ez az első hete, és valakinek a reggeli csúcsban is tanulnia kell, úgyhogy mindenkit arra kérünk, legyen egy kis türelemmel.

# en: True, but it's his first week, and someone has to learn during the morning rush, and we're asking customers to be patient with us.
new-lad-reply-2-wording-1 = Ez igaz, csak hát most van az első hete, és valahol a reggeli roham alatt is meg kell tanulnia, ezért mindenkitől kérünk egy kis megértést.

# en: True, but he's new, so please bear with us.
new-lad-reply-2-wording-2 = Igaz, de tanulnia kell, legyen egy kis türelemmel.

# en: fair, but he only started this week and people have to learn sometime in the rush, so we're asking everyone to be a bit patient
new-lad-reply-2-wording-3 = Jó, jó, de az új embernek is bele kell jönnie valahogy, csúcsidőben is, úgyhogy kérjük a vendégeinket, hogy legyenek türelmesek vele.

# en: I know, but he's only been here a few days, and new staff have to learn during the rush at some point, so we're asking everyone to be patient.
new-lad-reply-2-wording-4 = Tudom, de csak pár napja van itt, és az új kollégáknak egyszer a csúcsidőben is tanulniuk kell, ezért mindenkitől türelmet kérünk.

# en: Sure, but he's new, please be patient with us.
new-lad-reply-2-wording-5 = Persze, de új, kérem, legyen türelemmel.

# en: It's his first week, so yes, he's learning in the busiest hour, and we're just asking customers to bear with us
new-lad-reply-2-wording-6 = Ez az első hete, szóval igen, pont a legforgalmasabb órában tanul, és csak annyit kérünk a vendégektől, hogy legyenek elnézőek.

# en: 'You're right, but' takes back the agreement in the same breath, and 'bear with us' asks a man with a meeting to pay for the café's training with his time.
new-lad-reply-2-feedback = Az „igaza van, de” ugyanabban a lélegzetben vonja vissza az egyetértést, a „legyen türelemmel” pedig arra kér egy megbeszélésre siető embert, hogy a saját idejével fizesse meg a kávézó betanítását.

# en: Oh, he knows I'm only joking. Everyone's new once, it's how you learn, isn't it? He'll be flying by next week.
new-lad-reply-3 = Ugyan, ő tudja, hogy csak viccelek. Mindenki volt új valaha, így tanul az ember, nem? Jövő hétre már belejön.

# en: Oh, he knows I'm just kidding. We all start somewhere, that's how you learn, right? He'll be a pro by next week.
new-lad-reply-3-wording-1 = Ugyan, tudja ő, hogy csak viccelek vele. Valaha mindnyájan voltunk újak, nem? Jövő hétre belejön, meglátja.

# en: He knows I'm only kidding; he'll be fine by next week.
new-lad-reply-3-wording-2 = Jaj, csak vicceltem, tudja ő. Majd belejön.

# en: ah he knows i'm messing. everyone's the new guy at some point, it's how you learn. he'll be brilliant in a week
new-lad-reply-3-wording-3 = áh, bence bírja a poénokat. mindenki volt kezdő, nem? egy hét és belerázódik

# en: Don't worry, he knows I'm just teasing. We were all new once, that's how you pick it up, and he'll be great in a week.
new-lad-reply-3-wording-4 = Semmi baj, tudja ő, hogy csak ugratom. Mind voltunk újak, így lehet belejönni, egy hét múlva már kiváló lesz.

# en: It's fine, he knows I'm joking.
new-lad-reply-3-wording-5 = Semmi gond, tudja, hogy viccelek.

# en: ha, he can take a joke. everyone starts off clueless, give him a week and he'll be flying
new-lad-reply-3-wording-6 = haha, ő nem sértődős. mindenki tök zöldfülűként kezd, egy hét és repülni fog

# en: Laughing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-3-feedback = Ha elvicceli, a hiba Bencén marad, és a kávézó olyan helynek tűnik, ahol nem törődnek a saját embereikkel. Aki így beszél egy kollégájáról, arról a vendég azt gondolja: vajon róla hogyan beszél.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = Kész lesz, mire belépek? Azt sem tudja, mikor jövök. Inkább csak a mait csinálják meg rendesen, jó?

# en: No, honestly, I'll sort it. I'll tell everyone on the team to keep an eye out for you, and they'll have it on the machine the second they see you.
promise-doubt-reply-1 = Nem, tényleg, elintézem. Szólok mindenkinek a csapatban, hogy figyeljenek Önre, és amint meglátják, már teszik is fel a gépre.

# en: No, really, I'll make it happen. I'll ask the whole team to watch for you, and they'll start your coffee the moment you come in.
promise-doubt-reply-1-wording-1 = De igen, komolyan, megoldom. Az egész csapatnak szólok, hogy figyeljék, mikor jön, és amint belép, rögtön indítják a kávéját.

# en: No, I'll sort it: the team will watch for you.
promise-doubt-reply-1-wording-2 = De, megoldom: mindenki figyelni fog, és rögtön kezdik.

# en: nah honestly leave it with me, i'll get everyone watching for you and they'll put yours on the second you walk through the door
promise-doubt-reply-1-wording-3 = nem nem, tenyleg elintezem, szolok a kollegaknak hogy figyeljek mikor jon, es ahogy meglatjak, mar fut is a kave

# en: No, trust me, I'll handle it. Everyone on staff will be told to look out for you and start your drink as soon as you walk in.
promise-doubt-reply-1-wording-4 = De, bízzon bennem, megoldom. Minden kollégának megmondom, hogy tartsák Önt szemmel, és amint belép, kezdjék el az italát.

# en: No, really, the whole team will look out for you.
promise-doubt-reply-1-wording-5 = De tényleg, az egész csapat figyelni fog Önre.

# en: honestly don't worry, I'll brief the whole team so whoever spots you gets your coffee going straight away
promise-doubt-reply-1-wording-6 = komolyan ne aggodjon, az egesz csapatot eligazitom, hogy aki eszreveszi, rogton inditsa a kavejat

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-1-feedback = Megmondta, hogy kételkedik az ígéretben, Ön pedig megduplázta, ahelyett hogy felülvizsgálta volna. Egyetlen dolgot kért: hogy a mai rendben legyen.

# en: Fair enough, I can't promise that. Today I can: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-2 = Jogos, ezt nem ígérhetem meg. A mait viszont igen: a kávéja egy perc múlva kész, és elmondom Katalinnak, hogyan veszett el a cetlije.

# en: That's fair, I can't really promise that. What I can do is today: your coffee will be done in a minute. I'll also let Katalin know how your order got lost.
promise-doubt-reply-2-wording-1 = Jogos, ezt tényleg nem vállalhatom. A mait viszont igen: egy perc, és kész a kávé, Katalinnak pedig elmondom, hogyan kallódott el a cetlije.

# en: Fair, I can't promise that. Coffee's a minute away; I'll tell Katalin.
promise-doubt-reply-2-wording-2 = Igaza van, azt nem ígérhetem. A mai egy perc, és szólok Katalinnak.

# en: fair point, i can't guarantee that. but today's sorted, coffee in a sec, and i'll tell Katalin what happened with your ticket
promise-doubt-reply-2-wording-3 = Rendben, azt visszavonom, nem tudhatom előre. Ma viszont egy percen belül a kezében a kávé, és a főnöknek is jelzem, mi történt a cetlijével.

# en: You're right, that was a promise I can't keep. What I can do is get today right: your coffee is one minute away, and I'll report to Katalin how your order went missing.
promise-doubt-reply-2-wording-4 = Tényleg olyat ígértem, amit nem tudok betartani. Amit viszont megtehetek, hogy a mait rendbe hozom: egy perc, és kész a kávéja, Katalinnak pedig beszámolok arról, hogyan tűnt el a rendelése.

# en: You're right, let's fix today. One minute, and Katalin will hear about it.
promise-doubt-reply-2-wording-5 = Jogos, akkor a mait hozzuk rendbe. Egy perc, és Katalin is megtudja.

# en: ok fair, forget tomorrow. your coffee's nearly ready, a minute, and i'll let Katalin know your ticket went missing
promise-doubt-reply-2-wording-6 = oke, jogos, felejtsuk el a holnapot. a kaveja mindjart kesz, egy perc, es szolok katalinnak, hogy elveszett a cetlije

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-2-feedback = Kijavította a saját ígéretét, és két olyan dologra cserélte, ami tényleg Önön múlik: a mai kávéra és egy szóra a vezetővel. Az őszinteség megtartja a bizalmát, amit egy nagyobb ígéret elherdált volna.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = Hagyja. Nem kell az egész történet, mennem kell. Adja vissza a pénzem, majd útközben veszek valamit.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = Mindjárt kisétál, a kávéja pedig majdnem kész. Mire van szüksége Öntől a következő harminc másodpercben?

# en: Of course. Have you still got your receipt on you? A refund to your card usually takes three to five working days, I'm afraid.
refund-demand-reply-1 = Természetesen. Megvan még Önnél a blokk? A kártyára visszatérített összeg sajnos általában három-öt munkanap alatt jelenik meg.

# en: Certainly. Do you have your receipt with you? Refunds to a card normally take between three and five working days, unfortunately.
refund-demand-reply-1-wording-1 = Persze. Megvan még a blokkja? A kártyás visszautalás sajnos jellemzően három-öt munkanap, mire megjelenik.

# en: Sure, got your receipt? Card refunds take 3 to 5 days.
refund-demand-reply-1-wording-2 = Rendben, kérem a blokkot; a visszautalás pár munkanap.

# en: of course, have you got the receipt? the money usually takes a few working days to go back on your card sorry
refund-demand-reply-1-wording-3 = persze, nala van a blokk? kartyara 3-5 munkanap mire visszajon a penz

# en: No problem. Do you still have the receipt? Just so you know, card refunds can take three to five working days to show up.
refund-demand-reply-1-wording-4 = Semmi gond. Meg tudja mutatni a blokkot? Tájékoztatom, hogy a bankkártyára visszautalt pénz 3-5 munkanap alatt érkezik meg.

# en: Need your receipt, refunds take a few days.
refund-demand-reply-1-wording-5 = Kell a blokk, a visszatérítés pár nap.

# en: Refund takes 3-5 working days to reach your card, I'm afraid, have you kept the receipt?
refund-demand-reply-1-wording-6 = A visszatérítés sajnos 3-5 munkanap, mire a kártyájára ér, megtartotta a nyugtát?

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-1-feedback = Pontosan azt tette, amit kért, és semmi többet. Késve, kávé nélkül megy el, egy olyan visszatérítéssel, amit napokig nem lát, és senki nem kért bocsánatot.

# en: Sorry, Tamás, you're right. It's ready: oat flat white and croissant to go, on us, and I've refunded your card. You'll make half nine.
refund-demand-reply-2 = Igaza van, Tamás, bocsánat. Kész: zabtejes flat white és croissant elvitelre, a ház vendége, a pénzét visszatérítettem. Odaér fél tízre.

# en: You're right, Tamás, sorry. Here's your coffee and croissant to take away, free of charge, and the money's gone back on your card. You'll be on time.
refund-demand-reply-2-wording-1 = Jogos, Tamás, bocsánat. Itt is van: zabtejes flat white, croissant elvitelre, ajándékba, a pénzét pedig már visszautaltam. Fél tízre odaér.

# en: Here's your order, free, and your card's refunded. Go, you'll make it.
refund-demand-reply-2-wording-2 = Bocsánat, Tamás: itt a kávéja ingyen, a pénzt visszaadtam.

# en: Tamás sorry, you're right. here you go, flat white and croissant, on the house, and i've put the money back on your card. you'll get there by 9.30
refund-demand-reply-2-wording-3 = igaza van tamas, bocs. kesz is: flat white zabtejjel, mandulas croissant, elvitelre, mi fizetjuk, a penzt visszaadtam. fel tizre odaer

# en: You're right, and I'm sorry, Tamás. Your oat flat white and croissant are ready to take, there's no charge, and the refund's already gone through. You'll be there for half nine.
refund-demand-reply-2-wording-4 = Ebben teljesen igaza van, Tamás, elnézést. A zabtejes flat white és a croissant elvitelre kész, nem kell fizetnie, a visszatérítés pedig már megtörtént. Fél tízre ott lesz.

# en: It's ready, it's free, and I've refunded you. You'll make it.
refund-demand-reply-2-wording-5 = Kész, ingyen van, és visszautaltam. Odaér.

# en: here, your coffee and croissant, free, and the refund's done on your card. go, you'll be at your half nine on time
refund-demand-reply-2-wording-6 = tessek, a kave meg a croissant, ingyen, a penzt visszautaltam a kartyajara. menjen, fel tizre odaer

# en: You stopped talking and gave him everything at once: his order, his money back and his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-2-feedback = Abbahagyta a magyarázkodást, és egyszerre adott meg neki mindent: a rendelését, a pénzét és a megbeszélését. Azért kérte vissza a pénzét, mert lemondott a kávéról; Ön mindkettőt megadta.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin from the back, she can sort it out for you.
refund-demand-reply-3 = Sajnos ezen a kasszán nem tudok visszatérítést indítani. Hátulról idehívom Katalint, ő majd elintézi Önnek, csak egy pillanat.

# en: Sorry, this till can't process refunds. I'll go and get Katalin, she can deal with it.
refund-demand-reply-3-wording-1 = Sajnos erről a kasszáról nem tudok pénzt visszaadni. Kihívom Katalint hátulról, ő elintézi, egy pillanat csak.

# en: This till can't refund; I'll get Katalin for you.
refund-demand-reply-3-wording-2 = Itt nem tudok visszatéríteni, hívom Katalint.

# en: ah this register won't do refunds unfortunately, let me grab Katalin from out the back and she'll sort you out
refund-demand-reply-3-wording-3 = ezen a gepen nem lehet visszaterites, szolok katalinnak hatul, o megcsinalja, pillanat

# en: Unfortunately I can't give refunds from this register. I'll go and get Katalin from out the back and she can handle it.
refund-demand-reply-3-wording-4 = Sajnos ez a pénztárgép nem enged visszatérítést. Hátramegyek Katalinért, ő rendezni tudja.

# en: I can't refund here, I'll get the manager.
refund-demand-reply-3-wording-5 = Itt nem tudok visszatéríteni, szólok az üzletvezetőnek.

# en: Refunds have to go through Katalin, this till won't do them, so let me go and fetch her for you.
refund-demand-reply-3-wording-6 = A visszatérítést csak Katalin tudja intézni, ez a kassza nem engedi, úgyhogy hadd hozzam ki Önnek.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds minutes to a wait that is already too long.
refund-demand-reply-3-feedback = Ha a kassza nem is tudja, az Ön előtt álló kávé megoldhatta volna az igazi gondot. Ha a vezetőhöz küldi, újabb percekkel toldja meg a már így is túl hosszú várakozást.

# en: Is that mine? I really do have to go.
the-order-says-1 = Ez az enyém? Tényleg mennem kell.

# en: Here it is! Did you want it in a cup for here, or shall I put a lid on it for you to take away?
the-order-reply-1 = Itt is van! Itt issza meg csészében, vagy tegyek rá tetőt, hogy el tudja vinni magával?

# en: Here you go! Is that to drink in, or do you want a lid so you can take it with you?
the-order-reply-1-wording-1 = Meg is van! Itt helyben kéri bögrében, vagy tegyek rá fedelet, hogy magával vihesse?

# en: Here it is. Eat in or take away?
the-order-reply-1-wording-2 = Itt issza, vagy elvitelre kéri?

# en: here you go! having it here or want a lid on it to go?
the-order-reply-1-wording-3 = parancsoljon! helyben fogyasztja, vagy rakjak ra tetot es viszi?

# en: Yes, here! Are you drinking it here, or should I pop a lid on so you can take it out?
the-order-reply-1-wording-4 = Igen, tessék! Itt fogyasztja el, vagy lezárjam, hogy el tudja vinni?

# en: Here you go. Drink in or lid to go?
the-order-reply-1-wording-5 = Itt fogyasztja, vagy fedéllel viszi?

# en: Would you like this one in a mug to stay, or with a lid to take away?
the-order-reply-1-wording-6 = Bögrében kéri itt helyben, vagy fedéllel elvitelre?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-1-feedback = Kétszer mondta már, hogy megbeszélése van, és minden áldott reggel elvitelre kéri. Egy barátságos kérdés is elárulhatja egy törzsvendégnek, hogy senki sem emlékszik rá.

# en: Here it is, Tamás: large oat flat white and almond croissant, lid pressed on tight for the walk. You'll make half nine.
the-order-reply-2 = Tessék, Tamás: zabtejes flat white, mandulás croissant, a tetejét jól rányomtam az útra. Odaér fél tízre.

# en: There you are, Tamás: your oat flat white, large, and the almond croissant, with the lid on firmly for the walk. You'll be there by half nine.
the-order-reply-2-wording-1 = Parancsoljon, Tamás: flat white zabtejjel és mandulás croissant, a fedelet rendesen rányomtam, hogy ne lötyögjön útközben. Fél tízre ott lesz.

# en: Here you go, Tamás, usual order, lid secured. You'll make your meeting.
the-order-reply-2-wording-2 = Tessék, Tamás, a szokásos, tető rajta, odaér.

# en: here you go Tamás, big oat flat white plus almond croissant, lid's on nice and tight for walking. you'll make it for 9.30
the-order-reply-2-wording-3 = Itt is van, Tamás, zabtejes flat white meg a mandulás croissant, a tetőt alaposan lenyomtam az útra. Bőven odaér a fél tízes megbeszélésre.

# en: This is yours, Tamás: big oat flat white, almond croissant, and I've pushed the lid down firmly so it survives the walk. You'll be on time for half nine.
the-order-reply-2-wording-4 = Ez itt az Öné, Tamás: nagy zabtejes flat white, mandulás croissant, a tetőt szorosan rápattintottam, hogy bírja a gyaloglást. Időben ott lesz fél tízre.

# en: Here's your usual, lid on tight for walking. You'll be on time.
the-order-reply-2-wording-5 = Itt a szokásos, a teteje szorosan rajta. Odaér időben.

# en: lid's on tight for your walk, Tamás, large oat flat white and the almond croissant. you'll get there by half nine
the-order-reply-2-wording-6 = a teto jol rajta van az utra, tamas, nagy zabtejes flat white meg a mandulas croissant. fel tizre odaer

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-2-feedback = Hogy megnevezte a rendelését és a fél tízes megbeszélését, azt mutatja, hogy a rohanásban is megjegyezte, amit mondott. A tető az útra apróság, de azt üzeni, hogy az ő reggelére is gondolt, nem csak a sorra.

# en: Yes, that's yours. Sorry again for the wait, it's just been one of those mornings, you know how it is with the rush.
the-order-reply-3 = Igen, az Öné. Még egyszer elnézést a várakozásért, ez most egy ilyen reggel, tudja, milyen ez csúcsidőben.

# en: Yes, this one's yours. Apologies again for the delay, it's just been a crazy morning, you know what the rush is like.
the-order-reply-3-wording-1 = Igen, ez az Öné. Még egyszer bocsánat, hogy várnia kellett; ma egy ilyen nap van, tudja, csúcsidőben ez előfordul.

# en: Yes, here. Sorry again, just one of those mornings.
the-order-reply-3-wording-2 = Igen, az Öné. Bocs, ma ilyen reggel volt.

# en: yep, that's yours. sorry again about the wait, it's been one of those days, you know what mornings are like
the-order-reply-3-wording-3 = igen, ez az on kaveja. bocsi meg egyszer a varakozasert, ma ilyen napunk van, csucsban ez megesik, tudja hogy van

# en: That one's yours, yes. Apologies once more for the delay, the rush this morning has been something else, as I'm sure you can tell.
the-order-reply-3-wording-4 = Igen, ez az Öné. Még egyszer bocsánat a késésért, a reggeli roham ma valami elképesztő volt, gondolom, látta.

# en: Yes, that's it. Sorry, crazy rush this morning.
the-order-reply-3-wording-5 = Igen, ez az. Bocsánat, őrült roham volt reggel.

# en: yeah its yours, sorry about the wait again, we've had one of those mornings with the rush
the-order-reply-3-wording-6 = aha, ez a magáé, megint bocs a várakozásért, ma egy ilyen reggelt fogtunk ki a tömeggel

# en: A pleasant hand-over, but 'one of those mornings' puts the wait on bad luck rather than on the café. His name, his order or his meeting would have shown him that you were listening.
the-order-reply-3-feedback = Kellemes átadás, de az „egy ilyen reggel” a balszerencsére fogja a várakozást, nem a kávézóra. A neve, a rendelése vagy a megbeszélése megmutatta volna neki, hogy figyelt rá.

# en: Yes, all done, and here's a voucher for a free coffee next time. Do you want a receipt, or are you fine without one?
the-order-reply-4 = Igen, kész, és itt egy utalvány egy ingyen kávéra legközelebbre. Kér blokkot, vagy nincs rá szüksége?

# en: Yes, it's ready, and this voucher gets you a free coffee on your next visit. Do you need the receipt as well?
the-order-reply-4-wording-1 = Igen, elkészült, és adok mellé egy kupont, amivel legközelebb ingyen kávézhat. Kéri a blokkot, vagy nem kell?

# en: All done, plus a free coffee voucher. Need a receipt?
the-order-reply-4-wording-2 = Kész. Itt egy ingyenkávé-kupon. Blokk kell?

# en: yep, done, and here's a free drink voucher for next time. want the receipt or not?
the-order-reply-4-wording-3 = igen, kesz. legkozelebbre kap tolem egy kupont, arra ingyen jar a kave. kell blokk vagy nem?

# en: That's ready for you, and I'm giving you a voucher so your next coffee is free. Would you like a receipt with it?
the-order-reply-4-wording-4 = Kész van, és mellé adok egy vásárlási jegyet, amire a következő kávé ingyenes. Adhatok hozzá nyugtát?

# en: Here, with a voucher for a free coffee. Receipt?
the-order-reply-4-wording-5 = Tessék, plusz egy kupon egy ingyen kávéra. Blokk kell?

# en: Free coffee next time with this voucher, and yes that's yours. do you want the receipt?
the-order-reply-4-wording-6 = ezzel az utalvánnyal legközelebb ingyen kávézik, és igen, ez az öné. kéri a blokkot?

# en: A voucher is generous, but it arrives like a transaction: no name, no word about his meeting, and a question about a receipt while he is edging towards the door.
the-order-reply-4-feedback = Az utalvány nagyvonalú, de ügyletként érkezik: se név, se egy szó a megbeszéléséről, csak egy kérdés a blokkról, miközben ő már az ajtó felé araszol.

# en: Well, it's got your name on it, so I'd say so. Off you go, then, we wouldn't want to keep you any longer.
the-order-reply-5 = Hát, rajta van a neve, úgyhogy gondolom, igen. Akkor menjen csak, nem szeretnénk tovább feltartani.

# en: Well, your name's written on it, so I'd guess so. Go on then, we mustn't hold you up any longer.
the-order-reply-5-wording-1 = Hát, a neve ott áll rajta, szóval gondolom, igen. Akkor csak nyugodtan, nem akarjuk tovább tartóztatni.

# en: Your name's on it, isn't it? Off you go, mustn't keep you.
the-order-reply-5-wording-2 = Rá van írva a neve, nem? Menjen csak.

# en: well it says your name on the cup so i reckon yes. go on then, wouldn't want to hold you up any more
the-order-reply-5-wording-3 = nos, ha a maga neve van a poharon, akkor valószínűleg az. Na, siessen, nehogy még miattunk késsen el.

# en: I'd imagine so, since your name's on the cup. Well, go on, don't let us hold you up any more.
the-order-reply-5-wording-4 = Feltételezem, hiszen a neve ott van a poháron. Hát, menjen csak, ne tartsuk fel tovább.

# en: Your name's on it. Off you go then.
the-order-reply-5-wording-5 = Rajta a neve. Akkor mehet is.

# en: Considering it's got Tamás written on the side, probably yes. Run along then, we wouldn't dream of keeping you.
the-order-reply-5-wording-6 = Hát, rajta van a neve, szóval gondolom, igen. Szaladjon csak, nem akarjuk tovább feltartani.

# en: After half an hour of his morning, a joke at his expense is the last thing he expected from people who know him. 'We wouldn't want to keep you' is exactly what the café just did.
the-order-reply-5-feedback = Miután fél órát elvett a reggeléből, egy rajta élcelődő megjegyzés az utolsó, amire azoktól számított, akik ismerik. A „nem szeretnénk tovább feltartani” pontosan az, amit a kávézó épp megtett.

# en: Right. Thirty minutes, though. I come here because it's quick and because you lot know me. And this morning I stood over there—
amends-says-1 = Jó. De akkor is harminc perc. Azért járok ide, mert gyors, és mert ismernek. És ma reggel ott álltam—

# en: He has not finished. Is this the moment to answer?
amends-hint = Még nem fejezte be. Most kell válaszolnia?

# en: Tamás, I'm sorry, I know exactly what you're going to say, and it won't happen again, I promise you that.
amends-reply-1 = Tamás, sajnálom, pontosan tudom, mit akar mondani, és ez többé nem fordul elő, ezt megígérem.

# en: I'm sorry, Tamás, I know just what you're about to say, and I promise you it's never going to happen again.
amends-reply-1-wording-1 = Tamás, elnézést, tudom, mire gondol, és ígérem, hogy ilyen többé nem lesz.

# en: Sorry, I know what you'll say; it won't happen again, promise.
amends-reply-1-wording-2 = Tudom, mire céloz; többet nem fordul elő, ígérem.

# en: Tamás sorry, i already know what you're gonna say, and i promise it won't ever happen again
amends-reply-1-wording-3 = Tamás, bocs, értem én, mire akar kilyukadni, és megígérem, hogy ez nem ismétlődik meg.

# en: Tamás, sorry, no need to say it, I know exactly what's coming, and I swear it'll never happen again.
amends-reply-1-wording-4 = Tamás, bocsánat, nem kell kimondania, pontosan tudom, mi jön, és esküszöm, hogy ez soha többé nem történik meg.

# en: Sorry, I know, I promise it won't happen again.
amends-reply-1-wording-5 = Bocs, tudom, ígérem, nem lesz több ilyen.

# en: I know what's coming, Tamás, and I'm sorry, it's never happening again, promise
amends-reply-1-wording-6 = tudom, mit akar mondani, tamás, es bocs, soha tobbet nem lesz ilyen, megigerem

# en: You finished his sentence for him with a promise. He was about to tell you what hurt, and now he never will, so you are apologising for something you have not heard.
amends-reply-1-feedback = Egy ígérettel fejezte be helyette a mondatát. Épp el akarta mondani, mi bántja, és most már sosem fogja, így Ön olyasmiért kér bocsánatot, amit meg sem hallott.

# en: I know, I know, and honestly, it's been the worst morning we've had all month, what with the office order and everything.
amends-reply-2 = Tudom, tudom, és őszintén, ez volt a hónap legrosszabb reggele, az irodai rendeléssel meg mindennel együtt.

# en: I know, and honestly, this has been our worst morning in weeks, what with that office order and so on.
amends-reply-2-wording-1 = Tudom, tudom, őszintén szólva ez volt a hónap legborzasztóbb reggele, azzal a céges rendeléssel meg mindennel.

# en: I know, it's been our worst morning all month, that office order...
amends-reply-2-wording-2 = Tudom, ma volt a legrosszabb reggelünk, az irodai rendelés miatt.

# en: yeah i know, honestly we've not had a day this bad in ages, what with that big office order and stuff
amends-reply-2-wording-3 = tudom, tudom... ez a mai reggel tenyleg a honap melypontja volt, az a 14 kaves rendeles mindent felboritott

# en: Yes, I know, and to be honest it's been the roughest morning we've had in a month, with that big office order on top of everything.
amends-reply-2-wording-4 = Igen, tudom, és őszintén szólva ez volt a legkeményebb reggelünk egy hónapja, ráadásul még az a nagy irodai rendelés is.

# en: I know, worst morning in ages with the office order.
amends-reply-2-wording-5 = Tudom, régen volt ilyen rossz reggel, az irodai rendelés miatt.

# en: tell me about it, this has been our worst morning this month, that office order and everything
amends-reply-2-wording-6 = ne is mondja, ez volt a honap legpocsekabb reggele, az az irodai rendeles meg minden

# en: You cut in with the office order again, the excuse he has already rejected. Whatever he was going to say about being a regular stays unsaid.
amends-reply-2-feedback = Megint az irodai rendeléssel vágott közbe, azzal a kifogással, amit már visszautasított. Amit a törzsvendégségről akart mondani, kimondatlan marad.

# en: I'm sorry. Go on, I'm listening.
amends-reply-3 = Sajnálom. Folytassa, figyelek.

# en: Sorry. Please carry on, I'm all ears.
amends-reply-3-wording-1 = Ne haragudjon. Mondja csak tovább, hallgatom.

# en: Sorry, go on.
amends-reply-3-wording-2 = Bocsánat. Mondja, hallgatom.

# en: I apologise. Please finish what you were saying; I'm listening.
amends-reply-3-wording-3 = bocs, folytassa csak nyugodtan, figyelek

# en: Sorry about that. You were saying? I want to hear it.
amends-reply-3-wording-4 = Bocsánat a közbeszólásért. Mit is akart mondani? Érdekel.

# en: Sorry. Carry on.
amends-reply-3-wording-5 = Bocsánat. Folytassa csak.

# en: i'm sorry tamás, tell me the rest, go ahead
amends-reply-3-wording-6 = sajnalom, tamas, mondja vegig nyugodtan

# en: A few words, and he gets to finish. He was about to say what actually hurt him, and you need to hear it before you can put it right.
amends-reply-3-feedback = Néhány szó, és befejezheti. Épp azt akarta elmondani, mi bántotta igazán, és Önnek ezt hallania kell, mielőtt helyrehozhatná.

# en: Let me make it up to you: two extra stamps on your loyalty card, and your next coffee's on me. Deal?
amends-reply-4 = Hadd tegyem jóvá: két extra pecsét a hűségkártyájára, és a következő kávé az én számlámra megy. Áll az alku?

# en: Let me make up for it: I'll add two extra stamps to your card, plus your next coffee is free. How's that?
amends-reply-4-wording-1 = Engedje meg, hogy kárpótoljam: két plusz pecsétet kap a törzsvásárlói kártyájára, a következő kávét pedig én fizetem. Megegyeztünk?

# en: Two extra loyalty stamps and a free coffee next time, okay?
amends-reply-4-wording-2 = Két pecsét a kártyára és egy kávé tőlem, rendben?

# en: how about this to say sorry, couple of bonus stamps on your card and the next one's on me. sound good?
amends-reply-4-wording-3 = Nézze, rendezzük le: dupla pecsét a hűségkártyára, és a következő flat white rám megy. Mit szól?

# en: To make up for today, I'll stamp your loyalty card twice extra and give you your next coffee free. Sound fair?
amends-reply-4-wording-4 = A mai reggel jóvátételeként duplán lepecsételem a hűségkártyáját, és a következő kávét ingyen kapja. Így korrekt?

# en: Free coffee next time and two bonus stamps, okay?
amends-reply-4-wording-5 = Következő kávé ingyen és két bónuszpecsét, jó?

# en: Next coffee's free on me and you get two more stamps on the card, how does that sound?
amends-reply-4-wording-6 = A következő kávét én állom, és kap még két pecsétet a kártyára, na, így jó lesz?

# en: Generous, but it cuts him off mid-sentence to settle the bill before you know what the complaint is. Stamps answer a price; he was about to tell you about something else.
amends-reply-4-feedback = Nagyvonalú, de félbeszakítja, hogy rendezze a számlát, mielőtt tudná, mi a panasz. A pecsétek egy árra felelnek; ő valami egészen másról akart beszélni.

# en: ...like a stranger, while people who came in after me walked out with their coffee. That's not what I come here for.
amends-finish-says-1 = ...mint egy idegen, miközben akik utánam jöttek, kisétáltak a kávéjukkal. Nem ezért járok ide.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He has also told you what hurt.
amends-finish-hint = Siet, úgyhogy a jóvátételnek egy mondatba kell férnie, és nem kerülhet neki időbe. Azt is elmondta, mi fájt neki.

# en: I'm sorry if it felt like that, Tamás. It really wasn't personal, we were just completely swamped this morning.
amends-finish-reply-1 = Sajnálom, ha így érezte, Tamás. Tényleg nem személyes, csak ma reggel teljesen el voltunk havazva.

# en: I'm sorry if that's how it came across, Tamás. It was nothing personal, we were just overwhelmed this morning.
amends-finish-reply-1-wording-1 = Sajnálom, Tamás, ha így élte meg. Higgye el, semmi személyes, csak ma reggel egyszerűen nem bírtuk a tempót.

# en: Sorry if it felt that way; we were just snowed under.
amends-finish-reply-1-wording-2 = Sajnálom, ha így élte meg; csak be voltunk táblázva.

# en: sorry if it seemed like that, it honestly wasn't about you, we were just completely slammed today
amends-finish-reply-1-wording-3 = bocs ha igy jott at, tamas, nem rola szolt, csak ma reggel nyakig voltunk a munkaban

# en: I'm sorry if you felt that way, Tamás, but it wasn't aimed at you, we were just run off our feet today.
amends-finish-reply-1-wording-4 = Sajnálom, ha ezt érezte, Tamás, de nem Önnek szólt, egyszerűen ma ki voltunk hajtva.

# en: Sorry if it felt personal, we were just too busy.
amends-finish-reply-1-wording-5 = Bocs, ha személyesnek tűnt, csak túl sok volt a dolgunk.

# en: it wasnt personal at all, honestly, sorry if it came across like that, we were just buried this morning
amends-finish-reply-1-wording-6 = egyaltalan nem volt szemelyes, tenyleg, bocsi ha ugy jott le, csak ma reggel elarasztottak minket

# en: 'If it felt like that' doubts the very thing he just told you, and 'swamped' is the excuse again. He said he was treated like a stranger; he needed to hear that you noticed.
amends-finish-reply-1-feedback = A „ha így érezte” épp abban kételkedik, amit az imént elmondott, az „el voltunk havazva” pedig megint a kifogás. Azt mondta, idegenként bántak vele; azt kellett volna hallania, hogy észrevették.

# en: You're right, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-finish-reply-2 = Igaza van, Tamás: minden reggel itt van, és megfeledkeztünk Önről. A mai a ház vendége, visszatérítettem. Menjen, odaér.

# en: You're right, Tamás: you come in every day and we forgot about you. Today's order is free, and the money's back on your card. Off you go, you'll be on time.
amends-finish-reply-2-wording-1 = Jogos, Tamás: minden reggel bejön, mi meg elfeledkeztünk magáról. A mai kávét mi álljuk, a pénzt visszautaltam. Induljon, odaér időben.

# en: You're right, we forgot you. It's free, card refunded; go, you'll make it.
amends-finish-reply-2-wording-2 = Törzsvendég, és megfeledkeztünk Önről. Ma ingyen van, menjen.

# en: you're right, you're in here every day and we just forgot about you. today's free, i've put the money back on your card. go on, you'll get there in time
amends-finish-reply-2-wording-3 = Teljesen igaza van, Tamás, nap mint nap itt van, és ma mégis elsiklottunk maga fölött. A mai fogyasztás ránk megy, a pénzt visszaadtam, siessen, odaér.

# en: That's fair, Tamás: you're a regular and we overlooked you. You won't pay for today, the refund's on your card, so head off, you'll be on time.
amends-finish-reply-2-wording-4 = Ez így van, Tamás: törzsvendég, és mi átnéztünk Ön felett. A mait nem fizeti, a visszatérítés megy a kártyájára, induljon nyugodtan, időben odaér.

# en: You're right, we forgot you. Free today, refunded. Go.
amends-finish-reply-2-wording-5 = Igaza van, elfelejtettük. Ma ingyen, visszautalva. Menjen.

# en: we let you down, tamás, you come every single day and we forgot you. today's free, refund's gone through, off you go, you'll make it
amends-finish-reply-2-wording-6 = cserben hagytuk, tamas, minden aldott nap itt van es megfeledkeztunk rola. a mai ingyen, a penz visszament, induljon, odaer

# en: You named what hurt, being forgotten by people who know him, and made amends that cost him no time: the refund is done, and he is sent off to his meeting.
amends-finish-reply-2-feedback = Megnevezte, ami fájt neki, hogy megfeledkeztek róla azok, akik ismerik, és olyan jóvátételt adott, ami nem vesz el az idejéből: a visszatérítés kész, ő pedig mehet a megbeszélésére.

# en: Tamás, that should never have happened to you, and I promise it never will again. Today's coffee is on the house.
amends-finish-reply-3 = Tamás, ennek nem lett volna szabad megtörténnie, és megígérem, hogy soha többé nem fordul elő. A mai kávé a ház vendége.

# en: Tamás, you shouldn't have been treated like that, and I promise you it won't ever happen again. Your coffee's free today.
amends-finish-reply-3-wording-1 = Tamás, ez nem történhetett volna meg, és a szavamat adom, hogy nem ismétlődik meg. A mai kávéját mi álljuk.

# en: That shouldn't have happened; never again, I promise. Coffee's free.
amends-finish-reply-3-wording-2 = Ilyen többet nem lesz, ígérem; a mai kávé ajándék.

# en: Tamás, that's not okay and i promise it'll never happen again. no charge for today's coffee
amends-finish-reply-3-wording-3 = Tamás, ennek nem szabadott volna megesnie, és esküszöm, többé nem fog. A mait ne fizesse ki, meghívom.

# en: Tamás, you deserved better than that, and I guarantee it will never be repeated. You don't pay for today's coffee.
amends-finish-reply-3-wording-4 = Tamás, ennél jobbat érdemelt, és garantálom, hogy ez soha nem ismétlődik meg. A mai kávéért nem fizet.

# en: Never again, I promise. Today's coffee is free.
amends-finish-reply-3-wording-5 = Soha többé, ígérem. A mai kávé ingyen van.

# en: I promise you'll never be treated like that again, Tamás, that was wrong. today's coffee's on us
amends-finish-reply-3-wording-6 = megígérem, hogy többé senki nem bánik így magával, Tamás, ez nem volt rendben. a mai kávé ránk megy

# en: You took his words seriously and made amends at once, which he will remember. But 'never again' is not yours to promise in a café with a morning rush; the best reply named what hurt and kept to what is done today.
amends-finish-reply-3-feedback = Komolyan vette a szavait, és azonnal jóvátételt adott, ezt meg fogja jegyezni. De a „soha többé” nem az Ön ígérete egy reggeli csúcsban működő kávézóban; a legjobb válasz megnevezte, ami fájt, és annál maradt, ami ma megtörténik.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry properly.
amends-finish-reply-4 = Üljön le öt percre, és hozok Önnek egy szelet tortát a ház kontójára, hogy rendesen bocsánatot kérjek.

# en: Sit down for a few minutes and let me bring a piece of cake over, free, as a proper apology.
amends-finish-reply-4-wording-1 = Foglaljon helyet öt percre, hozok egy szelet tortát, meghívom rá, hogy rendesen bocsánatot kérhessek.

# en: Take a seat and I'll bring you some free cake.
amends-finish-reply-4-wording-2 = Üljön le egy percre, meghívom egy süteményre.

# en: grab a seat for 5 mins and i'll bring over some cake on us, as a proper sorry
amends-finish-reply-4-wording-3 = Tudja mit? Üljön le egy kicsit, hozok magának egy szelet sütit tőlünk, hogy tisztességesen elnézést kérjek.

# en: Why don't you sit down for five minutes, and I'll bring you some cake for free as a proper apology.
amends-finish-reply-4-wording-4 = Mi lenne, ha öt percre leülne? Kihozok Önnek ajándékba egy kis tortát, hogy illően elnézést kérjek.

# en: Sit down and have some cake on us.
amends-finish-reply-4-wording-5 = Foglaljon helyet, a torta ránk megy.

# en: Please take five minutes at a table, let me treat you to a slice of cake to apologise properly.
amends-finish-reply-4-wording-6 = Kérem, pihenjen meg öt percet egy asztalnál, hadd kínáljam meg egy szelet tortával, hogy kiengeszteljem.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-finish-reply-4-feedback = Kedves és nagyvonalú, de nem ehhez a vendéghez illik: megbeszélése van, és már fél órát elvesztett. Az a jóvátétel, ami még több idejébe kerül, nem jóvátétel.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = Jó. Akkor holnap ugyanekkor. Megint eltűnik a cetlim?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = Rendben. Holnap is jövök, mint mindig. Megint fél órát fogok ott állni?

# en: Fair enough to ask, but in the morning rush we can't guarantee times, I'm afraid. Ordering ahead on the app is the safest way.
tomorrow-reply-1 = Jogos kérdés, de a reggeli csúcsban sajnos nem tudunk időt garantálni. A legbiztosabb, ha előre rendel az appban.

# en: It's a fair question, but we can't promise timings during the rush, unfortunately. Your best bet is to order in advance through the app.
tomorrow-reply-1-wording-1 = Jogosan kérdezi, de csúcsidőben sajnos nem tudunk időpontot vállalni. A legjobb, ha előre leadja a rendelést az alkalmazásban.

# en: We can't guarantee it; use the app to order ahead.
tomorrow-reply-1-wording-2 = Nem garantálhatjuk; rendeljen inkább előre az appban.

# en: fair q, but honestly in the morning rush there's no guarantee. if you pre-order on the app that's the safest bet
tomorrow-reply-1-wording-3 = ertem, de reggel a csucsban nem tudunk semmit garantalni. az a legjobb, ha az appban elore leadja

# en: Good question, but we can't promise how long it'll take at busy times. Your safest option is ordering in advance on our app.
tomorrow-reply-1-wording-4 = Jó kérdés, de forgalmas időszakban nem tudunk garantálni semmilyen várakozási időt. Az a legbiztosabb, ha az appban előre rendel.

# en: Can't promise, order on the app.
tomorrow-reply-1-wording-5 = Nem ígérhetem, rendeljen az appban.

# en: honestly the app is your best bet, pre-order on there, because nobody can guarantee wait times in the rush
tomorrow-reply-1-wording-6 = őszintén, az app a legjobb megoldás, ott előre leadhatja, mert csúcsban senki nem tud várakozási időt garantálni

# en: He asked whether the café will lose him again, and you told him it might, then handed him an app. The fix for your ticket rail has become his job.
tomorrow-reply-1-feedback = Azt kérdezte, elfelejti-e megint a kávézó, Ön pedig azt felelte, hogy lehet, és a kezébe nyomott egy appot. A cetlitartó javítása az ő dolga lett.

# en: I'll make sure it never does. From tomorrow you go straight to the front of the queue, every single morning, whoever's on the till.
tomorrow-reply-2 = Nem fog, erről gondoskodom. Holnaptól minden áldott reggel egyenesen a sor elejére kerül, bárki is áll a kasszánál.

# en: I'll make certain it doesn't. Starting tomorrow you'll be served first, every morning, no matter who's serving.
tomorrow-reply-2-wording-1 = Nem fog, szavamat adom: ezentúl minden áldott reggel Ön kerül a sor elejére, bárki álljon is a kasszánál.

# en: Never again: from tomorrow you're first in line every day.
tomorrow-reply-2-wording-2 = Nem fog: holnaptól mindig Ön lesz az első.

# en: nope, i'll see to that. from tomorrow you jump the queue every day, doesn't matter who's working the till
tomorrow-reply-2-wording-3 = dehogy fog, elintezem. mostantol minden reggel maga lesz a sor elejen, mindegy ki all a kasszaban

# en: It won't, I'll guarantee that. From tomorrow you'll skip the queue every morning, no matter who's on.
tomorrow-reply-2-wording-4 = Nem fog, erre mérget vehet. Holnaptól minden reggel soron kívül kiszolgáljuk, akárki is van műszakban.

# en: Never again, you'll go first every morning.
tomorrow-reply-2-wording-5 = Soha többé, minden reggel Ön lesz az első.

# en: from tomorrow you're always served first, every single day, whoever is serving, i'll make sure of it
tomorrow-reply-2-wording-6 = holnaptol mindig magat szolgaljuk ki elsokent, minden egyes nap, barki is van bent, errol gondoskodom

# en: He likes hearing it, and it answers his worry head on. But you cannot put him ahead of every queue on every shift, and the first morning it fails he remembers your promise; the best reply promised only what you will do yourself.
tomorrow-reply-2-feedback = Jólesik neki hallani, és egyenesen a félelmére felel. De nem teheti minden műszakban minden sor elejére, és az első reggel, amikor nem sikerül, eszébe jut az ígérete; a legjobb válasz csak azt ígérte, amit saját maga megtesz.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff have found their feet.
tomorrow-reply-3 = Remélhetőleg nem! Most őrület van reggelente, de majd lecsillapodik, ha az újak belejönnek.

# en: I hope not! Mornings are crazy right now, but things should calm down when the new people have got the hang of it.
tomorrow-reply-3-wording-1 = Reméljük, nem! Most eléggé elszabadultak a reggelek, de ahogy az újak beletanulnak, ez is lenyugszik.

# en: Hopefully not, once the new staff settle in.
tomorrow-reply-3-wording-2 = Remélem, nem; ha az újak belejönnek, jobb lesz.

# en: fingers crossed no! it's hectic in the mornings atm but it'll get better once the new starters find their feet
tomorrow-reply-3-wording-3 = hat, remeljuk hogy nem! most reggelente eszement a forgalom, de majd ha az ujoncok rajonnak, helyrejon

# en: I hope not! It's been chaotic in the mornings lately, but it'll get better when the new team members get up to speed.
tomorrow-reply-3-wording-4 = Remélem, nem! Mostanában kaotikusak a reggelek, de javulni fog, ha az új kollégák felveszik a tempót.

# en: Hope not, new staff are still learning.
tomorrow-reply-3-wording-5 = Remélem, nem, az újak még tanulnak.

# en: Once our new people settle in it should be fine, but right now mornings are a bit crazy, so hopefully not.
tomorrow-reply-3-wording-6 = Ha az új embereink beilleszkednek, rendben lesz, de most a reggelek elég zűrösek, úgyhogy remélhetőleg nem.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = A „remélhetőleg” és az „újak” az okot másra, a megoldást a szerencsére bízza. Azt kérdezte, megismétlődhet-e, és Ön azt felelte: lehet.

# en: I'm sorry, I couldn't say, I'm not on shift tomorrow. Best to mention it to whoever's on the till when you come in.
tomorrow-reply-4 = Sajnálom, nem tudom megmondani, holnap nem vagyok beosztva. Szóljon annak, aki a kasszánál lesz, amikor bejön.

# en: Sorry, I can't tell you, I'm off tomorrow. It's probably best to tell whoever's serving when you come in.
tomorrow-reply-4-wording-1 = Ne haragudjon, ezt nem tudom, holnap nem dolgozom. Mondja el annak, aki a kasszánál áll, amikor betér.

# en: I'm not working tomorrow; tell whoever's serving.
tomorrow-reply-4-wording-2 = Holnap nem vagyok itt; szóljon a kasszásnak.

# en: sorry no idea, i'm not in tomorrow. just let whoever's at the till know when you get here
tomorrow-reply-4-wording-3 = bocsi, holnap nem vagyok beosztva, szoval nem tudom. majd szoljon annak aki akkor kasszazik

# en: Sorry, I won't be here tomorrow, so I can't tell you. Just raise it with the person serving when you arrive.
tomorrow-reply-4-wording-4 = Elnézést, holnap nem leszek itt, így nem tudom megmondani. Jelezze annak, aki kiszolgálja, amikor megérkezik.

# en: Not my shift tomorrow, ask whoever's on.
tomorrow-reply-4-wording-5 = Holnap nem dolgozom, kérdezze azt, aki bent lesz.

# en: couldnt tell you sorry, it's my day off tomorrow, best speak to the person on the till
tomorrow-reply-4-wording-6 = nem tudom megmondani, bocs, holnap szabadnapos vagyok, inkább a kasszással beszéljen

# en: Honest about your rota, but it hands his worry to a stranger tomorrow and asks him to tell the whole story again. Something you can do today would have answered him.
tomorrow-reply-4-feedback = Őszinte a beosztásáról, de a gondját egy holnapi idegenre hagyja, és arra kéri, hogy mindent elmondjon újra. Valami, amit ma megtehet, választ adott volna neki.

# en: I'll make sure it doesn't: today I'll ask Katalin for someone on the tickets in the rush, and tomorrow I'll watch for you myself.
tomorrow-reply-5 = Gondoskodom róla, hogy ne: ma megkérem Katalint, hogy csúcsban figyeljen valaki a cetlikre, holnap pedig magam várom.

# en: It won't: today I'm asking Katalin to put someone in charge of the tickets at busy times, and tomorrow I'll be keeping an eye out for you personally.
tomorrow-reply-5-wording-1 = Mindent megteszek, hogy ne: még ma beszélek Katalinnal, hogy a csúcsidőben legyen valaki, aki a cetlikre figyel, holnap reggel pedig én magam várom Önt.

# en: I'm asking Katalin today for a ticket person; tomorrow I'll look out for you.
tomorrow-reply-5-wording-2 = Ma szólok Katalinnak a cetlik miatt, holnap én figyelek Önre.

# en: it won't, promise. i'm gonna ask Katalin today to have someone just on tickets at rush hour, and tomorrow i'll look out for you myself
tomorrow-reply-5-wording-3 = Nem fog, ezt vállalom: még ma beszélek a főnökkel, hogy reggelente valaki csak a rendeléseket figyelje, holnap meg személyesen lesem, mikor jön be.

# en: I'll prevent that: I'm speaking to Katalin today about having a dedicated person on tickets during busy periods, and I'll be watching for you myself in the morning.
tomorrow-reply-5-wording-4 = Nem hagyom, hogy így legyen: ma megkérem Katalint, hogy forgalmas időben valaki kifejezetten a rendelési cetlikért feleljen, holnap reggel pedig én magam tartom szemmel az ajtót.

# en: I'll talk to Katalin today and watch for you tomorrow.
tomorrow-reply-5-wording-5 = Katalinnal ma beszélek, holnap meg kiszúrom, amikor jön.

# en: Good question. Today I'm asking Katalin to put someone on the tickets during the rush, and tomorrow I'll look out for you myself.
tomorrow-reply-5-wording-6 = Gondoskodom róla, hogy ne. Ma megkérem Katalint, hogy csúcsidőben figyeljen valaki a cetlikre, holnap pedig én magam várom.

# en: Two steps with a time on each, both in your hands: a word with the manager today and your own eye on the door tomorrow. Fixing the ticket rail also means the next regular is not buried either.
tomorrow-reply-5-feedback = Két lépés, mindkettőnek megvan az ideje, és mindkettő az Ön kezében: ma egy szó a vezetővel, holnap Ön maga figyeli az ajtót. A cetlitartó rendbetétele azt is jelenti, hogy a következő törzsvendég cetlije sem vész el.

# en: Right. I'm off, then.
goodbye-says-1 = Jó. Akkor megyek.

# en: Okay. I'd better run.
goodbye-says-2 = Oké. Rohannom kell.

# en: See you tomorrow, Tamás, and don't worry, your flat white will be sitting on the counter waiting for you when you walk in.
goodbye-reply-1 = Holnap találkozunk, Tamás, és ne aggódjon, a flat white-ja ott fogja várni a pulton, mire belép.

# en: See you tomorrow, Tamás. Don't you worry, your coffee will be ready on the counter when you arrive.
goodbye-reply-1-wording-1 = Holnap találkozunk, Tamás, nyugi, mire belép, már ott lesz a pulton a flat white-ja.

# en: See you tomorrow; your coffee will be waiting when you arrive.
goodbye-reply-1-wording-2 = Holnap a kávéja már várni fogja, Tamás.

# en: see ya tomorrow Tamás, no worries, your coffee will be there on the counter the minute you come in
goodbye-reply-1-wording-3 = viszlat holnap tamas! a flat white mar kesz lesz a pulton, mire beer

# en: Until tomorrow, Tamás, and no stress, your flat white will already be on the counter as you come through the door.
goodbye-reply-1-wording-4 = Holnapig, Tamás, és semmi stressz, a flat white-ja már a pulton lesz, amikor belép az ajtón.

# en: See you tomorrow, your coffee will be ready.
goodbye-reply-1-wording-5 = Holnap találkozunk, a kávéja kész lesz.

# en: Tomorrow your flat white will be on the counter before you even walk in, Tamás, see you then.
goodbye-reply-1-wording-6 = Holnap a flat white-ja már azelőtt a pulton áll, hogy belépne, Tamás, akkor viszlát.

# en: A friendly send-off, but it is the promise he would doubt most: nobody knows when he will walk in, and a coffee left waiting goes cold. The last thing he hears should be something you can keep.
goodbye-reply-1-feedback = Barátságos búcsú, de épp az az ígéret, amiben a leginkább kételkedne: senki sem tudja, mikor lép be, és a várakozó kávé kihűl. Az utolsó, amit hall, legyen olyasmi, amit be tud tartani.

# en: Have a good one! Next, please: who's the two lattes and the cappuccino?
goodbye-reply-2 = Szép napot! Következő, kérem: kié a két latte és a cappuccino?

# en: Have a nice day! Next one, please: who ordered two lattes and a cappuccino?
goodbye-reply-2-wording-1 = Szép napot kívánok! Jöhet a következő: ki kérte a két lattét meg a cappuccinót?

# en: Bye! Next, please: two lattes and a cappuccino?
goodbye-reply-2-wording-2 = Viszlát! Következő: két latte, egy cappuccino?

# en: have a good day! next, who's got the 2 lattes and a cappuccino?
goodbye-reply-2-wording-3 = Minden jót! Na, ki következik? Kié a két tejeskávé meg a kapucsínó?

# en: Enjoy your day! Who's next? Two lattes and a cappuccino for someone?
goodbye-reply-2-wording-4 = Legyen szép napja! Ki jön? Két latte és egy cappuccino valakinek?

# en: Cheers, bye! Next customer, please.
goodbye-reply-2-wording-5 = Köszönöm, viszlát! Következő vendég, kérem.

# en: next please, two lattes and a cappuccino? have a good day sir
goodbye-reply-2-wording-6 = kovetkezo, legyen szives, ket latte meg egy cappuccino? szep napot, uram

# en: Calling the next order while he is still at the counter turns him back into a ticket at the very moment he was starting to feel like a regular again.
goodbye-reply-2-feedback = Ha a következő rendelést szólítja, amíg ő még a pultnál áll, újra cetlivé teszi épp abban a pillanatban, amikor kezdte megint törzsvendégnek érezni magát.

# en: Good luck at half nine, Tamás. Thanks for telling me straight, and I'll be looking out for you tomorrow.
goodbye-reply-3 = Sok sikert fél tízkor, Tamás. Köszönöm, hogy őszintén elmondta, és holnap figyelni fogom, mikor jön.

# en: Hope the half-nine meeting goes well, Tamás. Thank you for being honest with me, and I'll keep an eye out for you tomorrow.
goodbye-reply-3-wording-1 = Sok szerencsét a fél tízes megbeszéléshez, Tamás. Köszönöm, hogy szólt, és holnap figyelek, mikor érkezik.

# en: Good luck at the meeting, thanks for telling me; I'll watch for you tomorrow.
goodbye-reply-3-wording-2 = Sok sikert, Tamás! Köszönöm, hogy szólt; holnap figyelek Önre.

# en: good luck with your 9.30 Tamás, thanks for being upfront with me, i'll be watching out for you tomorrow
goodbye-reply-3-wording-3 = Tamás, drukkolok fél tízre! Kösz, hogy nem hallgatta el, ami bántja, holnap meg résen leszek, amikor belép.

# en: All the best with your meeting, Tamás. I'm grateful you were honest with me, and I'll be keeping an eye open for you tomorrow morning.
goodbye-reply-3-wording-4 = Sok sikert a megbeszéléshez, Tamás. Hálás vagyok, hogy őszinte volt velem, és holnap reggel nyitva tartom a szemem, amikor érkezik.

# en: Good luck today, thanks for being honest. See you tomorrow.
goodbye-reply-3-wording-5 = Sok sikert ma, köszönöm az őszinteséget. Holnap találkozunk.

# en: thanks for telling me how it was, really. good luck at half nine and i'll look out for you tomorrow
goodbye-reply-3-wording-6 = kosz, hogy elmondta, milyen volt, tenyleg. sok sikert fel tizkor, holnap figyelek magara

# en: You closed with his meeting, a thank-you for the complaint and what happens tomorrow. The last words are the ones he takes out of the door.
goodbye-reply-3-feedback = A megbeszélésével, egy köszönettel a panaszért és a holnapi teendővel zárt. Az utolsó szavakat viszi ki magával az ajtón.

# en: Bye, and sorry again about this morning. It honestly isn't normally like this, we were just really short-staffed today.
goodbye-reply-4 = Viszlát, és még egyszer elnézést a mai reggelért. Őszintén, nem szokott ilyen lenni, csak ma nagyon kevesen voltunk.

# en: Goodbye, and apologies again for this morning. It's not usually this bad, we were just very short of staff today.
goodbye-reply-4-wording-1 = Viszontlátásra, és még egyszer bocsánat a reggelért. Higgye el, máskor nem ilyen, csak ma nagyon kevés emberrel voltunk.

# en: Sorry again; we were just short-staffed today.
goodbye-reply-4-wording-2 = Még egyszer bocsánat, ma kevesen voltunk.

# en: bye, sorry again about today, it's not normally this bad, we were just really understaffed this morning
goodbye-reply-4-wording-3 = szia, es bocs meg egyszer a mai miatt, nem szokott igy lenni, csak ma tul keves volt a szemelyzet

# en: Take care, and apologies once more for today. We're not usually like this, we just didn't have enough people on.
goodbye-reply-4-wording-4 = Vigyázzon magára, és még egyszer elnézést a mai napért. Általában nem ilyenek vagyunk, csak kevés ember volt beosztva.

# en: Bye, sorry, we were short on staff.
goodbye-reply-4-wording-5 = Viszlát, bocsánat, kevesen voltunk.

# en: sorry again, we had too few people in this morning, it's not normally like this. bye
goodbye-reply-4-wording-6 = megint bocsi, ma reggel alig voltunk, nem szokott ez igy menni. viszlat

# en: A second apology is fine, but 'short-staffed' sends him off with an excuse instead of a plan, and undoes some of what you had put right.
goodbye-reply-4-feedback = Egy második bocsánatkérés rendben van, de a „kevesen voltunk” egy kifogással küldi útjára, nem egy tervvel, és lerontja valamennyit abból, amit helyrehozott.

# en: Thanks. Really. See you tomorrow.
resolved-warm-says-1 = Köszönöm. Tényleg. Holnap találkozunk.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
resolved-warm-summary = Tamás egy perc tartalékkal odaér a megbeszélésére. Kifelé menet bedobja a szokásos érméit a borravalós üvegbe, és másnap reggel újra ott áll a pultnál. Az a törzsvendég, akiről egyszer megfeledkeztek, de utána törzsvendégként bántak vele, hűséges marad.

# en: Yeah. Thanks.
grudging-says-1 = Ja. Kösz.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
grudging-summary = Tamás megkapja a kávéját, és épphogy odaér a megbeszélésére. A borravalós üveg azonban üres marad, és a következő hetekben egyre ritkábban jön, míg végül elmarad. Soha többé nem panaszkodik: a legtöbb elégedetlen vendég nem teszi, egyszerűen máshová megy, és a kávézó sosem tudja meg, miért.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waives the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
manager-steps-in-summary = Katalin kijön hátulról, bocsánatot kér, maga készíti el a kávéját, és nem kér érte pénzt. Tamás késve ér a megbeszélésére, és a vezetőnek kellett közbelépnie ahhoz, hogy törzsvendégként bánjanak vele. Ha legközelebb valami gond lesz, rögtön Katalint fogja kérni, nem Önt.

# en: Keep it. I'm late already. I'll grab something on the way.
walkout-says-1 = Tartsa meg. Már így is késésben vagyok. Majd útközben veszek valamit.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
walkout-summary = Tamás a rendelése nélkül sétál ki, a kifizetett flat white-ja pedig kihűl a pulton. Nem panaszkodik, és nem jön vissza: a szemközti láncos kávézó kap egy új törzsvendéget, aki bőkezűen ad borravalót. A legtöbb csalódott vendég egy szót sem szól; egyszerűen elmegy.

