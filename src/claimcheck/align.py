"""Soft alignment of a statement's words and names with a claim's: how much of what the statement
says the claim says too, in the same words or in others.

Two words align by their lemma ("bought" ~ "buy"), their word family ("announced" ~
"announcement"), WordNet synonymy in their usual senses ("say" ~ "state", "factory" ~ "plant"),
or their nearness of meaning in the related-pieces table ("purchase" ~ "buy"), each at its own
strength; antonyms never align ("rose" is not "fell", however related).
Names align by their canonical form or when one is part of the other ("Biden" ~ "Joe Biden").
Each word counts by how informative it is in the claim base (its inverse document frequency).
"""

from __future__ import annotations

import functools
import re

from typing import NamedTuple

from .analysis import FUTURE, REPORTING, SAYING_IN_A_MANNER, set_off_spans, voice_of
from .directions import CUT, comparatives_over_time, figure_way, way_of, ways_told
from .lazyre import lazy
from .opposites import WINNING, contrary_in, exclusive_siblings, opposite_words, prefixed_opposites
from .text import english, lifespan
from .text.entities import same_name
from .text.kinds import DESCRIPTIVE_MODIFIERS, GENERAL_ORG_NOUNS, PLACE_NOUNS
from .text.lexicon import (AUXILIARIES, BE_FORMS, DETERMINERS, LIGHT_VERBS, NUMBER_WORDS, PREVERBAL_ADVERBS, SCALE_WORDS, STOPWORDS,
                           WEAK_WORDS)
from .text import quantities as quantity_parser
from .text.quantities import CURRENCY_CODES, DURATION_UNITS, tokens_of
from .text.tokens import HAVE, auxiliary_before, before_name, is_possessive

_PARTICIPLE_ENDINGS = ("ed", "en", "ing")
_CAUSAL = frozenset(["because"])  # function words that still say something: the claim's cause
FAMILY = 0.9  # "announce" ~ "announcement": the same word in another part of speech
RELATED_FLOOR = 0.5  # nearer than this in the related-pieces table counts as a paraphrase
NAME_WEIGHT = 1.5  # a name says more than a word of the same rarity
ALIGNED = 0.5  # a word aligned at least this well is said by the other side
SYNONYM = 0.8  # a word this like another is one for it (WordNet's synonyms), not a mere relation


class WordLink(NamedTuple):
    """A statement word (or name) and the best the claim offers for it."""

    term: str  # lemma, or canonical name
    index: int  # token index in the statement (-1 for a name)
    weight: float
    score: float  # 0..1
    other: str  # the claim's lemma or name it aligned with ("" when none)
    is_name: bool = False
    is_verb: bool = False  # read as a verb where the statement has it


class Alignment(NamedTuple):
    links: tuple
    coverage: float  # weighted share of the statement the claim says (soft)
    exact: float  # the same, counting only lemma and family matches
    reverse: float  # weighted share of the claim the statement says (soft)
    names_missing: tuple  # statement names the claim never mentions
    titled_missing: tuple = ()  # those of them its article's title names: the same topic, told otherwise

    @property
    def uncovered(self) -> list:
        return [link for link in self.links if link.score < ALIGNED]


_similarity_memo: dict = {}


def word_similarity(a: str, b: str, a_text: str = "", b_text: str = "") -> float:
    """How nearly two lemmas mean the same, 0..1 (0 for antonyms). ``*_text``: the words as
    written, whose other readings count too ("rose" may be the flower)."""
    if a == b:
        return 1.0
    key = (a, b, a_text, b_text)
    found = _similarity_memo.get(key)
    if found is None:
        found = _similarity(a, b, a_text, b_text)
        if len(_similarity_memo) > 100_000:
            _similarity_memo.clear()
        _similarity_memo[key] = found
    return found


def _similarity(a: str, b: str, a_text: str, b_text: str) -> float:
    if b in english.antonyms(a) or b in prefixed_opposites(a) or b in _ROLE_CONVERSES.get(a, ()) or b in exclusive_siblings(a):
        return 0.0  # (the related table puts "safe" near "unsafe", "landlord" near "tenant", "morning" near "afternoon")
    if b in english.family(a) or _en_verb_of(a, b) or _en_verb_of(b, a) or _ly_adverb_of(a, b) or _ly_adverb_of(b, a):
        return FAMILY
    if a in _INFORMING and b in _INFORMING:
        return FAMILY  # "told the agency about the spills" / "notified the agency of the spills"
    if any(a in one and b in one for one in _ONE_ACT_CLASSES):
        return FAMILY  # "axed 340 jobs" / "cut 340 jobs", "recruited 60 nurses" / "hired 60 nurses"
    if (a.endswith(_PARTICIPLE_ENDINGS) and b in english.lemmas(a)) or (b.endswith(_PARTICIPLE_ENDINGS) and a in english.lemmas(b)):
        return FAMILY  # "expected" (an adjective too) is a form of "expect"; not "found" of "find"
    if b in LIGHT_VERBS and a not in LIGHT_VERBS:
        return 0.0  # a light verb's synonyms are of the senses its object gives it: "made the landslip worse"
        # says no "caused the landslip" (the light verb said for a verb: "made a loss" for "produced" is read
        # by the object it supports)
    if a_text or b_text:
        a_readings = english.lemmas(a_text) if a_text else (a,)
        b_readings = english.lemmas(b_text) if b_text else (b,)
        if set(a_readings) & set(b_readings):
            return 1.0
    related = english.related(a).get(b, 0.0)
    return max(english.near(a).get(b, 0.0), related if related >= RELATED_FLOOR else 0.0)


# the two sides of one relation, named by their roles (Cruse 1986, 11.4 "converses"): never each other
_ROLE_CONVERSE_PAIRS = (("landlord", "tenant"), ("buyer", "seller"), ("purchaser", "vendor"), ("lender", "borrower"),
                        ("creditor", "debtor"), ("employer", "employee"), ("doctor", "patient"), ("teacher", "pupil"),
                        ("teacher", "student"), ("parent", "child"), ("host", "guest"), ("winner", "loser"),
                        ("plaintiff", "defendant"), ("prosecutor", "defendant"), ("victim", "offender"), ("victim", "attacker"))


def _both_ways(pairs) -> dict:
    """Each word of the pairs -> the words it is paired with, either way round."""
    out: dict = {}
    for one, other in pairs:
        out.setdefault(one, set()).add(other)
        out.setdefault(other, set()).add(one)
    return out


_ROLE_CONVERSES = _both_ways(_ROLE_CONVERSE_PAIRS)
# verbs that pass information to someone (Levin 1993, 37.2 "tell", 37.9 "advise": inform, notify, alert):
# one act, in other words (not "report", which as often publishes, or answers to: "reports to the ministry")
_INFORMING = frozenset("tell inform notify alert".split())
# verbs news English uses for one act on people or posts (Levin 1993, 10.10 "fire" verbs: ending someone's
# employment; 13.5.3 "hire" verbs; the job-cut words of British news, "axed"/"shed"/"slashed" 340 jobs), for
# a product taken back (recall / withdraw), a contest or a contract won (secure / clinch), and for plans
# given up (scrap / ditch / shelve): any two of one class tell one act in other words
_ONE_ACT_CLASSES = (frozenset("sack fire oust axe".split()), frozenset("hire recruit".split()),
                    frozenset("cut axe shed slash".split()), frozenset("recall withdraw".split()),
                    frozenset("win secure clinch".split()), frozenset("scrap axe ditch shelve abandon drop".split()),
                    frozenset("hurt injure wound".split()),  # (bodily harm, of persons: "nobody was hurt" / "three injured")
                    frozenset("buy purchase acquire".split()))  # (a firm, a title, a site: "acquired the Gazette" / "bought it")
_WEIGHTS = frozenset("tonne ton kilogram kg gram pound".split())


def _ly_adverb_of(adverb: str, word: str) -> bool:
    """Is ``adverb`` the word made an adverb with -ly ("knowingly" / "know", "deliberately" /
    "deliberate"), which WordNet's family links leave out for participles?"""
    return len(adverb) > 5 and adverb.endswith("ly") and english.known(adverb[:-2]) and word in english.lemmas(adverb[:-2])


def _en_verb_of(verb: str, adjective: str) -> bool:
    """Is ``verb`` the adjective made a verb with -en ("deepen" / "deep", "widen" / "wide",
    "redden" / "red")? Only of a gradable adjective, one with an opposite, which WordNet's family
    links leave out."""
    if len(verb) < 5 or not verb.endswith("en") or not adjective or adjective[0] != verb[0]:
        return False
    stem = verb[:-2]
    if adjective not in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        return False
    return bool(english.antonyms(adjective)) and english.can_be_verb(verb)


METONYM = 0.8  # "Washington" for the United States: a part standing for its whole
TITLED = 0.8  # a name of the claim's article title, which the claim leaves unsaid


def _written_in_lower_case(name: str, claim) -> bool:
    """Does the claim write a name of two words or more without its capitals ("new mexico")? Its
    words, in their order, whole."""
    words = name.casefold().split()
    if len(words) < 2:
        return False
    written = f" {' '.join(claim.text.replace(',', ' ').replace('.', ' ').split())} "
    return f" {' '.join(words)} " in written  # as written: in lower case, not inside a longer name


def name_within(place: str, longer: str) -> bool:
    """Is a place's name the opening of a longer name ("Leeds City Council") or what it is "of"
    ("the University of Leeds")? Not a name's inner words: "York" is not where "New York City
    Council" is."""
    return len(longer) > len(place) and (longer.startswith(place + " ") or longer.endswith((f" of {place}", f" of the {place}")))


def _named_wholes(claim, ancestors, places) -> set:
    """The claim's names but those it has only as what its places are part of (China for a claim
    about a centre in Pudong; not the United States for one about the "US Entity List")."""
    written = {m.name for m in claim.mentions}
    where = {n for n in written if n in places}
    only_placed = ancestors(where) - ancestors(written - where)
    return {n for n in claim.names | claim.voices if n in written or n not in only_placed}


def _in_title_text(name: str, title: str) -> bool:
    """Could the title name it? A word of the name in the title's text (a cheap test before reading
    the title for names)."""
    low = title.casefold()
    return any(len(word) > 2 and word in low for word in name.casefold().split())


def topic_title(title: str) -> bool:
    """Does the title name a topic ("2019 Major League Baseball season", "Titanic (1997 film)")
    rather than tell news ("Huawei opens research centre", "Huawei to build ...")? A headline has a
    verb in a form of its own, or "to" before one; every name of a topic title is what its claims are about."""
    raw = [w.strip(",.:;!?'\"()") for w in title.split()]
    words = [w.lower() for w in raw]
    # (in a title not written in title case, a capitalised word after another is a name's: "2023–24 Harton
    # United season")
    sentence_case = any(w[:1].islower() for w in raw[1:] if w.lower() not in STOPWORDS)
    for k, w in enumerate(words):
        if english.inflected_verb(w) and not w.endswith("ing") \
                and not (sentence_case and k and raw[k][:1].isupper() and raw[k - 1][:1].isupper()):
            return False  # "opens", "opened", "rises"
        if w == "to" and k + 1 < len(words) and english.can_be_verb(words[k + 1]):
            return False  # "Huawei to build"
    return True


def _title_stands_in(statement, claim, places) -> bool:
    """May the claim's article title say what the claim leaves unsaid? An article's claims are about
    what its title names without repeating it ("Daylight was released as the third single from the
    album" under "Overexposed (album)"), unless the claim opens with a name the statement does not give,
    or shares none with it: then that is what the claim is about ("Xiaomi opened a lab" under "Huawei
    opens ..."; a name told further on is not: "Roger Ebert gave the film four stars, believing that
    Warren Beatty ..." under "Dick Tracy (1990 film)"), unless the
    claim opens with the title's name ("Henry III (1207 – 1272) was King of England, Lord of Ireland"
    under "Henry III of England": its other names are what it tells of him)."""
    if _opens_with_title(claim) or _refers_to_its_subject(claim, statement):
        return True
    # (the name it opens with, or the subject of its verb after an opening phrase: "In 1985, Ana Ruiz, his
    # manager, signed the band")
    subject = claim.subject
    lead = next((m for m in claim.mentions if m.name == subject), None) if subject else _first_doer(claim)
    shared = False
    for m in claim.mentions:
        ours = next((s for s in statement.mentions if s.name == m.name or same_name(m.name, s.name, places)), None)
        if ours is None:
            # (a giver the claim leads with is not what it is about, unless the statement names another
            # giver: "Tom Reed gave it five stars" against "Ada Venn gave the novel five stars")
            if (m is lead and (not gives(claim, m) or any(gives(statement, s) for s in statement.mentions))) \
                    or _role_told(statement, claim, m):
                return False  # (the statement fills that name's role otherwise: "assumes him to be Ramu" /
                # "... to be Bangarraju", "originally titled Stop Me" / "... titled The Babysitter")
            continue  # (a name the claim tells further on, "... believing that Warren Beatty succeeded",
            # is not what it is about when its lead is the statement's: "Roger Ebert gave the film four stars")
        shared = True
        # the same name in another role, as its preposition marks it ("pilgrims from Kessel walk to
        # the abbey" against "pilgrims from the abbey walk to Kessel"): the title stands for another thing
        here, there = _preposition_before(statement, ours), _preposition_before(claim, m)
        if here and there and here != there:
            return False
    return shared or not any(not gives(claim, m) for m in claim.mentions)  # (a giver is not what it is about)


# the kinds of thing an article or a name is about: the heads of the descriptions an article's sentences call its
# subject by ("co-distribute the movie", "the band's third album"), and the nouns that say in apposition what a name
# is ("the film Dante's Peak", "the band Oasis")
_KINDS_OF_SUBJECT = frozenset("film movie album song single band group series show novel book game play opera musical "
                              "episode season character company firm club team party city town village school university "
                              "airport station ship festival tournament".split())
# the personal pronouns that open a sentence about an article's subject ("He spent three years at the club")
_SUBJECT_PRONOUNS = frozenset("he she it they".split())


def _refers_to_its_subject(claim, statement) -> bool:
    """Does the claim call what it is about by a description or a pronoun only ("Refinery29 signed with NEON to
    co-distribute the movie"; "He spent three years at the Riverside"), naming nothing that description could be? In
    an article, that is the article's subject, which its title names; unless the statement tells of that description
    itself ("Tom Reed signed the band" against "Ana Ruiz signed the band": the band is no Tom Reed)."""
    toks = claim.tokens
    if toks and toks[0].lower in _SUBJECT_PRONOUNS and toks[0].text[:1].isupper():
        return True  # (a sentence opening on "He", naming him nowhere before)
    told = {t.lemma for t in statement.tokens}
    for k in range(len(toks) - 1):
        head = toks[k + 1]
        if toks[k].lower == "the" and head.lower in _KINDS_OF_SUBJECT and not head.is_cap and head.lemma not in told \
                and not (k + 2 < len(toks) and (toks[k + 2].is_cap or toks[k + 2].lower == "of")):
            return True  # ("the film Titanic", "the club of his youth": the description is given its own name or whole)
    return False


# verbs whose subject hands its object to another (Levin 1993, 13.1 "give"; 13.3 "future having"): "Critico
# gave the first season a rating of 91%" is about the season, and the rating is the season's
GIVING = frozenset("give award grant assign".split())


def gives(analysis, mention) -> bool:
    """Is the name the subject of a verb of giving right after it ("Critico gave the film four stars")?"""
    k = mention.last + 1
    return k < len(analysis.tokens) and analysis.tokens[k].lemma in GIVING and analysis.verbal(k)


_SUBORDINATORS = frozenset("after before when while although though as since because if once until whereas".split())


def _first_doer(claim):
    """The subject of the main clause's first verb: a name right before it (past auxiliaries, adverbs or
    an appositive) that no preposition governs ("In 1985, Ana Ruiz, his manager, signed ...": Ana Ruiz;
    "After Daniel learns ..., Jonas leads them": Jonas, past the clause a subordinator opens); else the
    name the claim opens with, or None."""
    toks = claim.tokens
    start = 0
    if toks and toks[0].lower in _SUBORDINATORS:
        comma = claim.text.find(",")
        start = next((k for k, t in enumerate(toks) if t.start > comma), len(toks)) if comma >= 0 else len(toks)
    verb = next((k for k in range(start, len(toks)) if not toks[k].is_number and claim.verbal(k)), len(toks))
    asides = set_off_spans(claim.text)
    for m in claim.mentions:
        if m.first < start:
            continue
        if m.first >= verb:
            break
        if m.first and toks[m.first - 1].lower in _PREPOSITIONS_BEFORE:
            continue  # ("the Tarrow Trust bought it": a name after "the" may be the subject)
        # the verb's subject: the name right before it, past auxiliaries and adverbs and an aside set off
        # ("Ana Ruiz, his manager, signed"), not a name that modifies another noun ("nine home Premier
        # League games will be played")
        between = [t for t in toks[m.last + 1:verb] if not any(lo <= t.start < hi for lo, hi in asides)]
        gap = claim.text[m.end:toks[verb].start].strip() if verb < len(toks) else ""
        if all(t.lower in AUXILIARIES or t.lower in PREVERBAL_ADVERBS for t in between) \
                or (len(gap) > 1 and gap[0] == "," and gap[-1] == ","):  # (an appositive between: ", his manager,")
            return m
    return _lead_mention(claim) if start == 0 else None


_ROLE_REACH = 4  # tokens before a name whose words say its role ("originally titled", "assumes him to be")


def _role_told(statement, claim, mention) -> bool:
    """Does the statement fill the role the claim's name fills, with a name of its own: a word of those
    just before the claim's name, and a name right after it ("assumes him to be Bangarraju" against "...
    to be Ramu"), not the title's ("a room in Saw II"); the preposition before it, and a name the claim
    does not give after that ("bought ... from Kelby United" against "bought ... from Harlow Rovers");
    or does the statement tell the act the name does in the claim ("The Short Quay, which won the
    award" against "The Long Harbour won the award")?"""
    toks, s_toks = claim.tokens, statement.tokens
    before = {t.lemma for t in toks[max(0, mention.first - _ROLE_REACH):mention.first] if t.is_content and not t.is_cap}
    titled = claim.titled
    if any(t.lemma in before and any(i < m.first <= i + _ROLE_REACH and m.name not in titled for m in statement.mentions)
           for i, t in enumerate(s_toks)):
        return True
    preposition = toks[mention.first - 1].lower if mention.first else ""
    if preposition in _ROLE_PREPOSITIONS and any(
            t.lower == preposition and any(i < m.first <= i + 2 and m.name not in claim.names for m in statement.mentions)
            for i, t in enumerate(s_toks)):
        return True
    k = mention.last + 1  # the name's own verb: right after it, past a relative pronoun, auxiliaries and adverbs
    while k < len(toks) and (toks[k].lower in ("which", "who", "that") or toks[k].lower in AUXILIARIES
                             or toks[k].lower in PREVERBAL_ADVERBS):
        k += 1
    return k < len(toks) and claim.verbal(k) and toks[k].lemma in statement.content


_OPENING_REACH = 8  # tokens at a claim's start where an encyclopedia names its subject in full


def _opens_with_title(claim) -> bool:
    """Does the claim open by naming its article's subject, the title being one name: the words of
    the title's name (up to a lower-case word: "Henry III" of "Henry III of England") among its first
    words, before a bracket or a verb ("Henry III (1 October 1207 - ..." under "Henry III of England";
    "Augusta Ada King, Countess of Lovelace (née Byron; ...)" under "Ada Lovelace")? An encyclopedia's
    lead sentence names its subject so."""
    title = claim.title_name
    if not title:
        return False
    words = []
    for word in title.split():
        if not word[:1].isupper():
            break  # "of England", "(novel)": what tells it apart from others of the name
        words.append(word.lower())
    if not words or not claim.tokens or not claim.tokens[0].is_cap:
        return False
    opening = set()
    for k, tok in enumerate(claim.tokens[:_OPENING_REACH * 2]):
        bracket = "(" in claim.text[claim.tokens[k - 1].end if k else 0:tok.start]
        if bracket or (k and tok.is_content and not tok.is_cap and claim.verbal(k)):
            break  # the name ends at its bracket or at the lead's verb
        opening.add(tok.lower)
    return set(words) <= opening


_ROLE_PREPOSITIONS = frozenset("from to into by for with against of in at on".split())


def _preposition_before(analysis, mention) -> str:
    before = before_name(analysis.tokens, mention.first)
    word = analysis.tokens[before].lower if before >= 0 else ""
    return word if word in _ROLE_PREPOSITIONS else ""


def _weak_adjective(statement, i: int) -> bool:
    """Is the word the participle of a verb of intention or expectation used as an adjective ("the
    expected cost", "the planned line")? It says no more than the verb, which is no content ("expects
    the cost to reach"); as a verb ("she expected it to rise") it stays, for its polarity."""
    if i < 0 or statement.verbal(i):
        return False
    lower = statement.tokens[i].lower
    return lower.endswith("ed") and any(lemma in WEAK_WORDS for lemma in english.lemmas(lower))


def statement_terms(statement, weight) -> tuple:
    """What align reads of a statement, whatever the claim: (its words as (lemma, token index, word
    as written, weight, read as a verb), its names as (name, weight), the names it places things
    in). A statement checked against many claims is read once."""
    words = tuple((lemma, i, written, weight(lemma, written, _tells_an_act(statement, i)), statement.verbal(i))
                  for lemma, i, written in _as_written(statement) if not _weak_adjective(statement, i))
    names = tuple((name, weight(name) * NAME_WEIGHT) for name in sorted(statement.names))  # one order: sums follow it
    # who the statement says says something: only these may be a claim's source ("according to MIIT")
    speakers = frozenset(m.name for m in statement.speakers) | {voice_of(statement)} - {""}
    return words, names, {m.name for m in statement.locations} | _on_a_place(statement), speakers


def _on_a_place(statement) -> set:
    """The places the statement puts something "on" ("the Central Library on Castle Street"): where, told
    more narrowly than a whole the claim names (Dunsholt) says."""
    toks = statement.tokens
    return {m.name for m in statement.mentions if m.type == "place" and m.first > 0 and toks[m.first - 1].lower == "on"}


def _tells_an_act(analysis, i: int) -> bool:
    """Is the word a verb, or a verb's -ing form ("ruled out cutting council tax")?"""
    if i < 0:
        return False
    return analysis.verbal(i) or (analysis.tokens[i].lower.endswith("ing") and english.can_be_verb(analysis.tokens[i].lemma))


def _as_written(analysis) -> list:
    """(lemma, token index, the word as written in lower case) of each content word."""
    return [(lemma, i, analysis.tokens[i].lower if i >= 0 else "") for lemma, i in analysis.content.items()]


CLAIM_MEMO = 4096  # claims whose terms are kept (as many as the checker keeps analyses): a claim meets many statements
_claim_memo: dict = {}


def _claim_terms(claim, weight) -> tuple:
    """What align reads of a claim, whatever the statement: (its names and voices, its words as
    (lemma, word as written), its words and names with their weights, their total weight)."""
    key = (claim, weight)
    found = _claim_memo.get(key)
    if found is None:
        words = [(lemma, claim.tokens[i].lower if i >= 0 else "") for lemma, i in claim.content.items()]
        # the common words of its names say what they say: "the Ministry of Industry and Information
        # Technology" says "ministry" and "industry" ("China's industry ministry")
        words += sorted({(tok.lemma, tok.lower) for tok in _name_words(claim) if tok.lemma not in claim.content})
        # a causal connective says what "cause" says ("left the tracks because of worn points": caused by them)
        words += sorted({(tok.lemma, tok.lower) for tok in claim.tokens if tok.lower in _CAUSAL})
        # a closed compound says what its parts say ("chipmakers": chip, maker)
        words += sorted({(part, part) for lemma in claim.content for part in english.compound_parts(lemma)} - set(words))
        weighted = [(lemma, weight(lemma, written, _tells_an_act(claim, i))) for lemma, i, written in _as_written(claim)] + [
            (n, weight(n) * NAME_WEIGHT) for n in sorted(claim.names)]
        if len(_claim_memo) >= CLAIM_MEMO:
            _claim_memo.clear()
        found = _claim_memo[key] = (claim.names | claim.voices, words, weighted, sum(w for _, w in weighted) or 1.0)
    return found


def _name_words(claim) -> list:
    """The tokens of a claim's names that are common English words ("ministry", "association")."""
    toks = claim.tokens
    return [toks[i] for m in claim.mentions for i in range(m.first, m.last + 1)
            if i < len(toks) and toks[i].lower.isalpha() and len(toks[i].lower) > 2 and toks[i].is_content
            and english.common_word(toks[i].lower)]


# copular verbs (Quirk et al. 1985: current "remain", "stay"; resulting "become"): what they say is
# their complement's ("to become mayor", "remain steady"); a claim that says the complement says them
_COPULAS = frozenset(["become", "remain", "stay"])


def _copulas_said(links, statement) -> None:
    """Count a copular verb as said where the content word after it is (the links in place)."""
    at = {link.index: k for k, link in enumerate(links) if link.index >= 0}
    toks = statement.tokens
    for k, link in enumerate(links):
        if link.term not in _COPULAS or link.score >= ALIGNED:
            continue
        j = next((j for j in range(link.index + 1, min(len(toks), link.index + 3)) if j in at), None)
        if j is not None and links[at[j]].score >= ALIGNED and not toks[j].is_cap:
            links[k] = link._replace(score=FAMILY, other=links[at[j]].other)


# verbs that give a measure's level, as "be" does, when a figure follows them ("revenue stood at £84
# million", "came to", "reached", "is running at 3 per cent", "sits at", "numbers 90", "cost €320
# million", "totalled £4 million", "weighs 40 tonnes", "amounted to", "is averaging 6.2 tonnes"): the
# figure is the statement's matter, which the amount check compares; not "hit", which is as often an
# act ("hit 2,000 homes")
_MEASURE_COPULAS = frozenset("stand come reach run sit number top cost total weigh measure amount average".split())
_TO_A_LEVEL = frozenset("at to around about some nearly almost just over under roughly".split())
# verbs that bring a measure to a level ("bringing the total to 24", "took its tally to 41"; COBUILD,
# take: "if something takes a total to a particular amount, it brings it to that amount"), and the
# nouns of a measure they bring there: the figure after "to" is the measure's level, as after "reached"
_BRINGING_TO = frozenset(["bring", "take"])
_LEVEL_NOUNS = frozenset("total number tally count figure sum level".split())


def _measure_copulas_said(links, statement) -> None:
    """Count a verb of measure as said where a figure follows it (see _MEASURE_COPULAS), and a verb
    that brings a measure to a figure with the measure's noun (see _BRINGING_TO)."""
    toks, figured = statement.tokens, None
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.index < 0:
            continue
        # ("taking" is a noun's lemma too: its readings as a verb count)
        bringing = link.term in _BRINGING_TO or not _BRINGING_TO.isdisjoint(english.lemmas(toks[link.index].lower))
        if link.term not in _MEASURE_COPULAS and not bringing:
            continue
        figured = tokens_of(statement.quantities, toks) if figured is None else figured  # (read for a verb of measure only)
        if bringing:
            _level_brought_said(links, k, statement, figured)
            continue
        j = link.index + 1
        while j < len(toks) and toks[j].lower in _TO_A_LEVEL and j - link.index <= 2:
            j += 1
        # (a verb, or a word a figure follows as its object: "the plant cost 320 million euros")
        if j in figured and (statement.verbal(link.index) or _verb_form_of_clause(statement, link.index)
                             or (j == link.index + 1 and link.index > 0 and toks[link.index - 1].is_content)):
            links[k] = link._replace(score=FAMILY, other="be")


def _verb_form_of_clause(analysis, i: int) -> bool:
    """Is token i a participle that opens a clause set off by a comma (", reaching 41") or an
    infinitive ("to reach 41")? Verbs, both, which ``verbal`` reads only after a form of "be"."""
    toks = analysis.tokens
    if i == 0:
        return False
    if toks[i - 1].lower == "to":
        return True
    return toks[i].lower.endswith("ing") and "," in analysis.text[toks[i - 1].end:toks[i].start]


def _level_brought_said(links, k: int, statement, figured) -> None:
    """"bringing the total to 24": count the verb and the measure's noun as said (the links in place)."""
    toks, at = statement.tokens, links[k].index
    noun = next((j for j in range(at + 1, min(len(toks), at + 4)) if toks[j].lower in _LEVEL_NOUNS), None)
    if noun is None or noun + 2 >= len(toks) or toks[noun + 1].lower != "to" or noun + 2 not in figured:
        return
    if any(toks[j].lower not in DETERMINERS for j in range(at + 1, noun)):
        return  # "took the council's total": whose, the words between say, and they are read as they are
    links[k] = links[k]._replace(score=FAMILY, other="be")
    for m, link in enumerate(links):
        if link.index == noun and link.score < ALIGNED:
            links[m] = link._replace(score=FAMILY, other="be")


def _verbs_said_otherwise(links, claim) -> None:
    """Count as said (the links in place): a light verb the statement reads as its content ("no
    dividend will be paid", a passive with no noun to carry the meaning) where the claim's own clauses
    have the same verb, which it reads as light ("would not pay a dividend"); an event's occurring
    ("took place") where they tell it held or staged; and a general verb of heading ("has led", "runs")
    where the claim tells a way of heading, as a verb ("has chaired") or as the head's post ("has been
    chief executive of", "Tom Reed, chairman of ..."): chairing or being chief executive is leading."""
    asides = None
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name:
            continue
        if link.term in _HEADS:
            said, own_clauses = _WAYS_OF_HEADING, False  # (a post is often told aside: "Tom Reed, chairman of")
        else:
            said, own_clauses = {link.term} if link.term in LIGHT_VERBS else _HOSTING if link.term in _OCCURRING else (), True
        if not said:
            continue
        if own_clauses and asides is None:
            asides = set_off_spans(claim.text)
        # (the claim's own verb, not one of a clause set off in it: "... Fund, which pays for insulation")
        verb = next((tok.lemma for tok in claim.tokens if tok.lemma in said
                     and not (own_clauses and any(a <= tok.start < b for a, b in asides))), None)
        if verb is not None:
            links[k] = link._replace(score=1.0 if verb == link.term else FAMILY, other=verb)


HOLDING = frozenset("keep hold maintain".split())  # "kept its rate at 3.5%": held where it was
_NO_CHANGE = frozenset("unchanged steady flat stable".split())
HOLDING_REACH = 7  # tokens from the verb to its "at": "held its main rate at", "kept its main interest rate at"


def _holds_a_level(analysis) -> bool:
    """Does the text tell a level held, a verb of holding with "at" and a figure after its object ("kept its
    main interest rate at 3.5 per cent")?"""
    toks = analysis.tokens
    return any(tok.lemma in HOLDING and any(toks[k].lower == "at" and k + 1 < len(toks) and toks[k + 1].is_number
                                           for k in range(j + 1, min(len(toks) - 1, j + HOLDING_REACH + 1)))
               for j, tok in enumerate(toks))


def _levels_held_said(links, statement, claim) -> None:
    """Count "left its rate unchanged at 3.5%" ("unchanged", "steady", and the "left" or "kept" that holds
    it so) as said by a claim that tells the level held, "kept its rate at 3.5%" (the links in place)."""
    if not any(link.term in _NO_CHANGE and link.score < ALIGNED for link in links) or not _holds_a_level(claim):
        return
    for k, link in enumerate(links):
        if link.score < ALIGNED and (link.term in _NO_CHANGE or (link.term in HOLDING | {"leave"} and link.is_verb)):
            links[k] = link._replace(score=FAMILY, other="keep")


def _defeats_said(links, statement, claim) -> None:
    """Count "lost (the final) to Felby Rovers" as said by "were beaten by Felby Rovers", and the other way round:
    a verb of winning in the passive tells its subject's defeat (the links in place; who beat whom is the
    actors' check)."""
    toks = statement.tokens
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name or link.index < 0:
            continue
        if link.term == "lose":
            told = any(tok.lemma in WINNING and after_be(claim.tokens, j) for j, tok in enumerate(claim.tokens))
        elif link.term in WINNING and after_be(toks, link.index):
            told = any(tok.lemma == "lose" and claim.verbal(j) for j, tok in enumerate(claim.tokens))
        else:
            continue
        if told:
            links[k] = link._replace(score=FAMILY, other="lose")


def _acts_told_otherwise(links, statement, claim, weight) -> None:
    """Weigh a common verb the claim does not say as English weighs it (see index.Weighing.telling)
    where the claim tells an act of its own that the statement does not say, which may be the same
    act in other words ("came out on 12 March" / "a report of 12 March"; "took £1.2m" / "stole
    £1.2m"), but not its opposite ("cut" / "raise"). Where the claim tells no other act, the
    statement's verb adds one ("was born in 1950" / "MP from 1950"), and weighs in full."""
    said = {link.other for link in links if link.score >= ALIGNED}
    own = [tok.lemma for k, tok in enumerate(claim.tokens) if tok.is_content and _tells_an_act(claim, k)
           and tok.lemma not in LIGHT_VERBS and tok.lemma not in REPORTING and tok.lemma not in said]
    if not own:
        return
    for k, link in enumerate(links):
        if link.is_name or link.score >= ALIGNED or not _tells_an_act(statement, link.index):
            continue
        opposed, way = opposite_words(link.term), _way_of_change(link.term)
        if any(verb in opposed or (way and _way_of_change(verb) not in ("", way)) for verb in own):
            continue
        written = statement.tokens[link.index].lower
        links[k] = link._replace(weight=min(link.weight, weight(link.term, written)))


def _way_of_change(lemma: str) -> str:
    """'up' or 'down' for a verb of change in amount, "cut" and "lower" too (which opposite_words
    leaves to the uses it can check: "job cuts"); else ''."""
    return way_of(lemma) or ("down" if lemma in CUT else "")


_HEADS = frozenset(["lead", "run", "head"])
# verbs of heading a body, and the nouns of its head's post ("chief" of "chief executive")
_WAYS_OF_HEADING = _HEADS | frozenset("chair chairman chairwoman chief director manage manager captain coach editor "
                                      "govern governor president principal leader boss".split())


# an event's occurring ("the festival took place") is told as its holding ("was held", "was staged")
_OCCURRING = frozenset(["occur", "happen"])
_HOSTING = frozenset(["hold", "stage", "host", "occur", "happen"])


_MEMBERSHIP = frozenset(["member", "membership"])


# verbs of giving an amount, whose subject is where the amount comes from ("a national grant is providing
# £12m", "the council is contributing £3m"): the converse of "£12m comes from a national grant"
_GIVING = frozenset("provide contribute give donate fund pay supply invest".split())


def _givings_said(links, statement, claim) -> None:
    """Count a verb of giving an amount as said where the claim tells a figure of the same kind coming
    "from" somewhere ("£12m comes from a national grant and £3m from the county council") (the links in
    place). Whose the source is, the names and words after "from" must still say."""
    if not any(link.term in _GIVING and link.score < ALIGNED for link in links):
        return  # (most statements give nothing: the claim's sources are read only for one that does)
    sources = {source for q in claim.quantities for sq in statement.quantities
               if q.unit == sq.unit and abs(q.value - sq.value) <= 1e-9 * max(1.0, abs(q.value))
               for source in [amount_source(claim, q)] if source}
    for k, link in enumerate(links):
        if link.term in _GIVING and not link.is_name and link.score < ALIGNED \
                and any(_gives_first(statement, source, link.index) for source in sources):
            links[k] = link._replace(score=FAMILY, other="from")


def _gives_first(statement, source: str, at: int) -> bool:
    """Does the statement name the claim's source (a name, or a noun's lemma) before its verb of giving at
    ``at``, as the giver ("the National Lottery is providing ...")?"""
    return any(m.name == source and m.last < at for m in statement.mentions) or statement.content.get(source, at) < at


_COMES_FROM_RE = lazy(r",?\s+(?:(?:comes?|came|will\s+come|is\s+coming)\s+)?from\b", re.I)


def amount_source(claim, q) -> str:
    """Where the figure is told as coming from ("£3m from Kenmarsh County Council": that name; "£12m comes
    from a national grant": the lemma of the phrase's head, grant), or ""."""
    where, start = claim.where(q.start)
    found = _COMES_FROM_RE.match(where.text, start + (q.end - q.start)) if start >= 0 else None
    if not found:
        return ""
    after = found.end()
    named = next((m.name for m in where.mentions if m.start >= after and where.text[after:m.start].strip().lower() in ("", "the", "a", "an")), "")
    if named:
        return named
    toks = [t for t in where.tokens if t.start >= after]
    k = 0
    while k < len(toks) and toks[k].lower in DETERMINERS:
        k += 1
    while k + 1 < len(toks) and toks[k + 1].is_content and not toks[k + 1].is_cap and toks[k + 1].lower.isalpha():
        k += 1  # "a national flood-defence grant": its head
    return toks[k].lemma if k < len(toks) and toks[k].is_content else ""


def _membership_said(links, claim) -> None:
    """Count "membership" (or "members") as said where the claim tells what a body is made up of
    ("is composed of 774 organisations", "consists of", "counts ... among its members"): the relation
    it tells is membership ("its membership comprises 774 organisations")."""
    if not any(tok.lemma == HAVE for tok in claim.tokens):
        return
    for k, link in enumerate(links):
        if link.term in _MEMBERSHIP and link.score < ALIGNED and not link.is_name:
            links[k] = link._replace(score=FAMILY, other=HAVE)


def _changes_said(links, statement, claim) -> None:
    """Count a verb of change in amount, or a comparative telling which way a figure goes ("12 per
    cent fewer"), as said where the claim tells the same change in other words: another verb of
    its direction ("grew" / "rose"), "up" / "down" before a figure, or its figures "from A to B"
    (the links in place). Which way is compared by agreement; here only that the claim tells of a
    change that way."""
    compared = {at: way for way, at in (figure_way(statement, q) for q in statement.quantities) if way}
    compared.update(comparatives_over_time(statement))  # "fewer burglaries than a year earlier"
    denied = None
    for k, link in enumerate(links):
        way = (_way_of_change(link.term) or compared.get(link.index, "")) if link.score < ALIGNED and not link.is_name else ""
        if not way:  # ("is being cut by a quarter" tells a fall, as "will fall" does)
            continue
        if link.term in statement.negated:
            # a change denied is said by the claim's denial of a change that way ("spared the fare increase" /
            # "fares will not rise"); whether both deny it, polarity reads
            denied = {way_of(tok.lemma) for tok in claim.tokens if tok.lemma in claim.negated} if denied is None else denied
            if way in denied:
                links[k] = link._replace(score=FAMILY, other=way)
        elif way in ways_told(claim):
            links[k] = link._replace(score=FAMILY, other=way)


# support verbs (Mel'čuk's lexical functions of an event noun) whose subject is the event's doer (Oper1:
# "made 42 seizures", "carried out 40 raids", "conducted 300 inspections", "brought 40 prosecutions",
# "issued 2,000 fines", "launched 12 investigations"), its time ("2024 saw 40
# arrests") or its cause (Caus: "the fire caused two deaths", "led to three deaths"): the event is the
# noun's, the verb says only that it was done, happened or was brought about. Not those whose subject
# undergoes it ("suffered", "underwent", "got"): who that is, the claim's verb tells otherwise (a
# passive's subject, for those below).
_SUPPORT_VERBS = (LIGHT_VERBS - {"get"}) | {"perform", "conduct", "undertake", "bring", "launch", "issue", "impose", "stage",
                                             "mount", "file", "lodge", "see", "cause"}
# support verbs whose subject undergoes the event (Oper2: "suffered serious injuries", "sustained
# damage", "underwent surgery"): the event is the noun's, told of its subject as a passive tells it
# ("was seriously injured", "was damaged"); only a passive of the claim's says the same
_UNDERGOING_VERBS = frozenset(["suffer", "sustain", "undergo"])
_SUPPORT_PREPOSITIONS = {"lead": "to", "result": "in"}
_CAUSES = frozenset(["cause", "lead", "result"])  # "led to three deaths", "resulted in 40 arrests"
_SUPPORT_OBJECT_REACH = 5  # tokens from a support verb to the end of its object's noun phrase ("two serious road deaths")


def _verb_of_figure(analysis, i: int) -> bool:
    """Does token i read as a verb: as the analysis reads it, or a word that can be a verb right before
    a figure, its object ("has cut 120 jobs", "put 40 staff on leave"), where no determiner makes it a noun?"""
    if analysis.verbal(i):
        return True
    toks = analysis.tokens
    return 0 < i < len(toks) - 1 and (toks[i + 1].is_number or toks[i + 1].lower in NUMBER_WORDS) \
        and toks[i - 1].lower not in DETERMINERS and not toks[i].is_cap and english.can_be_verb(toks[i].lower)


def object_head(analysis, j: int, reach: int) -> int:
    """The index of the last noun of the noun phrase that starts at token ``j`` (past determiners and
    figures: "42 firearms seizures" -> seizures, "two deaths" -> deaths, "serious injuries" -> injuries),
    within ``reach`` tokens; -1 when none."""
    toks = analysis.tokens
    head = -1
    for m in range(j, min(len(toks), j + reach)):
        tok = toks[m]
        if tok.is_content and not tok.is_cap and tok.lower.isalpha() and not analysis.verbal(m):
            head = m
        elif head >= 0 or not (tok.lower in DETERMINERS or tok.is_number or tok.lower in NUMBER_WORDS):
            break
    return head


def _support_verbs_said(links, statement, claim) -> None:
    """Count a support verb as said where the noun it governs names an event the claim tells by a verb
    ("made 42 firearms seizures" / "seized 42 firearms"; "the fire caused two deaths" / "two people
    died in the fire") (the links in place). Where the claim has the noun too, its own verb is what
    the statement's must match ("recorded 42 seizures" is not "made" them)."""
    toks = statement.tokens
    claim_verbs = None
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name or not link.is_verb:
            continue
        j = link.index + 1
        preposition = _SUPPORT_PREPOSITIONS.get(link.term)
        undergoing = link.term in _UNDERGOING_VERBS
        if link.term == "order" and j + 1 < len(toks) and toks[j].lower == "to" and toks[j + 1].lemma == "pay":
            j += 2  # "was ordered to pay a £3.2m fine": what the one ordered undergoes, as "was fined £3.2m" tells it
            undergoing = True
        elif preposition is not None:
            if j >= len(toks) or toks[j].lower != preposition:
                continue
            j += 1
        elif link.term not in _SUPPORT_VERBS and not undergoing:
            continue
        if link.term in _CAUSES and any(other.score < ALIGNED for other in links
                                        if not other.is_name and 0 <= other.index < link.index):
            continue  # "a crash caused two deaths": the cause is what it tells, and the claim must tell it
        head = object_head(statement, j, _SUPPORT_OBJECT_REACH)  # "42 firearms seizures" -> seizures
        if head < 0:
            continue
        if claim_verbs is None:
            claim_verbs = sorted({tok.lemma for i, tok in enumerate(claim.tokens) if tok.lemma and _verb_of_figure(claim, i)})
        event = toks[head].lemma
        verbs = _passive_verbs(claim) if undergoing else claim_verbs
        told = max(((word_similarity(event, verb), verb) for verb in verbs), default=(0.0, ""))
        if told[0] >= ALIGNED:
            links[k] = link._replace(score=told[0], other=told[1])


def undergone_events(analysis) -> list:
    """(index, event) of each verb of undergoing with an event noun for object ("suffered serious
    injuries": the index of "suffered", "injury"): its subject is the event's patient, not its doer."""
    toks = analysis.tokens
    out = []
    for i, tok in enumerate(toks):
        if tok.lemma in _UNDERGOING_VERBS and analysis.verbal(i):
            head = object_head(analysis, i + 1, _SUPPORT_OBJECT_REACH)
            if head >= 0:
                out.append((i, toks[head].lemma))
    return out


def after_be(tokens, k) -> bool:
    """Is the word at k after a form of "be", an adverb or two between ("was seriously injured", "were not
    damaged"): a participle of the passive, where it can be one?"""
    return any(tokens[j].lower in BE_FORMS for j in range(max(0, k - 3), k))


def _passive_verbs(analysis) -> list:
    """The lemmas of the participles a form of "be" governs (see after_be)."""
    toks = analysis.tokens
    return sorted({english.lemma(tok.lower) for i, tok in enumerate(toks) if tok.is_content and tok.lower.endswith(("ed", "en", "t"))
                   and english.can_be_verb(tok.lower) and after_be(toks, i)})


# nouns that name the count of what they are said of: "passenger numbers", "the number of patients"
_COUNT_HEADS = frozenset(["number", "total", "count", "tally"])


# nouns that name a share, which a figure in per cent gives: "the share of sites rated good"
_SHARE_HEADS = frozenset(["share", "proportion", "percentage", "fraction"])


def _counts_said(links, statement, claim) -> None:
    """Count "numbers" in "passenger numbers" ("the number of passengers") as said where the claim
    counts those passengers: a figure of passengers is their number; and "the share of" (or a "rate"
    beside a figure in per cent) where the claim gives a share in per cent (the links in place)."""
    counted = {english.lemma(q.noun.lower()) for q in claim.quantities if q.noun}
    shares = any(q.unit == "%" for q in claim.quantities)
    toks = statement.tokens
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.index < 0:
            continue
        if shares and (link.term in _SHARE_HEADS or (link.term == "rate" and _beside_a_percentage(statement, link.index))):
            links[k] = link._replace(score=FAMILY, other="%")  # ("its cancellation rate of 3.8%" is the 3.8% of
            continue  # flights cancelled; not "a rate of £12 an hour")
        if link.term not in _COUNT_HEADS or not counted:
            continue
        i = link.index
        for tok in ([toks[i - 1]] if i > 0 else []) + _of_phrase(toks, i):
            if tok.is_content and tok.lemma in counted:
                links[k] = link._replace(score=FAMILY, other=tok.lemma)
                break


def _beside_a_percentage(analysis, i: int) -> bool:
    """Is there a figure in per cent within a few words of the token at i ("rate of 3.8%", "a 3.8% rate")?"""
    tok = analysis.tokens[i]
    # (the characters between them, whichever comes first)
    return any(q.unit == "%" and q.start >= 0 and max(q.start - tok.end, tok.start - q.end) <= _RATE_REACH
               for q in analysis.quantities)


_RATE_REACH = 12  # characters between "rate" and its figure: " of ", " was ", " stood at "


def _of_phrase(toks, i) -> list:
    """The content words of the noun phrase "of" opens after the word at i, up to its head: "the
    number of weekday passengers" gives weekday, passengers (past a determiner: "of its staff")."""
    if i + 1 >= len(toks) or toks[i + 1].lower != "of":
        return []
    start = i + 2 + (i + 2 < len(toks) and toks[i + 2].lower in DETERMINERS)  # "the number of its staff"
    out = []
    for tok in toks[start:start + _OF_PHRASE_REACH]:
        if not tok.is_content:
            break
        out.append(tok)
    return out


_OF_PHRASE_REACH = 3  # "the number of full-time hospital staff": a head after two words before it


# verbs that say something of a thing ("called it the most important decision", "described it as
# a disaster"): the same saying as the claim's "said it was ..."
_SAYING_OF = frozenset(["call", "describe"])
_SAYING = frozenset(["say", "state", "tell", "add", "write"])
# verbs that report a clause as their subject's claim (Searle's assertives), each a way of saying it: "maintained
# that it had not paid" is a saying that it had not (with a clause after it: "maintained the road" is no saying);
# not the factives "admit", "acknowledge", "concede", which assert that it is so, against the speaker's will
_ASSERTING = frozenset("maintain assert reiterate declare conclude contend allege".split())
_CLAUSE_OPENERS = frozenset("that it they he she we there".split())
# verbs of saying what will come (Searle's assertives about the future): "predicted that prices would
# rise" is a saying that they would; only of a claim whose saying is of what is to come
_SAYING_AHEAD = frozenset(["predict", "forecast"])


def _last_said(links, statement, claim) -> None:
    """Count "last" before a verb ("its drivers last struck in 2009") as said by a claim that tells the
    first since a year ("the first strike since 2009"): the last before the first since then (the
    years are compared by agreement)."""
    if not any(d.relation == "since" for d in claim.calendar_dates) or not any(t.lower == "first" for t in claim.tokens):
        return
    toks = statement.tokens
    for k, link in enumerate(links):
        if link.term == "last" and link.score < ALIGNED and 0 <= link.index < len(toks) - 1 and statement.verbal(link.index + 1):
            links[k] = link._replace(score=FAMILY, other="first")


def _sayings_said(links, statement, claim) -> None:
    """The verb of a statement that opens on who said it ("Stuart Venn called it ...", "Alison Freer
    warned that ...") is said by a claim that has that voice saying it ("Stuart Venn said it was
    ..."): the saying, told two ways."""
    # (who the statement says speaks: the name it opens on saying it, or one it credits: "..., Mara Delgado insisted")
    voices = ({voice_of(statement)} | {m.name for m in statement.speakers}) - {""}
    claim_voices = claim.voices | {m.name for m in claim.speakers} | {voice_of(claim)}
    # (a denial of a clause is a saying of its negation: "denied that any patient had come to harm" says that none had)
    sayings = [k for k, t in enumerate(claim.tokens) if t.lemma in _SAYING or (t.lemma in _SAYING_OF and _says_of(claim.tokens, k))
               or (t.lemma == "deny" and _says_a_clause(claim.tokens, k))]
    if not sayings:
        return  # (the claim's own saying may be one of a thing: "called it a sticking plaster" for "described it as")
    # (the claim's voice: its attribution, a speaker it names, or the name it opens on saying it; or, where
    # neither names one, a speaker told by a common noun, the same in both: "the trust insists" / "the trust said")
    spoken_by = {_speaker_noun(claim, k) for k in sayings} - {""}
    if not voices & claim_voices and not spoken_by:
        return
    ahead = claim.modality == FUTURE
    for k, link in enumerate(links):
        # ("forecast" is read as a noun as often as a verb: the saying either way)
        if link.score < ALIGNED and link.index >= 0 and (ahead and link.term in _SAYING_AHEAD or link.is_verb and (
                link.term in SAYING_IN_A_MANNER or (link.term in _SAYING and _says_a_clause(statement.tokens, link.index))
                or (link.term in _SAYING_OF and _says_of(statement.tokens, link.index))
                or (link.term in _ASSERTING and _a_clause_after(statement.tokens, link.index)))) \
                and (voices & claim_voices or _speaker_noun(statement, link.index) in spoken_by):
            links[k] = link._replace(score=FAMILY, other="say")


def _speaker_noun(analysis, at: int) -> str:
    """The lemma of the noun right before a verb of saying, its subject's head past auxiliaries and adverbs ("the
    trust insists", "the council has repeatedly said"); "" where a pronoun or nothing stands there."""
    toks = analysis.tokens
    k = at - 1
    while k >= 0 and (toks[k].lower in AUXILIARIES or toks[k].lower.endswith("ly") or toks[k].lower in ("also", "again", "still")):
        k -= 1
    if k < 0 or not toks[k].is_content or analysis.verbal(k) or "," in analysis.text[toks[k].end:toks[at].start]:
        return ""
    return english.lemma(toks[k].lower)  # (a name's head too: "the Pelsingham Hospitals NHS Trust said" / "the trust")


# what credits figures or a report to a name: "on the Selvendale Herald's figures", "by the Gazette's
# account", "the Mercury reported"
_CREDIT_NOUNS = frozenset("figure account estimate count reckoning report reporting analysis calculation survey data tally".split())
_CREDITED_AFTER_RE = lazy(r"(?:(?:['\u2019]s?)?\s+(?:own\s+)?(?:" + "|".join(sorted(_CREDIT_NOUNS)) + r")s?\b"
                          r"|\s+(?:has\s+|had\s+)?reported\b)", re.I)


_NOBODY_RE = lazy(r"\b(?:nobody|no one|no-one)\b", re.I)


def _persons_said_by_nobody(links, statement, claim) -> None:
    """Count as said a noun of persons that opens the statement as its subject ("A worker was injured") where the
    claim tells the same act of nobody ("Nobody was hurt"): "nobody" is every person, the worker among them, and
    which of the two is so the polarity decides (the links in place)."""
    if _NOBODY_RE.search(claim.text) is None:
        return
    toks = statement.tokens
    verb = next((k for k in range(len(toks)) if statement.verbal(k)), len(toks))
    for k, link in enumerate(links):
        if link.score < ALIGNED and not link.is_name and not link.is_verb and 0 <= link.index < verb \
                and english.names_a_person(link.term):
            links[k] = link._replace(score=FAMILY, other="nobody")


def _credit_words_said(links, statement, claim) -> None:
    """The noun that credits the claim's own outlet ("by the Kelby Courier's account") is said by the
    claim it published: who reported it, told as the claim's source tells it (the links in place)."""
    if not claim.outlet:
        return
    credited = [m for m in statement.mentions if same_name(m.name, claim.outlet) and _CREDITED_AFTER_RE.match(statement.text, m.end)]
    if not credited:
        return
    after = {m.last + k for m in credited for k in (1, 2)}
    for k, link in enumerate(links):
        if link.score < ALIGNED and not link.is_name and link.index in after and link.term in _CREDIT_NOUNS:
            links[k] = link._replace(score=1.0, other=claim.outlet)


def _credited(statement, name: str) -> bool:
    """Does the statement credit what it tells to the name ("On the Selvendale Herald's figures, ...")?"""
    return any(m.name == name and _CREDITED_AFTER_RE.match(statement.text, m.end) for m in statement.mentions)


def _a_clause_after(tokens, at: int) -> bool:
    """Does a clause follow the verb at ``at``, opened by "that" or a pronoun subject ("maintains it did not")?"""
    return at + 1 < len(tokens) and tokens[at + 1].lower in _CLAUSE_OPENERS and not auxiliary_before(tokens, at, BE_FORMS)


def _says_a_clause(tokens, at: int) -> bool:
    """Does the plain verb of saying at ``at`` report what its subject said: not a passive ("was told
    growth would slow": someone else told), and, for "add" and "write", with "that" after it (not "added
    300 jobs", "wrote a report")?"""
    if auxiliary_before(tokens, at, BE_FORMS):
        return False  # ("was later told", "were also told")
    nxt = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    if tokens[at].lemma in ("add", "write"):
        return nxt == "that"
    return not (tokens[at + 1].is_number if at + 1 < len(tokens) else True)


# the dimension a unit measures, named by the adjective of a comparative bound ("waited longer than 12
# hours", "heavier than 40 tonnes"): a length of time is long or short, a weight heavy or light, whatever
# the claim calls them; a distance may be long, tall or wide, which the claim's words must say
_DIMENSION_OF_UNITS = {"longer": DURATION_UNITS, "shorter": DURATION_UNITS, "heavier": _WEIGHTS, "lighter": _WEIGHTS}


def _dimensions_said(links, statement) -> None:
    """Count the adjective of a comparative bound as said where its figure's unit has only that
    dimension ("waited longer than 12 hours" says no more than "more than 12 hours") (the links in place)."""
    toks = statement.tokens
    for k, link in enumerate(links):
        units = _DIMENSION_OF_UNITS.get(toks[link.index].lower) if 0 <= link.index < len(toks) else None
        if units is None or link.score >= ALIGNED or link.index + 1 >= len(toks) \
                or toks[link.index + 1].lower != "than":
            continue
        at = toks[link.index + 1].start
        q = next((q for q in statement.quantities if q.start == at), None)
        if q is not None and english.lemma((q.noun or "").lower()) in units:
            links[k] = link._replace(score=FAMILY, other=q.noun)


def _classifiers_said(links, statement, claim) -> None:
    """Count a noun that says what kind of thing the name after it is ("in the film Dante's Peak", "the album Black
    and Blue") as said where the claim says the name, or its article's title does: a classifier in apposition to a
    name tells what the name already names (Quirk et al. 1985, 17.93), and a claim under that name need not (the
    links in place)."""
    toks = statement.tokens
    starts = {m.first: m.name for m in statement.mentions}
    told = set(claim.names) | ({claim.title_name} if claim.title_name else set())
    for k, link in enumerate(links):
        i = link.index
        if link.is_name or link.score >= ALIGNED or not 0 <= i < len(toks) - 1 or toks[i].is_cap or i + 1 not in starts:
            continue
        name = starts[i + 1]
        if i > 0 and toks[i - 1].lower in ("the", "a", "an") and toks[i].lemma in _KINDS_OF_SUBJECT and name in told:
            links[k] = link._replace(score=TITLED, other=name)


# nouns that say no more of a sum of money than that it is one: "the cost of the damage", "the value of
# the deal", where the sum is given (Quirk et al. 17.104: a noun of measure heads the phrase its figure fills)
_SUM_NOUNS = frozenset("cost price value sum amount figure".split())


def _sums_said(links, statement, claim) -> None:
    """Count a noun that names a sum of money as said where the statement's sum is one the claim gives
    ("puts the cost of the damage at about £8.5m" / "estimated the damage at £8.5 million"); what it is
    the cost of the other words must still say (the links in place)."""
    toks = statement.tokens
    sums = [q for q in statement.quantities if q.unit in CURRENCY_CODES]
    if not sums or not any(link.term in _SUM_NOUNS and link.score < ALIGNED for link in links):
        return
    claimed = [c for c in claim.quantities if c.unit in CURRENCY_CODES and c.start >= 0
               and any(s.unit == c.unit and quantity_parser.relation(s, c) == "supports" for s in sums)]
    if not claimed:
        return
    # the words just before each such sum of the claim's: what it is the sum of ("estimated the damage at")
    before = set()
    for c in claimed:
        at = next((j for j, t in enumerate(claim.tokens) if t.start >= c.start), len(claim.tokens))
        for j in range(at - 1, max(-1, at - 1 - _SUM_REACH), -1):
            if any(ch in claim.text[claim.tokens[j].end:claim.tokens[j + 1].start if j + 1 < len(claim.tokens) else c.start] for ch in ",;:"):
                break  # (within its clause: "For the bridge repairs, the council has set aside £2 million" is no cost)
            if claim.tokens[j].is_content:
                before.add(claim.tokens[j].lemma)
    for k, link in enumerate(links):
        if link.term in _SUM_NOUNS and link.score < ALIGNED and not link.is_verb and 0 <= link.index < len(toks) \
                and not statement.verbal(link.index) and _sum_of(toks, link.index) in before:
            links[k] = link._replace(score=FAMILY, other=link.term)


_SUM_REACH = 6  # words before a claim's sum, in its clause, that say what it is of ("estimated the damage to its boatyard at")


def _sum_of(toks, k: int) -> str:
    """The head of the phrase after "of" that a sum noun at k names the sum of ("the cost of the fire
    damage": damage), "" if none."""
    if k + 1 >= len(toks) or toks[k + 1].lower != "of":
        return ""
    j = k + 2
    while j < len(toks) and toks[j].lower in DETERMINERS:
        j += 1
    head = ""
    while j < len(toks) and toks[j].is_content and not toks[j].is_number and not toks[j].is_cap:
        head, j = toks[j].lemma, j + 1
    return head


def _informings_said(links, claim) -> None:
    """Count a verb of informing (see _INFORMING) as said where the claim informs with one, which its
    content may leave out as a verb of saying ("had not told the agency about the spills") (the links
    in place): what was told and to whom, the other words must still say."""
    told = next((t.lemma for k, t in enumerate(claim.tokens) if t.lemma in _INFORMING and claim.verbal(k)), None)
    if told is None:
        return
    for k, link in enumerate(links):
        if link.score < ALIGNED and link.is_verb and link.term in _INFORMING:
            links[k] = link._replace(score=FAMILY, other=told)


_NOUN_PHRASE_OPENERS = frozenset(["the", "a", "an"])
_OBJECT_PRONOUNS = frozenset("it them him her this that".split())
_PREPOSITIONS_BEFORE = frozenset("of for in on at to with from by about over".split())


def _says_of(tokens, at: int) -> bool:
    """Does the verb at ``at`` say something of a thing: "called it the most important decision",
    "called the approval the best news" (an object, then what it is called), "described it as ...",
    or ask for it ("called for the levy to be scrapped")?
    Not "called a vote on the merger", "called the council to act" (calling, not saying)."""
    if tokens[at].lemma == "describe":
        return any(t.lower == "as" for t in tokens[at + 1: at + 12])
    first = at + 1
    if first >= len(tokens):
        return False
    if tokens[first].lower == "for":
        return True  # "called for the levy to be scrapped": said it should be
    if tokens[first].lower in _OBJECT_PRONOUNS:
        return first + 1 < len(tokens) and tokens[first + 1].lower in _NOUN_PHRASE_OPENERS
    if tokens[first].lower not in _NOUN_PHRASE_OPENERS and not tokens[first].is_cap:
        return False
    for k in range(first + 1, min(len(tokens), first + 10)):
        low = tokens[k].lower
        if low == "to":
            return False  # "called the council to act": asked it
        if low in _NOUN_PHRASE_OPENERS and tokens[k - 1].lower not in _PREPOSITIONS_BEFORE:
            return True  # a second noun phrase after the first, no preposition between: what the first is called
    return False


def _references_said(links, statement) -> None:
    """Count a definite description that refers back to a name of the sentence as said where that
    name is ("A Huawei spokesperson said the company has no choice": the company is Huawei, whom the
    claim names): "the company", "the firm", "the country" after a name of that kind (the links in place)."""
    said_names = {link.term for link in links if link.is_name and link.score >= ALIGNED}
    if not said_names:
        return
    toks = statement.tokens
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name or link.index <= 0:
            continue
        kind = "org" if link.term in GENERAL_ORG_NOUNS else "place" if link.term in PLACE_NOUNS else ""
        j = link.index - 1
        while kind and j > 0 and toks[j].lower in DESCRIPTIVE_MODIFIERS:
            j -= 1  # "the Chinese firm", "the tech giant"
        if not kind or toks[j].lower != "the":
            continue
        before = [m for m in statement.mentions if m.last < j and m.name in said_names and m.type in (kind, "")]
        if before:
            links[k] = link._replace(score=FAMILY, other=before[-1].name)


# nouns of a kind of work, or of a part in one, set close before its name ("the movie Sorority Row", "the
# character Claire"): a close apposition that classifies the name (Quirk et al. 1985, 17.89)
_KINDS_OF_WORKS = frozenset("movie film album song single novel book series show programme program game play opera "
                            "musical episode character".split())


def _title_words_said(links, statement, claim, places) -> None:
    """Count as said the words of the claim's article title where the statement writes that title, a
    name, as it stands, though it reads its words as common ones ("Prophets of Rage's third single"
    under "Prophets of Rage": "Prophets" opens the sentence as "Residents of Kelby" would)."""
    raw = claim.title
    if not raw or " " not in raw or raw.split(" (")[0] not in statement.text:
        return  # (on the path of every claim's alignment: the title read as names only when its words are here)
    title = claim.title_name
    if not title or " " not in title or title not in statement.text:
        return
    text, toks = statement.text, statement.tokens
    inside = set()
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        if not text[end:end + 1].isalnum() and not text[at - 1:at].isalnum():  # (not "Street Kingsley")
            inside.update(k for k, t in enumerate(toks) if at <= t.start < end)
        at = text.find(title, at + 1)
    if not inside or not any(not link.is_name and link.index in inside and link.score < TITLED for link in links) \
            or not _title_stands_in(statement, claim, places):
        return
    for k, link in enumerate(links):
        if not link.is_name and link.index in inside and link.score < TITLED:
            links[k] = link._replace(score=TITLED, other=title)


def _topic_words_said(links, statement, claim, places) -> None:
    """Count as said a word of the claim's article title where that title names a topic rather than
    tells news ("2020 coronavirus pandemic in Arkansas": "tests for coronavirus" under it): every claim
    of such an article is about what its title names, whether or not it repeats the words (as with the
    title's names, see align's TITLED)."""
    raw = claim.title
    if not raw or not any(link.score < TITLED and not link.is_name and link.index >= 0 for link in links):
        return
    words = _title_lemmas(raw)
    if not words or not any(not link.is_name and link.score < TITLED and link.term in words for link in links):
        return  # (nearly every statement: no word of the title left unsaid, on the path of every alignment)
    if not topic_title(raw) or not _title_stands_in(statement, claim, places):
        return
    for k, link in enumerate(links):
        if not link.is_name and link.score < TITLED and link.term in words:
            links[k] = link._replace(score=TITLED, other=link.term)


_TITLE_WORD_RE = lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@functools.lru_cache(maxsize=4096)
def _title_lemmas(title: str) -> frozenset:
    """The lemmas of a title's words, stop words left out (read once a title: many claims share one)."""
    return frozenset(english.lemma(w) for w in _TITLE_WORD_RE.findall(title.lower())) - STOPWORDS


def _kinds_of_works_said(links, statement, claim) -> None:
    """Count as said a noun of a kind of work right before a name the claim says ("In the movie
    Sorority Row" under an article on Sorority Row): it says what the name is, not something more of it."""
    if not any(link.term in _KINDS_OF_WORKS and link.score < ALIGNED for link in links):
        return  # (nearly every statement: no kind of work left unsaid, on the path of every claim's alignment)
    said_at = {m.first for m in statement.mentions
               if any(link.is_name and link.term == m.name and link.score >= ALIGNED for link in links)}
    if not said_at:
        return
    toks = statement.tokens
    # (a kind of work only as the claim or its article's title tells it: "the novel Mean Girls" is no
    # musical's; a character is a part in whatever work)
    told = {t.lemma for t in claim.tokens} | {english.lemma(w.strip("()").lower()) for w in (claim.title or "").split()}
    for k, link in enumerate(links):
        if link.score < ALIGNED and not link.is_name and link.term in _KINDS_OF_WORKS and link.index > 0 \
                and link.index + 1 in said_at and toks[link.index - 1].lower in ("the", "a", "an") \
                and (link.term == "character" or any(w == link.term or word_similarity(link.term, w) >= SYNONYM
                                                     for w in told & _KINDS_OF_WORKS)):
            links[k] = link._replace(score=FAMILY, other=link.term)


# relations told from either side (Lyons 1977, converses): "A is ahead of B" is "B is behind A";
# with WordNet's antonyms among verbs ("A sold it to B" / "B bought it from A") and a contest's
# sides ("A beat B" / "B lost to A")
_CONVERSES = {"ahead": {"behind"}, "behind": {"ahead"}, "above": {"below"}, "below": {"above"},
              "older": {"younger"}, "younger": {"older"}, "win": {"lose"}, "beat": {"lose"}, "defeat": {"lose"},
              "lose": {"win", "beat", "defeat"},
              # a transfer told by the giver or by the one given to (Fillmore's commercial and giving frames:
              # "A donated £50,000 to B" is "B received £50,000 from A"); WordNet pairs none of them
              "give": {"receive"}, "donate": {"receive"}, "grant": {"receive"}, "award": {"receive"}, "hand": {"receive"},
              "receive": {"give", "donate", "grant", "award", "hand"}}
_OBJECT_REACH = 7  # tokens from a relation word to the name it relates to ("eight points ahead of the champions Harton",
# "sold the Harlow wind farm to Brenfield Power")
_PARTY_PREPOSITIONS = frozenset("to from of by than".split())


def _participants(analysis, index: int) -> tuple:
    """(the name that opens the sentence before a relation word, the first name after it, within
    reach): the two sides a two-place relation relates, or None for either."""
    before = [m for m in analysis.mentions if m.last < index]
    after = [m for m in analysis.mentions if index < m.first <= index + _OBJECT_REACH]
    first = min(before, key=lambda m: m.first) if before else None
    # the other party is the one a preposition of the relation opens ("sold the Harlow wind farm to
    # Brenfield Power": Brenfield Power, not Harlow), else the first name after the word
    marked = [m for m in after if m.first > 0 and analysis.tokens[m.first - 1].lower in _PARTY_PREPOSITIONS]
    other = min(marked or after, key=lambda m: m.first) if after else None
    return (first.name if first else None), (other.name if other else None)


# verbs of a transfer told by the one who gives and by the one given to (Fillmore's commercial transaction,
# giving and lending frames): "A sold X to B" is "B bought X from A", and in the passive, whose subject is
# the thing passed on, "X was sold to B" is "X was bought by B"; each frame's verbs only ("lent" is no
# "sold"), and no light verb ("gave planning permission" passes on nothing)
_TRANSFER_FRAMES = ((frozenset(["sell"]), frozenset("buy purchase acquire".split())),
                    (frozenset("donate grant award hand".split()), frozenset(["receive"])),
                    (frozenset(["lend"]), frozenset(["borrow"])))
_TRANSFER_GIVING = frozenset().union(*(giving for giving, _ in _TRANSFER_FRAMES))
_TRANSFER_MARKS = {"to": "getter", "from": "giver"}  # the party each preposition opens, whatever the verb


def _transfer_parties(analysis, index: int) -> dict:
    """{'giver' / 'getter' / 'thing': name} of the transfer the verb at ``index`` tells, by its voice: the
    subject is the giver of an active "sell", the getter of an active "buy", the thing of a passive (the
    getter of one whose object follows: "the food bank was given £5,000"); "to" opens the getter, "from"
    the giver, the passive's "by" the doer of its verb; an active's object right after it is the thing
    (the getter where a second object follows: "lent Tadley council £12m")."""
    toks = analysis.tokens
    giving, passive = toks[index].lemma in _TRANSFER_GIVING, after_be(toks, index)
    following = toks[index + 1] if index + 1 < len(toks) else None
    passed_on = following is not None and (following.is_number or following.lower in DETERMINERS)  # "was given £5,000"
    before = [m for m in analysis.mentions if m.last < index]
    out = {}
    if before:
        subject = "getter" if passive and giving and passed_on else "thing" if passive else "giver" if giving else "getter"
        out[subject] = min(before, key=lambda m: m.first).name
    for m in sorted((m for m in analysis.mentions if index < m.first <= index + _OBJECT_REACH), key=lambda m: m.first):
        k = m.first - 1
        while k > index + 1 and toks[k].lower in DETERMINERS:
            k -= 1  # "sold to the Kelby Group": the preposition before its determiner
        mark = toks[k].lower
        if mark in _TRANSFER_MARKS:
            role = _TRANSFER_MARKS[mark]
        elif mark == "by":
            role = ("giver" if giving else "getter") if passive else None  # (not "bought by the end of June")
        elif not passive and m.first <= index + 2:
            # the object ("sold the Brenfield wind farm"), or the first of two ("lent Tadley council £12m"): the getter
            second = toks[m.last + 1] if m.last + 1 < len(toks) else None
            role = "getter" if giving and second is not None and (second.is_number or second.lower in DETERMINERS) else "thing"
        else:
            role = None
        if role:
            out.setdefault(role, m.name)
    return out


def same_side_of_a_transfer(mine: str, theirs: str) -> bool:
    """Are the two verbs one side of one transfer frame ("buy" / "acquire", "donate" / "grant"): what
    one says the doer did, the other says too?"""
    return mine != theirs and any({mine, theirs} <= side for frame in _TRANSFER_FRAMES for side in frame)


def _transfer_frame(mine: str, theirs: str) -> bool:
    """Are the two verbs the giving and the getting of one frame ("sell" / "buy", "lend" / "borrow")?"""
    return any((mine in giving and theirs in getting) or (mine in getting and theirs in giving) for giving, getting in _TRANSFER_FRAMES)


def same_transfer(statement, index: int, claim, j: int, places=frozenset(), told: bool = False) -> bool:
    """Do the statement's verb at ``index`` and the claim's at ``j`` tell one transfer from its two sides
    ("X was sold to B" / "B bought X", "X was bought by B"): the giving and the getting of one frame, each
    party both texts name the same, and the giver or the getter named in both? ``told``: and every party
    the statement names named by the claim too (what the claim tells of the statement's transfer)."""
    if not _transfer_frame(statement.tokens[index].lemma, claim.tokens[j].lemma):
        return False
    ours, others = _transfer_parties(statement, index), _transfer_parties(claim, j)
    shared = ours.keys() & others.keys()
    return bool(shared & {"giver", "getter"}) and all(same_name(ours[role], others[role], places) for role in shared) \
        and (not told or ours.keys() <= others.keys())


# the comparatives of "much" / "many" and of "little" / "few", which grade no adjective in -er
MORE_OR_LESS = {"more": frozenset({"fewer", "less"}), "fewer": frozenset({"more"}), "less": frozenset({"more"})}


def comparative_bases(word: str) -> frozenset:
    """The adjectives a comparative in -er grades ("older": old, "lower": low, "heavier": heavy), or
    nothing for a word that is no such comparative ("order", "water")."""
    if not word.endswith("er") or len(word) < 4:
        return frozenset()
    return frozenset(base for base in english.lemmas(word) if base != word and word.startswith(base[:2]))


def comparative(word: str) -> bool:
    """Is the lower-case word a comparative: "older", "lower", "more", "fewer", "less"?"""
    return word in MORE_OR_LESS or bool(comparative_bases(word))


def converse_comparatives(word: str, other: str) -> bool:
    """Do two comparatives tell one comparison from its two sides ("A is older than B" is "B is younger
    than A": Cruse 1986, 10.5, the comparatives of a pair of antonyms are converses; "more" / "fewer")?"""
    if word in MORE_OR_LESS or other in MORE_OR_LESS:
        return other in MORE_OR_LESS.get(word, ())
    return any(b in english.antonyms(a) for a in comparative_bases(word) for b in comparative_bases(other))


def converse_in(statement, index: int, claim, places=frozenset()) -> int:
    """The token of the claim that tells the relation of the statement's word at ``index`` from the
    other side (its converse, with the two names in each other's place), or -1."""
    tok = statement.tokens[index]
    if comparative(tok.lower):
        j = next((j for j, other in enumerate(claim.tokens) if converse_comparatives(tok.lower, other.lower)
                  and _compared_the_other_way(statement, index, claim, j, places)), -1)
        if j >= 0:
            return j
    if any(tok.lemma in giving | getting for giving, getting in _TRANSFER_FRAMES):
        j = next((j for j in range(len(claim.tokens)) if same_transfer(statement, index, claim, j, places, told=True)), -1)
        if j >= 0:
            return j
    converses = _CONVERSES.get(tok.lemma, set()) | (english.antonyms(tok.lemma) if statement.verbal(index) else set())
    if not converses:
        return -1
    ours = _participants(statement, index)
    if None in ours:
        return -1
    for j, other in enumerate(claim.tokens):
        if other.lemma in converses:
            theirs = _participants(claim, j)
            if None not in theirs and same_name(ours[0], theirs[1], places) and same_name(ours[1], theirs[0], places):
                return j
    return -1


def _than_after(analysis, index: int) -> bool:
    """Is the word at ``index`` followed by "than" within reach ("older than", "more passengers than")?"""
    return any(t.lower == "than" for t in analysis.tokens[index + 1:index + 1 + _OBJECT_REACH])


def comparison_sides(analysis, index: int):
    """(the common words on the side of the comparative at ``index``, those after its "than"): what the
    comparison sets against what ("Rents in the centre of Harlow are higher than in its suburbs": rent,
    centre, harlow / suburb); None with no "than" in reach. The words between the two name the measure
    ("more pupils than"), and a comparison before, from its "than" to the clause's end, is no side."""
    toks, text = analysis.tokens, analysis.text
    than = next((k for k in range(index + 1, min(len(toks), index + 1 + _OBJECT_REACH)) if toks[k].lower == "than"), None)
    if than is None or (than + 1 < len(toks) and (toks[than + 1].is_number or toks[than + 1].lower in _BOUND_OPENERS)):
        return None  # a bound on a figure ("more than 90", "more than a decade", "more than double"), no comparison

    def breaks(k):
        return toks[k].lower in ("but", "while", "whereas") or any(c in text[toks[k - 1].end:toks[k].start] for c in ",;:")

    def side_word(k):  # (a verb tells what is compared, on either side: "spent more than what it spent in 2020")
        return toks[k].is_content and not toks[k].is_number and not comparative(toks[k].lower) and not analysis.verbal(k)

    right = set()
    # a phrase between them that a preposition opens is the comparative's side ("spent more on roads than on
    # libraries"); a noun right after it is the measure ("more pupils than")
    between = set(toks[k].lemma for k in range(index + 2, than) if side_word(k)) \
        if index + 1 < than and toks[index + 1].lower in _SIDE_PREPOSITIONS else set()
    for k in range(than + 1, len(toks)):
        if k > than + 1 and breaks(k):
            break
        if side_word(k):
            right.add(toks[k].lemma)
    left, skipping = set(), False
    for k in range(index):
        if toks[k].lower == "than":
            skipping = True
        elif skipping and breaks(k):
            skipping = False
        if not skipping and side_word(k):
            left.add(toks[k].lemma)
    return frozenset(left | between), frozenset(right)


_SIDE_PREPOSITIONS = frozenset("on in at for from to with by among".split())
# words that open a figure after "than": "more than a decade", "more than double", "fewer than half"
_BOUND_OPENERS = frozenset(NUMBER_WORDS) | frozenset("a an half double twice treble triple".split())


def compared_alike(statement, i: int, claim, j: int) -> bool:
    """Does the claim's comparison at ``j`` set the statement's at ``i`` against the same thing: the words
    that tell the statement's "than" side on the side the claim's comparative gives it ("higher than in its
    suburbs" / "higher than last year": no), the same for the same comparative, the other for its converse?"""
    mine, other = comparison_sides(statement, i), comparison_sides(claim, j)
    if mine is None or other is None:
        return False
    (left, right), (their_left, their_right) = mine, other
    against = right - left
    return not against or bool(against & (their_left if converse_comparatives(statement.tokens[i].lower, claim.tokens[j].lower)
                                          else their_right))


def _compared_the_other_way(statement, i: int, claim, j: int, places) -> bool:
    """Do the comparisons at ``i`` and ``j`` set their two sides the other way round: the names ("Kelby is older
    than Harlow" / "Harlow ... than Kelby"), or the words that tell the sides apart ("in the centre ... than in
    its suburbs" / "in the suburbs ... than in its centre")?"""
    ours, theirs = _participants(statement, i), _participants(claim, j)
    if None not in ours and None not in theirs and same_name(ours[0], theirs[1], places) and same_name(ours[1], theirs[0], places) \
            and not same_name(ours[0], ours[1], places):
        return True
    mine, other = comparison_sides(statement, i), comparison_sides(claim, j)
    if mine is None or other is None:
        return False
    (left, right), (their_left, their_right) = mine, other
    return bool((left - right) & (their_right - their_left)) and bool((right - left) & (their_left - their_right))


def _same_comparative(word: str, other: str) -> bool:
    """Are the two lower-case words one comparative ("older" / "older"), or comparatives of one adjective?"""
    return other == word or bool(comparative_bases(other) & comparative_bases(word))


def compared_with_another(statement, claim) -> int:
    """The statement's comparative that the claim's comparisons (the same comparative or its converse) all set
    against another thing ("higher than last year" against "higher than in its suburbs"), or -1."""
    for i, tok in enumerate(statement.tokens):
        if not comparative(tok.lower) or comparison_sides(statement, i) is None:
            continue
        theirs = [j for j, other in enumerate(claim.tokens) if (
            _same_comparative(tok.lower, other.lower) or converse_comparatives(tok.lower, other.lower))
            and comparison_sides(claim, j) is not None]
        if theirs and not any(compared_alike(statement, i, claim, j) for j in theirs):
            return i
    return -1


def reversed_comparison(statement, claim, places=frozenset()) -> tuple:
    """(the statement's token, the claim's, the statement's two names) where the claim makes the statement's
    comparison the other way round: the same comparative with the two names in each other's place ("Kelby is
    older than Harlow" / "Harlow is older than Kelby"), and no converse that puts them back; None if none."""
    for i, tok in enumerate(statement.tokens):
        if not comparative(tok.lower) or not _than_after(statement, i):
            continue
        for j, other in enumerate(claim.tokens):
            if _same_comparative(tok.lower, other.lower) and _than_after(claim, j) \
                    and _compared_the_other_way(statement, i, claim, j, places) and converse_in(statement, i, claim, places) < 0:
                ours = _participants(statement, i)
                if None in ours:
                    left, right = comparison_sides(statement, i)
                    ours = (" ".join(sorted(left - right)), " ".join(sorted(right - left)))
                return i, j, ours
    return None


def told_conversely(statement, claim, places=frozenset()) -> bool:
    """Does the claim tell a relation of the statement from the other side ("B is behind A" for "A
    is ahead of B")? Its doer and other party are then each other's, as they should be."""
    return any(tok.is_content and converse_in(statement, i, claim, places) >= 0 for i, tok in enumerate(statement.tokens))


def _converses_said(links, statement, claim, places) -> None:
    """Count a relation word as said where the claim tells the same relation from the other side
    (the links in place)."""
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name or link.index < 0:
            continue
        j = converse_in(statement, link.index, claim, places)
        if j >= 0:
            links[k] = link._replace(score=FAMILY, other=claim.tokens[j].lemma)


def _contraries_said(links, statement, claim) -> None:
    """Count a denied word as said where the claim tells its contrary ("did not approve the plan" /
    "rejected the plan", "did not grow" / "were flat"): the denial and the contrary are one fact."""
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name or link.index < 0 or link.term not in statement.negated:
            continue
        j = contrary_in(statement, link.term, claim)
        if j >= 0:
            links[k] = link._replace(score=FAMILY, other=claim.tokens[j].lemma)


def _compounds_said(links, claim_words) -> None:
    """Count a closed compound the tables do not know as said where the claim says both its parts
    ("chipmakers" / "makers of chips"), as well as the weaker of the two is said."""
    for k, link in enumerate(links):
        if link.score >= ALIGNED or link.is_name or link.index < 0:
            continue
        parts = english.compound_parts(link.term)
        if not parts:
            continue
        scores = [max((1.0 if part == other else word_similarity(part, other) for other, _ in claim_words), default=0.0)
                  for part in parts]
        if min(scores) >= ALIGNED:
            links[k] = link._replace(score=min(scores), other=" ".join(parts))


def _lead_mention(claim):
    """The name a claim opens with ("The Tarnmoor Mining Company (1837–1902) was ..." opens with one
    too), or None."""
    opening = 4 if _named_with_the(claim) else 0
    return claim.mentions[0] if claim.mentions and claim.mentions[0].start in (0, opening) else None


def _named_with_the(claim) -> bool:
    """Does the claim open with "The", its lead a thing whose name takes the article?"""
    return claim.text[:4].lower() == "the "


def lead_end(claim) -> int:
    """Where the name a claim opens with ends (-1 when it opens with none): its life dates' bracket
    comes right after it (text/lifespan.py)."""
    lead = _lead_mention(claim)
    return lead.end if lead is not None else -1


def life_brackets(claim) -> tuple:
    """(name, where it ends) of each of the claim's names whose life dates a bracket right after it
    gives: its lead's (see lifespan), and a person's named further on ("Eleanor Vance's daughter
    Clara Vance (1880 – 1966) was a composer", "directed by Margaret Orme (1912 – 1987)")."""
    lead = _lead_mention(claim)
    out = [(lead.name, lead.end)] if lead is not None and lifespan.life_dates(claim.text, lead.end) else []
    for m in claim.mentions:
        if m is not lead and m.type in ("", "person") and claim.text[m.end:m.end + 2].lstrip().startswith("(") \
                and lifespan.life_dates(claim.text, m.end):
            out.append((m.name, m.end))
    return tuple(out)


def life_owners_named(statement, claim, places=frozenset()) -> tuple:
    """Where the names end whose life dates the claim's brackets give and the statement names (the
    lead's as lead_person_named finds it)."""
    lead = lead_end(claim)
    return tuple(end for name, end in life_brackets(claim)
                 if (end == lead and (lead_person_named(statement, claim, places) or _title_names_lead(statement, claim, name, places)))
                 or any(m.name == name or same_name(m.name, name, places) for m in statement.mentions))


def _title_names_lead(statement, claim, lead: str, places) -> bool:
    """Does the statement name the claim's article title, which names the lead in another form ("Tom
    Ashdown" for a lead "Thomas Ashdown (12 April 1931 – 3 March 2009) was ...": the same surname)?"""
    title = claim.title_name
    return bool(title) and title.split()[-1] == lead.split()[-1] and any(
        m.name == title or same_name(m.name, title, places) for m in statement.mentions)


def lead_person_named(statement, claim, places=frozenset()) -> bool:
    """Does the statement name the one the claim's lead names first (or its article's title, where the
    lead names that: see _opens_with_title), whose life dates the lead's bracket gives?"""
    lead = _lead_mention(claim)
    whose = {n for n in (lead.name if lead is not None else "", claim.title_name if _opens_with_title(claim) else "") if n}
    whose |= set(_lead_also_called(claim, lead))
    return any(m.name == n or same_name(m.name, n, places) for m in statement.mentions for n in whose)


# another name a lead is given right after its life dates, set off before the sentence goes on: "Darryl
# Richardson (born 1984), better known by his stage name Lil Scrappy, is ...", "Anne Reed (1920 – 1990),
# known professionally as Anne Marlow, was ...", "..., nicknamed the Iron Duke, ..." (one person, two names)
_ALSO_CALLED_RE = lazy(r"^\s*\([^()]*\)\s*,\s*(?:(?:better|also|more\s+commonly|popularly|professionally)\s+)?"
                       r"(?:known\s+(?:professionally\s+)?(?:as|by\s+(?:his|her|their|the)\s+(?:stage|pen|ring|screen|professional)\s+name)"
                       r"|nicknamed|(?:his|her|their)\s+(?:stage|pen|ring|screen)\s+name)\s+(?:the\s+)?$", re.I)


def _lead_also_called(claim, lead) -> tuple:
    """The names the claim gives its lead besides the one it opens with, as _ALSO_CALLED_RE finds them."""
    if lead is None or not claim.text[lead.end:lead.end + 2].lstrip().startswith("("):
        return ()
    # (the name whole, set off: not "known as John Lane's widow", "known as the Beatles' first manager";
    # another name may follow it, "known as Kid Tallow or KT", or a bracket, "(stylised KiD TALLOW)")
    return tuple(m.name for m in claim.mentions if m.start > lead.end and _ALSO_CALLED_RE.search(claim.text[lead.end:m.start])
                 and _AFTER_ANOTHER_NAME_RE.match(claim.text, m.end))


_AFTER_ANOTHER_NAME_RE = lazy(r"\s*(?:$|[,.;)(–—]|-\s|or\s)")


LIFE_WORDS = {"bear": lifespan.BIRTH, "birth": lifespan.BIRTH, "die": lifespan.DEATH, "death": lifespan.DEATH}
# what the bracket after a club's, a firm's or a body's name gives ("Dunmore Wanderers F.C. (1887–1962)
# was a football club"): when it was founded and when it was wound up, told in the passive of the thing
# itself ("was founded in 1887"; not "Mary Kemp founded a school in 1890", which is no date of her life)
FOUNDING_WORDS = {"found": lifespan.BIRTH, "establish": lifespan.BIRTH, "form": lifespan.BIRTH,
                  "dissolve": lifespan.DEATH, "disband": lifespan.DEATH, "abolish": lifespan.DEATH,
                  "liquidate": lifespan.DEATH}


def life_word(statement, lemma: str, claim, of_lead: bool = True) -> str:
    """BIRTH or DEATH for a word that tells a life's start or end ("born", "died"), or a body's ("was
    founded", "was dissolved"), as the statement uses it of the claim's lead (``of_lead``) or of a
    person named further on; else "". A lead whose name takes "the" ("The Kelby Festival (1990–2012)")
    names a thing, which is not born; a bracket further on is a person's, who is not founded."""
    if lemma in LIFE_WORDS:
        return "" if of_lead and _named_with_the(claim) else LIFE_WORDS[lemma]
    if lemma not in FOUNDING_WORDS or not of_lead:
        return ""
    toks = statement.tokens
    passive = any(t.lemma == lemma and k > 0 and toks[k - 1].lower in BE_FORMS for k, t in enumerate(toks))
    return FOUNDING_WORDS[lemma] if passive else ""


# words after a place's name that make it a word of a body's phrase ("the Nigeria national team")
_BODY_AFTER_A_PLACE = frozenset("national team squad side club federation government army embassy".split())


def _only_in_a_phrase(claim, name: str) -> bool:
    """Does the claim name the place only as a word of a body's phrase ("the Nigeria national team")?"""
    toks = claim.tokens
    found = [m for m in claim.mentions if m.name == name]
    return bool(found) and all(_body_follows(toks, m.last + 1) for m in found)


def _body_follows(toks, k: int) -> bool:
    """Does a body's word follow at token k, past words that say which of its kind ("men's national
    soccer team", "under-21 squad")?"""
    for j in range(k, min(len(toks), k + _BODY_REACH)):
        if toks[j].lower in _BODY_AFTER_A_PLACE:
            return True
        if toks[j].is_cap or toks[j].lower in STOPWORDS:
            return False
    return False


_BODY_REACH = 4  # words from a place to its body's word: "Canada men's national soccer team"


def _told_as_a_place(claim, name: str) -> bool:
    """Does the claim name the place as where something is or happens: after "in", "at", "near" or
    "from", or as the last of a place's parts ("Harlow, Essex")? Not as a word of another name's
    phrase ("the Nigeria national team")."""
    toks = claim.tokens
    return any(m.name == name and m.first >= 1 and (toks[m.first - 1].lower in ("in", "at", "near", "from", "of")
                                                  or claim.text[toks[m.first - 1].end:toks[m.first].start].strip() == ",")
               for m in claim.mentions)


def _life_event_place(statement, name: str) -> bool:
    """Is the place named where the statement's person was born or died ("was born in Harlow", "died
    at Kelby", "her birthplace is Harlow")?"""
    toks = statement.tokens
    for m in statement.mentions:
        if m.name == name and m.first >= 2 and toks[m.first - 1].lower in ("in", "at", "near") \
                and toks[m.first - 2].lemma in LIFE_WORDS:
            return True
        if m.name == name and named_as_birthplace(statement, m):
            return True
    return False


def named_as_birthplace(analysis, mention) -> bool:
    """Is the name what "X's birthplace is" or "place of birth was" names ("Lee's birthplace is Seoul")?"""
    toks = analysis.tokens
    return mention.first >= 2 and toks[mention.first - 1].lower in BE_FORMS and names_a_birthplace(toks, mention.first - 2)


def names_a_birthplace(toks, k: int) -> bool:
    """Does token k end "birthplace" or "place of birth" ("Lee's birthplace is Seoul": where he was born)?"""
    return 0 <= k < len(toks) and (toks[k].lower == "birthplace" or (
        k >= 2 and toks[k].lower == "birth" and toks[k - 1].lower == "of" and toks[k - 2].lower == "place"))


def _born_one_of(claim, at: int, names) -> bool:
    """Is the one born at token ``at`` ("born") one of the names, or unnamed (no name in the words
    before "born" but the names or the claim's topic)? True where the statement names no one."""
    if not names:
        return True
    before = [m for m in claim.mentions if m.last < at and at - m.last <= _BORN_REACH]
    if not before:
        return True  # "He was born in Kelby": the claim's topic, whom the names of the statement are checked against
    return any(before[-1].name == n or same_name(before[-1].name, n) for n in names)


_BORN_REACH = 4  # tokens from a name to its "born": "Tom Reyes was born", "Leary's son Tom was born"


def _birthplaces_said(links, statement, claim) -> None:
    """Count "birthplace" (and "place" of "place of birth") as said by a claim that tells where someone
    was born ("was born in Seongnam")."""
    toks = statement.tokens
    wanted = [k for k, link in enumerate(links) if link.score < ALIGNED and 0 <= link.index < len(toks)
              and (link.term == "birthplace" or (link.term == "place" and names_a_birthplace(toks, link.index + 2)))]
    if not wanted:
        return
    told = any(named_as_birthplace(statement, m) for m in statement.mentions)
    whose = [m.name for m in statement.mentions if is_possessive(toks[m.last])]
    c_toks = claim.tokens
    # (the birth of the statement's person: "Leary's son Tom was born in Kelby" gives Leary none; a birth
    # in another place says the noun, and the place check sets the two places against each other: "born in
    # Harton and grew up in Kelby" against "Leary's birthplace is Kelby")
    if told and any(m.first >= 2 and c_toks[m.first - 1].lower in ("in", "at") and c_toks[m.first - 2].lemma == "bear"
                    and _born_one_of(claim, m.first - 2, whose) for m in claim.mentions):
        for k in wanted:
            links[k] = links[k]._replace(score=FAMILY, other="bear")


def _life_said(links, statement, claim, places) -> None:
    """Count "born" and "died" as said by a claim that gives the person's life dates in a bracket after
    their name ("Henry III (1 October 1207 – 16 November 1272) was ...", "directed by Margaret Orme
    (1912 – 1987)"): the first is the birth, the second the death (see text/lifespan.py), which
    agreement compares with the statement's dates. Only of the people the statement names: another's
    dates say nothing of when the statement's person was born."""
    unsaid = [k for k, link in enumerate(links) if link.score < ALIGNED and not link.is_name
              and (link.term in LIFE_WORDS or link.term in FOUNDING_WORDS)]
    if not unsaid:
        return  # (most statements say neither word: nothing more is read of the claim)
    lead = lead_end(claim)
    for end in life_owners_named(statement, claim, places):
        # (the kinds whose dates the claim was read to give: a bracket the dates were not read in tells nothing)
        given = {kind for start, stop, kind in lifespan.life_dates(claim.text, end) if any(start <= d.start < stop for d in claim.dates)}
        for k in unsaid:
            told = life_word(statement, links[k].term, claim, end == lead)
            if told and told in given:
                links[k] = links[k]._replace(score=1.0, other=told)


# adverbs that place what they modify before a later time ("had originally been expected to open in
# June"), as "earlier" does (a weak word): they assert nothing a claim must say, though a claim that
# has one says it too ("originally budgeted" / "its original budget")
_EARLIER_ADVERBS = frozenset("originally initially previously formerly".split())


def _unasserting_words_said(links, statement) -> None:
    """Count as said, whatever the claim says, a word that asserts nothing of its own where it
    stands: an adverb of an earlier time (_EARLIER_ADVERBS), or "worth" next to a figure."""
    for k, link in enumerate(links):
        if link.score < ALIGNED and link.index >= 0 and (
                link.term in _EARLIER_ADVERBS or (link.term == "worth" and _next_to_a_figure(statement.tokens, link.index))
                or (link.term == "majority" and _margin_after(statement, link.index))):
            links[k] = link._replace(score=1.0)  # ("a majority of nine" names its figure, a margin the amounts compare)


# "worth" takes a measure as its complement, as a preposition does, or follows it (Quirk et al. 1985,
# 7.20): "a contract worth £48m" is "a £48m contract", "$10 billion worth of chips" "$10 billion of
# chips"; next to a figure it says no more than the figure (a claim that has it says it too)
_BEFORE_A_MEASURE = _TO_A_LEVEL | frozenset("approximately up more less than least".split())  # "worth up to £3m"


def _margin_after(analysis, at: int) -> bool:
    """Is the word at ``at`` "majority" before "of" and a figure of no unit ("by a majority of nine"; not
    "a majority of 61%", a share)?"""
    toks = analysis.tokens
    if not (at + 2 < len(toks) and toks[at + 1].lower == "of" and (toks[at + 2].is_number or toks[at + 2].lower in NUMBER_WORDS)):
        return False
    return not any(q.start <= toks[at + 2].start < q.end and q.unit for q in analysis.quantities)


def _next_to_a_figure(toks, at: int) -> bool:
    """Is the word at ``at`` right before a figure (past _BEFORE_A_MEASURE's words) or right after one?"""
    after = at + 1
    while after < len(toks) and after - at <= 3 and toks[after].lower in _BEFORE_A_MEASURE:
        after += 1
    before = at - 1
    if before > 0 and toks[before].lower in SCALE_WORDS:
        before -= 1  # "$10 billion worth"
    return (after < len(toks) and toks[after].is_number) or (before >= 0 and toks[before].is_number)


def _roles_said(links, statement, claim_names, roles) -> None:
    """Count as said a role noun worn as a title before the name of a person the claim names
    ("Moorland Trust director Alison Freer"), or said of them by a copula ("Alison Freer is the
    director of the Moorland Trust", as an appositive set off after the name is read), where the
    base's entities give the person that role: the base vouches for who holds which post, and the
    claim need not repeat it."""
    unsaid = [k for k, link in enumerate(links) if link.score < ALIGNED and not link.is_name and not link.is_verb and link.index >= 0]
    if not unsaid:
        return
    toks = statement.tokens
    for mention in statement.mentions:
        held = roles(mention.name) if mention.name in claim_names else ()
        if not held:
            continue  # (most names hold no role the base gives)
        for k in unsaid:
            at = links[k].index
            if links[k].term in held and (at == mention.first - 1 or (
                    mention.last + 1 < at <= mention.last + 3 and toks[mention.last + 1].lower in BE_FORMS
                    and all(t.lower in DETERMINERS for t in toks[mention.last + 2 : at]))):
                links[k] = links[k]._replace(score=1.0, other=mention.name)


# the verb of serving a team, which a role noun before "for" and the team says as well: "plays for the Denver
# Broncos" / "is a wide receiver for the Denver Broncos" (not "works for", which suits as often as it serves,
# nor a volunteer's "fundraiser for")
SERVING = frozenset(["play"])
_ROLE_FOR_REACH = 4  # tokens from "for" back to the role noun: "a professional basketball player for"


def _serving_said(links, statement, claim) -> None:
    """Count a verb of serving a body (see SERVING) as said, as a word of its family is ("play" /
    "player"), where the statement has it before "for" and a name, and the claim has a person noun
    before "for" and a name."""
    if not any(link.term in SERVING and link.score < FAMILY and link.is_verb for link in links):
        return  # (nearly every statement)
    toks = statement.tokens
    for k, link in enumerate(links):
        at = link.index
        if link.term not in SERVING or link.score >= FAMILY or not link.is_verb or at + 2 >= len(toks) \
                or toks[at + 1].lower != "for":
            continue
        served = next((m for m in statement.mentions if m.first in (at + 2, at + 3)), None)
        if served is None:
            continue
        # (the serving is said of whichever body the claim names there: which body it is, the names tell)
        if any(served_by_a_role(claim, m) for m in claim.mentions):
            links[k] = link._replace(score=FAMILY, other=served.name)


def served_by_a_role(analysis, mention) -> bool:
    """Is the name the body a person noun serves, after "for" ("a wide receiver for the Denver Broncos")?"""
    toks = analysis.tokens
    j = before_name(toks, mention.first)
    return j >= 1 and toks[j].lower == "for" and any(
        toks[r].is_content and not toks[r].is_cap and english.names_a_person(toks[r].lemma)
        for r in range(max(0, j - _ROLE_FOR_REACH), j))


def _told_in_clause(words, names, voice: str, clause: frozenset) -> bool:
    """Does a voice's relative clause say every word and every other name of the statement?"""
    return all(lemma in clause or any(word_similarity(lemma, other) >= ALIGNED for other in clause)
               for lemma, *_ in words) and all(n == voice or n in clause for n, _ in names)


def says_who_speaks(statement, claim) -> bool:
    """Does the statement, with no verb of its own, say who one of the claim's voices is, in words the
    claim gives before its verb of saying ("Priya Hallett is the leader of Brackenby District Council"
    / "The leader of Brackenby District Council, Councillor Priya Hallett, said ...")? Who speaks is
    the reporter's telling, a fact, and the names that describe the voice are the statement's
    matter; what the voice says of others is not ("Tom Hale is ill" / "Tom Hale said the mayor was ill")."""
    subject = statement.subject
    voices = claim.voices | {m.name for m in claim.speakers}
    if not subject or statement.predicate_modality or not any(subject == v or same_name(subject, v) for v in voices):
        return False
    saying = next((k for k, tok in enumerate(claim.tokens) if tok.lemma in REPORTING and claim.verbal(k)), -1)
    before = {tok.lemma for tok in claim.tokens[:max(saying, 0)]}
    return saying >= 0 and all(lemma in before for lemma in statement.content if lemma in claim.content)


def align(statement, claim, weight, places=frozenset(), ancestors=None, terms=None, roles=None) -> Alignment:
    """Align a statement's Analysis with a claim's. ``weight(term, written="", verb=False)`` gives a
    term's informativeness (see index.Weighing.telling);
    ``places``: names known to be places (never part of a longer name); ``ancestors(names)``: what
    the named things are part of, so that "sanctions imposed by Washington" aligns with the claim's
    "US sanctions" (a capital or a ministry standing for its country), except where the statement
    says where something is ("a centre in Pudong" is not said by "a centre in Shanghai"). ``terms``:
    statement_terms(statement, weight), when the caller has it already. ``roles(name)``: the head nouns
    of the roles the base's entities give a person ("director"), see _roles_said."""
    words, names, located, speakers = terms if terms is not None else statement_terms(statement, weight)
    claim_names, claim_words, claim_terms, claim_total = _claim_terms(claim, weight)
    links = []
    for lemma, i, text, lemma_weight, verbal in words:
        best, other = 0.0, ""
        for claim_lemma, claim_text in claim_words:
            score = 1.0 if claim_lemma == lemma else word_similarity(lemma, claim_lemma, text, claim_text)
            if score > best:
                best, other = score, claim_lemma
                if best == 1.0:
                    break
        links.append(WordLink(lemma, i, lemma_weight, best, other, False, verbal))
    _copulas_said(links, statement)
    _measure_copulas_said(links, statement)
    _verbs_said_otherwise(links, claim)
    _changes_said(links, statement, claim)
    _levels_held_said(links, statement, claim)
    _defeats_said(links, statement, claim)
    _membership_said(links, claim)
    _givings_said(links, statement, claim)
    _informings_said(links, claim)
    _dimensions_said(links, statement)
    _classifiers_said(links, statement, claim)
    _sums_said(links, statement, claim)
    _counts_said(links, statement, claim)
    _support_verbs_said(links, statement, claim)
    _converses_said(links, statement, claim, places)
    _contraries_said(links, statement, claim)
    _compounds_said(links, claim_words)
    _life_said(links, statement, claim, places)
    _unasserting_words_said(links, statement)
    _serving_said(links, statement, claim)
    _birthplaces_said(links, statement, claim)
    if roles is not None:
        _roles_said(links, statement, claim_names, roles)
    missing, titled = [], []
    for name, name_weight in names:
        # a name the claim has only as who says it does not say what the statement tells of that
        # name ("the plans were proposed by MIIT" against "according to MIIT, CESI proposed them")
        pool = claim_names if name in speakers or not claim.only_sources or says_who_speaks(statement, claim) \
            else claim_names - claim.only_sources
        if name not in pool and name in claim.voice_clauses and _told_in_clause(words, names, name, claim.voice_clauses[name]):
            pool = pool | {name}  # "Keane chairs the Friends of the Wendle": what the claim's "Keane, who chairs
            # the Friends of the Wendle, said ..." tells of her in the reporter's words
        if claim.outlet and (name in speakers or _credited(statement, name)):
            pool = pool | {claim.outlet}  # "according to the Calderby Echo", "on the Herald's figures": the outlet
            # that published the claim
        # (where someone was born or died is that place, not a name it begins: "born in Harlow" is not
        # said by "plays for Harlow Rovers")
        if _life_event_place(statement, name):
            other = name if name in pool and not _only_in_a_phrase(claim, name) else next(
                (n for n in sorted(pool) if n != name and same_name(name, n, places) and _told_as_a_place(claim, n)), "")
        else:
            # (a longer name the statement gives itself is no other form of this one: "Chicago O'Hare
            # International Airport is located in Chicago" names the airport and the city apart)
            other = name if name in pool else next((n for n in sorted(pool) if same_name(name, n, places)
                                                    and not (name_within(name, n) and any(n == own for own, _ in names))), "")
        score = 1.0 if other else 0.0
        if not other and ancestors is not None and name not in located:
            # the whole the claim names itself: not one it holds only as what its places are part of
            # ("CESI" for China is no answer to a claim about a centre in Pudong, Shanghai)
            # (a whole that is a place: a capital or a ministry stands for its country; a care home or a plant
            # does not stand for the group that runs it, which "run by Larkspur House" would misname)
            wholes = {w for w in ancestors((name,)) if w in places}
            whole = min(_named_wholes(claim, ancestors, places) & wholes, default="") if wholes else ""
            if whole:
                other, score = whole, METONYM
        if not other and claim.title and _in_title_text(name, claim.title) and _title_stands_in(statement, claim, places):
            # a title that is one name says what every claim under it is about ("Overexposed (album)"),
            # and so does each name of a title that names a topic rather than tells news ("2019 Major
            # League Baseball season"; not "CESI ... Huawei ...", any of whose names a claim may be about)
            whole = claim.title_name
            if whole and (whole == name or same_name(name, whole, places)):
                other, score = whole, TITLED
            elif topic_title(claim.title) and any(n == name or same_name(name, n, places) for n in claim.titled):
                # (a name read within it: "Hartsfield" of "Hartsfield–Jackson Atlanta International Airport")
                other, score = name, TITLED
        if not other and _written_in_lower_case(name, claim):
            other, score = name, 1.0  # "from Roswell, new mexico": the claim says it, as words
        if not other and name in places and not _life_event_place(statement, name):
            # a place named within another name the claim gives is where that one is: "Kessington's
            # councillors" / "Kessington City Council's councillors", "the University of Leeds"
            # (not a name the statement gives itself, beside the place: "Chicago O'Hare International Airport is
            # in Chicago" is told of the airport by that name; where it is, the claim must say apart)
            other = next((n for n in sorted(claim_names) if n not in places and name_within(name, n)
                          and not any(n == own or same_name(n, own, places) for own, _ in names)), "")
            score = METONYM if other else 0.0
        links.append(WordLink(name, -1, name_weight, score, other, True))
        if not other:
            missing.append(name)
            if claim.title and _in_title_text(name, claim.title) and any(
                    n == name or same_name(name, n, places) for n in claim.titled):
                titled.append(name)
    _references_said(links, statement)
    _title_words_said(links, statement, claim, places)
    _topic_words_said(links, statement, claim, places)
    _kinds_of_works_said(links, statement, claim)
    _sayings_said(links, statement, claim)
    _persons_said_by_nobody(links, statement, claim)
    _credit_words_said(links, statement, claim)
    _last_said(links, statement, claim)
    _acts_told_otherwise(links, statement, claim, weight)
    total = sum(link.weight for link in links) or 1.0
    coverage = sum(link.weight * link.score for link in links) / total if links else 0.0
    exact = sum(link.weight for link in links if link.score >= FAMILY) / total if links else 0.0
    said = {link.other for link in links if link.score >= ALIGNED}
    reverse = sum(w for t, w in claim_terms if t in said) / claim_total
    return Alignment(tuple(links), coverage, exact, reverse, tuple(sorted(missing)), tuple(sorted(titled)))
