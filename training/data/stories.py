"""Background people give before asking: who they are, what happened, who is involved.

Real requests often open with a story ("I own a little cafe. The boiler died again.") full of
people, places, days and numbers that no step acts on. Everyone named in a story is a mention: no lookup.
"""

from __future__ import annotations

from training.data.context import CONTEXT, MENTION, Gen
from training.data.pools.names import first_name, surname
from training.data.pools.places import business, city
from training.data.pools.things import topic
from training.data.text import first_upper

_OPENERS = ("", "", "", "", "So here's the situation:", "Morning!", "Hi there.", "Long story short:",
            "Quick background:", "Sorry, this is a long one.", "Hope you can help.", "This week has been chaos.",
            "Bear with me, I'm new to this app.", "Right, here goes.", "Hello!", "Ok listen.")
_SELF = (
    "I own a little {shop}", "I'm a {job}", "I volunteer with the {org}", "I help coach a kids' {sport} team",
    "I work nights at the {site}", "I look after a team of {n}", "I'm in charge of the {event} this year",
    "I started at {biz} last month", "I'm retired and don't get out much", "I'm a full-time parent",
)
_SELF_TAILS = (".", ".", " and things are busy.", " and it's our busiest month.", ", so my days are packed.",
               " and I'm behind on everything.")
_EVENTS = (
    "{P}, my {kin}, arrives from {city} on {day}.", "The {role} rang me back this morning.",
    "{P} from the {org} left me a voicemail about the {topic}.", "{P} turns {age} soon.",
    "The {device} died again and the {role} is booked until {day}.",
    "There's a {n}-page {doc} I have to get through before {day}.", "We relocate to {city} in a few weeks.",
    "My {kin} had surgery, so things are hectic.", "The {room} renovation is running late.",
    "The {topic} got rescheduled again.", "{P} left the {thing} at {biz}.", "{P} and {q} can't agree on the {topic}.",
    "I've got a talk to give in {city} soon.", "Reference {code}, if anyone asks.", "{P} and {q} just got engaged!",
    "The kids have a field trip to the {site} on {day}.", "The {role} wants forms back by {day}.",
    "{P} is handing the {topic} over to {q}.", "I've barely slept since {day}.",
)
_SHOPS = ("bakery", "bookshop", "cafe", "bike repair shop", "flower stall", "dental practice", "yoga studio",
          "catering business", "hair salon", "print shop")
_JOBS = ("nurse", "freelance designer", "wedding photographer", "site manager", "paralegal", "grad student",
         "bookkeeper", "real estate agent", "project manager", "software engineer")
_ORGS = ("food bank", "animal shelter", "library", "HOA", "school board", "community garden", "church office",
         "youth club", "tenants' association", "clinic")
_KIN = ("brother-in-law", "mother-in-law", "daughter", "son", "granddaughter", "nephew", "niece", "cousin", "aunt",
        "husband", "wife", "partner", "neighbour", "best friend")
_ROLES = ("insurance adjuster", "plumber", "landlord", "contractor", "bank", "school", "vet", "electrician",
          "airline", "pharmacy")
_DAYS = ("Thursday", "Monday", "the weekend", "Friday", "Tuesday", "tomorrow")
_THINGS = ("spare key", "charger", "passport", "red folder", "umbrella", "parking permit")
_DEVICES = ("boiler", "washing machine", "fridge", "car", "garage door", "dishwasher")
_DOCS = ("zoning report", "contract", "grant proposal", "thesis chapter", "audit", "policy draft")
_EVENTS_NAMED = ("hearing", "board meeting", "review", "deadline", "interview", "inspection")
_ROOMS = ("kitchen", "bathroom", "basement", "attic", "office")
_SITES = ("aquarium", "science museum", "hospital", "warehouse", "zoo", "fire station")


def story(g: Gen) -> str:
    """One to three background sentences; anyone named in them is a mention."""
    g.features.add(CONTEXT)
    sentences = [g.pick(_OPENERS)]
    if g.chance(0.45):
        sentences.append(_fill(g, g.pick(_SELF)) + g.pick(_SELF_TAILS))
    for _ in range(g.pick((1, 1, 1, 2))):
        sentences.append(first_upper(_fill(g, g.pick(_EVENTS))))
    return " ".join(s for s in sentences if s)


def _fill(g: Gen, template: str) -> str:
    people = {key: _name(g) for key in ("p", "q", "P") if "{" + key + "}" in template}
    return template.format(
        **people, shop=g.pick(_SHOPS), job=g.pick(_JOBS), org=g.pick(_ORGS),
        kin=g.pick(_KIN), sport=g.pick(("football", "netball", "swim", "chess", "robotics")), site=g.pick(_SITES),
        n=g.rng.randint(3, 80), event=g.pick(_EVENTS_NAMED), biz=business(g.rng), city=city(g.rng),
        day=g.pick(_DAYS), role=g.pick(_ROLES), topic=topic(g.rng), age=g.rng.randint(2, 90),
        device=g.pick(_DEVICES), doc=g.pick(_DOCS), room=g.pick(_ROOMS), thing=g.pick(_THINGS),
        code=f"{g.rng.randint(10, 99)}-{g.rng.randint(10000, 99999)}",
    )


def _name(g: Gen) -> str:
    g.features.add(MENTION)
    name = first_name(g.rng)[0]
    return f"{name} {surname(g.rng)}" if g.chance(0.2) else name
