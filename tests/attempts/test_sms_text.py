"""GSM-7 and segment counting: what a family's phone (and the bill) will see."""

from __future__ import annotations

from assistant.channels.sms_text import fits, fold_accents, is_gsm7, segments, to_gsm


def test_plain_english_is_gsm7_and_160_characters_make_one_segment():
    assert segments("a" * 160).count == 1
    assert segments("a" * 160).encoding == "GSM-7"
    assert segments("a" * 161).count == 2


def test_long_gsm_text_is_counted_in_parts_of_153():
    assert segments("a" * 306).count == 2
    assert segments("a" * 307).count == 3
    assert fits("a" * 306) and not fits("a" * 307)


def test_extension_characters_take_two_septets_and_never_straddle_parts():
    assert segments("€" * 80).units == 160 and segments("€" * 80).count == 1
    # 152 plain septets then a two-septet euro: it cannot split across parts.
    text = "a" * 152 + "€" + "a" * 10
    assert segments(text).units == 164
    assert segments(text).count == 2
    assert segments("a" * 152 + "€" + "a" * 152).count == 3


def test_one_character_outside_gsm7_makes_the_whole_text_ucs2():
    text = "Zoë" + "a" * 67
    assert not is_gsm7(text)
    assert segments(text).encoding == "UCS-2"
    assert segments(text).count == 1
    assert segments(text + "a").count == 2
    assert segments("ł" * 134).count == 2
    assert segments("ł" * 135).count == 3


def test_an_emoji_counts_as_two_ucs2_units():
    assert segments("👍").units == 2
    assert segments("a" * 68 + "👍").count == 1
    assert segments("a" * 69 + "👍").count == 2


def test_curly_quotes_dashes_and_ellipses_become_their_gsm_equivalents():
    text = "It’s “due” – now… ok\u00a0then"
    assert not is_gsm7(text)
    assert to_gsm(text) == "It's \"due\" - now... ok then"
    assert is_gsm7(to_gsm(text))


def test_gsm7_letters_are_kept_and_others_fold_to_their_base_letter():
    assert fold_accents("Zoë Łucja Renée José Müller") == "Zoe Lucja Renée José Müller"
    assert fold_accents("Анна") == "Анна"  # nothing to fold to: left readable, stays UCS-2
