//! What organizers' exports read: a challenge's entries and ideas a page at
//! a time (by id, so thousands never sit in memory at once), names of teams
//! and people by id, and when each review was made.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use plaza_core::{Idea, SubmissionStatus, TeamId, User, UserId, Verdict};
use sea_orm::{ColumnTrait, Condition, EntityTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{assignments, ideas, reviews, submissions, teams, users};
use crate::error::{Error, Result};
use crate::ideas::idea_from_row;
use crate::users::user_from_row;

/// The most rows one page of an export reads.
pub const EXPORT_PAGE_ROWS: u64 = 500;

/// One coding entry as the organizers' export lists it (no logs, no cases).
#[derive(Debug, Clone, PartialEq)]
pub struct EntryRecord {
    pub id: i64,
    pub track_id: i64,
    pub team_id: TeamId,
    pub user_id: UserId,
    pub file_name: String,
    pub size_bytes: u64,
    pub sha256: String,
    pub status: SubmissionStatus,
    pub verdict: Option<Verdict>,
    pub public_score: Option<f64>,
    pub private_score: Option<f64>,
    pub selected: bool,
    pub disqualified_reason: Option<String>,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub scored_at: Option<DateTime<Utc>>,
}

#[derive(FromQueryResult)]
struct EntryRow {
    id: i32,
    track_id: i32,
    team_id: i32,
    user_id: i32,
    file_name: String,
    size_bytes: i64,
    blob_sha256: String,
    status: String,
    verdict: Option<String>,
    public_score: Option<f64>,
    private_score: Option<f64>,
    selected: bool,
    disqualified_reason: Option<String>,
    message: String,
    created_at: DateTime<Utc>,
    scored_at: Option<DateTime<Utc>>,
}

impl TryFrom<EntryRow> for EntryRecord {
    type Error = Error;

    fn try_from(row: EntryRow) -> Result<Self> {
        let corrupt = |what: &str| Error::Corrupt(format!("submission {}: {what}", row.id));
        Ok(EntryRecord {
            id: i64::from(row.id),
            track_id: i64::from(row.track_id),
            team_id: TeamId(i64::from(row.team_id)),
            user_id: UserId(i64::from(row.user_id)),
            status: SubmissionStatus::parse(&row.status).ok_or_else(|| corrupt("status"))?,
            verdict: match &row.verdict {
                Some(v) => Some(Verdict::parse(v).ok_or_else(|| corrupt("verdict"))?),
                None => None,
            },
            file_name: row.file_name,
            size_bytes: row.size_bytes.max(0) as u64,
            sha256: row.blob_sha256,
            public_score: row.public_score,
            private_score: row.private_score,
            selected: row.selected,
            disqualified_reason: row.disqualified_reason,
            message: row.message,
            created_at: row.created_at,
            scored_at: row.scored_at,
        })
    }
}

/// When one judge's review of one idea was made and last changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewTimes {
    pub idea_id: i64,
    pub judge: UserId,
    pub idea_version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn ids32(ids: impl IntoIterator<Item = i64>) -> Result<Vec<Vec<i32>>> {
    let mut ids = ids.into_iter().map(id32).collect::<Result<Vec<_>>>()?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids.chunks(500).map(<[i32]>::to_vec).collect())
}

impl Store {
    /// Up to `limit` (at most [`EXPORT_PAGE_ROWS`]) entries of a challenge's
    /// coding tracks with ids above `after`, oldest first. The next page
    /// starts after the last id of this one; an empty page is the end.
    pub async fn entries_after(&self, challenge_id: i64, after: i64, limit: u64) -> Result<Vec<EntryRecord>> {
        let after = i32::try_from(after.max(0)).unwrap_or(i32::MAX);
        submissions::Entity::find()
            .select_only()
            .columns([
                submissions::Column::Id,
                submissions::Column::TrackId,
                submissions::Column::TeamId,
                submissions::Column::UserId,
                submissions::Column::FileName,
                submissions::Column::SizeBytes,
                submissions::Column::BlobSha256,
                submissions::Column::Status,
                submissions::Column::Verdict,
                submissions::Column::PublicScore,
                submissions::Column::PrivateScore,
                submissions::Column::Selected,
                submissions::Column::DisqualifiedReason,
                submissions::Column::Message,
                submissions::Column::CreatedAt,
                submissions::Column::ScoredAt,
            ])
            .filter(submissions::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(submissions::Column::Id.gt(after))
            .order_by_asc(submissions::Column::Id)
            .limit(limit.clamp(1, EXPORT_PAGE_ROWS))
            .into_model::<EntryRow>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(EntryRecord::try_from)
            .collect()
    }

    /// Up to `limit` (at most [`EXPORT_PAGE_ROWS`]) ideas of a challenge that
    /// organizers may read (sent, or entered by staff) with ids above
    /// `after`, oldest first.
    pub async fn readable_ideas_after(&self, challenge_id: i64, after: i64, limit: u64) -> Result<Vec<Idea>> {
        let after = i32::try_from(after.max(0)).unwrap_or(i32::MAX);
        ideas::Entity::find()
            .filter(ideas::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(ideas::Column::Id.gt(after))
            .filter(
                Condition::any()
                    .add(ideas::Column::SubmittedAt.is_not_null())
                    .add(ideas::Column::AssistedBy.is_not_null()),
            )
            .order_by_asc(ideas::Column::Id)
            .limit(limit.clamp(1, EXPORT_PAGE_ROWS))
            .all(&self.db)
            .await?
            .into_iter()
            .map(idea_from_row)
            .collect()
    }

    /// Teams' real names by id (no members); unknown ids are left out.
    pub async fn team_names(&self, ids: &[TeamId]) -> Result<HashMap<TeamId, String>> {
        let mut names = HashMap::new();
        for chunk in ids32(ids.iter().map(|t| t.0))? {
            let rows: Vec<(i32, String)> = teams::Entity::find()
                .select_only()
                .column(teams::Column::Id)
                .column(teams::Column::Name)
                .filter(teams::Column::Id.is_in(chunk))
                .into_tuple()
                .all(&self.db)
                .await?;
            names.extend(rows.into_iter().map(|(id, name)| (TeamId(i64::from(id)), name)));
        }
        Ok(names)
    }

    /// Accounts by id; unknown ids are left out.
    pub async fn users_by_ids(&self, ids: &[UserId]) -> Result<HashMap<UserId, User>> {
        let mut found = HashMap::new();
        for chunk in ids32(ids.iter().map(|u| u.0))? {
            for row in users::Entity::find().filter(users::Column::Id.is_in(chunk)).all(&self.db).await? {
                let user = user_from_row(row)?;
                found.insert(user.id, user);
            }
        }
        Ok(found)
    }

    /// When each review of a track's ideas was made and last changed, and
    /// the version of the idea it is of.
    pub async fn review_times(&self, track_id: i64) -> Result<Vec<ReviewTimes>> {
        let ideas: Vec<i32> = assignments::Entity::find()
            .select_only()
            .column(assignments::Column::IdeaId)
            .filter(assignments::Column::TrackId.eq(id32(track_id)?))
            .distinct()
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut times = Vec::new();
        for chunk in ideas.chunks(500) {
            let rows = reviews::Entity::find()
                .filter(reviews::Column::IdeaId.is_in(chunk.to_vec()))
                .order_by_asc(reviews::Column::IdeaId)
                .order_by_asc(reviews::Column::JudgeId)
                .all(&self.db)
                .await?;
            times.extend(rows.into_iter().map(|row| ReviewTimes {
                idea_id: i64::from(row.idea_id),
                judge: UserId(i64::from(row.judge_id)),
                idea_version: i64::from(row.idea_version),
                created_at: row.created_at,
                updated_at: row.updated_at,
            }));
        }
        Ok(times)
    }
}
