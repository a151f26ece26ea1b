### Defuse scenario `missed-delivery` (The washing machine that never came) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The washing machine that never came
title = Pralka, która nie dojechała

# en: You answer the phone line of an online appliance shop. The caller ordered a washing machine with two-day delivery. The delivery has been missed twice, and she has called before.
brief = Odbierasz telefony na infolinii internetowego sklepu z AGD. Dzwoni klientka, która zamówiła pralkę z dostawą w dwa dni. Kurier już dwa razy nie dotarł, a klientka dzwoni w tej sprawie nie pierwszy raz.

# en: Eszter Kovács
customer-name = Eszter Kovács

# en: took Thursday off work to wait for the delivery
customer-trait-1 = wzięła w czwartek wolne w pracy, żeby czekać na dostawę

# en: her old machine is leaking onto the kitchen floor
customer-trait-2 = ze starej pralki cieknie woda na podłogę w kuchni

# en: was told 'I don't know, I passed it on' on her last call
customer-trait-3 = przy poprzedniej rozmowie usłyszała: „Nie wiem, przekazałem dalej”

# en: Sorry, what? I just want my washing machine delivered. Is that really so hard?
neutral-says-1 = Słucham? Ja chcę tylko, żebyście mi w końcu dostarczyli pralkę. Czy to naprawdę takie trudne?

# en: I don't follow. My old machine is leaking all over the kitchen floor, and I still don't have the new one. What are you actually doing about it?
neutral-says-2 = Nie rozumiem. Stara pralka zalewa mi całą podłogę w kuchni, a nowej dalej nie mam. Co wy właściwie z tym robicie?

# en: This is the third time I'm calling! You promised delivery in two days. Twice! I took Thursday off work and nobody came. Last time your colleague said 'I don't know, I passed it on to customer service.' So here I am. Customer service. What now?
opening-says-1 = Dzwonię już trzeci raz! Obiecaliście dostawę w dwa dni. Dwa razy! Wzięłam wolne w czwartek i nikt nie przyjechał. Ostatnio wasz konsultant powiedział: „Nie wiem, przekazałem to do działu obsługi klienta”. No to jestem. Dział obsługi klienta. I co teraz?

# en: Third call! Two-day delivery, you said. Twice! I stayed home on Thursday for nothing, and the last person I spoke to just said he'd 'passed it on to customer service'. Well? I'm listening.
opening-says-2 = Trzeci telefon! Dostawa w dwa dni, tak mówiliście. Dwa razy! W czwartek siedziałam w domu na darmo, a ostatni konsultant, z którym rozmawiałam, powiedział tylko, że „przekazał to do obsługi klienta”. No i? Słucham.

# en: She has given you three facts: two missed dates, a lost day off, and being passed around. Show her you caught them.
opening-hint = Klientka podała ci trzy fakty: dwa niedotrzymane terminy, stracony dzień wolny i odsyłanie od osoby do osoby. Pokaż jej, że wszystkie trzy do ciebie dotarły.

# en: Mrs Kovács, you were promised delivery twice, you stayed home on Thursday, and nobody came or told you why. I'm sorry. I'll sort this out with you now.
opening-reply-1 = Pani Kovács, dwa razy obiecano pani dostawę, w czwartek czekała pani w domu i nikt nie przyjechał ani nie wyjaśnił dlaczego. Przepraszam. Teraz razem to załatwimy.

# en: You gave her story back in a sentence: two promises, the lost Thursday, no word. She knows she was heard, so she does not need to shout it again.
opening-reply-1-feedback = Streszczasz jej historię w jednym zdaniu: dwie obietnice, stracony czwartek, zero informacji. Klientka wie, że została wysłuchana, więc nie musi tego wykrzykiwać jeszcze raz.

# en: I'm sorry, but deliveries are handled by the courier company. We only pass the orders on to them.
opening-reply-2 = Przykro mi, ale dostawami zajmuje się firma kurierska. My tylko przekazujemy im zamówienia.

# en: An apology followed by 'but' takes the apology back. Pointing at the courier tells her, for the second time, that nobody here will take her problem.
opening-reply-2-feedback = Przeprosiny, po których pada „ale”, przestają być przeprosinami. Wskazując na kuriera, już drugi raz dajesz jej do zrozumienia, że nikt tutaj nie zajmie się jej problemem.

# en: I understand. Could you give me your order number, please?
opening-reply-3 = Rozumiem. Czy mogę prosić o numer zamówienia?

# en: Polite and efficient, but 'I understand' on its own sounds like a script. She told you about a lost day off and being passed around, and you went straight to the order number.
opening-reply-3-feedback = Uprzejmie i sprawnie, ale samo „Rozumiem” brzmi jak wyuczona formułka. Klientka mówiła o straconym dniu wolnym i odsyłaniu od osoby do osoby, a ty od razu przechodzisz do numeru zamówienia.

# en: Please calm down, madam. Shouting won't make the parcel arrive any faster.
opening-reply-4 = Niech się pani uspokoi. Od krzyczenia paczka nie przyjedzie szybciej.

# en: 'Calm down' tells her that her anger is the problem, not the missed deliveries. It is the fastest way to make an angry customer angrier.
opening-reply-4-feedback = „Niech się pani uspokoi” mówi jej, że problemem jest jej złość, a nie dwie nieudane dostawy. To najszybszy sposób, żeby zdenerwowanego klienta rozzłościć jeszcze bardziej.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = Kurier? Ja nie zamawiałam u kuriera, tylko u WAS! Wszyscy mnie odsyłają od Annasza do Kajfasza!

# en: You're right: you ordered from us, and getting it to you is our job. I'm taking this on myself, and I won't pass you on.
courier-blame-reply-1 = Ma pani rację: zamawiała pani u nas i to nasze zadanie, żeby pralka do pani dotarła. Biorę tę sprawę na siebie i nie będę pani nigdzie odsyłać.

# en: You accepted her point without arguing and took the case personally. 'I won't pass you on' answers exactly what hurt her most.
courier-blame-reply-1-feedback = Przyznajesz jej rację bez dyskusji i osobiście przejmujesz sprawę. „Nie będę pani nigdzie odsyłać” odpowiada dokładnie na to, co zabolało ją najbardziej.

# en: I know it's frustrating, but honestly, I can't see what the courier does on their side.
courier-blame-reply-2 = Wiem, że to frustrujące, ale szczerze mówiąc, nie widzę, co kurier robi po swojej stronie.

# en: Naming her frustration was good, but you still left her with nobody responsible. Empathy without ownership sounds like a polite brush-off.
courier-blame-reply-2-feedback = Dobrze, że nazywasz jej frustrację, ale dalej zostawiasz ją bez nikogo, kto odpowiada za sprawę. Empatia bez wzięcia odpowiedzialności brzmi jak uprzejme spławienie.

# en: To be fair, if you'd been home for the first delivery slot, this wouldn't have happened.
courier-blame-reply-3 = No ale gdyby była pani w domu przy pierwszym terminie dostawy, nie byłoby problemu.

# en: Blaming the customer turns a complaint into a fight. She stayed home for the second slot, and she said so: you were not listening.
courier-blame-reply-3-feedback = Obwinianie klientki zamienia skargę w kłótnię. Przy drugim terminie była w domu i wyraźnie to powiedziała: nie słuchasz jej.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = Proszę mnie nie uspokajać! Od dwóch tygodni jestem spokojna. Chcę rozmawiać z kierownikiem.

# en: You have every right to be angry: you were let down twice. I'd like to fix it myself right now, and if you still want my manager afterwards, I'll put you through.
calm-down-reaction-reply-1 = Ma pani pełne prawo się złościć: dwa razy panią zawiedliśmy. Pozwoli pani, że spróbuję to naprawić od razu, a jeśli potem nadal będzie pani chciała rozmawiać z kierownikiem, połączę panią.

# en: You took the mistake back by accepting her anger as fair, and offered a way forward without refusing her request. Her choice stays hers.
calm-down-reaction-reply-1-feedback = Naprawiasz swój błąd, uznając jej złość za uzasadnioną, i proponujesz dalszy krok, nie odmawiając jej prośby. Decyzja nadal należy do niej.

# en: Fine. I'll transfer you to my manager.
calm-down-reaction-reply-2 = Dobrze. Przełączam panią do kierownika.

# en: Passing her on is the very thing she complained about. A transfer should be the last resort, not a way out of an uncomfortable call.
calm-down-reaction-reply-2-feedback = Odsyłanie dalej to właśnie to, na co się skarżyła. Przełączenie rozmowy powinno być ostatecznością, a nie sposobem na ucieczkę od niewygodnego telefonu.

# en: I was only trying to help. There's no need to be rude to me.
calm-down-reaction-reply-3 = Próbuję tylko pomóc. Nie musi pani być dla mnie niemiła.

# en: Her anger is about the deliveries, not about you. Defending yourself makes the call about your feelings instead of her problem.
calm-down-reaction-reply-3-feedback = Jej złość dotyczy dostaw, nie ciebie. Kiedy się bronisz, rozmowa zaczyna dotyczyć twoich uczuć zamiast jej problemu.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = Dość tego. Proszę mnie połączyć z kierownikiem. Natychmiast.

# en: I will if you want me to. Before I do: I can book a new delivery for you right now and confirm it by text. Shall I do that, or would you prefer my manager?
manager-demand-reply-1 = Połączę, jeśli pani sobie życzy. Ale zanim to zrobię: mogę od razu umówić nowy termin dostawy i potwierdzić go SMS-em. Mam to zrobić, czy woli pani rozmawiać z kierownikiem?

# en: You respected her request and offered a concrete step you control. Many angry customers only ask for a manager because they have given up on you.
manager-demand-reply-1-feedback = Szanujesz jej prośbę i proponujesz konkretny krok, na który masz wpływ. Wielu zdenerwowanych klientów prosi o kierownika tylko dlatego, że straciło nadzieję, że ty im pomożesz.

# en: My manager will only tell you the same thing I did.
manager-demand-reply-2 = Kierownik powie pani dokładnie to samo co ja.

# en: Refusing her and telling her it would be pointless leaves her no way forward at all. She has only one move left: to leave.
manager-demand-reply-2-feedback = Odmawiasz, a do tego mówisz, że nie ma to sensu, więc nie zostawiasz jej żadnej drogi. Zostaje jej tylko jedno: odejść.

# en: Of course. Please hold, I'll put you through.
manager-demand-reply-3 = Oczywiście. Proszę chwilę poczekać, już łączę.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved. Try one concrete offer before the transfer.
manager-demand-reply-3-feedback = Uprzejmie i zgodnie z jej życzeniem, ale sprawa wychodzi z twoich rąk nierozwiązana. Zanim przełączysz rozmowę, spróbuj złożyć jedną konkretną propozycję.

# en: Fine. The order number is 4471-208. It's a washing machine, and my old one is leaking all over the kitchen floor.
order-number-says-1 = Dobrze. Numer zamówienia to 4471-208. Chodzi o pralkę, a moja stara zalewa mi całą podłogę w kuchni.

# en: She has just told you why every day counts. Say it back before you turn to the screen.
order-number-hint = Właśnie powiedziała ci, dlaczego liczy się każdy dzień. Powtórz to, zanim zajrzysz do systemu.

# en: Thank you. So on top of the wasted day, you have water on your kitchen floor: no wonder every day counts. I'm opening the order now.
order-number-reply-1 = Dziękuję. Czyli oprócz straconego dnia ma pani jeszcze wodę na podłodze w kuchni: nic dziwnego, że liczy się każdy dzień. Już otwieram zamówienie.

# en: You caught the detail that makes this urgent for her, the leaking machine, and said it back. That is listening for the feeling behind the facts.
order-number-reply-1-feedback = Wychwytujesz szczegół, przez który sprawa jest dla niej pilna, czyli cieknącą pralkę, i mówisz o nim na głos. Tak wygląda słuchanie emocji, które kryją się za faktami.

# en: Thank you. One moment... The system says 'delivery attempted' on Thursday.
order-number-reply-2 = Dziękuję. Chwileczkę... W systemie na czwartek jest odnotowana próba doręczenia.

# en: Reading out the system's status as if it settled the matter ignores what she told you: she was at home all Thursday.
order-number-reply-2-feedback = Odczytujesz status z systemu tak, jakby przesądzał sprawę, i pomijasz to, co ci powiedziała: cały czwartek była w domu.

# en: A leaking machine? You really ought to turn the water off at the tap, you know.
order-number-reply-3 = Cieknie pralka? Wie pani, naprawdę powinna pani zakręcić zawór z wodą.

# en: Unasked advice sounds like a know-it-all lecture. She called about a missed delivery, not about plumbing.
order-number-reply-3-feedback = Nieproszone rady brzmią jak pouczanie kogoś, kto wszystko wie lepiej. Dzwoni w sprawie nieudanej dostawy, a nie po poradę hydraulika.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = Próba doręczenia? Nikt niczego nie próbował! Byłam w domu CAŁY dzień. Czyli co, kłamię?

# en: No, I believe you. If you were home all day, the courier did not really try, and that's on us. I'm reporting it and booking a new delivery now.
attempted-reply-1 = Nie, wierzę pani. Skoro była pani w domu cały dzień, kurier wcale nie próbował doręczyć, i to nasza odpowiedzialność. Zgłaszam to i od razu umawiam nową dostawę.

# en: You gave her the benefit of the doubt and took responsibility for the courier's failure. She no longer has to prove anything.
attempted-reply-1-feedback = Dajesz jej kredyt zaufania i bierzesz odpowiedzialność za niedopatrzenie kuriera. Klientka nie musi już niczego udowadniać.

# en: I'm just telling you what the system says, madam.
attempted-reply-2 = Ja tylko mówię, co pokazuje system, proszę pani.

# en: 'I'm just the messenger' leaves her helpless: the system is wrong, and you will not stand behind her.
attempted-reply-2-feedback = Postawa „ja tu tylko pracuję” zostawia ją bezradną: system się myli, a ty nie stajesz po jej stronie.

# en: Maybe the doorbell didn't work? That happens more often than you'd think.
attempted-reply-3 = Może nie działał dzwonek? To się zdarza częściej, niż się wydaje.

# en: Looking for an explanation on her side sounds like doubting her. Argue with the courier's record, not with the customer.
attempted-reply-3-feedback = Szukanie wyjaśnienia po jej stronie brzmi jak podważanie jej słów. Spieraj się z zapisem kuriera, a nie z klientką.

# en: So what actually happened to my delivery? And when am I really getting it?
what-happened-says-1 = To co się właściwie stało z moją dostawą? I kiedy ja ją naprawdę dostanę?

# en: Only promise what you can keep yourself. The courier decides the time, not you.
what-happened-hint = Obiecuj tylko to, czego możesz dotrzymać osobiście. O godzinie dostawy decyduje kurier, nie ty.

# en: The courier marked it 'attempted' without coming, and I've filed a complaint about that. The earliest confirmed slot is Saturday, 8 to 12. I'll book it now and text you the confirmation within ten minutes.
what-happened-reply-1 = Kurier oznaczył dostawę jako próbę doręczenia, choć wcale nie przyjechał, i złożyliśmy już na to reklamację. Najbliższy potwierdzony termin to sobota, 8–12. Rezerwuję go teraz, a potwierdzenie SMS-em dostanie pani w ciągu dziesięciu minut.

# en: Honest about what went wrong, a concrete slot, and a promise (the text in ten minutes) that depends on nobody but you.
what-happened-reply-1-feedback = Szczerze o tym, co poszło nie tak, konkretny termin i obietnica (SMS w ciągu dziesięciu minut), która zależy tylko od ciebie.

# en: I'll make sure it arrives first thing tomorrow morning. You have my personal promise.
what-happened-reply-2 = Dopilnuję, żeby pralka dotarła jutro z samego rana. Daję pani słowo.

# en: Warm, and she feels looked after, but tomorrow's delivery is the courier's decision, not yours. A third broken promise would be worse than the first two.
what-happened-reply-2-feedback = Ciepło i klientka czuje się zaopiekowana, ale o jutrzejszej dostawie decyduje kurier, nie ty. Trzecia złamana obietnica byłaby gorsza niż dwie pierwsze.

# en: It should be delivered within two working days.
what-happened-reply-3 = Powinna zostać dostarczona w ciągu dwóch dni roboczych.

# en: 'Two days' is exactly the promise that was broken twice. Repeating it shows you did not hear her story.
what-happened-reply-3-feedback = „Dwa dni” to dokładnie ta obietnica, którą złamano już dwa razy. Powtarzając ją, pokazujesz, że jej historia do ciebie nie dotarła.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = Jutro? Na pewno? Dokładnie to samo słyszałam poprzednie dwa razy.

# en: You're right to ask. Honestly, the courier sets the time, so I can't promise tomorrow. I can book Saturday 8 to 12, the earliest confirmed slot, and text you the confirmation within ten minutes.
promise-doubt-reply-1 = Słusznie pani pyta. Mówiąc szczerze, godzinę ustala kurier, więc nie mogę obiecać jutra. Mogę zarezerwować sobotę 8–12, najbliższy potwierdzony termin, i w ciągu dziesięciu minut wysłać pani potwierdzenie SMS-em.

# en: Correcting your own promise is hard and right. Honest bad news builds more trust than a third guarantee nobody can keep.
promise-doubt-reply-1-feedback = Skorygowanie własnej obietnicy jest trudne, ale słuszne. Szczera zła wiadomość buduje więcej zaufania niż trzecia gwarancja, której nikt nie dotrzyma.

# en: Yes, completely sure. Tomorrow morning, first thing.
promise-doubt-reply-2 = Tak, na sto procent. Jutro z samego rana.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If the courier is late again, she will remember your name.
promise-doubt-reply-2-feedback = Powiedziała ci, skąd jej wątpliwości, a ty zamiast to sprawdzić, podwajasz obietnicę. Jeśli kurier znowu zawiedzie, zapamięta twoje nazwisko.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = Dwa dni robocze? DOKŁADNIE to samo mówiliście poprzednie dwa razy!

# en: You're right, and I'm sorry: that's the promise that was broken twice. Let me book a confirmed slot instead: Saturday, 8 to 12, with a text confirmation within ten minutes.
two-days-again-reply-1 = Ma pani rację, przepraszam: to właśnie ta obietnica, której dwa razy nie dotrzymaliśmy. Zarezerwuję zamiast tego potwierdzony termin: sobota, 8–12, z potwierdzeniem SMS-em w ciągu dziesięciu minut.

# en: You admitted the slip at once and replaced a vague promise with a concrete one. Owning a mistake calms more than defending it.
two-days-again-reply-1-feedback = Od razu przyznajesz się do wpadki i zastępujesz mglistą obietnicę konkretną. Przyznanie się do błędu uspokaja bardziej niż bronienie go.

# en: That's the standard delivery time. I can't change how the courier works.
two-days-again-reply-2 = To standardowy czas dostawy. Nie mam wpływu na to, jak pracuje kurier.

# en: 'Standard' is exactly what failed her. Hiding behind the process leaves her nothing to hope for.
two-days-again-reply-2-feedback = „Standard” to właśnie to, co ją zawiodło. Zasłanianie się procedurą nie zostawia jej żadnej nadziei.

# en: All right. Saturday, then. But I lost a day's pay over this, you know.
compensation-says-1 = No dobrze. Niech będzie sobota. Ale przez was straciłam dniówkę, żeby było jasne.

# en: I know, and I'm sorry you lost a working day because of us. I've refunded the delivery fee and added a 10% discount on the machine, and I'll check on Friday myself that the slot stands.
compensation-reply-1 = Wiem i przykro mi, że przez nas straciła pani dzień pracy. Zwracam pani koszt dostawy i dodaję 10% rabatu na pralkę, a w piątek osobiście sprawdzę, czy termin jest aktualny.

# en: You named her loss, made a fair amends you could grant yourself, and promised a follow-up in your own hands. That is how an apology becomes a remedy.
compensation-reply-1-feedback = Nazywasz jej stratę, proponujesz uczciwą rekompensatę, którą możesz przyznać samodzielnie, i obiecujesz sprawdzenie, które zależy tylko od ciebie. Tak przeprosiny zamieniają się w zadośćuczynienie.

# en: I'm afraid we can't compensate for lost wages. That's company policy.
compensation-reply-2 = Niestety nie rekompensujemy utraconych zarobków. Taka jest polityka firmy.

# en: It may be true, but 'that's policy' ends the conversation coldly. Say what you can do instead of only what you cannot.
compensation-reply-2-feedback = Może to i prawda, ale „taka jest polityka firmy” chłodno ucina rozmowę. Mów o tym, co możesz zrobić, a nie tylko o tym, czego nie możesz.

# en: Well, at least it's all sorted now, isn't it?
compensation-reply-3 = No, ale przynajmniej wszystko jest już załatwione, prawda?

# en: Brushing past her loss tells her it does not matter to you. The practical problem is solved; the emotional one is not.
compensation-reply-3-feedback = Prześlizgujesz się nad jej stratą, więc słyszy, że dla ciebie to się nie liczy. Problem praktyczny jest rozwiązany, emocjonalny nie.

# en: Thank you. Honestly, you're the first person who actually listened to me.
resolved-says-1 = Dziękuję. Szczerze mówiąc, pierwszy raz ktoś mnie naprawdę wysłuchał.

# en: The machine arrives on Saturday at nine. You call on Friday as promised, and Eszter mentions the call in a five-star review. A complaint handled well made a loyal customer.
resolved-summary = Pralka przyjeżdża w sobotę o dziewiątej. W piątek dzwonisz zgodnie z obietnicą, a Eszter wspomina o tej rozmowie w opinii na pięć gwiazdek. Dobrze załatwiona skarga dała sklepowi lojalną klientkę.

# en: Fine. Whatever. Just make sure it comes.
grudging-says-1 = Dobra. Wszystko jedno. Byle tylko przyjechała.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The technical problem is solved, the emotional one is not: she will not order from you again.
grudging-summary = Pralka przyjeżdża w sobotę, ale Eszter ma poczucie, że nikogo nie obchodził jej stracony dzień. Problem techniczny jest rozwiązany, emocjonalny nie: więcej u was nie zamówi.

# en: Tomorrow, then. If it doesn't come, I'm asking for you by name.
fragile-promise-says-1 = No to jutro. A jak nie przyjedzie, to pamiętam, z kim rozmawiałam.

# en: The courier cannot deliver until Saturday. Eszter waits at home on Friday for nothing, a third time, and writes to the shop's director naming you. A promise you did not control became your broken promise.
fragile-promise-summary = Kurier nie może dowieźć pralki przed sobotą. Eszter po raz trzeci czeka na darmo, tym razem w piątek, i pisze do dyrektora sklepu, wymieniając cię z nazwiska. Obietnica, która zależała od kogoś innego, stała się twoją złamaną obietnicą.

# en: Your manager takes the call. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved, but by someone else, and she remembers being passed along once more.
handed-to-manager-summary = Rozmowę przejmuje kierownik. Eszter musi opowiedzieć całą historię po raz czwarty, zanim ktokolwiek coś zrobi. Sprawa zostaje załatwiona, ale przez kogoś innego, a ona zapamięta, że znowu odesłano ją dalej.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
walkout-says-1 = Nieważne. Proszę anulować zamówienie. Kupię gdzie indziej, a o was napiszę opinię.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
walkout-summary = Eszter anuluje zamówienie i kupuje pralkę u konkurencji. W opinii na jedną gwiazdkę ostrzega innych przed „sklepem, który odsyła klienta od Annasza do Kajfasza”. Większość niezadowolonych klientów odchodzi bez słowa; ona się poskarżyła, a sklep i tak ją stracił.

