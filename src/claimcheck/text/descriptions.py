"""Entities known by what they are: "the Shenzhen-based telecoms giant", "the WeChat owner", "the Hong Kong daily".

A description is a definite noun phrase: "the" (or "this"), an optional count ("the two
associations"), up to four modifiers and a head noun, or "the <head> of <name>" ("the owner of
WeChat"). It describes an entity when

  * its head noun is a noun the entity is called by: the last word of one of its roles ("giant" for
    "telecoms giant"), a word its names end with ("association"), or a general noun of its kind
    ("company" and "firm" for a business: an organisation with an industry); "owner", "maker",
    "developer" for an organisation with products, as in "the WeChat owner";
  * and every modifier is one of its attributes: a place it is based in or one that place is part
    of ("Shenzhen-based", "Chinese"), its country, a word of its industry or of its roles
    ("telecoms"), one of its products, an organisation it belongs to ("the Huawei unit"), or an
    evaluative word that states no fact ("embattled", "major").

Attributes come from the claim base's entities (model.EntityAttributes); an entity without any is
described only by the words of its names. Pure: nothing is mutated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple, Optional

from ..lazyre import lazy
from . import english
from .kinds import ORG_NOUNS, SPECIFIC_NOUNS
from .lexicon import STOPWORDS
from .tokens import tokenize

MAX_MODIFIERS = 4
SPECIFIC_WEIGHT = 3
# General nouns for an organisation that does business (one with an industry).
COMPANY_NOUNS = frozenset(
    "company firm group maker manufacturer business corporation conglomerate brand supplier producer vendor "
    "operator provider".split()
)  # not "giant": that is a role some are given ("telecoms giant"), not any company's
# "the WeChat owner", "the maker of the Mate phones": an organisation by a product of its own.
OWNER_NOUNS = frozenset("owner maker developer operator parent creator publisher producer".split())
# General nouns for any organisation, and for places by what they are.
ORGANISATION_NOUNS = frozenset("organisation organization body institution".split())
PLACE_ROLES = frozenset("country nation state city region province island territory capital town village district".split())
# Words that judge or size an entity without stating anything a claim could settle.
EVALUATIVE = frozenset(
    "big major leading embattled beleaguered troubled powerful influential prominent well-known sprawling mighty "
    "struggling giant".split()
)
KIND_NOUNS = ORG_NOUNS | SPECIFIC_NOUNS | PLACE_ROLES | ORGANISATION_NOUNS | frozenset(["daily"])
_LOWER_WORD_RE = lazy(r"\b[a-z]+(?:-[a-z]+)+\b|\b[a-z]{3,}\b")  # "co-operative" whole
# what a description opens on: "the", "this", or a name's possessive ("Lumenfold's chief executive")
OPENING_RE = lazy(r"\b(?:[Tt]he|[Tt]his)\s|[A-Za-z](?:['’]s?)\s")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_BASED = frozenset(["based", "headquartered"])
_PLACING = frozenset(["in", "at", "near", "based"])  # what follows places the entity described
_NOT_HEADS = frozenset("the a an this that these those its their his her our same other new former".split())


class Description(NamedTuple):
    start: int  # span in the sentence, a possessive "'s" included
    end: int
    text: str
    head: str  # the head noun in the singular, lower case: "giant", "association"
    modifiers: tuple  # (kind, value): ("place", "Shenzhen"), ("word", "telecoms"), ("name", "WeChat"), ...
    count: int = 1  # "the two associations": 2
    possessive: bool = False
    candidates: tuple = ()  # canonical names of the entities it fits, from their attributes
    # how much it narrows things down: a product or an organisation 3, a city or "X-based" 2, a
    # country or a word 1, a head noun more particular than "company" 1
    weight: int = 0

    @property
    def informative(self) -> bool:
        """Does it say more than a kind ("the company")? Only then may it pick one entity of a base."""
        return any(kind != "evaluative" for kind, _ in self.modifiers)

    @property
    def specific(self) -> bool:
        """Specific enough to name the one entity of a base it fits without anything before it:
        "the WeChat owner", "the Shenzhen-based telecoms giant", "the Hong Kong daily"; not "the
        Chinese chipmaker" (the base may know one, the world knows many)."""
        return self.weight >= SPECIFIC_WEIGHT


class _Profile(NamedTuple):
    places: frozenset  # canonical places: headquarters, their wholes, nationality
    based: frozenset  # canonical places it is based in (and their wholes): for "X-based"
    words: frozenset  # words of its industry and roles
    heads: frozenset  # nouns it is called by
    products: frozenset  # lower case
    owners: frozenset  # canonical names it belongs to or took over from
    described: bool  # has attributes: a general kind noun applies only then


def role_heads(attributes) -> frozenset:
    """The nouns an entity's roles call it by, each role's head: its last word ("managing director" ->
    director), or its word before "of" ("chair of the planning committee" -> chair: she is no committee)."""
    return frozenset(_singular(_role_head(r.lower().split())) for r in attributes.role if r.split())


def _role_head(words: list) -> str:
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(phrases) -> set:
    out = set()
    for phrase in phrases:
        for word in re.findall(r"[a-z][a-z-]*", phrase.lower()):
            out.add(word)
            out.add(_singular(word))
            out.update(w for w in word.split("-") if w)
    return out


class _Profiles(Mapping):
    """canonical name -> _Profile of the entity of that name (the last one, as a dict made in
    their order keeps it), each made when first asked for: a statement names few of a base's
    entities (building all thirty of the built-in base's cost `claimcheck check` a millisecond)."""

    def __init__(self, entities, make):
        self._entities = {e.name: e for e in entities}
        self._make = make
        self._made: dict = {}

    def __getitem__(self, name):
        found = self._made.get(name)
        if found is None:
            found = self._made[name] = self._make(self._entities[name])
        return found

    def __contains__(self, name) -> bool:
        return name in self._entities

    def __iter__(self):
        return iter(self._entities)

    def __len__(self) -> int:
        return len(self._entities)


class Describer:
    """Finds descriptions in sentences and says which entities they fit.

    ``entities``: the claim base's Entity records; ``matcher``: the EntityMatcher that reads names
    (for places, products and owners written as modifiers)."""

    def __init__(self, entities, matcher):
        self.matcher = matcher
        self.entities = list(entities)
        self.described = any(e.attributes for e in self.entities)  # any attributes at all
        # every noun an entity may be called by, found without building profiles: a sentence with
        # none of them holds no description (and a base costs nothing until one does)
        heads = set(KIND_NOUNS)
        for e in self.entities:
            if e.attributes:
                heads.update(role_heads(e.attributes))
                if e.attributes.industry or e.attributes.products:
                    heads.update(COMPANY_NOUNS | OWNER_NOUNS)
        self.heads = frozenset(heads)
        # the role nouns people of the base are called by ("chief executive", "leader")
        self.person_heads = frozenset(h for e in self.entities if e.type == "person" and e.attributes
                                      for h in role_heads(e.attributes))
        self.profiles = _Profiles(self.entities, self._profile)  # canonical name -> _Profile

    def may_describe(self, sentence: str) -> bool:
        """Can the sentence hold a description at all ("the" and a noun an entity is called by)?"""
        words = _LOWER_WORD_RE.findall(sentence)
        return bool(words) and OPENING_RE.search(sentence) is not None and any(
            w in self.heads or _singular(w) in self.heads for w in words)

    def _profile(self, entity) -> _Profile:
        a = entity.attributes
        canonical = self.matcher.canonical
        names = [entity.name, *entity.aliases]
        # a kind noun its names end with: "the association" for the China Semiconductor Industry Association
        heads = {_singular(n.split()[-1].lower()) for n in names if n.split()} & KIND_NOUNS
        if a is None:
            return _Profile(frozenset(), frozenset(), frozenset(), frozenset(heads), frozenset(), frozenset(), False)
        based = {canonical(p) for p in a.headquarters}
        based |= self.matcher.ancestors(based)
        places = based | {canonical(p) for p in a.nationality}
        words = _words(a.industry) | _words(a.role)
        heads |= role_heads(a)
        if entity.type in ("org", "group", ""):
            if a.industry or a.products:
                heads |= COMPANY_NOUNS
            if a.products:
                heads |= OWNER_NOUNS
            heads |= ORGANISATION_NOUNS
        owners = {canonical(n) for n in (*a.subsidiary_of, *a.member_of, *a.successor_of, *entity.part_of)}
        return _Profile(frozenset(places), frozenset(based), frozenset(words), frozenset(heads),
                        frozenset(p.lower() for p in a.products), frozenset(owners), True)

    # ------------------------------------------------------------ fitting

    def fits(self, description: Description, name: str) -> Optional[bool]:
        """True when the named entity fits every part of the description, False when one part rules
        it out, None when the base gives it no attributes (its name and type are all there is to go by)."""
        profile = self.profiles.get(name)
        if profile is None or not profile.described:
            return None
        if description.head not in profile.heads:
            return False
        if description.head not in OWNER_NOUNS and any(kind == "name" and value not in profile.owners
                                                       for kind, value in description.modifiers):
            return False  # a product names its owner as "the WeChat owner", not as a group ("the velarimab group")
        return all(self._modifier_fits(kind, value, profile) for kind, value in description.modifiers)

    @staticmethod
    def _modifier_fits(kind: str, value: str, profile: _Profile) -> bool:
        if kind == "evaluative":
            return True
        if kind == "place":
            return value in profile.places
        if kind == "based":
            return value in profile.based
        if kind == "name":
            return value.lower() in profile.products or value in profile.owners
        if kind == "word":
            return value in profile.words or _singular(value) in profile.words or all(
                w in profile.words for w in value.split("-") if w)
        return False

    def _weight(self, description: Description) -> int:
        weight = 0 if description.head in COMPANY_NOUNS | ORGANISATION_NOUNS | OWNER_NOUNS else 1
        for kind, value in description.modifiers:
            if kind == "name":
                weight += 3
            elif kind == "based" or (kind == "place" and self.matcher.parents.get(value)):
                weight += 2  # a city, not a country
            elif kind != "evaluative":
                weight += 1
        return weight

    def candidates(self, description: Description) -> tuple:
        return tuple(name for name, profile in self.profiles.items()
                     if profile.described and self.fits(description, name))

    # ------------------------------------------------------------ finding

    def find(self, sentence: str) -> list:
        """Every description in the sentence, with the entities of the base it fits."""
        if not self.may_describe(sentence):
            return []
        tokens = tokenize(sentence)
        self._names = {m.first: m for m in self.matcher.find(tokens, frozenset(), sentence)}
        out = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            owner = self._names.get(i)
            if owner is not None and _possessive(sentence, tokens[owner.last]) and (i == 0 or tokens[i - 1].lower not in ("the", "this")):
                # "Vennbury Rovers' chairman", "Lumenfold's chief executive": a name's possessive is the
                # phrase's determiner, and the name is its first modifier, as in "the Vennbury Rovers chairman"
                found = self._at(sentence, tokens, i, determined=True)
            elif tok.lower not in ("the", "this") or (tok.is_cap and i > 0 and not sentence[tokens[i - 1].end:tok.start].strip()):
                i += 1  # "The" inside a sentence starts a name ("The Industry Ledger")
                continue
            else:
                found = self._at(sentence, tokens, i)
            if found is None:
                i += 1
                continue
            found = found._replace(candidates=self.candidates(found), weight=self._weight(found))
            out.append(found)
            i = next((k for k in range(i, n) if tokens[k].start >= found.end), n)
        return out

    def _at(self, sentence: str, tokens, i: int, determined: bool = False) -> Optional[Description]:
        """The description that starts at token i: "the" (or "this") and what follows, or, when
        ``determined``, a name's possessive and what follows."""
        n = len(tokens)
        k = i if determined else i + 1
        count = 1
        if k < n and tokens[k].lower in _COUNTS and tokens[i].lower == "the":
            count = _COUNTS[tokens[k].lower]
            k += 1
        first = k
        last = min(n, first + MAX_MODIFIERS + 1)
        for h in range(last - 1, first - 1, -1):  # the longest phrase whose last word is a head
            head_tok = tokens[h]
            if head_tok.is_cap or not head_tok.text.isalpha() and "'" not in head_tok.text and "’" not in head_tok.text:
                continue
            if not _adjoining(sentence, tokens, first, h):
                continue
            word = head_tok.lower  # without a possessive's "'s"
            possessive = head_tok.text.endswith(("'s", "’s"))
            head = _singular(word) if count > 1 else word
            mods_end = h
            if h > first and sentence[tokens[h - 1].end:head_tok.start] == "-" \
                    and f"{tokens[h - 1].lower}-{head}" in self.heads:
                head, mods_end = f"{tokens[h - 1].lower}-{head}", h - 1  # "the co-operative": one word, hyphened
            if count > 1 and head == word and not word.endswith("s"):
                continue  # "the two association": not a plural
            if head not in self.heads and head not in COMPANY_NOUNS | ORGANISATION_NOUNS | PLACE_ROLES | OWNER_NOUNS:
                continue
            modifiers = self._modifiers(sentence, tokens, first, mods_end)
            if modifiers is None:
                continue
            end = head_tok.end
            of_name = None
            if not possessive and h + 2 < n and tokens[h + 1].lower == "of" and (
                    (head in OWNER_NOUNS and not modifiers)
                    or (head in self.person_heads and all(kind == "word" for kind, _ in modifiers))):
                # "the owner of WeChat"; "the chief executive of Lumenfold", "the leader of Hensley Cross
                # Town Council": a role in the body named, which its holder is a member of
                of_name = self._name_at(sentence, tokens, h + 2 + (tokens[h + 2].lower == "the"))
                if of_name:
                    modifiers = tuple(modifiers) + (("name", of_name[0]),)
                    end = of_name[1]
            if of_name is None and not possessive and h + 1 < n and not _ends_phrase(sentence, tokens, h):
                continue  # "the company spokesperson": the head is further on
            if head in OWNER_NOUNS - COMPANY_NOUNS and not any(kind == "name" for kind, _ in modifiers):
                continue  # "the owner" alone names nothing
            if not modifiers and count == 1 and head not in self.heads and head not in COMPANY_NOUNS | ORGANISATION_NOUNS:
                continue
            start = tokens[i].start
            return Description(start, end, sentence[start:end], head, tuple(modifiers), count, possessive)
        return None

    def _modifiers(self, sentence: str, tokens, first: int, head: int):
        """The modifiers between ``first`` and ``head`` as (kind, value), or None when one is not an attribute word."""
        if first == head:
            return ()
        # the sentence's names, read in the whole sentence ("Leeds" is a name there, not as a first word)
        by_first = {m.first - first: m._replace(first=m.first - first, last=m.last - first)
                    for m in self._names.values() if first <= m.first and m.last < head}
        out = []
        k = 0
        local = tokens[first:head]
        while k < len(local):
            tok = local[k]
            m = by_first.get(k)
            if m is not None:
                name = m.name
                nxt = local[m.last + 1] if m.last + 1 < len(local) else None
                if local[m.last].lower in _BASED:  # an alias that says it ("Washington-based")
                    out.append(("based", name))
                    k = m.last + 1
                    continue
                if nxt is not None and nxt.lower in _BASED and sentence[local[m.last].end:nxt.start] in ("-", " "):
                    out.append(("based", name))
                    k = m.last + 2
                    continue
                out.append(("place" if m.type == "place" else "name", name))
                k = m.last + 1
                continue
            if tok.is_cap:
                return None  # a name the base does not know: another entity's description
            if tok.lower in _NOT_HEADS or tok.lower in STOPWORDS or not tok.text.replace("-", "").isalpha():
                return None  # "the incumbent had been mayor": a verb, not a modifier
            word = tok.lower
            # "state-owned", "US-listed": hyphenated words are read whole
            while k + 1 < len(local) and sentence[tok.end:local[k + 1].start] == "-" and not local[k + 1].is_cap:
                k += 1
                tok = local[k]
                word += "-" + tok.lower
            out.append(("evaluative" if word in EVALUATIVE else "word", word))
            k += 1
        return tuple(out)

    def apposed(self, sentence: str, tokens, names, mention, appositive=None) -> tuple:
        """The token indexes of a description written beside a name that the named entity fits (its
        owner's name included): before it ("Kessel Group's dairy arm Norvik", "research firm IC
        Insights", "Its chip arm, HiSilicon, ...") or set off after it by commas (``appositive``:
        the span's (start, end); "HiSilicon, Huawei's chip arm,"); ``names``: the sentence's
        mentions. The base's record of the entity
        says what such a description says; () when there is none or it does not fit (another
        owner, a word none of its attributes has)."""
        profile = self.profiles.get(mention.name)
        if profile is None or not profile.described:
            return ()
        if appositive is not None:
            inside = _within(tokens, mention, appositive)
            while inside and tokens[inside[0]].lower in _NOT_HEADS:
                inside.pop(0)  # "SMIC, a chipmaker,"
            cut = next((j for j, k in enumerate(inside) if tokens[k].lower in _PLACING), None)
            if cut is not None:
                inside = inside[:cut]  # "a cheese maker in Kessel": the place is placed()'s to read
            owner = next((m for m in names if inside and m.first == inside[0]), None)
            # "Miriam Castellow, the regulator's chief executive,": her post in a body the base calls a regulator
            post_at = self._owner_described(tokens, inside, profile) if owner is None else 0
        else:
            post_at = 0
            inside, owner = self._words_before(sentence, tokens, mention.first), None
            if not inside:
                inside = _title_before(sentence, tokens, names, mention.first)  # "Captain Liam Okafor"
            k = inside[0] - 1 if inside else -1
            if k >= 0 and tokens[k].is_cap and tokens[k].lower not in _NOT_HEADS and sentence[tokens[k].end:tokens[k + 1].start] == " ":
                owner = next((m for m in names if m.last == k), None)  # "Kessel Group's dairy arm"
                if owner is None:
                    return ()
                inside[:0] = range(owner.first, owner.last + 1)
            elif k >= 0 and inside and sentence[tokens[k].end:tokens[k + 1].start] == " " \
                    and self._owner_described(tokens, [k, *inside], profile):
                inside[:0], post_at = [k], 1  # "the regulator's chief executive, Miriam Castellow"
        words = [k for k in inside[post_at:] if owner is None or k > owner.last]
        if not words or owner is not None and (owner.name not in profile.owners
                                               or not tokens[owner.last].text.endswith(("'s", "’s"))):
            return ()
        head = _singular(tokens[words[-1]].lower)
        if head not in profile.heads or any(tokens[k].is_cap or not self._modifier_fits("word", tokens[k].lower, profile)
                                            for k in words[:-1]):
            return ()
        return tuple(inside)

    def _owner_described(self, tokens, inside, profile) -> int:
        """Where the words of an appositive open on a possessive that describes one of the entity's
        owners, as the base calls it ("the regulator's chief executive" of a member of a body whose
        roles include "regulator"): the position of the first word after it in ``inside``; else 0."""
        for j, k in enumerate(inside[:-1]):
            tok = tokens[k]
            if tok.is_cap or not tok.text.endswith(("'s", "’s")):
                continue
            head = _singular(tok.lower)
            owners = (self.profiles.get(o) for o in profile.owners)
            return j + 1 if any(o is not None and head in o.heads for o in owners) else 0
        return 0

    def placed(self, tokens, names, mention, appositive) -> tuple:
        """The token indexes of the places in a noun phrase set off after a name ("the SIA, its
        counterpart in Washington,") that the base gives the named entity (where it is based, its
        country): the record says where it is. Not in a relative clause ("which opened a lab in
        Shenzhen"), which tells of an act there."""
        profile = self.profiles.get(mention.name)
        inside = _within(tokens, mention, appositive)
        if profile is None or not profile.described or not inside or tokens[inside[0]].lower not in _NOT_HEADS:
            return ()
        return tuple(k for m in names if m.type == "place" and m.name in profile.places
                     and inside[0] <= m.first and m.last <= inside[-1] for k in range(m.first, m.last + 1))

    @staticmethod
    def _words_before(sentence: str, tokens, first: int) -> list:
        """The lower-case words of a noun phrase just before token ``first``, joined to it by a space
        or set off by a comma ("Its chip arm, HiSilicon"); [] past MAX_MODIFIERS + 1 words."""
        k = first - 1
        if k < 0 or sentence[tokens[k].end:tokens[first].start] not in (" ", ", "):
            return []
        inside = []
        while k >= 0 and (not inside or sentence[tokens[k].end:tokens[k + 1].start] in (" ", "-")) \
                and not tokens[k].is_cap and tokens[k].text.replace("-", "").isalpha() \
                and tokens[k].lower not in _NOT_HEADS and tokens[k].lower not in STOPWORDS:
            if len(inside) > MAX_MODIFIERS:
                return []  # longer than a description
            inside.insert(0, k)
            k -= 1
        return inside

    def _name_at(self, sentence: str, tokens, k: int):
        found = self.matcher.find(tokens[k:k + 6], frozenset(), sentence)
        if found and found[0].first == 0:
            return found[0].name, found[0].end
        if tokens[k].is_cap:
            return tokens[k].text, tokens[k].end
        return None


def _possessive(sentence: str, tok) -> bool:
    """Is the token a name's possessive ("Lumenfold's", "Rovers'")?"""
    return tok.text.endswith(("'s", "’s")) or sentence[tok.end:tok.end + 1] in ("'", "’")


def is_title_word(tok) -> bool:
    """Can the token be a word of a title written before a name ("Captain", "District", "Judge"): a
    capitalised common word English has, no function word?"""
    return tok.is_cap and tok.lower.isalpha() and tok.lower not in STOPWORDS and english.known(tok.lower)


def _title_before(sentence: str, tokens, names, first: int) -> list:
    """The capitalised common words written as a title right before a name ("Captain Liam Okafor",
    "District Judge Alan Whitcombe"): words English has, in no name of their own."""
    named = {k for m in names for k in range(m.first, m.last + 1)}
    inside = []
    k = first - 1
    while k >= 0 and k not in named and is_title_word(tokens[k]) and sentence[tokens[k].end:tokens[k + 1].start] == " " \
            and len(inside) < MAX_MODIFIERS + 1:
        inside.insert(0, k)
        k -= 1
    return inside


def _within(tokens, mention, span) -> list:
    """The indexes of the tokens after a name inside the span set off after it (its commas left out)."""
    return [k for k in range(mention.last + 1, len(tokens)) if span[0] < tokens[k].start < span[1]]


def _adjoining(sentence: str, tokens, first: int, last: int) -> bool:
    """Only spaces and hyphens between the tokens (and a plural's possessive: "Rovers' chairman"): one
    phrase, not across a comma or a bracket."""
    return all(sentence[tokens[j].end:tokens[j + 1].start] in (" ", "-", "' ", "’ ") for j in range(first - 1 if first else 0, last))


def _verb_use(sentence: str, tokens, k: int) -> bool:
    """Is the past form at token ``k`` used as a verb: punctuation, a determiner, a pronoun, a preposition or a
    figure follows it ("sent it", "sent 1.06 billion litres", "closed last year"), no noun it describes?"""
    if k + 1 >= len(tokens) or sentence[tokens[k].end:tokens[k + 1].start].strip():
        return True
    nxt = tokens[k + 1]
    return nxt.is_number or nxt.lower in STOPWORDS or nxt.is_cap


def _ends_phrase(sentence: str, tokens, h: int) -> bool:
    """Does the noun phrase end at token h? Not when a noun that cannot be a verb follows ("the
    company spokesperson"), nor "of" ("the group of ...", another thing)."""
    from . import english

    gap = sentence[tokens[h].end:tokens[h + 1].start]
    if gap.strip():
        return True  # punctuation
    nxt = tokens[h + 1]
    if nxt.lower == "of":
        return False
    if nxt.is_cap or nxt.is_number:
        return True
    after = tokens[h + 2] if h + 2 < len(tokens) else None
    if nxt.lower.endswith("s") and nxt.lower not in STOPWORDS and english.lemma(nxt.lower) != nxt.lower and after is not None \
            and english.inflected_verb(after.lower) and not after.lower.endswith("s") \
            and not sentence[nxt.end:after.start].strip() and _verb_use(sentence, tokens, h + 2):
        return False  # "Wetherdale's member farms sent it": a plural noun before a verb in the past is the head (not
        # "the manager says injured players", a verb in -s before a participle used as an adjective)
    return nxt.lower in STOPWORDS or english.can_be_verb(nxt.lower) or nxt.lower.endswith("ly")
