//! Plaza's web layer: the axum router, the server-rendered pages (tera
//! templates from the repository's `templates/` folder, embedded at build
//! time), sign-in and accounts, and the JSON API.
//!
//! Handlers talk to `plaza-store` and render `plaza-core` types; they never
//! import sea-orm. Pages work without JavaScript. This crate must not depend
//! on the CLI or on how the process is configured: it receives its settings.

pub mod account;
mod api;
pub mod digest;
mod enter;
pub mod error;
mod extract;
mod judge;
pub mod metrics;
mod organize;
pub mod outbox;
mod public;
mod render;
mod routes;
pub mod server;
mod state;

use axum::Router;
use axum::http::{HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use account::oauth::{ProviderConfig, ProviderKind, Providers};
pub use error::{ApiError, AppError};
pub use render::templates::Templates;
pub use routes::{Access, BodyLimit, MAX_FORM_BYTES, ROUTES, RouteInfo};
pub use server::{ServerLimits, serve};
pub use state::{AppState, WebSettings};

/// Every `{id}`, `{file}`, `{judge}`, `{project}`, `{milestone}` and `{feedback}` in a path names a stored row: anything that is
/// not a positive number a row can have is "not found" before any handler
/// runs (never a 500 from a conversion deep in the store).
async fn ids_in_range(
    params: axum::extract::RawPathParams,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let out_of_range = params
        .iter()
        .filter(|(name, _)| matches!(*name, "id" | "file" | "judge" | "project" | "milestone" | "feedback" | "update"))
        .any(|(_, value)| !value.parse::<i32>().is_ok_and(|id| id > 0));
    if out_of_range {
        if request.uri().path().starts_with("/api/") {
            return ApiError::from(AppError::NotFound).into_response();
        }
        return AppError::NotFound.into_response();
    }
    next.run(request).await
}

/// The whole site: pages, downloads, sign-in, accounts, the JSON API and
/// health checks. `main` and every test use this same router.
pub fn build_router(state: AppState) -> Router {
    routes::routes()
        .route_layer(axum::middleware::from_fn(ids_in_range))
        .route_layer(axum::middleware::from_fn(metrics::track))
        .fallback(public::pages::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), extract::csrf::layer))
        .layer(axum::middleware::from_fn_with_state(state.clone(), error::render_error_pages))
        .layer(axum::middleware::from_fn_with_state(state.clone(), extract::language::choose))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            ),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
