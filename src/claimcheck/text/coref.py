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

from .entities import EntityMatcher
from .tokens import tokenize

WINDOW = 4  # sentences back a pronoun may reach
# Nouns that describe an organisation, a place, a group or a person by what it is, not its name.
ORG_NOUNS = frozenset(
    """
    company firm group giant maker manufacturer chipmaker carmaker automaker producer supplier retailer bank
    lender insurer airline carrier operator provider startup start-up business corporation conglomerate
    association organisation organization body agency ministry department regulator watchdog institute
    committee council commission board authority union federation alliance consortium party university society
    school hospital court club team network broadcaster publisher newspaper outlet developer vendor brand
    oem
    """.split()
)
PLACE_NOUNS = frozenset("country nation state city region province island territory capital town village".split())
PERSON_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman official executive chief ceo cfo cto chairman chairwoman chair president
    founder director minister secretary governor mayor senator lawyer analyst researcher scientist engineer
    manager leader head owner premier chancellor ambassador commissioner economist professor
    """.split()
)
# Closed-class words that start sentences capitalised and so can pass for names.
FUNCTION_WORDS = frozenset(
    """
    despite regarding concerning considering given following notably meanwhile moreover furthermore nevertheless
    nonetheless besides instead indeed overall finally additionally similarly likewise thus hence therefore
    consequently accordingly unlike amid amidst among across against along around beyond within without throughout
    toward towards upon via excluding including whereas although though however during since because while yet
    still also even here there today yesterday tomorrow recently currently previously earlier later
    """.split()
)
# "It is clear that", "it seems", "it was reported": "it" that refers to nothing.
_PLEONASTIC_RE = re.compile(
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
_VERB_HINT_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|[a-z]{3,}ed|[a-z]{3,}s)\b")


# "The levy passed", "The new plant will open": a sentence whose subject is a common noun phrase
_COMMON_SUBJECT_RE = re.compile(r"^((?:The|This|Its|Their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+))\s+(?:is|was|has|had|will|would|can|could|"
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


class _Mention(NamedTuple):
    referent: Referent
    sentence: int
    start: int
    subject: bool


_SPEECH_AFTER_RE = re.compile(r"^\s*(?:,|said|says|told|added|wrote|explained|argued|noted|stated)\b")
_ROLE_BEFORE_RE = re.compile(r"(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r"),?\s*$", re.I)


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
_ORG_OWNED_RE = re.compile(r"^['’]s\s+(?:\w+\s+)?(?:" + "|".join(_ORG_OWNED.split()) + r")\b", re.I)
_ORG_BEFORE_RE = re.compile(
    r"\b(?:company|firm|chipmaker|carmaker|automaker|maker|giant|rival|conglomerate|carrier|operator|startup|"
    r"retailer|lender|bank|group|brand|manufacturer|supplier)\s+$", re.I)
_ORG_APPOSITION_RE = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|maker|giant|group|association|organi[sz]ation|"
    r"agency|body|manufacturer|supplier|startup|bank|chipmaker|conglomerate)\b", re.I)
_ORG_SUFFIX_RE = re.compile(r"^\s+(?:Corp|Corporation|Inc|Ltd|Co|plc|PLC|LLC|AG|SA|GmbH|NV|Group|Holdings)\b\.?")
_PERSON_OWNED_RE = re.compile(r"^['’]s\s+(?:wife|husband|son|daughter|campaign|presidency|administration|return|election|"
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

    def mentions(self, sentence: str, index: int, resolved: str = "") -> list:
        """Names and role descriptions of a sentence; roles are read from ``resolved``, the sentence
        with its references already replaced ("the company's spokesperson" -> "Huawei's spokesperson")."""
        tokens = tokenize(sentence)
        found = self.matcher.find(tokens, self.vocabulary, sentence)
        out = []
        verb_at = _first_verb(sentence)
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
            subject = k == 0 and (verb_at is None or m.start < verb_at)
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

    def resolve(self, sentences: Sequence[str], paragraphs: Optional[Sequence[int]] = None) -> list:
        paragraphs = list(paragraphs) if paragraphs is not None else [0] * len(sentences)
        # a name typed anywhere in the document ("Acme's chief executive", "chipmaker Acme") has that type everywhere
        self.known_types = {}
        for i, sentence in enumerate(sentences):
            for m in self.mentions(sentence, i):
                if m.referent.type and m.referent.type != "person" or (m.referent.type == "person" and "'s " not in m.referent.name
                                                                         and "’s " not in m.referent.name):
                    self.known_types.setdefault(m.referent.name, m.referent.type)
        history: list = []  # _Mention objects of earlier sentences, resolved ones included
        counts: dict = {}
        out = []
        for i, sentence in enumerate(sentences):
            own = self.mentions(sentence, i)
            resolved_here = []
            for found in _expressions(sentence):
                start, end, text, wants = found
                if any(m.start < start and ((_fits(m.referent, wants) and (m.referent.type or not wants[2]))
                                            or (text.lower() == "its" and m.referent.type != "person"))
                       for m in own):
                    continue  # named earlier in the same sentence: the sentence stands alone
                referent = _best(history, i, paragraphs, counts, wants)
                if referent is None:
                    continue
                apostrophe = _possessive(text)
                replacement = _with_possessive(referent.written, apostrophe) if apostrophe else referent.written
                resolved_here.append(Resolution(i, start, end, text, referent.name, replacement))
                own.append(_Mention(referent, i, start, start == 0 or wants[0] == "subject"))
            if resolved_here:
                out.extend(resolved_here)
                names = [m for m in own if m.referent.type != "person" or not m.referent.name.endswith(tuple(PERSON_NOUNS))]
                own = names + [m for m in self.mentions(sentence, i, rewrite(sentence, resolved_here)) if m.referent.head in PERSON_NOUNS]
            for m in own:
                counts[m.referent.name] = counts.get(m.referent.name, 0) + 1
            history.extend(own)
        return out


def resolve(sentences: Sequence[str], entities=(), paragraphs: Optional[Sequence[int]] = None,
            matcher: Optional[EntityMatcher] = None, vocabulary=frozenset()) -> list:
    """Resolutions for the referring expressions of a document's sentences (see the module's doc).

    ``entities``: Entity records of the names known beforehand (a claim base's); ``paragraphs``:
    the paragraph of each sentence (a reference reaches less far across a paragraph break);
    ``vocabulary``: words known to be common words rather than names."""
    return Resolver(entities, matcher, vocabulary).resolve(sentences, paragraphs)


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

_PRONOUN_RE = re.compile(r"\b(?:it|its|he|she|his|her|him|they|them|their)\b", re.I)
_PLURAL = {"they": "subject", "them": "object", "their": "possessive"}
# lower-case nouns only: "the Trump Administration" is a name, not a description
_DEFINITE_RE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+([A-Za-z][A-Za-z-]*)(?:\s+([a-z][a-z-]*))?")
# What may stand between "the" and the noun of a description that refers back to a name: "the tech giant",
# "the Chinese firm". Other modifiers make a new thing ("the working group", "the parent company").
DESCRIPTIVE_MODIFIERS = frozenset(
    """
    tech technology chip chipmaking semiconductor telecom telecoms telecommunications software internet online
    car oil energy media mining steel drug pharmaceutical retail banking financial state-owned state-run
    state-backed private listed local national global international multinational giant big
    """.split()
)
# "the official", "the spokesperson": a person known by a role named before
_ROLE_DEFINITE_RE = re.compile(r"\b[Tt]he\s+(official|spokesperson|spokesman|spokeswoman|executive)\b(?!\s+[a-z]+\s+(?:of|for)\b)")
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
# Nouns whose referent must carry the same head word ("the association" is not any organisation).
SPECIFIC_NOUNS = frozenset(
    "association ministry institute committee council commission university party bank agency alliance union "
    "federation court society foundation".split()
)


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
            out.append((m.start(), m.end(), word, ("subject" if low == "it" else "possessive", ("org", "group", "product", "", "thing"), "")))
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


def _possessive_her(sentence: str, end: int) -> bool:
    nxt = re.match(r"\s+([a-z]+)", sentence[end:])
    return bool(nxt) and nxt.group(1) not in ("to", "and", "or", "in", "on", "at", "that", "as", "for", "with")


def _first_verb(sentence: str) -> Optional[int]:
    m = _VERB_HINT_RE.search(sentence)
    return m.start() if m else None


_ROLE_WORDS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_ROLE_RE = re.compile(rf"\b(?:(?:{_ROLE_WORDS})\s+){{0,2}}(?:{_ROLE_WORDS})\b", re.I)


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
            if gap.strip() in ("'s", "’s", ""):
                owner = n
        if owner is None:
            continue
        written = sentence[owner.start:m.start()].strip()
        if not written.endswith(("'s", "’s")):
            written += "'s"  # "a Tesla engineer": Tesla's engineer
        description = f"{written} {role}"
        out.append(_Mention(Referent(description, "person", role.split()[-1]), index, owner.start, owner.start == 0))
    return out


def _lists(sentence: str, index: int, mentions) -> list:
    """'SK Hynix and Samsung', 'Huawei, ZTE and Xiaomi': names joined by commas and 'and', which
    "they", "them" and "their" may stand for."""
    named = sorted((m for m in mentions if m.referent.type in ("org", "group", "")), key=lambda m: m.start)
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


def _best(history, i, paragraphs, counts, wants) -> Optional[Referent]:
    best, best_score = None, 0.0
    for m in reversed(history):
        back = i - m.sentence
        if back > WINDOW or (wants[1] == ("plural",) and (back > 2 or paragraphs[m.sentence] != paragraphs[i])):
            break  # a list is remembered for a sentence or two of its paragraph
        if m.referent.name.endswith(("'s spokesperson", "’s spokesperson")) and wants[1] != ("person",):
            continue
        if not _fits(m.referent, wants):
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
        if paragraphs[m.sentence] != paragraphs[i]:
            score -= 0.3
        if score > best_score:
            best, best_score = m.referent, score
    return best
