import pytest

from claimcheck.text import dates, quantities
from claimcheck.text.clauses import split
from claimcheck.text.sentences import sentences, split_text
from claimcheck.text.tokens import lemma


def one(text):
    found = quantities.extract(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value, unit, qualifier, noun",
    [
        ("a budget of $1.4tn", 1.4e12, "USD", "exact", ""),
        ("sales of $143bn", 143e9, "USD", "exact", ""),
        ("1.4 trillion dollars in loans", 1.4e12, "USD", "exact", ""),
        ("US$22.7 billion of output", 22.7e9, "USD", "exact", ""),
        ("it hired 207,000 staff", 207000, "", "exact", "staff"),
        ("it hired 207000 staff", 207000, "", "exact", "staff"),
        ("ninety firms", 90, "", "exact", "firms"),
        ("eighty-seven firms", 87, "", "exact", "firms"),
        ("two hundred and five people", 205, "", "exact", "people"),
        ("in 170+ markets", 170, "", "more_than", "markets"),
        ("over 70 companies", 70, "", "more_than", "companies"),
        ("more than 12 members", 12, "", "more_than", "members"),
        ("at least 3 sites", 3, "", "at_least", "sites"),
        ("about 500 member organizations", 500, "", "about", "organizations"),
        ("roughly 40 percent", 40, "%", "about", ""),
        ("only 50 countries", 50, "", "exact", "countries"),
        ("fewer than 9 plants", 9, "", "less_than", "plants"),
        ("up to 30 engineers", 30, "", "at_most", "engineers"),
        ("20 or more suppliers", 20, "", "at_least", "suppliers"),
        ("seven hundred and seventy-four members", 774, "", "exact", "members"),
        ("two thousand five hundred people", 2500, "", "exact", "people"),
        ("a workforce that exceeds 207,000 people", 207000, "", "more_than", "people"),
        ("a fare of 40 pence", 0.40, "GBP", "exact", ""),
        ("a dividend of 85 cents", 0.85, "CENTS", "exact", ""),
        ("a dozen companies", 12, "", "exact", "companies"),
        ("two dozen companies", 24, "", "exact", "companies"),
        ("over a thousand workers", 1000, "", "more_than", "workers"),
        # a compound adjective of a noun and a participle modifies the plural after it
        ("four new coronavirus-related deaths", 4, "", "exact", "deaths"),
        ("12 measles linked admissions", 12, "", "exact", "admissions"),
        # a comparative of the dimension a unit measures is a bound, as "more than" is
        ("patients who waited longer than 12 hours", 12, "", "more_than", "hours"),
        ("a span shorter than 400 metres", 400, "", "less_than", "metres"),
        ("a load heavier than 40 tonnes", 40, "", "more_than", "tonnes"),
        ("a wait no longer than ten minutes", 10, "", "at_most", "minutes"),
        ("a hundred and fifty people", 150, "", "exact", "people"),
        # South Asian English: lakh and crore, the rupee written before or after
        ("Rs 2.5 crore", 25_000_000, "INR", "exact", ""),
        ("40 lakh rupees", 4_000_000, "INR", "exact", ""),
        ("₹500", 500, "INR", "exact", ""),
        # comparatives of size bound a figure as "more than" and "less than" do
        ("a score higher than 52", 52, "", "more_than", ""),
        ("a GDP lower than $410 billion", 410e9, "USD", "less_than", ""),
        ("a rate no higher than 5%", 5, "%", "at_most", ""),
        # a bound denied is the other bound
        ("turnout was not higher than 40%", 40, "%", "at_most", ""),
        ("a fine that will not be more than £4m", 4e6, "GBP", "at_most", ""),
        ("crowds never smaller than 2,000", 2000, "", "at_least", ""),
        # a lone "m" set apart from a figure, as SI writes units, before a word of dimension is metres
        ("a peak that rises to 2,919 m above sea level", 2919, "", "exact", "metres"),
        ("a tower 310 m tall", 310, "", "exact", "metres"),
        ("a dam that cost 90 m above budget", 90, "", "exact", ""),  # (not above sea level: no metres)
        # an irregular plural after an adjective is the counted noun, as after the figure
        ("two pregnant women", 2, "", "exact", "women"),
        ("three young men", 3, "", "exact", "men"),
    ],
)
def test_amounts(text, value, unit, qualifier, noun):
    q = one(text)
    assert (q.value, q.unit, q.qualifier, q.noun) == (pytest.approx(value), unit, qualifier, noun)
    assert text[q.start : q.end] == q.text


def test_a_later_every_year_is_the_amounts_rate():
    assert one("bought $10bn of chips from Samsung and SK Hynix every year").per == "year"
    assert [q.describe() for q in quantities.extract("It sold 500 cars. It meets every month.")] == ["500 cars", "1 times a month"]


@pytest.mark.parametrize("text, amounts", [
    # a number word capitalised inside a sentence, beside another capitalised word, is a name's
    ("It uses the news of Seven News and Nine News.", []),
    ("The band Nine Inch Nails played two shows.", ["2 shows"]),
    ("She joined Channel Four in 2001.", []),
    ("Seven people were hurt.", ["7 people"]),  # a sentence's first word is capitalised whatever it is
    # a year after "in" makes no ratio; a count after it does
    ("He joined four in 2001.", ["4"]),
    ("One in five adults smoke.", ["about 20% (1 in 5)"]),
    # a bare number between a capitalised word and the singular noun it names numbers that name: it is
    # compared only with that name's numbers
    ("He worked on the Basel 2 project for two years.", ["2 Basel", "2 years"]),
    ("The Apollo 11 mission landed in 1969.", ["11 Apollo"]),
    ("It was the Week 13 game.", ["13 Week"]),
    ("Overall 40 of the 300 drivers voted.", ["40 drivers", "300 drivers"]),  # a sentence's adverb; a part
    ("Of 90 members, 12 left.", ["90 members", "12"]),  # a function word is no name
    # a tally, a name's number the sentence tells, a figure after an adverb: figures all the same
    ("The final tally was Labour 14, Conservatives 9 and Greens 3.", ["14", "9", "3"]),
    ("The council will move to Windows 10 in September.", ["10"]),
    ("Altogether 40 voted against the plan.", ["40"]),
    # a split year's second year, however joined, is part of the date
    ("The 2008–09 cup final was held in Kelby.", []),
    ("In 2019/20, 45 people died.", ["45 people"]),
    ("They won 2–1 in 2019.", ["2-1"]),
])
def test_number_words_of_names_and_years_count_nothing(text, amounts):
    assert [q.describe() for q in quantities.extract(text)] == amounts


@pytest.mark.parametrize("text, amounts", [
    ("Repairs took two and a half years.", ["2.5 years"]),
    ("The pool has been shut for more than a decade.", ["more than 1 decade"]),
    ("It took a year and a half to build.", ["1.5 years"]),
    ("The bridge stood for half a century.", ["0.5 centuries"]),
    ("Tickets cost £5 a month.", ["£5 a month"]),  # a rate, not a length of time
    ("It closed a decade ago.", []),  # a point in time
    ("A fortnight after the storm, the pier reopened.", ["1 fortnight"]),  # a length from an event
    ("Prices rose 5% over a year.", ["5%", "1 year"]),  # over a year: during it, as "over two years" is
])
def test_lengths_of_time_told_in_words(text, amounts):
    assert [q.describe() for q in quantities.extract(text)] == amounts


@pytest.mark.parametrize("text, amounts", [
    ("The delay lasted one hour and 20 minutes.", ["80 minutes (1 hour 20 minutes)"]),
    ("She won in 2 hours, 7 minutes and 48 seconds.", ["7,668 seconds (2 hours 7 minutes 48 seconds)"]),
    ("She won in 2:07:48, a course record.", ["7,668 seconds (2 h 07 min 48 s)"]),  # as a stopwatch writes it
    ("The gates opened at 10:30:00 on Saturday.", []),  # a time of day
    ("It rained for 40 minutes, then for 3 hours.", ["40 minutes", "3 hours"]),  # two lengths, the smaller first
])
def test_a_length_of_time_told_in_parts_is_one_length(text, amounts):
    assert [q.describe() for q in quantities.extract(text)] == amounts


@pytest.mark.parametrize("statement, claim, expected", [
    ("80 minutes", "lasted one hour and 20 minutes", "supports"),
    ("for an hour and a half", "90 minutes", "supports"),
    ("a 48-hour strike", "a two-day strike", "supports"),
    ("2 hours, 7 minutes and 48 seconds", "a time of 2:07:48", "supports"),
    # told to the minute, the time cut or rounded to the minute: 2:07:48 is "two hours and seven minutes"
    # or "two hours and eight minutes", no other
    ("two hours and eight minutes", "a time of 2:07:48", "supports"),
    ("two hours and seven minutes", "a time of 2:07:48", "supports"),
    ("two hours and nine minutes", "a time of 2:07:48", "conflicts"),
    ("two hours and six minutes", "a time of 2:07:48", "conflicts"),
    ("two hours", "a time of 2:07:48", "conflicts"),
])
def test_hours_minutes_and_seconds_compare(statement, claim, expected):
    assert quantities.relation(one(statement), one(claim)) == expected


def test_hours_are_no_length_a_count_of_months_tells():
    # months have no fixed number of hours; a spill "for 61 hours" is not a period "over 18 months"
    assert not quantities.compatible(one("for 61 hours"), one("over 18 months"))
    assert quantities.compatible(one("for 90 days"), one("for three months"))


@pytest.mark.parametrize("text, amounts", [
    ("The number of households on the waiting lists of four councils rose to 9,840, from 9,150.",
     ["4 councils", "9,840 households", "9,150 households"]),  # not the councils of the nearer figure
    ("The number of staff rose from 120 to 150.", ["120 staff", "150 staff"]),
    # the head of the phrase after "of": its last plural, before a function word or a participle
    ("Corvane cut the number of its staff by 430 to 5,600.", ["430 staff", "5,600 staff"]),
    ("The number of bus routes in Brindle fell to 9.", ["9 routes"]),
    ("The number of police officers in Harrowgate fell to 1,190.", ["1,190 officers"]),
    ("On the coast the number of deer was 2,400 last year.", ["2,400 deer"]),
    ("The number of women in work has risen to 84,000.", ["84,000 women"]),
    ("The number of gas boilers replaced rose to 310.", ["310 boilers"]),
    # "new" is no stop between a figure and its noun
    ("The council approved plans for 500 new homes.", ["500 homes"]),
    ("The grant will pay for two dozen new beds.", ["24 beds"]),
])
def test_the_number_of_those_is_what_a_figure_counts(text, amounts):
    assert [q.describe() for q in quantities.extract(text)] == amounts


@pytest.mark.parametrize("text, amounts", [
    ("It was built for half as many patients as it now sees.", ["about 50%"]),  # half the patients it sees
    ("It was built for half the patients it now sees.", ["about 50%"]),
    ("Kelby has three times as many buses as Ashby.", ["3 times as many"]),  # no count of events
    ("Sales are four times higher than in 2019.", ["4 times as many"]),
    ("Kelby now has 38 dentists, double the number in 2000.", ["38 dentists", "2 times as many"]),
    ("They will double the prize.", []),  # a verb
    ("It met three times last year.", ["3 times"]),
    # a bound before a multiple bounds it, as it bounds a number
    ("Kelby has more than twice as many buses as Ashby.", ["more than 2 times as many"]),
    ("Kelby has almost three times as many buses as Ashby.", ["about 3 times as many"]),
    ("It was built for fewer than half as many patients as it now sees.", ["less than 50%"]),
    # a share more than another time's is a rise by that share ("a third more", a year between is the date's)
    ("Castle Park had a third more benches in 2025 than in 2024.", ["about 33.33%"]),
    ("Castle Park had a third more benches than the other parks.", []),  # no earlier time: no change
    # a multiple of a figure that follows ("twice the £9,535 fee", "more than treble the £95m"), and of
    # another year's ("three times as many houses in 2024 as in 2023": the years are the dates')
    ("Fees are almost twice the £9,535 paid by home students.", ["about 2 times as many", "£9,535"]),
    ("It was worth more than treble the £95m of 2023.", ["more than 3 times as many", "£95 million"]),
    ("Tarnbury built three times as many houses in 2024 as in 2023.", ["3 times as many"]),
    ("The council plans to double the £4m budget.", ["£4 million"]),  # a verb: a change to come
])
def test_one_amount_as_a_multiple_of_another(text, amounts):
    assert [q.describe() for q in quantities.extract(text)] == amounts


@pytest.mark.parametrize("text, amounts", [
    ("Rovers won their first title in 1987.", ["1st title"]),
    # a bound before a four-digit number opens an amount of what follows, not a year
    ("In Tarnshire, more than 1850 tests have been processed.", ["more than 1,850 tests"]),
    ("Nearly 2000 people attended the rally.", ["about 2,000 people"]),
    ("In 2019 sales fell.", []),
    ("Passenger numbers were 5% higher than 2019 levels.", ["5%"]),  # (a year after "than": no count)
])
def test_words_that_look_like_figures(text, amounts):
    found = quantities.extract(text, skip_spans=[(d.start, d.end) for d in dates.extract(text)])
    assert [q.describe() for q in found] == amounts


def test_a_frequency_that_opens_an_amount_is_its_rate():
    assert [q.describe() for q in quantities.extract("Every day 800 patients are seen there.")] == ["800 patients a day"]
    assert [q.describe() for q in quantities.extract("It sold 12 cars. Every year 30 vans are made.")] == ["12 cars", "30 vans a year"]


def test_enumeration_counts_the_names():
    q = one("Lenovo, Oppo, Vivo and 41 other firms signed the pact")
    assert q.value == 44 and q.detail == "3 named + 41 others"
    assert q.text.startswith("Lenovo")


@pytest.mark.parametrize(
    "text, per_year, qualifier",
    [("they meet twice a year", 2, "exact"), ("three meetings a year", 3, "exact"), ("at least once a month", 12, "at_least"),
     ("it meets every quarter", 4, "exact"), ("they convene weekly", 52, "exact"),
     ("the weekly newspaper said so", None, None)],
)
def test_frequencies(text, per_year, qualifier):
    found = quantities.extract(text)
    if per_year is None:
        assert found == []
        return
    assert len(found) == 1
    low, high = quantities.bounds(found[0])
    assert low == per_year and found[0].qualifier == qualifier


@pytest.mark.parametrize("text", ["the 5G network", "COVID-19 cases", "in May 2019", "since 2019", "one of the firms", "on the 11th",
                                  "written by one of the engineers", "they left one by one"])
def test_not_amounts(text):
    assert quantities.extract(text, skip_spans=[(d.start, d.end) for d in dates.extract(text)]) == []


def test_one_after_by_is_a_margin_of_one():
    found = quantities.extract("Kessel Town won by one goal.")
    assert [q.value for q in found] == [1.0]


@pytest.mark.parametrize(
    "statement, claim, expected",
    [
        ("over 70 firms", "75 firms", "supports"),
        ("75 firms", "over 70 firms", "related"),
        ("over 300,000 staff", "over 207,000 staff", "conflicts"),  # "over N" implies not far over
        ("150 firms", "over 70 firms", "conflicts"),
        ("50 firms", "over 70 firms", "conflicts"),
        ("about $10 billion", "$10.5 billion", "supports"),
        ("about $10 billion", "$25 billion", "conflicts"),
        ("$1.4tn", "1.4 trillion dollars", "supports"),
        ("$1.4 billion", "$1.4tn", "conflicts"),
        ("207,000 workers", "over 207000 workers", "supports"),
        ("more than 90 members", "90 members", "conflicts"),
        ("more than 3,000 copies", "3,000 copies", "conflicts"),  # a round figure is still the claim's count
        ("less than $36.2 million", "$36.2 million", "conflicts"),
        ("over $2.4 million", "$2.4 million", "supports"),  # a bare "over" may be "about": "suing over $2.4 million"
        ("more than 40,000 fans", "nearly 40,000 fans", "conflicts"),  # "nearly" is short of the figure
        ("nearly 40,000 fans", "at least 40,000 fans", "conflicts"),
        ("less than 40,000 fans", "nearly 40,000 fans", "supports"),
        ("twice a year", "at least twice a year", "supports"),  # the same figure, loosely put
        ("three times a year", "at least twice a year", "related"),
        ("at least twice a year", "two meetings a year", "supports"),
        ("once a year", "two meetings a year", "conflicts"),
        ("€2.3 billion", "€2.4 billion", "conflicts"),  # rounded to one digit, they differ in it
        ("€2,400 million", "€2.4 billion", "supports"),
        ("€2.35 billion", "€2.4 billion", "related"),  # 2.4 may be 2.35 rounded: more precise than the claim
        ("roughly 17 per cent", "one in six", "supports"),  # a share rounded to the whole per cent
        ("about 18 per cent", "one in six", "related"),
        ("about one in eight", "about 12 per cent", "supports"),  # the claim's whole per cent is the share rounded
        ("about one in eight", "about 13 per cent", "supports"),
        ("about one in seven", "about 12 per cent", "related"),  # 14.3% is not 12% rounded
        ("about 13 per cent", "about one in eight", "supports"),  # either way round
        ("about 14 per cent", "about one in eight", "related"),
        ("a quarter of a percentage point", "0.25 percentage points", "supports"),  # a fraction of a unit, no share
        ("half a percentage point", "0.25 percentage points", "conflicts"),
        ("half a percentage point", "a quarter of a percentage point", "conflicts"),
        # "around 6,300" reaches a step of its last written digit either way, and a bound past that, on
        # either side, is another figure
        ("more than 6,400 staff", "around 6,300 staff", "conflicts"),
        ("fewer than 6,200 staff", "around 6,300 staff", "conflicts"),
        ("more than 6,350 staff", "around 6,300 staff", "related"),
    ],
)
def test_amount_relations(statement, claim, expected):
    assert quantities.relation(one(statement), one(claim)) == expected


@pytest.mark.parametrize(
    "statement, claim, expected",
    [
        # "about" reaches no further than a step of the figure's last written digit
        ("more than 3,900 seats", "about 3,700 seats", "conflicts"),  # "about 3,900" would have been written
        ("3,750 seats", "about 3,700 seats", "related"),
        ("about 3,700 seats", "about 3,700 seats", "supports"),
        ("about 2,400 seats", "2,530 seats", "conflicts"),  # 2,530 is "about 2,500"
        ("about €4.7 million", "€4.52 million", "conflicts"),
        ("about 650 seats", "612 seats", "conflicts"),  # a figure ending in 5 is rounded to fives
        ("about 650 seats", "640 seats", "supports"),
        ("about £4.50", "£4.60", "supports"),  # money's last zero is the custom of cents, no precision
        ("about £2.00", "£1.85", "supports"),
        # a figure of one significant digit keeps the wider reach, and so does "nearly"
        ("about 2,000 seats", "2,150 seats", "supports"),
        ("nearly 2,400 seats", "2,250 seats", "supports"),
        # a bound implies no step: "over 65" is often a cut-off, and a toll "over 1,200" may rise
        ("more than 1,300 runners", "more than 1,200 runners", "related"),
        ("aged 75", "aged over 65", "related"),
        # a bound written after the figure
        ("more than 60%", "a 40% maximum", "conflicts"),
        ("more than 20 members", "five or fewer members", "conflicts"),
        ("fewer than 15 members", "18 minimum", "conflicts"),
        ("aged 18", "aged 21 or over", "conflicts"),
        ("aged 25", "aged 21 or over", "related"),  # a floor says no one age
        # "between ... and ..." is one figure, a range
        ("about £2.4 million", "between £2.2 million and £2.6 million", "supports"),
        ("£3 million", "between £2.2 million and £2.6 million", "conflicts"),
        ("between 200 and 300 people", "250 people", "supports"),  # the vaguer figure holds
    ],
)
def test_loose_figures_ranges_and_bounds(statement, claim, expected):
    assert quantities.relation(one(statement), one(claim)) == expected


@pytest.mark.parametrize("text, value, qualifier", [
    ("a 2,400-plus crowd", 2400, "at_least"),
    ("40% at most", 40, "at_most"),
    ("a 40% maximum wage", 40, "exact"),  # "maximum" there describes the wage
    ("3 min", 3, "exact"),  # minutes, not a minimum
    # a figure named as a mark passed is a bound: the line, not the count
    ("the gallery crossed the 100,000-visitor mark", 100000, "at_least"),
    ("its shares fell below the $50 mark", 50, "less_than"),
    ("the 50-metre mark on the wall", 50, "exact"),
])
def test_bounds_read_around_a_figure(text, value, qualifier):
    found = one(text)
    assert (found.value, found.qualifier) == (value, qualifier)




@pytest.mark.parametrize("text, place", [
    ("season one holds a rating of 96%", ("season", 1)),  # a cardinal after a sequence's noun numbers its part
    ("it was settled in round 2", ("round", 2)),
    ("Game 7 of the finals", ("game", 7)),
    ("book 4 sold well", ("book", 4)),
    ("the 2024 season 24 of the 46 games were won", None),  # the season has its number already
    ("he scored in that game two goals", None),  # a count of goals
    ("she played the game 3 times", None),
    ("the season 12 points clear of Ashby", None),  # a season told already, then a count
    ("during the game two fans were arrested", None),
    ("they won the finals series 4 games to 3", None),
])
def test_a_cardinal_after_a_sequence_noun_is_a_place(text, place):
    found = [(q.noun, int(q.value)) for q in quantities.extract(text) if q.unit == quantities.ORDINAL]
    assert found == ([place] if place else [])


def test_an_ordinal_takes_the_noun_said_once_before_it():
    """"since the 16th century, ... since the 18th": the 18th century, not a day of the month."""
    found = quantities.extract("It was used since the 16th century, and with this meaning since the 18th.")
    assert [(q.noun, int(q.value)) for q in found] == [("century", 16), ("century", 18)]
    assert quantities.extract("The meeting is on the 11th.") == []


@pytest.mark.parametrize(
    "text, year, month, day, part",
    [
        ("in May 2019", 2019, 5, None, None),
        ("until 27 May", None, 5, 27, None),
        ("on March 11", None, 3, 11, None),
        ("on November 29, 2024", 2024, 11, 29, None),
        ("at the end of February", None, 2, None, "late"),
        ("in early March", None, 3, None, "early"),
        ("since 2019", 2019, None, None, None),
        ("dated 2021-01-29", 2021, 1, 29, None),
        # a year and the next one's last two digits are a season or a financial year, no month of the first
        ("scored 14 goals in the 2011-12 season", 2011, None, None, None),
        ("the 2010-11 financial year", 2010, None, None, None),
        ("filed in 2011-06", 2011, 6, None, None),
    ],
)
def test_dates(text, year, month, day, part):
    found = [d for d in dates.extract(text) if dates.is_calendar(d)]
    assert len(found) == 1
    d = found[0]
    assert (d.year, d.month, d.day, d.part) == (year, month, day, part)


@pytest.mark.parametrize("text", ["you may go", "they march on", "it cost $22", "chips sold last year"])
def test_not_calendar_dates(text):
    assert [d for d in dates.extract(text) if dates.is_calendar(d)] == []


def test_yearless_date_resolves_to_the_nearest_year():
    nov = [d for d in dates.extract("launched in November")][0]
    assert dates.resolve(nov, "2021-01-29").year == 2020
    may = [d for d in dates.extract("until 27 May")][0]
    assert dates.resolve(may, "2021-01-29").year == 2021


@pytest.mark.parametrize(
    "a, b, expected",
    [("May 2019", "May 2019", "supports"), ("May 2018", "May 2019", "conflicts"), ("2019", "May 2019", "supports"),
     ("May 2019", "2019", "related"), ("late February", "the end of February", "supports"),
     ("early February", "the end of February", "conflicts"), ("27 June", "27 May", "conflicts"),
     # a decade or a century is the span of years it names, early, mid or late in it or whole
     ("the 1970s", "1979", "supports"), ("the 1980s", "1979", "conflicts"), ("the early 1970s", "1979", "conflicts"),
     ("the late 1970s", "1979", "supports"), ("1979", "the 1970s", "related"),
     ("the 16th century", "in 1583", "supports"), ("the sixteenth century", "in 1601", "conflicts"),
     ("the late 19th century", "1890", "supports"), ("the early 19th century", "1890", "conflicts")],
)
def test_date_relations(a, b, expected):
    da, db = dates.extract(a)[0], dates.extract(b)[0]
    assert dates.relation(da, db) == expected


def test_lemmas_undo_inflection_and_british_spelling():
    assert lemma("companies") == lemma("company") == "company"
    assert lemma("bought") == lemma("buys") == "buy"
    assert lemma("rose") == "rise" and lemma("won") == "win" and lemma("thinking") == "think"
    assert lemma("standardisation") == lemma("standardization")
    assert lemma("centres") == "center" and lemma("organised") == "organize"
    assert lemma("meetings") == "meeting" and lemma("met") == "meet"
    assert lemma("data") == "data" and lemma("Huawei's") == "huawei"
    assert lemma("series") == "series" and lemma("species") == "species"  # a zero plural: no "serie"


def test_word_knowledge_comes_from_general_resources():
    from claimcheck.align import word_similarity
    from claimcheck.text import english

    assert "announcement" in english.family("announce") and "cooperation" in english.family("cooperate")
    assert "employer" not in english.family("employ")  # the one who acts is not the act
    assert "fall" in english.antonyms("rise") and "lose" in english.antonyms("win")
    assert word_similarity("purchase", "buy") >= 0.8 and word_similarity("say", "state") >= 0.8
    assert word_similarity("rise", "fall") == 0.0  # related words, opposite meaning: never aligned
    # an opposite spreads to words with the same ending added ("increasing" / "decreasing") or taken
    # away ("happiness" / "sadness": happy, sad), never to words whose endings differ: "running" /
    # "standing" water are opposites, the verbs "run" and "stand" are not ("stand for election")
    assert "decreasing" in english.antonyms("increasing") and "sad" in english.antonyms("happy")
    assert "stand" not in english.antonyms("run") and "cooperate" not in english.antonyms("compete")
    assert english.can_be_verb("announces") and not english.can_be_verb("albums")


def test_how_rare_a_word_is_comes_from_its_rank_in_english():
    from claimcheck.text import english

    # common words tell less than rare ones, whatever a claim base happens to hold
    assert english.rarity("work") < english.rarity("regulator") < 1.0
    assert english.rarity("come") < 0.5 < english.rarity("sewage")
    assert english.rarity("zzyzx") == 1.0  # a word the ranks do not have is as rare as any
    # comparatives, superlatives, ordinals, shares and times of day state a fact of their own
    assert english.states_measure("largest", "large") and english.states_measure("bigger", "big")
    assert english.states_measure("third", "third") and english.states_measure("half", "half")
    assert english.states_measure("morning", "morning")
    assert not english.states_measure("workers", "worker") and not english.states_measure("water", "water")


def test_following_after_a_length_of_time_or_opening_a_sentence_is_after():
    from claimcheck.text.tokens import tokenize

    def content(text):
        return [t.lower for t in tokenize(text) if t.is_content]

    assert "following" not in content("The bridge reopened three days following the storm.")
    assert "following" not in content("Following the storm, the bridge was closed.")
    # an adjective or a verb stays what it is
    assert "following" in content("The bridge reopened the following day.")
    assert "following" in content("The council is following the rules.")


def test_new_opens_a_name_it_is_written_in():
    from claimcheck.text.entities import EntityMatcher
    from claimcheck.text.tokens import tokenize

    def names(text):
        return {m.name for m in EntityMatcher().find(tokenize(text), frozenset(), text)}

    # a capital "New" inside a sentence is a name's first word: the adjective is written in lower case
    assert "New York" in names("The SIA moved its office to New York in 2020.")
    assert "New Zealand" in names("The firm opened an office in New Zealand.")
    assert "New Zealand" in names("New Zealand signed the deal in May.")  # a name the tables know
    # opening a sentence, before a word that may be a common word or an unknown name, it is the adjective
    assert not any(n.startswith("New") for n in names("New Kelby homes were sold in May."))


def test_sentence_splitter_keeps_abbreviations_and_decimals():
    text = "The U.S. firm Apple Inc. agreed. It cost $1.4tn. Mr. J. Smith left at 5 p.m. on Monday. Then Dr. No spoke."
    got = [text[s:e] for s, e in split_text(text)]
    assert got == ["The U.S. firm Apple Inc. agreed.", "It cost $1.4tn.", "Mr. J. Smith left at 5 p.m. on Monday.", "Then Dr. No spoke."]


def test_markdown_sentences_keep_line_and_column():
    draft = (
        "---\ntitle: x\n---\n# A heading\n\nFirst *sentence* here. Second\nsentence [with a link](http://x).\n\n"
        "- A list item.\n> Quoted text.\n\n```\nCode. Is skipped.\n```\n"
    )
    found = list(sentences(draft))
    assert [(s.text, s.line, s.column) for s in found] == [
        ("A heading", 4, 3),  # no full stop added to a heading
        ("First sentence here.", 6, 1),
        ("Second sentence with a link.", 6, 24),
        ("A list item.", 9, 3),
        ("Quoted text.", 10, 3),
    ]
    lines = draft.split("\n")
    for s in found:
        assert lines[s.line - 1][s.column - 1] == s.text[0]
        assert lines[s.end_line - 1][s.end_column - 2] == s.text[-1]  # end_column: just after the last character


def test_tables_and_footnotes_are_not_prose():
    draft = "| Company | Members |\n|---|---|\n| CSIA | 774 |\n\nA claim[^1] here.\n\n[^1]: The note says so.\n"
    assert [(s.text, s.line, s.column) for s in sentences(draft)] == [("A claim here.", 5, 1), ("The note says so.", 7, 7)]


def test_clause_split():
    parts = [p.text for p in split("Acme, which employs 300 people, opened a plant in Leeds, and the mayor visited it on Monday.")]
    assert parts == ["Acme opened a plant in Leeds", "Acme employs 300 people", "the mayor visited it on Monday."]
    assert [p.text for p in split("Germany, Spain, France, and Italy agreed.")] == ["Germany, Spain, France, and Italy agreed."]
    assert [p.text for p in split("Acme has 300 staff and plans two new plants in Leeds.")] == [
        "Acme has 300 staff", "plans two new plants in Leeds."]  # as written: a capital would make a name
    assert len(split("Acme sells phones and tablets in Leeds.")) == 1


def test_a_clause_with_no_subject_of_its_own_is_read_with_the_first_clause_s():
    from claimcheck.text.clauses import with_subjects

    def read(sentence):
        return [(p.text, p.kind) for p in with_subjects(sentence, split(sentence))]
    assert read("Acme has 300 staff and plans two new plants in Leeds.") == [
        ("Acme has 300 staff", "clause"), ("Acme plans two new plants in Leeds.", "shared")]
    sentence = "The Kelby Trust approved the plan and will spend £2 million on it next year."
    parts = with_subjects(sentence, split(sentence))
    assert parts[1].text == "The Kelby Trust will spend £2 million on it next year." and parts[1].head == 0
    assert read("The fee was undisclosed but speculated to be £9 million.")[1][1] == "clause"  # no name: no subject carried
    # (no plain subject: a fronted phrase, or a clause with a subject of its own, stays as it is)
    assert read("In 2024, the council approved the plan and will spend £2 million on it.")[1] == (
        "will spend £2 million on it.", "clause")
    assert read("Sales rose 5% in 2024, and profits fell by a fifth in 2025.")[1] == ("profits fell by a fifth in 2025.", "clause")


def test_a_relative_clause_tells_of_the_noun_phrase_it_follows():
    # (a possessive name with its noun, not the name alone)
    assert [p.text for p in split("Otters are part of Kelby Zoo's breeding programme, which recorded 41 births in 2024.")][1] == \
        "Kelby Zoo's breeding programme recorded 41 births in 2024"
    assert [p.text for p in split("The council set up the working group, which meets twice a year.")][1] == \
        "the working group meets twice a year"


def test_a_body_named_for_its_people_is_one_name():
    from claimcheck.analysis import Analyzer

    analyzer = Analyzer()
    names = [m.name for m in analyzer.analyze("The Wethermoor Farmers' Union said so.").mentions]
    assert len(names) == 1 and names[0].startswith("Wethermoor Farmers") and names[0].endswith("Union"), names
    assert [m.name for m in analyzer.analyze("Kelby Rovers' Tom Reed scored twice.").mentions] == ["Kelby Rovers", "Tom Reed"]


def test_token_spans_match_the_plain_definition():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimcheck.text.spans import covered
    from claimcheck.text.tokens import tokenize

    # (no deadline: a property of the spans, which a loaded machine's slow first call must not fail)
    @settings(deadline=None)
    @given(st.text(alphabet="ab 1,.", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6))
    def check(text, spans):
        tokens = tokenize(text)
        expected = {i for i, t in enumerate(tokens) if any(s <= t.start < e for s, e in spans)}
        assert covered(tokens, spans) == expected

    check()


def test_analysis_of_a_long_text_stays_linear():
    """Dates, amounts and rates by the thousand: one sweep each, not every token against every span."""
    import time

    from claimcheck.analysis import Analyzer

    text = "In May 2019 Acme paid $5 million for 40 plants every year; since 2020-01 it hires 70 people. " * 2000
    started = time.monotonic()
    analysis = Analyzer().analyze(text)
    assert time.monotonic() - started < 10
    assert len(analysis.quantities) >= 4000 and len(analysis.calendar_dates) >= 4000


def test_clause_split_for_claims_sets_participle_phrases_apart():
    parts = split("Globex, founded in Bristol in 1998, has 300 staff, the chief said.", modifiers=True)
    assert [(p.kind, p.text) for p in parts] == [
        ("clause", "Globex has 300 staff, the chief said."), ("modifier", "Globex was founded in Bristol in 1998")]
    assert parts[0].cuts == parts[1].cuts  # what the phrase takes out of its clause
    assert len(split("Globex, founded in Bristol in 1998, has 300 staff.")) == 1  # the engine's reading is unchanged


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("about a quarter of all votes", 25.0, "about"),
        ("half of the 51 seats", 50.0, "about"),
        ("more than half of the council", 50.0, "more_than"),
        ("two thirds of its staff", 200 / 3, "about"),
        ("three quarters of the seats", 75.0, "about"),
        ("a sixth of its budget", 100 / 6, "about"),
        ("three eighths of the households", 37.5, "about"),
        ("more than a ninth of the vote", 100 / 9, "more_than"),
    ],
)
def test_fractions_of_a_whole_are_shares(text, value, qualifier):
    share = next(q for q in quantities.extract(text) if q.unit == "%")
    assert share.value == pytest.approx(value) and share.qualifier == qualifier


def test_an_ordinal_without_of_is_no_share():
    assert not [q for q in quantities.extract("won a sixth successive title") if q.unit == "%"]


def test_a_bounded_fraction_closing_a_clause_is_a_share_of_what_it_gave():
    shares = lambda text: [(round(q.value, 2), q.qualifier) for q in quantities.extract(text) if q.unit == "%"]
    assert shares("It will pay £15 million of the £48 million cost, just under a third.") == [(33.33, "less_than")]
    assert shares("The club has 40 players, more than half of them local.") == [(50.0, "more_than")]
    assert shares("Of the 90 seats it won 48, more than half, in May.") == [(50.0, "more_than")]
    assert shares("She had two sons, then a third.") == []  # an ordinal: no bound before it
    assert shares("It came a close third, nearly a minute behind.") == []


def test_times_of_day_telephone_numbers_and_margins_are_no_counts():
    counts = lambda text: [(q.value, q.noun) for q in quantities.extract(text)]
    assert counts("The first call came at eight minutes to ten.") == [(1.0, "call")]  # a time of day, not 8 minutes
    assert counts("Crews arrived at twenty past six.") == []
    assert counts("It rained for 20 minutes to six hours.") == [(20.0, "minutes"), (6.0, "hours")]  # a range of lengths
    assert counts("It took eight minutes to reach the fire.") == [(8.0, "minutes")]
    assert counts("The control room answered 999 calls late.") == []  # the emergency number
    assert counts("The control room answered 412 calls late.") == [(412.0, "calls")]
    assert counts("Councillors backed the plan by a majority of four.") == [(4.0, "majority")]  # a margin


def test_an_ordinal_of_a_run_counts_after_a_or_an():
    """"a sixth successive title" is the sixth of a run (what is counted, the title); "a second factory"
    is another factory, no place in an order."""
    assert [(q.value, q.unit, q.noun) for q in quantities.extract("won a sixth successive title")] == [(6.0, "ordinal", "title")]
    assert [(q.value, q.noun) for q in quantities.extract("won a third consecutive election")] == [(3.0, "election")]
    assert not quantities.extract("opened a second factory")


def test_a_fraction_of_a_scale_word_is_a_number_not_a_share():
    assert [(q.value, q.unit) for q in quantities.extract("a quarter of a million heat pumps")] == [(250000.0, "")]
    assert [(q.value, q.unit) for q in quantities.extract("two of the firms")] == [(2.0, "")]


@pytest.mark.parametrize(
    "text, value, noun",
    [
        ("Stockford City finished 12th in League One", 12, ""),
        ("knocked out in the third round of the cup", 3, "round"),
        ("Arvena opened its first factory in Poland", 1, "factory"),
        ("Ellen Marsh came third with 9,412 votes", 3, ""),
    ],
)
def test_places_in_an_order_are_ordinals(text, value, noun):
    place = next(q for q in quantities.extract(text) if q.unit == quantities.ORDINAL)
    assert (place.value, place.noun) == (value, noun)


def test_first_as_an_adverb_and_a_day_of_the_month_are_no_places():
    assert not [q for q in quantities.extract("Arvena first reported a loss") if q.unit == quantities.ORDINAL]
    assert not [q for q in quantities.extract("announced on the 11th") if q.unit == quantities.ORDINAL]


def test_cents_are_a_hundredth_of_a_dollar_or_a_euro_but_not_of_a_pound():
    cents = one("a dividend of 85 cents")
    assert quantities.compatible(cents, one("a dividend of €0.85"))
    assert quantities.relation(cents, one("a dividend of $0.85")) == "supports"
    assert not quantities.compatible(cents, one("a dividend of £0.85"))
    assert cents.describe() == "85 cents"


@pytest.mark.parametrize("text, low, high", [
    ("hundreds of aircraft", 200, 999),
    ("thousands of people", 2_000, 999_999),
    ("tens of thousands of fans", 20_000, 99_999),
    ("dozens of firms", 24, 99),
])
def test_a_plural_scale_word_is_a_count_between_bounds(text, low, high):
    q = one(text)
    assert quantities.bounds(q) == (low, high)
    assert q.describe() == text  # said as written, not as a midpoint


def test_hundreds_is_not_over_a_thousand():
    assert quantities.relation(one("hundreds of workers"), one("over a thousand workers")) == "conflicts"
    assert quantities.relation(one("hundreds of workers"), one("about 600 workers")) == "supports"


@pytest.mark.parametrize("a, b, same", [
    ("Biden", "Joe Biden", True),
    ("Ren", "Ren Zhengfei", True),
    ("Samsung", "Samsung Electronics", True),
    ("Zürich", "Zurich", True),  # accents dropped, as English prose often does
    ("Fabio Coentrao", "Fábio Coentrão", True),
    ("José", "Josef", False),
    ("Bank of China", "Bank of East China", False),  # names built with "of" are whole
    # a full name with middle names
    ("Aldona Smith", "Aldona Jacinta Smith", True),
    ("Julia Stiles", "Julia O'Hara Stiles", True),
    ("Julia Stiles", "Julia O'Hara Smith", False),
    # the short name's words all stand in the long one, in order: not another school of the same town
    ("J. Jackson High School", "J. W. Sexton High School", False),
    ("Harton High School", "Harton Grammar High School", True),
    # ... an initial standing for a word it begins
    ("Nora T. Lind", "Nora Tamsin Ruth Lind", True),
    ("Piet J.K. Vos", "Piet Jan Karel Vos", True),
    ("Ana M. Ruiz Vega", "Ana Maria Ruiz Vega", True),
    ("Ana B. Ruiz Vega", "Ana Maria Ruiz Vega", False),
    ("Labour Party", "Labor Party", False),  # a spelling of a name is the name's own
    # a person's generation, left out; two generations are two people (or two events)
    ("Oren Pike", "Oren Pike Jr.", True),
    ("Marcus Lowe III", "Marcus Lowe", True),
    ("John Rennie Sr.", "John Rennie Jr.", False),
    ("Super Bowl III", "Super Bowl IV", False),
    # a name of two words or more, and what it is of; not common words before "of"
    ("Denver Falcons", "Denver Falcons of the National Arena League", True),
    ("Bank", "Bank of China", False),
    ("National Theatre", "National Theatre of Scotland", False),
    # one name spaced, hyphenated or dotted otherwise
    ("Kelso Insights", "KelsoInsights", True),
    ("Tarn-Vale Energy", "TarnVale Energy", True),
    ("A.B. Holdings", "AB Holdings", True),
    ("Kelso Insights", "Kelso Insight Group", False),
])
def test_two_ways_of_naming_one_person(a, b, same):
    from claimcheck.text.entities import same_name

    assert same_name(a, b) is same
    assert same_name(b, a) is same


@pytest.mark.parametrize("text, score", [
    ("a 3-1 win over Stockford", "3-1"),
    ("they beat Harton 2\u20130 at home", "2-0"),
    ("lost 0-2 to Harton", "2-0"),  # the higher side first, whichever way it is written
    ("losing 1-4 away to Bramley", "4-1"),
    ("a 2-0 home league victory", "2-0"),  # words between the score and the result
])
def test_a_result_is_a_score_not_two_counts(text, score):
    q = one(text)
    assert q.unit == quantities.SCORE and q.describe() == score


@pytest.mark.parametrize("text", ["a stay of 2-3 days", "voters aged 18-24", "it took 2-3 days to win"])
def test_two_numbers_with_a_dash_and_no_result_are_no_score(text):
    assert all(q.unit != quantities.SCORE for q in quantities.extract(text))


@pytest.mark.parametrize("text, names", [
    # an initial with its full stop stands inside a person's name
    ("Marion T. Ashworth chaired the inquiry.", [("Marion T Ashworth", "")]),
    ("The report was written by Ada K. Lund and Piet Vos.", [("Ada K Lund", ""), ("Piet Vos", "")]),
    # a point of the compass before a known place names a region, not the place
    ("Its exports to South America doubled.", [("South America", "place")]),
    ("Rain fell across Northern China.", [("Northern China", "place")]),
    ("North Korea tested a missile.", [("North Korea", "place")]),
    # a place known under the whole name keeps that name ("South Korea", not a region of Korea)
    ("Exports to South Korea rose.", [("South Korea", "place")]),
    # an ordinal in figures opens a name of two words or more, not a date's day or a ranking
    ("The film was released by 20th Century Fox in 1997.", [("20th Century Fox", "")]),
    ("He served in the 3rd Infantry Division.", [("3rd Infantry Division", "")]),
    ("Rain fell on the 4th July Parade.", [("Parade", "")]),
    ("On May 3rd Tom Reed resigned.", [("Tom Reed", "")]),
    ("Its exports finished 3rd in the league.", []),
    # a capital A after a name's word ends the name ("Serie A"); the article opens a sentence
    ("The club plays in the Italian Serie A league.", [("Italy", "place"), ("Serie A", "")]),
    ("Ashby won Group A. A crowd of 900 watched.", [("Ashby", ""), ("Group A", "")]),
    ("Dunmore College's A-level pass rate rose.", [("Dunmore College", "")]),  # not after a possessive, nor "A-"
    ("Kessel A-level entries fell.", [("Kessel", "")]),
    # a nickname in quotation marks within a person's name leaves the name whole
    ('Ana Maria "Annie" Lusk sang.', [("Ana Maria Lusk", "")]),
    ("Ana Maria `` Annie '' Lusk sang.", [("Ana Maria Lusk", "")]),
    ('Blur and "Oasis" Lusk sang.', [("Blur", ""), ("Oasis", ""), ("Lusk", "")]),  # (no nickname after "and")
    # a given name of two hyphened syllables stays whole before a possessive
    ("Choi Seung-hun's birthplace is Kessel.", [("Choi Seung hun", ""), ("Kessel", "")]),
    ("Choi Seung-hun was born in Kessel.", [("Choi Seung hun", ""), ("Kessel", "")]),
])
def test_names_are_read_whole(text, names):
    from claimcheck.text.entities import EntityMatcher
    from claimcheck.text.tokens import tokenize

    common = frozenset(["rain", "its", "the", "exports"])  # what a claim base's vocabulary tells of a capitalised first word
    found = EntityMatcher().find(tokenize(text), common, text)
    assert [(m.name, m.type) for m in found] == names


@pytest.mark.parametrize("text, first", [
    # surnames the word tables know only from the sentence model's vocabulary are names, not words
    ("Torres signed for the club in May.", "Torres"),
    ("Roberts is married to Ana Ruiz.", "Roberts"),
    ("Reyes scored twice in the final.", "Reyes"),
    # common words that open a sentence are still no names, in their plural or past forms and with
    # a prefix, which the word tables do not list but English writes in lower case
    ("Engineers inspected the bridge.", None),
    ("Galleries in Dunmore will charge a £5 entry fee.", None),
    ("Translators at the council earn £31,000 a year.", None),
    ("Rebranded as Corvel Air in 2009, the airline flies to 12 cities.", None),
    ("Songwriting earned her £2 million in 2024.", None),
])
def test_a_surname_that_opens_a_sentence_is_a_name(text, first):
    from claimcheck.text.entities import EntityMatcher
    from claimcheck.text.tokens import tokenize

    found = EntityMatcher().find(tokenize(text), frozenset(), text)
    assert (found[0].name if found and found[0].first == 0 else None) == first


@pytest.mark.parametrize("text, years", [
    ("The priory was founded in 1132 by Augustinian canons.", [1132]),
    ("In 1666 much of the city burned.", [1666]),
    ("The bells were recast in March 1724.", [1724]),
    ("It is now sold in 1500 shops.", []),  # a count of shops, not a year
    ("Output rose by 1200 tonnes.", []),
    ("In May 1200 workers went on strike.", [None]),  # the month alone: 1200 counts the workers
    ("The mill opened in 1885.", [1885]),
])
def test_years_before_1800_are_read_after_a_word_of_time(years, text):
    assert [d.year for d in dates.extract(text)] == years


@pytest.mark.parametrize("text, parts", [
    # a plural noun after "and" with a participle phrase is one of two things, not a new clause
    ("The yard cannot export cranes and parts made with Swedish steel without a permit.",
     ["The yard cannot export cranes and parts made with Swedish steel without a permit."]),
    ("Stalls sell books and prints including maps of the old harbour.",
     ["Stalls sell books and prints including maps of the old harbour."]),
    # a verb in -s with its object is one
    ("The trust owns 14 mills and runs two museums in the valley.", ["The trust owns 14 mills", "runs two museums in the valley."]),
])
def test_and_before_a_plural_noun_joins_things_not_clauses(text, parts):
    assert [p.text for p in split(text)] == parts


def test_without_under_a_negation_is_a_requirement_not_a_lack():
    from claimcheck.analysis import Analyzer

    analyzer = Analyzer()
    # "cannot sail without a pilot": a pilot is needed, which denies nothing about pilots
    assert analyzer.analyze("Ships cannot enter the harbour without a licensed pilot.").negated == {"enter"}
    # on its own, "without" says what is lacking: the head of its phrase
    assert "permit" in analyzer.analyze("The stall traded for a year without the necessary permit.").negated


@pytest.mark.parametrize("text, lacking, not_lacking", [
    # a noun in -ly that can be a verb is no adverb to skip ("supply", "reply"); what follows it is not denied
    ("Some homes in Orton were left without supply for more than two days.", {"supply"}, {"day"}),
    ("The council closed the case without a reply from the landlord.", {"reply"}, {"landlord"}),
    # a light verb's object is what is lacking: "without taking further action" takes none
    ("The regulator closed its inquiry without taking further action.", {"action"}, {"inquiry"}),
])
def test_what_without_says_is_lacking(text, lacking, not_lacking):
    from claimcheck.analysis import Analyzer

    negated = Analyzer().analyze(text).negated
    assert lacking <= negated and not (not_lacking & negated)


@pytest.mark.parametrize("text, denied, not_denied", [
    # "voted against renewing its contract" denies the renewing; "voted against parking charges" nothing
    ("Harby Council voted against renewing its contract with Brisk.", {"renew"}, {"contract"}),
    ("Harby Council voted against parking charges.", set(), {"park", "charge"}),
    ("Harby Council decided against raising fees.", {"raise"}, {"fee"}),  # one decides against doing, whatever follows
])
def test_what_a_denial_denies(text, denied, not_denied):
    from claimcheck.analysis import Analyzer

    negated = Analyzer().analyze(text).negated
    assert denied <= negated and not (not_denied & negated)


@pytest.mark.parametrize("text, noun", [
    ("The cooperative has 38 member farms.", "farms"),  # the last noun of a compound is what is counted
    ("It sent 12 member states a letter.", "states"),
    ("All 90 members agreed.", "members"),
    ("Kelby had 430 confirmed measles cases.", "cases"),  # two plural-looking words side by side: the last
    ("The city runs 30 bus routes.", "routes"),
    ("About 2,000 steel workers face cuts.", "workers"),  # not a plural after a verb
    ("Within 2 years sales at Brodell rose.", "years"),  # nor a plural after a plural
    ("A fleet of 40 buses serves the villages.", "buses"),
    ("Ferreira scored 25 league goals this season.", "goals"),  # nor a determiner that ends in -s
])
def test_the_head_of_a_compound_is_the_counted_noun(text, noun):
    assert one(text).noun == noun


@pytest.mark.parametrize("text, day", [
    ("The fair opens on the first of June.", (None, 6, 1)),
    ("Voting closes on the twentieth of March 2026.", (2026, 3, 20)),
])
def test_a_day_in_words_before_of_and_a_month(text, day):
    [found] = dates.extract(text)
    assert (found.year, found.month, found.day) == day


def test_but_before_a_verb_joins_two_assertions():
    parts = [p.text for p in split("The mill sold flour to the bakery for years but can no longer supply it.")]
    assert parts == ["The mill sold flour to the bakery for years", "can no longer supply it."]
    # not "all but" (nearly), nor before a plural noun that a participle describes
    assert len(split("The sale of the old mill is all but certain after the vote in March.")) == 1
    assert len(split("The mill sold flour to the bakery for years but loaves baked on site sold out.")) == 1


def test_count_among_is_the_verb_not_the_noun():
    from claimcheck.text.tokens import HAVE, tokenize

    assert [t.lemma for t in tokenize("The number of deaths among their members rose.")][1] == "number"
    assert tokenize("The club numbers 40 farms among its members.")[2].lemma == HAVE


@pytest.mark.parametrize("sentence, day", [
    ("She credited a Saturday revision school.", None),  # a kind of school
    ("Sunday trading laws were changed.", None),
    ("The strike began on Saturday.", 5),
    ("The strike began Saturday morning.", 5),  # a time of day: a day
    ("Saturday was busy.", 5),
    ("The plan was announced Monday and approved Tuesday.", 0),
])
def test_a_weekday_before_a_noun_names_a_kind_of_thing(sentence, day):
    from claimcheck.model import DateRef
    from claimcheck.text import dates, timeline

    found = [d.weekday for d in dates.extract(sentence) if d.weekday is not None]
    resolved = timeline.resolve(sentence, DateRef(year=2025, month=9, day=5))
    assert (found[0] if found else None) == day
    assert bool(resolved) == (day is not None)


@pytest.mark.parametrize("text, rest", [
    ("Inspectors rated 16 of the 20 care homes in Orton good, and the rest inadequate.", [(4.0, "", "homes")]),
    ("Of the 640 homes planned, 224 will be affordable and 150 of those will be let at social rents; "
     "the rest will be sold.", [(416.0, "", "homes")]),  # the rest of the whole, not of the part's part
    ("The family owns about 70% of the shares and the rest is held by employees.", [(30.0, "%", "")]),
    ("Sales were flat for the rest of the year after a 5% rise.", []),  # the rest of something else
    ("Kelby had 30 buses in 2023 and 40 buses in 2024; the rest of its fleet were trams.", []),
])
def test_the_rest_of_a_split_whole_is_a_figure(text, rest):
    assert [(q.value, q.unit, q.noun) for q in quantities.extract(text) if q.text == "the rest"] == rest


@pytest.mark.parametrize("text, lengths", [
    ("Orton won the title for a second consecutive year.", []),  # the ordinal, no second of time
    ("Orton won the title for a second time.", []),
    ("The lights went out for a second.", [(1.0, "second")]),
    ("The race lasted a second longer.", [(1.0, "second")]),
])
def test_a_second_is_a_length_of_time_only_where_no_noun_follows(text, lengths):
    assert [(q.value, q.noun) for q in quantities.extract(text) if q.noun == "second"] == lengths


@pytest.mark.parametrize("text, per", [
    ("22.9 per cent a year earlier", ""),  # when, not how often
    ("revenue of €2.14 billion a year before", ""),
    ("£3 million a year", "year"),
    ("12 meetings a year", "year"),
])
def test_a_year_earlier_is_no_rate(text, per):
    [q] = quantities.extract(text)
    assert q.per == per


@pytest.mark.parametrize("text, pers", [
    # a difference apposed to a rate is of its period: £98 a year more
    ("A Band D household will pay £2,062 a year, £98 more than before.", ["year", "year"]),
    ("Fares rose to £4.50 a day, up 20p on last year.", ["day", "day"]),
    ("The trust spends £3m a year, £400,000 of it on agency staff.", ["year", ""]),  # a part, no difference
    ("The trust spends £3m a year and £400,000 on repairs.", ["year", ""]),
])
def test_a_difference_after_a_rate_is_of_its_period(text, pers):
    assert [q.per for q in quantities.extract(text)] == pers


@pytest.mark.parametrize("text, counted", [
    # a verb and another figure after a number: the noun is the other figure's
    ("Voyage 11 carried three astronauts to Mars.", [(3.0, "astronauts")]),  # was 11 astronauts
    ("Route 9 crossed eight counties.", [(8.0, "counties")]),
    ("They built 40 two-storey homes.", [(40.0, "homes")]),  # a hyphened number word modifies
])
def test_a_figure_counts_no_noun_past_another_figure(text, counted):
    assert [(q.value, q.noun) for q in quantities.extract(text) if q.noun and q.noun[:1].islower()] == counted


@pytest.mark.parametrize("text, multiple", [
    ("The complaint rate was more than twice the industry average.", (2.0, "more_than")),
    ("Its rate is three times the national average.", (3.0, "exact")),
    ("It has double the number of staff.", (2.0, "exact")),
])
def test_a_multiple_of_an_average_or_a_rate(text, multiple):
    [q] = quantities.extract(text)
    assert (q.value, q.qualifier) == multiple and q.unit == "times as many"






@pytest.mark.parametrize("text, value, unit, noun", [
    ("The unit price is 24.5p per kWh.", 0.245, "GBP", ""),  # pence glued to the figure, as British prices are written
    ("Petrol rose to 135.9p a litre.", 1.359, "GBP", ""),
    ("The battery stores 200 megawatt hours.", 200.0, "", "megawatt-hours"),  # one unit, not hours
    ("The battery stores 200MWh.", 200.0, "", "megawatt-hours"),
    # a unit glued or hyphened to its figure counts it, whatever nouns and verbs follow
    ("A 3.2km footpath runs along the River Kell.", 3.2, "", "kilometres"),
    ("A 3.2-kilometre footpath runs along the River Kell.", 3.2, "", "kilometre"),
    ("Lorries use a 12-hectare yard beside the depot.", 12.0, "", "hectare"),
])
def test_units_written_in_full_or_glued(text, value, unit, noun):
    q, = quantities.extract(text)
    assert (round(q.value, 6), q.unit, q.noun) == (value, unit, noun)


@pytest.mark.parametrize("statement, claim, relation", [
    ("a capacity of 0.45GW", "a capacity of 450 megawatts", "supports"),  # metric prefixes of one unit
    ("a capacity of 0.54 gigawatts", "a capacity of 450MW", "conflicts"),
    ("it stores 0.2 gigawatt-hours", "it stores 200MWh", "supports"),
    ("a harvest of 1.2 tonnes", "a harvest of 1,200 kilograms", "supports"),
    ("a harvest of 12 tonnes", "a harvest of 1,200 kilograms", "conflicts"),
])
def test_metric_prefixes_compare(statement, claim, relation):
    s, = quantities.extract(statement)
    c, = quantities.extract(claim)
    assert quantities.compatible(s, c)
    assert quantities.relation(s, c) == relation


def test_the_first_half_of_a_year_is_no_share():
    # a part of a year is a period (the date parser's), not 50 per cent or a place in an order
    assert quantities.extract("Profit rose in the first half of the year.") == []
    assert quantities.extract("Sales fell in the second quarter.") == []
    assert [q.value for q in quantities.extract("Half of the 51 seats changed hands.") if q.unit == "%"] == [50.0]


@pytest.mark.parametrize("text, noun, qualifier", [
    ("It has a 3-speed gearbox.", "speed", "exact"),  # a number hyphened to a noun counts that noun
    ("She began a 12-week course.", "week", "exact"),
    ("Gareth Pell, 52, from Brindle Green, was convicted.", "age", "exact"),  # a name's age, set off by commas
    ("He was jailed aged 52.", "age", "exact"),
    ("A 52-year-old man was arrested.", "age", "exact"),
    ("He stole £12,000 from the club over five years.", "years", "exact"),  # during five years
    ("He was jailed for over five years.", "years", "more_than"),  # more than five
    ("The work will take over three years.", "years", "more_than"),
])
def test_what_a_figure_counts(text, noun, qualifier):
    q = [q for q in quantities.extract(text) if not q.unit][-1]
    assert (q.noun, q.qualifier) == (noun, qualifier)


def test_a_number_after_a_month_or_in_a_list_is_no_age():
    assert [q.noun for q in quantities.extract("Since March, 40, and more have left.")] == [""]
    assert all(q.noun != "age" for q in quantities.extract("The votes were Harton, 3, 2 and 1."))


def test_a_denied_expectation_denies_what_is_expected():
    from claimcheck.analysis import Analyzer

    read = Analyzer({}, set()).analyze
    assert "cut" in read("Dale Co-op does not expect to cut more jobs.").negated  # neg-raising
    assert "cut" in read("Dale Co-op expects no further job cuts.").negated  # "no" denies the phrase's head


@pytest.mark.parametrize("statement, claim, relation", [
    ("in late 2025", "in mid-March 2025", "conflicts"),  # a year's last four months
    ("in early 2025", "in mid-March 2025", "supports"),
    ("in mid-2025", "in June 2025", "supports"),
    ("in late March 2025", "on 25 March 2025", "supports"),  # before a month, the last ten days as before
])
def test_early_mid_and_late_in_a_year(statement, claim, relation):
    s, = dates.extract(statement)
    c, = dates.extract(claim)
    assert dates.relation(s, c) == relation


def test_a_sentence_opening_on_half_names_nothing():
    from claimcheck.analysis import Analyzer

    read = Analyzer({}, set()).analyze("Half of Harlow households are behind on their bills.")
    assert [m.name for m in read.mentions] == ["Harlow"]
    assert [q.value for q in read.quantities] == [50.0]


def test_no_denies_an_act_not_a_thing():
    from claimcheck.analysis import Analyzer

    read = Analyzer({}, set()).analyze
    assert "standard" not in read("There is no unified performance evaluation standard.").negated
    assert "cut" in read("The firm expects no further job cuts.").negated


@pytest.mark.parametrize("text, days", [
    ("The fair ran from 3 to 11 June 2024.", [(2024, 6, 3), (2024, 6, 11)]),
    ("The fair ran 3-11 June 2024.", [(2024, 6, 3), (2024, 6, 11)]),
    ("It was shut between 20 and 30 March 2024.", [(2024, 3, 20), (2024, 3, 30)]),
    ("The fair ran from June 3 to 11, 2024, with 40 stalls.", [(2024, 6, 3), (2024, 6, 11)]),
])
def test_a_range_of_days_shares_its_month_and_year(text, days):
    found = [(d.year, d.month, d.day) for d in dates.extract(text)]
    assert found == days
    # the first day is no count of anything
    assert all(q.value not in (3, 20) for q in quantities.extract(text, skip_spans=[(d.start, d.end) for d in dates.extract(text)]))


@pytest.mark.parametrize("text, lemmas", [
    # a prefix written with a hyphen makes the word written solid, when English knows it so
    ("an e-mail", ["email"]),
    ("a sub-lease", ["sublease"]),
    ("a non-profit", ["nonprofit"]),
    ("a mid-op", ["mid", "op"]),  # too short to be sure
    ("she co-starred", ["co", "star"]),  # "co-": the word alone says what it says of each
    ("she re-signed", ["re", "sign"]),  # "re-" often tells another word: "re-sign" is no "resign"
])
def test_hyphenated_prefixes(text, lemmas):
    from claimcheck.text.tokens import tokenize

    assert [t.lemma for t in tokenize(text) if t.is_content] == lemmas


@pytest.mark.parametrize("text, lemmas", [
    ("the club is owned by Dana Whitfield", ["club", "own", "dana", "whitfield"]),  # the verb says who has it
    ("the club has its own stadium", ["club", "stadium"]),  # "its own": a stop word
])
def test_own_the_verb_is_content(text, lemmas):
    from claimcheck.text.tokens import tokenize

    assert [t.lemma for t in tokenize(text) if t.is_content] == lemmas


@pytest.mark.parametrize("text, years", [
    ("Henrick Moss (1701 – 1770) was a clockmaker.", [(1701, ""), (1770, "")]),  # a span of years before 1800
    ("Tobias Rowe (c. 1540 – 1597) was a poet.", [(1540, "circa"), (1597, "")]),
    ("The hall was built circa 1650.", [(1650, "circa")]),
    ("The firm has 1500 shops.", []),  # a count, not a year
    ("It was rebuilt between 1701 and 1770.", [(1701, ""), (1770, "")]),
    ("William Dorne was born around 1540.", [(1540, "circa")]),
    ("The hotel holds rooms 1201–1250.", []),  # numbers of rooms, not a span of years
    ("Between 1500 and 2000 people came.", []),
])
def test_early_years_written_as_years(text, years):
    assert [(d.year, d.relation) for d in dates.extract(text)] == years


def test_a_year_told_circa_is_about_then():
    circa, = dates.extract("It was built c. 1540.")
    told = [dates.extract(f"It was built in {year}.")[0] for year in (1540, 1542, 1560)]
    assert [dates.relation(d, circa) for d in told] == ["supports", "related", "conflicts"]


@pytest.mark.parametrize("text, counted", [
    ("One firefighter who tackled the fire was treated in hospital.", [(1.0, "firefighter")]),
    ("There was one suspension of an officer in 2024.", [(1.0, "suspension")]),
    ("Police suspended one officer in 2024.", [(1.0, "officer")]),
    ("One company cannot do this alone.", []),
    ("One of the firefighters was hurt.", []),
    ("At one point the fire spread.", []),
    ("No one was hurt.", []),
    ("One analyst said the shares were cheap.", []),
])
def test_one_is_a_count_only_of_what_happened(text, counted):
    from claimcheck.text import quantities as quantity_parser

    assert [(q.value, q.noun) for q in quantity_parser.extract(text)] == counted


@pytest.mark.parametrize("before, months", [
    ("income in the financial year to ", 12),  # the kind of year is no count of years
    ("repaired 9,400 leaks in the year ending ", 12),
    ("attended 810 call-outs in the 12 months ending in ", 12),
    ("in the quarter to ", 3),
    ("in the three months ended ", 3),
])
def test_the_period_a_date_ends_is_read_however_it_is_worded(before, months):
    assert dates.period_length(before)[0] == months


@pytest.mark.parametrize("text, words", [
    ("Sales were £4m in the financial year to March 2025.", "the financial year to "),
    ("Sales were £4m in the quarter to March 2025.", "the quarter to "),
    ("Sales were £4m in the 2024/25 financial year.", "/25 financial year"),
    ("Sales were £4m in the financial year 2024-25.", "the financial year "),
    ("Sales were £4m in March 2025.", ""),
])
def test_the_words_of_a_period_are_the_dates_not_what_happened_in_it(text, words):
    date = next(d for d in dates.extract(text) if d.year in (2024, 2025))
    spans = dates.period_words(text, date.start, date.end)
    assert "".join(text[a:b] for a, b in spans) == words


@pytest.mark.parametrize("text, names", [
    ("Cost-cutting at Harlow Council closed four libraries.", ["Harlow Council"]),  # a compound word, no name
    ("Short-term lets in Harlow rose by 12 per cent.", ["Harlow"]),
    ("Rolls-Royce cut 900 jobs in Derby.", ["Rolls Royce", "Derby"]),  # a capital after the hyphen: a name's
])
def test_a_compound_word_opening_a_sentence_names_nothing(text, names):
    from claimcheck.analysis import Analyzer

    assert [m.name for m in Analyzer({}, set()).analyze(text).mentions] == names


@pytest.mark.parametrize("text, names", [
    ("Completion of the sale is expected in March.", []),  # a common noun going on with "of" and a common word
    ("Approval of the plans for Mill Lane came in May.", ["Mill Lane"]),
    ("Bank of England figures were published on Monday.", ["Bank of England"]),  # a name goes on with a name
])
def test_a_noun_opening_a_sentence_before_of_and_a_common_word_is_no_name(text, names):
    from claimcheck.analysis import Analyzer

    assert [m.name for m in Analyzer({}, set()).analyze(text).mentions] == names


@pytest.mark.parametrize("text, present", [
    ("The typical water bill goes up by £40 in April.", True),  # "up", absorbed by "goes up", is no past verb
    ("The Mill Lane rebuild is costing £4 million.", True),  # "rebuild" (lemma "re-build") is no past form
])
def test_the_first_verb_of_a_sentence_tells_its_tense(text, present):
    from claimcheck.analysis import Analyzer

    assert Analyzer({}, set()).analyze(text).present is present


@pytest.mark.parametrize("text, verb, doer", [
    ("Corvel Foods has agreed to buy Marrin's.", "buy", "Corvel Foods"),  # subject control: who agreed buys
    ("Corvel Foods is to buy Marrin's.", "buy", "Corvel Foods"),  # "is to buy" is no passive
    ("Tarrow Quarry is owned by the Belgian building group Kessler.", "own", "Kessler"),  # not Belgium
    ("Dana Pryor will be replaced by the trust's finance director, Sam Okoro.", "replace", "Sam Okoro"),  # the name set off
])
def test_who_does_what(text, verb, doer):
    from claimcheck.analysis import Analyzer

    agent = Analyzer({}, set()).analyze(text).agents.get(verb)
    assert agent is not None and agent.name == doer


@pytest.mark.parametrize("text, names, units", [
    ("The film grossed Rs 19 crore in Mumbai.", ["Mumbai"], ["INR"]),  # the rupee's abbreviation names nothing
    ("Harlow Foods paid US$ 5 million for the site.", ["Harlow Foods", "United States"], ["USD"]),  # (whose dollar)
])
def test_a_currency_written_before_its_figure_is_no_name(text, names, units):
    from claimcheck.analysis import Analyzer

    analysis = Analyzer({}, set()).analyze(text)
    assert [m.name for m in analysis.mentions] == names
    assert [q.unit for q in analysis.quantities] == units


def test_pence_are_as_precise_as_written_and_a_glued_scale_as_rounded_as_a_word():
    """"19.5p" is £0.195 give or take a twentieth of a penny, so 18.5p contradicts it; "£2.5m" is as
    rounded as "£2.5 million" (give or take £50,000), so "£2.46 million" agrees with both."""
    assert quantities.relation(one("a dividend of 19.5p"), one("a dividend of 18.5p")) == "conflicts"
    assert quantities.relation(one("41.2 pence a litre"), one("42.1p a litre")) == "conflicts"
    assert quantities.relation(one("41.2 pence a litre"), one("41.2p a litre")) == "supports"
    assert quantities.relation(one("£2.5m"), one("£2.46 million")) == "supports"
    assert quantities.relation(one("£2.5 million"), one("£2.46 million")) == "supports"
    assert quantities.relation(one("£2.5m"), one("£2.6 million")) == "conflicts"
    assert one("a dividend of 19.5p").describe() == "£0.195"


@pytest.mark.parametrize("text, numbered", [
    ("The Resident Evil 5 remaster sold 1.3 million copies.", "5"),
    ("Resident Evil 5 sold another 1.3 million copies.", "5"),
    ("The PlayStation 4 and Xbox One versions sold 1.4 million copies.", "4"),
    ("The new Line 3 will open in 2026.", "3"),
])
def test_a_number_that_names_is_no_count(text, numbered):
    """A bare number after a capitalised word, the sentence going on as past a name (a verb, "and"
    another name), numbers that name: it counts nothing, so no count of copies is set against it."""
    found = {q.text: q for q in quantities.extract(text)}
    assert found[numbered].noun and found[numbered].noun[0].isupper()


@pytest.mark.parametrize("text", ["The vote was Labour 14 and Conservatives 9.", "Labour 14, Conservatives 9."])
def test_a_tally_of_named_sides_stays_a_count(text):
    assert all(not q.noun for q in quantities.extract(text))


@pytest.mark.parametrize("text, noun", [
    ("Missouri has more than 4,050 COVID-19 cases.", "cases"),
    ("The RAF has 12 F-35 jets.", "jets"),
])
def test_a_name_with_a_number_before_the_counted_noun(text, noun):
    """A name's hyphened number ("COVID-19", "F-35") between a figure and its noun is the name's,
    not the end of the noun phrase: the figure counts the noun after it."""
    assert [q.noun for q in quantities.extract(text)] == [noun]


@pytest.mark.parametrize("text, nouns", [
    ("Middlesex have won thirteen County Championships (including 2 shared titles).", ["championships", "titles"]),
    ("She has won three Grammys.", ["grammys"]),
    ("Harlow beat Kelby 3 Rovers 2.", ["", ""]),
    ("Of the 412 Kelby Town Buses drivers balloted, 292 voted for a strike.", ["drivers", "drivers"]),
])
def test_a_plural_with_a_capital_is_counted(text, nouns):
    assert [q.noun for q in quantities.extract(text)] == nouns


@pytest.mark.parametrize("text, day", [
    ("The fire started on 12 April 2025 and was put out four days later.", (2025, 4, 16)),
    ("He was arrested on 30 December 2024 and charged the next day.", (2024, 12, 31)),
    ("The ferry sailed on 28 February 2024 and returned a week later.", (2024, 3, 6)),
    # in any number word
    ("The lifeboat left on 3 June 2024 and came back sixteen days later.", (2024, 6, 19)),
    ("The lifeboat left on 3 June 2024 and came back twenty-one days later.", (2024, 6, 24)),
])
def test_days_later_count_on_from_the_date_before(text, day):
    assert (dates.extract(text)[-1].year, dates.extract(text)[-1].month, dates.extract(text)[-1].day) == day


@pytest.mark.parametrize("text, relative", [
    ("The pier opened in 1901 and was rebuilt thirty years later.", "thirty years later"),
    ("The pier opened in 1901 and was rebuilt twenty-five years later.", "twenty-five years later"),
    ("Ten years on, the pier is still shut.", "Ten years on"),
    ("Its owner bought it fourteen months ago.", "fourteen months ago"),
])
def test_a_date_counted_from_another_in_any_number_word(text, relative):
    assert relative in [d.text for d in dates.extract(text)]


@pytest.mark.parametrize("text", [
    "The bridge opened on 3 June 2024 and was shut 1,500 days later.",
    "The pier opened in 2001 and was rebuilt 2.5 years later.",
])
def test_a_count_is_never_the_tail_of_a_longer_figure(text):
    """"1,500 days later" holds no "500 days later", "2.5 years later" no "5 years later"."""
    assert not any(d.text.startswith(("500", "5 ")) for d in dates.extract(text))


def test_years_on_before_a_date_are_a_length_not_a_date():
    """"jailed for six years on 6 March 2025": the six years are how long, 6 March is when."""
    found = dates.extract("Ivo Brand was jailed for six years on 6 March 2025.")
    assert [d.text for d in found] == ["6 March 2025"]


@pytest.mark.parametrize("words, value", [("thirty", 30), ("twenty-five", 25), ("twenty five", 25), ("12", 12), ("eleven", 11)])
def test_a_count_in_words_or_figures(words, value):
    assert dates.count_of(words) == value


def test_days_later_with_no_date_before_stay_relative():
    (later,) = dates.extract("She joined a week later.")
    assert later.year is None and later.day is None


@pytest.mark.parametrize("text, qualifier", [
    ("The film holds a rating of 70 out of 100 on Metacritic.", "exact"),
    ("Seven in 10 voters backed the plan.", "about"),
    ("One in six patients waited longer.", "about"),
])
def test_a_figure_out_of_100_is_the_share_itself(text, qualifier):
    """A share in words is rough ("seven in 10"); a figure out of 100 in figures is the share."""
    (share,) = quantities.extract(text)
    assert share.unit == "%" and share.qualifier == qualifier


@pytest.mark.parametrize("sentence, clause_start", [
    ("In 2023, Harlow Rowing Club won 12 races.", 9),
    ("Despite the storm at Tarn, the ferry sailed.", 27),
    ("In February 2025 Harlow was ranked seventh in the Tarn league, an annual table of clubs.", 0),
    ("In May 2025, Harlow Rowing Club won 12 races.", 13),  # (the month, no verb)
])
def test_a_fronted_phrase_has_no_verb_of_its_own(sentence, clause_start):
    """A phrase fronted before the subject ends at its comma; words up to a comma that hold a finite
    verb ("was ranked") are the clause itself, whose comma opens an appositive."""
    from claimcheck.text.fronting import fronted_phrase_end

    assert fronted_phrase_end(sentence) == clause_start


@pytest.mark.parametrize("statement, claim, relation", [
    # a figure given to its scale word is the claim's rounded to its last digit, by no more than a twentieth
    ("grossed $45 million", "grossed $44,972,596", "supports"),
    ("grossed $44 million", "grossed $44,972,596", "conflicts"),
    ("spent £10bn", "spent £10.3bn", "supports"),
    ("spent £2m", "spent £2.4m", "conflicts"),  # a rounding no writer would make
    ("pledged $1,400 billion", "pledged $1.4tn", "supports"),  # (a guard: the same figure, written otherwise)
    ("a £1.3m grant", "a £1.25m grant", "supports"),  # rounded half up ...
    ("a £1.2m grant", "a £1.25m grant", "related"),  # ... so not down (a review's guard: both were read as roundings)
    ("grossed $44,972,596", "grossed $45 million", "related"),  # was CONFLICTING: the claim's rounding neither backs nor denies it
])
def test_a_figure_rounded_to_its_scale_word(statement, claim, relation):
    [said], [claimed] = quantities.extract(statement), quantities.extract(claim)
    assert quantities.relation(said, claimed) == relation


@pytest.mark.parametrize("text, value", [
    ("sold 1,5 million copies", 1_500_000),  # a decimal comma before a scale word
    ("2,25 billion streams", 2_250_000_000),
    ("1,500 million", 1_500_000_000),  # a thousands comma groups three digits
])
def test_a_decimal_comma_before_a_scale_word(text, value):
    [found] = quantities.extract(text)
    assert found.value == value


@pytest.mark.parametrize("text, values", [
    ("three studio albums, This Is the Six, Brainwashed and You Are We", [3.0]),  # a title's number word
    ("He read Pirates of the Seven Seas twice.", []),
    ("Seven people were hurt.", [7.0]),  # a sentence's first word is capitalised whatever it is
])
def test_a_number_word_in_a_title_is_no_count(text, values):
    assert [q.value for q in quantities.extract(text)] == values


def test_names_joined_by_and_are_one_name_where_a_bracketed_acronym_spells_them():
    from claimcheck.text.entities import EntityMatcher
    from claimcheck.text.tokens import tokenize

    def names(text):
        return [m.name for m in EntityMatcher(()).find(tokenize(text), text=text)]

    assert "Food and Drug Administration" in names("It was approved by the Food and Drug Administration (FDA) in May.")
    assert "Research and Innovation Council" in names("Kelby and the Research and Innovation Council (RIC) signed it.")
    # a body named for its remit is one name without its acronym too
    assert names("The Food and Drug Administration approved it.")[0] == "Food and Drug Administration"
    assert names("The Competition and Markets Authority blocked it.")[0] == "Competition and Markets Authority"
    # names listed, which no acronym after them spells, stay apart; so do places before a body's name
    assert names("Huawei and Xiaomi (Beijing) signed it.")[:2] == ["Huawei", "Xiaomi"]
    assert names("Kelby and Harlow Council signed it.")[:2] == ["Kelby", "Harlow Council"]
    assert names("Barnes and Noble (BN) closed 20 stores.")[0] == "Barnes and Noble"
    assert names("Ford and General Motors Company cut jobs.")[:2] == ["Ford", "General Motors Company"]



def test_them_after_a_length_of_time_takes_up_no_length():
    # "them" takes up a group counted before it, never a length or a weight ("14 hours ..., 90 of them")
    nouns = [q.noun for q in quantities.extract("Crews worked for 14 hours at the mill, with more than 90 of them on the roof.")]
    assert nouns == ["hours", ""]
    nouns = [q.noun for q in quantities.extract("The council shut 12 libraries in 2024, and four of them have reopened.")]
    assert nouns == ["libraries", "libraries"]


def test_a_compound_with_no_denies_nothing():
    from claimcheck.analysis import Analyzer

    analyzer = Analyzer()
    # "the no-confidence vote": an adjective made with "no-", which denies neither the vote nor its taking place
    assert analyzer.analyze("The no-confidence vote on the chairman will take place on 9 December.").negated == set()
    assert analyzer.analyze("There was no confidence in the chairman.").negated == {"confidence"}


def test_a_shared_subject_is_that_of_the_clause_s_own_sentence():
    from claimcheck.text.clauses import with_subjects

    # "Nobody was hurt. The crew stayed ... until the trawler was refloated and towed": no "Nobody towed"
    sentence = "Nobody was hurt. The crew stayed on board until the trawler was refloated at 9pm and towed into Harton by a tug."
    parts = with_subjects(sentence, split(sentence))
    assert not any(p.text.startswith("Nobody towed") for p in parts)
    sentence = "Kelby Trust approved the plan. Harton Council agreed the budget and will spend £2 million on it."
    assert with_subjects(sentence, split(sentence))[-1].text == "Harton Council will spend £2 million on it."


def test_both_days_of_a_weekend_are_dates():
    found = [(d.day, d.month, d.year) for d in dates.extract("Crews will stay until the weekend of 21 and 22 June 2025.")
             if dates.is_calendar(d)]
    assert found == [(21, 6, 2025), (22, 6, 2025)]
    # a day is in the part of its month its number puts it, whatever part of the day it names
    evening = dates.DateRef(year=2025, month=5, day=13, part="late", relation="", text="the evening of 13 May 2025", start=0, end=26)
    assert dates.relation(evening._replace(part=None), evening) == "supports"
    assert dates.relation(evening._replace(part=None, day=14), evening) == "conflicts"


def test_denials_read_within_their_clause():
    from claimcheck.analysis import Analyzer

    analyzer = Analyzer()
    # a phrase fronted before a denied clause names what is needed: "Without a licence, it cannot trade"
    assert analyzer.analyze("Without overseas nurses, several of our wards would not be open today.").negated == {"open"}
    # a denial's "that" clause may have a long subject; an adverb is no verb ("had been badly managed")
    assert analyzer.analyze("Ann Tull denied that the reopening of the Harton to Kelby line had been badly managed.").negated == {"manage"}
    # "would not," with its verb left out, denies nothing after the comma
    assert "council" not in analyzer.analyze("Asked whether the government would pay, Ann Tull said it would not, but that "
                                              "councils could bid for a share of the fund.").negated
    # a negative implicative denied affirms its complement; "said nobody wanted" denies the wanting, not the saying
    read = analyzer.analyze("Gwen Arbery did not refuse to comment on the strike.")
    assert read.negated == {"refuse"} and "comment" in read.affirmed
    read = analyzer.analyze("Tom Keel said nobody wanted to strike.")
    assert "say" not in read.negated and "say" in read.affirmed
    read = analyzer.analyze("Ann Rudd said no mother or baby would be put at risk by the delay.")
    assert "say" not in read.negated


def test_a_majority_of_a_whole_is_a_share_and_of_a_figure_a_margin():
    def read(text):
        return [(q.value, q.unit, q.qualifier) for q in quantities.extract(text) if q.unit == "%" or "majority" in q.noun]
    # more than half of the council's seats, whether the seats are counted in figures or words
    assert read("No party has a majority of the council's 48 seats.") == [(50.0, "%", "more_than")]
    assert read("No party has a majority of the council's forty-eight seats.") == [(50.0, "%", "more_than")]
    # ... and the margin of a vote, right before its figure
    assert read("The plan was carried by a majority of just 12 votes.") == []


@pytest.mark.parametrize("word, verb", [
    # WordNet lists open-class words only: a function word it does not know is still never a verb
    ("for", False), ("the", False), ("of", False), ("with", False), ("by", False), ("between", False),
    # ... while a word it does not know at all may be one, and these closed-class words are verbs too
    ("near", True), ("like", True), ("blorped", True),
])
def test_function_words_the_tables_do_not_know_are_no_verbs(word, verb):
    from claimcheck.text import english

    assert english.can_be_verb(word) is verb


def test_the_head_before_a_phrase_of_for_is_the_subject():
    # "profit for the first half came to £52m": "for" is no verb, so the phrase does not end the subject
    from claimcheck.analysis import Analyzer

    analysis = Analyzer().analyze("Marlow Energy's operating profit for the first half came to £52 million.")
    assert not any(analysis.verbal(k) for k, t in enumerate(analysis.tokens) if t.lower == "for")


def test_a_bound_is_not_settled_by_a_date_whose_year_is_untold():
    """"before April 2020" against "on 31 March", its year untold: neither backed nor contradicted; with its year
    the bound decides, as before."""
    bound = dates.extract("The mayor lifted the ban before April 2020.")[0]
    yearless = dates.extract("On 31 March the mayor lifted the ban.")[0]
    assert dates.relation(bound, yearless) == "related"  # (was "conflicts": March is not April)
    assert dates.relation(bound, dates.extract("The mayor lifted the ban on 31 March 2020.")[0]) == "supports"
    assert dates.relation(bound, dates.extract("The mayor lifted the ban on 3 May 2020.")[0]) == "conflicts"


def test_a_century_in_a_name_dates_nothing():
    """"20th Century Fox" names a company; "in the 18th Century." a time."""
    assert [d.year for d in dates.extract("In 2017, Harbour Lights was released by 20th Century Fox.")] == [2017]
    assert [d.part for d in dates.extract("The house was built in the 18th Century. Later it fell.")] == ["century"]


def test_between_two_figures_of_one_measure_is_a_range():
    """"between £2.2 million and £2.6 million" is one figure; years between two dates are dates, not a range."""
    found = quantities.extract("The strike could cost between £2.2 million and £2.6 million.")
    assert [(q.qualifier, q.value, q.precision) for q in found] == [("range", 2_400_000, 200_000)]
    assert [q.qualifier for q in quantities.extract("It cost £2.2 million and £2.6 million.")] == ["exact", "exact"]


@pytest.mark.parametrize("text, rest", [
    ("Of the £8.7 million cost, £5.1 million came from a national fund and the rest from its own budget.", 3_600_000),
    ("Of the £10 million, £4 million came from the fund, £2 million from the council and the rest from donors.", 4_000_000),
    ("The fund paid £5.1 million of the £8.7 million cost and the council the rest.", 3_600_000),
])
def test_the_rest_of_a_sum_is_the_whole_less_its_parts(text, rest):
    assert [q.value for q in quantities.extract(text) if q.text == "the rest"] == [rest]


def test_a_sentence_opening_on_an_adjective_phrase_names_no_one():
    """A verbless clause of an adjective set off before the subject ("Unhappy with the offer, ...") is no name."""
    from claimcheck.analysis import Analyzer

    analyzer = Analyzer()
    unhappy = analyzer.analyze("Unhappy with the offer, the union called a strike.")
    assert unhappy.names == set() and unhappy.subject == ""
    assert analyzer.analyze("Harlow in Essex voted to leave.").subject == "Harlow"  # (a name before "in" still is)
