//! Reminders 24 hours before a deadline: everyone in a team that has sent
//! nothing yet (no scored entry, no idea sent; maybe a draft) gets one
//! email, if they asked for news. Each is claimed in the transaction that
//! queues its email, so any number of processes may send them.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use plaza_core::{IdeaStatus, OutgoingEmail, User};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenges, deadline_reminders, ideas, submissions, team_members, teams, users};
use crate::error::Result;
use crate::outbox::enqueue;
use crate::users::user_from_row;

/// How long before a deadline reminders go out.
pub const REMINDER_BEFORE: Duration = Duration::hours(24);

/// One reminder to send.
#[derive(Debug, Clone)]
pub struct DueReminder {
    pub challenge_id: i64,
    pub user: User,
    pub team_name: String,
    /// Titles of the team's draft ideas (not sent yet).
    pub drafts: Vec<String>,
}

impl Store {
    /// The reminders due at `now`: for each published challenge closing in
    /// the next [`REMINDER_BEFORE`], each member of a team that has sent
    /// nothing, who asked for news and has not been reminded yet.
    pub async fn due_reminders(&self, now: DateTime<Utc>) -> Result<Vec<DueReminder>> {
        let closing = challenges::Entity::find()
            .filter(challenges::Column::ClosesAt.gt(now))
            .filter(challenges::Column::ClosesAt.lte(now + REMINDER_BEFORE))
            .filter(challenges::Column::PublishedAt.is_not_null())
            .all(&self.db)
            .await?;
        let mut due = Vec::new();
        for challenge in closing {
            let id = challenge.id;
            let team_rows = teams::Entity::find().filter(teams::Column::ChallengeId.eq(id)).all(&self.db).await?;
            if team_rows.is_empty() {
                continue;
            }
            let sent_entries: HashSet<i32> = submissions::Entity::find()
                .filter(submissions::Column::ChallengeId.eq(id))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|s| s.team_id)
                .collect();
            let mut drafts: HashMap<i32, Vec<String>> = HashMap::new();
            let mut sent_ideas: HashSet<i32> = HashSet::new();
            for idea in ideas::Entity::find().filter(ideas::Column::ChallengeId.eq(id)).all(&self.db).await? {
                let Some(team) = idea.team_id else { continue };
                match IdeaStatus::parse(&idea.status) {
                    Some(IdeaStatus::Draft) => drafts.entry(team).or_default().push(idea.title),
                    Some(IdeaStatus::Submitted) => {
                        sent_ideas.insert(team);
                    }
                    _ => {}
                }
            }
            let reminded: HashSet<i32> = deadline_reminders::Entity::find()
                .filter(deadline_reminders::Column::ChallengeId.eq(id))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|r| r.user_id)
                .collect();
            let quiet: HashMap<i32, &teams::Model> = team_rows
                .iter()
                .filter(|t| !sent_entries.contains(&t.id) && !sent_ideas.contains(&t.id))
                .map(|t| (t.id, t))
                .collect();
            let members = team_members::Entity::find()
                .filter(team_members::Column::TeamId.is_in(quiet.keys().copied().collect::<Vec<_>>()))
                .all(&self.db)
                .await?;
            let people: HashMap<i32, User> = users::Entity::find()
                .filter(users::Column::Id.is_in(members.iter().map(|m| m.user_id).collect::<Vec<_>>()))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|row| user_from_row(row).map(|user| (user.id.0 as i32, user)))
                .collect::<Result<_>>()?;
            for member in members {
                let (Some(team), Some(user)) = (quiet.get(&member.team_id), people.get(&member.user_id)) else {
                    continue;
                };
                if reminded.contains(&member.user_id) || !user.notify_news {
                    continue;
                }
                due.push(DueReminder {
                    challenge_id: id.into(),
                    user: user.clone(),
                    team_name: team.name.clone(),
                    drafts: drafts.get(&team.id).cloned().unwrap_or_default(),
                });
            }
        }
        Ok(due)
    }

    /// Claims the reminder of `user` for `challenge_id` and queues `email`,
    /// in one transaction. False (nothing queued) when it was already sent.
    pub async fn send_reminder(
        &self,
        challenge_id: i64,
        user: plaza_core::UserId,
        email: &OutgoingEmail,
    ) -> Result<bool> {
        let txn = self.write_txn().await?;
        let claimed = deadline_reminders::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            user_id: Set(id32(user.0)?),
            sent_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        match claimed {
            Ok(_) => {}
            Err(err)
                if err.to_string().to_lowercase().contains("unique") || err.to_string().contains("duplicate key") =>
            {
                txn.rollback().await?;
                return Ok(false);
            }
            Err(err) => return Err(err.into()),
        }
        enqueue(&txn, email).await?;
        txn.commit().await?;
        Ok(true)
    }
}
