//! Data stories (`data_stories`). The rules are `plaza_core::story`'s.

use chrono::{NaiveDate, Utc};
use plaza_core::UserId;
use plaza_core::story::{Story, StoryStatus, StoryText};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::data_stories;
use crate::error::{Error, Result};

/// What a moderator does with a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryModeration {
    Publish,
    /// Published with a typo fixed: the new text and the note the public reads.
    Edit {
        text: StoryText,
        note: String,
    },
    Decline {
        reason: String,
    },
}

fn day(value: Option<String>) -> Option<NaiveDate> {
    value.and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
}

fn story_from_row(row: data_stories::Model) -> Result<Story> {
    Ok(Story {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        dataset_id: i64::from(row.dataset_id),
        author: UserId(i64::from(row.author_id)),
        text: StoryText {
            title: row.title,
            body: row.body,
            place: row.place,
            date_from: day(row.date_from),
            date_to: day(row.date_to),
            rows: row.rows_text,
            organization: row.organization,
        },
        picture: row.picture_sha256.zip(row.picture_type).map(|(sha, kind)| (sha, kind, row.picture_alt)),
        status: StoryStatus::parse(&row.status)
            .ok_or_else(|| Error::Corrupt(format!("story {}: status {}", row.id, row.status)))?,
        reason: row.reason,
        edit_note: row.edit_note,
        created_at: row.created_at,
        published_at: row.published_at,
    })
}

fn stories(rows: Vec<data_stories::Model>) -> Result<Vec<Story>> {
    rows.into_iter().map(story_from_row).collect()
}

fn set_text(active: &mut data_stories::ActiveModel, text: &StoryText) {
    active.title = Set(text.title.clone());
    active.body = Set(text.body.clone());
    active.place = Set(text.place.clone());
    active.date_from = Set(text.date_from.map(|d| d.format("%Y-%m-%d").to_string()));
    active.date_to = Set(text.date_to.map(|d| d.format("%Y-%m-%d").to_string()));
    active.rows_text = Set(text.rows.clone());
    active.organization = Set(text.organization.clone());
}

impl Store {
    /// Saves a story (its picture already stored); it waits for moderation.
    pub async fn tell_story(
        &self,
        challenge_id: i64,
        dataset_id: i64,
        author: UserId,
        text: &StoryText,
        picture: Option<(String, String, String)>,
    ) -> Result<Story> {
        let mut active = data_stories::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            dataset_id: Set(id32(dataset_id)?),
            author_id: Set(id32(author.0)?),
            picture_sha256: Set(picture.as_ref().map(|p| p.0.clone())),
            picture_type: Set(picture.as_ref().map(|p| p.1.clone())),
            picture_alt: Set(picture.as_ref().map(|p| p.2.clone()).unwrap_or_default()),
            status: Set(StoryStatus::Waiting.name().to_owned()),
            reason: Set(String::new()),
            edit_note: Set(String::new()),
            moderated_by: Set(None),
            created_at: Set(Utc::now()),
            published_at: Set(None),
            ..Default::default()
        };
        set_text(&mut active, text);
        story_from_row(active.insert(&self.db).await?)
    }

    /// Every story of a dataset, oldest first.
    pub async fn dataset_stories(&self, dataset_id: i64) -> Result<Vec<Story>> {
        data_stories::Entity::find()
            .filter(data_stories::Column::DatasetId.eq(id32(dataset_id)?))
            .order_by_asc(data_stories::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(stories)
    }

    /// Every story of a challenge, oldest first.
    pub async fn challenge_stories(&self, challenge_id: i64) -> Result<Vec<Story>> {
        data_stories::Entity::find()
            .filter(data_stories::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(data_stories::Column::Id)
            .all(&self.db)
            .await
            .map_err(Error::from)
            .and_then(stories)
    }

    /// Stories waiting for moderation.
    pub async fn stories_waiting(&self, challenge_id: i64) -> Result<u64> {
        Ok(data_stories::Entity::find()
            .filter(data_stories::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(data_stories::Column::Status.eq(StoryStatus::Waiting.name()))
            .count(&self.db)
            .await?)
    }

    /// One story of a challenge.
    pub async fn story(&self, challenge_id: i64, id: i64) -> Result<Option<Story>> {
        let Ok(id) = id32(id) else { return Ok(None) };
        data_stories::Entity::find_by_id(id)
            .filter(data_stories::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&self.db)
            .await?
            .map(story_from_row)
            .transpose()
    }

    /// Applies a moderator's decision to story `id` of the challenge.
    pub async fn moderate_story(
        &self,
        challenge_id: i64,
        id: i64,
        moderation: &StoryModeration,
        by: UserId,
    ) -> Result<Story> {
        let txn = self.write_txn().await?;
        let row = data_stories::Entity::find_by_id(id32(id)?)
            .filter(data_stories::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("story-no-such-story")))?;
        let first_published = row.published_at;
        let mut active: data_stories::ActiveModel = row.into();
        match moderation {
            StoryModeration::Publish => {
                active.status = Set(StoryStatus::Published.name().to_owned());
                active.reason = Set(String::new());
            }
            StoryModeration::Edit { text, note } => {
                set_text(&mut active, text);
                active.status = Set(StoryStatus::Published.name().to_owned());
                active.reason = Set(String::new());
                active.edit_note = Set(note.clone());
            }
            StoryModeration::Decline { reason } => {
                active.status = Set(StoryStatus::Declined.name().to_owned());
                active.reason = Set(reason.clone());
            }
        }
        if !matches!(moderation, StoryModeration::Decline { .. }) && first_published.is_none() {
            active.published_at = Set(Some(Utc::now()));
        }
        active.moderated_by = Set(Some(id32(by.0)?));
        let saved = active.update(&txn).await?;
        txn.commit().await?;
        story_from_row(saved)
    }
}
