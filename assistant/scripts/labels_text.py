"""Turning a parent's reply into plain tokens the reply labeller can match.

Two views of one reply are made:

* ``base``: Unicode-normalised, lower case, Latin accents stripped, emoji
  turned into marker words, punctuation reduced to ``. , ?`` tokens and long
  letter runs squeezed ("pleeease" -> "pleease"). Every language's lexicon is
  matched against this view.
* ``english``: ``base`` with English texting shorthand expanded ("pls",
  "wot", "u", "dunno", "deffo"), contractions folded ("do not" -> "dont",
  "isn't" -> "not") and dialect fillers dropped, for the English rules.

Tokens are separated by single spaces, so rules can use token boundaries
that work for every script (Python's ``\\b`` does not for Bengali).
"""

from __future__ import annotations

import re
import unicodedata

# Emoji that carry meaning for a reply; the rest are dropped.
EMOJI_YES = set("👍👌✅✔☑🆗💯")
EMOJI_WARM = set("🙏😊☺🙂😀😃😄😁🥰😍❤💕👏🤗🥳")
EMOJI_DOUBT = set("😟😬🤔😕😐😰😨😧🫤😳😥😓🙁☹😣😖😩😢😭")
EMOJI_NO = set("👎❌🙅🚫⛔✖🤬😡😠")
EMOJI_STOP = set("🛑")
# An eye-roll: said with yes-words it mocks them ("sure, right away 🙄 no"); the upside-down
# face too ("of course, bringing him now... the day the sun rises in the west 🙃").
EMOJI_ROLL = set("🙄😒🙃")

_PUNCT_SENTENCE = set(".!…。۔।")
_PUNCT_QUESTION = set("?؟")
_PUNCT_CLAUSE = set(",;:،")
_JOINERS = set("-–—/_|\\~")
_SPECIAL_LATIN = {"ł": "l", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe",
                  "ð": "d", "þ": "th"}
_ARABIC_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": ""}
_APOSTROPHES = "’‘`´ʼ′"
_CONTRACTIONS = [
    (re.compile(r"n't\b"), "nt"), (re.compile(r"'ll\b"), " will"), (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"), (re.compile(r"'m\b"), " am"), (re.compile(r"'d\b"), " would"),
    (re.compile(r"'"), ""),  # "what's" -> "whats", "he's" -> "hes": see SHORTHAND
]
_LONG_RUN = re.compile(r"([^\W\d_])\1{2,}")
_LAUGHTER_K = re.compile(r"(?<!\w)k{3,}(?!\w)")
_SPACES = re.compile(r"\s+")
# Squeezed words whose doubled letter is only emphasis ("yess", "stopp").
_SHORT_WORDS = {"yes", "no", "please", "ok", "so", "yeah", "thanks", "stop", "hi", "sure",
                "fine", "what", "nope", "nah", "okay", "yay", "hey", "why", "now", "go", "pls",
                "plz", "oh", "yep", "yup", "ye", "ya", "aye", "haa", "tak", "da", "sim", "si",
                "oui", "nie", "nu", "hm", "um", "erm", "eh", "huh", "lol", "k"}


def _latin_base(char: str) -> str:
    if char in _SPECIAL_LATIN:
        return _SPECIAL_LATIN[char]
    if "\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff":
        decomposed = unicodedata.normalize("NFD", char)
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    return char


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return (0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF
            or unicodedata.category(char) == "So")


def _map_char(char: str) -> str:
    """One character of the reply as it appears in the ``base`` view."""
    if char in _PUNCT_QUESTION:
        return " ? "
    if char in _PUNCT_SENTENCE:
        return " . "
    if char in _PUNCT_CLAUSE:
        return " , "
    if char in _JOINERS or char.isspace():
        return " "
    if char == "&" or char == "+":
        return " and "
    if char in _APOSTROPHES or char == "'":
        return "'"
    for group, marker in ((EMOJI_YES, "EMOJIYES"), (EMOJI_WARM, "EMOJIWARM"),
                          (EMOJI_DOUBT, "EMOJIDOUBT"), (EMOJI_NO, "EMOJINO"),
                          (EMOJI_ROLL, "EMOJIROLL")):
        if char in group:
            return f" {marker} "
    if char in EMOJI_STOP:
        return " stop "
    category = unicodedata.category(char)
    if category.startswith("C") or "\u064b" <= char <= "\u065f":
        return ""  # control and format characters (zero-width joiners), Arabic vowel marks
    if _is_emoji(char) or category.startswith("S") or category.startswith("P"):
        return " "
    if char in _ARABIC_FOLD:
        return _ARABIC_FOLD[char]
    return _latin_base(char)


def _squeeze_token(token: str) -> str:
    if len(token) < 3 or token.isupper():
        return token
    single = re.sub(r"(.)\1+", r"\1", token)
    if single != token and single in _SHORT_WORDS:
        return single
    return token


def normalise(text: str) -> str:
    """The ``base`` view of a reply (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text)
    # Keep marker words upper case: lower-case the text before mapping emoji.
    mapped = "".join(_map_char(c) for c in text.lower())
    for pattern, replacement in _CONTRACTIONS:
        mapped = pattern.sub(replacement, mapped)
    # "kkkkk" is laughter in Brazilian texting, not "kk" (ok) squeezed: H210, test split O.
    mapped = _LAUGHTER_K.sub("haha", mapped)
    mapped = _LONG_RUN.sub(r"\1\1", mapped)
    tokens = [_squeeze_token(t) for t in _SPACES.split(mapped.strip()) if t]
    return " ".join(tokens)


# English texting shorthand, one token to its plain form.
SHORTHAND = {
    "pls": "please", "plz": "please", "plse": "please", "pleas": "please", "plez": "please",
    "pleez": "please", "pleease": "please", "ta": "thanks", "thx": "thanks", "thnx": "thanks",
    "thanx": "thanks", "thks": "thanks", "tnx": "thanks", "ty": "thanks", "tq": "thanks",
    "cheers": "thanks", "wot": "what", "wat": "what", "wen": "when",
    "cud": "could", "shud": "should", "wud": "would", "u": "you", "ur": "your", "yer": "your",
    "r": "are", "n": "and", "k": "ok", "kk": "ok", "okay": "ok", "okey": "ok", "okie": "ok",
    "oki": "ok", "okk": "ok", "okok": "ok", "ya": "yes", "yh": "yes", "yeah": "yes",
    "yep": "yes", "yup": "yes", "ye": "yes", "yea": "yes", "yeh": "yes", "yee": "yes",
    "yess": "yes", "yas": "yes", "yass": "yes", "ys": "yes", "aye": "yes", "yis": "yes",
    "deffo": "definitely", "defo": "definitely", "defs": "definitely", "deffs": "definitely",
    "def": "definitely", "nah": "no", "nope": "no", "naw": "no", "nay": "no", "noo": "no",
    "dunno": "dont know", "dno": "dont know", "duno": "dont know",
    "idk": "dont know", "idek": "dont know", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrow": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow", "2mrw": "tomorrow",
    "2day": "today", "b4": "before", "cos": "because", "coz": "because", "cuz": "because",
    "bc": "because", "bcos": "because", "msg": "message", "msgs": "messages",
    "mssg": "message", "txts": "texts", "wk": "week", "wks": "weeks", "appt": "appointment",
    "appts": "appointments", "apt": "appointment", "atm": "at the moment", "rn": "right now",
    "hubby": "husband", "bf": "boyfriend", "gf": "girlfriend", "gonna": "going to",
    "wanna": "want to", "gotta": "got to", "lemme": "let me", "gimme": "give me",
    "kinda": "kind of", "im": "i am", "ive": "i have", "weve": "we have", "theyve": "they have",
    "youve": "you have", "hes": "he", "shes": "she", "thats": "that", "whats": "what is",
    "its": "it", "theres": "there is", "il": "i will", "id": "i would", "cannot": "cant",
    "doesnt": "dont", "didnt": "dont", "dnt": "dont", "dont": "dont", "wont": "wont",
    "isnt": "not", "arent": "not", "wasnt": "not", "werent": "not", "aint": "not",
    "hasnt": "havent", "hadnt": "havent", "vaxxed": "vaccinated", "vaxed": "vaccinated",
    "vaxxing": "vaccinating", "vaxing": "vaccinating", "unvaxxed": "unvaccinated",
    "unvaxed": "unvaccinated", "antivax": "antivax", "antivaxx": "antivax",
    "antivaxxer": "antivax", "antivaxer": "antivax", "antivaxxers": "antivax",
    "preschool": "preschool", "6in1": "6in1", "sixinone": "6in1", "4in1": "4in1",
    "immunize": "immunise", "immunized": "immunised", "immunization": "immunisation",
    "immunizations": "immunisations", "immunizing": "immunising", "tho": "though",
    "thru": "through", "pic": "picture", "abt": "about", "bout": "about", "wiv": "with",
    "wif": "with", "summat": "something", "nowt": "nothing", "owt": "anything",
    # Issue 13, after test split U (H212): a dropped g ("we're not botherin with it") and a
    # spelling by sound ("no injekshun for my child").
    "botherin": "bothering", "havin": "having", "gettin": "getting", "doin": "doing",
    "givin": "giving", "goin": "going", "bookin": "booking", "comin": "coming",
    "injekshun": "injection", "injekshuns": "injections", "injecshun": "injection",
    "injecshuns": "injections", "injektion": "injection", "injektions": "injections",
}
# Fillers that carry no meaning for the label (dialect, endearments, kisses).
FILLERS = {"x", "xx", "xxx", "xo", "xoxo", "innit", "wack", "la", "lad", "mate", "hun", "hunny",
           "luv", "babe", "pal", "bruv", "fam", "proper", "bare", "tbh", "honestly", "just",
           "really", "actually", "basically", "literally", "soz"}
# Greetings are dropped only where they open the reply ("Morning, yes..."), not later
# ("Tuesday morning"), and kept when they are the whole reply.
GREETINGS = {"hi", "hiya", "hello", "hey", "morning", "afternoon", "evening", "dear", "good",
             "lol", "haha", "hahaha", "lmao"}
_WILL_VERBS = {"be", "bring", "have", "come", "call", "get", "think", "do", "let", "make",
               "pop", "ring", "text", "see", "wait", "try", "phone", "book", "speak", "talk",
               "check", "ask", "send", "take", "need", "sort", "discuss", "go", "give",
               # "send us a link and ill pick a time" (H211, test split Q).
               "pick", "drop", "grab", "tell", "reply", "keep", "fill"}
# Words after which a "ye" is the pronoun, not a texted yes ("ye ve", "ye are", "ye lot").
_AFTER_YE_PRONOUN = {"ve", "have", "re", "are", "ll", "will", "got", "know", "lot", "should",
                     "did", "were", "wont", "cant", "dont", "need", "must", "sent"}
_PHRASES = [
    (re.compile(r"(?<![^ ])(do|does|did) not(?![^ ])"), "dont"),
    (re.compile(r"(?<![^ ])will not(?![^ ])"), "wont"),
    (re.compile(r"(?<![^ ])can not(?![^ ])"), "cant"),
    (re.compile(r"(?<![^ ])would not(?![^ ])"), "wouldnt"),
    (re.compile(r"(?<![^ ])(is|are|was|were|am) not(?![^ ])"), "not"),
    (re.compile(r"(?<![^ ])(have|has|had) not(?![^ ])"), "havent"),
    (re.compile(r"(?<![^ ])anti (vaxx?|vaxx?ers?|vaccine|vaccines|vaccination)(?![^ ])"),
     "antivax"),
    (re.compile(r"(?<![^ ])(6|six) in (1|one)(?![^ ])"), "6in1"),
    (re.compile(r"(?<![^ ])(4|four) in (1|one)(?![^ ])"), "4in1"),
    (re.compile(r"(?<![^ ])pre school(?![^ ])"), "preschool"),
    (re.compile(r"(?<![^ ])men b(?![^ ])"), "menb"),
    (re.compile(r"(?<![^ ])thank you(?![^ ])"), "thanks"),
    # Scouse "made up" is delighted; "our minds are made up" is a decision.
    (re.compile(r"(?<![^ ])(?<!minds are )(?<!mind is )(?<!minds were )(?<!mind was )made up"
                r"(?![^ ])"), "delighted"),
    (re.compile(r"(?<![^ ])(that|is|dead|well|proper|sound) boss(?![^ ])"), r"\1 great"),
    (re.compile(r"(?<![^ ])allow (it|that|dat)(?![^ ])"), "ALLOWIT"),
]


def english(base: str) -> str:
    """The ``english`` view: shorthand expanded, contractions folded, fillers dropped."""
    tokens = base.split(" ")
    words = [t for t in tokens if t not in (".", ",", "?")]
    short = len(words) <= 3
    out: list[str] = []
    opening = not short
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if opening and (word in GREETINGS or word == ","):
            continue
        opening = False
        if word == "ill" and following in _WILL_VERBS:
            out.append("i will")
        elif word == "y" and short:
            out.append("yes")
        elif word == "ye" and following in _AFTER_YE_PRONOUN:
            out.append("you")  # "ye've got the wrong number": Scots and Irish "you", no yes
        elif word in FILLERS:
            continue
        else:
            out.append(SHORTHAND.get(word, word))
    text = " ".join(out)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return text


def sentences(text: str) -> list[tuple[int, int, bool]]:
    """Spans ``(start, end, is_question)`` of the sentences of a normalised text."""
    spans = []
    start = 0
    for match in re.finditer(r"(?<![^ ])[.?](?![^ ])", text):
        spans.append((start, match.end(), match.group() == "?"))
        start = match.end() + 1
    if start < len(text):
        spans.append((start, len(text), False))
    return spans


def word_tokens(text: str) -> list[str]:
    """The tokens of a normalised text that are words or markers, not punctuation."""
    return [t for t in text.split(" ") if t and t not in (".", ",", "?")]
