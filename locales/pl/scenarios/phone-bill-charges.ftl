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

# en: Accurate, and almost word for word what the hotline told him last week. The 'but' cancels the apology, and he hears a second time that the company whose name is on the bill won't take his problem.
opening-reply-1-feedback = Zgodne z prawdą i niemal słowo w słowo to, co w zeszłym tygodniu usłyszał na infolinii. „Ale” przekreśla przeprosiny, a on po raz drugi słyszy, że firma, której nazwa widnieje na rachunku, nie zajmie się jego problemem.

# en: I can assure you, Mr Varga, that we are not running any scam. We are a licensed operator, and every partner service on our network is checked and fully legal.
opening-reply-2 = Zapewniam pana, panie Tiborze, że nie prowadzimy żadnego przekrętu. Jesteśmy licencjonowanym operatorem, a każda usługa partnerska w naszej sieci jest sprawdzona i w pełni legalna.

# en: You defended the company against the word 'scam' before you had looked at his money. Now he has to prove he was robbed, so he will push harder, and louder.
opening-reply-2-feedback = Bronisz firmy przed słowem „przekręt”, zanim w ogóle spojrzysz na jego pieniądze. Teraz to on musi udowodnić, że go okradziono, więc będzie naciskał mocniej i głośniej.

# en: Hello Mr Varga, Kata here. Four MobilPlay charges you never ordered, nobody telling you who is taking your money, and a brush-off last week. Have I got that right?
opening-reply-3 = Dzień dobry, panie Tiborze, tu Kata. Cztery opłaty MobilPlay, których pan nie zamawiał, nikt nie mówi, kto bierze pieniądze, a w zeszłym tygodniu pana zbyto. Dobrze rozumiem?

# en: A greeting with your name, then his three points in one line: the charges, the unanswered question of who is taking the money, and last week's brush-off. Asking him to confirm lets him say 'yes' for the first time in a week.
opening-reply-3-feedback = Powitanie z imieniem, a potem jego trzy sprawy w jednym zdaniu: opłaty, pytanie bez odpowiedzi, kto bierze pieniądze, i zeszłotygodniowe zbycie. Prośba o potwierdzenie pozwala mu po raz pierwszy od tygodnia powiedzieć „tak”.

# en: Mr Varga, I'm sorry you were sent away last week. Let me look into these MobilPlay charges right now. Which number are they on?
opening-reply-4 = Panie Tiborze, przykro mi, że w zeszłym tygodniu pana odesłano. Zaraz przyjrzę się tym opłatom MobilPlay. Na którym numerze się pojawiły?

# en: Good instincts: an apology for the hotline and a move straight to his account. What it misses is his fear: he asked whether he is being scammed, and the best reply showed him that question had been heard too, before moving on.
opening-reply-4-feedback = Dobry odruch: przeprosiny za infolinię i od razu przejście do jego konta. Brakuje jego obawy: pytał, czy ktoś go oszukuje, a najlepsza odpowiedź pokazuje mu, że i to pytanie zostało usłyszane, zanim przechodzi dalej.

# en: Hello Mr Varga, and thank you for contacting us. I can help with any billing question. To start, please send me your phone number and the account holder's date of birth.
opening-reply-5 = Dzień dobry, panie Tiborze, dziękuję za kontakt. Pomogę w każdej sprawie dotyczącej rachunków. Na początek proszę podać numer telefonu i datę urodzenia właściciela konta.

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

# en: Nothing wrong in it, and nothing for him in it either. 'Your satisfaction matters to us' is the line printed on every letter he has had from the company; he asked a plain question and got a slogan.
confirmed-reply-1-feedback = Nie ma w tym nic złego, ale nie ma też nic dla niego. „Pana zadowolenie jest dla nas ważne” to zdanie z każdego listu, jaki dostał od firmy; zadał proste pytanie, a dostał slogan.

# en: I won't. A week of this would make anyone angry. Let's find out where your money is going: which number are the charges on?
confirmed-reply-2 = Nie powiem. Po takim tygodniu każdy byłby zły. Sprawdzę, dokąd idą pana pieniądze: na którym numerze są te opłaty?

# en: No request for calm and no defence of the hotline: a level answer, a word for his week, and the next step. Calm he can see in your writing does more for his capitals than any request could.
confirmed-reply-2-feedback = Bez prośby o spokój i bez bronienia infolinii: równa odpowiedź, słowo o jego tygodniu i następny krok. Spokój, który widzi w twoim pisaniu, działa na jego wielkie litery lepiej niż jakakolwiek prośba.

# en: I wasn't going to, sir. But it honestly goes faster for both of us if we keep the chat polite, so let's take it one step at a time, all right?
confirmed-reply-3 = Nie mam takiego zamiaru, proszę pana. Ale szczerze mówiąc, szybciej nam pójdzie, jeśli zostaniemy przy uprzejmym tonie, więc weźmy to spokojnie krok po kroku, dobrze?

# en: He asked you not to tell him to calm down, and you did it anyway in politer words. 'Keep the chat polite' tells him his tone is the problem, not the 5,960 forints.
confirmed-reply-3-feedback = Prosił, żeby nie kazać mu się uspokoić, a ty robisz to mimo wszystko, tylko grzeczniej. „Uprzejmy ton” mówi mu, że problemem jest jego sposób pisania, a nie 5960 forintów.

# en: I won't, Mr Varga. Let me open your account now and look at these charges. Which number are they on?
confirmed-reply-4 = Nie powiem, panie Tiborze. Otworzę pana konto i przyjrzę się tym opłatom. Na którym numerze się pojawiły?

# en: Steady and practical, and it keeps his request. What it leaves out is the week he has had: the best reply gave that one short sentence before the question, and he would have felt it.
confirmed-reply-4-feedback = Spokojnie i rzeczowo, z poszanowaniem jego prośby. Brakuje tygodnia, który przeżył: najlepsza odpowiedź poświęca mu jedno krótkie zdanie przed pytaniem, a on by to poczuł.

# en: I'm sorry about my colleague. The hotline takes hundreds of calls a day and they're trained to pass partner questions on, so that's where that answer came from.
confirmed-reply-5 = Przepraszam za kolegę. Infolinia odbiera setki telefonów dziennie, a konsultanci są szkoleni, żeby pytania o partnerów przekazywać dalej, stąd ta odpowiedź.

# en: Explaining how the hotline is trained still defends it. He didn't ask why he was brushed off; he asked who is taking his money, and that is still unanswered.
confirmed-reply-5-feedback = Tłumaczenie, jak szkoli się infolinię, to nadal jej obrona. Nie pytał, dlaczego go zbyto; pytał, kto zabiera jego pieniądze, i to pytanie wciąż wisi bez odpowiedzi.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = DOKŁADNIE TO SAMO MÓWILI W ZESZŁYM TYGODNIU. Nie mam żadnej umowy z żadnym „partnerem”. Umowę mam z WAMI. To WY przysłaliście mi rachunek. To WY ściągnęliście pieniądze z mojego konta. Więc nie odsyłajcie mnie do nikogo innego!

# en: Sir, please stop writing in capital letters. I can't help you while you're shouting at me in the chat, and I would really like to help you.
partner-again-reply-1 = Proszę przestać pisać wielkimi literami. Nie mogę panu pomóc, dopóki krzyczy pan na mnie na czacie, a naprawdę chcę panu pomóc.

# en: Capitals are his raised voice. Asking him to lower it says his anger is the problem, not the charges, and he has just been sent away twice. An even reply would have ended the capitals sooner.
partner-again-reply-1-feedback = Wielkie litery to jego podniesiony głos. Prośba, żeby go ściszył, mówi, że problemem jest jego złość, a nie opłaty, a właśnie dwa razy go odesłano. Równa odpowiedź szybciej położyłaby kres wielkim literom.

# en: You're right: it's our bill, so it's ours to sort out. I'll handle it myself; you won't have to contact MobilPlay. Which number is it on?
partner-again-reply-2 = Ma pan rację: to nasz rachunek, więc to ja to wyjaśnię. Zajmę się tym osobiście; nie będzie pan musiał kontaktować się z MobilPlay. Na jakim numerze?

# en: You agreed with the one point he is sure of, that the bill is yours, and took the case. 'You won't have to contact MobilPlay' answers his real fear: being sent on a third time.
partner-again-reply-2-feedback = Przyznajesz mu rację w jedynej sprawie, której jest pewien: że rachunek jest wasz, i bierzesz sprawę na siebie. „Nie będzie pan musiał kontaktować się z MobilPlay” odpowiada na jego prawdziwą obawę: że odeślą go po raz trzeci.

# en: You're right that it's on our bill, Mr Varga, but the service belongs to the partner, so the refund has to come from them. I can give you their customer line.
partner-again-reply-3 = Ma pan rację, że to jest na naszym rachunku, panie Tiborze, ale usługa należy do partnera, więc zwrot musi przyjść od nich. Mogę podać numer ich infolinii.

# en: It opens by agreeing and then sends him exactly where he said he would not go. A phone number for another company is last week's answer with better manners.
partner-again-reply-3-feedback = Zaczyna się od przyznania racji, a kończy odesłaniem go dokładnie tam, dokąd powiedział, że nie pójdzie. Numer telefonu innej firmy to zeszłotygodniowa odpowiedź, tylko z lepszymi manierami.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = AHA, „LEGALNE”, TAK? To dlaczego legalna firma bierze pieniądze za coś, czego NIGDY nie zamawiałem? Nie obchodzi mnie wasza licencja. CHCĘ ODZYSKAĆ PIENIĄDZE.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about licences. Which number is it on?
shouting-reply-1 = Ma pan pełne prawo być zły: z konta zeszły panu pieniądze za coś, czego pan nie zamawiał. Nie będę się spierać o licencje. Na jakim numerze?

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in answer to capitals bring the chat back down to your level.
shouting-reply-1-feedback = Uznajesz jego złość za uzasadnioną i porzucasz spór z poprzedniej odpowiedzi. Krótkie, spokojne zdania w odpowiedzi na wielkie litery sprowadzają czat z powrotem na twój poziom.

# en: I do understand, sir, but I can't promise any refund before I've checked the whole account properly. Please be patient with me for a moment while I look.
shouting-reply-2 = Rozumiem pana, ale nie mogę obiecać żadnego zwrotu, zanim dokładnie nie sprawdzę całego konta. Proszę o chwilę cierpliwości, zaraz wszystko spokojnie przejrzę.

# en: True, and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = Prawdziwe i spokojnie powiedziane, ale odpowiada tylko na kwestię pieniędzy. On czuje się oszukany, a „proszę o cierpliwość” brzmi jak prośba, żeby przestał to czuć.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me get a word in.
shouting-reply-3 = Ja tylko wyjaśniam, jak to działa, proszę pana. PRÓBUJĘ PANU POMÓC, gdyby mi pan tylko dał dojść do słowa.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = Wielkie litery w odpowiedzi na wielkie litery zamieniają czat w przekrzykiwanie się, a „gdyby mi pan tylko dał dojść do słowa” stawia w centrum ciebie. Im łagodniej piszesz, tym szybciej on ścisza głos.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = Dość tego. Już dwa razy mnie spławiono. Proszę mnie połączyć z przełożonym, albo idę z tym do urzędu ochrony konsumentów.

# en: I'll put you through to a supervisor now, Mr Varga. The current waiting time is around 25 minutes, and they will be able to look at your account.
supervisor-demand-reply-1 = Przełączę pana do przełożonego, panie Tiborze. Obecny czas oczekiwania to około 25 minut, a przełożony będzie mógł przejrzeć pana konto.

# en: It does what he asked, but the case leaves your hands unsolved and he waits 25 minutes to tell it a third time. One concrete offer before the transfer might have kept him.
supervisor-demand-reply-1-feedback = Robi to, o co prosił, ale sprawa wymyka ci się z rąk nierozwiązana, a on czeka 25 minut, żeby opowiedzieć ją po raz trzeci. Jedna konkretna propozycja przed przełączeniem mogła go zatrzymać.

# en: I'll put you through if you still want that. But first I can stop the MobilPlay charges on your number, right now, while we're chatting. Shall I?
supervisor-demand-reply-2 = Przełączę pana, jeśli nadal będzie pan chciał. Ale najpierw mogę od razu zatrzymać opłaty MobilPlay na pana numerze, jeszcze w trakcie czatu. Zrobić to?

# en: You respected his request and offered the one thing he wants most, which you control. Customers often ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-2-feedback = Szanujesz jego prośbę i proponujesz to, na czym zależy mu najbardziej i co zależy od ciebie. Klienci często proszą o przełożonego tylko dlatego, że stracili nadzieję na pomoc od osoby, z którą rozmawiają.

# en: I'll ask my team leader, Ágnes, to join this chat. I'll give her the whole story first, so you won't repeat a word, and I'll stay until she's here.
supervisor-demand-reply-3 = Poproszę moją kierowniczkę zespołu, Ágnes, żeby dołączyła do czatu. Najpierw przekażę jej całą historię, żeby nie musiał pan nic powtarzać, i zostanę, aż się pojawi.

# en: A good handover: a name, the whole story passed on, and you stay until she arrives. Still, he has been passed along twice already; the best reply first offered to stop the charges yourself, which is what he came for.
supervisor-demand-reply-3-feedback = Dobre przekazanie: imię, cała historia przekazana dalej, a ty zostajesz, aż ona dołączy. Tyle że odsyłano go już dwa razy; najlepsza odpowiedź najpierw proponuje, że zatrzymasz opłaty osobiście, a po to właśnie przyszedł.

# en: A supervisor will tell you exactly the same thing, I'm afraid: partner charges are handled by the partner, and neither of us can change how that works.
supervisor-demand-reply-4 = Obawiam się, że przełożony powie panu dokładnie to samo: opłatami partnerów zajmuje się partner i żadne z nas nie może tego zmienić.

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

# en: A real act, and fast: the charges stop today, which is more than the hotline gave him. But he had just told you he was lying awake over his bank account, and you went straight past it; the best reply settled that fear first.
number-check-reply-1-feedback = Prawdziwy i szybki ruch: opłaty kończą się dziś, a to więcej, niż dała mu infolinia. Ale właśnie powiedział, że nie śpi po nocach z powodu konta w banku, a ty przechodzisz obok tego; najlepsza odpowiedź najpierw rozwiewa tę obawę.

# en: Thank you. So that I can open the right case, could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = Dziękuję. Żeby otworzyć właściwe zgłoszenie, poproszę jeszcze o nazwę usługi z rachunku i o kwoty, które zostały panu naliczone.

# en: He wrote both in his very first message, in capitals. Asking for them again confirms what he suspects most: that nobody at this company reads what he writes.
number-check-reply-2-feedback = Obie rzeczy napisał w swojej pierwszej wiadomości, wielkimi literami. Ponowne pytanie potwierdza to, co podejrzewa najbardziej: że w tej firmie nikt nie czyta tego, co pisze.

# en: Thank you. I've passed your complaint on to our billing team with your number, and they will contact you about the charges within five working days.
number-check-reply-3 = Dziękuję. Pana reklamacja razem z numerem trafia do naszego działu rozliczeń, który skontaktuje się z panem w sprawie opłat w ciągu pięciu dni roboczych.

# en: 'Passed on' is the hotline's answer in new words. He came to the chat for someone who acts, and in his first minutes here the case left your hands.
number-check-reply-3-feedback = „Przekazane dalej” to odpowiedź infolinii innymi słowami. Przyszedł na czat po kogoś, kto coś zrobi, a w pierwszych minutach sprawa wypada ci z rąk.

# en: Thank you. A week of lying awake over your bank account, that's awful. It's safe: this came only through the phone bill, and I've stopped it.
number-check-reply-4 = Dziękuję. Tydzień nieprzespanych nocy przez konto w banku, to okropne. Pana konto jest bezpieczne: to przyszło tylko przez rachunek telefoniczny, a ja zaraz to zatrzymam.

# en: You answered the sleepless week before the subscription: his bank account is safe, and then the charges are stopped. Once the fear is gone, what is left is a billing problem, and he can talk about that.
number-check-reply-4-feedback = Odpowiadasz na nieprzespany tydzień przed subskrypcją: jego konto w banku jest bezpieczne, a potem opłaty są zatrzymane. Kiedy znika strach, zostaje problem z rachunkiem, a o tym już da się rozmawiać.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = NAPISAŁEM TO W PIERWSZEJ WIADOMOŚCI. „MobilPlay Club”. 1490. CZTERY RAZY. Czy ktoś tam w ogóle czyta, co piszę?

# en: I'm sorry, Mr Varga, I do have to confirm the details for our records; it's the standard procedure on every billing complaint. Thank you for your patience.
repeat-annoyed-reply-1 = Przepraszam, panie Tiborze, ale muszę potwierdzić dane do naszej ewidencji; to standardowa procedura przy każdej reklamacji rachunku. Dziękuję za cierpliwość.

# en: A procedure quoted in answer to 'does anybody read what I write?' proves his point. He needed to hear from a person who had read it.
repeat-annoyed-reply-1-feedback = Procedura w odpowiedzi na „czy ktoś w ogóle czyta, co piszę?” tylko potwierdza jego rację. Potrzebował usłyszeć kogoś, kto to przeczytał.

# en: You did, and I'm sorry I asked again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it.
repeat-annoyed-reply-2 = Napisał pan, i przepraszam za to pytanie. MobilPlay Club, cztery razy 1490: mam to teraz przed sobą i zaraz zatrzymam tę usługę.

# en: You owned the slip at once, gave his details back to show you have them, and added a real step. A small mistake admitted quickly costs less than one defended.
repeat-annoyed-reply-2-feedback = Od razu przyznajesz się do potknięcia, oddajesz mu jego dane, żeby widział, że je masz, i dokładasz prawdziwy krok. Mała pomyłka przyznana od razu kosztuje mniej niż broniona.

# en: You did, sorry. I've got several chats open at once and your first message scrolled out of view. Could you just give me the total again?
repeat-annoyed-reply-3 = Napisał pan, przepraszam. Mam otwartych kilka czatów naraz i pana pierwsza wiadomość uciekła mi z ekranu. Może pan jeszcze raz podać całą sumę?

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

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to a man who uses his phone for the weather, and jargon makes an angry customer feel talked down to.
how-did-it-happen-reply-1-feedback = Precyzyjnie, ale napisane dla kolegi z pracy. „MT SMS” i „VAS” nic nie znaczą dla kogoś, kto używa telefonu do sprawdzania pogody, a żargon sprawia, że zdenerwowany klient czuje się traktowany z góry.

# en: In plain words: nobody stole your number. Some companies may charge a phone bill the way a shop charges a card; one tap on an advert starts it.
how-did-it-happen-reply-2 = Mówiąc prosto: nikt nie ukradł pana numeru. Niektóre firmy mogą obciążać rachunek telefoniczny tak, jak sklep obciąża kartę; wystarczy jedno kliknięcie w reklamę.

# en: You answered his fear first (his number is safe) and then the how, with a comparison he already knows. Once he understands what happened, much of the fear, and the anger, goes out of it.
how-did-it-happen-reply-2-feedback = Najpierw odpowiadasz na jego strach (numer jest bezpieczny), potem na pytanie „jak”, porównaniem, które zna. Kiedy zrozumie, co się stało, spora część strachu, a z nim złości, ulatuje.

# en: Our records show the subscription was confirmed from your phone on 18 March, through a tap on an advert, so it was started from your own device.
how-did-it-happen-reply-3 = Z naszych danych wynika, że subskrypcję potwierdzono z pana telefonu 18 marca, przez kliknięcie w reklamę, więc została uruchomiona z pana własnego urządzenia.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice he never ordered anything, and his question about theft got an accusation back.
how-did-it-happen-reply-3-feedback = Może w systemie tak jest, ale odczytane w ten sposób znaczy: „sam pan to zrobił”. Dwa razy powiedział, że niczego nie zamawiał, a na pytanie o kradzież dostaje oskarżenie.

# en: Honestly, Mr Varga, these systems are complicated even for us. The main thing is that it's stopped now, so there's really nothing more to worry about.
how-did-it-happen-reply-4 = Szczerze mówiąc, panie Tiborze, te systemy są skomplikowane nawet dla nas. Najważniejsze, że to już jest zatrzymane, więc naprawdę nie ma się czym martwić.

# en: Kindly meant, but he asked a direct question and was told not to worry about the answer. A man who suspects he is being robbed hears 'complicated' as 'we'd rather not say'.
how-did-it-happen-reply-4-feedback = W dobrej wierze, ale zadał bezpośrednie pytanie i usłyszał, żeby nie przejmował się odpowiedzią. Ktoś, kto podejrzewa, że go okradają, słyszy w „skomplikowane”: „wolimy nie mówić”.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = Połowy z tego nie rozumiem. MT co? VAS? Trzydzieści lat jeździłem autobusem, nie jestem inżynierem. Proszę mi powiedzieć normalnie: kto wziął moje pieniądze i czy je odzyskam?

# en: I'm sorry, that was jargon. MobilPlay billed you through us, probably after one tap on an advert. We took the money, so it's ours to put right.
jargon-confused-reply-1 = Przepraszam, to był żargon. MobilPlay obciążył pana przez nasz rachunek, pewnie po jednym kliknięciu w reklamę. Pieniądze pobraliśmy my, więc ja to naprawię.

# en: A short apology for the jargon and both of his questions answered in everyday words. 'It's ours to put right' is the sentence he has waited for since last week.
jargon-confused-reply-1-feedback = Krótkie przeprosiny za żargon i odpowiedź na oba jego pytania codziennymi słowami. „Ja to naprawię” to zdanie, na które czeka od zeszłego tygodnia.

# en: In plain words, it's a partner subscription. The partner took the money, not us, so any refund is really their decision and not something I can decide from here.
jargon-confused-reply-2 = Mówiąc prosto, to subskrypcja partnera. Pieniądze wziął partner, nie my, więc o zwrocie tak naprawdę decydują oni, a nie ja tutaj, przy tym czacie.

# en: Plain words at last, and the same message the hotline gave him: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = Wreszcie proste słowa i ta sama wiadomość, co na infolinii: „nie my”. Prosty język pomaga tylko wtedy, gdy to, co w nim mówisz, zostawia mu kogoś, na kim może polegać.

# en: I'm sorry if it sounded complicated, sir. Those are just the official terms; I'm only reading out what the system shows me for your line.
jargon-confused-reply-3 = Przepraszam, jeśli zabrzmiało to skomplikowanie, proszę pana. To tylko oficjalne nazwy; ja tylko odczytuję, co system pokazuje dla pana numeru.

# en: 'Sorry if it sounded complicated' puts the problem in his understanding, and 'I'm only reading out' steps back from the answer. He asked two plain questions and neither was answered.
jargon-confused-reply-3-feedback = „Przepraszam, jeśli zabrzmiało to skomplikowanie” przenosi problem na jego rozumienie, a „ja tylko odczytuję” odsuwa cię od odpowiedzi. Zadał dwa proste pytania i żadne nie dostało odpowiedzi.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = CZYLI TERAZ TO MOJA WINA?? Niczego NIE potwierdzałem. Mówiłem już, używam tego telefonu do dzwonienia i sprawdzania pogody. Robicie ze mnie kłamcę?

# en: No, I don't mean that, but could someone else have used your phone, a grandchild perhaps? Kids tap these game adverts all the time without asking.
accused-reply-1 = Nie, nie to mam na myśli, ale czy ktoś inny nie mógł użyć pana telefonu, na przykład wnuk? Dzieci klikają w te reklamy gier bez pytania.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation, now aimed at his family. He told you what he uses the phone for.
accused-reply-1-feedback = Uczciwe pytanie w spokojniejszy dzień, ale zaraz po „sam pan to zrobił” brzmi jak drugie oskarżenie, tym razem pod adresem jego rodziny. Powiedział ci, do czego używa telefonu.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows, and the system says the confirmation came from your phone, on 18 March.
accused-reply-2 = Nikogo tu nie nazywam kłamcą, proszę pana. Mówię tylko, co pokazuje system, a według systemu potwierdzenie przyszło z pana telefonu, 18 marca.

# en: 'I'm only the messenger' and a second reading of the record: you are now arguing his word against the system's, and he will not stop until one of you wins.
accused-reply-2-feedback = „Jestem tylko posłańcem” i ponowne odczytanie danych: teraz spierasz się o jego słowo przeciwko słowu systemu, a on nie przestanie, dopóki ktoś z was nie wygra.

# en: No, I believe you. These adverts are built so that one stray tap is enough, and most people never notice. None of this is your fault.
accused-reply-3 = Nie, wierzę panu. Te reklamy są tak zrobione, żeby wystarczyło jedno przypadkowe dotknięcie, a większość ludzi nawet tego nie zauważa. To nie pana wina.

# en: You took his word and took the blame off him in plain terms. He no longer has to prove he is honest, so he can stop fighting you and talk about his money.
accused-reply-3-feedback = Przyjmujesz jego słowo i wprost zdejmujesz z niego winę. Nie musi już udowadniać, że jest uczciwy, więc może przestać z tobą walczyć i zacząć mówić o pieniądzach.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = Dość. Czternaście lat jestem waszym klientem i tak mnie traktujecie. Chcę rozmawiać z kimś wyżej, natychmiast. Albo jeszcze dziś wypowiadam umowę.

# en: Fourteen years, and this chat hasn't done you justice. I'll connect you if you like, but I can remove this month's charges myself, now. Shall I?
late-supervisor-reply-1 = Czternaście lat, a ten czat pana zawiódł. Połączę, jeśli pan zechce, ale opłaty z tego miesiąca mogę zdjąć od razu, osobiście. Zrobić to?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. The choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = Podejmujesz jego czternaście lat, przyznajesz, że czat poszedł źle, i proponujesz coś, co możesz zrobić od ręki. Wybór zostaje przy nim, ale teraz ma powód, żeby zostać.

# en: Certainly, Mr Varga. I've passed your case on to a supervisor, who will contact you within 48 hours by phone or by e-mail, whichever you prefer.
late-supervisor-reply-2 = Oczywiście, panie Tiborze. Pana sprawa trafi do przełożonego, który skontaktuje się z panem w ciągu 48 godzin telefonicznie lub mailowo, jak panu wygodniej.

# en: Polite, and it does what he asked, but a 48-hour wait for somebody else is one more 'passed on' in a story full of them. Offer the part you can fix before you hand the case away.
late-supervisor-reply-2-feedback = Uprzejmie, i robi to, o co prosił, ale 48 godzin czekania na kogoś innego to jeszcze jedno „przekazane dalej” w historii pełnej takich. Zanim oddasz sprawę, zaproponuj to, co możesz naprawić samodzielnie.

# en: I'll bring in my team leader, Ágnes, now. She'll have your whole story from me before she joins, and I'll stay in the chat until she does.
late-supervisor-reply-3 = Poproszę teraz moją kierowniczkę zespołu, Ágnes. Zanim dołączy, przekażę jej całą pana historię i zostanę na czacie, aż się pojawi.

# en: A proper handover: he hears who, he won't have to repeat himself, and you don't vanish. The best reply also answered his fourteen years and offered to remove the charges first, which could have made the handover unnecessary.
late-supervisor-reply-3-feedback = Porządne przekazanie: wie, kto przyjdzie, nie musi się powtarzać, a ty nie znikasz. Najlepsza odpowiedź dodatkowo odnosi się do jego czternastu lat i najpierw proponuje zdjęcie opłat, przez co przekazanie mogło okazać się niepotrzebne.

# en: Fourteen years or not, cancelling won't get your money back any faster, sir, and the early termination fee would cost you more than these charges did.
late-supervisor-reply-4 = Czternaście lat czy nie, wypowiedzenie umowy wcale nie przyspieszy zwrotu pieniędzy, proszę pana, a opłata za wcześniejsze zerwanie umowy kosztowałaby pana więcej niż te obciążenia.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a sum.
late-supervisor-reply-4-feedback = Zdobywanie punktu w odpowiedzi na groźbę tylko potwierdza, że powinien odejść. Czternaście lat lojalności zasługiwało na odpowiedź na jego żal, a nie na wyliczenie.

# en: All right. So do I get ALL my money back? The four on this bill, and the other ones from before. Those too.
refund-question-says-1 = No dobrze. To czy dostanę z powrotem WSZYSTKIE pieniądze? Te cztery z tego rachunku i te wcześniejsze. Te też.

# en: 'The other ones from before' could mean more than one thing on his account. Find out which before you promise anything.
refund-question-hint = „Te wcześniejsze” mogą oznaczać na jego koncie więcej niż jedną rzecz. Ustal, o które chodzi, zanim cokolwiek obiecasz.

# en: This month's four, yes. Which ones from before do you mean: the two MobilPlay charges on the March bill, or the 2,400-forint data top-up?
refund-question-reply-1 = Te cztery z tego miesiąca tak. A wcześniejsze to które: dwie opłaty MobilPlay z marcowego rachunku czy doładowanie za 2400 forintów?

# en: One short, specific question, with both things you can see on his account. It shows you are looking at his bill, not a script, and it saves a second round if you had guessed wrong.
refund-question-reply-1-feedback = Jedno krótkie, konkretne pytanie, z obiema pozycjami, które widzisz na jego koncie. Pokazuje, że patrzysz na jego rachunek, a nie w scenariusz, i oszczędza drugiej rundy, gdyby zgadywanie chybiło.

# en: You have my word, Mr Varga: every forint, the old ones and the new ones. Don't worry, I'll make sure of that personally.
refund-question-reply-2 = Daję panu słowo, panie Tiborze: każdy forint, stare i nowe opłaty. Proszę się nie martwić, osobiście tego dopilnuję.

# en: Warm, and for a moment he feels someone is on his side. But you don't know yet what 'the other ones' are, and anything on a paid bill is MobilPlay's to refund, not yours.
refund-question-reply-2-feedback = Ciepło, i przez chwilę czuje, że ktoś stoi po jego stronie. Ale nie wiesz jeszcze, czym są „te wcześniejsze”, a to, co jest na zapłaconym rachunku, zwraca MobilPlay, nie ty.

# en: This month's four, 5,960 forints, I'm taking off today. The two from March I'll claim back from MobilPlay; they have to answer within 15 days.
refund-question-reply-3 = Te cztery z tego miesiąca, 5960 forintów, zdejmę dzisiaj. O dwie marcowe wystąpię do MobilPlay; mają obowiązek odpowiedzieć w ciągu 15 dni.

# en: An honest plan, and probably the right one. But 'the other ones' was vague, and his account also shows a 2,400-forint top-up; the best reply checked which he meant before answering a question he might not have asked.
refund-question-reply-3-feedback = Uczciwy plan i pewnie właściwy. Ale „te wcześniejsze” było niejasne, a na koncie jest też doładowanie za 2400 forintów; najlepsza odpowiedź najpierw sprawdza, o co mu chodzi, zamiast odpowiadać na pytanie, którego może nie zadał.

# en: The MobilPlay ones, obviously. Two more on the March bill, and that one I've already paid. The top-up was mine, that's fine.
march-charges-says-1 = Te od MobilPlay, oczywiście. Jeszcze dwie na rachunku za marzec, a ten już zapłaciłem. Doładowanie było moje, z nim wszystko w porządku.

# en: Part of this you can do yourself and part depends on MobilPlay. Say which is which, and promise only your part.
march-charges-hint = Część możesz zrobić samodzielnie, a część zależy od MobilPlay. Powiedz, co jest czym, i obiecaj tylko swoją część.

# en: This month's four I can credit straight away. Charges on a bill that's already been paid can't be refunded, I'm afraid; that's the rule for closed bills.
march-charges-reply-1 = Te cztery z tego miesiąca mogę od razu skorygować. Opłat z rachunku, który został już zapłacony, niestety nie da się zwrócić; taka jest zasada dla zamkniętych rachunków.

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' shuts a door you could have opened for him.
march-charges-reply-1-feedback = Połowicznie dobrze: korekta jest prawdziwa. Ale zapłacone opłaty wciąż można odzyskać od MobilPlay, a „taka jest zasada” zamyka drzwi, które dało się przed nim otworzyć.

# en: Both months, every forint, I promise you. I'll get all of it back for you personally, Mr Varga, so you can forget about it.
march-charges-reply-2 = Oba miesiące, każdy forint, obiecuję panu. Osobiście odzyskam dla pana wszystko, panie Tiborze, więc może pan o tym zapomnieć.

# en: It feels generous, and March's refund isn't yours to give: MobilPlay decides it. A promise you can't keep is the one he will quote back to you.
march-charges-reply-2-feedback = Brzmi hojnie, ale marcowego zwrotu nie ty dajesz: decyduje o nim MobilPlay. Obietnicę, której nie da się dotrzymać, zacytuje ci później.

# en: I'm sorry, Mr Varga, but for March you'd have to contact MobilPlay yourself, because that bill is closed on our side. I can send you their e-mail address.
march-charges-reply-3 = Przykro mi, panie Tiborze, ale w sprawie marca musi pan sam skontaktować się z MobilPlay, bo u nas ten rachunek jest już zamknięty. Mogę przesłać ich adres e-mail.

# en: The apology turns into the one thing he asked you not to do: send him to MobilPlay. He has no contract with them, and you do.
march-charges-reply-3-feedback = Przeprosiny zamieniają się w jedyną rzecz, o którą prosił, żeby jej nie robić: odesłanie go do MobilPlay. On nie ma z nimi umowy, a wy macie.

# en: This month's 5,960 I'm removing today. March's two I'll claim from MobilPlay: I can't promise their answer, but you'll have it by text within 15 days.
march-charges-reply-4 = Te 5960 z tego miesiąca zdejmę dzisiaj. O dwie marcowe wystąpię do MobilPlay: ich odpowiedzi nie obiecam, ale dostanie ją pan SMS-em w ciągu 15 dni.

# en: Honest about both parts: what you do yourself and what depends on MobilPlay, with a deadline and the way he will hear. Clear bad news is easier to take than a promise that breaks in a fortnight.
march-charges-reply-4-feedback = Uczciwie w obu sprawach: co robisz osobiście, a co zależy od MobilPlay, z terminem i informacją, jak się dowie. Jasną złą wiadomość łatwiej przyjąć niż obietnicę, która pęknie za dwa tygodnie.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = Co do forinta? W zeszłym tygodniu usłyszałem, że nic nie możecie zrobić. A teraz dostaję słowo, że wszystko będzie zwrócone. To jak w końcu jest? Naprawdę możecie mi to zagwarantować?

# en: Fair question; I should be exact. This month's four I remove myself, today. March's two I must claim from MobilPlay, and I'll text you their answer.
refund-doubt-reply-1 = Słuszne pytanie; powiem dokładnie. Te cztery z tego miesiąca zdejmę osobiście, dzisiaj. O dwie marcowe muszę wystąpić do MobilPlay i przekażę panu SMS-em ich odpowiedź.

# en: Taking back your own promise is hard, and right. It costs a little trust now and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = Wycofanie się z własnej obietnicy jest trudne i słuszne. Teraz kosztuje trochę zaufania, a oszczędza dużo więcej, niż kosztowałaby złamana gwarancja za dwa tygodnie.

# en: Yes, I guarantee it, every single forint of it. Leave it all with me, Mr Varga, and don't worry about a thing; I'll see it through personally.
refund-doubt-reply-2 = Tak, gwarantuję, co do forinta. Proszę to wszystko zostawić mnie, panie Tiborze, i niczym się nie martwić; osobiście doprowadzę sprawę do końca.

# en: He told you exactly why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, yours is the word that breaks.
refund-doubt-reply-2-feedback = Powiedział ci dokładnie, dlaczego wątpi, a ty podwajasz obietnicę, zamiast ją sprawdzić. Jeśli MobilPlay odmówi zwrotu marcowych opłat, złamane zostanie twoje słowo.

# en: Fair question, sir. What I meant is that we'll do everything we can; cases like yours are usually settled in the customer's favour, so please don't worry.
refund-doubt-reply-3 = Słuszne pytanie, proszę pana. Chodziło mi o to, że zrobimy wszystko, co w naszej mocy; takie sprawy zwykle kończą się na korzyść klienta, więc proszę się nie martwić.

# en: He asked for a straight yes or no and got 'usually'. The vaguer the answer, the more it sounds like the hotline he is trying to get past.
refund-doubt-reply-3-feedback = Prosił o jasne tak albo nie, a dostał „zwykle”. Im bardziej mglista odpowiedź, tym bardziej przypomina infolinię, przez którą próbuje się przebić.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = Czyli mam zapłacić 2980 forintów za coś, czego nigdy nie zamawiałem, bo takie są „zasady”? WŁAŚNIE dlatego nazwałem to przekrętem.

# en: I'm sorry, but I've already told you what I'm able to do, Mr Varga. Once a bill is paid, it's closed, and I can't reopen it from here.
refund-refused-reply-1 = Przykro mi, panie Tiborze, ale to, co mogę zrobić, jest już na stole. Zapłacony rachunek jest zamknięty i nie da się go stąd ponownie otworzyć.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-1-feedback = Spokojnie, ale powtarzasz odmowę i zostawiasz go 2980 forintów do tyłu, bez żadnej drogi wyjścia. „Zamknięty” to słowo, które zacytuje, kiedy będzie opowiadał tę historię.

# en: You're right to push back; I put that badly. I can't remove March's two myself, but I'll claim them from MobilPlay today and text you their answer.
refund-refused-reply-2 = Słusznie pan protestuje; powiem to lepiej. Dwóch marcowych nie mogę zdjąć, ale jeszcze dziś wystąpię o nie do MobilPlay i SMS-em przekażę panu odpowiedź.

# en: You corrected yourself without defending the 'rule' and said what you can do instead. Saying what is possible turns a refusal into a plan.
refund-refused-reply-2-feedback = Poprawiasz się, nie broniąc „zasady”, i mówisz, co możesz zrobić zamiast tego. Powiedzenie, co jest możliwe, zamienia odmowę w plan.

# en: It isn't a scam, sir. It's how billing works at every operator in the country: a paid bill is closed, and the same rule would apply anywhere.
refund-refused-reply-3 = To nie jest żaden przekręt, proszę pana. Tak działają rozliczenia u każdego operatora w kraju: zapłacony rachunek jest zamknięty i wszędzie obowiązywałaby ta sama zasada.

# en: You argued with the word 'scam' and defended the rule he is angry about. Being right about other operators gets him nothing back.
refund-refused-reply-3-feedback = Spierasz się ze słowem „przekręt” i bronisz zasady, która go złości. To, że masz rację co do innych operatorów, nie zwraca mu ani forinta.

# en: And what stops this happening again next month? You lot get a cut of every one of these, don't you? That's why you let them onto people's bills.
block-question-says-1 = A co sprawi, że w przyszłym miesiącu to się nie powtórzy? Wy przecież macie działkę od każdej takiej opłaty, prawda? Dlatego wpuszczacie ich na rachunki ludzi.

# en: He may even be right about the cut. Winning that point gains you nothing; his question is about next month.
block-question-hint = Może nawet ma rację co do działki. Wygranie tego punktu nic ci nie da; jego pytanie dotyczy przyszłego miesiąca.

# en: Mr Varga, that's not quite fair. We're a regulated operator, strict rules apply to every partner, and we certainly don't let just anyone charge our customers.
block-question-reply-1 = Panie Tiborze, to nie do końca sprawiedliwe. Jesteśmy regulowanym operatorem, każdego partnera obowiązują surowe zasady i z pewnością nie pozwalamy byle komu obciążać naszych klientów.

# en: You took the bait and defended the company's honour, and his real question, next month, went unanswered. Each reason you give him is one more thing to argue with.
block-question-reply-1-feedback = Łapiesz przynętę i bronisz honoru firmy, a jego prawdziwe pytanie, o przyszły miesiąc, zostaje bez odpowiedzi. Każdy argument, który podajesz, to kolejna rzecz, z którą może się kłócić.

# en: The best protection is to be careful with adverts, Mr Varga: never tap 'subscribe' on anything, and always read the small print before you agree.
block-question-reply-2 = Najlepszą ochroną jest ostrożność z reklamami, panie Tiborze: nigdy nie klikać „subskrybuj” i zawsze czytać drobny druk, zanim się na coś zgodzi.

# en: Sound advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = Rozsądna rada na papierze, ale dla niego znaczy, że wszystko to była jego nieuwaga. Używa telefonu do rozmów i pogody; wykład o reklamach zrzuca winę z powrotem na niego.

# en: I can put a free block on all partner charges on your number, so none of them can bill you again. Shall I do that now?
block-question-reply-3 = Mogę założyć bezpłatną blokadę wszystkich usług partnerów na pana numerze, żeby żaden z nich już pana nie obciążył. Założyć ją teraz?

# en: The right fix, offered without rising to the jibe about the cut. The best reply also told him, in one clause, that he was right not to want this on his bill, and simply did it.
block-question-reply-3-feedback = Właściwa naprawa, zaproponowana bez dawania się sprowokować docinkiem o działce. Najlepsza odpowiedź w jednym zdaniu przyznaje mu też, że słusznie nie chce tego na rachunku, i po prostu to robi.

# en: Honestly, I can't guarantee that. There are lots of these companies, new ones appear every month, and we can't check them all before they start billing.
block-question-reply-4 = Szczerze mówiąc, nie mogę tego zagwarantować. Takich firm jest mnóstwo, co miesiąc pojawiają się nowe i nie jesteśmy w stanie sprawdzić każdej, zanim zacznie naliczać opłaty.

# en: Honest, and helpless, when there is a block you could switch on. He leaves expecting to find the next one on his bill himself.
block-question-reply-4-feedback = Szczerze i bezradnie, kiedy jest blokada, którą można włączyć. Odchodzi z przekonaniem, że następną taką opłatę będzie musiał wyłapać sam.

# en: Mr Varga, whoever earns what, it shouldn't be on your bill. I've put a free block on all partner charges; a text will confirm it.
block-question-reply-5 = Panie Tiborze, kto by na tym nie zarabiał, to nie powinno być na pana rachunku. Założę od razu bezpłatną blokadę usług partnerów; potwierdzę ją SMS-em.

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

# en: Complete and exact: every amount, the open claim and its deadline. What it leaves out is him: no thanks, no word about last week, and nothing about who will tell him MobilPlay's answer.
wrap-up-reply-1-feedback = Kompletnie i dokładnie: każda kwota, otwarta reklamacja i jej termin. Brakuje w tym jego samego: ani podziękowania, ani słowa o zeszłym tygodniu, ani informacji, kto przekaże mu odpowiedź MobilPlay.

# en: Thank you for contacting us, Mr Varga. Everything has been taken care of on our side. Is there anything else I can help you with today?
wrap-up-reply-2 = Dziękujemy za kontakt, panie Tiborze. Po naszej stronie wszystko zostało załatwione. Czy mogę jeszcze w czymś dzisiaj pomóc?

# en: The closing line of every chat, to a man who asked for exactly what happens and when. 'Taken care of' is the kind of promise he said he has had enough of.
wrap-up-reply-2-feedback = Zamykające zdanie każdego czatu, skierowane do kogoś, kto zapytał dokładnie, co i kiedy się stanie. „Wszystko załatwione” to właśnie ten rodzaj obietnicy, którego ma dość.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about March very soon, and you'll have every forint back, I promise.
wrap-up-reply-3 = Proszę się nie martwić, wszystko jest już załatwione. Ktoś z naszego zespołu wkrótce odezwie się w sprawie marca, a odzyska pan każdy forint, obiecuję.

# en: 'Someone' and 'very soon' are the vague words he said he is tired of, and 'every forint' is MobilPlay's to give. Tell him what happens, who does it and by when.
wrap-up-reply-3-feedback = „Ktoś” i „wkrótce” to właśnie te mgliste słowa, których ma dość, a „każdy forint” zależy od MobilPlay. Powiedz, co się stanie, kto to zrobi i do kiedy.

# en: MobilPlay is stopped and blocked; 5,960 comes off today; I'll text you March's answer within 15 days. Thanks for staying with me, and sorry about last week.
wrap-up-reply-4 = MobilPlay zatrzymany i zablokowany; 5960 zniknie dziś z rachunku; odpowiedź w sprawie marca prześlę SMS-em w ciągu 15 dni. Dziękuję za cierpliwość i przepraszam za zeszły tydzień.

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

