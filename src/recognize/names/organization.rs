//! Organizations: the cues that make a run of capitalized words an organization — a tail
//! ("Institute", "Group", "Inc."), a head ("University of", "Ministry of"), an acronym.

use crate::recognize::WordList;

/// Last words of organization names.
static TAILS: WordList = WordList::new(&[
    "Institute",
    "Institution",
    "University",
    "College",
    "Group",
    "Party",
    "Bank",
    "Corp",
    "Corporation",
    "Inc",
    "Ltd",
    "LLC",
    "Plc",
    "PLC",
    "Co",
    "Company",
    "Association",
    "Council",
    "Committee",
    "Commission",
    "Ministry",
    "Agency",
    "Organization",
    "Organisation",
    "Foundation",
    "Fund",
    "Watch",
    "Forum",
    "Club",
    "FC",
    "Airlines",
    "Airways",
    "Motors",
    "Network",
    "Court",
    "Army",
    "Navy",
    "Police",
    "Department",
    "Office",
    "Board",
    "Union",
    "League",
    "Federation",
    "Exchange",
    "Industries",
    "Holdings",
    "Systems",
    "Technologies",
    "Technology",
    "Securities",
    "Capital",
    "Partners",
    "Authority",
    "Service",
    "Services",
    "Initiative",
    "Program",
    "Programme",
    "Parliament",
    "Assembly",
    "Congress",
    "Senate",
    "Cabinet",
    "Times",
    "Post",
    "Journal",
    "News",
    "Press",
    "Herald",
    "Tribune",
    "Telegraph",
    "Magazine",
    "Media",
    "Broadcasting",
    "Television",
    "Radio",
    "Railways",
    "Energy",
    "Petroleum",
    "Pharmaceuticals",
    "Pharma",
    "Labs",
    "Laboratories",
    "Trust",
    "Alliance",
    "Coalition",
    "Front",
    "Movement",
    "Brotherhood",
    "Guard",
    "Command",
    "Corps",
    "Forces",
    "Force",
    "Academy",
    "School",
    "Hospital",
    "Society",
    "Secretariat",
    "Tribunal",
    "Bureau",
    "Directorate",
    "Administration",
    "Reserve",
    "Treasury",
    "Chamber",
    "Confederation",
    "Cooperative",
    "Studios",
    "Entertainment",
    "Electronics",
    "Telecom",
    "Communications",
    "Insurance",
    "Investments",
    "Ventures",
    "Enterprises",
    "Brands",
    "Foods",
    "Steel",
    "Mining",
    "Resources",
    "Shipping",
    "Logistics",
    "AG",
    "SA",
    "NV",
    "GmbH",
    "SpA",
    "AB",
    "ASA",
    "Bhd",
    "Tbk",
    "Pte",
    "Center",
    "Centre",
    "Corporation",
    "Consortium",
    "Institutes",
    "Unit",
    "Division",
    "Team",
    "Squad",
    "Council",
    "Caucus",
    "Judiciary",
    "Ministry",
    "Commissioner",
]);

/// First words of organization names followed by "of"/"for"/"on" ("University of ...").
static HEADS: WordList = WordList::new(&[
    "University",
    "Ministry",
    "Department",
    "Bank",
    "Center",
    "Centre",
    "Institute",
    "Council",
    "Commission",
    "Office",
    "Bureau",
    "Board",
    "Federation",
    "Association",
    "League",
    "Party",
    "Church",
    "Court",
    "Academy",
    "School",
    "College",
    "Organization",
    "Organisation",
    "Union",
    "Government",
    "Committee",
    "Agency",
    "Museum",
    "Society",
    "Chamber",
    "House",
    "Order",
    "Fund",
    "Foundation",
    "Confederation",
    "Directorate",
]);

/// Acronyms that are not organizations.
static NOT_ACRONYMS: WordList = WordList::new(&[
    "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "TV", "PM", "AM", "OK", "DNA", "RNA", "AI", "IT",
    "PC", "ID", "VAT", "IPO", "HIV", "AIDS", "COVID", "SUV", "USB", "PDF", "FAQ", "ATM", "CPI",
    "VIP", "MP", "MPs", "NGO", "NGOs", "LNG", "GMT", "UTC", "EST", "BST", "CET", "PST", "EDT",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "ET", "PT", "GW", "MW", "KW", "KM",
    "USD", "EUR", "GBP", "JPY", "CNY", "AD", "BC", "CEOs", "UK", "US", "USA", "EU", "UAE", "DR",
    "SARS", "MERS", "OPEC", "Q1", "Q2", "Q3", "Q4", "R&D", "M&A", "PR", "HR", "QC", "MAGA", "RBI",
    "RBIs", "ERA", "MVP", "KO", "TKO", "OT", "HR", "LGBT", "LGBTQ", "ESG", "EV", "EVs", "UFO",
    "ICU", "SMS", "PhD", "MBA", "BA", "MA", "FY", "YoY",
]);

/// Whether `words` name an organization by their shape; returns the rule.
pub fn classify(words: &[&str]) -> Option<&'static str> {
    let n = words.len();
    let last = words[n - 1].trim_end_matches('.');
    if n >= 2 && TAILS.contains(last) {
        return Some("org-tail");
    }
    // "University of ...", "International Centre for ...", "Law Society of Kenya": a head or
    // tail word among the first three, followed by "of", "for" or "on" and a name.
    let head_at = (0..n.saturating_sub(2).min(3)).find(|&k| {
        (HEADS.contains(words[k]) || (k > 0 && TAILS.contains(words[k])))
            && matches!(words[k + 1], "of" | "for" | "on")
            && words[k + 2].starts_with(char::is_uppercase)
    });
    if head_at.is_some() {
        return Some("org-head");
    }
    if n >= 2
        && words
            .iter()
            .any(|w| matches!(*w, "Ministry" | "Department" | "University"))
        && words.contains(&"of")
    {
        return Some("org-head");
    }
    None
}

/// True for a company's legal suffix ("Inc.", "Corp", "Ltd"), after which a name is complete.
pub fn is_legal_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Inc"
            | "Corp"
            | "Corporation"
            | "Co"
            | "Ltd"
            | "LLC"
            | "Plc"
            | "PLC"
            | "AG"
            | "SA"
            | "NV"
            | "GmbH"
            | "SpA"
            | "AB"
            | "Bhd"
            | "Tbk"
            | "Pte"
            | "Holdings"
    )
}

/// True for a word that ends organization names ("Group", "Institute").
pub fn is_tail(word: &str) -> bool {
    TAILS.contains(word.trim_end_matches('.'))
}

/// Whether a single word is an acronym that names an organization ("CPP", "CSIS").
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=7).contains(&letters)
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && !NOT_ACRONYMS.contains(word)
}
