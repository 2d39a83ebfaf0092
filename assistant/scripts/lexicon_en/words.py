"""Building blocks of the English patterns: one word, vaccines, objects, people, times."""

from __future__ import annotations

W = r"[a-z0-9]+"  # one word token


VAXN = (r"(?:vaccin\w*|vax\w*|jabs?|jabbed|jags?|immunis\w*|injections?|needles?|shots?|mmr|menb"
        r"|mena\w*|6in1|4in1|boosters?|rotavirus|rota|pcv|hib|polio|bcg|doses?|hep b"
        r"|em em (?:are|ar|r)|m m r)")  # the last two: MMR as a voice transcript spells it
OBJ = (rf"(?:it|them|any\w*|anything|this|that|these|those|him|her|either|both|my {W}|our {W}"
       rf"|his {W}|their {W}|the(?: {W})? {VAXN}|{VAXN})")
PEOPLE = (r"(?:partner|husband|wife|dad|father|mum|mom|mother|other half|fiance|fiancee"
          r"|boyfriend|girlfriend|family|nan|nana|grandma|gran|in laws|ex)")
# Grown-ups, whose own appointments are not the child's vaccines, and with them the child's
# brothers and sisters, who may be booked in for something else (cues.py, "elsewhere").
ADULTS = (rf"(?:{PEOPLE}|cousin|friend|neighbour|neighbor|auntie|aunty|aunt|uncle|lodger"
          r"|flatmate|colleague|boss)")
OTHERS = (rf"(?:{ADULTS}|sister|brother|niece|nephew|(?:big|older|little|younger|baby)"
          r" (?:brother|sister))")
CONTACT = r"(?:texts?|txt\w*|messag\w*|calls?|calling|reminders?|contact\w*|letters?|emails?)"
CHILD = (r"(?:my|our|the|his|her) (?:son|daughter|child|children|kids?|boys?|girls?|baby|twins"
         r"|little one|youngest|eldest)|the kids|the twins")
DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DAYS = rf"{DAY}s?|weekends?|weekdays?"
TIMES = rf"(?:mornings?|afternoons?|evenings?|{DAYS}|half term|holidays?)"

# Objections to how many jabs at once: a question of spacing, never a refusal of the vaccine.
SPACING = (rf"at once|all together|in one go|one(?: {W})? at a time|on (?:its|their) own"
           rf"|separately|separate {VAXN}|split\w*|spread(?: them)? out|space(?: them)? out"
           rf"|single {VAXN}|singles|how many {VAXN}|so many|seems a lot|a lot for"
           rf"|all (?:at )?the same time")
# "Don't want her to have 4 jabs": a no to the number, not to the vaccine (softens a refusal).
NUMBER_OF_JABS = r"(?:\d+|two|three|four|five) (?:jabs|injections|needles|vaccines|shots)"
