"""What a piece of text says, in the terms verdicts compare: amounts, dates, names, predicates, polarity."""

from __future__ import annotations

import functools
import re
from typing import Optional

from .lazyre import lazy
from .model import DateRef
from .text import clauses
from .text import dates as date_parser
from .text import english
from .text import quantities as quantity_parser
from .text import timeline
from .text.descriptions import PLACE_ROLES, Describer, is_title_word
from .text.entities import MAX_TITLE_WORDS, EntityMatcher
from .text.lexicon import (AUXILIARIES, BE_DENIED, BE_FORMS, COUNT_NOUN_CLASS, DETERMINERS, HONORIFICS, LIGHT_VERBS, MONTHS, NEGATION_SKIP, NEGATORS, NUMBER_WORDS,
                           PREVERBAL_ADVERBS, SAME_PARTICIPLE, WEAK_WORDS, WEEKDAYS)
from .text.fronting import FRONTED_WORDS
from .text.kinds import GENERAL_ORG_NOUNS
from .text.spans import covered
from .text.tokens import CONATIVE_FORMS, HAVE, PAST_HABIT, auxiliary_before, before_name, is_possessive, no_later_than, possessive_at, tokenize

# Between a subject and its verb: "SIA has not yet announced", "Huawei will also build".
_AUX = frozenset(
    "has have had will would shall should can could may might must is are was were be been being did does do "
    "also recently then later now still already reportedly officially not never no n't 's".split()
)
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "inside"])
_NAME_PREPOSITIONS = _PLACE_PREPOSITIONS | frozenset(["of", "for", "from", "to", "with", "by", "on", "after", "before", "despite"])
_SPEECH = frozenset("says said say reported reports stated states claims claimed told tells wrote writes according".split())
# verbs that report what someone said, for who said it ("X said", "according to X", "X told Y")
REPORTING = frozenset("say report state claim tell write add confirm deny estimate calculate count".split())
# auxiliaries a verb's base form follows, and their negated forms ("cannot buy", "didn't go")
_MODALS = frozenset("will would shall should can could may might must to did does do not never".split()) | frozenset(
    "cannot can't won't didn't doesn't don't couldn't wouldn't shouldn't mustn't n't".split())
_BE = BE_FORMS


_REFERRING = frozenset("he she it they his her its their him them".split())
_DESCRIBING = frozenset("the this that".split())


def _refers_back(tokens, text: str = "") -> bool:
    """Does the text open on a pronoun or a bare description of what its article is about ("He
    recently scripted ...", "The film received ...", "Its revenue ..."), leaving who it is to the
    article? A subject after an opening phrase counts the same ("On Rotten Tomatoes, the series
    holds ...", "In 2012, it announced ...")."""
    if not tokens:
        return False
    if text:
        # after the comma that ends an opening phrase, not one inside its date: "On June 6, 1984, it was
        # certified ..." (but not a later aside's: "In 1985, Ana Ruiz, his manager, signed ...")
        after_comma = next((k for k in range(1, min(FRONTED_WORDS + 1, len(tokens)))
                            if "," in text[tokens[k - 1].end:tokens[k].start] and not _inside_a_date(tokens, k)), None)
        if after_comma is not None and _refers_back(tokens[after_comma:]):
            return True
    first = tokens[0].lower
    if first in _REFERRING:
        return True
    return first in _DESCRIBING and len(tokens) > 1 and not tokens[1].is_cap and tokens[1].is_content and (
        len(tokens) < 3 or not tokens[2].is_cap)


# a person a sentence speaks of without naming: in an article about one person, the article's subject
_PERSONAL_PRONOUNS = frozenset("he him his she her hers".split())
# a name after one of these is where or when something happens, no one a pronoun could stand for
_SETTING_PREPOSITIONS = frozenset("at in on near outside inside during".split())


def _person_unnamed(analysis) -> bool:
    """Does the text speak of a person by a pronoun that no name before it can stand for, though
    it does not open on it ("Ten days later he first appeared ...", "At the next round at Spa,
    however, his finger was ...": Spa is where)? Not a pronoun in a fronted phrase whose comma a
    name follows ("On his way back, Bangarraju meets ...": the pronoun is his)."""
    toks = analysis.tokens
    at = next((k for k, tok in enumerate(toks) if tok.lower in _PERSONAL_PRONOUNS), -1)
    if at < 0:
        return False
    comma = next((k for k in range(at + 1, len(toks)) if "," in analysis.text[toks[k - 1].end:toks[k].start]), -1)
    if comma > 0 and any(m.first == comma for m in analysis.mentions):
        return False
    for m in analysis.mentions:
        if m.first < at:
            before = before_name(toks, m.first)
            if before < 0 or toks[before].lower not in _SETTING_PREPOSITIONS:
                return False
    return True


def _inside_a_date(tokens, k: int) -> bool:
    """Is the comma before token k the one between a date's day and its year ("June 6, 1984")?"""
    return k >= 2 and tokens[k - 1].text.isdigit() and tokens[k - 2].lower in MONTHS and tokens[k].text.isdigit() \
        and len(tokens[k].text) == 4


_THIRD_PERSON = frozenset("it its itself they their them themselves he his him himself she her herself".split())
_WRITTEN = frozenset("statement report letter notice document announcement".split())  # what "read" a text
# news' verbs for what a paper was told, not what it says happened: "the Gazette understands that",
# "the BBC has learned that" credit the paper with the report
_LEARNING = frozenset("understand learn".split())
# verbs that say something as granted ("admitted that the board had discussed it"): a saying, with "that"
_CONCEDING = frozenset("admit concede acknowledge".split())


_ROLE_REACH = 4  # words of a role between the body a speaker speaks for and the speaker ("NESA enforcement director Ruth Castellano")


def _speakers(tokens, mentions, text: str = "") -> list:
    """Who a sentence credits with what it says: the name right after "according to", the name (or
    its "'s statement") just before a reporting verb ("CSIA said", "the SCMP reported"), and the
    name a reporting verb is followed by in a passive ("was reported by Reuters"). A name that ends
    an aside set off after another name is the aside's: the name it is set off from speaks
    ("Colin Mabry, branch secretary of the union, said": Mabry)."""
    out = []
    by_first = {m.first: m for m in mentions}
    by_last = {m.last: m for m in mentions}
    for i, tok in enumerate(tokens):
        if tok.lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            k = i + 2
            while k < len(tokens) and tokens[k].lower in ("the", "a", "an") or (k < len(tokens) and not tokens[k].is_cap
                                                                                 and k - i < 5 and k not in by_first):
                k += 1
            if k not in by_first and k - 1 in by_first and k - 1 > i + 1:
                k -= 1  # "according to The Calderby Echo": the article is the name's own
            while k in by_first and by_first[k].type == "place" and by_first[k].last + 1 in by_first:
                k = by_first[k].last + 1  # "according to the Hong Kong South China Morning Post"
            if k in by_first:
                out.append(by_first[k])
                # "according to NESA enforcement director Ruth Castellano": the role's holder, named after it
                holder = _role_holder(tokens, by_first[k], by_first)
                if holder is not None:
                    out.append(holder)
        elif tok.lemma in _QUOTATIVE and text and i > 0 and (inverted := _inverted_speakers(tokens, i, text, by_first, by_last)):
            out.extend(inverted)
        elif ((tok.lemma in REPORTING or _says_in_a_manner(tokens, i, text) or _characterises(tokens, i, text))
              and _verbal(tokens, i) and not adds_a_thing(tokens, i, text)
              and not _reports_its_own_figure(tokens, i, text)) or (
                tok.lemma in _LEARNING | _CONCEDING and i + 1 < len(tokens) and tokens[i + 1].lower == "that") or (
                tok.lower == "read" and i > 0 and tokens[i - 1].lower in _WRITTEN) or (  # "an MIIT statement read"
                _rules_on(tokens, i) or rejects_a_saying(tokens, i) or _puts_a_figure_at(tokens, i)):
            k = i - 1
            while k >= 0 and k not in by_last and (tokens[k].lower in _AUX or tokens[k].lower in (
                    "statement", "report", "spokesperson", "post", "website", "said")) and i - k <= 4:  # not "the Daily Post"
                k -= 1
            if k >= 0 and k not in by_last:
                k = _named_before_an_aside(tokens, k, text, by_last)  # "Ann Lee, the club secretary, said"
            passive = any(tokens[j].lower in _BE for j in range(k + 1, i))  # "Xiaomi was added to the list"
            if k in by_last and not passive and not (
                    by_last[k].first > 0 and tokens[by_last[k].first - 1].lower in _PLACE_PREPOSITIONS) \
                    and not _in_a_relative_clause(tokens, by_last[k].first, text):
                speaker = _set_off_from(by_last[k], mentions, text)
                out.append(speaker)
                out.extend(m for m in mentions if m.end < speaker.start and text[m.end:m.end + 2] == ", "
                           and "," not in text[m.end + 1:speaker.start] and role_of(m, text))  # whose role it is
            elif i + 2 < len(tokens) and tokens[i + 1].lower == "by" and (i + 2) in by_first:
                out.append(by_first[i + 2])
    return out


def _in_a_relative_clause(tokens, first: int, text: str = "") -> bool:
    """Is the name the object of the verb of a restrictive relative clause ("The trust that runs Wyveldon General
    insisted"): the clause tells of the speaker, the trust, and its object does not speak? (An aside set off by
    commas, "Tom Bray, who runs Bray Civils, said", is read as one: the name it is set off from speaks.)"""
    return first > 2 and _verbal(tokens, first - 1) and tokens[first - 2].lower in ("that", "which", "who") \
        and not (text and "," in text[tokens[first - 3].end:tokens[first - 2].start])


# verbs that say what something is as a saying of it ("described the report as fair but tough": said it was)
_CHARACTERISING = frozenset("describe brand label characterise characterize".split())  # (not "portray": an actor's part)
_AS_REACH = 12  # tokens from such a verb to its "as"


def _characterises(tokens, i, text: str = "") -> bool:
    """Is the verb at i one that says what its object is, with "as" after the object ("described the
    inspectors' report as fair but tough"; "branded the cuts a disgrace")? Its subject speaks, as "said"
    makes it speak."""
    if tokens[i].lemma not in _CHARACTERISING or tokens[i].lower.endswith("ing") or i == 0 or tokens[i - 1].lower in _BE:
        return False
    if text and "," in text[tokens[i - 1].end:tokens[i].start] and "," in text[tokens[i].end:]:
        return False  # a participle set off: "Harby Rovers, branded as the surprise package, beat" (not "Ruth
        # Kemp, the council leader, described it as ...", whose verb no comma follows)
    named = tokens[i].lemma in _NAMING_AS  # ("branded the cuts a disgrace": a second noun phrase, as "called" takes)
    for k, tok in enumerate(tokens[i + 1:i + 1 + _AS_REACH], start=i + 1):
        if tok.lower == "as":
            return k + 1 < len(tokens) and tokens[k + 1].lower not in _AS_OF_NO_COMPLEMENT \
                and [t.lower for t in tokens[k + 1:k + 3]] != ["a", "result"]
        if named and tok.lower in ("a", "an") and 1 < k - i <= _NAMED_REACH:
            return True
        if tok.lower in (";", ".", "that", "which") or (named and tok.lower in _PREPOSITIONS) \
                or (text and k > i + 1 and "," in text[tokens[k - 1].end:tok.start]):
            return False
    return False


_NAMING_AS = frozenset(["brand", "label"])
_NAMED_REACH = 5  # tokens from "branded" to the "a" of what it calls its object: "branded the bus cuts a disgrace"
# "as" that opens no complement ("labelled 5,000 bottles as part of a trial", "as well as cans")
_AS_OF_NO_COMPLEMENT = frozenset("part well soon long much many far".split())


# verbs of saying that put their speaker after them at the end of a quotation or a clause (not "tell",
# whose addressee follows it, nor "claim", as often of a thing: "..., claimed the Kelby Cup")
_QUOTATIVE = frozenset("say write state insist explain argue add warn".split())
_ENDS_OF_WHAT_IS_SAID = frozenset(",\u201d\"\u2019'")  # a comma or a closing quotation mark before the verb
_SPEAKER_DETERMINERS = frozenset("the its his her their our".split())  # "said its editor, Ann Lee"
_SENTENCE_CLOSERS = ("", ".", ";", ":", "!", "?", ")", "\u201d", "\"")


def _inverted_speakers(tokens, i, text: str, by_first: dict, by_last: dict) -> list:
    """The name a verb of saying is followed by (or, after a role, the role's holder), where the verb
    ends what is said: a finite verb after a comma or a closing quotation mark that no name ends
    (quotative inversion, Quirk et al. 1985, 14.29: "..., said Mara Delgado."; "...," said its
    editor, Ann Lee; "..., said club secretary Ann Lee"), its subject closing the sentence; else none.
    ("Priya Lal, said the library would close": Lal speaks, before the verb; "said Tom Bray, the
    chairman, would resign": Tom Bray is what is said.)"""
    if tokens[i].lower.endswith("ing") or i - 1 in by_last or not _ENDS_OF_WHAT_IS_SAID & set(text[tokens[i - 1].end:tokens[i].start]):
        return []
    k = i + 1
    while k < len(tokens) and k not in by_first and k - i <= _ROLE_REACH and (
            tokens[k].lower in _SPEAKER_DETERMINERS or (tokens[k].is_content and not tokens[k].is_cap and tokens[k].lower.isalpha()
                                                        and not _verbal(tokens, k))):
        k += 1  # a role before the name: "said its medical director, Ann Lee", "said manager Ann Lee"
    if k not in by_first:
        return []
    speaker = by_first[k]
    holder = _role_holder(tokens, speaker, by_first)
    if holder is not None:
        speaker = holder  # "said Kelby's chief constable, Mara Delgado": she speaks, not Kelby
    return [speaker] if _closes_its_sentence(tokens, speaker, text) else []


def _closes_its_sentence(tokens, mention, text: str) -> bool:
    """Does the name end its sentence, or only an aside about it follow ("Ann Lee, who chairs the
    trust." but not "Tom Bray, the chairman, would resign")?"""
    after = text[mention.end:].lstrip()[:1]
    if after in _SENTENCE_CLOSERS:
        return True
    if after != ",":
        return False
    for tok in tokens[mention.last + 1:]:
        if tok.lower in ("who", "which", "whose"):
            return True  # (a relative about the speaker)
        if tok.lower in _AUX or tok.lower in _MODALS:
            return False  # ("..., would resign": the name is the clause's subject)
    return True


def _says_in_a_manner(tokens, i, text: str) -> bool:
    """Is token i a verb of saying in a manner ("insisted", "warned") that introduces what is said (a
    "that" clause, a clause, or nothing after it: "..., Ann Lee insisted."), and is no saying reported
    inside another's ("the Echo reported that the council had insisted")? ("Kelby, noted for its
    market", "warned residents of a rise" say nothing themselves.)"""
    if tokens[i].lemma not in SAYING_IN_A_MANNER or tokens[i].lower.endswith("ing"):
        return False
    if any(t.lemma in REPORTING | SAYING_IN_A_MANNER and _verbal(tokens, k) for k, t in enumerate(tokens[:i])):
        return False
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return nxt == "that" or not nxt or (bool(text) and text[tokens[i].end:].lstrip()[:1] in _SENTENCE_CLOSERS + (",",)) \
        or _clause_follows(tokens, i + 1)


_OBJECT_PREPOSITIONS = frozenset("of to from for by with against at on in about over".split())
_ASIDE_REACH = 6  # words of a role set off between a name and its verb


def _named_before_an_aside(tokens, k: int, text: str, by_last: dict) -> int:
    """The last token of the name an aside ending at token ``k`` is set off from, where the aside
    names no one and tells no act ("Ann Lee, the club secretary, said": Lee); else ``k``."""
    if not text or k + 1 >= len(tokens) or "," not in text[tokens[k].end:tokens[k + 1].start]:
        return k
    for j in range(k, max(k - _ASIDE_REACH, 0), -1):
        if j in by_last or _verbal(tokens, j) or tokens[j].lower in ("who", "which", "that", "as"):
            return k
        if "," in text[tokens[j - 1].end:tokens[j].start]:
            name = by_last.get(j - 1)
            # (not a name a preposition takes: "Critics of Tom Bray, the council leader, said")
            if name is None or (name.first > 0 and tokens[name.first - 1].lower in _OBJECT_PREPOSITIONS):
                return k
            return j - 1
    return k


def _role_holder(tokens, mention, by_first: dict):
    """The name a role told after ``mention`` is held by ("NESA enforcement director Ruth Castellano",
    "Harwick's chief constable, Mara Delgado"), or None."""
    j = mention.last + 1
    while j < len(tokens) and j - mention.last <= _ROLE_REACH and not tokens[j].is_cap \
            and tokens[j].is_content and tokens[j].lower.isalpha() and not _verbal(tokens, j):
        j += 1
    return by_first.get(j) if j > mention.last + 1 else None


def _rules_on(tokens, i) -> bool:
    """Is token i the "rule" of "ruled out" or "ruled that", a saying (that something will not happen,
    or what a court finds), whose subject speaks as a reporting verb's does? (Not "ruled the country".)"""
    return tokens[i].lemma == "rule" and i + 1 < len(tokens) and tokens[i + 1].lower in ("out", "that")


# a length of time counted from an earlier event or back from now, which dates the event it tells of:
# "thirty years later", "four years ago"
# what follows the count ("on" only at the end of its clause: "ten years on," not "six years on 6 March")
COUNTED_ON_WORDS = r"(?:later|earlier|afterwards|ago|on(?=\s*(?:[,.;:!?)]|$)))\b"
_COUNTED_ON_RE = lazy(r"(?:a|an|%s)\s+(?:day|week|month|year)s?\s+" % date_parser.COUNT + COUNTED_ON_WORDS, re.I)


def counted_on(date_text: str) -> bool:
    """Is the date, as written, a count of periods from an earlier event or back from now ("thirty years
    later", "two days earlier", "four years ago")? Its length is a figure too, compared with another such
    length only; the date it gives answers for it (see agreement._counted_on_length)."""
    return _COUNTED_ON_RE.fullmatch(date_text) is not None


def _offset_from_an_event(date) -> bool:
    """Is the date a length of time before or after something the sentence names ("three weeks after
    the storm"), which gives no day, month or year of its own?"""
    return date.year is None and date.month is None and date.day is None \
        and date.text.lower().endswith((" after", " before"))


def _reports_its_own_figure(tokens, i, text: str) -> bool:
    """Is "report" followed by a figure or an indefinite noun phrase ("reported a loss of £3m", "reported
    40 new cases")? Its subject tells what it made, lost or counted itself: what the sentence is about as much
    as who says it. (A clause after it, "reported that ...", "reported the company had ...", is a saying.)"""
    if tokens[i].lemma != "report" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if not (nxt.lower in ("a", "an") or nxt.is_number or nxt.text[:1] in "£$€¥" or _bare_figure_phrase(tokens, i + 1)):
        return False
    # (not a figure of another, named after it: "The Grocer reported a loss of £4.3m at Bramwell Foods")
    for k in range(i + 2, min(len(tokens) - 1, i + _OWN_FIGURE_REACH)):
        if tokens[k].lower == "that" or (text and any(ch in ",;." for ch in text[tokens[k - 1].end:tokens[k].start])):
            break  # (its clause ends)
        if tokens[k].lower in ("at", "for", "by", "across", "among") and tokens[k + 1].is_cap and tokens[k + 1].lower not in MONTHS:
            return False  # (not "for April": a time; not "in Scotland": where its own figure is)
    return True


_OWN_FIGURE_REACH = 10  # tokens after "reported" where another's name may follow its figure
_BARE_PHRASE_REACH = 5  # words of a noun phrase with no article before its figure ("pre-tax profits of £4.2m")


def _bare_figure_phrase(tokens, k) -> bool:
    """Does a noun phrase with no article open at k and lead to a figure ("reported pre-tax profits of £4.2m",
    "reported record sales of 2,000 cars"): lower-case words, perhaps an "of", then the figure?"""
    for j in range(k, min(len(tokens), k + _BARE_PHRASE_REACH)):
        tok = tokens[j]
        if tok.is_number or tok.text[:1] in "£$€¥":
            return j > k
        if tok.is_cap or tok.lower in DETERMINERS or tok.lower == "that" or not (tok.is_content or tok.lower == "of"):
            return False
    return False


def adds_a_thing(tokens, i, text) -> bool:
    """Is "add" a verb of adding here, not of saying ("Rowe added a third goal", "added 300 jobs"
    against "he added", "added that ...")? An object follows it."""
    if tokens[i].lemma != "add" or i + 1 >= len(tokens):
        return False
    if text and text[tokens[i].end:tokens[i + 1].start].strip():
        return False  # "he added, ...", 'added: "...'
    return tokens[i + 1].lower != "that"


def _set_off_from(mention, mentions, text):
    """The name an aside holding ``mention`` is set off from ("Colin Mabry, branch secretary of the
    Health Workers' Alliance, said": Colin Mabry; the aside opens with a comma right after that
    name and closes with one right after ``mention``, none between), or the name ``mention`` is
    "of" ("Joost Verbeek of FNV said"), else the mention itself."""
    for other in mentions:  # "Joost Verbeek of FNV said": the person of the organisation speaks
        if other.end < mention.start and text[other.end:mention.start].lower() in (" of ", " of the ", " from ", " from the "):
            return other
    if not text or text[mention.end:mention.end + 1] != ",":
        return mention
    for other in mentions:
        if other.end < mention.start and text[other.end:other.end + 2] == ", " and "," not in text[other.end + 1:mention.start] \
                and not role_of(other, text):
            return other
    return mention


# a singular noun phrase opened by a determiner, and the preposition of its complement
_ROLE_BEFORE_RE = lazy(r"\b(?:the|a|an)\s+(?:[a-z'-]+\s+){0,2}[a-z'-]*(?:ss|[a-rt-z'])\s+(?:of|for|at)\s+(?:the\s+)?\Z", re.I)


def role_of(mention, text: str) -> bool:
    """Is the name the complement of a role ("The chair of Dunmore Rowing Club", "a spokesman for
    Unite", "the head teacher at Orton Primary School")? A name set off after it names the role's
    holder, who speaks; the name of the role stands for him too ("Unite said"). Not "Residents of
    Kelby": no one holder."""
    return bool(_ROLE_BEFORE_RE.search(text[:mention.start]))


# verbs that report a saying in its manner and take what was said as their clause ("warned that the
# heather could take 15 years", "stressed that ..."): the saying of a plain "said", told with its
# manner (Biber et al. 1999, 3.9.2.1, speech act verbs); not those that assert more than the saying
# ("admit", "confirm", "reveal": its truth; "announce": an act of its own; "deny": its opposite)
SAYING_IN_A_MANNER = frozenset("warn stress insist argue explain note claim remark comment observe emphasize".split())
# verbs that tell what someone said or asked for (Searle 1976's assertives, directives and expressives):
# "Mabry called for a review" reports an opinion as a fact of its saying ("forecast" as "predict";
# "credit" one with a success as "blame" one with a failure; "concluded that", "complained that",
# "apologised for" as "said")
VOICING = REPORTING | SAYING_IN_A_MANNER | frozenset(
    "call urge demand predict forecast propose recommend describe criticize criticise accuse blame credit praise welcome "
    "conclude suggest maintain assert complain apologize apologise deplore thank congratulate".split())


_NOT_VOICING_AFTER_CALL = frozenset("off up in out back at".split())


def voice_of(analysis) -> str:
    """The name a statement opens on when its verb voices something ("Colin Mabry (of the union)
    called for a review", "Ruiz urged ..."): who it says said or asked for it; "" otherwise."""
    if not analysis.mentions:
        return ""
    toks, text, first = analysis.tokens, analysis.text, analysis.mentions[0]
    spans = set_off_spans(text) if ", " in text else ()
    if possessive_at(toks, text, first.last) and len(analysis.mentions) > 1:
        first = analysis.mentions[1]  # "Kestleby Airport's managing director, Stuart Venn, called ...": the name in apposition
        # (and "Larkway Airlines' chief executive, Carys Mallin, forecast ...")
    # "Opposition councillor Mark Trevail said": the role stands before the name as a title does
    titled = next((m for m in analysis.mentions if m.first >= first.first and _after_a_false_title(toks, text, m, analysis.mentions)),
                  None)
    first = titled or first
    in_mention = {k for m in analysis.mentions for k in range(m.first, m.last + 1)}
    opening = titled is not None or first.first == 0 or (first.first == 1 and toks[0].lower == "the") \
        or (first.first > 0 and _past_title(toks, 0, in_mention, text) == first.first)
    # ("The Quiet Skies Group said"; "Councillor Sadiq said", "Chief Constable Ann Holt said": a title worn before the name)
    if not opening:
        # "The professor who led the trial, Anita Deshmukh, called ...": the name in apposition to the subject
        # (also after a name within the subject: "The islands' MP, Nessa Bolitho, described ...")
        first = next((m for m in analysis.mentions if m.first >= first.first and m.first > 0
                      and text[toks[m.first - 1].end:m.start] == ", " and text[m.end:m.end + 2] == ", "), None)
        if first is None or "," in text[:toks[first.first - 1].end]:
            return ""
    k = first.last + 1
    later = {m.first: m for m in analysis.mentions[1:]}
    if k + 1 < len(toks) and toks[k].lower in ("of", "for"):  # "Colin Mabry of the Health Workers' Alliance", "the MP for Kelby"
        j = k + 2 if toks[k + 1].lower == "the" else k + 1
        if j in later:
            k = later[j].last + 1
    named = next((m for m in analysis.mentions if 0 < k == m.first and text[toks[k - 1].end:m.start] == ", "
                  and text[m.end:m.end + 2] == ", "), None)
    if named is not None:  # "The MP for Kelby, Jo Marsh, said ...": the name set off is who holds the title
        first, k = named, named.last + 1
    aside = next((e for s, e in spans if k < len(toks) and s == toks[k - 1].end), None)
    if aside is not None:  # "Colin Mabry, the union's branch secretary, said ..."
        k = next((j for j in range(k, len(toks)) if toks[j].start >= aside), len(toks))
    while k < len(toks) and toks[k].lower in _AUX:
        k += 1
    if k >= len(toks) or toks[k].lemma not in VOICING or not _verbal(toks, k):
        return ""
    if toks[k].lemma == "call" and k + 1 < len(toks) and toks[k + 1].lower in _NOT_VOICING_AFTER_CALL:
        return ""  # "called off the match", "called in the police": no saying
    return first.name


def _after_a_false_title(toks, text, name, mentions) -> bool:
    """Is all that comes before the name a role worn as a title ("Opposition councillor Mark Trevail",
    "Steadbury Research analyst Priya Dunmore", "Highways cabinet member Ruth Abernethy"; what
    style guides call a false title)? Nouns and names, one space apart, the last a common noun
    written in lower case; no verb in a form of its own, determiner or preposition, which would open
    another phrase ("In Leeds Tom Hale said", "Yesterday Tom Hale said", "Fans booed Tom Hale")."""
    if not 0 < name.first <= _ROLE_REACH + 1 or toks[name.first - 1].is_cap:
        return False
    named = {k for m in mentions if m.last < name.first for k in range(m.first, m.last + 1)}
    for k in range(name.first):
        if k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start] != " ":
            return False
        if k in named:
            continue
        tok = toks[k]
        if not tok.is_content or not tok.lower.isalpha() or english.inflected_verb(tok.lower):
            return False  # (a base form may be a noun: "Harbour master", "Transport cabinet member")
    return True


def _with_restatements(speakers, mentions) -> set:
    """The speakers' mentions with the ones that name them twice in a row, the second in brackets
    ("the Ministry of Industry and Information Technology (MIIT) said", "according to CESI (...)")."""
    out = set(speakers)
    for before, after in zip(mentions, mentions[1:]):
        if (before in out or after in out) and after.name == before.name and after.first - before.last <= 2:
            out.update((before, after))
    return out


_NOUN_BEFORE = frozenset("the a an its their his her our your my some many few several all both these those any no "
                         "other more most each every such".split())


# prepositions, which take a noun phrase, never a verb in -s
_PREPOSITIONS = frozenset("on in at for of from with into onto by about over under between among without per via".split())


# characters from a weekday to the date it goes with: "Thursday, March 11", "a Tuesday in early March"
# (as text/dates.extract joins them)
_WEEKDAY_GAP = 5


def _counted_compound(tokens, i) -> bool:
    """Is the plural the head of a compound noun a figure counts ("120 job cuts", "18 store closures",
    "two road deaths")? A plural subject takes no verb in -s, so after a figure above one and a noun
    the word is the noun's head, not a verb. Not after a year ("in 2024 revenue rises")."""
    if i < 2 or tokens[i - 1].is_cap or not tokens[i - 1].is_content or not tokens[i - 1].lower.isalpha():
        return False
    figure = tokens[i - 2]
    if figure.lower in NUMBER_WORDS:
        return figure.lower not in ("one", "a")
    return figure.is_number and figure.text.replace(",", "").replace(".", "").isdigit() \
        and figure.text not in ("1", "1.0") and not (len(figure.text) == 4 and figure.text[:2] in ("19", "20"))


def _participle_after_its_noun(tokens, i: int) -> bool:
    """Is token i a past participle that modifies the noun before it ("the arrests made by the
    police", "the homes built in 2024"): a word in -ed, -en or an irregular past form, after a
    plural noun, with a preposition after it?"""
    if i < 1 or i + 1 >= len(tokens):
        return False
    low, before, after = tokens[i].lower, tokens[i - 1], tokens[i + 1].lower
    past = english.lemma(low) != low and not low.endswith(("s", "ing"))
    return past and before.lower.endswith("s") and not before.is_cap and after in _PREPOSITIONS


def _absolute_participle(tokens, i) -> bool:
    """Does "with" at token i open an absolute clause: a noun phrase and a past participle, with no tensed verb
    ("with the whole site finished", "with 40 jobs lost")?"""
    for j in range(i + 2, min(i + _ABSOLUTE_REACH, len(tokens))):
        tok = tokens[j]
        if tok.lower in _TENSED_AUXILIARIES or tok.lower in AUXILIARIES or not tok.text[:1].isalnum():
            return False
        if tok.lower != tok.lemma and not tok.lower.endswith(("s", "ing")) and tokens[j - 1].is_content:
            return True
    return False


_ABSOLUTE_REACH = 7  # "with" to the participle: "with the whole of the site finished"


def _verbal(tokens, i) -> bool:
    """Does token i read as a verb here? "CESI proposed", "will hire", "is working"; not "working
    group", and never a word that cannot be a verb ("albums")."""
    tok = tokens[i]
    low = tok.lower
    if not tok.lemma or not english.can_be_verb(low):
        return False  # (a word absorbed into a phrase, "up" of "goes up", is read with the phrase's first)
    prev = tokens[i - 1].lower if i > 0 else ""
    if low.endswith("ing"):
        return auxiliary_before(tokens, i, _BE)
    if prev == "to" and i >= 3 and tokens[i - 3].lower == "from" and tokens[i - 2].is_content and not tokens[i - 2].is_number:
        return False  # "from charge to trial", "from start to finish": the end of a span, no infinitive
    if auxiliary_before(tokens, i, _MODALS):
        return True
    if prev in DETERMINERS or (i > 0 and is_possessive(tokens[i - 1])):
        return False  # "its best year", "Kestrel's worst quarter": a noun phrase, whatever the word's forms
    if low in COUNT_NOUN_CLASS:
        return False  # "Japanese firms", "member companies": plural nouns, not verbs
    if low.endswith("s"):
        # "the plans", "some questions", "answered questions": a plural noun after a determiner,
        # a quantifier, a number or a verb; "Huawei plans" reads as a verb; a word in -s that is its
        # own lemma is no verb's -s form ("a rival gas supplier")
        return (not low.endswith(("ss", "us", "is", "ics")) and tok.lemma != low and prev not in _NOUN_BEFORE
                and prev not in _PREPOSITIONS  # "on parks", "for homes": a preposition's object, no verb's -s form
                and i > 0  # ("Schools cabinet member Ruth Kemp said": a verb in -s follows its subject)
                and not (i + 1 < len(tokens) and tokens[i + 1].lower in AUXILIARIES)  # "the homes will be sold": no
                # verb in -s stands before an auxiliary, which opens the predicate of the noun before it
                and not _auxiliary_past_its_phrase(tokens, i)  # (nor before a phrase of place and then one: "Bus fares
                # in Harby will rise")
                and not (i > 0 and tokens[i].start - tokens[i - 1].end == 1  # (one phrase: not "(born 1988) plays")
                         and (tokens[i - 1].is_number or tokens[i - 1].lower in NUMBER_WORDS
                              or (tokens[i - 1].lemma != tokens[i - 1].lower and _verbal(tokens, i - 1))))
                and not _counted_compound(tokens, i)
                and not _counted_after_a_modifier(tokens, i)
                and not _ends_a_bare_object(tokens, i)
                and not _past_verb_follows(tokens, i))
    if tok.lemma != low and tok.lemma != english.american(low) and tok.lemma.replace("-", "") != low:
        return True  # a past form ("bought"), not a spelling ("centre", "rebuild" / "re-build")
    # a word that may be a verb between a name and its object ("Stockford City beat Redmoor",
    # "Labour cut the budget"): a verb of the same form in past and present
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if i == 0 or nxt is None or tok.is_cap:
        return False
    before = tokens[i - 1]
    # ... or between a noun and a determiner ("the board cut the dividend", "Labour set a target")
    if before.is_cap or _after_a_named_relative(tokens, i):  # (and a verb of saying before its clause: "Abel Nash forecast that ...")
        return nxt.is_cap or nxt.lower in DETERMINERS or (nxt.lower == "that" and tok.lemma in VOICING) \
            or (low in SAME_PARTICIPLE and bare_object_after(tokens, i)) \
            or (before.is_content and _title_then_name(tokens, i + 1))  # (not "On review aggregator Rotten Tomatoes")
    return before.is_content and not before.is_number and nxt.lower in DETERMINERS and not _verbal(tokens, i - 1)


_RELATIVE_REACH = 12  # words of a relative clause set off after a name ("Belham Town, who were bottom of the table,")


def _after_a_named_relative(tokens, i) -> bool:
    """Does a relative clause set off by commas after a name end right before token ``i`` ("Belham Town, who were
    bottom of the table, beat ...")? Then the word reads as it would right after the name. (Commas are read from
    the gaps between tokens: a gap wider than a space.)"""
    if i < 3 or tokens[i].start - tokens[i - 1].end < 2:
        return False
    for j in range(i - 2, max(0, i - _RELATIVE_REACH), -1):
        if tokens[j].start - tokens[j - 1].end >= 2:
            return tokens[j].lower in ("who", "which") and tokens[j - 1].is_cap
    return False


_TITLE_WORDS_REACH = 3  # words of a role worn as a title before a name ("league leaders", "local rivals")


def _title_then_name(tokens, k) -> bool:
    """Do a few lower-case words from ``k``, the last a noun of persons, stand before a name as its title ("league
    leaders Norcross", "holders Kelby Rovers": a false title)? Then the word before them is the verb whose object
    that name is ("Belham Town beat league leaders Norcross")."""
    j = k
    while j < len(tokens) and j - k < _TITLE_WORDS_REACH and tokens[j].lower.isalpha() and not tokens[j].is_cap \
            and tokens[j].is_content:
        j += 1
    return k < j < len(tokens) and tokens[j].is_cap and english.names_a_person(tokens[j - 1].lemma)


_PLACE_PHRASE_REACH = 4  # tokens of a phrase of place after a noun ("in Harby", "at the Kelby depot")


def _auxiliary_past_its_phrase(tokens, i) -> bool:
    """Does a phrase of place follow the word in -s at ``i`` and then an auxiliary ("fares in Harby will rise",
    "charges at the Kelby depot have risen")? Then the word is the subject's noun, the auxiliary its predicate's."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in ("in", "at", "on", "across"):
        return False
    for k in range(i + 2, min(len(tokens), i + 2 + _PLACE_PHRASE_REACH)):
        if tokens[k].lower in AUXILIARIES:
            return k > i + 2 and (tokens[k - 1].is_cap or tokens[k - 1].is_content)
        if not (tokens[k].is_cap or tokens[k].lower in DETERMINERS or (tokens[k].is_content and not tokens[k].lower.endswith("s"))):
            return False
    return False


def bare_object_after(tokens, i) -> bool:
    """Does a noun phrase with no determiner follow the word at ``i``, its last word a plural a preposition,
    a figure or the sentence's end closes ("Kelby Air cut peak fares by 5%", "Harby Council set new targets.")?
    A name, a word of one form in past and present and a plural after it are subject, verb and object: no
    compound name's noun followed by its verb ("the Kelby Air cut raised fares" has a verb of its own)."""
    k = i + 1
    while k < len(tokens) and k <= i + _BARE_OBJECT_REACH and tokens[k].lower.isalpha() and not tokens[k].is_cap \
            and tokens[k].lower not in NUMBER_WORDS \
            and tokens[k].lower not in _PREPOSITIONS and tokens[k].lower not in AUXILIARIES and tokens[k].lower not in BE_FORMS \
            and tokens[k].lower not in DETERMINERS and tokens[k].lower not in _NOT_IN_A_BARE_OBJECT \
            and not (english.inflected_verb(tokens[k].lower) and not tokens[k].lower.endswith("s")):
        k += 1
    if k == i + 1 or not tokens[k - 1].lower.endswith("s") or tokens[k - 1].lemma == tokens[k - 1].lower:
        return False
    return k == len(tokens) or tokens[k].lower in _PREPOSITIONS or tokens[k].lower in _NOT_IN_A_BARE_OBJECT \
        or tokens[k].is_number or not tokens[k].lower.isalpha()


# words that end a noun phrase or stand outside one: conjunctions, relative words, and the prepositions of time,
# cause and comparison _PREPOSITIONS leaves out ("its Marsden branch after the floods": no object of "branch")
_NOT_IN_A_BARE_OBJECT = frozenset("and or but that which who whom whose to after before since until during as than "
                                  "against across through within towards toward despite amid like because if when while where so "
                                  "not never also".split())
_BARE_OBJECT_REACH = 3  # words of a bare noun phrase ("peak fares", "new school places")


def _ends_a_bare_object(tokens, i) -> bool:
    """Is the word in -s at ``i`` the last of a bare noun phrase after a verb in the past, or of one form in past
    and present after a name ("Kelby Air cut peak fares", "increased peak fares": fares, no verb)?"""
    for j in range(max(1, i - _BARE_OBJECT_REACH), i):
        if ((tokens[j].lower in SAME_PARTICIPLE and tokens[j - 1].is_cap) or english.inflected_verb(tokens[j].lower)) \
                and not tokens[j].lower.endswith("s") and bare_object_after(tokens, j) \
                and all(tokens[k].lower.isalpha() and not tokens[k].is_cap for k in range(j + 1, i + 1)) and _verbal(tokens, j):
            return True
    return False


def _counted_after_a_modifier(tokens, i) -> bool:
    """Is the word in -s at ``i`` the noun a figure counts, a word that modifies it between them ("240 new
    homes", "three council flats")? A figure quantifies a noun phrase, whose head is its last noun."""
    before = tokens[i - 1] if i >= 2 else None
    figure = tokens[i - 2] if i >= 2 else None
    if before is None or not (figure.is_number or (figure.lower in NUMBER_WORDS and figure.lower not in ("no", "none"))):
        return False
    if (i >= 3 and tokens[i - 3].is_cap) or _YEAR_RE.fullmatch(figure.text):
        return False  # "Bus 42 still runs", "Ward 9 now admits": a name's number; "in 2023 councils ...": a year
    return before.lower.isalpha() and not before.is_cap and before.lower not in _NOT_MODIFIERS \
        and before.lower not in PREVERBAL_ADVERBS and not english.can_be_verb(before.lower)


_NOT_MODIFIERS = frozenset("and or but of than to more fewer less times".split())
_PHRASE_BEFORE_A_VERB = 7  # tokens from a noun in -s to a verb after a phrase of its own ("volumes at Kessel airport rose")


def _past_verb_follows(tokens, i) -> bool:
    """Is the word after token i a verb in the past that ends its clause or takes no noun ("cargo
    volumes surged.", "passenger numbers fell by 4%")? Then the word in -s is the noun it tells of:
    a verb in -s is not followed by another finite verb (unlike "plans reduced opening hours", where the
    participle describes a noun)."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower in _PREPOSITIONS:  # past a phrase after the noun: "cargo volumes at Kessel airport rose"
        k += 1
        while k < min(len(tokens), i + _PHRASE_BEFORE_A_VERB) and (tokens[k].lower in DETERMINERS or tokens[k].is_cap
                                                                  or (tokens[k].is_content and tokens[k].lemma == tokens[k].lower)):
            k += 1
    if k >= len(tokens) or k == i + 2:
        return False  # (a preposition with nothing after it)
    verb = tokens[k]
    if verb.lemma in (verb.lower, "") or not verb.lower.isalpha() or verb.lower.endswith(("ing", "s")) or not english.can_be_verb(verb.lower):
        return False  # (not a past form: "rise", "rises", "rising")
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not after.is_content or after.is_number or after.lower.endswith("ly") \
        or verb.end < after.start - 1  # ("rose sharply", "surged, while")


@functools.lru_cache(maxsize=4096)
def set_off_spans(text: str) -> tuple:
    """(start, end) of what a sentence sets off from its main clause: brackets, and relative clauses
    and appositives between commas."""
    spans = [m.span() for m in _BRACKETED_RE.finditer(text)]
    if ", " in text:
        spans += [span for part in clauses.split(text) if part.kind in ("relative", "appositive") for span in part.cuts]
        ages = [m for m in _AGE_RE.finditer(text) if int(m.group(2)) < 120]
        if len(ages) == 1 and not text[ages[0].end():].lstrip().startswith(("and ", "or ")):
            spans.append(ages[0].span(1))  # (not "Norway, 16, ahead of Germany, 12, and Canada, 9": a list of figures)
    return tuple(spans)


_BRACKETED_RE = lazy(r"\([^()]*\)")
# an age set off after a name, as news gives it ("Ann Okafor, 31, joined"): an appositive
_AGE_RE = lazy(r"\b[A-Z][\w'’-]*(, (\d{1,3}),)(?= [a-z])")
_NOT_NEGATION_AFTER = frozenset(["only", "just", "least", "until"])  # "not only", "not least"


TITLE_MEMO = 4096  # titles whose names are kept
_BRACKETED = lazy(r"\s*(\(.*?\)|-LRB-.*?-RRB-)\s*$")


class Analysis:
    __slots__ = ("text", "tokens", "dates", "quantities", "mentions", "content", "negated", "affirmed", "agents",
                 "locations", "names", "voices", "frames", "modality", "speech_at", "speakers", "predicate_modality",
                 "quote", "only_sources", "topic", "outlet", "_title", "_title_read", "_present", "voice_described",
                 "voice_clauses", "published")

    def __init__(self, text: str, tokens: list, dates=(), quantities=(), mentions=(), names=()):
        self.text, self.tokens = text, tokens
        self.dates, self.quantities, self.mentions = list(dates), list(quantities), list(mentions)
        self.names: set = set(names)  # canonical names of every actor, place and thing named
        self.voices: set = set()  # who a claim is attributed to ("MIIT statement"): said by, not done by
        self.content: dict = {}  # lemma -> first token index (-1: from the claim's quote or attribution)
        self.negated: set = set()  # predicate lemmas said not to hold
        self.affirmed: set = set()  # content lemmas said to hold
        self.agents: Agents = Agents()  # predicate lemma -> Mention of who does it
        self.locations: list = []  # Mention objects after in/at
        self.frames: set = set()  # ("before" | "after", event lemma): "before the sanctions"
        self.modality = FACT  # FACT | FUTURE | POSSIBLE | COUNTERFACTUAL | OPINION
        self.speech_at: Optional[int] = None  # token index of "says"/"reported" when it reports speech
        self.speakers: list = []  # Mentions of who says it: "X said", "according to X", "X's statement"
        self.predicate_modality: dict = {}  # predicate lemma -> the modality it is asserted with
        self.quote = None  # a claim's quote, analysed, when it differs from its text
        self.only_sources: frozenset = frozenset()  # names a claim has only as who says it, never as what it is about
        # a voice's own relative clause, told in the reporter's words ("Dr Rosalind Keane, who chairs the
        # Friends of the Wendle, said ..."): name -> the lemmas and names the clause says of it
        self.voice_clauses: dict = {}
        self.topic: frozenset = frozenset()  # the article's names, for a claim that refers back to them ("It employs ...")
        self.outlet = ""  # a claim's: the canonical name of the outlet that published its article
        self.published = ""  # a claim's: the date its article was published ("2025-03-01"), where the base gives it
        self._title = None  # a claim's: (how to read a title, its article's title), read when first asked for
        self._title_read = None
        self._present = None  # worked out when first asked (see present)
        # a statement's: the entities a description that opens it and says something may be ("The
        # minister said ...": the base's ministers); empty when it opens otherwise
        self.voice_described: tuple = ()

    @property
    def title(self) -> str:
        """A claim's: its article's title as written ("" when it has none)."""
        return self._title[1] if self._title else ""

    @property
    def titled(self) -> frozenset:
        """A claim's: the names in its article's title, what the article is about."""
        return self._read_title()[0]

    @property
    def title_name(self) -> str:
        """A claim's: its article's title when that is one name ("Vatican City", "Dune (novel)")."""
        return self._read_title()[1]

    def _read_title(self) -> tuple:
        if self._title_read is None:  # most claims are never asked: reading every title cost a scan 8%
            self._title_read = self._title[0](self._title[1]) if self._title else (frozenset(), "")
        return self._title_read

    def where(self, start: int):
        """(the analysis a value's offsets belong to, its offset there): a claim's amounts and dates
        found in its quote carry offsets past IN_QUOTE."""
        if start >= IN_QUOTE and self.quote is not None:
            return self.quote, start - IN_QUOTE
        return self, start

    def verbal(self, i: int) -> bool:
        """Does token i read as a verb here (see _verbal)? Never a word of a name of several words
        ("Carrick Fell", "Darrow Rise", "Kelby Falls")."""
        return 0 <= i < len(self.tokens) and _verbal(self.tokens, i) \
            and not any(m.first <= i <= m.last and m.first < m.last for m in self.mentions) \
            and not (i > 0 and self.tokens[i - 1].lower.endswith("s")  # "Tarn Foods' shares rose": a plural's
                     and self.text[self.tokens[i - 1].end:self.tokens[i].start] in ("' ", "’ "))  # possessive's noun

    @property
    def subject(self) -> str:
        """The name the sentence opens with as its subject (see _sentence_subject), or ""."""
        m = _sentence_subject(self.tokens, self.mentions)
        return m.name if m is not None else ""

    @property
    def subject_or_owner(self) -> str:
        """The subject's name, or the name that owns the subject ("The union's report found ...": the union)."""
        m = _sentence_subject(self.tokens, self.mentions, owners=True)
        return m.name if m is not None else ""

    @property
    def present(self) -> bool:
        """Is the first verb in the present tense ("employs", "is", "has")? A present-tense sentence
        states a property of its subject more often than an event with one agent."""
        if self._present is None:
            self._present = self._first_verb_present()
        return self._present

    def _first_verb_present(self) -> bool:
        toks = self.tokens
        aside = set_off_spans(self.text)
        for i, tok in enumerate(toks):
            if aside and any(s <= tok.start < e for s, e in aside):
                continue  # "(which covers Kirin chipsets)", ", which are listed in Oslo,": not the main verb
            low = tok.lower
            if low in ("has", "have") and i + 1 < len(toks) and (toks[i + 1].lower in SAME_PARTICIPLE or (
                    _verbal(toks, i + 1) and toks[i + 1].lemma != toks[i + 1].lower)):
                return False  # "has relaxed", "has cost": the present perfect tells of a past event
            if low in ("is", "are", "am", "has", "have", "does", "do", "can", "may", "must"):
                return True
            if low in ("was", "were", "had", "did", "will", "would", "could"):
                return False
            if not tok.is_cap and (tok.is_content or tok.lemma in _LIGHT_OR_WEAK) and _verbal(toks, i):
                return low.endswith("s")  # "took" as much as "bought", "expects" as much as "employs"
        return False

    @property
    def copular(self) -> bool:
        """Says what something *is*, with a definite complement ("X is the largest maker", "Y are
        the champions"): a role one thing fills, so another name in it is a contradiction."""
        toks = self.tokens
        return any(t.lower in _BE and i + 1 < len(toks) and toks[i + 1].lower in ("the", "its", "their", "his", "her")
                   for i, t in enumerate(toks))

    @property
    def hedged(self) -> bool:
        """Says what might be (or might have been), not what is: "may benefit", "would have bought"."""
        return self.modality in (POSSIBLE, COUNTERFACTUAL)

    def speaker_terms(self) -> set:
        """Words and names before a reporting verb: who says it, not what is said."""
        if self.speech_at is None:
            return set()
        words = {lemma for lemma, i in self.content.items() if 0 <= i < self.speech_at}
        return words | {m.name for m in self.mentions if m.last < self.speech_at}

    @property
    def calendar_dates(self) -> list:
        return [d for d in self.dates if date_parser.is_calendar(d)]


class Analyzer:
    """Analyses text with the claim base's names; ``vocabulary`` holds words the base uses in lower case."""

    def __init__(self, entities=(), vocabulary=frozenset()):
        self.matcher = EntityMatcher(entities)
        self._entities = [e for e in entities if e.attributes]
        self._describer = None  # made when a statement first names an entity with attributes
        self.vocabulary = vocabulary
        self._recent = {}  # text -> Analysis: a sentence is analysed to triage it, then checked
        self._quote_terms = {}  # text -> (words, names) of quotes and attributions, which repeat
        self._titles = {}  # article title -> its names: an article has many claims

    def analyze(self, text: str) -> Analysis:
        """The analysis of a statement; callers must not change it (it may be shared)."""
        hit = self._recent.get(text)
        if hit is None:
            if len(self._recent) >= 256:
                self._recent.clear()
            hit = self._recent[text] = self.analyze_fresh(text)
        return hit

    def _described(self, analysis) -> set:
        """Token indexes of descriptions beside a name that the base's record of the named entity
        says ("Huawei's chip unit HiSilicon"): what the statement says of it there, the base says."""
        if not analysis.mentions or not self._entities:
            return set()
        if self._describer is None:
            self._describer = Describer(self._entities, self.matcher)
        toks, text = analysis.tokens, analysis.text
        spans = set_off_spans(text) if ", " in text else ()
        out = set()
        for m in analysis.mentions:
            out.update(self._describer.apposed(text, toks, analysis.mentions, m))
            end = toks[m.last].end
            after = next(((s, e) for s, e in spans if s == end and text[s] == ","), None)
            if after is None and text[end:end + 2] == ", ":
                # up to the next comma, where the splitter reads a list ("Both HiSilicon, Huawei's
                # chip arm, and Tencent"): only a description the entity fits is taken
                close = text.find(",", end + 1)
                after = (end, close) if close > 0 else None
            if after is not None:
                out.update(self._describer.apposed(text, toks, analysis.mentions, m, after))
                out.update(self._describer.placed(toks, analysis.mentions, m, after))
        return out

    def words_and_names(self, text: str, tokens=None, mentions=None):
        """Content lemmas and canonical names only: what a claim's quote (or attribution) adds to its
        text; ``tokens`` and ``mentions`` (as find gives them without the text): the text's, when the
        caller has them."""
        hit = self._quote_terms.get(text)
        if hit is None:
            if len(self._quote_terms) > 4096:
                self._quote_terms.clear()
            hit = self._quote_terms[text] = self._words_and_names(text, tokens, mentions)
        return hit

    def _words_and_names(self, text: str, tokens=None, mentions=None):
        tokens = tokenize(text) if tokens is None else tokens
        mentions = self.matcher.find(tokens, self.vocabulary) if mentions is None else mentions
        named = {k for m in mentions for k in range(m.first, m.last + 1)}
        return {t.lemma for i, t in enumerate(tokens) if t.is_content and i not in named}, {m.name for m in mentions}

    def analyze_claim(self, claim, published=None, title=None, outlet=None) -> Analysis:
        """What a claim says: its text analysed, with what its quote and attribution add, and the
        fields the claim base gives in place of derived ones. ``published``: its article's date,
        which pins yearless dates; ``title``: its article's title, whose names a claim that opens
        on a pronoun or a description ("He recently scripted ...", "The film was ...") is about;
        ``outlet``: who published the article ("according to the Calderby Echo" credits its claims)."""
        analysis = self._read(claim.text)
        analysis.published = str(published or "")
        if outlet:
            analysis.outlet = self.matcher.canonical(outlet)
        quote_words, quote_names, quote_mentions, quote_speakers = (), (), (), ()
        if claim.quote != claim.text:  # the quote's figures and dates are the claim's too
            quoted = analysis.quote = self._analyze_quote(claim.quote)
            quote_mentions, quote_speakers = quoted.mentions, _speakers(quoted.tokens, quoted.mentions, claim.quote)
            neutral = self.matcher.text_neutral(quoted.tokens, claim.quote)
            quote_words, quote_names = self.words_and_names(claim.quote, quoted.tokens, quoted.mentions if neutral else None)
            known = {q.value for q in analysis.quantities}
            analysis.quantities = analysis.quantities + [
                q._replace(start=q.start + IN_QUOTE, end=q.end + IN_QUOTE) for q in quoted.quantities if q.value not in known]
            # who does what in the quote, where the text does not say it ("CESI proposed the plans,
            # ..., an MIIT statement read" under a text about what the plans would do)
            in_quote_mention = {k: m for m in quoted.mentions for k in range(m.first, m.last + 1)}
            for predicate, m in _agents(quoted.tokens, quoted.mentions, in_quote_mention, quoted.text).items():
                analysis.agents.setdefault(predicate, m._replace(start=m.start + IN_QUOTE, end=m.end + IN_QUOTE))
            days = {(d.year, d.month, d.day) for d in analysis.dates}
            analysis.dates = analysis.dates + [d._replace(start=d.start + IN_QUOTE, end=d.end + IN_QUOTE) for d in quoted.dates
                                               if (d.year, d.month, d.day) not in days and date_parser.is_calendar(d)]
        said_names = set()
        if claim.attribution:  # "MIIT statement": the claim holds who says it
            said_words, said_names = self.words_and_names(claim.attribution)
            quote_words = set(quote_words) | said_words
        content = dict(analysis.content)
        for lemma in sorted(quote_words):  # in one order whatever the process's hash seed: sums of weights follow it
            content.setdefault(lemma, -1)
        # every word of the claim counts for coverage, amounts' nouns included ("90 members")
        for i, tok in enumerate(analysis.tokens):
            if tok.is_content and not tok.is_cap:
                content.setdefault(tok.lemma, i)
        analysis.content = content
        names = analysis.names | set(quote_names)
        if claim.entities is not None:  # the names the base gives, beside those its words name
            names |= {self.matcher.canonical(n) for n in claim.entities}
        if title:
            analysis._title = (self._title_names, title)
            if _refers_back(analysis.tokens, analysis.text):
                analysis.topic = analysis.titled
                names |= analysis.topic
            elif _person_unnamed(analysis) and analysis.title_name:
                analysis.topic = frozenset([analysis.title_name])  # "Ten days later he first appeared ..."
                names |= analysis.topic
        analysis.names = names | self.matcher.ancestors(names)
        analysis.voices = set(said_names)
        # "According to MIIT, the plans ...", "..., a MIIT statement read", attribution: MIIT
        speaking = _with_restatements(analysis.speakers, analysis.mentions) | _with_restatements(quote_speakers, quote_mentions)
        # "Arvena said its revenue rose": a report with a pronoun in it is most often about its speaker
        refers_back = any(t.lower in _THIRD_PERSON for t in analysis.tokens)
        analysis.only_sources = frozenset() if refers_back else frozenset(
            ({m.name for m in speaking} | analysis.voices)
            - {m.name for m in analysis.mentions if m not in speaking}
            - {m.name for m in quote_mentions if m not in speaking})
        analysis.voice_clauses = {m.name: clause for m in speaking if m.name in analysis.only_sources
                                  for clause in [_relative_clause(analysis, m)] if clause}
        found_dates = _relative_dates_placed([date_parser.resolve(d, published) for d in analysis.dates], analysis.text, published)
        if claim.quantities is not None:
            analysis.quantities = [_place_quantity(q, analysis.quantities) for q in claim.quantities]
        if claim.dates is not None:
            # a date the base gives without its year ("--11-29") is read as the article's prose is
            placed = [date_parser.resolve(_place_date(d, found_dates), published) for d in claim.dates]
            # "a year earlier", counted from the claim's own date, which the base's fields leave out
            # ... and a listed date the text tells twice ("in 2024 ...; 62 farms left during 2024") at each place
            told = [(d.year, d.month, d.day) for d in found_dates if 0 <= d.start < IN_QUOTE]
            found_dates = placed + [d for d in found_dates if not any(p.start < d.end and d.start < p.end for p in placed)
                                    and ((timeline.counts_back(d.text) and (d.year or d.month))
                                         or _other_day_of_a_pair(d, placed, analysis.text)
                                         or _written_in_full(d, analysis.text)
                                         or (0 <= d.start < IN_QUOTE and told.count((d.year, d.month, d.day)) > 1
                                             and any((d.year, d.month, d.day) == (p.year, p.month, p.day) for p in placed)))]
        analysis.dates = found_dates
        if analysis.quote is not None:  # what the quote denies, the claim denies
            analysis.negated = analysis.negated | analysis.quote.negated
        analysis.affirmed = _said(analysis.tokens, analysis.content) - analysis.negated
        return analysis

    def _title_names(self, title: str) -> tuple:
        """(the names in an article's title, the title itself when it is one name and nothing else)."""
        found = self._titles.get(title)
        if found is None:
            if len(self._titles) >= TITLE_MEMO:
                self._titles.clear()
            # an encyclopedia's title: a name, with what kind of thing it is in brackets ("Dune (novel)")
            bare = _BRACKETED.sub("", title).strip()
            mentions = self.matcher.find(tokenize(bare), self.vocabulary, bare)
            opening = 4 if bare[:4].lower() == "the " else 0  # "The Kessel Road", "The Beatles"
            whole = mentions[0].name if len(mentions) == 1 and mentions[0].start in (0, opening) and mentions[0].end >= len(bare) else ""
            if not whole and _titled_as_a_name(bare):
                whole = bare  # "Prophets of Rage", "Street Kings": a short title in capitals is the name of its
                # topic, though its words are read as common words or as names of their own ("Prophets of ..."
                # as "Residents of ...", "Chinese Democracy" as China's democracy)
            found = self._titles[title] = (frozenset(m.name for m in mentions), whole)
        return found

    def _analyze_quote(self, text: str) -> Analysis:
        """What a claim reads of its quote: its words, names, figures, dates and denials (see
        Analysis.where), as analyze_fresh finds them; the rest is left empty."""
        result = self._found(text)
        result.negated = _denied(result.tokens, text)
        return result

    def _found(self, text: str) -> Analysis:
        """A new analysis with the text's tokens, dates, amounts and names only."""
        tokens = tokenize(text)
        dates = date_parser.extract(text, tokens)
        # a length of time before or after an event ("three weeks after the storm") is no date it can
        # tell, but its length is an amount to compare ("three months after the storm")
        date_spans = [(d.start, d.end) for d in dates if not _offset_from_an_event(d) and not counted_on(d.text)]
        quantities = quantity_parser.extract(text, tokens, date_spans)
        dates = _counted_back(text, dates, quantities)
        mentions = self.matcher.find(tokens, self.vocabulary, text)  # "Update: ..." is a label, not a name
        if mentions and dates:  # "Last year's champion": a capital that opens a date names nothing
            mentions = [m for m in mentions if m.known or not any(d.start <= m.start and m.end <= d.end for d in dates)]
        if mentions and quantities:  # a number inside a name names, it does not count ("Line 3", "Terminal 5")
            quantities = [q for q in quantities if not any(m.start <= q.start and q.end <= m.end for m in mentions)]
            # and a currency's abbreviation written before its figure is no name: "Rs 19 crore" (not the "US" of
            # "US$ 5 million", whose country tells the dollar from another: "A$ 5 million")
            mentions = [m for m in mentions if not (text[m.start:m.end].lower().rstrip(".") in quantity_parser.CURRENCY_BEFORE_A_FIGURE
                                                    and any(q.unit in quantity_parser.CURRENCY_CODES and q.start <= m.start and m.end < q.end
                                                            for q in quantities))]
        return Analysis(text=text, tokens=tokens, dates=dates, quantities=quantities, mentions=mentions,
                        names={m.name for m in mentions} | coded_names(tokens))

    def analyze_fresh(self, text: str) -> Analysis:
        """A new analysis, not shared with other callers."""
        result = self._read(text)
        # a relative date counted from the statement's one date ("in March 2025 than five years before": March
        # 2020), as a claim's is (the figure of its length is the date's words, no amount of its own)
        # (only the time a comparison is made against, after "than", from a plain date: "a year later than planned" is a
        # length, and a financial year's "a year earlier" is the year before it, not a calendar year)
        plain = [d for d in result.dates if date_parser.is_calendar(d) and not any(c in d.text for c in "-/–")
                 and result.text[d.end:d.end + 1] not in ("-", "/", "–")]
        if len(plain) == len([d for d in result.dates if date_parser.is_calendar(d)]) == 1:
            anchor = plain[0]
            placed = [_in_the_anchors_month(new, anchor) if new is not old and result.text[:max(old.start, 0)].rstrip().lower().endswith(" than")
                      else old for new, old in zip(_relative_dates_placed(result.dates, result.text, None), result.dates)]
            spans = [(d.start, d.end) for d, was in zip(placed, result.dates) if d is not was and date_parser.is_calendar(d)]
            if spans:
                result.dates = placed
                result.quantities = [q for q in result.quantities if not any(a <= q.start and q.end <= b for a, b in spans)]
        described = self._described(result)
        if described:
            result.content = {lemma: i for lemma, i in result.content.items() if i not in described}
            # an owner named there ("Kessel Group's dairy arm") is what the record says it belongs to
            told = {m.name for m in result.mentions if any(k not in described for k in range(m.first, m.last + 1))}
            result.names = {name for name in result.names if name in told or all(m.name != name for m in result.mentions)}
        result.affirmed = _said(result.tokens, result.content) - result.negated
        result.voice_described = self._voice_described(result)
        return result

    def _voice_described(self, analysis) -> tuple:
        """The entities that may be who a statement opening on a description says said something
        ("The minister said ...", "The head teacher has warned ..."), as the base describes them."""
        toks = analysis.tokens
        if not self._entities or len(toks) < 3 or toks[0].lower != "the" or (analysis.mentions and analysis.mentions[0].first == 1):
            return ()
        if self._describer is None:
            self._describer = Describer(self._entities, self.matcher)
        found = self._describer.find(analysis.text)
        opening = next((d for d in found if d.start == 0), None)
        if opening is None or not opening.candidates:
            return ()
        k = next((i for i, t in enumerate(toks) if t.start >= opening.end), len(toks))
        while k < len(toks) and toks[k].lower in _AUX:
            k += 1
        if k >= len(toks) or toks[k].lemma not in VOICING or not _verbal(toks, k):
            return ()
        return tuple(opening.candidates)

    def _read(self, text: str) -> Analysis:
        """analyze_fresh but for what the text affirms, which a claim's analysis works out from more."""
        result = self._found(text)
        text, tokens, dates, quantities, mentions = result.text, result.tokens, result.dates, result.quantities, result.mentions
        # a named audience ("told the Harbour Gazette") stays a name: which outlet heard it is checked
        framing = _speech_frame(tokens, text, mentions)
        date_spans = [(d.start, d.end) for d in dates]
        period_spans = [span for d in dates for span in date_parser.period_words(text, d.start, d.end)]
        # "on Monday 2 June 2025", "Thursday, March 11": the weekday written with a date is the date's (it
        # must agree with it), no word of the statement's own
        weekday_spans = [(t.start, t.end) for t in tokens if t.lower in WEEKDAYS
                         and any(d.weekday is not None and 0 < d.start - t.end <= _WEEKDAY_GAP for d in dates)]
        in_spans = covered(tokens, date_spans + period_spans + weekday_spans + [(q.start, q.end) for q in quantities])
        in_mention = {}
        for m in mentions:
            for k in range(m.first, m.last + 1):
                in_mention[k] = m
        label = 1 if tokens and text[tokens[0].end : tokens[0].end + 1] == ":" else 0  # "Update: ..."
        for i, tok in enumerate(tokens):
            if i < label or i in in_mention or i in in_spans or i in framing:
                continue
            if tok.lemma == "deny" and _verbal(tokens, i) and not _denied_before(tokens, i) and _denied_predicate(tokens, i):
                continue  # "denied having heard the bell" says "did not hear it" (read as a denial), nothing more
            if rejects_a_saying(tokens, i) or (i > 0 and tok.lemma in _SAYINGS and rejects_a_saying(tokens, i - 1)) \
                    or (i > 1 and tok.lemma in _SAYINGS and rejects_a_saying(tokens, i - 2)):
                continue  # "rejected suggestions that it would close" says "denied it would close", nothing more
            if tok.lemma in _NAMING and ([t.lower for t in tokens[i + 1:i + 2]] == ["as"]
                                         or [t.lower for t in tokens[i + 1:i + 3]] == ["to", "as"]) \
                    and not _named_twice(tokens, i, in_mention):
                continue  # "is also known as La Pianiste", "referred to as NHK": a name given, said by the name
            if tok.lemma in _LOCATIVE and i + 1 < len(tokens) and tokens[i + 1].lower in _PLACE_AFTER_LOCATIVE:
                continue  # "is located in Bavaria", "situated east of Charing Cross": the place says it all
            if tok.lemma in SEAT_WORDS and i + 1 < len(tokens) and tokens[i + 1].lower in _SEAT_AFTER:
                continue  # "based in Shanghai", "headquartered in Washington": where a body is, as "located"
            if tok.lemma == "fail" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
                continue  # "failed to win" says "did not win" (read as a denial), nothing more
            if _characterises(tokens, i, text) and _verbal(tokens, i):
                continue  # "described the report as gloomy" says it was gloomy: the saying, read as its speaker's
            if tok.lower == "compared" and i + 1 < len(tokens) and tokens[i + 1].lower in ("with", "to") \
                    and not (i > 0 and tokens[i - 1].lower in _BE):
                continue  # "rose 5% compared with 2023", "more ambitious when compared to": a comparison's marker, as "than"
            if tok.lower in SCHEDULED and i + 1 < len(tokens) and tokens[i + 1].lower == "to" and _to_verb_follows(tokens, i + 1):
                continue  # "is scheduled to run", "is set to open": a time set, as "is due to run" (read as the future), nothing more
            if _alternative_rejected(tokens, i):
                continue  # "rather than in autumn" says "not in autumn" (read as a denial), nothing more
            if _avoided_object(tokens, i) >= 0:
                continue  # "avoided relegation" says "was not relegated" (read as a denial), nothing more
            if (_ruled_out(tokens, i) and (_gerund(tokens[i + 2]) or tokens[i + 2].lower in ("a", "an", "any"))) \
                    or _ruled_out_passive(tokens, i):
                continue  # "ruled out running", "ruled out a challenge", "charges were ruled out" say "will not run",
                # "will not challenge", "will not charge" (read as denials), as "failed to" does
            if _rejected_doing(tokens, i):
                continue  # "rejected pausing it" says "chose not to pause it" (read as a denial), as "decided against" does
            if tok.lower == "longer" and i > 0 and tokens[i - 1].lower == "no":
                continue  # "no longer take" says "will not take" (read as a denial), nothing of length
            if _stops_doing(tokens, i):
                continue  # "stop taking" says "no longer take" (read as a denial), as "no longer" does
            if tok.lower in _RELATING_SUFFIXES and i > 0 and text[tokens[i - 1].end:tok.start] == "-":
                continue  # "a rain-related closure", "drug-linked deaths": the compound says what of, "related" no more
            if _reports_a_finding(tokens, i, text):
                continue  # "the report found that no one was hurt": what was found is the matter, as what
                # was said is after a verb of saying
            passive = _passive_light_or_weak(tokens, i)
            if passive is not None:
                if passive:
                    result.content.setdefault(passive, i)
                continue
            if tok.is_content or _main_light_verb(tokens, i) or (tok.lower == "own" and _verbal(tokens, i)):
                result.content.setdefault(tok.lemma, i)  # "they own the pub" (not "its own pub": a stop word)
        result.negated = _denied(tokens, text)
        result.agents = _agents(tokens, mentions, in_mention, text)
        result.locations = _locations(tokens, mentions, text)
        result.frames = _frames(tokens, in_mention, covered(tokens, date_spans))
        result.modality = _modality(tokens)
        result.speech_at = next((i for i, t in enumerate(tokens) if t.lower in _SPEECH and i > 0), None)
        result.speakers = _speakers(tokens, mentions, text)
        result.predicate_modality = _predicate_modality(tokens, text, in_mention)
        return result


IN_QUOTE = 1 << 30  # offsets at or past this are in the claim's quote, not its text
FACT, FUTURE, POSSIBLE, COUNTERFACTUAL, OPINION = "fact", "future", "possible", "counterfactual", "opinion"
_FUTURE_AUX = frozenset(["will", "shall", "'ll"])
_POSSIBLE_AUX = frozenset(["may", "might", "could"])
# "plans to", "is set to", "is expected to", "aims to": an intention or a schedule, not an event yet
# commissives (Searle 1976) are plans of one's own, said aloud: "has pledged to build", "promised to freeze"
_COMMISSIVES_BEFORE_TO = frozenset("promise promises promised promising pledge pledges pledged pledging vow vows "
                                   "vowed vowing threaten threatens threatened threatening".split())
# directives want another to act, and tell nothing of whether they did: "has asked the council to ban
# barbecues", "urged ministers to act", "called on the board to resign"
DIRECTIVES_BEFORE_TO = frozenset("ask asks asked asking urge urges urged urging call calls called calling press presses "
                                  "pressed pressing encourage encourages encouraged encouraging invite invites invited "
                                  "inviting request requests requested requesting advise advises advised advising".split())
_FUTURE_BEFORE_TO = _COMMISSIVES_BEFORE_TO | DIRECTIVES_BEFORE_TO | frozenset("plan plans planned planning set expected expects aims aim aiming intends intend "
                              "intended intending going scheduled slated timetabled due poised hopes hope hoped hoping seeks seek sought seeking wants want wanted "
                              "wanting aimed expect expecting "
                              # (and nouns of a plan put forward: "a bid from Marlow Homes to build 240 houses")
                              "bid bids proposal proposals offer offers offered "
                              "willing unwilling reluctant".split()) | CONATIVE_FORMS  # "unwilling to resume": a will, not an event; "tried to buy": an attempt
_PERFECT = frozenset(["have", "'ve"])


_CONDITION_OPENERS = frozenset(["without", "if"])


def requested(tokens, k: int) -> bool:
    """Is the verb at token k what a directive asks of another ("a petition asking the vice-chancellor
    to hand back his bonus", "urged ministers not to act")? The request tells nothing of whether it
    was done, nor of whether it was refused."""
    w = next((w for w in range(k - 1, max(-1, k - _DIRECTIVE_REACH - 2), -1) if tokens[w].lower in ("whether", "if")), None)
    if w is not None and w > 0 and tokens[w - 1].lemma in _ASKING:
        return True  # "Asked whether the government would pay for it, she said ...": a question asserts nothing
    head = that_clause_head(tokens, k)
    if head > 0 and requested(tokens, head):
        return True  # "calls on the council to guarantee that the pool will reopen": what is asked for, in its clause
    j = k - 1
    if j >= 0 and tokens[j].lower in ("not", "never"):
        j -= 1
    if j < 0 or tokens[j].lower != "to":
        return False
    return any(t.lower in DIRECTIVES_BEFORE_TO for t in tokens[max(0, j - _DIRECTIVE_REACH):j])


_THAT_CLAUSE_REACH = 8  # words from a that-clause's "that" to the verb in it


def that_clause_head(tokens, k: int) -> int:
    """The index of the verb whose that-clause the word at k stands in ("guarantee that the pool will reopen":
    guarantee), or -1; never a factive verb's, whose clause is taken as true ("note that the bridge will close")."""
    that = next((t for t in range(k - 1, max(-1, k - 1 - _THAT_CLAUSE_REACH), -1) if tokens[t].lower == "that"), None)
    if that is None or that < 2 or tokens[that - 1].lemma in FACTIVE_VERBS or tokens[that - 1].lemma == tokens[k].lemma:
        return -1
    return that - 1


def in_open_condition(tokens, text: str, k: int) -> bool:
    """Is the word at k in the condition of a conditional clause ("numbers could rise if the backlog is
    not cleared", "unless the council finds the money")? A condition supposes; it tells nothing of whether
    it holds (Quirk et al. 1985, 15.33), so a denial there denies nothing. Not an indirect question ("did
    not say if it would close": see _ASKING_IF), nor "as if"; the clause runs from its opener to the first
    comma, semicolon or colon."""
    for o in range(k - 1, -1, -1):
        low = tokens[o].lower
        if any(mark in text[tokens[o].end:tokens[o + 1].start] for mark in ",;:"):
            return False  # a joint between the opener's clause and the word
        if low == "unless" or (low == "if" and not (o > 0 and (tokens[o - 1].lemma in _ASKING_IF or tokens[o - 1].lower == "as"))):
            return True
    return False


_ASKING = frozenset("ask question wonder query".split())
# verbs whose that-clause is taken as true (Kiparsky and Kiparsky 1970): "urged drivers to note that the bridge will close"
FACTIVE_VERBS = frozenset("note accept remember know realise realize understand recognise recognize".split())


_DIRECTIVE_REACH = 6  # words from a directive to the "to" of what it asks: "asking the vice-chancellor to"


def _denied(tokens, text: str) -> set:
    """The predicates the text denies (see _negated), but in a counterfactual's condition, and by
    no word of a title's ("The North Stands for Nothing was released in 2010")."""
    condition = _counterfactual_condition(tokens, text)
    kept = tokens[:condition[0]] + tokens[condition[1]:] if condition else tokens
    if any(t.is_cap and (t.lower in NEGATORS or t.lower in _NOMINAL_NEGATORS) for t in kept[1:]):
        kept = [t for k, t in enumerate(kept) if not (k and _title_word(t, kept[k - 1], text))]
    return _negated(kept, text)


def denied_within(analysis, start: int, end: int) -> set:
    """The predicates the text denies between two offsets, read as a text of its own (a clause: "it
    was rated good in ten areas" denies nothing, though the sentence denies "rated" before it)."""
    return _denied([t for t in analysis.tokens if start <= t.start < end], analysis.text)


def _title_word(tok, before, text: str) -> bool:
    """Is the token a negator written with a capital inside a sentence, after a word with nothing but a
    space or a comma between ("Stands for Nothing", "the single No Idea"): a word of a title, which
    denies nothing? (Not after a full stop, a colon or a quotation mark: a sentence of its own.)"""
    return tok.is_cap and not tok.text.isupper() and (tok.lower in NEGATORS or tok.lower in _NOMINAL_NEGATORS) \
        and text[before.end:tok.start] in (" ", ", ") and before.lower not in ("and", "but", "or") \
        and before.lemma not in REPORTING  # ("NEVER approved" is emphasis; "said No to" a reply, both denials)


def _counterfactual_condition(tokens, text: str):
    """(first, end) token indexes of the condition of a counterfactual ("Without the sanctions, it
    would have bought them", "if there were no sanctions, ... would have"), or None: a negation there
    denies nothing, it supposes what did not happen (the sanctions were imposed)."""
    for i, tok in enumerate(tokens):
        low = tok.lower
        if low in ("would", "could", "might") and i + 1 < len(tokens) and tokens[i + 1].lower in _PERFECT:
            opener = next((k for k in range(i) if tokens[k].lower in _CONDITION_OPENERS
                           or (tokens[k].lower == "but" and tokens[k + 1].lower == "for")), None)
            if opener is None:
                return None
            end = next((k for k in range(opener + 1, i) if "," in text[tokens[k - 1].end:tokens[k].start]), i)
            return opener, end
    return None


SCHEDULED = frozenset(["due", "scheduled", "set", "slated", "timetabled"])  # words of a time set before "to" and a verb
_DUE_AFTER = frozenset("back home out at on".split())  # (not "due to": a cause, or a plan _FUTURE_BEFORE_TO reads)


# verbs of telling whose "would not" is a refusal, a past fact in a report ("would not disclose how much it paid",
# "would not comment"): the volitional "would" of insistence and refusal (Quirk et al. 1985, 4.60)
_TOLD_OR_REFUSED = frozenset("say disclose comment confirm reveal discuss name identify specify elaborate explain".split())


def refusal_to_tell(tokens, i: int) -> bool:
    """Is the "would" at i that of a refusal to tell ("would not say", "wouldn't comment")?"""
    return i + 2 < len(tokens) and tokens[i + 1].lower in ("not", "n't") and tokens[i + 2].lemma in _TOLD_OR_REFUSED


def _modality(tokens) -> str:
    """What a sentence asserts: a fact, a future event or plan, a possibility, or a counterfactual.

    The first modal marker decides ("would have purchased": counterfactual; "may relax": possible;
    "will form", "plans to hold": future)."""
    for i, tok in enumerate(tokens):
        low = tok.lower
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if low in ("would", "could", "should", "might", "must") and nxt in _PERFECT and not _have_not_perfect(tokens, i + 1):
            return COUNTERFACTUAL
        if (low in _POSSIBLE_AUX and tok.text.islower()) or _not_ruled_out(tokens, i):
            return POSSIBLE
        if low in ("should", "must") or (low == "ought" and nxt == "to") or _time_it_was(tokens, i):
            return OPINION  # what ought to be: a judgement, not an event
        if low in _FUTURE_AUX or (low == "would" and tok.text.islower() and not refusal_to_tell(tokens, i)):
            return FUTURE  # "said it would form": a future seen from the past
        if low in _FUTURE_BEFORE_TO and _to_verb_follows(tokens, i + 1):
            return FUTURE  # "plans to hold", "expects its factory to open"
        if low == "due" and i > 0 and tokens[i - 1].lower in _BE and (
                nxt in _DUE_AFTER or (nxt == "in" and i + 2 < len(tokens) and tokens[i + 2].lower == "court")):
            return FUTURE  # "were due back at work on Monday", "is due in court": a schedule, not an event yet
            # (not "£60,000 was due in back pay": owed)
        if _ruled_out(tokens, i) and _gerund(tokens[i + 2]):
            return FUTURE  # "has ruled out running again": an undertaking not to, as "said he would not run"
    return FACT


def _gerund(token) -> bool:
    return token.lower.endswith("ing") and english.can_be_verb(token.lemma)


def _have_to(tokens, i) -> bool:
    """Is "have" at i the semi-modal of obligation ("would have to move"), not the perfect ("would have moved")?"""
    return i + 1 < len(tokens) and tokens[i + 1].lower == "to"


_MODAL_ADVERBS = frozenset("much rather sooner far better probably certainly surely still also not n't".split())


def _past_adverbs(tokens, i) -> int:
    """The index of the first token from i on that is no adverb set between a modal and its verb ("would much
    rather have", "could probably have")."""
    while i < len(tokens) and tokens[i].lower in _MODAL_ADVERBS:
        i += 1
    return i


def _have_not_perfect(tokens, i) -> bool:
    """Is "have" at i no perfect ("would have moved") but the semi-modal of obligation ("would have to
    move") or the verb of having, a noun phrase after it ("should have a school", "must have its own
    entrance")?"""
    return i + 1 < len(tokens) and (_have_to(tokens, i) or tokens[i + 1].lower in DETERMINERS
                                    or tokens[i + 1].lower in ("no", "any", "some", "more", "enough") or tokens[i + 1].is_number)


_CLAUSE_MARK = lazy(r"[,;:.!?()]")
_CLAUSE_BREAK = frozenset([",", ";", "that", "which", "who", "while", "but", "because", "although", "though",
                           "when", "after", "before", "since", "if", "as"])

_FUTURE_TIME_CLAUSE = frozenset(["when", "once", "after", "before", "until", "till"])


def _as_of_a_figure(tokens, i: int) -> bool:
    """Is token i an "as" of a comparison of equivalence whose basis is a figure ("could cost as much as £2.6
    million", "as many as 40 jobs")? The first "as" is an adverb of degree and the second takes a figure, no
    clause (Quirk et al. 1985, 15.63): neither opens a clause of its own."""
    if tokens[i].lower != "as":
        return False
    basis = i + 3 if i + 2 < len(tokens) and tokens[i + 2].lower == "as" else i + 1 if i > 1 and tokens[i - 2].lower == "as" else -1
    return 0 <= basis < len(tokens) and (tokens[basis].is_number or tokens[basis].lower in NUMBER_WORDS)


def _tense_following(tokens, i: int) -> str:
    """The tense of the verb of the clause that token i opens, within a few words: "present" ("when the creamery
    closes", "once the work is finished"), "past" ("when brewing ended", "once the work was finished") or ""."""
    for k in range(i + 1, min(len(tokens), i + 7)):
        low = tokens[k].lower
        if low in ("is", "are", "has", "have", "does", "do"):
            return "present"
        if low in ("was", "were", "had", "did"):
            return "past"
        if _verbal(tokens, k):
            if low.endswith("s") and not low.endswith("ss") and low != tokens[k].lemma:
                return "present"
            return "past" if low != tokens[k].lemma and not low.endswith(("s", "ing")) else ""
    return ""


def modality_markers(analysis) -> dict:
    """{token index: the modality in force there}, for the words that are no predicate of their own:
    "there would be no cap on the field" tells of a cap to come, as "the field will be capped" does
    (see modality_at)."""
    markers = {}
    in_mention = {k for m in analysis.mentions for k in range(m.first, m.last + 1)}
    _predicate_modality(analysis.tokens, analysis.text, in_mention, markers)
    return markers


def modality_at(markers: dict, index: int) -> str:
    """The modality in force at a word, from its text's modality_markers."""
    return next((markers[k] for k in range(index, -1, -1) if k in markers), FACT)


# verbs after which "if" opens an indirect question, as "whether" does (Quirk et al. 1985, 15.5)
_ASKING_IF = frozenset("say ask know wonder decide confirm tell check see disclose reveal".split())


def _predicate_modality(tokens, text: str, in_mention=frozenset(), markers=None) -> dict:
    """Each predicate's modality: a marker ("will", "may", "plans to", "would have") holds for the
    verbs after it until the clause ends, so "X announced that it will set up Y" asserts the
    announcing as a fact and the setting up as a future. ``in_mention``: the indexes of the tokens
    of names, which are no predicates ("Ines" of "Ines Halloran" is no verb, whatever the tables say)
    and no markers ("Will Reid")."""
    out = {}
    marker = clause_marker = FACT
    future_of_would = False  # the future in force is a "would": a future seen from the past
    planned = False  # the future in force is a plan's infinitive ("plans to close ..."), which a tensed verb ends
    asked = False  # in a clause that "whether" opens
    for i, tok in enumerate(tokens):
        low = tok.lower
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        gap = text[tokens[i - 1].end : tok.start] if i > 0 else ""
        if low in _FUTURE_TIME_CLAUSE and marker == FUTURE and gap == " " and (
                _tense_following(tokens, i) == "present" or (future_of_would and _tense_following(tokens, i) == "past")):
            clause_marker = marker  # "160 jobs will be lost when the creamery closes": a clause of time after
            # a future tells its future in the present (Quirk et al. 1985, 14.21), as the main clause does; after
            # a "would" of a future seen from the past, in the past ("41 jobs would go when brewing ended")
        elif low in ("with", "without") and marker in (FUTURE, POSSIBLE) and gap.strip() == "," and _absolute_participle(tokens, i):
            pass  # "is due to begin in March 2026, with the whole site finished in 2032": an absolute clause has no
            # tense of its own; it tells what goes with its main clause, as that clause tells it (Quirk et al. 1985, 15.58)
        elif (low in _CLAUSE_BREAK and not _as_of_a_figure(tokens, i)) or (gap and gap != " " and _CLAUSE_MARK.search(gap)):
            marker = FACT  # a new clause (or a comma, a colon, a bracket between the words) starts afresh
            asked = False
            if i > 0 and _time_it_was(tokens, i - 1):
                marker = OPINION  # "it is high time that firms expand": what ought to be
            elif low == "that" and _unvouched_clause(tokens, i - 1):
                marker = POSSIBLE  # "investigating reports that a barbecue was left", "denied claims that it
                # had cut jobs": what is reported or alleged is told, not vouched for
            clause_marker = marker
        if i in in_mention:
            continue  # "Will Reid expects ...": a name's word is no auxiliary either
        if low in _TENSED_AUXILIARIES and planned and marker == FUTURE:
            # "Plans to close the library were scrapped": the subject's infinitive ends at the main verb's tense,
            # which tells the main clause as its clause tells it (a past one, a fact, even in a clause of time after a
            # future: "will stay open after plans to shut it were dropped")
            marker = FACT if low in ("was", "were", "had", "did") else clause_marker
            planned = False
        elif low in _TENSED_AUXILIARIES and i > 0 and tokens[i - 1].lower in ("and", "but"):
            marker = clause_marker  # "would hold a jobs fair and had set aside £250,000": a verb phrase with a
            # tense of its own after the coordinator is told as its clause tells it, not under the first one's
            # "would" (what "reports that ..." allege stays alleged: "took bribes and was paid £20,000")
        elif marker in (FUTURE, POSSIBLE) and i > 1 and tokens[i - 1].lower == "and" and (tok.is_content or tok.lemma in _PREDICATES) and low != tok.lemma \
                and not low.endswith(("ing", "s")) and _verbal(tokens, i) and not _verbal(tokens, i - 2) \
                and not tokens[i - 2].lower.endswith(("ed", "en")) and not _modal_takes_a_participle(tokens, i):
            marker = clause_marker  # "would make a profit of £3 million and said ...": a modal takes a bare verb, so
            # a verb with a tense of its own after "and" is told as its clause tells it (not "will be closed and
            # demolished", a participle coordinated with one)
        if asked and i > 0 and tokens[i - 1].lower in ("and", "but"):
            asked = False  # "has not decided whether to sell it and will hold a meeting": the meeting is told
        if marker == POSSIBLE and asked and low in _MODALS_OF_MARKERS:
            pass  # "declined to say whether the route would be withdrawn": the modal is the question's, which
            # stays a question (Quirk et al. 1985, 15.5: an interrogative clause asserts neither answer)
        elif low in ("would", "could", "should", "might", "must") and (k := _past_adverbs(tokens, i + 1)) < len(tokens) \
                and tokens[k].lower in _PERFECT and not _have_not_perfect(tokens, k):
            marker = COUNTERFACTUAL  # "would have saved", "would much rather have opened it in 2024"
        elif low in _POSSIBLE_AUX and tok.text.islower():
            marker = POSSIBLE
        elif _not_ruled_out(tokens, i):
            marker = POSSIBLE  # "did not rule out standing again": a possibility left open, nothing more
            if i + 2 < len(tokens) and tokens[i + 2].is_content:
                out.setdefault(tokens[i + 2].lemma, POSSIBLE)  # the gerund is what may happen
            continue
        elif _ruled_out(tokens, i):
            if i + 2 < len(tokens) and tokens[i + 2].is_content:
                out.setdefault(tokens[i + 2].lemma, FUTURE)  # what is ruled out is what will not be done
            continue
        elif low == "whether" or (low == "if" and i > 0 and tokens[i - 1].lemma in _ASKING_IF):
            marker = POSSIBLE  # "will decide whether to close it": what is asked is not told as so ("would not
            asked = True  # say if the route would go": "if" opens the same question after such a verb)
        elif low in ("should", "must") or (low == "ought" and nxt == "to"):
            marker = OPINION
        elif low in _FUTURE_AUX or (low == "would" and tok.text.islower() and not refusal_to_tell(tokens, i)):
            marker = FUTURE
            future_of_would = low == "would"
        elif low == "to" and nxt == "be" and _arranged(tokens, i):
            out.setdefault(tokens[i + 2].lemma, FUTURE)  # "40 homes are to be built", "with 300 to be planted":
            continue  # an arrangement, what is yet to be done (Quirk et al. 1985, 4.48: "be to")
        elif low == "to" and i > 0 and tokens[i - 1].lower in _BE and nxt not in ("be", "") and i + 1 < len(tokens) \
                and tokens[i + 1].lemma not in _PASSIVE_IN_SENSE and _verbal(tokens, i + 1):
            marker = FUTURE  # "the council is to make a payment", "the plant is to close": an arrangement, what is yet
            # to be done (Quirk et al. 1985, 4.48: "be to"), in the active as in the passive above
        elif low in _FUTURE_BEFORE_TO and _to_verb_follows(tokens, i + 1):
            out.setdefault(tok.lemma, FACT)  # the planning itself is a fact; what is planned is not
            marker = FUTURE
            planned = True
            continue
        if markers is not None:
            markers[i] = marker  # (``markers``: the modality in force at each word, for modality_at)
        if marker != FACT and tok.is_content and i > 0 and tokens[i - 1].lower == "and" and low == tok.lemma \
                and english.can_be_verb(low) and out and not _verbal(tokens, i):
            out.setdefault(tok.lemma, marker)  # "will cost £96 million and open in 2027": the opening will be too
            continue
        if (tok.is_content or tok.lemma in _PREDICATES) and _verbal(tokens, i):
            if marker == FACT and _non_finite(tokens, i):
                continue  # "with each side being represented by": no tense of its own to assert
            if _perfect_auxiliary(tokens, i):
                continue  # "would have saved", "has been deferred": the participle is the predicate
            out.setdefault(tok.lemma, marker)
    return out


_TENSED_AUXILIARIES = frozenset("has had was were is are did does".split())
_POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
# verbs whose object is the subject of the infinitive after it: object control ("ordered the trust to pay")
# and exceptional case marking ("expects Line 3 to carry 9,000 passengers": Line 3 carries them; Postal 1974)
OBJECT_CONTROL = frozenset("order ask urge call allow force persuade require tell encourage invite permit enable instruct "
                           "direct compel oblige press expect want need forecast project".split())
# infinitives that are passive in sense after "be" (Quirk et al. 1985, 3.74): "Tarrant Homes is to blame"
# is blamed, "the flat is to let" is let
_PASSIVE_IN_SENSE = frozenset(["blame", "let"])
# verbs whose subject is the subject of the infinitive after them: subject control (Quirk et al. 1985,
# 16.40; "Dunnock has agreed to take over Pellmark": Dunnock takes it over; "Cllr Voss voted to renew it": his vote's)
SUBJECT_CONTROL = frozenset("agree decide plan try promise hope aim offer refuse seek fail attempt intend threaten "
                            "pledge vow prepare choose decline undertake resolve vote".split())
_MODALS_OF_MARKERS = frozenset("will would shall could may might should must can".split())


def _modal_takes_a_participle(tokens, i) -> bool:
    """Is the nearest modal before token i followed by "be" or "have" ("will be closed for a season and
    rebuilt", "will have cut 40 jobs and closed two plants")? A participle after "and" then shares them."""
    for k in range(i - 1, max(-1, i - 25), -1):
        if tokens[k].lower in _MODALS_OF_MARKERS:
            return k + 1 < len(tokens) and tokens[k + 1].lower in ("be", "have", "been")
    return False


# nouns whose "that" clause is told, not vouched for: "reports that", "claims that", "amid fears that"
UNVOUCHED_NOUNS = frozenset("report claim allegation suggestion rumour rumor speculation fear concern accusation".split())


def _unvouched_clause(tokens, i) -> bool:
    """Is token i such a noun, the clause after its "that" told as reported or feared ("amid fears that
    the pool will close")? Not a relative clause ("the report that was published"), nor a verb of
    saying ("the inspector reports that ..."), nor what a denial takes ("denied reports that it had
    sold the depot" denies the sale, as "denied that" does), nor what a confirmation vouches for ("confirmed reports that ...")."""
    if i >= 1 and tokens[i].lemma in _PROOF_NOUNS and i + 2 < len(tokens) and tokens[i + 1].lower == "that" \
            and any(t.lower in ("no", "not", "little", "nor") for t in tokens[max(0, i - 3):i]):
        return True  # "there is no evidence that the incinerator harmed anyone": what is not shown is not told as so
    return i >= 0 and tokens[i].lemma in UNVOUCHED_NOUNS and i + 2 < len(tokens) and tokens[i + 1].lower == "that" \
        and (not _verbal(tokens, i) or (i > 0 and tokens[i - 1].lower in _NOUN_OPENERS)) and not _verbal(tokens, i + 2) \
        and not any(t.lemma in _VOUCHING_OR_DENYING for t in tokens[max(0, i - 3):i])


_PROOF_NOUNS = frozenset("evidence proof sign indication".split())  # (no "suggestion": UNVOUCHED_NOUNS holds it)


# verbs that take a report and say whether it holds: a denial of it denies what it says, and a
# confirmation ("confirmed reports that the club was up for sale") vouches for it
_VOUCHING_OR_DENYING = frozenset("deny reject dismiss refute rebut confirm verify corroborate".split())


_NOUN_OPENERS = DETERMINERS | _NAME_PREPOSITIONS | frozenset(["amid", "amidst", "despite", "over"])  # "amid fears that"


def _arranged(tokens, i) -> bool:
    """Is "to be" at i, before a participle, an arrangement: after a form of "be" ("are to be built"),
    or in a "with" phrase of a figure ("with 60 saplings to be planted")? Not a verb's infinitive
    ("appears to be damaged")."""
    if i == 0 or i + 2 >= len(tokens) or not (tokens[i + 2].is_content or tokens[i + 2].lemma in LIGHT_VERBS) \
            or not tokens[i + 2].lower.endswith(("ed", "en", "n", "t", "de")):
        return False  # (a light verb's participle too: "to be made public")
    if tokens[i - 1].lower in _BE:
        return True
    # "with 60 saplings to be planted", "with all the responses to be made public": a "with" phrase whose
    # noun phrase, a figure or a determiner opening it, has its arrangement after it
    opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if tokens[k].lower == "with"), None)
    return opening is not None and opening + 1 < i and (
        any(t.is_number or t.lower in NUMBER_WORDS for t in tokens[opening + 1:i]) or tokens[opening + 1].lower in _NOUN_BEFORE)


_BETWEEN_AUXILIARY = frozenset("not n't never already also just since now yet ever recently still long".split())


def _perfect_auxiliary(tokens, i) -> bool:
    """Is token i the "have" of a perfect, a past participle after it ("would have saved", "has
    since been", "had not agreed")?"""
    if tokens[i].lemma != "have":
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].lower in _BETWEEN_AUXILIARY:
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    return nxt.lower == "been" or (english.can_be_verb(nxt.lower) and nxt.lemma != nxt.lower
                                   and not nxt.lower.endswith(("s", "ing")) and not nxt.is_cap)


def _time_it_was(tokens, i) -> bool:
    """Is token i the "time" of "it is (high) time that / to / for", which says what ought to be done?"""
    if tokens[i].lower != "time" or i + 1 >= len(tokens) or tokens[i + 1].lower not in ("that", "to", "for"):
        return False
    k = i - 1 if i > 0 and tokens[i - 1].lower in ("high", "about") else i
    return k >= 2 and tokens[k - 1].lower in _BE and tokens[k - 2].lower == "it"


def _ruled_out(tokens, i) -> bool:
    """"has ruled out reviving", "ruled out a return": an exclusion, not negated itself (nor a passive's:
    "charges were ruled out by the director", see _ruled_out_passive)."""
    return (tokens[i].lemma == "rule" and i + 2 < len(tokens) and tokens[i + 1].lower == "out"
            and not _not_ruled_out(tokens, i)
            and not (i > 0 and tokens[i - 1].lower in _BE and tokens[i + 2].lower == "by"))


def _refused_to(tokens, i) -> bool:
    """Is the verb at i what someone refused, declined or failed to do ("refused to rule out a move")?"""
    return i > 1 and tokens[i - 1].lower == "to" and tokens[i - 2].lemma in ("refuse", "decline", "fail")


def _head_after(tokens, k: int) -> int:
    """The index of the head of the noun phrase that starts at ``k``: its last word before a word of another
    kind, names' words among it ("a High Court challenge to the decision": challenge)."""
    head = k
    while head + 1 < len(tokens) and head - k < 4 and (tokens[head + 1].is_content or tokens[head + 1].is_cap) \
            and not tokens[head + 1].is_number and tokens[head + 1].lower not in _PREPOSITIONS_AFTER_A_HEAD:
        head += 1
    return min(head, len(tokens) - 1)


_PREPOSITIONS_AFTER_A_HEAD = frozenset("to of for in on at by from with".split())


def _decided_against(tokens, i) -> bool:
    """"decided against renewing", "opted against selling", "voted against supporting": a choice not to
    do what the -ing verb says (not "voted against the plan", which opposes a thing and denies nothing)."""
    return (tokens[i].lemma in CHOOSING | {"vote"} and i + 2 < len(tokens) and tokens[i + 1].lower == "against"
            and tokens[i + 2].lower.endswith("ing") and english.can_be_verb(tokens[i + 2].lower)
            and not (tokens[i].lemma == "vote" and _ing_modifies_a_noun(tokens, i + 2)))
    # ("voted against parking charges": a noun's modifier; one decides against doing, one votes against things)


def _ing_modifies_a_noun(tokens, i) -> bool:
    """Is the word in -ing at i a modifier of the common noun after it ("parking charges", "housing
    plans"), not a verb opening its object ("renewing its contract", "closing any stores")?"""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.is_content and not nxt.is_cap and not nxt.is_number


CHOOSING = frozenset(["decide", "opt", "choose", "elect"])


def _rejected_doing(tokens, i) -> bool:
    """"rejected pausing the wing", "refused paying the fine": a choice not to do what the -ing verb says (not
    "rejected the pay offer", a thing turned down; nor "refused funding", a noun in -ing)."""
    return tokens[i].lemma in _TURNING_DOWN_AN_ACT and i + 2 < len(tokens) and tokens[i + 1].lower.endswith("ing") \
        and english.can_be_verb(tokens[i + 1].lower) and tokens[i + 1].lemma != tokens[i + 1].lower \
        and (tokens[i + 2].lower in DETERMINERS or tokens[i + 2].is_cap or tokens[i + 2].is_number)  # (it takes an object)


_TURNING_DOWN_AN_ACT = frozenset(["reject", "refuse"])


def not_among(tokens, i) -> int:
    """The index of the member whose being among a whole the negation at i denies, after "be" and the
    member ("museums are not among the services", "Kelby wasn't one of the towns"), or -1."""
    if tokens[i].lower in BE_DENIED:
        at = i - 1
    elif tokens[i].lower in ("not", "n't") and i >= 1 and tokens[i - 1].lower in _BE:
        at = i - 2
    else:
        return -1
    if at < 0 or i + 1 >= len(tokens):
        return -1
    after = tokens[i + 1].lower
    if not (after == "among" or (after == "one" and i + 2 < len(tokens) and tokens[i + 2].lower == "of")):
        return -1
    member = tokens[at]
    return at if (member.is_content or member.is_cap) and not member.is_number else -1


def _ruled_out_passive(tokens, i) -> bool:
    """"compulsory redundancies were ruled out": the passive of an exclusion, its subject excluded."""
    return (tokens[i].lemma == "rule" and i + 1 < len(tokens) and tokens[i + 1].lower == "out" and i > 1
            and tokens[i - 1].lower in _BE and not any(t.lower in NEGATORS for t in tokens[max(0, i - 4):i])
            and not (i + 2 < len(tokens) and tokens[i + 2].lower == "of"))  # ("was ruled out of the final": injured)


_SUBORDINATORS = frozenset("unless if until whether once so".split())  # words that open a clause, no noun's


def _first_word_of_subject(tokens, be: int) -> set:
    """What the passive's subject before the verb "be" at ``be`` denies: its first word, as the active
    "ruled out compulsory redundancies" denies ("compulsory redundancies were ruled out": compulsory)."""
    k = be
    while k > 0 and be - k < 3 and (tokens[k - 1].is_content or tokens[k - 1].lemma in _LIGHT_OR_WEAK) \
            and not tokens[k - 1].is_cap and not tokens[k - 1].is_number \
            and tokens[k - 1].lower not in _CLAUSE_BREAK and tokens[k - 1].lower not in _SUBORDINATORS:
        k -= 1
    while k > 1 and be - k < 6 and (tokens[k - 1].is_cap or is_possessive(tokens[k - 1])) and tokens[k - 2].lower not in _CLAUSE_BREAK:
        k -= 1  # (a name in the phrase: "for the Kelby museum's main galleries")
    if k >= 3 and tokens[k - 1].lower in DETERMINERS and tokens[k - 2].lower in _PREPOSITIONS_AFTER_A_HEAD \
            and (tokens[k - 3].is_content or tokens[k - 3].is_cap):
        # past a phrase after the subject's head: "admission charges for the main galleries were ruled out"
        head = k - 3
        first = head
        while first > 0 and head - first < 2 and (tokens[first - 1].is_content or tokens[first - 1].is_cap) \
                and tokens[first - 1].lower not in _CLAUSE_BREAK:
            first -= 1
        return {tokens[first].lemma, tokens[head].lemma}
    return {tokens[k].lemma} if k < be else set()


# a rejected alternative: "rather than in autumn 2025", "instead of a new school" deny what follows
_REJECTED_AFTER = {"rather": "than", "instead": "of"}


def _alternative_rejected(tokens, i) -> bool:
    """Does "rather than" or "instead of" stand at i?"""
    after = _REJECTED_AFTER.get(tokens[i].lower)
    return after is not None and i + 1 < len(tokens) and tokens[i + 1].lower == after


def _alternative_denied(tokens, i) -> set:
    """What the alternative "rather than" or "instead of" at i rejects denies: its first word, past a
    preposition or an article, as "not" denies it ("rather than in the market square": market;
    "instead of a new library": new). None for a date ("instead of May"), which no word says."""
    for k in range(i + 2, min(len(tokens), i + 7)):
        tok = tokens[k]
        if tok.is_number or tok.is_cap:
            return set()  # a date or a name: no word to deny
        if (tok.is_content or tok.lemma in _LIGHT_OR_WEAK) and tok.lower not in NEGATION_SKIP:
            return {tok.lemma}
    return set()


def rejected_as_alternative(analysis, lemma: str) -> bool:
    """Does the text deny the word only as the alternative "instead of" or "rather than" rejects ("used a
    hire bike instead of a car": car)?"""
    toks = analysis.tokens
    return any(_alternative_rejected(toks, i) and lemma in _alternative_denied(toks, i) for i in range(len(toks) - 1))


def _not_ruled_out(tokens, i) -> bool:
    """ "did not rule out", "has not ruled out", "won't rule out": what is not excluded may happen."""
    if tokens[i].lemma != "rule" or i + 1 >= len(tokens) or tokens[i + 1].lower != "out":
        return False
    return any(t.lower in NEGATORS for t in tokens[max(0, i - 3):i])


def _non_finite(tokens, i) -> bool:
    """A participle or an infinitive with no auxiliary of its own ("being represented", "to hold")."""
    prev = tokens[i - 1].lower if i > 0 else ""
    return prev in ("being", "having", "to") or (tokens[i].lower.endswith("ing") and prev not in _BE)


def _to_verb_follows(tokens, i) -> bool:
    """Does "to" + a verb come within a few words ("expects its factory in Valencia to open")?"""
    in_phrase = False  # inside the object's noun phrase ("its customer numbers to grow": no verb "numbers")
    for j in range(i, min(i + 7, len(tokens) - 1)):
        if tokens[j].lower == "to":  # (not "called to 40 incidents")
            return tokens[j + 1].text.isalpha() and english.can_be_verb(tokens[j + 1].lower) and not tokens[j + 1].is_cap
        if tokens[j].lower in (",", "and", "but") or (_verbal(tokens, j) and not in_phrase and not tokens[j].is_cap):
            return False
        in_phrase = in_phrase or tokens[j].lower in DETERMINERS
    return False


_FRAME_WORDS = {"before": "before", "until": "before", "prior": "before", "since": "after", "after": "after",
                "following": "after"}


_FORMERLY = frozenset("originally initially formerly previously".split())  # what held before a change
# what a plan was in the past perfect ("had been due to", "had been expected to"): a plan since changed
_PROSPECTIVE = frozenset("due expected scheduled planned set supposed meant intended".split())
_FORECAST_PARTICIPLES = frozenset("estimated forecast predicted promised budgeted planned".split())
_ORIGINAL = frozenset(["original", "initial"])
# what a plan or a reckoning sets, which a later one may change
_PLAN_NOUNS = frozenset("forecast estimate plan budget target schedule timetable deadline prediction projection".split())
_SPAN_WORDS = frozenset("day days week weeks month months year years hour hours shortly just long ahead soon right".split())


def _duration_before(tokens, i) -> bool:
    """'two days before', 'weeks ahead of', 'shortly before': a length of time, not 'every year before'."""
    if i == 0 or tokens[i - 1].lower not in _SPAN_WORDS:
        return False
    prev = tokens[i - 1].lower
    if prev.endswith("s") or prev in ("shortly", "just", "long", "ahead", "soon", "right"):
        return True
    return i > 1 and (tokens[i - 2].is_number or tokens[i - 2].lower in ("a", "one", "few"))


def tells_before_a_change(tokens, i) -> bool:
    """Does token i open the telling of what held or was planned before a change: "originally",
    "previously" (not "as previously announced": what was said before still holds), or the "had" of
    "had been due to open in December" (a plan since changed)?"""
    tok = tokens[i]
    if tok.lower in _FORMERLY:
        return not (i > 0 and tokens[i - 1].lower == "as")
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after_been = tokens[i + 2] if nxt is not None and nxt.lower == "been" and i + 2 < len(tokens) else nxt
    if tok.lower == "first" and after_been is not None and after_been.lower in _PROSPECTIVE | _FORECAST_PARTICIPLES \
            and i > 0 and (tokens[i - 1].lower in BE_FORMS or tokens[i - 1].lower == "had"):
        return True  # "was first due in December 2023", "had first been expected": as "originally" tells it
    if tok.lower in _ORIGINAL and nxt is not None and nxt.lemma in _PLAN_NOUNS:
        return True  # "its original forecast was 450,000", "the initial estimate": a plan or a figure since changed
    return tok.lower == "had" and i + 2 < len(tokens) and tokens[i + 1].lower == "been" \
        and tokens[i + 2].lower in _PROSPECTIVE


# words that follow an adverb ending its clause, not a preposition's object ("before because ...", "before, and")
_AFTER_AN_ADVERB = frozenset("because and but so as when since although though while nor or".split())


def _frames(tokens, in_mention, dated) -> set:
    """Time frames set by an event rather than a date: "before the sanctions", "since the US ban"."""
    frames = set()
    for i, tok in enumerate(tokens):
        if tok.lemma == PAST_HABIT or tells_before_a_change(tokens, i):
            frames.add(("before", "*"))  # "used to buy", "was originally due to open": before some change
            continue
        if tok.lower == "longer" and i > 0 and tokens[i - 1].lower == "no":
            frames.add(("after", "*"))  # "no longer buys": after some change
            continue
        if _stops_doing(tokens, i) and tok.lower in STOPPED \
                and not any(t.lower in NEGATORS or t.lower in _STOP_TO_COME for t in tokens[max(0, i - 3):i]):
            frames.add(("after", "*"))  # "has stopped buying": no longer buys, after buying before ("will stop
            continue  # taking cars from May" is a change to come, which a statement of that time contradicts)
        if tok.lower == "before" and (i + 1 == len(tokens) or tokens[i + 1].lower in _AFTER_AN_ADVERB) \
                and any(t.lower in NEGATORS for t in tokens[max(0, i - 8):i]):
            frames.add(("before", "*"))  # "had not bred snow leopards before (because ...)": until some change, as
            continue  # "had never done so before" is; it says nothing against a first time now
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
                frames.add((kind, nxt.lemma))
            break
    if ("before", "*") in frames and any(t.lower == "now" for t in tokens):
        # "had been due to start in spring 2026 but will now begin in March 2027": the time before
        # the change and the time after it, both told
        frames.add(("after", "*"))
    return frames


def coded_names(tokens) -> set:
    """'5G', '5.5G', 'A320': things named with digits must match exactly, as names do (not a time of
    day, "1pm", "4.18pm", which the dates and times read)."""
    return {t.text.upper() for t in tokens if t.is_content and t.text[0].isdigit() and not _CLOCK_TIME_RE.fullmatch(t.text)}


_CLOCK_TIME_RE = lazy(r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)


_LIGHT_OR_WEAK = LIGHT_VERBS | WEAK_WORDS
# verbs that are no content words of their own but are what a sentence asserts, denies or plans:
# light verbs ("held two meetings"), reporting verbs ("did not report"), "include", "has" (<have>)
# and verbs of finding out, told of what they found ("have not established that ..." denies the finding)
_FINDING = frozenset("find reveal conclude discover establish".split())  # "found that ...", "were found to ..."
_PREDICATES = LIGHT_VERBS | _FINDING | {"include", "say", "report", "state", "claim", "tell", HAVE}


def _main_light_verb(tokens, i) -> bool:
    """A light verb that is the main verb, not the support of a noun: "chips were made in China",
    "it made no difference" (a passive, or no noun object after it), unlike "made an announcement"."""
    tok = tokens[i]
    if tok.lemma not in LIGHT_VERBS or tok.lemma in ("have", "do", "be") or not tok.lemma:
        return False
    # a counted object is no noun of an event: "took four seats", "got 41,236 votes"
    counted = i + 1 < len(tokens) and (tokens[i + 1].is_number or tokens[i + 1].lower in NUMBER_WORDS)
    # a participle after "be" is a passive ("were made in China"); "were making a loss" is progressive,
    # its light verb the support of its object, as in "made a loss"
    return counted or (i > 0 and tokens[i - 1].lower in _BE and not tok.lower.endswith("ing"))


_RELATING_SUFFIXES = frozenset(["related", "linked"])  # the second part of "rain-related", "drug-linked"
_BEFORE_FOUND_TO = frozenset("all also both each repeatedly".split())  # "were all found to require"
_FOUND_AFTER_REACH = 4  # words from the comma to a finding told after what was found (", the inquiry found")


def _reports_a_finding(tokens, i, text) -> bool:
    """Is the token a verb of finding out that tells what was found as a clause after it ("the
    inspection found that medicines were given late", "three wards were found to be understaffed"),
    or after what was found, set off by a comma ("no one was hurt, the inquiry found")? Not one with
    an object of its own ("found a body", "established a trust")."""
    if tokens[i].lemma not in _FINDING:
        return False
    if i + 1 >= len(tokens):
        comma = text.rfind(", ", 0, tokens[i].start)
        return comma >= 0 and sum(1 for t in tokens if t.start > comma) <= _FOUND_AFTER_REACH and _verbal(tokens, i)
    if tokens[i + 1].lower == "that":
        return _verbal(tokens, i)
    k = i - 1
    while k > 0 and (tokens[k].lower in _BEFORE_FOUND_TO or tokens[k].lower.endswith("ly")):
        k -= 1
    return tokens[i + 1].lower == "to" and k >= 0 and tokens[k].lower in _BE


def _passive_light_or_weak(tokens, i):
    """A participle after "be" whose verb is light or weak, read as that verb (the word list keeps
    "expected", "given" as adjectives): "is expected to cost" says no more than "will cost" (None
    when the word is no such participle; "" when it says nothing of its own). A light verb with an
    object after it supports that noun ("was given a new contract"); without one it is the main
    verb ("chips were made in China")."""
    tok = tokens[i]
    if i == 0 or tokens[i - 1].lower not in _BE or not tok.lower.endswith(("ed", "en", "n", "t")):
        return None
    verb = english.lemma(tok.lower)
    if verb == tok.lemma or verb not in _LIGHT_OR_WEAK:
        return None
    if i + 1 < len(tokens) and tokens[i + 1].lemma == "" and tokens[i + 1].text[:1].isalpha():
        return None  # "were taken on by the firm": the participle heads a phrasal verb, whose sense it took (hire)
    if verb in WEAK_WORDS:
        return ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return "" if nxt in DETERMINERS or nxt == "no" else verb


def _said(tokens, content) -> set:
    """What a text asserts, as lemmas: its content words and its light verbs ("did not write" negates
    "write", so "wrote" must be found as said)."""
    return set(content) | {t.lemma for i, t in enumerate(tokens) if (t.lemma in _LIGHT_OR_WEAK or t.lemma in _PREDICATES)
                           and not _unasserted_do(tokens, i)} \
        | {"oppose" for i in range(1, len(tokens)) if tokens[i].lower == "against" and tokens[i - 1].lower in _BE} \
        | {"rule" for i in range(len(tokens)) if _ruled_out(tokens, i)}  # "has ruled out seeking an order" asserts the
    # ruling out, which "has not ruled out applying for one" denies (though "rule" is no word a claim must repeat)


# verbs that only give a name when "as" follows: "known as", "referred to as"
_NAMING = frozenset(["know", "known", "refer"])


def _named_twice(tokens, i, in_mention) -> bool:
    """Is the name a naming verb at token i gives ("will be known as the Corlan Stadium") one the
    sentence names otherwise too (the ground's other name)? Then the naming itself is what is told,
    not said by the name, which reads as the one thing already named."""
    k = i + 1
    while k < len(tokens) and tokens[k].lower in ("to", "as", "the"):
        k += 1
    given = in_mention.get(k)
    return given is not None and any(m.name == given.name and m is not given for m in in_mention.values())


# participles that only say where something is: "located in", "situated north of"
_LOCATIVE = frozenset(["locate", "situate", "located", "situated"])
_PLACE_AFTER_LOCATIVE = frozenset("in at on near inside outside between north south east west within".split())
# where a body has its seat: "based in", "headquartered in" say where it is, as "located in" does
SEAT_WORDS = frozenset(["base", "based", "headquarter", "headquartered"])
_SEAT_AFTER = frozenset("in at near outside".split())


# Implicative verbs whose complement did not happen (Karttunen 1971): "failed to respond".
NEGATIVE_IMPLICATIVES = frozenset(["fail", "refuse", "decline", "neglect"])


# (not "want", "wish" or "mean": "had not wanted to strike, but ..." tells of a wish, and the strike went
# ahead; "did not mean to offend" of an offence given)
INTENT_WORDS = frozenset("plan intention intend aim seek try attempt".split())
# verbs that give up a plan (Levin 1993: "abandon", "drop"; "scrap", "shelve", "axe" in news English)
_GIVING_UP = frozenset("abandon scrap shelve drop axe ditch cancel withdraw".split())


def _cancelled_plan(tokens, i) -> int:
    """The index of "plans" (or "plan", "proposal") to do something that a verb of giving up at token i
    takes ("abandoned plans to build", "has dropped the proposal to close"), or -1."""
    if tokens[i].lemma not in _GIVING_UP or not _verbal(tokens, i) or any(
            t.lower in NEGATORS or t.lower in _MODALS_OF_MARKERS or t.lower == "to" for t in tokens[max(0, i - 3):i]):
        return -1  # (not "had not abandoned", "could abandon", "called on it to ditch", "refused to drop")
    k = i + 1
    while k < len(tokens) and k - i <= 2 and (tokens[k].lower in DETERMINERS or tokens[k].lower in _POSSESSIVE_DETERMINERS):
        k += 1
    if k + 2 >= len(tokens) or tokens[k].lemma not in ("plan", "proposal") or tokens[k + 1].lower != "to":
        return -1  # (a plan "to" do something: not "dropped the plans for the library at the town hall")
    return k


_PASSIVE_PLAN_REACH = 8  # tokens from "plans" to the "were" of "were dropped" ("plans to shut the job centre were dropped")


def _cancelled_plan_passive(tokens, i) -> int:
    """The index of "plans" (or "plan", "proposal") to do something that is the subject of a passive verb of giving
    up at token i ("plans to shut it were dropped", "the proposal to close the library has been shelved"), or -1:
    the passive of what _cancelled_plan reads."""
    if tokens[i].lemma not in _GIVING_UP or i < 3 or tokens[i - 1].lower not in _BE or not tokens[i].lower.endswith(("ed", "pped")):
        return -1
    if any(t.lower in NEGATORS or t.lower in _MODALS_OF_MARKERS for t in tokens[max(0, i - 3):i]):
        return -1  # (not "were not dropped", "could be dropped")
    for k in range(i - 2, max(-1, i - 1 - _PASSIVE_PLAN_REACH), -1):
        if tokens[k].lemma in ("plan", "proposal") and k + 2 < i and tokens[k + 1].lower == "to":
            return k
        if tokens[k].lower in _CLAUSE_BREAK:
            break
    return -1


def _intended_verb(tokens, j) -> str:
    """The verb a word of intent at token j is about ("plans to sell", "intention of selling"), or ""."""
    if (tokens[j].lemma not in INTENT_WORDS and english.lemma(tokens[j].lower) not in INTENT_WORDS) or j + 2 >= len(tokens):
        return ""
    link, verb = tokens[j + 1].lower, tokens[j + 2]
    if (link == "to" or (link == "of" and verb.lower.endswith("ing"))) and verb.is_content:
        return verb.lemma
    if "plan" not in (tokens[j].lemma, english.lemma(tokens[j].lower)):
        return ""
    k = j + 2 if link in ("a", "an", "any") else j + 3 if link == "for" and verb.lower in ("a", "an", "any", "the") \
        else j + 2 if link == "for" else -1
    if 0 <= k < len(tokens) and tokens[k].is_content and not tokens[k].is_cap:
        return _phrase_head(tokens, k)  # "was not planning a flotation", "no plans for a flotation": what is planned
    return ""


_SUPPOSING = frozenset("could would might may will can should must".split())


_OPENING_AN_OBJECT = frozenset("for of by in at with from on about after before without".split())


def _supposed(tokens, i, j) -> bool:
    """Is the -ing word at token i ("failing") the opening of its clause's subject, with a modal
    following from token j in the clause ("failing to review the curbs could damage ..."): a
    supposition of what may happen? Not an -ing phrase a preposition takes ("criticised for failing
    to repair the pier that could collapse"), nor a modal in a relative clause further on."""
    if i > 0 and (tokens[i - 1].lower in _OPENING_AN_OBJECT or _verbal(tokens, i - 1)):
        return False
    for tok in tokens[j:j + 10]:
        if tok.lower in _SUPPOSING:
            return True
        if not tok.lower[:1].isalnum() or tok.lower in ("that", "which", "who"):
            return False
    return False


def _lost_ability(tokens, i) -> bool:
    """Is token i "lose" before "the / its / their ability (right) to" and a verb ("lost the ability
    to buy"), not denied itself ("has not lost the ability to buy": can still buy)?"""
    if not (_lost_ability_read(tokens, i) and i + 4 < len(tokens) and tokens[i + 1].lower in ("the", "its", "their", "his", "her")):
        return False
    after = tokens[i + 4].lower
    return english.can_be_verb(after) and after not in DETERMINERS and not _denied_before(tokens, i)


def _lost_ability_read(tokens, i) -> bool:
    """Is token i "lose" before "the ... ability to", whatever comes before it?"""
    return tokens[i].lower in ("lose", "loses", "lost", "losing") and i + 3 < len(tokens) \
        and tokens[i + 2].lower in ("ability", "right") and tokens[i + 3].lower == "to"


_STOP_TO_COME = _FUTURE_AUX | {"would", "to"}  # "will stop taking", "plans to stop": a change still to come
STOPPING = frozenset(["stop", "cease", "quit"])  # "stop taking": the taking will not go on
STOPPED = frozenset(["stopped", "ceased", "quit"])  # a stop told in the past: "has stopped buying"


def _stops_doing(tokens, i) -> bool:
    """Is token i a verb of stopping before what it stops, in -ing ("will stop taking students")?"""
    return tokens[i].lemma in STOPPING and i + 1 < len(tokens) and tokens[i + 1].lower.endswith("ing") and _verbal(tokens, i)


_DO_FORMS = frozenset(["do", "does", "did"])
# words that open a noun phrase, which a verb takes as its object ("did the repairs", "did any work")
_OBJECT_OPENERS = DETERMINERS | frozenset(["any", "some", "that"])
# "against" as a predicate after "be" is to oppose (Quirk et al. 1985, 9.19, prepositions as predicates):
# "is against the plan" opposes it, "is not against it" does not
_BE_OR_NEGATOR = _BE | frozenset(["not", "n't", "never"])


def _unasserted_do(tokens, i) -> bool:
    """Is token i a "do" that asserts no doing: an auxiliary ("did not finish", "did they finish"), or
    one a negation before it denies ("never did the repairs": what is denied is read from its object)?"""
    if tokens[i].lower not in _DO_FORMS or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].lower
    if i > 0 and tokens[i - 1].lower in NEGATORS:
        return True
    return nxt in NEGATORS or (nxt not in _OBJECT_OPENERS and _verbal(tokens, i + 1)) \
        or nxt in ("i", "you", "he", "she", "it", "we", "they")


def _negated(tokens, text: str = "") -> set:
    """Lemmas of the predicates a negation applies to: the first content word (or light verb) after
    "not", "no", "never", "no longer", "unable to", "failed to", "has yet to" or "too ... to",
    skipping auxiliaries and adverbs ("has not yet been", "is no longer able to buy"). "Named
    neither X nor Y" negates the verb before "neither"; a later "nor" adds nothing new."""
    out = set()
    cancelled = set()  # a negator that a negation before it cancels ("there will not be no flights")
    for i, tok in enumerate(tokens):
        if i in cancelled:
            continue
        low = tok.lower
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if (tok.lemma in NEGATIVE_IMPLICATIVES or low in ("unable", "unwilling")) and following == "to":
            if low.endswith("ing") and _supposed(tokens, i, i + 2):
                continue  # "failing to review the curbs could damage ...": a supposition, not what happened
            if _negator_right_before(tokens, i):
                continue  # "did not refuse to comment": the refusal is denied, and with it no comment
            j = i + 2
        elif _lost_ability(tokens, i):
            j = i + 4  # "lost the ability to buy": can no longer buy
        elif low == "yet" and following == "to" and i > 0 and tokens[i - 1].lemma in ("have", "be"):
            j = i + 2  # "has yet to announce": has not announced
        elif low == "too" and i + 3 < len(tokens) and tokens[i + 2].lower == "to" and not tokens[i + 1].is_number:
            j = i + 3  # "too small to fit": a degree beyond what the verb allows, so the verb does not hold
        elif (low == "none" and following == "of") or (at := _none_among(tokens, i)) >= 0 or _not_one_of(tokens, i):
            # "none of the 14 libraries will be closed": the verb after the counted thing is denied (as after
            # "nobody among", "no one of": "Nobody among the 41 passengers was injured"; and "not one of the 12
            # councillors voted against", which is "none of them")
            none_at = i + 1 if _not_one_of(tokens, i) else i if low == "none" and following == "of" else at - 1
            k = _verb_after_none_of(tokens, none_at, text)
            if k is not None and tokens[k].lower not in _AUX and _participle_after_its_noun(tokens, k):
                # "none of the nine arrests made by the police was for violence": the participle after the
                # counted noun is what it is; what none of them was is told by the verb after
                # (within its clause: "None of the 14 libraries closed in 2024, and the council is ..." denies the closing)
                for m in range(k + 1, min(len(tokens), i + 14)):
                    if tokens[m].lower in ("and", "but", "while") or (text and any(ch in text[tokens[m - 1].end:tokens[m].start] for ch in ",;")):
                        break
                    if tokens[m].lower in _AUX:
                        k = m
                        break
            if k is None:
                # "three were taken to hospital, none of them with serious injuries": none had them
                w = next((w for w in range(i + 2, min(len(tokens) - 1, i + 5)) if tokens[w].lower == "with"), None)
                if w is not None and tokens[w + 1].is_content:
                    out.add(_phrase_head(tokens, w + 1))
                continue
            j = k
        elif low == "none" and i + 1 < len(tokens) and (following in _AUX or _verbal(tokens, i + 1)):
            j = i + 1  # "three were taken to hospital, but none was seriously hurt": the pronoun denies its verb
        elif _ruled_out(tokens, i) and tokens[i + 2].lower in ("a", "an", "any") and i + 3 < len(tokens) \
                and not _refused_to(tokens, i):
            # "ruled out a full public inquiry": no inquiry (its head), and no full one (its first word, as before); a
            # name's word is no word of its own: "ruled out a High Court challenge" rules out a challenge
            out.add(tokens[_head_after(tokens, i + 3)].lemma)
            if not tokens[i + 3].is_cap:
                out.add(tokens[i + 3].lemma)
            continue
        elif _ruled_out(tokens, i):
            j = i + 2  # "has ruled out reviving its business": it will not happen
        elif (member := not_among(tokens, i)) >= 0:
            out.add(tokens[member].lemma)  # "museums are not among the services it covers": the member is
            continue  # denied, not the services
        elif _ruled_out_passive(tokens, i):
            out |= _first_word_of_subject(tokens, i - 1)  # "compulsory redundancies were ruled out": there will be none
            continue
        elif _alternative_rejected(tokens, i):
            out |= _alternative_denied(tokens, i)  # "in Castle Park rather than in the market square":
            continue  # not in the market square
        elif (cancelled_plan := _cancelled_plan(tokens, i)) >= 0 or (cancelled_plan := _cancelled_plan_passive(tokens, i)) >= 0:
            out.add(tokens[cancelled_plan].lemma)  # "abandoned plans to build a station": there is no plan now,
            intended = _intended_verb(tokens, cancelled_plan)  # and what it planned will not be done, as
            if intended and not any(t.lemma == intended for t in tokens[cancelled_plan + 3:]):  # "has no plans to build"
                out.add(intended)  # says (not where the sentence tells the verb again: "scrapped plans to build a stand
            continue  # and will build a museum")
        elif _decided_against(tokens, i):
            j = i + 2  # "decided against renewing the contract": it chose not to renew it
        elif _rejected_doing(tokens, i):
            j = i + 1  # "rejected pausing the new wing": it chose not to pause it
        elif (avoided := _avoided_object(tokens, i)) >= 0:
            out.add(tokens[avoided].lemma)  # "avoided relegation", "were spared the increase": what is avoided
            continue  # did not happen (to them)
        elif _stops_doing(tokens, i) and not any(t.lower in NEGATORS for t in tokens[max(0, i - 3):i]):
            out.add(english.lemma(tokens[i + 1].lower))  # "will stop taking new students": will no longer take them
            continue
        elif (tok.lemma == "deny" or rejects_a_saying(tokens, i)) and (_verbal(tokens, i) or _participle_set_off(tokens, i, text)):
            # "denied (reports) that Redmoor had accepted ...", "denied accepting ...": says it did not
            # happen; "did not deny that ..." says nothing either way
            if _denied_before(tokens, i):
                continue
            denied = _denied_predicate(tokens, i)
            if denied:
                out.add(denied)
                came_to = _state_come_to(tokens, i, denied)
                if came_to:
                    out.add(came_to)  # "denied that any patient had come to harm": no patient was harmed
                # "denied reports that the club was planning to sell": what is planned is denied too, as
                # "was not planning to sell" denies it
                at = next((k for k in range(i + 1, min(len(tokens), i + _DENIED_CLAUSE_REACH)) if tokens[k].lemma == denied), None)
                intended = _intended_verb(tokens, at) if at is not None else ""
                if intended:
                    out.add(intended)
            continue
        elif low == "neither" and i > 0 and _verbal(tokens, i - 1):
            out.add(tokens[i - 1].lemma)
            continue
        elif low == "neither" and (verb := _verb_after_nor(tokens, i)) >= 0:
            out.add(tokens[verb].lemma)  # "Neither the head nor the governors responded": none of them did
            continue
        elif low == "nor" and out:
            continue
        elif _negative_approximator(tokens, i):
            # "nowhere near enough", "was far from certain", "is anything but clear": what follows does not hold
            low, j = "not", i + 2
        elif _not_a_single(tokens, i):
            # "not one union member crossed", "not a single bus ran": the word that counts none is "no"
            i = i + 1 if following == "one" else i + 2
            low, j = "no", i + 1
        elif low in NEGATORS or (low == "longer" and i > 0 and tokens[i - 1].lower == "no" and not _figure_after_than(tokens, i)):
            # ("no longer than ten minutes" is a bound, at most ten: no denial)
            if not tok.lemma:
                continue  # a word of a phrase that means one thing: "found not guilty" acquits, it denies nothing
            if low in ("not", "n't") and following in ("every", "all"):
                continue  # "not every crop suffered": some did not, which denies no crop and no suffering
            if i > 0 and tok.is_cap and i + 1 < len(tokens) and tokens[i + 1].is_cap:
                continue  # a title's word inside a sentence: the single "No Idea", the novel "Never Let Me Go"
            if low == "no" and following == "longer":
                continue  # handled at "longer"
            if low in ("no", "not") and text and text[tok.end:tok.end + 1] == "-" and i + 1 < len(tokens) \
                    and tokens[i + 1].start == tok.end + 1 and tokens[i + 1].lower not in ("one", "body"):
                continue  # "the no-confidence vote", "a not-for-profit company": a compound adjective, no denial ("no-one" denies)
            if low == "no" and _bound_after(tokens, i):
                continue  # "no more than 300 people": a bound on a figure, no denial
            if _exceptive_after(tokens, i):
                continue  # "no one but the caretaker had a key": only he had one, which denies nothing he did
            if low == "nothing" and following in _DEGREE_AFTER_NOTHING:
                continue  # "nothing more than a concept", "nothing but praise": a degree, no denial
            if low == "without" and (_denied_before(tokens, i) or _fronted_requirement(tokens, i, text)):
                continue  # "cannot buy without licences", "Without a licence, it cannot trade": a requirement
                # (two negations), not a lack
            if any(_lost_ability_read(tokens, k) for k in range(i + 1, min(len(tokens), i + 4))):
                continue  # "has not lost the ability to buy": two negations, it can still buy
            j = i + 1
        else:
            continue
        if j < len(tokens) and tokens[j].lower in _NOT_NEGATION_AFTER:
            continue
        if j < len(tokens) and tokens[j].lower in quantity_parser.DIMENSION_COMPARATIVES and _figure_after_than(tokens, j):
            continue  # "was not longer than ten minutes": the denial is the bound's (at most ten), no denial of length
            # (but "is not longer than the old road" denies it)
        if _denied_by_its_object(tokens, i):
            out.add(tokens[i - 1].lemma)  # "has received no grants", "arrested nobody": the act did not
            if low != "no":  # happen; and (read on) no grants came, as "has had no grants" and "did not
                continue  # receive any grants" say ("nobody" is the whole of its phrase)
        if low == "no":
            done_to = _verb_of_denied_subject(tokens, i)
            if done_to:
                out.add(done_to)  # "No homes were destroyed": no destroying of homes happened
                continue  # (and the homes are not denied: "no customers will lose their deposits" says
                # nothing against customers, only against losing)
        steps = 0
        while j < len(tokens) and steps < 5:
            nxt = tokens[j]
            if low in ("not", "n't") and text and j > 0 and any(c in text[tokens[j - 1].end:nxt.start] for c in ",;:.") \
                    and (nxt.lower in _AFTER_AN_ELLIPSIS or nxt.lower.endswith("ing") or any(c in text[tokens[j - 1].end:nxt.start] for c in ";:.")):
                break  # "said it would not, but that councils could bid": the verb is left out, told before it (not an
                # aside: "was not, however, approved")
            if low in ("not", "n't", "never") and nxt.lower == "no" and not _bound_after(tokens, j):
                cancelled.add(j)  # "will not be no flights": two denials of one thing affirm it
                break
            if nxt.lower in ("able", "unable") and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
                j += 2  # "no longer able to buy": the ability is the verb's
                continue
            if low == "no" and nxt.is_cap:
                j += 1  # "no Westmere Rail driver": a name says whose, not what is denied
                steps += 1
                continue
            if nxt.lower == "against" and low in ("not", "n't", "never") and tokens[j - 1].lower in _BE_OR_NEGATOR:
                out.add("oppose")  # "the group is not against solar power": it does not oppose it (the power is
                break  # no denied thing)
            if low in ("not", "n't", "never") and nxt.lower in ("this", "that", "so") and j + 2 < len(tokens) \
                    and tokens[j + 2].lower == "since":
                break  # "reserves have not been this low since 2015": the lowest since 2015, which it is now (an
                # equative denied over a span since a time asserts the degree now; the lowness is not denied)
            if nxt.lower in ("so", "as") and j + 1 < len(tokens) and tokens[j + 1].lower in ("far", "yet"):
                j += 2  # "has not so far recovered", "has not as yet paid": an adverbial of time, not what is denied
                steps += 1
                continue
            if nxt.lower.endswith("ly") and not _verbal(tokens, j) and not english.can_be_verb(nxt.lower):
                j += 1  # "cannot actively buy": the adverb is not what is denied (but "without supply": a noun
                # in -ly that can be a verb is none)
                steps += 1
                continue
            if (nxt.is_content or nxt.lemma in _LIGHT_OR_WEAK or nxt.lemma in _PREDICATES) and nxt.lower not in NEGATION_SKIP:
                if low not in _NOMINAL_NEGATORS and _until_follows(tokens, j):
                    break  # "will not open until October": it opens then, and not before (the date says so)
                raised = _raised_from(tokens, j) if low not in _NOMINAL_NEGATORS and _present_denial(tokens, i) else ""
                if low == "no":
                    out |= _denied_in_phrase(tokens, j)
                else:
                    out.add(raised or nxt.lemma)
                if low == "without" and j > 0 and (tokens[j - 1].lower in _POSSESSIVE_DETERMINERS or is_possessive(tokens[j - 1])) \
                        and english.names_a_person(nxt.lemma):
                    out.discard(nxt.lemma)  # "produced without his partner, Ryan Lewis": the partner is absent from the act,
                    # and by the possessive he has one; no denial of a partner
                elif low == "without":
                    out.add(_phrase_head(tokens, j))  # "without the necessary licences": the licences are lacking
                    if any(lemma in LIGHT_VERBS for lemma in (nxt.lemma, *english.lemmas(nxt.lower))):
                        # "without taking further action": the action is lacking
                        k = next((k for k in range(j + 1, min(len(tokens), j + 4)) if tokens[k].is_content), None)
                        if k is not None:  # (the light verb itself says nothing that is lacking)
                            out.discard(nxt.lemma)
                            out.add(_phrase_head(tokens, k))
                elif low not in _NOMINAL_NEGATORS:
                    out |= _any_after(tokens, j)
                out |= _or_verbs(tokens, j)
                intended = _intended_verb(tokens, j)
                if intended:
                    out.add(intended)  # "no plans to sell", "no intention of selling": the selling is denied too
                break
            j += 1
            steps += 1
    return out


_CLAUSE_SUBJECTS = frozenset("it they he she we there the its their his her this".split())


def _clause_follows(tokens, k: int) -> bool:
    """Does a clause open at token k, its subject a pronoun or a noun phrase and an auxiliary within a few
    words ("it would cut", "the council had sold")? What "deny" or "say" takes with no "that"."""
    if k >= len(tokens) or tokens[k].lower not in _CLAUSE_SUBJECTS:
        return False
    return any(tokens[j].lower in _AUX for j in range(k + 1, min(len(tokens), k + 4)))


def _participle_set_off(tokens, i, text: str) -> bool:
    """Is token i an -ing participle opening a clause set off by a comma (", denying reports that ...")?"""
    return tokens[i].lower.endswith("ing") and i > 0 and bool(text) and "," in text[tokens[i - 1].end:tokens[i].start]


def _negative_approximator(tokens, i) -> bool:
    """Do tokens i and i + 1 deny what follows as "not" would: "nowhere near" ("nowhere near enough"),
    and after a form of "be" "far from" and "anything but" ("was far from enough", "is anything but
    clear"; not "lives far from the town", "far from Leeds": a distance)?"""
    low = tokens[i].lower
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if i + 2 >= len(tokens):
        return False
    if (low, following) == ("nowhere", "near"):
        nxt = tokens[i + 2]
        return not nxt.is_cap and not nxt.is_number and nxt.lower not in DETERMINERS
    if (low, following) in (("far", "from"), ("anything", "but")) and i > 0 and tokens[i - 1].lower in _BE:
        nxt = tokens[i + 2]
        return not nxt.is_cap and not nxt.is_number and nxt.lower not in DETERMINERS
    return False


# negators of a noun phrase ("no one will lose their job until 2027" promises nothing happens
# before then; it does not say the loss comes then) rather than of the verb
_NOMINAL_NEGATORS = frozenset(["no", "none", "neither", "nor", "without", "nobody", "nothing"])
_DEGREE_AFTER_NOTHING = frozenset(["more", "less", "but", "short", "like"])


def _any_after(tokens, j) -> set:
    """What "any" or "a single" after a denied verb at j denies with it, as "no" would: "did not receive
    any government grants" is "received no government grants", "did not win a single seat" is "won no
    seats"."""
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].lower in ("a", "an") and tokens[k + 1].lower == "single":
        k += 1  # (a plain "a" may be read either way: "has not announced a working group" may deny one
        # particular group; "any" and "a single" leave no such reading)
    if k + 1 >= len(tokens) or tokens[k].lower not in _DENYING_AFTER_A_DENIAL or not tokens[k + 1].is_content or tokens[k + 1].is_cap:
        return set()
    return _denied_in_phrase(tokens, k + 1)


# what opens an object denied with its verb: after a denial ("did not win any seats", "a single seat"),
# and with "no" on its own ("won no seats")
_DENYING_AFTER_A_DENIAL = frozenset(["any", "single"])
_DENYING_DETERMINERS = _DENYING_AFTER_A_DENIAL | {"no"}


def _denied_in_phrase(tokens, j) -> set:
    """What "no" denies of the phrase starting at the content word at j: an act's noun at its head
    ("no further job cuts": the cutting; "no state aid": the aid, not the state); else its first word
    ("no homes", "no unified evaluation standard": not the standard, a thing)."""
    end = _phrase_end(tokens, j)
    return {tokens[end].lemma} if end > j and english.can_be_verb(tokens[end].lower) else {tokens[j].lemma}


def _not_one_of(tokens, i) -> bool:
    """Do "not one of" stand at i ("not one of the 12 councillors voted against": none of them did)?"""
    return tokens[i].lower == "not" and i + 2 < len(tokens) and tokens[i + 1].lower == "one" and tokens[i + 2].lower == "of"


def _not_a_single(tokens, i) -> bool:
    """Does "not one" or "not a single" open a noun phrase at i ("not one member crossed")?"""
    if tokens[i].lower != "not" or i + 2 >= len(tokens):
        return False
    if tokens[i + 1].lower == "one":
        return tokens[i + 2].is_content and not tokens[i + 2].is_number
    return tokens[i + 1].lower == "a" and tokens[i + 2].lower == "single" and i + 3 < len(tokens) and tokens[i + 3].is_content


def _verb_of_denied_subject(tokens, i) -> str:
    """The lemma of the verb whose subject is the phrase "no" opens at i ("No homes were destroyed",
    "no ward has closed"), past its auxiliaries; "" when no verb follows the phrase."""
    j = _past_a_name(tokens, i + 1)  # whose: "No University of Ravensholt student was expelled"
    if j >= len(tokens) or not tokens[j].is_content:
        return ""
    k = _phrase_end(tokens, j) + 1
    if k + 1 < len(tokens) and tokens[k].lower in ("at", "of", "in", "from", "on"):
        after = k + 1 + (tokens[k + 1].lower == "the")  # "No student at the University of Ravensholt was"
        if after < len(tokens) and tokens[after].is_cap:
            k = _past_a_name(tokens, after)
        elif i == 0:  # "No councillor on the planning committee has declared": a subject that opens the
            k = _verb_after_none_of(tokens, i - 1, "") or k  # sentence, past the phrase after its noun, to its verb
    while k < len(tokens) and tokens[k].lower in _AUX and tokens[k].lower not in NEGATORS:
        k += 1
    if k >= len(tokens) or not (tokens[k].is_content or tokens[k].lemma in LIGHT_VERBS) or not _verbal(tokens, k) \
            or _until_follows(tokens, k, _TIME_BOUNDS):
        return ""  # ("no captain will lose their job until 2028", "before 2028": they may after it; "no
        # dividend will be paid" denies the paying, as "no jobs will be lost" the losing)
    return tokens[k].lemma


_TIME_BOUNDS = ("until", "till", "before")


def _past_a_name(tokens, j) -> int:
    """The index past the capitalised words from j, "of" between them ("University of Ravensholt")."""
    while j < len(tokens) and (tokens[j].is_cap or (tokens[j].lower == "of" and j + 1 < len(tokens) and tokens[j + 1].is_cap)):
        j += 1
    return j


def _denied_by_its_object(tokens, i) -> bool:
    """Is the negator at i the object of the verb before it ("received no grants", "found nothing",
    "arrested nobody")? Then the verb's act is denied. Not a light verb, whose noun is what is denied
    ("made no arrests"), nor "be" ("is no exception"), nor a verb of expecting."""
    if i == 0 or tokens[i].lower not in ("no", "nobody", "nothing"):
        return False
    verb = tokens[i - 1]
    if verb.lower in BE_FORMS or verb.lemma in LIGHT_VERBS or verb.lemma in _NEG_RAISING or not _verbal(tokens, i - 1):
        return False  # ("expects no further job cuts" expects that none come: the cuts are denied)
    # the subject of a clause the verb reports is no object: "said no club had made an offer", however long
    # the subject ("said no mother or baby would be put at risk", "said no Kelby Council councillor had met")
    if verb.lemma in REPORTING and any(t.lower in _AUX or t.lower in _MODALS or english.inflected_verb(t.lower)
                                       for t in _before_a_coordinator(tokens[i + 1:i + 1 + _REPORTED_SUBJECT_REACH])):
        return False
    after = (_phrase_end(tokens, i + 1) if tokens[i].lower == "no" and i + 1 < len(tokens) else i) + 1
    return not (after < len(tokens) and (tokens[after].lower in _AUX or tokens[after].lower in _MODALS or _verbal(tokens, after)
                                         or english.inflected_verb(tokens[after].lower)))  # "said nobody wanted to strike"


_NONE_OF_REACH = 16  # words from "none of" to the verb of what none of them did, past phrases on the noun


def _none_among(tokens, i) -> int:
    """The index of the "among" / "of" after "nobody", "none" or "no one" at i ("nobody among the passengers",
    "no one of the 12 councillors"), which count none of a group as "none of" does; -1 otherwise."""
    low = tokens[i].lower
    k = i + 1 + (low == "no" and i + 1 < len(tokens) and tokens[i + 1].lower == "one")
    if k >= len(tokens) or (low == "no" and k == i + 1) or low not in ("nobody", "none", "no", "noone"):
        return -1
    return k if tokens[k].lower in ("among", "of") and not (low == "none" and tokens[k].lower == "of") else -1


_RELATIVE_OPENERS = frozenset(["who", "which", "that"])


def _verb_after_none_of(tokens, i, text: str):
    """The index of the verb that "none of" at i denies: the first auxiliary or verb after the counted
    noun's phrase, within its clause ("none of the ceilings at the three schools with crumbling concrete had
    collapsed": had; not "crumbling", a modifier before its noun); None if none."""
    k, resumed, relative = i + 2, -1, 0  # relative: 1 in a relative clause on the noun, 2 in its verbs, 3 past them
    while k < min(len(tokens), i + _NONE_OF_REACH):
        if relative == 0 and k > i + 2 and tokens[k].lower in _RELATIVE_OPENERS:
            relative = 1  # "nobody among the 12 passengers who were taken to hospital was hurt": past the clause's verb
            k += 1
            continue
        if relative in (1, 2):
            verb = tokens[k].lower in _AUX or _verbal(tokens, k)
            relative = 2 if verb else (3 if relative == 2 else 1)
            k += 1
            continue
        if k > i + 2 and k != resumed and text and "," in text[tokens[k - 1].end:tokens[k].start]:
            close = next((m for m in range(k + 1, min(len(tokens), k + 6)) if "," in text[tokens[m - 1].end:tokens[m].start]), None)
            if close is not None and any(t.lemma in REPORTING for t in tokens[k:close]):
                k = resumed = close  # "none of the libraries in Kelby, the council said, will close": past the aside
                continue
        if tokens[k].lower == "and" and k + 1 < len(tokens) and (tokens[k + 1].lower in _AUX or tokens[k + 1].lower in _MODALS):
            return None  # "won none of their games and have sacked their manager": another clause
        if tokens[k].lower in ("but", "while") or (k > i + 2 and k != resumed and text
                                                   and any(ch in text[tokens[k - 1].end:tokens[k].start] for ch in ",;")):
            return None  # (an "and" may join the noun phrase: "none of the buses between Kelby and Larton ran")
        if tokens[k].lower in _AUX:
            return k
        if _verbal(tokens, k) and not (tokens[k].lower.endswith("ing") and k + 1 < len(tokens) and tokens[k + 1].is_content
                                       and not _verbal(tokens, k + 1) and k - 1 >= 0 and tokens[k - 1].lower in ("with", "of", "the", "a", "an")):
            return k
        if k >= i + 10 and not text:
            return None  # (read without the text, as before: ten words)
        k += 1
    return None


_REPORTED_SUBJECT_REACH = 8  # words from a reporting verb's "no" to the verb of the clause it opens


def _before_a_coordinator(tokens) -> list:
    """The tokens up to an "and" or "but" that opens a clause of its own, its verb or auxiliary next
    ("reported no profit last year and will cut 40 jobs": the next clause's verb is not the reported
    clause's; "said no mother or baby would", "said no pupils and staff had" go on)."""
    for k, t in enumerate(tokens):
        if t.lower in ("and", "but") and k + 1 < len(tokens) and (
                tokens[k + 1].lower in _AUX or tokens[k + 1].lower in _MODALS or english.inflected_verb(tokens[k + 1].lower)):
            return list(tokens[:k])
    return list(tokens)


def _until_follows(tokens, j, words=("until", "till")) -> bool:
    """Does "until"/"till" (or another of ``words``) follow the verb at j in its clause? "Did not open
    until 1998" says it opened in 1998 (Karttunen 1974: "not ... until" with a verb of an event asserts
    the event then). Not with a verb that moves or stretches a time, whose "until" is its complement
    ("has not been deferred until October", "did not extend the deal until 2030": Quirk et al. 1985,
    8.62, durative "until"), nor after the act's own date ("did not extend it in May 2025 until 2030":
    the act is dated, "until" ends what it set going)."""
    if tokens[j].lemma in _UNTIL_TAKING or english.lemma(tokens[j].lower) in _UNTIL_TAKING:
        return False
    for k in range(j + 1, min(len(tokens), j + 8)):
        low = tokens[k].lower
        if low in words:
            # (a year after "until" other than the year the act is dated with, before it: not "did not open in
            # 2024 until December", "did not arrive on 3 May 2025 until 9pm", a time within the act's date)
            end = date_parser.year_written(tokens[k + 1]) if k + 1 < len(tokens) else None
            dated = {date_parser.year_written(t) for t in tokens[j + 1:k]} - {None}
            return not (end and dated and end not in dated)
        if low in ("and", "but", "because", "when", "while", "which", "who") or not tokens[k].text[0].isalnum():
            return False
    return False


# verbs whose "until" is the time they set an end or a start to: to defer, postpone, delay, adjourn or
# suspend something until a time, to extend, prolong or keep it until then, to stay or remain until then
_UNTIL_TAKING = frozenset("defer postpone delay adjourn suspend extend prolong keep stay remain last continue".split())


_CLAUSE_OPENERS = frozenset("that the a an its his her their it he she they we this these those".split())


def _speech_frame(tokens, text: str, mentions=()) -> set:
    """Token indexes of the words that frame reported speech rather than say anything: "told" and
    its audience ("X told reporters (that) ...", "told the BBC ...") and "added" after what it
    reports (", he added.") or before "that" ("He added that ..."). "Said" is a stop word already;
    who speaks stays (it is checked as the source)."""
    out = set()
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.lemma == "tell" and tok.lower != "tell" and i + 1 < n:
            j = i + 1
            if tokens[j].lower in DETERMINERS and j + 1 < n:
                j += 1
            named = next((m for m in mentions if m.first == j), None)
            last = named.last if named is not None else j  # the audience may be a name: "told the BBC"
            while named is None and j > i + 1 and last + 1 < n and last - j < 2 and tokens[last + 1].is_content \
                    and not tokens[last + 1].is_cap and not tokens[last + 1].is_number:
                last += 1  # "told a local radio station that ...": after a determiner, the phrase is the audience
            # the audience, then what is told: a clause of at least three words ("told a story about
            # her childhood" tells no clause: the story is what is said)
            opens = last + 1 < n and (tokens[last + 1].lower in _CLAUSE_OPENERS or tokens[last + 1].is_cap)
            if tokens[j].is_content and not tokens[j].is_number and n - last > 3 and opens \
                    and "," not in text[tok.end:tokens[j].start]:
                out.update(range(i, last + 1))
        elif tok.lemma == "add" and tok.lower == "added" and i > 0:
            after_report = i == n - 1 and "," in text[tokens[max(0, i - 3)].end:tok.start]
            if after_report or (i + 1 < n and tokens[i + 1].lower == "that"):
                out.add(i)
    return out


def rejects_a_saying(tokens, i) -> bool:
    """Is token i a verb that rejects what others say ("rejected suggestions that the aquarium would
    close", "dismissed claims that the animal had bitten a dog")? That denies what they say, as "denied
    that" does; "rejected the plan" denies nothing."""
    return tokens[i].lemma in _REJECTING and any(
        tokens[k].lemma in _SAYINGS and k + 1 < len(tokens) and tokens[k + 1].lower == "that"
        for k in range(i + 1, min(len(tokens) - 1, i + 4)))


_REJECTING = frozenset(["reject", "dismiss", "refute", "rebut"])
_ESTIMATE_REACH = 12  # words from "put" to the "at" of its figure: "put the number of passengers it carried at"


def _puts_a_figure_at(tokens, i) -> bool:
    """Is token i the "put" of "put the cost at £8.5 million", an estimate (as "estimated the cost at"):
    its subject is who says the figure? Not "put 300 jobs at risk", which has no figure after "at"."""
    if tokens[i].lemma != "put" or tokens[i].is_cap:
        return False
    for k in range(i + 1, min(len(tokens) - 1, i + _ESTIMATE_REACH)):
        if tokens[k].text in (",", ";", ":") or tokens[k].lower in ("and", "but", "that"):
            return False
        if tokens[k].lower == "at":
            nxt = tokens[k + 1]
            return nxt.is_number or nxt.text[:1] in "£$€" or nxt.lower in ("about", "around", "roughly", "nearly",
                                                                            "almost", "some", "more", "less", "over", "under")
    return False
_SAYINGS = frozenset("suggestion claim report allegation speculation rumour rumor idea accusation".split())


_DENIED_CLAUSE_REACH = 14  # words from a denial's "that" to the end of its clause's verb ("that the reopening of
# the Quellbury to Wrayhope line had been badly managed")


def _state_come_to(tokens, i, denied: str) -> str:
    """The noun after "come to" where a denial at ``i`` denies "come" ("had come to harm", "came to grief"):
    the state undergone, which the denial denies as it denies the coming; else ""."""
    if denied != "come":
        return ""
    k = next((k for k in range(i + 1, min(len(tokens) - 2, i + _DENIED_CLAUSE_REACH)) if tokens[k].lemma == "come"), None)
    if k is None or tokens[k + 1].lower != "to" or not tokens[k + 2].is_content or tokens[k + 2].is_cap:
        return ""
    return tokens[k + 2].lemma


def _denied_predicate(tokens, i) -> str:
    """The verb a denial at token ``i`` is of: the first verb of its "that" clause ("denied reports
    that the club had accepted"), or the gerund right after it ("denied accepting")."""
    k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower == "having" else i + 1  # "denied having heard"
    after = tokens[k] if k < len(tokens) else None
    if after is not None and (after.lower.endswith("ing") or k == i + 2) and (after.is_content or after.lemma in LIGHT_VERBS) \
            and after.lemma != after.lower:
        return after.lemma  # a gerund ("denied accepting", "denied paying"), not "everything" (nor "denied planning
        # permission", a noun)
    that = next((k for k in range(i + 1, min(len(tokens), i + 5)) if tokens[k].lower == "that"), None)
    if that is None and _clause_follows(tokens, i + 1):
        that = i  # "denied it would cut 40 jobs": a that-clause with its "that" left out
    if that is None:
        return ""
    end = min(len(tokens), that + _DENIED_CLAUSE_REACH)
    # the verb after the clause's first auxiliary, past its adverbs: "that bus fares in Kelby would
    # rise" (a noun of the subject that could be a verb, "fares", is none), "had been badly managed"
    aux = next((k for k in range(that + 2, end) if tokens[k].lower in _AUX), None)
    if aux is not None:
        stop = next((k for k in range(aux + 1, end) if tokens[k].lower in ("but", "and", "while")), end)
        verb = next((k for k in range(aux + 1, stop) if (tokens[k].is_content or _verbal(tokens, k)) and not tokens[k].is_cap
                     and tokens[k].lower not in _AUX
                     and not (tokens[k].lower.endswith("ly") and k + 1 < end and tokens[k + 1].is_content)), None)
        between = [t.lower for t in tokens[aux + 1:verb]] if verb is not None else []
        if verb is not None and between and between[-1] in _COMPLEMENT_PREPOSITIONS \
                and (tokens[aux].lower in _BE or any(w in _BE for w in between[:-1])) \
                and all(w in _AUX or w in NEGATORS or w.endswith("ly") for w in between[:-1]):
            head = verb
            while head + 1 < stop and head - verb < 2 and tokens[head + 1].is_content and not tokens[head + 1].is_cap \
                    and not _verbal(tokens, head + 1):
                head += 1  # ("was in financial difficulty": the difficulty)
            return tokens[head].lemma  # "denied that its survey work had been at fault", "were to blame": the complement
            # is what the clause tells of its subject, and what the denial denies
        if verb is not None and all(t.lower in _AUX or t.lower in NEGATORS or t.lower.endswith("ly") for t in tokens[aux + 1:verb]):
            return tokens[verb].lemma
    for k in range(that + 1, end):
        if tokens[k].is_content and not tokens[k].is_cap and _verbal(tokens, k):
            return tokens[k].lemma
    return ""


_COMPLEMENT_PREPOSITIONS = frozenset(["at", "to", "in", "for"])  # "been at fault", "were to blame", "was in breach",
# "is for sale"


def _fronted_requirement(tokens, i, text: str) -> bool:
    """Is the "without" at i the opening of a phrase fronted before a denied main clause ("Without
    overseas staff, several homes would not be open")? Then it names what is needed, and denies nothing."""
    if not text or (i > 0 and not any(c in text[tokens[i - 1].end:tokens[i].start] for c in "\"\u201c.;:")):
        return False  # (it opens its sentence, or a quotation)
    comma = next((k for k in range(i + 1, min(len(tokens), i + 8)) if "," in text[tokens[k - 1].end:tokens[k].start]), None)
    if comma is None:
        return False
    for k in range(comma, min(len(tokens), comma + 12)):
        if k > comma and any(c in text[tokens[k - 1].end:tokens[k].start] for c in ",;.") :
            return False
        if tokens[k].lower in NEGATORS and tokens[k].lower != "without":
            # a condition's consequence, with a modal ("would not be open", "cannot trade"), not a lack told as a
            # fact ("Without a manager since May, Rovers have not won a game")
            return tokens[k].lower in _MODAL_NEGATIONS or (k > 0 and tokens[k - 1].lower in _CONDITIONAL_MODALS)
    return False


_CONDITIONAL_MODALS = frozenset("would could can might will should".split())
_MODAL_NEGATIONS = frozenset("cannot can't couldn't wouldn't won't".split())
_AFTER_AN_ELLIPSIS = frozenset("but and though although that because".split())


def _negator_right_before(tokens, i) -> bool:
    """Is the word at i denied by a "not" or "never" right before it, past auxiliaries ("did not refuse",
    "has never failed")? Not one of another verb ("did not reply and declined"), nor "not only"."""
    k = i - 1
    while k >= 0 and tokens[k].lower not in ("not", "never", "n't", "only") and (
            tokens[k].lower in _AUX or tokens[k].lower in ("once", "yet", "ever", "even") or tokens[k].lower.endswith("ly")):
        k -= 1  # ("has never once failed to", "has not formally refused to")
    return k >= 0 and tokens[k].lower in ("not", "n't", "never")


def _denied_before(tokens, i) -> bool:
    """Is there a negation earlier in the clause of token ``i``?"""
    for k in range(i - 1, max(-1, i - 12), -1):
        low = tokens[k].lower
        if low in ("but", "which", "that", "who") or tokens[k + 1].start - tokens[k].end > 1:
            return False  # a clause word, or punctuation between the words (tokens leave it out)
        if low in NEGATORS and low != "without":
            return True
    return False


# verbs whose denial is read as a denial of what they take (neg-raising: Horn 1989, 5.2): "does not
# expect to cut jobs" says it expects not to cut them
_NEG_RAISING = frozenset("expect think believe anticipate".split())  # (a denied plan: _intended_verb)
# the present of the auxiliary: "did not expect to win" tells of an expectation that proved wrong
_PRESENT_DENIALS = frozenset("does do doesn't don't".split())


def _figure_after_than(tokens, i) -> bool:
    """Is the word at i followed by "than" and a figure ("longer than ten minutes", "than 12 hours")?"""
    return i + 2 < len(tokens) and tokens[i + 1].lower == "than" and (tokens[i + 2].is_number or tokens[i + 2].lower in NUMBER_WORDS)


_EXCEPTIVE_NEGATORS = frozenset("no nobody none noone".split())


def _exceptive_after(tokens, i) -> bool:
    """Does the negator at i open an exceptive ("no one but", "nobody except", "none other than"), which says
    what holds of the one excepted ("only the caretaker"), no denial of it?"""
    if tokens[i].lower not in _EXCEPTIVE_NEGATORS:
        return False
    k = i + 1 + (tokens[i].lower == "no" and i + 1 < len(tokens) and tokens[i + 1].lower == "one")
    rest = [t.lower for t in tokens[k:k + 2]]
    return rest[:1] in (["but"], ["except"]) or rest == ["other", "than"]


def _bound_after(tokens, i) -> bool:
    """Does "no" open a bound ("no more than 300", "no fewer than 12", "no higher than 5%", "no later than
    2030"), which denies nothing?"""
    return i + 2 < len(tokens) and (("no", tokens[i + 1].lower, tokens[i + 2].lower) in quantity_parser.QUALIFIER_PHRASES
                                    or no_later_than(tokens, i))


def _present_denial(tokens, i) -> bool:
    """Is the negation at ``i`` that of a verb in the present ("does not", "doesn't", "do not")?"""
    return tokens[i].lower in _PRESENT_DENIALS or (i > 0 and tokens[i - 1].lower in _PRESENT_DENIALS)


def raising_verb(tokens, lemma: str) -> str:
    """The neg-raising verb whose denial was read as a denial of ``lemma`` ("does not expect to cut":
    expect, for cut), or ""; the same reading as _negated's."""
    for k, tok in enumerate(tokens):
        if tok.lemma in _NEG_RAISING and k > 0 and _present_denial(tokens, k - 1) and tokens[k - 1].lower in NEGATORS \
                and _raised_from(tokens, k) == lemma:
            return tok.lemma
    return ""


def _raised_from(tokens, j) -> str:
    """For a denied neg-raising verb at ``j`` followed by "to" and a verb, that verb's lemma: what the
    denial is of ("does not expect to cut" -> cut); "" otherwise (a subject between, as in "does not
    expect prices to recover", is too often read as a verb itself)."""
    if tokens[j].lemma not in _NEG_RAISING or j + 2 >= len(tokens) or tokens[j + 1].lower != "to":
        return ""
    nxt = tokens[j + 2]
    return nxt.lemma if nxt.is_content and _verbal(tokens, j + 2) else ""


# "Dr Rosalind Keane, who chairs the Friends of the Wendle, said ...": a relative clause on a voice
# (not "who said", "who told")
_RELATIVE_ON_NAME = lazy(r",\s+who\s+(?!(?:said|says|told|tells|added|adds|stated|wrote)\b)[a-z][^,;]*,")


def _relative_clause(analysis, mention) -> frozenset:
    """The content lemmas and names of a relative clause set off after the name, or an empty set."""
    found = _RELATIVE_ON_NAME.match(analysis.text, mention.end)
    if found is None:
        return frozenset()
    start, end = found.start(), found.end()
    words = {t.lemma for t in analysis.tokens if start <= t.start < end and t.is_content and not t.is_cap}
    names = {m.name for m in analysis.mentions if start <= m.start < end}
    return frozenset(words | names)


_AGENT_NOUN_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")


def denied_subject_verb(analysis, lemma: str) -> str:
    """The verb of the clause whose subject a "no" denies, when the word heads that subject ("no
    Westmere Rail driver will be made redundant": "make"), or "". Such a "no" denies what the clause
    says of the thing, not that there is the thing: drivers who accept a pay deal are no
    contradiction of it; drivers made redundant are. Not a noun of an act ("no complaints were made",
    "no decision has been taken": the act is denied), nor before a second denial."""
    toks = analysis.tokens
    at = analysis.content.get(lemma, -1)
    if at is None or at <= 0 or toks[at].is_cap or toks[at].is_number:
        return ""
    low = toks[at].lower
    if not low.endswith(_AGENT_NOUN_ENDINGS) and (english.can_be_verb(low) or english.can_be_verb(toks[at].lemma)
                                                  or any(english.can_be_verb(w) for w in english.family(toks[at].lemma))):
        return ""  # an act's noun, or a word that may be a verb ("complaint", "injury", "buses")
    j = at - 1
    while j >= 0 and toks[j].is_cap and toks[j].lower != "no":
        j -= 1  # whose ("no Westmere Rail driver")
    if j < 0 or toks[j].lower != "no" or (j > 0 and toks[j - 1].lower in ("there", "with", "have", "has", "had")):
        return ""
    k = at + 1
    if k < len(toks) and toks[k].lower in _OF_PHRASE:
        # "no pupil of the merged school would have to move": the subject's phrase runs to the auxiliary
        k = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].lower in _AUX and not toks[m].is_cap), len(toks))
        if any(_verbal(toks, m) and english.inflected_verb(toks[m].lower) and toks[m - 1].lower not in DETERMINERS
               for m in range(at + 1, k)):
            return ""  # a verb of its own before the auxiliary (but "the merged school": a participle after a
            # determiner is the noun's adjective, and "school" a noun whatever verb it may be)
    if k >= len(toks) or toks[k].lower not in _AUX or toks[k].lower in NEGATORS:
        return ""  # (a verb of its own after the noun, "no parents complained", is read as it always was)
    while k < len(toks) and (toks[k].lower in _AUX or _have_to(toks, k - 1)):
        if toks[k].lower in NEGATORS:
            return ""  # "no passengers were not on board": two denials, read word by word
        k += 1  # (past the "to" of "would have to")
    if k < len(toks) and not toks[k].is_content and toks[k].lower not in _AUX:
        # "no passengers were on board", "no staff were at the depot": what "be" says of them is the phrase
        # after it, told by its first word of content, past a name that stands before its noun ("in the Kelby
        # Road school building"); not past a name that ends it ("were in Harton when ..."), nor its clause
        for m in range(k + 1, min(len(toks), k + 6)):
            if toks[m].lower in _CLAUSE_BREAK or (toks[m].is_cap and not (m + 1 < len(toks) and toks[m + 1].is_content)):
                break
            if toks[m].is_content and not toks[m].is_cap:
                return toks[m].lemma
    return toks[k].lemma if k < len(toks) and toks[k].lower.isalpha() else ""


_OF_PHRASE = frozenset(["of", "at", "in", "from", "on"])


def denied_object_verb(analysis, lemma: str) -> str:
    """The verb whose object a "no", "any" or "a single" denies, when the word heads or opens that
    object ("did not win a single seat", "failed to win any seats", "received no grants": "win",
    "receive"), or "". Such a denial is of the act on the thing: "took four seats" says nothing
    against it; "won four seats" does. Not after a light verb or "be" ("had no grants", "there are no
    seats"): there the thing itself is denied."""
    toks = analysis.tokens
    at = analysis.content.get(lemma, -1)
    if at is None or at <= 0 or toks[at].is_cap or toks[at].is_number or _verbal(toks, at) or toks[at - 1].lower == "longer":
        return ""  # (not the verb "no longer" denies)
    j = at - 1
    while j >= 0 and toks[j].is_content and not toks[j].is_cap and at - j < 4 and toks[j].lower not in _DENYING_AFTER_A_DENIAL:
        j -= 1  # the object's other words ("no further job cuts")
    if j < 1 or toks[j].lower not in _DENYING_DETERMINERS:
        return ""
    j -= 1 + (toks[j].lower == "single" and toks[j - 1].lower in ("a", "an"))
    if j < 0 or toks[j].lower in BE_FORMS or toks[j].lemma in LIGHT_VERBS or not toks[j].is_content or toks[j].is_cap \
            or not english.can_be_verb(toks[j].lower):
        return ""
    return toks[j].lemma


# verbs whose object is what does not happen (Karttunen 1971's negative implicatives, with a noun or a
# gerund for object): "avoided relegation", "escaped injury", "averted a strike", "avoided paying tax";
# "spare" in the passive: "were spared the fare increase"
_AVOIDING = frozenset(["avoid", "escape", "avert", "evade", "lack"])  # (and "lacks a hospital", "lacks explanation": has none)


def _verb_after_nor(tokens, i) -> int:
    """The verb after a subject that "neither" at token i opens and "nor" joins ("Neither the head
    nor the governors responded": responded), or -1."""
    if i > 0 and tokens[i - 1].lower == "with":
        return -1  # ("With neither water nor power, the site was abandoned")
    nor = next((k for k in range(i + 1, min(len(tokens), i + 10)) if tokens[k].lower == "nor"), None)
    if nor is None or any(_verbal(tokens, k) for k in range(i + 1, nor)):
        return -1  # ("Neither team scored ... nor in extra time": the verb came first)
    for k in range(nor + 2, min(len(tokens), nor + 8)):
        if tokens[k].lower in ("who", "which", "that", "but") or tokens[k - 1].end < tokens[k].start - 1:
            return -1  # (past a comma or into a relative: "..., who chaired the meeting, voted")
        if _verbal(tokens, k) and tokens[k].is_content:
            return k
    return -1


def _avoided_object(tokens, i) -> int:
    """The index of the head of what the verb at ``i`` says is avoided, or -1."""
    tok = tokens[i]
    if tok.lemma in _AVOIDING and _verbal(tokens, i) and not any(t.lower in NEGATORS or t.lower == "longer" for t in tokens[max(0, i - 2):i]):
        k = i + 1  # (not "no longer lacks a broadband connection": it has one now)
    elif tok.lower == "spared" and i > 0 and tokens[i - 1].lower in _BE:
        k = i + 1
    elif tok.lower == "exempt" and i + 2 < len(tokens) and tokens[i + 1].lower == "from":
        k = i + 2  # "will be exempt from business rates": will pay none
    elif tok.lemma == "stop" and _verbal(tokens, i) and i + 3 < len(tokens) and tokens[i + 1].lower == "short" \
            and tokens[i + 2].lower == "of" and tokens[i + 3].lower.endswith("ing"):
        k = i + 3  # "stopped short of jailing him": went less far, and did not jail him (not "of the river")
    elif tok.lower in _SAVED and i > 0 and tokens[i - 1].lower in _BE and i + 2 < len(tokens) and tokens[i + 1].lower == "from":
        k = i + 2  # "was saved from demolition": it was not demolished
    else:
        return -1
    while k < len(tokens) and (tokens[k].lower in DETERMINERS or tokens[k].is_number or tokens[k].lower in ("this", "that", "next", "last")
                               or (k + 1 < len(tokens) and is_possessive(tokens[k]))):
        k += 1  # "this year's", "a", "the council's"
    if k >= len(tokens) or not (tokens[k].is_content or tokens[k].lemma in LIGHT_VERBS) or tokens[k].is_cap:
        return -1  # ("escaped from prison": no object)
    if tokens[k].lower.endswith("ing") and english.can_be_verb(tokens[k].lemma):
        return k  # "avoided paying tax": the paying
    head = _phrase_end(tokens, k)
    if tok.lower in _SAVED and tokens[head].lemma not in _FATES:
        return -1  # ("rescued from the fire", "from the rubble": what was there, not what did not happen)
    return head


# in the passive, with "from" and a fate: what the subject was kept from undergoing ("saved from closure",
# "rescued from demolition"), as "spared" says
_SAVED = frozenset(["saved", "rescued"])
# the ends a thing is saved from, which then never come (not a fire or a flood one is rescued from, which came)
_FATES = frozenset("closure demolition relegation extinction bankruptcy liquidation administration axe scrapping "
                   "redevelopment sale eviction deportation redundancy".split())


def _phrase_head(tokens, j) -> str:
    """The lemma of the head of a noun phrase that starts with the content word at ``j``: its last
    word before a word of another kind ("necessary licences", "export licence")."""
    return tokens[_phrase_end(tokens, j)].lemma


def _phrase_end(tokens, j) -> int:
    """The index of that head."""
    k = j
    while k + 1 < len(tokens) and k - j < 3 and tokens[k + 1].is_content and not tokens[k + 1].is_cap:
        k += 1
    return k


def _or_verbs(tokens, j) -> set:
    """Verbs joined by "or"/"nor" to a denied one in the same clause: "did not give the date or name
    the companies" denies the naming too."""
    out = set()
    for k in range(j + 1, min(j + 12, len(tokens) - 1)):
        if tokens[k].lower in (",", ";", "but", "and", "that", "which"):
            break
        if tokens[k].lower in ("or", "nor") and english.can_be_verb(tokens[k + 1].lower) and tokens[k + 1].is_content \
                and not tokens[k + 1].is_cap and not (k + 2 < len(tokens) and tokens[k + 2].lower in _AFTER_A_NOUN):
            out.add(tokens[k + 1].lemma)
    return out


# words after a noun of a list, not after a verb joined by "or": "buckets or water from water butts"
# (but "or name the companies": a verb and its object)
_AFTER_A_NOUN = frozenset(["from", "of"])


def description_before(tokens, text: str, mention) -> int:
    """Where a name stands in apposition to a description in lower case that opens the sentence ("The
    cabinet member for parks, Ann Webb, ..."): the index of the name's first token (its title's, if it
    has one: "Councillor Tom Reyes"), the description being the tokens before its comma; else 0."""
    k = mention.first
    while k > 0 and tokens[k - 1].is_cap and text[tokens[k - 1].end:tokens[k].start] == " ":
        k -= 1  # a title before the name
    if k < 2 or text[tokens[k - 1].end:tokens[k].start].strip() != ",":
        return 0
    before = tokens[k - 1]
    if any(ch in text[:before.end] for ch in ",.;:") or before.is_cap or not before.is_content or not before.lower.isalpha():
        return 0  # (the description opens the sentence and ends in a common word)
    return k


def _name_in_apposition(tokens, mentions, i: int, text: str):
    """The name set between two commas right before token i, after a description that opens the
    sentence ("The cabinet member for parks, Ann Webb, called ..."): the subject, named in apposition,
    whose verb token i is. None otherwise ("the plant, built in 19 months, employs")."""
    for m in mentions:
        if m.last == i - 1 and m.type != "place" and text[tokens[m.last].end:tokens[i].start].strip() == "," \
                and description_before(tokens, text, m):
            return m
    return None


class Agents(dict):
    """predicate lemma -> the Mention of who does it where the text first tells it; ``every``: lemma -> each
    doer the text gives it, in order ("the Green Party won 3 seats ... and Reform UK ... won 2 seats": both)."""

    __slots__ = ("every",)

    def __init__(self):
        super().__init__()
        self.every: dict = {}

    def setdefault(self, lemma, mention):
        told = self.every.setdefault(lemma, [])
        if all(m.name != mention.name for m in told):
            told.append(mention)
        return super().setdefault(lemma, mention)


def _agents(tokens, mentions, in_mention, text="") -> dict:
    """Who does what: "CESI proposed", "proposed by CESI", "SIA (in Washington) has not announced",
    "X was elected, defeating Y" (X)."""
    by_last = {m.last: m for m in mentions}
    agents = Agents()
    asides = set_off_spans(text) if text else ()
    for i, tok in enumerate(tokens):
        # (the comma that closes an aside opens the main predicate, "Ferreira, a striker, joined"; not
        # for a participle: "beat Ann Bell, the sitting councillor, winning by 212 votes" is the subject's)
        after_comma = bool(text) and i > 0 and "," in text[tokens[i - 1].end:tok.start] \
            and (tok.lower.endswith("ing") or not _closes_aside(tokens, i, asides))
        if after_comma and i not in in_mention and tok.is_content and not tok.is_cap and tok.lower.endswith("ing"):
            # a participle clause after a comma is done by the sentence's subject (subject control)
            subject = _sentence_subject(tokens, mentions)
            if subject is not None and subject.last < i:
                agents.setdefault(tok.lemma, subject)
            continue
        if i > 1 and tokens[i - 1].lower == "against" and tokens[i - 2].lemma in agents and _decided_against(tokens, i - 2):
            agents.setdefault(tok.lemma, agents[tokens[i - 2].lemma])  # "Cllr Voss voted against renewing": his vote
            continue
        named = _name_in_apposition(tokens, mentions, i, text) if after_comma and tok.is_content and not tok.is_cap else None
        if named is not None and _verbal(tokens, i):
            agents.setdefault(tok.lemma, named)  # "The cabinet member for parks, Ann Webb, called ...": Ann Webb
            continue
        if after_comma and tok.lemma != tok.lower and tok.lower.endswith(("ed", "en", "t")) and not any(
                t.lower == "by" for t in tokens[i + 1:i + 4]):
            continue  # "the plant, built in 19 months, employs ...": a passive that names no doer
        if i in in_mention or not (tok.is_content or _main_light_verb(tokens, i)) or tok.is_cap or not _verbal(tokens, i):
            continue
        # passive: "proposed by the State Council", "were added to the list by the Obama administration"
        # (not "is to buy": a future arranged, whose infinitive is active)
        passive = i > 0 and (tokens[i - 1].lower in _BE or (i > 1 and tokens[i - 2].lower in _BE and (
            tokens[i - 1].lower != "to" or tok.lemma in _PASSIVE_IN_SENSE)))
        reach = 8 if passive else 1
        by = next((j for j in range(i + 1, min(i + 1 + reach, len(tokens))) if tokens[j].lower == "by"), None)
        if by is not None:
            k = by + 1
            if k < len(tokens) and tokens[k].lower == "the":
                k += 1
            k = _past_title(tokens, k, in_mention, text)  # "led by Dr Ann Holt": the title is no part of her name
            if k not in in_mention:
                k = _named_in_apposition_after(tokens, k, in_mention, text)  # "by the group's finance director, Owen Bright"
            if k in in_mention and in_mention[k].first == k:
                doer = in_mention[k]
                after = in_mention.get(doer.last + 1)
                if doer.type == "place" and after is not None and after.first == doer.last + 1 and after.type != "place" \
                        and text[tokens[doer.last].end:tokens[after.first].start] == " ":
                    doer = after  # "by the U.S. Food and Drug Administration": the place says whose the body is
                elif doer.type == "place" and (named := _named_after_a_description(tokens, doer, in_mention, text)) is not None:
                    doer = named  # "by the Dutch group Vanterra": the place, as its adjective, says whose the group is
                agents.setdefault(tok.lemma, doer)
                continue
        if passive:
            continue  # "Arvena Group was founded in 1987": the subject of a passive is what was done to
        # active: the nearest name before the verb, skipping auxiliaries and a place ("SIA in Washington")
        k = i - 1
        while k >= 0 and tokens[k].lower in _AUX and i - k <= 4:
            k -= 1
        if k >= 1 and tokens[k].lower == "to" and tokens[k - 1].lower in _BE:
            if tok.lemma in _PASSIVE_IN_SENSE:
                continue  # "is to blame": the subject is the one blamed
            k -= 2  # "is to buy", "are to merge": a future arranged (Quirk et al. 1985, 4.48), done by the subject
            while k >= 0 and tokens[k].lower in _AUX and i - k <= 6:
                k -= 1
        if k >= 0 and text:
            # past an appositive or a relative clause set off before the verb: "Edwin Tully, a retired
            # postman from Stanmoor, fell": Tully fell, not Stanmoor
            aside = next((a for a, b in asides if a <= tokens[k].start < b <= tok.start), None)
            if aside is not None:
                k = max((j for j in range(k) if tokens[j].end <= aside), default=-1)
        if k >= 1 and tokens[k].lower == "to" and k - 1 in by_last and any(
                t.lemma in OBJECT_CONTROL for t in tokens[max(0, by_last[k - 1].first - 3):by_last[k - 1].first]):
            agents.setdefault(tok.lemma, by_last[k - 1])  # "expects Marlow Homes to build": Marlow Homes builds
            continue
        if k >= 1 and tokens[k].lower == "to" and tokens[k - 1].lemma in SUBJECT_CONTROL and tokens[k - 1].lemma in agents:
            agents.setdefault(tok.lemma, agents[tokens[k - 1].lemma])  # "agreed to buy": who agreed buys
            continue
        mention = by_last.get(k)
        if mention is None and _of_a_demonym(tokens, k, by_last):
            mention = by_last[k - 1]  # "a Belgian team won": the team from Belgium, as "a team from Belgium won"
        named = by_last.get(k - 1) if k >= 1 and tokens[k].lemma in _NAMED_BODIES else None
        if mention is None and named is not None and named.type != "place" and (
                named.first == 0 or tokens[named.first - 1].lower == "the"):
            mention = named  # "The Ashdown family bought the Red Lion": the family a name names, as "the Ashdowns" would
        if mention is None:
            continue
        of_at = before_name(tokens, mention.first)
        if of_at > 0 and tokens[of_at].lower == "of" and of_at - 1 in by_last:
            mention = by_last[of_at - 1]  # "Ellen Marsh of the Green Party came third": Ellen Marsh did
        elif mention.first > 0 and tokens[mention.first - 1].lower in _PLACE_PREPOSITIONS:
            # "SIA in Washington has", "the SIA, headquartered in Washington, has": who is placed there
            before = next((by_last[k] for k in range(mention.first - 2, max(-1, mention.first - 5), -1) if k in by_last), None)
            if before is not None and _opening_word(tokens, before):
                continue  # "Average home attendance at Kings Field fell": a sentence's first word is no doer
            if before is not None:
                mention = before
            else:
                continue
        agents.setdefault(tok.lemma, mention)
    return agents


# the nouns of a group of persons a name before them names ("the Ashdown family", "the Pennock brothers"): the group
# does what the name's holders do
_NAMED_BODIES = frozenset("family brother sister partnership".split())
_DESCRIPTION_REACH = 6  # words of a description before the name set off after it


def _named_in_apposition_after(tokens, k, in_mention, text) -> int:
    """The index of a name set off by a comma after a description that opens at ``k`` ("the group's
    finance director, Owen Bright"), the description's referent; else ``k``."""
    for j in range(k, min(len(tokens), k + _DESCRIPTION_REACH)):
        if j > k and j in in_mention and in_mention[j].first == j and text[tokens[j - 1].end:tokens[j].start] == ", ":
            return j
        tok = tokens[j]
        if j in in_mention or not (tok.is_content or tok.lower in DETERMINERS) or tok.is_cap and j > k \
                or (j > k and text[tokens[j - 1].end:tok.start] != " "):
            return k
    return k


def _named_after_a_description(tokens, place, in_mention, text):
    """The name after a place and the common nouns it modifies ("the Dutch group Vanterra", "the Welsh
    building firm Tolley Homes"): the noun phrase's head, the place its modifier; or None."""
    k = place.last + 1
    while k < len(tokens) and k - place.last <= 3 and k not in in_mention and tokens[k].is_content and not tokens[k].is_cap \
            and text[tokens[k - 1].end:tokens[k].start] == " ":
        k += 1
    named = in_mention.get(k)
    if k == place.last + 1 or named is None or named.first != k or named.type == "place" \
            or text[tokens[k - 1].end:tokens[k].start] != " ":
        return None
    return named


def _of_a_demonym(tokens, k, by_last) -> bool:
    """Is token k a common noun after a demonym, the place's name written as its adjective ("a Belgian
    team", "the Cornish band")? Not a kind of person: "the Portuguese striker" is of Portugal, but
    what he does Portugal does not."""
    demonym = by_last.get(k - 1)
    return demonym is not None and k not in by_last and demonym.type == "place" and demonym.first == demonym.last \
        and tokens[k].is_content and not tokens[k].is_cap and tokens[demonym.first].lower != demonym.name.lower() \
        and not english.names_a_person(tokens[k].lemma)


def _closes_aside(tokens, i, asides) -> bool:
    """Is the comma before token i the one that closes an appositive, a relative clause or an age set
    off after the subject ("Tomás Ferreira, a Portuguese striker, joined", "Okafor, 31, joined")? Then
    token i opens the main clause's predicate, not a participle clause of its own."""
    before = tokens[i - 1]
    return any(a <= before.start and before.end <= b <= tokens[i].start for a, b in asides)


def _past_title(tokens, k, in_mention, text) -> int:
    """The index of the name a run of title words from token k stands before ("by Chief Constable
    Ann Holt": Ann's), or k when none does."""
    j = k
    while j < len(tokens) - 1 and j - k < MAX_TITLE_WORDS and j not in in_mention \
            and (tokens[j].lower in HONORIFICS or is_title_word(tokens[j])) and text[tokens[j].end:tokens[j + 1].start] in (" ", ". "):
        j += 1
        if j in in_mention:
            return j
    return k


def _opening_word(tokens, mention) -> bool:
    """Is the name a sentence's capitalised first word that is a word of English and no known entity
    ("Average", "Ticket")?"""
    return mention.first == 0 and mention.last == 0 and not mention.type and english.known(tokens[0].lower)


def _sentence_subject(tokens, mentions, owners=False):
    """The name the sentence opens with as its subject, before any verb: not a possessor ("Labour's
    Priya Sandhu": Priya Sandhu) nor a name after a preposition; None when a verb comes first.
    ``owners``: a possessor whose noun no name follows counts ("The union's report": the union)."""
    first_verb = next((i for i in range(len(tokens)) if _verbal(tokens, i)), len(tokens))
    owner = None
    for m in mentions:
        if m.first >= first_verb:
            break
        if m.first > 0 and tokens[m.first - 1].lower in _NAME_PREPOSITIONS:
            continue
        if is_possessive(tokens[m.last]):
            owner = owner or m
            continue
        return m
    return owner if owners else None


def _locations(tokens, mentions, text) -> list:
    """Names standing after in/at, and the names listed with them ("in Pudong, Shanghai")."""
    out = []
    previous = None
    for m in mentions:
        if m.type not in ("place", "") :
            previous = None
            continue
        k = before_name(tokens, m.first)  # past a "the", a place the tables know: "in the Netherlands"
        if k != m.first - 1 and m.type != "place":
            k = m.first - 1  # not "in the Senate", "at the Hilton", "in the Obama administration"
        lead = tokens[k].lower if k >= 0 else ""
        nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
        based = nxt is not None and nxt.lower == "based" and text[m.end : m.end + 1] == "-"
        based_in = k > 0 and tokens[k - 1].lower == "based" and lead == "in"
        # "a Kestlow company", "an Ashby firm": where a business is, told before the noun of its kind
        business_of = m.type == "place" and nxt is not None and nxt.lower in GENERAL_ORG_NOUNS and k >= 0 \
            and tokens[k].lower in ("a", "an")
        # "in the Wessex town of Ashby": the town is where, the county only which town
        named_town = previous is not None and m.type == "place" and lead == "of" and k >= 1 \
            and tokens[k - 1].lower in PLACE_ROLES and tokens[previous.last].end <= tokens[k - 1].start
        if (lead in _PLACE_PREPOSITIONS or based or based_in or business_of or named_town) and m.type in ("place", ""):
            out.append(m)
            previous = m
            continue
        if previous is not None and text[tokens[previous.last].end : m.start].strip() in (",", "and", ", and"):
            out.append(m)
            previous = m
            continue
        previous = None
    return out


def _place_quantity(quantity, derived):
    """A quantity from the claim base's fields, positioned where the text gives the same figure."""
    for q in derived:
        if abs(q.value - quantity.value) <= 1e-9 * max(1.0, abs(q.value)):
            return quantity._replace(start=q.start, end=q.end, text=quantity.text or q.text, detail=q.detail,
                                     precision=q.precision, noun=quantity.noun or q.noun)
    return quantity


# what "a year earlier" keeps of the date it counts from: the point or period it names, a year back
# ("in the six weeks to 28 December 2024, up from 1.9% a year earlier": the six weeks to 28 December
# 2023); not the bound of a span ("by 2025", "since 2020")
_COUNTED_BACK_KEEPS = frozenset(["", "in", "on", "to", "at", date_parser.PERIOD_END])


def _counted_back(text: str, dates, quantities) -> list:
    """The dates, with those a sentence counts from a date of its own written before them given
    their value where they date the figure right before them: "£98,000 in 2024, up from £81,000 a
    year earlier" (2023), "1.9% the year before" (see text/timeline.py). Not a comparison's baseline
    ("enrolled 1,500 more students than a year earlier"), which the change's arithmetic reads."""
    if not any(d.year for d in dates) or all(d.year or d.month or d.day for d in dates):
        return dates
    found = {(r.start, r.end): r.value for r in timeline.resolve(text) if r.confident}
    out = []
    for d in dates:
        value = found.get((d.start, d.end)) if not (d.year or d.month or d.day) and (any(
            0 <= d.start - q.end <= 2 for q in quantities) or dates_an_event(text, d)) else None
        earlier = [b for b in dates if b.year and b.end <= d.start]
        base = max(earlier, key=lambda b: b.end) if len({b.year for b in earlier}) == 1 else None
        # left as written: counted from which of two years ("5,200 in 2024 from 3,900 in 2022, and 4,600 a
        # year earlier"), or from a split year (a year before "2024-25" is 2023-24, which no one year holds)
        if value is None or base is None or date_parser.second_year_after(text, base.end, base.year):
            out.append(d)
            continue
        if value.month is None and base.year != value.year and base.relation in _COUNTED_BACK_KEEPS:
            value = base._replace(year=value.year)  # years back from a month, a day or a period: the same one then
        out.append(value._replace(start=d.start, end=d.end, text=d.text, relation=value.relation or "in"))
    return out


def dates_an_event(text: str, d) -> bool:
    """Does a date counted from another tell when something happened ("founded in 1962, it became a
    university thirty years later")? Not a comparison's baseline ("1,500 more than a year earlier",
    "compared with a year earlier", "two years later than planned")."""
    before = text[:d.start].split()
    return d.text.lower().endswith(("later", "earlier", "afterwards")) \
        and not (before and before[-1].lower() in _BASELINE_OPENERS) \
        and not text[d.start + len(d.text):].lstrip().lower().startswith("than")  # (nor "two years later than planned")


# what a comparison's baseline follows: "more than a year earlier", "compared with a year earlier",
# "up 8.6 per cent on a year earlier", "down from two years earlier"
_BASELINE_OPENERS = frozenset("than with to from on against versus vs over since".split())


_DAY_PAIR_JOINS = frozenset(["and", "or", "to", "-", "\u2013"])


def _other_day_of_a_pair(date, placed, text: str) -> bool:
    """Is the date the other day of a pair the text writes with one month ("the weekend of 15 and 16
    March 2025", "12-13 July") whose first day the base lists alone? Both days are the text's."""
    return bool(date.year) and any(date_parser.days_joined(text, p, date, _DAY_PAIR_JOINS) for p in placed)


_YEAR_RE = lazy(r"\b(?:1[0-9]|20)\d\d\b")


def _written_in_full(date, text: str) -> bool:
    """Is the date one the text writes with its year ("had applied by 1 October 2025", "in summer
    2025"), which no reading of the article can place otherwise, though the base lists only the claim's
    other dates? A claim says every date it writes out."""
    return bool(date.year and (date.month or date.part)) and 0 <= date.start < date.end <= len(text) \
        and _YEAR_RE.search(text, date.start, date.end) is not None  # (not a year alone: "the budget for 2025-26")


def _in_the_anchors_month(date, anchor):
    """A date counted back whole years from a dated one keeps its month and day ("in January 2025 than a year
    earlier": January 2024)."""
    if date.year and not date.month and anchor.month and _YEARS_RE.search(date.text or ""):
        return date._replace(month=anchor.month, day=anchor.day)
    return date


_YEARS_RE = lazy(r"\byears?\b", re.I)


def _place_date(date, derived):
    """The base's date placed where the text tells it: the found date of the same day, or of the same month and
    day where either leaves its year untold (not "March 2025" for March 2026: two years' dates, each its own)."""
    for d in derived:
        if (d.year, d.month, d.day) == (date.year, date.month, date.day) or (
                d.month and d.month == date.month and d.day == date.day and not (d.year and date.year)):
            return date._replace(start=d.start, end=d.end, text=date.text or d.text, part=date.part or d.part,
                                 relation=date.relation or d.relation)
    return date


# the small words a name of several words keeps in lower case ("Prophets of Rage", "Pride and Prejudice")
_NAME_SMALL_WORDS = frozenset("of the and a an in on at to for de la le du von van del da".split())
_TITLE_NAME_WORDS = 4  # a title of more words in capitals is a headline ("Huawei, SMIC to Join Chipmaking ...")


def _titled_as_a_name(title: str) -> bool:
    """Is an article's title written as a name: a few words, each capitalised but the small words a
    name keeps in lower case, and no punctuation a headline has ("Prophets of Rage", not "Council
    approves 640 homes")?"""
    words = title.split()
    return 1 < len(words) <= _TITLE_NAME_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words) and not any(c in title for c in ",:;!?\"")


def _relative_dates_placed(dates: list, text: str, published) -> list:
    """A claim's relative dates counted as its article tells them: from the claim's own dates ("8.2 million a
    year earlier"), and, where the base gives the article's full date and the claim gives no date of its own,
    from that ("two years ago", "last month", "this year"; a bare "last Saturday" is not sure); not in quoted
    speech, whose time is the speaker's ("Speaking in 2019, ... said: 'Sales doubled last year.'")."""
    if all(date_parser.is_calendar(d) for d in dates):
        return dates
    # (counted from one date: "grew to 5,200 in 2024 from 3,900 in 2022, and stood at 4,600 a year earlier"
    # counts from neither)
    placed = [(r.start, r.end, r.value) for r in timeline.resolve(text) if r.confident
              and len({(d.year, d.month, d.day) for d in dates if date_parser.is_calendar(d) and d.end <= r.start}) == 1]
    published = str(published or "")
    if len(published) >= 10 and not any(date_parser.is_calendar(d) for d in dates):
        try:
            today = DateRef(year=int(published[:4]), month=int(published[5:7]), day=int(published[8:10]))
        except ValueError:
            today = None
        if today is not None:
            placed += [(r.start, r.end, r.value) for r in timeline.resolve(text, today) if r.confident and not _quoted_at(text, r.start)]
    out = []
    for d in dates:
        at = next((value for start, end, value in placed if start <= d.start < end), None) if not date_parser.is_calendar(d) else None
        out.append(at._replace(text=d.text, start=d.start, end=d.end, relation=d.relation) if at is not None else d)
    return out


_SINGLE_OPENING_RE = lazy(r"(?:^|[\s(\[:,])['\u2018](?=\w)")
_SINGLE_CLOSING_RE = lazy(r"(?<=[\w.,!?])['\u2019](?=[\s.,;:!?)\]]|$)")


def _quoted_at(text: str, at: int) -> bool:
    """Is the offset inside quoted speech, whose time is the speaker's: after an odd number of double quotation
    marks, or after more single ones opening than closing (British copy's 'Sales doubled last year.'; an
    apostrophe stands between letters, "Harby's", or closes a plural's possessive, "the Foods' chief")?"""
    before = text[:max(at, 0)]
    if (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
        return True
    return len(_SINGLE_OPENING_RE.findall(before)) > len(_SINGLE_CLOSING_RE.findall(before))
