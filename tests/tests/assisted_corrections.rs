//! A resident who gave an idea on paper or by phone asks for a change before
//! confirming: staff correct it, the old confirmation link stops working and
//! a new one arrives; staff can also just send the link again.

use axum::http::StatusCode;
use plaza_core::{ChallengeRole, Confirmation};
use plaza_tests::{PUBLIC_URL, TestApp, link_in, write_ideas_bundle};

const TRACK: &str = "/challenges/park-ideas/tracks/ideas";

fn fields(proposal: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", "Shade trees on the playground"),
        ("summary", "Plant trees so children can play in summer."),
        ("problem", "The Riverside playground is too hot to use in July."),
        ("proposal", proposal),
        ("datasets", "parks"),
        ("q_area", "North"),
        ("channel", "paper_form"),
        ("contact_name", "Pat Paper"),
        ("contact_email", "pat@example.org"),
        ("action", "submit"),
    ]
}

async fn confirmation_link(app: &TestApp) -> String {
    let mail = app.last_email_to("pat@example.org").await.expect("a confirmation email");
    link_in(&mail.text, &format!("{PUBLIC_URL}/ideas/confirm/")).expect("a link")
}

/// The park ideas challenge, imported.
async fn park_ideas(app: &TestApp) -> plaza_core::Challenge {
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    app.env.store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge")
}

/// Olga, its organizer.
async fn organizer(app: &TestApp, challenge: &plaza_core::Challenge) -> plaza_core::User {
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    olga
}

#[tokio::test]
async fn staff_correct_an_unconfirmed_idea_and_the_resident_confirms_the_new_text_with_a_new_link() {
    let app = TestApp::empty().await;
    let challenge = park_ideas(&app).await;
    let mut staff = app.browser();
    staff.sign_in_as(&organizer(&app, &challenge).await).await;

    let entered = staff.post(&format!("{TRACK}/ideas/assisted"), &fields("Plant ten shade trees.")).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    let first_link = confirmation_link(&app).await;
    let track = app.env.store.tracks(challenge.id).await.expect("tracks").remove(0);
    let idea = app.env.store.track_ideas(track.id).await.expect("ideas").remove(0);

    // The list offers both ways; the form comes back filled in.
    let list = staff.get(&format!("{TRACK}/ideas")).await.text();
    assert!(list.contains("Correct it") && list.contains("Email them a new link"), "{list}");
    let form = staff.get(&format!("/challenges/park-ideas/ideas/{}/correct", idea.id)).await.text();
    assert!(form.contains("Plant ten shade trees.") && form.contains("Pat Paper"), "{form}");
    assert!(form.contains("the link we sent them stops working"), "{form}");

    // A correction with a problem keeps what was typed and changes nothing.
    let mut broken = fields("");
    broken.retain(|(k, _)| *k != "contact_name");
    let refused = staff.post(&format!("/challenges/park-ideas/ideas/{}/correct", idea.id), &broken).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Give the resident"), "{}", refused.text());

    let corrected =
        staff.post(&format!("/challenges/park-ideas/ideas/{}/correct", idea.id), &fields("Plant twelve oaks.")).await;
    assert_eq!(corrected.status, StatusCode::SEE_OTHER, "{}", corrected.text());
    assert!(staff.get(&corrected.location()).await.text().contains("we emailed the resident a new one"));
    let second_link = confirmation_link(&app).await;
    assert_ne!(first_link, second_link);
    let mut pat = app.browser();
    assert_eq!(pat.get(&first_link).await.status, StatusCode::NOT_FOUND, "the old link no longer works");
    let page = pat.get(&second_link).await.text();
    assert!(page.contains("Plant twelve oaks.") && !page.contains("Plant ten shade trees."), "{page}");

    // Sending the link again also retires the one before.
    let resent = staff.post(&format!("/challenges/park-ideas/ideas/{}/resend", idea.id), &[]).await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.text());
    let third_link = confirmation_link(&app).await;
    assert_eq!(pat.get(&second_link).await.status, StatusCode::NOT_FOUND);
    let confirmed = pat.post(&third_link, &[]).await.text();
    assert!(confirmed.contains("your idea is confirmed"), "{confirmed}");
    let idea = app.env.store.idea(idea.id).await.expect("query").expect("idea");
    assert_eq!(idea.confirmation, Confirmation::Confirmed);
    assert_eq!(idea.fields.proposal, "Plant twelve oaks.");

    // Once confirmed, it is the resident's word: no more corrections or links.
    let late = staff.post(&format!("/challenges/park-ideas/ideas/{}/correct", idea.id), &fields("Changed.")).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let late = staff.post(&format!("/challenges/park-ideas/ideas/{}/resend", idea.id), &[]).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(app.env.store.idea(idea.id).await.expect("query").expect("idea").fields.proposal, "Plant twelve oaks.");

    // Residents and other organizers' staff cannot use these routes.
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    let refused = resident.get(&format!("/challenges/park-ideas/ideas/{}/correct", idea.id)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_resident_who_called_in_spanish_gets_the_link_and_the_correction_in_spanish() {
    let app = TestApp::empty().await;
    let challenge = park_ideas(&app).await;
    let mut staff = app.browser();
    staff.sign_in_as(&organizer(&app, &challenge).await).await;

    // The form offers each language, the staff member's own chosen first.
    let form = staff.get(&format!("{TRACK}/ideas/assisted")).await.text();
    assert!(form.contains("name=\"contact_language\""), "{form}");
    assert!(form.contains("<option value=\"en\" lang=\"en\" selected>"), "{form}");

    // A language the site does not have is refused, and nothing is saved.
    let mut klingon = fields("Plant ten shade trees.");
    klingon.push(("contact_language", "tlh"));
    let refused = staff.post(&format!("{TRACK}/ideas/assisted"), &klingon).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Choose a language from the list."), "{}", refused.text());
    assert!(app.last_email_to("pat@example.org").await.is_none());

    let mut spanish = fields("Plant ten shade trees.");
    spanish.push(("contact_language", "es"));
    let entered = staff.post(&format!("{TRACK}/ideas/assisted"), &spanish).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    let mail = app.last_email_to("pat@example.org").await.expect("a confirmation email");
    assert!(mail.text.contains("/ideas/confirm/"), "{}", mail.text);
    assert!(mail.subject.starts_with("Por favor, confirme su idea"), "{}", mail.subject);

    // The correction form remembers the choice, and the new link is Spanish too.
    let track = app.env.store.tracks(challenge.id).await.expect("tracks").remove(0);
    let idea = app.env.store.track_ideas(track.id).await.expect("ideas").remove(0);
    let correct = staff.get(&format!("/challenges/park-ideas/ideas/{}/correct", idea.id)).await.text();
    assert!(correct.contains("<option value=\"es\" lang=\"es\" selected>"), "{correct}");
    let again = staff.post(&format!("/challenges/park-ideas/ideas/{}/resend", idea.id), &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.text());
    let resent = app.last_email_to("pat@example.org").await.expect("a new link");
    assert_eq!(resent.subject, mail.subject);
}
