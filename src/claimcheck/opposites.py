"""Words of opposite meaning: what a word's opposite is, for telling a contradiction ("rose" /
"fell", "approved" / "rejected", "profit" / "loss") and a denial told the other way ("did not
approve" / "rejected")."""

from __future__ import annotations

from .directions import CUT, DOWNWARD, STEADY, UPWARD, direction_marks, way_of
from .text import english
from .text.quantities import DURATION_UNITS
from .text.clauses import span_between
from .text.lexicon import DETERMINERS, STOPWORDS
from .text.tokens import is_possessive


def opposite_words(lemma: str) -> set:
    """WordNet's direct antonyms (a synonym of an antonym is too often no opposite at all), and for
    a verb of change in amount the verbs of the other direction ("gained" / "fell")."""
    out = set(english.antonyms(lemma)) - {lemma}
    for one, other in ((UPWARD, DOWNWARD | STEADY), (DOWNWARD, UPWARD | STEADY),
                       (STEADY, UPWARD | DOWNWARD | CUT), (CUT, STEADY),
                       (WINNING, _LOSING), (_LOSING, WINNING), (ASSENT, REFUSAL), (REFUSAL, ASSENT),
                       (_CONSENT, _TURNING_DOWN), (_TURNING_DOWN, _CONSENT),
                       (INCLUSION, EXCLUSION), (EXCLUSION, INCLUSION), (_ENDING, _GOING_ON), (_GOING_ON, _ENDING),
                       (_ATTAINING, _MISSING), (_MISSING, _ATTAINING), (_PROCEEDING, _CALLING_OFF), (_CALLING_OFF, _PROCEEDING),
                       (_CONVICTING, _CLEARING), (_CLEARING, _CONVICTING)):
        if lemma in one:
            out |= other
    return out | OUTCOMES.get(lemma, set()) | prefixed_opposites(lemma) | next(
        (group - {lemma} for group in (_MEDAL_SET, RECEPTION) if lemma in group), set())


# closed sets whose members exclude each other (the parts of a day, the seasons, the medals, the directions
# of travel, weekdays and weekends): "on Tuesday afternoon" is not "on Tuesday morning", whatever the
# related-words table says (it puts them at 0.66); only a medal or a reception is an opposite of another, as a
# result is: a part of the day or a season often dates another event
_MEDAL_SET = frozenset("gold silver bronze".split())
# ... and how a work or a result was received ("positive", "mixed" or "negative reviews"), an outcome as a medal is
RECEPTION = frozenset("positive mixed mix negative".split())  # ("mixed" is read as "mix" too)
_EXCLUSIVE_SETS = (frozenset("morning afternoon evening".split()), frozenset("spring summer autumn winter".split()), _MEDAL_SET,
                   RECEPTION,
                   frozenset("northbound southbound eastbound westbound".split()), frozenset("weekday weekend".split()))


def exclusive_siblings(lemma: str) -> frozenset:
    """The other members of the closed set the word belongs to, whose members exclude each other."""
    return next((group - {lemma} for group in _EXCLUSIVE_SETS if lemma in group), frozenset())


# prefixes that make a word's opposite and little else ("safe" / "unsafe", "legally" / "illegally", "fiction"
# / "nonfiction"; not "in-" or "dis-", which as often mean into or apart: "incorporation", "disguise")
_NEGATING_PREFIXES = ("un", "non", "il", "ir")
_PREFIXED_BASE = 4  # letters the word without its prefix must keep ("unit" is no "it")


def prefixed_opposites(lemma: str) -> set:
    """The word with a negating prefix, or without one, where English has it ("safe" -> "unsafe")."""
    out = set()
    if lemma in STOPWORDS:
        return out  # ("unless" is no "less")
    for prefix in _NEGATING_PREFIXES:
        base = lemma[len(prefix):]
        if lemma.startswith(prefix) and len(base) >= _PREFIXED_BASE and english.known(base):
            if base not in STOPWORDS:
                out.add(base)
        elif len(lemma) >= _PREFIXED_BASE and english.known(prefix + lemma):
            out.add(prefix + lemma)
    return out


# an event or a plan that goes ahead ("go ahead" reads "proceed") and one called off: each rules the other out
_PROCEEDING = frozenset(["proceed"])
_CALLING_OFF = frozenset("cancel abandon scrap axe".split())
GOING_AHEAD_OR_OFF = _PROCEEDING | _CALLING_OFF  # (told in phrases too: "go ahead", "call off")
# aspectual verbs (Quirk et al. 1985, 16.41): ending what is done against going on with it ("stopped paying" /
# "continued paying", "kept paying")
_ENDING = frozenset("stop cease quit halt discontinue".split())
_GOING_ON = frozenset("continue keep resume".split())

# a target or a standard reached or not ("met its target" / "missed its target"; WordNet pairs "miss" only
# with "hit" and "catch")
_ATTAINING = frozenset("meet achieve attain".split())  # (not "reach": as often arriving, "reach house fires"; nor "exceed":
# exceeding a limit, "exceeded the 18-minute target", is missing it)
_MISSING = frozenset(["miss"])

# the two verdicts of a trial: convicted ("found guilty") or acquitted ("found not guilty", "cleared of" the charge;
# WordNet gives "clear" that sense only eighth, and pairs "acquit" with "convict" alone)
_CONVICTING = frozenset(["convict"])
_CLEARING = frozenset(["acquit", "clear"])

# the two signs of a result, as accounts and league tables name them: a year ends in profit or in
# loss, a budget in surplus or deficit, a season in promotion or relegation, and what is gained is
# not lost (WordNet pairs "loss" with "gain" only in a sixth sense, "profit" with no noun at all)
_OUTCOME_PAIRS = (("profit", "loss"), ("surplus", "deficit"), ("promotion", "relegation"), ("promote", "relegate"),
                  ("gain", "lose"), ("gain", "loss"))
OUTCOMES: dict = {}
for _one, _other in _OUTCOME_PAIRS:
    OUTCOMES.setdefault(_one, set()).add(_other)
    OUTCOMES.setdefault(_other, set()).add(_one)


# a decision on what is put forward, one way or the other: "the council approved the plans" against
# "rejected the plans" (verbs of assent and of refusal; WordNet pairs only approve / disapprove and
# accept / reject)
ASSENT = frozenset("approve accept endorse grant ratify uphold back support".split())
REFUSAL = frozenset("reject refuse veto dismiss overturn deny oppose".split())
# agreeing to what was asked, against turning it down ("agreed to fund the extension" / "rejected a
# request to fund it"; "agree to" reads as "consent"), not "agreed that" (a view shared), nor against
# "deny", whose "denied that ..." disputes what was said
_CONSENT = frozenset(["consent"])
_TURNING_DOWN = frozenset("reject refuse veto".split())


# what a whole takes in, or leaves out: "the standard covers sprinkler systems" against "sprinkler systems
# were left out of the standard" (WordNet pairs only include / exclude; "leave out" is read as "exclude")
INCLUSION = frozenset("include cover contain comprise incorporate".split())
EXCLUSION = frozenset("exclude omit".split())


# who comes out ahead in a contest: "Redmoor beat Bramley" against "Redmoor lost to Bramley" (the same
# doer; the other side's "Bramley beat Redmoor" is the same result, which the doer rule keeps apart)
WINNING = frozenset("win beat defeat thrash overcome".split())
_LOSING = frozenset(["lose"])
CONTEST = WINNING | _LOSING


def steady_use(analysis, index: int, lemma: str) -> bool:
    """Is a word of no change used as one ("prices were flat", "kept fees steady"), not as a noun
    after a determiner ("a flat", "a new stable")? A verb of change always is."""
    if lemma not in STEADY:
        return True
    before = analysis.tokens[index - 1].lower if index > 0 else ""
    # (nor after a possessive: "Mrs Ede's flat" is where she lives)
    return before not in DETERMINERS and before not in ("new", "old") and not (index > 0 and is_possessive(analysis.tokens[index - 1]))


# a change either way, which only no change rules out ("did not change" / "was unchanged")
_CHANGE_VERBS = frozenset("change move vary alter shift".split())


def contrary_in(statement, lemma: str, claim) -> int:
    """The token of the claim that rules out what the statement denies, or -1: the denied word's
    opposite, affirmed and acted ("did not approve" / "rejected", "did not rise" / "fell" or "held
    steady"), or no change at all for a denied change ("did not change" / "was unchanged")."""
    if lemma not in statement.negated:
        return -1
    contraries = STEADY if lemma in _CHANGE_VERBS else opposite_words(lemma)
    if _no_longer(statement, lemma):
        contraries = contraries | LEAVING  # "is no longer a member of the group" / "left the group": the state ended
    # (not doing again is ruled out by the opposite state only: "remained closed", not "closed in March")
    states_only = opposite_words(unrepeated(lemma)) - contraries
    for j, tok in enumerate(claim.tokens):
        if not tok.is_content or tok.lemma not in contraries | states_only or tok.lemma in claim.negated:
            continue
        if tok.lemma in states_only and not _lasting_state(claim, j):
            continue
        if tok.lemma in STEADY and not steady_use(claim, j, tok.lemma):
            continue  # "a stable job": no change told
        if tok.lemma not in STEADY and not claim.verbal(j) and not _state_told(claim, j):
            continue  # "the rejection letter": no act told
        mine = _clause_words(statement, statement.content.get(lemma, -1)) - {lemma, "long"}  # ("no longer": no word of it)
        if mine and not mine & (_clause_words(claim, j) - {tok.lemma}):
            continue  # "did not change its prices" against "kept its dividend unchanged but raised prices"
        return j
    # a change the other way in news' words ("profit did not fall" / "£9.4m, up from £9.1m"), told of its
    # sentence's figure whatever clause it stands in (a claim that also tells the fall denied contradicts
    # the statement: see agreement.polarity)
    return _change_marked(statement, lemma, claim, same_way=False)


# verbs that end a state or a role (Levin 1993, 51.1 "leave"; "lift" a ban, "step down", which reads "resign"): what
# "no longer" tells of the time after them
LEAVING = frozenset("leave quit resign depart lift".split())


def state_ended(statement, lemma: str, claim) -> int:
    """The token of the claim's verb that ended the state a statement tells as holding now ("Priya Nandra is a member
    of the Labour group" / "left the Labour group"; "is chair of the trust" / "stepped down as chair"), of the same
    clause's words, or -1. (Told in the past, "was a member", the state may have held before.)"""
    at = statement.content.get(lemma, -1)
    if not statement.present or at is None or at < 0 or statement.verbal(at) or lemma in statement.negated or claim.present:
        return -1
    toks = statement.tokens
    k = at - 1
    while k >= 0 and (toks[k].lower in DETERMINERS or toks[k].lower in ("still", "now", "currently")):
        k -= 1
    if k < 0 or toks[k].lower not in ("is", "are", "remains", "remain"):
        return -1  # (what "be" says the subject is: "is a member", "is still chair"; not "a member of the group")
    mine = _clause_words(statement, at) - {"still"}
    # (the names the state is of, "of the Labour group", must be those of the clause that ends it: "joined the
    # Independent group" in the same sentence is not left)
    of = {m.name for m in statement.mentions if m.first > at}
    for j, tok in enumerate(claim.tokens):
        if tok.lemma in LEAVING and claim.verbal(j) and tok.lemma not in claim.negated and mine & (_clause_words(claim, j) - {tok.lemma}):
            lo, hi = span_between(claim.text, tok.start, _JOINTS)
            if of <= {m.name for m in claim.mentions if lo <= m.start < hi}:
                return j
    return -1


def _no_longer(analysis, lemma: str) -> bool:
    """Is the word denied by a "no longer" before it ("is no longer a member", "no longer in force")?"""
    at = analysis.content.get(lemma, -1)
    toks = analysis.tokens
    return at is not None and at > 1 and any(toks[k].lower == "no" and toks[k + 1].lower == "longer"
                                              for k in range(max(0, at - 5), at - 1))


def denied_change_marked(statement, lemma: str, claim) -> int:
    """The claim's mark of a change the way the statement's denied verb of change goes ("profit did not
    rise" / "£9.4m, up from £9.1m"), of the measure the statement names, or -1. Not a denial of degree
    ("did not rise as fast as", "did not fall enough")."""
    at = statement.content.get(lemma, -1)
    if lemma not in statement.negated or at < 0 or any(t.lower in _DEGREE_AFTER for t in statement.tokens[at + 1:at + 4]):
        return -1
    return _change_marked(statement, lemma, claim, same_way=True)


def _change_marked(statement, lemma: str, claim, same_way: bool) -> int:
    """The token of the claim's news mark of change ("up from", "down 4 per cent") the same way as the
    statement's verb of change, or the other way, told of the measure the statement names; or -1."""
    way = way_of(lemma)
    if not way:
        return -1
    j = direction_marks(claim).get(way if same_way else ("up" if way == "down" else "down"), -1)
    return j if j >= 0 and _measure_named(statement, lemma, claim, j) else -1


_DEGREE_AFTER = frozenset(["as", "than", "much", "enough", "so", "far", "fast", "quickly", "sharply"])


_LENGTHS = DURATION_UNITS | {"quarter"}  # a reading's length: "in the six months to June, up from ..."


def _measure_named(statement, lemma, claim, mark: int) -> bool:
    """Is the claim's mark of change at ``mark`` told of what the statement's verb of change is told of, a
    common word of its subject ("passenger numbers did not grow" / "2.1 million passengers, down 4 per
    cent"; not "revenue did not grow" / "a profit of £48.3m, up from £31.6m, and its revenue fell")?
    The mark's measure is what the figure before it counts or is "of"; else any word of the claim's."""
    at = statement.content.get(lemma, -1)
    named = {k for m in statement.mentions for k in range(m.first, m.last + 1)}
    subject = {t.lemma for k, t in enumerate(statement.tokens[:max(at, 0)]) if t.is_content and k not in named and not t.is_number}
    if not subject:
        return True
    toks = claim.tokens
    figure = max((q for q in claim.quantities if 0 <= q.end <= toks[mark].start and english.lemma(q.noun.lower()) not in _LENGTHS),
                 key=lambda q: q.end, default=None)  # (not a reading's length: "in the six months to June, up from")
    measure = set()
    if figure is not None:
        measure = {english.lemma(figure.noun.lower())} if figure.noun else set()
        k = max((k for k, t in enumerate(toks) if t.end <= figure.start), default=-1)
        if k >= 1 and toks[k].lower == "of" and toks[k - 1].is_content:
            measure.add(toks[k - 1].lemma)  # "a pre-tax profit of £48.3 million, up from ..."
    told = measure or set(claim.content) | {english.lemma(q.noun.lower()) for q in claim.quantities if q.noun}
    return bool(subject & told)


def unrepeated(lemma: str) -> str:
    """A verb of doing again without its "re-" ("reopen" -> "open"): not reopening is not opening
    again, which the opposite state rules out as it rules out opening ("remained closed"); else ""."""
    base = lemma[2:]
    return base if lemma.startswith("re") and len(base) >= _PREFIXED_BASE and english.known(base) \
        and english.can_be_verb(base) else ""


def opposed_acts(one: str, other: str) -> bool:
    """Are the two verbs opposite acts, each the other's undoing or its opposite ("closed" / "reopened",
    "stopped" / "resumed")?"""
    mine, theirs = {one, unrepeated(one)} - {""}, {other, unrepeated(other)} - {""}
    return any(b in opposite_words(a) or a in opposite_words(b) for a in mine for b in theirs)


# verbs that tell a state of their subject in the word after them (Quirk et al. 1985, 16.21: current
# copulas): "remained closed", "will stay open", "has been shut"
# copulas of being and of becoming (Quirk et al. 1985, 16.21: current and resulting copulas): "was shut",
# "becomes unsafe", "proved unworkable"
STATE_COPULAS = frozenset(["be", "remain", "stay", "become", "prove", "seem", "turn"])


def _state_told(analysis, index: int) -> bool:
    """Is the word the complement of a copula, a state told of the subject ("stayed open", "was shut"),
    which rules out its opposite as an act of the subject does?"""
    return index > 0 and analysis.tokens[index - 1].lemma in STATE_COPULAS


def _lasting_state(analysis, index: int) -> bool:
    """Is the word a state told as lasting ("remained closed", "stayed shut", "has been closed since", "is
    closed"), not the act of a passive ("was closed in March")?"""
    if index < 1:
        return False
    before = analysis.tokens[index - 1].lower
    if analysis.tokens[index - 1].lemma in ("remain", "stay") or before in ("is", "are"):
        return True
    return before == "been" and index > 1 and analysis.tokens[index - 2].lower in ("has", "have", "had")


_JOINTS = (", ", ";", " but ", " while ", " and ")


def _clause_words(analysis, index: int) -> set:
    """The common content words of the clause a token stands in (names aside): what it is told of."""
    if index is None or index < 0:
        return set()
    lo, hi = span_between(analysis.text, analysis.tokens[index].start, _JOINTS)
    return {t.lemma for t in analysis.tokens if lo <= t.start < hi and t.is_content and not t.is_cap and not t.is_number}
