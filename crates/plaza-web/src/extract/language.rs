//! Which language a request is served in, chosen once per request before any
//! handler runs:
//!
//! 1. `?lang=xx` on the URL (remembered in a cookie for the next pages);
//! 2. that cookie;
//! 3. the signed-in person's preference (set on `/account`);
//! 4. the browser's `Accept-Language`;
//! 5. the site's `default_locale`.
//!
//! A value naming no language Plaza has is skipped. The request then runs
//! in [`plaza_i18n::scope`]: templates, error pages and Rust messages all
//! read it from there.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use serde::Serialize;

use crate::extract::{auth, cookies};
use crate::state::AppState;

/// How long the choice made with `?lang=` is remembered.
const REMEMBER_SECONDS: i64 = 365 * 24 * 3600;

tokio::task_local! {
    /// The page being served (path and query), for the language switch's links.
    static HERE: String;
}

/// One entry of the language switch on every page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LanguageLink {
    pub code: &'static str,
    /// The language's name in its own words.
    pub name: &'static str,
    /// This page in that language.
    pub url: String,
}

/// The language switch for the page being served: every language, each a
/// link to the same page with `lang` set (a form's answer page links to the
/// form's own address).
pub fn switch() -> Vec<LanguageLink> {
    switch_for(&HERE.try_with(Clone::clone).unwrap_or_else(|_| "/".to_owned()))
}

/// The language switch of a page at `here` (an error page's links go to
/// the home page: the address it was asked at may not exist, or may name
/// something that must not be repeated).
pub fn switch_for(here: &str) -> Vec<LanguageLink> {
    plaza_i18n::languages()
        .map(|language| LanguageLink { code: language.code, name: &language.name, url: with_lang(here, language.code) })
        .collect()
}

/// The query parameters that say where on a page someone is (a page of a
/// list, a search, a filter, a paper size): the language switch keeps them.
const KEPT: [&str; 8] = ["page", "q", "paper", "view", "kind", "status", "verdict", "team"];

/// `path?query` with its `lang` parameter set to `code`. Of the other
/// parameters only [`KEPT`] ones with plain values (`page=2`) stay: a
/// one-time notice (`?saved=...`) or an address (`?next=...`) is dropped,
/// so the switch never repeats what someone else put in a link.
fn with_lang(here: &str, code: &str) -> String {
    let (path, query) = here.split_once('?').unwrap_or((here, ""));
    let plain = |pair: &&str| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        KEPT.contains(&key)
            && pair.len() <= 100
            && [key, value].iter().all(|part| part.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.+".contains(&b)))
    };
    let mut pairs: Vec<&str> = query.split('&').filter(plain).collect();
    let lang = format!("lang={code}");
    pairs.push(&lang);
    format!("{path}?{}", pairs.join("&"))
}

/// The language asked for with `?lang=`, if Plaza has it.
fn asked(query: Option<&str>) -> Option<&'static str> {
    query?.split('&').filter_map(|pair| pair.strip_prefix("lang=")).next_back().and_then(plaza_i18n::find)
}

/// The `Set-Cookie` that remembers `code` as this browser's language.
pub(crate) fn remember(code: &str, secure: bool) -> HeaderValue {
    let options = cookies::CookieOptions { secure, max_age_seconds: Some(REMEMBER_SECONDS), strict: false };
    cookies::set(cookies::LANGUAGE, code, options)
}

pub(crate) async fn choose(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let asked = asked(parts.uri.query());
    let remembered = cookies::get(&parts.headers, cookies::LANGUAGE).and_then(|tag| plaza_i18n::find(&tag));
    let mut lang = asked.or(remembered);
    if lang.is_none() && cookies::get(&parts.headers, cookies::SESSION).is_some() {
        // A database error here is the handler's to report; the page is then
        // in the browser's language.
        if let Ok(Some(user)) = auth::session_user(&mut parts, &state).await {
            lang = user.locale.as_deref().and_then(plaza_i18n::find);
        }
    }
    let lang = lang
        .or_else(|| {
            parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(plaza_i18n::negotiate)
        })
        .unwrap_or_else(plaza_i18n::default_language);
    let here = if parts.method == Method::GET {
        parts.uri.path_and_query().map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned())
    } else {
        parts.uri.path().to_owned()
    };
    let request = Request::from_parts(parts, body);
    let mut response = plaza_i18n::scope(lang, HERE.scope(here, next.run(request))).await;
    let headers = response.headers_mut();
    if let Some(asked) = asked
        && remembered != Some(asked)
    {
        headers.append(header::SET_COOKIE, remember(asked, state.settings.secure_cookies));
    }
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_keeps_the_page_and_its_query_and_sets_lang_once() {
        assert_eq!(with_lang("/", "es"), "/?lang=es");
        assert_eq!(with_lang("/challenges/x?page=2", "es"), "/challenges/x?page=2&lang=es");
        assert_eq!(with_lang("/c?lang=en&page=2&lang=fr", "es"), "/c?page=2&lang=es");
        assert_eq!(with_lang("/c?language=x", "en"), "/c?lang=en");
        assert_eq!(with_lang("/sign-in?next=/%09/evil.example/phish", "es"), "/sign-in?lang=es");
        assert_eq!(with_lang("/sign-in?next=%2Fchallenges&q=a+b", "es"), "/sign-in?q=a+b&lang=es");
        assert_eq!(with_lang("/x?q=%3Cscript%3E&page=", "es"), "/x?page=&lang=es");
        assert_eq!(with_lang("/j?notice=declared&moved=2&view=all", "es"), "/j?view=all&lang=es");
    }

    #[test]
    fn only_a_language_plaza_has_is_asked_for() {
        assert_eq!(asked(Some("lang=es")), Some("es"));
        assert_eq!(asked(Some("page=2&lang=es-MX")), Some("es"));
        assert_eq!(asked(Some("lang=klingon")), None);
        assert_eq!(asked(Some("language=es")), None);
        assert_eq!(asked(None), None);
    }
}
