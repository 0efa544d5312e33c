//! What every handler can reach: cheap, cloneable handles.

use std::sync::Arc;

use axum::extract::FromRef;
use plaza_mail::EmailTemplates;
use plaza_store::{BlobStore, Store};

use crate::account::oauth::Providers;
use crate::render::templates::Templates;

/// Settings the web layer needs, handed over by the binary.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Shown in the header, page titles and emails.
    pub site_name: String,
    /// The address people reach the site at, for links in emails
    /// (`http://127.0.0.1:8080`, `https://plaza.city.example`).
    pub public_url: String,
    /// Mark cookies `Secure` (the site is served over TLS).
    pub secure_cookies: bool,
    /// How many proxies of the site's own append to `X-Forwarded-For`:
    /// the client is the address they saw, the one that many places from
    /// the right (0: the connection's address; the header is not read).
    pub trusted_proxies: usize,
    /// `public_url` was not configured but guessed from the listen address:
    /// links may then follow the loopback host name the visitor used
    /// (`localhost` or `127.0.0.1`), so that cookies match.
    pub public_url_guessed: bool,
    /// Also print sign-in links to the server log (the embedded default,
    /// where mail is written to files and nobody runs a mail server).
    pub log_sign_in_links: bool,
}

impl Default for WebSettings {
    fn default() -> Self {
        Self {
            site_name: "Plaza".into(),
            public_url: "http://127.0.0.1:8080".into(),
            secure_cookies: false,
            trusted_proxies: 0,
            public_url_guessed: false,
            log_sign_in_links: false,
        }
    }
}

impl WebSettings {
    /// An absolute link to a path of this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }

    /// A link for a visitor who reached the site through `host`: the same
    /// loopback name they used when the public address was only guessed, so
    /// that a sign-in link opens with the browser's cookies. Any other host
    /// name is ignored (a forged Host header must not redirect links).
    pub fn link_for_host(&self, host: Option<&str>, path: &str) -> String {
        if self.public_url_guessed
            && let Some(host) = host
            && let Some((name, port)) = host.rsplit_once(':')
            && matches!(name, "localhost" | "127.0.0.1")
            && self.public_url.ends_with(&format!(":{port}"))
        {
            return format!("http://{name}:{port}{path}");
        }
        self.link(path)
    }
}

#[derive(Clone, FromRef)]
pub struct AppState {
    pub store: Store,
    pub blobs: Arc<dyn BlobStore>,
    pub templates: Arc<Templates>,
    pub emails: Arc<EmailTemplates>,
    pub providers: Arc<Providers>,
    pub settings: Arc<WebSettings>,
    /// Leaderboards built recently (see `leaderboard.rs`).
    /// Predictions tracks' sample files built recently (see `sample_file.rs`).
    pub samples: Arc<crate::public::sample_file::SampleCache>,
}

impl AppState {
    /// Builds the state, loading the embedded page and email templates.
    pub fn new(
        store: Store,
        blobs: Arc<dyn BlobStore>,
        settings: WebSettings,
        providers: Providers,
    ) -> Result<Self, crate::error::AppError> {
        let templates = Templates::shared()?;
        let emails =
            EmailTemplates::load(&settings.site_name).map_err(|e| crate::error::AppError::Internal(e.to_string()))?;
        Ok(Self {
            store,
            blobs,
            templates,
            emails: Arc::new(emails),
            providers: Arc::new(providers),
            settings: Arc::new(settings),
            samples: Arc::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_follow_the_loopback_name_only_when_the_address_was_guessed() {
        let guessed = WebSettings {
            public_url: "http://127.0.0.1:8080".into(),
            public_url_guessed: true,
            ..WebSettings::default()
        };
        assert_eq!(guessed.link_for_host(Some("localhost:8080"), "/x"), "http://localhost:8080/x");
        assert_eq!(guessed.link_for_host(Some("evil.example:8080"), "/x"), "http://127.0.0.1:8080/x");
        assert_eq!(guessed.link_for_host(Some("localhost:9999"), "/x"), "http://127.0.0.1:8080/x");
        let configured = WebSettings { public_url: "https://plaza.city.example".into(), ..WebSettings::default() };
        assert_eq!(configured.link_for_host(Some("localhost:8080"), "/x"), "https://plaza.city.example/x");
    }
}
