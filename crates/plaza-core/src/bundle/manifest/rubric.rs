//! The rubric of an ideas track: how many judges read each entry, and the
//! criteria they score it on. This module only reads the TOML values; their
//! limits are [`Rubric`]'s, the same as the organizers' rubric form.

use toml::de::DeTable;

use super::{TrackDraft, Walker};
use crate::judging::rubric::{
    CriterionDraft, CriterionPart, DEFAULT_JUDGES_PER_ENTRY, DEFAULT_WEIGHT, LEVELS, MAX_JUDGES_PER_ENTRY, MAX_WEIGHT,
    MIN_JUDGES_PER_ENTRY, MIN_WEIGHT, Rubric, RubricDraft, RubricField, RubricProblem,
};

const CRITERION_KEYS: &[&str] = &["name", "weight", "description", "levels"];

/// Where a criterion of the draft sits in the manifest.
struct Place<'a, 'i> {
    field: String,
    table: &'a DeTable<'i>,
    at: usize,
}

impl Walker<'_> {
    /// The rubric and the questions of an ideas track.
    pub(super) fn ideas(&mut self, table: &DeTable<'_>, at: usize, field: &str, track: &mut TrackDraft) {
        // False once a value of the wrong type was left out of the draft (and reported).
        let mut complete = true;
        let judges = (MIN_JUDGES_PER_ENTRY, MAX_JUDGES_PER_ENTRY);
        let judges_per_entry = self
            .whole_number_text(table, field, "judges_per_entry", judges, DEFAULT_JUDGES_PER_ENTRY)
            .unwrap_or_else(|| {
                complete = false;
                DEFAULT_JUDGES_PER_ENTRY.to_string()
            });
        let mut draft = RubricDraft { judges_per_entry, ..RubricDraft::default() };
        let mut places = Vec::new();
        for (index, c_table, c_at) in self.array_of_tables(table, "criteria", field) {
            let c_field = format!("{field}.criteria[{index}]");
            self.unknown_keys(c_table, &c_field, CRITERION_KEYS);
            let name = self.string(c_table, c_at, &c_field, "name", true);
            let weight = self.whole_number_text(c_table, &c_field, "weight", (MIN_WEIGHT, MAX_WEIGHT), DEFAULT_WEIGHT);
            let description = self.string(c_table, c_at, &c_field, "description", true);
            let levels = self.levels(c_table, &c_field);
            if let (Some((name, _)), Some(weight), Some((description, _)), Some(levels)) =
                (name, weight, description, levels)
            {
                draft.criteria.push(CriterionDraft { name, weight, description, levels });
                places.push(Place { field: c_field, table: c_table, at: c_at });
            } else {
                complete = false;
            }
        }
        let criteria = table.get("criteria");
        if criteria.is_none() {
            self.problem(at, &format!("{field}.criteria"), plaza_i18n::tr("bundle-manifest-rubric-no-criteria"));
        }
        match Rubric::try_from(draft) {
            Ok(rubric) => {
                track.judges_per_entry = rubric.judges_per_entry();
                track.criteria = rubric.into_criteria();
            }
            Err(errors) => {
                for error in errors.iter() {
                    let (offset, path) = match error.field {
                        RubricField::Criteria => {
                            // Already said above, or the criteria left out were.
                            if error.problem == RubricProblem::NoCriteria && (criteria.is_none() || !complete) {
                                continue;
                            }
                            (criteria.map_or(at, |v| v.span().start), format!("{field}.criteria"))
                        }
                        RubricField::JudgesPerEntry | RubricField::MinReviews => {
                            let offset = table.get("judges_per_entry").map_or(at, |v| v.span().start);
                            (offset, format!("{field}.judges_per_entry"))
                        }
                        RubricField::Criterion { index, part } => {
                            let Some(place) = places.get(index) else { continue };
                            let key = part.key();
                            let offset = match (&error.problem, part) {
                                (RubricProblem::Duplicate, CriterionPart::Name) => place.at,
                                _ => place.table.get(key).map_or(place.at, |v| v.span().start),
                            };
                            (offset, format!("{}.{key}", place.field))
                        }
                    };
                    self.problem(offset, &path, error.detail());
                }
            }
        }
        track.questions = self.questions(table, field);
    }

    /// The level descriptions as given (none when the key is absent), or
    /// `None` and a problem when they are not a list of text.
    fn levels(&mut self, table: &DeTable<'_>, field: &str) -> Option<Vec<String>> {
        let Some(value) = table.get("levels") else {
            return Some(Vec::new());
        };
        let field = format!("{field}.levels");
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span().start,
                &field,
                plaza_i18n::tr_with("bundle-manifest-rubric-levels-not-list", &[("levels", LEVELS.into())]),
            );
            return None;
        };
        let levels: Option<Vec<String>> = array.iter().map(|v| v.get_ref().as_str().map(str::to_owned)).collect();
        if levels.is_none() {
            self.problem(
                value.span().start,
                &field,
                plaza_i18n::tr_with(
                    "bundle-manifest-rubric-levels-not-text",
                    &[("levels", LEVELS.into()), ("found", array.len().into())],
                ),
            );
        }
        levels
    }
}

#[cfg(test)]
mod tests;
