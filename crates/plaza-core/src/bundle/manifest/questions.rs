//! The extra questions of an ideas track's entry form.

use std::collections::BTreeSet;

use toml::de::DeTable;

use super::Walker;
use super::fields::{empty, not_a_string, too_long};
use crate::challenge::{Question, QuestionKind};

const QUESTION_KEYS: &[&str] = &["key", "label", "kind", "help", "options", "required"];
/// The standard fields of every ideas entry form: an extra question may not
/// take their names, or the form would have two fields with one name.
pub const RESERVED_QUESTION_KEYS: &[&str] =
    &["title", "summary", "problem", "proposal", "datasets", "beneficiaries", "team", "contact"];
pub const MAX_QUESTIONS: usize = 30;
pub const MAX_QUESTION_KEY: usize = 40;
pub const MAX_QUESTION_LABEL: usize = 200;
pub const MAX_QUESTION_HELP: usize = 1000;
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 50;
pub const MAX_OPTION: usize = 200;

impl Walker<'_> {
    /// The extra questions of an ideas track's entry form, in order.
    pub(super) fn questions(&mut self, table: &DeTable<'_>, field: &str) -> Vec<Question> {
        if let Some(value) = table.get("questions")
            && let Some(array) = value.get_ref().as_array()
            && let Some(extra) = array.get(MAX_QUESTIONS)
        {
            self.problem(
                extra.span().start,
                &format!("{field}.questions"),
                plaza_i18n::tr_with(
                    "bundle-manifest-questions-too-many",
                    &[("max", MAX_QUESTIONS.into()), ("found", array.len().into())],
                ),
            );
        }
        let mut keys = BTreeSet::new();
        let mut questions = Vec::new();
        for (index, q_table, q_at) in self.array_of_tables(table, "questions", field) {
            let q_field = format!("{field}.questions[{index}]");
            self.unknown_keys(q_table, &q_field, QUESTION_KEYS);
            let key = self.question_key(q_table, q_at, &q_field);
            let label = self.text_field(q_table, q_at, &q_field, "label", MAX_QUESTION_LABEL, true);
            let kind = self.question_kind(q_table, q_at, &q_field);
            let help = self.text_field(q_table, q_at, &q_field, "help", MAX_QUESTION_HELP, false).unwrap_or_default();
            let options = self.options(q_table, q_at, &q_field, kind);
            let required = self.boolean(q_table, &q_field, "required").unwrap_or(false);
            if let Some(key) = &key
                && !keys.insert(key.clone())
            {
                let offset = q_table.get("key").map_or(q_at, |v| v.span().start);
                self.problem(
                    offset,
                    &format!("{q_field}.key"),
                    plaza_i18n::tr_with("bundle-manifest-questions-key-twice", &[("key", key.as_str().into())]),
                );
            }
            if let (Some(key), Some(label), Some(kind)) = (key, label, kind) {
                questions.push(Question { key, label, kind, help, options, required });
            }
        }
        questions
    }

    fn question_key(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> Option<String> {
        let (key, offset) = self.string(table, at, field, "key", true)?;
        let len = key.chars().count();
        let reason = if key.is_empty() {
            empty()
        } else if len > MAX_QUESTION_KEY {
            too_long(len, MAX_QUESTION_KEY)
        } else if let Some(bad) = key.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')) {
            plaza_i18n::tr_with(
                "bundle-manifest-questions-key-characters",
                &[("key", key.as_str().into()), ("found", format!("{bad:?}").into())],
            )
        } else if RESERVED_QUESTION_KEYS.contains(&key.as_str()) {
            plaza_i18n::tr_with(
                "bundle-manifest-questions-key-reserved",
                &[("key", key.as_str().into()), ("reserved", RESERVED_QUESTION_KEYS.join(", ").into())],
            )
        } else {
            return Some(key);
        };
        self.problem(offset, &format!("{field}.key"), reason);
        None
    }

    fn question_kind(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> Option<QuestionKind> {
        let (value, offset) = self.string(table, at, field, "kind", true)?;
        let parsed = QuestionKind::parse(&value);
        if parsed.is_none() {
            let known = or_list(&QuestionKind::ALL.map(QuestionKind::name));
            self.problem(
                offset,
                &format!("{field}.kind"),
                plaza_i18n::tr_with(
                    "bundle-manifest-questions-unknown-kind",
                    &[("value", value.as_str().into()), ("known", known.into())],
                ),
            );
        }
        parsed
    }

    /// The choices of a question: required for single and multiple choice,
    /// refused for every other kind.
    fn options(&mut self, table: &DeTable<'_>, at: usize, field: &str, kind: Option<QuestionKind>) -> Vec<String> {
        let path = format!("{field}.options");
        let Some(value) = table.get("options") else {
            if let Some(kind) = kind
                && kind.has_options()
            {
                self.problem(
                    at,
                    &path,
                    plaza_i18n::tr_with(
                        "bundle-manifest-questions-options-required",
                        &[("kind", kind.name().into()), ("min", MIN_OPTIONS.into()), ("max", MAX_OPTIONS.into())],
                    ),
                );
            }
            return Vec::new();
        };
        if let Some(kind) = kind
            && !kind.has_options()
        {
            let choice_kinds: Vec<&str> =
                QuestionKind::ALL.into_iter().filter(|k| k.has_options()).map(QuestionKind::name).collect();
            self.problem(
                value.span().start,
                &path,
                plaza_i18n::tr_with(
                    "bundle-manifest-questions-options-not-allowed",
                    &[("kinds", or_list(&choice_kinds).into()), ("kind", kind.name().into())],
                ),
            );
            return Vec::new();
        }
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span().start,
                &path,
                plaza_i18n::tr_with(
                    "bundle-manifest-questions-options-not-list",
                    &[("min", MIN_OPTIONS.into()), ("max", MAX_OPTIONS.into())],
                ),
            );
            return Vec::new();
        };
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&array.len()) {
            self.problem(
                value.span().start,
                &path,
                plaza_i18n::tr_with(
                    "bundle-manifest-questions-options-count",
                    &[("min", MIN_OPTIONS.into()), ("max", MAX_OPTIONS.into()), ("found", array.len().into())],
                ),
            );
        }
        let mut options: Vec<String> = Vec::new();
        for (index, item) in array.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            let Some(text) = item.get_ref().as_str() else {
                let found = item.get_ref().type_str();
                self.problem(item.span().start, &item_path, not_a_string(found));
                continue;
            };
            let text = text.trim();
            let len = text.chars().count();
            let reason = if text.is_empty() {
                empty()
            } else if len > MAX_OPTION {
                too_long(len, MAX_OPTION)
            } else if options.iter().any(|o| o == text) {
                plaza_i18n::tr_with("bundle-manifest-questions-option-twice", &[("option", text.into())])
            } else {
                options.push(text.to_owned());
                continue;
            };
            self.problem(item.span().start, &item_path, reason);
        }
        options
    }
}

/// `a, b or c`, for messages that list what is allowed.
fn or_list(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => plaza_i18n::tr_with(
            "bundle-manifest-questions-or-list",
            &[("rest", rest.join(", ").into()), ("last", (*last).into())],
        ),
        _ => names.join(""),
    }
}
