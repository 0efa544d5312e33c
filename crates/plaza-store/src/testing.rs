//! A database for tests: a fresh SQLite file by default, or a fresh database
//! on the PostgreSQL server named by `PLAZA_TEST_DATABASE_URL`. Every store,
//! web and end-to-end test gets its database here, so the same tests run on
//! both backends. When the variable is set and the server cannot be reached,
//! the test fails: it never falls back silently.

use std::path::PathBuf;

use sea_orm::{ConnectionTrait, Database};

use crate::{LocalBlobStore, Store};

/// The environment variable naming a PostgreSQL server for the tests.
pub const TEST_DATABASE_ENV: &str = "PLAZA_TEST_DATABASE_URL";

/// A migrated store, a blob folder, and the temporary folder that holds them.
pub struct TestEnv {
    pub store: Store,
    pub blobs: LocalBlobStore,
    pub dir: tempfile::TempDir,
    pub database_url: String,
}

impl TestEnv {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("cannot create a temporary folder: {err}"));
        let database_url = match std::env::var(TEST_DATABASE_ENV) {
            Ok(base) if !base.trim().is_empty() => fresh_postgres_database(base.trim()).await,
            _ => format!("sqlite://{}", dir.path().join("plaza.db").display()),
        };
        let store = Store::connect(&database_url)
            .await
            .unwrap_or_else(|err| panic!("cannot connect to the test database: {err}"));
        store.migrate().await.unwrap_or_else(|err| panic!("migrations failed: {err}"));
        let blobs = LocalBlobStore::new(dir.path().join("blobs"))
            .unwrap_or_else(|err| panic!("cannot create the blob folder: {err}"));
        Self { store, blobs, dir, database_url }
    }

    /// The data folder of this test (holds the SQLite file and blobs).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

/// Creates `plaza_t_<random>` on the server at `base` and returns its URL.
async fn fresh_postgres_database(base: &str) -> String {
    let admin = Database::connect(base)
        .await
        .unwrap_or_else(|err| panic!("{TEST_DATABASE_ENV} is set to {base} but PostgreSQL cannot be reached: {err}"));
    let name = format!("plaza_t_{:016x}", rand::random::<u64>());
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap_or_else(|err| panic!("cannot create the test database {name}: {err}"));
    let _ = admin.close().await;
    match base.rsplit_once('/') {
        Some((server, db)) if !server.ends_with('/') && !db.contains('@') => {
            let query = db.split_once('?').map(|(_, q)| format!("?{q}")).unwrap_or_default();
            format!("{server}/{name}{query}")
        }
        _ => format!("{}/{name}", base.trim_end_matches('/')),
    }
}

/// The repository's example bundles folder.
pub fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../challenges")
}
