//! A challenge's questions and answers (`challenge_questions`). The rules
//! are `plaza_core::qa`'s; an answer and the emails telling of it are saved
//! together or not at all.

use chrono::Utc;
use plaza_core::qa::{Question, QuestionStatus};
use plaza_core::{OutgoingEmail, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::challenge_questions;
use crate::error::{Error, Result};
use crate::outbox::enqueue;

fn question_from_row(row: challenge_questions::Model) -> Result<Question> {
    Ok(Question {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        asker: UserId(i64::from(row.asker_id)),
        body: row.body,
        status: QuestionStatus::parse(&row.status)
            .ok_or_else(|| Error::Corrupt(format!("question {}: status {}", row.id, row.status)))?,
        decline_reason: row.decline_reason,
        answer: row.answer,
        answered_at: row.answered_at,
        pinned: row.pinned,
        created_at: row.created_at,
    })
}

fn rows(found: Vec<challenge_questions::Model>) -> Result<Vec<Question>> {
    found.into_iter().map(question_from_row).collect()
}

/// What an organizer does with a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moderation {
    Publish,
    /// Not published; the asker reads the reason.
    Decline {
        reason: String,
    },
    /// Published with this answer (an answer may be changed).
    Answer {
        answer: String,
    },
    Pin(bool),
}

impl Store {
    /// `asker` asks a question (already checked); it waits for the organizers.
    pub async fn ask_question(&self, challenge_id: i64, asker: UserId, body: &str) -> Result<Question> {
        let row = challenge_questions::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            asker_id: Set(id32(asker.0)?),
            body: Set(body.to_owned()),
            status: Set(QuestionStatus::Pending.name().to_owned()),
            decline_reason: Set(String::new()),
            answer: Set(String::new()),
            answered_by: Set(None),
            answered_at: Set(None),
            pinned: Set(false),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        question_from_row(row)
    }

    /// Every question of a challenge, newest first (for its organizers).
    pub async fn challenge_questions(&self, challenge_id: i64) -> Result<Vec<Question>> {
        challenge_questions::Entity::find()
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_desc(challenge_questions::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(rows)
    }

    /// The published questions: pinned first, then newest first.
    pub async fn published_questions(&self, challenge_id: i64) -> Result<Vec<Question>> {
        challenge_questions::Entity::find()
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(challenge_questions::Column::Status.eq(QuestionStatus::Published.name()))
            .order_by_desc(challenge_questions::Column::Pinned)
            .order_by_desc(challenge_questions::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(rows)
    }

    /// The questions `asker` asked of a challenge, newest first.
    pub async fn questions_asked_by(&self, challenge_id: i64, asker: UserId) -> Result<Vec<Question>> {
        challenge_questions::Entity::find()
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(challenge_questions::Column::AskerId.eq(id32(asker.0)?))
            .order_by_desc(challenge_questions::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(rows)
    }

    /// Questions waiting for the organizers: not yet read, or published
    /// without an answer.
    pub async fn questions_waiting(&self, challenge_id: i64) -> Result<u64> {
        let pending = challenge_questions::Entity::find()
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(challenge_questions::Column::Status.eq(QuestionStatus::Pending.name()))
            .count(&self.db)
            .await?;
        let unanswered = challenge_questions::Entity::find()
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(challenge_questions::Column::Status.eq(QuestionStatus::Published.name()))
            .filter(challenge_questions::Column::Answer.eq(""))
            .count(&self.db)
            .await?;
        Ok(pending + unanswered)
    }

    /// One question of a challenge, if it is one of its.
    pub async fn challenge_question(&self, challenge_id: i64, id: i64) -> Result<Option<Question>> {
        let Ok(id) = id32(id) else { return Ok(None) };
        challenge_questions::Entity::find_by_id(id)
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&self.db)
            .await?
            .map(question_from_row)
            .transpose()
    }

    /// Applies an organizer's `moderation` to question `id` of the
    /// challenge, with `emails` (telling of an answer) queued in the same
    /// transaction. A question of another challenge is "not found".
    pub async fn moderate_question(
        &self,
        challenge_id: i64,
        id: i64,
        moderation: &Moderation,
        by: UserId,
        emails: &[OutgoingEmail],
    ) -> Result<Question> {
        let txn = self.write_txn().await?;
        let row = challenge_questions::Entity::find_by_id(id32(id)?)
            .filter(challenge_questions::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("qa-no-such-question")))?;
        let mut active: challenge_questions::ActiveModel = row.into();
        match moderation {
            Moderation::Publish => {
                active.status = Set(QuestionStatus::Published.name().to_owned());
                active.decline_reason = Set(String::new());
            }
            Moderation::Decline { reason } => {
                active.status = Set(QuestionStatus::Declined.name().to_owned());
                active.decline_reason = Set(reason.clone());
                active.pinned = Set(false);
            }
            Moderation::Answer { answer } => {
                active.status = Set(QuestionStatus::Published.name().to_owned());
                active.decline_reason = Set(String::new());
                active.answer = Set(answer.clone());
                active.answered_by = Set(Some(id32(by.0)?));
                active.answered_at = Set(Some(Utc::now()));
            }
            Moderation::Pin(pinned) => {
                if *pinned && active.status.as_ref() != QuestionStatus::Published.name() {
                    return Err(Error::conflict(plaza_i18n::tr("qa-pin-unpublished")));
                }
                active.pinned = Set(*pinned);
            }
        }
        let saved = active.update(&txn).await?;
        for email in emails {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        question_from_row(saved)
    }
}
