//! Reading and writing the few cookies Plaza uses. Every cookie is HttpOnly,
//! SameSite=Lax (Strict where a cross-site visit never needs it) and Secure
//! when the site is served over TLS.

use axum::http::{HeaderMap, HeaderValue, header};

/// The browser session.
pub const SESSION: &str = "plaza_session";
/// The CSRF secret, echoed by every form.
pub const CSRF: &str = "plaza_csrf";
/// Identifies the browser that asked for a sign-in link.
pub const LOGIN_BROWSER: &str = "plaza_login";
/// The language a visitor chose with `?lang=` (a language tag).
pub const LANGUAGE: &str = "plaza_lang";
/// Carries a verified email address from the sign-in link to the sign-up form.
pub const SIGN_UP: &str = "plaza_signup";
/// Binds an OAuth round trip (state, PKCE verifier, nonce) to this browser.
pub const OAUTH: &str = "plaza_oauth";

/// The value of cookie `name`, if the request has it.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim_matches('"').to_owned())
        .filter(|value| !value.is_empty())
}

/// How a cookie is set.
#[derive(Debug, Clone, Copy)]
pub struct CookieOptions {
    pub secure: bool,
    pub max_age_seconds: Option<i64>,
    pub strict: bool,
}

/// A `Set-Cookie` value. Values are hex or URL-safe by construction.
pub fn set(name: &str, value: &str, options: CookieOptions) -> HeaderValue {
    let mut cookie =
        format!("{name}={value}; Path=/; HttpOnly; SameSite={}", if options.strict { "Strict" } else { "Lax" });
    if let Some(age) = options.max_age_seconds {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if options.secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static("plaza_invalid=; Path=/; Max-Age=0"))
}

/// A `Set-Cookie` value that deletes cookie `name`.
pub fn clear(name: &str, secure: bool) -> HeaderValue {
    set(name, "", CookieOptions { secure, max_age_seconds: Some(0), strict: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; plaza_session=abc; b=2"));
        assert_eq!(get(&headers, SESSION).as_deref(), Some("abc"));
        assert_eq!(get(&headers, "missing"), None);
    }

    #[test]
    fn cookies_are_http_only_and_secure_behind_tls() {
        let value = set(SESSION, "abc", CookieOptions { secure: true, max_age_seconds: Some(60), strict: false });
        let text = value.to_str().expect("ascii");
        assert!(text.contains("HttpOnly") && text.contains("SameSite=Lax") && text.contains("Secure"), "{text}");
    }
}
