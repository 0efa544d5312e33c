//! The public site and read API, through the real router, on the example bundles.

use axum::http::StatusCode;
use plaza_core::Email;
use plaza_store::testing::examples_dir;
use plaza_tests::TestApp;

#[tokio::test]
async fn home_lists_open_and_upcoming_challenges() {
    let app = TestApp::with_examples().await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("<h2 id=\"open-heading\">Open now</h2>"), "{html}");
    assert!(html.contains("Find critical food-safety violations sooner"));
    assert!(html.contains("<h2 id=\"upcoming-heading\">Opening soon</h2>"));
    assert!(html.contains("href=\"/challenges/toronto-street-trees\""));
    assert!(page.header("content-type").starts_with("text/html"));
}

#[tokio::test]
async fn a_challenge_page_explains_the_brief_timeline_tracks_and_data() {
    let app = TestApp::with_examples().await;
    let page = app.get("/challenges/chicago-food-inspections").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("City of Chicago, Department of Public Health"));
    assert!(html.contains("Closes in ") || html.contains("Closed on "), "timeline in words");
    assert!(html.contains("on 28 February 2027 at 23:59 UTC"));
    assert!(html.contains("Scoring: ROC AUC."), "metric explained");
    assert!(html.contains("how often you give a real") || html.contains("How often you give a real"));
    assert!(html.contains("How ideas are judged"), "ideas rubric");
    assert!(html.contains("/challenges/chicago-food-inspections/data/"), "links to data guides");
    assert!(!html.contains("<script"), "no script in the brief");
}

#[tokio::test]
async fn a_challenge_in_another_time_zone_tells_its_times_and_days_there() {
    let app = TestApp::with_examples().await;
    let html = app.get("/challenges/toronto-street-trees").await.text();
    // 2027-01-15T00:00Z is 7 pm the evening before in Toronto (EST); 2027-04-30T23:59Z is 7:59 pm (EDT).
    assert!(html.contains("14 January 2027 at 19:00 Toronto time"), "{html}");
    assert!(html.contains("30 April 2027 at 19:59 Toronto time"), "{html}");
    assert!(html.contains("days run midnight to midnight, Toronto time"), "{html}");
    assert!(!html.contains(" UTC"), "no time on the page is told in UTC");
    let api = app.get("/api/v1/challenges/toronto-street-trees").await.text();
    assert!(api.contains("2027-01-15T00:00:00Z"), "the API keeps RFC 3339 in UTC: {api}");
    assert!(api.contains("\"time_zone\":\"America/Toronto\""), "and names the zone: {api}");
}

#[tokio::test]
async fn a_data_guide_shows_dictionary_preview_licence_and_checksum() {
    let app = TestApp::with_examples().await;
    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists");
    let datasets = app.env.store.datasets(challenge.id).await.expect("datasets");
    let dataset = &datasets[0];
    let page = app.get(&format!("/challenges/noaa-daily-weather/data/{}", dataset.slug)).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("What each column means"));
    for column in &dataset.columns {
        assert!(html.contains(&format!("<code>{}</code>", column.name)), "column {} documented", column.name);
    }
    assert!(html.contains("The first rows"));
    assert!(html.contains(&dataset.blob.sha256));
    assert!(html.contains("Licence"));
    assert!(html.contains(" rows and "));
}

#[tokio::test]
async fn a_download_streams_the_exact_public_file() {
    let app = TestApp::with_examples().await;
    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists");
    let datasets = app.env.store.datasets(challenge.id).await.expect("datasets");
    let files = app.env.store.challenge_files(challenge.id).await.expect("files");
    for dataset in datasets {
        let response = app.get(&format!("/challenges/noaa-daily-weather/data/{}/download", dataset.slug)).await;
        assert_eq!(response.status, StatusCode::OK);
        assert!(response.header("content-disposition").starts_with("attachment; filename=\"noaa-daily-weather-"));
        assert_eq!(response.header("content-length"), dataset.blob.size.to_string());
        let file = files.iter().find(|f| f.blob == dataset.blob).expect("file row");
        let on_disk = std::fs::read(examples_dir().join("noaa-daily-weather").join(&file.path)).expect("read");
        assert_eq!(response.body, on_disk);
    }
}

#[tokio::test]
async fn unknown_pages_get_a_friendly_404_in_the_site_style() {
    let app = TestApp::with_examples().await;
    for path in [
        "/nope",
        "/challenges/no-such-challenge",
        "/challenges/noaa-daily-weather/data/nope",
        "/challenges/noaa-daily-weather/data/nope/download",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        let html = page.text();
        assert!(html.contains("Page not found"), "{path}: {html}");
        assert!(html.contains("/static/plaza.css"), "styled");
    }
}

#[tokio::test]
async fn error_pages_carry_the_sites_own_name() {
    let settings = plaza_web::WebSettings { site_name: "Open Data Springfield".into(), ..plaza_tests::web_settings() };
    let app = TestApp::with(settings, Vec::new()).await;
    let page = app.get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let html = page.text();
    assert!(html.contains("Open Data Springfield"), "{html}");
    assert!(!html.contains(">Plaza<"), "the default name does not leak in: {html}");
}

#[tokio::test]
async fn health_check_reports_ok() {
    let app = TestApp::empty().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.text(), r#"{"status":"ok"}"#);
}

#[tokio::test]
async fn an_empty_site_says_nothing_is_open() {
    let app = TestApp::empty().await;
    let html = app.get("/").await.text();
    assert!(html.contains("No challenge is open right now."));
}

#[tokio::test]
async fn the_api_lists_challenges_and_describes_one() {
    let app = TestApp::with_examples().await;
    let list = app.get("/api/v1/challenges").await;
    assert_eq!(list.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&list.body).expect("json");
    let slugs: Vec<&str> =
        json["challenges"].as_array().expect("array").iter().filter_map(|c| c["slug"].as_str()).collect();
    assert!(slugs.contains(&"chicago-food-inspections") && slugs.contains(&"noaa-daily-weather"), "{slugs:?}");

    let one = app.get("/api/v1/challenges/uk-aurn-air-quality-2020").await;
    assert_eq!(one.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&one.body).expect("json");
    assert_eq!(json["slug"], "uk-aurn-air-quality-2020");
    assert!(json["timeline"]["status"].is_string());
    let kinds: Vec<&str> =
        json["tracks"].as_array().expect("tracks").iter().filter_map(|t| t["kind"].as_str()).collect();
    assert_eq!(kinds, ["predictions", "code"]);
    assert_eq!(json["tracks"][0]["metric"], "rmse");
    assert_eq!(json["tracks"][0]["higher_is_better"], false);
    assert!(json["datasets"][0]["download_url"].as_str().expect("url").ends_with("/download"));
    let text = one.text();
    assert!(!text.contains("hidden/"), "no hidden path in the API");
}

#[tokio::test]
async fn api_errors_are_json_with_the_right_status() {
    let app = TestApp::with_examples().await;
    let missing = app.get("/api/v1/challenges/no-such-thing").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.text(), r#"{"error":"not found"}"#);
    let unknown_route = app.get("/api/v1/nothing-here").await;
    assert_eq!(unknown_route.status, StatusCode::NOT_FOUND);
    assert!(unknown_route.header("content-type").starts_with("application/json"));
}

#[tokio::test]
async fn bearer_tokens_authenticate_api_requests() {
    let app = TestApp::with_examples().await;
    let email = Email::parse("ana@example.org").expect("email");
    let user = app.env.store.create_user(&email, "Ana", false).await.expect("user");
    let token = app.env.store.create_api_token(user.id, "test").await.expect("token");

    let me = app.get_with_token("/api/v1/me", &token.secret).await;
    assert_eq!(me.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&me.body).expect("json");
    assert_eq!(json["email"], "ana@example.org");

    let anonymous = app.get("/api/v1/me").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert!(anonymous.text().contains("personal API token"));

    let wrong = app.get_with_token("/api/v1/challenges", "plaza_0000").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "a wrong token is refused, not ignored");
    assert!(wrong.text().contains("not valid"));
}

#[tokio::test]
async fn a_brief_with_script_is_sanitized() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let source = examples_dir().join("noaa-daily-weather");
    copy_dir(&source, dir.path());
    std::fs::write(
        dir.path().join("README.md"),
        "# Hello\n\n## Section\n\n<script>alert('x')</script>\n<a href=\"javascript:alert(1)\">x</a>\n",
    )
    .expect("write");
    app.import(dir.path()).await;
    let html = app.get("/challenges/noaa-daily-weather").await.text();
    assert!(html.contains("<h3>Section</h3>"), "brief headings sit under the page's own");
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("javascript:"));
}

#[tokio::test]
async fn pages_send_security_headers() {
    let app = TestApp::empty().await;
    let page = app.get("/").await;
    assert_eq!(page.header("x-content-type-options"), "nosniff");
    assert_eq!(page.header("x-frame-options"), "DENY");
    assert!(page.header("content-security-policy").contains("default-src 'self'"));
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
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
async fn columns_the_dictionary_leaves_out_are_listed_as_not_described() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&examples_dir().join("noaa-daily-weather"), dir.path());
    // Its translation describes the column removed below: a bundle would be refused for it.
    std::fs::remove_dir_all(dir.path().join("translations")).expect("no translations");
    let manifest = dir.path().join("challenge.toml");
    let text = std::fs::read_to_string(&manifest).expect("read");
    let first = text.find("[[datasets.columns]]").expect("a column block");
    let next = first + 1 + text[first + 1..].find("[[datasets.columns]]").expect("a second block");
    let removed = &text[first..next];
    let name =
        removed.lines().find_map(|l| l.strip_prefix("name = ")).expect("name").trim_matches(['"', '\'']).to_owned();
    std::fs::write(&manifest, format!("{}{}", &text[..first], &text[next..])).expect("write");
    app.import(dir.path()).await;
    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let dataset = &app.env.store.datasets(challenge.id).await.expect("datasets")[0];
    let page = app.get(&format!("/challenges/noaa-daily-weather/data/{}", dataset.slug)).await.text();
    assert!(page.contains("did not describe these other columns of the file"), "{page}");
    assert!(page.contains(&format!("<code>{name}</code>")), "{name}");
}

#[tokio::test]
async fn a_person_who_chose_a_time_zone_reads_times_in_theirs_too() {
    let app = TestApp::with_examples().await;
    let user = app.user("lena@example.org", "Lena").await;
    let mut lena = app.browser();
    lena.sign_in_as(&user).await;

    // A zone that does not exist is refused with its name, and nothing changes.
    let refused = lena.post("/account/time-zone", &[("time_zone", "Mars/Olympus_Mons")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("Mars/Olympus_Mons"), "{}", refused.text());
    let html = lena.get("/challenges/toronto-street-trees").await.text();
    assert!(html.contains("30 April 2027 at 19:59 Toronto time"), "{html}");
    assert!(!html.contains("London time"), "{html}");

    let saved = lena.post("/account/time-zone", &[("time_zone", "Europe/London")]).await;
    assert_eq!(saved.location(), "/account?saved=time-zone");
    let account = lena.get("/account?saved=time-zone").await.text();
    assert!(account.contains("Your time zone was saved."), "{account}");
    assert!(account.contains("value=\"Europe/London\""), "the form shows the choice: {account}");
    // 2027-04-30T23:59Z: 19:59 in Toronto (EDT), 00:59 the next day in London (BST).
    let html = lena.get("/challenges/toronto-street-trees").await.text();
    assert!(html.contains("30 April 2027 at 19:59 Toronto time (1 May 2027 at 00:59 London time)"), "{html}");
    assert!(html.contains("days run midnight to midnight, Toronto time"), "days stay the challenge's: {html}");
    // Someone signed out, and the API, are unchanged.
    assert!(!app.get("/challenges/toronto-street-trees").await.text().contains("London time"));
    assert!(app.get("/api/v1/challenges/toronto-street-trees").await.text().contains("2027-04-30T23:59:"));

    // Emptying the field goes back to the challenge's times only.
    lena.post("/account/time-zone", &[("time_zone", "")]).await;
    assert!(!lena.get("/challenges/toronto-street-trees").await.text().contains("London time"));
}
