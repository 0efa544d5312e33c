//! Following a challenge's news by email alone (no account): an address
//! asks, confirms from the email (double opt-in), and stops with one click.
//! The confirmation secret is stored hashed, and asking again sends a new
//! link; the stop token stays the same, so every email's stop link works.

use chrono::Utc;
use plaza_core::Email;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::email_followers;
use crate::error::Result;
use crate::secrets::{hash_secret, new_secret};

/// What asking to follow did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowRequest {
    /// A confirmation link to email (its secret, not stored).
    Confirm { secret: String },
    /// The address already follows: nothing to send.
    AlreadyFollowing,
}

/// A confirmed follower, with the token of their stop link.
#[derive(Debug, Clone)]
pub struct EmailFollower {
    pub email: Email,
    /// In every news email's stop link; the same for as long as they follow.
    pub stop_token: String,
    /// The language they asked in: their emails are written in it.
    pub locale: Option<String>,
}

impl Store {
    /// `email` asks to follow the challenge. A pending request gets a new
    /// confirmation secret (the earlier link stops working). Their emails
    /// are written in `locale`, the language they asked in.
    pub async fn request_email_follow(&self, challenge_id: i64, email: &Email, locale: &str) -> Result<FollowRequest> {
        let id = id32(challenge_id)?;
        let existing = email_followers::Entity::find()
            .filter(email_followers::Column::ChallengeId.eq(id))
            .filter(email_followers::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?;
        let secret = new_secret();
        match existing {
            Some(row) if row.confirmed_at.is_some() => Ok(FollowRequest::AlreadyFollowing),
            Some(row) => {
                let mut active = row.into_active_model();
                active.confirm_hash = Set(hash_secret(&secret));
                active.locale = Set(Some(locale.to_owned()));
                active.update(&self.db).await?;
                Ok(FollowRequest::Confirm { secret })
            }
            None => {
                email_followers::ActiveModel {
                    challenge_id: Set(id),
                    email: Set(email.as_str().to_owned()),
                    confirm_hash: Set(hash_secret(&secret)),
                    stop_token: Set(new_secret()),
                    confirmed_at: Set(None),
                    created_at: Set(Utc::now()),
                    locale: Set(Some(locale.to_owned())),
                    ..Default::default()
                }
                .insert(&self.db)
                .await?;
                Ok(FollowRequest::Confirm { secret })
            }
        }
    }

    /// The challenge and address a confirmation secret belongs to, if it is current.
    pub async fn email_follow_by_confirm_secret(&self, secret: &str) -> Result<Option<(i64, Email, bool)>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        let row = email_followers::Entity::find()
            .filter(email_followers::Column::ConfirmHash.eq(hash_secret(secret)))
            .one(&self.db)
            .await?;
        Ok(row.and_then(|r| {
            Email::parse(&r.email).ok().map(|email| (i64::from(r.challenge_id), email, r.confirmed_at.is_some()))
        }))
    }

    /// Confirms the follow a secret belongs to. The challenge's id, or none
    /// for an unknown secret.
    pub async fn confirm_email_follow(&self, secret: &str) -> Result<Option<i64>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        let Some(row) = email_followers::Entity::find()
            .filter(email_followers::Column::ConfirmHash.eq(hash_secret(secret)))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let challenge = i64::from(row.challenge_id);
        if row.confirmed_at.is_none() {
            let mut active = row.into_active_model();
            active.confirmed_at = Set(Some(Utc::now()));
            active.update(&self.db).await?;
        }
        Ok(Some(challenge))
    }

    /// Everyone who confirmed following the challenge by email.
    pub async fn email_followers(&self, challenge_id: i64) -> Result<Vec<EmailFollower>> {
        Ok(email_followers::Entity::find()
            .filter(email_followers::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(email_followers::Column::ConfirmedAt.is_not_null())
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|row| {
                Email::parse(&row.email).ok().map(|email| EmailFollower {
                    email,
                    stop_token: row.stop_token,
                    locale: row.locale,
                })
            })
            .collect())
    }

    /// How many confirmed email followers the challenge has.
    pub async fn email_follower_count(&self, challenge_id: i64) -> Result<usize> {
        Ok(email_followers::Entity::find()
            .filter(email_followers::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(email_followers::Column::ConfirmedAt.is_not_null())
            .all(&self.db)
            .await?
            .len())
    }

    /// Stops the follow a stop token belongs to. The address, or none for
    /// an unknown token.
    pub async fn stop_email_follow(&self, token: &str) -> Result<Option<Email>> {
        if token.len() != 64 {
            return Ok(None);
        }
        let Some(row) =
            email_followers::Entity::find().filter(email_followers::Column::StopToken.eq(token)).one(&self.db).await?
        else {
            return Ok(None);
        };
        let email = Email::parse(&row.email).ok();
        email_followers::Entity::delete_by_id(row.id).exec(&self.db).await?;
        Ok(email)
    }
}
