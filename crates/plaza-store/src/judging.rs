//! Judging an ideas track: its state and rubric, judges' conflict
//! declarations, assignments and recusals, and reviews (winner decisions
//! and publishing are in `results.rs`). Every change writes a line of the
//! audit log in the same transaction.

use chrono::Utc;
use plaza_core::{
    Affiliations, Assignment, AssignmentStatus, Criterion, EventKind, JudgingEvent, JudgingStatus, ReviewRecord, Track,
    TrackJudging, TrackSettings, UserId,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{assignments, judge_declarations, judging_events, reviews, track_judging};
use crate::error::{Error, Result};

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::encode("judging", e))
}

/// What the audit log stores beside the kind of event.
#[derive(serde::Serialize, serde::Deserialize, Default)]
struct EventData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    review: Option<ReviewRecord>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

/// One line for the audit log.
pub(crate) struct Log<'a> {
    pub challenge_id: i64,
    pub track_id: i64,
    pub actor: Option<UserId>,
    pub kind: EventKind,
    pub idea_id: Option<i64>,
    pub judge: Option<UserId>,
    pub review: Option<&'a ReviewRecord>,
    pub note: &'a str,
}

pub(crate) async fn log(db: &impl ConnectionTrait, line: Log<'_>) -> Result<()> {
    let data = EventData { review: line.review.cloned(), note: line.note.to_owned() };
    judging_events::ActiveModel {
        challenge_id: Set(id32(line.challenge_id)?),
        track_id: Set(id32(line.track_id)?),
        actor_id: Set(line.actor.map(|a| id32(a.0)).transpose()?),
        kind: Set(line.kind.name().to_owned()),
        idea_id: Set(line.idea_id.map(id32).transpose()?),
        judge_id: Set(line.judge.map(|j| id32(j.0)).transpose()?),
        data_json: Set(json(&data)?),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

fn review_from_row(row: reviews::Model) -> Result<ReviewRecord> {
    Ok(ReviewRecord {
        idea_id: i64::from(row.idea_id),
        judge: UserId(i64::from(row.judge_id)),
        scores: serde_json::from_str(&row.scores_json)
            .map_err(|_| Error::Corrupt(format!("review {}: scores", row.id)))?,
        feedback: row.feedback,
        private_note: row.private_note,
    })
}

fn bundle_rubric(track: &Track) -> (Vec<Criterion>, u32) {
    match &track.settings {
        TrackSettings::Ideas { criteria, judges_per_entry, .. } => (criteria.clone(), *judges_per_entry),
        _ => (Vec::new(), 0),
    }
}

/// Where a review ends up after a change, for the audit log and the caller.
pub struct ReviewChange {
    pub before: Option<ReviewRecord>,
    pub after: Option<ReviewRecord>,
}

/// A judge stepping aside from an entry, and who made it happen (the judge,
/// or an organizer).
#[derive(Debug, Clone, Copy)]
pub struct Recusal<'a> {
    pub idea_id: i64,
    pub judge: UserId,
    pub reason: &'a str,
    pub actor: UserId,
}

/// The numbers organizers set beside the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RubricCounts {
    pub judges_per_entry: u32,
    pub min_reviews: u32,
}

impl Store {
    /// The judging of an ideas track; a track nobody has touched is in setup
    /// with the bundle's rubric.
    pub async fn track_judging(&self, track: &Track) -> Result<TrackJudging> {
        let (criteria, judges_per_entry) = bundle_rubric(track);
        let row = track_judging::Entity::find()
            .filter(track_judging::Column::TrackId.eq(id32(track.id)?))
            .one(&self.db)
            .await?;
        Ok(match row {
            None => TrackJudging {
                track_id: track.id,
                status: JudgingStatus::Setup,
                criteria,
                min_reviews: judges_per_entry,
                judges_per_entry,
                opened_at: None,
                closed_at: None,
            },
            Some(row) => TrackJudging {
                track_id: track.id,
                status: JudgingStatus::parse(&row.status)
                    .ok_or_else(|| Error::Corrupt(format!("judging status {}", row.status)))?,
                criteria: match row.criteria_json {
                    Some(text) => serde_json::from_str(&text)
                        .map_err(|_| Error::Corrupt(format!("rubric of track {}", track.id)))?,
                    None => criteria,
                },
                min_reviews: row.min_reviews.max(1) as u32,
                judges_per_entry: row.judges_per_entry.map_or(judges_per_entry, |n| n.max(1) as u32),
                opened_at: row.opened_at,
                closed_at: row.closed_at,
            },
        })
    }

    async fn judging_row(&self, db: &impl ConnectionTrait, track: &Track) -> Result<track_judging::Model> {
        if let Some(row) =
            track_judging::Entity::find().filter(track_judging::Column::TrackId.eq(id32(track.id)?)).one(db).await?
        {
            return Ok(row);
        }
        let (_, judges_per_entry) = bundle_rubric(track);
        Ok(track_judging::ActiveModel {
            track_id: Set(id32(track.id)?),
            status: Set(JudgingStatus::Setup.name().to_owned()),
            criteria_json: Set(None),
            min_reviews: Set(judges_per_entry.max(1) as i32),
            judges_per_entry: Set(None),
            opened_at: Set(None),
            closed_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?)
    }

    /// Replaces the rubric, the number of judges per entry and the least
    /// number of reviews an entry needs to be ranked. They can change only
    /// before judging opens.
    pub async fn update_rubric(
        &self,
        challenge_id: i64,
        track: &Track,
        criteria: &[Criterion],
        counts: RubricCounts,
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        let row = self.judging_row(&txn, track).await?;
        if row.status != JudgingStatus::Setup.name() {
            return Err(Error::conflict(plaza_i18n::tr("store-judging-rubric-locked")));
        }
        track_judging::Entity::update_many()
            .col_expr(track_judging::Column::CriteriaJson, Expr::value(json(&criteria)?))
            .col_expr(track_judging::Column::MinReviews, Expr::value(counts.min_reviews.max(1) as i32))
            .col_expr(track_judging::Column::JudgesPerEntry, Expr::value(counts.judges_per_entry.max(1) as i32))
            .filter(track_judging::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        let note = json(&serde_json::json!({
            "criteria": criteria,
            "judges_per_entry": counts.judges_per_entry,
            "min_reviews": counts.min_reviews,
        }))?;
        let line = Log {
            challenge_id,
            track_id: track.id,
            actor: Some(actor),
            kind: EventKind::Rubric,
            idea_id: None,
            judge: None,
            review: None,
            note: &note,
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Opens judging with these first assignments (judge, entry).
    pub async fn open_judging(
        &self,
        challenge_id: i64,
        track: &Track,
        pairs: &[(UserId, i64)],
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        let row = self.judging_row(&txn, track).await?;
        if row.status == JudgingStatus::Open.name() {
            return Err(Error::conflict(plaza_i18n::tr("store-judging-already-open")));
        }
        let kind = if row.status == JudgingStatus::Closed.name() { EventKind::Reopen } else { EventKind::Open };
        track_judging::Entity::update_many()
            .col_expr(track_judging::Column::Status, Expr::value(JudgingStatus::Open.name()))
            .col_expr(track_judging::Column::OpenedAt, Expr::value(Utc::now()))
            .col_expr(track_judging::Column::ClosedAt, Expr::value(Option::<chrono::DateTime<Utc>>::None))
            .filter(track_judging::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        let line = Log {
            challenge_id,
            track_id: track.id,
            actor: Some(actor),
            kind,
            idea_id: None,
            judge: None,
            review: None,
            note: "",
        };
        log(&txn, line).await?;
        insert_assignments(&txn, challenge_id, track.id, pairs, Some(actor)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Adds assignments while judging is open (entries sent late, a new judge).
    pub async fn add_assignments(
        &self,
        challenge_id: i64,
        track_id: i64,
        pairs: &[(UserId, i64)],
        actor: UserId,
    ) -> Result<()> {
        let txn = self.write_txn().await?;
        insert_assignments(&txn, challenge_id, track_id, pairs, Some(actor)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Closes judging: scores can no longer change.
    pub async fn close_judging(&self, challenge_id: i64, track: &Track, actor: UserId) -> Result<()> {
        let txn = self.write_txn().await?;
        let row = self.judging_row(&txn, track).await?;
        if row.status != JudgingStatus::Open.name() {
            return Err(Error::conflict(plaza_i18n::tr("store-judging-not-open")));
        }
        track_judging::Entity::update_many()
            .col_expr(track_judging::Column::Status, Expr::value(JudgingStatus::Closed.name()))
            .col_expr(track_judging::Column::ClosedAt, Expr::value(Utc::now()))
            .filter(track_judging::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        let line = Log {
            challenge_id,
            track_id: track.id,
            actor: Some(actor),
            kind: EventKind::Close,
            idea_id: None,
            judge: None,
            review: None,
            note: "",
        };
        log(&txn, line).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Every assignment of a track, recused ones too.
    pub async fn assignments(&self, track_id: i64) -> Result<Vec<Assignment>> {
        assignments::Entity::find()
            .filter(assignments::Column::TrackId.eq(id32(track_id)?))
            .order_by_asc(assignments::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                Ok(Assignment {
                    idea_id: i64::from(row.idea_id),
                    judge: UserId(i64::from(row.judge_id)),
                    status: AssignmentStatus::parse(&row.status)
                        .ok_or_else(|| Error::Corrupt(format!("assignment {}", row.id)))?,
                    reason: row.reason,
                })
            })
            .collect()
    }

    /// A judge's declared ties, or `None` before they have declared.
    pub async fn declaration(&self, challenge_id: i64, judge: UserId) -> Result<Option<Affiliations>> {
        judge_declarations::Entity::find()
            .filter(judge_declarations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(judge_declarations::Column::UserId.eq(id32(judge.0)?))
            .one(&self.db)
            .await?
            .map(|row| {
                serde_json::from_str(&row.declared_json).map_err(|_| Error::Corrupt(format!("declaration {}", row.id)))
            })
            .transpose()
    }

    /// Records (or replaces) a judge's declared ties.
    pub async fn declare_conflicts(&self, challenge_id: i64, judge: UserId, declared: &Affiliations) -> Result<()> {
        let txn = self.write_txn().await?;
        judge_declarations::Entity::delete_many()
            .filter(judge_declarations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(judge_declarations::Column::UserId.eq(id32(judge.0)?))
            .exec(&txn)
            .await?;
        judge_declarations::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            user_id: Set(id32(judge.0)?),
            declared_json: Set(json(declared)?),
            declared_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// A judge steps aside from an entry (themself, or by declaring a
    /// conflict with it, or an organizer takes it from them): the assignment
    /// is marked recused, any review of theirs is removed, and `replacements`
    /// are assigned, all at once. The audit log names `actor`.
    /// The organizers' `notices` of it are queued in the same transaction.
    pub async fn recuse(
        &self,
        challenge_id: i64,
        track_id: i64,
        recusal: Recusal<'_>,
        replacements: &[(UserId, i64)],
        notices: Option<&crate::OrganizerNotices>,
    ) -> Result<bool> {
        let Recusal { idea_id, judge, reason, actor } = recusal;
        let txn = self.write_txn().await?;
        let updated = assignments::Entity::update_many()
            .col_expr(assignments::Column::Status, Expr::value(AssignmentStatus::Recused.name()))
            .col_expr(assignments::Column::Reason, Expr::value(reason))
            .col_expr(assignments::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(assignments::Column::IdeaId.eq(id32(idea_id)?))
            .filter(assignments::Column::JudgeId.eq(id32(judge.0)?))
            .filter(assignments::Column::Status.eq(AssignmentStatus::Active.name()))
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        reviews::Entity::delete_many()
            .filter(reviews::Column::IdeaId.eq(id32(idea_id)?))
            .filter(reviews::Column::JudgeId.eq(id32(judge.0)?))
            .exec(&txn)
            .await?;
        let line = Log {
            challenge_id,
            track_id,
            actor: Some(actor),
            kind: EventKind::Recuse,
            idea_id: Some(idea_id),
            judge: Some(judge),
            review: None,
            note: reason,
        };
        log(&txn, line).await?;
        insert_assignments(&txn, challenge_id, track_id, replacements, Some(actor)).await?;
        crate::organizer_notices::queue_some(&txn, notices).await?;
        txn.commit().await?;
        Ok(true)
    }

    pub async fn review(&self, idea_id: i64, judge: UserId) -> Result<Option<ReviewRecord>> {
        reviews::Entity::find()
            .filter(reviews::Column::IdeaId.eq(id32(idea_id)?))
            .filter(reviews::Column::JudgeId.eq(id32(judge.0)?))
            .one(&self.db)
            .await?
            .map(review_from_row)
            .transpose()
    }

    /// Every review of the entries of a track.
    pub async fn track_reviews(&self, track_id: i64) -> Result<Vec<ReviewRecord>> {
        let ideas: Vec<i32> = assignments::Entity::find()
            .filter(assignments::Column::TrackId.eq(id32(track_id)?))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| a.idea_id)
            .collect();
        reviews::Entity::find()
            .filter(reviews::Column::IdeaId.is_in(ideas))
            .order_by_asc(reviews::Column::IdeaId)
            .order_by_asc(reviews::Column::JudgeId)
            .all(&self.db)
            .await?
            .into_iter()
            .map(review_from_row)
            .collect()
    }

    /// Saves a judge's review (a first score or an edit) with its audit line.
    pub async fn save_review(&self, challenge_id: i64, track_id: i64, review: &ReviewRecord) -> Result<ReviewChange> {
        let txn = self.write_txn().await?;
        let change =
            write_review(&txn, challenge_id, track_id, review.idea_id, review.judge, Some(review), false).await?;
        crate::idea_versions::stamp_review(&txn, review.idea_id, review.judge, None).await?;
        txn.commit().await?;
        Ok(change)
    }

    /// Puts a judge's review of an entry back as it was before their last
    /// score or edit (removing it if that was the first score).
    pub async fn undo_review(
        &self,
        challenge_id: i64,
        track_id: i64,
        idea_id: i64,
        judge: UserId,
    ) -> Result<Option<ReviewChange>> {
        let txn = self.write_txn().await?;
        let history = judging_events::Entity::find()
            .filter(judging_events::Column::IdeaId.eq(id32(idea_id)?))
            .filter(judging_events::Column::JudgeId.eq(id32(judge.0)?))
            .filter(judging_events::Column::Kind.is_in([
                EventKind::Score.name(),
                EventKind::Edit.name(),
                EventKind::Undo.name(),
                EventKind::Recuse.name(),
            ]))
            .order_by_asc(judging_events::Column::Id)
            .all(&txn)
            .await?;
        // The review as it was before each change that is still in effect:
        // an undo takes back the change before it, like a stack.
        let mut stack: Vec<Option<ReviewRecord>> = Vec::new();
        let mut current: Option<ReviewRecord> = None;
        for row in &history {
            let data: EventData = serde_json::from_str(&row.data_json).unwrap_or_default();
            match EventKind::parse(&row.kind) {
                Some(EventKind::Score | EventKind::Edit) => {
                    stack.push(current.take());
                    current = data.review;
                }
                Some(EventKind::Undo) => {
                    current = stack.pop().flatten();
                }
                _ => {
                    stack.clear();
                    current = None;
                }
            }
        }
        let Some(previous) = stack.pop() else {
            txn.rollback().await?;
            return Ok(None);
        };
        let change = write_review(&txn, challenge_id, track_id, idea_id, judge, previous.as_ref(), true).await?;
        txn.commit().await?;
        Ok(Some(change))
    }

    /// The audit log of a track, oldest first.
    pub async fn judging_events(&self, track_id: i64) -> Result<Vec<JudgingEvent>> {
        judging_events::Entity::find()
            .filter(judging_events::Column::TrackId.eq(id32(track_id)?))
            .order_by_asc(judging_events::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                let data: EventData = serde_json::from_str(&row.data_json)
                    .map_err(|_| Error::Corrupt(format!("judging event {}", row.id)))?;
                Ok(JudgingEvent {
                    id: i64::from(row.id),
                    track_id: i64::from(row.track_id),
                    actor: row.actor_id.map(|a| UserId(i64::from(a))),
                    kind: EventKind::parse(&row.kind)
                        .ok_or_else(|| Error::Corrupt(format!("judging event {}", row.id)))?,
                    idea_id: row.idea_id.map(i64::from),
                    judge: row.judge_id.map(|j| UserId(i64::from(j))),
                    review: data.review,
                    note: data.note,
                    created_at: row.created_at,
                })
            })
            .collect()
    }
}

async fn insert_assignments(
    db: &impl ConnectionTrait,
    challenge_id: i64,
    track_id: i64,
    pairs: &[(UserId, i64)],
    actor: Option<UserId>,
) -> Result<()> {
    let now = Utc::now();
    for (judge, idea) in pairs {
        let existing = assignments::Entity::find()
            .filter(assignments::Column::IdeaId.eq(id32(*idea)?))
            .filter(assignments::Column::JudgeId.eq(id32(judge.0)?))
            .one(db)
            .await?;
        if existing.is_some() {
            // A judge who recused is never given the same entry again.
            continue;
        }
        assignments::ActiveModel {
            track_id: Set(id32(track_id)?),
            idea_id: Set(id32(*idea)?),
            judge_id: Set(id32(judge.0)?),
            status: Set(AssignmentStatus::Active.name().to_owned()),
            reason: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let line = Log {
            challenge_id,
            track_id,
            actor,
            kind: EventKind::Assign,
            idea_id: Some(*idea),
            judge: Some(*judge),
            review: None,
            note: "",
        };
        log(db, line).await?;
    }
    Ok(())
}

pub(crate) async fn write_review(
    db: &impl ConnectionTrait,
    challenge_id: i64,
    track_id: i64,
    idea_id: i64,
    judge: UserId,
    review: Option<&ReviewRecord>,
    undo: bool,
) -> Result<ReviewChange> {
    let existing = reviews::Entity::find()
        .filter(reviews::Column::IdeaId.eq(id32(idea_id)?))
        .filter(reviews::Column::JudgeId.eq(id32(judge.0)?))
        .one(db)
        .await?;
    let before = existing.clone().map(review_from_row).transpose()?;
    let now = Utc::now();
    match (existing, review) {
        (Some(row), Some(review)) => {
            reviews::Entity::update_many()
                .col_expr(reviews::Column::ScoresJson, Expr::value(json(&review.scores)?))
                .col_expr(reviews::Column::Feedback, Expr::value(review.feedback.clone()))
                .col_expr(reviews::Column::PrivateNote, Expr::value(review.private_note.clone()))
                .col_expr(reviews::Column::UpdatedAt, Expr::value(now))
                .filter(reviews::Column::Id.eq(row.id))
                .exec(db)
                .await?;
        }
        (None, Some(review)) => {
            reviews::ActiveModel {
                idea_id: Set(id32(idea_id)?),
                judge_id: Set(id32(judge.0)?),
                scores_json: Set(json(&review.scores)?),
                feedback: Set(review.feedback.clone()),
                private_note: Set(review.private_note.clone()),
                created_at: Set(now),
                updated_at: Set(now),
                idea_version: Set(1),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        (Some(row), None) => {
            reviews::Entity::delete_by_id(row.id).exec(db).await?;
        }
        (None, None) => {}
    }
    let kind = match (undo, &before) {
        (true, _) => EventKind::Undo,
        (false, None) => EventKind::Score,
        (false, Some(_)) => EventKind::Edit,
    };
    let line = Log {
        challenge_id,
        track_id,
        actor: Some(judge),
        kind,
        idea_id: Some(idea_id),
        judge: Some(judge),
        review,
        note: "",
    };
    log(db, line).await?;
    Ok(ReviewChange { before, after: review.cloned() })
}

/// Whether the review just written on `db` was the last one outstanding on a
/// track whose judging is open, for the first time in this opening of
/// judging: then it is marked, so later edits tell no one again. Returns how
/// many reviews the track has when it is.
pub(crate) async fn completed_now(db: &impl ConnectionTrait, track_id: i64) -> Result<Option<usize>> {
    use sea_orm::QuerySelect;
    let track = id32(track_id)?;
    let Some(row) = track_judging::Entity::find().filter(track_judging::Column::TrackId.eq(track)).one(db).await?
    else {
        return Ok(None);
    };
    let (true, Some(opened_at)) = (row.status == JudgingStatus::Open.name(), row.opened_at) else {
        return Ok(None);
    };
    let assigned: Vec<(i32, i32)> = assignments::Entity::find()
        .select_only()
        .column(assignments::Column::IdeaId)
        .column(assignments::Column::JudgeId)
        .filter(assignments::Column::TrackId.eq(track))
        .filter(assignments::Column::Status.eq(AssignmentStatus::Active.name()))
        .into_tuple()
        .all(db)
        .await?;
    if assigned.is_empty() {
        return Ok(None);
    }
    let ideas: Vec<i32> = assigned.iter().map(|(idea, _)| *idea).collect();
    let reviewed: std::collections::HashSet<(i32, i32)> = reviews::Entity::find()
        .select_only()
        .column(reviews::Column::IdeaId)
        .column(reviews::Column::JudgeId)
        .filter(reviews::Column::IdeaId.is_in(ideas))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    if !assigned.iter().all(|pair| reviewed.contains(pair)) {
        return Ok(None);
    }
    // One mark per opening; a second process finishing at once inserts nothing.
    let marked =
        crate::entity::judging_complete_notices::Entity::insert(crate::entity::judging_complete_notices::ActiveModel {
            track_id: Set(track),
            opened_at: Set(opened_at),
            notified_at: Set(Utc::now()),
            ..Default::default()
        })
        .on_conflict(
            sea_orm::sea_query::OnConflict::columns([
                crate::entity::judging_complete_notices::Column::TrackId,
                crate::entity::judging_complete_notices::Column::OpenedAt,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok((marked == 1).then_some(assigned.len()))
}
