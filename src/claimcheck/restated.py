"""A clause one text denies and the other tells word for word: "Larkway was not the least punctual
airline" against "Larkway was the least punctual airline". However the denial's first word reads (a
modifier, an adverb, a verb the word lists take for a determiner), "not P" contradicts "P" told of
the same subject."""

from __future__ import annotations

from .analysis import set_off_spans
from .text.lexicon import AUXILIARIES, BE_FORMS, DETERMINERS

# what ends the denied clause: a conjunction or a relative opens another, with a polarity of its own
_NEXT_CLAUSE_WORDS = frozenset("and but or nor which who whom whose that because while whereas although though when "
                                "unless if so".split())
# words after "not" that make no denial of the clause: "not only", "not least", "not until" (a time
# from which), "not every" (some), "not just", "not because" (another reason), "not to" (a purpose)
_NO_CLAUSE_DENIAL = frozenset("only just least until till before every all because to so even yet".split())
# words that, in the denied clause, make it a bound or a time from which: "not before 2027", "not
# until June", "not more than 300": a denial of those is no denial of the rest
_BOUNDING = frozenset("until till before after more less fewer than over under since".split())
_SENTENTIAL = frozenset(["not", "n't", "never"])
_FILLERS = DETERMINERS  # ("the", "a", "its": no word of what a clause tells)
_MIN_TOLD = 2  # words of content the clause must tell: "is not a member" alone is too little to be the same clause
_REACH = 10  # words back from a clause to a denial of it
_CLAUSE_REACH = 30  # words of the denied clause compared


def _is_negator(tok) -> bool:
    return tok.lower in _SENTENTIAL or tok.lower.endswith("n't")


_BREAKS = frozenset(",;:()[]\"“”—–")


def _broken(text, tokens, j) -> bool:
    """Does punctuation that sets clauses or phrases apart stand between tokens j - 1 and j?"""
    between = text[tokens[j - 1].end:tokens[j].start]
    return any(c in _BREAKS for c in between) or ". " in between


def _told_words(text, tokens, start) -> list:
    """Indices of the words of the clause from ``start`` to a clause boundary, past fillers."""
    out = []
    for j in range(start, min(len(tokens), start + _CLAUSE_REACH)):
        tok = tokens[j]
        if (j > start and _broken(text, tokens, j)) or tok.lower in _NEXT_CLAUSE_WORDS:
            break
        if tok.lower in _FILLERS:
            continue
        out.append(j)
    return out


def _subject_word(text, tokens, at) -> int:
    """The index of the word before the verb group that ends at ``at`` (its auxiliaries, adverbs and
    fillers skipped), or -1 at a clause's start ("..., cut admissions": the subject is set apart)."""
    k = at
    asides = set_off_spans(text)
    jumped = False
    while k >= 0:
        if not jumped and k + 1 < len(tokens) and _broken(text, tokens, k + 1):
            # past an appositive or a relative clause set off after the subject ("Velarimab, an asthma
            # drug, cut admissions"), else the clause opens here
            aside = next((a for a, b in asides if tokens[k].start >= a and tokens[k].end <= b <= tokens[k + 1].start), None)
            if aside is None:
                return -1
            k, jumped = max((j for j in range(k) if tokens[j].end <= aside), default=-1), True
            continue
        jumped = False
        low = tokens[k].lower
        if not (low in AUXILIARIES or low in BE_FORMS or low in _FILLERS or low in ("also", "still") or _is_negator(tokens[k])):
            return k
        k -= 1
    return -1


def _subject_words(text, tokens, last) -> tuple:
    """(the words, the index of the first) of the subject whose last word is token ``last``, back to
    its clause's start: "the plans for the Cragside wind farm" (lemmas, fillers left out)."""
    out, first = set(), last
    for k in range(last, max(-1, last - _REACH), -1):
        if tokens[k].lower in _NEXT_CLAUSE_WORDS and k != last:
            break
        first = k
        if tokens[k].lower not in _FILLERS:
            out.add(tokens[k].lemma or tokens[k].lower)
        if k > 0 and _broken(text, tokens, k):
            break
    return out, first


_MODAL_VERBS = frozenset("will would shall should can could may might must".split())
_PAST = frozenset("did was were had".split())
_PRESENT = frozenset("do does is are am".split())


def _time_of(tokens, verb_at, first) -> str:
    """"modal WORD", "past", "present" or "" (either) of the verb group before ``verb_at``, or of the
    clause's first word when no auxiliary stands there ("joined": past; "owns": present; "cut": either)."""
    for k in range(verb_at, max(-1, verb_at - 4), -1):
        low = tokens[k].lower.replace("n't", "")
        if low in _MODAL_VERBS or low in ("wo", "ca"):  # ("won't", "can't")
            return "modal " + {"wo": "will", "ca": "can"}.get(low, low)
        if low in _PAST:
            return "past"
        if low in _PRESENT:
            return "present"
        if low in ("has", "have"):
            return ""  # a perfect tells of a past act as of now
        if not (_is_negator(tokens[k]) or low in ("also", "still", "be", "been", "being") or low in _FILLERS):
            break  # (past "be": "will be the captain" is the modal's, "had been the captain" the past's)
    word = tokens[first]
    if word.lemma and word.lower != word.lemma:
        if word.lower.endswith("ed"):
            return "past"
        if word.lower == word.lemma + "s" or word.lower == word.lemma + "es":
            return "present"
    return ""


def _times_agree(a: str, b: str) -> bool:
    return a == b or (not a.startswith("modal") and not b.startswith("modal") and "" in (a, b))


_DENYING_VERBS = frozenset("deny reject dismiss refute".split())


def _denied_in_clause_before(text, tokens, start) -> bool:
    """Is there a denial in the clause before ``start`` ("no one said"), or in the one a "that" clause
    is the object of ("denied (reports) that X joined")?"""
    for k in range(start - 1, max(-1, start - _REACH), -1):
        tok = tokens[k]
        if tok.lower == "that":
            return any(t.lemma in _DENYING_VERBS or _is_negator(t) for t in tokens[max(0, k - 3):k])
        if _broken(text, tokens, k + 1) or tok.lower in _NEXT_CLAUSE_WORDS:
            return False
        if _is_negator(tok) or tok.lower in ("no", "nobody", "nothing", "none") or tok.lemma in _DENYING_VERBS:
            return True
    return False


def _same(a, b) -> bool:
    return (bool(a.lemma) and a.lemma == b.lemma) or a.lower == b.lower


def denied_as_told(denying, telling) -> tuple:
    """((start, end) in ``denying``, (start, end) in ``telling``) of a clause the first denies with
    "not", "n't" or "never" after its verb's auxiliary and the second tells, undenied, in the same
    words after the same subject's word; () when there is none. Both are analyses (their tokens)."""
    toks, others = denying.tokens, telling.tokens
    for i, tok in enumerate(toks):
        if not _is_negator(tok) or i + 1 >= len(toks) or toks[i + 1].lower in _NO_CLAUSE_DENIAL:
            continue
        if tok.lower in ("not", "never") and (i == 0 or (toks[i - 1].lower not in AUXILIARIES and toks[i - 1].lower not in BE_FORMS)):
            continue  # "not" of a phrase ("not the first time", "in not doing it"), not of a clause
        told = _told_words(denying.text, toks, i + 1)
        # do-support: "does not own it" tells "owns it"; the "do" is no word of the clause
        subject_at = _subject_word(denying.text, toks, i)
        if len([j for j in told if toks[j].is_content or toks[j].is_cap or toks[j].is_number]) < _MIN_TOLD:
            continue
        if any(toks[j].lower in _BOUNDING for j in told):
            continue
        first = toks[told[0]]
        time = _time_of(toks, i, told[0])
        for k, other in enumerate(others):
            if not _same(first, other):
                continue
            matched = _told_words(telling.text, others, k)
            if len(matched) < len(told) or not all(_same(toks[a], others[b]) for a, b in zip(told, matched)):
                continue
            their_subject = _subject_word(telling.text, others, k - 1)
            if (subject_at < 0) != (their_subject < 0) or (subject_at >= 0 and not _same(toks[subject_at], others[their_subject])):
                continue
            subject, subject_from = _subject_words(denying.text, toks, subject_at) if subject_at >= 0 else (set(), i)
            their, their_from = _subject_words(telling.text, others, their_subject) if their_subject >= 0 else (set(), k)
            if subject != their:
                continue  # "harbour seals" are not the "grey seals" the claim tells of, nor "a rival of Larkway" Larkway
            if _denied_in_clause_before(telling.text, others, k) or not _times_agree(time, _time_of(others, k - 1, k)) \
                    or any(others[b].lemma in telling.negated for b in matched[:len(told)]):
                continue
            last = matched[len(told) - 1]
            if _phrase_goes_on(telling.text, others, last) or _phrase_goes_on(denying.text, toks, told[-1]):
                continue  # "owns Ferris Mill Lodge" is not "own Ferris Mill"; "the club chairman's daughter" no chairman
            if not asserted(denying.text, toks, subject_from) or not asserted(telling.text, others, their_from):
                continue
            return (tok.start, toks[told[-1]].end), (other.start, others[last].end)
    return ()


# words before a clause that make it no assertion of its own: a condition, a time or a reason it
# depends on, a question, a doubt, a test, a wish or a denial of it
_SUBORDINATORS = frozenset("if unless whether once when whenever until before after although though because while "
                           "whereas lest".split())
_NOT_ASSERTING = frozenset("ask question check test doubt dispute unclear uncertain unknown false untrue wrong wrongly rumour "
                           "rumor allege allegation believe think suspect hope want wish aim design seek plan expect "
                           "evidence".split()) | _DENYING_VERBS


def asserted(text, tokens, start) -> bool:
    """Does the text assert the clause at ``start`` (its subject's first word or its own first word):
    a statement, not a question, and nothing before it in its sentence that makes it a condition, a
    doubt, a wish or a denial ("if the council did not approve", "there is no evidence that",
    "asked whether", "rumours that ... are untrue")? A reporting verb's "that" keeps it asserted."""
    if "?" in text:
        return False
    for k in range(start):
        tok = tokens[k]
        if tok.lower in _SUBORDINATORS or tok.lemma in _NOT_ASSERTING or _is_negator(tok) \
                or tok.lower in ("no", "nobody", "nothing", "none", "neither", "nor"):
            return False
    return True


def _phrase_goes_on(text, tokens, last) -> bool:
    """Does the phrase ending at token ``last`` go on with a word of its own ("Ferris Mill Lodge", "the club
    chairman's daughter"): a content word, a name or a figure right after it, or a possessive ending?"""
    if last + 1 >= len(tokens) or _broken(text, tokens, last + 1):
        return False
    between = text[tokens[last].end:tokens[last + 1].start]
    nxt = tokens[last + 1]
    return "'" in between or "’" in between or nxt.is_cap or nxt.is_number or (nxt.is_content and nxt.lower not in _NEXT_CLAUSE_WORDS)
