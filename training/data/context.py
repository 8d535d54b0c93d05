"""The state one generated request is built with: random source, `now`, the plan builder and its features."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from training.data.builder import Out, PlanBuilder
from training.data.dates import When, when
from training.data.pools.contacts import email_address, phone_number
from training.data.pools.names import first_name, surname
from training.data.pools.things import topic

# Features a request can carry; the category of an example is derived from them (see compose.category).
MENTION = "mention_no_lookup"
EXPLICIT = "explicit_contact"
CORRECTION = "correction"
INDIRECT = "indirect"
RELATIVE = "relative_date"
ATTACHMENT = "attachment"
PDF = "pdf"
ZOOM = "zoom"
CONTEXT = "context"
DEPENDENCY = "dependency"

_RELATIONS = ("neighbor", "boss", "cousin", "colleague", "coworker", "friend", "landlord", "manager", "roommate",
              "trainer", "tutor", "accountant", "client", "teammate", "partner", "mentor", "assistant", "babysitter",
              "doctor", "lawyer", "co-founder", "co-investigator", "supervisor", "intern", "secretary", "editor",
              "advisor", "contractor", "PA", "office manager", "agent", "deputy", "co-chair", "nanny")
_POSSESSIVES = {"him": "his", "her": "her", "them": "their"}
_GENDERED_RELATIONS = {"him": ("brother", "uncle", "son"), "her": ("sister", "aunt", "daughter")}
_MENTION_TOPICS = ("onboarding", "farewell party", "promotion", "visa paperwork", "birthday surprise",
                   "performance review", "retirement lunch", "move", "leave request", "first week")
_NARROWING = (" - wait, just {kept}", ", actually leave {dropped} out", " - no, not {dropped}", ". Oh, skip {dropped}",
              " (sorry, without {dropped})", ", scratch {dropped}", " - only {kept}, not {dropped}",
              "... hmm, {dropped} doesn't need it", ". Take {dropped} off that")
_FAMILY = ("Mom", "Dad", "Grandma", "Grandpa", "Mum", "Nana")


@dataclass(frozen=True)
class Person:
    """Someone a request names: `name` is the contact lookup argument, `said` how the request writes them."""

    name: str
    said: str
    pronoun: str


@dataclass(frozen=True)
class Clause:
    """One intent's words. `sentence` clauses are complete sentences that take no polite prefix."""

    text: str
    intent: str
    template: str
    sentence: bool = False


@dataclass
class Gen:
    rng: random.Random
    now: datetime
    builder: PlanBuilder = field(default_factory=PlanBuilder)
    features: set[str] = field(default_factory=set)
    spoken: bool = False
    allow_correction: bool = False
    people_used: list[Person] = field(default_factory=list)
    contacts: list[Person] = field(default_factory=list)  # people addressed alone, for pronoun follow-ups
    group_names: list[str] = field(default_factory=list)  # contact names of the latest group, for titles
    groups: list[list[Person]] = field(default_factory=list)  # groups of looked-up people, for "them" follow-ups
    intro: str = ""  # a context sentence naming someone a later clause refers to by pronoun
    trailing_fix: str = ""  # said after the clause, takes someone or something back out ("- wait, just Ana")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options):  # type: ignore[no-untyped-def]
        return self.rng.choice(options)

    def when(self, need_time: bool | None = None) -> When:
        moment = when(self.rng, self.now, need_time=need_time, spoken=self.spoken)
        if moment.relative:
            self.features.add(RELATIVE)
        return moment

    def person(self) -> Person:
        """A new person, unlike everyone already named in this request."""
        taken = {p.name.casefold() for p in self.people_used}
        while True:
            person = self._new_person()
            if person.name.casefold() not in taken:
                self.people_used.append(person)
                return person

    def _new_person(self) -> Person:
        name, pronoun = first_name(self.rng)
        roll = self.rng.random()
        if roll < 0.6:
            return Person(name, name if not self.chance(0.08) else name.lower(), pronoun)
        if roll < 0.8:
            full = f"{name} {surname(self.rng)}"
            return Person(full, full, pronoun)
        if roll < 0.89:
            return Person(name, self._related(name, pronoun), pronoun)
        if roll < 0.92:
            where = self.pick(("from accounting", "from work", "at the bank", "from the gym", "from school",
                               "in marketing", "from the book club", "next door", "from IT", "at the clinic"))
            return Person(name, f"{name} {where}", pronoun)
        if roll < 0.96:
            title = self.pick(("Dr.", "Mr.", "Ms.", "Prof.", "Dr"))
            formal = f"{title} {surname(self.rng)}"
            return Person(formal, formal, {"Mr.": "him", "Ms.": "her"}.get(title, "them"))
        family = self.pick(_FAMILY)
        return Person(family, self.pick((family, family.lower(), f"my {family.lower()}")),
                      "her" if family in ("Mom", "Grandma", "Mum", "Nana") else "him")

    def _related(self, name: str, pronoun: str) -> str:
        """A name with how the person relates to the writer, or to someone named before ("his assistant Marzena")."""
        relation = self.pick(_RELATIONS + _GENDERED_RELATIONS.get(pronoun, ()))
        whose = "my"
        if self.people_used and self.chance(0.3):
            whose = _POSSESSIVES[self.people_used[-1].pronoun]
        return self.pick((f"{whose} {relation} {name}", f"{whose} {relation} {name}", f"{whose} {relation}, {name}",
                          f"{name}, {whose} {relation}"))

    def mention(self) -> str:
        """A person named only in passing: no lookup (COMPAT section 8)."""
        self.features.add(MENTION)
        return self.person().said

    def app_named(self, names: tuple[str, ...], chance: float = 0.05) -> str:
        """Sometimes the request names the app (" on Google Maps"); the plan is the same."""
        return self.pick(names) if self.chance(chance) else ""

    def topic_or_mention(self) -> str:
        """A meeting or email topic; one in ten is about someone who needs no lookup ("Grace's onboarding")."""
        if self.chance(0.1):
            return f"{self.mention()}'s {self.pick(_MENTION_TOPICS)}"
        return topic(self.rng)

    def email_target(self, explicit: float = 0.12) -> tuple[str, str | Out]:
        """(how the request names the recipient, the argument): a lookup, or an address used as is."""
        if self.chance(explicit):
            self.features.add(EXPLICIT)
            address = email_address(self.rng)
            return self._named_contact(address), address
        person = self.person()
        return person.said, self.builder.email_of(person.name)

    def phone_target(self, explicit: float = 0.12) -> tuple[str, str | Out]:
        if self.chance(explicit):
            self.features.add(EXPLICIT)
            number = phone_number(self.rng)
            return self._named_contact(number), number
        person = self.person()
        return person.said, self.builder.phone_of(person.name)

    def _named_contact(self, written: str) -> str:
        """A written address or number, sometimes with the person's name beside it (still no lookup)."""
        if not self.chance(0.3):
            return written
        name = first_name(self.rng)[0]
        return self.pick((f"{name} ({written})", f"{name} at {written}", f"{name}, {written},", f"{name} - {written}"))

    def group(self, target, most: int = 3) -> tuple[str, list[str | Out]]:  # type: ignore[no-untyped-def]
        """Several recipients (1..most, mostly one) as one phrase and one argument list."""
        count = min(most, self.pick((1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3)))
        before = len(self.people_used)
        pairs = [target() for _ in range(count)]
        self.group_names = [p.name for p in self.people_used[before:]]
        if count == 1 and not isinstance(pairs[0][1], str):
            self.contacts.append(self.people_used[-1])
        if count > 1 and all(not isinstance(p[1], str) for p in pairs):
            self.groups.append(self.people_used[before:])
        said = [p[0] for p in pairs]
        if self.allow_correction and CORRECTION not in self.features and self.chance(0.4):
            return self._narrowed(said), [p[1] for p in pairs]
        return join_words(self.rng, said).replace(",, ", ", ").rstrip(","), [p[1] for p in pairs]

    def _narrowed(self, kept: list[str]) -> str:
        """One more person named, then taken back out ("Ana and Ben - wait, just Ana"): only the kept are looked
        up. The fix is said inside the phrase or after the whole clause."""
        self.features.add(CORRECTION)
        dropped = self.person().said
        named = kept + [dropped] if self.chance(0.7) else [dropped] + kept
        both = join_words(self.rng, named)
        kept_said = join_words(self.rng, kept)
        if self.chance(0.35):
            fix = self.pick(("no, just", "sorry, only", "wait, just", "actually only"))
            return f"{both} - {fix} {kept_said} -"
        self.trailing_fix = self.pick(_NARROWING).format(kept=kept_said, dropped=dropped)
        return both


def join_words(rng: random.Random, words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    last = rng.choice((" and ", " and ", " & ", ", and ", " plus "))
    return ", ".join(words[:-1]) + last + words[-1]
