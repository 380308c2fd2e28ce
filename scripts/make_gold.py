#!/usr/bin/env python3
"""Build fixtures/NAME.gold.json from fixtures/NAME.txt and the annotation spec fixtures/NAME.ann.

Usage (from the project root; Python 3 standard library only):

    python3 scripts/make_gold.py                 # (re)write every fixtures/*.gold.json
    python3 scripts/make_gold.py --check         # verify the gold files are up to date
    python3 scripts/make_gold.py --review NAME   # print entities in context and uncovered tokens
    python3 scripts/make_gold.py --write-txt NAME  # authoring aid: rebuild NAME.txt from the .ann

Spec format (NAME.ann, UTF-8). Lines starting with '#' are comments everywhere.

    reference_date: 2026-03-03      header lines "key: value" until the first section
                                    (optional: an undated article has none)
    types: person, place            (optional: the types the gold annotates; default all five)
    newline: lf | crlf              (used by --write-txt only)
    paragraphs: blank | single      (used by --write-txt only: blank line or single newline
                                     between paragraphs)
    == entities
    TYPE <TAB> SURFACE [<TAB> @SELECTOR] [<TAB> key=value key=value ...]
    == sentences
    one sentence per line, verbatim; an empty line separates paragraphs
    == quotes                       (optional; the gold gets "quotes" only with this section)
    quote <TAB> QUOTED WORDS[…] [<TAB> @N] <TAB> speaker=NAME [<TAB> at=ATTRIBUTION]

An entity line annotates occurrences of SURFACE in the text that sit at word boundaries
(the characters either side are not letters or digits). SELECTOR is "@all" (the default)
or 1-based occurrence numbers "@2" / "@1,3", counted over all word-boundary occurrences in
the text. Lines are applied longest SURFACE first; with "@all", occurrences inside an
already-annotated (longer) span are skipped, while an explicit occurrence that overlaps one
is an error. Attributes: kind, value, min, max, currency, unit, object. For amounts value/min/max
are numbers (scale applied: value=45000000); for dates value is an ISO 8601 / TIMEX3
string, and min/max are numbers for a range of years, TIMEX3 strings for a range of
durations ("min=P12M max=P24M"). object (counts and quantities only) is
the noun the amount counts, one word as written ("object=protesters", "object=oil"), or "-"
for an amount whose noun the text does not name (written as null in the gold); it must
occur in the amount's sentence after it. Entities are written in text order.

Sentences are matched one after another against the text: each must start at the next
non-whitespace character, and only whitespace may remain at the end, so the sentences
tile the text exactly. The sentence groups (separated by empty lines) are the paragraphs.

Quote lines, one per direct quotation and paragraph, in text order (ANNOTATION.md "quotes").
Fields are separated by tabs; a key=value field takes the whole field as its value.
  QUOTED WORDS  the quoted words without the quotation marks, exactly as in the text, or a
                prefix of them followed by "…": the span then runs to the closing mark that
                matches the opening one, or to the end of the paragraph if there is none.
                The words must directly follow an opening quotation mark; if they do at
                several places, "@N" picks the N-th (1-based).
  speaker=NAME  the speaker's full canonical name, or an anonymous source's description as
                written; several speakers are separated by " | " (the first is "speaker",
                all of them "speakers"); "speaker=null" for words attributed to no one.
  at=ATTRIBUTION  required with a speaker, forbidden with null: the words that name the
                speaker ("Grossman", "he", "a Bangkok-based analyst"). They are looked up at
                word boundaries outside every quote, in the quote's paragraph (or, for a
                quotation that runs over several paragraphs, in the nearest earlier one of
                them that has them; failing that, in the paragraph before) and must occur
                there exactly once; to single one out, give context and bracket the
                attribution: "at=[he] asked". For a quote
                continuing an earlier one in the same paragraph, repeat the earlier quote's
                attribution. A quote-only paragraph attributed to the speaker of the
                paragraph before it names the attribution there.
The script checks that each quote lies within one paragraph, begins right after an opening
quotation mark and ends right before the matching closing mark (or at the paragraph's end),
contains no closing double mark, does not overlap another quote, and that every double
quotation mark and every opening single mark (‘) in the text bounds or lies inside a quote.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TYPES = ["person", "place", "organization", "amount", "date"]
ATTR_ORDER = ["kind", "value", "min", "max", "currency", "unit", "object"]
NUMERIC = {"value", "min", "max"}


class SpecError(Exception):
    pass


def read_text(path):
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def parse_quote_line(path, lineno, line):
    fields = line.split("\t")
    if len(fields) < 3 or fields[0] != "quote" or not fields[1]:
        raise SpecError("%s:%d: bad quote line %r" % (path.name, lineno, line))
    spec = dict(words=fields[1], selector=None, speakers=None, at=None, lineno=lineno)
    seen = set()
    for field in fields[2:]:
        field = field.strip()
        if not field:
            continue
        if field.startswith("@"):
            key, value = "@", field[1:]
            if not value.isdigit() or int(value) < 1:
                raise SpecError("%s:%d: bad selector %r" % (path.name, lineno, field))
            spec["selector"] = int(value)
        else:
            key, eq, value = field.partition("=")
            value = value.strip()
            if not eq or key not in ("speaker", "at") or not value:
                raise SpecError("%s:%d: bad quote field %r" % (path.name, lineno, field))
            if key == "speaker":
                names = [n.strip() for n in value.split("|")]
                if not all(names):
                    raise SpecError("%s:%d: empty speaker name in %r" % (path.name, lineno, field))
                spec["speakers"] = [] if value == "null" else names
            else:
                if value.count("[") != value.count("]") or value.count("[") > 1 or \
                        ("[" in value and not value.index("[") + 1 < value.index("]")):
                    raise SpecError("%s:%d: bad attribution %r" % (path.name, lineno, field))
                spec["at"] = value
        if key in seen:
            raise SpecError("%s:%d: repeated field %r" % (path.name, lineno, key))
        seen.add(key)
    if spec["speakers"] is None:
        raise SpecError("%s:%d: quote without speaker= (use speaker=null)" % (path.name, lineno))
    if bool(spec["speakers"]) != bool(spec["at"]):
        raise SpecError("%s:%d: a speaker needs at=, speaker=null takes none" % (path.name, lineno))
    return spec


def parse_ann(path):
    header, entities, sentences, quotes = {}, [], [], None
    section = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.rstrip("\r")
        if line.startswith("#"):
            continue
        if line.startswith("== "):
            section = line[3:].strip()
            if section not in ("entities", "sentences", "quotes"):
                raise SpecError("%s:%d: unknown section %r" % (path.name, lineno, section))
            if section == "quotes":
                quotes = []
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
                    # A date's min and max are numbers for a range of years ("2009-2010"),
                    # TIMEX3 strings for a run of days or a range of durations ("P12M").
                    numeric = etype == "amount" or re.fullmatch(r"-?[0-9.]+", value)
                    if key in NUMERIC and (etype == "amount" or key != "value") and numeric:
                        number = float(value)
                        value = int(number) if number.is_integer() and "." not in value else number
                    if key == "object" and value == "-":
                        value = None
                    attrs[key] = value
            entities.append(dict(type=etype, surface=surface, selector=selector, attrs=attrs,
                                 lineno=lineno))
        elif section == "quotes":
            if line.strip():
                quotes.append(parse_quote_line(path, lineno, line))
        else:
            sentences.append(line)
    return header, entities, sentences, quotes


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
    """Sentence spans, and paragraph spans (start, end) from the sentence groups."""
    out, pos, paras, para_start = [], 0, [], None
    for sent in sentences + [""]:
        if not sent.strip():
            if para_start is not None:
                paras.append((para_start, out[-1]["end"]))
                para_start = None
            continue
        if sent != sent.strip():
            raise SpecError("%s: sentence has surrounding whitespace: %r" % (name, sent))
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(sent, pos):
            raise SpecError("%s: sentence %d does not continue the text at %d:\n  spec: %r\n  text: %r"
                            % (name, len(out) + 1, pos, sent[:80], text[pos:pos + 80]))
        if para_start is None:
            para_start = pos
        out.append(dict(start=pos, end=pos + len(sent), text=sent))
        pos += len(sent)
    if text[pos:].strip():
        raise SpecError("%s: text after the last sentence: %r" % (name, text[pos:pos + 80]))
    for start, end in paras:
        if "\n" in text[start:end] or "\r" in text[start:end]:
            raise SpecError("%s: paragraph at %d spans a line break (missing empty line in "
                            "== sentences?)" % (name, start))
    return out, paras


# Opening quotation mark -> the marks that close it.
# ("``" opens ASCII wire copy's quotations and "''" closes them: the second backtick and the
# first of the two single marks.)
QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»", "‹": "›", "„": "“”", "‚": "‘’",
               "`": "'"}
# Marks that must bound or lie inside a quote (single closing marks double as apostrophes).
CHECKED_MARKS = set("“”\"‘«»‹›„")


def closes_at(text, i, opener):
    """True if text[i] is a mark closing OPENER (a single mark not followed by a letter:
    the ’ of "didn’t" is an apostrophe)."""
    if i >= len(text) or text[i] not in QUOTE_PAIRS[opener]:
        return False
    if text[i] in "’'‘" and i + 1 < len(text) and text[i + 1].isalnum():
        return False
    return True


def paragraph_of(paras, start, end):
    for k, (ps, pe) in enumerate(paras):
        if ps <= start and end <= pe:
            return k
    return None


def locate_attribution(text, paras, ks, at, quote_spans):
    """(start, end) of the bracketed part of AT (or all of it) in the first paragraph of KS
    that has it; the match must be unique there and outside every quote."""
    context = at.replace("[", "").replace("]", "")
    offset = at.index("[") if "[" in at else 0
    length = (at.index("]") - offset - 1) if "[" in at else len(at)
    for j in ks:
        ps, pe = paras[j]
        hits = [s for s in occurrences(text, context) if ps <= s and s + len(context) <= pe
                and not any(s < qe + 1 and qs - 1 < s + len(context) for qs, qe in quote_spans)]
        if len(hits) > 1:
            raise SpecError("at=%r occurs %d times in the paragraph at %d; bracket it in a "
                            "longer context" % (at, len(hits), ps))
        if hits:
            return hits[0] + offset, hits[0] + offset + length
    raise SpecError("at=%r not found outside quotes in the quote's paragraph%s"
                    % (at, " or the paragraphs its quotation runs over" if len(ks) > 1 else ""))


def place_quotes(name, text, paras, specs):
    spans = []
    for spec in specs:
        where = "%s.ann:%d quote %r" % (name, spec["lineno"], spec["words"])
        words = spec["words"]
        prefix = words.endswith("…")
        if prefix:
            words = words[:-1]
        if not words:
            raise SpecError("%s: empty quote" % where)
        starts, i = [], text.find(words)
        while i != -1:
            if i > 0 and text[i - 1] in QUOTE_PAIRS:
                starts.append(i)
            i = text.find(words, i + 1)
        if not starts:
            raise SpecError("%s: not found right after an opening quotation mark" % where)
        n = spec["selector"]
        if n is None and len(starts) > 1:
            raise SpecError("%s: %d places, pick one with @N" % (where, len(starts)))
        if n is not None and n > len(starts):
            raise SpecError("%s: place %d of %d" % (where, n, len(starts)))
        start = starts[(n or 1) - 1]
        opener = text[start - 1]
        k = paragraph_of(paras, start, start + len(words))
        if k is None:
            raise SpecError("%s: the words are not within one paragraph" % where)
        ps, pe = paras[k]
        if prefix:
            end = start + len(words)
            while end < pe and not closes_at(text, end, opener):
                end += 1
        else:
            end = start + len(words)
            if not (closes_at(text, end, opener) or end == pe):
                raise SpecError("%s: not followed by a closing quotation mark or the end of its "
                                "paragraph: %r" % (where, text[end:end + 20]))
        spec["unclosed"] = not closes_at(text, end, opener)
        quoted = text[start:end]
        if opener in "“\"«‹„" and any(c in quoted for c in QUOTE_PAIRS[opener]):
            raise SpecError("%s: the span crosses a closing quotation mark" % where)
        spans.append((start, end, k, spec))
    for (s1, e1, _, a), (s2, e2, _, b) in zip(spans, spans[1:]):
        if s2 < s1:
            raise SpecError("%s.ann:%d: quote lines must be in text order" % (name, b["lineno"]))
        if s2 < e1:
            raise SpecError("%s.ann:%d: quote overlaps the one on line %d"
                            % (name, b["lineno"], a["lineno"]))
    quote_spans = [(s, e) for s, e, _, _ in spans]

    def paragraphs_run_over(k, start):
        """K, then the earlier paragraphs of a quotation that runs over several: while the
        quote opens its paragraph and the previous paragraph ends inside a quotation."""
        ks = [k]
        while start == paras[k][0] + 1 and k > 0:
            before = [(s, e, sp) for s, e, j, sp in spans if j == k - 1]
            if not (before and before[-1][2]["unclosed"] and before[-1][1] == paras[k - 1][1]):
                break
            k, start = k - 1, before[0][0]
            ks.append(k)
        return ks

    out = []
    for start, end, k, spec in spans:
        q = dict(text=text[start:end], start=start, end=end, speaker=None,
                 speaker_start=None, speaker_end=None)
        if spec["speakers"]:
            try:
                ks = paragraphs_run_over(k, start)
                if k > 0 and k - 1 not in ks:
                    ks.append(k - 1)
                a, b = locate_attribution(text, paras, ks,
                                          spec["at"], quote_spans)
            except SpecError as err:
                raise SpecError("%s.ann:%d: %s" % (name, spec["lineno"], err))
            q.update(speaker=spec["speakers"][0], speaker_start=a, speaker_end=b)
            if len(spec["speakers"]) > 1:
                q["speakers"] = spec["speakers"]
        out.append(q)
    # every checked quotation mark bounds a quote or lies inside one
    for i, ch in enumerate(text):
        if ch in CHECKED_MARKS and not any(s - 1 <= i <= e for s, e in quote_spans):
            raise SpecError("%s: quotation mark %r at %d is not part of any quote: %r"
                            % (name, ch, i, text[max(0, i - 30):i + 30]))
    return out


def check_objects(name, text, ents, sents):
    """Each amount's object is a word of its sentence after it, at word boundaries."""
    for e in ents:
        obj = e.get("object")
        if obj is None:
            continue
        sent_end = next((s["end"] for s in sents if s["start"] <= e["start"] < s["end"]), len(text))
        after = text[e["end"]:sent_end]
        if not obj or any(ch.isspace() for ch in obj) or \
                not occurrences(after, obj):
            raise SpecError("%s: object %r is not a word of the sentence after %r"
                            % (name, obj, e["text"]))


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
            if "object" in e and kind not in ("count", "quantity"):
                raise SpecError("%s: object on an amount that is no count or quantity: %r" % (name, e))
        elif e["type"] == "date":
            if e.get("kind") not in ("date", "time", "duration", "set"):
                raise SpecError("%s: date without a valid kind: %r" % (name, e))
        elif set(e) - {"type", "text", "start", "end"}:
            raise SpecError("%s: attributes on a %s: %r" % (name, e["type"], e))


def build(name):
    ann = FIXTURES / (name + ".ann")
    header, specs, sentences, quote_specs = parse_ann(ann)
    text = read_text(FIXTURES / (name + ".txt"))
    ents = place_entities(name, text, specs)
    check_attrs(name, ents)
    sents, paras = place_sentences(name, text, sentences)
    check_objects(name, text, ents, sents)
    quotes = None if quote_specs is None else place_quotes(name, text, paras, quote_specs)
    for e in ents + sents + (quotes or []):
        assert text[e["start"]:e["end"]] == e["text"]
    for q in quotes or []:
        k = paragraph_of(paras, q["start"], q["end"])
        assert k is not None
        if q["speaker"] is not None:
            assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(text)
            assert not any(o["start"] - 1 <= q["speaker_start"] and q["speaker_end"] <= o["end"] + 1
                           for o in quotes)
    # every non-whitespace character lies in exactly one sentence
    cover = [0] * len(text)
    for s in sents:
        for i in range(s["start"], s["end"]):
            cover[i] += 1
    bad = [i for i, ch in enumerate(text) if not ch.isspace() and cover[i] != 1]
    if bad:
        raise SpecError("%s: characters not covered exactly once, e.g. at %d" % (name, bad[0]))
    types = TYPES
    if "types" in header:
        types = [t.strip() for t in header["types"].split(",")]
        if not types or set(types) - set(TYPES):
            raise SpecError("%s: unknown types %r" % (name, header["types"]))
    # An undated article has no reference date: the harness then passes no --date.
    gold = {"reference_date": header.get("reference_date"), "types": types,
            "entities": ents, "sentences": sents}
    if quotes is not None:
        gold["quotes"] = quotes
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
    if "quotes" in gold:
        print("-- %d quotes" % len(gold["quotes"]))
        for q in gold["quotes"]:
            who = q["speaker"] if q["speaker"] is not None else "(none)"
            if "speakers" in q:
                who = " | ".join(q["speakers"])
            print("   %5d-%-5d %s" % (q["start"], q["end"], flat(q["text"])[:100]))
            if q["speaker"] is not None:
                a, b = q["speaker_start"], q["speaker_end"]
                ctx = flat(text[max(0, a - 25):a]) + "[[" + text[a:b] + "]]" + flat(text[b:b + 25])
                print("               speaker %s  at %s" % (who, ctx))
            else:
                print("               speaker %s" % who)
    print("-- %d sentences" % len(gold["sentences"]))
    for s in gold["sentences"]:
        print("   %5d-%-5d %s" % (s["start"], s["end"], flat(s["text"])[:110]))


def write_txt(name):
    header, _, sentences, _ = parse_ann(FIXTURES / (name + ".ann"))
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
            if "quotes" in gold:
                summary += " quotes=%d" % len(gold["quotes"])
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
