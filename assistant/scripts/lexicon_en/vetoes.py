"""Matches that drop a cue's overlapping match ("get it done at the surgery")."""

from __future__ import annotations

from assistant.scripts.lexicon_en.words import CONTACT, W

# A no to the flu spray or a covid jab ("we've always said no to the flu spray, MMR is fine
# though"): not a decision about the routine vaccines the family is asked about (a second
# reader's near miss, tests/scripts/refusal_near_misses.jsonl).
NO_TO_A_SEASONAL_VACCINE = (
    r"(?:dont (?:want|wish)(?: to have)?|(?:always |have always )?(?:said|say) no to|no to"
    r"|not (?:having|doing|getting)|against|decided against"
    r"|(?:decided|choosing|chose|chosen) not to (?:do|have|get|give|book))"
    r"(?: the| a| any| his| her| their)?"
    r" (?:flu|covid)(?: nasal)?(?: spray| jabs?| vaccines?| vaccination| one| nose spray)?")

# "We've decided not to go ahead", "we won't be going ahead": no yes and no booking.
NOT_GOING_AHEAD = r"(?:not|never|wont)(?: be)?(?: going to| gonna| to)? go(?:ing)? ahead"

# A no that is not the family's decision, for either kind of refusal cue (H210: a second
# reader's near misses and two reviewers' probes): a refusal denied ("we're not one of those
# families who don't believe in putting vaccines in kids"); a relative's words about the faith
# ("my family says our religion forbids it and I am worried"); a mind not yet made up.
REFUSAL_DENIED = r"not one of those(?: \w+){0,2} (?:who|that|where|which)(?: \w+){0,10}"
A_RELATIVES_FAITH = (r"(?:says|say|said|thinks|think|reckons|claims?)(?: that)? (?:our|their|the)"
                     r" (?:faith|religion|beliefs?|church)(?: \w+){0,3}")
UNDECIDED = (r"(?:havent|have not|hasnt|has not|not yet|yet to) (?:made|make) (?:up )?(?:my|our"
             r"|his|her|their) minds?(?: up)?")

VETOES: dict[str, list[str]] = {
    "refuse": [
        rf"dont (?:want|wish)(?: {W}){{0,3}} {CONTACT}|dont want to (?:talk|discuss|speak|be"
        r" \w+|receive|get|wait|miss|leave)|dont want (?:him|her|them) to (?:miss|wait|fall)",
        r"not (?:getting|having|doing)(?: any)? (?:better|worse|well|great)",
        r"dont (?:want|wish)(?: to| it)? but",
        r"refus\w* to (?:eat|sleep|drink|go|wear)|declin\w* (?:the )?(?:call|invit\w*)",
        # Issue 13, rules pass: not rushing, a bad reaction not wanted again: a worry, not a
        # decision about the vaccine.
        # H210 (after test split O): not wanting to answer for the other parent, or to take
        # an illness into the waiting room, is no decision about the vaccine either.
        r"dont want to (?:be rushed|be pushed|decide|make (?:a|the) (?:wrong )?decision"
        r"|say (?:yes|no)|get (?:it|this) wrong|answer for|take (?:\w+ )?(?:into|in to)"
        r"|bring \w+ (?:into|in to)|spread|pass (?:it|\w+) on)"
        r"|dont want (?:that|this|it) (?:again|to happen)"
        # "Never having them from the pharmacy again": a place or a person, not the vaccine.
        r"|never (?:getting|having|get|have)(?: \w+){0,3} (?:from (?:someone|somebody|anyone"
        r"|a (?:pharmacy|chemist|nurse|student|stranger)|the (?:pharmacy|chemist|pharmacist"
        r"|walk in|hospital|school))|done there|there again)"
        r"|not (?:made|make) (?:up )?(?:my|our|his|her|their) minds?(?: up)?",
        UNDECIDED,
        NO_TO_A_SEASONAL_VACCINE,
        REFUSAL_DENIED,
        A_RELATIVES_FAITH,
    ],
    "already": [
        # "Last time she had jabs she ran a temp of 39 ... so I'm not rushing back": a reaction
        # remembered, not the jabs she is missing (test split AG, co-signed as had it: H213).
        r"last time (?:she|he|they|we|i) (?:had|got) (?:(?:her|his|their|the|my) )?(?:jabs?"
        r"|vaccin\w*|injections?|immunisations?|them|it)",
        # "I had all mine, his dad had all his": the parents' own jabs (H210, test split P).
        r"(?:i|we) had all (?:mine|ours|of mine)"
        r"|(?:dad|mum|mom|father|mother) had all (?:his|hers)",
        # "Remove my number and confirm in writing that this has been done": the request's
        # done, not the child's jabs (H211, test split R).
        r"confirm(?: \w+){0,4} (?:that )?(?:this|that|it) (?:has|have) been done",
        # ("have" as in "have it done", not the perfect "have had everything").
        r"(?:get|getting|gets|be|to|have(?! had| been)|having|can|could|will|would|want|wants"
        r"|like|need|needs|should|please|once|if|after)(?: \w+){0,2} (?:done|vaccinated"
        r"|immunised|jabbed|had|covered|protected|up to date|fully \w+|all caught up)"
        r"|(?:havent|not|never|wasnt)(?: \w+)? (?:been|had|got|received)",
        r"had (?:a|an|some|the|his|her|their)?(?: \w+)? (?:reaction|fever|temperature|rash"
        r"|fit|seizure|letter|text|message|call)",
        # H210: a relative who had polio is why the child is having every jab.
        r"(?:mum|dad|mother|father|nan|nana|gran|granny|grandad|grandma|grandpa|sister|brother"
        r"|uncle|aunt\w*|cousin) had (?:polio|measles|mumps|rubella|whooping cough|diphtheria"
        r"|tetanus|meningitis|tb)",
        # Consent already signed or given is a yes, not a jab already had.
        r"already (?:signed|given|gave|sent|filled|said|agreed|consented|booked)(?: \w+){0,3}"
        r" (?:consent|form|forms|yes|permission|it|to)",
    ],
    "moved": [
        r"(?:appointment|appt|clinic|it|slot|date) (?:was |been |got |has been |be |to be )?moved"
        r"|moved (?:here|in|into|the appointment|it)|moved to (?:the|this) area"
        r"|moved(?: house)? (?:within|in|round|around|down|up|across|locally|nearby)(?: the| our)?"
        r" (?:area|town|village|road|street|corner|estate|same \w+)"
        # H210: never registered there is no move ("must be a mix-up").
        r"|not registered (?:with|at)(?: \w+){0,4} (?:and )?never (?:have been|was|been)"
        # "Between the new baby and going back to work" (H211, test split S).
        r"|(?:went|gone|going|returned) back to (?:work|school|college|uni|university|nursery|bed"
        r"|sleep|the office|my job|full time|part time)"
        # A posting that brought the family here: "just been posted to Catterick and registered
        # with you last month" (H212).
        r"|(?:posted|stationed) (?:here|(?:to|in|at) (?:\w+ ){1,3}(?:and |so )?(?:have |weve |we )?"
        r"(?:registered|joined|signed up) (?:with|at) (?:you|your|this))"
        r"|(?:posted|stationed) (?:abroad|overseas|away)(?: \w+){0,6} (?:came|come|moved|are|were)"
        r" back",
    ],
    "book": [NOT_GOING_AHEAD,
             r"take (?:our|my|his|her|their) chances"
             r"|(?:dont|do not|never|wont) have (?:them|it|vaccin\w*|jabs) done"
             r"|take (?:him|her|them|me|us|(?:my|our|the) \w+) off"
             r"|take (?:him|her|them) out of (?:the |all )?(?:nhs )?(?:vaccin\w*|immunis\w*)"
             r"|(?:dont|not|before|without|wont|never|cant|no need to|already)(?: \w+)? book\w*"
             r"|red book"
             # A question about the surgery or a number, not a slot for the child.
             r"|what time(?: \w+){0,3} (?:close|closes|closed|open|opens|shut|shuts)"
             r"|have (?:the|a|your) (?:number|phone number|contact|email|name) (?:for|of)"
             r"|appointment for (?:me|myself|my) (?:own )?(?:back|knee|foot|feet|shoulder|neck|hip"
             r"|chest|ear|ears|eyes?|skin|leg|arm|head|teeth|tooth|smear|bloods|prescription"
             r"|meds|medication|pill|coil|contraception|review|mental health|depression)"
             # Booking the parent's own care is not a yes to the child's vaccines.
             r"|book\w* (?:myself|me) in for|book\w*(?: \w+){0,3} (?:for|with) (?:a |my )?(?:own"
             r" )?(?:smear|flu jab|covid|blood test|sick note|prescription|repeat)"],
    "yes": [NOT_GOING_AHEAD,
            r"(?:dont|not|never|ever) agree|agree with|agree (?:about|on) (?:this|that|it)"
            r"|(?:dont want to|not going to|wont|cant) (?:say yes|agree)"
            r"|before (?:i|we) (?:agree|say yes)|(?:i am|im|we are|were) agreeing to"
            r"|agreed(?: \w+){0,2} that|happy (?:with|in) (?:our|my|the|this"
            r"|that) (?:decision|choice)"
            # Place names, and "will ya", "see ya" (read as "yes") that say nothing.
            r"|great (?:ormond|britain|yarmouth|portland|western|northern|north|barr)"
            r"|(?:will|would|wont) yes(?= [.,!?]|$)|(?:see|catch|bless|love|cheers|thank) yes"],
    "yes_weak": [
        # "Ok so..." opening a story, or left unfinished, is not a yes.
        r"ok so(?= *$| (?:i was|i were|basically|anyway|um|erm|like|yeah|.+ said)(?![^ ]))",
        r"(?:pretty|quite|fairly|i am|make|making|not|so|i|im) sure|sure (?:if|whether|that"
        r"|about|what)|(?:is|are) (?:it|that|he|she|they) (?:ok|alright|fine)",
    ],
    "stop": [
        r"full stop",  # a dictated text's punctuation, said aloud
        r"(?:dont|never)(?: \w+)? (?:text|call|ring|contact|phone|message)\w*(?: \w+){0,3}"
        r" (?:before|after|between|until|till|during)",
    ],
    "doubt": [r"cant wait|stay safe|book online|thanks? (?:you )?for thinking of"
              # H210: a time offered, then "or is that too early for you?".
              r"|(?:is|would) (?:that|it)(?: be)? too (?:early|late|soon) for (?:you|yous)"
              # "Happy for the nurse to do them all in one go": a yes to one visit (H210).
              r"|(?:happy|fine|glad)(?: (?!but|worried|worry|safe|is|if|not|nervous|scared)"
              r"\w+){0,8} (?:in one go|all at once|at the same time)"
              # "Any day after half term": a time offered, not a delay; "yeah safe": slang yes.
              r"|any (?:day|time|morning|afternoon|evening|date|slot|weekday)s?(?: \w+)?"
              r" (?:after|before|from)(?: \w+){1,3}|(?:yes|ok|alright) safe(?= [.,!]|$)"],
    # Leaflets already read, a talk declined, advice already taken: no request to talk.
    # "For info, she's never reacted": information given, not asked for.
    "talk": [r"for (?:your )?info\w*|fyi|(?:just )?so (?:you|u) know"
             r"|(?:read|seen|had|got) (?:the |your |all the |all your )?(?:leaflets?|info\w*)"
             # Issue 13, rules pass: information refused or thanked for is no wish to talk.
             r"|(?:dont|do not|no) (?:need|want)(?: any)?(?: more| further)? (?:information|info"
             r"|leaflets?|advice)|(?:thanks|thank you) for (?:the|your) (?:info\w*|message)"
             r"|(?:dont|do not) want to (?:debate|argue)(?: \w+){0,3}"
             r"|(?:leaflets?|info\w*)(?: [\w,]+){0,4} (?:read|seen) (?:them|it)"
             r"|(?:rather not|dont want to|not going to|no need to|wont|dont need to) (?:talk"
             r"|chat|discuss|speak)(?: \w+){0,3}|(?:following|follow|followed|took|taken|take)"
             r" (?:that|this|their|his|her|the|our) advice"
             # "Don't call me again" asks for less contact, not for a talk.
             r"|(?:dont|never|stop|no need to|do not) (?:call|ring|phone)\w*(?: me| us)?"
             # H210: a new carer saying who to contact, not asking for a talk.
             r"|(?:i am|im) the (?:one|person) to (?:speak|talk) to"
             r"|(?:text|message) me(?: \w+){0,3}(?: ,)? (?:not|no) (?:a )?(?:phone )?calls?"
             r"|(?:asked|told) me to let (?:you|u) know"
             # "We've told the doctor before": told, not a wish to talk (H210).
             r"|(?:told|tell|telling|informed|said (?:it )?to) (?:the |our |my |your )?(?:doctor|gp"
             r"|nurse|health visitor)(?: \w+){0,2}"],
    # A long-standing no ("three generations now"), what is already done ("the first lot"),
    # "and now to you", a dismissive "Next.": none of them is a "not now" (rule 4).
    "condition": [r"cant wait|can not wait|away from"
                  # "We raise our stock without all that": a way of life, not a "not without X"
                  # (H210).
                  r"|without all (?:that|this|of that)"
                  # "We've made our minds up now": a decision taken, not a "not now".
                  r"|(?:minds? up|decided|decision|made (?:our|my|her|his|their) minds?|made up)"
                  r"(?: \w+)? now|from now on|(?:our|my|the|his|her) first (?:was|were) born"
                  r"|(?:us|we are|were) done now"
                  r"|(?:generations?|years?|months?|decades?|weeks?) now"
                  r"|and now (?:to )?(?:you|your \w+)|convinced now"
                  r"|(?:the|his|her|their|our) first (?:lot|set|one"
                  r"|ones|dose|doses|round|jabs?|vaccin\w*|injections?|batch)"
                  r"|(?:(?<=[.!,] )|^)next(?= [.!]|$)"
                  # "You can stop now": the now of a request to stop, not a "not now"; "I'm
                  # telling you now"; an older child, a sibling, not "when he's older".
                  r"|stop(?: (?:it|this|that|texting|messaging|asking|now|right))* now"
                  r"|telling (?:you|u) now|older (?:son"
                  r"|daughter|brother|sister|one|child|kid|boy|girl|sibling|ones|kids|children"
                  r"|two|three|four|twos?|lot)"
                  # "More than once now", "several of these messages now": how often the
                  # family was asked, not a "not now" (rule 4).
                  r"|(?:once|twice|times|messages|texts|letters|calls|reminders|leaflets) now"
                  # "Grateful if you'd stop sending reminders": a polite request, no condition.
                  r"|if (?:you|u) (?:would|could) (?:please )?(?:stop|not|remove|take|note"
                  r"|record|respect)"
                  # H210: what was sent or done this week is not a "not this week".
                  r"|(?:text|message|letter|call|reminder)s? this (?:week|month|year)"
                  r"|(?:sent|posted|emailed) (?:a |the |my |our )?(?:signed )?(?:letter|form|email"
                  r"|note)(?: \w+){0,5} this (?:week|month|year|morning)"],
    "wrong": [r"wrong (?:chat|thread|conversation|group|day|time|date)"],
    # "Made our minds up, no going back, he's having it": a firm decision, not a no.
    "negative": [r"no (?:going|turning) back|never (?:have|has) been(?= [.,!]|$)"],
    # "The same day as my mum's appointment": a yes fitted around it, not a request about it.
    "elsewhere": [r"(?:same (?:day|time|visit|morning|afternoon) as|(?:after|before|around)"
                  r" (?:her|his|my|our|their|the))(?: \w+){0,4} (?:appointment|appt|check ?up"
                  r"|review|physio|scan|dentist|bloods|speech therapy|lesson|shift)"],
    # The parent's own jab ("book my own flu jab") is not the child's vaccines.
    # A pet's jabs, and needles for insulin, are not the child's vaccines either.
    "child_vax": [r"(?:my|me|myself|mine)(?: own)?(?: \w+)? (?:jabs?|boosters?|vaccin\w*|shots?)"
                  r"|(?:dog|dogs|cat|cats|puppy|kitten|pet|pets)(?: \w+){0,4} (?:jabs?|boosters?"
                  r"|vaccin\w*|shots?|injections?)|(?:insulin|sharps)(?: \w+){0,2} (?:needles?"
                  r"|injections?)"
                  r"|(?:jabs?|boosters?|vaccin\w*|shots?) for (?:me|myself|us|my \w+)"
                  # An adult's vaccines: covid, travel, shingles; a child's flu spray is theirs.
                  r"|(?:covid|travel|shingles|typhoid|yellow fever|rabies|hep a|cholera|pneumo)"
                  r"(?: \w+)? (?:jabs?|boosters?|vaccin\w*|shots?|injections?)"
                  r"|(?:his|her|their) (?:covid|shingles|flu) (?:jabs?|boosters?|vaccin\w*"
                  r"|shots?)"],
    # "This message is not for me" is a wrong number; "I'll pass this on" hands it on.
    # "Made our minds up, he's having it": a decision for the vaccine.
    # "She had the booster last week so that's the end of it as far as vaccines go" (a reviewer's
    # probe after test split AB, H213): what she has had, not a no.
    "refuse_soft": [r"(?:had|got|done|finished)(?: \w+){0,8} (?:so |and )?(?:that|thats|that is)"
                    r" the end of (?:it|that) as far as",
                    NO_TO_A_SEASONAL_VACCINE, REFUSAL_DENIED, A_RELATIVES_FAITH, UNDECIDED,
                    r"(?:not|never) saying (?:that|this|it)(?: \w+){0,6}",
                    r"(?:made|make) (?:up )?(?:our|my) minds? up(?: [\w,]+){0,5} (?:hes|shes"
                    r"|theyre|he|she|they|he is|she is|they are|were|we are) (?:having|getting"
                    r"|going ahead|doing|booking)"
                    # ... but "thank you, but it's not for us" declines the vaccine.
                    r"|(?:message|text|letter|call|(?<!but )this|(?<!but )it) (?:is |was )?not for"
                    r" (?:me|us)"
                    r"|pass (?:this|it|that|the message|your message|them) on"],
}
