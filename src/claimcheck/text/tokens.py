"""Words with their offsets and lemmas. Linear-time regexes only."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..lazyre import lazy
from . import english
from .lexicon import LIGHT_VERBS, NEGATORS, PERIOD_WORDS, PHRASAL_VERBS, PLAIN_PREPOSITIONS, PREVERBAL_ADVERBS, STOPWORDS, UNIT_ABBREVIATIONS, WEAK_WORDS

# An acronym with dots (U.S., e.g.), a number with separators (207,000 / 5.5G), or a word (R&D, Huawei's).
# Letters are any script's ("Nürnberg", "Zürich" stay whole): [^\W\d_] is a letter, [^\W_] a letter or digit.
TOKEN_RE = lazy(
    r"[^\W\d_](?:\.[^\W\d_])+\.?"
    r"|\d+(?:[.,]\d+)*[^\W\d_]*"
    r"|[^\W\d_][^\W_]*(?:['’&][^\W_]+)*"
)

class Token(NamedTuple):
    """A word and where it stands. The flags are computed once: tokens are made by the million."""

    text: str
    start: int
    end: int
    lower: str
    lemma: str  # the dictionary form in American spelling; "" when absorbed into a phrase
    is_cap: bool
    is_number: bool
    is_content: bool  # carries meaning: not a stopword, negator, number, weak or absorbed word

    @property
    def is_stop(self) -> bool:
        return self.lower in STOPWORDS


# "2.8p": pence; "2h 24min": a length of time
_AMOUNT_SUFFIXES = frozenset("st nd rd th s k m b bn tn mn mln bln trn tr p h hr hrs min mins sec secs".split())


POSSESSIVE_ENDINGS = ("'s", "\u2019s")


def is_possessive(token) -> bool:
    """Does the token end in a possessive "'s" ("Labour's", "Kestrel\u2019s")?"""
    return token.text.endswith(POSSESSIVE_ENDINGS)


def possessive_at(tokens, text: str, k: int) -> bool:
    """Is token k in the possessive: "Kelby's", or a plural's bare apostrophe ("Corvane Foods'", which the
    token leaves out)?"""
    tok = tokens[k]
    return is_possessive(tok) or (tok.lower.endswith("s") and text[tok.end:tok.end + 1] in ("'", "\u2019"))


def before_name(tokens, first: int) -> int:
    """The index of the word before a name starting at ``first``, past a "the" ("by the Ministry",
    "of the Green Party"); -1 at the start."""
    k = first - 1
    if k > 0 and tokens[k].lower == "the":
        k -= 1
    return k


def make_token(text: str, start: int, end: int, lower: str, lemma_: str, phrase: bool = False) -> Token:
    """``phrase``: the token stands for a multi-word verb, whose meaning (``lemma_``) alone decides
    whether it carries content ("take part" does, though "take" alone is a light verb)."""
    first = text[0]
    digit = first.isdigit()
    if digit:
        # "5G", "A320" name things and must match; "207,000", "11th", "$143bn" are amounts or dates
        suffix = lower.lstrip("0123456789.,")
        content = bool(suffix) and suffix not in _AMOUNT_SUFFIXES and text.lstrip("0123456789.,") not in UNIT_ABBREVIATIONS
        return _new_token((text, start, end, lower, lower if content else lemma_, False, not content, content))
    content = (bool(lemma_) and lemma_ not in _NOT_CONTENT_LEMMAS and (phrase or lower not in _NOT_CONTENT_WORDS)
               and (lemma_ not in _NOT_CONTENT_WORDS or lower in _CONTENT_FORMS))
    return _new_token((text, start, end, lower, lemma_, first.isupper(), digit, content))


def normalise_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    if "." in word:
        word = word.replace(".", "")
    return word


_lower = lru_cache(maxsize=65536)(lambda word: normalise_word(word))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lemma of a word as written ("Meetings" -> "meeting"); other tokens (R&D, 5G) as they are."""
    low = normalise_word(word)
    if not low.isalpha():
        return low
    found = english.lemma(low)
    if found in _NOT_CONTENT_WORDS and found != low:
        # "evening" is a noun before it is the participle of "even": the word read as a word of its own
        # wins over one that turns it into a function word (not another verb's form: "putting" is
        # "put", no "putt"; "does" no "doe")
        found = next((w for w in english.lemmas(low) if w == low and w not in _NOT_CONTENT_WORDS), found)
    return found


PAST_HABIT = "<used-to>"  # "used to buy": held in the past, no longer
HAVE = "<have>"  # "is made up of", "comprises": no more than "has"
_NOT_CONTENT_LEMMAS = frozenset([PAST_HABIT, HAVE])

# Multi-word verbs that mean one thing, keyed by the first word's lemma and the other words as
# written: the first token takes the phrase's meaning, the others are absorbed. Composition verbs
# say no more than "has" ("is made up of 774 members"); phrasal verbs take their one-word sense.
PHRASES = {
    ("make", "up", "of"): HAVE, ("make", "up"): HAVE, ("consist", "of"): HAVE, ("comprise",): HAVE,
    ("compose",): HAVE, ("use", "to"): PAST_HABIT, ("be", "part", "of"): "participate",
    # membership told from the member's side, or as gathering: "90 firms belong to the alliance", "the
    # alliance brings together 90 firms" say what "the alliance has 90 members" says
    ("belong", "to"): HAVE, ("bring", "together"): HAVE,
    # "lost the ability to buy" says what "unable to buy" says: a modal and its denial, no content
    **{("lose", det, what): "unable" for det in ("the", "its", "their", "his", "her") for what in ("ability", "right")},
    # "fall" before a state is the copula of becoming (Quirk et al. 1985, 16.21), no fall in amount:
    # "fell ill" tells of illness
    **{("fall", state): state for state in ("ill", "sick", "asleep", "silent", "vacant", "due")},
    ("take", "place"): "occur",  # (WordNet: take place, occur, happen: one sense)
    # a court's verdict and a plea, told with "guilty": "was found guilty" is "was convicted", "found not guilty"
    # "acquitted"; "pleaded guilty" admits the charge, "pleaded not guilty" denies it
    ("find", "guilty"): "convict", ("find", "not", "guilty"): "acquit",
    ("plead", "guilty"): "admit", ("plead", "not", "guilty"): "deny",
    # the nouns of permission with the verb that grants or gets it (WordNet go-ahead, green light:
    # "approval to proceed"): "gave the go-ahead to 640 homes", "got the green light" tell an approval
    **{(verb, "the", *noun): "approve" for verb in ("give", "get") for noun in (("go", "ahead"), ("green", "light"))},
    ("research", "and", "development"): "research", ("research", "&", "development"): "research", ("r&d",): "research",
    **{(verb.split()[0], *verb.split()[1:]): meaning for verb, meaning in PHRASAL_VERBS.items()},
}
# Verbs whose sense needs a word a few words on: "counts 774 organisations among its members"
# says no more than "has 774 organisations as members" (WordNet count, v. 3: include as if by counting)
SPLIT_PHRASES = {("count", "among"): HAVE, ("number", "among"): HAVE, ("find", "guilty"): "convict"}
# ... and with "not" before the second word: "the jury found her not guilty" acquits her
_SPLIT_DENIED = {("find", "guilty"): "acquit"}
SPLIT_REACH = 8  # words between the two
_NOUN_OPENERS = frozenset("the a an its their his her this that these those".split())
_PHRASE_FIRST = {k[0] for k in PHRASES} | {k[0] for k in SPLIT_PHRASES}
_OBJECT_PRONOUNS = frozenset("it them him her us me you".split())
_PARTICLES = frozenset("up down off out back over in on away".split())


# "able to" / "unable to" say what "can" / "cannot" say: a modal and its denial, no content of their own
_MODAL_ADJECTIVES = frozenset(["able", "unable"])
_NOT_CONTENT_WORDS = STOPWORDS | NEGATORS | WEAK_WORDS | LIGHT_VERBS | _MODAL_ADJECTIVES | PLAIN_PREPOSITIONS
# forms of a verb whose base form is a stop word for another use ("its own staff"): "owns",
# "owned" say who has a thing
_CONTENT_FORMS = frozenset(["owns", "owned", "owning", "newer", "newest"])  # ("the newest firm": a comparison, as "the oldest")
_tuple_new = tuple.__new__


def _new_token(fields) -> Token:
    return _tuple_new(Token, fields)  # what Token._make does, without its checks: tokens are many


_WORD_INFO: dict = {}  # raw word -> (lower, lemma, is_cap, is_number, is_content): words repeat, tokens are many


def _info(raw: str):
    info = _WORD_INFO.get(raw)
    if info is None:
        if len(_WORD_INFO) > 200_000:
            _WORD_INFO.clear()
        token = make_token(raw, 0, 0, _lower(raw), lemma(raw))
        info = _WORD_INFO[raw] = token[3:]
    return info


# prefixes English writes with or without a hyphen, the word the same ("e-mail" / "email",
# "non-profit" / "nonprofit"); not "re-", whose hyphen often tells another word ("re-sign" /
# "resign"), nor "co-", whose word alone says what "co-starred" or "co-founded" says of each
_HYPHEN_PREFIXES = frozenset("pre non anti post semi multi sub inter mid e".split())
_HYPHENATED_MIN = 5  # letters of the joined word at least: "co-op" is no "coop"


def _join_prefixes(text: str, tokens: list) -> None:
    """A prefix, a hyphen and a word make the word written solid, when English knows it so: the
    prefix's token takes the joined word's lemma, the word's is absorbed."""
    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.lower in _HYPHEN_PREFIXES and nxt.start == tok.end + 1 and text[tok.end] == "-" and nxt.lower.isalpha():
            joined = tok.lower + nxt.lower
            if len(joined) >= _HYPHENATED_MIN and english.known(joined):
                tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, lemma(joined), phrase=True)
                tokens[i + 1] = make_token(nxt.text, nxt.start, nxt.end, nxt.lower, "")


def auxiliary_before(tokens, i: int, auxiliaries) -> bool:
    """Is one of ``auxiliaries`` right before token i, or before one or two adverbs between ("can no
    longer buy", "will also soon open", "did not even reply"; with the forms of "be", the progressive,
    "were not looking", or a passive, "was later told"; with "have", the perfect, "has now given")?"""
    if i > 0 and tokens[i - 1].lower in auxiliaries:
        return True  # (before any adverb: "never" is one of the words that may stand before a verb as a modal does)
    k, skipped = i - 1, 0
    while k > 0 and skipped < 2:
        low = tokens[k].lower
        if low == "longer" and tokens[k - 1].lower in ("no", "any"):
            k -= 2
        elif low in PREVERBAL_ADVERBS or (low.endswith("ly") and len(low) > 4 and not english.can_be_verb(low)):
            k -= 1
        else:
            break
        skipped += 1
    return k >= 0 and tokens[k].lower in auxiliaries


_PERFECT = frozenset(["has", "have", "had", "having"])


@lru_cache(maxsize=65536)
def _verb_of_participle(lower: str) -> str:
    """The verb an -ing word or a participle in -en is a form of where the word is also read as a
    word of its own ("going", "taking", "given"), or "": in a multi-word verb it is the verb ("prices
    are going up", "taking part", "has given the go-ahead")."""
    if not lower.endswith(("ing", "en")):
        return ""
    return next((w for w in english.lemmas(lower) if w != lower and w in _PHRASE_FIRST), "")


def _in_favour_of(tokens: list) -> None:
    """"In favour of" is a complex preposition (Quirk et al. 1985, 9.10), "for" in its sense of
    support: its noun is absorbed, so "voted in favour of" says what "voted for" says."""
    for i in range(len(tokens) - 2):
        if tokens[i].lower == "in" and tokens[i + 1].lower in ("favour", "favor") and tokens[i + 2].lower == "of":
            noun = tokens[i + 1]
            tokens[i + 1] = make_token(noun.text, noun.start, noun.end, noun.lower, "")


# lengths of time a "following" after them measures from ("three days following the storm")
_LENGTHS_OF_TIME = frozenset(PERIOD_WORDS.values()) | {"hour"}


def _following_as_after(tokens: list) -> None:
    """"Following" after a length of time ("three days following the storm") or opening a sentence
    before its noun phrase ("Following the storm, ...") is the preposition "after" (Quirk et al.
    1985, 9.4: a marginal preposition), no verb: it is absorbed, as "after" is no content word."""
    for i, tok in enumerate(tokens):
        if tok.lower == "following" and i + 1 < len(tokens) and (
                (i > 0 and tokens[i - 1].lemma in _LENGTHS_OF_TIME) or (i == 0 and tokens[1].lower in _NOUN_OPENERS)):
            tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, "")


# "try" and "attempt" before "to" are the conative "seek" (WordNet: seek, try, attempt, "make an effort"):
# "would not try to recover the cost" is "will not seek to recover it"; what is tried is not asserted
# (analysis reads the verb before "to" for that); "attempted murder", "was tried for fraud" keep their words
CONATIVE_FORMS = frozenset("try tries tried trying attempt attempts attempted attempting".split())
_CONATIVE_RE = lazy(r"(?i)\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?) to\b")  # (most texts have none)


def _conatives_as_seek(tokens: list) -> None:
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if tok.lower in CONATIVE_FORMS and tokens[i + 1].lower == "to":
            tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, "seek")


_NO_CHOICE = frozenset(["choice", "option", "alternative"])
_NO_CHOICE_REACH = 5  # words from "left" to "no": "left the company's suppliers no choice"
_OBJECT_WORDS = _NOUN_OPENERS | frozenset("him them it us me you our my your".split())  # of the one left


_TIME_EXTREMES = frozenset("latest earliest".split())  # "by 2030 at the latest"


def no_later_than(tokens, k: int) -> bool:
    """Do tokens k to k + 2 read "no later than" (or "not later than"), a deadline as "by" is ("no later than
    2030"), no denial? (Not "no sooner than", which bounds the other way.)"""
    return 0 <= k and k + 2 < len(tokens) and tokens[k].lower in ("no", "not") and tokens[k + 1].lower == "later" \
        and tokens[k + 2].lower == "than"


def _time_bounds(tokens: list) -> None:
    """"no later than 2030" and "by 2030 at the latest" bound a date as "by" does: the words make the
    date's relation (text.dates), no content of their own ("late" is no word a claim "by 2030" lacks)."""
    for i, tok in enumerate(tokens):
        bound = tok.lower == "later" and no_later_than(tokens, i - 1)
        extreme = tok.lower in _TIME_EXTREMES and i >= 2 and tokens[i - 1].lower == "the" and tokens[i - 2].lower == "at"
        if bound or extreme:
            tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, "")


def _left_no_choice(tokens: list, text: str) -> None:
    """"Left Huawei no choice but to buy at home" says what "Huawei had no choice but to" says: "leave"
    with two objects is the causative of "have" (what it left them, they have), no act of leaving."""
    for i, tok in enumerate(tokens):
        if tok.lemma != "leave":
            continue
        for j in range(i + 1, min(len(tokens) - 1, i + 2 + _NO_CHOICE_REACH)):
            if j > i + 1 and tokens[j].lower == "no" and tokens[j + 1].lower in _NO_CHOICE:
                tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, HAVE, phrase=True)
                break
            if not (tokens[j].is_content or tokens[j].lower in _OBJECT_WORDS) or tokens[j].is_number \
                    or text[tokens[j].end:tokens[j].end + 1] in (",", ";", ":"):
                break  # the one left it is a noun phrase: "left the club because he had no choice" is a leaving


def tokenize(text: str) -> list:
    tokens = []
    append = tokens.append
    phrase_at = False
    for m in TOKEN_RE.finditer(text):
        raw = m.group()
        info = _WORD_INFO.get(raw) or _info(raw)
        phrase_at = phrase_at or info[1] in _PHRASE_FIRST or (info[0].endswith(("ing", "en")) and _verb_of_participle(info[0]) in _PHRASE_FIRST)
        append(_tuple_new(Token, (raw, *m.span(), *info)))
    if "-" in text:
        _join_prefixes(text, tokens)
    if "avour of" in text or "avor of" in text:
        _in_favour_of(tokens)
    if "ollowing" in text:
        _following_as_after(tokens)
    if " no choice" in text or " no option" in text or " no alternative" in text:
        _left_no_choice(tokens, text)
    if "later than" in text or "at the lat" in text or "at the earl" in text:
        _time_bounds(tokens)
    if " to " in text and _CONATIVE_RE.search(text):
        _conatives_as_seek(tokens)
    if not phrase_at:
        return tokens
    for i, tok in enumerate(tokens):
        first = tok.lemma if tok.lemma in _PHRASE_FIRST else _verb_of_participle(tok.lower)
        if first != tok.lemma and tok.lower.endswith("en") and not auxiliary_before(tokens, i, _PERFECT):
            continue  # "has given the go-ahead" gives it; "was given the go-ahead" gets it, a passive the phrase is not
        if first in _PHRASE_FIRST:
            # ("going" alone stays the word it is read as: only a phrase of two or three words reads it as a verb)
            for size in (4, 3, 2, 1) if first == tok.lemma else (4, 3, 2):
                key = (first, *(t.lower for t in tokens[i + 1 : i + size]))
                if len(key) == size and key in PHRASES:
                    tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, PHRASES[key], phrase=True)
                    for j in range(i + 1, i + size):
                        absorbed = tokens[j]
                        tokens[j] = make_token(absorbed.text, absorbed.start, absorbed.end, absorbed.lower, "")
                    break
            else:
                if first != tok.lemma:
                    continue
                if i + 2 < len(tokens) and tokens[i + 1].lower in _OBJECT_PRONOUNS and tokens[i + 2].lower in _PARTICLES \
                        and (first, tokens[i + 2].lower) in PHRASES:
                    # a pronoun object stands between a phrasal verb and its particle (Quirk et al. 1985, 16.4:
                    # "turned it down", "called them off"): the phrase as when they stand together
                    particle = tokens[i + 2]
                    tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, PHRASES[first, particle.lower], phrase=True)
                    tokens[i + 2] = make_token(particle.text, particle.start, particle.end, particle.lower, "")
                    continue
                if (i > 0 and tokens[i - 1].lower in _NOUN_OPENERS) or (i + 1 < len(tokens) and tokens[i + 1].lower == "of"):
                    continue  # "the number of deaths among ...": the noun, not the verb
                far = next((j for j in range(i + 2, min(len(tokens), i + 2 + SPLIT_REACH))
                            if (tok.lemma, tokens[j].lower) in SPLIT_PHRASES), None)
                if far is not None:
                    key = (tok.lemma, tokens[far].lower)
                    sense = _SPLIT_DENIED[key] if key in _SPLIT_DENIED and tokens[far - 1].lower == "not" else SPLIT_PHRASES[key]
                    tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, sense, phrase=True)
                    if key in _SPLIT_DENIED:
                        for j in (far - 1, far) if tokens[far - 1].lower == "not" else (far,):
                            absorbed = tokens[j]  # ("guilty", and its "not", are the phrase's)
                            tokens[j] = make_token(absorbed.text, absorbed.start, absorbed.end, absorbed.lower, "")
                    if far + 2 < len(tokens) and tokens[far + 1].lower in ("its", "their") \
                            and tokens[far + 2].lower in ("members", "ranks", "membership"):
                        gone = tokens[far + 2]  # "among its members" is what "counts" means here, nothing more
                        tokens[far + 2] = make_token(gone.text, gone.start, gone.end, gone.lower, "")
    return tokens


def content_lemmas(text: str) -> list:
    return [t.lemma for t in tokenize(text) if t.is_content]
