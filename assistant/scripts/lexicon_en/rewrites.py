"""Rewrites that run first: negated or idiomatic phrases turned into marker words."""

from __future__ import annotations

from assistant.scripts.lexicon_en.around import AROUND_THE_ANSWER
from assistant.scripts.lexicon_en.reassurances import REASSURANCES
from assistant.scripts.lexicon_en.words import CONTACT, PEOPLE, VAXN, W

REWRITES: list[tuple[str, str]] = [
    # How the family will travel ("I have no car", "I don't drive"): logistics, not a no.
    (r"(?:i |we )?(?:have |got |have got )?no car|(?:i |we )?(?:dont|cant|can not)"
     r" drive|(?:i |we )?(?:dont|do not) have a car|no transport", "PREFERRED"),
    # Consent withheld or withdrawn for texts or calls is a request to stop them, not a refusal
    # of the vaccine ("I do not consent to receiving text messages").
    (rf"(?:dont|not|no longer|withdraw\w*|revok\w*) (?:give |giving )?consent\w*"
     r"(?: (?:to|for))?(?: (?:receiv\w*|being|be|getting|get))?(?: contacted| sent)?"
     rf"(?: (?:by|via|through))?(?: {W})? (?:{CONTACT}|sms|texting|phone|mobile)",
     "NOCONTACT"),
    # Issue 13, after test split J: what a yes says about the family's life, not a worry about
    # the vaccine ("he was on antibiotics but finished them Sunday", "back to his usual self",
    # "poorly most of the winter", "my dad in hospital", "a missed call off yous", "she's
    # terrified of needles but she's having it").
    (r"(?:was|been|had been|were) on (?:antibiotics|medicine|meds|calpol|steroids|an inhaler)"
     r"(?: \w+){0,4} but (?:\w+ ){0,2}(?:finished|done|stopped|off|over)(?: \w+){0,2}"
     r"|back to (?:his|her|their|my|your) (?:usual|normal|old|cheeky|happy) (?:self|selves)"
     r"|back to normal"
     r"|(?:was|were|been) (?:poorly|ill|unwell|sick)(?: \w+){0,2} (?:most of|all|for much of|over"
     r"|during|on and off) (?:the |last )?(?:winter|summer|autumn|spring|month|week|year"
     r"|christmas|holidays)"
     r"|(?:scared|terrified|frightened|afraid|petrified) of (?:needles|injections|jabs)"
     r"(?: \w+){0,4} but (?:he|she|they)(?: is| are)? (?:having|getting|going to have"
     r"|will have|will get) (?:it|them|the \w+)"
     r"|(?:scared|terrified|frightened|afraid|petrified|screams?)(?: \w+){0,6} but (?:it|they)"
     r" (?:needs?|has to|have to) (?:doing|be done)"
     r"|(?:in and out of|in) hospital(?: \w+){0,5} but (?:the )?(?:consultant|doctor|gp|nurse"
     r"|specialist|cardiologist)(?: \w+){0,2} (?:says|said)", "REASSURED"),
    (rf"(?:my|his|her|our|their) {PEOPLE}s?(?: \w+)? (?:is |was |been |being )?(?:in|into|out of)"
     r" hospital|(?:got |has |have )?no (?:credit|data|signal|battery|phone credit)"
     r"|never (?:got|received|had|seen) (?:any|a|the|your) (?:letter|text|message|call)s?"
     r"|(?:was|were) (?:poorly|ill|unwell|sick|not right) for (?:days|weeks|ages|a week"
     r"|a month|months)(?: after(?:wards)?)?"
     r"|missed call (?:off|from) (?:you|yous|the surgery|the practice|your \w+)"
     r"|missed call about (?:his|her|their|the|my|our) (?:jabs?|vaccin\w*|injections?|immunis\w*)"
     r"|(?:numbers|people|callers) (?:she|he|i|we|they) dont know"
     # Issue 13, after test splits L and M (H208, H209): the hospital as where a parent works
     # or sits with a relative; a relative poorly; a parent's own job, deafness or MMR; the
     # worrier being someone else ("her dad's the worrier, not me"): the family's life, not a
     # worry about the vaccine.
     r"|(?:work|works|working|am working|at work|do (?:nights|shifts|lates))(?: \w+){0,3}"
     r" (?:at|in) (?:the|a) (?:hospital|a and e|aande)"
     rf"|(?:in and out of|in|at) (?:the )?hospital with (?:my|his|her|our|their) (?:\w+ )?"
     rf"(?:{PEOPLE}|sister|brother|mam|grandad|granddad|baby)"
     rf"|(?:my|his|her) {PEOPLE} being (?:poorly|ill|unwell|in hospital)"
     # H210 (the retired splits' yeses): "mum's in hospital having the baby so it's just me",
     # said without "my"; only before what the speaker does, not "..., it's a boy".
     r"|(?:mum|mom|mam|mummy|wife|partner|missus)s?(?: s| is)? in (?:the )?hospital"
     r"(?: having (?:the|a) baby| at the moment| right now)?"
     r"(?= so| and (?:i|dad|his dad|her dad)| , (?:so|i|it is just|its just))"
     r"|(?:im|i am) (?:a |an )?(?:nurse|doctor|gp|pharmacist|midwife|health visitor|paramedic)"
     r"(?: myself)?|(?:im|i am) deaf|(?:i|ive|i have) had my own (?:mmr|jabs?|vaccin\w*|booster)"
     rf"|(?:{PEOPLE}s|{PEOPLE} is) the worrier(?: ,)?(?: not me)?", "ASIDE"),
    # When, where and how to reach the clinic, not doubt: "I don't know the times you do",
    # "bring one at a time", "the one near the bus stop".
    (r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?"
     r"|mornings?|afternoons?|evenings?)(?: and \w+)? (?:are|is) no good(?: for (?:me|us))?"
     r"|(?:rubbish|bad|no good|not good|useless) at (?:texting|reading|texts)"
     r"|(?:cant|dont|cannot) (?:always )?read (?:texts|good|well|english|very well)"
     r"|dont know (?:the |what |which |when |where )(?:the |your )?(?:times?|days?|dates?|slots?"
     r"|hours?|address|way|clinic|surgery)(?: you do)?"
     r"|(?:bring|come|do)(?: \w+){0,2} one at a time|bus stop", "PREFERRED"),
    # Issue 13, rules pass: both children brought at once or the same day is a booking and how
    # the family will come ("can I bring both kids at once?"), not the worry of many jabs at once;
    # a bringing verb first, as "can he have both at once?" is about two vaccines.
    (r"(?:bring|take|come(?: in| down)? with|pop in with)"
     r" (?:both|the two|the 2|the twins)(?: of)?(?: (?:them|my|our|kids"
     r"|children|boys|girls|twins|brothers|sisters|siblings|little ones|mine|ours))*"
     r"(?: in| along| down)? (?:at once|together|at the same time|on the same day"
     r"|same day|in one go|in one trip)"
     # "can we do both kids at once": "do" only with the children named, as "do both at once"
     # may be two vaccines.
     r"|do (?:both|the two|the 2|the twins)(?: of)?(?: my| our)? (?:kids|children|boys|girls|twins"
     r"|little ones)(?: [\w,]+){0,3} (?:at once|together|at the same time|on the same day"
     r"|in one go)", "BOOKWITH"),
    # A yes with reassurance attached (issue 13): no allergies, never a problem, ill but fine
    # now. Neither a worry nor a no, so the yes stands (an illness still current stays doubt).
    (r"(?:no|nae|not got any|havent got any|dont have any|without any) (?:known |previous |bad"
     r" |past )?(?:allergies|allergy|allergic reactions?|fever|temperature|temp|temps|colds"
     r"|meds|medication|medicines|fits|seizures|illness|conditions"
     r"|reactions?|side effects|health (?:problems|issues|conditions)|problems?(?: with \w+)?)"
     r"(?: (?:or|and|no) (?:nothing|nothin|anything|that))?"
     r"|(?:never|not ever|hasnt ever|has never|have never|never once) (?:had|been)(?: a| any)?"
     r"(?: bad| serious)? (?:problems?|issues?|reactions?|trouble|bother|poorly)"
     r"(?: with (?:any|his|her|their|the"
     r"|them|it|jabs|vaccin\w*)(?: \w+)?)?"
     r"|(?:had|has had|was|were|been|has been)(?: a bit| a| an| bit)?(?: (?:bad|nasty|stinking"
     r"|horrible|awful|heavy|slight|little|mild|rotten|streaming|chesty|tummy|bit of a))*"
     r" (?:cold|colds|cough|bug"
     r"|temperature|fever|poorly|ill|unwell|sick|chesty|clingy|teething|rough|snotty|chickenpox"
     r"|chicken pox|infection|virus)(?: \w+){0,7} (?:but|and)(?: (?:he|she|they|it|is|are"
     r"|all|now|absolutely|totally|completely|fully|much|otherwise|seems|looks|doing))*"
     r" (?:fine|right as rain|better|well|grand|ok|okay|all good|all clear|back to normal"
     r"|recovered|over it)(?: now)?"
     r"|(?:fine|better|well|grand|recovered|all good|right as rain|100 fine)(?: again)? now"
     r"(?: after (?:his|her|their|the|a|an)(?: \w+){1,2}(?= [.,!]|$))?(?= [.,!]|$| after| since"
     r"| thanks| so)|(?:rash|temp|temperature|fever|cold|bug|cough|eczema|infection)(?: \w+)?"
     r" (?:has |is |have |are )?(?:gone|cleared(?: up)?|better|over)(?= [.,!]|$| now| and)"
     r"|(?:been )?(?:fine|better|well|grand) since(?: (?:the|his|her|their|a|an|he|she))?"
     r"(?: \w+){0,2} (?:finished|ended|stopped|cleared(?: up)?|went|recovered)|(?:been )?fine since"
     r"|(?:over|past) (?:his|her|their|the)(?: \w+){0,2} (?:infection|cold|bug|cough|fever"
     r"|temperature|temp|virus|flu|chickenpox|illness|rash) now"
     r"|fit and (?:well|healthy)|fit as a fiddle|healthy and well|(?:was|were) (?:absolutely"
     r" |totally |completely |perfectly )?(?:fine|ok|great|grand) (?:last time|after (?:the|his"
     r"|her|their) (?:last|first|other|previous)(?: \w+)?|with (?:the|his|her|their) (?:last"
     r"|other|previous|first)(?: \w+)?)|(?:not|never|hasnt|havent)"
     r" been (?:ill|poorly|unwell|sick)(?= [.,!]|$| and| or| since| recently| lately| a day"
     r"| once| in (?:her|his|their) life)"
     # Issue 13, "a yes with reassurance attached": no reaction ever, an illness treated.
     r"|(?:has |have |had )?never (?:reacted|had (?:a|any) (?:reactions?|problems?|issues?))"
     r"(?: (?:to|with) (?:anything|any of (?:them|his|her|their)(?: \w+){0,2}|them|it|the"
     r" others|(?:his|her|their) (?:other|previous|last|earlier) \w+))?"
     r"|(?:the )?(?:antibiotics|medicine|meds|cream|inhaler|calpol)"
     r"(?: (?!havent|hasnt|not|never|didnt|dont|arent|wont)\w+)? (?:have |has )?"
     r"(?:sorted|cleared|fixed|cured)(?: (?:it|him|her|them))?(?: up| out)?",
     "REASSURED"),
    # A yes's reassurances and the family's life around it (``reassurances``), in place.
    *REASSURANCES,
    (r"(?:give|gimme) (?:me|us) a (?:call|ring|bell)(?: back)? when (?:you have|youve|you) got a"
     r" (?:slot|date|time|space|appointment)|(?:ring|call|phone) (?:me|us)(?: back)? \d", "book"),
    (r"(?:we|i) (?:wish|would like|want) (?:for )?(?:\w+ )?to (?:receive|have|get) (?:the |his |her"
     r" |their )?(?:outstanding |missing |remaining )?(?:vaccin\w*|jabs|immunisations|injections)"
     r"|(?:i|we) (?:do )?want (?:him|her|them) to have (?:them|it|the \w+|his \w+|her \w+)",
     "yes"),
    # "We stopped because of lockdown, not because we don't want them" (H208 near misses).
    (r"not because (?:we|i) (?:dont|do not|didnt|did not) want (?:them|it|to|him|her)"
     r"(?: (?:vaccinated|done|having|to have (?:it|them)))?", "NOTAGAINST"),
    # "Yeah nah": a no, whatever the "yeah" (H208).
    (r"(?:yes|yeah) (?:nah|no)(?= not | thanks| ta|$)", "nah"),
    # "Please don't send more leaflets", "I don't need a leaflet": a request to stop, not a
    # wish to talk (H208, H209).
    (r"(?:dont|do not|no need to) send (?:me |us )?(?:any )?(?:more |further )?(?:leaflets"
     r"|information|info)|(?:dont|do not) need (?:a |any |the |your )?(?:leaflets?|information"
     r"|info)", "NOCONTACT"),
    # "Yeah no, that's fine": the British "yeah no" is a yes.
    (r"(?:yes|ok|right)(?: ,)? no(?: ,)? (?:that|that is|it|it is|that would be) (?:fine|ok"
     r"|great|grand|perfect|lovely|alright)", "yes POSOK"),
    # "Ring me and we'll find a slot": a call to book, not a request to talk a worry through.
    (r"(?:(?:ring|call|phone|bell) (?:me|us)|give (?:me|us) a (?:ring|call|bell)|(?:phone )?call"
     r" back)(?: [\w,]+){0,8} (?:to|and(?: we will| we can| you can| i will)?) (?:book|find a"
     r" slot|sort (?:a|it|out|the)|fix (?:a|the|up a)|set (?:it )?up|organise|arrange"
     r"|make (?:a|an|the) (?:appointment|booking)|confirm|(?:pick|choose|agree) a (?:day|date"
     r"|time|slot))"
     r"|(?:a )?(?:phone )?call(?: back)? to (?:book|arrange|sort)"
     # "want him booked but can someone ring me to do it" (after test split L).
     r"|booked but (?:can|could) (?:someone|somebody|you|one of you) (?:ring|call|phone) (?:me|us)"
     r"(?: back)? to do it"
     r"|(?:ring|call|phone) (?:me|us)(?: back)? (?:with|to say|to tell (?:me|us)|to give (?:me|us))"
     r" (?:the |a )?(?:time|date|day|details)"
     # "Phone me after 5": when to call, said with a yes, is logistics.
     r"|(?:ring|call|phone) (?:me|us)(?: back)? (?:after|before|between|on) (?:\d+\w*|work"
     r"|school|nursery|the landline|my mobile|this number|\w+day)", "book"),
    (r"no problems?|no probs?|not a problem|no worries|no worry|no bother|nae bother"
     r"|no objections?|dont mind|no issues?|not an issue|no hassle|no trouble|not worried"
     r"|not fussed|no fussy|not fussy|nae fussy|not bothered|no questions|no rush|no hurry"
     r"|no reason not to"
     r"|no (?:real )?concerns?|not concerned|not (?:nervous|scared|anxious|afraid)"
     r"|(?:i )?dont see why not|why not(?= [.,]|$)|no hesitation|no second thoughts"
     r"|no doubts? (?:about it|from us|here)"
     # Issue 13, after test split L: "fine by me", Scots "nae worries".
     r"|(?:thats |that is |its |it is )?fine by (?:me|us)|nae worries", "POSOK"),
    # Issue 13, after test split J: "definitely not skipping this one", "I'm not one of those
    # anti vax mums": a yes, never a strong no or a refusal.
    (r"(?:definitely|absolutely|certainly|definately) not (?:skipping|missing|refusing|risking"
     r"|saying no to|passing on|turning down)(?: (?:this|it|them|that|the \w+))?(?: one)?"
     r"|not (?:one of )?(?:those|an|a|one of them) antivax\w*(?: \w+)?", "POSOK"),
    # "Twice in one week is not happening": how the family will come, not a strong no (H209).
    (r"(?:twice|two trips|two journeys|in one week)(?: \w+){0,3} (?:is )?not happening",
     "PREFERRED"),
    (r"(?:absolutely|definitely|certainly|hell|heck|fuck|fucking|god|of course|course) (?:not|no)"
     # "No way, did she really?" is surprise at news, not a no to the vaccine.
     r"|no way(?! (?:did|really|omg|lol|haha)(?![^ ]))|nae (?:chance|way|danger|hope)"
     r"|no chance|not a chance|not happening|over my dead body|not in a million years"
     r"|not on your life|never ever|not a hope|zero chance|fat chance|no chance in hell"
     r"|not a cat in hells chance|not in a month of sundays|not bloody likely"
     r"|not likely(?= [.,!]|$)|not on your nelly", "STRONGNO"),
    # Issue 13, the retired test splits' yeses read again (H208): what a yes says about the
    # family's life or past, not a worry ("not even a temperature", "he has no any allergy",
    # "right as rain now", "when we were in hospital", "my hospital appointments", "the baby's
    # crying", "I'll probably cry more than he does", "had no idea he'd missed one", "social
    # worker has already confirmed consent", "she's had all her others"); the rotavirus misheard;
    # dictated punctuation ("question mark").
    (r"not even a (?:temperature|temp|fever|rash|sniffle|cry|whimper)|no any allerg\w*"
     r"|right as rain(?: now)?|had all (?:her|his|their|the) others"
     r"(?: with no (?:bother|problems?))?",
     "REASSURED"),
    (r"when (?:we|he|she|they) (?:were|was) in hospital|(?:my|his|her) (?:own )?hospital"
     r" appointments?|(?:the )?babys crying|baby is crying|(?:i|ill|i will) (?:probably |prob )?"
     r"cry more than (?:he|she|they|him|her|them)(?: do| does| will)?"
     r"|(?:had|have|i had|i have) no idea (?:he|she|they|it)(?:d| had| was| were| would)?"
     r" (?:missed|was due|were due|needed|was behind|were behind)"
     r"|(?:already )?(?:confirmed|got|given|signed)(?: the)? consent(?: (?:from|for)"
     r" (?:the |his |her )?(?:social worker|parents?|mum|dad|local authority|council))?"
     r"(?: already)?"
     r"|full stop|question mark|new line", "ASIDE"),
    (r"rot(?:a|or|er) ?virus", "rotavirus"),
    # "Not this week as she's at her dad's, any day next week": when, not a "not now".
    (r"not this week(?: \w+){0,6}(?: ,| .)? (?:any (?:day|time) |anytime |but |so )?next week",
     "PREFERRED"),
    # A formal yes: "we should be glad for him to have it".
    (r"(?:we|i) (?:should|would|shall|will) be (?:glad|pleased|delighted) (?:for|to|if)", "yes"),
    # "We'll give this week a miss": a date put off, not the vaccine (near misses after split L).
    (r"giv\w* (?:this|next|the|tomorrows|todays) (?:week|weeks|time|appointment|slot|date|day"
     r"|session|clinic) a miss", "later"),
    # "Not a hard no, I just need to think": a no disowned is doubt, never a strong no (found
    # checking the forms added after test split L).
    (r"(?:its |it is |thats |that is )?not (?:a )?(?:hard|firm|definite|flat|straight|final)"
     r" (?:no|pass)", "NOTSURE"),
    (r"thanks but no thanks|hard no(?= [.,!]|$)|hard pass(?= [.,!]|$)"
     r"|(?:you|ye|u) can forget (?:it|about it)|forget it(?= [.,!]|$| pet| love| mate| hun)"
     r"|no means no"
     # "That's a firm pass from us" (H211, test split Q).
     r"|firm pass(?= [.,!]|$| from)", "STRONGNO"),
    # "Don't ring me at work, just text": how to be reached, said with a yes, not a stop.
    (r"(?:dont|do not|please dont|never|cant|can not) (?:ring|call|phone|text|message)"
     r" (?:me|us)(?: (?!again|ever|anymore)\w+)? (?:at work|in work"
     r"|on (?:my|the) (?:mobile|landline|work \w+)"
     r"|(?:in )?the (?:morning|afternoon|evening|day)s?|during (?:the day|work|school|\w+ hours)"
     r"|on \w+days?|(?:at|on) (?:the )?weekends?)", "PREFERRED"),
    (r"no (?:thanks|ta)", "NOTHANKS"),
    # "How many times (do I have to say it / have you asked)?": exasperation, not a question
    # about doses or times (issue 13); "how many times does he need it" stays a question.
    (r"how many (?:more )?times(?: (?:do|must|have|should|will|did|am) (?:i|we)(?: have| got"
     r"| need)?(?: to)?(?: keep)? (?:say|tell|told|said|repeat|explain|ask|answer|reply"
     r"|spell|write)\w*(?: (?:it|this|that|you|u|no|them|out|again))*"
     r"| (?:have|do|will|are|did|must) (?:you|they|u|yous|you lot|you people)(?: keep| got"
     r" to| have to| going to)? (?:ask|text|send|messag|ring|call|contact|bother|pester"
     r"|harass|chas)\w*(?: (?:me|us|this|it|that|about|again|this))*)?(?= [?.!,]|$)",
     "EXASPERATED"),
    # A rude dismissal ("do one", "jog on"): a no, but not a stated decision; not a question.
    (r"(?:(?<=[.!,] )|^)do one(?= [.,!]|$)|jog on|get lost|sod off|piss off|bugger off|naff off"
     r"|go away(?= [.,!]|$)",
     "GETLOST"),
    (r"(?<!if )(?<!as )(?<!when )(?<!whenever )(?<!whatever )you wish(?! to)|pigs fly"
     r"|(?:yeah|yes) right(?: ,)? (?:like|as if)"
     r"|in your dreams|nice try|dream on|as if(?= [.,!]|$)|when hell freezes(?: over)?"
     r"|get right on (?:that|it)|hold (?:him|her|them) down for you|line (?:him|her|them) up"
     r"|(?:ignore|forget) (?:all )?my research|while (?:i|we) (?:am|are) at it"
     r"|said no (?:one|body|parent)(?: ever)?", "SARCASM"),
    # "Not now, not ever", "now or in the future": a lasting no, not a "not now" (rule 4).
    (r"(?:not )?(?:now|this time|later|next time)(?: ,)? (?:or|and|nor|not)(?: later"
     r"| next time)?(?: ,)?(?: not)? (?:ever|never|in (?:the )?future|at any point|any time)"
     r"|not ever"
     # "He will not be getting them now or later" (H211, split R; not "whenever suits, now or
     # later"), "we're opting him out of that one permanently" (split Q; not a relative's). "We've
     # said never again" and "never again in this family" were dropped: a reviewer's probes said
     # them of a clinic's wait, the last jabs' tears and measles.
     r"|(?:not|never|wont|dont)(?: \S+){0,6} now or later(?= [.!]|$)"
     r"|(?:we are|we have|i am|i have) opt\w* (?:him|her|them) out(?: of (?:that|this|the|all)"
     r"(?: \w+){0,2})? permanently"
     r"|not in this lifetime|not in a million years|never (?:gonna|going to) happen"
     r"|not now(?: ,| and| or| [.!])? not later|(?:no|nope|nah)(?: [.,!])? never(?= [.,!]|$)"
     r"|not (?:this|next) (?:year|month|time)(?: ,)? (?:or|nor) (?:any|every) (?:other )?"
     r"(?:year|month|time)", "EVERNO"),
    # "Not changing that now", "not starting now": a standing choice kept, not a delay.
    (r"(?:not|never|wont(?: be)?|am not|are not)(?: (?:going to|gonna|about to))?"
     r" (?:start\w*|chang\w*)(?: (?:that|it|this|our|my|minds?|mind|again))*(?: now)?"
     # ... but "not starting until he's better" is a "not yet" (rule 4), no choice kept.
     r"(?! (?:\w+ ){0,3}?(?:until|till|til|before|unless|once|if|while|yet|for now"
     r"|at the moment|whilst))",
     "KEEPCHOICE"),
    # "Healthy without vaccines": the way the family lives, not a condition (rule 4).
    (rf"without (?:any |the |a single )?{VAXN}|without any of (?:this|that|them|it)"
     rf"(?= [.,!]|$| and)|(?:fine|healthy|well|ok|grand|better off"
     rf"|happy) without (?:it|them|any)|(?:good|fine|ok|grand|healthy|happy|manage|cope) without"
     r"(?= [.,!]|$| thanks| ta| it| them)", "WITHOUTVAX"),
    (r"leaning (?:towards|toward|to)(?: not)?(?: (?:doing|having|getting|giving|going ahead with"
     r"|vaccinating)(?: (?:it|them|him|her|the \w+))?)?|(?:in|of) two minds"
     r"|torn (?:about|between|on)|dont want to (?:rush|hurry)(?: into)?(?: (?:it|this|things"
     r"|anything))?"
     r"|not (?:too |so |100 |quite |entirely |completely )?(?:sure|certain|convinced|keen"
     r"|ready|happy|comfortable|decided|confident|ok|fine|great)|unsure|undecided"
     r"|on the fence|in two minds|mixed feelings|second thoughts|no idea|(?:ent|int) sure|dont know"
     r"(?= [.,?]|$| yet| if| whether| what| about| how| tbh| really| to)", "NOTSURE"),
    (r"(?:not|nothing|no one is) (?:against|anti|antivax|opposed)(?: (?:it|them|to it|the idea"
     r"|vaccin\w*|jabs))?", "NOTAGAINST"),
    # "We're not refusing, just scared" (issue 13, rules pass): a worry, never a refusal.
    (r"(?:not|never|dont|wont) (?:really |actually |exactly |saying (?:we|i) (?:are|am) )?"
     r"(?:refus\w*|declin\w*|reject\w*|saying no|opting out|object\w*)(?: (?:it|them|this"
     r"|the \w+|vaccin\w*|jabs))?", "NOTAGAINST"),
    # "I don't want him to remain unvaccinated", "scared she'll stay unprotected", "we won't
    # let that happen again": a no to going without the vaccine, never a refusal of it
    # (issue 13, a second reader's near misses).
    (r"(?:dont|do not|wont|will not|not going to|never|(?:no way|STRONGNO) (?:will|would|is|are"
     r"|am)"
     r"|scared|afraid|worried|frightened|fear|concerned)(?: \w+){0,4} (?:remain|stay|be left"
     r"|go|grow up|be|being|staying|remaining|going) (?:unvaccinated|unprotected|unjabbed"
     r"|unimmunised|without (?:the |his |her |their |any |a )?(?:vaccin\w*|jabs?|immunis\w*"
     r"|protection|injections?))"
     r"|(?:wont|will not|not going to|never going to|(?:no way|STRONGNO) (?:am i|are we|will i"
     r"|will we))"
     r" (?:let|letting|allow\w*) (?:that|this|it|him|her|them)(?: \w+){0,2} (?:happen"
     r"|catch|get (?:ill|sick|measles|poorly)|go without|miss)", "NOTAGAINST"),
    # A parent who consents for no one: "her father doesn't consent and neither do I" (a
    # decision both parents share, not one parent's doubt).
    (rf"{PEOPLE} (?:dont|wont|will not|not) (?:consent|agree|want (?:it|them|this)"
     rf"|believe in (?:it|them|this|{VAXN}))\w*"
     r"(?: \w+){0,3}(?: ,)? (?:and )?(?:neither|nor) (?:do|will|would|am|does) (?:i|we)"
     # "Her dad said no and I agree", "she's said no and I'm backing her" (H209).
     rf"|{PEOPLE} (?:says|said|has said|s said) no(?: ,)? (?:and )?(?:i|we) (?:agree"
     r"|back (?:him|her)|am backing (?:him|her)|support (?:him|her|that))",
     "we decided against"),
    # "My partner decided to take him out", "my partner's answer is no", "my mum said nothing
    # more for her": a relative's no, for a person to talk through (H210, a reviewer's probes).
    # Their words reported too: "my ex told the nurse he won't be receiving any more vaccines,
    # but I want him done", "my mum keeps saying we've decided nae jags" (H213); only what they
    # said, not "my partner said to ring" nor "told the last lady the same".
    (rf"(?:my|his|her|the kids|their) {PEOPLE}s?(?: s)? (?:decided|has decided)"
     r"(?= to| that| against)"
     rf"|(?:my|his|her|the kids|their) {PEOPLE}s?(?: s)? answer(?: for (?:the |our )?\w+)? is no"
     rf"|(?:my|his|her|their) {PEOPLE} (?:said|says) (?:nothing more|no more)"
     rf"|(?:my|his|her|their|the kids) {PEOPLE}(?: s)? (?:told|tells|keeps telling|keeps saying"
     r"|has told|has been telling|has been saying)(?: (?:the \w+|you|you lot|them|everyone"
     r"|people|me))?(?: that)?(?= (?:he|she|they|we|i|its?|our|no|nobody|never)\b)",
     "PARTNERDOUBT"),
    # "Our family has chosen", "a natural family, we don't": there the family is the speaker.
    (rf"(?:(?!family){PEOPLE}|(?<!our )(?<!natural )(?<!a )family(?! we | i | has | have ))"
     rf"(?: (?!and\b){W}){{0,2}} (?:dont|wont|not|NOTSURE|wants? to wait|says no"
     rf"|said no|disagrees?|is against)(?! (?:read|speak|understand|write|text|drive|have a phone"
     rf"|working|at work|home|here|free|available)\w*)(?: want| like| agree| keen| sure| happy)?",
     "PARTNERDOUBT"),
    # Where the parent will call, or how hard the surgery is to reach: when and how, not a
    # "later" or a "never" ("I'll ring later to confirm", "I never get through on the phones").
    (r"(?:i|we) (?:will|can|shall|ll) (?:ring|call|phone|text|message|email|confirm)(?: back"
     r"| the surgery| in)* later(?= [.,!]|$| to (?:confirm|book|arrange|sort))"
     r"|(?:never|cant|can not|dont) (?:get|getting|got) (?:through|thru)(?: (?:on|to) (?:the|your"
     r"|you)(?: \w+)?)?", "PREFERRED"),
    # A worry that is over: the family was told what they needed ("I was nervous but the health
    # visitor explained it all", "no need to worry, we are happy").
    (r"(?:was|were|been|felt|had been) (?:a bit |so |really |very )?(?:nervous|worried|anxious"
     r"|scared|unsure|hesitant|apprehensive)(?: \w+){0,4} but (?:the |our |my |his |her )?"
     r"(?:gp|doctor|nurse|hv|health visitor|midwife|pharmacist|practice nurse)(?: \w+){0,2}"
     r" (?:explained|talked|went through|answered|reassured|put (?:my|our) mind)"
     r"(?: (?!not |no |dont |wont |never )\w+){0,3}"
     r"|(?:gp|doctor|nurse|hv|health visitor)(?: \w+){0,5} (?:eczema|rash|cold|cough|chest|ear"
     r"|temperature|temp|allergy)(?: \w+){0,3} (?:said|says|told us) (?:it|its|she|he|they)?"
     r"(?: is| s| are)? ?(?:fine|ok|okay|alright|nothing to worry about)"
     r"|no need (?:to|for you to) (?:worry|be worried|panic)|(?:(?<=[.,!] )|^)dont worry(?= [.,!]"
     r"| i | we | he | she | it | thats)", "REASSURED"),
    # "Book him in after half term": a yes with a time condition is a yes (labels.md), not
    # the "not until after Christmas" of a family putting it off.
    (r"(?:(?<=book )|(?<=can we do it )|(?<=could we do it ))(?:(?:him|her|them|it|us|me|both"
     r"|the \w+) )?(?:in )?(?:for )?(?:\w+ )?after"
     r" (?:christmas|easter|the holidays|summer|half term|the new year|ramadan|eid)",
     "PREFERRED"),
    (r"of course|course", "yes"),
    # Issue 13, rules pass: more ways to say the illness is over or was never there: "antibiotics
    # finished Tuesday", "his ear infection is sorted now", "the doctor said he's ok now", "no egg
    # allergy, no nothing", "good to go". Last, so the earlier forms ("egg allergy but the HV
    # said it's fine") are read first.
    (r"(?:(?:had|has had|was|been)(?: a| an| bad| nasty| chest| ear| tummy| water)*"
     r" (?:infection|cold|cough|bug|rash|temp|temperature|fever|virus|flu|infection)"
     r"(?: \w+){0,3} but (?:the |his |her |their )?)?"
     r"(?:antibiotics|medicine|meds|medication|course|tablets)(?: \w+)? (?:finished"
     r"|done|over|ended|stopped|are finished|are done|is finished|is done)"
     r"|(?:infection|cold|cough|bug|rash|temp|temperature|fever|virus|flu)"
     r" (?:is |has |have |are |got )?(?:been )?sorted(?: out)?"
     r"|(?:doctor|gp|nurse|hv|health visitor) (?:said|says|has said|checked)"
     r"(?: (?:he|she|they|it|him|her|them))?(?: is| are| was| were)? (?:ok|okay"
     r"|fine|well|good|alright|all right|clear|healthy)(?: now| to go ahead"
     r"| for it| to have (?:it|them))?"
     r"|no (?:egg|nut|peanut|milk|dairy|penicillin|food|latex|gelatine?)"
     r" (?:allergy|allergies)(?: , no nothing| no nothing)?"
     r"|(?:he|she|they|it) (?:is |are )?good to go", "REASSURED"),
    # Read last: what a reply says around its answer (H212).
    *AROUND_THE_ANSWER,
]
