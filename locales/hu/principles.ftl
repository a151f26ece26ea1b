### Defuse coaching principles in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Let the customer finish
principle-let-them-finish-title = Hagyja végigbeszélni az ügyfelet

# en: Anger comes in waves. Cutting in at the peak feeds it; waiting for the pause lets it run down. Speak when the customer has said everything they came to say.
principle-let-them-finish-text = A düh hullámokban tör elő. Ha a csúcsán közbevág, olajat önt a tűzre; ha kivárja a szünetet, lecseng. Akkor szólaljon meg, amikor az ügyfél mindent elmondott, amit el akart mondani.

# en: Summarise the problem back
principle-summarise-back-title = Foglalja össze a problémát

# en: Once the customer has told their story, repeat the main points in your own words and ask whether you got it right. They stop repeating themselves because they know they were heard.
principle-summarise-back-text = Miután az ügyfél elmondta a történetét, ismételje el a lényeget a saját szavaival, és kérdezze meg, jól értette-e. Az ügyfél abbahagyja az ismételgetést, mert tudja, hogy meghallgatták.

# en: Ask when something is unclear
principle-ask-to-clarify-title = Kérdezzen vissza, ha valami nem egyértelmű

# en: A short, specific question beats a guess. It shows you take the details seriously and saves a second round of anger when the guess turns out wrong.
principle-ask-to-clarify-text = Egy rövid, konkrét kérdés többet ér a találgatásnál. Megmutatja, hogy komolyan veszi a részleteket, és megspórol egy újabb dühkitörést, ha a találgatás tévesnek bizonyul.

# en: Remember what you were told
principle-remember-details-title = Emlékezzen arra, amit elmondtak

# en: Use the customer's name and the details they already gave you: the dates, the earlier call, the day they took off work. Asking for them again tells the customer nobody listened.
principle-remember-details-text = Szólítsa az ügyfelet a nevén, és használja a részleteket, amelyeket már elmondott: a dátumokat, a korábbi hívást, a napot, amelyre szabadságot vett ki. Ha újra rákérdez, azt üzeni, hogy senki nem figyelt rá.

# en: Listen for the feeling, not only the facts
principle-hear-the-feeling-title = Ne csak a tényeket hallja meg, az érzést is

# en: Behind the complaint is what the customer is really upset about: lost time, a broken promise, feeling ignored. Find it, because that is what has to be settled first.
principle-hear-the-feeling-text = A panasz mögött ott van, ami valójában bántja az ügyfelet: az elvesztegetett idő, a megszegett ígéret, az érzés, hogy semmibe veszik. Találja meg, mert először ezt kell rendezni.

# en: Accept the right to be angry
principle-right-to-be-angry-title = Fogadja el, hogy joga van dühösnek lenni

# en: Before you know who is at fault, accept that the customer has a reason to be upset. Arguing with the feeling only proves to them that they have to fight to be heard.
principle-right-to-be-angry-text = Mielőtt kiderülne, ki hibázott, fogadja el, hogy az ügyfélnek oka van a felháborodásra. Ha az érzéssel vitatkozik, csak azt bizonyítja neki, hogy harcolnia kell azért, hogy meghallgassák.

# en: Name the feeling
principle-name-the-feeling-title = Nevezze meg az érzést

# en: Say what you see: frustrating, worrying, a waste of a day off. Naming the emotion out loud lowers it, and shows that you see a person, not a ticket.
principle-name-the-feeling-text = Mondja ki, amit lát: bosszantó, aggasztó, egy elvesztegetett szabadnap. Ha hangosan megnevezi az érzelmet, az csillapodik, és az ügyfél érzi, hogy Ön embert lát benne, nem egy ügyszámot.

# en: The emotional problem comes first
principle-emotion-first-title = Az érzelmi probléma az első

# en: A customer has two problems: the practical one and the way it made them feel. Solve the practical one while ignoring the feeling and they still leave unhappy.
principle-emotion-first-text = Az ügyfélnek két problémája van: a gyakorlati, és az, ahogyan ez érintette. Ha a gyakorlatit megoldja, de az érzést figyelmen kívül hagyja, akkor is elégedetlenül távozik.

# en: Treat each customer as a person
principle-not-one-of-many-title = Minden ügyfélben az embert lássa

# en: Scripted, mechanical answers tell the customer they are one of many. Speak to this customer about this problem, in your own words.
principle-not-one-of-many-text = A betanult, gépies válaszok azt üzenik az ügyfélnek, hogy ő csak egy a sok közül. Ehhez az ügyfélhez beszéljen, erről a problémáról, a saját szavaival.

# en: Courtesy costs nothing
principle-courtesy-title = Az udvariasság nem kerül semmibe

# en: 'Thank you for waiting', 'I'm sorry this happened', 'please': small courteous phrases carry a lot of weight with someone who feels badly treated.
principle-courtesy-text = „Köszönöm, hogy várt”, „Sajnálom, hogy ez történt”, „kérem”: az apró udvarias fordulatok sokat jelentenek annak, aki úgy érzi, rosszul bántak vele.

# en: Give the benefit of the doubt
principle-benefit-of-the-doubt-title = Kétség esetén higgyen az ügyfélnek

# en: Assume the customer is telling the truth until the facts say otherwise. Suspicion is heard at once and turns a complaint into a fight.
principle-benefit-of-the-doubt-text = Induljon ki abból, hogy az ügyfél igazat mond, amíg a tények mást nem mutatnak. A gyanakvás azonnal kihallatszik, és a panaszból veszekedés lesz.

# en: Put yourself in their place
principle-in-their-place-title = Képzelje magát az ügyfél helyébe

# en: Ask yourself how you would feel after the same day, and say what it cost them: the wasted morning, the broken plan. It turns 'a case' back into a person's trouble.
principle-in-their-place-text = Gondolja végig, hogyan érezné magát egy ugyanilyen nap után, és mondja ki, mibe került ez az ügyfélnek: az elvesztegetett délelőttbe, a meghiúsult tervbe. Így az „ügyből” újra egy ember gondja lesz.

# en: Open and close the conversation well
principle-greet-and-close-title = Kezdje és zárja jól a beszélgetést

# en: A greeting with your name starts the conversation as between two people. At the end, say what happens next and thank the customer: the last words are the ones they remember.
principle-greet-and-close-text = Ha köszönéskor a nevét is megmondja, a beszélgetés két ember között indul. A végén mondja el, mi történik ezután, és mondjon köszönetet az ügyfélnek: az utolsó szavak maradnak meg benne.

# en: Take the case in hand personally
principle-own-the-case-title = Vegye személyesen kézbe az ügyet

# en: Whoever caused the problem, you are the company to this customer now. 'That's another department' or 'I'm only the messenger' leaves them helpless. Say that you will handle it.
principle-own-the-case-text = Bárki okozta is a problémát, az ügyfél számára most Ön a cég. Az „Ez egy másik osztály dolga” vagy az „Én csak a hírvivő vagyok” tehetetlenné teszi. Mondja ki, hogy Ön intézi.

# en: Give a concrete next step and time
principle-concrete-next-step-title = Adjon konkrét következő lépést és határidőt

# en: 'I'll look into it' is not a promise. Say what you will do, by when, and how the customer will hear from you.
principle-concrete-next-step-text = Az „Utánanézek” nem ígéret. Mondja meg, mit fog tenni, mikorra, és az ügyfél hogyan értesül Öntől.

# en: Promise only what you control
principle-promise-only-what-you-control-title = Csak azt ígérje meg, ami Önön múlik

# en: A promise whose deadline depends on someone else is a promise you may break, and a broken promise makes a second, angrier complaint. Promise what you can keep yourself.
principle-promise-only-what-you-control-text = Ha egy ígéret határideje valaki máson múlik, könnyen lehet, hogy megszegi, a megszegett ígéretből pedig egy második, még dühösebb panasz lesz. Azt ígérje meg, amit saját maga be tud tartani.

# en: Be honest, even with bad news
principle-honest-bad-news-title = Legyen őszinte, akkor is, ha rossz a hír

# en: Customers forgive bad news far more easily than being misled. Say what cannot be done, apologise, and say what you can do instead.
principle-honest-bad-news-text = Az ügyfelek sokkal könnyebben megbocsátják a rossz hírt, mint azt, ha félrevezetik őket. Mondja meg, mit nem lehet megtenni, kérjen bocsánatot, és mondja el, mit tud tenni helyette.

# en: Make it right, and fix the cause
principle-make-it-right-title = Tegye jóvá, és szüntesse meg az okát

# en: An apology is the start, not the end: offer a remedy that fits the harm, and make sure the same thing does not happen to the next customer.
principle-make-it-right-text = A bocsánatkérés a kezdet, nem a vég: ajánljon a kárral arányos jóvátételt, és gondoskodjon róla, hogy a következő ügyféllel ne történjen meg ugyanez.

# en: Explain what happens next, plainly
principle-explain-the-process-title = Mondja el érthetően, mi következik

# en: Tell the customer the steps ahead in words they use, not in internal jargon, so they know what to expect and do not have to chase you.
principle-explain-the-process-text = Ismertesse az ügyféllel a következő lépéseket az ő nyelvén, belső szakzsargon nélkül, hogy tudja, mire számíthat, és ne kelljen Ön után járnia.

# en: Hand over warmly, not away
principle-warm-transfer-title = Gondosan adja át az ügyfelet, ne rázza le

# en: When someone else must take over, say why and who, pass on the whole story so the customer need not tell it again, and stay until your colleague has it. A cold transfer feels like being dropped.
principle-warm-transfer-text = Ha valaki másnak kell átvennie az ügyet, mondja meg, miért és ki veszi át, adja tovább a teljes történetet, hogy az ügyfélnek ne kelljen újra elmondania, és maradjon, amíg a kollégája át nem vette. A hideg átkapcsolás olyan érzés az ügyfélnek, mintha faképnél hagynák.

# en: Answer a loud customer softly
principle-soft-answer-title = A hangos ügyfélnek válaszoljon halkan

# en: Raising your voice to match the customer starts a shouting match. A low, steady voice pulls the conversation down to your level.
principle-soft-answer-text = Ha az ügyfélhez igazodva felemeli a hangját, kiabálás lesz belőle. A halk, nyugodt hang a beszélgetést az Ön szintjére hozza le.

# en: Never tell an angry person to calm down
principle-never-calm-down-title = Soha ne mondja egy dühös embernek, hogy nyugodjon meg

# en: 'Calm down' says their feeling is the problem. It almost always makes it worse. Show calm instead of demanding it.
principle-never-calm-down-text = A „nyugodjon meg” azt üzeni, hogy az érzése a probléma. Szinte mindig csak ront a helyzeten. Ne követelje a nyugalmat, mutassa.

# en: Don't argue about who is right
principle-do-not-argue-title = Ne vitatkozzon arról, kinek van igaza

# en: Winning the argument loses the customer. Put your energy into fixing the problem, not into proving the customer wrong.
principle-do-not-argue-text = Aki megnyeri a vitát, elveszíti az ügyfelet. Az energiáját a probléma megoldására fordítsa, ne arra, hogy bebizonyítsa: az ügyfél téved.

# en: The anger is not personal
principle-not-personal-title = A düh nem személyes

# en: The customer is angry at the situation, even when the words are aimed at you. Taking it personally pulls you into answering emotion with emotion.
principle-not-personal-text = Az ügyfél a helyzetre dühös, akkor is, ha a szavai Önnek szólnak. Ha magára veszi, könnyen érzelemmel felel az érzelemre.

# en: Blame nobody in front of the customer
principle-no-blame-title = Az ügyfél előtt senkit ne hibáztasson

# en: Blaming a colleague, another department or the customer sounds like an excuse and makes the company look divided. Speak about what happens next instead.
principle-no-blame-text = Ha egy kollégát, egy másik osztályt vagy az ügyfelet hibáztatja, az kifogásnak hangzik, és megosztottnak mutatja a céget. Inkább arról beszéljen, mi történik ezután.

# en: Set limits calmly and factually
principle-firm-and-calm-limits-title = Húzza meg a határokat nyugodtan és tárgyilagosan

# en: Some customers push to get something for free. Stay polite, stick to the facts, and do not cave in or argue: state what you can offer, calmly, as often as needed.
principle-firm-and-calm-limits-text = Vannak ügyfelek, akik nyomást gyakorolnak, hogy ingyen kapjanak valamit. Maradjon udvarias, ragaszkodjon a tényekhez, ne engedjen és ne vitatkozzon: nyugodtan mondja el, mit tud felajánlani, ahányszor csak kell.

