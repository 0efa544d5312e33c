//! The real `plaza` binary, run as an organizer would run it.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use plaza_store::testing::{TestEnv, examples_dir};

fn plaza(env: &TestEnv, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(["--data-dir", &env.data_dir().display().to_string(), "--database-url", &env.database_url])
        .args(args)
        .env_remove("PLAZA_CONFIG")
        .env("RUST_LOG", "warn")
        .current_dir(env.data_dir())
        .output()
        .expect("run plaza")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[tokio::test]
async fn import_creates_then_leaves_unchanged() {
    let env = TestEnv::new().await;
    let bundle = examples_dir().join("noaa-daily-weather");
    let bundle = bundle.to_str().expect("utf-8 path");

    let dry = plaza(&env, &["import", "--dry-run", bundle]);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    assert!(text(&dry.stdout).contains("noaa-daily-weather: valid; would be created"), "{}", text(&dry.stdout));
    assert_eq!(env.store.count_challenges().await.expect("count"), 0, "a dry run imports nothing");

    let first = plaza(&env, &["import", bundle]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).starts_with("noaa-daily-weather: created"), "{}", text(&first.stdout));

    let second = plaza(&env, &["import", bundle]);
    assert!(second.status.success());
    assert!(text(&second.stdout).contains("unchanged"), "{}", text(&second.stdout));
    assert_eq!(env.store.count_challenges().await.expect("count"), 1);
}

#[tokio::test]
async fn a_broken_bundle_exits_non_zero_with_precise_messages_and_imports_nothing() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good");
    let bad = dir.path().join("bad");
    copy_dir(&examples_dir().join("noaa-daily-weather"), &good);
    copy_dir(&examples_dir().join("noaa-daily-weather"), &bad);
    let manifest = bad.join("challenge.toml");
    let original = std::fs::read_to_string(&manifest).expect("read");
    let broken = original
        .replacen("slug = \"noaa-daily-weather\"", "slug = \"other-weather\"\nsponsor = \"x\"", 1)
        .replacen("roc_auc", "rsme", 1);
    std::fs::write(&manifest, broken).expect("write");

    // A folder of bundles, one of them broken: nothing at all is imported.
    let output = plaza(&env, &["import", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("challenge.toml line 2: sponsor: unknown key"), "{stderr}");
    assert!(stderr.contains("metric: unknown metric 'rsme' (did you mean 'rmse'?)"), "{stderr}");
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(env.store.count_challenges().await.expect("count"), 0);
}

#[tokio::test]
async fn import_of_a_folder_that_is_not_a_bundle_says_so() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let output = plaza(&env, &["import", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("has no challenge.toml"), "{}", text(&output.stderr));
}

#[tokio::test]
async fn admin_creates_users_and_prints_a_working_token() {
    let env = TestEnv::new().await;
    let created =
        plaza(&env, &["admin", "create-user", "--email", "Org@Example.org", "--name", "Organizer", "--admin"]);
    assert!(created.status.success(), "{}", text(&created.stderr));
    assert!(text(&created.stdout).contains("Created site admin org@example.org"));

    let again = plaza(&env, &["admin", "create-user", "--email", "org@example.org"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"));

    let bad = plaza(&env, &["admin", "create-user", "--email", "not-an-email"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("is not an email address"), "{}", text(&bad.stderr));

    let token = plaza(&env, &["admin", "token", "--email", "org@example.org"]);
    assert!(token.status.success(), "{}", text(&token.stderr));
    let secret = text(&token.stdout).trim().to_owned();
    let user = env.store.user_for_token(&secret).await.expect("lookup").expect("token works");
    assert_eq!(user.email.as_str(), "org@example.org");

    let nobody = plaza(&env, &["admin", "token", "--email", "nobody@example.org"]);
    assert_eq!(nobody.status.code(), Some(1));
    assert!(text(&nobody.stderr).contains("there is no user"));
}

#[tokio::test]
async fn serve_imports_the_examples_and_answers_http() {
    let env = TestEnv::new().await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(["serve", "--bind", "127.0.0.1:0", "--examples-dir", examples_dir().to_str().expect("path")])
        .args(["--data-dir", &env.data_dir().display().to_string(), "--database-url", &env.database_url])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn plaza serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let started = Instant::now();
    let address = loop {
        let line = lines.next().expect("plaza printed its address").expect("line");
        if let Some(rest) = line.strip_prefix("Plaza is running at http://") {
            break rest.split('/').next().expect("address").to_owned();
        }
        assert!(started.elapsed() < Duration::from_secs(120), "no address printed");
    };
    let get = |path: &str| {
        let mut stream = std::net::TcpStream::connect(&address).expect("connect");
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").expect("write");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("read");
        response
    };
    assert!(get("/healthz").starts_with("HTTP/1.1 200"));
    let home = get("/");
    assert!(home.contains("Find critical food-safety violations sooner"), "examples imported on first start");
    let _ = child.kill();
    let _ = child.wait();
}

/// Waits until `check` holds, polling; panics with `what` after `limit`.
async fn wait_until<F, Fut>(limit: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while !check().await {
        assert!(started.elapsed() < limit, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// An entry on the air-quality program track (imported into `env`) whose
/// program never finishes: it keeps a worker busy until the time limit.
async fn spinning_entry(env: &TestEnv) -> plaza_store::NewSubmission {
    use plaza_core::Email;
    use plaza_store::BlobStore;

    env.store.import_bundle(&env.blobs, &examples_dir().join("uk-aurn-air-quality-2020"), false).await.expect("import");
    let challenge = env.store.challenge_by_slug("uk-aurn-air-quality-2020").await.expect("q").expect("challenge");
    let track = env
        .store
        .tracks(challenge.id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.slug.as_str() == "program")
        .expect("code track");
    let user = env.store.sign_up_user(&Email::parse("ana@example.org").expect("email"), "Ana").await.expect("user");
    let team = env.store.create_team(challenge.id, user.id, "Ana").await.expect("q").expect("team");
    let program =
        wat::parse_str(r#"(module (memory (export "memory") 1) (func (export "_start") (loop (br 0))))"#).expect("wat");
    let blob = env.blobs.put_bytes(&program).await.expect("store the program");
    plaza_store::NewSubmission {
        challenge_id: challenge.id,
        track_id: track.id,
        team_id: team.id,
        user_id: user.id,
        file_name: "spin.wasm".into(),
        blob,
        daily_limit: 5,
        refused_limit: None,
        zone: plaza_core::Zone::UTC,
    }
}

fn spawn_worker(env: &TestEnv) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(["worker", "--workers", "1", "--lease-seconds", "2"])
        .args(["--data-dir", &env.data_dir().display().to_string(), "--database-url", &env.database_url])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn plaza worker")
}

#[tokio::test]
async fn a_worker_killed_mid_scoring_leaves_nothing_stuck_and_the_entry_is_scored_once() {
    use plaza_core::{SubmissionStatus, Verdict};

    let env = TestEnv::new().await;
    let new = spinning_entry(&env).await;
    let submission = env.store.create_submission(new).await.expect("q").expect("queued");

    let mut first = spawn_worker(&env);
    wait_until(Duration::from_secs(60), "the first worker is scoring", || async {
        env.store.submission(submission.id).await.ok().flatten().is_some_and(|s| s.status == SubmissionStatus::Running)
    })
    .await;
    first.kill().expect("kill -9 the worker");
    let _ = first.wait();

    let mut second = spawn_worker(&env);
    wait_until(Duration::from_secs(90), "the second worker scored the entry", || async {
        env.store.submission(submission.id).await.ok().flatten().is_some_and(|s| s.status == SubmissionStatus::Scored)
    })
    .await;
    let _ = second.kill();
    let _ = second.wait();

    let scored = env.store.submission(submission.id).await.expect("q").expect("entry");
    assert_eq!(scored.verdict, Some(Verdict::TimeLimit));
    let jobs = env.store.jobs_of_submission(submission.id).await.expect("jobs");
    assert_eq!(jobs.len(), 1, "one job");
    assert_eq!(jobs[0].status, "done");
    assert_eq!(jobs[0].attempts, 2, "claimed again after the first worker died");
}

#[test]
fn plaza_score_prints_json_for_any_verdict_and_fails_only_on_usage_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bundle = examples_dir().join("noaa-daily-weather");
    let answers = std::fs::read_to_string(bundle.join("hidden/answers.csv")).expect("answers");
    let mut predictions = String::from("day_id,rain_tomorrow\n");
    for line in answers.lines().skip(1) {
        let mut cells = line.split(',');
        let (id, target) = (cells.next().expect("id"), cells.next().expect("target"));
        predictions.push_str(&format!("{id},{}\n", if target == "1" { 0.9 } else { 0.1 }));
    }
    let good = dir.path().join("good.csv");
    std::fs::write(&good, predictions).expect("write");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "day_id\nx\n").expect("write");
    let run = |track: &str, file: &Path| {
        Command::new(env!("CARGO_BIN_EXE_plaza"))
            .args([
                "score",
                "--challenge",
                bundle.to_str().expect("path"),
                "--track",
                track,
                file.to_str().expect("path"),
            ])
            .env("RUST_LOG", "warn")
            .output()
            .expect("run plaza score")
    };
    let scored = run("predict", &good);
    assert!(scored.status.success(), "{}", text(&scored.stderr));
    let json: serde_json::Value = serde_json::from_slice(&scored.stdout).expect("one JSON object");
    assert_eq!(json["verdict"], "ok");
    assert_eq!(json["public_score"], 1.0, "perfect ranking");
    assert!(json["cases"].is_array());

    let invalid = run("predict", &bad);
    assert!(invalid.status.success(), "scoring ran, so exit 0");
    let json: serde_json::Value = serde_json::from_slice(&invalid.stdout).expect("json");
    assert_eq!(json["verdict"], "invalid_output");
    assert!(json["message"].as_str().expect("message").contains("rain_tomorrow"), "{json}");

    let usage = run("nope", &good);
    assert_eq!(usage.status.code(), Some(2));
    assert!(text(&usage.stderr).contains("the bundle has no track 'nope'"), "{}", text(&usage.stderr));
}

#[tokio::test]
async fn a_stopped_worker_takes_no_new_entry_and_finishes_the_one_it_scores() {
    use plaza_core::{SubmissionStatus, Verdict};

    let env = TestEnv::new().await;
    let entry = spinning_entry(&env).await;
    let new = || entry.clone();
    let first = env.store.create_submission(new()).await.expect("q").expect("queued");
    let mut worker = spawn_worker(&env);
    wait_until(Duration::from_secs(60), "the worker is scoring", || async {
        env.store.submission(first.id).await.ok().flatten().is_some_and(|s| s.status == SubmissionStatus::Running)
    })
    .await;
    let second = env.store.create_submission(new()).await.expect("q").expect("queued");
    let term = Command::new("kill").args(["-TERM", &worker.id().to_string()]).status().expect("kill -TERM");
    assert!(term.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = worker.try_wait().expect("wait") {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "the worker stops within its grace");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "a clean exit: {status:?}");
    let scored = env.store.submission(first.id).await.expect("q").expect("entry");
    assert_eq!((scored.status, scored.verdict), (SubmissionStatus::Scored, Some(Verdict::TimeLimit)), "finished");
    let waiting = env.store.submission(second.id).await.expect("q").expect("entry");
    assert_eq!(waiting.status, SubmissionStatus::Queued, "no new entry taken after the signal");
    assert_eq!(env.store.jobs_of_submission(second.id).await.expect("jobs")[0].attempts, 0);
}

#[tokio::test]
async fn backup_and_restore_move_a_site_to_a_new_folder() {
    let env = TestEnv::new().await;
    if env.database_url.starts_with("postgres") {
        return; // PostgreSQL sites back their database up with pg_dump; the store test covers the files
    }
    let bundle = examples_dir().join("noaa-daily-weather");
    assert!(plaza(&env, &["import", &bundle.display().to_string()]).status.success());
    let out = tempfile::tempdir().expect("tmp");
    let backup = out.path().join("backup");
    let done = plaza(&env, &["backup", &backup.display().to_string()]);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(text(&done.stdout).contains("stored files"), "{}", text(&done.stdout));
    let again = plaza(&env, &["backup", &backup.display().to_string()]);
    assert!(!again.status.success() && text(&again.stderr).contains("is not empty"), "{}", text(&again.stderr));

    let site = out.path().join("site");
    let url = format!("sqlite://{}", site.join("plaza.db").display());
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_plaza"))
            .args(["--data-dir", &site.display().to_string(), "--database-url", &url])
            .args(args)
            .env_remove("PLAZA_CONFIG")
            .env("RUST_LOG", "warn")
            .current_dir(out.path())
            .output()
            .expect("run plaza")
    };
    let restored = run(&["restore", &backup.display().to_string()]);
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    assert!(text(&restored.stdout).contains("Restored the database"), "{}", text(&restored.stdout));
    let twice = run(&["restore", &backup.display().to_string()]);
    assert!(!twice.status.success() && text(&twice.stderr).contains("already exists"), "{}", text(&twice.stderr));
    let store = plaza_store::Store::connect(&url).await.expect("open");
    assert!(store.challenge_by_slug("noaa-daily-weather").await.expect("q").is_some(), "the challenge came back");
}

#[tokio::test]
async fn blobs_copy_moves_every_stored_file_and_a_bad_address_is_named() {
    let env = TestEnv::new().await;
    let bundle = examples_dir().join("noaa-daily-weather");
    assert!(plaza(&env, &["import", &bundle.display().to_string()]).status.success());
    let out = tempfile::tempdir().expect("tmp");
    let from = format!("file://{}", env.data_dir().join("blobs").display());
    let to = format!("file://{}", out.path().join("moved").display());
    let copied = plaza(&env, &["blobs", "copy", "--from", &from, "--to", &to]);
    assert!(copied.status.success(), "{}", text(&copied.stderr));
    let said = text(&copied.stdout);
    assert!(said.contains("Copied ") && said.contains("(0 were already there)"), "{said}");
    let again = plaza(&env, &["blobs", "copy", "--from", &from, "--to", &to]);
    assert!(text(&again.stdout).contains("Copied 0 stored files"), "{}", text(&again.stdout));
    let bad = plaza(&env, &["--blobs-url", "ftp://files.example/plaza", "migrate"]);
    assert!(bad.status.success(), "migrate needs no blobs");
    let bad = plaza(&env, &["--blobs-url", "ftp://files.example/plaza", "import", &bundle.display().to_string()]);
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("not ftp://"), "{}", text(&bad.stderr));
}
