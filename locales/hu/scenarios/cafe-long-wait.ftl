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

# en: He is a regular in a hurry. Use his name, show you know his order, own the delay in one sentence, and start fixing it.
opening-hint = Siető törzsvendég. Szólítsa a nevén, mutassa meg, hogy tudja, mit szokott kérni, egy mondatban vállalja a késést, és lásson hozzá a megoldáshoz.

# en: Tamás, I'm so sorry, half an hour is far too long. Your large oat flat white and almond croissant, to take away: I'm making them myself, right now.
opening-reply-1 = Tamás, nagyon sajnálom, a fél óra túl sok. Nagy zabtejes flat white és mandulás croissant, elvitelre: most rögtön én magam készítem el.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. You owned the wait in one sentence and started fixing it, which is what a man with a half-nine meeting needs.
opening-reply-1-feedback = A neve és a szokásos rendelése, anélkül hogy rákérdezett volna, azt üzeni neki, hogy újra törzsvendég, nem egy elkeveredett cetli. Egy mondatban vállalta a várakozást, és hozzálátott a megoldáshoz: erre van szüksége valakinek, akinek fél tízkor megbeszélése van.

# en: I'm really sorry. An office group ordered fourteen drinks all at once, and everything got stuck behind them. It's on its way now.
opening-reply-2 = Nagyon sajnálom. Egy irodai csapat egyszerre rendelt tizennégy italt, és minden beragadt mögöttük. Már készül.

# en: The apology is undone by the excuse: other customers' fourteen drinks are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives him no time to plan around his meeting.
opening-reply-2-feedback = A kifogás semmissé teszi a bocsánatkérést: más vendégek tizennégy itala a kávézó gondja, nem az övé, és látta, hogy a később érkezőket mégis kiszolgálták. A „már készül” nem ad neki időpontot, amelyhez a megbeszélése miatt igazodhatna.

# en: Sorry about the wait, sir. What name was the order under? I'll find out where it's got to.
opening-reply-3 = Elnézést a várakozásért, uram. Milyen névre szólt a rendelés? Utánanézek, hol tart.

# en: Polite and willing, but he has been coming in almost every morning for two years: 'sir' and 'what name' tell him he is one of many. And 'I'll find out' sounds like more waiting.
opening-reply-3-feedback = Udvarias és készséges, de két éve szinte minden reggel bejár: az „uram” és a „milyen névre” azt üzeni neki, hogy csak egy a sok közül. Az „utánanézek” pedig újabb várakozásnak hangzik.

# en: I don't care about somebody else's fourteen coffees. I ordered one, half an hour ago, and people behind me have already had theirs.
crowd-excuse-says-1 = Nem érdekel valaki más tizennégy kávéja. Én egyet rendeltem, fél órája, és akik utánam jöttek, már megkapták a magukét.

# en: You're right, it's our mix-up and you shouldn't have to wait it out. Your large oat flat white is going on now, and you'll have it in three minutes.
crowd-excuse-reply-1 = Igaza van, a mi hibánk, és nem Önnek kellene kivárnia. A nagy zabtejes flat white-ja most készül, három perc múlva a kezében lesz.

# en: You agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you control, because you are making it.
crowd-excuse-reply-1-feedback = A sor védelme helyett egyetértett vele, és olyan időpontot adott, amelyhez igazíthatja az indulását. A „három perc” olyan ígéret, amely Önön múlik, hiszen Ön készíti a kávét.

# en: I know, I know. It's been complete chaos this morning, honestly, everyone's been waiting ages.
crowd-excuse-reply-2 = Tudom, tudom. Őszintén, ma reggel teljes a káosz, mindenki ezer éve vár.

# en: 'Everyone's been waiting' turns him into one of a crowd, and 'chaos' is one more excuse. He still has not heard when his coffee is coming.
crowd-excuse-reply-2-feedback = A „mindenki vár” a tömeg egyikévé teszi, a „káosz” pedig csak egy újabb kifogás. Még mindig nem tudja, mikor kapja meg a kávéját.

# en: Let me explain: the office order printed at the same time, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-3 = Hadd magyarázzam el: az irodai rendelés ugyanakkor jött ki a nyomtatóból, az Ön cetlije becsúszott az övéké alá, a pultnál pedig felülről lefelé haladunk, úgyhogy...

# en: It may all be true, but he has a meeting at half nine and you are spending his minutes on how the ticket rail works. Fix first; explain only if he asks.
crowd-excuse-reply-3-feedback = Lehet, hogy mind igaz, de fél tízkor megbeszélése van, Ön pedig az ő perceit arra költi, hogyan működik a cetlitartó. Először oldja meg; magyarázatot csak akkor adjon, ha kérdezi.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before.
name-reaction-says-1 = A nevem? Tamás. Minden áldott hétköznap itt vagyok. Tegnap is Ön szolgált ki, meg tegnapelőtt is.

# en: Of course, Tamás, and I'm sorry, that was careless of me. Large oat flat white and an almond croissant to go: I'm making it right now.
name-reaction-reply-1 = Hát persze, Tamás, és elnézést, ez figyelmetlenség volt tőlem. Nagy zabtejes flat white és mandulás croissant elvitelre: most rögtön elkészítem.

# en: You owned the slip in one sentence and then showed you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = Egy mondatban vállalta a bakit, aztán megmutatta, hogy igenis ismeri: a nevét és a szokásos rendelését. Újra törzsvendég, nem egy cetliszám.

# en: Sorry, we get so many people through here in the mornings. What was it you ordered?
name-reaction-reply-2 = Elnézést, reggelente annyi ember megfordul itt. Mit is rendelt?

# en: 'So many people' says out loud what he already feared: that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = Az „annyi ember” hangosan kimondja, amitől már eleve tartott: hogy csak egy a sok közül. Ha harminc perc után újra megkérdezi a rendelését, azt üzeni neki, hogy senki sem vette észre.

# en: Sorry, Tamás, of course! Give me a second, I'll go and ask the bar what happened to your order.
name-reaction-reply-3 = Bocsánat, Tamás, persze! Egy pillanat, megkérdezem a pultnál, mi lett a rendelésével.

# en: The name landed, but 'I'll go and ask' means more standing around while you find out what went wrong. He needs his coffee started now, not an investigation.
name-reaction-reply-3-feedback = A név célba ért, de a „megkérdezem” azt jelenti, hogy tovább kell álldogálnia, amíg Ön kideríti, mi ment félre. Arra van szüksége, hogy most induljon a kávéja, nem nyomozásra.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = Tudja mit, nincs erre időm. Katalin bent van? Szóljon neki, legyen szíves.

# en: She's in the back and I'll fetch her if you like. But the fastest way to your meeting is this: your flat white is on now, two minutes, and today it's on us.
manager-demand-reply-1 = Hátul van, és szólok neki, ha szeretné. De a leggyorsabb út a megbeszéléséhez ez: a flat white-ja már készül, két perc, és ma a ház vendége.

# en: You did not refuse him the manager, but you offered something quicker that you control yourself. He asked for Katalin because he had given up on you; a coffee in two minutes wins him back.
manager-demand-reply-1-feedback = Nem tagadta meg tőle a vezetőt, de felajánlott valami gyorsabbat, ami Önön múlik. Azért kérte Katalint, mert lemondott Önről; egy két percen belül a kezébe adott kávé visszanyeri őt.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-2 = Természetesen. Várjon itt egy pillanatot, hátramegyek és szólok neki.

# en: Courteous, and it respects his wish, but he now waits for the manager on top of the thirty minutes. One concrete offer before you go would likely have settled it at the counter.
manager-demand-reply-2-feedback = Udvarias, és tiszteletben tartja a kérését, de a harminc perc tetejébe most a vezetőre is várnia kell. Egy konkrét ajánlat, mielőtt hátramegy, valószínűleg még a pultnál elrendezte volna a dolgot.

# en: She'll only tell you the same thing, to be honest, and she's flat out in the back.
manager-demand-reply-3 = Őszintén, ő is csak ugyanezt mondaná, és hátul nyakig benne van a munkában.

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-3-feedback = Elutasította a kérését, és közölte vele, hogy úgyis fölösleges. Kávé nélkül, vezető nélkül, egy megbeszéléssel a nyakán egyetlen lépés marad neki: elmenni.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
while-making-says-1 = Jó. Tíz perc gyalog a megbeszélésem, úgyhogy nagyjából tíz percem van. Egyébként mi történt? Az új srác volt? Teljesen elveszettnek tűnt a gép mellett.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
while-making-says-2 = Jó. Legfeljebb tíz perc múlva ki kell lépnem azon az ajtón. Őszintén, mi ment félre? Az új srác a gépnél? Egész reggel csak bámulja azokat a cetliket.

# en: He is inviting you to blame your colleague, and he has ten minutes. One honest sentence, no names, and keep working.
while-making-hint = Arra csábítja, hogy a kollégáját hibáztassa, és tíz perce van. Egy őszinte mondat, nevek nélkül, és közben dolgozzon tovább.

# en: It was our mistake, not his: your ticket got buried and nobody on the counter checked. That's on me. Your croissant's in the bag, the coffee's thirty seconds away.
while-making-reply-1 = A mi hibánk volt, nem az övé: a cetlije alulra került, és a kasszánál senki nem ellenőrizte. Ez az én felelősségem. A croissant már a zacskóban, a kávé harminc másodperc.

# en: An honest answer in one sentence, taken on yourself rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-1-feedback = Egy mondatos őszinte válasz, amelyet Bence helyett magára vállalt, és egy emlékeztető, hogy a rendelése már majdnem a kezében van. Felelt a kérdésére anélkül, hogy elvette volna a tíz percét.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets.
while-making-reply-2 = Igen, Bencének ez az első hete, szegénykém. Még csak most szokja a cetliket.

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not care whose fault it was; he cares that the café owns it.
while-making-reply-2-feedback = Barátságosan, sőt kedvesen hangzik, de a hibát egy pár méterre álló kollégára hárította. Tamást nem érdekli, ki hibázott; az érdekli, hogy a kávézó vállalja-e.

# en: So, a big office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-3 = Szóval, fél kilenckor jött egy nagy irodai rendelés, a nyomtató duplán nyomtatott, Bence a felső cetlikkel kezdte, és az Öné végül...

# en: He told you he has ten minutes, and you are using them on the printer and the rota. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-3-feedback = Elmondta, hogy tíz perce van, Ön pedig a nyomtatóra és a beosztásra költi. A siető ügyfélnek egy mondatnyi magyarázat kell, és a kávé a kezébe.

# en: I'm so sorry, Tamás. It will never happen again, I promise: from tomorrow your coffee will be ready the moment you walk in.
while-making-reply-4 = Nagyon sajnálom, Tamás. Soha többé nem fordul elő, megígérem: holnaptól a kávéja már kész lesz, mire belép az ajtón.

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you don't know. A promise like that is one more chance to let him down.
while-making-reply-4-feedback = Kedves, és érzi, hogy fontos Önnek, de nem lehet kávét készen tartani valakinek, akiről nem tudja, mikor érkezik. Egy ilyen ígéret csak újabb esély arra, hogy csalódást okozzon neki.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = Szegény gyerek, ott áll mellette. Hallotta ám.

# en: You're right, that wasn't fair of me. It's the café's mistake, and I'm the one putting it right. Your coffee is coming up now.
new-lad-reply-1 = Igaza van, ez nem volt szép tőlem. A kávézó hibázott, és én hozom helyre. A kávéja mindjárt kész.

# en: Taking back a careless remark at once is hard and right. Tamás sees a team that stands together, and a person at the till who takes responsibility.
new-lad-reply-1-feedback = Egy elhamarkodott megjegyzést azonnal visszavonni nehéz, de helyes. Tamás egy összetartó csapatot lát, a kasszánál pedig valakit, aki vállalja a felelősséget.

# en: Oh, he knows. Everyone's new once, it's how you learn, isn't it?
new-lad-reply-2 = Á, tudja ő. Mindenki volt új valahol, így tanul az ember, nem?

# en: Brushing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-2-feedback = Ha elüti a dolgot, a hiba Bencén marad, a kávézó pedig hanyagnak tűnik a saját embereivel szemben. Aki így beszél egy kollégájáról, annál a vendég elgondolkodik, vajon róla hogyan beszél.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = Kész lesz, mire belépek? Azt sem tudja, mikor jövök. Inkább csak a mait csinálják meg rendesen, jó?

# en: Fair enough, I can't promise that. What I can do is get today right: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-1 = Jogos, ezt nem ígérhetem meg. Azt viszont igen, hogy a mait rendbe hozzuk: a kávéja egy perc múlva kész, és elmondom Katalinnak, hogyan veszett el a cetlije.

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-1-feedback = Kijavította a saját ígéretét, és két olyan dologra cserélte, amely valóban Önön múlik: a mai kávéra és egy szóra a vezetővel. Az őszinteség megtartja a bizalmát, amelyet egy nagyobb ígéret elhasznált volna.

# en: No, really, I'll sort it. I'll tell everyone on the team to keep an eye out for you.
promise-doubt-reply-2 = Nem, tényleg, elintézem. Szólok a csapatban mindenkinek, hogy figyeljenek Önre.

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-2-feedback = Elmondta, hogy kételkedik az ígéretben, Ön pedig ellenőrzés helyett megduplázta. Egyetlen dolgot kért: hogy a mai napot csinálják meg rendesen.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = Álljon meg. Nem kell az egész történet, mennem kell. Adja vissza a pénzem, majd útközben veszek valamit.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = Mindjárt kisétál, a kávéja pedig majdnem kész. Mire van szüksége Öntől a következő harminc másodpercben?

# en: You're right, sorry, Tamás. It's ready now: oat flat white and croissant, to go, and it's on us, I've refunded your card. You'll still make half nine.
refund-demand-reply-1 = Igaza van, bocsánat, Tamás. Itt is van: zabtejes flat white és croissant, elvitelre, és ma a ház vendége, visszautaltam a kártyájára. Fél tízre így is odaér.

# en: You stopped talking and gave him everything at once: his order, his money back and the reassurance about his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-1-feedback = Abbahagyta a beszédet, és mindent egyszerre megadott neki: a rendelését, a pénzét és a megnyugtatást, hogy odaér a megbeszélésére. Azért kérte vissza a pénzét, mert lemondott a kávéról; Ön mindkettőt megadta neki.

# en: Of course. Have you got your receipt? A card refund usually takes three to five working days.
refund-demand-reply-2 = Természetesen. Megvan a blokkja? A kártyás visszatérítés általában három-öt munkanap.

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-2-feedback = Pontosan azt tette, amit kért, és semmi többet. Késve, kávé nélkül távozik, egy visszatérítéssel, amelyet napokig nem lát, és senki sem kért tőle bocsánatot.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin, she can sort it out for you.
refund-demand-reply-3 = Sajnos ezen a kasszán nem tudok visszatéríteni. Hadd hívjam Katalint, ő el tudja intézni.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds more minutes to a wait that is already too long.
refund-demand-reply-3-feedback = Még ha a kassza nem is tudja, az Ön előtt álló kávé megoldhatta volna a valódi problémát. Ha a vezetőhöz küldi, újabb percekkel toldja meg az amúgy is túl hosszú várakozást.

# en: Is that mine? I really do have to go.
the-order-says-1 = Az az enyém? Tényleg mennem kell.

# en: It is: large oat flat white and almond croissant, and I've pressed the lid on tight for the walk. You'll make half nine with a minute to spare.
the-order-reply-1 = Igen: nagy zabtejes flat white és mandulás croissant, a tetejét szorosan rányomtam, hogy útközben ne loccsanjon ki. Egy perc tartalékkal odaér fél tízre.

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-1-feedback = Azzal, hogy megnevezte a rendelését és a fél tízes megbeszélését, megmutatta, hogy a rohanásban is megjegyezte, amit mondott. A szorosan rányomott tető apróság, de azt üzeni, hogy az ő reggelére is gondolt, nem csak a sorra.

# en: Here you go! Did you want it in a cup for here, or shall I put a lid on it?
the-order-reply-2 = Parancsoljon! Itt fogyasztja bögrében, vagy tegyek rá tetőt?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-2-feedback = Kétszer is mondta, hogy megbeszélése van, és minden egyes reggel elvitelre kéri. Egy barátságos kérdés is azt üzenheti egy törzsvendégnek, hogy senki sem emlékszik rá.

# en: Here you are. Sorry again for the wait, it's just been one of those mornings.
the-order-reply-3 = Parancsoljon. Még egyszer elnézést a várakozásért, ma ilyen reggelünk van.

# en: A pleasant hand-over, but 'one of those mornings' is a soft excuse that puts the wait on the weather rather than on the café. His name, his order or his meeting would have shown him you care.
the-order-reply-3-feedback = Kellemes átadás, de az „ilyen reggelünk van” puha kifogás, amely a várakozást a körülményekre fogja, nem a kávézóra. A neve, a rendelése vagy a megbeszélése megmutatta volna neki, hogy fontos Önnek.

# en: Right. Thirty minutes, though. I come here because it's quick and you know me. That's not what I'm paying for.
amends-says-1 = Jó. De harminc perc. Azért járok ide, mert gyors, és ismernek. Nem ezért fizetek.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He also told you what hurt: being forgotten.
amends-hint = Siet, ezért a jóvátételnek bele kell férnie egy mondatba, és nem vehet el tőle időt. Azt is elmondta, mi bántja: hogy megfeledkeztek róla.

# en: You're right, and I'm sorry, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-reply-1 = Igaza van, és sajnálom, Tamás: minden reggel itt van, és megfeledkeztünk Önről. A mai a ház vendége, visszautaltam a kártyájára. Menjen nyugodtan, odaér.

# en: You named what hurt him, being forgotten by people who know him, and made amends that cost him no time. A refund on the spot fits a wait he has already paid for.
amends-reply-1-feedback = Néven nevezte, ami bántotta: hogy azok feledkeztek meg róla, akik ismerik, és olyan jóvátételt adott, amely nem vesz el tőle időt. Az azonnali visszatérítés illik egy olyan várakozáshoz, amelyért már fizetett.

# en: I'll put two extra stamps on your loyalty card to make up for it. Here's your receipt.
amends-reply-2 = Kárpótlásul teszek két plusz pecsétet a hűségkártyájára. Itt a blokkja.

# en: A practical gesture, but it answers 'that's not what I'm paying for' with a voucher, and skips what he actually said: he comes here because you know him. The emotional problem is still open when he walks out.
amends-reply-2-feedback = Gyakorlatias gesztus, de a „nem ezért fizetek” mondatra egy kuponnal felel, és kihagyja, amit valójában mondott: azért jár ide, mert ismerik. Az érzelmi probléma még mindig nyitva van, amikor kilép az ajtón.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry.
amends-reply-3 = Üljön le öt percre, hozok egy szelet tortát a ház ajándékaként, bocsánatkérésül.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-reply-3-feedback = Kedves és nagyvonalú, de nem illik ehhez a vendéghez: megbeszélése van, és már fél órát elvesztett. Az a jóvátétel, amely még több idejébe kerül, nem jóvátétel.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = Jó. Akkor holnap ugyanekkor. Megint eltűnik a cetlim?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = Rendben. Holnap is jövök, mint mindig. Megint fél órát fogok ott állni?

# en: Not if I can help it. Today I'll ask Katalin to have someone check the ticket rail during the rush, and tomorrow I'll look out for you myself.
tomorrow-reply-1 = Ha rajtam múlik, nem. Még ma megkérem Katalint, hogy csúcsidőben valaki nézze át a cetliket, holnap pedig én magam figyelek Önre.

# en: You promised only what you control: a word with the manager today and your own attention tomorrow. Fixing the cause means the next regular's ticket does not get buried either.
tomorrow-reply-1-feedback = Csak azt ígérte meg, ami Önön múlik: egy szót a vezetővel még ma, és a saját figyelmét holnap. Ha az okot szünteti meg, a következő törzsvendég cetlije sem kerül alulra.

# en: Never again, I promise you. From tomorrow you go straight to the front of the queue, every single morning.
tomorrow-reply-2 = Soha többé, megígérem. Holnaptól minden egyes reggel egyenesen a sor elejére kerül.

# en: He likes hearing it, but you cannot put him ahead of every queue every morning, and the other staff never agreed to it. The first morning it fails, he remembers your promise.
tomorrow-reply-2-feedback = Jólesik hallania, de nem teheti minden reggel minden sor elejére, és a kollégái sem egyeztek bele. Az első reggelen, amikor nem sikerül, eszébe jut az ígérete.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff find their feet.
tomorrow-reply-3 = Remélhetőleg nem! A reggelek most őrültek, de ha az új kollégák belejönnek, majd rendeződik.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = A „remélhetőleg” és az „új kollégák” az okot másra, a megoldást a szerencsére bízza. Azt kérdezte, megismétlődhet-e, és Ön azt felelte: lehet.

# en: Thanks. Really. See you tomorrow.
resolved-warm-says-1 = Köszönöm. Tényleg. Holnap találkozunk.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
resolved-warm-summary = Tamás egy perc tartalékkal odaér a megbeszélésére. Kifelé menet bedobja a szokásos érméit a borravalós üvegbe, és másnap reggel újra ott áll a pultnál. Az a törzsvendég, akiről egyszer megfeledkeztek, de utána törzsvendégként bántak vele, hűséges marad.

# en: Yeah. Thanks.
grudging-says-1 = Ja. Kösz.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
grudging-summary = Tamás megkapja a kávéját, és épphogy odaér a megbeszélésére. A borravalós üveg azonban üres marad, és a következő hetekben egyre ritkábban jön, míg végül elmarad. Soha többé nem panaszkodik: a legtöbb elégedetlen vendég nem teszi, egyszerűen máshová megy, és a kávézó sosem tudja meg, miért.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waves the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
manager-steps-in-summary = Katalin kijön hátulról, bocsánatot kér, maga készíti el a kávéját, és nem kér érte pénzt. Tamás késve ér a megbeszélésére, és a vezetőnek kellett közbelépnie ahhoz, hogy törzsvendégként bánjanak vele. Ha legközelebb valami gond lesz, rögtön Katalint fogja kérni, nem Önt.

# en: Keep it. I'm late already. I'll grab something on the way.
walkout-says-1 = Tartsa meg. Már így is késésben vagyok. Majd útközben veszek valamit.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
walkout-summary = Tamás a rendelése nélkül sétál ki, a kifizetett flat white-ja pedig kihűl a pulton. Nem panaszkodik, és nem jön vissza: a szemközti láncos kávézó kap egy új törzsvendéget, aki bőkezűen ad borravalót. A legtöbb csalódott vendég egy szót sem szól; egyszerűen elmegy.

