//! Prometheus metrics: every routed request is counted and timed by its
//! route template (never the raw path), and `/metrics` on a listener of its
//! own (`--metrics-bind`, off by default, so it is never public by accident)
//! adds the queue, the outbox and the database pool read at scrape time.

use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use plaza_store::Store;

/// Counts and times one routed request.
pub(crate) async fn track(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned()).unwrap_or_default();
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = match response.status().as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    };
    let registry = plaza_core::metrics::global();
    let labels = [("method", method.as_str()), ("route", route.as_str())];
    registry.observe("plaza_http_request_duration_seconds", &labels, started.elapsed().as_secs_f64());
    registry.inc("plaza_http_requests_total", &[labels[0], labels[1], ("status", status)]);
    response
}

/// `GET /metrics` in the Prometheus text format.
async fn scrape(State(store): State<Store>) -> Response {
    let mut gauges: Vec<plaza_core::metrics::Gauge<'_>> = Vec::new();
    match store.job_counts().await {
        Ok((queued, running)) => {
            gauges.push(("plaza_jobs", vec![("state", "queued")], queued as f64));
            gauges.push(("plaza_jobs", vec![("state", "running")], running as f64));
        }
        Err(err) => tracing::warn!(error = %err, "metrics: cannot count jobs"),
    }
    match store.unsent_email_count().await {
        Ok(unsent) => gauges.push(("plaza_outbox_unsent", Vec::new(), unsent as f64)),
        Err(err) => tracing::warn!(error = %err, "metrics: cannot count unsent emails"),
    }
    let (open, idle) = store.pool_use();
    gauges.push(("plaza_db_pool_connections", vec![("state", "idle")], f64::from(idle)));
    gauges.push(("plaza_db_pool_connections", vec![("state", "in_use")], f64::from(open.saturating_sub(idle))));
    let body = plaza_core::metrics::global().render(&gauges);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body).into_response()
}

/// The metrics listener's router: `GET /metrics` only.
pub fn metrics_router(store: Store) -> Router {
    Router::new().route("/metrics", axum::routing::get(scrape)).with_state(store)
}

/// Serves [`metrics_router`] on `listener` until the process ends.
pub async fn serve_metrics(listener: tokio::net::TcpListener, store: Store) -> std::io::Result<()> {
    axum::serve(listener, metrics_router(store)).await
}
