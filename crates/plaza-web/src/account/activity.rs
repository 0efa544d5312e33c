//! What a person has entered, listed on their account page: their ideas and
//! their teams' newest coding entries, each with a link to its page. Only
//! what the person may already see on those pages: public scores, never
//! private ones.

use std::collections::HashMap;

use plaza_core::{Challenge, Track, User};
use serde::Serialize;

use crate::enter::submissions::entry_row;
use crate::error::AppError;
use crate::state::AppState;

/// How many coding entries the account page lists.
pub(crate) const ENTRIES_LISTED: u64 = 20;
/// How many ideas the account page lists.
pub(crate) const IDEAS_LISTED: u64 = 50;

#[derive(Serialize)]
pub(crate) struct IdeaRow {
    title: String,
    challenge_title: String,
    track_title: String,
    status_label: String,
    url: String,
}

#[derive(Serialize)]
pub(crate) struct EntryRow {
    file_name: String,
    challenge_title: String,
    track_title: String,
    status_label: String,
    public_score: String,
    submitted: String,
    url: String,
}

/// The account page's list of a person's ideas and entries.
#[derive(Serialize)]
pub(crate) struct Activity {
    my_ideas: Vec<IdeaRow>,
    my_entries: Vec<EntryRow>,
    entries_listed: u64,
}

/// Challenges and their tracks by id, loaded once per challenge named.
#[derive(Default)]
struct Names {
    challenges: HashMap<i64, Option<(Challenge, Vec<Track>)>>,
}

impl Names {
    async fn get(
        &mut self,
        state: &AppState,
        challenge_id: i64,
        track_id: i64,
    ) -> Result<Option<(&Challenge, &Track)>, AppError> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.challenges.entry(challenge_id) {
            let found = match state.store.challenge_by_id(challenge_id).await? {
                Some(mut challenge) => {
                    // In the reader's language where translated.
                    let mut content = crate::render::content::Content::load(state, challenge.id).await?;
                    content.heading(&mut challenge);
                    let mut tracks = state.store.tracks(challenge.id).await?;
                    tracks.iter_mut().for_each(|t| content.track(t));
                    Some((challenge, tracks))
                }
                None => None,
            };
            slot.insert(found);
        }
        Ok(self
            .challenges
            .get(&challenge_id)
            .and_then(Option::as_ref)
            .and_then(|(challenge, tracks)| tracks.iter().find(|t| t.id == track_id).map(|track| (challenge, track))))
    }
}

pub(crate) async fn activity(state: &AppState, user: &User) -> Result<Activity, AppError> {
    let mut names = Names::default();
    let mut my_ideas = Vec::new();
    for idea in state.store.user_ideas(user.id, IDEAS_LISTED).await? {
        let Some((challenge, track)) = names.get(state, idea.challenge_id, idea.track_id).await? else { continue };
        my_ideas.push(IdeaRow {
            title: idea.fields.title.trim().to_owned(),
            challenge_title: challenge.title.clone(),
            track_title: track.title.clone(),
            status_label: idea.status.label(),
            url: format!("/ideas/{}", idea.id),
        });
    }
    let mut my_entries = Vec::new();
    for submission in state.store.user_submissions(user.id, ENTRIES_LISTED).await? {
        let Some((challenge, track)) = names.get(state, submission.challenge_id, submission.track_id).await? else {
            continue;
        };
        let row = entry_row(&submission, &challenge.timeline);
        my_entries.push(EntryRow {
            file_name: submission.file_name.clone(),
            challenge_title: challenge.title.clone(),
            track_title: track.title.clone(),
            status_label: row.status_label,
            public_score: row.public_score,
            submitted: row.submitted,
            url: row.url,
        });
    }
    Ok(Activity { my_ideas, my_entries, entries_listed: ENTRIES_LISTED })
}
