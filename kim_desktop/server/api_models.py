"""Request bodies of the API (pydantic): the shapes of docs/SYNC_PROTOCOL.md, for validation
and for the OpenAPI document. Values inside ``fields`` are checked per table by ``push``."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kim_desktop.sync.protocol import MAX_PUSH_OPS

_STRICT = ConfigDict(strict=True, extra="forbid")


class EnrolBody(BaseModel):
    model_config = _STRICT
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(max_length=200)
    device_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:]+$")


class PushOpBody(BaseModel):
    model_config = _STRICT
    seq: int = Field(ge=1)
    change_id: str = Field(min_length=1, max_length=64)
    op: str = Field(max_length=16, description="insert | update | delete | restore | erase")
    table: str = Field(min_length=1, max_length=64)
    record_id: str = Field(min_length=1, max_length=64)
    base_version: int = Field(ge=0)
    fields: dict[str, Any]
    hlc: str = Field(min_length=1, max_length=80)
    user_login: str | None = Field(default=None, max_length=64)


class PushBody(BaseModel):
    model_config = _STRICT
    device_id: str = Field(min_length=1, max_length=64)
    ops: list[PushOpBody] = Field(max_length=MAX_PUSH_OPS)

    @model_validator(mode="after")
    def _seqs_increase(self) -> PushBody:
        seqs = [op.seq for op in self.ops]
        if any(b <= a for a, b in pairwise(seqs)):
            raise ValueError("seq must be strictly increasing within a batch")
        return self


class ResolveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Any = None
    note: str | None = Field(default=None, max_length=2000)
