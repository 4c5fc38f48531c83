"""The pair generator (claimcheck.pairs): labelled statements from any claim base.

These tests check the generator, never the verdict engine: every pair must be what its kind
says (a figure really changed beyond tolerance, a date really shifted, a negation really
added or removed, a swapped name really another of the base's names), unique, grammatical
where rules can tell, and the same for the same seed, on the built-in base and on the six
bases of tests/bases/.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from claimcheck.claimbase import load_claim_base
from claimcheck.pairs import KINDS, Pair, generate
from claimcheck.pairs import spans

ROOT = Path(__file__).resolve().parents[1]
BASE_PATHS = {
    "built-in": ROOT / "claims.yaml",
    "football": ROOT / "tests" / "bases" / "football" / "claims.yaml",
    "company": ROOT / "tests" / "bases" / "company" / "claims.yaml",
    "election": ROOT / "tests" / "bases" / "election" / "claims.yaml",
    "transport": ROOT / "tests" / "bases" / "transport" / "claims.yaml",
    "health": ROOT / "tests" / "bases" / "health" / "claims.yaml",
    "environment": ROOT / "tests" / "bases" / "environment" / "claims.yaml",
}
NEGATION_RE = re.compile(r"\b(?:not|never|cannot|no longer)\b|n't\b")
ED_BASE_FORMS = "(?:need|heed|proceed|succeed|exceed|bleed|breed|feed|speed|seed|weed|shed|wed|embed)"


@pytest.fixture(scope="module", params=sorted(BASE_PATHS))
def generated(request):
    base = load_claim_base([str(BASE_PATHS[request.param])])
    return request.param, base, generate(base, seed=0)


def _changed(old: str, new: str):
    """The differing middle of two texts: (old part, new part), after the common prefix and suffix."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return old[start:len(old) - end], new[start:len(new) - end]


def _by_kind(pairs, kind):
    return [p for p in pairs if p.kind == kind]


def _amounts(text):
    """Figures that are not part of a date ("28" in "28 February 2024" is a day)."""
    days = [(d.start, d.end) for d in spans.dates(text)]
    return [a for a in spans.amounts(text) if not any(s <= a.start < e for s, e in days)]


# ---------------------------------------------------------------- every base


def test_pairs_are_labelled_as_their_kind(generated):
    _, _, pairs = generated
    assert pairs
    for pair in pairs:
        assert isinstance(pair, Pair)
        assert pair.expected == KINDS[pair.kind]
        assert pair.statement == pair.statement.strip() and "\n" not in pair.statement
        assert pair.note


def test_each_base_gives_the_main_kinds_and_all_three_labels(generated):
    name, _, pairs = generated
    kinds = {p.kind for p in pairs}
    assert {"quote", "text", "number-form", "date-form", "amount", "date", "actor", "negation", "antonym",
            "subject-swap", "modality" if name != "company" else "extra-detail"} <= kinds, name
    assert {p.expected for p in pairs} == {"supported", "conflicting", "unverified"}


def test_every_kind_appears_on_some_base():
    kinds = set()
    for path in BASE_PATHS.values():
        kinds |= {p.kind for p in generate(load_claim_base([str(path)]))}
    assert kinds == set(KINDS)


def test_statements_are_unique(generated):
    _, _, pairs = generated
    keys = [re.sub(r"\s+", " ", p.statement.rstrip(".")).lower() for p in pairs]
    assert len(keys) == len(set(keys))


def test_same_seed_same_pairs_and_other_seeds_stay_valid(generated):
    _, base, pairs = generated
    assert generate(base, seed=0) == pairs
    other = generate(base, seed=7)
    assert {(p.kind, p.claim_id) for p in other if p.kind in ("quote", "text")} == {
        (p.kind, p.claim_id) for p in pairs if p.kind in ("quote", "text")}
    assert all(p.expected == KINDS[p.kind] for p in other)


def test_perturbed_statements_never_repeat_a_claim(generated):
    _, base, pairs = generated
    said = {re.sub(r"\s+", " ", t.strip().rstrip(".")).lower() for c in base.claims for t in (c.text, c.quote)}
    for pair in pairs:
        if pair.expected != "supported":
            assert re.sub(r"\s+", " ", pair.statement.rstrip(".")).lower() not in said, pair


def test_supported_kinds_keep_the_claims_words(generated):
    _, base, pairs = generated
    for pair in _by_kind(pairs, "quote"):
        assert pair.statement == base.claim(pair.claim_id).quote.strip()
    for pair in _by_kind(pairs, "text"):
        assert pair.statement == base.claim(pair.claim_id).text.strip()


def test_changed_amounts_differ_by_a_quarter_or_reverse_their_bound(generated):
    _, base, pairs = generated
    amount_pairs = _by_kind(pairs, "amount")
    assert amount_pairs
    for pair in amount_pairs:
        text = base.claim(pair.claim_id).text.strip()
        before = _amounts(text)
        after = _amounts(pair.statement)
        assert len(before) == len(after), pair
        changed = [(a, b) for a, b in zip(before, after) if (a.total, a.qualifier) != (b.total, b.qualifier)]
        assert len(changed) == 1, pair
        (a, b), = changed
        assert a.unit == b.unit
        if a.qualifier in ("more", "less"):
            assert b.qualifier == ("less" if a.qualifier == "more" else "more"), pair
            # "over 70" -> "fewer than 40": no figure satisfies both
            assert (b.total <= 0.75 * a.total) if a.qualifier == "more" else (b.total >= 1.25 * a.total), pair
        else:
            assert b.qualifier == a.qualifier, pair
            assert abs(b.total - a.total) >= 0.25 * a.total, pair


def test_number_forms_keep_the_value(generated):
    _, base, pairs = generated
    for pair in _by_kind(pairs, "number-form"):
        text = base.claim(pair.claim_id).text.strip()
        old, new = _changed(text, pair.statement)
        assert old != new
        before = sorted((a.unit, round(a.total, 6)) for a in _amounts(text))
        after = sorted((a.unit, round(a.total, 6)) for a in _amounts(pair.statement))
        assert before == after, pair


def test_shifted_dates_really_differ(generated):
    _, base, pairs = generated
    date_pairs = _by_kind(pairs, "date")
    assert date_pairs
    for pair in date_pairs:
        text = base.claim(pair.claim_id).text.strip()
        before = [(d.year, d.month, d.day) for d in spans.dates(text)]
        after = [(d.year, d.month, d.day) for d in spans.dates(pair.statement)]
        assert len(before) == len(after), pair
        changed = [(a, b) for a, b in zip(before, after) if a != b]
        assert len(changed) == 1, pair
        (a, b), = changed
        assert sum(x != y for x, y in zip(a, b)) >= 1
        assert all((x is None) == (y is None) for x, y in zip(a, b)), "the same granularity as written"


def test_date_forms_keep_the_date(generated):
    _, base, pairs = generated
    for pair in _by_kind(pairs, "date-form"):
        text = base.claim(pair.claim_id).text.strip()
        before = [(d.year, d.month, d.day) for d in spans.dates(text)]
        after = [(d.year, d.month, d.day) for d in spans.dates(pair.statement)]
        assert sorted(before, key=str) == sorted(after, key=str), pair
        assert pair.statement != text


def test_negation_is_really_inserted_or_removed(generated):
    _, base, pairs = generated
    negation_pairs = _by_kind(pairs, "negation")
    assert negation_pairs
    for pair in negation_pairs:
        text = base.claim(pair.claim_id).text.strip()
        before, after = len(NEGATION_RE.findall(text)), len(NEGATION_RE.findall(pair.statement))
        assert abs(before - after) == 1, pair
        # "did not need", "did not exceed": a base form may end in -ed itself
        assert not re.search(r"\b(?:did|does|do) not (?!" + ED_BASE_FORMS + r"\b)\w+ed\b", pair.statement), "did not + base form"
        assert not re.search(r"\b(?:not not|did did)\b", pair.statement)


def test_antonyms_replace_one_word_by_its_opposite(generated):
    from claimcheck.pairs.english import ANTONYMS

    _, base, pairs = generated
    for pair in _by_kind(pairs, "antonym"):
        before = [w.text for w in spans.words(base.claim(pair.claim_id).text.strip())]
        after = [w.text for w in spans.words(pair.statement)]
        assert len(before) == len(after)
        changed = [(a, b) for a, b in zip(before, after) if a != b]
        assert len(changed) == 1, pair
        (a, b), = changed
        assert ANTONYMS[a.lower()] == b.lower(), pair


def test_swapped_names_are_other_names_of_the_same_type(generated):
    _, base, pairs = generated
    types = {e.name: e.type for e in base.entities}
    finder = spans.NameFinder(base.entities)
    for pair in _by_kind(pairs, "actor") + _by_kind(pairs, "place") + _by_kind(pairs, "subject-swap"):
        claim = base.claim(pair.claim_id)
        before = Counter(m.name for m in finder.find(claim.text))
        after = Counter(m.name for m in finder.find(pair.statement))
        added, removed = after - before, before - after
        assert sum(added.values()) == 1 and sum(removed.values()) == 1, pair
        (new,), (old,) = added, removed
        assert types[new] == types[old], pair
        if pair.kind == "place":
            assert types[new] == "place"
        else:
            assert types[new] in ("person", "org", "group")


def test_unverified_kinds_keep_the_claim_and_add_or_move_only(generated):
    _, base, pairs = generated
    for pair in _by_kind(pairs, "extra-detail"):
        text = base.claim(pair.claim_id).text.strip()
        old, new = _changed(text, pair.statement)
        assert old == "" and len(new.split()) >= 3, pair  # only words added
    for pair in _by_kind(pairs, "modality"):
        text = base.claim(pair.claim_id).text.strip()
        assert re.search(r"\b(?:will|plans? to|is due to|expected to|promised to|pledged to|intends? to|aims? to|is to|are to)\b", text)
        assert not re.search(r"\b(?:will|plans? to|is due to|expected to|promised to|pledged to)\b", pair.statement), pair


def test_grammar_of_swapped_names():
    """Articles follow the new name ("of the Green Party" -> "of Labour", "a Ashby" -> "an Ashby" never)."""
    for path in BASE_PATHS.values():
        for pair in generate(load_claim_base([str(path)])):
            assert not re.search(r"\b[Tt]he [Tt]he\b", pair.statement), pair
            assert not re.search(r"\ba [AEIO]", pair.statement), pair
            assert not re.search(r"\b(?:of|by|to) the Labour\b", pair.statement), pair


# ---------------------------------------------------------------- a base written here


SMALL_BASE = """
version: 1
entities:
  - {name: Northfield Museum, type: org, aliases: [the museum]}
  - {name: Harbour Gallery, type: org, aliases: []}
  - {name: Anna Reyes, type: person, aliases: [Reyes]}
  - {name: Tom Baker, type: person, aliases: [Baker]}
  - {name: Leeds, type: place, part_of: [England], aliases: []}
  - {name: York, type: place, part_of: [England], aliases: []}
sources:
  - {id: gazette, title: Museum opens, outlet: Northern Arts Gazette, published: "2021-03-04", file: museum.txt}
claims:
  - id: opened
    source: gazette
    quote: "The Northfield Museum opened in Leeds on 3 March 2021."
    text: "The Northfield Museum opened in Leeds on 3 March 2021."
    kind: fact
  - id: visitors
    source: gazette
    quote: "It expects 1.2 million visitors."
    text: "The Northfield Museum expects more than 70 schools and 1,200,000 visitors a year."
    kind: forecast
  - id: cost
    source: gazette
    quote: "It cost $10bn."
    text: "Anna Reyes said the building cost $10bn."
    kind: fact
  - id: staff
    source: gazette
    quote: "It employs 207,000 volunteers."
    text: "The Northfield Museum employs 207,000 volunteers."
    kind: fact
  - id: extension
    source: gazette
    quote: "The museum will build a new wing."
    text: "The Northfield Museum will build a new wing in 2023."
    kind: forecast
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "claims.yaml"
    path.write_text(SMALL_BASE, encoding="utf-8")
    base = load_claim_base([str(path)])
    return base, generate(base, seed=0)


def _base_of(tmp_path, text: str):
    """A claim base loaded from ``text``, written as claims.yaml in the test's folder."""
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return load_claim_base([str(path)])


def _statements(pairs, claim_id, kind):
    return [p.statement for p in pairs if p.claim_id == claim_id and p.kind == kind]


def test_small_base_number_forms(small):
    base, _ = small
    forms = set()
    for seed in range(12):
        forms |= {p.statement for p in generate(base, seed=seed, kinds=["number-form"])}
    assert "Anna Reyes said the building cost 10 billion dollars." in forms
    assert "The Northfield Museum employs 207 thousand volunteers." in forms
    assert any("1.2 million visitors" in s for s in forms)


def test_small_base_bound_reversed_and_date_shifted(small):
    _, pairs = small
    assert any("fewer than 40 schools" in s for s in _statements(pairs, "visitors", "amount"))
    shifted = _statements(pairs, "opened", "date")
    assert shifted and all("3 March 2021" not in s for s in shifted)


def test_small_base_polarity_places_and_plans(small):
    _, pairs = small
    assert _statements(pairs, "opened", "negation") == ["The Northfield Museum did not open in Leeds on 3 March 2021."]
    assert _statements(pairs, "opened", "antonym") == ["The Northfield Museum closed in Leeds on 3 March 2021."]
    assert _statements(pairs, "opened", "place") == ["The Northfield Museum opened in York on 3 March 2021."]
    assert _statements(pairs, "extension", "modality") == ["The Northfield Museum built a new wing in 2023."]
    assert _statements(pairs, "cost", "actor") == ["Tom Baker said the building cost $10bn."]
    assert _statements(pairs, "staff", "subject-swap") == ["Harbour Gallery employs 207,000 volunteers."]


def test_small_base_actor_swap_skips_a_name_another_claim_credits(tmp_path):
    text = SMALL_BASE + """
  - id: baker-cost
    source: gazette
    quote: "Baker said the building cost $10bn."
    text: "Tom Baker said the building cost $10bn."
    kind: fact
"""
    pairs = generate(_base_of(tmp_path, text), seed=0)
    assert "Tom Baker said the building cost $10bn." not in [p.statement for p in pairs if p.kind == "actor"]


def test_unknown_kind_is_refused(small):
    base, _ = small
    with pytest.raises(ValueError, match="unknown pair kind"):
        generate(base, kinds=["amount", "rhyme"])


def test_kinds_filter(small):
    base, _ = small
    assert {p.kind for p in generate(base, kinds=["date", "negation"])} == {"date", "negation"}


def test_small_base_plan_another_claim_reports_done_is_skipped(tmp_path):
    """'will open a new wing' beside 'opened in Leeds': the past tense might be what the other claim says."""
    text = SMALL_BASE.replace("will build a new wing", "will open a new wing")
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    pairs = generate(load_claim_base([str(path)]), seed=0)
    assert not [p for p in pairs if p.claim_id == "extension" and p.kind == "modality"]


def test_a_voice_is_swapped_only_as_an_actor(tmp_path):
    # "X says ..." with another voice is the actor kind's change (conflicting), never a subject swap
    # labelled unverified: the two kinds would label one statement two ways
    text = SMALL_BASE + """
  - id: says
    source: gazette
    quote: "The museum says the new wing will draw 300,000 visitors a year."
    text: "The Northfield Museum says the new wing will draw 300,000 visitors a year."
    kind: forecast
"""
    base = _base_of(tmp_path, text)
    pairs = []
    for seed in range(6):
        pairs += generate(base, seed=seed, kinds=["subject-swap"])
    assert not _statements(pairs, "says", "subject-swap")
    assert _statements(pairs, "staff", "subject-swap")  # a property's holder is still swapped


def test_generated_denials_are_english(tmp_path):
    # "pointed" made "did not pointe" (a ballet word the vocabulary has), "has so far recovered" made
    # "does not have so far recovered", and "will not be connected until 2029" lost its "not" into
    # "will be connected until 2029" (no opposite, and no English for an act of a moment): the
    # lexicon's lemma goes first, "has" before adverbs and a participle is an auxiliary, and a "not ...
    # until" keeps its negation
    base = _base_of(tmp_path, """
sources:
  - {id: s, title: Harbour news, published: "2024-05-01"}
claims:
  - {id: pointed, source: s, quote: "Ann Reyes pointed to the Harbour Board's report of May 2024.", text: "Ann Reyes pointed to the Harbour Board's report of May 2024."}
  - {id: recovered, source: s, quote: "Kelby Council has so far recovered £340,000 of the money.", text: "Kelby Council has so far recovered £340,000 of the money."}
  - {id: grid, source: s, quote: "The Harlow solar park will not be connected to the grid until 2029.", text: "The Harlow solar park will not be connected to the grid until 2029."}
  - {id: won, source: s, quote: "Kelby Rovers did not win the cup in 2019.", text: "Kelby Rovers did not win the cup in 2019."}
""")
    pairs = generate(base, seed=0, kinds=["negation"])
    assert _statements(pairs, "pointed", "negation") == ["Ann Reyes did not point to the Harbour Board's report of May 2024."]
    assert _statements(pairs, "recovered", "negation") == ["Kelby Council has not so far recovered £340,000 of the money."]
    assert not any("will be connected to the grid until 2029" in s for s in _statements(pairs, "grid", "negation"))
    assert _statements(pairs, "won", "negation") == ["Kelby Rovers won the cup in 2019."]
