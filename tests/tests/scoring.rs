//! Coding entries end to end: upload through the page or the API, a worker
//! scores them, the entrant reads the result, the leaderboard ranks teams,
//! organizers rerun, cancel and disqualify.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::{ChallengeRole, TokenScope};
use plaza_tests::{TestApp, copy_dir, multipart_body};

const TRACK: &str = "/challenges/noaa-daily-weather/tracks/predict";

/// Predictions for every hidden id: a decent model (right most of the time).
fn predictions() -> Vec<u8> {
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv"))
            .expect("answers");
    let mut out = String::from("day_id,rain_tomorrow\n");
    for (i, line) in answers.lines().skip(1).enumerate() {
        let mut cells = line.split(',');
        let (id, target) = (cells.next().expect("id"), cells.next().expect("target"));
        let p = if (target == "1") != (i % 4 == 0) { 0.8 } else { 0.2 };
        out.push_str(&format!("{id},{p}\n"));
    }
    out.into_bytes()
}

#[tokio::test]
async fn an_entrant_uploads_predictions_and_sees_the_score_and_the_rank() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let page = browser.get(TRACK).await.text();
    assert!(page.contains("<strong>5 of 5</strong> entries left today"), "{page}");

    let sent = browser.post_file(&format!("{TRACK}/submissions"), "my-predictions.csv", &predictions()).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let entry = sent.location();
    let waiting = browser.get(&entry).await.text();
    assert!(waiting.contains("Waiting to be scored") && waiting.contains("http-equiv=\"refresh\""), "{waiting}");

    assert_eq!(app.run_scoring().await, 1);
    let scored = browser.get(&entry).await.text();
    assert!(scored.contains("Scored") && scored.contains("Public score"), "{scored}");
    assert!(!scored.contains("http-equiv=\"refresh\""), "no more refreshing once scored");
    assert!(browser.get(TRACK).await.text().contains("<strong>4 of 5</strong> entries left today"));

    let board = app.get(&format!("{TRACK}/leaderboard")).await.text();
    assert!(board.contains("<th scope=\"row\">Ana</th>"), "{board}");
    let mail = app.last_email_to("ana@example.org").await.expect("a result email");
    assert!(mail.subject.contains("was scored"), "{}", mail.subject);
    assert!(mail.list_unsubscribe.is_some(), "result mail can be turned off");

    // Another resident cannot see Ana's entry.
    let bo = app.user("bo@example.org", "Bo").await;
    let mut other = app.browser();
    other.sign_in_as(&bo).await;
    assert_eq!(other.get(&entry).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_bad_predictions_file_is_explained_line_by_line_and_never_ranked() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let bad = b"day_id,rain_tomorrow\r\nSEA-2015-01-01,0.5\r\nSEA-2015-01-01,0.4\r\nnowhere,1.5\r\n";
    let sent = browser.post_file(&format!("{TRACK}/submissions"), "bad.csv", bad).await;
    let entry = sent.location();
    app.run_scoring().await;
    let page = browser.get(&entry).await.text();
    assert!(page.contains("Invalid predictions"), "{page}");
    assert!(page.contains("line 3: id SEA-2015-01-01 appears twice (first on line 2)"), "{page}");
    assert!(page.contains("missing"), "{page}");
    assert!(app.get(&format!("{TRACK}/leaderboard")).await.text().contains("No entry has been scored yet."));
}

#[tokio::test]
async fn the_api_accepts_entries_and_refuses_with_the_right_status() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let token = app.env.store.create_scoped_api_token(ana.id, "cli", TokenScope::Submit).await.expect("token").secret;
    let read_only = app.env.store.create_scoped_api_token(ana.id, "ro", TokenScope::Read).await.expect("token").secret;
    let upload = |path: &str, token: Option<&str>, bytes: Vec<u8>| {
        let (content_type, body) = multipart_body(&[], ("file", "p.csv", &bytes));
        let mut request = Request::post(path).header(header::CONTENT_TYPE, content_type);
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        request.body(Body::from(body)).expect("request")
    };
    let api = "/api/v1/challenges/noaa-daily-weather/tracks/predict/submissions";
    assert_eq!(app.request(upload(api, None, predictions())).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.request(upload(api, Some(&read_only), predictions())).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.request(upload(
            "/api/v1/challenges/noaa-daily-weather/tracks/nope/submissions",
            Some(&token),
            predictions()
        ))
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let upcoming = app
        .request(upload(
            "/api/v1/challenges/toronto-street-trees/tracks/predict/submissions",
            Some(&token),
            predictions(),
        ))
        .await;
    assert_eq!(upcoming.status, StatusCode::CONFLICT, "{}", upcoming.text());

    for _ in 0..5 {
        let accepted = app.request(upload(api, Some(&token), predictions())).await;
        assert_eq!(accepted.status, StatusCode::ACCEPTED, "{}", accepted.text());
        let json: serde_json::Value = serde_json::from_slice(&accepted.body).expect("json");
        assert_eq!(json["status"], "queued");
    }
    let limited = app.request(upload(api, Some(&token), predictions())).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    let json: serde_json::Value = serde_json::from_slice(&limited.body).expect("json");
    assert!(json["error"].as_str().expect("message").contains("used its 5 entries for today"));
    assert!(json["next_slot_at"].is_string());

    app.run_scoring().await;
    let one = app.get_with_token("/api/v1/submissions/1", &token).await;
    let json: serde_json::Value = serde_json::from_slice(&one.body).expect("json");
    assert_eq!(json["status"], "scored");
    assert_eq!(json["verdict"], "ok");
    assert!(json["public_score"].as_f64().expect("score") > 0.5);
    assert!(json.get("private_score").is_none(), "the private score stays hidden");

    let board = app.get("/api/v1/challenges/noaa-daily-weather/tracks/predict/leaderboard").await;
    let json: serde_json::Value = serde_json::from_slice(&board.body).expect("json");
    assert_eq!(json["rows"][0]["rank"], 1);
    assert_eq!(json["rows"][0]["team"], "Ana");
    assert_eq!(json["rows"][0]["entries"], 5);
}

#[tokio::test]
async fn organizers_disqualify_with_a_reason_and_rerun_entries() {
    let app = TestApp::with_examples().await;
    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let org = app.user("org@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, org.id, ChallengeRole::Organizer).await.expect("grant");
    let ana = app.user("ana@example.org", "Ana").await;
    let mut entrant = app.browser();
    entrant.sign_in_as(&ana).await;
    let entry = entrant.post_file(&format!("{TRACK}/submissions"), "p.csv", &predictions()).await.location();
    app.run_scoring().await;
    let id = entry.trim_start_matches("/submissions/");

    let mut organizer = app.browser();
    organizer.sign_in_as(&org).await;
    let list = organizer.get(&format!("{TRACK}/entries")).await.text();
    assert!(list.contains(">Ana<"), "{list}");
    let refused =
        organizer.post(&format!("/challenges/noaa-daily-weather/entries/{id}/disqualify"), &[("reason", "")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    organizer
        .post(
            &format!("/challenges/noaa-daily-weather/entries/{id}/disqualify"),
            &[("reason", "Used the published 2015 weather records")],
        )
        .await;
    assert!(entrant.get(&entry).await.text().contains("Used the published 2015 weather records"));
    assert!(app.get(&format!("{TRACK}/leaderboard")).await.text().contains("No entry has been scored yet."));

    let rerun = organizer.post(&format!("/challenges/noaa-daily-weather/entries/{id}/rerun"), &[]).await;
    assert!(rerun.text().contains("queued to be scored again"));
    assert_eq!(app.run_scoring().await, 1);
    // Entrants cannot use organizer actions.
    assert_eq!(
        entrant.post(&format!("/challenges/noaa-daily-weather/entries/{id}/rerun"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
}

/// A WASI program that prints `csv` to stdout: the shape of an honest entry.
/// A program that prints `csv` to stdout and `note` to stderr.
fn noisy_program(csv: &[u8], note: &[u8]) -> Vec<u8> {
    let escape = |bytes: &[u8]| bytes.iter().map(|b| format!("\\{b:02x}")).collect::<String>();
    let note_at = 64 + csv.len();
    let wat = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") {pages})
  (data (i32.const 64) "{csv_bytes}")
  (data (i32.const {note_at}) "{note_bytes}")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const {len}))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))
    (i32.store (i32.const 0) (i32.const {note_at}))
    (i32.store (i32.const 4) (i32.const {note_len}))
    (drop (call $fd_write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 32)))))"#,
        pages = (csv.len() + note.len()) / 65536 + 2,
        csv_bytes = escape(csv),
        note_bytes = escape(note),
        len = csv.len(),
        note_len = note.len(),
    );
    wat::parse_str(&wat).expect("valid module")
}

#[tokio::test]
async fn a_program_entry_is_run_in_the_sandbox_and_scored() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let code = "/challenges/uk-aurn-air-quality-2020/tracks/program";
    let answers = std::fs::read_to_string(
        plaza_store::testing::examples_dir().join("uk-aurn-air-quality-2020/hidden/answers.csv"),
    )
    .expect("answers");
    let header = answers.lines().next().expect("header").split(',').take(2).collect::<Vec<_>>().join(",");
    let mut csv = format!("{header}\n");
    for line in answers.lines().skip(1) {
        let id = line.split(',').next().expect("id");
        csv.push_str(&format!("{id},20.0\n"));
    }
    let program = noisy_program(csv.as_bytes(), b"debug: first hidden row was 17.5");
    let sent = browser.post_file(&format!("{code}/submissions"), "model.wasm", &program).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let entry = sent.location();
    let garbage = browser.post_file(&format!("{code}/submissions"), "notes.wasm", b"this is not wasm").await.location();
    app.run_scoring().await;
    let page = browser.get(&entry).await.text();
    assert!(page.contains("Scored") && page.contains("Hidden cases"), "{page}");
    assert!(!page.contains("first hidden row"), "stderr could leak hidden data: never shown to the team");
    let bad = browser.get(&garbage).await.text();
    assert!(bad.contains("Not a program Plaza can run"), "{bad}");

    // Organizers read what the program wrote to stderr.
    let challenge = app.env.store.challenge_by_slug("uk-aurn-air-quality-2020").await.expect("q").expect("challenge");
    let olga = app.user("olga@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let seen = organizer.get(&entry).await.text();
    assert!(seen.contains("--- case 1 ---") && seen.contains("debug: first hidden row was 17.5"), "{seen}");
}

#[tokio::test]
async fn an_upload_over_the_size_limit_is_refused_with_413() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let token = app.env.store.create_scoped_api_token(ana.id, "cli", TokenScope::Submit).await.expect("token").secret;
    let api = "/api/v1/challenges/noaa-daily-weather/tracks/predict/submissions";
    let huge = vec![b'0'; plaza_web_limit() as usize + 1];
    let (content_type, body) = multipart_body(&[], ("file", "p.csv", &huge));
    let request = Request::post(api)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::from(body))
        .expect("request");
    let refused = app.request(request).await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", refused.text());
    let json: serde_json::Value = serde_json::from_slice(&refused.body).expect("json");
    assert!(json["error"].as_str().expect("message").contains("larger than 100 MB"), "{json}");
    assert!(app.env.store.pending_job_count().await.expect("jobs") == 0, "nothing was queued");
}

/// The largest upload the site accepts: 100 MB.
fn plaza_web_limit() -> u64 {
    100 * 1024 * 1024
}

#[tokio::test]
async fn publishing_results_shows_the_final_private_ranking() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let sent = browser.post_file(&format!("{TRACK}/submissions"), "p.csv", &predictions()).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    app.run_scoring().await;
    let board = app.get(&format!("{TRACK}/leaderboard")).await.text();
    assert!(board.contains("Final ranks use the private part"), "{board}");

    // The challenge closes (its bundle is imported again with an earlier deadline).
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&plaza_store::testing::examples_dir().join("noaa-daily-weather"), dir.path());
    let manifest = std::fs::read_to_string(dir.path().join("challenge.toml")).expect("manifest");
    let manifest = manifest.replace("closes_at = \"2027-06-30T23:59:59Z\"", "closes_at = \"2026-11-01T00:00:00Z\"");
    std::fs::write(dir.path().join("challenge.toml"), manifest).expect("write");
    app.import(dir.path()).await;

    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("challenge");
    let olga = app.user("olga@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let manage = organizer.get("/challenges/noaa-daily-weather/manage").await.text();
    assert!(manage.contains("Publish the results"), "{manage}");
    let published = organizer.post("/challenges/noaa-daily-weather/manage/publish", &[("confirm", "yes")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    let board = app.get(&format!("{TRACK}/leaderboard")).await.text();
    assert!(board.contains("Final ranking on the private part"), "{board}");
    assert!(board.contains("<th scope=\"row\">Ana</th>"), "{board}");
    let winners = app.get("/challenges/noaa-daily-weather/winners").await.text();
    assert!(winners.contains("Final leaderboards"), "{winners}");
}

/// A 4 MB module of a million empty functions, the compiler bomb of the
/// security report, written byte by byte.
fn million_function_module() -> Vec<u8> {
    const FUNCTIONS: usize = 1_000_000;
    let leb = |mut n: usize, out: &mut Vec<u8>| loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    };
    let section = |id: u8, body: Vec<u8>, out: &mut Vec<u8>| {
        out.push(id);
        leb(body.len(), out);
        out.extend_from_slice(&body);
    };
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    section(1, vec![1, 0x60, 0, 0], &mut wasm);
    let mut functions = Vec::new();
    leb(FUNCTIONS, &mut functions);
    functions.resize(functions.len() + FUNCTIONS, 0);
    section(3, functions, &mut wasm);
    section(7, vec![1, 6, b'_', b's', b't', b'a', b'r', b't', 0, 0], &mut wasm);
    let mut code = Vec::new();
    leb(FUNCTIONS, &mut code);
    for _ in 0..FUNCTIONS {
        code.extend_from_slice(&[2, 0, 0x0b]);
    }
    section(10, code, &mut wasm);
    wasm
}

#[tokio::test]
async fn a_module_of_a_million_functions_gets_a_compile_error_with_a_plain_message() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let code = "/challenges/uk-aurn-air-quality-2020/tracks/program";
    // Refused at upload, before anything is stored or queued, and it uses no slot.
    let sent = browser.post_file(&format!("{code}/submissions"), "bomb.wasm", &million_function_module()).await;
    assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", sent.text());
    let page = sent.text();
    assert!(page.contains("The module has 1,000,000 functions; Plaza compiles modules with at most 50,000."), "{page}");
    assert!(page.contains("does not count"), "{page}");
    assert_eq!(app.run_scoring().await, 0, "nothing was queued");
    // A worker that meets such a module anyway (sent before this check
    // existed, or by another route) gives it a compile error: see the
    // sandbox's module_bounds tests.
}
