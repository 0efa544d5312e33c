//! Teams end to end: entries outlive any change of team (nobody leaves a
//! team with entries, so daily limits, leaderboard rows and ideas stay),
//! names and aliases that read alike are refused, several invitations live
//! side by side and each can be cancelled, invitation emails carry no
//! user-written subject and one address gets at most five a day, and many
//! people joining at once never see a server error.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_tests::{Browser, PUBLIC_URL, TestApp, link_in, write_ideas_bundle};
use tower::ServiceExt;

const SLUG: &str = "noaa-daily-weather";
const TRACK: &str = "/challenges/noaa-daily-weather/tracks/predict";
const TEAM: &str = "/challenges/noaa-daily-weather/team";

/// Predictions for every hidden id.
fn predictions() -> Vec<u8> {
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join(format!("{SLUG}/hidden/answers.csv")))
            .expect("answers");
    let mut out = String::from("day_id,rain_tomorrow\n");
    for line in answers.lines().skip(1) {
        let id = line.split(',').next().expect("id");
        out.push_str(&format!("{id},0.5\n"));
    }
    out.into_bytes()
}

/// The invitation link in the newest email to `to`.
async fn invitation_link(app: &TestApp, to: &str) -> String {
    let mail = app.last_email_to(to).await.unwrap_or_else(|| panic!("no email to {to}"));
    link_in(&mail.text, &format!("{PUBLIC_URL}/teams/join/")).unwrap_or_else(|| panic!("no link in {}", mail.text))
}

async fn emails_to(app: &TestApp, to: &str) -> usize {
    app.env.store.list_emails().await.expect("outbox").iter().filter(|m| m.email.to.as_str() == to).count()
}

async fn signed_in<'a>(app: &'a TestApp, email: &str, name: &str) -> Browser<'a> {
    let user = app.user(email, name).await;
    let mut browser = app.browser();
    browser.sign_in_as(&user).await;
    browser
}

#[tokio::test]
async fn a_solo_entrant_who_used_todays_entries_cannot_leave_and_form_a_new_team_to_send_more() {
    let app = TestApp::with_examples().await;
    let mut ana = signed_in(&app, "ana@example.org", "Ana").await;
    for n in 0..5 {
        let sent = ana.post_file(&format!("{TRACK}/submissions"), &format!("p{n}.csv"), &predictions()).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "entry {n}: {}", sent.text());
    }
    app.run_scoring().await;

    let left = ana.post(&format!("{TEAM}/leave"), &[]).await;
    assert_eq!(left.status, StatusCode::BAD_REQUEST);
    assert!(left.text().contains("nobody can leave a team once it has entries"), "{}", left.text());
    let again = ana.post(TEAM, &[("name", "Ana again")]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.text().contains("You are already in a team"), "{}", again.text());

    let sixth = ana.post_file(&format!("{TRACK}/submissions"), "p5.csv", &predictions()).await;
    assert_ne!(sixth.status, StatusCode::SEE_OTHER, "a sixth entry today is refused");
    assert!(sixth.text().contains("entries for today"), "{}", sixth.text());

    let page = ana.get(TEAM).await.text();
    assert!(page.contains("Members (1 of"), "still in the team: {page}");
    let board = app.get(&format!("{TRACK}/leaderboard")).await.text();
    assert!(board.contains("<th scope=\"row\">Ana</th>"), "the leaderboard row stays: {board}");
}

#[tokio::test]
async fn an_idea_author_keeps_their_idea_and_the_team_cap_after_trying_to_leave() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    let ideas = "/challenges/park-ideas/tracks/ideas";
    let mut rosa = signed_in(&app, "rosa@example.org", "Rosa").await;
    let mut first = String::new();
    for n in 0..10 {
        let saved = rosa.post(&format!("{ideas}/ideas"), &[("title", &format!("Idea {n}")), ("action", "save")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "idea {n}: {}", saved.text());
        if n == 0 {
            first = saved.location().split('?').next().expect("path").to_owned();
        }
    }

    let left = rosa.post("/challenges/park-ideas/team/leave", &[]).await;
    assert_eq!(left.status, StatusCode::BAD_REQUEST);
    assert!(left.text().contains("nobody can leave a team once it has entries"), "{}", left.text());

    let mine = rosa.get(&first).await;
    assert_eq!(mine.status, StatusCode::OK, "the author still reads their idea");
    assert!(mine.text().contains("Idea 0"));
    let eleventh = rosa.post(&format!("{ideas}/ideas"), &[("title", "Idea 10"), ("action", "save")]).await;
    assert_eq!(eleventh.status, StatusCode::CONFLICT, "the per-team cap still holds");
    assert!(eleventh.text().contains("the most we accept"), "{}", eleventh.text());
}

#[tokio::test]
async fn a_team_without_entries_can_be_left_and_its_last_member_removes_it() {
    let app = TestApp::with_examples().await;
    let mut ana = signed_in(&app, "ana@example.org", "Ana").await;
    assert_eq!(ana.post(TEAM, &[("name", "Rain makers")]).await.status, StatusCode::SEE_OTHER);
    let left = ana.post(&format!("{TEAM}/leave"), &[]).await;
    assert_eq!(left.status, StatusCode::OK, "{}", left.text());
    assert!(left.text().contains("You left the team."));
    // The name is free again.
    assert_eq!(ana.post(TEAM, &[("name", "Rain makers")]).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn names_and_aliases_that_read_alike_are_refused_across_teams() {
    let app = TestApp::with_examples().await;
    let mut ana = signed_in(&app, "ana@example.org", "Ana").await;
    let mut bo = signed_in(&app, "bo@example.org", "Bo").await;
    assert_eq!(ana.post(TEAM, &[("name", "Rain Makers")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(bo.post(TEAM, &[("name", "Cloud watchers")]).await.status, StatusCode::SEE_OTHER);
    let saved = ana
        .post(&format!("{TEAM}/settings"), &[("name", "Rain Makers"), ("alias", "Sunny side"), ("show_alias", "yes")])
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text());

    // Bo's alias may not copy Ana's team name, whatever the case and spaces.
    let copied = bo
        .post(
            &format!("{TEAM}/settings"),
            &[("name", "Cloud watchers"), ("alias", "rainmakers"), ("show_alias", "yes")],
        )
        .await;
    assert_eq!(copied.status, StatusCode::BAD_REQUEST);
    assert!(copied.text().contains("already uses that alias"), "{}", copied.text());
    // Nor may Bo's name copy Ana's alias.
    let renamed = bo
        .post(&format!("{TEAM}/settings"), &[("name", "SUNNY  SIDE"), ("alias", "Clouds"), ("show_alias", "no")])
        .await;
    assert_eq!(renamed.status, StatusCode::BAD_REQUEST);
    assert!(renamed.text().contains("already uses that name"), "{}", renamed.text());
    // A new team cannot take it either.
    let mut cy = signed_in(&app, "cy@example.org", "Cy").await;
    let taken = cy.post(TEAM, &[("name", "sunny side")]).await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert!(taken.text().contains("already uses that name"), "{}", taken.text());

    let board_names: Vec<String> = app
        .env
        .store
        .teams_of_user(bo_user(&app).await)
        .await
        .expect("teams")
        .iter()
        .map(|t| t.public_name().to_owned())
        .collect();
    assert_eq!(board_names, vec!["Cloud watchers".to_owned()], "nothing of the refused changes was saved");
}

async fn bo_user(app: &TestApp) -> plaza_core::UserId {
    user_id(app, "bo@example.org").await
}

async fn user_id(app: &TestApp, email: &str) -> plaza_core::UserId {
    let email = plaza_core::Email::parse(email).expect("email");
    app.env.store.user_by_email(&email).await.expect("q").expect("user").id
}

/// The team `email` is in on the weather challenge.
async fn team_of(app: &TestApp, email: &str) -> plaza_core::Team {
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("q").expect("c");
    app.env.store.team_of(challenge.id, user_id(app, email).await).await.expect("q").expect("a team")
}

#[tokio::test]
async fn two_emailed_invitations_and_a_link_all_work_and_a_cancelled_one_does_not() {
    let app = TestApp::with_examples().await;
    let mut ana = signed_in(&app, "ana@example.org", "Ana").await;
    assert_eq!(ana.post(TEAM, &[("name", "Rain makers")]).await.status, StatusCode::SEE_OTHER);
    for to in ["bo@example.org", "cy@example.org", "di@example.org"] {
        let sent = ana.post(&format!("{TEAM}/invite"), &[("email", to)]).await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.text());
    }
    let made = ana.post(&format!("{TEAM}/link"), &[]).await;
    let shared = link_in(&made.text(), &format!("{PUBLIC_URL}/teams/join/")).expect("a link on the page");
    let page = ana.get(TEAM).await.text();
    assert!(page.contains("Pending invitations") && page.contains("di@example.org"), "{page}");
    assert!(page.contains("a link to share"), "{page}");

    // Ana cancels Di's invitation.
    let di_id = app
        .env
        .store
        .pending_team_invitations(team_of(&app, "ana@example.org").await.id)
        .await
        .expect("pending")
        .into_iter()
        .find(|i| i.email.as_deref() == Some("di@example.org"))
        .expect("di's invitation")
        .id;
    let cancelled = ana.post(&format!("{TEAM}/invitations/cancel"), &[("invitation", &di_id.to_string())]).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text());
    assert!(!cancelled.text().contains("di@example.org"), "no longer pending");

    let bo_link = invitation_link(&app, "bo@example.org").await;
    let cy_link = invitation_link(&app, "cy@example.org").await;
    let di_link = invitation_link(&app, "di@example.org").await;
    let mut bo = signed_in(&app, "bo@example.org", "Bo").await;
    let mut cy = signed_in(&app, "cy@example.org", "Cy").await;
    let mut di = signed_in(&app, "di@example.org", "Di").await;
    let mut ed = signed_in(&app, "ed@example.org", "Ed").await;
    assert_eq!(bo.post(&bo_link, &[]).await.status, StatusCode::SEE_OTHER, "the first emailed invitation works");
    assert_eq!(cy.post(&cy_link, &[]).await.status, StatusCode::SEE_OTHER, "the second one too");
    assert_eq!(ed.post(&shared, &[]).await.status, StatusCode::SEE_OTHER, "and the shared link");

    let refused = di.post(&di_link, &[]).await;
    assert_eq!(refused.status, StatusCode::GONE);
    assert!(refused.text().contains("The team cancelled this invitation"), "{}", refused.text());
    assert!(di.get(&di_link).await.text().contains("The team cancelled this invitation"));

    // An emailed invitation lets one person in.
    let mut fay = signed_in(&app, "fay@example.org", "Fay").await;
    let reused = fay.post(&bo_link, &[]).await;
    assert_eq!(reused.status, StatusCode::GONE);
    assert!(reused.text().contains("already used"), "{}", reused.text());

    let members = ana.get(TEAM).await.text();
    assert!(members.contains("Members (4 of"), "{members}");
}

#[tokio::test]
async fn an_invitation_subject_carries_no_user_written_text() {
    let app = TestApp::with_examples().await;
    let phishing = "Plaza Security Team: account locked, verify at https://evil.example";
    let mut mal = signed_in(&app, "mal@example.org", phishing).await;
    assert_eq!(mal.post(TEAM, &[("name", "Verify your account now")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(mal.post(&format!("{TEAM}/invite"), &[("email", "vic@example.org")]).await.status, StatusCode::OK);
    let mail = app.last_email_to("vic@example.org").await.expect("an invitation");
    assert!(!mail.subject.contains("Security") && !mail.subject.contains("evil"), "{}", mail.subject);
    assert!(!mail.subject.contains("Verify"), "no team name in the subject: {}", mail.subject);
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("q").expect("c");
    assert!(mail.subject.contains(&challenge.title), "{}", mail.subject);
}

#[tokio::test]
async fn the_sixth_invitation_to_one_address_in_a_day_is_refused_and_no_email_is_queued() {
    let app = TestApp::with_examples().await;
    let target = "vic@example.org";
    let mut senders = Vec::new();
    for n in 0..6 {
        let mut b = signed_in(&app, &format!("sender{n}@example.org"), &format!("Sender {n}")).await;
        assert_eq!(b.post(TEAM, &[("name", &format!("Senders {n}"))]).await.status, StatusCode::SEE_OTHER);
        senders.push(b);
    }
    for (n, b) in senders.iter_mut().enumerate().take(5) {
        let sent = b.post(&format!("{TEAM}/invite"), &[("email", target)]).await;
        assert_eq!(sent.status, StatusCode::OK, "invitation {n}: {}", sent.text());
    }
    assert_eq!(emails_to(&app, target).await, 5);
    let sixth = senders[5].post(&format!("{TEAM}/invite"), &[("email", "VIC@example.org")]).await;
    assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(sixth.text().contains("Please try again tomorrow"), "{}", sixth.text());
    assert_eq!(emails_to(&app, target).await, 5, "no sixth email is queued");
    assert!(!sixth.text().contains("Pending invitations"), "no invitation was recorded");

    // Role invitations share the limit.
    let chicago = app.env.store.challenge_by_slug("chicago-food-inspections").await.expect("q").expect("c");
    let olga = app.user("org@example.org", "Olga").await;
    app.env.store.grant_role(chicago.id, olga.id, plaza_core::ChallengeRole::Organizer).await.expect("grant");
    let mut org = app.browser();
    org.sign_in_as(&olga).await;
    let manage = "/challenges/chicago-food-inspections/manage/invitations";
    let judge = org.post(manage, &[("email", target), ("role", "judge")]).await;
    assert_eq!(judge.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(judge.text().contains("Please try again tomorrow"), "{}", judge.text());
    assert_eq!(emails_to(&app, target).await, 5, "no role invitation email is queued either");
    assert!(app.env.store.pending_invitations(chicago.id).await.expect("pending").is_empty(), "none recorded");
}

/// A form post as `session`, built by hand so that many can run at once.
fn raw_post(path: &str, session: &str, csrf: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let mut body = format!("csrf_token={csrf}");
    for (k, v) in fields {
        body.push_str(&format!("&{k}={}", v.replace(' ', "+")));
    }
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("plaza_session={session}; plaza_csrf={csrf}"))
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_people_joining_and_creating_teams_at_once_never_get_a_server_error() {
    let app = TestApp::with_examples().await;
    let mut ana = signed_in(&app, "ana@example.org", "Ana").await;
    assert_eq!(ana.post(TEAM, &[("name", "Rain makers")]).await.status, StatusCode::SEE_OTHER);
    let made = ana.post(&format!("{TEAM}/link"), &[]).await;
    let link = link_in(&made.text(), &format!("{PUBLIC_URL}/teams/join/")).expect("a link");
    let csrf = ana.cookie("plaza_csrf").expect("csrf cookie");

    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..20 {
        let user = app.user(&format!("p{n}@example.org"), &format!("Person {n}")).await;
        let session = app.env.store.create_session(user.id).await.expect("session");
        let request = if n % 2 == 0 {
            raw_post(&link, &session, &csrf, &[])
        } else {
            raw_post(TEAM, &session, &csrf, &[("name", &format!("Team of person {n}"))])
        };
        let router = app.router.clone();
        tasks.spawn(async move {
            let response = router.oneshot(request).await.unwrap_or_else(|e| match e {});
            let status = response.status();
            let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body");
            (n, status, String::from_utf8_lossy(&body).into_owned())
        });
    }
    let mut joined = 0;
    while let Some(done) = tasks.join_next().await {
        let (n, status, body) = done.expect("task");
        assert!(status.is_redirection() || status.is_client_error(), "request {n} got {status}: {body}");
        if n % 2 == 0 && status.is_redirection() {
            joined += 1;
        }
    }
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("q").expect("c");
    let team = team_of(&app, "ana@example.org").await;
    assert_eq!(team.members.len(), 1 + joined, "every accepted join is a member");
    assert!(team.members.len() <= challenge.max_team_size as usize, "never more than the team size");
}
