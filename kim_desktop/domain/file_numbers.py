"""Client file numbers (Aktenzeichen): unique across devices that work offline.

Format ``TRO-24-0017-3f2a``: municipality abbreviation, two-digit year, the device's running
number and a four-character device tag, so two offline laptops never issue the same number.
"""

from __future__ import annotations

MUNICIPALITY_ABBREVIATIONS: dict[str, str] = {
    "alfter": "ALF",
    "bad-honnef": "BHO",
    "bornheim": "BOR",
    "eitorf": "EIT",
    "hennef": "HEN",
    "koenigswinter": "KWI",
    "lohmar": "LOH",
    "meckenheim": "MEC",
    "much": "MUC",
    "neunkirchen-seelscheid": "NSE",
    "niederkassel": "NKA",
    "rheinbach": "RHB",
    "ruppichteroth": "RUP",
    "sankt-augustin": "SAU",
    "siegburg": "SIE",
    "swisttal": "SWI",
    "troisdorf": "TRO",
    "wachtberg": "WAC",
    "windeck": "WIN",
    "kreisweit": "RSK",
}


def municipality_abbreviation(code: str) -> str:
    return MUNICIPALITY_ABBREVIATIONS.get(code, code[:3].upper())


def file_number(municipality_code: str, year: int, sequence: int, device_id: str) -> str:
    prefix = municipality_abbreviation(municipality_code)
    return f"{prefix}-{year % 100:02d}-{sequence:04d}-{device_id[:4]}"
