//! Plaza's storage: the database (sea-orm entities and the repositories that
//! turn rows into `plaza-core` types), the content-addressed blob store, and
//! the import of challenge bundles into both.
//!
//! Handlers and workers talk to [`Store`] and [`BlobStore`]; no sea-orm type
//! leaves this crate. It must never depend on the web layer (axum, tera).

pub mod backup;
pub mod blobs;
pub mod blobs_s3;
mod boards;
pub mod bundle_export;
pub mod bundle_zip;
mod challenge_edits;
mod challenges;
mod console;
mod content_translations;
mod data_reports;
mod dataset_files;
pub mod drafts;
mod email_follows;
mod entity;
pub mod error;
mod exports;
mod idea_versions;
mod ideas;
pub mod implementation;
pub mod import;
pub mod jobs;
mod judging;
mod judging_checks;
pub mod organizer_notices;
pub mod outbox;
mod outreach;
pub mod paper_scans;
mod partners;
mod questions;
pub mod reminders;
mod results;
mod roles;
mod secrets;
mod sessions;
mod signals;
pub mod stories;
mod submissions;
pub mod sweep;
mod team_invitations;
mod teams;
pub mod testing;
mod track_edits;
mod users;
pub mod votes;

use std::time::Duration;

use plaza_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

pub use blobs::{BlobStore, LocalBlobStore};
pub use blobs_s3::{S3BlobStore, copy_blobs, open_blob_store};
pub use boards::{BoardPage, MAX_SEARCH_CHARS};
pub use challenge_edits::{AuditedEdit, ChallengeEdit, details_of};
pub use challenges::ChallengeFile;
pub use console::{EntryListRow, EntryPage};
pub use data_reports::{Corrected, NewReport};
pub use dataset_files::{DatasetVersion, NewDataset, Replacement};
pub use email_follows::{EmailFollower, FollowRequest};
pub use error::{Error, Refusal, Result};
pub use exports::{EXPORT_PAGE_ROWS, EntryRecord, ReviewTimes};
pub use idea_versions::ReviewVersion;
pub use ideas::{AssistedIdea, MAX_IDEAS_PER_TEAM, NewIdea};
pub use import::{DirBundle, ImportOutcome, ImportReport};
pub use jobs::{ClaimedJob, JobState};
pub use judging::{Recusal, ReviewChange, RubricCounts};
pub use judging_checks::NewConflictDecision;
pub use organizer_notices::{DigestItem, DigestLine, DueDigest, NoticeEvent, OrganizerNotices};
pub use outbox::{OutboxMessage, OutboxStatus};
pub use questions::Moderation;
pub use reminders::{DueReminder, REMINDER_BEFORE};
pub use roles::{Invitation, InvitationProblem, RoleHolder, RoleRemoval};
pub use secrets::{hash_secret, new_secret};
pub use sessions::{
    CodeProblem, EMAIL_CODES_PER_ADDRESS_PER_DAY, LinkElsewhere, LinkProblem, LinkedIdentity, NewLoginToken,
    PendingSignIn, UsedLink, sessions_idle_days,
};
pub use submissions::{NewSubmission, Quota, QuotaReached, ScoreResult};
pub use sweep::{SWEEP_GRACE, SweepReport};
pub use team_invitations::{INVITATIONS_PER_ADDRESS_PER_DAY, TEAM_INVITATION_DAYS, TeamInvitation};
pub use teams::{TeamProblem, name_key};
pub use track_edits::{NewTrack, TrackSaved};
pub use users::{ApiTokenInfo, NewToken};

/// The database handle every repository method hangs off. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    /// The time zone of a challenge whose bundle names none.
    default_zone: plaza_core::Zone,
    /// Wake-ups for workers and waiting pages (`signals`).
    signals: std::sync::Arc<signals::Signals>,
}

impl Store {
    /// Connects to `sqlite://path` (creating the file and its folder) or
    /// `postgres://...`.
    pub async fn connect(url: &str) -> Result<Self> {
        let url = prepare_url(url)?;
        let is_sqlite = url.starts_with("sqlite:");
        let mut options = ConnectOptions::new(url);
        options.sqlx_logging(false).connect_timeout(Duration::from_secs(10)).acquire_timeout(Duration::from_secs(30));
        if is_sqlite {
            // One writer at a time is SQLite's rule; a small pool avoids lock storms.
            options.max_connections(4).min_connections(1);
        } else {
            options.max_connections(16);
        }
        let db = Database::connect(options).await?;
        if db.get_database_backend() == DatabaseBackend::Sqlite {
            for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"] {
                db.execute_unprepared(pragma).await?;
            }
        }
        Ok(Self { db, default_zone: plaza_core::Zone::UTC, signals: Default::default() })
    }

    /// The store, giving challenges whose bundle names no time zone `zone`
    /// (`default_time_zone` in `plaza.toml`).
    pub fn with_default_zone(mut self, zone: plaza_core::Zone) -> Self {
        self.default_zone = zone;
        self
    }

    /// Starts a transaction that writes. On SQLite it begins IMMEDIATE: it
    /// takes the write lock at once (waiting up to the busy timeout), so a
    /// transaction that reads and then writes can never fail halfway with
    /// "database is locked" when another writer got there first. On
    /// PostgreSQL it is an ordinary transaction. Every write transaction in
    /// this crate starts here.
    pub(crate) async fn write_txn(&self) -> Result<DatabaseTransaction> {
        let options = if self.db.get_database_backend() == DatabaseBackend::Sqlite {
            TransactionOptions { sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate), ..Default::default() }
        } else {
            TransactionOptions::default()
        };
        Ok(self.db.begin_with_options(options).await?)
    }

    /// Applies every migration not yet applied.
    /// Leaderboards of tracks from before the board table are built here.
    pub async fn migrate(&self) -> Result<()> {
        Migrator::up(&self.db, None).await?;
        self.build_missing_boards().await?;
        Ok(())
    }

    /// Rolls every migration back (used by the migration tests).
    pub async fn migrate_down_all(&self) -> Result<()> {
        Migrator::down(&self.db, None).await?;
        Ok(())
    }

    /// Names of applied migrations, oldest first.
    pub async fn applied_migrations(&self) -> Result<Vec<String>> {
        let statuses = Migrator::get_applied_migrations(&self.db).await?;
        Ok(statuses.iter().map(|m| m.name().to_owned()).collect())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<()> {
        self.db.ping().await?;
        Ok(())
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        Ok(())
    }
}

/// Accepts `sqlite://relative/path.db`, `sqlite:///abs/path.db` and
/// `postgres://`; makes sure a SQLite file's folder exists and that the file is
/// created on first use.
fn prepare_url(url: &str) -> Result<String> {
    if let Some(rest) = url.strip_prefix("sqlite:") {
        let path_part = rest.trim_start_matches("//");
        let (path, query) = path_part.split_once('?').unwrap_or((path_part, ""));
        if path.is_empty() {
            return Err(Error::Config(
                "the SQLite URL has no file path (expected sqlite://plaza-data/plaza.db)".into(),
            ));
        }
        if path != ":memory:"
            && let Some(parent) = std::path::Path::new(path).parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(|err| {
                Error::Config(format!("cannot create the database folder {}: {err}", parent.display()))
            })?;
        }
        let mode = if query.contains("mode=") {
            String::new()
        } else if query.is_empty() {
            "?mode=rwc".into()
        } else {
            "&mode=rwc".into()
        };
        let query = if query.is_empty() { String::new() } else { format!("?{query}") };
        Ok(format!("sqlite://{path}{query}{mode}"))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(url.to_owned())
    } else {
        Err(Error::Config(format!(
            "unsupported database URL '{}': use sqlite://FILE or postgres://USER@HOST/DB",
            url.split('@').next_back().unwrap_or(url)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_get_create_mode() {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}/sub/plaza.db", dir.path().display());
        let prepared = prepare_url(&url).expect("valid url");
        assert!(prepared.ends_with("/sub/plaza.db?mode=rwc"), "{prepared}");
        assert!(dir.path().join("sub").is_dir());
    }

    #[test]
    fn unknown_schemes_are_refused_plainly() {
        let err = prepare_url("mysql://root@localhost/plaza").expect_err("mysql is not supported");
        assert!(err.to_string().contains("unsupported database URL"), "{err}");
    }
}
