"""Display labels of enum values, German source text marked for Qt translation."""

from __future__ import annotations

from kim_desktop.domain.enums import Role
from kim_desktop.domain.messages import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "Labels"

ROLE_LABELS: dict[Role, str] = {
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("Labels", "Case Management"),
    Role.MUKIS_CASE_MANAGER: QT_TRANSLATE_NOOP("Labels", "Case Management MuKi-S"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "KIM-Koordination"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administration"),
}
