"""Split a sentence into the parts that can be checked on their own.

"Huawei, which employs over 207,000 people, used to buy $10bn of chips a year" holds two
assertions: "Huawei employs over 207,000 people" and "Huawei used to buy $10bn of chips a year".
Coordinated clauses (", and the group meets twice a year", "has 774 members and plans two
meetings") split the same way.
"""

from __future__ import annotations

from typing import NamedTuple

from ..lazyre import lazy
from . import english
from .kinds import PERSON_NOUNS
from .lexicon import DETERMINERS, NUMBER_WORDS, STOPWORDS

_RELATIVE_RE = lazy(r",\s+(which|who|whose)\s+")
# ", and ...", "; ...", and " and " or " but " before a verb ("has 774 members and plans two
# meetings", "bought chips from them but can no longer buy"), which joins two assertions where
# " and " before a noun joins two things
_COORD_RE = lazy(
    r"(?:,\s+(?:and|but|while|whereas|although|though|yet)\s+|;\s+"
    r"|\s+(?:and|but)\s+(?=(?:will|would|can|could|may|might|must|should|has|have|had|is|are|was|were"
    r"|[a-z]{3,}(?<!s)s|[a-z]{2,}ed)\b))"
)
_CLAUSE_COMMA_RE = lazy(r"[,;]\s")  # not the comma inside 207,000
_WORD_RE = lazy(r"[A-Za-z0-9$]+")
MIN_WORDS = 4


class Part(NamedTuple):
    text: str  # what to analyse (a relative clause gets its antecedent in front)
    start: int  # where the part stands in the sentence
    end: int
    kind: str = "clause"  # clause | relative | appositive | modifier
    head: int = -1  # relative, appositive, modifier: where the name it tells of starts in the sentence
    # clause: the (start, end) spans of the sentence its text leaves out (the others' bodies); the others:
    # the span each takes out of its clause
    cuts: tuple = ()


def span_between(text: str, at: int, joints) -> tuple:
    """(start, end) of the stretch of ``text`` holding the offset ``at`` between the nearest of the
    ``joints`` (strings such as ", and " or ";") on either side."""
    lo = max(text.rfind(mark, 0, at) for mark in joints)
    ends = [i for i in (text.find(mark, at) for mark in joints) if i != -1]
    return max(lo, 0), min(ends) if ends else len(text)


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def split(sentence: str, modifiers: bool = False) -> list:
    """The checkable parts of a sentence; the sentence itself when it does not split.

    ``modifiers``: also a participle phrase set off by commas after a name ("CSIA, composed of 774
    organisations, said ..." asserts "CSIA is composed of 774 organisations"), and no appositive
    to a date or a figure ("on March 11, the CSIA, composed of ...")."""
    parts = []
    removed = []
    for m in _RELATIVE_RE.finditer(sentence):
        if any(s <= m.start() < e for s, e in removed):
            continue
        body_start = m.end()
        closing = _CLAUSE_COMMA_RE.search(sentence, body_start)
        close = closing.start() if closing else -1
        body_end = close if close != -1 else len(sentence.rstrip(" .!?"))
        head_start = max([0] + [c.end() for c in _CLAUSE_COMMA_RE.finditer(sentence, 0, m.start())])
        antecedent = _noun_phrase(sentence[head_start : m.start()].strip())
        named = _named_before_appositive(sentence, head_start, m.start(), m.group(1))
        if named:  # "Ilse Vandermolen, the women's winner of the race, whose time ...": the time is hers
            antecedent = named
        body = sentence[body_start:body_end].strip()
        if not antecedent or _words(body) < 2:
            continue
        joined = f"{antecedent}'s {body}" if m.group(1) == "whose" else f"{antecedent} {body}"
        removed.append((m.start(), close + 1 if close != -1 else body_end))
        parts.append(Part(joined, body_start, body_end, "relative", sentence.rfind(antecedent, 0, m.start()), (removed[-1],)))
    for m in _APPOSITIVE_RE.finditer(sentence):
        # "SMIC, a Shanghai-based chipmaker, is ...": the appositive asserts "SMIC is a ... chipmaker"
        if any(s <= m.start() < e for s, e in removed) or _words(m.group("np")) < 2:
            continue
        if m.group("next") in ("and", "or", "but", "which", "who", "whose", "that") or not english.can_be_verb(m.group("next")):
            continue  # the comma closes a list or a clause, not an appositive before the verb
        name = _noun_phrase(sentence[: m.start()].strip())
        if not name or not name[:1].isupper() or (modifiers and not _ends_with(sentence[: m.start()], name)):
            continue
        opener = m.group("np").split()[0]
        if opener not in _APPOSITIVE_OPENERS and not _OWNER_RE.match(m.group("np")) and (
                sentence[: sentence.rfind(name, 0, m.start())].strip(" ,;") or name.split()[0].lower() in _NOT_OPENING_A_NAME):
            continue  # a bare title sets off only a name that opens its clause ("Tom Hale, chief executive of
            # Arvena, said"; not "after meeting Tom Hale, chief executive of Arvena, staff said")
        removed.append((m.start(), m.start("next") - 1))  # keep one space before the verb
        parts.append(Part(f"{name} is {m.group('np').strip()}", m.start("np"), m.end("np"), "appositive",
                          sentence.rfind(name, 0, m.start()), (removed[-1],)))
    if modifiers:
        parts.extend(_modifiers(sentence, removed))
    main = _remove(sentence, removed)
    for text, start, end in _coordinated(main):
        cuts = tuple((s, e) for s, e in removed if start <= s < end)
        parts.insert(len(parts) if parts else 0, Part(text, start, end, cuts=cuts))
    parts.sort(key=lambda p: p.start)
    return parts or [Part(sentence, 0, len(sentence))]


# ", composed of 774 organisations, ", ", founded in Eindhoven in 1987 as a maker of boilers, ": a
# participle and a preposition, between commas, before the verb of the clause
_MODIFIER_RE = lazy(
    r",\s+(?P<vp>(?P<participle>[a-z]{3,})\s+(?:in|by|as|from|of|with|at|on|for|to|near|under|since|between)\s+"
    r"[^,;]{2,80}?),\s+(?P<next>[a-z]+)\b")
_YEAR_RE = lazy(r"\b(?:1[89]|20)\d\d\b")


def _participle(word: str) -> bool:
    """A past participle: a verb form that is not its lemma, an -s form or an -ing form ("built", "composed")."""
    return english.can_be_verb(word) and english.known(word) and english.lemma(word) != word and not word.endswith(("s", "ing"))


def _ends_with(text: str, name: str) -> bool:
    """Does the name end the text, and is it no date or figure ("on March 11," is no name)?"""
    return text.rstrip().endswith(name) and not name[-1:].isdigit()


def _modifiers(sentence: str, removed: list) -> list:
    """Participle phrases after a name, as parts "NAME is composed of ..." ("was" when the phrase gives a year).
    Adds what each takes out of the sentence to ``removed``."""
    out = []
    for m in _MODIFIER_RE.finditer(sentence):
        if any(s <= m.start() < e for s, e in removed) or not _participle(m.group("participle")):
            continue
        if m.group("next") in ("and", "or", "but", "which", "who", "whose", "that") or not english.can_be_verb(m.group("next")):
            continue
        name = _noun_phrase(sentence[: m.start()].strip())
        first = name.split()[1] if name.split()[0].lower() == "the" and len(name.split()) > 1 else name
        if not name or not first[:1].isupper() or not _ends_with(sentence[: m.start()], name):
            continue  # a name only: "the plant, built in 19 months, ..." says nothing checkable apart
        be = "was" if _YEAR_RE.search(m.group("vp")) else "is"
        removed.append((m.start(), m.start("next") - 1))
        out.append(Part(f"{name} {be} {m.group('vp').strip()}", m.start("vp"), m.end("vp"), "modifier",
                        sentence.rfind(name, 0, m.start()), (removed[-1],)))
    return out


_DETERMINERS = DETERMINERS | {"that"}  # "that working group": here a determiner too
_APPOSITIVE_OPENERS = frozenset(["a", "an", "the"])
# words before a name that make it the object of a phrase, not the clause's subject ("Unlike Ann Lee, ...")
_NOT_OPENING_A_NAME = STOPWORDS | frozenset("unlike like with without after before despite besides beside against "
                                            "for from".split())
_OWNER = r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s"  # "Tellermoor County Council's": an owner of one to four words
_OWNER_RE = lazy(_OWNER + r"\s")
# (and a title without its article, as news writes one after a name: "Angela Morrow, head teacher of
# Brennick High, said", "Tom Hale, chief executive of Arvena, said")
_APPOSITIVE_RE = lazy(
    r",\s+(?P<np>(?:a|an|the|" + _OWNER + r")\s+[^,;.]{3,80}?"
    r"|(?:[a-z]+\s+)?(?:" + "|".join(sorted(PERSON_NOUNS | {"teacher", "captain", "councillor", "member", "editor"}))
    + r")\s+(?:of|at|for)\s+[^,;.]{2,60}?),\s+(?P<next>[a-z]+)\b")


# a phrase opening the sentence before its subject: "In Leeds, the city council, which ..." (the council is
# the antecedent, not Leeds)
_FRONTING = frozenset("in on at after before during for from with without despite unlike like under over since "
                      "following across among as by through within when while".split())


_AGE_RE = lazy(r"\d{1,3}")  # a bare figure set off after a name: an age, as news gives one


def _named_before_appositive(sentence: str, start: int, end: int, relative: str = "whose") -> str:
    """The name an appositive between ``start`` and ``end`` tells of, when the stretch is one (it opens
    with "a", "an", "the" or an owner's name, and a name ends the text before its comma) and the
    relative word ``relative`` after it can stand for what the appositive describes; else "".
    A relative after an appositive tells of what the appositive does: "Ilse Vandermolen, the winner
    of the 2025 race, whose time ..." (not the race's time), "Harwick Capital, an investment firm
    based in Orrington, which put ..." (not the town); but "which" stands for no person ("Amy Cole, a
    nurse at Kelby General, which has 800 beds": the hospital's beds), and "who" for the person the
    appositive ends on ("Sam Okafor, the son of Dave Okafor, who played 300 games": the father)."""
    stretch = sentence[start:end].strip()
    age = bool(_AGE_RE.fullmatch(stretch))  # "Kasia Nowak, 16, who gained ...": hers
    if start == 0 or not stretch or not (stretch.split()[0].lower() in _APPOSITIVE_OPENERS or _OWNER_RE.match(stretch) or age):
        return ""
    head = "" if age else _appositive_head(stretch)
    if (relative == "which" and _personal(head)) or (relative == "who" and head in _KIN and stretch.split()[-1][:1].isupper()):
        return _trailing_name(stretch)  # the name the appositive ends on, if any
    before = sentence[:start].rstrip().rstrip(",;").rstrip()
    if before.endswith(";") or sentence[start - 2:start].strip() != ",":
        return ""
    name = _trailing_name(before)
    clause = before[max(before.rfind(","), before.rfind(";")) + 1:].split()
    if not name or clause[0].lower() in _FRONTING:
        return ""  # not the object of a fronted phrase ("After the vote in Leeds, the council, which ...")
    return name


def _trailing_name(text: str) -> str:
    """The run of capitalised words the text ends with ("... the director of Leeds General Infirmary"),
    or "" (nor a date: "on March 11")."""
    words = text.split()[-6:]
    name = []
    while words and words[-1][:1].isupper() and words[-1].lower() not in _NOT_OPENING_A_NAME:
        name.insert(0, words.pop())
    return " ".join(name) if name and not name[-1][-1:].isdigit() else ""


def _appositive_head(stretch: str) -> str:
    """The head noun of an appositive: its last word before a preposition or a participle that
    follows it ("the chief executive of Kelby General": executive; "an investment firm based in
    Orrington": firm)."""
    words = [w.strip(",.;:").lower() for w in stretch.split()]
    for k, word in enumerate(words):
        if k and (word in _HEAD_ENDS or (word.endswith("ed") and k + 1 < len(words) and words[k + 1] in _HEAD_ENDS)):
            return words[k - 1]
    return words[-1] if words else ""


_HEAD_ENDS = frozenset("of at in for from with on to near by".split())
# nouns of kin: "the son of ... Dave Okafor, who played": "who" is the person the appositive ends on
_KIN = frozenset("son daughter wife husband mother father brother sister widow widower partner grandson "
                 "granddaughter niece nephew cousin friend".split())
# nouns of people PERSON_NOUNS lacks (not by their endings: "housebuilder", "brewer", "grocer" name firms)
_PEOPLE = _KIN | frozenset("nurse captain chief head pupil student resident coach player winner doctor surgeon teacher "
                           "lecturer professor officer worker councillor campaigner volunteer pilot driver farmer "
                           "patient fan supporter runner rider singer writer author artist journalist reporter editor "
                           "actor presenter paramedic midwife solicitor barrister judge".split())


def _personal(noun: str) -> bool:
    """Does the noun name a person ("director", "nurse", "son")? Then "which" cannot stand for it."""
    return noun in PERSON_NOUNS or noun in _PEOPLE


def _noun_phrase(text: str) -> str:
    """The noun phrase a clause ends with: from its last determiner ("... set up the working group" ->
    "the working group"), else a possessive name and the words after it ("Kelby Zoo's breeding
    programme"), else its last run of capitalised words (a name), else its last three words."""
    words = text.split()[-8:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in _DETERMINERS and k < len(words) - 1:
            return " ".join(words[k:])
    caps, after = [], []
    for w in reversed(words):
        if w[:1].isupper():
            caps.insert(0, w)
        elif caps:
            break
        else:
            after.insert(0, w)
    if caps and after and caps[-1].endswith(("'s", "\u2019s", "s'")):
        return " ".join(caps + after)  # "Kelby Zoo's breeding programme": a possessive name opens the phrase
    return " ".join(caps) if caps else " ".join(words[-3:])


def _remove(sentence, ranges):
    """The sentence without the given ranges, as (text, list of original offsets per char)."""
    chars, offsets = [], []
    for i, ch in enumerate(sentence):
        if any(s <= i < e for s, e in ranges):
            continue
        chars.append(ch)
        offsets.append(i)
    return "".join(chars), offsets


def _coordinated(main):
    text, offsets = main
    if not text.strip():
        return []
    pieces = []
    last = 0
    for m in _COORD_RE.finditer(text):
        left, right = text[last : m.start()], text[m.end() :]
        bare = m.group().strip()
        if bare in ("and", "but") and _noun_before_its_verb(right):
            continue  # "goods and services built on ...": a plural noun with its participle, not "and services"
        if bare in ("and", "but") and not _may_open_a_clause(right):
            continue  # "in English and maths, down from": an -s word no verb has ("maths", "news", "series")
        if bare == "but" and left.split()[-1:] in (["all"], ["anything"], ["nothing"]):
            continue  # "all but guaranteed": nearly, not a second assertion
        if bare == "and" and _objects_joined(left):
            continue  # "the pass rate in English and maths rose": two objects of one preposition
        if _words(left) >= MIN_WORDS and _words(_next_clause(right)) >= MIN_WORDS:
            pieces.append((last, m.start()))
            last = m.end()
    pieces.append((last, len(text)))
    out = []
    for s, e in pieces:
        chunk = text[s:e].strip()
        if not chunk:
            continue
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        start = offsets[s + lead] if s + lead < len(offsets) else offsets[-1]
        end = offsets[min(e, len(offsets)) - 1] + 1
        out.append((chunk, start, end))  # as written: a capital would make "solve" a name
    return out


_JOINED_AFTER = frozenset("in of for on at with between from".split())
_PAIR_OPENERS = frozenset(["both", "between"])  # words that announce the two things "and" joins


def _objects_joined(left: str) -> bool:
    """Does the text before " and " end on a preposition's object, with no verb before it ("X's pass
    rate in English")? Then "and" joins a second object to it, not a clause."""
    words = left.split()
    if len(words) >= 2 and words[-2].lower() in _PAIR_OPENERS:
        return True  # "in both English and maths", "between Leeds and York": a pair, whatever came before
    if len(words) < 2 or not any(w.lower() in _JOINED_AFTER for w in words[-3:-1]):
        return False
    plain = [w.strip(",.;:").lower() for w in words]
    return not any(_verb_form(w) or (english.can_be_verb(w) and k + 1 < len(plain) and _object_opens(plain[k + 1]))
                   for k, w in enumerate(plain) if words[k][:1].islower())


_OBJECT_OPENERS = frozenset("the a an its their his her our this that these those".split())


def _object_opens(word: str) -> bool:
    """Does the word open a verb's object ("shut its unit", "cut 200 jobs")?"""
    return word in _OBJECT_OPENERS or word.replace(",", "").replace(".", "").isdigit()


_FINITE = frozenset("is are was were has have had will would can could may might must should shall does did".split())


def _verb_form(word: str) -> bool:
    """A word that can only be there as a verb of a clause: an auxiliary, or an inflected form of a
    verb ("rose", "opened", "sells"; not "rate", which may be a noun)."""
    return word in _FINITE or english.inflected_verb(word)


_SUBJECT_REACH = 5  # words of a subject after " and " up to its verb: "and maths results fell"


def _may_open_a_clause(right: str) -> bool:
    """Can the word after a bare " and " be the verb of a second clause? _COORD_RE takes an -s word
    for a verb in -s ("and plans two meetings"); one English has no verb for is a plural noun."""
    words = right.split()
    first = words[0].strip(",.;:") if words else ""
    if not (first.endswith("s") and first.isalpha() and first.islower() and first not in _FINITE
            and not english.can_be_verb(first)):
        return True
    # a plural noun may still open the clause as its subject: "and maths results fell by 3 per cent"
    for word in words[1:_SUBJECT_REACH]:
        if word[-1:] in ",;:":
            return _verb_form(word.strip(",.;:").lower())
        if _verb_form(word.strip(".").lower()):
            return True
    return False


def _noun_before_its_verb(right: str) -> bool:
    """Is the -s word after a bare " and " a plural noun, because a participle opening a phrase
    follows it ("and services built on ...", "and services including ...")?
    A verb in -s takes an object instead ("and plans two meetings")."""
    words = right.split(None, 3)
    if len(words) < 2 or not words[0].endswith("s") or not words[0].isalpha() or not words[0].islower():
        return False
    after = words[1].strip(",.;:").lower()
    if not (after.isalpha() and not after.endswith("s") and english.can_be_verb(after)
            and any(lemma != after for lemma in english.lemmas(after))):
        return False
    # a participle that opens a phrase ("built on", "made by", "including") describes the noun; a
    # past tense with its own object or figure ("profits rose 3%") is the verb of a clause
    return after.endswith("ing") or len(words) > 2 and words[2].lower() in _PARTICIPLE_PREPOSITIONS


_PARTICIPLE_PREPOSITIONS = frozenset("by on in with from for at under".split())


def _next_clause(text):
    m = _COORD_RE.search(text)
    return text[: m.start()] if m else text


_SUBJECT_MAX_WORDS = 8  # "The Kestleby and District Credit Union's board": longer is rarely a subject alone


def with_subjects(sentence: str, parts: list) -> list:
    """The parts, each coordinated clause that opens on its verb ("Kestleby Airport handled 1.42 million
    passengers ... and expects 2.5 million a year by 2035") read with the subject of the clause before
    it in front ("Kestleby Airport expects ..."), as kind "shared" with the subject at ``head``: read
    alone, the verb has no doer and its words find no claim. Only where that clause opens on a name
    right before its verb, and nothing is taken out of the clause that opens on its verb."""
    out = []
    subject, subject_at = "", -1  # the subject of the last clause read, and where it stands in the sentence
    for part in parts:
        if part.kind != "clause":
            out.append(part)
            continue
        if opens_on_a_verb(part.text) and out and subject and not part.cuts:
            part = part._replace(text=f"{subject} {part.text}", kind="shared", head=subject_at)
        else:
            # (the subject of the clause's last sentence: "Nobody was injured. The passengers stayed ... and
            # towed" shares no "Nobody")
            last = _last_sentence_start(part.text)
            subject = _subject(part.text[last:]) if not part.cuts else ""
            subject_at = part.start + last
        out.append(part)
    return out


_SENTENCE_END_RE = lazy(r"[.!?][\"\u201d']?\s+(?=[\"\u201c']?[A-Z])")


def _last_sentence_start(text: str) -> int:
    """Where the last sentence of a text that holds several opens (0 for one sentence)."""
    found = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    return found[-1] if found else 0


def opens_on_a_verb(text: str) -> bool:
    """Does the text open on a finite verb ("expects 2.5 million", "will return", "plans two
    meetings")? A word in -s is a verb only before what opens its object or an adverb: before a
    preposition or a verb it is a plural noun, the clause's own subject ("prices at Kelby Ferries
    rose", "visits to the ward fell", "profits fell")."""
    words = text.split()
    first = words[0].strip(",.;:") if words else ""
    if not first.islower() or not _verb_form(first) or first.endswith("ing"):
        return False
    if first.endswith("s") and first not in _FINITE:
        second = words[1].strip(",.;:").lower() if len(words) > 1 else ""
        third = words[2].strip(",.;:") if len(words) > 2 else ""
        return bool(second) and (_object_opens(second) or second in _OBJECT_OPENING_WORDS or second in NUMBER_WORDS
                                 or words[1][:1].isupper() or second.endswith("ly")
                                 or (second == "to" and third.islower() and english.can_be_verb(third)))  # "expects to cut"
    return True


_OBJECT_OPENING_WORDS = frozenset("it them him her us me some all most about nearly almost more".split())


def _subject(clause: str) -> str:
    """The name a clause opens on right before its verb ("Kestleby Airport" of "Kestleby Airport
    handled ...", "The North Stand" of "The North Stand will be ..."); "" where no such subject opens
    it (a fronted phrase, a possessive, a noun phrase, a pronoun)."""
    words = clause.split()
    k = 1 if words and words[0].lower() == "the" else 0
    run = k
    while run < len(words) and words[run][:1].isupper() and words[run].isalpha() and run - k < _SUBJECT_MAX_WORDS:
        run += 1
    if run == k:
        return ""  # (a noun, "The fee was undisclosed but speculated ...", would set the part against any fee)
    if words[0].lower() in _NOT_A_SUBJECT_OPENING or run >= len(words):
        return ""
    after = words[run].strip(",.;:")
    then = words[run + 1].strip(",.;:") if run + 1 < len(words) else ""
    # a verb form, or a verb of one form in past and present before its object ("Kelby Council cut 200
    # jobs"); not a noun that goes on the name ("The English release received ...")
    verb = _verb_form(after) or (english.can_be_verb(after) and (_object_opens(then.lower()) or then in NUMBER_WORDS))
    return " ".join(words[:run]) if after.islower() and verb and after not in _NOT_A_VERB_HERE else ""


_NOT_A_VERB_HERE = frozenset("of at in on for with from by to and or but the a an".split())


# words that open an adverbial or a subordinate clause, not a subject ("After the vote the council ...")
_NOT_A_SUBJECT_OPENING = frozenset("in on at by for from with without after before since during under over "
                                   "if when while although though because as once unless until whether".split())
