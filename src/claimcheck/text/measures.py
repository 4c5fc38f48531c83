"""The measures of an organisation's accounts, which news reports name in other words: what it takes in
(revenue, turnover, sales, takings), what is left over (a profit or a loss, a surplus or a deficit) and
what it spends (spending, expenditure, outlay, costs).

Words of one figure say the same figure ("sales" / "revenue"); words of two measures say two figures,
of which neither backs nor contradicts the other ("sales climbed" / "its profit fell"; "cost it £5.2m" /
"a loss of £3.4m"). Sources: WordNet 3.1 (revenue = gross = receipts; sales = gross sales = gross
revenue; spending = expenditure = outlay; profit, loss), and UK company reporting, where "turnover" is
what IFRS calls "revenue" and "surplus" / "deficit" are a charity's or a council's profit and loss.
"""

from __future__ import annotations

# words that name one figure (lemmas) (not "turnover", which is as often staff turnover: its measure, below,
# is told apart from a profit or a cost either way)
_ONE_FIGURE = (
    frozenset("revenue sale taking receipt".split()),
    frozenset("profit surplus".split()),
    frozenset("loss deficit".split()),
    frozenset("spending spend expenditure outlay".split()),
)
# the measure each word's figure is of: a profit and a loss are one measure told either way, and a cost
# is what is spent
_MEASURES = {
    "takings": frozenset("revenue turnover sale taking receipt".split()),
    "result": frozenset("profit loss surplus deficit".split()),
    "spending": frozenset("spending spend expenditure outlay cost".split()),
}
_MEASURE_OF = {word: measure for measure, words in _MEASURES.items() for word in words}


def same_figure(a: str, b: str) -> bool:
    """Do two lemmas name one figure of an organisation's accounts ("turnover" / "revenue")?"""
    return a != b and any(a in words and b in words for words in _ONE_FIGURE)


def accounts_measures_differ(a: str, b: str) -> bool:
    """Do two lemmas name two measures of an organisation's accounts ("sale" / "profit", "cost" / "loss")?"""
    one, other = _MEASURE_OF.get(a), _MEASURE_OF.get(b)
    return one is not None and other is not None and one != other
