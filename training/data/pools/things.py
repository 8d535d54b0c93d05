"""Subjects, projects, companies, errands, messages, note names and folders.

Most values are composed from parts, so the space of strings is far larger than any list here.
"""

from __future__ import annotations

import random

from training.data.pools.names import first_name, syllable_name
from training.data.pools.places import business, city

COMPANY_PARTS = ("Acme", "Globex", "Initech", "Fernbrook", "Northwind", "Bluepeak", "Larkspur", "Vantage",
                 "Helio", "Quantix", "Brightline", "Cobalt", "Meridian", "Orchid", "Stonegate", "Tidal",
                 "Everly", "Kinetic", "Lumen", "Pinecrest", "Redwood", "Sable", "Tessera", "Umber", "Veridian",
                 "Wavelength", "Zephyr", "Halcyon", "Nimbus", "Ostara", "Pyxis", "Quill", "Rookwood")
COMPANY_SUFFIXES = ("", "", " Labs", " Inc", " Group", " Partners", " Systems", " Studio", " & Co", " Health",
                    " Logistics", " Capital", " Foods", " Media")
PROJECTS = ("Falcon", "Atlas", "Orion", "Phoenix", "Aurora", "Nova", "Everest", "Mosaic", "Beacon", "Keystone",
            "Horizon", "Pegasus", "Lighthouse", "Sierra", "Tundra", "Cascade", "Polaris", "Ember", "Granite",
            "Juniper", "Kestrel", "Monarch", "Neptune", "Quartz", "Sapphire", "Voyager", "Willow", "Zenith")
_TOPIC_HEADS = ("budget", "roadmap", "launch", "hiring", "onboarding", "design", "marketing", "sales pipeline",
                "Q1", "Q2", "Q3", "Q4", "quarterly", "annual", "sprint", "product", "security", "vendor",
                "contract", "pricing", "website", "mobile app", "customer feedback", "partnership", "fundraising",
                "board", "investor", "recruiting", "inventory", "grant proposal", "research", "thesis",
                "curriculum", "renovation", "wedding", "book club", "PTA", "tenant association", "volunteer",
                "fantasy league", "band", "choir", "soccer team", "family reunion", "trip", "conference")
_TOPIC_TAILS = ("review", "sync", "kickoff", "planning", "retro", "check-in", "update", "standup", "brainstorm",
                "debrief", "workshop", "interview", "demo", "walkthrough", "deep dive", "catch-up", "meeting",
                "discussion", "sign-off", "prep")
ERRAND_VERBS = (
    ("buy", ("milk", "eggs", "a birthday card", "printer ink", "dog food", "batteries", "flowers", "coffee beans",
             "a new charger", "stamps", "sunscreen", "cat litter", "light bulbs", "bread", "a phone case")),
    ("pick up", ("the dry cleaning", "the prescription", "the package from the post office", "the cake",
                 "the rental car", "groceries", "the kids' costumes", "my glasses", "the keys from the landlord")),
    ("pay", ("the electric bill", "rent", "the water bill", "the parking ticket", "the credit card",
             "the internet bill", "the daycare invoice", "property tax", "the gym membership")),
    ("renew", ("my passport", "the car registration", "the library books", "my driver's license",
               "the domain name", "the insurance policy", "the lease", "my gym pass")),
    ("call", ("the plumber", "the dentist", "the bank", "the insurance company", "the vet", "the landlord",
              "the airline", "the pharmacy", "the school office", "the electrician")),
    ("book", ("a haircut", "a dentist appointment", "the car service", "flights for the trip", "a vet visit",
              "a physio session", "a table for Friday")),
    ("water", ("the plants", "the garden", "the tomatoes", "the herbs on the balcony")),
    ("take out", ("the trash", "the recycling", "the compost")),
    ("submit", ("the expense report", "the timesheet", "my tax return", "the grant application",
                "the permission slip", "the reimbursement form")),
    ("return", ("the library books", "the rental skis", "the Amazon package", "the borrowed drill")),
    ("check", ("the tire pressure", "the smoke detectors", "the mailbox", "the oven timer", "flight status")),
    ("cancel", ("the free trial", "the magazine subscription", "the old phone plan")),
    ("schedule", ("an oil change", "the annual checkup", "the furnace inspection")),
    ("send", ("the invoice", "the thank-you cards", "the RSVP", "the signed lease")),
    ("finish", ("the slide deck", "the report draft", "the chapter edits", "the quarterly numbers")),
    ("clean", ("the gutters", "the fridge", "the garage")),
    ("charge", ("the drone", "the laptop", "the e-bike", "the headlamp")),
)
_PERSON_ERRANDS = ("buy {p} a gift", "call {p} back", "pick up {p} from practice", "wish {p} a happy birthday",
                   "ask {p} about the rent", "return {p}'s drill", "send {p} a thank-you card",
                   "pick up {p} at the airport", "help {p} move on Saturday", "email {p} about the invoice",
                   "text {p} the address", "pay {p} back for dinner", "check in on {p}",
                   "congratulate {p} on the new job", "bring {p}'s charger", "invite {p} to the party",
                   "get {p} a card", "drop off {p}'s books", "feed {p}'s cat", "follow up with {p}")
_FACTS = ("I'm running {n} minutes late", "dinner is at {t}", "the meeting moved to {t}",
          "the game is off because of the storm", "the keys are under the mat", "I'm outside",
          "your order came today", "I'll be home by {t}", "the train is delayed", "the car is ready for pickup",
          "the wifi password changed", "rehearsal starts at {t} tomorrow", "I landed safely",
          "the concert sold out", "the kids are at the park", "the report is done", "we won the game",
          "the power is back on", "the party is still on for Saturday", "I left the umbrella in your car",
          "lunch is on me today", "the store closes at {t}", "the plumber comes at {t}",
          "the flight got delayed by an hour", "we need more chairs for tonight", "I picked up the tickets",
          "the parking garage is full so park on the street", "the door code is {code}",
          "the dog has been walked", "the interview went well", "the class is in room {room}",
          "I'm stuck in traffic", "the shop is out of oat milk", "the venue changed to {place}",
          "bring a jacket, it's cold", "the baby is asleep so don't ring the bell", "don't forget the potluck")
_NOTE_HEADS = ("Groceries", "Packing list", "Book ideas", "Gift ideas", "Recipes to try", "Reading list",
               "Meeting notes", "Ideas", "To do", "Weekend plans", "Movies to watch", "Balcony garden",
               "Workout log", "Chores", "Travel", "Guest list", "Shopping", "Wedding", "Budget",
               "Questions for the doctor", "Birthday party", "Moving checklist", "Passwords hint", "Journal",
               "Car maintenance", "Quotes", "Baby names", "Side projects", "Team notes", "Interview questions")
NOTE_FOLDERS = ("Work", "Personal", "Recipes", "Travel", "Home", "Projects", "School", "Family", "Archive",
                "Health", "Finance", "Ideas", "Clients", "Misc")
REMINDER_LISTS = ("Work", "Personal", "Groceries", "Errands", "Health", "Home", "Family", "Shopping", "School",
                  "Finance", "Chores", "Urgent", "Garden", "Car")
CALENDARS = ("Work", "Personal", "Family", "Home", "Kids", "Team", "Board", "School", "Fitness", "Travel",
             "Side Project", "Church", "Volunteering")
_NOTE_LINES = ("call the insurance about the claim", "ask about parking", "tomatoes, basil, mozzarella",
               "try the new ramen place", "bring the extension cord", "flights are cheaper on Tuesdays",
               "test the fire alarm", "order more printer paper", "the wifi password is on the router",
               "oat milk, bananas, rice, coffee", "book the campsite before May", "ask for the receipt",
               "follow up on the quote", "passport expires in March", "check the warranty on the dishwasher",
               "lunch budget is 25 per person", "the venue needs a deposit by Friday", "buy a new yoga mat",
               "read chapter 4 before the seminar", "cancel the old streaming plan")

# Short items people list in a note (groceries, packing, gifts, reading); a correction may take one back out.
LIST_ITEMS = ("eggs", "oat milk", "sourdough", "coffee beans", "lemons", "rice", "olive oil", "spinach",
              "sunscreen", "a phone charger", "hiking boots", "the passport", "a rain jacket", "swim goggles",
              "a scarf", "a board game", "concert tickets", "a plant", "a cookbook", "headphones",
              "Dune", "Middlemarch", "The Overstory", "Beloved", "Persepolis", "Stoner", "Kindred",
              "paint the fence", "fix the gate", "clean the gutters", "new curtains", "a bike lock",
              "batteries", "tape", "bin bags", "dish soap", "candles", "napkins", "ice", "sparkling water")


def company(rng: random.Random) -> str:
    """A company name; one in four is made up, so no company name is ever "known"."""
    base = syllable_name(rng) if rng.random() < 0.25 else rng.choice(COMPANY_PARTS)
    return base + rng.choice(COMPANY_SUFFIXES)


def project(rng: random.Random) -> str:
    return f"Project {rng.choice(PROJECTS)}" if rng.random() < 0.5 else f"the {rng.choice(PROJECTS)} project"


def topic(rng: random.Random) -> str:
    """A meeting or email topic such as 'Q3 budget review' or 'Acme contract sign-off'."""
    roll = rng.random()
    if roll < 0.6:
        return f"{rng.choice(_TOPIC_HEADS)} {rng.choice(_TOPIC_TAILS)}"
    if roll < 0.8:
        return f"{company(rng)} {rng.choice(_TOPIC_TAILS)}"
    if roll < 0.9:
        return f"{project(rng).removeprefix('the ')} {rng.choice(_TOPIC_TAILS)}"
    return f"{rng.choice(PROJECTS)} {rng.choice(_TOPIC_TAILS)}"


def errand(rng: random.Random) -> str:
    verb, objects = rng.choice(ERRAND_VERBS)
    return f"{verb} {rng.choice(objects)}"


def person_errand(rng: random.Random, person: str) -> str:
    """An errand that mentions a person who needs no lookup ("buy Grace a gift")."""
    return rng.choice(_PERSON_ERRANDS).format(p=person)


def clock_text(rng: random.Random) -> str:
    """A time of day as people write it in a message: '7', '6:30pm', '10 am'."""
    minute = rng.choice(("", "", ":30", ":15", ":45"))
    if rng.random() < 0.25:
        return f"{rng.randint(6, 11)}{minute}{rng.choice(('am', ' am'))}"
    return f"{rng.randint(1, 10)}{minute}{rng.choice(('', 'pm', ' pm'))}"


def fact(rng: random.Random) -> str:
    """A short piece of news a text message or email can carry."""
    return rng.choice(_FACTS).format(
        n=rng.choice((5, 10, 15, 20, 30)), t=clock_text(rng), code=rng.randint(1000, 99999),
        room=rng.choice(("B12", "204", "3C", "Lab 2", "117")), place=business(rng),
    )


_PERSON_FACTS = ("{p} will pick up the kids", "{p} is joining us for dinner", "{p}'s flight lands at {t}",
                 "{p} can't make it tonight", "{p} got the job", "{p} is bringing dessert",
                 "{p} will cover my shift", "{p} has the spare keys", "{p} says hi",
                 "{p} is running the meeting today", "{p} will meet you at the entrance")


def person_fact(rng: random.Random, person: str) -> str:
    """News that names someone in passing (no lookup for them)."""
    return rng.choice(_PERSON_FACTS).format(p=person, t=clock_text(rng))


def note_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(_NOTE_HEADS)
    if roll < 0.7:
        return f"{rng.choice(PROJECTS)} notes"
    if roll < 0.8:
        return f"{company(rng)} {rng.choice(('notes', 'call notes', 'ideas', 'contacts', 'todo'))}"
    if roll < 0.9:
        return f"{first_name(rng)[0]} {rng.choice(('1:1', 'notes', 'gift ideas', 'feedback'))}"
    return f"{rng.choice(('Trip to', 'Move to', 'Weekend in'))} {city(rng)}"


def note_line(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(_NOTE_LINES)
    if rng.random() < 0.5:
        return errand(rng)
    return f"{rng.choice(('ask', 'remind', 'thank'))} {first_name(rng)[0]} about the {topic(rng)}"

