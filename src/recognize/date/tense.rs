//! Tense: which occurrence of a date without a year the sentence means, from the verbs
//! and time words around it, and [`pick_year`], which finds that occurrence.

use super::Scan;
use crate::calendar::Date;
use crate::lexicon::{class, WordList};
use crate::model::YearBasis;

/// Where the sentence's tense points a date without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words that put what follows them in the future ("will visit on Friday").
static FUTURE_CUES: WordList = WordList::new(class::TENSE_FUTURE);

/// Words that put what follows them in the past ("said on Monday"), besides "-ed" forms.
static PAST_CUES: WordList = WordList::new(class::TENSE_PAST);

/// "-ed" words that are not past tense, or point to the future.
static NOT_PAST_ED: WordList = WordList::new(class::TENSE_NOT_PAST_ED);

/// The occurrence of a yearly period (given by its first and last day in a year) that the
/// tense points to: the latest that has begun for the past, the first that has not ended
/// for the future, else the nearest.
pub(super) fn pick_year(
    r: Date,
    tense: Tense,
    period: impl Fn(i32) -> Option<(Date, Date)>,
) -> Option<(i32, Date, Date)> {
    pick_year_why(r, tense, period).map(|(p, _)| p)
}

/// [`pick_year`], with how the occurrence was chosen (for `--explain`).
pub(super) fn pick_year_why(
    r: Date,
    tense: Tense,
    period: impl Fn(i32) -> Option<(Date, Date)>,
) -> Option<((i32, Date, Date), YearBasis)> {
    let days = r.to_days();
    let candidates: Vec<(i32, Date, Date)> = (r.year - 1..=r.year + 1)
        .filter_map(|y| period(y).map(|(a, b)| (y, a, b)))
        .collect();
    // How far an occurrence lies from the reference, in days (0 inside it).
    let distance = |a: &Date, b: &Date| {
        if days < a.to_days() {
            a.to_days() - days
        } else {
            (days - b.to_days()).max(0)
        }
    };
    // The nearest, with a lean to the past, which news reports more often: a future
    // occurrence counts half as far again.
    let nearest = || {
        candidates
            .iter()
            .min_by_key(|(_, a, b)| {
                let d = distance(a, b);
                if days < a.to_days() {
                    d * 3 / 2
                } else {
                    d
                }
            })
            .copied()
    };
    let picked = match tense {
        Tense::Past => candidates
            .iter()
            .rev()
            .find(|(_, a, _)| a.to_days() <= days)
            .copied(),
        Tense::Future => candidates
            .iter()
            .find(|(_, _, b)| b.to_days() >= days)
            .copied(),
        Tense::Unknown => return nearest().map(|p| (p, YearBasis::Nearest)),
    };
    // A past cue that puts the date more than about nine months back yields to the
    // nearest occurrence: in "the dividend is payable Dec. 15" after a past-tense report,
    // or "the rights, which expire Nov. 21", the verb tells of the report, not of the date.
    // Events are announced far ahead more often than reported long after.
    match picked {
        Some((_, a, b)) if tense == Tense::Past && distance(&a, &b) > FAR_BACK_DAYS => {
            nearest().map(|p| (p, YearBasis::PastTooFar))
        }
        Some(p) if tense == Tense::Past => Some((p, YearBasis::Past)),
        p => p.map(|p| (p, YearBasis::Future)),
    }
}

/// How far back (in days) a past cue may move a date without a year.
const FAR_BACK_DAYS: i64 = 270;

impl Scan<'_> {
    /// The tense around tokens `start..end`: the nearest cue before them in the sentence,
    /// else the first verb cue after them.
    pub(super) fn tense(&self, start: usize, end: usize) -> Tense {
        // "by June", "by the summer": a deadline, ahead unless a verb puts it behind.
        let by = start > 0
            && (self.w(start - 1) == "by"
                || (self.w(start - 1) == "the" && start > 1 && self.w(start - 2) == "by"));
        let t = self.tense_cues(start, end);
        if by && t == Tense::Unknown {
            Tense::Future
        } else {
            t
        }
    }

    fn tense_cues(&self, start: usize, end: usize) -> Tense {
        let mut j = start;
        let mut seen = 0;
        while j > 0 && seen < 16 {
            j -= 1;
            seen += 1;
            if let Some(t) = self.cue(j) {
                return t;
            }
        }
        for j in end..(end + 6).min(self.toks.len()) {
            if self.any(j, &["will", "ll", "would", "shall"]) {
                return Tense::Future;
            }
            if let Some(Tense::Past) = self.cue(j) {
                return Tense::Past;
            }
        }
        Tense::Unknown
    }

    fn cue(&self, j: usize) -> Option<Tense> {
        if !self.is_word(j) {
            return None;
        }
        let w = self.w(j);
        // "than expected", "as planned": a comparison, not a tense.
        if j > 0 && self.any(j - 1, &["than", "as"]) {
            return None;
        }
        // "May" with a capital is the month; "may" the verb.
        if w == "may" && !self.cap(j) {
            return Some(Tense::Future);
        }
        if FUTURE_CUES.contains(w) {
            // "had been due to expire", "had been scheduled for": a plan in the past.
            if j >= 2 && self.w(j - 1) == "been" && self.w(j - 2) == "had" {
                return Some(Tense::Past);
            }
            return Some(Tense::Future);
        }
        if PAST_CUES.contains(w) {
            return Some(Tense::Past);
        }
        if w.len() > 4 && w.ends_with("ed") && !self.cap(j) && !NOT_PAST_ED.contains(w) {
            return Some(Tense::Past);
        }
        None
    }
}
