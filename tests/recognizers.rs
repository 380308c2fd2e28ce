//! The amount and date recognizers as tables that document them: each row is a phrase
//! written for this project, what `lede` must find in it (the span, exactly as written), its
//! kind and its normalized value. Dates are read against a reference date (the article's
//! dateline, or `--date`); most rows use Tuesday 3 March 2026, ISO week 10. Amounts do not
//! depend on the reference date.
//!
//! Values follow ISO 8601 / TIMEX3 at the granularity the text gives: a day `2026-03-03`, a
//! month `2026-03`, a year `2026`, a week `2026-W10`, a quarter `2025-Q4`, a half `2025-H2`,
//! a season `2026-SU`, a decade `199X`, a century `20XX`, a part of a day `2026-03-03TMO`, a
//! clock time on its day `2026-03-03T15:00`, a duration `P3Y`, a set `P1Y` or `XXXX-WXX-1`;
//! without a reference date, placeholders (`XXXX-12`); `-` means the text fixes no value.
//! Amount values have the scale applied; a range is `min..max`.

use lede::output::Entity;
use lede::{Analysis, Analyzer, Date, EntityType, Options};

/// The reference date of most rows: Tuesday 3 March 2026.
const R: &str = "2026-03-03";

/// Dates: phrase, reference date, expected span, kind, value.
#[rustfmt::skip]
const DATES: &[(&str, &str, &str, &str, &str)] = &[
    // --- A day of a month, with or without a year ---
    ("The treaty was signed on 4 November 2025.", R, "4 November 2025", "date", "2025-11-04"),
    ("Elections were held on November 4, 2025, across the country.", R, "November 4, 2025", "date", "2025-11-04"),
    ("The audit covers the period to Nov. 4, 2025.", R, "Nov. 4, 2025", "date", "2025-11-04"),
    ("She was born on 23rd July 1990.", R, "23rd July 1990", "date", "1990-07-23"),
    ("Trading halted on 9 Dec 2024.", R, "9 Dec 2024", "date", "2024-12-09"),
    ("Sept. 11, 2001 changed the city.", R, "Sept. 11, 2001", "date", "2001-09-11"),
    ("Polls close on Sunday, March 8.", R, "Sunday, March 8", "date", "2026-03-08"),
    // Without a year, the tense picks the occurrence: future verbs the next one, past verbs
    // the last one, and no cue the nearest.
    ("The summit opens on November 4.", R, "November 4", "date", "2026-11-04"),
    ("Talks collapsed on Nov. 4.", R, "Nov. 4", "date", "2025-11-04"),
    ("Ministers will meet again on March 19.", R, "March 19", "date", "2026-03-19"),
    ("The firm filed its accounts on 28 February.", R, "28 February", "date", "2026-02-28"),
    ("A bomb exploded next to the embassy on Friday.", R, "Friday", "date", "2026-02-27"),
    ("The report is due on March 3rd.", R, "March 3rd", "date", "2026-03-03"),
    ("The law took effect on Jan. 1.", R, "Jan. 1", "date", "2026-01-01"),
    ("The ceasefire runs until 15 April.", R, "15 April", "date", "2026-04-15"),
    ("A hearing is set for May 14.", R, "May 14", "date", "2026-05-14"),
    ("The port reopened on 30 December.", R, "30 December", "date", "2025-12-30"),
    ("The vote is on 2 January.", "2025-12-20", "2 January", "date", "2026-01-02"),
    // The tense is read from the date's own clause: a cue noun after a determiner is no
    // verb, a participle after a future "be" takes its auxiliary, an "-ed" adjective is no
    // past, "effective" looks ahead, a relative clause after a comma has its own verb.
    ("The mayor announced the plan Aug. 27.", R, "Aug. 27", "date", "2025-08-27"),
    ("Fans welcomed the return of the derby on Feb. 14.", R, "Feb. 14", "date", "2026-02-14"),
    ("A new director will be named in June.", R, "June", "date", "2026-06"),
    ("Pensions will be paid on a still undecided date in January.", "2026-10-20", "January", "date", "2027-01"),
    ("The levy, approved last week, is effective Jan. 1.", "2026-10-20", "Jan. 1", "date", "2027-01-01"),
    ("She would often visit the town, where the Feb. 2 flood destroyed the bridge.", R, "Feb. 2", "date", "2026-02-02"),
    ("Denver leads the division heading into Sunday's game.", "2026-11-06", "Sunday", "date", "2026-11-08"),
    // The first part of a compound adjective is no verb: "sold-out" tells no past.
    ("She plays two sold-out nights in March.", "2026-11-20", "March", "date", "2027-03"),
    // A time with its conversion in brackets: the bracket's day is the converted time's.
    ("The quake hit at 3:12 a.m. local time (1812 GMT Tuesday).", "2026-03-04", "3:12 a.m. local time", "time", "2026-03-04T03:12"),
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", "2026-03-07", "10:35 a.m.", "time", "2026-03-06T10:35"),
    // A headline's present tells of what has happened ("starts" is no verb ahead).
    ("Housing starts slip in November\n\nThe pace of building fell.", "2026-12-15", "November", "date", "2026-11"),
    // A date that opens the sentence before a comma takes the tense of the main clause,
    // however late its verb comes.
    ("In October, a week after the anniversary of the treaty, a car bomb in the capital killed four.", R, "October", "date", "2025-10"),
    ("On Friday, the transport workers' union at the northern depots plans to strike.", R, "Friday", "date", "2026-03-06"),
    ("In four days, the country's largest teachers' union will start a ballot.", R, "four days", "date", "2026-03-07"),
    // A run of days of one month is one date from its first day to its last (`min..max`),
    // the year chosen for the whole run.
    ("Strikes are planned for March 10-12.", R, "March 10-12", "date", "2026-03-10..2026-03-12"),
    ("The festival ran from 3 to 5 July.", R, "3 to 5 July", "date", "2025-07-03..2025-07-05"),
    ("Talks ran between 7 and 9 December.", R, "7 and 9 December", "date", "2025-12-07..2025-12-09"),
    ("Talks ran between December 7 and 9.", R, "December 7 and 9", "date", "2025-12-07..2025-12-09"),
    ("The fair will run on 12-14 June.", R, "12-14 June", "date", "2026-06-12..2026-06-14"),
    ("The last one, on 9-11 June 2017, ended early.", R, "9-11 June 2017", "date", "2017-06-09..2017-06-11"),
    ("Talks were held on Sept. 21 to 26.", R, "Sept. 21 to 26", "date", "2025-09-21..2025-09-26"),
    ("The course runs on 12-14 June.", "", "12-14 June", "date", "XXXX-06-12..XXXX-06-14"),
    ("Strikes were called for Feb. 27-30.", R, "Feb. 27-30", "date", "-"),
    // A run across months written as one token is one date too; it may end in the next year.
    ("The exhibition will run Nov. 18-Dec. 2.", R, "Nov. 18-Dec. 2", "date", "2026-11-18..2026-12-02"),
    ("Offices close Dec. 28-Jan. 3.", "2026-10-20", "Dec. 28-Jan. 3", "date", "2026-12-28..2027-01-03"),
    ("Leaders met in Lima Nov 18-Dec 19, 2015.", R, "Nov 18-Dec 19, 2015", "date", "2015-11-18..2015-12-19"),
    // With spaces around the dash, the ends are two dates.
    ("Talks ran Nov. 18 - Dec. 2, officials said.", R, "Nov. 18", "date", "2025-11-18"),
    // "the weekend of" a date is that date's weekend.
    ("A craft fair on the weekend of 18-19 July will raise money.", R, "weekend of 18-19 July", "date", "2026-W29-WE"),
    ("Acts will play over the weekend of 11 and 12 July.", R, "weekend of 11 and 12 July", "date", "2026-W28-WE"),
    // A date in a relative clause takes its own clause's tense, not the verb after it.
    ("The show, which runs until 30 August, was first staged in 2021.", R, "30 August", "date", "2026-08-30"),
    ("Until 30 August, the board had refused to comment.", R, "30 August", "date", "2025-08-30"),
    // A verb of saying after the date tells of the report; a future verb before "until"
    // and in its clause tells of the date; a capital after a word is a name, no verb.
    ("A warning is in place until Sunday, the Met Office said.", R, "Sunday", "date", "2026-03-08"),
    ("From Monday until Friday, prices fell.", R, "Friday", "date", "2026-02-27"),
    ("Limits would be in force until midday on Monday, while the ferries stopped.", R, "midday on Monday", "time", "2026-03-09T12:00"),
    ("Her best finish this year was at the Nortel Open in January.", "1996-08-29", "January", "date", "1996-01"),
    ("Things started to go badly wrong in the summer.", R, "summer", "date", "2025-SU"),
    ("The gadget goes on sale on Saturday.", R, "Saturday", "date", "2026-03-07"),
    ("The club got the go-ahead on Friday.", R, "Friday", "date", "2026-02-27"),
    // A date told from a run of days counts from its first day, from a weekend its Saturday.
    ("Acts play over the weekend of 11 and 12 July. A month later, the fair opens.", R, "A month later", "date", "2026-08-11"),
    // A bare season is the one the reference date lies in when no tense tells.
    ("The average for the winter so far is low.", "2026-12-04", "winter", "date", "2026-WI"),

    // --- Numeric dates: ISO, month first unless the first number cannot be a month ---
    ("The filing is dated 2025-11-04.", R, "2025-11-04", "date", "2025-11-04"),
    ("The invoice is dated 11/04/2025.", R, "11/04/2025", "date", "2025-11-04"),
    ("The contract is dated 25/12/2025.", R, "25/12/2025", "date", "2025-12-25"),
    ("The deed is dated 03/18/40.", R, "03/18/40", "date", "1940-03-18"),
    ("The form gives 07-04-2026 as the start.", R, "07-04-2026", "date", "2026-07-04"),
    ("The register lists 23.08.2025 as the date.", R, "23.08.2025", "date", "2025-08-23"),
    ("Sales for 2025-12 were flat.", R, "2025-12", "date", "2025-12"),
    ("Figures for 12/2025 are due.", R, "12/2025", "date", "2025-12"),
    ("The 2024-25 season was his best.", R, "2024-25", "date", "2024..2025"),
    ("The statistics cover 1990-95.", R, "1990-95", "date", "1990..1995"),
    ("Results for 2025-Q3 were strong.", R, "2025-Q3", "date", "2025-Q3"),

    // --- Months, years, decades, centuries ---
    ("Prices peaked in June 2022.", R, "June 2022", "date", "2022-06"),
    ("Prices peaked in June of 2022.", R, "June of 2022", "date", "2022-06"),
    ("The merger closed in Dec. 2024.", R, "Dec. 2024", "date", "2024-12"),
    ("The envoy arrived in January.", R, "January", "date", "2026-01"),
    // The base of a comparison is a time gone by, however far back; not a deadline.
    ("A bag now sells for N98,000, more than double its price in January.", "2024-11-26", "January", "date", "2024-01"),
    ("Prices will be higher than in March.", "2024-11-26", "March", "date", "2024-03"),
    ("Bids must arrive no later than March.", "2024-11-26", "March", "date", "2025-03"),
    ("The ministry will hold no more than two auctions in March.", "2024-11-26", "March", "date", "2025-03"),
    ("Construction will begin in June.", R, "June", "date", "2026-06"),
    ("The plant began supplying power in December.", R, "December", "date", "2025-12"),
    ("The leader is due to visit Tokyo in May.", R, "May", "date", "2026-05"),
    ("Arrivals fell in March last year.", R, "March last year", "date", "2025-03"),
    ("Construction starts in October next year.", R, "October next year", "date", "2027-10"),
    ("The company was founded in 2017.", R, "2017", "date", "2017"),
    ("The bridge opened in 1932.", R, "1932", "date", "1932"),
    ("Columbus sailed in 1492.", R, "1492", "date", "1492"),
    ("The company's 2025 results were weak.", R, "2025", "date", "2025"),
    ("Inflation was high in the 1990s.", R, "the 1990s", "date", "199X"),
    ("Growth slowed in the early 2000s.", R, "the early 2000s", "date", "200X"),
    ("The genre peaked in the '80s.", R, "the '80s", "date", "198X"),
    ("Mid-1990s models are rare.", R, "Mid-1990s", "date", "199X"),
    ("The tower dates from the 1800s.", R, "the 1800s", "date", "18XX"),
    ("Cities grew fast in the 21st century.", R, "the 21st century", "date", "20XX"),
    ("They restored a 19th-century church.", R, "19th-century", "date", "18XX"),

    // --- Parts of a year: modifiers keep the unmodified period's value ---
    ("Output should recover by mid-2025.", R, "mid-2025", "date", "2025"),
    ("Demand fell in early 2024.", R, "early 2024", "date", "2024"),
    ("The project will end in late December.", R, "late December", "date", "2026-12"),
    ("Talks stalled in mid-January.", R, "mid-January", "date", "2026-01"),
    ("Work stopped at the end of 2025.", R, "end of 2025", "date", "2025"),
    ("The fund closes at the end of the year.", R, "end of the year", "date", "2026"),
    ("Prices rose at the start of next month.", R, "start of next month", "date", "2026-04"),
    ("The rules change early next year.", R, "early next year", "date", "2027"),
    ("The firm was sold late last year.", R, "late last year", "date", "2025"),
    ("Traffic peaks in the first week of August.", R, "first week of August", "date", "2025-W31"),

    // --- Quarters, halves, fiscal years, seasons ---
    ("Revenue rose in Q3 2025.", R, "Q3 2025", "date", "2025-Q3"),
    ("The third quarter of 2024 was weak.", R, "third quarter of 2024", "date", "2024-Q3"),
    ("The company reported fourth-quarter profit of $2 billion.", R, "fourth-quarter", "date", "2025-Q4"),
    ("Sales should improve in the first quarter.", R, "first quarter", "date", "2026-Q1"),
    ("The group forecast first-quarter sales above estimates.", "2026-02-26", "first-quarter", "date", "2026-Q1"),
    ("Exports declined in the second half of 2025.", R, "second half of 2025", "date", "2025-H2"),
    ("Growth picked up last quarter.", R, "last quarter", "date", "2025-Q4"),
    ("Results for fiscal 2025 beat forecasts.", R, "fiscal 2025", "date", "FY2025"),
    ("The FY2024 accounts were restated.", R, "FY2024", "date", "FY2024"),
    // A fiscal year across two calendar years is named by the first, as "fiscal 2024-25" is.
    ("Guidance for FY2026/27 was unchanged.", R, "FY2026/27", "date", "FY2026"),
    ("Sales in fiscal 2025/26 rose.", R, "fiscal 2025/26", "date", "FY2025"),
    ("Tourism recovered in the summer of 2023.", R, "summer of 2023", "date", "2023-SU"),
    ("The party hopes to win power this summer.", R, "this summer", "date", "2026-SU"),
    ("The drought began last winter.", R, "last winter", "date", "2025-WI"),
    ("The model will go on sale in late summer.", R, "late summer", "date", "2026-SU"),
    ("Growth was 3.8% in the last quarter of 2024.", R, "last quarter of 2024", "date", "2024-Q4"),
    ("Prices usually ease in spring.", R, "spring", "date", "-"),

    // --- Relative to the reference date ---
    ("Sales fell last October.", R, "last October", "date", "2025-10"),
    ("Rain fell last March.", R, "last March", "date", "2025-03"),
    ("The envoy was shot last Oct. 23 in his car.", R, "last Oct. 23", "date", "2025-10-23"),
    ("The talks resume next June 12.", R, "next June 12", "date", "2026-06-12"),
    ("Sales fell last March 12 percent.", R, "last March", "date", "2025-03"),
    ("The launch is planned for next April.", R, "next April", "date", "2026-04"),
    ("The minister resigned last week.", R, "last week", "date", "2026-W09"),
    ("Parliament reconvenes next week.", R, "next week", "date", "2026-W11"),
    ("Shares rose this week.", R, "this week", "date", "2026-W10"),
    ("A decision is expected next month.", R, "next month", "date", "2026-04"),
    ("The plant closed last month.", R, "last month", "date", "2026-02"),
    ("The plant opened earlier this month.", R, "earlier this month", "date", "2026-03"),
    ("The bank plans to list later this year.", R, "later this year", "date", "2026"),
    ("Inflation should ease to 2.5% by the summer.", R, "summer", "date", "2026-SU"),
    ("Jobs grew faster than expected in October.", R, "October", "date", "2025-10"),
    ("A ruling is due later in the week.", R, "later in the week", "date", "2026-W10"),
    ("Profits doubled last year.", R, "last year", "date", "2025"),
    ("Exports grew this year.", R, "this year", "date", "2026"),
    ("The treaty expires next year.", R, "next year", "date", "2027"),
    ("The budget for this fiscal year is larger.", R, "this fiscal year", "date", "-"),
    ("Spending fell last calendar year.", R, "last calendar year", "date", "2025"),
    ("Sales for this year's third quarter rose.", R, "this year's third quarter", "date", "2026-Q3"),
    ("Output should recover in next year's first half.", R, "next year's first half", "date", "2027-H1"),
    ("A hearing is set for the week of March 16.", R, "week of March 16", "date", "2026-W12"),
    ("Deliveries resumed over the weekend.", R, "weekend", "date", "2026-W09-WE"),
    ("The festival takes place this weekend.", R, "this weekend", "date", "2026-W10-WE"),
    ("The strike began yesterday.", R, "yesterday", "date", "2026-03-02"),
    ("The results are out today.", R, "today", "date", "2026-03-03"),
    ("Talks resume tomorrow.", R, "tomorrow", "date", "2026-03-04"),
    ("The vote came the day before yesterday.", R, "day before yesterday", "date", "2026-03-01"),
    ("The report arrives the day after tomorrow.", R, "day after tomorrow", "date", "2026-03-05"),
    ("The president speaks tonight.", R, "tonight", "date", "2026-03-03TNI"),
    ("Shots were heard last night.", R, "last night", "date", "2026-03-02TNI"),
    ("Markets fell this morning.", R, "this morning", "date", "2026-03-03TMO"),
    ("The envoy left yesterday afternoon.", R, "yesterday afternoon", "date", "2026-03-02TAF"),
    ("The bank failed two years ago.", R, "two years ago", "date", "2024"),
    ("The merger was agreed two weeks ago.", R, "two weeks ago", "date", "2026-W08"),
    ("The law passed three months ago.", R, "three months ago", "date", "2025-12"),
    ("The quake struck 10 days ago.", R, "10 days ago", "date", "2026-02-21"),
    ("The rules changed a decade ago.", R, "a decade ago", "date", "201X"),
    ("The attack came days ago.", R, "days ago", "date", "PAST_REF"),
    ("Prices have risen in recent months.", R, "recent months", "date", "PAST_REF"),
    ("Analysts expect cuts in the coming weeks.", R, "coming weeks", "date", "FUTURE_REF"),
    // Before any date is named, a count of days or weeks is told from the reference date
    // (as TimeML does); a count of years is the story's own time, unknown: its length, a
    // duration.
    ("The dam was finished three years later.", R, "three years later", "duration", "P3Y"),
    ("A week earlier, the envoy had left.", R, "A week earlier", "date", "2026-02-24"),
    // Told from the last date named; a year compared with is not one, nor is a date
    // without a value.
    ("The mine closed on May 4, 2019. Three days later, the owners sold it.", R, "Three days later", "date", "2019-05-07"),
    ("The union struck in 2021 and settled the following year.", R, "following year", "date", "2022"),
    ("The bridge opened on June 2, 2024. Earlier that day, the mayor spoke.", R, "Earlier that day", "date", "2024-06-02"),
    ("The ship sank on 3 April 1912. The next day, rescuers arrived.", R, "next day", "date", "1912-04-04"),
    ("The fair opened in 1998 and later that year moved north.", R, "later that year", "date", "1998"),
    ("The treaty was signed in March 2001; a month later it was ratified.", R, "a month later", "date", "2001-04"),
    ("Sales rose 4% in 2025, up from 2% on 2024; the previous year they fell.", R, "previous year", "date", "2024"),
    ("The strike began last week. The next day, talks failed.", R, "next day", "date", "-"),
    ("Exports rose 6% in 2024, up from 2% the year before.", R, "year before", "date", "2023"),
    ("The loan falls due in two weeks.", R, "two weeks", "date", "2026-W12"),
    ("The board will have a decision in two weeks.", R, "two weeks", "date", "2026-W12"),
    ("The talks are said to have ended on Friday.", R, "Friday", "date", "2026-02-27"),
    ("The depot opens in three weeks' time.", R, "three weeks' time", "date", "2026-W13"),
    ("Results are out in a fortnight's time.", R, "a fortnight's time", "date", "2026-W12"),
    ("The results will arrive two weeks from now.", R, "two weeks from now", "date", "2026-W12"),
    ("The hospital opened three days after Christmas.", R, "three days after Christmas", "date", "2025-12-28"),
    ("The vote is two weeks before May 20.", R, "two weeks before May 20", "date", "2026-05-06"),

    // --- Weekdays: the nearest past one unless the tense says future ---
    ("He said on Tuesday that talks had stalled.", R, "Tuesday", "date", "2026-03-03"),
    ("The court met on Tuesday.", "2026-03-05", "Tuesday", "date", "2026-03-03"),
    ("The minister travelled to Brussels on Friday.", R, "Friday", "date", "2026-02-27"),
    ("The minister will travel to Brussels on Friday.", R, "Friday", "date", "2026-03-06"),
    ("The team is due to fly home on Sunday.", R, "Sunday", "date", "2026-03-08"),
    ("Chelsea host Arsenal on Saturday.", R, "Saturday", "date", "2026-03-07"),
    ("The verdict is scheduled for Thursday.", R, "Thursday", "date", "2026-03-05"),
    ("On Monday, the central bank cut rates.", R, "Monday", "date", "2026-03-02"),
    ("Police said the attack happened early on Sunday.", R, "Sunday", "date", "2026-03-01"),
    ("The talks, which began on Monday, will end on Wednesday.", R, "Monday", "date", "2026-03-02"),
    ("The talks, which began on Monday, will end on Wednesday.", R, "Wednesday", "date", "2026-03-04"),
    ("A jury in Manhattan on Thursday convicted the former chief.", R, "Thursday", "date", "2026-02-26"),
    ("Investors sold shares on Monday morning.", R, "Monday morning", "date", "2026-03-02TMO"),
    ("The plan was approved last Tuesday.", R, "last Tuesday", "date", "2026-02-24"),
    ("The board meets next Friday.", R, "next Friday", "date", "2026-03-13"),
    ("Voting ends this Sunday.", R, "this Sunday", "date", "2026-03-08"),
    ("The strike ends on Thursday of next week.", R, "Thursday of next week", "date", "2026-03-12"),
    ("The ruling came on Tuesday, March 3, 2026.", R, "Tuesday, March 3, 2026", "date", "2026-03-03"),
    ("The show opens next week Wednesday.", R, "next week Wednesday", "date", "2026-03-11"),
    ("The ferry sank on Friday the 13th.", R, "Friday the 13th", "date", "2026-03-13"),
    ("The market reopens on Mon 9th.", R, "Mon 9th", "date", "2026-03-09"),
    ("Crowds gathered this past Sunday.", R, "this past Sunday", "date", "2026-03-01"),
    // "until" looks ahead unless a past verb follows the date.
    ("Until Friday, the club had refused to comment.", R, "Friday", "date", "2026-02-27"),
    ("The talks will continue until Friday.", R, "Friday", "date", "2026-03-06"),

    // --- Clock times ---
    ("The results come at 3 p.m.", R, "3 p.m.", "time", "2026-03-03T15:00"),
    ("Trading resumed at 15:30 GMT.", R, "15:30 GMT", "time", "2026-03-03T15:30"),
    ("The blast hit at 9.30am local time.", R, "9.30am local time", "time", "2026-03-03T09:30"),
    ("Markets open at 0900 GMT.", R, "0900 GMT", "time", "2026-03-03T09:00"),
    ("Voting closes at 10pm.", R, "10pm", "time", "2026-03-03T22:00"),
    ("The alarm sounded at 12:45 a.m.", R, "12:45 a.m.", "time", "2026-03-03T00:45"),
    ("The train left at 7 o'clock.", R, "7 o'clock", "time", "2026-03-03T07:00"),
    ("The curfew starts at midnight.", R, "midnight", "time", "2026-03-03T00:00"),
    ("Lunch is served at noon.", R, "noon", "time", "2026-03-03T12:00"),
    ("The meeting ran from 2:00 to 2:30 p.m.", R, "2:00 to 2:30 p.m.", "time", "-"),
    ("The polls are open from 7 to 10 pm.", R, "7 to 10 pm", "time", "-"),
    // Ends that are complete times are two times.
    ("Buses run between 06:00 and 23:30.", R, "06:00", "time", "2026-03-03T06:00"),
    ("Trading runs 9am-5pm on weekdays.", R, "5pm", "time", "2026-03-03T17:00"),
    // Four digits and "hours" after a preposition of time: a time of day.
    ("The blast came at 0930 hours.", R, "0930 hours", "time", "2026-03-03T09:30"),
    ("He was given 1400 hours of community service.", R, "1400 hours", "duration", "PT1400H"),
    // Weekends counted: their length, as "a weekend" is P1WE.
    ("The course lasts three weekends.", R, "three weekends", "duration", "P3WE"),
    ("The line is shut from 23:30 until 05:00.", R, "05:00", "time", "2026-03-03T05:00"),
    // A part of the day alone is on the last day named, before any on the reference date
    // (as a bare clock time is).
    ("The shelling resumed in the morning.", R, "morning", "time", "2026-03-03TMO"),
    ("Troops crossed the river on Sunday. The shelling resumed in the morning.", R, "morning", "time", "2026-03-01TMO"),

    // --- Durations ---
    ("He ruled for three years.", R, "three years", "duration", "P3Y"),
    ("She served 38 years in parliament.", R, "38 years", "duration", "P38Y"),
    ("The board approved a three-year plan.", R, "three-year", "duration", "P3Y"),
    ("Unions called a 24-hour strike.", R, "24-hour", "duration", "PT24H"),
    ("Talks lasted 48 hours.", R, "48 hours", "duration", "PT48H"),
    ("The vote took an hour.", R, "an hour", "duration", "PT1H"),
    ("The order book closed in under an hour.", R, "an hour", "duration", "PT1H"),
    ("He waited half an hour.", R, "half an hour", "duration", "PT30M"),
    ("The trial lasted three weeks.", R, "three weeks", "duration", "P3W"),
    ("The project has been stalled for 18 months.", R, "18 months", "duration", "P18M"),
    ("The bridge took a year and a half to build.", R, "a year and a half", "duration", "P1Y6M"),
    ("The rebuild will need one and a half years.", R, "one and a half years", "duration", "P1Y6M"),
    ("It took two decades.", R, "two decades", "duration", "P20Y"),
    ("The siege lasted several weeks.", R, "several weeks", "duration", "PXW"),
    ("They talked for a few minutes.", R, "a few minutes", "duration", "PTXM"),
    ("The merger took two years and three months.", R, "two years and three months", "duration", "P2Y3M"),
    ("He spent 20 straight years in office.", R, "20 straight years", "duration", "P20Y"),
    ("Unemployment fell over the past three years.", R, "past three years", "duration", "P3Y"),
    ("Inflation rose 2% in the past year.", R, "past year", "duration", "P1Y"),
    ("Emissions fell over the past decade.", R, "past decade", "duration", "P10Y"),
    ("Rates will stay low for the next two quarters.", R, "next two quarters", "duration", "P6M"),
    ("Memory prices rose over the last few years.", R, "last few years", "duration", "PXY"),
    ("Homes will be built over the next decade.", R, "next decade", "duration", "P10Y"),
    // A superlative before "in" looks back over the span: a length, not a date ahead.
    ("The band returns to the chart for the first time in 11 years.", R, "11 years", "duration", "P11Y"),
    ("Prices will reach their highest level in five years.", R, "five years", "duration", "P5Y"),

    // --- Sets ---
    ("Protests are held every Monday.", R, "every Monday", "set", "XXXX-WXX-1"),
    ("The glacier loses ice every year.", R, "every year", "set", "P1Y"),
    ("The census runs every 10 years.", R, "every 10 years", "set", "P10Y"),
    ("Buses run every other day.", R, "every other day", "set", "P2D"),
    ("Inspectors visit each March.", R, "each March", "set", "XXXX-03"),
    // A day coordinated with a recurring one recurs too.
    ("Patrols run every Friday and Saturday night until the spring.", R, "Saturday night", "set", "XXXX-WXX-6TNI"),
    ("The market opens each Tuesday or Thursday.", R, "Thursday", "set", "XXXX-WXX-4"),
    ("The council meets twice a month.", R, "twice a month", "set", "P1M"),
    ("Dividends are paid annually.", R, "annually", "set", "P1Y"),
    ("The index is published monthly.", R, "monthly", "set", "P1M"),
    ("The market opens on Saturdays.", R, "Saturdays", "set", "XXXX-WXX-6"),

    // --- Holidays ---
    ("Shops reopened after Christmas.", R, "Christmas", "date", "2025-12-25"),
    ("The talks will resume after Easter.", R, "Easter", "date", "2026-04-05"),
    ("Easter 2024 fell in March.", R, "Easter 2024", "date", "2024-03-31"),
    ("Flights were cancelled on Christmas Eve.", R, "Christmas Eve", "date", "2025-12-24"),
    ("Fireworks lit the sky on New Year's Eve.", R, "New Year's Eve", "date", "2025-12-31"),
    ("Retailers expect big sales on Black Friday.", R, "Black Friday", "date", "2026-11-27"),
    ("Families gathered for Thanksgiving.", R, "Thanksgiving", "date", "2025-11-27"),
    ("The fast of Ramadan begins next month.", R, "Ramadan", "date", "-"),
    // --- A clock time and the day it is on: one date and time ---
    ("Power failed at 10 p.m. Monday across the city.", R, "10 p.m. Monday", "time", "2026-03-02T22:00"),
    ("By 6 a.m. Monday, crews had restored power.", R, "6 a.m. Monday", "time", "2026-03-02T06:00"),
    ("The threat should pass by noon Thursday.", R, "noon Thursday", "time", "2026-03-05T12:00"),
    ("Crews arrived Monday at 9 a.m. to clear the road.", R, "Monday at 9 a.m.", "time", "2026-03-02T09:00"),
    ("Bids closed at 5 p.m. EST on March 2.", R, "5 p.m. EST on March 2", "time", "2026-03-02T17:00"),
    ("The polls closed on Sunday, 8 p.m., officials said.", R, "Sunday, 8 p.m.", "time", "2026-03-01T20:00"),
    // A bare time is on the day its sentence names, else on the reference date.
    ("The alarm sounded at 2:15 a.m. on the ship.", R, "2:15 a.m.", "time", "2026-03-03T02:15"),
    ("The alarm that sounded at 4:40 a.m. was still on Monday.", R, "4:40 a.m.", "time", "2026-03-02T04:40"),
    // A modifier on a weekday keeps the day's value.
    ("The storm hit late Monday.", R, "late Monday", "date", "2026-03-02"),
    ("Rescuers reached the village early Sunday.", R, "early Sunday", "date", "2026-03-01"),
    // A day coordinated with a day and its month takes that month.
    ("The talks are on 18 and 19 June.", R, "18", "date", "2026-06-18"),
    ("Voting is on 4, 5 and 6 May.", R, "5", "date", "2026-05-05"),
    ("The summit is on June 18 and 19.", R, "19", "date", "2026-06-19"),
    ("It opens on June 4, 5 and 6 in Paris.", R, "5", "date", "2026-06-05"),
    ("Tests are on 25 June, 2 and 9 July.", R, "2", "date", "2026-07-02"),
    // --- No reference date: what the text fixes, as TIMEX3 placeholders ---
    ("Rates rose in December.", "", "December", "date", "XXXX-12"),
    ("The survey was released on Tuesday.", "", "Tuesday", "date", "XXXX-WXX-2"),
    ("Applications peaked on March 14.", "", "March 14", "date", "XXXX-03-14"),
    ("Rates may fall by the summer.", "", "summer", "date", "XXXX-SU"),
    ("Sales slowed in late February.", "", "late February", "date", "XXXX-02"),
    ("The vote is on Friday morning.", "", "Friday morning", "date", "XXXX-WXX-5TMO"),
    ("The deadline is Tuesday at 3 p.m.", "", "Tuesday at 3 p.m.", "time", "XXXX-WXX-2T15:00"),
    ("The plant opened in 2007.", "", "2007", "date", "2007"),
    ("The firm was founded on 4 November 1998.", "", "4 November 1998", "date", "1998-11-04"),
    ("Sales rose over Christmas.", "", "Christmas", "date", "XXXX-12-25"),
    ("Queues formed on Boxing Day.", "", "Boxing Day", "date", "XXXX-12-26"),
    ("Sales at Christmas 2004 rose.", "", "Christmas 2004", "date", "2004-12-25"),
    ("Shops shut for Easter.", "", "Easter", "date", "-"),
    // Counted from the reference: the placeholder of their granularity without one.
    ("Prices fell last year.", "", "last year", "date", "XXXX"),
    ("Sales rose last December.", "", "last December", "date", "XXXX-12"),
    ("The bridge closed two weeks ago.", "", "two weeks ago", "date", "XXXX-WXX"),
    ("The mayor resigned yesterday.", "", "yesterday", "date", "XXXX-XX-XX"),
    ("Work is scheduled to finish on the 20th.", "", "20th", "date", "XXXX-XX-20"),
    ("The rules changed this month.", "", "this month", "date", "XXXX-XX"),
    ("The band plays tonight.", "", "tonight", "date", "XXXX-XX-XXTNI"),
    ("The talks resume next Tuesday.", "", "next Tuesday", "date", "XXXX-WXX-2"),
    ("Profit fell in the third quarter.", "", "third quarter", "date", "XXXX-Q3"),
    ("The river froze last winter.", "", "last winter", "date", "XXXX-WI"),
    ("Shops were shut last weekend.", "", "last weekend", "date", "XXXX-WXX-WE"),
    ("The mill closed a decade ago.", "", "a decade ago", "date", "-"),
    ("The mill reopened three years later.", "", "three years later", "duration", "P3Y"),
    // --- Vague stretches before and after the time of writing (TIMEX3 PAST_REF, FUTURE_REF) ---
    ("Floods have grown worse in recent years.", "", "recent years", "date", "PAST_REF"),
    ("Prices will settle in the coming months.", R, "coming months", "date", "FUTURE_REF"),
    ("The pier was built several years ago.", R, "several years ago", "date", "PAST_REF"),
    ("Cases rose over the past weeks.", R, "past weeks", "date", "PAST_REF"),
    // --- The quarter in focus: the last one named, else the last ended before the reference ---
    ("Profit in the quarter rose 8%.", R, "quarter", "date", "2025-Q4"),
    ("Sales in the latest quarter rose.", R, "latest quarter", "date", "2025-Q4"),
    ("Net was $5 million in the year-earlier quarter.", R, "year-earlier quarter", "date", "2024-Q4"),
    ("Sales fell from the year-ago period.", R, "year-ago period", "date", "2024-Q4"),
    ("Third-quarter profit rose to $9 million from $7 million a year earlier.", R, "a year earlier", "date", "2024-Q3"),
    ("Third-quarter net rose to $9 million from $7 million a year ago.", R, "a year ago", "date", "2024-Q3"),
    // "the quarter" names the quarter in focus again, for "a year earlier" two sentences on.
    ("Third-quarter profit rose. Sales were flat. Costs fell. In the quarter, margins widened. Net was $2 million a year earlier.", R, "a year earlier", "date", "2024-Q3"),
    ("He was elected a year ago.", R, "a year ago", "date", "2025"),
    ("Wages were higher than a year earlier.", R, "a year earlier", "date", "2025"),
    ("Profit fell in the 2025 second quarter.", R, "2025 second quarter", "date", "2025-Q2"),
    ("Third-quarter net rose; it lost $3 million in the 2024 quarter.", R, "2024 quarter", "date", "2024-Q3"),
    ("In the year-ago third quarter it earned $22 million.", R, "year-ago third quarter", "date", "2024-Q3"),
    // A quarter that ended within four months is the one a future verb reports on.
    ("The company expects to report fourth-quarter profit of $2 a share.", R, "fourth-quarter", "date", "2025-Q4"),
    // --- A past cue moves a date without a year back at most about nine months ---
    ("The board said the dividend was payable March 15.", R, "March 15", "date", "2026-03-15"),
    ("The rights, which were issued last year, expire April 21.", R, "April 21", "date", "2026-04-21"),
    ("The plant closed on Feb. 20.", R, "Feb. 20", "date", "2026-02-20"),
    ("The offer, which had been due to expire on Feb. 27, now runs to March 20.", R, "Feb. 27", "date", "2026-02-27"),
    // ... unless the past is told at the date itself: "since", a period "ended".
    ("Its market share has dropped 5% since May.", R, "May", "date", "2025-05"),
    ("In the fiscal year ended Jan. 31, the chain reported sales of $59 million.", "2026-10-31", "Jan. 31", "date", "2026-01-31"),
    ("Unions have earmarked 23 March for a one-day strike.", "2026-03-09", "23 March", "date", "2026-03-23"),
    ("Shares fell again Monday, the fourth decline in a row.", R, "Monday", "date", "2026-03-02"),
    // A future cue that is a plural noun after a number tells nothing ("votes", "starts").
    ("Alvarez led by 1,423 votes on Wednesday.", R, "Wednesday", "date", "2026-02-25"),
    ("He has made just six starts in six months.", R, "six months", "duration", "P6M"),
    // --- A weekday after capitalised words is the day of wire copy ---
    ("The World Court Monday rejected the objections.", R, "Monday", "date", "2026-03-02"),
    ("Bombs exploded in Kenya and Tanzania Monday, killing 81.", R, "Monday", "date", "2026-03-02"),
    ("President Bill Clinton Monday vowed to act.", R, "Monday", "date", "2026-03-02"),
    // --- Vague durations: a plural unit with no count ---
    ("Troops could be deployed within weeks.", R, "weeks", "duration", "PXW"),
    ("His car was seen nearby in the days before the attack.", R, "days", "duration", "PXD"),
    ("For years the firm ignored the warnings.", R, "years", "duration", "PXY"),
    ("Over the decades, the port grew.", R, "decades", "duration", "PXY"),
    ("Rescuers searched for hours.", R, "hours", "duration", "PTXH"),
    ("He crossed the border days after the shooting.", R, "days", "duration", "PXD"),
    ("Repairs could take days.", R, "days", "duration", "PXD"),
    // --- A span of a year, and the first months of one ---
    ("For the year ended Sept. 30, the firm earned $4 million.", R, "year", "duration", "P1Y"),
    // "the year" after "for", "in", "of" and no "ended": the year of the report.
    ("For the year, sales rose 4%.", R, "year", "date", "2026"),
    ("Shares hit a high for the year.", R, "year", "date", "2026"),
    ("Margins narrowed during the year.", R, "year", "duration", "P1Y"),
    ("For the first nine months, the firm earned $9 million.", R, "first nine months", "duration", "P9M"),
    // --- Durations: counts, fractions, compounds, and long units alone ---
    ("The strike lasted three weeks.", R, "three weeks", "duration", "P3W"),
    ("Rescuers had 72 hours to reach them.", R, "72 hours", "duration", "PT72H"),
    ("The trial took two and a half years.", R, "two and a half years", "duration", "P2Y6M"),
    ("The talks ran for an hour and a half.", R, "an hour and a half", "duration", "PT1H30M"),
    // A whole number and a fraction in digits, as wire copy writes them; the rest of a
    // fraction in the next smaller unit, as TIMEX3 writes it.
    ("They lived in the camps for 2 1/2 years.", R, "2 1/2 years", "duration", "P2Y6M"),
    ("The envoy spent 5 1/2 hours in Nairobi.", R, "5 1/2 hours", "duration", "PT5H30M"),
    ("The search went on for a day and a half.", R, "a day and a half", "duration", "P1DT12H"),
    ("Rescuers waited half a day.", R, "half a day", "duration", "PT12H"),
    ("He served a decade in prison.", R, "a decade", "duration", "P10Y"),
    ("Talks took a fortnight.", R, "a fortnight", "duration", "P2W"),
    // --- More clock times on their days ---
    ("Polls opened at 7 a.m. Sunday.", R, "7 a.m. Sunday", "time", "2026-03-01T07:00"),
    ("The show airs at 9 p.m. on March 12.", R, "9 p.m. on March 12", "time", "2026-03-12T21:00"),
    ("The vote was on Monday, 5 p.m.", R, "Monday, 5 p.m.", "time", "2026-03-02T17:00"),
    ("The vote is on Thursday, 5 p.m.", "", "Thursday, 5 p.m.", "time", "XXXX-WXX-4T17:00"),
    ("He left on Sunday evening.", "", "Sunday evening", "date", "XXXX-WXX-7TEV"),
    ("The plant closed in the spring.", "", "spring", "date", "XXXX-SP"),
    ("The deal should close by year-end.", R, "year-end", "date", "2026"),
    ("Shares are up 12% since year-end.", R, "year-end", "date", "2025"),
    ("This comes barely a month after the strike.", R, "a month", "duration", "P1M"),
    ("For the week, the index fell 3.8%.", R, "week", "date", "2026-W10"),
    ("It was the week's busiest session.", R, "week", "date", "2026-W10"),
    ("The men showed up the day after his death.", R, "day", "date", "-"),
    ("It was the first day of the trial.", R, "first day", "date", "-"),
    ("Ukraine was ruled from Moscow for centuries.", R, "centuries", "duration", "PXY"),
    ("Prices rose in March for the third month.", R, "March", "date", "2026-03"),
    // --- Years in words ---
    ("In nineteen ninety-six the war ended.", R, "nineteen ninety-six", "date", "1996"),
    ("It began in the year two thousand.", R, "two thousand", "date", "2000"),
    ("By October two thousand and five it was over.", R, "October two thousand and five", "date", "2005-10"),
    ("The mill shut in nineteen ninety six.", R, "nineteen ninety six", "date", "1996"),
    ("She landed on 13 Sept nineteen seventy two.", R, "13 Sept nineteen seventy two", "date", "1972-09-13"),
    ("He was born on January twenty five nineteen eighty six.", R, "January twenty five nineteen eighty six", "date", "1986-01-25"),
    ("He was born on twenty five January nineteen eighty six.", R, "twenty five January nineteen eighty six", "date", "1986-01-25"),
    ("The fort was finished on 6 April seventeen hundred thirty three.", R, "6 April seventeen hundred thirty three", "date", "1733-04-06"),
    // --- A year in two digits after "of" ---
    ("The plant opened in April of 87.", R, "April of 87", "date", "1987-04"),
    ("She left on 15 April of '92, records show.", R, "15 April of '92", "date", "1992-04-15"),
    // --- The nth month or day of a period ---
    ("The vote falls in the third month of 2027.", R, "third month of 2027", "date", "2027-03"),
    ("Rain fell on the first day of March.", R, "first day of March", "date", "2026-03-01"),
    ("Talks resume in the second week of March.", R, "second week of March", "date", "2026-W10"),
    // "the new year": the year that comes next (from July on), not New Year's Day.
    ("Details are expected in the new year.", "2026-12-07", "new year", "date", "2027"),
    ("Sales usually pick up in the New Year.", "2026-12-07", "New Year", "date", "2027"),
    ("He celebrated New Year in Sydney.", "2026-12-07", "New Year", "date", "2027-01-01"),
    ("The first two or three weeks were hard.", R, "first two or three weeks", "duration", "P2W..P3W"),
    ("Output peaks in the 9th month of next year.", R, "9th month of next year", "date", "2027-09"),
    ("The new rules apply from the first of April.", R, "first of April", "date", "2026-04-01"),
    ("She arrived on the second of Aug. with her son.", R, "second of Aug.", "date", "2025-08-02"),
    ("The band was formed in two thousand and fifteen.", R, "two thousand and fifteen", "date", "2015"),
    ("On 4 July two thousand people marched.", R, "4 July", "date", "2025-07-04"),
    // --- "last" and "next" before a holiday: the one before or after the reference date ---
    ("Crowds were larger last Easter.", R, "last Easter", "date", "2025-04-20"),
    ("The fair returns next Christmas.", R, "next Christmas", "date", "2026-12-25"),
    // --- Before any date is named: days and weeks told from the reference date ---
    ("Police returned the next day.", R, "next day", "date", "2026-03-04"),
    ("Rescuers reached the village a fortnight later.", R, "a fortnight later", "date", "2026-03-17"),
    ("The firm was sold the following year.", R, "following year", "date", "-"),
    // --- A day, a season or a holiday of "last year", "this year", "next year" ---
    ("The plant opened on June 28 last year.", R, "June 28 last year", "date", "2025-06-28"),
    ("Talks ended in the spring of last year.", R, "spring of last year", "date", "2025-SP"),
    ("The fair returns at Easter next year.", R, "Easter next year", "date", "2027-03-28"),
    // --- "late", "earlier", "later" before a day: inside the span, the day's value ---
    ("The talks collapsed late yesterday.", R, "late yesterday", "date", "2026-03-02"),
    ("The mine closed on May 4, 2019. By mid-afternoon, the shafts were empty.", R, "mid-afternoon", "time", "2019-05-04TAF"),
    ("By mid-afternoon, the streets were empty.", R, "mid-afternoon", "time", "2026-03-03TAF"),
    ("Earlier Sunday, rebels shelled the town.", R, "Earlier Sunday", "date", "2026-03-01"),
    // --- An hour and a part of the day: a clock time ---
    ("The quake struck at 4 in the morning.", R, "4 in the morning", "time", "2026-03-03T04:00"),
    ("Polls close at 9 in the evening.", R, "9 in the evening", "time", "2026-03-03T21:00"),
    ("The blast was heard at 11 at night.", R, "11 at night", "time", "2026-03-03T23:00"),
    ("The shop opens at nine o'clock.", R, "nine o'clock", "time", "2026-03-03T09:00"),
    ("He got up at three o'clock in the morning.", R, "three o'clock in the morning", "time", "2026-03-03T03:00"),
    ("The rally ended at 8 o'clock in the evening.", R, "8 o'clock in the evening", "time", "2026-03-03T20:00"),
    ("Police arrived at six in the evening.", R, "six in the evening", "time", "2026-03-03T18:00"),
    // --- "ahead of" a weekday: the next one, whatever the verbs say ---
    ("Stocks fell ahead of Friday's jobs report.", R, "Friday", "date", "2026-03-06"),
    ("Traders were cautious on the eve of Wednesday's budget.", R, "Wednesday", "date", "2026-03-04"),
    // --- Weekdays and parts of a day told from the last date named ---
    ("The mine closed on May 4, 2019. It reopened the following Monday.", R, "following Monday", "date", "2019-05-06"),
    ("The mine closed on May 4, 2019. The owners had met the previous Friday.", R, "previous Friday", "date", "2019-05-03"),
    ("The mine closed on May 4, 2019. Crews returned the next morning.", R, "next morning", "date", "2019-05-05TMO"),
    ("The mine closed on May 4, 2019. Later that night, the roof fell.", R, "Later that night", "date", "2019-05-04TNI"),
    ("The mine closed on May 4, 2019. Police came that night.", R, "that night", "date", "2019-05-04TNI"),
    ("The firm was founded in 1998 and that year it hired 40 people.", R, "that year", "date", "1998"),
    // --- A rate: a set of one a period ---
    ("Migrants send $1 billion a year home.", R, "a year", "set", "P1Y"),
    ("The fee is £111 a month.", R, "a month", "set", "P1M"),
    ("The bill would cost $5 a year.", R, "a year", "set", "P1Y"),
    ("Applications ran at about 9,500 a week.", R, "a week", "set", "P1W"),
    // --- "year-earlier" and "year-ago" on their own: the quarter in focus, a year back ---
    ("Third-quarter net fell, compared with year-earlier profit of $3 million.", R, "year-earlier", "date", "2024-Q3"),
    ("The year-ago results were restated.", R, "year-ago", "date", "2024-Q4"),
    ("It turned a profit after several quarters of losses.", R, "several quarters", "duration", "PXM"),
    // --- A day of the month alone ---
    ("Work is scheduled to finish on the 20th.", R, "20th", "date", "2026-03-20"),
    ("Talks collapsed on the 2nd.", R, "2nd", "date", "2026-03-02"),
    // --- Years written as one token: one date from the first to the last ---
    ("The slump of 1957-58 is a distant memory.", R, "1957-58", "date", "1957..1958"),
    ("The crash of 2009-2010 still shapes lending.", R, "2009-2010", "date", "2009..2010"),
    ("The 2005-6 target for the deficit was missed.", R, "2005-6", "date", "2005..2006"),
    // A phrase told from a span of years counts from its first year.
    ("Growth was 7.1% in 2005-6, up from 6.7% the previous year.", R, "previous year", "date", "2004"),
    // --- Decades with an apostrophe ---
    ("Anyone who bought a home in the 1980's remembers it.", R, "the 1980's", "date", "198X"),
    ("Rates were high in the late 1970’s.", R, "the late 1970’s", "date", "197X"),
    // --- A clock time on a part of a day: one time, after noon in the evening, the next
    // day's small hours at night ---
    ("Talks broke down at 10 p.m. last night.", R, "10 p.m. last night", "time", "2026-03-02T22:00"),
    ("Shares rose to 4.16 euros by 11:30 this morning.", R, "11:30 this morning", "time", "2026-03-03T11:30"),
    ("The union will hold a rally this evening at 7:30.", R, "this evening at 7:30", "time", "2026-03-03T19:30"),
    ("Staff will walk out at midnight tonight.", R, "midnight tonight", "time", "2026-03-04T00:00"),
    ("The ferry sails tonight at 1am.", R, "tonight at 1am", "time", "2026-03-04T01:00"),
    ("The vote is tomorrow afternoon at 3.", R, "tomorrow afternoon at 3", "time", "2026-03-04T15:00"),
    ("He was seen at 2am on Sunday morning.", R, "2am on Sunday morning", "time", "2026-03-01T02:00"),
    // --- A week, month or year told by the words after it ---
    ("Rooms are booked for the week after next.", R, "week after next", "date", "2026-W12"),
    ("Prices peaked the month before last.", R, "month before last", "date", "2026-01"),
    ("The fund is up 9% in the year to date.", R, "year to date", "date", "2026"),
    // --- Nights of a stay, rates of a period, "last" the verb ---
    ("Passengers spent two nights in hotels.", R, "two nights", "duration", "P2D"),
    ("He woke up many nights in a row.", R, "many nights", "duration", "PXD"),
    ("The plant runs 24 hours a day.", R, "24 hours a day", "set", "P1D"),
    ("She works six days a week.", R, "six days a week", "set", "P1W"),
    ("The strike is set to last 48 hours.", R, "48 hours", "duration", "PT48H"),
    ("The trial is expected to last two months.", R, "two months", "duration", "P2M"),
    ("The drought could last years.", R, "years", "duration", "PXY"),
    ("Sales returned to last year's level.", R, "last year", "date", "2025"),
    // --- Counts with a scale word, the year's end ---
    ("The port has traded for a hundred years.", R, "a hundred years", "duration", "P100Y"),
    ("Families kept the secret for two thousand years.", R, "two thousand years", "duration", "P2000Y"),
    ("The deal should close by year end.", R, "year end", "date", "2026"),
    ("Rules should be in place by year's end.", R, "year's end", "date", "2026"),
    ("Prices have risen since year end.", R, "year end", "date", "2025"),
    ("He forecast higher profit for the full year.", R, "full year", "date", "2026"),
    ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", R, "Feb. 1", "date", "2027-02-01"),
    // --- A set of days at a clock time: one set ---
    ("The museum opens every day at 10am.", R, "every day at 10am", "set", "XXXX-XX-XXT10:00"),
    ("Services are held on Sundays at 11am.", R, "Sundays at 11am", "set", "XXXX-WXX-7T11:00"),
    ("Trains leave at 7pm every day.", R, "7pm every day", "set", "XXXX-XX-XXT19:00"),
    ("Fans meet every evening at 7:13 p.m.", R, "every evening at 7:13 p.m.", "set", "XXXX-XX-XXT19:13"),
    // --- A part of a day after a weekday, a week by its first day, a holiday's weekend ---
    ("The vote is on Tuesday in the morning.", R, "Tuesday in the morning", "date", "2026-03-03TMO"),
    ("The blast came on Sunday early morning.", R, "Sunday early morning", "date", "2026-03-01TMO"),
    ("Talks resume in the week beginning 9 March.", R, "week beginning 9 March", "date", "2026-W11"),
    ("The fair will run the week of the 18th.", R, "week of the 18th", "date", "2026-W12"),
    ("Traffic was heavy over the Labor Day weekend.", R, "Labor Day weekend", "date", "2025-W35-WE"),
    ("Unions will march on International Workers' Day.", R, "International Workers' Day", "date", "2026-05-01"),
    ("The service was held on Ash Wednesday.", R, "Ash Wednesday", "date", "2026-02-18"),
    ("Schools will close on Martin Luther King Day.", R, "Martin Luther King Day", "date", "2027-01-18"),
    ("Shops close over the Easter weekend.", R, "Easter weekend", "date", "2026-W14-WE"),
    // --- A unit before "-long": a duration ---
    ("Staff began a week-long strike.", R, "week-long", "duration", "P1W"),
    ("The year-long inquiry ended.", R, "year-long", "duration", "P1Y"),
    ("It ended a decades-long dispute.", R, "decades-long", "duration", "PXY"),
    // (not "that week", the last week named)
    ("Aides said that week-long talks had failed.", R, "week-long", "duration", "P1W"),
    // --- Frequency words as adverbs ---
    ("The carrier will fly daily between the two cities.", R, "daily", "set", "P1D"),
    ("Protesters gather daily outside the embassy.", R, "daily", "set", "P1D"),
    // --- A length after which something happened, with no time to count from: a duration ---
    ("An hour later, the fire was out.", R, "An hour later", "duration", "PT1H"),
    ("A minute and a half later, a pilot radioed the tower.", R, "A minute and a half later", "duration", "PT1M30S"),
    ("The jet was climbing at 6:42 p.m. on March 1 when the alarm sounded. It landed 23 minutes later.", R, "23 minutes later", "time", "2026-03-01T19:05"),
    // Before "than" a length compares, and is a duration.
    ("The last train leaves at 22:47, 20 minutes earlier than usual.", R, "20 minutes", "duration", "PT20M"),
    ("The plant opened five years later than planned.", R, "five years", "duration", "P5Y"),
    // --- An "-ed" word before a noun is an adjective and says nothing of when ---
    ("The part had been replaced during scheduled maintenance on Jan. 9.", R, "Jan. 9", "date", "2026-01-09"),
    ("Sales beat the expected growth on Jan. 9.", R, "Jan. 9", "date", "2026-01-09"),
    // --- Days of trading or work: a duration, counted from no date ---
    ("It beat the average for the last 20 trading days.", R, "last 20 trading days", "duration", "P20D"),
    ("Shares rose eight trading days after March 2.", R, "eight trading days", "duration", "P8D"),
    // --- A day named again without its year is the day named before ---
    ("The attack was on 14 February 2025. Call police quoting log 2145 of 14 February.", R, "14 February", "date", "2025-02-14"),
    // --- A count of times a period: the count inside ---
    ("Patients had headaches three times a week.", R, "three times a week", "set", "P1W"),
    ("Take the tablets two to three times a day.", R, "two to three times a day", "set", "P1D"),
    ("Inspectors call three or four times a month.", R, "three or four times a month", "set", "P1M"),
    ("The agency expects to issue alerts 10 times a year.", R, "10 times a year", "set", "P1Y"),
    // --- A rate after a count and its noun ---
    ("The route adds nearly 700 seats a week.", R, "a week", "set", "P1W"),
    ("The change would save 65 lives a year.", R, "a year", "set", "P1Y"),
    ("Patients had 7.4 fewer migraine days a month.", R, "a month", "set", "P1M"),
    ("Adults must be paid at least £5.05 an hour.", R, "an hour", "set", "PT1H"),
    // --- A weekend's length: no weekend of the calendar ---
    ("Patients can finally plan a weekend, she said.", R, "a weekend", "duration", "P1WE"),
    ("Christmas fell on a long weekend.", R, "a long weekend", "duration", "P1WE"),
    // --- A range of durations: one duration from the shorter to the longer ---
    ("A final report typically takes 12 to 24 months.", R, "12 to 24 months", "duration", "P12M..P24M"),
    ("Repairs will take two or three weeks.", R, "two or three weeks", "duration", "P2W..P3W"),
    ("The walk takes 10-15 minutes.", R, "10-15 minutes", "duration", "PT10M..PT15M"),
    ("The journey lasts between 2 and 3 hours.", R, "2 and 3 hours", "duration", "PT2H..PT3H"),
    ("They face five to 10 years in prison.", R, "five to 10 years", "duration", "P5Y..P10Y"),
    ("The storm hit two to three years ago.", R, "three years ago", "date", "2023"),
    // --- Counted from the last date named by "after that" ---
    ("The lander reaches orbit on March 21 and lands five days after that.", R, "five days after that", "date", "2026-03-26"),
    ("We'll stay until Christmas and then maybe a week after that.", R, "a week after that", "date", "2027-01-01"),
    ("It lands on April 2. Later that day the rover drives off.", R, "Later that day", "date", "2026-04-02"),
    // --- A run of months into the next year: the end on or after the start ---
    ("The main crop typically runs from October to March.", "2026-10-06", "March", "date", "2027-03"),
    ("The vote was moved from March to February.", "2026-10-06", "February", "date", "2026-02"),
    // --- "this night", and days of another world ---
    ("We have waited three years for this night.", R, "this night", "date", "2026-03-03TNI"),
    ("The rover should work for about 14 Earth days.", R, "14 Earth days", "duration", "P14D"),
    // --- Decades and centuries later: the year counted from the last date ---
    ("The mill opened in 1826. A century later it employed 900 people.", R, "A century later", "date", "1926"),
    // --- The year a sentence opens with, a season told from the last date, a relative
    // clause in the past perfect passed over ---
    ("In 2015, the firm moved in March.", R, "March", "date", "2015-03"),
    ("In 2015, the deal closed on March 14.", "", "March 14", "date", "2015-03-14"),
    ("The firm opened in 2015. That summer it hired 400 workers.", R, "That summer", "date", "2015-SU"),
    ("It opened in 2015 with staff from a yard that had closed in 2009. The following year it grew.", R, "following year", "date", "2016"),
    // --- A century with a modifier keeps it, and its "the" ---
    ("The mill dates from the late 19th century.", R, "the late 19th century", "date", "18XX"),
    ("The bridge was built in the mid-20th century.", R, "the mid-20th century", "date", "19XX"),
    ("The plant makes 40 gigawatt hours of cells a year.", R, "a year", "set", "P1Y"),
    ("The club was founded in 1950. A decade later it won the league.", R, "A decade later", "date", "1960"),
    ("The plant opened in 1961. Two decades later it closed.", R, "Two decades later", "date", "1981"),
    ("The plant will supply 250 million litres of water a day.", R, "a day", "set", "P1D"),
    ("Northern will run one train an hour on the route.", R, "an hour", "set", "PT1H"),
    ("Operators add two flights a week in May.", R, "a week", "set", "P1W"),
    // --- Clock times told in quarters and halves, sets counted in words ---
    ("It started at a quarter past two this afternoon.", R, "quarter past two this afternoon", "time", "2026-03-03T14:15"),
    ("We left at half past nine.", R, "half past nine", "time", "2026-03-03T09:30"),
    ("Police said the attack happened at twenty past eight in the evening.", R, "twenty past eight in the evening", "time", "2026-03-03T20:20"),
    ("The last train left at 10 minutes past six.", R, "10 minutes past six", "time", "2026-03-03T06:10"),
    ("The alarm sounded at ten past seven o'clock.", R, "ten past seven o'clock", "time", "2026-03-03T07:10"),
    ("Crews are rotated every forty-five minutes.", R, "every forty-five minutes", "set", "PT45M"),
    // --- A timeline: a day takes its entry's year, an entry its section's ---
    ("Key events:\n\nMarch 2023 - The state approves it. A challenge is filed on March 29.\n\nAug. 2024 - A builder wins the contract.", R, "March 29", "date", "2023-03-29"),
    ("Key events:\n\n2025\n\nJan. 20 - The court rejects the case.\n\nApril 3 - A study is published.", R, "April 3", "date", "2025-04-03"),
    ("Key events:\n\nDec. 2023 - Talks fail; a new round is set for January.\n\nMarch 2024 - Talks resume.", R, "January", "date", "2024-01"),
    ("Key events:\n\nLate 2023 - The drought eases after the wettest spring in a decade.\n\n2024 - Dams fill.", R, "spring", "date", "2023-SP"),
    ("Key events:\n\nMarch 2023 - The state approves it. A challenge is filed on March 29.", "", "March 29", "date", "XXXX-03-29"),
    // --- A part of a day before or after the last date named ---
    ("The mine closed on May 4, 2019. Its owners had met the night before.", R, "night before", "date", "2019-05-03TNI"),
    ("The mine closed on May 4, 2019. Crews went back the morning after.", R, "morning after", "date", "2019-05-05TMO"),
    ("The mine closed in 2019. Its owners had met the night before.", R, "night before", "date", "-"),
    // --- The day of a year, as almanacs count it ---
    ("Today is the 71st day of 2026.", R, "71st day of 2026", "date", "2026-03-12"),
    ("The rule ends on the 366th day of 2024.", R, "366th day of 2024", "date", "2024-12-31"),
    ("The count began on the first day of 2025.", R, "first day of 2025", "date", "2025-01-01"),
    ("Almanacs list Thursday, March 12, the 71st day of 2026, as a holiday.", "", "71st day of 2026", "date", "2026-03-12"),
    // --- A bare day goes on in the year of a day written before it on the same line ---
    ("On March 12, 1930, the march set out. On April 6, he picked up salt.", R, "April 6", "date", "1930-04-06"),
    ("The plant opened on May 2, 2011, and by June it had closed.", R, "June", "date", "2011-06"),
    ("On March 12, 1930, the march set out.\n\nOn April 6, he picked up salt.", R, "April 6", "date", "2026-04-06"),
    ("On March 12, 1930, the march set out. In January, he wrote.", R, "January", "date", "2026-01"),
    ("On May 22, 1995, he was promoted, and the following year he moved, and was fined in December.", R, "December", "date", "2025-12"),
    // --- Spelled time zones after a clock time; the year-earlier quarter named to compare ---
    ("The call starts at 4:30 p.m. Eastern Time on Tuesday.", R, "4:30 p.m. Eastern Time on Tuesday", "time", "2026-03-03T16:30"),
    ("Doors open at 9 a.m. Pacific Standard Time.", R, "9 a.m. Pacific Standard Time", "time", "2026-03-03T09:00"),
    ("Sales in the fourth quarter of 2025 were $5 million, against $4 million in the fourth quarter of 2024. The company ended the quarter with 90 staff.", R, "quarter", "date", "2025-Q4"),
    ("Profit for the fourth quarter of 2025 rose, compared with the fourth quarter of 2024. It fell from a year earlier in units.", R, "a year earlier", "date", "2024-Q4"),
    // A month, a season or a holiday with "of" and the year it belongs to.
    ("The plant closed in June of last year.", R, "June of last year", "date", "2025-06"),
    ("Output grew in March of this year.", R, "March of this year", "date", "2026-03"),
    ("The line opens in January of next year.", R, "January of next year", "date", "2027-01"),
    ("Prices last sat there in the winter of nineteen ninety-four.", R, "winter of nineteen ninety-four", "date", "1994-WI"),
    ("They married in the summer of two thousand and five.", R, "summer of two thousand and five", "date", "2005-SU"),
    // A run of months told in the past ends in the past and starts before its end.
    ("Shipments between January and October rose 12 percent.", "2026-12-01", "January", "date", "2026-01"),
    ("Exports from January to October fell, the ministry said.", "2026-12-01", "January", "date", "2026-01"),
    ("Between November and February, the river froze twice.", "2026-03-10", "November", "date", "2025-11"),
    ("Between November and February, the river froze twice.", "2026-03-10", "February", "date", "2026-02"),
    // A schedule told in the present is ahead: "is" or "are" before the day or its time.
    ("The match is on Saturday.", R, "Saturday", "date", "2026-03-07"),
    ("Kick-off is at 15:00 GMT Saturday.", R, "15:00 GMT Saturday", "time", "2026-03-07T15:00"),
    ("The semifinals are July 19-20.", "2026-08-31", "July 19-20", "date", "2027-07-19..2027-07-20"),
    // A clock time is tied to the day of its clause, not to one in an aside before it.
    ("The council on Thursday approved a budget for fiscal 2027, the year that begins Oct. 1, after a meeting that ended at 11:40 p.m.", R, "11:40 p.m.", "time", "2026-02-26T23:40"),
    // Hours, minutes and seconds with no "a.m." or zone: a race's time.
    ("Sato won the race in 2:18:40.", R, "2:18:40", "duration", "PT2H18M40S"),
    ("The quake struck at 2:46:23 local time.", R, "2:46:23 local time", "time", "2026-03-03T02:46"),
    // An event scheduled for the day gone is next year's; only a deadline is the day gone.
    ("Next year's race is scheduled for March 2.", R, "March 2", "date", "2027-03-02"),
    // A weekday awaited is ahead of the report, whatever the verb's tense.
    ("Traders waited for Friday's jobs report.", R, "Friday", "date", "2026-03-06"),
    // "the 30th" told in the past from a March: the last month with a 30th.
    ("He was hired on the 30th.", R, "30th", "date", "2026-01-30"),
    ("The vote is set for the 31st.", R, "31st", "date", "2026-03-31"),
    // A deadline a day or two gone, not the one a year ahead.
    ("The agency ordered the company to repay the loan by Jan. 14.", "2026-01-15", "Jan. 14", "date", "2026-01-14"),
    ("Bids must be filed by Nov. 30 to qualify.", "2026-12-01", "Nov. 30", "date", "2026-11-30"),
    ("The summit will be held on Nov. 30.", "2026-10-20", "Nov. 30", "date", "2026-11-30"),
    ("The rights will expire on Feb. 2.", "2026-03-10", "Feb. 2", "date", "2027-02-02"),
    // --- A weekday with its week; the British "Tuesday week"; a schedule in the present ---
    ("The bank meets on Thursday next week.", R, "Thursday next week", "date", "2026-03-12"),
    ("He spoke on Monday last week.", R, "Monday last week", "date", "2026-02-23"),
    ("The trade figures are due on Tuesday week.", "2026-03-05", "Tuesday week", "date", "2026-03-17"),
    ("Australia reports first-quarter GDP on Wednesday.", "2026-03-06", "Wednesday", "date", "2026-03-11"),
    ("The offer expires at midnight on Sunday.", "2026-03-04", "midnight on Sunday", "time", "2026-03-08T00:00"),
    ("The court hears the appeal on Monday.", "2026-03-04", "Monday", "date", "2026-03-09"),
    // --- "May" after "for"; a month opening a quotation ---
    ("Payrolls for May were strong.", "2026-06-10", "May", "date", "2026-05"),
    ("\"A June cut is a done deal,\" he said.", R, "June", "date", "2026-06"),
    // --- A school's terms, decades in words with a modifier, weekends as a set ---
    ("The school is to ban phones from the start of the autumn term.", "2024-07-10", "autumn term", "date", "2024-FA"),
    ("In the spring term of 2023, inspectors praised behaviour.", R, "spring term of 2023", "date", "2023-SP"),
    ("Classes resume in the fall semester.", "2026-07-01", "fall semester", "date", "2026-FA"),
    ("Smartphones became common in the early noughties.", R, "the early noughties", "date", "200X"),
    ("Parents want to reach their children at weekends.", R, "weekends", "set", "XXXX-WXX-WE"),
    ("My daughter gets two buses and it takes an hour.", R, "an hour", "duration", "PT1H"),
    ("Rates are to rise for the fourth time in five months.", R, "five months", "duration", "P5M"),
    ("He will take a one and a quarter year gap.", R, "one and a quarter year", "duration", "P1Y3M"),
    // --- A later clock time in a timeline on a day named before; flight hours ---
    ("A light came on at 7:52 p.m. on Aug. 14, 2023. The jet landed at 8:21 p.m.", R, "8:21 p.m.", "time", "2023-08-14T20:21"),
    ("The program allowed up to 600 flight hours between checks.", R, "600 flight hours", "duration", "PT600H"),
    // --- Quarters of a fiscal year written as a code; a quarter by its months ---
    ("Net profit in H1FY25 rose.", R, "H1FY25", "date", "FY2025-H1"),
    ("Profit in Q2 FY25 rose 18 per cent.", R, "Q2 FY25", "date", "FY2025-Q2"),
    ("Kaveri Bank Q2 profit jumps. Profit for the July-September quarter of FY25 rose.", "2024-10-19", "Q2", "date", "FY2025-Q2"),
    ("Profit in the April-June quarter rose.", "2024-10-19", "April-June quarter", "date", "2024-Q2"),
    ("Advances rose as of September 30, 2024, up 16 per cent from a year earlier.", R, "a year earlier", "date", "2023-09-30"),
    // --- A year before "financial year"; "a quarter" after an approximator is a fraction ---
    ("Revenue in the 2023 financial year was $61.2 billion.", R, "2023 financial year", "date", "FY2023"),
    // --- A time with no day after a sentence naming the night before ---
    ("A shooting early Sunday left two wounded. Officers were called shortly after 1:45 a.m.", "2024-07-29", "1:45 a.m.", "time", "2024-07-28T01:45"),
    // --- A press release's dateline dates the article ---
    ("OMAHA, Neb., Nov. 5, 2025 /PRNewswire/ -- Acme Inc. today reported results.", R, "today", "date", "2025-11-05"),
    ("TORONTO, Nov. 05, 2025 (GLOBE NEWSWIRE) -- Acme Corp. will report results tomorrow.", R, "tomorrow", "date", "2025-11-06"),
];

/// Sentences with no date in them, whatever they look like.
#[rustfmt::skip]
const NOT_DATES: &[&str] = &[
    "The second man is in his early 20s.",
    "The March of the Living drew thousands.",
    // Shows and works named like a time: a capitalised unit in running text.
    "Gonzalez said on CBS's 60 Minutes that the boy was being abused.",
    "Secretary Baker, speaking on ABC News' \"This Week,\" said the request was valid.",
    "He limped off early in the second half of the match.",
    "The index rose for the third day in a row.",
    "The market fell for the fifth day running.",
    "The bond fell about a quarter point in late trade.",
    "The council approved Ordinance 2026-14 and heard Case 2025-1187.",
    "They scored twice in the second half of the season.",
    "Both women were in their mid-30s.",
    "Scores were 4, 5 and 6 points.",
    "Data moves at one gigabit a second.",
    "Sales rose by half past two million.",
    "Five past champions attended the dinner.",
    "The vote came twenty-five past the deadline.",
    "Two thousand people marched in the capital.",
    "It was a sign that years of work had paid off.",
    "He was arrested at the annual March for Life.",
    "She led the March of the Mothers.",
    "The week was long and cold.",
    "Two thousand people marched.",
    "We met at eleven twenty.",
    "It was his second term in office.",
    "The 48-year-old was charged.",
    "It was the 20th anniversary of the crash.",
    "Every second buyer asks about fixed rates.",
    "The year was a good one for wine.",
    "She was named Footballer of the Year.",
    "The heady days of rising sales are gone.",
    "Happy Days was a hit.",
    "It holds more than a quarter of the market.",
    "Iraq imports about three-quarters of its food.",
    "He played Man Friday in the film.",
    "Candidates rallied ahead of Super Tuesday.",
    "The period of growth ended badly.",
    "The 48-year-old was arrested.",
    "The victim was 20 years old.",
    "Theresa May addressed the party.",
    "This may take longer than expected.",
    "Thousands joined the Women's March in the capital.",
    "She reads the Sunday Times.",
    "He told the Today programme he would stay.",
    "The score was 3:1 at the break.",
    "Aid now reaches the camp.",
    "Arsenal led 2-1 in the second half.",
    "Call 555-2014 for details.",
    "Read more at www.example.com/2019/report.html now.",
    "The company employs 2000 people.",
    "The daily newspaper printed a correction.",
    "The carrier adds daily Lisbon flights.",
    "The airline will add weekly services to Faro.",
    "Tickets sold out, the Limerick daily reported.",
    "The story ran in the Communist Party daily.",
    "He starred in Anne of a Thousand Days.",
    "She was elected for a second term.",
    "The champion won for a second year running.",
    "Organisers have added a third day to the festival.",
    "Less than a quarter are regularly maintained.",
    "He was arrested at this march in the city.",
    "Protests entered a third day.",
    "Weekend tickets cost 85 pounds.",
    "She hosts a weekend show for the station.",
    "The week was long and the day longer.",
    "The company lost three million hours of work.",
    "The Arab Spring changed the region.",
    "He is in his 60s.",
    "He scored in the 58th minute.",
    "Markets price in a quarter-point cut.",
    "He spent a fortune.",
    "The screen has a 4:3 ratio.",
    "She took a £40,000-a-year job.",
    "Microsoft's monthly Patch Tuesday updates fixed 118 flaws.",
    "App store commissions made up about a quarter.",
    "Almost a quarter said they struggled.",
    "The bar was cited twice for serving after hours.",
    "The act is formally Regulation (EU) 2022/1925; the probe is under Directive 2019/790.",
    "Theresa May lost the vote. It was a blow for May, aides said.",
    "Federated will buy rival May Department Stores. It is a rescue deal for May.",
    "The bug is tracked as CVE-2024-45519.",
];

/// Amounts: phrase, expected span, kind, value ("min..max" for a range), currency or unit
/// ("" for none), flags ("~": approximate, "pp": percentage points).
#[rustfmt::skip]
const AMOUNTS: &[(&str, &str, &str, &str, &str, &str)] = &[
    // --- Money with a sign or prefix before the number ---
    ("Cambodia will spend US$45 million on the canal.", "US$45 million", "money", "45000000", "USD", ""),
    ("The bill came to $15 billion.", "$15 billion", "money", "15000000000", "USD", ""),
    ("The fund holds €3.2bn.", "€3.2bn", "money", "3200000000", "EUR", ""),
    ("The club paid £9.5 million for him.", "£9.5 million", "money", "9500000", "GBP", ""),
    ("The carmaker will cut spending by ¥120 billion.", "¥120 billion", "money", "120000000000", "JPY", ""),
    ("The state set aside ₹500 crore.", "₹500 crore", "money", "5000000000", "INR", ""),
    ("Revenue rose to ₹2.4 lakh crore.", "₹2.4 lakh crore", "money", "2400000000000", "INR", ""),
    ("The scheme costs Rs 10 lakh.", "Rs 10 lakh", "money", "1000000", "INR", ""),
    ("The listing raised HK$9.8 billion.", "HK$9.8 billion", "money", "9800000000", "HKD", ""),
    ("Capital spending reached NT$4.8 billion.", "NT$4.8 billion", "money", "4800000000", "TWD", ""),
    ("The miner earned A$1.2bn.", "A$1.2bn", "money", "1200000000", "AUD", ""),
    ("The shares closed at C$12.40.", "C$12.40", "money", "12.4", "CAD", ""),
    ("Rents rose to S$3,200 a month.", "S$3,200", "money", "3200", "SGD", ""),
    ("The deal is worth R$2 billion.", "R$2 billion", "money", "2000000000", "BRL", ""),
    ("The franchise sold for ₩2 trillion.", "₩2 trillion", "money", "2000000000000", "KRW", ""),
    ("A pint now costs £4.50.", "£4.50", "money", "4.5", "GBP", ""),
    ("Bonds worth $200m were sold.", "$200m", "money", "200000000", "USD", ""),
    ("The startup raised $500k.", "$500k", "money", "500000", "USD", ""),
    ("The company lost $1.2 trillion in value.", "$1.2 trillion", "money", "1200000000000", "USD", ""),
    ("The firm was valued at $3.5tn.", "$3.5tn", "money", "3500000000000", "USD", ""),
    ("The levy raised $2 mln.", "$2 mln", "money", "2000000", "USD", ""),
    ("The bailout totals $1.5-billion.", "$1.5-billion", "money", "1500000000", "USD", ""),
    ("He paid US$ 300 for the permit.", "US$ 300", "money", "300", "USD", ""),
    ("The loan is USD 5 million.", "USD 5 million", "money", "5000000", "USD", ""),
    ("The fee is EUR 300m.", "EUR 300m", "money", "300000000", "EUR", ""),
    ("Reserves stood at CNY 3.2 trillion.", "CNY 3.2 trillion", "money", "3200000000000", "CNY", ""),
    ("The contract is worth KES 2 billion.", "KES 2 billion", "money", "2000000000", "KES", ""),

    // --- Money with a code or word after the number ---
    ("The contract is worth 5 million USD.", "5 million USD", "money", "5000000", "USD", ""),
    ("The bond raised 750 million CHF.", "750 million CHF", "money", "750000000", "CHF", ""),
    ("Refunds reached 120 MEUR.", "120 MEUR", "money", "120000000", "EUR", ""),
    ("Revenue was 52.3 billion yuan.", "52.3 billion yuan", "money", "52300000000", "CNY", ""),
    ("The levy rises by 7 shillings a litre.", "7 shillings", "money", "7", "KES", ""),
    ("The fine was 2 million euros.", "2 million euros", "money", "2000000", "EUR", ""),
    ("They owed 500 pounds sterling.", "500 pounds sterling", "money", "500", "GBP", ""),
    ("The budget is 12 billion rupees.", "12 billion rupees", "money", "12000000000", "INR", ""),
    ("Exports earned 3 billion baht.", "3 billion baht", "money", "3000000000", "THB", ""),
    ("The port fee is 40,000 riel.", "40,000 riel", "money", "40000", "KHR", ""),
    ("He was fined 10,000 Swiss francs.", "10,000 Swiss francs", "money", "10000", "CHF", ""),
    ("The deal is worth 4 billion Hong Kong dollars.", "4 billion Hong Kong dollars", "money", "4000000000", "HKD", ""),
    ("The fund holds 800 million US dollars.", "800 million US dollars", "money", "800000000", "USD", ""),
    ("The plant cost 1.5 billion Philippine pesos.", "1.5 billion Philippine pesos", "money", "1500000000", "PHP", ""),
    ("Household loans reached 9 trillion won.", "9 trillion won", "money", "9000000000000", "KRW", ""),
    ("The state paid 250 million reais.", "250 million reais", "money", "250000000", "BRL", ""),
    ("The tax on 35,000 rand was dropped.", "35,000 rand", "money", "35000", "ZAR", ""),
    ("The naira closed at N1,612.45 to the dollar.", "N1,612.45", "money", "1612.45", "NGN", ""),
    ("It plans to borrow N9.2 trillion next year.", "N9.2 trillion", "money", "9200000000000", "NGN", ""),
    ("The budget sets aside P20 billion for roads.", "P20 billion", "money", "20000000000", "PHP", ""),
    ("Marcos orders audit of P20-billion flood projects.", "P20-billion", "money", "20000000000", "PHP", ""),
    ("Crude prices rose to 4.6 billion yuan.", "4.6 billion yuan", "money", "4600000000", "CNY", ""),
    ("Subsidies total 10 billion kronor.", "10 billion kronor", "money", "10000000000", "SEK", ""),
    ("The club sold him for 8 million dollars.", "8 million dollars", "money", "8000000", "USD", ""),

    // --- Spelled-out numbers ---
    ("The project will cost two billion dollars.", "two billion dollars", "money", "2000000000", "USD", ""),
    ("They raised a million dollars.", "a million dollars", "money", "1000000", "USD", ""),
    ("The statue cost five dollars to make.", "five dollars", "money", "5", "USD", ""),
    ("Almost a million workers struck.", "a million", "count", "1000000", "", "~"),
    ("Half a million people marched.", "Half a million", "count", "500000", "", ""),
    ("The town has twenty-five thousand residents.", "twenty-five thousand", "count", "25000", "", ""),
    ("One and a half billion people lack clean water.", "One and a half billion", "count", "1500000000", "", ""),
    ("Ticket sales topped three hundred thousand.", "three hundred thousand", "count", "300000", "", ""),
    ("Approval reached twenty percent.", "twenty percent", "percent", "20", "", ""),

    // --- Minor units: converted to the main unit ---
    ("Petrol rose 12 cents a litre.", "12 cents", "money", "0.12", "USD", ""),
    ("The shares fell 470 pence.", "470 pence", "money", "4.7", "GBP", ""),
    ("A 12-cent dividend was declared.", "12-cent", "money", "0.12", "USD", ""),
    ("Bread costs 50p more.", "50p", "money", "0.5", "GBP", ""),
    ("The toy cost 3 dollars and 50 cents.", "3 dollars and 50 cents", "money", "3.5", "USD", ""),

    // --- Ranges: one amount when the ends share a scale or unit, two when complete ---
    ("The fund needs $3-5 million.", "$3-5 million", "money", "3000000..5000000", "USD", ""),
    ("Sales are forecast at $3.0-3.2 billion.", "$3.0-3.2 billion", "money", "3000000000..3200000000", "USD", ""),
    ("The fine could reach 20 to 30 million euros.", "20 to 30 million euros", "money", "20000000..30000000", "EUR", ""),
    ("Growth will be between 10 and 12 percent.", "10 and 12 percent", "percent", "10..12", "", ""),
    ("Prices rose 10-12%.", "10-12%", "percent", "10..12", "", ""),
    ("Between 3,000 and 4,000 people attended.", "3,000 and 4,000", "count", "3000..4000", "", ""),
    ("Two to three million people fled.", "Two to three million", "count", "2000000..3000000", "", ""),
    ("The glacier retreated 5-10 km.", "5-10 km", "quantity", "5..10", "km", ""),
    ("The deal is worth $1 billion to $2 billion.", "$1 billion", "money", "1000000000", "USD", ""),
    ("The deal is worth $1 billion to $2 billion.", "$2 billion", "money", "2000000000", "USD", ""),
    ("Rates sit in a 3.5% to 3.75% range.", "3.5%", "percent", "3.5", "", ""),
    ("Rates sit in a 3.5% to 3.75% range.", "3.75%", "percent", "3.75", "", ""),
    ("The bids ranged between £410m and £430m.", "£430m", "money", "430000000", "GBP", ""),

    // --- Signs and approximators (outside the span, recorded as approximate) ---
    ("Inflation fell to -0.5%.", "-0.5%", "percent", "-0.5", "", ""),
    ("Temperatures dropped to minus 12C.", "minus 12C", "quantity", "-12", "C", ""),
    ("Output growth was minus five percent.", "minus five percent", "percent", "-5", "", ""),
    ("About 200 people were evacuated.", "200", "count", "200", "", "~"),
    ("The fund has more than $2 billion.", "$2 billion", "money", "2000000000", "USD", "~"),
    ("Nearly 40% of voters abstained.", "40%", "percent", "40", "", "~"),
    ("As many as 3,000 jobs could go.", "3,000", "count", "3000", "", "~"),
    ("The quake killed at least 120 people.", "120", "count", "120", "", "~"),
    ("Exports grew by roughly 6 percent.", "6 percent", "percent", "6", "", "~"),
    ("Some 15,000 troops remain.", "15,000", "count", "15000", "", "~"),

    // --- Percentages and percentage points ---
    ("Turnout was 49 percent.", "49 percent", "percent", "49", "", ""),
    ("Turnout was 19%.", "19%", "percent", "19", "", ""),
    ("Unemployment is 5.1 per cent.", "5.1 per cent", "percent", "5.1", "", ""),
    ("Margins rose 3 pct.", "3 pct", "percent", "3", "", ""),
    ("The bank raised rates by 0.25 percentage points.", "0.25 percentage points", "percent", "0.25", "", "pp"),
    ("Support fell two percentage points.", "two percentage points", "percent", "2", "", "pp"),
    ("The lead shrank by half a percentage point.", "half a percentage point", "percent", "0.5", "", "pp"),
    ("The central bank cut rates by 50 basis points.", "50 basis points", "percent", "0.5", "", "pp"),
    ("Yields rose 25bps.", "25bps", "percent", "0.25", "", "pp"),
    ("Markets price in a quarter-point cut.", "quarter-point", "percent", "0.25", "", "pp"),
    ("The bank made a 25-basis-point move.", "25-basis-point", "percent", "0.25", "", "pp"),
    // Two complete percentages joined by a hyphen are two amounts.
    ("Rates sit in the 3.50%-3.75% range.", "3.50%", "percent", "3.5", "", ""),
    ("Rates sit in the 3.50%-3.75% range.", "3.75%", "percent", "3.75", "", ""),
    // A bare "crowns" repeats the crowns the article named ("Danish crowns"), else SEK.
    ("It raised 4 million Danish crowns, then 1 billion crowns.", "1 billion crowns", "money", "1000000000", "DKK", ""),
    ("Ericsson won an order worth 1.2 billion crowns.", "1.2 billion crowns", "money", "1200000000", "SEK", ""),
    ("He has set his sights on the world 5,000m crown.", "5,000m", "quantity", "5000", "m", ""),

    // --- Quantities with units ---
    ("The canal runs 12 km.", "12 km", "quantity", "12", "km", ""),
    ("A 180-km waterway is planned.", "180-km", "quantity", "180", "km", ""),
    // A magnitude's scale named before its number.
    ("A magnitude 6.4 earthquake struck off the coast.", "magnitude 6.4", "quantity", "6.4", "magnitude", ""),
    // Feet and inches, pounds and ounces: one quantity, in the smaller unit.
    ("The suspect is about 6ft 1in tall.", "6ft 1in", "quantity", "73", "in", "~"),
    ("The wall stands 8 feet 4 inches high.", "8 feet 4 inches", "quantity", "100", "in", ""),
    ("The foal weighed 52lb 8oz at birth.", "52lb 8oz", "quantity", "840", "oz", ""),
    ("They launched a 97-metre ship.", "97-metre", "quantity", "97", "m", ""),
    ("The glaciers shed 9.6 billion tonnes of ice.", "9.6 billion tonnes", "quantity", "9600000000", "t", ""),
    ("Warming of 1.8°C is expected.", "1.8°C", "quantity", "1.8", "C", ""),
    ("A 7.1-magnitude earthquake struck the coast.", "7.1-magnitude", "quantity", "7.1", "magnitude", ""),
    ("The temperature hit 41C.", "41C", "quantity", "41", "C", ""),
    ("It was 95 degrees Fahrenheit.", "95 degrees Fahrenheit", "quantity", "95", "F", ""),
    ("The farm covers 50 hectares.", "50 hectares", "quantity", "50", "ha", ""),
    ("The reserve spans 4.2 square kilometres.", "4.2 square kilometres", "quantity", "4.2", "km2", ""),
    ("The plant produces 2,400 MW.", "2,400 MW", "quantity", "2400", "MW", ""),
    ("Output hit 1.2 million barrels per day.", "1.2 million barrels per day", "quantity", "1200000", "bbl/d", ""),
    ("The storm brought winds of 150 km/h.", "150 km/h", "quantity", "150", "km/h", ""),
    ("The summit is 8,849 metres high.", "8,849 metres", "quantity", "8849", "m", ""),
    ("The drone flew 30 miles.", "30 miles", "quantity", "30", "mi", ""),
    ("The parcel held 10 pounds of rice.", "10 pounds", "quantity", "10", "lb", ""),
    ("She won the 800m final.", "800m", "quantity", "800", "m", ""),
    ("The phone has 256GB of storage.", "256GB", "quantity", "256", "GB", ""),

    // --- Counts: digits, or a number with a scale word ---
    ("The attack killed 28 people.", "28", "count", "28", "", ""),
    ("100,000 people marched.", "100,000", "count", "100000", "", ""),
    ("2.4 million residents lack power.", "2.4 million", "count", "2400000", "", ""),
    ("The app has 5m users.", "5m", "count", "5000000", "", ""),
    ("Sales reached 412 million units.", "412 million", "count", "412000000", "", ""),
    ("Voters elect a 150-seat chamber.", "150", "count", "150", "", ""),
    ("The firm delivered 2000 pieces.", "2000", "count", "2000", "", ""),
    ("Jobless claims rose 32,000 to 1.41 million.", "1.41 million", "count", "1410000", "", ""),
    ("Lester coached 400m runners.", "400m", "quantity", "400", "m", ""),
    // --- Spoken decimals ---
    ("Inflation eased to one point three per cent.", "one point three per cent", "percent", "1.3", "", ""),
    ("The deal is worth two point five billion dollars.", "two point five billion dollars", "money", "2500000000", "USD", ""),
    // --- A currency word before a scaled number ---
    ("The deal is worth Australian dollars 648m.", "Australian dollars 648m", "money", "648000000", "AUD", ""),
    ("The bill came to euros 38m.", "euros 38m", "money", "38000000", "EUR", ""),
    // Wire-service abbreviations of currencies: "dlrs", "stg".
    ("Congress was asked for dlrs 50 million in aid.", "dlrs 50 million", "money", "50000000", "USD", ""),
    ("The bank sold the stake for 215 mln stg.", "215 mln stg", "money", "215000000", "GBP", ""),
    ("The sprinter won 200m gold in Sydney.", "200m", "quantity", "200", "m", ""),
    // --- Bitcoin: no ISO 4217 code, XBT as exchanges write it ---
    ("The wallet held 10000 bitcoins.", "10000 bitcoins", "money", "10000", "XBT", ""),
    ("Supply is capped at ₿21,000,000.", "₿21,000,000", "money", "21000000", "XBT", ""),
    // --- Fractions after a whole number ---
    ("Sales climbed 6 1/2% in the quarter.", "6 1/2%", "percent", "6.5", "", ""),
    ("The bond now yields 8 13/16%.", "8 13/16%", "percent", "8.8125", "", ""),
    ("Mortgage rates were 10 1/2 percent.", "10 1/2 percent", "percent", "10.5", "", ""),
    ("The runners covered 3 1/2 miles.", "3 1/2 miles", "quantity", "3.5", "mi", ""),
    // A bare "crown" is money after a scale word, a title after a count or a distance.
    ("OSLO (Reuters) - The 4.2 billion crown project opened.", "4.2 billion crown", "money", "4200000000", "NOK", ""),
    ("The line runs on a 110-kilovolt cable.", "110-kilovolt", "quantity", "110", "kV", ""),
    ("It reached 27 degrees Celsius (81 Fahrenheit).", "81 Fahrenheit", "quantity", "81", "F", ""),
    ("He chased the world 5,000m crown in Helsinki.", "5,000m", "quantity", "5000", "m", ""),
    // A hyphen between the whole number and the fraction, as older wire copy writes it.
    ("The prime rate fell to 5-3/4 percent.", "5-3/4 percent", "percent", "5.75", "", ""),
    ("The 30-year bond yielded 9-1/2%.", "9-1/2%", "percent", "9.5", "", ""),
    ("Treasuries slipped to 106-26/32 in late trade.", "106-26/32", "count", "106.8125", "", ""),
    // A change and the level it reached: two amounts, not a range.
    ("The index fell 12.34 to 2,645.08.", "12.34", "count", "12.34", "", ""),
    ("The index fell 12.34 to 2,645.08.", "2,645.08", "count", "2645.08", "", ""),
    ("The claimant count fell 11,000 to 813,200 last month.", "813,200", "count", "813200", "", ""),
    ("The yen rose by 0.5 to 110.2 per dollar.", "110.2", "count", "110.2", "", ""),
    ("The stock rose 1 1/8 to 32 7/8.", "32 7/8", "count", "32.875", "", ""),
    // A shared unit or scale after the second end keeps the range.
    ("Shares fell 2 to 3 percent on the news.", "2 to 3 percent", "percent", "2..3", "", ""),
    ("The population rose 3 to 4 million.", "3 to 4 million", "count", "3000000..4000000", "", ""),
    // --- Exact values: the decimal written times its scale, no binary noise ---
    ("Sales reached $16.6bn last year.", "$16.6bn", "money", "16600000000", "USD", ""),
    ("The deficit narrowed to €8.2 billion.", "€8.2 billion", "money", "8200000000", "EUR", ""),
    ("Orders were worth £4.03bn.", "£4.03bn", "money", "4030000000", "GBP", ""),
    ("Global debt stood at $256.4 trillion.", "$256.4 trillion", "money", "256400000000000", "USD", ""),
    ("Exports hit $8.47 billion.", "$8.47 billion", "money", "8470000000", "USD", ""),
    // --- Losses in accountants' brackets ---
    ("Net loss was $(3.1) million, against a profit.", "$(3.1) million", "money", "-3100000", "USD", ""),
    ("The loss was $(0.08) per share.", "$(0.08)", "money", "-0.08", "USD", ""),
    ("Operating loss of €(12.5) billion was reported.", "€(12.5) billion", "money", "-12500000000", "EUR", ""),
];

/// Sentences with no amount in them, whatever they look like.
#[rustfmt::skip]
const NOT_AMOUNTS: &[&str] = &[
    "The FTSE 100 closed higher, and the S&P 500 fell.",
    "Staff wore an N95 mask on every ward.",
    // Scores: a results row of names and numbers, and a score against par.
    "132 Mikael Lundqvist (Sweden) 66 66, Pieter de Wolf (Netherlands) 65 67",
    "Millwall 5 3 1 1 9 4 10",
    "He holed out to join the leaders at 12 under par.",
    "The cut fell at one-over-par 143.",
    "Fill in form R85 at the branch.",
    "A print on an Epson R800 printer costs more.",
    "He made a point three times.",
    "The 48-year-old was arrested in 2017.",
    "The court heard that she was aged 46.",
    "The men were aged between 25 and 30.",
    "Voters aged from 18 to 24 stayed home.",
    "Admissions were lowest among children aged five to 14.",
    "Singer Liza Minnelli is 80.",
    "She was 91 when she retired.",
    "John Smith is 45 and lives in Ohio.",
    "Pellegrino, 61, was convicted.",
    "Arsenal won 2-1 at home.",
    "Leaders of the G7 met in Rome.",
    "The first island chain matters.",
    "Call +1 212-555-0142 for details.",
    "Two countries signed the deal.",
    "The meeting starts at 10:30.",
    "Boeing 737 jets were grounded.",
    "Article 5 was invoked.",
    "She finished 19th in the race.",
    "See https://example.com/page?id=305 for details.",
    "The file is at example.org/report%202025%20final.pdf today.",
    "The COVID-19 rules were lifted.",
    "No. 10 declined to comment.",
    "The summit was held on March 3.",
    "He scored twice in three games.",
    "Sinner won 6-4 7-6 (5) in the final.",
    "Deaths rose by several hundred.",
    "The talks lasted 14 hours.",
    "The 1990s were good years.",
    "The rifle was found at 10 Downing Street.",
    "His phone number is (212) 555-0199.",
    "The vote was 5 to 4.",
    "Sheridan (Burns 61), Arbuckle (Gilhaney 70), Gibson.",
    "The England international, 24, was hurt.",
    // Phone numbers: groups after a leading zero, numbers after a word for calling.
    "Call Crimestoppers anonymously on 0800 555 111.",
    "Anyone with information can call police on 101, quoting log 2145.",
    "Neighbours called 999 at 10pm.",
    "Telephone 0300 123 4567 for the helpline.",
    "He was cast as 007 in the new film.",
    // Ages as bounds after people: no amounts.
    "The trial excluded people over 65 and children under 5.",
    "One in five citizens aged under 30 have one.",
    // A press release's phone number and conference ID.
    "To join by phone, dial 1-877-555-0143 and enter conference ID 8845216.",
    // Identifiers and scores in security news: no amounts.
    "The bug, tracked as CVE-2024-45519, affects versions 7.2.0 through 7.4.3.",
    "Most attempts were aimed at port 2222.",
    "Under Article 6(4) of the act, gatekeepers must let users install apps.",
    "Officers were called to the 1200 block of East Third Street.",
    "Pupils in Years 10 and 11 were too often distracted.",
    "Snow closed parts of Interstates 80 and 90 across the northern states.",
    "The flaw has a severity score of 9.8 out of 10.",
    "The server runs Ubuntu 22.04 and Python 3.11.",
];

/// Objects of counts and quantities: phrase, the amount's span, the noun it counts as
/// written ("-" for none: money, percentages, and counts whose noun the text does not name).
#[rustfmt::skip]
const OBJECTS: &[(&str, &str, &str)] = &[
    ("Republicans held 28 of 35 seats.", "28", "seats"),
    // The whole's count after the determiner.
    ("He won 36 of his 50 matches.", "36", "matches"),
    ("The BJP won 1,482 of the 2,105 wards.", "1,482", "wards"),
    // --- The plural noun right after the number ---
    ("Police said 5,000 protesters gathered outside the ministry.", "5,000", "protesters"),
    // A name of a word or two before the noun is a modifier; a plural one is left out.
    ("NHTSA opened a probe into 1.3 million Ford vehicles.", "1.3 million", "vehicles"),
    ("GM will recall 46,000 Chevrolet Bolt electric cars.", "46,000", "cars"),
    ("The group owns 34 Grosvenor casinos.", "34", "casinos"),
    ("The team beat 20 Chelsea players in the poll.", "20", "players"),
    ("The bill passed after 40 Republicans joined in.", "40", "-"),
    ("The airline will cut 1,200 jobs by the summer.", "1,200", "jobs"),
    ("About 40,000 people were moved to shelters.", "40,000", "people"),
    ("The storm damaged 3,400 homes along the coast.", "3,400", "homes"),
    ("The ruling party won 212 seats in the lower house.", "212", "seats"),
    ("Some 2.5 million children missed school.", "2.5 million", "children"),
    ("The navy sent 2 Chinese warships into the strait.", "2", "warships"),
    ("Between 300 and 400 villagers fled the fighting.", "300 and 400", "villagers"),
    ("Nearly 15 MPs rebelled against the whip.", "15", "MPs"),
    ("The camp shelters 80,000 Sudanese refugees.", "80,000", "refugees"),
    ("Roughly 12 million Americans lack insurance.", "12 million", "Americans"),
    // --- Past adjectives, hyphenated and other modifiers ---
    ("The mayor met 28 other leaders at the summit.", "28", "leaders"),
    ("The plant will add 650 new jobs next year.", "650", "jobs"),
    ("The fleet has 18 more aircraft on order.", "18", "aircraft"),
    ("Officers detained 40 well-armed smugglers.", "40", "smugglers"),
    ("The city will hire 900 community support officers.", "900", "officers"),
    ("Up to 7,500 garment workers walked out.", "7,500", "workers"),
    ("The brand sold 911 sports cars last month.", "911", "cars"),
    ("Regulators fined 14 US banks for the breach.", "14", "banks"),
    ("The council runs 48 sports in its schools programme.", "48", "sports"),
    ("The party has lost 3 by-elections this year.", "3", "by-elections"),
    ("The court freed 40 of the detainees on Monday.", "40", "detainees"),
    ("The utility recalled 9,000 “smart” meters.", "9,000", "meters"),
    ("A 52,000 crowd watched the final.", "52,000", "crowd"),
    // --- A quantity's noun after its unit and "of" ---
    ("The dam adds 1,500 MW of hydropower capacity.", "1,500 MW", "capacity"),
    ("The port shipped 3 million barrels of oil last week.", "3 million barrels", "oil"),
    ("Farmers harvested 40,000 tonnes of rice this season.", "40,000 tonnes", "rice"),
    ("Crews repaved 12 km of road near the border.", "12 km", "road"),
    ("The tanker carried 2 million barrels of crude oil.", "2 million barrels", "oil"),
    ("The device holds 64GB of music.", "64GB", "music"),
    ("The depot stores 500 tonnes of fresh vegetables.", "500 tonnes", "vegetables"),
    // A word of time ends the noun.
    ("Crews laid 2,600 tonnes of ballast overnight.", "2,600 tonnes", "ballast"),
    ("The storm dumped 120mm of rain yesterday.", "120mm", "rain"),
    // A chemical formula, capitals and digits glued.
    ("The line cuts emissions by 90,000 tonnes of CO2 a year.", "90,000 tonnes", "CO2"),
    ("The plants released 3 million tonnes of CH4.", "3 million tonnes", "CH4"),
    // --- No object ---
    ("Exports rose 5% in January.", "5%", "-"),
    ("The city will spend $40 million on housing.", "$40 million", "-"),
    ("Robbers took 5,000 in cash from the till.", "5,000", "-"),
    ("The court convicted 28 of them on Friday.", "28", "-"),
    ("The index was up 12 from a week earlier.", "12", "-"),
    ("Exports reached 3 million more than expected.", "3 million", "-"),
    ("Officials counted 2,000 in the square.", "2,000", "-"),
    ("The firm sold 2.7 million, up from a year earlier.", "2.7 million", "-"),
    ("Turnout reached 45,000 as polls closed.", "45,000", "-"),
    ("The index rose to 58.6 last month.", "58.6", "-"),
    ("A reading above 50 indicates growth.", "50", "-"),
    ("She joined 28 others at the rally.", "28", "-"),
    ("The runner led the 400m final.", "400m", "-"),
    ("The village lies within 6 km of the border.", "6 km", "-"),
    ("The crowd of 3,000 said nothing.", "3,000", "-"),
    ("Output was 8 million, while 3 million went abroad.", "8 million", "-"),
    ("The plan would create 1 job per household.", "1", "-"),
    ("They drilled 3 km of the tunnel by June.", "3 km", "-"),
    ("Crews laid 8 km of track used by freight trains.", "8 km", "-"),
    ("She is in the top 10 of the women's rankings.", "10", "-"),
];

fn analyze(text: &str, reference: &str) -> Analysis {
    Analyzer::new(Options {
        reference_date: Date::parse_iso(reference),
        ..Default::default()
    })
    .analyze(text)
}

/// A number as the tables write it: "45000000", "0.12".
fn number(v: f64) -> String {
    let s = format!("{v}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// An entity's value as the tables write it.
fn value_of(e: &Entity) -> String {
    let one = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.as_f64().map_or("?".into(), number),
        _ => "?".into(),
    };
    match (&e.value, &e.min, &e.max) {
        (Some(v), _, _) => one(v),
        (None, Some(lo), Some(hi)) => format!("{}..{}", one(lo), one(hi)),
        _ => "-".into(),
    }
}

fn found(a: &Analysis, ty: EntityType) -> Vec<String> {
    a.entities
        .iter()
        .filter(|e| e.ty == ty)
        .map(|e| format!("{:?} {} {}", e.text, e.kind.unwrap_or("-"), value_of(e)))
        .collect()
}

#[test]
fn date_table() {
    assert!(
        DATES.len() + NOT_DATES.len() >= 150,
        "the date table has {} rows",
        DATES.len()
    );
    let mut failures = Vec::new();
    for &(phrase, reference, span, kind, value) in DATES {
        let a = analyze(phrase, reference);
        let Some(e) = a
            .entities
            .iter()
            .find(|e| e.ty == EntityType::Date && e.text == span)
        else {
            failures.push(format!(
                "{phrase:?}: no date {span:?}; found {:?}",
                found(&a, EntityType::Date)
            ));
            continue;
        };
        let got = (e.kind.unwrap_or("-"), value_of(e));
        if got != (kind, value.to_string()) {
            failures.push(format!(
                "{phrase:?}: {span:?} is {got:?}, expected ({kind:?}, {value:?})"
            ));
        }
    }
    expect_none(NOT_DATES, EntityType::Date, &mut failures);
    assert_no_failures(&failures);
}

#[test]
fn amount_table() {
    assert!(
        AMOUNTS.len() + NOT_AMOUNTS.len() >= 100,
        "the amount table has {} rows",
        AMOUNTS.len()
    );
    let mut failures = Vec::new();
    for &(phrase, span, kind, value, unit, flags) in AMOUNTS {
        let a = analyze(phrase, R);
        let Some(e) = a
            .entities
            .iter()
            .find(|e| e.ty == EntityType::Amount && e.text == span)
        else {
            failures.push(format!(
                "{phrase:?}: no amount {span:?}; found {:?}",
                found(&a, EntityType::Amount)
            ));
            continue;
        };
        let got_unit = e.currency.or(e.unit).unwrap_or("");
        let got_flags = match (e.approximate, e.points) {
            (true, true) => "~pp",
            (true, false) => "~",
            (false, true) => "pp",
            (false, false) => "",
        };
        let got = (e.kind.unwrap_or("-"), value_of(e), got_unit, got_flags);
        if got != (kind, value.to_string(), unit, flags) {
            failures.push(format!(
                "{phrase:?}: {span:?} is {got:?}, expected ({kind:?}, {value:?}, {unit:?}, {flags:?})"
            ));
        }
    }
    expect_none(NOT_AMOUNTS, EntityType::Amount, &mut failures);
    assert_no_failures(&failures);
}

#[test]
fn object_table() {
    assert!(
        OBJECTS.len() >= 30,
        "the object table has {} rows",
        OBJECTS.len()
    );
    let mut failures = Vec::new();
    for &(phrase, span, object) in OBJECTS {
        let a = analyze(phrase, R);
        let Some(e) = a
            .entities
            .iter()
            .find(|e| e.ty == EntityType::Amount && e.text == span)
        else {
            failures.push(format!(
                "{phrase:?}: no amount {span:?}; found {:?}",
                found(&a, EntityType::Amount)
            ));
            continue;
        };
        let got = e.object.as_deref().unwrap_or("-");
        if got != object {
            failures.push(format!(
                "{phrase:?}: {span:?} counts {got:?}, expected {object:?}"
            ));
        }
    }
    assert_no_failures(&failures);
}

/// Records a failure for each phrase in which an entity of type `ty` is found.
fn expect_none(phrases: &[&str], ty: EntityType, failures: &mut Vec<String>) {
    for &phrase in phrases {
        let got = found(&analyze(phrase, R), ty);
        if !got.is_empty() {
            failures.push(format!(
                "{phrase:?}: expected no {}, found {got:?}",
                ty.name()
            ));
        }
    }
}

fn assert_no_failures(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// How the currency of a bare "$" was decided, as `--explain` shows it.
#[test]
fn bare_dollar_currency() {
    let cases = [
        // No dateline: US dollars by default.
        (
            "The state will spend $5 billion on roads.",
            "$5 billion",
            "USD",
            "default",
        ),
        // A local paper's dateline in a dollar country: the local dollar.
        (
            "SYDNEY — The state will spend $5 billion on roads.",
            "$5 billion",
            "AUD",
            "dateline",
        ),
        // Wire copy writes other dollars explicitly, so its bare "$" stays US dollars.
        (
            "SYDNEY (Reuters) — The state will spend $5 billion on roads.",
            "$5 billion",
            "USD",
            "default",
        ),
        // A national agency writes its own country's dollar bare.
        (
            "SYDNEY (AAP) - The state will spend $5 billion on roads.",
            "$5 billion",
            "AUD",
            "dateline",
        ),
        (
            "TORONTO (The Canadian Press) — The province will spend $5 billion on roads.",
            "$5 billion",
            "CAD",
            "dateline",
        ),
        // A bare currency word repeats the one the article named.
        (
            "The mine cost 3 billion Philippine pesos. Wages rose 500 pesos.",
            "500 pesos",
            "PHP",
            "context",
        ),
        (
            "HK$9.8 billion (US$1.26 billion) was raised.",
            "US$1.26 billion",
            "USD",
            "symbol",
        ),
    ];
    for (text, span, currency, basis) in cases {
        let a = Analyzer::new(Options {
            explain: true,
            ..Default::default()
        })
        .analyze(text);
        let e = a
            .entities
            .iter()
            .find(|e| e.text == span)
            .unwrap_or_else(|| panic!("{text:?}: no {span:?}"));
        assert_eq!(e.currency, Some(currency), "{text:?}");
        let rule = e.rule.as_deref().unwrap_or("");
        assert!(
            rule.contains(&format!("currency: {basis}")),
            "{text:?}: {rule}"
        );
    }
}
