//! Helpers for Plaza's end-to-end tests: a real router over a real database
//! (SQLite, or PostgreSQL with PLAZA_TEST_DATABASE_URL) with the repository's
//! example bundles imported. The tests themselves live in `tests/tests/`.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use plaza_store::BlobStore;
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_web::{AppState, WebSettings, build_router};
use tower::ServiceExt;

pub struct TestApp {
    pub env: TestEnv,
    pub router: Router,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

impl TestApp {
    /// A site with no challenge.
    pub async fn empty() -> Self {
        let env = TestEnv::new().await;
        let state = AppState::new(
            env.store.clone(),
            Arc::new(env.blobs.clone()) as Arc<dyn BlobStore>,
            WebSettings::default(),
        )
        .unwrap_or_else(|err| panic!("templates: {err}"));
        Self {
            router: build_router(state),
            env,
        }
    }

    /// A site with every example bundle of `challenges/` imported.
    pub async fn with_examples() -> Self {
        let app = Self::empty().await;
        let mut dirs: Vec<_> = std::fs::read_dir(examples_dir())
            .unwrap_or_else(|err| panic!("challenges/: {err}"))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("challenge.toml").is_file())
            .collect();
        dirs.sort();
        for dir in dirs {
            app.import(&dir).await;
        }
        app
    }

    pub async fn import(&self, dir: &std::path::Path) {
        self.env
            .store
            .import_bundle(&self.env.blobs, dir, false)
            .await
            .unwrap_or_else(|err| panic!("import {}: {err}", dir.display()));
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(
            Request::get(path)
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await
    }

    pub async fn get_with_token(&self, path: &str, token: &str) -> TestResponse {
        self.request(
            Request::get(path)
                .header("authorization", format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .unwrap_or_else(|e| match e {});
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap_or_else(|err| panic!("body: {err}"))
            .to_vec();
        TestResponse {
            status,
            headers,
            body,
        }
    }
}
