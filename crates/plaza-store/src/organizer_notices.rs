//! Organizer notifications: who hears of what happened in a challenge they
//! organize, and how. The web and scoring layers render the emails (the
//! store knows no templates) through [`Store::plan_notices`]; the store
//! function that records the event then queues them with [`queue`] in the
//! same transaction, so a notice is sent exactly when its event is written.
//! Organizers who chose the daily digest get a line in
//! `organizer_digest_items` instead, sent once a day by
//! [`Store::due_digests`] and [`Store::send_digest`].

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use plaza_core::{ChallengeRole, NoticeKind, NoticePrefs, OutgoingEmail, User, UserId};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{organizer_digest_items, organizer_notice_prefs, users};
use crate::error::Result;

/// Most digest lines in one email; a busier day sends the rest the next run.
pub const DIGEST_MAX_LINES: u64 = 500;

/// What a store write queues for organizers when its event happens:
/// rendered single emails and lines for the daily digest.
#[derive(Debug, Clone, Default)]
pub struct OrganizerNotices {
    pub emails: Vec<OutgoingEmail>,
    pub digest: Vec<DigestLine>,
}

impl OrganizerNotices {
    pub fn is_empty(&self) -> bool {
        self.emails.is_empty() && self.digest.is_empty()
    }
}

/// One line of an organizer's next digest.
#[derive(Debug, Clone)]
pub struct DigestLine {
    pub user: UserId,
    pub challenge_id: i64,
    pub kind: NoticeKind,
    /// A plain sentence saying what happened.
    pub line: String,
    /// The organizer page where it can be seen.
    pub link: String,
}

/// What the event is, for [`Store::plan_notices`].
pub struct NoticeEvent<'a> {
    pub challenge_id: i64,
    pub kind: NoticeKind,
    /// Who caused it: never told of their own doing.
    pub actor: Option<UserId>,
    /// The digest's sentence in a language (each organizer's digest is
    /// written in theirs).
    pub line: &'a (dyn Fn(&'static str) -> String + Sync),
    pub link: &'a str,
}

/// A line waiting in an organizer's digest.
#[derive(Debug, Clone)]
pub struct DigestItem {
    pub id: i64,
    pub challenge_id: i64,
    pub kind: Option<NoticeKind>,
    pub line: String,
    pub link: String,
    pub created_at: DateTime<Utc>,
}

/// The digest one organizer is due.
#[derive(Debug, Clone)]
pub struct DueDigest {
    pub user: User,
    pub unsubscribe_token: String,
    pub items: Vec<DigestItem>,
}

fn prefs_from_row(row: &organizer_notice_prefs::Model) -> NoticePrefs {
    NoticePrefs {
        idea_sent: row.idea_sent,
        idea_confirmed: row.idea_confirmed,
        judge_recused: row.judge_recused,
        judging_complete: row.judging_complete,
        entry_failed: row.entry_failed,
        digest: row.digest,
    }
}

fn item_from_row(row: organizer_digest_items::Model) -> DigestItem {
    DigestItem {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        kind: NoticeKind::parse(&row.kind),
        line: row.line,
        link: row.link,
        created_at: row.created_at,
    }
}

/// Writes `notices` on `db`: the transaction of the event they tell of.
pub(crate) async fn queue(db: &impl ConnectionTrait, notices: &OrganizerNotices) -> Result<()> {
    for email in &notices.emails {
        crate::outbox::enqueue(db, email).await?;
    }
    let now = Utc::now();
    for line in &notices.digest {
        organizer_digest_items::ActiveModel {
            user_id: Set(id32(line.user.0)?),
            challenge_id: Set(id32(line.challenge_id)?),
            kind: Set(line.kind.name().to_owned()),
            line: Set(line.line.clone()),
            link: Set(line.link.clone()),
            created_at: Set(now),
            sent_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// [`queue`] for an optional set.
pub(crate) async fn queue_some(db: &impl ConnectionTrait, notices: Option<&OrganizerNotices>) -> Result<()> {
    match notices {
        Some(notices) => queue(db, notices).await,
        None => Ok(()),
    }
}

impl Store {
    /// A person's choice of organizer emails (the defaults until they save one).
    pub async fn notice_prefs(&self, user: UserId) -> Result<NoticePrefs> {
        Ok(organizer_notice_prefs::Entity::find_by_id(id32(user.0)?)
            .one(&self.db)
            .await?
            .map_or_else(NoticePrefs::default, |row| prefs_from_row(&row)))
    }

    /// Saves a person's choice of organizer emails.
    pub async fn save_notice_prefs(&self, user: UserId, prefs: &NoticePrefs) -> Result<()> {
        save_prefs(&self.db, user, prefs).await
    }

    /// The one-click unsubscribe: result, news and organizer emails all
    /// turned off at once.
    pub async fn unsubscribe_all(&self, user: UserId) -> Result<()> {
        let txn = self.write_txn().await?;
        users::Entity::update_many()
            .col_expr(users::Column::NotifyResults, Expr::value(false))
            .col_expr(users::Column::NotifyNews, Expr::value(false))
            .filter(users::Column::Id.eq(id32(user.0)?))
            .exec(&txn)
            .await?;
        save_prefs(&txn, user, &NoticePrefs::NONE).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Who among the organizers of a challenge wants to hear of `kind`, with
    /// whether they chose the digest (the actor left out).
    async fn notice_recipients(
        &self,
        challenge_id: i64,
        kind: NoticeKind,
        actor: Option<UserId>,
    ) -> Result<Vec<(User, NoticePrefs)>> {
        let organizers: Vec<User> = self
            .role_holders(challenge_id)
            .await?
            .into_iter()
            .filter(|holder| holder.role == ChallengeRole::Organizer && Some(holder.user.id) != actor)
            .map(|holder| holder.user)
            .collect();
        let ids = organizers.iter().map(|u| id32(u.id.0)).collect::<Result<Vec<_>>>()?;
        let prefs: HashMap<i32, NoticePrefs> = organizer_notice_prefs::Entity::find()
            .filter(organizer_notice_prefs::Column::UserId.is_in(ids))
            .all(&self.db)
            .await?
            .iter()
            .map(|row| (row.user_id, prefs_from_row(row)))
            .collect();
        let mut recipients = Vec::new();
        for user in organizers {
            let choice = prefs.get(&id32(user.id.0)?).copied().unwrap_or_default();
            if choice.wants(kind) {
                recipients.push((user, choice));
            }
        }
        Ok(recipients)
    }

    /// Works out who is told of `event` and how: `render` composes the
    /// single email for an organizer (given them and their unsubscribe
    /// token); those who chose the digest get `event.line` in it instead.
    /// Nothing is written: pass the result to the store function that
    /// records the event.
    pub async fn plan_notices(
        &self,
        event: &NoticeEvent<'_>,
        render: impl Fn(&User, &str) -> Option<OutgoingEmail>,
    ) -> Result<OrganizerNotices> {
        let recipients = self.notice_recipients(event.challenge_id, event.kind, event.actor).await?;
        let single: Vec<UserId> = recipients.iter().filter(|(_, p)| !p.digest).map(|(u, _)| u.id).collect();
        let tokens = if single.is_empty() { HashMap::new() } else { self.unsubscribe_tokens(&single).await? };
        let mut notices = OrganizerNotices::default();
        for (user, prefs) in recipients {
            if prefs.digest {
                notices.digest.push(DigestLine {
                    user: user.id,
                    challenge_id: event.challenge_id,
                    kind: event.kind,
                    line: (event.line)(plaza_i18n::preferred(user.locale.as_deref())),
                    link: event.link.to_owned(),
                });
            } else if let Some(token) = tokens.get(&user.id)
                && let Some(email) = render(&user, token)
            {
                notices.emails.push(email);
            }
        }
        Ok(notices)
    }

    /// Digest lines not yet sent (an organizer's, for their page and tests).
    pub async fn pending_digest_items(&self, user: UserId) -> Result<Vec<DigestItem>> {
        Ok(organizer_digest_items::Entity::find()
            .filter(organizer_digest_items::Column::UserId.eq(id32(user.0)?))
            .filter(organizer_digest_items::Column::SentAt.is_null())
            .order_by_asc(organizer_digest_items::Column::Id)
            .limit(DIGEST_MAX_LINES)
            .all(&self.db)
            .await?
            .into_iter()
            .map(item_from_row)
            .collect())
    }

    /// The digests due: for up to `max_people` organizers with lines written
    /// before `before` (the start of today) not yet sent, those lines.
    pub async fn due_digests(&self, before: DateTime<Utc>, max_people: u64) -> Result<Vec<DueDigest>> {
        let users: Vec<i32> = organizer_digest_items::Entity::find()
            .select_only()
            .column(organizer_digest_items::Column::UserId)
            .filter(organizer_digest_items::Column::SentAt.is_null())
            .filter(organizer_digest_items::Column::CreatedAt.lt(before))
            .group_by(organizer_digest_items::Column::UserId)
            .order_by_asc(organizer_digest_items::Column::UserId)
            .limit(max_people)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut due = Vec::new();
        for user_id in users {
            let Some(user) = self.user_by_id(UserId(i64::from(user_id))).await? else {
                continue;
            };
            let items: Vec<DigestItem> = organizer_digest_items::Entity::find()
                .filter(organizer_digest_items::Column::UserId.eq(user_id))
                .filter(organizer_digest_items::Column::SentAt.is_null())
                .filter(organizer_digest_items::Column::CreatedAt.lt(before))
                .order_by_asc(organizer_digest_items::Column::Id)
                .limit(DIGEST_MAX_LINES)
                .all(&self.db)
                .await?
                .into_iter()
                .map(item_from_row)
                .collect();
            let unsubscribe_token = self.unsubscribe_token(user.id).await?;
            due.push(DueDigest { user, unsubscribe_token, items });
        }
        Ok(due)
    }

    /// Claims `items` and queues their digest `email`, in one transaction.
    /// Returns false, writing nothing, when another process sent any of them
    /// first: running the digest task twice, or in two places, sends once.
    pub async fn send_digest(&self, items: &[i64], email: &OutgoingEmail) -> Result<bool> {
        if items.is_empty() {
            return Ok(false);
        }
        let ids = items.iter().map(|&id| id32(id)).collect::<Result<Vec<_>>>()?;
        let txn = self.write_txn().await?;
        let claimed = organizer_digest_items::Entity::update_many()
            .col_expr(organizer_digest_items::Column::SentAt, Expr::value(Utc::now()))
            .filter(organizer_digest_items::Column::Id.is_in(ids.clone()))
            .filter(organizer_digest_items::Column::SentAt.is_null())
            .exec(&txn)
            .await?;
        if claimed.rows_affected != ids.len() as u64 {
            txn.rollback().await?;
            return Ok(false);
        }
        crate::outbox::enqueue(&txn, email).await?;
        txn.commit().await?;
        Ok(true)
    }
}

/// Upserts a person's choice (also used by the one-click unsubscribe).
pub(crate) async fn save_prefs(db: &impl ConnectionTrait, user: UserId, prefs: &NoticePrefs) -> Result<()> {
    use organizer_notice_prefs::Column;
    let row = organizer_notice_prefs::ActiveModel {
        user_id: Set(id32(user.0)?),
        idea_sent: Set(prefs.idea_sent),
        idea_confirmed: Set(prefs.idea_confirmed),
        judge_recused: Set(prefs.judge_recused),
        judging_complete: Set(prefs.judging_complete),
        entry_failed: Set(prefs.entry_failed),
        digest: Set(prefs.digest),
        updated_at: Set(Utc::now()),
    };
    organizer_notice_prefs::Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::UserId)
                .update_columns([
                    Column::IdeaSent,
                    Column::IdeaConfirmed,
                    Column::JudgeRecused,
                    Column::JudgingComplete,
                    Column::EntryFailed,
                    Column::Digest,
                    Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
