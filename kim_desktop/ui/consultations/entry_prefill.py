"""Pre-filling the consultation quick entry: last used mode, a held appointment's date and
duration, the chosen client's defaults (type of the open case, language mediation) and the
hint which case the consultation will belong to. Everything loads off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from kim_desktop.domain.enums import CaseType, ConsultationMode
from kim_desktop.services.client_lookup import ClientHit, ClientLookup
from kim_desktop.services.consultations import (
    AppointmentPrefill,
    ConsultationService,
    EntryDefaults,
    case_needed,
)
from kim_desktop.ui.consultations.entry_fields import ConsultationFields
from kim_desktop.ui.consultations.formatting import label, to_qdate
from kim_desktop.ui.operations import OperationRunner


class EntryPrefill(QObject):
    def __init__(
        self,
        fields: ConsultationFields,
        service: ConsultationService,
        lookup: ClientLookup,
        runner: OperationRunner,
    ) -> None:
        super().__init__(fields)
        self._fields = fields
        self._service = service
        self._lookup = lookup
        self._runner = runner
        self._mode_touched = False
        self._open_case_types: tuple[CaseType, ...] = ()
        fields.mode_combo.activated.connect(self._mode_touched_now)
        fields.type_combo.currentIndexChanged.connect(self.update_case_hint)
        fields.picker.clientChosen.connect(self._client_chosen)

    def start(
        self,
        client_id: str | None,
        appointment_id: str | None,
        show_error: Callable[[BaseException], None],
    ) -> None:
        """Load the last mode, and the appointment's or the client's data if given."""
        self._runner.run(self._service.last_mode, on_success=self._apply_last_mode)
        if appointment_id is not None:
            self._runner.run(
                lambda: self._service.appointment_prefill(appointment_id),
                on_success=self._apply_appointment,
                on_failure=show_error,
            )
        elif client_id is not None:
            self._load_client(client_id)

    # -- mode ----------------------------------------------------------------------------
    def _apply_last_mode(self, mode: ConsultationMode) -> None:
        if not self._mode_touched:
            self._fields.mode_combo.set_value(mode)

    def _mode_touched_now(self, _index: int) -> None:
        self._mode_touched = True

    # -- appointment and client ----------------------------------------------------------
    def _apply_appointment(self, prefill: AppointmentPrefill) -> None:
        self._fields.date_edit.setDate(to_qdate(prefill.held_on))
        self._fields.duration_spin.setValue(prefill.duration_minutes)
        self._load_client(prefill.client_id)

    def _load_client(self, client_id: str) -> None:
        self._runner.run(lambda: self._lookup.get(client_id), on_success=self._apply_client_hit)

    def _apply_client_hit(self, hit: ClientHit | None) -> None:
        if hit is not None and self._fields.picker.client is None:
            self._fields.picker.set_client(hit)

    def _client_chosen(self, hit: ClientHit | None) -> None:
        fields = self._fields
        fields.municipality = hit.municipality_code if hit is not None else None
        self._open_case_types = ()
        self.update_case_hint()
        if hit is None:
            return
        fields.errors["client"].clear_message()
        fields.topics.setFocus()
        self._runner.run(
            lambda: self._service.entry_defaults(hit.id), on_success=self._apply_defaults
        )

    def _apply_defaults(self, defaults: EntryDefaults) -> None:
        fields = self._fields
        if fields.picker.client is None or fields.picker.client.id != defaults.client_id:
            return
        self._open_case_types = defaults.open_case_types
        fields.type_combo.set_value(defaults.consultation_type)
        fields.mediation_combo.set_value(defaults.language_mediation)
        fields.language_combo.setCurrentIndex(
            max(0, fields.language_combo.findData(defaults.mediation_language_code))
        )
        self.update_case_hint()

    # -- which case ----------------------------------------------------------------------
    def update_case_hint(self, _index: int = 0) -> None:
        fields = self._fields
        if fields.picker.client is None:
            fields.case_hint.setText("")
            return
        needed = case_needed(fields.type_combo.value(), self._open_case_types)
        if needed is None:
            fields.case_hint.setText(
                QCoreApplication.translate(
                    "ConsultationEntryDialog", "Wird dem offenen Fall der Klient:in zugeordnet."
                )
            )
        elif needed is CaseType.ONE_TIME:
            fields.case_hint.setText(
                QCoreApplication.translate(
                    "ConsultationEntryDialog", "Wird als einmalige Beratung gezählt."
                )
            )
        else:
            fields.case_hint.setText(
                QCoreApplication.translate(
                    "ConsultationEntryDialog",
                    "Kein offener {kind}-Fall – beim Speichern wird ein neuer eröffnet.",
                ).format(kind=label(needed))
            )
