//! Teams: the unit that enters a challenge. One team per person per
//! challenge (the database enforces it), at most the challenge's team size.

use chrono::Utc;
use plaza_core::{Team, TeamId, TeamMember, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenges, team_members, teams, users};
use crate::error::{Error, Result};
use crate::secrets::{hash_secret, new_secret};

/// Why a team change was refused, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamProblem {
    AlreadyInTeam,
    TeamFull { max: u32 },
    NameTaken,
    UnknownLink,
    NotMember,
}

impl std::fmt::Display for TeamProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TeamProblem::AlreadyInTeam => {
                f.write_str("You are already in a team for this challenge. Leave it first to join or create another.")
            }
            TeamProblem::TeamFull { max } => {
                write!(f, "This team is full: teams in this challenge have at most {max} members.")
            }
            TeamProblem::NameTaken => {
                f.write_str("Another team in this challenge already uses that name. Please choose another.")
            }
            TeamProblem::UnknownLink => {
                f.write_str("This team invitation link is not valid any more. Ask the team for a new one.")
            }
            TeamProblem::NotMember => f.write_str("You are not a member of this team."),
        }
    }
}

type TeamResult<T> = std::result::Result<T, TeamProblem>;

async fn load_team(db: &impl ConnectionTrait, row: teams::Model) -> Result<Team> {
    let members = team_members::Entity::find()
        .filter(team_members::Column::TeamId.eq(row.id))
        .order_by_asc(team_members::Column::Id)
        .find_also_related(users::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(member, user)| {
            user.map(|u| TeamMember { user_id: UserId(i64::from(member.user_id)), display_name: u.display_name })
        })
        .collect();
    Ok(Team {
        id: TeamId(i64::from(row.id)),
        challenge_id: i64::from(row.challenge_id),
        name: row.name,
        alias: row.alias,
        show_alias: row.show_alias,
        members,
    })
}

fn is_unique_violation(err: &sea_orm::DbErr) -> bool {
    matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}

impl Store {
    pub async fn team_by_id(&self, id: TeamId) -> Result<Option<Team>> {
        match teams::Entity::find_by_id(id32(id.0)?).one(&self.db).await? {
            Some(row) => Ok(Some(load_team(&self.db, row).await?)),
            None => Ok(None),
        }
    }

    /// The team `user` belongs to in a challenge.
    pub async fn team_of(&self, challenge_id: i64, user: UserId) -> Result<Option<Team>> {
        let Some(member) = team_members::Entity::find()
            .filter(team_members::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(team_members::Column::UserId.eq(id32(user.0)?))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.team_by_id(TeamId(i64::from(member.team_id))).await
    }

    /// Every team `user` belongs to, across challenges.
    pub async fn teams_of_user(&self, user: UserId) -> Result<Vec<Team>> {
        let memberships = team_members::Entity::find()
            .filter(team_members::Column::UserId.eq(id32(user.0)?))
            .order_by_asc(team_members::Column::Id)
            .all(&self.db)
            .await?;
        let mut teams = Vec::new();
        for member in memberships {
            if let Some(team) = self.team_by_id(TeamId(i64::from(member.team_id))).await? {
                teams.push(team);
            }
        }
        Ok(teams)
    }

    /// Creates a team with `user` as its first member.
    pub async fn create_team(&self, challenge_id: i64, user: UserId, name: &str) -> Result<TeamResult<Team>> {
        let name = plaza_core::user::parse_team_name(name)?;
        if self.team_of(challenge_id, user).await?.is_some() {
            return Ok(Err(TeamProblem::AlreadyInTeam));
        }
        let now = Utc::now();
        let txn = self.db.begin().await?;
        let inserted = teams::ActiveModel {
            challenge_id: Set(id32(challenge_id)?),
            name: Set(name),
            alias: Set(String::new()),
            show_alias: Set(false),
            join_token_hash: Set(hash_secret(&new_secret())),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        let row = match inserted {
            Ok(row) => row,
            Err(err) if is_unique_violation(&err) => return Ok(Err(TeamProblem::NameTaken)),
            Err(err) => return Err(err.into()),
        };
        // A default alias that reveals nothing about the people.
        let alias = format!("Team {}", row.id);
        teams::Entity::update_many()
            .col_expr(teams::Column::Alias, Expr::value(alias))
            .filter(teams::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        let joined = team_members::ActiveModel {
            team_id: Set(row.id),
            challenge_id: Set(row.challenge_id),
            user_id: Set(id32(user.0)?),
            joined_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        match joined {
            Ok(_) => {}
            Err(err) if is_unique_violation(&err) => return Ok(Err(TeamProblem::AlreadyInTeam)),
            Err(err) => return Err(err.into()),
        }
        txn.commit().await?;
        Ok(Ok(self
            .team_by_id(TeamId(i64::from(row.id)))
            .await?
            .ok_or_else(|| Error::Corrupt("team vanished".into()))?))
    }

    /// Makes a new invitation link for a team (the old one stops working).
    pub async fn new_team_join_secret(&self, team: TeamId) -> Result<String> {
        let secret = new_secret();
        teams::Entity::update_many()
            .col_expr(teams::Column::JoinTokenHash, Expr::value(hash_secret(&secret)))
            .filter(teams::Column::Id.eq(id32(team.0)?))
            .exec(&self.db)
            .await?;
        Ok(secret)
    }

    /// Makes a new invitation link for a team and queues the email that
    /// carries it, in one transaction: `compose` turns the new secret into the
    /// email. If composing fails, the old link keeps working and nothing is sent.
    pub async fn invite_to_team_by_email<F>(&self, team: TeamId, compose: F) -> Result<()>
    where
        F: FnOnce(&str) -> std::result::Result<plaza_core::OutgoingEmail, String>,
    {
        let secret = new_secret();
        let email = compose(&secret).map_err(Error::Invalid)?;
        let txn = self.db.begin().await?;
        teams::Entity::update_many()
            .col_expr(teams::Column::JoinTokenHash, Expr::value(hash_secret(&secret)))
            .filter(teams::Column::Id.eq(id32(team.0)?))
            .exec(&txn)
            .await?;
        crate::outbox::enqueue(&txn, &email).await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn team_for_join_secret(&self, secret: &str) -> Result<Option<Team>> {
        if secret.len() != 64 {
            return Ok(None);
        }
        match teams::Entity::find().filter(teams::Column::JoinTokenHash.eq(hash_secret(secret))).one(&self.db).await? {
            Some(row) => Ok(Some(load_team(&self.db, row).await?)),
            None => Ok(None),
        }
    }

    /// Joins the team of an invitation link, within the challenge's team size.
    pub async fn join_team(&self, secret: &str, user: UserId) -> Result<TeamResult<Team>> {
        let Some(team) = self.team_for_join_secret(secret).await? else {
            return Ok(Err(TeamProblem::UnknownLink));
        };
        if team.members.iter().any(|m| m.user_id == user) {
            return Ok(Ok(team));
        }
        if self.team_of(team.challenge_id, user).await?.is_some() {
            return Ok(Err(TeamProblem::AlreadyInTeam));
        }
        let txn = self.db.begin().await?;
        // Lock the team row on PostgreSQL so two joins cannot both take the last place.
        let mut query = teams::Entity::find_by_id(id32(team.id.0)?);
        if txn.get_database_backend() == DatabaseBackend::Postgres {
            query = query.lock_exclusive();
        }
        query.one(&txn).await?;
        let max = challenges::Entity::find_by_id(id32(team.challenge_id)?)
            .one(&txn)
            .await?
            .map_or(1, |c| c.max_team_size.max(1) as u32);
        let count =
            team_members::Entity::find().filter(team_members::Column::TeamId.eq(id32(team.id.0)?)).count(&txn).await?;
        if count >= u64::from(max) {
            return Ok(Err(TeamProblem::TeamFull { max }));
        }
        let joined = team_members::ActiveModel {
            team_id: Set(id32(team.id.0)?),
            challenge_id: Set(id32(team.challenge_id)?),
            user_id: Set(id32(user.0)?),
            joined_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        match joined {
            Ok(_) => {}
            Err(err) if is_unique_violation(&err) => return Ok(Err(TeamProblem::AlreadyInTeam)),
            Err(err) => return Err(err.into()),
        }
        txn.commit().await?;
        Ok(Ok(self.team_by_id(team.id).await?.ok_or_else(|| Error::Corrupt("team vanished".into()))?))
    }

    /// Leaves a team; the last member leaving removes the team.
    pub async fn leave_team(&self, team: TeamId, user: UserId) -> Result<TeamResult<()>> {
        let txn = self.db.begin().await?;
        let removed = team_members::Entity::delete_many()
            .filter(team_members::Column::TeamId.eq(id32(team.0)?))
            .filter(team_members::Column::UserId.eq(id32(user.0)?))
            .exec(&txn)
            .await?;
        if removed.rows_affected == 0 {
            return Ok(Err(TeamProblem::NotMember));
        }
        let left =
            team_members::Entity::find().filter(team_members::Column::TeamId.eq(id32(team.0)?)).count(&txn).await?;
        if left == 0 {
            teams::Entity::delete_by_id(id32(team.0)?).exec(&txn).await?;
        }
        txn.commit().await?;
        Ok(Ok(()))
    }

    /// Renames a team and sets how it appears on leaderboards.
    pub async fn update_team(&self, team: TeamId, name: &str, alias: &str, show_alias: bool) -> Result<TeamResult<()>> {
        let name = plaza_core::user::parse_team_name(name)?;
        let alias = plaza_core::user::parse_team_name(alias)?;
        let result = teams::Entity::update_many()
            .col_expr(teams::Column::Name, Expr::value(name))
            .col_expr(teams::Column::Alias, Expr::value(alias))
            .col_expr(teams::Column::ShowAlias, Expr::value(show_alias))
            .filter(teams::Column::Id.eq(id32(team.0)?))
            .exec(&self.db)
            .await;
        match result {
            Ok(_) => Ok(Ok(())),
            Err(err) if is_unique_violation(&err) => Ok(Err(TeamProblem::NameTaken)),
            Err(err) => Err(err.into()),
        }
    }
}
