"""Requests no tool can serve: questions, small talk, bookings, smart-home control, weather... (`1. join()`)."""

from __future__ import annotations

from training.data.context import Clause, Gen
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
    # Things near the tools that no tool does: reading the calendar or inbox, deleting, cancelling.
    "what's on my calendar {day}?", "do I have any meetings {day}?", "how many unread emails do I have?",
    "delete my {note} note", "cancel my {event}", "mark all my emails as read", "clear my completed reminders",
    "switch my phone to airplane mode", "unsubscribe me from the {biz} newsletter", "empty the trash folder",
)
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
        event=g.pick(("dentist appointment", "3pm meeting", "yoga class", "haircut tomorrow")),
    ).replace("  ", " ").replace(" ?", "?")
    return Clause(text, "no_tool", f"none.{_TEMPLATES.index(template)}", True)
