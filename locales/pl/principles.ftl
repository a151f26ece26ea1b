### Defuse coaching principles in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Let the customer finish
# untranslated
principle-let-them-finish-title = Let the customer finish

# en: Anger comes in waves. Cutting in at the peak feeds it; waiting for the pause lets it run down. Speak when the customer has said everything they came to say.
# untranslated
principle-let-them-finish-text = Anger comes in waves. Cutting in at the peak feeds it; waiting for the pause lets it run down. Speak when the customer has said everything they came to say.

# en: Summarise the problem back
# untranslated
principle-summarise-back-title = Summarise the problem back

# en: Once the customer has told their story, repeat the main points in your own words and ask whether you got it right. They stop repeating themselves because they know they were heard.
# untranslated
principle-summarise-back-text = Once the customer has told their story, repeat the main points in your own words and ask whether you got it right. They stop repeating themselves because they know they were heard.

# en: Ask when something is unclear
# untranslated
principle-ask-to-clarify-title = Ask when something is unclear

# en: A short, specific question beats a guess. It shows you take the details seriously and saves a second round of anger when the guess turns out wrong.
# untranslated
principle-ask-to-clarify-text = A short, specific question beats a guess. It shows you take the details seriously and saves a second round of anger when the guess turns out wrong.

# en: Remember what you were told
# untranslated
principle-remember-details-title = Remember what you were told

# en: Use the customer's name and the details they already gave you: the dates, the earlier call, the day they took off work. Asking for them again tells the customer nobody listened.
# untranslated
principle-remember-details-text = Use the customer's name and the details they already gave you: the dates, the earlier call, the day they took off work. Asking for them again tells the customer nobody listened.

# en: Listen for the feeling, not only the facts
# untranslated
principle-hear-the-feeling-title = Listen for the feeling, not only the facts

# en: Behind the complaint is what the customer is really upset about: lost time, a broken promise, feeling ignored. Find it, because that is what has to be settled first.
# untranslated
principle-hear-the-feeling-text = Behind the complaint is what the customer is really upset about: lost time, a broken promise, feeling ignored. Find it, because that is what has to be settled first.

# en: Accept the right to be angry
# untranslated
principle-right-to-be-angry-title = Accept the right to be angry

# en: Before you know who is at fault, accept that the customer has a reason to be upset. Arguing with the feeling only proves to them that they have to fight to be heard.
# untranslated
principle-right-to-be-angry-text = Before you know who is at fault, accept that the customer has a reason to be upset. Arguing with the feeling only proves to them that they have to fight to be heard.

# en: Name the feeling
# untranslated
principle-name-the-feeling-title = Name the feeling

# en: Say what you see: frustrating, worrying, a waste of a day off. Naming the emotion out loud lowers it, and shows that you see a person, not a ticket.
# untranslated
principle-name-the-feeling-text = Say what you see: frustrating, worrying, a waste of a day off. Naming the emotion out loud lowers it, and shows that you see a person, not a ticket.

# en: The emotional problem comes first
# untranslated
principle-emotion-first-title = The emotional problem comes first

# en: A customer has two problems: the practical one and the way it made them feel. Solve the practical one while ignoring the feeling and they still leave unhappy.
# untranslated
principle-emotion-first-text = A customer has two problems: the practical one and the way it made them feel. Solve the practical one while ignoring the feeling and they still leave unhappy.

# en: Treat each customer as a person
# untranslated
principle-not-one-of-many-title = Treat each customer as a person

# en: Scripted, mechanical answers tell the customer they are one of many. Speak to this customer about this problem, in your own words.
# untranslated
principle-not-one-of-many-text = Scripted, mechanical answers tell the customer they are one of many. Speak to this customer about this problem, in your own words.

# en: Courtesy costs nothing
# untranslated
principle-courtesy-title = Courtesy costs nothing

# en: 'Thank you for waiting', 'I'm sorry this happened', 'please': small courteous phrases carry a lot of weight with someone who feels badly treated.
# untranslated
principle-courtesy-text = 'Thank you for waiting', 'I'm sorry this happened', 'please': small courteous phrases carry a lot of weight with someone who feels badly treated.

# en: Give the benefit of the doubt
# untranslated
principle-benefit-of-the-doubt-title = Give the benefit of the doubt

# en: Assume the customer is telling the truth until the facts say otherwise. Suspicion is heard at once and turns a complaint into a fight.
# untranslated
principle-benefit-of-the-doubt-text = Assume the customer is telling the truth until the facts say otherwise. Suspicion is heard at once and turns a complaint into a fight.

# en: Take the case in hand personally
# untranslated
principle-own-the-case-title = Take the case in hand personally

# en: Whoever caused the problem, you are the company to this customer now. 'That's another department' or 'I'm only the messenger' leaves them helpless. Say that you will handle it.
# untranslated
principle-own-the-case-text = Whoever caused the problem, you are the company to this customer now. 'That's another department' or 'I'm only the messenger' leaves them helpless. Say that you will handle it.

# en: Give a concrete next step and time
# untranslated
principle-concrete-next-step-title = Give a concrete next step and time

# en: 'I'll look into it' is not a promise. Say what you will do, by when, and how the customer will hear from you.
# untranslated
principle-concrete-next-step-text = 'I'll look into it' is not a promise. Say what you will do, by when, and how the customer will hear from you.

# en: Promise only what you control
# untranslated
principle-promise-only-what-you-control-title = Promise only what you control

# en: A promise whose deadline depends on someone else is a promise you may break, and a broken promise makes a second, angrier complaint. Promise what you can keep yourself.
# untranslated
principle-promise-only-what-you-control-text = A promise whose deadline depends on someone else is a promise you may break, and a broken promise makes a second, angrier complaint. Promise what you can keep yourself.

# en: Be honest, even with bad news
# untranslated
principle-honest-bad-news-title = Be honest, even with bad news

# en: Customers forgive bad news far more easily than being misled. Say what cannot be done, apologise, and say what you can do instead.
# untranslated
principle-honest-bad-news-text = Customers forgive bad news far more easily than being misled. Say what cannot be done, apologise, and say what you can do instead.

# en: Make it right, and fix the cause
# untranslated
principle-make-it-right-title = Make it right, and fix the cause

# en: An apology is the start, not the end: offer a remedy that fits the harm, and make sure the same thing does not happen to the next customer.
# untranslated
principle-make-it-right-text = An apology is the start, not the end: offer a remedy that fits the harm, and make sure the same thing does not happen to the next customer.

# en: Explain what happens next, plainly
# untranslated
principle-explain-the-process-title = Explain what happens next, plainly

# en: Tell the customer the steps ahead in words they use, not in internal jargon, so they know what to expect and do not have to chase you.
# untranslated
principle-explain-the-process-text = Tell the customer the steps ahead in words they use, not in internal jargon, so they know what to expect and do not have to chase you.

# en: Answer a loud customer softly
# untranslated
principle-soft-answer-title = Answer a loud customer softly

# en: Raising your voice to match the customer starts a shouting match. A low, steady voice pulls the conversation down to your level.
# untranslated
principle-soft-answer-text = Raising your voice to match the customer starts a shouting match. A low, steady voice pulls the conversation down to your level.

# en: Never tell an angry person to calm down
# untranslated
principle-never-calm-down-title = Never tell an angry person to calm down

# en: 'Calm down' says their feeling is the problem. It almost always makes it worse. Show calm instead of demanding it.
# untranslated
principle-never-calm-down-text = 'Calm down' says their feeling is the problem. It almost always makes it worse. Show calm instead of demanding it.

# en: Don't argue about who is right
# untranslated
principle-do-not-argue-title = Don't argue about who is right

# en: Winning the argument loses the customer. Put your energy into fixing the problem, not into proving the customer wrong.
# untranslated
principle-do-not-argue-text = Winning the argument loses the customer. Put your energy into fixing the problem, not into proving the customer wrong.

# en: The anger is not personal
# untranslated
principle-not-personal-title = The anger is not personal

# en: The customer is angry at the situation, even when the words are aimed at you. Taking it personally pulls you into answering emotion with emotion.
# untranslated
principle-not-personal-text = The customer is angry at the situation, even when the words are aimed at you. Taking it personally pulls you into answering emotion with emotion.

# en: Blame nobody in front of the customer
# untranslated
principle-no-blame-title = Blame nobody in front of the customer

# en: Blaming a colleague, another department or the customer sounds like an excuse and makes the company look divided. Speak about what happens next instead.
# untranslated
principle-no-blame-text = Blaming a colleague, another department or the customer sounds like an excuse and makes the company look divided. Speak about what happens next instead.

# en: Set limits calmly and factually
# untranslated
principle-firm-and-calm-limits-title = Set limits calmly and factually

# en: Some customers push to get something for free. Stay polite, stick to the facts, and do not cave in or argue: state what you can offer, calmly, as often as needed.
# untranslated
principle-firm-and-calm-limits-text = Some customers push to get something for free. Stay polite, stick to the facts, and do not cave in or argue: state what you can offer, calmly, as often as needed.

