//! URL-safe identifiers for challenges, datasets and tracks.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A lowercase identifier of 3 to 64 characters from `[a-z0-9-]`, not starting
/// or ending with `-`; safe to put in a URL and a file name as it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub const MIN_LEN: usize = 3;
    pub const MAX_LEN: usize = 64;

    pub fn parse(input: &str) -> Result<Self> {
        let len = input.chars().count();
        if !(Self::MIN_LEN..=Self::MAX_LEN).contains(&len) {
            return Err(Error::InvalidSlug(plaza_i18n::tr_with(
                "edits-slug-length",
                &[
                    ("slug", input.into()),
                    ("min", Self::MIN_LEN.into()),
                    ("max", Self::MAX_LEN.into()),
                    ("len", len.into()),
                ],
            )));
        }
        if let Some(bad) = input.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
            return Err(Error::InvalidSlug(plaza_i18n::tr_with(
                "edits-slug-characters",
                &[("slug", input.into()), ("found", format!("{bad:?}").into())],
            )));
        }
        if input.starts_with('-') || input.ends_with('-') {
            return Err(Error::InvalidSlug(plaza_i18n::tr_with("edits-slug-edge-dash", &[("slug", input.into())])));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A web address made from a title: lowercase letters and digits kept
    /// (accents dropped from the common Latin letters), everything else a
    /// single `-`, cut to [`Slug::MAX_LEN`]. It may still be too short to
    /// parse (a title of one letter), so it is a suggestion to edit.
    pub fn suggest(title: &str) -> String {
        let mut out = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            let plain = match c {
                'a'..='z' | '0'..='9' => Some(c),
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => Some('a'),
                'ç' => Some('c'),
                'è' | 'é' | 'ê' | 'ë' => Some('e'),
                'ì' | 'í' | 'î' | 'ï' => Some('i'),
                'ñ' => Some('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => Some('o'),
                'ù' | 'ú' | 'û' | 'ü' => Some('u'),
                'ý' | 'ÿ' => Some('y'),
                _ => None,
            };
            match plain {
                Some(c) => out.push(c),
                None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
                None => {}
            }
        }
        out.truncate(Self::MAX_LEN);
        out.trim_end_matches('-').to_owned()
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;
    fn try_from(value: String) -> Result<Self> {
        Self::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> Self {
        slug.0
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_title_suggests_a_web_address() {
        use super::Slug;
        assert_eq!(Slug::suggest("Street Trees of Toronto, 2027!"), "street-trees-of-toronto-2027");
        assert_eq!(Slug::suggest("  Calidad del aire: ¿qué respiramos?"), "calidad-del-aire-que-respiramos");
        assert_eq!(Slug::suggest("東京"), "");
        let long = Slug::suggest(&"word ".repeat(40));
        assert!(long.len() <= Slug::MAX_LEN && !long.ends_with('-'), "{long}");
        assert!(Slug::parse(&long).is_ok());
    }

    use super::*;

    #[test]
    fn accepts_lowercase_digits_and_dashes() {
        assert_eq!(Slug::parse("chicago-food-2026").map(String::from), Ok("chicago-food-2026".into()));
    }

    #[test]
    fn rejects_uppercase_spaces_short_long_and_edge_dashes() {
        for bad in ["Chicago", "a b c", "ab", &"x".repeat(65), "-abc", "abc-", "café", "a/b/c"] {
            assert!(Slug::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
