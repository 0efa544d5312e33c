//! Leaderboards: one row per team, ranked in plaza-core, kept in a cache
//! that a cheap fingerprint of the track's scored entries keeps current. So
//! an anonymous visitor costs one small query and one page of 100 rows,
//! however many teams there are, and at most one board is built at a time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, Utc};
use plaza_core::submission::rank;
use plaza_core::{Board, BoardRow, Challenge, ChallengeStatus, Track};
use serde::{Deserialize, Serialize};

use crate::enter::submissions::format_score;
use crate::error::AppError;
use crate::extract::auth::{PageContext, Viewer};
use crate::extract::paths::TrackPath;
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

/// Rows on one page of a leaderboard.
pub const PAGE_ROWS: usize = 100;
/// A cached board is rebuilt at least this often (team names change
/// without changing the entries).
const FRESH_FOR: Duration = Duration::from_secs(30);

type Fingerprint = (Board, i64, i64, Option<DateTime<Utc>>);

struct Cached {
    fingerprint: Fingerprint,
    built: Instant,
    rows: Arc<Vec<BoardRow>>,
}

/// Boards built recently, by track.
#[derive(Default)]
pub struct BoardCache {
    boards: Mutex<HashMap<i64, Cached>>,
    /// Only one board is built at a time, whatever the number of visitors.
    building: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for BoardCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoardCache").finish_non_exhaustive()
    }
}

impl BoardCache {
    fn get(&self, track: i64, fingerprint: &Fingerprint) -> Option<Arc<Vec<BoardRow>>> {
        let boards = self.boards.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        boards
            .get(&track)
            .filter(|c| &c.fingerprint == fingerprint && c.built.elapsed() < FRESH_FOR)
            .map(|c| c.rows.clone())
    }

    /// Drops a track's board (its answers changed), so the next visitor builds it anew.
    pub(crate) fn forget(&self, track: i64) {
        let mut boards = self.boards.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        boards.remove(&track);
    }

    fn put(&self, track: i64, fingerprint: Fingerprint, rows: Arc<Vec<BoardRow>>) {
        let mut boards = self.boards.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        boards.insert(track, Cached { fingerprint, built: Instant::now(), rows });
    }
}

/// Which board the public sees now: the private one once results are published.
pub(crate) fn current_board(challenge: &Challenge) -> Board {
    if challenge.timeline.status(Utc::now()) == ChallengeStatus::ResultsPublished {
        Board::Private
    } else {
        Board::Public
    }
}

/// The ranked rows of a track's current board.
pub(crate) async fn board_rows(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
) -> Result<Arc<Vec<BoardRow>>, AppError> {
    let Some(metric) = track.settings.metric() else { return Err(AppError::NotFound) };
    let board = current_board(challenge);
    let (count, last_id, last_scored) = state.store.board_version(track.id).await?;
    let fingerprint = (board, count, last_id, last_scored);
    if let Some(rows) = state.boards.get(track.id, &fingerprint) {
        return Ok(rows);
    }
    let _building = state.boards.building.lock().await;
    // Another visitor may have built it while this one waited.
    if let Some(rows) = state.boards.get(track.id, &fingerprint) {
        return Ok(rows);
    }
    let rows = Arc::new(build_board(state, track, metric, board).await?);
    state.boards.put(track.id, fingerprint, rows.clone());
    Ok(rows)
}

/// A track's `board`, built from its entries now (no cache). Organizers'
/// exports use it for the private board before it is public; everyone
/// else gets the current board through [`board_rows`].
pub(crate) async fn build_board(
    state: &AppState,
    track: &Track,
    metric: plaza_core::Metric,
    board: Board,
) -> Result<Vec<BoardRow>, AppError> {
    let entries = state.store.board_entries(track.id).await?;
    let sent = state.store.entries_per_team(track.id).await?;
    let mut rows = rank(&entries, metric.higher_is_better(), board);
    for row in &mut rows {
        row.entries = sent.get(&row.team_id).copied().unwrap_or(row.entries).max(row.entries);
    }
    Ok(rows)
}

/// A page number from the query string: anything unreadable is the first page.
#[derive(Deserialize)]
pub(crate) struct PageQuery {
    page: Option<String>,
}

impl PageQuery {
    pub(crate) fn number(&self) -> usize {
        self.page.as_deref().and_then(|p| p.parse::<usize>().ok()).filter(|p| *p >= 1).unwrap_or(1)
    }
}

/// The rows of page `page` (from 1) of `rows`, `per_page` a page.
pub(crate) fn page_of(rows: &[BoardRow], page: usize, per_page: usize) -> &[BoardRow] {
    let start = page.saturating_sub(1).saturating_mul(per_page).min(rows.len());
    &rows[start..(start.saturating_add(per_page)).min(rows.len())]
}

pub(crate) fn page_count(rows: usize, per_page: usize) -> usize {
    rows.div_ceil(per_page.max(1)).max(1)
}

#[derive(Serialize)]
pub(crate) struct BoardRowView {
    rank: usize,
    team: String,
    score: String,
    entries: usize,
    last: String,
}

#[derive(Serialize)]
struct LeaderboardPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    board: &'static str,
    explanation: String,
    rows: Vec<BoardRowView>,
    teams: usize,
    page_number: usize,
    pages: usize,
    previous_url: String,
    next_url: String,
}

pub(crate) async fn show_leaderboard(
    State(state): State<AppState>,
    viewer: Viewer,
    TrackPath { challenge, track }: TrackPath,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let rows = board_rows(&state, &challenge, &track).await?;
    let board = current_board(&challenge);
    let direction =
        track.settings.metric().map_or(plaza_core::metric::Direction::LowerIsBetter, |m| m.direction()).phrase();
    let explanation = match board {
        Board::Public => format!(
            "Each team's best score on the public part of the hidden answers ({direction}). Final ranks use the private part and are shown when the organizers publish results."
        ),
        Board::Private => format!(
            "Final ranking on the private part of the hidden answers ({direction}), using each team's chosen entries."
        ),
    };
    let pages = page_count(rows.len(), PAGE_ROWS);
    let number = query.number().min(pages);
    let url = |n: usize| format!("/challenges/{}/tracks/{}/leaderboard?page={n}", challenge.slug, track.slug);
    let page = LeaderboardPage {
        page: viewer.page(&state, format!("Leaderboard – {}", track.title)),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        track: TrackView::new(&track),
        board: if board == Board::Public { "public" } else { "private" },
        explanation,
        rows: page_of(&rows, number, PAGE_ROWS)
            .iter()
            .map(|r| BoardRowView {
                rank: r.rank,
                team: r.team_name.clone(),
                score: format_score(r.score),
                entries: r.entries,
                last: challenge.timeline.moment(r.last_submitted_at),
            })
            .collect(),
        teams: rows.len(),
        page_number: number,
        pages,
        previous_url: if number > 1 { url(number - 1) } else { String::new() },
        next_url: if number < pages { url(number + 1) } else { String::new() },
    };
    Ok(Html(state.templates.render("pages/public/leaderboard.html", &page)?).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<BoardRow> {
        (0..n)
            .map(|i| BoardRow {
                rank: i + 1,
                team_id: i as i64,
                team_name: format!("team {i}"),
                score: 1.0,
                submission_id: i as i64,
                entries: 1,
                last_submitted_at: Utc::now(),
            })
            .collect()
    }

    #[test]
    fn pages_hold_at_most_a_page_of_rows_and_never_panic() {
        let all = rows(250);
        assert_eq!(page_count(all.len(), 100), 3);
        assert_eq!(page_count(0, 100), 1);
        assert_eq!(page_of(&all, 1, 100).len(), 100);
        assert_eq!(page_of(&all, 3, 100).len(), 50);
        assert_eq!(page_of(&all, 3, 100)[0].rank, 201);
        assert!(page_of(&all, 4, 100).is_empty());
        assert!(page_of(&all, usize::MAX, usize::MAX).is_empty());
        assert_eq!(PageQuery { page: Some("-1".into()) }.number(), 1);
        assert_eq!(PageQuery { page: Some("0".into()) }.number(), 1);
        assert_eq!(PageQuery { page: Some("2".into()) }.number(), 2);
        assert_eq!(PageQuery { page: Some("99999999999999999999999".into()) }.number(), 1);
    }
}
