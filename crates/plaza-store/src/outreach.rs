//! A challenge's ways in without a computer (phone line, drop-off address,
//! partner location), the paper its posters print on, and its short code:
//! one row per challenge, made the first time any of it is needed.

use chrono::Utc;
use plaza_core::outreach::{Outreach, Paper, SHORT_CODE_LENGTH, ShortCode};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::challenge_outreach;
use crate::error::{Error, Result};

/// How many random codes are tried before giving up (a collision among
/// 31^6 codes is rare; five in a row means something else is wrong).
const CODE_ATTEMPTS: usize = 5;

fn outreach_from_row(row: &challenge_outreach::Model) -> Outreach {
    Outreach {
        phone: row.phone.clone(),
        phone_hours: row.phone_hours.clone(),
        drop_off_address: row.drop_off_address.clone(),
        drop_off_hours: row.drop_off_hours.clone(),
        partner_location: row.partner_location.clone(),
        paper: Paper::parse(&row.paper).unwrap_or_default(),
    }
}

fn is_unique_violation(err: &sea_orm::DbErr) -> bool {
    let text = err.to_string().to_lowercase();
    text.contains("unique") || text.contains("duplicate key")
}

/// The challenge's row, made (with a fresh short code and nothing else set)
/// when it has none yet. Two requests racing both end with the one row.
pub(crate) async fn outreach_row(db: &impl ConnectionTrait, challenge_id: i64) -> Result<challenge_outreach::Model> {
    let id = id32(challenge_id)?;
    for _ in 0..CODE_ATTEMPTS {
        if let Some(row) = challenge_outreach::Entity::find_by_id(id).one(db).await? {
            return Ok(row);
        }
        let code = ShortCode::from_random(rand::random::<[u8; SHORT_CODE_LENGTH]>());
        let inserted = challenge_outreach::ActiveModel {
            challenge_id: Set(id),
            short_code: Set(code.as_str().to_owned()),
            phone: Set(String::new()),
            phone_hours: Set(String::new()),
            drop_off_address: Set(String::new()),
            drop_off_hours: Set(String::new()),
            partner_location: Set(String::new()),
            paper: Set(Paper::default().name().to_owned()),
            updated_at: Set(Utc::now()),
        }
        .insert(db)
        .await;
        match inserted {
            Ok(row) => return Ok(row),
            // Another request made the row, or the code is taken: look again.
            Err(err) if is_unique_violation(&err) => continue,
            Err(err) => return Err(err.into()),
        }
    }
    Err(Error::Internal(format!("no free short code for challenge {challenge_id} after {CODE_ATTEMPTS} attempts")))
}

/// Writes `outreach` on the challenge's row (keeping its short code).
pub(crate) async fn write_outreach(db: &impl ConnectionTrait, challenge_id: i64, outreach: &Outreach) -> Result<()> {
    let mut row = outreach_row(db, challenge_id).await?.into_active_model();
    row.phone = Set(outreach.phone.clone());
    row.phone_hours = Set(outreach.phone_hours.clone());
    row.drop_off_address = Set(outreach.drop_off_address.clone());
    row.drop_off_hours = Set(outreach.drop_off_hours.clone());
    row.partner_location = Set(outreach.partner_location.clone());
    row.paper = Set(outreach.paper.name().to_owned());
    row.updated_at = Set(Utc::now());
    row.update(db).await?;
    Ok(())
}

impl Store {
    /// The challenge's ways in without a computer (all empty when never set).
    pub async fn outreach(&self, challenge_id: i64) -> Result<Outreach> {
        let id = id32(challenge_id)?;
        Ok(challenge_outreach::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .as_ref()
            .map(outreach_from_row)
            .unwrap_or_default())
    }

    /// The challenge's short code, made the first time it is asked for.
    pub async fn short_code(&self, challenge_id: i64) -> Result<ShortCode> {
        let row = outreach_row(&self.db, challenge_id).await?;
        ShortCode::parse(&row.short_code)
            .ok_or_else(|| Error::Corrupt(format!("challenge {challenge_id} has a malformed short code")))
    }

    pub async fn save_outreach(&self, challenge_id: i64, outreach: &Outreach) -> Result<()> {
        write_outreach(&self.db, challenge_id, outreach).await
    }

    /// The id of the challenge whose short code is `code`.
    pub async fn challenge_by_short_code(&self, code: &ShortCode) -> Result<Option<i64>> {
        use sea_orm::{ColumnTrait, QueryFilter};
        Ok(challenge_outreach::Entity::find()
            .filter(challenge_outreach::Column::ShortCode.eq(code.as_str()))
            .one(&self.db)
            .await?
            .map(|row| i64::from(row.challenge_id)))
    }
}
