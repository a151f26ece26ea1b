### Defuse scenario `phone-bill-charges` (The subscription nobody ordered) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The subscription nobody ordered
# untranslated
title = The subscription nobody ordered

# en: You answer the customer chat of a mobile operator. The customer has found charges on his bill from a partner service he says he never ordered. He has already called the hotline about it once, and he is writing in capitals.
# untranslated
brief = You answer the customer chat of a mobile operator. The customer has found charges on his bill from a partner service he says he never ordered. He has already called the hotline about it once, and he is writing in capitals.

# en: Tibor Varga
# untranslated
customer-name = Tibor Varga

# en: found four charges of 1,490 forints from a 'MobilPlay Club' on his bill, a service he never ordered
# untranslated
customer-trait-1 = found four charges of 1,490 forints from a 'MobilPlay Club' on his bill, a service he never ordered

# en: was told on the hotline last week: 'that's the partner's business, not ours'
# untranslated
customer-trait-2 = was told on the hotline last week: 'that's the partner's business, not ours'

# en: has been with the operator for 14 years and uses his phone for calls and the weather forecast
# untranslated
customer-trait-3 = has been with the operator for 14 years and uses his phone for calls and the weather forecast

# en: WHAT IS 'MOBILPLAY CLUB'?? Four charges of 1,490 forints on my bill and I never ordered ANYTHING. I called your hotline last week and was told 'that's the partner's business, not ours'. So who is taking my money? Are you in on this scam or what?
# untranslated
opening-says-1 = WHAT IS 'MOBILPLAY CLUB'?? Four charges of 1,490 forints on my bill and I never ordered ANYTHING. I called your hotline last week and was told 'that's the partner's business, not ours'. So who is taking my money? Are you in on this scam or what?

# en: I want an explanation. There are FOUR charges on my bill from some 'MobilPlay Club', 1,490 forints each. I never signed up for anything. Last week your colleague said 'that's the partner's business, not ours' and that was that. Well, it's YOUR bill. Is this a scam?
# untranslated
opening-says-2 = I want an explanation. There are FOUR charges on my bill from some 'MobilPlay Club', 1,490 forints each. I never signed up for anything. Last week your colleague said 'that's the partner's business, not ours' and that was that. Well, it's YOUR bill. Is this a scam?

# en: He has written three things: charges he never ordered, last week's brush-off, and his fear of fraud. Show him you read all three, and don't answer the capitals in kind.
# untranslated
opening-hint = He has written three things: charges he never ordered, last week's brush-off, and his fear of fraud. Show him you read all three, and don't answer the capitals in kind.

# en: Mr Varga, four charges of 1,490 forints for a 'MobilPlay Club' you never ordered, and last week you were told it's not our business. It is: it's on our bill. I'm sorry. I'll sort it out with you now, start to finish.
# untranslated
opening-reply-1 = Mr Varga, four charges of 1,490 forints for a 'MobilPlay Club' you never ordered, and last week you were told it's not our business. It is: it's on our bill. I'm sorry. I'll sort it out with you now, start to finish.

# en: You gave back all three things he wrote: the name, the amount and last week's brush-off, and you took back the 'not our business' answer. A customer who sees his own words mirrored has no reason to keep typing them in capitals.
# untranslated
opening-reply-1-feedback = You gave back all three things he wrote: the name, the amount and last week's brush-off, and you took back the 'not our business' answer. A customer who sees his own words mirrored has no reason to keep typing them in capitals.

# en: I'm sorry about this, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay.
# untranslated
opening-reply-2 = I'm sorry about this, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay.

# en: Technically accurate, and exactly what he heard last week. The 'but' cancels the apology, and he is told for the second time that nobody here will take his problem.
# untranslated
opening-reply-2-feedback = Technically accurate, and exactly what he heard last week. The 'but' cancels the apology, and he is told for the second time that nobody here will take his problem.

# en: Hello, I can help you with billing questions. To start, please send me your phone number and the account holder's date of birth.
# untranslated
opening-reply-3 = Hello, I can help you with billing questions. To start, please send me your phone number and the account holder's date of birth.

# en: Polite, but it reads like an automatic greeting. He asked whether he is being robbed, and the answer he got is a form to fill in.
# untranslated
opening-reply-3-feedback = Polite, but it reads like an automatic greeting. He asked whether he is being robbed, and the answer he got is a form to fill in.

# en: I can assure you we are not running any scam, sir. We are a licensed operator, and all our partner services are fully legal.
# untranslated
opening-reply-4 = I can assure you we are not running any scam, sir. We are a licensed operator, and all our partner services are fully legal.

# en: You defended the company against the word 'scam' instead of looking at his money. Arguing with his suspicion only makes him push harder to prove it.
# untranslated
opening-reply-4-feedback = You defended the company against the word 'scam' instead of looking at his money. Arguing with his suspicion only makes him push harder to prove it.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
# untranslated
partner-again-says-1 = THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!

# en: You're right: the charges are on our bill, so they're ours to sort out. I'm sorry you got the same answer twice. I'm handling this myself, and you won't need to contact MobilPlay at all.
# untranslated
partner-again-reply-1 = You're right: the charges are on our bill, so they're ours to sort out. I'm sorry you got the same answer twice. I'm handling this myself, and you won't need to contact MobilPlay at all.

# en: You agreed with his point instead of defending the process, and took the case yourself. 'You won't need to contact MobilPlay' answers exactly what he was afraid of: being sent away again.
# untranslated
partner-again-reply-1-feedback = You agreed with his point instead of defending the process, and took the case yourself. 'You won't need to contact MobilPlay' answers exactly what he was afraid of: being sent away again.

# en: I understand how frustrating this is, but honestly, we just pass the payment on. I can give you MobilPlay's customer line; they usually answer within a day.
# untranslated
partner-again-reply-2 = I understand how frustrating this is, but honestly, we just pass the payment on. I can give you MobilPlay's customer line; they usually answer within a day.

# en: Naming his frustration was right, but another company's phone number is last week's brush-off, only friendlier. Empathy without ownership still leaves him alone with the problem.
# untranslated
partner-again-reply-2-feedback = Naming his frustration was right, but another company's phone number is last week's brush-off, only friendlier. Empathy without ownership still leaves him alone with the problem.

# en: Sir, please stop writing in capital letters. I can't help you if you keep shouting at me in the chat.
# untranslated
partner-again-reply-3 = Sir, please stop writing in capital letters. I can't help you if you keep shouting at me in the chat.

# en: Capitals are his raised voice. Telling him to stop says his anger is the problem, not the charges, and it almost always makes it worse. Answer calmly and the capitals tend to stop by themselves.
# untranslated
partner-again-reply-3-feedback = Capitals are his raised voice. Telling him to stop says his anger is the problem, not the charges, and it almost always makes it worse. Answer calmly and the capitals tend to stop by themselves.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
# untranslated
shouting-says-1 = OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about who's legal. Let me look at these charges with you now and stop them.
# untranslated
shouting-reply-1 = You have every right to be angry: money left your account for something you never asked for. I won't argue about who's legal. Let me look at these charges with you now and stop them.

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in reply to capitals pull the chat back down to your level.
# untranslated
shouting-reply-1-feedback = You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in reply to capitals pull the chat back down to your level.

# en: I do understand, sir, but I can't promise any refund before I've checked the account. Please be patient with me for a moment.
# untranslated
shouting-reply-2 = I do understand, sir, but I can't promise any refund before I've checked the account. Please be patient with me for a moment.

# en: True and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
# untranslated
shouting-reply-2-feedback = True and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me.
# untranslated
shouting-reply-3 = I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
# untranslated
shouting-reply-3-feedback = Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
# untranslated
supervisor-demand-says-1 = Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.

# en: I'll put you through if you still want that. Before I do: I can stop the MobilPlay charges on your number right now, while we're chatting. Shall I do that first?
# untranslated
supervisor-demand-reply-1 = I'll put you through if you still want that. Before I do: I can stop the MobilPlay charges on your number right now, while we're chatting. Shall I do that first?

# en: You respected his request and offered a concrete step you control. Many customers ask for a supervisor only because they have given up on the person in front of them.
# untranslated
supervisor-demand-reply-1-feedback = You respected his request and offered a concrete step you control. Many customers ask for a supervisor only because they have given up on the person in front of them.

# en: Of course. I'm transferring you to a supervisor now. The current waiting time is around 25 minutes.
# untranslated
supervisor-demand-reply-2 = Of course. I'm transferring you to a supervisor now. The current waiting time is around 25 minutes.

# en: Courteous, and it respects his wish, but the case leaves your hands unsolved, and he waits 25 minutes to tell it all a third time. Try one concrete offer before the transfer.
# untranslated
supervisor-demand-reply-2-feedback = Courteous, and it respects his wish, but the case leaves your hands unsolved, and he waits 25 minutes to tell it all a third time. Try one concrete offer before the transfer.

# en: A supervisor will tell you the same thing, sir: partner charges are handled by the partner.
# untranslated
supervisor-demand-reply-3 = A supervisor will tell you the same thing, sir: partner charges are handled by the partner.

# en: You refused him and told him it would be pointless to ask anyone else. With every door closed, the only move left to him is to leave.
# untranslated
supervisor-demand-reply-3-feedback = You refused him and told him it would be pointless to ask anyone else. With every door closed, the only move left to him is to leave.

# en: It's 30 412 7785. And let me say it once more: I don't play games. I use this phone to make calls and check the weather. That's it.
# untranslated
number-check-says-1 = It's 30 412 7785. And let me say it once more: I don't play games. I use this phone to make calls and check the weather. That's it.

# en: My number is 30 412 7785. And for the record, I've never played a game on that phone in my life. Calls and the weather forecast, nothing else.
# untranslated
number-check-says-2 = My number is 30 412 7785. And for the record, I've never played a game on that phone in my life. Calls and the weather forecast, nothing else.

# en: Thank you, Mr Varga. I can see it: 'MobilPlay Club', 1,490 forints a week since 18 March. I've just stopped the subscription, so no new charge can come from it.
# untranslated
number-check-reply-1 = Thank you, Mr Varga. I can see it: 'MobilPlay Club', 1,490 forints a week since 18 March. I've just stopped the subscription, so no new charge can come from it.

# en: You used what he had already told you and did something he can feel at once: the charges stop today. One concrete act convinces him more than any reassurance.
# untranslated
number-check-reply-1-feedback = You used what he had already told you and did something he can feel at once: the charges stop today. One concrete act convinces him more than any reassurance.

# en: Thank you. Could you tell me the name of the service on your bill and the amounts you were charged?
# untranslated
number-check-reply-2 = Thank you. Could you tell me the name of the service on your bill and the amounts you were charged?

# en: He wrote both in his very first message. Asking again tells him nobody read it, the exact feeling he came into the chat with.
# untranslated
number-check-reply-2-feedback = He wrote both in his very first message. Asking again tells him nobody read it, the exact feeling he came into the chat with.

# en: Thank you. I've passed your complaint on to our billing team, and they will contact you about the charges.
# untranslated
number-check-reply-3 = Thank you. I've passed your complaint on to our billing team, and they will contact you about the charges.

# en: 'I've passed it on' is last week's answer in other words. He wanted someone here to act, and you handed the case away in the first minute.
# untranslated
number-check-reply-3-feedback = 'I've passed it on' is last week's answer in other words. He wanted someone here to act, and you handed the case away in the first minute.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
# untranslated
repeat-annoyed-says-1 = I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?

# en: You did, and I'm sorry for making you type it again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it so no new charge can come.
# untranslated
repeat-annoyed-reply-1 = You did, and I'm sorry for making you type it again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it so no new charge can come.

# en: You owned the slip at once, gave his details back to prove you have them, and added a real step. Admitting a small mistake quickly costs less than defending it.
# untranslated
repeat-annoyed-reply-1-feedback = You owned the slip at once, gave his details back to prove you have them, and added a real step. Admitting a small mistake quickly costs less than defending it.

# en: Sorry, I have to confirm the details for our records. Thank you for your patience.
# untranslated
repeat-annoyed-reply-2 = Sorry, I have to confirm the details for our records. Thank you for your patience.

# en: A stock phrase in answer to 'does anybody read what I write?' proves his point. He needs to hear from a person, not from a procedure.
# untranslated
repeat-annoyed-reply-2-feedback = A stock phrase in answer to 'does anybody read what I write?' proves his point. He needs to hear from a person, not from a procedure.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
# untranslated
how-did-it-happen-says-1 = Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
# untranslated
how-did-it-happen-says-2 = Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
# untranslated
how-did-it-happen-hint = Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.

# en: In plain words: some companies are allowed to charge things to a phone bill, a bit like a shop charging a bank card, and we collect the money for them. It usually starts with one tap on a 'subscribe' button in an advert. Nobody has stolen your number.
# untranslated
how-did-it-happen-reply-1 = In plain words: some companies are allowed to charge things to a phone bill, a bit like a shop charging a bank card, and we collect the money for them. It usually starts with one tap on a 'subscribe' button in an advert. Nobody has stolen your number.

# en: You explained the process in his words, with a comparison he knows, and answered his real fear: his number is safe. Once he understands what happened, a lot of the fear, and the anger, goes out of it.
# untranslated
how-did-it-happen-reply-1-feedback = You explained the process in his words, with a comparison he knows, and answered his real fear: his number is safe. Once he understands what happened, a lot of the fear, and the anger, goes out of it.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself.
# untranslated
how-did-it-happen-reply-2 = It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself.

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to him, and jargon makes an angry customer feel talked down to and shut out.
# untranslated
how-did-it-happen-reply-2-feedback = Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to him, and jargon makes an angry customer feel talked down to and shut out.

# en: Our records show the subscription was confirmed from your phone on 18 March, so it was started from your own device.
# untranslated
how-did-it-happen-reply-3 = Our records show the subscription was confirmed from your phone on 18 March, so it was started from your own device.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice that he never ordered anything, and his question about fraud got an accusation back.
# untranslated
how-did-it-happen-reply-3-feedback = The record may say so, but read out like this it means 'you did it yourself'. He has told you twice that he never ordered anything, and his question about fraud got an accusation back.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
# untranslated
jargon-confused-says-1 = I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?

# en: Sorry, that was our internal language. In plain words: a company called MobilPlay put a weekly charge on your bill through us, probably after a tap on an advert. We collected it for them, so it's ours to put right. Now, about getting it back.
# untranslated
jargon-confused-reply-1 = Sorry, that was our internal language. In plain words: a company called MobilPlay put a weekly charge on your bill through us, probably after a tap on an advert. We collected it for them, so it's ours to put right. Now, about getting it back.

# en: You apologised for the jargon without fuss and answered both his questions in everyday words. 'It's ours to put right' is the sentence he has been waiting for since last week.
# untranslated
jargon-confused-reply-1-feedback = You apologised for the jargon without fuss and answered both his questions in everyday words. 'It's ours to put right' is the sentence he has been waiting for since last week.

# en: Basically, it's a partner subscription. The partner took the money, not us, so any refund is really their decision.
# untranslated
jargon-confused-reply-2 = Basically, it's a partner subscription. The partner took the money, not us, so any refund is really their decision.

# en: Plain words at last, but the same message he got last week: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
# untranslated
jargon-confused-reply-2-feedback = Plain words at last, but the same message he got last week: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
# untranslated
accused-says-1 = SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?

# en: No, I believe you. These adverts are built so that one accidental tap is enough, and most people never notice it. It's not your fault, and you shouldn't pay for something you didn't want.
# untranslated
accused-reply-1 = No, I believe you. These adverts are built so that one accidental tap is enough, and most people never notice it. It's not your fault, and you shouldn't pay for something you didn't want.

# en: You gave him the benefit of the doubt and took the blame off him in plain words. He no longer has to prove his innocence, so he can stop fighting you.
# untranslated
accused-reply-1-feedback = You gave him the benefit of the doubt and took the blame off him in plain words. He no longer has to prove his innocence, so he can stop fighting you.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows.
# untranslated
accused-reply-2 = I'm not calling you anything, sir. I'm only telling you what the system shows.

# en: 'I'm only the messenger' leaves him helpless: the record says he did it, and you won't stand beside him against it.
# untranslated
accused-reply-2-feedback = 'I'm only the messenger' leaves him helpless: the record says he did it, and you won't stand beside him against it.

# en: Could someone else have used your phone, a grandchild perhaps? That happens a lot with game subscriptions.
# untranslated
accused-reply-3 = Could someone else have used your phone, a grandchild perhaps? That happens a lot with game subscriptions.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation. He told you what he uses the phone for; look for the answer in the records, not in his family.
# untranslated
accused-reply-3-feedback = A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation. He told you what he uses the phone for; look for the answer in the records, not in his family.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
# untranslated
late-supervisor-says-1 = That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.

# en: Fourteen years is a long time, and you deserve better than this chat so far. I'll connect you if you still want. But I can take this month's charges off your bill myself, right now. May I do that first?
# untranslated
late-supervisor-reply-1 = Fourteen years is a long time, and you deserve better than this chat so far. I'll connect you if you still want. But I can take this month's charges off your bill myself, right now. May I do that first?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. His choice stays his, but now he has a reason to stay.
# untranslated
late-supervisor-reply-1-feedback = You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. His choice stays his, but now he has a reason to stay.

# en: Certainly. I've passed your case to a supervisor, who will contact you within 48 hours.
# untranslated
late-supervisor-reply-2 = Certainly. I've passed your case to a supervisor, who will contact you within 48 hours.

# en: It does what he asked, but a 48-hour wait for someone else is one more 'passed on'. Offer the part you can fix yourself before you hand the case away.
# untranslated
late-supervisor-reply-2-feedback = It does what he asked, but a 48-hour wait for someone else is one more 'passed on'. Offer the part you can fix yourself before you hand the case away.

# en: Cancelling your contract won't get your money back any faster, sir.
# untranslated
late-supervisor-reply-3 = Cancelling your contract won't get your money back any faster, sir.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a debate.
# untranslated
late-supervisor-reply-3-feedback = Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a debate.

# en: All right. So do I get ALL my money back? Four times 1,490 on this bill. And I checked last month's bill as well: two more from MobilPlay, and that one I've already paid.
# untranslated
refund-question-says-1 = All right. So do I get ALL my money back? Four times 1,490 on this bill. And I checked last month's bill as well: two more from MobilPlay, and that one I've already paid.

# en: Some of this you can do yourself and some you can't. Say which is which, and don't promise the part that isn't yours to give.
# untranslated
refund-question-hint = Some of this you can do yourself and some you can't. Say which is which, and don't promise the part that isn't yours to give.

# en: This month's four charges, 5,960 forints, I'm removing myself, today. March's two, 2,980, are on a paid bill, so I have to claim them from MobilPlay. I'm filing that now; they must answer within 15 days. I can't promise their answer, but I'll text it to you either way.
# untranslated
refund-question-reply-1 = This month's four charges, 5,960 forints, I'm removing myself, today. March's two, 2,980, are on a paid bill, so I have to claim them from MobilPlay. I'm filing that now; they must answer within 15 days. I can't promise their answer, but I'll text it to you either way.

# en: Honest about both parts: what you can do yourself and what depends on MobilPlay, with a deadline and a way he will hear. Clear bad news is easier to accept than a promise that breaks later.
# untranslated
refund-question-reply-1-feedback = Honest about both parts: what you can do yourself and what depends on MobilPlay, with a deadline and a way he will hear. Clear bad news is easier to accept than a promise that breaks later.

# en: Yes, every forint, don't worry. I'll make sure of that personally, you have my word on it.
# untranslated
refund-question-reply-2 = Yes, every forint, don't worry. I'll make sure of that personally, you have my word on it.

# en: Warm, and he feels someone is on his side, but March's charges are MobilPlay's to refund, not yours. A promise you cannot keep is the one he will remember.
# untranslated
refund-question-reply-2-feedback = Warm, and he feels someone is on his side, but March's charges are MobilPlay's to refund, not yours. A promise you cannot keep is the one he will remember.

# en: I can credit this month's four charges. Charges on a bill that's already paid can't be refunded, I'm afraid. That's the rule.
# untranslated
refund-question-reply-3 = I can credit this month's four charges. Charges on a bill that's already paid can't be refunded, I'm afraid. That's the rule.

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' closes a door you could have opened for him.
# untranslated
refund-question-reply-3-feedback = Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' closes a door you could have opened for him.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
# untranslated
refund-doubt-says-1 = Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?

# en: Fair question, and I should be exact. This month's four charges, 5,960 forints, I remove myself, today. March's two I have to claim from MobilPlay: I'll file it now, they must answer within 15 days, and I'll text you their answer either way.
# untranslated
refund-doubt-reply-1 = Fair question, and I should be exact. This month's four charges, 5,960 forints, I remove myself, today. March's two I have to claim from MobilPlay: I'll file it now, they must answer within 15 days, and I'll text you their answer either way.

# en: Taking back your own promise is hard, and right. It costs a little trust now, and saves far more than a broken guarantee would cost in a fortnight.
# untranslated
refund-doubt-reply-1-feedback = Taking back your own promise is hard, and right. It costs a little trust now, and saves far more than a broken guarantee would cost in a fortnight.

# en: Yes, I guarantee it. Leave it all with me and don't worry about a thing.
# untranslated
refund-doubt-reply-2 = Yes, I guarantee it. Leave it all with me and don't worry about a thing.

# en: He told you why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, your word is the one that breaks.
# untranslated
refund-doubt-reply-2-feedback = He told you why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, your word is the one that breaks.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
# untranslated
refund-refused-says-1 = So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.

# en: You're right to push back, and I put that badly. I can't remove the paid charges myself, but I can claim them back from MobilPlay for you. I'll file it now; they must answer within 15 days, and I'll text you their answer.
# untranslated
refund-refused-reply-1 = You're right to push back, and I put that badly. I can't remove the paid charges myself, but I can claim them back from MobilPlay for you. I'll file it now; they must answer within 15 days, and I'll text you their answer.

# en: You corrected yourself without defending the 'rule' and said what you can do instead, with a deadline. Saying what is possible turns a refusal into a plan.
# untranslated
refund-refused-reply-1-feedback = You corrected yourself without defending the 'rule' and said what you can do instead, with a deadline. Saying what is possible turns a refusal into a plan.

# en: I'm sorry, but I've already told you what I'm able to do. Once a bill is paid, it's closed.
# untranslated
refund-refused-reply-2 = I'm sorry, but I've already told you what I'm able to do. Once a bill is paid, it's closed.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
# untranslated
refund-refused-reply-2-feedback = Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.

# en: And what stops this happening again next month? I'm not going to check every bill with a magnifying glass for the rest of my life.
# untranslated
block-question-says-1 = And what stops this happening again next month? I'm not going to check every bill with a magnifying glass for the rest of my life.

# en: I can switch on a free block for all partner charges on your number, so no company like this can bill you through us again. I've turned it on now, and you'll get a text confirming it within the hour.
# untranslated
block-question-reply-1 = I can switch on a free block for all partner charges on your number, so no company like this can bill you through us again. I've turned it on now, and you'll get a text confirming it within the hour.

# en: You fixed the cause, not only this month's damage, and told him how he will know it is done. He no longer has to guard his bill himself.
# untranslated
block-question-reply-1-feedback = You fixed the cause, not only this month's damage, and told him how he will know it is done. He no longer has to guard his bill himself.

# en: The best protection is to be careful with adverts: don't tap 'subscribe' on anything, and read the small print first.
# untranslated
block-question-reply-2 = The best protection is to be careful with adverts: don't tap 'subscribe' on anything, and read the small print first.

# en: Good advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
# untranslated
block-question-reply-2-feedback = Good advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.

# en: Honestly, I can't guarantee that. There are lots of these companies, and new ones appear all the time.
# untranslated
block-question-reply-3 = Honestly, I can't guarantee that. There are lots of these companies, and new ones appear all the time.

# en: Honest, but helpless, when there is a block you could switch on. Fixing the cause is part of making it right, so it does not happen to him next month.
# untranslated
block-question-reply-3-feedback = Honest, but helpless, when there is a block you could switch on. Fixing the cause is part of making it right, so it does not happen to him next month.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
# untranslated
wrap-up-says-1 = OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
# untranslated
wrap-up-says-2 = Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.

# en: Sum it all up: what you have done, what is still open, and when he will hear from you. And don't forget how this case started for him.
# untranslated
wrap-up-hint = Sum it all up: what you have done, what is still open, and when he will hear from you. And don't forget how this case started for him.

# en: Here's everything: MobilPlay is stopped and partner charges are blocked on your number. The 5,960 comes off this bill today. I've claimed March's 2,980; I'll text you MobilPlay's answer within 15 days. And I'm sorry you were sent away last week: that was wrong.
# untranslated
wrap-up-reply-1 = Here's everything: MobilPlay is stopped and partner charges are blocked on your number. The 5,960 comes off this bill today. I've claimed March's 2,980; I'll text you MobilPlay's answer within 15 days. And I'm sorry you were sent away last week: that was wrong.

# en: A complete summary with amounts, the open claim and a date, and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
# untranslated
wrap-up-reply-1-feedback = A complete summary with amounts, the open claim and a date, and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.

# en: Your subscription is cancelled and the credit will show on your next bill. Is there anything else I can help you with today?
# untranslated
wrap-up-reply-2 = Your subscription is cancelled and the credit will show on your next bill. Is there anything else I can help you with today?

# en: Correct but bare: it leaves out March's claim and says nothing about how he was treated. The practical problem is fixed; the man who was sent away last week is not.
# untranslated
wrap-up-reply-2-feedback = Correct but bare: it leaves out March's claim and says nothing about how he was treated. The practical problem is fixed; the man who was sent away last week is not.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about the rest very soon.
# untranslated
wrap-up-reply-3 = Don't worry, it's all taken care of now. Someone from our team will be in touch about the rest very soon.

# en: 'Someone' and 'soon' are exactly the vague promises he said he has had enough of. Tell him what will happen, who does it and by when.
# untranslated
wrap-up-reply-3-feedback = 'Someone' and 'soon' are exactly the vague promises he said he has had enough of. Tell him what will happen, who does it and by when.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
# untranslated
resolved-warm-says-1 = Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
# untranslated
resolved-warm-summary = The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.

# en: All right. Thanks. We'll see whether it all happens the way you say.
# untranslated
resolved-cool-says-1 = All right. Thanks. We'll see whether it all happens the way you say.

# en: Everything you promised happens on time, and Tibor stays. But the start of the chat still stings: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
# untranslated
resolved-cool-summary = Everything you promised happens on time, and Tibor stays. But the start of the chat still stings: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
# untranslated
grudging-says-1 = Fine. Whatever. I'll believe it when I see it on the bill.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody apologised for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was not.
# untranslated
grudging-summary = The credit appears, but Tibor is never sure what became of March's two charges, and nobody apologised for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was not.

# en: Good. I'm holding you to that. Every forint.
# untranslated
hollow-promise-says-1 = Good. I'm holding you to that. Every forint.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
# untranslated
hollow-promise-summary = MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers the chat as one more place that passed him along.
# untranslated
handed-to-supervisor-summary = A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers the chat as one more place that passed him along.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
# untranslated
walkout-says-1 = Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
# untranslated
walkout-summary = Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.

