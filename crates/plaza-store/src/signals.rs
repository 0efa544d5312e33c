//! Wake-ups between the parts of Plaza: a new scoring job wakes an idle
//! worker at once, and a written result wakes the entry page waiting for it.
//!
//! In one process (the embedded default) they are tokio `Notify`s, rung
//! after the transaction commits. On PostgreSQL the transaction also sends
//! `NOTIFY` (delivered only if it commits), and the first process that waits
//! starts one `LISTEN` connection, so a worker on another machine wakes too.
//! Waiting always has a timeout: a missed wake-up costs one poll, never a job.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use tokio::sync::Notify;

use crate::Store;
use crate::error::Result;

/// The PostgreSQL channel of new jobs.
const JOBS: &str = "plaza_jobs";
/// The PostgreSQL channel of written results.
const RESULTS: &str = "plaza_results";

#[derive(Debug, Default)]
pub(crate) struct Signals {
    jobs: Notify,
    results: Notify,
    listening: OnceLock<()>,
}

/// Which wake-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    Jobs,
    Results,
}

impl Signal {
    fn channel(self) -> &'static str {
        match self {
            Signal::Jobs => JOBS,
            Signal::Results => RESULTS,
        }
    }
}

/// On PostgreSQL, sends `signal` to every listening process when the
/// caller's transaction commits. Nothing on SQLite (one process).
pub(crate) async fn announce_in(txn: &impl ConnectionTrait, signal: Signal) -> Result<()> {
    let backend = txn.get_database_backend();
    if backend == DatabaseBackend::Postgres {
        let sql = "SELECT pg_notify($1, '')";
        txn.execute_raw(Statement::from_sql_and_values(backend, sql, [signal.channel().into()])).await?;
    }
    Ok(())
}

impl Store {
    /// Rings `signal` in this process (after the commit that warrants it).
    pub(crate) fn ring(&self, signal: Signal) {
        match signal {
            Signal::Jobs => self.signals.jobs.notify_waiters(),
            Signal::Results => self.signals.results.notify_waiters(),
        }
    }

    /// Waits until a job is added (here, or on PostgreSQL by any process),
    /// or `at_most`. Create the future before looking at the queue: a job
    /// added in between then still wakes it.
    pub fn job_added(&self) -> tokio::sync::futures::Notified<'_> {
        self.listen();
        self.signals.jobs.notified()
    }

    /// Waits until a result is written (here, or on PostgreSQL by any process).
    pub fn result_written(&self) -> tokio::sync::futures::Notified<'_> {
        self.listen();
        self.signals.results.notified()
    }

    /// Starts, once per store, the PostgreSQL listener that turns other
    /// processes' NOTIFYs into wake-ups here.
    fn listen(&self) {
        if self.db.get_database_backend() != DatabaseBackend::Postgres {
            return;
        }
        self.signals.listening.get_or_init(|| {
            let pool = self.db.get_postgres_connection_pool().clone();
            let signals = Arc::clone(&self.signals);
            tokio::spawn(async move {
                use sea_orm::sqlx::postgres::PgListener;
                loop {
                    match PgListener::connect_with(&pool).await {
                        Ok(mut listener) => match listener.listen_all([JOBS, RESULTS]).await {
                            Ok(()) => {
                                while let Ok(note) = listener.recv().await {
                                    if note.channel() == JOBS {
                                        signals.jobs.notify_waiters();
                                    } else {
                                        signals.results.notify_waiters();
                                    }
                                }
                                tracing::warn!("the PostgreSQL listener stopped; workers poll until it is back");
                            }
                            Err(err) => {
                                tracing::warn!(error = %err, "cannot LISTEN on PostgreSQL; workers poll instead")
                            }
                        },
                        Err(err) => {
                            tracing::warn!(error = %err, "cannot open the PostgreSQL listener; workers poll instead")
                        }
                    }
                    // Whatever went wrong, anything missed meanwhile is found by polling.
                    signals.jobs.notify_waiters();
                    signals.results.notify_waiters();
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            });
        });
    }
}
