//! How many scoring jobs a second the queue completes on PostgreSQL, with one
//! worker and with two working at once, and a check that every job was
//! completed exactly once.
//!
//! For each case a new database is created on the server named by
//! `PLAZA_TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`),
//! migrated, given a small challenge (a predictions track with 20 hidden
//! answers) and N queued entries (`PLAZA_BENCH_JOBS`, default 2000) from
//! teams of 10 entries that take turns in the queue; the database is
//! dropped afterwards. Then:
//!
//! - **pipeline**: N real workers (`plaza_scorer::run_worker`, as
//!   `plaza worker --workers N` starts them) claim, score, record the result
//!   with its email and complete each job (each starts its heartbeat task,
//!   which with the 60 s lease never has to write during so short a job);
//! - **mixed files**: the same real workers on a realistic mix, two
//!   challenges whose entries alternate between a 100-row file and a
//!   100,000-row file (`PLAZA_BENCH_MIX_JOBS` entries, default 600), so that
//!   scoring, not the queue's round trips, is most of the work;
//! - **claim + complete**: N loops of `claim_job`, `heartbeat_job`,
//!   `complete_job` with no scoring: the queue's own ceiling.
//!
//! The mixed files also run with four workers, more workers than cores:
//! if four complete clearly more than two, the two were leaving cores idle
//! while they waited, rather than taking turns on something. Each case
//! prints how many of the machine's cores were busy while it ran (from
//! `/proc/stat`, Linux).
//! The end of a run is noticed when the last result is written (the
//! store's own wake-up), not by polling the queue, which would itself take
//! the cores being measured.
//!
//! Exactly once: every job ends `done` after a single claim (`attempts` 1),
//! each entry has one job; in the pipeline every entry is scored `ok` and got
//! exactly one result email (written only when the result is), and in the
//! loops no job id was handed out twice.
//!
//! Run with `cargo bench -p plaza-tests --bench queue_throughput`. A
//! measurement tool: it exits 0 whatever the rates, and non-zero if
//! PostgreSQL cannot be reached or a job was lost or done twice.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Result, TRACK, entrant, env_number, write_bundle};
use plaza_core::TeamId;
use plaza_store::testing::TEST_DATABASE_ENV;
use plaza_store::{BlobStore, LocalBlobStore, NewSubmission, Store};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};

const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/test";
const SLUG: &str = "bench-queue";
const ANSWER_ROWS: usize = 20;
/// The two sizes of file the mixed case alternates between.
const MIXED_ROWS: [usize; 2] = [100, 100_000];
/// Issue #12: two workers complete at least this many times the jobs of one.
const GOAL_TWO_WORKERS: f64 = 1.8;
/// Entries per team (under the daily limit of 1000); teams take turns in the queue.
const PER_TEAM: usize = 10;
const LEASE: Duration = plaza_scorer::worker::LEASE;
/// The idle poll of the workers `plaza worker` starts.
const IDLE_POLL: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Pipeline,
    Mixed,
    ClaimComplete,
}

impl Mode {
    fn label(self) -> &'static str {
        match self {
            Mode::Pipeline => "real workers: claim, score, record + email, complete",
            Mode::Mixed => "real workers, mixed files (100 and 100,000 rows)",
            Mode::ClaimComplete => "claim + heartbeat + complete (no scoring)",
        }
    }
}

struct Outcome {
    mode: Mode,
    workers: usize,
    jobs: usize,
    enqueue: Duration,
    elapsed: Duration,
    /// Cores busy on average while the case ran (the whole machine), if known.
    busy_cores: Option<f64>,
    per_worker: BTreeMap<String, i64>,
}

/// The machine's CPU time so far, busy and in all, from `/proc/stat`'s
/// first line (Linux); `None` elsewhere.
fn cpu_ticks() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let fields: Vec<u64> =
        stat.lines().next()?.strip_prefix("cpu ")?.split_whitespace().filter_map(|f| f.parse().ok()).collect();
    // user nice system idle iowait irq softirq steal (guest time is inside user).
    let (idle, iowait) = (*fields.get(3)?, *fields.get(4)?);
    let total: u64 = fields.iter().take(8).sum();
    Some((total - idle - iowait, total))
}

/// Cores busy on average between two readings of [`cpu_ticks`].
fn busy_cores(before: Option<(u64, u64)>, after: Option<(u64, u64)>) -> Option<f64> {
    let ((busy0, total0), (busy1, total1)) = (before?, after?);
    let cpus = std::thread::available_parallelism().ok()?.get() as f64;
    (total1 > total0).then(|| (busy1 - busy0) as f64 / (total1 - total0) as f64 * cpus)
}

/// The server's address, without a password, for messages.
fn shown(url: &str) -> String {
    match (url.split_once("://"), url.rfind('@')) {
        (Some((scheme, rest)), Some(at)) => {
            let user = rest.split(['@', ':']).next().unwrap_or_default();
            format!("{scheme}://{user}@{}", &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

async fn connect(url: &str) -> std::result::Result<DatabaseConnection, sea_orm::DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.connect_timeout(Duration::from_secs(5)).sqlx_logging(false).max_connections(2);
    Database::connect(options).await
}

/// A new database's URL on the server at `base` (as `plaza_store::testing` makes them).
fn database_url(base: &str, name: &str) -> String {
    let (server, query) = match base.split_once('?') {
        Some((server, query)) => (server, format!("?{query}")),
        None => (base, String::new()),
    };
    match server.rsplit_once('/') {
        Some((host, _)) if !host.ends_with('/') => format!("{host}/{name}{query}"),
        _ => format!("{}/{name}{query}", server.trim_end_matches('/')),
    }
}

async fn count(db: &DatabaseConnection, sql: &str) -> Result<i64> {
    let row = db.query_one_raw(Statement::from_string(DbBackend::Postgres, sql)).await?.ok_or("no row")?;
    Ok(row.try_get_by_index::<i64>(0)?)
}

/// An imported challenge's bench track, its teams and a good file for it.
struct Target {
    challenge_id: i64,
    track_id: i64,
    file: plaza_core::BlobRef,
    entrants: Vec<(TeamId, plaza_core::UserId)>,
}

/// Imports challenge `slug` with `rows` hidden answers and enough teams for
/// `jobs` entries, led by entrants numbered from `first`.
async fn target(
    store: &Store,
    blobs: &LocalBlobStore,
    (slug, rows): (&str, usize),
    jobs: usize,
    first: usize,
) -> Result<Target> {
    let bundle = tempfile::tempdir()?;
    let file = write_bundle(bundle.path(), slug, rows, 1000)?;
    store.import_bundle(blobs, bundle.path(), false).await?;
    let challenge = store.challenge_by_slug(slug).await?.ok_or("bench challenge not imported")?;
    let track = store
        .tracks(challenge.id)
        .await?
        .into_iter()
        .find(|t| t.slug.as_str() == TRACK)
        .ok_or("bench track not imported")?;
    let file = blobs.put_bytes(&file).await?;
    let mut entrants = Vec::new();
    for n in 0..jobs.div_ceil(PER_TEAM) {
        let user = entrant(store, first + n).await?;
        let team =
            store.create_team(challenge.id, user.id, &format!("Bench team {n}")).await?.map_err(|p| p.to_string())?;
        entrants.push((team.id, user.id));
    }
    Ok(Target { challenge_id: challenge.id, track_id: track.id, file, entrants })
}

/// Creates the challenges and `jobs` queued entries (alternating between the
/// challenges in the mixed case); returns how long queueing took.
async fn enqueue(store: &Store, blobs: &LocalBlobStore, mode: Mode, jobs: usize) -> Result<Duration> {
    let targets = match mode {
        Mode::Mixed => vec![
            target(store, blobs, (&format!("{SLUG}-small"), MIXED_ROWS[0]), jobs.div_ceil(2), 0).await?,
            target(store, blobs, (&format!("{SLUG}-large"), MIXED_ROWS[1]), jobs / 2, jobs).await?,
        ],
        Mode::Pipeline | Mode::ClaimComplete => vec![target(store, blobs, (SLUG, ANSWER_ROWS), jobs, 0).await?],
    };
    let started = Instant::now();
    for i in 0..jobs {
        let target = &targets[i % targets.len()];
        // Teams take turns, as the entries of many teams come in.
        let (team_id, user_id) = target.entrants[(i / targets.len()) % target.entrants.len()];
        let new = NewSubmission {
            challenge_id: target.challenge_id,
            track_id: target.track_id,
            team_id,
            user_id,
            file_name: format!("p{i}.csv"),
            blob: target.file.clone(),
            daily_limit: 1000,
            refused_limit: None,
            zone: plaza_core::Zone::UTC,
        };
        store.create_submission(new).await?.map_err(|q| format!("daily limit of {} reached", q.limit))?;
    }
    Ok(started.elapsed())
}

fn scorer(store: &Store, blobs: &LocalBlobStore) -> Result<Arc<plaza_scorer::Scorer>> {
    Ok(Arc::new(plaza_scorer::Scorer {
        store: store.clone(),
        blobs: Arc::new(blobs.clone()),
        sandbox: Some(plaza_sandbox::Sandbox::new(plaza_sandbox::SandboxConfig::default())?),
        emails: Some(Arc::new(plaza_mail::EmailTemplates::load("Plaza").map_err(|e| e.to_string())?)),
        public_url: "http://plaza.bench".into(),
        answers: Default::default(),
    }))
}

/// The real workers until the queue is empty; returns the time taken.
async fn run_pipeline(store: &Store, blobs: &LocalBlobStore, workers: usize) -> Result<Duration> {
    let scorer = scorer(store, blobs)?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let started = Instant::now();
    let handles: Vec<_> = (0..workers)
        .map(|i| {
            let options =
                plaza_scorer::WorkerOptions { name: format!("bench-worker-{i}"), idle_poll: IDLE_POLL, lease: LEASE };
            let mut stopped = stopped.clone();
            tokio::spawn(plaza_scorer::run_worker(Arc::clone(&scorer), options, async move {
                let _ = stopped.wait_for(|s| *s).await;
            }))
        })
        .collect();
    let deadline = started + Duration::from_secs(1800);
    loop {
        // Listening starts before the queue is read, so the last result
        // wakes this loop even if it is written in between.
        let written = store.result_written();
        tokio::pin!(written);
        written.as_mut().enable();
        if store.pending_job_count().await? == 0 {
            break;
        }
        if Instant::now() > deadline {
            return Err("the queue did not empty in 30 minutes".into());
        }
        // The timeout only catches a job that ends without a result.
        let _ = tokio::time::timeout(Duration::from_millis(100), written).await;
    }
    let elapsed = started.elapsed();
    let _ = stop.send(true);
    for handle in handles {
        handle.await?;
    }
    Ok(elapsed)
}

/// Loops of claim, heartbeat, complete until the queue is empty; returns the
/// time taken and every job id each loop was handed.
async fn run_claim_complete(store: &Store, workers: usize) -> Result<(Duration, Vec<Vec<i64>>)> {
    let started = Instant::now();
    let handles: Vec<_> = (0..workers)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let name = format!("bench-loop-{i}");
                let mut claimed = Vec::new();
                while let Some(job) = store.claim_job(&name, LEASE).await? {
                    if !store.heartbeat_job(job.id, &name, LEASE).await? {
                        return Err(plaza_store::Error::Internal(format!("job {} was taken from {name}", job.id)));
                    }
                    store.complete_job(job.id).await?;
                    claimed.push(job.id);
                }
                Ok::<_, plaza_store::Error>(claimed)
            })
        })
        .collect();
    let mut claimed = Vec::new();
    for handle in handles {
        claimed.push(handle.await??);
    }
    Ok((started.elapsed(), claimed))
}

/// Every job done after one claim, one job per entry, and per mode the rest
/// of "exactly once"; returns the jobs each worker completed.
async fn verify(db: &DatabaseConnection, mode: Mode, jobs: usize) -> Result<BTreeMap<String, i64>> {
    let mut problems = Vec::new();
    let mut expect = |what: &str, found: i64, wanted: usize| {
        if found != wanted as i64 {
            problems.push(format!("{what}: {found}, expected {wanted}"));
        }
    };
    expect("jobs", count(db, "SELECT count(*) FROM jobs").await?, jobs);
    expect(
        "jobs done after one claim",
        count(db, "SELECT count(*) FROM jobs WHERE status = 'done' AND attempts = 1").await?,
        jobs,
    );
    expect(
        "entries with other than one job",
        count(
            db,
            "SELECT count(*) FROM (SELECT submission_id FROM jobs GROUP BY submission_id HAVING count(*) <> 1) AS t",
        )
        .await?,
        0,
    );
    if mode != Mode::ClaimComplete {
        expect(
            "entries scored ok",
            count(db, "SELECT count(*) FROM submissions WHERE status = 'scored' AND verdict = 'ok'").await?,
            jobs,
        );
        expect("result emails", count(db, "SELECT count(*) FROM outbox").await?, jobs);
    }
    if !problems.is_empty() {
        return Err(format!("{mode:?}: not every job was completed exactly once: {}", problems.join("; ")).into());
    }
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT locked_by, count(*) FROM jobs GROUP BY locked_by ORDER BY locked_by",
        ))
        .await?;
    let mut per_worker = BTreeMap::new();
    for row in rows {
        per_worker.insert(row.try_get_by_index::<String>(0)?, row.try_get_by_index::<i64>(1)?);
    }
    Ok(per_worker)
}

async fn run_case(admin: &DatabaseConnection, base: &str, mode: Mode, workers: usize, jobs: usize) -> Result<Outcome> {
    let name = format!("plaza_bench_{:x}_{:x}", std::process::id(), nanos() & 0xffff_ffff_ffff);
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    let url = database_url(base, &name);
    let outcome = async {
        let store = Store::connect(&url).await?;
        store.migrate().await?;
        let dir = tempfile::tempdir()?;
        let blobs = LocalBlobStore::new(dir.path().join("blobs"))?;
        let enqueue = enqueue(&store, &blobs, mode, jobs).await?;
        let ticks = cpu_ticks();
        let (elapsed, claimed) = match mode {
            Mode::Pipeline | Mode::Mixed => (run_pipeline(&store, &blobs, workers).await?, Vec::new()),
            Mode::ClaimComplete => run_claim_complete(&store, workers).await?,
        };
        let busy_cores = busy_cores(ticks, cpu_ticks());
        if mode == Mode::ClaimComplete {
            let mut all: Vec<i64> = claimed.concat();
            all.sort_unstable();
            all.dedup();
            if all.len() != jobs || claimed.iter().map(Vec::len).sum::<usize>() != jobs {
                return Err(format!(
                    "the loops were handed {} jobs ({} different) for {jobs}",
                    claimed.concat().len(),
                    all.len()
                )
                .into());
            }
        }
        store.close().await?;
        let db = connect(&url).await?;
        let per_worker = verify(&db, mode, jobs).await;
        let _ = db.close().await;
        Ok::<_, Box<dyn std::error::Error>>(Outcome {
            mode,
            workers,
            jobs,
            enqueue,
            elapsed,
            busy_cores,
            per_worker: per_worker?,
        })
    }
    .await;
    if let Err(err) = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await {
        eprintln!("note: could not drop the bench database {name}: {err}");
    }
    outcome
}

/// Some entropy for database names (no `rand` in this crate).
fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("queue_throughput: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let jobs = env_number("PLAZA_BENCH_JOBS", 2000).max(1);
    let mixed_jobs = env_number("PLAZA_BENCH_MIX_JOBS", 600).max(2);
    let base = std::env::var(TEST_DATABASE_ENV).ok().filter(|v| !v.trim().is_empty()).unwrap_or(DEFAULT_URL.into());
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async move {
        let admin = match connect(&base).await {
            Ok(admin) => admin,
            Err(err) => {
                return Err(format!(
                    "PostgreSQL cannot be reached at {} ({err}).\n\
                     Start a server or set {TEST_DATABASE_ENV} to one (a user allowed to CREATE DATABASE), \
                     then run again.",
                    shown(&base)
                )
                .into());
            }
        };
        let version = admin
            .query_one_raw(Statement::from_string(DbBackend::Postgres, "SHOW server_version"))
            .await?
            .and_then(|row| row.try_get_by_index::<String>(0).ok())
            .unwrap_or_default();
        let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
        println!(
            "\nQueue throughput on PostgreSQL {version} at {} ({jobs} jobs per case, {mixed_jobs} with mixed files, \
             a new database each)",
            shown(&base)
        );
        println!("Workers are tasks in one process on a 2-thread runtime; {cpus} CPUs, shared with PostgreSQL.\n");
        let mut outcomes = Vec::new();
        for mode in [Mode::Pipeline, Mode::Mixed, Mode::ClaimComplete] {
            let counts: &[usize] = if mode == Mode::Mixed { &[1, 2, 4] } else { &[1, 2] };
            for &workers in counts {
                let jobs = if mode == Mode::Mixed { mixed_jobs } else { jobs };
                let outcome = run_case(&admin, &base, mode, workers, jobs).await?;
                println!("  done: {:<60} {} worker(s): {:.1} s", mode.label(), workers, outcome.elapsed.as_secs_f64());
                outcomes.push(outcome);
            }
        }
        let _ = admin.close().await;

        let header = ("what", "workers", "jobs", "seconds", "jobs/s", "vs 1", "cores busy");
        println!(
            "\n{:<60} {:>7} {:>6} {:>9} {:>10} {:>8} {:>11}  jobs per worker",
            header.0, header.1, header.2, header.3, header.4, header.5, header.6
        );
        for outcome in &outcomes {
            let rate = outcome.jobs as f64 / outcome.elapsed.as_secs_f64();
            let single = outcomes
                .iter()
                .find(|o| o.mode == outcome.mode && o.workers == 1)
                .map_or(rate, |o| o.jobs as f64 / o.elapsed.as_secs_f64());
            let split = outcome.per_worker.values().map(i64::to_string).collect::<Vec<_>>().join(" + ");
            let busy = outcome.busy_cores.map_or("n/a".to_owned(), |b| format!("{b:.2} of {cpus}"));
            println!(
                "{:<60} {:>7} {:>6} {:>9.2} {:>10.0} {:>7.2}× {busy:>11}  {split}",
                outcome.mode.label(),
                outcome.workers,
                outcome.jobs,
                outcome.elapsed.as_secs_f64(),
                rate,
                rate / single
            );
        }
        let enqueue: Vec<f64> = outcomes.iter().map(|o| o.jobs as f64 / o.enqueue.as_secs_f64()).collect();
        println!(
            "\nqueueing entries (create_submission, one at a time): {:.0} to {:.0} a second",
            enqueue.iter().copied().fold(f64::INFINITY, f64::min),
            enqueue.iter().copied().fold(0.0, f64::max)
        );
        println!("exactly once: in every case, each job ended done after one claim, one job per entry;");
        println!("  real workers: every entry scored ok with one result email; loops: no job id handed out twice.");
        let rate = |mode: Mode, workers: usize| {
            outcomes
                .iter()
                .find(|o| o.mode == mode && o.workers == workers)
                .map_or(0.0, |o| o.jobs as f64 / o.elapsed.as_secs_f64())
        };
        let speedup = rate(Mode::Mixed, 2) / rate(Mode::Mixed, 1);
        println!(
            "goal: two workers at least {GOAL_TWO_WORKERS}× one on the mixed files: {speedup:.2}× ({})",
            if speedup >= GOAL_TWO_WORKERS { "met" } else { "NOT met" }
        );
        println!(
            "four workers on the mixed files (more workers than cores): {:.2}× one, {:.2}× two",
            rate(Mode::Mixed, 4) / rate(Mode::Mixed, 1),
            rate(Mode::Mixed, 4) / rate(Mode::Mixed, 2)
        );
        Ok(())
    })
}
