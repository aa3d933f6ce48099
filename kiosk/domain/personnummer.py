"""Swedish personal identity numbers: format, Luhn check digit, age on a date.

Accepts YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN (100 or older) and the same without separator.
Samordningsnummer (day + 60) are accepted. Nothing here stores or logs the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kiosk.domain.errors import EligibilityError

_PATTERN = re.compile(r"^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$")


@dataclass(frozen=True)
class Personnummer:
    birth_date: date
    canonical: str  # YYYYMMDDNNNN, used only to derive a voter token


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def parse(text: str, today: date) -> Personnummer:
    cleaned = text.strip().replace(" ", "")
    match = _PATTERN.match(cleaned)
    if not match:
        raise EligibilityError("pnr.format", "a personnummer has 10 or 12 digits, "
                               "like 19850412-1234")
    century, yy, mm, dd, sep, serial, check = match.groups()
    if not luhn_ok(yy + mm + dd + serial + check):
        raise EligibilityError("pnr.checksum", "the personnummer's last digit does not match; "
                               "please check the number")
    day = int(dd)
    if day > 60:
        day -= 60  # samordningsnummer
    if century is None:
        year = 2000 + int(yy)
        while year > today.year:
            year -= 100
        if sep == "+":
            year -= 100
    else:
        year = int(century + yy)
    try:
        born = date(year, int(mm), day)
    except ValueError:
        raise EligibilityError("pnr.date", "the personnummer does not contain a real date") \
            from None
    if born > today:
        raise EligibilityError("pnr.date", "the personnummer's birth date is in the future")
    return Personnummer(born, f"{year:04d}{mm}{dd}{serial}{check}")


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def check_age(person: Personnummer, minimum_age: int, on: date) -> None:
    if age_on(person.birth_date, on) < minimum_age:
        raise EligibilityError("pnr.too_young", f"you must be at least {minimum_age} years old "
                               "to vote in this election", minimum_age=minimum_age)
