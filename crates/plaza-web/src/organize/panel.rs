//! Reads what the judging panel of an ideas track is worked out from
//! (`plaza_core::judging::panel` decides).

use plaza_core::judging::panel::{Panel, PanelParts};
use plaza_core::{Challenge, ChallengeRole, Idea, Track, TrackSettings, User};

use crate::error::AppError;
use crate::state::AppState;

pub(crate) async fn panel(state: &AppState, challenge: &Challenge, track: &Track) -> Result<Panel, AppError> {
    if !matches!(track.settings, TrackSettings::Ideas { .. }) {
        return Err(AppError::NotFound);
    }
    let per_entry = state.store.track_judging(track).await?.judges_per_entry as usize;
    let ideas: Vec<Idea> = state.store.track_ideas(track.id).await?.into_iter().filter(Idea::judgeable).collect();
    let judges: Vec<User> = state
        .store
        .role_holders(challenge.id)
        .await?
        .into_iter()
        .filter(|h| h.role == ChallengeRole::Judge)
        .map(|h| h.user)
        .collect();
    let decisions = state.store.conflict_decisions(challenge.id).await?;
    let declared = state.store.declarations(challenge.id).await?;
    let team_ids: Vec<plaza_core::TeamId> = ideas.iter().filter_map(|idea| idea.team_id).collect();
    let teams = state.store.teams_by_ids(&team_ids).await?;
    let assignments = state.store.assignments(track.id).await?;
    Ok(Panel::build(PanelParts {
        ideas,
        judges,
        per_entry,
        assignments,
        decisions: &decisions,
        declared: &declared,
        teams: &teams,
    }))
}
