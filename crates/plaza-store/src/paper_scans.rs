//! The photo or scan of the paper form an idea was entered from: for
//! organizers only, in its own table so that nothing that lists an idea's
//! files (for judges, entrants or exports) can ever include it.

use chrono::{DateTime, Utc};
use plaza_core::{BlobRef, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::paper_scans;
use crate::error::Result;

/// A stored scan of a paper form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperScan {
    pub file_name: String,
    pub content_type: String,
    pub blob: BlobRef,
    pub uploaded_at: DateTime<Utc>,
}

impl Store {
    pub async fn paper_scan(&self, idea_id: i64) -> Result<Option<PaperScan>> {
        Ok(paper_scans::Entity::find().filter(paper_scans::Column::IdeaId.eq(id32(idea_id)?)).one(&self.db).await?.map(
            |row| PaperScan {
                file_name: row.file_name,
                content_type: row.content_type,
                blob: BlobRef { sha256: row.blob_sha256, size: row.size_bytes.max(0) as u64 },
                uploaded_at: row.created_at,
            },
        ))
    }

    /// The ideas (of `idea_ids`) that have a scan.
    pub async fn ideas_with_paper_scans(&self, idea_ids: &[i64]) -> Result<std::collections::HashSet<i64>> {
        let ids = idea_ids.iter().map(|id| id32(*id)).collect::<Result<Vec<_>>>()?;
        Ok(paper_scans::Entity::find()
            .filter(paper_scans::Column::IdeaId.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| i64::from(row.idea_id))
            .collect())
    }

    /// Keeps `blob` as the idea's scan, replacing an earlier one.
    pub async fn set_paper_scan(
        &self,
        idea_id: i64,
        file_name: &str,
        content_type: &str,
        blob: &BlobRef,
        by: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        paper_scans::Entity::delete_many().filter(paper_scans::Column::IdeaId.eq(id32(idea_id)?)).exec(&txn).await?;
        paper_scans::ActiveModel {
            idea_id: Set(id32(idea_id)?),
            file_name: Set(file_name.to_owned()),
            content_type: Set(content_type.to_owned()),
            blob_sha256: Set(blob.sha256.clone()),
            size_bytes: Set(blob.size as i64),
            uploaded_by: Set(id32(by.0)?),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }
}
