//! Assigning judges to entries: worked examples and the messages organizers see.

use std::collections::{BTreeMap, BTreeSet};

use plaza_core::judging::{Infeasible, assign};

fn named(prefix: &str, ids: impl IntoIterator<Item = i64>) -> Vec<(i64, String)> {
    ids.into_iter().map(|id| (id, format!("{prefix} {id}"))).collect()
}

fn loads(pairs: &[(i64, i64)]) -> BTreeMap<i64, usize> {
    let mut loads = BTreeMap::new();
    for (judge, _) in pairs {
        *loads.entry(*judge).or_insert(0) += 1;
    }
    loads
}

#[test]
fn every_entry_gets_three_judges_and_loads_differ_by_at_most_one() {
    let entries = named("Idea", 1..=12);
    let judges = named("Judge", 101..=105);
    let pairs = assign(&entries, &judges, 3, &BTreeSet::new(), &[]).expect("feasible");
    assert_eq!(pairs.len(), 36);
    for (id, _) in &entries {
        let mine: BTreeSet<i64> = pairs.iter().filter(|p| p.1 == *id).map(|p| p.0).collect();
        assert_eq!(mine.len(), 3, "entry {id}");
    }
    let loads = loads(&pairs);
    assert_eq!(loads.len(), 5);
    assert!(loads.values().all(|&l| l == 7 || l == 8), "{loads:?}");
}

#[test]
fn neighbouring_judges_share_entries_so_judge_sets_overlap() {
    let entries = named("Idea", 1..=4);
    let judges = named("Judge", 1..=4);
    let pairs = assign(&entries, &judges, 2, &BTreeSet::new(), &[]).expect("feasible");
    // Entry i starts at judge i and takes the next: a ring, not two blocks.
    assert_eq!(pairs, vec![(1, 1), (2, 1), (2, 2), (3, 2), (3, 3), (4, 3), (1, 4), (4, 4)]);
}

#[test]
fn an_entry_with_too_few_judges_without_a_conflict_is_named_in_the_error() {
    let entries = vec![(7, "Safer crossings".to_string()), (8, "Bike lanes".to_string())];
    let judges = named("Judge", 1..=3);
    let conflicts = BTreeSet::from([(2, 7)]);
    let error = assign(&entries, &judges, 3, &conflicts, &[]).expect_err("infeasible");
    assert_eq!(error.to_string(), "entry 'Safer crossings' has only 2 judges without a conflict; needs 3");
}

#[test]
fn an_entry_every_judge_conflicts_with_has_no_judge() {
    let entries = vec![(7, "Safer crossings".to_string())];
    let judges = named("Judge", 1..=2);
    let conflicts = BTreeSet::from([(1, 7), (2, 7)]);
    let error = assign(&entries, &judges, 1, &conflicts, &[]).expect_err("infeasible");
    assert_eq!(error.to_string(), "entry 'Safer crossings' has no judge without a conflict; needs 1");
}

#[test]
fn many_short_entries_are_listed_with_a_count_of_the_rest() {
    let entries = named("Idea", 1..=7);
    let judges = named("Judge", 1..=2);
    let conflicts: BTreeSet<(i64, i64)> = (1..=7).map(|e| (1, e)).chain([(2, 3)]).collect();
    let error = assign(&entries, &judges, 2, &conflicts, &[]).expect_err("infeasible");
    assert_eq!(
        error.to_string(),
        "7 entries have too few judges without a conflict (each needs 2): 'Idea 1' has 1, 'Idea 2' has 1, \
         'Idea 3' has none, 'Idea 4' has 1, 'Idea 5' has 1, and 2 more"
    );
    let Infeasible::TooFewJudges { entries: short, .. } = error else { panic!("wrong error: {error:?}") };
    assert_eq!(short.len(), 7);
}

#[test]
fn a_panel_smaller_than_the_judges_per_entry_is_refused() {
    let entries = named("Idea", 1..=3);
    let error = assign(&entries, &named("Judge", 1..=2), 3, &BTreeSet::new(), &[]).expect_err("infeasible");
    assert_eq!(error.to_string(), "needs 3 judges per entry but only 2 judges are on the panel");
    let error = assign(&entries, &named("Judge", 1..=1), 2, &BTreeSet::new(), &[]).expect_err("infeasible");
    assert_eq!(error.to_string(), "needs 2 judges per entry but only 1 judge is on the panel");
    let error = assign(&entries, &[], 1, &BTreeSet::new(), &[]).expect_err("infeasible");
    assert_eq!(error.to_string(), "needs 1 judge per entry but no judges are on the panel");
}

#[test]
fn a_recusal_is_replaced_by_one_new_judge_and_nothing_else_moves() {
    let entries = named("Idea", 1..=10);
    let judges = named("Judge", 1..=6);
    let before = assign(&entries, &judges, 3, &BTreeSet::new(), &[]).expect("feasible");
    let recused = before[4];
    let kept: Vec<(i64, i64)> = before.iter().copied().filter(|&p| p != recused).collect();
    let conflicts = BTreeSet::from([recused]);

    let after = assign(&entries, &judges, 3, &conflicts, &kept).expect("feasible");

    let added: Vec<(i64, i64)> = after.iter().copied().filter(|p| !kept.contains(p)).collect();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].1, recused.1, "the new judge reviews the recused entry");
    assert_ne!(added[0].0, recused.0);
    assert!(kept.iter().all(|p| after.contains(p)));
    // Everyone had 5; the recused judge drops to 4 and cannot take the entry back.
    let mut loads: Vec<usize> = loads(&after).into_values().collect();
    loads.sort();
    assert_eq!(loads, vec![4, 5, 5, 5, 5, 6]);
}

#[test]
fn the_same_input_in_any_order_gives_the_same_assignment() {
    let entries = named("Idea", 1..=9);
    let judges = named("Judge", 1..=5);
    let conflicts = BTreeSet::from([(1, 2), (3, 3), (5, 9)]);
    let first = assign(&entries, &judges, 2, &conflicts, &[(2, 4)]).expect("feasible");
    let mut reversed_entries = entries.clone();
    reversed_entries.reverse();
    let mut reversed_judges = judges.clone();
    reversed_judges.reverse();
    let second = assign(&reversed_entries, &reversed_judges, 2, &conflicts, &[(2, 4), (2, 4)]).expect("feasible");
    assert_eq!(first, second);
}

#[test]
fn conflicts_that_force_one_judge_onto_many_entries_still_spread_the_rest() {
    // Judges 2 and 3 conflict with entries 1-4, so judge 1 takes all four;
    // entries 5-8 then go to judges 2 and 3 only.
    let entries = named("Idea", 1..=8);
    let judges = named("Judge", 1..=3);
    let conflicts: BTreeSet<(i64, i64)> = (1..=4).flat_map(|e| [(2, e), (3, e)]).collect();
    let pairs = assign(&entries, &judges, 1, &conflicts, &[]).expect("feasible");
    assert_eq!(loads(&pairs), BTreeMap::from([(1, 4), (2, 2), (3, 2)]));
}

#[test]
fn a_kept_assignment_that_a_conflict_forbids_is_refused() {
    let entries = vec![(7, "Safer crossings".to_string())];
    let judges = vec![(1, "Ana".to_string()), (2, "Ben".to_string())];
    let error = assign(&entries, &judges, 1, &BTreeSet::from([(1, 7)]), &[(1, 7)]).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "judge 'Ana' is assigned to entry 'Safer crossings' but has declared a conflict with it"
    );
}

#[test]
fn a_kept_assignment_naming_someone_off_the_panel_is_refused() {
    let entries = named("Idea", 1..=2);
    let judges = named("Judge", 1..=2);
    let error = assign(&entries, &judges, 1, &BTreeSet::new(), &[(9, 1)]).expect_err("refused");
    assert_eq!(error.to_string(), "an assignment to keep names judge 9, who is not on the panel");
    let error = assign(&entries, &judges, 1, &BTreeSet::new(), &[(1, 9)]).expect_err("refused");
    assert_eq!(error.to_string(), "an assignment to keep names entry 9, which is not among the entries");
}

#[test]
fn an_entry_that_already_has_enough_judges_gets_no_more() {
    let entries = named("Idea", 1..=2);
    let judges = named("Judge", 1..=4);
    let existing = [(1, 1), (2, 1), (3, 1)];
    let pairs = assign(&entries, &judges, 2, &BTreeSet::new(), &existing).expect("feasible");
    assert_eq!(pairs.iter().filter(|p| p.1 == 1).count(), 3);
    // Entry 2 goes to the judge without work and to one of the others.
    let second: Vec<i64> = pairs.iter().filter(|p| p.1 == 2).map(|p| p.0).collect();
    assert_eq!(second.len(), 2);
    assert!(second.contains(&4), "{second:?}");
}

#[test]
fn two_thousand_entries_and_a_hundred_judges_with_conflicts_are_assigned_evenly() {
    let entries = named("Idea", 1..=2000);
    let judges = named("Judge", 1..=100);
    let conflicts: BTreeSet<(i64, i64)> = (1..=2000).map(|e| ((e * 37) % 100 + 1, e)).collect();
    let pairs = assign(&entries, &judges, 3, &conflicts, &[]).expect("feasible");
    assert_eq!(pairs.len(), 6000);
    assert!(pairs.iter().all(|p| !conflicts.contains(p)));
    let loads = loads(&pairs);
    assert!(loads.values().all(|&l| l == 60), "{loads:?}");
}

#[test]
fn half_the_panel_conflicting_with_every_entry_leaves_the_other_half_evenly_loaded() {
    let entries = named("Idea", 1..=2000);
    let judges = named("Judge", 1..=100);
    let conflicts: BTreeSet<(i64, i64)> = (1..=2000).flat_map(|e| (1..=50).map(move |j| (j, e))).collect();
    let pairs = assign(&entries, &judges, 3, &conflicts, &[]).expect("feasible");
    let loads = loads(&pairs);
    assert_eq!(loads.len(), 50);
    assert!(loads.iter().all(|(&judge, &load)| judge > 50 && load == 120), "{loads:?}");
}
