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

# en: She has three grievances: two missed dates, a lost day off, and being passed on. Meet the feeling before you ask her for anything.
opening-hint = Ma trzy powody do złości: dwa niedotrzymane terminy, stracony dzień wolny i odsyłanie od osoby do osoby. Najpierw odpowiedz na emocje, dopiero potem o cokolwiek ją proś.

# en: I understand, and I'll look into it straight away. Could you give me your order number so I can pull it up?
opening-reply-1 = Rozumiem i od razu się tym zajmę. Czy może mi pani podać numer zamówienia? Wtedy wyszukam je u nas w systemie.

# en: I see, and I'll check on it right away. Can I have the order number to find it?
opening-reply-1-wording-1 = Rozumiem, już się tym zajmuję. Poproszę o numer zamówienia, wtedy odszukam je w naszym systemie.

# en: I'll look into it now. What's your order number?
opening-reply-1-wording-2 = Jaki jest numer zamówienia? Sprawdzę w systemie.

# en: ok i understand, i'll get on it right now. can i take the order number to look it up?
opening-reply-1-wording-3 = jasne, zaraz to ogarne, niech mi pani tylko poda nr zamowienia, to je wyszukam u siebie

# en: Right, I'm on it. If you tell me the order reference, I'll find it in the system.
opening-reply-1-wording-4 = Dobrze, biorę to na siebie. Jeśli poda mi pani numer zamówienia, namierzę je w bazie.

# en: Order number please, and I'll sort it out.
opening-reply-1-wording-5 = Poproszę numer zamówienia, zaraz to załatwię.

# en: Okay Mrs Kovács, let me check this immediately, what's the order reference?
opening-reply-1-wording-6 = Dobrze, pani Eszter, natychmiast to sprawdzę. Jaki jest numer pani zamówienia?

# en: Willing and quick, but she has just told you about a wasted day off and being passed on, and your first question is a number. To her it sounds like the start of the last call.
opening-reply-1-feedback = Chętnie i szybko, ale właśnie opowiedziała o straconym dniu wolnym i odsyłaniu od osoby do osoby, a twoje pierwsze pytanie dotyczy numeru. Dla niej brzmi to jak początek poprzedniej rozmowy.

# en: Mrs Kovács, three calls, two broken promises and a day off gone for nothing: that's awful. Tell me what happened on Thursday.
opening-reply-2 = Pani Eszter, trzy telefony, dwie złamane obietnice i zmarnowany dzień wolny: to okropne. Proszę opowiedzieć, co się stało w czwartek.

# en: Mrs Kovács, you've rung three times, been let down twice, and lost a day off for nothing. That's terrible. What happened on Thursday?
opening-reply-2-wording-1 = Pani Eszter, trzeci telefon, dwa niedotrzymane terminy i stracony dzień wolny, to naprawdę straszne. Co dokładnie wydarzyło się w czwartek?

# en: Three calls and a wasted day off: awful. What happened Thursday?
opening-reply-2-wording-2 = Trzy telefony i zmarnowany urlop, okropne. Co było w czwartek?

# en: Mrs Kovács, that's dreadful, calling three times, two promises broken and your day off wasted. talk me through thursday
opening-reply-2-wording-3 = pani Eszter, trzy razy pani dzwoni, dwa razy pania zawiedlismy, a jeszcze wziela pani wolne na darmo, to jest okropne. prosze mi opowiedziec, jak to bylo w czwartek

# en: Calling three times, being promised twice and losing a day of leave, I'd be fuming too. Walk me through Thursday.
opening-reply-2-wording-4 = Trzy telefony, dwie obietnice bez pokrycia i dzień urlopu w plecy, każdy by się na pani miejscu wściekł. Proszę mi po kolei opowiedzieć o czwartku.

# en: That's really bad, three calls and a day off lost. What happened?
opening-reply-2-wording-5 = Trzy telefony i stracony wolny dzień, fatalnie. Co się stało?

# en: Thursday off for nothing after two promises and three phone calls? That's not on. Can you tell me what happened that day?
opening-reply-2-wording-6 = Wolny czwartek na marne po dwóch obietnicach i trzech telefonach? Tak nie może być. Może mi pani opowiedzieć, co się wtedy działo?

# en: You met the feeling before the facts: you named what the last two weeks cost her, and only then asked for the details. The first thing she heard from you is that it matters.
opening-reply-2-feedback = Najpierw emocje, potem fakty: nazywasz, ile kosztowały ją ostatnie dwa tygodnie, i dopiero wtedy pytasz o szczegóły. Pierwsze, co od ciebie słyszy, to że to ma znaczenie.

# en: I'm sorry, but the deliveries themselves are done by our courier partner, so I'll need to check with them what went wrong on Thursday.
opening-reply-3 = Przykro mi, ale same dostawy realizuje nasz partner kurierski, więc muszę u nich sprawdzić, co poszło nie tak w czwartek.

# en: I apologise, but the actual deliveries are handled by the courier company we use, so I'll have to ask them what happened on Thursday.
opening-reply-3-wording-1 = Przykro mi, ale dostawy wykonuje firma kurierska, z którą współpracujemy, więc muszę się u nich dowiedzieć, co się stało w czwartek.

# en: Sorry, but the courier does deliveries; I'll have to check with them.
opening-reply-3-wording-2 = Przykro mi, ale to kurier; sprawdzę u nich.

# en: sorry about that, but it's our courier partner who delivers, so i'll need to find out from them what went wrong thursday
opening-reply-3-wording-3 = bardzo mi przykro, tylko ze samym dowozem zajmuje sie zewnetrzny przewoznik, wiec najpierw musze ich dopytac, co sie w czwartek wydarzylo

# en: Apologies, but a separate delivery company brings the parcels, so I'd have to contact them to find out about Thursday.
opening-reply-3-wording-4 = Przepraszam, ale paczki rozwozi osobna firma przewozowa, więc w sprawie czwartku muszę się z nimi skontaktować.

# en: Sorry, that's the delivery firm's side, I'll need to ask them.
opening-reply-3-wording-5 = Przepraszam, to po stronie firmy kurierskiej, muszę ich zapytać.

# en: sorry mrs kovacs but we dont do the deliveries ourselves, a courier does, so ill have to contact them first
opening-reply-3-wording-6 = sorki pani Eszter, ale my sami nie dowozimy, robi to kurier, wiec musze sie najpierw z nimi skontaktowac

# en: The 'but' cancels the apology and makes the courier the subject. Last time she heard that someone else would deal with it; this is the same sentence in a kinder voice.
opening-reply-3-feedback = „Ale” przekreśla przeprosiny, a podmiotem zdania staje się kurier. Ostatnio usłyszała, że zajmie się tym ktoś inny; to jest to samo zdanie, tylko łagodniejszym tonem.

# en: Mrs Kovács, I can hear you're upset, but if we keep this calm I'll be able to help you much faster.
opening-reply-4 = Pani Eszter, słyszę, że jest pani zdenerwowana, ale jeśli porozmawiamy spokojnie, dużo szybciej uda mi się pani pomóc.

# en: Mrs Kovács, I can tell you're upset, but I can sort this out much quicker if we can keep things calm.
opening-reply-4-wording-1 = Pani Eszter, rozumiem, że emocje sięgają zenitu, ale jeśli porozmawiamy spokojnie, szybciej pani pomogę.

# en: Let's stay calm and I'll help faster.
opening-reply-4-wording-2 = Proszę się uspokoić, wtedy szybciej pomogę.

# en: i know you're upset Mrs Kovács but if we can stay calm i can sort it a lot quicker
opening-reply-4-wording-3 = pani Eszter, wiem, ze jest pani wkurzona, ale jak ochloniemy i pogadamy na spokojnie, to szybciej to ogarne

# en: Please don't shout at me, Mrs Kovács, I'm trying to help you and it'll go quicker if you lower your voice.
opening-reply-4-wording-4 = Proszę na mnie nie krzyczeć, pani Eszter, staram się pomóc, a pójdzie szybciej, jeśli ściszy pani głos.

# en: Please calm down so I can help you.
opening-reply-4-wording-5 = Niech się pani uspokoi, to łatwiej będzie pomóc.

# en: There's no need to raise your voice, madam. A calm conversation gets this fixed faster.
opening-reply-4-wording-6 = Nie ma potrzeby podnosić głosu, proszę pani. Spokojna rozmowa szybciej to załatwi.

# en: However politely it is put, this makes her tone the obstacle. She has been patient through two missed dates; being told to earn your help by calming down is an insult.
opening-reply-4-feedback = Choćby najgrzeczniej, robisz z jej tonu przeszkodę. Przez dwa niedotrzymane terminy była cierpliwa; usłyszeć, że na pomoc musi zasłużyć spokojem, to obraza.

# en: Write this down, then. Order 4471-208. I waited in from eight till six on Thursday. Nobody came, nobody rang, and now the tracking says 'delivery attempted'!
thursday-says-1 = No to proszę zapisać. Zamówienie 4471-208. W czwartek czekałam w domu od ósmej do osiemnastej. Nikt nie przyjechał, nikt nie zadzwonił, a teraz w śledzeniu przesyłki jest „próba doręczenia”!

# en: She has given you the whole of Thursday. Give it back to her in a sentence and check that you have it right.
thursday-hint = Opowiedziała ci cały czwartek. Streść go jej w jednym zdaniu i sprawdź, czy dobrze rozumiesz.

# en: Thank you, I've got the order up now. I can see the driver's scanner logged an attempt at 14:12, so he was at least in your street.
thursday-reply-1 = Dziękuję, mam już zamówienie przed sobą. Widzę, że skaner kierowcy zarejestrował próbę doręczenia o 14:12, więc był przynajmniej na pani ulicy.

# en: Thanks, I have your order on screen. The driver's scanner recorded a delivery attempt at 14:12, meaning he was at least on your road.
thursday-reply-1-wording-1 = Dziękuję, zamówienie mam już na ekranie. Według skanera kierowca o 14:12 odnotował próbę doręczenia, czyli był co najmniej na pani ulicy.

# en: The scanner shows he tried at 14:12, on your street.
thursday-reply-1-wording-2 = Skaner pokazuje próbę o 14:12, kierowca był na pani ulicy.

# en: thanks, found it. says here the driver scanned an attempt at 2:12pm, so he was in your street at least
thursday-reply-1-wording-3 = dzieki, mam juz pani zamowienie. skaner kuriera pokazuje probe o 14:12, wiec przynajmniej pod pani adresem byl

# en: Right, your order's on my screen. According to the system the driver tried to deliver at 14:12, so he did get to your street.
thursday-reply-1-wording-4 = Dobrze, widzę pani zamówienie. Według systemu kierowca próbował doręczyć o 14:12, więc dojechał na pani ulicę.

# en: The driver's record shows he came at 14:12.
thursday-reply-1-wording-5 = Z zapisu kierowcy wynika, że był o 14:12.

# en: 14:12 is when the driver logged trying to deliver, so he was definitely nearby. I have the order here, thanks.
thursday-reply-1-wording-6 = O 14:12 kierowca zgłosił próbę doręczenia, więc na pewno był w pobliżu. Mam tu zamówienie, dziękuję.

# en: She told you she was home all day, and you read her the scanner log. However neutral it sounds, it tells her you trust the machine more than her.
thursday-reply-1-feedback = Powiedziała, że cały dzień była w domu, a ty czytasz jej zapis ze skanera. Choć brzmi to neutralnie, mówi jej, że bardziej ufasz urządzeniu niż jej.

# en: That's a whole day of your leave gone, and then being told they tried must sting. I'll find out why that scan was logged.
thursday-reply-2 = Stracić cały dzień urlopu, a potem usłyszeć, że kurier próbował: to musi boleć. Sprawdzę, skąd wziął się ten wpis.

# en: You lost an entire day of annual leave, and then to be told they attempted it must really hurt. I'll look into why that scan was recorded.
thursday-reply-2-wording-1 = Zmarnować cały dzień wolny, a potem przeczytać, że kurier próbował dostarczyć: to musi być bardzo przykre. Sprawdzę, skąd ten wpis.

# en: Losing a day off and then that scan must sting. I'll look into it.
thursday-reply-2-wording-2 = To przykre; sprawdzę, kto wpisał tę próbę.

# en: so your day off's wasted and then they say they tried, that must really sting. i'll get to the bottom of why that scan's there
thursday-reply-2-wording-3 = wziac urlop, przesiedziec caly dzien, a potem zobaczyc, ze niby byla proba doreczenia, to musi strasznie wkurzac. zaraz sprawdze, skad sie to wzielo

# en: Giving up a day's holiday and then reading that they tried to deliver, that must be so annoying. I'm going to find out where that scan came from.
thursday-reply-2-wording-4 = Poświęcić dzień urlopu, a potem przeczytać, że niby starali się dostarczyć, to musi strasznie irytować. Dowiem się, skąd się wziął ten skan.

# en: That must hurt after losing your day. I'll find out about the scan.
thursday-reply-2-wording-5 = Przykro po straconym dniu. Wyjaśnię sprawę tego skanu.

# en: Honestly, I'd be gutted to lose a day off and then be told that. I'll investigate that scan entry.
thursday-reply-2-wording-6 = Szczerze, mnie też by to dobiło, stracić wolne i potem coś takiego usłyszeć. Zbadam ten wpis ze skanera.

# en: Warm, and you took the false scan on yourself. But you told her how she feels instead of checking what happened; the best reply gave her Thursday back point by point and asked whether it was right.
thursday-reply-2-feedback = Ciepło, i bierzesz fałszywy wpis na siebie. Ale mówisz jej, co czuje, zamiast sprawdzić, co się stało; najlepsza odpowiedź streściła jej czwartek punkt po punkcie i zapytała, czy wszystko się zgadza.

# en: So you waited in all day, nobody came or rang, and now the tracking claims they tried. Have I got that right?
thursday-reply-3 = Czyli czekała pani w domu cały dzień, nikt nie przyjechał ani nie zadzwonił, a system twierdzi, że próbowali. Dobrze rozumiem?

# en: So you stayed home the whole day, no one turned up or phoned, and now the tracking says there was an attempt. Is that correct?
thursday-reply-3-wording-1 = Czyli w czwartek była pani w domu przez cały dzień, nikt się nie pojawił ani nie zadzwonił, a w systemie widnieje próba doręczenia. Zgadza się?

# en: In all day, no visit, no call, yet tracking says attempted. Correct?
thursday-reply-3-wording-2 = Cały dzień w domu, zero kuriera i telefonu, a w systemie próba?

# en: ok so you were in all day, nobody showed up or called, and the tracking's saying they tried. have i understood that correctly?
thursday-reply-3-wording-3 = czyli siedziala pani w domu od 8 do 18, kurier nie przyjechal, nawet nie zadzwonil, a w systemie stoi, ze byla proba. zgadza sie?

# en: Let me check I follow: you were at home from morning to evening, no driver, no phone call, and yet the system says they made an attempt?
thursday-reply-3-wording-4 = Sprawdźmy, czy dobrze to łapię: była pani w domu od rana do wieczora, bez kierowcy, bez telefonu, a mimo to system mówi o próbie?

# en: You were home all day, no one came, but it says they tried?
thursday-reply-3-wording-5 = Nikt nie przyszedł, choć pani czekała, a piszą, że próbowali?

# en: Just to be clear Mrs Kovács, you stayed in eight till six with no knock and no call, and now it's showing a delivery attempt. Is that it?
thursday-reply-3-wording-6 = Dla jasności, pani Eszter: siedziała pani w domu od ósmej do osiemnastej, nikt nie zapukał ani nie zadzwonił, a teraz pokazuje się próba doręczenia. Tak było?

# en: You gave her Thursday back in her own terms (in all day, no call, a false 'attempted') and asked if you had it. She can stop proving her story: you have every detail.
thursday-reply-3-feedback = Streszczasz jej czwartek jej własnymi słowami (cały dzień w domu, żadnego telefonu, fałszywa „próba”) i pytasz, czy się zgadza. Nie musi już udowadniać swojej wersji: masz każdy szczegół.

# en: I'm sorry about that, what a frustrating day. I'll make a note of it on your order for you.
thursday-reply-4 = Przykro mi, to musiał być frustrujący dzień. Zrobię notatkę w pani zamówieniu.

# en: Sorry about that, it sounds like a really frustrating day. I'll add a note to your order.
thursday-reply-4-wording-1 = Przykro mi, to na pewno był frustrujący dzień. Dodam adnotację do pani zamówienia.

# en: Sorry, frustrating day. I'll note it on your order.
thursday-reply-4-wording-2 = Przykro mi; zrobię notatkę w zamówieniu.

# en: oh sorry, what an annoying day. i'll pop a note on your order
thursday-reply-4-wording-3 = przykro mi, musial to byc mega frustrujacy dzien. dopisze uwage do pani zamowienia

# en: Apologies, that must have been an irritating day. I'll record it on your account.
thursday-reply-4-wording-4 = Przepraszam, to musiał być irytujący dzień. Zapiszę to na pani koncie.

# en: Sorry about that, I'll note it down.
thursday-reply-4-wording-5 = Przepraszam za to, zanotuję.

# en: I'll write a comment on the order for you. Sorry, that sounds like a really annoying day.
thursday-reply-4-wording-6 = Wpiszę pani komentarz do zamówienia. Przykro mi, to brzmi na naprawdę męczący dzień.

# en: Courteous, but 'a note on your order' is what the last person did too. She gave you three precise facts and heard none of them back.
thursday-reply-4-feedback = Uprzejmie, ale „notatka w zamówieniu” to dokładnie to, co zrobił poprzedni konsultant. Podała ci trzy konkretne fakty i żadnego nie usłyszała z powrotem.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = Kurier? Ja nie zamawiałam u kuriera, tylko u WAS! Wszyscy mnie odsyłają od Annasza do Kajfasza!

# en: I know it's frustrating, and I'd like to tell you more, but honestly, I can't see what the courier does on their side.
courier-blame-reply-1 = Wiem, że to frustrujące, i szkoda, że nie mogę powiedzieć więcej, ale szczerze mówiąc, nie widzę, co kurier robi po swojej stronie.

# en: I understand it's frustrating, and I wish I could tell you more, but really, I've no visibility of what the courier does at their end.
courier-blame-reply-1-wording-1 = Rozumiem, że to frustrujące, i żałuję, że nie mogę powiedzieć nic więcej, ale naprawdę nie mam wglądu w to, co kurier robi u siebie.

# en: I get it, but I can't see the courier's side.
courier-blame-reply-1-wording-2 = Przykro mi, ale nie widzę, co dzieje się po stronie kuriera.

# en: i know it's annoying and i wish i could say more but honestly i've got no view of what the courier's doing
courier-blame-reply-1-wording-3 = wiem, ze to wkurzajace, i szkoda, ze nic wiecej nie powiem, ale serio nie mam dostepu do tego, co sie dzieje u kuriera

# en: I understand why you're annoyed, but I genuinely have no access to the courier's systems, so I can't tell you much.
courier-blame-reply-1-wording-4 = Rozumiem, czemu jest pani zła, ale naprawdę nie mam wejścia do systemów firmy kurierskiej, więc niewiele mogę powiedzieć.

# en: Sorry, I don't have access to the courier's information.
courier-blame-reply-1-wording-5 = Niestety nie mam dostępu do informacji od kuriera, więcej nie powiem.

# en: honestly the courier's end is a black box to me, i wish i could tell you more, i know it's frustrating
courier-blame-reply-1-wording-6 = szczerze, to co sie dzieje u kuriera, to dla mnie czarna skrzynka, tez mnie meczy, ze nie moge powiedziec wiecej, wiem, ze to frustrujace

# en: Naming her frustration was right, but 'I can't see their side' leaves her where the last call did: with nobody responsible. Sympathy without ownership is a polite dead end.
courier-blame-reply-1-feedback = Dobrze, że nazywasz jej frustrację, ale „nie widzę ich strony” zostawia ją tam, gdzie poprzednia rozmowa: bez nikogo odpowiedzialnego. Współczucie bez odpowiedzialności to uprzejmy ślepy zaułek.

# en: You're right: you ordered from us, so it's mine to sort out, not the courier's. I won't pass you on. What happened Thursday?
courier-blame-reply-2 = Ma pani rację: zamawiała pani u nas, więc to ja to załatwię, nie kurier. Nie odeślę pani dalej. Co się stało w czwartek?

# en: You're quite right: you bought from us, so it's my job to fix it, not the courier's. I'm not handing you over to anyone. Tell me about Thursday?
courier-blame-reply-2-wording-1 = Słusznie: zamówienie składała pani w naszym sklepie, dlatego to ja to załatwiam, a nie kurier. Nikt pani nigdzie dalej nie przekaże. Jak to było w czwartek?

# en: You're right, it's mine to fix. No passing you on. Tell me about Thursday?
courier-blame-reply-2-wording-2 = Kupiła pani u nas, to moja sprawa, bez odsyłania. Co w czwartek?

# en: you're right, you bought it from us so it's on me to sort, not them. i'm not going to pass you to anyone. what happened on thursday?
courier-blame-reply-2-wording-3 = ma pani racje, kupowala pani u nas, nie u kuriera, wiec to moja sprawa i nigdzie pani juz nie przerzuce. prosze powiedziec, co sie dzialo w czwartek

# en: Fair point, your contract is with us, so this is my responsibility and I'll stay with it. Tell me what happened on Thursday.
courier-blame-reply-2-wording-4 = Słuszna uwaga, umowę ma pani z nami, więc odpowiadam za to ja i doprowadzę sprawę do końca. Proszę opowiedzieć, co się działo w czwartek.

# en: You're right, it's my problem to fix. What happened on Thursday?
courier-blame-reply-2-wording-5 = Ma pani rację, to ja to naprawię. Co było w czwartek?

# en: No more being handed around, Mrs Kovács, you bought from us so I own this. Can you walk me through Thursday?
courier-blame-reply-2-wording-6 = Koniec z przerzucaniem pani, pani Eszter. Kupiła pani u nas, więc biorę to na siebie. Opowie mi pani po kolei o czwartku?

# en: You took her point without a 'but' and made the case yours. 'I won't pass you on' answers the very thing that hurt most, and your question gets her story told once, to you.
courier-blame-reply-2-feedback = Przyjmujesz jej argument bez „ale” i bierzesz sprawę na siebie. „Nie odeślę pani dalej” odpowiada dokładnie na to, co najbardziej ją zabolało, a dzięki twojemu pytaniu opowie swoją historię raz, tobie.

# en: I'm not passing you on, Mrs Kovács. I'm explaining how deliveries work, so you understand why I have to ask the courier first.
courier-blame-reply-3 = Ależ nigdzie pani nie odsyłam, pani Eszter. Wyjaśniam tylko, jak działają dostawy, żeby pani zrozumiała, dlaczego najpierw muszę zapytać o to kuriera.

# en: I'm not handing you off, Mrs Kovács. I'm just explaining the delivery process, so you can see why I need to check with the courier first.
courier-blame-reply-3-wording-1 = Ależ ja pani nigdzie nie odsyłam, pani Eszter. Tłumaczę jedynie, jak wyglądają dostawy, żeby było jasne, czemu najpierw muszę zapytać kuriera.

# en: I'm not fobbing you off; I'm explaining why I must ask the courier.
courier-blame-reply-3-wording-2 = Nie odsyłam pani, tylko tłumaczę, czemu pytam kuriera.

# en: i'm not handing you off, i'm just explaining how the deliveries work so it makes sense why i have to check with the courier first
courier-blame-reply-3-wording-3 = no ale ja pani nigdzie nie przekierowuje, pani Eszter, tylko wyjasniam, jak dzialaja dostawy i czemu musze sie najpierw skontaktowac z kurierem

# en: That's not what I'm doing, Mrs Kovács. I'm telling you how the delivery process works so it's clear why the courier has to be contacted first.
courier-blame-reply-3-wording-4 = To nie tak, pani Eszter. Objaśniam tylko, jak przebiega proces dostawy, żeby było jasne, czemu trzeba najpierw skontaktować się z kurierem.

# en: I'm not passing you on, I'm just explaining the process.
courier-blame-reply-3-wording-5 = Nie przekazuję pani dalej, tylko wyjaśniam procedurę.

# en: Look, nobody's passing you anywhere, I'm just telling you how it works: the courier has to be checked with first.
courier-blame-reply-3-wording-6 = Niech pani posłucha, ja pani nigdzie nie odsyłam, tłumaczę tylko, jak to działa: najpierw trzeba zapytać kuriera.

# en: She says she is being passed around, and you correct her. Even meant kindly, arguing about the words tells her that being right matters more to you than her machine.
courier-blame-reply-3-feedback = Mówi, że jest odsyłana od osoby do osoby, a ty ją poprawiasz. Nawet w dobrej wierze spór o słowa mówi jej, że racja jest dla ciebie ważniejsza niż jej pralka.

# en: You did order from us, and I'm sorry it's come to this. Let me look into what went wrong with the courier for you.
courier-blame-reply-4 = Rzeczywiście zamawiała pani u nas i przykro mi, że do tego doszło. Pozwoli pani, że sprawdzę, co poszło nie tak z kurierem.

# en: Yes, you bought from us. I'm sorry it's got to this point. I'll find out what the courier got wrong for you.
courier-blame-reply-4-wording-1 = Faktycznie, kupowała pani w naszym sklepie i przykro mi, że tak wyszło. Proszę pozwolić, że sprawdzę, gdzie kurier zawalił.

# en: True, you bought from us; sorry. I'll look into the courier problem.
courier-blame-reply-4-wording-2 = Racja, zamawiała pani u nas, przepraszam; sprawdzę, co zrobił kurier.

# en: yes, you placed the order with us, and i'm really sorry it's come to all this. i'll look into where it went wrong for you
courier-blame-reply-4-wording-3 = no fakt, zamowienie bylo u nas, przykro mi, ze tak sie stalo. zaraz zobacze, gdzie kurier nawalil

# en: Yes, the order was placed with us, and I apologise it's got this far. I'll find out for you what the courier did wrong.
courier-blame-reply-4-wording-4 = Tak, zamówienie zostało złożone u nas i przepraszam, że sprawa zaszła tak daleko. Dowiem się dla pani, co kurier zrobił źle.

# en: Sorry, yes you ordered from us. I'll check the courier problem.
courier-blame-reply-4-wording-5 = Przepraszam, tak, zamawiała pani u nas. Sprawdzę problem z kurierem.

# en: i'm sorry it's got this bad. you bought it from us, so let me dig into what went wrong with the delivery company
courier-blame-reply-4-wording-6 = przepraszam, ze az tak sie to posypalo. kupila pani u nas, wiec sprawdze od podszewki, co nie zagralo u przewoznika

# en: You accepted her point and apologised without a 'but'. 'Let me look into it' is still vague: the best reply said outright that the case is yours and that she won't be passed on, which is what she fears.
courier-blame-reply-4-feedback = Przyznajesz jej rację i przepraszasz bez „ale”. „Sprawdzę” jest jednak mgliste: najlepsza odpowiedź powiedziała wprost, że sprawa jest twoja i że nikt jej dalej nie odeśle, a tego boi się najbardziej.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = Proszę mnie nie uspokajać! Od dwóch tygodni jestem spokojna. Chcę rozmawiać z kierownikiem.

# en: Of course. Please hold the line, and I'll transfer you to my manager straight away.
calm-down-reaction-reply-1 = Oczywiście. Proszę nie odkładać słuchawki, zaraz przełączę panią do kierownika.

# en: Certainly. Please stay on the line and I'll put you through to my manager right away.
calm-down-reaction-reply-1-wording-1 = Oczywiście. Proszę zostać na linii, zaraz łączę z kierownikiem.

# en: Sure, hold on, putting you through to my manager.
calm-down-reaction-reply-1-wording-2 = Dobrze, przełączam do kierownika.

# en: of course, just hold a sec, i'm transferring you to my manager now
calm-down-reaction-reply-1-wording-3 = jasne, niech pani nie odklada sluchawki, juz przekierowuje do kierownika

# en: Yes, no problem. Stay on the line, I'm connecting you to my supervisor now.
calm-down-reaction-reply-1-wording-4 = Tak, nie ma problemu. Proszę zostać przy telefonie, już łączę panią z przełożonym.

# en: Okay, transferring you to my manager now.
calm-down-reaction-reply-1-wording-5 = Okej, łączę teraz z moim szefem.

# en: Certainly, madam, one moment please while I put the call through to my manager.
calm-down-reaction-reply-1-wording-6 = Oczywiście, proszę pani, chwileczkę, przekieruję rozmowę do mojego przełożonego.

# en: Passing her on is the very thing she rang to complain about. Without a word on the story, she will start from the beginning a fourth time.
calm-down-reaction-reply-1-feedback = Odesłanie dalej to właśnie to, na co dzwoniła się poskarżyć. Bez słowa o jej historii zacznie od początku już czwarty raz.

# en: I was only trying to help you, Mrs Kovács. There's really no need to speak to me like that; I'm just doing my job.
calm-down-reaction-reply-2 = Chcę tylko pani pomóc, pani Eszter. Naprawdę nie ma potrzeby tak się do mnie odzywać, ja tylko wykonuję swoją pracę.

# en: I was only being helpful, Mrs Kovács. There's no need to talk to me that way; I'm only doing my job.
calm-down-reaction-reply-2-wording-1 = Pani Eszter, ja tylko próbuję pomóc. Naprawdę nie musi pani tak do mnie mówić, wykonuję po prostu swoją pracę.

# en: I'm only doing my job; please don't talk to me that way.
calm-down-reaction-reply-2-wording-2 = Proszę tak do mnie nie mówić, ja tylko pracuję.

# en: look i was just trying to help, there's no reason to talk to me that way, i'm only doing my job here
calm-down-reaction-reply-2-wording-3 = pani Eszter, ja chce pomoc, serio. nie ma co sie tak do mnie zwracac, robie tylko to, za co mi placa

# en: Please don't be rude to me, Mrs Kovács, I was trying to help and I'm just doing what I'm paid to do.
calm-down-reaction-reply-2-wording-4 = Proszę nie być dla mnie niemiłą, pani Eszter, staram się pomóc i wykonuję tylko swoje obowiązki.

# en: Don't shout at me, I'm only doing my job.
calm-down-reaction-reply-2-wording-5 = Proszę na mnie nie krzyczeć, ja tu tylko pracuję.

# en: Excuse me, but I don't deserve to be spoken to like that. I was helping you.
calm-down-reaction-reply-2-wording-6 = Przepraszam bardzo, ale nie zasługuję na taki ton. Przecież pomagam pani.

# en: Her anger is about two missed deliveries, not about you. Defending yourself turns the call into a quarrel about manners, and her machine drops out of it.
calm-down-reaction-reply-2-feedback = Jej złość dotyczy dwóch nieudanych dostaw, nie ciebie. Obrona samego siebie zamienia rozmowę w spór o maniery, a jej pralka wypada z tematu.

# en: You're right, I shouldn't have said that. After two weeks of this, you've every right to be angry. Can I try to fix it?
calm-down-reaction-reply-3 = Ma pani rację, to było niepotrzebne. Po dwóch tygodniach ma pani pełne prawo się złościć. Czy mogę spróbować to naprawić?

# en: You're right, that was the wrong thing to say. After a fortnight of this, you're entitled to be angry. Will you let me try to sort it out?
calm-down-reaction-reply-3-wording-1 = Słusznie, to było zbędne. Po dwóch tygodniach takiej historii ma pani prawo być zła. Pozwoli pani, że spróbuję to naprawić?

# en: Sorry, that was wrong of me; your anger's fair. Can I fix it?
calm-down-reaction-reply-3-wording-2 = Racja, przepraszam; ma pani prawo być zła. Mogę to naprawić?

# en: fair enough, i was wrong to say that. two weeks of this, of course you're angry. can i have a go at sorting it?
calm-down-reaction-reply-3-wording-3 = ma pani racje, niepotrzebne to bylo. po dwoch tygodniach to normalne, ze sie pani zlosci. da mi pani szanse to naprawic?

# en: I'm sorry, telling you to calm down was a mistake. Two weeks of this would make anyone furious. Will you let me sort it out?
calm-down-reaction-reply-3-wording-4 = Przepraszam, mówienie pani, żeby się uspokoiła, było błędem. Dwa tygodnie czegoś takiego każdego wyprowadziłyby z równowagi. Pozwoli mi pani to załatwić?

# en: Sorry, I was wrong to say that. Let me try to fix it.
calm-down-reaction-reply-3-wording-5 = Przepraszam, to był błąd. Spróbuję to naprawić.

# en: That came out wrong and I apologise, Mrs Kovács. You have every reason to be angry after two weeks. Can I have a chance to put it right?
calm-down-reaction-reply-3-wording-6 = Niefortunnie to zabrzmiało, przepraszam, pani Eszter. Po dwóch tygodniach ma pani wszelkie powody do złości. Czy mogę dostać szansę, żeby to wyprostować?

# en: You took back your own mistake at once and told her that her anger is fair. That costs nothing and ends the fight; asking to fix it leaves the choice about your manager with her.
calm-down-reaction-reply-3-feedback = Od razu cofasz własny błąd i mówisz jej, że jej złość jest uzasadniona. To nic nie kosztuje i kończy spór; pytając, czy możesz to naprawić, zostawiasz jej decyzję o kierowniku.

# en: Of course. I'll brief my manager, Anna Szabó, on everything first so you won't have to repeat it, and stay on until she picks up.
calm-down-reaction-reply-4 = Oczywiście. Najpierw przekażę wszystko mojej kierowniczce, Annie Szabó, żeby nie musiała pani powtarzać, i zostanę na linii, dopóki nie przejmie rozmowy.

# en: Certainly. I'll give Anna Szabó, my manager, the whole story first so you don't have to go over it again, and I'll stay on the line till she answers.
calm-down-reaction-reply-4-wording-1 = Oczywiście. Zanim panią połączę, opowiem wszystko mojej kierowniczce, pani Annie Szabó, tak by nie musiała pani się powtarzać, i będę na linii, aż ona przejmie rozmowę.

# en: Sure. I'll brief Anna Szabó first and stay on till she answers.
calm-down-reaction-reply-4-wording-2 = Przekażę sprawę Annie Szabó z całą historią i zostanę na linii.

# en: of course. i'll explain everything to my manager anna szabó beforehand so you won't need to repeat yourself, and i'll stay on until she's there
calm-down-reaction-reply-4-wording-3 = jasne. najpierw streszcze wszystko mojej szefowej, Annie Szabó, zeby pani nie musiala opowiadac od nowa, i bede na linii, az ona sie odezwie

# en: Yes, I'll connect you with Anna Szabó, my manager, but first I'll explain the whole situation to her so you needn't tell it again, and I'll be on the line until she answers.
calm-down-reaction-reply-4-wording-4 = Tak, połączę panią z Anną Szabó, moją kierowniczką, ale najpierw wyjaśnię jej całą sytuację, żeby nie musiała pani opowiadać od nowa, i zostanę przy telefonie, aż odbierze.

# en: I'll explain it all to Anna Szabó first, then stay with you.
calm-down-reaction-reply-4-wording-5 = Najpierw wszystko wyjaśnię Annie Szabó, potem zostanę z panią.

# en: Anna Szabó is my manager; I'll fill her in before she joins so you don't have to start from scratch, and I won't hang up until she's on.
calm-down-reaction-reply-4-wording-6 = Anna Szabó to moja przełożona; wprowadzę ją w sprawę, zanim dołączy, żeby nie zaczynała pani od zera, i nie rozłączę się, dopóki się nie zgłosi.

# en: She asked for a manager and you respected it, passing on the whole story and staying on the line: not the last call again. The best reply first owned your slip, which is often enough to keep the case yourself.
calm-down-reaction-reply-4-feedback = Poprosiła o kierownika, a ty to szanujesz: przekazujesz całą historię i zostajesz na linii, więc to nie jest powtórka poprzedniej rozmowy. Najlepsza odpowiedź najpierw wzięła na siebie twoje potknięcie, a to często wystarcza, żeby sprawa została u ciebie.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = Dość tego. Proszę mnie połączyć z kierownikiem. Natychmiast.

# en: She has given up on you, not on the machine. Respect the request, and put one thing you control on the table.
manager-demand-hint = Zrezygnowała z ciebie, nie z pralki. Uszanuj jej prośbę i zaproponuj jedną rzecz, na którą masz wpływ.

# en: Of course, if you want. Before I do: Saturday, eight to twelve, is free, and I can book it and text you now. Shall I?
manager-demand-reply-1 = Oczywiście, jeśli pani chce. Ale najpierw: sobota od ósmej do dwunastej jest wolna, zarezerwuję ją i zaraz wyślę SMS-a. Mam to zrobić?

# en: Certainly, if you'd like. But first: there's a Saturday slot from eight till twelve, and I can reserve it and send you a text right now. Would you like that?
manager-demand-reply-1-wording-1 = Jeśli pani sobie życzy, to jasne. Ale najpierw: mam wolną sobotę od ósmej do dwunastej, mogę ją od razu zarezerwować i wysłać pani SMS-a. Robimy tak?

# en: Sure. First, shall I book Saturday 8 to 12 and text you?
manager-demand-reply-1-wording-2 = Połączę, ale mogę od razu zaklepać sobotę 8–12 z SMS-em. Rezerwować?

# en: of course if that's what you want. just before i do, saturday morning 8-12 is available, i can reserve it and text you straight away. want me to?
manager-demand-reply-1-wording-3 = jasne, jak pani chce, to przelacze. ale zanim to: w sobote 8-12 jest wolne okienko, zaklepie je i od razu pani wysle smsa, dobrze?

# en: I can do that. Just one thing first: I've got a Saturday morning slot, eight to noon, that I could book for you and confirm by text right away. Want it?
manager-demand-reply-1-wording-4 = Mogę to zrobić. Tylko jedna rzecz wcześniej: mam okienko w sobotę rano, od ósmej do dwunastej, mogę je dla pani zarezerwować i od razu potwierdzić SMS-em. Chce pani?

# en: Okay, but Saturday morning is free. Want me to book it?
manager-demand-reply-1-wording-5 = Dobrze, ale sobota rano jest wolna. Zarezerwować?

# en: sure, but quick thing first: saturday 8-12 is free, i can grab that slot and text you right now if you like?
manager-demand-reply-1-wording-6 = Naturalnie, tylko zanim połączę: w sobotę od 8 do 12 jest jeszcze wolny termin. Gdyby pani chciała, od razu go rezerwuję i potwierdzam SMS-em.

# en: You respected her request and put one concrete thing on the table that you control. Callers often ask for a manager because they've given up on the person on the line; you gave her a reason not to.
manager-demand-reply-1-feedback = Szanujesz jej prośbę i proponujesz jedną konkretną rzecz, na którą masz wpływ. Klienci często proszą o kierownika, bo zrezygnowali z osoby, z którą rozmawiają; ty dajesz jej powód, żeby tego nie robiła.

# en: With respect, my manager will only tell you exactly the same thing I've just told you, so I'm not sure it would help.
manager-demand-reply-2 = Z całym szacunkiem, kierownik powie pani dokładnie to samo, co ja przed chwilą, więc nie sądzę, żeby to coś dało.

# en: With all due respect, my manager would just repeat what I've already said, so I don't think it would help.
manager-demand-reply-2-wording-1 = Z całym szacunkiem, ale kierownik przekaże pani to samo, co ja, więc wątpię, żeby to cokolwiek zmieniło.

# en: My manager will say the same as me, honestly.
manager-demand-reply-2-wording-2 = Kierownik powie to samo, to nic nie da.

# en: tbh my manager would just tell you the same thing i have, so i don't think there's much point
manager-demand-reply-2-wording-3 = szczerze? kierownik nic innego pani nie powie, szkoda czasu

# en: Honestly, speaking to my manager won't change anything, you'll just get the same answer you got from me.
manager-demand-reply-2-wording-4 = Szczerze mówiąc, rozmowa z kierownikiem niczego nie zmieni, usłyszy pani tę samą odpowiedź co ode mnie.

# en: There's no point, my manager will tell you the same.
manager-demand-reply-2-wording-5 = Nie ma sensu, kierownik powie pani to samo.

# en: I'm afraid going to my manager won't get you a different answer, so I don't see the point.
manager-demand-reply-2-wording-6 = Obawiam się, że u kierownika nie usłyszy pani innej odpowiedzi, więc nie widzę sensu.

# en: Refusing her and calling it pointless leaves her no way forward at all. The only move left to her is to hang up and buy elsewhere.
manager-demand-reply-2-feedback = Odmowa połączona z uwagą, że to bez sensu, nie zostawia jej żadnej drogi. Zostaje jej tylko odłożyć słuchawkę i kupić gdzie indziej.

# en: Of course. Please hold, and I'll put you through to the team leader on duty.
manager-demand-reply-3 = Oczywiście. Proszę chwilę poczekać, przełączę panią do dyżurnego kierownika zmiany.

# en: Certainly. Hold on please, and I'll transfer you to the duty team leader.
manager-demand-reply-3-wording-1 = Jasne. Chwileczkę, łączę z kierownikiem, który ma dziś dyżur.

# en: Sure, one moment, transferring you to the team leader.
manager-demand-reply-3-wording-2 = Proszę chwilę poczekać, łączę z kierownikiem.

# en: of course, please hold while i get you over to whichever team leader's on shift
manager-demand-reply-3-wording-3 = juz, momencik, przelaczam pania do szefa zmiany

# en: Yes, stay on the line and I'll connect you to the supervisor on shift.
manager-demand-reply-3-wording-4 = Tak, proszę nie odkładać słuchawki, połączę panią z przełożonym, który jest dziś na zmianie.

# en: Okay, hold on, I'll transfer you to the team leader.
manager-demand-reply-3-wording-5 = Dobrze, chwila, przełączam do lidera zespołu.

# en: Certainly, madam. One moment while I pass your call to today's team leader.
manager-demand-reply-3-wording-6 = Oczywiście, proszę pani. Moment, przekażę rozmowę dzisiejszemu kierownikowi zespołu.

# en: Courteous, and it does what she asked, but the case leaves your hands unsolved and untold. She'll be explaining Thursday to a stranger again.
manager-demand-reply-3-feedback = Uprzejmie i zgodnie z jej prośbą, ale sprawa wychodzi z twoich rąk nierozwiązana i nieopowiedziana. Znowu będzie tłumaczyć czwartek obcej osobie.

# en: Of course. I'll give my manager, Anna Szabó, the whole story first so you don't have to repeat any of it, and I'll stay on until she's there.
manager-demand-reply-4 = Oczywiście. Najpierw opowiem całą historię mojej kierowniczce, Annie Szabó, żeby nie musiała pani niczego powtarzać, i zostanę na linii, dopóki nie przejmie rozmowy.

# en: Certainly. I'll tell my manager, Anna Szabó, everything that's happened first, so you won't need to repeat a thing, and I'll stay on the line till she's with you.
manager-demand-reply-4-wording-1 = Oczywiście. Najpierw streszczę mojej kierowniczce, Annie Szabó, całą sprawę, tak żeby nie musiała pani nic powtarzać, i nie rozłączę się, aż ona przejmie rozmowę.

# en: Sure. I'll brief Anna Szabó fully and stay on till she answers.
manager-demand-reply-4-wording-2 = Opowiem wszystko Annie Szabó i zostanę na linii.

# en: ok of course, i'll fill anna szabó in on the whole thing before, so no need for you to go over it, and i'll hang on till she's picked up
manager-demand-reply-4-wording-3 = jasne, najpierw przekaze Annie Szabó, mojej kierowniczce, cala historie, zeby nie musiala pani od nowa tlumaczyc, i bede na linii, az ona przejmie

# en: Yes, I'll put you through to Anna Szabó, my manager, after I've explained everything to her so you don't have to go over it again, and I'll stay on the call until she joins.
manager-demand-reply-4-wording-4 = Tak, przełączę panią do Anny Szabó, mojej kierowniczki, gdy już wszystko jej wyjaśnię, żeby nie musiała pani tego powtarzać, i będę na linii, dopóki nie dołączy.

# en: I'll explain everything to Anna first so you needn't repeat it.
manager-demand-reply-4-wording-5 = Najpierw wszystko wyjaśnię Annie, żeby pani nie powtarzała.

# en: anna szabo is my manager, i'll tell her the full story before she comes on so you dont repeat anything, and i'll stay with you till then
manager-demand-reply-4-wording-6 = anna szabo to moja kierowniczka, opowiem jej cala historie, zanim sie wlaczy, zeby nie musiala pani nic powtarzac, i do tego czasu jestem z pania

# en: A good handover: a name, the story passed on, and you on the line until she is taken over. The best reply kept one concrete offer in your own hands first; she might not have needed the manager at all.
manager-demand-reply-4-feedback = Dobre przekazanie: nazwisko, przekazana historia i ty na linii, dopóki ktoś jej nie przejmie. Najlepsza odpowiedź najpierw zaproponowała coś konkretnego w twoich rękach; może kierownik w ogóle nie byłby potrzebny.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = Próba doręczenia? Nikt niczego nie próbował! Byłam w domu CAŁY dzień. Czyli co, kłamię?

# en: No, I'm only telling you what the driver entered in the system, madam. I wasn't there, so I can't say more than that.
attempted-reply-1 = Nie, mówię tylko, co kierowca wpisał do systemu, proszę pani. Nie było mnie tam, więc nic więcej nie mogę powiedzieć.

# en: No, I'm just reading out what the driver put into the system. I wasn't there myself, madam, so that's all I can tell you.
attempted-reply-1-wording-1 = Nie, ja tylko odczytuję, co kierowca wprowadził do systemu. Mnie przy tym nie było, więc więcej nie powiem.

# en: No, it's just what the driver entered; I wasn't there.
attempted-reply-1-wording-2 = Podaję tylko wpis kierowcy; nie było mnie tam.

# en: no, i'm just reading what the driver put on the system. i wasn't there, that's all i know
attempted-reply-1-wording-3 = nie no, ja tylko mowie, co kurier wklepal w system, prosze pani. mnie tam nie bylo, wiecej nie wiem

# en: Not at all, madam, I'm only passing on what the driver recorded. I wasn't there, so I can't tell you any more.
attempted-reply-1-wording-4 = W żadnym wypadku, proszę pani, powtarzam jedynie zapis kierowcy. Na miejscu mnie nie było, więc nie dodam nic więcej.

# en: No, that's what the driver logged, I wasn't there.
attempted-reply-1-wording-5 = Nie, tak zapisał kierowca, mnie tam nie było.

# en: that's the driver's entry not mine, madam, i can only go by what the system says
attempted-reply-1-wording-6 = to wpis kierowcy, nie moj, prosze pani, ja moge sie opierac tylko na tym, co pokazuje system

# en: 'I'm only the messenger' leaves her alone with a false record: the system is wrong about her, and nobody on your side will stand behind her.
attempted-reply-1-feedback = „Jestem tylko posłańcem” zostawia ją samą z fałszywym wpisem: system się co do niej myli, a po twojej stronie nikt się za nią nie wstawi.

# en: No, I believe you. If you were in all day, that scan is wrong, and I'll report it to the courier today myself.
attempted-reply-2 = Nie, wierzę pani. Jeśli była pani w domu cały dzień, ten wpis jest błędny. Jeszcze dziś osobiście zgłoszę to kurierowi.

# en: I do believe you. You were home all day, so the scan is incorrect, and I'll personally raise it with the courier today.
attempted-reply-2-wording-1 = Nie, wierzę pani. Skoro cały dzień była pani w domu, to ten wpis jest nieprawdziwy. Jeszcze dziś zgłaszam to kurierowi osobiście.

# en: I believe you; the scan's wrong, and I'm reporting it today.
attempted-reply-2-wording-2 = Wierzę pani; wpis jest błędny, dziś to zgłoszę.

# en: no i believe you, you were home all day so that scan's wrong, i'll flag it with the courier myself today
attempted-reply-2-wording-3 = wierze pani, serio. jak pani byla caly dzien w domu, to ten wpis to bzdura i jeszcze dzis to reklamuje u kuriera

# en: I'm not doubting you at all. If you were at home the whole day, the scan is a mistake, and I'll personally take it up with the courier today.
attempted-reply-2-wording-4 = Wcale nie wątpię w pani słowa. Skoro była pani w domu przez cały dzień, skan jest pomyłką i dziś osobiście wyjaśnię to z kurierem.

# en: I believe you, the scan is wrong. I'll report it.
attempted-reply-2-wording-5 = Wierzę pani, skan jest błędny. Zgłoszę to.

# en: Of course I believe you, Mrs Kovács. That attempt record is false, and I'm raising it with the courier myself before the day's out.
attempted-reply-2-wording-6 = Oczywiście, że pani wierzę, pani Eszter. Ta próba doręczenia to fałszywy zapis i zanim skończy się dzień, interweniuję w tej sprawie u kuriera.

# en: You took her word over the scanner and made the false record your problem. She no longer has to prove she was at home.
attempted-reply-2-feedback = Wierzysz jej słowu bardziej niż skanerowi, a fałszywy wpis traktujesz jako swój problem. Nie musi już udowadniać, że była w domu.

# en: Not at all. But is it possible the doorbell didn't work? Drivers only wait a minute or two, and it happens more than you'd think.
attempted-reply-3 = Skądże. Ale czy to możliwe, że dzwonek nie działał? Kierowcy czekają minutę, dwie, a to zdarza się częściej, niż się wydaje.

# en: Of course not. But could your doorbell have been faulty? Drivers only hang around for a minute or two; it's more common than people think.
attempted-reply-3-wording-1 = Ależ skąd. Tylko czy nie mogło być tak, że dzwonek nie zadziałał? Kierowcy czekają chwilę, minutę czy dwie, a to nierzadki przypadek.

# en: No, but could your doorbell be broken?
attempted-reply-3-wording-2 = A może zepsuł się dzwonek? Kierowca czeka tylko chwilę.

# en: not at all! but any chance the doorbell's not working? drivers don't hang around long, it happens a lot more than you'd expect
attempted-reply-3-wording-3 = no skad, ale moze dzwonek nie dzialal? kurierzy stoja pod drzwiami minute, dwie, a to sie zdarza czesciej, niz by sie zdawalo

# en: No, of course not, but might your bell have been broken? The drivers only stay a minute or so, and that happens quite often.
attempted-reply-3-wording-4 = Nie, oczywiście, że nie, ale może pani dzwonek jest zepsuty? Kierowcy zostają tylko mniej więcej minutę, a to dość częsta sytuacja.

# en: Maybe your doorbell isn't working?
attempted-reply-3-wording-5 = Czy na pewno działa pani dzwonek do drzwi?

# en: im not saying that, but could the bell be faulty? drivers only wait at the door a minute or two
attempted-reply-3-wording-6 = nie mowie tego, ale moze dzwonek jest popsuty? kierowcy czekaja pod drzwiami ledwie minutke czy dwie

# en: Looking for the fault in her doorbell sounds like doubting her, right after she asked whether you think she is lying. Question the courier's record, not the customer.
attempted-reply-3-feedback = Szukanie winy w jej dzwonku brzmi jak powątpiewanie, i to zaraz po tym, jak zapytała, czy uważasz ją za kłamczynię. Podważaj zapis kuriera, nie klientkę.

# en: That's not all. My old machine is leaking all over the kitchen floor. I'm on my knees with towels twice a day, and the new one is sitting in your warehouse!
order-number-says-1 = To nie wszystko. Ze starej pralki cieknie woda na całą podłogę w kuchni. Dwa razy dziennie klęczę z ręcznikami, a nowa stoi u was w magazynie!

# en: Behind the dates is something she lives with every morning. Say what each day of waiting costs her.
order-number-hint = Za datami kryje się coś, z czym żyje każdego ranka. Powiedz, ile kosztuje ją każdy dzień czekania.

# en: Oh no. If it's leaking, I'd turn off the water at the tap behind the machine until the new one comes; that should stop the worst of it.
order-number-reply-1 = O nie. Jeśli cieknie, najlepiej zakręcić wodę na zaworze za pralką, dopóki nie przyjedzie nowa. To powinno powstrzymać najgorsze.

# en: Oh dear. If it's leaking, you could shut the water off at the valve behind it until the new one arrives; that should stop most of it.
order-number-reply-1-wording-1 = Ojej. Skoro przecieka, najlepiej zakręcić zawór wody za pralką do czasu dostawy nowej. To powinno ograniczyć szkody.

# en: Try shutting off the water valve behind it till then.
order-number-reply-1-wording-2 = Proszę zakręcić zawór za pralką, to zatrzyma wyciek.

# en: oh no, if there's a leak i'd switch the water off at the tap behind it until the new one turns up, that'll stop most of it
order-number-reply-1-wording-3 = o kurcze. jak cieknie, to niech pani zakreci kurek za pralka, zanim przywieziemy nowa, powinno pomoc

# en: Oh dear, you could close the water valve behind the washing machine for now; that should stop most of the leak until the replacement arrives.
order-number-reply-1-wording-4 = Ojej, tymczasowo można zamknąć dopływ wody z tyłu za urządzeniem, to powinno zatrzymać większość przecieku do przyjazdu nowej.

# en: Turn the water off behind the machine to stop the leak.
order-number-reply-1-wording-5 = Proszę odciąć wodę za pralką, przestanie ciec.

# en: Have you tried shutting off the water supply to the old machine? That'd stop the worst until the new one gets there.
order-number-reply-1-wording-6 = A próbowała pani zakręcić wodę do starej pralki? To by powstrzymało najgorsze, zanim przyjedzie nowa.

# en: Sensible advice she did not ask for. She is mopping every morning because of the shop; a tip about her own tap makes the leak sound like hers to handle.
order-number-reply-1-feedback = Rozsądna rada, o którą nie prosiła. Przez sklep co rano ściera podłogę; wskazówka o jej własnym zaworze brzmi tak, jakby przeciek był jej sprawą.

# en: I'm really sorry. We've had a huge backlog in the warehouse since the spring sale, so a lot of orders have slipped by a few days.
order-number-reply-2 = Bardzo mi przykro. Od wiosennej promocji mamy ogromne zaległości w magazynie, więc sporo zamówień opóźniło się o kilka dni.

# en: I'm so sorry. The warehouse has been badly backed up ever since the spring sale, and lots of orders have been delayed a few days.
order-number-reply-2-wording-1 = Ogromnie mi przykro. Od wiosennej wyprzedaży magazyn jest zawalony, stąd sporo zamówień ma kilkudniowe opóźnienie.

# en: Sorry, there's been a warehouse backlog since the spring sale.
order-number-reply-2-wording-2 = Przykro mi, po promocji magazyn ma duże zaległości.

# en: really sorry, since the spring sale the warehouse has been swamped and loads of orders are running a few days late
order-number-reply-2-wording-3 = bardzo mi przykro, od tej wiosennej promocji w magazynie jest totalny zator i duzo zamowien sie obsuwa o pare dni

# en: So sorry. Since the spring sale our warehouse has been overloaded, so plenty of orders are a few days behind.
order-number-reply-2-wording-4 = Naprawdę przepraszam. Po wiosennych obniżkach magazyn nie nadąża, więc mnóstwo zamówień jest spóźnionych o parę dni.

# en: Sorry, the warehouse is behind after the spring sale.
order-number-reply-2-wording-5 = Przepraszam, magazyn nie nadąża po wiosennej promocji.

# en: Apologies, Mrs Kovács, it's been chaos in the warehouse since the spring sale and lots of deliveries are late.
order-number-reply-2-wording-6 = Przepraszam, pani Eszter, od wiosennej promocji w magazynie jest chaos i wiele dostaw się spóźnia.

# en: The backlog may be real, but it answers a question she didn't ask. Her floor is wet every morning, and knowing why your warehouse is busy doesn't dry it.
order-number-reply-2-feedback = Zaległości mogą być prawdziwe, ale to odpowiedź na pytanie, którego nie zadała. Jej podłoga jest mokra co rano, a wiedza o tym, czemu wasz magazyn jest zawalony, jej nie osuszy.

# en: I'm sorry to hear that, Mrs Kovács, that sounds really inconvenient. Let's get the delivery sorted so it isn't a problem for long.
order-number-reply-3 = Przykro mi to słyszeć, pani Eszter, to naprawdę uciążliwe. Załatwmy dostawę, żeby ten kłopot nie trwał zbyt długo.

# en: That must be very inconvenient, Mrs Kovács, I'm sorry. Let's sort out the delivery so it's not an issue for much longer.
order-number-reply-3-wording-1 = Bardzo mi przykro, pani Eszter, to faktycznie kłopotliwe. Ustalmy termin dostawy, żeby ta niedogodność szybko się skończyła.

# en: Sorry, that sounds inconvenient. Let's sort the delivery out.
order-number-reply-3-wording-2 = Przykro mi, to uciążliwe; umówmy szybko dostawę.

# en: oh sorry Mrs Kovács, that sounds like a real nuisance. let's get this delivery fixed so you're not dealing with it for long
order-number-reply-3-wording-3 = oj, przykro mi, to faktycznie niewygodne. zalatwmy ta dostawe, zeby to sie nie ciagnelo w nieskonczonosc

# en: Oh, I'm sorry, that must be a real hassle, Mrs Kovács. We'll get your delivery arranged so it's over soon.
order-number-reply-3-wording-4 = Och, przepraszam, to musi być prawdziwy kłopot, pani Eszter. Zorganizujemy dostawę, żeby to się szybko skończyło.

# en: Sorry for the hassle, let's just get the delivery done.
order-number-reply-3-wording-5 = Przepraszam za kłopot, po prostu zróbmy tę dostawę.

# en: That's annoying, sorry. Best thing is to get the delivery sorted quickly.
order-number-reply-3-wording-6 = No to irytujące, przepraszam. Najlepiej szybko ogarnąć dostawę.

# en: 'Inconvenient' is a polite word for a wet kitchen twice a day. It files her trouble under a general heading, and she hears that you didn't take in what she said.
order-number-reply-3-feedback = „Uciążliwe” to grzeczne słowo na mokrą kuchnię dwa razy dziennie. Wrzuca jej kłopot do ogólnej szuflady, a ona słyszy, że nie dotarło do ciebie, co powiedziała.

# en: I'm sorry. So every day of this means towels on the floor, while your new machine sits with us. No wonder you're fed up.
order-number-reply-4 = Przykro mi. Czyli każdy kolejny dzień to ręczniki na podłodze, a pralka stoi u nas. Nic dziwnego, że ma pani dość.

# en: I'm sorry. So each day this drags on is another day mopping the kitchen, while your new machine is sitting in our warehouse. Of course you're fed up.
order-number-reply-4-wording-1 = Bardzo mi przykro. Każdy dzień zwłoki to dla pani znowu ręczniki na mokrej podłodze, a pralka tymczasem stoi w naszym magazynie. Trudno się dziwić, że ma pani tego dosyć.

# en: So it's towels daily while your machine waits here. No wonder.
order-number-reply-4-wording-2 = Codziennie ręczniki, a pralka czeka u nas; rozumiem, że pani ma dość.

# en: sorry, so every extra day is you on your knees with towels and your new machine just sat in our warehouse. no wonder you've had enough
order-number-reply-4-wording-3 = przykro mi. czyli co dzien scieranie podlogi recznikami, a nowa pralka lezy sobie u nas w magazynie. nie dziwie sie, ze ma pani serdecznie dosc

# en: I'm sorry. You're mopping up the floor day after day while the new washing machine is sitting in our warehouse. I'm not surprised you've had enough.
order-number-reply-4-wording-4 = Przykro mi. Codziennie zbiera pani wodę z podłogi, a nowa pralka czeka u nas. Zupełnie rozumiem, że cierpliwość się pani skończyła.

# en: Towels twice a day while we hold your machine, no wonder you're fed up.
order-number-reply-4-wording-5 = Ręczniki dwa razy dziennie, a pralka u nas; nic dziwnego, że pani ma dość.

# en: Mrs Kovács, I'm sorry, kneeling with towels twice a day when your new one is right here with us, of course you're sick of it.
order-number-reply-4-wording-6 = Pani Eszter, przepraszam, dwa razy dziennie na kolanach z ręcznikami, a nowa stoi tu u nas, jasne, że ma pani tego po dziurki w nosie.

# en: You heard what the dates mean to her: a wet floor every morning while her machine waits in a warehouse. That is the grievance under the complaint, and you said it before she had to.
order-number-reply-4-feedback = Słyszysz, co te daty dla niej znaczą: mokrą podłogę co rano, podczas gdy jej pralka czeka w magazynie. To jest żal ukryty pod skargą, i nazywasz go, zanim ona musi.

# en: So when am I actually getting it? And I want a real answer this time, not another promise.
what-happened-says-1 = To kiedy ją wreszcie dostanę? I tym razem chcę prawdziwej odpowiedzi, a nie kolejnej obietnicy.

# en: The courier decides the delivery time, not you. Promise only what depends on you.
what-happened-hint = O godzinie dostawy decyduje kurier, nie ty. Obiecuj tylko to, co zależy od ciebie.

# en: Leave it with me. I'll make sure it's with you first thing tomorrow morning, and you have my personal word on that, Mrs Kovács. No more waiting.
what-happened-reply-1 = Proszę to zostawić mnie. Dopilnuję, żeby była u pani jutro z samego rana, daję pani na to moje osobiste słowo, pani Eszter. Koniec czekania.

# en: Leave this to me. I'll see to it that it arrives first thing tomorrow, and I personally promise you that, Mrs Kovács. You won't be waiting any longer.
what-happened-reply-1-wording-1 = Niech pani to zostawi mnie. Jutro od rana pralka będzie u pani, daję słowo honoru, pani Eszter. Koniec z czekaniem.

# en: Leave it to me: first thing tomorrow morning, I give you my word.
what-happened-reply-1-wording-2 = Gwarantuję osobiście: jutro rano pralka będzie u pani.

# en: don't worry Mrs Kovács, i'll make sure it's at yours early tomorrow morning, i personally promise. no more waiting around
what-happened-reply-1-wording-3 = prosze to mi zostawic. jutro rano pralka stoi u pani, moje slowo, pani Eszter, nie bedzie juz czekania

# en: I'll personally guarantee it reaches you early tomorrow morning, Mrs Kovács. You won't have to wait any more, I'll see to it.
what-happened-reply-1-wording-4 = Osobiście gwarantuję, że jutro wczesnym rankiem pralka do pani dotrze, pani Eszter. Nie będzie już pani musiała czekać, dopilnuję tego.

# en: First thing tomorrow, I promise, leave it with me.
what-happened-reply-1-wording-5 = Jutro z samego rana, obiecuję, proszę to zostawić mnie.

# en: Tomorrow first thing, Mrs Kovács, you have my word. Leave it to me.
what-happened-reply-1-wording-6 = Jutro z samego rana, pani Eszter, ma pani moje słowo. Proszę się zdać na mnie.

# en: Warm, and for a moment she feels looked after, but tomorrow is the courier's decision, not yours. She has had two promises broken already; a third with your name on it is worse.
what-happened-reply-1-feedback = Ciepło i przez chwilę czuje się zaopiekowana, ale o jutrze decyduje kurier, nie ty. Dwie obietnice już złamano; trzecia, z twoim nazwiskiem, jest gorsza.

# en: I can't promise a day the courier hasn't confirmed. Saturday, eight to twelve, is confirmed: I'll book it and text you before we hang up.
what-happened-reply-2 = Nie obiecam dnia, którego kurier nie potwierdził. Sobota od ósmej do dwunastej jest potwierdzona: zarezerwuję ją i wyślę SMS-a, zanim się rozłączymy.

# en: I won't promise a day that the courier hasn't signed off. But Saturday from eight till noon is confirmed; I'll reserve it and text you while we're still on the phone.
what-happened-reply-2-wording-1 = Nie będę obiecywać dnia, którego kurier jeszcze nie potwierdził. Potwierdzony jest termin w sobotę między ósmą a dwunastą: rezerwuję go i zanim skończymy rozmowę, dostanie pani SMS-a.

# en: Saturday 8 to 12 is confirmed; booking it and texting you now.
what-happened-reply-2-wording-2 = Pewna jest tylko sobota 8–12; rezerwuję i wysyłam SMS-a teraz.

# en: i can't promise a date the courier hasn't confirmed, but saturday 8-12 definitely is, i'll book it and send you a text before we finish this call
what-happened-reply-2-wording-3 = nie bede obiecywac czegos, czego kurier nie zaklepal. mam potwierdzona sobote 8-12, rezerwuje i sms przyjdzie do pani jeszcze w trakcie rozmowy

# en: I won't give you a date the courier hasn't agreed to. What is confirmed is Saturday morning, eight till twelve, and I'll book it and send you a text while you're still on the line.
what-happened-reply-2-wording-4 = Nie podam pani daty, na którą kurier się nie zgodził. Pewna jest sobota rano, od ósmej do dwunastej; rezerwuję ją i wyślę SMS, póki jesteśmy na linii.

# en: Saturday 8 to 12 is confirmed. I'll book it and text you.
what-happened-reply-2-wording-5 = Sobota 8–12 jest potwierdzona. Rezerwuję i wysyłam SMS.

# en: a real answer: saturday, 8-12, that one's confirmed by the courier. booking it now, text coming before we hang up
what-happened-reply-2-wording-6 = konkretna odpowiedz: sobota 8-12, ten termin kurier potwierdzil. juz rezerwuje, sms przyjdzie, zanim sie rozlaczymy

# en: A real slot, a time window, and a text that depends on nobody but you. After two vague promises, something she can check on her phone is worth more than 'soon'.
what-happened-reply-2-feedback = Prawdziwy termin, przedział godzin i SMS, który zależy tylko od ciebie. Po dwóch mglistych obietnicach coś, co może sprawdzić w telefonie, jest warte więcej niż „wkrótce”.

# en: It should be with you within two working days from today. That's our standard delivery time for large appliances in your area.
what-happened-reply-3 = Powinna dotrzeć w ciągu dwóch dni roboczych od dzisiaj. To nasz standardowy czas dostawy dużego AGD w pani rejonie.

# en: You should receive it in two working days from now. That's our usual delivery time for big appliances where you live.
what-happened-reply-3-wording-1 = Powinna dojechać najpóźniej za dwa dni robocze, licząc od dziś. Tyle standardowo trwa dowóz dużego AGD w pani okolicy.

# en: It'll arrive within two working days; that's our standard.
what-happened-reply-3-wording-2 = Standardowo dwa dni robocze od dzisiaj.

# en: should be with you in 2 working days, that's the normal delivery time for large items in your area
what-happened-reply-3-wording-3 = powinna dojechac w max 2 dni robocze od dzis, taki mamy standard dla duzych sprzetow w pani rejonie

# en: Normal delivery for big appliances to your postcode is two working days, so expect it within that.
what-happened-reply-3-wording-4 = Standardowa dostawa dużego sprzętu pod pani kod pocztowy trwa dwa dni robocze, więc proszę się jej spodziewać w tym czasie.

# en: Two working days, that's the standard delivery time.
what-happened-reply-3-wording-5 = Dwa dni robocze, to standardowy czas dostawy.

# en: Our standard time for large items is 2 working days, so it'll be there by then.
what-happened-reply-3-wording-6 = Nasz standardowy termin dla dużych gabarytów to 2 dni robocze, więc do tego czasu będzie na miejscu.

# en: 'Two working days' is, word for word, the promise broken twice. Reading out the standard tells her that her story went in one ear and out the other.
what-happened-reply-3-feedback = „Dwa dni robocze” to słowo w słowo obietnica złamana dwa razy. Odczytanie standardu mówi jej, że jej historia weszła jednym uchem, a wyszła drugim.

# en: I'll get the earliest slot the courier can confirm and ring you back by three o'clock today with the exact time.
what-happened-reply-4 = Zarezerwuję najwcześniejszy termin, jaki kurier potwierdzi, i oddzwonię do pani dziś do piętnastej z dokładną godziną.

# en: I'll chase down the earliest slot they can offer and ring you by three today to tell you the exact time.
what-happened-reply-4-wording-1 = Zarezerwuję pierwszy termin, który potwierdzi kurier, i dziś przed piętnastą oddzwonię do pani z konkretną godziną.

# en: I'll get the earliest confirmed slot and call you by three.
what-happened-reply-4-wording-2 = Zaklepię najbliższy termin i oddzwonię do 15 z godziną.

# en: i'll find the soonest slot the courier will commit to and call you back by 3 today with the time
what-happened-reply-4-wording-3 = zaklepie najszybszy termin potwierdzony przez kuriera i do 15 dzwonie do pani z dokladna godzina

# en: Let me get the courier to confirm their first available slot, and I'll phone you before 3pm today with the exact time.
what-happened-reply-4-wording-4 = Poproszę kuriera o potwierdzenie pierwszego wolnego terminu i zadzwonię do pani dziś przed 15:00 z dokładną godziną.

# en: I'll find the earliest slot and call you back by three.
what-happened-reply-4-wording-5 = Znajdę najbliższy termin i oddzwonię do piętnastej.

# en: By three o'clock today you'll have a call from me with the exact time of the earliest slot the courier confirms.
what-happened-reply-4-wording-6 = Do piętnastej dziś zadzwonię do pani z dokładną godziną najwcześniejszego terminu, jaki potwierdzi kurier.

# en: A promise you can keep: a call back by three. What it lacked was the slot itself; the best reply gave her a confirmed Saturday now, so she has a date to plan around instead of another wait.
what-happened-reply-4-feedback = Obietnica, której możesz dotrzymać: telefon do piętnastej. Zabrakło samego terminu; najlepsza odpowiedź od razu dała jej potwierdzoną sobotę, więc może planować wokół daty, a nie kolejnego czekania.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = Jutro? Na pewno? Dokładnie to samo słyszałam poprzednie dwa razy.

# en: She is giving you a chance to take the promise back. It is still yours to correct.
promise-doubt-hint = Daje ci szansę, żeby cofnąć obietnicę. Wciąż możesz ją poprawić.

# en: Yes, completely sure. I'll put a priority flag on your order myself, so it goes out on the very first van tomorrow morning.
promise-doubt-reply-1 = Tak, na sto procent. Osobiście oznaczę pani zamówienie jako priorytetowe, więc jutro rano pojedzie do pani pierwszym samochodem.

# en: Yes, absolutely certain. I'm putting a priority flag on the order personally, so it'll go out on the first van in the morning.
promise-doubt-reply-1-wording-1 = Tak, na pewno. Nadam pani zamówieniu priorytet, więc jutro rano wyjedzie do pani pierwszym kursem.

# en: Yes, I'm sure. I'm flagging it so it's on the first van.
promise-doubt-reply-1-wording-2 = Na sto procent; priorytet i pierwszy samochód jutro rano.

# en: yes 100%. i'll flag your order as priority myself so it's on the first van out tomorrow
promise-doubt-reply-1-wording-3 = tak, bez dwoch zdan. oznacze pani zamowienie jako pilne i jutro z rana jedzie pierwszym autem

# en: Absolutely, no doubt about it. I'm marking your order as urgent myself so it leaves on the earliest van tomorrow.
promise-doubt-reply-1-wording-4 = Absolutnie, nie ma co do tego wątpliwości. Zaznaczam u siebie pani zamówienie jako ekspresowe, żeby jutro załadowano je na pierwszy wóz.

# en: Yes, I'm sure. It's marked priority for the first van.
promise-doubt-reply-1-wording-5 = Tak, na pewno. Ma priorytet na pierwszy samochód.

# en: Definitely, Mrs Kovács. Your order's getting a priority tag from me so it goes out first thing tomorrow.
promise-doubt-reply-1-wording-6 = Zdecydowanie, pani Eszter. Pani zamówienie dostaje ode mnie znacznik priorytetu, więc jutro rano wyjeżdża jako pierwsze.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. A flag is yours to set; the van is not, and if it's late she will remember your name.
promise-doubt-reply-1-feedback = Powiedziała, skąd jej wątpliwości, a ty zamiast sprawdzić, podwajasz obietnicę. Oznaczenie zależy od ciebie, samochód już nie, i jeśli się spóźni, zapamięta twoje nazwisko.

# en: To be honest, no: the courier sets the day, not me. But I can confirm Saturday morning and text you in ten minutes.
promise-doubt-reply-2 = Szczerze mówiąc, nie: dzień ustala kurier, nie ja. Ale potwierdzę sobotę rano i za dziesięć minut wyślę pani SMS-a.

# en: Honestly, no: it's the courier who decides the day, not me. What I can do is confirm a Saturday morning slot and text you within ten minutes.
promise-doubt-reply-2-wording-1 = Powiem uczciwie: nie, o dniu decyduje kurier, a nie ja. Mogę natomiast potwierdzić sobotę przed południem i w ciągu dziesięciu minut przysłać pani SMS-a.

# en: Honestly no, that's the courier's call. I can confirm Saturday and text you shortly.
promise-doubt-reply-2-wording-2 = Szczerze, nie ode mnie to zależy; sobota rano, SMS za 10 minut.

# en: tbh no, the day's up to the courier not me. what i can do is lock in saturday morning and send you a text within 10 mins
promise-doubt-reply-2-wording-3 = szczerze to nie, dzien ustala przewoznik. ale zaklepie sobote rano i za 10 minut ma pani smsa

# en: Honestly, I can't be sure, because the courier picks the day, not me. What I can do is confirm Saturday morning and send you a text within ten minutes.
promise-doubt-reply-2-wording-4 = Uczciwie mówiąc, nie mam pewności, bo dzień wybiera kurier, nie ja. Mogę za to potwierdzić sobotę rano i w ciągu dziesięciu minut wysłać pani SMS-a.

# en: No, the courier decides. But Saturday morning I can confirm.
promise-doubt-reply-2-wording-5 = Nie, decyduje kurier. Ale sobotę rano mogę potwierdzić.

# en: I'll be straight with you, I can't guarantee tomorrow, it's the courier's decision. Saturday morning I can lock in, and you'll get a text in 10 minutes.
promise-doubt-reply-2-wording-6 = Powiem wprost: jutra nie zagwarantuję, to decyzja kuriera. Sobotę rano mogę zablokować na sztywno i za 10 minut dostanie pani SMS-a.

# en: Taking back your own promise is hard and right. You swapped a guarantee you can't keep for two things you can: a confirmed slot and a text within ten minutes.
promise-doubt-reply-2-feedback = Cofnięcie własnej obietnicy jest trudne i słuszne. Zamieniasz gwarancję, której nie dotrzymasz, na dwie rzeczy, których dotrzymasz: potwierdzony termin i SMS-a w ciągu dziesięciu minut.

# en: To be honest, last time there was a problem at the depot, but that's all been sorted out now, so tomorrow should be fine.
promise-doubt-reply-3 = Szczerze mówiąc, ostatnio był problem w magazynie, ale to już zostało całkiem rozwiązane, więc jutro naprawdę wszystko powinno być dobrze.

# en: To be fair, there was an issue at the depot last time, but that's been fixed now, so tomorrow ought to be okay.
promise-doubt-reply-3-wording-1 = Szczerze mówiąc, ostatnio mieliśmy kłopot w magazynie, ale już go rozwiązano, więc jutro wszystko powinno pójść gładko.

# en: The depot issue's fixed now, so tomorrow ought to be fine.
promise-doubt-reply-3-wording-2 = Problem w magazynie już naprawiony, jutro powinno się udać.

# en: honestly last time the depot had a problem but it's sorted now, tomorrow should be ok
promise-doubt-reply-3-wording-3 = no byl ostatnio klopot z magazynem, ale juz jest ogarniety, wiec jutro raczej wszystko bedzie ok

# en: Honestly, the last failure was down to a problem at the depot, and that's been fixed, so tomorrow should go smoothly.
promise-doubt-reply-3-wording-4 = Szczerze mówiąc, poprzednia wpadka wynikła z problemu w centrum dystrybucyjnym, a to już naprawione, więc jutro powinno pójść bez zakłóceń.

# en: Last time was a depot problem, it's fixed now.
promise-doubt-reply-3-wording-5 = Ostatnio zawiodła sortownia, już naprawione.

# en: There was trouble at the depot before, but it's resolved now, so tomorrow should be okay.
promise-doubt-reply-3-wording-6 = Wcześniej były kłopoty w sortowni, ale już je rozwiązano, więc jutro powinno być w porządku.

# en: An explanation of the last failure, then the same promise again. 'Should be fine' is exactly what she was told twice before.
promise-doubt-reply-3-feedback = Wyjaśnienie poprzedniej wpadki, a potem ta sama obietnica. „Powinno być dobrze” to dokładnie to, co słyszała już dwa razy.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = Dwa dni robocze? DOKŁADNIE to samo mówiliście poprzednie dwa razy!

# en: I can't change how the courier plans its routes, I'm afraid. Two working days is the standard for large appliances; that's out of my hands.
two-days-again-reply-1 = Niestety nie mam wpływu na to, jak kurier planuje trasy. Dwa dni robocze to standard dla dużego AGD; to nie zależy ode mnie.

# en: I'm afraid I have no control over the courier's routes. Big appliances normally take two working days; there's nothing I can do about it.
two-days-again-reply-1-wording-1 = Niestety nie wpływam na to, jak kurier układa trasy. Przy dużym AGD normą są dwa dni robocze i to nie ode mnie zależy.

# en: Sorry, two working days is standard; it's out of my control.
two-days-again-reply-1-wording-2 = Na kuriera nie mam wpływu, dwa dni to standard.

# en: i can't do anything about the courier's routes unfortunately, 2 working days is standard for big appliances, it's not up to me
two-days-again-reply-1-wording-3 = no niestety trasy ustala przewoznik, ja na to nie mam wplywu. przy duzym agd zawsze sa 2 dni robocze, nie ja o tym decyduje

# en: Unfortunately I have no say over the courier's route planning. Large appliances take two working days as standard, and there's nothing I can change.
two-days-again-reply-1-wording-4 = Niestety nie decyduję o tym, jak kurier planuje trasy. Duże AGD standardowo jedzie dwa dni robocze i nic tu nie zmienię.

# en: Sorry, that's the courier's routes, not up to me.
two-days-again-reply-1-wording-5 = Przykro mi, trasy ustala kurier, nie ja.

# en: Two working days is just the standard for big appliances, madam. The courier plans the routes, I can't do anything about that.
two-days-again-reply-1-wording-6 = Dwa dni robocze to po prostu standard dla dużego AGD, proszę pani. Trasy układa kurier, ja nic na to nie poradzę.

# en: 'Standard' is exactly what failed her, twice. Hiding behind the process tells her there is nothing left to hope for from this shop.
two-days-again-reply-1-feedback = Właśnie „standard” ją zawiódł, i to dwa razy. Chowanie się za procedurą mówi jej, że od tego sklepu nie ma już czego się spodziewać.

# en: You're right, and I'm sorry, but two working days is genuinely what the system gives me for your postcode.
two-days-again-reply-2 = Ma pani rację i przepraszam, ale system naprawdę podaje mi dwa dni robocze dla pani kodu pocztowego.

# en: You're right, I apologise, but two working days really is what the system shows for your postcode.
two-days-again-reply-2-wording-1 = Słusznie, przepraszam, tylko że dla pani kodu pocztowego system wciąż wyświetla dwa dni robocze.

# en: Sorry, but the system genuinely says two days for your postcode.
two-days-again-reply-2-wording-2 = Racja, przepraszam, ale system pokazuje dwa dni.

# en: you're right sorry, but honestly the system is telling me 2 working days for your area
two-days-again-reply-2-wording-3 = ma pani racje, sorry, ale mi system dalej wyrzuca 2 dni robocze dla pani adresu

# en: I know, and I apologise, but the computer really does show two working days for where you live.
two-days-again-reply-2-wording-4 = Wiem i przepraszam, ale komputer naprawdę pokazuje dwa dni robocze dla pani miejsca zamieszkania.

# en: Sorry, but the system says two working days for you.
two-days-again-reply-2-wording-5 = Przepraszam, ale system podaje dla pani dwa dni robocze.

# en: you're right and im sorry, but honestly for your postcode the system just gives me two days
two-days-again-reply-2-wording-6 = ma pani racje i przepraszam, ale szczerze, dla pani kodu system po prostu daje mi dwa dni

# en: You agreed with her, then handed the blame to the system in the same breath. She hears the 'but', not the 'you're right'.
two-days-again-reply-2-feedback = Przyznajesz jej rację, a jednym tchem zrzucasz winę na system. Ona słyszy „ale”, nie „ma pani rację”.

# en: You're right, and I shouldn't have said it. Instead, a confirmed slot: Saturday, eight to twelve, and I'll text you the booking now.
two-days-again-reply-3 = Ma pani rację, to nie powinno było paść. Zamiast tego potwierdzony termin: sobota od ósmej do dwunastej, a rezerwację zaraz wyślę SMS-em.

# en: You're right, that was a mistake to say. Let me give you a confirmed slot instead: Saturday from eight to twelve. I'll send the booking by text right now.
two-days-again-reply-3-wording-1 = Słusznie, to zdanie w ogóle nie powinno było paść. W zamian konkret: sobota, godziny 8–12, potwierdzone; rezerwację dostanie pani za chwilę SMS-em.

# en: You're right, sorry. Confirmed instead: Saturday 8 to 12, texting you now.
two-days-again-reply-3-wording-2 = Racja, moja wpadka; potwierdzam sobotę 8–12, SMS zaraz.

# en: fair, i shouldn't have said that. how about a confirmed slot instead, saturday 8-12, i'll send the booking to your phone now
two-days-again-reply-3-wording-3 = ma pani racje, glupio to wyszlo. zamiast tego konkret: sobota od 8 do 12, potwierdzone, sms z rezerwacja juz leci

# en: That was the wrong thing to tell you, you're right. Let me give you something confirmed instead: Saturday morning, eight to twelve, and I'm texting you the booking now.
two-days-again-reply-3-wording-4 = Ma pani rację, nie powinna była pani tego usłyszeć. Dam pani w zamian coś pewnego: sobota rano, od ósmej do dwunastej, i już wysyłam SMS-em rezerwację.

# en: Forget two days. Saturday 8 to 12 is confirmed, I'll text you.
two-days-again-reply-3-wording-5 = Zapomnijmy o dwóch dniach. Sobota 8–12 potwierdzona, wyślę SMS.

# en: Fair point, I shouldn't have said that. I can book Saturday, 8 till 12, confirmed, and send you the details by text right now.
two-days-again-reply-3-wording-6 = Słuszna uwaga, nie było to na miejscu. Mogę zarezerwować sobotę od 8 do 12, potwierdzone, i od razu wysłać szczegóły SMS-em.

# en: You admitted the slip at once and replaced the vague promise with one she can check. Owning your own mistake calms her more than defending it could.
two-days-again-reply-3-feedback = Od razu przyznajesz się do potknięcia i zamieniasz mglistą obietnicę na taką, którą może sprawdzić. Wzięcie na siebie własnego błędu uspokaja ją bardziej niż jakakolwiek obrona.

# en: All right. But I lost a day's pay on Thursday over this, you know.
compensation-says-1 = No dobrze. Tylko że przez to straciłam w czwartek dniówkę.

# en: The practical problem is solved. What Thursday cost her is not.
compensation-hint = Problem praktyczny jest rozwiązany. To, ile kosztował ją czwartek, już nie.

# en: I'm afraid we can't compensate for lost earnings; that's company policy, whatever the reason. But the important thing is that the delivery is booked now.
compensation-reply-1 = Niestety nie rekompensujemy utraconych zarobków, taka jest polityka firmy, niezależnie od przyczyny. Ale najważniejsze, że dostawa jest już zarezerwowana.

# en: Unfortunately we can't pay compensation for lost wages; that's our policy whatever the circumstances. The main thing is your delivery's booked now.
compensation-reply-1-wording-1 = Niestety nie pokrywamy utraconych dochodów, bez względu na przyczynę, takie są zasady firmy. Najważniejsze jednak, że dostawę mamy już umówioną.

# en: Sorry, policy says no compensation for lost pay.
compensation-reply-1-wording-2 = Utraconych zarobków nie zwracamy, takie zasady.

# en: i'm afraid we don't compensate for lost income, it's company policy no matter what. but at least the delivery's booked now
compensation-reply-1-wording-3 = niestety za stracona dniowke nie placimy, polityka firmy i tyle. ale dobrze, ze chociaz dostawa jest juz zaklepana

# en: Unfortunately our policy doesn't allow us to reimburse lost wages in any situation. At least the delivery is arranged now, which is what matters.
compensation-reply-1-wording-4 = Niestety firmowe zasady w żadnym przypadku nie pozwalają nam pokrywać utraconych zarobków. Przynajmniej dostawa jest już umówiona, a to najważniejsze.

# en: Sorry, we don't pay for lost earnings, it's policy.
compensation-reply-1-wording-5 = Przykro mi, nie płacimy za utracone zarobki, takie zasady.

# en: Company policy is no compensation for missed work, whatever happened, I'm afraid. The main thing is it's booked.
compensation-reply-1-wording-6 = Obawiam się, że polityka firmy nie przewiduje odszkodowań za opuszczoną pracę, bez względu na okoliczności. Najważniejsze, że termin jest zarezerwowany.

# en: Perhaps true, but it answers her loss with a rule and moves on. Say what you can do about the lost day, not only what you can't.
compensation-reply-1-feedback = Może to i prawda, ale na jej stratę odpowiadasz przepisem i idziesz dalej. Powiedz, co możesz zrobić w sprawie straconego dnia, a nie tylko czego nie możesz.

# en: I know, and I do apologise for the inconvenience. The good news is that it's all sorted now, so you won't need to take another day off.
compensation-reply-2 = Wiem i bardzo przepraszam za niedogodności. Dobra wiadomość jest taka, że wszystko jest już załatwione, więc nie będzie pani musiała brać kolejnego wolnego.

# en: I understand, and I'm sorry for any inconvenience. The good thing is everything's sorted now, and you won't have to take more time off.
compensation-reply-2-wording-1 = Wiem i przepraszam za wszystkie niedogodności. Dobra wiadomość: wszystko już ustalone, więc nie musi pani brać kolejnego dnia wolnego.

# en: Sorry for the inconvenience; at least it's sorted now.
compensation-reply-2-wording-2 = Przepraszam za kłopot; dobrze, że już nie musi pani brać wolnego.

# en: i know, sorry for the hassle. good news is it's all fixed now so you won't have to book another day off
compensation-reply-2-wording-3 = wiem, sorry za klopot. ale dobra wiesc: juz wszystko zalatwione i nie trzeba bedzie brac drugiego urlopu

# en: I understand, apologies for the inconvenience. The good news is it's all arranged now, so no more days off needed.
compensation-reply-2-wording-4 = Rozumiem, przepraszam za utrudnienia. Dobra wiadomość jest taka, że wszystko już zorganizowane, więc żadnych kolejnych wolnych dni.

# en: Apologies for the hassle, but no need for another day off now.
compensation-reply-2-wording-5 = Przepraszam za kłopot, ale już nie trzeba brać wolnego.

# en: apologies for the inconvenience, but good news, everything's fixed so you won't lose another day
compensation-reply-2-wording-6 = przepraszam za utrudnienia, ale jest dobra wiadomosc: wszystko naprawione, wiec nie straci pani kolejnego dnia

# en: 'Inconvenience' for a lost day's pay, then straight to the good news. The practical problem is fixed, but she hears that what it cost her doesn't count.
compensation-reply-2-feedback = „Niedogodności” na straconą dniówkę, a potem od razu dobra wiadomość. Problem praktyczny rozwiązany, ale ona słyszy, że to, ile ją to kosztowało, się nie liczy.

# en: A day's pay lost waiting for us: I'd be angry too. I've refunded your delivery fee, and I'll ring you Friday to confirm the slot.
compensation-reply-3 = Dniówka stracona na czekanie na nas: mnie też by to złościło. Zwrócę pani opłatę za dostawę i w piątek zadzwonię potwierdzić termin.

# en: You lost a day's wages because you were waiting on us; I'd be furious as well. I've given you your delivery charge back, and I'll call you on Friday to confirm the booking.
compensation-reply-3-wording-1 = Cała dniówka przepadła, bo czekała pani na nas; każdego by to zdenerwowało. Oddam pani pieniądze za dostawę, a w piątek zadzwonię, żeby potwierdzić termin.

# en: A lost day's pay? Anyone would be angry. Fee refunded; I'll call Friday.
compensation-reply-3-wording-2 = Straciła pani przez nas dniówkę; zwrot za dostawę i telefon w piątek.

# en: you lost a whole day's pay waiting for us, anyone would be angry. i've refunded the delivery charge and i'll give you a ring friday to check the slot's confirmed
compensation-reply-3-wording-3 = stracila pani caly dzien zarobku, czekajac na nas, kazdego by to wkurzylo. zwracam koszt dostawy i w piatek oddzwonie potwierdzic godzine

# en: Losing a day's wages because we didn't turn up would make me furious as well. Your delivery charge has been refunded, and I'll phone you on Friday to confirm the slot.
compensation-reply-3-wording-4 = Stracona dniówka, bo nie dojechaliśmy, mnie też by to rozwścieczyło. Opłata za dostawę została pani zwrócona, a w piątek zadzwonię potwierdzić termin.

# en: I'd be angry too. Fee refunded, I'll call you Friday.
compensation-reply-3-wording-5 = Każdy by się wściekł. Zwracam za dostawę, w piątek dzwonię.

# en: I've refunded the delivery fee, Mrs Kovács, and I'll call on Friday to make sure the slot's confirmed. Losing a day's pay over us is infuriating, I'd feel the same.
compensation-reply-3-wording-6 = Opłata za dostawę wraca do pani, pani Eszter, a w piątek zadzwonię upewnić się, że termin jest potwierdzony. Stracić dniówkę przez nas to coś, co doprowadza do szału, doskonale to rozumiem.

# en: You said what Thursday cost her and that you'd feel the same, then matched it with a remedy in your own hands: the fee back and your own call on Friday. The apology became something she can see.
compensation-reply-3-feedback = Nazywasz, ile kosztował ją czwartek i że ciebie też by to złościło, a potem dokładasz zadośćuczynienie w twoich rękach: zwrot opłaty i twój telefon w piątek. Przeprosiny stają się czymś, co widać.

# en: I know, and I'm sorry about Thursday. I've refunded your delivery fee for the trouble; it's the least we can do.
compensation-reply-4 = Wiem i przepraszam za czwartek. Za kłopot zwrócę pani opłatę za dostawę; tyle przynajmniej możemy zrobić.

# en: I understand, and I apologise for Thursday. I've refunded the delivery charge for the hassle; it's the least we could do.
compensation-reply-4-wording-1 = Wiem, przepraszam za ten czwartek. W ramach przeprosin oddam pani opłatę za dostawę, to minimum, które możemy zrobić.

# en: Sorry about Thursday. Delivery fee refunded for the trouble.
compensation-reply-4-wording-2 = Przepraszam; zwrócę opłatę za dostawę.

# en: i know, sorry about thursday. i've given you the delivery fee back for your trouble, least we can do
compensation-reply-4-wording-3 = wiem, sorry za czwartek. za klopot oddam pani kase za dostawe, to przynajmniej tyle

# en: I understand, and I apologise for Thursday. We've given you back the delivery charge for the hassle; it's the least we owe you.
compensation-reply-4-wording-4 = Rozumiem i przepraszam za czwartek. W ramach rekompensaty za kłopot oddajemy pani opłatę za dostawę; to najmniej, co jesteśmy pani winni.

# en: Sorry about Thursday, I've refunded the delivery fee.
compensation-reply-4-wording-5 = Przepraszam za czwartek, za kłopot oddamy pani opłatę za dostawę.

# en: Your delivery fee's been refunded as a small apology for Thursday, it's the least we could do.
compensation-reply-4-wording-6 = Opłata za dostawę została zwrócona jako drobne przeprosiny za czwartek, tyle przynajmniej byliśmy pani winni.

# en: A fair remedy, given straight away. But 'for the trouble' makes a lost day's pay smaller than it is; the best reply said what it cost her first, and added a call on Friday so Saturday can't fail her too.
compensation-reply-4-feedback = Uczciwe zadośćuczynienie, od razu. Ale „za kłopot” pomniejsza straconą dniówkę; najlepsza odpowiedź najpierw nazwała, ile ją to kosztowało, i dodała telefon w piątek, żeby sobota też jej nie zawiodła.

# en: And if nobody turns up next time either? Do I ring this number again and hear 'I passed it on'?
saturday-doubt-says-1 = A jeśli następnym razem też nikt nie przyjedzie? Mam znowu dzwonić pod ten numer i usłyszeć „przekazałem dalej”?

# en: This is the fear her whole call started with. What can you promise that depends on nobody but you?
saturday-doubt-hint = Od tego lęku zaczęła się cała jej rozmowa. Co możesz obiecać, co zależy tylko od ciebie?

# en: If there's a problem with the delivery, you can raise a complaint through the form on our website, and it's answered within five working days.
saturday-doubt-reply-1 = Jeśli z dostawą będzie problem, może pani złożyć reklamację przez formularz na naszej stronie, a odpowiedź przychodzi w ciągu pięciu dni roboczych.

# en: If anything goes wrong, you can submit a complaint using our website's online form, and you'll get a reply within five working days.
saturday-doubt-reply-1-wording-1 = Gdyby coś poszło nie tak z dostawą, reklamację można złożyć przez formularz na stronie, a odpowiedź przychodzi najpóźniej po pięciu dniach roboczych.

# en: If it goes wrong, use the complaint form on our website.
saturday-doubt-reply-1-wording-2 = W razie problemu proszę o reklamację przez formularz na stronie.

# en: if there's any issue you can complain through the website form, they reply within 5 working days
saturday-doubt-reply-1-wording-3 = jakby cos nie wyszlo, to jest formularz reklamacyjny na stronie, odpowiedz przychodzi do 5 dni roboczych

# en: Should anything go wrong, there's an online complaints form on our website, and you'll get a response within five working days.
saturday-doubt-reply-1-wording-4 = Gdyby coś poszło nie tak, na naszej stronie jest internetowy formularz skarg, a odpowiedź dostanie pani w ciągu pięciu dni roboczych.

# en: If it goes wrong, fill in the complaint form online.
saturday-doubt-reply-1-wording-5 = Jeśli się nie uda, proszę wypełnić formularz reklamacji online.

# en: you can always log a complaint on the website if it happens, replies take up to 5 working days
saturday-doubt-reply-1-wording-6 = zawsze moze pani zlozyc skarge przez strone, jakby do tego doszlo, odpowiedz do 5 dni roboczych

# en: A form and five working days, for a woman who has been passed on twice. It is the process talking, and it tells her that next time she is on her own again.
saturday-doubt-reply-1-feedback = Formularz i pięć dni roboczych dla kobiety, którą już dwa razy odesłano dalej. To mówi procedura, i mówi jej, że następnym razem znów zostanie sama.

# en: It won't come to that, I promise you. This delivery is absolutely guaranteed, and nothing is going to go wrong with it this time.
saturday-doubt-reply-2 = Nie dojdzie do tego, obiecuję pani. Ta dostawa jest absolutnie gwarantowana i tym razem nic nie ma prawa pójść nie tak.

# en: It won't get to that point, I promise. This delivery is completely guaranteed, and nothing will go wrong this time.
saturday-doubt-reply-2-wording-1 = Nic takiego się nie stanie, obiecuję. Ta dostawa jest w stu procentach pewna i tym razem nie ma prawa nic się posypać.

# en: It won't happen; this delivery is guaranteed.
saturday-doubt-reply-2-wording-2 = Gwarantuję, tym razem wszystko się uda.

# en: that won't happen i promise you, this one's 100% guaranteed, nothing's going to go wrong this time
saturday-doubt-reply-2-wording-3 = nie ma opcji, obiecuje. tym razem dostawa jest pewna na 100% i nic sie nie wysypie

# en: That won't happen, you have my promise. This delivery is fully guaranteed and it will go right this time.
saturday-doubt-reply-2-wording-4 = Do tego nie dojdzie, ma pani moje słowo. Ta dostawa jest w pełni zagwarantowana i tym razem się uda.

# en: Don't worry, it's guaranteed this time.
saturday-doubt-reply-2-wording-5 = Spokojnie, tym razem to gwarantowane.

# en: Nothing will go wrong this time, Mrs Kovács, I can absolutely guarantee this delivery.
saturday-doubt-reply-2-wording-6 = Tym razem nic się nie posypie, pani Eszter, mogę absolutnie zagwarantować tę dostawę.

# en: A guarantee on the courier's van is the third promise of its kind. She asked what happens if it fails, and you answered that it won't.
saturday-doubt-reply-2-feedback = Gwarancja na samochód kuriera to trzecia obietnica tego rodzaju. Zapytała, co będzie, jeśli zawiedzie, a ty odpowiadasz, że nie zawiedzie.

# en: I can't promise the van, but I can promise you won't be passed on again. My direct line is extension 214.
saturday-doubt-reply-3 = Nie obiecam, że samochód przyjedzie, ale obiecuję, że nikt już pani nie odeśle. Mój bezpośredni numer wewnętrzny to 214.

# en: I can't guarantee the van itself, though I can guarantee you won't get passed around again. You can reach me directly on extension 214.
saturday-doubt-reply-3-wording-1 = Nie mogę obiecać, że samochód dojedzie, ale obiecuję, że nikt więcej pani nie przekaże dalej. Mój numer wewnętrzny to 214.

# en: The van's not mine to promise, but you'll reach me: extension 214.
saturday-doubt-reply-3-wording-2 = Za kuriera nie ręczę, ale odsyłania już nie będzie: wewnętrzny 214.

# en: i can't guarantee what the van does but i can promise nobody will pass you on again, my direct number is ext 214
saturday-doubt-reply-3-wording-3 = za kuriera nie dam glowy, ale za to, ze nikt pani juz nie splawi, tak. prosze dzwonic bezposrednio do mnie, wewnetrzny 214

# en: I can't guarantee the driver turns up, but I can guarantee nobody will pass you on again: call me directly on extension 214.
saturday-doubt-reply-3-wording-4 = Nie zagwarantuję, że kierowca się pojawi, ale gwarantuję, że nikt już pani nigdzie nie przekaże: proszę dzwonić prosto do mnie, numer wewnętrzny 214.

# en: Call me directly on extension 214, no more passing on.
saturday-doubt-reply-3-wording-5 = Proszę dzwonić prosto do mnie, wewnętrzny 214, bez odsyłania.

# en: Extension 214 is my direct line. The van I can't control, but you'll always get me, not someone passing you around.
saturday-doubt-reply-3-wording-6 = Wewnętrzny 214 to moja bezpośrednia linia. Na samochód nie mam wpływu, ale zawsze trafi pani na mnie, a nie na kogoś, kto panią odeśle.

# en: You were honest about the part you don't control and promised the part you do: this time she has a person, not a queue. That answers the fear behind her question.
saturday-doubt-reply-3-feedback = Mówisz uczciwie o tym, co od ciebie nie zależy, i obiecujesz to, co zależy: tym razem ma człowieka, a nie kolejkę. To odpowiada na lęk ukryty w jej pytaniu.

# en: I'm sure it'll be fine this time, Mrs Kovács. But if not, just ring us again and anyone here will be happy to help you.
saturday-doubt-reply-4 = Na pewno tym razem wszystko będzie dobrze, pani Eszter. A jeśli nie, wystarczy zadzwonić jeszcze raz, każdy tutaj chętnie pani pomoże.

# en: I'm confident it'll be okay, Mrs Kovács. But if it isn't, just call us back and any of us will be glad to help.
saturday-doubt-reply-4-wording-1 = Tym razem na pewno wszystko pójdzie dobrze, pani Eszter. A gdyby nie, wystarczy jeszcze raz zadzwonić, każdy konsultant chętnie pomoże.

# en: It'll be fine; if not, just call and anyone can help.
saturday-doubt-reply-4-wording-2 = Będzie dobrze; a jak nie, proszę zadzwonić, ktoś pomoże.

# en: i'm sure it'll go fine Mrs Kovács. if not, just phone again and whoever answers will help you
saturday-doubt-reply-4-wording-3 = spokojnie, tym razem bedzie ok. a jakby nie, to niech pani po prostu zadzwoni jeszcze raz, ktokolwiek odbierze, pomoze

# en: I'm sure it'll go fine this time, Mrs Kovács. If it doesn't, just call the number again and any of my colleagues will help you.
saturday-doubt-reply-4-wording-4 = Myślę, że tym razem się uda, pani Eszter. Jeśli jednak nie, proszę ponownie wybrać ten numer, ktoś z zespołu się tym zajmie.

# en: It'll be fine, but if not just call us again.
saturday-doubt-reply-4-wording-5 = Powinno być dobrze, a gdyby nie, wystarczy zadzwonić jeszcze raz.

# en: Don't worry, it should be okay. If not, ring back and whoever picks up will sort it out.
saturday-doubt-reply-4-wording-6 = Bez nerwów, powinno być ok. Jak nie, to niech pani oddzwoni, kto odbierze, ten ogarnie.

# en: 'Anyone here' is exactly who told her 'I passed it on'. Friendly as it sounds, it sends her back to the queue she has been stuck in for two weeks.
saturday-doubt-reply-4-feedback = „Każdy tutaj” to dokładnie ten, kto powiedział jej „przekazałem dalej”. Choć brzmi życzliwie, odsyła ją z powrotem do kolejki, w której stoi od dwóch tygodni.

# en: Thank you. Honestly, you're the first person who actually listened to me.
resolved-says-1 = Dziękuję. Szczerze mówiąc, pierwszy raz ktoś mnie naprawdę wysłuchał.

# en: The machine arrives on Saturday morning, in the slot you booked. Eszter mentions your call in a five-star review: the first person who didn't pass her on. A complaint handled well made a loyal customer.
resolved-summary = Pralka przyjeżdża w sobotę rano, w zarezerwowanym terminie. Eszter wspomina twoją rozmowę w opinii na pięć gwiazdek: pierwsza osoba, która nie odesłała jej dalej. Dobrze załatwiona skarga dała sklepowi wierną klientkę.

# en: Fine. Whatever. Just make sure it comes.
grudging-says-1 = Dobra. Wszystko jedno. Byle tylko przyjechała.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The practical problem is solved and the emotional one is not: she never orders from you again and tells her friends why.
grudging-summary = Pralka przyjeżdża w sobotę, ale Eszter czuje, że nikogo nie obchodził jej stracony dzień. Problem praktyczny jest rozwiązany, emocjonalny nie: nigdy więcej u was nie zamawia i mówi znajomym dlaczego.

# en: All right. But if it doesn't come, I'm asking for you by name.
fragile-promise-says-1 = No dobrze. Ale jeśli nie przyjedzie, zapamiętam, kto mi to obiecał.

# en: The van does not come on the day you guaranteed. Eszter waits at home for nothing a third time, then writes to the shop's director naming you. A promise you did not control became your broken promise.
fragile-promise-summary = Samochód nie przyjeżdża w dniu objętym twoją gwarancją. Eszter po raz trzeci czeka w domu na próżno, a potem pisze do dyrektora sklepu, podając twoje nazwisko. Obietnica spoza twojej kontroli stała się twoją złamaną obietnicą.

# en: Your manager takes the call cold. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved by someone else, and what she remembers is being passed along once more.
handed-to-manager-summary = Kierownik przejmuje rozmowę bez żadnych informacji. Eszter musi po raz czwarty opowiedzieć całą historię, zanim ktokolwiek coś zrobi. Sprawę rozwiązuje ktoś inny, a ona zapamiętuje, że znów odesłano ją dalej.

# en: All right. Put her on. At least somebody's telling her first.
warm-handover-says-1 = No dobrze. Proszę mnie z nią połączyć. Przynajmniej ktoś jej najpierw wszystko powie.

# en: Anna takes over with the whole story in front of her, so Eszter doesn't have to repeat it, and books Saturday morning. The case is solved, though not by you: a manager was needed only because the call went wrong early.
warm-handover-summary = Anna przejmuje sprawę z całą historią przed oczami, więc Eszter nie musi niczego powtarzać, i rezerwuje sobotę rano. Sprawa jest załatwiona, choć nie przez ciebie: kierownik był potrzebny tylko dlatego, że rozmowa wcześnie poszła źle.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
walkout-says-1 = Nieważne. Proszę anulować zamówienie. Kupię gdzie indziej, a o was napiszę opinię.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
walkout-summary = Eszter anuluje zamówienie i kupuje pralkę u konkurencji. W opinii na jedną gwiazdkę ostrzega innych przed „sklepem, który odsyła klienta od Annasza do Kajfasza”. Większość niezadowolonych klientów odchodzi bez słowa; ona się poskarżyła, a sklep i tak ją stracił.

