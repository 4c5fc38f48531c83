"""Who does what in a claim's main clause: the agent of an event, who is credited with a
figure or a quote, whether the verb states an event, a state or a passive."""

from __future__ import annotations

import re

from . import english, spans


TITLES = frozenset("Chairman Chairwoman Substitute Captain Manager Chief Professor President Councillor Mr Mrs Ms Dr "
                   "Minister Mayor Coach Director Senator Defender Goalkeeper Striker".split())


def agents(ctx, info):
    """The names credited with the event or with saying it: (mention, role)."""
    t = info.text
    ws = info.words
    verb = info.verb
    found = []
    people = [m for m in info.mentions if m.type in ("person", "org", "group")]
    for m in people:
        if spans.in_list(t, m, info.mentions) or parenthesised(t, m):
            continue
        before = t[max(0, m.start - 12):m.start].lower()
        if m.start < (verb.clause_start if verb else 0) and t.startswith("According to"):
            found.append((m, "credited source"))
        elif re.search(r"\bby\s+(?:the\s+)?\Z", before) and not spans.possessive(t, m):
            found.append((m, "agent of a passive"))
        elif re.search(r"\btold\s+(?:the\s+)?\Z", before):
            found.append((m, "outlet told"))
        elif re.match(r"\s+said\.?\s*\Z", t[m.end:]):
            found.append((m, "credited source"))
    if verb is not None:
        vw = ws[verb.index]
        if is_event(ws, verb):
            subject = [m for m in people if m.end <= vw.start and m.start >= verb.clause_start
                       and not re.search(r"\b(?:" + "|".join(english.PREPOSITIONS) + r")\s+(?:the\s+)?\Z", t[:m.start])]
            if subject:
                m = subject[-1]
                pre = re.search(r"([A-Z][\w’'-]*)\s+\Z", t[:m.start])
                if pre and pre.group(1) != "The" and pre.group(1) not in TITLES:
                    subject = []  # "The Hong Kong South China Morning Post", "US President Joe Biden": a modifier the new name would not take
            if subject:
                m = subject[-1]
                gap = t[m.end:vw.start]
                appositive = re.fullmatch(r"\s*,[^,]*,\s*", gap)
                of_phrase = re.fullmatch(r"\s+of\s+(?:the\s+)?[A-Z][^,]*", gap)  # "Ellen Marsh of the Green Party came"
                if (gap.strip() == "" or appositive or of_phrase) and not spans.possessive(t, m) and not parenthesised(t, m) \
                        and not spans.in_list(t, m, info.mentions):
                    role = "speaker" if vw.lower in english.REPORTING_VERBS else "agent"
                    found.append((m, role))
    seen, out = set(), []
    for m, role in found:
        if m.start not in seen:
            seen.add(m.start)
            out.append((m, role))
    return out


def parenthesised(t: str, m) -> bool:
    """"the Ministry of Industry (MIIT)": the name and its short form would no longer agree."""
    return bool(re.match(r"\s*\(", t[m.end:]) or re.search(r"\(\s*\Z", t[:m.start]))


def is_passive(ws, verb) -> bool:
    """"was founded", "were knocked out": the subject is what it happened to, not who did it."""
    if ws[verb.index].lower not in english.BE_FORMS:
        return False
    j = spans.next_word_index(ws, verb.index)
    return j < len(ws) and spans.is_participle(ws[j].text) and ws[j].lower != "been"


def is_event(ws, verb) -> bool:
    """Past simple or present perfect in the active voice: someone did something."""
    w = ws[verb.index].lower
    if verb.form == "past":
        return True
    if w in english.HAVE_FORMS:
        j = spans.next_word_index(ws, verb.index)
        return j < len(ws) and spans.is_participle(ws[j].text) and ws[j].lower != "been"
    return False


def is_state(ws, verb) -> bool:
    """A present-tense property: "employs", "has 51 councillors", "is a maker of"."""
    w = ws[verb.index].lower
    if verb.form == "present":
        return True
    if w in ("is", "are", "has", "have"):
        j = spans.next_word_index(ws, verb.index)
        return j < len(ws) and not spans.is_participle(ws[j].text) and ws[j].lower not in ("not", "to", "due", "set")
    return False


def event_lemma(ws, verb):
    w = ws[verb.index].lower
    if verb.form == "past":
        return english.base_form(w)
    if w in english.HAVE_FORMS | english.BE_FORMS:
        j = spans.next_word_index(ws, verb.index)
        if j < len(ws) and ws[j].lower == "been":
            j += 1
        if j < len(ws) and spans.is_participle(ws[j].text):
            return english.base_form(ws[j].text)
    return None
