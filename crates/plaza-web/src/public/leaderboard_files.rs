//! A leaderboard as a download: `leaderboard.csv` and `leaderboard.json`
//! hold exactly the board the leaderboard page shows (every page of it), to
//! exactly the people who may see the page. The results package uses the
//! same builders for the public and the private board.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use plaza_core::csv_export::CsvExport;
use plaza_core::exports::{LEADERBOARD, header as csv_header, utc};
use plaza_core::{Board, BoardRow, Metric, Track};
use serde::Serialize;

use crate::enter::submissions::format_score;
use crate::error::AppError;
use crate::extract::paths::TrackPath;
use crate::public::leaderboard::{board_rows, current_board};
use crate::state::AppState;

/// A board as CSV: rank, team, score (as the page shows it), entries, and
/// when the ranked entry was sent (UTC, RFC 3339).
pub(crate) fn board_csv(rows: &[BoardRow]) -> Result<Vec<u8>, AppError> {
    let mut out = CsvExport::new();
    let fail = |e: csv::Error| AppError::Internal(format!("leaderboard CSV: {e}"));
    out.row(csv_header(LEADERBOARD, &[])).map_err(fail)?;
    for row in rows {
        out.row([
            row.rank.to_string(),
            row.team_name.clone(),
            format_score(row.score),
            row.entries.to_string(),
            utc(row.last_submitted_at),
        ])
        .map_err(fail)?;
    }
    out.finish().map_err(|e| AppError::Internal(format!("leaderboard CSV: {e}")))
}

#[derive(Serialize)]
struct BoardFile<'a> {
    board: &'static str,
    metric: &'static str,
    higher_is_better: bool,
    teams: usize,
    rows: Vec<BoardFileRow<'a>>,
}

#[derive(Serialize)]
struct BoardFileRow<'a> {
    rank: usize,
    team: &'a str,
    score: f64,
    entries: usize,
    last_entry_at: String,
}

pub(crate) fn board_name(board: Board) -> &'static str {
    match board {
        Board::Public => "public",
        Board::Private => "private",
    }
}

/// A board as JSON: which board, the metric and its direction, and the rows.
pub(crate) fn board_json(rows: &[BoardRow], board: Board, metric: Metric) -> Result<Vec<u8>, AppError> {
    let file = BoardFile {
        board: board_name(board),
        metric: metric.name(),
        higher_is_better: metric.higher_is_better(),
        teams: rows.len(),
        rows: rows
            .iter()
            .map(|r| BoardFileRow {
                rank: r.rank,
                team: &r.team_name,
                // A score that is not finite is never ranked; JSON has no NaN.
                score: r.score,
                entries: r.entries,
                last_entry_at: utc(r.last_submitted_at),
            })
            .collect(),
    };
    serde_json::to_vec_pretty(&file).map_err(|e| AppError::Internal(format!("leaderboard JSON: {e}")))
}

/// What a download of an ideas track's leaderboard is told.
fn no_board(track: &Track) -> String {
    plaza_i18n::tr_with("web-public-leaderboard-files-no-board", &[("track", track.title.as_str().into())])
}

/// `attachment; filename="<slug>-<track>-leaderboard.<ext>"` (slugs are
/// lowercase letters, digits and dashes: a safe ASCII name).
pub(crate) fn attachment(name: &str) -> String {
    format!("attachment; filename=\"{name}\"")
}

pub(crate) async fn leaderboard_csv(
    State(state): State<AppState>,
    TrackPath { challenge, track }: TrackPath,
) -> Result<Response, AppError> {
    if track.settings.metric().is_none() {
        return Ok((StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], no_board(&track))
            .into_response());
    }
    let rows = board_rows(&state, &challenge, &track).await?;
    let bytes = board_csv(&rows)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, attachment(&format!("{}-{}-leaderboard.csv", challenge.slug, track.slug))),
        ],
        bytes,
    )
        .into_response())
}

pub(crate) async fn leaderboard_json(
    State(state): State<AppState>,
    TrackPath { challenge, track }: TrackPath,
) -> Result<Response, AppError> {
    let Some(metric) = track.settings.metric() else {
        let body = serde_json::json!({ "error": no_board(&track) });
        return Ok((StatusCode::NOT_FOUND, axum::Json(body)).into_response());
    };
    let rows = board_rows(&state, &challenge, &track).await?;
    let bytes = board_json(&rows, current_board(&challenge), metric)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (header::CONTENT_DISPOSITION, attachment(&format!("{}-{}-leaderboard.json", challenge.slug, track.slug))),
        ],
        bytes,
    )
        .into_response())
}
