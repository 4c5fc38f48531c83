"""The measures of an organisation's accounts, which news reports name in other words: what it takes in
(revenue, turnover, sales, takings), what is left over (a profit or a loss, a surplus or a deficit) and
what it spends (spending, expenditure, outlay, costs).

Words of two measures say two figures, of which neither backs nor contradicts the other ("sales climbed" /
"its profit fell"). Sources: WordNet 3.1 (revenue = gross = receipts; sales = gross sales = gross revenue;
spending = expenditure = outlay; profit, loss), and UK company reporting, where "turnover" is what IFRS
calls "revenue" and "surplus" / "deficit" are a charity's or a council's profit and loss. No word here is
made a synonym of another: whose figure and which part of it ("ticket sales", "bar takings", "visitors'
spending") the words around it say, and "sale" is as often one deal.
"""

from __future__ import annotations

# the measure each word's figure is of: a profit and a loss are one measure told either way, and a cost
# is what is spent
_MEASURES = {
    "takings": frozenset("revenue turnover sale taking receipt".split()),
    "result": frozenset("profit loss surplus deficit".split()),
    "spending": frozenset("spending spend expenditure outlay cost bill".split()),  # ("its fuel bill", "the wage bill")
}
_MEASURE_OF = {word: measure for measure, words in _MEASURES.items() for word in words}


# the lines of an income statement one head noun names (IFRS 18 / UK GAAP): a gross, an operating, a pre-tax
# and a net profit are four figures of one year; "profit" alone may be any of them
QUALIFIERS = frozenset("gross operating pre-tax pretax post-tax net underlying adjusted statutory trading".split())


def is_accounts_measure(lemma: str) -> bool:
    return lemma in _MEASURE_OF


def is_a_result(lemma: str) -> bool:
    """Does the lemma name what is left over, a profit or a loss?"""
    return _MEASURE_OF.get(lemma) == "result"


def accounts_measures_differ(a: str, b: str) -> bool:
    """Do two lemmas name two measures of an organisation's accounts ("sale" / "profit", "cost" / "loss")?"""
    one, other = _MEASURE_OF.get(a), _MEASURE_OF.get(b)
    return one is not None and other is not None and one != other
