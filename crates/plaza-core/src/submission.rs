//! Coding entries (predictions files and programs), their results, and how
//! leaderboards rank them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::challenge::BlobRef;
use crate::timeline::Zone;
use crate::user::{TeamId, UserId};
use crate::verdict::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionStatus {
    Queued,
    Running,
    Scored,
    /// Plaza could not score it (its own fault); it does not count against the quota.
    Failed,
    /// Cancelled by an organizer; it does not count either.
    Cancelled,
}

impl SubmissionStatus {
    pub const ALL: [SubmissionStatus; 5] = [
        SubmissionStatus::Queued,
        SubmissionStatus::Running,
        SubmissionStatus::Scored,
        SubmissionStatus::Failed,
        SubmissionStatus::Cancelled,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SubmissionStatus::Queued => "queued",
            SubmissionStatus::Running => "running",
            SubmissionStatus::Scored => "scored",
            SubmissionStatus::Failed => "failed",
            SubmissionStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == input)
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("entry-status-{}-label", self.name()))
    }

    /// Whether scoring is still to come.
    pub fn is_pending(self) -> bool {
        matches!(self, SubmissionStatus::Queued | SubmissionStatus::Running)
    }

    /// Whether an entry in this state uses one of the team's daily slots.
    pub fn counts_toward_quota(self) -> bool {
        matches!(self, SubmissionStatus::Queued | SubmissionStatus::Running | SubmissionStatus::Scored)
    }
}

/// Predictions files a team may send in a day that are refused for their
/// format or ids. They do not use the daily limit (a typo should not cost
/// the day), but each costs a check, so they have a generous cap of their own.
pub const REFUSED_DAILY_LIMIT: u32 = 20;

/// What a team sent on a track today, as the daily limits see it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayTally {
    /// Entries that use a daily slot.
    pub counted: u32,
    /// Predictions files refused for their format or ids (they use no slot).
    pub refused: u32,
}

impl DayTally {
    /// Adds one entry of today. `refused_are_free` is true on predictions
    /// tracks, where an unreadable file uses no slot; on code tracks every
    /// checked entry counts, except the ones Plaza failed to score.
    pub fn add(&mut self, status: SubmissionStatus, verdict: Option<Verdict>, refused_are_free: bool) {
        if !status.counts_toward_quota() {
            return;
        }
        if refused_are_free && status == SubmissionStatus::Scored && verdict == Some(Verdict::InvalidOutput) {
            self.refused = self.refused.saturating_add(1);
        } else {
            self.counted = self.counted.saturating_add(1);
        }
    }
}

/// The result of one hidden case of a program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseResult {
    pub case: usize,
    pub verdict: Verdict,
    /// What the entrant may see: never the program's stderr or hidden data.
    pub message: String,
    pub elapsed_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub id: i64,
    pub challenge_id: i64,
    pub track_id: i64,
    pub team_id: TeamId,
    pub user_id: UserId,
    pub file_name: String,
    pub blob: BlobRef,
    pub status: SubmissionStatus,
    pub verdict: Option<Verdict>,
    pub public_score: Option<f64>,
    /// Never shown before the organizers publish results.
    pub private_score: Option<f64>,
    pub message: String,
    pub cases: Vec<CaseResult>,
    pub selected: bool,
    pub disqualified_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub scored_at: Option<DateTime<Utc>>,
}

/// The day an entry counts against, as `YYYY-MM-DD`: the challenge's local day.
pub fn quota_day(at: DateTime<Utc>, zone: Zone) -> String {
    zone.day(at)
}

/// When the next daily slot opens: the next midnight where the challenge is.
pub fn next_slot(at: DateTime<Utc>, zone: Zone) -> DateTime<Utc> {
    zone.next_midnight(at)
}

/// One scored entry as the leaderboard sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardEntry {
    pub team_id: i64,
    pub team_name: String,
    pub submission_id: i64,
    pub public_score: f64,
    pub private_score: Option<f64>,
    pub selected: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Board {
    /// Best public score per team (during the challenge, and frozen at its end).
    Public,
    /// Final ranking by private score of each team's selected entries (or its
    /// best public ones if it selected none), once results are published.
    Private,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardRow {
    pub rank: usize,
    pub team_id: i64,
    pub team_name: String,
    pub score: f64,
    pub submission_id: i64,
    /// Scored entries of the team.
    pub entries: usize,
    pub last_submitted_at: DateTime<Utc>,
}

/// Whether `a` beats `b`: the better score, or on a tie the earlier entry.
fn beats(a: (f64, DateTime<Utc>, i64), b: (f64, DateTime<Utc>, i64), higher_is_better: bool) -> bool {
    if a.0 != b.0 {
        return if higher_is_better { a.0 > b.0 } else { a.0 < b.0 };
    }
    (a.1, a.2) < (b.1, b.2)
}

/// Ranks teams. One row per team; entries without a finite score are never ranked.
pub fn rank(entries: &[BoardEntry], higher_is_better: bool, board: Board) -> Vec<BoardRow> {
    use std::collections::BTreeMap;
    let mut by_team: BTreeMap<i64, Vec<&BoardEntry>> = BTreeMap::new();
    for entry in entries.iter().filter(|e| e.public_score.is_finite()) {
        by_team.entry(entry.team_id).or_default().push(entry);
    }
    let mut keyed = Vec::with_capacity(by_team.len());
    for (team_id, team_entries) in by_team {
        let key = |e: &BoardEntry| (e.public_score, e.created_at, e.submission_id);
        let best_public = team_entries
            .iter()
            .copied()
            .reduce(|best, e| if beats(key(e), key(best), higher_is_better) { e } else { best });
        let Some(best_public) = best_public else { continue };
        let chosen = match board {
            Board::Public => Some((best_public, best_public.public_score)),
            Board::Private => {
                let selected: Vec<&BoardEntry> = team_entries.iter().copied().filter(|e| e.selected).collect();
                let pool = if selected.is_empty() { vec![best_public] } else { selected };
                pool.into_iter().filter_map(|e| e.private_score.filter(|s| s.is_finite()).map(|s| (e, s))).reduce(
                    |best, cand| {
                        if beats(
                            (cand.1, cand.0.created_at, cand.0.submission_id),
                            (best.1, best.0.created_at, best.0.submission_id),
                            higher_is_better,
                        ) {
                            cand
                        } else {
                            best
                        }
                    },
                )
            }
        };
        let Some((entry, score)) = chosen else { continue };
        let row = BoardRow {
            rank: 0,
            team_id,
            team_name: entry.team_name.clone(),
            score,
            submission_id: entry.submission_id,
            entries: team_entries.len(),
            last_submitted_at: team_entries.iter().map(|e| e.created_at).max().unwrap_or(entry.created_at),
        };
        // The sort key travels with the row, so sorting never searches the entries.
        keyed.push(((score, entry.created_at, entry.submission_id), row));
    }
    keyed.sort_by(|(ka, _), (kb, _)| {
        if beats(*ka, *kb, higher_is_better) {
            std::cmp::Ordering::Less
        } else if beats(*kb, *ka, higher_is_better) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    let mut rows: Vec<BoardRow> = keyed.into_iter().map(|(_, row)| row).collect();
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    rows
}

/// A team's one row on a board as the store keeps it: the row, and where it
/// sorts. Rows sorted by [`Standing::order`] ascending are the board, ranked
/// exactly as [`rank`] ranks all the entries at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub row: BoardRow,
    /// The chosen entry's score with its sign set so that smaller is better.
    pub sort_key: f64,
    /// When the chosen entry was sent: ties on the score go to the earlier one.
    pub chosen_at: DateTime<Utc>,
}

impl Standing {
    /// The sort key: better rows first, then earlier entries, then lower ids.
    pub fn order(&self) -> (f64, DateTime<Utc>, i64) {
        (self.sort_key, self.chosen_at, self.row.submission_id)
    }
}

/// The score with its sign set so that ascending order puts the best first.
pub fn sort_key(score: f64, higher_is_better: bool) -> f64 {
    if higher_is_better { -score } else { score }
}

/// One team's standing on `board`, from that team's entries alone (the
/// entries must all be the team's). `None` when nothing of it is ranked.
pub fn team_standing(entries: &[BoardEntry], higher_is_better: bool, board: Board) -> Option<Standing> {
    let row = rank(entries, higher_is_better, board).into_iter().next()?;
    let chosen = entries.iter().find(|e| e.submission_id == row.submission_id)?;
    Some(Standing { sort_key: sort_key(row.score, higher_is_better), chosen_at: chosen.created_at, row })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 1, 1, 12, minute, 0).single().unwrap_or_default()
    }

    fn entry(team: i64, id: i64, public: f64, private: Option<f64>, selected: bool, minute: u32) -> BoardEntry {
        BoardEntry {
            team_id: team,
            team_name: format!("team {team}"),
            submission_id: id,
            public_score: public,
            private_score: private,
            selected,
            created_at: at(minute),
        }
    }

    #[test]
    fn the_public_board_keeps_each_teams_best_and_breaks_ties_by_time() {
        let entries = [
            entry(1, 1, 0.70, Some(0.6), false, 1),
            entry(1, 2, 0.80, Some(0.5), false, 2),
            entry(2, 3, 0.80, Some(0.9), false, 3),
            entry(3, 4, f64::NAN, None, false, 0),
        ];
        let rows = rank(&entries, true, Board::Public);
        assert_eq!(
            rows.iter().map(|r| (r.rank, r.team_id, r.submission_id)).collect::<Vec<_>>(),
            [(1, 1, 2), (2, 2, 3)]
        );
        assert_eq!(rows[0].entries, 2);
    }

    #[test]
    fn the_private_board_uses_selected_entries_or_the_best_public_one() {
        let entries = [
            entry(1, 1, 0.70, Some(0.95), true, 1),
            entry(1, 2, 0.80, Some(0.50), false, 2),
            entry(2, 3, 0.90, Some(0.60), false, 3),
            entry(2, 4, 0.10, Some(0.99), false, 4),
        ];
        let rows = rank(&entries, true, Board::Private);
        assert_eq!(
            rows.iter().map(|r| (r.team_id, r.submission_id, r.score)).collect::<Vec<_>>(),
            [(1, 1, 0.95), (2, 3, 0.60)]
        );
    }

    #[test]
    fn lower_is_better_for_error_metrics() {
        let entries = [entry(1, 1, 3.0, None, false, 1), entry(2, 2, 2.0, None, false, 2)];
        let rows = rank(&entries, false, Board::Public);
        assert_eq!(rows[0].team_id, 2);
    }

    #[test]
    fn the_next_slot_is_midnight_utc() {
        assert_eq!(
            next_slot(at(30), Zone::UTC),
            Utc.with_ymd_and_hms(2027, 1, 2, 0, 0, 0).single().unwrap_or_default()
        );
        assert_eq!(quota_day(at(30), Zone::UTC), "2027-01-01");
    }

    proptest! {
        /// What the store does (one standing per team, ordered by its key)
        /// ranks exactly as `rank` over every entry: same teams, same order,
        /// same rows, ties included.
        #[test]
        fn standings_per_team_sorted_by_their_key_are_the_board(
            raw in proptest::collection::vec((0i64..8, 0i32..6, 0u32..4, any::<bool>(), 0u8..10), 0..60),
            higher in any::<bool>(),
        ) {
            let entries: Vec<BoardEntry> = raw
                .iter()
                .enumerate()
                .map(|(i, (team, score, minute, selected, odd))| {
                    let public = match odd { 0 => f64::NAN, 1 => f64::INFINITY, _ => f64::from(*score) };
                    let private = match odd { 2 => None, 3 => Some(f64::NAN), _ => Some(f64::from(5 - *score)) };
                    entry(*team, i as i64, public, private, *selected, *minute)
                })
                .collect();
            for board in [Board::Public, Board::Private] {
                let reference = rank(&entries, higher, board);
                let teams: std::collections::BTreeSet<i64> = entries.iter().map(|e| e.team_id).collect();
                let mut standings: Vec<Standing> = teams
                    .iter()
                    .filter_map(|team| {
                        let own: Vec<BoardEntry> = entries.iter().filter(|e| e.team_id == *team).cloned().collect();
                        team_standing(&own, higher, board)
                    })
                    .collect();
                standings.sort_by(|a, b| a.order().partial_cmp(&b.order()).unwrap_or(std::cmp::Ordering::Equal));
                let rows: Vec<BoardRow> = standings
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| BoardRow { rank: i + 1, ..s.row })
                    .collect();
                prop_assert_eq!(rows, reference);
            }
        }

        #[test]
        fn every_team_with_a_finite_score_gets_exactly_one_row_in_order(
            raw in proptest::collection::vec((0i64..6, -100i32..100, 0u32..59, any::<bool>()), 0..40),
            higher in any::<bool>(),
        ) {
            let entries: Vec<BoardEntry> = raw
                .iter()
                .enumerate()
                .map(|(i, (team, score, minute, selected))| entry(*team, i as i64, f64::from(*score), Some(f64::from(*score) / 2.0), *selected, *minute))
                .collect();
            for board in [Board::Public, Board::Private] {
                let rows = rank(&entries, higher, board);
                let teams: std::collections::BTreeSet<i64> = entries.iter().map(|e| e.team_id).collect();
                prop_assert_eq!(rows.len(), teams.len());
                for pair in rows.windows(2) {
                    let ordered = if higher { pair[0].score >= pair[1].score } else { pair[0].score <= pair[1].score };
                    prop_assert!(ordered);
                    prop_assert_eq!(pair[1].rank, pair[0].rank + 1);
                }
            }
        }
    }
}
