"""The demo office: an encrypted office database filled with realistic synthetic data.

``create_demo_office`` makes the office and its staff, ``populate`` fills an open office
database; both are deterministic for a seed (see :mod:`.generator`).
"""

from kim_desktop.services.demo.figures import DEFAULT_CLIENTS
from kim_desktop.services.demo.generator import DemoCancelled, DemoDataError, DemoSummary, populate
from kim_desktop.services.demo.office import (
    DEMO_LOGIN,
    DEMO_PASSWORD,
    DemoCredentials,
    create_demo_office,
)

__all__ = [
    "DEFAULT_CLIENTS",
    "DEMO_LOGIN",
    "DEMO_PASSWORD",
    "DemoCancelled",
    "DemoCredentials",
    "DemoDataError",
    "DemoSummary",
    "create_demo_office",
    "populate",
]
