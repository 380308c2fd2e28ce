//! Numbers as news writes them: digits with separators ("45,000", "3.5"), number words
//! ("two", "a", "twenty-five"), and scale words ("million", "bn", "lakh").

/// Regex source for a number written in digits: "45,000", "3.5", "100".
pub const DIGITS: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+";

/// Regex source for number words up to ninety-nine, and "a"/"an" before a scale word.
pub const WORDS: &str = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+few|several|a|an|half\s+a|a\s+half|dozens\s+of|hundreds\s+of|thousands\s+of|tens\s+of";

/// Regex source for scale words and abbreviations.
pub const SCALES: &str = r"hundred|thousand|million|billion|trillion|mn|bn|tn|m|k|lakh|crore";

/// The value of a number written in digits.
pub fn parse_digits(s: &str) -> Option<f64> {
    let clean: String = s.chars().filter(|&c| c != ',').collect();
    clean.parse().ok()
}

/// The value of a number word ("twenty-five" -> 25), `None` for vague words ("several").
pub fn parse_word(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((tens, unit)) = lower.split_once('-') {
        return Some(parse_word(tens)? + parse_word(unit)?);
    }
    let v = match lower.as_str() {
        "a" | "an" | "one" => 1.0,
        "half a" | "a half" => 0.5,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    };
    Some(v)
}

/// A number in digits or words.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        parse_digits(s)
    } else {
        parse_word(s)
    }
}

/// The multiplier of a scale word ("million" -> 1e6, "bn" -> 1e9).
pub fn scale(word: &str) -> Option<f64> {
    let v = match word.to_ascii_lowercase().as_str() {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "m" | "mln" => 1e6,
        "billion" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "tn" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    };
    Some(v)
}

/// Rounds away binary noise from scaling ("3.2" * 1e9), keeping the number a JSON-friendly
/// integer when it is one.
pub fn clean(v: f64) -> f64 {
    let r = (v * 1e6).round() / 1e6;
    if (r - r.round()).abs() < 1e-9 {
        r.round()
    } else {
        r
    }
}

/// A number as JSON: an integer when it is one.
pub fn to_json(v: f64) -> serde_json::Value {
    let v = clean(v);
    if v.fract() == 0.0 && v.abs() < 9e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Value::from(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("45,000"), Some(45000.0));
        assert_eq!(parse_number("3.5"), Some(3.5));
        assert_eq!(parse_number("twenty-five"), Some(25.0));
        assert_eq!(parse_number("a"), Some(1.0));
        assert_eq!(parse_number("several"), None);
        assert_eq!(to_json(3.2 * 1e9), serde_json::json!(3200000000i64));
        assert_eq!(to_json(0.5), serde_json::json!(0.5));
    }
}
