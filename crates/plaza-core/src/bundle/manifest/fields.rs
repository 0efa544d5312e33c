//! Reading one value of a table: its type, its range, where it sits, and
//! the problem to report when it is wrong.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use toml::de::{DeTable, DeValue};

use super::{Located, Walker};
use crate::challenge::ColumnType;
use crate::slug::Slug;

impl Walker<'_> {
    pub(super) fn unknown_keys(&mut self, table: &DeTable<'_>, field: &str, known: &[&str]) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let path = if field.is_empty() { name.to_owned() } else { format!("{field}.{name}") };
            let suggestion = known
                .iter()
                .map(|k| (strsim::damerau_levenshtein(name, k), *k))
                .filter(|(distance, _)| *distance <= 2)
                .min_by_key(|(distance, _)| *distance)
                .map(|(_, k)| k);
            let message = match suggestion {
                Some(k) => plaza_i18n::tr_with("bundle-manifest-fields-unknown-key-suggestion", &[("key", k.into())]),
                None => plaza_i18n::tr("bundle-manifest-fields-unknown-key"),
            };
            self.problem(key.span().start, &path, message);
        }
    }

    pub(super) fn array_of_tables<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        key: &str,
        field: &str,
    ) -> Vec<(usize, &'a DeTable<'i>, usize)> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span().start,
                &path,
                plaza_i18n::tr_with("bundle-manifest-fields-not-array-of-tables", &[("key", key.into())]),
            );
            return Vec::new();
        };
        let mut tables = Vec::new();
        for (index, item) in array.iter().enumerate() {
            match item.get_ref() {
                DeValue::Table(inner) => tables.push((index, inner, item.span().start)),
                _ => self.problem(
                    item.span().start,
                    &format!("{path}[{index}]"),
                    plaza_i18n::tr("bundle-manifest-fields-not-table"),
                ),
            }
        }
        tables
    }

    pub(super) fn string(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
        required: bool,
    ) -> Option<(String, usize)> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        match table.get(key) {
            None => {
                if required {
                    self.problem(at, &path, plaza_i18n::tr("bundle-manifest-fields-required"));
                }
                None
            }
            Some(value) => match value.get_ref().as_str() {
                Some(s) => Some((s.to_owned(), value.span().start)),
                None => {
                    self.problem(value.span().start, &path, not_a_string(value.get_ref().type_str()));
                    None
                }
            },
        }
    }

    pub(super) fn text_field(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
        max: usize,
        required: bool,
    ) -> Option<String> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let (value, offset) = self.string(table, at, field, key, required)?;
        let trimmed = value.trim().to_owned();
        if trimmed.is_empty() {
            if required {
                self.problem(offset, &path, empty());
            }
            return None;
        }
        let len = trimmed.chars().count();
        if len > max {
            self.problem(offset, &path, too_long(len, max));
            return None;
        }
        Some(trimmed)
    }

    pub(super) fn slug(&mut self, table: &DeTable<'_>, at: usize, field: &str, key: &str) -> Option<Slug> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let (value, offset) = self.string(table, at, field, key, true)?;
        match Slug::parse(&value) {
            Ok(slug) => Some(slug),
            Err(err) => {
                self.problem(offset, &path, err.to_string());
                None
            }
        }
    }

    pub(super) fn path(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
        required: bool,
    ) -> Option<Located<String>> {
        let path_field = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let (value, offset) = self.string(table, at, field, key, required)?;
        match check_relative_path(&value) {
            Ok(()) => Some(Located { value, line: self.line(offset), field: path_field }),
            Err(reason) => {
                self.problem(offset, &path_field, reason);
                None
            }
        }
    }

    pub(super) fn hidden_path(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
    ) -> Option<Located<String>> {
        let located = self.path(table, at, field, key, true)?;
        if !crate::bundle::is_hidden_path(&located.value) {
            let offset = table.get(key).map_or(at, |v| v.span().start);
            self.problem(
                offset,
                &located.field,
                plaza_i18n::tr_with("bundle-manifest-fields-not-hidden", &[("path", located.value.as_str().into())]),
            );
            return None;
        }
        Some(located)
    }

    pub(super) fn integer(&mut self, table: &DeTable<'_>, field: &str, key: &str, min: i64, max: i64) -> Option<i64> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let value = table.get(key)?;
        match whole_number(value.get_ref()) {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                self.problem(
                    value.span().start,
                    &path,
                    plaza_i18n::tr_with(
                        "bundle-manifest-fields-out-of-range",
                        &[("value", n.to_string().into()), ("min", min.into()), ("max", max.into())],
                    ),
                );
                None
            }
            None => {
                self.problem(value.span().start, &path, not_whole_number(min, max));
                None
            }
        }
    }

    /// A whole number as text, its range left to a later check: `default`
    /// when the key is absent, `None` (and a problem) when it is no whole number.
    pub(super) fn whole_number_text(
        &mut self,
        table: &DeTable<'_>,
        field: &str,
        key: &str,
        range: (u32, u32),
        default: u32,
    ) -> Option<String> {
        let Some(value) = table.get(key) else {
            return Some(default.to_string());
        };
        let parsed = whole_number(value.get_ref());
        if parsed.is_none() {
            let (min, max) = range;
            self.problem(value.span().start, &format!("{field}.{key}"), not_whole_number(min.into(), max.into()));
        }
        parsed.map(|n| n.to_string())
    }

    pub(super) fn boolean(&mut self, table: &DeTable<'_>, field: &str, key: &str) -> Option<bool> {
        let value = table.get(key)?;
        let parsed = value.get_ref().as_bool();
        if parsed.is_none() {
            self.problem(
                value.span().start,
                &format!("{field}.{key}"),
                plaza_i18n::tr_with(
                    "bundle-manifest-fields-not-boolean",
                    &[("found", value.get_ref().type_str().into())],
                ),
            );
        }
        parsed
    }

    pub(super) fn datetime(&mut self, table: &DeTable<'_>, at: usize, key: &str) -> Option<DateTime<Utc>> {
        let Some(value) = table.get(key) else {
            self.problem(at, key, plaza_i18n::tr("bundle-manifest-fields-datetime-required"));
            return None;
        };
        let text = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Datetime(d) => d.to_string(),
            other => {
                self.problem(
                    value.span().start,
                    key,
                    plaza_i18n::tr_with("bundle-manifest-fields-not-datetime", &[("found", other.type_str().into())]),
                );
                return None;
            }
        };
        match DateTime::parse_from_rfc3339(text.trim()) {
            Ok(parsed) => Some(parsed.with_timezone(&Utc)),
            Err(_) => {
                self.problem(
                    value.span().start,
                    key,
                    plaza_i18n::tr_with("bundle-manifest-fields-bad-datetime", &[("value", text.as_str().into())]),
                );
                None
            }
        }
    }

    pub(super) fn column_type(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> Option<ColumnType> {
        let (value, offset) = self.string(table, at, field, "type", true)?;
        let parsed = ColumnType::parse(&value);
        if parsed.is_none() {
            let known = ColumnType::ALL.map(ColumnType::name).join(", ");
            self.problem(
                offset,
                &format!("{field}.type"),
                plaza_i18n::tr_with(
                    "bundle-manifest-fields-unknown-type",
                    &[("value", value.as_str().into()), ("known", known.into())],
                ),
            );
        }
        parsed
    }

    pub(super) fn duplicate_slugs(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        slugs: impl Iterator<Item = Option<Slug>>,
    ) {
        let mut seen = BTreeSet::new();
        let items = table.get(key).and_then(|v| v.get_ref().as_array());
        for (index, slug) in slugs.enumerate() {
            let Some(slug) = slug else { continue };
            if !seen.insert(slug.clone()) {
                let offset = items.and_then(|a| a.get(index)).map_or(0, |v| v.span().start);
                self.problem(
                    offset,
                    &format!("{key}[{index}].slug"),
                    plaza_i18n::tr_with(
                        "bundle-manifest-fields-duplicate-slug",
                        &[("slug", slug.to_string().into()), ("key", key.into())],
                    ),
                );
            }
        }
    }
}

/// A TOML integer in any radix, with `_` separators.
fn whole_number(value: &DeValue<'_>) -> Option<i64> {
    value.as_integer().and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok())
}

/// Why a bundle path is unsafe or malformed, if it is: a problem naming the path.
pub(crate) fn check_relative_path(path: &str) -> Result<(), String> {
    let id = if path.is_empty() {
        "bundle-manifest-fields-path-empty"
    } else if path.starts_with('/') || path.contains(':') {
        "bundle-manifest-fields-path-not-relative"
    } else if path.contains('\\') {
        "bundle-manifest-fields-path-backslash"
    } else if path.split('/').any(|part| part == ".." || part == "." || part.is_empty()) {
        "bundle-manifest-fields-path-outside"
    } else if path.chars().any(char::is_control) {
        "bundle-manifest-fields-path-control-character"
    } else {
        return Ok(());
    };
    Err(plaza_i18n::tr_with(id, &[("path", path.into())]))
}

/// A value that must be text is of another TOML type (`found`, such as `integer`).
pub(super) fn not_a_string(found: &str) -> String {
    plaza_i18n::tr_with("bundle-manifest-fields-not-string", &[("found", found.into())])
}

/// A text that must be given is empty.
pub(super) fn empty() -> String {
    plaza_i18n::tr("bundle-manifest-fields-empty")
}

/// A text is `len` characters long, more than `max`.
pub(super) fn too_long(len: usize, max: usize) -> String {
    plaza_i18n::tr_with("bundle-manifest-fields-too-long", &[("len", len.into()), ("max", max.into())])
}

/// A value is not a whole number from `min` to `max`.
fn not_whole_number(min: i64, max: i64) -> String {
    plaza_i18n::tr_with("bundle-manifest-fields-not-whole-number", &[("min", min.into()), ("max", max.into())])
}
