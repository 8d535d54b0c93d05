from __future__ import annotations

import pytest

from tools.backends import ToolError
from tools.linux.contacts import ContactBook, VCardFiles

CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Ann Lee
N:Lee;Ann;;;
EMAIL;TYPE=INTERNET:ann.work@example.org
EMAIL;TYPE=INTERNET,PREF:ann@example.org
TEL;TYPE=HOME:+1 555 0101
TEL;TYPE=CELL:+1 555 0100
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:John Smith
N:Smith;John;;;
EMAIL:john.smith@example.org
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:John Doe
N:Doe;John;;;
EMAIL:jd@example.org
TEL;VALUE=uri;TYPE=cell:tel:+44-20-7946-0000
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Zoë Brandt
N:Brandt;Zoë;;;
TEL;TYPE=CELL:+49 30 1234567
END:VCARD
"""


@pytest.fixture
def book(tmp_path) -> ContactBook:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return ContactBook(VCardFiles([path]))


def test_full_name_then_first_name(book) -> None:
    assert book.email_address("ann lee") == "ann@example.org"  # PREF first
    assert book.phone_number("Ann") == "+1 555 0100"  # cell before home
    assert book.phone_number("Zoë") == "+49 30 1234567"


def test_fuzzy_match(book) -> None:
    assert book.email_address("Jon Smith") == "john.smith@example.org"
    assert book.phone_number("Zoe Brandt") == "+49 30 1234567"


def test_vcard4_uri_values(book) -> None:
    assert book.phone_number("John Doe") == "+44-20-7946-0000"


def test_several_matches_are_named(book) -> None:
    with pytest.raises(ToolError, match="Several contacts match 'John': John Doe, John Smith. Use the full name."):
        book.email_address("John")


def test_two_cards_with_one_name(tmp_path) -> None:
    path = tmp_path / "contacts.vcf"
    twice = "BEGIN:VCARD\nVERSION:3.0\nFN:Sam Hill\nEMAIL:{}\nEND:VCARD\n"
    path.write_text(twice.format("sam@home.org") * 2)  # the same card synced twice: one person
    assert ContactBook(VCardFiles([path])).email_address("Sam Hill") == "sam@home.org"
    path.write_text(twice.format("sam@home.org") + twice.format("sam@work.org"))
    with pytest.raises(ToolError, match=r"Sam Hill \(sam@home.org\), Sam Hill \(sam@work.org\)"):
        ContactBook(VCardFiles([path])).email_address("Sam Hill")


def test_not_found_and_missing_fields(book) -> None:
    with pytest.raises(ToolError, match="No contact named 'Quentin' in .*contacts.vcf"):
        book.email_address("Quentin")
    with pytest.raises(ToolError, match="Zoë Brandt has no email address"):
        book.email_address("Zoë Brandt")
    with pytest.raises(ToolError, match="John Smith has no phone number"):
        book.phone_number("John Smith")


def test_folder_of_cards_like_vdirsyncer(tmp_path) -> None:
    folder = tmp_path / "contacts" / "default"
    folder.mkdir(parents=True)
    for index, card in enumerate(CARDS.split("END:VCARD\n")[:-1]):
        (folder / f"{index}.vcf").write_text(card + "END:VCARD\n", encoding="utf-8")
    (folder / "broken.vcf").write_text("BEGIN:VCARD\nthis is not a card", encoding="utf-8")
    book = ContactBook(VCardFiles([tmp_path / "contacts"]))
    assert book.email_address("John Doe") == "jd@example.org"


def test_no_vcf_files_says_what_to_do(tmp_path) -> None:
    with pytest.raises(ToolError, match="has no .vcf files. Export your address book"):
        ContactBook(VCardFiles([tmp_path / "missing.vcf"])).email_address("Ann")
