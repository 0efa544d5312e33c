//! Cross-site request forgery protection, two walls deep:
//! 1. every form carries `csrf_token`, which must equal the browser's
//!    `plaza_csrf` cookie (set on first visit, rotated at sign-in);
//! 2. a state-changing request whose `Origin` is another site, or whose
//!    `Sec-Fetch-Site` says cross-site, is refused before any handler runs.
//!
//! API requests authenticated by a bearer token carry no cookie and are not
//! subject to either (a forged cross-site request cannot add that header).

use axum::body::Body;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::extract::cookies::{self, CookieOptions};
use crate::state::AppState;

/// The CSRF secret of this browser, for forms to echo.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

use crate::MAX_FORM_BYTES;

/// Makes sure every browser has a CSRF cookie and refuses cross-site writes.
pub async fn layer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let is_write = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let has_bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    // One-click unsubscribe links (RFC 8058): mail programs post them from elsewhere.
    let exempt = matches!(request.uri().path(), "/unsubscribe" | "/follow/stop");
    if is_write && !has_bearer && !exempt && is_cross_site(request.headers()) {
        return AppError::CsrfRejected.into_response();
    }
    let existing = cookies::get(request.headers(), cookies::CSRF).filter(|t| t.len() == 64);
    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (plaza_store::new_secret(), true),
    };
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    // A handler that rotated the token (at sign-in) has set its own cookie.
    // Only pages carry forms: a download (which shared caches may keep, so
    // must never carry a cookie) gets none.
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if fresh
        && is_page
        && !response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.starts_with("plaza_csrf=")))
    {
        let options = CookieOptions { secure: state.settings.secure_cookies, max_age_seconds: None, strict: false };
        response.headers_mut().append(header::SET_COOKIE, cookies::set(cookies::CSRF, &token, options));
    }
    response
}

fn is_cross_site(headers: &HeaderMap) -> bool {
    if headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return true;
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if origin == "null" {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    !origin_host.eq_ignore_ascii_case(host)
}

/// Compares in time that does not depend on where the strings differ.
pub(crate) fn same(a: impl AsRef<[u8]>, b: impl AsRef<[u8]>) -> bool {
    let (a, b) = (a.as_ref(), b.as_ref());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[derive(Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf_token: String,
}

/// A URL-encoded form whose `csrf_token` matched the browser's cookie,
/// read whole only up to `MAX` bytes (the route's body limit must allow
/// as much: see `BodyLimit` in `routes.rs`).
pub struct CsrfForm<T, const MAX: usize = MAX_FORM_BYTES>(pub T);

impl<T: DeserializeOwned + Send, const MAX: usize> FromRequest<AppState> for CsrfForm<T, MAX> {
    type Rejection = AppError;

    async fn from_request(request: Request<Body>, _state: &AppState) -> Result<Self, Self::Rejection> {
        let cookie = cookies::get(request.headers(), cookies::CSRF).unwrap_or_default();
        let bytes = axum::body::to_bytes(request.into_body(), MAX).await.map_err(|err| {
            if format!("{err:?}").contains("LengthLimit") {
                AppError::PayloadTooLarge(plaza_i18n::tr("web-form-too-large"))
            } else {
                AppError::BadRequest(plaza_i18n::tr("web-form-incomplete"))
            }
        })?;
        let token: TokenField = serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::CsrfRejected)?;
        if cookie.is_empty() || !same(&token.csrf_token, &cookie) {
            return Err(AppError::CsrfRejected);
        }
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|e| {
            AppError::BadRequest(plaza_i18n::tr_with("web-form-unreadable", &[("error", e.to_string().into())]))
        })?;
        Ok(CsrfForm(form))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn another_origin_is_cross_site() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("plaza.example"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        assert!(is_cross_site(&headers));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://plaza.example"));
        assert!(!is_cross_site(&headers));
        headers.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(is_cross_site(&headers));
    }

    #[test]
    fn token_comparison_is_exact() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
    }
}
