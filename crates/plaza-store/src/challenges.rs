//! The challenge aggregate: a challenge, its datasets, tracks and files.

use plaza_core::{BlobRef, Challenge, Column, Dataset, Slug, Timeline, Track, TrackSettings, Zone};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::Store;
use crate::entity::{challenge_files, challenges, datasets, tracks};
use crate::error::{Error, Result};

/// A file of a challenge's bundle as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeFile {
    pub path: String,
    pub blob: BlobRef,
    pub hidden: bool,
}

impl Store {
    /// Every challenge, soonest closing first.
    pub async fn list_challenges(&self) -> Result<Vec<Challenge>> {
        challenges::Entity::find()
            .order_by_asc(challenges::Column::ClosesAt)
            .order_by_asc(challenges::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(challenge_from_row)
            .collect()
    }

    pub async fn count_challenges(&self) -> Result<u64> {
        Ok(challenges::Entity::find().count(&self.db).await?)
    }

    pub async fn challenge_by_slug(&self, slug: &str) -> Result<Option<Challenge>> {
        challenges::Entity::find()
            .filter(challenges::Column::Slug.eq(slug))
            .one(&self.db)
            .await?
            .map(challenge_from_row)
            .transpose()
    }

    pub async fn challenge_by_id(&self, id: i64) -> Result<Option<Challenge>> {
        let Ok(id) = id32(id) else { return Ok(None) };
        challenges::Entity::find_by_id(id).one(&self.db).await?.map(challenge_from_row).transpose()
    }

    /// A challenge's public datasets, in bundle order.
    pub async fn datasets(&self, challenge_id: i64) -> Result<Vec<Dataset>> {
        datasets::Entity::find()
            .filter(datasets::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(datasets::Column::Position)
            .all(&self.db)
            .await?
            .into_iter()
            .map(dataset_from_row)
            .collect()
    }

    pub async fn dataset(&self, challenge_id: i64, slug: &str) -> Result<Option<Dataset>> {
        datasets::Entity::find()
            .filter(datasets::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(datasets::Column::Slug.eq(slug))
            .one(&self.db)
            .await?
            .map(dataset_from_row)
            .transpose()
    }

    /// A challenge's tracks, in bundle order.
    pub async fn tracks(&self, challenge_id: i64) -> Result<Vec<Track>> {
        tracks::Entity::find()
            .filter(tracks::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(tracks::Column::Position)
            .all(&self.db)
            .await?
            .into_iter()
            .map(track_from_row)
            .collect()
    }

    /// Every file of a challenge's bundle, hidden ones included. Only for
    /// organizers, workers and tests: never hand this to a public page.
    pub async fn challenge_files(&self, challenge_id: i64) -> Result<Vec<ChallengeFile>> {
        Ok(challenge_files::Entity::find()
            .filter(challenge_files::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(challenge_files::Column::Path)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| ChallengeFile {
                path: row.path,
                blob: BlobRef { sha256: row.blob_sha256, size: row.size_bytes.max(0) as u64 },
                hidden: row.hidden,
            })
            .collect())
    }

    /// The SHA-256 of the bundle a challenge was last imported from.
    pub async fn challenge_bundle_sha256(&self, challenge_id: i64) -> Result<Option<String>> {
        Ok(challenges::Entity::find_by_id(id32(challenge_id)?).one(&self.db).await?.map(|row| row.bundle_sha256))
    }
}

pub(crate) fn id32(id: i64) -> Result<i32> {
    // As text: a number that large would lose digits as a message number.
    i32::try_from(id).map_err(|_| {
        Error::not_found(plaza_i18n::tr_with("store-challenges-id-out-of-range", &[("id", id.to_string().into())]))
    })
}

pub(crate) fn challenge_from_row(row: challenges::Model) -> Result<Challenge> {
    Ok(Challenge {
        id: i64::from(row.id),
        slug: Slug::parse(&row.slug).map_err(|e| Error::Corrupt(e.to_string()))?,
        title: row.title,
        summary: row.summary,
        description_md: row.description_md,
        host: row.host,
        timeline: Timeline {
            opens_at: row.opens_at,
            closes_at: row.closes_at,
            results_published_at: row.results_published_at,
            zone: Zone::parse(&row.time_zone).map_err(Error::Corrupt)?,
            viewer: None,
        },
        max_team_size: row.max_team_size.max(1) as u32,
        contact: row.contact,
        published_at: row.published_at,
    })
}

pub(crate) fn dataset_from_row(row: datasets::Model) -> Result<Dataset> {
    let columns: Vec<Column> = serde_json::from_str(&row.columns_json)
        .map_err(|e| Error::Corrupt(format!("dataset {} columns: {e}", row.id)))?;
    Ok(Dataset {
        id: i64::from(row.id),
        slug: Slug::parse(&row.slug).map_err(|e| Error::Corrupt(e.to_string()))?,
        title: row.title,
        file_name: row.file_name,
        license: row.license,
        source: row.source,
        description: row.description,
        caveats: row.caveats,
        columns,
        blob: BlobRef { sha256: row.blob_sha256, size: row.size_bytes.max(0) as u64 },
        row_count: row.row_count.max(0) as u64,
    })
}

pub(crate) fn track_from_row(row: tracks::Model) -> Result<Track> {
    let settings: TrackSettings = serde_json::from_str(&row.settings_json)
        .map_err(|e| Error::Corrupt(format!("track {} settings: {e}", row.id)))?;
    Ok(Track {
        id: i64::from(row.id),
        slug: Slug::parse(&row.slug).map_err(|e| Error::Corrupt(e.to_string()))?,
        title: row.title,
        description: row.description,
        settings,
    })
}
