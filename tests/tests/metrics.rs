//! Prometheus metrics: requests counted by route template (never by the raw
//! path a visitor typed), and the queue, outbox and pool read at scrape time.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use plaza_tests::TestApp;
use tower::ServiceExt;

#[tokio::test]
async fn requests_are_counted_by_route_and_the_queue_is_read_at_scrape_time() {
    let app = TestApp::with_examples().await;
    assert_eq!(app.get("/challenges/noaa-daily-weather").await.status, StatusCode::OK);
    assert_eq!(app.get("/challenges/no-such-challenge-%3Cscript%3E").await.status, StatusCode::NOT_FOUND);
    let metrics = plaza_web::metrics::metrics_router(app.env.store.clone());
    let response = metrics.oneshot(Request::get("/metrics").body(Body::empty()).expect("request")).await.expect("ok");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "text/plain; version=0.0.4; charset=utf-8");
    let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body");
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.contains("plaza_http_requests_total{method=\"GET\",route=\"/challenges/{slug}\",status=\"2xx\"}"),
        "{text}"
    );
    assert!(text.contains("route=\"/challenges/{slug}\",status=\"4xx\"}"), "{text}");
    assert!(!text.contains("script") && !text.contains("no-such-challenge"), "no raw path is a label");
    assert!(text.contains("# TYPE plaza_http_request_duration_seconds histogram"), "{text}");
    assert!(text.contains("plaza_jobs{state=\"queued\"} 0\n"), "{text}");
    assert!(text.contains("plaza_outbox_unsent "), "{text}");
    assert!(text.contains("plaza_db_pool_connections{state=\"idle\"}"), "{text}");
}
