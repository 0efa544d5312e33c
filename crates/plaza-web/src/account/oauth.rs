//! Sign-in through an outside identity provider: GitHub (OAuth2), Google and
//! any OpenID Connect provider an organizer configures. Authorization code
//! flow with PKCE, a state bound to the browser, a nonce checked in the ID
//! token, and each failure told apart so that the person gets a clear page.

use std::time::Duration;

use oauth2::basic::{BasicClient, BasicErrorResponse, BasicErrorResponseType};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreErrorResponseType, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, DiscoveryError, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RequestTokenError,
    Scope, TokenResponse,
};
use serde::Deserialize;

/// One configured provider.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// In URLs: `/auth/<slug>`.
    pub slug: String,
    /// On the sign-in button: "Sign in with <label>".
    pub label: String,
    /// `oidc`, `google` or `github`.
    pub kind: ProviderKind,
    /// The OpenID Connect issuer (discovery at `<issuer>/.well-known/openid-configuration`); `oidc` only.
    pub issuer: Option<String>,
    pub client_id: String,
    pub client_secret: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    Oidc,
    Google,
    Github,
}

/// The configured providers.
#[derive(Debug, Clone, Default)]
pub struct Providers {
    pub list: Vec<ProviderConfig>,
}

impl Providers {
    /// Checks the configuration: known kinds, an issuer for OIDC, unique URL slugs.
    pub fn new(list: Vec<ProviderConfig>) -> Result<Self, String> {
        let mut seen = std::collections::BTreeSet::new();
        for provider in &list {
            if plaza_core::Slug::parse(&provider.slug).is_err() {
                return Err(format!(
                    "auth provider slug '{}' must be 3-64 characters of a-z, 0-9 and '-'",
                    provider.slug
                ));
            }
            if !seen.insert(provider.slug.clone()) {
                return Err(format!("auth provider slug '{}' is used twice", provider.slug));
            }
            if provider.kind == ProviderKind::Oidc && provider.issuer.as_deref().is_none_or(str::is_empty) {
                return Err(format!("auth provider '{}' is of kind oidc and needs an issuer URL", provider.slug));
            }
        }
        Ok(Self { list })
    }

    pub fn get(&self, slug: &str) -> Option<&ProviderConfig> {
        self.list.iter().find(|p| p.slug == slug)
    }
}

/// What went wrong, in categories a person can act on.
#[derive(Debug)]
pub enum OAuthError {
    /// Plaza's configuration is wrong (bad URL, provider without token endpoint).
    Config(String),
    /// The provider could not be reached or answered nonsense.
    Provider(String),
    /// The code was expired, used already, or the PKCE check failed.
    ExpiredCode,
    /// The ID token's nonce did not match this browser's.
    BadNonce,
    /// The ID token failed another check (signature, issuer, audience, expiry).
    InvalidToken(String),
    /// The provider vouches for no verified email address.
    NoVerifiedEmail,
}

/// What Plaza keeps in the browser between leaving for the provider and coming back.
#[derive(Debug, Clone)]
pub struct Pending {
    pub state: String,
    pub nonce: String,
    pub verifier: String,
}

/// Who the provider says signed in.
#[derive(Debug, Clone)]
pub struct ExternalIdentity {
    pub subject: String,
    pub email: String,
    pub name: Option<String>,
}

type OidcClient =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet, EndpointMaybeSet>;
type GithubClient = BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

const GOOGLE_ISSUER: &str = "https://accounts.google.com";
const GITHUB_AUTHORIZE: &str = "https://github.com/login/oauth/authorize";
const GITHUB_TOKEN: &str = "https://github.com/login/oauth/access_token";
const GITHUB_API: &str = "https://api.github.com";

/// An HTTP client that never follows redirects, as the OAuth libraries require.
fn http() -> Result<reqwest::Client, OAuthError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(15))
        .build()
        .map_err(|e| OAuthError::Config(e.to_string()))
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

async fn oidc_client(issuer: &str, config: &ProviderConfig, redirect: &str) -> Result<OidcClient, OAuthError> {
    let http = http()?;
    let issuer_url = IssuerUrl::new(issuer.to_owned()).map_err(|e| OAuthError::Config(format!("issuer: {e}")))?;
    let metadata = CoreProviderMetadata::discover_async(issuer_url, &http).await.map_err(|e| match e {
        DiscoveryError::Request(inner) => OAuthError::Provider(format!("discovery: {}", chain(&inner))),
        DiscoveryError::UrlParse(err) => OAuthError::Config(err.to_string()),
        other => OAuthError::Provider(format!("discovery: {other}")),
    })?;
    let token_url = metadata
        .token_endpoint()
        .cloned()
        .ok_or_else(|| OAuthError::Config("the provider has no token endpoint".into()))?;
    let redirect =
        RedirectUrl::new(redirect.to_owned()).map_err(|e| OAuthError::Config(format!("redirect URL: {e}")))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(config.client_id.clone()),
        Some(ClientSecret::new(config.client_secret.clone())),
    )
    .set_redirect_uri(redirect)
    .set_token_uri(token_url))
}

fn github_client(config: &ProviderConfig, redirect: &str) -> Result<GithubClient, OAuthError> {
    let bad = |e: url::ParseError| OAuthError::Config(e.to_string());
    Ok(BasicClient::new(oauth2::ClientId::new(config.client_id.clone()))
        .set_client_secret(oauth2::ClientSecret::new(config.client_secret.clone()))
        .set_auth_uri(oauth2::AuthUrl::new(GITHUB_AUTHORIZE.into()).map_err(bad)?)
        .set_token_uri(oauth2::TokenUrl::new(GITHUB_TOKEN.into()).map_err(bad)?)
        .set_redirect_uri(oauth2::RedirectUrl::new(redirect.to_owned()).map_err(bad)?))
}

fn issuer_of(config: &ProviderConfig) -> Option<&str> {
    match config.kind {
        ProviderKind::Oidc => config.issuer.as_deref(),
        ProviderKind::Google => Some(GOOGLE_ISSUER),
        ProviderKind::Github => None,
    }
}

/// The provider's authorization URL, and what to remember in the browser.
pub async fn start(config: &ProviderConfig, redirect: &str) -> Result<(String, Pending), OAuthError> {
    match issuer_of(config) {
        Some(issuer) => {
            let client = oidc_client(issuer, config, redirect).await?;
            let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
            let (url, state, nonce) = client
                .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
                .add_scope(Scope::new("email".into()))
                .add_scope(Scope::new("profile".into()))
                .set_pkce_challenge(challenge)
                .url();
            Ok((
                url.to_string(),
                Pending {
                    state: state.secret().clone(),
                    nonce: nonce.secret().clone(),
                    verifier: verifier.secret().clone(),
                },
            ))
        }
        None => {
            let client = github_client(config, redirect)?;
            let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
            let (url, state) = client
                .authorize_url(oauth2::CsrfToken::new_random)
                .add_scope(oauth2::Scope::new("read:user".into()))
                .add_scope(oauth2::Scope::new("user:email".into()))
                .set_pkce_challenge(challenge)
                .url();
            Ok((
                url.to_string(),
                Pending { state: state.secret().clone(), nonce: String::new(), verifier: verifier.secret().clone() },
            ))
        }
    }
}

/// Exchanges the code and checks the result; returns who signed in.
pub async fn finish(
    config: &ProviderConfig,
    redirect: &str,
    code: &str,
    pending: &Pending,
) -> Result<ExternalIdentity, OAuthError> {
    match issuer_of(config) {
        Some(issuer) => finish_oidc(issuer, config, redirect, code, pending).await,
        None => finish_github(config, redirect, code, pending).await,
    }
}

async fn finish_oidc(
    issuer: &str,
    config: &ProviderConfig,
    redirect: &str,
    code: &str,
    pending: &Pending,
) -> Result<ExternalIdentity, OAuthError> {
    let client = oidc_client(issuer, config, redirect).await?;
    let http = http()?;
    let response = client
        .exchange_code(AuthorizationCode::new(code.to_owned()))
        .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone()))
        .request_async(&http)
        .await
        .map_err(|e| match e {
            RequestTokenError::ServerResponse(r) if *r.error() == CoreErrorResponseType::InvalidGrant => {
                OAuthError::ExpiredCode
            }
            RequestTokenError::ServerResponse(r) => OAuthError::Provider(format!("token endpoint: {}", r.error())),
            RequestTokenError::Request(inner) => OAuthError::Provider(format!("token endpoint: {}", chain(&inner))),
            RequestTokenError::Parse(err, _) => OAuthError::Provider(format!("token endpoint: {err}")),
            RequestTokenError::Other(message) => OAuthError::Provider(message),
        })?;
    let id_token =
        response.id_token().ok_or_else(|| OAuthError::InvalidToken("the provider sent no ID token".into()))?;
    let verifier = client.id_token_verifier();
    let claims = id_token.claims(&verifier, &Nonce::new(pending.nonce.clone())).map_err(|e| match e {
        ClaimsVerificationError::InvalidNonce(_) => OAuthError::BadNonce,
        other => OAuthError::InvalidToken(other.to_string()),
    })?;
    let email = match (claims.email(), claims.email_verified()) {
        (Some(email), Some(true)) => email.as_str().to_owned(),
        _ => return Err(OAuthError::NoVerifiedEmail),
    };
    Ok(ExternalIdentity {
        subject: claims.subject().as_str().to_owned(),
        email,
        name: claims.name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned()),
    })
}

#[derive(Deserialize)]
struct GithubUser {
    id: u64,
    login: String,
    name: Option<String>,
}

#[derive(Deserialize)]
struct GithubEmail {
    email: String,
    primary: bool,
    verified: bool,
}

async fn finish_github(
    config: &ProviderConfig,
    redirect: &str,
    code: &str,
    pending: &Pending,
) -> Result<ExternalIdentity, OAuthError> {
    use oauth2::TokenResponse as _;
    let client = github_client(config, redirect)?;
    let http = http()?;
    let expired = |error: &BasicErrorResponseType| {
        matches!(error, BasicErrorResponseType::InvalidGrant)
            || matches!(error, BasicErrorResponseType::Extension(s) if s == "bad_verification_code")
    };
    let token = client
        .exchange_code(oauth2::AuthorizationCode::new(code.to_owned()))
        .set_pkce_verifier(oauth2::PkceCodeVerifier::new(pending.verifier.clone()))
        .request_async(&http)
        .await
        .map_err(|e| match e {
            oauth2::RequestTokenError::ServerResponse(r) if expired(r.error()) => OAuthError::ExpiredCode,
            oauth2::RequestTokenError::ServerResponse(r) => OAuthError::Provider(r.error().to_string()),
            // GitHub answers errors with status 200, which the library reads as a bad token response.
            oauth2::RequestTokenError::Parse(_, body) => match serde_json::from_slice::<BasicErrorResponse>(&body) {
                Ok(r) if expired(r.error()) => OAuthError::ExpiredCode,
                Ok(r) => OAuthError::Provider(r.error().to_string()),
                Err(_) => OAuthError::Provider("GitHub sent an unreadable answer".into()),
            },
            oauth2::RequestTokenError::Request(inner) => OAuthError::Provider(chain(&inner)),
            oauth2::RequestTokenError::Other(message) => OAuthError::Provider(message),
        })?;
    let secret = token.access_token().secret().clone();
    let get = |path: &str| {
        http.get(format!("{GITHUB_API}{path}"))
            .bearer_auth(&secret)
            .header(reqwest::header::USER_AGENT, "plaza")
            .header(reqwest::header::ACCEPT, "application/vnd.github+json")
    };
    let user: GithubUser = get("/user")
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| OAuthError::Provider(chain(&e)))?
        .json()
        .await
        .map_err(|e| OAuthError::Provider(chain(&e)))?;
    let emails: Vec<GithubEmail> = get("/user/emails")
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| OAuthError::Provider(chain(&e)))?
        .json()
        .await
        .map_err(|e| OAuthError::Provider(chain(&e)))?;
    let email = emails
        .iter()
        .filter(|e| e.verified)
        .max_by_key(|e| e.primary)
        .map(|e| e.email.clone())
        .ok_or(OAuthError::NoVerifiedEmail)?;
    Ok(ExternalIdentity { subject: user.id.to_string(), email, name: user.name.or(Some(user.login)) })
}
