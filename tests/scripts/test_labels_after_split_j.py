"""The rules after test split J was measured (hazard H206).

Split J (488 replies, two writers with different briefs and a reviewer) was measured once,
then its errors were read: 38 of its 99 refusals and 26 of its 121 yeses went to a person
because the rules did not read them. These are those kinds, tested in wording written here,
beside the near misses each change must leave alone. All are the rules alone (``classify``);
a refusal still needs the model too, and the family's confirmation (H1).
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify


@pytest.mark.parametrize("text", [
    "they won't be having any man made chemicals in them, god bless",
    "we're keeping him unvaccinated, it's the right thing for us",
    "thanks for thinking of us but we'll let his immune system do its job",
    "she's not having anything injected into her, end of",
    "he's had none and he'll have none",
    "our minds are made up now, the girls won't be having them",
    "we won't be booking, thanks",
    "after what happened with his brother that's it for vaccines in this family",
    "yeah right, pumping babies full of stuff works so well 🙄 hard pass",
    "you can forget it love",
    # The other languages.
    "Jesteśmy przeciwni szczepieniom, tak robimy i tak zostanie",
    "Nie chcę. Szczepić jej nie będę.",
    "Claro, vou já 🙄 passo",
    "Carruurteenna tallaal ma qaato",
    "আমার ছেলে টিকা নেবো না",
    "نحن لا نؤمن بالتطعيمات",
    "Mes pasirinkome natūralų imunitetą vaikams",
])
def test_a_refusal_in_its_own_words(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize(("text", "expected"), [
    # Near misses: a no to going without, a decision for, a yes after "not one of those".
    ("definitely not skipping these, book her in", Label.AGREE),
    ("don't worry, I'm not one of those antivax mums, yes please", Label.AGREE),
    ("we've decided, no doubt about it, she's having them. Book her in", Label.AGREE),
    # A no to a seasonal vaccine is not a no to the routine ones.
    ("no to the flu spray but the MMR is fine", Label.HESITANT),
    # Food without chemicals says nothing about vaccines (a second reader's near miss).
    ("no chemicals in our food, but vaccines are different, book her in", Label.HESITANT),
    # "That's it for today" puts nothing off for good.
    ("that's it for jabs today, see you next week", Label.HESITANT),
])
def test_near_misses_of_those_refusals(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize("text", [
    "Yes. She was on antibiotics for her chest but finished them Friday",
    "yes please, she's back to her usual self now",
    "he was poorly most of the autumn but yes please, whenever suits",
    "Sorry, my mum has been in hospital, but yes we want him to have them",
    "She's scared of needles but she's having it, send a time",
    "no hesitation, book her in",
    "yes but the GP had a look at her eczema and said it's fine to go ahead",
    "yes, he was poorly the last time you lot rang but he's fine now",
    "yes for both, can I bring them one at a time?",
    "I had a missed call off you about the jabs, yes we'll have them",
    "ok we will come, the clinic near the bus stop please",
    # The other languages: when to call, after school, no allergy, let him have it.
    "Suntem de acord, sunați-mă după ora 5",
    "Taip, atvyksim. Paskambinkite po 17 val.",
    "হ্যাঁ, স্কুলের পরে হলে ভালো",
    "haa, allergy ma laha, goorma?",
    "زين، خليه ياخذ الابرة. شوكت نجي؟",
])
def test_a_yes_with_life_going_on_around_it(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize(("text", "expected"), [
    ("erm she had it done at the walk in on tuesday", Label.ALREADY_VACCINATED),
    ("um the surgery in Cardiff done it for us", Label.ALREADY_VACCINATED),
    ("they're back in Poland since June", Label.MOVED_AWAY),
    ("they've gone to Portugal to live", Label.MOVED_AWAY),
    ("Hadda waxaan joognaa Birmingham", Label.MOVED_AWAY),
    ("sob tika dilaisi Sylhet e", Label.ALREADY_VACCINATED),
    # A filler before a no is still heard by a person; a wrong number stays one.
    ("um I don't think so", Label.HESITANT),
    ("this is a business number, I don't know the child", Label.WRONG_NUMBER),
])
def test_facts_said_aloud_or_indirectly(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # After test split K was measured (its one false agree): the record "books" are no
    # booking, and "have had everything" is the perfect tense, not a wish.
    ("they've had everything, the red books are in the drawer", Label.ALREADY_VACCINATED),
    ("she's still on your books but we moved to Kent", Label.MOVED_AWAY),
    ("he should have had it last year, can we book", Label.AGREE),
])
def test_books_in_a_drawer_and_jabs_already_had(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected", "language"), [
    # Left over from earlier rounds: away until a date is a deferral for a person (it was
    # read as a move), and Polish without its accents is still Polish.
    ("when we are back from Pakistan", Label.HESITANT, "en"),
    ("Tak, sobota o 12 pasuje do fryzjera", Label.UNCLEAR, "pl"),
    ("tak, sobota pasuje", Label.AGREE, "pl"),
])
def test_away_until_a_date_and_polish_without_accents(text, expected, language):
    result = classify(text)
    assert (result.label, result.language) == (expected, language)
