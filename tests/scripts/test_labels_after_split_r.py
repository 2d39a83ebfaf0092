"""The rules after test split R was measured (hazard H211).

R (361 replies: two writers and a reviewer, then a top-up of opt-outs and unclear replies by two
more who read only labels.md; nothing of it shown before its one measurement) read 0.852
co-signed with 0 false refusals and 1 false agree: a Roman Urdu text meant for the family ("tell
mum I'll be there by five, don't cook") read as a yes by both readers. These are R's kinds, Q's
misses read out-of-fold, and the kinds of S (367, 0.879, 0 and 0) read after its measurement,
in wording written here, beside the near misses each change must leave alone. The rules alone
(``classify``) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply

# Refusals in forms the rules did not know: R's, Q's (read out-of-fold), S's and T's.
REFUSALS_OF_R = [
    "She won't be having any of them, now or later.",
    "We dinnae believe in jabs in this hoose",
    "Jesteśmy przeciwni i nie zmienimy zdania",
    "Jesteśmy przeciwni szczepieniom i nie zmienimy zdania",
    "Jestem przeciwna, proszę wpisać odmowę",
    "Hum bachon ke teeke nahi karwa rahe, shukriya",
]
REFUSALS_OF_Q = [
    "It's a firm pass from us, thanks.",
    "We're opting her out of the MMR permanently, please note it",
    "În familia noastră nu se fac vaccinuri, mulțumim.",
    "Ma qaadaneyno tallaalka, mahadsanid.",
]
REFUSALS_OF_S_AND_T = [
    "After what happened to her brother we decided none of our kids would have any vaccines",
    "Nobody is giving our son any more jabs after the last time",
    # "We decided, and we don't want to go back over it" closes the talk, it asks for none.
    # ("This is my final decision" was tried and dropped: a reviewer's probes said it of a yes
    # on a day and of a move.)
    "ما رح نطعمها، قررنا أنا وأبوها وما بدنا نرجع نحكي بالموضوع",
]


@pytest.mark.parametrize("text", REFUSALS_OF_R + REFUSALS_OF_Q + REFUSALS_OF_S_AND_T)
def test_a_refusal_the_rules_did_not_know(text):
    assert classify(text).label is Label.REFUSED


# Near misses of those forms, read as refusals by neither reader.
NOT_NOW_OR_NOT_AGAINST = [
    # A "not now" stays a "not now"; "later" with more after it is not "now or later".
    "He can't have it now or later this week, he's got a temperature, maybe next week?",
    "Not now, he's poorly. Later in the month?",
    "we've said never again to that walk-in centre, can we come to the surgery instead?",
    # Against something else, or not against.
    "Nie jesteśmy przeciwni, tylko boimy się gorączki po szczepieniu",
    "Jesteśmy przeciwni tylko temu, żeby robić wszystkie naraz. Czy można rozdzielić?",
    # Not yet, while he is ill.
    "Abhi teeke nahi karwa rahe kyunke bukhar hai, agle hafte baat karte hain",
    "ما رح يتطعم هلق لأنه عنده حرارة، بعد أسبوع منحكي",
    "not a firm pass, I just need a bit longer to think",
    "I'd rather eat my own hat than miss it again, book him in",
]


@pytest.mark.parametrize("text", NOT_NOW_OR_NOT_AGAINST)
def test_a_worry_or_deferral_is_not_a_refusal(text):
    assert classify(text).label is not Label.REFUSED
    assert read_reply(text).label is not Label.REFUSED


# Near misses the rules alone are held to: S's "not today", and older forms the H211 probes
# caught (a seasonal vaccine, a past stance), now asides.
NOT_A_REFUSAL_TO_THE_RULES = [
    "Nobody is giving her any more jabs today, she's had enough. Can we come back next week?",
    "Jestem przeciwna szczepionce na grypę, ale MMR tak, kiedy możemy przyjść?",
    "Pehle hum teeke nahi lagwa rahe the, ab lagwana hai, kab aayen?",
]


@pytest.mark.parametrize("text", NOT_A_REFUSAL_TO_THE_RULES)
def test_the_rules_alone_do_not_read_a_refusal(text):
    assert classify(text).label is not Label.REFUSED


@pytest.mark.parametrize(("text", "label"), [
    ("Thursday morning works for us", Label.AGREE),
    ("Either suits, just tell me which", Label.AGREE),
    ("Saturday mornings suit us best.", Label.AGREE),
    ("Neither Monday nor Tuesday works for us", None),
    ("Monday doesn't work", None),
    ("I object to my number being used for these reminders", Label.OPT_OUT),
    ("Please remove it from your database, I get enough texts", Label.OPT_OUT),
    ("He's all caught up, the health visitor did them at home", Label.ALREADY_VACCINATED),
    ("Done on Tuesday at the walk-in, should be on his record", Label.ALREADY_VACCINATED),
    ("Booster got done Friday at the clinic, they said it'll go on the system",
     Label.ALREADY_VACCINATED),
    ("We need to get him all caught up, what have you got?", None),
    ("Please take me off your list and confirm that this has been done", Label.OPT_OUT),
    ("Ammi ko bolo main late ho jaungi, khana na banayein", Label.UNCLEAR),
    # Q's yeses with where or when (read out-of-fold), and S's kinds.
    ("Pode marcar, desde que seja no posto perto de casa", Label.AGREE),
    ("Da, doar să nu pice marțea, lucrez", Label.AGREE),
    ("Taip, tik ne per atostogas", Label.AGREE),
    ("send me the dates and ill pick one", Label.AGREE),
    ("I'm going back to work next week so could we book him in for a Tuesday?", Label.AGREE),
    # An out-of-fold false agree after S: "sort of yes... but it's scary".
    ("Lyg ir taip, bet baisu dėl temperatūros", Label.HESITANT),
])
def test_a_yes_a_time_a_request_or_a_fact(text, label):
    """``None``: any label but a yes (a time that does not suit, a catch-up still to book)
    and never already vaccinated."""
    got = classify(text).label
    if label is None:
        assert got not in (Label.AGREE, Label.ALREADY_VACCINATED)
    else:
        assert got is label


def test_a_text_meant_for_the_family_is_not_a_yes_co_signed():
    assert read_reply("Ammi ko bolo main 5 baje tak aa jaungi, khana na banayein").label \
        is not Label.AGREE
