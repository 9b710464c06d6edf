"""Request bodies of the API: the shapes of docs/SYNC_PROTOCOL.md, for validation and for the
OpenAPI document. Values inside ``fields`` are checked per table by ``push``.

The push body is a TypedDict validated straight from the raw JSON bytes by pydantic-core
(``PUSH_BODY.validate_json``): a 1,000-op batch becomes plain dicts without model objects.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from typing_extensions import TypedDict

from kim_desktop.sync.protocol import MAX_PUSH_OPS

_STRICT = ConfigDict(strict=True, extra="forbid")


class EnrolBody(BaseModel):
    model_config = _STRICT
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(max_length=200)
    device_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:]+$")


class PushOpBody(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    seq: Annotated[int, Field(ge=1)]
    change_id: Annotated[str, Field(min_length=1, max_length=64)]
    op: Annotated[str, Field(max_length=16, description="insert|update|delete|restore|erase")]
    table: Annotated[str, Field(min_length=1, max_length=64)]
    record_id: Annotated[str, Field(min_length=1, max_length=64)]
    base_version: Annotated[int, Field(ge=0)]
    fields: dict[str, Any]
    hlc: Annotated[str, Field(min_length=1, max_length=80)]
    user_login: Annotated[str | None, Field(max_length=64)]


class PushBody(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    device_id: Annotated[str, Field(min_length=1, max_length=64)]
    ops: Annotated[list[PushOpBody], Field(max_length=MAX_PUSH_OPS)]


PUSH_BODY: TypeAdapter[PushBody] = TypeAdapter(PushBody)


def seqs_problem(body: PushBody) -> str | None:
    """Why the op seqs of a batch are unusable (they must strictly increase), or None."""
    seqs = [op["seq"] for op in body["ops"]]
    if any(b <= a for a, b in pairwise(seqs)):
        return "seq must be strictly increasing within a batch"
    return None


class ResolveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Any = None
    note: str | None = Field(default=None, max_length=2000)
