"""The English cues other than refusals (``refusals``) and requests about someone or
something else (``elsewhere``): each a list of patterns over the rewritten ``english`` view."""

from __future__ import annotations

from assistant.scripts.lexicon_en.words import (
    CHILD,
    CONTACT,
    DAY,
    NUMBER_OF_JABS,
    SPACING,
    TIMES,
    VAXN,
    W,
)

CUES: dict[str, list[str]] = {
    # Sarcasm that reads like a yes ("oh yeah, I'll bring him the day pigs fly"): a no whose
    # yes-words are part of the joke, so they do not soften it (labels_decide._decide_refusal).
    # An eye-roll decides nothing alone ("yes 🙄 fine"); with a closing no it mocks the yes
    # (labels._read).
    "sarcasm": [r"SARCASM|EMOJIROLL"],
    # The reply ends on a no ("...just what he needs. No."): the last word is the decision,
    # so yes-words before it do not soften a refusal (labels_decide._decide_refusal).
    "closing_no": [r"(?:no|NOTHANKS|STRONGNO)(?= [.!]*$|$)"],
    # A bare no or never said as its own sentence ("No. Stop asking."): with a request to stop
    # asking about the vaccine (not "leave me alone"), a decision (labels._read).
    "flat_no": [r"(?:(?<=[.,!] )|^)(?:no|nope|nah|never|STRONGNO)(?= [.,!]|$)"],
    "stop_asking": [
        rf"stop (?:asking|offering|pushing|going on)|(?:dont|do not|never|no need to)"
        rf" (?:ask|contact|text|txt|call|ring|message|write to)\w*(?: {W}){{0,3}} about"
        rf" (?:this|it|that|them|vaccin\w*|immunis\w*|{VAXN}|the {VAXN})"
        rf"|(?:remove|take|delete|cross) (?:him|her|them|my {W}|our {W}|{CHILD})"
        rf"(?: {W}){{0,3}} (?:list|lists|register|system|recall)"],
    # "Another one?", "seriously?": exasperation, not a question to answer (labels._question_kind).
    "exasperated": [r"another one|again|seriously|(?:are )?you (?:serious|joking|kidding)"
                    r"|EXASPERATED"],
    # Chat closing or meant for someone else: an "ok" beside it is not a yes to the vaccine;
    # greetings and parcels are not one even with a "yes" (labels_decide._decide_rest).
    "chat": [r"bye+|bye bye|ta ta|tarra|goodnight|good night|night night|nighty night|sweet dreams"
             r"|hang on|hold on|one sec|brb|ttyl|love you|miss you|xx+"],
    "offtopic": [r"happy birthday|merry christmas|happy new year|parcel|delivery|courier"
                 r"|missed call|hope you have"
                 # An invitation to the pub (an out-of-fold false agree after O, H210).
                 r"|(?:going|go|down|off) (?:to )?the pub|if (?:u|you) fancy it"],
    # Hesitation sounds ("erm", "um"): doubt unless said with a yes (labels._read).
    "filler": [r"hm+|um+|erm+"],
    "stop": [
        rf"stop(?: {W})?(?: {W})? (?:{CONTACT}|text\w*|send\w*|call\w*|ring\w*|phon\w*"
        r"|writ\w*|these|this|them|it|harass\w*|bother\w*|spam\w*|pester\w*|asking)"
        r"|stop(?: please| now| thanks| it| that| all)?(?= [.,!?]|$| will| would)"
        rf"|pack (?:it )?in(?: with)?(?: the| these| your| ur)? {CONTACT}",
        r"(?:dont|never|no need to) (?:text|txt|message|call|ring|contact|phone|send|email"
        r"|write to|bother|disturb)\w*",
        rf"NOCONTACT|no more {CONTACT}|(?:take|remove|delete|cross)"
        r" (?:me|us|my|this|our|him|her|them)"
        rf"(?: {W}){{0,4}} (?:off|from)|remove (?:me|us|my number|this number|my details)",
        r"unsubscrib\w*|unsub|opt (?:me )?out|optout|take (?:me|us) off",
        rf"(?:enough|sick|fed up|tired|bored) (?:of|with)(?: {W}){{0,2}} (?:{CONTACT}|this)"
        rf"|(?:this|that) is the (?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|tenth"
        rf"|umpteenth|nth) (?:one|text|message|time|call)|(?:leave|let) (?:me|us)"
        rf" (?:alone|be)|harass\w*|(?:dont|wont) want(?: {W}){{0,3}} (?:{CONTACT}|to be \w+)"
        rf"|not interested in(?: {W}){{0,2}} {CONTACT}|(?:rather|prefer) not(?: to)? (?:get|have"
        rf"|receive|be sent)(?: any| these| your)? {CONTACT}",
        # "Under UK GDPR I object to my mobile number being used ... remove it from your bulk
        # SMS system" (H211, test split R).
        r"object to (?:my|this|our)(?: \w+)? number being used"
        r"|(?:remove|delete|erase) it from (?:your|the)(?: \w+){0,3} (?:system|list|database)",
    ],
    "already": [
        r"already(?: {W}){0,2} (?:had|has|have|got|done|vaccinated|immunised|jabbed|received"
        r"|up to date|fully|did|complet\w*|taken|given|covered|protected|been)",
        rf"(?:had|has|got|received|done)(?: {W}){{0,4}} already|already sorted"
        r"|sorted(?: it| them| that| this)? already",
        r"(?:surgery|clinic|hospital|doctors?|nurse|gp)(?: \w+){0,3} (?:done|did|gave) (?:it|them"
        r"|his|hers|theirs|all)(?: for (?:us|him|her|them))?(?= [.,!]|$| for| last| when| in)",
        r"(?:did|done|had|got) (?:this|that|these|those|it|them)(?: done)? (?:at|in) (?:the |a )?"
        r"(?:\w+ ){0,3}(?:clinic|hospital|surgery|pharmacy|centre|center)",
        rf"(?:had|received|taken|given|did)(?: {W}){{0,2}} (?:{VAXN}|all(?: of)? {W}|them all"
        r"|it|them|both|the lot|the last one|everything)",
        rf"got (?:it|them|his|her|their|the(?! (?:house|flat|keys|place|job|car|letter|text"
        rf"|message|results|news))|both|all)(?: {W}){{0,2}} (?:done|in|at|last|already"
        r"|on|from|when|yesterday|privately|abroad|over|before|\d+)",
        r"been (?:fully )?(?:vaccinated|immunised|jabbed|done)"
        r"|(?:done|vaccinated|immunised|jabbed|covered) (?:at|in|on|last|when|over|yesterday"
        r"|today|this|privately|abroad|before|by|with|a|two|already|earlier|back|\d+)",
        rf"up to date|fully (?:vaccinated|immunised|covered|done)|all done|(?:all|everything"
        rf"|both|they|ones|it|this|these) (?:is |are |was |were |been )?(?:done|completed?)"
        rf"|(?:records?|system|computer)(?: {W}){{0,3}} (?:wrong|not (?:updated|up to date)"
        r"|out of date|havent been updated)|paid for (?:it|them|the|his|her)|privately",
        # "Both twins had theirs at the neonatal clinic" (H210, test split P).
        r"(?:had|got|have had|has had) theirs (?:at|in|done|when|last|before)",
        # "All caught up now, the nurse came out to the house"; "booster got done Friday at the
        # community clinic" (H211, test split R).
        rf"all caught up(?! on| with)|(?:done|vaccinated|immunised|jabbed) (?:on )?(?:last )?{DAY}",
    ],
    "moved": [
        # "We're settled in Dubai now, we'll do her jabs out here" (H210, near misses).
        r"(?:we are|weve|we have|we have been) (?:now |all )?settled (?:in|over)(?! at)"
        r"|(?:jabs|vaccines?|them) (?:done )?out (?:here|there)",
        r"moved|relocated|relocating|emigrated|emmigrated|emigrating|moving (?:to|away|abroad)",
        # A forces family: "we've been posted to Cyprus" (after test split T, H212).
        r"(?:we are|we have|we|we were|we got|we have got|we have been|we been) (?:been )?"
        r"(?:posted|stationed) (?:to|in|at|out to|over to|abroad)",
        rf"(?:dont|not|never|no longer)(?: {W})? (?:live|living|based|resident)(?: {W}){{0,2}}"
        r" (?:here|there|locally|nearby|anymore|any more|in|around|round)",
        r"(?:no longer|not) (?:in|with|at|registered (?:with|at)) (?:the|your|this) (?:area"
        r"|practice|surgery|country|gp|doctors)|not local|out of (?:the|your|this) area"
        r"|left (?:the uk|the country|the area|england|britain|your practice|the practice)",
        r"(?:went|gone|going|moved|returned) back(?: home)? to|returned to",
        rf"(?:we are|we|they are|they|were) back (?:in|home in|home to) {W} since"
        rf"|gone (?:to|back to|over to) (?:{W} ){{1,2}}(?:to live|for good|permanently)",
        rf"(?:live|living|based|settled|staying) in {W}(?: {W})? now|now (?:live|living|based"
        rf"|settled) in|(?:we|family|they|he|she) (?:are |am )?(?:now )?(?:back )?in"
        rf" (?!hospital|work|bed"
        rf"|town|school|nursery|holiday|a\b|the\b){W} now",
        r"(?:another|new|different|other|the new|their|local) (?:gp|doctors?|surgery|practice"
        r"|health centre|medical centre)|registered there|(?:changed|transferred|switched"
        rf"|transfered)(?: to)?(?: {W}){{0,3}} (?:gp|doctors?|surgery|practice)|transferred",
        r"(?:gone|went|moved|switched|changed) (?:over )?to (?!your |this |you )(?:the )?"
        r"(?:\w+ ){1,3}(?:surgery|practice|medical centre|health centre|medical practice)"
        r"|registered (?:with|at) (?!your |this |you |the same )(?:the )?(?:\w+ ){1,3}(?:surgery"
        r"|practice|medical centre|health centre)",
    ],
    "wrong": [
        r"wr[oa]ng (?:number|no|num|nr|person|people|one|family|child|kid|baby|mum|mom|dad|parent"
        r"|house|contact|details|name|address|mobile|phone)",
        rf"(?:have|got|sent|texted|texting|messaged|messaging|contacted|called|rang|has)(?: {W})"
        r"{0,3} (?:the |a )?wrong(?! (?:chat|thread|conversation|group|with|day|time|date))",
        # (Not "I'm not a bad mum for it": a reviewer's probe, H210.)
        r"not (?:the|a|his|her|their|this)(?: (?!bad|good|terrible|awful|irresponsible|neglectful"
        r"|crazy|mad|perfect|worse|better|selfish|lazy)\w+)? (?:parent|mum|mom|mother|dad|father"
        r"|carer"
        r"|guardian)",
        r"(?:dont|havent|never) (?:have|had|got)(?: any)? (?:kids|children|a child|a son"
        r"|a daughter|a baby|a boy|a girl)|(?:no|nae|have no|got no) (?:kids|children|child|weans"
        r"|bairns)"
        r"(?= [.,]|$| here| at| in| by| called)|no kids|no children",
        r"dont know (?:who(?! to)|anyone|anybody|this (?:child|kid|person|name|baby|boy|girl"
        r"|family)|the (?:child|kid|person|family|name)|them|him|her|that (?:child|kid|name"
        r"|person)|these people)",
        rf"(?:nobody|no one|noone|no body|no child|no kid) (?:called|named|by|of that|here)"
        rf"|never heard of (?:him|her|them|this (?:child|kid|person|name)|that (?:child|name))"
        rf"|not (?:my|our) (?:child|kid|son|daughter|baby|grandchild)|(?:had|got|have had) this"
        rf" (?:number|phone|mobile)|previous owner|must be an old number|number(?: {W}){{0,2}}"
        r" (?:changed hands|recycled|reassigned)",
    ],
    # Where a no applies ("not here", "not with you"): beside a fact ("we've moved", "he had it
    # in Jordan") the no is about this surgery, not the vaccine (labels_decide; H208, a second
    # reader's near misses).
    "here": [r"here|at (?:your|this|the) (?:surgery|practice|clinic)"],
    # The flu or covid jab named (each language has its own words): a no beside a yes may be to
    # it, not to the routine vaccines (labels_decide; H213).
    "seasonal": [r"flu|covid\w*|coronavirus|corona"],
    # "We'd decided not to last year but we've changed our minds, can we book him in" (H213).
    "changed_mind": [r"(?:changed|change) (?:my|our|his|her|their) minds?|change of heart"],
    "wrong_weak": [r"not me(?= [.,]|$)|new number|old number|who is {W}(?= \?)"
                   # H210: "the child named in your message isn't mine" (a step-parent says it
                   # too, with a yes, so the weaker cue).
                   r"|(?:child|kid|baby|boy|girl|person)(?: \w+){0,5} (?:is )?not mine"
                   r"(?= [.,!]|$)"
                   # "You've got me instead of my sister" (H210, test split P).
                   r"|(?:got|texted|messaged|text|rang|called) me instead of (?:my|his|her|the)"],
    "talk": [
        r"(?:call|ring|phone) me(?: back)?|call back|callback|phone (?:call|appointment)"
        r"|(?:talk|speak|chat|discuss)(?: it)?(?: over| through)?(?: {W})? (?:to|with|about)"
        r"|talk (?:me|us) through|can (?:i|we) (?:ring|call|phone)|leave it with me"
        r"|can we talk|have a chat|a word with|see (?:a|the) (?:nurse|doctor|gp)"
        r"|(?:ask|check with|run it by) (?:my|his|her|the|our|a) (?:husband|partner|wife|dad"
        r"|mum|nurse|doctor|gp|other half|health visitor)|(?:nurse|doctor|gp|health visitor)"
        r" (?:first|before)|questions?|query|queries|can i ask|info|information|leaflets?"
        r"|explain\w*|advice|advise|PARTNERDOUBT|(?:send|give) (?:me|us) something to read"
        # "... about whether she needs it at all" (an out-of-fold false agree after Q, H210; not
        # "chat on the phone to arrange", a yes).
        r"|whether (?:she|he|they|it) (?:needs?|should have|is needed)"
        # H210: a yes held back ("before I agree to it", "I don't want to say yes and get it
        # wrong", "I'd like to know more"): a talk, which also softens a no said beside it.
        r"|(?:before|until) (?:i|we) (?:agree|say yes|decide|commit)"
        r"|dont want to (?:say yes|get (?:it|this) wrong)|(?:like|want|need) to know more"
        # H210: "I'd rather you spoke to her, his mum deals with the medical stuff".
        r"|(?:rather|prefer)(?: if)? you (?:spoke|speak|talked|talk|rang|ring|called|call)"
        r"(?: to| with)? (?:her|him|them|his|their|my)"
        r"|(?:mum|dad|wife|husband|partner|she|he) (?:deals|does|handles|sorts) (?:with )?(?:all )?"
        r"(?:the |his |her )?(?:medical|health|doctor)"
        r"|(?:willing|happy|open|keen) to (?:hear|listen|talk|be (?:told|persuaded|convinced))",
    ],
    "doubt": [
        # "Need time. Don't push, I'll text back when I'm ready": a deferral without a question
        # (an out-of-fold false agree after O, H210; not "need time to sort childcare").
        r"(?:(?<=[.,!] )|^)need (?:some |more |a bit of )?time(?= [.,!]|$)"
        r"|(?:dont|do not|please dont) (?:push|rush|pressure)(?: me| us)?"
        r"|when (?:i am|im|we are|were) ready"
        # "I thought he had it. Want to understand first" (H213).
        r"|(?:want|need|like|wish) to understand(?: (?:it|this|that|more|why|what \w+))?"
        r"(?= first| before| more| better| properly| [.,!]|$)"
        # "Either suits me but her dad hasn't agreed yet so please hold off booking" (H211, a
        # reviewer's probe).
        r"|(?:hasnt|havent|not)(?: yet)? agreed(?: yet)?|hold off(?: on)? (?:booking|for now)",
        # A carer unsure they may consent: "happy to bring her but am I even allowed to sign for
        # it?", "happy in principle ... I need to confirm whether I hold delegated authority"
        # (both read as a yes by both readers on test split V, H212).
        r"(?:am i|are we|is (?:he|she)|can i|could i|would i be|will i be)(?: even)? (?:allowed"
        r"|able|entitled|permitted|the (?:right|one)) to (?:sign|consent"
        # "Whether I hold delegated authority", not "I can confirm that I hold it".
        r"|give (?:consent|permission)|agree)|(?:whether|if) (?:i|we) (?:hold|have|can give)"
        r" (?:the )?(?:delegated "
        r"|parental )?(?:authority|responsibility|consent|permission)|in principle"
        r"|(?:can|may|could) (?:i|we)(?: even| legally| actually)? (?:consent|give consent)"
        r"(?= [?.!,]|$| (?:to|for) (?:it|this|that|him|her|them))",
        # "What would happen if we didn't go ahead?": weighing it up (H208 near misses).
        r"what (?:would|will|happens|could) (?:happen )?if (?:we|i|he|she|they) (?:dont|didnt"
        r"|do not|did not|never|wont|wait)",
        r"worr\w*|concern\w*|nervous|scared|scary|afraid|frighten\w*|anxious|anxiety"
        r"|terrified|petrified|fears?|feared|panic\w*|apprehensive|wary|uneasy|hesitant"
        r"|too (?:old|young|little|small|tiny|big) for"
        r"|risks?|risky|dangerous|danger|harm\w*|damage|hurts?|pain\w*|crying|phobia",
        r"safe|safety|side effects?|reaction|react\w*|fever|temperature|seizures?|(?:a|had a"
        r"|have a|having|febrile) fits?|convulsions?|rash|swollen|swelling|autis\w*",
        r"ingredients?|gelatin\w*|pork|porcine|pig|halal|haram|kosher|vegan|vegetarian"
        r"|allerg\w*|egg|peanuts?|epipen|live vaccine|aluminium|mercury|what is in"
        r"|(?:whit|wit|wot|wat|whats|wots) (?:is )?in (?:it|them|the|that)",
        r"poorly|ill|unwell|sick(?! of)|(?:a|the|bad|heavy|stinking|nasty) cold|bug|infection"
        r"|teething|virus|flu|hospital|antibiotics|chemo|immun\w*compromised|pregnant|due with"
        r"|high temp"
        r"|premature|prem|premmie|preemie|eczema|asthma|epilepsy"
        r"|born (?:early|too early|small|prematurely|at \d+ weeks|\d+ weeks early)",
        rf"(?:is|are) (?:it|they|this|that|the {W}|these)(?: {W})?(?: still)? (?:needed"
        rf"|necessary|essential|compulsory|mandatory|required|worth|important|ok (?:for|with|to)"
        r"|too)|(?:does|do|would|will) (?:he|she|they|we|it|the (?:baby|kids?|children"
        rf"|twins)|my {W}|her|him)(?: still| even)? (?:need|have to|has to)(?! to (?:bring"
        r"|come|book|fill|attend|arrive))|why (?:does|do|is|are|should|would|has|have|so"
        r"|another|more)|what happens|what if|too (?:late|many|young|little|small|soon|early)"
        r"|never heard of|what (?:is|are) (?:it|they|the \w+) for|necessary|compulsory"
        r"|mandatory",
        SPACING,
        r"not (?:right )?now|not yet|not at the (?:moment|minute|min)"
        r"|not at (?:this|the) (?:time|moment|minute|stage|point)|not (?:this|today"
        r"|tonight|for now)|maybe(?! your)|perhaps(?! your)|possibly|probably|prob|prolly"
        # "When we're back from Pakistan": away, so not within the week (a person arranges it).
        r"|when (?:we|i|he|she|they)(?: are| am| is| get| come)? back(?= [.,!?]|$| from| home"
        r"| in)"
        r"|(?:after|once|until|till|til) (?:he|she|they|the baby|it)(?: is| are)? (?:better"
        r"|well|recovered|over it|feeling better)"
        r"|later|mebbe|mebbes|mibbe|maybes|mayhaps|(?:rather|prefer to"
        r"|want to|wants to|like to|should we|should i|could we|can we|can it|going to|will"
        r"|to) wait|wait (?:till|until|til|a bit|a while|and see)|(?:till|until|til) (?:he|she"
        r"|they|after|hes|shes|we|i|next)|when (?:he|she|they|things)(?: is| are)?"
        r" (?:better|older|well|bigger|calm|settle\w*)",
        r"get back to you|let you know|think(?:ing)? (?:about|it over|on it|it through)"
        r"|(?:a|to|me|will|i will|have to|need to) think|thinking|consider\w*|decide|deciding"
        r"|we will see|bad time|busy time|lot going on|a lot on|hectic|not ready|next (?:month"
        r"|year|time)|after (?:christmas|easter|the holidays|summer|half term|the new year"
        r"|ramadan|eid|the baby)|(?:read|seen|heard)(?: {W}){0,4} (?:online|things|stuff"
        r"|stories|bad|scary)|horror stories|bad things|research",
        r"NOTSURE|PARTNERDOUBT|EMOJIDOUBT|not keen",
    ],
    # A no that lasts: a "now" inside it is not a condition (rule 4).
    "lasting": [r"EVERNO|KEEPCHOICE"],
    # "Not against it": agreement when it comes with a request to book, else doubt.
    "lukewarm": [r"NOTAGAINST"],
    # Circumstances that turn a no into "not now" (rule 4).
    "condition": [
        # "While he's still got this eczema flare", "when it clears up" (H210; a refusal the
        # rules alone read out-of-fold, the model did not).
        r"while (?:he|she|they|it)(?: is| s| has| have)? still|(?:when|once|until|till) (?:it"
        r"|that|the \w+|his \w+|her \w+) (?:clears|clear|heals|settles|goes)",
        rf"now|yet|at the (?:moment|minute)|right now|for now|today|tonight|tomorrow|this"
        rf" (?:week|month|year|time|weekend)|next|later|until|till|til|wait|better|older|bigger"
        rf"|poorly|ill|unwell|sick(?! of)|cold|temperature|fever|bug|teething"
        rf"|(?<!right )(?<!straight )away|{TIMES}"
        r"|without|unless|first|open to|(?:if|once) (?:someone|somebody|you|a nurse|the nurse"
        r"|a doctor|the doctor) (?:can|could|would)",
        SPACING,
        NUMBER_OF_JABS,
    ],
    "yes": [
        r"yes|definitely|absolutely|certainly|go ahead"
        r"|go on(?! (?:the|to|your|his|her|my|our|their) (?:system|record|computer|file|list"
        r"|database|notes))|please do|sounds? (?:good|great"
        r"|fine|grand|perfect|lovely)|that would be (?:great|good|lovely|perfect|brilliant|fab)"
        r"|great|perfect|lovely|brilliant|fab|fantastic|excellent|happy(?: for| to| with| if)"
        r"|keen(?! on)|POSOK|delighted|deal|count (?:me|us) in|sure thing|will do|agreed?|gwan"
        r"|go for it|crack on|lets do it|let us do it|sounds like a plan|bang on"
        r"|(?:i|we) agree|sure(?= [.,]|$)|of course"
        r"|any (?:other )?(?:day|time|date)(?: is| would be| will be)? (?:fine|ok|good)"
        r"|anything after (?:that|then|the \w+) (?:works|is fine|suits)|can (?:yous|youse) do",
        # "Monday afternoon works", "either suits us" (H211, test split R); not "monday dont work".
        rf"(?<!nor )(?<!neither )(?:{TIMES}|either|both|that|any of (?:them|those))(?: (?!dont|not"
        r"|never|cant|wont)[a-z]+){0,2} (?:works|suits)"
        r"(?: (?:for )?(?:me|us|best|fine|great|perfect))?"
        r"(?= [.,!]|$)",
    ],
    "yes_weak": [r"ok|alright|fine|sure|sound(?! like)|grand|cool|great|boss|EMOJIYES"
                 r"|right then"],
    "book": [
        # Not a "booklet" or the record "books" in the drawer.
        r"BOOKWITH|(?:re)?book(?!let|s(?![a-z]))\w*|sign (?:him|her|us|them|me) up"
        r"|put (?:him|her|us|them|me) down"
        r"|(?:stick|pop|put|squeeze|fit|get) (?:him|her|them|us|me|(?:the|my|our|wee|little)"
        r" \w+) (?:down|in)(?= [.,!]|$| for| on| at| then| please| when| whenever| asap)"
        # "Put Alfie and Rosie down together please" (H213, test split AB); not "don't put them
        # both down", "put them down together for swimming", "for Saturday ... football camp".
        r"|(?<!dont )(?<!do not )(?<!never )(?<!you )put (?:\w+ and \w+|both|them both"
        r"|both of them|the two of them) down(?= together(?: [.,!]|$| please| for (?:the |their )?"
        r"(?:jabs?|vaccin\w*|injections?|mmr|boosters?))| for (?:the |their )?(?:jabs?"
        r"|vaccin\w*|injections?|mmr|boosters?))"
        # Not a "kinship arrangement" (H213).
        r"|(?:get|have) (?:it|them|him|her) (?:done|in|booked|sorted)|catch up on"
        r"|arrange(?!ments?\b)\w*",
        r"(?:can|could|may|shall) (?:we|i|you) (?:come|bring|do|pop|make|attend|drop|fit|put"
        r"|sort|squeeze|have (?:it|the|an|a slot|him|her|them)|get (?:it|him|her"
        r"|them|an appointment|a slot))|(?:can|could) (?:he|she|they|both|the twins|the kids)"
        r" (?:have|get|come|do) (?:it|them|his|her|their|the|both)",
        rf"(?:i|we)(?: would)? (?:like|love|want) (?:to )?(?:book|bring|come|arrange|make|get"
        rf"|have|go ahead|catch up|take|the {W}|an? (?:appointment|slot))",
        r"(?:i|we) (?:will|shall) (?:come|bring|be there|pop|take|book|make it|attend)"
        rf"|(?:bring|take) (?:him|her|them|both|{CHILD})"
        rf"|(?:we|i) can (?:come|make it|do|attend|pop|bring (?:him|her|them|both|{CHILD}))"
        r"|(?:good|fine|ok|best|perfect|great) for (?:us|me)"
        r"|(?:i|we) want (?:him|her|them|my \w+|our \w+|both)(?: \w+)? (?:to have"
        r"|to get|to be|vaccinated|immunised|done|jabbed)|(?:send|text) (?:me|us) (?:the |a )?"
        r"(?:date|dates|time|times|link|details|appointment|slots?|options)",
        r"when can (?:we|i|he|she|they)|what (?:time|times|days|day|dates|date|slots)"
        r"|(?:earliest|next|first|latest|last) (?:slot|appointment|available|clinic|date|day)"
        rf"|any (?:day|time|afternoon|morning|evening|weekday|date|slot)|{TIMES}"
        r" (?:are|is|best|suit|would|work|after|before)|(?:after|before) (?:\d\w*|school"
        r"|nursery|work|\w+day)|suits? (?:us|me)|whenever|send (?:me )?(?:a |the )?(?:link"
        r"|date|time|times)|go ahead|let me know when|tell me when|asap|sooner the better"
        rf"|(?:he|she|they|we) needs?(?: {W}){{0,2}} (?:{VAXN}|it|them)",
    ],
    "negative": [r"no(?! one| longer| more| kids| children| child| body| need)|STRONGNO|GETLOST"
                 r"|NOTHANKS|ALLOWIT|EMOJINO|never"],
    "identity": [
        r"who (?:is|are|am i)(?: this| that| it| you| speaking| talking)?|who sent|who gave"
        r"|what (?:is )?(?:this|that|it)(?: about| regarding| re)?(?= [.,?]|$)|what is this"
        r"|what (?:number|practice|surgery) is this|is this (?:a |an )?(?:scam|spam|real|legit"
        r"|genuine|fake|automated|the|from)|how (?:did|do|have) you (?:get|got|have) (?:my"
        r"|this) number|did you mean|wrong (?:chat|thread|conversation|group)|resend|blank"
        r"|sent from my|which (?:one|child|kid|of my)|eh|huh|what|hello|hi|hey|hiya|lol|lmao"
        r"|haha\w*|test\w*",
    ],
    # Logistics inside a question that keep a yes an "agree" (rule 2's exception).
    "sched": [
        rf"when\w*|time|times|day|days|date|dates|slots?|appointments?|available|{TIMES}|PREFERRED"
        r"|BOOKWITH"
        r"|week|tomorrow|today|clinic|surgery|branch|parking|park|red book|address"
        r"|where|how long|together|same (?:day|time)|link|send|book(?!let)\w*|comes?|coming"
        r"|bring\w*"
        r"|health centre|medical centre|practice|pharmacy|venue|location|building|postcode"
        r"|interpreter|translator|buggy|pram|wheelchair|lift|ramp|bus|either (?:one|way)"
        r"|drop in|walk in|due|overdue|behind|reminders?"
        r"|(?:need to|should i|do i|shall i) (?:ring|call|phone)"
        r"|nursery|school|\d+(?:am|pm)?|o clock|earliest|latest|site|mon|tue|tues|wed|weds|thu"
        r"|thur|thurs|fri|sat|sun|(?:can|could) it be (?:at|after|before|on|in|the|a)"
        r"|too (?:early|late) for (?:you|yous)",  # "or is that too early for you?" (H210)
    ],
}
