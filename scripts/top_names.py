#!/usr/bin/env python3
"""Who, where and which organizations a corpus mentions most, as lede finds them.

    python3 scripts/top_names.py [--bin target/release/lede] [--top 100] DIR [DIR ...]

Runs lede over every `*.txt` file under the given folders (JSON Lines) and prints, for
people, places and organizations, the most-mentioned names by canonical form with the
number of articles that mention each. Then it counts the articles where an honorific
mention ("Mr Blair", "Ms Hewitt", "Dr. Okafor") is not linked to the full name the same
article gives ("Tony Blair"): the two have different canonicals. Standard library only.
"""

import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?\s+$")
HONORIFIC_IN_SPAN = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?\s+")
TYPES = {"person": "people", "place": "places", "organization": "organizations"}


def run(binary, files):
    """Yields (path, analysis) for each file, 200 files a run."""
    for i in range(0, len(files), 200):
        chunk = files[i : i + 200]
        out = subprocess.run(
            [binary, "--compact", *map(str, chunk)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        docs = [json.loads(line) for line in out.splitlines() if line.strip()]
        if len(docs) != len(chunk):
            sys.exit("expected %d results, got %d" % (len(chunk), len(docs)))
        yield from zip(chunk, docs)


def has_honorific(text, p):
    """True when the person mention `p` has an honorific before it or inside it."""
    before = text[max(0, p["start"] - 6) : p["start"]]
    return bool(HONORIFIC.search(before) or HONORIFIC_IN_SPAN.match(p["text"]))


def honorific_pairs(text, people):
    """The honorific mentions of one article that are not linked to its full name."""
    unlinked = []
    full = [p for p in people if len(p["text"].split()) >= 2 and not HONORIFIC_IN_SPAN.match(p["text"])]
    for p in people:
        if not has_honorific(text, p):
            continue
        surname = HONORIFIC_IN_SPAN.sub("", p["text"]).split()[-1]
        canon = p.get("canonical", p["text"])
        for f in full:
            if f["text"].split()[-1] == surname and f.get("canonical", f["text"]) != canon:
                unlinked.append((p["text"], f["text"]))
                break
    return unlinked


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=pathlib.Path)
    ap.add_argument("--bin", default="target/release/lede")
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--pairs", action="store_true", help="list every unlinked pair")
    args = ap.parse_args()

    files = sorted(f for d in args.dirs for f in d.rglob("*.txt"))
    counts = {t: collections.Counter() for t in TYPES}
    honorific_articles = 0
    unlinked_articles = []
    for path, doc in run(args.bin, files):
        text = path.read_text(encoding="utf-8-sig")
        for t in TYPES:
            counts[t].update({e.get("canonical", e["text"]) for e in doc["entities"] if e["type"] == t})
        people = [e for e in doc["entities"] if e["type"] == "person"]
        if any(has_honorific(text, p) for p in people):
            honorific_articles += 1
        pairs = honorific_pairs(text, people)
        if pairs:
            unlinked_articles.append((path, pairs))

    for t, title in TYPES.items():
        print("## top %d %s (canonical, articles)" % (args.top, title))
        for rank, (name, n) in enumerate(counts[t].most_common(args.top), 1):
            print("%3d  %-40s %5d" % (rank, name, n))
        print()
    print("articles: %d; with an honorific mention: %d; with an unlinked honorific pair: %d"
          % (len(files), honorific_articles, len(unlinked_articles)))
    if args.pairs:
        for path, pairs in unlinked_articles:
            print("%s: %s" % (path, "; ".join("%s / %s" % p for p in pairs)))


if __name__ == "__main__":
    main()
