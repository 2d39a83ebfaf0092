"""Language names for the codes families' records carry (``pl`` -> Polish), for staff pages."""

from __future__ import annotations

# The languages most spoken in England after English (ONS census 2021), and a few more
# GP exports carry. A code not here is shown as it is.
NAMES = {
    "en": "English", "pl": "Polish", "ro": "Romanian", "pa": "Punjabi", "ur": "Urdu",
    "pt": "Portuguese", "es": "Spanish", "ar": "Arabic", "bn": "Bengali", "gu": "Gujarati",
    "it": "Italian", "lt": "Lithuanian", "zh": "Chinese", "yue": "Cantonese", "fr": "French",
    "ta": "Tamil", "tr": "Turkish", "so": "Somali", "fa": "Persian (Farsi)", "ps": "Pashto",
    "ku": "Kurdish", "ckb": "Kurdish (Sorani)", "ti": "Tigrinya", "am": "Amharic",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "hu": "Hungarian", "lv": "Latvian",
    "sk": "Slovak", "cs": "Czech", "sq": "Albanian", "el": "Greek", "de": "German",
    "hi": "Hindi", "ne": "Nepali", "ml": "Malayalam", "te": "Telugu", "si": "Sinhala",
    "yo": "Yoruba", "ig": "Igbo", "tw": "Twi", "sw": "Swahili", "vi": "Vietnamese",
    "tl": "Tagalog", "th": "Thai", "cy": "Welsh", "ga": "Irish", "gd": "Scottish Gaelic",
    "nl": "Dutch", "he": "Hebrew",
}


def language_name(code: str | None) -> str:
    """``Polish`` for ``pl``; a code we have no name for is returned as it is."""
    if not code:
        return ""
    base = code.lower()
    return NAMES.get(base) or NAMES.get(base.split("-")[0], code)
