//! Versions of an idea's text once judges have scored it: an edit keeps the
//! text before it, each review records the version its judge scored, and a
//! judge can say their scores still stand for the newest version.

use chrono::Utc;
use plaza_core::{EventKind, IdeaFields, ReviewRecord, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{idea_versions, ideas, reviews};
use crate::error::{Error, Result};
use crate::judging::{Log, ReviewChange, log};

/// The version of an idea one judge's review scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewVersion {
    pub idea_id: i64,
    pub judge: UserId,
    pub idea_version: i64,
}

fn fields_of(row: &ideas::Model) -> Result<IdeaFields> {
    let corrupt = |what: &str| Error::Corrupt(format!("idea {}: {what}", row.id));
    Ok(IdeaFields {
        title: row.title.clone(),
        summary: row.summary.clone(),
        problem: row.problem.clone(),
        proposal: row.proposal.clone(),
        datasets: serde_json::from_str(&row.datasets_json).map_err(|_| corrupt("datasets"))?,
        beneficiaries: row.beneficiaries.clone(),
        team_contact: row.team_contact.clone(),
        answers: serde_json::from_str(&row.answers_json).map_err(|_| corrupt("answers"))?,
    })
}

/// Called by the idea's update, in its transaction, before the row is
/// written: when the idea has a review and what judges read changes, keeps
/// the current text as a version. Returns the version the idea has after
/// the update.
pub(crate) async fn keep_version(db: &impl ConnectionTrait, row: ideas::Model, new: &IdeaFields) -> Result<i32> {
    let reviewed = reviews::Entity::find().filter(reviews::Column::IdeaId.eq(row.id)).count(db).await? > 0;
    let old = fields_of(&row)?;
    if !reviewed || old.same_for_judges(new) {
        return Ok(row.version);
    }
    idea_versions::ActiveModel {
        idea_id: Set(row.id),
        version: Set(row.version),
        fields_json: Set(serde_json::to_string(&old).map_err(|e| Error::encode("idea version", e))?),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.version + 1)
}

/// Records the idea version a judge's review is of: `version`, or the
/// idea's current version when `None` (never above the current one).
pub(crate) async fn stamp_review(
    db: &impl ConnectionTrait,
    idea_id: i64,
    judge: UserId,
    version: Option<i64>,
) -> Result<()> {
    // Locked like the idea's update, so a score and an edit take turns.
    let current =
        ideas::Entity::find_by_id(id32(idea_id)?).lock_exclusive().one(db).await?.map_or(1, |row| row.version);
    let version = version.map_or(current, |v| i32::try_from(v).unwrap_or(current).clamp(1, current));
    reviews::Entity::update_many()
        .col_expr(reviews::Column::IdeaVersion, Expr::value(version))
        .filter(reviews::Column::IdeaId.eq(id32(idea_id)?))
        .filter(reviews::Column::JudgeId.eq(id32(judge.0)?))
        .exec(db)
        .await?;
    Ok(())
}

impl Store {
    /// Saves a judge's review of the version of the idea they read (the
    /// form carries it: the idea may have changed while they scored).
    /// When it is the last review outstanding on the track, for the first
    /// time since judging opened, `complete` (the organizers' notices that
    /// judging is complete) is queued in the same transaction.
    pub async fn save_review_of_version(
        &self,
        challenge_id: i64,
        track_id: i64,
        review: &ReviewRecord,
        version: i64,
        complete: Option<&crate::OrganizerNotices>,
    ) -> Result<ReviewChange> {
        let txn = self.write_txn().await?;
        let change = crate::judging::write_review(
            &txn,
            challenge_id,
            track_id,
            review.idea_id,
            review.judge,
            Some(review),
            false,
        )
        .await?;
        stamp_review(&txn, review.idea_id, review.judge, Some(version)).await?;
        if let Some(notices) = complete
            && crate::judging::completed_now(&txn, track_id).await?.is_some()
        {
            crate::organizer_notices::queue(&txn, notices).await?;
        }
        txn.commit().await?;
        Ok(change)
    }

    /// A judge says their scores still stand for the idea as it is now: the
    /// review becomes one of the current version, with a line in the audit
    /// log. Returns false when there is no review older than the idea.
    pub async fn confirm_review_version(
        &self,
        challenge_id: i64,
        track_id: i64,
        idea_id: i64,
        judge: UserId,
    ) -> Result<bool> {
        let txn = self.write_txn().await?;
        let Some(idea) = ideas::Entity::find_by_id(id32(idea_id)?).lock_exclusive().one(&txn).await? else {
            txn.rollback().await?;
            return Ok(false);
        };
        let updated = reviews::Entity::update_many()
            .col_expr(reviews::Column::IdeaVersion, Expr::value(idea.version))
            .filter(reviews::Column::IdeaId.eq(idea.id))
            .filter(reviews::Column::JudgeId.eq(id32(judge.0)?))
            .filter(reviews::Column::IdeaVersion.lt(idea.version))
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        // The audit log keeps its words for every organizer: in the site's language.
        let note = plaza_i18n::tr_in(
            plaza_i18n::default_language(),
            "store-idea-versions-scores-stand",
            &[("version", idea.version.into())],
        );
        let line = Log {
            challenge_id,
            track_id,
            actor: Some(judge),
            kind: EventKind::ConfirmScores,
            idea_id: Some(idea_id),
            judge: Some(judge),
            review: None,
            note: &note,
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// The version of the idea a judge's review is of, if they reviewed it.
    pub async fn review_version(&self, idea_id: i64, judge: UserId) -> Result<Option<i64>> {
        Ok(reviews::Entity::find()
            .filter(reviews::Column::IdeaId.eq(id32(idea_id)?))
            .filter(reviews::Column::JudgeId.eq(id32(judge.0)?))
            .one(&self.db)
            .await?
            .map(|row| i64::from(row.idea_version)))
    }

    /// The version each review of the given ideas is of.
    pub async fn review_versions(&self, idea_ids: &[i64]) -> Result<Vec<ReviewVersion>> {
        let ids = idea_ids.iter().map(|id| id32(*id)).collect::<Result<Vec<_>>>()?;
        let mut out = Vec::new();
        // A bounded number of ids per query, whatever the track's size.
        for chunk in ids.chunks(500) {
            let rows =
                reviews::Entity::find().filter(reviews::Column::IdeaId.is_in(chunk.to_vec())).all(&self.db).await?;
            out.extend(rows.into_iter().map(|row| ReviewVersion {
                idea_id: i64::from(row.idea_id),
                judge: UserId(i64::from(row.judge_id)),
                idea_version: i64::from(row.idea_version),
            }));
        }
        Ok(out)
    }

    /// An idea's text as it was at an earlier version; `None` when that
    /// version was never kept (the current one is the idea itself).
    pub async fn idea_version_fields(&self, idea_id: i64, version: i64) -> Result<Option<IdeaFields>> {
        let Ok(version) = i32::try_from(version) else { return Ok(None) };
        idea_versions::Entity::find()
            .filter(idea_versions::Column::IdeaId.eq(id32(idea_id)?))
            .filter(idea_versions::Column::Version.eq(version))
            .one(&self.db)
            .await?
            .map(|row| {
                serde_json::from_str(&row.fields_json).map_err(|_| Error::Corrupt(format!("idea version {}", row.id)))
            })
            .transpose()
    }

    /// How many versions an idea has kept (0 until it changed after a review).
    pub async fn idea_version_count(&self, idea_id: i64) -> Result<u64> {
        Ok(idea_versions::Entity::find()
            .filter(idea_versions::Column::IdeaId.eq(id32(idea_id)?))
            .count(&self.db)
            .await?)
    }
}
