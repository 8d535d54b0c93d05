"""Requests no tool can serve: questions, small talk, bookings, smart-home control, weather... (`1. join()`)."""

from __future__ import annotations

from training.data.context import Clause, Gen
from training.data.pools.names import first_name
from training.data.pools.places import business, city
from training.data.pools.things import topic

_COUNTRIES = ("Peru", "Kenya", "Norway", "Vietnam", "Canada", "Portugal", "Ghana", "Chile", "Mongolia", "Australia",
              "Morocco", "Finland", "Colombia", "Nepal", "Iceland", "Egypt", "Japan", "Poland", "Uruguay", "Laos")
_DEVICES = ("lights", "heating", "thermostat", "fan", "TV", "speaker", "air conditioning", "porch light",
            "coffee machine", "robot vacuum", "garage door", "sprinklers", "lamp", "dishwasher")
_ROOMS = ("den", "kitchen", "bedroom", "office", "basement", "hallway", "kids' room", "garden", "patio")
_THINGS = ("the telephone", "the printing press", "penicillin", "the light bulb", "the internet", "paper money",
           "the bicycle", "vaccines", "the compass", "chess", "the World Wide Web", "sushi", "jazz")
_TEMPLATES = (
    "which city is the seat of government in {country}?", "how many people live in {city}?", "who invented {thing}?",
    "turn {onoff} the {room} {device}", "set the {device} to {n} degrees", "switch {onoff} the {device}",
    "book a table for {n} at {biz} {day}", "reserve a table at {biz} for {n} people",
    "what's the weather like in {city} {day}?", "will it rain {day}?", "do I need an umbrella {day}?",
    "tell me a joke", "how are you today?", "what can you do?", "good morning!", "thanks, that's all",
    "play some {genre}", "play the latest episode of my podcast", "order a {food} for delivery",
    "translate 'where is the station' into {lang}", "how do I make {food} at home?", "convert {n} miles to km",
    "what time is it in {city}?", "how many calories are in an avocado?", "what's {n} times {m}?",
    "explain how {topic}s usually work", "give me a fun fact about {country}", "recommend a good book about {thing}",
    "what's the best way to learn {lang}?", "how tall is the tallest building in {city}?",
    "who won the world cup in {year}?", "call me an uber to {biz}", "order more {food}",
    "is {biz} open right now?", "how do you say thank you in {lang}?", "what year did {thing} appear?",
    "dim the {room} {device}", "lock the front door", "start the {device}", "what's a good name for a {pet}?",
    "write me a poem about {city}", "what should I cook for dinner tonight?", "buy me tickets for the game {day}",
    "check my bank balance", "read me the news", "I'm bored", "set the alarm system", "are you there?",
    "what's the exchange rate for {lang2} to dollars", "how far is the moon?", "why is the sky blue?",
    # Writing help and explanations: text to work on, but nothing to send, save or schedule.
    "reword this to be more {tone}: {msg}", "make this sound {tone}: {msg}", "fix the grammar: {msg}",
    "proofread this for me: {msg}", "translate this into {lang}: {msg}", "shorten this message: {msg}",
    "explain the difference between {pair} in {few} sentences", "explain {concept} like I'm five",
    "what does '{term}' mean?", "give me three ideas for {occasion}", "what's a polite way to say no to {ask}?",
    "how do I write a good {writing}?", "is it rude to {etiquette}?", "help me think of a name for my {pet}",
    "what should I say in a toast at my friend's wedding?", "suggest a subject line for an email about the {topic}",
    "what's a nicer way to say '{msg}'?", "give me a checklist for {occasion}",
    # Things near the tools that no tool does. Reading the calendar, inbox or reminders and cancelling events are
    # COMPAT section 10's tools (intents/reads.py, intents/removals.py); the four slots that asked for them now
    # hold requests no tool serves, so the tuple keeps its length and the random draws stay as they were.
    "what's on TV {day}?", "do I need a jacket {day}?", "how many steps did I walk today?",
    "delete my {note} note", "cancel my {food} order from {biz}", "mark all my emails as read",
    "clear my completed reminders", "switch my phone to airplane mode", "unsubscribe me from the {biz} newsletter",
    "empty the trash folder",
)
_PAIRS = ("a lease and a licence", "a Roth IRA and a traditional IRA", "weather and climate",
          "baking soda and baking powder",
          "a virus and a bacterium", "an LLC and a sole proprietorship", "affect and effect", "HTTP and HTTPS")
_CONCEPTS = ("compound interest", "how vaccines work", "inflation", "the stock market", "photosynthesis", "a mortgage")
_TERMS = ("escrow", "force majeure", "amortization", "per diem", "due diligence", "RSVP", "net 30")
_OCCASIONS = ("a rainy Sunday with kids", "a team offsite", "a 10th anniversary", "a housewarming", "moving house")
_ASKS = ("extra work", "a wedding invitation", "lending money", "a volunteer request", "a second date")
_WRITING = ("cover letter", "thank-you card", "resignation letter", "eulogy", "product review")
_ETIQUETTE = ("reply-all to a company email", "bring wine to a dinner party", "text my boss on a Sunday")
_ROUGH = ("hey all the slides arent done yet my bad", "cant make it tmrw something came up",
          "we need the money by friday or else", "thx for the thing yesterday it was cool",
          "pls send me the files asap i need them", "sorry i forgot your birthday lol")


def _rough(g: Gen) -> str:
    """A sloppy message to polish; it may name someone, still no tool."""
    if g.chance(0.3):
        return f"hi {first_name(g.rng)[0].lower()}, {g.pick(_ROUGH)}"
    return g.pick(_ROUGH)


_GENRES = ("jazz", "lo-fi beats", "classical music", "80s hits", "reggaeton", "k-pop", "afrobeats", "bluegrass")
_FOODS = ("pizza", "pad thai", "sourdough bread", "sushi", "ramen", "tacos", "paella", "jollof rice", "dumplings")
_LANGS = ("Spanish", "Japanese", "Swahili", "German", "Portuguese", "Korean", "Hindi", "Dutch", "Turkish")
_DAYS = ("tonight", "tomorrow", "this weekend", "on Friday", "tomorrow morning", "next week", "")


def no_tool(g: Gen) -> Clause:
    template = g.pick(_TEMPLATES)
    text = template.format(
        country=g.pick(_COUNTRIES), city=city(g.rng), thing=g.pick(_THINGS), onoff=g.pick(("on", "off")),
        room=g.pick(_ROOMS), device=g.pick(_DEVICES), n=g.rng.randint(2, 30), m=g.rng.randint(2, 19),
        biz=business(g.rng), day=g.pick(_DAYS), genre=g.pick(_GENRES), food=g.pick(_FOODS),
        lang=g.pick(_LANGS), lang2=g.pick(("euro", "yen", "peso", "rupee")), topic=topic(g.rng),
        year=g.pick(range(1966, 2023, 4)), pet=g.pick(("puppy", "kitten", "goldfish", "parrot")),
        note=g.pick(("Groceries", "old ideas", "Scratch", "Drafts")),
        # drawn for the retired "cancel my {event}", so that every later draw stays as it was
        retired_event=g.pick(("dentist appointment", "3pm meeting", "yoga class", "haircut tomorrow")),
        tone=g.pick(("professional", "friendly", "formal", "casual", "confident", "polite")), msg=_rough(g),
        few=g.pick(("two", "three", "a couple of", "2")), pair=g.pick(_PAIRS), concept=g.pick(_CONCEPTS),
        term=g.pick(_TERMS), occasion=g.pick(_OCCASIONS), ask=g.pick(_ASKS), writing=g.pick(_WRITING),
        etiquette=g.pick(_ETIQUETTE),
    ).replace("  ", " ").replace(" ?", "?")
    return Clause(text, "no_tool", f"none.{_TEMPLATES.index(template)}", True)
