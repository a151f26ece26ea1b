### Defuse scenario `agent-never-called` (The call that came too late) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
# untranslated
title = The call that came too late

# en: You work at the front desk of a city estate agency. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing this morning.
# untranslated
brief = You work at the front desk of a city estate agency. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing this morning.

# en: Dóra Farkas
# untranslated
customer-name = Dóra Farkas

# en: offered 38.5 million forints for the Kárpát Street flat last Tuesday and was promised a call the next day
# untranslated
customer-trait-1 = offered 38.5 million forints for the Kárpát Street flat last Tuesday and was promised a call the next day

# en: has given notice on her rented flat and must move out by the end of next month
# untranslated
customer-trait-2 = has given notice on her rented flat and must move out by the end of next month

# en: was told 'we had a lot of urgent cases' when the agent finally rang
# untranslated
customer-trait-3 = was told 'we had a lot of urgent cases' when the agent finally rang

# en: Good morning. I'm Dóra Farkas, and I'd like to know why nobody in this office can pick up a phone. Last Tuesday Gábor showed me the flat on Kárpát Street. I offered 38.5 million, and he said he'd speak to the owner and ring me the next day. Nobody rang. I called here on Thursday and left a message. Yesterday he finally calls: it was sold on Friday. 'Sorry, we had a lot of urgent cases.'
# untranslated
opening-says-1 = Good morning. I'm Dóra Farkas, and I'd like to know why nobody in this office can pick up a phone. Last Tuesday Gábor showed me the flat on Kárpát Street. I offered 38.5 million, and he said he'd speak to the owner and ring me the next day. Nobody rang. I called here on Thursday and left a message. Yesterday he finally calls: it was sold on Friday. 'Sorry, we had a lot of urgent cases.'

# en: I'm Dóra Farkas. A week ago I made an offer on the Kárpát Street flat, 38.5 million. Gábor promised to call me the next day with the owner's answer. I waited. I rang you on Thursday. Nothing. Then yesterday: 'It's gone, sold on Friday, we had a lot of urgent cases.' So my offer wasn't urgent?
# untranslated
opening-says-2 = I'm Dóra Farkas. A week ago I made an offer on the Kárpát Street flat, 38.5 million. Gábor promised to call me the next day with the owner's answer. I waited. I rang you on Thursday. Nothing. Then yesterday: 'It's gone, sold on Friday, we had a lot of urgent cases.' So my offer wasn't urgent?

# en: She has given you a timeline: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. Show her you caught it, and leave Gábor out of it.
# untranslated
opening-hint = She has given you a timeline: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. Show her you caught it, and leave Gábor out of it.

# en: Ms Farkas, you made your offer on Tuesday, you were promised a call the next day, you rang us yourself on Thursday, and you only heard yesterday, after the flat had gone. I'm sorry. I'll deal with this with you now.
# untranslated
opening-reply-1 = Ms Farkas, you made your offer on Tuesday, you were promised a call the next day, you rang us yourself on Thursday, and you only heard yesterday, after the flat had gone. I'm sorry. I'll deal with this with you now.

# en: You gave her the whole week back in order: offer, promised call, her own chasing, the sale. She knows she was heard, so she does not need to tell it again louder.
# untranslated
opening-reply-1-feedback = You gave her the whole week back in order: offer, promised call, her own chasing, the sale. She knows she was heard, so she does not need to tell it again louder.

# en: I'm so sorry, Ms Farkas. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's run off his feet.
# untranslated
opening-reply-2 = I'm so sorry, Ms Farkas. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's run off his feet.

# en: It sounds kind, but the sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases', and you gave her the same excuse again: his workload mattered more than her offer.
# untranslated
opening-reply-2-feedback = It sounds kind, but the sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases', and you gave her the same excuse again: his workload mattered more than her offer.

# en: I'm sorry to hear that. Gábor handles the Kárpát Street listing, though, and he's out at a viewing. Could you come back this afternoon when he's in?
# untranslated
opening-reply-3 = I'm sorry to hear that. Gábor handles the Kárpát Street listing, though, and he's out at a viewing. Could you come back this afternoon when he's in?

# en: Polite, but it sends her back to wait for the very person who left her waiting. To Dóra you are the agency right now; 'it's his listing' leaves her with nobody.
# untranslated
opening-reply-3-feedback = Polite, but it sends her back to wait for the very person who left her waiting. To Dóra you are the agency right now; 'it's his listing' leaves her with nobody.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
# untranslated
excuse-reaction-says-1 = Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?

# en: You're right, and I'm sorry. Who was busy is our problem, not yours. You were promised a call and you didn't get one. I'm taking your case on myself, right now, and I won't send you away.
# untranslated
excuse-reaction-reply-1 = You're right, and I'm sorry. Who was busy is our problem, not yours. You were promised a call and you didn't get one. I'm taking your case on myself, right now, and I won't send you away.

# en: You agreed with her instead of defending the office, and took the case in your own hands. 'I won't send you away' answers exactly what she feared: chasing a third time.
# untranslated
excuse-reaction-reply-1-feedback = You agreed with her instead of defending the office, and took the case in your own hands. 'I won't send you away' answers exactly what she feared: chasing a third time.

# en: I do understand how you feel, but I can't really speak for what Gábor promised you. Only he knows what was agreed.
# untranslated
excuse-reaction-reply-2 = I do understand how you feel, but I can't really speak for what Gábor promised you. Only he knows what was agreed.

# en: Naming her feelings helped a little, but you still left the promise with nobody. Empathy with no ownership sounds like a polite way of saying 'not my problem'.
# untranslated
excuse-reaction-reply-2-feedback = Naming her feelings helped a little, but you still left the promise with nobody. Empathy with no ownership sounds like a polite way of saying 'not my problem'.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and this isn't helping anyone.
# untranslated
excuse-reaction-reply-3 = Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and this isn't helping anyone.

# en: Telling her to lower her voice makes her anger the problem instead of the missed call. In front of other clients it also feels like a public telling-off.
# untranslated
excuse-reaction-reply-3-feedback = Telling her to lower her voice makes her anger the problem instead of the missed call. In front of other clients it also feels like a public telling-off.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
# untranslated
manager-demand-says-1 = That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.

# en: You can, of course; she's back at two. Before then, I could ring the owner of the Kárpát Street flat now and find out exactly where things stand. Shall I do that while you're here?
# untranslated
manager-demand-reply-1 = You can, of course; she's back at two. Before then, I could ring the owner of the Kárpát Street flat now and find out exactly where things stand. Shall I do that while you're here?

# en: You respected her request and offered a step you can take this minute. People often ask for the manager only because they have given up on the person in front of them.
# untranslated
manager-demand-reply-1-feedback = You respected her request and offered a step you can take this minute. People often ask for the manager only because they have given up on the person in front of them.

# en: Of course. Please take a seat over there, and I'll go and see whether she's free.
# untranslated
manager-demand-reply-2 = Of course. Please take a seat over there, and I'll go and see whether she's free.

# en: Courteous, and it honours her wish, but her case leaves your hands untouched. Try one concrete offer before you hand her on.
# untranslated
manager-demand-reply-2-feedback = Courteous, and it honours her wish, but her case leaves your hands untouched. Try one concrete offer before you hand her on.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and that's that.
# untranslated
manager-demand-reply-3 = She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and that's that.

# en: You refused her and told her it would be pointless, leaving her no way forward in this office. The only move left to her is the door.
# untranslated
manager-demand-reply-3-feedback = You refused her and told her it would be pointless, leaving her no way forward in this office. The only move left to her is the door.

# en: Fine. But you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
# untranslated
what-now-says-1 = Fine. But you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
# untranslated
what-now-says-2 = You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.

# en: She has just told you what is really at stake: a move-out date and a loan offer that runs out. Let her see you heard that before you talk about other flats.
# untranslated
what-now-hint = She has just told you what is really at stake: a move-out date and a loan offer that runs out. Let her see you heard that before you talk about other flats.

# en: So you didn't just lose a flat. You're now up against the end of next month and a loan offer that ends on the 30th, and it was the one near your daughter's school. That's a frightening spot, and we put you in it.
# untranslated
what-now-reply-1 = So you didn't just lose a flat. You're now up against the end of next month and a loan offer that ends on the 30th, and it was the one near your daughter's school. That's a frightening spot, and we put you in it.

# en: You heard the fear behind the complaint: two deadlines and a child's school run, not just one flat. Naming it, and saying 'we put you in it', tells her she is a person here, not a lost listing.
# untranslated
what-now-reply-1-feedback = You heard the fear behind the complaint: two deadlines and a child's school run, not just one flat. Naming it, and saying 'we put you in it', tells her she is a person here, not a lost listing.

# en: I see. Right, let me pull up what else we have in your price range near the school, and we'll find you something.
# untranslated
what-now-reply-2 = I see. Right, let me pull up what else we have in your price range near the school, and we'll find you something.

# en: Practical and well meant, but you went straight to the screen. She has just told you she is about to lose her home and her loan; that needed a word before any listings.
# untranslated
what-now-reply-2-feedback = Practical and well meant, but you went straight to the screen. She has just told you she is about to lose her home and her loan; that needed a word before any listings.

# en: To be honest, the market's very fast at the moment. Even with a call on Wednesday, it might well have gone anyway.
# untranslated
what-now-reply-3 = To be honest, the market's very fast at the moment. Even with a call on Wednesday, it might well have gone anyway.

# en: It may even be true, but it argues with her instead of hearing her, and it excuses the missed call. She did not come in for a market report.
# untranslated
what-now-reply-3-feedback = It may even be true, but it argues with her instead of hearing her, and it excuses the missed call. She did not come in for a market report.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
# untranslated
market-argument-says-1 = Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.

# en: You're right, and I'm sorry. You were there first, with a real offer, and we let three days slip. That's on us, not on the market.
# untranslated
market-argument-reply-1 = You're right, and I'm sorry. You were there first, with a real offer, and we let three days slip. That's on us, not on the market.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
# untranslated
market-argument-reply-1-feedback = You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.

# en: We can't really know that, though. The owner might have preferred the other buyer's offer in any case.
# untranslated
market-argument-reply-2 = We can't really know that, though. The owner might have preferred the other buyer's offer in any case.

# en: You went on arguing about what might have happened. Even if you won the point, you would lose her: the missed call is a fact, the other outcome is a guess.
# untranslated
market-argument-reply-2-feedback = You went on arguing about what might have happened. Even if you won the point, you would lose her: the missed call is a fact, the other outcome is a guess.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
# untranslated
is-it-final-says-1 = So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
# untranslated
is-it-final-hint = Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.

# en: I'll be honest: the owner signed a reservation agreement with the other buyer on Friday, so I can't get the flat back for you. I can ask her today to keep your offer on file in case that sale falls through, and I'll tell you her answer by five.
# untranslated
is-it-final-reply-1 = I'll be honest: the owner signed a reservation agreement with the other buyer on Friday, so I can't get the flat back for you. I can ask her today to keep your offer on file in case that sale falls through, and I'll tell you her answer by five.

# en: Hard news, said plainly, followed by the one thing you can really do and a time that depends only on you. After a week of silence, a straight answer is worth more than hope.
# untranslated
is-it-final-reply-1-feedback = Hard news, said plainly, followed by the one thing you can really do and a time that depends only on you. After a week of silence, a straight answer is worth more than hope.

# en: Leave it with me. I'll speak to the owner myself, and I'm sure I can get you back in the running for it.
# untranslated
is-it-final-reply-2 = Leave it with me. I'll speak to the owner myself, and I'm sure I can get you back in the running for it.

# en: Warm, and she feels someone is finally on her side, but the flat is the owner's to give, not yours. Another promise from this office that cannot be kept would hurt more than the first.
# untranslated
is-it-final-reply-2-feedback = Warm, and she feels someone is finally on her side, but the flat is the owner's to give, not yours. Another promise from this office that cannot be kept would hurt more than the first.

# en: It's sold, I'm afraid. Once a reservation agreement is signed, there's really nothing anyone can do about it.
# untranslated
is-it-final-reply-3 = It's sold, I'm afraid. Once a reservation agreement is signed, there's really nothing anyone can do about it.

# en: Honest, but it stops at what cannot be done. Bad news needs a 'here is what I can do instead', or it sounds like a closed door.
# untranslated
is-it-final-reply-3-feedback = Honest, but it stops at what cannot be done. Bad news needs a 'here is what I can do instead', or it sounds like a closed door.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
# untranslated
overpromise-doubt-says-1 = You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.

# en: You're right to ask. I can't promise you the flat; that's the owner's decision. What I can promise is that I'll speak to her today and ring you by five with her answer, whatever it is.
# untranslated
overpromise-doubt-reply-1 = You're right to ask. I can't promise you the flat; that's the owner's decision. What I can promise is that I'll speak to her today and ring you by five with her answer, whatever it is.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you can't.
# untranslated
overpromise-doubt-reply-1-feedback = Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you can't.

# en: This time it's different, I promise. You have my word: I'll get you that flat.
# untranslated
overpromise-doubt-reply-2 = This time it's different, I promise. You have my word: I'll get you that flat.

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
# untranslated
overpromise-doubt-reply-2-feedback = She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
# untranslated
late-manager-says-1 = I've heard enough excuses from this office. Get me whoever is in charge here.

# en: I'll fetch her if you'd like. But let me first do what should have happened last week: I'll ring the owner while you're sitting here, so you hear the answer from me, not second-hand. Shall I?
# untranslated
late-manager-reply-1 = I'll fetch her if you'd like. But let me first do what should have happened last week: I'll ring the owner while you're sitting here, so you hear the answer from me, not second-hand. Shall I?

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, seeing you pick up the phone is the most convincing thing you can do.
# untranslated
late-manager-reply-1-feedback = You kept her choice open and offered to act in front of her. After a week of waiting for a call, seeing you pick up the phone is the most convincing thing you can do.

# en: Certainly, Ms Farkas. If you'd like to wait here, I'll find the office manager for you.
# untranslated
late-manager-reply-2 = Certainly, Ms Farkas. If you'd like to wait here, I'll find the office manager for you.

# en: Polite and quick, but it hands her on for the third time this week: Gábor, the message on Thursday, now the manager. One offer of your own first might have kept her.
# untranslated
late-manager-reply-2-feedback = Polite and quick, but it hands her on for the third time this week: Gábor, the message on Thursday, now the manager. One offer of your own first might have kept her.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can.
# untranslated
late-manager-reply-3 = There's no point, honestly. The manager can't undo a signed reservation any more than I can.

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
# untranslated
late-manager-reply-3-feedback = You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.

# en: And then what? I still have to be out of my flat by the end of next month.
# untranslated
next-step-says-1 = And then what? I still have to be out of my flat by the end of next month.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
# untranslated
next-step-hint = A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.

# en: I'll go through our listings and what's coming in this week: two bedrooms, up to 38.5 million, walking distance from your daughter's school. You'll have a shortlist by email tomorrow at ten, and we can book viewings for Thursday, well before the 30th.
# untranslated
next-step-reply-1 = I'll go through our listings and what's coming in this week: two bedrooms, up to 38.5 million, walking distance from your daughter's school. You'll have a shortlist by email tomorrow at ten, and we can book viewings for Thursday, well before the 30th.

# en: You remembered her budget, the school and the loan deadline, and turned them into a plan with times. She does not have to repeat herself, and she knows when she will hear from you.
# untranslated
next-step-reply-1-feedback = You remembered her budget, the school and the loan deadline, and turned them into a plan with times. She does not have to repeat herself, and she knows when she will hear from you.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and what's your budget?
# untranslated
next-step-reply-2 = Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and what's your budget?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her that this office still does not listen.
# untranslated
next-step-reply-2-feedback = A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her that this office still does not listen.

# en: Gábor knows your search best, so he'll send you a few options as soon as he's back from his viewing.
# untranslated
next-step-reply-3 = Gábor knows your search best, so he'll send you a few options as soon as he's back from his viewing.

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
# untranslated
next-step-reply-3-feedback = You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.

# en: And who's going to call me this time? Because I'm not sitting by the phone waiting for Gábor again.
# untranslated
who-calls-says-1 = And who's going to call me this time? Because I'm not sitting by the phone waiting for Gábor again.

# en: Right. And who rings me? Last time 'tomorrow' turned out to mean next Monday.
# untranslated
who-calls-says-2 = Right. And who rings me? Last time 'tomorrow' turned out to mean next Monday.

# en: I will. Here's my card with my direct line. I'll ring you today at five, and if I have nothing new by then, I'll still ring to tell you so. From now on you deal with me, and I'll let Gábor know.
# untranslated
who-calls-reply-1 = I will. Here's my card with my direct line. I'll ring you today at five, and if I have nothing new by then, I'll still ring to tell you so. From now on you deal with me, and I'll let Gábor know.

# en: A personal promise with a name, a number and a time, and one you can keep even if there is no news. That is the exact promise the office broke last week, made again and made safe.
# untranslated
who-calls-reply-1-feedback = A personal promise with a name, a number and a time, and one you can keep even if there is no news. That is the exact promise the office broke last week, made again and made safe.

# en: Gábor knows you and the area best, so he should stay your contact. I'll make sure he rings you this time.
# untranslated
who-calls-reply-2 = Gábor knows you and the area best, so he should stay your contact. I'll make sure he rings you this time.

# en: She has just said she won't wait for Gábor again, and you gave her Gábor, on a promise that depends on him. Sounding sure about someone else's call is what started all this.
# untranslated
who-calls-reply-2-feedback = She has just said she won't wait for Gábor again, and you gave her Gábor, on a promise that depends on him. Sounding sure about someone else's call is what started all this.

# en: Between you and me, it's not the first time with Gábor. I'll make sure you don't have to deal with him again.
# untranslated
who-calls-reply-3 = Between you and me, it's not the first time with Gábor. I'll make sure you don't have to deal with him again.

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it. Criticising a colleague in front of a client never reassures her.
# untranslated
who-calls-reply-3-feedback = Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it. Criticising a colleague in front of a client never reassures her.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
# untranslated
office-reputation-says-1 = Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?

# en: I shouldn't have said that; it wasn't fair, and it doesn't help you. What matters is that your case is mine now. I'll ring you today at five, and you have my direct line.
# untranslated
office-reputation-reply-1 = I shouldn't have said that; it wasn't fair, and it doesn't help you. What matters is that your case is mine now. I'll ring you today at five, and you have my direct line.

# en: You took the remark back without fuss and brought the talk back to what happens next. Correcting your own slip openly shows her the kind of reliability she came in for.
# untranslated
office-reputation-reply-1-feedback = You took the remark back without fuss and brought the talk back to what happens next. Correcting your own slip openly shows her the kind of reliability she came in for.

# en: Well, I can only answer for myself, not for how the rest of the office works.
# untranslated
office-reputation-reply-2 = Well, I can only answer for myself, not for how the rest of the office works.

# en: You opened the question and then stepped away from it. To her, you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
# untranslated
office-reputation-reply-2-feedback = You opened the question and then stepped away from it. To her, you are the office; 'I only answer for myself' confirms that nobody here answers for anything.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
# untranslated
make-amends-says-1 = All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.

# en: You were urgent, and you should have been treated that way. I'm sorry. Your case is mine now, and today I'm asking our manager to log every call-back we promise, so a 'tomorrow' can't quietly slip again.
# untranslated
make-amends-reply-1 = You were urgent, and you should have been treated that way. I'm sorry. Your case is mine now, and today I'm asking our manager to log every call-back we promise, so a 'tomorrow' can't quietly slip again.

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
# untranslated
make-amends-reply-1-feedback = You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.

# en: I understand. Still, the main thing now is finding you a new flat, isn't it? Let's focus on that.
# untranslated
make-amends-reply-2 = I understand. Still, the main thing now is finding you a new flat, isn't it? Let's focus on that.

# en: She told you what hurt most, and you moved past it to the practical task. The search may go well, but the feeling of being 'not urgent' stays with her.
# untranslated
make-amends-reply-2-feedback = She told you what hurt most, and you moved past it to the practical task. The search may go well, but the feeling of being 'not urgent' stays with her.

# en: I promise you, we'll have you in a new flat before your notice runs out. You won't be let down again.
# untranslated
make-amends-reply-3 = I promise you, we'll have you in a new flat before your notice runs out. You won't be let down again.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
# untranslated
make-amends-reply-3-feedback = Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
# untranslated
resolved-says-1 = Thank you. Five o'clock, then. And thank you for not making excuses.

# en: You ring at five, exactly as promised, and again the next morning with three flats near her daughter's school. Dóra makes an offer on one of them well before her loan offer runs out. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
# untranslated
resolved-summary = You ring at five, exactly as promised, and again the next morning with three flats near her daughter's school. Dóra makes an offer on one of them well before her loan offer runs out. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.

# en: Fine. Just make sure somebody actually calls this time.
# untranslated
grudging-says-1 = Fine. Just make sure somebody actually calls this time.

# en: Dóra goes on with her search through your office, and in the end she finds a flat. But she never forgets being 'not urgent', and nobody here ever really answered that. When she sells in a few years, she goes to another agency.
# untranslated
grudging-summary = Dóra goes on with her search through your office, and in the end she finds a flat. But she never forgets being 'not urgent', and nobody here ever really answered that. When she sells in a few years, she goes to another agency.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
# untranslated
fragile-promise-says-1 = All right. But if this turns into another 'tomorrow', I'm finished with this office.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
# untranslated
fragile-promise-summary = The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.

# en: Thank you. I'm going to hold you to that.
# untranslated
hollow-promise-says-1 = Thank you. I'm going to hold you to that.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. A warm promise you did not control became the office's second broken one.
# untranslated
hollow-promise-summary = Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. A warm promise you did not control became the office's second broken one.

# en: The office manager sits down with Dóra, who tells the whole story once more: the offer, the missing call, the Friday sale. The manager apologises and takes the case over. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
# untranslated
handed-to-manager-summary = The office manager sits down with Dóra, who tells the whole story once more: the offer, the missing call, the Friday sale. The manager apologises and takes the case over. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.

# en: Forget it. I'll find a flat through an agency that answers its phone.
# untranslated
walkout-says-1 = Forget it. I'll find a flat through an agency that answers its phone.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
# untranslated
walkout-summary = Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.

