"""Fixed German content of the demo office: notes, goals, referral reasons and targets,
institutions of the district and its towns, and the structural needs reported to Module 1.

Data only; the generator modules pick from it with the shared random generator.
"""

from __future__ import annotations

from kim_desktop.domain.enums import ClosingReason, NeedStatus, ReferralStatus

NOTES: dict[str, tuple[str, ...]] = {
    "lebensunterhalt": (
        "Bürgergeld-Bescheid erläutert, Weiterbewilligungsantrag vorbereitet.",
        "Antrag auf Kinderzuschlag und Wohngeld besprochen.",
    ),
    "deutsch-kurse": (
        "Möglichkeiten für einen Integrationskurs besprochen; Berechtigungsschein liegt vor.",
        "Anmeldung zum Alphabetisierungskurs vorbereitet.",
    ),
    "aufenthalt-einbuergerung": (
        "Unterlagen für die Verlängerung des Aufenthaltstitels zusammengestellt.",
        "Voraussetzungen der Einbürgerung erläutert (Sprachnachweis, Einbürgerungstest).",
        "Chancen-Aufenthaltsrecht: Voraussetzungen und Fristen besprochen.",
    ),
    "gesundheit": (
        "Krankenversicherung geklärt, Hausarztpraxis in der Nähe gesucht.",
        "Termin beim Gesundheitsamt vereinbart.",
    ),
    "wohnen": (
        "Wohnungssuche besprochen, Antrag auf Wohnberechtigungsschein ausgefüllt.",
        "Nebenkostenabrechnung erläutert.",
    ),
    "arbeit-ausbildung": (
        "Lebenslauf überarbeitet, Anerkennung des Berufsabschlusses angesprochen.",
        "Beschäftigungserlaubnis und Arbeitsangebot besprochen.",
    ),
    "kinderbetreuung": ("Kita-Anmeldung über den Kita-Navigator erklärt.",),
    "sprachentwicklung": (
        "Mehrsprachiges Aufwachsen besprochen, Informationsmaterial mitgegeben.",
    ),
    "schule-bildung": ("Schulanmeldung für das älteste Kind vorbereitet.",),
    "familie-soziales": ("Familiäre Situation besprochen, Kindergeldantrag geprüft.",),
    "wertevermittlung-freizeit-kultur": (
        "Freizeitangebote im Ort vorgestellt (Sportverein, Sprachcafé).",
    ),
    "finanzen-schulden": (
        "Offene Rechnungen sortiert, Termin bei der Schuldnerberatung empfohlen.",
        "Energiekostennachzahlung: Antrag auf Mittel aus dem Stärkungspakt NRW gestellt.",
    ),
    "sprachmittlung": ("Sprachmittlung für den nächsten Behördentermin organisiert.",),
    "sonstiges": ("Behördenpost durchgesehen und erläutert.",),
}
MUKIS_NOTES = (
    "Sprachentwicklung des Kindes besprochen, Kontakt zur Logopädie hergestellt.",
    "Fehlender Kita-Platz: Anmeldung beim Jugendamt begleitet.",
    "Fragen zur Einschulung und zur Schuleingangsuntersuchung geklärt.",
    "Wartezeiten bei Facharztpraxen besprochen, Frühförderstelle angefragt.",
    "Mehrsprachiges Aufwachsen: Tipps für den Alltag (Spiele, Vorlesen in der Familiensprache).",
    "Einladung zum Heidelberger Elterntraining ausgesprochen.",
)
MUKIS_TOPICS: dict[str, float] = {
    "sprachentwicklung": 35,
    "kinderbetreuung": 25,
    "schule-bildung": 12,
    "gesundheit": 15,
    "wertevermittlung-freizeit-kultur": 8,
    "familie-soziales": 5,
}
REFERRAL_REASONS: dict[str, tuple[str, ...]] = {
    "freie-wohlfahrt": (
        "Allgemeine Sozialberatung",
        "Unterstützung bei Anträgen (Wohngeld, Kinderzuschlag)",
        "Beratung zu Energieschulden / Härtefallfonds",
    ),
    "aemter-buergerservice": (
        "Ummeldung / Meldebescheinigung",
        "Antrag auf Wohnberechtigungsschein",
        "Leistungen nach dem Asylbewerberleistungsgesetz",
    ),
    "sprach-integrationskurse": (
        "Anmeldung zum Integrationskurs",
        "Alphabetisierungskurs",
        "Berufssprachkurs",
    ),
    "jobcenter-afa": (
        "Antrag auf Bürgergeld",
        "Termin zur Arbeitsvermittlung",
        "Klärung eines Leistungsbescheids",
    ),
    "abh-ebh": (
        "Verlängerung des Aufenthaltstitels",
        "Vorberatung zum Einbürgerungsverfahren",
        "Beschäftigungserlaubnis",
        "Chancen-Aufenthaltsrecht",
    ),
    "migrationsberatung": ("Begleitung durch die MBE", "Familiennachzug"),
    "gesundheit": (
        "Suche nach einer Hausarztpraxis",
        "Psychosoziale Beratung / Traumaberatung",
        "Schuleingangsuntersuchung",
    ),
    "jugendmigrationsdienst": ("Begleitung durch den JMD", "Ausbildungsplatzsuche"),
    "kita-schule": ("Kita-Anmeldung", "Schulanmeldung / Seiteneinstieg"),
    "jugendamt": ("Familienhilfe",),
    "sonstige": ("Schuldnerberatung", "Anerkennungsberatung (IQ Netzwerk)", "Tafel"),
}
# How a settled outgoing referral ended (outcome, or the reason it was declined).
REFERRAL_OUTCOMES: dict[ReferralStatus, tuple[str, ...]] = {
    ReferralStatus.COMPLETED: (
        "Anliegen geklärt",
        "Antrag gestellt und bewilligt",
        "Termin wahrgenommen, Unterstützung erhalten",
        "Anmeldung erfolgt, Platz zugesagt",
    ),
    ReferralStatus.ACCEPTED: (
        "Stelle hat die Begleitung übernommen",
        "Aufnahme bestätigt, weitere Termine direkt bei der Stelle",
    ),
}
DECLINED_REASONS = (
    "Kein freier Termin in absehbarer Zeit",
    "Nicht zuständig, an eine andere Stelle verwiesen",
    "Angebot von der Klientin / dem Klienten nicht wahrgenommen",
)

TARGET_TOPICS: dict[str, frozenset[str]] = {
    "freie-wohlfahrt": frozenset(
        {"lebensunterhalt", "familie-soziales", "finanzen-schulden", "wohnen"}
    ),
    "aemter-buergerservice": frozenset({"wohnen", "lebensunterhalt", "aufenthalt-einbuergerung"}),
    "sprach-integrationskurse": frozenset({"deutsch-kurse"}),
    "jobcenter-afa": frozenset({"lebensunterhalt", "arbeit-ausbildung"}),
    "abh-ebh": frozenset({"aufenthalt-einbuergerung"}),
    "migrationsberatung": frozenset({"aufenthalt-einbuergerung", "familie-soziales"}),
    "gesundheit": frozenset({"gesundheit"}),
    "jugendmigrationsdienst": frozenset({"arbeit-ausbildung", "schule-bildung"}),
    "kita-schule": frozenset({"kinderbetreuung", "schule-bildung", "sprachentwicklung"}),
    "sonstige": frozenset({"finanzen-schulden", "sonstiges", "wertevermittlung-freizeit-kultur"}),
}
GOALS = (
    "Anmeldung zum Integrationskurs und regelmäßige Teilnahme",
    "Sicherung des Lebensunterhalts (Leistungsantrag gestellt und bewilligt)",
    "Eigene Wohnung finden",
    "Kita-Platz für das jüngste Kind",
    "Anerkennung des Berufsabschlusses beantragen",
    "Verlängerung des Aufenthaltstitels",
    "Anbindung an eine Hausarztpraxis",
    "Eröffnung eines Bankkontos",
    "Schuldenregulierung mit der Schuldnerberatung",
    "Einbürgerungsantrag vorbereiten",
    "Aufnahme einer sozialversicherungspflichtigen Beschäftigung",
    "Schulanmeldung der Kinder",
    "Teilnahme an einem Freizeit- oder Begegnungsangebot",
    "Selbstständige Kommunikation mit dem Jobcenter",
)
MUKIS_GOALS = (
    "Anbindung an Logopädie",
    "Kita-Platz für das Kind",
    "Teilnahme am Heidelberger Elterntraining",
    "Anmeldung bei der Frühförderstelle",
    "Einschulung vorbereiten",
    "Mehrsprachige Sprachförderung im Alltag",
)
CLOSING_NOTES: dict[ClosingReason, str] = {
    ClosingReason.GOALS_REACHED: "Ziele des Hilfeplans erreicht.",
    ClosingReason.REFERRED: "An die zuständige Fachstelle übergeben.",
    ClosingReason.CLIENT_ENDED: "Auf Wunsch der Klientin / des Klienten beendet.",
    ClosingReason.NO_CONTACT: "Kein Kontakt mehr seit mehreren Wochen.",
    ClosingReason.MOVED_AWAY: "Umzug außerhalb des Rhein-Sieg-Kreises.",
    ClosingReason.OTHER: "",
}
AREA_CODES: dict[str, str] = {
    "troisdorf": "02241",
    "hennef": "02242",
    "koenigswinter": "02223",
    "niederkassel": "02208",
    "lohmar": "02246",
    "rheinbach": "02226",
    "bad-honnef": "02224",
    "alfter": "0228",
    "neunkirchen-seelscheid": "02247",
    "eitorf": "02243",
    "windeck": "02292",
    "swisttal": "02255",
    "much": "02245",
    "ruppichteroth": "02295",
}
DISTRICT_INSTITUTIONS: tuple[tuple[str, str, str | None], ...] = (
    ("Jobcenter Rhein-Sieg – Geschäftsstelle Siegburg", "jobcenter-afa", None),
    ("Jobcenter Rhein-Sieg – Geschäftsstelle Troisdorf", "jobcenter-afa", "troisdorf"),
    ("Jobcenter Rhein-Sieg – Geschäftsstelle Hennef", "jobcenter-afa", "hennef"),
    ("Agentur für Arbeit Bonn – Geschäftsstelle Siegburg", "jobcenter-afa", None),
    ("Ausländerbehörde des Rhein-Sieg-Kreises", "abh-ebh", None),
    ("Einbürgerungsbehörde des Rhein-Sieg-Kreises", "abh-ebh", None),
    ("Ausländerbehörde der Stadt Troisdorf", "abh-ebh", "troisdorf"),
    ("Einbürgerungsbehörde der Stadt Troisdorf", "abh-ebh", "troisdorf"),
    ("Jugendmigrationsdienst der Caritas Rhein-Sieg", "jugendmigrationsdienst", None),
    ("Jugendmigrationsdienst der Diakonie An Sieg und Rhein", "jugendmigrationsdienst", None),
    ("Migrationsberatung für Erwachsene (MBE) der AWO", "migrationsberatung", None),
    ("Migrationsberatung für Erwachsene (MBE) der Caritas", "migrationsberatung", None),
    ("Migrationsberatung für Erwachsene (MBE) des DRK", "migrationsberatung", None),
    ("Gesundheitsamt des Rhein-Sieg-Kreises", "gesundheit", None),
    ("Sozialpsychiatrischer Dienst des Rhein-Sieg-Kreises", "gesundheit", None),
    ("Psychosoziales Zentrum für Geflüchtete", "gesundheit", None),
    ("Kreisschulamt / Schulberatung für Seiteneinsteiger", "kita-schule", None),
    ("Kreisjugendamt Rhein-Sieg", "jugendamt", None),
    ("Schuldner- und Insolvenzberatung", "sonstige", None),
    ("IQ Netzwerk – Anerkennungsberatung", "sonstige", None),
    ("Tafel Rhein-Sieg", "sonstige", None),
)
LOCAL_INSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("Caritas – Fachdienst Integration und Migration {town}", "freie-wohlfahrt"),
    ("Diakonie – Flüchtlingsberatung {town}", "freie-wohlfahrt"),
    ("{welfare} – Beratungsstelle {town}", "freie-wohlfahrt"),
    ("Volkshochschule – Integrationskurse {town}", "sprach-integrationskurse"),
    ("Bürgerbüro {town}", "aemter-buergerservice"),
    ("Sozialamt {town}", "aemter-buergerservice"),
    ("Familienzentrum {town}", "kita-schule"),
)
NEEDS: tuple[tuple[str, str, str, str, NeedStatus, str, str], ...] = (
    # challenge, topic, affected group, solution, status, working group, municipality key
    (
        "Fehlende Sprachförderung für Vorschulkinder mit nachgewiesenem Sprachförderbedarf",
        "sprachentwicklung",
        "Familien mit Kindern im Vorschulalter",
        "Einrichtung der Projektarbeitsgruppe DELFIN 4",
        NeedStatus.IN_WORK,
        "Projektarbeitsgruppe DELFIN 4",
        "",
    ),
    (
        "Unzureichende Deutschkenntnisse erschweren Beratungen und Behördentermine",
        "sprachmittlung",
        "Neu zugewanderte Erwachsene",
        "Sprachmittlung / Vasco Translators",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Hohe Komplexität beim Zugang zum frühkindlichen Bildungsangebot",
        "kinderbetreuung",
        "Eltern von Kindern zwischen 0 und 6 Jahren",
        "Zeitstrahl Kita-Anmeldungsverfahren; Information in 8 Sprachen (Integrationsportal RSK)",
        NeedStatus.SOLVED,
        "Konzeptarbeitsgruppe Bildung 0–6",
        "",
    ),
    (
        "Abgelaufene Ausweispapiere, kein Bankkonto, dadurch keine Leistungen",
        "lebensunterhalt",
        "Leistungsberechtigte ohne gültige Ausweisdokumente",
        "Abgesprochener Meldeweg zwischen Jobcenter und ABH",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Unzureichende Deutschkenntnisse beim Ersttermin im Jobcenter",
        "lebensunterhalt",
        "Neu zugewanderte Leistungsberechtigte",
        "Absprache zur Ausfüllhilfe durch das Jobcenter",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Fehlende Kita-Plätze für zugewanderte Familien",
        "kinderbetreuung",
        "Familien mit Kindern ab 1 Jahr",
        "",
        NeedStatus.IN_WORK,
        "Konzeptarbeitsgruppe Bildung 0–6",
        "troisdorf",
    ),
    (
        "Lange Wartezeiten bei Facharztpraxen, Ergo- und Sprachtherapie",
        "gesundheit",
        "Kinder mit Sprachauffälligkeiten (MuKi-S)",
        "",
        NeedStatus.IN_WORK,
        "",
        "niederkassel",
    ),
    (
        "Kaum bezahlbarer Wohnraum für große Familien",
        "wohnen",
        "Familien mit vier und mehr Kindern",
        "",
        NeedStatus.IN_WORK,
        "Konzeptarbeitsgruppe Wohnen",
        "hennef",
    ),
    (
        "Keine Alphabetisierungskurse im ländlichen Raum erreichbar",
        "deutsch-kurse",
        "Erwachsene ohne Schriftsprachkenntnisse",
        "",
        NeedStatus.NEW,
        "",
        "windeck",
    ),
    (
        "Schlechte ÖPNV-Anbindung zu den Integrationskursen",
        "deutsch-kurse",
        "Kursteilnehmende aus den Außenorten",
        "",
        NeedStatus.NEW,
        "",
        "ruppichteroth",
    ),
    (
        "Anerkennung ausländischer Berufsabschlüsse dauert sehr lange",
        "arbeit-ausbildung",
        "Fachkräfte mit ausländischem Abschluss",
        "Verweis an die Anerkennungsberatung des IQ Netzwerks",
        NeedStatus.IN_WORK,
        "Konzeptarbeitsgruppe Arbeitsmarkt",
        "",
    ),
    (
        "Hohe Nachzahlungen für Energiekosten",
        "finanzen-schulden",
        "Haushalte mit geringem Einkommen",
        "Anträge auf Mittel aus dem Stärkungspakt NRW",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Keine Kinderbetreuung während des Integrationskurses",
        "deutsch-kurse",
        "Mütter mit kleinen Kindern",
        "",
        NeedStatus.IN_WORK,
        "",
        "koenigswinter",
    ),
    (
        "Informationsbedarf zum Chancen-Aufenthaltsrecht",
        "aufenthalt-einbuergerung",
        "Langjährig Geduldete",
        "Einarbeitung der Case Manager:innen; Informationsblatt der ABH",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Wunsch nach Einsicht in die Fallakten anderer Stellen",
        "sonstiges",
        "Kommunale Sozialverwaltung",
        "Nicht umsetzbar ohne Einwilligung; Verweis auf Fallkonferenzen mit Einwilligung",
        NeedStatus.REJECTED,
        "",
        "",
    ),
)
