"""The English cues of a decision against the vaccine: ``refuse`` (a stated decision) and
``refuse_soft`` (weaker forms that still decide when nothing softens them). Patterns over
the rewritten ``english`` view, as ``cues``; a refusal still needs the model too (H1)."""

from __future__ import annotations

from assistant.scripts.lexicon_en.words import CONTACT, OBJ, VAXN, W

REFUSAL_CUES: dict[str, list[str]] = {
    # A stated decision against the vaccine (rule 1).
    "refuse": [
        # "We've looked into it and it's not for us" (H208): a decision, which the veto on "it's
        # not for us" (a text meant for someone else) must not undo, so a "refuse" cue.
        r"(?:looked into it|read up on it|done (?:our|my) research|thought about it)(?: \w+){0,3}"
        r" (?:and|,) (?:it is|its|it|they are|theyre) not for (?:us|me|him|her|them)",
        rf"dont (?:want|wish)(?: to (?:have|get|give|do|let))?(?: {OBJ})?",
        r"dont (?:consent|give (?:my |our )?(?:consent|permission)|agree to"
        rf"(?: {OBJ})?)|withdraw\w*(?: my| our| all)? consent|consent (?:is )?withdrawn"
        r"|(?:cancel\w*|revok\w*|retract\w*|pull\w*) (?:my |our |the |all |any )?consent"
        r"|consent (?:is |has been )?(?:cancelled|revoked|retracted)"
        r"|no consent|not (?:consenting|giving (?:consent|permission))"
        r"|(?:never|will never|wont ever|would never)(?: ever)? (?:agree|consent) to",
        r"(?:decided|decide|chosen|chose|choose|choice|decision|opted) (?:against|not to|no)"
        # Scots "we've decided nae jags for him", "no ta we're choosing not to" (H213, test
        # split AB): not "decided nae point waiting", "choosing not to go private for it".
        rf"|decided nae {VAXN}|choosing not to(?= [.,!]|$| sorry| thanks| thank| ta)"
        rf"|made(?: {W}){{1,3}} (?:decision|choice) not to",
        r"declin\w*|refus\w*|reject\w*",
        rf"(?:opt|opting|opted) out of(?: {W}){{0,2}} (?:{VAXN}|programme|program)",
        rf"(?:wont|never|not going to|never going to|will never)(?: be)? (?:vaccinat\w*"
        rf"|immunis\w*|jabb\w*"
        rf"|consent\w*|inject\w*)|(?:wont|never|not going to|will never)(?: be)? (?:hav\w*|get\w*"
        rf"|bring\w*|giv\w*|do|doing|let\w*|allow\w*|tak\w*|put\w*)(?: {W})? {OBJ}"
        rf"|(?:wont|never|not going to|will never)(?: be)? (?:hav\w*|get\w*|giv\w*|tak\w*)"
        rf"(?: {W}){{2}} {VAXN}"
        r"|wont be(?= [.,]|$)",
        # Not "we're not bothering the surgery again, he had it at the walk-in", nor "I'm not
        # having him miss it again, book him in" (near misses after test split U, H212).
        r"not (?:vaccinating|vaccinate|immunising|jabbing|injecting|going ahead"
        r"|bothering(?! (?:you|u|yous|the (?:surgery|practice|doctors?|gp|nurses?|clinic"
        r"|receptionists?)|anyone|anybody)))"
        r"|not (?:getting|being)(?: him| her| them)? (?:injected|jabbed|vaccinated|immunised)"
        rf"|not (?:having|getting|doing|giving|bringing|taking|putting|letting)(?: {W})? {OBJ}"
        r"(?! (?:miss\w*|go without|going without|fall\w* behind|be left|left out))",
        rf"(?:dont|never) (?:vaccinat\w*|vax|immunise|immunising"
        rf"|do (?:(?:the |any |those |these )?{VAXN}|it|them|that)"
        rf"|believe in {OBJ}|agree with (?:{VAXN}|them|it|vaccinat\w*)|trust (?:{VAXN}|them"
        rf"|it|big pharma)|support {VAXN})"
        # Scots "we dinnae believe in it, hen" (H211, test split R): the family's own words,
        # opening a sentence; not "me mam divvent believe in it" nor "ma mam says we dinnae".
        rf"|(?:^|(?<=[.!] ))(?:we|i) (?:dinnae|dinna|divvent) believe in {OBJ}",
        rf"antivax|anti (?:{VAXN})|against (?:{VAXN}|it|them|all(?: of)? (?:it|them|{VAXN}))"
        rf"|(?:object|objects|opposed) to (?:it|them|all|any|vaccinat\w*|{VAXN})",
        r"(?:unvaccinated|unimmunised|unjabbed|vaccine free|vax free) (?:family|household"
        r"|home|house|kids|children|child|son|daughter|and)|stay(?:ing|s)? (?:unvaccinated|unjabbed"
        r"|unvaxxed|unvaxed|unimmunised|that way)",
        rf"no (?:more |further )?{VAXN}(?: (?:for|near|in|ever|at all|period)|(?= [.,]|$))",
        rf"(?:stopped|stopping|quit|given up|giving up|done with|finished with|had enough"
        rf"(?: of)?)(?: all| any| with| the)? {VAXN}",
        # Who the family is, and a long-standing choice (issue 13).
        r"EVERNO|conscientious objectors?|(?:long standing |longstanding )?objection to"
        rf"(?: all| any)? {VAXN}|(?:answers?|its|it is)(?: is| was| will be)?(?: still| always)?"
        r"(?: gonna be| going to be)?"
        r" (?:a )?(?:no|never)(?! (?:one|problem|worries|rush))|(?:put|mark) (?:us|me|him|her"
        r"|them) down as a no",
        rf"(?:wouldnt|would never|would not|will not|shall not|shant)(?: ever)? (?:let|give"
        rf"|have|get|allow|put|bring)(?: {W}){{0,3}} {VAXN}",
        rf"(?:wont|will not|shall not|not) be needing (?:it|them|any|this|that|those|these"
        rf"|the {VAXN}|{VAXN})"
        rf"|not (?:doing|having|getting|into)(?: any| the)? {VAXN}|(?:wont|will not)(?: be)? receiv"
        rf"\w*(?: {W}){{0,2}} {VAXN}"
        # "My children will not receive them.": only where the sentence ends (not "we won't be
        # receiving any more of your texts", "won't be receiving them here, at the hospital").
        r"|(?:wont|will not|will never)(?: be)? receiv\w* (?:them|it|any)(?= [.!]|$)",
        # A settled no, said plainly or in dialect: "it's a no from us", "we still say no",
        # "nor will she ever", "we're no having it", "we divvent do jabs", "not something we do".
        r"(?:it|that|answer)(?: is)?(?: still| always| definitely)? a (?:\w+ )?no(?= [.,!]|$"
        r"| from| for| thanks)|(?:still|definitely|always) (?:a )?(?:\w+ )?no from"
        r"|(?:we|i) (?:still |always )?(?:say|said) no(?= [.,!]|$| to (?:it|them|all|any))"
        r"|nor will (?:he|she|they|we|it) ever|(?:we|he|she|they|i) never will(?= [.,!]|$)"
        r"|no (?:child|children|grandchild\w*|kids?|son|daughter|baby|grandson|granddaughter)"
        r" of (?:mine|ours) (?:is|are|will|gets)",
        r"(?:we are|we|he|she|they|they are|i am|he is|she is|(?:the|my|our|ma|wur) (?:bairn"
        r"|wean|bairns|weans|baby|kids?|son|daughter|boy|girl|lad|lass|wee one|little one)"
        r"(?: s| is| are)?)"
        r" (?:not|no|nae|ay)"
        r" (?:havin|having|gettin|getting|doin|doing|daein|dain)(?: any| it| that| them)"
        rf"|(?:divvent|dinnae|dinna|divent) (?:do|dee|get|have|hae) (?:it|them|that|{VAXN})"
        r"(?! (?:there|at|on|fir|for|wi))"
        r"|(?:dont|never|divvent|dinnae) do (?:all|any of) (?:that|it|them|this)"
        r"|not (?:something|what) (?:we|i) (?:do|believe in|agree with|support)(?= [.,!]|$| in"
        r"| here| as)",
        # Issue 13, after test split J: kept unvaccinated, nothing injected, none to come, no
        # booking, a family that is done with them ("keeping her unvaccinated is the right
        # choice", "she's not having nowt pumped into her", "she's had none and she'll have
        # none", "we won't be booking", "that's it for jabs, for good").
        r"(?:keep|keeping|keeps|kept) (?:him|her|them|my \w+|our \w+|the \w+) (?:unvaccinated"
        r"|unvaxxed|unjabbed|unimmunised|vaccine free)"
        r"|(?:nothing|anything|none of (?:that|it|this|them)|chemicals|toxins) (?:pumped|injected"
        r"|put|shoved|going) (?:in|into)(?: (?:him|her|them|my|our|his|their))?"
        r"|(?:will|shall|to) (?:have|get|be having|be getting) none(?= [.,!]|$| of| either)"
        r"|(?:wont|will not|not) be (?:booking|rebooking|making an appointment|bringing (?:him|her"
        r"|them))"
        r"(?= [.,!]|$| it| any| in| thanks)"
        rf"|(?:that|that is|it is) it for (?:{VAXN}|them|us)",
        rf"(?:dont|never) (?:take|accept|give (?:them|him|her|our \w+|my \w+))(?: any)? {VAXN}"
        rf"|(?:dont|never|dinnae|divvent|dinna) bother (?:wi|with|getting|having|doing)(?: any| the"
        rf"| all)? (?:{VAXN}(?! (?:fir|for|fur) (?:ourselves|oorsels|masel|myself|us|me))"
        rf"|that(?= [.,!]|$| to be honest| tbh)"
        r"|any of (?:that|it|them))"
        r"|(?:it|that|this|not vaccinating) is our way(?= [.,!]|$)",
    ],
    # Weaker forms of a no that still read as a decision when nothing softens them.
    "refuse_soft": [
        # "We're not for it at all" (H213, test split AB): weak, as the English view loses a
        # "was" ("I was not for it at all, but ... book her in" is a stance given up), so a yes
        # beside it is for a person. "That's the end of it as far as vaccines go for our kids"
        # (a near miss after AB), not after a jab had (a veto).
        rf"(?<!if )(?<!though )(?:we|i) not for (?:it|them|vaccinat\w*|{VAXN}) at all(?= [.,!]|$)"
        r"|(?:that|thats|that is) the end of (?:it|that) as far as (?:the )?(?:vaccines|jabs"
        r"|vaccinations|injections|immunisations) go\w*",
        # Issue 13, after test split M (H209): "we don't hold with it", "that's been our position
        # ever since", "we won't be using vaccines", "we rely on prayer", "instead of conventional
        # vaccines" (not "homeoprophylaxis" alone: a near miss asks whether a text about it is a
        # scam), "she's said no ... so that's that", "hasn't vaccinated for three generations",
        # "not up for discussion".
        rf"(?:dont|do not|never|have never|never have) (?:hold|held) with (?:it|them|that|all that"
        rf"|{VAXN})"
        r"|(?:that|thats|that is|it|its|it is|that has|it has)(?: been)? our (?:position|stance"
        r"|view)(?= [.,!]|$| ever| since| for| all)"
        rf"|(?:wont|will not|dont|do not|never) (?:be )?using {VAXN}"
        r"|rely on prayer|christian scien\w+"
        rf"|instead of (?:conventional |normal |the |any |your )?{VAXN}"
        r"|said no(?: \w+){0,8} (?:so )?(?:thats|that is|that) that"
        r"|(?:hasnt|has not|havent|have not) vaccinated (?:for|in|since) (?:\w+ ){0,2}"
        r"(?:generations"
        r"|years|decades)"
        r"|not (?:up|open) for (?:discussion|debate)",
        # Issue 13, the retired test splits' refusals read again (H208): "we won't be going ahead
        # with any of them", "stopped after the 8 week ones and not restarting", "still no",
        # "I've said no three times", "we're skipping that one", "don't book any more".
        rf"(?:wont|will not|are not|not) be going ahead with (?:any|it|them|the {VAXN}|{VAXN}"
        r"|this|these|those)(?!(?: of them| of it)? (?:here|there|at (?:your|the)|with you))"
        r"|(?:stopped|stop)(?: \w+){0,6} (?:and|,) (?:we are |were |i am |im )?not (?:restarting"
        r"|starting (?:them |it )?again|going back)"
        r"|(?:^|[.!] )still (?:a )?no(?= [.,!]|$)|(?:we are|were|i am|im) still saying no"
        r"|(?:ive|i have|weve|we have|i|we) (?:said|told you|told yous) no (?:\w+ ){0,2}times"
        r"|(?:we are|were|i am|im) skipping (?:that|this|it|them|those|these)(?: one| ones)?"
        r"(?= [.,!]|$| thanks| ta)"
        r"|(?:dont|do not) book (?:him |her |them )?(?:any ?more|anything (?:else|more)"
        r"|any others?)"
        # "remove her from the immunisation programme", "not something we'll be doing", "vaccines
        # = no in this house", "we don't believe in all that", "we won't be bringing Milo in for
        # any vaccinations", "said no before and
        # we're saying it again".
        rf"|remove (?:him|her|them|us|me|my \w+|our \w+) from (?:the )?(?:{VAXN}|vaccination"
        r"|immunisation) (?:programme|program|list|register)"
        r"|not something (?:we|i) (?:will |ll )?(?:be )?(?:doing|do)(?= [.,!]|$| for| with)"
        rf"|{VAXN} (?:is |are )?no in (?:this|our|my) (?:house|family|home|household)"
        r"|(?:dont|never) believe in all (?:that|this|of (?:that|this|them|it))"
        rf"|(?:wont|will not|not) be bringing (?:\w+ )?in for (?:any |the |his |her |their )?{VAXN}"
        r"|said no before and (?:we are|were|i am|im) saying it again",
        # Issue 13, after test split L: "a firm no from us", "we're a no to the MMR", "we'll give
        # these a miss", "this one is staying natural", "after what it did to her, never
        # again", "we follow a different path for our family's health".
        r"(?<!not )(?<!not a )(?:firm|definite|flat|solid) no(?= from (?:us|me|our|this)| thanks"
        rf"| ta|$)|(?:we are|i am) a no(?= [.,!]$|$| thanks| from (?:us|me))|(?:we are|i am) a no"
        rf" (?:to|for|on) (?:the |all |any |all of |any of )?(?:{VAXN}|them|it|vaccinat\w*)"
        rf"|giv\w* (?:it|them|these|those|all(?: of)? (?:them|these|those)|(?:the |these |those )?"
        rf"{VAXN}) a miss"
        r"|(?:is|are) (?:staying|stopping|keeping) natural|(?:stay|stays|keep (?:him|her|them))"
        r" natural(?= [.,!]|$)"
        r"|(?:after|since) what (?:\w+ ){0,5}(?:did|happened|went)(?: \w+){0,4}(?: ,)? never again"
        # "That's him done wi jags" (finished with them; "he's done wi jags, had the lot" is not).
        rf"|(?:that|thats|that is) (?:him|her|them|us) done (?:with|wi)(?: the| any| all)? {VAXN}"
        r"|(?:follow|take|chose|choose|prefer|go down) (?:a |an )?(?:different|another"
        r"|alternative|holistic) (?:path|route|approach)(?= [.,!]|$| for (?:our|the|my)"
        r" (?:family|familys|kids|children|childrens))",
        rf"not interested(?! in(?: {W}){{0,2}} {CONTACT})",
        # Issue 13, rules pass: the family's way, said many ways ("we're a non vaccinating
        # family", "a no go for us", "not in this family", "wouldn't touch them", "we don't
        # go in for vaccines", "unvaccinated by choice", "we chose long ago not to vax").
        r"(?:non|not a|not an|un) ?(?:vaccinating|vaxxing|vax|jab|jabbing|vaccine|vaccinated)"
        r" (?:family|household|home|house|people|kids)"
        r"|(?:a )?no go (?:for|from) (?:us|me|our family|this family|this house)"
        r"|(?:is |are )?a no (?:from|for) (?:us|me|our family|this family|this house)"
        r"|(?:not|never) in (?:this|our|my) (?:family|house|household|home)(?= [.,!]|$)"
        r"|(?:wouldnt|would not|would never|not going to|never) touch (?:them|it|that|those|the"
        r" \w+)(?: with a (?:barge ?pole|ten foot pole|bargepole))?"
        rf"|(?:dont|do not|never|wont) (?:go in for|use|inject (?:my|our|them|him|her)(?: \w+)?"
        rf" with)(?: any| the)? (?:vaccin\w*|jabs|{VAXN}|that stuff|them)"
        r"|(?:dont|do not|never) have (?:them|vaccin\w*|jabs) done"
        r"|(?:unvaccinated|unvaxxed|unvaxed) by choice"
        r"|(?:chose|chosen|choose|decided|settled on|opted)(?: \w+){0,3} (?:not to|on not|against)"
        r" (?:vax\w*|vaccinat\w*|immunis\w*|jab\w*|having (?:them|it)|have (?:them|it))",
        # A no said before and still meant (issue 13, rules pass): "it's still no", "we said no
        # and we meant it", "mum and dad both say no", "final answer".
        r"(?:it|answer|that|and it|its) (?:is )?still (?:a )?(?:no|STRONGNO)(?= [.,!]|$)"
        r"|(?:we|i|both of us)(?: both| have| had)? (?:say|said|told you) no(?: \w+){0,5}"
        r" (?:and|,) (?:we|i) (?:meant|mean) it"
        r"|(?:mum and dad|dad and mum|both parents|we|his (?:mum|dad) and i|her (?:mum|dad)"
        r" and i|his (?:mum|dad) and me|her (?:mum|dad) and me) both say no"
        r"|(?:and |thats (?:my |our )?|that is (?:my |our )?)?final answer",
        r"not for (?:us|me|him|her|them|my|our)|(?:we|i) will pass|STRONGNO|hard pass"
        r"|not (?:that|the|this) (?:kind|sort|type) of (?:family|people|parents?|household|mum"
        rf"|dad)|(?:you can )?keep (?:your|ur|the|them|those|yer) {VAXN}"
        r"|pure ?blood\w*",
        r"poison\w*|toxic|toxins|vaccine injur\w*|injured by|big pharma|guinea pigs?|lab rats?"
        r"|not sheep|sheeple|pin ?cushion",
        rf"(?:{VAXN}|they) (?:cause|causes|caused) (?:autism|harm|damage|death)",
        # Another kind of care preferred, the family's way of life, a choice long made.
        r"homeopath\w*|home (?:yo |o )?path\w*|homoeopath\w*|naturopath\w*|ayurved\w*"
        r"|chiropract\w*|holistic\w*|herbal|herbs"
        r"|natural (?:immunity|health|living|remedies|way)|the natural way|chicken ?pox part\w*"
        r"|home remed\w*|WITHOUTVAX|KEEPCHOICE",
        rf"(?:vaccine|vax|jab|chemical|toxin|medicine) free|(?:unvaccinated|not vaccinated)"
        rf" by choice|{VAXN}(?: just)? (?:not|are not|is not|have never been|never been)"
        rf"(?: {W}){{0,2}} (?:something|part|right|for (?:us|our|my|me)|our thing)"
        rf"|{VAXN} (?:have no place|dont fit|do not fit)",
        rf"none of (?:my|our|ours|mine|them|the kids|the others|the rest)(?: {W}){{0,2}}"
        rf" (?:will|would|are|is|get|gets|getting|having|have|has|had|ever)(?: {W}){{0,2}}"
        rf" (?:{VAXN}|vaccinated|immunised|it"
        r"|jabbed|them|any|one)|none will"
        # "Nobody is giving my daughter any more vaccines" (H211, test split S).
        r"|(?:nobody|no one|noone) (?:is|will be) (?:giving|putting|injecting) (?:him|her|them"
        r"|my \w+|our \w+)(?: \w+){0,2} any more|(?:made|make) (?:our|my|wur|ma|up our|up my)"
        r" minds?(?: up)?|(?:our|my|their) minds? (?:are|is) made up"
        r"|(?:our|my|ma) (?:choice|decision)|personal choice|by choice"
        r"|considered decision|(?:said|say|saying|sayin) no to (?:all|any|every|them|{VAXN})"
        r"|always (?:said|say|been)(?: a)? no|(?:sticking|stick|stuck) (?:to|with) (?:it|that|our"
        r"|my)(?: decision| choice| guns)?(?= [.,!]|$)|(?:fine|good|happy|ok|alright) as (?:we|he"
        r"|she|they) (?:are|is)|take (?:our|my|his|her|their) chances|avoid (?:all |any )?"
        rf"{VAXN}|(?:(?<=[.,!] )|^)no more(?= [.,!]|$)|(?:that|that is|its|it) all (?:he|she"
        r"|he is|she is|they|they are|we|we are) (?:having|getting)"
        r"|(?:ones?|lot) (?:he|she|he is|she is|they|they are) (?:having|getting)",
        rf"skipping (?:them all|all of them|the lot|them|all(?: the)? {VAXN}|(?:the )?{VAXN})"
        r"|(?:a |the )?(?:choice|decision) (?:we|i) (?:made|have made|took)"
        r"|not (?:vaccinated|immunised|jabbed)(?: ,)? and (?:he|she|they|we|it)(?: is| are)?"
        r" (?:not|never) (?:going to|gonna|will) be|(?:led|lead|leads|turned|steered)"
        r" (?:us|me|our family) away from"
        r"|said no (?:sane |normal |parent )?\w* ever|SARCASM"
        r"|(?:let|letting|leave|leaving) (?:his|her|their|the|its|our) (?:own )?(?:immune system"
        r"|body|bodies|immunity)|(?:done|finished) with (?:all )?(?:that|it|them)"
        r"(?= [.,!]|$| in| now| for)"
        r"|not (?:going to|gonna|to) go ahead|(?:thats|that is|that) us done"
        rf"|(?:doesnt|dont|does not|wont|will not) include (?:any )?{VAXN}"
        r"|(?:keeping|keep|kept) it that way|steered clear|steer clear of (?:them|vaccin\w*|jabs)"
        r"|(?:give|giving) (?:it|them) a miss|(?:withdrawn|withdrew|taken|took)"
        r"(?: \w+){0,2} (?:out of|from) (?:all |the )?(?:vaccin\w*|immunis\w*|programme)",
        # Issue 13, after test split O (H210): a child taken out of the programmes by the
        # family itself or by its letter, a no stated as who "wouldn't be vaccinated", beliefs
        # stuck to, immunity left to build itself, an offer not taken up, a jab the children
        # "are never getting", "stopped bothering with the rest". Not "done with all of them"
        # (had them all, too) nor "keeping that promise" (to have them done, too): a second
        # reader's near misses.
        r"(?:(?:letter|form|notice|request)(?: \w+){0,6}|(?:i|we)(?: have| am| are)?"
        r"(?: (?!been|were|was|got|get|be|being)\w+)?) (?:remov|withdr[ae]w)\w*(?: \w+){0,2} from"
        r" (?:all |the |any )?"
        r"(?:nhs )?(?:vaccin\w*|immunis\w*) programmes?"
        r"|(?:we|i)(?: \w+){0,2} (?:decided|agreed|chose|promised|said)(?: \w+)? (?:that|so) \w+"
        r" (?:wouldnt|would not|would never) be (?:vaccinated|immunised|jabbed)"
        r"|(?:beliefs|principles)(?: \w+){0,3} stick\w* (?:to|with|by) (?:them|it)"
        r"|(?:let|letting) (?:him|her|them) build\w*(?: up)? (?:his|her|their)(?: own)? (?:immunity"
        r"|immune system)|build\w*(?: up)? (?:his|her|their|its|our)(?: own)? (?:immunity"
        r"|immune system) naturally"
        r"|(?:we|i)(?: will| would)? (?:wont|will not|not) be tak\w* (?:up )?(?:the|this|your)"
        r" offer(?= [.,!]|$| so| thanks| thank)"
        rf"|{VAXN}(?: {W}){{0,3}} (?:is|are|will be) never (?:getting|having|going to get)"
        r"(?= [.,!]|$)"
        r"|(?:stopped|given up|gave up) bothering with (?:the rest|them|any more|the others)"
        r"(?= [.,!]|$| for| now)"
        r"|(?:thats|that is|that) where (?:we are|were|we) (?:stopping|stop)(?= [.,!]|$)"
        r"|nothing more for any of them(?= [.,!]|$)"
        r"|answer (?:for|from) (?:\w+ ){0,3}is (?:a )?no(?= [.,!]|$)",
        # The retired splits' refusals the model was sure of, read out-of-fold after O (H210):
        # "our faith forbids vaccination", "no to the jabs for the twins. decided", "not gonna
        # happen mate", "we said no at the 1 year ones and nothing's changed", "we do not give
        # the injection to children".
        rf"(?:faith|religion|beliefs?|church|imam|pastor) (?:forbids|forbid|prohibits"
        rf"|does not allow|doesnt allow|dont allow|doesnt permit|does not permit|dont permit)"
        rf" (?:{VAXN}|vaccinat\w*|it|them)(?= [.,!]|$| and| so| for (?:us|our|my|children|kids))"
        rf"|(?:(?<=[.!,] )|^)no to (?:the |all |any )?{VAXN}(?: for (?:the |my |our )?\w+)?"
        r"(?= [.,!]|$)"
        r"|(?:(?<=[.!,] )|^)(?:its |that is |thats |that )?not (?:gonna|going to) happen"
        r"(?= [.,!]|$| mate| love| pal| sorry)"
        r"|said no(?: \w+){0,8} (?:and|,) nothing(?: has| s|s)? changed"
        rf"|we (?:do not|dont|never) give (?:the |any )?{VAXN} to (?:children|kids|babies|our|my"
        r"|him|her|them)",
        # Test split P, measured and read (H210): "we've chosen to take her out of the vaccine
        # programme", "mi nah tek him fi dat", "we don't believe in putting chemicals in his
        # body", "that's where we're stopping", "MMR we're not doing",
        # "neither twin will be having the MMR", "nothing more for any of them", "the answer
        # for our daughter is no".
        r"(?:chosen|decided|opted|going) to (?:take|taking) (?:him|her|them) out of (?:the |all )?"
        r"(?:nhs )?(?:vaccin\w*|immunis\w*) programmes?"
        r"|(?:mi|me|we|wi) nah (?:tek|take|mek|do|get|give) (?:him|her|dem|them|it)"
        r"|(?:dont|do not|never) believe in (?:putting|injecting|giving) (?:chemicals|that|it|them"
        r"|toxins|vaccines?|anything)"
        rf"|{VAXN} (?:we are|were|we) not (?:doing|having|getting)(?= [.,!]|$| full| at all)"
        r"|neither (?:twin|child|one|of them|of (?:my|our) (?:kids|children|boys|girls))"
        r"(?: \w+)? (?:will be|is|are) (?:having|getting) (?:the |any |their |his |her )?(?:mmr"
        r"|jabs|vaccines?|vaccinations?|injections|boosters?|menb)"
        r"(?= [.,!]|$| either| at all| and)",
    ],
}
