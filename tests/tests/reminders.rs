//! A day before a challenge closes, each member of a team that has sent
//! nothing gets one reminder (with the team's unsent drafts), if they asked
//! for news; teams that sent something, people who turned news off, and
//! challenges further from their deadline get none; a second run sends
//! nothing more.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use plaza_core::IdeaFields;
use plaza_tests::{PUBLIC_URL, TestApp, write_ideas_bundle};

#[tokio::test]
async fn one_reminder_a_day_before_the_deadline_to_teams_that_sent_nothing() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let closes = (chrono::Utc::now() + chrono::Duration::hours(12)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    write_ideas_bundle(dir.path(), &closes, 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("db").expect("challenge");
    let track = store.tracks(challenge.id).await.expect("tracks").into_iter().next().expect("ideas track");
    let idea = |team: plaza_core::TeamId, author: plaza_core::UserId, title: &str| plaza_store::NewIdea {
        challenge_id: challenge.id,
        track_id: track.id,
        team_id: Some(team),
        author_id: Some(author),
        fields: IdeaFields { title: title.into(), ..Default::default() },
        declared: Default::default(),
        contact_name: String::new(),
        contact_email: String::new(),
    };

    // Rosa's team has a draft; Sam's team sent an idea; Nia turned news off; Ted's team is empty-handed.
    let rosa = app.user("rosa@example.org", "Rosa").await;
    let team = store.create_team(challenge.id, rosa.id, "Riverside").await.expect("db").expect("team");
    store.create_idea(&idea(team.id, rosa.id, "Shade trees")).await.expect("draft");
    let sam = app.user("sam@example.org", "Sam").await;
    let team = store.create_team(challenge.id, sam.id, "Hilltop").await.expect("db").expect("team");
    let sent = store.create_idea(&idea(team.id, sam.id, "A fountain")).await.expect("idea");
    assert!(store.submit_idea(sent.id, None, None).await.expect("sent"));
    let nia = app.user("nia@example.org", "Nia").await;
    store.update_notifications(nia.id, true, false).await.expect("no news");
    store.create_team(challenge.id, nia.id, "Lakeside").await.expect("db").expect("team");
    let ted = app.user("ted@example.org", "Ted").await;
    store.create_team(challenge.id, ted.id, "Parkview").await.expect("db").expect("team");

    let sender = plaza_web::digest::DigestSender {
        store: store.clone(),
        emails: Arc::new(plaza_mail::EmailTemplates::load("Plaza").expect("templates")),
        public_url: PUBLIC_URL.into(),
    };
    // Two days before the deadline: nothing yet.
    let early = SystemTime::now() - Duration::from_secs(36 * 60 * 60);
    assert_eq!(sender.send_reminders(early).await.expect("reminders"), 0);

    assert_eq!(sender.send_reminders(SystemTime::now()).await.expect("reminders"), 2, "Rosa and Ted");
    let mail = app.last_email_to("rosa@example.org").await.expect("Rosa is reminded");
    assert!(mail.subject.contains("closes in less than a day"), "{}", mail.subject);
    assert!(mail.text.contains("\"Shade trees\""), "her team's draft: {}", mail.text);
    assert!(mail.text.contains(&challenge.timeline.zone.moment(challenge.timeline.closes_at)), "{}", mail.text);
    assert!(mail.list_unsubscribe.is_some(), "one-click unsubscribe");
    let ted_mail = app.last_email_to("ted@example.org").await.expect("Ted is reminded");
    assert!(!ted_mail.text.contains("drafts are saved"), "{}", ted_mail.text);
    assert!(app.last_email_to("sam@example.org").await.is_none(), "Sam's team sent an idea");
    assert!(app.last_email_to("nia@example.org").await.is_none(), "Nia asked for no news");

    // Once only.
    assert_eq!(sender.send_reminders(SystemTime::now()).await.expect("reminders"), 0);
}
