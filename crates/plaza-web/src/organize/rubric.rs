//! The rubric of an ideas track on the judging dashboard: organizers edit
//! the criteria, the judges per idea and the reviews an idea needs to be
//! ranked, until judging opens.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use plaza_core::judging::rubric::{self, CriterionDraft, Rubric, RubricDraft};
use plaza_core::{Criterion, TrackJudging};
use plaza_store::RubricCounts;
use serde::Serialize;

use crate::error::AppError;
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerTrack;
use crate::organize::judging::{Section, back, refuse};
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

/// Reads `name_N`, `weight_N`, `description_N` and `levels_N` rows (a row
/// with an empty name is dropped) into the draft that bundles fill too, so
/// the form and `plaza import` keep one set of limits.
fn read_rubric(pairs: &[(String, String)]) -> Result<(Vec<Criterion>, RubricCounts), String> {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    let criteria = (0..=rubric::MAX_CRITERIA)
        .filter_map(|index| {
            let name = get(&format!("name_{index}"));
            (!name.is_empty()).then(|| CriterionDraft {
                name,
                weight: get(&format!("weight_{index}")),
                description: get(&format!("description_{index}")),
                levels: get(&format!("levels_{index}"))
                    .lines()
                    .map(|l| l.trim().to_owned())
                    .filter(|l| !l.is_empty())
                    .collect(),
            })
        })
        .collect();
    let draft =
        RubricDraft { criteria, judges_per_entry: get("judges_per_entry"), min_reviews: Some(get("min_reviews")) };
    let rubric = Rubric::try_from(draft).map_err(|errors| errors.first.message())?;
    let counts = RubricCounts { judges_per_entry: rubric.judges_per_entry(), min_reviews: rubric.min_reviews() };
    Ok((rubric.into_criteria(), counts))
}

pub(crate) async fn update_rubric(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (criteria, counts) = match read_rubric(&pairs) {
        Ok(rubric) => rubric,
        Err(message) => {
            return refuse(&state, &organizer, &track, Section::Rubric, &message, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    match state.store.update_rubric(organizer.challenge.id, &track, &criteria, counts, organizer.current.user.id).await
    {
        Ok(()) => Ok(back(&organizer, &track, JudgingNotice::RubricSaved)),
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Conflict(message))) => {
            refuse(&state, &organizer, &track, Section::Rubric, &message, StatusCode::CONFLICT).await
        }
        Err(err) => Err(err.into()),
    }
}
