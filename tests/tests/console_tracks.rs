//! Organizers make and change tracks in the browser: a predictions track
//! with hidden answers checked line by line as `plaza import` checks them
//! (nothing stored on a refusal), an ideas track with its questions,
//! audited edits, settings that stay once entries exist, new answers that
//! rescore every entry after a confirmation, and a bundle export that
//! imports back unchanged. Entrants reach none of it.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::{ChallengeRole, Track, TrackSettings};
use plaza_store::BlobStore;
use plaza_store::import::ImportOutcome;
use plaza_tests::{Browser, TestApp, TestResponse};

const SLUG: &str = "noaa-daily-weather";
const TRACKS: &str = "/challenges/noaa-daily-weather/manage/tracks";

fn answers() -> Vec<u8> {
    std::fs::read(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv")).expect("answers")
}

/// The example's answers with every target flipped: the same ids, other truths.
fn flipped_answers() -> Vec<u8> {
    let text = String::from_utf8(answers()).expect("utf-8");
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if i == 0 {
            out.push_str(line);
        } else {
            let cells: Vec<&str> = line.split(',').collect();
            let flipped = if cells[1] == "1" { "0" } else { "1" };
            out.push_str(&format!("{},{flipped},{}", cells[0], cells[2]));
        }
        out.push('\n');
    }
    out.into_bytes()
}

fn predictions() -> Vec<u8> {
    let text = String::from_utf8(answers()).expect("utf-8");
    let mut out = String::from("day_id,rain_tomorrow\n");
    for (i, line) in text.lines().skip(1).enumerate() {
        let mut cells = line.split(',');
        let (id, target) = (cells.next().expect("id"), cells.next().expect("target"));
        let p = if (target == "1") != (i % 4 == 0) { 0.8 } else { 0.2 };
        out.push_str(&format!("{id},{p}\n"));
    }
    out.into_bytes()
}

/// Text as the page shows it (tera escapes these).
fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// Posts a multipart form: the CSRF token first, then `fields`, then `files`.
async fn post_multipart(
    browser: &mut Browser<'_>,
    path: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
) -> TestResponse {
    if browser.cookie("plaza_csrf").is_none() {
        browser.get("/").await;
    }
    let token = browser.cookie("plaza_csrf").unwrap_or_default();
    let boundary = "plaza-tracks-boundary-51c2";
    let mut body = Vec::new();
    for (name, value) in std::iter::once(&("csrf_token", token.as_str())).chain(fields.iter()) {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    for (name, file_name, bytes) in files {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let request = Request::post(path).header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"));
    browser.send(request, Body::from(body)).await
}

async fn organizer(app: &TestApp) -> Browser<'_> {
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;
    browser
}

async fn tracks(app: &TestApp) -> Vec<Track> {
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    app.env.store.tracks(challenge.id).await.expect("tracks")
}

async fn track(app: &TestApp, slug: &str) -> Track {
    tracks(app).await.into_iter().find(|t| t.slug.as_str() == slug).expect("the track")
}

const PREDICTIONS_FORM: [(&str, &str); 8] = [
    ("kind", "predictions"),
    ("title", "Predict rain again"),
    ("slug", "rain-again"),
    ("metric", "roc_auc"),
    ("id_column", "day_id"),
    ("target_column", "rain_tomorrow"),
    ("daily_limit", "3"),
    ("final_selections", "2"),
];

/// The value of the hidden input `name` on a page.
fn hidden_value(page: &str, name: &str) -> String {
    let at = page.find(&format!("name=\"{name}\" value=\"")).unwrap_or_else(|| panic!("no {name} in {page}"));
    let rest = &page[at + name.len() + 15..];
    rest[..rest.find('"').expect("end of value")].to_owned()
}

#[tokio::test]
async fn an_organizer_adds_a_predictions_track_with_checked_answers() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let list = olga.get(TRACKS).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text());
    assert!(list.text().contains("Predict rain tomorrow"), "the existing track is listed");
    let form = olga.get(&format!("{TRACKS}?kind=predictions")).await.text();
    assert!(form.contains("<option value=\"day_id\">day_id</option>"), "columns come from the datasets: {form}");
    assert!(form.contains("higher is better") && form.contains("lower is better"), "metrics say their direction");

    let added = post_multipart(&mut olga, TRACKS, &PREDICTIONS_FORM, &[("answers", "answers.csv", &answers())]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    assert_eq!(added.location(), format!("{TRACKS}/rain-again?added=1"));
    let page = olga.get(&added.location()).await.text();
    assert!(page.contains("The track was added"), "{page}");
    let made = track(&app, "rain-again").await;
    match made.settings {
        TrackSettings::Predictions { daily_limit, ref id_column, ref answers, .. } => {
            assert_eq!((daily_limit, id_column.as_str()), (3, "day_id"));
            assert!(app.env.blobs.exists(&answers.sha256).await.expect("blobs"), "the answers are stored");
        }
        other => panic!("a predictions track, not {other:?}"),
    }
    // Entrants see it, and the same web name cannot be taken twice.
    assert_eq!(app.get("/challenges/noaa-daily-weather/tracks/rain-again").await.status, StatusCode::OK);
    let again = post_multipart(&mut olga, TRACKS, &PREDICTIONS_FORM, &[("answers", "answers.csv", &answers())]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.text().contains(&html("already has the web name 'rain-again'")), "{}", again.text());
}

#[tokio::test]
async fn each_bad_answers_file_is_refused_with_its_line_and_nothing_is_stored() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let before = tracks(&app).await.len();
    let cases: [(&[u8], &str, &str); 5] = [
        (
            b"day_id,rain_tomorrow\nA,1\nB,0\n",
            "day_id",
            "answers.csv line 1: an answers file needs the columns 'day_id', 'rain_tomorrow' and 'Usage'; missing 'Usage' (its columns are: day_id, rain_tomorrow)",
        ),
        (
            b"day_id,rain_tomorrow,Usage\nA,1,Public\nB,0,Public\n",
            "day_id",
            "answers.csv: has no Private rows; the final ranking needs some rows marked Private in the Usage column",
        ),
        (
            b"day_id,rain_tomorrow,Usage\nA,1,Public\nA,0,Private\n",
            "day_id",
            "answers.csv line 3: id A appears twice (first on line 2)",
        ),
        (
            b"day_id,rain_tomorrow,Usage\nA,1,Public\nB,7,Private\n",
            "day_id",
            "answers.csv line 3: the target ('rain_tomorrow') is '7'; roc_auc needs 0 or 1",
        ),
        (
            b"day_id,rain_tomorrow,Usage\nA,1,Public\nB,0,Private\n",
            "location",
            "answers.csv line 1: an answers file needs the columns 'location', 'rain_tomorrow' and 'Usage'; missing 'location' (its columns are: day_id, rain_tomorrow, Usage)",
        ),
    ];
    for (file, id_column, message) in cases {
        let mut fields = PREDICTIONS_FORM.to_vec();
        fields[4] = ("id_column", id_column);
        let refused = post_multipart(&mut olga, TRACKS, &fields, &[("answers", "answers.csv", file)]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        let page = refused.text();
        assert!(page.contains(&html(message)), "expected {message:?} in {page}");
        assert!(page.contains("href=\"#answers\""), "the problem links to the file field");
        let copy = tempfile::NamedTempFile::new().expect("temp");
        std::fs::write(copy.path(), file).expect("write");
        let hash = plaza_store::blobs::hash_file(copy.path()).expect("hash").sha256;
        assert!(!app.env.blobs.exists(&hash).await.expect("blobs"), "a refused file is not stored");
        assert_eq!(tracks(&app).await.len(), before, "no track was added");
    }
    // A missing file is named too.
    let refused = post_multipart(&mut olga, TRACKS, &PREDICTIONS_FORM, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Choose the answers file."));
}

#[tokio::test]
async fn an_ideas_track_is_added_with_its_questions() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let form = olga.get(&format!("{TRACKS}?kind=ideas")).await.text();
    assert!(form.contains("Judges per idea") && form.contains("the judging page"), "{form}");
    let mut fields = vec![
        ("kind", "ideas"),
        ("title", "Ideas for rainy days"),
        ("slug", "rainy-ideas"),
        ("judges_per_entry", "2"),
        ("criterion_name", "Impact on residents"),
        ("criterion_weight", "3"),
        ("criterion_description", "Who benefits, and how much?"),
        ("q_key_0", "ward"),
        ("q_label_0", "Which ward?"),
        ("q_kind_0", "single_choice"),
        ("q_options_0", "North\nSouth"),
        ("q_required_0", "yes"),
        ("q_key_1", "title"),
        ("q_label_1", "A second title"),
        ("q_kind_1", "short_text"),
    ];
    let refused = post_multipart(&mut olga, TRACKS, &fields, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains(&html("Every entry form already asks for 'title'; choose another key.")),
        "{}",
        refused.text()
    );
    assert!(refused.text().contains("href=\"#questions-1-key\""));
    fields.truncate(12);
    let added = post_multipart(&mut olga, TRACKS, &fields, &[]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    match track(&app, "rainy-ideas").await.settings {
        TrackSettings::Ideas { judges_per_entry, criteria, questions } => {
            assert_eq!(judges_per_entry, 2);
            assert_eq!(criteria[0].name, "Impact on residents");
            assert_eq!(questions.len(), 1);
            assert_eq!(
                (questions[0].key.as_str(), questions[0].options.len(), questions[0].required),
                ("ward", 2, true)
            );
        }
        other => panic!("an ideas track, not {other:?}"),
    }
}

/// The edit form of `track` as the page fills it, with `changes`.
async fn edit_fields(browser: &mut Browser<'_>, slug: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let page = browser.get(&format!("{TRACKS}/{slug}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let text = page.text();
    let mut fields: Vec<(String, String)> = Vec::new();
    for name in ["seen", "title", "daily_limit", "final_selections", "metric", "id_column", "target_column"] {
        let value = if let Some(at) = text.find(&format!("name=\"{name}\" value=\"")) {
            let rest = &text[at + name.len() + 15..];
            rest[..rest.find('"').expect("end")].to_owned()
        } else if let Some(at) = text.find(&format!("name=\"{name}\"")) {
            // A field whose value follows other attributes, or a select.
            let tag = &text[at..at + text[at..].find('>').expect("tag end")];
            match tag.split("value=\"").nth(1) {
                Some(v) => v.split('"').next().unwrap_or_default().to_owned(),
                None => {
                    let rest = &text[at..];
                    let selected = rest.find(" selected>").expect("a selected option");
                    let option = &rest[..selected];
                    let start = option.rfind("value=\"").expect("option value") + 7;
                    option[start..].split('"').next().unwrap_or_default().to_owned()
                }
            }
        } else {
            String::new()
        };
        fields.push((name.to_owned(), value));
    }
    for (k, v) in changes {
        match fields.iter_mut().find(|(name, _)| name == k) {
            Some(field) => field.1 = (*v).to_owned(),
            None => fields.push(((*k).to_owned(), (*v).to_owned())),
        }
    }
    fields
}

async fn save(browser: &mut Browser<'_>, slug: &str, fields: &[(String, String)]) -> TestResponse {
    let all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    browser.post(&format!("{TRACKS}/{slug}"), &all).await
}

#[tokio::test]
async fn editing_a_track_is_audited_and_a_stale_save_is_refused() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let fields = edit_fields(&mut olga, "predict", &[("title", "Rain tomorrow?"), ("daily_limit", "3")]).await;
    let saved = save(&mut olga, "predict", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let page = olga.get(&saved.location()).await.text();
    assert!(page.contains("The track was saved") && page.contains("Olga Organizer"), "{page}");
    assert!(page.contains("daily limit"), "the change is listed by field: {page}");
    let changed = track(&app, "predict").await;
    assert_eq!(changed.title, "Rain tomorrow?");
    assert!(matches!(changed.settings, TrackSettings::Predictions { daily_limit: 3, .. }));

    // The same form again: someone saved since it was filled.
    let stale = save(&mut olga, "predict", &fields).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.text().contains("Someone else changed this track while you were editing"), "{}", stale.text());

    let bad = edit_fields(&mut olga, "predict", &[("daily_limit", "0")]).await;
    let refused = save(&mut olga, "predict", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("href=\"#daily_limit\"")
            && refused.text().contains("Type a whole number from 1 to 1000.")
    );
}

async fn enter_predictions(app: &TestApp) -> i64 {
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let sent = browser
        .post_file("/challenges/noaa-daily-weather/tracks/predict/submissions", "mine.csv", &predictions())
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    assert_eq!(app.run_scoring().await, 1);
    sent.location().rsplit('/').next().expect("id").parse().expect("an entry id")
}

#[tokio::test]
async fn once_a_track_has_entries_its_metric_cannot_change() {
    let app = TestApp::with_examples().await;
    enter_predictions(&app).await;
    let mut olga = organizer(&app).await;
    let page = olga.get(&format!("{TRACKS}/predict")).await.text();
    assert!(page.contains("cannot change"), "the page says so: {page}");
    let fields = edit_fields(&mut olga, "predict", &[("metric", "accuracy")]).await;
    let refused = save(&mut olga, "predict", &fields).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text());
    assert!(refused.text().contains("The metric cannot change: this track already has entries"), "{}", refused.text());
    assert_eq!(track(&app, "predict").await.settings.metric(), Some(plaza_core::Metric::RocAuc));
    // Nor can the track be removed.
    let removed = olga.post(&format!("{TRACKS}/predict/remove"), &[("confirm", "yes")]).await;
    assert_eq!(removed.status, StatusCode::CONFLICT);
    assert!(removed.text().contains("This track has entries, so it cannot be removed"));
}

#[tokio::test]
async fn new_answers_rescore_every_entry_after_a_confirmation() {
    let app = TestApp::with_examples().await;
    let entry = enter_predictions(&app).await;
    let before = app.env.store.submission(entry).await.expect("db").expect("entry");
    let old = track(&app, "predict").await;
    let mut olga = organizer(&app).await;
    let seen = hidden_value(&olga.get(&format!("{TRACKS}/predict")).await.text(), "seen");

    let path = format!("{TRACKS}/predict/answers");
    let asked = post_multipart(
        &mut olga,
        &path,
        &[("seen", &seen), ("action", "replace")],
        &[("answers", "answers.csv", &flipped_answers())],
    )
    .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.text());
    let page = asked.text();
    assert!(page.contains("1 entry will be rescored against the new answers"), "{page}");
    assert_eq!(track(&app, "predict").await, old, "nothing changes before the confirmation");

    let fields: Vec<(&str, String)> = ["seen", "action", "case", "answers_blob", "input_blob", "confirmed"]
        .into_iter()
        .map(|name| (name, hidden_value(&page, name)))
        .collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let confirmed = post_multipart(&mut olga, &path, &fields, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER, "{}", confirmed.text());
    let done = olga.get(&confirmed.location()).await.text();
    assert!(done.contains("1 entry is being scored again against the new answers."), "{done}");
    let queued = app.env.store.submission(entry).await.expect("db").expect("entry");
    assert_eq!(queued.status, plaza_core::SubmissionStatus::Queued);

    assert_eq!(app.run_scoring().await, 1);
    let after = app.env.store.submission(entry).await.expect("db").expect("entry");
    let (old_score, new_score) = (before.public_score.expect("scored"), after.public_score.expect("rescored"));
    assert!((old_score + new_score - 1.0).abs() < 1e-9, "flipped truths flip the AUC: {old_score} then {new_score}");
    let board = app.get("/challenges/noaa-daily-weather/tracks/predict/leaderboard").await.text();
    assert!(board.contains(&format!("{new_score:.6}")), "the leaderboard shows the new score: {board}");
    assert!(!board.contains(&format!("{old_score:.6}")), "and not the old one");
}

#[tokio::test]
async fn an_entrant_gets_no_track_console_route() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    for path in [TRACKS.to_owned(), format!("{TRACKS}?kind=predictions"), format!("{TRACKS}/predict")] {
        assert_eq!(browser.get(&path).await.status, StatusCode::FORBIDDEN, "GET {path}");
    }
    let added = post_multipart(&mut browser, TRACKS, &PREDICTIONS_FORM, &[("answers", "a.csv", &answers())]).await;
    assert_eq!(added.status, StatusCode::FORBIDDEN);
    let replaced = post_multipart(
        &mut browser,
        &format!("{TRACKS}/predict/answers"),
        &[("action", "replace")],
        &[("answers", "a.csv", &flipped_answers())],
    )
    .await;
    assert_eq!(replaced.status, StatusCode::FORBIDDEN);
    for path in [format!("{TRACKS}/predict"), format!("{TRACKS}/predict/remove")] {
        let sent = browser.post(&path, &[("title", "Mine now"), ("confirm", "yes")]).await;
        assert_eq!(sent.status, StatusCode::FORBIDDEN, "POST {path}");
    }
    assert_eq!(track(&app, "predict").await.title, "Predict rain tomorrow");
}

#[tokio::test]
async fn a_challenge_with_browser_made_tracks_exports_a_bundle_that_imports_unchanged() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let added =
        post_multipart(&mut olga, TRACKS, &PREDICTIONS_FORM, &[("answers", "answers.csv", &flipped_answers())]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let ideas = [
        ("kind", "ideas"),
        ("title", "Ideas for rainy days"),
        ("slug", "rainy-ideas"),
        ("judges_per_entry", "2"),
        ("criterion_name", "Impact on residents"),
        ("criterion_weight", "3"),
        ("criterion_description", "Who benefits, and how much?"),
        ("q_key_0", "ward"),
        ("q_label_0", "Which ward?"),
        ("q_kind_0", "short_text"),
    ];
    assert_eq!(post_multipart(&mut olga, TRACKS, &ideas, &[]).await.status, StatusCode::SEE_OTHER);

    let exported = app.env.store.export_bundle(&app.env.blobs, SLUG).await.expect("export");
    let folder = tempfile::tempdir().expect("tempdir");
    let dir = folder.path().join("b");
    exported.write_to_dir(&app.env.blobs, &dir).await.expect("write");
    let checked = plaza_store::DirBundle::open(&dir).expect("open").check();
    let bundle = checked.unwrap_or_else(|problems| panic!("the import check passes: {problems:#?}"));
    assert_eq!(bundle.manifest.tracks.len(), 3);
    let again = app.env.store.import_bundle(&app.env.blobs, &dir, false).await.expect("import");
    assert_eq!(again.outcome, ImportOutcome::Unchanged);
}

#[tokio::test]
async fn a_program_track_is_added_with_a_checked_case_and_its_cases_change() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let form = olga.get(&format!("{TRACKS}?kind=code")).await.text();
    assert!(form.contains("value=\"10000\"") && form.contains("value=\"512\""), "today's limits are filled in");
    let fields = [
        ("kind", "code"),
        ("title", "Ship a rain program"),
        ("slug", "rain-program"),
        ("metric", "roc_auc"),
        ("id_column", "day_id"),
        ("target_column", "rain_tomorrow"),
        ("time_ms", "2000"),
        ("memory_mb", "64"),
        ("output_kb", "128"),
    ];
    let answers: &[u8] = b"day_id,rain_tomorrow,Usage\nA,1,Public\nB,0,Private\nC,1,Private\n";
    let short_input: &[u8] = b"day_id,temp\nA,3\nZ,4\n";
    let refused = post_multipart(
        &mut olga,
        TRACKS,
        &fields,
        &[("input", "input.csv", short_input), ("answers", "answers.csv", answers)],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("input.csv: is missing 2 ids that answers.csv has, e.g. B, C"),
        "{}",
        refused.text()
    );
    assert!(tracks(&app).await.iter().all(|t| t.slug.as_str() != "rain-program"), "nothing stored");

    let input: &[u8] = b"day_id,temp\nA,3\nB,4\nC,5\n";
    let added = post_multipart(
        &mut olga,
        TRACKS,
        &fields,
        &[("input", "input.csv", input), ("answers", "answers.csv", answers)],
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let limits = match track(&app, "rain-program").await.settings {
        TrackSettings::Code { limits, cases, .. } => {
            assert_eq!(cases.len(), 1);
            limits
        }
        other => panic!("a code track, not {other:?}"),
    };
    assert_eq!((limits.time_ms, limits.memory_mb, limits.output_kb), (2000, 64, 128));

    // A second case (no entries yet: saved at once), then the first removed.
    let path = format!("{TRACKS}/rain-program/answers");
    let seen = hidden_value(&olga.get(&format!("{TRACKS}/rain-program")).await.text(), "seen");
    let more = post_multipart(
        &mut olga,
        &path,
        &[("seen", &seen), ("case", "new"), ("action", "replace")],
        &[("input", "input.csv", input), ("answers", "answers.csv", answers)],
    )
    .await;
    assert_eq!(more.status, StatusCode::SEE_OTHER, "{}", more.text());
    assert!(
        matches!(track(&app, "rain-program").await.settings, TrackSettings::Code { ref cases, .. } if cases.len() == 2)
    );
    let seen = hidden_value(&olga.get(&format!("{TRACKS}/rain-program")).await.text(), "seen");
    let fewer =
        post_multipart(&mut olga, &path, &[("seen", &seen), ("action", "remove_case"), ("case", "0")], &[]).await;
    assert_eq!(fewer.status, StatusCode::SEE_OTHER, "{}", fewer.text());
    let seen = hidden_value(&olga.get(&format!("{TRACKS}/rain-program")).await.text(), "seen");
    let last =
        post_multipart(&mut olga, &path, &[("seen", &seen), ("action", "remove_case"), ("case", "0")], &[]).await;
    assert_eq!(last.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(last.text().contains("A program track needs at least one case, so its last case stays."));

    // With no entries, the track can be removed once the box is ticked.
    let unticked = olga.post(&format!("{TRACKS}/rain-program/remove"), &[]).await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    let removed = olga.post(&format!("{TRACKS}/rain-program/remove"), &[("confirm", "yes")]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.text());
    assert!(tracks(&app).await.iter().all(|t| t.slug.as_str() != "rain-program"));
}
