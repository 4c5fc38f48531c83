"""BERT-style word pieces: lower-cased, accents dropped, split at punctuation, then greedy
longest-match pieces from a fixed vocabulary ("vaccination" -> "vaccin", "##ation").

The same splitting the uncased BERT tokenizers do, so that a table made from such a model's
vocabulary can be looked up; only what a table lookup needs (no ids for special tokens)."""

from __future__ import annotations

import unicodedata

MAX_WORD_CHARS = 100  # BERT's limit: a longer "word" is not split into pieces


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0x2A700 <= code <= 0x2CEAF or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F)


def basic_words(text: str) -> list:
    """Lower-cased words without accents, each punctuation mark and CJK character on its own."""
    text = unicodedata.normalize("NFD", text.lower())
    out = []
    word = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn" or (category in ("Cc", "Cf") and not char.isspace()):
            continue  # accents and invisible characters are dropped, as BERT's cleaning does
        if char.isspace():
            if word:
                out.append("".join(word))
                word = []
        elif _is_punctuation(char) or _is_cjk(ord(char)):
            if word:
                out.append("".join(word))
                word = []
            out.append(char)
        else:
            word.append(char)
    if word:
        out.append("".join(word))
    return out


class WordPieces:
    """Greedy longest-match splitting of words into a vocabulary's pieces."""

    def __init__(self, vocabulary):
        self.ids = {piece: i for i, piece in enumerate(vocabulary)}
        self._memo = {}

    def word_pieces(self, word: str) -> tuple:
        """Piece ids of one basic word; () when it cannot be spelt with the vocabulary."""
        if len(word) > MAX_WORD_CHARS:
            return ()
        ids = self.ids
        found = ids.get(word)
        if found is not None:
            return (found,)
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return ()
            pieces.append(found)
            start = end
        return tuple(pieces)

    def pieces(self, text: str) -> tuple:
        """Piece ids of a text, word by word (memoised: the same words come back all the time)."""
        memo = self._memo
        found = memo.get(text)
        if found is None:
            if len(memo) > 200_000:
                memo.clear()
            found = memo[text] = tuple(p for word in basic_words(text) for p in self.word_pieces(word))
        return found
