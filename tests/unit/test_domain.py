"""Plain domain rules: ids, clock, search key, validation, messages."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain import validation
from kim_desktop.domain.messages import MESSAGES, format_message
from kim_desktop.domain.search_key import name_search_key, skeleton, transliterate
from kim_desktop.sync.clock import HlcTimestamp, HybridLogicalClock
from kim_desktop.sync.ids import uuid7, uuid7_time_ms


def test_uuid7_is_version_7_and_ordered() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in ids)
    assert ids == sorted(ids, key=lambda u: u.bytes)
    assert len(set(ids)) == len(ids)
    assert uuid7_time_ms(uuid7(now_ms=1_700_000_000_000)) >= 1_700_000_000_000


def test_hlc_monotonic_even_if_wall_clock_goes_back() -> None:
    wall = [1000]
    clock = HybridLogicalClock("dev1", lambda: wall[0])
    first = clock.now()
    wall[0] = 900  # the device clock jumps back
    second = clock.now()
    assert second > first and second.wall_ms == 1000 and second.counter == 1
    remote = HlcTimestamp(5000, 7, "dev2")
    merged = clock.observe(remote.encode())
    assert merged > remote and merged.wall_ms == 5000 and merged.counter == 8
    assert HlcTimestamp.decode(merged.encode()) == merged


@given(st.lists(st.integers(min_value=0, max_value=10**13 - 1), min_size=1, max_size=50))
def test_hlc_encoding_sorts_like_the_clock(walls: list[int]) -> None:
    stamps = [HlcTimestamp(w, i % 3, "d") for i, w in enumerate(walls)]
    assert sorted(stamps) == sorted(stamps, key=lambda s: s.encode())


def test_search_key_forgives_spelling() -> None:
    def skel(name: str) -> str:
        return name_search_key(name).split()[-1]

    assert skel("Müller") == skel("Mueller") == skel("Muller")
    assert skel("Olena") == skel("Олена")
    assert skel("Kowalenko") == skel("Kovalenko") == skel("Коваленко")
    assert skel("Mohammed") == skel("Muhammad") == skel("Mohamad")
    assert transliterate("Ковальчук Олена") == "kovalchuk olena"
    assert name_search_key("Yılmaz") == name_search_key("Yilmaz") == "yilmaz ylmz"
    assert transliterate("Łukasz Şahin Çelik") == "lukasz sahin celik"
    assert skeleton("") == ""


def test_password_rules() -> None:
    assert validation.new_password("p", "kurz1", "kurz1", "r")[0].code == "password_too_short"
    assert validation.new_password("p", "nurbuchstaben", None, "r")[0].code == "password_too_simple"
    assert validation.new_password("p", "Lang-genug-1", "anders", "r")[0].field == "r"
    assert validation.new_password("p", "Lang-genug-1", "Lang-genug-1", "r") == []


def test_formats() -> None:
    assert validation.login("l", "Anna")[0].code == "login_format"
    assert validation.login("l", "anna.schmidt") == []
    assert validation.optional_email("e", "x@y") != []
    assert validation.optional_email("e", "kim@rhein-sieg-kreis.de") == []
    assert validation.optional_phone("t", "02241 13-0") == []
    assert validation.optional_phone("t", "ruf an") != []
    assert validation.optional_postal_code("z", "5372") != []


def test_every_message_formats_with_its_placeholders() -> None:
    import string

    for code, text in MESSAGES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        filled = format_message(code, {name: "X" for name in names})
        assert "{" not in filled, code
