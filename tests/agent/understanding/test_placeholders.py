"""Placeholders: what the small planner sees instead of names, files, addresses and quoted text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.plans.plan import parse_plan
from agent.understanding.placeholders import MaskedRequest, mask_request, mask_values, restore_value


@pytest.mark.parametrize("query, text, values", [
    ("Email Eilidh and Torquil the file 'Q3 report.pdf'",
     "Email <n1> and <n2> the file '<f1>'", {"<n1>": "Eilidh", "<n2>": "Torquil", "<f1>": "Q3 report.pdf"}),
    ("Forward this to paralegal@ruiz-law.example and cc Ottavio",
     "Forward this to <e1> and cc <n1>", {"<e1>": "paralegal@ruiz-law.example", "<n1>": "Ottavio"}),
    ("Let the babysitter know - her number is 07700 900842.",
     "Let the babysitter know - her number is <p1>.", {"<p1>": "07700 900842"}),
    ("Summarize Lease_Addendum_B.pdf and open unit4b_floorplan.png",
     "Summarize <f1> and open <f2>", {"<f1>": "Lease_Addendum_B.pdf", "<f2>": "unit4b_floorplan.png"}),
    ("Add 'Mateus's recital - bring flowers' to the Family note.",
     "Add '<q1>' to the <n1> note.", {"<q1>": "Mateus's recital - bring flowers", "<n1>": "Family"}),
    ("Send Mr. Abimbola the location of Kew Gardens.",
     "Send <n1> the location of <n2>.", {"<n1>": "Mr. Abimbola", "<n2>": "Kew Gardens"}),
])
def test_spans_become_numbered_placeholders(query: str, text: str, values: dict) -> None:
    masked = mask_request(query)
    assert (masked.text, dict(masked.values)) == (text, values)


@pytest.mark.parametrize("query", [
    "Remind me on Monday, December 7 at 9 to call the bank.",  # weekdays and months carry the date
    "Zoom tomorrow at 4, and I'm free after Thanksgiving.",
    "Pernille should hear about it.",  # a sentence's first word is left alone
    "Remind me on 2026-11-20 at 10:15.",  # a date is not a phone number
])
def test_words_the_planner_must_read_are_kept(query: str) -> None:
    assert mask_request(query).text == query


def test_possessives_and_repeats() -> None:
    masked = mask_request("Put Philippa's wedding on my calendar, and text Ekow and Philippa about it.")
    assert masked.text == "Put <n1>'s wedding on my calendar, and text <n2> and <n1> about it."


def test_a_correction_keeps_one_placeholder_per_person() -> None:
    masked = mask_request("Invite Wilhelmina and Ekow - wait, just Wilhelmina.")
    assert masked.text == "Invite <n1> and <n2> - wait, just <n1>."


def test_placeholder_text_written_by_the_user_is_restored_as_written() -> None:
    masked = mask_request('Text Anna "meet at <n1> gate" now')
    assert masked.text == 'Text <n1> "meet at <q1> gate" now'
    plan = parse_plan('1. get_phone_number("<n1>")\n2. send_sms(["$1"], "meet at <q1> gate")\n3. join()')
    restored = masked.restore(plan)
    assert restored.steps[0].args == ("Anna",)
    assert restored.steps[1].args == (["$1"], "meet at <n1> gate")


def test_restore_reaches_into_lists_and_leaves_other_values() -> None:
    values = {"<n1>": "Ifeoma", "<e1>": "a@b.example"}
    assert restore_value(["<n1>", "<e1>", "$1"], values) == ["Ifeoma", "a@b.example", "$1"]
    assert restore_value(60, values) == 60
    assert restore_value("Meeting with <n1> and <n9>", values) == "Meeting with Ifeoma and <n9>"


def test_restored_text_stays_a_valid_plan_with_hostile_values() -> None:
    masked = mask_request("""Create a note 'He said "run"; rm -rf \\ now' for Zoë""")
    text = masked.restore_text('1. create_note("<q1>", "for <n1>", "")\n2. join()<END_OF_PLAN>')
    plan = parse_plan(text)
    assert not plan.problems
    assert plan.steps[0].args == ('He said "run"; rm -rf \\ now', "for Zoë", "")


def test_mask_values_is_the_inverse_for_gold_plans() -> None:
    values = {"<n1>": "Kew Gardens", "<n2>": "Kew", "<q1>": "buy stamps"}
    assert mask_values(["Kew Gardens, London", "Kewish", "Buy stamps today"], values) == [
        "<n1>, London", "Kewish", "<q1> today"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AaBbZz Ée'\"‘’.-@_1234567890<>nqfpe,:;!?\n")), max_size=80))
def test_masking_then_restoring_gives_the_request_back(text: str) -> None:
    masked = mask_request(text)
    assert restore_value(masked.text, masked.values) == text


def test_placeholders_the_request_does_not_have_are_reported() -> None:
    plan = parse_plan('1. get_phone_number("<n1>")\n2. send_sms(["$1", "<p2>"], "at <n3>")\n3. join()')
    assert mask_request("text the team").unknown_placeholders(plan) == [(1, "<n1>"), (2, "<p2>"), (2, "<n3>")]
    assert mask_request("text Bo at Kew").unknown_placeholders(plan) == [(2, "<p2>"), (2, "<n3>")]
    assert MaskedRequest("text ann").unknown_placeholders(plan) == []  # a profile that does not mask


def test_training_numbers_placeholders_in_random_order() -> None:
    import random

    query = "Email Ann, Bo and Cy, then text Ann"
    seen = set()
    for seed in range(40):
        masked = mask_request(query, random.Random(seed))
        assert sorted(masked.values.values()) == ["Ann", "Bo", "Cy"]
        assert restore_value(masked.text, masked.values) == query
        numbers = [int(p[2:-1]) for p in masked.values]
        assert all(1 <= n <= 9 for n in numbers) and len(set(numbers)) == 3
        seen.add(masked.text)
    assert len(seen) > 20  # not always <n1>, <n2>, <n3>
    assert mask_request(query).text == "Email <n1>, <n2> and <n3>, then text <n1>"


def test_contacts_are_names_in_any_case_and_the_longest_name_wins() -> None:
    contacts = ["Matt Jones", "Matt", "Ann Lee", "Ann", "Will"]
    masked = mask_request("text matt i'm running late and email ann lee", known_names=contacts)
    assert masked.text == "text <n1> i'm running late and email <n2>"
    assert masked.values == {"<n1>": "matt", "<n2>": "ann lee"}  # the request's own spelling comes back


def test_a_contact_named_like_a_common_word_is_not_forced_on_the_word() -> None:
    masked = mask_request("text will that dinner is at 7", known_names=["Will"])
    assert "<n" not in masked.text
    assert mask_request("text Will that dinner is at 7", known_names=["Will"]).text == "text <n1> that dinner is at 7"


@pytest.mark.parametrize("query, text, values", [
    ("Email Mrs. Adebayo-Fischer the form", "Email <n1> the form", {"<n1>": "Mrs. Adebayo-Fischer"}),
    ("Dr. Okonkwo moved my appointment", "<n1> moved my appointment", {"<n1>": "Dr. Okonkwo"}),
    ("Invite Prof Lindqvist and Doctor Haruna", "Invite <n1> and <n2>",
     {"<n1>": "Prof Lindqvist", "<n2>": "Doctor Haruna"}),
    ("email doctor mbeki the scans", "email <n1> the scans", {"<n1>": "Dr. Mbeki"}),  # spoken: written out
    ("email professor oyelaran that i will miss lecture", "email <n1> that i will miss lecture",
     {"<n1>": "Professor Oyelaran"}),
    ("text mrs. ngozi-okafor", "text <n1>", {"<n1>": "Mrs. Ngozi-Okafor"}),
])
def test_a_title_and_its_name_are_one_person(query: str, text: str, values: dict) -> None:
    masked = mask_request(query)
    assert (masked.text, dict(masked.values)) == (text, values)


@pytest.mark.parametrize("query", [
    "call the doctor tomorrow", "Ask Dr. about it", "email mr grumpy",  # no name after the title, or a word
])
def test_a_title_without_a_name_is_left(query: str) -> None:
    assert "<n" not in mask_request(query).text


@pytest.mark.parametrize("query, files", [
    ("Attach bracket_rev4.step to the email", ["bracket_rev4.step"]),
    ("Open site-plan.3mf and Budget2027.XLSM", ["site-plan.3mf", "Budget2027.XLSM"]),
    ("send scan.dng and archive.tar.gz", ["scan.dng", "archive.tar.gz"]),
])
def test_any_file_name_with_an_extension_is_a_file(query: str, files: list) -> None:
    assert [v for p, v in mask_request(query).values.items() if p.startswith("<f")] == files


@pytest.mark.parametrize("query", [
    "Bring snacks, e.g. crisps, i.e. anything",
    "Meet at 10.30am, it costs 3.5 euros, version 2.0",
    "Check www.example.com and example.co.uk/page",
    "Text Ann.She is late, ok.bye",
    "Moved to the U.S.A. last year",
    "Call Mr.Smith about St.Louis",
    "reply to mailto:ann@example.org --x",
    "It is no.5 in fig.3a",
])
def test_abbreviations_numbers_times_and_domains_are_not_files(query: str) -> None:
    assert "<f" not in mask_request(query).text


@pytest.mark.parametrize("query, text, values", [
    ("fwd this to tadeusz and cc his asistant marzena", "fwd this to <n1> and cc his asistant <n2>",
     {"<n1>": "Tadeusz", "<n2>": "Marzena"}),
    ("txt oluwaseun cn u bring my charger", "txt <n1> cn u bring my charger", {"<n1>": "Oluwaseun"}),
    ("whats bartholomews email adress", "whats <n1>s email adress", {"<n1>": "Bartholomew"}),
    ("get siobhan's number", "get <n1>'s number", {"<n1>": "Siobhan"}),
    ("text my sister anneliese that im late", "text my sister <n1> that im late", {"<n1>": "Anneliese"}),
    ("send the map to kensington", "send the map to <n1>", {"<n1>": "Kensington"}),  # a place: read from context
    ("text tadeusz kowalski, marzena and kofi the plan", "text <n1>, <n2> and <n3> the plan",
     {"<n1>": "Tadeusz Kowalski", "<n2>": "Marzena", "<n3>": "Kofi"}),
    ("set up a zoom with ekow at 3", "set up a zoom with <n1> at 3", {"<n1>": "Ekow"}),
    ("ask my bookkeeper yevgenia for the receipts", "ask my bookkeeper <n1> for the receipts",
     {"<n1>": "Yevgenia"}),
])
def test_lower_case_names_in_person_slots(query: str, text: str, values: dict) -> None:
    masked = mask_request(query)
    assert (masked.text, dict(masked.values)) == (text, values)


@pytest.mark.parametrize("query", [
    "text my sister that im late",
    "email teh report to my boss",  # a typo of a word is not a name
    "ring mum and call the dentist",
    "get directions to the office",
    "remind me to call back everyone",
    "text grace and will",  # given names that are frequent words stay words
    "lunch with olive oil",
    "whats the email address", "find the invoices email",
])
def test_ordinary_words_in_person_slots_stay_words(query: str) -> None:
    assert mask_request(query).text == query


@pytest.mark.parametrize("query, values", [
    # given names of the gazetteer are names in a person slot, also where they are English words too
    ("text that to heidi", ["Heidi"]), ("remind tom plus laura to clean the gutters", ["Tom", "Laura"]),
    ("send a message to erik mwangi's phone", ["Erik Mwangi"]),
    # a surname goes on a name, also one edit from a word or a word seldom used ("zaprak hoang")
    ("email zaprak hoang the file", ["Zaprak Hoang"]), ("mail thaheitrail gallagher", ["Thaheitrail Gallagher"]),
    ("with lorena tmrw at eight", ["Lorena"]),  # chat shorthand is no surname
    # a hyphenated given name said in two words is one
    ("cc jean pierre agarwal", ["Jean-Pierre Agarwal"]),
    # lists whose commas speech lost: a given name starts the next person, and a name has two words at most
    ("please text shutresta siddharth and obinna", ["Shutresta", "Siddharth", "Obinna"]),
    ("email noor maja and ben to say", ["Noor", "Maja", "Ben"]),
    ("pls ping amina salazar getrix by sms", ["Amina Salazar", "Getrix"]),
    ("pass this on to arjun cc'ing kai appiah rosalind", ["Arjun", "Kai Appiah", "Rosalind"]),
    # a person named by relation in the list
    ("let natalia my mom and joanna stidiath know", ["Natalia", "Joanna Stidiath"]),
    ("shoot a quick text to dad vera ruth rivera", ["Dad", "Vera", "Ruth Rivera"]),
    ("forward it to arjun and dad", ["Arjun", "Dad"]),
    # a name before a word for contact details, also of two words; a month is no surname
    ("can u look up tryprer brodial's number", ["Tryprer Brodial"]), ("walkthrough with taylor oct 16", ["Taylor"]),
    # a role with a word before it, the hyphen of "co-founder" lost
    ("send my co founder caleb an sms", ["Caleb"]), ("with my office manager siobhan", ["Siobhan"]),
    ("email my supervisor lemond and maria", ["Lemond", "Maria"]),  # one edit from "lemon", but after a role
])
def test_spoken_names_and_lists_of_names(query: str, values: list[str]) -> None:
    assert list(mask_request(query).values.values()) == values


@pytest.mark.parametrize("query, files", [
    # a file name said in lower case: the words before a capitalised word, a version or a number belong to it
    ("can you find newsletter nobionek 2025.pdf", ["newsletter nobionek 2025.pdf"]),
    ("a short version of mockup V2.pdf by text", ["mockup V2.pdf"]),
    ("forward that attaching quantix Newsletter.txt", ["quantix Newsletter.txt"]),
    ("send budget 2025.xlsx and notes v2.docx", ["budget 2025.xlsx", "notes v2.docx"]),
    ("send the q3 report.pdf to ann", ["q3 report.pdf"]), ("email the final report.pdf", ["report.pdf"]),
    # but not the request's own words, a person, or the words before a name that is whole
    ("remind me to go over Scan.pdf", ["Scan.pdf"]), ("email ann Report.pdf", ["Report.pdf"]),
    ("the highlights of summary.pdf", ["summary.pdf"]), ("bring up OstaraResume.pdf", ["OstaraResume.pdf"]),
])
def test_a_file_name_said_in_lower_case_keeps_its_first_words(query: str, files: list[str]) -> None:
    values = mask_request(query).values
    assert [value for key, value in values.items() if key.startswith("<f")] == files


def test_people_said_one_after_the_other_read_as_a_written_list() -> None:
    assert mask_request("please text shutresta siddharth and obinna").text == "please text <n1>, <n2> and <n3>"
    assert mask_request("text dad vera ruth rivera now").text == "text <n1>, <n2> and <n3> now"
    assert mask_request("zoom with my cousin magnus prof ncube").text == "zoom with my cousin <n1> and <n2>"
    assert mask_request("text dad that im late").text == "text dad that im late"  # a relation alone stays a word


def test_hostile_lower_case_requests_are_masked_quickly_and_restored() -> None:
    import time

    query = "text " + "x" * 5000 + " and " + "qzv." * 500 + "pdf and email 'to --x' to zaphiel " + "a.b" * 300
    started = time.perf_counter()
    masked = mask_request(query)
    assert time.perf_counter() - started < 1
    assert "<n1>" in masked.text and masked.values["<n1>"] == "Zaphiel"
    assert "x" * 5000 in masked.text  # far too long to be a name


def test_restored_lower_case_names_are_capitalised() -> None:
    masked = mask_request("email yevgenia and cc doctor mbeki")
    plan = parse_plan('1. get_email_address("<n1>")\n2. get_email_address("<n2>")\n3. join()')
    assert [step.args for step in masked.restore(plan).steps[:2]] == [("Yevgenia",), ("Dr. Mbeki",)]


def test_without_the_word_list_no_lower_case_name_is_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    from agent.understanding import person_slots

    monkeypatch.setattr(person_slots, "_frequencies", lambda: None)
    person_slots.is_ordinary_word.cache_clear()
    try:
        assert mask_request("fwd this to tadeusz and open scan.dng").text == "fwd this to tadeusz and open scan.dng"
        assert mask_request("Email Mrs. Adebayo-Fischer bracket_rev4.step").text == "Email <n1> <f1>"
    finally:
        person_slots.is_ordinary_word.cache_clear()
