//! Always a next step for residents: after joining a challenge the page says
//! what to do; sign-in links lead where the person was going; predictions
//! tracks offer a sample file and the file to predict from; an entry shows
//! its rank; the account page lists a person's ideas and entries; and a
//! spreadsheet sent as predictions is refused with what to do.

use std::io::Write;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::scoring::SPREADSHEET_MESSAGE;
use plaza_core::{TokenScope, TrackSettings};
use plaza_store::BlobStore;
use plaza_tests::{PUBLIC_URL, TestApp, link_in, multipart_body, write_ideas_bundle};
use tokio::io::AsyncReadExt;

const NOAA: &str = "/challenges/noaa-daily-weather";
const CHICAGO: &str = "/challenges/chicago-food-inspections";

/// The first two cells of every line of a CSV file without quotes.
fn pairs(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(|line| {
            let mut cells = line.trim_end_matches('\r').split(',');
            (cells.next().unwrap_or_default().to_owned(), cells.next().unwrap_or_default().to_owned())
        })
        .collect()
}

/// NOAA predictions that are right most of the time.
fn good_predictions() -> Vec<u8> {
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv"))
            .expect("answers");
    let mut out = String::from("day_id,rain_tomorrow\n");
    for (id, target) in pairs(&answers).into_iter().skip(1) {
        out.push_str(&format!("{id},{}\n", if target == "1" { 0.9 } else { 0.1 }));
    }
    out.into_bytes()
}

/// A workbook as Excel saves it: a zip file with the Office Open XML parts.
fn xlsx() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in [
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
        ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>"),
        ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet><c><v>day_id</v></c></worksheet>"),
    ] {
        zip.start_file(name, zip::write::SimpleFileOptions::default()).expect("start");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

async fn read_blob(app: &TestApp, sha256: &str) -> String {
    let mut bytes = Vec::new();
    let mut reader = app.env.blobs.open(sha256).await.expect("open").expect("stored");
    reader.read_to_end(&mut bytes).await.expect("read");
    String::from_utf8(bytes).expect("utf-8")
}

#[tokio::test]
async fn making_a_team_or_joining_one_lands_on_a_page_that_says_what_to_do_next() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;

    let made = browser.post(&format!("{CHICAGO}/team"), &[("name", "Safe kitchens")]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.text());
    assert_eq!(made.location(), format!("{CHICAGO}/team?notice=created"));
    let page = browser.get(&made.location()).await.text();
    assert!(page.contains("Your team is ready: you have entered this challenge."), "{page}");
    assert!(page.contains("What to do next"), "{page}");
    assert!(
        page.contains(&format!(
            "<a href=\"{CHICAGO}/tracks/predict\"><strong>Send predictions: Predict which inspections"
        )),
        "a predictions track leads to its page: {page}"
    );
    assert!(
        page.contains(&format!("<a href=\"{CHICAGO}/tracks/ideas/ideas/new\"><strong>Write an idea:")),
        "an ideas track leads to the idea form: {page}"
    );

    // Someone joining through a link lands on the same next steps.
    let with_link = browser.post(&format!("{CHICAGO}/team/link"), &[]).await.text();
    let join = link_in(&with_link, &format!("{PUBLIC_URL}/teams/join/")).expect("an invitation link");
    let bo = app.user("bo@example.org", "Bo").await;
    let mut other = app.browser();
    other.sign_in_as(&bo).await;
    let joined = other.post(&join, &[]).await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.text());
    assert_eq!(joined.location(), format!("{CHICAGO}/team?notice=joined"));
    let page = other.get(&joined.location()).await.text();
    assert!(page.contains("You joined the team: you have entered this challenge."), "{page}");
    assert!(page.contains("What to do next") && page.contains("/tracks/ideas/ideas/new"), "{page}");

    // A code track says to send a program.
    let made = browser.post("/challenges/uk-aurn-air-quality-2020/team", &[("name", "Clean air")]).await;
    let page = browser.get(&made.location()).await.text();
    assert!(page.contains("<strong>Send a program: "), "{page}");
    assert!(page.contains("<strong>Send predictions: "), "{page}");

    // No team yet: no next steps, the form to make one.
    let cy = app.user("cy@example.org", "Cy").await;
    let mut third = app.browser();
    third.sign_in_as(&cy).await;
    let page = third.get(&format!("{CHICAGO}/team")).await.text();
    assert!(!page.contains("What to do next") && page.contains("Enter this challenge"), "{page}");
    let unknown = third.get(&format!("{CHICAGO}/team?notice=%3Cscript%3E")).await.text();
    assert!(!unknown.contains("class=\"notice\""), "an unknown notice shows nothing: {unknown}");
}

#[tokio::test]
async fn sign_in_links_on_an_ideas_track_lead_to_the_idea_form() {
    let app = TestApp::with_examples().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;

    // A challenge with one ideas track: the main button goes to its form.
    let form = "/challenges/park-ideas/tracks/ideas/ideas/new";
    let page = app.get("/challenges/park-ideas").await.text();
    assert!(page.contains(&format!("href=\"/sign-in?next={form}\">Sign in to take part</a>")), "{page}");
    assert!(!page.contains("/sign-in?next=/challenges/park-ideas/team"), "{page}");
    let track = app.get("/challenges/park-ideas/tracks/ideas").await.text();
    assert!(track.contains(&format!("href=\"/sign-in?next={form}\"")), "{track}");

    // Several tracks: the main button shows them, each with its own sign-in.
    let page = app.get(CHICAGO).await.text();
    assert!(page.contains("href=\"#tracks\">Choose how to take part</a>"), "{page}");
    assert!(page.contains(&format!("href=\"/sign-in?next={CHICAGO}/tracks/ideas/ideas/new\">Sign in to send an idea")));
    // One predictions track: sign in, then its page.
    let page = app.get(NOAA).await.text();
    assert!(page.contains(&format!("href=\"/sign-in?next={NOAA}/tracks/predict\">Sign in to take part</a>")), "{page}");

    // Following the link: sign in by email, land on the idea form.
    app.user("rosa@example.org", "Rosa").await;
    let mut browser = app.browser();
    browser.get(&format!("/sign-in?next={form}")).await;
    let asked = browser.post("/sign-in", &[("email", "rosa@example.org"), ("next", form)]).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.text());
    let mail = app.last_email_to("rosa@example.org").await.expect("a sign-in email");
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/sign-in/link")).expect("a link");
    let followed = browser.get(&link).await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER, "{}", followed.text());
    assert_eq!(followed.location(), form);
    let landed = browser.get(form).await;
    assert_eq!(landed.status, StatusCode::OK, "{}", landed.text());
    assert!(landed.text().contains("name=\"title\""), "the idea form: {}", landed.text());

    // Signed in, the challenge page's links go straight to the form.
    let page = browser.get("/challenges/park-ideas").await.text();
    assert!(page.contains(&format!("href=\"{form}\">Write an idea</a>")), "{page}");
}

#[tokio::test]
async fn every_predictions_track_offers_a_sample_file_with_every_id_and_no_answer() {
    let app = TestApp::with_examples().await;
    let mut checked = 0;
    for challenge in app.env.store.list_challenges().await.expect("list") {
        for track in app.env.store.tracks(challenge.id).await.expect("tracks") {
            let url = format!("/challenges/{}/tracks/{}/sample.csv", challenge.slug, track.slug);
            let TrackSettings::Predictions { metric, id_column, target_column, answers, .. } = &track.settings else {
                let refused = app.get(&url).await;
                assert_eq!(refused.status, StatusCode::NOT_FOUND, "{url}");
                let expected = if track.kind() == plaza_core::TrackKind::Code {
                    "takes programs, not predictions files, so it has no sample file"
                } else {
                    "takes ideas, not files, so it has no sample file"
                };
                assert!(refused.text().contains(expected), "{url}: {}", refused.text());
                continue;
            };
            let response = app.get(&url).await;
            assert_eq!(response.status, StatusCode::OK, "{url}: {}", response.text());
            assert_eq!(response.header("content-type"), "text/csv; charset=utf-8");
            assert_eq!(
                response.header("content-disposition"),
                format!("attachment; filename=\"{}-{}-sample.csv\"", challenge.slug, track.slug)
            );
            let sample = response.text();
            let hidden = read_blob(&app, &answers.sha256).await;
            let hidden_rows = pairs(&hidden);
            let rows = pairs(&sample);
            assert_eq!(rows[0], (id_column.clone(), target_column.clone()), "{url}: the header");
            assert_eq!(sample.lines().next(), Some(format!("{id_column},{target_column}").as_str()), "{url}");
            let ids: Vec<&str> = rows[1..].iter().map(|(id, _)| id.as_str()).collect();
            let hidden_ids: Vec<&str> = hidden_rows[1..].iter().map(|(id, _)| id.as_str()).collect();
            assert_eq!(ids, hidden_ids, "{url}: every id once, in the answers' order");
            let constant =
                if matches!(metric, plaza_core::Metric::RocAuc | plaza_core::Metric::LogLoss) { "0.5" } else { "0" };
            assert!(rows[1..].iter().all(|(_, value)| value == constant), "{url}: one constant guess, {constant}");
            for word in ["Usage", "Public", "Private"] {
                assert!(!sample.contains(word), "{url} names {word}");
            }
            for line in hidden.lines().skip(1) {
                assert!(!sample.contains(line.trim_end_matches('\r')), "{url} holds the hidden line {line}");
            }
            assert_eq!(app.get(&url).await.body, response.body, "{url}: the same file every time");
            checked += 1;
        }
    }
    assert_eq!(checked, 4, "the four example predictions tracks");
    assert_eq!(app.get(&format!("{NOAA}/tracks/nope/sample.csv")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/challenges/nope/tracks/predict/sample.csv").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_sample_file_is_a_valid_entry_and_the_track_page_links_it_and_the_file_to_predict_from() {
    let app = TestApp::with_examples().await;
    let page = app.get(&format!("{CHICAGO}/tracks/predict")).await.text();
    assert!(
        page.contains(&format!(
            "<a href=\"{CHICAGO}/tracks/predict/sample.csv\" download>Start from the sample file</a>"
        )),
        "{page}"
    );
    let start = &page[page.find("Where to start").expect("the section")..page.find("Send an entry").expect("then")];
    assert!(start.contains(&format!("{CHICAGO}/data/inspections-test-features/download")), "{start}");
    assert!(!start.contains("inspections-train"), "the test file, not the training file: {start}");
    let code = app.get("/challenges/uk-aurn-air-quality-2020/tracks/program").await.text();
    assert!(!code.contains("sample.csv"), "code tracks have no sample file");
    assert!(code.contains("/challenges/uk-aurn-air-quality-2020/data/no2-test-features/download"), "{code}");

    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let sample = app.get(&format!("{NOAA}/tracks/predict/sample.csv")).await.body;
    let sent = browser.post_file(&format!("{NOAA}/tracks/predict/submissions"), "sample.csv", &sample).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    app.run_scoring().await;
    let entry = browser.get(&sent.location()).await.text();
    assert!(entry.contains("Public score") && entry.contains("0.500000"), "a coin toss scores 0.5: {entry}");
}

#[tokio::test]
async fn the_entry_page_shows_the_rank_on_the_public_leaderboard_and_never_a_private_one() {
    let app = TestApp::with_examples().await;
    let track = format!("{NOAA}/tracks/predict");
    let sample = app.get(&format!("{track}/sample.csv")).await.body;
    let (ana, bo) = (app.user("ana@example.org", "Ana").await, app.user("bo@example.org", "Bo").await);
    let (mut a, mut b) = (app.browser(), app.browser());
    a.sign_in_as(&ana).await;
    b.sign_in_as(&bo).await;
    let best = a.post_file(&format!("{track}/submissions"), "good.csv", &good_predictions()).await.location();
    let worse = a.post_file(&format!("{track}/submissions"), "coin.csv", &sample).await.location();
    let bos = b.post_file(&format!("{track}/submissions"), "coin.csv", &sample).await.location();
    app.run_scoring().await;

    let page = a.get(&best).await.text();
    assert!(
        page.contains("This entry is your team's best: it ranks <strong>1 of 2</strong> on the public leaderboard."),
        "{page}"
    );
    assert!(page.contains(&format!("<a href=\"{track}/leaderboard\">See the leaderboard</a>")), "{page}");
    let page = a.get(&worse).await.text();
    assert!(
        page.contains(&format!(
            "Your team's <a href=\"{best}\">best entry</a> ranks <strong>1 of 2</strong> on the public leaderboard."
        )),
        "{page}"
    );
    let page = b.get(&bos).await.text();
    assert!(page.contains("ranks <strong>2 of 2</strong> on the public leaderboard"), "{page}");
    for (url, text) in [(&best, a.get(&best).await.text()), (&bos, b.get(&bos).await.text())] {
        assert!(!text.contains("final leaderboard") && !text.contains("Private"), "{url}: {text}");
        let id: i64 = url.trim_start_matches("/submissions/").parse().expect("id");
        let entry = app.env.store.submission(id).await.expect("read").expect("entry");
        let (public, private) = (entry.public_score.expect("public"), entry.private_score.expect("private"));
        if format!("{public:.6}") != format!("{private:.6}") {
            assert!(!text.contains(&format!("{private:.6}")), "{url} shows the private score");
        }
    }
}

#[tokio::test]
async fn a_spreadsheet_sent_as_predictions_is_refused_with_what_to_do_and_is_not_an_entry() {
    let app = TestApp::with_examples().await;
    let track = format!("{NOAA}/tracks/predict");
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let sent = browser.post_file(&format!("{track}/submissions"), "guesses.xlsx", &xlsx()).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    app.run_scoring().await;
    let page = browser.get(&sent.location()).await.text();
    assert!(
        page.contains(
            "This is an Excel file. Save it as CSV (in Excel: File &gt; Save As &gt; CSV) and send that file."
        ),
        "{page}"
    );
    assert!(!page.contains("found: PK") && !page.contains("PK\u{3}"), "{page}");
    let track_page = browser.get(&track).await.text();
    assert!(track_page.contains("<strong>5 of 5</strong> entries left today"), "not an entry: {track_page}");
    assert!(track_page.contains("up to 19 more such files today"), "a refused file: {track_page}");

    // An old .xls file, through the API: the same plain message.
    let token = app.env.store.create_scoped_api_token(ana.id, "cli", TokenScope::Submit).await.expect("token").secret;
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.extend_from_slice(&[0; 512]);
    let (content_type, body) = multipart_body(&[], ("file", "guesses.xls", &xls));
    let request = Request::post("/api/v1/challenges/noaa-daily-weather/tracks/predict/submissions")
        .header(header::CONTENT_TYPE, content_type)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::from(body))
        .expect("request");
    let accepted = app.request(request).await;
    assert_eq!(accepted.status, StatusCode::ACCEPTED, "{}", accepted.text());
    let queued: serde_json::Value = serde_json::from_slice(&accepted.body).expect("json");
    app.run_scoring().await;
    let url = queued["url"].as_str().expect("url");
    let shown: serde_json::Value = serde_json::from_slice(&app.get_with_token(url, &token).await.body).expect("json");
    assert_eq!(shown["verdict"], "invalid_output", "{shown}");
    assert!(shown["public_score"].is_null(), "{shown}");
    assert_eq!(shown["message"], SPREADSHEET_MESSAGE, "{shown}");
    assert!(browser.get(&track).await.text().contains("<strong>5 of 5</strong> entries left today"));
}

#[tokio::test]
async fn the_account_page_lists_a_persons_ideas_and_entries_at_its_end() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let empty = browser.get("/account").await.text();
    assert!(empty.contains("You have not sent an idea or an entry yet."), "{empty}");

    let saved = browser
        .post(&format!("{CHICAGO}/tracks/ideas/ideas"), &[("title", "Inspect after complaints"), ("action", "save")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let idea_url = saved.location().split('?').next().expect("path").to_owned();
    let sent =
        browser.post_file(&format!("{NOAA}/tracks/predict/submissions"), "my-guesses.csv", &good_predictions()).await;
    let entry_url = sent.location();
    app.run_scoring().await;

    // Someone else's work is not listed.
    let bo = app.user("bo@example.org", "Bo").await;
    let mut other = app.browser();
    other.sign_in_as(&bo).await;
    other.post(&format!("{CHICAGO}/tracks/ideas/ideas"), &[("title", "Bo's own idea"), ("action", "save")]).await;

    let page = browser.get("/account").await.text();
    let section = &page[page.find("Your ideas and entries").expect("the section")..];
    assert!(page.find("Your ideas and entries") > page.find("Sign out everywhere"), "at the end of the page");
    assert!(section.contains(&format!("<a href=\"{idea_url}\">Inspect after complaints</a>")), "{section}");
    assert!(section.contains("Find critical food-safety violations sooner"), "{section}");
    assert!(section.contains("Draft"), "the idea's status: {section}");
    assert!(section.contains(&format!("<a href=\"{entry_url}\">my-guesses.csv</a>")), "{section}");
    assert!(section.contains("Predict rain tomorrow") && section.contains("Scored"), "{section}");
    let id: i64 = entry_url.trim_start_matches("/submissions/").parse().expect("id");
    let entry = app.env.store.submission(id).await.expect("read").expect("entry");
    assert!(section.contains(&format!("{:.6}", entry.public_score.expect("scored"))), "{section}");
    assert!(!section.contains("Bo&#x27;s own idea") && !section.contains("Bo's own idea"), "{section}");
}
