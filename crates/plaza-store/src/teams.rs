//! Teams: the unit that enters a challenge. One team per person per
//! challenge (the database enforces it), at most the challenge's team size.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use plaza_core::{Team, TeamId, TeamMember, User, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseTransaction, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::Store;
use crate::challenges::id32;
use crate::entity::{challenges, ideas, submissions, team_members, teams, users};
use crate::error::{Error, Result};
use crate::secrets::{hash_secret, new_secret};
use crate::users::user_from_row;

/// Why a team change was refused, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamProblem {
    AlreadyInTeam,
    TeamFull {
        max: u32,
    },
    NameTaken,
    AliasTaken,
    UnknownLink,
    LinkRevoked,
    LinkExpired,
    LinkUsed,
    NotMember,
    /// The team has sent entries or ideas: its members stay.
    HasEntries,
}

impl std::fmt::Display for TeamProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use plaza_i18n::{tr, tr_with};
        let text = match self {
            TeamProblem::AlreadyInTeam => tr("store-teams-already-in-team"),
            TeamProblem::TeamFull { max } => tr_with("store-teams-team-full", &[("max", (*max).into())]),
            TeamProblem::NameTaken => tr("store-teams-name-taken"),
            TeamProblem::AliasTaken => tr("store-teams-alias-taken"),
            TeamProblem::UnknownLink => tr("store-teams-unknown-link"),
            TeamProblem::LinkRevoked => tr("store-teams-link-revoked"),
            TeamProblem::LinkExpired => {
                tr_with("store-teams-link-expired", &[("days", crate::team_invitations::TEAM_INVITATION_DAYS.into())])
            }
            TeamProblem::LinkUsed => tr("store-teams-link-used"),
            TeamProblem::NotMember => tr("store-teams-not-member"),
            TeamProblem::HasEntries => tr("store-teams-has-entries"),
        };
        f.write_str(&text)
    }
}

pub(crate) type TeamResult<T> = std::result::Result<T, TeamProblem>;

pub(crate) async fn load_team(db: &impl ConnectionTrait, row: teams::Model) -> Result<Team> {
    let members = members_of(db, &[row.id]).await?.remove(&row.id).unwrap_or_default();
    Ok(team_from_row(row, members))
}

/// The members of the given teams by team, in the order they joined: one query.
async fn members_of(db: &impl ConnectionTrait, teams: &[i32]) -> Result<HashMap<i32, Vec<TeamMember>>> {
    let rows = team_members::Entity::find()
        .filter(team_members::Column::TeamId.is_in(teams.to_vec()))
        .order_by_asc(team_members::Column::Id)
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    let mut members: HashMap<i32, Vec<TeamMember>> = HashMap::new();
    for (member, user) in rows {
        if let Some(user) = user {
            let joined = TeamMember { user_id: UserId(i64::from(member.user_id)), display_name: user.display_name };
            members.entry(member.team_id).or_default().push(joined);
        }
    }
    Ok(members)
}

fn team_from_row(row: teams::Model, members: Vec<TeamMember>) -> Team {
    Team {
        id: TeamId(i64::from(row.id)),
        challenge_id: i64::from(row.challenge_id),
        name: row.name,
        alias: row.alias,
        show_alias: row.show_alias,
        members,
    }
}

/// Team ids as the database holds them, each once, in slices small enough
/// for one `IN (...)` each whatever the number of teams.
fn id_chunks(ids: &[TeamId]) -> Result<Vec<Vec<i32>>> {
    let mut ids = ids.iter().map(|t| id32(t.0)).collect::<Result<Vec<_>>>()?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids.chunks(500).map(<[i32]>::to_vec).collect())
}

pub(crate) fn is_unique_violation(err: &sea_orm::DbErr) -> bool {
    matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}

/// How a team name or alias is compared with the others of its challenge:
/// capital letters and spaces do not count ("Rain Makers" = "rainmakers").
pub fn name_key(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
}

/// Locks a row for the rest of a PostgreSQL transaction (SQLite's write
/// transactions already run one at a time).
pub(crate) async fn lock_row<E>(txn: &DatabaseTransaction, id: i32) -> Result<()>
where
    E: EntityTrait,
    <E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType: From<i32>,
{
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        E::find_by_id(id).lock_exclusive().one(txn).await?;
    }
    Ok(())
}

/// The names and aliases of a challenge's teams other than `except`, as keys.
async fn taken_names(txn: &DatabaseTransaction, challenge_id: i32, except: Option<i32>) -> Result<HashSet<String>> {
    let mut query = teams::Entity::find().filter(teams::Column::ChallengeId.eq(challenge_id));
    if let Some(id) = except {
        query = query.filter(teams::Column::Id.ne(id));
    }
    let mut taken = HashSet::new();
    for row in query.all(txn).await? {
        taken.insert(name_key(&row.name));
        taken.insert(name_key(&row.alias));
    }
    Ok(taken)
}

async fn is_member(db: &impl ConnectionTrait, challenge_id: i32, user: i32) -> Result<Option<i32>> {
    Ok(team_members::Entity::find()
        .filter(team_members::Column::ChallengeId.eq(challenge_id))
        .filter(team_members::Column::UserId.eq(user))
        .one(db)
        .await?
        .map(|m| m.team_id))
}

/// Whether a team has sent any coding entry or idea (drafts included).
pub(crate) async fn has_entries(db: &impl ConnectionTrait, team: i32) -> Result<bool> {
    let submissions = submissions::Entity::find().filter(submissions::Column::TeamId.eq(team)).count(db).await?;
    if submissions > 0 {
        return Ok(true);
    }
    Ok(ideas::Entity::find().filter(ideas::Column::TeamId.eq(Some(team))).count(db).await? > 0)
}

/// Adds `user` to `team` within the challenge's team size. The caller holds
/// a write transaction and has locked the team row.
pub(crate) async fn add_member(txn: &DatabaseTransaction, team: &teams::Model, user: i32) -> Result<TeamResult<()>> {
    match is_member(txn, team.challenge_id, user).await? {
        Some(id) if id == team.id => return Ok(Ok(())),
        Some(_) => return Ok(Err(TeamProblem::AlreadyInTeam)),
        None => {}
    }
    let max =
        challenges::Entity::find_by_id(team.challenge_id).one(txn).await?.map_or(1, |c| c.max_team_size.max(1) as u32);
    let count = team_members::Entity::find().filter(team_members::Column::TeamId.eq(team.id)).count(txn).await?;
    if count >= u64::from(max) {
        return Ok(Err(TeamProblem::TeamFull { max }));
    }
    let joined = team_members::ActiveModel {
        team_id: Set(team.id),
        challenge_id: Set(team.challenge_id),
        user_id: Set(user),
        joined_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await;
    match joined {
        Ok(_) => Ok(Ok(())),
        Err(err) if is_unique_violation(&err) => Ok(Err(TeamProblem::AlreadyInTeam)),
        Err(err) => Err(err.into()),
    }
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
        match is_member(&self.db, id32(challenge_id)?, id32(user.0)?).await? {
            Some(team) => self.team_by_id(TeamId(i64::from(team))).await,
            None => Ok(None),
        }
    }

    /// Every team `user` belongs to, across challenges.
    pub async fn teams_of_user(&self, user: UserId) -> Result<Vec<Team>> {
        let memberships = team_members::Entity::find()
            .filter(team_members::Column::UserId.eq(id32(user.0)?))
            .order_by_asc(team_members::Column::Id)
            .all(&self.db)
            .await?;
        let ids: Vec<TeamId> = memberships.iter().map(|m| TeamId(i64::from(m.team_id))).collect();
        let mut teams = self.teams_by_ids(&ids).await?;
        Ok(ids.iter().filter_map(|id| teams.remove(id)).collect())
    }

    /// Teams by id, with their members, in two queries however many there
    /// are (pages that list entries or ideas name their teams). Unknown ids
    /// are left out.
    pub async fn teams_by_ids(&self, ids: &[TeamId]) -> Result<HashMap<TeamId, Team>> {
        let mut teams = HashMap::new();
        for chunk in id_chunks(ids)? {
            let rows = teams::Entity::find().filter(teams::Column::Id.is_in(chunk.clone())).all(&self.db).await?;
            let mut members = members_of(&self.db, &chunk).await?;
            for row in rows {
                let mine = members.remove(&row.id).unwrap_or_default();
                teams.insert(TeamId(i64::from(row.id)), team_from_row(row, mine));
            }
        }
        Ok(teams)
    }

    /// The accounts of the members of the given teams, by team, in the
    /// order they joined: one query (whom an email to a team goes to).
    pub async fn team_users(&self, ids: &[TeamId]) -> Result<HashMap<TeamId, Vec<User>>> {
        let mut users_of: HashMap<TeamId, Vec<User>> = HashMap::new();
        for chunk in id_chunks(ids)? {
            let rows = team_members::Entity::find()
                .filter(team_members::Column::TeamId.is_in(chunk))
                .order_by_asc(team_members::Column::Id)
                .find_also_related(users::Entity)
                .all(&self.db)
                .await?;
            for (member, user) in rows {
                if let Some(user) = user {
                    users_of.entry(TeamId(i64::from(member.team_id))).or_default().push(user_from_row(user)?);
                }
            }
        }
        Ok(users_of)
    }

    /// A team of one for someone who enters alone, named after them. When
    /// another team already reads the same, their account number is added
    /// ("Ana (12)") so entering alone never stops at a name.
    pub async fn create_solo_team(
        &self,
        challenge_id: i64,
        user: UserId,
        display_name: &str,
    ) -> Result<TeamResult<Team>> {
        match self.create_team(challenge_id, user, display_name).await? {
            Err(TeamProblem::NameTaken) => {
                self.create_team(challenge_id, user, &format!("{display_name} ({})", user.0)).await
            }
            created => Ok(created),
        }
    }

    /// Creates a team with `user` as its first member. Its name must differ
    /// from every other team's name and alias in the challenge (capital
    /// letters and spaces aside); it gets a neutral alias ("Team 12").
    pub async fn create_team(&self, challenge_id: i64, user: UserId, name: &str) -> Result<TeamResult<Team>> {
        let name = plaza_core::user::parse_team_name(name)?;
        let challenge = id32(challenge_id)?;
        let user = id32(user.0)?;
        let now = Utc::now();
        let txn = self.write_txn().await?;
        // One team change per challenge at a time, so two teams cannot take
        // names that read the same.
        lock_row::<challenges::Entity>(&txn, challenge).await?;
        if is_member(&txn, challenge, user).await?.is_some() {
            return Ok(Err(TeamProblem::AlreadyInTeam));
        }
        let taken = taken_names(&txn, challenge, None).await?;
        if taken.contains(&name_key(&name)) {
            return Ok(Err(TeamProblem::NameTaken));
        }
        let inserted = teams::ActiveModel {
            challenge_id: Set(challenge),
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
        // A default alias that reveals nothing about the people, and that no
        // other team uses as its name. Everyone reads it: in the site's language.
        let lang = plaza_i18n::default_language();
        let alias = std::iter::once(plaza_i18n::tr_in(lang, "store-teams-default-alias", &[("id", row.id.into())]))
            .chain((2..).map(|n: u32| {
                plaza_i18n::tr_in(lang, "store-teams-default-alias-numbered", &[("id", row.id.into()), ("n", n.into())])
            }))
            .find(|alias| !taken.contains(&name_key(alias)))
            .unwrap_or_default();
        teams::Entity::update_many()
            .col_expr(teams::Column::Alias, Expr::value(alias))
            .filter(teams::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        if let Err(problem) = add_member(&txn, &row, user).await? {
            return Ok(Err(problem));
        }
        txn.commit().await?;
        Ok(Ok(self
            .team_by_id(TeamId(i64::from(row.id)))
            .await?
            .ok_or_else(|| Error::Corrupt("team vanished".into()))?))
    }

    /// Leaves a team. Nobody leaves a team that has sent an entry or an idea
    /// (entries, scores and daily limits stay with the team that made them);
    /// a team without entries whose last member leaves is removed.
    pub async fn leave_team(&self, team: TeamId, user: UserId) -> Result<TeamResult<()>> {
        let team = id32(team.0)?;
        let txn = self.write_txn().await?;
        lock_row::<teams::Entity>(&txn, team).await?;
        let member = team_members::Entity::find()
            .filter(team_members::Column::TeamId.eq(team))
            .filter(team_members::Column::UserId.eq(id32(user.0)?))
            .one(&txn)
            .await?;
        let Some(member) = member else {
            return Ok(Err(TeamProblem::NotMember));
        };
        if has_entries(&txn, team).await? {
            return Ok(Err(TeamProblem::HasEntries));
        }
        team_members::Entity::delete_by_id(member.id).exec(&txn).await?;
        let left = team_members::Entity::find().filter(team_members::Column::TeamId.eq(team)).count(&txn).await?;
        if left == 0 {
            // The foreign keys refuse this if an entry arrived meanwhile.
            if let Err(err) = teams::Entity::delete_by_id(team).exec(&txn).await {
                return match err.sql_err() {
                    Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_)) => Ok(Err(TeamProblem::HasEntries)),
                    _ => Err(err.into()),
                };
            }
        }
        txn.commit().await?;
        Ok(Ok(()))
    }

    /// Renames a team and sets how it appears on leaderboards. Names and
    /// aliases share one space per challenge: neither may read the same as
    /// another team's name or alias (capital letters and spaces aside).
    pub async fn update_team(&self, team: TeamId, name: &str, alias: &str, show_alias: bool) -> Result<TeamResult<()>> {
        let name = plaza_core::user::parse_team_name(name)?;
        let alias = plaza_core::user::parse_team_name(alias)?;
        let team = id32(team.0)?;
        let txn = self.write_txn().await?;
        let Some(row) = teams::Entity::find_by_id(team).one(&txn).await? else {
            return Ok(Err(TeamProblem::NotMember));
        };
        lock_row::<challenges::Entity>(&txn, row.challenge_id).await?;
        let taken = taken_names(&txn, row.challenge_id, Some(team)).await?;
        if taken.contains(&name_key(&name)) {
            return Ok(Err(TeamProblem::NameTaken));
        }
        if taken.contains(&name_key(&alias)) {
            return Ok(Err(TeamProblem::AliasTaken));
        }
        let result = teams::Entity::update_many()
            .col_expr(teams::Column::Name, Expr::value(name))
            .col_expr(teams::Column::Alias, Expr::value(alias))
            .col_expr(teams::Column::ShowAlias, Expr::value(show_alias))
            .filter(teams::Column::Id.eq(team))
            .exec(&txn)
            .await;
        match result {
            Ok(_) => {}
            Err(err) if is_unique_violation(&err) => return Ok(Err(TeamProblem::NameTaken)),
            Err(err) => return Err(err.into()),
        }
        txn.commit().await?;
        Ok(Ok(()))
    }
}
