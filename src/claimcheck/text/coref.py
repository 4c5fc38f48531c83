"""What "it", "the company" and "he" stand for in a document, so that a sentence can stand alone.

"Huawei has heavily invested in research. It employs 207,000 people." -> "It" is Huawei.

``resolve(sentences, entities)`` takes a document's sentences in order (with the paragraph each
belongs to) and the names the claim base knows, and returns a ``Resolution`` for each referring
expression it can settle: where it stands in its sentence, what it refers to and what to write
instead. ``rewrite(sentence, resolutions)`` applies them. Pure functions: nothing is mutated.

How, in the way of salience-based resolvers (Lappin and Leass; Hobbs for the subject preference),
kept small and general:
  * every name in a sentence (the base's names, the built-in places, and unknown runs of capitalised
    words) is a candidate referent with a type: org, person, place, group, ...; a role description
    ("the company's spokesperson", "a Tesla engineer") is a person referent too;
  * a referring expression wants a compatible type: "it"/"its" and "the company", "the firm",
    "the group" an organisation (a place for "the country", "the city"); "he"/"she" a person;
    "the association" prefers a name whose head word is "Association";
  * candidates are ranked by recency (sentences back, within a window), a subject bonus (the
    first name of its sentence, before the verb) and repetition (names the document keeps
    coming back to);
  * a pronoun whose referent is already named earlier in its own sentence is left alone (the
    sentence stands on its own), and "it" in "it is clear that", "it seems" is not a reference.
Nothing is resolved when no candidate fits: an unresolved pronoun is better than a wrong name.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence

from ..lazyre import lazy
from .entities import EntityMatcher
from .fronting import fronted_phrase_end
from .kinds import (DESCRIPTIVE_MODIFIERS, FUNCTION_WORDS, GENERAL_ORG_NOUNS, ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS,
                    SPECIFIC_NOUNS)
from .tokens import tokenize

__all__ = ["DESCRIPTIVE_MODIFIERS", "FUNCTION_WORDS", "ORG_NOUNS", "PERSON_NOUNS", "PLACE_NOUNS", "SPECIFIC_NOUNS",
           "Referent", "Resolution", "Resolver", "guess_type", "resolve", "rewrite"]

WINDOW = 4  # sentences back a pronoun may reach
# "It is clear that", "it seems", "it was reported": "it" that refers to nothing.
_PLEONASTIC_RE = lazy(
    r"^it(?:\s+(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|might\s+be|could\s+be|"
    r"seems|seemed|appears|appeared|remains|remained|becomes|became|takes|took|should\s+be|must\s+be|can\s+be))"
    r"(?:\s+\w+){0,4}?\s+(?:that|to|when|whether|how|why|if|who|what)\b"
    r"|^it\s+(?:is|was)\s+(?:[\w’'-]+\s+){1,14}?(?:that|who)\b"  # a cleft: "it was the ban ... that kicked"
    r"|^it\s+(?:seems|seemed|appears|appeared|should\s+be\s+noted|must\s+be\s+noted|is\s+(?:high\s+)?time)\b",
    re.I,
)
_ORG_WORDS = frozenset(
    """
    inc inc. ltd ltd. co co. corp corp. corporation company group holdings holding plc llc ag sa gmbh bank
    association institute ministry committee council commission agency authority university party foundation
    federation union alliance board department organisation organization network technologies technology
    electronics systems motors airlines partners capital pharma pharmaceuticals labs laboratories biotech therapeutics
    energy airways media software foods insurance securities
    """.split()
)
_TITLES = frozenset("mr mrs ms dr prof president minister senator governor mayor judge sir dame".split())
_SINGULAR_IT = frozenset(["it", "its", "itself"])
_PERSON_PRONOUNS = {"he": "subject", "she": "subject", "him": "object", "her": "possessive", "his": "possessive",
                    "himself": "object", "herself": "object"}
_VERB_HINT_RE = lazy(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|[a-z]{3,}ed|[a-z]{3,}s)\b")


# "The levy passed", "The new plant will open": a sentence whose subject is a common noun phrase
_COMMON_SUBJECT_RE = lazy(r"^((?:The|This|Its|Their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+))\s+(?:is|was|has|had|will|would|can|could|"
                          r"may|might|must|should|[a-z]+ed|[a-z]+s)\b")


class Referent(NamedTuple):
    name: str  # a canonical name, or a description ("Huawei's spokesperson")
    type: str  # org | person | place | group | product | event | other | ""
    head: str = ""  # last word of the name, lower case ("association")
    the: bool = False  # written "the Royal Society": a replacement keeps the article

    @property
    def written(self) -> str:
        if self.type == "thing":
            return self.name[0].lower() + self.name[1:] if self.name.split()[0] in ("The", "This") else self.name
        return f"the {self.name}" if self.the else self.name


class Resolution(NamedTuple):
    sentence: int  # index into the sentences given
    start: int  # the referring expression's span in that sentence
    end: int
    text: str  # as written: "It", "the company's"
    name: str  # the referent: "Huawei"
    replacement: str  # what to write instead: "Huawei", "Huawei's"
    # False when another referent scored nearly as well, or the description's attributes could not be
    # checked against the referent: a reader should weigh the sentence as written too
    confident: bool = True
    kind: str = "reference"  # reference (from earlier text) | description (an entity known by its attributes)


class _Mention(NamedTuple):
    referent: Referent
    sentence: int
    start: int
    subject: bool


_SPEECH_AFTER_RE = lazy(r"^\s*(?:,|said|says|told|added|wrote|explained|argued|noted|stated)\b")
_ROLE_BEFORE_RE = lazy(r"(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r"),?\s*$", re.I)


def guess_type(name: str, before: str = "", after: str = "", context_before: str = "") -> str:
    """The type of an unknown name from its own words and the words around it."""
    words = name.lower().replace("’", "'").split()
    if not words:
        return ""
    if words[-1] in _ORG_WORDS or any(w in SPECIFIC_NOUNS or w in ("ministry", "institute", "committee") for w in words):
        return "org"
    if before.lower().rstrip(".") in _TITLES or _ROLE_BEFORE_RE.search(context_before):
        return "person"  # "President Macron", "the chief executive, Jane Doe"
    if name.isupper() and 2 <= len(name) <= 6:
        return "org"  # an acronym: an organisation far more often than anything else
    if 2 <= len(words) <= 3 and not name.isupper() and _SPEECH_AFTER_RE.match(after):
        return "person"  # "Jane Doe said": a person's first and last name
    return ""


_ORG_OWNED = (
    "spokesperson spokesman spokeswoman official officials employees staff workers shares stock headquarters revenue "
    "revenues sales profit profits products chips phones smartphones devices factory factories plant plants subsidiary "
    "unit units ceo chairman founder board investors customers business operations network stores branches"
)
_ORG_OWNED_RE = lazy(r"^['’]s\s+(?:\w+\s+)?(?:" + "|".join(_ORG_OWNED.split()) + r")\b", re.I)
_ORG_BEFORE_RE = lazy(
    r"\b(?:company|firm|chipmaker|carmaker|automaker|maker|giant|rival|conglomerate|carrier|operator|startup|"
    r"retailer|lender|bank|group|brand|manufacturer|supplier)\s+$", re.I)
_ORG_APPOSITION_RE = lazy(
    r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|maker|giant|group|association|organi[sz]ation|"
    r"agency|body|manufacturer|supplier|startup|bank|chipmaker|conglomerate)\b", re.I)
_ORG_SUFFIX_RE = lazy(r"^\s+(?:Corp|Corporation|Inc|Ltd|Co|plc|PLC|LLC|AG|SA|GmbH|NV|Group|Holdings)\b\.?")
_PERSON_OWNED_RE = lazy(r"^['’]s\s+(?:wife|husband|son|daughter|campaign|presidency|administration|return|election|"
                        r"re-election|speech|term|tenure|death|birthday)\b", re.I)


def _context_type(sentence: str, start: int, end: int) -> str:
    """The type the words around a name give it: "Acme's employees", "chipmaker Acme", "Acme, a Leeds firm"."""
    after = sentence[end:end + 60]
    if _ORG_SUFFIX_RE.match(after) or _ORG_OWNED_RE.match(after) or _ORG_APPOSITION_RE.match(after) or _ORG_BEFORE_RE.search(sentence[max(0, start - 20):start]):
        return "org"
    if _PERSON_OWNED_RE.match(after):
        return "person"
    return ""


def _possessive(text: str) -> Optional[str]:
    """The apostrophe a possessive uses, or None: "company's" -> "'", "its" -> "'"."""
    if text.endswith(("'s", "’s")):
        return text[-2]
    if text.lower() in ("its", "his", "her", "their"):
        return "'"  # "their profits" -> "Acme and Globex's profits"
    return None


def _with_possessive(name: str, apostrophe: str) -> str:
    return f"{name}{apostrophe}" if name.endswith("s") else f"{name}{apostrophe}s"


class Resolver:
    """Keeps the names it has seen; ``resolve`` is the pure entry point."""

    def __init__(self, entities=(), matcher: Optional[EntityMatcher] = None, vocabulary=frozenset()):
        self.matcher = matcher or EntityMatcher(entities)
        # words known as common words: capitalised at a sentence start they are no name
        self.vocabulary = frozenset(vocabulary) | FUNCTION_WORDS
        self.describer = None

    def mentions(self, sentence: str, index: int, resolved: str = "") -> list:
        """Names and role descriptions of a sentence; roles are read from ``resolved``, the sentence
        with its references already replaced ("the company's spokesperson" -> "Huawei's spokesperson")."""
        tokens = tokenize(sentence)
        found = self.matcher.find(tokens, self.vocabulary, sentence)
        out = []
        # "Despite curbs in some EU states, Huawei's operations remain steady": the names of a fronted
        # phrase are not the subject; the first name after its comma is, before the clause's verb
        opening = fronted_phrase_end(sentence)
        verb_at = _first_verb(sentence[opening:])
        verb_at = verb_at + opening if verb_at is not None else None
        first_after = next((k for k, m in enumerate(found) if m.start >= opening), None)
        for k, m in enumerate(found):
            before = tokens[m.first - 1].text if m.first > 0 else ""
            etype = m.type or guess_type(m.name, before, sentence[m.end:m.end + 12], sentence[max(0, m.start - 40):m.start])
            if not etype:
                end = m.end - 2 if sentence[m.start:m.end].endswith(("'s", "’s")) else m.end
                etype = _context_type(sentence, m.start, end)
            if not etype and before.lower() in ("in", "at", "near"):
                etype = "place"
            name = m.name if m.known else re.sub(r"['’]s$", "", m.name)  # "Acme's plant": the name is Acme
            etype = etype or getattr(self, "known_types", {}).get(name, "")
            head = name.split()[-1].lower() if name.split() else ""
            subject = k == first_after and (verb_at is None or m.start < verb_at)
            the = before.lower() == "the" and not m.known and etype != "person"
            out.append(_Mention(Referent(name, etype, head, the), index, m.start, subject))
        out.extend(_lists(sentence, index, out))
        subject_np = _COMMON_SUBJECT_RE.match(sentence)
        if subject_np and not any(m.start < subject_np.end(1) for m in found):
            noun = subject_np.group(2).lower()
            if noun not in ORG_NOUNS and noun not in PLACE_NOUNS and noun not in PERSON_NOUNS and not noun.endswith("s"):
                # "The levy passed ...": a thing, not a name, that a following "it" may be
                out.append(_Mention(Referent(subject_np.group(1), "thing", noun), index, 0, True))
        text = resolved or sentence
        out.extend(_role_mentions(text, index, self.matcher.find(tokenize(text), self.vocabulary, text) if resolved else found))
        out.sort(key=lambda m: m.start)
        return out

    def resolve(self, sentences: Sequence[str], paragraphs: Optional[Sequence[int]] = None, leads=None, topic=(),
                describer=None, written=None, sections=None) -> list:
        """``leads``: for each sentence, the sentence a list it is an item of follows (None for other
        sentences): every item reaches back to it as to the sentence before. ``topic``: Referents of
        the document's title, within reach of every sentence. ``describer``: a descriptions.Describer,
        so that "the Shenzhen-based company" takes only an entity with those attributes (and, with
        nothing earlier that fits, the one entity of the base that has them). ``written``: indexes of
        the sentences whose resolutions are wanted (the others are read for what they mention).
        ``sections``: for each sentence, the index of the heading of its section (None: none), whose
        names are what the section is about."""
        paragraphs = list(paragraphs) if paragraphs is not None else [0] * len(sentences)
        self.sections = list(sections) if sections is not None else [None] * len(sentences)
        leads = list(leads) if leads is not None else [None] * len(sentences)
        self.describer = describer
        # a name typed anywhere in the document ("Acme's chief executive", "chipmaker Acme") has that type everywhere
        self.known_types = {}
        for i, sentence in enumerate(sentences):
            for m in self.mentions(sentence, i):
                if m.referent.type and m.referent.type != "person" or (m.referent.type == "person" and "'s " not in m.referent.name
                                                                         and "’s " not in m.referent.name):
                    self.known_types.setdefault(m.referent.name, m.referent.type)
        history: list = [_Mention(r, -1, 0, True) for r in topic]  # mentions of earlier sentences, resolved ones included
        counts: dict = {r.name: 1 for r in topic}
        introduced: list = []  # per sentence: nouns an indefinite phrase brings in ("a working group")
        out = []
        reach = _Reach(leads, paragraphs)
        speaking_for: dict = {}  # sentence -> (the body its quote speaks for, whether that is sure), or None
        for i, sentence in enumerate(sentences):
            own = self.mentions(sentence, i)
            expressions = self._expressions(sentence)
            noun_phrases = _common_noun_phrases(sentence)
            resolved_here = []
            for found in expressions:
                start, end, text, wants = found
                description = wants[3] if len(wants) > 3 else None
                if any(m.start < start and ((self._fits(m.referent, wants) and (m.referent.type or not wants[2]))
                                            or (text.lower() == "its" and m.referent.type != "person"))
                       for m in own):
                    continue  # named earlier in the same sentence: the sentence stands alone
                if wants[0] in ("noun", "possessive") and _APPOSITION_RE.match(sentence, end) and any(
                        m.start == _APPOSITION_RE.match(sentence, end).end() for m in own):
                    continue  # "The chief executive, Marieke de Vries, said": the sentence names it
                if text.lower() in _SINGULAR_IT and start > 0 and any(at < start for at, _ in noun_phrases):
                    continue  # "the working group to hold its first meeting": its own, most likely
                if wants[0] in ("noun", "possessive") and wants[2] and not (description and description.informative) and (
                        any(wants[2] in nouns for at, nouns in noun_phrases if at < start) or any(
                            wants[2] in introduced[j] for j in range(max(0, i - 2), i) if reach.distance(i, j) <= 2)):
                    continue  # "a working group ... The group will meet": the thing just brought in, not a name
                if description is not None and description.count > 1:
                    found_plural = self._plural(history, i, reach, counts, wants)
                    if found_plural is None:
                        continue
                    referent, confident = found_plural
                    kind = "reference"
                else:
                    owners = self._owners({m.referent.name for m in own})
                    ranked = self._ranked(history, i, reach, counts, wants, start, owners)
                    kind = "reference"
                    if ranked:
                        referent, score, fit = ranked[0]
                        rival = next((sc for r, sc, _ in ranked[1:] if r.name != referent.name), None)
                        confident = fit is not None and (rival is None or score - rival >= CONFIDENT_MARGIN)
                        if referent.name not in owners and any(self.matcher.types.get(o) in wants[1] for o in owners):
                            confident = False  # "the club ... captain Liam Okafor", who plays for another club
                    elif description is not None and len(description.candidates) == 1 and (
                            description.informative or self.matcher.types.get(description.candidates[0]) == "person"):
                        # nothing before it fits: the one entity of the base with those attributes, or
                        # the one person the base gives that role ("the judge": unsure, read as written too)
                        name = description.candidates[0]
                        referent = Referent(name, self.matcher.types.get(name, ""), description.head)
                        confident, kind = description.specific and description.informative, "description"
                    else:
                        continue
                apostrophe = _possessive(text)
                replacement = _with_possessive(referent.written, apostrophe) if apostrophe else referent.written
                resolved_here.append(Resolution(i, start, end, text, referent.name, replacement, confident, kind))
                own.append(_Mention(referent, i, start, start == 0 or wants[0] == "subject"))
            # "we", "our" and "us" in a quote are the body its speaker speaks for: the speaker told in the
            # sentence ("...," he said) or, for a quote that runs on, in the sentence before it
            spoken_for = _spoken_for(sentence, own, resolved_here)
            if spoken_for is None and i > 0 and paragraphs[i - 1] == paragraphs[i] and _quoted(sentences[i - 1]):
                spoken_for = speaking_for.get(i - 1)
            speaking_for[i] = spoken_for
            if spoken_for is not None:
                body, sure = spoken_for
                for start, end, text in _first_person_plural(sentence):
                    if any(r.start < end and start < r.end for r in resolved_here):
                        continue
                    referent = Referent(body, self.known_types.get(body, "org") or "org", body.split()[-1].lower())
                    replacement = _with_possessive(referent.written, "'") if text.lower() == "our" else referent.written
                    resolved_here.append(Resolution(i, start, end, text, body, replacement, sure, "reference"))
                    own.append(_Mention(referent, i, start, start == 0))
            introduced.append(frozenset(n for at, nouns in noun_phrases for n in nouns
                                        if not any(r.start <= at < r.end for r in resolved_here)))
            if resolved_here:
                out.extend(resolved_here)
                names = [m for m in own if m.referent.type != "person" or not m.referent.name.endswith(tuple(PERSON_NOUNS))]
                own = names + [m for m in self.mentions(sentence, i, rewrite(sentence, resolved_here)) if m.referent.head in PERSON_NOUNS]
            for m in own:
                counts[m.referent.name] = counts.get(m.referent.name, 0) + 1
            history.extend(own)
        if written is not None:
            out = [r for r in out if r.sentence in written]
        return out

    # ------------------------------------------------------------ choosing a referent

    def _expressions(self, sentence: str) -> list:
        """Pronouns and descriptions; with a describer, its descriptions ("the Shenzhen-based
        telecoms giant", "the two associations") replace the plain ones they overlap."""
        found = _expressions(sentence)
        if self.describer is None:
            return found
        described = []
        for d in self.describer.find(sentence):
            if d.head in PERSON_NOUNS or (d.candidates and all(self.matcher.types.get(c) == "person" for c in d.candidates)):
                types = ("person",)
            elif d.head in PLACE_NOUNS:
                types = ("place",)
            else:
                types = ("org", "group", "")
            role = "possessive" if d.possessive else "noun"
            described.append((d.start, d.end, d.text, (role, types, d.head, d)))
        # the describer reads modifiers against attributes: a plain "the Leeds regulator" it did not
        # take is not taken on a guess either
        kept = [f for f in found if not any(f[0] < d[1] and d[0] < f[1] for d in described)
                and not (f[3][0] in ("noun", "possessive") and f[3][2] and len(f[2].split()) > 2)]
        return sorted(kept + described)

    def _fits(self, referent: Referent, wants) -> bool:
        description = wants[3] if len(wants) > 3 else None
        if referent.type == "place" and wants[2] in PLACE_NOUNS and referent.name in self.matcher.types:
            # a known place is a country when it is part of nothing, a city or a region when it is part of one
            if (wants[2] in _COUNTRY_NOUNS) == bool(self.matcher.parents.get(referent.name)):
                return False
        if description is not None and self.describer is not None and referent.type != "plural":
            fit = self.describer.fits(description, referent.name)
            if fit is not None:
                return fit
            if description.head in self.describer.profiles.get(referent.name, _NO_PROFILE).heads:
                return True  # "the association" for a name ending in Association
            if referent.name not in self.describer.profiles and self.describer.candidates(description):
                return False  # "the builder" where the base knows its builder: not a name it knows nothing of
            if description.informative:
                # attributes unknown: a place or a general word of trade may be said of any name of
                # its type with a general noun ("the Chinese firm", weighed as unsure); another noun
                # ("the Leeds regulator"), another word or a name is not taken on trust
                return referent.type in wants[1] and (
                    description.head in GENERAL_ORG_NOUNS or description.head in referent.name.lower().split()) and all(
                    kind in ("place", "based", "evaluative") or (kind == "word" and value in DESCRIPTIVE_MODIFIERS)
                    for kind, value in description.modifiers)
        return _fits(referent, wants[:3])

    def _owners(self, named) -> set:
        """What the names of a sentence belong to, by the base's attributes (member_of, subsidiary_of, ...)."""
        if self.describer is None or not named:
            return set()
        profiles = self.describer.profiles
        return {o for n in named if n in profiles for o in profiles[n].owners}

    def _ranked(self, history, i, reach, counts, wants, start, owners=frozenset()) -> list:
        """(referent, score, fit) of each candidate in reach, best first; one entry per name. ``fit``
        is None when the description's attributes could not be checked against the referent.
        ``owners``: what the sentence's own names belong to; a candidate among them ("the club ...
        its captain Liam Okafor") is the likelier."""
        description = wants[3] if len(wants) > 3 else None
        # a description its attributes confirm reaches further back ("the Chinese association")
        limit = 2 * WINDOW if description is not None and description.informative else WINDOW
        # the draft's most mentioned name stays in reach, as its topic does (salience outlasts the window)
        frequent = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        if frequent[1] >= TOPIC_MENTIONS and not any(m.sentence == -1 and m.referent.name == frequent[0] for m in history):
            last = next((m for m in reversed(history) if m.referent.name == frequent[0]), None)
            # (within its section: under a new heading the draft has turned to something else)
            if last is not None and self._same_section(last.sentence, i):
                history = [_Mention(last.referent, -1, 0, True)] + history
        best: dict = {}
        for m in reversed(history):
            back = reach.distance(i, m.sentence)
            if back > limit or (wants[1] == ("plural",) and (back > 2 or reach.paragraph(m.sentence) != reach.paragraph(i))):
                continue  # a list is remembered for a sentence or two of its paragraph
            if back > WINDOW and not (self.describer and self.describer.fits(description, m.referent.name)):
                continue
            if m.referent.name.endswith(("'s spokesperson", "’s spokesperson")) and wants[1] != ("person",):
                continue
            if m.referent.type == "thing" and start > 0:
                continue  # a thing is what a sentence-initial "it" takes up, not a later "its"
            if not self._fits(m.referent, wants):
                continue
            if m.referent.type == "place" and wants[2] == "" and wants[1] != ("place",):
                continue  # "it" after "in Shanghai" is rarely Shanghai
            if not m.referent.type and " " not in m.referent.name and (
                    m.referent.name.lower() in FUNCTION_WORDS or (counts.get(m.referent.name, 0) < 2 and (not m.subject or wants[2]))):
                continue  # one capitalised word seen once may be no name at all ("Regarding ..."), or a person
            score = 1.0 / back if back else 0.5
            score += 1.0 if m.referent.type else 0.0  # a name known to be an organisation beats a guess
            score += 0.6 if m.subject else 0.0
            score += 0.1 * min(counts.get(m.referent.name, 0), 5)
            if reach.paragraph(m.sentence) != reach.paragraph(i):
                score -= 0.3
            if m.referent.name in owners:
                score += 1.0
            if m.sentence >= 0 and i < len(self.sections) and self.sections[i] == m.sentence:
                score += 1.0  # the heading of its section: what the section is about ("## The Linden Wing")
            fit = True
            if description is not None and self.describer is not None and m.referent.type != "plural":
                fit = self.describer.fits(description, m.referent.name)
                if fit is None and not description.informative:
                    fit = True  # "the company": its type is all it says
                if fit:
                    score += 0.5  # its attributes say so
            have = best.get(m.referent.name)
            if have is None or score > have[1]:
                best[m.referent.name] = (m.referent, score, fit)
        return sorted(best.values(), key=lambda r: -r[1])

    def _same_section(self, a: int, b: int) -> bool:
        """Are sentences a and b under the same heading (or both under none)?"""
        sections = self.sections
        return not (0 <= a < len(sections) and 0 <= b < len(sections)) or sections[a] == sections[b]

    def _plural(self, history, i, reach, counts, wants):
        """"The two associations": the last ``count`` different names in reach that fit; unsure when
        more of them fit."""
        description = wants[3]
        singular = (wants[0], tuple(t for t in wants[1] if t != "plural"), wants[2], description)
        names, fits = [], []
        for m in reversed(history):
            if reach.distance(i, m.sentence) > WINDOW:
                continue
            if m.referent.type == "plural" or m.referent.name in names or not self._fits(m.referent, singular):
                continue
            names.append(m.referent.name)
            fits.append(self.describer.fits(description, m.referent.name) if self.describer else None)
        if len(names) < description.count:
            return None
        chosen = list(reversed(names[:description.count]))
        confident = len(names) == description.count and all(f is not None for f in fits[:description.count])
        written = ", ".join(chosen[:-1]) + " and " + chosen[-1]
        return Referent(written, "plural", ""), confident


def resolve(sentences: Sequence[str], entities=(), paragraphs: Optional[Sequence[int]] = None,
            matcher: Optional[EntityMatcher] = None, vocabulary=frozenset(), **structure) -> list:
    """Resolutions for the referring expressions of a document's sentences (see the module's doc).

    ``entities``: Entity records of the names known beforehand (a claim base's); ``paragraphs``:
    the paragraph of each sentence (a reference reaches less far across a paragraph break);
    ``vocabulary``: words known to be common words rather than names; ``structure``: ``leads``,
    ``topic``, ``describer`` and ``written`` as Resolver.resolve takes them."""
    return Resolver(entities, matcher, vocabulary).resolve(sentences, paragraphs, **structure)


CONFIDENT_MARGIN = 0.5  # a referent this far ahead of the next one is taken without a second reading
TOPIC_MENTIONS = 3  # a name mentioned this often is the draft's topic: in reach however far back


class _Reach:
    """How far back sentence j is from sentence i: the items of a list all reach back to the
    sentence before the list as to the sentence before them; the title (j = -1) is always in reach."""

    def __init__(self, leads, paragraphs):
        self.leads, self.paragraphs = leads, paragraphs

    def distance(self, i: int, j: int) -> float:
        if j < 0:
            return WINDOW
        back = i - j
        lead = self.leads[i] if i < len(self.leads) else None
        if lead is not None and j <= lead:
            back = min(back, lead - j + 1)
        return back

    def paragraph(self, i: int):
        return self.paragraphs[i] if 0 <= i < len(self.paragraphs) else None


class _NoProfile(NamedTuple):
    heads: frozenset = frozenset()


_NO_PROFILE = _NoProfile()
_COUNTRY_NOUNS = frozenset(["country", "nation"])
_APPOSITION_RE = lazy(r",\s*")
# "a working group", "the working group": a thing a later "the group" takes up, not a name. Not an
# indefinite said of something already named ("Huawei is a company", "Acme, a firm from Leeds").
_COMMON_NP_RE = lazy(r"(?<![,])(?<!\bis)(?<!\bwas)(?<!\bas)(?<!\bare)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
                     r"\s+(?:[Aa]|[Aa]n|[Tt]he|[Tt]his)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b(?!['’])")


def _common_noun_phrases(sentence: str) -> list:
    """(offset, nouns) of each common noun phrase of a sentence ("a working group", "the plant"):
    the nouns of things it brings in that a later "the group" may take up."""
    out = []
    for m in _COMMON_NP_RE.finditer(" " + sentence):
        out.append((m.start(1) - 1, frozenset(w for w in m.group(1).split() if w in ORG_NOUNS or w in PLACE_NOUNS)))
    return out


def rewrite(sentence: str, resolutions) -> str:
    """The sentence with each resolution's replacement in place of what it replaces."""
    out = []
    last = 0
    for r in sorted(resolutions, key=lambda r: r.start):
        if r.start < last:
            continue
        replacement = r.replacement
        if r.start == 0 and replacement[:1].islower():
            replacement = replacement[0].upper() + replacement[1:]
        out.append(sentence[last:r.start])
        out.append(replacement)
        last = r.end
    out.append(sentence[last:])
    return "".join(out)


# ---------------------------------------------------------------- referring expressions

_PRONOUN_RE = lazy(r"\b(?:it|its|he|she|his|her|him|they|them|their)\b", re.I)
_PLURAL = {"they": "subject", "them": "object", "their": "possessive"}
# lower-case nouns only: "the Trump Administration" is a name, not a description
_DEFINITE_RE = lazy(r"\b(?:[Tt]he|[Tt]his)\s+([A-Za-z][A-Za-z-]*)(?:\s+([a-z][a-z-]*))?")
# "the official", "the spokesperson": a person known by a role named before
_ROLE_DEFINITE_RE = lazy(r"\b[Tt]he\s+(official|spokesperson|spokesman|spokeswoman|executive)\b(?!\s+[a-z]+\s+(?:of|for)\b)")
_POSSESSIVE_AFTER_RE = lazy(r"['’]s\b")


def _expressions(sentence: str) -> list:
    """(start, end, text, (role, types, head noun)) of each pronoun and definite description."""
    out = []
    for m in _PRONOUN_RE.finditer(sentence):
        word = m.group()
        low = word.lower()
        if low in _PLURAL:
            if low == "they" and m.start() > 0:
                continue  # only a sentence's subject "They": elsewhere too often people in general
            out.append((m.start(), m.end(), word, (_PLURAL[low], ("plural",), "")))
            continue
        if low in _SINGULAR_IT:
            if low == "it" and _PLEONASTIC_RE.match(sentence[m.start():]):
                continue
            if low == "it" and m.start() > 0:
                continue  # an object "it" is too often a thing just mentioned, not a name
            out.append((m.start(), m.end(), word, ("subject" if low == "it" else "possessive", ("org", "group", "product", "other", "", "thing"), "")))
        else:
            if low == "her" and not _possessive_her(sentence, m.end()):
                continue
            if low == "him":
                continue
            out.append((m.start(), m.end(), word, (_PERSON_PRONOUNS[low], ("person",), "")))
    for m in _ROLE_DEFINITE_RE.finditer(sentence):
        role = m.group(1).lower()
        out.append((m.start(), m.end(), m.group(), ("noun", ("person",), role)))
    for m in _DEFINITE_RE.finditer(sentence):
        first, second = m.group(1).lower(), (m.group(2) or "").lower()
        if m.group(1)[0].isupper() and not second:
            continue  # "the Register": a name
        # "the company", "the company's", "the tech giant", "the Chinese firm" (one modifier at most)
        if (first in ORG_NOUNS or first in PLACE_NOUNS) and (m.group(1).islower() or m.group(1).isupper()):
            noun, end = first, m.end(1)
            if second in PERSON_NOUNS or second in ORG_NOUNS:
                continue  # "the company spokesperson", "the group company": not the org itself
        elif second and (second in ORG_NOUNS or second in PLACE_NOUNS) and second != "group" and (
                first in DESCRIPTIVE_MODIFIERS or m.group(1)[0].isupper()):  # "the Chinese firm"
            noun, end = second, m.end(2)
        else:
            continue
        poss = _POSSESSIVE_AFTER_RE.match(sentence, end)
        if poss:
            end = poss.end()
        types = ("org", "group", "") if noun in ORG_NOUNS else ("place",)
        out.append((m.start(), end, sentence[m.start():end], ("possessive" if poss else "noun", types, noun)))
    out.sort()
    return out


_QUOTE_MARKS = "\"“”"
_FIRST_PERSON_PLURAL_RE = lazy(r"\b(?:we|our|us)\b", re.I)
# a verb of saying after its subject, or before it ("...," he said; "...," said the company)
_SAYING = r"(?:said|says|added|told|explained|insisted|stated|warned)"
_SAID_AFTER_RE = lazy(r"\s+" + _SAYING + r"\b")
_SAID_BEFORE_RE = lazy(r"\b" + _SAYING + r"\s+$")


def _quoted(sentence: str) -> bool:
    return any(mark in sentence for mark in _QUOTE_MARKS)


def _inside_quote(sentence: str, at: int) -> bool:
    """Does the word at ``at`` stand in quotation marks: after an opening mark not yet closed, or, in
    a sentence a quote runs on into, before the mark that closes it?"""
    before = sentence[:at]
    if "“" in sentence or "”" in sentence:
        opened, closed = before.rfind("“"), before.rfind("”")
        if opened > closed:
            return True
        return opened < 0 and closed < 0 and "”" in sentence[at:] and "“" not in sentence[at:sentence.find("”", at)]
    count = before.count('"')
    return count % 2 == 1 or (count == 0 and sentence.count('"') % 2 == 1)


def _first_person_plural(sentence: str) -> list:
    """(start, end, text) of each "we", "our", "us" a quote in the sentence says."""
    return [(m.start(), m.end(), m.group()) for m in _FIRST_PERSON_PLURAL_RE.finditer(sentence)
            if _inside_quote(sentence, m.start()) and not (m.group() == "US" or sentence[m.end():m.end() + 1] == ".")]


def _spoken_for(sentence: str, own, resolutions) -> Optional[tuple]:
    """(the body a quote's speaker speaks for, sure) where the sentence quotes someone and says who
    outside the quote: an organisation ("...," Acme said), or a person known by a role in one
    ("...," he said, he being Acme's spokesperson); else None."""
    if not _quoted(sentence):
        return None
    told = [(r.start, r.end, r.name, r.confident) for r in resolutions]
    told += [(m.start, m.start + len(m.referent.name), m.referent.name, True) for m in own
             if sentence.startswith(m.referent.name, m.start)]
    for start, end, name, sure in told:
        if _inside_quote(sentence, start):
            continue
        if not (_SAID_AFTER_RE.match(sentence, end) or _SAID_BEFORE_RE.search(sentence[:start])):
            continue
        kind = next((m.referent.type for m in own if m.referent.name == name), "")
        if kind in ("org", "group"):
            return name, sure
        for apostrophe in ("'s ", "’s ", "' ", "’ "):
            if apostrophe in name:  # "Acme's spokesperson" speaks for Acme, "Tarn Foods' spokeswoman" for Tarn Foods
                return name.split(apostrophe)[0], sure
        return None
    return None


def _possessive_her(sentence: str, end: int) -> bool:
    nxt = re.match(r"\s+([a-z]+)", sentence[end:])
    return bool(nxt) and nxt.group(1) not in ("to", "and", "or", "in", "on", "at", "that", "as", "for", "with")




def _first_verb(sentence: str) -> Optional[int]:
    m = _VERB_HINT_RE.search(sentence)
    return m.start() if m else None


_ROLE_WORDS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_ROLE_RE = lazy(rf"\b(?:(?:{_ROLE_WORDS})\s+){{0,2}}(?:{_ROLE_WORDS})\b", re.I)


_APPOSED_NAME_RE = lazy(r",\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?")


def _role_mentions(sentence: str, index: int, names) -> list:
    """'Huawei's spokesperson', 'a Tesla engineer': people known by their role and whom they work for."""
    out = []
    for m in _ROLE_RE.finditer(sentence):
        role = m.group().lower()
        owner = None
        for n in names:
            if n.end > m.start():
                break
            gap = sentence[n.end:m.start()]
            if gap.strip() in ("'s", "’s", "'", "’", ""):  # ("Tarn Foods' spokeswoman": a plural's possessive)
                owner = n
        if owner is None:
            continue
        if any(n.start >= m.end() and _APPOSED_NAME_RE.fullmatch(sentence[m.end():n.start]) for n in names):
            continue  # "Its chief executive, Dr Miriam Holt, ...": the name that follows says who
        written = sentence[owner.start:m.start()].strip()
        if not written.endswith(("'s", "’s", "'", "’")):
            written += "'s"  # "a Tesla engineer": Tesla's engineer
        description = f"{written} {role}"
        out.append(_Mention(Referent(description, "person", role.split()[-1]), index, owner.start, owner.start == 0))
    return out


def _lists(sentence: str, index: int, mentions) -> list:
    """'SK Hynix and Samsung', 'Huawei, ZTE and Xiaomi': names joined by commas and 'and', which
    "they", "them" and "their" may stand for."""
    named = sorted((m for m in mentions if m.referent.type in ("org", "group", "person", "")), key=lambda m: m.start)
    out, run = [], []
    for m in named:
        if run:
            prev = run[-1]
            gap = sentence[prev.start + len(prev.referent.name):m.start] if sentence.startswith(prev.referent.name, prev.start) else None
            if gap is not None and gap.strip() in (",", "and", ", and", "&"):
                run.append(m)
                continue
            if len(run) >= 2:
                out.append(_plural(run, index))
            run = []
        run = [m]
    if len(run) >= 2:
        out.append(_plural(run, index))
    return out


def _plural(run, index) -> _Mention:
    names = [m.referent.name for m in run]
    written = ", ".join(names[:-1]) + " and " + names[-1]
    return _Mention(Referent(written, "plural", ""), index, run[0].start, run[0].subject)


def _fits(referent: Referent, wants) -> bool:
    _, types, head = wants
    if (referent.type == "plural") != (types == ("plural",)):
        return False  # a list answers "they", and only a list does
    if types == ("person",) and head:
        return referent.type == "person" and ("'s " in referent.name or "’s " in referent.name) and (
            referent.head == head or head in ("official", "executive") or referent.head in ("official", "executive"))
    if head and head in referent.name.lower().split():
        return True  # "the society" and "the Royal Society of Chemistry"
    if head in SPECIFIC_NOUNS:
        return False
    return referent.type in types
