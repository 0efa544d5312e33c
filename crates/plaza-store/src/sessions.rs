//! Browser sessions, stored in the database so that every web process sees
//! them, and the one-time tokens behind emailed sign-in links.

use chrono::{DateTime, Duration, Utc};
use plaza_core::{Email, OutgoingEmail, User, UserId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{login_tokens, rate_events, sessions, users};
use crate::error::Result;
use crate::outbox::enqueue;
use crate::secrets::{hash_secret, new_secret};
use crate::users::user_from_row;

/// How long a session lasts without use.
pub const SESSION_IDLE_DAYS: i64 = 30;

/// How many days a session lasts without use.
pub fn sessions_idle_days() -> i64 {
    SESSION_IDLE_DAYS
}

/// A one-time link about to be emailed.
pub struct NewLoginToken<'a> {
    /// What the link is for: "sign_in" or "sign_up".
    pub purpose: &'a str,
    pub email: &'a Email,
    /// The secret in the link (only its hash is stored).
    pub secret: &'a str,
    /// The secret of the browser that asked (only its hash is stored).
    pub browser_secret: &'a str,
    /// Where to go after signing in (a local path).
    pub next_path: &'a str,
    /// For a sign-up begun at a sign-in provider: the account there to link.
    pub identity: Option<&'a LinkedIdentity>,
    pub valid_for: Duration,
    /// The code in the email, typed into the page that asked (digits only).
    pub code: Option<&'a str>,
    /// Which kind of browser and device asked, in plain words.
    pub requested_from: &'a str,
}

/// An account at a sign-in provider (its slug and the subject it gave).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedIdentity {
    pub provider: String,
    pub subject: String,
}

/// Why a link could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    Unknown,
    Expired,
    AlreadyUsed,
    OtherBrowser,
}

/// Why a code could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// This browser asked for no sign-in link (or its cookie is gone).
    NothingWaiting,
    Expired,
    AlreadyUsed,
    /// A wrong code; this many more may be tried.
    Wrong {
        left: i32,
    },
    /// The last code allowed was wrong: the link is used up.
    TooManyTries,
    /// Too many emailed codes were tried for this address today.
    TooManyToday,
}

/// Emailed codes that may be tried for one address in a day, over all its links.
pub const EMAIL_CODES_PER_ADDRESS_PER_DAY: u64 = 20;

/// A sign-in link that is waiting in the browser that asked for it.
#[derive(Debug, Clone)]
pub struct PendingSignIn {
    pub email: Email,
    /// The code this browser shows, to type where the link is opened.
    pub device_code: String,
    pub expires_at: DateTime<Utc>,
}

/// A sign-in link opened in another browser than the one that asked.
#[derive(Debug, Clone)]
pub struct LinkElsewhere {
    /// Which kind of browser and device asked, in plain words.
    pub requested_from: String,
    pub requested_at: DateTime<Utc>,
}

/// The code a browser shows for its sign-in link: derived from the hashes of
/// the browser's secret and the link's, so only that browser (and the
/// server) can know it, and nothing more is stored.
fn device_code(row: &login_tokens::Model) -> String {
    plaza_core::sign_in_code::digits_from(format!("device-code\0{}\0{}", row.browser_hash, row.token_hash).as_bytes())
}

fn email_code_hash(token_hash: &str, code: &str) -> String {
    hash_secret(&format!("email-code\0{token_hash}\0{code}"))
}

/// A link that was valid and is now used up.
#[derive(Debug, Clone)]
pub struct UsedLink {
    pub email: Email,
    pub next_path: String,
    pub identity: Option<LinkedIdentity>,
}

/// Compares two codes or hashes in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl UsedLink {
    fn from_row(row: login_tokens::Model) -> Result<UsedLink> {
        let email = Email::parse(&row.email).map_err(|e| crate::Error::Corrupt(e.to_string()))?;
        let identity = match (row.identity_provider, row.identity_subject) {
            (Some(provider), Some(subject)) => Some(LinkedIdentity { provider, subject }),
            _ => None,
        };
        Ok(UsedLink { email, next_path: row.next_path, identity })
    }
}

impl Store {
    /// Starts a session for `user`; returns the secret for the cookie.
    pub async fn create_session(&self, user: UserId) -> Result<String> {
        let secret = new_secret();
        let now = Utc::now();
        sessions::ActiveModel {
            token_hash: Set(hash_secret(&secret)),
            user_id: Set(id32(user.0)?),
            created_at: Set(now),
            last_seen_at: Set(now),
            expires_at: Set(now + Duration::days(SESSION_IDLE_DAYS)),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(secret)
    }

    /// The user of a live session; refreshes its expiry at most every few minutes.
    pub async fn user_for_session(&self, secret: &str) -> Result<Option<User>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        let now = Utc::now();
        let Some(session) = sessions::Entity::find()
            .filter(sessions::Column::TokenHash.eq(hash_secret(secret)))
            .filter(sessions::Column::ExpiresAt.gt(now))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        if now - session.last_seen_at > Duration::minutes(5) {
            sessions::Entity::update_many()
                .col_expr(sessions::Column::LastSeenAt, Expr::value(now))
                .col_expr(sessions::Column::ExpiresAt, Expr::value(now + Duration::days(SESSION_IDLE_DAYS)))
                .filter(sessions::Column::Id.eq(session.id))
                .exec(&self.db)
                .await?;
        }
        users::Entity::find_by_id(session.user_id).one(&self.db).await?.map(user_from_row).transpose()
    }

    pub async fn end_session(&self, secret: &str) -> Result<()> {
        sessions::Entity::delete_many()
            .filter(sessions::Column::TokenHash.eq(hash_secret(secret)))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Signs a user out of every browser.
    pub async fn end_all_sessions(&self, user: UserId) -> Result<u64> {
        let result =
            sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(id32(user.0)?)).exec(&self.db).await?;
        Ok(result.rows_affected)
    }

    /// Stores a one-time link token and, in the same transaction, the email
    /// that carries it.
    pub async fn create_login_token(&self, token: NewLoginToken<'_>, email: Option<&OutgoingEmail>) -> Result<()> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        login_tokens::ActiveModel {
            purpose: Set(token.purpose.to_owned()),
            email: Set(token.email.as_str().to_owned()),
            token_hash: Set(hash_secret(token.secret)),
            browser_hash: Set(hash_secret(token.browser_secret)),
            next_path: Set(token.next_path.to_owned()),
            identity_provider: Set(token.identity.map(|i| i.provider.clone())),
            identity_subject: Set(token.identity.map(|i| i.subject.clone())),
            code_hash: Set(token.code.map(|code| email_code_hash(&hash_secret(token.secret), code))),
            code_attempts: Set(0),
            requested_from: Set(token.requested_from.chars().take(100).collect()),
            created_at: Set(now),
            expires_at: Set(now + token.valid_for),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(email) = email {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Uses up a one-time link: it must exist, be unexpired, unused, for this
    /// purpose, and be opened in the browser that asked for it.
    pub async fn use_login_token(
        &self,
        purpose: &str,
        secret: &str,
        browser_secret: Option<&str>,
    ) -> Result<std::result::Result<UsedLink, LinkProblem>> {
        if secret.len() != 64 {
            return Ok(Err(LinkProblem::Unknown));
        }
        let Some(row) = login_tokens::Entity::find()
            .filter(login_tokens::Column::TokenHash.eq(hash_secret(secret)))
            .filter(login_tokens::Column::Purpose.eq(purpose))
            .one(&self.db)
            .await?
        else {
            return Ok(Err(LinkProblem::Unknown));
        };
        let now = Utc::now();
        if row.used_at.is_some() {
            return Ok(Err(LinkProblem::AlreadyUsed));
        }
        if row.expires_at <= now {
            return Ok(Err(LinkProblem::Expired));
        }
        if browser_secret.map(hash_secret).as_deref() != Some(row.browser_hash.as_str()) {
            return Ok(Err(LinkProblem::OtherBrowser));
        }
        // Only one request can flip used_at from NULL.
        let claimed = login_tokens::Entity::update_many()
            .col_expr(login_tokens::Column::UsedAt, Expr::value(now))
            .filter(login_tokens::Column::Id.eq(row.id))
            .filter(login_tokens::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?;
        if claimed.rows_affected != 1 {
            return Ok(Err(LinkProblem::AlreadyUsed));
        }
        Ok(Ok(UsedLink::from_row(row)?))
    }

    /// The newest sign-in link the browser with this secret asked for that
    /// can still be used.
    pub async fn pending_sign_in(&self, browser_secret: &str) -> Result<Option<PendingSignIn>> {
        let Some(row) = self.newest_sign_in(browser_secret).await? else { return Ok(None) };
        if row.used_at.is_some() || row.expires_at <= Utc::now() {
            return Ok(None);
        }
        let email = Email::parse(&row.email).map_err(|e| crate::Error::Corrupt(e.to_string()))?;
        Ok(Some(PendingSignIn { email, device_code: device_code(&row), expires_at: row.expires_at }))
    }

    async fn newest_sign_in(&self, browser_secret: &str) -> Result<Option<login_tokens::Model>> {
        if browser_secret.len() != 64 {
            return Ok(None);
        }
        Ok(login_tokens::Entity::find()
            .filter(login_tokens::Column::BrowserHash.eq(hash_secret(browser_secret)))
            .filter(login_tokens::Column::Purpose.eq("sign_in"))
            .order_by_desc(login_tokens::Column::Id)
            .one(&self.db)
            .await?)
    }

    /// Uses up the newest sign-in link of the browser that asked for it with
    /// the code from its email.
    pub async fn use_sign_in_code(
        &self,
        browser_secret: &str,
        code: &str,
    ) -> Result<std::result::Result<UsedLink, CodeProblem>> {
        let Some(row) = self.newest_sign_in(browser_secret).await? else {
            return Ok(Err(CodeProblem::NothingWaiting));
        };
        if row.used_at.is_none()
            && row.expires_at > Utc::now()
            && !self
                .rate_limit(&format!("sign-in-code:{}", row.email), Duration::days(1), EMAIL_CODES_PER_ADDRESS_PER_DAY)
                .await?
        {
            return Ok(Err(CodeProblem::TooManyToday));
        }
        let expected = row.code_hash.clone();
        let given = email_code_hash(&row.token_hash, code);
        self.try_code(row, |_| expected.as_deref().is_some_and(|hash| same(hash, &given))).await
    }

    /// Where and when a sign-in link was asked for, to show in another
    /// browser that opened it.
    pub async fn sign_in_link_elsewhere(
        &self,
        secret: &str,
    ) -> Result<std::result::Result<LinkElsewhere, LinkProblem>> {
        let Some(row) = self.sign_in_row(secret).await? else { return Ok(Err(LinkProblem::Unknown)) };
        if row.used_at.is_some() {
            return Ok(Err(LinkProblem::AlreadyUsed));
        }
        if row.expires_at <= Utc::now() {
            return Ok(Err(LinkProblem::Expired));
        }
        Ok(Ok(LinkElsewhere { requested_from: row.requested_from, requested_at: row.created_at }))
    }

    /// Uses up a sign-in link in another browser than the one that asked,
    /// with the code that browser shows.
    pub async fn use_sign_in_link_elsewhere(
        &self,
        secret: &str,
        code: &str,
    ) -> Result<std::result::Result<UsedLink, CodeProblem>> {
        let Some(row) = self.sign_in_row(secret).await? else { return Ok(Err(CodeProblem::NothingWaiting)) };
        self.try_code(row, |row| same(&device_code(row), code)).await
    }

    async fn sign_in_row(&self, secret: &str) -> Result<Option<login_tokens::Model>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        Ok(login_tokens::Entity::find()
            .filter(login_tokens::Column::TokenHash.eq(hash_secret(secret)))
            .filter(login_tokens::Column::Purpose.eq("sign_in"))
            .one(&self.db)
            .await?)
    }

    /// One try of a code against a link: the try is counted before the code
    /// is compared (so parallel guesses cannot pass the limit), a right code
    /// uses the link up, and the last wrong one allowed does too.
    async fn try_code(
        &self,
        row: login_tokens::Model,
        matches: impl FnOnce(&login_tokens::Model) -> bool,
    ) -> Result<std::result::Result<UsedLink, CodeProblem>> {
        use plaza_core::sign_in_code::MAX_CODE_ATTEMPTS;
        let now = Utc::now();
        if row.used_at.is_some() {
            return Ok(Err(CodeProblem::AlreadyUsed));
        }
        if row.expires_at <= now {
            return Ok(Err(CodeProblem::Expired));
        }
        let counted = login_tokens::Entity::update_many()
            .col_expr(login_tokens::Column::CodeAttempts, Expr::col(login_tokens::Column::CodeAttempts).add(1))
            .filter(login_tokens::Column::Id.eq(row.id))
            .filter(login_tokens::Column::UsedAt.is_null())
            .filter(login_tokens::Column::CodeAttempts.lt(MAX_CODE_ATTEMPTS))
            .exec(&self.db)
            .await?;
        if counted.rows_affected != 1 {
            return Ok(Err(CodeProblem::AlreadyUsed));
        }
        let attempts = row.code_attempts + 1;
        if !matches(&row) {
            if attempts < MAX_CODE_ATTEMPTS {
                return Ok(Err(CodeProblem::Wrong { left: MAX_CODE_ATTEMPTS - attempts }));
            }
            login_tokens::Entity::update_many()
                .col_expr(login_tokens::Column::UsedAt, Expr::value(now))
                .filter(login_tokens::Column::Id.eq(row.id))
                .filter(login_tokens::Column::UsedAt.is_null())
                .exec(&self.db)
                .await?;
            return Ok(Err(CodeProblem::TooManyTries));
        }
        let claimed = login_tokens::Entity::update_many()
            .col_expr(login_tokens::Column::UsedAt, Expr::value(now))
            .filter(login_tokens::Column::Id.eq(row.id))
            .filter(login_tokens::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?;
        if claimed.rows_affected != 1 {
            return Ok(Err(CodeProblem::AlreadyUsed));
        }
        Ok(Ok(UsedLink::from_row(row)?))
    }

    /// The email and next path of a valid, unused link, without using it up.
    pub async fn peek_login_token(&self, purpose: &str, secret: &str) -> Result<Option<UsedLink>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        let row = login_tokens::Entity::find()
            .filter(login_tokens::Column::TokenHash.eq(hash_secret(secret)))
            .filter(login_tokens::Column::Purpose.eq(purpose))
            .filter(login_tokens::Column::UsedAt.is_null())
            .filter(login_tokens::Column::ExpiresAt.gt(Utc::now()))
            .one(&self.db)
            .await?;
        match row {
            Some(row) => Ok(Some(UsedLink::from_row(row)?)),
            None => Ok(None),
        }
    }

    /// Records that a user accepted the terms of use.
    pub async fn accept_terms(&self, user: UserId) -> Result<()> {
        users::Entity::update_many()
            .col_expr(users::Column::TermsAcceptedAt, Expr::value(Utc::now()))
            .filter(users::Column::Id.eq(id32(user.0)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Records one event in `bucket` unless `max` happened within `window`;
    /// returns whether the event is allowed. Shared by every web process.
    pub async fn rate_limit(&self, bucket: &str, window: Duration, max: u64) -> Result<bool> {
        let now = Utc::now();
        let since: DateTime<Utc> = now - window;
        let recent = rate_events::Entity::find()
            .filter(rate_events::Column::Bucket.eq(bucket))
            .filter(rate_events::Column::CreatedAt.gt(since))
            .count(&self.db)
            .await?;
        if recent >= max {
            return Ok(false);
        }
        rate_events::ActiveModel { bucket: Set(bucket.to_owned()), created_at: Set(now), ..Default::default() }
            .insert(&self.db)
            .await?;
        // Old events are of no use; drop them now and then.
        if rand::random::<u8>() == 0 {
            rate_events::Entity::delete_many()
                .filter(rate_events::Column::CreatedAt.lt(now - Duration::days(2)))
                .exec(&self.db)
                .await?;
        }
        Ok(true)
    }
}
