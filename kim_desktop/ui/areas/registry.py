"""Which module builds which navigation area.

Each module named here defines ``create_view(context: ViewContext) -> QWidget``. An area whose
module does not exist yet shows the honest "not yet available" page instead.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kim_desktop.ui.view_context import ViewContext

AREA_VIEW_MODULES: dict[str, str] = {
    "today": "kim_desktop.ui.today.today_view",
    "clients": "kim_desktop.ui.clients.clients_view",
    "cases": "kim_desktop.ui.cases.cases_view",
    "consultations": "kim_desktop.ui.consultations.consultations_view",
    "group_offers": "kim_desktop.ui.groups.groups_view",
    "needs": "kim_desktop.ui.needs.needs_view",
    "sync": "kim_desktop.ui.sync.sync_view",
}


def area_view_factories(context: ViewContext) -> dict[str, Callable[[], QWidget]]:
    factories: dict[str, Callable[[], QWidget]] = {}
    for area_id, module_name in AREA_VIEW_MODULES.items():
        if importlib.util.find_spec(module_name.rsplit(".", 1)[0]) is None:
            continue
        if importlib.util.find_spec(module_name) is None:
            continue

        def build(name: str = module_name) -> QWidget:
            return importlib.import_module(name).create_view(context)  # type: ignore[no-any-return]

        factories[area_id] = build
    return factories
