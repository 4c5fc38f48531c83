"""Editing a claim's text: splicing a new span in, with the article a name takes and
"a"/"an" agreeing; putting another name where one stands."""

from __future__ import annotations

import re

from . import english


def splice(text: str, start: int, end: int, new: str) -> str:
    head = text[:start]
    article = re.search(r"\b(an?|An?) \Z", head)
    if article and new:
        word = "an" if vowel_sound(new) else "a"
        head = head[:article.start(1)] + english.match_case(word, article.group(1)) + " "
    out = head + new + text[end:]
    return re.sub(r"  +", " ", out).replace(" ,", ",")


def vowel_sound(word: str) -> bool:
    low = word.lower()
    if re.match(r"(?:uni|use|eu|one|once|u[bcdfgklmnprstvz][aeiou])", low):
        return False  # "a university", "a euro", "a one-off"
    if re.match(r"(?:hour|honest|honour|heir)", low):
        return True
    if re.match(r"[A-Z]{2,}\b", word):
        return word[0] in "AEFHILMNORSX"  # initialisms are read letter by letter: "an FNV", "a UN"
    return low[:1] in "aeiou"


def ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def fmt(value: float, decimals: int, commas: bool) -> str:
    if decimals:
        return f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    return f"{int(round(value)):,}" if commas else str(int(round(value)))


INSTITUTION_NOUNS = frozenset(
    "party league ministry university department commission union association committee institute agency "
    "authority federation council government office court parliament assembly board bank".split()
)


def needs_article(entity, seen=None) -> bool:
    """Does the name take "the" in running text ("the Green Party", "the Conservatives", not
    "Labour")? ``seen`` is what the base's own texts do, when they use the name."""
    if seen is not None:
        return seen
    name = entity.name
    if name.lower().startswith("the "):
        return False  # the article is part of the name
    bits = name.split()
    if any(b.islower() for b in bits) or " of " in name:
        return True
    if bits[-1].lower() in INSTITUTION_NOUNS and len(bits) > 1:
        return True
    return False


def swap_name(ctx, t: str, mention, entity):
    """Put ``entity`` where ``mention`` stands, with the article its name takes; (statement, new text)."""
    start = mention.start
    article = re.search(r"\b[Tt]he\s+\Z", t[max(0, start - 4):start])
    if article:
        start -= len(article.group())
    new = written_like(mention, entity, t)
    if new.lower().startswith("the "):
        pass
    elif needs_article(entity, ctx.articles.get(entity.name)) and new == entity.name:
        new = "the " + new
    if start == 0 or re.search(r"[.!?]\s*\Z", t[:start]):
        new = new[:1].upper() + new[1:]
    elif new.startswith("The ") and start > 0:
        new = "the " + new[4:]
    return splice(t, start, mention.end, new), new


def written_like(mention, entity, text) -> str:
    """The new name written as the old one was: "Hollins ward" -> "Castle ward", "the Netherlands" -> "Poland"."""
    written, old = mention.written, mention.name
    new = entity.name
    if written != old:
        if written.lower().startswith(old.lower()) and len(written) > len(old):
            suffix = written[len(old):]
            if any(a.lower() == (new + suffix).lower() for a in entity.aliases):
                new = new + suffix
    return new


def replacement(ctx, info, mention, rng, same_outlet_class=True):
    t = info.text
    is_outlet = mention.name in ctx.outlets
    pool = [e for e in ctx.entities_of(mention.type)
            if e.name != mention.name and not ctx.mentions_entity(info.claim.id, e.name)
            and (not same_outlet_class or (e.name in ctx.outlets) == is_outlet)]
    rng.shuffle(pool)
    for e in pool:
        statement, new = swap_name(ctx, t, mention, e)
        if ctx.similar(statement, exclude={info.claim.id}, threshold=0.5, must_contain=short(e)):
            continue  # another claim may say this one did it
        return statement, new
    return None


def short(entity) -> str:
    return entity.name.split()[-1] if entity.type == "person" else entity.name
