"""What a sentence says in its draft: references and relative dates resolved before it is checked.

"Huawei opened a research centre in Shanghai. It employs 207,000 people." The second sentence is
about Huawei only because of the first. A ``Reader`` reads a draft's sentences in order and gives
each a ``Reading``: the sentence as written, the same sentence with what its context settles
written in ("Huawei employs 207,000 people."), and a ``model.Resolved`` record for each
replacement, in the written sentence's coordinates:

  * pronouns and descriptions ("it", "the company", "the two associations", "the Shenzhen-based
    telecoms giant") resolved by text/coref.py from earlier sentences, list items, headings and
    the title, descriptions checked against the claim base's entity attributes
    (text/descriptions.py); a description that fits one entity of the base alone names it even
    without context ("the WeChat owner");
  * relative dates ("last year", "a week later", "on Monday") given their calendar value by
    text/timeline.py, from the draft's date (front matter ``date:``, or one given) or the date
    written before them.

The engine checks both readings when a resolution is unsure (model.Resolved.confident). Pure:
sentences in, readings out; nothing is mutated.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .lazyre import lazy
from .model import DateRef, Resolved
from .text import dates as date_parser
from .text.kinds import FUNCTION_WORDS
from .text.tokens import tokenize

WINDOW = 4  # sentences back a date is still the time the text is talking about (as coref.WINDOW for names)


LONGEST = 2000  # characters: longer "sentences" are left as written (the engine does not check them either)


class Reading(NamedTuple):
    text: str  # the sentence as written
    resolved: str  # as read in its context (the same text when nothing was resolved)
    resolutions: tuple = ()  # model.Resolved, in the written sentence's coordinates
    edits: tuple = ()  # (written start, written end, resolved start, resolved end) of each replacement
    replacements: tuple = ()  # what each resolution writes in its place

    @property
    def confident(self) -> bool:
        return all(r.confident for r in self.resolutions)

    def sure(self) -> "Reading":
        """The sentence with only its confident resolutions in place: the reading an unsure one is
        weighed against."""
        kept = [(r, new) for r, new in zip(self.resolutions, self.replacements) if r.confident]
        return _rewrite(self.text, [(r.start, r.end, new, r) for r, new in kept])

    def without_dates(self) -> "Reading":
        """The sentence with its resolutions in place but for the relative dates it read."""
        kept = [(r, new) for r, new in zip(self.resolutions, self.replacements) if r.kind != "date"]
        return _rewrite(self.text, [(r.start, r.end, new, r) for r, new in kept])

    def written_span(self, start: int, end: int):
        """A span of the resolved text in the written sentence's coordinates: a part inside a
        replacement stands for all that it replaced."""
        return self._position(start, False), self._position(end, True)

    def touches_edit(self, start: int, end: int) -> bool:
        return any(start < r_end and r_start < end for _, _, r_start, r_end in self.edits)

    def _position(self, offset: int, is_end: bool) -> int:
        shift = 0
        for w_start, w_end, r_start, r_end in self.edits:
            if offset < r_start or (is_end and offset == r_start):
                break  # before this replacement
            if offset < r_end or (is_end and offset == r_end):
                return w_end if is_end else w_start  # inside it
            shift = w_end - r_end
        return max(0, min(len(self.text), offset + shift))


def as_written(text: str) -> Reading:
    return Reading(text, text)


class FrontMatter(NamedTuple):
    title: str = ""
    date: Optional[DateRef] = None


_FRONT_KEY_RE = lazy(r"^\s*(title|date)\s*[:=]\s*(.*?)\s*$", re.IGNORECASE)


def front_matter(text: str) -> FrontMatter:
    """The title and date of a draft's YAML (---) or TOML (+++) front matter, when it has them."""
    from .text.sentences import front_matter_end

    lines = text.lstrip("\ufeff").split("\n")
    end = front_matter_end(lines)
    title, date = "", None
    for line in lines[1:max(0, end - 1)]:
        m = _FRONT_KEY_RE.match(line.rstrip("\r"))
        if not m:
            continue
        value = m.group(2).strip().strip("\"'")
        if m.group(1).lower() == "title":
            title = value
        else:
            date = parse_date(value)
    return FrontMatter(title, date)


def parse_date(value: str) -> Optional[DateRef]:
    """A full date from '2024-03-05' (a time after it is ignored) or '5 March 2024'; None otherwise."""
    from .claimbase import parse_iso

    head = value.strip()[:10]
    parsed = parse_iso(head) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", head) else None
    if parsed:
        return DateRef(*parsed)
    import datetime as _dt

    for d in date_parser.extract(value):
        if d.year and d.month and d.day:
            try:
                _dt.date(d.year, d.month, d.day)
            except ValueError:
                return None  # "2024-02-30"
            return DateRef(d.year, d.month, d.day)
    return None


class Reader:
    """Reads sentences in their context with a claim base's names (an EntityMatcher), the words it
    uses in lower case (``vocabulary``) and a descriptions.Describer of its entities."""

    def __init__(self, matcher, vocabulary=frozenset(), describer=None):
        self.matcher = matcher
        self.vocabulary = frozenset(vocabulary) | FUNCTION_WORDS
        self.describer = describer

    def draft(self, sentences, text: str = "", date: Optional[DateRef] = None, wanted=None) -> list:
        """A Reading for each of a draft's sentences (text.sentences.Sentence records, in order).
        ``text``: the whole draft, for its front matter; ``date``: the draft's date, which wins over
        the front matter's; ``wanted``: indexes of the sentences whose readings matter (the
        others come back as written, read only as context)."""
        from .text import coref, timeline

        meta = front_matter(text) if text else FrontMatter()
        today = date or meta.date
        # a "sentence" longer than any a person writes is not checked, nor read (time stays bounded)
        texts = [s.text if len(s.text) <= LONGEST else "" for s in sentences]
        kinds = [getattr(s, "kind", "paragraph") for s in sentences]
        groups = [getattr(s, "group", 0) for s in sentences]
        leads = _leads(groups, kinds)
        topic = self._topic(meta.title or next((t for t, k in zip(texts, kinds) if k == "heading1"), "")
                            or _headline(sentences))
        resolver = coref.Resolver(matcher=self.matcher, vocabulary=self.vocabulary)
        references = resolver.resolve(texts, paragraphs=groups, leads=leads, topic=topic, describer=self.describer,
                                      written=wanted, sections=_sections(kinds))
        by_sentence: dict = {}
        for r in references:
            by_sentence.setdefault(r.sentence, []).append(r)
        out = []
        # (sentence index, the date it leaves the text at, whether it gives other dates too), the last
        # one first: "sold 410,000 last year, up from 352,000 in 2022" leaves no one time behind it
        anchors = []
        for i, sentence in enumerate(texts):
            reach = [(date, i - at <= WINDOW and not mixed) for at, date, mixed in anchors[:WINDOW + 1]]
            dated = timeline.resolve(sentence, today, reach)
            reading = _reading(sentence, by_sentence.get(i, ()), dated)
            if kinds[i].startswith("heading") or (wanted is not None and i not in wanted) or not sentence:
                reading = as_written(sentences[i].text)  # a heading is read for what it names, not rewritten
            out.append(reading)
            found = date_parser.extract(sentence)
            taken = [(r.start, r.end) for r in dated]
            values = [d for d in found if not any(s <= d.start < e for s, e in taken)] + [
                r.value._replace(start=r.start) for r in dated]
            latest = timeline.latest(values, today)
            if latest is not None:
                anchors.insert(0, (i, latest, timeline.times(values) > 1))
        return out

    def statement(self, statement: str, context: Optional[str] = None, markdown: bool = True,
                  date: Optional[DateRef] = None) -> Reading:
        """One statement read as if it followed ``context`` (a draft's text) in its last paragraph."""
        if not context and date is None:
            return self.alone(statement)
        from .text.sentences import Sentence, sentences

        before = list(sentences(context, markdown=markdown)) if context else []
        last = before[-1] if before else None
        block = last.block if last else 0
        group = last.group if last and last.kind == "item" else block
        kind = last.kind if last and not last.kind.startswith("heading") else "paragraph"
        if last is not None and last.kind.startswith("heading"):
            block = group = last.block + 1
        own = Sentence(statement, 0, 0, 0, 0, kind, block, group)
        return self.draft(before + [own], context or "", date, wanted={len(before)})[-1]

    def alone(self, statement: str) -> Reading:
        """A statement read without context: only a description that fits one entity of the base
        ("the WeChat owner") is read as that entity (the way Resolver.resolve reads it when nothing
        before it fits)."""
        if self.describer is None or not self.describer.described or not self.describer.may_describe(statement):
            return as_written(statement)
        named = None
        replacements = []
        for d in self.describer.find(statement):
            if d.count != 1 or not d.informative or len(d.candidates) != 1:
                continue
            name = d.candidates[0]
            if named is None:
                named = {m.name for m in self.matcher.find(tokenize(statement), frozenset(), statement)}
            if name in named:
                continue  # named in the sentence too ("the airport's managing director, Stuart Venn,"): nothing to read
            written = f"{name}'s" if d.possessive and not name.endswith("s") else f"{name}'" if d.possessive else name
            replacements.append((d.start, d.end, written,
                                 Resolved(d.text, name, d.start, d.end, "description", d.specific)))
        return _rewrite(statement, replacements)

    def _topic(self, title: str) -> list:
        """Referents of the organisations and people a title names: within reach of every sentence."""
        from .text import coref

        if not title:
            return []
        mentions = coref.Resolver(matcher=self.matcher, vocabulary=self.vocabulary).mentions(title, -1)
        return [m.referent for m in mentions if m.referent.type in ("org", "person", "group")]


def _headline(sentences) -> str:
    """The first sentence when it reads as a plain-text article's headline: a block of its own,
    a line without a full stop, of at most 15 words."""
    if not sentences:
        return ""
    first = sentences[0]
    alone = len(sentences) == 1 or getattr(sentences[1], "block", 1) != getattr(first, "block", 0)
    text = first.text.strip()
    return text if alone and text and text[-1] not in ".!?\"”'’" and len(text.split()) <= 15 else ""


def _sections(kinds) -> list:
    """For each sentence, the heading its section opens with (the index of a heading below the
    title), or None before the first."""
    out, current = [], None
    for i, kind in enumerate(kinds):
        if kind.startswith("heading") and kind != "heading1":
            current = i
        out.append(current)
    return out


def _leads(groups, kinds) -> list:
    """For each list item, the sentence before its list (None for other sentences)."""
    first_of: dict = {}
    out = []
    for i, (group, kind) in enumerate(zip(groups, kinds)):
        if kind != "item":
            out.append(None)
            continue
        start = first_of.setdefault(group, i)
        out.append(start - 1 if start > 0 else None)
    return out


def _reading(sentence: str, references, dated) -> Reading:
    """The sentence with its references and dates written in, and where each went."""
    from .text import timeline

    replacements = []
    for r in references:
        replacements.append((r.start, r.end, r.replacement, Resolved(r.text, r.name, r.start, r.end, r.kind, r.confident)))
    for d in dated:
        if any(d.start < e and s < d.end for s, e, _, _ in replacements):
            continue
        replacements.append((d.start, d.end, d.replacement,
                             Resolved(d.text, timeline.describe(d.value), d.start, d.end, "date", d.confident, d.basis)))
    return _rewrite(sentence, replacements)


def _rewrite(sentence: str, replacements) -> Reading:
    """``replacements``: (start, end, new text, Resolved) in the sentence's coordinates."""
    if not replacements:
        return as_written(sentence)
    replacements = sorted(replacements, key=lambda r: r[0])
    parts, edits, resolved, written, last, length = [], [], [], [], 0, 0
    for start, end, new, record in replacements:
        if start < last:
            continue
        written.append(new)
        if start == 0 and new[:1].islower():
            new = new[0].upper() + new[1:]
        parts.append(sentence[last:start])
        length += start - last
        edits.append((start, end, length, length + len(new)))
        parts.append(new)
        length += len(new)
        resolved.append(record)
        last = end
    parts.append(sentence[last:])
    return Reading(sentence, "".join(parts), tuple(resolved), tuple(edits), tuple(written))
