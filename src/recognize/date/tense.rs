//! Tense: which occurrence of a date without a year the sentence means, from the verbs
//! and time words around it, and [`pick_year`], which finds that occurrence.

use super::clock::{MERIDIEM_WORDS, ZONE_WORDS};
use super::Scan;
use crate::calendar::Date;
use crate::lexicon::{class, WordList};
use crate::model::YearBasis;
use crate::recognize::numbers::{is_hyphen, small_word, Lex};

/// Where the sentence's tense points a date without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words that put what follows them in the future ("will visit on Friday").
static FUTURE_CUES: WordList = WordList::new(class::TENSE_FUTURE);

/// Present verbs that are as often plural nouns: future cues only after a name or a
/// pronoun ("Australia reports GDP on Wednesday"; not "compliance reports by Wednesday").
static FUTURE_AFTER_NAME: WordList = WordList::new(class::TENSE_FUTURE_AFTER_NAME);

/// Words that put what follows them in the past ("said on Monday"), besides "-ed" forms.
static PAST_CUES: WordList = WordList::new(class::TENSE_PAST);

/// "-ed" words that are not past tense, or point to the future.
static NOT_PAST_ED: WordList = WordList::new(class::TENSE_NOT_PAST_ED);

/// Words right before a date that keep it in the past however far back ("since", "ended").
static PAST_AT_DATE: WordList = WordList::new(class::TENSE_PAST_AT_DATE);

/// Future cues that are nouns after a determiner ("announced the plan", "the launch of").
static CUE_NOUNS: WordList = WordList::new(class::TENSE_CONTEXT_NOUN);

/// Words that open a clause of their own after a comma (", where the fire destroyed").
static CLAUSE_OPENERS: WordList = WordList::new(class::TENSE_CONTEXT_CLAUSE);

/// Future cues that a past verb after the date overrides ("Until Thursday, it had").
static WEAK_FUTURE: WordList = WordList::new(class::TENSE_CONTEXT_WEAK_FUTURE);

/// Verbs of saying: a past one after a date tells of the report ("the Met Office said").
static SPEECH_VERBS: WordList = WordList::new(class::SPEECH_VERBS);

/// Adverbs between a determiner and an "-ed" adjective ("a still undecided date").
static ADVERBS: WordList = WordList::new(class::TENSE_CONTEXT_ADVERB);

/// Words that make a date after them in their clause the base of a comparison ("than",
/// "compared").
static COMPARISONS: WordList = WordList::new(class::TENSE_CONTEXT_COMPARISON);

/// Determiners: a cue word after one is a noun or an adjective, not a verb.
static DETERMINERS: WordList = WordList::new(class::TENSE_CONTEXT_DETERMINER);

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
    pick_year_reach(r, tense, false, false, period)
}

/// [`pick_year_why`]; `firm` keeps a past cue however far back it reaches; `deadline`
/// (the date after "by", "until" or "before") lets a date just gone win over one a year
/// ahead.
fn pick_year_reach(
    r: Date,
    tense: Tense,
    firm: bool,
    deadline: bool,
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
        Some(p) if tense == Tense::Past && firm => Some((p, YearBasis::PastAtDate)),
        Some((_, a, b)) if tense == Tense::Past && distance(&a, &b) > FAR_BACK_DAYS => {
            nearest().map(|p| (p, YearBasis::PastTooFar))
        }
        Some(p) if tense == Tense::Past => Some((p, YearBasis::Past)),
        // A deadline that passed days ago is likelier than one a year ahead: a report
        // written the day before it ran ("ordered to repay by Jan. 14"); an event
        // "scheduled for Sept. 26" the day after it is next year's.
        Some(p @ (y, a, _)) if deadline && a.to_days() - days > FAR_AHEAD_DAYS => {
            let gone = candidates.iter().copied().find(|(py, _, pb)| {
                *py == y - 1 && (0..=JUST_GONE_DAYS).contains(&(days - pb.to_days()))
            });
            Some(gone.map_or((p, YearBasis::Future), |g| (g, YearBasis::JustGone)))
        }
        p => p.map(|p| (p, YearBasis::Future)),
    }
}

/// How far ahead (in days) a future cue may move a date without a year past one that has
/// just gone ([`JUST_GONE_DAYS`]).
const FAR_AHEAD_DAYS: i64 = 300;

/// How recently (in days) a date has gone to be read as the one a future cue names when
/// the next lies a year ahead.
const JUST_GONE_DAYS: i64 = 21;

/// How far back (in days) a past cue may move a date without a year.
const FAR_BACK_DAYS: i64 = 270;

impl Scan<'_> {
    /// [`pick_year_why`] for the date at token `start` and the `tense` around it: the year
    /// the sentence opens with ([`Scan::frame_year`]), else by the tense. A past told at the date
    /// itself is kept however far back it reaches: "since January", "the year ended Jan.
    /// 31" (the word before it, over "in" or "on"). Other verbs there say less:
    /// "earmarked 23 March for a strike", "will most likely be unveiled in May".
    pub(super) fn pick_year_at(
        &self,
        r: Date,
        tense: Tense,
        start: usize,
        period: impl Fn(i32) -> Option<(Date, Date)>,
    ) -> Option<((i32, Date, Date), YearBasis)> {
        if let Some(y) = self.frame_year(start) {
            if let Some((a, b)) = period(y) {
                return Some(((y, a, b), YearBasis::Frame));
            }
        }
        let mut k = start;
        if k > 0 && self.any(k - 1, &["in", "on"]) {
            k -= 1;
        }
        // "since January", and the base of a comparison ("double its price in January"):
        // the last occurrence, however far back.
        let firm = tense == Tense::Past
            && (k > 0 && PAST_AT_DATE.contains(self.w(k - 1)) || self.compared_with(start));
        let deadline = start > 0 && self.any(start - 1, &["by", "until", "before"]);
        pick_year_reach(r, tense, firm, deadline, period)
    }

    /// The year a sentence opens with, the time of all it tells ("In 2015, it moved in
    /// March"), for a date at token `start` after it.
    pub(super) fn frame_year(&self, start: usize) -> Option<i32> {
        if start < 4 || self.t(2) != "," || self.w(0) != "in" {
            return None;
        }
        self.year_at(1)
    }

    /// The tense around tokens `start..end`: the nearest cue before them in the sentence,
    /// else the first verb cue after them.
    pub(super) fn tense(&self, start: usize, end: usize) -> Tense {
        // "by June", "by the summer": a deadline, ahead unless a verb puts it behind.
        let by = start > 0
            && (self.w(start - 1) == "by"
                || (self.w(start - 1) == "the" && start > 1 && self.w(start - 2) == "by"));
        // "The match is on Saturday", "Kick-off is at 15:00 GMT Saturday": a schedule,
        // ahead; back over "on", "at" and a clock time before the day.
        let mut k = start;
        while k > 0 && start - k < 6 && (self.is_num(k - 1) || self.clock_word(k - 1)) {
            k -= 1;
        }
        if k > 0 && self.any(k - 1, &["is", "are"]) {
            return Tense::Future;
        }
        if self.compared_with(start) {
            return Tense::Past;
        }
        let t = self.tense_cues(start, end);
        if by && t == Tense::Unknown {
            Tense::Future
        } else {
            t
        }
    }

    /// Whether the date at token `start` is the base of a comparison in its clause, a time
    /// gone by: "more than double its price in January", "compared with March". Not a
    /// deadline ("no later than March") nor a number compared ("more than two auctions in
    /// March"), nor past a tense cue nearer the date.
    fn compared_with(&self, start: usize) -> bool {
        self.back_in_clause(start)
            .find(|&k| COMPARISONS.contains(self.w(k)))
            .is_some_and(|k| {
                let deadline = k > 0 && self.any(k - 1, &["later", "earlier", "sooner"]);
                let number = self.is_num(k + 1) || small_word(self.w(k + 1)).is_some();
                !deadline && !number && (k + 1..start).all(|x| self.cue(x).is_none())
            })
    }

    /// Whether token `k` may stand between a copula and the day it names: "on", "at",
    /// and the parts of a clock time ("15:00 GMT", "3 p.m.").
    fn clock_word(&self, k: usize) -> bool {
        matches!(self.t(k), ":" | ".")
            || self.any(k, MERIDIEM_WORDS)
            || self.any(k, ZONE_WORDS)
            || self.any(k, &["on", "at", "m", "noon"])
    }

    fn tense_cues(&self, start: usize, end: usize) -> Tense {
        let mut j = start;
        let mut seen = 0;
        while j > 0 && seen < 16 {
            j -= 1;
            seen += 1;
            // ", where the March 14 fire destroyed": the date's clause has its own verb,
            // after the date; the verbs before the comma tell of something else.
            if j > 0 && self.t(j - 1) == "," && CLAUSE_OPENERS.contains(self.w(j)) {
                if let t @ (Tense::Past | Tense::Future) = self.cues_after(end) {
                    return t;
                }
            }
            if let Some(t) = self.cue(j) {
                // "Until Thursday, the board had refused": a past verb after the date, where
                // "until" opens the clause; inside one ("The show, which runs until 30
                // August, was first shown", "in force until Monday, the firm said") the
                // verb after it is another clause's.
                if t == Tense::Future
                    && WEAK_FUTURE.contains(self.w(j))
                    && self.past_verb_after(end)
                    && !self.in_relative_clause(j)
                    && self.clause_cue_before(j) != Some(Tense::Future)
                {
                    return Tense::Past;
                }
                return t;
            }
        }
        // "In January, a week after the anniversary, a bombing killed": a date that opens
        // the sentence before a comma is the time of its main clause, whose verb may come
        // late ("Also on Sunday," has no cue before it either).
        if self.t(end) == "," && start <= 2 {
            return self.main_clause_cue(end + 1);
        }
        self.cues_after(end)
    }

    /// The first cue from token `j` to the end of the sentence, over the asides a comma
    /// opens with "when", "which" or an "-ing" word ("On Friday, when Albright set aside
    /// her plans, the department lifted"; "investigators, wondering how, searched").
    fn main_clause_cue(&self, mut j: usize) -> Tense {
        while j < self.toks.len() {
            let aside = self.is_word(j)
                && (CLAUSE_OPENERS.contains(self.w(j)) || self.w(j).ends_with("ing"))
                && (j == 0 || self.t(j - 1) == ",");
            if aside {
                while j < self.toks.len() && self.t(j) != "," {
                    j += 1;
                }
            } else if let Some(t) = self.cue(j) {
                return t;
            }
            j += 1;
        }
        Tense::Unknown
    }

    /// The tokens before token `j` in its clause, nearest first: back to a comma, at most
    /// six.
    fn back_in_clause(&self, j: usize) -> impl Iterator<Item = usize> + '_ {
        (j.saturating_sub(6)..j)
            .rev()
            .take_while(|&k| self.t(k) != ",")
    }

    /// The few tokens after a date ending before token `end`.
    fn just_after(&self, end: usize) -> std::ops::Range<usize> {
        end..(end + 6).min(self.toks.len())
    }

    /// Whether token `j` lies in a clause opened after a comma by "which", "who", "where".
    fn in_relative_clause(&self, j: usize) -> bool {
        self.back_in_clause(j)
            .any(|k| k > 0 && self.t(k - 1) == "," && CLAUSE_OPENERS.contains(self.w(k)))
    }

    /// The nearest cue before token `j` in its clause: "would be in force until".
    fn clause_cue_before(&self, j: usize) -> Option<Tense> {
        self.back_in_clause(j).find_map(|k| self.cue(k))
    }

    /// Whether a past verb other than one of saying follows the date ending before token
    /// `end` ("Until Thursday, the board had refused"; not "until Sunday, the Met Office
    /// said", which tells of the report).
    fn past_verb_after(&self, end: usize) -> bool {
        self.just_after(end)
            .any(|j| self.cue(j) == Some(Tense::Past) && !SPEECH_VERBS.contains(self.w(j)))
    }

    /// The first verb cue in the few tokens after a date ending before token `end`; a
    /// weak one ("from 6am on Saturday until 9pm") only when no past cue follows it there
    /// ("from Monday until Friday, prices fell").
    fn cues_after(&self, end: usize) -> Tense {
        let mut weak = false;
        for j in self.just_after(end) {
            if self.any(j, &["will", "ll", "would", "shall"]) {
                return Tense::Future;
            }
            if WEAK_FUTURE.contains(self.w(j)) {
                weak = true;
            } else if let Some(Tense::Past) = self.cue(j) {
                return Tense::Past;
            }
        }
        if weak {
            Tense::Future
        } else {
            Tense::Unknown
        }
    }

    /// Whether token `k` is a lower-case word of no list of function words: a noun or
    /// an adjective after an "-ed" word ("scheduled maintenance"), not "scheduled for".
    fn noun_after(&self, k: usize) -> bool {
        self.is_word(k)
            && !self.cap(k)
            && !crate::lexicon::STOPWORDS.contains(self.w(k))
            && !FUTURE_CUES.contains(self.w(k))
            && !self.w(k).ends_with("ly")
    }

    fn cue(&self, j: usize) -> Option<Tense> {
        if !self.is_word(j) {
            return None;
        }
        let w = self.w(j);
        // "two sold-out nights", "a go-ahead": the first part of a compound adjective or
        // noun, no verb.
        if is_hyphen(self.t(j + 1)) && self.glued(j + 1) && self.is_word(j + 2) && self.glued(j + 2)
        {
            return None;
        }
        // "than expected", "as planned": a comparison, not a tense.
        if j > 0 && self.any(j - 1, &["than", "as"]) {
            return None;
        }
        // "next to the embassy", "next door": a place, not a time ahead.
        if w == "next" && self.any(j + 1, &["to", "door"]) {
            return None;
        }
        // "The school is to ban phones", "talks are to resume": a plan (not "is to blame").
        if matches!(w, "is" | "are") && self.w(j + 1) == "to" && self.w(j + 2) != "blame" {
            return Some(Tense::Future);
        }
        // "May" with a capital is the month; "may" the verb.
        if w == "may" && !self.cap(j) {
            return Some(Tense::Future);
        }
        // A capital after a word is a name's: "the Met Office", "Will Smith", "Rose".
        if j > 0 && self.cap(j) && self.is_word(j - 1) {
            return None;
        }
        // "got the go-ahead": a noun; "started to go wrong": the verb before "to" tells.
        if matches!(w, "go" | "goes") {
            if is_hyphen(self.t(j + 1)) && self.glued(j + 1) {
                return None;
            }
            if j >= 2 && self.w(j - 1) == "to" {
                if let Some(Tense::Past) = self.cue(j - 2) {
                    return Some(Tense::Past);
                }
            }
        }
        if FUTURE_AFTER_NAME.contains(w) {
            let subject = j > 0
                && ((self.cap(j - 1)
                    && self.is_word(j - 1)
                    && (j - 1 > 0 || !crate::lexicon::english::is_common_word(self.w(j - 1))))
                    || self.any(j - 1, &["he", "she", "it", "they"]));
            return subject.then_some(Tense::Future);
        }
        if FUTURE_CUES.contains(w) {
            // "Housing starts slip in November", "Queen opens hospital in March": a
            // headline's present tells of what has happened.
            if self.headline && w.ends_with('s') {
                return None;
            }
            // "led by 1,423 votes", "after three visits": a plural noun counted, not a verb
            // ("the top 100 meet", "Part two will follow" keep theirs).
            if j > 0
                && w.ends_with('s')
                && (self.kind(j - 1) == Some(Lex::Number) || small_word(self.w(j - 1)).is_some())
            {
                return None;
            }
            // "had been due to expire", "had been scheduled for": a plan in the past.
            if j >= 2 && self.w(j - 1) == "been" && self.w(j - 2) == "had" {
                return Some(Tense::Past);
            }
            // "announced the plan", "welcomed the launch of": a noun, not a verb.
            if j > 0 && DETERMINERS.contains(self.w(j - 1)) && CUE_NOUNS.contains(w) {
                return None;
            }
            // "during scheduled maintenance", "the expected growth": an "-ed" cue before a
            // noun is an adjective, which says nothing of when.
            if w.ends_with("ed") && self.noun_after(j + 1) {
                return None;
            }
            return Some(Tense::Future);
        }
        let ed = w.len() > 4 && w.ends_with("ed") && !self.cap(j) && !NOT_PAST_ED.contains(w);
        if !ed && !PAST_CUES.contains(w) {
            return None;
        }
        let before = if j > 0 { self.w(j - 1) } else { "" };
        // "will have a meeting", "expected to have": "have" after a future word or "to" is
        // no perfect; the words before it tell ("said to have" stays a past).
        if w == "have" && matches!(before, "will" | "ll" | "shall" | "to") {
            return None;
        }
        // "to be named", "will be paid": a participle after a future "be"; the words before
        // it tell ("could be reached" stays a past).
        if before == "be" && j >= 2 && self.any(j - 2, &["will", "would", "shall", "ll", "to"]) {
            return None;
        }
        // "a still undecided date", "the revised plan": an adjective.
        if ed
            && (DETERMINERS.contains(before)
                || (j > 1 && ADVERBS.contains(before) && DETERMINERS.contains(self.w(j - 2))))
        {
            return None;
        }
        Some(Tense::Past)
    }
}
