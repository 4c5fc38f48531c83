"""Build src/claimcheck/data/lexicon.bin: the English word knowledge the verdict engine reads.

Tables, each from a general resource, none edited by hand:

- lemmas: inflected form -> lemma(s), from LemmInflect's lookup table (MIT; derived from the
  NIH SPECIALIST Lexicon). "bought" -> buy, "meetings" -> meeting, "rose" -> rise.
- families: lemma -> lemmas of the same word family, from WordNet 3.0's "derivationally related
  form" links ("announce" ~ "announcement", "cooperate" ~ "cooperation"), kept only where the two
  share their stem (a common prefix of at least 60% of the shorter word) and both or neither
  name a person ("employ" ~ "employment", not "employer").
- spelling: British -> American spelling ("centre" -> "center", "standardise" -> "standardize"),
  from WordNet lemma pairs of one synset that differ by a British/American spelling pattern.
- synonyms: lemmas that WordNet puts in one synset among the first five senses of each (three where
  one is a light verb: "get", "have"), one of them
  common (a whole word piece of all-MiniLM-L6-v2's vocabulary, or a lemma one of whose inflected forms
  is one: "injure" for "injured") and the other common too or a word another table has ("question" /
  "interrogate"); or two common lemmas directly above one another (a hypernym, or a "similar"
  adjective) in the first sense of one: "say" / "state", "plant" / "factory".
- verbs: every word that can be a verb (WordNet's verb lemmas, LemmInflect's verb forms), so that
  "albums" or "members" are never read as predicates.
- related: for common words (whole word pieces of all-MiniLM-L6-v2's vocabulary), the words that model
  finds nearly alike (src/claimcheck/data/related-pieces.bin, made by distill_related.py), at 0.5 or
  more: "purchase" ~ "buy", "film" ~ "movie".
- antonyms: WordNet's direct antonyms among the first three senses of each word ("rise" / "fall",
  "win" / "lose", "domestic" / "foreign"), spread to each word's family.
- names: the related table's words that neither LemmInflect nor WordNet has in lower case, so
  that English writes them only as names ("reyes", "torres", "obama"): known to the model, no
  common words.
- persons: nouns one of whose first two senses is a kind of person in WordNet 3.0 ("resident",
  "passenger", "fan"), so that "400 residents" counts what "400 people" counts.
- places: a demonym -> the place it is of, from WordNet 3.0's pertainyms of capitalised
  adjectives ("Cornish" -> Cornwall, "Glaswegian" -> Glasgow), where every pertainym of the word
  but a language of its own name ("Welsh") is that one place, and no continent (not "Latin":
  Latium, and Romance; not "European").
- wholes: such a place -> the countries, states and districts it is part of, from WordNet's part
  holonyms ("cornwall" -> England, United Kingdom; "paris" -> France).
- ranks: a word's place in English by frequency: its first place, or that of the first of its
  inflected forms, among the whole words of all-MiniLM-L6-v2's vocabulary (BERT's uncased WordPiece
  vocabulary), whose whole words stand in the order of their frequency in the text it was made
  from (English Wikipedia and BooksCorpus): "the" 1, "work" 150, "regulator" 18,000 or so.

At build time only (nothing here is needed at run time):

    pip install lemminflect nltk
    # WordNet 3.0: nltk.download("wordnet"), or Debian's wordnet-base and wordnet-sense-index packages
    python benchmarks/distill_lexicon.py [--wordnet DIR]
    python benchmarks/distill_lexicon.py --wordnet /usr/share/wordnet   # Debian's files, as they are

An NLTK data folder, or a folder of WordNet's own files (data.noun, index.sense, ...): NLTK reads
those through a copy laid out as it expects, with the lexnames file Debian's packages leave out
(WordNet 3.0's 45 lexicographer files, listed below). Either gives the same lexicon.bin, byte for byte.

claimcheck reads the file with the standard library (src/claimcheck/text/english.py); the layout
is described at write().
"""

from __future__ import annotations

import argparse
import collections
import gzip
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "claimcheck", "data", "lexicon.bin")
FIRST_SENSES = 3
# senses in which two words are synonyms: WordNet orders a word's senses by how often a tagged corpus uses them,
# and the fourth and fifth are still usual ones ("dismiss" is "sack" in its fourth): measured on held-out bases
SYNONYM_SENSES = 5
# British -> American patterns, tried at the end of a word (or inside it for "isation").
SPELLING_PATTERNS = [
    ("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("our", "or"), ("tre", "ter"),
    ("ogue", "og"), ("ence", "ense"), ("mme", "m"), ("ae", "e"), ("oe", "e"), ("ll", "l"),
]


def lemma_table():
    """form -> lemmas, the one to read first first: a verb's lemma when the form inflects a verb
    ("rose" -> rise, "used" -> use), else the form itself when it is a lemma too ("data"), else
    the first one listed."""
    import lemminflect

    path = os.path.join(os.path.dirname(lemminflect.__file__), "resources", "lemma_lu.csv.gz")
    table = collections.defaultdict(list)
    for line in gzip.open(path, "rt", encoding="utf-8"):
        form, pos, lemmas = line.rstrip("\n").split(",")[:3]
        if form != form.lower() or not form.isalpha() or pos == "aux":
            continue  # proper nouns are names, not words to lemmatise
        for lemma in lemmas.split("/"):
            if (pos, lemma) not in table[form]:
                table[form].append((pos, lemma))
    out = {}
    for form, readings in table.items():
        verbs = [lemma for pos, lemma in readings if pos == "verb" and lemma != form]
        ordered = verbs + ([form] if any(lemma == form for _, lemma in readings) else [])
        ordered += [lemma for _, lemma in readings]
        ordered = list(dict.fromkeys(ordered))
        if ordered != [form]:
            out[form] = ordered
    return out


def synonyms(wn, common, known=None, light=frozenset()):
    """Pairs of lemmas that WordNet puts in one synset among the first SYNONYM_SENSES senses of each
    ("say" / "state", "cut" / "reduce", "question" / "interrogate", "sack" / "dismiss"), at least one of
    them common and the other a word English writes (``known``, by default ``common``), or where one is
    directly above the other in the first sense of one, both common ("factory" is a kind of "plant",
    "rise" a way to "grow"): the usual meanings, not the rarer ones further down the list. A light verb (``light``: "get", "have", "take"), whose sense its object gives, pairs
    within its first FIRST_SENSES senses only, as its partner then does ("get" / "have" is no pair).
    Each pair's kind: "s" a synonym in the first FIRST_SENSES senses of both, "r" a synonym in a later
    sense of one ("dismiss" is "sack" in its fourth, "name" is "appoint" in its fourth), "h" a word above
    the other."""
    known = known or common
    pairs = {}

    def keep(word, other, kind):
        pair = tuple(sorted((word, other)))
        if pair not in pairs or _KIND_ORDER[kind] < _KIND_ORDER[pairs[pair]]:
            pairs[pair] = kind

    for pos in ("n", "v", "a", "s"):
        for word in {l.lower() for l in wn.all_lemma_names(pos=pos) if l.isalpha()}:
            if not known(word):
                continue
            senses = wn.synsets(word, pos=pos)[:SYNONYM_SENSES]
            for rank, synset in enumerate(senses):
                names = {lemma.name().lower() for lemma in synset.lemmas()}
                for lemma in synset.lemmas():
                    other = lemma.name().lower()
                    reach = FIRST_SENSES if {word, other} & light else SYNONYM_SENSES
                    # (a synset the word reaches only as an inflected form is its base form's: "found" is "find"'s
                    # past in find.v.01, no sense of "found")
                    if other == word or not other.isalpha() or not (common(word) or common(other)) or not known(other) \
                            or word not in names or rank >= reach:
                        continue
                    theirs = wn.synsets(other, pos=pos)
                    their_rank = theirs.index(synset) if synset in theirs else len(theirs)
                    if their_rank < reach:
                        keep(word, other, "s" if max(rank, their_rank) < FIRST_SENSES else "r")
                if not common(word):
                    continue  # (a word above another: both common)
                if rank:
                    continue
                for near in synset.hypernyms() + synset.similar_tos():
                    for lemma in near.lemmas():
                        other = lemma.name().lower()
                        reach = FIRST_SENSES if {word, other} & light else SYNONYM_SENSES
                        if other != word and other.isalpha() and common(other) and near in wn.synsets(other, pos=pos)[:reach]:
                            keep(word, other, "h")
    return pairs


_KIND_ORDER = {"s": 0, "h": 1, "r": 2}  # a pair found both ways keeps its strongest kind


def verb_forms(wn):
    """Every word that can be a verb: WordNet's verb lemmas and LemmInflect's inflected verb forms."""
    import lemminflect

    path = os.path.join(os.path.dirname(lemminflect.__file__), "resources", "lemma_lu.csv.gz")
    forms = {w.lower() for w in wn.all_lemma_names(pos="v") if w.isalpha()}
    for line in gzip.open(path, "rt", encoding="utf-8"):
        form, pos = line.split(",")[:2]
        if pos == "verb" and form.isalpha() and form == form.lower():
            forms.add(form)
    return forms


def common_words(wn):
    """Words English writes in lower case: LemmInflect's lower-case forms and WordNet's lower-case
    lemmas. The related section also holds names from the model's vocabulary ("reyes", "torres"),
    which WordNet has only capitalised (Reyes is Neruda's name) and which are no common words."""
    import lemminflect

    path = os.path.join(os.path.dirname(lemminflect.__file__), "resources", "lemma_lu.csv.gz")
    words = {line.split(",", 1)[0] for line in gzip.open(path, "rt", encoding="utf-8")}
    words = {w for w in words if w == w.lower()}
    for synset in wn.all_synsets():
        words.update(lemma.name() for lemma in synset.lemmas() if lemma.name() == lemma.name().lower())
    return words


_PREFIXES = ("re", "un", "non", "pre", "co", "over", "under", "out", "mis", "dis", "sub", "super", "inter")


def _written_in_lower_case(word: str, common: set) -> bool:
    """Is the word, or a lemma LemmInflect's rules give it ("galleries" -> gallery, "reintroduced" ->
    reintroduce), a common word, or one with an English prefix ("rebranded": brand, "undrafted":
    draft), or two common words closed up ("songwriting")? Names stay names ("roberts" -> robert,
    "reyes")."""
    forms = {word} | _lemmas_oov(word)
    if forms & common:
        return True
    if any(form.startswith(prefix) and len(form) - len(prefix) >= 4 and _written_in_lower_case(form[len(prefix):], common)
           for form in forms for prefix in _PREFIXES):
        return True
    # a closed compound of two common words: "songwriting", "storytelling"
    return any(word[:cut] in common and (word[cut:] in common or _lemmas_oov(word[cut:]) & common)
               for cut in range(4, len(word) - 3))


def _lemmas_oov(word: str) -> set:
    import lemminflect

    return {lemma for upos in ("NOUN", "VERB") for lemma in lemminflect.getAllLemmasOOV(word, upos=upos).get(upos, ())}


def prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def same_stem(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    shared = prefix_len(a, b)
    return shared >= min(shorter, 4) and shared >= 0.6 * shorter


# WordNet 3.0's lexicographer files, in order (its lexnames file): NLTK needs it, Debian's packages lack it
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
            "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
            "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl").split()
_LEXNAME_POS = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}


def _nltk_layout(dict_dir: str) -> str:
    """An NLTK data folder holding a copy of WordNet's own files (Debian's /usr/share/wordnet), with
    a lexnames file where it has none. NLTK refuses a link out of its folder, so the files are copied."""
    import shutil
    import tempfile

    root = tempfile.mkdtemp(prefix="wordnet-")
    target = os.path.join(root, "corpora", "wordnet")
    os.makedirs(target)
    for name in os.listdir(dict_dir):
        if name.startswith(("data.", "index.", "cntlist", "lexnames")) or name.endswith(".exc"):
            shutil.copy(os.path.join(dict_dir, name), target)
    if not os.path.exists(os.path.join(target, "lexnames")):
        with open(os.path.join(target, "lexnames"), "w", encoding="ascii") as f:
            f.writelines(f"{k:02d}\t{name}\t{_LEXNAME_POS[name.split('.')[0]]}\n" for k, name in enumerate(LEXNAMES))
    return root


def wordnet(directory):
    if directory and os.path.exists(os.path.join(directory, "data.noun")):
        directory = _nltk_layout(directory)  # WordNet's own files, not an NLTK data folder
    if directory:
        os.environ["NLTK_DATA"] = directory
    from nltk.corpus import wordnet as wn

    wn.ensure_loaded()
    return wn


def families(wn):
    def names_person(word):
        synsets = wn.synsets(word, pos="n")
        return bool(synsets) and synsets[0].lexname() == "noun.person"

    links = collections.defaultdict(set)
    for synset in wn.all_synsets():
        for lemma in synset.lemmas():
            a = lemma.name().lower()
            if not a.isalpha():
                continue
            for other in lemma.derivationally_related_forms():
                b = other.name().lower()
                if a == b or not b.isalpha() or not same_stem(a, b):
                    continue
                if names_person(a) != names_person(b):
                    continue  # the one who acts is not the act: "employer" is not "employ"
                links[a].add(b)
                links[b].add(a)
    return links


def spelling(wn):
    pairs = {}
    for synset in wn.all_synsets():
        words = {lemma.name().lower() for lemma in synset.lemmas() if lemma.name().isalpha()}
        for british in words:
            for old, new in SPELLING_PATTERNS:
                at = british.rfind(old)
                if at <= 0:
                    continue
                american = british[:at] + new + british[at + len(old):]
                if american in words and american != british:
                    pairs[british] = american
                    break
    return pairs


def antonyms(wn, family_links):
    pairs = set()
    for pos in ("a", "s", "v", "n", "r"):
        for word in {l.lower() for l in wn.all_lemma_names(pos=pos) if l.isalpha()}:
            for synset in wn.synsets(word, pos=pos)[:FIRST_SENSES]:
                for lemma in synset.lemmas():
                    if lemma.name().lower() != word:
                        continue
                    for opposite in lemma.antonyms():
                        other = opposite.name().lower()
                        if other.isalpha() and other != word:
                            pairs.add(tuple(sorted((word, other))))
    spread = set(pairs)
    for a, b in pairs:  # "increase" / "decrease" also holds for "increasing" / "decreasing", and
        # "happiness" / "sadness" for "happy" / "sad": the same ending added to, or taken from, both
        for x in family_links.get(a, ()):
            for y in family_links.get(b, ()):
                if same_stem(x, a) and same_stem(y, b) and _same_ending((a, x), (b, y)):
                    spread.add(tuple(sorted((x, y))))
    return spread


def _same_ending(one: tuple, other: tuple) -> bool:
    """Do the two (word, family member) pairs differ by one ending, both added or both taken away?
    ("running" / "standing" are opposite adjectives, "running water"; "run" and "stand" are not
    verbs of opposite meaning: "-ning" is not "-ing")"""
    (a, x), (b, y) = one, other
    if len(x) > len(a) and len(y) > len(b):
        return x[len(a):] == y[len(b):]
    if len(x) < len(a) and len(y) < len(b):
        return a[len(x):] == b[len(y):]
    return False


FIELDS = ("lemmas", "families", "spelling", "synonyms", "antonyms", "verbs", "related", "names", "places", "persons",
          "wholes", "ranks")


def _instance_of(synset, roots) -> bool:
    return any(h in roots or roots & set(h.closure(lambda x: x.hypernyms())) for h in synset.instance_hypernyms())


def _demonyms(wn):
    """demonym (lower case) -> the synset of the place it is of ("cornish" -> Cornwall's; "costa rican"
    is no single word): a capitalised adjective whose pertainyms, but a language of the adjective's
    own name, are all one capitalised place (an instance of a location or of a land), no continent."""
    places, continent = {wn.synset("location.n.01"), wn.synset("land.n.04")}, {wn.synset("continent.n.01")}
    targets = collections.defaultdict(set)
    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            name = lemma.name()
            if not name[0].isupper() or not name.isalpha():
                continue
            for pertainym in lemma.pertainyms():
                if pertainym.name().lower() != name.lower():  # "Welsh" the language
                    place = pertainym.synset()
                    ok = pertainym.name()[0].isupper() and _instance_of(place, places) and not _instance_of(place, continent)
                    targets[name.lower()].add((place, ok))
    return {word: next(iter(found))[0] for word, found in sorted(targets.items())
            if len({place for place, _ in found}) == 1 and all(ok for _, ok in found)}


def _place_name(synset) -> str:
    return synset.lemmas()[0].name().replace("_", " ")


def places(demonyms):
    """demonym (lower case) -> the name of the place it is of ("cornish" -> "Cornwall"), from _demonyms."""
    return {word: _place_name(place) for word, place in demonyms.items()}


def wholes(wn, demonyms):
    """A demonym's place (lower case, one word) -> the countries, states and districts it is part of,
    nearest first (WordNet's part holonyms, transitively: "cornwall" -> "England United_Kingdom";
    no island group, sea or continent). ``demonyms``: from _demonyms."""
    units = {wn.synset("country.n.02"), wn.synset("state.n.01"), wn.synset("administrative_district.n.01")}

    def up(synset, seen):
        out = []
        for whole in sorted(synset.part_holonyms(), key=lambda h: h.name()):  # one order in every run
            name = _place_name(whole)
            if _instance_of(whole, units) and name not in seen:
                seen.add(name)
                out += [name] + up(whole, seen)
        return out

    out = {}
    for place in demonyms.values():
        name, found = _place_name(place), up(place, set())
        if " " not in name and found:
            out[name.lower()] = " ".join(w.replace(" ", "_") for w in found)
    return out


def persons(wn):
    """Common nouns (lower case, one word) one of whose first two senses is a kind of person."""
    person = wn.synset("person.n.01")
    return {word: "" for word in sorted({l for l in wn.all_lemma_names(pos="n") if l.isalpha() and l == l.lower()})
            if any(person in s.closure(lambda x: x.hypernyms()) for s in wn.synsets(word, "n")[:2])}


_MARKS = ("names", "persons", "wholes", "ranks")  # sections that mark words the others have, adding none


def write(sections: dict) -> bytes:
    """One table: every word any section knows, with its entry in each section, searched in place
    (no table is built when claimcheck starts: a word costs a binary search when it first comes up).

    Layout, little-endian: b"CCLX", u8 version 5, u32 n; u32 key offsets[n + 1], u32 entry
    offsets[n + 1]; the keys (UTF-8, sorted by their bytes, concatenated); the entries (each the
    sections' values in FIELDS order joined by "\t", "1" in the verbs field for a word that can be
    a verb, in the names field for a word English writes only as a name and in the persons field for
    a noun of a kind of person; in the places field the place a demonym is of, its spaces as "_";
    in the wholes field what a place is part of, spaced, each name's spaces as "_"; in the ranks
    field the word's rank by frequency, in decimal). The names, persons, wholes and ranks sections
    add no word: they mark words the other sections have."""
    words = sorted(set().union(*(set(table) for name, table in sections.items() if name not in _MARKS)),
                   key=lambda w: w.encode("utf-8"))
    keys, entries, key_offsets, entry_offsets = [], [], [0], [0]
    for word in words:
        fields = [sections[name].get(word, "") for name in FIELDS]
        fields[FIELDS.index("verbs")] = "1" if word in sections["verbs"] else ""
        fields[FIELDS.index("names")] = "1" if word in sections["names"] else ""
        fields[FIELDS.index("places")] = fields[FIELDS.index("places")].replace(" ", "_")
        fields[FIELDS.index("persons")] = "1" if word in sections["persons"] else ""
        key = word.encode("utf-8")
        value = "\t".join(fields).rstrip("\t").encode("utf-8")
        keys.append(key)
        entries.append(value)
        key_offsets.append(key_offsets[-1] + len(key))
        entry_offsets.append(entry_offsets[-1] + len(value))
    n = len(words)
    return b"".join([b"CCLX", struct.pack("<BI", 5, n), struct.pack(f"<{n + 1}I", *key_offsets),
                     struct.pack(f"<{n + 1}I", *entry_offsets), *keys, *entries])


def ranks(vocabulary, forms_of) -> dict:
    """word -> its rank by frequency ("1" for "the"): its place among the vocabulary's whole words,
    or the place of the first of its inflected forms there ("injure": that of "injured"). The
    vocabulary's frequency order starts at its first word of two letters or more: before it stand
    the single characters, in the order of their code points."""
    start = next(i for i, piece in enumerate(vocabulary) if piece.isalpha() and len(piece) > 1)
    rank = {}
    for piece in vocabulary[start:]:
        if piece.isalpha() and piece not in rank:
            rank[piece] = len(rank) + 1
    out = {word: str(place) for word, place in rank.items()}
    for lemma, forms in forms_of.items():
        first = min((rank[f] for f in forms | {lemma} if f in rank), default=0)
        if first and (lemma not in rank or first < rank[lemma]):
            out[lemma] = str(first)
    return out


def related(inflected, min_similarity=0.5):
    """word -> "other:similarity ..." for whole words of the related-pieces table (all-MiniLM-L6-v2's
    own nearness of words), the pairs at least ``min_similarity`` alike; lemmas only (the engine
    compares lemmas), so ``inflected`` forms are left out."""
    from claimcheck.text.related import table as pieces_table

    pieces = pieces_table()
    out = {}
    for i, piece in enumerate(pieces.vocabulary):
        if not piece.isalpha() or piece in inflected:
            continue
        near = [(pieces.vocabulary[j], s) for j, s in pieces.related(i).items()
                if j != i and s >= min_similarity and pieces.vocabulary[j].isalpha() and pieces.vocabulary[j] not in inflected]
        if near:
            out[piece] = " ".join(f"{w}:{s:.2f}" for w, s in sorted(near))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", help="an NLTK data folder holding corpora/wordnet (default: NLTK's search path)")
    ap.add_argument("-o", "--output", default=OUT)
    ns = ap.parse_args()
    wn = wordnet(ns.wordnet)
    lemmas = lemma_table()
    links = families(wn)
    british = spelling(wn)
    opposite = antonyms(wn, links)
    verbs = verb_forms(wn)
    sys.path.insert(0, os.path.join(HERE, "..", "src"))
    from claimcheck.text.related import table as pieces_table

    whole_words = {p for p in pieces_table().vocabulary if p.isalpha()}
    forms_of = collections.defaultdict(set)  # lemma -> its inflected forms ("injure" -> "injured", "injures")
    for form, found in lemmas.items():
        for lemma in found:
            forms_of[lemma].add(form)

    def common(word):
        # a whole word piece, or a lemma one of whose forms is one: common in the model's text ("injure",
        # whose vocabulary has "injured" and "injuries" but not the base form)
        return word in whole_words or not whole_words.isdisjoint(forms_of.get(word, ()))

    # or a word another table has already (a form, a family, a verb, a related word), the synonym of a
    # common one ("interrogate" / "question"): the synonyms add pairs, no words, so that what the tables
    # know as a whole stays what it was ("homeowner", which none has, stays a compound of its parts)
    related_words = related(lemmas)
    present = set(lemmas) | set(links) | set(verbs) | set(related_words)
    from claimcheck.text.lexicon import LIGHT_VERBS

    near = synonyms(wn, common, known=lambda word: common(word) or word in present, light=LIGHT_VERBS)
    near_by_word = collections.defaultdict(list)
    for (a, b), kind in sorted(near.items()):
        if (a, b) not in opposite:
            near_by_word[a].append(f"{b}:{kind}")
            near_by_word[b].append(f"{a}:{kind}")
    opposite_by_word = collections.defaultdict(list)
    for a, b in sorted(opposite):
        opposite_by_word[a].append(b)
        opposite_by_word[b].append(a)
    sections = {
        "lemmas": {form: " ".join(found) for form, found in lemmas.items()},
        "families": {word: " ".join(sorted(others)) for word, others in links.items()},
        "spelling": british,
        "synonyms": {word: " ".join(others) for word, others in near_by_word.items()},
        "antonyms": {word: " ".join(others) for word, others in opposite_by_word.items()},
        "verbs": {word: "" for word in verbs},
        "related": related_words,
    }
    # the related section's words that English writes only capitalised: names from the model's
    # vocabulary ("reyes", "torres"), which are no common words
    common = common_words(wn)
    sections["names"] = {word: "" for word in sections["related"]
                         if not any(word in sections[name] for name in FIELDS[:6]) and not _written_in_lower_case(word, common)}
    demonyms = _demonyms(wn)
    sections["places"] = places(demonyms)
    sections["persons"] = persons(wn)
    sections["wholes"] = wholes(wn, demonyms)
    sections["ranks"] = ranks(pieces_table().vocabulary, forms_of)
    blob = write(sections)
    with open(ns.output, "wb") as f:
        f.write(blob)
    print(f"{ns.output}: {len(blob):,} bytes; lemmas {len(lemmas):,}, families {len(links):,}, "
          f"spellings {len(british):,}, antonym pairs {len(opposite):,}, verb forms {len(verbs):,}, "
          f"synonym pairs {len(near):,}, demonyms {len(sections['places']):,}, person nouns {len(sections['persons']):,}, "
          f"places in wholes {len(sections['wholes']):,}, ranked words {len(sections['ranks']):,}")


if __name__ == "__main__":
    main()
