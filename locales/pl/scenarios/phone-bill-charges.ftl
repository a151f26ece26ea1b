### Defuse scenario `phone-bill-charges` (The subscription nobody ordered) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The subscription nobody ordered
title = Subskrypcja, której nikt nie zamawiał

# en: You answer the customer chat of a mobile operator. The customer has found charges on his bill from a partner service he says he never ordered. He has already called the hotline about it once, and he is writing in capitals.
brief = Obsługujesz czat z klientami operatora komórkowego. Klient znalazł na rachunku opłaty za usługę partnera, której, jak twierdzi, nigdy nie zamawiał. W tej sprawie dzwonił już raz na infolinię, a teraz pisze wielkimi literami.

# en: Tibor Varga
customer-name = Tibor Varga

# en: found four charges of 1,490 forints from a 'MobilPlay Club' on his bill, a service he never ordered
customer-trait-1 = znalazł na rachunku cztery opłaty po 1490 forintów od jakiegoś „MobilPlay Club”, usługi, której nigdy nie zamawiał

# en: was told on the hotline last week: 'that's the partner's business, not ours'
customer-trait-2 = w zeszłym tygodniu usłyszał na infolinii: „to sprawa partnera, nie nasza”

# en: has been with the operator for 14 years and uses his phone for calls and the weather forecast
customer-trait-3 = jest klientem operatora od 14 lat, a telefonu używa do dzwonienia i sprawdzania prognozy pogody

# en: What? I don't understand what that's supposed to mean. I just want these MobilPlay charges off my bill and my money back.
neutral-says-1 = Co? Nie rozumiem, co to ma znaczyć. Chcę tylko, żeby te opłaty od MobilPlay zniknęły z mojego rachunku i żebym odzyskał pieniądze.

# en: Is that supposed to be an answer? I NEVER ordered this 'MobilPlay Club'. Tell me in plain words what you're doing about my money.
neutral-says-2 = To ma być odpowiedź? NIGDY nie zamawiałem żadnego „MobilPlay Club”. Proszę mi powiedzieć normalnie, co robicie w sprawie moich pieniędzy.

# en: WHAT IS 'MOBILPLAY CLUB'?? Four charges of 1,490 forints on my bill and I never ordered ANYTHING. I called your hotline last week and was told 'that's the partner's business, not ours'. So who is taking my money? Are you in on this scam or what?
opening-says-1 = CO TO JEST „MOBILPLAY CLUB”?? Cztery opłaty po 1490 forintów na moim rachunku, a ja NIC nie zamawiałem. W zeszłym tygodniu dzwoniłem na waszą infolinię i usłyszałem: „to sprawa partnera, nie nasza”. To kto mi zabiera pieniądze? Jesteście w tym przekręcie razem czy jak?

# en: I want an explanation. There are FOUR charges on my bill from some 'MobilPlay Club', 1,490 forints each. I never signed up for anything. Last week your colleague said 'that's the partner's business, not ours' and that was that. Well, it's YOUR bill. Is this a scam?
opening-says-2 = Żądam wyjaśnień. Na rachunku mam CZTERY opłaty od jakiegoś „MobilPlay Club”, po 1490 forintów każda. Nigdzie się nie zapisywałem. W zeszłym tygodniu wasz pracownik powiedział: „to sprawa partnera, nie nasza”, i na tym się skończyło. No to przepraszam, ale rachunek jest WASZ. To jakieś oszustwo?

# en: He has written three things: charges he never ordered, last week's brush-off, and his fear of fraud. Show him you read all three, and don't answer the capitals in kind.
opening-hint = Napisał trzy rzeczy: opłaty, których nie zamawiał, to, jak go zbyto w zeszłym tygodniu, i obawę przed oszustwem. Pokaż mu, że wszystkie trzy do ciebie dotarły, i nie odpowiadaj na wielkie litery tym samym.

# en: I'm sorry about this, Mr Varga, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay itself.
opening-reply-1 = Przykro mi z tego powodu, panie Tiborze, ale usługi partnerów prowadzą odrębne firmy. My tylko pobieramy opłatę w ich imieniu, więc rezygnację trzeba niestety złożyć bezpośrednio w MobilPlay.

# en: Apologies for this, Mr Varga, however third-party services are operated by other companies. We simply bill for them, so you'd need to cancel with MobilPlay directly.
opening-reply-1-wording-1 = Przykro mi, panie Tiborze, ale usługi partnerskie świadczą osobne firmy, my jedynie pobieramy za nie należność. Rezygnację musi pan więc zgłosić bezpośrednio do MobilPlay.

# en: Sorry, but we only bill for MobilPlay; cancel with them directly.
opening-reply-1-wording-2 = Przykro mi, ale to usługa partnera; rezygnacja tylko w MobilPlay.

# en: sorry about that Mr Varga, but those partner services belong to other firms, we just collect the payment for them, so MobilPlay has to do the cancelling
opening-reply-1-wording-3 = przykro mi, panie Tiborze, ale te uslugi to osobne firmy, my tylko sciagamy za nie oplate. wypisac sie trzeba samemu u MobilPlay

# en: I apologise, Mr Varga, but that subscription belongs to an outside company. We just pass the charge through on your bill, so MobilPlay is the one who has to cancel it.
opening-reply-1-wording-4 = Przepraszam, panie Tiborze, ale ta subskrypcja należy do zewnętrznej firmy. My jedynie przenosimy tę należność na pana rachunek, więc anulować ją może tylko MobilPlay.

# en: Sorry, that's MobilPlay's service, you have to cancel it with them.
opening-reply-1-wording-5 = Przepraszam, to usługa MobilPlay, musi pan ją anulować u nich.

# en: MobilPlay runs that club, not us, Mr Varga, sorry. We only take the payment for them, so please contact them to stop it.
opening-reply-1-wording-6 = MobilPlay prowadzi ten klub, nie my, panie Tiborze, przykro mi. Przyjmujemy tylko za nich płatność, więc żeby to zatrzymać, trzeba się zwrócić do nich.

# en: Accurate, and almost word for word what the hotline told him last week. The 'but' cancels the apology, and he hears a second time that the company whose name is on the bill won't take his problem.
opening-reply-1-feedback = Zgodne z prawdą i niemal słowo w słowo to, co w zeszłym tygodniu usłyszał na infolinii. „Ale” przekreśla przeprosiny, a on po raz drugi słyszy, że firma, której nazwa widnieje na rachunku, nie zajmie się jego problemem.

# en: I can assure you, Mr Varga, that we are not running any scam. We are a licensed operator, and every partner service on our network is checked and fully legal.
opening-reply-2 = Zapewniam pana, panie Tiborze, że nie prowadzimy żadnego przekrętu. Jesteśmy licencjonowanym operatorem, a każda usługa partnerska w naszej sieci jest sprawdzona i w pełni legalna.

# en: Let me reassure you, Mr Varga, this is not a scam on our part. We're a fully licensed provider, and all the partner services we carry are vetted and completely legitimate.
opening-reply-2-wording-1 = Panie Tiborze, mogę pana zapewnić, że żadnym przekrętem się nie zajmujemy. Mamy licencję operatora, a wszystkie usługi partnerskie u nas są sprawdzone i całkowicie zgodne z prawem.

# en: This is no scam; we're licensed and all partners are vetted.
opening-reply-2-wording-2 = To nie przekręt; jesteśmy licencjonowanym operatorem, wszystko legalne.

# en: Mr Varga i promise you we're not scamming anyone, we're a licensed network and every partner on it gets checked and is totally legal
opening-reply-2-wording-3 = panie Tiborze, nie ma tu zadnego przekretu. jestesmy operatorem z licencja, a kazdy partner jest u nas zweryfikowany i dziala legalnie

# en: Mr Varga, nobody here is scamming you. We hold a proper licence and every company allowed on our network has been checked and is legal.
opening-reply-2-wording-4 = Panie Tiborze, nikt tu pana nie oszukuje. Mamy wszystkie wymagane zezwolenia, a każda firma dopuszczona do naszej sieci przeszła kontrolę i działa zgodnie z prawem.

# en: We are not a scam, we are a licensed company.
opening-reply-2-wording-5 = Nie jesteśmy oszustami, jesteśmy firmą z licencją.

# en: A scam? Absolutely not, sir. We're a licensed telecom operator and our partners all pass checks, everything is above board.
opening-reply-2-wording-6 = Oszustwo? Ależ skąd, proszę pana. Jesteśmy licencjonowanym operatorem telekomunikacyjnym, wszyscy nasi partnerzy przechodzą weryfikację, wszystko jest uczciwe i czyste.

# en: You defended the company against the word 'scam' before you had looked at his money. Now he has to prove he was robbed, so he will push harder, and louder.
opening-reply-2-feedback = Bronisz firmy przed słowem „przekręt”, zanim w ogóle spojrzysz na jego pieniądze. Teraz to on musi udowodnić, że go okradziono, więc będzie naciskał mocniej i głośniej.

# en: Hello Mr Varga, Kata here. Four MobilPlay charges you never ordered, nobody telling you who is taking your money, and a brush-off last week. Have I got that right?
opening-reply-3 = Dzień dobry, panie Tiborze, tu Kata. Cztery opłaty MobilPlay, których pan nie zamawiał, nikt nie mówi, kto bierze pieniądze, a w zeszłym tygodniu pana zbyto. Dobrze rozumiem?

# en: Hi Mr Varga, this is Kata. So: four MobilPlay charges you didn't order, no one able to tell you who's taking the money, and you were fobbed off last week. Is that correct?
opening-reply-3-wording-1 = Dzień dobry, panie Tiborze, z tej strony Kata. Widzę cztery obciążenia MobilPlay, o które pan nie prosił, nikt panu nie wyjaśnił, kto pobiera te pieniądze, a tydzień temu infolinia pana zbyła. Zgadza się?

# en: Kata here. Four unordered charges, no answers, fobbed off last week: right?
opening-reply-3-wording-2 = Kata, dzień dobry. Cztery nieznane opłaty, zero wyjaśnień, zbyto pana. Zgadza się?

# en: hi Mr Varga, kata speaking. so you've got 4 mobilplay charges you never signed up for, nobody will say who's getting your money, and last week you got brushed off. is that it?
opening-reply-3-wording-3 = dzien dobry, panie Tiborze, pisze Kata. czyli: 4 obciazenia od MobilPlay bez pana zgody, nikt nie umie powiedziec, kto zgarnia kase, a tydzien temu infolinia pana splawila. dobrze to ujmuje?

# en: Good afternoon Mr Varga, my name is Kata. Let me check I understand: you've been billed four times by MobilPlay without ordering anything, nobody has explained who gets the money, and last week you were sent away. Correct?
opening-reply-3-wording-4 = Dzień dobry, panie Tiborze, nazywam się Kata. Upewnię się, że dobrze rozumiem: MobilPlay obciążył pana cztery razy, choć niczego pan nie zamawiał, nikt nie wytłumaczył, kto dostaje te pieniądze, a w zeszłym tygodniu odprawiono pana z niczym. Tak było?

# en: So four charges you never ordered and no answers. Did I get that?
opening-reply-3-wording-5 = Czyli cztery opłaty bez zamówienia i żadnych odpowiedzi. Dobrze łapię?

# en: Kata here, Mr Varga. Let me repeat it back: MobilPlay charged you four times, you didn't sign up, you still don't know who has your money, and the hotline dismissed you. Is that right?
opening-reply-3-wording-6 = Tu Kata, panie Tiborze. Powtórzę dla pewności: MobilPlay pobrał od pana pieniądze czterokrotnie, nigdzie się pan nie zapisywał, nadal pan nie wie, kto ma te pieniądze, a infolinia pana zlekceważyła. Czy tak?

# en: A greeting with your name, then his three points in one line: the charges, the unanswered question of who is taking the money, and last week's brush-off. Asking him to confirm lets him say 'yes' for the first time in a week.
opening-reply-3-feedback = Powitanie z imieniem, a potem jego trzy sprawy w jednym zdaniu: opłaty, pytanie bez odpowiedzi, kto bierze pieniądze, i zeszłotygodniowe zbycie. Prośba o potwierdzenie pozwala mu po raz pierwszy od tygodnia powiedzieć „tak”.

# en: Mr Varga, I'm sorry you were sent away last week. Let me look into these MobilPlay charges right now. Which number are they on?
opening-reply-4 = Panie Tiborze, przykro mi, że w zeszłym tygodniu pana odesłano. Zaraz przyjrzę się tym opłatom MobilPlay. Na którym numerze się pojawiły?

# en: Mr Varga, I apologise that you were turned away last week. I'll check these MobilPlay charges straight away. What number are they billed to?
opening-reply-4-wording-1 = Panie Tiborze, przepraszam, że tydzień temu odesłano pana z kwitkiem. Już sprawdzam te opłaty za MobilPlay. Na jaki numer przychodzą?

# en: Sorry about last week. I'll check the charges now: which number?
opening-reply-4-wording-2 = Przepraszam za infolinię; sprawdzę opłaty. Który numer?

# en: sorry you got sent off last week Mr Varga. let me dig into the mobilplay stuff right now, what number are they on?
opening-reply-4-wording-3 = panie Tiborze, sorry, ze tydzien temu pana zbyli. juz zagladam w te oplaty MobilPlay, na ktory numer przyszly?

# en: I apologise for how you were treated on the hotline last week, Mr Varga. I'm checking the MobilPlay charges for you now; what's the phone number?
opening-reply-4-wording-4 = Przepraszam, panie Tiborze, za to, jak potraktowano pana na infolinii w zeszłym tygodniu. Już sprawdzam dla pana obciążenia od MobilPlay, jaki to numer telefonu?

# en: Sorry about the hotline. I'm looking into it now, what's your number?
opening-reply-4-wording-5 = Przepraszam za infolinię. Już to sprawdzam, jaki numer?

# en: What number are the MobilPlay charges on? I'm sorry the hotline turned you away, I'll look into it right now.
opening-reply-4-wording-6 = Na jaki numer idą te opłaty MobilPlay? Przykro mi, że infolinia pana odprawiła, zajmę się tym od razu.

# en: Good instincts: an apology for the hotline and a move straight to his account. What it misses is his fear: he asked whether he is being scammed, and the best reply showed him that question had been heard too, before moving on.
opening-reply-4-feedback = Dobry odruch: przeprosiny za infolinię i od razu przejście do jego konta. Brakuje jego obawy: pytał, czy ktoś go oszukuje, a najlepsza odpowiedź pokazuje mu, że i to pytanie zostało usłyszane, zanim przechodzi dalej.

# en: Hello Mr Varga, and thank you for contacting us. I can help with any billing question. To start, please send me your phone number and the account holder's date of birth.
opening-reply-5 = Dzień dobry, panie Tiborze, dziękuję za kontakt. Pomogę w każdej sprawie dotyczącej rachunków. Na początek proszę podać numer telefonu i datę urodzenia właściciela konta.

# en: Good day Mr Varga, thanks for getting in touch. I'm happy to assist with billing queries. First, could you give me your mobile number and the date of birth of the account holder?
opening-reply-5-wording-1 = Dzień dobry, panie Tiborze, dziękujemy za wiadomość. Chętnie pomogę w każdej kwestii związanej z rachunkami. Aby zacząć, potrzebuję numeru telefonu oraz daty urodzenia osoby, na którą zarejestrowane jest konto.

# en: Thanks for contacting us. Please give your number and date of birth.
opening-reply-5-wording-2 = Dzień dobry, w czym mogę pomóc? Poproszę numer i datę urodzenia.

# en: Hello Mr Varga, thanks for reaching out! happy to help with billing issues. to begin with, pls send your mobile number plus the account holder's DOB
opening-reply-5-wording-3 = dzien dobry, dziekujemy, ze pan napisal! pomagam we wszystkich sprawach rachunkowych. zeby ruszyc, prosze o nr telefonu oraz date urodzenia abonenta

# en: Welcome, Mr Varga, and thanks for your message. I'm here to help with billing questions. Before anything else, I need your phone number and the date of birth of the account holder.
opening-reply-5-wording-4 = Witam, panie Tiborze, i dziękuję za wiadomość. Jestem tu, żeby pomagać w kwestiach rozliczeń. Zanim cokolwiek zrobimy, potrzebuję pana numeru telefonu i daty urodzenia posiadacza konta.

# en: Hi, please send me your phone number and date of birth first.
opening-reply-5-wording-5 = Witam, najpierw proszę o numer telefonu i datę urodzenia.

# en: Dear Mr Varga, thank you for your message. To proceed with your billing query, kindly provide the mobile number and the account holder's date of birth.
opening-reply-5-wording-6 = Szanowny Panie, dziękujemy za wiadomość. W celu rozpatrzenia zapytania dotyczącego rachunku uprzejmie prosimy o podanie numeru telefonu komórkowego oraz daty urodzenia właściciela konta.

# en: Courteous, and it reads like the automatic greeting of every chat window. He asked whether he is being robbed and got a form to fill in, which tells him his message went unread.
opening-reply-5-feedback = Uprzejmie, i brzmi jak automatyczne powitanie każdego okienka czatu. Zapytał, czy ktoś go okrada, a dostał formularz do wypełnienia, z którego wynika, że nikt nie przeczytał jego wiadomości.

# en: Yes. That's it. And don't you tell me to calm down, the man on the hotline did that too. I've been calm for a week. Now who is taking my money?
confirmed-says-1 = Tak. Właśnie tak. I proszę mi nie mówić, żebym się uspokoił, ten z infolinii też tak mówił. Od tygodnia jestem spokojny. To kto zabiera moje pieniądze?

# en: Yes, that's exactly it. And don't tell me to calm down, I had enough of that from your hotline. I've been patient for a week. So who's got my money?
confirmed-says-2 = Tak, dokładnie tak. I proszę mi nie kazać się uspokoić, mam tego dość po waszej infolinii. Od tygodnia jestem cierpliwy. To u kogo są moje pieniądze?

# en: He has told you what not to say. Let him see calm in the way you write, and move to his money.
confirmed-hint = Powiedział ci, czego nie mówić. Niech zobaczy spokój w tym, jak piszesz, i przejdź do jego pieniędzy.

# en: Of course not, Mr Varga. Your satisfaction matters to us, and I'm here to help in any way I can. Could you confirm the number the charges are on?
confirmed-reply-1 = Oczywiście, że nie, panie Tiborze. Pana zadowolenie jest dla nas ważne i chętnie pomogę we wszystkim. Czy może pan potwierdzić numer, na którym są opłaty?

# en: Certainly not, Mr Varga. Customer satisfaction is important to us, and I'll help however I can. Can you confirm which number the charges appear on?
confirmed-reply-1-wording-1 = Ależ skąd, panie Tiborze. Pana zadowolenie bardzo się dla nas liczy i z przyjemnością pomogę we wszystkim. Proszę podać numer, na którym pojawiły się opłaty.

# en: Of course not. Your satisfaction is our priority. Which number is it?
confirmed-reply-1-wording-2 = Pana satysfakcja jest dla nas ważna. Numer z opłatami?

# en: definitely not Mr Varga. customer satisfaction is really important to us and i'm happy to help however possible. can you confirm the number for me?
confirmed-reply-1-wording-3 = no skad, panie Tiborze, zalezy nam na tym, zeby byl pan zadowolony, i chetnie pomoge w kazdej sprawie. poprosze o potwierdzenie numeru z tymi oplatami

# en: Not at all, Mr Varga. We value you as a customer and I'm here to assist you in every way possible. Which phone number are the charges showing on?
confirmed-reply-1-wording-4 = Skądże znowu, panie Tiborze. Cenimy pana jako klienta i jestem tu, by pomóc na wszelkie możliwe sposoby. Pod jakim numerem widnieją te opłaty?

# en: Of course not, sir. We value our customers. What's the number?
confirmed-reply-1-wording-5 = Oczywiście, że nie. Cenimy naszych klientów. Jaki numer?

# en: Mr Varga, of course I won't. Keeping our customers happy is very important to us and I'm glad to assist. Please confirm the number for me.
confirmed-reply-1-wording-6 = Panie Tiborze, rzecz jasna, że tego nie powiem. Zadowolenie klientów to dla nas priorytet i z radością pomogę. Proszę potwierdzić mi numer.

# en: Nothing wrong in it, and nothing for him in it either. 'Your satisfaction matters to us' is the line printed on every letter he has had from the company; he asked a plain question and got a slogan.
confirmed-reply-1-feedback = Nie ma w tym nic złego, ale nie ma też nic dla niego. „Pana zadowolenie jest dla nas ważne” to zdanie z każdego listu, jaki dostał od firmy; zadał proste pytanie, a dostał slogan.

# en: I won't. A week of this would make anyone angry. Let's find out where your money is going: which number are the charges on?
confirmed-reply-2 = Nie powiem. Po takim tygodniu każdy byłby zły. Sprawdzę, dokąd idą pana pieniądze: na którym numerze są te opłaty?

# en: I wouldn't dream of it. Anybody would be angry after a week like that. Let's trace where your money's going: what number is being charged?
confirmed-reply-2-wording-1 = Nie będę pana uspokajać. Każdy by się wściekł po takim tygodniu. Sprawdzę, kto zabiera panu pieniądze: na jakim numerze są te obciążenia?

# en: I won't. Anyone would be angry. Which number are they on?
confirmed-reply-2-wording-2 = Nie uspokajam; po takim tygodniu każdy by się złościł. Który numer?

# en: i won't, don't worry. a week like yours would make anybody furious. let's see where your money's ending up, which number is it?
confirmed-reply-2-wording-3 = nie zamierzam pana uspokajac, po tygodniu takich akcji kazdy bylby zly. zaraz namierze, kto pobiera pana kase. ktory numer ma te oplaty?

# en: No, I'm not going to say that. Anyone would be furious after a week like yours. Let's track down who's taking your money: what number are the charges on?
confirmed-reply-2-wording-4 = Nie, nie zamierzam tego mówić. Każdy by się zdenerwował po takich przejściach jak pana. Ustalmy, kto pobiera te pieniądze: pod jakim numerem naliczane są opłaty?

# en: I won't. You've every reason to be angry. What's the number?
confirmed-reply-2-wording-5 = Nie powiem. Ma pan pełne prawo się złościć. Jaki numer?

# en: After a week like that, of course you're angry, I won't tell you to calm down. Let's find where the money goes, which number is it?
confirmed-reply-2-wording-6 = Po takim tygodniu to jasne, że jest pan zły, nie będę kazać się panu uspokajać. Znajdźmy, gdzie idą te pieniądze, który to numer?

# en: No request for calm and no defence of the hotline: a level answer, a word for his week, and the next step. Calm he can see in your writing does more for his capitals than any request could.
confirmed-reply-2-feedback = Bez prośby o spokój i bez bronienia infolinii: równa odpowiedź, słowo o jego tygodniu i następny krok. Spokój, który widzi w twoim pisaniu, działa na jego wielkie litery lepiej niż jakakolwiek prośba.

# en: I wasn't going to, sir. But it honestly goes faster for both of us if we keep the chat polite, so let's take it one step at a time, all right?
confirmed-reply-3 = Nie mam takiego zamiaru, proszę pana. Ale szczerze mówiąc, szybciej nam pójdzie, jeśli zostaniemy przy uprzejmym tonie, więc weźmy to spokojnie krok po kroku, dobrze?

# en: I wasn't planning to, sir. But honestly this will be quicker for us both if we keep things civil, so let's go through it bit by bit, okay?
confirmed-reply-3-wording-1 = Nie zamierzam, proszę pana. Ale powiem szczerze, że pójdzie nam szybciej, jeśli zachowamy kulturalny ton, więc przejdźmy przez to spokojnie, punkt po punkcie, zgoda?

# en: Wasn't planning to. But let's keep it civil and go step by step.
confirmed-reply-3-wording-2 = Nie powiem, ale spokojny ton nam to przyspieszy.

# en: i wasn't about to sir, but it'll be quicker for us both if we stay polite, so let's just take it step by step ok?
confirmed-reply-3-wording-3 = nie mam zamiaru, ale tak szczerze, to szybciej to zalatwimy, jak bedziemy rozmawiac grzecznie, wiec krok po kroku i na spokojnie, ok?

# en: I hadn't intended to, sir, but we'll get through this much quicker if we both stay courteous, so let's go slowly, one thing at a time.
confirmed-reply-3-wording-4 = Nie było to moim zamiarem, proszę pana, ale znacznie szybciej sobie z tym poradzimy, jeśli oboje pozostaniemy uprzejmi, więc idźmy powoli, jedna rzecz naraz.

# en: Let's keep it polite and go one step at a time.
confirmed-reply-3-wording-5 = Bądźmy uprzejmi i róbmy to po kolei.

# en: sir, i never said calm down, but it really helps if we keep things friendly. one step at a time, alright?
confirmed-reply-3-wording-6 = prosze pana, nikt tu nie kazal sie panu uspokajac, ale naprawde latwiej pojdzie, jak zostaniemy przy milym tonie. po kolei, dobrze?

# en: He asked you not to tell him to calm down, and you did it anyway in politer words. 'Keep the chat polite' tells him his tone is the problem, not the 5,960 forints.
confirmed-reply-3-feedback = Prosił, żeby nie kazać mu się uspokoić, a ty robisz to mimo wszystko, tylko grzeczniej. „Uprzejmy ton” mówi mu, że problemem jest jego sposób pisania, a nie 5960 forintów.

# en: I won't, Mr Varga. Let me open your account now and look at these charges. Which number are they on?
confirmed-reply-4 = Nie powiem, panie Tiborze. Otworzę pana konto i przyjrzę się tym opłatom. Na którym numerze się pojawiły?

# en: I won't, Mr Varga. I'll bring up your account right now and check these charges. What number are they on?
confirmed-reply-4-wording-1 = Nie będę, panie Tiborze. Otwieram pana konto i przyglądam się tym obciążeniom. Na jaki numer przyszły?

# en: I won't. Opening your account now: which number?
confirmed-reply-4-wording-2 = Nie powiem. Otwieram pana konto, przyjrzę się temu; na której linii to jest?

# en: no i won't. let me pull up your account and look at the charges, what number are they billed to?
confirmed-reply-4-wording-3 = spokojnie, nie powiem tego. zagladam na pana konto i do tych oplat, na ktorym numerze sie pokazaly?

# en: I won't do that, Mr Varga. I'm pulling up your account right now to check these charges; what's the number they're billed to?
confirmed-reply-4-wording-4 = Tego nie zrobię, panie Tiborze. Właśnie wyświetlam pana konto, żeby sprawdzić te obciążenia; na jaki numer zostały naliczone?

# en: I won't. Checking your account now, what's the number?
confirmed-reply-4-wording-5 = Nie powiem. Sprawdzam pana konto, jaki numer?

# en: Mr Varga, I'm opening your account as we speak to look at the charges. Which number should I check?
confirmed-reply-4-wording-6 = Panie Tiborze, w tej chwili otwieram pana konto, żeby obejrzeć te opłaty. Który numer mam sprawdzić?

# en: Steady and practical, and it keeps his request. What it leaves out is the week he has had: the best reply gave that one short sentence before the question, and he would have felt it.
confirmed-reply-4-feedback = Spokojnie i rzeczowo, z poszanowaniem jego prośby. Brakuje tygodnia, który przeżył: najlepsza odpowiedź poświęca mu jedno krótkie zdanie przed pytaniem, a on by to poczuł.

# en: I'm sorry about my colleague. The hotline takes hundreds of calls a day and they're trained to pass partner questions on, so that's where that answer came from.
confirmed-reply-5 = Przepraszam za kolegę. Infolinia odbiera setki telefonów dziennie, a konsultanci są szkoleni, żeby pytania o partnerów przekazywać dalej, stąd ta odpowiedź.

# en: Apologies for my colleague. The hotline handles hundreds of calls every day and the staff are taught to refer partner queries elsewhere, which is why you got that answer.
confirmed-reply-5-wording-1 = Przepraszam za kolegę z infolinii. Dziennie odbierają setki połączeń, a konsultantów uczy się, żeby pytania o partnerów przekazywali dalej, dlatego tak to wyglądało.

# en: Sorry; the hotline is trained to pass partner queries on.
confirmed-reply-5-wording-2 = Przepraszam; infolinia ma procedurę przekazywania pytań o partnerów.

# en: sorry about the guy on the hotline, they get loads of calls every day and the training tells them to redirect partner questions, that's why he said that
confirmed-reply-5-wording-3 = sorry za kolege. na infolinii dzwoni kilkaset osob dziennie i sa szkoleni, zeby sprawy partnerow odsylac dalej, stad taka odpowiedz

# en: I apologise for the hotline agent. They deal with a huge number of calls each day and are told to refer anything about partners elsewhere, which explains that reply.
confirmed-reply-5-wording-4 = Przepraszam za konsultanta z infolinii. Mają codziennie ogromną liczbę zgłoszeń i polecono im odsyłać gdzie indziej wszystko, co dotyczy partnerów, to tłumaczy tamtą odpowiedź.

# en: Sorry, the hotline is busy and sends partner questions elsewhere.
confirmed-reply-5-wording-5 = Przepraszam, infolinia jest zawalona i odsyła sprawy partnerów dalej.

# en: The hotline gets hundreds of calls daily, that's why. They're trained to redirect partner questions, sorry about him.
confirmed-reply-5-wording-6 = Na infolinię dzwonią setki ludzi dziennie, stąd to. Szkolą ich, żeby pytania o partnerów przekierowywać, przepraszam za niego.

# en: Explaining how the hotline is trained still defends it. He didn't ask why he was brushed off; he asked who is taking his money, and that is still unanswered.
confirmed-reply-5-feedback = Tłumaczenie, jak szkoli się infolinię, to nadal jej obrona. Nie pytał, dlaczego go zbyto; pytał, kto zabiera jego pieniądze, i to pytanie wciąż wisi bez odpowiedzi.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = DOKŁADNIE TO SAMO MÓWILI W ZESZŁYM TYGODNIU. Nie mam żadnej umowy z żadnym „partnerem”. Umowę mam z WAMI. To WY przysłaliście mi rachunek. To WY ściągnęliście pieniądze z mojego konta. Więc nie odsyłajcie mnie do nikogo innego!

# en: Sir, please stop writing in capital letters. I can't help you while you're shouting at me in the chat, and I would really like to help you.
partner-again-reply-1 = Proszę przestać pisać wielkimi literami. Nie mogę panu pomóc, dopóki krzyczy pan na mnie na czacie, a naprawdę chcę panu pomóc.

# en: Sir, please don't type in capitals. I can't assist you with all this shouting, and I genuinely want to help.
partner-again-reply-1-wording-1 = Bardzo proszę nie pisać samymi wielkimi literami. Dopóki pan na mnie krzyczy na czacie, nie jestem w stanie pomóc, a naprawdę chcę.

# en: Please stop typing in caps; I can't help while you shout.
partner-again-reply-1-wording-2 = Proszę bez wielkich liter, inaczej nie pomogę.

# en: sir could you stop using caps please, i can't help you if you're shouting at me and i really do want to help
partner-again-reply-1-wording-3 = prosze wylaczyc capslocka. jak pan na mnie tak krzyczy w wiadomosciach, to nie moge nic zrobic, a serio chce pomoc

# en: Sir, there's no need to shout at me. Please write normally, because I can't help you when you type in all caps, and I do want to help.
partner-again-reply-1-wording-4 = Proszę pana, nie ma potrzeby na mnie krzyczeć. Proszę pisać normalnie, bo kiedy pisze pan samymi dużymi literami, nie mogę pomóc, a naprawdę chcę.

# en: There's no need to shout, please stop using capitals.
partner-again-reply-1-wording-5 = Nie trzeba krzyczeć, proszę przestać pisać dużymi literami.

# en: please turn off caps lock sir, shouting in the chat won't get us anywhere and i want to help you
partner-again-reply-1-wording-6 = Panie Tiborze, wrzaski na czacie nic nie dadzą. Proszę wyłączyć caps lock, bo tak nie pomogę, a chcę.

# en: Capitals are his raised voice. Asking him to lower it says his anger is the problem, not the charges, and he has just been sent away twice. An even reply would have ended the capitals sooner.
partner-again-reply-1-feedback = Wielkie litery to jego podniesiony głos. Prośba, żeby go ściszył, mówi, że problemem jest jego złość, a nie opłaty, a właśnie dwa razy go odesłano. Równa odpowiedź szybciej położyłaby kres wielkim literom.

# en: You're right: it's our bill, so it's ours to sort out. I'll handle it myself; you won't have to contact MobilPlay. Which number is it on?
partner-again-reply-2 = Ma pan rację: to nasz rachunek, więc to ja to wyjaśnię. Zajmę się tym osobiście; nie będzie pan musiał kontaktować się z MobilPlay. Na jakim numerze?

# en: You're quite right: the bill is ours, so it's our job to fix it. I'll deal with it personally, and you won't need to get in touch with MobilPlay at all. What number is it on?
partner-again-reply-2-wording-1 = Zgadza się, rachunek wystawiliśmy my, dlatego wyjaśnienie tej sprawy biorę na siebie. Do MobilPlay nie musi pan się w ogóle odzywać. Jaki to numer?

# en: Quite right, the bill's ours. I'll handle it; no need to contact MobilPlay.
partner-again-reply-2-wording-2 = Rachunek nasz, więc ja to załatwię, bez MobilPlay. Numer?

# en: you're right, we sent the bill so it's on us. i'll sort it myself, you don't need to talk to mobilplay. what's the number?
partner-again-reply-2-wording-3 = ma pan racje, rachunek wystawilismy my, wiec ja to biore na siebie. z MobilPlay nie musi pan nic zalatwiac, jaki numer?

# en: Agreed, we sent you the bill and took the money, so fixing it is our responsibility. I'll deal with it personally and you don't have to go to MobilPlay. What's the number?
partner-again-reply-2-wording-4 = Zgadzam się, to my wysłaliśmy rachunek i pobraliśmy pieniądze, więc naprawienie tego to nasz obowiązek. Zajmę się tym osobiście i nie musi pan zwracać się do MobilPlay. Jaki numer?

# en: You're right, it's our bill. I'll sort it, no need to call MobilPlay.
partner-again-reply-2-wording-5 = Ma pan rację, rachunek jest nasz. Załatwię to, nie musi pan dzwonić do MobilPlay.

# en: Mr Varga, you won't be sent anywhere else. It's our bill, so I'll take care of it myself; which number is it on?
partner-again-reply-2-wording-6 = Panie Tiborze, nikt pana już nigdzie nie odeśle. Rachunek jest nasz, więc biorę sprawę na siebie; na jakim numerze to jest?

# en: You agreed with the one point he is sure of, that the bill is yours, and took the case. 'You won't have to contact MobilPlay' answers his real fear: being sent on a third time.
partner-again-reply-2-feedback = Przyznajesz mu rację w jedynej sprawie, której jest pewien: że rachunek jest wasz, i bierzesz sprawę na siebie. „Nie będzie pan musiał kontaktować się z MobilPlay” odpowiada na jego prawdziwą obawę: że odeślą go po raz trzeci.

# en: You're right that it's on our bill, Mr Varga, but the service belongs to the partner, so the refund has to come from them. I can give you their customer line.
partner-again-reply-3 = Ma pan rację, że to jest na naszym rachunku, panie Tiborze, ale usługa należy do partnera, więc zwrot musi przyjść od nich. Mogę podać numer ich infolinii.

# en: You're correct, Mr Varga, it appears on our bill, but it's the partner's service, so any refund must come from them. Here's their customer service number if you want it.
partner-again-reply-3-wording-1 = Panie Tiborze, zgadza się, opłaty widnieją na naszym rachunku, tylko że usługa należy do partnera i zwrot musi pójść od nich. Podam panu numer ich infolinii.

# en: It's the partner's service, so they owe the refund; here's their customer line.
partner-again-reply-3-wording-2 = Na naszym rachunku, ale zwrot od partnera; podam ich numer.

# en: yes it's on our bill but the service is the partner's so they have to do the refund. i can send you their helpline number
partner-again-reply-3-wording-3 = racja, figuruje to na naszym rachunku, ale usluga jest partnera, wiec kase musza oddac oni. moge podeslac nr do ich obslugi

# en: Yes, it's on our bill, Mr Varga, but MobilPlay provides the service, so they're the ones who must refund you. I can pass you their customer service number.
partner-again-reply-3-wording-4 = Owszem, opłata jest na naszym rachunku, panie Tiborze, ale dostawcą usługi jest MobilPlay, dlatego zwrot leży po ich stronie. Mogę przekazać panu telefon do ich biura obsługi klienta.

# en: The refund has to come from the partner. I can give you their number.
partner-again-reply-3-wording-5 = Zwrot musi zrobić partner. Mogę podać ich numer.

# en: I can give you MobilPlay's customer line, sir, because although the charge is on our bill, the refund has to come from them as it's their service.
partner-again-reply-3-wording-6 = Mogę panu dać numer do obsługi klienta MobilPlay, proszę pana, bo choć opłata jest na naszym rachunku, to zwrot musi przyjść od nich, skoro to ich usługa.

# en: It opens by agreeing and then sends him exactly where he said he would not go. A phone number for another company is last week's answer with better manners.
partner-again-reply-3-feedback = Zaczyna się od przyznania racji, a kończy odesłaniem go dokładnie tam, dokąd powiedział, że nie pójdzie. Numer telefonu innej firmy to zeszłotygodniowa odpowiedź, tylko z lepszymi manierami.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = AHA, „LEGALNE”, TAK? To dlaczego legalna firma bierze pieniądze za coś, czego NIGDY nie zamawiałem? Nie obchodzi mnie wasza licencja. CHCĘ ODZYSKAĆ PIENIĄDZE.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about licences. Which number is it on?
shouting-reply-1 = Ma pan pełne prawo być zły: z konta zeszły panu pieniądze za coś, czego pan nie zamawiał. Nie będę się spierać o licencje. Na jakim numerze?

# en: You're completely entitled to be angry: money was taken out of your account for a thing you didn't request. I'm not going to argue about licences. What number is it on?
shouting-reply-1-wording-1 = Ma pan prawo być wściekły: ściągnęliśmy pieniądze za usługę, której pan nie zamawiał. O licencje nie będę się spierać. Jaki to numer?

# en: Your anger's fair. Forget licences: which number?
shouting-reply-1-wording-2 = Słusznie pan się złości. Nie będę się spierać. Który numer?

# en: you're right to be angry, sir. money came out of your account for stuff you never ordered. i'm not arguing about licences. what's the number?
shouting-reply-1-wording-3 = ma pan pelne prawo sie wkurzac, kasa zeszla za uslugi, ktorych pan nie bral. licencje zostawmy. na ktory numer?

# en: Of course you're furious, you've been charged for something you never wanted. Forget the licence talk, I'm not going to debate it. What number is it on?
shouting-reply-1-wording-4 = Nic dziwnego, że jest pan wściekły, płaci pan za coś, czego nigdy pan nie chciał. Zostawmy temat licencji, nie będę o tym dyskutować. Na jaki numer to przychodzi?

# en: You have every reason to be angry. What's the number?
shouting-reply-1-wording-5 = Ma pan wszelkie powody do złości. Jaki numer?

# en: fair enough, i won't argue about licences with you. money went out for something you never ordered, you've every right to be angry. which number?
shouting-reply-1-wording-6 = Dobrze, o licencje nie będę się z panem kłócić. Poszły pieniądze za coś, czego pan nie zamawiał, nie dziwię się, że to pana złości. Który numer?

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in answer to capitals bring the chat back down to your level.
shouting-reply-1-feedback = Uznajesz jego złość za uzasadnioną i porzucasz spór z poprzedniej odpowiedzi. Krótkie, spokojne zdania w odpowiedzi na wielkie litery sprowadzają czat z powrotem na twój poziom.

# en: I do understand, sir, but I can't promise any refund before I've checked the whole account properly. Please be patient with me for a moment while I look.
shouting-reply-2 = Rozumiem pana, ale nie mogę obiecać żadnego zwrotu, zanim dokładnie nie sprawdzę całego konta. Proszę o chwilę cierpliwości, zaraz wszystko spokojnie przejrzę.

# en: I understand, sir. However, I can't commit to a refund until I've properly gone through the whole account. Please bear with me a moment while I check.
shouting-reply-2-wording-1 = Rozumiem, tylko że nie mogę obiecać zwrotu, dopóki dokładnie nie przejrzę konta. Proszę chwilę cierpliwości, zaraz spokojnie wszystko sprawdzę.

# en: I can't promise a refund before checking; please be patient.
shouting-reply-2-wording-2 = Zwrotu nie obiecam przed sprawdzeniem konta; chwilę cierpliwości.

# en: i get it sir, only i can't promise money back till i've checked your account properly. please bear with me a sec while i look
shouting-reply-2-wording-3 = rozumiem, ale zanim przejrze cale konto, zwrotu nie moge obiecac. prosze o chwilke cierpliwosci, zaraz to na spokojnie przeanalizuje

# en: I hear you, sir, but I'm not able to promise you a refund until I've gone through the account in full. Please give me a moment to check.
shouting-reply-2-wording-4 = Słyszę pana, ale zagwarantować oddania pieniędzy nie mogę, dopóki nie przejrzę konta od A do Z. Proszę dać mi moment na weryfikację.

# en: I can't promise a refund yet, let me check first.
shouting-reply-2-wording-5 = Na razie nie obiecam zwrotu, najpierw sprawdzę.

# en: No promises on getting your money back until I've looked over the whole account, sir. Give me a minute please.
shouting-reply-2-wording-6 = Żadnych obietnic co do odzyskania pieniędzy, zanim nie obejrzę całego konta, proszę pana. Poproszę o minutkę.

# en: True, and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = Prawdziwe i spokojnie powiedziane, ale odpowiada tylko na kwestię pieniędzy. On czuje się oszukany, a „proszę o cierpliwość” brzmi jak prośba, żeby przestał to czuć.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me get a word in.
shouting-reply-3 = Ja tylko wyjaśniam, jak to działa, proszę pana. PRÓBUJĘ PANU POMÓC, gdyby mi pan tylko dał dojść do słowa.

# en: I'm just telling you how it works, sir. I AM TRYING TO HELP if you'd only let me say something.
shouting-reply-3-wording-1 = Ja tylko tłumaczę, na czym to polega, proszę pana. STARAM SIĘ PANU POMÓC, tylko niech mi pan pozwoli coś powiedzieć.

# en: Just explaining. I'M TRYING TO HELP, sir, let me speak.
shouting-reply-3-wording-2 = PRÓBUJĘ POMÓC, proszę dać mi dokończyć.

# en: i'm just explaining how it all works sir. I AM TRYING TO HELP YOU, if you'd stop and let me speak
shouting-reply-3-wording-3 = prosze pana, ja tylko wyjasniam. CHCE PANU POMOC, ale pan mi nie daje nic napisac

# en: Sir, I was just explaining the process. Let me finish a sentence, I'M TRYING TO HELP YOU.
shouting-reply-3-wording-4 = Proszę pana, objaśniam tylko procedurę. Proszę mi dać skończyć zdanie, JA TU PANU POMAGAM.

# en: Let me finish, I'M TRYING TO HELP YOU!
shouting-reply-3-wording-5 = Niech mi pan da skończyć, PRÓBUJĘ PANU POMÓC!

# en: I AM ONLY EXPLAINING, sir. Could you let me talk for a second, I'm trying to help here.
shouting-reply-3-wording-6 = JA TYLKO TŁUMACZĘ, proszę pana. Mógłby pan na sekundę dać mi coś powiedzieć? Staram się tu pomóc.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = Wielkie litery w odpowiedzi na wielkie litery zamieniają czat w przekrzykiwanie się, a „gdyby mi pan tylko dał dojść do słowa” stawia w centrum ciebie. Im łagodniej piszesz, tym szybciej on ścisza głos.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = Dość tego. Już dwa razy mnie spławiono. Proszę mnie połączyć z przełożonym, albo idę z tym do urzędu ochrony konsumentów.

# en: I'll put you through to a supervisor now, Mr Varga. The current waiting time is around 25 minutes, and they will be able to look at your account.
supervisor-demand-reply-1 = Przełączę pana do przełożonego, panie Tiborze. Obecny czas oczekiwania to około 25 minut, a przełożony będzie mógł przejrzeć pana konto.

# en: Mr Varga, I'm transferring you to a supervisor now. The wait is currently about 25 minutes, and they'll be able to check your account.
supervisor-demand-reply-1-wording-1 = Przełączam do przełożonego, panie Tiborze. Czas oczekiwania wynosi mniej więcej 25 minut; przełożony będzie mógł zajrzeć na pana konto.

# en: Transferring you to a supervisor; the wait's about 25 minutes.
supervisor-demand-reply-1-wording-2 = Łączę z przełożonym; czas oczekiwania około 25 minut.

# en: ok Mr Varga, i'm transferring you to a supervisor. wait time's roughly 25 mins right now, they can go through your account
supervisor-demand-reply-1-wording-3 = juz przekierowuje do przelozonego. czeka sie teraz jakies 25 min, on bedzie mogl zajrzec na pana konto

# en: Very well, Mr Varga, I'm passing you to a supervisor. You'll wait about 25 minutes, and then they can review your account.
supervisor-demand-reply-1-wording-4 = W porządku, panie Tiborze, kieruję pana do kierownika. Czeka się około 25 minut, a potem kierownik przeanalizuje pana konto.

# en: OK, transferring you to a supervisor, about 25 minutes wait.
supervisor-demand-reply-1-wording-5 = OK, przełączam do przełożonego, czekanie około 25 minut.

# en: the queue for a supervisor is around 25 minutes at the moment Mr Varga, i'll transfer you now and they'll check your account
supervisor-demand-reply-1-wording-6 = Na rozmowę z przełożonym czeka się teraz ok. 25 minut, panie Tiborze. Już pana tam kieruję, a on sprawdzi pana konto.

# en: It does what he asked, but the case leaves your hands unsolved and he waits 25 minutes to tell it a third time. One concrete offer before the transfer might have kept him.
supervisor-demand-reply-1-feedback = Robi to, o co prosił, ale sprawa wymyka ci się z rąk nierozwiązana, a on czeka 25 minut, żeby opowiedzieć ją po raz trzeci. Jedna konkretna propozycja przed przełączeniem mogła go zatrzymać.

# en: I'll put you through if you still want that. But first I can stop the MobilPlay charges on your number, right now, while we're chatting. Shall I?
supervisor-demand-reply-2 = Przełączę pana, jeśli nadal będzie pan chciał. Ale najpierw mogę od razu zatrzymać opłaty MobilPlay na pana numerze, jeszcze w trakcie czatu. Zrobić to?

# en: I can transfer you if that's still what you want. Before that, though, I can put a stop to MobilPlay charging your number right now, during this chat. Would you like me to?
supervisor-demand-reply-2-wording-1 = Jeśli dalej będzie pan chciał, przełączę. Najpierw jednak mogę od ręki wstrzymać naliczanie MobilPlay na tym numerze, jeszcze zanim skończymy czat. Mam to zrobić?

# en: I can transfer you, but first, shall I stop the MobilPlay charges while we're chatting?
supervisor-demand-reply-2-wording-2 = Połączę, ale wcześniej mogę od ręki wstrzymać opłaty MobilPlay. Zrobić?

# en: happy to transfer you if you still want. but first, i could cancel mobilplay on your line right this minute while we're talking. want me to?
supervisor-demand-reply-2-wording-3 = przelacze, jesli pan bedzie chcial, ale od razu moge wstrzymac te obciazenia MobilPlay na tym numerze, jeszcze teraz na czacie. dzialam?

# en: If you still want a supervisor afterwards, I'll transfer you. Before you go, though, I can cancel MobilPlay on your number this minute. Do you want me to do that?
supervisor-demand-reply-2-wording-4 = Jeśli potem nadal będzie pan chciał rozmawiać z przełożonym, połączę. Zanim jednak pan przejdzie, mogę w tej minucie anulować MobilPlay na pana numerze. Anulować?

# en: Before I transfer you, want me to stop MobilPlay right now?
supervisor-demand-reply-2-wording-5 = Zanim przełączę, zatrzymać od razu MobilPlay?

# en: Mr Varga, I can block the MobilPlay charges on your line right now, in this chat, and then transfer you if you still wish. Shall I do that first?
supervisor-demand-reply-2-wording-6 = Panie Tiborze, mogę zablokować opłaty MobilPlay na pana linii od ręki, tu na czacie, a potem przełączyć, jeśli pan nadal zechce. Zacząć od tego?

# en: You respected his request and offered the one thing he wants most, which you control. Customers often ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-2-feedback = Szanujesz jego prośbę i proponujesz to, na czym zależy mu najbardziej i co zależy od ciebie. Klienci często proszą o przełożonego tylko dlatego, że stracili nadzieję na pomoc od osoby, z którą rozmawiają.

# en: I'll ask my team leader, Ágnes, to join this chat. I'll give her the whole story first, so you won't repeat a word, and I'll stay until she's here.
supervisor-demand-reply-3 = Poproszę moją kierowniczkę zespołu, Ágnes, żeby dołączyła do czatu. Najpierw przekażę jej całą historię, żeby nie musiał pan nic powtarzać, i zostanę, aż się pojawi.

# en: I'll get Ágnes, my team leader, to join us in the chat. I'll fill her in on everything beforehand so you don't need to repeat yourself, and I'll remain here until she arrives.
supervisor-demand-reply-3-wording-1 = Poproszę o dołączenie do czatu moją przełożoną, Ágnes. Zanim się pojawi, przekażę jej wszystko, żeby nie musiał pan pisać tego od nowa, i będę tutaj, aż dołączy.

# en: I'll brief Ágnes, my team leader, and stay till she joins.
supervisor-demand-reply-3-wording-2 = Zaproszę Ágnes, przekażę jej historię i zostanę do jej przyjścia.

# en: i'll get Ágnes, my team lead, to hop into this chat. she'll get the full story from me first so you won't have to type it again, and i'm staying till she's in
supervisor-demand-reply-3-wording-3 = zawolam na czat Ágnes, moja kierowniczke. najpierw streszcze jej cala sprawe, zeby pan nie musial sie powtarzac, i zostane, dopoki ona nie wejdzie

# en: I'm inviting Ágnes, who leads my team, into this conversation. She'll know everything before she arrives, so you needn't explain again, and I won't leave until she's here.
supervisor-demand-reply-3-wording-4 = Zapraszam do tej rozmowy Ágnes, która kieruje moim zespołem. Zanim dołączy, będzie wiedziała o wszystkim, więc nie musi pan niczego tłumaczyć od nowa, a ja nie odejdę, dopóki jej nie będzie.

# en: I'll get my team leader Ágnes in and stay with you.
supervisor-demand-reply-3-wording-5 = Poproszę szefową zespołu, Ágnes, i zostanę z panem.

# en: my team leader Agnes will join us here shortly, i'll brief her fully first so you don't have to repeat anything, and i'll stay on till she's here
supervisor-demand-reply-3-wording-6 = Panie Tiborze, za chwilę dołączy do nas pani Ágnes, liderka mojego zespołu. Wcześniej zrelacjonuję jej całą sprawę, żeby nie musiał pan jej ponownie opisywać, i pozostanę na czacie do jej przybycia.

# en: A good handover: a name, the whole story passed on, and you stay until she arrives. Still, he has been passed along twice already; the best reply first offered to stop the charges yourself, which is what he came for.
supervisor-demand-reply-3-feedback = Dobre przekazanie: imię, cała historia przekazana dalej, a ty zostajesz, aż ona dołączy. Tyle że odsyłano go już dwa razy; najlepsza odpowiedź najpierw proponuje, że zatrzymasz opłaty osobiście, a po to właśnie przyszedł.

# en: A supervisor will tell you exactly the same thing, I'm afraid: partner charges are handled by the partner, and neither of us can change how that works.
supervisor-demand-reply-4 = Obawiam się, że przełożony powie panu dokładnie to samo: opłatami partnerów zajmuje się partner i żadne z nas nie może tego zmienić.

# en: I'm afraid a supervisor would say just what I'm saying: charges from partners are dealt with by the partner, and none of us can change that.
supervisor-demand-reply-4-wording-1 = Obawiam się, że przełożony powtórzy panu to samo: za obciążenia partnerów odpowiada partner i nikt z nas nic tu nie zmieni.

# en: A supervisor would say the same: partner charges are the partner's.
supervisor-demand-reply-4-wording-2 = Przełożony powie to samo: to sprawa partnera.

# en: tbh a supervisor's going to tell you the exact same thing, the partner handles partner charges and there's nothing either of us can do about that
supervisor-demand-reply-4-wording-3 = niestety szef powie panu identycznie, oplaty partnerow to dzialka partnera i my nic nie poradzimy

# en: I'm afraid going higher won't change anything: a supervisor will also tell you the partner deals with its own charges, and that's not something either of us can alter.
supervisor-demand-reply-4-wording-4 = Niestety, eskalacja niczego nie zmieni: kierownik też panu powie, że partner sam rozlicza swoje opłaty, a na to ani ja, ani pan nie mamy wpływu.

# en: A supervisor can't help, partner charges go to the partner.
supervisor-demand-reply-4-wording-5 = Przełożony nie pomoże, opłatami partnera zajmuje się partner.

# en: Sir, you'll hear the same answer from any supervisor. The partner handles those charges and that's just how it works.
supervisor-demand-reply-4-wording-6 = Proszę pana, to samo usłyszy pan od każdego kierownika. Te opłaty obsługuje partner i tak to po prostu działa.

# en: You refused him and told him that asking anyone else would be pointless. With every door closed, the only move left to him is to leave.
supervisor-demand-reply-4-feedback = Odmawiasz mu i mówisz, że pytanie kogokolwiek innego nie ma sensu. Kiedy wszystkie drzwi są zamknięte, jedyne, co mu zostaje, to odejść.

# en: It's 30 412 7785. And I'll say it once more: I don't play games. Calls and the weather forecast, that's all. I've barely slept this week, I thought someone had got into my bank account.
number-check-says-1 = 30 412 7785. I powtórzę jeszcze raz: nie gram w żadne gry. Rozmowy i prognoza pogody, nic więcej. Cały tydzień prawie nie spałem, myślałem, że ktoś się dobrał do mojego konta w banku.

# en: My number is 30 412 7785. I've never played a game on that phone in my life. Calls and the weather, nothing else. I've been lying awake thinking someone had got at my bank account.
number-check-says-2 = Mój numer to 30 412 7785. W życiu nie grałem na tym telefonie w żadną grę. Rozmowy i pogoda, nic więcej. Leżałem po nocach, bo myślałem, że ktoś dobrał się do mojego konta bankowego.

# en: Besides the number, he has told you what this week was like for him. Answer that before the technical part.
number-check-hint = Oprócz numeru powiedział ci, jaki miał tydzień. Odpowiedz na to, zanim przejdziesz do technicznej strony.

# en: Thank you, Mr Varga. I can see it: MobilPlay Club, 1,490 a week since 18 March. I've stopped the subscription, so no new charge can come from it.
number-check-reply-1 = Dziękuję, panie Tiborze. Widzę to: MobilPlay Club, 1490 forintów tygodniowo od 18 marca. Subskrypcja jest już zatrzymana, więc nie pojawi się z niej żadna nowa opłata.

# en: Thanks, Mr Varga. I've found it: MobilPlay Club, charging 1,490 weekly since 18 March. I've cancelled the subscription, so it can't charge you again.
number-check-reply-1-wording-1 = Dziękuję, panie Tiborze. Mam to: MobilPlay Club, od 18 marca co tydzień 1490 forintów. Subskrypcja została wyłączona, więcej opłat z niej nie będzie.

# en: Found it: MobilPlay Club since 18 March. I've cancelled it.
number-check-reply-1-wording-2 = Widzę MobilPlay od 18 marca; subskrypcja zatrzymana, nowych opłat nie będzie.

# en: thanks, got it here, mobilplay club, 1,490 every week starting 18 march. i've cancelled that subscription now so nothing more will come from it
number-check-reply-1-wording-3 = dzieki, jest: MobilPlay Club, od 18.03 po 1490 Ft co tydzien. subskrypcja juz wylaczona, zadne nowe obciazenie nie wpadnie

# en: Thanks, Mr Varga, it's on screen: MobilPlay Club has billed 1,490 every week from 18 March. I've ended the subscription now, so there won't be any further charges.
number-check-reply-1-wording-4 = Dziękuję, panie Tiborze, wyświetla mi się: od 18 marca MobilPlay Club pobierał tygodniowo 1490 forintów. Abonament jest już anulowany, więc żadne dalsze obciążenia się nie pojawią.

# en: Found MobilPlay, weekly since 18 March. Subscription cancelled.
number-check-reply-1-wording-5 = Jest MobilPlay, co tydzień od 18 marca. Subskrypcja anulowana.

# en: since 18 march mobilplay club has taken 1,490 weekly, Mr Varga. it's switched off now so nothing new can be charged
number-check-reply-1-wording-6 = Od 18 marca ten MobilPlay Club brał 1490 Ft na tydzień, panie Tiborze. Teraz jest odcięty, więc nic nowego już nie naliczy.

# en: A real act, and fast: the charges stop today, which is more than the hotline gave him. But he had just told you he was lying awake over his bank account, and you went straight past it; the best reply settled that fear first.
number-check-reply-1-feedback = Prawdziwy i szybki ruch: opłaty kończą się dziś, a to więcej, niż dała mu infolinia. Ale właśnie powiedział, że nie śpi po nocach z powodu konta w banku, a ty przechodzisz obok tego; najlepsza odpowiedź najpierw rozwiewa tę obawę.

# en: Thank you. So that I can open the right case, could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = Dziękuję. Żeby otworzyć właściwe zgłoszenie, poproszę jeszcze o nazwę usługi z rachunku i o kwoty, które zostały panu naliczone.

# en: Thanks. To set up the correct case, can you tell me what the service is called on your bill and how much you were charged?
number-check-reply-2-wording-1 = Dziękuję. Aby założyć właściwe zgłoszenie, potrzebuję jeszcze nazwy usługi z rachunku i kwot, które panu naliczono.

# en: Thanks. What's the service called, and how much were the charges?
number-check-reply-2-wording-2 = Proszę jeszcze podać nazwę usługi i kwoty.

# en: thanks! so i can log it properly, what's the service on the bill called and what amounts did they charge you?
number-check-reply-2-wording-3 = dzieki. do zgloszenia musze miec jeszcze nazwe uslugi, ktora jest na rachunku, i ile panu policzyli

# en: Thanks. For me to log the correct case, please let me know which service appears on your bill and what each charge was.
number-check-reply-2-wording-4 = Dziękuję. Aby zarejestrować właściwą sprawę, proszę napisać, jaka usługa widnieje na rachunku i ile wynosiła każda opłata.

# en: What's the name of the service and the amounts?
number-check-reply-2-wording-5 = Jak nazywa się ta usługa i jakie są kwoty?

# en: thank you sir. can you type out the service name exactly as it shows on the bill, and the amounts, so i open the right case
number-check-reply-2-wording-6 = Dziękuję, proszę pana. Może pan przepisać nazwę usługi dokładnie tak, jak jest na rachunku, i kwoty, żebym otworzyła właściwą sprawę?

# en: He wrote both in his very first message, in capitals. Asking for them again confirms what he suspects most: that nobody at this company reads what he writes.
number-check-reply-2-feedback = Obie rzeczy napisał w swojej pierwszej wiadomości, wielkimi literami. Ponowne pytanie potwierdza to, co podejrzewa najbardziej: że w tej firmie nikt nie czyta tego, co pisze.

# en: Thank you. I've passed your complaint on to our billing team with your number, and they will contact you about the charges within five working days.
number-check-reply-3 = Dziękuję. Pana reklamacja razem z numerem trafia do naszego działu rozliczeń, który skontaktuje się z panem w sprawie opłat w ciągu pięciu dni roboczych.

# en: Thanks. I've forwarded your complaint to the billing department along with your number, and they'll contact you regarding the charges in five working days.
number-check-reply-3-wording-1 = Dziękuję. Reklamację wraz z numerem przekazuję do działu rozliczeń, który odezwie się do pana w sprawie opłat najpóźniej za pięć dni roboczych.

# en: Thanks, I've sent it to billing; they'll contact you within five days.
number-check-reply-3-wording-2 = Przekazuję do działu rozliczeń; odezwą się w 5 dni roboczych.

# en: thank you, i've sent your complaint and number over to billing, someone from there will be in touch about it within 5 working days
number-check-reply-3-wording-3 = dzieki, pana zgloszenie z numerem leci do dzialu billingu, oni sie z panem skontaktuja w ciagu 5 dni roboczych

# en: Thanks. Your complaint and phone number have gone to the billing department, and someone there will get back to you about the charges within five working days.
number-check-reply-3-wording-4 = Dziękuję. Pana skarga wraz z numerem telefonu poszła już do działu rozliczeń; ktoś stamtąd odezwie się w sprawie opłat w ciągu pięciu dni roboczych.

# en: I've passed it to billing, they'll call you within 5 days.
number-check-reply-3-wording-5 = Sprawa poszła do rozliczeń, oddzwonią do 5 dni.

# en: Our billing team now has your complaint, Mr Varga, and will be in touch within five working days about the charges.
number-check-reply-3-wording-6 = Nasz zespół rozliczeń ma już pana reklamację, panie Tiborze, i skontaktuje się z panem w sprawie opłat w ciągu pięciu dni roboczych.

# en: 'Passed on' is the hotline's answer in new words. He came to the chat for someone who acts, and in his first minutes here the case left your hands.
number-check-reply-3-feedback = „Przekazane dalej” to odpowiedź infolinii innymi słowami. Przyszedł na czat po kogoś, kto coś zrobi, a w pierwszych minutach sprawa wypada ci z rąk.

# en: Thank you. A week of lying awake over your bank account, that's awful. It's safe: this came only through the phone bill, and I've stopped it.
number-check-reply-4 = Dziękuję. Tydzień nieprzespanych nocy przez konto w banku, to okropne. Pana konto jest bezpieczne: to przyszło tylko przez rachunek telefoniczny, a ja zaraz to zatrzymam.

# en: Thank you. A whole week without sleep, worrying about your bank account, is dreadful. Your account is safe: this only went through your phone bill, and I've now stopped it.
number-check-reply-4-wording-1 = Dziękuję. Cały tydzień bez snu ze strachu o konto w banku, to straszne. Pana konto bankowe jest bezpieczne: to szło wyłącznie przez rachunek za telefon, a te opłaty zaraz zatrzymuję.

# en: Your bank account is safe; it was only the phone bill, and it's stopped.
number-check-reply-4-wording-2 = Pana konto w banku jest bezpieczne; to tylko rachunek telefoniczny, zatrzymam to.

# en: thanks Mr Varga. losing sleep all week worrying about your bank, that's horrible. good news, your bank's fine, it only went via your phone bill and it's stopped now
number-check-reply-4-wording-3 = dzieki. caly tydzien nieprzespanych nocy ze strachu o konto, okropne. spokojnie, bank jest bezpieczny, to szlo tylko przez telefon, a ja to zaraz ukroce

# en: Thanks, Mr Varga. Not sleeping for a week because you feared for your bank account must have been terrible. Your bank money is fine: this was only charged through your phone bill, and I've put a stop to it.
number-check-reply-4-wording-4 = Dziękuję, panie Tiborze. Nie spać przez tydzień z obawy o konto w banku, to musiał być koszmar. Pieniądze w banku są całe: opłaty szły jedynie przez rachunek za telefon, a ja już to blokuję.

# en: Don't worry, your bank account is fine. I've stopped it.
number-check-reply-4-wording-5 = Proszę się nie bać, bank jest nietknięty. Blokuję to.

# en: your bank account was never touched Mr Varga, it only went through the phone bill and it's stopped now. sorry you lost sleep over it, that sounds awful
number-check-reply-4-wording-6 = pana konta w banku nikt nie ruszyl, panie Tiborze, to szlo tylko przez rachunek za telefon i juz jest zatrzymane. przykro mi, ze przez to pan nie spal, to musialo byc okropne

# en: You answered the sleepless week before the subscription: his bank account is safe, and then the charges are stopped. Once the fear is gone, what is left is a billing problem, and he can talk about that.
number-check-reply-4-feedback = Odpowiadasz na nieprzespany tydzień przed subskrypcją: jego konto w banku jest bezpieczne, a potem opłaty są zatrzymane. Kiedy znika strach, zostaje problem z rachunkiem, a o tym już da się rozmawiać.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = NAPISAŁEM TO W PIERWSZEJ WIADOMOŚCI. „MobilPlay Club”. 1490. CZTERY RAZY. Czy ktoś tam w ogóle czyta, co piszę?

# en: I'm sorry, Mr Varga, I do have to confirm the details for our records; it's the standard procedure on every billing complaint. Thank you for your patience.
repeat-annoyed-reply-1 = Przepraszam, panie Tiborze, ale muszę potwierdzić dane do naszej ewidencji; to standardowa procedura przy każdej reklamacji rachunku. Dziękuję za cierpliwość.

# en: Apologies, Mr Varga, but I'm required to verify the details for our files; we do it for every billing complaint. Thanks for bearing with me.
repeat-annoyed-reply-1-wording-1 = Panie Tiborze, przepraszam, ale te dane muszę potwierdzić do naszej dokumentacji; tak wygląda standard przy każdym zgłoszeniu dotyczącym rachunku. Dziękuję za cierpliwość.

# en: Sorry, it's standard procedure to confirm details. Thanks for your patience.
repeat-annoyed-reply-1-wording-2 = Przepraszam, to standardowa procedura, muszę potwierdzić dane.

# en: sorry Mr Varga, i have to double check the details for our system, it's the usual process for all billing complaints. thanks for being patient
repeat-annoyed-reply-1-wording-3 = sorry, ale musze to potwierdzic do ewidencji, tak jest przy kazdej reklamacji. dzieki za cierpliwosc

# en: Apologies, Mr Varga, but procedure says I must check these details again for our records on every billing complaint. I appreciate your patience.
repeat-annoyed-reply-1-wording-4 = Przepraszam, panie Tiborze, ale zgodnie z procedurą przy każdej reklamacji rachunku muszę jeszcze raz zweryfikować te dane do naszego rejestru. Dziękuję za wyrozumiałość.

# en: Sorry, I have to confirm it, it's our procedure.
repeat-annoyed-reply-1-wording-5 = Przepraszam, muszę to potwierdzić, taka procedura.

# en: It's a standard step on all billing complaints, sir, I need to verify the details for the record. Thanks for bearing with me.
repeat-annoyed-reply-1-wording-6 = To standardowy krok przy wszystkich reklamacjach rachunków, proszę pana, muszę zweryfikować dane do akt. Dziękuję za cierpliwość.

# en: A procedure quoted in answer to 'does anybody read what I write?' proves his point. He needed to hear from a person who had read it.
repeat-annoyed-reply-1-feedback = Procedura w odpowiedzi na „czy ktoś w ogóle czyta, co piszę?” tylko potwierdza jego rację. Potrzebował usłyszeć kogoś, kto to przeczytał.

# en: You did, and I'm sorry I asked again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it.
repeat-annoyed-reply-2 = Napisał pan, i przepraszam za to pytanie. MobilPlay Club, cztery razy 1490: mam to teraz przed sobą i zaraz zatrzymam tę usługę.

# en: Yes, you did, and I apologise for asking twice. MobilPlay Club, 1,490 four times: I've got it right here, and I've just cancelled it.
repeat-annoyed-reply-2-wording-1 = Tak, napisał pan to, przepraszam za niepotrzebne pytanie. MobilPlay Club, czterokrotnie po 1490 forintów: widzę to na ekranie i już wyłączam tę usługę.

# en: You did, sorry. MobilPlay Club, 4 x 1,490: found and stopped.
repeat-annoyed-reply-2-wording-2 = Racja, przepraszam. MobilPlay, 4 × 1490, mam to i wyłączam.

# en: you did, my bad for asking again. mobilplay club, 1,490 x4, it's right here on my screen and i've just cancelled it
repeat-annoyed-reply-2-wording-3 = faktycznie pan pisal, sorry za zbedne pytanie. MobilPlay Club, 4 razy po 1490, mam wszystko przed oczami i zaraz to wylaczam

# en: You're right, you did tell me, and I apologise for making you repeat it. I can see MobilPlay Club charging 1,490 four times, and I've just cancelled it.
repeat-annoyed-reply-2-wording-4 = Ma pan rację, podał pan to, i przepraszam, że musiał pan powtarzać. Widzę, że MobilPlay Club pobrał cztery razy po 1490, i właśnie zostało to anulowane.

# en: Yes you did, sorry. I see it now and it's cancelled.
repeat-annoyed-reply-2-wording-5 = Tak, pisał pan, przepraszam. Widzę to i już anulowane.

# en: MobilPlay Club, 1,490, four times, I have it right here Mr Varga, and it's stopped as of now. sorry for asking twice, you'd already written it
repeat-annoyed-reply-2-wording-6 = MobilPlay Club, 1490, cztery razy, mam to tu przed sobą, panie Tiborze, i zaraz to wstrzymam. Przepraszam, że dopytywałam, przecież pan to napisał.

# en: You owned the slip at once, gave his details back to show you have them, and added a real step. A small mistake admitted quickly costs less than one defended.
repeat-annoyed-reply-2-feedback = Od razu przyznajesz się do potknięcia, oddajesz mu jego dane, żeby widział, że je masz, i dokładasz prawdziwy krok. Mała pomyłka przyznana od razu kosztuje mniej niż broniona.

# en: You did, sorry. I've got several chats open at once and your first message scrolled out of view. Could you just give me the total again?
repeat-annoyed-reply-3 = Napisał pan, przepraszam. Mam otwartych kilka czatów naraz i pana pierwsza wiadomość uciekła mi z ekranu. Może pan jeszcze raz podać całą sumę?

# en: Yes, sorry. I'm handling a few chats at the same time and your first message has scrolled off my screen. Could you tell me the total once more?
repeat-annoyed-reply-3-wording-1 = Rzeczywiście pan pisał, przepraszam. Prowadzę kilka rozmów jednocześnie i pana pierwsza wiadomość mi umknęła. Mógłby pan powtórzyć łączną kwotę?

# en: Sorry, I've several chats open. What was the total again?
repeat-annoyed-reply-3-wording-2 = Przepraszam, mam kilka czatów; poda pan jeszcze raz sumę?

# en: yeah sorry, i've got a bunch of chats going and your first message went up out of sight. can you just tell me the total again?
repeat-annoyed-reply-3-wording-3 = pisal pan, sorki. mam otwartych pare okienek naraz i pana wiadomosc gdzies mi uciekla. moze pan powtorzyc, ile to bylo w sumie?

# en: Sorry, you did. I'm juggling a few customers at once and lost sight of your first message. Can you repeat the total for me?
repeat-annoyed-reply-3-wording-4 = Przepraszam, podał pan. Obsługuję kilku klientów jednocześnie i zgubiła mi się pana pierwsza wiadomość. Może pan mi jeszcze raz napisać, ile to wynosiło razem?

# en: Sorry, I'm handling lots of chats. What's the total?
repeat-annoyed-reply-3-wording-5 = Sorry, obsługuję masę rozmów. Jaka jest łączna kwota?

# en: i've got several people chatting at the same time and your message scrolled away, sorry. whats the total again?
repeat-annoyed-reply-3-wording-6 = mam kilka osob na czacie naraz i pana wiadomosc odjechala mi w gore, przepraszam. jaka byla ta suma?

# en: Honest about the cause, but it tells him he is one of several windows, and then asks him to type it a third time. The details were one scroll away.
repeat-annoyed-reply-3-feedback = Szczerze co do przyczyny, ale mówi mu, że jest jednym z wielu okienek, a potem każe mu pisać to po raz trzeci. Dane były o jedno przewinięcie wyżej.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
how-did-it-happen-says-1 = Dobra. Ale najpierw proszę mi wytłumaczyć: JAK firma, o której w życiu nie słyszałem, trafia na mój rachunek? Ktoś mi ukradł numer? Bo tak to z mojej strony wygląda.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
how-did-it-happen-says-2 = Niech będzie. Ale chcę coś zrozumieć. Jak firma, o której nawet nie słyszałem, może doliczać opłaty do MOJEGO rachunku za telefon? Ktoś mi ukradł numer, czy co?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
how-did-it-happen-hint = Zrezygnuj z wewnętrznych określeń w rodzaju „billing zewnętrzny” czy „SMS Premium”. Wytłumacz to tak, jak tłumaczy się sąsiadowi, i odpowiedz na jego prawdziwą obawę.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself, not the network.
how-did-it-happen-reply-1 = To subskrypcja zewnętrznego dostawcy w modelu direct carrier billing, aktywowana przez premium MT SMS 18 marca. Za samą usługę VAS odpowiada dostawca treści, a nie sieć.

# en: This is a direct carrier billing subscription from a third party, activated by premium MT SMS opt-in on 18 March. Responsibility for the VAS lies with the content provider rather than the network.
how-did-it-happen-reply-1-wording-1 = Jest to subskrypcja dostawcy zewnętrznego rozliczana w modelu DCB, aktywowana 18 marca wiadomością premium MT. Za usługę VAS odpowiedzialność ponosi content provider, nie operator sieci.

# en: Third-party DCB subscription, premium MT SMS opt-in, 18 March; VAS is the provider's.
how-did-it-happen-reply-1-wording-2 = Subskrypcja DCB przez premium MT SMS; za VAS odpowiada dostawca treści.

# en: it's a 3rd party DCB sub, premium MT SMS opt-in, 18/03. the VAS content provider is liable, not the network operator
how-did-it-happen-reply-1-wording-3 = to jest sub third-party w direct carrier billingu, odpalona premium smsem MT 18.03, a za sam VAS odpowiada content provider, nie my jako siec

# en: The charge is a value-added service subscription billed via direct carrier billing, activated through a premium MT SMS opt-in dated 18 March. Liability for the VAS content sits with the third-party provider, not the operator.
how-did-it-happen-reply-1-wording-4 = Obciążenie to abonament na usługę o podwyższonej opłacie, rozliczany w modelu direct carrier billing i aktywowany przez opt-in premium MT SMS z 18 marca. Odpowiedzialność za treści VAS ponosi zewnętrzny dostawca, nie operator.

# en: DCB subscription via premium SMS opt-in; VAS provider is responsible.
how-did-it-happen-reply-1-wording-5 = Subskrypcja DCB przez opt-in premium SMS; odpowiada dostawca VAS.

# en: per the system: 18/03 premium MT SMS opt-in, third party DCB, so the content provider is liable for the VAS, not us as the network
how-did-it-happen-reply-1-wording-6 = Zgodnie z systemem: 18 marca opt-in przez premium SMS MT, billing DCB po stronie third party, więc za VAS odpowiada dostawca contentu, nie sieć.

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to a man who uses his phone for the weather, and jargon makes an angry customer feel talked down to.
how-did-it-happen-reply-1-feedback = Precyzyjnie, ale napisane dla kolegi z pracy. „MT SMS” i „VAS” nic nie znaczą dla kogoś, kto używa telefonu do sprawdzania pogody, a żargon sprawia, że zdenerwowany klient czuje się traktowany z góry.

# en: In plain words: nobody stole your number. Some companies may charge a phone bill the way a shop charges a card; one tap on an advert starts it.
how-did-it-happen-reply-2 = Mówiąc prosto: nikt nie ukradł pana numeru. Niektóre firmy mogą obciążać rachunek telefoniczny tak, jak sklep obciąża kartę; wystarczy jedno kliknięcie w reklamę.

# en: Put simply: your number wasn't stolen. Certain companies can bill your phone account a bit like a shop takes a card payment, and a single tap on an ad can set it off.
how-did-it-happen-reply-2-wording-1 = Najprościej mówiąc: pana numer nie został skradziony. Niektóre firmy mogą doliczać opłaty do rachunku za telefon, tak jak sklep pobiera pieniądze z karty; wystarczy raz kliknąć w reklamę.

# en: Simply put, your number's safe; one tap on an ad can start it.
how-did-it-happen-reply-2-wording-2 = Nikt nie ukradł numeru; jedno kliknięcie w reklamę i firma dolicza opłatę.

# en: in normal terms, no one's stolen your number. some firms can put charges on your phone bill, like a shop charges your card, and just one tap on an ad triggers it
how-did-it-happen-reply-2-wording-3 = po ludzku: nikt panu numeru nie zwinal. niektore firmy moga sciagac kase przez rachunek telefoniczny, troche jak sklep z karty platniczej, i starczy jedno klikniecie w reklame

# en: Simply, your number hasn't been stolen. Some firms are allowed to put charges on a phone bill, just like a shop takes payment from your card, and a single tap on an ad can begin it.
how-did-it-happen-reply-2-wording-4 = W skrócie: pana numeru nikt nie skradł. Niektóre firmy mają prawo doliczać płatności do rachunku telefonicznego, tak jak sklep pobiera zapłatę kartą, a uruchomić to może jedno dotknięcie reklamy.

# en: Nobody stole your number. One tap on an ad can start it.
how-did-it-happen-reply-2-wording-5 = Numer jest cały, nikt go nie ukradł. Starczy raz dotknąć reklamy.

# en: no, your number wasnt stolen. think of it like paying by card in a shop, except the company charges your phone bill, and tapping one advert is enough to start it
how-did-it-happen-reply-2-wording-6 = nie, numer nie zostal ukradziony. to dziala jak placenie karta w sklepie, tylko firma obciaza rachunek za telefon, a zeby to wlaczyc, wystarczy tapnac jedna reklame

# en: You answered his fear first (his number is safe) and then the how, with a comparison he already knows. Once he understands what happened, much of the fear, and the anger, goes out of it.
how-did-it-happen-reply-2-feedback = Najpierw odpowiadasz na jego strach (numer jest bezpieczny), potem na pytanie „jak”, porównaniem, które zna. Kiedy zrozumie, co się stało, spora część strachu, a z nim złości, ulatuje.

# en: Our records show the subscription was confirmed from your phone on 18 March, through a tap on an advert, so it was started from your own device.
how-did-it-happen-reply-3 = Z naszych danych wynika, że subskrypcję potwierdzono z pana telefonu 18 marca, przez kliknięcie w reklamę, więc została uruchomiona z pana własnego urządzenia.

# en: According to our records, the subscription was confirmed on your handset on 18 March through an advert tap, meaning it was activated on your own device.
how-did-it-happen-reply-3-wording-1 = Według naszych danych subskrypcję potwierdzono 18 marca z pana telefonu, po kliknięciu w reklamę, czyli uruchomiono ją z pana własnego aparatu.

# en: Records show your phone confirmed it on 18 March.
how-did-it-happen-reply-3-wording-2 = Subskrypcję włączono 18 marca z pana telefonu, kliknięciem w reklamę.

# en: our system says it was confirmed from your handset on 18 march by someone tapping an ad, so it came from your own device
how-did-it-happen-reply-3-wording-3 = z systemu wynika, ze 18 marca ktos z pana aparatu kliknal w reklame i zatwierdzil subskrypcje, czyli poszlo to z pana wlasnej komorki

# en: Looking at the log, your own phone approved the subscription on 18 March by tapping an ad, so it was activated by your device.
how-did-it-happen-reply-3-wording-4 = Z logów wynika, że 18 marca subskrypcję zaakceptowano na pana telefonie stuknięciem w reklamę, czyli włączył ją pana własny sprzęt.

# en: Your phone confirmed it on 18 March by tapping an ad.
how-did-it-happen-reply-3-wording-5 = Pana telefon to potwierdził 18 marca, przez reklamę.

# en: It was your own device, Mr Varga: the system shows an ad was tapped on your phone on 18 March and that confirmed the subscription.
how-did-it-happen-reply-3-wording-6 = To był pana własny telefon, panie Tiborze: system pokazuje, że 18 marca na pana telefonie kliknięto reklamę i to zatwierdziło subskrypcję.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice he never ordered anything, and his question about theft got an accusation back.
how-did-it-happen-reply-3-feedback = Może w systemie tak jest, ale odczytane w ten sposób znaczy: „sam pan to zrobił”. Dwa razy powiedział, że niczego nie zamawiał, a na pytanie o kradzież dostaje oskarżenie.

# en: Honestly, Mr Varga, these systems are complicated even for us. The main thing is that it's stopped now, so there's really nothing more to worry about.
how-did-it-happen-reply-4 = Szczerze mówiąc, panie Tiborze, te systemy są skomplikowane nawet dla nas. Najważniejsze, że to już jest zatrzymane, więc naprawdę nie ma się czym martwić.

# en: To be honest, Mr Varga, this kind of system is tricky even for us to understand. What matters is it's been stopped, so there's nothing else for you to worry about.
how-did-it-happen-reply-4-wording-1 = Powiem szczerze: te systemy są zawiłe nawet dla nas, panie Tiborze. Najważniejsze, że już to zatrzymaliśmy, więc naprawdę nie ma powodu do zmartwień.

# en: It's complicated, but it's stopped now, so don't worry.
how-did-it-happen-reply-4-wording-2 = To skomplikowane, ale już zatrzymane, proszę się nie martwić.

# en: honestly it's complicated even for us Mr Varga. the important bit is it's stopped now, so nothing to worry about anymore
how-did-it-happen-reply-4-wording-3 = szczerze, te systemy to czarna magia nawet dla nas. grunt, ze juz jest wstrzymane, wiec serio nie ma czym sie przejmowac

# en: Truthfully, Mr Varga, even we find these systems confusing. What counts is that it's been switched off, so you don't need to worry any more.
how-did-it-happen-reply-4-wording-4 = Prawdę mówiąc, panie Tiborze, nawet my się w tych systemach gubimy. Liczy się to, że zostało to wyłączone, więc nie musi się pan już niczym przejmować.

# en: Hard to explain, but it's over now, nothing to worry about.
how-did-it-happen-reply-4-wording-5 = Trudno to wytłumaczyć, ale już po sprawie, nie ma się czym martwić.

# en: dont worry about how it happened Mr Varga, even we struggle with these systems. it's been stopped and that's what matters
how-did-it-happen-reply-4-wording-6 = Proszę się nie zastanawiać, jak do tego doszło, panie Tiborze, my sami ledwo to ogarniamy. Ważne, że już stoi.

# en: Kindly meant, but he asked a direct question and was told not to worry about the answer. A man who suspects he is being robbed hears 'complicated' as 'we'd rather not say'.
how-did-it-happen-reply-4-feedback = W dobrej wierze, ale zadał bezpośrednie pytanie i usłyszał, żeby nie przejmował się odpowiedzią. Ktoś, kto podejrzewa, że go okradają, słyszy w „skomplikowane”: „wolimy nie mówić”.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = Połowy z tego nie rozumiem. MT co? VAS? Trzydzieści lat jeździłem autobusem, nie jestem inżynierem. Proszę mi powiedzieć normalnie: kto wziął moje pieniądze i czy je odzyskam?

# en: I'm sorry, that was jargon. MobilPlay billed you through us, probably after one tap on an advert. We took the money, so it's ours to put right.
jargon-confused-reply-1 = Przepraszam, to był żargon. MobilPlay obciążył pana przez nasz rachunek, pewnie po jednym kliknięciu w reklamę. Pieniądze pobraliśmy my, więc ja to naprawię.

# en: Apologies, that was full of technical terms. MobilPlay charged you via our network, most likely after a single tap on an ad. We collected the money, so it's our job to fix it.
jargon-confused-reply-1-wording-1 = Przepraszam za ten fachowy język. MobilPlay naliczył panu opłaty przez nasz rachunek, najpewniej wystarczyło jedno kliknięcie w reklamę. To my pobraliśmy pieniądze, więc to ja to naprawię.

# en: Sorry for the jargon. The money came to us, so we'll put it right.
jargon-confused-reply-1-wording-2 = Przepraszam za żargon. To my wzięliśmy pieniądze, naprawię to.

# en: sorry, too much tech talk. mobilplay charged you through us, probably from one tap on an ad. we took your money so it's up to us to fix it
jargon-confused-reply-1-wording-3 = sorry za ten techniczny belkot. MobilPlay sciagnal od pana kase przez nasz rachunek, pewnie wystarczylo przypadkowe klikniecie w reklame. ale to my wzielismy pieniadze, wiec ja to odkrece

# en: My fault, I used technical words. In short: a company called MobilPlay charged you through our bill, probably after you tapped an advert once. We took your money, so it's our job to make it right.
jargon-confused-reply-1-wording-4 = To przez te techniczne słowa, przepraszam. Krótko: firma o nazwie MobilPlay pobrała od pana opłaty przez nasz rachunek, prawdopodobnie po jednym dotknięciu reklamy. To my zabraliśmy pana pieniądze, więc naszym zadaniem jest to wyprostować.

# en: Sorry, too technical. We collected it, so it's up to us to fix.
jargon-confused-reply-1-wording-5 = Przepraszam, za technicznie. To my pobraliśmy, więc my to naprawimy.

# en: In normal words, Mr Varga: MobilPlay charged you through us, likely after one tap on an ad. We took the money, so we'll sort it out, and sorry for the jargon.
jargon-confused-reply-1-wording-6 = Normalnymi słowami, panie Tiborze: MobilPlay obciążył pana przez nas, najpewniej po jednym kliknięciu w reklamę. Pieniądze wzięliśmy my, więc my to załatwimy, i przepraszam za ten żargon.

# en: A short apology for the jargon and both of his questions answered in everyday words. 'It's ours to put right' is the sentence he has waited for since last week.
jargon-confused-reply-1-feedback = Krótkie przeprosiny za żargon i odpowiedź na oba jego pytania codziennymi słowami. „Ja to naprawię” to zdanie, na które czeka od zeszłego tygodnia.

# en: In plain words, it's a partner subscription. The partner took the money, not us, so any refund is really their decision and not something I can decide from here.
jargon-confused-reply-2 = Mówiąc prosto, to subskrypcja partnera. Pieniądze wziął partner, nie my, więc o zwrocie tak naprawdę decydują oni, a nie ja tutaj, przy tym czacie.

# en: Simply put, it's a subscription with one of our partners. It was the partner who took the money rather than us, so a refund is up to them and it's not my decision.
jargon-confused-reply-2-wording-1 = Prościej mówiąc, to subskrypcja firmy partnerskiej. Pieniądze trafiły do partnera, a nie do nas, więc o zwrocie w praktyce decydują oni, nie ja na tym czacie.

# en: Plainly: MobilPlay took the money, so refunds are their call.
jargon-confused-reply-2-wording-2 = Kasę dostał partner, nie my; o zwrocie decydują oni.

# en: in simple terms it's a partner sub. it was them that took the money, so whether you get a refund is their call, i can't decide that from here
jargon-confused-reply-2-wording-3 = po ludzku: to abonament od partnera. kase zgarnal partner, nie my, wiec to oni decyduja, czy oddadza, a nie ja tu na czacie

# en: Put simply, it's a subscription with a partner company. They took your money, not us, so whether you get a refund is up to them; I can't decide that.
jargon-confused-reply-2-wording-4 = Upraszczając, to abonament u firmy partnerskiej. To oni zabrali pana pieniądze, nie my, więc czy dostanie pan zwrot, zależy od nich; ja o tym nie rozstrzygam.

# en: The partner took your money, so the refund is their decision.
jargon-confused-reply-2-wording-5 = To partner zabrał pieniądze, zwrot zależy od niego.

# en: we didn't take your money sir, the partner did. it's their subscription, so a refund is their call, not mine
jargon-confused-reply-2-wording-6 = proszę pana, to nie my wzięliśmy pieniądze, tylko partner. subskrypcja jest jego, więc o zwrocie decyduje on, nie ja

# en: Plain words at last, and the same message the hotline gave him: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = Wreszcie proste słowa i ta sama wiadomość, co na infolinii: „nie my”. Prosty język pomaga tylko wtedy, gdy to, co w nim mówisz, zostawia mu kogoś, na kim może polegać.

# en: I'm sorry if it sounded complicated, sir. Those are just the official terms; I'm only reading out what the system shows me for your line.
jargon-confused-reply-3 = Przepraszam, jeśli zabrzmiało to skomplikowanie, proszę pana. To tylko oficjalne nazwy; ja tylko odczytuję, co system pokazuje dla pana numeru.

# en: Sorry if that seemed complicated, sir. Those are simply the official terms. I'm just reading what the system says about your line.
jargon-confused-reply-3-wording-1 = Przepraszam, jeżeli zabrzmiało to zawile, proszę pana. To po prostu oficjalne nazewnictwo; odczytuję jedynie, co system wyświetla dla pana numeru.

# en: Sorry if it was confusing; I'm just reading what the system says.
jargon-confused-reply-3-wording-2 = Przepraszam, jeśli to było niejasne; czytam tylko z systemu.

# en: sorry if it came across complicated sir, those are the official words for it, i'm just reading off the system
jargon-confused-reply-3-wording-3 = sorry, jesli to brzmialo zbyt skomplikowanie. to takie oficjalne nazwy, ja tylko przepisuje to, co mi system pokazuje przy pana numerze

# en: Apologies if that was hard to follow, sir. That's just the official wording; I'm only repeating what the system says about your line.
jargon-confused-reply-3-wording-4 = Przepraszam, jeśli trudno było to zrozumieć, proszę pana. To tylko urzędowe sformułowania; powtarzam jedynie, co system mówi o pana linii.

# en: Sorry if it was unclear, those are the official terms.
jargon-confused-reply-3-wording-5 = Przepraszam, jeśli niejasno, to oficjalne terminy.

# en: those are just the official words from the system sir, i'm only reading them out. sorry if it sounded complicated
jargon-confused-reply-3-wording-6 = To są po prostu oficjalne określenia z systemu, proszę pana, ja je tylko czytam. Przepraszam, jeśli wyszło to zawile.

# en: 'Sorry if it sounded complicated' puts the problem in his understanding, and 'I'm only reading out' steps back from the answer. He asked two plain questions and neither was answered.
jargon-confused-reply-3-feedback = „Przepraszam, jeśli zabrzmiało to skomplikowanie” przenosi problem na jego rozumienie, a „ja tylko odczytuję” odsuwa cię od odpowiedzi. Zadał dwa proste pytania i żadne nie dostało odpowiedzi.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = CZYLI TERAZ TO MOJA WINA?? Niczego NIE potwierdzałem. Mówiłem już, używam tego telefonu do dzwonienia i sprawdzania pogody. Robicie ze mnie kłamcę?

# en: No, I don't mean that, but could someone else have used your phone, a grandchild perhaps? Kids tap these game adverts all the time without asking.
accused-reply-1 = Nie, nie to mam na myśli, ale czy ktoś inny nie mógł użyć pana telefonu, na przykład wnuk? Dzieci klikają w te reklamy gier bez pytania.

# en: No, that's not what I mean, but might somebody else have had your phone, perhaps a grandchild? Children tap on these game ads constantly without asking.
accused-reply-1-wording-1 = Nie, nie o to mi chodziło, ale może ktoś inny korzystał z pana telefonu, choćby wnuk? Dzieciaki klikają w takie reklamy gier, nikogo nie pytając.

# en: No, but could a grandchild have used your phone?
accused-reply-1-wording-2 = A może wnuczek klikał w reklamę na pana telefonie?

# en: no no not at all, but is there any chance someone else used it, like a grandkid? kids are always tapping on those game ads
accused-reply-1-wording-3 = nie, nie o to chodzi, ale czy np. wnuk nie bawil sie pana komorka? dzieci klikaja w reklamy gierek bez pytania

# en: I'm not saying that, but is it possible someone else had your phone, maybe a grandchild? Children often press those game adverts without asking.
accused-reply-1-wording-4 = Nie twierdzę tego, ale czy możliwe, że ktoś inny miał pana telefon w rękach, może wnuczek? Dzieci często naciskają te reklamy gier bez pytania.

# en: Could a grandchild have tapped an ad on your phone?
accused-reply-1-wording-5 = Może któryś z wnuków dotknął reklamy w pana komórce?

# en: do you have grandkids who play on your phone sometimes? not saying it's you, but kids hit those game ads all the time
accused-reply-1-wording-6 = ma pan wnuki, ktore czasem graja na pana telefonie? nie mowie, ze to pan, ale dzieciaki ciagle klikaja w te reklamy gier

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation, now aimed at his family. He told you what he uses the phone for.
accused-reply-1-feedback = Uczciwe pytanie w spokojniejszy dzień, ale zaraz po „sam pan to zrobił” brzmi jak drugie oskarżenie, tym razem pod adresem jego rodziny. Powiedział ci, do czego używa telefonu.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows, and the system says the confirmation came from your phone, on 18 March.
accused-reply-2 = Nikogo tu nie nazywam kłamcą, proszę pana. Mówię tylko, co pokazuje system, a według systemu potwierdzenie przyszło z pana telefonu, 18 marca.

# en: I'm not accusing you of anything, sir. I'm just reporting the system's record, and it says the confirmation was made on your handset on 18 March.
accused-reply-2-wording-1 = Proszę pana, nie zarzucam nikomu kłamstwa. Przekazuję tylko, co widać w systemie, a system pokazuje, że 18 marca potwierdzenie wyszło z pana telefonu.

# en: Not accusing you; the system just says your phone confirmed it.
accused-reply-2-wording-2 = Nie zarzucam kłamstwa; system pokazuje potwierdzenie z pana telefonu.

# en: i'm not accusing you of anything sir, i'm just going by the system and it says your phone sent the confirmation on 18 march
accused-reply-2-wording-3 = nikt tu nikogo nie nazywa klamca, ja tylko mowie, co jest w systemie, a tam stoi, ze 18 marca zgoda przyszla z pana numeru

# en: I never called you a liar, sir. I'm just passing on the system's information, and it shows your phone confirmed it on 18 March.
accused-reply-2-wording-4 = Nie posądzam pana o kłamstwo, proszę pana. Przekazuję jedynie informacje z systemu, a widać w nich, że 18 marca pana telefon to zatwierdził.

# en: I'm not calling you a liar, but the system shows your phone confirmed it.
accused-reply-2-wording-5 = Nie mówię, że pan kłamie, ale system pokazuje potwierdzenie z pana telefonu.

# en: The system shows the confirmation came from your phone on 18 March, sir. I'm not calling you anything, I'm just telling you what it says.
accused-reply-2-wording-6 = System wskazuje, że potwierdzenie przyszło z pana telefonu 18 marca, proszę pana. Nikogo nie oskarżam, mówię tylko, co tam jest.

# en: 'I'm only the messenger' and a second reading of the record: you are now arguing his word against the system's, and he will not stop until one of you wins.
accused-reply-2-feedback = „Jestem tylko posłańcem” i ponowne odczytanie danych: teraz spierasz się o jego słowo przeciwko słowu systemu, a on nie przestanie, dopóki ktoś z was nie wygra.

# en: No, I believe you. These adverts are built so that one stray tap is enough, and most people never notice. None of this is your fault.
accused-reply-3 = Nie, wierzę panu. Te reklamy są tak zrobione, żeby wystarczyło jedno przypadkowe dotknięcie, a większość ludzi nawet tego nie zauważa. To nie pana wina.

# en: I do believe you. These ads are designed so that a single accidental tap is all it takes, and most people don't even realise. You're not to blame for any of this.
accused-reply-3-wording-1 = Nie, wierzę panu. Takie reklamy projektuje się tak, żeby wystarczyło przypadkowe muśnięcie ekranu, a większość osób w ogóle tego nie zauważa. Pan niczego nie zawinił.

# en: I believe you. One accidental tap does it; it's not your fault.
accused-reply-3-wording-2 = Wierzę panu; to nie pana wina, te reklamy tak działają.

# en: i believe you, honestly. these ads are made so one accidental tap does it, most people don't even spot it. none of it is your fault
accused-reply-3-wording-3 = wierze panu, serio. takie reklamy specjalnie tak projektuja, zeby jeden niechcacy dotyk wystarczyl, wiekszosc ludzi nawet sie nie orientuje. pan nic nie zawinil

# en: Of course I believe you. Those ads are designed to catch an accidental tap, and most people don't even notice it happening. You did nothing wrong.
accused-reply-3-wording-4 = Oczywiście, że panu wierzę. Te reklamy są celowo ustawione tak, by wyłapać przypadkowe dotknięcie, a większość ludzi nawet nie zauważa, że coś się stało. Nie zrobił pan nic złego.

# en: I believe you, and it's not your fault.
accused-reply-3-wording-5 = Wierzę panu i wcale pana nie obwiniam.

# en: not your fault at all Mr Varga, i believe you. one slip of the finger on these ads is enough and people rarely notice
accused-reply-3-wording-6 = to w ogole nie pana wina, panie Tiborze, wierze panu. przy tych reklamach wystarczy, ze palec sie omsknie, i ludzie rzadko to zauwazaja

# en: You took his word and took the blame off him in plain terms. He no longer has to prove he is honest, so he can stop fighting you and talk about his money.
accused-reply-3-feedback = Przyjmujesz jego słowo i wprost zdejmujesz z niego winę. Nie musi już udowadniać, że jest uczciwy, więc może przestać z tobą walczyć i zacząć mówić o pieniądzach.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = Dość. Czternaście lat jestem waszym klientem i tak mnie traktujecie. Chcę rozmawiać z kimś wyżej, natychmiast. Albo jeszcze dziś wypowiadam umowę.

# en: Fourteen years, and this chat hasn't done you justice. I'll connect you if you like, but I can remove this month's charges myself, now. Shall I?
late-supervisor-reply-1 = Czternaście lat, a ten czat pana zawiódł. Połączę, jeśli pan zechce, ale opłaty z tego miesiąca mogę zdjąć od razu, osobiście. Zrobić to?

# en: After fourteen years with us, you deserved better from this chat. I can transfer you if you'd like, but I'm able to take off this month's charges myself right now. Would you like that?
late-supervisor-reply-1-wording-1 = Jest pan z nami czternaście lat, a ta rozmowa pana zawiodła. Jeśli pan zechce, połączę, ale tegomiesięczne opłaty mogę osobiście usunąć od ręki. Usunąć?

# en: Fourteen years deserves better. I can take this month's charges off now; shall I?
late-supervisor-reply-1-wording-2 = Czternaście lat, a tak pana potraktowaliśmy. Zdjąć od razu te opłaty?

# en: 14 years with us and this chat hasn't treated you right. i can put you through if you want, but i can wipe this month's charges myself right now. should i?
late-supervisor-reply-1-wording-3 = 14 lat z nami, a ten czat dal ciala, przyznaje. moge pana przelaczyc, jak pan chce, ale moge tez od reki wyczyscic oplaty z tego miesiaca. dzialam?

# en: You've been with us fourteen years and deserved better from me today. I'll transfer you if you want, but I could also credit this month's charges myself right now. Would you like me to?
late-supervisor-reply-1-wording-4 = Jest pan z nami od czternastu lat i należało się panu dziś ode mnie coś lepszego. Przełączę, jeśli pan chce, ale mogę też od razu osobiście anulować opłaty z tego miesiąca. Chce pan?

# en: I can remove this month's charges myself right now. Shall I?
late-supervisor-reply-1-wording-5 = Mogę teraz skasować opłaty z tego miesiąca. Robimy?

# en: Mr Varga, after 14 years you should've had better service here. happy to put you through, or i can take this month's charges off myself straight away, which would you like?
late-supervisor-reply-1-wording-6 = Panie Tiborze, po 14 latach powinien pan dostać tu lepszą obsługę. chętnie pana przełączę, albo od ręki sama wykreślę opłaty z tego miesiąca, co pan woli?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. The choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = Podejmujesz jego czternaście lat, przyznajesz, że czat poszedł źle, i proponujesz coś, co możesz zrobić od ręki. Wybór zostaje przy nim, ale teraz ma powód, żeby zostać.

# en: Certainly, Mr Varga. I've passed your case on to a supervisor, who will contact you within 48 hours by phone or by e-mail, whichever you prefer.
late-supervisor-reply-2 = Oczywiście, panie Tiborze. Pana sprawa trafi do przełożonego, który skontaktuje się z panem w ciągu 48 godzin telefonicznie lub mailowo, jak panu wygodniej.

# en: Of course, Mr Varga. I've forwarded your case to a supervisor, and they'll get in touch within 48 hours, by email or phone as you prefer.
late-supervisor-reply-2-wording-1 = Oczywiście, panie Tiborze. Przekażę pana sprawę przełożonemu, a on odezwie się telefonicznie albo mailowo w ciągu 48 godzin, jak pan woli.

# en: Certainly; a supervisor will be in touch within 48 hours.
late-supervisor-reply-2-wording-2 = Przełożony odezwie się do pana w ciągu 48 godzin.

# en: sure Mr Varga, i've passed it to a supervisor, they'll contact you in the next 48 hrs, phone or email, whichever suits you
late-supervisor-reply-2-wording-3 = jasne, sprawa idzie do przelozonego, odezwie sie w 48 h, na telefon albo maila, jak panu pasuje

# en: Of course, Mr Varga. Your case is now with a supervisor, and you'll hear from them by phone or e-mail within 48 hours, whichever you'd like.
late-supervisor-reply-2-wording-4 = Jasne, panie Tiborze. Sprawa jest już u kierownika, który da panu znać telefonicznie albo e-mailowo w ciągu 48 godzin, według pana wyboru.

# en: A supervisor will contact you within 48 hours.
late-supervisor-reply-2-wording-5 = Kierownik zadzwoni albo napisze w ciągu 48 h.

# en: your case has gone to a supervisor, sir. expect a call or an email from them in the next 48 hours, your choice which
late-supervisor-reply-2-wording-6 = pana sprawa poszla do przelozonego, prosze pana. prosze sie spodziewac telefonu albo maila w ciagu 48 godzin, jak pan woli

# en: Polite, and it does what he asked, but a 48-hour wait for somebody else is one more 'passed on' in a story full of them. Offer the part you can fix before you hand the case away.
late-supervisor-reply-2-feedback = Uprzejmie, i robi to, o co prosił, ale 48 godzin czekania na kogoś innego to jeszcze jedno „przekazane dalej” w historii pełnej takich. Zanim oddasz sprawę, zaproponuj to, co możesz naprawić samodzielnie.

# en: I'll bring in my team leader, Ágnes, now. She'll have your whole story from me before she joins, and I'll stay in the chat until she does.
late-supervisor-reply-3 = Poproszę teraz moją kierowniczkę zespołu, Ágnes. Zanim dołączy, przekażę jej całą pana historię i zostanę na czacie, aż się pojawi.

# en: I'm bringing my team leader, Ágnes, into the chat right away. I'll give her your full story first, and I'll remain here until she's arrived.
late-supervisor-reply-3-wording-1 = Już proszę moją przełożoną, Ágnes, żeby do nas dołączyła. Zanim wejdzie na czat, przedstawię jej pana sprawę od początku do końca i zostanę, dopóki się nie pojawi.

# en: I'll bring Ágnes in now, fully briefed, and stay till she joins.
late-supervisor-reply-3-wording-2 = Wołam Ágnes, przekażę jej wszystko i zostanę na czacie.

# en: i'll get my team leader Ágnes in here now. i'll tell her everything first so you don't repeat yourself, and i'm not leaving the chat till she's here
late-supervisor-reply-3-wording-3 = zaraz poprosze Ágnes, moja kierowniczke. zanim dojdzie, opisze jej cala pana sprawe i nie znikam z czatu, dopoki nie bedzie

# en: Right away, I'm adding Ágnes, my team leader, to this chat. I'll update her on everything first, and I'll stay here with you until she's joined.
late-supervisor-reply-3-wording-4 = Już dodaję do czatu Ágnes, liderkę mojego zespołu. Najpierw zapoznam ją ze wszystkim i zostanę tu z panem, aż dołączy.

# en: Getting my team leader Agnes now, I'll stay till she's here.
late-supervisor-reply-3-wording-5 = Zapraszam szefową, Agnes, i czekam z panem, aż przyjdzie.

# en: Mr Varga, Ágnes, who leads my team, is joining now. She'll know your whole case from me before she arrives, and I won't leave the chat in the meantime.
late-supervisor-reply-3-wording-6 = Panie Tiborze, właśnie dołącza Ágnes, która kieruje moim zespołem. Zanim wejdzie, będzie znała ode mnie całą pana sprawę, a ja w tym czasie nie wyjdę z czatu.

# en: A proper handover: he hears who, he won't have to repeat himself, and you don't vanish. The best reply also answered his fourteen years and offered to remove the charges first, which could have made the handover unnecessary.
late-supervisor-reply-3-feedback = Porządne przekazanie: wie, kto przyjdzie, nie musi się powtarzać, a ty nie znikasz. Najlepsza odpowiedź dodatkowo odnosi się do jego czternastu lat i najpierw proponuje zdjęcie opłat, przez co przekazanie mogło okazać się niepotrzebne.

# en: Fourteen years or not, cancelling won't get your money back any faster, sir, and the early termination fee would cost you more than these charges did.
late-supervisor-reply-4 = Czternaście lat czy nie, wypowiedzenie umowy wcale nie przyspieszy zwrotu pieniędzy, proszę pana, a opłata za wcześniejsze zerwanie umowy kosztowałaby pana więcej niż te obciążenia.

# en: Fourteen years or not, sir, cancelling won't speed up your refund, and the early exit fee would be more than these charges cost you.
late-supervisor-reply-4-wording-1 = Czternaście lat czy nie, rozwiązanie umowy nie przyspieszy zwrotu, a kara za zerwanie jej przed terminem wyniesie więcej niż te obciążenia, proszę pana.

# en: Cancelling won't help; the termination fee costs more than these charges.
late-supervisor-reply-4-wording-2 = Wypowiedzenie nic nie przyspieszy, a kara będzie wyższa niż opłaty.

# en: with respect sir, 14 years or not, leaving won't get the money back quicker and you'd pay more in exit fees than the charges did
late-supervisor-reply-4-wording-3 = prosze pana, nawet po 14 latach zerwanie umowy nie przyspieszy oddania pieniedzy, a kara za wczesniejsze rozwiazanie bedzie drozsza niz te cztery oplaty

# en: Sir, leaving us won't speed up the refund, and with the early cancellation fee you'd end up paying more than these charges.
late-supervisor-reply-4-wording-4 = Proszę pana, odejście od nas nie przyspieszy zwrotu, a z opłatą za wcześniejsze rozwiązanie umowy zapłaci pan więcej niż te obciążenia.

# en: If you cancel, the termination fee costs more than the charges.
late-supervisor-reply-4-wording-5 = Jak pan zerwie umowę, kara wyniesie więcej niż te opłaty.

# en: 14 years or not, cancelling your contract won't bring your money back any sooner, and breaking it early would cost you more than you lost.
late-supervisor-reply-4-wording-6 = 14 lat czy nie, wypowiedzenie umowy nie odda panu pieniędzy ani trochę szybciej, a przedterminowe zerwanie kosztowałoby więcej, niż pan stracił.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a sum.
late-supervisor-reply-4-feedback = Zdobywanie punktu w odpowiedzi na groźbę tylko potwierdza, że powinien odejść. Czternaście lat lojalności zasługiwało na odpowiedź na jego żal, a nie na wyliczenie.

# en: All right. So do I get ALL my money back? The four on this bill, and the other ones from before. Those too.
refund-question-says-1 = No dobrze. To czy dostanę z powrotem WSZYSTKIE pieniądze? Te cztery z tego rachunku i te wcześniejsze. Te też.

# en: 'The other ones from before' could mean more than one thing on his account. Find out which before you promise anything.
refund-question-hint = „Te wcześniejsze” mogą oznaczać na jego koncie więcej niż jedną rzecz. Ustal, o które chodzi, zanim cokolwiek obiecasz.

# en: This month's four, yes. Which ones from before do you mean: the two MobilPlay charges on the March bill, or the 2,400-forint data top-up?
refund-question-reply-1 = Te cztery z tego miesiąca tak. A wcześniejsze to które: dwie opłaty MobilPlay z marcowego rachunku czy doładowanie za 2400 forintów?

# en: The four from this month, yes. When you say earlier ones, is that MobilPlay's two charges from March, or the data top-up of 2,400 forints?
refund-question-reply-1-wording-1 = Cztery z bieżącego miesiąca tak. A które wcześniejsze ma pan na myśli: dwie opłaty MobilPlay z rachunku za marzec czy to doładowanie na 2400?

# en: This month's, yes. Earlier ones: March's MobilPlay charges, or the 2,400 top-up?
refund-question-reply-1-wording-2 = Bieżące cztery tak. Wcześniejsze to marcowe MobilPlay czy doładowanie 2400?

# en: yes to this month's four. which older ones do you mean, the 2 mobilplay charges from march or the 2,400 ft data top up?
refund-question-reply-1-wording-3 = te 4 z tego miesiaca jak najbardziej. a te starsze to ktore, dwie od MobilPlay z rachunku za marzec, czy doladowanie na 2400 Ft?

# en: Yes for the four on this bill. For the older ones, do you mean the two MobilPlay charges from March, or the 2,400 forint top-up for data?
refund-question-reply-1-wording-4 = Tak, jeśli chodzi o cztery z tego rachunku. A starsze: chodzi panu o dwie opłaty MobilPlay z marca czy o doładowanie internetu za 2400 forintów?

# en: Yes to this month. Do you mean March's MobilPlay or the top-up?
refund-question-reply-1-wording-5 = Ten miesiąc tak. Chodzi o marcowe MobilPlay czy doładowanie?

# en: just to check, by earlier ones do you mean MobilPlay's two in March or the 2,400 data top-up? the four from this month, yes
refund-question-reply-1-wording-6 = tylko się upewnię, przez wcześniejsze rozumie pan dwie marcowe od MobilPlay czy doładowanie danych na 2400? cztery z tego miesiąca tak

# en: One short, specific question, with both things you can see on his account. It shows you are looking at his bill, not a script, and it saves a second round if you had guessed wrong.
refund-question-reply-1-feedback = Jedno krótkie, konkretne pytanie, z obiema pozycjami, które widzisz na jego koncie. Pokazuje, że patrzysz na jego rachunek, a nie w scenariusz, i oszczędza drugiej rundy, gdyby zgadywanie chybiło.

# en: You have my word, Mr Varga: every forint, the old ones and the new ones. Don't worry, I'll make sure of that personally.
refund-question-reply-2 = Daję panu słowo, panie Tiborze: każdy forint, stare i nowe opłaty. Proszę się nie martwić, osobiście tego dopilnuję.

# en: I promise you, Mr Varga: all of it, the earlier charges and the new. Don't you worry, I'll personally see that it happens.
refund-question-reply-2-wording-1 = Ma pan moje słowo, panie Tiborze: odzyska pan wszystko co do forinta, zarówno stare, jak i nowe opłaty. Niech się pan nie martwi, dopilnuję tego osobiście.

# en: I promise, every forint, old and new.
refund-question-reply-2-wording-2 = Zwrócimy wszystko, stare i nowe, co do forinta, obiecuję.

# en: i promise you Mr Varga, every last forint, old and new. don't worry, i'll personally make sure of it
refund-question-reply-2-wording-3 = slowo daje, panie Tiborze, kazdy forint wroci, te stare i te nowe. spokojna glowa, osobiscie tego przypilnuje

# en: I give you my word, Mr Varga, you'll get back every forint, both the earlier charges and the current ones. I'll personally make it happen, don't worry.
refund-question-reply-2-wording-4 = Gwarantuję, panie Tiborze, że odzyska pan każdy forint, zarówno wcześniejsze obciążenia, jak i obecne. Osobiście to załatwię, proszę być spokojnym.

# en: Yes, every forint back, old and new, I promise.
refund-question-reply-2-wording-5 = Tak, wszystko wróci, stare i nowe, słowo.

# en: all of it, mr varga, the new ones and the old ones, you have my word. leave it to me and don't worry
refund-question-reply-2-wording-6 = wszystko, panie Tiborze, nowe i stare, ma pan moje słowo. proszę to mnie zostawić i się nie martwić

# en: Warm, and for a moment he feels someone is on his side. But you don't know yet what 'the other ones' are, and anything on a paid bill is MobilPlay's to refund, not yours.
refund-question-reply-2-feedback = Ciepło, i przez chwilę czuje, że ktoś stoi po jego stronie. Ale nie wiesz jeszcze, czym są „te wcześniejsze”, a to, co jest na zapłaconym rachunku, zwraca MobilPlay, nie ty.

# en: This month's four, 5,960 forints, I'm taking off today. The two from March I'll claim back from MobilPlay; they have to answer within 15 days.
refund-question-reply-3 = Te cztery z tego miesiąca, 5960 forintów, zdejmę dzisiaj. O dwie marcowe wystąpię do MobilPlay; mają obowiązek odpowiedzieć w ciągu 15 dni.

# en: The four from this month, 5,960 forints, I'll remove today. For the two March ones, I'll put in a claim with MobilPlay, and they must reply within 15 days.
refund-question-reply-3-wording-1 = Cztery opłaty z tego miesiąca, razem 5960 forintów, anuluję jeszcze dziś. O zwrot dwóch marcowych zwrócę się do MobilPlay; mają na odpowiedź 15 dni.

# en: 5,960 off today; March's two I'll claim from MobilPlay.
refund-question-reply-3-wording-2 = 5960 zdejmę dziś; o marcowe wystąpię do MobilPlay, 15 dni.

# en: this month's 4, that's 5,960, coming off today. the 2 from march i'll claim from mobilplay and they've got 15 days to respond
refund-question-reply-3-wording-3 = te 4 z tego miesiaca, 5960 Ft, schodza dzis z rachunku. o dwie marcowe upomne sie w MobilPlay, maja 15 dni na odpowiedz

# en: Today I'm crediting this month's four charges, 5,960 forints. For March's two, I'll file a claim with MobilPlay, and they must respond within 15 days.
refund-question-reply-3-wording-4 = Dziś księguję korektę czterech opłat z tego miesiąca, czyli 5960 forintów. W sprawie dwóch marcowych złożę reklamację w MobilPlay, a oni muszą odpowiedzieć w ciągu 15 dni.

# en: 5,960 off today, and I'll claim March's two from MobilPlay.
refund-question-reply-3-wording-5 = 5960 schodzi dziś, dwie marcowe zareklamuję w MobilPlay.

# en: the 5,960 for this month's four comes off today, mr varga. march's two i'll claim back from mobilplay, they have 15 days to answer
refund-question-reply-3-wording-6 = te 5960 za cztery z tego miesiąca zejdzie dziś, panie Tiborze. o dwie marcowe zawalczę w MobilPlay, mają 15 dni na odpowiedź

# en: An honest plan, and probably the right one. But 'the other ones' was vague, and his account also shows a 2,400-forint top-up; the best reply checked which he meant before answering a question he might not have asked.
refund-question-reply-3-feedback = Uczciwy plan i pewnie właściwy. Ale „te wcześniejsze” było niejasne, a na koncie jest też doładowanie za 2400 forintów; najlepsza odpowiedź najpierw sprawdza, o co mu chodzi, zamiast odpowiadać na pytanie, którego może nie zadał.

# en: The MobilPlay ones, obviously. Two more on the March bill, and that one I've already paid. The top-up was mine, that's fine.
march-charges-says-1 = Te od MobilPlay, oczywiście. Jeszcze dwie na rachunku za marzec, a ten już zapłaciłem. Doładowanie było moje, z nim wszystko w porządku.

# en: Part of this you can do yourself and part depends on MobilPlay. Say which is which, and promise only your part.
march-charges-hint = Część możesz zrobić samodzielnie, a część zależy od MobilPlay. Powiedz, co jest czym, i obiecaj tylko swoją część.

# en: This month's four I can credit straight away. Charges on a bill that's already been paid can't be refunded, I'm afraid; that's the rule for closed bills.
march-charges-reply-1 = Te cztery z tego miesiąca mogę od razu skorygować. Opłat z rachunku, który został już zapłacony, niestety nie da się zwrócić; taka jest zasada dla zamkniętych rachunków.

# en: I can credit this month's four immediately. But charges on a bill you've already paid aren't refundable, I'm afraid; that's the policy once a bill is closed.
march-charges-reply-1-wording-1 = Cztery opłaty z bieżącego miesiąca skoryguję od razu. Niestety opłat z rachunku, który już pan zapłacił, zwrócić się nie da; tak jest z zamkniętymi rachunkami.

# en: This month's credited; paid bills can't be refunded, sorry.
march-charges-reply-1-wording-2 = Bieżące skoryguję; zapłaconego rachunku nie da się zwrócić.

# en: i can credit the 4 from this month right away, but stuff on a bill you've already paid can't be refunded sorry, that's the rule once the bill's closed
march-charges-reply-1-wording-3 = te z tego miesiaca poprawie od reki. ale z juz oplaconego rachunku nic nie oddamy, takie sa zasady przy zamknietych fakturach

# en: I'll credit the four from this month right now. The ones on your March bill can't be refunded though, since that bill's paid and closed; that's our rule.
march-charges-reply-1-wording-4 = Cztery z tego miesiąca odliczę natychmiast. Tych z marcowego rachunku nie mogę jednak oddać, bo jest zapłacony i zamknięty; takie mamy reguły.

# en: This month's yes, but a paid bill can't be refunded.
march-charges-reply-1-wording-5 = Ten miesiąc tak, ale zapłaconego rachunku nie zwrócimy.

# en: sorry sir, once a bill is paid and closed we can't refund it, thats the rule. this month's four i can credit straight away though
march-charges-reply-1-wording-6 = przykro mi, prosze pana, jak rachunek jest oplacony i zamkniety, nie robimy zwrotu, taka zasada. ale cztery z tego miesiaca moge skorygowac od razu

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' shuts a door you could have opened for him.
march-charges-reply-1-feedback = Połowicznie dobrze: korekta jest prawdziwa. Ale zapłacone opłaty wciąż można odzyskać od MobilPlay, a „taka jest zasada” zamyka drzwi, które dało się przed nim otworzyć.

# en: Both months, every forint, I promise you. I'll get all of it back for you personally, Mr Varga, so you can forget about it.
march-charges-reply-2 = Oba miesiące, każdy forint, obiecuję panu. Osobiście odzyskam dla pana wszystko, panie Tiborze, więc może pan o tym zapomnieć.

# en: All of it, both months, down to the last forint, I promise. I'll personally get the whole lot back for you, Mr Varga, so you needn't think about it again.
march-charges-reply-2-wording-1 = Obydwa miesiące, co do forinta, obiecuję panu. Osobiście wszystko dla pana odzyskam, panie Tiborze, i może pan spać spokojnie.

# en: Both months, all of it back, I promise you.
march-charges-reply-2-wording-2 = Obiecuję, odzyskam wszystko za oba miesiące.

# en: both months, every single forint, promise. i'll get it all back for you myself Mr Varga, you can stop worrying about it
march-charges-reply-2-wording-3 = oba miesiace, kazdy forint, slowo. wszystko panu odzyskam, panie Tiborze, moze pan wyrzucic to z glowy

# en: I promise you'll get every forint back from both months, Mr Varga. I'll personally take care of it all, so you won't need to think about it again.
march-charges-reply-2-wording-4 = Obiecuję, panie Tiborze, że z obu miesięcy wróci panu każdy forint. Wszystkim zajmę się osobiście, więc nie będzie pan musiał już o tym myśleć.

# en: All of it, both months, I promise.
march-charges-reply-2-wording-5 = Wszystko, za oba miesiące, obiecuję.

# en: march and this month, every forint back, you have my promise. i'll handle it myself, just forget about it
march-charges-reply-2-wording-6 = marzec i ten miesiac, kazdy forint wroci, obiecuje panu. zajme sie tym osobiscie, niech pan o tym po prostu zapomni

# en: It feels generous, and March's refund isn't yours to give: MobilPlay decides it. A promise you can't keep is the one he will quote back to you.
march-charges-reply-2-feedback = Brzmi hojnie, ale marcowego zwrotu nie ty dajesz: decyduje o nim MobilPlay. Obietnicę, której nie da się dotrzymać, zacytuje ci później.

# en: I'm sorry, Mr Varga, but for March you'd have to contact MobilPlay yourself, because that bill is closed on our side. I can send you their e-mail address.
march-charges-reply-3 = Przykro mi, panie Tiborze, ale w sprawie marca musi pan sam skontaktować się z MobilPlay, bo u nas ten rachunek jest już zamknięty. Mogę przesłać ich adres e-mail.

# en: Sorry, Mr Varga, for the March charges you'll need to get in touch with MobilPlay directly, as that bill is closed at our end. I can give you their email address.
march-charges-reply-3-wording-1 = Niestety, panie Tiborze, marcem musi się pan zająć sam, kontaktując się z MobilPlay, ponieważ ten rachunek jest u nas już zamknięty. Mogę podesłać ich adres mailowy.

# en: Sorry, for March you'll need to contact MobilPlay yourself.
march-charges-reply-3-wording-2 = Przykro mi, musi się pan sam skontaktować z tą firmą; prześlę adres e-mail.

# en: sorry Mr Varga, march you'd need to take up with mobilplay yourself since that bill's closed for us. want their email?
march-charges-reply-3-wording-3 = niestety marcowe oplaty musi pan sam reklamowac w MobilPlay, bo u nas tamten rachunek juz zamknieto. moge dac panu ich maila

# en: Apologies, Mr Varga, the March bill is already closed here, so you'll have to approach MobilPlay yourself for those. I can give you their e-mail.
march-charges-reply-3-wording-4 = Przepraszam, panie Tiborze, rachunek za marzec jest u nas już zamknięty, więc w tej sprawie musi pan sam zwrócić się do MobilPlay. Mogę podać ich e-mail.

# en: Sorry, March you have to take up with MobilPlay.
march-charges-reply-3-wording-5 = Przepraszam, z marcem musi pan iść do MobilPlay.

# en: I can send you MobilPlay's e-mail address, Mr Varga, because March is closed on our end and you'd need to contact them directly about it. Sorry.
march-charges-reply-3-wording-6 = Mogę panu wysłać adres e-mail MobilPlay, panie Tiborze, bo marzec jest u nas zamknięty i trzeba się w tej sprawie kontaktować bezpośrednio z nimi. Przykro mi.

# en: The apology turns into the one thing he asked you not to do: send him to MobilPlay. He has no contract with them, and you do.
march-charges-reply-3-feedback = Przeprosiny zamieniają się w jedyną rzecz, o którą prosił, żeby jej nie robić: odesłanie go do MobilPlay. On nie ma z nimi umowy, a wy macie.

# en: This month's 5,960 I'm removing today. March's two I'll claim from MobilPlay: I can't promise their answer, but you'll have it by text within 15 days.
march-charges-reply-4 = Te 5960 z tego miesiąca zdejmę dzisiaj. O dwie marcowe wystąpię do MobilPlay: ich odpowiedzi nie obiecam, ale dostanie ją pan SMS-em w ciągu 15 dni.

# en: I'm taking this month's 5,960 off today. I'll claim March's two from MobilPlay; I can't guarantee what they'll say, but you'll get their answer as a text within 15 days.
march-charges-reply-4-wording-1 = Te 5960 forintów z bieżącego miesiąca zdejmuję dziś. O marcowe dwie opłaty wystąpię do MobilPlay: nie mogę obiecać, co odpowiedzą, ale w ciągu 15 dni dostanie pan ich decyzję SMS-em.

# en: 5,960 off today; March I'll claim, no promises, answer by text in 15 days.
march-charges-reply-4-wording-2 = 5960 zdejmuję dziś; marzec to decyzja MobilPlay, SMS w 15 dni.

# en: this month's 5,960 is coming off today. the two from march i'll claim from mobilplay, can't promise what they'll decide but i'll text you their answer within 15 days
march-charges-reply-4-wording-3 = 5960 z tego miesiaca schodzi dzisiaj. o marzec powalcze z MobilPlay, nie wiem, co powiedza, ale ich odpowiedz przyjdzie do pana smsem max w 15 dni

# en: Today I'm crediting the 5,960 from this month. For March's two, I'll lodge a claim with MobilPlay; I can't guarantee they'll agree, but I'll text you their decision within 15 days.
march-charges-reply-4-wording-4 = Dziś księguję zwrot 5960 z tego miesiąca. W sprawie dwóch marcowych złożę reklamację w MobilPlay; nie zagwarantuję, że się zgodzą, ale ich decyzję wyślę panu SMS-em w ciągu 15 dni.

# en: 5,960 off today. March I'll claim, can't promise, I'll text you.
march-charges-reply-4-wording-5 = 5960 zdejmuję dziś. Marzec zareklamuję, nie obiecuję, dam znać SMS-em.

# en: Mr Varga, no promises on March, that's up to MobilPlay, but I'll claim both charges and text you what they say within 15 days. The 5,960 for this month comes off today.
march-charges-reply-4-wording-6 = Panie Tiborze, co do marca niczego nie obiecam, to zależy od MobilPlay, ale zareklamuję obie opłaty i w ciągu 15 dni wyślę panu SMS-em ich odpowiedź. 5960 z tego miesiąca schodzi dzisiaj.

# en: Honest about both parts: what you do yourself and what depends on MobilPlay, with a deadline and the way he will hear. Clear bad news is easier to take than a promise that breaks in a fortnight.
march-charges-reply-4-feedback = Uczciwie w obu sprawach: co robisz osobiście, a co zależy od MobilPlay, z terminem i informacją, jak się dowie. Jasną złą wiadomość łatwiej przyjąć niż obietnicę, która pęknie za dwa tygodnie.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = Co do forinta? W zeszłym tygodniu usłyszałem, że nic nie możecie zrobić. A teraz dostaję słowo, że wszystko będzie zwrócone. To jak w końcu jest? Naprawdę możecie mi to zagwarantować?

# en: Fair question; I should be exact. This month's four I remove myself, today. March's two I must claim from MobilPlay, and I'll text you their answer.
refund-doubt-reply-1 = Słuszne pytanie; powiem dokładnie. Te cztery z tego miesiąca zdejmę osobiście, dzisiaj. O dwie marcowe muszę wystąpić do MobilPlay i przekażę panu SMS-em ich odpowiedź.

# en: That's a fair point; let me be precise. The four from this month I'll take off myself today. The two from March have to be claimed from MobilPlay; I'll text you what they decide.
refund-doubt-reply-1-wording-1 = Dobrze, że pan pyta, wyjaśnię to dokładnie. Cztery tegomiesięczne opłaty usunę osobiście jeszcze dziś. Dwie z marca muszę zareklamować w MobilPlay, a ich odpowiedź prześlę panu SMS-em.

# en: Fair point. This month's I remove today; March's depends on MobilPlay.
refund-doubt-reply-1-wording-2 = Gwarantuję tylko bieżące cztery; marzec zależy od MobilPlay, dam znać SMS-em.

# en: fair q, i should be more precise. this month's 4 i'm removing myself today, march's 2 i have to claim from mobilplay, then i'll text you their reply
refund-doubt-reply-1-wording-3 = slusznie pan dopytuje, to doprecyzuje: 4 oplaty z tego miesiaca zdejmuje osobiscie dzisiaj, a o dwie marcowe musze sie upomniec w MobilPlay i co odpisza, przesle smsem

# en: You're right to ask, let me be accurate. I take off this month's four myself, today. The two March ones depend on a claim to MobilPlay, and I'll text you what they decide.
refund-doubt-reply-1-wording-4 = Dobrze, że pan dopytuje, powiem precyzyjnie. Cztery z tego miesiąca usuwam osobiście, dziś. Dwie marcowe zależą od reklamacji w MobilPlay, a ich decyzję wyślę panu SMS-em.

# en: To be exact: this month's today, March depends on MobilPlay.
refund-doubt-reply-1-wording-5 = Dokładnie: ten miesiąc dziś, marzec zależy od MobilPlay.

# en: Mr Varga, good question, I should have been precise. the four on this bill come off today, by me. the two from march need a claim to mobilplay and i'll text you their answer
refund-doubt-reply-1-wording-6 = panie Tiborze, dobre pytanie, trzeba było od razu mówić precyzyjnie. cztery z tego rachunku zdejmuję dziś, osobiście. dwie marcowe wymagają reklamacji w MobilPlay, ich odpowiedź prześlę smsem

# en: Taking back your own promise is hard, and right. It costs a little trust now and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = Wycofanie się z własnej obietnicy jest trudne i słuszne. Teraz kosztuje trochę zaufania, a oszczędza dużo więcej, niż kosztowałaby złamana gwarancja za dwa tygodnie.

# en: Yes, I guarantee it, every single forint of it. Leave it all with me, Mr Varga, and don't worry about a thing; I'll see it through personally.
refund-doubt-reply-2 = Tak, gwarantuję, co do forinta. Proszę to wszystko zostawić mnie, panie Tiborze, i niczym się nie martwić; osobiście doprowadzę sprawę do końca.

# en: Yes, I can guarantee it, every last forint. Leave everything to me, Mr Varga, and stop worrying; I'll personally make sure it's done.
refund-doubt-reply-2-wording-1 = Tak, gwarantuję panu zwrot każdego forinta. Niech pan to zostawi na mojej głowie i o nic się nie martwi; osobiście dopilnuję sprawy do końca.

# en: Yes, guaranteed, every forint. Leave it to me.
refund-doubt-reply-2-wording-2 = Tak, gwarantuję zwrot wszystkiego. Proszę się nie martwić.

# en: yes 100% guaranteed, every single forint. just leave it all to me, don't worry about anything, i'll handle it personally
refund-doubt-reply-2-wording-3 = tak, daje gwarancje, kazdy forint wroci. niech pan to zostawi mnie i spi spokojnie, dopilnuje tego do samego konca

# en: Absolutely, I guarantee every forint. You can leave it all to me, Mr Varga, I'll personally follow it through, so no need to worry.
refund-doubt-reply-2-wording-4 = Oczywiście, gwarantuję każdy forint. Proszę mi to wszystko powierzyć, panie Tiborze, osobiście poprowadzę sprawę do końca, więc nie ma powodu do zmartwień.

# en: Yes, I guarantee you'll get every forint.
refund-doubt-reply-2-wording-5 = Tak, gwarantuję, odzyska pan każdy forint.

# en: you have my guarantee mr varga, every forint. i'll see to it myself, don't worry about a thing
refund-doubt-reply-2-wording-6 = Ma pan moją gwarancję, panie Tiborze, co do forinta. Osobiście się tym zajmę, o nic nie musi się pan martwić.

# en: He told you exactly why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, yours is the word that breaks.
refund-doubt-reply-2-feedback = Powiedział ci dokładnie, dlaczego wątpi, a ty podwajasz obietnicę, zamiast ją sprawdzić. Jeśli MobilPlay odmówi zwrotu marcowych opłat, złamane zostanie twoje słowo.

# en: Fair question, sir. What I meant is that we'll do everything we can; cases like yours are usually settled in the customer's favour, so please don't worry.
refund-doubt-reply-3 = Słuszne pytanie, proszę pana. Chodziło mi o to, że zrobimy wszystko, co w naszej mocy; takie sprawy zwykle kończą się na korzyść klienta, więc proszę się nie martwić.

# en: Fair question, sir. I meant that we'll do all we can; these cases normally go the customer's way, so try not to worry.
refund-doubt-reply-3-wording-1 = Słusznie pan pyta. Moje słowa znaczyły tyle, że zrobimy, co tylko się da; zazwyczaj takie sprawy rozstrzygają się po myśli klienta, nie ma powodu do nerwów.

# en: We'll do all we can; these usually go the customer's way.
refund-doubt-reply-3-wording-2 = Zrobimy, co się da; zwykle klient wygrywa, spokojnie.

# en: good question sir, i meant we'll try our best, cases like this normally end up going the customer's way so don't worry too much
refund-doubt-reply-3-wording-3 = dobre pytanie. to znaczylo tylko tyle, ze zrobimy wszystko, co mozliwe, a zazwyczaj takie reklamacje koncza sie dobrze dla klienta, wiec bez nerwow

# en: A fair question, sir. I only meant we'll try our hardest; these cases mostly end well for the customer, so there's no need to worry.
refund-doubt-reply-3-wording-4 = Uczciwe pytanie, proszę pana. Chodziło tylko o to, że postaramy się jak najbardziej; takie sprawy przeważnie kończą się dobrze dla klienta, więc nie ma co się martwić.

# en: We'll try our best, these usually end in your favour.
refund-doubt-reply-3-wording-5 = Postaramy się, zwykle to się kończy na pana korzyść.

# en: don't worry too much sir, we do everything we can and usually the customer wins in cases like yours
refund-doubt-reply-3-wording-6 = prosze sie tak nie martwic, robimy, ile sie da, a w takich sprawach jak pana klient przewaznie wygrywa

# en: He asked for a straight yes or no and got 'usually'. The vaguer the answer, the more it sounds like the hotline he is trying to get past.
refund-doubt-reply-3-feedback = Prosił o jasne tak albo nie, a dostał „zwykle”. Im bardziej mglista odpowiedź, tym bardziej przypomina infolinię, przez którą próbuje się przebić.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = Czyli mam zapłacić 2980 forintów za coś, czego nigdy nie zamawiałem, bo takie są „zasady”? WŁAŚNIE dlatego nazwałem to przekrętem.

# en: I'm sorry, but I've already told you what I'm able to do, Mr Varga. Once a bill is paid, it's closed, and I can't reopen it from here.
refund-refused-reply-1 = Przykro mi, panie Tiborze, ale to, co mogę zrobić, jest już na stole. Zapłacony rachunek jest zamknięty i nie da się go stąd ponownie otworzyć.

# en: I'm sorry, Mr Varga, but I've explained what I can do. When a bill has been paid it's closed, and I'm not able to reopen it.
refund-refused-reply-1-wording-1 = Niestety, panie Tiborze, więcej zrobić nie mogę, to już wszystko. Opłacony rachunek jest zamknięty i stąd nie da się go otworzyć na nowo.

# en: Sorry, a paid bill is closed; I can't reopen it.
refund-refused-reply-1-wording-2 = Nic więcej nie zrobię; zapłaconego rachunku nie da się otworzyć.

# en: sorry but i've already said what i can do. once the bill's paid it's closed and there's no way for me to open it again
refund-refused-reply-1-wording-3 = przykro mi, ale wiecej nie dam rady, to, co bylo mozliwe, juz zrobione. oplacony rachunek jest zamkniety i z mojego poziomu go nie ruszymy

# en: Sorry, Mr Varga, I've already explained my options. A paid bill is closed and there's no way for me to reopen it from my end.
refund-refused-reply-1-wording-4 = Przepraszam, panie Tiborze, ale więcej opcji nie mam, wszystko już powiedziane. Opłacony rachunek jest zamknięty i nie mogę go stąd ponownie otworzyć.

# en: Sorry, I can't reopen a bill that's already paid.
refund-refused-reply-1-wording-5 = Przepraszam, opłaconego rachunku nie otworzę ponownie.

# en: as i said, once you've paid a bill it gets closed, and i can't open it again from here sorry mr varga
refund-refused-reply-1-wording-6 = jak już było mówione, po zapłacie rachunek się zamyka i stąd nie da się go ponownie otworzyć, przykro mi, panie Tiborze

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-1-feedback = Spokojnie, ale powtarzasz odmowę i zostawiasz go 2980 forintów do tyłu, bez żadnej drogi wyjścia. „Zamknięty” to słowo, które zacytuje, kiedy będzie opowiadał tę historię.

# en: You're right to push back; I put that badly. I can't remove March's two myself, but I'll claim them from MobilPlay today and text you their answer.
refund-refused-reply-2 = Słusznie pan protestuje; powiem to lepiej. Dwóch marcowych nie mogę zdjąć, ale jeszcze dziś wystąpię o nie do MobilPlay i SMS-em przekażę panu odpowiedź.

# en: You're right to challenge that; I explained it poorly. I'm not able to take off March's two myself. I'll put in a claim to MobilPlay today and send you their reply by text.
refund-refused-reply-2-wording-1 = Ma pan rację, że się pan sprzeciwia; ujmę to inaczej. Dwóch marcowych opłat nie jestem w stanie anulować, ale jeszcze dzisiaj złożę o nie wniosek w MobilPlay, a ich odpowiedź przyjdzie do pana SMS-em.

# en: Fair challenge, I said it badly. I'll claim March's from MobilPlay today.
refund-refused-reply-2-wording-2 = Marcowych nie zdejmę, ale dziś je zareklamuję i dam znać.

# en: you're right to call me out on that, i worded it badly. i can't take the march ones off myself but i'll put a claim in with mobilplay today and send you a text with what they say
refund-refused-reply-2-wording-3 = ma pan prawo protestowac, sformuluje to lepiej: marcowych nie moge wykreslic, ale jeszcze dzis wysylam reklamacje do MobilPlay i ich odpowiedz dostanie pan smsem

# en: Fair enough, that came out wrong. I can't take March's two off myself, but I'll file a claim with MobilPlay today and let you know their answer by text.
refund-refused-reply-2-wording-4 = Słusznie, źle to zabrzmiało. Dwóch marcowych opłat nie mogę skasować, ale jeszcze dziś zgłoszę reklamację do MobilPlay i dam znać SMS-em, co odpowiedzą.

# en: I phrased that badly. I'll claim March back from MobilPlay today.
refund-refused-reply-2-wording-5 = Źle to ujęte, przepraszam. Dziś zareklamuję marzec w MobilPlay.

# en: mr varga, you're right to object, i explained that poorly. march's two aren't mine to remove, but i'm sending a claim to mobilplay today and will text you their reply
refund-refused-reply-2-wording-6 = Panie Tiborze, słusznie pan się nie zgadza, to było kiepsko wytłumaczone. Dwie marcowe są poza moim zasięgiem, ale dziś wysyłam reklamację do MobilPlay i SMS-em przekażę ich odpowiedź.

# en: You corrected yourself without defending the 'rule' and said what you can do instead. Saying what is possible turns a refusal into a plan.
refund-refused-reply-2-feedback = Poprawiasz się, nie broniąc „zasady”, i mówisz, co możesz zrobić zamiast tego. Powiedzenie, co jest możliwe, zamienia odmowę w plan.

# en: It isn't a scam, sir. It's how billing works at every operator in the country: a paid bill is closed, and the same rule would apply anywhere.
refund-refused-reply-3 = To nie jest żaden przekręt, proszę pana. Tak działają rozliczenia u każdego operatora w kraju: zapłacony rachunek jest zamknięty i wszędzie obowiązywałaby ta sama zasada.

# en: This is not a scam, sir. All operators nationwide bill this way: once a bill's paid, it's closed, and you'd find the same rule anywhere.
refund-refused-reply-3-wording-1 = Proszę pana, to żaden przekręt. Tak samo rozlicza się każdy operator w kraju: po zapłacie rachunek zostaje zamknięty i wszędzie obowiązywałaby identyczna zasada.

# en: It's not a scam; every operator closes paid bills.
refund-refused-reply-3-wording-2 = To nie przekręt, tak działa każdy operator.

# en: it's not a scam sir, it's just how billing works with all the providers, once a bill's paid it's closed and it'd be the same wherever you went
refund-refused-reply-3-wording-3 = no przekret to to nie jest. tak rozlicza kazda siec w kraju, jak rachunek oplacony, to zamkniety i wszedzie by bylo tak samo

# en: Sir, this is no scam. Every provider in the country does billing like this: paid bills are closed, and you'd face the same rule with any other company.
refund-refused-reply-3-wording-4 = Proszę pana, to nie jest oszustwo. Każdy dostawca w kraju tak rozlicza: zapłacone rachunki są zamknięte i u każdej innej firmy obowiązywałaby pana ta sama zasada.

# en: It's not a scam, all operators do it this way.
refund-refused-reply-3-wording-5 = To nie oszustwo, wszyscy operatorzy tak robią.

# en: same rule at every phone company in the country sir, paid bills get closed. so no, its not a scam
refund-refused-reply-3-wording-6 = ta sama zasada jest w każdej firmie telekomunikacyjnej w kraju, proszę pana, zapłacone rachunki się zamyka. więc nie, to nie jest przekręt

# en: You argued with the word 'scam' and defended the rule he is angry about. Being right about other operators gets him nothing back.
refund-refused-reply-3-feedback = Spierasz się ze słowem „przekręt” i bronisz zasady, która go złości. To, że masz rację co do innych operatorów, nie zwraca mu ani forinta.

# en: And what stops this happening again next month? You lot get a cut of every one of these, don't you? That's why you let them onto people's bills.
block-question-says-1 = A co sprawi, że w przyszłym miesiącu to się nie powtórzy? Wy przecież macie działkę od każdej takiej opłaty, prawda? Dlatego wpuszczacie ich na rachunki ludzi.

# en: He may even be right about the cut. Winning that point gains you nothing; his question is about next month.
block-question-hint = Może nawet ma rację co do działki. Wygranie tego punktu nic ci nie da; jego pytanie dotyczy przyszłego miesiąca.

# en: Mr Varga, that's not quite fair. We're a regulated operator, strict rules apply to every partner, and we certainly don't let just anyone charge our customers.
block-question-reply-1 = Panie Tiborze, to nie do końca sprawiedliwe. Jesteśmy regulowanym operatorem, każdego partnera obowiązują surowe zasady i z pewnością nie pozwalamy byle komu obciążać naszych klientów.

# en: Mr Varga, that isn't really fair. We're a regulated company, every partner has to follow strict rules, and we definitely don't allow just anybody to bill our customers.
block-question-reply-1-wording-1 = Panie Tiborze, to trochę krzywdzące. Działamy pod nadzorem regulatora, partnerzy muszą przestrzegać ostrych reguł i na pewno nie pozwalamy byle komu naliczać opłat klientom.

# en: That's unfair; we're regulated and partners follow strict rules.
block-question-reply-1-wording-2 = To niesprawiedliwe, partnerów obowiązują u nas surowe zasady.

# en: that's a bit unfair Mr Varga, we're regulated, there are strict rules for all partners, we don't just let anyone bill our customers
block-question-reply-1-wording-3 = panie Tiborze, to nie fair. jestesmy pod kontrola urzedu, partnerzy maja twarde regulaminy i nie kazdy moze sobie obciazac naszych abonentow

# en: That's unfair, Mr Varga. We're regulated, all partners must follow strict rules, and we don't allow any random company to bill our customers.
block-question-reply-1-wording-4 = To niesprawiedliwe, panie Tiborze. Podlegamy regulacjom, wszyscy partnerzy muszą trzymać się ścisłych reguł i nie pozwalamy pierwszej lepszej firmie obciążać naszych klientów.

# en: That's not fair, we're a regulated company with strict rules.
block-question-reply-1-wording-5 = To nieuczciwy zarzut, podlegamy nadzorowi i mamy ścisłe zasady.

# en: with respect mr varga, we are regulated and partners have strict rules to follow, not just anyone can charge our customers
block-question-reply-1-wording-6 = Z całym szacunkiem, panie Tiborze, podlegamy nadzorowi, a partnerzy muszą przestrzegać ścisłych zasad, nie każdy może obciążać naszych klientów.

# en: You took the bait and defended the company's honour, and his real question, next month, went unanswered. Each reason you give him is one more thing to argue with.
block-question-reply-1-feedback = Łapiesz przynętę i bronisz honoru firmy, a jego prawdziwe pytanie, o przyszły miesiąc, zostaje bez odpowiedzi. Każdy argument, który podajesz, to kolejna rzecz, z którą może się kłócić.

# en: The best protection is to be careful with adverts, Mr Varga: never tap 'subscribe' on anything, and always read the small print before you agree.
block-question-reply-2 = Najlepszą ochroną jest ostrożność z reklamami, panie Tiborze: nigdy nie klikać „subskrybuj” i zawsze czytać drobny druk, zanim się na coś zgodzi.

# en: The best way to protect yourself, Mr Varga, is to be wary of adverts: don't ever tap subscribe on anything; always check the small print first.
block-question-reply-2-wording-1 = Najlepiej chronić się samemu, panie Tiborze: uważać na reklamy, nie klikać w „subskrybuj” i każdorazowo czytać drobny druk przed wyrażeniem zgody.

# en: Be careful with ads and never tap subscribe.
block-question-reply-2-wording-2 = Proszę uważać na reklamy i nie klikać „subskrybuj”.

# en: best thing is to watch out for ads Mr Varga, never hit subscribe on anything, always read the fine print before agreeing
block-question-reply-2-wording-3 = najlepsza ochrona to uwazac na reklamy, panie Tiborze, nie klikac w zadne subskrybuj i czytac to, co napisane malym drukiem

# en: To protect yourself, Mr Varga, be careful with ads: don't press subscribe on anything and read the terms before agreeing to anything.
block-question-reply-2-wording-4 = Żeby się zabezpieczyć, panie Tiborze, trzeba uważać na reklamy: niczego nie subskrybować i czytać warunki, zanim się na cokolwiek zgodzi.

# en: Just don't tap on ads or subscribe buttons.
block-question-reply-2-wording-5 = Po prostu proszę nie dotykać reklam ani przycisków subskrypcji.

# en: Read the small print before agreeing to anything, Mr Varga, and never tap subscribe on an advert. That's the best way to stay safe.
block-question-reply-2-wording-6 = Proszę czytać drobny druk, zanim się pan na coś zgodzi, panie Tiborze, i nigdy nie klikać „subskrybuj” w reklamie. To najlepszy sposób, żeby być bezpiecznym.

# en: Sound advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = Rozsądna rada na papierze, ale dla niego znaczy, że wszystko to była jego nieuwaga. Używa telefonu do rozmów i pogody; wykład o reklamach zrzuca winę z powrotem na niego.

# en: I can put a free block on all partner charges on your number, so none of them can bill you again. Shall I do that now?
block-question-reply-3 = Mogę założyć bezpłatną blokadę wszystkich usług partnerów na pana numerze, żeby żaden z nich już pana nie obciążył. Założyć ją teraz?

# en: I can set up a free block on every partner charge for your number; that way none of them will be able to bill you again. Would you like me to do it now?
block-question-reply-3-wording-1 = Mogę włączyć na pana numerze darmową blokadę wszystkich usług partnerskich, tak żeby nikt już nie mógł pana obciążyć. Włączyć od razu?

# en: I can put a free block on partner charges. Shall I do it now?
block-question-reply-3-wording-2 = Mogę założyć darmową blokadę usług partnerów; włączyć?

# en: i can set up free barring for every partner charge on your line, then none of them can charge you again, want me to set it up now?
block-question-reply-3-wording-3 = moge panu aktywowac bezplatna blokade na wszystkie uslugi partnerow na tym numerze, zeby juz nikt nic nie doliczal. wlaczamy teraz?

# en: There's a free option to bar all partner billing on your number, so none of these companies can charge you again. Would you like me to switch it on now?
block-question-reply-3-wording-4 = Istnieje darmowa opcja, która wyłącza wszystkie rozliczenia partnerskie na pana numerze, i wtedy żadna z tych firm już pana nie obciąży. Czy mam ją włączyć teraz?

# en: Shall I switch on the free barring for you now?
block-question-reply-3-wording-5 = Mam teraz włączyć panu darmową blokadę?

# en: mr varga, i could block every partner service on your number for free, then nobody can bill you like this again. should i do it now?
block-question-reply-3-wording-6 = Panie Tiborze, mogę bez żadnych kosztów odciąć na pana numerze wszystkie usługi partnerów i wtedy nikt już tak pana nie obciąży. Robimy to teraz?

# en: The right fix, offered without rising to the jibe about the cut. The best reply also told him, in one clause, that he was right not to want this on his bill, and simply did it.
block-question-reply-3-feedback = Właściwa naprawa, zaproponowana bez dawania się sprowokować docinkiem o działce. Najlepsza odpowiedź w jednym zdaniu przyznaje mu też, że słusznie nie chce tego na rachunku, i po prostu to robi.

# en: Honestly, I can't guarantee that. There are lots of these companies, new ones appear every month, and we can't check them all before they start billing.
block-question-reply-4 = Szczerze mówiąc, nie mogę tego zagwarantować. Takich firm jest mnóstwo, co miesiąc pojawiają się nowe i nie jesteśmy w stanie sprawdzić każdej, zanim zacznie naliczać opłaty.

# en: To be honest, I can't promise that. There are loads of these firms, new ones keep popping up every month, and there's no way we can vet all of them before they start charging.
block-question-reply-4-wording-1 = Szczerze, nie dam takiej gwarancji. Takich firm jest cała masa, co miesiąc dochodzą nowe i nie mamy możliwości sprawdzić każdej, zanim zacznie pobierać opłaty.

# en: Honestly, I can't guarantee it; there are too many of these companies.
block-question-reply-4-wording-2 = Nie zagwarantuję tego, nowych firm jest za dużo.

# en: honestly i can't promise anything, there's tons of these companies and new ones every month, we can't check every one before they start charging
block-question-reply-4-wording-3 = szczerze mowiac, nie ma na to gwarancji. tych firm jest od groma, co chwila wyskakuja nowe i nie damy rady przeswietlic kazdej, zanim cos panu naliczy

# en: I'll be honest, there's no guarantee. So many of these firms exist, and new ones keep appearing every month, so we can't vet each one before it starts charging.
block-question-reply-4-wording-4 = Powiem uczciwie, nie ma gwarancji. Takich firm istnieje bardzo dużo, każdego miesiąca pojawiają się kolejne, więc nie jesteśmy w stanie zweryfikować każdej, zanim zacznie pobierać opłaty.

# en: I can't guarantee it, new companies pop up every month.
block-question-reply-4-wording-5 = Nie mogę tego zagwarantować, co miesiąc są nowe firmy.

# en: new firms like this show up every month and we can't check them all in advance, so honestly i can't promise it won't happen again
block-question-reply-4-wording-6 = co miesiac wyskakuja nowe takie firmy i nie sprawdzimy wszystkich z gory, wiec szczerze nie obiecam, ze to sie nie powtorzy

# en: Honest, and helpless, when there is a block you could switch on. He leaves expecting to find the next one on his bill himself.
block-question-reply-4-feedback = Szczerze i bezradnie, kiedy jest blokada, którą można włączyć. Odchodzi z przekonaniem, że następną taką opłatę będzie musiał wyłapać sam.

# en: Mr Varga, whoever earns what, it shouldn't be on your bill. I've put a free block on all partner charges; a text will confirm it.
block-question-reply-5 = Panie Tiborze, kto by na tym nie zarabiał, to nie powinno być na pana rachunku. Założę od razu bezpłatną blokadę usług partnerów; potwierdzę ją SMS-em.

# en: Mr Varga, regardless of who makes money from it, it has no business being on your bill. I've switched on a free block for all partner charges, and you'll get a text confirming it.
block-question-reply-5-wording-1 = Panie Tiborze, niezależnie od tego, kto na tym zarabia, takie rzeczy nie powinny trafiać na pana rachunek. Od razu zakładam darmową blokadę usług partnerskich i potwierdzę ją SMS-em.

# en: It doesn't belong on your bill. I've blocked all partner charges, free.
block-question-reply-5-wording-2 = Nie powinno tego być na pana rachunku; zakładam blokadę, potwierdzę SMS-em.

# en: Mr Varga, never mind who gets what, this doesn't belong on your bill full stop. i've set up a free block on every partner charge and you'll get a text to confirm
block-question-reply-5-wording-3 = panie Tiborze, obojetnie, kto na tym zarabia, na pana rachunku nie powinno sie to znalezc. juz wlaczam darmowa blokade uslug partnerow, potwierdzenie przyjdzie smsem

# en: Regardless of who profits, Mr Varga, this should never have been on your bill. I've already barred all partner charges on your number at no cost, and you'll receive a text to confirm.
block-question-reply-5-wording-4 = Bez względu na to, kto na tym zyskuje, panie Tiborze, to w ogóle nie powinno trafić na pana rachunek. Wszystkie opłaty partnerów na pana numerze są już bezpłatnie zablokowane, dostanie pan SMS z potwierdzeniem.

# en: Whoever profits, it has no place on your bill. Blocked already, text coming.
block-question-reply-5-wording-5 = Nieważne, kto zarabia, to nie ma prawa być na pana rachunku. Już zablokowane, SMS w drodze.

# en: it doesnt matter who gets a cut, mr varga, it shouldnt be on your bill. partner charges are now blocked on your number free of charge, and a text confirmation is on its way
block-question-reply-5-wording-6 = nie ma znaczenia, kto ma z tego dzialke, panie Tiborze, to nie powinno byc na pana rachunku. oplaty partnerow sa juz zablokowane na pana numerze za darmo, potwierdzenie smsem juz idzie

# en: You let the jibe about the cut pass without a fight, agreed with what matters to him, and fixed the cause. He doesn't have to guard his bill himself any more.
block-question-reply-5-feedback = Puszczasz docinek o działce bez walki, przyznajesz mu rację w tym, co dla niego ważne, i usuwasz przyczynę. Nie musi już sam pilnować swojego rachunku.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
wrap-up-says-1 = OK. To proszę mi dokładnie powiedzieć, co teraz będzie. Obietnic od was mam już dość na długo.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
wrap-up-says-2 = Dobrze. Zanim zamknę ten czat, proszę mi to wyłożyć czarno na białym: co teraz będzie i kiedy? Obietnic nasłuchałem się już dość.

# en: Say what you have done, what is still open and when he will hear. Then close the way you opened: as one person to another.
wrap-up-hint = Powiedz, co zostało zrobione, co jest jeszcze otwarte i kiedy się dowie. Potem zakończ tak samo jak na początku: po ludzku, jak człowiek z człowiekiem.

# en: MobilPlay is stopped, partner charges are blocked, 5,960 is credited today, and a claim is filed for March's 2,980, which MobilPlay must answer within 15 working days.
wrap-up-reply-1 = MobilPlay zatrzymany, usługi partnerów zablokowane, 5960 forintów skorygowane dzisiaj, a reklamacja na marcowe 2980 forintów złożona; MobilPlay musi na nią odpowiedzieć w ciągu 15 dni roboczych.

# en: MobilPlay has been cancelled, partner charges are barred, 5,960 forints will be credited today, and there's a claim in for the 2,980 from March, which MobilPlay has 15 working days to respond to.
wrap-up-reply-1-wording-1 = MobilPlay wyłączony, blokada usług partnerskich aktywna, 5960 forintów skorygowane dziś, reklamacja na 2980 forintów z marca złożona; MobilPlay ma 15 dni roboczych na odpowiedź.

# en: Cancelled, blocked, 5,960 credited today, March's 2,980 claimed.
wrap-up-reply-1-wording-2 = Wyłączone, zablokowane, 5960 skorygowane, reklamacja marca złożona, 15 dni roboczych.

# en: mobilplay cancelled, partner billing blocked, 5,960 back today, and a claim's been lodged for march's 2,980, mobilplay has 15 working days to reply
wrap-up-reply-1-wording-3 = podsumowanie: MobilPlay stop, blokada partnerow wlaczona, korekta 5960 Ft dzisiaj, reklamacja marcowych 2980 Ft wyslana, odpowiedz od MobilPlay do 15 dni roboczych

# en: Here's where things stand: MobilPlay is cancelled, all partner billing is barred, 5,960 forints is credited to you today, and March's 2,980 is under a claim that MobilPlay must reply to within 15 working days.
wrap-up-reply-1-wording-4 = Tak wygląda sytuacja: MobilPlay anulowany, wszystkie rozliczenia partnerskie zablokowane, 5960 forintów wraca dziś na pana rachunek, a na marcowe 2980 jest reklamacja, na którą MobilPlay musi odpowiedzieć w ciągu 15 dni roboczych.

# en: MobilPlay cancelled, partner charges blocked, 5,960 back today, March claimed.
wrap-up-reply-1-wording-5 = MobilPlay anulowany, partnerzy zablokowani, 5960 wraca dziś, marzec zareklamowany.

# en: Today 5,960 is credited and partner charges are blocked, MobilPlay is stopped, and March's 2,980 has a claim in; they have 15 working days to answer.
wrap-up-reply-1-wording-6 = Dziś księgujemy 5960 i opłaty partnerów są zablokowane, MobilPlay zatrzymany, a na marcowe 2980 złożona reklamacja; mają 15 dni roboczych na odpowiedź.

# en: Complete and exact: every amount, the open claim and its deadline. What it leaves out is him: no thanks, no word about last week, and nothing about who will tell him MobilPlay's answer.
wrap-up-reply-1-feedback = Kompletnie i dokładnie: każda kwota, otwarta reklamacja i jej termin. Brakuje w tym jego samego: ani podziękowania, ani słowa o zeszłym tygodniu, ani informacji, kto przekaże mu odpowiedź MobilPlay.

# en: Thank you for contacting us, Mr Varga. Everything has been taken care of on our side. Is there anything else I can help you with today?
wrap-up-reply-2 = Dziękujemy za kontakt, panie Tiborze. Po naszej stronie wszystko zostało załatwione. Czy mogę jeszcze w czymś dzisiaj pomóc?

# en: Thanks for getting in touch, Mr Varga. It's all been dealt with on our end. Can I help with anything else today?
wrap-up-reply-2-wording-1 = Dziękuję za wiadomość, panie Tiborze. U nas wszystko jest już załatwione. Czy jest jeszcze coś, w czym mogę pomóc?

# en: All sorted on our side. Need anything else?
wrap-up-reply-2-wording-2 = Wszystko załatwione. Coś jeszcze mogę zrobić?

# en: thanks for reaching out Mr Varga, everything's been handled on our side. anything else i can do for you today?
wrap-up-reply-2-wording-3 = dzieki za kontakt, z naszej strony sprawa zamknieta. moge jeszcze w czyms pomoc?

# en: Thank you for your message, Mr Varga. We've handled everything on our end. Is there something else I can do for you?
wrap-up-reply-2-wording-4 = Dziękuję za wiadomość, panie Tiborze. Z naszej strony wszystko zostało zrobione. Czy mogę coś jeszcze dla pana zrobić?

# en: Everything is done. Can I help with anything else?
wrap-up-reply-2-wording-5 = Wszystko zrobione. Pomóc w czymś jeszcze?

# en: It's all been sorted on our side, Mr Varga, thanks for contacting us. Anything more I can help with today?
wrap-up-reply-2-wording-6 = Sprawa u nas uporządkowana, panie Tiborze, dziękuję za kontakt. Coś jeszcze mogę dziś dla pana zrobić?

# en: The closing line of every chat, to a man who asked for exactly what happens and when. 'Taken care of' is the kind of promise he said he has had enough of.
wrap-up-reply-2-feedback = Zamykające zdanie każdego czatu, skierowane do kogoś, kto zapytał dokładnie, co i kiedy się stanie. „Wszystko załatwione” to właśnie ten rodzaj obietnicy, którego ma dość.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about March very soon, and you'll have every forint back, I promise.
wrap-up-reply-3 = Proszę się nie martwić, wszystko jest już załatwione. Ktoś z naszego zespołu wkrótce odezwie się w sprawie marca, a odzyska pan każdy forint, obiecuję.

# en: Please don't worry, everything's been handled. One of our team will contact you about March shortly, and you'll get every last forint back, I promise.
wrap-up-reply-3-wording-1 = Niech się pan nie martwi, wszystko jest już zrobione. Niedługo ktoś z zespołu skontaktuje się z panem co do marca, a pieniądze wrócą do pana co do forinta, obiecuję.

# en: Don't worry; someone will be in touch soon, and you'll get it all back.
wrap-up-reply-3-wording-2 = Wszystko załatwione; ktoś się wkrótce odezwie, odzyska pan wszystko.

# en: don't worry it's all sorted now. someone from the team will get back to you about march really soon and you'll get every forint back, promise
wrap-up-reply-3-wording-3 = spokojnie, wszystko juz ogarniete. ktos od nas niedlugo sie odezwie w sprawie marca i odzyska pan kazdy grosz, obiecuje

# en: No need to worry, everything's handled. A colleague will contact you about March shortly, and I promise you'll get every forint back.
wrap-up-reply-3-wording-4 = Nie ma powodu do zmartwień, wszystko jest ogarnięte. Ktoś z kolegów wkrótce skontaktuje się w sprawie marca i obiecuję, że odzyska pan każdy forint.

# en: Don't worry, you'll get it all back, I promise.
wrap-up-reply-3-wording-5 = Spokojnie, odzyska pan wszystko, obiecuję.

# en: someone will reach out about march soon mr varga, and every forint will come back to you, i promise. it's all taken care of
wrap-up-reply-3-wording-6 = ktos sie niedlugo odezwie w sprawie marca, panie Tiborze, i kazdy forint do pana wroci, obiecuje. wszystko jest zalatwione

# en: 'Someone' and 'very soon' are the vague words he said he is tired of, and 'every forint' is MobilPlay's to give. Tell him what happens, who does it and by when.
wrap-up-reply-3-feedback = „Ktoś” i „wkrótce” to właśnie te mgliste słowa, których ma dość, a „każdy forint” zależy od MobilPlay. Powiedz, co się stanie, kto to zrobi i do kiedy.

# en: MobilPlay is stopped and blocked; 5,960 comes off today; I'll text you March's answer within 15 days. Thanks for staying with me, and sorry about last week.
wrap-up-reply-4 = MobilPlay zatrzymany i zablokowany; 5960 zniknie dziś z rachunku; odpowiedź w sprawie marca prześlę SMS-em w ciągu 15 dni. Dziękuję za cierpliwość i przepraszam za zeszły tydzień.

# en: MobilPlay is cancelled and barred, 5,960 is being removed today, and I'll text you MobilPlay's reply about March within 15 days. Thank you for sticking with me, and I apologise for last week.
wrap-up-reply-4-wording-1 = MobilPlay wyłączony i zablokowany, 5960 forintów zejdzie z rachunku jeszcze dziś, a decyzję w sprawie marca przekażę panu SMS-em, najpóźniej za 15 dni. Dzięki, że miał pan do nas cierpliwość, i przepraszam za zeszłotygodniowe zbycie.

# en: Barred, 5,960 off today, March reply by text. Thanks; apologies for last week.
wrap-up-reply-4-wording-2 = Wszystko wstrzymane, 5960 dziś, marzec SMS-em w 15 dni; przepraszam i dziękuję.

# en: so: mobilplay's stopped and blocked, you get 5,960 back today, and i'll text you what mobilplay says about march within 15 days. thank you for bearing with me, and really sorry about last week
wrap-up-reply-4-wording-3 = podsumowujac: MobilPlay wylaczony i zablokowany, 5960 Ft znika dzis z rachunku, odpowiedz co do marca wysle panu smsem do 15 dni. dziekuje, ze pan wytrwal, i sorry za zeszly tydzien

# en: To sum up: MobilPlay is cancelled and barred, 5,960 comes off your bill today, and you'll get MobilPlay's decision on March from me by text within 15 days. Thank you for your patience, and I'm sorry about last week.
wrap-up-reply-4-wording-4 = Krótko mówiąc: subskrypcja MobilPlay skasowana i objęta blokadą, 5960 forintów odjęte od rachunku jeszcze dziś, a werdykt MobilPlay co do marca dostanie pan ode mnie SMS-em w ciągu 15 dni. Dziękuję, że był pan cierpliwy, i przepraszam za miniony tydzień.

# en: Stopped, 5,960 off today, March answer by text. Sorry about last week.
wrap-up-reply-4-wording-5 = Zatrzymane, 5960 dziś, marzec SMS-em. Przepraszam za zeszły tydzień.

# en: mr varga, sorry again for last week and thanks for sticking with me. mobilplay is stopped and blocked, 5,960 comes back today, and i'll text you march's answer within 15 days
wrap-up-reply-4-wording-6 = panie Tiborze, jeszcze raz przepraszam za zeszly tydzien i dzieki, ze pan ze mna wytrwal. mobilplay zatrzymany i zablokowany, 5960 wraca dzis, a odpowiedz co do marca wysle smsem do 15 dni

# en: What is done, what is open, when and how he will hear, then thanks and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
wrap-up-reply-4-feedback = Co zrobione, co otwarte, kiedy i jak się dowie, potem podziękowanie i przeprosiny za zeszłotygodniowe zbycie. Odchodzi, wiedząc, czego się spodziewać, i że krzywda, z którą przyszedł, została nazwana.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
resolved-warm-says-1 = Dobrze. Dziękuję. To pierwsza konkretna odpowiedź, jaką od was dostałem. Będę czekał na tego SMS-a.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
resolved-warm-summary = Następnego dnia przychodzi skorygowany rachunek, już bez 5960 forintów. Dwanaście dni później MobilPlay zwraca marcowe 2980, a twój SMS dociera do Tibora, zanim zdąży o niego zapytać. Zostaje u operatora i mówi szwagrowi, który miał takie same opłaty, żeby „poprosił na czacie o blokadę”. Wszedł na czat, krzycząc „przekręt”, a wyszedł z zaufaniem do ciebie.

# en: All right. Thanks. We'll see whether it all happens the way you say.
resolved-cool-says-1 = No dobrze. Dzięki. Zobaczymy, czy wszystko będzie tak, jak mówicie.

# en: Everything you promised happens on time, and Tibor stays. But parts of the chat still sting: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
resolved-cool-summary = Wszystko, co obiecano, dzieje się na czas, a Tibor zostaje. Ale niektóre chwile z czatu wciąż bolą: pamięta, że musiał walczyć o prostą odpowiedź, i od tej pory sprawdza każdy rachunek. Pieniądze wróciły; zaufanie odbudowało się tylko w połowie.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
grudging-says-1 = Dobra. Niech będzie. Uwierzę, jak zobaczę to na rachunku.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody made up for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was lost.
grudging-summary = Korekta się pojawia, ale Tibor nigdy nie ma pewności, co stało się z dwiema marcowymi opłatami, a nikt nie naprawił tego, jak go zbyto w zeszłym tygodniu. Czuje się obsłużony, a nie wysłuchany, i dwa miesiące później przenosi numer do konkurencji. Problem z pieniędzmi rozwiązano; klienta stracono.

# en: Good. I'm holding you to that. Every forint.
hollow-promise-says-1 = Dobrze. Trzymam za słowo. Co do forinta.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
hollow-promise-summary = MobilPlay odmawia zwrotu dwóch marcowych opłat, do czego ma prawo. Tibor dostał „gwarancję” zwrotu co do forinta, więc dla niego to kolejne złamane słowo operatora, tym razem podpisane twoim imieniem. Składa skargę do urzędu ochrony konsumentów, powołując się na twoją gwarancję.

# en: Fine. At least I won't have to start from the beginning again.
taken-over-says-1 = Dobrze. Przynajmniej nie będę musiał zaczynać wszystkiego od początku.

# en: Ágnes joins the chat with the whole story in front of her, stops the charges and files the claim for March. Tibor doesn't have to repeat himself, and he stays. But it took a team leader to get there, and he will ask for one straight away next time.
taken-over-summary = Ágnes dołącza do czatu z całą historią przed oczami, zatrzymuje opłaty i składa reklamację za marzec. Tibor nie musi się powtarzać i zostaje. Ale trzeba było kierowniczki, żeby do tego doszło, i następnym razem od razu o nią poprosi.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers this chat as one more place that passed him along. At the end of his contract he leaves.
handed-to-supervisor-summary = Sprawę przejmuje przełożony. Tibor musi po raz trzeci tłumaczyć opłaty MobilPlay, zanim ktokolwiek coś zrobi. Opłaty w końcu zostają zwrócone, ale przez kogoś innego, a on zapamiętuje ten czat jako kolejne miejsce, gdzie go odesłano dalej. Gdy kończy mu się umowa, odchodzi.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
walkout-says-1 = Szkoda gadać. Przenoszę numer do innego operatora i zgłaszam to do ochrony konsumentów. Do widzenia.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
walkout-summary = Tibor zamyka czat. W ciągu miesiąca, po 14 latach, przenosi numer i składa skargę do urzędu ochrony konsumentów, na którą operator i tak musi odpowiedzieć na piśmie. W końcu opłaty zostają zwrócone, ale klienta już nie ma.

