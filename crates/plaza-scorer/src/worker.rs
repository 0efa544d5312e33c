//! Workers: claim a scoring job, keep its lease alive with heartbeats while
//! scoring, write the result once, and retry platform errors with backoff.
//! Any number of workers, in any number of processes, share the queue.

use std::sync::Arc;
use std::time::Duration;

use plaza_core::{Challenge, NoticeKind, Submission, Track, TrackSettings};
use plaza_mail::EmailTemplates;
use plaza_sandbox::Sandbox;
use plaza_store::{BlobStore, ClaimedJob, NoticeEvent, OrganizerNotices, ScoreResult, Store};
use tokio::io::AsyncReadExt;

use crate::answers_cache::{AnswersCache, AnswersKey};
use crate::error::{PlatformError, Result};
use crate::pipeline::{CaseData, TrackData, evaluate, parse_answers, score_predictions};

/// How long a claimed job stays a worker's without a heartbeat, by default.
pub const LEASE: Duration = Duration::from_secs(60);

/// What the entrant reads when Plaza itself could not score an entry, in
/// English; the entry keeps it in its entrant's language.
pub const PLATFORM_FAILURE: &str = "Plaza could not score this entry because of a problem on our side, not yours. It does not count against your daily limit; please send it again later. The organizers can see what went wrong.";

/// Everything a worker needs. Cheap to share.
pub struct Scorer {
    pub store: Store,
    pub blobs: Arc<dyn BlobStore>,
    pub sandbox: Option<Sandbox>,
    pub emails: Option<Arc<EmailTemplates>>,
    /// For links in result emails.
    pub public_url: String,
    /// Parsed answers of the tracks scored lately (`AnswersCache::default()`).
    pub answers: AnswersCache,
}

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    pub name: String,
    /// Longest pause between polls when the queue is empty: a new job wakes
    /// the worker at once, the poll only catches what no wake-up announced
    /// (a job due after a retry's back-off, another process on SQLite).
    pub idle_poll: Duration,
    /// How long a claimed job stays this worker's without a heartbeat; a
    /// worker that dies loses its job to another after this long.
    pub lease: Duration,
}

impl Scorer {
    async fn blob(&self, sha256: &str) -> Result<Vec<u8>> {
        let mut reader = self
            .blobs
            .open(sha256)
            .await?
            .ok_or_else(|| PlatformError::Missing(format!("blob {sha256} is missing from the blob store")))?;
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        Ok(bytes)
    }

    async fn track_data(&self, challenge: &Challenge, track: &Track) -> Result<TrackData> {
        let mut data =
            TrackData { settings: track.settings.clone(), answers: None, cases: Vec::new(), public_files: Vec::new() };
        match &track.settings {
            TrackSettings::Predictions { answers, metric, id_column, target_column, .. } => {
                let key = AnswersKey {
                    sha256: answers.sha256.clone(),
                    metric: *metric,
                    id_column: id_column.clone(),
                    target_column: target_column.clone(),
                };
                data.answers = Some(match self.answers.get(&key) {
                    Some(parsed) => parsed,
                    None => {
                        let bytes = self.blob(&answers.sha256).await?;
                        let settings = track.settings.clone();
                        let parsed = tokio::task::spawn_blocking(move || parse_answers(&settings, &bytes))
                            .await
                            .map_err(|e| PlatformError::Missing(format!("parsing the answers stopped: {e}")))??;
                        let parsed = Arc::new(parsed);
                        self.answers.insert(key, Arc::clone(&parsed));
                        parsed
                    }
                });
            }
            TrackSettings::Code { cases, .. } => {
                for case in cases {
                    data.cases.push(CaseData {
                        input: self.blob(&case.input.sha256).await?,
                        answers: self.blob(&case.answers.sha256).await?,
                    });
                }
                for dataset in self.store.datasets(challenge.id).await? {
                    data.public_files.push((dataset.file_name.clone(), self.blob(&dataset.blob.sha256).await?));
                }
            }
            TrackSettings::Ideas { .. } => {}
        }
        Ok(data)
    }

    /// Scores one entry (not recording anything).
    pub async fn score(&self, submission: &Submission) -> Result<(ScoreResult, Challenge, Track)> {
        let challenge = self
            .store
            .challenge_by_id(submission.challenge_id)
            .await?
            .ok_or_else(|| PlatformError::Missing(format!("challenge {} is gone", submission.challenge_id)))?;
        let track = self
            .store
            .tracks(challenge.id)
            .await?
            .into_iter()
            .find(|t| t.id == submission.track_id)
            .ok_or_else(|| PlatformError::Missing(format!("track {} is gone", submission.track_id)))?;
        let data = self.track_data(&challenge, &track).await?;
        let entry = self.blob(&submission.blob.sha256).await?;
        let result = match &data.answers {
            // Reading a large file is CPU work: off the runtime's threads, so
            // that other workers' queries and heartbeats go on meanwhile.
            Some(answers) if matches!(data.settings, TrackSettings::Predictions { .. }) => {
                let answers = Arc::clone(answers);
                // The blocking thread does not inherit the language the problems are written in.
                let lang = plaza_i18n::current();
                tokio::task::spawn_blocking(move || {
                    plaza_i18n::in_language(lang, || score_predictions(&answers, &entry, Vec::new()))
                })
                .await
                .map_err(|e| PlatformError::Missing(format!("scoring stopped: {e}")))??
            }
            _ => evaluate(&data, &entry, self.sandbox.as_ref()).await?,
        };
        Ok((result, challenge, track))
    }

    /// Runs one claimed job to its end.
    pub async fn process(&self, job: &ClaimedJob, worker: &str) -> Result<()> {
        self.process_with_lease(job, worker, LEASE).await
    }

    /// Runs one claimed job, renewing its lease of `lease` while it works.
    pub async fn process_with_lease(&self, job: &ClaimedJob, worker: &str, lease: Duration) -> Result<()> {
        let Some(submission_id) = job.submission_id else {
            self.store.complete_job(job.id).await?;
            return Ok(());
        };
        let Some(submission) = self.store.submission(submission_id).await? else {
            self.store.complete_job(job.id).await?;
            return Ok(());
        };
        if !submission.status.is_pending() {
            // Cancelled, or already scored by an earlier run of this job.
            self.store.complete_job(job.id).await?;
            return Ok(());
        }
        // `claim_job` marked the entry running when it claimed the job.
        let heartbeat = {
            let store = self.store.clone();
            let worker = worker.to_owned();
            let job_id = job.id;
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(lease / 3).await;
                    match store.heartbeat_job(job_id, &worker, lease).await {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(err) => tracing::warn!(job = job_id, error = %err, "heartbeat failed"),
                    }
                }
            })
        };
        let started = std::time::Instant::now();
        // The entry's messages are stored once: they are written in the
        // language it was sent in.
        let lang = self.entrant_language(&submission).await;
        let outcome = plaza_i18n::scope(lang, self.score(&submission)).await;
        heartbeat.abort();
        let verdict = outcome.as_ref().map_or("platform_error", |(result, _, _)| result.verdict.name());
        plaza_core::metrics::global().observe(
            "plaza_scoring_duration_seconds",
            &[("verdict", verdict)],
            started.elapsed().as_secs_f64(),
        );
        match outcome {
            Ok((result, challenge, track)) => {
                let email = self.result_email(&submission, &challenge, &track, &result).await;
                self.store.record_result(submission.id, &result, email.as_ref(), Some(job.id)).await?;
                tracing::info!(submission = submission.id, verdict = result.verdict.name(), "scored");
                Ok(())
            }
            Err(err) => {
                tracing::error!(submission = submission.id, job = job.id, attempt = job.attempt, error = %err, "scoring failed");
                let notices = if job.attempt >= job.max_attempts {
                    // The entry still ends failed if the notices cannot be worked out.
                    self.failure_notices(&submission, job.attempt).await.unwrap_or_else(|err| {
                        tracing::error!(error = %err, "organizers' failure notices not composed");
                        None
                    })
                } else {
                    None
                };
                let failure = plaza_i18n::tr_in(lang, "scoring-worker-platform-failure", &[]);
                self.store.fail_job_notifying(job, &err.to_string(), &failure, notices.as_ref()).await?;
                Ok(())
            }
        }
    }

    /// The language `submission` was sent in (the site's default when it
    /// cannot be told): the page it was sent from was in it.
    async fn entrant_language(&self, submission: &Submission) -> &'static str {
        match self.store.submission_language(submission.id).await {
            Ok(lang) => lang,
            Err(err) => {
                tracing::warn!(submission = submission.id, error = %err, "entry's language not read");
                plaza_i18n::default_language()
            }
        }
    }

    /// The organizers' emails that Plaza gave up scoring `submission`
    /// (queued only if the entry does end `failed`).
    async fn failure_notices(&self, submission: &Submission, attempts: i32) -> Result<Option<OrganizerNotices>> {
        let Some(emails) = self.emails.as_ref() else {
            return Ok(None);
        };
        let Some(challenge) = self.store.challenge_by_id(submission.challenge_id).await? else {
            return Ok(None);
        };
        let Some(track) = self.store.tracks(challenge.id).await?.into_iter().find(|t| t.id == submission.track_id)
        else {
            return Ok(None);
        };
        let entrant = self.store.user_by_id(submission.user_id).await?.map(|u| u.display_name).unwrap_or_default();
        let link = format!("{}/challenges/{}/tracks/{}/entries", self.public_url, challenge.slug, track.slug);
        let settings_link = format!("{}/account", self.public_url);
        let line = |lang: &'static str| {
            let args = [
                ("file", submission.file_name.as_str().into()),
                ("entrant", entrant.as_str().into()),
                ("track", track.title.as_str().into()),
            ];
            plaza_i18n::tr_in(lang, "scoring-worker-digest-entry-failed", &args)
        };
        let event = NoticeEvent {
            challenge_id: challenge.id,
            kind: NoticeKind::EntryFailed,
            actor: None,
            line: &line,
            link: &link,
        };
        let notices = self
            .store
            .plan_notices(&event, |user, token| {
                let message = plaza_mail::emails::OrganizerEntryFailed {
                    name: &user.display_name,
                    challenge_title: &challenge.title,
                    track_title: &track.title,
                    entrant: &entrant,
                    file_name: &submission.file_name,
                    attempts,
                    link: &link,
                    settings_link: &settings_link,
                };
                let unsubscribe_url = format!("{}/unsubscribe?token={token}", self.public_url);
                match emails.render(
                    plaza_i18n::preferred(user.locale.as_deref()),
                    &user.email,
                    &message,
                    Some(&unsubscribe_url),
                ) {
                    Ok(mail) => Some(mail),
                    Err(err) => {
                        tracing::error!(error = %err, "entry failure email not composed");
                        None
                    }
                }
            })
            .await?;
        Ok(Some(notices))
    }

    async fn result_email(
        &self,
        submission: &Submission,
        challenge: &Challenge,
        track: &Track,
        result: &ScoreResult,
    ) -> Option<plaza_core::OutgoingEmail> {
        let emails = self.emails.as_ref()?;
        let user = self.store.user_by_id(submission.user_id).await.ok().flatten()?;
        if !user.notify_results {
            return None;
        }
        let unsubscribe = self.store.unsubscribe_token(user.id).await.ok()?;
        let public_score = result.public_score.map(|s| format!("{s:.6}")).unwrap_or_default();
        let link = format!("{}/submissions/{}", self.public_url, submission.id);
        // A failed read of the ways in leaves them out of the email, never the email out.
        let offline = self.store.outreach(challenge.id).await.map(|o| (&o).into()).unwrap_or_default();
        // The language the entry was sent in: its problems, quoted below, are in it.
        let lang = self.entrant_language(submission).await;
        let challenge_title = self.store.challenge_title_in(challenge, lang).await.unwrap_or_else(|err| {
            tracing::warn!(error = %err, "translated challenge title not read");
            challenge.title.clone()
        });
        let (verdict_label, explanation, metric) = plaza_i18n::in_language(lang, || {
            (
                result.verdict.label(),
                result.verdict.explanation(),
                track.settings.metric().map(|m| m.label()).unwrap_or_default(),
            )
        });
        let message = plaza_mail::emails::SubmissionScored {
            file_name: &submission.file_name,
            track_title: &track.title,
            challenge_title: &challenge_title,
            verdict: result.verdict.name(),
            verdict_label: &verdict_label,
            explanation: &explanation,
            problems: if result.verdict == plaza_core::Verdict::Ok { "" } else { result.message.trim() },
            metric: &metric,
            public_score: &public_score,
            link: &link,
            offline,
        };
        let unsubscribe_url = format!("{}/unsubscribe?token={unsubscribe}", self.public_url);
        match emails.render(lang, &user.email, &message, Some(&unsubscribe_url)) {
            Ok(mail) => Some(mail),
            Err(err) => {
                tracing::error!(error = %err, "result email not composed");
                None
            }
        }
    }
}

/// Claims and runs jobs until `shutdown` resolves.
pub async fn run_worker(scorer: Arc<Scorer>, options: WorkerOptions, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    tracing::info!(worker = %options.name, "scoring worker started");
    loop {
        // Stop before claiming, never during a claim: a claim cancelled
        // half-way could still have taken a job in the database.
        let stopping = tokio::select! {
            biased;
            () = &mut shutdown => true,
            () = std::future::ready(()) => false,
        };
        if stopping {
            break;
        }
        // Listening starts before the queue is read, so a job added while
        // it is read still wakes this worker; the idle poll is the fallback.
        let job_added = scorer.store.job_added();
        tokio::pin!(job_added);
        job_added.as_mut().enable();
        let claimed = scorer.store.claim_job(&options.name, options.lease).await;
        match claimed {
            Ok(Some(job)) => {
                let started = std::time::Instant::now();
                let processed = scorer.process_with_lease(&job, &options.name, options.lease).await;
                plaza_core::metrics::global().observe(
                    "plaza_job_duration_seconds",
                    &[("kind", job.kind.as_str())],
                    started.elapsed().as_secs_f64(),
                );
                if let Err(err) = processed {
                    tracing::error!(job = job.id, error = %err, "job processing failed; its lease will expire and it will be retried");
                }
            }
            Ok(None) => {
                tokio::select! {
                    () = &mut shutdown => break,
                    () = &mut job_added => {}
                    () = tokio::time::sleep(options.idle_poll) => {}
                }
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot claim jobs");
                tokio::time::sleep(options.idle_poll.max(Duration::from_secs(1))).await;
            }
        }
    }
    tracing::info!(worker = %options.name, "scoring worker stopped");
}
