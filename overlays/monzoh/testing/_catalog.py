"""The made-up but plausible world the seeded data is drawn from: merchants, bills, people."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BILLS",
    "CUSTOM_CATEGORY",
    "HOLIDAY_MERCHANTS",
    "JOINT_MERCHANTS",
    "SPEND_MERCHANTS",
    "TRAVEL_MERCHANTS",
    "Bill",
    "Shop",
]

CUSTOM_CATEGORY = ("category_00009Zy8Xw7Vu6Ts5Rq4Po", "Coffee")
"""A Monzo Plus custom category: transactions carry its `category_…` id instead of a name."""


@dataclass(frozen=True)
class Shop:
    """A merchant and how people spend there: pence range, relative frequency, weekday-only."""

    name: str
    category: str
    emoji: str
    street: str
    city: str
    postcode: str
    lat: float
    lon: float
    low: int
    high: int
    weight: float
    online: bool = False
    weekdays_only: bool = False
    country: str = "GB"
    currency: str = "GBP"
    region: str = "Greater London"
    website: str = ""


SPEND_MERCHANTS: tuple[Shop, ...] = (
    Shop(
        "Pret A Manger",
        "eating_out",
        "🥪",
        "135 Bishopsgate",
        "London",
        "EC2M 3TP",
        51.5177,
        -0.0809,
        325,
        895,
        9,
        weekdays_only=True,
    ),
    Shop(
        "Daylight Coffee Co.", "eating_out", "☕", "21 Mare Street", "London", "E8 4RP", 51.5364, -0.0577, 280, 460, 8
    ),
    Shop("Tesco Express", "groceries", "🛒", "88 Kingsland Road", "London", "E2 8DP", 51.5318, -0.0767, 180, 2450, 9),
    Shop("Sainsbury's", "groceries", "🛒", "70 Balls Pond Road", "London", "N1 4AJ", 51.5458, -0.0797, 1250, 8640, 4),
    Shop(
        "Transport for London",
        "transport",
        "🚇",
        "55 Broadway",
        "London",
        "SW1H 0BD",
        51.4994,
        -0.1337,
        175,
        840,
        12,
        weekdays_only=True,
    ),
    Shop(
        "Uber", "transport", "🚕", "", "London", "", 0.0, 0.0, 690, 2380, 2, online=True, website="https://www.uber.com"
    ),
    Shop(
        "Amazon",
        "shopping",
        "📦",
        "",
        "Luxembourg",
        "",
        0.0,
        0.0,
        599,
        6499,
        4,
        online=True,
        country="LU",
        region="",
        website="https://www.amazon.co.uk",
    ),
    Shop(
        "Deliveroo",
        "eating_out",
        "🍜",
        "",
        "London",
        "",
        0.0,
        0.0,
        1450,
        3890,
        3,
        online=True,
        website="https://deliveroo.co.uk",
    ),
    Shop("The Marksman", "eating_out", "🍺", "254 Hackney Road", "London", "E2 7SJ", 51.5307, -0.0687, 560, 4820, 3),
    Shop(
        "Dishoom Shoreditch",
        "eating_out",
        "🍛",
        "7 Boundary Street",
        "London",
        "E2 7JE",
        51.5245,
        -0.0771,
        2250,
        6800,
        1,
    ),
    Shop("Boots", "shopping", "💊", "1 Liverpool Street", "London", "EC2M 7QD", 51.5178, -0.0823, 199, 2399, 2),
    Shop("Waterstones", "shopping", "📚", "203 Piccadilly", "London", "W1J 9HD", 51.5090, -0.1365, 799, 2599, 1),
    Shop(
        "Curzon Cinemas",
        "entertainment",
        "🎬",
        "58 Commercial Street",
        "London",
        "E1 6LT",
        51.5184,
        -0.0731,
        1150,
        2800,
        1,
    ),
    Shop(
        "Steam",
        "entertainment",
        "🎮",
        "",
        "Bellevue",
        "",
        0.0,
        0.0,
        499,
        4999,
        1,
        online=True,
        country="US",
        region="WA",
        website="https://store.steampowered.com",
    ),
    Shop("Cash machine", "cash", "🏧", "230 Mare Street", "London", "E8 1HE", 51.5446, -0.0554, 2000, 10000, 1),
)
"""Everyday spending on the personal account."""

JOINT_MERCHANTS: tuple[Shop, ...] = (
    Shop(
        "Waitrose", "groceries", "🛒", "Unit 1, 8 Canonbury Road", "London", "N1 2HE", 51.5445, -0.1014, 2840, 11850, 6
    ),
    Shop(
        "Ocado",
        "groceries",
        "🛒",
        "",
        "Hatfield",
        "",
        0.0,
        0.0,
        6240,
        14890,
        3,
        online=True,
        region="Hertfordshire",
        website="https://www.ocado.com",
    ),
    Shop("IKEA", "shopping", "🛋️", "Drury Way", "London", "NW10 0TH", 51.5541, -0.2587, 1500, 18900, 1),
    Shop(
        "Franco Manca", "eating_out", "🍕", "11 Chiswick High Road", "London", "W4 2ND", 51.4927, -0.2459, 2400, 5400, 2
    ),
    Shop("Screwfix", "shopping", "🔧", "57 Holloway Road", "London", "N7 8JD", 51.5519, -0.1122, 899, 6400, 1),
)
"""Household spending on the joint account."""

HOLIDAY_MERCHANTS: tuple[Shop, ...] = (
    Shop(
        "Pastelaria Alfama",
        "eating_out",
        "🥐",
        "Rua dos Remédios 52",
        "Lisboa",
        "1100-445",
        38.7115,
        -9.1290,
        250,
        1400,
        5,
        country="PT",
        currency="EUR",
        region="Lisboa",
    ),
    Shop(
        "Pingo Doce",
        "groceries",
        "🛒",
        "Rua da Palma 170",
        "Lisboa",
        "1100-391",
        38.7190,
        -9.1370,
        600,
        3800,
        3,
        country="PT",
        currency="EUR",
        region="Lisboa",
    ),
    Shop(
        "Carris Metro",
        "transport",
        "🚋",
        "Praça do Comércio",
        "Lisboa",
        "1100-148",
        38.7076,
        -9.1365,
        165,
        640,
        4,
        country="PT",
        currency="EUR",
        region="Lisboa",
    ),
    Shop(
        "Time Out Market",
        "eating_out",
        "🍷",
        "Avenida 24 de Julho 49",
        "Lisboa",
        "1200-479",
        38.7069,
        -9.1459,
        1200,
        5200,
        2,
        country="PT",
        currency="EUR",
        region="Lisboa",
    ),
)
"""A week abroad: card payments in EUR, converted to GBP."""

TRAVEL_MERCHANTS: tuple[Shop, ...] = (
    Shop(
        "easyJet",
        "holidays",
        "✈️",
        "",
        "Luton",
        "",
        0.0,
        0.0,
        8900,
        21400,
        1,
        online=True,
        region="Bedfordshire",
        website="https://www.easyjet.com",
    ),
    Shop(
        "Airbnb",
        "holidays",
        "🏠",
        "",
        "Dublin",
        "",
        0.0,
        0.0,
        38000,
        64000,
        1,
        online=True,
        country="IE",
        region="",
        website="https://www.airbnb.co.uk",
    ),
)
"""Booked a few weeks before the trip."""


@dataclass(frozen=True)
class Bill:
    """A monthly payment: a direct debit with a merchant, or a transfer to a named payee."""

    name: str
    category: str
    day: int
    amount: int
    joint: bool
    merchant: bool = True
    emoji: str = "🧾"
    website: str = ""


BILLS: tuple[Bill, ...] = (
    Bill("Netflix", "entertainment", 3, 1099, joint=False, emoji="📺", website="https://www.netflix.com"),
    Bill("Spotify", "entertainment", 9, 1199, joint=False, emoji="🎵", website="https://www.spotify.com"),
    Bill("Vodafone", "bills", 14, 2500, joint=False, emoji="📱", website="https://www.vodafone.co.uk"),
    Bill("PureGym", "personal_care", 1, 2499, joint=False, emoji="🏋️", website="https://www.puregym.com"),
    Bill("Octopus Energy", "bills", 6, 11800, joint=True, emoji="⚡", website="https://octopus.energy"),
    Bill("Thames Water", "bills", 12, 3850, joint=True, emoji="🚰", website="https://www.thameswater.co.uk"),
    Bill("Hackney Council Tax", "bills", 1, 16540, joint=True, merchant=False),
    Bill("Hyperoptic", "bills", 20, 3500, joint=True, emoji="🌐", website="https://www.hyperoptic.com"),
    Bill("Darling Lettings Ltd", "bills", 28, 145000, joint=True, merchant=False),
)
