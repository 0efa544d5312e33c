//! The organizer console's reads: a page of a track's entries, filtered and
//! counted in SQL, and the counts behind the organizer home's "needs
//! attention" list. Every query is bounded: by LIMIT, or by COUNT and GROUP BY.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use plaza_core::attention::{ChallengeFacts, TrackFacts};
use plaza_core::entry_list::{EntryFilter, StatusFilter};
use plaza_core::{
    AssignmentStatus, Challenge, ChallengeRole, Confirmation, IdeaStatus, JudgingStatus, Submission, SubmissionStatus,
    TrackKind, UserId,
};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, LikeExpr, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::Store;
use crate::challenges::{challenge_from_row, id32, track_from_row};
use crate::entity::{
    assignments, challenge_roles, challenges, decisions, ideas, reviews, submissions, teams, track_judging, tracks,
};
use crate::error::Result;
use crate::submissions::submission_from_row;

/// One row of the organizers' entries list: the entry and its team's name.
#[derive(Debug, Clone)]
pub struct EntryListRow {
    pub submission: Submission,
    pub team_name: String,
}

/// A page of entries and how many match the filter in all.
#[derive(Debug, Clone)]
pub struct EntryPage {
    pub rows: Vec<EntryListRow>,
    pub total: u64,
}

fn entry_condition(track_id: i32, filter: &EntryFilter) -> Condition {
    let mut condition = Condition::all().add(submissions::Column::TrackId.eq(track_id));
    match filter.status {
        Some(StatusFilter::Is(status)) => condition = condition.add(submissions::Column::Status.eq(status.name())),
        Some(StatusFilter::Disqualified) => {
            condition = condition.add(submissions::Column::DisqualifiedReason.is_not_null())
        }
        None => {}
    }
    if let Some(verdict) = filter.verdict {
        condition = condition.add(submissions::Column::Verdict.eq(verdict.name()));
    }
    if let Some(pattern) = filter.team_pattern() {
        // lower() on both sides: PostgreSQL's LIKE minds case, SQLite's does
        // not (for ASCII), so this reads the same on both.
        let like = |column: teams::Column| {
            Expr::expr(Func::lower(Expr::col((teams::Entity, column)))).like(LikeExpr::new(pattern.clone()).escape('!'))
        };
        condition = condition.add(Condition::any().add(like(teams::Column::Name)).add(like(teams::Column::Alias)));
    }
    condition
}

/// A database count as a `u64` (a count is never negative).
fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl Store {
    /// One page of a track's entries, newest first, that match `filter`,
    /// with the number that match in all. Filtering, counting and paging
    /// happen in the database.
    pub async fn entries_page(
        &self,
        track_id: i64,
        filter: &EntryFilter,
        offset: u64,
        limit: u64,
    ) -> Result<EntryPage> {
        let condition = entry_condition(id32(track_id)?, filter);
        let total =
            submissions::Entity::find().inner_join(teams::Entity).filter(condition.clone()).count(&self.db).await?;
        let rows = submissions::Entity::find()
            .find_also_related(teams::Entity)
            .filter(condition)
            .order_by_desc(submissions::Column::Id)
            .offset(offset)
            .limit(limit)
            .all(&self.db)
            .await?;
        let rows = rows
            .into_iter()
            .map(|(row, team)| {
                Ok(EntryListRow {
                    submission: submission_from_row(row)?,
                    team_name: team.map(|t| t.name).unwrap_or_default(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(EntryPage { rows, total })
    }

    /// Whether `user` organizes at least one challenge (for the header's
    /// "Manage" link).
    pub async fn organizes_any(&self, user: UserId) -> Result<bool> {
        Ok(challenge_roles::Entity::find()
            .filter(challenge_roles::Column::UserId.eq(id32(user.0)?))
            .filter(challenge_roles::Column::Role.eq(ChallengeRole::Organizer.name()))
            .limit(1)
            .one(&self.db)
            .await?
            .is_some())
    }

    /// The challenges `user` organizes, soonest closing first.
    pub async fn challenges_organized_by(&self, user: UserId) -> Result<Vec<Challenge>> {
        let ids: Vec<i32> = challenge_roles::Entity::find()
            .select_only()
            .column(challenge_roles::Column::ChallengeId)
            .filter(challenge_roles::Column::UserId.eq(id32(user.0)?))
            .filter(challenge_roles::Column::Role.eq(ChallengeRole::Organizer.name()))
            .into_tuple()
            .all(&self.db)
            .await?;
        challenges::Entity::find()
            .filter(challenges::Column::Id.is_in(ids))
            .order_by_asc(challenges::Column::ClosesAt)
            .order_by_asc(challenges::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(challenge_from_row)
            .collect()
    }

    /// What the organizer home needs to know about each of `list`, counted
    /// with one grouped query per kind of fact (not one per challenge).
    pub async fn attention_facts(
        &self,
        list: &[Challenge],
        now: DateTime<Utc>,
    ) -> Result<HashMap<i64, ChallengeFacts>> {
        let challenge_ids: Vec<i32> = list.iter().map(|c| id32(c.id)).collect::<Result<_>>()?;
        let track_rows = tracks::Entity::find()
            .filter(tracks::Column::ChallengeId.is_in(challenge_ids.clone()))
            .order_by_asc(tracks::Column::ChallengeId)
            .order_by_asc(tracks::Column::Position)
            .all(&self.db)
            .await?;
        let track_ids: Vec<i32> = track_rows.iter().map(|t| t.id).collect();

        let judging: HashMap<i32, JudgingStatus> = track_judging::Entity::find()
            .select_only()
            .column(track_judging::Column::TrackId)
            .column(track_judging::Column::Status)
            .filter(track_judging::Column::TrackId.is_in(track_ids.clone()))
            .into_tuple::<(i32, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|(track, status)| JudgingStatus::parse(&status).map(|s| (track, s)))
            .collect();

        let decided: HashMap<i32, i64> = decisions::Entity::find()
            .select_only()
            .column(decisions::Column::TrackId)
            .column_as(decisions::Column::Id.count(), "n")
            .filter(decisions::Column::TrackId.is_in(track_ids.clone()))
            .group_by(decisions::Column::TrackId)
            .into_tuple::<(i32, i64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();

        let failed: HashMap<i32, i64> = submissions::Entity::find()
            .select_only()
            .column(submissions::Column::TrackId)
            .column_as(submissions::Column::Id.count(), "n")
            .filter(submissions::Column::TrackId.is_in(track_ids.clone()))
            .filter(submissions::Column::Status.eq(SubmissionStatus::Failed.name()))
            .group_by(submissions::Column::TrackId)
            .into_tuple::<(i32, i64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();

        let unconfirmed: HashMap<i32, i64> = ideas::Entity::find()
            .select_only()
            .column(ideas::Column::ChallengeId)
            .column_as(ideas::Column::Id.count(), "n")
            .filter(ideas::Column::ChallengeId.is_in(challenge_ids))
            .filter(ideas::Column::Confirmation.eq(Confirmation::Pending.name()))
            .filter(ideas::Column::Status.ne(IdeaStatus::Withdrawn.name()))
            .group_by(ideas::Column::ChallengeId)
            .into_tuple::<(i32, i64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();

        let behind = self.reviews_missing(&track_ids).await?;

        let mut by_challenge: HashMap<i64, ChallengeFacts> = list
            .iter()
            .map(|c| {
                let facts = ChallengeFacts {
                    status: c.timeline.status(now),
                    ideas_unconfirmed: id32(c.id).ok().and_then(|id| unconfirmed.get(&id)).map_or(0, |n| count(*n)),
                    questions_waiting: 0,
                    reports_waiting: 0,
                    corrections_ready: 0,
                    stories_waiting: 0,
                    tracks: Vec::new(),
                };
                (c.id, facts)
            })
            .collect();
        for row in track_rows {
            let id = row.id;
            let challenge = i64::from(row.challenge_id);
            let track = track_from_row(row)?;
            let kind = track.kind();
            let (reviews_missing, judges_behind) = behind.get(&id).copied().unwrap_or((0, 0));
            let facts = TrackFacts {
                slug: track.slug.to_string(),
                title: track.title,
                kind,
                judging: (kind == TrackKind::Ideas).then(|| judging.get(&id).copied().unwrap_or(JudgingStatus::Setup)),
                reviews_missing,
                judges_behind,
                decisions: decided.get(&id).map_or(0, |n| count(*n)),
                failed_entries: failed.get(&id).map_or(0, |n| count(*n)),
                flagged_votes: if kind == TrackKind::Ideas { self.flagged_votes(i64::from(id)).await? } else { 0 },
            };
            if let Some(entry) = by_challenge.get_mut(&challenge) {
                entry.tracks.push(facts);
            }
        }
        for (id, facts) in &mut by_challenge {
            facts.questions_waiting = self.questions_waiting(*id).await?;
            (facts.reports_waiting, facts.corrections_ready) = self.reports_waiting(*id).await?;
            facts.stories_waiting = self.stories_waiting(*id).await?;
        }
        Ok(by_challenge)
    }

    /// Per track: active assignments (of ideas not withdrawn) that have no
    /// review yet, and how many judges hold them.
    async fn reviews_missing(&self, track_ids: &[i32]) -> Result<HashMap<i32, (u64, u64)>> {
        if track_ids.is_empty() {
            return Ok(HashMap::new());
        }
        let a = Alias::new("a");
        let query = Query::select()
            .column((a.clone(), assignments::Column::TrackId))
            .expr_as(Expr::col((a.clone(), assignments::Column::Id)).count(), Alias::new("missing"))
            .expr_as(Expr::col((a.clone(), assignments::Column::JudgeId)).count_distinct(), Alias::new("judges"))
            .from_as(assignments::Entity, a.clone())
            .inner_join(
                ideas::Entity,
                Expr::col((ideas::Entity, ideas::Column::Id)).equals((a.clone(), assignments::Column::IdeaId)),
            )
            .left_join(
                reviews::Entity,
                Condition::all()
                    .add(
                        Expr::col((reviews::Entity, reviews::Column::IdeaId))
                            .equals((a.clone(), assignments::Column::IdeaId)),
                    )
                    .add(
                        Expr::col((reviews::Entity, reviews::Column::JudgeId))
                            .equals((a.clone(), assignments::Column::JudgeId)),
                    ),
            )
            .and_where(Expr::col((a.clone(), assignments::Column::TrackId)).is_in(track_ids.iter().copied()))
            .and_where(Expr::col((a.clone(), assignments::Column::Status)).eq(AssignmentStatus::Active.name()))
            .and_where(Expr::col((ideas::Entity, ideas::Column::Status)).ne(IdeaStatus::Withdrawn.name()))
            .and_where(Expr::col((reviews::Entity, reviews::Column::Id)).is_null())
            .group_by_col((a.clone(), assignments::Column::TrackId))
            .to_owned();
        let mut out = HashMap::new();
        for row in self.db.query_all(&query).await? {
            let track: i32 = row.try_get_by_index(0)?;
            let missing: i64 = row.try_get_by_index(1)?;
            let judges: i64 = row.try_get_by_index(2)?;
            out.insert(track, (count(missing), count(judges)));
        }
        Ok(out)
    }
}
