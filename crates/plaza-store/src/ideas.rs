//! Entries of ideas tracks, their files, assisted entries with the
//! resident's confirmation, and the people who follow a challenge.

use chrono::Utc;
use plaza_core::idea::Assistance;
use plaza_core::{
    Affiliations, AssistChannel, BlobRef, Confirmation, Idea, IdeaFields, IdeaFile, IdeaStatus, OutgoingEmail, TeamId,
    User, UserId,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{followers, idea_files, ideas, teams, users};
use crate::error::{Error, Result};
use crate::organizer_notices::{OrganizerNotices, queue_some};
use crate::outbox::enqueue;
use crate::secrets::hash_secret;
use crate::teams::lock_row;
use crate::users::user_from_row;

/// The most ideas one team may have entered on one track at a time
/// (withdrawn ones do not count).
pub const MAX_IDEAS_PER_TEAM: u64 = 10;

/// A new entry, saved as a draft.
#[derive(Debug, Clone)]
pub struct NewIdea {
    pub challenge_id: i64,
    pub track_id: i64,
    pub team_id: Option<TeamId>,
    pub author_id: Option<UserId>,
    pub fields: IdeaFields,
    pub declared: Affiliations,
    pub contact_name: String,
    pub contact_email: String,
}

/// An entry staff type in for a resident, sent at once, waiting for the
/// resident's confirmation (or the staff member's word that they read it back).
#[derive(Debug, Clone)]
pub struct AssistedIdea {
    pub idea: NewIdea,
    pub by: UserId,
    pub channel: AssistChannel,
    /// Staff read the entry back to the resident: no confirmation email.
    pub attested: bool,
    /// The language of the resident's emails (a tag the site has).
    pub locale: Option<String>,
    /// The secret of the confirmation link (its hash is stored).
    pub confirm_secret: String,
}

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::encode("idea", e))
}

pub(crate) fn idea_from_row(row: ideas::Model) -> Result<Idea> {
    let corrupt = |what: &str| Error::Corrupt(format!("idea {}: {what}", row.id));
    let datasets = serde_json::from_str(&row.datasets_json).map_err(|_| corrupt("datasets"))?;
    let answers = serde_json::from_str(&row.answers_json).map_err(|_| corrupt("answers"))?;
    let declared = serde_json::from_str(&row.declared_json).map_err(|_| corrupt("declared"))?;
    let assisted = match row.assisted_by {
        Some(by) => Some(Assistance {
            by: UserId(i64::from(by)),
            channel: AssistChannel::parse(&row.assisted_channel).ok_or_else(|| corrupt("channel"))?,
            locale: row.contact_locale.clone(),
        }),
        None => None,
    };
    Ok(Idea {
        id: i64::from(row.id),
        challenge_id: i64::from(row.challenge_id),
        track_id: i64::from(row.track_id),
        team_id: row.team_id.map(|t| TeamId(i64::from(t))),
        author_id: row.author_id.map(|u| UserId(i64::from(u))),
        status: IdeaStatus::parse(&row.status).ok_or_else(|| corrupt("status"))?,
        fields: IdeaFields {
            title: row.title,
            summary: row.summary,
            problem: row.problem,
            proposal: row.proposal,
            datasets,
            beneficiaries: row.beneficiaries,
            team_contact: row.team_contact,
            answers,
        },
        declared,
        contact_name: row.contact_name,
        contact_email: row.contact_email,
        assisted,
        confirmation: Confirmation::parse(&row.confirmation).ok_or_else(|| corrupt("confirmation"))?,
        confirmed_at: row.confirmed_at,
        created_at: row.created_at,
        updated_at: row.updated_at,
        submitted_at: row.submitted_at,
        version: i64::from(row.version),
    })
}

fn file_from_row(row: idea_files::Model) -> IdeaFile {
    IdeaFile {
        id: i64::from(row.id),
        idea_id: i64::from(row.idea_id),
        question_key: row.question_key,
        file_name: row.file_name,
        content_type: row.content_type,
        blob: BlobRef { sha256: row.blob_sha256, size: row.size_bytes.max(0) as u64 },
        created_at: row.created_at,
    }
}

fn new_row(new: &NewIdea) -> Result<ideas::ActiveModel> {
    let now = Utc::now();
    Ok(ideas::ActiveModel {
        challenge_id: Set(id32(new.challenge_id)?),
        track_id: Set(id32(new.track_id)?),
        team_id: Set(new.team_id.map(|t| id32(t.0)).transpose()?),
        author_id: Set(new.author_id.map(|u| id32(u.0)).transpose()?),
        status: Set(IdeaStatus::Draft.name().to_owned()),
        title: Set(new.fields.title.clone()),
        summary: Set(new.fields.summary.clone()),
        problem: Set(new.fields.problem.clone()),
        proposal: Set(new.fields.proposal.clone()),
        datasets_json: Set(json(&new.fields.datasets)?),
        beneficiaries: Set(new.fields.beneficiaries.clone()),
        team_contact: Set(new.fields.team_contact.clone()),
        answers_json: Set(json(&new.fields.answers)?),
        declared_json: Set(json(&new.declared)?),
        contact_name: Set(new.contact_name.clone()),
        contact_email: Set(new.contact_email.clone()),
        assisted_by: Set(None),
        assisted_channel: Set(String::new()),
        confirmation: Set(Confirmation::NotNeeded.name().to_owned()),
        confirmation_hash: Set(None),
        confirmed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        version: Set(1),
        ..Default::default()
    })
}

/// Sets an idea's text and declared ties: what its author (or staff, for a
/// resident) writes.
fn set_text(
    update: sea_orm::UpdateMany<ideas::Entity>,
    fields: &IdeaFields,
    declared: &Affiliations,
) -> Result<sea_orm::UpdateMany<ideas::Entity>> {
    Ok(update
        .col_expr(ideas::Column::Title, Expr::value(fields.title.clone()))
        .col_expr(ideas::Column::Summary, Expr::value(fields.summary.clone()))
        .col_expr(ideas::Column::Problem, Expr::value(fields.problem.clone()))
        .col_expr(ideas::Column::Proposal, Expr::value(fields.proposal.clone()))
        .col_expr(ideas::Column::DatasetsJson, Expr::value(json(&fields.datasets)?))
        .col_expr(ideas::Column::Beneficiaries, Expr::value(fields.beneficiaries.clone()))
        .col_expr(ideas::Column::TeamContact, Expr::value(fields.team_contact.clone()))
        .col_expr(ideas::Column::AnswersJson, Expr::value(json(&fields.answers)?))
        .col_expr(ideas::Column::DeclaredJson, Expr::value(json(declared)?)))
}

impl Store {
    /// Saves a new entry as a draft. A team's entry is refused when the
    /// team already has [`MAX_IDEAS_PER_TEAM`] on the track: counted in the
    /// transaction that inserts, so two forms sent at once cannot both pass.
    pub async fn create_idea(&self, new: &NewIdea) -> Result<Idea> {
        let row = new_row(new)?;
        let txn = self.write_txn().await?;
        if let Some(team) = new.team_id {
            let team = id32(team.0)?;
            lock_row::<teams::Entity>(&txn, team).await?;
            let entered = ideas::Entity::find()
                .filter(ideas::Column::TrackId.eq(id32(new.track_id)?))
                .filter(ideas::Column::TeamId.eq(team))
                .filter(ideas::Column::Status.ne(IdeaStatus::Withdrawn.name()))
                .count(&txn)
                .await?;
            if entered >= MAX_IDEAS_PER_TEAM {
                return Err(Error::conflict(plaza_i18n::tr_with(
                    "store-ideas-too-many",
                    &[("max", MAX_IDEAS_PER_TEAM.into())],
                )));
            }
        }
        let row = row.insert(&txn).await?;
        txn.commit().await?;
        idea_from_row(row)
    }

    /// Saves what staff typed in for a resident, sent at once. With an
    /// email address and no attestation, `email` (the confirmation link) is
    /// queued in the same transaction and the entry waits for the resident.
    pub async fn create_assisted_idea(&self, assisted: &AssistedIdea, email: Option<&OutgoingEmail>) -> Result<Idea> {
        self.create_assisted_idea_notifying(assisted, email, None).await
    }

    /// [`Store::create_assisted_idea`], with the organizers' `notices` of
    /// the new idea queued in the same transaction.
    pub async fn create_assisted_idea_notifying(
        &self,
        assisted: &AssistedIdea,
        email: Option<&OutgoingEmail>,
        notices: Option<&OrganizerNotices>,
    ) -> Result<Idea> {
        let now = Utc::now();
        let mut row = new_row(&assisted.idea)?;
        row.status = Set(IdeaStatus::Submitted.name().to_owned());
        row.submitted_at = Set(Some(now));
        row.assisted_by = Set(Some(id32(assisted.by.0)?));
        row.assisted_channel = Set(assisted.channel.name().to_owned());
        row.contact_locale = Set(assisted.locale.clone());
        if assisted.attested {
            row.confirmation = Set(Confirmation::Attested.name().to_owned());
            row.confirmed_at = Set(Some(now));
        } else {
            row.confirmation = Set(Confirmation::Pending.name().to_owned());
            row.confirmation_hash = Set(Some(hash_secret(&assisted.confirm_secret)));
        }
        let txn = self.write_txn().await?;
        let row = row.insert(&txn).await?;
        if !assisted.attested
            && let Some(email) = email
        {
            enqueue(&txn, email).await?;
        }
        queue_some(&txn, notices).await?;
        txn.commit().await?;
        idea_from_row(row)
    }

    /// The resident followed the confirmation link. Returns the entry, or
    /// `None` when the link is unknown; a second visit changes nothing.
    /// The organizers' `notices` are queued in the transaction that
    /// confirms, so only the first visit sends them.
    pub async fn confirm_idea(&self, secret: &str, notices: Option<&OrganizerNotices>) -> Result<Option<Idea>> {
        let Some(idea) = self.idea_by_confirmation(secret).await? else {
            return Ok(None);
        };
        if idea.confirmation == Confirmation::Pending {
            let txn = self.write_txn().await?;
            let updated = ideas::Entity::update_many()
                .col_expr(ideas::Column::Confirmation, Expr::value(Confirmation::Confirmed.name()))
                .col_expr(ideas::Column::ConfirmedAt, Expr::value(Utc::now()))
                .filter(ideas::Column::Id.eq(id32(idea.id)?))
                .filter(ideas::Column::Confirmation.eq(Confirmation::Pending.name()))
                .exec(&txn)
                .await?;
            if updated.rows_affected == 1 {
                queue_some(&txn, notices).await?;
            }
            txn.commit().await?;
        }
        self.idea(idea.id).await
    }

    /// The entry a confirmation link belongs to, without confirming it.
    pub async fn idea_by_confirmation(&self, secret: &str) -> Result<Option<Idea>> {
        ideas::Entity::find()
            .filter(ideas::Column::ConfirmationHash.eq(hash_secret(secret)))
            .one(&self.db)
            .await?
            .map(idea_from_row)
            .transpose()
    }

    /// Staff correct an assisted entry the resident has not confirmed yet:
    /// its text and contact change, and it gets a new confirmation link (the
    /// old one stops working), whose email is queued in the same
    /// transaction. Without an email the entry waits until staff read it
    /// back. Returns false when the entry is not a pending assisted one.
    pub async fn correct_assisted_idea(
        &self,
        id: i64,
        corrected: &AssistedIdea,
        email: Option<&OutgoingEmail>,
    ) -> Result<bool> {
        let fields = &corrected.idea.fields;
        let txn = self.write_txn().await?;
        let updated = set_text(ideas::Entity::update_many(), fields, &corrected.idea.declared)?
            .col_expr(ideas::Column::ContactName, Expr::value(corrected.idea.contact_name.clone()))
            .col_expr(ideas::Column::ContactEmail, Expr::value(corrected.idea.contact_email.clone()))
            .col_expr(ideas::Column::AssistedChannel, Expr::value(corrected.channel.name()))
            .col_expr(ideas::Column::ContactLocale, Expr::value(corrected.locale.clone()))
            .col_expr(ideas::Column::ConfirmationHash, Expr::value(hash_secret(&corrected.confirm_secret)))
            .col_expr(ideas::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(ideas::Column::Id.eq(id32(id)?))
            .filter(ideas::Column::AssistedBy.is_not_null())
            .filter(ideas::Column::Confirmation.eq(Confirmation::Pending.name()))
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        if let Some(email) = email {
            enqueue(&txn, email).await?;
        }
        txn.commit().await?;
        Ok(true)
    }

    /// A new confirmation link for a pending assisted entry (the old one
    /// stops working), its email queued in the same transaction.
    pub async fn renew_confirmation(&self, id: i64, secret: &str, email: &OutgoingEmail) -> Result<bool> {
        let txn = self.write_txn().await?;
        let updated = ideas::Entity::update_many()
            .col_expr(ideas::Column::ConfirmationHash, Expr::value(hash_secret(secret)))
            .filter(ideas::Column::Id.eq(id32(id)?))
            .filter(ideas::Column::AssistedBy.is_not_null())
            .filter(ideas::Column::Confirmation.eq(Confirmation::Pending.name()))
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        enqueue(&txn, email).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Staff say they read a pending assisted entry back to the resident.
    pub async fn attest_idea(&self, id: i64) -> Result<bool> {
        let updated = ideas::Entity::update_many()
            .col_expr(ideas::Column::Confirmation, Expr::value(Confirmation::Attested.name()))
            .col_expr(ideas::Column::ConfirmedAt, Expr::value(Utc::now()))
            .filter(ideas::Column::Id.eq(id32(id)?))
            .filter(ideas::Column::Confirmation.eq(Confirmation::Pending.name()))
            .exec(&self.db)
            .await?;
        Ok(updated.rows_affected == 1)
    }

    pub async fn idea(&self, id: i64) -> Result<Option<Idea>> {
        ideas::Entity::find_by_id(id32(id)?).one(&self.db).await?.map(idea_from_row).transpose()
    }

    /// A team's entries on a track, newest first (withdrawn ones too).
    pub async fn team_ideas(&self, track_id: i64, team: TeamId) -> Result<Vec<Idea>> {
        ideas::Entity::find()
            .filter(ideas::Column::TrackId.eq(id32(track_id)?))
            .filter(ideas::Column::TeamId.eq(id32(team.0)?))
            .order_by_desc(ideas::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(idea_from_row)
            .collect()
    }

    /// The newest `limit` ideas `user` wrote or that a team of theirs
    /// entered, on every challenge, newest first (the person's account page).
    pub async fn user_ideas(&self, user: UserId, limit: u64) -> Result<Vec<Idea>> {
        let user = id32(user.0)?;
        let teams: Vec<i32> = crate::entity::team_members::Entity::find()
            .filter(crate::entity::team_members::Column::UserId.eq(user))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| m.team_id)
            .collect();
        let mine = sea_orm::Condition::any().add(ideas::Column::AuthorId.eq(user));
        let mine = if teams.is_empty() { mine } else { mine.add(ideas::Column::TeamId.is_in(teams)) };
        ideas::Entity::find()
            .filter(mine)
            .order_by_desc(ideas::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(idea_from_row)
            .collect()
    }

    /// Every entry of a track, oldest first.
    pub async fn track_ideas(&self, track_id: i64) -> Result<Vec<Idea>> {
        ideas::Entity::find()
            .filter(ideas::Column::TrackId.eq(id32(track_id)?))
            .order_by_asc(ideas::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(idea_from_row)
            .collect()
    }

    /// Saves the form of an entry that is not withdrawn. Once a judge has
    /// scored it, a change to what judges read keeps the text before it as a
    /// version (see `idea_versions.rs`) and counts up the idea's version, in
    /// the same transaction.
    pub async fn update_idea(&self, id: i64, fields: &IdeaFields, declared: &Affiliations) -> Result<bool> {
        let txn = self.write_txn().await?;
        // Locked (PostgreSQL; SQLite's write transaction is already alone),
        // so that an edit and a judge's score of the same idea take turns.
        let Some(row) = ideas::Entity::find_by_id(id32(id)?).lock_exclusive().one(&txn).await? else {
            txn.rollback().await?;
            return Ok(false);
        };
        let version = crate::idea_versions::keep_version(&txn, row, fields).await?;
        let updated = set_text(ideas::Entity::update_many(), fields, declared)?
            .col_expr(ideas::Column::UpdatedAt, Expr::value(Utc::now()))
            .col_expr(ideas::Column::Version, Expr::value(version))
            .filter(ideas::Column::Id.eq(id32(id)?))
            .filter(ideas::Column::Status.ne(IdeaStatus::Withdrawn.name()))
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        txn.commit().await?;
        Ok(true)
    }

    /// Sends a draft, with its confirmation email and the organizers'
    /// `notices` in the same transaction. Returns false when it was not a draft.
    pub async fn submit_idea(
        &self,
        id: i64,
        email: Option<&OutgoingEmail>,
        notices: Option<&OrganizerNotices>,
    ) -> Result<bool> {
        let now = Utc::now();
        let txn = self.write_txn().await?;
        let updated = ideas::Entity::update_many()
            .col_expr(ideas::Column::Status, Expr::value(IdeaStatus::Submitted.name()))
            .col_expr(ideas::Column::SubmittedAt, Expr::value(now))
            .col_expr(ideas::Column::UpdatedAt, Expr::value(now))
            .filter(ideas::Column::Id.eq(id32(id)?))
            .filter(ideas::Column::Status.eq(IdeaStatus::Draft.name()))
            .exec(&txn)
            .await?;
        if updated.rows_affected == 1
            && let Some(email) = email
        {
            enqueue(&txn, email).await?;
        }
        if updated.rows_affected == 1 {
            queue_some(&txn, notices).await?;
        }
        txn.commit().await?;
        Ok(updated.rows_affected == 1)
    }

    /// Takes an entry back: it is never judged. Returns false when it was already withdrawn.
    pub async fn withdraw_idea(&self, id: i64) -> Result<bool> {
        let updated = ideas::Entity::update_many()
            .col_expr(ideas::Column::Status, Expr::value(IdeaStatus::Withdrawn.name()))
            .col_expr(ideas::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(ideas::Column::Id.eq(id32(id)?))
            .filter(ideas::Column::Status.ne(IdeaStatus::Withdrawn.name()))
            .exec(&self.db)
            .await?;
        Ok(updated.rows_affected == 1)
    }

    /// Attaches a stored file. A file question keeps one file: a new one replaces the old.
    pub async fn add_idea_file(
        &self,
        idea_id: i64,
        question_key: &str,
        file_name: &str,
        content_type: &str,
        blob: &BlobRef,
        max_files: usize,
    ) -> Result<Option<IdeaFile>> {
        let txn = self.write_txn().await?;
        if !question_key.is_empty() {
            idea_files::Entity::delete_many()
                .filter(idea_files::Column::IdeaId.eq(id32(idea_id)?))
                .filter(idea_files::Column::QuestionKey.eq(question_key))
                .exec(&txn)
                .await?;
        }
        let count =
            idea_files::Entity::find().filter(idea_files::Column::IdeaId.eq(id32(idea_id)?)).all(&txn).await?.len();
        if count >= max_files {
            txn.rollback().await?;
            return Ok(None);
        }
        let row = idea_files::ActiveModel {
            idea_id: Set(id32(idea_id)?),
            question_key: Set(question_key.to_owned()),
            file_name: Set(file_name.to_owned()),
            content_type: Set(content_type.to_owned()),
            blob_sha256: Set(blob.sha256.clone()),
            size_bytes: Set(blob.size as i64),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(Some(file_from_row(row)))
    }

    pub async fn idea_files(&self, idea_id: i64) -> Result<Vec<IdeaFile>> {
        Ok(idea_files::Entity::find()
            .filter(idea_files::Column::IdeaId.eq(id32(idea_id)?))
            .order_by_asc(idea_files::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(file_from_row)
            .collect())
    }

    pub async fn remove_idea_file(&self, idea_id: i64, file_id: i64) -> Result<bool> {
        let deleted = idea_files::Entity::delete_many()
            .filter(idea_files::Column::IdeaId.eq(id32(idea_id)?))
            .filter(idea_files::Column::Id.eq(id32(file_id)?))
            .exec(&self.db)
            .await?;
        Ok(deleted.rows_affected == 1)
    }

    /// Starts following a challenge's news (winners, implementation updates).
    pub async fn follow_challenge(&self, challenge_id: i64, user: UserId) -> Result<()> {
        let exists = followers::Entity::find()
            .filter(followers::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(followers::Column::UserId.eq(id32(user.0)?))
            .one(&self.db)
            .await?
            .is_some();
        if !exists {
            let inserted = followers::ActiveModel {
                challenge_id: Set(id32(challenge_id)?),
                user_id: Set(id32(user.0)?),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&self.db)
            .await;
            // A second click racing the first hits the unique index: already following.
            if let Err(err) = inserted
                && !err.to_string().to_lowercase().contains("unique")
            {
                return Err(err.into());
            }
        }
        Ok(())
    }

    pub async fn unfollow_challenge(&self, challenge_id: i64, user: UserId) -> Result<()> {
        followers::Entity::delete_many()
            .filter(followers::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(followers::Column::UserId.eq(id32(user.0)?))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    pub async fn is_following(&self, challenge_id: i64, user: UserId) -> Result<bool> {
        Ok(followers::Entity::find()
            .filter(followers::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(followers::Column::UserId.eq(id32(user.0)?))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Everyone following a challenge.
    pub async fn followers(&self, challenge_id: i64) -> Result<Vec<User>> {
        let ids: Vec<i32> = followers::Entity::find()
            .filter(followers::Column::ChallengeId.eq(id32(challenge_id)?))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| f.user_id)
            .collect();
        users::Entity::find()
            .filter(users::Column::Id.is_in(ids))
            .order_by_asc(users::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(user_from_row)
            .collect()
    }
}
