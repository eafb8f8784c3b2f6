"""Fixed material the seeded workspace is drawn from: a health and farming programme in Rwanda."""

from __future__ import annotations

__all__ = [
    "BROADCAST_TEXTS",
    "DISTRICTS",
    "FIRST_NAMES",
    "FLOWS",
    "INCOMING_TEXTS",
    "LAST_NAMES",
    "OCCUPATIONS",
    "PROVINCES",
    "VALUES",
    "WARDS",
]

FIRST_NAMES = (
    "Jean", "Marie", "Claude", "Eric", "Aline", "Diane", "Patrick", "Grace", "Emmanuel", "Josiane",
    "Olivier", "Chantal", "Innocent", "Divine", "Fabrice", "Clarisse", "Eugene", "Sandrine", "Jean Paul",
    "Vestine", "Yves", "Ange", "Kevin", "Esther", "Samuel", "Alice", "David", "Solange", "Theogene",
    "Immaculee", "Bosco", "Christine", "Didier", "Jeanne", "Felix", "Pacifique", "Gilbert", "Beatrice",
    "Alphonse", "Claudine", "Joseph", "Odette", "Vincent", "Francine", "Emile", "Agnes", "Thierry", "Liliane",
)  # fmt: skip

LAST_NAMES = (
    "Uwimana", "Niyonzima", "Mukamana", "Habimana", "Nsengiyumva", "Uwase", "Mugisha", "Ingabire",
    "Nshimiyimana", "Iradukunda", "Hakizimana", "Mutesi", "Bizimana", "Umutoni", "Ndayisaba", "Kayitesi",
    "Twagirayezu", "Mukeshimana", "Gasana", "Uwera", "Nkurunziza", "Irakoze", "Murekatete", "Kamanzi",
    "Munyaneza", "Uwamahoro", "Nzeyimana", "Byiringiro", "Mukandayisenga", "Rukundo", "Ntawukuriryayo",
    "Dusabimana",
)  # fmt: skip

OCCUPATIONS = ("Farmer", "Teacher", "Nurse", "Trader", "Student", "Driver", "Tailor", "Mechanic", "Midwife")

PROVINCES = (
    ("R1711147", "Kigali City", ("Kigali", "Umujyi wa Kigali")),
    ("R1711148", "Eastern Province", ("Iburasirazuba",)),
    ("R1711149", "Northern Province", ("Amajyaruguru",)),
    ("R1711150", "Southern Province", ("Amajyepfo",)),
    ("R1711151", "Western Province", ("Iburengerazuba",)),
)

# (name, province index, centre longitude, centre latitude)
DISTRICTS = (
    ("Gasabo", 0, 30.10, -1.90), ("Kicukiro", 0, 30.10, -1.99), ("Nyarugenge", 0, 30.04, -1.96),
    ("Bugesera", 1, 30.15, -2.22), ("Gatsibo", 1, 30.45, -1.58), ("Kayonza", 1, 30.56, -1.90),
    ("Nyagatare", 1, 30.33, -1.30), ("Rwamagana", 1, 30.43, -1.95), ("Musanze", 2, 29.63, -1.50),
    ("Gicumbi", 2, 30.10, -1.58), ("Rulindo", 2, 29.98, -1.73), ("Huye", 3, 29.74, -2.60),
    ("Muhanga", 3, 29.75, -2.08), ("Nyanza", 3, 29.75, -2.35), ("Rubavu", 4, 29.35, -1.68),
    ("Rusizi", 4, 28.95, -2.48), ("Karongi", 4, 29.40, -2.07),
)  # fmt: skip

# (name, district index)
WARDS = (
    ("Kimironko", 0), ("Remera", 0), ("Kacyiru", 0), ("Gisozi", 0), ("Niboye", 1), ("Gikondo", 1),
    ("Kagarama", 1), ("Nyamirambo", 2), ("Muhima", 2), ("Nyarugenge", 2), ("Muhoza", 8), ("Ngoma", 11),
    ("Gisenyi", 14), ("Kamembe", 15),
)  # fmt: skip

# name, type, expires (minutes), question, results [(key, name, categories)], weight of runs, archived
FLOWS: tuple[tuple[str, str, int, str, tuple[tuple[str, str, tuple[str, ...]], ...], int, bool], ...] = (
    (
        "Registration", "message", 10080, "Welcome! What is your name?",
        (("name", "Name", ("Has Text",)), ("age", "Age", ("Valid", "Other")), ("district", "District", ("Valid", "Other"))),
        20, False,
    ),
    ("Favorite Color", "message", 720, "What is your favorite color?",
     (("color", "Color", ("Red", "Green", "Blue", "Other")),), 10, False),
    (
        "Water Survey", "survey", 10080, "Does your household have clean water? (yes/no)",
        (("has_water", "Has Water", ("Yes", "No", "Other")), ("water_source", "Water Source", ("Tap", "Well", "Stream", "Other"))),
        15, False,
    ),
    ("Weekly Check-in", "message", 4320, "How are you feeling this week? Reply GOOD, OKAY or BAD.",
     (("feeling", "Feeling", ("Good", "Okay", "Bad", "Other")),), 25, False),
    ("Appointment Reminder", "background", 0, "Reminder: you have an appointment tomorrow.", (), 10, False),
    ("IVR Hotline", "voice", 5, "Press 1 for health, 2 for farming.",
     (("menu", "Menu", ("Health", "Farming", "Other")),), 5, False),
    ("Support", "message", 1440, "Tell us about your problem and an agent will reply.",
     (("issue", "Issue", ("Has Text",)),), 8, False),
    ("Vaccination Follow-up", "message", 10080, "Has your child received the measles vaccine? (yes/no)",
     (("vaccinated", "Vaccinated", ("Yes", "No", "Other")),), 5, False),
    ("Old Registration", "message", 10080, "Hi! Reply with your name to register.",
     (("name", "Name", ("Has Text",)),), 2, True),
)  # fmt: skip

VALUES: dict[str, dict[str, tuple[str, ...]]] = {
    "color": {"Red": ("red", "RED", "Red!"), "Green": ("green", "Green"), "Blue": ("blue", "BLUE"), "Other": ("purple", "idk")},
    "has_water": {"Yes": ("yes", "Yego"), "No": ("no", "Oya"), "Other": ("sometimes",)},
    "water_source": {"Tap": ("tap",), "Well": ("well",), "Stream": ("stream", "river"), "Other": ("rain water",)},
    "feeling": {"Good": ("good", "GOOD"), "Okay": ("okay", "ok"), "Bad": ("bad", "BAD"), "Other": ("tired",)},
    "menu": {"Health": ("1",), "Farming": ("2",), "Other": ("9",)},
    "vaccinated": {"Yes": ("yes",), "No": ("no", "not yet"), "Other": ("maybe",)},
    "age": {"Valid": ("23", "31", "45", "19", "62"), "Other": ("old", "twenty")},
    "district": {"Valid": ("Gasabo", "Musanze", "Huye"), "Other": ("Kampala",)},
    "issue": {"Has Text": ("My payment did not arrive", "I cannot find the clinic", "The pump is broken")},
}  # fmt: skip

INCOMING_TEXTS = (
    "Hello", "Yes", "No", "STOP", "Thank you!", "How do I register?", "Where is the nearest clinic?",
    "Murakoze", "Ndashaka amakuru", "When is the next meeting?", "My child has a fever", "OK",
    "The borehole is dry again", "Bonjour", "Help", "I moved to Musanze", "What time does the market open?",
)  # fmt: skip

BROADCAST_TEXTS = (
    {
        "eng": "Reminder: vaccination day is this Saturday at your health centre.",
        "kin": "Wibuke: umunsi w'inkingo ni kuwa Gatandatu ku kigo nderabuzima.",
        "fra": "Rappel : la journee de vaccination est ce samedi a votre centre de sante.",
    },
    {
        "eng": "Heavy rains expected this week. Protect your seedlings.",
        "kin": "Imvura nyinshi iteganijwe iki cyumweru. Murinde ingemwe zanyu.",
    },
    {"eng": "Thank you for taking part in our water survey!", "fra": "Merci d'avoir participe a notre enquete !"},
    {
        "eng": "Market prices: maize 450 RWF/kg, beans 900 RWF/kg.",
        "kin": "Ibiciro: ibigori 450 RWF/kg, ibishyimbo 900.",
    },
    {"eng": "Our hotline 8080 is free. Call us any time.", "kin": "Umurongo 8080 ni ubuntu. Muduhamagare igihe cyose."},
)
