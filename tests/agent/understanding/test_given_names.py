"""The gazetteer of given names and surnames is read from the installed Faker package, accents also left off."""

from __future__ import annotations

from agent.understanding.given_names import given_names, surnames


def test_given_names_of_many_languages_in_lower_case_with_and_without_accents() -> None:
    names = given_names()
    assert {"heidi", "obinna", "jean-pierre", "josé", "jose"} <= names
    assert all(name == name.casefold() and len(name) >= 3 and " " not in name for name in names)


def test_surnames_are_read_apart_from_given_names() -> None:
    assert {"gallagher", "mwangi"} <= surnames() and "gallagher" not in given_names()
