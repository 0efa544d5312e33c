//! Challenge details changed in the browser, and the audit of who changed
//! what (`challenge_edits`).

use chrono::{DateTime, Utc};
use plaza_core::challenge_edit::{Change, Details};
use plaza_core::{Challenge, UserId};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenge_edits, challenges, team_members, teams, users};
use crate::error::{Error, Result};

/// One changed field in the audit, with the name of who changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeEdit {
    pub at: DateTime<Utc>,
    pub actor_name: String,
    /// The field's name in the form (`title`, `closes_at`...).
    pub field: String,
    pub before: String,
    pub after: String,
}

/// One change to record in the audit: the field as the page names it
/// (`title`, `datasets.trees.license`, `tracks.predict.metric`...), and its
/// value before and after, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditedEdit {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// Writes one audit row per edit, inside the caller's transaction, so a
/// change and its audit are saved together or not at all. The challenge no
/// longer matches the bundle it was imported from, so its bundle hash is
/// cleared: importing that bundle again compares what it says with what the
/// challenge is now (and updates it), instead of reporting "unchanged".
pub(crate) async fn record_edits(
    txn: &impl sea_orm::ConnectionTrait,
    challenge_id: i64,
    actor: UserId,
    edits: &[AuditedEdit],
    at: DateTime<Utc>,
) -> Result<()> {
    if !edits.is_empty() {
        challenges::Entity::update_many()
            .col_expr(challenges::Column::BundleSha256, Expr::value(String::new()))
            .filter(challenges::Column::Id.eq(id32(challenge_id)?))
            .exec(txn)
            .await?;
    }
    for edit in edits {
        challenge_edits::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            actor_id: Set(id32(actor.0)?),
            field: Set(edit.field.clone()),
            before: Set(edit.before.clone()),
            after: Set(edit.after.clone()),
            created_at: Set(at),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Who did something, when their account no longer has a name to show.
pub(crate) fn unnamed_account(id: i32) -> String {
    plaza_i18n::tr_with("store-challenge-edits-unnamed-account", &[("id", id.into())])
}

/// The display names of the people `ids` names (each looked up once), for
/// lists that say who did what.
pub(crate) async fn display_names(
    db: &impl sea_orm::ConnectionTrait,
    ids: impl Iterator<Item = i32>,
) -> Result<std::collections::HashMap<i32, String>> {
    let mut ids: Vec<i32> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|user| (user.id, user.display_name))
        .collect())
}

/// Audit rows shown with a challenge's details.
pub const EDITS_SHOWN: u64 = 200;

/// A challenge's details as they are now.
pub fn details_of(challenge: &Challenge) -> Details {
    Details {
        title: challenge.title.clone(),
        summary: challenge.summary.clone(),
        host: challenge.host.clone(),
        contact: challenge.contact.clone(),
        description_md: challenge.description_md.clone(),
        zone: challenge.timeline.zone,
        opens_at: challenge.timeline.opens_at,
        closes_at: challenge.timeline.closes_at,
        max_team_size: challenge.max_team_size,
    }
}

impl Store {
    /// Members of the challenge's largest team (0 without teams).
    pub async fn largest_team(&self, challenge_id: i64) -> Result<u32> {
        let teams_of_challenge = Query::select()
            .column(teams::Column::Id)
            .from(teams::Entity)
            .and_where(Expr::col(teams::Column::ChallengeId).eq(id32(challenge_id)?))
            .to_owned();
        let largest: Option<i64> = team_members::Entity::find()
            .select_only()
            .column_as(team_members::Column::Id.count(), "members")
            .filter(team_members::Column::TeamId.in_subquery(teams_of_challenge))
            .group_by(team_members::Column::TeamId)
            .order_by_desc(team_members::Column::Id.count())
            .limit(1)
            .into_tuple()
            .one(&self.db)
            .await?;
        Ok(largest.map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX)))
    }

    /// Saves checked details and, in the same transaction, one audit row per
    /// changed field. `seen` is the fingerprint of the details the form was
    /// filled with: when someone else saved in between, nothing is saved.
    pub async fn update_challenge_details(
        &self,
        challenge_id: i64,
        seen: &str,
        details: &Details,
        changes: &[Change],
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        let row = challenges::Entity::find_by_id(id32(challenge_id)?)
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-challenge-edits-no-challenge")))?;
        let now_details = details_of(&crate::challenges::challenge_from_row(row.clone())?);
        if now_details.fingerprint() != seen {
            return Err(Error::conflict(plaza_i18n::tr("store-challenge-edits-changed-meanwhile")));
        }
        let mut active: challenges::ActiveModel = row.into();
        active.title = Set(details.title.clone());
        active.summary = Set(details.summary.clone());
        active.host = Set(details.host.clone());
        active.contact = Set(details.contact.clone());
        active.description_md = Set(details.description_md.clone());
        active.time_zone = Set(details.zone.name().to_owned());
        active.opens_at = Set(details.opens_at);
        active.closes_at = Set(details.closes_at);
        active.max_team_size = Set(details.max_team_size as i32);
        let now = Utc::now();
        active.updated_at = Set(now);
        active.update(&txn).await?;
        let edits: Vec<AuditedEdit> = changes
            .iter()
            .map(|change| AuditedEdit {
                field: change.field.name().to_owned(),
                before: change.before.clone(),
                after: change.after.clone(),
            })
            .collect();
        record_edits(&txn, challenge_id, actor, &edits, now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The newest changes of a challenge's details, newest first.
    pub async fn challenge_edits(&self, challenge_id: i64) -> Result<Vec<ChallengeEdit>> {
        let rows = challenge_edits::Entity::find()
            .filter(challenge_edits::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_desc(challenge_edits::Column::Id)
            .limit(EDITS_SHOWN)
            .all(&self.db)
            .await?;
        let names = display_names(&self.db, rows.iter().map(|row| row.actor_id)).await?;
        Ok(rows
            .into_iter()
            .map(|row| ChallengeEdit {
                at: row.created_at,
                actor_name: names.get(&row.actor_id).cloned().unwrap_or_else(|| unnamed_account(row.actor_id)),
                field: row.field,
                before: row.before,
                after: row.after,
            })
            .collect())
    }
}
