//! The word lists of `data/words/` drive the recognizers: every row of a list counts, so a
//! row added to the file is all a new word needs. Each test builds a sentence around every
//! row of one list and checks what lede finds in it.

use lede::lexicon::words;
use lede::{Analyzer, EntityType, Options};

/// The entities of `text` as (type, text) pairs.
fn entities(text: &str) -> Vec<(EntityType, String)> {
    let a = Analyzer::new(Options::default()).analyze(text);
    a.entities.iter().map(|e| (e.ty, e.text.clone())).collect()
}

/// For every word of `list`, the name `name(word)` in the sentence `sentence(name)` is found
/// as `ty`.
fn each_word_makes(
    list: &[&str],
    ty: EntityType,
    name: impl Fn(&str) -> String,
    sentence: impl Fn(&str) -> String,
) {
    for word in list {
        let name = name(word);
        let text = sentence(&name);
        let found = entities(&text);
        assert!(
            found.contains(&(ty, name.clone())),
            "{name:?} in {text:?}: {found:?}"
        );
    }
}

/// True when no entity of `text` has type `ty`.
fn none_of(ty: EntityType, text: &str) -> bool {
    entities(text).iter().all(|(t, _)| *t != ty)
}

/// Every organization tail makes an unknown name before it an organization.
#[test]
fn every_organization_tail_ends_an_organization() {
    let sentence = |n: &str| format!("Officials at the {n} declined to comment on Monday.");
    // Without a listed tail, the same sentence has no organization.
    assert!(none_of(
        EntityType::Organization,
        &sentence("Zorvane Gadget")
    ));
    // A facility tail ends an organization only after an ordinary word ("Pew Research
    // Center"); after a name it ends a place ("Staples Center").
    let name = |w: &str| {
        if words::PLACE_FACILITY_TAIL.contains(&w) {
            format!("Zorvane Research {w}")
        } else {
            format!("Zorvane {w}")
        }
    };
    each_word_makes(
        words::ORGANIZATION_TAIL,
        EntityType::Organization,
        name,
        sentence,
    );
}

/// Every organization head opens an organization before "of" and a name.
#[test]
fn every_organization_head_opens_an_organization() {
    let sentence = |n: &str| format!("A report by the {n} was published on Monday.");
    let name = |w: &str| format!("{w} of Zorvane");
    each_word_makes(
        words::ORGANIZATION_HEAD,
        EntityType::Organization,
        name,
        sentence,
    );
}

/// Every organization prefix makes an unknown name after it an organization.
#[test]
fn every_organization_prefix_opens_an_organization() {
    let sentence = |n: &str| format!("A report by {n} was published on Monday.");
    assert!(none_of(
        EntityType::Organization,
        &sentence("Gadget Zorvane")
    ));
    let name = |w: &str| format!("{w} Zorvane");
    each_word_makes(
        words::ORGANIZATION_PREFIX,
        EntityType::Organization,
        name,
        sentence,
    );
}

/// Every place tail makes an unknown name before it a place.
#[test]
fn every_place_tail_ends_a_place() {
    let sentence = |n: &str| format!("Rescuers reached the {n} late on Monday.");
    assert!(none_of(EntityType::Place, &sentence("Zorvane Gadget")));
    let name = |w: &str| format!("Zorvane {w}");
    each_word_makes(words::PLACE_TAIL, EntityType::Place, name, sentence);
}

/// Every facility tail ends a place after a name, and after every facility cue.
#[test]
fn every_facility_tail_ends_a_place_after_a_name_or_a_cue() {
    let sentence = |n: &str| format!("Rescuers reached the {n} late on Monday.");
    for cue in ["Zorvane"].iter().chain(words::PLACE_FACILITY_CUE) {
        let name = |w: &str| format!("Zorvane {cue} {w}").replace("Zorvane Zorvane", "Zorvane");
        each_word_makes(
            words::PLACE_FACILITY_TAIL,
            EntityType::Place,
            name,
            sentence,
        );
    }
}

/// Every month name and abbreviation of `calendar.tsv` is read as that month, with the
/// value its row gives.
#[test]
fn every_month_name_is_read_as_its_month() {
    // A word that is not listed is no month.
    let a = Analyzer::new(Options::default()).analyze("The plant opened on 4 Zember 2025.");
    assert!(a.entities.iter().all(|e| !e.text.contains("Zember")));
    let months = words::CALENDAR_MONTH
        .iter()
        .chain(words::CALENDAR_MONTH_ABBR);
    for (word, number) in months {
        let month: u32 = number.parse().expect("a month number");
        let name = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
        let text = format!("The plant opened on 4 {name} 2025 after a long delay.");
        let a = Analyzer::new(Options::default()).analyze(&text);
        let date = a.entities.iter().find(|e| e.ty == EntityType::Date);
        let want = format!("2025-{month:02}-04");
        assert_eq!(
            date.and_then(|d| d.value.as_ref()).and_then(|v| v.as_str()),
            Some(want.as_str()),
            "{text:?}"
        );
    }
}
