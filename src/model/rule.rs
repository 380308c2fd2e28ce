//! The rules and lists that find mentions ([`Rule`]), and the kinds of amounts and dates
//! ([`Kind`]).

/// Declares [`Rule`] with each variant's `--explain` name.
macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// The rule or list that found a mention, shown by `--explain`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[$doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in declaration order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's name as `--explain` shows it ("title+name", "date:month-day").
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)*
                }
            }
        }
    };
}

rules! {
    // Names found in the lists.
    /// The embedded list of places.
    Places = "places",
    /// The embedded list of geographic features.
    Features = "features",
    /// The embedded list of organizations.
    Organizations = "organizations",
    /// The user's list (`--gazetteer`).
    User = "user",
    /// A pattern of the user's rules (`--rules`).
    UserRule = "user-rule",
    /// A listed given name starts the name.
    GivenName = "given-name",
    /// A listed surname.
    Surname = "surname",
    /// A family name first ("Xi Jinping").
    FamilyNameFirst = "family-name-first",

    // Names found by their shape or context.
    /// A title before a name ("President Macron").
    TitleName = "title+name",
    /// Initials before a surname ("J. K. Rowling").
    Initials = "initials",
    /// A name with a particle ("van", "de").
    NameParticle = "name-particle",
    /// The speaker of a verb of saying.
    Speaker = "speaker",
    /// The author of a byline.
    Byline = "byline",
    /// The place of a dateline ("LONDON (Reuters) -").
    Dateline = "dateline",
    /// A word in capitals ("NATO").
    Acronym = "acronym",
    /// A cue word near an organization.
    OrgCue = "org-cue",
    /// An organization head word ("Bank of ...").
    OrgHead = "org-head",
    /// Names joined by an ampersand ("Douglas & Lomason").
    OrgAmpersand = "org-ampersand",
    /// An organization tail word ("... Ltd").
    OrgTail = "org-tail",
    /// An unconfirmed lone name followed by a role of organizations ("Petofi general
    /// manager").
    OrgRole = "org-role",
    /// A place head word ("Lake ...").
    PlaceHead = "place-head",
    /// A place tail word ("... River").
    PlaceTail = "place-tail",
    /// An unlisted name after a locative preposition ("near Tavildara").
    PlaceLocative = "place-locative",
    /// A lone name right after a noun for a relative or a child ("their daughter, Gloria").
    KinName = "kin+name",
    /// An unlisted name after a noun for a settlement or its people and "of" ("the town
    /// of Tavildara", "residents of Ebbsworth").
    PlaceOfCue = "place-of-cue",
    /// A US state's AP abbreviation after a city ("Fresno, Calif.").
    StateAbbreviation = "state-abbreviation",
    /// A name nothing else settled before a comma and a US state ("Irving, Texas").
    CityOfState = "city+state",
    /// A compass word before a place ("North ...").
    PlaceCompass = "place-compass",
    /// A sports team by its city.
    SportsTeam = "sports-team",
    /// A sports team by its name.
    TeamName = "team-name",
    /// A lone capitalized word that may be part of a name, kept only if confirmed.
    NamePart = "name-part",
    /// A capitalized name of no known type.
    UnknownName = "unknown-name",
    /// A named storm ("Hurricane Katrina"): an event, no entity; the resolver drops it and
    /// the later mentions of its name ("Katrina killed").
    NamedStorm = "named-storm",
    /// A name before an appositive about a person ("Valeska Paris, an Australian woman").
    PersonAppositive = "appositive",
    /// A name before an appositive that calls it an organization ("Harborline Security,
    /// a threat-intelligence firm").
    OrganizationAppositive = "organization-appositive",

    // Resolution.
    /// A short form linked to a fuller name elsewhere in the article.
    ArticleLink = "article-link",
    /// A capitalised word and a speaker's surname that the article writes together before
    /// the surname speaks alone ("Tiger Woods ... Woods said").
    SpeakerName = "speaker-name",

    // Dates, times, durations and sets.
    /// "three years ago".
    DateAgo = "date:ago",
    /// A duration before or after a date ("two days after May 3").
    DateAnchored = "date:anchored",
    /// A date told from the last date named ("the next day", "three days later").
    DateAnaphor = "date:anaphor",
    /// "the end of March".
    DateBoundary = "date:boundary",
    /// "the 19th century".
    DateCentury = "date:century",
    /// A day counted from the reference ("the day before yesterday").
    DateDay = "date:day",
    /// A day of the month without its month ("the 20th").
    DateDayOfMonth = "date:day-of-month",
    /// "the 1990s".
    DateDecade = "date:decade",
    /// A fiscal year or quarter.
    DateFiscal = "date:fiscal",
    /// The quarter in the article's focus ("the latest quarter").
    DateFocus = "date:focus",
    /// The quarter a year before the one in focus ("the year-earlier quarter").
    DateFocusYearBefore = "date:focus-year-before",
    /// The quarter in focus in a given year ("the 1988 quarter").
    DateFocusInYear = "date:focus-in-year",
    /// "three years from now".
    DateFromNow = "date:from-now",
    /// A holiday ("Christmas").
    DateHoliday = "date:holiday",
    /// "in three years".
    DateIn = "date:in",
    /// An ISO 8601 date.
    DateIso = "date:iso",
    /// A month ("March").
    DateMonth = "date:month",
    /// A month and day ("March 3").
    DateMonthDay = "date:month-day",
    /// A month and year ("March 2024").
    DateMonthYear = "date:month-year",
    /// A numeric date in an unambiguous order.
    DateNumeric = "date:numeric",
    /// A numeric date read day first.
    DateNumericDmy = "date:numeric-dmy",
    /// A numeric date read month first.
    DateNumericMdy = "date:numeric-mdy",
    /// A part of a period ("the first week of July").
    DatePartOf = "date:part-of",
    /// A quarter ("the third quarter").
    DateQuarter = "date:quarter",
    /// A range of dates ("March 3-5").
    DateRange = "date:range",
    /// A relative period ("last week").
    DateRelative = "date:relative",
    /// A season ("summer").
    DateSeason = "date:season",
    /// A vague reference ("recently").
    DateVague = "date:vague",
    /// A weekday ("Monday").
    DateWeekday = "date:weekday",
    /// "the weekend".
    DateWeekend = "date:weekend",
    /// A year ("2024").
    DateYear = "date:year",
    /// "a year earlier": a year before the quarter in focus, if any.
    DateYearEarlier = "date:year-earlier",
    /// "a year ago": a year before the reference, or before the quarter in focus.
    DateYearAgo = "date:year-ago",
    /// A span of years ("2019-20").
    DateYears = "date:years",
    /// A clock time ("3pm").
    TimeClock = "time:clock",
    /// "noon", "midday", "midnight".
    TimeNoon = "time:noon",
    /// A part of the day ("this morning").
    TimePart = "time:part",
    /// A range of times.
    TimeRange = "time:range",
    /// A clock time and the day it is on ("10 p.m. Wednesday", "Tuesday at noon").
    TimeOnDay = "time:on-day",
    /// A duration ("three years").
    Duration = "duration",
    /// A set of times ("every week").
    Set = "set",
    /// A weekday that recurs ("on Mondays").
    SetWeekday = "set:weekday",

    // Amounts.
    /// Money after a currency prefix ("US$45 million", "€3.2bn").
    Money = "money",
    /// Money with an ISO 4217 code ("USD 5").
    MoneyCode = "money:code",
    /// Money with a currency symbol ("$5").
    MoneySymbol = "money:symbol",
    /// Money with a currency word ("5 dollars").
    MoneyWord = "money:word",
    /// A percentage.
    Percent = "percent",
    /// A quantity with a unit.
    Quantity = "quantity",
    /// A count.
    Count = "count",
}

impl Rule {
    /// A place or organization told by its shape or a cue word, not found in a list
    /// ("Hollow Creek" by its tail "Creek", "Zeta Holdings" by "Holdings").
    pub fn is_shape_guess(self) -> bool {
        matches!(
            self,
            Rule::OrgCue
                | Rule::OrgHead
                | Rule::OrgAmpersand
                | Rule::OrgTail
                | Rule::OrgRole
                | Rule::PlaceHead
                | Rule::PlaceTail
                | Rule::PlaceLocative
                | Rule::PlaceOfCue
                | Rule::PlaceCompass
                | Rule::OrganizationAppositive
                | Rule::UnknownName
        )
    }
}

/// The kind of an amount or a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Money.
    Money,
    /// A percentage.
    Percent,
    /// A quantity with a unit.
    Quantity,
    /// A count.
    Count,
    /// A calendar date.
    Date,
    /// A clock time.
    Time,
    /// A duration.
    Duration,
    /// A set of times.
    Set,
}

impl Kind {
    /// The kind's name in the output ("money", "date", ...).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
            Kind::Count => "count",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Duration => "duration",
            Kind::Set => "set",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_distinct() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }
}
