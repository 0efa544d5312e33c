//! Evening out judge loads without touching the number of judges per entry.
//!
//! The loads an assignment can reach form an M-convex set (they are the judge
//! side of a bipartite flow with fixed entry demands). In such a set a load
//! vector is *decreasingly minimal* (its heaviest load is as light as possible,
//! then the next, and so on, which also makes the lightest load as heavy as
//! possible) exactly when no unit of work can move from a judge to one carrying
//! at least two fewer (Frank & Murota, "Discrete decreasing minimization",
//! 2022). A unit moves from judge `a` to judge `b` along an augmenting path
//! `a → c → … → b` in which each step hands one entry from the judge before to
//! the judge after; judges in the middle keep their load. [`Grid::balance`]
//! applies such paths until none is left, and each one lowers the sum of
//! squared loads, so it stops.

use std::collections::VecDeque;

/// What a (entry, judge) pair is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    /// The judge declared a conflict with the entry.
    Conflict,
    /// The judge may take the entry but does not have it.
    Free,
    /// Assigned before this run: kept as is.
    Existing,
    /// Assigned by this run: may be handed to another judge.
    New,
}

/// One step of an augmenting path: `entry` goes from judge `from` to judge `to`.
#[derive(Debug, Clone, Copy)]
struct Handover {
    entry: usize,
    from: usize,
    to: usize,
}

/// Entries × judges, by index, with each judge's load kept up to date.
#[derive(Debug, Clone)]
pub(super) struct Grid {
    entries: usize,
    judges: usize,
    cells: Vec<Cell>,
    loads: Vec<usize>,
}

impl Grid {
    pub(super) fn new(entries: usize, judges: usize) -> Self {
        Grid { entries, judges, cells: vec![Cell::Free; entries * judges], loads: vec![0; judges] }
    }

    pub(super) fn entries(&self) -> usize {
        self.entries
    }

    pub(super) fn judges(&self) -> usize {
        self.judges
    }

    pub(super) fn get(&self, entry: usize, judge: usize) -> Cell {
        self.cells[entry * self.judges + judge]
    }

    pub(super) fn set(&mut self, entry: usize, judge: usize, cell: Cell) {
        let slot = &mut self.cells[entry * self.judges + judge];
        let was_assigned = matches!(*slot, Cell::Existing | Cell::New);
        let is_assigned = matches!(cell, Cell::Existing | Cell::New);
        *slot = cell;
        match (was_assigned, is_assigned) {
            (false, true) => self.loads[judge] += 1,
            (true, false) => self.loads[judge] -= 1,
            _ => {}
        }
    }

    pub(super) fn loads(&self) -> &[usize] {
        &self.loads
    }

    pub(super) fn row(&self, entry: usize) -> &[Cell] {
        &self.cells[entry * self.judges..(entry + 1) * self.judges]
    }

    /// Moves work between judges until the loads are decreasingly minimal.
    pub(super) fn balance(&mut self) {
        let mut handovers = vec![0; self.judges * self.judges];
        for entry in 0..self.entries {
            self.count_handovers(&mut handovers, entry, 1);
        }
        while let Some(path) = self.improving_path(&handovers) {
            for step in path {
                self.count_handovers(&mut handovers, step.entry, -1);
                self.set(step.entry, step.from, Cell::Free);
                self.set(step.entry, step.to, Cell::New);
                self.count_handovers(&mut handovers, step.entry, 1);
            }
        }
    }

    /// Adds (or with `sign` −1 removes) an entry's share of `handovers`: for
    /// each ordered pair of judges (a, c), how many entries a has as new
    /// assignments that c could take instead.
    fn count_handovers(&self, handovers: &mut [isize], entry: usize, sign: isize) {
        let n = self.judges;
        let row = self.row(entry);
        let free: Vec<usize> = (0..n).filter(|&j| row[j] == Cell::Free).collect();
        for from in (0..n).filter(|&j| row[j] == Cell::New) {
            for &to in &free {
                handovers[from * n + to] += sign;
            }
        }
    }

    /// A path from a heaviest possible judge to the lightest judge it can
    /// reach, when that judge carries at least two fewer entries.
    fn improving_path(&self, handovers: &[isize]) -> Option<Vec<Handover>> {
        let n = self.judges;
        let lightest = self.loads.iter().copied().min()?;
        let mut heavy: Vec<usize> = (0..n).filter(|&j| self.loads[j] >= lightest + 2).collect();
        heavy.sort_by_key(|&j| (std::cmp::Reverse(self.loads[j]), j));
        for start in heavy {
            let mut came_from: Vec<Option<usize>> = vec![None; n];
            let mut seen = vec![false; n];
            seen[start] = true;
            let mut queue = VecDeque::from([start]);
            let mut best: Option<usize> = None;
            while let Some(a) = queue.pop_front() {
                for c in 0..n {
                    if seen[c] || handovers[a * n + c] <= 0 {
                        continue;
                    }
                    seen[c] = true;
                    came_from[c] = Some(a);
                    queue.push_back(c);
                    if best.is_none_or(|b| self.loads[c] < self.loads[b]) {
                        best = Some(c);
                    }
                }
            }
            if let Some(end) = best
                && self.loads[start] >= self.loads[end] + 2
            {
                let mut path = Vec::new();
                let mut at = end;
                while let Some(from) = came_from[at] {
                    let entry =
                        (0..self.entries).find(|&e| self.get(e, from) == Cell::New && self.get(e, at) == Cell::Free)?;
                    path.push(Handover { entry, from, to: at });
                    at = from;
                }
                path.reverse();
                return Some(path);
            }
        }
        None
    }
}
