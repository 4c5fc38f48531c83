"""A member one text says is not among a whole and the other lists in it: "ZTE is not among the
alliance's members" against "the alliance's members include Huawei, ZTE and SMIC", "libraries are
not among the services" against "services, including libraries and parks". A list after "include"
or "such as" need not be whole, so only a member it gives is settled: one it leaves out is neither
among them nor not."""

from __future__ import annotations

from .align import SYNONYM, word_similarity
from .analysis import not_among
from .restated import asserted
from .text.descriptions import is_title_word
from .text.entities import same_name
from .text.lexicon import NEGATORS

_MODALS = frozenset("may might could would should".split())  # "may include": a guess, no list
_LIST_WORDS = frozenset(["and", "or", "&"])  # what stands between the items of a list (commas are no tokens)
_WHOLE_REACH = 12  # words of the whole after "among": "the members of the alliance who voted against it"
_LISTING_REACH = 3  # words from the listing word to the list's first item: "include, among others,"
_LIST_REACH = 16  # words of a list of common nouns back to its listing word


def _named(analysis) -> dict:
    """{token index: the mention it is part of}."""
    return {k: m for m in analysis.mentions for k in range(m.first, m.last + 1)}


def _whole_words(analysis, start: int, end: int) -> set:
    """The common content words (of no name) from token ``start`` to ``end`` or the clause's end, with
    those of a relative clause or an infinitive that narrows the whole ("the councillors who voted
    against it", "the favourites to win the award")."""
    named, out = _named(analysis), set()
    for k in range(start, min(end, len(analysis.tokens))):
        tok = analysis.tokens[k]
        if tok.lower in ("and", "but") or (k > start and any(c in ",;:" for c in analysis.text[analysis.tokens[k - 1].end:tok.start])):
            break
        if tok.is_content and not tok.is_number and k not in named:
            out.add(tok.lemma)
    return out


def denied_members(analysis) -> list:
    """(the member: a mention or a token index, the words of the whole, (start, end) of the denial) for
    each member the text says is not among a whole ("Kelby was not among the towns", "libraries are
    not one of the services": see analysis.not_among)."""
    if " among" not in analysis.text and " one of" not in analysis.text:
        return []  # (most texts: no token to look at, on a path every claim's check takes)
    toks, named, out = analysis.tokens, _named(analysis), []
    for i in range(len(toks)):
        at = not_among(toks, i)
        if at < 0:
            continue
        after = i + 2 if toks[i + 1].lower == "one" else i + 1  # ("not one of": "of")
        member = named.get(at, at)
        first = member.first if not isinstance(member, int) else member
        if asserted(analysis.text, toks, first):
            out.append((member, _whole_words(analysis, after + 1, after + 1 + _WHOLE_REACH), (toks[first].start, toks[after].end)))
    return out


def member_denied(analysis, lemma: str) -> bool:
    """Is the word (a common noun's lemma, or a name's last word's) a member the text says is not
    among a whole?"""
    return any(analysis.tokens[member if isinstance(member, int) else member.last].lemma == lemma
               for member, _, _ in denied_members(analysis))


def _opens_a_list(toks, j) -> bool:
    return toks[j].lemma == "include" or (toks[j].lower == "as" and j > 0 and toks[j - 1].lower == "such") \
        or (toks[j].lower == "among" and j + 1 < len(toks) and toks[j + 1].lower in ("them", "whom", "which"))


def _listing_word(analysis, first: int) -> int:
    """The index of the word that opens the list whose item starts at token ``first`` ("include",
    "including", "among them", "such as"), back over the list's other items, or -1."""
    toks, named = analysis.tokens, _named(analysis)
    for j in range(first - 1, max(-1, first - 1 - _LIST_REACH), -1):
        tok = toks[j]
        if _opens_a_list(toks, j):
            return j
        if j in named or tok.lower in _LIST_WORDS or is_title_word(tok) or (tok.is_content and not analysis.verbal(j)) \
                or tok.lower in ("the", "a", "an") or (first - j <= _LISTING_REACH and not tok.is_number) \
                or (j > 0 and toks[j - 1].lower == "among"):  # ("among them")
            continue  # another item, a title before a name ("Dr Omar Patel"), or "among others"
        return -1
    return -1


def _said_by(words, theirs) -> bool:
    """Does the other text say each of the words, in the same lemma or a synonym?"""
    return all(w in theirs or any(word_similarity(w, t) >= SYNONYM for t in theirs) for w in words)


def member_denied_as_listed(denying, telling) -> tuple:
    """((start, end) in ``denying``, (start, end) in ``telling``) of a member the first says is not
    among a whole and the second lists, asserted, in a whole told in words it has for each of the
    whole's ("the alliance's members" / "the alliance's members include"; not "its founding members"
    nor "the favourites to win the award" / "the shortlist for the award includes"); or ()."""
    toks = telling.tokens
    for member, whole, span in denied_members(denying):
        if isinstance(member, int):
            lemma = denying.tokens[member].lemma
            places = [(k, k) for k, t in enumerate(toks) if t.lemma == lemma and t.is_content]
        else:
            places = [(m.first, m.last) for m in telling.mentions if same_name(member.name, m.name)]
        for first, last in places:
            j = _listing_word(telling, first)
            if j < 0 or any(t.lower in NEGATORS or t.lower in _MODALS for t in toks[max(0, j - 3):j]):
                continue  # "does not include ZTE" denies it too; "may include ZTE" is a guess
            # the words of the telling but the list's items: "the cabinet members who opposed the plan"
            # is no whole of "cabinet members, among them Tom Hart, backed the plan"
            theirs = {t.lemma for k, t in enumerate(toks) if t.is_content and not t.is_number and not j <= k <= last}
            if not whole or not _said_by(whole, theirs) or not asserted(telling.text, toks, j):
                continue
            return span, (toks[j].start, toks[last].end)
    return ()
