"""A synthetic cohort for the import benchmark: valid test NHS numbers, siblings, mixed contact.

``python bench/synthetic_cohort.py 100000 OUT_DIR`` writes OUT_DIR/practices.csv
and OUT_DIR/cohort-100000.csv. About 30% of children have a sibling in the file
(sharing the carer's mobile, or only the address and family name); households
are reachable by mobile, landline, address only, or (a few) not at all.
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PRACTICES = 20
HEADER = ["nhs_number", "given_name", "family_name", "date_of_birth", "practice_ods_code",
          "missing_vaccines", "carer_name", "mobile", "landline", "address_line_1",
          "address_line_2", "town", "postcode", "preferred_language"]
GIVEN = ["Ava", "Oscar", "Maryam", "Ibrahim", "Maja", "Alfie", "Ruby", "Ela", "Lily", "Ayaan",
         "Theo", "Zara", "Yusuf", "Poppy", "Aisha", "Fatima", "Arlo", "Oliver", "Muhammad", "Isla"]
FAMILY = ["Ahmed", "Wilson", "Evans", "Okafor", "Nowak", "Uddin", "Mohamed", "Murphy", "Begum",
          "Popescu", "Lewandowski", "Hussain", "Williams", "Davies", "Thomas", "Jones", "Khan",
          "Kowalski", "Ionescu", "Smith"]
CARER = ["Danielle", "Laura", "Joanne", "Precious", "Sarah", "Shabana", "Sadia", "Kelly", "Ewa",
         "Roxana", "Chloe", "Aleksandra"]
STREETS = ["Smithdown Road", "Lodge Lane", "Picton Road", "Breck Road", "Green Street",
           "Romford Road", "Barking Road", "High Street"]
VACCINES = ["MMR1", "MMR2", "PCV booster", "Hib/MenC", "MenB booster", "Rotavirus",
            "DTaP/IPV/Hib/HepB", "DTaP/IPV pre-school booster"]
LANGUAGES = ["en"] * 8 + ["pl", "ur", "ro", "so", "bn"]


def nhs_numbers() -> Iterator[str]:
    """Valid NHS numbers in the 999 test range (Modulus 11), in order."""
    for stem in range(999_000_000, 1_000_000_000):
        digits = str(stem)
        total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        if check != 10:
            yield digits + str(check)


def practice_codes() -> list[str]:
    return [f"Y{90000 + i}" for i in range(PRACTICES)]


def write_practices(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ods_code", "name", "phone", "address", "postcode", "contact_name",
                         "contact_phone", "contact_email"])
        for i, code in enumerate(practice_codes()):
            writer.writerow([code, f"Bench Practice {i}", f"0151 496 0{100 + i:03d}",
                             f"{i} High Street, Liverpool", "L7 6BD", "Practice Nurse",
                             f"0151 496 0{300 + i:03d}", f"bench{i}@example.nhs.uk"])


def _household_size(rng: random.Random) -> int:
    roll = rng.random()
    return 1 if roll < 0.82 else 2 if roll < 0.95 else 3


def _contact(rng: random.Random, n: int) -> tuple[str, str, bool]:
    """(mobile, landline, has address) for household number ``n``."""
    roll = rng.random()
    mobile = f"07400 {n:06d}" if n < 1_000_000 else f"07500 {n - 1_000_000:06d}"
    landline = f"0161 {2_000_000 + n:07d}"
    if roll < 0.55:
        return mobile, "", True
    if roll < 0.70:
        return mobile, landline, True
    if roll < 0.85:
        return "", landline, True
    if roll < 0.97:
        return "", "", True
    return "", "", False


def rows(count: int, today: date, seed: int = 7) -> Iterator[list[str]]:
    """``count`` cohort rows, siblings next to each other or (a few) far apart."""
    rng = random.Random(seed)
    numbers = nhs_numbers()
    codes = practice_codes()
    made = household = 0
    while made < count:
        household += 1
        family = f"{rng.choice(FAMILY)}"
        mobile, landline, has_address = _contact(rng, household)
        street = f"{household} {rng.choice(STREETS)}" if has_address else ""
        postcode = f"L{1 + household % 30} {household % 10}{'ABDEFGHJ'[household % 8]}" \
                   f"{'LNPQRSTU'[household // 8 % 8]}" if has_address else ""
        carer = f"{rng.choice(CARER)} {family}"
        practice, language = rng.choice(codes), rng.choice(LANGUAGES)
        for sibling in range(min(_household_size(rng), count - made)):
            born = today - timedelta(days=rng.randint(30, 6 * 365 - 30))
            vaccines = ";".join(rng.sample(VACCINES, rng.randint(1, 3)))
            # Some siblings are linked only by address and family name.
            by_phone = sibling == 0 or rng.random() < 0.7
            yield [next(numbers), rng.choice(GIVEN), family, born.isoformat(), practice,
                   vaccines, carer, mobile if by_phone else "", landline if by_phone else "",
                   street, "", "Liverpool" if has_address else "", postcode, language]
            made += 1


def write_cohort(path: Path, count: int, today: date) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows(count, today))


if __name__ == "__main__":
    size, out = int(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    write_practices(out / "practices.csv")
    write_cohort(out / f"cohort-{size}.csv", size, date.today())
    print(out / f"cohort-{size}.csv")
