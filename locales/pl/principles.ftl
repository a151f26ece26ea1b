### Defuse coaching principles in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Let the customer finish
principle-let-them-finish-title = Pozwól klientowi dokończyć

# en: Anger comes in waves. Cutting in at the peak feeds it; waiting for the pause lets it run down. Speak when the customer has said everything they came to say.
principle-let-them-finish-text = Złość przychodzi falami. Wejście klientowi w słowo w najgorętszym momencie to dolewanie oliwy do ognia; jeśli poczekasz na pauzę, złość sama opada. Zabierz głos dopiero wtedy, gdy klient powie wszystko, co miał do powiedzenia.

# en: Summarise the problem back
principle-summarise-back-title = Streść problem własnymi słowami

# en: Once the customer has told their story, repeat the main points in your own words and ask whether you got it right. They stop repeating themselves because they know they were heard.
principle-summarise-back-text = Kiedy klient opowie już swoją historię, powtórz najważniejsze punkty własnymi słowami i zapytaj, czy dobrze to rozumiesz. Klient przestaje się powtarzać, bo wie, że został wysłuchany.

# en: Ask when something is unclear
principle-ask-to-clarify-title = Dopytaj, gdy coś jest niejasne

# en: A short, specific question beats a guess. It shows you take the details seriously and saves a second round of anger when the guess turns out wrong.
principle-ask-to-clarify-text = Krótkie, konkretne pytanie jest lepsze niż zgadywanie. Pokazuje, że poważnie traktujesz szczegóły, i oszczędza drugiej fali złości, gdy domysł okaże się chybiony.

# en: Remember what you were told
principle-remember-details-title = Pamiętaj, co ci powiedziano

# en: Use the customer's name and the details they already gave you: the dates, the earlier call, the day they took off work. Asking for them again tells the customer nobody listened.
principle-remember-details-text = Używaj imienia klienta i szczegółów, które już podał: dat, wcześniejszej rozmowy, dnia urlopu wziętego specjalnie po to, żeby czekać. Jeśli pytasz o nie ponownie, klient słyszy, że nikt go nie słuchał.

# en: Listen for the feeling, not only the facts
principle-hear-the-feeling-title = Słuchaj emocji, nie tylko faktów

# en: Behind the complaint is what the customer is really upset about: lost time, a broken promise, feeling ignored. Find it, because that is what has to be settled first.
principle-hear-the-feeling-text = Za skargą kryje się to, co naprawdę zdenerwowało klienta: stracony czas, złamana obietnica, poczucie, że nikt się nim nie przejmuje. Znajdź to, bo właśnie tę sprawę trzeba załatwić w pierwszej kolejności.

# en: Accept the right to be angry
principle-right-to-be-angry-title = Uznaj prawo klienta do złości

# en: Before you know who is at fault, accept that the customer has a reason to be upset. Arguing with the feeling only proves to them that they have to fight to be heard.
principle-right-to-be-angry-text = Zanim ustalisz, kto zawinił, przyjmij, że klient ma powód do zdenerwowania. Spieranie się z jego uczuciami tylko go przekonuje, że musi walczyć, żeby ktoś go wysłuchał.

# en: Name the feeling
principle-name-the-feeling-title = Nazwij emocję

# en: Say what you see: frustrating, worrying, a waste of a day off. Naming the emotion out loud lowers it, and shows that you see a person, not a ticket.
principle-name-the-feeling-text = Powiedz, co widzisz: że to frustrujące, że to niepokojące, że szkoda straconego wolnego dnia. Nazwanie emocji na głos ją łagodzi i pokazuje, że widzisz człowieka, a nie numer zgłoszenia.

# en: The emotional problem comes first
principle-emotion-first-title = Najpierw problem emocjonalny

# en: A customer has two problems: the practical one and the way it made them feel. Solve the practical one while ignoring the feeling and they still leave unhappy.
principle-emotion-first-text = Klient ma dwa problemy: praktyczny i to, jak się przez niego poczuł. Jeśli rozwiążesz praktyczny, a pominiesz emocje, klient i tak odejdzie niezadowolony.

# en: Treat each customer as a person
principle-not-one-of-many-title = Traktuj każdego klienta indywidualnie

# en: Scripted, mechanical answers tell the customer they are one of many. Speak to this customer about this problem, in your own words.
principle-not-one-of-many-text = Wyuczone, mechaniczne formułki mówią klientowi, że jest jednym z wielu. Rozmawiaj z tym konkretnym klientem o jego konkretnym problemie, własnymi słowami.

# en: Courtesy costs nothing
principle-courtesy-title = Uprzejmość nic nie kosztuje

# en: 'Thank you for waiting', 'I'm sorry this happened', 'please': small courteous phrases carry a lot of weight with someone who feels badly treated.
principle-courtesy-text = „Dziękuję za cierpliwość”, „Przykro mi, że tak się stało”, „proszę”: drobne zwroty grzecznościowe mają ogromną wagę dla kogoś, kto czuje się źle potraktowany.

# en: Give the benefit of the doubt
principle-benefit-of-the-doubt-title = Daj klientowi kredyt zaufania

# en: Assume the customer is telling the truth until the facts say otherwise. Suspicion is heard at once and turns a complaint into a fight.
principle-benefit-of-the-doubt-text = Zakładaj, że klient mówi prawdę, dopóki fakty nie pokażą czegoś innego. Podejrzliwość słychać od razu, a ona zamienia skargę w kłótnię.

# en: Put yourself in their place
principle-in-their-place-title = Postaw się na miejscu klienta

# en: Ask yourself how you would feel after the same day, and say what it cost them: the wasted morning, the broken plan. It turns 'a case' back into a person's trouble.
principle-in-their-place-text = Zadaj sobie pytanie, jak to jest przeżyć taki sam dzień, i powiedz, ile to klienta kosztowało: stracony poranek, pokrzyżowane plany. Dzięki temu „sprawa” znów staje się kłopotem człowieka.

# en: Open and close the conversation well
principle-greet-and-close-title = Dobrze zacznij i dobrze zakończ rozmowę

# en: A greeting with your name starts the conversation as between two people. At the end, say what happens next and thank the customer: the last words are the ones they remember.
principle-greet-and-close-text = Powitanie, w którym podajesz swoje imię, sprawia, że rozmowa od początku toczy się jak między dwojgiem ludzi. Na koniec powiedz, co będzie dalej, i podziękuj klientowi: to właśnie ostatnie słowa zapamięta.

# en: Take the case in hand personally
principle-own-the-case-title = Weź sprawę w swoje ręce

# en: Whoever caused the problem, you are the company to this customer now. 'That's another department' or 'I'm only the messenger' leaves them helpless. Say that you will handle it.
principle-own-the-case-text = Niezależnie od tego, kto zawinił, dla tego klienta to ty jesteś teraz firmą. „To inny dział” albo „Ja tu tylko pracuję” zostawia go bezradnym. Powiedz, że osobiście się tym zajmiesz.

# en: Give a concrete next step and time
principle-concrete-next-step-title = Podaj konkretny następny krok i termin

# en: 'I'll look into it' is not a promise. Say what you will do, by when, and how the customer will hear from you.
principle-concrete-next-step-text = „Sprawdzę to” to jeszcze nie obietnica. Powiedz, co zrobisz, do kiedy i w jaki sposób klient się o tym dowie.

# en: Promise only what you control
principle-promise-only-what-you-control-title = Obiecuj tylko to, na co masz wpływ

# en: A promise whose deadline depends on someone else is a promise you may break, and a broken promise makes a second, angrier complaint. Promise what you can keep yourself.
principle-promise-only-what-you-control-text = Obietnica, której termin zależy od kogoś innego, to obietnica, której możesz nie dotrzymać, a złamana obietnica rodzi drugą, ostrzejszą skargę. Obiecuj to, czego możesz dotrzymać osobiście.

# en: Be honest, even with bad news
principle-honest-bad-news-title = Mów szczerze, nawet gdy wiadomość jest zła

# en: Customers forgive bad news far more easily than being misled. Say what cannot be done, apologise, and say what you can do instead.
principle-honest-bad-news-text = Klienci dużo łatwiej wybaczają złą wiadomość niż wprowadzanie w błąd. Powiedz, czego nie da się zrobić, przeproś i powiedz, co możesz zrobić w zamian.

# en: Make it right, and fix the cause
principle-make-it-right-title = Zadośćuczyń i usuń przyczynę

# en: An apology is the start, not the end: offer a remedy that fits the harm, and make sure the same thing does not happen to the next customer.
principle-make-it-right-text = Przeprosiny to początek, a nie koniec: zaproponuj rekompensatę na miarę szkody i dopilnuj, żeby to samo nie spotkało kolejnego klienta.

# en: Explain what happens next, plainly
principle-explain-the-process-title = Wyjaśnij prosto, co będzie dalej

# en: Tell the customer the steps ahead in words they use, not in internal jargon, so they know what to expect and do not have to chase you.
principle-explain-the-process-text = Opowiedz klientowi o kolejnych krokach jego językiem, a nie wewnętrznym żargonem, żeby wiedział, czego się spodziewać, i nie musiał się ciągle dopytywać.

# en: Hand over warmly, not away
principle-warm-transfer-title = Przekazuj klienta z troską, zamiast go odsyłać

# en: When someone else must take over, say why and who, pass on the whole story so the customer need not tell it again, and stay until your colleague has it. A cold transfer feels like being dropped.
principle-warm-transfer-text = Gdy sprawę musi przejąć ktoś inny, powiedz, dlaczego i kto się nią zajmie, przekaż całą historię, żeby klient nie musiał opowiadać jej od nowa, i nie odchodź, dopóki kolega nie przejmie rozmowy. Przełączenie bez słowa wygląda jak porzucenie.

# en: Answer a loud customer softly
principle-soft-answer-title = Głośnemu klientowi odpowiadaj cicho

# en: Raising your voice to match the customer starts a shouting match. A low, steady voice pulls the conversation down to your level.
principle-soft-answer-text = Jeśli podniesiesz głos tak jak klient, zacznie się przekrzykiwanie. Cichy, spokojny głos ściąga rozmowę na twój poziom.

# en: Never tell an angry person to calm down
principle-never-calm-down-title = Nigdy nie mów zdenerwowanej osobie, żeby się uspokoiła

# en: 'Calm down' says their feeling is the problem. It almost always makes it worse. Show calm instead of demanding it.
principle-never-calm-down-text = „Proszę się uspokoić” oznacza, że problemem są emocje klienta. Prawie zawsze tylko pogarsza sprawę. Zamiast żądać spokoju, okazuj go swoim zachowaniem.

# en: Don't argue about who is right
principle-do-not-argue-title = Nie spieraj się o to, kto ma rację

# en: Winning the argument loses the customer. Put your energy into fixing the problem, not into proving the customer wrong.
principle-do-not-argue-text = Wygrana kłótnia to stracony klient. Wkładaj energię w rozwiązanie problemu, a nie w udowadnianie klientowi, że się myli.

# en: The anger is not personal
principle-not-personal-title = Złość klienta to nic osobistego

# en: The customer is angry at the situation, even when the words are aimed at you. Taking it personally pulls you into answering emotion with emotion.
principle-not-personal-text = Klient jest zły na sytuację, nawet jeśli jego słowa padają pod twoim adresem. Gdy bierzesz je do siebie, łatwo dajesz się wciągnąć w odpowiadanie emocjami na emocje.

# en: Blame nobody in front of the customer
principle-no-blame-title = Nie obwiniaj nikogo przy kliencie

# en: Blaming a colleague, another department or the customer sounds like an excuse and makes the company look divided. Speak about what happens next instead.
principle-no-blame-text = Zrzucanie winy na kolegę, inny dział czy samego klienta brzmi jak wymówka i pokazuje firmę jako skłóconą. Zamiast tego mów o tym, co będzie dalej.

# en: Set limits calmly and factually
principle-firm-and-calm-limits-title = Stawiaj granice spokojnie i rzeczowo

# en: Some customers push to get something for free. Stay polite, stick to the facts, and do not cave in or argue: state what you can offer, calmly, as often as needed.
principle-firm-and-calm-limits-text = Niektórzy klienci naciskają, żeby dostać coś za darmo. Zachowaj uprzejmość, trzymaj się faktów, nie ustępuj i nie wdawaj się w kłótnię: spokojnie mów, co możesz zaoferować, tyle razy, ile trzeba.

