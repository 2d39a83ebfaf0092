"""Requests about someone or something else (issue 13, hazard H201), added to ``cues.CUES``.

A reply that says yes or book about another person's appointment or another service, or a
text meant for someone else, is not a yes to the child's vaccines (``elsewhere``), unless it
also names them (``child_vax``; ``labels_decide.decide``).
"""

from __future__ import annotations

from assistant.scripts.lexicon_en.words import ADULTS, CHILD, OTHERS, VAXN

# "... in for swimming lessons on Saturday": a class the child is put in for.
_A_CLASS = (r"(?:his |her |their )?(?:swimming|swim|dance|ballet|football|music|piano"
            r"|drama|gymnastics|karate|judo|tennis|rugby)(?: lessons?| class(?:es)?| club)?"
            r"(?= [.,!?]|$| on| at| this| next| in)")

ELSEWHERE_CUES: dict[str, list[str]] = {
    # Issue 13 (test split F's four false agrees): a request about another person's
    # appointment or another service ("can I book my own smear", "my mum's appointment on
    # Friday, can she move it", "is Dr Ahmed there today"): its yes and booking words are not
    # about the child's vaccines, unless it also names them (``child_vax``; labels_decide.decide).
    "elsewhere": [
        r"smear\w*|cervical|dentists?|dental|orthodont\w*|opticians?|eye test|eye screening"
        r"|diabetic (?:eye|review|check\w*|clinic)|physio\w*"
        r"|blood tests?|bloods|sick note|fit note|(?:repeat |my )prescriptions?"
        r"|contracepti\w*|coil|pill check|test results|my results|(?:a |my )referral"
        r"|(?:a |my )(?:scan|smear|mri|x ray|ecg|op|operation)|hearing test|podiatr\w*|chiropod\w*"
        r"|hairdresser\w*|haircut|salon|barbers?|vets?|mot|garage"
        rf"|(?:my|our|his|her|their) {ADULTS}s? (?:appointment|appt|app|review|check ?up|results"
        r"|prescription|operation|op|scan|bloods|jab|flu jab|booster|covid)"
        rf"|(?:appointment|appt|review|check ?up) for (?:me|myself|my {OTHERS}|my(?: own)? self)"
        r"|(?:book|see|get) (?:me|myself) (?:in|an appointment)|my own (?:appointment|appt|jab"
        r"|flu jab|booster|covid|review|check ?up)|for myself|(?:my|me) (?:own )?flu jab"
        r"|(?:is|see|speak to|speak with|talk to|with|for) (?:dr|doctor)(?: \.)? (?!about)[a-z]{3,}"
        r"|(?:dr|doctor)(?: \.)? [a-z]{3,} (?:in|there|around|available|working|back|on)"
        r"(?= [.,!?]|$)|receptionist|school office"
        # The parent's own appointment said plainly or in dialect ("an appt 4 me", "ma ain
        # appointment"), someone else booked in ("book my dad in"), a visit to the house.
        r"|(?:appointment|appt|slot) (?:4|for) (?:me|myself|us both|me and)"
        r"|(?:my|ma|me) (?:own|ain|aine) (?:appointment|appt|slot|doctor|nurse|gp)"
        rf"|(?:book|get|put|fit|squeeze) (?:my|our|me|his|her|their|the) {OTHERS} in"
        rf"|(?:for|with) me and (?:my|the) {OTHERS}|home visit|travel (?:jabs?|vaccin\w*|clinic)"
        rf"|(?:book|put|get|fit) me and (?:my|the) {OTHERS} in|(?:our|my) (?:own )?(?:covid|flu"
        r"|travel|shingles) (?:jabs?|boosters?|vaccin\w*)|speech therapy|speech and language"
        r"|salt lady|salt team|audiology|sharps bin|insulin|school trip|trip money|dinner money"
        r"|book bag|(?:the|your|my|a) lesson|take the \w+ shift|(?:cover|swap) (?:the|your|a|my)"
        r" shift|plumber|electrician|landlord|boiler|(?:the|an|my|your) interview"
        r"|(?:the|my|our|his|her) (?:dog|dogs|cat|cats|puppy|kitten|rabbit|pet|pets)"
        r"(?= [.,!?]|$| in| for| to| at| booked)"
        r"|(?:\d|one|two|three|four) bed(?:room)? (?:flat|house|place)|(?:a|the) viewing"
        r"|hearing aids?|(?:annual|nhs) health check|(?:blood )?pressure check|bp check"
        r"|scrip(?: ready| to)"
        r"|(?:my|the) (?:scrip|script)(?= [.,!?]|$| is| ready)"
        r"|ultrasound|tyres?|tires?|mechanic|car (?:service|repair|wash)"
        r"|(?:my|the) car (?:in|booked|fixed|serviced|repaired)"
        # Other services a text meant for someone else books: beauty, a table, a job, a class.
        r"|eyebrows?|brows|lashes|nails|manicure|pedicure|waxing|(?:leg|bikini|eyebrow) wax"
        r"|henna|mehndi|beauty|facial"
        r"|(?:hair|cut and colour|cut and color|colour|highlights|blow dry|trim)(?= [.,!?]|$| on"
        r"| at| for| thursday| friday| saturday)|table (?:for|of) (?:\d+|two|three|four|five|six)"
        r"|(?:cleaning|babysitting|nanny|part time|shift|bar|care) job|job (?:offer|interview"
        r"|application)|driving lesson"
        # A child put in for a class ("put my son in for swimming lessons"), not a jab.
        rf"|(?:in|up|down) for {_A_CLASS}"
        # A yes said to a partner or a parent ("yeah babe I'll get the kids", "yes mum"), or
        # about the day's errands or a match: a text meant for the family, not the surgery.
        r"|(?:yes|yeah|yep|ok|okay|sure)(?: \w+)? (?:babe|baby|habibi|habibti|darling|sweetie"
        r"|mum|mam|mom|mama|dad|bro|sis)(?= [.,!?]|$| (?:i|ill|im|ive|x+) )|get the tea on"
        r"|pick (?:up )?the"
        r" kids(?= [.,!?]|$| up| from)|(?:we|they|city|united) won"
        # "Sorry, wrong chat: meant for the nursery": the yes in it is for someone else.
        r"|meant (?:for|to go to) (?:the |my |a |another |someone )?\w+"],
    # The child's own vaccines named beside such a request keep it about them ("yes book him
    # in for his jabs, and is Dr Ahmed in today?").
    # Not the service's name ("I know this is the baby jabs number, but can you book my mum"):
    # that names who was texted, not what the family agrees to.
    "child_vax": [rf"{VAXN}(?! (?:number|line|team|people|text|texts|message|messages))"
                  rf"|(?:book|get|put|pop|fit|bring|take|sign) (?:him|her|them|both"
                  rf"|{CHILD})(?: \w+)? (?:in|up|down|for)(?!(?: for)? {_A_CLASS})"],
}
