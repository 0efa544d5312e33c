//! The user aggregate: accounts, linked identities and personal API tokens.

use chrono::{DateTime, Utc};
use plaza_core::{Email, TokenScope, User, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{api_tokens, identities, users};
use crate::error::{Error, Result};
use crate::secrets::{hash_secret, new_secret};

/// A token just created: `secret` is shown once and never stored.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub id: i64,
    pub name: String,
    pub scope: TokenScope,
    pub secret: String,
}

/// A personal API token as its owner sees it in the list (never the secret).
#[derive(Debug, Clone)]
pub struct ApiTokenInfo {
    pub id: i64,
    pub name: String,
    pub scope: TokenScope,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// Prefix that makes Plaza tokens recognisable (for secret scanners too).
pub const TOKEN_PREFIX: &str = "plaza_";

impl Store {
    pub async fn create_user(&self, email: &Email, display_name: &str, is_admin: bool) -> Result<User> {
        insert_user(&self.db, email, display_name, is_admin, false).await
    }

    /// Creates the account of someone who signed up and accepted the terms.
    pub async fn sign_up_user(&self, email: &Email, display_name: &str) -> Result<User> {
        insert_user(&self.db, email, display_name, false, true).await
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        users::Entity::find()
            .filter(users::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
            .map(user_from_row)
            .transpose()
    }

    pub async fn user_by_id(&self, id: UserId) -> Result<Option<User>> {
        users::Entity::find_by_id(id32(id.0)?).one(&self.db).await?.map(user_from_row).transpose()
    }

    pub async fn list_users(&self) -> Result<Vec<User>> {
        users::Entity::find()
            .order_by_asc(users::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(user_from_row)
            .collect()
    }

    pub async fn update_display_name(&self, id: UserId, display_name: &str) -> Result<()> {
        let display_name = plaza_core::user::parse_display_name(display_name)?;
        users::Entity::update_many()
            .col_expr(users::Column::DisplayName, Expr::value(display_name))
            .filter(users::Column::Id.eq(id32(id.0)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    pub async fn update_notifications(&self, id: UserId, notify_results: bool, notify_news: bool) -> Result<()> {
        users::Entity::update_many()
            .col_expr(users::Column::NotifyResults, Expr::value(notify_results))
            .col_expr(users::Column::NotifyNews, Expr::value(notify_news))
            .filter(users::Column::Id.eq(id32(id.0)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// The time zone the person reads times in, beside each challenge's
    /// own (`None`: the challenge's only).
    pub async fn update_time_zone(&self, id: UserId, zone: Option<plaza_core::Zone>) -> Result<()> {
        users::Entity::update_many()
            .col_expr(users::Column::TimeZone, Expr::value(zone.map(|z| z.name().to_owned())))
            .filter(users::Column::Id.eq(id32(id.0)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// The language the person reads Plaza in (`None`: their browser's).
    pub async fn update_locale(&self, id: UserId, locale: Option<&str>) -> Result<()> {
        users::Entity::update_many()
            .col_expr(users::Column::Locale, Expr::value(locale.map(str::to_owned)))
            .filter(users::Column::Id.eq(id32(id.0)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// The secret that goes in the unsubscribe link of a person's mail.
    pub async fn unsubscribe_token(&self, id: UserId) -> Result<String> {
        let row = users::Entity::find_by_id(id32(id.0)?)
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::Internal(format!("user {} has no row", id.0)))?;
        Ok(row.unsubscribe_token)
    }

    /// The unsubscribe tokens of many people at once (an email to each of
    /// the entrants and followers of a challenge), in chunks of 500 ids.
    pub async fn unsubscribe_tokens(&self, ids: &[UserId]) -> Result<std::collections::HashMap<UserId, String>> {
        let mut ids = ids.iter().map(|u| id32(u.0)).collect::<Result<Vec<_>>>()?;
        ids.sort_unstable();
        ids.dedup();
        let mut tokens = std::collections::HashMap::new();
        for chunk in ids.chunks(500) {
            let rows: Vec<(i32, String)> = users::Entity::find()
                .select_only()
                .column(users::Column::Id)
                .column(users::Column::UnsubscribeToken)
                .filter(users::Column::Id.is_in(chunk.to_vec()))
                .into_tuple()
                .all(&self.db)
                .await?;
            tokens.extend(rows.into_iter().map(|(id, token)| (UserId(i64::from(id)), token)));
        }
        Ok(tokens)
    }

    /// The owner of an unsubscribe token.
    pub async fn user_by_unsubscribe_token(&self, token: &str) -> Result<Option<User>> {
        if token.len() != 64 {
            return Ok(None);
        }
        users::Entity::find()
            .filter(users::Column::UnsubscribeToken.eq(token))
            .one(&self.db)
            .await?
            .map(user_from_row)
            .transpose()
    }

    /// The account linked to an external identity (GitHub, Google, OIDC).
    pub async fn user_by_identity(&self, provider: &str, subject: &str) -> Result<Option<User>> {
        let Some(identity) = identities::Entity::find()
            .filter(identities::Column::Provider.eq(provider))
            .filter(identities::Column::Subject.eq(subject))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.user_by_id(UserId(i64::from(identity.user_id))).await
    }

    /// Links an external identity to an account (idempotent).
    pub async fn link_identity(&self, user: UserId, provider: &str, subject: &str, email: &Email) -> Result<()> {
        if self.user_by_identity(provider, subject).await?.is_some() {
            return Ok(());
        }
        identities::ActiveModel {
            user_id: Set(id32(user.0)?),
            provider: Set(provider.to_owned()),
            subject: Set(subject.to_owned()),
            email: Set(email.as_str().to_owned()),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(())
    }

    /// Creates a personal API token that may read and submit.
    pub async fn create_api_token(&self, user: UserId, name: &str) -> Result<NewToken> {
        self.create_scoped_api_token(user, name, TokenScope::Submit).await
    }

    /// Creates a personal API token; only its hash is stored.
    pub async fn create_scoped_api_token(&self, user: UserId, name: &str, scope: TokenScope) -> Result<NewToken> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(Error::invalid(plaza_i18n::tr("store-users-token-name-required")));
        }
        let secret = format!("{TOKEN_PREFIX}{}", new_secret());
        let row = api_tokens::ActiveModel {
            user_id: Set(id32(user.0)?),
            name: Set(name.to_owned()),
            token_hash: Set(hash_secret(&secret)),
            created_at: Set(Utc::now()),
            scope: Set(scope.name().to_owned()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(NewToken { id: i64::from(row.id), name: row.name, scope, secret })
    }

    pub async fn list_api_tokens(&self, user: UserId) -> Result<Vec<ApiTokenInfo>> {
        Ok(api_tokens::Entity::find()
            .filter(api_tokens::Column::UserId.eq(id32(user.0)?))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .order_by_desc(api_tokens::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| ApiTokenInfo {
                id: i64::from(row.id),
                name: row.name,
                scope: TokenScope::parse(&row.scope).unwrap_or(TokenScope::Read),
                created_at: row.created_at,
                last_used_at: row.last_used_at,
            })
            .collect())
    }

    /// Revokes one of the user's own tokens; false when there is no such token.
    pub async fn revoke_api_token(&self, user: UserId, token_id: i64) -> Result<bool> {
        let result = api_tokens::Entity::update_many()
            .col_expr(api_tokens::Column::RevokedAt, Expr::value(Utc::now()))
            .filter(api_tokens::Column::Id.eq(id32(token_id)?))
            .filter(api_tokens::Column::UserId.eq(id32(user.0)?))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected == 1)
    }

    /// The user a bearer token belongs to, if the token is valid and not revoked.
    pub async fn user_for_token(&self, secret: &str) -> Result<Option<User>> {
        Ok(self.user_and_scope_for_token(secret).await?.map(|(user, _)| user))
    }

    /// The user and scope of a valid, unrevoked bearer token.
    pub async fn user_and_scope_for_token(&self, secret: &str) -> Result<Option<(User, TokenScope)>> {
        if !secret.starts_with(TOKEN_PREFIX) || secret.len() > 200 {
            return Ok(None);
        }
        let Some(token) = api_tokens::Entity::find()
            .filter(api_tokens::Column::TokenHash.eq(hash_secret(secret)))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let user = users::Entity::find_by_id(token.user_id).one(&self.db).await?;
        let scope = TokenScope::parse(&token.scope).unwrap_or(TokenScope::Read);
        api_tokens::Entity::update_many()
            .col_expr(api_tokens::Column::LastUsedAt, Expr::value(Utc::now()))
            .filter(api_tokens::Column::Id.eq(token.id))
            .exec(&self.db)
            .await?;
        Ok(user.map(user_from_row).transpose()?.map(|u| (u, scope)))
    }
}

async fn insert_user(
    db: &impl ConnectionTrait,
    email: &Email,
    display_name: &str,
    is_admin: bool,
    accepted_terms: bool,
) -> Result<User> {
    let existing = users::Entity::find().filter(users::Column::Email.eq(email.as_str())).one(db).await?;
    if existing.is_some() {
        return Err(Error::conflict(plaza_i18n::tr_with(
            "store-users-email-taken",
            &[("email", email.as_str().into())],
        )));
    }
    let display_name = plaza_core::user::parse_display_name(display_name)?;
    let now = Utc::now();
    let row = users::ActiveModel {
        email: Set(email.as_str().to_owned()),
        display_name: Set(display_name),
        is_admin: Set(is_admin),
        created_at: Set(now),
        notify_results: Set(true),
        notify_news: Set(true),
        unsubscribe_token: Set(new_secret()),
        terms_accepted_at: Set(accepted_terms.then_some(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    user_from_row(row)
}

pub(crate) fn user_from_row(row: users::Model) -> Result<User> {
    Ok(User {
        id: UserId(i64::from(row.id)),
        email: Email::parse(&row.email).map_err(|e| Error::Corrupt(e.to_string()))?,
        display_name: row.display_name,
        is_admin: row.is_admin,
        created_at: row.created_at,
        notify_results: row.notify_results,
        notify_news: row.notify_news,
        terms_accepted: row.terms_accepted_at.is_some(),
        // A zone this build no longer knows reads as none: the person sees the challenge's times.
        time_zone: row.time_zone.as_deref().and_then(|name| plaza_core::Zone::parse(name).ok()),
        locale: row.locale,
    })
}
