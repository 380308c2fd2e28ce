//! Organizations: the cues that make a run of capitalized words an organization — a tail
//! ("Institute", "Group", "Inc."), a head ("University of", "Ministry of"), an acronym.

use crate::lexicon::english::is_common_word;
use crate::lexicon::{class, trim_dots, WordList};
use crate::model::Rule;
use crate::token::{Token, TokenKind};

/// Last words of organization names.
static TAILS: WordList = WordList::new(class::ORGANIZATION_TAIL);

/// First words of organization names followed by "of"/"for"/"on" ("University of ...").
static HEADS: WordList = WordList::new(class::ORGANIZATION_HEAD);

/// Acronyms that are not organizations.
static NOT_ACRONYMS: WordList = WordList::new(class::ORGANIZATION_NOT_ACRONYM);

/// Words that make a name with "of" anywhere in it an organization.
static HEADS_ANYWHERE: WordList = WordList::new(class::ORGANIZATION_HEAD_ANYWHERE);

/// First words that make a run of capitalized words an organization ("Deutsche Bank",
/// "Banco Santander", "Grupo Televisa").
static PREFIXES: WordList = WordList::new(class::ORGANIZATION_PREFIX);

/// First words of sports clubs' names ("Dinamo Minsk", "FC Utrecht").
static CLUB_PREFIXES: WordList = WordList::new(class::ORGANIZATION_CLUB_PREFIX);

/// Last words of sports clubs' names ("Sheffield United", "Bristol Rovers").
static CLUB_TAILS: WordList = WordList::new(class::ORGANIZATION_CLUB_TAIL);

/// Nouns a company's release capitalizes for itself ("the Company").
static DEFINED_TERMS: WordList = WordList::new(class::ORGANIZATION_DEFINED_TERM);

/// True for a noun a company's own release capitalizes for itself after "the", no name
/// alone ("the Company", "the Partnership"; `data/words/organization.tsv`, class
/// `defined_term`), asked with the word's [`crate::lexicon::WordFilter::hash`].
pub fn is_defined_term(word: &str, hash: u64) -> bool {
    DEFINED_TERMS.may_contain_hash(hash) && DEFINED_TERMS.contains_hashed(word, hash)
}

/// Legal forms of companies.
static LEGAL_SUFFIXES: WordList = WordList::new(class::ORGANIZATION_LEGAL_SUFFIX);

/// Whether `words` name an organization by their shape; returns the rule.
pub fn classify(words: &[&str]) -> Option<Rule> {
    let n = words.len();
    let last = trim_dots(words[n - 1]);
    // "Foreign and Commonwealth Office", "Investors Bank and Trust"; not "Windows and
    // Office", one word and the tail alone after "and" (a company's legal form may stand
    // there: "Smith and Co").
    if n >= 2
        && TAILS.contains(last)
        && (n != 3 || words[1] != "and" || LEGAL_SUFFIXES.contains(last))
    {
        return Some(Rule::OrgTail);
    }
    if n >= 2 && PREFIXES.contains(words[0]) && words[n - 1].starts_with(char::is_uppercase) {
        return Some(Rule::OrgHead);
    }
    // A club's name: a club word beside a town or a name that is no ordinary word
    // ("Dinamo Minsk", "Sheffield United"; not "Racing Stripes", "Land Rovers").
    let named = |ws: &[&str]| {
        ws.iter()
            .all(|w| w.starts_with(char::is_uppercase) && !is_common_word(w))
    };
    if (2..=3).contains(&n) {
        if CLUB_PREFIXES.contains(words[0]) && named(&words[1..]) {
            return Some(Rule::OrgHead);
        }
        if CLUB_TAILS.contains(last) && named(&words[..n - 1]) {
            return Some(Rule::OrgTail);
        }
    }
    // "University of ...", "International Centre for ...", "Law Society of Kenya": a head or
    // tail word among the first three, followed by "of", "for" or "on" and a name.
    // "Andy Warhol Foundation for the Visual Arts": "the" may come between.
    let name_at = |k: usize| {
        words[k].starts_with(char::is_uppercase)
            || (words[k] == "the"
                && words
                    .get(k + 1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase)))
    };
    // The preposition first: most words are followed by none.
    let head_at = (0..n.saturating_sub(2).min(3)).find(|&k| {
        matches!(words[k + 1], "of" | "for" | "on")
            && (HEADS.contains(words[k]) || (k > 0 && TAILS.contains(words[k])))
            && name_at(k + 2)
    });
    if head_at.is_some() {
        return Some(Rule::OrgHead);
    }
    if n >= 2 && words.contains(&"of") && words.iter().any(|w| HEADS_ANYWHERE.contains(w)) {
        return Some(Rule::OrgHead);
    }
    None
}

/// True for a company's legal suffix ("Inc.", "Corp", "Ltd"), after which a name is complete.
pub fn is_legal_suffix(word: &str) -> bool {
    LEGAL_SUFFIXES.contains(trim_dots(word))
}

/// Last words of organization names or of clubs' names: one filter and one look-up for
/// [`is_tail`].
static ANY_TAILS: WordList =
    WordList::any(&[class::ORGANIZATION_TAIL, class::ORGANIZATION_CLUB_TAIL]);

/// Words of a numbered unit's name (`ordinal_unit`: "Division", "Precinct").
static ORDINAL_UNITS: WordList = WordList::new(class::ORGANIZATION_ORDINAL_UNIT);

/// True for a word of a numbered unit's name, whose ordinal before it is part of the name
/// ("82nd Airborne Division", "28th Precinct").
pub fn is_ordinal_unit(word: &str) -> bool {
    ORDINAL_UNITS.contains(word)
}

/// True for a word that ends organization names ("Group", "Institute").
#[inline]
pub fn is_tail(word: &str) -> bool {
    ANY_TAILS.contains(trim_dots(word))
}

/// True for a word that opens organization names ("University", "Banco", "Ministry").
pub fn is_head(word: &str) -> bool {
    HEADS.contains(word)
        || PREFIXES.contains(word)
        || CLUB_PREFIXES.contains(word)
        || HEADS_ANYWHERE.contains(word)
}

/// True for a word in capitals that data/words/organization.tsv lists as no
/// organization ("CEO", "GDP", "R&B").
pub fn is_not_acronym(word: &str) -> bool {
    NOT_ACRONYMS.contains(word)
}

/// Whether a single word is an acronym that names an organization ("CPP", "CSIS").
pub fn is_acronym(word: &str) -> bool {
    // Capitals and ampersands only, read as bytes (most words fail at their second), then
    // counted: every capital is a letter.
    if !word.bytes().all(|b| b.is_ascii_uppercase() || b == b'&') {
        return false;
    }
    let letters = word.bytes().filter(u8::is_ascii_uppercase).count();
    if !(2..=7).contains(&letters) || NOT_ACRONYMS.contains(word) || is_roman_numeral(word) {
        return false;
    }
    // A long one that is a word is written in capitals for emphasis ("CRUDE").
    letters < 5 || !is_common_word(word)
}

/// True for a small Roman numeral in capitals ("XVII", "XV"), which counts, not names;
/// letters past X are left to acronyms ("MCI", "DC").
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b"IVX".contains(&b))
}

/// Nouns for an organization (`data/words/speakers.tsv`, class `organization`: the head
/// of "the company said").
static NOUNS: WordList = WordList::new(class::SPEAKERS_ORGANIZATION);

/// Words that end the noun phrase of an appositive: its head is the word before them
/// ("a threat-intelligence firm in Austin", "a lender based in Lagos").
const PHRASE_ENDS: [&str; 24] = [
    "of", "in", "at", "for", "with", "that", "which", "whose", "who", "based", "from", "on", "to",
    "and", "or", "near", "by", "since", "owned", "backed", "founded", "run", "led", "where",
];

/// True when the tokens from `j` on are an appositive that calls the name before them an
/// organization: a comma, "a" or "an", and a noun phrase of at most five words whose head
/// is a noun for an organization ("Harborline Security, a threat-intelligence firm in
/// Austin"; not "a firm believer", "a company spokeswoman").
pub fn appositive(text: &str, tokens: &[Token], j: usize) -> bool {
    let is = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.text(text) == w);
    if !is(j, ",") || !(is(j + 1, "a") || is(j + 1, "an")) {
        return false;
    }
    let mut head = None;
    let mut words = 0;
    for t in tokens.iter().skip(j + 2) {
        match t.kind {
            TokenKind::Word if !PHRASE_ENDS.contains(&t.text(text)) && words < 5 => {
                head = Some(t.text(text));
                words += 1;
            }
            // "a threat-intelligence firm", "a 40-year-old company".
            TokenKind::Punct if t.is_byte(text, b'-') => {}
            TokenKind::Number => {}
            _ => break,
        }
    }
    head.is_some_and(|w| NOUNS.contains(w))
}
