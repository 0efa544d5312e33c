//! Organizers change a challenge's details and dates in the browser: the
//! public pages and the exported bundle follow, every change is listed with
//! who made it, and every refusal names its field.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_store::import::ImportOutcome;
use plaza_tests::{Browser, TestApp};

const SLUG: &str = "noaa-daily-weather";
const PAGE: &str = "/challenges/noaa-daily-weather/manage/details";

/// Every field of the form as the page fills it, with `changes` applied.
async fn form(browser: &mut Browser<'_>, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let page = browser.get(PAGE).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let html = page.text();
    let value_of = |name: &str| -> String {
        if let Some(start) = html.find(&format!("name=\"{name}\"")) {
            let tag_end = html[start..].find('>').map_or(html.len(), |i| start + i);
            let tag = &html[start..tag_end];
            if let Some(v) = tag.split("value=\"").nth(1) {
                return unescape(v.split('"').next().unwrap_or_default());
            }
            // A textarea: its text follows the tag.
            let rest = &html[tag_end + 1..];
            return unescape(&rest[..rest.find("</textarea>").unwrap_or(0)]);
        }
        String::new()
    };
    let names =
        ["title", "summary", "host", "description_md", "time_zone", "opens_at", "closes_at", "max_team_size", "seen"];
    names
        .iter()
        .map(|name| {
            let value =
                changes.iter().find(|(k, _)| k == name).map_or_else(|| value_of(name), |(_, v)| (*v).to_owned());
            ((*name).to_owned(), value)
        })
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

async fn save(browser: &mut Browser<'_>, fields: &[(String, String)], action: &str) -> plaza_tests::TestResponse {
    let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    all.push(("action", action));
    browser.post(PAGE, &all).await
}

async fn organizer(app: &TestApp) -> Browser<'_> {
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;
    browser
}

#[tokio::test]
async fn an_organizer_changes_the_words_and_the_deadline_and_everyone_sees_them() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let fields = form(
        &mut olga,
        &[
            ("title", "Will it rain tomorrow? A starter challenge"),
            ("closes_at", "2027-07-31T23:59"),
            ("time_zone", "America/Los_Angeles"),
            ("description_md", "## New brief\n\nWith **bold** words."),
        ],
    )
    .await;
    let saved = save(&mut olga, &fields, "save").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let page = olga.get(&saved.location()).await.text();
    assert!(page.contains("The details were saved"), "{page}");
    assert!(page.contains("Olga Organizer"), "the change is listed with who made it");
    assert!(page.contains("2027-08-01T06:59:00Z"), "the new deadline, in UTC, in the audit: {page}");

    let public = app.get(&format!("/challenges/{SLUG}")).await.text();
    assert!(public.contains("Will it rain tomorrow? A starter challenge"));
    assert!(public.contains("New brief") && public.contains("<strong>bold</strong>"));
    assert!(public.contains("31 July 2027 at 23:59 Los Angeles time"), "{public}");

    // The bundle says the same, and importing it again changes nothing.
    let exported = app.env.store.export_bundle(&app.env.blobs, SLUG).await.expect("export");
    let manifest = String::from_utf8(exported.manifest_toml.clone()).expect("utf-8");
    assert!(manifest.contains("title = \"Will it rain tomorrow? A starter challenge\""), "{manifest}");
    assert!(manifest.contains("closes_at = \"2027-08-01T06:59:00Z\""), "{manifest}");
    assert!(manifest.contains("time_zone = \"America/Los_Angeles\""), "{manifest}");
    let folder = tempfile::tempdir().expect("tempdir");
    exported.write_to_dir(&app.env.blobs, &folder.path().join("b")).await.expect("write");
    let again = app.env.store.import_bundle(&app.env.blobs, &folder.path().join("b"), false).await.expect("import");
    assert_eq!(again.outcome, ImportOutcome::Unchanged);
}

#[tokio::test]
async fn a_preview_shows_the_brief_and_saves_nothing() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let fields = form(&mut olga, &[("description_md", "## Draft heading\n\n<script>alert(1)</script>")]).await;
    let preview = save(&mut olga, &fields, "preview").await;
    assert_eq!(preview.status, StatusCode::OK);
    let text = preview.text();
    assert!(text.contains("Preview of the brief (not saved yet)"));
    assert!(text.contains("Draft heading"));
    assert!(!text.contains("<script>alert(1)</script>"), "the preview is cleaned like the page");
    let public = app.get(&format!("/challenges/{SLUG}")).await.text();
    assert!(!public.contains("Draft heading"));
}

#[tokio::test]
async fn every_refusal_names_its_field_and_nothing_is_saved() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let cases: [(&[Field], &str, &str); 6] = [
        (&[("title", "   ")], "#title", "Write a title."),
        (&[("summary", &"x".repeat(281))], "#summary", "281 characters long; the most allowed is 280"),
        (&[("time_zone", "Moon/Base")], "#time_zone", "is not a time zone name"),
        (&[("closes_at", "2020-01-01T00:00")], "#closes_at", "already passed"),
        (&[("opens_at", "2026-12-10T00:00")], "#opens_at", "has opened"),
        (&[("max_team_size", "1000")], "#max_team_size", "Write a whole number from 1 to 100"),
    ];
    for (changes, anchor, message) in cases {
        let fields = form(&mut olga, changes).await;
        let refused = save(&mut olga, &fields, "save").await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{message}");
        let text = refused.text();
        assert!(text.contains("Nothing was saved"), "{text}");
        assert!(text.contains(&format!("href=\"{anchor}\"")), "{anchor}: {text}");
        assert!(text.contains(message), "{message}: {text}");
    }
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let edits = app.env.store.challenge_edits(challenge.id).await.expect("edits");
    assert!(edits.is_empty(), "{edits:?}");
}

/// The brief may be as long as the rules allow, far past an ordinary
/// form's size, and one character more gets the rule's own message.
#[tokio::test]
async fn a_long_brief_is_saved_and_one_too_long_is_refused_by_its_rule() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let max = plaza_core::challenge_edit::MAX_BRIEF;
    let long = format!("## Long\n\n{}", "ñ".repeat(max - 10));
    let fields = form(&mut olga, &[("description_md", &long)]).await;
    let saved = save(&mut olga, &fields, "save").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text().chars().take(2000).collect::<String>());
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    assert_eq!(challenge.description_md, long);

    let too_long = "x".repeat(max + 1);
    let fields = form(&mut olga, &[("description_md", &too_long)]).await;
    let refused = save(&mut olga, &fields, "save").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains(&format!("Brief is {} characters long; the most allowed is {max}", max + 1)));
}

#[tokio::test]
async fn a_save_over_someone_elses_newer_change_is_refused() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let stale = form(&mut olga, &[("title", "The title Olga wants")]).await;
    let fresh = form(&mut olga, &[("title", "The title someone else saved")]).await;
    assert_eq!(save(&mut olga, &fresh, "save").await.status, StatusCode::SEE_OTHER);
    let refused = save(&mut olga, &stale, "save").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.text().contains("Someone else changed these details"), "{}", refused.text());
    let public = app.get(&format!("/challenges/{SLUG}")).await.text();
    assert!(public.contains("The title someone else saved"));
    assert!(!public.contains("The title Olga wants"));
}

#[tokio::test]
async fn team_size_cannot_drop_below_an_existing_team_and_only_organizers_edit() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    // A team of two.
    let mut ana = app.browser();
    ana.sign_in("ana@example.org", "Ana").await;
    let created = ana.post(&format!("/challenges/{SLUG}/team"), &[("name", "Rain makers")]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let bo = app.user("bo@example.org", "Bo").await;
    let team = app.env.store.team_of(challenge.id, ana_id(&app).await).await.expect("db").expect("team");
    let link = app.env.store.new_team_link(team.id, None).await.expect("link");
    assert!(app.env.store.join_team(&link, bo.id).await.expect("db").is_ok(), "Bo joins");

    let fields = form(&mut olga, &[("max_team_size", "1")]).await;
    let refused = save(&mut olga, &fields, "save").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("A team already has 2 members"), "{}", refused.text());

    // An entrant cannot see or post the form.
    assert_eq!(ana.get(PAGE).await.status, StatusCode::FORBIDDEN);
    let fields = form(&mut olga, &[("title", "Taken over")]).await;
    let posted: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(ana.post(PAGE, &posted).await.status, StatusCode::FORBIDDEN);
}

/// A form field and the value typed into it.
type Field<'a> = (&'a str, &'a str);

async fn ana_id(app: &TestApp) -> plaza_core::UserId {
    app.env
        .store
        .user_by_email(&plaza_core::Email::parse("ana@example.org").expect("email"))
        .await
        .expect("db")
        .expect("ana")
        .id
}
