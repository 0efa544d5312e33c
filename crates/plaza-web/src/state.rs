//! What every handler can reach: cheap, cloneable handles.

use std::sync::Arc;

use axum::extract::FromRef;
use plaza_mail::EmailTemplates;
use plaza_store::{BlobStore, Store};

use crate::oauth::Providers;
use crate::templates::Templates;

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
    /// Take the client address from `X-Forwarded-For` (behind a proxy).
    pub trust_proxy_headers: bool,
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
            trust_proxy_headers: false,
            log_sign_in_links: false,
        }
    }
}

impl WebSettings {
    /// An absolute link to a path of this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
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
        })
    }
}
