//! What every handler can reach: cheap, cloneable handles.

use std::sync::Arc;

use axum::extract::FromRef;
use plaza_store::{BlobStore, Store};

use crate::templates::Templates;

/// Settings the web layer needs, handed over by the binary.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Shown in the header and page titles.
    pub site_name: String,
}

impl Default for WebSettings {
    fn default() -> Self {
        Self {
            site_name: "Plaza".into(),
        }
    }
}

#[derive(Clone, FromRef)]
pub struct AppState {
    pub store: Store,
    pub blobs: Arc<dyn BlobStore>,
    pub templates: Arc<Templates>,
    pub settings: Arc<WebSettings>,
}

impl AppState {
    /// Builds the state, loading the embedded templates.
    pub fn new(
        store: Store,
        blobs: Arc<dyn BlobStore>,
        settings: WebSettings,
    ) -> Result<Self, tera::Error> {
        let templates = Templates::shared()?;
        Ok(Self {
            store,
            blobs,
            templates,
            settings: Arc::new(settings),
        })
    }
}
