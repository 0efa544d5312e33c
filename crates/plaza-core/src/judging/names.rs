//! Matching the names judges and entrants declare, so that a conflict of
//! interest is found however the name is written: "Austin Neighbours Assn."
//! and "Austin Neighbors Association" are the same organization.
//!
//! [`normalize_name`] makes the canonical form: lower case, accents and
//! punctuation gone, British spellings and common abbreviations written out
//! the American way, legal forms ("Inc", "Ltd") and stop words ("the", "of")
//! dropped. Two names with the same canonical form are the same name: a
//! conflict. [`near_match`] scores names that differ but look alike (a typo,
//! the words in another order); organizers confirm or dismiss those.

use std::collections::BTreeSet;

/// How alike two different names must be (0 to 1) to be shown to organizers.
pub const NEAR_MATCH_THRESHOLD: f64 = 0.9;

/// The longest name compared, in characters (the declaration form keeps
/// names to 200; this bounds the work for any caller).
const MAX_NAME: usize = 400;

/// A Latin letter without its accent, or the letters it stands for.
fn unaccent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

/// British spellings written the American way, as word beginnings
/// ("neighbourhood" becomes "neighborhood").
const SPELLING_PREFIXES: &[(&str, &str)] = &[
    ("neighbour", "neighbor"),
    ("organis", "organiz"),
    ("colour", "color"),
    ("labour", "labor"),
    ("harbour", "harbor"),
    ("favour", "favor"),
    ("behaviour", "behavior"),
    ("honour", "honor"),
];

/// Whole words: British spellings and abbreviations written out.
const WORDS: &[(&str, &str)] = &[
    ("centre", "center"),
    ("centres", "centers"),
    ("theatre", "theater"),
    ("theatres", "theaters"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("defence", "defense"),
    ("licence", "license"),
    ("metre", "meter"),
    ("assn", "association"),
    ("assoc", "association"),
    ("asso", "association"),
    ("ave", "avenue"),
    ("av", "avenue"),
    ("dept", "department"),
    ("univ", "university"),
    ("uni", "university"),
    ("rd", "road"),
    ("blvd", "boulevard"),
    ("mt", "mount"),
    ("ctr", "center"),
    ("natl", "national"),
    ("intl", "international"),
    ("govt", "government"),
    ("nbhd", "neighborhood"),
    ("hs", "high school"),
];

/// Legal forms, dropped: "Acme Inc." is Acme.
const LEGAL_FORMS: &[&str] =
    &["inc", "incorporated", "ltd", "limited", "llc", "co", "corp", "corporation", "company", "plc", "gmbh"];

/// Words that say nothing about which name it is.
const STOP_WORDS: &[&str] = &["the", "of", "and", "a", "an", "for", "in", "at", "on"];

/// The canonical form of a name (see the module documentation). The same
/// name however written gives the same form; a name that is only
/// punctuation gives an empty one.
pub fn normalize_name(name: &str) -> String {
    // Letters and digits, lower case and without accents; "&" is "and";
    // apostrophes join ("O'Brien's" is "obriens"); anything else splits words.
    let mut flat = String::new();
    for c in name.chars().take(MAX_NAME) {
        for c in c.to_lowercase() {
            if let Some(plain) = unaccent(c) {
                flat.push_str(plain);
            } else if c.is_alphanumeric() {
                flat.push(c);
            } else if c == '&' || c == '+' {
                flat.push_str(" and ");
            } else if matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`') {
                // Joined.
            } else {
                flat.push(' ');
            }
        }
    }
    let raw: Vec<&str> = flat.split_whitespace().collect();
    let mut words: Vec<String> = Vec::new();
    for word in raw {
        let mut word = word.to_owned();
        for (british, american) in SPELLING_PREFIXES {
            if let Some(rest) = word.strip_prefix(british) {
                word = format!("{american}{rest}");
                break;
            }
        }
        if word == "st" {
            // "St Mary's" is a saint; "Main St" is a street.
            let first = words.iter().all(|w| STOP_WORDS.contains(&w.as_str()));
            word = if first { "saint" } else { "street" }.to_owned();
        } else if let Some((_, long)) = WORDS.iter().find(|(short, _)| *short == word) {
            word = (*long).to_owned();
        }
        words.extend(word.split_whitespace().map(str::to_owned));
    }
    let kept: Vec<&str> =
        words.iter().map(String::as_str).filter(|w| !STOP_WORDS.contains(w) && !LEGAL_FORMS.contains(w)).collect();
    if kept.is_empty() {
        // A name made only of such words ("The Company") keeps them.
        return words.join(" ");
    }
    kept.join(" ")
}

/// How alike two canonical names are, from 0 to 1: the better of their
/// Jaro-Winkler similarity and the share of words they have in common
/// (so that "riverside friends" is like "friends riverside").
pub fn name_similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let jaro = strsim::jaro_winkler(a, b);
    let left: BTreeSet<&str> = a.split(' ').collect();
    let right: BTreeSet<&str> = b.split(' ').collect();
    let common = left.intersection(&right).count();
    let all = left.union(&right).count();
    let overlap = if all == 0 { 0.0 } else { common as f64 / all as f64 };
    jaro.max(overlap)
}

/// How two names compare.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameMatch {
    /// The same name, however written: a conflict.
    Same,
    /// Different names that look alike (similarity from 0 to 1): organizers decide.
    Near(f64),
}

/// Compares two names as written; `None` when they are plainly different.
pub fn near_match(a: &str, b: &str) -> Option<NameMatch> {
    compare_normalized(&normalize_name(a), &normalize_name(b))
}

/// [`near_match`] for names already in canonical form.
pub fn compare_normalized(a: &str, b: &str) -> Option<NameMatch> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some(NameMatch::Same);
    }
    let similarity = name_similarity(a, b);
    (similarity >= NEAR_MATCH_THRESHOLD).then_some(NameMatch::Near(similarity))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_austin_example_is_the_same_organization() {
        assert_eq!(normalize_name("Austin Neighbours Assn."), "austin neighbors association");
        assert_eq!(normalize_name("Austin Neighbors Association"), "austin neighbors association");
        assert_eq!(near_match("Austin Neighbours Assn.", "AUSTIN NEIGHBORS ASSOCIATION"), Some(NameMatch::Same));
    }

    #[test]
    fn accents_case_punctuation_legal_forms_and_stop_words_do_not_matter() {
        assert_eq!(normalize_name("  Café  de la Pâix, Inc. "), normalize_name("cafe de la paix"));
        assert_eq!(normalize_name("The Friends of Riverside"), "friends riverside");
        assert_eq!(normalize_name("Smith & Sons Ltd"), normalize_name("Smith and Sons"));
        assert_eq!(normalize_name("O'Brien's Centre"), "obriens center");
        assert_eq!(normalize_name("Dept. of Parks"), "department parks");
        assert_eq!(normalize_name("Univ. of Texas"), normalize_name("University of Texas"));
        assert_eq!(normalize_name("Jürgen Weiß"), "jurgen weiss");
        assert_eq!(normalize_name("Eastside Organisation"), normalize_name("Eastside Organization"));
    }

    #[test]
    fn st_is_a_saint_at_the_start_and_a_street_after_a_name() {
        assert_eq!(normalize_name("St. Mary's Church"), "saint marys church");
        assert_eq!(normalize_name("The St Paul Group"), "saint paul group");
        assert_eq!(normalize_name("12 Main St"), "12 main street");
        assert_eq!(normalize_name("Main Street"), normalize_name("Main St."));
    }

    #[test]
    fn a_name_of_only_dropped_words_keeps_them() {
        assert_eq!(normalize_name("The Company"), "the company");
        assert_eq!(normalize_name("!!!"), "");
    }

    #[test]
    fn alike_names_are_near_and_different_names_are_not() {
        assert!(matches!(near_match("Rosa Resident", "Rosa Residant"), Some(NameMatch::Near(s)) if s >= 0.9));
        assert!(matches!(near_match("Friends of Riverside", "Riverside Friends"), Some(NameMatch::Near(_))));
        assert_eq!(near_match("Library Board", "Friends of Riverside"), None);
        assert_eq!(near_match("", "Anything"), None);
    }

    proptest! {
        #[test]
        fn normalizing_twice_changes_nothing(name in "\\PC{0,60}") {
            let once = normalize_name(&name);
            prop_assert_eq!(normalize_name(&once), once);
        }

        #[test]
        fn the_form_is_words_of_letters_and_digits_with_single_spaces(name in "\\PC{0,60}") {
            let form = normalize_name(&name);
            prop_assert!(!form.starts_with(' ') && !form.ends_with(' ') && !form.contains("  "));
            prop_assert!(form.chars().all(|c| c == ' ' || c.is_alphanumeric()), "{}", form);
            prop_assert!(!form.chars().any(|c| c.is_ascii_uppercase()), "{}", form);
        }

        #[test]
        fn case_spacing_and_punctuation_do_not_change_the_form(
            words in proptest::collection::vec("[a-zA-Z]{1,10}", 1..5),
            separator in "[ .,;:!?()/-]{1,3}",
        ) {
            let plain = words.join(" ");
            let shouted = words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join(&separator);
            prop_assert_eq!(normalize_name(&plain), normalize_name(&shouted));
        }

        #[test]
        fn accented_latin_letters_match_their_plain_letters(word in "[a-z]{1,12}") {
            let accented: String = word
                .chars()
                .map(|c| match c { 'a' => 'á', 'e' => 'è', 'i' => 'î', 'o' => 'ö', 'u' => 'ū', 'c' => 'ç', 'n' => 'ñ', other => other })
                .collect();
            prop_assert_eq!(normalize_name(&accented), normalize_name(&word));
        }

        #[test]
        fn similarity_is_symmetric_and_between_zero_and_one(a in "[a-z ]{0,30}", b in "[a-z ]{0,30}") {
            let (a, b) = (normalize_name(&a), normalize_name(&b));
            let ab = name_similarity(&a, &b);
            prop_assert!((0.0..=1.0).contains(&ab));
            prop_assert!((ab - name_similarity(&b, &a)).abs() < 1e-9);
        }
    }
}
