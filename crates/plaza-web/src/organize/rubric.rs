//! The rubric of an ideas track on the judging dashboard: organizers edit
//! the criteria, the judges per idea and the reviews an idea needs to be
//! ranked, until judging opens.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use plaza_core::{Criterion, TrackJudging};
use plaza_store::RubricCounts;
use serde::Serialize;

use crate::error::AppError;
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerTrack;
use crate::organize::judging::{back, refuse};
use crate::render::notice::JudgingNotice;
use crate::state::AppState;

#[derive(Serialize)]
pub(crate) struct CriterionRow {
    index: usize,
    name: String,
    weight: u32,
    description: String,
    levels: String,
}

pub(crate) fn criteria_rows(judging: &TrackJudging) -> Vec<CriterionRow> {
    let mut rows: Vec<CriterionRow> = judging
        .criteria
        .iter()
        .enumerate()
        .map(|(index, c)| CriterionRow {
            index,
            name: c.name.clone(),
            weight: c.weight,
            description: c.description.clone(),
            levels: c.levels.join("\n"),
        })
        .collect();
    // One blank row to add a criterion.
    rows.push(CriterionRow {
        index: rows.len(),
        name: String::new(),
        weight: 1,
        description: String::new(),
        levels: String::new(),
    });
    rows
}

/// Reads `name_N`, `weight_N`, `description_N` and `levels_N` rows; a row
/// with an empty name is dropped.
fn read_rubric(pairs: &[(String, String)]) -> Result<(Vec<Criterion>, RubricCounts), String> {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    let mut criteria = Vec::new();
    for index in 0..50 {
        let name = get(&format!("name_{index}"));
        if name.is_empty() {
            continue;
        }
        let weight_text = get(&format!("weight_{index}"));
        let weight = weight_text.parse::<u32>().ok().filter(|w| (1..=100).contains(w)).ok_or_else(|| {
            format!("The weight of '{name}' must be a whole number from 1 to 100, not '{weight_text}'.")
        })?;
        let description = get(&format!("description_{index}"));
        if description.is_empty() {
            return Err(format!("Describe what '{name}' asks judges to look at."));
        }
        let levels: Vec<String> =
            get(&format!("levels_{index}")).lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
        if !levels.is_empty() && levels.len() != 5 {
            return Err(format!(
                "'{name}' has {} level descriptions; give exactly 5 (one per line, level 1 first) or none.",
                levels.len()
            ));
        }
        if name.chars().count() > 120 || description.chars().count() > 2000 {
            return Err(format!("Keep the name of '{name}' to 120 characters and its description to 2000."));
        }
        if criteria.iter().any(|c: &Criterion| c.name == name) {
            return Err(format!("'{name}' appears twice."));
        }
        criteria.push(Criterion { name, weight, description, levels });
    }
    if criteria.is_empty() {
        return Err("The rubric needs at least one criterion.".into());
    }
    let judges_text = get("judges_per_entry");
    let judges_per_entry = judges_text.parse::<u32>().ok().filter(|m| (1..=20).contains(m)).ok_or_else(|| {
        format!("The number of judges per idea must be a whole number from 1 to 20, not '{judges_text}'.")
    })?;
    let min_text = get("min_reviews");
    let min_reviews = min_text.parse::<u32>().ok().filter(|m| (1..=50).contains(m)).ok_or_else(|| {
        format!(
            "The number of reviews an idea needs to be ranked must be a whole number from 1 to 50, not '{min_text}'."
        )
    })?;
    if min_reviews > judges_per_entry {
        return Err(format!(
            "Each idea gets {judges_per_entry} {}, so it cannot need {min_reviews} reviews to be ranked: no idea would be ranked. Lower the reviews needed or raise the judges per idea.",
            if judges_per_entry == 1 { "judge" } else { "judges" }
        ));
    }
    Ok((criteria, RubricCounts { judges_per_entry, min_reviews }))
}

pub(crate) async fn update_rubric(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (criteria, counts) = match read_rubric(&pairs) {
        Ok(rubric) => rubric,
        Err(message) => {
            return refuse(&state, &organizer, &track, "rubric", &message, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match state.store.update_rubric(organizer.challenge.id, &track, &criteria, counts, organizer.current.user.id).await
    {
        Ok(()) => Ok(back(&organizer, &track, JudgingNotice::RubricSaved)),
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Conflict(message))) => {
            refuse(&state, &organizer, &track, "rubric", &message, StatusCode::CONFLICT).await
        }
        Err(err) => Err(err.into()),
    }
}
