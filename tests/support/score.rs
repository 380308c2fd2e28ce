//! Scoring of lede's output against gold files, with the rules of the shared harness's score.py.
//!
//! This is a port of the scoring half of `shared/eval/score.py` (running the system is left to
//! the tests), so that `cargo test` can check figures without Python or `shared/`:
//!
//! - Only the types in a gold file's `"types"` (default all five) are scored in that file, and a
//!   type given as `"amount:money"` scores only gold and predicted amounts of those kinds.
//!   Gold `misc` entities are never expected; they only feed lenient-misc.
//! - strict: exact `(start, end, type)`, each prediction in order taking the first free gold
//!   with that key. partial: the strict pairs, then each unmatched gold in order takes the free
//!   same-type prediction with the largest overlap (ties: the lowest index).
//! - attributes: over partially matched amounts/dates, each `kind`/`value`/`currency` key that
//!   the gold has; numbers compare within `1e-6 * max(1, |gold|)` (a predicted string or bool is
//!   converted as Python's `float()` does), currencies case-insensitively, anything else by
//!   Python's `str()` of both sides.
//! - objects (lede's own, beyond score.py): each gold amount that has an `object` (a noun,
//!   or `null` for none) is right when a partially matched prediction has the same object
//!   (none for `null`); a gold amount without a match is wrong.
//! - sentences: spans trimmed of whitespace (Python's `str.isspace`), compared as sets;
//!   docs-exact when the sorted predicted spans equal the sorted distinct gold spans.
//! - offset mismatches: predicted entities of a known type whose `"text"` is not
//!   `text[start:end]`, scored or not.
//!
//! All offsets are Unicode code point offsets. Known differences from score.py, all on input that
//! no sane system or gold file has: gold files that score.py would crash on (or, for gold
//! offsets that are non-integral numbers, silently accept) make [`Tally::add`] panic; a predicted
//! string value with non-ASCII digits never equals a gold number; `str()` of a dict value lists
//! its keys in serde_json's order and treats fewer characters as unprintable than Python does.
#![allow(dead_code)]

use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write as _;

/// The entity types a system may output, in score.py's order.
pub const TYPES: [&str; 5] = ["person", "place", "organization", "amount", "date"];
const ATTRS: [&str; 3] = ["kind", "value", "currency"];

/// True, false and missed counts, with precision, recall and F1 (`None` when undefined).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    gold: usize,
    pred: usize,
    s_tp: usize,
    p_tp: usize,
    l_fp: usize,
}

#[derive(Debug, Clone, Copy, Default)]
struct SentCounts {
    gold: usize,
    pred: usize,
    tp: usize,
    docs: usize,
    exact: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Strict,
    Partial,
    Lenient,
}

/// Counts accumulated over the files given to [`Tally::add`] (score.py's `Tally`).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// score.py's `--types`: when set, only these types are scored anywhere.
    only: Option<Vec<usize>>,
    /// Per type of `TYPES`; `Some` once a file annotates the type.
    c: [Option<Counts>; 5],
    /// "amount.value" -> (correct, total).
    attr: BTreeMap<String, (usize, usize)>,
    /// Gold amounts with an `object`: (right, total).
    objects: (usize, usize),
    sent: SentCounts,
    files: usize,
    failed: usize,
    offsets: usize,
    has_misc: bool,
}

impl Tally {
    /// A tally that scores only `types`, like score.py's `--types` (empty: no restriction).
    /// Panics on a name that is not one of [`TYPES`], as score.py exits on it.
    pub fn with_types(types: &[&str]) -> Tally {
        let only = types
            .iter()
            .map(|t| type_index(t).unwrap_or_else(|| panic!("unknown type in --types: {t}")))
            .collect::<Vec<_>>();
        Tally {
            only: (!only.is_empty()).then_some(only),
            ..Tally::default()
        }
    }

    /// Scores one document. `text` is the file text (BOM removed), `gold` the parsed
    /// *.gold.json, `pred` the system's JSON value for that file (`Value::Null` counts as a
    /// failed invocation: no predictions, as score.py does for a file whose run failed).
    pub fn add(&mut self, text: &str, gold: &Value, pred: &Value) {
        let chars: Vec<char> = text.chars().collect();
        let doc = Doc::load(&chars, gold, self.only.as_deref());
        let (preds, spans, offsets) = clean_preds(&chars, &doc, pred);
        let (strict, partial) = match_ents(&doc.gold, &preds);
        let mut s_g = vec![false; doc.gold.len()];
        let mut s_p = vec![false; preds.len()];
        for &(i, j) in &strict {
            s_g[i] = true;
            s_p[j] = true;
        }
        let mut p_g = vec![None; doc.gold.len()];
        for &(i, j) in &partial {
            p_g[i] = Some(j);
        }

        self.files += 1;
        self.failed += usize::from(pred.is_null());
        self.offsets += offsets;
        self.has_misc |= !doc.misc.is_empty();
        for &ty in &doc.types {
            self.counts(ty);
        }
        for (i, g) in doc.gold.iter().enumerate() {
            let c = self.counts(g.ty);
            c.gold += 1;
            c.s_tp += usize::from(s_g[i]);
            c.p_tp += usize::from(p_g[i].is_some());
            if let Some(gv) = g.fields.get("object").filter(|_| TYPES[g.ty] == "amount") {
                let pv = p_g[i].and_then(|j| preds[j].fields.get("object"));
                let ok = p_g[i].is_some() && pv.unwrap_or(&Value::Null) == gv;
                self.objects.0 += usize::from(ok);
                self.objects.1 += 1;
            }
            let Some(j) = p_g[i] else { continue };
            if TYPES[g.ty] != "amount" && TYPES[g.ty] != "date" {
                continue;
            }
            for f in ATTRS {
                if let Some(gv) = g.fields.get(f) {
                    let ok = same(f, gv, preds[j].fields.get(f));
                    let a = self.attr.entry(format!("{}.{f}", TYPES[g.ty])).or_default();
                    a.0 += usize::from(ok);
                    a.1 += 1;
                }
            }
        }
        for (j, p) in preds.iter().enumerate() {
            let in_misc = doc.misc.iter().any(|&(a, b)| p.end.min(b) > p.start.max(a));
            let c = self.counts(p.ty);
            c.pred += 1;
            c.l_fp += usize::from(!s_p[j] && in_misc);
        }
        if let Some(gold_sents) = &doc.sents {
            let gold_set: HashSet<(usize, usize)> = gold_sents.iter().copied().collect();
            let pred_set: HashSet<(usize, usize)> = spans.iter().copied().collect();
            let mut sorted = spans.clone();
            sorted.sort_unstable();
            self.sent.gold += gold_set.len();
            self.sent.pred += spans.len();
            self.sent.tp += pred_set.intersection(&gold_set).count();
            self.sent.docs += 1;
            self.sent.exact += usize::from(&sorted == gold_sents);
        }
    }

    /// Strict P/R/F1 of one type, or micro over all scored types with `None`.
    pub fn strict(&self, ty: Option<&str>) -> Prf {
        self.prf(ty, Mode::Strict)
    }

    /// Partial (overlap) P/R/F1 of one type, or micro with `None`.
    pub fn partial(&self, ty: Option<&str>) -> Prf {
        self.prf(ty, Mode::Partial)
    }

    /// Lenient-misc P/R/F1 of one type, or micro with `None`.
    pub fn lenient_misc(&self, ty: Option<&str>) -> Prf {
        self.prf(ty, Mode::Lenient)
    }

    /// Share of right values of e.g. "amount.value"; `None` when no gold had that field.
    pub fn attribute_accuracy(&self, key: &str) -> Option<f64> {
        self.attr.get(key).and_then(|&(ok, total)| ratio(ok, total))
    }

    /// Share of the gold amounts with an `object` whose prediction has the same object;
    /// `None` when no gold amount has one.
    pub fn object_accuracy(&self) -> Option<f64> {
        ratio(self.objects.0, self.objects.1)
    }

    /// Every attribute seen, sorted: (key, correct, total).
    pub fn attributes(&self) -> Vec<(String, usize, usize)> {
        self.attr
            .iter()
            .map(|(k, &(ok, total))| (k.clone(), ok, total))
            .collect()
    }

    /// The types that some file annotated (and `with_types` allowed), in [`TYPES`] order.
    pub fn scored_types(&self) -> Vec<&'static str> {
        (0..TYPES.len())
            .filter(|&i| self.c[i].is_some())
            .map(|i| TYPES[i])
            .collect()
    }

    pub fn sentences(&self) -> Prf {
        let s = &self.sent;
        Prf {
            tp: s.tp,
            fp: s.pred - s.tp,
            fn_: s.gold - s.tp,
        }
    }

    /// (files with all sentences exactly right, files whose gold has sentences).
    pub fn docs_exact(&self) -> (usize, usize) {
        (self.sent.exact, self.sent.docs)
    }

    pub fn offset_mismatches(&self) -> usize {
        self.offsets
    }

    /// (files whose prediction was `null`, files scored).
    pub fn failures(&self) -> (usize, usize) {
        (self.failed, self.files)
    }

    /// One line like score.py's summary line, for test failure messages, plus a per-type table.
    /// The summary line comes last, as in score.py's output.
    pub fn report(&self) -> String {
        let mut out = String::new();
        if self.c.iter().any(Option::is_some) {
            out += &format!(
                "{:<13} {:>5} {:>5} | {:<17} | {:<17} | {}\n",
                "type",
                "gold",
                "pred",
                "strict P / R / F1",
                "partial P / R / F1",
                "lenient-misc P / R / F1"
            );
            let rows = self.scored_types().into_iter().map(Some).chain([None]);
            for ty in rows {
                let s = self.strict(ty);
                let cells = [s, self.partial(ty), self.lenient_misc(ty)].map(|m| {
                    [m.precision(), m.recall(), m.f1()]
                        .map(|x| fmt(x, 5))
                        .join(" ")
                });
                out += &format!(
                    "{:<13} {:>5} {:>5} | {} | {} | {}\n",
                    ty.unwrap_or("micro"),
                    s.tp + s.fn_,
                    s.tp + s.fp,
                    cells[0],
                    cells[1],
                    cells[2]
                );
            }
        } else {
            out += "entities: no entity types annotated in these gold files\n";
        }
        if !self.attr.is_empty() {
            out += "attributes of partially matched amounts/dates (gold has the field):\n";
            for (k, &(ok, total)) in &self.attr {
                let acc = fmt(ratio(ok, total), 5);
                out += &format!("  {k:<20} {ok:>5}/{total:<5} {acc}\n");
            }
        }
        if self.objects.1 > 0 {
            let (ok, total) = self.objects;
            let acc = fmt(ratio(ok, total), 5);
            out += &format!("objects of gold counts and quantities: {ok}/{total} {acc}\n");
        }
        if self.sent.docs > 0 {
            let m = self.sentences();
            let s = &self.sent;
            out += &format!(
                "sentences: gold {} pred {} correct {} | P {} R {} F1 {} | docs exact {}/{} ({:.1}%)\n",
                s.gold,
                s.pred,
                s.tp,
                fmt(m.precision(), 0),
                fmt(m.recall(), 0),
                fmt(m.f1(), 0),
                s.exact,
                s.docs,
                100.0 * s.exact as f64 / s.docs as f64
            );
        }
        out += &self.summary();
        out
    }

    /// score.py's summary line, exactly.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if self.c.iter().any(Option::is_some) {
            let s = self.strict(None);
            parts.push(format!(
                "entities strict F1 {} (P {} R {})",
                fmt(s.f1(), 0),
                fmt(s.precision(), 0),
                fmt(s.recall(), 0)
            ));
            parts.push(format!("partial F1 {}", fmt(self.partial(None).f1(), 0)));
            if self.has_misc {
                let l = self.lenient_misc(None);
                parts.push(format!("lenient-misc F1 {}", fmt(l.f1(), 0)));
            }
        } else {
            parts.push("entities n/a".to_string());
        }
        if self.sent.docs > 0 {
            parts.push(format!(
                "sentences F1 {} docs-exact {}/{}",
                fmt(self.sentences().f1(), 0),
                self.sent.exact,
                self.sent.docs
            ));
        } else {
            parts.push("sentences n/a".to_string());
        }
        parts.push(format!("offset-mismatches {}", self.offsets));
        parts.push(format!("failures {}/{}", self.failed, self.files));
        parts.join(" | ")
    }

    fn counts(&mut self, ty: usize) -> &mut Counts {
        self.c[ty].get_or_insert_with(Counts::default)
    }

    fn prf(&self, ty: Option<&str>, mode: Mode) -> Prf {
        // score.py: `[t] if t else self.c`, so "" means micro too; an unscored type is all zeros.
        let selected: Vec<Counts> = match ty.filter(|t| !t.is_empty()) {
            Some(t) => type_index(t).and_then(|i| self.c[i]).into_iter().collect(),
            None => self.c.iter().flatten().copied().collect(),
        };
        let tot = |f: fn(&Counts) -> usize| selected.iter().map(f).sum::<usize>();
        let tp = if mode == Mode::Partial {
            tot(|c| c.p_tp)
        } else {
            tot(|c| c.s_tp)
        };
        let l_fp = if mode == Mode::Lenient {
            tot(|c| c.l_fp)
        } else {
            0
        };
        Prf {
            tp,
            fp: tot(|c| c.pred) - tp - l_fp,
            fn_: tot(|c| c.gold) - tp,
        }
    }
}

/// score.py's `fmt`: "%*.3f", or "-" right-aligned in the width when undefined.
fn fmt(x: Option<f64>, w: usize) -> String {
    match x {
        Some(x) => format!("{x:w$.3}"),
        None => format!("{}-", " ".repeat(w.saturating_sub(1))),
    }
}

fn type_index(t: &str) -> Option<usize> {
    TYPES.iter().position(|&x| x == t)
}

/// An entity of a known type with integer offsets (which may be out of range for predictions).
struct Ent<'a> {
    ty: usize,
    start: i128,
    end: i128,
    fields: &'a Map<String, Value>,
}

/// One gold file as score.py's `load_gold` sees it.
struct Doc<'a> {
    /// Types scored in this file (indices into `TYPES`).
    types: Vec<usize>,
    /// "amount" -> {"money"} for "amount:money" in `"types"`.
    kinds: HashMap<&'a str, HashSet<&'a str>>,
    gold: Vec<Ent<'a>>,
    misc: Vec<(i128, i128)>,
    /// Sorted distinct trimmed gold sentence spans, when the gold has `"sentences"`.
    sents: Option<Vec<(usize, usize)>>,
}

impl<'a> Doc<'a> {
    fn load(chars: &[char], gold: &'a Value, only: Option<&[usize]>) -> Doc<'a> {
        let obj = gold.as_object().expect("gold: not a JSON object");
        let declared: Vec<&str> = match obj.get("types") {
            None => TYPES.to_vec(),
            Some(Value::Array(a)) => a
                .iter()
                .map(|t| t.as_str().expect("gold: \"types\" holds a non-string"))
                .collect(),
            Some(v) => panic!("gold: \"types\" is not a list: {v}"),
        };
        let mut kinds: HashMap<&str, HashSet<&str>> = HashMap::new();
        let mut types = Vec::new();
        for t in declared {
            let base = match t.split_once(':') {
                Some((base, kind)) => {
                    kinds.entry(base).or_default().insert(kind);
                    base
                }
                None => t,
            };
            if let Some(i) = type_index(base) {
                if !types.contains(&i) && only.is_none_or(|o| o.contains(&i)) {
                    types.push(i);
                }
            }
        }
        let mut doc = Doc {
            types,
            kinds,
            gold: Vec::new(),
            misc: Vec::new(),
            sents: None,
        };
        let ents: &[Value] = match obj.get("entities") {
            None => &[],
            Some(Value::Array(a)) => a,
            Some(v) => panic!("gold: \"entities\" is not a list: {v}"),
        };
        for e in ents {
            let e = e
                .as_object()
                .unwrap_or_else(|| panic!("gold: entity is not an object: {e}"));
            let ty = e
                .get("type")
                .unwrap_or_else(|| panic!("gold: entity without type: {e:?}"));
            let (start, end) = (gold_int(e, "start"), gold_int(e, "end"));
            let Some(ty) = ty.as_str() else { continue };
            if ty == "misc" {
                doc.misc.push((start, end));
            } else if let Some(i) = type_index(ty) {
                if doc.scores(i, e.get("kind")) {
                    doc.gold.push(Ent {
                        ty: i,
                        start,
                        end,
                        fields: e,
                    });
                }
            }
        }
        doc.sents = match obj.get("sentences") {
            None | Some(Value::Null) => None,
            Some(Value::Array(a)) => {
                let mut set = BTreeSet::new();
                for s in a {
                    let s = s
                        .as_object()
                        .unwrap_or_else(|| panic!("gold: sentence is not an object: {s}"));
                    let (start, end) = (gold_int(s, "start"), gold_int(s, "end"));
                    if start < 0 || end > chars.len() as i128 {
                        panic!("gold: sentence span out of the text: {s:?}");
                    }
                    set.insert(trim(chars, start as usize, end as usize));
                }
                Some(set.into_iter().collect())
            }
            Some(v) => panic!("gold: \"sentences\" is not a list: {v}"),
        };
        doc
    }

    /// Is an entity of type `ty` with this `kind` scored in this file?
    fn scores(&self, ty: usize, kind: Option<&Value>) -> bool {
        self.types.contains(&ty)
            && match self.kinds.get(TYPES[ty]) {
                None => true,
                Some(set) => matches!(kind, Some(Value::String(k)) if set.contains(k.as_str())),
            }
    }
}

/// A gold offset: an integer (or an integral float, which Python's dict keys treat alike).
fn gold_int(e: &Map<String, Value>, key: &str) -> i128 {
    let v = e
        .get(key)
        .unwrap_or_else(|| panic!("gold: {key} missing in {e:?}"));
    py_int(Some(v))
        .or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i128))
        .unwrap_or_else(|| panic!("gold: {key} is not an integer in {e:?}"))
}

/// The value if it is a JSON integer (Python `type(x) is int`; floats and bools are not).
fn py_int(v: Option<&Value>) -> Option<i128> {
    match v? {
        Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from)),
        _ => None,
    }
}

/// score.py's `span_ok`, returning the span as indices.
fn span_ok(len: usize, s: Option<i128>, e: Option<i128>) -> Option<(usize, usize)> {
    let (s, e) = (s?, e?);
    (0 <= s && s <= e && e <= len as i128).then_some((s as usize, e as usize))
}

/// score.py's `clean_preds` for a prediction value: (scored entities, trimmed sentence spans,
/// offset mismatches). A value that is not an object has neither entities nor sentences.
fn clean_preds<'a>(
    chars: &[char],
    doc: &Doc,
    value: &'a Value,
) -> (Vec<Ent<'a>>, Vec<(usize, usize)>, usize) {
    let (mut preds, mut spans, mut offsets) = (Vec::new(), Vec::new(), 0);
    let Value::Object(value) = value else {
        return (preds, spans, offsets);
    };
    if let Some(Value::Array(ents)) = value.get("entities") {
        for e in ents {
            let Some(e) = e.as_object() else { continue };
            let Some(Value::String(ty)) = e.get("type") else {
                continue;
            };
            let (Some(start), Some(end)) = (py_int(e.get("start")), py_int(e.get("end"))) else {
                continue;
            };
            let Some(ty) = type_index(ty) else { continue };
            let text_ok = match (span_ok(chars.len(), Some(start), Some(end)), e.get("text")) {
                (Some((s, t)), Some(Value::String(said))) => {
                    chars[s..t].iter().copied().eq(said.chars())
                }
                _ => false,
            };
            offsets += usize::from(!text_ok);
            if doc.scores(ty, e.get("kind")) {
                preds.push(Ent {
                    ty,
                    start,
                    end,
                    fields: e,
                });
            }
        }
    }
    if let Some(Value::Array(sents)) = value.get("sentences") {
        for s in sents {
            let Some(s) = s.as_object() else { continue };
            if let Some((a, b)) = span_ok(chars.len(), py_int(s.get("start")), py_int(s.get("end")))
            {
                spans.push(trim(chars, a, b));
            }
        }
    }
    (preds, spans, offsets)
}

/// score.py's `trim`: drop leading and trailing `str.isspace` characters from a span.
fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && py_isspace(chars[s]) {
        s += 1;
    }
    while e > s && py_isspace(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// Python's `str.isspace` for one character (Unicode 14 as in Python 3.11; differs from
/// `char::is_whitespace` on U+001C..U+001F).
fn py_isspace(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

fn overlap(a: &Ent, b: &Ent) -> i128 {
    a.end.min(b.end) - a.start.max(b.start)
}

type Pairs = Vec<(usize, usize)>;

/// score.py's `match`: (strict pairs, partial pairs) of (gold index, prediction index).
fn match_ents(gold: &[Ent], pred: &[Ent]) -> (Pairs, Pairs) {
    let mut index: HashMap<(i128, i128, usize), VecDeque<usize>> = HashMap::new();
    for (i, g) in gold.iter().enumerate() {
        index
            .entry((g.start, g.end, g.ty))
            .or_default()
            .push_back(i);
    }
    let mut strict = Vec::new();
    for (j, p) in pred.iter().enumerate() {
        if let Some(i) = index
            .get_mut(&(p.start, p.end, p.ty))
            .and_then(VecDeque::pop_front)
        {
            strict.push((i, j));
        }
    }
    let mut partial = strict.clone();
    let mut gm = vec![false; gold.len()];
    let mut pm = vec![false; pred.len()];
    for &(i, j) in &strict {
        gm[i] = true;
        pm[j] = true;
    }
    for (i, g) in gold.iter().enumerate() {
        if gm[i] {
            continue;
        }
        // max((overlap, -j)): the largest overlap, then the lowest index.
        let mut best: Option<(i128, usize)> = None;
        for (j, p) in pred.iter().enumerate() {
            if pm[j] || p.ty != g.ty {
                continue;
            }
            let ov = overlap(g, p);
            let better = match best {
                None => true,
                Some((b, _)) => ov > b,
            };
            if ov > 0 && better {
                best = Some((ov, j));
            }
        }
        if let Some((_, j)) = best {
            partial.push((i, j));
            pm[j] = true;
        }
    }
    (strict, partial)
}

/// score.py's `same`: is the predicted field value `p` right for gold value `g`?
fn same(field: &str, g: &Value, p: Option<&Value>) -> bool {
    if let Value::Number(n) = g {
        let g = n.as_f64().unwrap_or(f64::NAN);
        return match p.and_then(py_float) {
            Some(p) => (p - g).abs() <= 1e-6 * g.abs().max(1.0),
            None => false,
        };
    }
    match p {
        None | Some(Value::Null) => false,
        Some(p) if field == "currency" => py_str(p).to_uppercase() == py_str(g).to_uppercase(),
        Some(p) => py_str(p) == py_str(g),
    }
}

/// Python's `float(x)` on a JSON value; `None` where Python raises TypeError or ValueError.
fn py_float(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::String(s) => parse_py_float(s),
        _ => None,
    }
}

/// Python's `float(str)`: surrounding whitespace allowed, `_` only between digits, and
/// inf/infinity/nan in any case (ASCII digits only).
fn parse_py_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(py_isspace);
    let b = s.as_bytes();
    let mut plain = String::with_capacity(s.len());
    for (k, c) in s.char_indices() {
        if c == '_' {
            let digit_before = k > 0 && b[k - 1].is_ascii_digit();
            let digit_after = b.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !(digit_before && digit_after) {
                return None;
            }
        } else {
            plain.push(c);
        }
    }
    plain.parse().ok()
}

/// Python's `str()` of a value parsed from JSON.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        v => py_repr(v),
    }
}

/// Python's `repr()` of a value parsed from JSON.
fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(u)) => u.to_string(),
            _ => py_float_repr(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => py_repr_str(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => {
            let items = m
                .iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect::<Vec<_>>();
            format!("{{{}}}", items.join(", "))
        }
    }
}

/// Python's `repr()` of a float: the shortest round-trip digits, in exponent form when the
/// decimal point would sit more than 16 places right or 4 or more places left of them.
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    let n = digits.len() as i32;
    let decpt = exp + 1;
    let body = if decpt <= -4 || decpt > 16 {
        let m = if n > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt < n {
        let (a, b) = digits.split_at(decpt as usize);
        format!("{a}.{b}")
    } else {
        format!("{digits}{}.0", "0".repeat((decpt - n) as usize))
    };
    format!("{sign}{body}")
}

/// Python's `repr()` of a string (printability approximated).
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        let u = c as u32;
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if u < 0x20 || u == 0x7f => {
                let _ = write!(out, "\\x{u:02x}");
            }
            _ if u < 0x7f || py_printable(c) => out.push(c),
            _ if u <= 0xff => {
                let _ = write!(out, "\\x{u:02x}");
            }
            _ if u <= 0xffff => {
                let _ = write!(out, "\\u{u:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{u:08x}");
            }
        }
    }
    out.push(quote);
    out
}

fn py_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{ad}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{feff}'
        ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// An entity at code point offsets `s..e` of `text`, with the right `"text"`.
    fn ent(text: &str, ty: &str, s: usize, e: usize) -> Value {
        let said: String = text.chars().skip(s).take(e - s).collect();
        json!({"type": ty, "start": s, "end": e, "text": said})
    }

    fn with(mut v: Value, key: &str, x: Value) -> Value {
        v[key] = x;
        v
    }

    fn prf(tp: usize, fp: usize, fn_: usize) -> Prf {
        Prf { tp, fp, fn_ }
    }

    const OBAMA: &str = "Barack Obama met Angela Merkel in Berlin.";

    #[test]
    fn strict_versus_partial() {
        let t = OBAMA;
        let gold = json!({"entities": [ent(t, "person", 0, 12), ent(t, "person", 17, 30),
                                       ent(t, "place", 34, 40)]});
        let pred = json!({"entities": [ent(t, "person", 7, 12), ent(t, "person", 17, 30),
                                       ent(t, "organization", 34, 40)]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        assert_eq!(tally.strict(None), prf(1, 2, 2));
        assert_eq!(tally.partial(None), prf(2, 1, 1));
        assert_eq!(tally.strict(Some("person")), prf(1, 1, 1));
        assert_eq!(tally.partial(Some("person")), prf(2, 0, 0));
        assert_eq!(tally.strict(Some("place")), prf(0, 0, 1));
        assert_eq!(tally.strict(Some("organization")), prf(0, 1, 0));
        assert_eq!(tally.strict(Some("date")), prf(0, 0, 0));
        assert_eq!(
            tally.strict(Some("")),
            tally.strict(None),
            "'' is micro, as in score.py"
        );
        assert_eq!(tally.strict(Some("nonsense")), prf(0, 0, 0));
        assert_eq!(tally.strict(None).precision(), Some(1.0 / 3.0));
        assert_eq!(tally.strict(None).f1(), Some(2.0 / 6.0));
        assert_eq!(tally.strict(Some("date")).f1(), None);
        assert_eq!(tally.lenient_misc(None), tally.strict(None));
        assert_eq!(
            tally.scored_types(),
            ["person", "place", "organization", "amount", "date"]
        );
        assert_eq!(tally.failures(), (0, 1));
    }

    fn ents(spans: &[(&str, i128, i128)], fields: &Map<String, Value>) -> Vec<Ent<'static>> {
        let fields: &'static Map<String, Value> = Box::leak(Box::new(fields.clone()));
        spans
            .iter()
            .map(|&(ty, start, end)| Ent {
                ty: type_index(ty).unwrap(),
                start,
                end,
                fields,
            })
            .collect()
    }

    #[test]
    fn partial_pairing_order() {
        let m = Map::new();
        // A tie in overlap goes to the lower prediction index; the next gold gets the other.
        let gold = ents(&[("person", 0, 10), ("person", 4, 9)], &m);
        let pred = ents(&[("person", 2, 6), ("person", 5, 9)], &m);
        assert_eq!(match_ents(&gold, &pred), (vec![], vec![(0, 0), (1, 1)]));
        // The largest overlap wins over a lower index; other types are never paired.
        let gold = ents(&[("person", 0, 10)], &m);
        let pred = ents(&[("place", 0, 10), ("person", 8, 12), ("person", 0, 5)], &m);
        assert_eq!(match_ents(&gold, &pred), (vec![], vec![(0, 2)]));
        // Greedy in gold order, not an optimal assignment; touching spans do not overlap.
        let gold = ents(&[("date", 0, 10), ("date", 8, 12)], &m);
        let pred = ents(&[("date", 0, 2), ("date", 5, 12)], &m);
        assert_eq!(match_ents(&gold, &pred), (vec![], vec![(0, 1)]));
        let gold = ents(&[("date", 0, 5)], &m);
        let pred = ents(&[("date", 5, 8)], &m);
        assert_eq!(match_ents(&gold, &pred), (vec![], vec![]));
        // Exact pairs first, each prediction taking the first free gold with its key; then a
        // duplicate gold pairs partially with an earlier prediction.
        let gold = ents(&[("amount", 3, 6), ("amount", 3, 6), ("amount", 0, 2)], &m);
        let pred = ents(
            &[
                ("amount", 2, 7),
                ("amount", 3, 6),
                ("amount", 3, 6),
                ("amount", 3, 6),
            ],
            &m,
        );
        let (strict, partial) = match_ents(&gold, &pred);
        assert_eq!(strict, vec![(0, 1), (1, 2)]);
        assert_eq!(partial, vec![(0, 1), (1, 2)]);
        let gold = ents(&[("amount", 3, 6), ("amount", 3, 6)], &m);
        let pred = ents(&[("amount", 2, 7), ("amount", 3, 6)], &m);
        assert_eq!(
            match_ents(&gold, &pred),
            (vec![(0, 1)], vec![(0, 1), (1, 0)])
        );
        // Reversed or negative predicted offsets take part in the arithmetic as in Python.
        let gold = ents(&[("place", 0, 4)], &m);
        let pred = ents(&[("place", 5, -1), ("place", -3, 2)], &m);
        assert_eq!(match_ents(&gold, &pred), (vec![], vec![(0, 1)]));
    }

    #[test]
    fn type_restriction() {
        let t = OBAMA;
        let gold = json!({"types": ["person", "bogus"],
                          "entities": [ent(t, "person", 0, 12), ent(t, "place", 34, 40)]});
        let pred = json!({"entities": [ent(t, "person", 0, 12), ent(t, "place", 34, 40),
                                       with(ent(t, "date", 0, 6), "text", json!("wrong"))]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        assert_eq!(tally.strict(None), prf(1, 0, 0));
        assert_eq!(tally.strict(Some("place")), prf(0, 0, 0));
        assert_eq!(tally.scored_types(), ["person"]);
        assert_eq!(tally.offset_mismatches(), 1, "unscored types still count");
        // A file annotating no type leaves the tally without entity figures.
        let mut none = Tally::default();
        none.add(
            t,
            &json!({"types": [], "entities": [ent(t, "person", 0, 12)]}),
            &pred,
        );
        assert!(none.scored_types().is_empty());
        assert!(none.summary().starts_with("entities n/a | sentences n/a"));
        // Gold misc is never expected, but an unmatched prediction over it is no lenient FP.
        let gold = json!({"entities": [ent(t, "misc", 17, 30), ent(t, "place", 34, 40)]});
        let pred = json!({"entities": [ent(t, "organization", 17, 23), ent(t, "place", 34, 40)]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        assert_eq!(tally.strict(None), prf(1, 1, 0));
        assert_eq!(tally.lenient_misc(None), prf(1, 0, 0));
        assert!(tally.summary().contains("| lenient-misc F1 1.000 |"));
        // The --types restriction.
        let mut only = Tally::with_types(&["place", "date"]);
        let gold = json!({"entities": [ent(t, "person", 0, 12), ent(t, "place", 34, 40)]});
        only.add(t, &gold, &pred);
        assert_eq!(only.scored_types(), ["place", "date"]);
        assert_eq!(only.strict(None), prf(1, 0, 0));
    }

    #[test]
    fn kind_restriction() {
        let t = "Costs rose 5% to $5 on Monday.";
        let money = with(ent(t, "amount", 17, 19), "kind", json!("money"));
        let percent = with(ent(t, "amount", 11, 13), "kind", json!("percent"));
        let monday = ent(t, "date", 23, 29);
        let gold = json!({"types": ["amount:money", "date"],
                          "entities": [money, percent, monday]});
        let pred = json!({"entities": [
            percent,
            ent(t, "amount", 11, 13),               // no kind: not scored
            with(ent(t, "amount", 17, 19), "kind", json!(1)),
            money,
            ent(t, "date", 23, 26),
        ]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        assert_eq!(tally.strict(Some("amount")), prf(1, 0, 0));
        assert_eq!(tally.strict(Some("date")), prf(0, 1, 1));
        assert_eq!(tally.partial(Some("date")), prf(1, 0, 0));
        assert_eq!(tally.scored_types(), ["amount", "date"]);
        // Both kinds named: both scored.
        let gold =
            json!({"types": ["amount:money", "amount:percent"], "entities": [money, percent]});
        let mut both = Tally::default();
        both.add(t, &gold, &pred);
        assert_eq!(both.strict(None), prf(2, 0, 0));
    }

    #[test]
    fn attribute_comparison() {
        let t = "It cost US$45 million on 2 January 2020, up 3%.";
        let gold_amount = json!({"type": "amount", "start": 8, "end": 21, "text": "US$45 million",
                                 "kind": "money", "value": 45_000_000, "currency": "USD"});
        let gold_date = json!({"type": "date", "start": 25, "end": 39, "text": "2 January 2020",
                               "value": "2020-01-02"});
        let gold_pct = json!({"type": "amount", "start": 44, "end": 46, "text": "3%",
                              "kind": "percent", "value": "3", "currency": null});
        let gold = json!({"entities": [gold_amount, gold_date, gold_pct]});
        let score = |amount: Value, date: Value, pct: Value| {
            let mut tally = Tally::default();
            tally.add(t, &gold, &json!({"entities": [amount, date, pct]}));
            tally
        };
        let tally = score(
            // partial match, value within 1e-6 relative, currency case-insensitive
            json!({"type": "amount", "start": 10, "end": 21, "text": "$45 million",
                   "kind": "money", "value": 45_000_040.0, "currency": "usd"}),
            json!({"type": "date", "start": 25, "end": 39, "text": "2 January 2020",
                   "value": "2020-01-02", "kind": "date"}),
            // a gold string value against a number: "3" == str(3)
            json!({"type": "amount", "start": 44, "end": 46, "text": "3%",
                   "kind": "percent", "value": 3, "currency": "None"}),
        );
        assert_eq!(tally.attribute_accuracy("amount.value"), Some(1.0));
        assert_eq!(tally.attribute_accuracy("amount.kind"), Some(1.0));
        assert_eq!(tally.attribute_accuracy("amount.currency"), Some(1.0));
        assert_eq!(tally.attribute_accuracy("date.value"), Some(1.0));
        assert_eq!(
            tally.attribute_accuracy("date.kind"),
            None,
            "gold has no date kind"
        );
        assert_eq!(
            tally.attributes(),
            [
                ("amount.currency".to_string(), 2, 2),
                ("amount.kind".to_string(), 2, 2),
                ("amount.value".to_string(), 2, 2),
                ("date.value".to_string(), 1, 1),
            ]
        );
        let tally = score(
            json!({"type": "amount", "start": 8, "end": 21, "text": "US$45 million",
                   "kind": "Money", "value": 45_000_046.0, "currency": "US$"}),
            json!({"type": "date", "start": 25, "end": 39, "text": "2 January 2020",
                   "value": "2020-1-2"}),
            json!({"type": "amount", "start": 44, "end": 46, "text": "3%",
                   "kind": "percent", "value": 3.0}),
        );
        assert_eq!(
            tally.attribute_accuracy("amount.value"),
            Some(0.0),
            "45.0 is not '3'"
        );
        assert_eq!(tally.attribute_accuracy("amount.kind"), Some(0.5));
        assert_eq!(tally.attribute_accuracy("amount.currency"), Some(0.0));
        assert_eq!(tally.attribute_accuracy("date.value"), Some(0.0));
        // Unmatched golds and other types are not counted.
        let tally = score(json!({}), ent(t, "person", 25, 39), json!(null));
        assert!(tally.attributes().is_empty());

        assert!(same("value", &json!(45e6), Some(&json!(" 4_5e6\n"))));
        assert!(same("value", &json!(1), Some(&json!(true))));
        assert!(same("value", &json!(0.5), Some(&json!(0.5000001))));
        assert!(!same("value", &json!(0.5), Some(&json!(0.500002))));
        assert!(!same("value", &json!(5), Some(&json!("5 million"))));
        assert!(!same("value", &json!(5), Some(&json!([5]))));
        assert!(!same("value", &json!(5), None));
        assert!(!same("value", &json!(null), None));
        assert!(same("value", &json!(null), Some(&json!("None"))));
        assert!(same("value", &json!(true), Some(&json!("True"))));
        assert!(same("value", &json!([1, "a"]), Some(&json!("[1, 'a']"))));
        assert!(same("currency", &json!("eur"), Some(&json!("EUR"))));
        assert!(!same("value", &json!("eur"), Some(&json!("EUR"))));
    }

    #[test]
    fn object_accuracy() {
        let t = OBAMA;
        let count = |s, e| with(ent(t, "amount", s, e), "kind", json!("count"));
        // Gold: a noun, none (null), another noun. Predicted: the same noun, no object, and
        // nothing for the third.
        let gold = json!({"entities": [with(count(0, 6), "object", json!("men")),
                                       with(count(7, 12), "object", Value::Null),
                                       with(count(17, 23), "object", json!("nouns"))]});
        let pred = json!({"entities": [with(count(0, 6), "object", json!("men")), count(7, 12)]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        assert_eq!(tally.object_accuracy(), Some(2.0 / 3.0));
        assert!(tally
            .report()
            .contains("objects of gold counts and quantities: 2/3"));
        assert_eq!(Tally::default().object_accuracy(), None);
    }

    #[test]
    fn python_number_forms() {
        for (x, s) in [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (45e6, "45000000.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e20, "1.5e+20"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-1.25e-7, "-1.25e-07"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123.456, "123.456"),
            (1e100, "1e+100"),
        ] {
            assert_eq!(py_float_repr(x), s);
        }
        assert_eq!(py_str(&json!(3)), "3");
        assert_eq!(py_str(&json!(-3)), "-3");
        assert_eq!(py_str(&json!(u64::MAX)), "18446744073709551615");
        assert_eq!(py_str(&json!(3.0)), "3.0");
        assert_eq!(
            py_repr(&json!(["it's", "a\"b'", "\u{e9}\n\u{200b}"])),
            "[\"it's\", 'a\"b\\'', 'é\\n\\u200b']"
        );
        assert_eq!(parse_py_float("1_000.5"), Some(1000.5));
        assert_eq!(
            parse_py_float("\u{3000}-Infinity "),
            Some(f64::NEG_INFINITY)
        );
        assert!(parse_py_float("nan").is_some_and(f64::is_nan));
        assert_eq!(parse_py_float(".5e1"), Some(5.0));
        for bad in [
            "", " ", "1__0", "_1", "1_", "1_.5", "1._5", "1e", "0x10", "1 0", "in_f", ".",
        ] {
            assert_eq!(parse_py_float(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sentence_trimming() {
        let t = " First one.\u{3000}\u{1c}Second one.\n\n\u{a0}Third.\u{2029}";
        let gold = json!({"entities": [], "sentences": [
            {"start": 0, "end": 13, "text": " First one.\u{3000}\u{1c}"},
            {"start": 13, "end": 27, "text": "Second one.\n\n\u{a0}"},
            {"start": 25, "end": 34, "text": "\n\u{a0}Third.\u{2029}"},
            {"start": 27, "end": 33, "text": "Third."},
        ]});
        let exact = json!({"sentences": [
            {"start": 27, "end": 34}, {"start": 1, "end": 11}, {"start": 11, "end": 27},
        ]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &exact);
        assert_eq!(tally.sentences(), prf(3, 0, 0));
        assert_eq!(tally.docs_exact(), (1, 1));
        // A duplicate is an extra prediction and spoils docs-exact; a bad span is dropped.
        let dup = json!({"sentences": [
            {"start": 1, "end": 11}, {"start": 0, "end": 12}, {"start": 13, "end": 25},
            {"start": 0, "end": 35}, {"start": 9, "end": 2}, {"start": 26.0, "end": 33},
        ]});
        tally.add(t, &gold, &dup);
        assert_eq!(tally.sentences(), prf(5, 1, 1));
        assert_eq!(tally.docs_exact(), (1, 2));
        // No "sentences" in the output: all missed; no "sentences" in the gold: not scored.
        tally.add(t, &gold, &json!({}));
        tally.add(t, &json!({"entities": []}), &exact);
        assert_eq!(tally.sentences(), prf(5, 1, 4));
        assert_eq!(tally.docs_exact(), (1, 3));
        assert_eq!(trim(&['\u{1f}', 'a', '\u{1e}'], 0, 3), (1, 2));
        assert_eq!(trim(&[' ', ' '], 0, 2), (2, 2));
        assert!(!py_isspace('\u{200b}') && !py_isspace('\u{180e}') && py_isspace('\u{85}'));
    }

    #[test]
    fn offset_mismatches_count_code_points() {
        let t = "Zürich – 5 € für 😀 Müller.";
        let at = |s: usize, e: usize| t.chars().skip(s).take(e - s).collect::<String>();
        assert_eq!(at(11, 12), "€");
        assert_eq!(at(19, 25), "Müller");
        let byte_start = t.find("Müller").unwrap();
        assert_eq!((t.find('5'), byte_start), (Some(12), 28));
        let gold = json!({"entities": [ent(t, "person", 19, 25), ent(t, "place", 0, 6)]});
        let pred = json!({"entities": [
            ent(t, "person", 19, 25),                                            // right
            json!({"type": "place", "start": 0, "end": 6, "text": "Zürich"}),   // right
            json!({"type": "amount", "start": 9, "end": 12, "text": "5 €"}),    // right
            json!({"type": "person", "start": byte_start, "end": byte_start + 7,
                   "text": "Müller"}),                                          // byte offsets
            json!({"type": "amount", "start": 12, "end": 17, "text": "5 €"}),   // byte offsets
            json!({"type": "date", "start": 20, "end": 40, "text": "x"}),       // out of range
            json!({"type": "date", "start": 0, "end": 6}),                      // no text
            json!({"type": "person", "start": 19, "end": 25, "text": ["Müller"]}),
            json!({"type": "misc", "start": 0, "end": 1, "text": "?"}),         // unknown type
            json!({"type": "place", "start": 0.0, "end": 6, "text": "?"}),      // malformed
            json!({"type": "place", "start": true, "end": 6, "text": "?"}),     // malformed
            json!("not an entity"),
        ]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        assert_eq!(tally.offset_mismatches(), 5);
        // Mismatched entities are still scored by their offsets.
        assert_eq!(tally.strict(Some("person")), prf(1, 2, 0));
        assert_eq!(tally.strict(Some("amount")), prf(0, 2, 0));
        assert_eq!(tally.strict(Some("date")), prf(0, 2, 0));
        assert_eq!(tally.strict(None), prf(2, 6, 0));
        // A failed file: no predictions, all gold missed.
        tally.add(t, &gold, &Value::Null);
        assert_eq!(tally.failures(), (1, 2));
        assert_eq!(tally.strict(None), prf(2, 6, 2));
        // An output that is not an object has no predictions but is no failure.
        tally.add(t, &gold, &json!([]));
        assert_eq!(tally.failures(), (1, 3));
    }

    #[test]
    fn report_lines() {
        let t = OBAMA;
        let gold = json!({"entities": [ent(t, "person", 0, 12), ent(t, "person", 17, 30),
                                       ent(t, "place", 34, 40)],
                          "sentences": [{"start": 0, "end": 41}]});
        let pred = json!({"entities": [ent(t, "person", 7, 12), ent(t, "person", 17, 30),
                                       ent(t, "place", 34, 40)],
                          "sentences": [{"start": 0, "end": 41}]});
        let mut tally = Tally::default();
        tally.add(t, &gold, &pred);
        tally.add(t, &gold, &Value::Null);
        assert_eq!(
            tally.summary(),
            "entities strict F1 0.444 (P 0.667 R 0.333) | partial F1 0.667 | sentences F1 0.667 \
             docs-exact 1/2 | offset-mismatches 0 | failures 1/2"
        );
        let report = tally.report();
        assert!(report.ends_with(&tally.summary()));
        assert!(report.contains(
            "person            4     2 | 0.500 0.250 0.333 | 1.000 0.500 0.667 | 0.500 0.250 0.333\n"
        ));
        assert!(report.contains("date              0     0 |     -     -     - |"));
        assert!(report.contains("micro             6     3 | 0.667 0.333 0.444 |"));
        assert!(report.contains("docs exact 1/2 (50.0%)"));
    }
}
