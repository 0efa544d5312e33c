//! Sessions, sign-in links, the outbox, roles, invitations and teams, on a
//! real database (SQLite, or PostgreSQL with PLAZA_TEST_DATABASE_URL).

use chrono::Duration;
use plaza_core::{ChallengeRole, Email, OutgoingEmail, User};
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_store::{
    CodeProblem, InvitationProblem, LinkProblem, LinkedIdentity, NewLoginToken, OutboxStatus, Store, TeamProblem,
    new_secret,
};

async fn user(store: &Store, email: &str) -> User {
    store
        .create_user(&Email::parse(email).expect("email"), email.split('@').next().expect("name"), false)
        .await
        .expect("user")
}

fn mail(to: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: Email::parse(to).expect("email"),
        subject: "Hello".into(),
        text: "Hi".into(),
        html: "<p>Hi</p>".into(),
        list_unsubscribe: None,
    }
}

async fn challenge_id(env: &TestEnv) -> i64 {
    env.store.import_bundle(&env.blobs, &examples_dir().join("noaa-daily-weather"), false).await.expect("import");
    env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists").id
}

#[tokio::test]
async fn sessions_sign_in_and_out_everywhere() {
    let env = TestEnv::new().await;
    let ana = user(&env.store, "ana@example.org").await;
    let laptop = env.store.create_session(ana.id).await.expect("session");
    let phone = env.store.create_session(ana.id).await.expect("session");
    assert_eq!(env.store.user_for_session(&laptop).await.expect("q").map(|u| u.id), Some(ana.id));
    env.store.end_session(&laptop).await.expect("end");
    assert!(env.store.user_for_session(&laptop).await.expect("q").is_none());
    assert!(env.store.user_for_session(&phone).await.expect("q").is_some());
    assert_eq!(env.store.end_all_sessions(ana.id).await.expect("end all"), 1);
    assert!(env.store.user_for_session(&phone).await.expect("q").is_none());
    assert!(env.store.user_for_session("not-a-session").await.expect("q").is_none());
}

#[tokio::test]
async fn a_sign_in_link_works_once_in_the_browser_that_asked() {
    let env = TestEnv::new().await;
    let email = Email::parse("ana@example.org").expect("email");
    let (secret, browser) = (new_secret(), new_secret());
    let token = NewLoginToken {
        purpose: "sign_in",
        email: &email,
        secret: &secret,
        browser_secret: &browser,
        next_path: "/account",
        identity: None,
        valid_for: Duration::minutes(15),
        code: None,
        requested_from: "",
    };
    env.store.create_login_token(token, Some(&mail("ana@example.org"))).await.expect("token");
    assert_eq!(env.store.list_emails().await.expect("outbox").len(), 1, "the email is queued with the token");

    let other = env.store.use_login_token("sign_in", &secret, Some(&new_secret())).await.expect("q");
    assert_eq!(other.expect_err("other browser"), LinkProblem::OtherBrowser);
    let used = env.store.use_login_token("sign_in", &secret, Some(&browser)).await.expect("q").expect("valid");
    assert_eq!(used.email, email);
    assert_eq!(used.next_path, "/account");
    assert_eq!(used.identity, None);
    let again = env.store.use_login_token("sign_in", &secret, Some(&browser)).await.expect("q");
    assert_eq!(again.expect_err("used"), LinkProblem::AlreadyUsed);
    let wrong_purpose = env.store.use_login_token("sign_up", &secret, Some(&browser)).await.expect("q");
    assert_eq!(wrong_purpose.expect_err("purpose"), LinkProblem::Unknown);
}

#[tokio::test]
async fn a_sign_up_link_from_a_provider_keeps_the_account_to_link_beside_its_path() {
    let env = TestEnv::new().await;
    let email = Email::parse("ana@example.org").expect("email");
    let secret = new_secret();
    let identity = LinkedIdentity { provider: "city-id".into(), subject: "sub-42".into() };
    let token = NewLoginToken {
        purpose: "sign_up",
        email: &email,
        secret: &secret,
        browser_secret: &secret,
        next_path: "/challenges/rain",
        identity: Some(&identity),
        valid_for: Duration::minutes(30),
        code: None,
        requested_from: "",
    };
    env.store.create_login_token(token, None).await.expect("token");
    let peeked = env.store.peek_login_token("sign_up", &secret).await.expect("q").expect("valid");
    assert_eq!(peeked.identity.as_ref(), Some(&identity));
    let used = env.store.use_login_token("sign_up", &secret, Some(&secret)).await.expect("q").expect("valid");
    assert_eq!(used.next_path, "/challenges/rain", "the path is only a path");
    assert_eq!(used.identity, Some(identity));
}

#[tokio::test]
async fn an_expired_link_is_refused() {
    let env = TestEnv::new().await;
    let email = Email::parse("ana@example.org").expect("email");
    let (secret, browser) = (new_secret(), new_secret());
    let token = NewLoginToken {
        purpose: "sign_in",
        email: &email,
        secret: &secret,
        browser_secret: &browser,
        next_path: "/",
        identity: None,
        valid_for: Duration::seconds(-1),
        code: Some("12345678"),
        requested_from: "",
    };
    env.store.create_login_token(token, None).await.expect("token");
    let result = env.store.use_login_token("sign_in", &secret, Some(&browser)).await.expect("q");
    assert_eq!(result.expect_err("expired"), LinkProblem::Expired);
    // Its codes expire with it: the emailed one, and the one its browser showed.
    let code = env.store.use_sign_in_code(&browser, "12345678").await.expect("q");
    assert_eq!(code.expect_err("expired"), CodeProblem::Expired);
    assert!(env.store.pending_sign_in(&browser).await.expect("q").is_none());
    let elsewhere = env.store.sign_in_link_elsewhere(&secret).await.expect("q");
    assert_eq!(elsewhere.expect_err("expired"), LinkProblem::Expired);
    let device = env.store.use_sign_in_link_elsewhere(&secret, "12345678").await.expect("q");
    assert_eq!(device.expect_err("expired"), CodeProblem::Expired);
}

/// Many guesses at once cannot pass the limit: each try is counted before
/// its code is compared.
#[tokio::test]
async fn parallel_code_guesses_stop_at_the_limit() {
    let env = TestEnv::new().await;
    let email = Email::parse("ana@example.org").expect("email");
    let (secret, browser) = (new_secret(), new_secret());
    let token = NewLoginToken {
        purpose: "sign_in",
        email: &email,
        secret: &secret,
        browser_secret: &browser,
        next_path: "/",
        identity: None,
        valid_for: Duration::minutes(15),
        code: Some("12345678"),
        requested_from: "Firefox on Windows",
    };
    env.store.create_login_token(token, None).await.expect("token");
    let guesses = (0..40).map(|n| {
        let store = env.store.clone();
        let browser = browser.clone();
        tokio::spawn(async move { store.use_sign_in_code(&browser, &format!("{:08}", 20_000_000 + n)).await })
    });
    let mut wrong = 0;
    for guess in guesses {
        match guess.await.expect("task").expect("q") {
            Err(CodeProblem::Wrong { .. } | CodeProblem::TooManyTries) => wrong += 1,
            Err(CodeProblem::AlreadyUsed) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(wrong, plaza_core::sign_in_code::MAX_CODE_ATTEMPTS, "only the allowed tries were compared");
    let right = env.store.use_sign_in_code(&browser, "12345678").await.expect("q");
    assert_eq!(right.expect_err("used up"), CodeProblem::AlreadyUsed);
}

#[tokio::test]
async fn rate_limits_count_per_bucket() {
    let env = TestEnv::new().await;
    for _ in 0..3 {
        assert!(env.store.rate_limit("email:ana", Duration::hours(1), 3).await.expect("q"));
    }
    assert!(!env.store.rate_limit("email:ana", Duration::hours(1), 3).await.expect("q"));
    assert!(env.store.rate_limit("email:bob", Duration::hours(1), 3).await.expect("q"));
}

#[tokio::test]
async fn the_outbox_hands_each_message_to_one_sender_and_retries_failures() {
    let env = TestEnv::new().await;
    env.store.enqueue_email(&mail("a@example.org")).await.expect("enqueue");
    let first = env.store.claim_due_emails(10).await.expect("claim");
    assert_eq!(first.len(), 1);
    assert!(
        env.store.claim_due_emails(10).await.expect("claim").is_empty(),
        "a claimed message is not handed out twice"
    );
    env.store.mark_email_failed(first[0].id, first[0].attempts, "connection refused").await.expect("fail");
    let all = env.store.list_emails().await.expect("list");
    assert_eq!(all[0].status, OutboxStatus::Pending);
    assert_eq!(all[0].last_error, "connection refused");
    assert!(env.store.claim_due_emails(10).await.expect("claim").is_empty(), "retried later, with backoff");
    env.store.mark_email_sent(first[0].id).await.expect("sent");
    assert_eq!(env.store.list_emails().await.expect("list")[0].status, OutboxStatus::Sent);
}

#[tokio::test]
async fn invitations_grant_roles_to_the_invited_address_only() {
    let env = TestEnv::new().await;
    let challenge = challenge_id(&env).await;
    let org = user(&env.store, "org@example.org").await;
    env.store.grant_role(challenge, org.id, ChallengeRole::Organizer).await.expect("grant");
    let judge_email = Email::parse("judge@example.org").expect("email");
    let secret = new_secret();
    env.store
        .create_invitation(challenge, &judge_email, ChallengeRole::Judge, org.id, &secret, &mail("judge@example.org"))
        .await
        .expect("invite");
    assert_eq!(env.store.pending_invitations(challenge).await.expect("list").len(), 1);

    let stranger = user(&env.store, "stranger@example.org").await;
    let refused = env.store.accept_invitation(&secret, &stranger).await.expect("q");
    assert_eq!(refused.expect_err("other account"), InvitationProblem::OtherAccount { invited: judge_email.clone() });

    let judge = user(&env.store, "judge@example.org").await;
    env.store.accept_invitation(&secret, &judge).await.expect("q").expect("accepted");
    assert_eq!(env.store.roles_for(challenge, judge.id).await.expect("roles"), [ChallengeRole::Judge]);
    assert_eq!(
        env.store.accept_invitation(&secret, &judge).await.expect("q").expect_err("twice"),
        InvitationProblem::AlreadyAccepted
    );
    assert!(env.store.roles_for(challenge, stranger.id).await.expect("roles").is_empty());
    let holders = env.store.role_holders(challenge).await.expect("holders");
    assert_eq!(holders.len(), 2);
}

#[tokio::test]
async fn teams_hold_one_team_per_person_within_the_size_limit() {
    let env = TestEnv::new().await;
    let challenge = challenge_id(&env).await;
    let max = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c").max_team_size;
    let ana = user(&env.store, "ana@example.org").await;
    let team = env.store.create_team(challenge, ana.id, "Rain makers").await.expect("q").expect("created");
    assert_eq!(team.members.len(), 1);
    assert!(team.alias.starts_with("Team "), "a neutral default alias");
    assert_eq!(
        env.store.create_team(challenge, ana.id, "Second").await.expect("q").expect_err("one team"),
        TeamProblem::AlreadyInTeam
    );

    let bob = user(&env.store, "bob@example.org").await;
    assert_eq!(
        env.store.create_team(challenge, bob.id, "Rain makers").await.expect("q").expect_err("name"),
        TeamProblem::NameTaken
    );
    let link = env.store.new_team_join_secret(team.id).await.expect("link");
    let joined = env.store.join_team(&link, bob.id).await.expect("q").expect("joined");
    assert_eq!(joined.members.len(), 2);

    for i in 2..max {
        let extra = user(&env.store, &format!("member{i}@example.org")).await;
        env.store.join_team(&link, extra.id).await.expect("q").expect("room left");
    }
    let late = user(&env.store, "late@example.org").await;
    assert_eq!(env.store.join_team(&link, late.id).await.expect("q").expect_err("full"), TeamProblem::TeamFull { max });

    env.store.update_team(team.id, "Rain makers", "Anonymous clouds", true).await.expect("q").expect("updated");
    let updated = env.store.team_by_id(team.id).await.expect("q").expect("team");
    assert_eq!(updated.public_name(), "Anonymous clouds");

    // A second link does not end the first: both still lead to the (full) team.
    let second = env.store.new_team_join_secret(team.id).await.expect("new link");
    for secret in [&link, &second] {
        assert_eq!(
            env.store.join_team(secret, late.id).await.expect("q").expect_err("full"),
            TeamProblem::TeamFull { max }
        );
    }

    env.store.leave_team(team.id, bob.id).await.expect("q").expect("left");
    assert!(env.store.team_of(challenge, bob.id).await.expect("q").is_none());
    assert_eq!(
        env.store.leave_team(team.id, bob.id).await.expect("q").expect_err("not member"),
        TeamProblem::NotMember
    );
}

#[tokio::test]
async fn tokens_are_listed_without_secrets_and_revocable() {
    let env = TestEnv::new().await;
    let ana = user(&env.store, "ana@example.org").await;
    let token = env.store.create_scoped_api_token(ana.id, "laptop", plaza_core::TokenScope::Read).await.expect("token");
    let listed = env.store.list_api_tokens(ana.id).await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "laptop");
    let bob = user(&env.store, "bob@example.org").await;
    assert!(!env.store.revoke_api_token(bob.id, token.id).await.expect("q"), "only the owner can revoke");
    assert!(env.store.revoke_api_token(ana.id, token.id).await.expect("q"));
    assert!(env.store.user_for_token(&token.secret).await.expect("q").is_none());
}
