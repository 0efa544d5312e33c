//! The organizers' CSV exports: every entry of the coding tracks, every
//! idea, each ideas track's judges' scores (with judge names), judging
//! results and audit log (with names beside the ids). Each builder returns
//! the finished file, so the download routes and the results package
//! (`results_package.rs`) write the same bytes. Columns and their order
//! come from `plaza_core::exports`, which also describes them; every cell
//! goes through `plaza_core::csv_export`.

use std::collections::{BTreeMap, HashMap, HashSet};

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use plaza_core::csv_export::CsvExport;
use plaza_core::exports::{
    DATA_REPORTS, DATA_STORIES, ENTRIES, IDEAS, JUDGING_AUDIT, JUDGING_RESULTS, JUDGING_SCORES, PEOPLES_CHOICE,
    QUESTIONS, header as csv_header, review_scores, utc, yes_no,
};
use plaza_core::judging::{AggregateOptions, ScoreView, aggregate};
use plaza_core::{Challenge, Idea, Track, TrackSettings, UserId};
use plaza_store::EXPORT_PAGE_ROWS;

use crate::error::AppError;
use crate::extract::auth::ChallengeOrganizer;
use crate::extract::paths::OrganizerTrack;
use crate::organize::judging::reviews_for_aggregate;
use crate::organize::panel::panel;
use crate::state::AppState;

/// A CSV being built; every write error is a fault of ours.
struct Sheet(CsvExport);

impl Sheet {
    fn with_header(header: Vec<String>) -> Result<Self, AppError> {
        let mut sheet = Sheet(CsvExport::new());
        sheet.row(header)?;
        Ok(sheet)
    }

    fn row<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, cells: I) -> Result<(), AppError> {
        self.0.row(cells).map_err(|e| AppError::Internal(format!("CSV export: {e}")))
    }

    fn finish(self) -> Result<Vec<u8>, AppError> {
        self.0.finish().map_err(|e| AppError::Internal(format!("CSV export: {e}")))
    }
}

/// A finished CSV as a download named `file_name` (built from slugs: safe
/// ASCII that needs no quoting).
pub(crate) fn csv_download(bytes: Vec<u8>, file_name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        bytes,
    )
        .into_response()
}

fn is_ideas(track: &Track) -> bool {
    matches!(track.settings, TrackSettings::Ideas { .. })
}

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.6}")).unwrap_or_default()
}

/// Every entry of the challenge's coding tracks, oldest first, read a page
/// of [`EXPORT_PAGE_ROWS`] at a time.
pub(crate) async fn entries_csv(state: &AppState, challenge: &Challenge) -> Result<Vec<u8>, AppError> {
    let tracks: HashMap<i64, String> =
        state.store.tracks(challenge.id).await?.into_iter().map(|t| (t.id, t.slug.to_string())).collect();
    let mut sheet = Sheet::with_header(csv_header(ENTRIES, &[]))?;
    let mut after = 0;
    loop {
        let page = state.store.entries_after(challenge.id, after, EXPORT_PAGE_ROWS).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let team_ids: Vec<_> = page.iter().map(|e| e.team_id).collect();
        let teams = state.store.team_names(&team_ids).await?;
        let user_ids: Vec<_> = page.iter().map(|e| e.user_id).collect();
        let users = state.store.users_by_ids(&user_ids).await?;
        for entry in &page {
            let user = users.get(&entry.user_id);
            sheet.row([
                entry.id.to_string(),
                tracks.get(&entry.track_id).cloned().unwrap_or_default(),
                entry.team_id.0.to_string(),
                teams.get(&entry.team_id).cloned().unwrap_or_default(),
                user.map(|u| u.display_name.clone()).unwrap_or_default(),
                user.map(|u| u.email.as_str().to_owned()).unwrap_or_default(),
                utc(entry.created_at),
                entry.status.name().to_owned(),
                entry.verdict.map(|v| v.name().to_owned()).unwrap_or_default(),
                number(entry.public_score),
                number(entry.private_score),
                yes_no(entry.selected).to_owned(),
                entry.disqualified_reason.clone().unwrap_or_default(),
                entry.file_name.clone(),
                entry.size_bytes.to_string(),
                entry.sha256.clone(),
                entry.scored_at.map(utc).unwrap_or_default(),
                entry.message.clone(),
            ])?;
        }
    }
    sheet.finish()
}

/// Every idea organizers may read, on every ideas track, oldest first.
pub(crate) async fn ideas_csv(state: &AppState, challenge: &Challenge) -> Result<Vec<u8>, AppError> {
    let tracks: HashMap<i64, String> =
        state.store.tracks(challenge.id).await?.into_iter().map(|t| (t.id, t.slug.to_string())).collect();
    let mut sheet = Sheet::with_header(csv_header(IDEAS, &[]))?;
    let mut after = 0;
    loop {
        let page = state.store.readable_ideas_after(challenge.id, after, EXPORT_PAGE_ROWS).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let team_ids: Vec<_> = page.iter().filter_map(|i| i.team_id).collect();
        let teams = state.store.team_names(&team_ids).await?;
        for idea in &page {
            sheet.row([
                idea.id.to_string(),
                tracks.get(&idea.track_id).cloned().unwrap_or_default(),
                idea.fields.title.clone(),
                idea.status.name().to_owned(),
                idea.team_id.and_then(|t| teams.get(&t).cloned()).unwrap_or_default(),
                idea.contact(),
                yes_no(idea.assisted.is_some()).to_owned(),
                idea.assisted.as_ref().map(|a| a.channel.name().to_owned()).unwrap_or_default(),
                idea.confirmation.name().to_owned(),
                idea.confirmed_at.map(utc).unwrap_or_default(),
                utc(idea.created_at),
                idea.submitted_at.map(utc).unwrap_or_default(),
                utc(idea.updated_at),
                idea.version.to_string(),
            ])?;
        }
    }
    sheet.finish()
}

/// Residents' questions and the answers, oldest first; who asked is left out.
pub(crate) async fn questions_csv(state: &AppState, challenge: &Challenge) -> Result<Vec<u8>, AppError> {
    let mut sheet = Sheet::with_header(csv_header(QUESTIONS, &[]))?;
    let mut questions = state.store.challenge_questions(challenge.id).await?;
    questions.reverse();
    for q in &questions {
        sheet.row([
            q.id.to_string(),
            q.body.clone(),
            q.status.name().to_owned(),
            q.answer.clone(),
            q.decline_reason.clone(),
            yes_no(q.pinned).to_owned(),
            utc(q.created_at),
            q.answered_at.map(utc).unwrap_or_default(),
        ])?;
    }
    sheet.finish()
}

/// Residents' reports about the challenge's data, oldest first, without
/// who sent them (but with the name a sender asked to be thanked by).
pub(crate) async fn data_reports_csv(state: &AppState, challenge: &Challenge) -> Result<Vec<u8>, AppError> {
    let mut sheet = Sheet::with_header(csv_header(DATA_REPORTS, &[]))?;
    let slugs: HashMap<i64, String> =
        state.store.datasets(challenge.id).await?.into_iter().map(|d| (d.id, d.slug.to_string())).collect();
    for r in state.store.challenge_reports(challenge.id).await? {
        sheet.row([
            r.id.to_string(),
            slugs.get(&r.dataset_id).cloned().unwrap_or_default(),
            r.scope.name().to_owned(),
            r.row.map(|n| n.to_string()).unwrap_or_default(),
            r.column.clone(),
            r.problem.clone(),
            r.should_be.clone(),
            r.how_known.clone(),
            r.status.name().to_owned(),
            r.reason.clone(),
            r.duplicate_of.map(|n| n.to_string()).unwrap_or_default(),
            r.correction.clone().unwrap_or_default(),
            r.before.clone().unwrap_or_default(),
            r.corrected_in.map(|v| (v + 1).to_string()).unwrap_or_default(),
            r.credit_name.clone(),
            yes_no(r.photo.is_some()).to_owned(),
            utc(r.created_at),
            r.triaged_at.map(utc).unwrap_or_default(),
        ])?;
    }
    sheet.finish()
}

/// Residents' stories about the challenge's data, oldest first, without
/// who wrote them (but with the organization they wrote for).
pub(crate) async fn data_stories_csv(state: &AppState, challenge: &Challenge) -> Result<Vec<u8>, AppError> {
    let mut sheet = Sheet::with_header(csv_header(DATA_STORIES, &[]))?;
    let slugs: HashMap<i64, String> =
        state.store.datasets(challenge.id).await?.into_iter().map(|d| (d.id, d.slug.to_string())).collect();
    for s in state.store.challenge_stories(challenge.id).await? {
        let t = &s.text;
        sheet.row([
            s.id.to_string(),
            slugs.get(&s.dataset_id).cloned().unwrap_or_default(),
            t.title.clone(),
            t.body.clone(),
            t.place.clone(),
            t.date_from.map(|d| d.to_string()).unwrap_or_default(),
            t.date_to.map(|d| d.to_string()).unwrap_or_default(),
            t.rows.clone(),
            t.organization.clone(),
            s.status.name().to_owned(),
            s.reason.clone(),
            s.edit_note.clone(),
            yes_no(s.picture.is_some()).to_owned(),
            utc(s.created_at),
            s.published_at.map(utc).unwrap_or_default(),
        ])?;
    }
    sheet.finish()
}

/// A track's people's choice ballot, most votes first; the counts only
/// once the vote has closed. `None` when the track had no vote.
pub(crate) async fn peoples_choice_csv(state: &AppState, track: &Track) -> Result<Option<Vec<u8>>, AppError> {
    let Some(ballot) = state.store.ballot(track.id).await? else { return Ok(None) };
    let votes = state.store.votes(track.id).await?;
    let closed = ballot.closed(chrono::Utc::now()).is_some();
    let titles = idea_titles(state, track).await?;
    let mut sheet = Sheet::with_header(csv_header(PEOPLES_CHOICE, &[]))?;
    let order: Vec<(i64, usize)> = if closed {
        plaza_core::vote::tally(&votes, &ballot)
    } else {
        ballot.ideas.iter().map(|id| (*id, 0)).collect()
    };
    for (idea, counted) in order {
        let set_aside = votes.iter().filter(|v| v.idea_id == idea && v.void_reason.is_some()).count();
        sheet.row([
            idea.to_string(),
            titles.get(&idea).cloned().unwrap_or_default(),
            if closed { counted.to_string() } else { String::new() },
            if closed { set_aside.to_string() } else { String::new() },
            utc(ballot.closed_at.unwrap_or(ballot.closes_at).min(ballot.closes_at)),
        ])?;
    }
    Ok(Some(sheet.finish()?))
}

/// Titles of a track's ideas by id.
async fn idea_titles(state: &AppState, track: &Track) -> Result<HashMap<i64, String>, AppError> {
    Ok(state.store.track_ideas(track.id).await?.into_iter().map(|i| (i.id, i.fields.title)).collect())
}

/// One row per review of an ideas track: the judge's name and email, a
/// score per criterion, the weighted and normalized score (normalized
/// among the reviews of ideas that can be judged, as on the dashboard),
/// and when it was made.
pub(crate) async fn scores_csv(state: &AppState, challenge: &Challenge, track: &Track) -> Result<Vec<u8>, AppError> {
    let judging = state.store.track_judging(track).await?;
    let criteria: Vec<String> = judging.criteria.iter().map(|c| c.name.clone()).collect();
    let ideas = state.store.track_ideas(track.id).await?;
    let judgeable: HashSet<i64> = ideas.iter().filter(|i| i.judgeable()).map(|i| i.id).collect();
    let titles: HashMap<i64, &str> = ideas.iter().map(|i| (i.id, i.fields.title.as_str())).collect();
    let records = state.store.track_reviews(track.id).await?;
    let judges: Vec<UserId> = records.iter().map(|r| r.judge).collect();
    let judges = state.store.users_by_ids(&judges).await?;
    let times: HashMap<(i64, i64), plaza_store::ReviewTimes> =
        state.store.review_times(track.id).await?.into_iter().map(|t| ((t.idea_id, t.judge.0), t)).collect();
    // Weighted and normalized scores of the reviews the results count.
    let counted: Vec<_> = records.iter().filter(|r| judgeable.contains(&r.idea_id)).cloned().collect();
    let counted = reviews_for_aggregate(&counted, judging.criteria.len());
    let scores: HashMap<(i64, i64), plaza_core::exports::ReviewScore> = match review_scores(&judging.criteria, &counted)
    {
        Ok(scores) => counted.iter().map(|r| (r.entry, r.judge)).zip(scores).collect(),
        Err(err) => {
            tracing::error!(%err, challenge = challenge.id, track = track.id, "review scores");
            HashMap::new()
        }
    };
    let mut sheet = Sheet::with_header(csv_header(JUDGING_SCORES, &criteria))?;
    for record in &records {
        let judge = judges.get(&record.judge);
        let key = (record.idea_id, record.judge.0);
        let score = scores.get(&key);
        let time = times.get(&key);
        let mut row = vec![
            record.idea_id.to_string(),
            titles.get(&record.idea_id).map(|t| (*t).to_owned()).unwrap_or_default(),
            record.judge.0.to_string(),
            judge.map(|u| u.display_name.clone()).unwrap_or_default(),
            judge.map(|u| u.email.as_str().to_owned()).unwrap_or_default(),
        ];
        let mut per_criterion: Vec<String> = record.scores.iter().map(u8::to_string).collect();
        per_criterion.resize(criteria.len(), String::new());
        row.extend(per_criterion);
        row.extend([
            number(score.map(|s| s.weighted)),
            number(score.map(|s| s.normalized)),
            time.map(|t| t.idea_version.to_string()).unwrap_or_default(),
            time.map(|t| utc(t.created_at)).unwrap_or_default(),
            time.map(|t| utc(t.updated_at)).unwrap_or_default(),
        ]);
        sheet.row(row)?;
    }
    sheet.finish()
}

/// The audit log of an ideas track: every score, edit, undo, recusal and
/// decision, with the names of the people and the idea beside their ids.
pub(crate) async fn audit_csv(state: &AppState, track: &Track) -> Result<Vec<u8>, AppError> {
    let events = state.store.judging_events(track.id).await?;
    let people: Vec<UserId> = events.iter().flat_map(|e| [e.actor, e.judge]).flatten().collect();
    let people = state.store.users_by_ids(&people).await?;
    let name = |id: Option<UserId>| id.and_then(|id| people.get(&id)).map(|u| u.display_name.clone());
    let titles = idea_titles(state, track).await?;
    let mut sheet = Sheet::with_header(csv_header(JUDGING_AUDIT, &[]))?;
    for event in &events {
        let review = event.review.as_ref();
        sheet.row([
            event.id.to_string(),
            event.created_at.to_rfc3339(),
            event.kind.name().to_owned(),
            event.actor.map(|a| a.0.to_string()).unwrap_or_default(),
            event.idea_id.map(|i| i.to_string()).unwrap_or_default(),
            event.judge.map(|j| j.0.to_string()).unwrap_or_default(),
            review.map(|r| r.scores.iter().map(u8::to_string).collect::<Vec<_>>().join(" ")).unwrap_or_default(),
            review.map(|r| r.feedback.clone()).unwrap_or_default(),
            review.map(|r| r.private_note.clone()).unwrap_or_default(),
            event.note.clone(),
            name(event.actor).unwrap_or_default(),
            name(event.judge).unwrap_or_default(),
            event.idea_id.and_then(|i| titles.get(&i).cloned()).unwrap_or_default(),
        ])?;
    }
    sheet.finish()
}

/// The results of an ideas track, for the organizers' records: every idea
/// that could be judged, who sent it, its raw and normalized means,
/// reviews, rank, the decision and how many reviews are of an earlier
/// version of the idea.
pub(crate) async fn results_csv(state: &AppState, challenge: &Challenge, track: &Track) -> Result<Vec<u8>, AppError> {
    let judging = state.store.track_judging(track).await?;
    let panel = panel(state, challenge, track).await?;
    let entry_ids: Vec<i64> = panel.ideas.iter().map(|i| i.id).collect();
    let records: Vec<_> =
        state.store.track_reviews(track.id).await?.into_iter().filter(|r| entry_ids.contains(&r.idea_id)).collect();
    let reviews = reviews_for_aggregate(&records, judging.criteria.len());
    let options = AggregateOptions { min_reviews: judging.min_reviews as usize, view: ScoreView::Raw };
    let result = aggregate(&entry_ids, &judging.criteria, &reviews, &options)
        .map_err(|e| AppError::Internal(format!("results of track {}: {e}", track.id)))?;
    let decisions = state.store.decisions(track.id).await?;
    let criteria: Vec<String> = judging.criteria.iter().map(|c| c.name.clone()).collect();
    let versions = state.store.review_versions(&entry_ids).await?;
    let team_ids: Vec<plaza_core::TeamId> = panel.ideas.iter().filter_map(|idea| idea.team_id).collect();
    let teams = state.store.team_names(&team_ids).await?;
    let ideas: BTreeMap<i64, &Idea> = panel.ideas.iter().map(|i| (i.id, i)).collect();
    let mut sheet = Sheet::with_header(csv_header(JUDGING_RESULTS, &criteria))?;
    for entry in &result.entries {
        let Some(idea) = ideas.get(&entry.entry) else { continue };
        let sent_by = match idea.team_id {
            Some(team) => teams.get(&team).cloned().unwrap_or_default(),
            None => idea.contact_name.clone(),
        };
        let decision = decisions.iter().find(|d| d.idea_id == idea.id);
        let mut row = vec![
            idea.id.to_string(),
            idea.fields.title.clone(),
            sent_by,
            idea.contact(),
            yes_no(idea.assisted.is_some()).to_owned(),
            entry.reviews.to_string(),
            yes_no(entry.too_few_reviews).to_owned(),
            entry.rank.map(|r| r.to_string()).unwrap_or_default(),
            number(entry.raw.as_ref().map(|s| s.mean)),
            number(entry.raw.as_ref().and_then(|s| s.spread)),
            number(entry.normalized.as_ref().map(|s| s.mean)),
        ];
        let mut means: Vec<String> = entry.criterion_means.iter().map(|m| format!("{m:.6}")).collect();
        means.resize(criteria.len(), String::new());
        row.extend(means);
        row.push(decision.map(|d| d.place.label().to_owned()).unwrap_or_default());
        row.push(decision.map(|d| d.reason.clone()).unwrap_or_default());
        let stale = versions.iter().filter(|v| v.idea_id == idea.id && v.idea_version < idea.version).count();
        row.push(stale.to_string());
        sheet.row(row)?;
    }
    sheet.finish()
}

/// The challenge's coding tracks and ideas tracks, in their order.
pub(crate) async fn tracks_by_kind(
    state: &AppState,
    challenge: &Challenge,
) -> Result<(Vec<Track>, Vec<Track>), AppError> {
    Ok(state.store.tracks(challenge.id).await?.into_iter().partition(|t| !is_ideas(t)))
}

/// `GET /challenges/{slug}/manage/entries.csv`
pub(crate) async fn export_entries(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let bytes = entries_csv(&state, &organizer.challenge).await?;
    Ok(csv_download(bytes, &format!("{}-entries.csv", organizer.challenge.slug)))
}

/// `GET /challenges/{slug}/manage/ideas.csv`
pub(crate) async fn export_ideas(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let bytes = ideas_csv(&state, &organizer.challenge).await?;
    Ok(csv_download(bytes, &format!("{}-ideas.csv", organizer.challenge.slug)))
}

/// `GET /challenges/{slug}/manage/judging/{track}/scores.csv`
pub(crate) async fn export_scores(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
) -> Result<Response, AppError> {
    let bytes = scores_csv(&state, &organizer.challenge, &track).await?;
    Ok(csv_download(bytes, &format!("{}-{}-judges-scores.csv", organizer.challenge.slug, track.slug)))
}
