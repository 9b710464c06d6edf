"""The district's default catalogues (DESIGN rule 7): stable codes, German and English labels.

Topics and referral targets follow the district's 2024 evaluation of KIM case management.
Labels of further languages are added by administrators or later releases without code
changes (``labels`` is a per-language mapping).
"""

from __future__ import annotations

from typing import Any

# (code, German, English, KIM case management on site, postal codes)
MUNICIPALITIES: list[tuple[str, str, str, bool, list[str]]] = [
    ("alfter", "Alfter", "Alfter", True, ["53347"]),
    ("bad-honnef", "Bad Honnef", "Bad Honnef", True, ["53604"]),
    ("bornheim", "Bornheim", "Bornheim", False, ["53332"]),
    ("eitorf", "Eitorf", "Eitorf", True, ["53783"]),
    ("hennef", "Hennef (Sieg)", "Hennef (Sieg)", True, ["53773"]),
    ("koenigswinter", "Königswinter", "Königswinter", True, ["53639"]),
    ("lohmar", "Lohmar", "Lohmar", True, ["53797"]),
    ("meckenheim", "Meckenheim", "Meckenheim", False, ["53340"]),
    ("much", "Much", "Much", True, ["53804"]),
    ("neunkirchen-seelscheid", "Neunkirchen-Seelscheid", "Neunkirchen-Seelscheid", True, ["53819"]),
    ("niederkassel", "Niederkassel", "Niederkassel", True, ["53859"]),
    ("rheinbach", "Rheinbach", "Rheinbach", True, ["53359"]),
    ("ruppichteroth", "Ruppichteroth", "Ruppichteroth", True, ["53809"]),
    ("sankt-augustin", "Sankt Augustin", "Sankt Augustin", False, ["53757"]),
    ("siegburg", "Siegburg", "Siegburg", False, ["53721"]),
    ("swisttal", "Swisttal", "Swisttal", True, ["53913"]),
    ("troisdorf", "Troisdorf", "Troisdorf", True, ["53840", "53842", "53844"]),
    ("wachtberg", "Wachtberg", "Wachtberg", False, ["53343"]),
    ("windeck", "Windeck", "Windeck", True, ["51570"]),
    ("kreisweit", "Rhein-Sieg-Kreis (kreisweit)", "Rhein-Sieg district (district-wide)", True, []),
]

# (code, German, English) — the evaluation's topics first, in its order of frequency.
CONSULTATION_TOPICS: list[tuple[str, str, str]] = [
    ("lebensunterhalt", "Lebensunterhalt", "Livelihood"),
    ("deutsch-kurse", "Deutsch (Kurse)", "German (courses)"),
    ("aufenthalt-einbuergerung", "Aufenthalt/Einbürgerung", "Residence/naturalisation"),
    ("gesundheit", "Gesundheit", "Health"),
    ("wohnen", "Wohnen", "Housing"),
    ("arbeit-ausbildung", "Arbeit/Ausbildung", "Work/vocational training"),
    ("kinderbetreuung", "Kinderbetreuung", "Childcare"),
    (
        "sprachentwicklung",
        "Sprachentwicklung/Mehrsprachigkeit",
        "Language development/multilingualism",
    ),
    ("schule-bildung", "Schule/Bildung", "School/education"),
    ("familie-soziales", "Familie/Soziales", "Family/social matters"),
    (
        "wertevermittlung-freizeit-kultur",
        "Wertevermittlung/Freizeit/Kultur",
        "Values/leisure/culture",
    ),
    ("finanzen-schulden", "Finanzen/Schulden", "Finances/debts"),
    ("sprachmittlung", "Sprachmittlung", "Language mediation"),
    ("sonstiges", "Sonstiges", "Other"),
]

REFERRAL_TARGETS: list[tuple[str, str, str]] = [
    (
        "freie-wohlfahrt",
        "Beratungsstellen der Freien Wohlfahrtspflege",
        "Free welfare associations",
    ),
    (
        "sprach-integrationskurse",
        "Sprach- und Integrationskursträger",
        "Language and integration course providers",
    ),
    ("aemter-buergerservice", "Ämter/Bürgerservice", "Public offices/citizens' service"),
    ("jobcenter-afa", "Jobcenter/Agentur für Arbeit (SGB II/III)", "Job centre/employment agency"),
    ("abh-ebh", "Ausländerbehörde/Einbürgerungsbehörde", "Immigration/naturalisation authority"),
    (
        "migrationsberatung",
        "Migrationsberatung für Erwachsene (MBE)",
        "Migration counselling for adults",
    ),
    ("jugendmigrationsdienst", "Jugendmigrationsdienst (JMD)", "Youth migration service"),
    ("gesundheit", "Gesundheitswesen (Ärzt:innen, Gesundheitsamt, Therapie)", "Health services"),
    ("kita-schule", "Kita/Schule/Schulamt", "Day care/school/school authority"),
    ("jugendamt", "Jugendamt/Familienhilfe", "Youth welfare office/family support"),
    ("sonstige", "Sonstige Stellen", "Other services"),
]

# (code, German, English, legal basis)
RESIDENCE_STATUSES: list[tuple[str, str, str, str]] = [
    (
        "aufenthaltsgestattung",
        "Aufenthaltsgestattung (Asylverfahren)",
        "Permission to stay (asylum procedure)",
        "§ 55 AsylG",
    ),
    (
        "aufenthaltserlaubnis-schutz",
        "Aufenthaltserlaubnis (Schutzstatus)",
        "Residence permit (protection status)",
        "§ 25 AufenthG",
    ),
    (
        "voruebergehender-schutz",
        "Vorübergehender Schutz (Ukraine)",
        "Temporary protection (Ukraine)",
        "§ 24 AufenthG",
    ),
    (
        "aufenthaltserlaubnis-familie",
        "Aufenthaltserlaubnis (Familiennachzug)",
        "Residence permit (family reunification)",
        "§§ 27 ff. AufenthG",
    ),
    (
        "aufenthaltserlaubnis-arbeit",
        "Aufenthaltserlaubnis (Arbeit/Ausbildung/Studium)",
        "Residence permit (work/training/study)",
        "§§ 16 ff. AufenthG",
    ),
    (
        "chancen-aufenthalt",
        "Chancen-Aufenthaltsrecht",
        "Opportunity residence permit",
        "§ 104c AufenthG",
    ),
    ("duldung", "Duldung", "Toleration (Duldung)", "§ 60a AufenthG"),
    (
        "fiktionsbescheinigung",
        "Fiktionsbescheinigung",
        "Provisional certificate (Fiktionsbescheinigung)",
        "§ 81 AufenthG",
    ),
    ("niederlassungserlaubnis", "Niederlassungserlaubnis", "Settlement permit", "§ 9 AufenthG"),
    (
        "daueraufenthalt-eu",
        "Erlaubnis zum Daueraufenthalt-EU",
        "EU long-term residence permit",
        "§ 9a AufenthG",
    ),
    ("eu-freizuegigkeit", "EU-Freizügigkeit", "EU freedom of movement", "FreizügG/EU"),
    ("deutsch", "Deutsche Staatsangehörigkeit", "German citizenship", ""),
    ("ungeklaert", "Ungeklärt", "Unclear", ""),
]

TARGET_GROUPS: list[tuple[str, str, str]] = [
    (
        "gefluechtete-asylverfahren",
        "Geflüchtete im Asylverfahren",
        "Refugees in the asylum procedure",
    ),
    ("anerkannte-gefluechtete", "Anerkannte Geflüchtete", "Recognised refugees"),
    (
        "schutzsuchende-ukraine",
        "Schutzsuchende aus der Ukraine",
        "People seeking protection from Ukraine",
    ),
    ("geduldete", "Geduldete", "Tolerated persons"),
    (
        "drittstaatsangehoerige",
        "Drittstaatsangehörige (Arbeit, Familie, Studium)",
        "Third-country nationals (work, family, study)",
    ),
    ("eu-zugewanderte", "Zugewanderte aus der EU", "Immigrants from the EU"),
    (
        "eingebuergerte",
        "Eingebürgerte / Deutsche mit Einwanderungsgeschichte",
        "Naturalised citizens / Germans with migration history",
    ),
    (
        "familien-muki-s",
        "Familien mit mehrsprachigen Kita-Kindern (MuKi-S)",
        "Families with multilingual kindergarten children (MuKi-S)",
    ),
]

# (code, German, English, native name, right-to-left, letters printable)
LANGUAGES: list[tuple[str, str, str, str, bool, bool]] = [
    ("de", "Deutsch", "German", "Deutsch", False, True),
    ("en", "Englisch", "English", "English", False, True),
    ("uk", "Ukrainisch", "Ukrainian", "Українська", False, True),
    ("ru", "Russisch", "Russian", "Русский", False, True),
    ("ar", "Arabisch", "Arabic", "العربية", True, True),
    ("fa", "Persisch (Farsi/Dari)", "Persian (Farsi/Dari)", "فارسی", True, True),
    ("tr", "Türkisch", "Turkish", "Türkçe", False, True),
    ("fr", "Französisch", "French", "Français", False, True),
    ("ps", "Paschtu", "Pashto", "پښتو", True, False),
    ("kmr", "Kurdisch (Kurmandschi)", "Kurdish (Kurmanji)", "Kurmancî", False, False),
    ("ckb", "Kurdisch (Sorani)", "Kurdish (Sorani)", "کوردی", True, False),
    ("ti", "Tigrinya", "Tigrinya", "ትግርኛ", False, False),
    ("am", "Amharisch", "Amharic", "አማርኛ", False, False),
    ("so", "Somali", "Somali", "Soomaali", False, False),
    ("ro", "Rumänisch", "Romanian", "Română", False, False),
    ("bg", "Bulgarisch", "Bulgarian", "Български", False, False),
    ("pl", "Polnisch", "Polish", "Polski", False, False),
    ("sq", "Albanisch", "Albanian", "Shqip", False, False),
    ("sr", "Serbisch", "Serbian", "Српски", False, False),
    ("ka", "Georgisch", "Georgian", "ქართული", False, False),
    ("ur", "Urdu", "Urdu", "اردو", True, False),
    ("es", "Spanisch", "Spanish", "Español", False, False),
]

COUNTRIES: list[tuple[str, str, str]] = [
    ("UA", "Ukraine", "Ukraine"),
    ("SY", "Syrien", "Syria"),
    ("AF", "Afghanistan", "Afghanistan"),
    ("IQ", "Irak", "Iraq"),
    ("TR", "Türkei", "Turkey"),
    ("ER", "Eritrea", "Eritrea"),
    ("IR", "Iran", "Iran"),
    ("RU", "Russland", "Russia"),
    ("SO", "Somalia", "Somalia"),
    ("ET", "Äthiopien", "Ethiopia"),
    ("NG", "Nigeria", "Nigeria"),
    ("GN", "Guinea", "Guinea"),
    ("MA", "Marokko", "Morocco"),
    ("DZ", "Algerien", "Algeria"),
    ("LB", "Libanon", "Lebanon"),
    ("PK", "Pakistan", "Pakistan"),
    ("GE", "Georgien", "Georgia"),
    ("AM", "Armenien", "Armenia"),
    ("AZ", "Aserbaidschan", "Azerbaijan"),
    ("MD", "Moldau", "Moldova"),
    ("XK", "Kosovo", "Kosovo"),
    ("AL", "Albanien", "Albania"),
    ("RS", "Serbien", "Serbia"),
    ("MK", "Nordmazedonien", "North Macedonia"),
    ("RO", "Rumänien", "Romania"),
    ("BG", "Bulgarien", "Bulgaria"),
    ("PL", "Polen", "Poland"),
    ("VE", "Venezuela", "Venezuela"),
    ("CO", "Kolumbien", "Colombia"),
    ("IN", "Indien", "India"),
    ("DE", "Deutschland", "Germany"),
    ("XX", "Staatenlos", "Stateless"),
    ("XU", "Ungeklärt", "Unclear"),
]

LETTER_TEMPLATES: list[tuple[str, str, str]] = [
    ("consent", "Einwilligungserklärung", "Declaration of consent"),
    ("appointment", "Terminbestätigung / Einladung", "Appointment confirmation / invitation"),
    ("referral", "Verweisschreiben", "Referral letter"),
    ("confirmation", "Beratungsbestätigung", "Confirmation of consultation"),
    ("access_report", "Auskunft nach Art. 15 DSGVO", "Access report (Art. 15 GDPR)"),
    ("intake_form", "Aufnahmebogen (Papier)", "Intake form (paper)"),
]


def catalogue_rows() -> dict[str, list[dict[str, Any]]]:
    """Rows per catalogue table (without sync metadata), in display order."""

    def base(code: str, de: str, en: str, order: int) -> dict[str, Any]:
        return {"code": code, "labels": {"de": de, "en": en}, "sort_order": order, "active": True}

    return {
        "municipalities": [
            base(code, de, en, i) | {"kim_participant": kim, "postal_codes": plz}
            for i, (code, de, en, kim, plz) in enumerate(MUNICIPALITIES)
        ],
        "consultation_topics": [
            base(c, de, en, i) for i, (c, de, en) in enumerate(CONSULTATION_TOPICS)
        ],
        "referral_targets": [base(c, de, en, i) for i, (c, de, en) in enumerate(REFERRAL_TARGETS)],
        "residence_statuses": [
            base(c, de, en, i) | {"legal_basis": basis or None}
            for i, (c, de, en, basis) in enumerate(RESIDENCE_STATUSES)
        ],
        "target_groups": [base(c, de, en, i) for i, (c, de, en) in enumerate(TARGET_GROUPS)],
        "languages": [
            base(c, de, en, i) | {"native_name": native, "rtl": rtl, "letters_available": letters}
            for i, (c, de, en, native, rtl, letters) in enumerate(LANGUAGES)
        ],
        "countries": [base(c, de, en, i) for i, (c, de, en) in enumerate(COUNTRIES)],
        "letter_templates": [
            base(c, de, en, i) | {"document_kind": c}
            for i, (c, de, en) in enumerate(LETTER_TEMPLATES)
        ],
    }
