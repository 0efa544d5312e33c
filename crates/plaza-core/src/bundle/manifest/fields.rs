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
                .map(|(_, k)| format!(" (did you mean '{k}'?)"))
                .unwrap_or_default();
            self.problem(key.span().start, &path, format!("unknown key{suggestion}"));
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
            self.problem(value.span().start, &path, format!("must be a list of tables, written [[{key}]]"));
            return Vec::new();
        };
        let mut tables = Vec::new();
        for (index, item) in array.iter().enumerate() {
            match item.get_ref() {
                DeValue::Table(inner) => tables.push((index, inner, item.span().start)),
                _ => self.problem(item.span().start, &format!("{path}[{index}]"), "must be a table"),
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
                    self.problem(at, &path, "is required");
                }
                None
            }
            Some(value) => match value.get_ref().as_str() {
                Some(s) => Some((s.to_owned(), value.span().start)),
                None => {
                    self.problem(
                        value.span().start,
                        &path,
                        format!("must be a string, not {}", value.get_ref().type_str()),
                    );
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
                self.problem(offset, &path, "must not be empty");
            }
            return None;
        }
        let len = trimmed.chars().count();
        if len > max {
            self.problem(offset, &path, format!("is {len} characters long; the most allowed is {max}"));
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
                self.problem(offset, &path_field, format!("'{value}' {reason}"));
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
                format!("'{}' must be inside the hidden/ folder so that it is never published", located.value),
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
                    format!("{n} is out of range: use a whole number from {min} to {max}"),
                );
                None
            }
            None => {
                self.problem(value.span().start, &path, format!("must be a whole number from {min} to {max}"));
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
            self.problem(
                value.span().start,
                &format!("{field}.{key}"),
                format!("must be a whole number from {min} to {max}"),
            );
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
                format!("must be true or false, not {}", value.get_ref().type_str()),
            );
        }
        parsed
    }

    pub(super) fn datetime(&mut self, table: &DeTable<'_>, at: usize, key: &str) -> Option<DateTime<Utc>> {
        let Some(value) = table.get(key) else {
            self.problem(at, key, "is required (an RFC 3339 date and time such as \"2027-02-28T23:59:59Z\")");
            return None;
        };
        let text = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Datetime(d) => d.to_string(),
            other => {
                self.problem(
                    value.span().start,
                    key,
                    format!("must be a date and time such as \"2027-02-28T23:59:59Z\", not {}", other.type_str()),
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
                    format!(
                        "'{text}' is not an RFC 3339 date and time with a time zone, such as \"2027-02-28T23:59:59Z\""
                    ),
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
            self.problem(offset, &format!("{field}.type"), format!("unknown type '{value}' (expected one of {known})"));
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
                    format!("'{slug}' is used by another entry of {key}; slugs must be unique"),
                );
            }
        }
    }
}

/// A TOML integer in any radix, with `_` separators.
fn whole_number(value: &DeValue<'_>) -> Option<i64> {
    value.as_integer().and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok())
}

/// Why a bundle path is unsafe or malformed, if it is.
pub(crate) fn check_relative_path(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("is empty");
    }
    if path.starts_with('/') || path.contains(':') {
        return Err("must be a path relative to the bundle folder");
    }
    if path.contains('\\') {
        return Err("must use '/' to separate folders");
    }
    if path.split('/').any(|part| part == ".." || part == "." || part.is_empty()) {
        return Err("must stay inside the bundle folder (no '..', '.' or empty parts)");
    }
    if path.chars().any(char::is_control) {
        return Err("contains a control character");
    }
    Ok(())
}
