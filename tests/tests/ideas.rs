//! Entering ideas end to end: drafts, sending with a copy by email, changes
//! until the deadline, withdrawal, attachments checked by content, and ideas
//! staff enter for residents who then confirm them.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_tests::{TestApp, link_in, write_ideas_bundle};

const TRACK: &str = "/challenges/park-ideas/tracks/ideas";

/// A site with the park ideas challenge open until the end of 2027.
async fn site(judges_per_entry: u32) -> (TestApp, tempfile::TempDir) {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", judges_per_entry);
    app.import(dir.path()).await;
    (app, dir)
}

fn complete(action: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", "Shade trees on the playground"),
        ("summary", "Plant trees so children can play in summer."),
        ("problem", "The Riverside playground is too hot to use in July."),
        ("proposal", "Plant ten shade trees along the south edge."),
        ("datasets", "parks"),
        ("beneficiaries", "Families near Riverside"),
        ("q_area", "North"),
        ("team_contact", "Rosa Resident, rosa@example.org"),
        ("organizations", "Friends of Riverside"),
        ("action", action),
    ]
}

#[tokio::test]
async fn a_resident_saves_a_draft_sends_it_changes_it_and_withdraws_it() {
    let (app, _dir) = site(1).await;
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let mut browser = app.browser();
    browser.sign_in_as(&rosa).await;

    let form = browser.get(&format!("{TRACK}/ideas/new")).await;
    assert_eq!(form.status, StatusCode::OK);
    let form = form.text();
    assert!(form.contains("Which part of town is this for?") && form.contains("Parks and their facilities"), "{form}");

    // A draft needs only a title.
    let saved = browser.post(&format!("{TRACK}/ideas"), &[("title", "Shade trees"), ("action", "save")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let idea_url = saved.location().split('?').next().expect("path").to_owned();
    let draft = browser.get(&saved.location()).await.text();
    assert!(draft.contains("Your draft is saved") && draft.contains("Draft (not sent yet)"), "{draft}");
    assert!(app.last_email_to("rosa@example.org").await.is_none(), "no email for a draft");

    // Sending needs the main fields: each missing one is named.
    let refused = browser.post(&idea_url, &[("title", "Shade trees"), ("action", "submit")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    for message in
        ["A one-paragraph summary is needed.", "The problem your idea solves is needed.", "Your proposal is needed."]
    {
        assert!(text.contains(message), "{message} in {text}");
    }
    let wrong_choice = browser
        .post(&idea_url, &[&complete("submit")[..6], &[("q_area", "East"), ("action", "submit")]].concat())
        .await;
    assert_eq!(wrong_choice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong_choice.text().contains("East") && wrong_choice.text().contains("is not one of the choices."));

    let sent = browser.post(&idea_url, &complete("submit")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let page = browser.get(&sent.location()).await.text();
    assert!(page.contains("Your idea has been sent") && page.contains("Plant ten shade trees"), "{page}");
    let mail = app.last_email_to("rosa@example.org").await.expect("a confirmation email");
    assert!(mail.subject.starts_with("We received your idea for \""), "{}", mail.subject);
    assert!(!mail.subject.contains("Shade trees"), "no entrant-written text in a subject: {}", mail.subject);
    assert!(mail.text.contains("Plant ten shade trees along the south edge.") && mail.text.contains("North"));
    assert!(mail.text.contains("The data it uses:\nParks and their facilities"), "{}", mail.text);
    assert!(mail.text.contains("Which part of town is this for?\nNorth"), "no colon after a question: {}", mail.text);
    assert!(mail.text.contains(&format!("{}{idea_url}", plaza_tests::PUBLIC_URL)), "{}", mail.text);

    // Changes are saved while the challenge is open; a sent idea keeps its required fields.
    let mut changed = complete("save");
    changed[0] = ("title", "Shade trees for Riverside");
    let updated = browser.post(&idea_url, &changed).await;
    assert_eq!(updated.status, StatusCode::SEE_OTHER);
    assert!(browser.get(&idea_url).await.text().contains("Shade trees for Riverside"));
    let emptied = browser.post(&idea_url, &[("title", "Shade trees"), ("action", "save")]).await;
    assert_eq!(emptied.status, StatusCode::UNPROCESSABLE_ENTITY, "a sent idea cannot lose its proposal");

    // Nobody else can read or change it.
    let bo = app.user("bo@example.org", "Bo").await;
    let mut other = app.browser();
    other.sign_in_as(&bo).await;
    assert_eq!(other.get(&idea_url).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.post(&idea_url, &complete("save")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.post(&format!("{idea_url}/withdraw"), &[]).await.status, StatusCode::NOT_FOUND);

    let withdrawn = browser.post(&format!("{idea_url}/withdraw"), &[]).await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let page = browser.get(&idea_url).await.text();
    assert!(page.contains("Withdrawn") && !page.contains("Change your idea"), "{page}");
    assert_eq!(browser.post(&idea_url, &complete("save")).await.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_resident_who_has_not_agreed_to_the_terms_is_asked_to_before_the_form() {
    let (app, _dir) = site(1).await;
    let email = plaza_core::Email::parse("nora@example.org").expect("email");
    let nora = app.env.store.create_user(&email, "Nora New", false).await.expect("user");
    let mut browser = app.browser();
    browser.sign_in_as(&nora).await;
    let page = browser.get(&format!("{TRACK}/ideas/new")).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.text().contains("agree to the terms of use on your account page"), "{}", page.text());
    let sent = browser.post(&format!("{TRACK}/ideas"), &complete("submit")).await;
    assert_eq!(sent.status, StatusCode::CONFLICT);
    assert!(sent.text().contains("agree to the terms of use"), "{}", sent.text());
}

#[tokio::test]
async fn ideas_are_taken_only_while_the_challenge_is_open() {
    let (app, dir) = site(1).await;
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let mut browser = app.browser();
    browser.sign_in_as(&rosa).await;
    let saved = browser.post(&format!("{TRACK}/ideas"), &complete("submit")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let idea_url = saved.location().split('?').next().expect("path").to_owned();

    write_ideas_bundle(dir.path(), "2026-06-01T00:00:00Z", 1);
    app.import(dir.path()).await;
    let closed = browser.get(&format!("{TRACK}/ideas/new")).await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    assert!(closed.text().contains("Ideas can be entered and changed only while the challenge is open."));
    assert_eq!(browser.post(&format!("{TRACK}/ideas"), &complete("submit")).await.status, StatusCode::CONFLICT);
    assert_eq!(browser.post(&idea_url, &complete("save")).await.status, StatusCode::CONFLICT);
    assert!(browser.get(&idea_url).await.text().contains("Plant ten shade trees"), "still readable");
}

#[tokio::test]
async fn attachments_are_checked_by_their_content_and_shown_only_to_who_may_see_the_idea() {
    let (app, _dir) = site(1).await;
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let mut browser = app.browser();
    browser.sign_in_as(&rosa).await;
    let saved = browser.post(&format!("{TRACK}/ideas"), &complete("save")).await;
    let idea_url = saved.location().split('?').next().expect("path").to_owned();

    let html = browser.post_file(&format!("{idea_url}/files"), "map.pdf", b"<html><script>alert(1)</script>").await;
    assert_eq!(html.status, StatusCode::BAD_REQUEST);
    assert!(html.text().contains("We accept PDF files and images"), "{}", html.text());

    let (content_type, body) = plaza_tests::multipart_body(
        &[("csrf_token", &browser.cookie("plaza_csrf").expect("csrf cookie")), ("question", "area")],
        ("file", "map.pdf", b"%PDF-1.4 a map"),
    );
    let request =
        axum::http::Request::post(format!("{idea_url}/files")).header(axum::http::header::CONTENT_TYPE, content_type);
    let wrong_question = browser.send(request, axum::body::Body::from(body)).await;
    assert_eq!(wrong_question.status, StatusCode::BAD_REQUEST);
    assert!(wrong_question.text().contains("That question does not take a file."), "{}", wrong_question.text());

    let too_big = vec![b'%'; plaza_core::idea::MAX_FILE_BYTES + 1];
    let big = browser.post_file(&format!("{idea_url}/files"), "big.pdf", &too_big).await;
    assert_eq!(big.status, StatusCode::PAYLOAD_TOO_LARGE);

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND\xaeB`\x82";
    let attached = browser.post_file(&format!("{idea_url}/files"), "../../my map.txt", png).await;
    assert_eq!(attached.status, StatusCode::SEE_OTHER, "{}", attached.text());
    let page = browser.get(&idea_url).await.text();
    assert!(page.contains("my_map.txt (image)"), "the name is cleaned, the type is the content's: {page}");
    let file_url = link_in(&page, &format!("{idea_url}/files/")).expect("a link to the file");
    let file = browser.get(&file_url).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), "image/png");
    assert!(file.header("content-security-policy").contains("sandbox"));
    assert_eq!(file.body, png);

    let bo = app.user("bo@example.org", "Bo").await;
    let mut other = app.browser();
    other.sign_in_as(&bo).await;
    assert_eq!(other.get(&file_url).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&file_url).await.status, StatusCode::SEE_OTHER, "anonymous visitors are sent to sign in");
}

#[tokio::test]
async fn staff_enter_an_idea_for_a_resident_who_confirms_it_by_email() {
    let (app, _dir) = site(1).await;
    let challenge = app.env.store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut staff = app.browser();
    staff.sign_in_as(&olga).await;

    let form = staff.get(&format!("{TRACK}/ideas/assisted")).await.text();
    assert!(form.contains("Their email address") && form.contains("The resident gave it on a paper form"), "{form}");
    let mut fields = complete("submit");
    fields.retain(|(k, _)| *k != "team_contact");
    let missing =
        staff.post(&format!("{TRACK}/ideas/assisted"), &[&fields[..], &[("channel", "paper_form")]].concat()).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.text().contains("Give the resident"), "{}", missing.text());

    let with_contact = [
        &fields[..],
        &[("channel", "paper_form"), ("contact_name", "Pat Paper"), ("contact_email", "pat@example.org")],
    ]
    .concat();
    let entered = staff.post(&format!("{TRACK}/ideas/assisted"), &with_contact).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    let list = staff.get(&entered.location()).await.text();
    assert!(list.contains("We emailed the resident a link to confirm it") && list.contains("Pat Paper"), "{list}");

    let track = app.env.store.tracks(challenge.id).await.expect("tracks").remove(0);
    let idea = app.env.store.track_ideas(track.id).await.expect("ideas").remove(0);
    assert!(!idea.judgeable(), "judges wait for the resident's confirmation");
    let assisted = idea.assisted.as_ref().expect("recorded as assisted");
    assert_eq!(assisted.by, olga.id, "Plaza records who entered it");

    let mail = app.last_email_to("pat@example.org").await.expect("a confirmation email");
    assert!(
        mail.text.contains("you gave them on a paper form")
            && mail.text.contains("Plant ten shade trees")
            && mail.text.contains("The data it uses:\nParks and their facilities")
            && mail.text.contains("Which part of town is this for?\nNorth"),
        "{}",
        mail.text
    );
    let link = link_in(&mail.text, &format!("{}/ideas/confirm/", plaza_tests::PUBLIC_URL)).expect("a link");
    let mut pat = app.browser();
    let page = pat.get(&link).await.text();
    assert!(page.contains("Is this your idea?") && page.contains("Shade trees on the playground"), "{page}");
    let confirmed = pat.post(&link, &[]).await.text();
    assert!(confirmed.contains("your idea is confirmed"), "{confirmed}");
    assert!(app.env.store.idea(idea.id).await.expect("query").expect("idea").judgeable());
    assert_eq!(pat.get("/ideas/confirm/not-a-real-token").await.status, StatusCode::NOT_FOUND);

    // Read back by phone: no email needed, confirmed at once.
    let phoned = [&fields[..], &[("channel", "phone"), ("contact_name", "Phil Phone"), ("attested", "yes")]].concat();
    let entered = staff.post(&format!("{TRACK}/ideas/assisted"), &phoned).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    let ideas = app.env.store.track_ideas(track.id).await.expect("ideas");
    assert!(ideas[1].judgeable() && ideas[1].confirmation == plaza_core::Confirmation::Attested);
    // The organizers' list says what became of each confirmation.
    let list = staff.get(&format!("{TRACK}/ideas")).await.text();
    assert!(list.contains("Confirmed by the resident") && list.contains("Read back to the resident"), "{list}");
    assert!(list.contains("Phil Phone (given by phone, entered by staff)"), "{list}");
    // A resident without an email address is named without empty brackets.
    let phil = staff.get(&format!("/ideas/{}", ideas[1].id)).await.text();
    assert!(phil.contains("for Phil Phone (read back to the resident)"), "{phil}");

    // Residents cannot use the staff form.
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    assert_eq!(resident.get(&format!("{TRACK}/ideas/assisted")).await.status, StatusCode::FORBIDDEN);

    // A draft is the resident's alone until sent, and stays so once discarded.
    let saved = resident.post(&format!("{TRACK}/ideas"), &[("title", "My secret draft"), ("action", "save")]).await;
    let draft_url = saved.location().split('?').next().expect("path").to_owned();
    let list = staff.get(&format!("{TRACK}/ideas")).await.text();
    assert!(!list.contains("My secret draft") && list.contains("1 draft being written"), "{list}");
    assert_eq!(staff.get(&draft_url).await.status, StatusCode::NOT_FOUND);
    assert_eq!(resident.post(&format!("{draft_url}/withdraw"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(staff.get(&draft_url).await.status, StatusCode::NOT_FOUND, "a discarded draft is not shown either");
    assert!(!staff.get(&format!("{TRACK}/ideas")).await.text().contains("My secret draft"));
}
