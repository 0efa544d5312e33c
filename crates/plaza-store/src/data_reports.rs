//! Data-quality reports (`data_reports`). The rules are
//! `plaza_core::data_report`'s; a decision and the email telling its
//! reporter are saved together, and a corrected file, the version it keeps
//! and the change log are saved together or not at all.

use std::collections::BTreeMap;

use chrono::Utc;
use plaza_core::data_report::{CheckedReport, DataReport, ReportScope, ReportStatus, Triage};
use plaza_core::{OutgoingEmail, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::dataset_files::{Replacement, dataset_row, replace_file};
use crate::entity::data_reports;
use crate::error::{Error, Result};
use crate::outbox::enqueue;

/// A report as sent, checked, with what the web layer stored for it.
#[derive(Debug, Clone)]
pub struct NewReport {
    pub dataset_id: i64,
    pub reporter: UserId,
    pub report: CheckedReport,
    /// A cleaned picture already in the blob store: its hash and type.
    pub photo: Option<(String, String)>,
    /// The file the reporter looked at.
    pub blob_sha256: String,
    pub locale: Option<String>,
}

/// A corrected file ready to publish: made from the file with hash
/// `from_blob`, already in the blob store as `replacement`, with each
/// applied report's cell value `before` the correction.
#[derive(Debug, Clone, Copy)]
pub struct Corrected<'a> {
    pub from_blob: &'a str,
    pub replacement: &'a Replacement,
    pub before: &'a BTreeMap<i64, String>,
}

fn report_from_row(row: data_reports::Model) -> Result<DataReport> {
    let corrupt = |what: &str| Error::Corrupt(format!("data report {}: {what}", row.id));
    Ok(DataReport {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        dataset_id: i64::from(row.dataset_id),
        reporter: UserId(i64::from(row.reporter_id)),
        scope: ReportScope::parse(&row.scope).ok_or_else(|| corrupt(&row.scope))?,
        row: row.row_number.and_then(|n| u64::try_from(n).ok()),
        column: row.column_name,
        problem: row.problem,
        should_be: row.should_be,
        how_known: row.how_known,
        photo: row.photo_sha256.zip(row.photo_type),
        credit_name: row.credit_name,
        status: ReportStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
        reason: row.reason,
        duplicate_of: row.duplicate_of.map(i64::from),
        correction: row.correction,
        corrected_in: row.corrected_in.and_then(|n| u32::try_from(n).ok()),
        before: row.before_value,
        locale: row.locale,
        created_at: row.created_at,
        triaged_at: row.triaged_at,
    })
}

fn reports(found: Vec<data_reports::Model>) -> Result<Vec<DataReport>> {
    found.into_iter().map(report_from_row).collect()
}

impl Store {
    /// Saves a report; it waits for the organizers.
    pub async fn send_data_report(&self, challenge_id: i64, new: &NewReport) -> Result<DataReport> {
        let report = &new.report;
        let row_number = report.row.map(i64::try_from).transpose().map_err(|_| Error::invalid("row"))?;
        let row = data_reports::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            dataset_id: Set(id32(new.dataset_id)?),
            reporter_id: Set(id32(new.reporter.0)?),
            scope: Set(report.scope.name().to_owned()),
            row_number: Set(row_number),
            column_name: Set(report.column.clone()),
            problem: Set(report.problem.clone()),
            should_be: Set(report.should_be.clone()),
            how_known: Set(report.how_known.clone()),
            photo_sha256: Set(new.photo.as_ref().map(|p| p.0.clone())),
            photo_type: Set(new.photo.as_ref().map(|p| p.1.clone())),
            credit_name: Set(report.credit_name.clone()),
            status: Set(ReportStatus::Waiting.name().to_owned()),
            reason: Set(String::new()),
            duplicate_of: Set(None),
            correction: Set(None),
            corrected_in: Set(None),
            before_value: Set(None),
            blob_sha256: Set(new.blob_sha256.clone()),
            locale: Set(new.locale.clone()),
            triaged_by: Set(None),
            triaged_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        report_from_row(row)
    }

    /// Every report about a dataset, oldest first.
    pub async fn dataset_reports(&self, dataset_id: i64) -> Result<Vec<DataReport>> {
        data_reports::Entity::find()
            .filter(data_reports::Column::DatasetId.eq(id32(dataset_id)?))
            .order_by_asc(data_reports::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(reports)
    }

    /// Every report about a challenge's datasets, oldest first.
    pub async fn challenge_reports(&self, challenge_id: i64) -> Result<Vec<DataReport>> {
        data_reports::Entity::find()
            .filter(data_reports::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(data_reports::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(reports)
    }

    /// One report of a challenge, if it is one of its.
    pub async fn data_report(&self, challenge_id: i64, id: i64) -> Result<Option<DataReport>> {
        let Ok(id) = id32(id) else { return Ok(None) };
        data_reports::Entity::find_by_id(id)
            .filter(data_reports::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&self.db)
            .await?
            .map(report_from_row)
            .transpose()
    }

    /// Reports nobody has looked at yet, and confirmed corrections not yet
    /// in a published version.
    pub async fn reports_waiting(&self, challenge_id: i64) -> Result<(u64, u64)> {
        let id = id32(challenge_id)?;
        let waiting = data_reports::Entity::find()
            .filter(data_reports::Column::ChallengeId.eq(id))
            .filter(data_reports::Column::Status.eq(ReportStatus::Waiting.name()))
            .count(&self.db)
            .await?;
        let unpublished = data_reports::Entity::find()
            .filter(data_reports::Column::ChallengeId.eq(id))
            .filter(data_reports::Column::Status.eq(ReportStatus::Confirmed.name()))
            .filter(data_reports::Column::Correction.is_not_null())
            .filter(data_reports::Column::CorrectedIn.is_null())
            .count(&self.db)
            .await?;
        Ok((waiting, unpublished))
    }

    /// Records a decision about report `id` of the challenge, with `emails`
    /// (telling its reporter) queued in the same transaction. A report whose
    /// correction is already published cannot change.
    pub async fn triage_report(
        &self,
        challenge_id: i64,
        id: i64,
        triage: &Triage,
        by: UserId,
        emails: &[OutgoingEmail],
    ) -> Result<DataReport> {
        let txn = self.write_txn().await?;
        let row = data_reports::Entity::find_by_id(id32(id)?)
            .filter(data_reports::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("data-report-no-such-report")))?;
        if row.corrected_in.is_some() {
            return Err(Error::conflict(plaza_i18n::tr("data-report-already-published")));
        }
        let dataset_id = row.dataset_id;
        let scope = row.scope.clone();
        let has_cell = row.row_number.is_some() && !row.column_name.is_empty();
        let mut active: data_reports::ActiveModel = row.into();
        active.reason = Set(String::new());
        active.duplicate_of = Set(None);
        active.correction = Set(None);
        match triage {
            Triage::Confirm { correction } => {
                active.status = Set(ReportStatus::Confirmed.name().to_owned());
                if let Some(value) = correction {
                    if scope != ReportScope::Row.name() || !has_cell {
                        return Err(Error::conflict(plaza_i18n::tr("data-report-correction-needs-cell")));
                    }
                    active.correction = Set(Some(value.clone()));
                }
            }
            Triage::Reject { reason } => {
                active.status = Set(ReportStatus::Rejected.name().to_owned());
                active.reason = Set(reason.clone());
            }
            Triage::DuplicateOf(original) => {
                let found = match id32(*original) {
                    Ok(original) if i64::from(original) != id => {
                        data_reports::Entity::find_by_id(original)
                            .filter(data_reports::Column::DatasetId.eq(dataset_id))
                            .one(&txn)
                            .await?
                    }
                    _ => None,
                };
                let Some(original) = found else {
                    return Err(Error::conflict(plaza_i18n::tr("data-report-duplicate-unknown")));
                };
                active.status = Set(ReportStatus::Duplicate.name().to_owned());
                active.duplicate_of = Set(Some(original.id));
            }
        }
        active.triaged_by = Set(Some(id32(by.0)?));
        active.triaged_at = Set(Some(Utc::now()));
        let saved = active.update(&txn).await?;
        for email in emails {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        report_from_row(saved)
    }

    /// Publishes the next version of a dataset's file with the confirmed
    /// corrections applied: `replacement` is the corrected file (already in
    /// the blob store), made from the file with hash `from_blob`, and
    /// `before` holds, for each report applied, its cell's earlier value.
    /// Refused when the file or the corrections changed since they were
    /// read, so the change log always says what the file holds. The version
    /// kept, the reports and `emails` are saved in one transaction.
    pub async fn publish_corrections(
        &self,
        challenge_id: i64,
        slug: &str,
        corrected: &Corrected<'_>,
        emails: &[OutgoingEmail],
        actor: UserId,
    ) -> Result<u32> {
        let Corrected { from_blob, replacement, before } = *corrected;
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let dataset = dataset_row(&txn, challenge_id, slug).await?;
        let awaiting: Vec<data_reports::Model> = data_reports::Entity::find()
            .filter(data_reports::Column::DatasetId.eq(dataset.id))
            .filter(data_reports::Column::Status.eq(ReportStatus::Confirmed.name()))
            .filter(data_reports::Column::Correction.is_not_null())
            .filter(data_reports::Column::CorrectedIn.is_null())
            .all(&txn)
            .await?;
        let same_reports =
            awaiting.len() == before.len() && awaiting.iter().all(|report| before.contains_key(&i64::from(report.id)));
        if dataset.blob_sha256 != from_blob || !same_reports {
            return Err(Error::conflict(plaza_i18n::tr("data-report-changed-meanwhile")));
        }
        if awaiting.is_empty() {
            return Err(Error::conflict(plaza_i18n::tr("data-report-nothing-to-publish")));
        }
        let kept = replace_file(&txn, challenge_id, dataset, replacement, actor, now).await?;
        for report in awaiting {
            let value = before.get(&i64::from(report.id)).cloned();
            let mut active: data_reports::ActiveModel = report.into();
            active.corrected_in = Set(Some(kept));
            active.before_value = Set(value);
            active.update(&txn).await?;
        }
        for email in emails {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        Ok(kept.max(0) as u32)
    }
}
