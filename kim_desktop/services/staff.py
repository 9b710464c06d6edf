"""Who of the ``users`` rows works in this office.

A sync brings the users records of other offices (their case managers may take over cases of
this office's clients and the other way round). They have no key slot in this office's key
file, so they cannot log in here; pickers list them after the office's own staff, marked.
"""

from __future__ import annotations

from collections.abc import Iterable

from kim_desktop.db.keystore import KeyStore
from kim_desktop.services.office_session import OfficeSession


def local_logins(office: OfficeSession, logins: Iterable[str]) -> set[str]:
    """Those of ``logins`` that can log in on this device (have a key slot)."""
    return KeyStore(office.paths.key_file).logins_with_slot(logins)
