"""Cross-source links for new claims: which claims of other sources report the same fact, agreeing
or disagreeing. Uses only the verdict engine's public API (``Checker.check``: a verdict and its
evidence), so that it follows the engine whatever its insides."""

from __future__ import annotations

from .model import Relation


def link(base_files, extracted):
    """(links, facts, report) for the new claims of ``extracted`` ([(path, Extraction, candidates)]).

    links: new claim id -> fact id; facts: existing claim id -> fact id to set on it (when it had
    none); report: one line per agreement or disagreement found."""
    from .engine import open_checker

    checker = open_checker(list(base_files))
    links, facts, report = {}, {}, []
    for _, result, candidates in extracted:
        source_id = result.source["id"]
        for c in candidates:
            if not c.checkworthy:
                continue
            found = related_claims(checker, c.text, source_id)
            if not found:
                continue
            relation, other = found[0]
            fact = other.fact or facts.get(other.id) or other.id
            links[c.id] = fact
            if not other.fact:
                facts[other.id] = fact
            for relation, other in found:
                word = "agrees with" if relation is Relation.SUPPORTS else "disagrees with"
                report.append(f"{c.id} {word} {other.id} ({other.source}): same fact '{fact}'")
    return links, facts, report


def related_claims(checker, text: str, source_id: str) -> list:
    """[(Relation.SUPPORTS | Relation.CONFLICTS, Claim)] of other sources' claims about the same fact."""
    result = checker.check(text)
    out = []
    for evidence in result.evidence:
        if evidence.relation in (Relation.SUPPORTS, Relation.CONFLICTS) and evidence.claim.source != source_id:
            out.append((evidence.relation, evidence.claim))
    return out
