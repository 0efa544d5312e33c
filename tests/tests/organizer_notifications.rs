//! Organizers' emails about their challenges: an idea sent or entered by
//! staff, a resident's confirmation, a judge stepping aside, judging
//! complete and an entry Plaza could not score each email every organizer
//! once (never the person who did it, never a judge); each kind can be
//! turned off; organizers who chose the daily digest get one email a day
//! listing what happened, sent once however often the task runs.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::http::StatusCode;
use plaza_core::{ChallengeRole, User};
use plaza_tests::{Browser, PUBLIC_URL, TestApp, link_in, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";
const TRACK: &str = "/challenges/park-ideas/tracks/ideas";
const DASHBOARD: &str = "/challenges/park-ideas/manage/judging/ideas";

struct World {
    app: TestApp,
    _dir: tempfile::TempDir,
    olga: User,
    omar: User,
    judges: Vec<User>,
}

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

/// The park-ideas challenge with two organizers (Olga, Omar) and `judges` judges.
async fn world(judges: usize) -> World {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2099-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    let omar = app.user("omar@example.org", "Omar Organizer").await;
    for organizer in [&olga, &omar] {
        store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer");
    }
    let mut people = Vec::new();
    for (email, name) in [("jo@example.org", "Jo Judge"), ("kim@example.org", "Kim Judge")].into_iter().take(judges) {
        let judge = app.user(email, name).await;
        store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("judge");
        people.push(judge);
    }
    World { app, _dir: dir, olga, omar, judges: people }
}

fn idea_fields(title: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", title),
        ("summary", "A short summary."),
        ("problem", "A problem residents notice."),
        ("proposal", "What the city should do."),
        ("q_area", "South"),
        ("team_contact", "Call me"),
        ("organizations", ""),
        ("action", "submit"),
    ]
}

/// A resident (a new account each time) sends an idea.
async fn resident_sends(w: &World, email: &str, name: &str, title: &'static str) -> User {
    let resident = w.app.user(email, name).await;
    let mut browser = signed_in(&w.app, &resident).await;
    let sent = browser.post(&format!("{TRACK}/ideas"), &idea_fields(title)).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    resident
}

/// Every queued email to `to` whose subject starts with `subject`.
async fn emails(app: &TestApp, to: &str, subject: &str) -> Vec<plaza_core::OutgoingEmail> {
    let all = app.env.store.list_emails().await.expect("outbox");
    all.into_iter()
        .filter(|m| m.email.to.as_str() == to && m.email.subject.starts_with(subject))
        .map(|m| m.email)
        .collect()
}

/// Every queued email to `to` about a challenge organized (its subject).
async fn organizer_subjects(app: &TestApp, to: &str) -> Vec<String> {
    let all = app.env.store.list_emails().await.expect("outbox");
    all.into_iter()
        .filter(|m| m.email.to.as_str() == to && m.email.text.contains("because you organize"))
        .map(|m| m.email.subject)
        .collect()
}

#[tokio::test]
async fn a_sent_idea_emails_each_organizer_once_and_not_the_resident_or_a_judge() {
    let w = world(1).await;
    resident_sends(&w, "rosa@example.org", "Rosa Resident", "Shade trees by the pond").await;
    for organizer in ["olga@example.org", "omar@example.org"] {
        let mails = emails(&w.app, organizer, "A new idea for").await;
        assert_eq!(mails.len(), 1, "{organizer}: exactly one email");
        let mail = &mails[0];
        assert_eq!(mail.subject, "A new idea for \"Ideas for our parks\"");
        assert!(!mail.subject.contains("Shade trees"), "no text a user wrote in the subject");
        assert!(
            mail.text.contains("Rosa Resident sent an idea") && mail.text.contains("Shade trees by the pond"),
            "organizers may see who sent it: {}",
            mail.text
        );
        assert!(mail.text.contains(&format!("{PUBLIC_URL}{TRACK}/ideas")), "a link to the ideas: {}", mail.text);
        assert!(mail.list_unsubscribe.is_some(), "optional mail carries the one-click link");
    }
    assert!(organizer_subjects(&w.app, "rosa@example.org").await.is_empty());
    assert!(organizer_subjects(&w.app, "jo@example.org").await.is_empty(), "judges never get these");
}

#[tokio::test]
async fn an_idea_staff_enter_tells_the_other_organizers_and_its_confirmation_tells_every_organizer_once() {
    let w = world(0).await;
    let mut staff = signed_in(&w.app, &w.olga).await;
    let mut fields = idea_fields("A water fountain");
    fields.retain(|(k, _)| *k != "team_contact");
    fields.extend([("channel", "paper_form"), ("contact_name", "Pat Paper"), ("contact_email", "pat@example.org")]);
    let entered = staff.post(&format!("{TRACK}/ideas/assisted"), &fields).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());

    assert!(
        organizer_subjects(&w.app, "olga@example.org").await.is_empty(),
        "the organizer who entered it is not told"
    );
    let omar = emails(&w.app, "omar@example.org", "A new idea for").await;
    assert_eq!(omar.len(), 1);
    assert!(
        omar[0].text.contains("Olga Organizer entered an idea for Pat Paper")
            && omar[0].text.contains("on a paper form"),
        "{}",
        omar[0].text
    );

    let mail = w.app.last_email_to("pat@example.org").await.expect("a confirmation email");
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/ideas/confirm/")).expect("a link");
    let mut pat = w.app.browser();
    assert!(pat.post(&link, &[]).await.text().contains("your idea is confirmed"));
    assert!(pat.post(&link, &[]).await.status.is_success(), "a second visit changes nothing");
    for organizer in ["olga@example.org", "omar@example.org"] {
        let mails = emails(&w.app, organizer, "A resident confirmed their idea").await;
        assert_eq!(mails.len(), 1, "{organizer}: one email, however often the link is followed");
        assert!(mails[0].text.contains("Pat Paper confirmed"), "{}", mails[0].text);
    }
}

async fn declare_and_open(w: &World) {
    for judge in &w.judges {
        let mut browser = signed_in(&w.app, judge).await;
        let declared = browser.post(&format!("{CHALLENGE}/judging/conflicts"), &[("organizations", "Library")]).await;
        assert_eq!(declared.status, StatusCode::SEE_OTHER);
    }
    let mut organizer = signed_in(&w.app, &w.olga).await;
    let opened = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
}

/// (judge, idea) pairs still active.
async fn active(w: &World) -> Vec<(plaza_core::UserId, i64)> {
    let store = &w.app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let track = store.tracks(challenge.id).await.expect("tracks").remove(0);
    store
        .assignments(track.id)
        .await
        .expect("assignments")
        .into_iter()
        .filter(|a| a.status == plaza_core::AssignmentStatus::Active)
        .map(|a| (a.judge, a.idea_id))
        .collect()
}

async fn score(browser: &mut Browser<'_>, idea: i64, feedback: &str) {
    let url = format!("{CHALLENGE}/judging/ideas/{idea}");
    let fields = [("score_0", "4"), ("score_1", "3"), ("feedback", feedback), ("private_note", ""), ("action", "save")];
    let saved = browser.post(&url, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
}

#[tokio::test]
async fn a_recusal_and_the_last_review_tell_every_organizer_and_later_edits_tell_no_one() {
    let w = world(2).await;
    resident_sends(&w, "rosa@example.org", "Rosa Resident", "Shade trees").await;
    resident_sends(&w, "sam@example.org", "Sam Sender", "More benches").await;
    declare_and_open(&w).await;

    // A judge steps aside; the other takes the idea.
    let pairs = active(&w).await;
    let (leaving, idea) = pairs[0];
    let leaver = w.judges.iter().find(|j| j.id == leaving).expect("judge");
    let mut browser = signed_in(&w.app, leaver).await;
    let recused = browser.post(&format!("{CHALLENGE}/judging/ideas/{idea}/recuse"), &[("reason", "I know them")]).await;
    assert_eq!(recused.status, StatusCode::SEE_OTHER);
    for organizer in ["olga@example.org", "omar@example.org"] {
        let mails = emails(&w.app, organizer, "A judge stepped aside").await;
        assert_eq!(mails.len(), 1, "{organizer}");
        assert!(
            mails[0].text.contains(&format!("{} stepped aside", leaver.display_name))
                && mails[0].text.contains("I know them")
                && mails[0].text.contains("another judge")
                && mails[0].text.contains(&format!("{PUBLIC_URL}{DASHBOARD}")),
            "{}",
            mails[0].text
        );
    }

    // Every remaining assignment scored: judging is complete, told once.
    let pairs = active(&w).await;
    for (judge, idea) in &pairs {
        let judge = w.judges.iter().find(|j| j.id == *judge).expect("judge");
        let mut browser = signed_in(&w.app, judge).await;
        score(&mut browser, *idea, "Good").await;
    }
    for organizer in ["olga@example.org", "omar@example.org"] {
        let mails = emails(&w.app, organizer, "Judging is complete").await;
        assert_eq!(mails.len(), 1, "{organizer}");
        assert!(mails[0].text.contains("2 reviews in all"), "{}", mails[0].text);
    }
    // An edit after that tells no one again.
    let (judge, idea) = pairs[0];
    let judge = w.judges.iter().find(|j| j.id == judge).expect("judge");
    let mut browser = signed_in(&w.app, judge).await;
    score(&mut browser, idea, "Good, on second thought").await;
    assert_eq!(emails(&w.app, "olga@example.org", "Judging is complete").await.len(), 1);
    for judge in &w.judges {
        assert!(organizer_subjects(&w.app, judge.email.as_str()).await.is_empty(), "judges never get these");
    }
}

#[tokio::test]
async fn an_organizer_who_turns_a_kind_off_stops_getting_it() {
    let w = world(0).await;
    let mut omar = signed_in(&w.app, &w.omar).await;
    let page = omar.get("/account").await.text();
    assert!(page.contains("Emails about challenges you organize"), "{page}");
    let kinds = [
        ("kind", "idea_confirmed"),
        ("kind", "judge_recused"),
        ("kind", "judging_complete"),
        ("kind", "entry_failed"),
        ("delivery", "each"),
    ];
    let saved = omar.post("/account/organizer-emails", &kinds).await;
    assert_eq!(saved.location(), "/account?saved=organizer-emails");
    let page = omar.get(&saved.location()).await.text();
    assert!(page.contains("Your choice of emails about the challenges you organize was saved."));
    assert!(!page.contains("value=\"idea_sent\" checked"), "the box is unticked now");
    assert!(page.contains("value=\"judge_recused\" checked"));

    let rosa = resident_sends(&w, "rosa@example.org", "Rosa Resident", "Shade trees").await;
    assert!(emails(&w.app, "omar@example.org", "A new idea").await.is_empty(), "turned off");
    assert_eq!(emails(&w.app, "olga@example.org", "A new idea").await.len(), 1, "Olga's choice is her own");

    // Refusals, with their messages.
    let unknown = omar.post("/account/organizer-emails", &[("kind", "gossip")]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.text().contains("One of the kinds of email was not recognised"));
    let odd = omar.post("/account/organizer-emails", &[("delivery", "weekly")]).await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    assert!(odd.text().contains("Choose one email each time, or one email a day."));
    let mut resident = signed_in(&w.app, &rosa).await;
    assert!(!resident.get("/account").await.text().contains("Emails about challenges you organize"), "organizers only");
    let refused = resident.post("/account/organizer-emails", &[("kind", "idea_sent")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("These choices are for organizers of a challenge"));
}

#[tokio::test]
async fn the_digest_gathers_a_day_of_events_and_is_sent_once() {
    let w = world(0).await;
    let mut omar = signed_in(&w.app, &w.omar).await;
    let all = [
        ("kind", "idea_sent"),
        ("kind", "idea_confirmed"),
        ("kind", "judge_recused"),
        ("kind", "judging_complete"),
        ("kind", "entry_failed"),
        ("delivery", "digest"),
    ];
    assert_eq!(omar.post("/account/organizer-emails", &all).await.status, StatusCode::SEE_OTHER);

    resident_sends(&w, "rosa@example.org", "Rosa Resident", "Shade trees").await;
    resident_sends(&w, "sam@example.org", "Sam Sender", "More benches").await;
    assert_eq!(emails(&w.app, "olga@example.org", "A new idea").await.len(), 2, "Olga gets each one");
    assert!(organizer_subjects(&w.app, "omar@example.org").await.is_empty(), "Omar waits for his digest");
    let pending = w.app.env.store.pending_digest_items(w.omar.id).await.expect("items");
    assert_eq!(pending.len(), 2);

    let sender = plaza_web::digest::DigestSender {
        store: w.app.env.store.clone(),
        emails: Arc::new(plaza_mail::EmailTemplates::load("Plaza").expect("templates")),
        public_url: PUBLIC_URL.into(),
    };
    assert_eq!(sender.send_due(SystemTime::now()).await.expect("digest"), 0, "not before the day has ended");
    let tomorrow = SystemTime::now() + Duration::from_secs(24 * 60 * 60);
    assert_eq!(sender.send_due(tomorrow).await.expect("digest"), 1);
    let digests = emails(&w.app, "omar@example.org", "What happened in your challenges").await;
    assert_eq!(digests.len(), 1);
    let digest = &digests[0];
    assert!(
        digest.text.contains("Ideas for our parks")
            && digest.text.contains("Rosa Resident sent an idea to Better parks: “Shade trees”.")
            && digest.text.contains("Sam Sender sent an idea to Better parks: “More benches”.")
            && digest.text.contains(&format!("{PUBLIC_URL}{TRACK}/ideas")),
        "{}",
        digest.text
    );
    assert!(digest.list_unsubscribe.is_some());
    assert!(w.app.env.store.pending_digest_items(w.omar.id).await.expect("items").is_empty(), "marked as sent");

    assert_eq!(sender.send_due(tomorrow).await.expect("digest"), 0, "running again sends nothing more");
    // A second process that read the same lines before they were claimed sends nothing either.
    let ids: Vec<i64> = pending.iter().map(|item| item.id).collect();
    assert!(!w.app.env.store.send_digest(&ids, digest).await.expect("claim"), "already sent");
    assert_eq!(emails(&w.app, "omar@example.org", "What happened").await.len(), 1);
    assert!(emails(&w.app, "olga@example.org", "What happened").await.is_empty(), "no digest for Olga");
}

#[tokio::test]
async fn the_unsubscribe_link_of_an_organizer_email_stops_them() {
    let w = world(0).await;
    resident_sends(&w, "rosa@example.org", "Rosa Resident", "Shade trees").await;
    let mail = emails(&w.app, "olga@example.org", "A new idea").await.remove(0);
    let link = mail.list_unsubscribe.expect("an unsubscribe link");
    let path = link.strip_prefix(PUBLIC_URL).expect("a link to this site");
    let page = w.app.get(path).await.text();
    assert!(page.contains("Stop news, result and organizer emails to olga@example.org?"), "{page}");
    let stopped = w.app.browser().post_raw(path, &[]).await;
    assert_eq!(stopped.status, StatusCode::OK, "{}", stopped.text());
    assert!(stopped.text().contains("organizer emails back on"));
    assert_eq!(w.app.env.store.notice_prefs(w.olga.id).await.expect("prefs"), plaza_core::NoticePrefs::NONE);

    resident_sends(&w, "sam@example.org", "Sam Sender", "More benches").await;
    assert_eq!(emails(&w.app, "olga@example.org", "A new idea").await.len(), 1, "no more after unsubscribing");
    assert_eq!(emails(&w.app, "omar@example.org", "A new idea").await.len(), 2);
}

#[tokio::test]
async fn an_entry_plaza_cannot_score_emails_each_organizer_and_an_invalid_one_does_not() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("query").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let ana = app.user("ana@example.org", "Ana Entrant").await;
    let mut browser = signed_in(&app, &ana).await;
    let track = "/challenges/noaa-daily-weather/tracks/predict";

    // An invalid file is the entrant's problem: organizers are not told.
    let bad = browser.post_file(&format!("{track}/submissions"), "bad.csv", b"day_id,rain_tomorrow\n1,2\n").await;
    assert_eq!(bad.status, StatusCode::SEE_OTHER, "{}", bad.text());
    assert_eq!(app.run_scoring().await, 1);
    assert!(organizer_subjects(&app, "olga@example.org").await.is_empty());

    // Plaza's own problem (its stored files are unreachable), on the last attempt.
    let sent = browser.post_file(&format!("{track}/submissions"), "mine.csv", b"day_id,rain_tomorrow\n1,0.5\n").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let empty = tempfile::tempdir().expect("tempdir");
    let scorer = plaza_scorer::Scorer {
        store: store.clone(),
        blobs: Arc::new(plaza_store::LocalBlobStore::new(empty.path()).expect("blobs")),
        sandbox: None,
        emails: Some(Arc::new(plaza_mail::EmailTemplates::load("Plaza").expect("templates"))),
        public_url: PUBLIC_URL.into(),
        answers: Default::default(),
    };
    let mut job = store.claim_job("test", Duration::from_secs(60)).await.expect("claim").expect("a job");
    job.attempt = job.max_attempts;
    scorer.process(&job, "test").await.expect("process");
    let mails = emails(&app, "olga@example.org", "Plaza could not score an entry").await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].text.contains("Ana Entrant")
            && mails[0].text.contains("mine.csv")
            && mails[0].text.contains(&format!("{PUBLIC_URL}{track}/entries")),
        "{}",
        mails[0].text
    );
    assert!(organizer_subjects(&app, "ana@example.org").await.is_empty(), "the entrant gets no organizer email");
}
