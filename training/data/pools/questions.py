"""Questions for another person: how a request words them ("ask Ana if she's free") and the text that asks.

Each entry is (embedded question, direct question). `{sub}` and `{pos}` are the person's subject and possessive
pronouns and `{is}`, `{has}`, `{s}` agree with them; `{thing}` and `{day}` are filled from the pools below.
"""

from __future__ import annotations

import random

_QUESTIONS = (
    ("if {sub} still {has} my {thing}", "Hey, do you still have my {thing}?"),
    ("whether {sub} still {has} my {thing}", "Do you still have my {thing}?"),
    ("when {sub} can give back my {thing}", "When can you give back my {thing}?"),
    ("if I can borrow {pos} {thing} {day}", "Could I borrow your {thing} {day}?"),
    ("if {sub} {is} free for lunch {day}", "Are you free for lunch {day}?"),
    ("whether {sub} can make it {day}", "Can you make it {day}?"),
    ("if {sub} {is} still coming {day}", "Are you still coming {day}?"),
    ("what time {sub} {is} landing {day}", "What time are you landing {day}?"),
    ("if {sub} could grab some milk on the way home", "Could you grab some milk on the way home?"),
    ("whether {sub} got my email", "Did you get my email?"),
    ("how the interview went", "How did the interview go?"),
    ("where {sub} parked the car", "Where did you park the car?"),
    ("if {sub} fed the cat", "Did you feed the cat?"),
    ("if {sub} want{s} to carpool {day}", "Do you want to carpool {day}?"),
    ("what {sub} want{s} for {pos} birthday", "What would you like for your birthday?"),
    ("whether {sub} locked the back door", "Did you lock the back door?"),
    ("if {sub} can cover my shift {day}", "Can you cover my shift {day}?"),
    ("if the offer on the {thing} still stands", "Does your offer on the {thing} still stand?"),
)
_NUDGES = (
    ("the electricity bill split", "Friendly nudge about splitting the electricity bill."),
    ("the money for the concert tickets", "Just a reminder about the money for the concert tickets."),
    ("the photos from the weekend", "Could you send me the photos from the weekend?"),
    ("returning my {thing}", "Reminder: could you return my {thing}?"),
    ("the RSVP for Saturday", "Quick reminder to RSVP for Saturday."),
    ("the forms for school", "Don't forget the forms for school."),
    ("the invoice from last month", "Just following up on last month's invoice."),
    ("the spare key", "Don't forget the spare key!"),
    ("booking the restaurant", "Reminder to book the restaurant."),
    ("the recipe {sub} promised me", "Could you send me that recipe you promised?"),
)
THINGS = ("drill", "ladder", "cake tin", "camping stove", "charger", "umbrella", "bike pump", "projector",
          "hedge trimmer", "suitcase", "board game", "cool box", "sewing machine", "tripod", "snow boots",
          "pasta machine", "kayak", "air mattress", "jump leads")
DAYS = ("tomorrow", "on Saturday", "this weekend", "tonight", "on Friday", "next week", "on Sunday morning",
        "later today", "on Thursday evening")
_FORMS = {"her": ("she", "her", "is", "has", "s"), "him": ("he", "his", "is", "has", "s"),
          "them": ("they", "their", "are", "have", "")}


def _fill(pair: tuple[str, str], pronoun: str, rng: random.Random) -> tuple[str, str]:
    sub, pos, is_, has, s = _FORMS[pronoun]
    values = {"sub": sub, "pos": pos, "is": is_, "has": has, "s": s, "thing": rng.choice(THINGS),
              "day": rng.choice(DAYS)}
    return pair[0].format(**values), pair[1].format(**values)


def question_for(rng: random.Random, pronoun: str) -> tuple[str, str]:
    """(what the request says, the text message) for asking someone referred to by `pronoun` a question."""
    return _fill(rng.choice(_QUESTIONS), pronoun, rng)


def nudge_for(rng: random.Random, pronoun: str) -> tuple[str, str]:
    """(what the request chases the person about, the text message) for a nudge."""
    return _fill(rng.choice(_NUDGES), pronoun, rng)
