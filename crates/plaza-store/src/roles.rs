//! Per-challenge roles (organizer, judge) and the invitations that grant them.

use chrono::{DateTime, Duration, Utc};
use plaza_core::{ChallengeRole, Email, OutgoingEmail, User, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenge_roles, challenges, invitations, users};
use crate::error::{Error, Result};
use crate::outbox::enqueue;
use crate::secrets::hash_secret;
use crate::teams::lock_row;
use crate::users::user_from_row;

/// How long an invitation link stays valid.
pub const INVITATION_DAYS: i64 = 14;

#[derive(Debug, Clone)]
pub struct RoleHolder {
    pub user: User,
    pub role: ChallengeRole,
}

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: i64,
    pub challenge_id: i64,
    pub email: Email,
    pub role: ChallengeRole,
    pub invited_by: UserId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
}

/// What became of taking a role from someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleRemoval {
    Removed,
    /// They did not hold that role.
    NotHeld,
    /// They are the challenge's only organizer, and only a site admin may
    /// leave a challenge without one.
    LastOrganizer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationProblem {
    Unknown,
    Expired,
    AlreadyAccepted,
    /// The invitation was sent to another address than the signed-in account's.
    OtherAccount {
        invited: Email,
    },
}

fn invitation_from_row(row: invitations::Model) -> Result<Invitation> {
    Ok(Invitation {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        email: Email::parse(&row.email).map_err(|e| Error::Corrupt(e.to_string()))?,
        role: ChallengeRole::parse(&row.role).ok_or_else(|| Error::Corrupt(format!("role {}", row.role)))?,
        invited_by: UserId(i64::from(row.invited_by)),
        created_at: row.created_at,
        expires_at: row.expires_at,
        accepted_at: row.accepted_at,
    })
}

pub(crate) async fn grant(
    db: &impl ConnectionTrait,
    challenge_id: i32,
    user_id: i32,
    role: ChallengeRole,
) -> Result<()> {
    let exists = challenge_roles::Entity::find()
        .filter(challenge_roles::Column::ChallengeId.eq(challenge_id))
        .filter(challenge_roles::Column::UserId.eq(user_id))
        .filter(challenge_roles::Column::Role.eq(role.name()))
        .one(db)
        .await?
        .is_some();
    if !exists {
        challenge_roles::ActiveModel {
            challenge_id: Set(challenge_id),
            user_id: Set(user_id),
            role: Set(role.name().to_owned()),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

impl Store {
    /// The roles `user` holds on a challenge.
    pub async fn roles_for(&self, challenge_id: i64, user: UserId) -> Result<Vec<ChallengeRole>> {
        let mut roles: Vec<ChallengeRole> = challenge_roles::Entity::find()
            .filter(challenge_roles::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(challenge_roles::Column::UserId.eq(id32(user.0)?))
            .all(&self.db)
            .await?
            .iter()
            .filter_map(|row| ChallengeRole::parse(&row.role))
            .collect();
        roles.sort();
        Ok(roles)
    }

    /// Every challenge on which `user` holds a role, as (challenge id, role).
    pub async fn roles_of_user(&self, user: UserId) -> Result<Vec<(i64, ChallengeRole)>> {
        Ok(challenge_roles::Entity::find()
            .filter(challenge_roles::Column::UserId.eq(id32(user.0)?))
            .order_by_asc(challenge_roles::Column::ChallengeId)
            .all(&self.db)
            .await?
            .iter()
            .filter_map(|row| ChallengeRole::parse(&row.role).map(|r| (i64::from(row.challenge_id), r)))
            .collect())
    }

    pub async fn grant_role(&self, challenge_id: i64, user: UserId, role: ChallengeRole) -> Result<()> {
        grant(&self.db, id32(challenge_id)?, id32(user.0)?, role).await
    }

    /// Takes a role from someone. A challenge keeps an organizer: unless a
    /// site admin asks (`by_admin`), the last one is not removed. Counted in
    /// the transaction that removes, so two organizers stepping down at once
    /// cannot both go.
    pub async fn revoke_role(
        &self,
        challenge_id: i64,
        user: UserId,
        role: ChallengeRole,
        by_admin: bool,
    ) -> Result<RoleRemoval> {
        let challenge = id32(challenge_id)?;
        let txn = self.write_txn().await?;
        lock_row::<challenges::Entity>(&txn, challenge).await?;
        let result = challenge_roles::Entity::delete_many()
            .filter(challenge_roles::Column::ChallengeId.eq(challenge))
            .filter(challenge_roles::Column::UserId.eq(id32(user.0)?))
            .filter(challenge_roles::Column::Role.eq(role.name()))
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            txn.rollback().await?;
            return Ok(RoleRemoval::NotHeld);
        }
        if role == ChallengeRole::Organizer && !by_admin {
            let left = challenge_roles::Entity::find()
                .filter(challenge_roles::Column::ChallengeId.eq(challenge))
                .filter(challenge_roles::Column::Role.eq(ChallengeRole::Organizer.name()))
                .count(&txn)
                .await?;
            if left == 0 {
                txn.rollback().await?;
                return Ok(RoleRemoval::LastOrganizer);
            }
        }
        txn.commit().await?;
        Ok(RoleRemoval::Removed)
    }

    /// Organizers and judges of a challenge.
    pub async fn role_holders(&self, challenge_id: i64) -> Result<Vec<RoleHolder>> {
        let rows = challenge_roles::Entity::find()
            .filter(challenge_roles::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(challenge_roles::Column::Role)
            .order_by_asc(challenge_roles::Column::Id)
            .find_also_related(users::Entity)
            .all(&self.db)
            .await?;
        let mut holders = Vec::new();
        for (role_row, user_row) in rows {
            if let (Some(role), Some(user)) = (ChallengeRole::parse(&role_row.role), user_row) {
                holders.push(RoleHolder { user: user_from_row(user)?, role });
            }
        }
        Ok(holders)
    }

    /// Records an invitation and queues its email in one transaction. An
    /// earlier invitation of the same address to the same role, not yet
    /// accepted, is replaced: its link stops working. Refused with
    /// [`crate::Refusal::TooMany`] (nothing recorded or sent) when the address already
    /// got its share of invitations today, team invitations included.
    pub async fn create_invitation(
        &self,
        challenge_id: i64,
        email: &Email,
        role: ChallengeRole,
        invited_by: UserId,
        secret: &str,
        message: &OutgoingEmail,
    ) -> Result<Invitation> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        crate::team_invitations::count_invitation_to(&txn, email).await?;
        invitations::Entity::delete_many()
            .filter(invitations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(invitations::Column::Email.eq(email.as_str()))
            .filter(invitations::Column::Role.eq(role.name()))
            .filter(invitations::Column::AcceptedAt.is_null())
            .exec(&txn)
            .await?;
        let row = invitations::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            email: Set(email.as_str().to_owned()),
            role: Set(role.name().to_owned()),
            token_hash: Set(hash_secret(secret)),
            invited_by: Set(id32(invited_by.0)?),
            created_at: Set(now),
            expires_at: Set(now + Duration::days(INVITATION_DAYS)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        enqueue(&txn, message).await?;
        txn.commit().await?;
        invitation_from_row(row)
    }

    /// Invitations of a challenge not yet accepted.
    pub async fn pending_invitations(&self, challenge_id: i64) -> Result<Vec<Invitation>> {
        invitations::Entity::find()
            .filter(invitations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(invitations::Column::AcceptedAt.is_null())
            .order_by_desc(invitations::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(invitation_from_row)
            .collect()
    }

    /// Withdraws an invitation of this challenge not yet accepted; its link
    /// stops working. False when there is no such invitation.
    pub async fn cancel_invitation(&self, challenge_id: i64, id: i64) -> Result<bool> {
        let Ok(id) = id32(id) else { return Ok(false) };
        let deleted = invitations::Entity::delete_many()
            .filter(invitations::Column::Id.eq(id))
            .filter(invitations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(invitations::Column::AcceptedAt.is_null())
            .exec(&self.db)
            .await?;
        Ok(deleted.rows_affected == 1)
    }

    pub async fn invitation_by_secret(&self, secret: &str) -> Result<Option<Invitation>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        invitations::Entity::find()
            .filter(invitations::Column::TokenHash.eq(hash_secret(secret)))
            .one(&self.db)
            .await?
            .map(invitation_from_row)
            .transpose()
    }

    /// Accepts an invitation for `user`, granting its role.
    pub async fn accept_invitation(
        &self,
        secret: &str,
        user: &User,
    ) -> Result<std::result::Result<Invitation, InvitationProblem>> {
        let Some(invitation) = self.invitation_by_secret(secret).await? else {
            return Ok(Err(InvitationProblem::Unknown));
        };
        if invitation.accepted_at.is_some() {
            return Ok(Err(InvitationProblem::AlreadyAccepted));
        }
        if invitation.expires_at <= Utc::now() {
            return Ok(Err(InvitationProblem::Expired));
        }
        if invitation.email != user.email {
            return Ok(Err(InvitationProblem::OtherAccount { invited: invitation.email }));
        }
        let txn = self.write_txn().await?;
        let claimed = invitations::Entity::update_many()
            .col_expr(invitations::Column::AcceptedAt, Expr::value(Utc::now()))
            .col_expr(invitations::Column::AcceptedBy, Expr::value(id32(user.id.0)?))
            .filter(invitations::Column::Id.eq(id32(invitation.id)?))
            .filter(invitations::Column::AcceptedAt.is_null())
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            return Ok(Err(InvitationProblem::AlreadyAccepted));
        }
        grant(&txn, id32(invitation.challenge_id)?, id32(user.id.0)?, invitation.role).await?;
        txn.commit().await?;
        Ok(Ok(invitation))
    }
}
