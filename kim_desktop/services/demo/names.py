"""Synthetic name pools and origin profiles of the demo office's clients.

Every name here is a common given name or family name of its region, combined at random; no
record describes a real person. Gendered family names are written ``"male|female"``
(``Ivanov|Ivanova``). Several spellings of the same name (``Mohammed``, ``Muhammad``,
``Mohamad``; ``Oleksandr``, ``Olexandr``) are deliberate: they exercise the forgiving search.

An :class:`Origin` describes one client group of the district (Ukraine, Syria, Afghanistan …):
its nationality codes, languages, plausible residence statuses and arrival years. All codes are
catalogue codes of :mod:`kim_desktop.db.seed_data`.
"""

from __future__ import annotations

from dataclasses import dataclass

_ARABIC_MALE = [
    "Mohammed", "Muhammad", "Mohamad", "Ahmad", "Ahmed", "Ali", "Omar", "Khaled", "Hassan",
    "Hussein", "Mahmoud", "Youssef", "Ibrahim", "Abdullah", "Mustafa", "Samir", "Bilal",
    "Karim", "Tarek", "Walid", "Rami", "Fadi", "Nizar", "Jamal",
]  # fmt: skip
_ARABIC_FEMALE = [
    "Fatima", "Aisha", "Mariam", "Maryam", "Noor", "Nour", "Rania", "Huda", "Amal", "Layla",
    "Zainab", "Salma", "Yasmin", "Hiba", "Rasha", "Dima", "Lina", "Reem", "Samira", "Ghada",
    "Asmaa", "Heba",
]  # fmt: skip
_SYRIAN_LAST = [
    "Al-Ahmad", "Alhussein", "Al-Hussein", "Haddad", "Khalil", "Hamdan", "Al-Khatib", "Darwish",
    "Kassem", "Qasem", "Mansour", "Saleh", "Sabbagh", "Al-Ali", "Othman", "Hamoud", "Zein",
    "Aljasem", "Barakat", "Nasser", "Al-Masri", "Shami", "Hallak", "Kanaan",
]  # fmt: skip
_IRAQI_LAST = [
    "Al-Jabouri", "Al-Obaidi", "Al-Saadi", "Hamid", "Jasim", "Kadhim", "Al-Tamimi", "Mahdi",
    "Abbas", "Rashid", "Al-Zubaidi", "Salman", "Faraj", "Najm",
]  # fmt: skip
_MAGHREB_LAST = [
    "El Amrani", "Benali", "Bouzid", "El Idrissi", "Haddou", "Mansouri", "Benmoussa", "Zerrouki",
    "Belkacem", "Ait Ali",
]  # fmt: skip
_KURDISH_MALE = [
    "Ciwan", "Rojhat", "Serhat", "Azad", "Baran", "Dilshad", "Hoger", "Kawa", "Rebwar", "Shvan",
    "Karwan", "Zana", "Berzan",
]  # fmt: skip
_KURDISH_FEMALE = [
    "Berivan", "Rojda", "Dilan", "Shilan", "Nazdar", "Evin", "Hêvî", "Zozan", "Avin", "Ronahi",
    "Viyan", "Jiyan",
]  # fmt: skip
_KURDISH_LAST = [
    "Hasso", "Osso", "Sido", "Ibo", "Khalaf", "Murad", "Qasim", "Rashid", "Haji", "Kurdo",
    "Barzani", "Mirza", "Celik", "Tahir",
]  # fmt: skip
_AFGHAN_MALE = [
    "Ahmad", "Mohammad", "Ali", "Mustafa", "Hamid", "Farid", "Jawad", "Sayed", "Naweed", "Omid",
    "Rahmatullah", "Sharif", "Wahid", "Zabihullah", "Mirwais", "Hamidullah", "Nasir", "Bashir",
    "Khalid", "Samiullah",
]  # fmt: skip
_AFGHAN_FEMALE = [
    "Fatima", "Zahra", "Maryam", "Marjan", "Sima", "Parwana", "Nilofar", "Shabnam", "Freshta",
    "Mursal", "Nazanin", "Roya", "Sahar", "Mahbooba", "Zarghona", "Laila", "Shakila", "Gulalai",
]  # fmt: skip
_AFGHAN_LAST = [
    "Ahmadi", "Rahimi", "Hashimi", "Mohammadi", "Karimi", "Hussaini", "Sultani", "Nazari",
    "Stanikzai", "Popal", "Wardak", "Noori", "Amiri", "Safi", "Haidari", "Sadat", "Rezai",
    "Jalali", "Habibi", "Yusufzai",
]  # fmt: skip
_IRAN_MALE = [
    "Reza", "Mehdi", "Amir", "Hossein", "Ali", "Saeed", "Behnam", "Arash", "Kourosh", "Milad",
    "Navid", "Payam", "Dariush",
]  # fmt: skip
_IRAN_FEMALE = [
    "Maryam", "Zahra", "Sara", "Niloofar", "Shirin", "Leila", "Mahsa", "Parisa", "Azadeh",
    "Golnaz", "Nasrin", "Fereshteh",
]  # fmt: skip
_IRAN_LAST = [
    "Moradi", "Hosseini", "Rezaei", "Karimi", "Jafari", "Ahmadi", "Rahmani", "Sadeghi",
    "Ebrahimi", "Tehrani", "Shirazi", "Mohammadi", "Kazemi", "Farahani",
]  # fmt: skip
_TURKISH_MALE = [
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Yusuf",
    "Ömer", "Burak", "Serkan", "Kemal", "Oğuz", "Cem",
]  # fmt: skip
_TURKISH_FEMALE = [
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Sultan", "Merve",
    "Büşra", "Esra", "Gül", "Hülya", "Derya",
]  # fmt: skip
_TURKISH_LAST = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
    "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
    "Polat",
]  # fmt: skip
_UKRAINIAN_MALE = [
    "Oleksandr", "Olexandr", "Andrii", "Andriy", "Dmytro", "Serhii", "Serhiy", "Volodymyr",
    "Mykola", "Ivan", "Yurii", "Bohdan", "Taras", "Vasyl", "Maksym", "Oleh", "Vitalii", "Petro",
]  # fmt: skip
_UKRAINIAN_FEMALE = [
    "Olena", "Olha", "Olga", "Tetiana", "Tetyana", "Nataliia", "Natalia", "Iryna", "Svitlana",
    "Oksana", "Yuliia", "Kateryna", "Anastasiia", "Halyna", "Liudmyla", "Mariia", "Viktoriia",
    "Inna", "Larysa", "Valentyna", "Alina", "Khrystyna",
]  # fmt: skip
_UKRAINIAN_LAST = [
    "Kovalenko", "Kowalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko",
    "Boiko", "Boyko", "Melnyk", "Kovalchuk", "Polishchuk", "Savchenko", "Lysenko", "Rudenko",
    "Marchenko", "Moroz", "Kravets", "Oliinyk", "Shevchuk", "Pavlenko", "Tkachuk", "Hrytsenko",
    "Ponomarenko", "Kuzmenko", "Kovalskyi|Kovalska", "Lytvyn", "Zaiets", "Sydorenko",
]  # fmt: skip
_RUSSIAN_MALE = [
    "Aleksandr", "Alexander", "Dmitri", "Sergei", "Andrei", "Alexei", "Mikhail", "Ivan", "Nikolai",
    "Pavel", "Igor", "Yevgeny", "Maxim",
]  # fmt: skip
_RUSSIAN_FEMALE = [
    "Elena", "Olga", "Tatiana", "Natalia", "Irina", "Svetlana", "Anna", "Ekaterina", "Marina",
    "Yulia", "Anastasia", "Ksenia",
]  # fmt: skip
_RUSSIAN_LAST = [
    "Ivanov|Ivanova", "Smirnov|Smirnova", "Kuznetsov|Kuznetsova", "Popov|Popova",
    "Sokolov|Sokolova", "Volkov|Volkova", "Morozov|Morozova", "Novikov|Novikova",
    "Fedorov|Fedorova", "Orlov|Orlova", "Lebedev|Lebedeva", "Pavlov|Pavlova",
]  # fmt: skip
_TIGRINYA_MALE = [
    "Tesfay", "Yonas", "Filmon", "Mehari", "Dawit", "Habtom", "Samuel", "Yohannes", "Berhane",
    "Kibrom", "Tekle", "Aron", "Merhawi", "Amanuel",
]  # fmt: skip
_TIGRINYA_FEMALE = [
    "Helen", "Senait", "Selam", "Saba", "Ruta", "Luwam", "Yordanos", "Hiwet", "Winta", "Feven",
    "Mebrat", "Lidia", "Rahel",
]  # fmt: skip
_TIGRINYA_LAST = [
    "Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Tekle", "Ghebreyesus", "Berhe", "Woldu",
    "Mehari", "Andemariam", "Haile", "Weldemichael", "Asfaha", "Negash",
]  # fmt: skip
_GUINEA_MALE = [
    "Mamadou", "Ibrahima", "Alpha", "Ousmane", "Amadou", "Thierno", "Sekou", "Abdoulaye",
    "Mohamed", "Boubacar", "Lansana", "Souleymane",
]  # fmt: skip
_GUINEA_FEMALE = [
    "Mariama", "Fatoumata", "Aissatou", "Kadiatou", "Hawa", "Aminata", "Mariame", "Djenabou",
    "Ramatoulaye", "Oumou",
]  # fmt: skip
_GUINEA_LAST = [
    "Diallo", "Barry", "Bah", "Sow", "Camara", "Condé", "Soumah", "Sylla", "Touré", "Keita",
    "Baldé", "Kouyaté",
]  # fmt: skip
_NIGERIA_MALE = [
    "Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi", "Obinna", "Godwin", "Samuel", "Daniel",
    "Ikechukwu", "Babatunde", "Uche",
]  # fmt: skip
_NIGERIA_FEMALE = [
    "Blessing", "Chioma", "Ngozi", "Adaeze", "Funmilayo", "Joy", "Precious", "Esther", "Favour",
    "Oluchi", "Amaka", "Grace",
]  # fmt: skip
_NIGERIA_LAST = [
    "Okafor", "Okonkwo", "Adeyemi", "Eze", "Nwosu", "Obi", "Balogun", "Ogunleye", "Onyeka",
    "Adebayo", "Chukwu", "Ibrahim", "Uzor", "Okeke",
]  # fmt: skip
_SOMALI_MALE = [
    "Abdirahman", "Abdullahi", "Mohamed", "Ahmed", "Hassan", "Abdi", "Omar", "Yusuf", "Ismail",
    "Mahad", "Liban",
]  # fmt: skip
_SOMALI_FEMALE = [
    "Hodan", "Amina", "Fadumo", "Hawa", "Sahra", "Ifrah", "Khadra", "Ayan", "Halima", "Nimco",
    "Ubah",
]  # fmt: skip
_SOMALI_LAST = [
    "Abdi", "Hassan", "Farah", "Warsame", "Jama", "Ali", "Mohamud", "Osman", "Aden", "Nur",
    "Hirsi", "Egal",
]  # fmt: skip
_GEORGIAN_MALE = [
    "Giorgi", "Davit", "Levan", "Nika", "Irakli", "Zurab", "Lasha", "Tornike", "Vakhtang", "Luka",
]  # fmt: skip
_GEORGIAN_FEMALE = [
    "Nino", "Mariam", "Tamar", "Ana", "Eka", "Natia", "Salome", "Khatia", "Ketevan", "Maia",
]  # fmt: skip
_GEORGIAN_LAST = [
    "Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri", "Giorgadze",
    "Nozadze", "Mamedov|Mamedova", "Kvaratskhelia", "Javakhishvili", "Abashidze",
]  # fmt: skip
_ALBANIAN_MALE = [
    "Arben", "Besnik", "Driton", "Fatmir", "Ilir", "Luan", "Mergim", "Valon", "Arian", "Blerim",
    "Egzon", "Florent",
]  # fmt: skip
_ALBANIAN_FEMALE = [
    "Arta", "Blerina", "Drita", "Elira", "Fjolla", "Teuta", "Vjosa", "Albulena", "Besa",
    "Mimoza", "Shqipe", "Valbona",
]  # fmt: skip
_ALBANIAN_LAST = [
    "Berisha", "Krasniqi", "Gashi", "Morina", "Shala", "Hoxha", "Kelmendi", "Bytyqi", "Rexhepi",
    "Hasani", "Dervishi", "Leka", "Sadiku", "Mustafa",
]  # fmt: skip
_ROMANIAN_MALE = [
    "Andrei", "Alexandru", "Ionuț", "Mihai", "Florin", "Gabriel", "Marius", "Cristian", "Adrian",
    "Bogdan", "Vasile", "Constantin",
]  # fmt: skip
_ROMANIAN_FEMALE = [
    "Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Mihaela", "Cristina", "Gabriela",
    "Roxana", "Florentina", "Daniela",
]  # fmt: skip
_ROMANIAN_LAST = [
    "Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Stoica", "Gheorghe",
    "Munteanu", "Rusu", "Matei", "Lungu", "Ciobanu", "Marin",
]  # fmt: skip
_BULGARIAN_MALE = [
    "Georgi", "Ivan", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Yordan",
    "Angel", "Asen",
]  # fmt: skip
_BULGARIAN_FEMALE = [
    "Maria", "Ivanka", "Elena", "Yordanka", "Desislava", "Gergana", "Petya", "Radka", "Svetla",
    "Tsvetelina", "Milena",
]  # fmt: skip
_BULGARIAN_LAST = [
    "Ivanov|Ivanova", "Georgiev|Georgieva", "Dimitrov|Dimitrova", "Petrov|Petrova",
    "Nikolov|Nikolova", "Hristov|Hristova", "Stoyanov|Stoyanova", "Todorov|Todorova",
    "Angelov|Angelova", "Yordanov|Yordanova", "Mehmedov|Mehmedova", "Asenov|Asenova",
]  # fmt: skip
_URDU_MALE = [
    "Muhammad", "Imran", "Asif", "Bilal", "Usman", "Kamran", "Faisal", "Adnan", "Shahid", "Tariq",
]  # fmt: skip
_URDU_FEMALE = [
    "Ayesha", "Sana", "Fatima", "Hina", "Nadia", "Saima", "Rabia", "Shazia", "Amna", "Iqra",
]  # fmt: skip
_URDU_LAST = [
    "Khan", "Ahmed", "Hussain", "Iqbal", "Malik", "Butt", "Chaudhry", "Qureshi", "Raza", "Shah",
    "Mirza", "Javed",
]  # fmt: skip
_SPANISH_MALE = [
    "José", "Luis", "Carlos", "Juan", "Miguel", "Andrés", "Jesús", "Alejandro", "Daniel",
    "Rafael", "Jhon", "Luis Miguel",
]  # fmt: skip
_SPANISH_FEMALE = [
    "María", "Ana", "Daniela", "Carolina", "Gabriela", "Andrea", "Valentina", "Mariana",
    "Luisa Fernanda", "Yuleisy", "Yolanda", "Paola",
]  # fmt: skip
_SPANISH_LAST = [
    "González", "Rodríguez", "Pérez", "Hernández", "García", "Martínez", "López", "Ramírez",
    "Torres", "Díaz", "Moreno", "Rojas", "Castillo", "Mendoza",
]  # fmt: skip


@dataclass(frozen=True)
class Origin:
    """One client group: where people come from, what they speak, how they live here."""

    key: str
    weight: float  # share of clients in %
    countries: tuple[tuple[str, int], ...]  # nationality code, weight
    languages: tuple[tuple[str, int], ...]  # preferred language code, weight
    second_languages: tuple[str, ...]  # further languages some of them speak
    statuses: tuple[tuple[str, int], ...]  # residence status code, weight
    arrival_years: tuple[tuple[int, int], ...]  # year, weight
    interpreter_share: float
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]


def _t(items: list[str]) -> tuple[str, ...]:
    return tuple(items)


_SYRIA_YEARS = ((2014, 10), (2015, 30), (2016, 20), (2017, 6), (2018, 5), (2019, 4), (2020, 2),
                (2021, 3), (2022, 7), (2023, 9), (2024, 4))  # fmt: skip
_REFUGEE_YEARS = ((2015, 18), (2016, 14), (2017, 6), (2018, 5), (2019, 6), (2020, 4), (2021, 10),
                  (2022, 14), (2023, 14), (2024, 9))  # fmt: skip
_MIXED_YEARS = ((2014, 4), (2015, 6), (2016, 6), (2017, 6), (2018, 7), (2019, 8), (2020, 6),
                (2021, 9), (2022, 16), (2023, 18), (2024, 14))  # fmt: skip

# fmt: off
ORIGINS: tuple[Origin, ...] = (
    Origin(
        "ukraine", 28, (("UA", 1),), (("uk", 62), ("ru", 38)), ("ru", "uk", "en"),
        (("voruebergehender-schutz", 90), ("fiktionsbescheinigung", 8),
         ("aufenthaltserlaubnis-arbeit", 2)),
        ((2014, 1), (2018, 1), (2022, 62), (2023, 26), (2024, 10)), 0.55,
        _t(_UKRAINIAN_MALE), _t(_UKRAINIAN_FEMALE), _t(_UKRAINIAN_LAST),
    ),
    Origin(
        "syria", 17, (("SY", 95), ("XX", 5)), (("ar", 88), ("kmr", 12)), ("en", "tr", "de"),
        (("aufenthaltserlaubnis-schutz", 44), ("aufenthaltserlaubnis-familie", 14),
         ("aufenthaltsgestattung", 12), ("niederlassungserlaubnis", 16), ("deutsch", 6),
         ("fiktionsbescheinigung", 8)),
        _SYRIA_YEARS, 0.4,
        _t(_ARABIC_MALE + _KURDISH_MALE[:4]), _t(_ARABIC_FEMALE + _KURDISH_FEMALE[:4]),
        _t(_SYRIAN_LAST),
    ),
    Origin(
        "afghanistan", 11, (("AF", 1),), (("fa", 68), ("ps", 32)), ("ur", "en", "de"),
        (("aufenthaltsgestattung", 32), ("aufenthaltserlaubnis-schutz", 40), ("duldung", 10),
         ("chancen-aufenthalt", 6), ("aufenthaltserlaubnis-familie", 12)),
        ((2015, 16), (2016, 12), (2017, 4), (2018, 4), (2019, 5), (2020, 3), (2021, 18),
         (2022, 16), (2023, 14), (2024, 8)), 0.6,
        _t(_AFGHAN_MALE), _t(_AFGHAN_FEMALE), _t(_AFGHAN_LAST),
    ),
    Origin(
        "iraq", 6, (("IQ", 1),), (("ar", 48), ("kmr", 36), ("ckb", 16)), ("ar", "tr", "en"),
        (("aufenthaltserlaubnis-schutz", 38), ("duldung", 18), ("chancen-aufenthalt", 14),
         ("niederlassungserlaubnis", 14), ("aufenthaltsgestattung", 16)),
        _REFUGEE_YEARS, 0.5,
        _t(_ARABIC_MALE[:14] + _KURDISH_MALE), _t(_ARABIC_FEMALE[:12] + _KURDISH_FEMALE),
        _t(_IRAQI_LAST + _KURDISH_LAST),
    ),
    Origin(
        "turkey", 8, (("TR", 1),), (("tr", 78), ("kmr", 22)), ("de", "en"),
        # Includes the victims of the 2023 earthquake who came on family visas.
        (("aufenthaltsgestattung", 44), ("aufenthaltserlaubnis-familie", 24),
         ("aufenthaltserlaubnis-arbeit", 10), ("aufenthaltserlaubnis-schutz", 14),
         ("niederlassungserlaubnis", 8)),
        ((2016, 3), (2018, 4), (2019, 4), (2020, 3), (2021, 6), (2022, 22), (2023, 38),
         (2024, 20)), 0.45,
        _t(_TURKISH_MALE), _t(_TURKISH_FEMALE), _t(_TURKISH_LAST),
    ),
    Origin(
        "eritrea", 3, (("ER", 1),), (("ti", 1),), ("am", "ar", "en"),
        (("aufenthaltserlaubnis-schutz", 58), ("aufenthaltserlaubnis-familie", 26),
         ("aufenthaltsgestattung", 16)),
        _REFUGEE_YEARS, 0.75,
        _t(_TIGRINYA_MALE), _t(_TIGRINYA_FEMALE), _t(_TIGRINYA_LAST),
    ),
    Origin(
        "iran", 4, (("IR", 1),), (("fa", 1),), ("en", "tr"),
        (("aufenthaltsgestattung", 30), ("aufenthaltserlaubnis-schutz", 48), ("duldung", 10),
         ("niederlassungserlaubnis", 12)),
        _MIXED_YEARS, 0.45,
        _t(_IRAN_MALE), _t(_IRAN_FEMALE), _t(_IRAN_LAST),
    ),
    Origin(
        "russia", 3, (("RU", 1),), (("ru", 1),), ("en", "de"),
        (("aufenthaltsgestattung", 46), ("aufenthaltserlaubnis-arbeit", 22),
         ("aufenthaltserlaubnis-familie", 32)),
        ((2016, 4), (2019, 6), (2020, 4), (2021, 6), (2022, 40), (2023, 26), (2024, 14)), 0.5,
        _t(_RUSSIAN_MALE), _t(_RUSSIAN_FEMALE), _t(_RUSSIAN_LAST),
    ),
    Origin(
        "guinea", 2, (("GN", 1),), (("fr", 1),), ("en",),
        (("aufenthaltsgestattung", 38), ("duldung", 40), ("chancen-aufenthalt", 22)),
        _REFUGEE_YEARS, 0.35,
        _t(_GUINEA_MALE), _t(_GUINEA_FEMALE), _t(_GUINEA_LAST),
    ),
    Origin(
        "nigeria", 2, (("NG", 1),), (("en", 1),), ("fr",),
        (("aufenthaltsgestattung", 40), ("duldung", 38), ("chancen-aufenthalt", 22)),
        _REFUGEE_YEARS, 0.1,
        _t(_NIGERIA_MALE), _t(_NIGERIA_FEMALE), _t(_NIGERIA_LAST),
    ),
    Origin(
        "somalia", 2, (("SO", 1),), (("so", 1),), ("ar", "en"),
        (("aufenthaltserlaubnis-schutz", 50), ("aufenthaltsgestattung", 30), ("duldung", 20)),
        _REFUGEE_YEARS, 0.7,
        _t(_SOMALI_MALE), _t(_SOMALI_FEMALE), _t(_SOMALI_LAST),
    ),
    Origin(
        "georgia", 2, (("GE", 1),), (("ka", 70), ("ru", 30)), ("ru", "en"),
        (("aufenthaltsgestattung", 40), ("duldung", 38), ("aufenthaltserlaubnis-arbeit", 22)),
        _MIXED_YEARS, 0.55,
        _t(_GEORGIAN_MALE), _t(_GEORGIAN_FEMALE), _t(_GEORGIAN_LAST),
    ),
    Origin(
        "kosovo-albania", 3, (("XK", 55), ("AL", 45)), (("sq", 1),), ("de", "sr", "en"),
        (("aufenthaltserlaubnis-arbeit", 42), ("duldung", 26),
         ("aufenthaltserlaubnis-familie", 32)),
        _MIXED_YEARS, 0.35,
        _t(_ALBANIAN_MALE), _t(_ALBANIAN_FEMALE), _t(_ALBANIAN_LAST),
    ),
    Origin(
        "romania-bulgaria", 4, (("RO", 58), ("BG", 42)), (("ro", 58), ("bg", 42)), ("de", "en"),
        (("eu-freizuegigkeit", 1),),
        _MIXED_YEARS, 0.45,
        _t(_ROMANIAN_MALE + _BULGARIAN_MALE), _t(_ROMANIAN_FEMALE + _BULGARIAN_FEMALE),
        _t(_ROMANIAN_LAST + _BULGARIAN_LAST),
    ),
    Origin(
        "pakistan", 1.5, (("PK", 1),), (("ur", 1),), ("en",),
        (("aufenthaltsgestattung", 40), ("duldung", 30), ("aufenthaltserlaubnis-arbeit", 30)),
        _MIXED_YEARS, 0.35,
        _t(_URDU_MALE), _t(_URDU_FEMALE), _t(_URDU_LAST),
    ),
    Origin(
        "maghreb", 1.5, (("MA", 60), ("DZ", 40)), (("ar", 75), ("fr", 25)), ("fr", "es"),
        (("aufenthaltsgestattung", 34), ("duldung", 36), ("aufenthaltserlaubnis-familie", 30)),
        _MIXED_YEARS, 0.35,
        _t(_ARABIC_MALE), _t(_ARABIC_FEMALE), _t(_MAGHREB_LAST),
    ),
    Origin(
        "latin-america", 2, (("VE", 55), ("CO", 45)), (("es", 1),), ("en",),
        (("aufenthaltsgestattung", 52), ("duldung", 18), ("aufenthaltserlaubnis-arbeit", 30)),
        ((2018, 5), (2019, 10), (2020, 5), (2021, 10), (2022, 25), (2023, 28), (2024, 17)), 0.6,
        _t(_SPANISH_MALE), _t(_SPANISH_FEMALE), _t(_SPANISH_LAST),
    ),
)
# fmt: on

# Residence status → the target group a case manager would record.
TARGET_GROUP_BY_STATUS: dict[str, str] = {
    "aufenthaltsgestattung": "gefluechtete-asylverfahren",
    "aufenthaltserlaubnis-schutz": "anerkannte-gefluechtete",
    "voruebergehender-schutz": "schutzsuchende-ukraine",
    "aufenthaltserlaubnis-familie": "drittstaatsangehoerige",
    "aufenthaltserlaubnis-arbeit": "drittstaatsangehoerige",
    "chancen-aufenthalt": "geduldete",
    "duldung": "geduldete",
    "fiktionsbescheinigung": "drittstaatsangehoerige",
    "niederlassungserlaubnis": "drittstaatsangehoerige",
    "daueraufenthalt-eu": "drittstaatsangehoerige",
    "eu-freizuegigkeit": "eu-zugewanderte",
    "deutsch": "eingebuergerte",
    "ungeklaert": "gefluechtete-asylverfahren",
}

# Plausible street names of the district's towns (common German street names).
STREETS: tuple[str, ...] = (
    "Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Gartenstraße",
    "Lindenstraße", "Siegstraße", "Kölner Straße", "Frankfurter Straße", "Bonner Straße",
    "Rathausstraße", "Am Markt", "Jahnstraße", "Mühlenweg", "Ringstraße", "Wilhelmstraße",
    "Poststraße", "Waldstraße", "Burgstraße", "Rheinstraße", "Bergstraße", "Talweg",
    "Am Bach", "Blumenstraße", "Feldstraße", "Im Auel", "Kastanienweg", "Marktplatz",
    "Sieglarer Straße", "Uckerather Straße", "Mittelstraße", "Auf dem Driesch",
    "Pfarrer-Kenntemich-Platz", "Eichendorffstraße", "Goethestraße", "Schillerstraße",
    "Beethovenstraße", "Heinrich-Böll-Straße", "Von-Stephan-Straße", "Zum Sportplatz",
)  # fmt: skip

MOBILE_PREFIXES: tuple[str, ...] = (
    "0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173",
    "0174", "0175", "0176", "0177", "0178", "0179",
)  # fmt: skip

EMAIL_DOMAINS: tuple[str, ...] = ("example.org", "example.com", "example.net")


def last_name_for(raw: str, female: bool) -> str:
    """The family name in the right form: ``Ivanov|Ivanova`` → ``Ivanova`` for a woman."""
    if "|" not in raw:
        return raw
    male_form, female_form = raw.split("|", 1)
    return female_form if female else male_form
