//! Challenges made in the browser: who may create one, the draft it starts
//! as, the checks of `plaza import` run on it, and publishing it.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use plaza_core::bundle::{self, MANIFEST, Problem};
use plaza_core::challenge_edit::Details;
use plaza_core::{Challenge, ChallengeRole, Email, Slug, User, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::blobs::BlobStore;
use crate::bundle_export::{ExportContent, ExportedBundle};
use crate::challenge_edits::{AuditedEdit, record_edits};
use crate::challenges::{challenge_from_row, id32};
use crate::entity::{challenges, users};
use crate::error::{Error, Result};
use crate::users::user_from_row;

/// The largest file the checks before publishing read: the largest a bundle
/// (or a dataset uploaded in the browser) may hold.
pub const MAX_CHECKED_FILE_BYTES: u64 = crate::import::MAX_BUNDLE_FILE_BYTES;
/// The most bytes of files the checks hold at once, as a bundle zip may
/// hold: a bigger challenge is imported from the command line, where
/// `plaza import` reads its files from disk.
pub const MAX_CHECKED_TOTAL_BYTES: u64 = 2 * crate::import::MAX_BUNDLE_FILE_BYTES;

impl Store {
    /// Whether `user` may create challenges: site admins, and people an admin allowed.
    pub async fn can_create_challenges(&self, user: &User) -> Result<bool> {
        if user.is_admin {
            return Ok(true);
        }
        Ok(users::Entity::find_by_id(id32(user.id.0)?)
            .one(&self.db)
            .await?
            .is_some_and(|row| row.can_create_challenges))
    }

    /// Lets the person with `email` create challenges, or stops it. Only
    /// existing accounts: someone without one is asked to sign in first.
    pub async fn allow_creating_challenges(&self, email: &Email, allowed: bool) -> Result<User> {
        let row = users::Entity::find()
            .filter(users::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
            .ok_or_else(|| {
                Error::not_found(plaza_i18n::tr_with("store-drafts-no-account", &[("email", email.as_str().into())]))
            })?;
        let mut active: users::ActiveModel = row.into();
        active.can_create_challenges = Set(allowed);
        user_from_row(active.update(&self.db).await?)
    }

    /// The people an admin allowed to create challenges, by email.
    pub async fn challenge_creators(&self) -> Result<Vec<User>> {
        users::Entity::find()
            .filter(users::Column::CanCreateChallenges.eq(true))
            .order_by_asc(users::Column::Email)
            .all(&self.db)
            .await?
            .into_iter()
            .map(user_from_row)
            .collect()
    }

    /// Creates a draft challenge with checked `details` and makes `creator`
    /// its organizer, with "created" in its audit, all in one transaction.
    pub async fn create_challenge(&self, slug: &Slug, details: &Details, creator: UserId) -> Result<Challenge> {
        let txn = self.write_txn().await?;
        let taken =
            challenges::Entity::find().filter(challenges::Column::Slug.eq(slug.as_str())).one(&txn).await?.is_some();
        if taken {
            return Err(Error::conflict(plaza_i18n::tr_with(
                "store-drafts-address-taken",
                &[("slug", slug.as_str().into())],
            )));
        }
        let now = Utc::now();
        let row = challenges::ActiveModel {
            slug: Set(slug.to_string()),
            title: Set(details.title.clone()),
            summary: Set(details.summary.clone()),
            description_md: Set(details.description_md.clone()),
            host: Set(details.host.clone()),
            contact: Set(details.contact.clone()),
            opens_at: Set(details.opens_at),
            closes_at: Set(details.closes_at),
            time_zone: Set(details.zone.name().to_owned()),
            results_published_at: Set(None),
            published_at: Set(None),
            bundle_sha256: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
            max_team_size: Set(details.max_team_size as i32),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        crate::roles::grant(&txn, row.id, id32(creator.0)?, ChallengeRole::Organizer).await?;
        let challenge = challenge_from_row(row)?;
        let created = AuditedEdit { field: "created".into(), before: String::new(), after: slug.to_string() };
        record_edits(&txn, challenge.id, creator, &[created], now).await?;
        txn.commit().await?;
        Ok(challenge)
    }

    /// Every problem the checks of `plaza import` find in the challenge as it
    /// would be exported now (empty when it would import).
    pub async fn check_challenge(&self, blobs: &dyn BlobStore, slug: &str) -> Result<Vec<Problem>> {
        let exported = self.export_bundle(blobs, slug).await?;
        check_exported(blobs, &exported).await
    }

    /// Publishes a draft: from now on everyone sees it. Audited; refused
    /// when it is published already.
    pub async fn publish_challenge(&self, challenge_id: i64, actor: UserId) -> Result<DateTime<Utc>> {
        let txn = self.write_txn().await?;
        let row = challenges::Entity::find_by_id(id32(challenge_id)?)
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-drafts-no-challenge")))?;
        if row.published_at.is_some() {
            return Err(Error::conflict(plaza_i18n::tr("store-drafts-published-already")));
        }
        let now = Utc::now();
        let mut active: challenges::ActiveModel = row.into();
        active.published_at = Set(Some(now));
        active.updated_at = Set(now);
        active.update(&txn).await?;
        let published = AuditedEdit {
            field: "published_at".into(),
            before: String::new(),
            after: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        };
        record_edits(&txn, challenge_id, actor, &[published], now).await?;
        txn.commit().await?;
        Ok(now)
    }
}

/// Runs `plaza_core::bundle::check` on an exported bundle: its manifest and
/// brief as written, its files read from the blob store (each bounded).
pub async fn check_exported(blobs: &dyn BlobStore, exported: &ExportedBundle) -> Result<Vec<Problem>> {
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut held: u64 = 0;
    for (path, content) in exported.entries() {
        match content {
            ExportContent::Bytes(bytes) => {
                files.insert(path.to_owned(), bytes.to_vec());
            }
            ExportContent::Blob(blob) if blob.size > MAX_CHECKED_FILE_BYTES => problems.push(Problem::file(
                path,
                plaza_i18n::tr_with(
                    "store-drafts-file-too-large-to-check",
                    &[("mb", (MAX_CHECKED_FILE_BYTES / (1024 * 1024)).into())],
                ),
            )),
            ExportContent::Blob(blob) if held + blob.size > MAX_CHECKED_TOTAL_BYTES => problems.push(Problem::file(
                path,
                plaza_i18n::tr_with(
                    "store-drafts-files-too-large-to-check",
                    &[("mb", (MAX_CHECKED_TOTAL_BYTES / (1024 * 1024)).into())],
                ),
            )),
            ExportContent::Blob(blob) => {
                held += blob.size;
                // A missing blob is left out: the checks say the file cannot be read.
                if let Some(bytes) = blobs.read_head(&blob.sha256, MAX_CHECKED_FILE_BYTES as usize).await? {
                    files.insert(path.to_owned(), bytes);
                }
            }
        }
    }
    // The problems found are the organizer's to read, in their language.
    let lang = plaza_i18n::current();
    let checked = tokio::task::spawn_blocking(move || plaza_i18n::in_language(lang, || bundle::check(&files)))
        .await
        .map_err(|err| Error::Internal(format!("the bundle checks stopped: {err}")))?;
    if let Err(found) = checked {
        problems.extend(found);
    }
    problems.sort_by(|a, b| (a.file != MANIFEST, &a.file, a.line).cmp(&(b.file != MANIFEST, &b.file, b.line)));
    Ok(problems)
}
