//! People's choice votes (`ballots`, `votes`). The rules are
//! `plaza_core::vote`'s. A vote is one row per account and track, changed
//! in place until the ballot closes; the address it came from is kept only
//! as a hash keyed with the ballot's random salt. Opening, closing and
//! setting a vote aside are written to the challenge's audit in the same
//! transaction.

use chrono::{DateTime, Utc};
use plaza_core::UserId;
use plaza_core::vote::{Ballot, Vote};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{ballots, challenge_edits, users, votes};
use crate::error::{Error, Result};
use crate::secrets::{hash_secret, new_secret};

fn ballot_from_row(row: ballots::Model) -> Result<Ballot> {
    Ok(Ballot {
        track_id: i64::from(row.track_id),
        ideas: serde_json::from_str(&row.ideas_json)
            .map_err(|e| Error::Corrupt(format!("ballot of track {}: {e}", row.track_id)))?,
        opened_at: row.opened_at,
        closes_at: row.closes_at,
        closed_at: row.closed_at,
    })
}

/// One audit row, without touching anything else of the challenge.
async fn audit(
    txn: &impl sea_orm::ConnectionTrait,
    challenge_id: i64,
    actor: UserId,
    field: String,
    (before, after): (String, String),
    at: DateTime<Utc>,
) -> Result<()> {
    challenge_edits::ActiveModel {
        challenge_id: Set(id32(challenge_id)?),
        actor_id: Set(id32(actor.0)?),
        field: Set(field),
        before: Set(before),
        after: Set(after),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// What became of a vote sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cast {
    /// Counted (a first vote, or a changed one).
    Counted,
    /// The vote is closed, or never opened.
    Closed,
    /// The idea is not on the ballot.
    NotOnBallot,
    /// The organizers set this person's vote aside, for this reason.
    SetAside(String),
}

impl Store {
    /// Opens a vote on a track's `ideas` until `closes_at`. Refused when the
    /// track already had one.
    pub async fn open_vote(
        &self,
        challenge_id: i64,
        track_id: i64,
        ideas: &[i64],
        closes_at: DateTime<Utc>,
        by: UserId,
    ) -> Result<()> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let existing = ballots::Entity::find().filter(ballots::Column::TrackId.eq(id32(track_id)?)).one(&txn).await?;
        if existing.is_some() {
            return Err(Error::conflict(plaza_i18n::tr("vote-already-opened")));
        }
        let ideas_json = serde_json::to_string(ideas).map_err(|e| Error::encode("ballot", e))?;
        ballots::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            track_id: Set(id32(track_id)?),
            ideas_json: Set(ideas_json),
            salt: Set(new_secret()),
            opened_by: Set(id32(by.0)?),
            opened_at: Set(now),
            closes_at: Set(closes_at),
            closed_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let after = format!("{} ideas, closes {}", ideas.len(), closes_at.to_rfc3339());
        audit(&txn, challenge_id, by, format!("vote.{track_id}.opened"), (String::new(), after), now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The vote of a track, if one was opened.
    pub async fn ballot(&self, track_id: i64) -> Result<Option<Ballot>> {
        ballots::Entity::find()
            .filter(ballots::Column::TrackId.eq(id32(track_id)?))
            .one(&self.db)
            .await?
            .map(ballot_from_row)
            .transpose()
    }

    /// Closes a track's vote now (a vote already closed stays as it was).
    pub async fn close_vote(&self, challenge_id: i64, track_id: i64, by: UserId) -> Result<()> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let row = ballots::Entity::find()
            .filter(ballots::Column::TrackId.eq(id32(track_id)?))
            .filter(ballots::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("vote-none")))?;
        if row.closed_at.is_some() || row.closes_at <= now {
            return Ok(());
        }
        let mut active: ballots::ActiveModel = row.into();
        active.closed_at = Set(Some(now));
        active.update(&txn).await?;
        audit(&txn, challenge_id, by, format!("vote.{track_id}.closed"), (String::new(), now.to_rfc3339()), now)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    /// `voter` votes for `idea_id` (or changes their vote), from `address`.
    pub async fn cast_vote(&self, track_id: i64, idea_id: i64, voter: UserId, address: &str) -> Result<Cast> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let Some(row) = ballots::Entity::find().filter(ballots::Column::TrackId.eq(id32(track_id)?)).one(&txn).await?
        else {
            return Ok(Cast::Closed);
        };
        let salt = row.salt.clone();
        let ballot = ballot_from_row(row)?;
        if !ballot.is_open(now) {
            return Ok(Cast::Closed);
        }
        if !ballot.ideas.contains(&idea_id) {
            return Ok(Cast::NotOnBallot);
        }
        let address = hash_secret(&format!("{salt}:{address}"));
        let existing = votes::Entity::find()
            .filter(votes::Column::TrackId.eq(id32(track_id)?))
            .filter(votes::Column::VoterId.eq(id32(voter.0)?))
            .one(&txn)
            .await?;
        match existing {
            Some(vote) if vote.void_reason.is_some() => {
                return Ok(Cast::SetAside(vote.void_reason.unwrap_or_default()));
            }
            Some(vote) => {
                let mut active: votes::ActiveModel = vote.into();
                active.idea_id = Set(id32(idea_id)?);
                active.address_hash = Set(address);
                active.updated_at = Set(now);
                active.update(&txn).await?;
            }
            None => {
                votes::ActiveModel {
                    track_id: Set(id32(track_id)?),
                    idea_id: Set(id32(idea_id)?),
                    voter_id: Set(id32(voter.0)?),
                    address_hash: Set(address),
                    created_at: Set(now),
                    updated_at: Set(now),
                    void_reason: Set(None),
                    voided_by: Set(None),
                    voided_at: Set(None),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }
        txn.commit().await?;
        Ok(Cast::Counted)
    }

    /// Every vote of a track, oldest first, with when each voter's account was made.
    pub async fn votes(&self, track_id: i64) -> Result<Vec<Vote>> {
        let rows = votes::Entity::find()
            .filter(votes::Column::TrackId.eq(id32(track_id)?))
            .order_by_asc(votes::Column::Id)
            .all(&self.db)
            .await?;
        let voters: Vec<i32> = rows.iter().map(|v| v.voter_id).collect();
        let made: std::collections::HashMap<i32, DateTime<Utc>> = users::Entity::find()
            .filter(users::Column::Id.is_in(voters))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.created_at))
            .collect();
        Ok(rows
            .into_iter()
            .map(|row| Vote {
                id: i64::from(row.id),
                track_id: i64::from(row.track_id),
                idea_id: i64::from(row.idea_id),
                voter: UserId(i64::from(row.voter_id)),
                account_created_at: made.get(&row.voter_id).copied().unwrap_or(row.created_at),
                address: row.address_hash,
                voted_at: row.updated_at,
                void_reason: row.void_reason,
            })
            .collect())
    }

    /// Votes with a warning sign, not set aside, while the track's vote is open.
    pub async fn flagged_votes(&self, track_id: i64) -> Result<u64> {
        let Some(ballot) = self.ballot(track_id).await? else { return Ok(0) };
        if !ballot.is_open(Utc::now()) {
            return Ok(0);
        }
        let votes: Vec<Vote> = self.votes(track_id).await?.into_iter().filter(|v| v.void_reason.is_none()).collect();
        Ok(plaza_core::vote::signals(&votes, &ballot).len() as u64)
    }

    /// Sets vote `vote_id` of a track aside, with the reason in the audit.
    pub async fn void_vote(
        &self,
        challenge_id: i64,
        track_id: i64,
        vote_id: i64,
        reason: &str,
        by: UserId,
    ) -> Result<()> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let row = votes::Entity::find_by_id(id32(vote_id)?)
            .filter(votes::Column::TrackId.eq(id32(track_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("vote-no-such-vote")))?;
        if row.void_reason.is_some() {
            return Err(Error::conflict(plaza_i18n::tr("vote-already-void")));
        }
        let voter = row.voter_id;
        let mut active: votes::ActiveModel = row.into();
        active.void_reason = Set(Some(reason.to_owned()));
        active.voided_by = Set(Some(id32(by.0)?));
        active.voided_at = Set(Some(now));
        active.update(&txn).await?;
        let field = format!("vote.{track_id}.{vote_id}");
        let before = format!("counted (account {voter})");
        audit(&txn, challenge_id, by, field, (before, reason.to_owned()), now).await?;
        txn.commit().await?;
        Ok(())
    }
}
