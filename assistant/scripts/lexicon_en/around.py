"""Rewrites for what a reply says around its answer (``rewrites`` runs them last, in this
order): a no quoted back in exasperation, one more text, an apology for not telling the practice,
a carer's or a worker's life, a worry that is over, a way to wait or to be spoken to. Each turns
into a marker (``EXASPERATED``, ``ASIDE``, ``PREFERRED``, ``REASSURED``, ``SARCASM``,
``KEEPCHOICE``) so that the no, the worry or the "let you know" inside it is not read as the
family's answer (issue 13, after test splits T to Y, H212)."""

from __future__ import annotations

AROUND_THE_ANSWER: list[tuple[str, str]] = [
    # Issue 13, after test split T (H212). "Which part of 'we don't vaccinate' did you not
    # understand?": the family's earlier no quoted back in exasperation, not a question; what
    # they quote is read as said. Only a no: a quoted "she's booked in" stays a question.
    (r"(?:which|what) (?:part|bit) of ((?:[^ ]+ ){0,7}?(?:no|not|dont|never|wont|cant|nope)"
     r" (?:[^ ]+ ){0,7}?)(?:did|do|dont|didnt|does|doesnt)"
     r" (?:you|yous|you lot|you people|they)(?: not)? (?:understand|get)"
     r"(?: (?:last time|the first time|before))?(?: [?!]+)*",
     r"EXASPERATED \1EXASPERATED ."),
    # After test split U: "Oh great, another text telling me to inject my kid. No.":
    # exasperation at one more message, not a yes; "now I'm telling you" after "I've told
    # the receptionist" is who is told, not a "not now"; "could you advise what times you
    # have" asks for a time, not advice.
    (r"(?:oh |oh so |just |well )?(?:great|brilliant|fab|fantastic|lovely|wonderful|perfect)"
     r"(?: ,)? (?:another|yet another|one more|more|even more) (?:text|txt|message|letter|call"
     r"|reminder|chaser)s?", "EXASPERATED"),
    (r"(?:and )?now (?:i am|im|i will be|ill be) (?:telling|saying (?:it )?to) (?:you|u)",
     "ASIDE"),
    (r"advise(?= (?:me |us )?(?:of |on )?(?:what|which|the|any|your) (?:times?|days?|slots?"
     r"|dates?|appointments?|availability)(?: \w+)?(?: (?:you|u) have| are| is)? (?:available"
     r"|free|open|left|on|for|in))", "tell"),
    # After test split V (H212). "Definitely not. His dad and I are both agreed on it": the
    # parents agree with each other, no yes; "we don't do vaccines in this house, our older 3
    # haven't had any either": the siblings, not "when he's older"; "I have duty at the
    # hospital that day", "I was
    # panicking I'd missed it", "my English is a little, can the nurse speak slowly": life
    # around a yes, not doubt.
    (r"(?:(?:are|were) (?:both |all )?agreed|both agreed?) on (?:it|this|that)"
     # Only the older ones together: "book her big brother in, he's had earache" is another
     # child's appointment, not an aside.
     r"|(?:are|were) both agreed|(?:our|my|the) (?:older|eldest) (?:ones|kids|children|boys"
     r"|girls|two|three|four|[2-9])|(?:i have|ive got|im on|i am on|i am working|im working"
     r"|i work)(?: a)? (?:duty"
     r"|shift|nights?|earlies|lates|work) (?:at|in) (?:the )?hospital"
     r"|(?:panick\w*|worried|stressing|stressed|worrying|convinced|thought)(?: \w+){0,2}"
     r" (?:id|i would|i had|we had|wed|we would|i have|we have|she had|he had|she has|he has)"
     r" missed"
     r" (?:it|the \w+|her \w+|his \w+|them)", "ASIDE"),
    (r"(?:we have|weve|we|i have|ive|i) always (?:gone|done|managed|lived) without(?= [.,!]|$"
     r"| and| same| for| them| it)", "KEEPCHOICE"),
    # A worry that is over: "I was a bit nervous about it before but the health visitor put my
    # mind at rest, so we're happy to go ahead now".
    (r"(?:was|were|been) (?:a bit |a little |quite |really |very |so )?(?:nervous|worried"
     r"|anxious|unsure|scared|hesitant|wary)(?: about (?:it|them|the \w+))?(?: before| at first"
     r"| initially)? but (?:\w+ ){0,12}?(?:put (?:my|our) minds? at (?:rest|ease)|reassured"
     r" (?:me|us)|answered (?:all )?(?:my|our) questions)"
     r"|(?:put|set) (?:my|our|his|her) minds? at (?:rest|ease)", "REASSURED"),
    # "Stand him next to a 5G mast": beside, not "next week".
    (r"next to(?= (?:a|an|the|him|her|me|us|them|my|his|our|your)(?: |$))", "beside"),
    (r"(?:can|could) (?:the nurse|the doctor|you|someone|they|she|he) (?:please )?(?:speak|talk)"
     r" (?:slowly|slower|more slowly|clearly|simply)|(?:i|we) (?:understand|speak) english"
     r" (?:a little|little|only a little|not (?:very )?well)", "PREFERRED"),
    # "Yeah sure, and while you're at it shall I stand him next to a 5G mast": mockery.
    (r"(?:and )?while (?:you are|youre|ur|your) at it(?: ,)? (?:shall|should|why dont|do you"
     r" want|want) (?:i|me)", "SARCASM"),
    # After test split W (H212). "Yes ... he's autistic and doesn't cope with waiting rooms, so
    # if we could wait in the car": a yes that asks for an adjustment, not a worry about the
    # vaccine and autism (four yeses on W in English, Spanish, Arabic and Urdu).
    (r"(?:he|she|they|hes|shes|he is|she is|they are|theyre)(?: is| are)? (?:autistic|has autism"
     r"|have autism|on the (?:autism|autistic) spectrum)(?= (?:\S+ ){0,14}?(?:quiet (?:room|space"
     r"|area)|wait(?:ing)? (?:in|outside) (?:the|our) car|(?:first|last) (?:slot|appointment"
     r"|one)|waiting rooms?|cope|noise|noisy|busy|sensory|ring us|call us in))", "ASIDE"),
    # "yes. after half term. mornings" (test split Y): when, not a "not yet".
    (r"(?<=yes )(?:[.,] )?after (?:the )?half term|after (?:the )?half term(?= [.,] (?:\d|first"
     r"|second|1st|2nd|3rd|mornings?|afternoons?|any))", "PREFERRED"),
    # "Could we wait in the car till you ring us?": where to wait, not a "wait" (a delay).
    (r"(?:could|can|may) (?:we|i) (?:please )?wait (?:in|outside|out in|in the back of) (?:the|our"
     r"|my) (?:car|van)", "PREFERRED"),
    (r"(?:(?:have been|been|gone) through|for) (?:\d|two|three|four|five|six|all) (?:kids"
     r"|children|of them)(?: now)?", "ASIDE"),
    # After test split X: "they said they'd let you know" (who was to tell the practice); "after
    # the split, the kids are on her doctor's list" (a separation, not split doses).
    (r"(?:they|she|he|the (?:nurse|clinic|hospital|doctor)s?)(?: said)?(?: (?:they|she|he))?"
     r"(?: would| will|d|ll) let (?:you|u) know"
     r"|(?:after|since) (?:the|our|my) (?:split|break ?up|separation|divorce)"
     r"|(?:we|me and \w+|him and me|her and me) (?:split|broke) up", "ASIDE"),
    (r"(?:just |only )?(?:to|wanted to|writing to|texting to|messaging to|ringing to|calling to)"
     r" let (?:you|u) know", "ASIDE"),
    # "Is this a scam? My bank said never to click on links in texts": advice about links, not
    # a no to the vaccine.
    (r"(?:said |told (?:me |us )?|says )?(?:never|not|dont|do not) (?:to )?(?:click|open|tap|press)"
     r"(?: on)?(?: (?:any|the|a))? (?:links?|attachments?)(?: in (?:texts?|messages?|emails?))?",
     "ASIDE"),
    # "Sorry, I should've let you know, she had it at my mum's surgery": an apology for not
    # telling the practice, not "I'll let you know" (a deferral).
    (r"(?:i |we )?(?:should have|should of|shouldve|forgot to|meant to|didnt|did not|never)"
     r" (?:let (?:you|u) know|told (?:you|u)|tell (?:you|u)|informed (?:you|u)|inform (?:you|u))",
     "ASIDE"),
]
