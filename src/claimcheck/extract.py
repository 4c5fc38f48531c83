"""From an article to candidate claims: the pipeline behind ``claimcheck extract``. Never prints.

article blocks -> sentences -> claim spotting (spotting.py) -> clauses (text/clauses.py) ->
references resolved (text/coref.py) and attribution set apart -> derived fields (the analyser's
amounts, dates, names, polarity) -> a Candidate with a short readable id.

``extract(article, known_entities)`` returns an Extraction: the source record, the candidate
claims in document order (check-worthy or not: the caller keeps what it wants), and suggested
entities the claim base does not know yet.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from . import spotting
from .analysis import Analyzer
from .article import Article
from .claimbase import parse_iso
from .lazyre import lazy
from .text import checkworthy, clauses, coref
from .text import dates as date_parser
from .text.sentences import split_text
from .text.tokens import tokenize

MIN_PART_WORDS = 4
MAX_ID_WORDS = 3
# Speech verbs that set off who says something from what is said.
_SPEECH = r"(?:said|says|say|stated|states|added|adds|announced|announces|reported|reports|told\s+\w+|tells\s+\w+|claimed|claims|noted|notes|explained|explains|wrote|writes|confirmed|confirms|revealed|reveals|mentioned|mentions|argued|argues|warned|warns|insisted|insists)"
# how or when it was said: "in a statement", "on its website", "on Wednesday", "last week", "in March"
_HOW = (r"(?:(?:\s+(?:in|on|at)\s+(?:a|an|the|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)"
        r"|(?:\s+(?:on|in|last|this)\s+(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,2})?(?:,?\s+\d{4})?))*")
_ACCORDING_RE = lazy(r"^(?:according to|as reported by)\s+(?P<who>[^,]{2,80}?),\s+(?P<rest>.+)$", re.I)
# "X said (that) ...", "X says that ...": a present-tense verb needs its "that" ("member states ..." is no speech)
# "said" and "told X" need no "that" ("He said Huawei ..."); "added", "announced", "reported" and the
# others take objects too ("added 70 firms to a list"), so they report speech only before "that" or a comma.
_SAID_THAT_RE = lazy(
    rf"^(?P<who>[^,;:\"“”]{{2,80}}?)\s+(?:(?:also|further|later|recently|previously)\s+)?"
    rf"(?:(?:said|told\s+\w+){_HOW}(?:\s*,)?\s+(?:that\s+)?"
    rf"|{_SPEECH}{_HOW}(?:\s*,\s+|\s*,?\s+that\s+))"
    r"(?P<rest>.+)$",
    re.I,
)
_WH_START_RE = lazy(r"^(?:how|whether|what|why|when|where|who)\b", re.I)
_SAID_AFTER_RE = lazy(rf"^(?P<rest>.+?)[,–—-]+\s*[\"”’]?\s*(?P<who>[^,;\"“”]{{2,60}}?)\s+{_SPEECH}{_HOW}\s*\.?$", re.I)
_QUOTED_RE = lazy(r"^[\"“](?P<rest>.+?)[,.]?[\"”]\s*(?:[,–—-]+\s*)?(?P<who>[^\"“”]{2,60}?)\s+" + _SPEECH + r"\.?$", re.I)
# Words that tie a sentence to the one before: dropped from a claim's text ("However, X ..." is "X ...").
# A phrase needs its comma ("In addition, ..."; not "In addition to hoping ...").
_DISCOURSE_RE = lazy(
    r"^(?:(?:however|notably|meanwhile|moreover|furthermore|in addition|additionally|in practice|"
    r"at the same time|at present|as of now|in fact|indeed|besides|nevertheless|nonetheless|even so|"
    r"for example|for instance|on the other hand|in other words|therefore|thus|hence)\s*,\s+"
    r"|(?:also|still|so|and|but)\s*,?\s+)",
    re.I,
)
_PRONOUN_START_RE = lazy(r"^(?:it|he|she|they|its|his|her)\b", re.I)
_ACRONYM_DEF_RE = lazy(
    r"\b((?:[A-Z][\w&’'.-]*\s+)(?:(?:of|and|for|on|the|de|[A-Z][\w&’'.-]*)\s+){0,8}[A-Z][\w&’'.-]*)\s+\(([A-Z][A-Za-z&.]{1,9})\)"
)
_SLUG_RE = lazy(r"[^a-z0-9]+")
_ID_SKIP = frozenset("has have had is are was were be been will would can could may might must do does did also "
                     "more than over about around nearly almost least most some other others".split())


class Candidate(NamedTuple):
    id: str
    quote: str
    text: str
    spot: spotting.Spot
    kind: str
    entities: tuple = ()
    quantities: tuple = ()  # dicts: value, unit, noun, qualifier, per, text
    dates: tuple = ()  # dicts: date, relation, text
    negated: Optional[bool] = None
    attribution: Optional[str] = None
    line: int = 0  # where the sentence's block starts in the article (0 when unknown)
    block: str = "paragraph"

    @property
    def checkworthy(self) -> bool:
        return self.spot.checkworthy

    def fields(self, source_id: str) -> dict:
        """The claim as claim-base fields, in the order the base writes them."""
        out = {"id": self.id, "source": source_id, "quote": self.quote, "text": self.text}
        if self.entities:
            out["entities"] = list(self.entities)
        if self.quantities:
            out["quantities"] = [dict(q) for q in self.quantities]
        if self.dates:
            out["dates"] = [dict(d) for d in self.dates]
        if self.negated:
            out["negated"] = True
        if self.attribution:
            out["attribution"] = self.attribution
        out["kind"] = self.kind
        return out

    def as_dict(self) -> dict:
        data = self.fields("")
        data.pop("source")
        data.update(self.spot.as_dict())
        data["line"] = self.line or None
        return data


class Extraction(NamedTuple):
    source: dict  # id, title, outlet, published, url, author, file
    candidates: list  # Candidate, document order
    entities: list  # suggested entity records (dicts): names the base does not know

    @property
    def claims(self) -> list:
        return [c for c in self.candidates if c.checkworthy]


def source_record(article: Article, overrides: Optional[dict] = None, taken=frozenset()) -> dict:
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    title = overrides.get("title") or article.title or (article.file or "untitled article")
    record = {
        "id": overrides.get("id") or unique(_slug(title, 6) or "source", set(taken)),
        "title": title,
        "outlet": overrides.get("outlet") or article.outlet,
        "published": overrides.get("published") or article.published,
        "url": overrides.get("url") or article.url,
        "author": overrides.get("author") or article.author,
        "file": overrides.get("file") or article.file,
    }
    return {k: v for k, v in record.items() if v}


def extract(article: Article, known_entities=(), source: Optional[dict] = None, taken_ids=frozenset(),
            taken_sources=frozenset()) -> Extraction:
    """Candidate claims of one article. ``known_entities``: the claim base's Entity records."""
    source = source_record(article, source, taken_sources)
    suggested = suggest_entities(article, known_entities)
    from .model import Entity

    entities = list(known_entities) + [Entity(e["name"], tuple(e.get("aliases", ())), e.get("type", "")) for e in suggested]
    analyzer = Analyzer(entities, _common_words(article) | coref.FUNCTION_WORDS)
    sentences, quotes, blocks = [], [], []
    for index, block in enumerate(article.blocks):
        if block.kind == "meta":
            continue
        if block.kind == "table":
            sentences.append(block.text)
            quotes.append(block.source or block.text)
            blocks.append((index, block))
            continue
        for start, end in split_text(block.text):
            sentence = " ".join(block.text[start:end].split())
            if sentence:
                sentences.append(sentence)
                quotes.append(sentence)
                blocks.append((index, block))
    resolutions = coref.resolve(sentences, paragraphs=[i for i, _ in blocks], matcher=analyzer.matcher,
                                vocabulary=analyzer.vocabulary)
    by_sentence: dict = {}
    for r in resolutions:
        by_sentence.setdefault(r.sentence, []).append(r)
    taken = set(taken_ids)
    out = []
    published = source.get("published")
    speakers = _quote_speakers(article, sentences, blocks, by_sentence)
    for i, sentence in enumerate(sentences):
        index, block = blocks[i]
        speaker = speakers.get(index)
        for quote, text, part_resolutions in _parts(sentence, quotes[i], by_sentence.get(i, []), block.kind):
            if speaker:
                text, part_resolutions = _unquote(coref.rewrite(text, part_resolutions), speaker), []
            out.append(_candidate(analyzer, quote, text, part_resolutions, block, published, taken, speaker))
    used = {n for c in out if c.checkworthy for n in c.entities}
    # the names the claims use: new ones suggested, known ones carried along so that a new base stands alone
    carried = [_entity_record(e) for e in known_entities if e.name in used]
    return Extraction(source, out, [e for e in suggested if e["name"] in used] + carried)


def _entity_record(entity) -> dict:
    record = {"name": entity.name}
    if entity.type:
        record["type"] = entity.type
    if entity.aliases:
        record["aliases"] = list(entity.aliases)
    if entity.part_of:
        record["part_of"] = list(entity.part_of)
    return record


def _parts(sentence: str, quote: str, resolutions, block_kind: str):
    """(quote, text, resolutions) of each assertion of a sentence: its clauses, or the sentence.

    A relative clause, an appositive or a participle phrase is an assertion of its own when it is
    about a name ("Huawei, which employs 207,000 people, ...", "Acme, the Leeds-based maker of bolts,
    ...", "Acme, founded in 1987, ..."), and the clause it sits in is another without it; a coordinated
    clause when it has its own subject or starts with a verb ("... and operates in 170 countries").
    Anything less clear keeps the sentence whole."""
    if block_kind == "table" or quote != sentence:
        return [(quote, sentence, resolutions)]
    parts = clauses.split(sentence, modifiers=True)
    if len(parts) == 1:
        return [(sentence, sentence, resolutions)]
    out = []
    subject = ""
    main = [p for p in parts if p.kind == "clause"]
    if any(k > 0 and not (_starts_with_verb(p.text) or _own_subject(p.text)) for k, p in enumerate(main)):
        main = []  # an "and" between two things, not two assertions: the sentence stays whole
    heads = {part: _head(sentence, part) for part in parts if part.kind != "clause"}
    # what a part about a name says is its own claim; what a part about no name says stays in its clause
    kept = {cut for part, head in heads.items() if head < 0 for cut in part.cuts}
    for part in parts:
        if part.kind != "clause":  # "Huawei, which employs ...": quoted from the name on
            if heads[part] < 0:
                continue
            start = heads[part]
        elif part not in main:
            continue
        else:
            start = part.start
            part = _keep(sentence, part, kept)
        piece = sentence[start:part.end].strip().rstrip(",;")
        if len(tokenize(piece)) < MIN_PART_WORDS:
            continue
        text = part.text
        if part.kind != "clause":
            shifted = []  # the name already says what the part is about
        else:
            shifted = _without_cuts(part, resolutions)
            if part is main[0]:
                subject = _subject_of(part.text, shifted)
            elif subject and _starts_with_verb(text):
                # "Acme employs 350 people and operates two plants": the second assertion's subject is the first's
                shift = len(subject) + 1
                text = f"{subject} {text[0].lower()}{text[1:]}"
                shifted = [r._replace(start=r.start + shift, end=r.end + shift) for r in shifted]
        if not spotting.has_verb(text):
            continue
        out.append((piece, text, shifted))
    if not main:
        out.insert(0, (sentence, sentence, resolutions))
    return out or [(sentence, sentence, resolutions)]


def _head(sentence: str, part) -> int:
    """Where the name a relative clause, an appositive or a participle phrase tells of starts; -1 when
    it tells of no name ("the plant, which ...")."""
    name = sentence[part.head:part.start].rsplit(",", 1)[0].strip() if part.head >= 0 else ""
    first = name.split()[0].lower() if name else ""
    if not name or first in _NOT_VERB_START - {"the"}:
        return -1
    if part.kind == "relative":
        m = _LEADING_NAME_RE.match(name + " x")
        if first == "the" or not m or m.group(1) != name:
            return -1
    return part.head


def _keep(sentence: str, part, kept):
    """A clause with the spans it cuts that are to stay put back in."""
    if not any(cut in kept for cut in part.cuts):
        return part
    cuts = tuple(cut for cut in part.cuts if cut not in kept)
    text, last = [], part.start
    for s, e in sorted(cuts):
        text.append(sentence[last:s])
        last = e
    text.append(sentence[last:part.end])
    return part._replace(text="".join(text), cuts=cuts)


def _without_cuts(part, resolutions) -> list:
    """The resolutions inside a clause, placed in its text (which leaves out the spans it cuts)."""
    out = []
    for r in resolutions:
        if not (part.start <= r.start and r.end <= part.end) or any(s < r.end and r.start < e for s, e in part.cuts):
            continue
        before = sum(e - s for s, e in part.cuts if e <= r.start)
        out.append(r._replace(start=r.start - part.start - before, end=r.end - part.start - before))
    return out


_NOT_VERB_START = frozenset("the a an this that these those its their his her our my your it he she they we i there "
                           "in on at by for with from to of as if when while since because although though".split())


_OBJECT_START = frozenset("the a an its their his her our it them him us this that these those some all two three "
                          "in on at to for with from by about into over".split())


def _starts_with_verb(body: str) -> bool:
    """A coordinated clause that starts in lower case with a verb and no subject of its own
    ("... and operates it in 170 countries", "... and plans to meet"): a verb form, or a word in -s
    followed by what follows verbs (an object, a preposition, a number), not by another verb."""
    words = body.split()
    if not words or not words[0][:1].islower() or words[0].lower() in _NOT_VERB_START:
        return False
    first = words[0].lower().strip(",")
    if first in spotting.VERB_WORDS or first.endswith("ed"):
        return True
    nxt = words[1].lower() if len(words) > 1 else ""
    return first.endswith("s") and (nxt in _OBJECT_START or nxt[:1].isdigit() or nxt.startswith("$"))


def _own_subject(text: str) -> bool:
    """A clause with a subject of its own: it starts with a name, a pronoun or a determiner, and a verb
    follows within eight words ("the group meets twice a year"; not "services produced by ...")."""
    first = text.split()[0] if text.split() else ""
    if not (first[:1].isupper() or first.lower() in _NOT_VERB_START):
        return False
    at = spotting.first_verb(text)
    return at is not None and 0 < at and len(text[:at].split()) <= 8


_LEADING_NAME_RE = lazy(r"^((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)\s+[a-z]")


def _subject_of(text: str, resolutions) -> str:
    """The name a clause starts with, resolved ("The company employs" -> "Huawei"); "" when it starts otherwise.
    A leading "However," is passed over."""
    lead = _DISCOURSE_RE.match(text)
    skip = lead.end() if lead else 0
    for r in resolutions:
        if r.start == skip and not r.replacement.endswith(("'s", "’s")):
            return r.replacement
    m = _LEADING_NAME_RE.match(text[skip:])
    if m and m.group(1).split()[0].lower() not in _NOT_VERB_START | coref.FUNCTION_WORDS:
        return m.group(1)
    return ""


_SPEAKER_AFTER_RE = lazy(
    r"[”\"]\s*[–—-]*\s*(?:(?:said|says|added|adds|told\s+\w+)\s+(?P<who1>[^.”\"]{2,60}?)"
    r"|(?P<who2>[^.”\"]{2,60}?)\s+(?:said|says|added|adds))\s*\.?\s*$"
)
_FIRST_PERSON_RE = lazy(r"\b(?:we|us|our|ours|i|me|my)\b", re.I)


def _quote_speakers(article, sentences, blocks, by_sentence) -> dict:
    """block index -> who speaks, for blocks of quotation: '“We bought ...” – said Huawei’s spokesperson.'
    A quotation with no speaker of its own is the last named speaker's, when that was one block before."""
    speakers, last = {}, None
    for i, sentence in enumerate(sentences):
        index, block = blocks[i]
        resolved = coref.rewrite(sentence, by_sentence.get(i, []))
        m = _SPEAKER_AFTER_RE.search(resolved)
        if m and block.kind != "table":
            speakers[index] = (m.group("who1") or m.group("who2")).strip()
        _, said = split_attribution(resolved)
        if said or index in speakers:
            last = speakers.get(index, said)
    for i, sentence in enumerate(sentences):
        index, block = blocks[i]
        if index in speakers or not block.text.lstrip().startswith(("“", '"')):
            continue
        if last is not None and 0 < index - _previous_speaker_block(speakers, sentences, blocks, by_sentence, index) <= 1:
            speakers[index] = _previous_speaker(sentences, blocks, by_sentence, index) or last
    return speakers


def _previous_speaker_block(speakers, sentences, blocks, by_sentence, index) -> int:
    best = -10
    for i, sentence in enumerate(sentences):
        b = blocks[i][0]
        if b >= index:
            break
        if b in speakers or split_attribution(coref.rewrite(sentence, by_sentence.get(i, [])))[1]:
            best = b
    return best


def _previous_speaker(sentences, blocks, by_sentence, index):
    found = None
    for i, sentence in enumerate(sentences):
        if blocks[i][0] >= index:
            break
        said = split_attribution(coref.rewrite(sentence, by_sentence.get(i, [])))[1]
        found = said or found
    return found


def _unquote(text: str, speaker: str) -> str:
    """A sentence of a quotation in the speaker's words, first person made third: "We bought" -> "Huawei bought"."""
    text = _SPEAKER_AFTER_RE.sub("", text).strip().strip("“”\"").strip(" –—-,")
    owner = re.split(r"['’]s\s", speaker, maxsplit=1)[0] if re.search(r"['’]s\s", speaker) else speaker

    def third_person(m):
        word = m.group().lower()
        if word in ("our", "my"):
            return _with_s(owner)
        return owner

    text = _FIRST_PERSON_RE.sub(third_person, text)
    # "Huawei have no choice" -> "Huawei has no choice": an organisation is one
    agree = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't", "haven't": "hasn't", "aren't": "isn't"}
    return re.sub(rf"\b({re.escape(owner)})\s+(have|are|were|do|don't|haven't|aren't)\b",
                  lambda m: f"{m.group(1)} {agree[m.group(2)]}", text)


def _with_s(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _candidate(analyzer, quote, text, resolutions, block, published, taken, speaker=None) -> Candidate:
    text = coref.rewrite(text, resolutions) if resolutions else text
    text = _DISCOURSE_RE.sub("", text)
    said, (text, attribution) = text, split_attribution(text)
    # "CSIA said, it aims to ...": a pronoun right after who speaks is the speaker; not in a quotation
    # that names its speaker after it ('"It is a small business," she said')
    speaker_first = bool(attribution) and said.lstrip().lower().startswith(attribution.lower())
    if speaker and not attribution:
        attribution = speaker
    if attribution:
        attribution = _resolve_speaker(attribution, resolutions)
        if speaker_first:
            text = _name_the_speaker(text, attribution)
    text = _DISCOURSE_RE.sub("", text)
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?\"”’":
        text += "."
    analysis = analyzer.analyze_fresh(text)
    anchors = bool(analysis.names or analysis.quantities or analysis.calendar_dates)
    spot = spotting.spot(text, anchors=anchors)  # the assertion as restated: "operates two plants" has its subject back
    if block.kind == "caption":
        spot = spot._replace(checkworthy=False, reason=spot.reason or "caption")
    kind = "quote" if block.kind == "quote" or spot.kind == "quote" or speaker else spot.kind
    if kind == "quote" and spot.checkworthy and spot.score < checkworthy.model().threshold:
        # a name or a decade does not make a speaker's words checkable ("We cannot run a modern city
        # on a 1990s bus network"): a quotation stands on the model's score alone
        spot = spot._replace(checkworthy=False, reason=spotting.LOW_SCORE)
    quantities = tuple(
        {k: v for k, v in (("value", _number(q.value)), ("unit", q.unit), ("noun", q.noun),
                           ("qualifier", q.qualifier if q.qualifier != "exact" else ""), ("per", q.per), ("text", q.text)) if v != ""}
        for q in analysis.quantities
    )
    found_dates = []
    for d in analysis.dates:
        resolved = date_parser.resolve(d, published)
        iso = _iso_of(resolved)
        if not iso or parse_iso(iso) is None:
            continue  # "April 31" is no date: the claim keeps its words, the base gets no impossible date
        record = {"date": iso}
        if resolved.part:
            record["part"] = resolved.part
        if resolved.relation:
            record["relation"] = resolved.relation
        record["text"] = d.text
        found_dates.append(record)
    names = []
    for m in analysis.mentions:
        if m.name not in names:
            names.append(m.name)
    return Candidate(
        id=unique(claim_slug(text, analysis), taken), quote=quote, text=text, spot=spot, kind=kind,
        entities=tuple(names), quantities=quantities, dates=tuple(found_dates),
        negated=True if analysis.negated else None, attribution=attribution, line=block.line, block=block.kind,
    )


def split_attribution(text: str):
    """("what is said", "who says it") for "X said that ...", "According to X, ...", "..., X said";
    (text, None) when the sentence reports no speech."""
    for pattern in (_ACCORDING_RE, _QUOTED_RE, _SAID_AFTER_RE, _SAID_THAT_RE):
        m = pattern.match(text.strip())
        if not m:
            continue
        who, rest = m.group("who").strip(" ,"), m.group("rest").strip(" ,")
        if len(who.split()) > 10 or len(tokenize(rest)) < MIN_PART_WORDS or not spotting.has_verb(rest) or _WH_START_RE.match(rest):
            continue
        if pattern is _SAID_THAT_RE and not _speaker_like(who):
            continue
        if pattern is _SAID_AFTER_RE and not _speaker_like(who):
            continue
        who = _DISCOURSE_RE.sub("", who)
        return rest.strip("\"“”"), who[:1].upper() + who[1:] if who[:1].islower() and who.split()[0].lower() in ("he", "she", "it", "they") else who
    return text, None


def _speaker_like(who: str) -> bool:
    """A name, a pronoun or a description of someone ("the official", "the company's spokesperson")."""
    words = who.split()
    if not words or len(words) > 10:
        return False
    if words[0].lower() in ("he", "she", "it", "they", "we", "i"):
        return len(words) == 1
    return any(w[:1].isupper() for w in words) or words[0].lower() in ("the", "a", "an", "its", "their", "his", "her")


def _resolve_speaker(who: str, resolutions) -> str:
    low = who.lower()
    if low in ("he", "she", "it", "they"):
        for r in resolutions:
            if r.text.lower() == low:
                return r.name
    return who


def _name_the_speaker(text: str, speaker: str) -> str:
    """'CSIA said, it aims to ...' -> 'CSIA aims to ...': the pronoun after a speech verb is the speaker."""
    m = _PRONOUN_START_RE.match(text)
    if not m or speaker.lower() in ("he", "she", "it", "they", "we", "i"):
        return text
    pronoun = m.group().lower()
    if pronoun == "they":
        return text
    if pronoun in ("its", "his", "her"):
        return _with_s(speaker) + text[m.end():]
    return speaker + text[m.end():]


def _iso_of(date) -> str:
    """A DateRef as the claim base writes dates: YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD or --MM; "" when empty."""
    if date.year and date.month and date.day:
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if date.year and date.month:
        return f"{date.year:04d}-{date.month:02d}"
    if date.year:
        return f"{date.year:04d}"
    if date.month and date.day:
        return f"--{date.month:02d}-{date.day:02d}"
    if date.month:
        return f"--{date.month:02d}"
    return ""


def _number(value: float):
    return int(value) if value == int(value) else value


# ---------------------------------------------------------------- entities


def suggest_entities(article: Article, known_entities=()) -> list:
    """Names an article defines ("the China Electronics Standardisation Institute (CESI)") that the
    base does not know, as entity records with the acronym as an alias."""
    from .text.entities import EntityMatcher, _key

    matcher = EntityMatcher(known_entities)
    found = {}
    for block in article.blocks:
        for m in _ACRONYM_DEF_RE.finditer(block.text):
            full, short = " ".join(m.group(1).split()), m.group(2)
            full = re.sub(r"^(?:(?:The|A|An)\s+)?(?:[\w.-]+-based\s+)?", "", full)  # "Washington-based X" is X
            if not _initials_match(full, short):
                continue
            if _key(full) in matcher.table or _key(short) in matcher.table:
                continue  # known: merged with the base's entity, not duplicated
            found.setdefault(full, {"name": full, "type": coref.guess_type(full) or "org", "aliases": [short]})
    return list(found.values())


def _initials_match(full: str, short: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w&’'.-]*", full) if w[0].isupper())
    letters = re.sub(r"[^A-Z]", "", short.upper())
    return bool(letters) and (letters in initials or initials.startswith(letters[:2]))


def _common_words(article: Article) -> frozenset:
    """Words the article writes in lower case somewhere: capitalised at a sentence start they are no name."""
    words = set()
    for block in article.blocks:
        words.update(w for w in re.findall(r"\b[a-z][a-z'-]+\b", block.text))
    return frozenset(words)


# ---------------------------------------------------------------- ids


def _slug(text: str, words: int) -> str:
    return "-".join(_SLUG_RE.sub(" ", text.lower()).split()[:words])


def _id_number(value: float) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:g}{suffix}".replace(".", "-")
    return f"{_number(value)}".replace(".", "-")


def claim_slug(text: str, analysis) -> str:
    """A short readable id: the first name, up to three content words, and the first amount or year
    ("huawei-employs-workers-207000")."""
    bits = []
    if analysis.mentions:
        bits.append(_slug(re.sub(r"['’]s\b", "", analysis.mentions[0].name), 3))
    named = {k for m in analysis.mentions for k in range(m.first, m.last + 1)}
    spans = [(q.start, q.end) for q in analysis.quantities] + [(d.start, d.end) for d in analysis.dates]
    words = []
    for i, tok in enumerate(analysis.tokens):
        if i in named or not tok.is_content or tok.lower in _ID_SKIP or any(s <= tok.start < e for s, e in spans):
            continue
        slug = _slug(tok.lower, 1)
        if slug and slug not in words and slug not in bits:
            words.append(slug)
        if len(words) >= MAX_ID_WORDS:
            break
    bits += words
    if analysis.quantities:
        bits.append(_id_number(analysis.quantities[0].value))
    elif analysis.dates and analysis.dates[0].year:
        bits.append(str(analysis.dates[0].year))
    return "-".join(b for b in bits if b) or "claim"


def unique(wanted: str, taken: set) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    taken.add(candidate)
    return candidate
