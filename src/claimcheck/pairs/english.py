"""General English the pair generator needs: verb forms, number words, antonyms.

Word lists are general English (irregular verbs as any grammar lists them, true antonym
pairs); none names a claim. Regular verb forms are built by rule and accepted only when
the word is in the packaged word-piece vocabulary (the uncased BERT vocabulary that
``text/related.py`` ships), so that an unknown word is skipped rather than misspelt.
"""

from __future__ import annotations

from functools import lru_cache

from ..text import english as lexicon_english
from ..text.lexicon import AUXILIARIES  # noqa: F401  (the generator's word lists read it from here)

# base: (past, past participle)
IRREGULAR_VERBS = {
    "be": ("was", "been"), "become": ("became", "become"), "begin": ("began", "begun"), "beat": ("beat", "beaten"),
    "bring": ("brought", "brought"), "build": ("built", "built"), "buy": ("bought", "bought"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cost": ("cost", "cost"), "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"), "do": ("did", "done"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"),
    "eat": ("ate", "eaten"), "fall": ("fell", "fallen"), "feel": ("felt", "felt"), "fight": ("fought", "fought"),
    "find": ("found", "found"), "fly": ("flew", "flown"), "forecast": ("forecast", "forecast"),
    "freeze": ("froze", "frozen"), "get": ("got", "got"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grow": ("grew", "grown"), "have": ("had", "had"), "hear": ("heard", "heard"), "hit": ("hit", "hit"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"), "let": ("let", "let"),
    "lie": ("lay", "lain"), "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "ride": ("rode", "ridden"), "rise": ("rose", "risen"), "run": ("ran", "run"),
    "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"), "shed": ("shed", "shed"),
    "shoot": ("shot", "shot"), "show": ("showed", "shown"), "shrink": ("shrank", "shrunk"), "shut": ("shut", "shut"),
    "sing": ("sang", "sung"), "sink": ("sank", "sunk"), "sit": ("sat", "sat"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "spread": ("spread", "spread"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "strike": ("struck", "struck"),
    "swear": ("swore", "sworn"), "take": ("took", "taken"), "teach": ("taught", "taught"),
    "tell": ("told", "told"), "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "understand": ("understood", "understood"), "upset": ("upset", "upset"), "wake": ("woke", "woken"),
    "wear": ("wore", "worn"), "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"), "undertake": ("undertook", "undertaken"), "overtake": ("overtook", "overtaken"),
    "oversee": ("oversaw", "overseen"), "rebuild": ("rebuilt", "rebuilt"), "tie": ("tied", "tied"),
    "die": ("died", "died"),
}
_PAST_TO_BASE = {}
for _base, (_past, _pp) in IRREGULAR_VERBS.items():
    _PAST_TO_BASE.setdefault(_past, _base)
    _PAST_TO_BASE.setdefault(_pp, _base)
_PAST_TO_BASE["were"] = "be"
IRREGULAR_PAST = frozenset(p for p, _ in IRREGULAR_VERBS.values()) - {"read", "set", "put", "let", "cost", "hit", "shut", "quit", "shed", "spread", "split", "upset", "forecast", "lay"}
IRREGULAR_PARTICIPLES = frozenset(pp for _, pp in IRREGULAR_VERBS.values())

BE_FORMS = frozenset("is are was were".split())
HAVE_FORMS = frozenset("has have had".split())
DO_FORMS = frozenset("do does did".split())
MODALS = frozenset("will would can could should may might must".split())

# Present-tense verbs that news text uses for states and habits ("employs", "owns").
PRESENT_VERBS = frozenset(
    """
    employs owns operates runs holds plays lives leads makes builds produces sells supplies expects plans
    intends aims hopes wants says believes thinks remains includes covers represents controls manages needs
    faces uses offers provides serves stands sees knows takes gives keeps comes goes works trains earns
    """.split()
)

REPORTING_VERBS = frozenset(
    """
    said says told tells reported reports announced announces stated states confirmed confirms insisted insists
    denied denies claimed claims estimated estimates added adds warned warns argued argues admitted admits
    """.split()
)

DETERMINERS = frozenset("a an the this that these those its their his her our my your each every any some no".split())
PREPOSITIONS = frozenset(
    "in of at for from with near by on to into over under about between against across during after before".split()
)

# True antonym pairs of general English, each way. Only inflected forms: a bare "close" or
# "open" is as often an adjective as a verb. Not "bought"/"sold": chips sold in a market are
# chips bought in it.
ANTONYMS = {}
for _a, _b in (
    ("rose", "fell"), ("rises", "falls"), ("risen", "fallen"), ("rising", "falling"),
    ("increased", "decreased"), ("increases", "decreases"), ("increasing", "decreasing"),
    ("won", "lost"), ("wins", "loses"), ("winning", "losing"),
    ("gained", "lost"), ("gains", "loses"),
    ("opened", "closed"), ("approved", "rejected"), ("accepted", "rejected"),
    ("promoted", "relegated"), ("promotion", "relegation"),
    ("victory", "defeat"), ("profit", "loss"), ("gain", "loss"),
    ("highest", "lowest"), ("largest", "smallest"), ("biggest", "smallest"), ("best", "worst"),
    ("stronger", "weaker"), ("strongest", "weakest"), ("higher", "lower"),
    ("strengthened", "weakened"), ("expanded", "shrank"),
    ("up", "down"), ("north", "south"), ("east", "west"),
):
    ANTONYMS.setdefault(_a, _b)
    ANTONYMS.setdefault(_b, _a)
ANTONYMS["lost"] = "won"  # "lost" is the opposite of both "won" and "gained": one answer
# Words whose antonym holds only in a given construction: the next word(s) must be one of these.
ANTONYM_CONTEXT = {
    "up": "number", "down": "number",  # "up 12 per cent", "down from 352,000"
    "higher": ("than",), "lower": ("than",),
    "north": ("of",), "south": ("of",), "east": ("of",), "west": ("of",),
}

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD_VALUES = {w: i for i, w in enumerate(ONES)}
NUMBER_WORD_VALUES.update({w: 10 * i for i, w in enumerate(TENS) if w != "_"})
SCALE_WORD_VALUES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def number_to_words(n: int) -> str:
    """0 <= n < 1,000,000 in British words: 187 -> "one hundred and eighty-seven"."""
    if n < 0 or n >= 1_000_000:
        raise ValueError(n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{ONES[hundreds]} hundred" + (f" and {number_to_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = f"{number_to_words(thousands)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + number_to_words(rest)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset:
    """Whole words of the packaged word-piece vocabulary (about 24,000 common English words)."""
    from ..text.related import table

    return frozenset(w for w in table().vocabulary if w and not w.startswith("##") and w.isalpha())


def is_word(word: str) -> bool:
    return word.lower() in vocabulary()


def base_form(word: str):
    """The base form of a past, participle or third-person form ("announced" -> "announce"); None if unsure."""
    low = word.lower()
    if low in _PAST_TO_BASE:
        return _PAST_TO_BASE[low]
    if low in ("has",):
        return "have"
    if low in ("is", "are", "was", "were"):
        return "be"
    if low in ("does",):
        return "do"
    lemma = lexicon_english.lemma(low)
    if lemma != low and low.endswith(("ed", "s")) and lexicon_english.can_be_verb(lemma):
        return lemma  # the lexicon's own reading first: "pointed" is "point", not the word "pointe"
    words = vocabulary()
    if low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        if low.endswith("ied") and low[:-3] + "y" in words:
            return low[:-3] + "y"
        if len(stem) > 2 and stem[-1] == stem[-2]:
            if stem in words:  # "called", "passed"
                return stem
            return stem[:-1] if stem[:-1] in words else None  # "planned", "admitted"
        with_e = low[:-1]
        if with_e in words:  # "announced", "used", "hoped": the -e form wins when both are words
            return with_e
        return stem if stem in words else None
    if low.endswith("s") and len(low) > 3:
        if low.endswith("ies") and low[:-3] + "y" in words:
            return low[:-3] + "y"
        if low.endswith("es") and low[:-2].endswith(("s", "x", "z", "ch", "sh", "o")) and low[:-2] in words:
            return low[:-2]
        return low[:-1] if low[:-1] in words else None
    return None


def past(base: str):
    """Simple past of a base form ("open" -> "opened", "win" -> "won"); None if unsure."""
    low = base.lower()
    if low in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[low][0]
    words = vocabulary()
    candidates = []
    if low.endswith("e"):
        candidates.append(low + "d")
    elif low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        candidates.append(low[:-1] + "ied")
    else:
        if len(low) >= 3 and low[-1] not in "aeiouwxy" and low[-2] in "aeiou" and low[-3] not in "aeiou":
            candidates.append(low + low[-1] + "ed")  # "plan" -> "planned", "admit" -> "admitted"
        candidates.append(low + "ed")
    for form in candidates:
        if form in words:
            return form
    return None


def participle(base: str):
    low = base.lower()
    if low in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[low][1]
    return past(low)


def third_person(base: str) -> str:
    low = base.lower()
    if low == "have":
        return "has"
    if low == "be":
        return "is"
    if low.endswith(("s", "x", "z", "ch", "sh", "o")):
        return low + "es"
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return low[:-1] + "ies"
    return low + "s"


def match_case(new: str, old: str) -> str:
    """``new`` capitalised as ``old`` is (only the first letter matters in running text)."""
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
