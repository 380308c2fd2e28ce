#!/usr/bin/env python3
"""Repeats every pair of short news pieces thousands of times and runs lede on each.

Rule-based scanners go wrong on repetition: a rule that looks ahead for more of the same
recurses once per repeat (a stack overflow), and a rule that rereads what came before is
quadratic. This sweep feeds lede every ordered pair of the pieces below, repeated --times
times (default 20,000: 40 KB to 600 KB an input), and reports each pair that exits
non-zero, writes to standard error, or takes longer than --limit seconds. A clean run
prints only the summary line. Each finding is a regression case for tests/adversarial.rs.

    scripts/repeat_pairs.py                     # build the release binary, sweep
    scripts/repeat_pairs.py --lede PATH         # sweep with this binary
    scripts/repeat_pairs.py --times 50000       # longer inputs

Needs Python 3.8+. About 5,000 runs: two to three minutes on one core.
"""

import argparse
import itertools
import subprocess
import sys
import time

from adversarial import release_binary

# Words and marks that open or continue the rules' look-aheads: dates, amounts, names,
# titles, initialisms, quotation marks, brackets, list markers, and other scripts.
PIECES = [
    "the ", "a ", "‘", "’", "“", "”", "\"", "'", "(", ")", "Mr. ", "$", "1", " ", ".", ",",
    "-", "—", "\n", "January ", "Monday ", "last ", "next ", "of ", "and ", "U.S.", "Hun ",
    "Sen ", "said ", "A", "•", "1.", "%", "million ", "half ", "quarter ", "twenty", "St.",
    "Ltd", "BBC ", "PARIS", ":", "/", "@", "#", "*", "?", "!", "…", "é", "\u0301", "\u200f",
    "👍", "中", "in ", "on ", "at ", "from ", "to ", "between ", "since ", "ago ", "this ",
    "that ", "early ", "late ", "mid-", "the 1990s ", "the 21st ",
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lede", help="the binary to run (default: build target/release/lede)")
    ap.add_argument("--times", type=int, default=20000, help="repeats of each pair")
    ap.add_argument("--limit", type=float, default=2.0, help="seconds a run may take")
    opts = ap.parse_args()
    lede = release_binary(opts.lede)
    bad = 0
    start = time.monotonic()
    pairs = list(itertools.product(PIECES, repeat=2))
    for a, b in pairs:
        data = ((a + b) * opts.times).encode()
        t = time.monotonic()
        try:
            r = subprocess.run([lede, "--compact"], input=data, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, timeout=max(opts.limit * 10, 30))
            status, err = r.returncode, r.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            status, err = "timeout", ""
        seconds = time.monotonic() - t
        if status != 0 or err or seconds > opts.limit:
            bad += 1
            print(f"{a + b!r} x {opts.times}: exit {status}, {seconds:.2f} s, "
                  f"{err.strip().splitlines()[-1] if err.strip() else ''}", flush=True)
    print(f"{len(pairs)} pairs x {opts.times} in {time.monotonic() - start:.0f} s: "
          f"{bad} failed or slow")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
