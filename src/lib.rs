//! lede: a fast, deterministic news-article analyzer.
//!
//! [`Analyzer::analyze`] takes article text and returns an [`Analysis`]: its sentences and
//! paragraphs, its title, subtitle, byline and dateline, and every mention of a person,
//! place, organization, amount or date, with normalized values and the rule or list that
//! found it. The pipeline has one module per stage:
//!
//! input ([`input`]) → segmentation ([`segment`]) → tokens ([`token`]) → recognizers per
//! entity type ([`recognize`], with the lists of [`gazetteer`]) → resolution of overlaps and
//! aliases ([`resolve`]) → quotations and speakers ([`quotes`]) → output types ([`output`]).

pub mod calendar;
pub mod gazetteer;
pub mod geo;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod quotes;
pub mod recognize;
pub mod render;
pub mod resolve;
pub mod segment;
mod swar;
pub mod token;

pub use calendar::Date;
pub use model::EntityType;
pub use output::Analysis;

/// What the analysis should do, beyond the text itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Reference date for relative dates when the article states none (its dateline wins).
    pub reference_date: Option<Date>,
    /// Only these entity types are reported; `None` means all five.
    pub types: Option<Vec<EntityType>>,
    /// Attach to each entity the rule or list that found it.
    pub explain: bool,
    /// The user's own names (`--gazetteer`), matched before the built-in lists.
    pub gazetteer: Option<std::sync::Arc<gazetteer::UserGazetteer>>,
    /// The user's patterns (`--rules`), whose matches win over the mentions they overlap.
    pub rules: Option<std::sync::Arc<recognize::rules::UserRules>>,
}

/// The analyzer: built once, then used for any number of texts.
///
/// The embedded lists and patterns are shared statics, so building an `Analyzer` is cheap
/// and it can be shared across threads.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    options: Options,
    lists: gazetteer::NameLists,
}

impl Analyzer {
    /// An analyzer with these options.
    pub fn new(options: Options) -> Self {
        let lists = gazetteer::NameLists::new(options.gazetteer.clone());
        Analyzer { options, lists }
    }

    /// The options this analyzer runs with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyzes one text with this analyzer's options.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_with_date(text, self.options.reference_date)
    }

    /// Analyzes one text, with `fallback_date` as the reference date when the text has no
    /// dateline date (for batch inputs that carry their own date).
    pub fn analyze_with_date(&self, text: &str, fallback_date: Option<Date>) -> Analysis {
        let found = self.find(text, fallback_date);
        output::build(text, found, self.options.explain)
    }

    /// What the analysis finds in `text`, in byte spans: what [`Analyzer::analyze_with_date`]
    /// turns into an [`Analysis`], and what [`render::write_findings`] writes as JSON
    /// without a copy of the text's pieces.
    pub fn find(&self, text: &str, fallback_date: Option<Date>) -> output::Findings {
        let paragraphs = segment::split_paragraphs(text);
        let structure = segment::find_structure(text, &paragraphs);
        let mut sentences = segment::sentences_with_structure(text, &paragraphs, &structure);
        // Kept to the end of the output: give back the room their vectors grew into.
        give_back_room(&mut sentences);

        let dateline_date = structure.dateline_date.and_then(|d| {
            recognize::date::parse_dateline_date(&text[d.start..d.end], fallback_date)
        });
        let reference = match (dateline_date, fallback_date) {
            (Some(d), _) => Some((d, output::DateSource::Dateline)),
            (None, Some(d)) => Some((d, output::DateSource::Option)),
            (None, None) => None,
        };

        let mentions = recognize::recognize(
            text,
            &sentences,
            &structure,
            reference.map(|(d, _)| d),
            &self.lists,
        );
        let mut mentions = resolve::resolve(text, mentions);
        if let Some(rules) = &self.options.rules {
            rules.apply(text, &mut mentions);
        }
        // Speakers are found among all mentions; `--types` only narrows what is reported.
        let mut quotes = quotes::find_quotes(text, &paragraphs, &sentences, &mentions);
        give_back_room(&mut quotes);
        quotes::drop_names_in_titles(&quotes, &mut mentions);
        let geo = geo::locate(text, &mentions, &structure);
        if let Some(types) = &self.options.types {
            mentions.retain(|m| types.contains(&m.ty));
        }
        output::Findings {
            paragraphs,
            sentences,
            structure,
            mentions,
            quotes,
            reference,
            geo,
        }
    }
}

/// Least room past a vector's length, in bytes, that [`give_back_room`] gives back: below
/// it the copy a reallocation makes costs more than the room is worth (an article's
/// vectors leave a few hundred bytes; a huge input's, megabytes).
const ROOM_WORTH_GIVING_BACK: usize = 1 << 16;

/// Shrinks `v` to its length when the room past it is worth a reallocation's copy.
fn give_back_room<T>(v: &mut Vec<T>) {
    if (v.capacity() - v.len()) * std::mem::size_of::<T>() >= ROOM_WORTH_GIVING_BACK {
        v.shrink_to_fit();
    }
}
