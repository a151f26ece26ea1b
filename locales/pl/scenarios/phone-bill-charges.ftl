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

# en: Mr Varga, four charges of 1,490 forints for a 'MobilPlay Club' you never ordered, and last week you were told it's not our business. It is: it's on our bill. I'm sorry. I'll sort it out with you now, start to finish.
opening-reply-1 = Panie Tiborze, cztery opłaty po 1490 forintów za „MobilPlay Club”, którego pan nie zamawiał, a w zeszłym tygodniu usłyszał pan, że to nie nasza sprawa. Jest nasza: to nasz rachunek. Przepraszam. Zajmę się tym teraz razem z panem, od początku do końca.

# en: You gave back all three things he wrote: the name, the amount and last week's brush-off, and you took back the 'not our business' answer. A customer who sees his own words mirrored has no reason to keep typing them in capitals.
opening-reply-1-feedback = Oddajesz mu wszystkie trzy rzeczy, które napisał: nazwę, kwotę i zeszłotygodniowe zbycie, i wycofujesz odpowiedź „to nie nasza sprawa”. Klient, który widzi odbicie własnych słów, nie ma powodu dalej pisać ich wielkimi literami.

# en: I'm sorry about this, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay.
opening-reply-2 = Przykro mi z tego powodu, ale usługi partnerów prowadzą odrębne firmy. My tylko pobieramy opłatę w ich imieniu, więc rezygnację trzeba złożyć w MobilPlay.

# en: Technically accurate, and exactly what he heard last week. The 'but' cancels the apology, and he is told for the second time that nobody here will take his problem.
opening-reply-2-feedback = Technicznie poprawne i dokładnie to samo, co usłyszał w zeszłym tygodniu. „Ale” przekreśla przeprosiny i po raz drugi słyszy, że nikt tutaj nie zajmie się jego problemem.

# en: Hello, I can help you with billing questions. To start, please send me your phone number and the account holder's date of birth.
opening-reply-3 = Dzień dobry, pomogę w sprawach rachunków. Na początek proszę podać numer telefonu i datę urodzenia właściciela konta.

# en: Polite, but it reads like an automatic greeting. He asked whether he is being robbed, and the answer he got is a form to fill in.
opening-reply-3-feedback = Uprzejmie, ale brzmi jak automatyczne powitanie. Zapytał, czy ktoś go okrada, a w odpowiedzi dostał formularz do wypełnienia.

# en: I can assure you we are not running any scam, sir. We are a licensed operator, and all our partner services are fully legal.
opening-reply-4 = Zapewniam pana, że nie prowadzimy żadnego przekrętu. Jesteśmy licencjonowanym operatorem, a wszystkie usługi naszych partnerów są w pełni legalne.

# en: You defended the company against the word 'scam' instead of looking at his money. Arguing with his suspicion only makes him push harder to prove it.
opening-reply-4-feedback = Bronisz firmy przed słowem „przekręt”, zamiast przyjrzeć się jego pieniądzom. Spieranie się z jego podejrzeniami sprawia tylko, że tym mocniej będzie chciał ich dowieść.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = DOKŁADNIE TO SAMO MÓWILI W ZESZŁYM TYGODNIU. Nie mam żadnej umowy z żadnym „partnerem”. Umowę mam z WAMI. To WY przysłaliście mi rachunek. To WY ściągnęliście pieniądze z mojego konta. Więc nie odsyłajcie mnie do nikogo innego!

# en: You're right: the charges are on our bill, so they're ours to sort out. I'm sorry you got the same answer twice. I'm handling this myself, and you won't need to contact MobilPlay at all.
partner-again-reply-1 = Ma pan rację: opłaty są na naszym rachunku, więc to my musimy to wyjaśnić. Przepraszam, że dwa razy dostał pan tę samą odpowiedź. Zajmę się tym osobiście i nie będzie pan musiał w ogóle kontaktować się z MobilPlay.

# en: You agreed with his point instead of defending the process, and took the case yourself. 'You won't need to contact MobilPlay' answers exactly what he was afraid of: being sent away again.
partner-again-reply-1-feedback = Przyznajesz mu rację, zamiast bronić procedury, i bierzesz sprawę na siebie. „Nie będzie pan musiał kontaktować się z MobilPlay” odpowiada dokładnie na to, czego się obawiał: że znowu zostanie odesłany.

# en: I understand how frustrating this is, but honestly, we just pass the payment on. I can give you MobilPlay's customer line; they usually answer within a day.
partner-again-reply-2 = Rozumiem, jakie to frustrujące, ale naprawdę, my tylko przekazujemy płatność dalej. Mogę podać panu numer infolinii MobilPlay; zwykle odpowiadają w ciągu doby.

# en: Naming his frustration was right, but another company's phone number is last week's brush-off, only friendlier. Empathy without ownership still leaves him alone with the problem.
partner-again-reply-2-feedback = Nazwanie jego frustracji było trafne, ale numer telefonu innej firmy to zeszłotygodniowe zbycie, tylko w milszej formie. Empatia bez wzięcia odpowiedzialności nadal zostawia go samego z problemem.

# en: Sir, please stop writing in capital letters. I can't help you if you keep shouting at me in the chat.
partner-again-reply-3 = Proszę przestać pisać wielkimi literami. Nie mogę panu pomóc, jeśli będzie pan na mnie krzyczał na czacie.

# en: Capitals are his raised voice. Telling him to stop says his anger is the problem, not the charges, and it almost always makes it worse. Answer calmly and the capitals tend to stop by themselves.
partner-again-reply-3-feedback = Wielkie litery to jego podniesiony głos. Prośba, żeby przestał, mówi mu, że problemem jest jego złość, a nie opłaty, i niemal zawsze pogarsza sprawę. Odpowiadaj spokojnie, a wielkie litery zwykle znikają same.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = AHA, „LEGALNE”, TAK? To dlaczego legalna firma bierze pieniądze za coś, czego NIGDY nie zamawiałem? Nie obchodzi mnie wasza licencja. CHCĘ ODZYSKAĆ PIENIĄDZE.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about who's legal. Let me look at these charges with you now and stop them.
shouting-reply-1 = Ma pan pełne prawo być zły: z pana konta zeszły pieniądze za coś, o co pan nigdy nie prosił. Nie będę się spierać o to, co jest legalne. Przyjrzyjmy się teraz razem tym opłatom i je zatrzymajmy.

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in reply to capitals pull the chat back down to your level.
shouting-reply-1-feedback = Uznajesz jego złość za uzasadnioną i rezygnujesz z rozpoczętego sporu. Krótkie, spokojne zdania w odpowiedzi na wielkie litery sprowadzają rozmowę z powrotem na twój poziom.

# en: I do understand, sir, but I can't promise any refund before I've checked the account. Please be patient with me for a moment.
shouting-reply-2 = Rozumiem pana, ale nie mogę obiecać żadnego zwrotu, zanim nie sprawdzę konta. Proszę o chwilę cierpliwości.

# en: True and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = Prawdziwe i spokojnie powiedziane, ale odpowiada tylko na kwestię pieniędzy. On czuje się oszukany, a „proszę o cierpliwość” brzmi jak prośba, żeby przestał to czuć.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me.
shouting-reply-3 = Ja tylko wyjaśniam, jak to działa. PRÓBUJĘ PANU POMÓC, gdyby mi pan tylko pozwolił.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = Wielkie litery w odpowiedzi na wielkie litery zamieniają czat w przekrzykiwanie się, a „gdyby mi pan tylko pozwolił” stawia w centrum ciebie. Im łagodniej piszesz, tym szybciej on ścisza głos.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = Dość tego. Już dwa razy odsyłano mnie w kółko. Proszę mnie połączyć z przełożonym, albo idę z tym do urzędu ochrony konsumentów.

# en: I'll put you through if you still want that. Before I do: I can stop the MobilPlay charges on your number right now, while we're chatting. Shall I do that first?
supervisor-demand-reply-1 = Połączę pana, jeśli nadal będzie pan tego chciał. Ale zanim to zrobię: mogę od razu zablokować opłaty MobilPlay na pana numerze, jeszcze w trakcie naszej rozmowy. Zrobić to najpierw?

# en: You respected his request and offered a concrete step you control. Many customers ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-1-feedback = Szanujesz jego prośbę i proponujesz konkretny krok, który zależy od ciebie. Wielu klientów prosi o przełożonego tylko dlatego, że stracili nadzieję na pomoc od osoby, z którą rozmawiają.

# en: Of course. I'm transferring you to a supervisor now. The current waiting time is around 25 minutes.
supervisor-demand-reply-2 = Oczywiście. Przełączam pana teraz do przełożonego. Obecny czas oczekiwania to około 25 minut.

# en: Courteous, and it respects his wish, but the case leaves your hands unsolved, and he waits 25 minutes to tell it all a third time. Try one concrete offer before the transfer.
supervisor-demand-reply-2-feedback = Uprzejmie i zgodnie z jego życzeniem, ale sprawa wymyka ci się z rąk nierozwiązana, a on czeka 25 minut, żeby opowiedzieć wszystko po raz trzeci. Przed przełączeniem spróbuj jednej konkretnej propozycji.

# en: A supervisor will tell you the same thing, sir: partner charges are handled by the partner.
supervisor-demand-reply-3 = Przełożony powie panu to samo: opłatami partnerów zajmuje się partner.

# en: You refused him and told him it would be pointless to ask anyone else. With every door closed, the only move left to him is to leave.
supervisor-demand-reply-3-feedback = Odmawiasz mu i mówisz, że nie ma sensu pytać kogokolwiek innego. Kiedy wszystkie drzwi są zamknięte, jedyne, co mu zostaje, to odejść.

# en: It's 30 412 7785. And let me say it once more: I don't play games. I use this phone to make calls and check the weather. That's it.
number-check-says-1 = 30 412 7785. I powtórzę jeszcze raz: ja nie gram w żadne gry. Tego telefonu używam do dzwonienia i sprawdzania pogody. I tyle.

# en: My number is 30 412 7785. And for the record, I've never played a game on that phone in my life. Calls and the weather forecast, nothing else.
number-check-says-2 = Mój numer to 30 412 7785. I żeby było jasne: w życiu nie grałem na tym telefonie w żadną grę. Rozmowy i prognoza pogody, nic więcej.

# en: Thank you, Mr Varga. I can see it: 'MobilPlay Club', 1,490 forints a week since 18 March. I've just stopped the subscription, so no new charge can come from it.
number-check-reply-1 = Dziękuję, panie Tiborze. Widzę to: „MobilPlay Club”, 1490 forintów tygodniowo od 18 marca. Subskrypcja jest już zatrzymana, więc nie pojawi się z niej żadna nowa opłata.

# en: You used what he had already told you and did something he can feel at once: the charges stop today. One concrete act convinces him more than any reassurance.
number-check-reply-1-feedback = Korzystasz z tego, co już ci powiedział, i robisz coś, co od razu odczuje: opłaty kończą się dziś. Jeden konkretny ruch przekonuje go bardziej niż jakiekolwiek zapewnienia.

# en: Thank you. Could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = Dziękuję. Czy może pan podać nazwę usługi z rachunku i kwoty, które zostały naliczone?

# en: He wrote both in his very first message. Asking again tells him nobody read it, the exact feeling he came into the chat with.
number-check-reply-2-feedback = Obie rzeczy napisał w swojej pierwszej wiadomości. Ponowne pytanie mówi mu, że nikt jej nie przeczytał, a właśnie z takim poczuciem wszedł na czat.

# en: Thank you. I've passed your complaint on to our billing team, and they will contact you about the charges.
number-check-reply-3 = Dziękuję. Przekazuję pana reklamację do działu rozliczeń, który skontaktuje się z panem w sprawie opłat.

# en: 'I've passed it on' is last week's answer in other words. He wanted someone here to act, and you handed the case away in the first minute.
number-check-reply-3-feedback = „Przekazuję dalej” to zeszłotygodniowa odpowiedź, tylko innymi słowami. Chciał, żeby ktoś tutaj coś zrobił, a ty oddajesz sprawę w pierwszej minucie.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = NAPISAŁEM TO W PIERWSZEJ WIADOMOŚCI. „MobilPlay Club”. 1490. CZTERY RAZY. Czy ktoś tam w ogóle czyta, co piszę?

# en: You did, and I'm sorry for making you type it again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it so no new charge can come.
repeat-annoyed-reply-1 = Rzeczywiście, napisał pan, i przepraszam, że musi pan to powtarzać. MobilPlay Club, cztery razy po 1490: mam to przed sobą i właśnie zatrzymuję tę usługę, więc żadna nowa opłata już się nie pojawi.

# en: You owned the slip at once, gave his details back to prove you have them, and added a real step. Admitting a small mistake quickly costs less than defending it.
repeat-annoyed-reply-1-feedback = Od razu bierzesz tę wpadkę na siebie, powtarzasz jego dane, żeby pokazać, że je masz, i dokładasz realny krok. Szybkie przyznanie się do drobnego błędu kosztuje mniej niż bronienie go.

# en: Sorry, I have to confirm the details for our records. Thank you for your patience.
repeat-annoyed-reply-2 = Przepraszam, muszę potwierdzić dane na potrzeby naszej dokumentacji. Dziękuję za cierpliwość.

# en: A stock phrase in answer to 'does anybody read what I write?' proves his point. He needs to hear from a person, not from a procedure.
repeat-annoyed-reply-2-feedback = Wyuczona formułka w odpowiedzi na „czy ktoś w ogóle czyta, co piszę?” tylko potwierdza jego zarzut. Musi usłyszeć człowieka, a nie procedurę.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
how-did-it-happen-says-1 = Dobra. Ale najpierw proszę mi wytłumaczyć: JAK firma, o której w życiu nie słyszałem, trafia na mój rachunek? Ktoś mi ukradł numer? Bo tak to z mojej strony wygląda.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
how-did-it-happen-says-2 = Niech będzie. Ale chcę coś zrozumieć. Jak firma, o której nawet nie słyszałem, może doliczać opłaty do MOJEGO rachunku za telefon? Ktoś mi ukradł numer, czy co?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
how-did-it-happen-hint = Zrezygnuj z wewnętrznych określeń w rodzaju „billing zewnętrzny” czy „SMS Premium”. Wytłumacz to tak, jak tłumaczy się sąsiadowi, i odpowiedz na jego prawdziwą obawę.

# en: In plain words: some companies are allowed to charge things to a phone bill, a bit like a shop charging a bank card, and we collect the money for them. It usually starts with one tap on a 'subscribe' button in an advert. Nobody has stolen your number.
how-did-it-happen-reply-1 = Mówiąc prosto: niektóre firmy mogą doliczać opłaty do rachunku za telefon, trochę jak sklep, który obciąża kartę bankową, a my pobieramy dla nich te pieniądze. Zwykle zaczyna się od jednego dotknięcia przycisku „subskrybuj” w reklamie. Nikt nie ukradł panu numeru.

# en: You explained the process in his words, with a comparison he knows, and answered his real fear: his number is safe. Once he understands what happened, a lot of the fear, and the anger, goes out of it.
how-did-it-happen-reply-1-feedback = Wyjaśniasz mechanizm jego językiem, porównaniem, które zna, i odpowiadasz na jego prawdziwą obawę: jego numer jest bezpieczny. Kiedy rozumie, co się stało, uchodzi z niego sporo strachu, a razem z nim złości.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself.
how-did-it-happen-reply-2 = To subskrypcja zewnętrznego dostawcy rozliczana w modelu direct carrier billing, aktywowana przez SMS Premium MT 18 marca. Za samą usługę VAS odpowiada dostawca treści.

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to him, and jargon makes an angry customer feel talked down to and shut out.
how-did-it-happen-reply-2-feedback = Precyzyjnie, ale jak do kolegi z pracy. „SMS MT” i „VAS” nic mu nie mówią, a żargon sprawia, że zdenerwowany klient czuje się traktowany z góry i odsunięty na bok.

# en: Our records show the subscription was confirmed from your phone on 18 March, so it was started from your own device.
how-did-it-happen-reply-3 = Z naszych danych wynika, że subskrypcja została potwierdzona z pana telefonu 18 marca, czyli aktywowano ją z pana własnego urządzenia.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice that he never ordered anything, and his question about fraud got an accusation back.
how-did-it-happen-reply-3-feedback = Może system tak podaje, ale przeczytane w ten sposób znaczy „sam pan to zrobił”. Dwa razy ci powiedział, że niczego nie zamawiał, a na pytanie o oszustwo dostał w odpowiedzi oskarżenie.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = Połowy z tego nie rozumiem. MT co? VAS? Trzydzieści lat jeździłem autobusem, nie jestem inżynierem. Proszę mi powiedzieć normalnie: kto wziął moje pieniądze i czy je odzyskam?

# en: Sorry, that was our internal language. In plain words: a company called MobilPlay put a weekly charge on your bill through us, probably after a tap on an advert. We collected it for them, so it's ours to put right. Now, about getting it back.
jargon-confused-reply-1 = Przepraszam, to był nasz wewnętrzny żargon. Mówiąc po ludzku: firma MobilPlay doliczała przez nas cotygodniową opłatę do pana rachunku, prawdopodobnie po jednym dotknięciu reklamy. To my pobraliśmy te pieniądze w jej imieniu, więc to my musimy to naprawić. A teraz o tym, jak je odzyskać.

# en: You apologised for the jargon without fuss and answered both his questions in everyday words. 'It's ours to put right' is the sentence he has been waiting for since last week.
jargon-confused-reply-1-feedback = Bez ceregieli przepraszasz za żargon i zwykłymi słowami odpowiadasz na oba jego pytania. „To my musimy to naprawić” to zdanie, na które czeka od zeszłego tygodnia.

# en: Basically, it's a partner subscription. The partner took the money, not us, so any refund is really their decision.
jargon-confused-reply-2 = W skrócie: to subskrypcja partnera. Pieniądze wziął partner, nie my, więc o zwrocie tak naprawdę decyduje on.

# en: Plain words at last, but the same message he got last week: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = Wreszcie prostym językiem, ale to ten sam komunikat co w zeszłym tygodniu: „nie my”. Prosty język pomaga tylko wtedy, gdy to, co w nim mówisz, daje mu kogoś, na kim może polegać.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = CZYLI TERAZ TO MOJA WINA?? Niczego NIE potwierdzałem. Mówiłem już, używam tego telefonu do dzwonienia i sprawdzania pogody. Robicie ze mnie kłamcę?

# en: No, I believe you. These adverts are built so that one accidental tap is enough, and most people never notice it. It's not your fault, and you shouldn't pay for something you didn't want.
accused-reply-1 = Nie, wierzę panu. Te reklamy są tak zrobione, żeby wystarczyło jedno przypadkowe dotknięcie, a większość ludzi w ogóle tego nie zauważa. To nie pana wina i nie powinien pan płacić za coś, czego pan nie chciał.

# en: You gave him the benefit of the doubt and took the blame off him in plain words. He no longer has to prove his innocence, so he can stop fighting you.
accused-reply-1-feedback = Dajesz mu kredyt zaufania i zwykłymi słowami zdejmujesz z niego winę. Nie musi już udowadniać swojej niewinności, więc może przestać z tobą walczyć.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows.
accused-reply-2 = Nikim pana nie nazywam. Przekazuję tylko to, co pokazuje system.

# en: 'I'm only the messenger' leaves him helpless: the record says he did it, and you won't stand beside him against it.
accused-reply-2-feedback = „Jestem tylko posłańcem” zostawia go bezradnym: według systemu zrobił to sam, a ty nie zamierzasz stanąć po jego stronie przeciwko temu zapisowi.

# en: Could someone else have used your phone, a grandchild perhaps? That happens a lot with game subscriptions.
accused-reply-3 = Czy ktoś inny mógł korzystać z pana telefonu, na przykład wnuczek? Przy subskrypcjach gier zdarza się to bardzo często.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation. He told you what he uses the phone for; look for the answer in the records, not in his family.
accused-reply-3-feedback = Rozsądne pytanie w spokojniejszej chwili, ale zaraz po „sam pan to zrobił” brzmi jak drugie oskarżenie. Powiedział ci, do czego używa telefonu; szukaj odpowiedzi w systemie, nie w jego rodzinie.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = Dość. Czternaście lat jestem waszym klientem i tak mnie traktujecie. Chcę rozmawiać z kimś wyżej, natychmiast. Albo jeszcze dziś wypowiadam umowę.

# en: Fourteen years is a long time, and you deserve better than this chat so far. I'll connect you if you still want. But I can take this month's charges off your bill myself, right now. May I do that first?
late-supervisor-reply-1 = Czternaście lat to długo i należało się panu coś lepszego niż dotychczasowy przebieg tego czatu. Połączę pana, jeśli nadal pan chce. Ale opłaty z tego miesiąca mogę zdjąć z pana rachunku osobiście, od razu. Czy mogę zrobić to najpierw?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. His choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = Podchwytujesz jego czternaście lat, przyznajesz, że czat poszedł źle, i proponujesz coś, co możesz zrobić od ręki. Wybór nadal należy do niego, ale teraz ma powód, żeby zostać.

# en: Certainly. I've passed your case to a supervisor, who will contact you within 48 hours.
late-supervisor-reply-2 = Oczywiście. Przekazuję pana sprawę przełożonemu, który skontaktuje się z panem w ciągu 48 godzin.

# en: It does what he asked, but a 48-hour wait for someone else is one more 'passed on'. Offer the part you can fix yourself before you hand the case away.
late-supervisor-reply-2-feedback = Robisz to, o co prosił, ale 48 godzin czekania na kogoś innego to kolejne „przekazuję dalej”. Zanim oddasz sprawę, zaproponuj tę część, którą możesz naprawić samodzielnie.

# en: Cancelling your contract won't get your money back any faster, sir.
late-supervisor-reply-3 = Wypowiedzenie umowy nie sprawi, że szybciej odzyska pan pieniądze.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a debate.
late-supervisor-reply-3-feedback = Wytykanie mu czegoś w odpowiedzi na groźbę tylko utwierdza go w tym, że powinien odejść. Czternaście lat lojalności zasługiwało na odpowiedź na jego żal, a nie na dyskusję.

# en: All right. So do I get ALL my money back? Four times 1,490 on this bill. And I checked last month's bill as well: two more from MobilPlay, and that one I've already paid.
refund-question-says-1 = No dobrze. To odzyskam WSZYSTKIE pieniądze? Cztery razy 1490 na tym rachunku. A sprawdziłem też zeszłomiesięczny rachunek: jeszcze dwie opłaty od MobilPlay, a ten już zapłaciłem.

# en: Some of this you can do yourself and some you can't. Say which is which, and don't promise the part that isn't yours to give.
refund-question-hint = Część z tego jest w twoich rękach, a część nie. Powiedz, która jest która, i nie obiecuj tego, o czym nie ty decydujesz.

# en: This month's four charges, 5,960 forints, I'm removing myself, today. March's two, 2,980, are on a paid bill, so I have to claim them from MobilPlay. I'm filing that now; they must answer within 15 days. I can't promise their answer, but I'll text it to you either way.
refund-question-reply-1 = Cztery opłaty z tego miesiąca, 5960 forintów, zdejmuję osobiście, dziś. Dwie marcowe, 2980, są na zapłaconym rachunku, więc muszę złożyć o nie reklamację w MobilPlay. Składam ją teraz; muszą odpowiedzieć w ciągu 15 dni. Nie mogę obiecać, jaka będzie ich odpowiedź, ale tak czy inaczej wyślę ją panu SMS-em.

# en: Honest about both parts: what you can do yourself and what depends on MobilPlay, with a deadline and a way he will hear. Clear bad news is easier to accept than a promise that breaks later.
refund-question-reply-1-feedback = Uczciwie o obu częściach: co zależy od ciebie, a co od MobilPlay, z terminem i informacją, jak się o wyniku dowie. Jasną złą wiadomość łatwiej przyjąć niż obietnicę, która później się posypie.

# en: Yes, every forint, don't worry. I'll make sure of that personally, you have my word on it.
refund-question-reply-2 = Tak, co do forinta, proszę się nie martwić. Osobiście tego dopilnuję, ma pan moje słowo.

# en: Warm, and he feels someone is on his side, but March's charges are MobilPlay's to refund, not yours. A promise you cannot keep is the one he will remember.
refund-question-reply-2-feedback = Ciepło, i czuje, że ktoś jest po jego stronie, ale zwrot za marzec zależy od MobilPlay, nie od ciebie. Obietnica, której nie możesz dotrzymać, to właśnie ta, którą zapamięta.

# en: I can credit this month's four charges. Charges on a bill that's already paid can't be refunded, I'm afraid. That's the rule.
refund-question-reply-3 = Mogę anulować cztery opłaty z tego miesiąca. Opłat z rachunku, który jest już zapłacony, niestety nie da się zwrócić. Takie są zasady.

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' closes a door you could have opened for him.
refund-question-reply-3-feedback = W połowie dobrze: korekta jest prawdziwa. Ale zapłacone opłaty nadal można odzyskać od MobilPlay, a „takie są zasady” zamyka drzwi, które dało się przed nim otworzyć.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = Co do forinta? W zeszłym tygodniu usłyszałem, że nic nie możecie zrobić. A teraz dostaję słowo, że wszystko będzie zwrócone. To jak w końcu jest? Naprawdę możecie mi to zagwarantować?

# en: Fair question, and I should be exact. This month's four charges, 5,960 forints, I remove myself, today. March's two I have to claim from MobilPlay: I'll file it now, they must answer within 15 days, and I'll text you their answer either way.
refund-doubt-reply-1 = Słuszne pytanie, więc powiem dokładnie. Cztery opłaty z tego miesiąca, 5960 forintów, zdejmuję osobiście, dziś. O dwie marcowe muszę złożyć reklamację w MobilPlay: składam ją teraz, muszą odpowiedzieć w ciągu 15 dni, a ich odpowiedź tak czy inaczej wyślę panu SMS-em.

# en: Taking back your own promise is hard, and right. It costs a little trust now, and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = Wycofanie własnej obietnicy jest trudne, i słuszne. Kosztuje teraz trochę zaufania, ale oszczędza znacznie więcej, niż kosztowałaby złamana gwarancja za dwa tygodnie.

# en: Yes, I guarantee it. Leave it all with me and don't worry about a thing.
refund-doubt-reply-2 = Tak, gwarantuję. Proszę zostawić to wszystko mnie i niczym się nie martwić.

# en: He told you why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, your word is the one that breaks.
refund-doubt-reply-2-feedback = Powiedział ci, dlaczego wątpi, a ty zamiast to sprawdzić, podwajasz obietnicę. Jeśli MobilPlay odmówi zwrotu za marzec, złamane zostanie właśnie twoje słowo.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = Czyli mam zapłacić 2980 forintów za coś, czego nigdy nie zamawiałem, bo takie są „zasady”? WŁAŚNIE dlatego nazwałem to przekrętem.

# en: You're right to push back, and I put that badly. I can't remove the paid charges myself, but I can claim them back from MobilPlay for you. I'll file it now; they must answer within 15 days, and I'll text you their answer.
refund-refused-reply-1 = Słusznie pan protestuje, to było źle ujęte. Nie mogę osobiście anulować zapłaconych opłat, ale mogę w pana imieniu złożyć o nie reklamację w MobilPlay. Składam ją teraz; muszą odpowiedzieć w ciągu 15 dni, a ich odpowiedź wyślę panu SMS-em.

# en: You corrected yourself without defending the 'rule' and said what you can do instead, with a deadline. Saying what is possible turns a refusal into a plan.
refund-refused-reply-1-feedback = Poprawiasz się, nie broniąc „zasad”, i mówisz, co możesz zrobić zamiast tego, z konkretnym terminem. Powiedzenie, co jest możliwe, zamienia odmowę w plan.

# en: I'm sorry, but I've already told you what I'm able to do. Once a bill is paid, it's closed.
refund-refused-reply-2 = Przykro mi, ale więcej nie mogę zrobić. Zapłacony rachunek jest już zamknięty.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-2-feedback = Spokojnie, ale powtarzasz odmowę i zostawiasz go 2980 forintów do tyłu, bez żadnej drogi wyjścia. „Zamknięty” to słowo, które zacytuje, kiedy będzie opowiadał tę historię.

# en: And what stops this happening again next month? I'm not going to check every bill with a magnifying glass for the rest of my life.
block-question-says-1 = A co sprawi, że to się nie powtórzy w przyszłym miesiącu? Nie zamierzam do końca życia sprawdzać każdego rachunku z lupą.

# en: I can switch on a free block for all partner charges on your number, so no company like this can bill you through us again. I've turned it on now, and you'll get a text confirming it within the hour.
block-question-reply-1 = Mogę włączyć na pana numerze bezpłatną blokadę wszystkich opłat partnerów, żeby żadna taka firma nie mogła już pana obciążyć przez nas. Właśnie ją włączam, a w ciągu godziny dostanie pan SMS z potwierdzeniem.

# en: You fixed the cause, not only this month's damage, and told him how he will know it is done. He no longer has to guard his bill himself.
block-question-reply-1-feedback = Usuwasz przyczynę, a nie tylko szkody z tego miesiąca, i mówisz mu, skąd będzie wiedział, że to zrobione. Nie musi już sam pilnować swojego rachunku.

# en: The best protection is to be careful with adverts: don't tap 'subscribe' on anything, and read the small print first.
block-question-reply-2 = Najlepszą ochroną jest ostrożność przy reklamach: nie klikać „subskrybuj” i najpierw czytać drobny druk.

# en: Good advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = Dobra rada w teorii, ale dla niego znaczy, że wszystko wynikło z jego nieuwagi. Używa telefonu do dzwonienia i sprawdzania pogody; pogadanka o reklamach znowu zrzuca winę na niego.

# en: Honestly, I can't guarantee that. There are lots of these companies, and new ones appear all the time.
block-question-reply-3 = Szczerze mówiąc, nie mogę tego zagwarantować. Takich firm jest mnóstwo i ciągle pojawiają się nowe.

# en: Honest, but helpless, when there is a block you could switch on. Fixing the cause is part of making it right, so it does not happen to him next month.
block-question-reply-3-feedback = Szczerze, ale bezradnie, skoro istnieje blokada, którą możesz włączyć. Usunięcie przyczyny to część naprawienia szkody, żeby w przyszłym miesiącu nie spotkało go to samo.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
wrap-up-says-1 = OK. To proszę mi dokładnie powiedzieć, co teraz będzie. Obietnic od was mam już dość na długo.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
wrap-up-says-2 = Dobrze. Zanim zamknę ten czat, proszę mi to wyłożyć czarno na białym: co teraz będzie i kiedy? Obietnic nasłuchałem się już dość.

# en: Sum it all up: what you have done, what is still open, and when he will hear from you. And don't forget how this case started for him.
wrap-up-hint = Podsumuj wszystko: co zostało zrobione, co jest jeszcze otwarte i kiedy się do niego odezwiesz. I nie zapomnij, od czego ta sprawa się dla niego zaczęła.

# en: Here's everything: MobilPlay is stopped and partner charges are blocked on your number. The 5,960 comes off this bill today. I've claimed March's 2,980; I'll text you MobilPlay's answer within 15 days. And I'm sorry you were sent away last week: that was wrong.
wrap-up-reply-1 = Podsumowując: subskrypcja MobilPlay jest zatrzymana, a opłaty partnerów na pana numerze zablokowane. 5960 forintów znika z tego rachunku dziś. Reklamacja za marcowe 2980 jest złożona; odpowiedź MobilPlay wyślę panu SMS-em w ciągu 15 dni. I przepraszam, że w zeszłym tygodniu pana odesłano: to był błąd.

# en: A complete summary with amounts, the open claim and a date, and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
wrap-up-reply-1-feedback = Pełne podsumowanie z kwotami, otwartą reklamacją i terminem, plus przeprosiny za zeszłotygodniowe zbycie. Wychodzi z czatu, wiedząc, czego się spodziewać, i z poczuciem, że krzywda, z którą przyszedł, została nazwana.

# en: Your subscription is cancelled and the credit will show on your next bill. Is there anything else I can help you with today?
wrap-up-reply-2 = Subskrypcja jest anulowana, a korekta pojawi się na następnym rachunku. Czy mogę jeszcze w czymś dzisiaj pomóc?

# en: Correct but bare: it leaves out March's claim and says nothing about how he was treated. The practical problem is fixed; the man who was sent away last week is not.
wrap-up-reply-2-feedback = Poprawnie, ale sucho: pomija reklamację za marzec i nic nie mówi o tym, jak go potraktowano. Problem praktyczny jest rozwiązany; człowiek, którego w zeszłym tygodniu odprawiono z kwitkiem, już nie.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about the rest very soon.
wrap-up-reply-3 = Proszę się nie martwić, wszystko jest już załatwione. Ktoś z naszego zespołu wkrótce skontaktuje się z panem w sprawie reszty.

# en: 'Someone' and 'soon' are exactly the vague promises he said he has had enough of. Tell him what will happen, who does it and by when.
wrap-up-reply-3-feedback = „Ktoś” i „wkrótce” to dokładnie te mgliste obietnice, których ma już dość. Powiedz mu, co się stanie, kto to zrobi i do kiedy.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
resolved-warm-says-1 = Dobrze. Dziękuję. To pierwsza konkretna odpowiedź, jaką od was dostałem. Będę czekał na tego SMS-a.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
resolved-warm-summary = Następnego dnia przychodzi skorygowany rachunek, już bez 5960 forintów. Dwanaście dni później MobilPlay zwraca marcowe 2980, a twój SMS dociera do Tibora, zanim zdąży o niego zapytać. Zostaje u operatora i mówi szwagrowi, który miał takie same opłaty, żeby „poprosił na czacie o blokadę”. Wszedł na czat, krzycząc „przekręt”, a wyszedł z zaufaniem do ciebie.

# en: All right. Thanks. We'll see whether it all happens the way you say.
resolved-cool-says-1 = No dobrze. Dzięki. Zobaczymy, czy wszystko będzie tak, jak mówicie.

# en: Everything you promised happens on time, and Tibor stays. But the start of the chat still stings: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
resolved-cool-summary = Wszystko, co obiecano, dzieje się na czas, i Tibor zostaje. Ale początek czatu wciąż go uwiera: pamięta, że o konkretną odpowiedź musiał walczyć, i od teraz sprawdza każdy rachunek. Pieniądze wróciły; zaufanie jest odbudowane tylko w połowie.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
grudging-says-1 = Dobra. Niech będzie. Uwierzę, jak zobaczę to na rachunku.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody apologised for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was not.
grudging-summary = Korekta się pojawia, ale Tibor nigdy się nie dowiaduje, co się stało z dwiema marcowymi opłatami, a za zeszłotygodniowe zbycie nikt go nie przeprosił. Ma poczucie, że ktoś go odhaczył, zamiast mu pomóc, i dwa miesiące później przenosi numer do konkurencji. Problem z pieniędzmi został rozwiązany; problem z klientem nie.

# en: Good. I'm holding you to that. Every forint.
hollow-promise-says-1 = Dobrze. Trzymam za słowo. Co do forinta.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
hollow-promise-summary = MobilPlay odmawia zwrotu dwóch marcowych opłat, do czego ma prawo. Tibor dostał „gwarancję” zwrotu co do forinta, więc dla niego to kolejne złamane słowo operatora, tym razem podpisane twoim imieniem. Składa skargę do urzędu ochrony konsumentów, powołując się na twoją gwarancję.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers the chat as one more place that passed him along.
handed-to-supervisor-summary = Sprawę przejmuje przełożony. Tibor po raz trzeci musi wyjaśniać historię z opłatami MobilPlay, zanim ktokolwiek coś zrobi. W końcu pieniądze zostają zwrócone, ale przez kogoś innego, a on zapamiętuje ten czat jako kolejne miejsce, w którym odesłano go dalej.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
walkout-says-1 = Szkoda gadać. Przenoszę numer do innego operatora i zgłaszam to do ochrony konsumentów. Do widzenia.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
walkout-summary = Tibor zamyka czat. W ciągu miesiąca, po 14 latach, przenosi numer i składa skargę do urzędu ochrony konsumentów, na którą operator i tak musi odpowiedzieć na piśmie. W końcu opłaty zostają zwrócone, ale klienta już nie ma.

