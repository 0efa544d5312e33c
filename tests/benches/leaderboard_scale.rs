//! A leaderboard at 10 teams and at 10,000 teams (200,000 scored entries, a
//! Kaggle-sized competition), through the real router on the embedded
//! default (a SQLite file): the page, its last page, the API's first 100
//! rows and a search by team name, each requested one at a time; then the
//! server's peak memory while 8 visitors ask for pages at once (a child
//! process builds each site, so the measuring process only serves).
//!
//! The sites are filled with SQL (creating 200,000 entries through uploads
//! would take an hour); each team's board rows are then built by the
//! store's own rebuild, the one that runs for boards older than the table.
//!
//! Run with `cargo bench -p plaza-tests --bench leaderboard_scale`
//! (`PLAZA_BENCH_RUNS`, default 30; `PLAZA_BENCH_TEAMS`, default 10000).
//! A measurement tool: it exits 0 whatever the timings, and fails only when
//! a page does not answer 200 or shows the wrong teams.

mod common;

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{Result, Rng, Summary, TRACK, env_number, ms, summary, write_bundle};
use plaza_store::testing::TestEnv;
use plaza_store::{BlobStore, LocalBlobStore, Store};
use plaza_tests::{TestApp, web_settings};
use plaza_web::{AppState, Providers, build_router};
use sea_orm::{ConnectionTrait, Database};

const SLUG: &str = "bench-board";
const ENTRIES_PER_TEAM: usize = 20;

/// Builds a site of `teams` teams in `dir` (a SQLite file and its blobs).
/// Returns how long building its boards took.
async fn build_site(dir: &std::path::Path, teams: usize) -> Result<Duration> {
    let database_url = format!("sqlite://{}", dir.join("plaza.db").display());
    let store = Store::connect(&database_url).await?;
    store.migrate().await?;
    let blobs = LocalBlobStore::new(dir.join("blobs"))?;
    let bundle = tempfile::tempdir()?;
    write_bundle(bundle.path(), SLUG, 100, 5)?;
    store.import_bundle(&blobs, bundle.path(), false).await?;
    fill(&store, &database_url, teams).await
}

/// The site in `dir` as a server runs it. The site is built by a child
/// process (this bench, run again with `PLAZA_BENCH_BUILD_DIR`), so that
/// this process's memory is the server's alone.
async fn site(teams: usize) -> Result<(TestApp, Duration)> {
    let dir = tempfile::tempdir()?;
    let child = std::process::Command::new(std::env::current_exe()?)
        .env("PLAZA_BENCH_BUILD_DIR", dir.path())
        .env("PLAZA_BENCH_BUILD_TEAMS", teams.to_string())
        .output()?;
    if !child.status.success() {
        return Err(format!("building the site failed: {}", String::from_utf8_lossy(&child.stderr)).into());
    }
    let built_ms: u64 = String::from_utf8_lossy(&child.stdout).trim().parse()?;
    let database_url = format!("sqlite://{}", dir.path().join("plaza.db").display());
    let store = Store::connect(&database_url).await?;
    let blobs = LocalBlobStore::new(dir.path().join("blobs"))?;
    let env = TestEnv { store, blobs, dir, database_url };
    let state = AppState::new(
        env.store.clone(),
        Arc::new(env.blobs.clone()) as Arc<dyn BlobStore>,
        web_settings(),
        Providers::new(Vec::new()).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    Ok((TestApp { router: build_router(state), env }, Duration::from_millis(built_ms)))
}

/// `teams` teams of one person, each with 20 scored entries (random AUCs,
/// some of them tied), written with SQL; then the boards are built as the
/// store builds old tracks' boards. Returns how long that build took.
async fn fill(store: &Store, url: &str, teams: usize) -> Result<Duration> {
    let db = Database::connect(url).await?;
    let challenge = store.challenge_by_slug(SLUG).await?.ok_or("no bench challenge")?;
    let track = store.tracks(challenge.id).await?.into_iter().find(|t| t.slug.as_str() == TRACK).ok_or("no track")?;
    let mut rng = Rng(0x5eed_b0a4d);
    let at = |n: usize| format!("2026-01-01T00:00:00.{n:09}+00:00");
    db.execute_unprepared("BEGIN").await?;
    for start in (0..teams).step_by(500) {
        let end = (start + 500).min(teams);
        let mut users = String::from(
            "INSERT INTO users (id, email, display_name, is_admin, created_at, notify_results, notify_news, unsubscribe_token, can_create_challenges) VALUES ",
        );
        let mut team_rows = String::from(
            "INSERT INTO teams (id, challenge_id, name, alias, show_alias, join_token_hash, created_at) VALUES ",
        );
        let mut members = String::from("INSERT INTO team_members (team_id, challenge_id, user_id, joined_at) VALUES ");
        for i in start..end {
            let id = 1000 + i;
            let sep = if i == start { "" } else { "," };
            write!(
                users,
                "{sep}({id}, 'bench{i}@example.org', 'Bench {i}', false, '{}', true, false, 'u{i}', false)",
                at(0)
            )?;
            write!(team_rows, "{sep}({id}, {}, 'Team {i}', 'Team {i}', false, 'j{i}', '{}')", challenge.id, at(0))?;
            write!(members, "{sep}({id}, {}, {id}, '{}')", challenge.id, at(0))?;
        }
        for sql in [users, team_rows, members] {
            db.execute_unprepared(&sql).await?;
        }
        let mut entries = String::from(
            "INSERT INTO submissions (challenge_id, track_id, team_id, user_id, file_name, blob_sha256, size_bytes, status, verdict, public_score, private_score, message, cases_json, selected, utc_day, created_at, scored_at, stderr_log) VALUES ",
        );
        for i in start..end {
            let id = 1000 + i;
            for k in 0..ENTRIES_PER_TEAM {
                // Three decimals: many teams tie, as they do on real boards.
                let public = (rng.unit() * 1000.0).round() / 1000.0;
                let private = (rng.unit() * 1000.0).round() / 1000.0;
                let sep = if i == start && k == 0 { "" } else { "," };
                let when = at(i * ENTRIES_PER_TEAM + k);
                write!(
                    entries,
                    "{sep}({}, {}, {id}, {id}, 'predictions.csv', '{}', 10, 'scored', 'ok', {public}, {private}, '', '', false, '2026-01-01', '{when}', '{when}', '')",
                    challenge.id,
                    track.id,
                    "0".repeat(64)
                )?;
            }
        }
        db.execute_unprepared(&entries).await?;
    }
    db.execute_unprepared("DELETE FROM board_builds").await?;
    db.execute_unprepared("COMMIT").await?;
    db.close().await?;
    let started = Instant::now();
    store.migrate().await?;
    Ok(started.elapsed())
}

async fn get(app: &TestApp, path: &str, expect: &str) -> Result<Duration> {
    let started = Instant::now();
    let response = app.request(Request::get(path).body(Body::empty())?).await;
    let elapsed = started.elapsed();
    if response.status != StatusCode::OK {
        return Err(format!("{path} answered {}", response.status).into());
    }
    if !response.text().contains(expect) {
        return Err(format!("{path} does not show {expect:?}").into());
    }
    Ok(elapsed)
}

/// The process's resident memory and its peak since the last reset, in MB.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Resets the peak (Linux: writing 5 to clear_refs).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

struct Measured {
    teams: usize,
    build: Duration,
    pages: Vec<(&'static str, Summary)>,
    rss_before_mb: f64,
    peak_mb: f64,
}

async fn measure(teams: usize, runs: usize) -> Result<Measured> {
    let (app, build) = site(teams).await?;
    let board = format!("/challenges/{SLUG}/tracks/{TRACK}/leaderboard");
    let last = teams.div_ceil(100).max(1);
    let target = format!("Team {}", teams / 2);
    let cases: [(&'static str, String, String); 4] = [
        ("page 1", board.clone(), "<td>1</td>".to_owned()),
        ("last page", format!("{board}?page={last}"), format!("<td>{teams}</td>")),
        (
            "API, 100 rows",
            format!("/api/v1/challenges/{SLUG}/tracks/{TRACK}/leaderboard"),
            format!("\"total\":{teams}"),
        ),
        ("search", format!("{board}?q={}", target.replace(' ', "+")), target.clone()),
    ];
    let (rss_before_mb, _) = memory();
    let mut pages = Vec::new();
    for (name, path, expect) in &cases {
        get(&app, path, expect).await?; // warm
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            times.push(get(&app, path, expect).await?);
        }
        pages.push((*name, summary(times)));
    }
    reset_peak();
    let app = Arc::new(app);
    let mut visitors = tokio::task::JoinSet::new();
    for v in 0..8 {
        let app = app.clone();
        let board = board.clone();
        visitors.spawn(async move {
            for r in 0..runs {
                let page = (v * runs + r) % last + 1;
                get(&app, &format!("{board}?page={page}"), "<td>").await.map_err(|e| e.to_string())?;
            }
            Ok::<(), String>(())
        });
    }
    while let Some(done) = visitors.join_next().await {
        done??;
    }
    let (_, peak_mb) = memory();
    Ok(Measured { teams, build, pages, rss_before_mb, peak_mb })
}

fn main() -> Result<()> {
    if let Some(dir) = std::env::var_os("PLAZA_BENCH_BUILD_DIR") {
        let teams = env_number("PLAZA_BENCH_BUILD_TEAMS", 10);
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        let built = runtime.block_on(build_site(std::path::Path::new(&dir), teams))?;
        println!("{}", built.as_millis());
        return Ok(());
    }
    let runs = env_number("PLAZA_BENCH_RUNS", 30);
    let big = env_number("PLAZA_BENCH_TEAMS", 10_000);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async {
        let small = measure(10, runs).await?;
        let hundred = measure(100, runs).await?;
        let large = measure(big, runs).await?;
        println!(
            "leaderboard, embedded SQLite, {ENTRIES_PER_TEAM} scored entries a team, {runs} requests each (median / slowest):"
        );
        let label = |m: &Measured| format!("{} teams", m.teams);
        println!(
            "{:<16} {:>18} {:>18} {:>18} {:>9} {:>9}",
            "",
            label(&small),
            label(&hundred),
            label(&large),
            format!("÷{}", small.teams),
            format!("÷{}", hundred.teams)
        );
        for (((name, a), (_, h)), (_, b)) in small.pages.iter().zip(&hundred.pages).zip(&large.pages) {
            let cell = |s: &Summary| format!("{:.1} / {:.1} ms", ms(s.median), ms(s.max));
            let ratio = |x: &Summary| format!("{:.2}x", b.median.as_secs_f64() / x.median.as_secs_f64().max(1e-9));
            println!("{name:<16} {:>18} {:>18} {:>18} {:>9} {:>9}", cell(a), cell(h), cell(b), ratio(a), ratio(h));
        }
        let built = |m: &Measured| format!("{:.0} ms", ms(m.build));
        println!("{:<16} {:>18} {:>18} {:>18}", "boards built in", built(&small), built(&hundred), built(&large));
        let rss = |m: &Measured| format!("{:.0} → {:.0} MB", m.rss_before_mb, m.peak_mb);
        println!("{:<16} {:>18} {:>18} {:>18}", "server RSS", rss(&small), rss(&hundred), rss(&large));
        println!(
            "(a page holds at most 100 rows: at 10 teams it has 10, from 100 teams on it has 100, so the ÷100 column \
             compares pages of the same size.\n server RSS: this process, which only serves (a child built each site), \
             before its first request → its peak while 8 visitors read pages at once; it serves the sites in this order)"
        );
        Ok(())
    })
}
