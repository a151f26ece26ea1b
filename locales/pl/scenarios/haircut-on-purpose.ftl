### Defuse scenario `haircut-on-purpose` (The haircut that was 'ruined') in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The haircut that was 'ruined'
title = „Zepsuta” fryzura

# en: You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.
brief = Pracujesz w recepcji ruchliwego salonu fryzjerskiego. Jest sobota: wszystkie dziesięć foteli jest zajętych, a cztery osoby czekają w poczekalni. Réka Szalai właśnie skończyła strzyżenie i koloryzację na miedziany odcień u Dóry, jednej z waszych najlepszych fryzjerek (dwie i pół godziny, 38 500 forintów). Dziesięć minut temu obróciła głowę przed lustrem i powiedziała: „Pięknie, zupełnie jak na zdjęciu”. Teraz stoi przy recepcji, już w płaszczu. Właściciel, Gábor, pracuje na zapleczu.

# en: Réka Szalai
customer-name = Réka Szalai

# en: said 'lovely, just like the photo' at the mirror ten minutes ago
customer-trait-1 = dziesięć minut temu powiedziała przed lustrem: „Pięknie, zupełnie jak na zdjęciu”

# en: says her hair has to be right for her sister's wedding next Saturday
customer-trait-2 = mówi, że fryzura musi być idealna na ślub siostry w przyszłą sobotę

# en: gets louder when the waiting clients are listening
customer-trait-3 = mówi coraz głośniej, kiedy słuchają jej osoby w poczekalni

# en: Excuse me? That's not an answer. I want to know what you're going to do about my hair.
neutral-says-1 = Słucham? To żadna odpowiedź. Chcę wiedzieć, co zamierzacie zrobić z moimi włosami.

# en: Are you even listening to me? My sister gets married next Saturday, and I'm the one who has to turn up with this hair.
neutral-says-2 = Czy ktoś mnie tu w ogóle słucha? Moja siostra w przyszłą sobotę bierze ślub, a to ja mam się tam pokazać z takimi włosami.

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
opening-says-1 = Proszę na to spojrzeć! Proszę zobaczyć, co ona mi zrobiła z włosami! Są krótsze, niż prosiłam, a kolor jest pomarańczowy. Moja siostra w przyszłą sobotę bierze ślub, mam tak iść? Nie zapłacę ani forinta.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
opening-says-2 = Dwie i pół godziny, a ona mi wszystko zepsuła! Pomarańczowe! A długość jest zupełnie nie taka. W przyszłą sobotę mam ślub siostry. Nawet nie próbujcie mi za to liczyć.

# en: You don't know yet whether anything is wrong. Acknowledge that she is upset, and ask what exactly she means before you agree or disagree.
opening-hint = Jeszcze nie wiesz, czy cokolwiek jest nie tak. Daj jej odczuć, że widzisz jej zdenerwowanie, i zapytaj, o co dokładnie chodzi, zanim przyznasz jej rację albo zaprzeczysz.

# en: I can see you're really unhappy with it, Ms Szalai, and with the wedding coming up I want to get this right. What exactly is wrong: the length, the colour, or both?
opening-reply-1 = Widzę, że jest pani naprawdę niezadowolona, pani Réko, a skoro zbliża się ślub, chcę, żeby wszystko było jak należy. Co dokładnie jest nie tak: długość, kolor czy jedno i drugie?

# en: You acknowledged how upset she is and asked what exactly is wrong, without agreeing that it is ruined or telling her it is fine. Now she has to name something specific, and something specific can be checked.
opening-reply-1-feedback = Dostrzegasz, jak bardzo jest zdenerwowana, i pytasz, co dokładnie jest nie tak, nie przyznając, że fryzura jest zepsuta, ani nie twierdząc, że wszystko w porządku. Teraz musi wskazać coś konkretnego, a coś konkretnego da się sprawdzić.

# en: Oh no, I'm so sorry! Please don't worry about the bill today. We never want anyone leaving here unhappy.
opening-reply-2 = Och nie, tak mi przykro! Proszę się dziś nie martwić rachunkiem. Nie chcemy, żeby ktokolwiek wychodził od nas niezadowolony.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before checking whether anything is wrong. She approved it in the mirror ten minutes ago; shouting has just worked.
opening-reply-2-feedback = Ciepło, a ona od razu się uspokaja, ale oddajesz dwie i pół godziny pracy Dóry, zanim sprawdzisz, czy cokolwiek jest nie tak. Dziesięć minut temu zaakceptowała fryzurę w lustrze; krzyk właśnie okazał się skuteczny.

# en: But you looked in the mirror just now and said it was lovely. Dóra did exactly what was on your photo.
opening-reply-3 = Ale przed chwilą patrzyła pani w lustro i mówiła, że jest pięknie. Dóra zrobiła dokładnie to, co było na pani zdjęciu.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
opening-reply-3-feedback = Pewnie to prawda, ale przypominanie jej własnych słów przy pełnej poczekalni to wyzwanie, z którego nie może się publicznie wycofać. Sprawdzaj fakty razem z nią, a nie przeciwko niej.

# en: What's wrong? The left side is shorter than the right, anyone can see it. And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
what-exactly-says-1 = Co jest nie tak? Lewa strona jest krótsza niż prawa, każdy to widzi. I pokazałam jej zdjęcie: miedziany. A to jest pomarańczowe. Nie będę płacić za czyjś błąd.

# en: The left side is shorter, look! And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
what-exactly-says-2 = Lewa strona jest krótsza, proszę zobaczyć! A kolor w ogóle nie przypomina tego ze zdjęcia, które jej pokazałam. Jest pomarańczowy. Dlaczego mam płacić za cudzy błąd?

# en: She has named two things you can check: the left side and the colour against her photo. Offer to check them with her, away from the waiting clients.
what-exactly-hint = Wskazała dwie rzeczy, które da się sprawdzić: lewą stronę i kolor w porównaniu ze zdjęciem. Zaproponuj, że sprawdzicie je razem, z dala od osób w poczekalni.

# en: Thank you, that's clear: the left side, and the colour against your photo. Let's check both with Dóra at the mirror by the window, away from the desk. If anything isn't right, we'll correct it free.
what-exactly-reply-1 = Dziękuję, teraz wszystko jasne: lewa strona i kolor w porównaniu z pani zdjęciem. Sprawdźmy jedno i drugie razem z Dórą przy lustrze pod oknem, z dala od recepcji. Jeśli coś jest nie tak, poprawimy to bezpłatnie.

# en: You repeated her two points, offered to check them together and promised a free correction if she is right. Moving to the window takes away her audience without accusing her of anything.
what-exactly-reply-1-feedback = Powtarzasz jej dwa zarzuty, proponujesz wspólne sprawdzenie i obiecujesz bezpłatną poprawkę, jeśli ma rację. Przejście pod okno odbiera jej publiczność, a przy tym niczego jej nie zarzuca.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you.
what-exactly-reply-2 = Szczerze mówiąc, stąd wygląda mi to równo, a kolor naprawdę pani pasuje. Myślę, że po prostu musi się pani do niego przyzwyczaić.

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, in front of everyone. Now she has to prove her point louder.
what-exactly-reply-2-feedback = W dobrej wierze, ale oceniasz jej włosy zza lady i mówisz jej przy wszystkich, że nie ma racji. Teraz musi udowadniać swoje jeszcze głośniej.

# en: I only look after the bookings, I'm afraid. You'd need to take that up with Dóra once she's finished her next client.
what-exactly-reply-3 = Niestety, ja zajmuję się tylko rezerwacjami. Musi pani to omówić z Dórą, kiedy skończy z następną klientką.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
what-exactly-reply-3-feedback = „Zajmuję się tylko rezerwacjami” zostawia ją przy recepcji bez nikogo odpowiedzialnego, a Dóra będzie zajęta jeszcze godzinę. Dla niej to ty jesteś teraz salonem: zaprowadź ją do kogoś, kto może to sprawdzić, zamiast odsyłać ją, żeby czekała.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
public-row-says-1 = Aha, to teraz jeszcze kłamię? Słyszeliście to wszyscy? Najpierw niszczą człowiekowi włosy, a potem wmawiają, że mu się przywidziało!

# en: I'm not calling you a liar, and I'm sorry it came across that way. You're upset, and I want to check it properly. Would you come over to the window mirror with me and Dóra?
public-row-reply-1 = Nie zarzucam pani kłamstwa i przepraszam, jeśli tak to zabrzmiało. Jest pani zdenerwowana, a ja chcę to rzetelnie sprawdzić. Podejdzie pani ze mną i z Dórą do lustra pod oknem?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
public-row-reply-1-feedback = Podniosła głos na użytek całej poczekalni; ty mówisz cicho i wycofujesz to, co ją dotknęło, nie rezygnując z faktów. Lustro pod oknem daje jej wyjście, które nie wygląda na przegraną.

# en: Madam, please, there's no need to make a scene in front of all our other clients.
public-row-reply-2 = Proszę pani, bardzo proszę, nie ma potrzeby robić sceny przy wszystkich naszych klientach.

# en: 'No need to make a scene' is 'calm down' in other words. It makes her behaviour the topic, and with four people watching she will not back down.
public-row-reply-2-feedback = „Nie ma potrzeby robić sceny” to inaczej „proszę się uspokoić”. Tematem staje się jej zachowanie, a przy czterech świadkach ona się nie wycofa.

# en: All right, all right. Forget about the bill, just please keep your voice down.
public-row-reply-3 = Dobrze już, dobrze. Proszę zapomnieć o rachunku, tylko błagam, trochę ciszej.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
public-row-reply-3-feedback = Daje to chwilę ciszy, ale cała poczekalnia właśnie się dowiedziała, że kto głośniej krzyczy, ten strzyże się za darmo. Nic nie zostało sprawdzone, a praca Dóry poszła na straty.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
pushes-for-more-says-1 = No proszę. Przynajmniej ktoś tu się przyznaje. Przed ślubem będę musiała to poprawić w jakimś porządnym salonie, więc chcę jeszcze bon na to.

# en: I spoke too quickly, and I'm sorry. Before we talk about money, let's look at it properly with Dóra by the window. If something's wrong, we fix it free; if not, the bill stands.
pushes-for-more-reply-1 = To była zbyt pochopna obietnica, przepraszam. Zanim porozmawiamy o pieniądzach, obejrzyjmy to porządnie z Dórą pod oknem. Jeśli coś jest nie tak, poprawimy to bezpłatnie; jeśli nie, rachunek pozostaje bez zmian.

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
pushes-for-more-reply-1-feedback = Wycofanie się z obietnicy jest niewygodne i nie spodoba jej się, ale zamieniasz prezent na uczciwe sprawdzenie. Szczerość teraz kosztuje dużo mniej niż bon za fryzurę, której nikt nawet nie obejrzał.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us.
pushes-for-more-reply-2 = Dobrze, wypiszę pani jeszcze bon. Tylko bardzo proszę, niech to zostanie między nami.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
pushes-for-more-reply-2-feedback = Każde ustępstwo przynosi większe żądanie, a ty spełniasz i to. „Niech to zostanie między nami” się nie uda: cztery osoby w poczekalni słyszały każde słowo.

# en: A voucher? You're already getting a free haircut. Don't push your luck.
pushes-for-more-reply-3 = Bon? Przecież już dostaje pani darmowe strzyżenie. Niech pani nie przesadza.

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
pushes-for-more-reply-3-feedback = Twoja irytacja jest zrozumiała, ale widać ją. Najpierw dajesz jej coś za darmo, a teraz karcisz ją za to, że to bierze, więc zatrzymuje darmowe strzyżenie i zyskuje jeszcze powód do żalu.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
aside-says-1 = No dobrze, ona mówi, że długość jest taka, jak ustaliłyśmy, i że boki są równe. Może. Ale kolor dalej jest pomarańczowy. To nie jest to, co jej pokazałam.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
aside-says-2 = Dobra, może długość jest taka, o jaką prosiłam. Ale proszę spojrzeć na kolor! To nie jest ten miedziany z mojego zdjęcia.

# en: Let's hold your photo next to it here in the daylight, away from the salon lights. Take your time, and tell me honestly what you see.
aside-reply-1 = Przyłóżmy tu pani zdjęcie obok, w świetle dziennym, z dala od salonowych lamp. Proszę się nie spieszyć i powiedzieć mi szczerze, co pani widzi.

# en: You took her complaint about the colour seriously, checked it against her own photo and let her be the judge. The facts get checked, and nobody has to tell her she is wrong.
aside-reply-1-feedback = Poważnie traktujesz jej zastrzeżenia do koloru, porównujesz go z jej własnym zdjęciem i pozwalasz jej samej ocenić. Fakty zostają sprawdzone i nikt nie musi jej mówić, że nie ma racji.

# en: Dóra has been doing colour for fifteen years. If she says it's copper, then it's copper.
aside-reply-2 = Dóra robi koloryzacje od piętnastu lat. Jeśli mówi, że to miedziany, to jest miedziany.

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
aside-reply-2-feedback = To naturalne, że stajesz w obronie Dóry, ale powoływanie się na autorytet kończy sprawdzanie, zanim się zaczęło. Sama wskazała kolor jako problem: pokaż jej, zamiast rozstrzygać za nią.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut.
aside-reply-3 = Jeśli kolor się pani nie podoba, odliczmy go od rachunku i zapłaci pani tylko za strzyżenie.

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
aside-reply-3-feedback = Hojnie i kończy to kłótnię, ale wyceniasz kolor jako błąd, zanim ktokolwiek porównał go z jej zdjęciem. Praca Dóry właśnie została uznana za wadliwą na jej oczach.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
not-liking-it-says-1 = No dobrze, w dziennym świetle jest... podobny do zdjęcia. Ale ja się sobie w nim nie podobam. Nie zapłacę za dwie i pół godziny czegoś, co mi się nie podoba.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling, firm about the bill, and say what you can offer instead.
not-liking-it-hint = Fakty są ustalone: fryzura jest taka, o jaką prosiła. Z wyrozumiałością podejdź do jej odczuć, stanowczo do rachunku, i powiedz, co możesz zaproponować w zamian.

# en: I'm sorry it doesn't feel like you yet; a big colour change often takes a few days to get used to. The work was done as agreed, so the bill stands. If you'd like it softer, Dóra will tone it free within two weeks.
not-liking-it-reply-1 = Przykro mi, że jeszcze nie czuje się pani w nim sobą; do dużej zmiany koloru często trzeba się przyzwyczajać kilka dni. Usługa została wykonana zgodnie z ustaleniami, więc rachunek pozostaje. Jeśli woli pani delikatniejszy odcień, Dóra bezpłatnie go stonuje w ciągu dwóch tygodni.

# en: You named her feeling, stated the fact once and calmly, and offered something real instead of a free haircut. Kind about her, firm about the bill: a limit she can accept without losing face.
not-liking-it-reply-1-feedback = Nazywasz jej uczucie, raz i spokojnie podajesz fakt i proponujesz coś realnego zamiast darmowej fryzury. Wyrozumiale wobec niej, stanowczo w sprawie rachunku: to granica, którą może przyjąć bez utraty twarzy.

# en: I understand. Let's say half price, then, and we'll call it even.
not-liking-it-reply-2 = Rozumiem. W takim razie niech będzie pół ceny i jesteśmy kwita.

# en: Meeting halfway sounds fair, but the work was done as she asked: you would be paying her for being upset. Offer a free adjustment, not money off.
not-liking-it-reply-2-feedback = Pójście na kompromis brzmi uczciwie, ale usługa została wykonana tak, jak prosiła: płacisz jej za to, że jest zdenerwowana. Zaproponuj bezpłatną poprawkę, nie zniżkę.

# en: I'm sorry, but whether you like it isn't really the point. The work was done as agreed, so it has to be paid.
not-liking-it-reply-3 = Przykro mi, ale to, czy się pani podoba, nie ma tu właściwie znaczenia. Usługa została wykonana zgodnie z ustaleniami, więc trzeba za nią zapłacić.

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
not-liking-it-reply-3-feedback = Co do faktów masz rację i trzymasz granicę, ale zbywasz jej uczucia. Idzie na ślub siostry z fryzurą, która, jak mówi, jej się nie podoba: pokaż, że to widzisz, a dopiero potem stój przy swoim.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
review-threat-says-1 = Dobrze. To napiszę na każdym portalu z opiniami, że niszczycie ludziom włosy i jeszcze każecie sobie za to płacić. Zobaczymy, ile foteli będziecie mieli zajętych w przyszłym miesiącu.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
review-threat-says-2 = No to świetnie. W takim razie cały internet się dowie, jak ten salon niszczy włosy i jeszcze za to kasuje. Zobaczymy, ilu wtedy będziecie mieli klientów.

# en: That's your right, and I'd be sorry to read it. What I can offer stays fair: the bill today, and a free toning with Dóra within two weeks if the colour still feels too bright. Shall I book it?
review-threat-reply-1 = Ma pani do tego prawo i byłoby mi przykro to czytać. Moja propozycja pozostaje uczciwa: dziś rachunek, a w ciągu dwóch tygodni bezpłatne tonowanie u Dóry, jeśli kolor nadal będzie się pani wydawał zbyt jaskrawy. Zapisać panią?

# en: You didn't plead and you didn't hit back. Putting a fair offer on the table, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
review-threat-reply-1-feedback = Nie błagasz i nie odgryzasz się. Spokojnie kładąc na stole uczciwą propozycję, pokazujesz, że groźba nie zmienia faktów, i zostawiasz jej godne wyjście.

# en: Please don't do that. Look, let's just forget about the bill this once, all right?
review-threat-reply-2 = Proszę tego nie robić. Wie pani co, ten jeden raz zapomnijmy o rachunku, dobrze?

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
review-threat-reply-2-feedback = Groźba zadziałała. Zła opinia to realne zmartwienie, ale wykupienie się od niej uczy ją, i wszystkich w poczekalni, że darmowe strzyżenie dostaje się tu groźbami.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras.
review-threat-reply-3 = Proszę bardzo. Pół salonu słyszało, jak mówiła pani przy lustrze „pięknie”, a poza tym mamy kamery.

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
review-threat-reply-3-feedback = Na groźbę odpowiadasz groźbą, w zasięgu słuchu osób w poczekalni. Nawet gdyby ta kłótnia była do wygrania, ona musi teraz walczyć dalej, żeby nie stracić twarzy.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
at-the-door-says-1 = Mam dość. Wychodzę przez te drzwi i nie płacę. Przyślijcie mi rachunek, jeśli się odważycie.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
at-the-door-hint = Nie zastawiaj jej drogi i nie poddawaj się. Jedna spokojna, ostateczna propozycja i sposób, żeby mogła zostać bez utraty twarzy.

# en: Ms Szalai, please don't leave it like this. I won't argue with you. The bill stands, but I can offer a free toning with Dóra. Or, if you'd rather, I'll ask the owner to look at it with you now.
at-the-door-reply-1 = Pani Réko, proszę nie wychodzić w takiej atmosferze. Nie będę się z panią kłócić. Rachunek pozostaje, ale mogę zaproponować bezpłatne tonowanie u Dóry. Albo, jeśli pani woli, poproszę właściciela, żeby od razu obejrzał to razem z panią.

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
at-the-door-reply-1-feedback = Spokojnie, bez groźby i bez prezentów: powtarzasz uczciwą propozycję i dajesz jej wybór, dzięki któremu może zostać bez utraty twarzy. Zawołanie właściciela jest tu jedną z opcji, a nie kapitulacją.

# en: All right. If you won't pay, I can't really stop you.
at-the-door-reply-2 = No dobrze. Jeśli pani nie zapłaci, to właściwie nie mogę pani zatrzymać.

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
at-the-door-reply-2-feedback = Słusznie się nie kłócisz, ale poddając się, nie zostawiasz jej niczego, na co mogłaby odpowiedzieć. Jedna spokojna propozycja, bezpłatne tonowanie albo rozmowa z właścicielem, mogła ją jeszcze zatrzymać przy recepcji.

# en: You are not leaving without paying. Stay right there, I'm calling security.
at-the-door-reply-3 = Nie wyjdzie pani stąd bez zapłaty. Proszę zostać na miejscu, wzywam ochronę.

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
at-the-door-reply-3-feedback = Rozkazy i ochrona przy pełnej poczekalni zamieniają spór o rachunek w awanturę. Cokolwiek teraz zrobi, ma widownię i historię do opowiadania.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
owner-demand-says-1 = Nie będę już o tym rozmawiać z recepcją. Proszę zawołać właściciela. Natychmiast.

# en: Of course. I'll fetch Gábor and tell him what you've told me about the length and the colour, so you don't have to explain it all again.
owner-demand-reply-1 = Oczywiście. Poproszę Gábora i przekażę mu, co mi pani powiedziała o długości i kolorze, żeby nie musiała pani wszystkiego powtarzać.

# en: You respected her request and will brief the owner yourself, so she won't have to repeat her story. Solid, but the fair offer you could have made is now his to make.
owner-demand-reply-1-feedback = Szanujesz jej prośbę i osobiście wprowadzisz właściciela w sprawę, więc nie będzie musiała powtarzać całej historii. Solidnie, ale uczciwą propozycję, którą można było złożyć przy recepcji, teraz złoży on.

# en: I'll get him if you want. First, though: I can book a free toning with Dóra right now, and the bill stays the same. Shall I, or would you rather see Gábor?
owner-demand-reply-2 = Zawołam go, jeśli pani chce. Ale najpierw: mogę od razu zapisać panią na bezpłatne tonowanie u Dóry, a rachunek zostaje bez zmian. Zapisać, czy woli pani porozmawiać z Gáborem?

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
owner-demand-reply-2-feedback = Nie odmawiasz jej, a najpierw kładziesz na stole jedną konkretną propozycję. Ludzie często żądają właściciela, bo przestali czegokolwiek oczekiwać od osoby, z którą rozmawiają; to daje jej coś, na co może się zgodzić.

# en: Gábor is with a client at the moment. And honestly, he'd only tell you the same thing.
owner-demand-reply-3 = Gábor jest teraz z klientką. A szczerze mówiąc, powiedziałby pani dokładnie to samo.

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
owner-demand-reply-3-feedback = Odmawiasz i mówisz, że to bez sensu, więc zostaje jej jeden ruch: wyjść. Poprosiła o kogoś, kto może podjąć decyzję, a blokowanie tego przekonuje ją, że chcecie ją zbyć.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
last-bargain-says-1 = No dobrze już, dobrze. Ale moglibyście chociaż spuścić dziesięć procent. Za stres.

# en: I'm sorry this afternoon has been stressful, truly. The price stays as it is, but the toning with Dóra is on us, and I'll book it at a time that suits you.
last-bargain-reply-1 = Naprawdę przykro mi, że to popołudnie było dla pani tak stresujące. Cena pozostaje bez zmian, ale tonowanie u Dóry jest na nasz koszt i zapiszę panią na termin, który pani odpowiada.

# en: You took the stress seriously and still said no to the discount, kindly and only once. The free toning you already offered stays the remedy, so the limit doesn't feel like a slap.
last-bargain-reply-1-feedback = Poważnie traktujesz jej stres, a mimo to odmawiasz zniżki, uprzejmie i tylko raz. Zadośćuczynieniem pozostaje bezpłatne tonowanie, które już padło, więc odmowa nie jest jak policzek.

# en: Oh, go on then, ten percent. Just don't tell anyone I did it.
last-bargain-reply-2 = A niech będzie, dziesięć procent. Tylko proszę nikomu o tym nie mówić.

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
last-bargain-reply-2-feedback = Drobne i miłe, wydaje się nieszkodliwe, ale uczy tego samego co darmowa fryzura, tylko na mniejszą skalę: naciskanie się opłaca. Uczciwym rozwiązaniem było tonowanie, które już zaproponowano.

# en: No. We don't give discounts just because somebody raised their voice.
last-bargain-reply-3 = Nie. Nie dajemy zniżek tylko dlatego, że ktoś podniósł głos.

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
last-bargain-reply-3-feedback = Właściwa granica w niewłaściwym tonie: to przytyk do jej zachowania, który rozpala kłótnię na nowo akurat wtedy, gdy zgadzała się zapłacić.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
booking-detail-says-1 = Dobrze. Zapłacę. Ale tonowanie chcę mieć u samej Dóry, nie u jakiejś praktykantki, i w terminie, w którym faktycznie dam radę przyjść.

# en: Dóra herself, of course. She has Wednesday at nine, well before your sister's wedding on Saturday. I've written it on your receipt: toning, no charge.
booking-detail-reply-1 = Oczywiście, u samej Dóry. Ma wolną środę o dziewiątej, na długo przed sobotnim ślubem pani siostry. Zapisuję to pani na paragonie: tonowanie, bezpłatnie.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
booking-detail-reply-1-feedback = Pamiętasz o ślubie, o którym wspomniała w pierwszym zdaniu, i zapisujesz ją do Dóry przed nim, na piśmie. Konkretny termin, który widzi na własne oczy, mówi jej, że propozycja była prawdziwa, a nie sposobem, żeby skłonić ją do zapłaty.

# en: Dóra's first free slot is Monday week, I'm afraid. Or I can give you Wednesday with whoever is free.
booking-detail-reply-2 = Niestety, pierwszy wolny termin u Dóry jest w poniedziałek za tydzień. Albo mogę zapisać panią na środę do kogoś, kto będzie wolny.

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever is free'.
booking-detail-reply-2-feedback = Zgodnie z prawdą, ale zapominasz o ślubie w przyszłą sobotę: tonowanie po nim nic jej nie da. Prosiła o Dórę, a dostała propozycję „do kogoś, kto będzie wolny”.

# en: I'll check Dóra's diary with her later and ring you on Monday with a time.
booking-detail-reply-3 = Sprawdzę później z Dórą jej grafik i zadzwonię do pani w poniedziałek z terminem.

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
booking-detail-reply-3-feedback = Miło, ale mgliście: płaci całą kwotę i wychodzi tylko z obietnicą telefonu. Grafik masz na ekranie; zarezerwuj termin, póki ona stoi przed tobą.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
paid-warm-says-1 = No to środa o dziewiątej. I... dziękuję, że nie zrobiliście ze mnie widowiska przy wszystkich.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
paid-warm-summary = Réka płaci pełne 38 500 forintów. W środę Dóra łagodzi miedziany odcień o ton, a Réka przed wyjściem umawia się na kolejne strzyżenie. Osoby w poczekalni widziały spokojną recepcję, a nie awanturę, a praca Dóry została opłacona. Wyrozumiale wobec uczuć, stanowczo w sprawie rachunku.

# en: Fine. Here's my card. Don't expect to see me again.
paid-grudging-says-1 = Dobra. Proszę, karta. I proszę się mnie tu więcej nie spodziewać.

# en: The bill is paid and the facts were on your side, but Réka left feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
paid-grudging-summary = Rachunek jest zapłacony, a fakty były po twojej stronie, ale Réka wyszła z poczuciem, że ją spacyfikowano, a nie wysłuchano. Nie przychodzi na tonowanie, a w kwaśnej opinii na trzy gwiazdki pojawia się „oschły personel”. Trzymanie granicy było słuszne; trzymanie jej bez życzliwości kosztowało cię klientkę.

# en: gave in
gave-in-outcome = ustępstwo pod presją

# en: Well. That's more like it.
gave-in-says-1 = No. Od razu lepiej.

# en: Réka walks out with a cut and colour worth 38,500 forints for nothing. Dóra's two and a half hours go unpaid, and two of the waiting clients saw exactly how to get the same deal. That evening Réka posts a photo of her 'gorgeous new copper' online. Nothing was wrong with the work; the only problem you solved was your own discomfort.
gave-in-summary = Réka wychodzi ze strzyżeniem i koloryzacją za 38 500 forintów, nie płacąc ani forinta. Dwie i pół godziny pracy Dóry pozostają niezapłacone, a dwie osoby z poczekalni zobaczyły dokładnie, jak załatwić sobie to samo. Wieczorem Réka wrzuca do sieci zdjęcie swojej „cudownej nowej miedzi”. Z fryzurą wszystko było w porządku; jedynym problemem, który udało się rozwiązać, był twój własny dyskomfort.

# en: Fine. At least that's something.
discount-for-nothing-says-1 = No dobrze. Zawsze to coś.

# en: Réka pays less than the price for work she approved in the mirror. Dóra feels her work was judged faulty in front of her colleagues, and Réka has learned that a loud complaint at this desk is worth money off. The argument ended, but the fault you paid for never existed.
discount-for-nothing-summary = Réka płaci mniej, niż wynosi cena, za pracę, którą sama zaakceptowała w lustrze. Dóra czuje, że jej praca została uznana za wadliwą na oczach całego zespołu, a Réka nauczyła się, że głośna skarga przy tej recepcji jest warta zniżki. Kłótnia się skończyła, ale błąd, za który zapłacono, nigdy nie istniał.

# en: Don't hold your breath for the money.
walked-out-says-1 = Pieniędzy to się nie doczekacie.

# en: Réka walks out without paying, telling the waiting area that this salon 'ruins hair'. The 38,500 forints are lost, a one-star review appears that night, and four clients watched the desk run out of answers. A calm, repeated offer or the owner might still have kept her.
walked-out-summary = Réka wychodzi bez płacenia, ogłaszając całej poczekalni, że ten salon „niszczy włosy”. 38 500 forintów przepada, tego samego wieczoru pojawia się opinia na jedną gwiazdkę, a cztery osoby w poczekalni patrzyły, jak recepcji kończą się argumenty. Spokojna, powtórzona propozycja albo rozmowa z właścicielem mogły ją jeszcze zatrzymać.

# en: Security? For me? Go on then, everyone's watching.
door-scene-says-1 = Ochronę? Na mnie? No proszę bardzo, niech wszyscy patrzą.

# en: Gábor hears the raised voices and comes out of the back room. He calms things down and Réka pays in the end, but two waiting clients cancel their next appointments, and the story of 'the salon that called security on a customer' is online by evening. A quiet word at the window would have cost nothing.
door-scene-summary = Gábor słyszy podniesione głosy i wychodzi z zaplecza. Uspokaja sytuację i w końcu Réka płaci, ale dwie osoby z poczekalni odwołują swoje następne wizyty, a historia „salonu, który wezwał ochronę na klientkę” jeszcze tego wieczoru krąży w sieci. Spokojna rozmowa pod oknem nic by nie kosztowała.

# en: Finally. Somebody in charge.
owner-steps-in-says-1 = Nareszcie. Ktoś, kto tu decyduje.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
owner-steps-in-summary = Gábor zostawia swoją klientkę, ogląda fryzurę z Réką pod oknem i proponuje to, co od początku było uczciwe: pełna cena i bezpłatne tonowanie u Dóry. Réka płaci. Kończy się uczciwie, ale właściciel musiał odejść od płacącej klientki, żeby złożyć propozycję, która była w twoich rękach.

