"""What the generator knows about a whole claim base: each claim's spans, the entities by
kind, and the checks that keep a perturbed statement from saying what another claim says."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..lazyre import lazy
from . import spans

NEGATION_RE = lazy(
    r"\b(?:not|never|no|none|nobody|nothing|cannot|without|denied|denies|deny|failed to|no longer)\b|n['’]t\b",
    re.IGNORECASE,
)
DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "an", "ch", "ic", "i")


class ClaimInfo(NamedTuple):
    claim: object
    text: str
    words: list
    amounts: list
    dates: list
    mentions: list
    verb: object  # spans.Verb or None
    content: set
    negated: bool
    siblings: tuple  # ids of the claims that report the same fact
    disputed: bool  # a sibling gives other figures or dates for the same fact


class BaseContext:
    def __init__(self, base):
        self.base = base
        self.finder = spans.NameFinder(base.entities)
        self.entities = {e.name: e for e in base.entities}
        outlets = {_bare(s.outlet) for s in base.sources.values() if s.outlet}
        self.outlets = {e.name for e in base.entities if any(_bare(form) in outlets for form in (e.name, *e.aliases))}
        self.articles = self._articles(base)
        self.infos = {}
        for claim in base.claims:
            self.infos[claim.id] = self._info(claim)
        self._mark_disputed()

    def _info(self, claim) -> ClaimInfo:
        text = claim.text.strip()
        ws = spans.words(text)
        found_dates = spans.dates(text)
        date_spans = [(d.start, d.end) for d in found_dates]
        mentions = self.finder.find(text)
        # not a number inside a name ("Line 3"): it names, it does not count
        name_spans = [(m.start, m.end) for m in mentions]
        found_amounts = [a for a in spans.amounts(text)
                         if not any(s <= a.start < e or s < a.end <= e for s, e in date_spans)
                         and not any(s <= a.start and a.end <= e for s, e in name_spans)]
        negated = bool(claim.negated) or bool(NEGATION_RE.search(text))
        siblings = tuple(c.id for c in self.base.same_fact(claim)) if claim.fact else ()
        return ClaimInfo(claim, text, ws, found_amounts, found_dates, mentions, spans.main_verb(text, ws),
                         spans.content_words(text), negated, siblings, False)

    def _mark_disputed(self):
        """A fact is disputed when two of its claims each give a figure the other lacks
        (13,950 supporters against 14,200): a bare statement of either figure has no one label."""
        for cid, info in list(self.infos.items()):
            disputed = False
            for sid in info.siblings:
                other = self.infos[sid]
                if _each_lacks(self.values(info), self.values(other)):
                    disputed = True
            if disputed:
                self.infos[cid] = info._replace(disputed=True)

    @staticmethod
    def _articles(base) -> dict:
        """name -> True when the base's own texts write it with "the" ("the Conservatives"),
        False when without ("Labour"); names the texts never use are left out."""
        corpus = "\n".join(c.text for c in base.claims)
        out = {}
        for entity in base.entities:
            if entity.type == "person":
                out[entity.name] = False  # "Donald Trump", whatever "the Trump administration" does
                continue
            with_the = without = 0
            forms = sorted((f for f in (entity.name, *entity.aliases) if not f.lower().startswith("the ")), key=len, reverse=True)
            if not forms:
                continue
            pattern = r"(?<![\w’'])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])"
            for m in re.finditer(pattern, corpus):
                before = corpus[max(0, m.start() - 4):m.start()]
                if before.lower() == "the ":
                    with_the += 1
                elif not re.search(r"(?:^|[.!?]\s|\n|['’]s\s|\b(?:a|an|its|his|her|their|our|top)\s)\Z", corpus[:m.start()][-6:]):
                    without += 1
            if with_the != without:  # no evidence either way: the name's form decides (rewrite.needs_article)
                out[entity.name] = with_the > without
        return out

    # ------------------------------------------------------------ values in the base

    @staticmethod
    def values(info) -> set:
        out = {(a.unit, round(a.total, 6)) for a in info.amounts}
        for q in info.claim.quantities or ():
            out.add((q.unit if q.unit in ("%", "USD", "EUR", "GBP") else "", round(q.value, 6)))
        return out

    @staticmethod
    def date_keys(info) -> set:
        out = {(d.year, d.month, d.day) for d in info.dates}
        for d in info.claim.dates or ():
            if d.year or d.month:
                out.add((d.year, d.month, d.day))
        return out

    def amount_clashes(self, value: float, unit: str, noun: str, tolerance: float = 0.15, same_claim=None) -> bool:
        """Does some claim give a figure of the same kind within ``tolerance`` of ``value``?
        Counts compare when they count the same noun, when either noun is unknown (the word
        after the figure is a function word) or when they stand in the same claim."""
        for cid, info in self.infos.items():
            for a in info.amounts:
                if a.unit != unit:
                    continue
                if not unit and cid != same_claim and _is_noun(noun) and _is_noun(a.noun) and a.noun != noun:
                    continue
                if abs(a.total - value) <= tolerance * max(abs(a.total), abs(value)):
                    return True
            for q in info.claim.quantities or ():
                q_unit = q.unit if q.unit in ("%", "USD", "EUR", "GBP") else ""
                if q_unit == unit and abs(q.value - value) <= tolerance * max(abs(q.value), abs(value)):
                    return True
        return False

    def similar(self, statement: str, exclude=(), threshold: float = 0.5, must_contain: str = "") -> list:
        """Claims (other than ``exclude``) saying at least ``threshold`` of the statement's
        content words; with ``must_contain``, only claims whose text contains that string."""
        words = spans.content_words(statement)
        if not words:
            return []
        out = []
        for cid, info in self.infos.items():
            if cid in exclude:
                continue
            if must_contain and must_contain.lower() not in info.text.lower():
                continue
            if len(words & info.content) / len(words) >= threshold:
                out.append(cid)
        return out

    def mentions_entity(self, cid: str, name: str) -> bool:
        return any(m.name == name for m in self.infos[cid].mentions)

    # ------------------------------------------------------------ entities

    def entities_of(self, etype: str) -> list:
        return sorted((e for e in self.base.entities if e.type == etype), key=lambda e: e.name)

    def ancestors(self, name: str) -> set:
        out, todo = set(), [name]
        while todo:
            entity = self.entities.get(todo.pop())
            for whole in entity.part_of if entity else ():
                if whole not in out:
                    out.add(whole)
                    todo.append(whole)
        return out

    def depth(self, name: str) -> int:
        return len(self.ancestors(name))

    def is_demonym(self, mention) -> bool:
        written = mention.written
        return written != mention.name and " " not in written and written.lower().endswith(DEMONYM_ENDINGS)


def _is_noun(word: str) -> bool:
    return bool(word) and word not in spans.FUNCTION_WORDS


def _bare(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


def _each_lacks(a: set, b: set) -> bool:
    if not a or not b:
        return False
    units_a, units_b = {k[0] for k in a}, {k[0] for k in b}
    shared = units_a & units_b
    return any(k not in b for k in a if k[0] in shared) and any(k not in a for k in b if k[0] in shared)
