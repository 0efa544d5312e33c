//! How long an entrant waits from uploading a predictions file of 100,000
//! rows until it is scored, on the embedded default (a SQLite file and the
//! local blob store in a temporary folder, as `plaza serve` uses out of the box).
//!
//! A challenge bundle with an open predictions track (`roc_auc`, 100,000
//! hidden answers) is written to a temporary folder and imported. Each run
//! signs in a new entrant (so a new team: the daily limit never interferes),
//! posts the file as the track page's form does (multipart, with the form
//! token) through the real router, and waits until the entry reads `scored`.
//! Two ways:
//!
//! 1. the real worker loop (`plaza_scorer::run_worker`) running beside the
//!    router as `plaza serve` runs it: woken by the new job at once, with
//!    its 500 ms idle poll only as a fallback; each upload comes at a random
//!    moment of that poll. The bench then does what the entry page's script
//!    does: it asks `/submissions/{id}/status?wait=...` until scoring has
//!    ended, and loads the entry page, which must show the score;
//! 2. a worker that claims the job as soon as the upload returns (the same
//!    `claim_job` + `Scorer::process` the loop runs): the cost without the
//!    polling delay, stage by stage.
//!
//! Run with `cargo bench -p plaza-tests --bench upload_e2e`
//! (`PLAZA_BENCH_RUNS`, default 9, and `PLAZA_BENCH_ROWS`, default 100000).
//! A measurement tool: it exits 0 whatever the timings, and fails only if an
//! upload is refused or the entry is not scored `ok`.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{Result, Rng, Summary, TRACK, entrant, env_number, ms, summary, write_bundle};
use plaza_core::{SubmissionStatus, Verdict};
use plaza_store::testing::TestEnv;
use plaza_store::{BlobStore, LocalBlobStore, Store};
use plaza_tests::{PUBLIC_URL, TestApp, multipart_body, web_settings};
use plaza_web::{AppState, Providers, build_router};

const SLUG: &str = "bench-upload";
/// The idle poll of the workers `plaza serve` starts.
const SERVE_IDLE_POLL: Duration = Duration::from_millis(500);
const GOAL: Duration = Duration::from_secs(1);

/// A site on a new SQLite file, whatever `PLAZA_TEST_DATABASE_URL` says:
/// this bench measures the embedded default.
async fn sqlite_app() -> Result<TestApp> {
    let dir = tempfile::tempdir()?;
    let database_url = format!("sqlite://{}", dir.path().join("plaza.db").display());
    let store = Store::connect(&database_url).await?;
    store.migrate().await?;
    let blobs = LocalBlobStore::new(dir.path().join("blobs"))?;
    let env = TestEnv { store, blobs, dir, database_url };
    let state = AppState::new(
        env.store.clone(),
        Arc::new(env.blobs.clone()) as Arc<dyn BlobStore>,
        web_settings(),
        Providers::new(Vec::new()).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    Ok(TestApp { router: build_router(state), env })
}

fn scorer(app: &TestApp) -> Result<plaza_scorer::Scorer> {
    Ok(plaza_scorer::Scorer {
        store: app.env.store.clone(),
        blobs: Arc::new(app.env.blobs.clone()),
        sandbox: Some(plaza_sandbox::Sandbox::new(plaza_sandbox::SandboxConfig::default())?),
        emails: Some(Arc::new(plaza_mail::EmailTemplates::load("Plaza").map_err(|e| e.to_string())?)),
        public_url: PUBLIC_URL.into(),
        answers: Default::default(),
    })
}

/// One entrant's upload, ready to send: the request parts and the body.
struct Upload {
    cookie: String,
    content_type: String,
    body: Vec<u8>,
}

/// Signs in entrant `n` and prepares the form post of `file` (outside the timing).
async fn prepare(app: &TestApp, n: usize, file: &[u8]) -> Result<Upload> {
    let user = entrant(&app.env.store, n).await?;
    let mut browser = app.browser();
    browser.sign_in_as(&user).await;
    browser.get("/").await;
    let token = browser.cookie("plaza_csrf").ok_or("no form token cookie")?;
    let (content_type, body) =
        multipart_body(&[("csrf_token", token.as_str())], ("file", "predictions-100k.csv", file));
    let cookie = browser.jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    Ok(Upload { cookie, content_type, body })
}

/// Posts the upload through the router; returns the new entry's id.
async fn send(app: &TestApp, upload: Upload) -> Result<i64> {
    let request = Request::post(format!("/challenges/{SLUG}/tracks/{TRACK}/submissions"))
        .header(header::COOKIE, upload.cookie)
        .header(header::CONTENT_TYPE, upload.content_type)
        .body(Body::from(upload.body))?;
    let response = app.request(request).await;
    if response.status != StatusCode::SEE_OTHER {
        return Err(format!("upload refused with {}: {}", response.status, response.text()).into());
    }
    let location = response.location();
    Ok(location.strip_prefix("/submissions/").ok_or_else(|| format!("odd redirect {location}"))?.parse()?)
}

async fn check_scored(store: &Store, id: i64) -> Result<()> {
    let entry = store.submission(id).await?.ok_or("the entry is gone")?;
    if entry.status != SubmissionStatus::Scored || entry.verdict != Some(Verdict::Ok) || entry.public_score.is_none() {
        return Err(format!("entry {id} ended {:?} {:?}: {}", entry.status, entry.verdict, entry.message).into());
    }
    Ok(())
}

/// What the entry page's script does: waits on the status address until
/// scoring has ended, then loads the page, which must show the score.
async fn wait_like_the_page(app: &TestApp, cookie: &str, id: i64) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut status = "queued".to_owned();
    loop {
        let request = Request::get(format!("/submissions/{id}/status?wait={status}"))
            .header(header::COOKIE, cookie)
            .body(Body::empty())?;
        let response = app.request(request).await;
        let json: serde_json::Value = serde_json::from_slice(&response.body)?;
        if json["done"] == true {
            break;
        }
        status = json["status"].as_str().ok_or("no status")?.to_owned();
        if Instant::now() > deadline {
            return Err(format!("entry {id} still {status} after 2 minutes").into());
        }
    }
    let page = app
        .request(Request::get(format!("/submissions/{id}")).header(header::COOKIE, cookie).body(Body::empty())?)
        .await;
    if !page.text().contains("Public score") {
        return Err(format!("the page of entry {id} shows no score").into());
    }
    Ok(())
}

fn row(what: &str, s: &Summary) {
    println!("{what:<58} {:>4} {:>10.1} {:>10.1} {:>10.1}", s.runs, ms(s.median), ms(s.min), ms(s.max));
}

fn goal(what: &str, s: &Summary) {
    let verdict = if s.median < GOAL { "met" } else { "NOT met" };
    println!("goal: {what} < {} ms (median): {:.0} ms, {verdict}", GOAL.as_millis(), ms(s.median));
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("upload_e2e: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let runs = env_number("PLAZA_BENCH_RUNS", 9).max(1);
    let rows = env_number("PLAZA_BENCH_ROWS", 100_000).max(4);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async move {
        let app = sqlite_app().await?;
        let bundle = tempfile::tempdir()?;
        let file = write_bundle(bundle.path(), SLUG, rows, 1000)?;
        app.import(bundle.path()).await;
        let scorer = Arc::new(scorer(&app)?);
        let mut n = 0;

        // 2. A worker that claims as soon as the upload returns (one warm-up run first).
        let (mut upload_t, mut work_t, mut total_t) = (Vec::new(), Vec::new(), Vec::new());
        for run in 0..=runs {
            n += 1;
            let upload = prepare(&app, n, &file).await?;
            let started = Instant::now();
            let id = send(&app, upload).await?;
            let uploaded = Instant::now();
            let job = app.env.store.claim_job("bench-worker", plaza_scorer::worker::LEASE).await?.ok_or("no job")?;
            scorer.process(&job, "bench-worker").await?;
            let done = Instant::now();
            check_scored(&app.env.store, id).await?;
            if run > 0 {
                upload_t.push(uploaded - started);
                work_t.push(done - uploaded);
                total_t.push(done - started);
            }
        }

        // 1. The real worker loop beside the router, as `plaza serve` runs it.
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let options = plaza_scorer::WorkerOptions {
            name: "bench-serve-worker".into(),
            idle_poll: SERVE_IDLE_POLL,
            lease: plaza_scorer::worker::LEASE,
        };
        let mut stopped_rx = stopped.clone();
        let worker = tokio::spawn(plaza_scorer::run_worker(Arc::clone(&scorer), options, async move {
            let _ = stopped_rx.wait_for(|s| *s).await;
        }));
        let mut serve_t = Vec::new();
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        for _ in 0..runs {
            n += 1;
            let upload = prepare(&app, n, &file).await?;
            // Entrants arrive at any moment of the worker's idle poll, not in step with it.
            tokio::time::sleep(SERVE_IDLE_POLL.mul_f64(rng.unit())).await;
            let cookie = upload.cookie.clone();
            let started = Instant::now();
            let id = send(&app, upload).await?;
            wait_like_the_page(&app, &cookie, id).await?;
            serve_t.push(started.elapsed());
            check_scored(&app.env.store, id).await?;
        }
        let _ = stop.send(true);
        worker.await?;

        let mb = file.len() as f64 / 1e6;
        println!(
            "\nUpload to scored: {rows} rows ({mb:.1} MB) of predictions, roc_auc, SQLite + local blobs \
             ({runs} runs, a new entrant each)\n"
        );
        println!("{:<58} {:>4} {:>10} {:>10} {:>10}", "what", "runs", "median ms", "min ms", "max ms");
        row("upload: multipart POST through the router → 303", &summary(upload_t));
        row("worker: claim + parse + score + record + email (at once)", &summary(work_t));
        let eager = summary(total_t);
        row("request → scored, worker claims at once", &eager);
        let serve = summary(serve_t);
        row("request → score shown, as plaza serve runs (woken worker)", &serve);
        goal("request → scored, worker claims at once", &eager);
        goal("request → score shown on the entry page, as plaza serve runs", &serve);
        Ok(())
    })
}
