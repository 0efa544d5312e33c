//! Ways to take part without a computer, and the printed poster that points
//! to them: a phone line, a drop-off address with its opening hours, a
//! library or partner location, the paper size posters print on, and the
//! challenge's short link (`/c/<code>`) that the poster's QR code encodes.

use serde::{Deserialize, Serialize};

/// Longest phone number (with an extension or a few words).
pub const MAX_PHONE: usize = 60;
/// Longest opening hours line ("Monday to Friday, 9 am to 5 pm").
pub const MAX_HOURS: usize = 160;
/// Longest address or location (several lines).
pub const MAX_PLACE: usize = 400;
/// Characters of a short code.
pub const SHORT_CODE_LENGTH: usize = 6;
/// The letters and digits of short codes: no 0/o, 1/l/i, so a code read
/// aloud or copied from paper is not mistaken.
const SHORT_CODE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// The paper a challenge's posters and paper forms print on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// The name in bundles, forms and `?paper=`.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        Self::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(input))
    }

    /// How the page names it, in the reader's language.
    pub fn label(self) -> String {
        match self {
            Paper::A4 => plaza_i18n::tr("core-outreach-paper-a4"),
            Paper::Letter => plaza_i18n::tr("core-outreach-paper-letter"),
        }
    }

    /// The CSS `@page` size.
    pub fn css_size(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// How residents without a computer take part, as the organizer set it.
/// Every field may be empty: what is empty is not shown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Outreach {
    /// A phone line where staff take ideas and answer questions.
    pub phone: String,
    /// When the phone line is answered.
    pub phone_hours: String,
    /// Where paper forms can be dropped off or posted.
    pub drop_off_address: String,
    /// When the drop-off place is open.
    pub drop_off_hours: String,
    /// A library or partner organization that helps residents take part.
    pub partner_location: String,
    /// The paper posters and paper forms print on.
    pub paper: Paper,
}

impl Outreach {
    /// Whether any way without a computer is set.
    pub fn has_offline_ways(&self) -> bool {
        !(self.phone.is_empty() && self.drop_off_address.is_empty() && self.partner_location.is_empty())
    }
}

/// The outreach form as sent (every field text, unchecked).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OutreachDraft {
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub phone_hours: String,
    #[serde(default)]
    pub drop_off_address: String,
    #[serde(default)]
    pub drop_off_hours: String,
    #[serde(default)]
    pub partner_location: String,
    #[serde(default)]
    pub paper: String,
}

impl Outreach {
    pub fn draft(&self) -> OutreachDraft {
        OutreachDraft {
            phone: self.phone.clone(),
            phone_hours: self.phone_hours.clone(),
            drop_off_address: self.drop_off_address.clone(),
            drop_off_hours: self.drop_off_hours.clone(),
            partner_location: self.partner_location.clone(),
            paper: self.paper.name().to_owned(),
        }
    }
}

/// One problem with an outreach form or bundle table: the field and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachProblem {
    /// The field's name in the form and the bundle (`phone`, `drop_off_hours`, ...).
    pub field: &'static str,
    pub message: String,
}

/// Checks `draft`: every problem at once, or what to save. Text is trimmed;
/// addresses keep their line breaks (as `\n`).
pub fn check_outreach(draft: &OutreachDraft) -> Result<Outreach, Vec<OutreachProblem>> {
    let mut problems = Vec::new();
    // `label` is the message naming the field at the start of a sentence ("The phone number").
    let mut text = |field: &'static str, label: &str, value: &str, max: usize, lines: bool| -> String {
        let value = if lines {
            value.replace("\r\n", "\n").replace('\r', "\n").lines().map(str::trim).collect::<Vec<_>>().join("\n")
        } else {
            value.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let value = value.trim().to_owned();
        let length = value.chars().count();
        if length > max {
            problems.push(OutreachProblem {
                field,
                message: plaza_i18n::tr_with(
                    "core-outreach-too-long",
                    &[("field", plaza_i18n::tr(label).into()), ("length", length.into()), ("max", max.into())],
                ),
            });
        } else if value.chars().any(|c| c.is_control() && c != '\n') {
            problems.push(OutreachProblem {
                field,
                message: plaza_i18n::tr_with(
                    "core-outreach-control-character",
                    &[("field", plaza_i18n::tr(label).into())],
                ),
            });
        }
        value
    };
    let phone = text("phone", "core-outreach-field-phone", &draft.phone, MAX_PHONE, false);
    let phone_hours = text("phone_hours", "core-outreach-field-phone-hours", &draft.phone_hours, MAX_HOURS, false);
    let drop_off_address =
        text("drop_off_address", "core-outreach-field-drop-off-address", &draft.drop_off_address, MAX_PLACE, true);
    let drop_off_hours =
        text("drop_off_hours", "core-outreach-field-drop-off-hours", &draft.drop_off_hours, MAX_HOURS, false);
    let partner_location =
        text("partner_location", "core-outreach-field-partner-location", &draft.partner_location, MAX_PLACE, true);
    if !phone.is_empty() && !phone.chars().any(|c| c.is_ascii_digit()) {
        problems.push(OutreachProblem {
            field: "phone",
            message: plaza_i18n::tr_with("core-outreach-phone-without-digits", &[("phone", phone.as_str().into())]),
        });
    }
    if phone.is_empty() && !phone_hours.is_empty() {
        problems.push(OutreachProblem {
            field: "phone_hours",
            message: plaza_i18n::tr("core-outreach-phone-hours-without-phone"),
        });
    }
    if drop_off_address.is_empty() && !drop_off_hours.is_empty() {
        problems.push(OutreachProblem {
            field: "drop_off_hours",
            message: plaza_i18n::tr("core-outreach-drop-off-hours-without-address"),
        });
    }
    let paper = if draft.paper.trim().is_empty() {
        Paper::default()
    } else {
        match Paper::parse(&draft.paper) {
            Some(paper) => paper,
            None => {
                problems.push(OutreachProblem {
                    field: "paper",
                    message: plaza_i18n::tr_with(
                        "core-outreach-unknown-paper",
                        &[("paper", draft.paper.trim().into())],
                    ),
                });
                Paper::default()
            }
        }
    };
    if problems.is_empty() {
        Ok(Outreach { phone, phone_hours, drop_off_address, drop_off_hours, partner_location, paper })
    } else {
        Err(problems)
    }
}

/// A challenge's short code, as in `<public_url>/c/<code>`: six lowercase
/// letters and digits that cannot be mistaken for each other.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ShortCode(String);

impl ShortCode {
    /// A code from random bytes (the caller's randomness: this crate has none).
    pub fn from_random(bytes: [u8; SHORT_CODE_LENGTH]) -> Self {
        let alphabet = SHORT_CODE_ALPHABET.len();
        ShortCode(bytes.iter().map(|b| SHORT_CODE_ALPHABET[usize::from(*b) % alphabet] as char).collect())
    }

    /// A code as typed or printed: any case, surrounding spaces ignored.
    pub fn parse(input: &str) -> Option<Self> {
        let code = input.trim().to_ascii_lowercase();
        (code.len() == SHORT_CODE_LENGTH && code.bytes().all(|b| SHORT_CODE_ALPHABET.contains(&b)))
            .then_some(ShortCode(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ShortCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_form_is_no_outreach_on_a4() {
        let outreach = check_outreach(&OutreachDraft::default()).expect("no problem");
        assert_eq!(outreach, Outreach::default());
        assert!(!outreach.has_offline_ways());
        assert_eq!(outreach.paper, Paper::A4);
    }

    #[test]
    fn fields_are_trimmed_and_addresses_keep_their_lines() {
        let draft = OutreachDraft {
            phone: "  312-555-0100 \t ext. 4 ".into(),
            phone_hours: "Mon-Fri\n9 am to 5 pm".into(),
            drop_off_address: " City Hall, Room 100 \r\n 121 N LaSalle St \r\n".into(),
            drop_off_hours: "".into(),
            partner_location: "Harold Washington Library".into(),
            paper: "Letter".into(),
        };
        let outreach = check_outreach(&draft).expect("no problem");
        assert_eq!(outreach.phone, "312-555-0100 ext. 4");
        assert_eq!(outreach.phone_hours, "Mon-Fri 9 am to 5 pm");
        assert_eq!(outreach.drop_off_address, "City Hall, Room 100\n121 N LaSalle St");
        assert_eq!(outreach.paper, Paper::Letter);
        assert!(outreach.has_offline_ways());
        assert_eq!(check_outreach(&outreach.draft()).expect("no problem"), outreach);
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let draft = OutreachDraft {
            phone: "call us".into(),
            phone_hours: "x".repeat(MAX_HOURS + 1),
            drop_off_address: String::new(),
            drop_off_hours: "9 to 5".into(),
            partner_location: "a\u{7}b".into(),
            paper: "A3".into(),
        };
        let problems = check_outreach(&draft).expect_err("problems");
        let fields: Vec<_> = problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, ["phone_hours", "partner_location", "phone", "drop_off_hours", "paper"], "{problems:?}");
        assert!(problems[0].message.contains("161 characters"), "{}", problems[0].message);
        assert!(problems[4].message.contains("\"A3\""), "{}", problems[4].message);
    }

    #[test]
    fn hours_without_their_place_are_refused() {
        let draft = OutreachDraft { phone_hours: "9 to 5".into(), ..OutreachDraft::default() };
        let problems = check_outreach(&draft).expect_err("problems");
        assert_eq!(problems[0].field, "phone_hours");
    }

    #[test]
    fn short_codes_use_letters_that_cannot_be_misread() {
        for seed in 0..=255u8 {
            let code = ShortCode::from_random([seed, seed.wrapping_mul(7), 3, 200, 255, seed ^ 0x55]);
            assert_eq!(code.as_str().len(), SHORT_CODE_LENGTH);
            assert!(!code.as_str().contains(['0', 'o', '1', 'l', 'i']), "{code}");
            assert_eq!(ShortCode::parse(&code.as_str().to_uppercase()), Some(code.clone()));
        }
        assert_eq!(ShortCode::parse("abc"), None);
        assert_eq!(ShortCode::parse("abcde0"), None);
        assert_eq!(ShortCode::parse("../../"), None);
        assert_eq!(ShortCode::parse(" k7m2qx "), Some(ShortCode("k7m2qx".into())));
    }
}
