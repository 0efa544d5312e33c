//! What a hostile (or careless) visitor sends: bodies larger than any form,
//! ids no row can have, uploads refused for their token, state or quota,
//! too many final choices, unreadable predictions files, and redirects to
//! other sites. Each is refused with a plain message, costs bounded work and
//! memory, and writes nothing.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_store::BlobStore as _;
use plaza_tests::{TestApp, multipart_body};
use plaza_web::{BodyLimit, ROUTES};

const TRACK: &str = "/challenges/noaa-daily-weather/tracks/predict";

/// Predictions for every hidden id of the NOAA track.
fn predictions() -> Vec<u8> {
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv"))
            .expect("answers");
    let mut out = String::from("day_id,rain_tomorrow\n");
    for line in answers.lines().skip(1) {
        let id = line.split(',').next().expect("id");
        out.push_str(&format!("{id},0.5\n"));
    }
    out.into_bytes()
}

/// Files in the blob store (not counting unfinished writes).
fn stored_blobs(app: &TestApp) -> usize {
    let root = app.env.data_dir().join("blobs");
    std::fs::read_dir(&root)
        .expect("blobs")
        .filter_map(Result::ok)
        .filter(|d| d.file_name() != "tmp" && d.path().is_dir())
        .map(|d| std::fs::read_dir(d.path()).expect("dir").count())
        .sum()
}

/// Resident memory of this process, in bytes (Linux).
fn rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("VmRSS");
    line.split_whitespace().nth(1).and_then(|kb| kb.parse::<u64>().ok()).expect("kB") * 1024
}

#[tokio::test]
async fn a_body_larger_than_a_form_is_refused_on_every_form_route_before_it_is_read() {
    let app = TestApp::with_examples().await;
    let admin = admin(&app).await;
    let mut browser = app.browser();
    browser.sign_in_as(&admin).await;
    browser.get("/").await;
    let token = browser.cookie("plaza_csrf").expect("csrf cookie");
    let mut problems = Vec::new();
    for route in ROUTES.iter().filter(|r| r.method == "post" && r.body == BodyLimit::Form) {
        let path = route
            .path
            .replace("{slug}", "chicago-food-inspections")
            .replace("{track}", "predict")
            .replace("{id}", "1")
            .replace("{file}", "1")
            .replace("{judge}", "1")
            .replace("{token}", &"0".repeat(64));
        let body = format!("csrf_token={token}&x={}", "a".repeat(200 * 1024));
        let request = Request::post(&path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        let response = browser.send(request, Body::from(body)).await;
        // Refused for the size, or for the role before the body is read.
        let refused = [StatusCode::PAYLOAD_TOO_LARGE, StatusCode::NOT_FOUND, StatusCode::FORBIDDEN];
        if !refused.contains(&response.status) {
            problems.push(format!("POST {path}: {}", response.status));
        }
    }
    assert!(problems.is_empty(), "routes that read a 200 KB form body: {problems:#?}");
}

#[tokio::test]
async fn a_hundred_megabyte_body_to_the_selection_form_costs_no_memory() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    browser.get("/").await;
    let token = browser.cookie("plaza_csrf").expect("csrf cookie");
    let mut body = format!("csrf_token={token}&selected=").into_bytes();
    body.resize(100 << 20, b'1');
    // The body is in memory before the baseline is read: what grows after is the server's.
    let before = rss_bytes();
    let request =
        Request::post(format!("{TRACK}/selection")).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let response = browser.send(request, Body::from(body)).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", response.text());
    assert!(response.text().contains("This form is larger than we accept"), "{}", response.text());
    let grown = rss_bytes().saturating_sub(before);
    assert!(grown < 64 << 20, "the server grew by {} MB reading a refused body", grown >> 20);
}

#[tokio::test]
async fn ids_no_row_can_have_are_not_found_on_every_route() {
    let app = TestApp::with_examples().await;
    let admin = admin(&app).await;
    let mut browser = app.browser();
    browser.sign_in_as(&admin).await;
    let mut problems = Vec::new();
    for route in ROUTES.iter().filter(|r| ["{id}", "{file}", "{judge}"].iter().any(|p| r.path.contains(p))) {
        for id in ["4294967296", "2147483648", "-1", "0", "99999999999999999999999", "1e3"] {
            let path = route
                .path
                .replace("{slug}", "chicago-food-inspections")
                .replace("{track}", if route.path.contains("judging") { "ideas" } else { "predict" })
                .replace("{id}", id)
                .replace("{file}", id)
                .replace("{judge}", id);
            let response = match route.method {
                "get" => browser.get(&path).await,
                _ => browser.post(&path, &[]).await,
            };
            if response.status != StatusCode::NOT_FOUND {
                problems.push(format!("{} {path}: {}", route.method, response.status));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let api = app.get("/api/v1/submissions/4294967296").await;
    assert!(api.header("content-type").starts_with("application/json"), "the API answers in JSON");
}

#[tokio::test]
async fn uploads_refused_for_their_token_the_terms_or_the_daily_limit_store_nothing() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    browser.get("/").await;
    let file = predictions();
    let before = stored_blobs(&app);

    // A wrong token: refused, nothing stored.
    let (content_type, body) = multipart_body(&[("csrf_token", &"0".repeat(64))], ("file", "p.csv", &file));
    let refused = browser
        .send(
            Request::post(format!("{TRACK}/submissions")).header(header::CONTENT_TYPE, content_type),
            Body::from(body),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    // No token at all.
    let (content_type, body) = multipart_body(&[], ("file", "p.csv", &file));
    let refused = browser
        .send(
            Request::post(format!("{TRACK}/submissions")).header(header::CONTENT_TYPE, content_type),
            Body::from(body),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    assert_eq!(stored_blobs(&app), before, "refused uploads store no file");

    // Terms not accepted: refused, nothing stored.
    let email = plaza_core::Email::parse("bo@example.org").expect("email");
    let bo = app.env.store.create_user(&email, "Bo", false).await.expect("bo has not agreed to the terms");
    let mut bo_browser = app.browser();
    bo_browser.sign_in_as(&bo).await;
    let refused = bo_browser.post_file(&format!("{TRACK}/submissions"), "p.csv", &file).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    assert_eq!(stored_blobs(&app), before, "an upload refused for the terms stores no file");

    // Five entries use the day; the sixth, a different file, is refused and not stored.
    for _ in 0..5 {
        let sent = browser.post_file(&format!("{TRACK}/submissions"), "p.csv", &predictions()).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    }
    let stored = stored_blobs(&app);
    let sixth = browser.post_file(&format!("{TRACK}/submissions"), "other.csv", b"day_id,rain_tomorrow\n1,0.1\n").await;
    assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS, "{}", sixth.text());
    assert!(sixth.text().contains("used its 5 entries for today"), "{}", sixth.text());
    assert_eq!(stored_blobs(&app), stored, "an upload over the daily limit stores no file");
}

#[tokio::test]
async fn the_sweep_removes_old_files_no_row_names_and_keeps_the_rest() {
    let app = TestApp::with_examples().await;
    let before = stored_blobs(&app);
    let orphan = app.env.blobs.put_bytes(b"a refused upload").await.expect("put");
    // Within the grace period nothing is removed, named or not.
    let report = app.env.store.sweep_blobs(&app.env.blobs, Duration::from_secs(3600)).await.expect("sweep");
    assert_eq!(report.removed, 0);
    assert!(app.env.blobs.exists(&orphan.sha256).await.expect("exists"));
    // Past it, only the file no row names goes.
    let report = app.env.store.sweep_blobs(&app.env.blobs, Duration::ZERO).await.expect("sweep");
    assert_eq!(report.removed, 1, "{report:?}");
    assert!(!app.env.blobs.exists(&orphan.sha256).await.expect("exists"));
    assert_eq!(stored_blobs(&app), before, "every imported file (datasets, answers, bundles) is kept");
    // The example challenges still serve their data and score entries.
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let sent = browser.post_file(&format!("{TRACK}/submissions"), "p.csv", &predictions()).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    assert_eq!(app.run_scoring().await, 1);
    assert!(browser.get(&sent.location()).await.text().contains("Public score"));
}

#[tokio::test]
async fn a_team_chooses_at_most_final_selections_entries_for_the_final_ranking() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let sent = browser.post_file(&format!("{TRACK}/submissions"), "p.csv", &predictions()).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
        ids.push(sent.location().trim_start_matches("/submissions/").to_owned());
    }
    app.run_scoring().await;
    let page = browser.get(TRACK).await.text();
    assert!(page.contains("Tick at most 2 entries"), "{page}");

    let three: Vec<(&str, &str)> = ids.iter().map(|id| ("selected", id.as_str())).collect();
    let refused = browser.post(&format!("{TRACK}/selection"), &three).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text());
    assert!(refused.text().contains("You chose 3 entries, but each team may choose at most 2"), "{}", refused.text());
    let team = app.env.store.team_of(challenge_id(&app).await, ana.id).await.expect("team").expect("a team");
    let track = app.env.store.tracks(challenge_id(&app).await).await.expect("tracks");
    let track = track.iter().find(|t| t.slug.as_str() == "predict").expect("track");
    let chosen = |subs: Vec<plaza_core::Submission>| subs.iter().filter(|s| s.selected).count();
    assert_eq!(chosen(app.env.store.team_submissions(team.id, track.id).await.expect("entries")), 0);

    let two: Vec<(&str, &str)> = ids.iter().take(2).map(|id| ("selected", id.as_str())).collect();
    let saved = browser.post(&format!("{TRACK}/selection"), &two).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(chosen(app.env.store.team_submissions(team.id, track.id).await.expect("entries")), 2);
    // Repeating an id does not get around the limit, nor count twice.
    let repeated = [("selected", ids[2].as_str()), ("selected", ids[2].as_str())];
    let saved = browser.post(&format!("{TRACK}/selection"), &repeated).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(chosen(app.env.store.team_submissions(team.id, track.id).await.expect("entries")), 1);
}

async fn admin(app: &TestApp) -> plaza_core::User {
    let email = plaza_core::Email::parse("root@example.org").expect("email");
    app.env.store.create_user(&email, "Root", true).await.expect("admin")
}

async fn challenge_id(app: &TestApp) -> i64 {
    app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("lookup").expect("challenge").id
}

#[tokio::test]
async fn unreadable_predictions_files_do_not_use_the_day_and_have_a_cap_of_their_own() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let page = browser.get(TRACK).await.text();
    assert!(page.contains("does not use one of them"), "the page says so: {page}");
    for _ in 0..4 {
        let sent = browser.post_file(&format!("{TRACK}/submissions"), "bad.csv", b"wrong,header\n1,2\n").await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    }
    let sent = browser.post_file(&format!("{TRACK}/submissions"), "p.csv", &predictions()).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    assert_eq!(app.run_scoring().await, 5);
    let page = browser.get(TRACK).await.text();
    assert!(page.contains("<strong>4 of 5</strong> entries left today"), "{page}");
    assert!(page.contains("up to 16 more such files today"), "{page}");

    // The cap on refused files: 16 more unreadable files, then a plain refusal.
    for _ in 0..16 {
        let sent = browser.post_file(&format!("{TRACK}/submissions"), "bad.csv", b"wrong,header\n1,2\n").await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
        app.run_scoring().await;
    }
    let capped = browser.post_file(&format!("{TRACK}/submissions"), "bad.csv", b"wrong,header\n1,2\n").await;
    assert_eq!(capped.status, StatusCode::TOO_MANY_REQUESTS, "{}", capped.text());
    assert!(capped.text().contains("20 files today that could not be read"), "{}", capped.text());

    // The leaderboard counts every checked entry of the team.
    let board = app.get(&format!("{TRACK}/leaderboard")).await.text();
    assert!(
        board.contains("<th scope=\"row\">Ana</th><td>0.500000</td><td>21</td>") || board.contains("<td>21</td>"),
        "{board}"
    );
}

#[tokio::test]
async fn a_next_path_with_control_characters_never_leaves_the_site_nor_fails() {
    let app = TestApp::with_examples().await;
    for next in ["/%09/evil.example/phish", "/%7F", "%2F%2Fevil.example", "/%5Cevil.example", "/%0d%0aSet-Cookie:x=1"] {
        let page = app.get(&format!("/sign-in?next={next}")).await;
        assert_eq!(page.status, StatusCode::OK, "{next}: {}", page.text());
        assert!(!page.text().contains("evil.example"), "{next} survived into the page");
    }
}

#[tokio::test]
async fn a_dataset_download_may_be_cached_and_so_carries_no_cookie() {
    let app = TestApp::with_examples().await;
    let download = app.get("/challenges/noaa-daily-weather/data/weather-train/download").await;
    assert_eq!(download.status, StatusCode::OK, "{}", download.text());
    assert!(download.headers.get(header::SET_COOKIE).is_none(), "{:?}", download.headers);
    // Pages still give a first-time visitor the cookie their forms need.
    let page = app.get("/").await;
    assert!(page.header("set-cookie").starts_with("plaza_csrf="), "{:?}", page.headers);
}

/// Garbage sent to the form readers and the upload reader (what a fuzzer
/// would send): refused with a 4xx, never a server error, and nothing stored.
#[tokio::test]
async fn garbage_forms_and_uploads_are_refused_without_a_server_error() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    browser.get("/").await;
    let token = browser.cookie("plaza_csrf").expect("csrf cookie");
    let before = stored_blobs(&app);
    let mut runner = TestRunner::deterministic();
    let bodies = proptest::collection::vec(proptest::num::u8::ANY, 0..8192);
    let boundaries = "[a-zA-Z0-9'()+_,./:=? -]{0,80}";
    let mut problems = Vec::new();
    for case in 0..96 {
        let mut body = bodies.new_tree(&mut runner).expect("body").current();
        if case % 3 == 0 {
            // A valid token first, so that the reader gets past it.
            let mut with_token = format!("csrf_token={token}&").into_bytes();
            with_token.append(&mut body);
            body = with_token;
        }
        let boundary = boundaries.new_tree(&mut runner).expect("boundary").current();
        for (path, content_type) in [
            ("/sign-in".to_owned(), "application/x-www-form-urlencoded".to_owned()),
            (format!("{TRACK}/selection"), "application/x-www-form-urlencoded".to_owned()),
            ("/account/profile".to_owned(), "application/x-www-form-urlencoded".to_owned()),
            (format!("{TRACK}/submissions"), format!("multipart/form-data; boundary={boundary}")),
            (format!("{TRACK}/submissions"), "multipart/form-data; boundary=plaza-test-boundary-7d3f".to_owned()),
        ] {
            let request = Request::post(&path).header(header::CONTENT_TYPE, content_type);
            let response = browser.send(request, Body::from(body.clone())).await;
            if response.status.is_server_error() || response.status.is_success() {
                problems.push(format!("POST {path} with {} bytes: {}", body.len(), response.status));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(stored_blobs(&app), before, "no garbage upload was stored");
    assert_eq!(app.run_scoring().await, 0, "no garbage upload was queued");
}

#[tokio::test]
async fn rotating_the_forwarded_for_header_does_not_get_around_the_sign_in_limit() {
    let env = plaza_store::testing::TestEnv::new().await;
    let settings = plaza_web::WebSettings { trusted_proxies: 1, ..plaza_tests::web_settings() };
    let state = plaza_web::AppState::new(
        env.store.clone(),
        std::sync::Arc::new(env.blobs.clone()) as std::sync::Arc<dyn plaza_store::BlobStore>,
        settings,
        plaza_web::Providers::new(Vec::new()).expect("providers"),
    )
    .expect("state");
    let app = TestApp { router: plaza_web::build_router(state), env };
    let mut browser = app.browser();
    browser.get("/").await;
    let token = browser.cookie("plaza_csrf").expect("csrf cookie");
    let mut sent = 0;
    for i in 0..40 {
        // The client writes any address it likes on the left; our proxy appends the real one.
        let forwarded = format!("198.51.100.{i}, 203.0.113.7");
        let body = format!("csrf_token={token}&email=person{i}%40example.org&next=%2F");
        let request = Request::post("/sign-in")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("x-forwarded-for", forwarded);
        let response = browser.send(request, Body::from(body)).await;
        if response.status == StatusCode::OK {
            sent += 1;
        } else {
            assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS, "{}", response.text());
        }
    }
    assert_eq!(sent, 30, "one client gets 30 sign-in links an hour, whatever it writes in X-Forwarded-For");
}
