//! The results package, `GET /challenges/{slug}/manage/results.zip`: one
//! zip file with everything the organizers' exports hold, for every track
//! (leaderboards public and private, entries, ideas, each ideas track's
//! results, judges' scores and audit log), and a README describing every
//! file and every column in plain words.

use std::io::Write as _;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use plaza_core::exports::{FileKind, PackageFile, package_readme};
use plaza_core::{Board, Challenge};

use crate::error::AppError;
use crate::extract::auth::ChallengeOrganizer;
use crate::organize::exports::{
    audit_csv, data_reports_csv, data_stories_csv, entries_csv, ideas_csv, peoples_choice_csv, questions_csv,
    results_csv, scores_csv, tracks_by_kind,
};
use crate::public::leaderboard_files::{attachment, board_csv, board_json, board_name};
use crate::state::AppState;

/// The README's path in the package.
pub(crate) const README: &str = "README.md";

/// Every file of the package but the README, in order, with its bytes.
pub(crate) async fn package_files(
    state: &AppState,
    challenge: &Challenge,
) -> Result<Vec<(PackageFile, Vec<u8>)>, AppError> {
    let (coding, ideas) = tracks_by_kind(state, challenge).await?;
    let mut files = Vec::new();
    let mut add = |path: String, kind: FileKind, note: String, bytes: Vec<u8>| {
        files.push((PackageFile { path, kind, note }, bytes));
    };
    for track in &coding {
        let Some(metric) = track.settings.metric() else { continue };
        for board in [Board::Public, Board::Private] {
            let rows = state.store.board(track.id, board).await?;
            let note = match board {
                Board::Public => format!(
                    "“{}”, public board: each team's best score on the public part of the answers, as everyone saw it during the challenge",
                    track.title
                ),
                Board::Private => format!(
                    "“{}”, private board: the final ranking on the private part of the answers (public only once the results are published)",
                    track.title
                ),
            };
            let stem = format!("leaderboards/{}-{}", track.slug, board_name(board));
            add(format!("{stem}.csv"), FileKind::LeaderboardCsv, note.clone(), board_csv(&rows)?);
            add(format!("{stem}.json"), FileKind::LeaderboardJson, note, board_json(&rows, board, metric)?);
        }
    }
    add(
        "entries.csv".into(),
        FileKind::Entries,
        "every entry of the coding tracks, with its scores".into(),
        entries_csv(state, challenge).await?,
    );
    add(
        "ideas.csv".into(),
        FileKind::Ideas,
        "every idea of the ideas tracks".into(),
        ideas_csv(state, challenge).await?,
    );
    add(
        "questions.csv".into(),
        FileKind::Questions,
        "residents' questions and the organizers' answers".into(),
        questions_csv(state, challenge).await?,
    );
    add(
        "data_reports.csv".into(),
        FileKind::DataReports,
        "residents' reports about the data, and the corrections made".into(),
        data_reports_csv(state, challenge).await?,
    );
    add(
        "data_stories.csv".into(),
        FileKind::DataStories,
        "residents' stories behind the data".into(),
        data_stories_csv(state, challenge).await?,
    );
    for track in &ideas {
        let stem = format!("judging/{}", track.slug);
        let title = &track.title;
        add(
            format!("{stem}-results.csv"),
            FileKind::JudgingResults,
            format!("“{title}”: the ideas ranked on the judges' scores, and the decisions"),
            results_csv(state, challenge, track).await?,
        );
        add(
            format!("{stem}-scores.csv"),
            FileKind::JudgingScores,
            format!("“{title}”: every judge's scores, with the judges' names"),
            scores_csv(state, challenge, track).await?,
        );
        add(
            format!("{stem}-audit.csv"),
            FileKind::JudgingAudit,
            format!("“{title}”: every step of judging, with names"),
            audit_csv(state, track).await?,
        );
        if let Some(csv) = peoples_choice_csv(state, track).await? {
            add(
                format!("peoples_choice/{}.csv", track.slug),
                FileKind::PeoplesChoice,
                format!("“{title}”: the people's choice vote, apart from the judges"),
                csv,
            );
        }
    }
    Ok(files)
}

/// The zip: the README first, then every file, deflated.
fn zip_package(readme: String, files: Vec<(PackageFile, Vec<u8>)>) -> Result<Vec<u8>, AppError> {
    let fail = |e: zip::result::ZipError| AppError::Internal(format!("results package: {e}"));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let entries =
        std::iter::once((README.to_owned(), readme.into_bytes())).chain(files.into_iter().map(|(f, b)| (f.path, b)));
    for (path, bytes) in entries {
        zip.start_file(path, options).map_err(fail)?;
        zip.write_all(&bytes).map_err(|e| AppError::Internal(format!("results package: {e}")))?;
    }
    Ok(zip.finish().map_err(fail)?.into_inner())
}

/// `GET /challenges/{slug}/manage/results.zip`
pub(crate) async fn results_zip(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let files = package_files(&state, challenge).await?;
    let listed: Vec<PackageFile> = files.iter().map(|(f, _)| f.clone()).collect();
    let readme = package_readme(&challenge.title, Utc::now(), &listed);
    let bytes = tokio::task::spawn_blocking(move || zip_package(readme, files))
        .await
        .map_err(|e| AppError::Internal(format!("results package: {e}")))??;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_DISPOSITION, attachment(&format!("{}-results.zip", challenge.slug))),
        ],
        bytes,
    )
        .into_response())
}
