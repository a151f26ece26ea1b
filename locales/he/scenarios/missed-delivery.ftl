### Defuse scenario `missed-delivery` (The washing machine that never came) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The washing machine that never came
# untranslated
title = The washing machine that never came

# en: You answer the phone line of an online appliance shop. The caller ordered a washing machine with two-day delivery. The delivery has been missed twice, and she has called before.
# untranslated
brief = You answer the phone line of an online appliance shop. The caller ordered a washing machine with two-day delivery. The delivery has been missed twice, and she has called before.

# en: Eszter Kovács
# untranslated
customer-name = Eszter Kovács

# en: took Thursday off work to wait for the delivery
# untranslated
customer-trait-1 = took Thursday off work to wait for the delivery

# en: her old machine is leaking onto the kitchen floor
# untranslated
customer-trait-2 = her old machine is leaking onto the kitchen floor

# en: was told 'I don't know, I passed it on' on her last call
# untranslated
customer-trait-3 = was told 'I don't know, I passed it on' on her last call

# en: This is the third time I'm calling! You promised delivery in two days. Twice! I took Thursday off work and nobody came. Last time your colleague said 'I don't know, I passed it on to customer service.' So here I am. Customer service. What now?
# untranslated
opening-says-1 = This is the third time I'm calling! You promised delivery in two days. Twice! I took Thursday off work and nobody came. Last time your colleague said 'I don't know, I passed it on to customer service.' So here I am. Customer service. What now?

# en: Third call! Two-day delivery, you said. Twice! I stayed home on Thursday for nothing, and the last person I spoke to just said he'd 'passed it on to customer service'. Well? I'm listening.
# untranslated
opening-says-2 = Third call! Two-day delivery, you said. Twice! I stayed home on Thursday for nothing, and the last person I spoke to just said he'd 'passed it on to customer service'. Well? I'm listening.

# en: She has given you three facts: two missed dates, a lost day off, and being passed around. Show her you caught them.
# untranslated
opening-hint = She has given you three facts: two missed dates, a lost day off, and being passed around. Show her you caught them.

# en: Mrs Kovács, you were promised delivery twice, you stayed home on Thursday, and nobody came or told you why. I'm sorry. I'll sort this out with you now.
# untranslated
opening-reply-1 = Mrs Kovács, you were promised delivery twice, you stayed home on Thursday, and nobody came or told you why. I'm sorry. I'll sort this out with you now.

# en: You gave her story back in a sentence: two promises, the lost Thursday, no word. She knows she was heard, so she does not need to shout it again.
# untranslated
opening-reply-1-feedback = You gave her story back in a sentence: two promises, the lost Thursday, no word. She knows she was heard, so she does not need to shout it again.

# en: I'm sorry, but deliveries are handled by the courier company. We only pass the orders on to them.
# untranslated
opening-reply-2 = I'm sorry, but deliveries are handled by the courier company. We only pass the orders on to them.

# en: An apology followed by 'but' takes the apology back. Pointing at the courier tells her, for the second time, that nobody here will take her problem.
# untranslated
opening-reply-2-feedback = An apology followed by 'but' takes the apology back. Pointing at the courier tells her, for the second time, that nobody here will take her problem.

# en: I understand. Could you give me your order number, please?
# untranslated
opening-reply-3 = I understand. Could you give me your order number, please?

# en: Polite and efficient, but 'I understand' on its own sounds like a script. She told you about a lost day off and being passed around, and you went straight to the order number.
# untranslated
opening-reply-3-feedback = Polite and efficient, but 'I understand' on its own sounds like a script. She told you about a lost day off and being passed around, and you went straight to the order number.

# en: Please calm down, madam. Shouting won't make the parcel arrive any faster.
# untranslated
opening-reply-4 = Please calm down, madam. Shouting won't make the parcel arrive any faster.

# en: 'Calm down' tells her that her anger is the problem, not the missed deliveries. It is the fastest way to make an angry customer angrier.
# untranslated
opening-reply-4-feedback = 'Calm down' tells her that her anger is the problem, not the missed deliveries. It is the fastest way to make an angry customer angrier.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
# untranslated
courier-blame-says-1 = The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!

# en: You're right: you ordered from us, and getting it to you is our job. I'm taking this on myself, and I won't pass you on.
# untranslated
courier-blame-reply-1 = You're right: you ordered from us, and getting it to you is our job. I'm taking this on myself, and I won't pass you on.

# en: You accepted her point without arguing and took the case personally. 'I won't pass you on' answers exactly what hurt her most.
# untranslated
courier-blame-reply-1-feedback = You accepted her point without arguing and took the case personally. 'I won't pass you on' answers exactly what hurt her most.

# en: I know it's frustrating, but honestly, I can't see what the courier does on their side.
# untranslated
courier-blame-reply-2 = I know it's frustrating, but honestly, I can't see what the courier does on their side.

# en: Naming her frustration was good, but you still left her with nobody responsible. Empathy without ownership sounds like a polite brush-off.
# untranslated
courier-blame-reply-2-feedback = Naming her frustration was good, but you still left her with nobody responsible. Empathy without ownership sounds like a polite brush-off.

# en: To be fair, if you'd been home for the first delivery slot, this wouldn't have happened.
# untranslated
courier-blame-reply-3 = To be fair, if you'd been home for the first delivery slot, this wouldn't have happened.

# en: Blaming the customer turns a complaint into a fight. She stayed home for the second slot, and she said so: you were not listening.
# untranslated
courier-blame-reply-3-feedback = Blaming the customer turns a complaint into a fight. She stayed home for the second slot, and she said so: you were not listening.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
# untranslated
calm-down-reaction-says-1 = Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.

# en: You have every right to be angry: you were let down twice. I'd like to fix it myself right now, and if you still want my manager afterwards, I'll put you through.
# untranslated
calm-down-reaction-reply-1 = You have every right to be angry: you were let down twice. I'd like to fix it myself right now, and if you still want my manager afterwards, I'll put you through.

# en: You took the mistake back by accepting her anger as fair, and offered a way forward without refusing her request. Her choice stays hers.
# untranslated
calm-down-reaction-reply-1-feedback = You took the mistake back by accepting her anger as fair, and offered a way forward without refusing her request. Her choice stays hers.

# en: Fine. I'll transfer you to my manager.
# untranslated
calm-down-reaction-reply-2 = Fine. I'll transfer you to my manager.

# en: Passing her on is the very thing she complained about. A transfer should be the last resort, not a way out of an uncomfortable call.
# untranslated
calm-down-reaction-reply-2-feedback = Passing her on is the very thing she complained about. A transfer should be the last resort, not a way out of an uncomfortable call.

# en: I was only trying to help. There's no need to be rude to me.
# untranslated
calm-down-reaction-reply-3 = I was only trying to help. There's no need to be rude to me.

# en: Her anger is about the deliveries, not about you. Defending yourself makes the call about your feelings instead of her problem.
# untranslated
calm-down-reaction-reply-3-feedback = Her anger is about the deliveries, not about you. Defending yourself makes the call about your feelings instead of her problem.

# en: That's it. Put me through to your manager. Now.
# untranslated
manager-demand-says-1 = That's it. Put me through to your manager. Now.

# en: I will if you want me to. Before I do: I can book a new delivery for you right now and confirm it by text. Shall I do that, or would you prefer my manager?
# untranslated
manager-demand-reply-1 = I will if you want me to. Before I do: I can book a new delivery for you right now and confirm it by text. Shall I do that, or would you prefer my manager?

# en: You respected her request and offered a concrete step you control. Many angry customers only ask for a manager because they have given up on you.
# untranslated
manager-demand-reply-1-feedback = You respected her request and offered a concrete step you control. Many angry customers only ask for a manager because they have given up on you.

# en: My manager will only tell you the same thing I did.
# untranslated
manager-demand-reply-2 = My manager will only tell you the same thing I did.

# en: Refusing her and telling her it would be pointless leaves her no way forward at all. She has only one move left: to leave.
# untranslated
manager-demand-reply-2-feedback = Refusing her and telling her it would be pointless leaves her no way forward at all. She has only one move left: to leave.

# en: Of course. Please hold, I'll put you through.
# untranslated
manager-demand-reply-3 = Of course. Please hold, I'll put you through.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved. Try one concrete offer before the transfer.
# untranslated
manager-demand-reply-3-feedback = Courteous, and it respects her wish, but the case leaves your hands unsolved. Try one concrete offer before the transfer.

# en: Fine. The order number is 4471-208. It's a washing machine, and my old one is leaking all over the kitchen floor.
# untranslated
order-number-says-1 = Fine. The order number is 4471-208. It's a washing machine, and my old one is leaking all over the kitchen floor.

# en: She has just told you why every day counts. Say it back before you turn to the screen.
# untranslated
order-number-hint = She has just told you why every day counts. Say it back before you turn to the screen.

# en: Thank you. So on top of the wasted day, you have water on your kitchen floor: no wonder every day counts. I'm opening the order now.
# untranslated
order-number-reply-1 = Thank you. So on top of the wasted day, you have water on your kitchen floor: no wonder every day counts. I'm opening the order now.

# en: You caught the detail that makes this urgent for her, the leaking machine, and said it back. That is listening for the feeling behind the facts.
# untranslated
order-number-reply-1-feedback = You caught the detail that makes this urgent for her, the leaking machine, and said it back. That is listening for the feeling behind the facts.

# en: Thank you. One moment... The system says 'delivery attempted' on Thursday.
# untranslated
order-number-reply-2 = Thank you. One moment... The system says 'delivery attempted' on Thursday.

# en: Reading out the system's status as if it settled the matter ignores what she told you: she was at home all Thursday.
# untranslated
order-number-reply-2-feedback = Reading out the system's status as if it settled the matter ignores what she told you: she was at home all Thursday.

# en: A leaking machine? You really ought to turn the water off at the tap, you know.
# untranslated
order-number-reply-3 = A leaking machine? You really ought to turn the water off at the tap, you know.

# en: Unasked advice sounds like a know-it-all lecture. She called about a missed delivery, not about plumbing.
# untranslated
order-number-reply-3-feedback = Unasked advice sounds like a know-it-all lecture. She called about a missed delivery, not about plumbing.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
# untranslated
attempted-says-1 = Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?

# en: No, I believe you. If you were home all day, the courier did not really try, and that's on us. I'm reporting it and booking a new delivery now.
# untranslated
attempted-reply-1 = No, I believe you. If you were home all day, the courier did not really try, and that's on us. I'm reporting it and booking a new delivery now.

# en: You gave her the benefit of the doubt and took responsibility for the courier's failure. She no longer has to prove anything.
# untranslated
attempted-reply-1-feedback = You gave her the benefit of the doubt and took responsibility for the courier's failure. She no longer has to prove anything.

# en: I'm just telling you what the system says, madam.
# untranslated
attempted-reply-2 = I'm just telling you what the system says, madam.

# en: 'I'm just the messenger' leaves her helpless: the system is wrong, and you will not stand behind her.
# untranslated
attempted-reply-2-feedback = 'I'm just the messenger' leaves her helpless: the system is wrong, and you will not stand behind her.

# en: Maybe the doorbell didn't work? That happens more often than you'd think.
# untranslated
attempted-reply-3 = Maybe the doorbell didn't work? That happens more often than you'd think.

# en: Looking for an explanation on her side sounds like doubting her. Argue with the courier's record, not with the customer.
# untranslated
attempted-reply-3-feedback = Looking for an explanation on her side sounds like doubting her. Argue with the courier's record, not with the customer.

# en: So what actually happened to my delivery? And when am I really getting it?
# untranslated
what-happened-says-1 = So what actually happened to my delivery? And when am I really getting it?

# en: Only promise what you can keep yourself. The courier decides the time, not you.
# untranslated
what-happened-hint = Only promise what you can keep yourself. The courier decides the time, not you.

# en: The courier marked it 'attempted' without coming, and I've filed a complaint about that. The earliest confirmed slot is Saturday, 8 to 12. I'll book it now and text you the confirmation within ten minutes.
# untranslated
what-happened-reply-1 = The courier marked it 'attempted' without coming, and I've filed a complaint about that. The earliest confirmed slot is Saturday, 8 to 12. I'll book it now and text you the confirmation within ten minutes.

# en: Honest about what went wrong, a concrete slot, and a promise (the text in ten minutes) that depends on nobody but you.
# untranslated
what-happened-reply-1-feedback = Honest about what went wrong, a concrete slot, and a promise (the text in ten minutes) that depends on nobody but you.

# en: I'll make sure it arrives first thing tomorrow morning. You have my personal promise.
# untranslated
what-happened-reply-2 = I'll make sure it arrives first thing tomorrow morning. You have my personal promise.

# en: Warm, and she feels looked after, but tomorrow's delivery is the courier's decision, not yours. A third broken promise would be worse than the first two.
# untranslated
what-happened-reply-2-feedback = Warm, and she feels looked after, but tomorrow's delivery is the courier's decision, not yours. A third broken promise would be worse than the first two.

# en: It should be delivered within two working days.
# untranslated
what-happened-reply-3 = It should be delivered within two working days.

# en: 'Two days' is exactly the promise that was broken twice. Repeating it shows you did not hear her story.
# untranslated
what-happened-reply-3-feedback = 'Two days' is exactly the promise that was broken twice. Repeating it shows you did not hear her story.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
# untranslated
promise-doubt-says-1 = Tomorrow? Are you sure? That's what they told me the last two times.

# en: You're right to ask. Honestly, the courier sets the time, so I can't promise tomorrow. I can book Saturday 8 to 12, the earliest confirmed slot, and text you the confirmation within ten minutes.
# untranslated
promise-doubt-reply-1 = You're right to ask. Honestly, the courier sets the time, so I can't promise tomorrow. I can book Saturday 8 to 12, the earliest confirmed slot, and text you the confirmation within ten minutes.

# en: Correcting your own promise is hard and right. Honest bad news builds more trust than a third guarantee nobody can keep.
# untranslated
promise-doubt-reply-1-feedback = Correcting your own promise is hard and right. Honest bad news builds more trust than a third guarantee nobody can keep.

# en: Yes, completely sure. Tomorrow morning, first thing.
# untranslated
promise-doubt-reply-2 = Yes, completely sure. Tomorrow morning, first thing.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If the courier is late again, she will remember your name.
# untranslated
promise-doubt-reply-2-feedback = She told you why she doubts it, and you doubled the promise instead of checking it. If the courier is late again, she will remember your name.

# en: Two working days? That is EXACTLY what you said the last two times!
# untranslated
two-days-again-says-1 = Two working days? That is EXACTLY what you said the last two times!

# en: You're right, and I'm sorry: that's the promise that was broken twice. Let me book a confirmed slot instead: Saturday, 8 to 12, with a text confirmation within ten minutes.
# untranslated
two-days-again-reply-1 = You're right, and I'm sorry: that's the promise that was broken twice. Let me book a confirmed slot instead: Saturday, 8 to 12, with a text confirmation within ten minutes.

# en: You admitted the slip at once and replaced a vague promise with a concrete one. Owning a mistake calms more than defending it.
# untranslated
two-days-again-reply-1-feedback = You admitted the slip at once and replaced a vague promise with a concrete one. Owning a mistake calms more than defending it.

# en: That's the standard delivery time. I can't change how the courier works.
# untranslated
two-days-again-reply-2 = That's the standard delivery time. I can't change how the courier works.

# en: 'Standard' is exactly what failed her. Hiding behind the process leaves her nothing to hope for.
# untranslated
two-days-again-reply-2-feedback = 'Standard' is exactly what failed her. Hiding behind the process leaves her nothing to hope for.

# en: All right. Saturday, then. But I lost a day's pay over this, you know.
# untranslated
compensation-says-1 = All right. Saturday, then. But I lost a day's pay over this, you know.

# en: I know, and I'm sorry you lost a working day because of us. I've refunded the delivery fee and added a 10% discount on the machine, and I'll check on Friday myself that the slot stands.
# untranslated
compensation-reply-1 = I know, and I'm sorry you lost a working day because of us. I've refunded the delivery fee and added a 10% discount on the machine, and I'll check on Friday myself that the slot stands.

# en: You named her loss, made a fair amends you could grant yourself, and promised a follow-up in your own hands. That is how an apology becomes a remedy.
# untranslated
compensation-reply-1-feedback = You named her loss, made a fair amends you could grant yourself, and promised a follow-up in your own hands. That is how an apology becomes a remedy.

# en: I'm afraid we can't compensate for lost wages. That's company policy.
# untranslated
compensation-reply-2 = I'm afraid we can't compensate for lost wages. That's company policy.

# en: It may be true, but 'that's policy' ends the conversation coldly. Say what you can do instead of only what you cannot.
# untranslated
compensation-reply-2-feedback = It may be true, but 'that's policy' ends the conversation coldly. Say what you can do instead of only what you cannot.

# en: Well, at least it's all sorted now, isn't it?
# untranslated
compensation-reply-3 = Well, at least it's all sorted now, isn't it?

# en: Brushing past her loss tells her it does not matter to you. The practical problem is solved; the emotional one is not.
# untranslated
compensation-reply-3-feedback = Brushing past her loss tells her it does not matter to you. The practical problem is solved; the emotional one is not.

# en: Thank you. Honestly, you're the first person who actually listened to me.
# untranslated
resolved-says-1 = Thank you. Honestly, you're the first person who actually listened to me.

# en: The machine arrives on Saturday at nine. You call on Friday as promised, and Eszter mentions the call in a five-star review. A complaint handled well made a loyal customer.
# untranslated
resolved-summary = The machine arrives on Saturday at nine. You call on Friday as promised, and Eszter mentions the call in a five-star review. A complaint handled well made a loyal customer.

# en: Fine. Whatever. Just make sure it comes.
# untranslated
grudging-says-1 = Fine. Whatever. Just make sure it comes.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The technical problem is solved, the emotional one is not: she will not order from you again.
# untranslated
grudging-summary = The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The technical problem is solved, the emotional one is not: she will not order from you again.

# en: Tomorrow, then. If it doesn't come, I'm asking for you by name.
# untranslated
fragile-promise-says-1 = Tomorrow, then. If it doesn't come, I'm asking for you by name.

# en: The courier cannot deliver until Saturday. Eszter waits at home on Friday for nothing, a third time, and writes to the shop's director naming you. A promise you did not control became your broken promise.
# untranslated
fragile-promise-summary = The courier cannot deliver until Saturday. Eszter waits at home on Friday for nothing, a third time, and writes to the shop's director naming you. A promise you did not control became your broken promise.

# en: Your manager takes the call. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved, but by someone else, and she remembers being passed along once more.
# untranslated
handed-to-manager-summary = Your manager takes the call. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved, but by someone else, and she remembers being passed along once more.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
# untranslated
walkout-says-1 = Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
# untranslated
walkout-summary = Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.

