//! `plaza backup` and `plaza restore`: a site in one folder.
//!
//! A backup folder holds `plaza.db` (on SQLite: a consistent snapshot taken
//! with `VACUUM INTO`, safe while Plaza runs), `blobs/` (every stored file;
//! they are named by their content and never change, so copying them after
//! the snapshot is consistent: the snapshot never names a file that is not
//! there, and files newer than it are swept later) and `BACKUP.txt`, which
//! says what it holds. On PostgreSQL the database is backed up with
//! `pg_dump`; the folder then holds the files only.

use std::path::{Path, PathBuf};

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use crate::Store;
use crate::blobs::{BlobStore, LocalBlobStore};
use crate::blobs_s3::copy_blobs;
use crate::error::{Error, Result};

/// The database file in a backup folder.
pub const BACKUP_DATABASE: &str = "plaza.db";
/// The blob folder in a backup folder.
pub const BACKUP_BLOBS: &str = "blobs";
/// What the backup holds, for people.
pub const BACKUP_NOTE: &str = "BACKUP.txt";

/// What a backup wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    /// Whether the database is in the folder (SQLite), or must be dumped with pg_dump.
    pub database: bool,
    pub files: u64,
}

/// What a restore wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    pub database: PathBuf,
    pub files: u64,
}

/// The file of a `sqlite://` URL (without its query), if it is one.
pub fn sqlite_file(database_url: &str) -> Option<PathBuf> {
    let rest = database_url.strip_prefix("sqlite:")?;
    let path = rest.trim_start_matches("//").split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

fn io(what: String) -> impl FnOnce(std::io::Error) -> Error {
    move |err| Error::Config(format!("{what}: {err}"))
}

fn empty_or_new(dir: &Path) -> Result<()> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(io(format!("cannot read {}", dir.display())))?;
        if entries.next().is_some() {
            return Err(Error::Config(format!(
                "{} is not empty: back up into a new or empty folder, so no earlier backup is mixed in",
                dir.display()
            )));
        }
    }
    std::fs::create_dir_all(dir).map_err(io(format!("cannot create {}", dir.display())))
}

impl Store {
    /// Writes a backup of this site into `out` (a new or empty folder): the
    /// database (SQLite only) and every file in `blobs` (a folder or a bucket).
    pub async fn backup(&self, blobs: &dyn BlobStore, out: &Path) -> Result<BackupReport> {
        empty_or_new(out)?;
        let database = self.db.get_database_backend() == DatabaseBackend::Sqlite;
        if database {
            let target = out.join(BACKUP_DATABASE);
            let path = target.to_str().ok_or_else(|| Error::Config("the backup folder's path is not UTF-8".into()))?;
            self.db
                .execute_raw(Statement::from_sql_and_values(DatabaseBackend::Sqlite, "VACUUM INTO $1", [path.into()]))
                .await?;
        }
        let copy = LocalBlobStore::new(out.join(BACKUP_BLOBS))?;
        let (files, _) = copy_blobs(blobs, &copy).await?;
        let _ = std::fs::remove_dir(out.join(BACKUP_BLOBS).join("tmp"));
        let migrations = self.applied_migrations().await?.len();
        let note = format!(
            "A backup of a Plaza site, taken {}.\n\n{}{BACKUP_BLOBS}/: {files} stored files.\n\
             Schema: {migrations} migrations applied.\n\nRestore it with: plaza restore <this folder>\n",
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            if database {
                format!("{BACKUP_DATABASE}: the whole database (SQLite), as one consistent snapshot.\n")
            } else {
                "The database is PostgreSQL: back it up with pg_dump (pg_dump --format=custom), and restore it with pg_restore before `plaza restore` puts the files back.\n".to_owned()
            }
        );
        std::fs::write(out.join(BACKUP_NOTE), note).map_err(io(format!("cannot write {BACKUP_NOTE}")))?;
        Ok(BackupReport { database, files })
    }
}

/// Restores the backup in `from` to a site whose database is `database_url`
/// and whose files live in `blobs` (a folder or a bucket). On SQLite the database file must not
/// exist yet (a restore never overwrites a site); on PostgreSQL only the
/// files are restored (the database comes back with pg_restore). The copied
/// database is opened and migrated before the restore reports success.
pub async fn restore(from: &Path, database_url: &str, blobs: &dyn BlobStore) -> Result<RestoreReport> {
    if !from.join(BACKUP_NOTE).is_file() {
        return Err(Error::Config(format!(
            "{} is not a Plaza backup (it has no {BACKUP_NOTE}); give the folder `plaza backup` wrote",
            from.display()
        )));
    }
    let restored = match sqlite_file(database_url) {
        Some(target) => {
            let source = from.join(BACKUP_DATABASE);
            if !source.is_file() {
                return Err(Error::Config(format!(
                    "{} holds no {BACKUP_DATABASE}: it is a backup of a PostgreSQL site, restore its database with pg_restore",
                    from.display()
                )));
            }
            if target.exists() {
                return Err(Error::Config(format!(
                    "{} already exists: a restore never overwrites a site. Stop Plaza, move the file away, and run the restore again",
                    target.display()
                )));
            }
            if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(io(format!("cannot create {}", parent.display())))?;
            }
            let partial = target.with_extension("db.restoring");
            std::fs::copy(&source, &partial).map_err(io(format!("cannot copy {}", source.display())))?;
            std::fs::rename(&partial, &target).map_err(io(format!("cannot move {} into place", target.display())))?;
            target
        }
        None => PathBuf::new(),
    };
    let (files, _) = copy_blobs(&LocalBlobStore::new(from.join(BACKUP_BLOBS))?, blobs).await?;
    let store = Store::connect(database_url).await?;
    store.migrate().await?;
    Ok(RestoreReport { database: restored, files })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(sqlite_file("sqlite://plaza-data/plaza.db?mode=rwc"), Some(PathBuf::from("plaza-data/plaza.db")));
        assert_eq!(sqlite_file("sqlite:///var/lib/plaza.db"), Some(PathBuf::from("/var/lib/plaza.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://db/plaza"), None);
    }
}
