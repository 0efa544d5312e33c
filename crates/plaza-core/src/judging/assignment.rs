//! Which judges review which entry.

use std::collections::{BTreeMap, BTreeSet};

use super::balance::{Cell, Grid};
use super::infeasible::{Infeasible, ShortEntry};
use super::{EntryId, JudgeId};

/// Gives every entry `per_entry` distinct judges and returns every
/// (judge, entry) pair, those in `existing` included, ordered by entry id then
/// judge id.
///
/// - `entries` are (id, title) and `judges` are (id, name); titles and names
///   only appear in error messages, and a repeated id counts once.
/// - No pair in `conflicts` is ever assigned; conflicts naming unknown ids are
///   ignored.
/// - Every pair in `existing` is kept and counts toward its entry's judges and
///   its judge's load; an entry that already has `per_entry` or more gets no
///   more. To replace a recusal, drop the pair from `existing`, add it to
///   `conflicts` and call again: only the missing judge is added.
/// - Loads (existing and new pairs) are decreasingly minimal: the heaviest
///   load is as light as the conflicts allow, and so on down (see
///   `balance.rs`). Without conflicts or existing pairs, loads differ by at
///   most one.
/// - Judge sets overlap: with judges and entries in id order, entry `i` of the
///   first `J·⌊E/J⌋` starts from judge `i mod J` and takes the next judges
///   round the circle; the last entries continue the circle `per_entry` at a
///   time. Without conflicts or existing pairs this design is already
///   balanced and is returned as is, so when `E ≥ J` and `per_entry ≥ 2`
///   every judge shares an entry with the next: the graph of judges sharing an
///   entry is connected. With conflicts it is only the starting point.
///
/// The same input always gives the same output. Because judges have no
/// capacity, an assignment exists exactly when the panel is large enough and
/// every entry has `per_entry` judges without a conflict; otherwise the error
/// names every entry that falls short.
pub fn assign(
    entries: &[(EntryId, String)],
    judges: &[(JudgeId, String)],
    per_entry: usize,
    conflicts: &BTreeSet<(JudgeId, EntryId)>,
    existing: &[(JudgeId, EntryId)],
) -> Result<Vec<(JudgeId, EntryId)>, Infeasible> {
    let entries = by_id(entries);
    let judges = by_id(judges);
    let entry_index: BTreeMap<EntryId, usize> = entries.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let judge_index: BTreeMap<JudgeId, usize> = judges.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();

    let mut kept = Vec::new();
    for &(judge, entry) in existing.iter().collect::<BTreeSet<_>>() {
        let j = *judge_index.get(&judge).ok_or(Infeasible::UnknownJudge { judge })?;
        let e = *entry_index.get(&entry).ok_or(Infeasible::UnknownEntry { entry })?;
        if conflicts.contains(&(judge, entry)) {
            return Err(Infeasible::ConflictAssigned {
                judge: judges[j].1.to_string(),
                entry: entries[e].1.to_string(),
            });
        }
        kept.push((e, j));
    }
    if !entries.is_empty() && per_entry > judges.len() {
        return Err(Infeasible::PanelTooSmall { per_entry, panel: judges.len() });
    }

    let mut grid = Grid::new(entries.len(), judges.len());
    for (judge, entry) in conflicts {
        if let (Some(&e), Some(&j)) = (entry_index.get(entry), judge_index.get(judge)) {
            grid.set(e, j, Cell::Conflict);
        }
    }
    for (e, j) in kept {
        grid.set(e, j, Cell::Existing);
    }

    let short: Vec<ShortEntry> = (0..entries.len())
        .filter_map(|e| {
            let available = grid.row(e).iter().filter(|&&cell| cell != Cell::Conflict).count();
            (available < per_entry).then(|| ShortEntry {
                entry: entries[e].0,
                title: entries[e].1.to_string(),
                available,
            })
        })
        .collect();
    if !short.is_empty() {
        return Err(Infeasible::TooFewJudges { per_entry, entries: short });
    }

    fill_by_design(&mut grid, per_entry);
    grid.balance();

    let mut pairs = Vec::new();
    for (e, (entry, _)) in entries.iter().enumerate() {
        for (j, (judge, _)) in judges.iter().enumerate() {
            if matches!(grid.get(e, j), Cell::Existing | Cell::New) {
                pairs.push((*judge, *entry));
            }
        }
    }
    Ok(pairs)
}

/// Each id once, the first name given for it, in id order.
fn by_id(items: &[(i64, String)]) -> Vec<(i64, &str)> {
    let mut named = BTreeMap::new();
    for (id, name) in items {
        named.entry(*id).or_insert(name.as_str());
    }
    named.into_iter().collect()
}

/// Gives each entry the judges it still needs, taking them round the circle
/// from the entry's starting judge and skipping conflicts and judges it has.
/// A first pass skips judges already carrying an even share of the work, so
/// that conflicts do not pile entries onto the judge after them; entries still
/// short then take the least loaded judges. Without conflicts or existing
/// pairs the first pass never skips anyone and the result is the design.
fn fill_by_design(grid: &mut Grid, per_entry: usize) {
    let (entries, judges) = (grid.entries(), grid.judges());
    let needs = |grid: &Grid, e: usize| {
        let has = grid.row(e).iter().filter(|&&cell| matches!(cell, Cell::Existing | Cell::New)).count();
        per_entry.saturating_sub(has)
    };
    let total: usize = (0..entries).map(|e| needs(grid, e)).sum::<usize>() + grid.loads().iter().sum::<usize>();
    let share = total.div_ceil(judges.max(1));
    for e in 0..entries {
        let mut missing = needs(grid, e);
        if missing == 0 {
            continue;
        }
        let start = design_start(e, entries, judges, per_entry);
        for step in 0..judges {
            let j = (start + step) % judges;
            if missing > 0 && grid.get(e, j) == Cell::Free && grid.loads()[j] < share {
                grid.set(e, j, Cell::New);
                missing -= 1;
            }
        }
    }
    for e in 0..entries {
        if needs(grid, e) == 0 {
            continue;
        }
        let start = design_start(e, entries, judges, per_entry);
        let mut free: Vec<usize> = (0..judges).filter(|&j| grid.get(e, j) == Cell::Free).collect();
        free.sort_by_key(|&j| (grid.loads()[j], (j + judges - start) % judges));
        for j in free.into_iter().take(needs(grid, e)) {
            grid.set(e, j, Cell::New);
        }
    }
}

/// The judge entry `e` starts from. Full rounds of `judges` entries start one
/// judge apart, so each judge gets `per_entry` of them and neighbours on the
/// circle share entries; the remaining entries are dealt `per_entry` judges at
/// a time, which keeps loads within one.
fn design_start(e: usize, entries: usize, judges: usize, per_entry: usize) -> usize {
    let full_rounds = entries / judges * judges;
    if e < full_rounds { e % judges } else { (e - full_rounds) * per_entry % judges }
}
