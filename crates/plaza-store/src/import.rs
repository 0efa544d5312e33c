//! Importing a challenge bundle: check it, store its files as blobs, then
//! create or update the challenge and everything under it in one transaction.
//! A bundle with any problem imports nothing; the same bundle imported twice
//! changes nothing the second time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::Utc;
use plaza_core::bundle::{self, Bundle, BundleSource, Problem, TrackSpecKind};
use plaza_core::{BlobRef, CaseFiles, TrackSettings};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use crate::Store;
use crate::blobs::{BlobStore, hash_file};
use crate::challenges::track_from_row;
use crate::entity::{challenge_files, challenges, datasets, tracks};
use crate::error::{Error, Result};

/// Largest single file a bundle may hold.
pub const MAX_BUNDLE_FILE_BYTES: u64 = 1 << 30;

/// A bundle in a folder on disk.
#[derive(Debug, Clone)]
pub struct DirBundle {
    root: PathBuf,
}

impl DirBundle {
    pub fn open(dir: &Path) -> Result<Self> {
        let root = dir.canonicalize().map_err(|err| {
            Error::invalid(plaza_i18n::tr_with(
                "store-import-cannot-open-folder",
                &[("folder", dir.display().to_string().into()), ("error", err.to_string().into())],
            ))
        })?;
        if !root.is_dir() {
            return Err(Error::invalid(plaza_i18n::tr_with(
                "store-import-not-a-folder",
                &[("folder", dir.display().to_string().into())],
            )));
        }
        Ok(Self { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file at a bundle path, refusing anything that resolves outside the
    /// bundle (through `..` or a symbolic link) or is not a regular file.
    pub fn resolve(&self, path: &str) -> std::io::Result<PathBuf> {
        let resolved = self.root.join(path).canonicalize()?;
        if !resolved.starts_with(&self.root) {
            return Err(outside_the_bundle());
        }
        let meta = std::fs::metadata(&resolved)?;
        // These reasons are shown to the organizer as problems of the bundle.
        if !meta.is_file() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                plaza_i18n::tr("store-import-not-a-regular-file"),
            ));
        }
        if meta.len() > MAX_BUNDLE_FILE_BYTES {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                plaza_i18n::tr("store-import-file-too-large"),
            ));
        }
        Ok(resolved)
    }

    /// Runs every bundle check.
    pub fn check(&self) -> std::result::Result<Bundle, Vec<Problem>> {
        bundle::check(self)
    }
}

/// A path that leads out of the bundle (through `..` or a link), with the
/// reason the organizer reads among the bundle's problems.
fn outside_the_bundle() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::PermissionDenied, plaza_i18n::tr("store-import-outside-the-bundle"))
}

impl BundleSource for DirBundle {
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        std::fs::read(self.resolve(path)?)
    }

    /// The file's real place in the bundle once links are followed, so the
    /// checks can see that `data/test.csv` is really `hidden/answers.csv`.
    fn resolved_path(&self, path: &str) -> std::io::Result<String> {
        let resolved = self.resolve(path)?;
        let inside = resolved.strip_prefix(&self.root).map_err(|_| outside_the_bundle())?;
        let parts: Vec<String> = inside.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        Ok(parts.join("/"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Created,
    Updated,
    Unchanged,
    /// A dry run found the bundle valid; it would be created.
    WouldCreate,
    /// A dry run found the bundle valid; it would update the existing challenge.
    WouldUpdate,
}

impl ImportOutcome {
    pub fn describe(self) -> &'static str {
        match self {
            ImportOutcome::Created => "created",
            ImportOutcome::Updated => "updated",
            ImportOutcome::Unchanged => "unchanged (already imported)",
            ImportOutcome::WouldCreate => "valid; would be created",
            ImportOutcome::WouldUpdate => "valid; would update the existing challenge",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ImportReport {
    pub slug: String,
    pub outcome: ImportOutcome,
    pub datasets: usize,
    pub tracks: usize,
    pub files: usize,
    pub bundle_sha256: String,
}

impl Store {
    /// Checks and imports the bundle in `dir`. With `dry_run`, only checks it
    /// and says what would happen.
    pub async fn import_bundle(&self, blobs: &dyn BlobStore, dir: &Path, dry_run: bool) -> Result<ImportReport> {
        let source = DirBundle::open(dir)?;
        let (bundle, hashes) = {
            let source = source.clone();
            // The problems found are the organizer's to read, in their language.
            let lang = plaza_i18n::current();
            tokio::task::spawn_blocking(move || {
                plaza_i18n::in_language(lang, || -> Result<(Bundle, BTreeMap<String, BlobRef>)> {
                    let bundle = source.check().map_err(Error::Bundle)?;
                    let mut hashes = BTreeMap::new();
                    for file in &bundle.files {
                        hashes.insert(file.path.clone(), hash_file(&source.resolve(&file.path)?)?);
                    }
                    Ok((bundle, hashes))
                })
            })
            .await
            .map_err(|err| Error::Internal(format!("bundle check stopped: {err}")))??
        };
        let bundle_sha256 = bundle_hash(&hashes, &bundle.translations);
        let manifest = &bundle.manifest;
        let existing = challenges::Entity::find()
            .filter(challenges::Column::Slug.eq(manifest.slug.as_str()))
            .one(&self.db)
            .await?;
        let report = |outcome| ImportReport {
            slug: manifest.slug.to_string(),
            outcome,
            datasets: manifest.datasets.len(),
            tracks: manifest.tracks.len(),
            files: hashes.len(),
            bundle_sha256: bundle_sha256.clone(),
        };
        if let Some(row) = &existing
            && row.bundle_sha256 == bundle_sha256
        {
            return Ok(report(ImportOutcome::Unchanged));
        }
        // A bundle exported from this site after changes made in the browser
        // has other bytes but may say exactly what the challenge already is.
        if let Some(row) = &existing
            && let Ok(current) = self.export_bundle(blobs, &row.slug).await
            && current.describes_same_challenge(&bundle, &hashes, self.default_zone)
        {
            return Ok(report(ImportOutcome::Unchanged));
        }
        if dry_run {
            return Ok(report(if existing.is_some() {
                ImportOutcome::WouldUpdate
            } else {
                ImportOutcome::WouldCreate
            }));
        }
        // Blobs first, so that no row ever points at a missing file.
        for (path, expected) in &hashes {
            if !blobs.exists(&expected.sha256).await? {
                let stored = blobs.put_file(&source.resolve(path)?).await?;
                if stored.sha256 != expected.sha256 {
                    return Err(Error::conflict(plaza_i18n::tr_with(
                        "store-import-changed-meanwhile",
                        &[("path", path.as_str().into())],
                    )));
                }
            }
        }
        let outcome = self.write_challenge(&bundle, &hashes, &bundle_sha256, existing).await?;
        Ok(report(outcome))
    }

    async fn write_challenge(
        &self,
        bundle: &Bundle,
        hashes: &BTreeMap<String, BlobRef>,
        bundle_sha256: &str,
        existing: Option<challenges::Model>,
    ) -> Result<ImportOutcome> {
        let manifest = &bundle.manifest;
        let blob =
            |path: &str| hashes.get(path).cloned().ok_or_else(|| Error::Internal(format!("{path} was not hashed")));
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let (challenge_id, outcome) = match existing {
            Some(row) => {
                let id = row.id;
                let mut active: challenges::ActiveModel = row.into();
                active.title = Set(manifest.title.clone());
                active.summary = Set(manifest.summary.clone());
                active.description_md = Set(bundle.description_md.clone());
                active.host = Set(manifest.host.clone());
                active.contact = Set(manifest.contact.clone());
                active.opens_at = Set(manifest.opens_at);
                active.closes_at = Set(manifest.closes_at);
                active.time_zone = Set(manifest.time_zone.unwrap_or(self.default_zone).name().to_owned());
                active.bundle_sha256 = Set(bundle_sha256.to_owned());
                active.updated_at = Set(now);
                active.max_team_size = Set(manifest.max_team_size as i32);
                active.update(&txn).await?;
                (id, ImportOutcome::Updated)
            }
            None => {
                let row = challenges::ActiveModel {
                    slug: Set(manifest.slug.to_string()),
                    title: Set(manifest.title.clone()),
                    summary: Set(manifest.summary.clone()),
                    description_md: Set(bundle.description_md.clone()),
                    host: Set(manifest.host.clone()),
                    opens_at: Set(manifest.opens_at),
                    closes_at: Set(manifest.closes_at),
                    time_zone: Set(manifest.time_zone.unwrap_or(self.default_zone).name().to_owned()),
                    results_published_at: Set(None),
                    bundle_sha256: Set(bundle_sha256.to_owned()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    max_team_size: Set(manifest.max_team_size as i32),
                    contact: Set(manifest.contact.clone()),
                    // An imported challenge is published at once, as it always was.
                    published_at: Set(Some(now)),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                (row.id, ImportOutcome::Created)
            }
        };

        crate::outreach::write_outreach(&txn, i64::from(challenge_id), &manifest.outreach).await?;

        challenge_files::Entity::delete_many()
            .filter(challenge_files::Column::ChallengeId.eq(challenge_id))
            .exec(&txn)
            .await?;
        for file in &bundle.files {
            let stored = blob(&file.path)?;
            challenge_files::ActiveModel {
                challenge_id: Set(challenge_id),
                path: Set(file.path.clone()),
                blob_sha256: Set(stored.sha256),
                size_bytes: Set(stored.size as i64),
                hidden: Set(file.hidden),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }

        let old_datasets =
            datasets::Entity::find().filter(datasets::Column::ChallengeId.eq(challenge_id)).all(&txn).await?;
        for (position, spec) in manifest.datasets.iter().enumerate() {
            let stored = blob(&spec.file)?;
            let file_name = spec.file.rsplit('/').next().unwrap_or(&spec.file).to_owned();
            let columns_json = serde_json::to_string(&spec.columns).map_err(|e| Error::encode("data dictionary", e))?;
            let mut active = match old_datasets.iter().find(|d| d.slug == spec.slug.as_str()) {
                Some(row) => datasets::ActiveModel::from(row.clone()),
                None => datasets::ActiveModel {
                    challenge_id: Set(challenge_id),
                    slug: Set(spec.slug.to_string()),
                    ..Default::default()
                },
            };
            active.position = Set(position as i32);
            active.title = Set(spec.title.clone());
            active.file_name = Set(file_name);
            active.license = Set(spec.license.clone());
            active.source = Set(spec.source.clone());
            active.description = Set(spec.description.clone());
            active.caveats = Set(spec.caveats.clone());
            active.columns_json = Set(columns_json);
            active.blob_sha256 = Set(stored.sha256);
            active.size_bytes = Set(stored.size as i64);
            active.row_count = Set(spec.row_count as i64);
            active.save(&txn).await?;
        }
        for row in old_datasets.iter().filter(|d| !manifest.datasets.iter().any(|s| s.slug.as_str() == d.slug)) {
            datasets::Entity::delete_by_id(row.id).exec(&txn).await?;
        }

        let old_tracks = tracks::Entity::find().filter(tracks::Column::ChallengeId.eq(challenge_id)).all(&txn).await?;
        for (position, spec) in manifest.tracks.iter().enumerate() {
            let settings = match &spec.kind {
                TrackSpecKind::Predictions {
                    metric,
                    id_column,
                    target_column,
                    answers,
                    daily_limit,
                    final_selections,
                } => TrackSettings::Predictions {
                    metric: *metric,
                    id_column: id_column.clone(),
                    target_column: target_column.clone(),
                    answers: blob(answers)?,
                    daily_limit: *daily_limit,
                    final_selections: *final_selections,
                },
                TrackSpecKind::Code {
                    metric,
                    id_column,
                    target_column,
                    cases,
                    limits,
                    daily_limit,
                    final_selections,
                } => TrackSettings::Code {
                    metric: *metric,
                    id_column: id_column.clone(),
                    target_column: target_column.clone(),
                    cases: cases
                        .iter()
                        .map(|c| Ok(CaseFiles { input: blob(&c.input)?, answers: blob(&c.answers)? }))
                        .collect::<Result<Vec<_>>>()?,
                    limits: *limits,
                    daily_limit: *daily_limit,
                    final_selections: *final_selections,
                },
                TrackSpecKind::Ideas { judges_per_entry, criteria, questions } => TrackSettings::Ideas {
                    judges_per_entry: *judges_per_entry,
                    criteria: criteria.clone(),
                    questions: questions.clone(),
                },
            };
            let settings_json = serde_json::to_string(&settings).map_err(|e| Error::encode("track settings", e))?;
            let mut active = match old_tracks.iter().find(|t| t.slug == spec.slug.as_str()) {
                Some(row) => tracks::ActiveModel::from(row.clone()),
                None => tracks::ActiveModel {
                    challenge_id: Set(challenge_id),
                    slug: Set(spec.slug.to_string()),
                    ..Default::default()
                },
            };
            active.position = Set(position as i32);
            active.kind = Set(settings.kind().name().to_owned());
            active.title = Set(spec.title.clone());
            active.description = Set(spec.description.clone());
            let metric_changed = old_tracks
                .iter()
                .find(|t| t.slug == spec.slug.as_str())
                .and_then(|row| track_from_row(row.clone()).ok())
                .is_some_and(|old| old.settings.metric() != settings.metric());
            active.settings_json = Set(settings_json);
            let saved = active.save(&txn).await?;
            if metric_changed && let sea_orm::ActiveValue::Unchanged(id) | sea_orm::ActiveValue::Set(id) = saved.id {
                // The board's order follows the metric's direction.
                crate::boards::rebuild_track_in(&txn, id).await?;
            }
        }
        for row in old_tracks.iter().filter(|t| !manifest.tracks.iter().any(|s| s.slug.as_str() == t.slug)) {
            tracks::Entity::delete_by_id(row.id).exec(&txn).await?;
        }
        crate::content_translations::replace_languages(&txn, challenge_id, &bundle.translations).await?;
        txn.commit().await?;
        Ok(outcome)
    }
}

/// One hash for the whole bundle: every file's path and content hash, and
/// the translations it carries (none: the hash bundles had before them).
fn bundle_hash(
    hashes: &BTreeMap<String, BlobRef>,
    translations: &BTreeMap<String, plaza_core::content::Translations>,
) -> String {
    let mut hasher = Sha256::new();
    for (path, blob) in hashes {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(blob.sha256.as_bytes());
        hasher.update(b"\n");
    }
    for (language, pieces) in translations {
        for (key, text) in pieces {
            for part in [language.as_bytes(), key.as_bytes(), text.as_bytes()] {
                hasher.update((part.len() as u64).to_le_bytes());
                hasher.update(part);
            }
        }
    }
    hex::encode(hasher.finalize())
}
