//! Store tests against a real database: a temporary SQLite file, or
//! PostgreSQL when PLAZA_TEST_DATABASE_URL is set (CI runs both).

use std::path::{Path, PathBuf};

use plaza_core::{Email, TrackKind};
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_store::{BlobStore, Error, ImportOutcome, Refusal};

fn noaa() -> PathBuf {
    examples_dir().join("noaa-daily-weather")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[tokio::test]
async fn migrations_run_up_and_down_and_up_again() {
    let env = TestEnv::new().await;
    let applied = env.store.applied_migrations().await.expect("status");
    use plaza_migrations::MigratorTrait;
    let all: Vec<String> = plaza_migrations::Migrator::migrations().iter().map(|m| m.name().to_owned()).collect();
    assert!(all.len() >= 3, "{all:?}");
    assert_eq!(applied, all);
    env.store.migrate_down_all().await.expect("down");
    assert!(env.store.applied_migrations().await.expect("status").is_empty());
    env.store.migrate().await.expect("up again");
    assert_eq!(env.store.count_challenges().await.expect("count"), 0);
}

#[tokio::test]
async fn importing_a_bundle_creates_the_challenge_and_twice_changes_nothing() {
    let env = TestEnv::new().await;
    let first = env.store.import_bundle(&env.blobs, &noaa(), false).await.expect("import");
    assert_eq!(first.outcome, ImportOutcome::Created);
    let challenge = env.store.challenge_by_slug("noaa-daily-weather").await.expect("query").expect("exists");
    let datasets = env.store.datasets(challenge.id).await.expect("datasets");
    let tracks = env.store.tracks(challenge.id).await.expect("tracks");
    assert!(!datasets.is_empty());
    assert!(datasets.iter().all(|d| d.row_count > 0 && !d.columns.is_empty()));
    assert_eq!(tracks[0].kind(), TrackKind::Predictions);
    for dataset in &datasets {
        assert!(env.blobs.exists(&dataset.blob.sha256).await.expect("exists"), "blob stored before the row");
    }

    let second = env.store.import_bundle(&env.blobs, &noaa(), false).await.expect("import again");
    assert_eq!(second.outcome, ImportOutcome::Unchanged);
    assert_eq!(env.store.count_challenges().await.expect("count"), 1);
    let again = env.store.challenge_by_slug("noaa-daily-weather").await.expect("query").expect("exists");
    assert_eq!(again, challenge);
    assert_eq!(env.store.tracks(challenge.id).await.expect("tracks"), tracks);
}

#[tokio::test]
async fn a_changed_bundle_updates_in_place_and_keeps_track_ids() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&noaa(), dir.path());
    env.store.import_bundle(&env.blobs, dir.path(), false).await.expect("import");
    let before = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists");
    let tracks_before = env.store.tracks(before.id).await.expect("tracks");

    let manifest = dir.path().join("challenge.toml");
    let text = std::fs::read_to_string(&manifest).expect("read");
    let title_line = text.lines().find(|l| l.starts_with("title =")).expect("title line").to_owned();
    std::fs::write(&manifest, text.replacen(&title_line, "title = \"Renamed starter\"", 1)).expect("write");

    let dry = env.store.import_bundle(&env.blobs, dir.path(), true).await.expect("dry run");
    assert_eq!(dry.outcome, ImportOutcome::WouldUpdate);
    let unchanged = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists");
    assert_eq!(unchanged.title, before.title, "a dry run writes nothing");

    let report = env.store.import_bundle(&env.blobs, dir.path(), false).await.expect("update");
    assert_eq!(report.outcome, ImportOutcome::Updated);
    let after = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists");
    assert_eq!(after.title, "Renamed starter");
    assert_eq!(after.id, before.id);
    let ids = |t: &[plaza_core::Track]| t.iter().map(|t| t.id).collect::<Vec<_>>();
    assert_eq!(ids(&env.store.tracks(after.id).await.expect("tracks")), ids(&tracks_before));
}

#[tokio::test]
async fn a_bundle_without_a_time_zone_takes_the_sites_and_one_with_its_own_keeps_it() {
    let env = TestEnv::new().await;
    let madrid = plaza_core::Zone::parse("Europe/Madrid").expect("a zone");
    let store = env.store.clone().with_default_zone(madrid);
    store.import_bundle(&env.blobs, &noaa(), false).await.expect("import");
    let noaa = store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("exists");
    assert_eq!(noaa.timeline.zone, madrid, "the bundle names none");
    store.import_bundle(&env.blobs, &examples_dir().join("toronto-street-trees"), false).await.expect("import");
    let toronto = store.challenge_by_slug("toronto-street-trees").await.expect("q").expect("exists");
    assert_eq!(toronto.timeline.zone.name(), "America/Toronto", "the bundle's own");
}

#[tokio::test]
async fn a_broken_bundle_imports_nothing_and_lists_its_problems() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&noaa(), dir.path());
    let manifest = dir.path().join("challenge.toml");
    let text = std::fs::read_to_string(&manifest).expect("read");
    std::fs::write(&manifest, text.replacen("metric = \"roc_auc\"", "metric = \"roc-auc\"", 1)).expect("write");
    std::fs::remove_file(dir.path().join("hidden/answers.csv")).expect("remove answers");

    let err = env.store.import_bundle(&env.blobs, dir.path(), false).await.expect_err("broken");
    let Error::Bundle(problems) = err else { panic!("expected bundle problems, got {err}") };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().any(|p| p.contains("metric: unknown metric 'roc-auc' (did you mean 'roc_auc'?)")), "{text:#?}");
    assert!(
        text.iter().any(|p| p.contains("'hidden/answers.csv' cannot be read: the file does not exist")),
        "{text:#?}"
    );
    assert_eq!(env.store.count_challenges().await.expect("count"), 0);
    let stored_blobs = walk(&env.data_dir().join("blobs")).into_iter().filter(|p| !p.contains("/tmp")).count();
    assert_eq!(stored_blobs, 0, "no file of a broken bundle is stored");
}

#[cfg(unix)]
#[tokio::test]
async fn a_symlink_out_of_the_bundle_is_refused() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&noaa(), dir.path());
    let secret = tempfile::NamedTempFile::new().expect("secret");
    std::fs::remove_file(dir.path().join("README.md")).expect("rm");
    std::os::unix::fs::symlink(secret.path(), dir.path().join("README.md")).expect("symlink");
    let err = env.store.import_bundle(&env.blobs, dir.path(), false).await.expect_err("refused");
    assert!(err.to_string().contains("problem"), "{err}");
}

#[cfg(unix)]
#[tokio::test]
async fn a_public_dataset_linked_to_the_hidden_answers_is_refused_and_nothing_is_imported() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&noaa(), dir.path());
    // data/test_features.csv -> ../hidden/answers.csv: inside the bundle, but hidden.
    std::fs::remove_file(dir.path().join("data/test_features.csv")).expect("rm");
    std::os::unix::fs::symlink("../hidden/answers.csv", dir.path().join("data/test_features.csv")).expect("symlink");
    let err = env.store.import_bundle(&env.blobs, dir.path(), false).await.expect_err("refused");
    let Error::Bundle(problems) = err else { panic!("expected bundle problems, got {err}") };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|p| p.contains(
            "'data/test_features.csv' is a link to the hidden file 'hidden/answers.csv'; a public file must not lead into hidden/"
        )),
        "{text:#?}"
    );
    assert_eq!(env.store.count_challenges().await.expect("count"), 0);
    let stored_blobs = walk(&env.data_dir().join("blobs")).into_iter().filter(|p| !p.contains("/tmp")).count();
    assert_eq!(stored_blobs, 0, "no file of a refused bundle is stored");
}

#[tokio::test]
async fn a_public_dataset_copied_from_the_hidden_answers_is_refused_and_nothing_is_imported() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&noaa(), dir.path());
    std::fs::copy(dir.path().join("hidden/answers.csv"), dir.path().join("data/test_features.csv")).expect("copy");
    let err = env.store.import_bundle(&env.blobs, dir.path(), false).await.expect_err("refused");
    let Error::Bundle(problems) = err else { panic!("expected bundle problems, got {err}") };
    assert!(
        problems.iter().any(|p| p
            .to_string()
            .contains("'data/test_features.csv' has exactly the same content as the hidden file 'hidden/answers.csv'")),
        "{problems:#?}"
    );
    assert_eq!(env.store.count_challenges().await.expect("count"), 0);
}

#[cfg(unix)]
#[tokio::test]
async fn a_hidden_file_linked_out_of_the_bundle_is_refused() {
    let env = TestEnv::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&noaa(), dir.path());
    let outside = tempfile::tempdir().expect("outside");
    std::fs::copy(dir.path().join("hidden/answers.csv"), outside.path().join("answers.csv")).expect("copy");
    std::fs::remove_file(dir.path().join("hidden/answers.csv")).expect("rm");
    std::os::unix::fs::symlink(outside.path().join("answers.csv"), dir.path().join("hidden/answers.csv"))
        .expect("link");
    let err = env.store.import_bundle(&env.blobs, dir.path(), false).await.expect_err("refused");
    let Error::Bundle(problems) = err else { panic!("expected bundle problems, got {err}") };
    assert!(
        problems.iter().any(|p| p
            .to_string()
            .contains("'hidden/answers.csv' cannot be read: the path leads outside the bundle folder")),
        "{problems:#?}"
    );
    assert_eq!(env.store.count_challenges().await.expect("count"), 0);
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path.display().to_string());
            }
        }
    }
    out
}

#[tokio::test]
async fn users_get_tokens_that_authenticate_and_duplicates_are_refused() {
    let env = TestEnv::new().await;
    let email = Email::parse("Ana@Example.org").expect("email");
    let user = env.store.create_user(&email, "Ana", true).await.expect("create");
    assert!(user.is_admin);
    let dup = env.store.create_user(&email, "Ana again", false).await.expect_err("duplicate");
    assert!(matches!(dup, Error::Refused(Refusal::Conflict(_))), "{dup}");

    let token = env.store.create_api_token(user.id, "laptop").await.expect("token");
    assert!(token.secret.starts_with("plaza_"));
    let found = env.store.user_for_token(&token.secret).await.expect("lookup").expect("valid");
    assert_eq!(found.id, user.id);
    assert!(env.store.user_for_token("plaza_wrong").await.expect("lookup").is_none());
    assert!(env.store.user_for_token(&token.secret[..20]).await.expect("lookup").is_none());
}

/// `plaza backup` and `plaza restore`: a site with a challenge backs up into
/// a new folder (never a used one) and comes back whole in a new data folder,
/// never over an existing database.
#[tokio::test]
async fn a_backup_restores_into_a_new_site_and_never_overwrites_one() {
    let env = TestEnv::new().await;
    env.store.import_bundle(&env.blobs, &noaa(), false).await.expect("import");
    let out = tempfile::tempdir().expect("tmp");
    let backup = out.path().join("backup");
    let report = env.store.backup(&env.blobs, &backup).await.expect("backup");
    assert!(report.files > 0, "{report:?}");
    let postgres = env.database_url.starts_with("postgres");
    assert_eq!(report.database, !postgres);
    assert!(backup.join(plaza_store::backup::BACKUP_NOTE).is_file());
    let again = env.store.backup(&env.blobs, &backup).await;
    assert!(again.is_err_and(|e| e.to_string().contains("is not empty")), "a used folder is refused");
    if postgres {
        return; // the database comes back with pg_restore
    }
    let site = out.path().join("site");
    let url = format!("sqlite://{}", site.join("plaza.db").display());
    let site_blobs = plaza_store::LocalBlobStore::new(site.join("blobs")).expect("blobs");
    let restored = plaza_store::backup::restore(&backup, &url, &site_blobs).await.expect("restore");
    assert_eq!(restored.files, report.files);
    let store = plaza_store::Store::connect(&url).await.expect("open");
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("the challenge is back");
    let blobs = plaza_store::LocalBlobStore::new(site.join("blobs")).expect("blobs");
    for dataset in store.datasets(challenge.id).await.expect("datasets") {
        assert!(plaza_store::BlobStore::open(&blobs, &dataset.blob.sha256).await.expect("open").is_some());
    }
    let twice = plaza_store::backup::restore(&backup, &url, &site_blobs).await;
    assert!(twice.is_err_and(|e| e.to_string().contains("already exists")), "never over a site");
    let nothing = plaza_store::backup::restore(out.path(), &url, &site_blobs).await;
    assert!(nothing.is_err_and(|e| e.to_string().contains("is not a Plaza backup")));
}
