//! Leaderboards: the store keeps each team's row up to date as entries are
//! scored and ranks them with an index, so a page costs one small query of
//! 100 rows however many teams there are.

use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
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

/// Which board the public sees now: the private one once results are published.
pub(crate) fn current_board(challenge: &Challenge) -> Board {
    if challenge.timeline.status(Utc::now()) == ChallengeStatus::ResultsPublished {
        Board::Private
    } else {
        Board::Public
    }
}

/// Every row of a track's current board (downloads).
pub(crate) async fn board_rows(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
) -> Result<Vec<BoardRow>, AppError> {
    if track.settings.metric().is_none() {
        return Err(AppError::NotFound);
    }
    Ok(state.store.board(track.id, current_board(challenge)).await?)
}

/// A page number from the query string: anything unreadable is the first page.
#[derive(Deserialize)]
pub(crate) struct PageQuery {
    page: Option<String>,
    /// A team name to look for.
    q: Option<String>,
}

impl PageQuery {
    pub(crate) fn number(&self) -> usize {
        self.page.as_deref().and_then(|p| p.parse::<usize>().ok()).filter(|p| *p >= 1).unwrap_or(1)
    }
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
    /// The viewer's own team.
    yours: bool,
}

/// The viewer's team on this board, when it is not on the page shown.
#[derive(Serialize)]
struct YourRow {
    team: String,
    rank: usize,
    score: String,
    url: String,
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
    /// Teams on the board (or matching the search).
    teams: usize,
    page_number: usize,
    pages: usize,
    previous_url: String,
    next_url: String,
    search: String,
    search_problem: String,
    all_url: String,
    yours: Option<YourRow>,
}

/// `/challenges/{slug}/tracks/{track}/leaderboard?page=N&q=NAME`.
pub(crate) async fn show_leaderboard(
    State(state): State<AppState>,
    viewer: Viewer,
    TrackPath { challenge, track }: TrackPath,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let Some(metric) = track.settings.metric() else { return Err(AppError::NotFound) };
    let board = current_board(&challenge);
    let direction = match metric.direction() {
        plaza_core::metric::Direction::HigherIsBetter => plaza_i18n::tr("web-public-leaderboard-higher-is-better"),
        plaza_core::metric::Direction::LowerIsBetter => plaza_i18n::tr("web-public-leaderboard-lower-is-better"),
    };
    let explanation = match board {
        Board::Public => {
            plaza_i18n::tr_with("web-public-leaderboard-explanation-public", &[("direction", direction.into())])
        }
        Board::Private => {
            plaza_i18n::tr_with("web-public-leaderboard-explanation-private", &[("direction", direction.into())])
        }
    };
    let mut search = query.q.as_deref().map(str::trim).unwrap_or_default().to_owned();
    let mut search_problem = String::new();
    if search.chars().count() > plaza_store::MAX_SEARCH_CHARS {
        search_problem = plaza_i18n::tr_with(
            "web-public-leaderboard-search-too-long",
            &[("max", plaza_store::MAX_SEARCH_CHARS.into())],
        );
        search.clear();
    }
    let searching = (!search.is_empty()).then_some(search.as_str());
    let mut number = query.number();
    let offset = |n: usize| n.saturating_sub(1).saturating_mul(PAGE_ROWS);
    let mut found = state.store.board_page(track.id, board, offset(number), PAGE_ROWS, searching).await?;
    let pages = page_count(found.total, PAGE_ROWS);
    if number > pages {
        number = pages;
        found = state.store.board_page(track.id, board, offset(number), PAGE_ROWS, searching).await?;
    }
    let own_team = match &viewer.user {
        Some(user) => state.store.team_of(challenge.id, user.id).await?,
        None => None,
    };
    let own_row = match &own_team {
        Some(team) => state.store.board_row_of(track.id, board, team.id.0).await?.map(|(row, _)| row),
        None => None,
    };
    let base = format!("/challenges/{}/tracks/{}/leaderboard", challenge.slug, track.slug);
    let url = |n: usize| {
        let mut pairs = vec![("page", n.to_string())];
        if let Some(q) = searching {
            pairs.push(("q", q.to_owned()));
        }
        format!("{base}?{}", serde_urlencoded::to_string(&pairs).unwrap_or_default())
    };
    let is_own = |row: &BoardRow| own_team.as_ref().is_some_and(|team| team.id.0 == row.team_id);
    let yours = own_row.filter(|row| !found.rows.iter().any(|r| r.team_id == row.team_id)).map(|row| YourRow {
        url: format!("{base}?page={}", row.rank.saturating_sub(1) / PAGE_ROWS + 1),
        team: row.team_name.clone(),
        rank: row.rank,
        score: format_score(row.score),
    });
    let page = LeaderboardPage {
        page: viewer
            .page(&state, plaza_i18n::tr_with("title-leaderboard", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        track: TrackView::new(&track),
        board: if board == Board::Public { "public" } else { "private" },
        explanation,
        rows: found
            .rows
            .iter()
            .map(|r| BoardRowView {
                rank: r.rank,
                team: r.team_name.clone(),
                score: format_score(r.score),
                entries: r.entries,
                last: challenge.timeline.moment(r.last_submitted_at),
                yours: is_own(r),
            })
            .collect(),
        teams: found.total,
        page_number: number,
        pages,
        previous_url: if number > 1 { url(number - 1) } else { String::new() },
        next_url: if number < pages { url(number + 1) } else { String::new() },
        search: search.clone(),
        search_problem,
        all_url: base.clone(),
        yours,
    };
    Ok(Html(state.templates.render("pages/public/leaderboard.html", &page)?).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_never_panic() {
        assert_eq!(page_count(250, 100), 3);
        assert_eq!(page_count(0, 100), 1);
        assert_eq!(page_count(usize::MAX, 0), usize::MAX);
        let number = |page: &str| PageQuery { page: Some(page.into()), q: None }.number();
        assert_eq!(number("-1"), 1);
        assert_eq!(number("0"), 1);
        assert_eq!(number("2"), 2);
        assert_eq!(number("99999999999999999999999"), 1);
    }
}
