//! Leaderboards kept in the database. Each team has at most one row per
//! board of a track (its best public entry; its final private entry),
//! rewritten from that team's entries alone, by `plaza_core`'s own ranking
//! rules, in the same transaction as whatever changed them: a score, a
//! rescore, a disqualification, a selection. Reading a page is then one
//! indexed query of 100 rows, whatever the number of teams.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use plaza_core::submission::{Standing, team_standing};
use plaza_core::{Board, BoardEntry, BoardRow, SubmissionStatus, Verdict};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};

use crate::Store;
use crate::challenges::{id32, track_from_row};
use crate::entity::{board_builds, board_rows, submissions, teams, tracks};
use crate::error::{Error, Result};

/// The longest team-name search the store runs.
pub const MAX_SEARCH_CHARS: usize = 100;

/// One page of a board.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardPage {
    /// Rows on the whole board (or matching the search).
    pub total: usize,
    /// This page's rows, best first, each with its rank on the whole board.
    pub rows: Vec<BoardRow>,
}

fn board_name(board: Board) -> &'static str {
    match board {
        Board::Public => "public",
        Board::Private => "private",
    }
}

/// Nanoseconds since 1970 (until the year 2262): an exact, sortable time.
fn nanos(at: DateTime<Utc>) -> i64 {
    at.timestamp_nanos_opt().unwrap_or(i64::MAX)
}

fn team_name(team: &teams::Model) -> String {
    if team.show_alias { team.alias.clone() } else { team.name.clone() }
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// Whether the track ranks higher scores first; `None` for tracks without
/// a leaderboard (ideas).
async fn direction(db: &impl ConnectionTrait, track: i32) -> Result<Option<bool>> {
    let Some(row) = tracks::Entity::find_by_id(track).one(db).await? else { return Ok(None) };
    Ok(track_from_row(row)?.settings.metric().map(|m| m.higher_is_better()))
}

/// Ranked entries (scored, valid, with a public score, not disqualified) of
/// a track, or of one team on it. Team names are left empty: pages join
/// them when they read the rows.
/// id, team, public score, private score, selected, sent at.
type RankedColumns = (i32, i32, Option<f64>, Option<f64>, bool, DateTime<Utc>);

async fn ranked_entries(db: &impl ConnectionTrait, track: i32, team: Option<i32>) -> Result<Vec<BoardEntry>> {
    // Only the columns ranking reads: an entry's message, cases and log can be large.
    let mut query = submissions::Entity::find()
        .select_only()
        .columns([
            submissions::Column::Id,
            submissions::Column::TeamId,
            submissions::Column::PublicScore,
            submissions::Column::PrivateScore,
            submissions::Column::Selected,
            submissions::Column::CreatedAt,
        ])
        .filter(submissions::Column::TrackId.eq(track))
        .filter(submissions::Column::Status.eq(SubmissionStatus::Scored.name()))
        .filter(submissions::Column::Verdict.eq(Verdict::Ok.name()))
        .filter(Condition::all().add(submissions::Column::DisqualifiedReason.is_null()))
        .filter(submissions::Column::PublicScore.is_not_null());
    if let Some(team) = team {
        query = query.filter(submissions::Column::TeamId.eq(team));
    }
    let rows: Vec<RankedColumns> = query.into_tuple().all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, team_id, public, private, selected, created_at)| {
            Some(BoardEntry {
                team_id: i64::from(team_id),
                team_name: String::new(),
                submission_id: i64::from(id),
                public_score: public?,
                private_score: private,
                selected,
                created_at,
            })
        })
        .collect())
}

/// Entries Plaza checked (any verdict) per team: the board's "entries" column.
async fn checked_per_team(db: &impl ConnectionTrait, track: i32, team: Option<i32>) -> Result<BTreeMap<i32, i64>> {
    let mut query = submissions::Entity::find()
        .select_only()
        .column(submissions::Column::TeamId)
        .column_as(submissions::Column::Id.count(), "n")
        .filter(submissions::Column::TrackId.eq(track))
        .filter(submissions::Column::Status.eq(SubmissionStatus::Scored.name()));
    if let Some(team) = team {
        query = query.filter(submissions::Column::TeamId.eq(team));
    }
    let rows: Vec<(i32, i64)> = query.group_by(submissions::Column::TeamId).into_tuple().all(db).await?;
    Ok(rows.into_iter().collect())
}

fn stored(track: i32, team: i32, board: Board, standing: &Standing, checked: i64) -> Result<board_rows::ActiveModel> {
    let entries = i64::try_from(standing.row.entries).unwrap_or(i64::MAX).max(checked);
    Ok(board_rows::ActiveModel {
        track_id: Set(track),
        board: Set(board_name(board).to_owned()),
        team_id: Set(team),
        submission_id: Set(id32(standing.row.submission_id)?),
        score: Set(standing.row.score),
        sort_key: Set(standing.sort_key),
        chosen_ns: Set(nanos(standing.chosen_at)),
        entries: Set(i32::try_from(entries).unwrap_or(i32::MAX)),
        last_submitted_at: Set(standing.row.last_submitted_at),
        ..Default::default()
    })
}

/// Rewrites the rows of the team that sent entry `submission`, inside the
/// caller's transaction (nothing when there is no such entry).
pub(crate) async fn refresh_entry_team_in(txn: &impl ConnectionTrait, submission: i32) -> Result<()> {
    let found: Option<(i32, i32)> = submissions::Entity::find_by_id(submission)
        .select_only()
        .columns([submissions::Column::TrackId, submissions::Column::TeamId])
        .into_tuple()
        .one(txn)
        .await?;
    match found {
        Some((track, team)) => refresh_team_in(txn, track, team).await,
        None => Ok(()),
    }
}

/// Rewrites one team's rows on a track from its entries, inside the
/// caller's transaction. Call it after any change to the team's entries.
pub(crate) async fn refresh_team_in(txn: &impl ConnectionTrait, track: i32, team: i32) -> Result<()> {
    // The team row's write lock orders concurrent refreshes of one team on
    // PostgreSQL: each reads the entries only after the other committed.
    teams::Entity::update_many()
        .col_expr(teams::Column::Id, Expr::col(teams::Column::Id))
        .filter(teams::Column::Id.eq(team))
        .exec(txn)
        .await?;
    board_rows::Entity::delete_many()
        .filter(board_rows::Column::TrackId.eq(track))
        .filter(board_rows::Column::TeamId.eq(team))
        .exec(txn)
        .await?;
    let Some(higher) = direction(txn, track).await? else { return Ok(()) };
    let entries = ranked_entries(txn, track, Some(team)).await?;
    let checked = checked_per_team(txn, track, Some(team)).await?.get(&team).copied().unwrap_or(0);
    for board in [Board::Public, Board::Private] {
        if let Some(standing) = team_standing(&entries, higher, board) {
            board_rows::Entity::insert(stored(track, team, board, &standing, checked)?).exec(txn).await?;
        }
    }
    Ok(())
}

/// Rewrites every team's rows of a track (its metric changed, or its rows
/// predate this table), inside the caller's transaction.
pub(crate) async fn rebuild_track_in(txn: &impl ConnectionTrait, track: i32) -> Result<()> {
    board_rows::Entity::delete_many().filter(board_rows::Column::TrackId.eq(track)).exec(txn).await?;
    if let Some(higher) = direction(txn, track).await? {
        let mut by_team: BTreeMap<i32, Vec<BoardEntry>> = BTreeMap::new();
        for entry in ranked_entries(txn, track, None).await? {
            by_team.entry(id32(entry.team_id)?).or_default().push(entry);
        }
        let checked = checked_per_team(txn, track, None).await?;
        let mut rows = Vec::new();
        for (team, entries) in &by_team {
            for board in [Board::Public, Board::Private] {
                if let Some(standing) = team_standing(entries, higher, board) {
                    rows.push(stored(track, *team, board, &standing, checked.get(team).copied().unwrap_or(0))?);
                }
            }
        }
        // 10 columns a row: 500 rows stay far below every database's limit on parameters.
        for chunk in rows.chunks(500) {
            board_rows::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
        }
    }
    let built = board_builds::ActiveModel { track_id: Set(track), built_at: Set(Utc::now()) };
    board_builds::Entity::insert(built)
        .on_conflict(
            OnConflict::column(board_builds::Column::TrackId).update_column(board_builds::Column::BuiltAt).to_owned(),
        )
        .exec(txn)
        .await?;
    Ok(())
}

/// The rows of `team` on a track and their rank, from a team of `teams`.
fn row_from(model: board_rows::Model, team: Option<teams::Model>, rank: usize) -> BoardRow {
    BoardRow {
        rank,
        team_id: i64::from(model.team_id),
        team_name: team.as_ref().map(team_name).unwrap_or_default(),
        score: model.score,
        submission_id: i64::from(model.submission_id),
        entries: to_usize(i64::from(model.entries)),
        last_submitted_at: model.last_submitted_at,
    }
}

impl Store {
    /// Builds the rows of every track built before the board table existed
    /// (once per track; several processes starting at once build each once).
    pub(crate) async fn build_missing_boards(&self) -> Result<usize> {
        let built: BTreeSet<i32> = board_builds::Entity::find()
            .select_only()
            .column(board_builds::Column::TrackId)
            .into_tuple()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let tracks: Vec<i32> =
            tracks::Entity::find().select_only().column(tracks::Column::Id).into_tuple().all(&self.db).await?;
        let mut rebuilt = 0;
        for track in tracks.into_iter().filter(|t| !built.contains(t)) {
            let txn = self.write_txn().await?;
            // Another process may have built it meanwhile: then this one stops here.
            if board_builds::Entity::find_by_id(track).one(&txn).await?.is_none() {
                rebuild_track_in(&txn, track).await?;
                rebuilt += 1;
            }
            txn.commit().await?;
        }
        Ok(rebuilt)
    }

    /// Rows `offset..offset + limit` of a track's `board`, best first, each
    /// with its rank on the whole board. With `search`, only teams whose
    /// shown name contains it (any case), still with their rank on the
    /// whole board.
    pub async fn board_page(
        &self,
        track_id: i64,
        board: Board,
        offset: usize,
        limit: usize,
        search: Option<&str>,
    ) -> Result<BoardPage> {
        let track = id32(track_id)?;
        let offset_n = u64::try_from(offset).unwrap_or(u64::MAX);
        let limit_n = u64::try_from(limit).unwrap_or(u64::MAX);
        if let Some(search) = search.map(str::trim).filter(|s| !s.is_empty()) {
            if search.chars().count() > MAX_SEARCH_CHARS {
                return Err(Error::invalid(plaza_i18n::tr_with(
                    "store-boards-search-too-long",
                    &[("max", MAX_SEARCH_CHARS.into())],
                )));
            }
            return self.search_board(track, board, offset_n, limit_n, search).await;
        }
        let filter = Condition::all()
            .add(board_rows::Column::TrackId.eq(track))
            .add(board_rows::Column::Board.eq(board_name(board)));
        let total = board_rows::Entity::find().filter(filter.clone()).count(&self.db).await?;
        // The rows skipped by the offset are stepped over in the index alone
        // (it holds every column this reads); only the page's rows are loaded.
        let ids: Vec<i32> = board_rows::Entity::find()
            .select_only()
            .column(board_rows::Column::Id)
            .filter(filter)
            .order_by_asc(board_rows::Column::SortKey)
            .order_by_asc(board_rows::Column::ChosenNs)
            .order_by_asc(board_rows::Column::SubmissionId)
            .offset(offset_n)
            .limit(limit_n)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut loaded: BTreeMap<i32, (board_rows::Model, Option<teams::Model>)> = BTreeMap::new();
        for chunk in ids.chunks(1000) {
            let found = board_rows::Entity::find()
                .filter(board_rows::Column::Id.is_in(chunk.iter().copied()))
                .find_also_related(teams::Entity)
                .all(&self.db)
                .await?;
            loaded.extend(found.into_iter().map(|(row, team)| (row.id, (row, team))));
        }
        Ok(BoardPage {
            total: to_usize(i64::try_from(total).unwrap_or(i64::MAX)),
            rows: ids
                .iter()
                .filter_map(|id| loaded.remove(id))
                .enumerate()
                .map(|(i, (row, team))| row_from(row, team, offset.saturating_add(i).saturating_add(1)))
                .collect(),
        })
    }

    async fn search_board(&self, track: i32, board: Board, offset: u64, limit: u64, search: &str) -> Result<BoardPage> {
        // Every row's shown name in board order (the place is the position),
        // matched here with Unicode case folding: the same on SQLite (whose
        // LOWER folds ASCII only) and PostgreSQL, and for accented names.
        let names: Vec<(i32, String, bool, String)> = board_rows::Entity::find()
            .select_only()
            .column(board_rows::Column::Id)
            .column_as(teams::Column::Name, "name")
            .column_as(teams::Column::ShowAlias, "show_alias")
            .column_as(teams::Column::Alias, "alias")
            .join(sea_orm::JoinType::InnerJoin, board_rows::Relation::Teams.def())
            .filter(board_rows::Column::TrackId.eq(track))
            .filter(board_rows::Column::Board.eq(board_name(board)))
            .order_by_asc(board_rows::Column::SortKey)
            .order_by_asc(board_rows::Column::ChosenNs)
            .order_by_asc(board_rows::Column::SubmissionId)
            .into_tuple()
            .all(&self.db)
            .await?;
        let wanted = search.to_lowercase();
        let matching: Vec<(i32, usize)> = names
            .into_iter()
            .enumerate()
            .filter(|(_, (_, name, show_alias, alias))| {
                (if *show_alias { alias } else { name }).to_lowercase().contains(&wanted)
            })
            .map(|(i, (id, ..))| (id, i + 1))
            .collect();
        let total = matching.len();
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(total);
        let end = start.saturating_add(usize::try_from(limit).unwrap_or(usize::MAX)).min(total);
        let places = &matching[start..end];
        let mut models: BTreeMap<i32, (board_rows::Model, Option<teams::Model>)> = board_rows::Entity::find()
            .filter(board_rows::Column::Id.is_in(places.iter().map(|(id, _)| *id)))
            .find_also_related(teams::Entity)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(row, team)| (row.id, (row, team)))
            .collect();
        let rows = places
            .iter()
            .filter_map(|(id, place)| models.remove(id).map(|(row, team)| row_from(row, team, *place)))
            .collect();
        Ok(BoardPage { total, rows })
    }

    /// Every row of a track's `board`, best first (downloads and exports).
    pub async fn board(&self, track_id: i64, board: Board) -> Result<Vec<BoardRow>> {
        Ok(self.board_page(track_id, board, 0, usize::MAX >> 1, None).await?.rows)
    }

    /// A team's row on a track's `board` with its rank, and the number of
    /// rows on the board; `None` when the team is not ranked there.
    pub async fn board_row_of(&self, track_id: i64, board: Board, team_id: i64) -> Result<Option<(BoardRow, usize)>> {
        let track = id32(track_id)?;
        let filter = Condition::all()
            .add(board_rows::Column::TrackId.eq(track))
            .add(board_rows::Column::Board.eq(board_name(board)));
        let found = board_rows::Entity::find()
            .filter(filter.clone())
            .filter(board_rows::Column::TeamId.eq(id32(team_id)?))
            .find_also_related(teams::Entity)
            .one(&self.db)
            .await?;
        let Some((row, team)) = found else { return Ok(None) };
        let ahead = board_rows::Entity::find()
            .filter(filter.clone())
            .filter(
                Condition::any()
                    .add(board_rows::Column::SortKey.lt(row.sort_key))
                    .add(
                        Condition::all()
                            .add(board_rows::Column::SortKey.eq(row.sort_key))
                            .add(board_rows::Column::ChosenNs.lt(row.chosen_ns)),
                    )
                    .add(
                        Condition::all()
                            .add(board_rows::Column::SortKey.eq(row.sort_key))
                            .add(board_rows::Column::ChosenNs.eq(row.chosen_ns))
                            .add(board_rows::Column::SubmissionId.lt(row.submission_id)),
                    ),
            )
            .count(&self.db)
            .await?;
        let total = board_rows::Entity::find().filter(filter).count(&self.db).await?;
        let rank = to_usize(i64::try_from(ahead).unwrap_or(i64::MAX)).saturating_add(1);
        Ok(Some((row_from(row, team, rank), to_usize(i64::try_from(total).unwrap_or(i64::MAX)))))
    }
}
