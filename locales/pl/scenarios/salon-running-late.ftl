### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in pl, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
# untranslated
title = Twenty minutes of a lunch break

# en: You work on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
# untranslated
brief = You work on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.

# en: Réka Szabó
# untranslated
customer-name = Réka Szabó

# en: on her lunch break, with a meeting back at the office at half past one
# untranslated
customer-trait-1 = on her lunch break, with a meeting back at the office at half past one

# en: arrived ten minutes early, as the salon's reminder text asked her to
# untranslated
customer-trait-2 = arrived ten minutes early, as the salon's reminder text asked her to

# en: has had her nails done by Dóra for two years
# untranslated
customer-trait-3 = has had her nails done by Dóra for two years

# en: Excuse me. I'm booked with Dóra at half twelve. I was here at twenty past, and she's just put her head round the door to say it'll be another twenty minutes. This is my lunch break! I have a meeting at half one. Your text yesterday told me to be on time, and I was.
# untranslated
opening-says-1 = Excuse me. I'm booked with Dóra at half twelve. I was here at twenty past, and she's just put her head round the door to say it'll be another twenty minutes. This is my lunch break! I have a meeting at half one. Your text yesterday told me to be on time, and I was.

# en: Hi. I had a 12:30 gel manicure with Dóra. I got here ten minutes early, like your reminder asked, and now I hear it's another twenty minutes? I'm on my lunch break, and I've got a meeting at half one.
# untranslated
opening-says-2 = Hi. I had a 12:30 gel manicure with Dóra. I got here ten minutes early, like your reminder asked, and now I hear it's another twenty minutes? I'm on my lunch break, and I've got a meeting at half one.

# en: She has told you three things: she came early, it is her lunch break, and she has a meeting at half one. Show her you caught them before you explain anything.
# untranslated
opening-hint = She has told you three things: she came early, it is her lunch break, and she has a meeting at half one. Show her you caught them before you explain anything.

# en: Réka, you came early like we asked, on your lunch break, and now you're the one left waiting. I'm sorry. Let's work out together what still fits before your meeting.
# untranslated
opening-reply-1 = Réka, you came early like we asked, on your lunch break, and now you're the one left waiting. I'm sorry. Let's work out together what still fits before your meeting.

# en: You gave her own three points back to her: early, lunch break, meeting at half one. She knows you heard her, and 'together' tells her the problem is now yours too.
# untranslated
opening-reply-1-feedback = You gave her own three points back to her: early, lunch break, meeting at half one. She knows you heard her, and 'together' tells her the problem is now yours too.

# en: I'm so sorry, Réka. The lady before you came in twenty-five minutes late, so Dóra's whole afternoon has slipped.
# untranslated
opening-reply-2 = I'm so sorry, Réka. The lady before you came in twenty-five minutes late, so Dóra's whole afternoon has slipped.

# en: The apology was right, but pointing at another client sounds like an excuse and judges someone who isn't there. Réka hears: somebody else was late, so she pays for it.
# untranslated
opening-reply-2-feedback = The apology was right, but pointing at another client sounds like an excuse and judges someone who isn't there. Réka hears: somebody else was late, so she pays for it.

# en: Oh, I'm sorry! It shouldn't be long now, five minutes or so. Can I get you a coffee while you wait?
# untranslated
opening-reply-3 = Oh, I'm sorry! It shouldn't be long now, five minutes or so. Can I get you a coffee while you wait?

# en: Friendly, and the coffee is a kind touch, but 'five minutes' is a guess about Dóra's work, and Dóra herself said twenty. Her meeting at half one went unmentioned.
# untranslated
opening-reply-3-feedback = Friendly, and the coffee is a kind touch, but 'five minutes' is a guess about Dóra's work, and Dóra herself said twenty. Her meeting at half one went unmentioned.

# en: I'm sorry, these things happen in a salon. Treatments sometimes run over, and it's really nobody's fault.
# untranslated
opening-reply-4 = I'm sorry, these things happen in a salon. Treatments sometimes run over, and it's really nobody's fault.

# en: It may be true, but 'nobody's fault' leaves her with nobody to help. She did everything the salon asked; she needs someone to take her lunch-hour problem in hand.
# untranslated
opening-reply-4-feedback = It may be true, but 'nobody's fault' leaves her with nobody to help. She did everything the salon asked; she needs someone to take her lunch-hour problem in hand.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
# untranslated
not-my-problem-says-1 = That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?

# en: You're right. You did everything we asked, and the timetable is ours to sort out, not yours. I'm sorry. Let's work out what still fits before half one.
# untranslated
not-my-problem-reply-1 = You're right. You did everything we asked, and the timetable is ours to sort out, not yours. I'm sorry. Let's work out what still fits before half one.

# en: You agreed with her instead of defending the salon, and took the timetable back as your job. She no longer has to argue her case; she can start thinking about solutions with you.
# untranslated
not-my-problem-reply-1-feedback = You agreed with her instead of defending the salon, and took the timetable back as your job. She no longer has to argue her case; she can start thinking about solutions with you.

# en: I know it's not fair, and I'm sorry. But I can't make Dóra go any faster, can I?
# untranslated
not-my-problem-reply-2 = I know it's not fair, and I'm sorry. But I can't make Dóra go any faster, can I?

# en: 'Not fair' and the apology were good, then you told her nothing can be done. Sympathy without ownership sounds like a polite shrug while her lunch break ticks away.
# untranslated
not-my-problem-reply-2-feedback = 'Not fair' and the apology were good, then you told her nothing can be done. Sympathy without ownership sounds like a polite shrug while her lunch break ticks away.

# en: Well, another day it might be you running late, and then we'd all be waiting for you.
# untranslated
not-my-problem-reply-3 = Well, another day it might be you running late, and then we'd all be waiting for you.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and said so twice.
# untranslated
not-my-problem-reply-3-feedback = You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and said so twice.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
# untranslated
how-long-says-1 = Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
# untranslated
how-long-hint = You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.

# en: I'd rather not guess and get it wrong. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back to you.
# untranslated
how-long-reply-1 = I'd rather not guess and get it wrong. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back to you.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
# untranslated
how-long-reply-1-feedback = You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.

# en: Don't worry, it won't be forty. I'll make sure she's with you in five minutes, I promise.
# untranslated
how-long-reply-2 = Don't worry, it won't be forty. I'll make sure she's with you in five minutes, I promise.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours.
# untranslated
how-long-reply-2-feedback = Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours.

# en: About twenty, like Dóra said. It depends on how the treatment before yours goes, I'm afraid.
# untranslated
how-long-reply-3 = About twenty, like Dóra said. It depends on how the treatment before yours goes, I'm afraid.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
# untranslated
how-long-reply-3-feedback = Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
# untranslated
about-twenty-says-1 = 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.

# en: That's fair: you need a real time, not a guess. I'll ask Dóra right now exactly when she can start, and I'll be back in a minute.
# untranslated
about-twenty-reply-1 = That's fair: you need a real time, not a guess. I'll ask Dóra right now exactly when she can start, and I'll be back in a minute.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
# untranslated
about-twenty-reply-1-feedback = You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take.
# untranslated
about-twenty-reply-2 = I honestly can't say exactly. Nobody can, with treatments; they take as long as they take.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
# untranslated
about-twenty-reply-2-feedback = Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.

# en: It's quarter to one. You said five minutes. I've been sitting here watching the clock, and Dóra still isn't out.
# untranslated
five-minutes-later-says-1 = It's quarter to one. You said five minutes. I've been sitting here watching the clock, and Dóra still isn't out.

# en: You're right, and I'm sorry: I guessed instead of checking, and that wasn't fair on you. Let me ask Dóra right now for a real time, and I'll come straight back.
# untranslated
five-minutes-later-reply-1 = You're right, and I'm sorry: I guessed instead of checking, and that wasn't fair on you. Let me ask Dóra right now for a real time, and I'll come straight back.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
# untranslated
five-minutes-later-reply-1-feedback = Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it.
# untranslated
five-minutes-later-reply-2 = She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it.

# en: A second guess on top of a broken one. She has just watched your first estimate fail; another one without checking tells her your times mean nothing.
# untranslated
five-minutes-later-reply-2-feedback = A second guess on top of a broken one. She has just watched your first estimate fail; another one without checking tells her your times mean nothing.

# en: I'm sorry, it's really down to Dóra, not me. She's just running very far behind today.
# untranslated
five-minutes-later-reply-3 = I'm sorry, it's really down to Dóra, not me. She's just running very far behind today.

# en: To Réka the five minutes were your promise, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
# untranslated
five-minutes-later-reply-3-feedback = To Réka the five minutes were your promise, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
# untranslated
options-says-1 = Well? What did she say? If it's another twenty minutes, I'm not making my meeting.

# en: So? What's the real answer? I can't be late back today.
# untranslated
options-says-2 = So? What's the real answer? I can't be late back today.

# en: Thank you for waiting. Honestly, Dóra can't start until 12:55, and that would take you past half one. Kinga is free right now and can be done by quarter past one, or I can book you Dóra's first slot on a day that suits you. Which would you prefer?
# untranslated
options-reply-1 = Thank you for waiting. Honestly, Dóra can't start until 12:55, and that would take you past half one. Kinga is free right now and can be done by quarter past one, or I can book you Dóra's first slot on a day that suits you. Which would you prefer?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
# untranslated
options-reply-1-feedback = You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.

# en: Dóra can't start until 12:55, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
# untranslated
options-reply-2 = Dóra can't start until 12:55, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
# untranslated
options-reply-2-feedback = Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.

# en: Good news: I'll ask Dóra to speed things up, so she can start at 12:50 and still have you out by twenty past one. I promise you'll make it.
# untranslated
options-reply-3 = Good news: I'll ask Dóra to speed things up, so she can start at 12:50 and still have you out by twenty past one. I promise you'll make it.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
# untranslated
options-reply-3-feedback = You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
# untranslated
what-can-you-do-says-1 = Look. I need to be back at my desk by half one. What can you actually do for me today?

# en: I've checked with Dóra: she can't start until 12:55, which would make you late. Kinga is free right now and can be done by quarter past one, or I'll book you Dóra's first slot on a day that suits you. Which would you like?
# untranslated
what-can-you-do-reply-1 = I've checked with Dóra: she can't start until 12:55, which would make you late. Kinga is free right now and can be done by quarter past one, or I'll book you Dóra's first slot on a day that suits you. Which would you like?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
# untranslated
what-can-you-do-reply-1-feedback = A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.

# en: I'll ask Dóra to speed things up for you. She can start at 12:50 and have you done by twenty past, I'm sure.
# untranslated
what-can-you-do-reply-2 = I'll ask Dóra to speed things up for you. She can start at 12:50 and have you done by twenty past, I'm sure.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
# untranslated
what-can-you-do-reply-2-feedback = You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.

# en: Not much today, I'm afraid. We're fully booked all afternoon. Shall I find you another day?
# untranslated
what-can-you-do-reply-3 = Not much today, I'm afraid. We're fully booked all afternoon. Shall I find you another day?

# en: You answered without looking: Kinga has a free chair right now. 'Not much' tells Réka her lunch break was wasted for nothing.
# untranslated
what-can-you-do-reply-3-feedback = You answered without looking: Kinga has a free chair right now. 'Not much' tells Réka her lunch break was wasted for nothing.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
# untranslated
rushed-risk-says-1 = Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?

# en: You're right to ask, and no, I can't promise that for Dóra. Here's what I can do: Kinga is free now and can be done by quarter past one, or I'll book you Dóra's first slot on another day. Your choice.
# untranslated
rushed-risk-reply-1 = You're right to ask, and no, I can't promise that for Dóra. Here's what I can do: Kinga is free now and can be done by quarter past one, or I'll book you Dóra's first slot on another day. Your choice.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
# untranslated
rushed-risk-reply-1-feedback = Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.

# en: Yes, I promise. Dóra's really quick when she needs to be. You'll be out in plenty of time.
# untranslated
rushed-risk-reply-2 = Yes, I promise. Dóra's really quick when she needs to be. You'll be out in plenty of time.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember that you promised.
# untranslated
rushed-risk-reply-2-feedback = She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember that you promised.

# en: Well, it's that or rebook, I'm afraid. Those are the only options we have today.
# untranslated
rushed-risk-reply-3 = Well, it's that or rebook, I'm afraid. Those are the only options we have today.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
# untranslated
rushed-risk-reply-3-feedback = Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
# untranslated
rebook-reaction-says-1 = Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!

# en: You're right, I jumped ahead, I'm sorry. Let's look at today first: Kinga is free right now and can finish by quarter past one. Or, if you'd rather stay with Dóra, I'll book her first slot of the day so nothing runs into it.
# untranslated
rebook-reaction-reply-1 = You're right, I jumped ahead, I'm sorry. Let's look at today first: Kinga is free right now and can finish by quarter past one. Or, if you'd rather stay with Dóra, I'll book her first slot of the day so nothing runs into it.

# en: You owned the slip and answered both things she said: today is not lost, and a first-of-the-day slot cannot be eaten by an earlier client.
# untranslated
rebook-reaction-reply-1-feedback = You owned the slip and answered both things she said: today is not lost, and a first-of-the-day slot cannot be eaten by an earlier client.

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid.
# untranslated
rebook-reaction-reply-2 = Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
# untranslated
rebook-reaction-reply-2-feedback = Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
# untranslated
manager-demand-says-1 = Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.

# en: Zsuzsa is in, and I'll get her if you still want me to. But I can sort it now: Dóra can't start until 12:55, Kinga is free this minute and can be done by quarter past one, or I'll book Dóra's first slot on another day.
# untranslated
manager-demand-reply-1 = Zsuzsa is in, and I'll get her if you still want me to. But I can sort it now: Dóra can't start until 12:55, Kinga is free this minute and can be done by quarter past one, or I'll book Dóra's first slot on another day.

# en: You respected her request and still kept the case: a real time and two options, right away. Customers often ask for a manager only because they have given up on the person in front of them.
# untranslated
manager-demand-reply-1-feedback = You respected her request and still kept the case: a real time and two options, right away. Customers often ask for a manager only because they have given up on the person in front of them.

# en: Of course. Take a seat, and I'll go and get Zsuzsa for you.
# untranslated
manager-demand-reply-2 = Of course. Take a seat, and I'll go and get Zsuzsa for you.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again.
# untranslated
manager-demand-reply-2-feedback = Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today.
# untranslated
manager-demand-reply-3 = Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today.

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
# untranslated
manager-demand-reply-3-feedback = Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
# untranslated
colleague-question-says-1 = All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
# untranslated
colleague-question-says-2 = Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
# untranslated
colleague-question-hint = She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.

# en: Her morning ran over, and with treatments that can happen. What shouldn't happen is you only finding out at the desk. That part is on us here, not on Dóra.
# untranslated
colleague-question-reply-1 = Her morning ran over, and with treatments that can happen. What shouldn't happen is you only finding out at the desk. That part is on us here, not on Dóra.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
# untranslated
colleague-question-reply-1-feedback = An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.

# en: Between us, Dóra's always behind. I've told the manager more than once, but nothing ever changes.
# untranslated
colleague-question-reply-2 = Between us, Dóra's always behind. I've told the manager more than once, but nothing ever changes.

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
# untranslated
colleague-question-reply-2-feedback = It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra yourself.
# untranslated
colleague-question-reply-3 = I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra yourself.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
# untranslated
colleague-question-reply-3-feedback = No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
# untranslated
gossip-reaction-says-1 = Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?

# en: That was unfair of me, and I'm sorry. Dóra's excellent, as you know. The bookings are made here at the desk, so the gaps are ours to fix, and I'll raise it today.
# untranslated
gossip-reaction-reply-1 = That was unfair of me, and I'm sorry. Dóra's excellent, as you know. The bookings are made here at the desk, so the gaps are ours to fix, and I'll raise it today.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
# untranslated
gossip-reaction-reply-1-feedback = You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision.
# untranslated
gossip-reaction-reply-2 = I'm just telling you what it's like behind the scenes. The bookings aren't my decision.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
# untranslated
gossip-reaction-reply-2-feedback = Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
# untranslated
lunch-lost-says-1 = Well. I still came early, and I've spent half my lunch break sitting in your waiting area.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
# untranslated
lunch-lost-hint = The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.

# en: You did, just as our text asked, and we kept you waiting. Thank you for being so patient, Réka. Today's manicure is 20% off, and I've noted on your card to ring you if we ever run late.
# untranslated
lunch-lost-reply-1 = You did, just as our text asked, and we kept you waiting. Thank you for being so patient, Réka. Today's manicure is 20% off, and I've noted on your card to ring you if we ever run late.

# en: You remembered the reminder text, thanked her by name, and matched the apology with a gesture and a change you can make yourself. That turns a lost lunch break into a reason to come back.
# untranslated
lunch-lost-reply-1-feedback = You remembered the reminder text, thanked her by name, and matched the apology with a gesture and a change you can make yourself. That turns a lost lunch break into a reason to come back.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time.
# untranslated
lunch-lost-reply-2 = Well, at least Kinga can fit you in now, so you'll still be back in time.

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
# untranslated
lunch-lost-reply-2-feedback = True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again.
# untranslated
lunch-lost-reply-3 = I'm so sorry, Réka. I promise you it will never, ever happen again.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
# untranslated
lunch-lost-reply-3-feedback = Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.

# en: Oh, is that Kinga waving? Is she ready for me?
# untranslated
handover-says-1 = Oh, is that Kinga waving? Is she ready for me?

# en: She is. Thank you for waiting, Réka. Kinga, this is Réka: she has a meeting at half one, so she needs to be on her way by twenty past.
# untranslated
handover-reply-1 = She is. Thank you for waiting, Réka. Kinga, this is Réka: she has a meeting at half one, so she needs to be on her way by twenty past.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
# untranslated
handover-reply-1-feedback = You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.

# en: Yes, she's ready for you. Go on through, it's station two on the left.
# untranslated
handover-reply-2 = Yes, she's ready for you. Go on through, it's station two on the left.

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
# untranslated
handover-reply-2-feedback = Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering today.
# untranslated
handover-reply-3 = Yes! Go on through, relax and take your time. You've earned a bit of pampering today.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
# untranslated
handover-reply-3-feedback = A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
# untranslated
warm-resolved-says-1 = Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
# untranslated
warm-resolved-summary = Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.

# en: Fine. Thanks.
# untranslated
grudging-says-1 = Fine. Thanks.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
# untranslated
grudging-summary = Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.

# en: Twenty past, you said. You promised.
# untranslated
late-for-meeting-says-1 = Twenty past, you said. You promised.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
# untranslated
late-for-meeting-summary = Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.

# en: Zsuzsa comes out a few minutes later, hears the whole story again, and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
# untranslated
handed-to-manager-summary = Zsuzsa comes out a few minutes later, hears the whole story again, and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.

# en: Forget it. I'm going back to work. Cancel my booking.
# untranslated
walkout-says-1 = Forget it. I'm going back to work. Cancel my booking.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
# untranslated
walkout-summary = Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.

