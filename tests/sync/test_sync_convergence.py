"""Property: random edits on three devices, synced in random order, converge (issue 5, 8).

A model tracks which edits each device had seen when it made its own. At the end every
device holds the same records, and every edited value that is not the final one was either
overwritten by someone who had seen it or is kept in a conflict row — nothing is dropped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import DeviceFactory

FIELDS = ("phone", "city", "notes")
DEVICES = 3
CLIENTS = 2

step = st.one_of(
    st.tuples(
        st.just("edit"),
        st.integers(0, DEVICES - 1),
        st.integers(0, CLIENTS - 1),
        st.sampled_from(FIELDS),
    ),
    st.tuples(st.just("sync"), st.integers(0, DEVICES - 1)),
)


@dataclass
class Edit:
    number: int
    device: int
    client: int
    field: str
    value: str
    seen_by_later_editor: bool = False


@dataclass
class Model:
    edits: list[Edit] = field(default_factory=list)
    known: list[set[int]] = field(default_factory=lambda: [set() for _ in range(DEVICES)])
    server: set[int] = field(default_factory=set)

    def edit(self, device: int, client: int, name: str, value: str) -> None:
        for earlier in self.edits:
            if (earlier.client, earlier.field) == (client, name) and earlier.number in self.known[
                device
            ]:
                earlier.seen_by_later_editor = True
        number = len(self.edits)
        self.edits.append(Edit(number, device, client, name, value))
        self.known[device].add(number)

    def sync(self, device: int) -> None:
        self.server |= {e.number for e in self.edits if e.device == device}
        self.known[device] |= self.server


counter = itertools.count()


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=3, max_size=10))
def test_three_devices_converge_and_keep_every_conflict(
    devices: DeviceFactory, steps: list[tuple]
) -> None:
    fleet = (
        [devices.create(f"dev{i}") for i in range(DEVICES)] if not devices.made else devices.made
    )
    round_no = next(counter)
    clients = [fleet[0].add_client("Runde", f"{round_no} Person {i}") for i in range(CLIENTS)]
    for device in (fleet[0], *fleet):
        device.sync.sync_now()
    model = Model()
    for index, action in enumerate(steps):
        if action[0] == "edit":
            _, d, c, name = action
            value = f"r{round_no}-s{index}-d{d}"
            fleet[d].edit_client(clients[c], **{name: value})
            model.edit(d, c, name, value)
        else:
            fleet[action[1]].sync.sync_now()
            model.sync(action[1])
    for _round in range(2):
        for device in fleet:
            device.sync.sync_now()

    states = [{cid: device.rows("clients")[cid] for cid in clients} for device in fleet]
    assert states[0] == states[1] == states[2]
    conflicts = {
        (c.record_id, c.field): {c.server_value, c.device_value}
        for c in fleet[0].sync.conflicts(include_resolved=True)
    }
    all_conflict_values: dict[tuple[str, str], set] = {}
    for c in fleet[0].sync.conflicts(include_resolved=True):
        all_conflict_values.setdefault((c.record_id, c.field), set()).update(
            {c.server_value, c.device_value}
        )
    for edit in model.edits:
        final = states[0][clients[edit.client]][edit.field]
        if edit.value == final or edit.seen_by_later_editor:
            continue
        kept = all_conflict_values.get((clients[edit.client], edit.field), set())
        assert edit.value in kept, f"{edit} dropped; final {final!r}; conflicts {conflicts}"
    for device in fleet:
        assert device.pending() == 0
