//! The rubric of an ideas track: how many judges read each entry, and the
//! criteria they score it on.

use std::collections::BTreeSet;

use toml::de::DeTable;

use super::{MAX_TEXT, MAX_TITLE, TrackDraft, Walker};
use crate::challenge::Criterion;

const CRITERION_KEYS: &[&str] = &["name", "weight", "description", "levels"];

impl Walker<'_> {
    /// The rubric and the questions of an ideas track.
    pub(super) fn ideas(&mut self, table: &DeTable<'_>, at: usize, field: &str, track: &mut TrackDraft) {
        track.judges_per_entry = self.integer(table, field, "judges_per_entry", 1, 50).unwrap_or(3) as u32;
        let mut names = BTreeSet::new();
        for (index, c_table, c_at) in self.array_of_tables(table, "criteria", field) {
            let c_field = format!("{field}.criteria[{index}]");
            self.unknown_keys(c_table, &c_field, CRITERION_KEYS);
            let name = self.text_field(c_table, c_at, &c_field, "name", MAX_TITLE, true);
            let weight = self.integer(c_table, &c_field, "weight", 1, 100).unwrap_or(1) as u32;
            let description = self.text_field(c_table, c_at, &c_field, "description", MAX_TEXT, true);
            let levels = self.levels(c_table, &c_field);
            if let Some(name) = &name
                && !names.insert(name.clone())
            {
                self.problem(c_at, &format!("{c_field}.name"), format!("criterion '{name}' appears twice"));
            }
            if let (Some(name), Some(description)) = (name, description) {
                track.criteria.push(Criterion { name, weight, description, levels });
            }
        }
        if table.get("criteria").is_none() {
            self.problem(
                at,
                &format!("{field}.criteria"),
                "an ideas track needs at least one [[tracks.criteria]] table for its rubric",
            );
        }
        track.questions = self.questions(table, field);
    }

    fn levels(&mut self, table: &DeTable<'_>, field: &str) -> Vec<String> {
        let Some(value) = table.get("levels") else {
            return Vec::new();
        };
        let field = format!("{field}.levels");
        let Some(array) = value.get_ref().as_array() else {
            self.problem(value.span().start, &field, "must be a list of 5 descriptions, level 1 first");
            return Vec::new();
        };
        let levels: Vec<String> =
            array.iter().filter_map(|v| v.get_ref().as_str().map(|s| s.trim().to_owned())).collect();
        if levels.len() != array.len() || levels.len() != 5 || levels.iter().any(String::is_empty) {
            self.problem(
                value.span().start,
                &field,
                format!(
                    "must be a list of exactly 5 non-empty descriptions, level 1 first (found {} entries)",
                    array.len()
                ),
            );
            return Vec::new();
        }
        levels
    }
}
