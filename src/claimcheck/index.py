"""Candidate retrieval: a BM25 inverted index over claim text, quote, names and source title.

Only claims that share a term with the query are scored, so a look-up costs the length
of a few posting lists, not the size of the claim base. Terms that a large share of the
claims hold say little and cost much: past COMMON_SHARE of a big base they are left out
of the search (not of the verdict).
"""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_left, bisect_right
from operator import itemgetter

from .text import english

K1 = 1.2
B = 0.75
# how much a term counts in each field of a claim
FIELD_WEIGHTS = {"text": 1.0, "quote": 0.6, "names": 1.2, "title": 0.6}
COMMON_SHARE = 0.05
COMMON_MIN_DF = 1000  # a small base keeps every term
OPENING_DF = 500  # terms this rare open candidates; commoner ones only add to candidates already open
OPENING_FLOOR = 50  # in a file of a base of several, a term held by this few of its claims opens them
MEMO_TERMS = 20_000  # per-term memos (weights, document frequencies) hold at most this many terms
LOCAL_MEMO = 80_000  # (file, term) memos of every collection together hold at most this many
# a file of fewer claims says too little of how rare a word is: its claims are weighed with the whole base
COLLECTION_MIN = 50


class Weighing:
    """How telling a term is among ``n`` claims of which ``df(term)`` hold it: BM25's idf."""

    n = 0

    def df(self, term) -> int:
        raise NotImplementedError

    def idf(self, term) -> float:
        df = self.df(term)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def max_idf(self) -> float:
        return math.log(1 + (self.n + 0.5) / 0.5)

    def weight(self, term) -> float:
        """Importance of a term; one the claims never use counts as the rarest."""
        memo, key, bound = self._weight_memo(term)
        w = memo.get(key)
        if w is None:
            if len(memo) >= bound:
                memo.clear()
            w = memo[key] = self.idf(term) if self.df(term) else self.max_idf()
        return w

    def telling(self, term, written: str = "", verb: bool = False) -> float:
        """How much a statement's word tells that a claim must say too: its weight, but no more than
        English makes it (english.rarity): a few hundred claims are too small a sample to tell that
        "work" or "case", which they happen to use once or never, is as telling as a name. Not for a
        ``verb``, which tells what happened (align weighs it so where the claim tells an act of its
        own), a noun of a kind of person, which tells who, nor a word of degree, rank, share or time
        of day as ``written`` ("largest", "third", "morning"): each states a fact, however common."""
        w = self.weight(term)
        if verb or not (term.isalpha() and term.islower()) or (written and english.states_measure(written, term)) \
                or english.names_a_person(term):
            return w
        return min(w, self.max_idf() * english.rarity(term))

    def _weight_memo(self, term) -> tuple:
        """(memo, key, size bound) where a term's weight is kept."""
        memo = self.__dict__.get("_weights")
        if memo is None:
            memo = self._weights = {}
        return memo, term, MEMO_TERMS


class Collection(Weighing):
    """Claims whose words are weighed together: one file of the base. How telling a word is, is
    measured among the claims it is compared with, so that claims of another file, on another
    matter, change no verdict on this one's (a federated index's local statistics). Its counts
    and weights are memoised in its index, in memos bounded for all collections together."""

    def __init__(self, index, lo: int, hi: int, length_sum: float):
        self.index, self.lo, self.hi = index, lo, hi
        self.n = hi - lo
        self.avg_length = length_sum / self.n if self.n else 1.0
        # the index's memos (cleared when full, never replaced)
        self._dfs, self._weights = index.local_memo("dfs"), index.local_memo("weights")

    def df(self, term) -> int:
        memo = self._dfs
        key = (self.lo, term)
        df = memo.get(key)
        if df is None:
            if len(memo) >= LOCAL_MEMO:
                memo.clear()
            df = memo[key] = self.index.df_between(term, self.lo, self.hi)
        return df

    def _weight_memo(self, term) -> tuple:
        return self._weights, (self.lo, term), LOCAL_MEMO


class ClaimIndex(Weighing):
    """BM25 scoring over posting lists; subclasses say where the lists come from.

    A posting list may come in pieces (the cache keeps one per claim base file): ``pieces(term)``
    gives ``(offset, docs, tfs, lengths)`` for each, doc ids counted from ``offset``.
    """

    n = 0
    avg_length = 1.0
    spans: tuple = ()  # (first doc, claims, sum of claim lengths) of each file, in doc order

    def local_memo(self, name: str) -> dict:
        """The memo of the collections' (first doc, term) -> ``name`` (dfs, weights), shared by all."""
        memo = self.__dict__.get("_local_" + name)
        if memo is None:
            memo = self.__dict__["_local_" + name] = {}
        return memo

    @property
    def collections(self) -> list:
        """The Collection of each file of the base large enough to weigh its own words (by first doc)."""
        found = self.__dict__.get("_collections")
        if found is None:
            found = self._collections = [Collection(self, lo, lo + n, length_sum) for lo, n, length_sum in self.spans
                                         if n >= COLLECTION_MIN and n < self.n]
            self._starts = [c.lo for c in found]
        return found

    def collection_at(self, doc: int):
        """The Collection a claim's words are weighed in: its file's, or the whole base (self)."""
        found = self.__dict__.get("_collections")
        if found is None:
            found = self.collections
        if found:
            at = bisect_right(self._starts, doc) - 1
            if at >= 0 and doc < found[at].hi:
                return found[at]
        return self

    def df_between(self, term, lo: int, hi: int) -> int:
        """How many claims with doc ids in [lo, hi) hold the term."""
        count = 0
        for offset, docs, _, _ in self.pieces(term):
            if docs and offset + docs[0] < hi and offset + docs[-1] >= lo:
                count += bisect_left(docs, hi - offset) - bisect_left(docs, lo - offset)
        return count

    def pieces(self, term) -> list:
        """[(offset, doc ids, weighted term frequencies, claim lengths)] of a term; [] when no claim has it."""
        raise NotImplementedError

    def uncommon_pieces(self, term) -> list:
        """The pieces of a term in the collections where few enough claims hold it to search by it
        (past COMMON_SHARE of a big collection a term says little and costs much)."""
        out = []
        for piece in self.pieces(term):
            if piece[1]:
                within = self.collection_at(piece[0] + piece[1][0])
                if self.uncommon_in(within, term, len(piece[1])):
                    out.append(piece)
        return out

    def uncommon_in(self, within, term, df: int) -> bool:
        """Is a term held by ``df`` claims of a collection few enough to search by there? Claims
        weighed with the whole base go by the whole base's count."""
        if within is self:
            return self.df(term) <= max(COMMON_MIN_DF, COMMON_SHARE * self.n)
        return df <= max(COMMON_MIN_DF, COMMON_SHARE * within.n)

    def df(self, term) -> int:
        return sum(len(docs) for _, docs, _, _ in self.pieces(term))

    def prefetch(self, terms) -> None:
        """Say which terms' weights are about to be asked for: an index that reads document
        frequencies from disk reads those it lacks together."""
        known = self.__dict__.get("_weights") or {}
        self.read_dfs([t for t in terms if t not in known])

    def read_dfs(self, terms) -> None:
        """Read the document frequencies of these terms ahead of their use (when they come from disk)."""

    def posting(self, term):
        """(doc ids, weighted term frequencies) of a term across the base, or () when no claim has it."""
        pieces = self.pieces(term)
        if not pieces:
            return ()
        docs, tfs = array("I"), array("f")
        for offset, piece_docs, piece_tfs, _ in pieces:
            docs.extend([d + offset for d in piece_docs])
            tfs.extend(piece_tfs)
        return docs, tfs

    def search(self, terms, limit=20, weights=None, local=False):
        """[(doc, score)] best first: BM25 over the query's distinctive terms; ``weights`` scales
        some terms' part (words a query only implies count for less than its own). ``local``: each
        claim scored with its own collection's statistics (collection_at), in units of that
        collection's rarest term, so that claims of other files change no claim's score; a term
        then opens candidates in a file where it is rare even when the base holds it often
        (OPENING_DF spread over the files by size, and OPENING_FLOOR in any file)."""
        df = self.df
        # rarest first, ties by the term itself: the same order in every process (a set's is not)
        terms = sorted((t for t in set(terms) if df(t)), key=lambda t: (df(t), t))
        if not terms:
            return []
        local = local and bool(self.collections)  # one collection: the whole base's statistics are its own
        if local:  # what is common is decided file by file (uncommon_pieces)
            scoring = terms
        else:
            common = max(COMMON_MIN_DF, COMMON_SHARE * self.n)
            scoring = [t for t in terms if df(t) <= common]
            if len(scoring) < 2:  # nothing distinctive: the rarest terms there are
                scoring = terms[:3]
        scores: dict = {}
        get = scores.get
        k1 = K1 + 1
        for i, term in enumerate(scoring):
            scale = weights.get(term, 1.0) if weights else 1.0
            open_docs = None  # the candidates rarer terms found, sorted once a piece needs them
            for offset, docs, tfs, lengths in (self.uncommon_pieces(term) if local else self.pieces(term)):
                if not docs:
                    continue
                if local:
                    within = self.collection_at(offset + docs[0])
                    idf = within.idf(term) / within.max_idf() * scale
                    # rare in this file for its share of the base, or held by a handful of claims
                    # (claims weighed with the whole base: by the whole base's count)
                    opening = (i == 0 or not scores or (df(term) <= OPENING_DF if within is self else
                               len(docs) <= max(OPENING_FLOOR, OPENING_DF * within.n / self.n)))
                else:
                    within, idf = self, self.idf(term) * scale
                    opening = i == 0 or df(term) <= OPENING_DF or not scores
                k = K1 * (1 - B)
                kb = K1 * B / within.avg_length
                if opening:
                    for d, f in zip(docs, tfs):
                        doc = d + offset
                        scores[doc] = get(doc, 0.0) + idf * (f * k1 / (f + k + kb * lengths[d]))
                    continue
                # a common term: it ranks the candidates the rarer terms found, looked up in its list
                # (those this term opened in other pieces lie in other ranges of doc ids)
                if open_docs is None:
                    open_docs = sorted(scores)
                lo = bisect_left(open_docs, offset + docs[0])
                hi = bisect_right(open_docs, offset + docs[-1])
                at, size = 0, len(docs)
                for doc in open_docs[lo:hi]:
                    at = bisect_left(docs, doc - offset, at, size)
                    if at < size and docs[at] == doc - offset:
                        f = tfs[at]
                        scores[doc] += idf * (f * k1 / (f + k + kb * lengths[docs[at]]))
        if local and not scores:  # common everywhere: the rarest terms there are, as a base of one file takes them
            return self.search(terms[:3], limit, weights)
        return heapq.nlargest(limit, scores.items(), key=itemgetter(1))


def weighted(fields) -> dict:
    """term -> weighted frequency in a claim; ``fields``: field name -> list of terms, or
    (terms, weight) where a field's weight differs from claim to claim."""
    tf: dict = {}
    for name, terms in fields.items():
        w = FIELD_WEIGHTS.get(name, 1.0)
        if isinstance(terms, tuple):
            terms, share = terms
            w *= share
        for term in terms:
            tf[term] = tf.get(term, 0.0) + w
    return tf


class Postings:
    """Posting lists built claim by claim: term -> (doc ids, weighted term frequencies), and each
    claim's length (the sum of its weighted frequencies)."""

    def __init__(self):
        self.lists: dict = {}
        self.lengths = array("f")

    def add(self, fields) -> int:
        """Add the next claim (``fields`` as for :func:`weighted`); returns its doc id."""
        tf = weighted(fields)
        doc = len(self.lengths)
        self.lengths.append(sum(tf.values()))
        lists = self.lists
        for term, freq in tf.items():
            entry = lists.get(term)
            if entry is None:
                entry = lists[term] = (array("I"), array("f"))
            entry[0].append(doc)
            entry[1].append(freq)
        return doc


class MemoryIndex(ClaimIndex):
    def __init__(self, documents):
        """``documents``: a Postings, or one fields dict per claim (see Postings.add)."""
        if not isinstance(documents, Postings):
            built = Postings()
            for fields in documents:
                built.add(fields)
            documents = built
        self.postings = documents.lists
        self.lengths = documents.lengths
        self.n = len(self.lengths)
        self.avg_length = (sum(self.lengths) / self.n) if self.n else 1.0

    def with_files(self, counts):
        """Say how many claims each file of the base gave, in doc order (see ClaimIndex.spans)."""
        spans, lo = [], 0
        for n in counts:
            spans.append((lo, n, float(sum(self.lengths[lo:lo + n]))))
            lo += n
        self.spans = tuple(spans)
        self.__dict__.pop("_collections", None)
        return self

    def df_between(self, term, lo: int, hi: int) -> int:
        hit = self.postings.get(term)
        return bisect_left(hit[0], hi) - bisect_left(hit[0], lo) if hit else 0

    def pieces(self, term):
        hit = self.postings.get(term)
        if not hit:
            return []
        if not self.collections:
            return [(0, hit[0], hit[1], self.lengths)]
        # a piece per file that weighs its own words, and one for the claims between
        docs, tfs = hit
        cuts = sorted({0, len(docs)} | {bisect_left(docs, b) for c in self.collections for b in (c.lo, c.hi)})
        return [(0, docs[a:b], tfs[a:b], self.lengths) for a, b in zip(cuts, cuts[1:]) if b > a]

    def df(self, term) -> int:
        hit = self.postings.get(term)
        return len(hit[0]) if hit else 0


def search_terms(tokens) -> list:
    """What the index holds of a text: its content words' lemmas, and its numbers as written."""
    return [t.lemma if t.is_content else t.lower.replace(",", "") for t in tokens if t.is_content or t.is_number]


class IndexTerms:
    """What the index holds of each claim: the one place that decides it. The cache calls it file
    by file, build_index for a base in memory; a change here needs a new cache FORMAT.

    It must stay a function of the claim, its source's title and claim count, and the base's
    entities only: the cache keeps a claim's postings while those stay the same (compiler.py)."""

    TITLE_MEMO = 4096

    def __init__(self, entities):
        from .text.entities import EntityMatcher

        self.matcher = EntityMatcher(entities)
        self._titles: dict = {}

    def title(self, title) -> list:
        """A source title's terms (claims of the same article share them): its words and its
        names, as a query gives them ("Alexion Pharmaceuticals")."""
        if not title:
            return []
        terms = self._titles.get(title)
        if terms is None:
            from .text.tokens import tokenize

            if len(self._titles) >= self.TITLE_MEMO:
                self._titles.clear()
            tokens = tokenize(title)
            terms = self._titles[title] = [t.lemma for t in tokens if t.is_content] + [
                m.name for m in self.matcher.find(tokens, text=title)]
        return terms

    def claim(self, claim, title, source_claims: int):
        """(fields, words) of a claim: fields for Postings.add (its words, its names, and the title
        of its source, which has ``source_claims`` claims), and the lower-case words its text uses
        in lower case (the vocabulary that tells a common word from a name)."""
        from .text.tokens import tokenize

        matcher = self.matcher
        text_tokens = tokenize(claim.text)
        quote_tokens = text_tokens if claim.quote == claim.text else tokenize(claim.quote)
        names = {m.name for m in matcher.find(text_tokens)}
        if quote_tokens is not text_tokens:
            names.update(m.name for m in matcher.find(quote_tokens))
        if claim.entities is not None:
            names = {matcher.canonical(n) for n in claim.entities}
        fields = {
            "text": search_terms(text_tokens),
            "quote": search_terms(quote_tokens),
            "names": sorted(names),  # one order in every process, so lengths sum alike
            # a title speaks for a claim as far as its article has no other claims
            "title": (self.title(title), 1.0 / source_claims),
        }
        return fields, [t.lower for t in text_tokens if not t.is_cap]


def build_index(base):
    """(MemoryIndex, vocabulary) over every claim of a base in memory."""
    terms = IndexTerms(base.entities)
    sizes = base.source_sizes()
    postings = Postings()
    vocabulary = set()
    runs: list = []  # [file, claims] of each run of claims from one file
    for doc in range(len(base)):
        claim = base.claim_at(doc)
        if runs and runs[-1][0] == claim.path:
            runs[-1][1] += 1
        else:
            runs.append([claim.path, 1])
        source = base.sources.get(claim.source)
        fields, words = terms.claim(claim, source.title if source else None, sizes.get(claim.source, 1))
        postings.add(fields)
        vocabulary.update(words)
    return MemoryIndex(postings).with_files([n for _, n in runs]), frozenset(vocabulary)
