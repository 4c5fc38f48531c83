"""Build src/claimcheck/data/lexicon.bin: the English word knowledge the verdict engine reads.

Four tables, each from a general resource, none edited by hand:

- lemmas: inflected form -> lemma(s), from LemmInflect's lookup table (MIT; derived from the
  NIH SPECIALIST Lexicon). "bought" -> buy, "meetings" -> meeting, "rose" -> rise.
- families: lemma -> lemmas of the same word family, from WordNet 3.0's "derivationally related
  form" links ("announce" ~ "announcement", "cooperate" ~ "cooperation"), kept only where the two
  share their stem (a common prefix of at least 60% of the shorter word) and both or neither
  name a person ("employ" ~ "employment", not "employer").
- spelling: British -> American spelling ("centre" -> "center", "standardise" -> "standardize"),
  from WordNet lemma pairs of one synset that differ by a British/American spelling pattern.
- verbs: every word that can be a verb (WordNet's verb lemmas, LemmInflect's verb forms), so that
  "albums" or "members" are never read as predicates.
- antonyms: WordNet's direct antonyms among the first three senses of each word ("rise" / "fall",
  "win" / "lose", "domestic" / "foreign"), spread to each word's family.

At build time only (nothing here is needed at run time):

    pip install lemminflect nltk
    # WordNet 3.0: Debian's wordnet-base and wordnet-sense-index packages, or nltk.download("wordnet")
    python benchmarks/distill_lexicon.py [--wordnet DIR]

The file is zlib-compressed UTF-8 text, one section per table; claimcheck reads it with the
standard library (src/claimcheck/text/lexicon_data.py).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import os
import re
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "claimcheck", "data", "lexicon.bin")
FIRST_SENSES = 3
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


def wordnet(directory):
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
    for a, b in pairs:  # "increase" / "decrease" also holds for "increasing" / "decreasing"
        for x in family_links.get(a, ()):
            for y in family_links.get(b, ()):
                if same_stem(x, a) and same_stem(y, b) and x[len(a):] == y[len(b):]:
                    spread.add(tuple(sorted((x, y))))
    return spread


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
    lines = ["@lemmas"]
    lines += [f"{form}\t{' '.join(found)}" for form, found in sorted(lemmas.items())]
    lines.append("@families")
    lines += [f"{word}\t{' '.join(sorted(others))}" for word, others in sorted(links.items())]
    lines.append("@spelling")
    lines += [f"{b}\t{a}" for b, a in sorted(british.items())]
    lines.append("@verbs")
    lines += sorted(verbs)
    lines.append("@antonyms")
    lines += [f"{a}\t{b}" for a, b in sorted(opposite)]
    text = "\n".join(lines).encode("utf-8")
    blob = b"CCLX" + struct.pack("<B", 1) + zlib.compress(text, 9)
    with open(ns.output, "wb") as f:
        f.write(blob)
    print(f"{ns.output}: {len(blob):,} bytes; lemmas {len(lemmas):,}, families {len(links):,}, "
          f"spellings {len(british):,}, antonym pairs {len(opposite):,}, verb forms {len(verbs):,}")


if __name__ == "__main__":
    main()
