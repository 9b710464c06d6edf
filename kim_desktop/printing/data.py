"""Plain data the documents are built from (filled by ``services.documents``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import zip_longest


@dataclass(frozen=True)
class Letterhead:
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str | None = None

    @property
    def place(self) -> str:
        return f"{self.postal_code} {self.city}".strip()


@dataclass(frozen=True)
class Contact:
    """The case manager who signs: name, phone, e-mail."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ClientInfo:
    file_number: str
    first_name: str
    last_name: str
    gender: str = "unknown"
    birth_date: date | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def address_lines(self) -> list[str]:
        place = f"{self.postal_code} {self.city}".strip()
        return [line for line in (self.full_name, self.street, place) if line]


@dataclass(frozen=True)
class ConsentItem:
    purpose: str  # ConsentPurpose value
    scope: str
    recipients: list[str]
    given_on: date
    valid_until: date | None = None
    withdrawn_on: date | None = None
    # per recipient: the referral target code if it is a whole category, "" for an institution
    recipient_targets: list[str] = field(default_factory=list)

    def recipient_entries(self) -> list[tuple[str, str]]:
        """(stored name, target code or "") of each recipient."""
        return list(zip_longest(self.recipients, self.recipient_targets, fillvalue=""))[
            : len(self.recipients)
        ]


@dataclass(frozen=True)
class AppointmentInfo:
    starts_at: datetime  # local time
    duration_minutes: int
    location: str
    purpose: str = ""
    bring_along: str = ""


@dataclass(frozen=True)
class Recipient:
    """The receiving service of a referral."""

    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""

    def address_lines(self) -> list[str]:
        place = f"{self.postal_code} {self.city}".strip()
        return [line for line in (self.name, self.street, place) if line]


@dataclass(frozen=True)
class ReferralInfo:
    recipient: Recipient
    target_code: str
    target_label_de: str
    referred_on: date
    reason: str = ""
    consent: ConsentItem | None = None
    recipient_is_target: bool = False  # no institution: the recipient is the target category


@dataclass(frozen=True)
class ConsultationInfo:
    held_on: date
    duration_minutes: int
    mode: str  # ConsultationMode value
    consultation_type: str  # ConsultationType value
    topics: list[tuple[str, str]]  # (code, German label)


@dataclass(frozen=True)
class Term:
    """A word of the letter catalogue (``key``), or ``fallback`` where it has none."""

    key: str
    fallback: str = ""


@dataclass(frozen=True)
class ReportRow:
    """One line of a section of the access report: cells already as text or dates."""

    cells: list[object]


@dataclass(frozen=True)
class ReportSection:
    key: str  # report.section.<key>
    columns: list[str]  # report.column.<name> keys
    rows: list[ReportRow] = field(default_factory=list)
    widths: list[float] | None = None  # relative column widths


@dataclass(frozen=True)
class AccessReportInfo:
    master: list[tuple[str, object]]  # (field key, value)
    sections: list[ReportSection]


@dataclass(frozen=True)
class DocumentInput:
    """Everything one document needs besides its own record."""

    kind: str
    language: str
    letterhead: Letterhead
    contact: Contact
    today: date
    client: ClientInfo | None = None
    consents: list[ConsentItem] = field(default_factory=list)
    appointment: AppointmentInfo | None = None
    referral: ReferralInfo | None = None
    consultation: ConsultationInfo | None = None
    report: AccessReportInfo | None = None
