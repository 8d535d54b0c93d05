"""Showing a place, and directions (straight to maps_show_directions, never opening the place first)."""

from __future__ import annotations

from training.data.context import CORRECTION, Clause, Gen
from training.data.intents.sinks import with_delivery
from training.data.pools.places import place

_SHOW = (
    "show me {place} on the map", "open {place} in maps", "pull up {place} on a map", "find {place} on the map",
    "map {place}", "locate {place} on the map", "where is {place} on the map?", "open maps to {place}",
    "drop a pin on {place}", "look up {place} on the map", "show {place} in the maps app",
    "can I see {place} on a map", "bring up a map of {place}", "put {place} on the map for me",
    "zoom the map to {place}", "show where {place} is",
)
_SEND_PLACE = (
    ("send {to} a pin for {place} over email", "email"), ("email {to} where {place} is", "email"),
    ("text {to} the location of {place}", "sms"), ("share {place} on the map with {to} by text", "sms"),
    ("email {to} a map pin for {place}", "email"), ("text {to} where {place} is on the map", "sms"),
)
_ROUTE_SENTENCE = ("I'm lost, how do I get back to {to}{by}?", "is {to} far? show me the way{by}",
                   "I have to be at {to} soon - route{by} please", "which way to {to}{by}?",
                   "I want to go to {to}{by}", "bring up directions to {to}{by}")
_ROUTE = (
    "directions to {to}{by}", "how do I get to {to}{by}?", "navigate to {to}{by}", "show the route to {to}{by}",
    "take me to {to}{by}", "map a route to {to}{by}", "get me to {to}{by}", "route me to {to}{by}",
    "find the way to {to}{by}", "I need directions to {to}{by}", "plot a route to {to}{by}",
    "what's the fastest way to {to}{by}?", "show me how to reach {to}{by}",
)
_ROUTE_FROM = (
    "directions from {frm} to {to}{by}", "how do I get from {frm} to {to}{by}?", "route from {frm} to {to}{by}",
    "show me the way from {frm} to {to}{by}", "navigate from {frm} to {to}{by}", "get directions {frm} to {to}{by}",
    "plan a trip from {frm} to {to}{by}", "what's the route between {frm} and {to}{by}?",
)
_STARTS = (("home", "home"), ("my place", "home"), ("work", "work"), ("the office", "office"), ("my hotel", "hotel"))
_MAP_APPS = (" on Google Maps", " in Apple Maps", " in the maps app", " on the map app")
_HOMES = ("house", "place", "office", "apartment", "parents' house", "studio", "school")
_MODES = (
    ("d", ("", "", " by car", " driving", " - driving", " in the car")),
    ("w", (" on foot", " walking", " by walking", " - I'm walking", " walking directions please")),
    ("r", (" by bus", " on the subway", " by train", " on public transit", " by transit", " on the metro",
           " by tram", " with public transport")),
)


def _destination(g: Gen) -> tuple[str, str]:
    """A place; sometimes someone's home or office, a mention that needs no contact lookup."""
    if g.chance(0.08):
        spot = f"{g.mention()}'s {g.pick(_HOMES)}"
        return spot, spot
    return place(g.rng)


def show_place(g: Gen) -> Clause:
    said, location = _destination(g)
    value = g.builder.add("maps_open_location", location)
    if g.chance(0.12):
        template, kind = g.pick(_SEND_PLACE)
        target = g.email_target if kind == "email" else g.phone_target
        to_text, recipients = g.group(target, most=2)
        if kind == "email":
            g.builder.add("compose_new_email", recipients, [], f"Location of {location}", value, [])
        else:
            g.builder.add("send_sms", recipients, value)
        text = template.format(to=to_text, place=said)
        return Clause(text, "maps_open_location+send", f"maps.send.{_SEND_PLACE.index((template, kind))}")
    template = g.pick(_SHOW)
    text = template.format(place=said) + g.app_named(_MAP_APPS)
    clause = Clause(text, "maps_open_location", f"maps.show.{_SHOW.index(template)}")
    return with_delivery(g, clause, value, f"Location of {location}", 0.08, ("email", "sms"))


def directions(g: Gen) -> Clause:
    mode, phrases = g.pick(_MODES)
    by = g.pick(phrases)
    to_said, to_location = _destination(g)
    start = ""
    if g.chance(0.35):
        frm_said, start = place(g.rng) if g.chance(0.85) else g.pick(_STARTS)
        while start == to_location:
            frm_said, start = place(g.rng)
        template = g.pick(_ROUTE_FROM)
        text = template.format(frm=frm_said, to=to_said, by=by)
        key = f"maps.from.{_ROUTE_FROM.index(template)}"
    else:
        family = _ROUTE_SENTENCE if g.chance(0.08) else _ROUTE
        template = g.pick(family)
        if g.allow_correction and g.chance(0.5):
            g.features.add(CORRECTION)
            wrong, _ = place(g.rng)
            to_said = f"{wrong}, {g.pick(('no wait', 'sorry', 'actually no', 'I mean'))} {to_said}"
        text = template.format(to=to_said, by=by)
        key = f"maps.route.{'s' if family is _ROUTE_SENTENCE else ''}{family.index(template)}"
    g.builder.add("maps_show_directions", start, to_location, mode)
    text += g.app_named(_MAP_APPS)
    return Clause(text, "maps_show_directions", key, template[0] != template[0].lower())
