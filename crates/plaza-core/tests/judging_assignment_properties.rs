//! Properties of judge assignment on random small panels, checked against
//! plain reference definitions.

use std::collections::{BTreeMap, BTreeSet};

use plaza_core::judging::{Infeasible, assign};
use proptest::prelude::*;

/// A random instance: entries, judges, judges per entry, conflicts and pairs
/// to keep (never conflicted; possibly more than `per_entry` for an entry).
#[derive(Debug, Clone)]
struct Instance {
    entries: Vec<(i64, String)>,
    judges: Vec<(i64, String)>,
    per_entry: usize,
    conflicts: BTreeSet<(i64, i64)>,
    existing: Vec<(i64, i64)>,
}

/// Cell codes: 0 free, 1 conflict, 2 kept. `conflict_odds` out of 10.
fn instance(max_entries: usize, max_judges: usize, conflict_odds: u8, keep: bool) -> impl Strategy<Value = Instance> {
    (0..=max_entries, 1..=max_judges, 0..=4usize).prop_flat_map(move |(e, j, k)| {
        let cell = (0..10u8, 0..10u8).prop_map(move |(c, x)| {
            if c < conflict_odds {
                1
            } else if keep && x < 2 {
                2
            } else {
                0
            }
        });
        prop::collection::vec(cell, e * j).prop_map(move |cells| build(e, j, k, &cells))
    })
}

/// Instances without conflicts or kept pairs where `J > k ≥ 2` and `E ≥ J`.
fn overlapping() -> impl Strategy<Value = Instance> {
    (2..=4usize)
        .prop_flat_map(|k| (Just(k), k + 1..=9))
        .prop_flat_map(|(k, j)| (Just(k), Just(j), j..=3 * j))
        .prop_map(|(k, j, e)| build(e, j, k, &vec![0; e * j]))
}

fn build(e: usize, j: usize, k: usize, cells: &[u8]) -> Instance {
    // Ids out of order and far apart, so nothing relies on 0..n.
    let entries: Vec<(i64, String)> = (0..e as i64).rev().map(|i| (i * 7 + 3, format!("Idea {i}"))).collect();
    let judges: Vec<(i64, String)> = (0..j as i64).map(|i| (100 - i * 3, format!("Judge {i}"))).collect();
    let mut conflicts = BTreeSet::new();
    let mut existing = Vec::new();
    for (n, code) in cells.iter().enumerate() {
        let pair = (judges[n % j].0, entries[n / j].0);
        match code {
            1 => {
                conflicts.insert(pair);
            }
            2 => existing.push(pair),
            _ => {}
        }
    }
    Instance { entries, judges, per_entry: k, conflicts, existing }
}

fn available(inst: &Instance, entry: i64) -> usize {
    inst.judges.iter().filter(|(j, _)| !inst.conflicts.contains(&(*j, entry))).count()
}

fn loads(inst: &Instance, pairs: &[(i64, i64)]) -> BTreeMap<i64, usize> {
    let mut loads: BTreeMap<i64, usize> = inst.judges.iter().map(|(j, _)| (*j, 0)).collect();
    for (judge, _) in pairs {
        *loads.entry(*judge).or_default() += 1;
    }
    loads
}

/// Frank & Murota's test for decreasingly minimal loads: no judge can hand a
/// new assignment, directly or through a chain of judges, to a judge carrying
/// two or more fewer.
fn no_improving_handover(inst: &Instance, pairs: &[(i64, i64)]) -> Result<(), String> {
    let assigned: BTreeSet<(i64, i64)> = pairs.iter().copied().collect();
    let kept: BTreeSet<(i64, i64)> = inst.existing.iter().copied().collect();
    let loads = loads(inst, pairs);
    let mut next: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for &(from, entry) in assigned.difference(&kept) {
        for (to, _) in &inst.judges {
            if !assigned.contains(&(*to, entry)) && !inst.conflicts.contains(&(*to, entry)) {
                next.entry(from).or_default().insert(*to);
            }
        }
    }
    for (start, _) in &inst.judges {
        let mut seen = BTreeSet::from([*start]);
        let mut stack = vec![*start];
        while let Some(at) = stack.pop() {
            for &to in next.get(&at).into_iter().flatten() {
                if seen.insert(to) {
                    stack.push(to);
                }
            }
        }
        for to in seen {
            if loads[start] >= loads[&to] + 2 {
                return Err(format!("judge {start} ({}) could hand work to judge {to} ({})", loads[start], loads[&to]));
            }
        }
    }
    Ok(())
}

/// Every way to complete the kept pairs, by brute force, as sorted loads
/// (heaviest first); the decreasingly minimal one is the smallest.
fn best_loads_by_brute_force(inst: &Instance) -> Vec<usize> {
    let judges: Vec<i64> = inst.judges.iter().map(|(j, _)| *j).collect();
    let mut choices: Vec<Vec<Vec<i64>>> = Vec::new();
    for (entry, _) in &inst.entries {
        let has = inst.existing.iter().filter(|p| p.1 == *entry).count();
        let free: Vec<i64> = judges
            .iter()
            .copied()
            .filter(|j| !inst.conflicts.contains(&(*j, *entry)) && !inst.existing.contains(&(*j, *entry)))
            .collect();
        let need = inst.per_entry.saturating_sub(has);
        let subsets: Vec<Vec<i64>> = (0u32..1 << free.len())
            .filter(|mask| mask.count_ones() as usize == need)
            .map(|mask| free.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, j)| *j).collect())
            .collect();
        choices.push(subsets);
    }
    let mut best: Option<Vec<usize>> = None;
    let mut pick = vec![0usize; choices.len()];
    loop {
        let mut pairs = inst.existing.clone();
        for (e, subsets) in choices.iter().enumerate() {
            pairs.extend(subsets[pick[e]].iter().map(|j| (*j, inst.entries[e].0)));
        }
        let mut sorted: Vec<usize> = loads(inst, &pairs).into_values().collect();
        sorted.sort_by(|a, b| b.cmp(a));
        if best.as_ref().is_none_or(|b| sorted < *b) {
            best = Some(sorted);
        }
        let Some(e) = (0..choices.len()).find(|&e| pick[e] + 1 < choices[e].len()) else { break };
        pick[e] += 1;
        pick[..e].iter_mut().for_each(|p| *p = 0);
    }
    best.unwrap_or_default()
}

fn connected(inst: &Instance, pairs: &[(i64, i64)]) -> bool {
    let mut by_entry: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (judge, entry) in pairs {
        by_entry.entry(*entry).or_default().push(*judge);
    }
    let Some(first) = inst.judges.first().map(|j| j.0) else { return true };
    let mut seen = BTreeSet::from([first]);
    let mut stack = vec![first];
    while let Some(at) = stack.pop() {
        for panel in by_entry.values().filter(|panel| panel.contains(&at)) {
            for &other in panel {
                if seen.insert(other) {
                    stack.push(other);
                }
            }
        }
    }
    seen.len() == inst.judges.len()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn an_assignment_exists_exactly_when_every_entry_has_enough_judges_without_a_conflict(
        inst in instance(10, 7, 3, true),
    ) {
        let result = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing);
        let mut short: Vec<(i64, String, usize)> = inst
            .entries
            .iter()
            .map(|(id, title)| (*id, title.clone(), available(&inst, *id)))
            .filter(|s| s.2 < inst.per_entry)
            .collect();
        short.sort();
        match result {
            Ok(_) => prop_assert!(short.is_empty()),
            Err(Infeasible::PanelTooSmall { per_entry, panel }) => {
                prop_assert!(!inst.entries.is_empty() && inst.per_entry > inst.judges.len());
                prop_assert_eq!((per_entry, panel), (inst.per_entry, inst.judges.len()));
            }
            Err(error @ Infeasible::TooFewJudges { .. }) => {
                prop_assert!(inst.per_entry <= inst.judges.len());
                let Infeasible::TooFewJudges { entries, .. } = &error else { unreachable!() };
                let got: Vec<(i64, String, usize)> =
                    entries.iter().map(|s| (s.entry, s.title.clone(), s.available)).collect();
                prop_assert_eq!(&got, &short);
                if let [(_, title, n)] = short.as_slice() && *n >= 2 {
                    prop_assert_eq!(
                        error.to_string(),
                        format!("entry '{title}' has only {n} judges without a conflict; needs {}", inst.per_entry)
                    );
                }
            }
            Err(other) => prop_assert!(false, "unexpected error: {other}"),
        }
    }

    #[test]
    fn entries_get_their_judges_without_conflicts_and_keep_what_they_had(inst in instance(10, 7, 2, true)) {
        let Ok(pairs) = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing) else {
            return Ok(());
        };
        let unique: BTreeSet<(i64, i64)> = pairs.iter().copied().collect();
        prop_assert_eq!(unique.len(), pairs.len(), "a pair appears twice");
        prop_assert!(pairs.iter().all(|p| !inst.conflicts.contains(p)));
        prop_assert!(inst.existing.iter().all(|p| unique.contains(p)));
        for (entry, _) in &inst.entries {
            let had = inst.existing.iter().filter(|p| p.1 == *entry).count();
            let has = pairs.iter().filter(|p| p.1 == *entry).count();
            prop_assert_eq!(has, had.max(inst.per_entry), "entry {}", entry);
        }
        prop_assert!(pairs.iter().all(|(j, e)| inst.judges.iter().any(|x| x.0 == *j)
            && inst.entries.iter().any(|x| x.0 == *e)));
    }

    #[test]
    fn without_conflicts_or_kept_pairs_loads_differ_by_at_most_one(inst in instance(14, 8, 0, false)) {
        let Ok(pairs) = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing) else {
            prop_assert!(inst.per_entry > inst.judges.len());
            return Ok(());
        };
        let loads = loads(&inst, &pairs);
        let (min, max) = (loads.values().min().copied(), loads.values().max().copied());
        prop_assert!(max.unwrap_or(0) - min.unwrap_or(0) <= 1, "{:?}", loads);
    }

    #[test]
    fn no_judge_can_hand_work_to_one_carrying_two_fewer(inst in instance(12, 7, 4, true)) {
        if let Ok(pairs) = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing) {
            prop_assert_eq!(no_improving_handover(&inst, &pairs), Ok(()));
        }
    }

    #[test]
    fn loads_are_the_most_even_of_all_possible_assignments(inst in instance(4, 4, 3, true)) {
        if let Ok(pairs) = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing) {
            let mut sorted: Vec<usize> = loads(&inst, &pairs).into_values().collect();
            sorted.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(sorted, best_loads_by_brute_force(&inst));
        }
    }

    #[test]
    fn judges_sharing_entries_form_one_connected_group(inst in overlapping()) {
        let pairs = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing)
            .expect("feasible");
        prop_assert!(connected(&inst, &pairs), "{:?}", pairs);
    }

    #[test]
    fn the_order_of_the_input_does_not_change_the_assignment(inst in instance(10, 6, 3, true)) {
        let first = assign(&inst.entries, &inst.judges, inst.per_entry, &inst.conflicts, &inst.existing);
        let mut shuffled = inst.clone();
        shuffled.entries.reverse();
        shuffled.judges.rotate_left(inst.judges.len() / 2);
        shuffled.existing.reverse();
        let second =
            assign(&shuffled.entries, &shuffled.judges, inst.per_entry, &shuffled.conflicts, &shuffled.existing);
        prop_assert_eq!(first, second);
    }
}
