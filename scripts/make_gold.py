#!/usr/bin/env python3
"""Build fixtures/NAME.gold.json from fixtures/NAME.txt and the annotation spec fixtures/NAME.ann.

Usage (from the project root; Python 3 standard library only):

    python3 scripts/make_gold.py                 # (re)write every fixtures/*.gold.json
    python3 scripts/make_gold.py --check         # verify the gold files are up to date
    python3 scripts/make_gold.py --review NAME   # print entities in context and uncovered tokens
    python3 scripts/make_gold.py --write-txt NAME  # authoring aid: rebuild NAME.txt from the .ann

Spec format (NAME.ann, UTF-8). Lines starting with '#' are comments everywhere.

    reference_date: 2026-03-03      header lines "key: value" until the first section
    newline: lf | crlf              (used by --write-txt only)
    paragraphs: blank | single      (used by --write-txt only: blank line or single newline
                                     between paragraphs)
    == entities
    TYPE <TAB> SURFACE [<TAB> @SELECTOR] [<TAB> key=value key=value ...]
    == sentences
    one sentence per line, verbatim; an empty line separates paragraphs

An entity line annotates occurrences of SURFACE in the text that sit at word boundaries
(the characters either side are not letters or digits). SELECTOR is "@all" (the default)
or 1-based occurrence numbers "@2" / "@1,3", counted over all word-boundary occurrences in
the text. Lines are applied longest SURFACE first; with "@all", occurrences inside an
already-annotated (longer) span are skipped, while an explicit occurrence that overlaps one
is an error. Attributes: kind, value, min, max, currency, unit. For amounts value/min/max
are numbers (scale applied: value=45000000); for dates value is an ISO 8601 / TIMEX3
string. Entities are written in text order.

Sentences are matched one after another against the text: each must start at the next
non-whitespace character, and only whitespace may remain at the end, so the sentences
tile the text exactly.
"""
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TYPES = ["person", "place", "organization", "amount", "date"]
ATTR_ORDER = ["kind", "value", "min", "max", "currency", "unit"]
NUMERIC = {"value", "min", "max"}


class SpecError(Exception):
    pass


def read_text(path):
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def parse_ann(path):
    header, entities, sentences = {}, [], []
    section = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.rstrip("\r")
        if line.startswith("#"):
            continue
        if line.startswith("== "):
            section = line[3:].strip()
            if section not in ("entities", "sentences"):
                raise SpecError("%s:%d: unknown section %r" % (path.name, lineno, section))
            continue
        if section is None:
            if line.strip():
                key, _, value = line.partition(":")
                header[key.strip()] = value.strip()
        elif section == "entities":
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) < 2 or fields[0] not in TYPES:
                raise SpecError("%s:%d: bad entity line %r" % (path.name, lineno, line))
            etype, surface, selector, attrs = fields[0], fields[1], "all", {}
            for field in fields[2:]:
                field = field.strip()
                if not field:
                    continue
                if field.startswith("@"):
                    selector = field[1:]
                    continue
                for item in field.split():
                    key, eq, value = item.partition("=")
                    if not eq or key not in ATTR_ORDER:
                        raise SpecError("%s:%d: bad attribute %r" % (path.name, lineno, item))
                    if key in NUMERIC and etype == "amount":
                        number = float(value)
                        value = int(number) if number.is_integer() and "." not in value else number
                    attrs[key] = value
            entities.append(dict(type=etype, surface=surface, selector=selector, attrs=attrs,
                                 lineno=lineno))
        else:
            sentences.append(line)
    return header, entities, sentences


def is_word_char(ch):
    return ch.isalnum()


def occurrences(text, surface):
    """Start offsets of SURFACE in TEXT at word boundaries."""
    found, i = [], text.find(surface)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(surface)] if i + len(surface) < len(text) else " "
        edge_start, edge_end = surface[0], surface[-1]
        ok_start = not (is_word_char(before) and is_word_char(edge_start))
        ok_end = not (is_word_char(after) and is_word_char(edge_end))
        if ok_start and ok_end:
            found.append(i)
        i = text.find(surface, i + 1)
    return found


def place_entities(name, text, specs):
    claimed = []  # (start, end)

    def overlaps(s, e):
        return any(s < ce and cs < e for cs, ce in claimed)

    out = []
    order = sorted(range(len(specs)), key=lambda k: -len(specs[k]["surface"]))
    for k in order:
        spec = specs[k]
        surface = spec["surface"]
        starts = occurrences(text, surface)
        where = "%s.ann:%d %s %r" % (name, spec["lineno"], spec["type"], surface)
        if not starts:
            raise SpecError("%s: not found in the text" % where)
        if spec["selector"] == "all":
            chosen = [s for s in starts if not overlaps(s, s + len(surface))]
            if not chosen:
                raise SpecError("%s: every occurrence is inside a longer span" % where)
        else:
            chosen = []
            for n in spec["selector"].split(","):
                n = int(n)
                if not 1 <= n <= len(starts):
                    raise SpecError("%s: occurrence %d of %d" % (where, n, len(starts)))
                s = starts[n - 1]
                if overlaps(s, s + len(surface)):
                    raise SpecError("%s: occurrence %d overlaps another span" % (where, n))
                chosen.append(s)
        for s in chosen:
            claimed.append((s, s + len(surface)))
            ent = dict(type=spec["type"], text=surface, start=s, end=s + len(surface))
            for key in ATTR_ORDER:
                if key in spec["attrs"]:
                    ent[key] = spec["attrs"][key]
            out.append(ent)
    out.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            raise SpecError("%s: overlapping entities %r and %r" % (name, a, b))
    return out


def place_sentences(name, text, sentences):
    out, pos = [], 0
    for sent in sentences:
        if not sent.strip():
            continue
        if sent != sent.strip():
            raise SpecError("%s: sentence has surrounding whitespace: %r" % (name, sent))
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(sent, pos):
            raise SpecError("%s: sentence %d does not continue the text at %d:\n  spec: %r\n  text: %r"
                            % (name, len(out) + 1, pos, sent[:80], text[pos:pos + 80]))
        out.append(dict(start=pos, end=pos + len(sent), text=sent))
        pos += len(sent)
    if text[pos:].strip():
        raise SpecError("%s: text after the last sentence: %r" % (name, text[pos:pos + 80]))
    return out


def check_attrs(name, ents):
    for e in ents:
        if e["type"] == "amount":
            kind = e.get("kind")
            if kind not in ("money", "percent", "quantity", "count"):
                raise SpecError("%s: amount without a valid kind: %r" % (name, e))
            if ("value" in e) == ("min" in e or "max" in e):
                raise SpecError("%s: amount needs value or min+max: %r" % (name, e))
            if kind == "money" and "currency" not in e:
                raise SpecError("%s: money without currency: %r" % (name, e))
            if kind == "quantity" and "unit" not in e:
                raise SpecError("%s: quantity without unit: %r" % (name, e))
        elif e["type"] == "date":
            if e.get("kind") not in ("date", "time", "duration", "set"):
                raise SpecError("%s: date without a valid kind: %r" % (name, e))
        elif set(e) - {"type", "text", "start", "end"}:
            raise SpecError("%s: attributes on a %s: %r" % (name, e["type"], e))


def build(name):
    ann = FIXTURES / (name + ".ann")
    header, specs, sentences = parse_ann(ann)
    text = read_text(FIXTURES / (name + ".txt"))
    ents = place_entities(name, text, specs)
    check_attrs(name, ents)
    sents = place_sentences(name, text, sentences)
    for e in ents + sents:
        assert text[e["start"]:e["end"]] == e["text"]
    # every non-whitespace character lies in exactly one sentence
    cover = [0] * len(text)
    for s in sents:
        for i in range(s["start"], s["end"]):
            cover[i] += 1
    bad = [i for i, ch in enumerate(text) if not ch.isspace() and cover[i] != 1]
    if bad:
        raise SpecError("%s: characters not covered exactly once, e.g. at %d" % (name, bad[0]))
    gold = {"reference_date": header["reference_date"], "types": TYPES,
            "entities": ents, "sentences": sents}
    return gold, text


def dump(gold):
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


def review(name):
    gold, text = build(name)
    flat = lambda s: s.replace("\r", "\\r").replace("\n", "\\n")
    print("== %s (reference_date %s)" % (name, gold["reference_date"]))
    for e in gold["entities"]:
        extra = " ".join("%s=%s" % (k, e[k]) for k in ATTR_ORDER if k in e)
        ctx = flat(text[max(0, e["start"] - 25):e["start"]]) + "[[" + e["text"] + "]]" + \
            flat(text[e["end"]:e["end"] + 25])
        print("%-12s %-28s %-40s %s" % (e["type"], e["text"], extra, ctx))
    covered = [False] * len(text)
    for e in gold["entities"]:
        for i in range(e["start"], e["end"]):
            covered[i] = True
    starts = {s["start"] for s in gold["sentences"]}
    print("-- uncovered capitalized words (not sentence-initial) and digits:")
    i, seen = 0, []
    while i < len(text):
        if text[i].isalnum():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in ".,'’-" and j + 1 < len(text)
                                     and text[j + 1].isalnum()):
                j += 1
            word = text[i:j]
            if not any(covered[i:j]) and (word[0].isdigit() or (word[0].isupper() and i not in starts)):
                seen.append(word)
            i = j
        else:
            i += 1
    print("   " + " | ".join(seen))
    print("-- %d sentences" % len(gold["sentences"]))
    for s in gold["sentences"]:
        print("   %5d-%-5d %s" % (s["start"], s["end"], flat(s["text"])[:110]))


def write_txt(name):
    header, _, sentences = parse_ann(FIXTURES / (name + ".ann"))
    nl = "\r\n" if header.get("newline", "lf") == "crlf" else "\n"
    sep = nl * (2 if header.get("paragraphs", "blank") == "blank" else 1)
    paras, cur = [], []
    for sent in sentences + [""]:
        if sent.strip():
            cur.append(sent)
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    text = sep.join(paras) + nl
    assert unicodedata.is_normalized("NFC", text)
    (FIXTURES / (name + ".txt")).write_bytes(text.encode("utf-8"))
    print("wrote fixtures/%s.txt (%d words)" % (name, len(text.split())))


def main(argv):
    names = sorted(p.stem for p in FIXTURES.glob("*.ann"))
    try:
        if argv[:1] == ["--review"]:
            for name in argv[1:] or names:
                review(name)
            return 0
        if argv[:1] == ["--write-txt"]:
            for name in argv[1:]:
                write_txt(name)
            return 0
        check = argv[:1] == ["--check"]
        stale = 0
        for name in names:
            gold, _ = build(name)
            path = FIXTURES / (name + ".gold.json")
            counts = {t: sum(e["type"] == t for e in gold["entities"]) for t in TYPES}
            summary = " ".join("%s=%d" % (t, n) for t, n in counts.items())
            if check:
                ok = path.exists() and path.read_text(encoding="utf-8") == dump(gold)
                stale += not ok
                print("%-28s %s  %s" % (name, "ok" if ok else "STALE", summary))
            else:
                path.write_text(dump(gold), encoding="utf-8")
                print("%-28s %3d sentences  %s" % (name, len(gold["sentences"]), summary))
        return 1 if stale else 0
    except SpecError as err:
        print("make_gold.py: %s" % err, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
