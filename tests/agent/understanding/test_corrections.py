"""What a speaker takes back is out of the request before anything reads it; anything else is left as it was."""

from __future__ import annotations

import pytest

from agent.understanding.corrections import corrected_request


@pytest.mark.parametrize(("said", "meant", "taken_back"), [
    # a whole errand taken back
    ("Stick the soccer game on my calendar in 10 days at 10... no, forget that. save the date: recital tmrw at 5pm",
     "save the date: recital tmrw at 5pm", "Stick the soccer game on my calendar in 10 days at 10"),
    ("1) remind me to renew the library books sunday... no, forget that. Set a reminder at 6:45pm 2) text Bo",
     "1) Set a reminder at 6:45pm 2) text Bo", "remind me to renew the library books sunday"),
    ("create calendar event: open house tmr from 1 to 2pm.. actually scratch that do i have an email for rowan",
     "do i have an email for rowan", "create calendar event: open house tmr from 1 to 2pm"),
    ("email Declan to say hi.. wait never mind that arrange a kickoff call with Ada",
     "arrange a kickoff call with Ada", "email Declan to say hi"),
    ("Heads up, I'm out today. Text Ana the code, hmm, cancel that - email Bo the minutes",
     "Heads up, I'm out today. email Bo the minutes", "Text Ana the code"),
    ("send Zeynep a zoom invite at 6... actually no. put a meeting with Sofia on my calendar",
     "put a meeting with Sofia on my calendar", "send Zeynep a zoom invite at 6"),
    ("text mum I'm late, then email Bo the deck - on second thought, don't. Also remind me to call Cy",
     "text mum I'm late. Also remind me to call Cy", "email Bo the deck"),
    # one person or item taken back out of a list said before
    ("write Emily and Esperanza Phiri an email about the review, scratch Emily.",
     "write Esperanza Phiri an email about the review.", "Emily"),
    ("make sure nana, wijaipo, and clara get the report by email... hmm, clara doesn't need it. then email kwesi",
     "make sure nana, wijaipo get the report by email. then email kwesi", "clara"),
    ("Alicia, Trailiam Matsumoto & Mom need an email about the interview (sorry, without Mom). Text Igor",
     "Alicia, Trailiam Matsumoto need an email about the interview. Text Igor", "Mom"),
    ("add the passport, olive oil and tape to my Packing note... no, scratch the passport and also text Bo",
     "add olive oil and tape to my Packing note and also text Bo", "passport"),
    ("put sourdough & Middlemarch in a note. Wait, remove Middlemarch, we already have it when you can.",
     "put sourdough in a note.", "Middlemarch"),
    ("meet dana and manuel at 8. take dana off that please.", "meet manuel at 8.", "dana"),
    ("remind me to buy milk, bread and eggs - minus bread, sorry", "remind me to buy milk and eggs", "bread"),
    ("Inform Paloma, and Prof. Greriachas that I got the tickets - only Paloma, not Prof. Greriachas and reply ok",
     "Inform Paloma that I got the tickets and reply ok", "Prof. Greriachas"),
    # only the people named are kept
    ("Email Ana Lopez, Ben Okafor and Cy Fox the minutes - wait, just Ana Lopez - before noon",
     "Email Ana Lopez the minutes before noon", "Ben Okafor"),
    ("Yo, send Cheng plus Astrid, my partner - no, just Cheng - an email that the game is off",
     "Yo, send Cheng an email that the game is off", "Astrid"),
    ("Get my friend Rypa, Yinion at the clinic and Neina - actually only my friend Rypa plus Yinion at the clinic "
     "- a zoom invite", "Get my friend Rypa and Yinion at the clinic a zoom invite", "Neina"),
])
def test_what_was_taken_back_goes(said: str, meant: str, taken_back: str) -> None:
    corrected = corrected_request(said)
    assert corrected.text == meant
    assert taken_back in corrected.taken_back
    assert taken_back in corrected.note


@pytest.mark.parametrize("said", [
    "I bought milk and eggs. remove milk from my shopping list",  # a real removal names its list
    "cancel that meeting with ann on friday",  # "that meeting" is what to cancel
    "hmm, cancel this appointment",
    "scratch that",  # nothing before it to take back
    "put lunch with sam on friday at noon, actually no, make it 1pm",  # a time corrected: the dates' rules read it
    "email ann and bo the report, without the appendix",  # not a member of the list said before
    "remind me to call Ann, not Bo's mum",
    "Book a call with Priya and Tom at 4 - sorry, only Tom and Priya",  # the same people: nothing goes
    "skip the gym tomorrow and text Bo I'm late",
])
def test_anything_else_is_left_as_it_was(said: str) -> None:
    corrected = corrected_request(said)
    assert corrected.text == said and corrected.taken_back == () and corrected.note == ""
