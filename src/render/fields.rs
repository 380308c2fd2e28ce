//! Which top-level fields the JSON holds (`--fields`): a pipeline that needs only the
//! entities and quotes leaves out the rest, and the sentences may come without their text.

/// The top-level fields that can be left out, in output order, with their names.
const FIELD_NAMES: [&str; 11] = [
    "reference_date",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "stats",
    "paragraphs",
    "sentences",
    "entities",
    "quotes",
    "summary",
];

/// Which top-level fields the JSON holds (`--fields`): `source`, `id` and `version` always;
/// the others as chosen, in the output's own order. `sentences:offsets` gives the sentences
/// without their text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields {
    /// A bit per entry of [`FIELD_NAMES`].
    bits: u16,
    /// Whether sentences carry their `text`.
    sentence_text: bool,
}

impl Default for Fields {
    fn default() -> Self {
        Fields::ALL
    }
}

impl Fields {
    /// Every field: the full output.
    pub const ALL: Fields = Fields {
        bits: (1 << FIELD_NAMES.len()) - 1,
        sentence_text: true,
    };

    /// Parses a comma-separated list of field names (`entities,quotes`,
    /// `sentences:offsets,entities`); `source`, `id` and `version` may be named, and are
    /// kept anyway.
    pub fn parse(list: &str) -> Result<Fields, String> {
        let mut fields = Fields {
            bits: 0,
            sentence_text: false,
        };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let (name, text) = match name {
                "sentences:offsets" => ("sentences", false),
                "source" | "id" | "version" => continue,
                _ => (name, true),
            };
            let Some(k) = FIELD_NAMES.iter().position(|&f| f == name) else {
                return Err(format!(
                    "'{name}' is not a field: one of source, id, version, {}, sentences:offsets",
                    FIELD_NAMES.join(", ")
                ));
            };
            fields.bits |= 1 << k;
            fields.sentence_text |= name == "sentences" && text;
        }
        Ok(fields)
    }

    /// Whether the field called `name` is written.
    pub fn has(self, name: &str) -> bool {
        matches!(name, "source" | "id" | "version")
            || FIELD_NAMES
                .iter()
                .position(|&f| f == name)
                .is_some_and(|k| self.bits & (1 << k) != 0)
    }

    /// Whether sentences carry their `text`.
    pub fn sentence_text(self) -> bool {
        self.sentence_text
    }
}
