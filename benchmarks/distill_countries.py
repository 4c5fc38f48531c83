"""Distil WordNet's countries and their adjectives into src/claimcheck/data/countries.tsv: a
gazetteer of places the name finder knows in every claim base ("Mexican" is of Mexico, "Irish" of
Ireland), so that "of Mexican descent" and "of English and Puerto Rican descent" set two places
against each other.

    python benchmarks/distill_countries.py --wordnet /path/to/nltk_data

A country is an instance of WordNet's country.n.02 (a state, a nation) or of principality.n.01
(Wales); its names are the
capitalised lemmas of its synset ("Federal Republic of Germany", "Deutschland"), less those of two
letters or fewer, those of two countries ("China" of Taiwan too) and those another synset that is
no place also names ("Chad" is a language too; "Ireland" is also the island, a place). Its
adjectives are the capitalised adjectives WordNet derives from one of its names (pertainyms:
"Mexican" of "Mexico"; "Irish" of the island "Ireland", which names the country too).
"English" is left out as an adjective: in English text it names the language and the subject
taught more often than England's things. Lines: country, its other names ("|"), its adjectives ("|"), tab-separated, sorted.
"""

import argparse
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "claimcheck", "data", "countries.tsv")
# the language claimcheck reads: in English text "English" names the tongue and the school subject
# ("passes in English and maths") more often than England's things
READ_IN = "English"


def countries(wn):
    nations = {wn.synset("country.n.02"), wn.synset("principality.n.01")}  # a principality: Wales
    found = {}
    for synset in wn.all_synsets("n"):
        kinds = synset.instance_hypernyms()
        if kinds and any(nations & (set(k.closure(lambda s: s.hypernyms())) | {k}) for k in kinds):
            names = [l.name().replace("_", " ") for l in synset.lemmas() if l.name()[:1].isupper()]
            if names:
                found[synset] = names
    return found


def ambiguous(wn, name, synset) -> bool:
    """Does another synset have the same capitalised name, and is it something other than a place
    ("Chad" is a language too; "Ireland" the island is a place, and the name still says where)?"""
    places = {wn.synset(n) for n in ("location.n.01", "land.n.04", "body_of_water.n.01", "geological_formation.n.01")}
    def a_place(other):
        return any(places & set(k.closure(lambda s: s.hypernyms())) for k in other.instance_hypernyms())
    return any(other != synset and any(l.name() == name.replace(" ", "_") for l in other.lemmas()) and not a_place(other)
               for other in wn.synsets(name.replace(" ", "_")))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", help="an NLTK data folder holding corpora/wordnet")
    ap.add_argument("-o", "--output", default=OUT)
    ns = ap.parse_args()
    sys.path.insert(0, HERE)
    from distill_lexicon import wordnet

    wn = wordnet(ns.wordnet)
    found = countries(wn)
    by_name = collections.defaultdict(set)  # a name -> the countries it is a name of
    for synset, names in found.items():
        for name in names:
            by_name[name].add(synset)
    adjectives = collections.defaultdict(set)
    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            word = lemma.name().replace("_", " ")
            if not word[:1].isupper():
                continue
            for base in lemma.pertainyms():
                for country in by_name.get(base.name().replace("_", " "), ()):
                    adjectives[country].add(word)
    lines = []
    for synset, names in found.items():
        kept = [n for n in names if len(n.replace(".", "")) > 2 and not ambiguous(wn, n, synset) and len(by_name[n]) == 1]
        if not kept or kept[0] != names[0]:
            continue  # the country's own name is ambiguous: leave it to the claim base
        adjs = sorted(a for a in adjectives[synset] if len(by_name.get(a, ())) == 0 and not ambiguous_adjective(wn, a, synset, found)
                      and a != READ_IN)
        lines.append("\t".join([kept[0], "|".join(kept[1:]), "|".join(adjs)]))
    with open(ns.output, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(lines)) + "\n")
    print(f"{ns.output}: {len(lines)} countries, {sum(1 for l in lines if l.split(chr(9))[2])} with an adjective")


def ambiguous_adjective(wn, word, synset, found) -> bool:
    """Is the adjective derived from another country's names as well?"""
    owners = set()
    for s in wn.synsets(word.replace(" ", "_"), pos="a") + wn.synsets(word.replace(" ", "_"), pos="s"):
        for lemma in s.lemmas():
            if lemma.name().replace("_", " ") == word:
                for base in lemma.pertainyms():
                    owners |= {c for c, names in found.items() if base.name().replace("_", " ") in names}
    return len(owners) > 1


if __name__ == "__main__":
    main()
