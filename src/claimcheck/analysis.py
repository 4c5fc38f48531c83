"""What a piece of text says, in the terms verdicts compare: amounts, dates, names, predicates, polarity."""

from __future__ import annotations

from typing import Optional

from .text import dates as date_parser
from .text import quantities as quantity_parser
from .text.entities import EntityMatcher
from .text.lexicon import COUNT_NOUN_CLASS, NEGATION_SKIP, NEGATORS
from .text.spans import covered
from .text.tokens import PAST_HABIT, tokenize

# Between a subject and its verb: "SIA has not yet announced", "Huawei will also build".
_AUX = frozenset(
    "has have had will would shall should can could may might must is are was were be been did does do "
    "also recently then later now still already reportedly officially not never no n't 's".split()
)
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "inside"])
_SPEECH = frozenset("says said say reported reports stated states claims claimed told tells wrote writes according".split())
_MODALS = frozenset("will would shall should can could may might must to did does do not never".split())
_BE = frozenset("is are was were be been being".split())
_IRREGULAR_PAST = frozenset(
    "bought made sold ran met built began took led held said set put paid spent grew rose fell won lost "
    "brought sought told wrote gave found kept left sent".split()
)


def _verbal(tokens, i) -> bool:
    """Does token i read as a verb here? "CESI proposed", "will hire", "is working"; not "working group"."""
    low = tokens[i].lower
    prev = tokens[i - 1].lower if i > 0 else ""
    if low.endswith("ing"):
        return prev in _BE
    if low in _IRREGULAR_PAST or low.endswith("ed"):
        return True
    if prev in _MODALS:
        return True
    if low in COUNT_NOUN_CLASS:
        return False  # "Japanese firms", "member companies": plural nouns, not verbs
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")) and prev not in ("the", "a", "an", "its", "their")
_NOT_NEGATION_AFTER = frozenset(["only", "just", "least", "until"])  # "not only", "not least"


class Analysis:
    __slots__ = ("text", "tokens", "dates", "quantities", "mentions", "content", "negated", "affirmed", "agents",
                 "locations", "names", "voices", "frames", "hedged", "weight_total", "speech_at")

    def __init__(self, text: str, tokens: list, dates=(), quantities=(), mentions=(), names=()):
        self.text, self.tokens = text, tokens
        self.dates, self.quantities, self.mentions = list(dates), list(quantities), list(mentions)
        self.names: set = set(names)  # canonical names of every actor, place and thing named
        self.voices: set = set()  # who a claim is attributed to ("MIIT statement"): said by, not done by
        self.content: dict = {}  # stem -> first token index
        self.negated: set = set()  # predicate stems said not to hold
        self.affirmed: set = set()  # content stems said to hold
        self.agents: dict = {}  # predicate stem -> Mention of who does it
        self.locations: list = []  # Mention objects after in/at
        self.frames: set = set()  # ("before" | "after", event stem): "before the sanctions"
        self.hedged = False  # "may benefit", "would have bought": says what might be, not what is
        self.weight_total: Optional[float] = None  # sum of term weights, cached for claims
        self.speech_at: Optional[int] = None  # token index of "says"/"reported" when it reports speech

    def speaker_terms(self) -> set:
        """Words and names before a reporting verb: who says it, not what is said."""
        if self.speech_at is None:
            return set()
        words = {stem for stem, i in self.content.items() if 0 <= i < self.speech_at}
        return words | {m.name for m in self.mentions if m.last < self.speech_at}

    @property
    def calendar_dates(self) -> list:
        return [d for d in self.dates if date_parser.is_calendar(d)]


class Analyzer:
    """Analyses text with the claim base's names; ``vocabulary`` holds words the base uses in lower case."""

    def __init__(self, entities=(), vocabulary=frozenset()):
        self.matcher = EntityMatcher(entities)
        self.vocabulary = vocabulary
        self._recent = {}  # text -> Analysis: a sentence is analysed to triage it, then checked
        self._quote_terms = {}  # text -> (words, names) of quotes and attributions, which repeat

    def analyze(self, text: str) -> Analysis:
        """The analysis of a statement; callers must not change it (it may be shared)."""
        hit = self._recent.get(text)
        if hit is None:
            if len(self._recent) >= 256:
                self._recent.clear()
            hit = self._recent[text] = self.analyze_fresh(text)
        return hit

    def words_and_names(self, text: str):
        """Content stems and canonical names only: what a claim's quote (or attribution) adds to its text."""
        hit = self._quote_terms.get(text)
        if hit is None:
            if len(self._quote_terms) > 4096:
                self._quote_terms.clear()
            hit = self._quote_terms[text] = self._words_and_names(text)
        return hit

    def _words_and_names(self, text: str):
        tokens = tokenize(text)
        mentions = self.matcher.find(tokens, self.vocabulary)
        named = {k for m in mentions for k in range(m.first, m.last + 1)}
        return {t.stem for i, t in enumerate(tokens) if t.is_content and i not in named}, {m.name for m in mentions}

    def analyze_fresh(self, text: str) -> Analysis:
        """A new analysis the caller may change (claims get their fields applied)."""
        tokens = tokenize(text)
        dates = date_parser.extract(text, tokens)
        date_spans = [(d.start, d.end) for d in dates]
        quantities = quantity_parser.extract(text, tokens, date_spans)
        mentions = self.matcher.find(tokens, self.vocabulary, text)  # "Update: ..." is a label, not a name
        result = Analysis(text=text, tokens=tokens, dates=dates, quantities=quantities, mentions=mentions,
                          names={m.name for m in mentions} | coded_names(tokens))
        in_spans = covered(tokens, date_spans + [(q.start, q.end) for q in quantities])
        in_mention = {}
        for m in mentions:
            for k in range(m.first, m.last + 1):
                in_mention[k] = m
        label = 1 if tokens and text[tokens[0].end : tokens[0].end + 1] == ":" else 0  # "Update: ..."
        for i, tok in enumerate(tokens):
            if i < label or i in in_mention or not tok.is_content or i in in_spans:
                continue
            result.content.setdefault(tok.stem, i)
        result.negated = _negated(tokens)
        result.affirmed = set(result.content) - result.negated
        result.agents = _agents(tokens, mentions, in_mention)
        result.locations = _locations(tokens, mentions, text)
        result.frames = _frames(tokens, in_mention, covered(tokens, date_spans))
        result.hedged = _hedged(tokens)
        result.speech_at = next((i for i, t in enumerate(tokens) if t.lower in _SPEECH and i > 0), None)
        return result


def _hedged(tokens) -> bool:
    for i, tok in enumerate(tokens):
        low = tok.lower
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if low in ("may", "might") and tok.text.islower():
            return True
        if low in ("would", "could", "should") and nxt == "have":
            return True  # counterfactual: "would have purchased"
    return False


_FRAME_WORDS = {"before": "before", "until": "before", "prior": "before", "since": "after", "after": "after",
                "following": "after"}


_SPAN_WORDS = frozenset("day days week weeks month months year years hour hours shortly just long ahead soon right".split())


def _duration_before(tokens, i) -> bool:
    """'two days before', 'weeks ahead of', 'shortly before': a length of time, not 'every year before'."""
    if i == 0 or tokens[i - 1].lower not in _SPAN_WORDS:
        return False
    prev = tokens[i - 1].lower
    if prev.endswith("s") or prev in ("shortly", "just", "long", "ahead", "soon", "right"):
        return True
    return i > 1 and (tokens[i - 2].is_number or tokens[i - 2].lower in ("a", "one", "few"))


def _frames(tokens, in_mention, dated) -> set:
    """Time frames set by an event rather than a date: "before the sanctions", "since the US ban"."""
    frames = set()
    for i, tok in enumerate(tokens):
        if tok.stem == PAST_HABIT:
            frames.add(("before", "*"))  # "used to buy": before some change, whatever it was
            continue
        if tok.lower == "longer" and i > 0 and tokens[i - 1].lower == "no":
            frames.add(("after", "*"))  # "no longer buys": after some change
            continue
        kind = _FRAME_WORDS.get(tok.lower)
        if kind is None or _duration_before(tokens, i):
            continue  # "a few days before the article" dates something; it sets no frame
        for j in range(i + 1, min(i + 5, len(tokens))):
            nxt = tokens[j]
            if j in dated:
                break  # "since 2019" is a date, compared as one
            if j in in_mention or nxt.lower in ("the", "a", "an", "to", "its", "their", "this", "that"):
                continue
            if nxt.is_content:
                frames.add((kind, nxt.stem))
            break
    return frames


def coded_names(tokens) -> set:
    """'5G', '5.5G', 'A320': things named with digits must match exactly, as names do."""
    return {t.text.upper() for t in tokens if t.is_content and t.text[0].isdigit()}


def _negated(tokens) -> set:
    out = set()
    for i, tok in enumerate(tokens):
        low = tok.lower
        if low not in NEGATORS and not (low == "no" or (low == "longer" and i > 0 and tokens[i - 1].lower == "no")):
            continue
        if low == "no" and i + 1 < len(tokens) and tokens[i + 1].lower == "longer":
            continue  # handled at "longer"
        j = i + 1
        if j < len(tokens) and tokens[j].lower in _NOT_NEGATION_AFTER:
            continue
        steps = 0
        while j < len(tokens) and steps < 5:
            nxt = tokens[j]
            if nxt.is_content and nxt.lower not in NEGATION_SKIP:
                out.add(nxt.stem)
                break
            j += 1
            steps += 1
    return out


def _agents(tokens, mentions, in_mention) -> dict:
    """Who does what: "CESI proposed", "proposed by CESI", "SIA (in Washington) has not announced"."""
    by_last = {m.last: m for m in mentions}
    agents = {}
    for i, tok in enumerate(tokens):
        if i in in_mention or not tok.is_content or tok.is_cap or not _verbal(tokens, i):
            continue
        # passive: "proposed by the State Council", "were added to the list by the Obama administration"
        passive = i > 0 and (tokens[i - 1].lower in _BE or (i > 1 and tokens[i - 2].lower in _BE))
        reach = 8 if passive else 1
        by = next((j for j in range(i + 1, min(i + 1 + reach, len(tokens))) if tokens[j].lower == "by"), None)
        if by is not None:
            k = by + 1
            if k < len(tokens) and tokens[k].lower == "the":
                k += 1
            if k in in_mention and in_mention[k].first == k:
                agents.setdefault(tok.stem, in_mention[k])
                continue
        # active: the nearest name before the verb, skipping auxiliaries and a place ("SIA in Washington")
        k = i - 1
        while k >= 0 and tokens[k].lower in _AUX and i - k <= 4:
            k -= 1
        mention = by_last.get(k)
        if mention is None:
            continue
        if mention.first > 0 and tokens[mention.first - 1].lower in _PLACE_PREPOSITIONS:
            before = by_last.get(mention.first - 2)
            if before is not None:
                mention = before
            else:
                continue
        agents.setdefault(tok.stem, mention)
    return agents


def _locations(tokens, mentions, text) -> list:
    """Names standing after in/at, and the names listed with them ("in Pudong, Shanghai")."""
    out = []
    previous = None
    for m in mentions:
        if m.type not in ("place", "") :
            previous = None
            continue
        lead = tokens[m.first - 1].lower if m.first > 0 else ""
        based = m.last + 1 < len(tokens) and tokens[m.last + 1].lower == "based" and text[m.end : m.end + 1] == "-"
        based_in = m.first > 1 and tokens[m.first - 2].lower == "based" and lead == "in"
        if (lead in _PLACE_PREPOSITIONS or based or based_in) and m.type in ("place", ""):
            out.append(m)
            previous = m
            continue
        if previous is not None and text[tokens[previous.last].end : m.start].strip() in (",", "and", ", and"):
            out.append(m)
            previous = m
            continue
        previous = None
    return out
