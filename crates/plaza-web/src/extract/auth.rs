//! Who is calling, and what they may do. Every route states its access by
//! the extractors it takes; nothing is checked only in a template.
//!
//! - [`Viewer`]: anyone; carries the signed-in user if there is one.
//! - [`CurrentUser`]: a signed-in person (others are sent to sign in).
//! - [`SiteAdmin`]: a site admin.
//! - [`ChallengeOrganizer`]: an organizer of the challenge in the path, or a site admin.
//! - [`ChallengeJudge`]: a judge of the challenge in the path.
//! - [`ApiUser`] / [`CheckedBearer`]: personal API tokens on the JSON API.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use plaza_core::{Challenge, ChallengeRole, TokenScope, User};
use serde::Serialize;

use crate::error::{ApiError, AppError};
use crate::extract::cookies;
use crate::extract::csrf::CsrfToken;
use crate::state::AppState;

/// What the page header needs to know about the visitor.
#[derive(Debug, Clone, Serialize)]
pub struct NavUser {
    pub display_name: String,
    pub is_admin: bool,
    /// Organizes a challenge or is a site admin: the header links to `/manage`.
    pub manages: bool,
}

/// Fields every page template receives.
#[derive(Debug, Clone, Serialize)]
pub struct PageContext {
    pub site_name: String,
    pub page_title: String,
    pub user: Option<NavUser>,
    pub csrf_token: String,
    /// Says that some of the challenge's own words are shown in the
    /// language they were written in (see `render::content`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_note: Option<String>,
}

/// Anyone visiting a page, signed in or not.
pub struct Viewer {
    pub user: Option<User>,
    pub csrf: String,
    /// Whether the user organizes a challenge or is a site admin.
    pub manages: bool,
}

impl Viewer {
    pub fn page(&self, state: &AppState, title: impl Into<String>) -> PageContext {
        PageContext {
            site_name: state.settings.site_name.clone(),
            page_title: title.into(),
            user: self.user.as_ref().map(|u| NavUser {
                display_name: u.display_name.clone(),
                is_admin: u.is_admin,
                manages: self.manages,
            }),
            csrf_token: self.csrf.clone(),
            content_note: None,
        }
    }
}

/// The person a request's session cookie names, looked up once per request.
#[derive(Clone)]
struct SessionUser(Option<User>);

pub(crate) async fn session_user(parts: &mut Parts, state: &AppState) -> Result<Option<User>, AppError> {
    if let Some(SessionUser(user)) = parts.extensions.get::<SessionUser>() {
        return Ok(user.clone());
    }
    let user = match cookies::get(&parts.headers, cookies::SESSION) {
        Some(secret) => state.store.user_for_session(&secret).await?,
        None => None,
    };
    parts.extensions.insert(SessionUser(user.clone()));
    Ok(user)
}

/// Whether `user` gets the header's "Manage" link: site admins, anyone who
/// organizes a challenge, and people allowed to create one.
async fn manages(state: &AppState, user: Option<&User>) -> Result<bool, AppError> {
    match user {
        Some(user) if user.is_admin => Ok(true),
        Some(user) => Ok(state.store.organizes_any(user.id).await? || state.store.can_create_challenges(user).await?),
        None => Ok(false),
    }
}

fn csrf_of(parts: &Parts) -> String {
    parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default()
}

/// The path and query to come back to after signing in.
fn here(parts: &Parts) -> String {
    if parts.method == axum::http::Method::GET {
        parts.uri.path_and_query().map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned())
    } else {
        "/".to_owned()
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = session_user(parts, state).await?;
        let manages = manages(state, user.as_ref()).await?;
        Ok(Viewer { user, csrf: csrf_of(parts), manages })
    }
}

/// A signed-in person.
pub struct CurrentUser {
    pub user: User,
    pub csrf: String,
    /// Whether the user organizes a challenge or is a site admin.
    pub manages: bool,
}

impl CurrentUser {
    pub fn viewer(&self) -> Viewer {
        Viewer { user: Some(self.user.clone()), csrf: self.csrf.clone(), manages: self.manages }
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match session_user(parts, state).await? {
            Some(user) => {
                let manages = manages(state, Some(&user)).await?;
                Ok(CurrentUser { user, csrf: csrf_of(parts), manages })
            }
            None => Err(AppError::SignInRequired { next: here(parts) }),
        }
    }
}

/// A site admin.
pub struct SiteAdmin(pub CurrentUser);

impl FromRequestParts<AppState> for SiteAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let current = CurrentUser::from_request_parts(parts, state).await?;
        if current.user.is_admin { Ok(SiteAdmin(current)) } else { Err(AppError::Forbidden) }
    }
}

/// The challenge named by the `{slug}` path segment, as the caller may see
/// it: a draft is "not found" for everyone but its organizers and site
/// admins. Every `/challenges/{slug}/...` route loads its challenge here.
pub async fn path_challenge(parts: &mut Parts, state: &AppState) -> Result<Challenge, AppError> {
    let Path(params) =
        Path::<HashMap<String, String>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
    let slug = params.get("slug").ok_or(AppError::NotFound)?;
    let challenge = state.store.challenge_by_slug(slug).await?.ok_or(AppError::NotFound)?;
    let reader = session_user(parts, state).await?;
    // A draft is seen by its organizers (and site admins) only.
    if challenge.is_draft() {
        match &reader {
            Some(user) if organizes(state, user, challenge.id).await? => {}
            _ => return Err(AppError::NotFound),
        }
    }
    Ok(shown_to(challenge, reader.as_ref()))
}

/// The challenge as `reader` sees it: its times also in their own time
/// zone when they chose one.
pub(crate) fn shown_to(mut challenge: Challenge, reader: Option<&User>) -> Challenge {
    challenge.timeline = challenge.timeline.for_viewer(reader.and_then(|user| user.time_zone));
    challenge
}

/// Whether `user` may act as an organizer of the challenge, by
/// `User::organizes` (a site admin's roles need not be read).
pub async fn organizes(state: &AppState, user: &User, challenge_id: i64) -> Result<bool, AppError> {
    Ok(user.is_admin || user.organizes(&state.store.roles_for(challenge_id, user.id).await?))
}

/// An organizer of the challenge in the path (site admins count as organizers).
pub struct ChallengeOrganizer {
    pub current: CurrentUser,
    pub challenge: Challenge,
}

impl FromRequestParts<AppState> for ChallengeOrganizer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // Sign-in first: a visitor learns nothing about which challenges exist.
        let current = CurrentUser::from_request_parts(parts, state).await?;
        let challenge = path_challenge(parts, state).await?;
        if organizes(state, &current.user, challenge.id).await? {
            Ok(ChallengeOrganizer { current, challenge })
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A judge of the challenge in the path. Organizers and site admins are not
/// judges unless they hold the judge role too.
pub struct ChallengeJudge {
    pub current: CurrentUser,
    pub challenge: Challenge,
}

impl FromRequestParts<AppState> for ChallengeJudge {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let current = CurrentUser::from_request_parts(parts, state).await?;
        let challenge = path_challenge(parts, state).await?;
        if state.store.roles_for(challenge.id, current.user.id).await?.contains(&ChallengeRole::Judge) {
            Ok(ChallengeJudge { current, challenge })
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A caller authenticated by a bearer token; refuses the request with 401 otherwise.
pub struct ApiUser {
    pub user: User,
    pub scope: TokenScope,
}

/// For API routes open to everyone: a token is optional, but one that is
/// sent must be valid; a wrong one is refused rather than treated as anonymous.
pub struct CheckedBearer;

async fn bearer_user(parts: &Parts, state: &AppState) -> Result<Option<(User, TokenScope)>, ApiError> {
    let Some(value) = parts.headers.get(AUTHORIZATION) else { return Ok(None) };
    let value =
        value.to_str().map_err(|_| AppError::Unauthorized("the Authorization header is not readable text".into()))?;
    let token = value
        .strip_prefix("Bearer ")
        .ok_or_else(|| AppError::Unauthorized("use 'Authorization: Bearer <token>' with a personal API token".into()))?
        .trim();
    match state.store.user_and_scope_for_token(token).await? {
        Some(found) => Ok(Some(found)),
        None => Err(AppError::Unauthorized("this API token is not valid or has been revoked".into()).into()),
    }
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match bearer_user(parts, state).await? {
            Some((user, scope)) => Ok(ApiUser { user, scope }),
            None => Err(AppError::Unauthorized(
                "this request needs a personal API token: send 'Authorization: Bearer <token>'".into(),
            )
            .into()),
        }
    }
}

impl FromRequestParts<AppState> for CheckedBearer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        bearer_user(parts, state).await?;
        Ok(CheckedBearer)
    }
}

/// Who is asking, for rate limits: the client's address.
pub struct ClientKey(pub String);

impl FromRequestParts<AppState> for ClientKey {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(address) = forwarded_client(&parts.headers, state.settings.trusted_proxies) {
            return Ok(ClientKey(address.to_string()));
        }
        let address = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map_or_else(|| "local".to_owned(), |info| info.0.ip().to_string());
        Ok(ClientKey(address))
    }
}

/// The client's address as the first of `trusted` proxies of our own saw
/// it: the entry `trusted` places from the right of `X-Forwarded-For` (all
/// such headers, in order). What stands left of it the client wrote, so it
/// is never read. `None` without trusted proxies or a usable entry.
pub fn forwarded_client(headers: &axum::http::HeaderMap, trusted: usize) -> Option<std::net::IpAddr> {
    if trusted == 0 {
        return None;
    }
    let mut hops: Vec<&str> = Vec::new();
    for value in headers.get_all("x-forwarded-for").iter().take(20) {
        let value = value.to_str().ok()?;
        hops.extend(value.split(',').map(str::trim).take(100));
    }
    let entry = hops.len().checked_sub(trusted).and_then(|i| hops.get(i))?;
    entry.parse().ok()
}

/// Percent-encodes a query-string component.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A path to return to after signing in: only paths of this site, never
/// another one. The path is parsed as a URL on this site and written out
/// again (percent-encoded), so what reaches `Location` is what was checked;
/// control characters (which browsers drop: `/\t/evil.example`) and
/// backslashes (which they read as `/`) refuse it outright.
pub fn safe_next(next: Option<&str>) -> String {
    const HOME: &str = "/";
    let Some(path) = next else { return HOME.to_owned() };
    if path.len() > 500 || !path.starts_with('/') || path.chars().any(|c| c.is_control() || c == '\\') {
        return HOME.to_owned();
    }
    let Ok(base) = url::Url::parse("http://plaza.invalid/") else { return HOME.to_owned() };
    let Ok(parsed) = base.join(path) else { return HOME.to_owned() };
    if parsed.origin() != base.origin() || !parsed.username().is_empty() || parsed.password().is_some() {
        return HOME.to_owned();
    }
    let mut local = parsed.path().to_owned();
    if let Some(query) = parsed.query() {
        local.push('?');
        local.push_str(query);
    }
    if !local.starts_with('/') || local.starts_with("//") {
        return HOME.to_owned();
    }
    local
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn next_paths_with_control_characters_or_tricks_stay_on_this_site() {
        // What `?next=/%09/evil.example/phish` decodes to: browsers drop the tab.
        assert_eq!(safe_next(Some("/\t/evil.example/phish")), "/");
        assert_eq!(safe_next(Some("/\u{7f}")), "/");
        assert_eq!(safe_next(Some("/\n/evil.example")), "/");
        assert_eq!(safe_next(Some("/./\\evil.example")), "/");
        assert_eq!(safe_next(Some("/.//evil.example")), "/");
        assert_eq!(safe_next(Some("///evil.example")), "/");
        assert_eq!(safe_next(Some("/challenges/x?tab=1#top")), "/challenges/x?tab=1");
        assert_eq!(safe_next(Some("/caf\u{e9} ok")), "/caf%C3%A9%20ok");
        for hostile in ["/\t/evil.example", "/%2F%2Fevil.example", "/@evil.example", "/x\u{0}y"] {
            let next = safe_next(Some(hostile));
            assert!(next.starts_with('/') && !next.starts_with("//"), "{hostile:?} gave {next:?}");
            assert!(axum::http::HeaderValue::from_str(&next).is_ok(), "{hostile:?} gave {next:?}");
        }
    }

    #[test]
    fn the_client_address_is_the_one_our_own_proxies_saw() {
        use axum::http::{HeaderMap, HeaderValue};
        let mut headers = HeaderMap::new();
        // The client wrote "6.6.6.6"; our one proxy appended the real address.
        headers.append("x-forwarded-for", HeaderValue::from_static("6.6.6.6, 203.0.113.7"));
        assert_eq!(forwarded_client(&headers, 1), Some("203.0.113.7".parse().expect("ip")));
        assert_eq!(forwarded_client(&headers, 0), None);
        // Two proxies: the second appended the first one's view.
        headers.append("x-forwarded-for", HeaderValue::from_static("10.0.0.2"));
        assert_eq!(forwarded_client(&headers, 2), Some("203.0.113.7".parse().expect("ip")));
        assert_eq!(forwarded_client(&headers, 5), None, "fewer entries than proxies: not trusted");
        let mut junk = HeaderMap::new();
        junk.append("x-forwarded-for", HeaderValue::from_static("not-an-address"));
        assert_eq!(forwarded_client(&junk, 1), None);
    }

    #[test]
    fn components_are_encoded() {
        assert_eq!(encode_component("/a b?c=d&e"), "/a%20b%3Fc%3Dd%26e");
    }
}
