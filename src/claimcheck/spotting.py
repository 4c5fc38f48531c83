"""Claim spotting: is a sentence an assertion worth checking, and what kind of assertion is it?

Used by ``extract`` (which sentences become claims) and by ``scan`` (which sentences of a draft
are checked at all). The decision, in order, each step a named reason:

  question     it asks ("What happens next?")
  boilerplate  page furniture ("Leave a reply", "Share this article", "All rights reserved")
  label        no verb: a heading or caption that names a topic ("Background", "Money and people")
  opinion      says what someone thinks or wants, with no amount or date to check
               ("I think ...", "It is high time that ...", "... should ...")
  low score    no name, amount or date to check and the check-worthiness model
               (text/checkworthy.py) scores it under its threshold

A sentence that passes is check-worthy. Names, amounts and dates ("anchors") are what a claim
base can confirm or contradict, so a sentence with an anchor and a verb is checked whatever the
model says (the model was fitted on political debates, where a plain factual sentence about a
company is rarer than in news); one without needs the model's support.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .lazyre import lazy
from .text import checkworthy, english
from .text.lexicon import PREVERBAL_ADVERBS
from .text.tokens import tokenize

QUESTION, BOILERPLATE, LABEL, OPINION, LOW_SCORE = "question", "boilerplate", "label", "opinion", "low score"

# Verbs that need no morphology to be recognised: auxiliaries, modals and the commonest verbs of news.
# Finite forms only: "to be checked" and "not yet checked" make no assertion.
_AUXILIARIES = frozenset(
    """
    is are was were am has have had do does did will would shall should can could may might
    must ought cannot can't won't isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
    couldn't wouldn't shouldn't 's ’s 're 've 'd 'll
    """.split()
)
_IRREGULAR_VERBS = frozenset(
    """
    said says say told tells made makes make got gets get went goes go came comes come took takes take gave gives
    give saw sees see found finds find kept keeps keep left leaves leave began begins begin won wins win lost loses
    lose paid pays pay bought buys buy sold sells sell built builds build led leads lead held holds hold met meets
    meet rose rises rise fell falls fall grew grows grow spent spends spend sent sends send set sets put puts
    became becomes become ran runs run brought brings bring thought thinks think wrote writes write
    expect expects expected plan plans planned aim aims want wants need needs remain remains seem seems
    cut cuts hit hits cost costs forecast forecasts shut shuts quit quits bid bids spread spreads hurt hurts
    cast casts broadcast broadcasts upset upsets split splits stood stands stand sought seeks seek fought
    fights fight caught catches catch struck strikes strike drew draws draw chose chooses choose
    spoke speaks speak knew knows know meant means mean felt feels feel heard hears hear broke breaks break
    drove drives drive flew flies fly threw throws throw showed shows show taught teaches teach
    """.split()  # the last three lines: English's commonest verbs whose past is their base form, and
    # other irregular pasts the "-ed" test cannot see ("forecast a profit", "sought damages")
)
VERB_WORDS = _AUXILIARIES | _IRREGULAR_VERBS
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your some any no every each all both many few several "
    "more most other such what which whose".split()
)
# adverbs that stand before a finite verb ("The plans also include", "it now runs"); not "only", "first",
# "even" or "not", which as often stand before a noun or a participle ("only members", "not yet checked")
_BEFORE_A_VERB = PREVERBAL_ADVERBS - frozenset("not only first even once since".split())
_NOT_FINITE_BEFORE = frozenset("be been being to yet not still".split())  # "to be checked", "not yet checked"
# what follows a verb: an object's determiner, a pronoun, a preposition ("raises $48 million", "runs to the city")
_AFTER_VERB = frozenset("the a an its their his her our this that these those it them him us some all no more less "
                        "in on at to for with from by about into over up down out".split())
_PRONOUN_SUBJECTS = frozenset("it he she they we i you who which that there this".split())
_WH_LABEL_RE = lazy(r"^(?:where|what|how|why|who|when|which)\b", re.I)
# Web page furniture: general phrases of sites and feeds, not of any one article.
_BOILERPLATE_RE = lazy(
    r"\b(?:leave a (?:reply|comment)|log ?in|log ?out|sign ?in|sign ?up|subscribe|newsletter|cookies?|"
    r"all rights reserved|share (?:this|on)|click (?:here|an icon)|read more|related (?:articles|stories|posts)|"
    r"posted (?:in|by)|categori[sz]ed as|filed under|appeared first on|advertisement|you are commenting|"
    r"fill in your details|privacy policy|terms of (?:use|service)|follow us|comments? \(\d+\)|"
    r"photo:|image:|credit:|getty images|reuters/|ap photo|afp/)",
    re.I,
)
_COPYRIGHT_RE = lazy(r"^\s*\(?\s*(?:©|\(c\)|copyright\b|source:|via:|photo:|image:|credit:|picture:)", re.I)
_OPINION_RE = lazy(
    r"\b(?:i|we|they)\s+(?:do\s+not\s+|don't\s+)?(?:think|believe|feel|hope|wish|guess|suppose|reckon)\b"
    r"|\bit\s+(?:can|could|may|might)\s+(?:already\s+)?be\s+said\b|\b(?:it|this|that)\s+(?:seems|appears)\b"
    r"|\bseems?\s+(?:to\s+be\s+)?(?:difficult|likely|unlikely|clear|possible|impossible|easy|hard)\b"
    r"|\b(?:it\s+is|it's|it’s)\s+(?:still\s+)?(?:unclear|uncertain|not\s+(?:yet\s+)?(?:known|clear))\b"
    r"|\bin (?:my|our) (?:view|opinion)\b|\bit is (?:high )?time\b|\bit'?s (?:high )?time\b"
    r"|\b(?:should|must|ought to|need to|needs to)\s+(?:not\s+)?(?:be\s+)?\w+"
    r"|\bhardly a coincidence\b",
    re.I,
)
# a hedged main verb: "could at least partially save", "may benefit", "might have been"
_SPECULATION_RE = lazy(r"\b(?:could|might|may)\s+(?:(?:at\s+least|also|well|even|partially|still|not|already)\s+){0,3}"
                       r"(?!be\s+(?:reached|found|seen)\b)[a-z]+\b")
_FORECAST_RE = lazy(
    r"\b(?:will|shall|is going to|are going to|is set to|are set to|is expected to|are expected to|expects? to|"
    r"plans? to|aims? to|intends? to|forecasts?|predicts?|projected to|on track to)\b",
    re.I,
)
_QUOTE_RE = lazy(r"^[\"“”‘'].{10,}[\"“”’']|[\"“”].{20,}[\"“”]\s*[,–—-]*\s*(?:\w+\s+){0,4}(?:said|says|added|told|wrote)\b")


class Spot(NamedTuple):
    checkworthy: bool
    score: Optional[float]  # the check-worthiness model's 0..1; None when the decision did not need it
    reason: str  # why it is not check-worthy ("" when it is): question | boilerplate | label | opinion | low score
    kind: str  # fact | forecast | opinion | quote

    def as_dict(self) -> dict:
        score = None if self.score is None else round(self.score, 3)
        return {"checkworthy": self.checkworthy, "score": score, "reason": self.reason or None, "kind": self.kind}


def has_verb(text: str) -> bool:
    """Does the text hold a verb? Auxiliaries, common verbs, "-ed" and "-s" forms after a subject,
    and the headline's "to" + verb ("SMIC to join ...")."""
    return first_verb(text) is not None


def first_verb(text: str):
    """The offset of the first word read as a verb (see has_verb), or None."""
    tokens = tokenize(text)
    for i, tok in enumerate(tokens):
        low = tok.lower
        prev = tokens[i - 1].lower if i else ""
        if low in _AUXILIARIES or low in _IRREGULAR_VERBS:
            if prev in _DETERMINERS and low not in _AUXILIARIES:
                continue  # "the plans", "a set"
            return tok.start
        if tok.is_number or len(low) < 4 or not low.isalpha():
            continue
        if prev in _DETERMINERS:
            continue  # "the numbers", "a shared view"
        if low.endswith("ed") and i > 0 and prev not in _NOT_FINITE_BEFORE:
            return tok.start
        if low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ness")) and i > 0:
            before = tokens[i - 1]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (before.is_cap or prev in _PRONOUN_SUBJECTS or before.is_number) and (
                    "," not in text[before.end:tok.start] or _second_comma_of_aside(text, tokens, i)
                    or (nxt is not None and nxt.is_cap and english.can_be_verb(low))):  # ("..., warns Agency")
                return tok.start  # "China pushes", "it counts", "Acme Corp hires", "Its chip arm, HiSilicon,
                # sits" (not "Bills, fines and solar panels": a comma parts a list's nouns, not a subject from its verb)
            if i >= 2 and tokens[i - 2].lower in _DETERMINERS and nxt is not None and (
                    nxt.lower in _AFTER_VERB or nxt.is_number or text[nxt.start - 1:nxt.start] == "$"):
                return tok.start  # "the levy raises $48 million" (not "the chip standards committee")
        if prev in _BEFORE_A_VERB and i > 1 and english.can_be_verb(low) and tokens[i - 2].lower not in _DETERMINERS:
            return tok.start  # "The plans also include a health centre", "it now runs"
        if prev == "to" and i > 1 and (tokens[i - 2].is_cap or tokens[i - 2].lower in ("is", "are", "set")):
            return tok.start  # "SMIC to Join ...": a headline's future
    return None


_ASIDE_WORDS = 12  # words an appositive or a relative clause set off by commas may hold


def _second_comma_of_aside(text: str, tokens, i: int) -> bool:
    """Is the comma before token i the second of two that set off an aside after the subject ("Its chip
    arm, HiSilicon, sits")? One comma alone parts a list ("Bills, fines and ...")."""
    first = max(0, i - 1 - _ASIDE_WORDS)
    return first < i - 1 and "," in text[tokens[first].end:tokens[i - 1].start]


def kind_of(text: str) -> str:
    """fact | forecast | opinion | quote."""
    stripped = text.strip()
    if _QUOTE_RE.search(stripped):
        return "quote"
    if _OPINION_RE.search(stripped):
        return "opinion"
    if _FORECAST_RE.search(stripped):
        return "forecast"
    return "fact"


def spot(text: str, anchors: Optional[bool] = None, score: Optional[float] = None, scored: bool = True) -> Spot:
    """The decision on one sentence. ``anchors``: does it name someone or give an amount or a date
    (the caller's analysis knows best; a rough guess is made when it is not given). ``scored=False``:
    the check-worthiness score is worked out only when the decision needs it (a sentence with no
    anchor that passes the other tests), and is None otherwise (a draft's scan needs no more)."""
    text = " ".join(text.split())
    if score is None and scored:
        score = checkworthy.score(text) if text else 0.0
    kind = kind_of(text)
    bare = text.rstrip(" \"'”’)]")
    if not text or len(tokenize(text)) < 2:
        return Spot(False, score, LABEL, kind)
    if bare.endswith("?"):
        return Spot(False, score, QUESTION, kind)
    if _BOILERPLATE_RE.search(text) or _COPYRIGHT_RE.match(text):
        return Spot(False, score, BOILERPLATE, kind)
    if not has_verb(text) or (_WH_LABEL_RE.match(text) and len(text.split()) <= 6):
        return Spot(False, score, LABEL, kind)
    if anchors is None:
        anchors = rough_anchors(text)
    if kind == "opinion" and not has_amount_or_date(text):
        return Spot(False, score, OPINION, kind)
    if _SPECULATION_RE.search(text) and not has_amount_or_date(text):
        return Spot(False, score, OPINION, "opinion")  # "could save the companies": what might be, not what is
    if not anchors:
        if score is None:
            score = checkworthy.score(text)
        if score < checkworthy.model().threshold:
            return Spot(False, score, LOW_SCORE, kind)
    return Spot(True, score, "", kind)


_DIGIT_RE = lazy(r"\d")
_MONTH_RE = lazy(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def has_amount_or_date(text: str) -> bool:
    return bool(_DIGIT_RE.search(text) or _MONTH_RE.search(text))


def rough_anchors(text: str) -> bool:
    """A number, a month, or a capitalised word that does not start the sentence."""
    if has_amount_or_date(text):
        return True
    tokens = tokenize(text)
    return any(t.is_cap and t.lower not in ("i",) for t in tokens[1:])
