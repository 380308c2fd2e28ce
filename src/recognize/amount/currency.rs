//! Which currency an ambiguous bare form stands for: the families of forms shared by
//! several currencies ("$", "dollars", "pesos", "rupees", "¥", "kr") and the pass over the
//! whole article, [`settle_currencies`], that settles them by dateline and context.

use std::sync::LazyLock;

use super::FastMap;
use crate::gazetteer::amounts;
use crate::lexicon::words;
use crate::model::{CurrencyBasis, EntityType, Mention};
use crate::segment::Structure;

/// Dateline places and their local currency, from `data/currency_places.tsv`.
static LOCAL_CURRENCY: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| amounts::CURRENCY_PLACES.iter().copied().collect());

/// Ambiguous bare currency forms, the currencies each may stand for (the first is the
/// default), and whether wire style decides it (agency copy writes a bare "$" for US
/// dollars and marks every other dollar, so only a local paper's "$" is local).
const FAMILIES: &[(&[&str], &[&str], bool)] = &[
    (
        &["$"],
        &[
            "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "FJD", "JMD", "NAD", "LRD", "BSD",
            "BBD", "TTD", "BND", "MXN", "ARS", "CLP", "COP", "CUP", "DOP", "UYU",
        ],
        true,
    ),
    (
        &["dollar", "dollars", "cent", "cents"],
        &[
            "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "FJD", "JMD", "NAD", "LRD", "BSD",
            "BBD", "TTD", "BND",
        ],
        true,
    ),
    (&["¥"], &["JPY", "CNY"], true),
    (
        &["peso", "pesos"],
        &["MXN", "PHP", "ARS", "CLP", "COP", "CUP", "DOP", "UYU"],
        false,
    ),
    (
        &["rupee", "rupees", "rs", "rs."],
        &["INR", "PKR", "LKR", "NPR", "MUR"],
        false,
    ),
    (
        &["shilling", "shillings"],
        &["KES", "UGX", "TZS", "SOS"],
        false,
    ),
    (
        &["franc", "francs"],
        &["CHF", "XOF", "XAF", "RWF", "BIF", "GNF", "CDF"],
        false,
    ),
    (
        &["crown", "crowns"],
        &["SEK", "NOK", "DKK", "CZK", "ISK"],
        false,
    ),
    (
        &["krona", "kronor", "krone", "kroner", "kr"],
        &["SEK", "NOK", "DKK", "ISK"],
        false,
    ),
    (
        &["riyal", "riyals", "rial", "rials"],
        &["SAR", "QAR", "OMR", "YER", "IRR"],
        false,
    ),
    (
        &["pound", "pounds"],
        &["GBP", "EGP", "LBP", "SYP", "SDG", "SSP"],
        false,
    ),
    (&["dirham", "dirhams"], &["AED", "MAD"], false),
    (&["won"], &["KRW", "KPW"], false),
];

/// The family of an ambiguous bare currency form ("$", "pesos", "Rs").
pub(super) fn family_of(
    surface: &str,
) -> Option<&'static (&'static [&'static str], &'static [&'static str], bool)> {
    let lower = surface.to_lowercase();
    FAMILIES
        .iter()
        .find(|(forms, _, _)| forms.iter().any(|f| *f == lower))
}

/// An amount whose currency [`settle_currencies`] may settle: money in a currency the text
/// names only by a symbol many share ("$").
#[inline]
pub fn asks_currency(m: &Mention) -> bool {
    m.ty == EntityType::Amount && m.q().currency_basis == Some(CurrencyBasis::Default)
}

/// Settles the currency of bare ambiguous forms (basis "default") once the whole article
/// is known. A bare `$` is US dollars unless the dateline says otherwise:
///
/// - `dateline`: the dateline's place has its own currency of the same family (SYDNEY: AUD,
///   MANILA: PHP, NAIROBI: KES) and, for `$`, "dollars", "cents" and `¥`, the dateline
///   names no international wire agency and the article never writes that currency
///   explicitly. Wire copy ("SYDNEY (Reuters) —") writes a bare `$` for US dollars and
///   marks the local one ("A$"); a local paper or a national agency ("SYDNEY (AAP) -",
///   `data/words/amount.tsv`, class `national_agency`) writes its own dollar bare and marks
///   the US one ("US$").
/// - `context`: for currency words ("pesos", "dollars", "rupees"), the article names exactly
///   one currency of the same family explicitly ("Philippine pesos", "PHP") and never the
///   default one: the bare word repeats it.
/// - `default`: otherwise the form's usual currency (`$` USD, `¥` JPY, pesos MXN, rupees
///   and Rs INR, shillings KES, francs CHF; see `data/currencies.tsv`).
///
/// Explicit forms keep their basis: `symbol` ("US$", "€", "HK$"), `code` ("USD"), `word`
/// ("yuan", "Swiss francs").
pub fn settle_currencies(text: &str, structure: &Structure, mentions: &mut [Mention]) {
    let explicit: foldhash::HashSet<&'static str> = mentions
        .iter()
        .filter(|m| {
            m.ty == EntityType::Amount
                && matches!(
                    m.q().currency_basis,
                    Some(CurrencyBasis::Symbol | CurrencyBasis::Code | CurrencyBasis::Word)
                )
        })
        .filter_map(|m| m.q().currency)
        .collect();
    // An international wire in the dateline's brackets ("(Reuters)"); a national agency
    // ("(AAP)") writes its own country's dollar bare.
    let agency = structure.dateline.is_some_and(|d| {
        let line = &text[d.start..d.end];
        line.split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .is_some_and(|(name, _)| {
                let name = name.trim().to_lowercase();
                let name = name.strip_prefix("the ").unwrap_or(&name);
                !words::AMOUNT_NATIONAL_AGENCY.contains(&name)
            })
    });
    let local = structure.dateline_place.and_then(|p| {
        let place = &text[p.start..p.end];
        place
            .split(['/', ','])
            .map(|part| part.trim().to_lowercase())
            .find_map(|part| LOCAL_CURRENCY.get(part.as_str()).copied())
    });
    for m in mentions.iter_mut().filter(|m| asks_currency(m)) {
        let Some(family) = mention_family(m.text(text)) else {
            continue;
        };
        let (forms, members, wire_style) = family;
        let default = members[0];
        let is_word = forms
            .iter()
            .any(|f| f.chars().all(|c| c.is_ascii_alphabetic()))
            && !m.text(text).contains(['$', '¥']);
        if is_word && !m.text(text).contains("Rs") {
            let named: Vec<&str> = members
                .iter()
                .copied()
                .filter(|c| explicit.contains(c))
                .collect();
            if named.len() == 1 && named[0] != default {
                m.q_mut().currency = Some(named[0]);
                m.q_mut().currency_basis = Some(CurrencyBasis::Context);
                continue;
            }
        }
        if let Some(l) = local.filter(|l| members.contains(l) && *l != default) {
            if *wire_style && (agency || explicit.contains(&l)) {
                continue;
            }
            m.q_mut().currency = Some(l);
            m.q_mut().currency_basis = Some(CurrencyBasis::Dateline);
        }
    }
}

/// The currency family of a money mention's text: by its sign, else by its last word.
fn mention_family(
    text: &str,
) -> Option<&'static (&'static [&'static str], &'static [&'static str], bool)> {
    if text.contains('$') {
        return family_of("$");
    }
    if text.contains('¥') {
        return family_of("¥");
    }
    if text.starts_with("Rs") {
        return family_of("rs");
    }
    if text.starts_with("kr") || text.ends_with("kr") {
        return family_of("kr");
    }
    let last = text
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?;
    family_of(last)
}
