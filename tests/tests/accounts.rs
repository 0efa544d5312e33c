//! Accounts as a resident meets them: sign in by an emailed link, create the
//! account, manage it, form a team; organizers invite judges. All through the
//! real router on a real database, reading the emails from the real outbox.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_tests::{PUBLIC_URL, TestApp, link_in};

#[tokio::test]
async fn a_new_resident_signs_in_by_email_link_and_creates_an_account() {
    let app = TestApp::with_examples().await;
    let mut browser = app.browser();
    let asked =
        browser.post("/sign-in", &[("email", "Ana@Example.org"), ("next", "/challenges/noaa-daily-weather")]).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.text().contains("Check your email"));

    let mail = app.last_email_to("ana@example.org").await.expect("a sign-in email is queued");
    assert_eq!(mail.subject, "Your sign-in link for Plaza");
    assert!(mail.list_unsubscribe.is_none(), "sign-in mail is essential");
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/sign-in/link?token=")).expect("link in the email");

    let followed = browser.get(&link).await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER);
    assert_eq!(followed.location(), "/sign-up");
    let form = browser.get("/sign-up").await;
    assert!(form.text().contains("ana@example.org"), "the confirmed address is shown");

    let refused = browser.post("/sign-up", &[("display_name", "Ana"), ("terms", "")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("Please tick the box to agree to the terms of use."));

    let created = browser.post("/sign-up", &[("display_name", "Ana"), ("terms", "yes")]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    assert_eq!(created.location(), "/challenges/noaa-daily-weather", "back where the resident started");
    let session = browser.cookie("plaza_session").expect("signed in");
    assert_eq!(session.len(), 64);

    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    let html = account.text();
    assert!(html.contains("ana@example.org") && html.contains("value=\"Ana\""));
    let user = app
        .env
        .store
        .user_by_email(&plaza_core::Email::parse("ana@example.org").expect("email"))
        .await
        .expect("q")
        .expect("user");
    assert!(user.terms_accepted);

    // The same link does not work twice.
    let again = app.browser().get(&link).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_page_says_the_same_whether_or_not_the_address_has_an_account() {
    let app = TestApp::empty().await;
    app.user("known@example.org", "Known").await;
    let known = app.browser().post("/sign-in", &[("email", "known@example.org")]).await.text();
    let unknown = app.browser().post("/sign-in", &[("email", "unknown@example.org")]).await.text();
    // Each browser has its own form token, and the code shown for another
    // device is new on every request, for any address.
    let blank = |html: String, marker: &str, len: usize| match html.split_once(marker) {
        Some((before, after)) if after.len() >= len => format!("{before}{marker}{}", &after[len..]),
        _ => html,
    };
    let strip = |html: &str, email: &str| {
        let html = blank(html.replace(email, "EMAIL"), "name=\"csrf_token\" value=\"", 64);
        blank(html, "<p class=\"big-code\"><strong>", 9)
    };
    let known = strip(&known, "known@example.org");
    let unknown = strip(&unknown, "unknown@example.org");
    let main = |html: &str| html.split("<main").nth(1).map(str::to_owned).unwrap_or_default();
    assert_eq!(main(&known), main(&unknown));
}

#[tokio::test]
async fn an_existing_account_is_signed_in_directly() {
    let app = TestApp::empty().await;
    app.user("bo@example.org", "Bo").await;
    let mut browser = app.browser();
    let signed_in = browser.sign_in("bo@example.org", "unused").await;
    assert_eq!(signed_in.location(), "/account");
    assert!(browser.get("/account").await.text().contains("value=\"Bo\""));
}

#[tokio::test]
async fn a_link_opened_in_another_browser_asks_for_the_code_the_asking_browser_shows() {
    let app = TestApp::empty().await;
    let mut asker = app.browser();
    asker.post("/sign-in", &[("email", "cy@example.org")]).await;
    let mail = app.last_email_to("cy@example.org").await.expect("email");
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/sign-in/link")).expect("link");
    let other = app.browser().get(&link).await;
    assert_eq!(other.status, StatusCode::OK);
    assert!(other.text().contains("Sign in on this device?"), "{}", other.text());
    assert!(other.text().contains("Type the code shown on that device"));
    // It still works in the browser that asked.
    assert_eq!(asker.get(&link).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn malformed_addresses_and_bad_links_get_clear_messages() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    let bad = browser.post("/sign-in", &[("email", "not-an-email")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.text().contains("is not an email address"));
    assert!(app.env.store.list_emails().await.expect("outbox").is_empty(), "nothing was queued");

    let nonsense = browser.get("/sign-in/link?token=abc").await;
    assert_eq!(nonsense.status, StatusCode::BAD_REQUEST);
    assert!(nonsense.text().contains("This link is not valid"));

    let no_signup = browser.get("/sign-up").await;
    assert!(no_signup.text().contains("Please start again"));
}

#[tokio::test]
async fn sign_in_requests_are_rate_limited_per_address() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    for _ in 0..5 {
        assert_eq!(browser.post("/sign-in", &[("email", "dee@example.org")]).await.status, StatusCode::OK);
    }
    let limited = browser.post("/sign-in", &[("email", "dee@example.org")]).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.text().contains("Too many sign-in links"));
}

#[tokio::test]
async fn pages_that_need_an_account_send_visitors_to_sign_in_and_back() {
    let app = TestApp::empty().await;
    let response = app.get("/account").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/sign-in?next=/account");
}

#[tokio::test]
async fn sign_out_and_sign_out_everywhere_end_sessions() {
    let app = TestApp::empty().await;
    let user = app.user("eve@example.org", "Eve").await;
    let mut laptop = app.browser();
    laptop.sign_in_as(&user).await;
    let mut phone = app.browser();
    phone.sign_in_as(&user).await;

    let out = laptop.post("/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(laptop.get("/account").await.status, StatusCode::SEE_OTHER, "signed out here");
    assert_eq!(phone.get("/account").await.status, StatusCode::OK, "still signed in elsewhere");

    let mut tablet = app.browser();
    tablet.sign_in_as(&user).await;
    let everywhere = tablet.post("/account/sign-out-everywhere", &[]).await;
    assert!(everywhere.text().contains("Signed out everywhere"));
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER, "signed out everywhere");
}

#[tokio::test]
async fn a_token_made_on_the_account_page_is_shown_once_and_works_on_the_api() {
    let app = TestApp::empty().await;
    let user = app.user("fay@example.org", "Fay").await;
    let mut browser = app.browser();
    browser.sign_in_as(&user).await;
    let created = browser.post("/account/tokens", &[("name", "laptop"), ("scope", "submit")]).await;
    assert_eq!(created.status, StatusCode::OK);
    assert_eq!(created.header("cache-control"), "no-store");
    let html = created.text();
    let start = html.find("value=\"plaza_").expect("token shown") + "value=\"".len();
    let token: String = html[start..].chars().take_while(|c| *c != '"').collect();

    let me = app.get_with_token("/api/v1/me", &token).await;
    assert_eq!(me.status, StatusCode::OK);
    assert!(me.text().contains("fay@example.org"));
    assert!(!browser.get("/account").await.text().contains(&token), "never shown again");

    let tokens = app.env.store.list_api_tokens(user.id).await.expect("tokens");
    let revoked = browser.post(&format!("/account/tokens/{}/revoke", tokens[0].id), &[]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_with_token("/api/v1/me", &token).await.status, StatusCode::UNAUTHORIZED);

    let bad = browser.post("/account/tokens", &[("name", ""), ("scope", "read")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.text().contains("a token name of 1 to 80 characters is required"));
}

#[tokio::test]
async fn profile_and_email_preferences_are_saved_and_unsubscribe_works_without_signing_in() {
    let app = TestApp::empty().await;
    let user = app.user("gus@example.org", "Gus").await;
    let mut browser = app.browser();
    browser.sign_in_as(&user).await;
    assert_eq!(
        browser.post("/account/profile", &[("display_name", "Gus the Great")]).await.status,
        StatusCode::SEE_OTHER
    );
    let too_long = "x".repeat(81);
    let refused = browser.post("/account/profile", &[("display_name", too_long.as_str())]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("at most 80 characters"));
    browser.post("/account/notifications", &[("notify_results", "yes")]).await;
    let saved = app.env.store.user_by_id(user.id).await.expect("q").expect("user");
    assert_eq!(saved.display_name, "Gus the Great");
    assert!(saved.notify_results && !saved.notify_news);

    let token = app.env.store.unsubscribe_token(user.id).await.expect("token");
    let page = app.get(&format!("/unsubscribe?token={token}")).await;
    assert!(page.text().contains("Stop news and result emails to gus@example.org?"));
    let done = app.browser().post_raw(&format!("/unsubscribe?token={token}"), &[]).await;
    assert_eq!(done.status, StatusCode::OK, "one-click unsubscribe needs no form token");
    let after = app.env.store.user_by_id(user.id).await.expect("q").expect("user");
    assert!(!after.notify_results && !after.notify_news);
    assert_eq!(app.browser().post_raw("/unsubscribe?token=wrong", &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn residents_form_a_team_invite_by_link_and_email_and_leave() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let bo = app.user("bo@example.org", "Bo").await;
    let mut ana_browser = app.browser();
    ana_browser.sign_in_as(&ana).await;
    let team_page = "/challenges/noaa-daily-weather/team";

    assert!(ana_browser.get(team_page).await.text().contains("Enter this challenge"));
    let created = ana_browser.post(team_page, &[("name", "Rain makers")]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let page = ana_browser.get(team_page).await.text();
    assert!(page.contains("You enter") && page.contains("Rain makers"));

    let with_link = ana_browser.post(&format!("{team_page}/link"), &[]).await.text();
    let link = link_in(&with_link, &format!("{PUBLIC_URL}/teams/join/")).expect("invitation link shown");

    let mut bo_browser = app.browser();
    bo_browser.sign_in_as(&bo).await;
    assert!(bo_browser.get(&link).await.text().contains("Join Rain makers"));
    let joined = bo_browser.post(&link, &[]).await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert!(bo_browser.get(team_page).await.text().contains("Bo (you)"));

    let invited = ana_browser.post(&format!("{team_page}/invite"), &[("email", "cy@example.org")]).await;
    assert!(invited.text().contains("An invitation was sent to cy@example.org"));
    let mail = app.last_email_to("cy@example.org").await.expect("invitation email");
    assert!(mail.text.contains("invites you to join the team \"Rain makers\""), "{}", mail.text);
    // The emailed link is new and works; the link made before it still works too.
    let emailed = link_in(&mail.text, &format!("{PUBLIC_URL}/teams/join/")).expect("link in the email");
    assert_ne!(emailed, link);
    let cy = app.user("cy@example.org", "Cy").await;
    let mut cy_browser = app.browser();
    cy_browser.sign_in_as(&cy).await;
    assert!(cy_browser.get(&emailed).await.text().contains("Join Rain makers"));
    assert!(cy_browser.get(&link).await.text().contains("Join Rain makers"));

    let alias = ana_browser
        .post(&format!("{team_page}/settings"), &[("name", "Rain makers"), ("alias", "Cloud 9"), ("show_alias", "yes")])
        .await;
    assert!(alias.text().contains("appears as “Cloud 9”"), "{}", alias.text());

    let left = bo_browser.post(&format!("{team_page}/leave"), &[]).await;
    assert!(left.text().contains("You left the team."));
    assert!(bo_browser.get(team_page).await.text().contains("Enter this challenge"));
}

#[tokio::test]
async fn entering_needs_the_terms_and_one_team_per_person() {
    let app = TestApp::with_examples().await;
    let email = plaza_core::Email::parse("hal@example.org").expect("email");
    let hal = app.env.store.create_user(&email, "Hal", false).await.expect("user");
    let mut browser = app.browser();
    browser.sign_in_as(&hal).await;
    let refused = browser.post("/challenges/noaa-daily-weather/team", &[("name", "Hal")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("agree to the terms of use"));
    browser.post("/account/terms", &[("terms", "yes")]).await;
    let mut browser = app.browser();
    browser.sign_in_as(&app.env.store.user_by_id(hal.id).await.expect("q").expect("user")).await;
    assert_eq!(
        browser.post("/challenges/noaa-daily-weather/team", &[("name", "Hal")]).await.status,
        StatusCode::SEE_OTHER
    );
    let second = browser.post("/challenges/noaa-daily-weather/team", &[("name", "Other")]).await;
    assert!(second.text().contains("already in a team"), "{}", second.text());
}

/// Olga, organizer of the Chicago example, signed in: the challenge and her browser.
async fn chicago_organizer(app: &TestApp) -> (plaza_core::Challenge, plaza_tests::Browser<'_>) {
    let challenge = app.env.store.challenge_by_slug("chicago-food-inspections").await.expect("q").expect("c");
    let org = app.user("org@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, org.id, ChallengeRole::Organizer).await.expect("grant");
    let mut org_browser = app.browser();
    org_browser.sign_in_as(&org).await;
    (challenge, org_browser)
}

#[tokio::test]
async fn an_organizer_invites_a_judge_who_accepts_by_email_link() {
    let app = TestApp::with_examples().await;
    let (challenge, mut org_browser) = chicago_organizer(&app).await;
    let manage = "/challenges/chicago-food-inspections/manage";
    assert!(org_browser.get(manage).await.text().contains("Organizers and judges"));
    let sent =
        org_browser.post(&format!("{manage}/invitations"), &[("email", "judge@example.org"), ("role", "judge")]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "back to the page, so a reload sends nothing again");
    let page = org_browser.get(&sent.location()).await.text();
    assert!(page.contains("The invitation was sent.") && page.contains("judge@example.org, judge:"), "{page}");

    let mail = app.last_email_to("judge@example.org").await.expect("invitation email");
    assert!(mail.subject.contains("a judge of \"Find critical food-safety violations sooner\""), "{}", mail.subject);
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/invitations/")).expect("link");

    // The judge signs in by email link (creating the account), then accepts.
    let mut judge = app.browser();
    let visit = judge.get(&link).await;
    assert_eq!(visit.status, StatusCode::SEE_OTHER, "sign in first");
    judge.sign_in("judge@example.org", "Jo").await;
    assert!(judge.get(&link).await.text().contains("You are invited to be a judge of"));
    let accepted = judge.post(&link, &[]).await;
    assert!(accepted.text().contains("You are now a judge"), "{}", accepted.text());
    assert!(accepted.text().contains("/judging\">Declare your conflicts and see your ideas"), "{}", accepted.text());
    let judge_user = app
        .env
        .store
        .user_by_email(&plaza_core::Email::parse("judge@example.org").expect("e"))
        .await
        .expect("q")
        .expect("u");
    assert_eq!(app.env.store.roles_for(challenge.id, judge_user.id).await.expect("roles"), [ChallengeRole::Judge]);

    // A judge is not an organizer.
    assert_eq!(judge.get(manage).await.status, StatusCode::FORBIDDEN);
    // Someone else cannot use the invitation.
    let stranger = app.user("stranger@example.org", "Stan").await;
    let mut other = app.browser();
    other.sign_in_as(&stranger).await;
    assert!(other.post(&link, &[]).await.text().contains("already accepted"));
}

#[tokio::test]
async fn no_new_team_enters_a_closed_challenge() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let source = plaza_store::testing::examples_dir().join("noaa-daily-weather");
    for entry in walk(&source) {
        let target = dir.path().join(entry.strip_prefix(&source).expect("inside"));
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&entry, &target).expect("copy");
    }
    let manifest = dir.path().join("challenge.toml");
    let text = std::fs::read_to_string(&manifest).expect("read");
    let opens = text.lines().find(|l| l.starts_with("opens_at")).expect("opens_at").to_owned();
    let closes = text.lines().find(|l| l.starts_with("closes_at")).expect("closes_at").to_owned();
    let text = text
        .replace(&opens, "opens_at = \"2020-01-01T00:00:00Z\"")
        .replace(&closes, "closes_at = \"2020-02-01T00:00:00Z\"");
    std::fs::write(&manifest, text).expect("write");
    app.import(dir.path()).await;

    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    assert!(!browser.get("/challenges/noaa-daily-weather").await.text().contains("Enter this challenge"));
    let refused = browser.post("/challenges/noaa-daily-weather/team", &[("name", "Late")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("This challenge has closed"));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        if entry.path().is_dir() {
            files.extend(walk(&entry.path()));
        } else {
            files.push(entry.path());
        }
    }
    files
}

#[tokio::test]
async fn an_invitation_shows_nothing_to_another_account() {
    let app = TestApp::with_examples().await;
    let (_, mut org_browser) = chicago_organizer(&app).await;
    org_browser
        .post(
            "/challenges/chicago-food-inspections/manage/invitations",
            &[("email", "judge@example.org"), ("role", "judge")],
        )
        .await;
    let mail = app.last_email_to("judge@example.org").await.expect("invitation email");
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/invitations/")).expect("link");
    let stranger = app.user("stranger@example.org", "Stan").await;
    let mut other = app.browser();
    other.sign_in_as(&stranger).await;
    let page = other.get(&link).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(!page.text().contains("judge@example.org"), "the invited address is not revealed");
    assert!(page.text().contains("This invitation is for another email address"));
}

#[tokio::test]
async fn an_organizer_sends_an_invitation_again_or_cancels_it() {
    let app = TestApp::with_examples().await;
    let (challenge, mut org_browser) = chicago_organizer(&app).await;
    let manage = "/challenges/chicago-food-inspections/manage";
    let invite = [("email", "judge@example.org"), ("role", "judge")];
    let link_sent = |mail: Option<plaza_core::OutgoingEmail>| {
        link_in(&mail.expect("invitation email").text, &format!("{PUBLIC_URL}/invitations/")).expect("link")
    };
    org_browser.post(&format!("{manage}/invitations"), &invite).await;
    let first = link_sent(app.last_email_to("judge@example.org").await);
    let again = org_browser.post(&format!("{manage}/invitations"), &invite).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let second = link_sent(app.last_email_to("judge@example.org").await);
    assert_ne!(first, second);
    let page = org_browser.get(manage).await.text();
    assert_eq!(page.matches("judge@example.org, judge:").count(), 1, "listed once: {page}");

    let judge = app.user("judge@example.org", "Jo").await;
    let mut judge_browser = app.browser();
    judge_browser.sign_in_as(&judge).await;
    assert!(judge_browser.get(&first).await.text().contains("This invitation link does not work"));
    assert!(judge_browser.get(&second).await.text().contains("You are invited to be a judge of"));

    let pending = app.env.store.pending_invitations(challenge.id).await.expect("pending");
    let id = pending[0].id.to_string();
    let cancelled = org_browser.post(&format!("{manage}/invitations/cancel"), &[("invitation", id.as_str())]).await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let page = org_browser.get(&cancelled.location()).await.text();
    assert!(page.contains("The invitation was cancelled") && !page.contains("judge@example.org, judge:"), "{page}");
    assert!(judge_browser.get(&second).await.text().contains("This invitation link does not work"));
    let twice = org_browser.post(&format!("{manage}/invitations/cancel"), &[("invitation", id.as_str())]).await;
    assert_eq!(twice.status, StatusCode::NOT_FOUND);
    let garbled = org_browser.post(&format!("{manage}/invitations/cancel"), &[("invitation", "abc")]).await;
    assert_eq!(garbled.status, StatusCode::BAD_REQUEST);
    assert!(garbled.text().contains("This form could not be read"), "{}", garbled.text());
}
