"""A conflict told in other words: a statement that names a place or a person where the claim most about it names
another, and that the claim would support with its own there ("grew up in Leeds" against "was raised in Bristol").

The claim's own checks compare a place or a doer only where both texts tell the same verb; this reads the statement
again with the claim's name in its place and asks the claim's judgement whether it then holds.
"""

from __future__ import annotations

import weakref

from . import agreement
from .analysis import FACT, REPORTING, Analysis
from .text import english
from .text.kinds import ORG_NOUNS, PERSON_NOUNS
from .text.lexicon import HONORIFICS
from .text.timeline import RELATIVE_TIME_RE
from .text.tokens import POSSESSIVE_ENDINGS

SWAP_LOOKS = 3  # candidates read: the claims most about the statement
_FORENAME_RARITY = 0.75  # a forename is a rare word, if a word at all ("Ruth", "Gary"; not "United", "Airport")


def another_in_its_place(analysis: Analysis, judgements, support_at: float, claim_analysis_of, analyzer, judge, places):
    """The judgement of a claim that would support the statement if a place or a person the statement gives, and
    the claim never names, were one the claim gives: the statement places the claim's act elsewhere ("grew up in
    Leeds" against "was raised in Bristol") or credits it to another ("Gary Holt put the cost at ..." against "Ann
    Tilley said it would cost ..."), a conflict told in other words. None when no claim would.
    ``claim_analysis_of(doc)``: a claim's analysis; ``judge(analysis, doc, rank_share)``: a claim's judgement of a
    statement; ``places``: the names the base knows as places."""
    for j in judgements[:SWAP_LOOKS]:
        missing = j.alignment.names_missing
        if len(missing) != 1 or j.alignment.titled_missing:
            continue
        name = missing[0]
        placed = _a_place(analysis, name, places)
        if placed and not (_placed_by_preposition(analysis, name) and not _of_an_indefinite(analysis, name)):
            continue  # "US sanctions" names whose, not where; "open an office in Seoul" may open another elsewhere
        if _names_its_subject(analysis, name):
            continue  # "the planned station at Tennington": which station, not where an act was done
        claim_analysis = claim_analysis_of(j.doc)
        if (analysis.modality == claim_analysis.modality == FACT and claim_analysis.present and not analysis.present) \
                or _inside_a_name(name, claim_analysis):
            continue  # "lived in Dunmore" against "lives in Kessel": where one is now says nothing of where one was;
            # "Kelby" of "Kelby International Airport": the claim names it
        told_relatively = RELATIVE_TIME_RE.search(analysis.text) is not None
        others = _other_places(claim_analysis, analysis, name, analyzer.matcher, places) if placed \
            else _other_persons(claim_analysis, analysis, name, analyzer.matcher.types, places)
        for other in others:
            swapped = analyzer.analyze(_with_name(analysis, name, other))
            judged = judge(swapped, j.doc, j.rank_share)
            dated = [c.relation for c in judged.checks if c.slot == "date"]
            if "conflicts" in dated or (told_relatively and "supports" not in dated):
                continue  # ("met in Tamworth last year" against "met in Corfe on Monday": it meets again and again)
            if judged.supports >= support_at:
                at = next(m for m in analysis.mentions if m.name == name)
                check = agreement.SlotCheck("place" if placed else "actor", "conflicts", name, other, (at.start, at.end), name=name)
                return j._replace(checks=(*j.checks, check), conflicts=judged.supports)
    return None


def _other_persons(claim_analysis: Analysis, analysis: Analysis, name: str, types, places) -> list:
    """The persons the claim names that the statement does not, for a person the statement names."""
    if not _a_person(analysis, name, types) or not _doer_of_a_definite_deed(analysis, name, places) \
            or agreement.additive_told(analysis):
        return []  # ("Wendy Ash also abstained": another did it too, as the statement presupposes)
    return list(dict.fromkeys(m.name for m in claim_analysis.mentions if m.name not in analysis.names
                              and _a_person(claim_analysis, m.name, types) and not _inside_a_name(m.name, analysis)))


def _a_person(analysis: Analysis, name: str, types) -> bool:
    """Is the name a person's: the base's word for it; or two or three words of a name, none an organisation's,
    that the text gives a person's title, role or saying ("Councillor Ann Tilley", "its organiser, Joe Marsh",
    "Joe Marsh said"), or that are a rare forename and a surname that is no English word ("Gary Holt")?"""
    kind = types.get(name, "")
    if kind:
        return kind == "person"
    words = name.split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)) \
            or any(w.lower() in ORG_NOUNS for w in words):
        return False
    if english.rarity(words[0].lower()) >= _FORENAME_RARITY and not english.common_word(words[-1].lower()):
        return True
    toks = analysis.tokens
    for m in analysis.mentions:
        if m.name != name:
            continue
        near = [t.lemma for t in toks[max(0, m.first - 3):m.first] + toks[m.last + 1:m.last + 4]]
        if any(w in PERSON_NOUNS or w in HONORIFICS or w in REPORTING or w == "councillor" for w in near):
            return True
    return False


def _a_place(analysis: Analysis, name: str, places) -> bool:
    return name in places or any(m.name == name for m in analysis.locations)


def _other_places(claim_analysis: Analysis, analysis: Analysis, name: str, matcher, places) -> list:
    """The places the claim gives that the statement does not name and that neither holds the other."""
    ancestors = matcher.ancestors
    if ancestors((name,)) & _areas_told(claim_analysis):
        return []  # the claim spreads its act over the region the place lies in ("across England and Wales" of
        # "Birmingham"); a place it gives in a region ("on Mill Road in Harby") is still one place of it
    out = []
    for m in claim_analysis.mentions:
        other = m.name
        if other in out or other in analysis.names or not _a_place(claim_analysis, other, places) \
                or not _placed_by_preposition(claim_analysis, other):
            continue
        if other in ancestors((name,)) or name in ancestors((other,)):
            continue
        if other in _containers(matcher) and name not in places:
            continue  # a region or a country may hold a place the base does not know
        out.append(other)
    return out


def _containers(matcher) -> frozenset:
    """The names the base knows to hold other places (regions, countries), read once per matcher."""
    found = _CONTAINERS.get(matcher)
    if found is None:
        found = _CONTAINERS[matcher] = frozenset(matcher.canonical(w) for wholes in matcher.parents.values() for w in wholes)
    return found


_CONTAINERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # matcher -> the names that hold places


_NOUN_PLACING = frozenset(["at", "in", "on", "near", "outside"])


_SPREADING = frozenset(["across", "throughout"])


def _areas_told(analysis: Analysis) -> set:
    """The names a text spreads something over, with those joined to them ("across England and Wales");
    not a name that only says whose ("the Abbeyfields fines")."""
    toks, out, last = analysis.tokens, set(), None
    for m in sorted(analysis.mentions, key=lambda m: m.first):
        before = toks[m.first - 1].lower if 0 < m.first <= len(toks) else ""
        if before in _SPREADING or (before in ("and", ",") and last is not None and last.last == m.first - 2):
            out.add(m.name)
            last = m
    return out


_WHERE = _NOUN_PLACING | {"from", "to", "into", "inside"}
_INDEFINITE = frozenset(["a", "an", "another", "some", "several"])


def _placed_by_preposition(analysis: Analysis, name: str) -> bool:
    """Is the name given after a preposition of place ("in Leeds", "at Hobbleford"), or joined to one that is?"""
    toks = analysis.tokens
    return any(m.name == name and 0 < m.first < len(toks) and toks[m.first - 1].lower in _WHERE for m in analysis.mentions) \
        or name in _areas_told(analysis)


def _of_an_indefinite(analysis: Analysis, name: str) -> bool:
    """Is the place given of a thing told indefinitely ("opened an office in Seoul", "has operations in Poland"):
    one of possibly many, which another place the claim gives another of is no contradiction of?"""
    toks = analysis.tokens
    for m in analysis.mentions:
        if m.name != name or m.first < 2 or toks[m.first - 1].lower not in _WHERE:
            continue
        k = m.first - 2
        if analysis.verbal(k) or not toks[k].is_content or toks[k].is_cap:
            return False  # "grew up in", "happened at": the act's own place
        while k >= 0 and toks[k].is_content and not analysis.verbal(k) and toks[k].lower not in _INDEFINITE:
            k -= 1
        return k < 0 or toks[k].lower in _INDEFINITE or analysis.verbal(k)  # (a bare plural after its verb)
    return False


def _names_its_subject(analysis: Analysis, name: str) -> bool:
    """Is the place given after a preposition before the sentence's first verb, of a common noun: a place
    that says which thing the subject is ("the new school in Kelby will close"), not where the act is done
    (a thing with a name of its own is the one thing whatever place is told of it: "the Central Library")?"""
    toks = analysis.tokens
    for m in analysis.mentions:
        if m.name == name and 1 < m.first < len(toks) and toks[m.first - 1].lower in _NOUN_PLACING:
            return not toks[m.first - 2].is_cap and not any(analysis.verbal(k) for k in range(m.first - 1))
    return False


def _doer_of_a_definite_deed(analysis: Analysis, name: str, places) -> bool:
    """Is the name who does the sentence's deed (its subject, or the agent after "by"), not what the deed is done to
    ("Harbour United was added to the list", "the film stars Dev Patel"), and is the deed one only one does ("signed
    the lease", not "signed a new contract", which many may sign)?"""
    toks = analysis.tokens
    at = next((m for m in analysis.mentions if m.name == name), None)
    if at is None:
        return False
    by_agent = at.first > 0 and toks[at.first - 1].lower == "by"
    if not by_agent and analysis.subject != name:
        return False
    verb = next((k for k in range(at.last + 1, len(toks)) if analysis.verbal(k)), None) if not by_agent else \
        next((k for k in range(at.first - 1, -1, -1) if analysis.verbal(k)), None)
    if verb is None:
        return False
    lemma = toks[verb].lemma
    return (by_agent or not agreement.is_done_to(analysis, lemma, name, places)) and not agreement.indefinite_object(analysis, lemma)


def _inside_a_name(name: str, analysis: Analysis) -> bool:
    """Does the text name ``name`` inside a longer name ("Kelby" in "Kelby International Airport")?"""
    words = name.split()
    return any(m.name != name and any(m.name.split()[k:k + len(words)] == words for k in range(len(m.name.split())))
               for m in analysis.mentions)


def _with_name(analysis: Analysis, name: str, other: str) -> str:
    """The statement's text with ``other`` written wherever it names ``name`` (a possessive kept)."""
    text, out, at = analysis.text, [], 0
    for m in sorted((m for m in analysis.mentions if m.name == name and 0 <= m.start and m.end <= len(text)), key=lambda m: m.start):
        written = text[m.start:m.end]
        ending = next((e for e in POSSESSIVE_ENDINGS if written.endswith(e)), "")
        out += [text[at:m.start], other + ending]
        at = m.end
    return "".join(out) + text[at:]
