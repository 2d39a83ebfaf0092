"""Rewrites for what a reply says around its answer (``rewrites`` runs them last, in this
order): a no quoted back in exasperation, one more text, an apology for not telling the practice,
a carer's or a worker's life, a worry that is over, a way to wait or to be spoken to. Most turn
into a marker (``EXASPERATED``, ``ASIDE``, ``PREFERRED``, ``REASSURED``, ``KEEPCHOICE``), two
into a plain word ("advise" what times -> "tell", "next to" -> "beside"), so that the no, the
worry or the "let you know" inside them is not read as the family's answer (issue 13, after
test splits T to Y, H212)."""

from __future__ import annotations

AROUND_THE_ANSWER: list[tuple[str, str]] = [
    # Issue 13, after test split T (H212). "Which part of 'we don't vaccinate' did you not
    # understand?": the family's earlier no quoted back in exasperation, not a question; what
    # they quote is read as said. Only a no: a quoted "she's booked in" stays a question.
    (r"(?:which|what) (?:part|bit) of ((?:[^ ]+ ){0,7}?(?:no|not|dont|never|wont|cant|nope)"
     r" (?:[^ ]+ ){0,7}?)(?:did|do|dont|does)"
     r" (?:you|yous|you lot|you people|they)(?: not)? (?:understand|get)"
     r"(?: (?:last time|the first time|before))?(?: [?]+)*",
     r"EXASPERATED \1EXASPERATED ."),
    # After test split U: "Oh great, another text telling me to inject my kid. No.":
    # exasperation at one more message, not a yes; "now I'm telling you" after "I've told
    # the receptionist" is who is told, not a "not now"; "could you advise what times you
    # have" asks for a time, not advice.
    (r"(?:oh |oh so |just |well )?(?:great|brilliant|fab|fantastic|lovely|wonderful|perfect)"
     r"(?: ,)? (?:another|yet another|one more|more|even more) (?:text|txt|message|letter|call"
     r"|reminder|chaser)s?", "EXASPERATED"),
    (r"(?:and )?now (?:i am|i will be) (?:telling|saying (?:it )?to) you",
     "ASIDE"),
    (r"advise(?= (?:me |us )?(?:of |on )?(?:what|which|the|any|your) (?:times?|days?|slots?"
     r"|dates?|appointments?|availability)(?: \w+)?(?: you have| are| is)? (?:available"
     r"|free|open|left|on|for|in))", "tell"),
    # After test split V (H212). "Definitely not. His dad and I are both agreed on it": the
    # parents agree with each other, no yes.
    (r"(?:(?:are|were) (?:both |all )?agreed|both agreed?) on (?:it|this|that)"
     r"|(?:are|were) both agreed", "ASIDE"),
    # "We don't do vaccines in this house, our older 3 haven't had any either": the siblings,
    # not "when he's older"; only the older ones together ("book her big brother in, he's had
    # earache" is another child's appointment).
    (r"(?:our|my|the) (?:older|eldest) (?:ones|kids|children|boys|girls|two|three|four|[2-9])",
     "ASIDE"),
    # "I have duty at the hospital that day", "I was panicking I'd missed it": life around a yes.
    (r"(?:i have|i have got|i am on|i am working|i work)(?: a)? (?:duty|shift|nights?|earlies"
     r"|lates|work) (?:at|in) (?:the )?hospital", "ASIDE"),
    (r"(?:panick\w*|worried|stressing|stressed|worrying|convinced|thought)(?: \w+){0,2}"
     r" (?:i would|i had|we had|we would|i have|we have|she had|he had|she has|he has"
     r"|she would|he would) missed (?:it|the \w+|her \w+|his \w+|them)", "ASIDE"),
    (r"(?:we have|weve|we|i have|ive|i) always (?:gone|done|managed|lived) without(?= [.,!]|$"
     r"| and| same| for| them| it)", "KEEPCHOICE"),
    # A worry that is over: "I was a bit nervous about it before but the health visitor put my
    # mind at rest, so we're happy to go ahead now".
    (r"(?:was|were|been) (?:a bit |a little |quite |really |very |so )?(?:nervous|worried"
     r"|anxious|unsure|scared|hesitant|wary)(?: about (?:it|them|the \w+))?(?: before| at first"
     r"| initially)? but (?:(?!(?:not|never|nobody|noone|no|dont|cant|wont|havent|hasnt"
     r"|couldnt|still)\b)\w+ ){0,14}?(?:she|he|they|who|which|it|that|nurse|gp|doctor|visitor)"
     r" (?:put (?:my|our) minds? at (?:rest|ease)|reassured (?:me|us)|answered (?:all )?(?:my"
     r"|our) questions)", "REASSURED"),
    # "Stand him next to a 5G mast": beside, not "next week".
    (r"next to(?= (?:a|an|the|him|her|me|us|them|my|his|our|your)(?: |$))", "beside"),
    (r"(?:can|could) (?:the nurse|the doctor|you|someone|they|she|he) (?:please )?(?:speak|talk)"
     r" (?:slowly|slower|more slowly|clearly|simply)|(?:i|we) (?:understand|speak) english"
     r" (?:a little|little|only a little|not (?:very )?well)", "PREFERRED"),
    # After test split W (H212). "Yes ... he's autistic and doesn't cope with waiting rooms, so
    # if we could wait in the car": a yes that asks for an adjustment, not a worry about the
    # vaccine and autism (four yeses on W in English, Spanish, Arabic and Urdu).
    (r"(?:he|she|they|theyre)(?: is| are)? (?:autistic|has autism"
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
    # Not "her mum has the final say, she'll let you know" (a deferral to the other parent).
    (r"(?:they|she|he) said (?:they|she|he) (?:would|will) let you know"
     r"|the (?:nurse|clinic|hospital|doctor|walk in|centre|pharmacy)s? (?:said (?:they|she|he) )?"
     r"(?:would|will) let you know"
     r"|(?:after|since) (?:the|our|my) (?:split|break ?up|separation|divorce)"
     r"|(?:we|me and \w+|him and me|her and me) (?:split|broke) up", "ASIDE"),
    # Not after a time asked for ("give me a few days to let you know" is a deferral).
    (r"(?<!days )(?<!day )(?<!weeks )(?<!week )(?<!time )(?<!while )(?<!chance )(?<!moment )"
     r"(?<!bit )to let you know", "ASIDE"),
    # After test split AA (H212): "me and his dad can't agree, he's dead against it and I'm not,
    # give us a bit to sort it between us" (co-signed as a refusal): the other parent's stance,
    # and time asked for, are for a person.
    (r"(?<!we )(?<!i )(?:he|she)(?: is)? (?:dead|totally|completely|really|very|so|well|firmly"
     r"|strongly|absolutely) against (?:it|them|this|that|the \w+)", "PARTNERDOUBT"),
    (r"give (?:us|me) (?:a bit|a little bit|a while|a few days|a couple of days|a week|a few weeks"
     r"|some time|a bit of time|a bit more time|more time|time)(?= [,.!?]|$| to| and| more"
     r"| please| yeah)", "NOTSURE"),
    # "Is this a scam? My bank said never to click on links in texts": advice about links, not
    # a no to the vaccine.
    (r"(?:said |told (?:me |us )?|says )?(?:never|not|dont|do not) (?:to )?(?:click|open|tap|press)"
     r"(?: on)?(?: (?:any|the|a))? (?:links?|attachments?)(?: in (?:texts?|messages?|emails?))?",
     "ASIDE"),
    # "Sorry, I should've let you know, she had it at my mum's surgery": an apology for not
    # telling the practice, not "I'll let you know" (a deferral).
    # Only where the clause ends: "I never told you to book her in" is no apology (a reviewer's
    # probe), so "never" is not here ("didn't" is "dont" by now).
    (r"(?:i |we )?(?:should have|should of|shouldve|forgot to|meant to|dont)"
     r" (?:let you know|told you|tell you|informed you|inform you)"
     r"(?: (?:sooner|earlier|before|yet))?(?= [,.!?]|$| but| she| he| they| we)",
     "ASIDE"),
    # After test splits AB and AC (H213).
    # "omg thought she'd had them all, yes get her in asap": what the parent had believed,
    # not the fact that she has had them.
    (r"(?:thought|assumed|presumed|was sure|were sure)(?: that)? (?:she|he|they|shed|hed"
     r"|theyd)(?: had| would have| d)? (?:had|got|done) (?:them all|all of them|everything"
     r"|the lot)(?= [,.!?]|$| but| and| yes| so| oops| omg| sorry)"
     # ... but "thought she'd had them all, yes she had" confirms it (a reviewer's probe).
     r"(?!(?: [,.!])? (?:and )?yes (?:she|he|they) (?:had|did|has|have))", "ASIDE"),
    # "We only moved two streets over": a move within the area, not away from it. Only with
    # "only": "we moved a couple of minutes away ... and joined the practice there" is a move (a
    # reviewer's probe).
    (r"only moved (?:two|2|three|3|a few|a couple of|a|one|1) (?:streets?|doors?|roads?)"
     r" (?:over|away|down|up|along)", "ASIDE"),
]
