"""Given names and surnames from many languages: after the user's contacts, the gazetteer that tells a lower-case
name from a word where a person goes ("text heidi", "email shutresta siddharth and obinna").

Read once from the person providers of the Faker package (a dependency): the first names (male, female,
non-binary) and last names of its locales written in Latin script, case-folded, also without their accents
("josé" and "jose"), three letters or more, hyphenated ones kept ("jean-pierre"). Nothing is copied into this
project; an install without Faker's locales gives empty sets, and names are then found as before, by capitals and
the user's contacts.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from functools import lru_cache

_FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_SHORTEST = 3


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return _names(_FIRST)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _names(("last_names",))


def _names(attributes: tuple[str, ...]) -> frozenset[str]:
    try:
        import faker.providers.person as person
    except ImportError:
        return frozenset()
    found: set[str] = set()
    for locale in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{locale.name}").Provider
        for attribute in attributes:
            values = next((vars(cls)[attribute] for cls in provider.__mro__ if attribute in vars(cls)), ())
            if isinstance(values, (list, tuple, dict)):
                found |= {form for name in values if isinstance(name, str) for form in _forms(name)}
    return frozenset(found)


def _forms(name: str) -> set[str]:
    """The name case-folded and without its accents, when it is one word in Latin script of three letters or more."""
    folded = name.casefold()
    if len(folded) < _SHORTEST or not all(c in "-'" or "LATIN" in unicodedata.name(c, "") for c in folded):
        return set()
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return {folded, bare}
