//! What organizers check before and after judging: their decisions on names
//! that look alike (conflict or not), a judge's declaration as an organizer
//! changed it, and feedback held back from entrants. Every change writes a
//! line of the judging audit log in the same transaction.

use std::collections::HashMap;

use chrono::Utc;
use plaza_core::{Affiliations, ConflictDecision, EventKind, FeedbackHold, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{conflict_decisions, feedback_holds, ideas, judge_declarations};
use crate::error::{Error, Result};
use crate::judging::{Log, log};

/// An organizer's answer on one pair of names that look alike.
pub struct NewConflictDecision<'a> {
    pub challenge_id: i64,
    /// The track of the idea, whose audit log records the decision.
    pub track_id: i64,
    pub judge: UserId,
    pub idea_id: i64,
    pub judge_text: &'a str,
    pub idea_text: &'a str,
    pub conflict: bool,
    pub actor: UserId,
}

impl Store {
    /// Every judge's declared ties in a challenge, by judge: one query (the
    /// panel checks each judge against each idea). A judge who has not
    /// declared is absent.
    pub async fn declarations(&self, challenge_id: i64) -> Result<HashMap<UserId, Affiliations>> {
        judge_declarations::Entity::find()
            .filter(judge_declarations::Column::ChallengeId.eq(id32(challenge_id)?))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                let declared = serde_json::from_str(&row.declared_json)
                    .map_err(|_| Error::Corrupt(format!("declaration {}", row.id)))?;
                Ok((UserId(i64::from(row.user_id)), declared))
            })
            .collect()
    }

    /// Organizers' decisions on names that look alike, in a challenge.
    pub async fn conflict_decisions(&self, challenge_id: i64) -> Result<Vec<ConflictDecision>> {
        Ok(conflict_decisions::Entity::find()
            .filter(conflict_decisions::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(conflict_decisions::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| ConflictDecision {
                judge: UserId(i64::from(row.judge_id)),
                idea_id: i64::from(row.idea_id),
                judge_text: row.judge_text,
                idea_text: row.idea_text,
                conflict: row.conflict,
                decided_by: row.decided_by.map(|u| UserId(i64::from(u))),
                created_at: row.created_at,
            })
            .collect())
    }

    /// Records (or replaces) a decision on a pair of names that look alike.
    pub async fn decide_conflict(&self, decision: NewConflictDecision<'_>) -> Result<()> {
        let txn = self.write_txn().await?;
        conflict_decisions::Entity::delete_many()
            .filter(conflict_decisions::Column::JudgeId.eq(id32(decision.judge.0)?))
            .filter(conflict_decisions::Column::IdeaId.eq(id32(decision.idea_id)?))
            .filter(conflict_decisions::Column::JudgeText.eq(decision.judge_text))
            .filter(conflict_decisions::Column::IdeaText.eq(decision.idea_text))
            .exec(&txn)
            .await?;
        conflict_decisions::ActiveModel {
            challenge_id: Set(id32(decision.challenge_id)?),
            judge_id: Set(id32(decision.judge.0)?),
            idea_id: Set(id32(decision.idea_id)?),
            judge_text: Set(decision.judge_text.to_owned()),
            idea_text: Set(decision.idea_text.to_owned()),
            conflict: Set(decision.conflict),
            decided_by: Set(Some(id32(decision.actor.0)?)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        // The audit log keeps its words for every organizer: in the site's language.
        let note = plaza_i18n::tr_in(
            plaza_i18n::default_language(),
            "store-judging-checks-decided",
            &[("declared", decision.judge_text.into()), ("idea", decision.idea_text.into())],
        );
        let line = Log {
            challenge_id: decision.challenge_id,
            track_id: decision.track_id,
            actor: Some(decision.actor),
            kind: if decision.conflict { EventKind::ConfirmConflict } else { EventKind::DismissConflict },
            idea_id: Some(decision.idea_id),
            judge: Some(decision.judge),
            review: None,
            note: &note,
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(())
    }

    /// An organizer replaces a judge's declared ties; the change is written
    /// to the audit log of each of `track_ids` (the challenge's ideas tracks).
    pub async fn declare_conflicts_for(
        &self,
        challenge_id: i64,
        judge: UserId,
        declared: &Affiliations,
        track_ids: &[i64],
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        judge_declarations::Entity::delete_many()
            .filter(judge_declarations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(judge_declarations::Column::UserId.eq(id32(judge.0)?))
            .exec(&txn)
            .await?;
        judge_declarations::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            user_id: Set(id32(judge.0)?),
            declared_json: Set(serde_json::to_string(declared).map_err(|e| Error::encode("declaration", e))?),
            declared_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        // The audit log keeps its words for every organizer: in the site's language.
        let lang = plaza_i18n::default_language();
        let list = |names: &[String]| {
            if names.is_empty() { plaza_i18n::tr_in(lang, "store-judging-checks-none", &[]) } else { names.join("; ") }
        };
        let note = plaza_i18n::tr_in(
            lang,
            "store-judging-checks-declaration-changed",
            &[
                ("organizations", list(&declared.organizations).into()),
                ("people", list(&declared.people).into()),
                ("neighbourhoods", list(&declared.neighbourhoods).into()),
            ],
        );
        for track_id in track_ids {
            let line = Log {
                challenge_id,
                track_id: *track_id,
                actor: Some(actor),
                kind: EventKind::Declare,
                idea_id: None,
                judge: Some(judge),
                review: None,
                note: &note,
            };
            log(&txn, line).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Feedback held back from the entrants of a track's ideas.
    pub async fn feedback_holds(&self, track_id: i64) -> Result<Vec<FeedbackHold>> {
        let ideas: Vec<i32> = ideas::Entity::find()
            .filter(ideas::Column::TrackId.eq(id32(track_id)?))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|i| i.id)
            .collect();
        Ok(feedback_holds::Entity::find()
            .filter(feedback_holds::Column::IdeaId.is_in(ideas))
            .order_by_asc(feedback_holds::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| FeedbackHold {
                idea_id: i64::from(row.idea_id),
                judge: UserId(i64::from(row.judge_id)),
                reason: row.reason,
                held_by: row.held_by.map(|u| UserId(i64::from(u))),
                created_at: row.created_at,
            })
            .collect())
    }

    /// Holds back a judge's feedback on an idea, with the reason; `false`
    /// (and nothing written) when it is held back already.
    pub async fn hold_feedback(
        &self,
        challenge_id: i64,
        track_id: i64,
        idea_id: i64,
        judge: UserId,
        reason: &str,
        actor: UserId,
    ) -> Result<bool> {
        let txn = self.write_txn().await?;
        let existing = feedback_holds::Entity::find()
            .filter(feedback_holds::Column::IdeaId.eq(id32(idea_id)?))
            .filter(feedback_holds::Column::JudgeId.eq(id32(judge.0)?))
            .one(&txn)
            .await?;
        if existing.is_some() {
            txn.rollback().await?;
            return Ok(false);
        }
        feedback_holds::ActiveModel {
            idea_id: Set(id32(idea_id)?),
            judge_id: Set(id32(judge.0)?),
            reason: Set(reason.to_owned()),
            held_by: Set(Some(id32(actor.0)?)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let line = Log {
            challenge_id,
            track_id,
            actor: Some(actor),
            kind: EventKind::Hold,
            idea_id: Some(idea_id),
            judge: Some(judge),
            review: None,
            note: reason,
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Lets held-back feedback go to the entrant after all; `false` when it
    /// was not held back.
    pub async fn release_feedback(
        &self,
        challenge_id: i64,
        track_id: i64,
        idea_id: i64,
        judge: UserId,
        actor: UserId,
    ) -> Result<bool> {
        let txn = self.write_txn().await?;
        let Some(hold) = feedback_holds::Entity::find()
            .filter(feedback_holds::Column::IdeaId.eq(id32(idea_id)?))
            .filter(feedback_holds::Column::JudgeId.eq(id32(judge.0)?))
            .one(&txn)
            .await?
        else {
            txn.rollback().await?;
            return Ok(false);
        };
        feedback_holds::Entity::delete_by_id(hold.id).exec(&txn).await?;
        // The audit log keeps its words for every organizer: in the site's language.
        let note = plaza_i18n::tr_in(
            plaza_i18n::default_language(),
            "store-judging-checks-released",
            &[("reason", hold.reason.as_str().into())],
        );
        let line = Log {
            challenge_id,
            track_id,
            actor: Some(actor),
            kind: EventKind::Release,
            idea_id: Some(idea_id),
            judge: Some(judge),
            review: None,
            note: &note,
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(true)
    }
}
