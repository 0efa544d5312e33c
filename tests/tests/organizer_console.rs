//! The organizer console: the entries list (filters, paging, the file of an
//! entry) and the organizer home `/manage` with what needs attention.

use axum::http::StatusCode;
use plaza_core::{AssistChannel, CaseResult, ChallengeRole, Place, ReviewRecord, Submission, User, Verdict};
use plaza_store::{BlobStore as _, NewSubmission, ScoreResult};
use plaza_tests::{Browser, TestApp, write_ideas_bundle};

const CHICAGO: &str = "chicago-food-inspections";
const WEATHER: &str = "noaa-daily-weather";
/// The example with a predictions track and a code track.
const AIR: &str = "uk-aurn-air-quality-2020";
const ENTRIES: &str = "/challenges/chicago-food-inspections/tracks/predict/entries";

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

async fn organizer_of(app: &TestApp, slug: &str, email: &str) -> User {
    let challenge = app.env.store.challenge_by_slug(slug).await.expect("query").expect("challenge");
    let user = app.user(email, "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, user.id, ChallengeRole::Organizer).await.expect("organizer");
    user
}

async fn admin(app: &TestApp) -> User {
    let email = plaza_core::Email::parse("ada@example.org").expect("email");
    let admin = app.env.store.create_user(&email, "Ada Admin", true).await.expect("admin");
    app.env.store.accept_terms(admin.id).await.expect("terms");
    admin
}

/// A new entry of `user`'s team (made on the way) on a track, holding `bytes`.
async fn entry(app: &TestApp, slug: &str, track: &str, user: &User, team: &str, bytes: &[u8]) -> Submission {
    let store = &app.env.store;
    let challenge = store.challenge_by_slug(slug).await.expect("query").expect("challenge");
    let track = store
        .tracks(challenge.id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.slug.as_str() == track)
        .expect("track");
    let team = match store.team_of(challenge.id, user.id).await.expect("team query") {
        Some(team) => team,
        None => store.create_team(challenge.id, user.id, team).await.expect("team query").expect("team"),
    };
    let blob = app.env.blobs.put_bytes(bytes).await.expect("blob");
    let new = NewSubmission {
        challenge_id: challenge.id,
        track_id: track.id,
        team_id: team.id,
        user_id: user.id,
        file_name: "my predictions.csv".into(),
        blob,
        daily_limit: 100_000,
        refused_limit: None,
        zone: plaza_core::Zone::UTC,
    };
    store.create_submission(new).await.expect("store").expect("within quota")
}

fn result(verdict: Verdict, score: Option<f64>) -> ScoreResult {
    ScoreResult {
        verdict,
        public_score: score,
        private_score: score,
        message: String::new(),
        cases: Vec::<CaseResult>::new(),
        stderr: String::new(),
    }
}

/// How many entry rows a page lists.
fn rows(page: &str) -> usize {
    page.matches("Download<span class=\"visually-hidden\"> the file of entry").count()
}

/// Chicago with 120 predictions entries by two teams: the even ones by the
/// Night Owls, the odd ones by the Early Birds. 0-29 scored, 30-39 invalid,
/// 40-44 failed, 45-46 cancelled, the rest waiting; entry 0 disqualified.
async fn busy_chicago() -> (TestApp, User, Vec<Submission>) {
    let app = TestApp::with_examples().await;
    let organizer = organizer_of(&app, CHICAGO, "olga@example.org").await;
    let owl = app.user("owl@example.org", "Oona Owl").await;
    let bird = app.user("bird@example.org", "Bert Bird").await;
    let store = &app.env.store;
    let mut entries = Vec::new();
    for i in 0..120 {
        let (who, team) = if i % 2 == 0 { (&owl, "Night Owls") } else { (&bird, "Early Birds") };
        let submission = entry(&app, CHICAGO, "predict", who, team, format!("id,target\n{i},1\n").as_bytes()).await;
        match i {
            0..30 => assert!(
                store.record_result(submission.id, &result(Verdict::Ok, Some(0.5)), None, None).await.expect("result")
            ),
            30..40 => assert!(
                store
                    .record_result(submission.id, &result(Verdict::InvalidOutput, None), None, None)
                    .await
                    .expect("result")
            ),
            40..45 => {
                store.mark_submission_failed(submission.id, "the blob store was unreachable").await.expect("failed")
            }
            45..47 => assert!(store.cancel_submission(submission.id).await.expect("cancel")),
            _ => {}
        }
        entries.push(submission);
    }
    store.disqualify_submission(entries[0].id, "Used the test answers").await.expect("disqualify");
    (app, organizer, entries)
}

#[tokio::test]
async fn entries_are_filtered_by_status_verdict_and_team_and_paged_fifty_at_a_time() {
    let (app, organizer, entries) = busy_chicago().await;
    let mut olga = signed_in(&app, &organizer).await;

    let first = olga.get(ENTRIES).await;
    assert_eq!(first.status, StatusCode::OK);
    let first = first.text();
    assert!(first.contains("Showing 1–50 of 120 entries."), "{first}");
    assert_eq!(rows(&first), 50);
    assert!(first.contains("?page=2\" rel=\"next\""), "a next link");
    assert!(!first.contains("rel=\"prev\""), "no previous page on the first");
    assert!(first.contains(&format!("/entries/{}/file", entries[119].id)), "newest first");
    assert!(!first.contains("Clear filters"), "nothing to clear");

    let last = olga.get(&format!("{ENTRIES}?page=3")).await.text();
    assert!(last.contains("Showing 101–120 of 120 entries."), "{last}");
    assert_eq!(rows(&last), 20);
    assert!(last.contains("?page=2\" rel=\"prev\"") && !last.contains("rel=\"next\""));
    assert!(last.contains(&format!("/entries/{}/file", entries[0].id)), "the oldest is on the last page");

    for (query, count, showing) in [
        ("status=failed", 5, "Showing 1–5 of 5 entries."),
        ("status=cancelled", 2, "Showing 1–2 of 2 entries."),
        ("status=queued", 50, "Showing 1–50 of 73 entries."),
        ("status=disqualified", 1, "Showing 1 entry."),
        ("verdict=invalid_output", 10, "Showing 1–10 of 10 entries."),
        ("status=scored&verdict=ok&team=BIRDS", 15, "Showing 1–15 of 15 entries."),
        ("team=%20owls%20", 50, "Showing 1–50 of 60 entries."),
        ("team=100%25", 0, "No entries."),
        ("team=_", 0, "No entries."),
        ("status=failed&team=owls", 3, "Showing 1–3 of 3 entries."),
    ] {
        let page = olga.get(&format!("{ENTRIES}?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        let page = page.text();
        assert!(page.contains(showing), "{query}: {showing}\n{page}");
        assert_eq!(rows(&page), count, "{query}");
        assert!(page.contains("Clear filters"), "{query}: filters can be cleared");
    }

    let owls = olga.get(&format!("{ENTRIES}?team=owls")).await.text();
    assert!(owls.contains("value=\"owls\""), "the search is kept in the form");
    assert!(owls.contains("?team=owls&amp;page=2\" rel=\"next\""), "and in the paging links: {owls}");
    let second = olga.get(&format!("{ENTRIES}?team=owls&page=2")).await.text();
    assert!(second.contains("Showing 51–60 of 60 entries."), "{second}");
    assert!(!second.contains("Early Birds"), "only the Owls' entries");

    let failed = olga.get(&format!("{ENTRIES}?status=failed")).await.text();
    assert!(failed.contains("<option value=\"failed\" selected>"), "the chosen status stays selected");
}

#[tokio::test]
async fn unknown_filter_values_and_pages_past_the_end_are_explained_not_refused() {
    let (app, organizer, _) = busy_chicago().await;
    let mut olga = signed_in(&app, &organizer).await;

    let page = olga.get(&format!("{ENTRIES}?status=done&verdict=slow&page=two")).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = page.text();
    assert!(page.contains("“done” is not a status we know, so entries of every status are shown."), "{page}");
    assert!(page.contains("queued, running, scored, failed, cancelled, disqualified"));
    assert!(page.contains("“slow” is not a verdict we know"), "{page}");
    assert!(page.contains("“two” is not a page number"), "{page}");
    assert!(page.contains("Showing 1–50 of 120 entries."), "the unfiltered first page is shown");

    let beyond = olga.get(&format!("{ENTRIES}?status=failed&page=9")).await;
    assert_eq!(beyond.status, StatusCode::OK);
    let beyond = beyond.text();
    assert_eq!(rows(&beyond), 0);
    assert!(beyond.contains("No entries on page 9: there are 5 entries in 1 pages."), "{beyond}");
    assert!(beyond.contains("?status=failed\">Go to the first page</a>"), "a link back: {beyond}");
}

#[tokio::test]
async fn an_organizer_downloads_an_entrys_file_and_nobody_else_does() {
    let app = TestApp::with_examples().await;
    let organizer = organizer_of(&app, CHICAGO, "olga@example.org").await;
    let entrant = app.user("erin@example.org", "Erin Entrant").await;
    let csv = b"Inspection_ID,criticalFound\n1408254,0.12\n";
    let predictions = entry(&app, CHICAGO, "predict", &entrant, "Erin's team", csv).await;
    let wasm = b"\0asm\x01\0\0\0";
    let air_organizer = organizer_of(&app, AIR, "oscar@example.org").await;
    let program = entry(&app, AIR, "program", &entrant, "Erin's air team", wasm).await;

    let mut olga = signed_in(&app, &organizer).await;
    let list = olga.get(ENTRIES).await.text();
    let url = format!("/challenges/{CHICAGO}/entries/{}/file", predictions.id);
    assert!(list.contains(&url), "each row links its file");

    let file = olga.get(&url).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, csv, "the bytes the entrant uploaded");
    assert_eq!(file.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(file.header("content-disposition"), format!("attachment; filename=\"entry-{}.csv\"", predictions.id));
    assert_eq!(file.header("x-content-type-options"), "nosniff");

    let mut oscar = signed_in(&app, &air_organizer).await;
    let list = oscar.get(&format!("/challenges/{AIR}/tracks/predict/entries")).await.text();
    assert!(list.contains(&format!("href=\"/challenges/{AIR}/tracks/program/entries\"")), "the track switcher: {list}");
    assert!(!list.contains("/tracks/predict/entries\">Entries"), "it lists the other tracks only");
    let file = oscar.get(&format!("/challenges/{AIR}/entries/{}/file", program.id)).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, wasm);
    assert_eq!(file.header("content-type"), "application/wasm");
    assert_eq!(file.header("content-disposition"), format!("attachment; filename=\"entry-{}.wasm\"", program.id));

    // An entry of another challenge is not found under this one, even for a site admin.
    let weather = entry(&app, WEATHER, "predict", &entrant, "Erin's weather team", b"a,b\n").await;
    let elsewhere = olga.get(&format!("/challenges/{CHICAGO}/entries/{}/file", weather.id)).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    let ada = admin(&app).await;
    let mut ada = signed_in(&app, &ada).await;
    assert_eq!(
        ada.get(&format!("/challenges/{CHICAGO}/entries/{}/file", weather.id)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(ada.get(&format!("/challenges/{WEATHER}/entries/{}/file", weather.id)).await.status, StatusCode::OK);

    // The entrant may not download, not even their own entry, from here.
    let mut erin = signed_in(&app, &entrant).await;
    let refused = erin.get(&url).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text().contains("You do not have access to this page."));
    assert!(refused.header("content-disposition").is_empty());
}

#[tokio::test]
async fn manage_lists_the_challenges_a_person_organizes_and_admins_see_every_one() {
    let app = TestApp::with_examples().await;
    let organizer = organizer_of(&app, CHICAGO, "olga@example.org").await;
    let chicago = app.env.store.challenge_by_slug(CHICAGO).await.expect("query").expect("challenge");
    let weather = app.env.store.challenge_by_slug(WEATHER).await.expect("query").expect("challenge");

    let mut olga = signed_in(&app, &organizer).await;
    let home = olga.get("/manage").await;
    assert_eq!(home.status, StatusCode::OK);
    let home = home.text();
    assert!(home.contains(&chicago.title), "{home}");
    assert!(!home.contains(&weather.title), "only what she organizes");
    assert!(home.contains("<a href=\"/manage\">Manage</a>"), "the header links the home");
    assert!(home.contains(&format!("/challenges/{CHICAGO}/tracks/predict/entries")), "links to the entries");
    assert!(home.contains("Nothing right now."), "an open challenge with no work waiting");
    let elsewhere = olga.get("/").await.text();
    assert!(elsewhere.contains("<a href=\"/manage\">Manage</a>"), "on every page");

    let ada = admin(&app).await;
    let mut ada = signed_in(&app, &ada).await;
    let home = ada.get("/manage").await.text();
    assert!(home.contains(&chicago.title) && home.contains(&weather.title), "an admin sees every challenge");
    assert!(home.contains("As a site admin you see every challenge."));
    let admin_page = ada.get("/admin").await.text();
    assert!(admin_page.contains("href=\"/manage\""), "/admin links the organizer home");

    let entrant = app.user("erin@example.org", "Erin Entrant").await;
    let mut erin = signed_in(&app, &entrant).await;
    let home = erin.get("/manage").await;
    assert_eq!(home.status, StatusCode::OK, "not an error");
    let home = home.text();
    assert!(home.contains("You do not organize any challenge yet."), "{home}");
    assert!(!home.contains(&chicago.title));
    assert!(!home.contains("<a href=\"/manage\">Manage</a>"), "no Manage link for someone who organizes nothing");

    let anonymous = app.get("/manage").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER, "sign in first");
}

#[tokio::test]
async fn each_attention_item_appears_while_its_condition_holds() {
    let app = TestApp::with_examples().await;
    let dir = tempfile::tempdir().expect("tempdir");
    // Closed in the past: its results are waiting to be published.
    write_ideas_bundle(dir.path(), "2026-06-01T00:00:00Z", 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let parks = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let track = store.tracks(parks.id).await.expect("tracks").remove(0);
    let organizer = organizer_of(&app, "park-ideas", "olga@example.org").await;
    let chicago = store.challenge_by_slug(CHICAGO).await.expect("query").expect("challenge");
    store.grant_role(chicago.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer of Chicago too");
    let judge = app.user("jo@example.org", "Jo Judge").await;
    store.grant_role(parks.id, judge.id, ChallengeRole::Judge).await.expect("judge");
    let mut olga = signed_in(&app, &organizer).await;

    let home = olga.get("/manage").await.text();
    assert!(home.contains("The challenge has closed and its results are not published yet."), "{home}");
    assert!(home.contains("/challenges/park-ideas/manage/publish\">Publish results"), "{home}");
    assert!(!home.contains("waiting for the resident"));
    assert!(!home.contains("could not be scored"));

    // An idea typed in for a resident, waiting for their confirmation.
    let idea = plaza_store::NewIdea {
        challenge_id: parks.id,
        track_id: track.id,
        team_id: None,
        author_id: None,
        fields: plaza_core::IdeaFields { title: "Shade trees".into(), ..Default::default() },
        declared: Default::default(),
        contact_name: "Pat Resident".into(),
        contact_email: "pat@example.org".into(),
    };
    let assisted = plaza_store::AssistedIdea {
        idea,
        by: organizer.id,
        channel: AssistChannel::PaperForm,
        attested: false,
        locale: None,
        confirm_secret: plaza_store::new_secret(),
    };
    let idea = store.create_assisted_idea(&assisted, None).await.expect("assisted idea");
    let home = olga.get("/manage").await.text();
    assert!(home.contains("1 idea entered for residents is waiting for the resident"), "{home}");
    assert!(home.contains("/challenges/park-ideas/tracks/ideas/ideas\">See the ideas"), "{home}");

    // Judging open, the judge's review not done.
    store.open_judging(parks.id, &track, &[(judge.id, idea.id)], organizer.id).await.expect("open judging");
    let home = olga.get("/manage").await.text();
    assert!(home.contains("Better parks: 1 judge has still to do 1 review."), "{home}");
    assert!(home.contains("/challenges/park-ideas/manage/judging/ideas\">See judges"), "{home}");
    let review = ReviewRecord {
        idea_id: idea.id,
        judge: judge.id,
        scores: vec![4, 3],
        feedback: "Good".into(),
        private_note: String::new(),
    };
    store.save_review(parks.id, track.id, &review).await.expect("review");
    let home = olga.get("/manage").await.text();
    assert!(!home.contains("still to do"), "the judge caught up: {home}");

    // Judging closed, no winner picked.
    store.close_judging(parks.id, &track, organizer.id).await.expect("close judging");
    let home = olga.get("/manage").await.text();
    assert!(home.contains("Better parks: judging is closed and no winners are picked yet."), "{home}");
    store.decide(parks.id, track.id, idea.id, Place::Winner, "Shade for everyone", organizer.id).await.expect("decide");
    let home = olga.get("/manage").await.text();
    assert!(!home.contains("no winners are picked yet"), "a winner is picked: {home}");

    // An entry Plaza failed to score, on the other challenge she organizes.
    let entrant = app.user("erin@example.org", "Erin Entrant").await;
    let failed = entry(&app, CHICAGO, "predict", &entrant, "Erin's team", b"id,target\n").await;
    store.mark_submission_failed(failed.id, "the worker lost its lease").await.expect("failed");
    let home = olga.get("/manage").await.text();
    assert!(home.contains("1 entry could not be scored because of a problem on Plaza"), "{home}");
    assert!(
        home.contains(&format!("/challenges/{CHICAGO}/tracks/predict/entries?status=failed\">See these entries")),
        "{home}"
    );

    // Published: nothing left to publish.
    assert!(store.publish_results(parks.id, &[track.id], &[], organizer.id).await.expect("publish"));
    let home = olga.get("/manage").await.text();
    assert!(!home.contains("results are not published yet"), "{home}");
}
