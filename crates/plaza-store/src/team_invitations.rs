//! Team invitations: every emailed invitation and every shared link has its
//! own token, so several can be pending at once and each can be cancelled.
//! An emailed invitation lets one person join; a link works until it is
//! cancelled or expires. Also the site-wide limit on invitations sent to one
//! address, which role invitations share.

use chrono::{DateTime, Duration, Utc};
use plaza_core::{Email, OutgoingEmail, Team, TeamId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseTransaction, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, Statement,
};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{rate_events, team_invitations, teams, users};
use crate::error::{Error, Result};
use crate::secrets::{hash_secret, new_secret};
use crate::teams::{TeamProblem, TeamResult, add_member, load_team, lock_row};

/// How long a team invitation (emailed or link) works.
pub const TEAM_INVITATION_DAYS: i64 = 14;

/// At most this many invitations (team and role) go to one address a day.
pub const INVITATIONS_PER_ADDRESS_PER_DAY: u64 = 5;

/// A pending team invitation, as the team page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamInvitation {
    pub id: i64,
    /// The address it was emailed to; `None` for a link shared by hand.
    pub email: Option<String>,
    /// Who made it, if their account still exists.
    pub created_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Counts one more invitation to `email` in the caller's transaction, or
/// refuses it when the address already got its share today. Nothing else
/// of the transaction should be kept when this refuses.
pub(crate) async fn count_invitation_to(txn: &DatabaseTransaction, email: &Email) -> Result<()> {
    let bucket = format!("invitation-to:{}", email.as_str().to_lowercase());
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        // Two invitations to the same address at once are counted one after the other.
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtext($1))",
            [bucket.clone().into()],
        ))
        .await?;
    }
    let now = Utc::now();
    let recent = rate_events::Entity::find()
        .filter(rate_events::Column::Bucket.eq(bucket.as_str()))
        .filter(rate_events::Column::CreatedAt.gt(now - Duration::days(1)))
        .count(txn)
        .await?;
    if recent >= INVITATIONS_PER_ADDRESS_PER_DAY {
        return Err(Error::too_many(plaza_i18n::tr_with(
            "store-team-invitations-too-many",
            &[("email", email.as_str().into()), ("max", INVITATIONS_PER_ADDRESS_PER_DAY.into())],
        )));
    }
    rate_events::ActiveModel { bucket: Set(bucket), created_at: Set(now), ..Default::default() }.insert(txn).await?;
    Ok(())
}

async fn insert_invitation(
    txn: &DatabaseTransaction,
    team: i32,
    email: Option<&Email>,
    created_by: Option<UserId>,
    secret: &str,
) -> Result<()> {
    let now = Utc::now();
    team_invitations::ActiveModel {
        team_id: Set(team),
        email: Set(email.map(|e| e.as_str().to_owned())),
        token_hash: Set(hash_secret(secret)),
        created_by: Set(created_by.map(|u| id32(u.0)).transpose()?),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(TEAM_INVITATION_DAYS)),
        revoked_at: Set(None),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Why an invitation row cannot be used now, if it cannot.
fn unusable(row: &team_invitations::Model, now: DateTime<Utc>) -> Option<TeamProblem> {
    if row.revoked_at.is_some() {
        Some(TeamProblem::LinkRevoked)
    } else if row.email.is_some() && row.used_at.is_some() {
        Some(TeamProblem::LinkUsed)
    } else if row.expires_at <= now {
        Some(TeamProblem::LinkExpired)
    } else {
        None
    }
}

async fn invitation_by_secret(db: &impl ConnectionTrait, secret: &str) -> Result<Option<team_invitations::Model>> {
    if secret.len() != 64 {
        return Ok(None);
    }
    Ok(team_invitations::Entity::find()
        .filter(team_invitations::Column::TokenHash.eq(hash_secret(secret)))
        .one(db)
        .await?)
}

impl Store {
    /// Makes a new invitation link for a team; earlier links keep working.
    pub async fn new_team_join_secret(&self, team: TeamId) -> Result<String> {
        self.new_team_link(team, None).await
    }

    /// Makes a new invitation link for a team, made by `by`; earlier
    /// invitations keep working until they are cancelled or expire.
    pub async fn new_team_link(&self, team: TeamId, by: Option<UserId>) -> Result<String> {
        let secret = new_secret();
        let txn = self.write_txn().await?;
        insert_invitation(&txn, id32(team.0)?, None, by, &secret).await?;
        txn.commit().await?;
        Ok(secret)
    }

    /// Records an invitation of `email` to a team and queues the email that
    /// carries it, in one transaction: `compose` turns the new secret into the
    /// email. Refused with [`crate::Refusal::TooMany`] when the address already got
    /// its share of invitations today; then nothing is recorded or sent.
    pub async fn invite_to_team_by_email<F>(&self, team: TeamId, by: UserId, email: &Email, compose: F) -> Result<()>
    where
        F: FnOnce(&str) -> std::result::Result<OutgoingEmail, String>,
    {
        let secret = new_secret();
        let message = compose(&secret).map_err(|e| Error::Internal(format!("team invitation email: {e}")))?;
        let txn = self.write_txn().await?;
        count_invitation_to(&txn, email).await?;
        insert_invitation(&txn, id32(team.0)?, Some(email), Some(by), &secret).await?;
        crate::outbox::enqueue(&txn, &message).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The team's invitations that still work, newest first.
    pub async fn pending_team_invitations(&self, team: TeamId) -> Result<Vec<TeamInvitation>> {
        let now = Utc::now();
        let rows = team_invitations::Entity::find()
            .filter(team_invitations::Column::TeamId.eq(id32(team.0)?))
            .filter(team_invitations::Column::RevokedAt.is_null())
            .filter(team_invitations::Column::ExpiresAt.gt(now))
            .order_by_desc(team_invitations::Column::Id)
            .find_also_related(users::Entity)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .filter(|(row, _)| unusable(row, now).is_none())
            .map(|(row, user)| TeamInvitation {
                id: i64::from(row.id),
                email: row.email,
                created_by: user.map(|u| u.display_name),
                created_at: row.created_at,
                expires_at: row.expires_at,
            })
            .collect())
    }

    /// Cancels one of the team's invitations; false if there is no such
    /// pending invitation of this team.
    pub async fn revoke_team_invitation(&self, team: TeamId, id: i64) -> Result<bool> {
        let result = team_invitations::Entity::update_many()
            .col_expr(team_invitations::Column::RevokedAt, Expr::value(Some(Utc::now())))
            .filter(team_invitations::Column::Id.eq(id32(id)?))
            .filter(team_invitations::Column::TeamId.eq(id32(team.0)?))
            .filter(team_invitations::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected > 0)
    }

    /// The team an invitation token leads to, or why it does not work.
    pub async fn team_for_invitation(&self, secret: &str) -> Result<TeamResult<Team>> {
        let Some(row) = invitation_by_secret(&self.db, secret).await? else {
            return Ok(Err(TeamProblem::UnknownLink));
        };
        if let Some(problem) = unusable(&row, Utc::now()) {
            return Ok(Err(problem));
        }
        match teams::Entity::find_by_id(row.team_id).one(&self.db).await? {
            Some(team) => Ok(Ok(load_team(&self.db, team).await?)),
            None => Ok(Err(TeamProblem::UnknownLink)),
        }
    }

    /// Joins the team of an invitation, within the challenge's team size. An
    /// emailed invitation is used up by the person who joins with it.
    pub async fn join_team(&self, secret: &str, user: UserId) -> Result<TeamResult<Team>> {
        let user = id32(user.0)?;
        let txn = self.write_txn().await?;
        let Some(invitation) = invitation_by_secret(&txn, secret).await? else {
            return Ok(Err(TeamProblem::UnknownLink));
        };
        // Lock the team on PostgreSQL so two joins cannot both take the last place.
        lock_row::<teams::Entity>(&txn, invitation.team_id).await?;
        let Some(team) = teams::Entity::find_by_id(invitation.team_id).one(&txn).await? else {
            return Ok(Err(TeamProblem::UnknownLink));
        };
        let already = crate::entity::team_members::Entity::find()
            .filter(crate::entity::team_members::Column::TeamId.eq(team.id))
            .filter(crate::entity::team_members::Column::UserId.eq(user))
            .count(&txn)
            .await?
            > 0;
        if !already {
            if let Some(problem) = unusable(&invitation, Utc::now()) {
                return Ok(Err(problem));
            }
            if let Err(problem) = add_member(&txn, &team, user).await? {
                return Ok(Err(problem));
            }
            if invitation.email.is_some() {
                team_invitations::Entity::update_many()
                    .col_expr(team_invitations::Column::UsedAt, Expr::value(Some(Utc::now())))
                    .filter(team_invitations::Column::Id.eq(invitation.id))
                    .exec(&txn)
                    .await?;
            }
        }
        let joined = load_team(&txn, team).await?;
        txn.commit().await?;
        Ok(Ok(joined))
    }
}
