//! The site in the visitor's language (#14 item 1): `?lang=` (remembered
//! in a cookie), then the account's choice, then `Accept-Language`, then the
//! site's default; `<html lang>` always matches, and emails go out in the
//! recipient's language.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_tests::TestApp;

async fn get_in(app: &TestApp, path: &str, accept_language: &str) -> plaza_tests::TestResponse {
    app.request(
        Request::get(path)
            .header(header::ACCEPT_LANGUAGE, accept_language)
            .body(Body::empty())
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .await
}

/// Every `Set-Cookie` of a response, on one line.
fn set_cookies(response: &plaza_tests::TestResponse) -> String {
    response.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(" | ")
}

#[tokio::test]
async fn a_browser_that_asks_for_spanish_reads_the_site_in_spanish() {
    let app = TestApp::with_examples().await;
    let home = get_in(&app, "/", "es-MX,es;q=0.9,en;q=0.8").await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(home.header("content-language"), "es");
    let html = home.text();
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(html.contains("Desafíos de datos cívicos"), "{html}");
    assert!(!html.contains("Civic data challenges"), "{html}");
    // The switch names each language in its own words and links to this page in it.
    assert!(html.contains("href=\"/?lang=en\""), "{html}");
    assert!(html.contains(">English</a>") && html.contains(">Español</span>"), "{html}");

    // Dates, the challenge's status and its time zone are Spanish too.
    let challenge = get_in(&app, "/challenges/toronto-street-trees", "es").await.text();
    assert!(challenge.contains("30 de abril de 2027 a las 19:59, hora de Toronto"), "{challenge}");
    assert!(!challenge.contains("Toronto time"), "{challenge}");

    // A language Plaza does not have falls back to the site's default, English.
    let german = get_in(&app, "/", "de-DE,de;q=0.9").await.text();
    assert!(german.contains("<html lang=\"en\">") && german.contains("Civic data challenges"), "{german}");
    // Error pages follow the visitor's language too.
    let missing = get_in(&app, "/challenges/no-such-thing", "es").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.text().contains("<html lang=\"es\">"), "{}", missing.text());
}

#[tokio::test]
async fn lang_on_the_url_wins_and_is_remembered_in_a_cookie() {
    let app = TestApp::with_examples().await;
    let mut browser = app.browser();
    let chosen = browser.send(Request::get("/?lang=en").header(header::ACCEPT_LANGUAGE, "es"), Body::empty()).await;
    assert!(chosen.text().contains("<html lang=\"en\">"));
    assert!(set_cookies(&chosen).contains("plaza_lang=en"), "{:?}", chosen.headers);
    assert_eq!(browser.cookie("plaza_lang").as_deref(), Some("en"));
    // The next page, with no `?lang=`, stays English although the browser asks for Spanish.
    let next = browser.send(Request::get("/terms").header(header::ACCEPT_LANGUAGE, "es"), Body::empty()).await;
    assert!(next.text().contains("<html lang=\"en\">"), "{}", next.text());
    // An unknown value is ignored, not an error.
    let unknown = browser.get("/?lang=xx-nonsense").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.text().contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn a_person_who_chose_spanish_gets_pages_and_emails_in_spanish() {
    let app = TestApp::with_examples().await;
    let user = app.user("rosa@example.org", "Rosa").await;
    let mut rosa = app.browser();
    rosa.sign_in_as(&user).await;

    let refused = rosa.post("/account/language", &[("locale", "tlh")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("tlh"), "{}", refused.text());

    let saved = rosa.post("/account/language", &[("locale", "es")]).await;
    assert_eq!(saved.location(), "/account?saved=language");
    let account = rosa.get("/account").await.text();
    assert!(account.contains("<html lang=\"es\">"), "{account}");
    assert!(account.contains("<option value=\"es\" lang=\"es\" selected>Español</option>"), "{account}");
    // Another browser of hers, with no cookie and an English browser, still gets Spanish.
    let mut phone = app.browser();
    phone.sign_in_as(&user).await;
    let page = phone.send(Request::get("/").header(header::ACCEPT_LANGUAGE, "en-US"), Body::empty()).await;
    assert!(page.text().contains("<html lang=\"es\">"), "{}", page.text());

    // A sign-in link asked for from a Spanish page comes in Spanish.
    let mut laptop = app.browser();
    laptop.get("/?lang=es").await;
    let asked = laptop.post("/sign-in", &[("email", "rosa@example.org"), ("next", "/")]).await;
    assert_eq!(asked.status, StatusCode::OK);
    let mail = app.last_email_to("rosa@example.org").await.unwrap_or_else(|| panic!("no sign-in email"));
    assert_eq!(mail.subject, "Su enlace para iniciar sesión en Plaza");
    assert!(mail.html.contains("<html lang=\"es\">"), "{}", mail.html);

    // Back to the browser's language: the account choice and the cookie are cleared.
    let cleared = rosa.post("/account/language", &[("locale", "")]).await;
    assert!(set_cookies(&cleared).contains("plaza_lang=;"), "{:?}", cleared.headers);
    let english = rosa.send(Request::get("/").header(header::ACCEPT_LANGUAGE, "en"), Body::empty()).await;
    assert!(english.text().contains("<html lang=\"en\">"));
}
