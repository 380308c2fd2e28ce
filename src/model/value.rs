//! The normalized value of an amount or a date ([`Value`]) and how a money amount's
//! currency was decided ([`CurrencyBasis`]).

use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

/// The normalized value of an amount or a date.
#[derive(Debug, Clone)]
pub enum Value {
    /// An amount: the number, scale applied. Written as an integer when it is one (below
    /// 9e15), else as a float.
    Number(f64),
    /// An amount given as a range ("$3-5 million"): its lower and upper ends.
    Range(f64, f64),
    /// A date: its ISO 8601 / TIMEX3 value ("2024-03-03", "P3Y", "XXXX-WXX-1"); or, for a
    /// run of days ("12-14 June"), its first and last day as an ISO 8601 interval,
    /// `FIRST/LAST` ("2026-06-12/2026-06-14", each day in ten bytes), and for a range of
    /// durations ("12 to 24 months") its shortest and longest (`P12M/P24M`), which the
    /// output writes as `min` and `max` (no TIMEX3 value holds a "/").
    Text(Timex),
}

/// A TIMEX3 value, kept inline when it is short, as nearly all are ("2026-03-04T22:00" has
/// sixteen bytes): a heap copy for every date was a tenth of the memory of a large input.
/// Reads as a `str`.
#[derive(Clone, PartialEq, Eq)]
pub struct Timex(Repr);

#[derive(Clone, PartialEq, Eq)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

/// The longest value kept inline.
const INLINE: usize = 22;

impl Timex {
    /// The value as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }
}

impl Timex {
    /// Whether the value is an interval, `FIRST/LAST` (no TIMEX3 value holds a "/"): of
    /// days, told by the byte after the first day (`2026-06-12/`, `XXXX-06-12/`), or of
    /// durations (`P12M/P24M`).
    #[inline]
    pub fn is_interval(&self) -> bool {
        let b = self.as_bytes();
        b.get(10) == Some(&b'/') || (b.len() >= 7 && b[0] == b'P' && b.contains(&b'/'))
    }

    /// The value's bytes, without the check of [`Timex::as_str`]: for writers of bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }
}

impl From<&str> for Timex {
    fn from(s: &str) -> Self {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Timex(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Timex(Repr::Heap(s.into()))
        }
    }
}

impl From<String> for Timex {
    fn from(s: String) -> Self {
        Timex::from(s.as_str())
    }
}

impl std::ops::Deref for Timex {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Value {
    /// The number as the output writes it: an integer when it is one.
    pub fn integer(v: f64) -> Option<i64> {
        (v.fract() == 0.0 && v.abs() < 9e15).then_some(v as i64)
    }

    /// The text of a date's value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(t) if !t.is_interval() => Some(t),
            _ => None,
        }
    }

    /// Whether this is a range: its ends are the output's `min` and `max`, it has no
    /// `value`.
    pub fn is_range(&self) -> bool {
        match self {
            Value::Range(..) => true,
            Value::Text(t) => t.is_interval(),
            Value::Number(_) => false,
        }
    }

    /// The ends of a range, as the output's `min` and `max` write them: numbers for an
    /// amount ("$3-5 million") or a year range ("2009-2010"), dates for a run of days.
    pub fn ends(&self) -> Option<(Value, Value)> {
        match self {
            Value::Range(min, max) => Some((Value::Number(*min), Value::Number(*max))),
            Value::Text(t) if t.is_interval() => {
                let (a, b) = t.split_once('/')?;
                Some((Value::Text(a.into()), Value::Text(b.into())))
            }
            Value::Text(_) | Value::Number(_) => None,
        }
    }

    /// The value as JSON, exactly as it is serialized.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Number(v) => match Value::integer(*v) {
                Some(i) => serde_json::Value::from(i),
                None => serde_json::Value::from(*v),
            },
            _ => match self.ends() {
                Some((min, max)) => serde_json::json!({"min": min.to_json(), "max": max.to_json()}),
                None => serde_json::Value::from(self.as_str()),
            },
        }
    }

    /// A key that is equal for values the output writes the same way.
    fn key(&self) -> (u8, u64, u64, &[u8]) {
        match self {
            Value::Number(v) => match Value::integer(*v) {
                Some(i) => (0, i as u64, 0, b""),
                None => (1, float_bits(*v), 0, b""),
            },
            Value::Range(min, max) => (2, float_bits(*min), float_bits(*max), b""),
            Value::Text(t) => (3, 0, 0, t.as_bytes()),
        }
    }
}

/// The bits of a float, the same for the floats JSON writes the same way (0 and -0, NaNs).
fn float_bits(v: f64) -> u64 {
    if v.is_nan() {
        f64::NAN.to_bits()
    } else {
        (v + 0.0).to_bits()
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Value {}

impl Hash for Value {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(v) => match Value::integer(*v) {
                Some(i) => s.serialize_i64(i),
                None => s.serialize_f64(*v),
            },
            Value::Text(t) if !t.is_interval() => s.serialize_str(t),
            _ => self.to_json().serialize(s),
        }
    }
}

/// The value as JSON text ("45000000", "0.5", "\"2024-03-03\"").
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_json().fmt(f)
    }
}

/// How the year of a date written without one was chosen (shown by `--explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearBasis {
    /// A past-tense cue: the last occurrence.
    Past,
    /// A future-tense cue: the next occurrence.
    Future,
    /// No cue: the nearest occurrence, a future one counting half as far again.
    Nearest,
    /// A past-tense cue that would reach more than nine months back: the nearest instead.
    PastTooFar,
    /// A deadline whose future cue would reach nearly a year ahead of a date just gone
    /// ("by Jan. 14", written on January 15): the date just gone.
    JustGone,
    /// The year the sentence opens with ("In 2015, it moved in March").
    Frame,
    /// A past told at the date itself ("since January", "the year ended Jan. 31"): the last
    /// occurrence, however far back.
    PastAtDate,
    /// A quarter or half that ended in the last four months, which a future verb reports on.
    Reported,
    /// A phrase told from the last date named ("the next day") before any date is named:
    /// told from the reference date.
    Reference,
    /// The same day named before in the article, whose year it takes ("log 2145 of 14
    /// March" after "on Saturday 14 March").
    Repeated,
    /// The end of a run of months, on or after the month that opens it ("March" of "from
    /// October to March").
    RunEnd,
    /// The start of a run of months told in the past, at or before the month that ends it
    /// ("January" of "between January and October, sales rose").
    RunStart,
    /// The year of a timeline's entry ("March 2023 - ... on March 29") or of its section
    /// (a line "2025" above "Jan. 20 - ...").
    Timeline,
    /// The year of a day written with its year before it on the same line, as the story
    /// goes on ("On March 12, 1930, ... On April 6, ...").
    Narrative,
}

impl YearBasis {
    /// The basis as `--explain` shows it ("past tense", "nearest").
    pub fn name(self) -> &'static str {
        match self {
            YearBasis::Past => "past tense",
            YearBasis::Future => "future tense",
            YearBasis::Nearest => "nearest",
            YearBasis::PastTooFar => "nearest, the past cue reaching too far",
            YearBasis::PastAtDate => "past tense, told at the date",
            YearBasis::JustGone => "just gone, the deadline reaching a year ahead",
            YearBasis::Frame => "the year the sentence opens with",
            YearBasis::Reported => "the period just reported",
            YearBasis::Reference => "no date named before: the reference date",
            YearBasis::Repeated => "the same day named before",
            YearBasis::Timeline => "the year of the timeline's entry or section",
            YearBasis::Narrative => "the year of the day written before it",
            YearBasis::RunEnd => "on or after the month that opens the run",
            YearBasis::RunStart => "at or before the month that ends the run",
        }
    }
}

/// How the currency of money was decided (see `recognize::amount::settle_currencies`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CurrencyBasis {
    /// A symbol of one currency ("US$", "€", "HK$").
    Symbol,
    /// An ISO 4217 code ("USD").
    Code,
    /// A currency word of one currency ("euros", "yen").
    Word,
    /// A symbol or word of several currencies ("$", "dollars"), read as the default one.
    Default,
    /// A form of several currencies settled by the one of them the article names
    /// explicitly.
    Context,
    /// A form of several currencies settled by the local currency of the dateline's place.
    Dateline,
}

impl CurrencyBasis {
    /// The basis as `--explain` shows it ("symbol", "default", ...).
    pub fn name(self) -> &'static str {
        match self {
            CurrencyBasis::Symbol => "symbol",
            CurrencyBasis::Code => "code",
            CurrencyBasis::Word => "word",
            CurrencyBasis::Default => "default",
            CurrencyBasis::Context => "context",
            CurrencyBasis::Dateline => "dateline",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_integers_when_they_are_ones() {
        for (v, want) in [
            (3.2e9, "3200000000"),
            (0.5, "0.5"),
            (-0.0, "0"),
            (1e16, "1e+16"),
            (f64::NAN, "null"),
        ] {
            assert_eq!(serde_json::to_string(&Value::Number(v)).unwrap(), want);
            assert_eq!(Value::Number(v).to_json().to_string(), want);
        }
        assert_eq!(Value::Text("P3Y".into()).to_string(), "\"P3Y\"");
        assert_eq!(Value::Number(3.0), Value::Number(3.0));
        assert_ne!(Value::Number(3.0), Value::Text("3".into()));
        assert_eq!(
            Value::Range(3e6, 5e6).to_string(),
            r#"{"max":5000000,"min":3000000}"#
        );
        let days = Value::Text("2026-06-12/2026-06-14".into());
        assert_eq!(days.as_str(), None);
        assert_eq!(
            days.to_string(),
            r#"{"max":"2026-06-14","min":"2026-06-12"}"#
        );
    }
}
