"""Client file numbers (Aktenzeichen): unique across devices that work offline.

Format ``TRO-24-0017-3f2a9c``: municipality abbreviation, two-digit year, the device's running
number and a device tag, so two offline laptops never issue the same number.

The tag is the first six hex digits of the device id (a random 48-bit value made when the
office database is created). Six digits (24 bits) keep the number short enough to read out on
the phone while making a shared tag unlikely even in a large district: among 200 devices the
chance that any two share one is about 0.1 % (four digits, used before, gave about 26 %).
A tag cannot be made collision-free without asking the server, and numbers are issued offline
before a device is ever enrolled. Numbers issued with the old four-digit tag stay valid (a file
number is stored, never recomputed); the running number continues after them.
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


TAG_LENGTH = 6
LEGACY_TAG_LENGTH = 4


def device_tag(device_id: str) -> str:
    return device_id[:TAG_LENGTH]


def device_tags(device_id: str) -> tuple[str, ...]:
    """The tags this device has issued numbers with (current first)."""
    return tuple(dict.fromkeys((device_tag(device_id), device_id[:LEGACY_TAG_LENGTH])))


def file_number(municipality_code: str, year: int, sequence: int, device_id: str) -> str:
    prefix = municipality_abbreviation(municipality_code)
    return f"{prefix}-{year % 100:02d}-{sequence:04d}-{device_tag(device_id)}"


def running_number(number: str, tag: str) -> int | None:
    """The running number of ``number`` if it was issued with ``tag``, else None."""
    parts = number.split("-")
    if len(parts) < 4 or parts[-1] != tag or not parts[-2].isdigit():
        return None
    return int(parts[-2])
