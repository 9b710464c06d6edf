"""The next running number of this device's client file numbers (Aktenzeichen).

The number must never repeat on this device: not after a client was erased (Art. 17 deletes the
row), not when records of other devices were pulled. So it is one more than the higher of
  * the counter kept in local meta (advanced in the same transaction as the new client), and
  * the highest running number among the numbers carrying this device's tag (current or the
    legacy four-digit one) — that covers offices created before the counter existed.
Clients of other devices carry other tags and do not move the counter.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kim_desktop.db.models import Client
from kim_desktop.db.models.local import LocalMeta
from kim_desktop.domain.file_numbers import device_tags, running_number

FILE_NUMBER_COUNTER_KEY = "file_number_counter"


def next_running_number(session: Session, device_id: str) -> int:
    """Allocate the next running number; call inside the transaction that adds the client."""
    tags = device_tags(device_id)
    numbers = session.scalars(
        select(Client.file_number).where(or_(*(Client.file_number.like(f"%-{t}") for t in tags)))
    )
    highest = max(
        (n for number in numbers for t in tags if (n := running_number(number, t)) is not None),
        default=0,
    )
    counter = session.get(LocalMeta, FILE_NUMBER_COUNTER_KEY)
    if counter is None:
        counter = LocalMeta(key=FILE_NUMBER_COUNTER_KEY, value="0")
        session.add(counter)
    sequence = max(highest, int(counter.value)) + 1
    counter.value = str(sequence)
    return sequence
