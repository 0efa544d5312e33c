//! Data-quality reports (#15 item 1): a resident finds a row and reports a
//! wrong value with a photo; a partner organization confirms it; other
//! reports are marked already reported or not confirmed, and each sender
//! is emailed; an organizer publishes the corrected file as a new version,
//! the old one still downloads, the change log thanks the sender and the
//! hidden answers do not change. Hostile and out-of-place requests change
//! nothing. Runs on SQLite, and on PostgreSQL with PLAZA_TEST_DATABASE_URL.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_core::data_report::ReportStatus;
use plaza_tests::TestApp;

const TREES: &str = "/challenges/toronto-street-trees";
const DATA: &str = "/challenges/toronto-street-trees/data/trees-train";

fn answers_hashes(tracks: &[plaza_core::Track]) -> Vec<String> {
    tracks
        .iter()
        .filter_map(|track| match &track.settings {
            plaza_core::TrackSettings::Predictions { answers, .. } => Some(answers.sha256.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn a_wrong_row_is_reported_confirmed_and_corrected_in_a_new_version() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("example");
    let answers_before = answers_hashes(&store.tracks(challenge.id).await.expect("tracks"));
    let original = app.get(&format!("{DATA}/download")).await.body;
    let rosa = app.user("rosa@example.org", "Rosa").await;
    let lena = app.user("lena@library.example.org", "Lena at the library").await;
    store.grant_role(challenge.id, lena.id, ChallengeRole::Intermediary).await.expect("partner");
    let olga = app.user("olga@example.org", "Olga").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");

    // The data guide leads to the form, and a search finds the row.
    let guide = app.get(DATA).await.text();
    assert!(guide.contains(&format!("{DATA}/report")), "the guide links to the form: {guide}");
    let found = app.get(&format!("{DATA}/report?q=amsterdam")).await.text();
    assert!(found.contains("AMSTERDAM AVE") && found.contains(&format!("{DATA}/report?row=2")), "{found}");
    assert!(found.contains("Sign in to report a problem"), "a visitor is asked to sign in: {found}");

    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    let chosen = resident.get(&format!("{DATA}/report?row=2")).await.text();
    assert!(chosen.contains("Row 2 says now:") && chosen.contains("Maple, Norway"), "{chosen}");

    // Bad reports are refused with why, and nothing is kept.
    let url = format!("{DATA}/report");
    let bad = resident
        .post_multipart(&url, &[("scope", "row"), ("row", "999999"), ("column", "COLOUR"), ("problem", " ")], &[])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = bad.text();
    assert!(text.contains("The file has 2,192 rows") || text.contains("rows. Type a row number"), "{text}");
    assert!(text.contains("The file has no such column") && text.contains("Say what is wrong."), "{text}");
    let not_a_picture = resident
        .post_multipart(
            &url,
            &[("scope", "file"), ("problem", "Old data")],
            &[("photo", "photo.jpg", b"#!/bin/sh\necho not a picture\n")],
        )
        .await;
    assert_eq!(not_a_picture.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(not_a_picture.text().contains("must be a JPEG, PNG, GIF or WebP"), "{}", not_a_picture.text());
    let forged = resident.send(
        axum::http::Request::post(&url).header("content-type", "application/x-www-form-urlencoded"),
        axum::body::Body::from("scope=file&problem=forged"),
    );
    assert_eq!(forged.await.status, StatusCode::FORBIDDEN);
    assert!(store.challenge_reports(challenge.id).await.expect("reports").is_empty());

    // A good report, with a photo whose author is removed.
    let photo = plaza_core::attachment::samples::png_with_author("Rosa Secret");
    let sent = resident
        .post_multipart(
            &url,
            &[
                ("scope", "row"),
                ("row", "2"),
                ("column", "COMMON_NAME"),
                ("problem", "This tree is a red maple, not a Norway maple."),
                ("should_be", "Maple, red"),
                ("how_known", "I see its leaves every autumn."),
                ("credit", "yes"),
                ("credit_name", "Rosa R."),
            ],
            &[("photo", "IMG_0001.png", &photo)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let report = store.challenge_reports(challenge.id).await.expect("reports").remove(0);
    assert_eq!((report.row, report.column.as_str(), report.status), (Some(2), "COMMON_NAME", ReportStatus::Waiting));
    let mine = resident.get(&sent.location()).await.text();
    assert!(mine.contains("Your report is sent") && mine.contains("red maple"), "{mine}");
    // The public sees that a report waits, not its words, until someone checks it.
    let public = app.get(&format!("{DATA}/reports")).await.text();
    assert!(public.contains("Row 2, column COMMON_NAME") && !public.contains("red maple"), "{public}");
    // The photo: to its sender and the partner, cleaned; to nobody else.
    let photo_url = format!("{DATA}/reports/{}/photo", report.id);
    let own = resident.get(&photo_url).await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(!String::from_utf8_lossy(&own.body).contains("Rosa Secret"), "the author is removed");
    let mut someone = app.browser();
    someone.sign_in_as(&app.user("sam@example.org", "Sam").await).await;
    assert_eq!(someone.get(&photo_url).await.status, StatusCode::NOT_FOUND);

    // The partner organization confirms it with the value it should have.
    let mut partner = app.browser();
    partner.sign_in_as(&lena).await;
    assert_eq!(partner.get(&photo_url).await.status, StatusCode::OK);
    let triage = partner.get(&format!("{TREES}/manage/reports")).await;
    assert_eq!(triage.status, StatusCode::OK);
    assert!(triage.text().contains("red maple") && triage.text().contains("Maple, Norway"), "{}", triage.text());
    assert_eq!(partner.get(&format!("{TREES}/manage")).await.status, StatusCode::FORBIDDEN, "only the reports");
    let action = format!("{TREES}/manage/reports/{}", report.id);
    let confirmed = partner.post(&action, &[("action", "confirm"), ("correction", "Maple, red")]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER, "{}", confirmed.text());
    let to_rosa = app.last_email_to("rosa@example.org").await.expect("an email to the sender");
    assert!(to_rosa.text.contains("you are right"), "{}", to_rosa.text);

    // A second report of the same cell is already reported; a third is not confirmed.
    let mut second = app.browser();
    let sam = app.user("sam2@example.org", "Sam Two").await;
    second.sign_in_as(&sam).await;
    let fields = [("scope", "row"), ("row", "2"), ("column", "COMMON_NAME"), ("problem", "Wrong species")];
    assert_eq!(second.post_multipart(&url, &fields, &[]).await.status, StatusCode::SEE_OTHER);
    let fields = [("scope", "column"), ("column", "WARD"), ("problem", "Wards changed in 2018")];
    assert_eq!(second.post_multipart(&url, &fields, &[]).await.status, StatusCode::SEE_OTHER);
    let reports = store.challenge_reports(challenge.id).await.expect("reports");
    let (duplicate, ward) = (reports[1].id, reports[2].id);
    let itself = partner
        .post(
            &format!("{TREES}/manage/reports/{duplicate}"),
            &[("action", "duplicate"), ("original", &duplicate.to_string())],
        )
        .await;
    assert_eq!(itself.status, StatusCode::CONFLICT, "a report does not repeat itself");
    let marked = partner
        .post(
            &format!("{TREES}/manage/reports/{duplicate}"),
            &[("action", "duplicate"), ("original", &report.id.to_string())],
        )
        .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER);
    let no_reason =
        partner.post(&format!("{TREES}/manage/reports/{ward}"), &[("action", "reject"), ("reason", "")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reason = "The file uses the 2018 wards, as its data guide says.";
    let rejected =
        partner.post(&format!("{TREES}/manage/reports/{ward}"), &[("action", "reject"), ("reason", reason)]).await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER);
    let to_sam = app.last_email_to("sam2@example.org").await.expect("an email to the second sender");
    assert!(to_sam.text.contains(reason), "{}", to_sam.text);

    // Only an organizer publishes; the partner may not.
    let publish = format!("{TREES}/manage/datasets/trees-train/corrections");
    let by_partner = partner.post(&publish, &[("change_note", "Fixed")]).await;
    assert_eq!(by_partner.status, StatusCode::FORBIDDEN);
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let home = organizer.get("/manage").await.text();
    assert!(home.contains(&format!("{TREES}/manage/reports")), "needs attention: {home}");
    let published = organizer.post(&publish, &[("change_note", "A tree's species, reported by a resident.")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    assert!(published.location().contains("notice=published&version=2"), "{}", published.location());

    // The new file has the correction; the old one still downloads as it was.
    let current = String::from_utf8_lossy(&app.get(&format!("{DATA}/download")).await.body).into_owned();
    let old = app.get(&format!("{DATA}/versions/1/download")).await;
    assert_eq!(old.status, StatusCode::OK);
    assert_eq!(old.body, original, "version 1 is the file as it was");
    let line = |text: &str| text.lines().nth(2).unwrap_or_default().to_owned();
    assert!(line(&current).contains("\"Maple, red\""), "{}", line(&current));
    assert!(line(&String::from_utf8_lossy(&original)).contains("\"Maple, Norway\""));
    assert_eq!(current.lines().count(), String::from_utf8_lossy(&original).lines().count(), "no row lost");
    assert_eq!(answers_hashes(&store.tracks(challenge.id).await.expect("tracks")), answers_before, "answers unchanged");
    let log = app.get(&format!("{DATA}/reports")).await.text();
    assert!(log.contains("Version 2") && log.contains("Thanks to Rosa R."), "{log}");
    assert!(log.contains("“Maple, Norway” is now “Maple, red”"), "{log}");
    assert!(log.contains(reason), "a checked report's words are public: {log}");
    let to_rosa = app.last_email_to("rosa@example.org").await.expect("an email to the sender");
    assert!(to_rosa.text.contains("version 2"), "{}", to_rosa.text);

    // The organizers' results package lists the reports, without who sent them.
    let zip = organizer.get(&format!("{TREES}/manage/results.zip")).await;
    assert_eq!(zip.status, StatusCode::OK);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.body.clone())).expect("a zip");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("data_reports.csv").expect("data_reports.csv"), &mut csv)
        .expect("text");
    assert!(csv.starts_with("id,dataset,about,row,column,problem"), "{csv}");
    assert!(csv.contains("Maple, red") && csv.contains(reason) && csv.contains("Rosa R."), "{csv}");
    assert!(!csv.contains("rosa@example.org") && !csv.contains("Sam Two"), "{csv}");

    // The challenge's open-data export carries the correction, for anyone.
    let open = app.get(&format!("{TREES}/open-data.zip")).await;
    assert_eq!(open.status, StatusCode::OK);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(open.body.clone())).expect("a zip");
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap_or_else(|_| panic!("{name}")), &mut text)
            .expect("text");
        text
    };
    let corrections = read("data_corrections.csv");
    assert!(corrections.contains("Maple, Norway") && corrections.contains("Maple, red"), "{corrections}");
    assert!(corrections.contains("Rosa R.") && !corrections.contains("rosa@example.org"), "{corrections}");
    let guide = read("datasets/trees-train.md");
    assert!(guide.contains("“Maple, Norway” is now “Maple, red”"), "{guide}");
    assert!(read("README.md").contains("data_corrections.csv"));
    assert!(!read("datasets.csv").is_empty());

    // A published correction cannot change, and nothing is left to publish.
    let again = partner.post(&action, &[("action", "reject"), ("reason", "Changed my mind")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(organizer.post(&publish, &[("change_note", "Again")]).await.status, StatusCode::CONFLICT);

    // An organizer of another challenge cannot reach these reports through theirs.
    let chicago = store.challenge_by_slug("chicago-food-inspections").await.expect("query").expect("example");
    let otto = app.user("otto@example.org", "Otto").await;
    store.grant_role(chicago.id, otto.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut other = app.browser();
    other.sign_in_as(&otto).await;
    let elsewhere = format!("/challenges/chicago-food-inspections/manage/reports/{ward}");
    assert_eq!(other.post(&elsewhere, &[("action", "confirm")]).await.status, StatusCode::NOT_FOUND);
    let kept = store.data_report(challenge.id, ward).await.expect("query").expect("kept");
    assert_eq!(kept.status, ReportStatus::Rejected);
}

/// Each search, or row looked up, reads the file: one connection gets a
/// bounded number an hour, then a clear refusal; the plain form still opens.
#[tokio::test]
async fn searching_a_file_again_and_again_is_refused_after_the_hourly_limit() {
    let app = TestApp::with_examples().await;
    let limit = plaza_core::data_report::SEARCHES_PER_HOUR;
    for n in 0..limit {
        let url = if n % 2 == 0 { format!("{DATA}/report?q=maple") } else { format!("{DATA}/report?row={}", n + 1) };
        assert_eq!(app.get(&url).await.status, StatusCode::OK, "search {n}");
    }
    let refused = app.get(&format!("{DATA}/report?q=amsterdam")).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let text = refused.text();
    assert!(text.contains(&format!("You searched the data {limit} times in the last hour")), "{text}");
    assert!(!text.contains("AMSTERDAM AVE"), "nothing was searched: {text}");
    assert_eq!(app.get(&format!("{DATA}/report?row=2")).await.status, StatusCode::TOO_MANY_REQUESTS);
    // The form without a search reads no rows, and still opens.
    assert_eq!(app.get(&format!("{DATA}/report")).await.status, StatusCode::OK);
}

/// The park ideas challenge, imported into `app`.
async fn park_ideas(app: &TestApp) -> plaza_core::Challenge {
    let dir = tempfile::tempdir().expect("tempdir");
    plaza_tests::write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    app.env.store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge")
}

#[tokio::test]
async fn a_partner_organization_is_invited_named_on_the_challenge_page_and_enters_ideas() {
    let app = TestApp::empty().await;
    let challenge = park_ideas(&app).await;
    let store = &app.env.store;
    let olga = app.user("olga@example.org", "Olga").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let invite = "/challenges/park-ideas/manage/invitations";

    // A partner without a name is refused; nothing is sent.
    let nameless = organizer.post(invite, &[("email", "desk@library.example.org"), ("role", "intermediary")]).await;
    assert_eq!(nameless.status, StatusCode::BAD_REQUEST);
    assert!(nameless.text().contains("Write the partner organization"), "{}", nameless.text());
    assert!(app.last_email_to("desk@library.example.org").await.is_none());
    let help = "100 Queen St\nTuesdays 2 to 5 pm";
    let invited = organizer
        .post(
            invite,
            &[
                ("email", "desk@library.example.org"),
                ("role", "intermediary"),
                ("organization", "Central Library"),
                ("help", help),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.text());
    let people = organizer.get("/challenges/park-ideas/manage").await.text();
    assert!(people.contains("(Central Library)"), "{people}");
    // Not on the challenge page before the invitation is accepted.
    assert!(!app.get("/challenges/park-ideas").await.text().contains("Central Library"));

    let mail = app.last_email_to("desk@library.example.org").await.expect("an invitation");
    assert!(mail.text.contains("partner organization"), "{}", mail.text);
    let link = plaza_tests::link_in(&mail.text, &format!("{}/invitations/", plaza_tests::PUBLIC_URL)).expect("link");
    let lena = app.user("desk@library.example.org", "Lena").await;
    let mut partner = app.browser();
    partner.sign_in_as(&lena).await;
    let accepted = partner.post(&link, &[]).await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text());
    assert!(accepted.text().contains("partner organization"), "{}", accepted.text());

    let page = app.get("/challenges/park-ideas").await.text();
    assert!(page.contains("Central Library") && page.contains("100 Queen St"), "{page}");
    assert!(page.contains("They can help you send an idea"), "{page}");

    // The partner enters an idea a resident gave on paper; the resident is asked to confirm it.
    let form = partner.get("/challenges/park-ideas/tracks/ideas/ideas/assisted").await;
    assert_eq!(form.status, StatusCode::OK);
    let fields = [
        ("title", "Shade trees on the playground"),
        ("summary", "Plant trees so children can play in summer."),
        ("problem", "The Riverside playground is too hot to use in July."),
        ("proposal", "Plant ten shade trees."),
        ("datasets", "parks"),
        ("q_area", "North"),
        ("channel", "paper_form"),
        ("contact_name", "Pat Paper"),
        ("contact_email", "pat@example.org"),
        ("action", "submit"),
    ];
    let entered = partner.post("/challenges/park-ideas/tracks/ideas/ideas/assisted", &fields).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    let done = partner.get(&entered.location()).await.text();
    assert!(done.contains("The idea is entered"), "{done}");
    assert!(app.last_email_to("pat@example.org").await.is_some(), "the resident is asked to confirm");
    // The organizers' list of ideas (with every resident's contact) stays theirs.
    assert_eq!(partner.get("/challenges/park-ideas/tracks/ideas/ideas").await.status, StatusCode::FORBIDDEN);
    let track = store.tracks(challenge.id).await.expect("tracks").remove(0);
    assert_eq!(store.track_ideas(track.id).await.expect("ideas").len(), 1);

    // Removed from the role, the partner leaves the challenge page.
    store.revoke_role(challenge.id, lena.id, ChallengeRole::Intermediary, false).await.expect("revoke");
    assert!(!app.get("/challenges/park-ideas").await.text().contains("Central Library"));
}

#[tokio::test]
async fn a_data_story_waits_for_moderation_then_shows_on_the_guide_and_in_its_documentation() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("example");
    let rosa = app.user("rosa@example.org", "Rosa").await;
    let lena = app.user("lena@library.example.org", "Lena at the library").await;
    store.grant_role(challenge.id, lena.id, ChallengeRole::Intermediary).await.expect("partner");
    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    let url = format!("{DATA}/stories/new");
    assert!(app.get(&url).await.text().contains("Sign in to tell a story"));

    // A story with problems is refused with each, and nothing is kept.
    let bad = resident
        .post_multipart(&url, &[("title", " "), ("body", "Trees"), ("rows", "0-3"), ("date_from", "June")], &[])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = bad.text();
    assert!(text.contains("Give your story a title.") && text.contains("Write the date as year-month-day"), "{text}");
    let picture = plaza_core::attachment::samples::jpeg_with_author("Rosa Secret");
    let no_alt = resident
        .post_multipart(&url, &[("title", "Elms"), ("body", "Old elms.")], &[("picture", "elm.jpg", &picture)])
        .await;
    assert_eq!(no_alt.status, StatusCode::UNPROCESSABLE_ENTITY, "a picture needs its description");
    assert!(store.challenge_stories(challenge.id).await.expect("stories").is_empty());

    let story = [
        ("title", "Why Amsterdam Avenue has so many maples"),
        ("body", "The street was replanted in 1990 after an ice storm, mostly with Norway maples."),
        ("place", "Amsterdam Avenue"),
        ("date_from", "1990-04-01"),
        ("date_to", "1990-10-31"),
        ("rows", "2"),
        ("organization", "East York Historical Society"),
        ("picture_alt", "A row of young maples along a street"),
    ];
    let sent = resident.post_multipart(&url, &story, &[("picture", "IMG_0002.jpg", &picture)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let told = store.challenge_stories(challenge.id).await.expect("stories").remove(0);
    let guide = resident.get(&sent.location()).await.text();
    assert!(guide.contains("We will read your story") && guide.contains("Waiting to be read"), "{guide}");
    // Nobody else sees it, nor its picture, before it is published.
    assert!(!app.get(DATA).await.text().contains("ice storm"));
    let picture_url = format!("{DATA}/stories/{}/picture", told.id);
    assert_eq!(app.get(&picture_url).await.status, StatusCode::NOT_FOUND);

    // The partner organization fixes a typo, with a note, and publishes it.
    let mut partner = app.browser();
    partner.sign_in_as(&lena).await;
    let manage = partner.get(&format!("{TREES}/manage/stories")).await.text();
    assert!(manage.contains("ice storm"), "{manage}");
    let action = format!("{TREES}/manage/stories/{}", told.id);
    let no_note =
        partner.post(&action, &[("action", "edit"), ("title", "Maples"), ("body", "Text"), ("note", "")]).await;
    assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fixed = partner
        .post(
            &action,
            &[
                ("action", "edit"),
                ("title", "Why Amsterdam Avenue has so many maples"),
                ("body", "The street was replanted in 1991 after an ice storm, mostly with Norway maples."),
                ("note", "The storm was in 1991, not 1990."),
            ],
        )
        .await;
    assert_eq!(fixed.status, StatusCode::SEE_OTHER, "{}", fixed.text());
    let public = app.get(DATA).await.text();
    assert!(public.contains("replanted in 1991") && public.contains("The storm was in 1991"), "{public}");
    assert!(public.contains("Rosa, for East York Historical Society"), "{public}");
    assert!(public.contains(&format!("{DATA}#story-{}", told.id)), "a link to cite it: {public}");
    let shown = app.get(&picture_url).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(!String::from_utf8_lossy(&shown.body).contains("Rosa Secret"), "the author is removed");

    // A declined story tells its author why, and stays private.
    let second =
        resident.post_multipart(&url, &[("title", "My neighbour"), ("body", "Bob at number 5 is rude.")], &[]).await;
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    let declined = store.challenge_stories(challenge.id).await.expect("stories").remove(1);
    let decline = format!("{TREES}/manage/stories/{}", declined.id);
    assert_eq!(
        partner.post(&decline, &[("action", "decline"), ("reason", "")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let reason = "It is about a person, not the data.";
    assert_eq!(
        partner.post(&decline, &[("action", "decline"), ("reason", reason)]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(resident.get(DATA).await.text().contains(reason));
    assert!(!app.get(DATA).await.text().contains("number 5"));
    // A resident cannot moderate.
    assert_eq!(resident.post(&decline, &[("action", "publish")]).await.status, StatusCode::FORBIDDEN);

    // The dataset's documentation carries the data dictionary and the published story only.
    let doc = app.get(&format!("{DATA}/documentation.md")).await;
    assert_eq!(doc.status, StatusCode::OK);
    assert!(doc.header("content-type").starts_with("text/markdown"), "{}", doc.header("content-type"));
    let doc = doc.text();
    assert!(doc.contains("| `DBH_TRUNK` |") && doc.contains("replanted in 1991"), "{doc}");
    assert!(!doc.contains("number 5"), "{doc}");
}
