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

# en: turns on the person in front of her when she feels cornered
customer-trait-4 = atakuje osobę, która przed nią stoi, kiedy czuje się przyparta do muru

# en: Excuse me? That's not an answer. I want to know what you're going to do about my hair.
neutral-says-1 = Słucham? To żadna odpowiedź. Chcę wiedzieć, co zamierzacie zrobić z moimi włosami.

# en: Are you even listening to me? My sister gets married next Saturday, and I'm the one who has to turn up with this hair.
neutral-says-2 = Czy ktoś mnie tu w ogóle słucha? Moja siostra w przyszłą sobotę bierze ślub, a to ja mam się tam pokazać z takimi włosami.

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
opening-says-1 = Proszę na to spojrzeć! Proszę zobaczyć, co ona mi zrobiła z włosami! Są krótsze, niż prosiłam, a kolor jest pomarańczowy. Moja siostra w przyszłą sobotę bierze ślub, mam tak iść? Nie zapłacę ani forinta.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
opening-says-2 = Dwie i pół godziny, a ona mi wszystko zepsuła! Pomarańczowe! A długość jest zupełnie nie taka. W przyszłą sobotę mam ślub siostry. Nawet nie próbujcie mi za to liczyć.

# en: You don't know yet whether anything is wrong. Take her seriously, and ask what exactly she means before you agree or disagree.
opening-hint = Jeszcze nie wiesz, czy cokolwiek jest nie tak. Potraktuj ją poważnie i zapytaj, o co dokładnie chodzi, zanim przyznasz jej rację albo zaprzeczysz.

# en: Ms Szalai, with the wedding next Saturday I can see why you're upset. What's wrong exactly: the length, the colour, or both?
opening-reply-1 = Pani Réko, ślub siostry w przyszłą sobotę, więc rozumiem, że jest pani zdenerwowana. Co dokładnie jest nie tak: długość, kolor czy jedno i drugie?

# en: Ms Szalai, I can understand you being upset with your sister's wedding only a week away. Which part is the problem: how short it is, the colour, or both?
opening-reply-1-wording-1 = Pani Réko, w przyszłą sobotę wesele siostry, więc rozumiem pani nerwy. Proszę powiedzieć, co konkretnie się nie zgadza: długość, kolor, a może jedno i drugie?

# en: Wedding's close, I understand. Is it the cut, the colour, or both?
opening-reply-1-wording-2 = Rozumiem, ślub siostry. Co konkretnie nie pasuje: długość czy kolor?

# en: no wonder you're upset with the wedding coming up. what's the problem exactly, the cut, the colour or both?
opening-reply-1-wording-3 = pani Réko, rozumiem, ze sie pani denerwuje, w koncu siostra bierze slub za tydzien. co dokladnie pani przeszkadza, dlugosc, kolor czy oba naraz?

# en: I get it, Ms Szalai, a wedding in a week and this happens. Tell me what's not right: how short it's been cut, the orange tone, or the two together?
opening-reply-1-wording-4 = Rozumiem, pani Réko, za tydzień wesele siostry, a tu coś takiego. Co się nie udało: za krótko obcięte, ten pomarańczowy odcień, czy obie rzeczy naraz?

# en: That's stressful before a wedding. Length, colour, or both?
opening-reply-1-wording-5 = Przed ślubem to duży stres. Chodzi o długość, kolor czy oba?

# en: so what exactly is bothering you, is it too short, the wrong colour, or both things? i can see why the wedding makes it worse
opening-reply-1-wording-6 = to co pani najbardziej przeszkadza, że za krótko, że kolor nie ten, czy wszystko razem? jasne, że przez ten ślub to jeszcze gorsze

# en: You took her complaint at face value and asked what exactly is wrong, without agreeing that it is ruined or hinting that she is trying it on. Suspicion would have been heard by the whole waiting area; a specific answer can simply be checked.
opening-reply-1-feedback = Bierzesz jej skargę za dobrą monetę i pytasz, co dokładnie jest nie tak, nie przyznając, że fryzura jest zepsuta, ani nie sugerując, że próbuje coś ugrać. Podejrzliwość usłyszałaby cała poczekalnia; konkretną odpowiedź można po prostu sprawdzić.

# en: Oh no, I'm so sorry! Please don't worry about the bill today, honestly. We never want anyone leaving here unhappy, least of all before a wedding.
opening-reply-2 = Och nie, tak mi przykro! Proszę się dziś w ogóle nie martwić rachunkiem, naprawdę. Nie chcemy, żeby ktokolwiek wychodził od nas niezadowolony, zwłaszcza przed ślubem.

# en: Oh dear, I'm so sorry! Forget about paying today, really. We never want a client to walk out unhappy, especially not with a wedding coming up.
opening-reply-2-wording-1 = O rety, strasznie mi przykro! Rachunkiem niech się pani dziś kompletnie nie przejmuje. Zależy nam, żeby nikt nie wychodził od nas niezadowolony, a już szczególnie przed weselem.

# en: So sorry! Don't worry about paying today.
opening-reply-2-wording-2 = Przykro mi! Dziś nic pani nie płaci, spokojnie.

# en: oh no im so sorry!! honestly forget the bill, we'd hate for you to leave unhappy, especially right before a wedding
opening-reply-2-wording-3 = ojej, tak mi glupio! o placenie dzis prosze sie kompletnie nie martwic, nie chcemy, zeby ktos od nas wychodzil nieszczesliwy, tym bardziej przed slubem

# en: I'm really sorry about this! You won't be charged today, please don't give it a second thought. Nobody should go home upset, especially with a wedding next week.
opening-reply-2-wording-4 = Bardzo panią przepraszam! Dziś nic pani nie policzymy, proszę w ogóle o tym nie myśleć. Nikt nie powinien wracać od nas do domu zmartwiony, a co dopiero tydzień przed weselem.

# en: Sorry, there's no charge today, don't worry.
opening-reply-2-wording-5 = Przepraszam, dziś bez opłaty, proszę się nie martwić.

# en: No payment needed today, I'm terribly sorry. We'd never want you leaving upset before your sister's big day.
opening-reply-2-wording-6 = Dzisiaj żadnej płatności, ogromnie mi przykro. Za nic nie chcielibyśmy, żeby wychodziła pani zdenerwowana przed wielkim dniem siostry.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before anyone looked at the hair. She approved it in the mirror ten minutes ago; shouting has just worked.
opening-reply-2-feedback = Ciepło, a ona od razu się uspokaja, ale oddajesz dwie i pół godziny pracy Dóry, zanim ktokolwiek obejrzał fryzurę. Dziesięć minut temu zaakceptowała ją w lustrze; krzyk właśnie okazał się skuteczny.

# en: But you said it was lovely at the mirror. Dóra did exactly what was on your photo.
opening-reply-3 = Ale przy lustrze powiedziała pani, że jest pięknie. Dóra zrobiła dokładnie to, co było na pani zdjęciu.

# en: But you told us it looked lovely when you saw it in the mirror. Dóra followed your photo exactly.
opening-reply-3-wording-1 = Przecież przy lustrze mówiła pani, że wygląda pięknie. Dóra zrobiła wszystko co do joty według pani zdjęcia.

# en: You called it lovely at the mirror, though.
opening-reply-3-wording-2 = Ale przy lustrze się pani podobało; jest jak na zdjęciu.

# en: but at the mirror you told us you loved it! dóra did it just like the picture you showed
opening-reply-3-wording-3 = no ale jak pani patrzyla w lustro, to mowila, ze super. Dóra zrobila jeden do jednego wedlug pani fotki

# en: Hang on, when you looked in the mirror earlier you said you liked it. Dóra copied the picture you brought exactly.
opening-reply-3-wording-4 = Chwileczkę, przecież przed lustrem mówiła pani, że się pani podoba. Dóra odwzorowała przyniesione zdjęcie co do milimetra.

# en: You said you liked it earlier though.
opening-reply-3-wording-5 = Przecież wcześniej mówiła pani, że się podoba.

# en: Sorry, but Dóra matched your picture to the letter, and you were happy with it at the mirror a minute ago.
opening-reply-3-wording-6 = Przepraszam bardzo, ale Dóra zrobiła dokładnie tak jak na pani zdjęciu, a minutę temu przy lustrze była pani zadowolona.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
opening-reply-3-feedback = Pewnie to prawda, ale przypominanie jej własnych słów przy pełnej poczekalni to wyzwanie, z którego nie może się publicznie wycofać. Sprawdzaj fakty razem z nią, a nie przeciwko niej.

# en: I'm sorry, but once a service is finished it has to be paid at the desk; that's the salon's rule. You can raise any problem with Dóra afterwards.
opening-reply-4 = Przykro mi, ale każdą zakończoną usługę trzeba opłacić tu, w recepcji; takie są zasady salonu. Wszelkie zastrzeżenia może pani potem omówić z Dórą.

# en: Sorry, but when a service is complete it needs paying for here at reception; that's our policy. You can take up any issues with Dóra after that.
opening-reply-4-wording-1 = Przykro mi, ale za każdą wykonaną usługę płaci się tu, w recepcji, taki mamy regulamin. Ewentualne uwagi może pani później przedyskutować z Dórą.

# en: Salon rule: finished means paid at the desk. Take any problem up with Dóra afterwards.
opening-reply-4-wording-2 = Najpierw zapłata, takie zasady; reklamacje potem z Dórą.

# en: i'm afraid our policy is that finished services get paid at the desk, you can talk to dóra about any issues after
opening-reply-4-wording-3 = niestety zasady salonu sa takie, ze za zrobiona usluge placi sie w recepcji. jak cos nie pasuje, to potem pani pogada z Dórą

# en: I'm afraid all completed services are paid for at reception, those are the salon rules. Once you've settled up you can discuss any problems with Dóra.
opening-reply-4-wording-4 = Obawiam się, że za wszystkie wykonane usługi rozlicza się w recepcji, tak stanowi regulamin salonu. Po uregulowaniu należności może pani zgłosić Dórze wszelkie problemy.

# en: Salon rules: a finished service gets paid at the desk, then you can see Dóra about it.
opening-reply-4-wording-5 = Zasady salonu: wykonana usługa płatna w recepcji, potem sprawa z Dórą.

# en: rules are rules i'm afraid, the service is done so it gets paid here, any complaints you can take to dóra after
opening-reply-4-wording-6 = no niestety, przepisy to przepisy, usługa zrobiona, więc płaci się tutaj, a reklamacje potem do Dóry

# en: To someone who believes her hair is ruined, 'pay first, complain afterwards' says you don't believe her and won't even look. The rule can wait until you have seen what she means.
opening-reply-4-feedback = Komuś, kto wierzy, że ma zniszczone włosy, „najpierw proszę zapłacić, potem reklamować” mówi, że jej nie wierzysz i nawet nie chcesz spojrzeć. Zasady mogą poczekać, aż zobaczysz, o co jej chodzi.

# en: What's wrong? The left side is shorter than the right, anyone can see it! Look, everyone! And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
what-exactly-says-1 = Co jest nie tak? Lewa strona jest krótsza niż prawa, każdy to widzi! Niech wszyscy spojrzą! I pokazałam jej zdjęcie: miedziany. A to jest pomarańczowe. Nie będę płacić za czyjś błąd.

# en: The left side is shorter, look! You can all see it, can't you? And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
what-exactly-says-2 = Lewa strona jest krótsza, proszę zobaczyć! Wszyscy to widzą, prawda? A kolor w ogóle nie przypomina tego ze zdjęcia, które jej pokazałam. Jest pomarańczowy. Dlaczego mam płacić za cudzy błąd?

# en: She is playing to the waiting area. Don't ask her to be quieter: be quieter yourself, name her two points and take her somewhere she can check them.
what-exactly-hint = Ona gra pod publiczność w poczekalni. Nie proś jej, żeby mówiła ciszej: ty mów ciszej, nazwij jej dwa zarzuty i zabierz ją tam, gdzie da się je sprawdzić.

# en: Ms Szalai, please keep your voice down a little. There are other clients waiting, and I'm sure we can sort this out quietly.
what-exactly-reply-1 = Pani Réko, bardzo proszę mówić trochę ciszej. Czekają tu inni klienci, a na pewno uda nam się to spokojnie wyjaśnić.

# en: Ms Szalai, could you lower your voice a bit, please? Other people are waiting, and I'm confident we can resolve this calmly.
what-exactly-reply-1-wording-1 = Pani Réko, proszę troszkę ściszyć głos. Czekają inni klienci, a na spokojnie na pewno wszystko wyjaśnimy.

# en: Please lower your voice a little; others are waiting.
what-exactly-reply-1-wording-2 = Proszę ciszej, są tu inni klienci.

# en: could you keep it down a bit please, there's people waiting, we can sort it out without the noise
what-exactly-reply-1-wording-3 = pani Réko, mozemy troche ciszej? inni tu czekaja, a spokojnie na pewno sie dogadamy

# en: Please, Ms Szalai, there's no need to shout. People are waiting and we can deal with this quietly.
what-exactly-reply-1-wording-4 = Pani Réko, proszę, nie trzeba krzyczeć. Ludzie czekają, a to możemy załatwić po cichu.

# en: Please stop shouting, other clients can hear you.
what-exactly-reply-1-wording-5 = Proszę przestać krzyczeć, inni klienci to słyszą.

# en: Madam, I'd ask you not to raise your voice in front of the other customers, let's keep this quiet.
what-exactly-reply-1-wording-6 = Proszę pani, uprzejmie proszę nie podnosić głosu przy pozostałych klientach, załatwmy to dyskretnie.

# en: Asking her to lower her voice in front of the people she is performing for makes her volume the subject. Now she has to prove she is right, and louder.
what-exactly-reply-1-feedback = Prośba, żeby ściszyła głos przy ludziach, przed którymi właśnie występuje, robi z jej głośności temat rozmowy. Teraz musi udowodnić, że ma rację, i to głośniej.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you, and that takes a few days.
what-exactly-reply-2 = Szczerze mówiąc, stąd wygląda mi to równo, a kolor naprawdę pani pasuje. Myślę, że to po prostu nowość, a do nowego koloru trzeba się przyzwyczajać kilka dni.

# en: To be honest, from where I'm sitting it looks even, and that colour looks great on you. You're probably just not used to it yet; it takes a couple of days.
what-exactly-reply-2-wording-1 = Szczerze mówiąc, z mojego miejsca wszystko wygląda równo, a ten kolor bardzo do pani pasuje. To kwestia nowości, oko musi się oswoić z nowym odcieniem przez parę dni.

# en: Looks even from here, and it's a flattering shade; you'll get used to it.
what-exactly-reply-2-wording-2 = Moim zdaniem jest równo i kolor ładny, to kwestia przyzwyczajenia.

# en: honestly it looks fine and even from here and the colour's really nice on you, it's just new, give it a few days
what-exactly-reply-2-wording-3 = mi sie wydaje, ze jest rowniutko, a kolorek naprawde pani pasuje. to tylko kwestia, ze to cos nowego, za pare dni sie pani przyzwyczai

# en: I really can't see any difference between the sides, and the shade is lovely on you. New hair always feels strange for the first few days.
what-exactly-reply-2-wording-4 = Naprawdę nie widzę żadnej różnicy między bokami, a ten odcień wygląda na pani uroczo. Nowe włosy przez pierwsze dni zawsze wydają się dziwne.

# en: It looks fine to me, you'll get used to it.
what-exactly-reply-2-wording-5 = Dla mnie wygląda dobrze, przyzwyczai się pani.

# en: honestly both sides look the same from where i am, and i think the colour is gorgeous on you, its just a shock because its new
what-exactly-reply-2-wording-6 = szczerze, z mojego miejsca obie strony sa identyczne, a kolor jest na pani przepiekny, to tylko szok, bo nowe

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, with four people listening. Now she has to prove her point louder.
what-exactly-reply-2-feedback = W dobrej wierze, ale oceniasz jej włosy zza lady i mówisz jej, że się myli, przy czterech słuchających osobach. Teraz musi dowodzić swojej racji jeszcze głośniej.

# en: I only do the bookings, I'm afraid. You'll have to ask Dóra once she's finished her next client.
what-exactly-reply-3 = Ja zajmuję się tylko rezerwacjami, niestety. Musi pani zapytać Dórę, kiedy skończy z następną klientką.

# en: I'm afraid I just handle the appointments. You'll need to speak to Dóra when she's done with her next client.
what-exactly-reply-3-wording-1 = Niestety ja zajmuję się wyłącznie zapisami. Musi pani porozmawiać z Dórą, kiedy skończy z kolejną klientką.

# en: I just do bookings; ask Dóra after her next client.
what-exactly-reply-3-wording-2 = Ja tylko zapisuję wizyty; proszę zapytać Dórę później.

# en: sorry i'm only on bookings, you'll need to catch dóra when she's finished with the client she's doing
what-exactly-reply-3-wording-3 = ja tu tylko od rezerwacji jestem, niestety. z tym trzeba do Dóry, jak sie uwinie z nastepna pania

# en: Sorry, appointments are all I deal with. Dóra will have to answer that when she's free after the client she's got next.
what-exactly-reply-3-wording-4 = Przepraszam, ja tu obsługuję tylko wizyty. Na to musi odpowiedzieć Dóra, jak się zwolni po następnej klientce.

# en: Not my job, talk to Dóra later.
what-exactly-reply-3-wording-5 = To nie moja działka, proszę pogadać później z Dórą.

# en: That's one for Dóra, I'm afraid, I just take appointments. Wait till she's done with her next customer and ask her.
what-exactly-reply-3-wording-6 = To już pytanie do Dóry, niestety, ja tylko przyjmuję zapisy. Proszę poczekać, aż skończy z następną klientką, i wtedy ją zapytać.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
what-exactly-reply-3-feedback = „Zajmuję się tylko rezerwacjami” zostawia ją przy recepcji bez nikogo odpowiedzialnego, a Dóra będzie zajęta jeszcze godzinę. Dla niej to ty jesteś teraz salonem: zaprowadź ją do kogoś, kto może to sprawdzić, zamiast odsyłać ją, żeby czekała.

# en: The left side, and the colour against your photo. Let's look at both with Dóra at the window mirror, in daylight.
what-exactly-reply-4 = Lewa strona i kolor w porównaniu ze zdjęciem. Sprawdzę jedno i drugie razem z panią i z Dórą, przy oknie, w świetle dziennym.

# en: So it's the left side, plus the colour compared with your photo. Let's check both with Dóra over at the mirror by the window, where the light's natural.
what-exactly-reply-4-wording-1 = Czyli chodzi o lewą stronę i o kolor w porównaniu z fotografią. Obejrzymy jedno i drugie wspólnie z Dórą, pod oknem, w naturalnym świetle.

# en: Left side and colour: let's check both with Dóra by the window.
what-exactly-reply-4-wording-2 = Lewa strona i kolor; sprawdźmy z Dórą przy oknie.

# en: ok, so the left side, plus the colour vs your picture. come over to the window mirror with me and dóra and we'll look at both in proper daylight
what-exactly-reply-4-wording-3 = dobrze, czyli dlugosc po lewej i odcien wzgledem zdjecia. zaprosze Dórę i przyjrzymy sie temu razem pod oknem, w dziennym swietle

# en: So the left side is shorter and the colour doesn't match the photo. Come to the mirror by the window with Dóra and me, the natural light will show us both.
what-exactly-reply-4-wording-4 = Czyli lewa strona jest krótsza, a kolor odbiega od zdjęcia. Chodźmy z Dórą do lustra przy oknie, naturalne światło pokaże nam obie rzeczy.

# en: Let's check both by the window in daylight with Dóra.
what-exactly-reply-4-wording-5 = Sprawdźmy oba przy oknie, w dziennym świetle, z Dórą.

# en: Right, the uneven left side and the colour compared to your photo. Let's all go over to the window, with Dóra, and look in daylight.
what-exactly-reply-4-wording-6 = Dobrze, nierówna lewa strona i kolor w zestawieniu z pani zdjęciem. Przejdźmy wszyscy razem z Dórą do okna i obejrzyjmy to w świetle dnia.

# en: She turned to the waiting clients; you didn't ask her to be quieter, you answered in a low voice, named her two points and moved her to the window. Calm that is shown spreads; calm that is demanded sounds like a telling-off.
what-exactly-reply-4-feedback = Odwróciła się do czekających klientów; nie prosisz jej, żeby mówiła ciszej, tylko odpowiadasz cicho, nazywasz jej dwa zarzuty i przenosisz rozmowę pod okno. Okazany spokój się udziela; spokój, którego się żąda, brzmi jak reprymenda.

# en: Show me the left side, and the photo too. I'll get Dóra over here to look at it with us.
what-exactly-reply-5 = Proszę mi pokazać lewą stronę i to zdjęcie. Poproszę Dórę, żeby tu podeszła i obejrzała to razem z nami.

# en: Let me see the left side, and your photo as well. I'll ask Dóra to come over and check it with us.
what-exactly-reply-5-wording-1 = Proszę pokazać mi lewą stronę i zdjęcie. Zawołam Dórę, niech przyjdzie, to wspólnie to obejrzymy.

# en: Can I see the left, and your photo? I'll call Dóra over.
what-exactly-reply-5-wording-2 = Pokaże mi pani zdjęcie i lewą stronę? Zawołam tu Dórę.

# en: ok show me the left bit and the picture too, i'll grab dóra so she can have a look with us
what-exactly-reply-5-wording-3 = moze mi pani pokazac ta lewa strone i zdjecie? zawolam Dórę, niech tu podejdzie i zerknie z nami

# en: Could you show me the left side and the picture you brought? I'll call Dóra over so we can all look together.
what-exactly-reply-5-wording-4 = Mogłaby mi pani pokazać lewą stronę i zdjęcie, które pani przyniosła? Poproszę tu Dórę, to obejrzymy wszystko we trójkę.

# en: Let me see the left side and the photo, I'll get Dóra.
what-exactly-reply-5-wording-5 = Proszę pokazać lewą stronę i fotkę, idę po Dórę.

# en: Dóra should see this too, I'll bring her over. Meanwhile, can you show me the shorter side and your photo?
what-exactly-reply-5-wording-6 = Dóra też musi to zobaczyć, zaraz ją przyprowadzę. A w międzyczasie pokaże mi pani tę krótszą stronę i swoje zdjęcie?

# en: Good: you took both points seriously and brought in Dóra instead of judging yourself. But you kept the check at the desk, in front of her audience; the best reply moved it to the window, where nobody is performing.
what-exactly-reply-5-feedback = Dobrze: traktujesz oba zarzuty poważnie i zamiast samodzielnie oceniać, wołasz Dórę. Ale sprawdzanie zostaje przy ladzie, przed jej publicznością; najlepsza odpowiedź przenosi je pod okno, gdzie nikt nie gra dla widowni.

# en: Oh, of course, Dóra. You'll take her side, you all cover for each other. And what would you know about hair? You sit behind a till all day, and looking at your own hair, I'd hardly trust your eye.
personal-jab-says-1 = No jasne, Dóra. Wszyscy tu trzymacie jedną stronę. A co ktoś z recepcji może wiedzieć o włosach? Cały dzień za kasą, a sądząc po fryzurze, którą widzę za tą ladą, nie ufałabym takiemu oku.

# en: Naturally you'll back her up. You're the receptionist, what do you know about colour? With hair like yours, I wouldn't take your word for anything.
personal-jab-says-2 = Oczywiście, wszyscy jej tu bronicie. A co recepcja wie o kolorze? Patrząc na fryzurę za tą ladą, nie wzięłabym tu niczyjego zdania na serio.

# en: The remark about your hair is meant to sting. Let it pass: agree with what is true, and bring her back to the check.
personal-jab-hint = Uwaga o twoich włosach ma zaboleć. Puść ją mimo uszu: przyznaj rację w tym, co prawdziwe, i wróć do sprawdzania.

# en: Actually, I trained as a stylist for three years before I took the desk, so I do know an even cut when I see one.
personal-jab-reply-1 = Prawdę mówiąc, mam za sobą trzy lata nauki fryzjerstwa, jeszcze sprzed pracy w recepcji, więc równe cięcie rozpoznaję od razu, kiedy je widzę.

# en: For your information, I spent three years training as a stylist before working on reception, so I can tell whether a cut is even.
personal-jab-reply-1-wording-1 = Tak się składa, że za mną są trzy lata szkoły fryzjerskiej, jeszcze sprzed recepcji, więc równe strzyżenie poznaję od razu.

# en: I did three years of stylist training; I know an even cut.
personal-jab-reply-1-wording-2 = Mam za sobą szkołę fryzjerską, na cięciu się znam.

# en: actually i did 3 years training as a hairdresser before i moved to the desk, so yeah i can tell if a cut's even
personal-jab-reply-1-wording-3 = zeby bylo jasne, trzy lata fryzjerskiej szkoly to moja przeszlosc, jeszcze sprzed recepcji, wiec krzywe ciecie zauwaze od razu

# en: I'll have you know I did three years of hairdressing training before reception, so I can spot an uneven cut.
personal-jab-reply-1-wording-4 = Dla pani wiadomości: pracę w recepcji poprzedziły trzy lata kształcenia fryzjerskiego, więc nierówne strzyżenie wychwycę bez trudu.

# en: I'm a trained stylist, I know what an even cut looks like.
personal-jab-reply-1-wording-5 = Mam kwalifikacje fryzjerskie, wiem, jak wygląda równe cięcie.

# en: Excuse me, three years of stylist training says that cut is even.
personal-jab-reply-1-wording-6 = Przepraszam bardzo, ale trzy lata nauki na stylistę mówią mi, że to cięcie jest równe.

# en: The dig at your hair hurt, and proving your credentials is the natural answer. But now the argument is about you, and an argument about you is one she can win in front of an audience.
personal-jab-reply-1-feedback = Przytyk o twoich włosach zabolał, a udowadnianie kwalifikacji to naturalny odruch. Ale teraz kłótnia dotyczy ciebie, a taką kłótnię ona może wygrać przy publiczności.

# en: I'm not a stylist, that's true, so I won't be the judge. You will, with your photo, in daylight. Shall we?
personal-jab-reply-2 = Nie strzygę, to prawda, więc nie będę sędzią. Oceni pani sama, ze swoim zdjęciem, w świetle dziennym. Zapraszam pod okno.

# en: That's fair, I'm no stylist, and it's not for me to decide. You can judge it yourself with your photo in the daylight. Shall we go and look?
personal-jab-reply-2-wording-1 = Racja, nożyczek w ręku nie trzymam, więc nie mnie to oceniać. Niech pani sama porówna ze swoim zdjęciem, przy dziennym świetle; zapraszam do okna.

# en: True, I'm no stylist. You judge it, with your photo, by the window?
personal-jab-reply-2-wording-2 = Nie strzygę, więc oceni pani sama, ze zdjęciem, przy oknie.

# en: you're right, i'm not a hairdresser, so i'm not going to be the judge. you are, with your picture, in natural light. want to come and see?
personal-jab-reply-2-wording-3 = no fakt, ja nie tne wlosow, wiec sedzia nie bede. niech pani sama rzuci okiem ze zdjeciem w reku, w swietle dnia, chodzmy pod okno

# en: You've got a point, hair isn't my trade, so my opinion doesn't matter here. Yours does: bring your photo to the window and see for yourself.
personal-jab-reply-2-wording-4 = Słusznie, włosy to nie mój fach, więc moje zdanie się tu nie liczy. Liczy się pani zdanie: proszę wziąć zdjęcie do okna i ocenić samodzielnie.

# en: True, hair isn't my field. Check it yourself with your photo in daylight?
personal-jab-reply-2-wording-5 = Prawda, to nie moja branża. Sprawdzi pani sama ze zdjęciem przy oknie?

# en: it's not my call to make, you're right about that. you be the judge, take your photo over to the window and look in natural light, ok?
personal-jab-reply-2-wording-6 = nie mnie to rozstrzygać, tu ma pani rację. pani będzie sędzią: proszę podejść ze zdjęciem do okna i popatrzeć w naturalnym świetle, dobrze?

# en: You let the remark about your hair go by, agreed with the part that was true and handed the judging to her and her photo. With nothing to push against, she follows you to the window.
personal-jab-reply-2-feedback = Puszczasz uwagę o swoich włosach mimo uszu, przyznajesz rację w tym, co prawdziwe, i oddajesz ocenę jej samej i jej zdjęciu. Nie mając się o co zaczepić, idzie za tobą pod okno.

# en: I'm sorry if it looks like I'm taking sides, but there's no need to get personal. I'm only trying to help you here.
personal-jab-reply-3 = Przepraszam, jeśli wygląda to na branie czyjejś strony, ale nie ma potrzeby robić wycieczek osobistych. Próbuję tylko pani pomóc.

# en: I'm sorry if it seems as though I'm siding with Dóra, but there's no call for personal remarks. I'm just trying to help you.
personal-jab-reply-3-wording-1 = Przepraszam, jeżeli wygląda na to, że trzymam czyjąś stronę, ale bez osobistych przytyków, proszę. Chcę pani tylko pomóc.

# en: Sorry if I seem biased, but please don't get personal.
personal-jab-reply-3-wording-2 = Nie trzeba mnie obrażać; próbuję tylko pomóc.

# en: sorry if it seems like i'm on her side but there's no need for personal comments, i'm just trying to help
personal-jab-reply-3-wording-3 = przykro mi, jesli ma pani wrazenie, ze kogos kryje, ale prosze bez docinkow pod moim adresem. ja tu tylko chce pomoc

# en: Apologies if it feels like I'm defending Dóra, but comments about my hair aren't called for. I'm just here to help.
personal-jab-reply-3-wording-4 = Przepraszam, jeśli odnosi pani wrażenie, że bronię Dóry, ale komentarze o mojej fryzurze są zbędne. Jestem tu po to, żeby pomóc.

# en: Sorry if I seem biased, but don't insult me.
personal-jab-reply-3-wording-5 = Przepraszam, jeśli to wygląda stronniczo, ale proszę mnie nie obrażać.

# en: There's no need to be rude about my hair. I'm sorry if I come across as on her side, I'm only trying to help you.
personal-jab-reply-3-wording-6 = Moje włosy nie mają tu nic do rzeczy, proszę bez złośliwości. Przykro mi, jeśli wygląda to tak, jakbym była po jej stronie, chcę tylko pani pomóc.

# en: Understandable after a dig at your hair, but 'no need to get personal' tells her the jab landed, and 'I'm sorry if' apologises for her impression rather than for anything you did. She comes to the window, but warier.
personal-jab-reply-3-feedback = Zrozumiałe po przytyku o twoich włosach, ale „nie ma potrzeby robić wycieczek osobistych” mówi jej, że trafiła, a „przepraszam, jeśli” przeprasza za jej wrażenie, a nie za cokolwiek z twojej strony. Idzie pod okno, ale bardziej nieufna.

# en: You're right, I'm no expert. Let's just take the colour off your bill.
personal-jab-reply-4 = Ma pani rację, nie znam się na tym. Po prostu zdejmijmy koloryzację z rachunku.

# en: Fair enough, I'm not an expert. Let's just knock the colour off what you owe.
personal-jab-reply-4-wording-1 = Fakt, to nie moja specjalność. Zwyczajnie skreślmy koloryzację z rachunku.

# en: True, I'm no expert. We'll take the colour off.
personal-jab-reply-4-wording-2 = Nie znam się; koloryzacja gratis.

# en: you're right i'm not a pro, tell you what, we'll just not charge you for the colour
personal-jab-reply-4-wording-3 = ma pani racje, to nie moja dzialka. to moze po prostu nie policzymy pani za kolor

# en: Okay, hair isn't my speciality, you're right. We won't charge you for the colour then.
personal-jab-reply-4-wording-4 = No dobrze, fryzjerstwo to nie moja specjalność, ma pani rację. W takim razie za koloryzację pani nie zapłaci.

# en: Fine, no charge for the colour.
personal-jab-reply-4-wording-5 = Dobrze, kolor bez opłaty.

# en: fair point, what do i know. the colour is on the house then, you just pay for the rest
personal-jab-reply-4-wording-6 = no w sumie, co ja tam wiem. kolor na koszt firmy, placi pani tylko za reszte

# en: The jab made you doubt yourself, and the colour went to buy peace. Nobody has compared it with her photo yet, and she has learned that a personal attack is worth money here.
personal-jab-reply-4-feedback = Przytyk zasiał w tobie wątpliwość, a koloryzacja poszła na kupienie spokoju. Nikt jeszcze nie porównał jej ze zdjęciem, a ona właśnie się nauczyła, że osobisty atak jest tu wart pieniędzy.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
public-row-says-1 = Aha, to teraz jeszcze kłamię? Słyszeliście to wszyscy? Najpierw niszczą człowiekowi włosy, a potem wmawiają, że mu się przywidziało!

# en: She wants the waiting area on her side. Take back what stung, keep your voice low, and offer a quieter place to check.
public-row-hint = Chce mieć poczekalnię po swojej stronie. Wycofaj to, co zabolało, mów cicho i zaproponuj spokojniejsze miejsce do sprawdzenia.

# en: I'm not calling you a liar, and I'm sorry it sounded that way. Would you come to the window mirror with me and Dóra?
public-row-reply-1 = Nie twierdzę, że pani kłamie, i przepraszam, że tak to zabrzmiało. Podejdzie pani ze mną i z Dórą do lustra przy oknie?

# en: I'm not saying you're lying, and I apologise if that's how it came across. Would you step over to the mirror by the window with Dóra and me?
public-row-reply-1-wording-1 = Absolutnie nie zarzucam pani kłamstwa i przepraszam, wyszło to niezręcznie. Może przejdziemy razem z Dórą pod okno, do lustra?

# en: Nobody thinks you're lying, sorry. Come to the window with us?
public-row-reply-1-wording-2 = Nie zarzucam pani kłamstwa, przepraszam. Zerkniemy z Dórą do lustra pod oknem?

# en: no one's saying you're lying, sorry if it came out like that. will you come over to the mirror by the window with dóra and me?
public-row-reply-1-wording-3 = ale skad, nikt tu pani nie zarzuca klamstwa, przepraszam, zle to zabrzmialo. chodzmy z Dórą pod okno i spojrzmy razem w lustro?

# en: I didn't mean you were lying at all, I'm sorry it came out wrong. Could we go over to the window mirror together with Dóra?
public-row-reply-1-wording-4 = W ogóle nie chodziło mi o to, że pani kłamie, przepraszam, źle to wyszło. Możemy przejść razem z Dórą do lustra przy oknie?

# en: I never said you were lying, sorry. Come to the window?
public-row-reply-1-wording-5 = Nie mówię, że pani kłamie, przepraszam. Podejdziemy do okna?

# en: Ms Szalai, I apologise, I believe you completely. Let's look at it by the window with Dóra, would you?
public-row-reply-1-wording-6 = Pani Réko, najmocniej przepraszam, w pełni pani wierzę. Zechce pani obejrzeć to z Dórą przy oknie?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
public-row-reply-1-feedback = Podniosła głos na użytek całej poczekalni; ty mówisz cicho i wycofujesz to, co ją dotknęło, nie rezygnując z faktów. Lustro pod oknem daje jej wyjście, które nie wygląda na przegraną.

# en: Madam, please, there's no need to make a scene in front of all our other clients. We can discuss this like adults.
public-row-reply-2 = Proszę pani, bardzo proszę, nie ma potrzeby robić sceny przy wszystkich naszych klientach. Możemy porozmawiać jak dorośli ludzie.

# en: Madam, please, there's no call for a scene with everyone waiting here. Let's talk about this in a grown-up way.
public-row-reply-2-wording-1 = Proszę pani, naprawdę nie trzeba urządzać przedstawienia przy wszystkich klientach. Porozmawiajmy jak dorośli.

# en: Please don't make a scene; let's talk like adults.
public-row-reply-2-wording-2 = Bez scen, proszę; porozmawiajmy jak dorośli.

# en: madam please, don't cause a scene with all these people watching, we can talk about it like grown-ups
public-row-reply-2-wording-3 = prosze pani, niech pani nie robi cyrku przy calej poczekalni. mozemy normalnie pogadac jak dorosli ludzie

# en: Madam, please stop making a fuss in front of everyone. We can talk about this sensibly.
public-row-reply-2-wording-4 = Proszę pani, proszę przestać robić zamieszanie przy wszystkich. Możemy o tym porozmawiać rozsądnie.

# en: Please stop making a scene, everyone's looking.
public-row-reply-2-wording-5 = Proszę przestać urządzać scenę przed całym salonem.

# en: let's be grown-ups about this and not shout in front of the whole salon, madam
public-row-reply-2-wording-6 = bądźmy poważni i nie róbmy krzyku na cały salon, dobrze, proszę pani?

# en: 'No need to make a scene' is 'calm down' in other words, and 'like adults' adds a lecture. It makes her behaviour the topic, and with four people watching she will not back down.
public-row-reply-2-feedback = „Nie ma potrzeby robić sceny” to „proszę się uspokoić” innymi słowami, a „jak dorośli ludzie” dokłada pouczenie. Jej zachowanie staje się tematem, a przy czterech widzach ona się nie wycofa.

# en: All right, all right. Forget about the bill this time, just please keep your voice down for the others.
public-row-reply-3 = Dobrze, dobrze. Tym razem proszę zapomnieć o rachunku, tylko bardzo proszę mówić ciszej, ze względu na innych.

# en: Okay, okay. Don't worry about paying this time, just please lower your voice for everyone else's sake.
public-row-reply-3-wording-1 = Już dobrze, dobrze. Tym razem nic pani nie płaci, tylko proszę, ciszej, ze względu na pozostałych klientów.

# en: Fine, no charge this time, just please be quieter.
public-row-reply-3-wording-2 = Dobrze, nie płaci pani, tylko proszę ciszej.

# en: ok ok, forget paying this once, just please keep it down for the other customers
public-row-reply-3-wording-3 = no dobra juz, niech bedzie, rachunek sobie darujemy, tylko blagam troche ciszej, bo ludzie patrza

# en: Okay, fine, you don't have to pay this time. Only please be a bit quieter for the other clients.
public-row-reply-3-wording-4 = No dobrze, niech już będzie, tym razem nie musi pani płacić. Tylko proszę troszkę ciszej, przez wzgląd na innych klientów.

# en: Fine, forget the bill, just keep it down for the others please.
public-row-reply-3-wording-5 = Dobra, niech pani zapomni o rachunku, tylko proszę ciszej, przez wzgląd na innych.

# en: No charge today, alright? Just please don't shout, there are other people here.
public-row-reply-3-wording-6 = Dziś bez opłaty, zgoda? Tylko proszę nie krzyczeć, są tu inni ludzie.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
public-row-reply-3-feedback = Daje to chwilę ciszy, ale cała poczekalnia właśnie się dowiedziała, że kto głośniej krzyczy, ten strzyże się za darmo. Nic nie zostało sprawdzone, a praca Dóry poszła na straty.

# en: Nobody said that. I only meant that Dóra followed the photo you brought in; she's very careful, and she's done colour here for fifteen years.
public-row-reply-4 = Nikt tak nie powiedział. Chodziło tylko o to, że Dóra trzymała się zdjęcia, które pani przyniosła; jest bardzo staranna i robi tu koloryzacje od piętnastu lat.

# en: No one said that. I just meant that Dóra went by the photo you showed her; she's very meticulous and she's been colouring hair here for fifteen years.
public-row-reply-4-wording-1 = Nikt tego nie powiedział. Chodziło jedynie o to, że Dóra robiła według przyniesionego przez panią zdjęcia; to bardzo dokładna fryzjerka, farbuje tu od piętnastu lat.

# en: Nobody said that; Dóra followed your photo, she's very experienced.
public-row-reply-4-wording-2 = Tego nikt nie mówił; Dóra trzymała się zdjęcia, ma piętnaście lat doświadczenia.

# en: nobody said you're lying, i just meant dóra did what was in your picture, she's really careful and she's been colouring hair here 15 years
public-row-reply-4-wording-3 = ale nikt tak nie twierdzil. mowie tylko, ze Dóra zrobila wedlug pani zdjecia, a ona jest mega skrupulatna i koloryzuje u nas od 15 lat

# en: I never said that. My point was just that Dóra copied the picture you gave her, and she's extremely thorough, she's coloured hair in this salon for fifteen years.
public-row-reply-4-wording-4 = Tego nie było w moich słowach. Chodziło mi tylko o to, że Dóra odwzorowała zdjęcie, które pani jej dała, a ona jest niezwykle dokładna, koloryzuje włosy w tym salonie od piętnastu lat.

# en: Dóra went by your photo, she's got fifteen years' experience.
public-row-reply-4-wording-5 = Dóra pracowała według pani zdjęcia, ma piętnaście lat doświadczenia.

# en: nobody called you anything. dóra worked from your photo, shes been doing colour here 15 years and shes really careful
public-row-reply-4-wording-6 = nikt pani od niczego nie wyzywal. Dóra robila z pani fotki, kolory robi tu od 15 lat i jest naprawde dokladna

# en: Explaining what you meant and vouching for Dóra sounds reasonable, but it repeats the very point that made her shout: that she is wrong. She needs a way to check, not a defence of the stylist.
public-row-reply-4-feedback = Tłumaczenie, co się miało na myśli, i ręczenie za Dórę brzmią rozsądnie, ale powtarzają właśnie to, co ją rozkrzyczało: że się myli. Ona potrzebuje sposobu, żeby to sprawdzić, a nie obrony fryzjerki.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
pushes-for-more-says-1 = No proszę. Przynajmniej ktoś tu się przyznaje. Przed ślubem będę musiała to poprawić w jakimś porządnym salonie, więc chcę jeszcze voucher na poprawkę.

# en: Each concession has brought a bigger demand. Be honest that you spoke too soon, and offer the check you skipped.
pushes-for-more-hint = Każde ustępstwo przyniosło większe żądanie. Przyznaj uczciwie, że obietnica padła za szybko, i zaproponuj sprawdzenie, które pominięto.

# en: I can't sign off vouchers myself, but I'll ask Gábor the moment he's free. Given the wedding, I'm quite sure he'll agree to it.
pushes-for-more-reply-1 = Nie mam uprawnień do wystawiania voucherów, ale zapytam Gábora, gdy tylko będzie wolny. Ze względu na ślub na pewno się zgodzi, zobaczy pani.

# en: I'm not able to authorise vouchers, but I'll speak to Gábor as soon as he's free. With the wedding coming up, I'm pretty certain he'll say yes.
pushes-for-more-reply-1-wording-1 = Vouchery nie są w mojej gestii, ale zapytam Gábora, jak tylko się zwolni. Przy okazji ślubu z pewnością się zgodzi, proszę mi wierzyć.

# en: I can't approve it, but I'm sure Gábor will agree.
pushes-for-more-reply-1-wording-2 = Zapytam Gábora o voucher; na pewno się zgodzi.

# en: i can't do vouchers myself, but gábor can, i'll ask him as soon as he's done, i'm sure he'll be fine with it given the wedding
pushes-for-more-reply-1-wording-3 = ja niestety voucherow nie wystawiam, ale podpytam Gábora, jak skonczy. przy takiej okazji jak wesele na bank sie zgodzi, spokojnie

# en: Vouchers aren't something I can approve, but Gábor can, and I'll catch him the second he's free. With a wedding involved I'm confident he'll say yes.
pushes-for-more-reply-1-wording-4 = Voucherów nie mogę zatwierdzać, ale Gábor może, a złapię go, gdy tylko się zwolni. Skoro chodzi o ślub, nie mam wątpliwości, że się zgodzi.

# en: I'll ask Gábor, I'm sure he'll give you one.
pushes-for-more-reply-1-wording-5 = Pogadam z Gáborem, voucher na pewno pani dostanie.

# en: gábor has to ok vouchers, not me, but i'd be amazed if he said no with the wedding, ill ask him as soon as he's free
pushes-for-more-reply-1-wording-6 = vouchery musi klepnac Gábor, nie ja, ale przy weselu nie wyobrazam sobie, zeby odmowil. zapytam, jak tylko sie zwolni

# en: You don't control Gábor's answer, and you have now promised a free cut and half-promised a voucher for work nobody has checked. If he says no, she has a second, bigger grievance.
pushes-for-more-reply-1-feedback = Nie masz wpływu na odpowiedź Gábora, a właśnie obiecujesz darmowe strzyżenie i w połowie obiecujesz voucher za pracę, której nikt nie sprawdził. Jeśli on odmówi, ona będzie miała drugi, większy żal.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us, for the others' sake.
pushes-for-more-reply-2 = Dobrze, wypiszę pani też voucher. Tylko bardzo proszę, niech to już zostanie między nami, ze względu na innych klientów.

# en: Okay, I'll give you a voucher too. Only please keep it to yourself, for the sake of the other clients.
pushes-for-more-reply-2-wording-1 = W porządku, dostanie pani również voucher. Tylko bardzo proszę nikomu o tym nie mówić, przez wzgląd na innych klientów.

# en: Fine, you'll get a voucher too; just keep it quiet.
pushes-for-more-reply-2-wording-2 = Dobrze, voucher też będzie, ale proszę o dyskrecję.

# en: ok fine, i'll do you a voucher too, just please don't mention it to the others
pushes-for-more-reply-2-wording-3 = no dobra, dopisze pani tez voucher. tylko prosze nie rozglaszac, zeby inni klienci sie nie dowiedzieli

# en: Fine, you can have a voucher too. Please don't tell the other clients though.
pushes-for-more-reply-2-wording-4 = Niech będzie, voucher też pani dostanie. Tylko proszę nie mówić o tym innym klientom.

# en: Okay, a voucher as well, but keep it quiet.
pushes-for-more-reply-2-wording-5 = Okej, voucher też, tylko po cichu.

# en: I'll make out a voucher for you too, Ms Szalai, just between the two of us, please.
pushes-for-more-reply-2-wording-6 = Przygotuję dla pani również voucher, pani Réko, tylko proszę zachować to dla siebie.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
pushes-for-more-reply-2-feedback = Każde ustępstwo przynosi większe żądanie, a ty spełniasz i to. „Niech to zostanie między nami” się nie uda: cztery osoby w poczekalni słyszały każde słowo.

# en: A voucher as well? You're already getting a free haircut out of us. Don't push your luck.
pushes-for-more-reply-3 = Voucher też? Już i tak dostaje pani od nas strzyżenie za darmo. Proszę nie przeginać.

# en: A voucher on top of that? You're already having your haircut for free. Don't push it.
pushes-for-more-reply-3-wording-1 = Jeszcze voucher? I tak ma pani już strzyżenie gratis. Bez przesady.

# en: You've already got a free cut. Don't push it.
pushes-for-more-reply-3-wording-2 = Voucher? Już ma pani fryzurę za darmo, bez przesady.

# en: seriously, a voucher too? you're getting the haircut for nothing already, don't push your luck
pushes-for-more-reply-3-wording-3 = serio, jeszcze voucher? przeciez i tak dostaje pani strzyzenie za friko. niech pani nie przegina

# en: Now a voucher on top? You've had the haircut for nothing already, how much more do you expect?
pushes-for-more-reply-3-wording-4 = Teraz jeszcze voucher na dokładkę? Strzyżenie ma pani już za nic, ile jeszcze pani oczekuje?

# en: Free haircut isn't enough? Don't push it.
pushes-for-more-reply-3-wording-5 = Darmowe strzyżenie to za mało? Niech pani nie przesadza.

# en: wow, a voucher on top of a free cut. bit much, dont you think?
pushes-for-more-reply-3-wording-6 = wow, voucher do darmowego ciecia? troche za duzo, nie sadzi pani?

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
pushes-for-more-reply-3-feedback = Twoja irytacja jest zrozumiała, ale widać ją. Najpierw dajesz jej coś za darmo, a teraz karcisz ją za to, że to bierze, więc zatrzymuje darmowe strzyżenie i zyskuje jeszcze powód do żalu.

# en: I'm sorry, I spoke too soon. Let's check it with Dóra first: if anything's wrong, we fix it free; if not, the bill stands.
pushes-for-more-reply-4 = Przepraszam, obietnica była pochopna. Najpierw sprawdzę to z Dórą: jeśli coś jest nie tak, poprawimy to za darmo; jeśli nie, rachunek zostaje.

# en: I apologise, I was too quick to say that. Let's have Dóra check it first: if something's wrong, we'll put it right at no charge; if it isn't, you pay the bill as normal.
pushes-for-more-reply-4-wording-1 = Przepraszam, ta obietnica padła za szybko. Najpierw przyjrzymy się temu razem z Dórą: gdy coś jest źle, poprawimy bezpłatnie, a gdy wszystko się zgadza, płaci pani normalnie.

# en: Sorry, that was premature. Dóra checks first; bill stands if it's fine.
pushes-for-more-reply-4-wording-2 = Sprawdzimy z Dórą: błąd poprawimy gratis, a jak nie, płaci pani.

# en: sorry, i shouldn't have said that yet. let's get dóra to look first, if there's a problem we fix it for nothing, otherwise you pay as normal
pushes-for-more-reply-4-wording-3 = przepraszam, pospieszylo mi sie z ta obietnica. najpierw Dóra rzuci okiem: jak cos jest nie tak, poprawka za darmo, a jak jest ok, to rachunek trzeba zaplacic

# en: Apologies, I shouldn't have jumped ahead like that. Dóra should take a look first: any fault gets corrected at no cost, and if it's all fine you pay as usual.
pushes-for-more-reply-4-wording-4 = Przepraszam, to było przedwczesne. Najpierw niech Dóra to obejrzy: każdy błąd poprawimy bez opłat, a jeśli wszystko jest w porządku, płaci pani jak zwykle.

# en: Sorry, I spoke too soon. Let Dóra check it first.
pushes-for-more-reply-4-wording-5 = Przepraszam, to było za wcześnie. Niech najpierw Dóra sprawdzi.

# en: let me take that back, sorry. first dóra looks at it; if its wrong we redo it free, if its fine you pay the normal price
pushes-for-more-reply-4-wording-6 = cofam to, przepraszam. najpierw ogląda Dóra; jak jest źle, poprawiamy gratis, a jak dobrze, to płaci pani normalną cenę

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
pushes-for-more-reply-4-feedback = Wycofanie obietnicy jest niezręczne i nie spodoba się jej, ale zamieniasz prezent na uczciwe sprawdzenie. Szczerość teraz kosztuje dużo mniej niż voucher za fryzurę, której nikt nawet nie obejrzał.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
aside-says-1 = No dobrze, ona mówi, że długość jest taka, jak ustaliłyśmy, i że boki są równe. Może. Ale kolor dalej jest pomarańczowy. To nie jest to, co jej pokazałam.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
aside-says-2 = Dobra, może długość jest taka, o jaką prosiłam. Ale proszę spojrzeć na kolor! To nie jest ten miedziany z mojego zdjęcia.

# en: Don't defend the colour and don't give it away: let her compare it with her own photo.
aside-hint = Nie broń koloru i go nie oddawaj: niech porówna go z własnym zdjęciem.

# en: All right, let's hold your photo next to it, here in the daylight. Take your time and tell me what you see.
aside-reply-1 = Dobrze, przyłożę pani zdjęcie obok włosów, tutaj, w świetle dziennym. Proszę się nie spieszyć i powiedzieć mi, co pani widzi.

# en: Okay, let's put your photo right beside your hair, here in the natural light. No rush, just tell me what you think.
aside-reply-1-wording-1 = Dobrze, przyłożę zdjęcie do pani włosów, tutaj, przy dziennym świetle. Proszę spokojnie się przyjrzeć i powiedzieć, co pani widzi.

# en: Let's hold the photo up to your hair here. What do you see?
aside-reply-1-wording-2 = Zestawmy zdjęcie z włosami w świetle dziennym; co pani widzi?

# en: ok let's compare the picture with your hair right here by the window, take as long as you like and say what you reckon
aside-reply-1-wording-3 = ok, to potrzymam fotke kolo pani wlosow tu przy oknie. niech sie pani spokojnie przyjrzy i powie mi, jak to wyglada

# en: Let's compare them properly: your photo right by your hair, in the light from the window. Tell me honestly how it looks to you, there's no rush.
aside-reply-1-wording-4 = Porównajmy to porządnie: pani zdjęcie tuż przy włosach, w świetle z okna. Proszę mi szczerze powiedzieć, jak to pani widzi, nie ma pośpiechu.

# en: Let's compare the photo and your hair in daylight.
aside-reply-1-wording-5 = Zobaczmy przy oknie, czy fotka zgadza się z włosami.

# en: here, hold the photo up against your hair by the window. take as long as you need, what do you think?
aside-reply-1-wording-6 = proszę, niech pani przytrzyma zdjęcie przy włosach tu przy oknie. bez pośpiechu, i jak się pani wydaje?

# en: You didn't defend the colour or Dóra; you put her own photo beside her hair and let her judge. There is nothing to argue with in a comparison she makes herself.
aside-reply-1-feedback = Nie bronisz koloru ani Dóry; kładziesz jej własne zdjęcie obok jej włosów i pozwalasz jej ocenić. Z porównaniem, którego dokonuje sama, nie ma się o co kłócić.

# en: Dóra's done colour for fifteen years. If she says it's copper, it's copper.
aside-reply-2 = Dóra robi koloryzacje od piętnastu lat. Jeśli mówi, że to miedź, to jest miedź.

# en: Dóra has been colouring hair for fifteen years, so if she calls it copper, it's copper.
aside-reply-2-wording-1 = Dóra farbuje od piętnastu lat. Skoro ona twierdzi, że to miedziany, to jest miedziany.

# en: Dóra's the expert; she says copper, so it's copper.
aside-reply-2-wording-2 = Dóra ma piętnaście lat praktyki; to jest miedź.

# en: dóra's been doing colour 15 years, if she reckons it's copper then that's what it is
aside-reply-2-wording-3 = prosze pani, Dóra robi kolory od 15 lat, skoro ona twierdzi, ze miedz, to jest miedz i tyle

# en: With fifteen years of colouring behind her, Dóra knows copper when she sees it. If she says this is copper, then it is.
aside-reply-2-wording-4 = Po piętnastu latach farbowania Dóra pozna miedź na pierwszy rzut oka. Jak ona mówi, że to miedziany, to tak jest.

# en: Dóra knows colour, this is copper.
aside-reply-2-wording-5 = Dóra zna się na kolorach, to jest miedź.

# en: trust dóra, she's been colouring for 15 years, it's copper
aside-reply-2-wording-6 = niech pani zaufa Dórze, 15 lat robi kolory, to jest miedź

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
aside-reply-2-feedback = To naturalne, że stajesz w obronie Dóry, ale powoływanie się na autorytet kończy sprawdzanie, zanim się zaczęło. Sama wskazała kolor jako problem: pokaż jej, zamiast rozstrzygać za nią.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut. That seems fair to me.
aside-reply-3 = Jeśli kolor się pani nie podoba, to zdejmijmy go z rachunku, a zapłaci pani tylko za samo strzyżenie. Myślę, że tak będzie uczciwie.

# en: If the colour isn't right for you, we'll remove it from the bill and you'll only pay for the cut. I think that's fair.
aside-reply-3-wording-1 = Skoro kolor pani nie odpowiada, to nie policzymy go, zapłaci pani wyłącznie za strzyżenie. To chyba uczciwe wyjście.

# en: Colour not right? Then you only pay for the cut.
aside-reply-3-wording-2 = Nie liczymy koloru, płaci pani tylko za cięcie.

# en: if you don't like the colour we'll just take it off and charge you for the haircut only, that's fair i think
aside-reply-3-wording-3 = jak kolor pani nie lezy, to go skreslamy z rachunku i placi pani tylko za ciecie, tak bedzie fair

# en: If the colour's not what you wanted, we won't charge for it, you'll just pay for the haircut. That's fair, I think.
aside-reply-3-wording-4 = Jeżeli kolor wyszedł nie taki, jak pani chciała, nie pobierzemy za niego opłaty, zapłaci pani jedynie za cięcie. Moim zdaniem to sprawiedliwe.

# en: We'll drop the colour from the bill, just pay the cut.
aside-reply-3-wording-5 = Kolor zdejmujemy z rachunku, zostaje tylko strzyżenie.

# en: just pay for the cut then, forget the colour charge, thats fair enough
aside-reply-3-wording-6 = no to niech pani zapłaci tylko za strzyżenie, o koloryzacji zapomnijmy, to chyba w porządku

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
aside-reply-3-feedback = Hojnie i kończy to kłótnię, ale wyceniasz kolor jako błąd, zanim ktokolwiek porównał go z jej zdjęciem. Praca Dóry właśnie została uznana za wadliwą na jej oczach.

# en: Can I see the photo again? Which part looks different to you: the shade itself, or how bright it is?
aside-reply-4 = Mogę jeszcze raz zobaczyć to zdjęcie? Co według pani wygląda inaczej: sam odcień czy to, jak jest intensywny?

# en: Could I have another look at the photo? What seems different to you, the actual shade or how vivid it is?
aside-reply-4-wording-1 = Mogę jeszcze raz zerknąć na zdjęcie? Co pani zdaniem się różni: sam odcień czy jego intensywność?

# en: Is it the shade or the brightness that's different?
aside-reply-4-wording-2 = Co się różni: odcień czy intensywność?

# en: can i see the pic again? what's off for you, the tone or the brightness?
aside-reply-4-wording-3 = moge jeszcze raz rzucic okiem na fotke? co wedlug pani jest inaczej, sam kolor czy to, ze jest za mocny?

# en: Could you show me your picture once more? Is it the actual tone that's off, or just that it's too vivid?
aside-reply-4-wording-4 = Może mi pani pokazać swoje zdjęcie jeszcze raz? Nie zgadza się sam ton, czy kolor jest po prostu zbyt żywy?

# en: Is it the shade that's wrong or just too bright?
aside-reply-4-wording-5 = Zły odcień czy po prostu za jaskrawy?

# en: show me the photo again please. what's different, the colour itself or the brightness?
aside-reply-4-wording-6 = proszę jeszcze raz pokazać zdjęcie. co się różni: kolor sam w sobie czy jasność?

# en: A good, specific question that keeps the check going without taking sides. The best reply went one step further and put the photo beside her hair in daylight, so the comparison was hers to make.
aside-reply-4-feedback = Dobre, konkretne pytanie, które podtrzymuje sprawdzanie i nie staje po żadnej stronie. Najlepsza odpowiedź idzie krok dalej: kładzie zdjęcie obok jej włosów w świetle dziennym, więc porównania dokonuje ona sama.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
not-liking-it-says-1 = No dobrze, w dziennym świetle jest... podobny do zdjęcia. Ale ja się sobie w nim nie podobam. Nie zapłacę za dwie i pół godziny czegoś, co mi się nie podoba.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling first, then firm about the bill, and say what you can offer instead.
not-liking-it-hint = Fakty są jasne: praca jest taka, o jaką prosiła. Najpierw okaż zrozumienie dla jej uczucia, potem stanowczość co do rachunku, i powiedz, co możesz zaproponować w zamian.

# en: I'm sorry, but whether you like it isn't really the point. The work was done exactly as agreed, so it has to be paid in full.
not-liking-it-reply-1 = Przykro mi, ale to, czy się pani podoba, nie jest tu właściwie najważniejsze. Praca została wykonana dokładnie tak, jak ustalono, więc trzeba za nią zapłacić w całości.

# en: I'm sorry, but liking it or not doesn't really come into it. The work was done just as we agreed, so the full amount is due.
not-liking-it-reply-1-wording-1 = Niestety to, czy fryzura się pani podoba, nie ma tu decydującego znaczenia. Wszystko zrobiono zgodnie z ustaleniami, więc obowiązuje pełna kwota.

# en: Sorry, it's as agreed, so it must be paid in full.
not-liking-it-reply-1-wording-2 = Podobanie się nie ma znaczenia; usługa jak ustalono, płaci pani całość.

# en: sorry but it's not really about whether you like it, it was done exactly how we agreed so you'll need to pay the full price
not-liking-it-reply-1-wording-3 = niestety pani odczucia to tu sprawa drugorzedna. zrobione jest tak, jak bylo ustalone, wiec placi pani cala kwote

# en: I'm afraid not liking it doesn't change anything. We did the service as agreed, and the whole amount is due.
not-liking-it-reply-1-wording-4 = Obawiam się, że to, że fryzura się pani nie podoba, niczego nie zmienia. Usługę wykonaliśmy zgodnie z umową i należy się cała kwota.

# en: Sorry, it was done as agreed, so you'll have to pay the full price.
not-liking-it-reply-1-wording-5 = Przykro mi, zrobione jak ustalono, płaci pani pełną cenę.

# en: whether you like it or not, the full amount is owed because we did what was agreed, sorry
not-liking-it-reply-1-wording-6 = podoba sie czy nie, cala kwota jest do zaplaty, bo zrobilismy to, co bylo umowione, sorry

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
not-liking-it-reply-1-feedback = Masz rację co do faktów i trzymasz granicę, ale zbywasz jej uczucie. Ona idzie na ślub siostry z fryzurą, która, jak mówi, jej się nie podoba: pokaż, że to widzisz, a potem trzymaj granicę.

# en: I understand. Let's say half price, then, and we'll call it even. I'd rather you left here happy.
not-liking-it-reply-2 = Rozumiem. To może pół ceny i będziemy kwita. Wolę, żeby wyszła pani stąd zadowolona.

# en: I see. How about we make it half price and leave it there? I'd prefer you went home happy.
not-liking-it-reply-2-wording-1 = Rozumiem. To może zapłaci pani połowę i sprawa załatwiona? Zależy mi, żeby była pani zadowolona.

# en: Okay, let's do half price and call it quits.
not-liking-it-reply-2-wording-2 = To może połowa ceny i jesteśmy kwita?

# en: i get it. tell you what, half price and we're square, i'd rather you go away happy
not-liking-it-reply-2-wording-3 = dobra, to moze zrobmy 50 procent i po sprawie. wazniejsze, zeby pani wyszla stad usmiechnieta

# en: I understand, let's meet in the middle: pay half and we'll leave it at that. I want you going home happy.
not-liking-it-reply-2-wording-4 = Rozumiem, spotkajmy się w połowie drogi: zapłaci pani połowę i na tym zakończmy. Chcę, żeby wróciła pani do domu zadowolona.

# en: Fine, just pay half.
not-liking-it-reply-2-wording-5 = Dobrze, niech pani zapłaci połowę.

# en: 50 percent off then, and we're even. i just want you to leave happy
not-liking-it-reply-2-wording-6 = to dajmy pół ceny rabatu i zamykamy temat. chcę tylko, żeby pani wyszła w dobrym humorze

# en: Meeting halfway sounds fair, but she has just agreed the work matches her photo: you would be paying her for being upset. Offer a free adjustment, not money off.
not-liking-it-reply-2-feedback = Spotkanie się w połowie drogi brzmi uczciwie, ale przed chwilą przyznała, że praca zgadza się ze zdjęciem: płacisz jej za to, że jest zdenerwowana. Zaproponuj bezpłatną korektę, nie zniżkę.

# en: I'm sorry it doesn't feel like you yet, with the wedding so close. The bill stands, but Dóra will soften it for free.
not-liking-it-reply-3 = Przykro mi, że jeszcze nie czuje się pani w nim sobą, tuż przed ślubem. Rachunek zostaje, ale umówię panią z Dórą na bezpłatne złagodzenie odcienia.

# en: I'm sorry it doesn't seem like your own hair yet, with the wedding just a week away. The price stays the same, but Dóra will tone it down for you at no charge.
not-liking-it-reply-3-wording-1 = Przykro mi, że nie czuje się pani jeszcze w tym kolorze dobrze, i to tuż przed weselem. Zapłata zostaje bez zmian, ale zapiszę panią do Dóry na darmowe złagodzenie odcienia.

# en: Sorry it doesn't seem like you yet. Bill stays; Dóra softens it free.
not-liking-it-reply-3-wording-2 = Przykro mi, że przed ślubem nie czuje się pani sobą; rachunek zostaje, złagodzenie odcienia gratis.

# en: i'm sorry it's not feeling like yours yet, especially with the wedding coming up so soon. the bill stays but dóra can soften the colour for free
not-liking-it-reply-3-wording-3 = przykro mi, ze tydzien przed slubem siostry jeszcze sie pani w tym kolorze nie odnajduje. rachunek musi zostac, ale zapisze pania do Dóry na darmowe wyciszenie koloru

# en: I'm sorry it's not feeling like you yet, and with your sister getting married so soon I understand. The price stays, but Dóra can make the colour softer without charging you.
not-liking-it-reply-3-wording-4 = Przykro mi, że na razie nie rozpoznaje się pani w lustrze, zwłaszcza że siostra niedługo wychodzi za mąż, rozumiem to. Cena zostaje ta sama, ale Dóra bez dodatkowej opłaty zmiękczy kolor.

# en: Sorry it doesn't feel like you. Dóra will soften it for free.
not-liking-it-reply-3-wording-5 = Przykro mi, że czuje się pani obco. Dóra za darmo złagodzi kolor.

# en: With the wedding so close, I'm sorry you don't feel like yourself. The bill doesn't change, but Dóra will soften the colour, free.
not-liking-it-reply-3-wording-6 = Tuż przed weselem, przykro mi, że nie czuje się pani sobą. Rachunek bez zmian, ale Dóra bezpłatnie złagodzi kolor.

# en: You answered the feeling before the money: a colour she isn't sure of, a week before the wedding. Then the limit, once, with a real remedy, so the 'no' to a free haircut doesn't sound like a verdict on her.
not-liking-it-reply-3-feedback = Odpowiadasz na uczucie, zanim przejdziesz do pieniędzy: kolor, którego nie jest pewna, tydzień przed ślubem. Potem granica, raz, z prawdziwym rozwiązaniem, więc „nie” dla darmowej fryzury nie brzmi jak wyrok na nią.

# en: The work matches what you asked for, so the bill stands. If it's too bright, Dóra can tone it down free this week.
not-liking-it-reply-4 = Praca zgadza się z tym, o co pani prosiła, więc rachunek zostaje. Jeśli kolor jest za jaskrawy, Dóra może go w tym tygodniu bezpłatnie stonować.

# en: It's what you requested, so you'll need to pay the bill. If it's too vivid, Dóra will tone it down this week at no cost.
not-liking-it-reply-4-wording-1 = Efekt odpowiada pani zamówieniu, dlatego rachunek obowiązuje. Jeśli kolor jest zbyt intensywny, jeszcze w tym tygodniu Dóra bezpłatnie go przygasi.

# en: It matches your request; bill stands. Free toning this week if too bright.
not-liking-it-reply-4-wording-2 = Jest zgodnie z zamówieniem, płaci pani; tonowanie w tym tygodniu gratis.

# en: the work's what you asked for and the price doesn't change, but if it's too bright for you dóra could tone it down at no charge this week
not-liking-it-reply-4-wording-3 = wyszlo tak, jak pani chciala, wiec placi pani normalnie. jak kolor jest za krzykliwy, Dóra w tym tygodniu go bezplatnie przytonuje

# en: You got the result you asked for, so the price is the same. Should it be too bright, Dóra can tone it this week at no charge.
not-liking-it-reply-4-wording-4 = Dostała pani taki rezultat, jaki pani zamawiała, zatem cena pozostaje. Gdyby wyszedł zbyt ostry, Dóra jeszcze w tym tygodniu zrobi bezpłatne tonowanie.

# en: It's what you asked for. Too bright? Free toning this week.
not-liking-it-reply-4-wording-5 = Jest tak, jak pani chciała. Za jaskrawo? Darmowe tonowanie w tym tygodniu.

# en: dóra did what you asked so the bill stands, but if its too bright she'll tone it for free sometime this week
not-liking-it-reply-4-wording-6 = Dóra zrobiła to, o co pani prosiła, więc rachunek obowiązuje, ale jeśli jest za jaskrawo, w tym tygodniu za darmo to przytonuje

# en: A fair limit and a real offer, said calmly. But she had just told you she doesn't like it on her, a week before her sister's wedding; the best reply answered that first, so the 'no' landed more softly.
not-liking-it-reply-4-feedback = Uczciwa granica i prawdziwa propozycja, spokojnie powiedziane. Ale przed chwilą powiedziała, że źle się w tym czuje, tydzień przed ślubem siostry; najlepsza odpowiedź zaczyna od tego, więc „nie” ląduje łagodniej.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
review-threat-says-1 = Dobrze. To napiszę na każdym portalu z opiniami, że niszczycie ludziom włosy i jeszcze każecie sobie za to płacić. Zobaczymy, ile foteli będziecie mieli zajętych w przyszłym miesiącu.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
review-threat-says-2 = No to świetnie. W takim razie cały internet się dowie, jak ten salon niszczy włosy i jeszcze za to kasuje. Zobaczymy, ilu wtedy będziecie mieli klientów.

# en: A threat doesn't change the facts. Don't plead and don't hit back: put the fair offer on the table again.
review-threat-hint = Groźba nie zmienia faktów. Nie błagaj i nie oddawaj ciosu: jeszcze raz złóż uczciwą propozycję.

# en: Please don't do that, a salon like ours lives on its reviews. Look, let's just forget about the bill this once, shall we?
review-threat-reply-1 = Proszę tego nie robić, taki salon jak nasz żyje z opinii. Wie pani co, zapomnijmy po prostu tym razem o rachunku, dobrze?

# en: Please don't, a salon like ours depends on its reviews. Let's just not worry about the bill this time, okay?
review-threat-reply-1-wording-1 = Bardzo proszę tego nie robić, dla salonu takiego jak nasz opinie to być albo nie być. Wie pani co, tym razem po prostu nie płaci pani, dobrze?

# en: Please don't post that; we'll forget the bill this once.
review-threat-reply-1-wording-2 = Tylko nie to, my żyjemy z opinii. Tym razem zapomnijmy o rachunku, dobrze?

# en: oh please don't, reviews are everything for us. look, just forget paying this time ok?
review-threat-reply-1-wording-3 = oj nie, prosze, my tu zyjemy z recenzji. dobra, niech pani tym razem nic nie placi i zapomnijmy o sprawie, okej?

# en: Oh please don't write that, we depend on reviews. Let's just say no charge this time, alright?
review-threat-reply-1-wording-4 = Oj, proszę tego nie pisać, opinie to dla nas podstawa. Umówmy się, że tym razem bez opłaty, dobrze?

# en: Please don't leave us a bad review, you don't have to pay.
review-threat-reply-1-wording-5 = Proszę nie wystawiać złej opinii, nie musi pani płacić.

# en: ok ok, please don't write any reviews, just forget about the bill this time
review-threat-reply-1-wording-6 = dobra, dobra, bez recenzji, tym razem po prostu niech pani nie płaci, proszę

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
review-threat-reply-1-feedback = Groźba zadziałała. Zła opinia to realne zmartwienie, ale kupowanie jej milczenia uczy ją, i wszystkich w poczekalni, że groźbami dostaje się tu darmowe strzyżenie.

# en: That's your choice, and I'd be sorry to read it. The offer stands: the bill, and a free toning with Dóra before Saturday.
review-threat-reply-2 = To pani wybór i przykro mi będzie to czytać. Podtrzymuję propozycję: rachunek i bezpłatne tonowanie u Dóry jeszcze przed sobotą.

# en: That's up to you, and I'd be sad to see it. Our offer hasn't changed: you pay the bill, and Dóra does a free toning before Saturday.
review-threat-reply-2-wording-1 = Ma pani do tego prawo, a mnie będzie przykro, gdy to przeczytam. Moja propozycja jest aktualna: płaci pani rachunek, a Dóra przed sobotą bezpłatnie stonuje kolor.

# en: Your choice. The offer's the same: bill, plus free toning before Saturday.
review-threat-reply-2-wording-2 = Pani decyzja; propozycja aktualna: rachunek plus darmowe tonowanie przed sobotą.

# en: that's up to you, and i'd be sad to see it. but the offer's still there, you pay the bill and dóra tones it for free before the wedding
review-threat-reply-2-wording-3 = to pani wybor, szkoda mi bedzie takie cos czytac. ale oferta dalej stoi: placi pani i przed sobota Dóra gratis tonuje kolor

# en: You can write what you like, and I'd be sad to see it. But what I offered still holds: you pay, and Dóra tones it free before the wedding.
review-threat-reply-2-wording-4 = Może pani napisać, co zechce, i smutno mi będzie to zobaczyć. Ale moja oferta jest aktualna: płaci pani, a Dóra gratis tonuje kolor przed ślubem.

# en: Up to you. Offer stands: pay, free toning before Saturday.
review-threat-reply-2-wording-5 = Jak pani uważa. Nadal: płaci pani, a tonowanie przed sobotą gratis.

# en: free toning with dóra before saturday is still on offer, along with the bill. whatever you decide to post is your choice, though i'd be sorry to see it
review-threat-reply-2-wording-6 = Bezpłatne tonowanie u Dóry przed sobotą wciąż jest do wzięcia, razem z rachunkiem. Co pani opublikuje, to już pani decyzja, choć byłoby mi przykro.

# en: You didn't plead and you didn't hit back. Repeating the fair offer, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
review-threat-reply-2-feedback = Nie błagasz i nie oddajesz ciosu. Spokojne powtórzenie uczciwej propozycji pokazuje, że groźba nie zmienia faktów, i zostawia jej godny sposób, by się zgodzić.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras over every chair.
review-threat-reply-3 = Proszę bardzo. Pół salonu słyszało, jak mówiła pani przy lustrze „pięknie”, a nad każdym fotelem mamy kamery.

# en: Be my guest. Half the people here heard you call it lovely when you saw the mirror, and there's a camera above every chair.
review-threat-reply-3-wording-1 = Śmiało. Połowa salonu słyszała, jak przy lustrze mówiła pani, że jest pięknie, a każdy fotel jest na kamerach.

# en: Go on then. Everyone heard you say lovely, and we've got cameras.
review-threat-reply-3-wording-2 = Śmiało. Wszyscy słyszeli, jak mówiła pani „pięknie”, a kamery mamy nad fotelami.

# en: go for it. loads of people heard you say it was lovely, and there's cctv on every chair
review-threat-reply-3-wording-3 = prosze bardzo, niech pani pisze. pol salonu slyszalo to pani pieknie przy lustrze, a nad fotelami wisza kamery

# en: Do it then. Everyone here heard you say lovely at the mirror, and it's all on camera.
review-threat-reply-3-wording-4 = To niech pani pisze. Wszyscy tutaj słyszeli, jak przy lustrze mówiła pani, że pięknie, i wszystko jest nagrane.

# en: Go ahead, it's all on camera.
review-threat-reply-3-wording-5 = Proszę bardzo, wszystko mamy nagrane.

# en: write what you want, we've got cctv and witnesses who heard you call it lovely
review-threat-reply-3-wording-6 = niech pani pisze co chce, mamy monitoring i świadków, którzy słyszeli, jak pani mówiła, że pięknie

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
review-threat-reply-3-feedback = Na groźbę odpowiadasz groźbą, w zasięgu słuchu osób w poczekalni. Nawet gdyby ta kłótnia była do wygrania, ona musi teraz walczyć dalej, żeby nie stracić twarzy.

# en: That's your right, of course, and I'm sorry you feel that way. But I'm afraid the price is still the price.
review-threat-reply-4 = To oczywiście pani prawo i przykro mi, że tak pani to odbiera. Ale obawiam się, że cena jest taka, jaka jest.

# en: You're entitled to do that, and I'm sorry that's how you see it. But the price doesn't change, I'm afraid.
review-threat-reply-4-wording-1 = Oczywiście, ma pani do tego prawo i szkoda, że tak pani to widzi. Obawiam się jednak, że cena się nie zmieni.

# en: That's your right, but the price stays the same.
review-threat-reply-4-wording-2 = Pani prawo, ale cena zostaje bez zmian.

# en: you're free to do that obviously, sorry you see it that way, but the bill is still the bill i'm afraid
review-threat-reply-4-wording-3 = no to pani prawo, przykro mi, ze pani to tak odbiera. ale cena jest jaka jest, nic tu nie zmienie

# en: Of course you're free to write reviews, and I'm sorry you feel like this. But the amount still has to be paid, I'm afraid.
review-threat-reply-4-wording-4 = Oczywiście wolno pani pisać opinie i przykro mi, że ma pani takie odczucia. Niestety kwotę i tak trzeba zapłacić.

# en: Sorry you feel that way, but the price doesn't change.
review-threat-reply-4-wording-5 = Przykro mi, że tak pani czuje, ale cena się nie zmienia.

# en: i'm sorry you feel that way, and you can review us if you want, but the cost is the cost
review-threat-reply-4-wording-6 = przykro mi, że pani to tak czuje, i jasne, może pani wystawić opinię, ale zapłacić i tak trzeba

# en: Calm and firm, but 'sorry you feel that way' blames her feeling, and you left out the toning you could offer. With nothing to say yes to, her only move is to push harder.
review-threat-reply-4-feedback = Spokojnie i stanowczo, ale „przykro mi, że tak pani to odbiera” obwinia jej uczucie, a pomijasz tonowanie, które możesz zaproponować. Nie mając na co się zgodzić, może tylko naciskać mocniej.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
at-the-door-says-1 = Mam dość. Wychodzę przez te drzwi i nie płacę. Przyślijcie mi rachunek, jeśli się odważycie.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
at-the-door-hint = Nie zastawiaj jej drogi i nie poddawaj się. Jedna spokojna, ostateczna propozycja i sposób, żeby mogła zostać bez utraty twarzy.

# en: All right. If you really won't pay, I can't stop you, and I'm not going to chase you down the street.
at-the-door-reply-1 = Dobrze. Jeśli naprawdę nie zapłaci pani, nie mogę pani zatrzymać i nie będę pani gonić po ulicy.

# en: Fine. If you're not going to pay, I can't make you, and I won't be running after you down the road.
at-the-door-reply-1-wording-1 = W porządku. Skoro naprawdę nie chce pani zapłacić, nie będę pani zatrzymywać ani biec za panią po ulicy.

# en: All right, I can't stop you if you won't pay, and I won't chase you.
at-the-door-reply-1-wording-2 = Nie zatrzymam pani siłą, jeśli pani nie zapłaci.

# en: ok. if you're not paying there's nothing i can do, i'm not gonna chase you out the door
at-the-door-reply-1-wording-3 = dobra, jak pani nie zaplaci, to trudno, nie bede pani przeciez lapac za rekaw ani leciec za pania na ulice

# en: Okay. I can't force you to pay, and I'm certainly not running after you.
at-the-door-reply-1-wording-4 = No dobrze. Do płacenia zmusić pani nie mogę, a już na pewno nie będę za panią biegać.

# en: Fine, I can't stop you leaving.
at-the-door-reply-1-wording-5 = Trudno, wyjścia pani nie zablokuję.

# en: go if you want, i cant make you pay and i wont follow you out
at-the-door-reply-1-wording-6 = niech pani idzie, jak chce, zmusić do zapłaty nie mogę, a za panią nie wyjdę

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
at-the-door-reply-1-feedback = Niekłócenie się było słuszne, ale poddanie się nie zostawia jej nic, na co mogłaby odpowiedzieć. Jedna spokojna propozycja, bezpłatne tonowanie albo właściciel, mogła ją jeszcze zatrzymać przy recepcji.

# en: Ms Szalai, I won't argue. The bill stands, but a free toning with Dóra is yours, or I can fetch Gábor now.
at-the-door-reply-2 = Pani Réko, nie będę się kłócić. Rachunek zostaje, ale dostanie pani bezpłatne tonowanie u Dóry albo zaraz poproszę Gábora.

# en: Ms Szalai, I'm not going to argue with you. The bill still stands, but Dóra's free toning is there for you, or I can get Gábor right now.
at-the-door-reply-2-wording-1 = Pani Réko, nie zamierzam się kłócić. Zapłata zostaje, ale Dóra bezpłatnie stonuje pani kolor, albo od razu poproszę tu Gábora.

# en: No argument. Bill stands; free toning's yours, or I'll get Gábor.
at-the-door-reply-2-wording-2 = Bez kłótni: płaci pani, tonowanie gratis albo zawołam Gábora.

# en: Ms Szalai, i don't want to argue. you still need to pay, but you can have dóra's free toning. or i can call gábor over now if you prefer
at-the-door-reply-2-wording-3 = pani Réko, klocic sie nie bede. rachunek trzeba zaplacic, ale Dóra zrobi pani darmowe tonowanie, albo od razu wolam wlasciciela, Gábora

# en: I don't want a fight, Ms Szalai. The bill still applies, but Dóra's free toning is on offer, or I'll call Gábor over right away.
at-the-door-reply-2-wording-4 = Pani Réko, nie chcę się spierać. Rachunek nadal obowiązuje, ale proponuję darmowe tonowanie u Dóry albo od razu sprowadzę Gábora.

# en: Please pay, take the free toning, or talk to Gábor now.
at-the-door-reply-2-wording-5 = Proszę zapłacić; tonowanie gratis albo rozmowa z Gáborem teraz.

# en: I'm not going to fight with you. You can still have a free toning with Dóra, or speak to Gábor now, but the bill stays.
at-the-door-reply-2-wording-6 = Nie mam zamiaru się z panią sprzeczać. Nadal może pani mieć bezpłatne tonowanie u Dóry albo porozmawiać teraz z Gáborem, tylko rachunek zostaje.

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
at-the-door-reply-2-feedback = Spokojnie, bez groźby i bez prezentu: powtarzasz uczciwą propozycję i dajesz jej wybór, który pozwala zostać bez utraty twarzy. Zawołanie właściciela to tu jedna z opcji, nie kapitulacja.

# en: You are not leaving without paying. Stay right there, please, I'm calling security.
at-the-door-reply-3 = Nie wyjdzie pani bez zapłaty. Proszę tu zostać, dzwonię po ochronę.

# en: You're not walking out without paying. Stay where you are, please; I'm phoning security.
at-the-door-reply-3-wording-1 = Bez zapłaty pani stąd nie wyjdzie. Proszę zostać na miejscu, wzywam ochronę.

# en: Don't leave without paying. I'm calling security.
at-the-door-reply-3-wording-2 = Nie wyjdzie pani bez płacenia, wołam ochronę.

# en: no you're not leaving till you've paid, stay there please, i'm getting security
at-the-door-reply-3-wording-3 = o nie, bez placenia to pani nie wyjdzie. niech pani tu stoi, juz dzwonie po ochroniarza

# en: You can't walk out without paying. Please wait here, I'm getting security.
at-the-door-reply-3-wording-4 = Bez uregulowania rachunku nie może pani wyjść. Proszę tu zaczekać, idę po ochronę.

# en: Stay here, I'm calling security.
at-the-door-reply-3-wording-5 = Proszę zostać, wzywam ochronę.

# en: im calling security, you stay right where you are until you pay
at-the-door-reply-3-wording-6 = już dzwonię po ochronę, pani zostaje tu, dopóki nie ureguluje rachunku

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
at-the-door-reply-3-feedback = Rozkazy i ochrona przy pełnej poczekalni zamieniają spór o rachunek w awanturę. Cokolwiek teraz zrobi, ma widownię i historię do opowiadania.

# en: If you leave without paying, I'm afraid we'll have to send the bill to the address on your booking, with a late fee.
at-the-door-reply-4 = Jeśli wyjdzie pani bez zapłaty, obawiam się, że będziemy musieli wysłać rachunek na adres z rezerwacji, razem z opłatą za zwłokę.

# en: If you go without paying, we'll have no choice but to post the bill to your booking address, plus a late payment charge.
at-the-door-reply-4-wording-1 = Jeżeli wyjdzie pani, nie płacąc, niestety wyślemy rachunek na adres podany przy rezerwacji, powiększony o opłatę za zwłokę.

# en: Leave unpaid and we'll bill your address, plus a late fee.
at-the-door-reply-4-wording-2 = Wyślemy rachunek pocztą, z opłatą za zwłokę.

# en: if you walk out without paying we'll be sending the invoice to the address you booked with, and add a late charge
at-the-door-reply-4-wording-3 = jak pani wyjdzie bez zaplaty, to rachunek pojdzie na adres z rezerwacji, plus doliczymy odsetki za spoznienie

# en: If you walk out unpaid, the invoice will be posted to the address you booked with, and a late fee will be added.
at-the-door-reply-4-wording-4 = W razie wyjścia bez płatności fakturę prześlemy pocztą na adres podany przy rezerwacji, z doliczoną opłatą za opóźnienie.

# en: We'll send the bill to your address with a late fee.
at-the-door-reply-4-wording-5 = Przyślemy pani fakturę do domu z karą za zwłokę.

# en: we have your address from the booking, so the bill plus a late charge would go there if you leave
at-the-door-reply-4-wording-6 = mamy pani adres z rezerwacji, wiec jak pani wyjdzie, pojdzie tam rachunek razem z oplata za spoznienie

# en: It sounds firm, but a late fee is a threat, and she has just dared you to send a bill. You matched her challenge instead of giving her a reason to stay.
at-the-door-reply-4-feedback = Brzmi stanowczo, ale opłata za zwłokę to groźba, a ona przed chwilą rzuciła ci wyzwanie, żeby wysłać rachunek. Odpowiadasz na jej wyzwanie, zamiast dać jej powód, żeby została.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
owner-demand-says-1 = Nie będę już o tym rozmawiać z recepcją. Proszę zawołać właściciela. Natychmiast.

# en: Don't refuse her. You can fetch Gábor, but you can also make the fair offer yourself first.
owner-demand-hint = Nie odmawiaj jej. Możesz zawołać Gábora, ale najpierw możesz złożyć uczciwą propozycję we własnym imieniu.

# en: Of course, I'll fetch Gábor now and tell him about the length and the colour myself, so that you won't have to explain it all again.
owner-demand-reply-1 = Oczywiście, zaraz poproszę Gábora i od razu opowiem mu o długości i kolorze, żeby nie musiała pani wszystkiego tłumaczyć od nowa.

# en: Certainly, I'll get Gábor straight away and fill him in on the cut and the colour myself. That way you won't need to go through it again.
owner-demand-reply-1-wording-1 = Jasne, zaraz poproszę tu Gábora i od razu przedstawię mu sprawę długości i koloru, żeby nie musiała pani się powtarzać.

# en: Sure, I'll get Gábor and brief him myself.
owner-demand-reply-1-wording-2 = Zawołam Gábora i streszczę mu wszystko za panią.

# en: of course, i'll go get gábor now and explain about the cut and colour myself so you don't have to repeat it all
owner-demand-reply-1-wording-3 = oczywiscie, juz wolam Gábora i od razu mu powiem, o co chodzi z dlugoscia i kolorem, zeby pani nie musiala wszystkiego opowiadac od poczatku

# en: Certainly, I'll go and get Gábor and explain the length and colour problem to him, so you don't have to tell the whole story twice.
owner-demand-reply-1-wording-4 = Naturalnie, pójdę po Gábora i wytłumaczę mu problem z długością i kolorem, żeby nie musiała pani opowiadać całej historii drugi raz.

# en: Sure, I'll get Gábor and explain everything to him.
owner-demand-reply-1-wording-5 = Jasne, przyprowadzę Gábora i wszystko mu wyjaśnię.

# en: no problem, I'll brief Gábor on the cut and colour first so you don't have to repeat yourself, then bring him over
owner-demand-reply-1-wording-6 = nie ma problemu, najpierw przekażę Gáborowi, o co chodzi z cięciem i kolorem, żeby pani nie musiała się powtarzać, i zaraz go przyprowadzę

# en: A good handover: you respect her request and will brief the owner yourself, so she won't repeat her story. The best reply also put the fair offer on the table first, which often makes the owner unnecessary.
owner-demand-reply-1-feedback = Dobre przekazanie: szanujesz jej prośbę i osobiście wprowadzasz właściciela w sprawę, więc nie będzie musiała powtarzać swojej historii. Najlepsza odpowiedź najpierw składa uczciwą propozycję, co często sprawia, że właściciel jest niepotrzebny.

# en: Of course, if you want him. But I can book a free toning with Dóra right now, and the bill stays. Which would you prefer?
owner-demand-reply-2 = Oczywiście, jeśli pani chce. Ale mogę od razu zapisać panią do Dóry na bezpłatne tonowanie, a rachunek zostaje. Co pani woli?

# en: Of course, if you'd like him. Or I can book Dóra to tone it for free right now, with the bill staying as it is. Which would you rather?
owner-demand-reply-2-wording-1 = Jeśli pani sobie życzy, to oczywiście. Mogę jednak już teraz wpisać panią do grafiku Dóry na bezpłatne tonowanie, z pełnym rachunkiem. Jak pani woli?

# en: I can get him, or book a free toning now. Which do you prefer?
owner-demand-reply-2-wording-2 = Mogę zawołać, albo zapiszę panią na darmowe tonowanie, rachunek zostaje.

# en: sure, if that's what you want. but i could also get you booked in with dóra for free toning right now, bill stays the same. which would you like?
owner-demand-reply-2-wording-3 = jak pani chce, to go zawolam. ale moge tez od reki zapisac pania na darmowe tonowanie u Dóry, a rachunek normalnie. to jak?

# en: I can get him if that's what you want. Alternatively I can put you in for a free toning with Dóra right now, with the bill as it is. Your choice.
owner-demand-reply-2-wording-4 = Mogę go zawołać, jeśli pani sobie tego życzy. Ewentualnie mogę od razu zarezerwować pani darmowe tonowanie u Dóry, przy rachunku bez zmian. Wybór należy do pani.

# en: Gábor or a free toning with Dóra now, which?
owner-demand-reply-2-wording-5 = Gábor albo bezpłatne tonowanie u Dóry teraz, które?

# en: which would you rather, the owner, or a free toning with dóra booked right now? the bill stays either way
owner-demand-reply-2-wording-6 = co pani wybiera, właściciela czy darmowe tonowanie u Dóry zapisane od razu? rachunek i tak zostaje

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
owner-demand-reply-2-feedback = Nie odmawiasz jej, a najpierw składasz jedną konkretną propozycję. Ludzie często żądają właściciela, bo przestali czegokolwiek oczekiwać od osoby, z którą rozmawiają; to daje jej coś, na co może się zgodzić.

# en: Gábor is with a client at the moment, I'm afraid. And honestly, he'd only tell you exactly the same thing I have.
owner-demand-reply-3 = Gábor jest w tej chwili z klientką, niestety. A szczerze mówiąc, i tak powiedziałby pani dokładnie to samo, co ja przed chwilą.

# en: I'm afraid Gábor's busy with a client right now. And to be honest, he'd only say exactly what I've said.
owner-demand-reply-3-wording-1 = Niestety Gábor ma teraz klientkę. A poza tym, szczerze mówiąc, powiedziałby pani to samo, co przed chwilą usłyszała pani ode mnie.

# en: Gábor's with a client, and he'd say the same as me.
owner-demand-reply-3-wording-2 = Gábor jest zajęty, a i tak powie to samo.

# en: gábor's busy with someone atm and tbh he'd just tell you the same as me
owner-demand-reply-3-wording-3 = Gábor akurat ma klientke, a tak szczerze, to i tak nic nowego by pani nie powiedzial

# en: Gábor's tied up with a customer right now, and he'd just repeat what I've told you anyway.
owner-demand-reply-3-wording-4 = Gábor jest teraz zajęty klientką, a zresztą powtórzyłby tylko to, co ode mnie już pani usłyszała.

# en: The owner's busy, and he'd say the same.
owner-demand-reply-3-wording-5 = Właściciel jest zajęty i powie to samo.

# en: honestly there's no point, gábor's with a client and he'll tell you exactly what i did
owner-demand-reply-3-wording-6 = szczerze, szkoda czasu, Gábor ma klientkę, a powie pani dokładnie to samo co ja

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
owner-demand-reply-3-feedback = Odmawiasz i mówisz, że to bez sensu, więc zostaje jej jeden ruch: wyjść. Poprosiła o kogoś, kto może podjąć decyzję, a blokowanie tego przekonuje ją, że chcecie ją zbyć.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
last-bargain-says-1 = No dobrze już, dobrze. Ale moglibyście chociaż spuścić dziesięć procent. Za stres.

# en: She is nearly there. Take the stress seriously, say no to the discount once, and keep the remedy you offered.
last-bargain-hint = Jest już blisko. Potraktuj stres poważnie, odmów zniżki jeden raz i trzymaj się rozwiązania, które już padło.

# en: I'm not allowed to give discounts myself, I'm afraid. Only Gábor can do that, and he's with a client in the back.
last-bargain-reply-1 = Niestety nie mam uprawnień do udzielania zniżek. Może to zrobić tylko Gábor, a on jest z klientką na zapleczu.

# en: I'm afraid I can't give discounts. That's only Gábor's decision, and he's busy with a client out the back.
last-bargain-reply-1-wording-1 = Niestety zniżek nie mogę udzielać. Decyzja należy wyłącznie do Gábora, który siedzi teraz z klientką na zapleczu.

# en: I can't do discounts; only Gábor can, and he's busy.
last-bargain-reply-1-wording-2 = Zniżkę może dać tylko Gábor, a jest zajęty.

# en: sorry i'm not allowed to do discounts, that's gábor's call and he's in the back with someone
last-bargain-reply-1-wording-3 = ja niestety nie moge dawac rabatow, to tylko Gábor, a on siedzi z klientka na zapleczu

# en: Discounts aren't up to me, sorry. Gábor decides those, and he's busy with a client at the back.
last-bargain-reply-1-wording-4 = Przykro mi, rabaty nie zależą ode mnie. Decyduje o nich Gábor, a on ma teraz klientkę na zapleczu.

# en: Sorry, only Gábor can give discounts.
last-bargain-reply-1-wording-5 = Niestety, upusty daje wyłącznie Gábor.

# en: i can't give you money off, it has to be gábor and he's with someone in the back right now
last-bargain-reply-1-wording-6 = ja nie moge nic opuscic z ceny, to musi byc Gábor, a on jest teraz z kims na zapleczu

# en: True, but 'only Gábor can' tells her the answer isn't final and the person who decides is in the back room. She was about to pay; now she wants the owner.
last-bargain-reply-1-feedback = Prawda, ale „tylko Gábor może” mówi jej, że odpowiedź nie jest ostateczna, a osoba, która decyduje, siedzi na zapleczu. Już miała płacić; teraz chce właściciela.

# en: Oh, go on then, ten percent. It's been a long afternoon for both of us. Just don't tell anyone I did it.
last-bargain-reply-2 = No dobrze, niech będzie te dziesięć procent. Wszyscy mamy za sobą długie popołudnie. Tylko proszę nikomu nie mówić, że to ode mnie.

# en: Oh, alright then, ten percent off. It's been a long day for both of us, so just keep it to yourself.
last-bargain-reply-2-wording-1 = Dobra, niech stracę, dam te dziesięć procent. Popołudnie było długie dla nas wszystkich. Tylko proszę nie mówić, kto dał zniżkę.

# en: Fine, ten percent off. Don't tell anyone.
last-bargain-reply-2-wording-2 = Dobrze, dziesięć procent mniej, ale to między nami.

# en: oh go on, 10% off. it's been a tough afternoon for us both. just don't spread it around
last-bargain-reply-2-wording-3 = no niech bedzie te 10 procent, wszyscy jestesmy juz po dlugim dniu. tylko cicho sza, ze to ode mnie

# en: Okay, fine, I'll take ten percent off. It's been a tiring afternoon for us both, just keep it between us.
last-bargain-reply-2-wording-4 = Dobrze, już dobrze, odejmę dziesięć procent. Popołudnie wszystkich nas wymęczyło, tylko niech to zostanie między nami.

# en: Okay, ten percent off.
last-bargain-reply-2-wording-5 = Okej, opuszczę dziesięć procent.

# en: 10 percent it is then, dont tell anyone
last-bargain-reply-2-wording-6 = niech bedzie 10%, tylko nikomu ani slowa

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
last-bargain-reply-2-feedback = Drobne i miłe, wydaje się nieszkodliwe, ale uczy tego samego co darmowa fryzura, tylko na mniejszą skalę: naciskanie się opłaca. Uczciwym rozwiązaniem było tonowanie, które już zaproponowano.

# en: No. We don't give discounts just because somebody raised their voice at the desk.
last-bargain-reply-3 = Nie. Nie dajemy zniżek tylko dlatego, że ktoś podniósł głos przy recepcji.

# en: No. Raising your voice at the desk isn't how discounts work here.
last-bargain-reply-3-wording-1 = Nie. Zniżek za podnoszenie głosu przy recepcji nie dajemy.

# en: No, raising your voice doesn't get you a discount.
last-bargain-reply-3-wording-2 = Nie, za krzyki rabatów nie ma.

# en: no. we don't knock money off just because someone's shouted at the front desk
last-bargain-reply-3-wording-3 = nie ma mowy. rabatu za to, ze ktos pokrzyczal w recepcji, nie dostanie

# en: No. Raising your voice at the desk won't get money knocked off here.
last-bargain-reply-3-wording-4 = Nie. Podnoszenie głosu przy ladzie nie obniży tu ceny.

# en: No, shouting doesn't get you money off.
last-bargain-reply-3-wording-5 = Nie, krzykiem nic pani nie utarguje.

# en: absolutely not, making a fuss at the front desk doesnt get anybody a cheaper price
last-bargain-reply-3-wording-6 = w zadnym wypadku, awantura w recepcji nikomu nie daje tanszej ceny

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
last-bargain-reply-3-feedback = Właściwa granica w niewłaściwym tonie: to przytyk do jej zachowania, który rozpala kłótnię na nowo akurat wtedy, gdy zgadzała się zapłacić.

# en: I'm sorry the afternoon's been so stressful. The price stays, but the toning is on us, at a time that suits you.
last-bargain-reply-4 = Przykro mi, że to popołudnie było tak stresujące. Cena zostaje, ale tonowanie jest na nasz koszt, a termin dopasuję do pani.

# en: I'm sorry this afternoon has been so stressful for you. The price stays the same, but the toning is free, whenever is convenient for you.
last-bargain-reply-4-wording-1 = Bardzo mi przykro, że dzisiejsze popołudnie kosztowało panią tyle nerwów. Cena się nie zmienia, ale tonowanie robimy gratis, w terminie, który pani pasuje.

# en: Sorry it's been stressful. No discount, but the toning's free.
last-bargain-reply-4-wording-2 = Przykro mi z powodu stresu; cena zostaje, tonowanie gratis, termin dla pani.

# en: sorry today's been so stressful. we can't change the price but the toning's on the house, whenever works for you
last-bargain-reply-4-wording-3 = naprawde mi przykro, ze sie pani tak dzis zestresowala. znizki nie bedzie, ale tonowanie stawiamy my i dopasuje termin pod pani kalendarz

# en: I'm sorry today has been so stressful. I can't lower the price, but the toning won't cost you anything, and you can pick a time that works.
last-bargain-reply-4-wording-4 = Przepraszam, że dzisiejszy dzień był tak nerwowy. Ceny obniżyć nie mogę, ale tonowanie nic pani nie będzie kosztować, a godzinę wybierze pani sama.

# en: Sorry for the stress. No discount, but free toning whenever suits.
last-bargain-reply-4-wording-5 = Przykro mi za stres. Bez rabatu, ale tonowanie gratis, kiedy pani pasuje.

# en: the toning is free whenever you want it, but the price stays the same. sorry its been such a stressful afternoon
last-bargain-reply-4-wording-6 = tonowanie ma pani za darmo, kiedy tylko pani zechce, ale cena zostaje ta sama. sorry, że to popołudnie było takie stresujące

# en: You took the stress she named seriously before saying no to the discount, kindly and only once. The free toning stays the remedy, so the limit doesn't feel like a slap.
last-bargain-reply-4-feedback = Zanim odmawiasz zniżki, poważnie traktujesz stres, o którym mówi, a odmawiasz życzliwie i tylko raz. Bezpłatne tonowanie pozostaje rozwiązaniem, więc granica nie jest jak policzek.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
booking-detail-says-1 = Dobrze. Zapłacę. Ale tonowanie chcę mieć u samej Dóry, nie u jakiejś praktykantki, i w terminie, w którym faktycznie dam radę przyjść.

# en: Remember why she wanted her hair right in the first place, and book the slot while she is standing there.
booking-detail-hint = Pamiętaj, dlaczego w ogóle zależało jej na fryzurze, i zarezerwuj termin, póki stoi przy recepcji.

# en: Dóra's fully booked this week, I'm afraid; Saturdays are mad here. Her first free slot is Monday week, or Wednesday with whoever's free.
booking-detail-reply-1 = Dóra ma niestety pełny grafik w tym tygodniu; soboty to tu szaleństwo. Jej pierwszy wolny termin to poniedziałek za tydzień albo środa z kimś, kto będzie wolny.

# en: I'm afraid Dóra has no space this week; Saturdays are crazy. Her earliest slot is a week on Monday, or there's Wednesday with another stylist.
booking-detail-reply-1-wording-1 = Niestety Dóra ma w tym tygodniu komplet; w soboty jest u nas szaleństwo. Najbliżej może panią przyjąć w poniedziałek, ale dopiero w przyszłym tygodniu; ewentualnie w środę ktoś z pozostałych stylistek.

# en: Dóra's booked up; Monday week, or another stylist Wednesday.
booking-detail-reply-1-wording-2 = Dóra dopiero od przyszłego poniedziałku; w środę ktoś inny.

# en: sorry dóra's completely full this week, saturdays are manic. earliest she can do is monday after next, or wednesday with whoever's available
booking-detail-reply-1-wording-3 = Dóra ma w tym tygodniu zawalony grafik, soboty to masakra. najwczesniej moze byc u niej poniedzialek w przyszlym tygodniu albo sroda u kogos, kto bedzie mial luke

# en: Unfortunately Dóra has nothing this week, Saturdays are really busy. The earliest she can fit you in is Monday week, otherwise Wednesday with another stylist.
booking-detail-reply-1-wording-4 = Niestety u Dóry w tym tygodniu nie ma żadnych wolnych miejsc, soboty są oblężone. Najwcześniej może panią wcisnąć w poniedziałek za tydzień, ewentualnie w środę u innej stylistki.

# en: Dóra's fully booked, earliest is Monday week.
booking-detail-reply-1-wording-5 = Dóra ma komplet, najwcześniej poniedziałek za tydzień.

# en: sorry, no space with dóra till monday week, saturdays are crazy. wednesday with another stylist is possible
booking-detail-reply-1-wording-6 = sorki, u Dóry nic do poniedzialku za tydzien, soboty to armagedon. w srode moze byc u innej stylistki

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever's free'.
booking-detail-reply-1-feedback = Zgodne z prawdą, ale zapominasz o ślubie w przyszłą sobotę: tonowanie po nim nic jej nie da. Prosiła o Dórę, a dostała propozycję „z kimś, kto będzie wolny”.

# en: Of course, I'll check Dóra's diary tonight and ring you on Monday with a time.
booking-detail-reply-2 = Oczywiście, sprawdzę dziś wieczorem grafik Dóry i zadzwonię do pani w poniedziałek z terminem.

# en: Certainly, I'll look at Dóra's schedule this evening and phone you Monday with a slot.
booking-detail-reply-2-wording-1 = Jasne, wieczorem przejrzę grafik Dóry i w poniedziałek zadzwonię, żeby podać termin.

# en: Sure, I'll check her diary and call you Monday.
booking-detail-reply-2-wording-2 = Sprawdzę grafik Dóry i oddzwonię w poniedziałek.

# en: of course, i'll have a look at dóra's bookings tonight and give you a ring monday with a time
booking-detail-reply-2-wording-3 = pewnie, dzis wieczorem zerkne do kalendarza Dóry i w poniedzialek dam znac telefonicznie, kiedy

# en: Of course, I'll go through Dóra's appointments this evening and call you on Monday with a time.
booking-detail-reply-2-wording-4 = Naturalnie, dziś wieczorem sprawdzę, jakie wizyty ma Dóra, a w poniedziałek odezwę się telefonicznie z godziną.

# en: I'll check and call you Monday.
booking-detail-reply-2-wording-5 = Sprawdzę i zadzwonię w poniedziałek.

# en: leave it with me, ill look at dóras diary tonight and phone you monday
booking-detail-reply-2-wording-6 = spokojnie, zajmę się tym. dziś wieczorem przeglądam terminarz Dóry, a w poniedziałek do pani dzwonię

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
booking-detail-reply-2-feedback = Uprzejmie, ale mgliście: płaci całość i wychodzi tylko z obietnicą telefonu. Grafik masz na ekranie; zarezerwuj termin, póki ona stoi przed tobą.

# en: Dóra herself, yes. She has Wednesday at nine, well before the wedding. I'll write it on your receipt: toning, no charge.
booking-detail-reply-3 = Oczywiście u samej Dóry. Ma wolną środę o dziewiątej, na długo przed ślubem. Zapiszę to pani na paragonie: tonowanie, bez opłaty.

# en: Yes, Dóra personally. She's free on Wednesday at nine, so it's done well ahead of the wedding. I'll note it on the receipt: toning, free of charge.
booking-detail-reply-3-wording-1 = Jasne, że u Dóry. Ma wolne w środę o dziewiątej, czyli grubo przed weselem. Wpiszę pani na paragonie: tonowanie, gratis.

# en: Dóra, Wednesday at nine, before the wedding; free, written on your receipt.
booking-detail-reply-3-wording-2 = Dóra, środa 9:00, przed ślubem; zapiszę na paragonie, bez opłaty.

# en: yep, dóra herself. she can do wednesday 9am, plenty of time before the wedding, and i'll note it on your receipt, free toning
booking-detail-reply-3-wording-3 = oczywiscie u samej Dóry. sroda na 9 rano jest wolna, wiec spokojnie przed slubem siostry. i zanotuje na paragonie, ze tonowanie jest bezplatne

# en: Yes, Dóra will do it personally. Wednesday at nine is free, well ahead of the wedding, and I'll put toning, no charge on your receipt.
booking-detail-reply-3-wording-4 = Tak, Dóra zrobi to osobiście. Środa o dziewiątej jest wolna, na długo przed weselem, a na paragonie dopiszę: tonowanie, bez opłaty.

# en: Dóra, Wednesday at 9, free, I'll note it on the receipt.
booking-detail-reply-3-wording-5 = Dóra, środa 9:00, za darmo, zaznaczę na paragonie.

# en: Wednesday 9am with Dóra herself, that's in plenty of time for Saturday. I'm writing free toning on your receipt now.
booking-detail-reply-3-wording-6 = Środa, 9 rano, u samej Dóry, czyli z dużym zapasem przed sobotą. Już wpisuję na paragon bezpłatne tonowanie.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
booking-detail-reply-3-feedback = Pamiętasz o ślubie, o którym wspomniała w pierwszym zdaniu, i rezerwujesz Dórę przed nim, na piśmie. Konkretny termin, który widzi, mówi jej, że propozycja była prawdziwa, a nie sposobem, żeby zapłaciła.

# en: Dóra herself, of course. She has Thursday at six or Friday at eight in the morning. Which suits you better?
booking-detail-reply-4 = U samej Dóry, jasne. Ma wolny czwartek o osiemnastej albo piątek o ósmej rano. Który termin pani bardziej odpowiada?

# en: Yes, Dóra personally. She can do six on Thursday, or Friday at 8 a.m. Which works better for you?
booking-detail-reply-4-wording-1 = Jasne, że u Dóry. Może panią przyjąć w czwartek o szóstej wieczorem albo w piątek o ósmej z samego rana. Co pani bardziej pasuje?

# en: Dóra's free Thursday at six, or eight on Friday. Which?
booking-detail-reply-4-wording-2 = U Dóry: czwartek 18:00 albo piątek 8:00. Który?

# en: of course, dóra herself. she's got thursday 6pm or friday 8am, which is better for you?
booking-detail-reply-4-wording-3 = jasne, do Dóry. mam u niej czwartek 18:00 albo piatek z samego rana o 8, co pani bardziej pasuje?

# en: Certainly, Dóra will do it. She can see you Thursday at six or Friday at eight in the morning, which is better?
booking-detail-reply-4-wording-4 = Oczywiście, Dóra to zrobi. Zaprasza w czwartek na szóstą wieczorem lub w piątek na ósmą rano, co będzie dla pani wygodniejsze?

# en: Dóra can do Thursday 6 or Friday 8am, which?
booking-detail-reply-4-wording-5 = Dóra może w czwartek o 18 lub w piątek o 8, pasuje coś?

# en: Which works for you with Dóra: Thursday evening at six, or eight on Friday morning?
booking-detail-reply-4-wording-6 = Co pani bardziej odpowiada u Dóry: czwartkowy wieczór o szóstej czy piątek rano o ósmej?

# en: A real slot with Dóra and a choice: good. The best reply also tied it to the wedding she mentioned first and put it in writing, so she could see the offer was real.
booking-detail-reply-4-feedback = Prawdziwy termin u Dóry i wybór: dobrze. Najlepsza odpowiedź wiąże go jeszcze ze ślubem, o którym wspomniała na początku, i zapisuje na piśmie, więc widzi, że propozycja jest prawdziwa.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
paid-warm-says-1 = No to środa o dziewiątej. I... dziękuję, że nie zrobiliście ze mnie widowiska przy wszystkich.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
paid-warm-summary = Réka płaci pełne 38 500 forintów. W środę Dóra łagodzi miedziany odcień o ton, a Réka przed wyjściem umawia się na kolejne strzyżenie. Osoby w poczekalni widziały spokojną recepcję, a nie awanturę, a praca Dóry została opłacona. Wyrozumiale wobec uczuć, stanowczo w sprawie rachunku.

# en: Fine. Here's my card. I'll come for the toning, and then we'll see.
paid-grudging-says-1 = Dobrze. Proszę, moja karta. Przyjdę na to tonowanie, a potem zobaczymy.

# en: The bill is paid and the facts were on your side. Réka comes in for the toning, but says little to anyone; she felt handled more than heard, and whether she books again is an open question. The limit held; a little more warmth on the way would have won her back.
paid-grudging-summary = Rachunek jest zapłacony, a fakty były po twojej stronie. Réka przychodzi na tonowanie, ale prawie się nie odzywa; czuła się raczej załatwiona niż wysłuchana i nie wiadomo, czy zarezerwuje kolejną wizytę. Granica się utrzymała; odrobina więcej ciepła po drodze odzyskałaby ją na dobre.

# en: Fine. Here's my card. Don't expect to see me again.
paid-never-back-says-1 = Dobrze. Proszę, moja karta. I proszę nie liczyć, że jeszcze mnie tu zobaczycie.

# en: The bill is paid, but Réka leaves feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
paid-never-back-summary = Rachunek jest zapłacony, ale Réka wychodzi z poczuciem, że ją załatwiono, a nie wysłuchano. Nigdy nie przychodzi na tonowanie, a kwaśna opinia na trzy gwiazdki wspomina o „zimnym personelu”. Trzymanie granicy było słuszne; trzymanie jej bez ciepła kosztowało cię klientkę.

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

# en: Finally, someone with some sense.
owner-waives-says-1 = Nareszcie ktoś rozsądny.

# en: Gábor comes out to a client still shouting in front of the waiting area, and waives the bill to end the scene. Réka leaves without paying, Dóra's work goes unpaid, and the owner has learned that his front desk hands him fires instead of putting them out. Nothing was wrong with the haircut.
owner-waives-summary = Gábor wychodzi do klientki, która wciąż krzyczy przy całej poczekalni, i anuluje rachunek, żeby zakończyć scenę. Réka wychodzi bez płacenia, praca Dóry zostaje nieopłacona, a właściciel przekonał się, że recepcja podrzuca mu pożary, zamiast je gasić. Z fryzurą wszystko było w porządku.

# en: Finally. Somebody in charge.
owner-steps-in-says-1 = Nareszcie. Ktoś, kto tu decyduje.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
owner-steps-in-summary = Gábor zostawia swoją klientkę, ogląda fryzurę z Réką pod oknem i proponuje to, co od początku było uczciwe: pełna cena i bezpłatne tonowanie u Dóry. Réka płaci. Kończy się uczciwie, ale właściciel musiał odejść od płacącej klientki, żeby złożyć propozycję, która była w twoich rękach.

