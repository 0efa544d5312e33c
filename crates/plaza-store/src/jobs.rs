//! The durable job queue. A worker claims a job with a lease and renews it
//! with heartbeats; a job whose lease ran out (its worker died) is claimed
//! again; platform errors are retried with backoff until the job ends
//! `failed` with its reason. On PostgreSQL the claim uses
//! `FOR UPDATE SKIP LOCKED`, so many workers never wait on one another; on
//! SQLite the single-writer UPDATE ... RETURNING is atomic by itself.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QuerySelect, Statement};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{jobs, submissions};
use crate::error::Result;

/// Marks a job done, on any connection: the store's, or a transaction that
/// also records what the job produced.
pub(crate) async fn complete(db: &impl ConnectionTrait, job: i64) -> Result<()> {
    jobs::Entity::update_many()
        .col_expr(jobs::Column::Status, Expr::value("done"))
        .col_expr(jobs::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(jobs::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(jobs::Column::Id.eq(id32(job)?))
        .exec(db)
        .await?;
    Ok(())
}

/// A job as a worker holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub submission_id: Option<i64>,
    /// This attempt's number, from 1.
    pub attempt: i32,
    pub max_attempts: i32,
}

/// What happened to a job, for tests and the organizer view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobState {
    pub status: String,
    pub attempts: i32,
    pub last_error: String,
}

pub(crate) const SCORE: &str = "score";

pub(crate) async fn enqueue(
    db: &impl ConnectionTrait,
    kind: &str,
    submission_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<()> {
    let job = jobs::ActiveModel {
        kind: sea_orm::Set(kind.to_owned()),
        submission_id: sea_orm::Set(submission_id),
        status: sea_orm::Set("queued".into()),
        attempts: sea_orm::Set(0),
        max_attempts: sea_orm::Set(3),
        run_after: sea_orm::Set(now),
        lease_until: sea_orm::Set(None),
        locked_by: sea_orm::Set(String::new()),
        last_error: sea_orm::Set(String::new()),
        created_at: sea_orm::Set(now),
        updated_at: sea_orm::Set(now),
        ..Default::default()
    };
    sea_orm::ActiveModelTrait::insert(job, db).await?;
    crate::signals::announce_in(db, crate::signals::Signal::Jobs).await
}

impl Store {
    /// Claims the oldest due job (or one whose worker's lease expired), and
    /// marks its entry running if it is still queued, in one commit.
    pub async fn claim_job(&self, worker: &str, lease: std::time::Duration) -> Result<Option<ClaimedJob>> {
        let now = Utc::now();
        let lease_until = now + Duration::from_std(lease).unwrap_or(Duration::seconds(60));
        let backend = self.db.get_database_backend();
        let claim = "UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_until = $1, locked_by = $2, updated_at = $3 \
             WHERE id = (SELECT id FROM jobs WHERE (status = 'queued' AND run_after <= $3) OR (status = 'running' AND lease_until < $3) \
             ORDER BY id LIMIT 1{skip_locked}) \
             RETURNING id, kind, submission_id, attempts, max_attempts";
        let values = [lease_until.into(), worker.into(), now.into()];
        let row = if backend == DatabaseBackend::Postgres {
            // One statement, so one commit: the claim and the entry's state.
            let claim = claim.replace("{skip_locked}", " FOR UPDATE SKIP LOCKED");
            let sql = format!(
                "WITH claimed AS ({claim}), \
                 running AS (UPDATE submissions SET status = 'running' \
                 WHERE id = (SELECT submission_id FROM claimed) AND status = 'queued') \
                 SELECT id, kind, submission_id, attempts, max_attempts FROM claimed"
            );
            self.db.query_one_raw(Statement::from_sql_and_values(backend, sql, values)).await?
        } else {
            let txn = self.write_txn().await?;
            let claim = claim.replace("{skip_locked}", "");
            let row = txn.query_one_raw(Statement::from_sql_and_values(backend, claim, values)).await?;
            if let Some(submission) =
                row.as_ref().map(|row| row.try_get::<Option<i32>>("", "submission_id")).transpose()?.flatten()
            {
                txn.execute_raw(Statement::from_sql_and_values(
                    backend,
                    "UPDATE submissions SET status = 'running' WHERE id = $1 AND status = 'queued'",
                    [submission.into()],
                ))
                .await?;
            }
            txn.commit().await?;
            row
        };
        let Some(row) = row else { return Ok(None) };
        Ok(Some(ClaimedJob {
            id: i64::from(row.try_get::<i32>("", "id")?),
            kind: row.try_get("", "kind")?,
            submission_id: row.try_get::<Option<i32>>("", "submission_id")?.map(i64::from),
            attempt: row.try_get("", "attempts")?,
            max_attempts: row.try_get("", "max_attempts")?,
        }))
    }

    /// Renews a lease; false when the job is no longer this worker's.
    pub async fn heartbeat_job(&self, job: i64, worker: &str, lease: std::time::Duration) -> Result<bool> {
        let until = Utc::now() + Duration::from_std(lease).unwrap_or(Duration::seconds(60));
        let result = jobs::Entity::update_many()
            .col_expr(jobs::Column::LeaseUntil, Expr::value(until))
            .filter(jobs::Column::Id.eq(id32(job)?))
            .filter(jobs::Column::LockedBy.eq(worker))
            .filter(jobs::Column::Status.eq("running"))
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected == 1)
    }

    pub async fn complete_job(&self, job: i64) -> Result<()> {
        complete(&self.db, job).await
    }

    /// Records a platform error: retried with backoff, or `failed` for good
    /// after the last attempt. Returns true when the job is failed for good;
    /// its entry, if any, then ends `failed` with `entry_message`, in the same
    /// transaction, so no entry is left waiting on a job that has ended.
    pub async fn fail_job(&self, job: &ClaimedJob, error: &str, entry_message: &str) -> Result<bool> {
        self.fail_job_notifying(job, error, entry_message, None).await
    }

    /// [`Store::fail_job`], queueing `notices` (the organizers' emails that
    /// the entry failed) when the entry ends `failed`, in the same transaction.
    pub async fn fail_job_notifying(
        &self,
        job: &ClaimedJob,
        error: &str,
        entry_message: &str,
        notices: Option<&crate::OrganizerNotices>,
    ) -> Result<bool> {
        let now = Utc::now();
        let final_attempt = job.attempt >= job.max_attempts;
        let backoff = Duration::seconds(5 * 2i64.pow(job.attempt.clamp(0, 10) as u32));
        let error: String = error.chars().take(2000).collect();
        let txn = self.write_txn().await?;
        jobs::Entity::update_many()
            .col_expr(jobs::Column::Status, Expr::value(if final_attempt { "failed" } else { "queued" }))
            .col_expr(jobs::Column::RunAfter, Expr::value(now + backoff))
            .col_expr(jobs::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .col_expr(jobs::Column::LastError, Expr::value(error))
            .col_expr(jobs::Column::UpdatedAt, Expr::value(now))
            .filter(jobs::Column::Id.eq(id32(job.id)?))
            .exec(&txn)
            .await?;
        if !final_attempt && let Some(submission) = job.submission_id {
            // Retried later: its entry waits again, as it did before the claim.
            submissions::Entity::update_many()
                .col_expr(submissions::Column::Status, Expr::value("queued"))
                .filter(submissions::Column::Id.eq(id32(submission)?))
                .filter(submissions::Column::Status.eq("running"))
                .exec(&txn)
                .await?;
        }
        if final_attempt
            && let Some(submission) = job.submission_id
            && crate::submissions::mark_failed(&txn, submission, entry_message).await?
        {
            crate::organizer_notices::queue_some(&txn, notices).await?;
            crate::signals::announce_in(&txn, crate::signals::Signal::Results).await?;
        }
        txn.commit().await?;
        if final_attempt {
            self.ring(crate::signals::Signal::Results);
        }
        Ok(final_attempt)
    }

    /// The jobs of a submission, oldest first.
    pub async fn jobs_of_submission(&self, submission: i64) -> Result<Vec<JobState>> {
        Ok(jobs::Entity::find()
            .filter(jobs::Column::SubmissionId.eq(id32(submission)?))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|j| JobState { status: j.status, attempts: j.attempts, last_error: j.last_error })
            .collect())
    }

    /// Hands the jobs the named workers are running back to the queue, as
    /// if never claimed (the claim's attempt is given back, the entry waits
    /// again): a worker stopping for a shutdown that could not finish them.
    /// Returns how many were handed back.
    pub async fn release_jobs(&self, workers: &[String]) -> Result<u64> {
        if workers.is_empty() {
            return Ok(0);
        }
        let txn = self.write_txn().await?;
        let running: Vec<(i32, Option<i32>)> = jobs::Entity::find()
            .select_only()
            .column(jobs::Column::Id)
            .column(jobs::Column::SubmissionId)
            .filter(jobs::Column::Status.eq("running"))
            .filter(jobs::Column::LockedBy.is_in(workers.iter().cloned()))
            .into_tuple()
            .all(&txn)
            .await?;
        let now = Utc::now();
        let released = jobs::Entity::update_many()
            .col_expr(jobs::Column::Status, Expr::value("queued"))
            .col_expr(jobs::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .col_expr(jobs::Column::LockedBy, Expr::value(""))
            .col_expr(jobs::Column::Attempts, Expr::col(jobs::Column::Attempts).sub(1))
            .col_expr(jobs::Column::UpdatedAt, Expr::value(now))
            .filter(jobs::Column::Id.is_in(running.iter().map(|(id, _)| *id)))
            .filter(jobs::Column::Status.eq("running"))
            .exec(&txn)
            .await?;
        crate::entity::submissions::Entity::update_many()
            .col_expr(crate::entity::submissions::Column::Status, Expr::value("queued"))
            .filter(crate::entity::submissions::Column::Id.is_in(running.iter().filter_map(|(_, s)| *s)))
            .filter(crate::entity::submissions::Column::Status.eq("running"))
            .exec(&txn)
            .await?;
        crate::signals::announce_in(&txn, crate::signals::Signal::Jobs).await?;
        txn.commit().await?;
        self.ring(crate::signals::Signal::Jobs);
        Ok(released.rows_affected)
    }

    /// Jobs queued and running (the metrics' queue depth).
    pub async fn job_counts(&self) -> Result<(u64, u64)> {
        let rows: Vec<(String, i64)> = jobs::Entity::find()
            .select_only()
            .column(jobs::Column::Status)
            .column_as(jobs::Column::Id.count(), "n")
            .filter(jobs::Column::Status.is_in(["queued", "running"]))
            .group_by(jobs::Column::Status)
            .into_tuple()
            .all(&self.db)
            .await?;
        let count =
            |status: &str| rows.iter().find(|(s, _)| s == status).map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
        Ok((count("queued"), count("running")))
    }

    /// The database pool's connections: (open, idle).
    pub fn pool_use(&self) -> (u32, u32) {
        match self.db.get_database_backend() {
            DatabaseBackend::Postgres => {
                let pool = self.db.get_postgres_connection_pool();
                (pool.size(), u32::try_from(pool.num_idle()).unwrap_or(u32::MAX))
            }
            _ => {
                let pool = self.db.get_sqlite_connection_pool();
                (pool.size(), u32::try_from(pool.num_idle()).unwrap_or(u32::MAX))
            }
        }
    }

    /// Jobs waiting or running, for health checks and benchmarks.
    pub async fn pending_job_count(&self) -> Result<u64> {
        use sea_orm::PaginatorTrait;
        Ok(jobs::Entity::find().filter(jobs::Column::Status.is_in(["queued", "running"])).count(&self.db).await?)
    }
}
