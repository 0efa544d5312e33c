//! After the winners: implementation projects and their milestones, the
//! challenge's list of statuses, organizers' updates (with the emails they
//! send, queued in the same transaction) and residents' feedback.

use chrono::{DateTime, NaiveDate, Utc};
use plaza_core::implementation::{
    DEFAULT_STATUSES, Feedback, FeedbackState, Milestone, Project, ProjectFields, ProjectStatus, Update, UpdateFields,
    UpdatePicture,
};
use plaza_core::{OutgoingEmail, User};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{
    challenge_roles, challenge_updates, feedback, milestones, project_statuses, projects, team_members, teams,
    update_pictures, users,
};
use crate::error::{Error, Result};
use crate::outbox::enqueue;
use crate::users::user_from_row;

/// What a resident's feedback answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackOn {
    Update(i64),
    Project(i64),
    /// The standing "Tell us" channel.
    Challenge,
}

/// What a project carries out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectFor {
    /// A winning idea.
    Idea(i64),
    /// A winning entry of a predictions or code track.
    Entry(i64),
    /// Other work the challenge led to (and sub-projects).
    Other,
}

fn status_from_row(row: project_statuses::Model) -> ProjectStatus {
    ProjectStatus { id: row.id.into(), name: row.name, progress: row.progress.clamp(0, 100) as u8 }
}

fn project_from_row(row: projects::Model) -> Project {
    Project {
        id: row.id.into(),
        challenge_id: row.challenge_id.into(),
        parent_id: row.parent_id.map(i64::from),
        idea_id: row.idea_id.map(i64::from),
        submission_id: row.submission_id.map(i64::from),
        title: row.title,
        owner: row.owner,
        summary: row.summary,
        question: row.question,
        status_id: row.status_id.into(),
        progress: row.progress.clamp(0, 100) as u8,
        weight: row.weight.max(1) as u32,
    }
}

fn date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| Error::Corrupt(format!("milestone date {text:?}")))
}

fn milestone_from_row(row: milestones::Model) -> Result<Milestone> {
    Ok(Milestone {
        id: row.id.into(),
        project_id: row.project_id.into(),
        title: row.title,
        due_on: date(&row.due_on)?,
        done_on: row.done_on.as_deref().map(date).transpose()?,
    })
}

fn update_from_row(row: challenge_updates::Model) -> Update {
    Update {
        id: row.id.into(),
        challenge_id: row.challenge_id.into(),
        project_id: row.project_id.map(i64::from),
        title: row.title,
        body_md: row.body_md,
        question: row.question,
        published_at: row.published_at,
    }
}

fn feedback_from_row(row: feedback::Model) -> Feedback {
    Feedback {
        id: row.id.into(),
        challenge_id: row.challenge_id.into(),
        update_id: row.update_id.map(i64::from),
        project_id: row.project_id.map(i64::from),
        rating: row.rating.and_then(|r| u8::try_from(r).ok()),
        text: row.text,
        state: FeedbackState::parse(&row.state).unwrap_or(FeedbackState::New),
        reply: row.reply,
        replied_at: row.replied_at,
        created_at: row.created_at,
    }
}

/// A default status's name in the site's language: the list is kept, and
/// shown to everyone, in one language (organizers may rename its statuses).
fn default_status_name(name: &str) -> String {
    let id = match name {
        "Not started" => "store-implementation-status-not-started",
        "Planning" => "store-implementation-status-planning",
        "In progress" => "store-implementation-status-in-progress",
        "Almost done" => "store-implementation-status-almost-done",
        "Done" => "store-implementation-status-done",
        _ => return name.to_owned(),
    };
    plaza_i18n::tr_in(plaza_i18n::default_language(), id, &[])
}

async fn statuses_in(db: &impl ConnectionTrait, challenge_id: i32) -> Result<Vec<ProjectStatus>> {
    Ok(project_statuses::Entity::find()
        .filter(project_statuses::Column::ChallengeId.eq(challenge_id))
        .order_by_asc(project_statuses::Column::Position)
        .order_by_asc(project_statuses::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(status_from_row)
        .collect())
}

impl Store {
    /// The challenge's list of statuses, made from [`DEFAULT_STATUSES`] the
    /// first time it is asked for.
    pub async fn project_statuses(&self, challenge_id: i64) -> Result<Vec<ProjectStatus>> {
        let id = id32(challenge_id)?;
        let existing = statuses_in(&self.db, id).await?;
        if !existing.is_empty() {
            return Ok(existing);
        }
        let txn = self.write_txn().await?;
        if statuses_in(&txn, id).await?.is_empty() {
            for (position, (name, progress)) in DEFAULT_STATUSES.iter().enumerate() {
                project_statuses::ActiveModel {
                    challenge_id: Set(id),
                    position: Set(position as i32),
                    name: Set(default_status_name(name)),
                    progress: Set(i32::from(*progress)),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }
        let statuses = statuses_in(&txn, id).await?;
        txn.commit().await?;
        Ok(statuses)
    }

    /// The statuses as they are, without making the default list (public pages).
    pub async fn stored_project_statuses(&self, challenge_id: i64) -> Result<Vec<ProjectStatus>> {
        statuses_in(&self.db, id32(challenge_id)?).await
    }

    /// Renames a status and sets its default progress.
    pub async fn update_project_status(&self, challenge_id: i64, status: &ProjectStatus) -> Result<()> {
        let updated = project_statuses::Entity::update_many()
            .col_expr(project_statuses::Column::Name, Expr::value(status.name.clone()))
            .col_expr(project_statuses::Column::Progress, Expr::value(i32::from(status.progress)))
            .filter(project_statuses::Column::Id.eq(id32(status.id)?))
            .filter(project_statuses::Column::ChallengeId.eq(id32(challenge_id)?))
            .exec(&self.db)
            .await?;
        if updated.rows_affected == 0 {
            return Err(Error::not_found(plaza_i18n::tr("store-implementation-no-status")));
        }
        Ok(())
    }

    /// Adds a status at the end of the list.
    pub async fn add_project_status(&self, challenge_id: i64, name: &str, progress: u8) -> Result<()> {
        let statuses = self.project_statuses(challenge_id).await?;
        if statuses.len() >= plaza_core::implementation::MAX_STATUSES {
            return Err(Error::invalid(plaza_i18n::tr_with(
                "store-implementation-too-many-statuses",
                &[("count", statuses.len().into())],
            )));
        }
        if statuses.iter().any(|s| s.name.eq_ignore_ascii_case(name)) {
            return Err(Error::conflict(plaza_i18n::tr_with(
                "store-implementation-status-taken",
                &[("name", name.into())],
            )));
        }
        project_statuses::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            position: Set(statuses.len() as i32),
            name: Set(name.to_owned()),
            progress: Set(i32::from(progress)),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(())
    }

    /// Every project and sub-project of the challenge, oldest first.
    pub async fn projects(&self, challenge_id: i64) -> Result<Vec<Project>> {
        Ok(projects::Entity::find()
            .filter(projects::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(projects::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(project_from_row)
            .collect())
    }

    /// A new project: for a winning idea or a winning entry of a coding
    /// track (`winner`), or other work, or a sub-project of `parent`.
    pub async fn create_project(
        &self,
        challenge_id: i64,
        parent_id: Option<i64>,
        winner: ProjectFor,
        fields: &ProjectFields,
    ) -> Result<i64> {
        let (idea_id, submission_id) = match winner {
            ProjectFor::Other => (None, None),
            ProjectFor::Idea(id) => (Some(id), None),
            ProjectFor::Entry(id) => (None, Some(id)),
        };
        let statuses = self.project_statuses(challenge_id).await?;
        let status = statuses
            .iter()
            .find(|s| s.id == fields.status_id)
            .ok_or_else(|| Error::invalid(plaza_i18n::tr("store-implementation-choose-status")))?;
        let existing = self.projects(challenge_id).await?;
        if let Some(parent) = parent_id {
            let Some(parent) = existing.iter().find(|p| p.id == parent) else {
                return Err(Error::not_found(plaza_i18n::tr("store-implementation-no-project")));
            };
            if parent.parent_id.is_some() {
                return Err(Error::invalid(plaza_i18n::tr("store-implementation-nested-sub-project")));
            }
            if existing.iter().filter(|p| p.parent_id == Some(parent.id)).count()
                >= plaza_core::implementation::MAX_SUBPROJECTS
            {
                return Err(Error::invalid(plaza_i18n::tr("store-implementation-too-many-sub-projects")));
            }
        }
        if let Some(idea) = idea_id
            && existing.iter().any(|p| p.idea_id == Some(idea) && p.parent_id.is_none())
        {
            return Err(Error::conflict(plaza_i18n::tr("store-implementation-idea-has-project")));
        }
        if let Some(entry) = submission_id
            && existing.iter().any(|p| p.submission_id == Some(entry) && p.parent_id.is_none())
        {
            return Err(Error::conflict(plaza_i18n::tr("store-implementation-entry-has-project")));
        }
        let now = Utc::now();
        let row = projects::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            parent_id: Set(parent_id.map(id32).transpose()?),
            idea_id: Set(idea_id.map(id32).transpose()?),
            submission_id: Set(submission_id.map(id32).transpose()?),
            title: Set(fields.title.clone()),
            owner: Set(fields.owner.clone()),
            summary: Set(fields.summary.clone()),
            question: Set(fields.question.clone()),
            status_id: Set(id32(status.id)?),
            progress: Set(i32::from(fields.progress.unwrap_or(status.progress))),
            weight: Set(fields.weight as i32),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(row.id.into())
    }

    /// Changes a project's fields.
    pub async fn update_project(&self, challenge_id: i64, project_id: i64, fields: &ProjectFields) -> Result<()> {
        let statuses = self.project_statuses(challenge_id).await?;
        let status = statuses
            .iter()
            .find(|s| s.id == fields.status_id)
            .ok_or_else(|| Error::invalid(plaza_i18n::tr("store-implementation-choose-status")))?;
        let row = projects::Entity::find_by_id(id32(project_id)?)
            .filter(projects::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-implementation-no-project")))?;
        // A new status brings its own progress unless the organizer typed one.
        let status_changed = i64::from(row.status_id) != status.id;
        let progress = match fields.progress {
            Some(progress) => i32::from(progress),
            None if status_changed => i32::from(status.progress),
            None => row.progress,
        };
        let mut active = row.into_active_model();
        active.title = Set(fields.title.clone());
        active.owner = Set(fields.owner.clone());
        active.summary = Set(fields.summary.clone());
        active.question = Set(fields.question.clone());
        active.status_id = Set(id32(status.id)?);
        active.progress = Set(progress);
        active.weight = Set(fields.weight as i32);
        active.updated_at = Set(Utc::now());
        active.update(&self.db).await?;
        Ok(())
    }

    /// Every milestone of the challenge's projects, by date.
    pub async fn milestones(&self, challenge_id: i64) -> Result<Vec<Milestone>> {
        let ids: Vec<i32> = self.projects(challenge_id).await?.iter().filter_map(|p| id32(p.id).ok()).collect();
        milestones::Entity::find()
            .filter(milestones::Column::ProjectId.is_in(ids))
            .order_by_asc(milestones::Column::DueOn)
            .order_by_asc(milestones::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(milestone_from_row)
            .collect()
    }

    pub async fn add_milestone(
        &self,
        challenge_id: i64,
        project_id: i64,
        title: &str,
        due_on: NaiveDate,
        done_on: Option<NaiveDate>,
    ) -> Result<()> {
        if !self.projects(challenge_id).await?.iter().any(|p| p.id == project_id) {
            return Err(Error::not_found(plaza_i18n::tr("store-implementation-no-project")));
        }
        let count = milestones::Entity::find()
            .filter(milestones::Column::ProjectId.eq(id32(project_id)?))
            .all(&self.db)
            .await?
            .len();
        if count >= plaza_core::implementation::MAX_MILESTONES {
            return Err(Error::invalid(plaza_i18n::tr("store-implementation-too-many-milestones")));
        }
        milestones::ActiveModel {
            project_id: Set(id32(project_id)?),
            title: Set(title.to_owned()),
            due_on: Set(due_on.format("%Y-%m-%d").to_string()),
            done_on: Set(done_on.map(|d| d.format("%Y-%m-%d").to_string())),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(())
    }

    /// Marks a milestone reached on `done_on`, or still ahead (`None`).
    pub async fn set_milestone_done(
        &self,
        challenge_id: i64,
        milestone_id: i64,
        done_on: Option<NaiveDate>,
    ) -> Result<()> {
        let ids: Vec<i32> = self.projects(challenge_id).await?.iter().filter_map(|p| id32(p.id).ok()).collect();
        let updated = milestones::Entity::update_many()
            .col_expr(milestones::Column::DoneOn, Expr::value(done_on.map(|d| d.format("%Y-%m-%d").to_string())))
            .filter(milestones::Column::Id.eq(id32(milestone_id)?))
            .filter(milestones::Column::ProjectId.is_in(ids))
            .exec(&self.db)
            .await?;
        if updated.rows_affected == 0 {
            return Err(Error::not_found(plaza_i18n::tr("store-implementation-no-milestone")));
        }
        Ok(())
    }

    /// Who gets an update by email: followers, members of the challenge's
    /// teams and its judges, once each, when they asked for news.
    pub async fn news_recipients(&self, challenge_id: i64) -> Result<Vec<User>> {
        let id = id32(challenge_id)?;
        let team_ids: Vec<i32> = teams::Entity::find()
            .filter(teams::Column::ChallengeId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        let mut user_ids: Vec<i32> = team_members::Entity::find()
            .filter(team_members::Column::TeamId.is_in(team_ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect();
        user_ids.extend(
            challenge_roles::Entity::find()
                .filter(challenge_roles::Column::ChallengeId.eq(id))
                .filter(challenge_roles::Column::Role.eq(plaza_core::ChallengeRole::Judge.name()))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|r| r.user_id),
        );
        user_ids.extend(self.followers(challenge_id).await?.iter().filter_map(|u| id32(u.id.0).ok()));
        user_ids.sort_unstable();
        user_ids.dedup();
        Ok(users::Entity::find()
            .filter(users::Column::Id.is_in(user_ids))
            .order_by_asc(users::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(user_from_row)
            .collect::<Result<Vec<User>>>()?
            .into_iter()
            .filter(|user| user.notify_news)
            .collect())
    }

    /// Publishes an update with its `pictures` (blob, content type and
    /// description, in order) and queues `emails`, all in one transaction.
    pub async fn post_update(
        &self,
        challenge_id: i64,
        fields: &UpdateFields,
        author: plaza_core::UserId,
        published_at: DateTime<Utc>,
        pictures: &[(plaza_core::BlobRef, String, String)],
        emails: &[OutgoingEmail],
    ) -> Result<i64> {
        let txn = self.write_txn().await?;
        let row = challenge_updates::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            project_id: Set(fields.project_id.map(id32).transpose()?),
            title: Set(fields.title.clone()),
            body_md: Set(fields.body_md.clone()),
            question: Set(fields.question.clone()),
            author_id: Set(id32(author.0)?),
            published_at: Set(published_at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (index, (blob, content_type, alt)) in pictures.iter().enumerate() {
            update_pictures::ActiveModel {
                update_id: Set(row.id),
                position: Set(index as i32 + 1),
                content_type: Set(content_type.clone()),
                blob_sha256: Set(blob.sha256.clone()),
                size_bytes: Set(blob.size as i64),
                alt: Set(alt.clone()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for email in emails {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        self.ring(crate::signals::Signal::Jobs);
        Ok(row.id.into())
    }

    /// The pictures of the challenge's updates, in order.
    pub async fn update_pictures(&self, challenge_id: i64) -> Result<Vec<UpdatePicture>> {
        let ids: Vec<i32> = self.updates(challenge_id).await?.iter().filter_map(|u| id32(u.id).ok()).collect();
        Ok(update_pictures::Entity::find()
            .filter(update_pictures::Column::UpdateId.is_in(ids))
            .order_by_asc(update_pictures::Column::UpdateId)
            .order_by_asc(update_pictures::Column::Position)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| UpdatePicture {
                update_id: row.update_id.into(),
                position: row.position.max(0) as u32,
                content_type: row.content_type,
                blob: plaza_core::BlobRef { sha256: row.blob_sha256, size: row.size_bytes.max(0) as u64 },
                alt: row.alt,
            })
            .collect())
    }

    /// The challenge's updates, newest first.
    pub async fn updates(&self, challenge_id: i64) -> Result<Vec<Update>> {
        Ok(challenge_updates::Entity::find()
            .filter(challenge_updates::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_desc(challenge_updates::Column::PublishedAt)
            .order_by_desc(challenge_updates::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(update_from_row)
            .collect())
    }

    /// Keeps a resident's feedback on an update or a project of the
    /// challenge, or on the challenge itself.
    pub async fn add_feedback(&self, challenge_id: i64, on: FeedbackOn, rating: Option<u8>, text: &str) -> Result<i64> {
        let (update_id, project_id) = match on {
            FeedbackOn::Update(id) => (Some(id), None),
            FeedbackOn::Project(id) => (None, Some(id)),
            FeedbackOn::Challenge => (None, None),
        };
        if let Some(project) = project_id
            && !self.projects(challenge_id).await?.iter().any(|p| p.id == project)
        {
            return Err(Error::not_found(plaza_i18n::tr("store-implementation-no-project")));
        }
        if let Some(update) = update_id {
            let found = challenge_updates::Entity::find_by_id(id32(update)?)
                .filter(challenge_updates::Column::ChallengeId.eq(id32(challenge_id)?))
                .one(&self.db)
                .await?;
            if found.is_none() {
                return Err(Error::not_found(plaza_i18n::tr("store-implementation-no-update")));
            }
        }
        let row = feedback::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            update_id: Set(update_id.map(id32).transpose()?),
            project_id: Set(project_id.map(id32).transpose()?),
            rating: Set(rating.map(i32::from)),
            text: Set(text.to_owned()),
            state: Set(FeedbackState::New.name().to_owned()),
            reply: Set(String::new()),
            replied_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(row.id.into())
    }

    /// Every piece of feedback on the challenge, newest first.
    pub async fn feedback(&self, challenge_id: i64) -> Result<Vec<Feedback>> {
        Ok(feedback::Entity::find()
            .filter(feedback::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_desc(feedback::Column::CreatedAt)
            .order_by_desc(feedback::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(feedback_from_row)
            .collect())
    }

    /// Marks feedback read or answered; a non-empty `reply` is published
    /// beside it (and marks it answered).
    pub async fn mark_feedback(
        &self,
        challenge_id: i64,
        feedback_id: i64,
        state: FeedbackState,
        reply: Option<&str>,
    ) -> Result<()> {
        let row = feedback::Entity::find_by_id(id32(feedback_id)?)
            .filter(feedback::Column::ChallengeId.eq(id32(challenge_id)?))
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::not_found(plaza_i18n::tr("store-implementation-no-message")))?;
        let mut active = row.into_active_model();
        match reply.map(str::trim).filter(|r| !r.is_empty()) {
            Some(reply) => {
                active.reply = Set(reply.to_owned());
                active.replied_at = Set(Some(Utc::now()));
                active.state = Set(FeedbackState::Answered.name().to_owned());
            }
            None => active.state = Set(state.name().to_owned()),
        }
        active.update(&self.db).await?;
        Ok(())
    }
}
