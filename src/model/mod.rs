//! The model: the types every stage speaks in — byte [`Span`]s, the five [`EntityType`]s,
//! and the [`Mention`]s that recognizers find and resolution settles, with the [`Rule`]
//! that found each and, for amounts and dates, its [`Kind`] and [`Value`] (`rule.rs`,
//! `value.rs`). It imports nothing of the crate's own, so any module may use it.

use serde::Serialize;
use std::sync::Arc;

mod rule;
mod value;
pub use rule::{Kind, Rule};
pub use value::{CurrencyBasis, Timex, Value, YearBasis};

/// A byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span with leading and trailing white space removed.
    pub fn trim(self, text: &str) -> Span {
        // ASCII white space by bytes; characters only when a byte beyond ASCII is met (the
        // bytes are read without the text's check of character boundaries, which the
        // slower path below makes).
        let b = &text.as_bytes()[self.start..self.end];
        // Most spans start and end with a visible ASCII character: nothing to trim.
        if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
            if (b'!'..0x80).contains(&f) && (b'!'..0x80).contains(&l) {
                return self;
            }
        }
        let space = crate::input::is_ascii_space;
        let mut lead = 0;
        while lead < b.len() && space(b[lead]) {
            lead += 1;
        }
        if lead == b.len() {
            return Span::new(self.start, self.start);
        }
        let mut end = b.len();
        while space(b[end - 1]) {
            end -= 1;
        }
        if b[lead] < 0x80 && b[end - 1] < 0x80 {
            return Span::new(self.start + lead, self.start + end);
        }
        let s = &text[self.start..self.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }

    /// True when the span holds no byte.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// The five entity types of the output contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A named human being.
    Person,
    /// A country, region, city, geographic feature or named facility.
    Place,
    /// A company, government body, party, university, medium, team, ...
    Organization,
    /// Money, a percentage, a quantity with a unit, or a count.
    Amount,
    /// A calendar or clock expression, a duration or a set of times.
    Date,
}

impl EntityType {
    /// All types, in output order.
    pub const ALL: [EntityType; 5] = [
        EntityType::Person,
        EntityType::Place,
        EntityType::Organization,
        EntityType::Amount,
        EntityType::Date,
    ];

    /// The type's name in the output ("person", ...).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::Organization => "organization",
            EntityType::Amount => "amount",
            EntityType::Date => "date",
        }
    }

    /// Parses a type name as used on the command line.
    pub fn parse(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// The kind a list gives a name ("city", "sea", "organization"): an index into the
/// gazetteer's table of kinds, named by `gazetteer::kind_name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListKind(pub u8);

/// One entity mention found in the text, before resolution (byte offsets).
#[derive(Debug, PartialEq)]
pub struct Mention {
    /// The entity type.
    pub ty: EntityType,
    /// Where the mention is (bytes).
    pub span: Span,
    /// The rule or list that found it.
    pub rule: Rule,
    /// The fullest name of the same entity, set during resolution or from a list. After
    /// resolution a name without one is its own canonical name (most are: no copy is kept).
    pub canonical: Option<CanonicalName>,
    /// The kind of an amount or a date.
    pub kind: Option<Kind>,
    /// Names from a list: the list's kind for the name ("city"), an index that
    /// `gazetteer::kind_name` reads.
    pub list_kind: Option<ListKind>,
    /// A guess to keep only if the rest of the article confirms it (a lone surname).
    pub tentative: bool,
    /// A date written without its year: how the year was chosen.
    pub year: Option<YearBasis>,
    /// The value and attributes of an amount or date; boxed, as most mentions are names.
    /// Read with [`Mention::q`], set with [`Mention::q_mut`].
    pub quantity: Option<Box<Quantity>>,
}

/// A copy of the plain fields; the canonical name is shared and the quantity copied. Inline:
/// the name recognizers copy a remembered chunk's mentions for each of its repeats, most of
/// them with neither.
impl Clone for Mention {
    #[inline]
    fn clone(&self) -> Self {
        Mention {
            canonical: self.canonical.clone(),
            quantity: self.quantity.clone(),
            ..*self
        }
    }
}

// A huge input makes about one mention per 50 bytes: keep them small.
const _: () = assert!(std::mem::size_of::<Mention>() <= 40);
const _: () = assert!(std::mem::size_of::<Quantity>() <= 64);

/// A canonical name. Few mentions have one (a name is mostly its own), so it is one
/// pointer wide in a mention, the name itself behind it; clones share the name (the
/// mentions linked to one fuller name hold one copy of it). Reads as a `str`.
#[derive(Clone, PartialEq, Eq)]
pub struct CanonicalName(Arc<Box<str>>);

impl std::ops::Deref for CanonicalName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for CanonicalName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl From<&str> for CanonicalName {
    fn from(name: &str) -> Self {
        CanonicalName(Arc::new(name.into()))
    }
}

impl From<String> for CanonicalName {
    fn from(name: String) -> Self {
        CanonicalName(Arc::new(name.into_boxed_str()))
    }
}

/// What an amount or a date carries beyond a name's fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Quantity {
    /// The normalized value: a number or a range for amounts, an ISO 8601 / TIMEX3 text
    /// for dates.
    pub value: Option<Value>,
    /// ISO 4217 currency code of money.
    pub currency: Option<&'static str>,
    /// How the currency was decided.
    pub currency_basis: Option<CurrencyBasis>,
    /// Unit of a quantity ("km").
    pub unit: Option<&'static str>,
    /// An approximator ("about", "almost") stood before the amount.
    pub approximate: bool,
    /// Percentage points rather than percent.
    pub points: bool,
    /// A count's or a quantity's object: where the text names what it counts
    /// ("protesters", "oil"). Read with [`Quantity::object`].
    pub object: ObjectSpan,
}

/// Where the text names the object of an amount: a byte span packed in five bytes (a start
/// below 4 GiB, a word up to 255 bytes), so that [`Quantity`] stays small; empty for none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ObjectSpan {
    /// Byte offset of the first byte, little-endian (bytes: no padding).
    start: [u8; 4],
    /// Length in bytes; 0 for no object.
    len: u8,
}

impl ObjectSpan {
    /// No object.
    pub const NONE: ObjectSpan = ObjectSpan {
        start: [0; 4],
        len: 0,
    };

    /// The object at `span`; none when the span is empty or does not fit (a start beyond
    /// 4 GiB, more than 255 bytes).
    pub fn new(span: Span) -> Self {
        match (
            u32::try_from(span.start),
            u8::try_from(span.end - span.start),
        ) {
            (Ok(start), Ok(len)) if span.start < span.end => ObjectSpan {
                start: start.to_le_bytes(),
                len,
            },
            _ => ObjectSpan::NONE,
        }
    }

    /// The span, if there is an object.
    pub fn get(self) -> Option<Span> {
        let start = u32::from_le_bytes(self.start) as usize;
        (self.len > 0).then(|| Span::new(start, start + usize::from(self.len)))
    }
}

/// The quantity of a mention that has none.
static NO_QUANTITY: Quantity = Quantity {
    value: None,
    currency: None,
    currency_basis: None,
    unit: None,
    approximate: false,
    points: false,
    object: ObjectSpan::NONE,
};

impl Quantity {
    /// True for the quantity of a mention that has none (see [`Mention::q`]): told by its
    /// address, without reading its fields.
    #[inline]
    pub fn is_none_at_all(&self) -> bool {
        std::ptr::eq(self, &NO_QUANTITY)
    }

    /// The value unless it is a range: what the output's `value` field shows.
    pub fn single(&self) -> Option<&Value> {
        self.value.as_ref().filter(|v| !v.is_range())
    }

    /// The object's text in `text` (the text the mention was found in): the output's
    /// `object` field.
    pub fn object<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.object.get().and_then(|s| text.get(s.start..s.end))
    }

    /// The ends of a range ("$3-5 million", "2009-2010", "12-14 June", "12 to 24 months"):
    /// the output's `min` and `max` fields.
    pub fn range(&self) -> Option<(Value, Value)> {
        self.value.as_ref().and_then(Value::ends)
    }
}

impl Mention {
    /// A mention of `ty` at `span`, found by `rule`, with no attributes.
    pub fn new(ty: EntityType, span: Span, rule: Rule) -> Self {
        Mention {
            ty,
            span,
            rule,
            canonical: None,
            kind: None,
            list_kind: None,
            tentative: false,
            year: None,
            quantity: None,
        }
    }

    /// The mention's value and attributes (all empty for a name).
    pub fn q(&self) -> &Quantity {
        self.quantity.as_deref().unwrap_or(&NO_QUANTITY)
    }

    /// The mention's value and attributes, to set them.
    pub fn q_mut(&mut self) -> &mut Quantity {
        self.quantity.get_or_insert_with(Box::default)
    }

    /// The mention's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }

    /// The name the mention stands for: its canonical name, else its own text (after
    /// resolution a name that is its own canonical name keeps no copy of it).
    pub fn name<'a>(&'a self, text: &'a str) -> &'a str {
        self.canonical.as_deref().unwrap_or(self.text(text))
    }
}
