"""Words that say what a thing is rather than name it: "the company", "the city", "the spokesperson".

Shared by reference resolution (coref.py) and entity descriptions (descriptions.py): closed lists of
English nouns and modifiers, kept as data.
"""

# Nouns that describe an organisation, a place, a group or a person by what it is, not its name.
ORG_NOUNS = frozenset(
    """
    company firm group giant maker manufacturer chipmaker carmaker automaker producer supplier retailer bank
    lender insurer airline carrier operator provider startup start-up business corporation conglomerate
    association organisation organization body agency ministry department regulator watchdog institute
    committee council commission board authority union federation alliance consortium party university society
    school hospital court club team network broadcaster publisher newspaper outlet developer vendor brand
    oem
    """.split()
)
# The nouns of ORG_NOUNS that say only that it is an organisation in business: "the Chinese firm" may
# be said of any company, "the Leeds regulator" only of a regulator.
GENERAL_ORG_NOUNS = frozenset("company firm group giant business corporation conglomerate maker manufacturer".split())
PLACE_NOUNS = frozenset("country nation state city region province island territory capital town village".split())

PERSON_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman official executive chief ceo cfo cto chairman chairwoman chair president
    founder director minister secretary governor mayor senator lawyer analyst researcher scientist engineer
    manager leader head owner premier chancellor ambassador commissioner economist professor
    """.split()
)
# What may stand between "the" and the noun of a description that refers back to a name: "the tech giant",
# "the Chinese firm". Other modifiers make a new thing ("the working group", "the parent company").
DESCRIPTIVE_MODIFIERS = frozenset(
    """
    tech technology chip chipmaking semiconductor telecom telecoms telecommunications software internet online
    car oil energy media mining steel drug pharmaceutical retail banking financial state-owned state-run
    state-backed private listed local national global international multinational giant big
    """.split()
)
# Nouns whose referent must carry the same head word ("the association" is not any organisation).
SPECIFIC_NOUNS = frozenset(
    "association ministry institute committee council commission university party bank agency alliance union "
    "federation court society foundation".split()
)
# Closed-class words that start sentences capitalised and so can pass for names.
FUNCTION_WORDS = frozenset(
    """
    despite regarding concerning considering given following notably meanwhile moreover furthermore nevertheless
    nonetheless besides instead indeed overall finally additionally similarly likewise thus hence therefore
    consequently accordingly unlike amid amidst among across against along around beyond within without throughout
    toward towards upon via excluding including whereas although though however during since because while yet
    still also even here there today yesterday tomorrow recently currently previously earlier later
    """.split()
)
