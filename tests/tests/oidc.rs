//! Sign-in through a real OpenID Connect provider: the npm package
//! `oidc-provider`, started on loopback from `tests/oidc-provider/`. Plaza runs
//! in-process; the provider's pages are driven over HTTP like a browser would.
//!
//! Part of the suites that need real peers: run with `cargo test -p
//! plaza-tests --test oidc -- --ignored` after `npm ci` in tests/oidc-provider
//! (as `.ci/run` does). Without node or the provider, these tests fail.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use axum::http::StatusCode;
use plaza_tests::{Browser, PUBLIC_URL, TestApp};
use plaza_web::{ProviderConfig, ProviderKind};

const CLIENT_ID: &str = "plaza-test";
const CLIENT_SECRET: &str = "a-test-secret";
/// How long the provider may take to print its address.
const STARTUP: std::time::Duration = std::time::Duration::from_secs(30);

/// The provider process; killed when dropped.
struct Provider {
    child: Child,
    issuer: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn provider_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("oidc-provider")
}

fn start_provider(code_ttl_seconds: u32) -> Provider {
    let dir = provider_dir();
    assert!(
        dir.join("node_modules/oidc-provider").is_dir(),
        "the test OpenID Connect provider is not installed: run `npm ci` in {}",
        dir.display()
    );
    let mut child = Command::new("node")
        .arg("provider.mjs")
        .current_dir(&dir)
        .env("OIDC_PORT", "0")
        .env("OIDC_CLIENT_ID", CLIENT_ID)
        .env("OIDC_CLIENT_SECRET", CLIENT_SECRET)
        .env("OIDC_REDIRECT_URI", format!("{PUBLIC_URL}/auth/city/callback"))
        .env("OIDC_TTL_AUTH_CODE", code_ttl_seconds.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start node (is Node.js installed?): {err}"));
    // Read the "listening" line on a thread of its own, so that a provider
    // that never starts fails the test within a bound instead of hanging it.
    let stdout = child.stdout.take().expect("provider stdout");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(BufReader::new(stdout).lines().next());
    });
    let line = match receiver.recv_timeout(STARTUP) {
        Ok(Some(Ok(line))) => line,
        Ok(other) => {
            let _ = child.kill();
            panic!("the OpenID Connect provider exited without printing its address: {other:?}")
        }
        Err(_) => {
            let _ = child.kill();
            panic!("the OpenID Connect provider did not start within {STARTUP:?}")
        }
    };
    let issuer = line
        .strip_prefix("OIDC provider listening on ")
        .unwrap_or_else(|| panic!("unexpected provider output: {line}"))
        .to_owned();
    Provider { child, issuer }
}

fn city(issuer: &str) -> ProviderConfig {
    ProviderConfig {
        slug: "city".into(),
        label: "City staff login".into(),
        kind: ProviderKind::Oidc,
        issuer: Some(issuer.to_owned()),
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
    }
}

/// The resident's browser on the provider's site (its own cookie jar).
fn provider_browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

/// Starts sign-in at Plaza, then logs in at the provider as `login` (or
/// cancels); returns Plaza's callback path with the provider's answer.
async fn round_trip(
    plaza: &mut Browser<'_>,
    provider: &Provider,
    http: &reqwest::Client,
    login: Option<&str>,
) -> String {
    let start = plaza.get("/auth/city?next=/account").await;
    assert_eq!(start.status, StatusCode::SEE_OTHER, "{}", start.text());
    let authorize = start.location();
    assert!(authorize.starts_with(&provider.issuer), "sent to the provider: {authorize}");
    assert!(
        authorize.contains("code_challenge_method=S256") && authorize.contains("nonce="),
        "PKCE and nonce: {authorize}"
    );

    let mut response = http.get(&authorize).send().await.expect("authorization request");
    let mut next = location(&response);
    if next.starts_with("/interaction/") {
        let interaction = format!("{}{next}", provider.issuer);
        let action = match login {
            Some(name) => http.post(format!("{interaction}/login")).form(&[("login", name)]),
            None => http.post(format!("{interaction}/abort")).form(&[("x", "")]),
        };
        response = action.send().await.expect("login form");
        next = location(&response);
        response = http.get(&next).send().await.expect("resume");
        next = location(&response);
    }
    let callback =
        next.strip_prefix(PUBLIC_URL).unwrap_or_else(|| panic!("back to Plaza expected, got {next}")).to_owned();
    assert!(callback.starts_with("/auth/city/callback?"), "{callback}");
    callback
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn a_new_resident_signs_up_through_the_provider_and_comes_back_signed_in() {
    let provider = start_provider(60);
    let app = TestApp::with_providers(vec![city(&provider.issuer)]).await;
    let http = provider_browser();
    let mut plaza = app.browser();

    assert!(plaza.get("/sign-in").await.text().contains("Sign in with City staff login"));
    let callback = round_trip(&mut plaza, &provider, &http, Some("alice")).await;
    let back = plaza.get(&callback).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert_eq!(back.location(), "/sign-up", "a new account asks for a name and the terms");
    assert!(plaza.get("/sign-up").await.text().contains("alice@example.org"));
    let created = plaza.post("/sign-up", &[("display_name", "Alice"), ("terms", "yes")]).await;
    assert_eq!(created.location(), "/account");
    assert!(plaza.get("/account").await.text().contains("alice@example.org"));

    // Next time the identity is linked: straight in, no sign-up.
    let mut again = app.browser();
    let callback = round_trip(&mut again, &provider, &http, Some("alice")).await;
    let back = again.get(&callback).await;
    assert_eq!(back.location(), "/account");
    assert!(again.cookie("plaza_session").is_some());
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn an_existing_account_is_linked_by_verified_email() {
    let provider = start_provider(60);
    let app = TestApp::with_providers(vec![city(&provider.issuer)]).await;
    let existing = app.user("bob@example.org", "Bob").await;
    let mut plaza = app.browser();
    let callback = round_trip(&mut plaza, &provider, &provider_browser(), Some("bob")).await;
    assert_eq!(plaza.get(&callback).await.location(), "/account");
    let linked = app.env.store.user_by_identity("city", "bob").await.expect("q").expect("linked");
    assert_eq!(linked.id, existing.id);
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn a_wrong_state_is_refused_with_a_clear_page() {
    let provider = start_provider(60);
    let app = TestApp::with_providers(vec![city(&provider.issuer)]).await;
    let mut plaza = app.browser();
    let callback = round_trip(&mut plaza, &provider, &provider_browser(), Some("carol")).await;
    let tampered = callback.replace("state=", "state=x");
    let page = plaza.get(&tampered).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text().contains("This sign-in attempt has expired"), "{}", page.text());
    assert!(plaza.cookie("plaza_session").is_none());

    // A callback in a browser that never started the sign-in is refused too.
    let stranger = app.browser().get(&callback).await;
    assert!(stranger.text().contains("This sign-in attempt has expired"));
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn a_wrong_nonce_is_refused() {
    let provider = start_provider(60);
    let app = TestApp::with_providers(vec![city(&provider.issuer)]).await;
    let mut plaza = app.browser();
    let callback = round_trip(&mut plaza, &provider, &provider_browser(), Some("dave")).await;
    // The browser's remembered nonce no longer matches the one in the ID token.
    let cookie = plaza.cookie("plaza_oauth").expect("pending sign-in cookie");
    let parts: Vec<&str> = cookie.splitn(5, '.').collect();
    let forged = format!("{}.{}.{}x.{}.{}", parts[0], parts[1], parts[2], parts[3], parts[4]);
    plaza.jar.insert("plaza_oauth".into(), forged);
    let page = plaza.get(&callback).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text().contains("We could not verify the sign-in"), "{}", page.text());
    assert!(plaza.cookie("plaza_session").is_none());
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn an_expired_code_is_refused() {
    let provider = start_provider(1);
    let app = TestApp::with_providers(vec![city(&provider.issuer)]).await;
    let mut plaza = app.browser();
    let callback = round_trip(&mut plaza, &provider, &provider_browser(), Some("erin")).await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let page = plaza.get(&callback).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text().contains("Sign-in took too long"), "{}", page.text());
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn denied_consent_and_unverified_email_get_their_own_pages() {
    let provider = start_provider(60);
    let app = TestApp::with_providers(vec![city(&provider.issuer)]).await;
    let mut plaza = app.browser();
    let callback = round_trip(&mut plaza, &provider, &provider_browser(), None).await;
    assert!(callback.contains("error=access_denied"));
    let page = plaza.get(&callback).await;
    assert!(page.text().contains("Sign-in cancelled"), "{}", page.text());

    let mut plaza = app.browser();
    let callback = round_trip(&mut plaza, &provider, &provider_browser(), Some("unverified")).await;
    let page = plaza.get(&callback).await;
    assert!(page.text().contains("No confirmed email address"), "{}", page.text());
    assert!(plaza.cookie("plaza_session").is_none());
}

#[tokio::test]
#[ignore = "real OpenID Connect provider: run with --ignored after npm ci (.ci/run does)"]
async fn a_provider_that_is_down_gets_a_plain_page_not_a_500() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let app = TestApp::with_providers(vec![city(&format!("http://127.0.0.1:{port}"))]).await;
    let page = app.browser().get("/auth/city").await;
    assert_eq!(page.status, StatusCode::BAD_GATEWAY);
    assert!(page.text().contains("The sign-in service did not answer"));
    assert_eq!(app.get("/auth/nobody").await.status, StatusCode::NOT_FOUND);
}
