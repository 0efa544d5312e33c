//! The JSON API, version 1: challenges, who a token belongs to, sending an
//! entry and reading it back, and leaderboards.

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, Utc};
use plaza_core::{Challenge, Dataset, Track, TrackSettings};
use serde::Serialize;

use crate::error::{ApiError, AppError};
use crate::extract::auth::{ApiUser, CheckedBearer};
use crate::extract::paths::SubmissionId;
use crate::state::AppState;

/// What every refusal carries.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // written by `ApiError`; it only describes the body in the document
pub(crate) struct ErrorJson {
    /// What went wrong, in a sentence for people.
    error: String,
    /// With 429: when the team's next slot opens (RFC 3339, UTC).
    next_slot_at: Option<DateTime<Utc>>,
}

/// The multipart form of an upload.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // read by `receive_file`; it only describes the form in the document
pub(crate) struct UploadForm {
    /// The predictions CSV or the WebAssembly program.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// The OpenAPI 3.1 document of `/api/v1`, generated from the handlers'
/// annotations and the types they answer with.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "Plaza API", version = "1", description = "Challenges, entries and leaderboards of a Plaza site. Public routes take an optional bearer token; the others need a personal API token (Account › API tokens)."),
    paths(list_challenges, show_challenge, show_me, create_submission, show_submission, show_leaderboard),
    modifiers(&BearerToken),
    tags((name = "challenges"), (name = "account"), (name = "entries"), (name = "leaderboards"))
)]
pub(crate) struct ApiDoc;

/// Declares the personal API token as the bearer scheme `token`.
struct BearerToken;

impl utoipa::Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal API token: `Authorization: Bearer <token>`"))
                    .build(),
            ),
        );
    }
}

/// `GET /api/v1/openapi.json`: the document above.
pub(crate) async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(<ApiDoc as utoipa::OpenApi>::openapi())
}

#[derive(Serialize, utoipa::ToSchema)]
struct TimelineJson {
    status: &'static str,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    results_published_at: Option<DateTime<Utc>>,
    /// The IANA name of the zone the challenge's days and words are in.
    time_zone: &'static str,
    in_words: String,
}

#[derive(Serialize, utoipa::ToSchema)]
struct ChallengeSummaryJson {
    slug: String,
    title: String,
    summary: String,
    host: String,
    timeline: TimelineJson,
    url: String,
}

fn summary_json(challenge: &Challenge, now: DateTime<Utc>) -> ChallengeSummaryJson {
    let t = &challenge.timeline;
    ChallengeSummaryJson {
        slug: challenge.slug.to_string(),
        title: challenge.title.clone(),
        summary: challenge.summary.clone(),
        host: challenge.host.clone(),
        timeline: TimelineJson {
            status: t.status(now).name(),
            opens_at: t.opens_at,
            closes_at: t.closes_at,
            results_published_at: t.results_published_at,
            time_zone: t.zone.name(),
            in_words: t.in_words(now),
        },
        url: format!("/challenges/{}", challenge.slug),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ListJson {
    challenges: Vec<ChallengeSummaryJson>,
}

/// The published challenges, newest first.
#[utoipa::path(get, path = "/api/v1/challenges", tag = "challenges",
    responses((status = 200, description = "Every published challenge", body = ListJson),
              (status = 401, description = "The bearer token is not valid", body = ErrorJson)))]
pub(crate) async fn list_challenges(
    State(state): State<AppState>,
    _bearer: CheckedBearer,
) -> Result<Json<ListJson>, ApiError> {
    let now = Utc::now();
    let challenges = state.store.list_challenges().await?;
    let published = challenges.iter().filter(|c| !c.is_draft());
    Ok(Json(ListJson { challenges: published.map(|c| summary_json(c, now)).collect() }))
}

#[derive(Serialize, utoipa::ToSchema)]
struct ColumnJson {
    name: String,
    #[serde(rename = "type")]
    column_type: &'static str,
    description: String,
}

#[derive(Serialize, utoipa::ToSchema)]
struct DatasetJson {
    slug: String,
    title: String,
    file_name: String,
    size_bytes: u64,
    sha256: String,
    row_count: u64,
    license: String,
    source: String,
    description: String,
    caveats: String,
    columns: Vec<ColumnJson>,
    download_url: String,
}

fn dataset_json(challenge: &Challenge, d: &Dataset) -> DatasetJson {
    DatasetJson {
        slug: d.slug.to_string(),
        title: d.title.clone(),
        file_name: d.file_name.clone(),
        size_bytes: d.blob.size,
        sha256: d.blob.sha256.clone(),
        row_count: d.row_count,
        license: d.license.clone(),
        source: d.source.clone(),
        description: d.description.clone(),
        caveats: d.caveats.clone(),
        columns: d
            .columns
            .iter()
            .map(|c| ColumnJson {
                name: c.name.clone(),
                column_type: c.column_type.name(),
                description: c.description.clone(),
            })
            .collect(),
        download_url: format!("/challenges/{}/data/{}/download", challenge.slug, d.slug),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct CriterionJson {
    name: String,
    weight: u32,
    description: String,
    levels: Vec<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct LimitsJson {
    time_ms: u64,
    memory_mb: u64,
    output_kb: u64,
}

/// A track as the public sees it: no hidden file is named, not even by hash.
#[derive(Serialize, utoipa::ToSchema)]
struct TrackJson {
    slug: String,
    kind: &'static str,
    title: String,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    metric: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    higher_is_better: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id_column: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_column: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    daily_limit: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limits: Option<LimitsJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    judges_per_entry: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    criteria: Option<Vec<CriterionJson>>,
}

fn track_json(t: &Track) -> TrackJson {
    let mut json = TrackJson {
        slug: t.slug.to_string(),
        kind: t.kind().name(),
        title: t.title.clone(),
        description: t.description.clone(),
        metric: t.settings.metric().map(|m| m.name()),
        higher_is_better: t.settings.metric().map(|m| m.higher_is_better()),
        id_column: None,
        target_column: None,
        daily_limit: None,
        limits: None,
        judges_per_entry: None,
        criteria: None,
    };
    match &t.settings {
        TrackSettings::Predictions { id_column, target_column, daily_limit, .. } => {
            json.id_column = Some(id_column.clone());
            json.target_column = Some(target_column.clone());
            json.daily_limit = Some(*daily_limit);
        }
        TrackSettings::Code { id_column, target_column, daily_limit, limits, .. } => {
            json.id_column = Some(id_column.clone());
            json.target_column = Some(target_column.clone());
            json.daily_limit = Some(*daily_limit);
            json.limits =
                Some(LimitsJson { time_ms: limits.time_ms, memory_mb: limits.memory_mb, output_kb: limits.output_kb });
        }
        TrackSettings::Ideas { judges_per_entry, criteria, .. } => {
            json.judges_per_entry = Some(*judges_per_entry);
            json.criteria = Some(
                criteria
                    .iter()
                    .map(|c| CriterionJson {
                        name: c.name.clone(),
                        weight: c.weight,
                        description: c.description.clone(),
                        levels: c.levels.clone(),
                    })
                    .collect(),
            );
        }
    }
    json
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ChallengeJson {
    #[serde(flatten)]
    summary: ChallengeSummaryJson,
    description_markdown: String,
    tracks: Vec<TrackJson>,
    datasets: Vec<DatasetJson>,
}

/// A challenge with its tracks and datasets (never a hidden file).
#[utoipa::path(get, path = "/api/v1/challenges/{challenge}", tag = "challenges",
    params(("challenge" = String, Path, description = "The challenge's slug")),
    responses((status = 200, description = "The challenge", body = ChallengeJson),
              (status = 404, description = "No such published challenge", body = ErrorJson)))]
pub(crate) async fn show_challenge(
    State(state): State<AppState>,
    _bearer: CheckedBearer,
    Path(slug): Path<String>,
) -> Result<Json<ChallengeJson>, ApiError> {
    let challenge = crate::extract::paths::api_challenge(&state, &slug).await?;
    let tracks = state.store.tracks(challenge.id).await?;
    let datasets = state.store.datasets(challenge.id).await?;
    Ok(Json(ChallengeJson {
        summary: summary_json(&challenge, Utc::now()),
        description_markdown: challenge.description_md.clone(),
        tracks: tracks.iter().map(track_json).collect(),
        datasets: datasets.iter().map(|d| dataset_json(&challenge, d)).collect(),
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct MeJson {
    id: i64,
    email: String,
    display_name: String,
    is_admin: bool,
}

/// Who the token belongs to.
#[utoipa::path(get, path = "/api/v1/me", tag = "account", security(("token" = [])),
    responses((status = 200, description = "The token's owner", body = MeJson),
              (status = 401, description = "No valid token", body = ErrorJson)))]
pub(crate) async fn show_me(ApiUser { user, .. }: ApiUser) -> Json<MeJson> {
    Json(MeJson {
        id: user.id.0,
        email: user.email.to_string(),
        display_name: user.display_name,
        is_admin: user.is_admin,
    })
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct QueuedJson {
    id: i64,
    status: &'static str,
    url: String,
}

/// `POST /api/v1/challenges/{challenge}/tracks/{track}/submissions` with a
/// multipart field `file`: 202 with the new entry, or the reason it was refused.
#[utoipa::path(post, path = "/api/v1/challenges/{challenge}/tracks/{track}/submissions", tag = "entries",
    security(("token" = [])),
    params(("challenge" = String, Path, description = "The challenge's slug"),
           ("track" = String, Path, description = "The track's slug")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses((status = 202, description = "Accepted and queued for scoring", body = QueuedJson),
              (status = 400, description = "No file, or an empty one", body = ErrorJson),
              (status = 401, description = "No valid token", body = ErrorJson),
              (status = 403, description = "The token may not send entries (scope `read`), or the terms are not accepted", body = ErrorJson),
              (status = 404, description = "No such track, or one that scores no files", body = ErrorJson),
              (status = 409, description = "The track is not open for entries", body = ErrorJson),
              (status = 413, description = "The file is too large", body = ErrorJson),
              (status = 422, description = "The program cannot run; `error` says why", body = ErrorJson),
              (status = 429, description = "The team's daily limit is reached (`next_slot_at` says when the next opens)", body = ErrorJson)))]
pub(crate) async fn create_submission(
    State(state): State<AppState>,
    caller: ApiUser,
    Path((slug, track_slug)): Path<(String, String)>,
    multipart: axum::extract::Multipart,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    if caller.scope != plaza_core::TokenScope::Submit {
        return Err(AppError::Forbidden.into());
    }
    let (challenge, track) = crate::extract::paths::load_track(&state, &slug, &track_slug).await?;
    let received = crate::extract::upload::receive_file(multipart, None).await?;
    match crate::enter::submissions::accept_upload(&state, &caller.user, &challenge, &track, received).await? {
        Ok(submission) => Ok((
            axum::http::StatusCode::ACCEPTED,
            Json(QueuedJson {
                id: submission.id,
                status: submission.status.name(),
                url: format!("/api/v1/submissions/{}", submission.id),
            }),
        )
            .into_response()),
        Err(problem) => {
            let mut body = serde_json::json!({ "error": problem.message() });
            if let crate::enter::submissions::UploadProblem::Quota(reached) = &problem {
                body["next_slot_at"] = serde_json::json!(reached.next_slot);
                body["limit"] = serde_json::json!(if reached.refused { "refused_files" } else { "entries" });
            }
            Ok((problem.status(), Json(body)).into_response())
        }
    }
}

/// One hidden case of a program's run, as the entrant sees it.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // it only describes `plaza_core::CaseResult` in the document
struct CaseJson {
    case: u64,
    /// `ok`, `invalid_output`, `time_limit`, `memory_limit`, `output_limit`, `runtime_error` or `compile_error`.
    verdict: String,
    message: String,
    elapsed_ms: u64,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct SubmissionJson {
    id: i64,
    status: &'static str,
    verdict: Option<&'static str>,
    public_score: Option<f64>,
    message: String,
    #[schema(value_type = Vec<CaseJson>)]
    cases: Vec<plaza_core::CaseResult>,
    selected: bool,
    disqualified_reason: Option<String>,
    submitted_at: DateTime<Utc>,
}

/// `GET /api/v1/submissions/{id}`: for the entry's team and the organizers only.
#[utoipa::path(get, path = "/api/v1/submissions/{id}", tag = "entries", security(("token" = [])),
    params(("id" = i64, Path, description = "The entry's id")),
    responses((status = 200, description = "The entry and its result", body = SubmissionJson),
              (status = 401, description = "No valid token", body = ErrorJson),
              (status = 404, description = "No such entry of the token owner's team", body = ErrorJson)))]
pub(crate) async fn show_submission(
    State(state): State<AppState>,
    caller: ApiUser,
    Path(SubmissionId(id)): Path<SubmissionId>,
) -> Result<Json<SubmissionJson>, ApiError> {
    let submission = state.store.submission(id).await?.ok_or(AppError::NotFound)?;
    if !crate::enter::submissions::may_see(&state, &caller.user, &submission).await? {
        return Err(AppError::NotFound.into());
    }
    Ok(Json(SubmissionJson {
        id: submission.id,
        status: submission.status.name(),
        verdict: submission.verdict.map(|v| v.name()),
        public_score: submission.public_score,
        message: submission.message,
        cases: submission.cases,
        selected: submission.selected,
        disqualified_reason: submission.disqualified_reason,
        submitted_at: submission.created_at,
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct BoardJson {
    board: &'static str,
    metric: &'static str,
    higher_is_better: bool,
    /// Ranked teams in all.
    total: usize,
    limit: usize,
    offset: usize,
    rows: Vec<BoardRowJson>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct BoardRowJson {
    rank: usize,
    team: String,
    score: f64,
    entries: usize,
    last_submitted_at: DateTime<Utc>,
}

/// Rows the API's leaderboard returns unless asked, and at most.
const API_DEFAULT_LIMIT: usize = 100;
const API_MAX_LIMIT: usize = 1000;

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct BoardQuery {
    /// Rows to return: 1 to 1000, 100 unless asked.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
    /// Rows to skip from the best: 0 unless asked.
    #[param(value_type = Option<u64>, minimum = 0)]
    offset: Option<String>,
}

impl BoardQuery {
    /// `(limit, offset)`, or what is wrong with them.
    fn read(&self) -> Result<(usize, usize), String> {
        let limit = match self.limit.as_deref() {
            None => API_DEFAULT_LIMIT,
            Some(text) => match text.parse::<usize>() {
                Ok(n) if (1..=API_MAX_LIMIT).contains(&n) => n,
                _ => return Err(format!("limit must be a whole number from 1 to {API_MAX_LIMIT}; it was {text:?}")),
            },
        };
        let offset = match self.offset.as_deref() {
            None => 0,
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= i64::MAX as usize / 2)
                .ok_or_else(|| format!("offset must be a whole number, 0 or more; it was {text:?}"))?,
        };
        Ok((limit, offset))
    }
}

/// `GET /api/v1/challenges/{challenge}/tracks/{track}/leaderboard?limit=N&offset=M`:
/// `limit` rows (100 unless asked, at most 1000) from `offset`, best first,
/// and `total`, the number of ranked teams.
#[utoipa::path(get, path = "/api/v1/challenges/{challenge}/tracks/{track}/leaderboard", tag = "leaderboards",
    params(("challenge" = String, Path, description = "The challenge's slug"),
           ("track" = String, Path, description = "The track's slug"), BoardQuery),
    responses((status = 200, description = "One page of the current board", body = BoardJson),
              (status = 400, description = "`limit` or `offset` is not usable", body = ErrorJson),
              (status = 404, description = "No such track, or a track without a leaderboard", body = ErrorJson)))]
pub(crate) async fn show_leaderboard(
    State(state): State<AppState>,
    _bearer: CheckedBearer,
    Path((slug, track_slug)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<BoardQuery>,
) -> Result<Json<BoardJson>, ApiError> {
    let (challenge, track) = crate::extract::paths::load_track(&state, &slug, &track_slug).await?;
    let metric = track.settings.metric().ok_or(AppError::NotFound)?;
    let (limit, offset) = query.read().map_err(|message| ApiError(AppError::BadRequest(message)))?;
    let board = crate::public::leaderboard::current_board(&challenge);
    let found = state.store.board_page(track.id, board, offset, limit, None).await?;
    Ok(Json(BoardJson {
        board: if board == plaza_core::Board::Public { "public" } else { "private" },
        metric: metric.name(),
        higher_is_better: metric.higher_is_better(),
        total: found.total,
        limit,
        offset,
        rows: found
            .rows
            .into_iter()
            .map(|r| BoardRowJson {
                rank: r.rank,
                team: r.team_name,
                score: r.score,
                entries: r.entries,
                last_submitted_at: r.last_submitted_at,
            })
            .collect(),
    }))
}
