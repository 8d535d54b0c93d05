"""Places: cities, landmarks, businesses, street addresses and everyday destinations."""

from __future__ import annotations

import random

from training.data.pools.names import first_name, surname

CITIES = tuple("""
Seattle|Portland|Denver|Austin|Chicago|Boston|Atlanta|Miami|Phoenix|San Diego|Oakland|Minneapolis|Nashville|
Toronto|Vancouver|Montreal|Mexico City|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|London|Manchester|Dublin|
Edinburgh|Paris|Lyon|Berlin|Munich|Hamburg|Vienna|Zurich|Amsterdam|Rotterdam|Brussels|Copenhagen|Oslo|Stockholm|
Helsinki|Warsaw|Prague|Budapest|Lisbon|Porto|Madrid|Barcelona|Valencia|Rome|Milan|Naples|Athens|Istanbul|Cairo|
Nairobi|Lagos|Accra|Cape Town|Johannesburg|Dubai|Mumbai|Bangalore|Delhi|Singapore|Bangkok|Hanoi|Seoul|Tokyo|
Osaka|Kyoto|Taipei|Hong Kong|Shanghai|Sydney|Melbourne|Auckland|Reykjavik|Krakow|Tallinn|Riga|Marrakesh|Kigali
""".replace("\n", "").split("|"))

LANDMARKS = (
    ("the Golden Gate Bridge", "San Francisco"), ("the Louvre", "Paris"),
    ("the Eiffel Tower", "Paris"), ("Central Park", "New York"), ("the Brandenburg Gate", "Berlin"),
    ("the Colosseum", "Rome"), ("Sagrada Familia", "Barcelona"), ("the Rijksmuseum", "Amsterdam"),
    ("Tower Bridge", "London"), ("the British Museum", "London"), ("Shibuya Crossing", "Tokyo"),
    ("the Sydney Opera House", "Sydney"), ("Table Mountain", "Cape Town"), ("the CN Tower", "Toronto"),
    ("Millennium Park", "Chicago"), ("the Alamo", "San Antonio"), ("Kerry Park", "Seattle"),
    ("the Acropolis", "Athens"), ("Hagia Sophia", "Istanbul"), ("Gardens by the Bay", "Singapore"),
    ("the Prado", "Madrid"), ("Charles Bridge", "Prague"), ("Nyhavn", "Copenhagen"), ("Stanley Park", "Vancouver"),
    ("the Getty Center", "Los Angeles"), ("Griffith Observatory", "Los Angeles"), ("Fenway Park", "Boston"),
    ("Union Station", "Denver"), ("the Ferry Building", "San Francisco"), ("Chapultepec Park", "Mexico City"),
)

_BUSINESS_KINDS = ("Cafe", "Coffee", "Bakery", "Diner", "Bistro", "Kitchen", "Books", "Hardware", "Pharmacy",
                   "Dental", "Fitness", "Yoga Studio", "Tap Room", "Noodle Bar", "Taqueria", "Deli", "Wine Bar",
                   "Climbing Gym", "Pizzeria", "Ramen", "Tea House", "Vet Clinic", "Garden Center", "Barbershop")
_BUSINESS_WORDS = ("Blue Door", "Red Fern", "Golden Pear", "Copper Kettle", "Little Owl", "Harbor", "Lantern",
                   "Maple", "Juniper", "Saltwater", "Old Mill", "Northside", "Riverbend", "Sunset", "Cedar",
                   "Ironwood", "Wildflower", "Half Moon", "Silver Birch", "Brass Anchor", "Orchard", "Pebble",
                   "Foxglove", "Granite", "Bluebird", "Tidewater", "Hilltop", "Elm Street", "Canal", "Kestrel")
_STREETS = ("Main", "Oak", "Maple", "Pine", "Cedar", "Elm", "Lake", "Hill", "Park", "Church", "Mill", "River",
            "Highland", "Sunset", "Washington", "Jefferson", "Lincoln", "Madison", "Willow", "Birch", "Spring",
            "Harbor", "Market", "Bridge", "Station", "Orchard", "Valencia", "Mission", "Broadway", "King", "Queen",
            "Victoria", "Albert", "Rue de Rivoli", "Calle Mayor", "Via Roma", "Karl Johans", "Baker", "Grove")
_STREET_KINDS = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive", "Way", "Court")
_EVERYDAY = ("the airport", "the train station", "the office", "the gym", "the library", "city hall",
             "the hospital", "the post office", "the farmers market", "the stadium", "the convention center",
             "the bus station", "the university", "the mall", "the ferry terminal", "the zoo", "the museum",
             "the nearest gas station", "the closest pharmacy", "the DMV", "the courthouse", "the beach")
_AIRPORTS = ("JFK", "LaGuardia", "O'Hare", "Heathrow", "Gatwick", "Schiphol", "SFO", "LAX", "Midway",
             "SeaTac", "Changi", "Narita", "Dulles", "Pearson Airport", "Charles de Gaulle", "Tegel")


def city(rng: random.Random) -> str:
    return rng.choice(CITIES)


def business(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        owner = first_name(rng)[0] if rng.random() < 0.6 else surname(rng)
        return f"{owner}'s {rng.choice(_BUSINESS_KINDS)}"
    if roll < 0.8:
        return f"{rng.choice(_BUSINESS_WORDS)} {rng.choice(_BUSINESS_KINDS)}"
    return f"the {rng.choice(_BUSINESS_WORDS)} {rng.choice(_BUSINESS_KINDS)}"


def street_address(rng: random.Random, with_city: bool | None = None) -> str:
    number = rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999)))
    address = f"{number} {rng.choice(_STREETS)} {rng.choice(_STREET_KINDS)}"
    if with_city if with_city is not None else rng.random() < 0.4:
        address += f", {city(rng)}"
    return address


def place(rng: random.Random) -> tuple[str, str]:
    """(how the request names it, the location argument) for any kind of destination."""
    roll = rng.random()
    if roll < 0.18:
        name, town = rng.choice(LANDMARKS)
        text = name if rng.random() < 0.6 else f"{name} in {town}"
        return text, f"{_strip_the(name)}, {town}"
    if roll < 0.45:
        name = business(rng)
        if rng.random() < 0.35:
            town = city(rng)
            return f"{name} in {town}", f"{_strip_the(name)}, {town}"
        return name, _strip_the(name)
    if roll < 0.7:
        address = street_address(rng)
        return address, address
    if roll < 0.82:
        spot = rng.choice(_EVERYDAY)
        return spot, _strip_the(spot)
    if roll < 0.9:
        port = rng.choice(_AIRPORTS)
        return port, port
    town = city(rng)
    return town, town


def _strip_the(text: str) -> str:
    return text.removeprefix("the ")
