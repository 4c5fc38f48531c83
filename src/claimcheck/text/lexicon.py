"""Word lists: general English knowledge the analysers share. Nothing here names a claim."""

from types import MappingProxyType

STOPWORDS = frozenset(
    """
    a an the and or but nor so yet of to in on at by for with from into onto over under about as than then that
    this these those it its it's they them their theirs he him his she her hers we us our ours you your i me my
    is are was were be been being am has have had having do does did doing will would shall should can could may
    might must ought also too very just only even still already yet more most less least much many some any each
    every all both either neither other another else such same own which who whom whose what when where why how
    there here if whether while whilst whereas because since until till before after during though although albeit however
    not no never nothing none n't also among amongst between against around via per s said says say
    nobody everybody somebody anybody everyone someone anyone everything something anything
    up down out off again further once according reported report reports
    new now one ones like including include includes included
    mr mrs ms dr prof sir dame
    """.split()
)

# Auxiliary verbs: the forms of be, have and do, and the modals
AUXILIARIES = frozenset("is are was were has have had will would can could should may might must do does did".split())

# Honorifics written before a person's name, in full or shortened ("Dr Ann Holt", "Cllr Tom Reed")
HONORIFICS = frozenset("mr mrs ms mx dr prof sir dame rev cllr".split())

# Words that keep a statement about the same matter but carry no checkable content of their own
# (as lemmas): verbs of intention and expectation, which make a modality rather than an assertion,
# stance adverbs, the nouns of time a date fills ("the date was 12 July": the date says it), and the
# words that mark a figure as a sum ("20 in total", "together").
WEAK_WORDS = frozenset(
    """
    expect plan aim intend seek want hope likely reportedly allegedly really already currently recently
    later earlier soon well due show write thing way lot time year period date able
    together altogether overall total combined
    exist willing unwilling reluctant
    ever
    """.split()
)
# ("ever": a temporal intensifier that tells nothing a superlative or "since" does not: "the best it has
# ever had" is "the best", "ever since 2019" is "since 2019")

# adverbs that stand between an auxiliary and its verb ("can no longer buy", "will also build",
# "was later fined"); words in -ly stand there too ("will gradually cut", "was heavily fined")
PREVERBAL_ADVERBS = frozenset("not also still now later already soon then never once again since only just ever always "
                              "even jointly first".split())

# Prepositions that relate as "in", "with", "on" or "to" do and say nothing more ("made within
# the county" / "made in Harrowdale"; "sits alongside Xiaomi" / "with Xiaomi"): closed-class
# words, not content. Not those that carry a relation of their own or have an opposite: "inside"
# / "outside", "without", "above", "below", "beyond", "across", "before", "after", "despite" (it
# reverses a cause: "despite falling orders" / "because of falling orders"). "besides" adds, as
# "as well as" does.
PLAIN_PREPOSITIONS = frozenset("within alongside amid amidst upon onto toward towards throughout besides".split())

# Words that open a noun phrase: what follows is a noun or its modifier, never a verb ("its best
# year", "the cost"). Not "that", which also opens a clause ("the firm that makes chips").
DETERMINERS = frozenset("the a an this these those its their his her our your my".split())

# English light verbs (Jespersen; Butt, "The light verb jungle", 2010): in "made an announcement",
# "held talks", "took part" the meaning is in the noun, so the verb counts for nothing.
LIGHT_VERBS = frozenset("make take give have do get hold pay conduct undertake perform put keep go".split())

# Phrasal verbs with a one-word equivalent (the first word as its lemma).
PHRASAL_VERBS = {
    "set up": "establish", "take part": "participate", "call on": "urge", "carry out": "perform",
    "find out": "discover", "give up": "abandon", "put off": "postpone", "turn down": "reject",
    "pull out": "withdraw", "step down": "resign", "shut down": "close", "close down": "close",
    "wind up": "end", "take over": "acquire", "buy out": "acquire", "lay off": "dismiss",
    "go up": "rise", "go down": "fall", "look into": "investigate", "put forward": "propose",
    "phase out": "end", "join forces": "cooperate", "team up": "cooperate", "shed light": "reveal",
    "call off": "cancel",
    # what news does to a price, a tax or a total with a verb and a particle of direction: "put up
    # fares", "drove down costs", "cut back services" (Cambridge: put up, "to increase the price")
    "put up": "raise", "push up": "raise", "drive up": "raise", "bring down": "reduce", "push down": "reduce",
    "drive down": "reduce", "cut back": "reduce", "scale back": "reduce", "come down": "fall",
    "pay back": "repay", "hand back": "return", "carry on": "continue", "go ahead": "proceed",
    "get under way": "begin",
    # and two more of WordNet's phrasal verbs whose first sense is one word's, with no object
    # ("turn up" is not: "turned up" appears, "turned up the heat" raises)
    "chip in": "contribute", "step in": "intervene",
    # a decision on a motion, either way (Cambridge: vote down, "to defeat a proposal by voting against it";
    # throw out, "to refuse to accept a plan"; vote through, "to approve by voting")
    "vote down": "reject", "throw out": "reject", "vote through": "approve",
    # news' phrasal verbs of hiring, choosing, delaying, leaving and pulling down, each in the one sense a
    # dictionary gives it first with such an object (Cambridge: take on, "to employ someone"; single out, pick
    # out, "to choose one person or thing from a group"; hold up, "to delay"; push back, "to change the time or
    # date of an event so that it happens later"; bring forward, "to change the date or time of an event so that
    # it happens earlier"; stand down, "to leave a job or position"; pull down, knock down, tear down, "to destroy
    # a building"; hand out, "to give something to each person in a group"; pay out, "to spend money")
    "take on": "hire", "single out": "select", "pick out": "select", "hold up": "delay", "push back": "postpone",
    "bring forward": "advance", "stand down": "resign", "pull down": "demolish", "knock down": "demolish",
    "tear down": "demolish", "hand out": "distribute", "pay out": "pay",
    # (Cambridge: roll out, "to introduce something new" (not "bring in", which brings in money as often); draw up, "to prepare something official, such
    # as a plan or a document"; drop out, back out, "to decide not to do something you had agreed to do"; step up,
    # "to increase the size, amount or speed of a process"; wipe out, "to destroy or get rid of something")
    "roll out": "introduce", "draw up": "prepare", "drop out": "withdraw",
    "back out": "withdraw", "step up": "increase", "wipe out": "destroy",
    # a court's sentence told by where it sends one: "sent to prison for six years" is "jailed for six years"
    "send to prison": "jail", "send to jail": "jail", "put behind bars": "jail",
    # (Cambridge: come to harm, "to be hurt or damaged")
    "come to harm": "harm",
}

NEGATORS = frozenset(["not", "no", "never", "n't", "cannot", "can't", "won't", "didn't", "doesn't", "don't",
                      "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "couldn't",
                      "wouldn't", "shouldn't", "neither", "nor", "without", "nobody", "nothing"])

BE_DENIED = frozenset(["isn't", "aren't", "wasn't", "weren't"])  # "be" and its negation in one word

# Words between a negator and the predicate it negates ("has not yet been announced").
NEGATION_SKIP = frozenset(
    """
    yet been be being ever even still also really actually officially publicly formally fully
    somewhat quite rather much greatly
    a an the any its their his her our to have has had having do does did is are was were
    """.split()
)

# Nouns that count the same kind of thing, so "90 members" and "87 other companies" compare.
COUNT_NOUN_CLASSES = {
    "org": {"company", "companies", "firm", "firms", "member", "members", "organization", "organizations",
            "organisation", "organisations", "enterprise", "enterprises", "business", "businesses", "corporation",
            "corporations", "chipmaker", "chipmakers", "maker", "makers", "manufacturer", "manufacturers", "player",
            "players", "participant", "participants", "group", "groups", "entity", "entities", "institution",
            "institutions", "party", "parties", "startup", "startups", "supplier", "suppliers", "vendor", "vendors"},
    "person": {"people", "person", "persons", "worker", "workers", "employee", "employees", "staff", "staffer",
               "staffers", "engineer", "engineers", "researcher", "researchers", "individual", "individuals",
               "population", "workforce", "headcount", "crowd", "electorate"},
    "country": {"country", "countries", "nation", "nations", "region", "regions", "market", "markets",
                "state", "states", "territory", "territories", "economy", "economies"},
    "event": {"meeting", "meetings", "time", "times", "session", "sessions", "round", "rounds", "gathering",
              "gatherings", "summit", "summits", "visit", "visits", "occasion", "occasions", "instance", "instances"},
}

# collective nouns a figure after "of" counts the members of: "a workforce of 11,300", "a population of
# about 310,000" (not "a group of 12", "the round of 16": groups or rounds are not what is counted there)
COLLECTIVE_NOUNS = frozenset("population workforce headcount crowd electorate staff".split())

# nouns whose plural is their singular (Quirk et al. 1985, 5.83-5.91: animals, craft, -ies nouns)
# or that are plural without -s (cattle): "2,700 fish" counts fish
ZERO_PLURALS = frozenset("fish sheep deer salmon trout cod moose bison aircraft spacecraft species series offspring "
                         "cattle livestock poultry".split())

# abbreviated units written after a figure, as case tells them apart (SI symbols): what they count
# in full, so "84 MW" and "84 megawatts" compare; never names
UNIT_ABBREVIATIONS = MappingProxyType({
    "kW": "kilowatts", "MW": "megawatts", "GW": "gigawatts", "TW": "terawatts",
    "kWh": "kilowatt-hours", "MWh": "megawatt-hours", "GWh": "gigawatt-hours", "TWh": "terawatt-hours",
    "km": "kilometres", "cm": "centimetres", "mm": "millimetres", "kg": "kilograms", "ml": "millilitres", "ha": "hectares", "mph": "miles per hour", "km/h": "kilometres per hour",
    "C": "degrees",  # "34C": degrees Celsius, as British news writes a temperature ("93F" is left alone: another scale)
})

BE_FORMS = frozenset("is are was were be been being".split())  # the forms of "be" a passive or a copula takes

# units of time and measure: they say how much, not of what ("for 15 years", "for two years")
MEASURE_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries metre metres meter meters kilometre kilometres kilometer kilometers km mile miles "
    "tonne tonnes ton tons kilogram kilograms kg gram grams litre litres liter liters".split())

# word -> its class ("members" -> "org"): what amounts and verbs are told apart by
COUNT_NOUN_CLASS = {w: cls for cls, words in COUNT_NOUN_CLASSES.items() for w in words}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
}
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12, "trn": 1e12,
    # South Asian English: a lakh is 100,000, a crore 10 million ("15 crore", "15 crores", "40 lakh")
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
MULTIPLIER_WORDS = {"once": 1, "twice": 2, "thrice": 3}
PERIOD_WORDS = {
    "year": "year", "annum": "year", "annually": "year", "yearly": "year", "annual": "year",
    "month": "month", "monthly": "month", "week": "week", "weekly": "week", "day": "day", "daily": "day",
    "quarter": "quarter", "quarterly": "quarter",
}
PERIODS_PER_YEAR = {"year": 1, "quarter": 4, "month": 12, "week": 52, "day": 365}

# Demonyms and short forms of places that news text uses interchangeably with the place.
BUILTIN_ENTITIES = (
    ("United States", ("US", "U.S.", "USA", "U.S.A.", "America", "American", "Americans", "U.S.-based", "US-based"), "place"),
    ("China", ("Chinese", "PRC", "People's Republic of China"), "place"),
    ("Beijing", (), "place", ("China",)),
    ("South Korea", ("Korea", "Korean", "South Korean", "Republic of Korea"), "place"),
    ("Japan", ("Japanese",), "place"),
    ("Taiwan", ("Taiwanese",), "place"),
    ("European Union", ("EU", "E.U."), "group"),
    ("United Kingdom", ("UK", "U.K.", "Britain", "British", "Great Britain"), "place"),
    ("Germany", ("German",), "place"),
    ("France", ("French",), "place"),
    ("Spain", ("Spanish",), "place"),
    ("Italy", ("Italian",), "place"),
    ("India", ("Indian",), "place"),
    ("Russia", ("Russian",), "place"),
    ("Vietnam", ("Vietnamese", "Viet Nam"), "place"),
    ("Netherlands", ("Dutch", "Holland"), "place"),
    ("Hong Kong", (), "place", ("China",)),
    ("Shanghai", (), "place", ("China",)),
    ("Shenzhen", (), "place", ("China",)),
    ("Washington", ("Washington, DC", "Washington D.C.", "Washington-based"), "place", ("United States",)),
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Capitalised words that are not names even in mid-sentence.
NOT_NAMES = frozenset(
    """
    I Mr Mrs Ms Dr Prof President Minister Chairman CEO Inc Ltd Co Corp Plc LLC The A An
    """.split()
)

# Prepositions, connective adverbs, adverbs of degree and quantifiers (closed classes) beyond the stop words:
# capitalised at the start of a sentence they open it, never a name ("Besides Huawei, ...",
# "Despite the ban, ...", "Almost two-thirds of ...").
OPENING_FUNCTION_WORDS = frozenset(
    """
    besides despite unlike amid amidst whereas whilst meanwhile moreover furthermore nevertheless
    nonetheless instead overall otherwise thus hence therefore indeed unless following within without
    across beyond toward towards upon regarding concerning excluding
    almost nearly roughly approximately barely scarcely slightly exactly precisely
    fewer several twice thrice
    """.split()
)

# Acronyms that name things, not actors: read as ordinary words.
COMMON_ACRONYMS = frozenset(
    "AI IC ICS R&D CEO CFO CTO COO GDP IPO IT ICT IOT PC PCS EV EVS OEM OEMS NGO NGOS TV DNA HIV VAT".split()
)


# ordinal words and their numbers: places in an order ("finished third") and days ("the first of July")
ORDINALS = MappingProxyType({w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)})

# verbs whose past participle is their base form (English's commonest): "has cost", "has cut", "have set"
SAME_PARTICIPLE = frozenset("cut hit cost forecast shut quit bid spread hurt cast broadcast upset split set put let "
                            "bet burst".split())
