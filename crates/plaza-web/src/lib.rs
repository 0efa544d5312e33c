//! Plaza's web layer: the axum router, the server-rendered pages (tera
//! templates from the repository's `templates/` folder, embedded at build
//! time) and the JSON API.
//!
//! Handlers talk to `plaza-store` and render `plaza-core` types; they never
//! import sea-orm. Pages work without JavaScript. This crate must not depend
//! on the CLI or on how the process is configured: it receives its settings.

mod api;
mod auth;
pub mod error;
mod markdown;
mod pages;
mod state;
mod templates;
mod views;

use axum::Router;
use axum::http::{HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, AppError};
pub use state::{AppState, WebSettings};
pub use templates::Templates;

/// The whole site: pages, downloads, the JSON API and health checks. `main`
/// and every test use this same router.
pub fn build_router(state: AppState) -> Router {
    Router::new()
        .merge(pages::router())
        .nest("/api/v1", api::router())
        .fallback(pages::not_found)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
