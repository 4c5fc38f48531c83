"""Realistic synthetic claim bases and drafts for benchmarks: news-style claims with sources,
quotes, amounts, dates, names and places, split over several files like a newsroom archive.
"""

from __future__ import annotations

import json
import random

FIRST = ["Xan", "Vel", "Kor", "Tal", "Mir", "Sen", "Qua", "Bry", "Zel", "Orv", "Pax", "Lum", "Dra", "Fen", "Hal", "Nor",
         "Cyr", "Ost", "Ula", "Wen", "Yar", "Gil", "Ember", "Iso", "Jun", "Kel", "Mox", "Ner", "Pol", "Riv"]
LAST = ["tra", "dex", "ion", "ara", "ium", "ova", "etic", "onix", "aris", "ent", "yst", "ora", "um", "ax", "ique"]
KINDS = ["Systems", "Semiconductor", "Networks", "Holdings", "Energy", "Motors", "Labs", "Telecom", "Devices", "Foods"]
PLACES = ["Lyon", "Osaka", "Leeds", "Austin", "Pune", "Gdansk", "Porto", "Tampere", "Curitiba", "Busan", "Hanoi", "Perth",
          "Denver", "Turin", "Bremen", "Cork", "Tartu", "Malmo", "Brno", "Quito"]
OUTLETS = ["The Ledger", "Daily Wire Service", "Metro Times", "The Observer Post", "Tech Herald", "Market Watchers",
           "Northern Gazette", "Global Dispatch", "The Bulletin", "Evening Standard Review"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
THINGS = ["chips", "batteries", "sensors", "solar panels", "routers", "vaccines", "turbines", "smartphones", "drones", "servers"]

TEMPLATES = [
    ("{org} will hire {n} workers at its new plant in {place}.", "count"),
    ("{org} reported revenue of ${m} billion in {year}.", "money"),
    ("{org} opened a research center in {place} in {month} {year}.", "date"),
    ("{org} and {n2} other companies joined the {place} {thing} alliance.", "enum"),
    ("{org} sold {n} thousand {thing} in the first quarter of {year}.", "count"),
    ("The {place} regulator fined {org} ${m} million on {day} {month}.", "money"),
    ("{org} has not announced a merger with {org2}.", "negated"),
    ("{org} plans to invest about ${m} billion in {place} by {year}.", "money"),
    ("{org} employs more than {n} engineers in {place}.", "count"),
    ("The {thing} board of {org} meets {freq} a year.", "freq"),
    ("{person}, chief executive of {org}, visited {place} on {month} {day}.", "date"),
    ("{org} cut the price of its {thing} by {p} percent in {month}.", "percent"),
]
PEOPLE_FIRST = ["Ana", "Bo", "Chen", "Dara", "Eli", "Femi", "Goran", "Hana", "Ivo", "Jia", "Kofi", "Lena", "Mateo", "Nia"]
PEOPLE_LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Silva", "Haddad", "Kowalski", "Reyes", "Park"]
FREQ = ["once", "twice", "three times", "four times"]


def _org(rng):
    return f"{rng.choice(FIRST)}{rng.choice(LAST)} {rng.choice(KINDS)}"


def _fill(rng, template):
    return template.format(
        org=_org(rng), org2=_org(rng), n=rng.randint(20, 9000), n2=rng.randint(3, 120), m=round(rng.uniform(1, 900), 1),
        place=rng.choice(PLACES), year=rng.randint(2015, 2025), month=rng.choice(MONTHS), day=rng.randint(1, 28),
        thing=rng.choice(THINGS), person=f"{rng.choice(PEOPLE_FIRST)} {rng.choice(PEOPLE_LAST)}", freq=rng.choice(FREQ),
        p=rng.randint(2, 60),
    )


def claims(n: int, seed: int = 7, per_source: int = 20):
    """(sources, claims) as plain dicts."""
    rng = random.Random(seed)
    sources, out = [], []
    for s in range(0, n, per_source):
        year = rng.randint(2016, 2025)
        sid = f"syn-src-{s // per_source:06d}"
        sources.append({"id": sid, "outlet": rng.choice(OUTLETS), "title": f"{_fill(rng, rng.choice(TEMPLATES)[0]).rstrip('.')}",
                        "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "url": f"https://news.example/{year}/{s // per_source}", "file": f"{sid}.txt"})
        for i in range(min(per_source, n - s)):
            text = _fill(rng, rng.choice(TEMPLATES)[0])
            quote = text if rng.random() < 0.5 else f"\"{text[:-1]},\" the report said."
            out.append({"id": f"syn-{s + i:07d}", "source": sid, "quote": quote, "text": text,
                        "kind": "fact", "attribution": rng.choice(OUTLETS), "fact": f"syn-fact-{(s + i) // 3:07d}",
                        "negated": " not " in text})
    return sources, out


def write_base(folder, n: int, files: int = 10, seed: int = 7):
    """Write ``files`` YAML files holding ``n`` claims in ``folder``; returns their paths."""
    import os

    os.makedirs(folder, exist_ok=True)
    sources, items = claims(n, seed)
    paths = []
    by_source = {}
    for c in items:
        by_source.setdefault(c["source"], []).append(c)
    chunk = max(1, len(sources) // files + (len(sources) % files > 0))
    for f in range(files):
        part = sources[f * chunk:(f + 1) * chunk]
        if not part:
            break
        path = os.path.join(folder, f"synthetic-{f:02d}.yaml")
        with open(path, "w", encoding="utf-8") as out:
            out.write("# synthetic claims for benchmarks\nsources:\n")
            for s in part:
                out.write("  - " + "\n    ".join(f"{k}: {json.dumps(v)}" for k, v in s.items()) + "\n")
            out.write("claims:\n")
            for s in part:
                for c in by_source[s["id"]]:
                    out.write("  - " + "\n    ".join(f"{k}: {json.dumps(v)}" for k, v in c.items()) + "\n")
        paths.append(path)
    return paths


def extra_claim(n: int, file_index: int = 3, files: int = 10, per_source: int = 20) -> str:
    """One more claim, as YAML to append to file ``file_index`` of a base written by write_base
    (its claims list comes last): a claim of that file's first source."""
    sources = (n + per_source - 1) // per_source
    chunk = max(1, sources // files + (sources % files > 0))
    text = "Velion Systems will hire 351 workers at its new plant in Leeds."
    return (f'  - id: "syn-extra-{n:07d}"\n    source: "syn-src-{file_index * chunk:06d}"\n'
            f'    quote: "{text}"\n    text: "{text}"\n')


def draft(sentences: int, seed: int = 11, base_n: int = 1000) -> str:
    """A Markdown draft: restated synthetic claims (some with another figure) among filler prose."""
    rng = random.Random(seed)
    _, pool = claims(base_n, 7)
    lines = ["# Synthetic draft", ""]
    para = []
    for i in range(sentences):
        pick = rng.random()
        if pick < 0.5:
            text = rng.choice(pool)["text"]
            if rng.random() < 0.4:
                text = text.replace("0", "5", 1)
        elif pick < 0.8:
            text = _fill(rng, rng.choice(TEMPLATES)[0])
        else:
            text = rng.choice(["The mood in the industry was cautious.", "Analysts were divided on what comes next.",
                               "Several questions remain open.", "Observers expect more news soon."])
        para.append(text)
        if len(para) == 4:
            lines += [" ".join(para), ""]
            para = []
    if para:
        lines.append(" ".join(para))
    return "\n".join(lines) + "\n"
