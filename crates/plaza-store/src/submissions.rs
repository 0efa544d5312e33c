//! Coding entries: creating them within the daily quota (safely under
//! concurrent uploads), recording results exactly once, organizer actions,
//! and the entries a leaderboard ranks.

use chrono::{DateTime, Utc};
use plaza_core::submission::{DayTally, next_slot, quota_day};
use plaza_core::timeline::Zone;
use plaza_core::{
    BlobRef, BoardEntry, CaseResult, OutgoingEmail, Submission, SubmissionStatus, TeamId, UserId, Verdict,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::Store;
use crate::boards::{refresh_entry_team_in, refresh_team_in};
use crate::challenges::id32;
use crate::entity::{submissions, teams};
use crate::error::{Error, Result};
use crate::jobs::{SCORE, enqueue};
use crate::signals::{Signal, announce_in};

/// An entry about to be queued.
#[derive(Debug, Clone)]
pub struct NewSubmission {
    pub challenge_id: i64,
    pub track_id: i64,
    pub team_id: TeamId,
    pub user_id: UserId,
    pub file_name: String,
    pub blob: BlobRef,
    pub daily_limit: u32,
    /// Predictions tracks: files refused for their format or ids use no
    /// daily slot, up to this many a day. `None` (code tracks): every
    /// checked entry uses a slot.
    pub refused_limit: Option<u32>,
    /// The challenge's time zone: its days begin at its midnight.
    pub zone: Zone,
}

/// The team used all its entries for today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaReached {
    pub limit: u32,
    pub next_slot: DateTime<Utc>,
    /// The cap reached was the one on refused files, not the daily limit.
    pub refused: bool,
    /// The challenge's time zone, in which `next_slot` is told.
    pub zone: Zone,
}

/// How many entries a team has left today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quota {
    pub limit: u32,
    pub used: u32,
    pub next_slot: DateTime<Utc>,
    /// Files refused today for their format or ids, which used no slot.
    pub refused: u32,
}

impl Quota {
    pub fn left(&self) -> u32 {
        self.limit.saturating_sub(self.used)
    }
}

/// The result of scoring an entry.
#[derive(Debug, Clone)]
pub struct ScoreResult {
    pub verdict: Verdict,
    pub public_score: Option<f64>,
    pub private_score: Option<f64>,
    pub message: String,
    pub cases: Vec<CaseResult>,
    /// What a program wrote to stderr, case by case: for organizers only
    /// (it could leak hidden data to the entrant).
    pub stderr: String,
}

fn counting_statuses() -> Vec<&'static str> {
    SubmissionStatus::ALL.into_iter().filter(|s| s.counts_toward_quota()).map(SubmissionStatus::name).collect()
}

/// What a team sent on a track on `day`, counted by the rule in plaza-core.
async fn day_tally(
    db: &impl ConnectionTrait,
    team: i32,
    track: i32,
    day: &str,
    refused_are_free: bool,
) -> Result<DayTally> {
    let rows: Vec<(String, Option<String>)> = submissions::Entity::find()
        .select_only()
        .column(submissions::Column::Status)
        .column(submissions::Column::Verdict)
        .filter(submissions::Column::TeamId.eq(team))
        .filter(submissions::Column::TrackId.eq(track))
        .filter(submissions::Column::UtcDay.eq(day))
        .filter(submissions::Column::Status.is_in(counting_statuses()))
        .into_tuple()
        .all(db)
        .await?;
    let mut tally = DayTally::default();
    for (status, verdict) in rows {
        let status = SubmissionStatus::parse(&status).ok_or_else(|| Error::Corrupt(format!("status {status}")))?;
        tally.add(status, verdict.as_deref().and_then(Verdict::parse), refused_are_free);
    }
    Ok(tally)
}

pub(crate) fn submission_from_row(row: submissions::Model) -> Result<Submission> {
    let corrupt = |what: &str| Error::Corrupt(format!("submission {}: {what}", row.id));
    Ok(Submission {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        track_id: i64::from(row.track_id),
        team_id: TeamId(i64::from(row.team_id)),
        user_id: UserId(i64::from(row.user_id)),
        file_name: row.file_name.clone(),
        blob: BlobRef { sha256: row.blob_sha256.clone(), size: row.size_bytes.max(0) as u64 },
        status: SubmissionStatus::parse(&row.status).ok_or_else(|| corrupt("status"))?,
        verdict: match &row.verdict {
            Some(v) => Some(Verdict::parse(v).ok_or_else(|| corrupt("verdict"))?),
            None => None,
        },
        public_score: row.public_score,
        private_score: row.private_score,
        message: row.message.clone(),
        cases: if row.cases_json.is_empty() {
            Vec::new()
        } else {
            serde_json::from_str(&row.cases_json).map_err(|e| corrupt(&e.to_string()))?
        },
        selected: row.selected,
        disqualified_reason: row.disqualified_reason.clone(),
        created_at: row.created_at,
        scored_at: row.scored_at,
    })
}

impl Store {
    /// Queues an entry and its scoring job, unless the team has used its
    /// daily entries. Concurrent uploads by one team are serialized on the
    /// team's row, so the limit holds exactly.
    pub async fn create_submission(&self, new: NewSubmission) -> Result<std::result::Result<Submission, QuotaReached>> {
        let now = Utc::now();
        let day = quota_day(now, new.zone);
        let team = id32(new.team_id.0)?;
        let track = id32(new.track_id)?;
        let txn = self.write_txn().await?;
        // Taking the team row's write lock first (a no-op update) makes the
        // count below and the insert one atomic step on SQLite and PostgreSQL.
        teams::Entity::update_many()
            .col_expr(teams::Column::Id, Expr::col(teams::Column::Id))
            .filter(teams::Column::Id.eq(team))
            .exec(&txn)
            .await?;
        let tally = day_tally(&txn, team, track, &day, new.refused_limit.is_some()).await?;
        let reached = if tally.counted >= new.daily_limit {
            Some(QuotaReached {
                limit: new.daily_limit,
                next_slot: next_slot(now, new.zone),
                refused: false,
                zone: new.zone,
            })
        } else {
            new.refused_limit.filter(|cap| tally.refused >= *cap).map(|cap| QuotaReached {
                limit: cap,
                next_slot: next_slot(now, new.zone),
                refused: true,
                zone: new.zone,
            })
        };
        if let Some(reached) = reached {
            txn.rollback().await?;
            return Ok(Err(reached));
        }
        let row = submissions::ActiveModel {
            challenge_id: Set(id32(new.challenge_id)?),
            track_id: Set(track),
            team_id: Set(team),
            user_id: Set(id32(new.user_id.0)?),
            file_name: Set(new.file_name.chars().take(200).collect()),
            blob_sha256: Set(new.blob.sha256.clone()),
            size_bytes: Set(new.blob.size as i64),
            status: Set(SubmissionStatus::Queued.name().to_owned()),
            verdict: Set(None),
            public_score: Set(None),
            private_score: Set(None),
            message: Set(String::new()),
            cases_json: Set(String::new()),
            selected: Set(false),
            disqualified_reason: Set(None),
            utc_day: Set(day),
            created_at: Set(now),
            scored_at: Set(None),
            // The language of the request that sent it: the scorer writes
            // the entry's problems in it.
            locale: Set(Some(plaza_i18n::current().to_owned())),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        enqueue(&txn, SCORE, Some(row.id), now).await?;
        txn.commit().await?;
        self.ring(Signal::Jobs);
        Ok(Ok(submission_from_row(row)?))
    }

    /// The team's quota on a track today.
    /// How much of today's limit the team has used; `refused_are_free` as
    /// in [`NewSubmission::refused_limit`].
    pub async fn quota(
        &self,
        team: TeamId,
        track_id: i64,
        limit: u32,
        refused_are_free: bool,
        zone: Zone,
    ) -> Result<Quota> {
        let now = Utc::now();
        let day = quota_day(now, zone);
        let tally = day_tally(&self.db, id32(team.0)?, id32(track_id)?, &day, refused_are_free).await?;
        Ok(Quota { limit, used: tally.counted, next_slot: next_slot(now, zone), refused: tally.refused })
    }

    pub async fn submission(&self, id: i64) -> Result<Option<Submission>> {
        let Ok(id) = id32(id) else { return Ok(None) };
        submissions::Entity::find_by_id(id).one(&self.db).await?.map(submission_from_row).transpose()
    }

    /// The language entry `id` was sent in (the site's default for entries
    /// from before languages, or one the site no longer has).
    pub async fn submission_language(&self, id: i64) -> Result<&'static str> {
        let locale = submissions::Entity::find_by_id(id32(id)?).one(&self.db).await?.and_then(|row| row.locale);
        Ok(plaza_i18n::preferred(locale.as_deref()))
    }

    /// A team's entries on a track, newest first.
    pub async fn team_submissions(&self, team: TeamId, track_id: i64) -> Result<Vec<Submission>> {
        submissions::Entity::find()
            .filter(submissions::Column::TeamId.eq(id32(team.0)?))
            .filter(submissions::Column::TrackId.eq(id32(track_id)?))
            .order_by_desc(submissions::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(submission_from_row)
            .collect()
    }

    /// The newest `limit` entries of the teams `user` is in, on every
    /// challenge, newest first (the person's account page).
    pub async fn user_submissions(&self, user: UserId, limit: u64) -> Result<Vec<Submission>> {
        let teams: Vec<i32> = crate::entity::team_members::Entity::find()
            .filter(crate::entity::team_members::Column::UserId.eq(id32(user.0)?))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| m.team_id)
            .collect();
        if teams.is_empty() {
            return Ok(Vec::new());
        }
        submissions::Entity::find()
            .filter(submissions::Column::TeamId.is_in(teams))
            .order_by_desc(submissions::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(submission_from_row)
            .collect()
    }

    /// Every entry on a track, newest first (organizers).
    pub async fn track_submissions(&self, track_id: i64) -> Result<Vec<Submission>> {
        submissions::Entity::find()
            .filter(submissions::Column::TrackId.eq(id32(track_id)?))
            .order_by_desc(submissions::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(submission_from_row)
            .collect()
    }

    /// Marks an entry as being scored (no change if it was cancelled meanwhile).
    pub async fn mark_submission_running(&self, id: i64) -> Result<()> {
        submissions::Entity::update_many()
            .col_expr(submissions::Column::Status, Expr::value(SubmissionStatus::Running.name()))
            .filter(submissions::Column::Id.eq(id32(id)?))
            .filter(submissions::Column::Status.eq(SubmissionStatus::Queued.name()))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Writes a result once: an entry already scored, failed or cancelled is
    /// left as it is, so a job that runs twice scores once. The email, if
    /// any, is queued in the same transaction. Returns whether it was written.
    ///
    /// With `job`, that job is marked done in the same transaction: an entry
    /// is never `scored` while its job still looks `running`, nor the other
    /// way round.
    pub async fn record_result(
        &self,
        id: i64,
        result: &ScoreResult,
        email: Option<&OutgoingEmail>,
        job: Option<i64>,
    ) -> Result<bool> {
        let cases = serde_json::to_string(&result.cases).map_err(|e| Error::encode("test cases", e))?;
        let txn = self.write_txn().await?;
        let updated = submissions::Entity::update_many()
            .col_expr(submissions::Column::Status, Expr::value(SubmissionStatus::Scored.name()))
            .col_expr(submissions::Column::Verdict, Expr::value(result.verdict.name()))
            .col_expr(submissions::Column::PublicScore, Expr::value(result.public_score))
            .col_expr(submissions::Column::PrivateScore, Expr::value(result.private_score))
            .col_expr(submissions::Column::Message, Expr::value(result.message.clone()))
            .col_expr(submissions::Column::CasesJson, Expr::value(cases))
            .col_expr(submissions::Column::ScoredAt, Expr::value(Utc::now()))
            .col_expr(submissions::Column::StderrLog, Expr::value(result.stderr.clone()))
            .filter(submissions::Column::Id.eq(id32(id)?))
            .filter(
                submissions::Column::Status.is_in([SubmissionStatus::Queued.name(), SubmissionStatus::Running.name()]),
            )
            .exec(&txn)
            .await?;
        if updated.rows_affected == 1 {
            refresh_entry_team_in(&txn, id32(id)?).await?;
            if let Some(email) = email {
                crate::outbox::enqueue(&txn, email).await?;
            }
            announce_in(&txn, Signal::Results).await?;
        }
        if let Some(job) = job {
            crate::jobs::complete(&txn, job).await?;
        }
        txn.commit().await?;
        self.ring(Signal::Results);
        Ok(updated.rows_affected == 1)
    }

    /// What the entry's program wrote to stderr: organizers only.
    pub async fn submission_stderr(&self, id: i64) -> Result<String> {
        Ok(submissions::Entity::find_by_id(id32(id)?)
            .one(&self.db)
            .await?
            .map(|row| row.stderr_log)
            .unwrap_or_default())
    }

    /// Plaza could not score an entry: it ends `failed` and does not count
    /// against the quota.
    pub async fn mark_submission_failed(&self, id: i64, message: &str) -> Result<()> {
        mark_failed(&self.db, id, message).await?;
        self.ring(Signal::Results);
        Ok(())
    }

    /// Chooses the team's entries for the final ranking: at most `max` of its
    /// scored entries. Ids that are not the team's scored entries are ignored;
    /// more than `max` changes nothing and answers `false`.
    pub async fn select_submissions(&self, team: TeamId, track_id: i64, ids: &[i64], max: u32) -> Result<bool> {
        let ids: std::collections::BTreeSet<i32> = ids.iter().filter_map(|i| id32(*i).ok()).collect();
        let txn = self.write_txn().await?;
        let eligible: Vec<i32> = submissions::Entity::find()
            .select_only()
            .column(submissions::Column::Id)
            .filter(submissions::Column::TeamId.eq(id32(team.0)?))
            .filter(submissions::Column::TrackId.eq(id32(track_id)?))
            .filter(submissions::Column::Status.eq(SubmissionStatus::Scored.name()))
            .filter(submissions::Column::Id.is_in(ids.iter().copied()))
            .into_tuple()
            .all(&txn)
            .await?;
        if eligible.len() > max as usize {
            return Ok(false);
        }
        submissions::Entity::update_many()
            .col_expr(submissions::Column::Selected, Expr::value(false))
            .filter(submissions::Column::TeamId.eq(id32(team.0)?))
            .filter(submissions::Column::TrackId.eq(id32(track_id)?))
            .exec(&txn)
            .await?;
        submissions::Entity::update_many()
            .col_expr(submissions::Column::Selected, Expr::value(true))
            .filter(submissions::Column::Id.is_in(eligible))
            .exec(&txn)
            .await?;
        refresh_team_in(&txn, id32(track_id)?, id32(team.0)?).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Organizer: cancels a waiting or running entry (it stops counting).
    pub async fn cancel_submission(&self, id: i64) -> Result<bool> {
        // Kept with the entry for the entrant to read: in the site's language.
        let message = plaza_i18n::tr_in(plaza_i18n::default_language(), "store-submissions-cancelled", &[]);
        let result = submissions::Entity::update_many()
            .col_expr(submissions::Column::Status, Expr::value(SubmissionStatus::Cancelled.name()))
            .col_expr(submissions::Column::Message, Expr::value(message))
            .filter(submissions::Column::Id.eq(id32(id)?))
            .filter(
                submissions::Column::Status.is_in([SubmissionStatus::Queued.name(), SubmissionStatus::Running.name()]),
            )
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected == 1)
    }

    /// Organizer: removes an entry from the leaderboards, with a reason the entrant sees.
    pub async fn disqualify_submission(&self, id: i64, reason: &str) -> Result<bool> {
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 1000 {
            return Err(Error::invalid(plaza_i18n::tr("store-submissions-reason-required")));
        }
        let txn = self.write_txn().await?;
        let result = submissions::Entity::update_many()
            .col_expr(submissions::Column::DisqualifiedReason, Expr::value(reason))
            .filter(submissions::Column::Id.eq(id32(id)?))
            .exec(&txn)
            .await?;
        refresh_entry_team_in(&txn, id32(id)?).await?;
        txn.commit().await?;
        Ok(result.rows_affected == 1)
    }

    /// Organizer: scores entries again (after fixing the answers, say). Each
    /// finished entry goes back to the queue with a new job.
    pub async fn rerun_submissions(&self, ids: &[i64]) -> Result<usize> {
        let txn = self.write_txn().await?;
        let queued = rerun_in(&txn, ids, Utc::now()).await?;
        txn.commit().await?;
        self.ring(Signal::Jobs);
        Ok(queued)
    }

    /// Scored, valid, not disqualified entries of a track, with each team's
    /// public name: what the leaderboards rank. Pages read the rows the store
    /// keeps instead; tests rank these with `plaza_core::submission::rank`
    /// to check those rows.
    pub async fn board_entries(&self, track_id: i64) -> Result<Vec<BoardEntry>> {
        let rows = submissions::Entity::find()
            .filter(submissions::Column::TrackId.eq(id32(track_id)?))
            .filter(submissions::Column::Status.eq(SubmissionStatus::Scored.name()))
            .filter(submissions::Column::Verdict.eq(Verdict::Ok.name()))
            .filter(Condition::all().add(submissions::Column::DisqualifiedReason.is_null()))
            .filter(submissions::Column::PublicScore.is_not_null())
            .find_also_related(teams::Entity)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(submission, team)| {
                let team = team?;
                let name = if team.show_alias { team.alias } else { team.name };
                Some(BoardEntry {
                    team_id: i64::from(submission.team_id),
                    team_name: name,
                    submission_id: i64::from(submission.id),
                    public_score: submission.public_score?,
                    private_score: submission.private_score,
                    selected: submission.selected,
                    created_at: submission.created_at,
                })
            })
            .collect())
    }
}

/// The transactional core of [`Store::rerun_submissions`]: puts each
/// scored or failed entry of `ids` back in the queue with its results
/// cleared, inside the caller's transaction. Returns how many were queued.
pub(crate) async fn rerun_in(txn: &impl ConnectionTrait, ids: &[i64], now: DateTime<Utc>) -> Result<usize> {
    let ids = ids.iter().map(|id| id32(*id)).collect::<Result<Vec<i32>>>()?;
    // Each team whose entries go back to the queue leaves the boards until they are scored again.
    let mut teams = std::collections::BTreeSet::new();
    for chunk in ids.chunks(500) {
        let pairs: Vec<(i32, i32)> = submissions::Entity::find()
            .select_only()
            .column(submissions::Column::TrackId)
            .column(submissions::Column::TeamId)
            .filter(submissions::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(txn)
            .await?;
        teams.extend(pairs);
    }
    let mut queued = 0;
    for id in ids {
        let result = submissions::Entity::update_many()
            .col_expr(submissions::Column::Status, Expr::value(SubmissionStatus::Queued.name()))
            .col_expr(submissions::Column::Verdict, Expr::value(Option::<String>::None))
            .col_expr(submissions::Column::PublicScore, Expr::value(Option::<f64>::None))
            .col_expr(submissions::Column::PrivateScore, Expr::value(Option::<f64>::None))
            .col_expr(submissions::Column::Message, Expr::value(""))
            .col_expr(submissions::Column::CasesJson, Expr::value(""))
            .filter(submissions::Column::Id.eq(id))
            .filter(
                submissions::Column::Status.is_in([SubmissionStatus::Scored.name(), SubmissionStatus::Failed.name()]),
            )
            .exec(txn)
            .await?;
        if result.rows_affected == 1 {
            enqueue(txn, SCORE, Some(id), now).await?;
            queued += 1;
        }
    }
    for (track, team) in teams {
        refresh_team_in(txn, track, team).await?;
    }
    Ok(queued)
}

/// Ends a queued or running entry `failed` with `message`, on any connection.
/// Returns whether the entry was pending (and is now `failed`).
pub(crate) async fn mark_failed(db: &impl ConnectionTrait, id: i64, message: &str) -> Result<bool> {
    let updated = submissions::Entity::update_many()
        .col_expr(submissions::Column::Status, Expr::value(SubmissionStatus::Failed.name()))
        .col_expr(submissions::Column::Message, Expr::value(message))
        .filter(submissions::Column::Id.eq(id32(id)?))
        .filter(submissions::Column::Status.is_in([SubmissionStatus::Queued.name(), SubmissionStatus::Running.name()]))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}
