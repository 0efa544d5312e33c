//! The email outbox: every message is a row written in the same transaction
//! as the event that causes it, then sent by a background task that retries
//! with backoff. A crash between the two loses no mail; a message claimed by
//! a process that died is claimed again once its lease runs out.

use chrono::{DateTime, Duration, Utc};
use plaza_core::{Email, OutgoingEmail};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::Store;
use crate::entity::outbox;
use crate::error::{Error, Result};

/// Attempts before a message is given up as failed.
pub const MAX_ATTEMPTS: i32 = 8;
/// How long a sender may hold a message before another may take it.
const LEASE: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxStatus {
    Pending,
    Sending,
    Sent,
    Failed,
}

impl OutboxStatus {
    fn name(self) -> &'static str {
        match self {
            OutboxStatus::Pending => "pending",
            OutboxStatus::Sending => "sending",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
        }
    }

    fn parse(value: &str) -> Self {
        match value {
            "sending" => OutboxStatus::Sending,
            "sent" => OutboxStatus::Sent,
            "failed" => OutboxStatus::Failed,
            _ => OutboxStatus::Pending,
        }
    }
}

/// A message taken from the outbox for sending.
#[derive(Debug, Clone)]
pub struct OutboxMessage {
    pub id: i64,
    pub email: OutgoingEmail,
    pub attempts: i32,
    pub status: OutboxStatus,
    pub created_at: DateTime<Utc>,
    pub last_error: String,
}

/// Writes a message to the outbox on `db` (a transaction, usually).
pub(crate) async fn enqueue(db: &impl ConnectionTrait, email: &OutgoingEmail) -> Result<i64> {
    let now = Utc::now();
    let row = outbox::ActiveModel {
        to_email: Set(email.to.as_str().to_owned()),
        subject: Set(email.subject.clone()),
        body_text: Set(email.text.clone()),
        body_html: Set(email.html.clone()),
        list_unsubscribe: Set(email.list_unsubscribe.clone().unwrap_or_default()),
        status: Set(OutboxStatus::Pending.name().to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(String::new()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(i64::from(row.id))
}

fn message_from_row(row: outbox::Model) -> Result<OutboxMessage> {
    Ok(OutboxMessage {
        id: i64::from(row.id),
        email: OutgoingEmail {
            to: Email::parse(&row.to_email).map_err(|e| Error::Corrupt(e.to_string()))?,
            subject: row.subject,
            text: row.body_text,
            html: row.body_html,
            list_unsubscribe: (!row.list_unsubscribe.is_empty()).then_some(row.list_unsubscribe),
        },
        attempts: row.attempts,
        status: OutboxStatus::parse(&row.status),
        created_at: row.created_at,
        last_error: row.last_error,
    })
}

impl Store {
    /// Queues one message on its own (for events with nothing else to write).
    pub async fn enqueue_email(&self, email: &OutgoingEmail) -> Result<i64> {
        enqueue(&self.db, email).await
    }

    /// Claims up to `limit` messages that are due, or whose sender's lease ran out.
    pub async fn claim_due_emails(&self, limit: u64) -> Result<Vec<OutboxMessage>> {
        let now = Utc::now();
        let candidates = outbox::Entity::find()
            .filter(
                Condition::any()
                    .add(outbox::Column::Status.eq(OutboxStatus::Pending.name()))
                    .add(outbox::Column::Status.eq(OutboxStatus::Sending.name())),
            )
            .filter(outbox::Column::NextAttemptAt.lte(now))
            .order_by_asc(outbox::Column::NextAttemptAt)
            .limit(limit)
            .all(&self.db)
            .await?;
        let mut claimed = Vec::new();
        for row in candidates {
            // The claim succeeds only if nobody changed the row since we read it.
            let result = outbox::Entity::update_many()
                .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sending.name()))
                .col_expr(outbox::Column::NextAttemptAt, Expr::value(now + Duration::minutes(LEASE)))
                .col_expr(outbox::Column::Attempts, Expr::value(row.attempts + 1))
                .filter(outbox::Column::Id.eq(row.id))
                .filter(outbox::Column::Attempts.eq(row.attempts))
                .filter(outbox::Column::NextAttemptAt.eq(row.next_attempt_at))
                .exec(&self.db)
                .await?;
            if result.rows_affected == 1 {
                let mut message = message_from_row(row)?;
                message.attempts += 1;
                message.status = OutboxStatus::Sending;
                claimed.push(message);
            }
        }
        Ok(claimed)
    }

    pub async fn mark_email_sent(&self, id: i64) -> Result<()> {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sent.name()))
            .col_expr(outbox::Column::SentAt, Expr::value(Utc::now()))
            .filter(outbox::Column::Id.eq(crate::challenges::id32(id)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Records a failed attempt: retried later with exponential backoff, or
    /// given up after [`MAX_ATTEMPTS`].
    pub async fn mark_email_failed(&self, id: i64, attempts: i32, error: &str) -> Result<()> {
        let (status, next) = if attempts >= MAX_ATTEMPTS {
            (OutboxStatus::Failed, Utc::now())
        } else {
            let wait = Duration::seconds(15 * 2i64.pow(attempts.clamp(0, 16) as u32));
            (OutboxStatus::Pending, Utc::now() + wait)
        };
        let error: String = error.chars().take(2000).collect();
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(status.name()))
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(next))
            .col_expr(outbox::Column::LastError, Expr::value(error))
            .filter(outbox::Column::Id.eq(crate::challenges::id32(id)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Emails not sent yet (the metrics' outbox backlog).
    pub async fn unsent_email_count(&self) -> Result<u64> {
        use sea_orm::PaginatorTrait;
        let unsent = [OutboxStatus::Pending.name(), OutboxStatus::Sending.name()];
        Ok(outbox::Entity::find().filter(outbox::Column::Status.is_in(unsent)).count(&self.db).await?)
    }

    /// Every message, newest first (for tests).
    pub async fn list_emails(&self) -> Result<Vec<OutboxMessage>> {
        outbox::Entity::find()
            .order_by_desc(outbox::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(message_from_row)
            .collect()
    }
}
