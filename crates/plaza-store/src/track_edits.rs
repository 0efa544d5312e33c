//! Tracks made and changed in the browser: added, edited field by field
//! (each change audited as `tracks.<slug>.<key>`), their hidden answers
//! replaced with every entry rescored, removed while they have no entries.
//! Each change and its audit are one transaction.

use chrono::Utc;
use plaza_core::track_edit::{self, TrackChange};
use plaza_core::{Slug, SubmissionStatus, Track, TrackSettings, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};

use crate::Store;
use crate::challenge_edits::{AuditedEdit, record_edits};
use crate::challenges::{id32, track_from_row};
use crate::entity::{ideas, submissions, track_judging, tracks};
use crate::error::{Error, Result};
use crate::submissions::rerun_in;

/// A new track: its web name, texts and settings (hidden files already stored).
#[derive(Debug, Clone)]
pub struct NewTrack {
    pub slug: Slug,
    pub title: String,
    pub description: String,
    pub settings: TrackSettings,
}

/// What a saved change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrackSaved {
    /// Fields changed.
    pub changed: usize,
    /// Entries queued to be scored again against new answers.
    pub rescored: usize,
}

async fn entry_count(db: &impl ConnectionTrait, track_id: i32) -> Result<u64> {
    let submissions = submissions::Entity::find().filter(submissions::Column::TrackId.eq(track_id)).count(db).await?;
    let ideas = ideas::Entity::find().filter(ideas::Column::TrackId.eq(track_id)).count(db).await?;
    Ok(submissions + ideas)
}

/// A setting that cannot change once a track has entries, as the refusal
/// names it (`id_column`: "id column").
fn locked_field(key: &str) -> String {
    let id = match key {
        "kind" => "store-track-edits-locked-kind",
        "metric" => "store-track-edits-locked-metric",
        "id_column" => "store-track-edits-locked-id-column",
        "target_column" => "store-track-edits-locked-target-column",
        _ => return key.replace('_', " "),
    };
    plaza_i18n::tr(id)
}

fn settings_json(settings: &TrackSettings) -> Result<String> {
    serde_json::to_string(settings).map_err(|e| Error::encode("track settings", e))
}

impl Store {
    /// Entries of a track of any status: coding entries and ideas (drafts too).
    pub async fn track_entry_count(&self, track_id: i64) -> Result<u64> {
        entry_count(&self.db, id32(track_id)?).await
    }

    /// Coding entries of a track that new answers would score again: those
    /// already scored or failed (queued ones are scored with the new answers anyway).
    pub async fn rescorable_entries(&self, track_id: i64) -> Result<u64> {
        Ok(submissions::Entity::find()
            .filter(submissions::Column::TrackId.eq(id32(track_id)?))
            .filter(
                submissions::Column::Status.is_in([SubmissionStatus::Scored.name(), SubmissionStatus::Failed.name()]),
            )
            .count(&self.db)
            .await?)
    }

    /// Adds a track after the challenge's others. A web name already used
    /// by another track of the challenge is refused.
    pub async fn add_track(&self, challenge_id: i64, new: &NewTrack, actor: UserId) -> Result<Track> {
        let txn = self.write_txn().await?;
        let challenge = id32(challenge_id)?;
        let existing = tracks::Entity::find().filter(tracks::Column::ChallengeId.eq(challenge)).all(&txn).await?;
        if existing.iter().any(|t| t.slug == new.slug.as_str()) {
            return Err(Error::conflict(plaza_i18n::tr_with(
                "store-track-edits-web-name-taken",
                &[("slug", new.slug.as_str().into())],
            )));
        }
        let position = existing.iter().map(|t| t.position).max().map_or(0, |p| p + 1);
        let row = tracks::ActiveModel {
            challenge_id: Set(challenge),
            slug: Set(new.slug.to_string()),
            position: Set(position),
            kind: Set(new.settings.kind().name().to_owned()),
            title: Set(new.title.clone()),
            description: Set(new.description.clone()),
            settings_json: Set(settings_json(&new.settings)?),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        // The audit keeps its words for every organizer: in the site's language.
        let added = plaza_i18n::tr_in(
            plaza_i18n::default_language(),
            "store-track-edits-audit-added",
            &[("title", new.title.as_str().into()), ("kind", new.settings.kind().name().into())],
        );
        let edit = AuditedEdit { field: format!("tracks.{}", new.slug), before: String::new(), after: added };
        record_edits(&txn, challenge_id, actor, &[edit], Utc::now()).await?;
        txn.commit().await?;
        track_from_row(row)
    }

    /// Saves `updated` over the track of the same id. `seen` is the
    /// fingerprint of the track the form was filled with: when someone else
    /// saved in between, nothing is saved. Once the track has entries, its
    /// kind, metric and columns cannot change; new answers (or cases) queue
    /// every scored entry to be scored again, in the same transaction.
    pub async fn update_track(
        &self,
        challenge_id: i64,
        seen: &str,
        updated: &Track,
        actor: UserId,
    ) -> Result<TrackSaved> {
        let txn = self.write_txn().await?;
        let row = tracks::Entity::find_by_id(id32(updated.id)?)
            .filter(tracks::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-track-edits-no-track")))?;
        let current = track_from_row(row.clone())?;
        if track_edit::fingerprint(&current) != seen {
            return Err(Error::conflict(plaza_i18n::tr("store-track-edits-changed-meanwhile")));
        }
        let changes: Vec<TrackChange> = track_edit::track_changes(&current, updated);
        if changes.is_empty() {
            return Ok(TrackSaved::default());
        }
        let entries = entry_count(&txn, row.id).await?;
        let locked = track_edit::locked(&changes);
        if entries > 0 && !locked.is_empty() {
            let fields = locked.iter().copied().map(locked_field).collect::<Vec<_>>().join(", ");
            return Err(Error::conflict(plaza_i18n::tr_with("store-track-edits-locked", &[("fields", fields.into())])));
        }
        let now = Utc::now();
        let mut rescored = 0;
        if changes.iter().any(|c| c.key == "answers" || c.key == "cases") {
            let ids: Vec<i32> = submissions::Entity::find()
                .select_only()
                .column(submissions::Column::Id)
                .filter(submissions::Column::TrackId.eq(row.id))
                .into_tuple()
                .all(&txn)
                .await?;
            let ids: Vec<i64> = ids.into_iter().map(i64::from).collect();
            rescored = rerun_in(&txn, &ids, now).await?;
        }
        if let TrackSettings::Ideas { judges_per_entry, .. } = &updated.settings
            && changes.iter().any(|c| c.key == "judges_per_entry")
        {
            let judging =
                track_judging::Entity::find().filter(track_judging::Column::TrackId.eq(row.id)).one(&txn).await?;
            if judging.is_some_and(|j| j.status != plaza_core::JudgingStatus::Setup.name()) {
                return Err(Error::conflict(plaza_i18n::tr("store-track-edits-judges-locked")));
            }
            // The judging page keeps its own copy once the rubric was edited there.
            track_judging::Entity::update_many()
                .col_expr(track_judging::Column::JudgesPerEntry, Expr::value(Some(*judges_per_entry as i32)))
                .filter(track_judging::Column::TrackId.eq(row.id))
                .exec(&txn)
                .await?;
        }
        let track_id = row.id;
        let mut active: tracks::ActiveModel = row.into();
        active.kind = Set(updated.settings.kind().name().to_owned());
        active.title = Set(updated.title.clone());
        active.description = Set(updated.description.clone());
        active.settings_json = Set(settings_json(&updated.settings)?);
        active.update(&txn).await?;
        if updated.settings.metric() != current.settings.metric() {
            // The board's order follows the metric's direction.
            crate::boards::rebuild_track_in(&txn, track_id).await?;
        }
        let edits: Vec<AuditedEdit> = changes
            .iter()
            .map(|change| AuditedEdit {
                field: format!("tracks.{}.{}", current.slug, change.key),
                before: change.before.clone(),
                after: change.after.clone(),
            })
            .collect();
        record_edits(&txn, challenge_id, actor, &edits, now).await?;
        txn.commit().await?;
        if rescored > 0 {
            self.ring(crate::signals::Signal::Jobs);
        }
        Ok(TrackSaved { changed: changes.len(), rescored })
    }

    /// Removes a track that has no entries (nor ideas, drafts included).
    pub async fn remove_track(&self, challenge_id: i64, track_id: i64, actor: UserId) -> Result<()> {
        let txn = self.write_txn().await?;
        let row = tracks::Entity::find_by_id(id32(track_id)?)
            .filter(tracks::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-track-edits-no-track")))?;
        if entry_count(&txn, row.id).await? > 0 {
            return Err(Error::conflict(plaza_i18n::tr("store-track-edits-has-entries")));
        }
        // The audit keeps its words for every organizer: in the site's language.
        let edit = AuditedEdit {
            field: format!("tracks.{}", row.slug),
            before: format!("{} ({})", row.title, row.kind),
            after: plaza_i18n::tr_in(plaza_i18n::default_language(), "store-track-edits-audit-removed", &[]),
        };
        tracks::Entity::delete_by_id(row.id).exec(&txn).await?;
        record_edits(&txn, challenge_id, actor, &[edit], Utc::now()).await?;
        txn.commit().await?;
        Ok(())
    }
}
