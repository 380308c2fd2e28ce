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

/// Every organization tail makes an unknown name before it an organization.
#[test]
fn every_organization_tail_ends_an_organization() {
    // Without a listed tail, the same sentence has no organization.
    let unlisted = entities("Officials at the Zorvane Gadget declined to comment on Monday.");
    assert!(unlisted
        .iter()
        .all(|(ty, _)| *ty != EntityType::Organization));
    for tail in words::ORGANIZATION_TAIL {
        let name = format!("Zorvane {tail}");
        let text = format!("Officials at the {name} declined to comment on Monday.");
        let found = entities(&text);
        assert!(
            found.contains(&(EntityType::Organization, name.clone())),
            "{name:?} in {text:?}: {found:?}"
        );
    }
}

/// Every organization head opens an organization before "of" and a name.
#[test]
fn every_organization_head_opens_an_organization() {
    for head in words::ORGANIZATION_HEAD {
        let name = format!("{head} of Zorvane");
        let text = format!("A report by the {name} was published on Monday.");
        let found = entities(&text);
        assert!(
            found.contains(&(EntityType::Organization, name.clone())),
            "{name:?} in {text:?}: {found:?}"
        );
    }
}

/// Every place tail makes an unknown name before it a place.
#[test]
fn every_place_tail_ends_a_place() {
    let unlisted = entities("Rescuers reached the Zorvane Gadget late on Monday.");
    assert!(unlisted.iter().all(|(ty, _)| *ty != EntityType::Place));
    for tail in words::PLACE_TAIL {
        let name = format!("Zorvane {tail}");
        let text = format!("Rescuers reached the {name} late on Monday.");
        let found = entities(&text);
        assert!(
            found.contains(&(EntityType::Place, name.clone())),
            "{name:?} in {text:?}: {found:?}"
        );
    }
}
