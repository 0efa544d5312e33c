//! Typed paths: each loads what its segments name once, and answers "not
//! found" on its own, so a handler starts with what it needs.
//!
//! - [`ChallengePath`]: the challenge of `{slug}`.
//! - [`TrackPath`]: the challenge and track of `{slug}` and `{track}`.
//! - [`IdeasTrackPath`]: the same, for an ideas track only.
//! - [`OrganizerTrack`]: an organizer of the challenge and one of its ideas tracks
//!   ([`OrganizerAnyTrack`]: of any kind).
//! - [`IdeaId`], [`SubmissionId`], [`FileId`], [`TokenId`]: row ids in
//!   paths, so an idea's id cannot be passed where an entry's is meant
//!   (people are `plaza_core::UserId`).

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use plaza_core::{Challenge, Track, TrackSettings};
use serde::Deserialize;

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, path_challenge};
use crate::state::AppState;

/// The published challenge `slug` (for the JSON API, whose errors are its
/// own): drafts are not in the API, for anyone.
pub(crate) async fn api_challenge(state: &AppState, slug: &str) -> Result<Challenge, AppError> {
    match state.store.challenge_by_slug(slug).await? {
        Some(challenge) if !challenge.is_draft() => Ok(challenge),
        _ => Err(AppError::NotFound),
    }
}

/// The published challenge `slug` and its track `track` (for the JSON API).
pub(crate) async fn load_track(state: &AppState, slug: &str, track: &str) -> Result<(Challenge, Track), AppError> {
    let challenge = api_challenge(state, slug).await?;
    let track = challenge_track(state, &challenge, track).await?;
    Ok((challenge, track))
}

/// The track `slug` of `challenge`.
pub(crate) async fn challenge_track(state: &AppState, challenge: &Challenge, slug: &str) -> Result<Track, AppError> {
    state.store.tracks(challenge.id).await?.into_iter().find(|t| t.slug.as_str() == slug).ok_or(AppError::NotFound)
}

/// The track a stored row (an idea, an entry) belongs to.
pub(crate) async fn track_by_id(state: &AppState, challenge_id: i64, track_id: i64) -> Result<Track, AppError> {
    state.store.tracks(challenge_id).await?.into_iter().find(|t| t.id == track_id).ok_or(AppError::NotFound)
}

/// The challenge and track a stored row (an idea, an entry) belongs to, as
/// `reader` sees them.
pub(crate) async fn row_challenge_and_track(
    state: &AppState,
    challenge_id: i64,
    track_id: i64,
    reader: Option<&plaza_core::User>,
) -> Result<(Challenge, Track), AppError> {
    let challenge = state.store.challenge_by_id(challenge_id).await?.ok_or(AppError::NotFound)?;
    let challenge = crate::extract::auth::shown_to(challenge, reader);
    let track = track_by_id(state, challenge.id, track_id).await?;
    let (challenge, track, _) = crate::render::content::track_in_language(state, &challenge, &track).await?;
    Ok((challenge, track))
}

/// The `{track}` segment of the path.
async fn path_track(parts: &mut Parts, state: &AppState, challenge: &Challenge) -> Result<Track, AppError> {
    let Path(params) =
        Path::<HashMap<String, String>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
    let slug = params.get("track").ok_or(AppError::NotFound)?;
    challenge_track(state, challenge, slug).await
}

fn is_ideas(track: &Track) -> bool {
    matches!(track.settings, TrackSettings::Ideas { .. })
}

/// The challenge named by `{slug}`, in the reader's language where its
/// organizers translated it (public pages; the console reads it as written).
pub(crate) struct ChallengePath(pub Challenge);

impl FromRequestParts<AppState> for ChallengePath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let mut challenge = path_challenge(parts, state).await?;
        crate::render::content::Content::load(state, challenge.id).await?.challenge(&mut challenge);
        Ok(ChallengePath(challenge))
    }
}

/// The challenge and the track named by `{slug}` and `{track}`, in the
/// reader's language where translated.
pub(crate) struct TrackPath {
    pub challenge: Challenge,
    pub track: Track,
}

impl FromRequestParts<AppState> for TrackPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let challenge = path_challenge(parts, state).await?;
        let track = path_track(parts, state, &challenge).await?;
        let (challenge, track, _) = crate::render::content::track_in_language(state, &challenge, &track).await?;
        Ok(TrackPath { challenge, track })
    }
}

/// The challenge and the ideas track named by `{slug}` and `{track}`; a
/// coding track is "not found" here.
pub(crate) struct IdeasTrackPath {
    pub challenge: Challenge,
    pub track: Track,
}

impl FromRequestParts<AppState> for IdeasTrackPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let TrackPath { challenge, track } = TrackPath::from_request_parts(parts, state).await?;
        if !is_ideas(&track) {
            return Err(AppError::NotFound);
        }
        Ok(IdeasTrackPath { challenge, track })
    }
}

/// An organizer of the challenge in the path (or a site admin) and the ideas
/// track named by `{track}`. Roles are checked before the track is looked up,
/// so nobody else learns which tracks exist.
pub(crate) struct OrganizerTrack {
    pub organizer: ChallengeOrganizer,
    pub track: Track,
}

impl FromRequestParts<AppState> for OrganizerTrack {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let organizer = ChallengeOrganizer::from_request_parts(parts, state).await?;
        let track = path_track(parts, state, &organizer.challenge).await?;
        if !is_ideas(&track) {
            return Err(AppError::NotFound);
        }
        Ok(OrganizerTrack { organizer, track })
    }
}

/// Someone who may enter ideas for residents on an ideas track `{track}`
/// of the challenge in the path: its organizers and partner organizations.
pub(crate) struct HelperTrack {
    pub organizer: crate::organize::data_reports::ChallengeTriager,
    pub track: Track,
}

impl FromRequestParts<AppState> for HelperTrack {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let organizer = crate::organize::data_reports::ChallengeTriager::from_request_parts(parts, state).await?;
        let track = path_track(parts, state, &organizer.challenge).await?;
        if !is_ideas(&track) {
            return Err(AppError::NotFound);
        }
        Ok(HelperTrack { organizer, track })
    }
}

macro_rules! row_id {
    ($( $(#[$doc:meta])* $name:ident; )*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
        #[serde(transparent)]
        pub(crate) struct $name(pub i64);
    )*};
}

row_id! {
    /// An idea's id (`/ideas/{id}`, `/challenges/{slug}/judging/ideas/{id}`).
    IdeaId;
    /// A coding entry's id (`/submissions/{id}`, `/challenges/{slug}/entries/{id}`).
    SubmissionId;
    /// An idea attachment's id (`/ideas/{id}/files/{file}`).
    FileId;
    /// A personal API token's id (`/account/tokens/{id}/revoke`).
    TokenId;
}

/// An organizer of the challenge and one of its tracks, of any kind.
pub(crate) struct OrganizerAnyTrack {
    pub organizer: ChallengeOrganizer,
    pub track: Track,
}

impl FromRequestParts<AppState> for OrganizerAnyTrack {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let organizer = ChallengeOrganizer::from_request_parts(parts, state).await?;
        let track = path_track(parts, state, &organizer.challenge).await?;
        Ok(OrganizerAnyTrack { organizer, track })
    }
}
