"""A person's dates of birth and death as an encyclopedia's lead sentence gives them, in brackets right
after the name it opens with: "Henry III (1 October 1207 – 16 November 1272) was King of England",
"Augusta Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852)", "Jo Park
(born 4 May 1980)", "Isambard Crane (born 1850 in Dunmore; died 1921)". In a bare span the first date
is the birth and the second the death; "born" and "died" mark their own. A bracket right after a
person's name further on gives that person's ("Aldric II's son Oswin III (1365 – 1420)", "directed by
Margaret Orme (1912 – 1987)": see align.life_brackets); a span of anything else ("MP for Kelby
1950–1964") gives none."""

from __future__ import annotations

import functools

from ..lazyre import lazy

_OPENING = 160  # characters of the lead where the bracket may stand
_AFTER_A_LATER_NAME = 40  # and how far after a name further on ("directed by Margaret Orme (1912 – 1987)")
# between the name the lead opens with and its bracket: more of the name ("Augusta Ada King, Countess of
# Lovelace"), never a word in lower case but a name's own ("of", "the", "de")
_NAME_GOES_ON_RE = lazy(r"(?:[\s,]+(?:[A-Z][\w.'’-]*|of|the|de|van|von|da|del|la|le|\d+(?:st|nd|rd|th)"
                        r"|[\"“'‘][^\"“”'‘’]{1,24}[\"”'’]))*\s*$")  # "Edward Hale, 1st Earl of", 'Thomas "Tommy" Reeve'
_DATE = r"(?:c\.\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s*)?\d{3,4}"
_SPAN_RE = lazy(rf"^\s*({_DATE})\s*[–—-]\s*({_DATE})\s*$")
_MARKED_RE = lazy(rf"^\s*(born|b\.|died|d\.)\s+(?:[^;\d]*?\s)?({_DATE})\b")

BIRTH, DEATH = "birth", "death"


@functools.lru_cache(maxsize=4096)  # asked for each of a claim's dates in every date check
def life_dates(text: str, name_end: int) -> tuple:
    """((start, end, BIRTH or DEATH), ...): the offsets in ``text`` of the life dates the bracket right
    after a name (ending at ``name_end``) gives; () when there is none."""
    opening = text.find("(", name_end, max(_OPENING, name_end + _AFTER_A_LATER_NAME))
    if opening < 0 or not _NAME_GOES_ON_RE.fullmatch(text[name_end:opening]):
        return ()
    closing = text.find(")", opening)
    if closing < 0:
        return ()
    out, at = [], opening + 1
    for segment in text[opening + 1:closing].split(";"):
        span, marked = _SPAN_RE.match(segment), _MARKED_RE.match(segment)
        if span:
            out += [(at + span.start(1), at + span.end(1), BIRTH), (at + span.start(2), at + span.end(2), DEATH)]
        elif marked:
            kind = BIRTH if marked.group(1).lower().startswith("b") else DEATH
            out.append((at + marked.start(2), at + marked.end(2), kind))
        at += len(segment) + 1
    return tuple(out)


def life_event(text: str, name_end: int, start: int) -> str:
    """BIRTH or DEATH for a date at offset ``start`` among the life dates of the name ending at ``name_end``, else ""."""
    return next((kind for a, b, kind in life_dates(text, name_end) if a <= start < b), "")
