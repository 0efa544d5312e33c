//! Partner organizations of a challenge (`challenge_partners`): saved by
//! the invited address when organizers invite one, listed on the challenge
//! page once someone with that address holds the intermediary role.

use std::collections::HashMap;

use chrono::Utc;
use plaza_core::partner::Partner;
use plaza_core::{ChallengeRole, Email};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenge_partners, challenge_roles, users};
use crate::error::Result;

impl Store {
    /// Saves (or replaces) what the challenge page says of the partner
    /// organization invited at `email`.
    pub async fn save_partner(&self, challenge_id: i64, email: &Email, partner: &Partner) -> Result<()> {
        let id = id32(challenge_id)?;
        let txn = self.write_txn().await?;
        let existing = challenge_partners::Entity::find()
            .filter(challenge_partners::Column::ChallengeId.eq(id))
            .filter(challenge_partners::Column::Email.eq(email.as_str()))
            .one(&txn)
            .await?;
        match existing {
            Some(row) => {
                let mut active: challenge_partners::ActiveModel = row.into();
                active.organization = Set(partner.organization.clone());
                active.help = Set(partner.help.clone());
                active.update(&txn).await?;
            }
            None => {
                challenge_partners::ActiveModel {
                    challenge_id: Set(id),
                    email: Set(email.as_str().to_owned()),
                    organization: Set(partner.organization.clone()),
                    help: Set(partner.help.clone()),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }
        txn.commit().await?;
        Ok(())
    }

    /// The partner organizations of a challenge, by the address they were
    /// invited at (accepted or not), oldest first.
    pub async fn partners_by_email(&self, challenge_id: i64) -> Result<Vec<(String, Partner)>> {
        Ok(challenge_partners::Entity::find()
            .filter(challenge_partners::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(challenge_partners::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| (row.email, Partner { organization: row.organization, help: row.help }))
            .collect())
    }

    /// The partner organizations residents can go to: those whose invited
    /// address belongs to someone who holds the intermediary role now.
    pub async fn challenge_partners(&self, challenge_id: i64) -> Result<Vec<Partner>> {
        let id = id32(challenge_id)?;
        let holders: Vec<i32> = challenge_roles::Entity::find()
            .filter(challenge_roles::Column::ChallengeId.eq(id))
            .filter(challenge_roles::Column::Role.eq(ChallengeRole::Intermediary.name()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| row.user_id)
            .collect();
        if holders.is_empty() {
            return Ok(Vec::new());
        }
        let emails: HashMap<String, ()> = users::Entity::find()
            .filter(users::Column::Id.is_in(holders))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|user| (user.email.to_lowercase(), ()))
            .collect();
        Ok(self
            .partners_by_email(challenge_id)
            .await?
            .into_iter()
            .filter(|(email, _)| emails.contains_key(&email.to_lowercase()))
            .map(|(_, partner)| partner)
            .collect())
    }
}
