//! The blob sweep: removes stored files that no row names any more (uploads
//! refused after they were stored, files of a re-imported bundle, ...).
//!
//! Safe against writes in progress: a blob is written before the row that
//! names it, so only blobs untouched for a grace period are candidates, and
//! storing a blob again marks it fresh. Every table that names a blob must
//! be read in [`Store::referenced_blobs`].

use std::collections::HashSet;
use std::time::{Duration, SystemTime};

use plaza_core::TrackSettings;
use sea_orm::{EntityTrait, QuerySelect};

use crate::Store;
use crate::blobs::BlobStore;
use crate::entity::{
    challenge_files, challenges, data_reports, data_stories, dataset_versions, datasets, idea_files, paper_scans,
    submissions, tracks, update_pictures,
};
use crate::error::{Error, Result};

/// How long a blob must be untouched before the sweep may remove it: far
/// longer than any upload takes between storing a file and writing its row.
pub const SWEEP_GRACE: Duration = Duration::from_secs(60 * 60);

/// What a sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// Blobs older than the grace period.
    pub examined: usize,
    /// Of those, the ones no row named, now removed.
    pub removed: usize,
}

impl Store {
    /// Every blob hash a row names.
    pub async fn referenced_blobs(&self) -> Result<HashSet<String>> {
        let mut found = HashSet::new();
        let column = |rows: Vec<String>, found: &mut HashSet<String>| found.extend(rows);
        column(
            submissions::Entity::find()
                .select_only()
                .column(submissions::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        column(
            datasets::Entity::find()
                .select_only()
                .column(datasets::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        column(
            dataset_versions::Entity::find()
                .select_only()
                .column(dataset_versions::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        column(
            challenge_files::Entity::find()
                .select_only()
                .column(challenge_files::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        column(
            idea_files::Entity::find()
                .select_only()
                .column(idea_files::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        column(
            update_pictures::Entity::find()
                .select_only()
                .column(update_pictures::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        let photos: Vec<Option<String>> = data_reports::Entity::find()
            .select_only()
            .column(data_reports::Column::PhotoSha256)
            .into_tuple()
            .all(&self.db)
            .await?;
        found.extend(photos.into_iter().flatten());
        let pictures: Vec<Option<String>> = data_stories::Entity::find()
            .select_only()
            .column(data_stories::Column::PictureSha256)
            .into_tuple()
            .all(&self.db)
            .await?;
        found.extend(pictures.into_iter().flatten());
        column(
            paper_scans::Entity::find()
                .select_only()
                .column(paper_scans::Column::BlobSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        column(
            challenges::Entity::find()
                .select_only()
                .column(challenges::Column::BundleSha256)
                .into_tuple()
                .all(&self.db)
                .await?,
            &mut found,
        );
        let settings: Vec<(i32, String)> = tracks::Entity::find()
            .select_only()
            .column(tracks::Column::Id)
            .column(tracks::Column::SettingsJson)
            .into_tuple()
            .all(&self.db)
            .await?;
        for (id, json) in settings {
            // A track that cannot be read stops the sweep: never remove a
            // file when unsure whether something needs it.
            let settings: TrackSettings =
                serde_json::from_str(&json).map_err(|e| Error::Corrupt(format!("track {id} settings: {e}")))?;
            match settings {
                TrackSettings::Predictions { answers, .. } => {
                    found.insert(answers.sha256);
                }
                TrackSettings::Code { cases, .. } => {
                    for case in cases {
                        found.insert(case.input.sha256);
                        found.insert(case.answers.sha256);
                    }
                }
                TrackSettings::Ideas { .. } => {}
            }
        }
        Ok(found)
    }

    /// Removes the blobs that no row names and that nobody has stored for
    /// `grace` ([`SWEEP_GRACE`] in production).
    pub async fn sweep_blobs(&self, blobs: &dyn BlobStore, grace: Duration) -> Result<SweepReport> {
        let cutoff = SystemTime::now().checked_sub(grace).unwrap_or(SystemTime::UNIX_EPOCH);
        // Candidates first, rows second: a row written in between names a
        // blob that is then kept.
        let candidates = blobs.stale(cutoff).await?;
        let referenced = self.referenced_blobs().await?;
        let mut report = SweepReport { examined: candidates.len(), removed: 0 };
        for hash in candidates.iter().filter(|h| !referenced.contains(*h)) {
            if blobs.remove_stale(hash, cutoff).await? {
                report.removed += 1;
            }
        }
        Ok(report)
    }
}
