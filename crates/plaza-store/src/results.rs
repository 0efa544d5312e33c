//! Winner decisions of ideas tracks and publishing a challenge's results,
//! each written to the judging audit log in the same transaction.

use chrono::Utc;
use plaza_core::{Decision, EventKind, OutgoingEmail, Place, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenges, decisions};
use crate::error::{Error, Result};
use crate::judging::{Log, log};
use crate::outbox::enqueue;

impl Store {
    /// Marks an entry as a winner or runner-up, with the reason published beside it.
    pub async fn decide(
        &self,
        challenge_id: i64,
        track_id: i64,
        idea_id: i64,
        place: Place,
        reason: &str,
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        decisions::Entity::delete_many()
            .filter(decisions::Column::TrackId.eq(id32(track_id)?))
            .filter(decisions::Column::IdeaId.eq(id32(idea_id)?))
            .exec(&txn)
            .await?;
        decisions::ActiveModel {
            track_id: Set(id32(track_id)?),
            idea_id: Set(id32(idea_id)?),
            place: Set(place.name().to_owned()),
            reason: Set(reason.to_owned()),
            decided_by: Set(Some(id32(actor.0)?)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let note = format!("{}: {reason}", place.name());
        let line = Log {
            challenge_id,
            track_id,
            actor: Some(actor),
            kind: EventKind::Decide,
            idea_id: Some(idea_id),
            judge: None,
            review: None,
            note: &note,
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn undecide(&self, challenge_id: i64, track_id: i64, idea_id: i64, actor: UserId) -> Result<bool> {
        let txn = self.write_txn().await?;
        let deleted = decisions::Entity::delete_many()
            .filter(decisions::Column::TrackId.eq(id32(track_id)?))
            .filter(decisions::Column::IdeaId.eq(id32(idea_id)?))
            .exec(&txn)
            .await?;
        if deleted.rows_affected == 1 {
            let line = Log {
                challenge_id,
                track_id,
                actor: Some(actor),
                kind: EventKind::Undecide,
                idea_id: Some(idea_id),
                judge: None,
                review: None,
                note: "",
            };
            log(&txn, line).await?;
        }
        txn.commit().await?;
        Ok(deleted.rows_affected == 1)
    }

    /// Winners and runners-up of a track, winners first.
    pub async fn decisions(&self, track_id: i64) -> Result<Vec<Decision>> {
        let mut out: Vec<Decision> = decisions::Entity::find()
            .filter(decisions::Column::TrackId.eq(id32(track_id)?))
            .order_by_asc(decisions::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                Ok(Decision {
                    idea_id: i64::from(row.idea_id),
                    place: Place::parse(&row.place).ok_or_else(|| Error::Corrupt(format!("decision {}", row.id)))?,
                    reason: row.reason,
                    decided_by: row.decided_by.map(|u| UserId(i64::from(u))),
                    created_at: row.created_at,
                })
            })
            .collect::<Result<_>>()?;
        out.sort_by_key(|d| d.place != Place::Winner);
        Ok(out)
    }

    /// Publishes a challenge's results (the private leaderboards and the
    /// winners page) and queues `emails`, all in one transaction. Returns
    /// false, sending nothing, when they were already published.
    pub async fn publish_results(
        &self,
        challenge_id: i64,
        ideas_tracks: &[i64],
        emails: &[OutgoingEmail],
        actor: UserId,
    ) -> Result<bool> {
        let txn = self.write_txn().await?;
        let updated = challenges::Entity::update_many()
            .col_expr(challenges::Column::ResultsPublishedAt, Expr::value(Utc::now()))
            .filter(challenges::Column::Id.eq(id32(challenge_id)?))
            .filter(challenges::Column::ResultsPublishedAt.is_null())
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        for track_id in ideas_tracks {
            let line = Log {
                challenge_id,
                track_id: *track_id,
                actor: Some(actor),
                kind: EventKind::Publish,
                idea_id: None,
                judge: None,
                review: None,
                note: "",
            };
            log(&txn, line).await?;
        }
        for email in emails {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        Ok(true)
    }
}
