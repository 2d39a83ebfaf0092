"""The rewrites of a yes's reassurances and the family's life around it (``rewrites``): advice
already given, a worry that came to nothing, an illness that is over, a needle phobia with a
plan. Each turns into ``REASSURED`` or ``ASIDE`` (no cue at all), so that the illness, worry or
no inside it does not hold the yes back; ``rewrites`` runs them in place."""

from __future__ import annotations

REASSURANCES: list[tuple[str, str]] = [
    # Advice already given ("egg allergy but the GP said it's fine"), a past worry that came to
    # nothing ("I was nervous last time but she was fine"), earlier jabs that went well.
    (r"(?:egg |nut |peanut |milk |dairy |penicillin )?(?:allerg\w*|eczema|asthma)(?: \w+){0,6}"
     r" but (?:the |our |my |his |her )?(?:allergy |practice |school )?(?:gp|doctor|nurse|hv"
     r"|health visitor|consultant"
     r"|specialist|paediatrician|pharmacist|allergist)(?: (?!not |no |dont |wont |never )\w+){0,5}"
     r" (?:said|says|told|has said|confirmed)"
     r"(?: (?!not |no |dont |wont |never )\w+){0,4} (?:fine|ok|safe|alright|no reason"
     r"|go ahead)"
     r"|(?:no|not a) reason to (?:delay|wait|put (?:it|him|her|them) off|hold off|postpone)"
     r"|(?:was|were|got|felt|been) (?:a bit |so |really |very )?(?:nervous|worried|anxious"
     r"|scared|apprehensive|unsure)(?: \w+){0,5} but (?:\w+ ){0,2}(?:was|were|did|went|coped)"
     r"(?: totally| absolutely| completely| perfectly| really| so)? (?:fine|ok|great|grand"
     r"|brilliant|well|amazing)"
     r"|(?:had|been fine with|coped with|sailed through|been through)(?=(?: \w+){0,3} (?:other"
     r"|others|previous|earlier|so far|before|up to now|until now)(?: |$))(?: (?:all|every|each"
     r"|of|the|his|her|their|them|other|others|previous|earlier|jabs?|vaccin\w*|injections?"
     r"|ones?|lots?|sets?|so far|before|up to now|until now)){1,6}(?: ,)? (?:REASSURED|no bother"
     r"|no problems?|no issues|without (?:a |any )?(?:peep|problems?|issues|bother|fuss|hitch"
     r"|reactions?|murmur)|with no (?:problems?|issues|bother|reactions?|fuss)|(?:and |with )?"
     r"(?:was |been )?fine)", "REASSURED"),
    # Issue 13, after test split M (H209): what a yes says about the family's life, not a worry
    # or a no: "terrified of needles so I'll bring his tablet", "no red book came with her", "he's
    # screaming his head off", "had chickenpox when it was due", "I don't want to bring it into
    # the waiting room", "he's autistic and struggles in a busy waiting room", "she's never
    # poorly"; "I was nervous but my sister talked me round".
    (r"(?:scared|terrified|frightened|afraid|petrified) of (?:needles|injections|jabs)(?: so| but)?"
     r" (?:i will|ill|we will|well|i am going to|im going to) bring"
     r"|no red book|(?:lost|cant find|havent got) (?:the|his|her|their) red book"
     r"|screaming (?:his|her|their) head off"
     r"|(?:had|got) (?:chicken ?pox|a cold|a temperature|a fever|a bug|tonsillitis|an ear infection"
     r"|covid|flu) when (?:it|they|the \w+) (?:was|were) due|spots are (?:all )?gone"
     r"|(?:dont|do not) want to (?:bring|take|spread|pass) (?:it|that|them|germs|the \w+"
     r"|(?:his|her|their) \w+)"
     r"(?: \w+){0,4} (?:into|to|round|around)"
     r"|(?:hes|shes|he is|she is|he|she) autistic and (?:really )?(?:struggles|gets overwhelmed"
     r"|hates"
     r"|finds)(?: \w+){0,4} (?:waiting rooms?|busy|noise|crowds|queues)"
     r"|(?:is|s|are|she is|he is|hes|shes|she|he) never (?:poorly|ill|sick|unwell)(?: anyway)?"
     # H210 (after test split O): "hardly ever ill", "brings every bug home from nursery", "the
     # waiting room is a nightmare for him", "when we split", "her records haven't come across".
     r"|(?:hardly|rarely|barely) ever (?:poorly|ill|sick|unwell)"
     r"|(?:brings|catches|picks up|brought|caught) (?:home )?(?:every|all the) (?:bug|germ|cold"
     r"|virus)\w*(?: going)?"
     r"|(?:when|since|after) (?:we|i|they|me and (?:her|his) (?:mum|dad)) split(?: up)?"
     r"|maybe (?:her|his|their|the) records(?: \w+){0,4} (?:come|came|moved|transferred|updated)"
     r"(?: across| over| through)?"
     # After test split P: twins who had theirs early "because they were prem".
     r"|because (?:they|he|she) (?:were|was) (?:prem|premature|early)",
     "ASIDE"),
    # The retired splits' yeses the model was sure of, read out-of-fold after O (H210): an
    # illness that is over ("she had the cold ... but she's all better now", "right as rain
    # now"); the GP who said a rash is nothing.
    (r"(?:poorly|ill|sick|unwell|(?:a|the) (?:cold|temperature|temp|fever|bug|rash|virus)"
     r"|chicken ?pox|tonsillitis|an ear infection)"
     r"(?: (?!not|isnt|still|no|never|when|if|until|till|once|as soon)[\w,]+){0,14}"
     r" (?:she|he|they|shes|hes|she is|he is|they are)(?: all| much| completely)? (?:better"
     r"|fine|well|right as rain|back to normal|REASSURED)(?: now)?(?! \?)"
     r"|(?:gp|doctor|nurse|health visitor|pharmacist)(?: \w+){0,2} (?:said|says) (?:its|it is"
     r"|it was|that is|thats|that it is) nothing",
     "REASSURED"),
    (r"(?:was|were|i was|we were) (?:nervous|worried|unsure|scared|anxious)(?: about it| at first)?"
     r"(?: \w+){0,8} (?:talked (?:me|us) round|put (?:my|our) minds? at rest)", "REASSURED"),
    # The retired splits' yeses read again (H209): a deaf parent who wants texts, an illness
    # over ("over her chickenpox", "fit as a fiddle", "just teething", "a cold but no
    # temperature", "not allergic to anything"), "a bit scared of needles ... but we definitely
    # want it".
    (r"text (?:me )?(?:please )?(?:dont|do not|not|no) (?:call|ring|phone)\w*", "PREFERRED"),
    (r"(?:is|s|she is|he is|she|he) over (?:her|his|the) (?:chicken ?pox|cold|bug|virus|flu|illness"
     r"|infection|temperature)|fit as a fiddle|(?:just|only) teething|not allergic to anything"
     r"|(?:a )?(?:bit of a )?cold but no (?:temperature|temp|fever)|(?:fine|well) ,? not (?:ill"
     r"|poorly|sick)"
     r"|(?:scared|nervous|anxious|frightened)(?: of \w+)?(?: [\w,]+){0,12} but (?:we|i)"
     r" (?:definitely |really |still )?want (?:it|him to have it|her to have it|them)",
     "REASSURED"),
]
