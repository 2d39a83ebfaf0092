"""More English forms of a refusal (issue 13, refusal-recall pass), added to ``cues.CUES``.

Each form is a general shape of a decision against the vaccine, not a reply's wording: who
the family is or a choice long made, another kind of care preferred, a future that will not
change, a no said before and still meant. A form that needs a no beside it to be a decision
is a ``settled`` cue (labels._add_decisions): "we've decided" opens a yes as often as a no.
"""

from __future__ import annotations

from assistant.scripts.lexicon_en.words import VAXN, W

# Words that end a statement: a full stop, a comma, the end, or a closing courtesy.
_END = r"(?= [.,!]|$| thanks| thank you| ta| x| for (?:him|her|them|us|\w+)(?= [.,!]|$))"

MORE_CUES: dict[str, list[str]] = {
    "refuse": [
        # "Never have and never will": a past and a future without them.
        r"never (?:have|had|did|done)(?: it| them| any)?(?: ,)? (?:and|nor)(?: we| they| he| she)?"
        r" (?:never will|will never|wont(?: ever)?|never going to)",
        # "Our church community doesn't take part": a community's or family's standing
        # choice not to join the programme (a school trip or a class is not named).
        r"(?:dont|do not|doesnt|does not|wont|will not|never|not going to) (?:take part"
        r"|participate|partake)(?: in| with)?(?: (?:the|any|this|these|those|your))?"
        rf"(?: {VAXN}| vaccination programme| immunisation programme| programme| program| it"
        r"| them| that)?(?= [.,!]|$| thanks)",
        # Consent cancelled, said object first ("consent cancel kar dein", "consent withdraw").
        r"consent (?:cancel|revoke|withdraw|wapas|back)(?![^ ])",
        # Who the family is: "we're a non vaccinating family", "we are an unvaccinated
        # household" (the bare phrase stays refuse_soft: "a non-vax family asked me...").
        r"(?:we are|we re|were|we have always been|we have been) (?:a |an )?(?:non|not a|un|no)"
        r" ?(?:vaccinating|vaxxing|vax|vaccine|vaccinated|jab|jabbing) (?:family|household"
        r"|home|house)",
        # "We don't believe in all that", "my family doesn't do vaccines".
        r"(?:dont|never|do not) (?:believe in|agree with|hold with|go in for) all (?:that|this"
        r"|of (?:that|this|it))",
        # A future that will not change: "will remain unvaccinated", "stays unjabbed".
        # (not after a not: "he won't be staying unvaccinated" is the opposite)
        r"(?<!not )(?<!wont )(?<!wont be )(?<!not be )(?<!never )(?<!no longer )"
        r"(?:stays?|staying|remains?|remaining|will (?:stay|remain|be staying|be remaining)"
        r"|going to (?:stay|remain)|gonna (?:stay|remain)|grow(?:s|ing)? up) (?:fully |totally"
        r" |completely )?(?:unvaccinated|unvaxxed|unvaxed|unjabbed|unimmunised|vaccine free"
        r"|vax free|jab free)",
        # "Will grow up without your chemicals": the child's life without them, ahead.
        r"(?:grow|grows|growing|grew|raise|raising|raised|bring|bringing|brought) (?:them |him"
        r" |her |\w+ )?up (?:without|free of|free from)(?: any| your| ur| the| those| these)?"
        rf" (?:{VAXN}|chemicals|toxins|poison\w*|needles|that stuff|your stuff)",
        # "No gettin it", "nae havin them": a no to the child having it, in dialect.
        r"(?:(?<=[.,!] )|^)(?:no|nae|not) (?:gettin|getting|havin|having|gonna get|gonna have"
        r"|going to get|going to have)(?: it| them| that| those| any| the \w+)(?= [.,!]|$)",
        # "Not something we'll be doing", "not something we'll be doing for Kai".
        r"not (?:something|anything|what) (?:we|i) (?:will be doing|will do|would do|are doing"
        rf"|are going to do|are gonna do|will be having|want){_END}",
        # "We won't be bringing Milo in for any vaccinations".
        r"(?:wont|will not|not going to|never going to|wont ever)(?: be)? (?:bring\w*|tak\w*)"
        rf"(?: {W}){{1,2}}(?: in| down| along)? (?:for|to)(?: any| the| his| her| their)?"
        rf" {VAXN}",
        # "Our answer is always gonna be no", "the answer will always be no".
        r"answer (?:is |will )?(?:always |still |gonna |going to )*(?:be |stay |remain )?"
        r"(?:always )?(?:a )?(?:no|never)(?= [.,!]|$| to| from| for)",
    ],
    "refuse_soft": [
        # Another kind of care preferred: natural medicine, "stay natural", "caught it
        # naturally".
        r"natural (?:medicine|approach|methods?|alternatives?|route|remed\w*|treatments?"
        r"|health care|healthcare|parenting|life|lifestyle)|alternative (?:medicine|health"
        r"|therap\w*|remed\w*|treatments?)|functional medicine|(?:stays?|staying|keep|keeps"
        r"|keeping)(?: (?:them|him|her|it|our \w+|my \w+))? (?:natural|all natural|pure)"
        # (not "had her naturally": a birth; the illness is named or "it")
        rf"{_END}|(?:catch|caught|catches|catching|get|gets|got|getting)"
        r"(?: it| them| measles| mumps| rubella| chicken ?pox| the (?:illness|disease|virus)\w*)?"
        r" naturally|naturally (?:immune|acquired)",
        # A standing view: "that's been our stance with all our children".
        r"(?:been|is|remains|has always been|was always) (?:our|my) (?:stance|position|policy"
        r"|rule)(?= [.,!]|$| with| for| on| since| from| always)",
        # A no said before and still meant: "we've said no before", "same answer as before".
        r"(?:we|i)(?: have| had)?(?: already| always)? (?:said|told (?:you|them|the \w+|your"
        r" \w+)) no (?:before|already|last time|previously|many times|\w+ times|every time"
        r"|each time|twice|to (?:the|your) (?:nurse|doctor|gp|receptionist|colleague|surgery"
        r"|practice|health visitor|hv|last \w+))"
        r"|(?:its|it is|it|thats|that is|and its)(?: still)? the same answer"
        r"|(?:same|our|my) answer(?: as (?:before|last time|always))?(?: is| was| :)? (?:the"
        r" same|still the same|still no|unchanged)|answer (?:hasnt|has not|havent|wont|will"
        r" not|doesnt|does not|is not going to|never) chang\w*",
        # "Vaccines = no in this house", "no in this family".
        r"no in (?:this|our|my) (?:family|house|household|home)(?= [.,!]|$)",
    ],
    # "We've always said no": a no that lasts, so a "now" beside it is no deferral (rule 4).
    "lasting": [r"always (?:said|say|been|saying)(?: a)? no"],
    # A decision said (needs a no beside it to be a refusal, labels._add_decisions; a
    # condition still softens it, rule 4): "we've decided", "it's final", "respect that".
    "settled": [
        r"(?:we|i) (?:have |had )?(?:decided|made (?:up )?(?:our|my) minds?(?: up)?"
        r"|looked into it|done (?:our|my) research|thought (?:long and hard|about it long))"
        r"(?= [.,!]|$| and| so| thanks)"
        r"|(?:it|that|this|decision|choice) is (?:final|decided|settled|made)(?= [.,!]|$)"
        r"|(?:its|it is|thats|that is) (?:our|my|the family s) (?:final )?(?:answer|call)"
        r"|(?:please )?respect (?:that|this|it|our|my)(?: (?:decision|choice|wishes|views?))?"
        r"(?= [.,!]|$)|final(?= [.,!]|$)",
    ],
}
