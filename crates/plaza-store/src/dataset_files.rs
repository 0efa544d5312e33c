//! Datasets made and changed in the browser: a new file becomes a dataset,
//! a description is saved with its audit, a replaced file is kept as a
//! numbered earlier version (`dataset_versions`) and followers are told in
//! the same transaction. Callers store the blob first; the rows here only
//! ever point at files that exist.

use chrono::{DateTime, Utc};
use plaza_core::dataset_edit::{Description, fingerprint, unique_slug};
use plaza_core::{BlobRef, Column, Dataset, OutgoingEmail, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenge_edits::{AuditedEdit, record_edits};
use crate::challenges::{dataset_from_row, id32};
use crate::entity::{dataset_versions, datasets, ideas, submissions};
use crate::error::{Error, Result};
use crate::outbox::enqueue;

/// A new dataset from an uploaded file, already stored as a blob.
#[derive(Debug, Clone)]
pub struct NewDataset {
    /// The slug wanted; `-2`, `-3`... is added when the challenge has it.
    pub slug: String,
    pub title: String,
    pub file_name: String,
    pub columns: Vec<Column>,
    pub blob: BlobRef,
    pub row_count: u64,
}

/// A new file for a dataset, already stored as a blob.
#[derive(Debug, Clone)]
pub struct Replacement {
    pub file_name: String,
    pub columns: Vec<Column>,
    pub blob: BlobRef,
    pub row_count: u64,
    pub change_note: String,
}

/// An earlier file of a dataset, replaced on `replaced_at` with `change_note`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetVersion {
    pub version: u32,
    pub file_name: String,
    pub blob: BlobRef,
    pub row_count: u64,
    pub change_note: String,
    pub replaced_at: DateTime<Utc>,
    pub replaced_by: String,
}

impl Store {
    /// Creates a dataset at the end of the challenge's list, with an empty
    /// description, and audits it. Returns it with the slug it got.
    pub async fn add_dataset(&self, challenge_id: i64, new: &NewDataset, actor: UserId) -> Result<Dataset> {
        let columns_json = serde_json::to_string(&new.columns).map_err(|e| Error::encode("data dictionary", e))?;
        let txn = self.write_txn().await?;
        let existing =
            datasets::Entity::find().filter(datasets::Column::ChallengeId.eq(id32(challenge_id)?)).all(&txn).await?;
        let taken: Vec<String> = existing.iter().map(|d| d.slug.clone()).collect();
        let slug = unique_slug(&new.slug, &taken);
        let position = existing.iter().map(|d| d.position + 1).max().unwrap_or(0);
        let row = datasets::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            slug: Set(slug.clone()),
            position: Set(position),
            title: Set(new.title.clone()),
            file_name: Set(new.file_name.clone()),
            license: Set(String::new()),
            source: Set(String::new()),
            description: Set(String::new()),
            caveats: Set(String::new()),
            columns_json: Set(columns_json),
            blob_sha256: Set(new.blob.sha256.clone()),
            size_bytes: Set(size(&new.blob)?),
            row_count: Set(rows(new.row_count)?),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let edit =
            AuditedEdit { field: format!("datasets.{slug}.file"), before: String::new(), after: new.file_name.clone() };
        record_edits(&txn, challenge_id, actor, &[edit], Utc::now()).await?;
        txn.commit().await?;
        dataset_from_row(row)
    }

    /// Saves a checked description and one audit row per changed field.
    /// `seen` is the fingerprint of the dataset the form was filled with:
    /// when someone else saved (or replaced the file) in between, nothing is saved.
    pub async fn describe_dataset(
        &self,
        challenge_id: i64,
        slug: &str,
        seen: &str,
        description: &Description,
        edits: &[AuditedEdit],
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        let row = dataset_row(&txn, challenge_id, slug).await?;
        if fingerprint(&dataset_from_row(row.clone())?) != seen {
            return Err(Error::conflict(plaza_i18n::tr("store-dataset-files-changed-meanwhile")));
        }
        let mut active: datasets::ActiveModel = row.into();
        active.title = Set(description.title.clone());
        active.license = Set(description.license.clone());
        active.source = Set(description.source.clone());
        active.description = Set(description.description.clone());
        active.caveats = Set(description.caveats.clone());
        active.columns_json =
            Set(serde_json::to_string(&description.columns).map_err(|e| Error::encode("data dictionary", e))?);
        active.update(&txn).await?;
        record_edits(&txn, challenge_id, actor, edits, Utc::now()).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Makes `replacement` the dataset's file: the file it replaces is kept
    /// as the next version with the change note, the change is audited and
    /// `emails` (to followers) are queued, all in one transaction. Returns
    /// the number of the version kept.
    pub async fn replace_dataset_file(
        &self,
        challenge_id: i64,
        slug: &str,
        replacement: &Replacement,
        emails: &[OutgoingEmail],
        actor: UserId,
    ) -> Result<u32> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let row = dataset_row(&txn, challenge_id, slug).await?;
        let kept = replace_file(&txn, challenge_id, row, replacement, actor, now).await?;
        for email in emails {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        Ok(kept as u32)
    }

    /// The earlier files of a dataset, newest first.
    pub async fn dataset_versions(&self, dataset_id: i64) -> Result<Vec<DatasetVersion>> {
        let rows = dataset_versions::Entity::find()
            .filter(dataset_versions::Column::DatasetId.eq(id32(dataset_id)?))
            .order_by_desc(dataset_versions::Column::Version)
            .all(&self.db)
            .await?;
        let names = crate::challenge_edits::display_names(&self.db, rows.iter().map(|row| row.created_by)).await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let name = names
                    .get(&row.created_by)
                    .cloned()
                    .unwrap_or_else(|| crate::challenge_edits::unnamed_account(row.created_by));
                version_from_row(row, name)
            })
            .collect())
    }

    /// Version `version` of a dataset's earlier files.
    pub async fn dataset_version(&self, dataset_id: i64, version: u32) -> Result<Option<DatasetVersion>> {
        let Ok(number) = i32::try_from(version) else { return Ok(None) };
        Ok(dataset_versions::Entity::find()
            .filter(dataset_versions::Column::DatasetId.eq(id32(dataset_id)?))
            .filter(dataset_versions::Column::Version.eq(number))
            .one(&self.db)
            .await?
            .map(|row| version_from_row(row, String::new())))
    }

    /// Whether anyone has entered the challenge (an entry or an idea, even
    /// a draft or a withdrawn one).
    pub async fn challenge_has_entries(&self, challenge_id: i64) -> Result<bool> {
        let id = id32(challenge_id)?;
        let entries =
            submissions::Entity::find().filter(submissions::Column::ChallengeId.eq(id)).count(&self.db).await?;
        if entries > 0 {
            return Ok(true);
        }
        Ok(ideas::Entity::find().filter(ideas::Column::ChallengeId.eq(id)).count(&self.db).await? > 0)
    }

    /// Removes a dataset and its earlier versions, while nobody has entered
    /// the challenge (checked again inside the transaction).
    pub async fn remove_dataset(&self, challenge_id: i64, slug: &str, actor: UserId) -> Result<()> {
        let id = id32(challenge_id)?;
        let txn = self.write_txn().await?;
        let row = dataset_row(&txn, challenge_id, slug).await?;
        let entries = submissions::Entity::find().filter(submissions::Column::ChallengeId.eq(id)).count(&txn).await?
            + ideas::Entity::find().filter(ideas::Column::ChallengeId.eq(id)).count(&txn).await?;
        if entries > 0 {
            return Err(Error::conflict(plaza_i18n::tr("store-dataset-files-has-entries")));
        }
        dataset_versions::Entity::delete_many()
            .filter(dataset_versions::Column::DatasetId.eq(row.id))
            .exec(&txn)
            .await?;
        datasets::Entity::delete_by_id(row.id).exec(&txn).await?;
        // The audit keeps its words for every organizer: in the site's language.
        let removed = plaza_i18n::tr_in(plaza_i18n::default_language(), "store-dataset-files-audit-removed", &[]);
        let edit = AuditedEdit { field: format!("datasets.{slug}"), before: row.title.clone(), after: removed };
        record_edits(&txn, challenge_id, actor, &[edit], Utc::now()).await?;
        txn.commit().await?;
        Ok(())
    }
}

/// Makes `replacement` the file of dataset `row`, keeping its file as the
/// next numbered version, with the audit; returns that version's number.
pub(crate) async fn replace_file(
    txn: &sea_orm::DatabaseTransaction,
    challenge_id: i64,
    row: datasets::Model,
    replacement: &Replacement,
    actor: UserId,
    now: DateTime<Utc>,
) -> Result<i32> {
    let slug = row.slug.clone();
    let columns_json = serde_json::to_string(&replacement.columns).map_err(|e| Error::encode("data dictionary", e))?;
    let kept = dataset_versions::Entity::find()
        .filter(dataset_versions::Column::DatasetId.eq(row.id))
        .order_by_desc(dataset_versions::Column::Version)
        .one(txn)
        .await?
        .map_or(1, |newest| newest.version + 1);
    dataset_versions::ActiveModel {
        dataset_id: Set(row.id),
        version: Set(kept),
        blob_sha256: Set(row.blob_sha256.clone()),
        file_name: Set(row.file_name.clone()),
        size_bytes: Set(row.size_bytes),
        row_count: Set(row.row_count),
        change_note: Set(replacement.change_note.clone()),
        created_at: Set(now),
        created_by: Set(id32(actor.0)?),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    // The audit keeps its words for every organizer: in the site's language.
    let lang = plaza_i18n::default_language();
    let edit = AuditedEdit {
        field: format!("datasets.{slug}.file"),
        before: plaza_i18n::tr_in(
            lang,
            "store-dataset-files-audit-file",
            &[("file", row.file_name.as_str().into()), ("rows", row.row_count.into())],
        ),
        after: plaza_i18n::tr_in(
            lang,
            "store-dataset-files-audit-new-file",
            &[
                ("file", replacement.file_name.as_str().into()),
                ("rows", replacement.row_count.into()),
                ("note", replacement.change_note.as_str().into()),
            ],
        ),
    };
    let mut active: datasets::ActiveModel = row.into();
    active.file_name = Set(replacement.file_name.clone());
    active.columns_json = Set(columns_json);
    active.blob_sha256 = Set(replacement.blob.sha256.clone());
    active.size_bytes = Set(size(&replacement.blob)?);
    active.row_count = Set(rows(replacement.row_count)?);
    active.update(txn).await?;
    record_edits(txn, challenge_id, actor, &[edit], now).await?;
    Ok(kept)
}

pub(crate) async fn dataset_row(
    txn: &impl sea_orm::ConnectionTrait,
    challenge_id: i64,
    slug: &str,
) -> Result<datasets::Model> {
    datasets::Entity::find()
        .filter(datasets::Column::ChallengeId.eq(id32(challenge_id)?))
        .filter(datasets::Column::Slug.eq(slug))
        .one(txn)
        .await?
        .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-dataset-files-no-dataset")))
}

fn version_from_row(row: dataset_versions::Model, replaced_by: String) -> DatasetVersion {
    DatasetVersion {
        version: row.version.max(0) as u32,
        file_name: row.file_name,
        blob: BlobRef { sha256: row.blob_sha256, size: row.size_bytes.max(0) as u64 },
        row_count: row.row_count.max(0) as u64,
        change_note: row.change_note,
        replaced_at: row.created_at,
        replaced_by,
    }
}

fn size(blob: &BlobRef) -> Result<i64> {
    i64::try_from(blob.size).map_err(|_| Error::invalid(plaza_i18n::tr("store-dataset-files-too-large")))
}

fn rows(count: u64) -> Result<i64> {
    i64::try_from(count).map_err(|_| Error::invalid(plaza_i18n::tr("store-dataset-files-too-many-rows")))
}
