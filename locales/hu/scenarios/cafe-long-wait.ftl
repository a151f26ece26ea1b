### Defuse scenario `cafe-long-wait` (Thirty minutes for a flat white) in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Thirty minutes for a flat white
# untranslated
title = Thirty minutes for a flat white

# en: It is the morning rush at the Mokus café and you are on the till. Tamás Varga, a regular who comes in almost every weekday for a large oat flat white and an almond croissant to take away, walks up to the counter. You can see his ticket, printed half an hour ago, still stuck under a pile of tickets for a big office order. Bence, in his first week, is on the coffee machine; Katalin, the manager, is in the back.
# untranslated
brief = It is the morning rush at the Mokus café and you are on the till. Tamás Varga, a regular who comes in almost every weekday for a large oat flat white and an almond croissant to take away, walks up to the counter. You can see his ticket, printed half an hour ago, still stuck under a pile of tickets for a big office order. Bence, in his first week, is on the coffee machine; Katalin, the manager, is in the back.

# en: Tamás Varga
# untranslated
customer-name = Tamás Varga

# en: a regular for two years who always drops a few coins in the tip jar
# untranslated
customer-trait-1 = a regular for two years who always drops a few coins in the tip jar

# en: has a client meeting at half past nine, a ten-minute walk away
# untranslated
customer-trait-2 = has a client meeting at half past nine, a ten-minute walk away

# en: watched people who came in after him leave with their coffee
# untranslated
customer-trait-3 = watched people who came in after him leave with their coffee

# en: Respect the customer's time
# untranslated
principle-respect-their-time-title = Respect the customer's time

# en: A customer in a hurry needs action, not an account of what went wrong. Apologise in a sentence, fix the problem first, and keep the explanation short, or for later if they want one.
# untranslated
principle-respect-their-time-text = A customer in a hurry needs action, not an account of what went wrong. Apologise in a sentence, fix the problem first, and keep the explanation short, or for later if they want one.

# en: Half an hour! I ordered my usual at twenty to nine, and I've watched three people who came in after me walk out with their coffee. I've got a meeting at half nine. Is it actually coming?
# untranslated
opening-says-1 = Half an hour! I ordered my usual at twenty to nine, and I've watched three people who came in after me walk out with their coffee. I've got a meeting at half nine. Is it actually coming?

# en: Thirty minutes I've been standing over there. Thirty. Just my usual, same as every morning, and I've got a client at half past nine. Has anyone even started it?
# untranslated
opening-says-2 = Thirty minutes I've been standing over there. Thirty. Just my usual, same as every morning, and I've got a client at half past nine. Has anyone even started it?

# en: He is a regular in a hurry. Use his name, show you know his order, own the delay in one sentence, and start fixing it.
# untranslated
opening-hint = He is a regular in a hurry. Use his name, show you know his order, own the delay in one sentence, and start fixing it.

# en: Tamás, I'm so sorry, half an hour is far too long. Your large oat flat white and almond croissant, to take away: I'm making them myself, right now.
# untranslated
opening-reply-1 = Tamás, I'm so sorry, half an hour is far too long. Your large oat flat white and almond croissant, to take away: I'm making them myself, right now.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. You owned the wait in one sentence and started fixing it, which is what a man with a half-nine meeting needs.
# untranslated
opening-reply-1-feedback = His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. You owned the wait in one sentence and started fixing it, which is what a man with a half-nine meeting needs.

# en: I'm really sorry. An office group ordered fourteen drinks all at once, and everything got stuck behind them. It's on its way now.
# untranslated
opening-reply-2 = I'm really sorry. An office group ordered fourteen drinks all at once, and everything got stuck behind them. It's on its way now.

# en: The apology is undone by the excuse: other customers' fourteen drinks are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives him no time to plan around his meeting.
# untranslated
opening-reply-2-feedback = The apology is undone by the excuse: other customers' fourteen drinks are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives him no time to plan around his meeting.

# en: Sorry about the wait, sir. What name was the order under? I'll find out where it's got to.
# untranslated
opening-reply-3 = Sorry about the wait, sir. What name was the order under? I'll find out where it's got to.

# en: Polite and willing, but he has been coming in almost every morning for two years: 'sir' and 'what name' tell him he is one of many. And 'I'll find out' sounds like more waiting.
# untranslated
opening-reply-3-feedback = Polite and willing, but he has been coming in almost every morning for two years: 'sir' and 'what name' tell him he is one of many. And 'I'll find out' sounds like more waiting.

# en: I don't care about somebody else's fourteen coffees. I ordered one, half an hour ago, and people behind me have already had theirs.
# untranslated
crowd-excuse-says-1 = I don't care about somebody else's fourteen coffees. I ordered one, half an hour ago, and people behind me have already had theirs.

# en: You're right, it's our mix-up and you shouldn't have to wait it out. Your large oat flat white is going on now, and you'll have it in three minutes.
# untranslated
crowd-excuse-reply-1 = You're right, it's our mix-up and you shouldn't have to wait it out. Your large oat flat white is going on now, and you'll have it in three minutes.

# en: You agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you control, because you are making it.
# untranslated
crowd-excuse-reply-1-feedback = You agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you control, because you are making it.

# en: I know, I know. It's been complete chaos this morning, honestly, everyone's been waiting ages.
# untranslated
crowd-excuse-reply-2 = I know, I know. It's been complete chaos this morning, honestly, everyone's been waiting ages.

# en: 'Everyone's been waiting' turns him into one of a crowd, and 'chaos' is one more excuse. He still has not heard when his coffee is coming.
# untranslated
crowd-excuse-reply-2-feedback = 'Everyone's been waiting' turns him into one of a crowd, and 'chaos' is one more excuse. He still has not heard when his coffee is coming.

# en: Let me explain: the office order printed at the same time, your ticket slid under theirs, and the bar works from the top down, so...
# untranslated
crowd-excuse-reply-3 = Let me explain: the office order printed at the same time, your ticket slid under theirs, and the bar works from the top down, so...

# en: It may all be true, but he has a meeting at half nine and you are spending his minutes on how the ticket rail works. Fix first; explain only if he asks.
# untranslated
crowd-excuse-reply-3-feedback = It may all be true, but he has a meeting at half nine and you are spending his minutes on how the ticket rail works. Fix first; explain only if he asks.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before.
# untranslated
name-reaction-says-1 = My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before.

# en: Of course, Tamás, and I'm sorry, that was careless of me. Large oat flat white and an almond croissant to go: I'm making it right now.
# untranslated
name-reaction-reply-1 = Of course, Tamás, and I'm sorry, that was careless of me. Large oat flat white and an almond croissant to go: I'm making it right now.

# en: You owned the slip in one sentence and then showed you do know him: his name and his usual order. He is a regular again, not a ticket number.
# untranslated
name-reaction-reply-1-feedback = You owned the slip in one sentence and then showed you do know him: his name and his usual order. He is a regular again, not a ticket number.

# en: Sorry, we get so many people through here in the mornings. What was it you ordered?
# untranslated
name-reaction-reply-2 = Sorry, we get so many people through here in the mornings. What was it you ordered?

# en: 'So many people' says out loud what he already feared: that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
# untranslated
name-reaction-reply-2-feedback = 'So many people' says out loud what he already feared: that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.

# en: Sorry, Tamás, of course! Give me a second, I'll go and ask the bar what happened to your order.
# untranslated
name-reaction-reply-3 = Sorry, Tamás, of course! Give me a second, I'll go and ask the bar what happened to your order.

# en: The name landed, but 'I'll go and ask' means more standing around while you find out what went wrong. He needs his coffee started now, not an investigation.
# untranslated
name-reaction-reply-3-feedback = The name landed, but 'I'll go and ask' means more standing around while you find out what went wrong. He needs his coffee started now, not an investigation.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
# untranslated
manager-demand-says-1 = You know what, I haven't got time for this. Is Katalin in? Get her, please.

# en: She's in the back and I'll fetch her if you like. But the fastest way to your meeting is this: your flat white is on now, two minutes, and today it's on us.
# untranslated
manager-demand-reply-1 = She's in the back and I'll fetch her if you like. But the fastest way to your meeting is this: your flat white is on now, two minutes, and today it's on us.

# en: You did not refuse him the manager, but you offered something quicker that you control yourself. He asked for Katalin because he had given up on you; a coffee in two minutes wins him back.
# untranslated
manager-demand-reply-1-feedback = You did not refuse him the manager, but you offered something quicker that you control yourself. He asked for Katalin because he had given up on you; a coffee in two minutes wins him back.

# en: Of course. Wait here a second and I'll go and get her for you.
# untranslated
manager-demand-reply-2 = Of course. Wait here a second and I'll go and get her for you.

# en: Courteous, and it respects his wish, but he now waits for the manager on top of the thirty minutes. One concrete offer before you go would likely have settled it at the counter.
# untranslated
manager-demand-reply-2-feedback = Courteous, and it respects his wish, but he now waits for the manager on top of the thirty minutes. One concrete offer before you go would likely have settled it at the counter.

# en: She'll only tell you the same thing, to be honest, and she's flat out in the back.
# untranslated
manager-demand-reply-3 = She'll only tell you the same thing, to be honest, and she's flat out in the back.

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
# untranslated
manager-demand-reply-3-feedback = You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
# untranslated
while-making-says-1 = Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
# untranslated
while-making-says-2 = Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.

# en: He is inviting you to blame your colleague, and he has ten minutes. One honest sentence, no names, and keep working.
# untranslated
while-making-hint = He is inviting you to blame your colleague, and he has ten minutes. One honest sentence, no names, and keep working.

# en: It was our mistake, not his: your ticket got buried and nobody on the counter checked. That's on me. Your croissant's in the bag, the coffee's thirty seconds away.
# untranslated
while-making-reply-1 = It was our mistake, not his: your ticket got buried and nobody on the counter checked. That's on me. Your croissant's in the bag, the coffee's thirty seconds away.

# en: An honest answer in one sentence, taken on yourself rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
# untranslated
while-making-reply-1-feedback = An honest answer in one sentence, taken on yourself rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets.
# untranslated
while-making-reply-2 = Yeah, it's Bence's first week, bless him. He's still getting used to the tickets.

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not care whose fault it was; he cares that the café owns it.
# untranslated
while-making-reply-2-feedback = It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not care whose fault it was; he cares that the café owns it.

# en: So, a big office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
# untranslated
while-making-reply-3 = So, a big office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...

# en: He told you he has ten minutes, and you are using them on the printer and the rota. A hurried customer needs one sentence of explanation and the coffee in his hand.
# untranslated
while-making-reply-3-feedback = He told you he has ten minutes, and you are using them on the printer and the rota. A hurried customer needs one sentence of explanation and the coffee in his hand.

# en: I'm so sorry, Tamás. It will never happen again, I promise: from tomorrow your coffee will be ready the moment you walk in.
# untranslated
while-making-reply-4 = I'm so sorry, Tamás. It will never happen again, I promise: from tomorrow your coffee will be ready the moment you walk in.

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you don't know. A promise like that is one more chance to let him down.
# untranslated
while-making-reply-4-feedback = Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you don't know. A promise like that is one more chance to let him down.

# en: Poor kid, he's standing right there. He heard that, you know.
# untranslated
new-lad-says-1 = Poor kid, he's standing right there. He heard that, you know.

# en: You're right, that wasn't fair of me. It's the café's mistake, and I'm the one putting it right. Your coffee is coming up now.
# untranslated
new-lad-reply-1 = You're right, that wasn't fair of me. It's the café's mistake, and I'm the one putting it right. Your coffee is coming up now.

# en: Taking back a careless remark at once is hard and right. Tamás sees a team that stands together, and a person at the till who takes responsibility.
# untranslated
new-lad-reply-1-feedback = Taking back a careless remark at once is hard and right. Tamás sees a team that stands together, and a person at the till who takes responsibility.

# en: Oh, he knows. Everyone's new once, it's how you learn, isn't it?
# untranslated
new-lad-reply-2 = Oh, he knows. Everyone's new once, it's how you learn, isn't it?

# en: Brushing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
# untranslated
new-lad-reply-2-feedback = Brushing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
# untranslated
promise-doubt-says-1 = Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?

# en: Fair enough, I can't promise that. What I can do is get today right: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
# untranslated
promise-doubt-reply-1 = Fair enough, I can't promise that. What I can do is get today right: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
# untranslated
promise-doubt-reply-1-feedback = You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.

# en: No, really, I'll sort it. I'll tell everyone on the team to keep an eye out for you.
# untranslated
promise-doubt-reply-2 = No, really, I'll sort it. I'll tell everyone on the team to keep an eye out for you.

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
# untranslated
promise-doubt-reply-2-feedback = He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
# untranslated
refund-demand-says-1 = Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
# untranslated
refund-demand-hint = He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?

# en: You're right, sorry, Tamás. It's ready now: oat flat white and croissant, to go, and it's on us, I've refunded your card. You'll still make half nine.
# untranslated
refund-demand-reply-1 = You're right, sorry, Tamás. It's ready now: oat flat white and croissant, to go, and it's on us, I've refunded your card. You'll still make half nine.

# en: You stopped talking and gave him everything at once: his order, his money back and the reassurance about his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
# untranslated
refund-demand-reply-1-feedback = You stopped talking and gave him everything at once: his order, his money back and the reassurance about his meeting. He asked for a refund because he had given up on the coffee; you gave him both.

# en: Of course. Have you got your receipt? A card refund usually takes three to five working days.
# untranslated
refund-demand-reply-2 = Of course. Have you got your receipt? A card refund usually takes three to five working days.

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
# untranslated
refund-demand-reply-2-feedback = You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin, she can sort it out for you.
# untranslated
refund-demand-reply-3 = I'm afraid I can't do refunds on this till. Let me fetch Katalin, she can sort it out for you.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds more minutes to a wait that is already too long.
# untranslated
refund-demand-reply-3-feedback = Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds more minutes to a wait that is already too long.

# en: Is that mine? I really do have to go.
# untranslated
the-order-says-1 = Is that mine? I really do have to go.

# en: It is: large oat flat white and almond croissant, and I've pressed the lid on tight for the walk. You'll make half nine with a minute to spare.
# untranslated
the-order-reply-1 = It is: large oat flat white and almond croissant, and I've pressed the lid on tight for the walk. You'll make half nine with a minute to spare.

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
# untranslated
the-order-reply-1-feedback = Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.

# en: Here you go! Did you want it in a cup for here, or shall I put a lid on it?
# untranslated
the-order-reply-2 = Here you go! Did you want it in a cup for here, or shall I put a lid on it?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
# untranslated
the-order-reply-2-feedback = He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.

# en: Here you are. Sorry again for the wait, it's just been one of those mornings.
# untranslated
the-order-reply-3 = Here you are. Sorry again for the wait, it's just been one of those mornings.

# en: A pleasant hand-over, but 'one of those mornings' is a soft excuse that puts the wait on the weather rather than on the café. His name, his order or his meeting would have shown him you care.
# untranslated
the-order-reply-3-feedback = A pleasant hand-over, but 'one of those mornings' is a soft excuse that puts the wait on the weather rather than on the café. His name, his order or his meeting would have shown him you care.

# en: Right. Thirty minutes, though. I come here because it's quick and you know me. That's not what I'm paying for.
# untranslated
amends-says-1 = Right. Thirty minutes, though. I come here because it's quick and you know me. That's not what I'm paying for.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He also told you what hurt: being forgotten.
# untranslated
amends-hint = He is in a hurry, so the amends must fit in one sentence and cost him no time. He also told you what hurt: being forgotten.

# en: You're right, and I'm sorry, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
# untranslated
amends-reply-1 = You're right, and I'm sorry, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.

# en: You named what hurt him, being forgotten by people who know him, and made amends that cost him no time. A refund on the spot fits a wait he has already paid for.
# untranslated
amends-reply-1-feedback = You named what hurt him, being forgotten by people who know him, and made amends that cost him no time. A refund on the spot fits a wait he has already paid for.

# en: I'll put two extra stamps on your loyalty card to make up for it. Here's your receipt.
# untranslated
amends-reply-2 = I'll put two extra stamps on your loyalty card to make up for it. Here's your receipt.

# en: A practical gesture, but it answers 'that's not what I'm paying for' with a voucher, and skips what he actually said: he comes here because you know him. The emotional problem is still open when he walks out.
# untranslated
amends-reply-2-feedback = A practical gesture, but it answers 'that's not what I'm paying for' with a voucher, and skips what he actually said: he comes here because you know him. The emotional problem is still open when he walks out.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry.
# untranslated
amends-reply-3 = Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
# untranslated
amends-reply-3-feedback = Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
# untranslated
tomorrow-says-1 = Fine. Same time tomorrow, then. Is my ticket going to vanish again?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
# untranslated
tomorrow-says-2 = All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?

# en: Not if I can help it. Today I'll ask Katalin to have someone check the ticket rail during the rush, and tomorrow I'll look out for you myself.
# untranslated
tomorrow-reply-1 = Not if I can help it. Today I'll ask Katalin to have someone check the ticket rail during the rush, and tomorrow I'll look out for you myself.

# en: You promised only what you control: a word with the manager today and your own attention tomorrow. Fixing the cause means the next regular's ticket does not get buried either.
# untranslated
tomorrow-reply-1-feedback = You promised only what you control: a word with the manager today and your own attention tomorrow. Fixing the cause means the next regular's ticket does not get buried either.

# en: Never again, I promise you. From tomorrow you go straight to the front of the queue, every single morning.
# untranslated
tomorrow-reply-2 = Never again, I promise you. From tomorrow you go straight to the front of the queue, every single morning.

# en: He likes hearing it, but you cannot put him ahead of every queue every morning, and the other staff never agreed to it. The first morning it fails, he remembers your promise.
# untranslated
tomorrow-reply-2-feedback = He likes hearing it, but you cannot put him ahead of every queue every morning, and the other staff never agreed to it. The first morning it fails, he remembers your promise.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff find their feet.
# untranslated
tomorrow-reply-3 = Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff find their feet.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
# untranslated
tomorrow-reply-3-feedback = 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.

# en: Thanks. Really. See you tomorrow.
# untranslated
resolved-warm-says-1 = Thanks. Really. See you tomorrow.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
# untranslated
resolved-warm-summary = Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.

# en: Yeah. Thanks.
# untranslated
grudging-says-1 = Yeah. Thanks.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
# untranslated
grudging-summary = Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waves the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
# untranslated
manager-steps-in-summary = Katalin comes out of the back, apologises, makes his coffee herself and waves the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.

# en: Keep it. I'm late already. I'll grab something on the way.
# untranslated
walkout-says-1 = Keep it. I'm late already. I'll grab something on the way.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
# untranslated
walkout-summary = Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.

