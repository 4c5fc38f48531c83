"""Find named actors and places: the claim base's canonical names and aliases, then unknown proper names."""

from __future__ import annotations


import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..lazyre import lazy
from ..model import Entity
from .lexicon import AUXILIARIES, BUILTIN_ENTITIES, COMMON_ACRONYMS, MONTHS, NOT_NAMES, NUMBER_WORDS, OPENING_FUNCTION_WORDS, STOPWORDS, UNIT_ABBREVIATIONS, WEEKDAYS
from . import english
from .tokens import TOKEN_RE, is_possessive, normalise_word
from .descriptions import is_title_word
from .kinds import ORG_NOUNS

MAX_ALIAS_TOKENS = 8
_NAME_JOINERS = frozenset(["of", "for", "de", "du", "von", "van"])


class Mention(NamedTuple):
    name: str  # canonical name; for a name the base does not know, the name as written
    start: int
    end: int
    first: int  # token indexes, inclusive
    last: int
    type: str = ""
    known: bool = True


def _key(text: str) -> tuple:
    return tuple(normalise_word(m.group()) for m in TOKEN_RE.finditer(text))


def _case_sensitive(alias: str) -> bool:
    # "US" the country, not "us"; "SIA", not "sia"
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 5


class EntityMatcher:
    """Longest-match lookup of aliases over a token list: linear in the text, whatever the alias count."""

    def __init__(self, entities=(), include_builtin: bool = True):
        self.table = {}  # key tuple -> (name, type, case-sensitive forms or None)
        self.types = {}
        self.first_words = set()  # first word of every alias: most words start none
        self.parents = {}  # canonical name -> names it is part of
        if include_builtin:
            for name, aliases, etype, *part_of in BUILTIN_ENTITIES:
                self._add(Entity(name, tuple(aliases), etype, tuple(part_of[0]) if part_of else ()))
        for entity in entities:  # the claim base's own names win over the built-in ones
            self._add(entity)

    def ancestors(self, names) -> set:
        """Everything the named things are part of, transitively ("Pudong" gives Shanghai and China)."""
        out, todo = set(), list(names)
        while todo:
            for whole in self.parents.get(todo.pop(), ()):
                whole = self.canonical(whole)
                if whole not in out:
                    out.add(whole)
                    todo.append(whole)
        return out

    def _add(self, entity: Entity):
        self.types[entity.name] = entity.type
        if entity.part_of:
            self.parents[entity.name] = tuple(entity.part_of)
        for form in (entity.name, *entity.aliases):
            key = _key(form)
            if not key or len(key) > MAX_ALIAS_TOKENS:
                continue
            # None: any case matches. A set: only these spellings ("US" but not "us").
            self.first_words.add(key[0])
            previous = self.table.get(key)
            if _case_sensitive(form):
                forms = {form.replace(".", "")} | (previous[2] if previous and previous[2] is not None else set())
                if previous and previous[2] is None and previous[0] == entity.name:
                    forms = None
            else:
                forms = None
            self.table[key] = (entity.name, entity.type, forms)

    def canonical(self, name: str) -> str:
        hit = self.table.get(_key(name))
        return hit[0] if hit else name

    def find(self, tokens, vocabulary=frozenset(), text: str = "") -> list:
        """Known names by longest match, then runs of capitalised words the base does not know."""
        mentions = []
        i, n = 0, len(tokens)
        first_words = self.first_words
        while i < n:
            hit = None
            for size in range(min(MAX_ALIAS_TOKENS, n - i), 0, -1) if tokens[i].lower in first_words else ():
                key = tuple(t.lower for t in tokens[i : i + size])
                entry = self.table.get(key)
                if entry is None:
                    continue
                name, etype, exact_forms = entry
                if exact_forms is not None:
                    written = "".join(t.text for t in tokens[i : i + size]).replace(".", "")
                    written = written.replace("'s", "").replace("’s", "")
                    if written not in exact_forms and not any(written.startswith(f) for f in exact_forms):
                        continue
                hit = Mention(name, tokens[i].start, tokens[i + size - 1].end, i, i + size - 1, etype, True)
                break
            if hit:
                mentions.append(hit)
                i = hit.last + 1
                continue
            lead = i  # where the name starts: before an ordinal that opens it ("20th Century Fox")
            if _opens_a_name(tokens, i, text) and _name_like(tokens, i + 1, vocabulary, inside=True) \
                    and _name_like(tokens, i + 2, vocabulary, inside=True) and not self._known_at(tokens, i + 1):
                i += 1
            if tokens[i].is_cap and _name_like(tokens, i, vocabulary, starts=_opens_sentence(tokens, i, text), text=text) and not (
                    i == 0 and text[tokens[0].end : tokens[0].end + 1] == ":"):
                title_end = self._title_end(tokens, i, text)
                if title_end > i:
                    i = title_end  # "Captain Liam Okafor", "District Judge Alan Whitcombe": a title before a known name is no name
                    continue
                j = i
                while j + 1 < n and _joined(tokens[j], tokens[j + 1], text):
                    if tokens[j + 1].text == "A" and text[tokens[j + 1].end:tokens[j + 1].end + 1] == "-":
                        break  # "England A-level entries": a compound of its own, no letter of the name
                    if is_possessive(tokens[j]) and len(tokens[j + 1].text) > 1 and tokens[j + 1].text.isupper():
                        break  # "Kelby Academy's GCSE results", "Britain's NHS": the owner's thing, a name of its own
                    if is_possessive(tokens[j]) and tokens[j + 1].lower.isalpha() and not english.entry(tokens[j + 1].lower).common:
                        break  # "Labour's Priya Desai", "Harby Rugby Club's Ollie Grant": the owner, then a person's name (a
                        # common noun after it is the name's own word: "Hobday's Brewery", "St Wenna's Hospice")
                    if _name_like(tokens, j + 1, vocabulary, inside=True) and (
                            not self._known_at(tokens, j + 1) or j == i and tokens[i].lower in _COMPASS):
                        j += 1
                    elif (tokens[j + 1].lower in _NAME_JOINERS and j + 2 < n and _name_like(tokens, j + 2, vocabulary, inside=True)
                          and not self._starts_known(tokens, j + 2)):
                        j += 2  # "Ministry of Commerce", "Bank of America": one name
                    elif _syllable_of_the_name(tokens, j, i, text):
                        j += 1  # "Lee Byung-hun", "Kim Jong-un": a given name in two hyphened syllables
                    else:
                        break
                i = lead if j > i else i  # an ordinal opens a name of two words or more only
                words = [t.text for t in tokens[i : j + 1]]
                if words[-1].endswith(("'s", "’s")):
                    words[-1] = words[-1][:-2]  # "Emery's" names Emery
                region = j > i and tokens[i].lower in _COMPASS and self.types.get(
                    self.table.get((tokens[i + 1].lower,), ("",))[0]) == "place"
                place = english.place_of(tokens[i].lower) if j == i else ""
                if place:  # "a Cornish band" is a band of Cornwall: the demonym names its place
                    mentions.append(Mention(self.canonical(place), tokens[i].start, tokens[j].end, i, j, "place",
                                            _key(place) in self.table))
                else:
                    mentions.append(Mention(" ".join(words), tokens[i].start, tokens[j].end, i, j, "place" if region else "", False))
                i = j + 1
                continue
            i += 1
        if text and len(mentions) > 2 and _NICKNAME_RE.search(text):
            mentions = _nicknames_within(mentions, text)
        return _joined_names(mentions, text) if text and len(mentions) > 1 and " and " in text else mentions

    @staticmethod
    def text_neutral(tokens, text: str) -> bool:
        """Does find give the same names with ``text`` as without it? It does unless a label colon
        follows the first word or a single character other than a space or a hyphen parts two words."""
        if tokens and text[tokens[0].end : tokens[0].end + 1] == ":":
            return False
        return all(b.start - a.end != 1 or text[a.end] in " -" for a, b in zip(tokens, tokens[1:]))

    def _starts_known(self, tokens, i) -> bool:
        return (tokens[i].lower,) in self.table

    def _title_end(self, tokens, i, text) -> int:
        """The index of the known name a run of title words from token i stands before ("District
        Judge Alan Whitcombe": Alan's), or i when there is none."""
        j = i
        while j < len(tokens) and j - i < MAX_TITLE_WORDS and is_title_word(tokens[j]) and tokens[j].lower not in _COMPASS \
                and j + 1 < len(tokens) and _joined(tokens[j], tokens[j + 1], text):
            if self._known_at(tokens, j + 1):
                return j + 1
            j += 1
        return i

    def _known_at(self, tokens, i) -> bool:
        """Does a name the base knows start at token i ("Liam Okafor" in "Captain Liam Okafor")?"""
        if tokens[i].lower not in self.first_words:
            return False
        return any(tuple(t.lower for t in tokens[i:i + size]) in self.table
                   for size in range(1, min(MAX_ALIAS_TOKENS, len(tokens) - i) + 1))


_ACRONYM_REACH = 3  # names joined by "and" before a bracketed acronym ("Food and Drug Administration (FDA)")


# a nickname in quotation marks within a person's name: Eleanor Kate "Elly" Jackson, Eleanor Kate `` Elly '' Jackson
_NICKNAME_RE = lazy(r"""(?:``|"|“|')\s*[A-Z]""")
_OPENING_QUOTE_RE = lazy(r"""\s*(?:``|"|“|')\s*""")
_CLOSING_QUOTE_RE = lazy(r"""\s*(?:''|"|”|')\s*""")


def _nicknames_within(mentions, text: str) -> list:
    """A name, a nickname in quotation marks and a surname (Eleanor Kate "Elly" Jackson) are one name,
    the person's given names and surname, Eleanor Kate Jackson."""
    out, i = [], 0
    while i < len(mentions):
        if i + 2 < len(mentions):
            a, nick, b = mentions[i:i + 3]
            if not (a.known or nick.known or b.known) and not text[a.start:a.end].endswith(("'s", "’s")) \
                    and _OPENING_QUOTE_RE.fullmatch(text, a.end, nick.start) \
                    and _CLOSING_QUOTE_RE.fullmatch(text, nick.end, b.start) and " " not in nick.name and " " not in b.name:
                out.append(Mention(f"{a.name} {b.name}", a.start, b.end, a.first, b.last, a.type, False))
                i += 3
                continue
        out.append(mentions[i])
        i += 1
    return out


def _joined_names(mentions, text: str) -> list:
    """Names joined by "and" or "&" that the acronym in brackets right after them spells the initials
    of are one name ("the Food and Drug Administration (FDA)", "Research and Development Council
    (RDC)"), as an acronym written beside its full name says (Schwartz and Hearst 2003), and so are
    those of a body named for its remit, with no acronym ("the Competition and Markets Authority": see
    _named_for_its_remit); names listed ("Huawei and Xiaomi (Beijing)") stay apart."""
    out, i = [], 0
    while i < len(mentions):
        joined = None
        for k in range(i + 1, min(len(mentions), i + _ACRONYM_REACH)):
            run = mentions[i:k + 1]
            if any(text[a.end:b.start] not in (" and ", " & ") for a, b in zip(run, run[1:])):
                break
            if any(m.known for m in run):
                break
            whole = text[run[0].start:run[-1].end]
            short = mentions[k + 1] if k + 1 < len(mentions) else None  # (the acronym, if one follows)
            spelled = short is not None and text[run[-1].end:short.start] == " (" and text[short.end:short.end + 1] == ")" \
                and _initials_of(short.name, _name_words(whole)[0])
            if spelled or _named_for_its_remit(run):
                joined = Mention(whole, run[0].start, run[-1].end, run[0].first, run[-1].last, run[0].type, False)
                i = k + 1
                break
        if joined is None:
            joined = mentions[i]
            i += 1
        out.append(joined)
    return out


# words that end the name of a public body ("the Food and Drug Administration", "the Health and Safety
# Executive"): a body named for its remit is a public one (not "Ford and General Motors Company", "Sky and
# Virgin Media Group", "Green and Labour Party": names listed)
_BODY_WORDS = frozenset("administration authority commission executive agency committee council inspectorate office "
                        "service department ministry tribunal board".split())


def _named_for_its_remit(run) -> bool:
    """Is a run of names joined by "and" a body named for its remit ("Food and Drug Administration",
    "Competition and Markets Authority"): each name before the last a common English word in
    capitals, the last ending in a word for a body? (Not "Huawei and Xiaomi", nor "Kelby and Harlow
    Council": names of their own.)"""
    last = run[-1].name.split()
    return len(last) >= 2 and last[-1].lower() in _BODY_WORDS and all(
        " " not in m.name and english.common_word(m.name.lower()) for m in run[:-1])


def _joined(a, b, text: str) -> bool:
    """Do two tokens stand in one name: only a space or a hyphen between them ("Nuremberg, Bavaria"
    is two names)."""
    gap = b.start - a.end
    if text:
        between = text[a.end:b.start]
        # an initial stands inside a name with its full stop ("George W. Bush", "Samuel L. Jackson")
        return gap <= 1 and between in ("", " ", "-") or between == ". " and len(a.text) == 1 and a.text.isupper() \
            or _group_s_body(a, b, between)
    return gap <= 1


def _group_s_body(a, b, between: str) -> bool:
    """Is "a' b" a body named for the people it is of ("Farmers' Union", "Nurses' Association")? A
    plural noun of persons in the possessive before an organisation's noun is a word of the name, not
    its owner (not "Rovers' Tom Reed": a person after it is the club's)."""
    return between in ("' ", "\u2019 ") and a.text.endswith("s") and b.lower in ORG_NOUNS \
        and english.names_a_person(english.lemma(a.lower))


def _syllable_of_the_name(tokens, j, first, text) -> bool:
    """Is the lower-case word hyphened to name word j a syllable of the name, as romanised given
    names write it ("Lee Byung-hun", "Kim Jong-un")? Only a word English does not have, inside a name
    of two words or more or before its next word ("Derby-based", "Tory-led", "EU-wide" are compounds
    of a name and a word)."""
    if j + 1 >= len(tokens) or text[tokens[j].end:tokens[j + 1].start] != "-":
        return False
    piece = tokens[j + 1]
    word = piece.text[:-2] if piece.text.endswith(("'s", "\u2019s")) else piece.text  # "Lee Byung-hun's place of birth"
    if not word.isalpha() or not word.islower() or english.common_word(word):
        return False
    return j > first or (j + 2 < len(tokens) and tokens[j + 2].is_cap and text[piece.end:tokens[j + 2].start] == " ")


def _opens_sentence(tokens, i, text) -> bool:
    """Does token i open a sentence after the first ("... hosts. Founded by ...")?"""
    if i == 0:
        return False
    gap = text[tokens[i - 1].end : tokens[i].start]
    before = tokens[i - 1].text
    if gap.startswith(".") and len(before) <= 3 and before[:1].isupper():
        return False  # "Dr. Young", "George W. Bush": a title or an initial, not a sentence's end
    return "." in gap or "!" in gap or "?" in gap


def _name_like(tokens, i, vocabulary, inside=False, starts=False, text="") -> bool:
    """Can the token be (part of) a name? ``starts``: it opens a sentence after the first, where a
    capital says no more than at the start of the text ("... country hosts. Founded by ..."); ``text``:
    the text the tokens are of, where it is at hand."""
    tok = tokens[i]
    if not tok.is_cap or tok.text[:1].isdigit():
        return False
    low = tok.lower
    if inside and tok.text == "A" and i > 0 and tokens[i - 1].is_cap and len(tokens[i - 1].text) > 1 \
            and tokens[i - 1].end + 1 == tok.start and not tokens[i - 1].text.endswith(("'s", "’s")):
        return True  # "Serie A", "Group A", "Vitamin A": a letter that ends a name, not the article (nor
        # after "Harlow College's"; find() leaves out "A-level", which needs the text to be seen)
    if tok.text in NOT_NAMES or low in MONTHS or low in WEEKDAYS or low in NUMBER_WORDS:
        return False
    if tok.text == "New" and _new_opens_a_name(tokens, i, starts):
        return True  # "New York", "New Zealand", "New Delhi": the adjective capitalised as a name's first word
    if low in STOPWORDS and not tok.text.isupper():
        return False
    if tok.text.upper() in COMMON_ACRONYMS:
        return False
    if tok.text in UNIT_ABBREVIATIONS and i > 0 and tokens[i - 1].is_number:
        return False  # "84 MW": a unit
    if tok.text in _YEAR_PERIODS and i + 1 < len(tokens) and tokens[i + 1].is_number:
        return False  # "Q1 2025", "H2 2024": a part of a year
    if (i == 0 or starts) and not inside and low in _HOW_MUCH:
        return False  # "Half of Harlow households ...", "Nearly 400 jobs ..." (but "Half Moon Bay" inside a sentence)
    if (i == 0 or starts) and not inside:
        # A capitalised first word is a name only if it does not read like a common word:
        # "Semiconductors worth ...", "Analysts expect ...", "Renewing ties ..."; a word English
        # does not have is a name whatever it ends with ("Siemens employs ...", "Reuters said").
        if any(c.isupper() for c in tok.text[1:]) and any(c.islower() for c in tok.text):
            return True  # a capital inside a word is a name's ("FreeDOS", "YouTube", "McLaren")
        if text[tok.end:tok.end + 1] == "-" and i + 1 < len(tokens) and tokens[i + 1].start == tok.end + 1 \
                and tokens[i + 1].text[:1].islower() and english.common_word(low):
            return False  # "Cost-cutting led to ...", "Short-term lets ...": a compound word, no name
        if tok.text[1:].islower() and english.common_word(low) and _opens_a_noun_phrase(tokens, i, text):
            return False  # "Turnout in Kelby fell", "Vehicle thefts rose", "Library visits in Brackwell
            # reached": a common noun heading or modifying the subject, no name ("Police made" may be one)
        next_is_cap = i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].end - tokens[i].end <= len(tokens[i + 1].text) + 1
        if tok.text[1:].islower() and english.common_word(low) and i + 1 < len(tokens) and tokens[i + 1].lower in _ADJECTIVE_PREPOSITIONS \
                and "," in text[tok.end:tokens[min(len(tokens) - 1, i + _VERBLESS_REACH)].end]:
            return False  # "Small by major label standards, the label ...", "Unhappy with the offer, the union ...": a
            # verbless clause of an adjective set off before the subject (Quirk et al. 1985, 15.58), no name
        if low in _SEQUENCE_ADVERBS and text[tok.end:tok.end + 1] == "," and _subject_follows(tokens, i + 1):
            return False  # "Afterward, Claire screams ...", "Later, the club ...": an adverb of time set off, no name
        if low in STOPWORDS or low in OPENING_FUNCTION_WORDS or (low in vocabulary and not next_is_cap):
            return False  # "Park Ji-sung", "Round Rock City": a word of the base's that opens a name
        if tok.text[1:].islower() and not english.common_word(low) and low.isalpha():
            return True
        if not tok.text.isupper() and not next_is_cap and low.endswith(("s", "ed", "ing", "ly")):
            return False
        if not tok.text.isupper() and low.endswith(("ing", "ed", "ly")) and english.known(low):
            return False  # "Counting Huawei, ...": an English verb or adverb before a name
    return True


# prepositions an adjective takes in a verbless clause that opens a sentence ("Small by major label standards,",
# "Unhappy with the offer,", "Keen to avoid a strike,")
_ADJECTIVE_PREPOSITIONS = frozenset("by with for to of about at in on".split())
_VERBLESS_REACH = 8  # words from the adjective to the comma that ends its clause


# adverbs of time and sequence that open a sentence set off by a comma (Quirk et al. 1985, 8.137, 8.89:
# time adjuncts and listing conjuncts); those in -ly are read by their ending
_SEQUENCE_ADVERBS = frozenset("afterward afterwards later then soon earlier now today yesterday tomorrow still again once "
                              "first next lastly thereafter".split())


def _subject_follows(tokens, k: int) -> bool:
    """Does a clause's own subject open at token k (a name, "the club", "he", a figure)? Then the word set off
    before it is an adverb ("Afterward, Claire screams"); not before an aside ("Next, too, raised its forecast":
    the retailer Next)."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return tok.is_cap or tok.is_number or tok.lower in _SUBJECT_OPENERS


_SUBJECT_OPENERS = frozenset("the a an this that these those its his her their our my he she it they we i there".split())


def _new_opens_a_name(tokens, i: int, starts: bool) -> bool:
    """Is a capitalised "New" the first word of a name: before a capitalised word, one space on, inside
    a sentence (where the adjective is written in lower case), or at its start before a word English
    writes only as a name and the tables know ("New Zealand signed ...", not "New figures show ..."
    nor "New Kelby homes ...", where "New" may be the adjective)?"""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_cap or tokens[i + 1].start != tokens[i].end + 1:
        return False
    nxt = tokens[i + 1].lower
    return (i > 0 and not starts) or (english.known(nxt) and not english.common_word(nxt))


# prepositions that follow the head noun of an opening noun phrase ("Turnout in ...", "Attendance at ...");
# not those names and titles are built with ("Bank of England", "Centre for Cities", "Trouble with the Curve")
_AFTER_HEAD = frozenset("in at on from among across over to".split())


def _opens_a_noun_phrase(tokens, i: int, text: str) -> bool:
    """Is the word after token i (a common word opening a sentence) one a noun phrase goes on with,
    not the verb a name would take: a preposition ("Turnout in Kelby"), or a plural or a base form
    before a preposition, an auxiliary or a verb ("Vehicle thefts in ...", "Field trials will ...", "Wet
    weather kept ..."; a verb in -s, or one after a name, takes its object: "Apple cuts 100 jobs",
    "Apple cut 100 jobs"; and a name may stand before a noun: "Marrow town centre's footfall")?"""
    if i + 1 >= len(tokens) or tokens[i + 1].is_cap or not tokens[i + 1].lower.isalpha() or is_possessive(tokens[i]):
        return False  # (a possessive names its owner: "Labour's share of the vote")
    after = tokens[i + 1].lower
    if after in _AFTER_HEAD:
        return not _title_cased_after(tokens, i + 1, text)
    if after == "of":
        # "Completion of the takeover", "Approval of plans": a noun goes on with a common word; a name with
        # a name of its own ("Bank of England", "University of the Highlands")
        j = i + 2 + (i + 2 < len(tokens) and tokens[i + 2].lower in ("the", "a", "an"))
        return j < len(tokens) and tokens[j].lower.isalpha() and not tokens[j].is_cap
    if after in STOPWORDS or after in AUXILIARIES:
        return False  # ("Wu was born": a verb)
    if after.endswith("s") and text[tokens[i + 1].end:tokens[i + 1].end + 1] in ("'", "’"):
        return True  # "Online sales' share": a plural owner, heading its phrase
    if i + 2 >= len(tokens) or not (after.endswith("s") or english.lemma(after) == after):
        return False  # (a verb in a form of its own is the name's: "Police made 40 arrests")
    then = tokens[i + 2].lower
    if after.endswith("s") and then in ("for", "of", "with"):
        return True  # "Ticket sales for the pantomime": a plural head before its phrase
    return then in _AFTER_HEAD or then in AUXILIARIES or (not then.endswith(("s", "ing")) and english.inflected_verb(then)
                                                          and not tokens[i + 2].is_cap and not is_possessive(tokens[i + 2]))  # "Passenger numbers grew"


def _title_cased_after(tokens, k: int, text: str) -> bool:
    """Is the word after the preposition at k (past an article) a common word written with a capital,
    as a title writes it ("Crazy in Love", "Lost in Translation"), not a name ("Turnout in Kelby")?"""
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in ("the", "a", "an"))
    return j < len(tokens) and tokens[j].is_cap and tokens[j].text[1:].islower() and english.common_word(tokens[j].lower)


# words that say how much or how many, which open sentences ("Half of Harlow households ...",
# "Nearly 400 jobs ...") and never a name
_HOW_MUCH = frozenset("half quarter quarters third thirds nearly almost roughly around approximately just only "
                      "twice double".split())


_ORDINAL_RE = lazy(r"\d+(?:st|nd|rd|th)")


def _opens_a_name(tokens, i: int, text: str) -> bool:
    """Is token i an ordinal written in figures before two capitalised words of a name ("20th
    Century Fox", "3rd Infantry Division"), not a date's day ("4th July") or a place in a ranking
    ("finished 3rd")?"""
    if i + 2 >= len(tokens) or not tokens[i].text[:1].isdigit() or not _ORDINAL_RE.fullmatch(tokens[i].text) \
            or (i > 0 and tokens[i - 1].lower in MONTHS):
        return False  # (not "On May 3rd Tom Reed resigned": the day of a date)
    after, then = tokens[i + 1], tokens[i + 2]
    return after.is_cap and then.is_cap and after.lower not in MONTHS and _joined(tokens[i], after, text) \
        and _joined(after, then, text)


# a point of the compass before a place names a region of its own ("North America", "Western Europe")
_COMPASS = frozenset("north south east west central northern southern eastern western northeast northwest "
                     "southeast southwest".split())
_JOINED = frozenset(["of", "for", "de", "du", "von", "van", "and", "&"])


# An organisation's legal or sporting designator, written in full or abbreviated: one name either way.
_DESIGNATORS = (("Football Club", "FC"), ("F.C.", "FC"), ("A.F.C.", "AFC"), ("Corporation", "Corp"), ("Corp.", "Corp"),
                ("Incorporated", "Inc"), ("Inc.", "Inc"), ("Limited", "Ltd"), ("Ltd.", "Ltd"))
_DESIGNATOR_SPELLING = dict(_DESIGNATORS)
_DESIGNATORS_RE = lazy(r"(?<![\w.])(?:" + "|".join(re.escape(full) for full, _ in _DESIGNATORS) + r")(?![\w])")


def _designated(name: str) -> str:
    """The name with its designator in one spelling ("Football Club" and "F.C." as "FC")."""
    return _DESIGNATORS_RE.sub(lambda m: _DESIGNATOR_SPELLING[m.group()], name)


@lru_cache(maxsize=4096)
def without_accents(name: str) -> str:
    """The name with its letters' diacritics dropped ("Fábio Coentrão" -> "Fabio Coentrao")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=16384)  # (names come up again and again: a scan asks for the same few thousand)
def _letters_alone(name: str) -> str:
    """The name's letters and digits (and "&", which is a word: "H&M" is no "HM"), in lower case: what is
    left when spacing and punctuation go."""
    return "".join(ch for ch in name.casefold() if ch.isalnum() or ch == "&")


def _breaks_only_dropped(a: str, b: str) -> bool:
    """Are the breaks between one name's words a subset of the other's, so that the one is the other
    with some of its breaks dropped ("IC Insights" / "ICInsights"), never moved ("Ann Ewing" / "Anne Wing")?"""
    def cuts(name):
        words = [w for w in re.split(r"[^\w&]+", name.casefold()) if w]
        at, out = 0, set()
        for w in words[:-1]:
            at += len(w)
            out.add(at)
        return out
    one, other = cuts(a), cuts(b)
    return one <= other or other <= one


def same_name(a: str, b: str, places=frozenset()) -> bool:
    """Two ways of naming one person or organisation when no entities table links them: one name
    is the other's first or last words ("Biden" / "Joe Biden", "Ren" / "Ren Zhengfei", "Samsung" /
    "Samsung Electronics"). Case and accents are ignored ("Zürich" / "Zurich"). Names built
    with "of" or "and" ("Bank of China") are whole, and a place is not part of a longer name
    ("China" / "China Mobile"): ``places`` holds the names known to be places."""
    if a == b:
        return True
    if not (a.isascii() and b.isascii()):
        # English prose often drops a name's accents ("Fabio Coentrao" / "Fábio Coentrão")
        a, b = without_accents(a), without_accents(b)
        if a == b:
            return True
    if _letters_alone(a) == _letters_alone(b) and _breaks_only_dropped(a, b):
        return True  # one name spaced, hyphenated or dotted otherwise: "IC Insights" / "ICInsights", "SK-Hynix"
    if _DESIGNATORS_RE.search(a) or _DESIGNATORS_RE.search(b):
        a, b = _designated(a), _designated(b)  # "Kessel Town Football Club" / "Kessel Town F.C."
        if a.casefold() == b.casefold():
            return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    short_words, short_singular, _ = _name_words(short)
    long_words, long_singular, long_joined = _name_words(long_)
    (bare_short, short_generation), (bare_long, long_generation) = _generation(short_words), _generation(long_words)
    if short_generation and long_generation:
        if short_generation != long_generation:
            return False  # "John Rennie Sr." is not "John Rennie Jr.", nor "Super Bowl III" "Super Bowl IV"
    elif short_generation or long_generation:
        if bare_short == bare_long:
            return True  # "Joseph Webb III" / "Joseph Webb"
        short_words, long_words = bare_short, bare_long
    if len(short_words) == len(long_words) and short_singular == long_singular:
        return True  # "Conservatives" / "Conservative": one name, in the plural
    if len(short_words) == len(long_words) >= 3 and (short_words[1:] + short_words[:1] == long_words
                                                      or long_words[1:] + long_words[:1] == short_words):
        return True  # "Lee Byung-hun" / "Byung-hun Lee": the surname first, or moved to the end
    if _initials_of(short, long_words):
        return True  # "DFW" / "Dallas-Fort Worth", "SIA" / "Semiconductor Industry Association"
    if short in places:
        return False
    if _short_given_name(short_words, long_words) and long_ not in places and not long_joined:
        return True  # "Steve Carell" / "Steven John Carell": a given name shortened, the surname the same
    n = len(short_words)
    if long_joined and n >= 2 and long_words[:n] == short_words and long_words[n] == "of" \
            and not all(english.common_word(w) for w in short_words):
        return True  # "Los Angeles Angels" / "Los Angeles Angels of Major League Baseball": the name, and
        # what it is of (not "Bank" / "Bank of China", nor "National Theatre" / "National Theatre of
        # Scotland": common words before "of" name no one thing of their own)
    if len(short_words) == len(long_words) >= 2 and short_words[0] == long_words[0] and short_words[-1] == long_words[-1] \
            and not long_joined and _in_order(short_words, long_words) and any(_initials(w) for w in short_words):
        return True  # "Carlos A. Ruiz Mendoza" / "Carlos Alberto Ruiz Mendoza": a middle name as its initial
    if not short_words or len(short_words) >= len(long_words) or long_joined:
        return False
    if long_words[-n:] == short_words or long_words[:n] == short_words:
        return True
    # a full name with middle names: "Aldon Smith" / "Aldon Jacarus Smith", "Julia Stiles" /
    # "Julia O'Hara Stiles" (the first and the last words the same, a person's name)
    return n >= 2 and short_words[0] == long_words[0] and short_words[-1] == long_words[-1] \
        and long_ not in places and all(w[:1].isalpha() for w in long_words) and _in_order(short_words, long_words)


def _in_order(short_words, long_words) -> bool:
    """Are the short name's words all the long one's, in order, an initial standing for a word it
    begins ("Hillary R. Clinton" in "Hillary Diane Rodham Clinton", "George H.W. Bush" in "George
    Herbert Walker Bush")? "Julia Stiles" is in "Julia O'Hara Stiles"; "J. Jackson High School" is
    not in "J. W. Sexton High School"."""
    rest = iter(long_words)
    for word in short_words:
        for letter in _initials(word) or [word]:
            if not any(other == letter or (len(letter) == 1 and other.startswith(letter)) for other in rest):
                return False
    return True


_INITIALS_RE = lazy(r"(?:[a-z]\.)+|[a-z]")


def _initials(word: str) -> list:
    """The letters of a word of initials ("h.w." -> h, w; "r." -> r; "r" -> r), or []."""
    return [c for c in word if c != "."] if _INITIALS_RE.fullmatch(word) else []


_NOT_INITIALLED = _JOINED | {"the"}  # words an acronym may leave out
_YEAR_PERIODS = frozenset("Q1 Q2 Q3 Q4 H1 H2".split())  # quarters and halves of a year, before it
MAX_TITLE_WORDS = 3  # "Detective Chief Inspector Ann Holt"


def _initials_of(short: str, long_words: tuple) -> bool:
    """Is ``short`` an acronym written in capitals of the long name's words, its joining words left
    out or in ("DFW" of "Dallas Fort Worth", "MIIT" of "Ministry of Industry and Information
    Technology")?"""
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()) or len(long_words) < 2:
        return False
    letters = short.casefold()
    kept = "".join(w[0] for w in long_words if w not in _NOT_INITIALLED)
    return letters in (kept, "".join(w[0] for w in long_words))


def _short_given_name(short_words: tuple, long_words: tuple) -> bool:
    """Two persons' names with one surname, the first given name the start of the other's ("Steve"
    of "Steven", "Chris" of "Christopher"), every word a word of letters."""
    if len(short_words) < 2 or len(long_words) < 2 or short_words[-1] != long_words[-1]:
        return False
    a, b = short_words[0], long_words[0]
    if a == b or not all(w.isalpha() for w in (*short_words, *long_words)):
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if shorter in _COMPASS or longer in english.family(shorter):
        return False  # "South Africa" / "Southern Africa": a word and its derivative, no given name
    return len(shorter) >= 3 and longer.startswith(shorter) and len(short_words) <= len(long_words)


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple:
    """(a name's words in case-folded form, the same without a plural s, is it built with a joining word)."""
    words = tuple(name.casefold().replace("-", " ").split())  # "Chamberlain-Creighton" as "Chamberlain Creighton"
    return words, tuple(w.rstrip("s") for w in words), bool(_JOINED.intersection(words))


def _generation(words: tuple) -> tuple:
    """A person's name without the generation after it ("Joseph Webb III": joseph webb), and that
    generation ("iii"), or the words and ""."""
    if len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS:
        return words[:-1], words[-1].rstrip(".")
    return words, ""


_GENERATIONS = frozenset("jr sr ii iii iv".split())  # "Martin Luther King Jr", "Joseph Webb III"
