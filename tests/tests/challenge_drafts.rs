//! Challenges made in the browser: who may create one, the create form and
//! its refusals, a draft that only its organizers see and nobody enters,
//! the review that lists every problem with a link, and publishing.

use axum::http::StatusCode;
use plaza_core::User;
use plaza_store::import::ImportOutcome;
use plaza_tests::{Browser, TestApp, write_ideas_bundle};

const SLUG: &str = "noaa-daily-weather";
const DRAFT_REFUSAL: &str = "This challenge is a draft: publish it before anyone can take part.";

fn examples() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../challenges")
}

/// A form field and its value.
type Field<'a> = (&'a str, &'a str);

/// A site admin.
async fn admin(app: &TestApp) -> User {
    let email = plaza_core::Email::parse("ada@example.org").expect("email");
    app.env.store.create_user(&email, "Ada Admin", true).await.expect("admin")
}

/// Olga, whom an admin allowed to create challenges, signed in.
async fn creator(app: &TestApp) -> (User, Browser<'_>) {
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    let email = plaza_core::Email::parse("olga@example.org").expect("email");
    app.env.store.allow_creating_challenges(&email, true).await.expect("allowed");
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;
    (olga, browser)
}

/// The create form's fields, with `changes` applied.
fn fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("slug", SLUG),
        ("title", "Will it rain tomorrow?"),
        ("summary", "Predict rain from today's weather."),
        ("host", "Plaza example"),
        ("contact", "weather@example.org"),
        ("description_md", "# Rain\n\nA **starter** challenge."),
        ("time_zone", "UTC"),
        ("opens_at", "2026-10-01T00:00"),
        ("closes_at", "2099-06-30T23:59"),
        ("max_team_size", "3"),
        ("action", "save"),
    ];
    for (key, value) in changes {
        if let Some(field) = fields.iter_mut().find(|(k, _)| k == key) {
            field.1 = value;
        }
    }
    fields
}

#[tokio::test]
async fn an_allowed_person_creates_a_draft_that_only_its_organizers_see() {
    let app = TestApp::empty().await;
    let ada = admin(&app).await;
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;

    // Not allowed yet: the page says whom to ask.
    let refused = browser.get("/manage/new").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text().contains("Ask a site admin"), "{}", refused.text());
    let refused = browser.post("/manage/new", &fields(&[])).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // An admin allows her on /admin; an address without an account is refused.
    let mut admin_browser = app.browser();
    admin_browser.sign_in_as(&ada).await;
    let unknown = admin_browser.post("/admin/creators", &[("email", "nobody@example.org")]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.text().contains("No account uses nobody@example.org"), "{}", unknown.text());
    assert!(unknown.text().contains("href=\"#creator-email\""));
    let allowed = admin_browser.post("/admin/creators", &[("email", "olga@example.org")]).await;
    assert_eq!(allowed.status, StatusCode::SEE_OTHER, "{}", allowed.text());
    let page = admin_browser.get(&allowed.location()).await.text();
    assert!(page.contains("olga@example.org can now create challenges."), "{page}");
    assert!(page.contains("Stop allowing"), "{page}");

    // The organizer home offers the button; the form creates the draft.
    let home = browser.get("/manage").await.text();
    assert!(home.contains("href=\"/manage/new\""), "{home}");
    assert_eq!(browser.get("/manage/new").await.status, StatusCode::OK);
    let created = browser.post("/manage/new", &fields(&[])).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    assert_eq!(created.location(), format!("/challenges/{SLUG}/manage/datasets"));
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("created");
    assert!(challenge.is_draft());
    assert_eq!(challenge.contact, "weather@example.org");
    let roles = app.env.store.roles_for(challenge.id, olga.id).await.expect("roles");
    assert_eq!(roles, vec![plaza_core::ChallengeRole::Organizer]);
    let edits = app.env.store.challenge_edits(challenge.id).await.expect("audit");
    assert!(edits.iter().any(|e| e.field == "created" && e.actor_name == "Olga Organizer"), "{edits:?}");

    // Its organizer sees it, with the steps; /manage lists it as a draft.
    let page = browser.get(&format!("/challenges/{SLUG}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("This challenge is a draft"));
    assert!(page.text().contains("weather@example.org"), "the contact is shown");
    let details = browser.get(&format!("/challenges/{SLUG}/manage/details")).await.text();
    assert!(details.contains("aria-current=\"step\""), "{details}");
    assert!(details.contains(&format!("href=\"/challenges/{SLUG}/manage/tracks\"")));
    let home = browser.get("/manage").await.text();
    assert!(home.contains("Draft: not published yet"), "{home}");
    assert!(home.contains(&format!("/challenges/{SLUG}/manage/review")));

    // Nobody else does: not listed, not found, not in the API.
    let mut entrant = app.browser();
    entrant.sign_in("eve@example.org", "Eve Entrant").await;
    for path in [format!("/challenges/{SLUG}"), format!("/challenges/{SLUG}/winners")] {
        assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(entrant.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert!(!app.get("/").await.text().contains("Will it rain tomorrow?"));
    assert!(!app.get("/api/v1/challenges").await.text().contains(SLUG));
    assert_eq!(app.get(&format!("/api/v1/challenges/{SLUG}")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn each_refusal_of_the_create_form_says_what_to_fix() {
    let app = TestApp::with_examples().await;
    let (_, mut olga) = creator(&app).await;
    let cases: [(&[Field], StatusCode, &str, &str); 5] = [
        (&[], StatusCode::CONFLICT, "#slug", "Another challenge already uses the web address “noaa-daily-weather”"),
        (
            &[("slug", "Rain Tomorrow!")],
            StatusCode::BAD_REQUEST,
            "#slug",
            "The web address 'Rain Tomorrow!' may only use",
        ),
        (&[("slug", "ab")], StatusCode::BAD_REQUEST, "#slug", "must be 3 to 64 characters long"),
        (&[("slug", "rain-2099"), ("title", " ")], StatusCode::BAD_REQUEST, "#title", "Write a title."),
        (
            &[("slug", "rain-2099"), ("closes_at", "2020-01-01T00:00"), ("opens_at", "2019-01-01T00:00")],
            StatusCode::BAD_REQUEST,
            "#closes_at",
            "already passed",
        ),
    ];
    for (changes, status, anchor, message) in cases {
        let refused = olga.post("/manage/new", &fields(changes)).await;
        assert_eq!(refused.status, status, "{message}: {}", refused.text());
        let text = refused.text();
        assert!(text.contains("The challenge was not created"), "{text}");
        assert!(text.contains(&format!("href=\"{anchor}\"")), "{anchor}: {text}");
        assert!(text.contains(&message.replace('\'', "&#39;")), "{message}: {text}");
    }
    assert!(app.env.store.challenge_by_slug("rain-2099").await.expect("db").is_none(), "nothing half-made");

    // Left empty, the web address is made from the title.
    let created = olga.post("/manage/new", &fields(&[("slug", ""), ("title", "Rain in Seattle, 2099")])).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    assert_eq!(created.location(), "/challenges/rain-in-seattle-2099/manage/datasets");
}

#[tokio::test]
async fn a_draft_is_found_by_nobody_else_and_entered_by_nobody() {
    let app = TestApp::empty().await;
    let (olga_user, mut olga) = creator(&app).await;
    let created = olga.post("/manage/new", &fields(&[])).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    // Its datasets and tracks, as the example bundle has them: importing
    // into an existing challenge updates it and keeps it a draft.
    let report = app.env.store.import_bundle(&app.env.blobs, &examples().join(SLUG), false).await.expect("import");
    assert_eq!(report.outcome, ImportOutcome::Updated);
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("draft");
    assert!(challenge.is_draft(), "an import does not publish a draft");

    // An earlier file of a draft's dataset is the draft's too.
    let base = format!("/challenges/{SLUG}");
    olga.get("/").await;
    let token = olga.cookie("plaza_csrf").unwrap_or_default();
    let (content_type, body) = plaza_tests::multipart_body(
        &[("csrf_token", token.as_str()), ("change_note", "One more day")],
        ("file", "train.csv", b"day_id,rain_tomorrow\n1,0\n"),
    );
    let replace = format!("{base}/manage/datasets/weather-train/replace");
    let replaced = olga
        .send(
            axum::http::Request::post(&replace).header(axum::http::header::CONTENT_TYPE, content_type),
            axum::body::Body::from(body),
        )
        .await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER, "{}", replaced.text());
    let earlier = format!("{base}/data/weather-train/versions/1/download");
    assert_eq!(app.get(&earlier).await.status, StatusCode::NOT_FOUND, "anonymous {earlier}");
    assert_eq!(olga.get(&earlier).await.status, StatusCode::OK, "organizer {earlier}");

    let mut eve = app.browser();
    eve.sign_in("eve@example.org", "Eve Entrant").await;
    let paths = [
        base.clone(),
        format!("{base}/data/weather-train"),
        format!("{base}/data/weather-train/download"),
        format!("{base}/tracks/predict"),
        format!("{base}/tracks/predict/leaderboard"),
        format!("{base}/tracks/predict/leaderboard.csv"),
        format!("{base}/tracks/predict/leaderboard.json"),
        format!("{base}/tracks/predict/sample.csv"),
        format!("{base}/winners"),
        format!("{base}/team"),
        format!("/api/v1/challenges/{SLUG}"),
        format!("/api/v1/challenges/{SLUG}/tracks/predict/leaderboard"),
    ];
    for path in &paths {
        // The team page asks a visitor to sign in first, as for any challenge.
        if !path.ends_with("/team") {
            assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "anonymous {path}");
        }
        assert_eq!(eve.get(path).await.status, StatusCode::NOT_FOUND, "entrant {path}");
    }
    let team = eve.post(&format!("{base}/team"), &[("name", "Eve's team")]).await;
    assert_eq!(team.status, StatusCode::NOT_FOUND);
    for path in &paths[..8] {
        let seen = olga.get(path).await;
        assert_eq!(seen.status, StatusCode::OK, "organizer {path}");
    }

    // Not even its organizer takes part.
    let team = olga.post(&format!("{base}/team"), &[("name", "Olga's team")]).await;
    assert!(team.text().contains(DRAFT_REFUSAL), "{}", team.text());
    let entry = olga.post_file(&format!("{base}/tracks/predict/submissions"), "p.csv", b"day_id,rain_tomorrow\n").await;
    assert!(entry.text().contains(DRAFT_REFUSAL), "{}", entry.text());
    assert!(app.env.store.team_of(challenge.id, olga_user.id).await.expect("db").is_none());
}

#[tokio::test]
async fn nobody_sends_an_idea_to_a_draft() {
    let app = TestApp::empty().await;
    let (_, mut olga) = creator(&app).await;
    let created = olga.post("/manage/new", &fields(&[("slug", "park-ideas")])).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let folder = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(folder.path(), "2099-01-01T00:00:00Z", 1);
    app.import(folder.path()).await;
    let form = olga.get("/challenges/park-ideas/tracks/ideas/ideas/new").await;
    assert_eq!(form.status, StatusCode::CONFLICT);
    assert!(form.text().contains(DRAFT_REFUSAL), "{}", form.text());
}

#[tokio::test]
async fn the_review_lists_every_problem_with_a_link_and_publishing_waits_for_none() {
    let app = TestApp::empty().await;
    let (_, mut olga) = creator(&app).await;
    let created = olga.post("/manage/new", &fields(&[])).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let review_url = format!("/challenges/{SLUG}/manage/review");

    // A fresh draft has no track.
    let review = olga.get(&review_url).await;
    assert_eq!(review.status, StatusCode::OK);
    let text = review.text();
    assert!(text.contains("Add at least one track"), "{text}");
    assert!(text.contains(&format!("href=\"/challenges/{SLUG}/manage/tracks\"")), "{text}");
    assert!(!text.contains("Publish the challenge"), "no button while there are problems");
    let refused = olga.post(&review_url, &[]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("The challenge was not published"), "{}", refused.text());
    assert!(app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("draft").is_draft());

    // A store-level check finds what `plaza import` would.
    let found = app.env.store.check_challenge(&app.env.blobs, SLUG).await.expect("checked");
    assert!(found.iter().any(|p| p.field.as_deref() == Some("tracks")), "{found:?}");

    // With the example's datasets and tracks it passes, and publishes.
    app.import(&examples().join(SLUG)).await;
    let found = app.env.store.check_challenge(&app.env.blobs, SLUG).await.expect("checked");
    assert!(found.is_empty(), "{found:?}");
    let review = olga.get(&review_url).await.text();
    assert!(review.contains("Publish the challenge"), "{review}");
    let published = olga.post(&review_url, &[]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    assert_eq!(published.location(), format!("/challenges/{SLUG}?notice=published"));
    let page = app.get(&format!("/challenges/{SLUG}")).await;
    assert_eq!(page.status, StatusCode::OK, "everyone sees it now");
    assert!(olga.get(&published.location()).await.text().contains("The challenge is published"));
    assert!(app.get("/api/v1/challenges").await.text().contains(SLUG));
    let review = olga.get(&review_url).await.text();
    assert!(review.contains("This challenge was published on"), "{review}");
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("published");
    let edits = app.env.store.challenge_edits(challenge.id).await.expect("audit");
    assert!(edits.iter().any(|e| e.field == "published_at"), "{edits:?}");
    // Published once: a second publish changes nothing.
    assert_eq!(olga.post(&review_url, &[]).await.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_closing_date_in_the_past_stops_publishing() {
    let app = TestApp::empty().await;
    let (_, mut olga) = creator(&app).await;
    assert_eq!(olga.post("/manage/new", &fields(&[])).await.status, StatusCode::SEE_OTHER);
    // The example closes on 2027-06-30; a copy that closed in 2020.
    let folder = tempfile::tempdir().expect("tempdir");
    copy_dir(&examples().join(SLUG), folder.path());
    let manifest = folder.path().join("challenge.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let text = text
        .replace("opens_at = \"2026-10-01T00:00:00Z\"", "opens_at = \"2019-10-01T00:00:00Z\"")
        .replace("closes_at = \"2027-06-30T23:59:59Z\"", "closes_at = \"2020-06-30T23:59:59Z\"");
    std::fs::write(&manifest, text).expect("write");
    app.import(folder.path()).await;
    let review = olga.get(&format!("/challenges/{SLUG}/manage/review")).await.text();
    assert!(review.contains("The closing date has passed"), "{review}");
    assert!(review.contains(&format!("href=\"/challenges/{SLUG}/manage/details#closes_at\"")), "{review}");
}

#[tokio::test]
async fn a_contact_travels_through_a_bundle_and_shows_as_questions() {
    let app = TestApp::empty().await;
    let folder = tempfile::tempdir().expect("tempdir");
    copy_dir(&examples().join(SLUG), folder.path());
    let manifest = folder.path().join("challenge.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let host_line = text.lines().find(|l| l.starts_with("host = ")).expect("host").to_owned();
    let text = text.replace(&host_line, &format!("{host_line}\ncontact = \"https://example.org/ask\""));
    std::fs::write(&manifest, text).expect("write");
    app.import(folder.path()).await;
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("imported");
    assert_eq!(challenge.contact, "https://example.org/ask");
    assert!(!challenge.is_draft(), "an imported challenge is published");
    let page = app.get(&format!("/challenges/{SLUG}")).await.text();
    assert!(page.contains("Questions?") && page.contains("href=\"https://example.org/ask\""), "{page}");

    let exported = app.env.store.export_bundle(&app.env.blobs, SLUG).await.expect("export");
    assert_eq!(exported.manifest.contact, "https://example.org/ask");
    let out = tempfile::tempdir().expect("tempdir");
    exported.write_to_dir(&app.env.blobs, &out.path().join("b")).await.expect("write");
    let written = std::fs::read_to_string(out.path().join("b/challenge.toml")).expect("manifest");
    assert!(written.contains("contact = \"https://example.org/ask\""), "{written}");
    let again = app.env.store.import_bundle(&app.env.blobs, &out.path().join("b"), false).await.expect("import");
    assert_eq!(again.outcome, ImportOutcome::Unchanged);

    // Into a fresh site it makes the same contact.
    let fresh = TestApp::empty().await;
    fresh.import(&out.path().join("b")).await;
    let copy = fresh.env.store.challenge_by_slug(SLUG).await.expect("db").expect("imported");
    assert_eq!(copy.contact, "https://example.org/ask");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
