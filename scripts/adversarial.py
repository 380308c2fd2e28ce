#!/usr/bin/env python3
"""Adversarial inputs for lede, at full size.

Generates the large hostile inputs of issue 7 into a temporary directory (nothing is
committed), runs the release binary on each under /usr/bin/time, and prints one table row a
case: size, seconds, peak RSS, exit status, the first line of standard error, and a verdict
against what the case expects (a result, or a clear one-line error). Cases that come in two
sizes are compared at the end: time must grow about linearly with size (a quadratic path
shows as a time ratio far above the size ratio).

The moderate-size versions of the same cases, with their assertions, are tests/adversarial.rs.

    scripts/adversarial.py                 # build the release binary, run every case
    scripts/adversarial.py --scale 0.1     # every generated size a tenth (a quick check)
    scripts/adversarial.py --lede PATH     # run this binary instead of building one
    scripts/adversarial.py --only news     # cases whose name contains "news"
    scripts/adversarial.py --keep          # keep the generated inputs (the path is printed)
    scripts/adversarial.py --only gazetteer  # the user gazetteer cases (1,000,000 names)

Needs Python 3.8+, /usr/bin/time (GNU time) and, for the FIFO cases, a POSIX system.
"""

import argparse
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")
MB = 1 << 20

# Time a case may take before it counts as hung (seconds). Generous: 100 MB inputs on a
# loaded two-core machine take tens of seconds.
HANG = 600
# Outputs up to this size are parsed and every span checked.
CHECK_OUTPUT_UP_TO = 64 * MB


# ----------------------------------------------------------------------------- inputs

def fixture_texts():
    names = sorted(f for f in os.listdir(FIXTURES) if f.endswith(".txt"))
    return [open(os.path.join(FIXTURES, f), encoding="utf-8").read() for f in names]


def news_paragraphs():
    paras = []
    for text in fixture_texts():
        paras += [p.strip() for p in text.split("\n") if p.strip()]
    return paras


def news_without_newlines(size, seed=1):
    """`size` bytes of the fixtures' paragraphs, shuffled, joined by spaces: one line."""
    rng = random.Random(seed)
    paras = news_paragraphs()
    out, n = [], 0
    while n < size:
        rng.shuffle(paras)
        for p in paras:
            out.append(p)
            n += len(p.encode()) + 1
            if n >= size:
                break
    return " ".join(out).encode()[:size].decode("utf-8", "ignore").encode()


def random_words(rng, words, size, quotes=False):
    """`size` bytes of `words` drawn at random, joined by spaces; with `quotes`, one in six
    with a straight single quote before or after it."""
    out, n = [], 0
    while n < size:
        w = rng.choice(words)
        if quotes:
            # British quotation marks, opened and closed at random, among the apostrophes.
            k = rng.randrange(12)
            w = "'" + w if k == 0 else w + "'," if k == 1 else w
        out.append(w)
        n += len(w.encode()) + 1
    return " ".join(out).encode()[:size].decode("utf-8", "ignore").encode()


def shuffled_words(size, seed=10):
    """`size` bytes of the fixtures' words in random order on one line, one in six with a
    straight single quote before or after it: quotation marks and apostrophes unpaired
    everywhere, in one paragraph."""
    words = " ".join(news_paragraphs()).split()
    return random_words(random.Random(seed), words, size, quotes=True)


def one_sentence_line(size, seed=2):
    """One line, one sentence: words and names, no sentence-ending punctuation at all."""
    rng = random.Random(seed)
    words = []
    for p in news_paragraphs():
        words += [w.strip(".!?") for w in p.split()]
    words = [w for w in words if w]
    return random_words(rng, words, size)


def one_word_lines(count, seed=3):
    rng = random.Random(seed)
    words = sorted({w.strip(".,;:!?“”\"()") for p in news_paragraphs() for w in p.split()} - {""})
    return "".join(rng.choice(words) + "\n" for _ in range(count)).encode()


def punctuation(size, seed=4):
    rng = random.Random(seed)
    marks = ".,;:!?-—–()[]{}“”‘’\"'…/\\*&^%$#@~`|<>«»„‚·•¡¿"
    out = "".join(rng.choice(marks) for _ in range(size))
    return out.encode()[:size].decode("utf-8", "ignore").encode()


def brackets(depth):
    """Nested brackets around a sentence, `depth` deep, of all four kinds in turn."""
    opening, closing = "([{“", ")]}”"
    left = "".join(opening[i % 4] for i in range(depth))
    right = "".join(closing[i % 4] for i in reversed(range(depth)))
    return (left + "Prime Minister Hun Manet said $45 million." + right).encode()


def all_caps(size):
    return news_without_newlines(size, seed=5).decode().upper().replace(". ", ".\n\n").encode()


MIXED_SCRIPTS = (
    "东京（路透社）— 日本首相岸田文雄周二表示，政府将投入 45 亿美元。\n\n"
    "\u200fقال رئيس الوزراء محمد شياع السوداني يوم الثلاثاء إن العراق سينفق 45 مليون دولار.\u200f\n\n"
    "\u200fראש הממשלה בנימין נתניהו אמר ביום שלישי כי ישראל תוציא 45 מיליון דולר.\u200e "
    "Netanyahu said on Tuesday.\n\n"
    "प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को कहा कि भारत 45 करोड़ रुपये खर्च करेगा।\n\n"
    "The family 👨‍👩‍👧‍👦 met Prime Minister Hun Manet 🇰🇭 in Phnom Penh 👍🏽 on Tuesday. "
    "Cafe\u0301 owner Zoe\u0308 Bjo\u0308rk said “we are ready” — n\u0303 a\u0300\u0301\u0302\u0303\u0304 "
    "Z\u0351\u0352\u0357\u035b\u0303\u0304\u0305\u0306\u0307\u0308alg\u0300\u0301o.\n\n"
)


def mixed_scripts(size):
    return (MIXED_SCRIPTS * (size // len(MIXED_SCRIPTS.encode()) + 1)).encode()[:size].decode(
        "utf-8", "ignore").encode()


def with_nul(size):
    text = news_without_newlines(size, seed=6)
    at = len(text) // 2
    return text[:at] + b"\0" + text[at:]


def line_endings(size, ending):
    text = news_without_newlines(size, seed=7).decode()
    return text.replace(". ", "." + ending + ending).encode()


def utf16(size, codec, bom):
    text = "\n\n".join(fixture_texts())
    text = (text * (size // (2 * len(text)) + 1))[: size // 2]
    return bom + text.encode(codec)


# ----------------------------------------------------------------------------- running

class Result:
    def __init__(self, status, seconds, rss_kb, stderr, stdout_path):
        self.status, self.seconds, self.rss_kb = status, seconds, rss_kb
        self.stderr, self.stdout_path = stderr, stdout_path


def run(lede, args, workdir, stdin=None, timeout=HANG, compact=True):
    """Runs lede under /usr/bin/time; returns a Result (status "hang" on timeout). The
    arguments of a subcommand go without `compact`."""
    out_path = os.path.join(workdir, "stdout")
    time_path = os.path.join(workdir, "time")
    cmd = ["/usr/bin/time", "-f", "%e %M %x", "-o", time_path, lede] + \
        (["--compact"] if compact else []) + args
    start = time.monotonic()
    with open(out_path, "wb") as out:
        p = subprocess.Popen(cmd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                             stdout=out, stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            _, err = p.communicate()
            return Result("hang", time.monotonic() - start, 0, err.decode("utf-8", "replace"),
                          out_path)
    fields = open(time_path).read().split()
    # GNU time prints "Command exited with non-zero status N" on a line of its own first.
    seconds, rss_kb, status = float(fields[-3]), int(fields[-2]), int(fields[-1])
    return Result(status, seconds, rss_kb, err.decode("utf-8", "replace"), out_path)


def check_output(path, inputs):
    """Parses lede's JSON Lines and checks every span against the decoded input texts.
    Returns an error message, or None."""
    if os.path.getsize(path) > CHECK_OUTPUT_UP_TO:
        return None
    with open(path, "rb") as f:
        lines = [l for l in f.read().split(b"\n") if l]
    if len(lines) != len(inputs):
        return f"{len(lines)} results for {len(inputs)} readable inputs"
    for line, text in zip(lines, inputs):
        a = json.loads(line)
        n = len(text)
        if a["stats"]["characters"] != n:
            return f"stats.characters {a['stats']['characters']} != {n}"
        spans = [("sentence", s) for s in a["sentences"]] + \
                [("entity", e) for e in a["entities"]] + \
                [("quote", q) for q in a["quotes"]] + \
                [(k, a[k]) for k in ("title", "subtitle", "byline", "dateline") if a[k]]
        for kind, s in spans:
            if not (0 <= s["start"] <= s["end"] <= n) or text[s["start"]:s["end"]] != s["text"]:
                return f"{kind} {s['start']}..{s['end']} does not slice to {s['text'][:40]!r}"
    return None


def decoded(data):
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" or n >= 100 else f"{n:.1f} {unit}"
        n /= 1024


# ----------------------------------------------------------------------------- cases

def file_cases(scale):
    """(name, bytes, expected status, expected stderr substring or None)."""
    s = lambda n: max(1, int(n * scale))
    return [
        ("line_100mb_one_sentence", lambda: one_sentence_line(s(100 * MB)), 0, None),
        ("lines_1m_one_word", lambda: one_word_lines(s(1_000_000)), 0, None),
        ("lines_10m_one_word", lambda: one_word_lines(s(10_000_000)), 0, None),
        ("news_1mb_no_newline", lambda: news_without_newlines(s(1 * MB)), 0, None),
        ("news_10mb_no_newline", lambda: news_without_newlines(s(10 * MB)), 0, None),
        ("news_100mb_no_newline", lambda: news_without_newlines(s(100 * MB)), 0, None),
        ("punctuation_1mb", lambda: punctuation(s(1 * MB)), 0, None),
        ("punctuation_10mb", lambda: punctuation(s(10 * MB)), 0, None),
        ("us_10k", lambda: b"U.S. " * s(10_000), 0, None),
        ("us_100k", lambda: b"U.S. " * s(100_000), 0, None),
        ("shuffled_words_2mb", lambda: shuffled_words(s(2 * MB)), 0, None),
        ("shuffled_words_40mb", lambda: shuffled_words(s(40 * MB)), 0, None),
        ("open_quote_10k", lambda: "“".encode() * s(10_000), 0, None),
        ("open_quote_100k", lambda: "“".encode() * s(100_000), 0, None),
        ("brackets_10k", lambda: brackets(s(10_000)), 0, None),
        ("brackets_100k", lambda: brackets(s(100_000)), 0, None),
        ("all_caps_10mb", lambda: all_caps(s(10 * MB)), 0, None),
        ("mixed_scripts_1mb", lambda: mixed_scripts(s(1 * MB)), 0, None),
        ("mixed_scripts_10mb", lambda: mixed_scripts(s(10 * MB)), 0, None),
        ("nul_byte_10mb", lambda: with_nul(s(10 * MB)), 1, "binary input (NUL byte at byte offset"),
        ("lone_cr_10mb", lambda: line_endings(s(10 * MB), "\r"), 0, None),
        ("crlf_10mb", lambda: line_endings(s(10 * MB), "\r\n"), 0, None),
        ("utf8_bom", lambda: b"\xef\xbb\xbf" + news_without_newlines(s(1 * MB)), 0, None),
        ("utf16le_bom_10mb", lambda: utf16(s(10 * MB), "utf-16-le", b"\xff\xfe"), 0, None),
        ("utf16be_bom_10mb", lambda: utf16(s(10 * MB), "utf-16-be", b"\xfe\xff"), 0, None),
        ("utf16le_no_bom", lambda: utf16(s(1 * MB), "utf-16-le", b""), 1, "binary input"),
        ("binary_elf", None, 1, "binary input"),  # the lede binary itself
        ("random_bytes_no_nul", lambda: random_bytes(s(1 * MB)), 1, "invalid UTF-8"),
        ("empty", lambda: b"", 0, None),
    ]


def gazetteer_tsv(count, seed=9):
    """A user gazetteer of `count` distinct two-word names of made-up syllables, a third of
    each type, one in seven with a canonical name, behind a header line."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ren", "tor", "vus", "bel", "dan", "fir", "gos", "hul",
                 "jem", "nax", "pol", "qui", "sar", "tev", "wim", "yor", "zed"]
    word = lambda: "".join(rng.choice(syllables) for _ in range(3)).capitalize()
    types = ["person", "place", "organization"]
    seen, lines = set(), ["name\ttype\tcanonical"]
    while len(seen) < count:
        name = f"{word()} {word()}"
        if name in seen:
            continue
        seen.add(name)
        i = len(seen)
        canonical = f"\t{name} Group" if i % 7 == 0 else ""
        lines.append(f"{name}\t{types[i % 3]}{canonical}")
    return ("\n".join(lines) + "\n").encode()


def random_bytes(n):
    """n pseudo-random bytes without NUL (one generator, so they really vary)."""
    rng = random.Random(8)
    return bytes(rng.randrange(1, 256) for _ in range(n))


def release_binary(path=None):
    """`path` as an absolute path, or the release binary, built first, when it is None."""
    if not path:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        path = os.path.join(target, "release", "lede")
    return os.path.abspath(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lede", help="the binary to run (default: build target/release/lede)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply generated sizes")
    ap.add_argument("--only", help="run only cases whose name contains this")
    ap.add_argument("--keep", action="store_true", help="keep the generated inputs")
    opts = ap.parse_args()

    lede = release_binary(opts.lede)

    tmp = tempfile.mkdtemp(prefix="lede-adversarial-")
    rows, failures, timings = [], [], {}

    def record(name, size, res, expect_status, expect_err, problem=None):
        first = res.stderr.splitlines()[0] if res.stderr.strip() else ""
        verdict = "ok"
        if res.status == "hang":
            verdict = f"HANG (> {HANG} s, killed)"
        elif res.status != expect_status:
            verdict = f"FAIL: exit {res.status}, expected {expect_status}"
        elif expect_err and expect_err not in first:
            verdict = f"FAIL: stderr lacks {expect_err!r}"
        elif not expect_err and res.stderr.strip():
            verdict = "FAIL: unexpected stderr"
        elif "panicked" in res.stderr or "RUST_BACKTRACE" in res.stderr:
            verdict = "FAIL: panic"
        elif len(res.stderr.splitlines()) > 1 and expect_err:
            verdict = "FAIL: error is more than one line"
        if problem and verdict == "ok":
            verdict = f"FAIL: {problem}"
        if verdict != "ok":
            failures.append((name, verdict))
        rows.append((name, human(size) if size is not None else "-", f"{res.seconds:.2f}",
                     human(res.rss_kb * 1024) if res.rss_kb else "-", str(res.status),
                     first[:70], verdict))
        timings[name] = (size, res.seconds)
        print(f"  {name}: {res.seconds:.2f} s, exit {res.status}, {verdict}", file=sys.stderr,
              flush=True)

    try:
        for name, make, expect_status, expect_err in file_cases(opts.scale):
            if opts.only and opts.only not in name:
                continue
            path = os.path.join(tmp, name + ".txt")
            if make is None:
                shutil.copyfile(lede, path)
            else:
                with open(path, "wb") as f:
                    f.write(make())
            size = os.path.getsize(path)
            res = run(lede, [path], tmp)
            problem = None
            if res.status == 0:
                data = open(path, "rb").read()
                problem = check_output(res.stdout_path, [decoded(data)])
            record(name, size, res, expect_status, expect_err, problem)
            if not opts.keep:
                os.remove(path)

        special = [
            ("directory", "is a directory"),
            ("unreadable_file", "permission denied"),
            ("fifo_with_writer", None),
            ("fifo_without_writer", None),
            ("stdin_pipe", None),
            ("mixed_run", None),
            ("gazetteers", None),
        ]
        for name, expect_err in special:
            if opts.only and opts.only not in name:
                continue
            case = globals()["case_" + name]
            if name == "gazetteers":
                case(lede, tmp, record, expect_err, opts.scale)
            else:
                case(lede, tmp, record, expect_err)
    finally:
        if opts.keep:
            print(f"inputs kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print_table(rows)
    print_scaling(timings)
    if failures:
        print(f"\n{len(failures)} case(s) failed:")
        for name, verdict in failures:
            print(f"  {name}: {verdict}")
        sys.exit(1)
    print("\nevery case ended with a result or a clear error")


def case_directory(lede, tmp, record, expect_err):
    d = os.path.join(tmp, "a_directory")
    os.makedirs(d, exist_ok=True)
    record("directory", None, run(lede, [d], tmp), 1, expect_err)


def case_unreadable_file(lede, tmp, record, expect_err):
    path = os.path.join(tmp, "unreadable.txt")
    with open(path, "w") as f:
        f.write("Prime Minister Hun Manet said on Tuesday.")
    os.chmod(path, 0)
    res = run(lede, [path], tmp)
    if os.geteuid() == 0:
        # root reads a mode-000 file anyway: lede analyzes it, which is right.
        record("unreadable_file (as root: readable)", os.path.getsize(path), res, 0, None)
    else:
        record("unreadable_file", os.path.getsize(path), res, 1, expect_err)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def case_fifo_with_writer(lede, tmp, record, expect_err):
    fifo = os.path.join(tmp, "fifo_w")
    os.mkfifo(fifo)
    text = news_without_newlines(MB).decode()
    writer = subprocess.Popen(["sh", "-c", 'cat > "$1"', "sh", fifo], stdin=subprocess.PIPE)
    t = threading.Thread(target=lambda: (writer.stdin.write(text.encode()), writer.stdin.close()))
    t.start()
    res = run(lede, [fifo], tmp)
    t.join()
    writer.wait()
    problem = check_output(res.stdout_path, [text]) if res.status == 0 else None
    record("fifo_with_writer", len(text.encode()), res, 0, None, problem)


def case_fifo_without_writer(lede, tmp, record, expect_err):
    """A FIFO named on the command line is read as `cat` reads it: opening it waits for a
    writer (process substitution and named-pipe producers rely on that; `--recursive` skips
    FIFOs, so a directory walk never waits). The case checks that lede is still waiting after
    3 seconds without a writer, then connects one and expects the text analyzed."""
    fifo = os.path.join(tmp, "fifo_nw")
    os.mkfifo(fifo)
    text = fixture_texts()[1]

    def late_writer():
        time.sleep(3)
        with open(fifo, "w", encoding="utf-8") as f:
            f.write(text)

    t = threading.Thread(target=late_writer)
    t.start()
    res = run(lede, [fifo], tmp, timeout=60)
    t.join()
    problem = check_output(res.stdout_path, [text]) if res.status == 0 else None
    if problem is None and res.status == 0 and res.seconds < 2.5:
        problem = f"returned after {res.seconds:.2f} s, before any writer"
    record("fifo_writer_after_3_s", len(text.encode()), res, 0, None, problem)


def case_stdin_pipe(lede, tmp, record, expect_err):
    path = os.path.join(tmp, "stdin.txt")
    data = news_without_newlines(10 * MB)
    with open(path, "wb") as f:
        f.write(data)
    cat = subprocess.Popen(["cat", path], stdout=subprocess.PIPE)
    res = run(lede, ["-"], tmp, stdin=cat.stdout)
    cat.stdout.close()
    cat.wait()
    problem = check_output(res.stdout_path, [data.decode()]) if res.status == 0 else None
    record("stdin_pipe_10mb", len(data), res, 0, None, problem)


def case_mixed_run(lede, tmp, record, expect_err):
    """Good and bad inputs in one run, with one and with two jobs: every good input is still
    analyzed, in order, each bad one is one line on stderr, and the status is 1."""
    good = [os.path.join(FIXTURES, f) for f in sorted(os.listdir(FIXTURES)) if f.endswith(".txt")]
    d = os.path.join(tmp, "dir_in_run")
    os.makedirs(d, exist_ok=True)
    nul = os.path.join(tmp, "nul_in_run.txt")
    with open(nul, "wb") as f:
        f.write(b"Kenya\0raised")
    bad_utf8 = os.path.join(tmp, "bad_utf8_in_run.txt")
    with open(bad_utf8, "wb") as f:
        f.write(b"Kenya \xff raised")
    u16 = os.path.join(tmp, "utf16_in_run.txt")
    with open(u16, "wb") as f:
        f.write(b"\xff\xfe" + open(good[0], encoding="utf-8").read().encode("utf-16-le"))
    fifo = os.path.join(tmp, "fifo_in_run")
    os.mkfifo(fifo)
    fifo_text = open(good[1], encoding="utf-8").read()
    writer = subprocess.Popen(["sh", "-c", 'printf %s "$2" > "$1"', "sh", fifo, fifo_text])
    missing = os.path.join(tmp, "no_such_file.txt")
    inputs = [good[0], d, good[1], nul, good[2], bad_utf8, u16, missing, fifo] + good[3:]
    texts = []
    for p in inputs:
        if p == fifo:
            texts.append(fifo_text)
        elif p in good or p == u16:
            texts.append(decoded(open(p, "rb").read()))
    bad = 4
    for jobs in ("1", "2"):
        if jobs == "2":
            writer.wait()
            writer = subprocess.Popen(["sh", "-c", 'printf %s "$2" > "$1"', "sh", fifo, fifo_text])
        res = run(lede, ["--jobs", jobs] + inputs, tmp, timeout=60)
        problem = check_output(res.stdout_path, texts) if res.status != "hang" else None
        errs = res.stderr.splitlines()
        if problem is None and len(errs) != bad:
            problem = f"{len(errs)} stderr lines for {bad} bad inputs"
        # Keep the first line only for the table; check the rest here.
        if problem is None and not all(e.startswith("lede: ") for e in errs):
            problem = "an error line is not 'lede: FILE: message'"
        res.stderr = errs[0] if errs else ""
        record(f"mixed_run_jobs{jobs} ({len(inputs)} inputs, {bad} bad)", None, res, 1,
               "is a directory", problem)
    writer.wait()


def case_gazetteers(lede, tmp, record, expect_err, scale=1.0):
    """User gazetteers at scale: a 1,000,000-name TSV (parsed on every run), the same
    compiled by `lede gazetteer build` (opened without parsing: load and one article within
    50 ms and 50 MB), one name of 3,000 words over a 240 KB text of its words (refused at
    load: no name may pass 256 bytes) and a name of 256 bytes over that text in capitals
    (every walk reads it to its end, and the run stays well under a second)."""
    count = max(1, int(1_000_000 * scale))
    tsv = os.path.join(tmp, "names.tsv")
    with open(tsv, "wb") as f:
        f.write(gazetteer_tsv(count))
    lgz = os.path.join(tmp, "names.lgz")
    article = os.path.join(FIXTURES, "kenya_fuel_levy.txt")
    text = decoded(open(article, "rb").read())
    res = run(lede, ["--gazetteer", tsv, article], tmp)
    problem = check_output(res.stdout_path, [text]) if res.status == 0 else None
    from_tsv = open(res.stdout_path, "rb").read()
    record(f"gazetteer_{count}_names_tsv", os.path.getsize(tsv), res, 0, None, problem)
    res = run(lede, ["gazetteer", "build", tsv, "-o", lgz], tmp, compact=False)
    record(f"gazetteer_{count}_names_build", os.path.getsize(tsv), res, 0, None)
    if res.status == 0:
        res = run(lede, ["--gazetteer", lgz, article], tmp)
        problem = check_output(res.stdout_path, [text]) if res.status == 0 else None
        if problem is None and open(res.stdout_path, "rb").read() != from_tsv:
            problem = "the compiled list's output differs from the TSV's"
        if problem is None and scale >= 1 and res.rss_kb > 50 * 1024:
            problem = f"peak RSS {res.rss_kb} KB over 50 MB"
        record(f"gazetteer_{count}_names_compiled", os.path.getsize(lgz), res, 0, None, problem)
    words = [w.split()[0] for w in gazetteer_tsv(3000, seed=10).decode().splitlines()[1:]]
    long_tsv = os.path.join(tmp, "long_name.tsv")
    with open(long_tsv, "w") as f:
        f.write(" ".join(words) + "\torganization\n")
    body = os.path.join(tmp, "long_name_text.txt")
    with open(body, "w") as f:
        f.write(((" ".join(words) + ". ") * 10)[:240_000])
    res = run(lede, ["--gazetteer", long_tsv, body], tmp, timeout=60)
    record("gazetteer_3000_word_name", os.path.getsize(body), res, 2,
           "a name may have 256 at most")
    byte_tsv = os.path.join(tmp, "name_256_bytes.tsv")
    with open(byte_tsv, "w") as f:
        f.write(" ".join(["Foo"] * 62 + ["Bar"]) + "\torganization\n")
    caps = os.path.join(tmp, "foo_caps.txt")
    data = (" ".join(["FOO"] * 60_000) + ".\n").encode()
    with open(caps, "wb") as f:
        f.write(data)
    res = run(lede, ["--gazetteer", byte_tsv, caps], tmp, timeout=60)
    problem = check_output(res.stdout_path, [data.decode()]) if res.status == 0 else None
    if problem is None and res.status == 0 and res.seconds > 1:
        problem = f"{res.seconds:.2f} s for a 240 KB text"
    record("gazetteer_256_byte_name_caps_text", len(data), res, 0, None, problem)


def print_table(rows):
    head = ("case", "size", "seconds", "peak RSS", "exit", "first stderr line", "verdict")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    print()
    print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")


def print_scaling(timings):
    pairs = [("lines_1m_one_word", "lines_10m_one_word"),
             ("news_1mb_no_newline", "news_10mb_no_newline"),
             ("news_10mb_no_newline", "news_100mb_no_newline"),
             ("punctuation_1mb", "punctuation_10mb"),
             ("us_10k", "us_100k"),
             ("shuffled_words_2mb", "shuffled_words_40mb"),
             ("open_quote_10k", "open_quote_100k"),
             ("brackets_10k", "brackets_100k"),
             ("mixed_scripts_1mb", "mixed_scripts_10mb")]
    print("\nScaling (time ratio against size ratio; linear is about 1x, quadratic about 10x "
          "for a tenfold size):")
    for small, large in pairs:
        if small in timings and large in timings:
            (s1, t1), (s2, t2) = timings[small], timings[large]
            size_ratio = s2 / s1
            # Process start-up (~10 ms) dominates tiny inputs: floor the small time.
            time_ratio = t2 / max(t1, 0.01)
            growth = time_ratio / size_ratio
            flag = "  <-- superlinear" if growth > 2.5 and t2 > 1 else ""
            print(f"  {small} -> {large}: size x{size_ratio:.1f}, time x{time_ratio:.1f} "
                  f"({growth:.2f}x linear){flag}")


if __name__ == "__main__":
    main()
