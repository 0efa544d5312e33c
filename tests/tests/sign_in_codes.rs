//! Signing in from another device: the code in the sign-in email typed into
//! the page that asked, and the link opened in another browser finished with
//! the code that page shows. The attack cases: guessing, expiry (in the
//! store's tests), a code used twice, a scanned or forwarded link.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_tests::{Browser, PUBLIC_URL, TestApp, TestResponse, link_in};

const LAPTOP: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0";

/// Asks for a sign-in email as a Firefox on Windows would; returns the
/// "Check your email" page.
async fn ask(browser: &mut Browser<'_>, email: &str) -> TestResponse {
    browser.get("/sign-in").await;
    let token = browser.cookie("plaza_csrf").unwrap_or_default();
    let body = format!("csrf_token={token}&email={}&next=%2Faccount", email.replace('@', "%40"));
    let request = Request::post("/sign-in")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::USER_AGENT, LAPTOP);
    let page = browser.send(request, Body::from(body)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    assert!(page.text().contains("Check your email"), "{}", page.text());
    page
}

/// The code and the link in the newest sign-in email to `email`.
async fn emailed(app: &TestApp, email: &str) -> (String, String) {
    let mail = app.last_email_to(email).await.expect("a sign-in email");
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/sign-in/link")).expect("a link");
    let after = mail.text.split("Or type this code on the page where you asked to sign in:").nth(1).expect("a code");
    let code = after.trim().lines().next().expect("code line").trim().to_owned();
    assert_eq!(code.len(), 9, "two groups of four digits: {code}");
    (code, link.replacen(PUBLIC_URL, "", 1))
}

/// The code the "Check your email" page shows for another device.
fn device_code(page: &TestResponse) -> String {
    let text = page.text();
    let start =
        text.find("class=\"big-code\"><strong>").expect("the device code") + "class=\"big-code\"><strong>".len();
    text[start..start + 9].to_owned()
}

async fn signed_in_as(browser: &mut Browser<'_>, name: &str) -> bool {
    let account = browser.get("/account").await;
    account.status == StatusCode::OK && account.text().contains(name)
}

#[tokio::test]
async fn the_code_from_the_email_signs_in_the_browser_that_asked_once() {
    let app = TestApp::empty().await;
    app.user("rosa@example.org", "Rosa Díaz").await;
    let mut laptop = app.browser();
    ask(&mut laptop, "rosa@example.org").await;
    let (code, link) = emailed(&app, "rosa@example.org").await;

    let signed = laptop.post("/sign-in/code", &[("code", &code.replace(' ', "-"))]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.text());
    assert_eq!(signed.location(), "/account");
    assert!(signed_in_as(&mut laptop, "Rosa Díaz").await);

    // The code and the link are one sign-in: neither works again.
    let mut other = app.browser();
    let again = other.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.text().contains("No sign-in is waiting"), "a browser that asked for none: {}", again.text());
    let link_again = laptop.get(&link).await;
    assert!(link_again.text().contains("This link was already used"), "{}", link_again.text());
}

#[tokio::test]
async fn a_new_address_signing_in_with_a_code_goes_on_to_sign_up() {
    let app = TestApp::empty().await;
    let mut laptop = app.browser();
    ask(&mut laptop, "new@example.org").await;
    let (code, _) = emailed(&app, "new@example.org").await;
    let signed = laptop.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    assert_eq!(signed.location(), "/sign-up");
}

#[tokio::test]
async fn wrong_codes_are_counted_and_the_fifth_ends_the_sign_in() {
    let app = TestApp::empty().await;
    app.user("rosa@example.org", "Rosa").await;
    let mut laptop = app.browser();
    ask(&mut laptop, "rosa@example.org").await;
    let (code, link) = emailed(&app, "rosa@example.org").await;
    let wrong = if code == "0000 0000" { "1111 1111" } else { "0000 0000" };

    // Something that is not a code is explained and not counted.
    let garbled = laptop.post("/sign-in/code", &[("code", "12ab")]).await;
    assert_eq!(garbled.status, StatusCode::BAD_REQUEST);
    assert!(garbled.text().contains("Type the 8 digits of the code"), "{}", garbled.text());

    for left in (1..=4).rev() {
        let page = laptop.post("/sign-in/code", &[("code", wrong)]).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
        assert!(page.text().contains(&format!("({left} more")), "{}", page.text());
        assert!(page.text().contains("aria-invalid=\"true\""));
    }
    let last = laptop.post("/sign-in/code", &[("code", wrong)]).await;
    assert!(last.text().contains("that was the last try"), "{}", last.text());
    let right_too_late = laptop.post("/sign-in/code", &[("code", &code)]).await;
    assert!(!signed_in_as(&mut laptop, "Rosa").await, "{}", right_too_late.text());
    let link_too = laptop.get(&link).await;
    assert!(link_too.text().contains("This link was already used"), "{}", link_too.text());
}

#[tokio::test]
async fn guessing_over_many_emails_stops_for_the_day() {
    let app = TestApp::empty().await;
    app.user("rosa@example.org", "Rosa").await;
    let mut attacker = app.browser();
    let wrong = |code: &str| if code == "0000 0000" { "1111 1111" } else { "0000 0000" }.to_owned();
    for _ in 0..4 {
        ask(&mut attacker, "rosa@example.org").await;
        let (code, _) = emailed(&app, "rosa@example.org").await;
        for _ in 0..5 {
            attacker.post("/sign-in/code", &[("code", &wrong(&code))]).await;
        }
    }
    ask(&mut attacker, "rosa@example.org").await;
    let (code, link) = emailed(&app, "rosa@example.org").await;
    let refused = attacker.post("/sign-in/code", &[("code", &code)]).await;
    assert!(refused.text().contains("Too many codes were tried for this email address today"), "{}", refused.text());
    // Rosa's own link still works in her browser... which is the attacker's
    // here, so it is refused elsewhere without the device code.
    let mut rosa = app.browser();
    let page = rosa.get(&link).await;
    assert!(page.text().contains("Sign in on this device?"), "{}", page.text());
}

#[tokio::test]
async fn a_link_opened_on_a_phone_signs_in_there_with_the_code_the_laptop_shows() {
    let app = TestApp::empty().await;
    app.user("rosa@example.org", "Rosa").await;
    let mut laptop = app.browser();
    let check = ask(&mut laptop, "rosa@example.org").await;
    let shown = device_code(&check);
    let (emailed_code, link) = emailed(&app, "rosa@example.org").await;

    // A mail scanner or a preview opens the link: nothing is used up.
    let mut scanner = app.browser();
    for _ in 0..3 {
        let preview = scanner.get(&link).await;
        assert_eq!(preview.status, StatusCode::OK);
    }

    let mut phone = app.browser();
    let offer = phone.get(&link).await;
    let text = offer.text();
    assert!(text.contains("Sign in on this device?"), "{text}");
    assert!(text.contains("Firefox on Windows"), "where the request came from: {text}");
    assert!(!text.contains(&shown), "the page never shows the code it asks for");

    // The code from the email is not the one asked for here.
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let wrong = phone.post("/sign-in/link", &[("token", &token), ("code", &emailed_code)]).await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert!(wrong.text().contains("That code is not right"), "{}", wrong.text());

    let signed = phone.post("/sign-in/link", &[("token", &token), ("code", &shown)]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.text());
    assert!(signed_in_as(&mut phone, "Rosa").await);
    assert!(!signed_in_as(&mut laptop, "Rosa").await, "only the phone is signed in");

    // Used once: the laptop's code and the link are spent.
    let late = laptop.post("/sign-in/code", &[("code", &emailed_code)]).await;
    assert!(late.text().contains("This sign-in was already used"), "{}", late.text());
    let again = phone.post("/sign-in/link", &[("token", &token), ("code", &shown)]).await;
    assert!(again.text().contains("already used"), "{}", again.text());
}

#[tokio::test]
async fn a_forwarded_link_without_the_device_code_signs_nobody_in() {
    let app = TestApp::empty().await;
    app.user("rosa@example.org", "Rosa").await;
    let mut laptop = app.browser();
    let check = ask(&mut laptop, "rosa@example.org").await;
    let (_, link) = emailed(&app, "rosa@example.org").await;
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let shown = device_code(&check);
    let mut stranger = app.browser();
    stranger.get(&link).await;
    let guess = if shown == "0000 0000" { "1111 1111" } else { "0000 0000" };
    for _ in 0..5 {
        stranger.post("/sign-in/link", &[("token", &token), ("code", guess)]).await;
    }
    let right_too_late = stranger.post("/sign-in/link", &[("token", &token), ("code", &shown)]).await;
    assert!(right_too_late.text().contains("no longer works"), "{}", right_too_late.text());
    assert!(!signed_in_as(&mut stranger, "Rosa").await);
    // Without the form's token, nothing is even tried.
    let forged = stranger.post_raw("/sign-in/link", &[("token", &token), ("code", &shown)]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}
