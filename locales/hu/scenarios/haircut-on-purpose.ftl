### Defuse scenario `haircut-on-purpose` (The haircut that was 'ruined') in hu, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The haircut that was 'ruined'
# untranslated
title = The haircut that was 'ruined'

# en: You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.
# untranslated
brief = You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.

# en: Réka Szalai
# untranslated
customer-name = Réka Szalai

# en: said 'lovely, just like the photo' at the mirror ten minutes ago
# untranslated
customer-trait-1 = said 'lovely, just like the photo' at the mirror ten minutes ago

# en: says her hair has to be right for her sister's wedding next Saturday
# untranslated
customer-trait-2 = says her hair has to be right for her sister's wedding next Saturday

# en: gets louder when the waiting clients are listening
# untranslated
customer-trait-3 = gets louder when the waiting clients are listening

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
# untranslated
opening-says-1 = Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
# untranslated
opening-says-2 = Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.

# en: You don't know yet whether anything is wrong. Acknowledge that she is upset, and ask what exactly she means before you agree or disagree.
# untranslated
opening-hint = You don't know yet whether anything is wrong. Acknowledge that she is upset, and ask what exactly she means before you agree or disagree.

# en: I can see you're really unhappy with it, Ms Szalai, and with the wedding coming up I want to get this right. What exactly is wrong: the length, the colour, or both?
# untranslated
opening-reply-1 = I can see you're really unhappy with it, Ms Szalai, and with the wedding coming up I want to get this right. What exactly is wrong: the length, the colour, or both?

# en: You acknowledged how upset she is and asked what exactly is wrong, without agreeing that it is ruined or telling her it is fine. Now she has to name something specific, and something specific can be checked.
# untranslated
opening-reply-1-feedback = You acknowledged how upset she is and asked what exactly is wrong, without agreeing that it is ruined or telling her it is fine. Now she has to name something specific, and something specific can be checked.

# en: Oh no, I'm so sorry! Please don't worry about the bill today. We never want anyone leaving here unhappy.
# untranslated
opening-reply-2 = Oh no, I'm so sorry! Please don't worry about the bill today. We never want anyone leaving here unhappy.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before checking whether anything is wrong. She approved it in the mirror ten minutes ago; shouting has just worked.
# untranslated
opening-reply-2-feedback = Warm, and she calms at once, but you gave away Dóra's two and a half hours before checking whether anything is wrong. She approved it in the mirror ten minutes ago; shouting has just worked.

# en: But you looked in the mirror just now and said it was lovely. Dóra did exactly what was on your photo.
# untranslated
opening-reply-3 = But you looked in the mirror just now and said it was lovely. Dóra did exactly what was on your photo.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
# untranslated
opening-reply-3-feedback = Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.

# en: What's wrong? The left side is shorter than the right, anyone can see it. And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
# untranslated
what-exactly-says-1 = What's wrong? The left side is shorter than the right, anyone can see it. And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.

# en: The left side is shorter, look! And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
# untranslated
what-exactly-says-2 = The left side is shorter, look! And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?

# en: She has named two things you can check: the left side and the colour against her photo. Offer to check them with her, away from the waiting clients.
# untranslated
what-exactly-hint = She has named two things you can check: the left side and the colour against her photo. Offer to check them with her, away from the waiting clients.

# en: Thank you, that's clear: the left side, and the colour against your photo. Let's check both with Dóra at the mirror by the window, away from the desk. If anything isn't right, we'll correct it free.
# untranslated
what-exactly-reply-1 = Thank you, that's clear: the left side, and the colour against your photo. Let's check both with Dóra at the mirror by the window, away from the desk. If anything isn't right, we'll correct it free.

# en: You repeated her two points, offered to check them together and promised a free correction if she is right. Moving to the window takes away her audience without accusing her of anything.
# untranslated
what-exactly-reply-1-feedback = You repeated her two points, offered to check them together and promised a free correction if she is right. Moving to the window takes away her audience without accusing her of anything.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you.
# untranslated
what-exactly-reply-2 = Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you.

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, in front of everyone. Now she has to prove her point louder.
# untranslated
what-exactly-reply-2-feedback = Meant kindly, but you judged her hair from behind the desk and told her she is wrong, in front of everyone. Now she has to prove her point louder.

# en: I only look after the bookings, I'm afraid. You'd need to take that up with Dóra once she's finished her next client.
# untranslated
what-exactly-reply-3 = I only look after the bookings, I'm afraid. You'd need to take that up with Dóra once she's finished her next client.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
# untranslated
what-exactly-reply-3-feedback = 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
# untranslated
public-row-says-1 = Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!

# en: I'm not calling you a liar, and I'm sorry it came across that way. You're upset, and I want to check it properly. Would you come over to the window mirror with me and Dóra?
# untranslated
public-row-reply-1 = I'm not calling you a liar, and I'm sorry it came across that way. You're upset, and I want to check it properly. Would you come over to the window mirror with me and Dóra?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
# untranslated
public-row-reply-1-feedback = She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.

# en: Madam, please, there's no need to make a scene in front of all our other clients.
# untranslated
public-row-reply-2 = Madam, please, there's no need to make a scene in front of all our other clients.

# en: 'No need to make a scene' is 'calm down' in other words. It makes her behaviour the topic, and with four people watching she will not back down.
# untranslated
public-row-reply-2-feedback = 'No need to make a scene' is 'calm down' in other words. It makes her behaviour the topic, and with four people watching she will not back down.

# en: All right, all right. Forget about the bill, just please keep your voice down.
# untranslated
public-row-reply-3 = All right, all right. Forget about the bill, just please keep your voice down.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
# untranslated
public-row-reply-3-feedback = It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
# untranslated
pushes-for-more-says-1 = Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.

# en: I spoke too quickly, and I'm sorry. Before we talk about money, let's look at it properly with Dóra by the window. If something's wrong, we fix it free; if not, the bill stands.
# untranslated
pushes-for-more-reply-1 = I spoke too quickly, and I'm sorry. Before we talk about money, let's look at it properly with Dóra by the window. If something's wrong, we fix it free; if not, the bill stands.

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
# untranslated
pushes-for-more-reply-1-feedback = Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us.
# untranslated
pushes-for-more-reply-2 = All right, I'll write you a voucher as well. Just please, let's keep this between us.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
# untranslated
pushes-for-more-reply-2-feedback = Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.

# en: A voucher? You're already getting a free haircut. Don't push your luck.
# untranslated
pushes-for-more-reply-3 = A voucher? You're already getting a free haircut. Don't push your luck.

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
# untranslated
pushes-for-more-reply-3-feedback = Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
# untranslated
aside-says-1 = Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
# untranslated
aside-says-2 = All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.

# en: Let's hold your photo next to it here in the daylight, away from the salon lights. Take your time, and tell me honestly what you see.
# untranslated
aside-reply-1 = Let's hold your photo next to it here in the daylight, away from the salon lights. Take your time, and tell me honestly what you see.

# en: You took her complaint about the colour seriously, checked it against her own photo and let her be the judge. The facts get checked, and nobody has to tell her she is wrong.
# untranslated
aside-reply-1-feedback = You took her complaint about the colour seriously, checked it against her own photo and let her be the judge. The facts get checked, and nobody has to tell her she is wrong.

# en: Dóra has been doing colour for fifteen years. If she says it's copper, then it's copper.
# untranslated
aside-reply-2 = Dóra has been doing colour for fifteen years. If she says it's copper, then it's copper.

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
# untranslated
aside-reply-2-feedback = Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut.
# untranslated
aside-reply-3 = If you're not happy with the colour, let's take it off the bill and you just pay for the cut.

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
# untranslated
aside-reply-3-feedback = Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
# untranslated
not-liking-it-says-1 = All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling, firm about the bill, and say what you can offer instead.
# untranslated
not-liking-it-hint = The facts are settled: the work is what she asked for. Be kind about her feeling, firm about the bill, and say what you can offer instead.

# en: I'm sorry it doesn't feel like you yet; a big colour change often takes a few days to get used to. The work was done as agreed, so the bill stands. If you'd like it softer, Dóra will tone it free within two weeks.
# untranslated
not-liking-it-reply-1 = I'm sorry it doesn't feel like you yet; a big colour change often takes a few days to get used to. The work was done as agreed, so the bill stands. If you'd like it softer, Dóra will tone it free within two weeks.

# en: You named her feeling, stated the fact once and calmly, and offered something real instead of a free haircut. Kind about her, firm about the bill: a limit she can accept without losing face.
# untranslated
not-liking-it-reply-1-feedback = You named her feeling, stated the fact once and calmly, and offered something real instead of a free haircut. Kind about her, firm about the bill: a limit she can accept without losing face.

# en: I understand. Let's say half price, then, and we'll call it even.
# untranslated
not-liking-it-reply-2 = I understand. Let's say half price, then, and we'll call it even.

# en: Meeting halfway sounds fair, but the work was done as she asked: you would be paying her for being upset. Offer a free adjustment, not money off.
# untranslated
not-liking-it-reply-2-feedback = Meeting halfway sounds fair, but the work was done as she asked: you would be paying her for being upset. Offer a free adjustment, not money off.

# en: I'm sorry, but whether you like it isn't really the point. The work was done as agreed, so it has to be paid.
# untranslated
not-liking-it-reply-3 = I'm sorry, but whether you like it isn't really the point. The work was done as agreed, so it has to be paid.

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
# untranslated
not-liking-it-reply-3-feedback = Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
# untranslated
review-threat-says-1 = Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
# untranslated
review-threat-says-2 = Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.

# en: That's your right, and I'd be sorry to read it. What I can offer stays fair: the bill today, and a free toning with Dóra within two weeks if the colour still feels too bright. Shall I book it?
# untranslated
review-threat-reply-1 = That's your right, and I'd be sorry to read it. What I can offer stays fair: the bill today, and a free toning with Dóra within two weeks if the colour still feels too bright. Shall I book it?

# en: You didn't plead and you didn't hit back. Putting a fair offer on the table, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
# untranslated
review-threat-reply-1-feedback = You didn't plead and you didn't hit back. Putting a fair offer on the table, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.

# en: Please don't do that. Look, let's just forget about the bill this once, all right?
# untranslated
review-threat-reply-2 = Please don't do that. Look, let's just forget about the bill this once, all right?

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
# untranslated
review-threat-reply-2-feedback = The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras.
# untranslated
review-threat-reply-3 = Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras.

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
# untranslated
review-threat-reply-3-feedback = You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
# untranslated
at-the-door-says-1 = I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
# untranslated
at-the-door-hint = Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.

# en: Ms Szalai, please don't leave it like this. I won't argue with you. The bill stands, but I can offer a free toning with Dóra. Or, if you'd rather, I'll ask the owner to look at it with you now.
# untranslated
at-the-door-reply-1 = Ms Szalai, please don't leave it like this. I won't argue with you. The bill stands, but I can offer a free toning with Dóra. Or, if you'd rather, I'll ask the owner to look at it with you now.

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
# untranslated
at-the-door-reply-1-feedback = Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.

# en: All right. If you won't pay, I can't really stop you.
# untranslated
at-the-door-reply-2 = All right. If you won't pay, I can't really stop you.

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
# untranslated
at-the-door-reply-2-feedback = Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.

# en: You are not leaving without paying. Stay right there, I'm calling security.
# untranslated
at-the-door-reply-3 = You are not leaving without paying. Stay right there, I'm calling security.

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
# untranslated
at-the-door-reply-3-feedback = Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
# untranslated
owner-demand-says-1 = I'm not discussing this with the front desk any more. Get me the owner. Now.

# en: Of course. I'll fetch Gábor and tell him what you've told me about the length and the colour, so you don't have to explain it all again.
# untranslated
owner-demand-reply-1 = Of course. I'll fetch Gábor and tell him what you've told me about the length and the colour, so you don't have to explain it all again.

# en: You respected her request and will brief the owner yourself, so she won't have to repeat her story. Solid, but the fair offer you could have made is now his to make.
# untranslated
owner-demand-reply-1-feedback = You respected her request and will brief the owner yourself, so she won't have to repeat her story. Solid, but the fair offer you could have made is now his to make.

# en: I'll get him if you want. First, though: I can book a free toning with Dóra right now, and the bill stays the same. Shall I, or would you rather see Gábor?
# untranslated
owner-demand-reply-2 = I'll get him if you want. First, though: I can book a free toning with Dóra right now, and the bill stays the same. Shall I, or would you rather see Gábor?

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
# untranslated
owner-demand-reply-2-feedback = You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.

# en: Gábor is with a client at the moment. And honestly, he'd only tell you the same thing.
# untranslated
owner-demand-reply-3 = Gábor is with a client at the moment. And honestly, he'd only tell you the same thing.

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
# untranslated
owner-demand-reply-3-feedback = Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
# untranslated
last-bargain-says-1 = All right, all right. But you could at least knock ten percent off. For the stress.

# en: I'm sorry this afternoon has been stressful, truly. The price stays as it is, but the toning with Dóra is on us, and I'll book it at a time that suits you.
# untranslated
last-bargain-reply-1 = I'm sorry this afternoon has been stressful, truly. The price stays as it is, but the toning with Dóra is on us, and I'll book it at a time that suits you.

# en: You took the stress seriously and still said no to the discount, kindly and only once. The free toning you already offered stays the remedy, so the limit doesn't feel like a slap.
# untranslated
last-bargain-reply-1-feedback = You took the stress seriously and still said no to the discount, kindly and only once. The free toning you already offered stays the remedy, so the limit doesn't feel like a slap.

# en: Oh, go on then, ten percent. Just don't tell anyone I did it.
# untranslated
last-bargain-reply-2 = Oh, go on then, ten percent. Just don't tell anyone I did it.

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
# untranslated
last-bargain-reply-2-feedback = Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.

# en: No. We don't give discounts just because somebody raised their voice.
# untranslated
last-bargain-reply-3 = No. We don't give discounts just because somebody raised their voice.

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
# untranslated
last-bargain-reply-3-feedback = The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
# untranslated
booking-detail-says-1 = Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.

# en: Dóra herself, of course. She has Wednesday at nine, well before your sister's wedding on Saturday. I've written it on your receipt: toning, no charge.
# untranslated
booking-detail-reply-1 = Dóra herself, of course. She has Wednesday at nine, well before your sister's wedding on Saturday. I've written it on your receipt: toning, no charge.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
# untranslated
booking-detail-reply-1-feedback = You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.

# en: Dóra's first free slot is Monday week, I'm afraid. Or I can give you Wednesday with whoever is free.
# untranslated
booking-detail-reply-2 = Dóra's first free slot is Monday week, I'm afraid. Or I can give you Wednesday with whoever is free.

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever is free'.
# untranslated
booking-detail-reply-2-feedback = Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever is free'.

# en: I'll check Dóra's diary with her later and ring you on Monday with a time.
# untranslated
booking-detail-reply-3 = I'll check Dóra's diary with her later and ring you on Monday with a time.

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
# untranslated
booking-detail-reply-3-feedback = Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
# untranslated
paid-warm-says-1 = Wednesday at nine, then. And... thank you for not making a show of me out there.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
# untranslated
paid-warm-summary = Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.

# en: Fine. Here's my card. Don't expect to see me again.
# untranslated
paid-grudging-says-1 = Fine. Here's my card. Don't expect to see me again.

# en: The bill is paid and the facts were on your side, but Réka left feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
# untranslated
paid-grudging-summary = The bill is paid and the facts were on your side, but Réka left feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.

# en: Well. That's more like it.
# untranslated
gave-in-says-1 = Well. That's more like it.

# en: Réka walks out with a cut and colour worth 38,500 forints for nothing. Dóra's two and a half hours go unpaid, and two of the waiting clients saw exactly how to get the same deal. That evening Réka posts a photo of her 'gorgeous new copper' online. Nothing was wrong with the work; the only problem you solved was your own discomfort.
# untranslated
gave-in-summary = Réka walks out with a cut and colour worth 38,500 forints for nothing. Dóra's two and a half hours go unpaid, and two of the waiting clients saw exactly how to get the same deal. That evening Réka posts a photo of her 'gorgeous new copper' online. Nothing was wrong with the work; the only problem you solved was your own discomfort.

# en: Fine. At least that's something.
# untranslated
discount-for-nothing-says-1 = Fine. At least that's something.

# en: Réka pays less than the price for work she approved in the mirror. Dóra feels her work was judged faulty in front of her colleagues, and Réka has learned that a loud complaint at this desk is worth money off. The argument ended, but the fault you paid for never existed.
# untranslated
discount-for-nothing-summary = Réka pays less than the price for work she approved in the mirror. Dóra feels her work was judged faulty in front of her colleagues, and Réka has learned that a loud complaint at this desk is worth money off. The argument ended, but the fault you paid for never existed.

# en: Don't hold your breath for the money.
# untranslated
walked-out-says-1 = Don't hold your breath for the money.

# en: Réka walks out without paying, telling the waiting area that this salon 'ruins hair'. The 38,500 forints are lost, a one-star review appears that night, and four clients watched the desk run out of answers. A calm, repeated offer or the owner might still have kept her.
# untranslated
walked-out-summary = Réka walks out without paying, telling the waiting area that this salon 'ruins hair'. The 38,500 forints are lost, a one-star review appears that night, and four clients watched the desk run out of answers. A calm, repeated offer or the owner might still have kept her.

# en: Security? For me? Go on then, everyone's watching.
# untranslated
door-scene-says-1 = Security? For me? Go on then, everyone's watching.

# en: Gábor hears the raised voices and comes out of the back room. He calms things down and Réka pays in the end, but two waiting clients cancel their next appointments, and the story of 'the salon that called security on a customer' is online by evening. A quiet word at the window would have cost nothing.
# untranslated
door-scene-summary = Gábor hears the raised voices and comes out of the back room. He calms things down and Réka pays in the end, but two waiting clients cancel their next appointments, and the story of 'the salon that called security on a customer' is online by evening. A quiet word at the window would have cost nothing.

# en: Finally. Somebody in charge.
# untranslated
owner-steps-in-says-1 = Finally. Somebody in charge.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
# untranslated
owner-steps-in-summary = Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.

