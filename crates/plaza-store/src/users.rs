//! The user aggregate: accounts and their personal API tokens.

use chrono::Utc;
use plaza_core::{Email, User, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use crate::Store;
use crate::entity::{api_tokens, users};
use crate::error::{Error, Result};

/// A token just created: `secret` is shown once and never stored.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub id: i64,
    pub name: String,
    pub secret: String,
}

/// Prefix that makes Plaza tokens recognisable (for secret scanners too).
pub const TOKEN_PREFIX: &str = "plaza_";

impl Store {
    pub async fn create_user(
        &self,
        email: &Email,
        display_name: &str,
        is_admin: bool,
    ) -> Result<User> {
        if self.user_by_email(email).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a user with the email {email} already exists"
            )));
        }
        let display_name = plaza_core::user::parse_display_name(display_name)?;
        let row = users::ActiveModel {
            email: Set(email.as_str().to_owned()),
            display_name: Set(display_name),
            is_admin: Set(is_admin),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        user_from_row(row)
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        users::Entity::find()
            .filter(users::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
            .map(user_from_row)
            .transpose()
    }

    /// Creates a personal API token; only its hash is stored.
    pub async fn create_api_token(&self, user: UserId, name: &str) -> Result<NewToken> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(Error::Invalid(
                "a token name of 1 to 80 characters is required".into(),
            ));
        }
        let secret = format!("{TOKEN_PREFIX}{}", hex::encode(rand::random::<[u8; 32]>()));
        let row = api_tokens::ActiveModel {
            user_id: Set(crate::challenges::id32(user.0)?),
            name: Set(name.to_owned()),
            token_hash: Set(hash_token(&secret)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(NewToken {
            id: i64::from(row.id),
            name: row.name,
            secret,
        })
    }

    /// The user a bearer token belongs to, if the token is valid and not revoked.
    pub async fn user_for_token(&self, secret: &str) -> Result<Option<User>> {
        if !secret.starts_with(TOKEN_PREFIX) || secret.len() > 200 {
            return Ok(None);
        }
        let Some(token) = api_tokens::Entity::find()
            .filter(api_tokens::Column::TokenHash.eq(hash_token(secret)))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let user = users::Entity::find_by_id(token.user_id)
            .one(&self.db)
            .await?;
        let mut active: api_tokens::ActiveModel = token.into();
        active.last_used_at = Set(Some(Utc::now()));
        active.update(&self.db).await?;
        user.map(user_from_row).transpose()
    }
}

fn hash_token(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn user_from_row(row: users::Model) -> Result<User> {
    Ok(User {
        id: UserId(i64::from(row.id)),
        email: Email::parse(&row.email).map_err(|e| Error::Corrupt(e.to_string()))?,
        display_name: row.display_name,
        is_admin: row.is_admin,
        created_at: row.created_at,
    })
}
