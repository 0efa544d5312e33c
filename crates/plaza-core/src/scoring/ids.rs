//! The ids of an answers file and the index from an id to its row.
//!
//! Scoring a million-row predictions file is one id lookup per row, in any
//! order, so the index is built for that: ids live in one `String` (no
//! allocation per id), and the table holds small slots (a hash tag, the row
//! and where the id is), at most half full, so that a lookup usually reads
//! one slot and the id's bytes: two cache misses on a large file. Lookups can
//! be made in batches (see [`Ids::warm`]) so that those misses overlap.
//!
//! A slot's place comes from the top bits of its tag, so sorting slots by tag
//! sorts them by place: [`Ids::index_all`] fills the table from front to back
//! instead of all over it.

use std::hash::{BuildHasher, RandomState};

/// Ids in file order, and an open-addressing (linear probing) index of them.
#[derive(Debug, Clone)]
pub(crate) struct Ids {
    /// Every id, one after the other.
    text: String,
    /// Where each id ends in `text`; id `row` starts where id `row - 1` ends.
    ends: Vec<usize>,
    /// A power of two in length, never more than half full.
    slots: Vec<Slot>,
    /// `32 - log2(slots.len())`: a tag shifted right by this is its place.
    shift: u32,
    /// Mixed into every hash, so that nobody can choose ids that collide.
    seed: u64,
}

/// One place in the index. Fields are 32 bits to keep slots small, which
/// bounds the number of ids and their total length (see [`Ids::append`]).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The high half of the id's hash; its top bits are the slot's place.
    tag: u32,
    /// The row plus one; 0 for an empty place.
    row: u32,
    /// Where the id is in `text`.
    start: u32,
    len: u32,
}

impl Slot {
    fn id<'t>(&self, text: &'t str) -> Option<&'t str> {
        let start = self.start as usize;
        text.get(start..start + self.len as usize)
    }
}

impl Ids {
    /// At most this many ids, so that a table twice as large still has its
    /// places in the 32 bits of a tag.
    const MAX: usize = 1 << 31;

    /// An empty list with room for about `rows` ids of `bytes` bytes in all.
    /// Its table is small, and grows as ids are pushed (or is made to measure
    /// by [`Ids::index_all`]).
    pub(crate) fn with_capacity(rows: usize, bytes: usize) -> Self {
        let rows = rows.min(Self::MAX);
        let mut ids = Ids {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(rows),
            slots: Vec::new(),
            shift: 0,
            seed: 0,
        };
        ids.seed = RandomState::new().hash_one(0x5EED_u64);
        ids.clear_slots(0);
        ids
    }

    /// An empty table for `rows` ids.
    fn clear_slots(&mut self, rows: usize) {
        let len = slots_for(rows.min(Self::MAX));
        self.slots = vec![Slot::default(); len];
        self.shift = 32 - len.trailing_zeros();
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// About how many bytes of memory the list and its index hold.
    pub(crate) fn memory_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * size_of::<usize>() + self.slots.capacity() * size_of::<Slot>()
    }

    /// The id of a row.
    pub(crate) fn get(&self, row: usize) -> &str {
        let start = if row == 0 { 0 } else { self.ends[row - 1] };
        &self.text[start..self.ends[row]]
    }

    /// The hash the index uses for `id`.
    pub(crate) fn hash(&self, id: &str) -> u64 {
        hash(self.seed, id.as_bytes())
    }

    /// The first place to look for a hash, and its tag.
    fn place_of(&self, hash: u64) -> (usize, u32) {
        let tag = (hash >> 32) as u32;
        ((tag >> self.shift) as usize, tag)
    }

    /// Reads what looking up ids with these hashes will read (the first slot
    /// of each, and the bytes of the id found there), so that the lookups or
    /// insertions that follow find it in the cache. One lookup after the
    /// other, each would wait for its own cache misses; here the loads of a
    /// stage are independent of one another, so the processor overlaps them.
    pub(crate) fn warm(&self, hashes: &[u64]) {
        let mut any = 0;
        for &hash in hashes {
            any ^= self.slots[self.place_of(hash).0].row;
        }
        for &hash in hashes {
            let slot = self.slots[self.place_of(hash).0];
            if slot.row != 0 {
                any ^= self.text.as_bytes().get(slot.start as usize).map_or(0, |&byte| u32::from(byte));
            }
        }
        std::hint::black_box(any);
    }

    /// The row of `id`, whose hash is `hash`.
    pub(crate) fn find(&self, id: &str, hash: u64) -> Option<usize> {
        let (mut at, tag) = self.place_of(hash);
        let mask = self.slots.len() - 1;
        loop {
            let slot = self.slots[at];
            if slot.row == 0 {
                return None;
            }
            if slot.tag == tag && slot.id(&self.text) == Some(id) {
                return Some(slot.row as usize - 1);
            }
            at = (at + 1) & mask;
        }
    }

    /// Adds an id to the end of the list, without indexing it (see
    /// [`Ids::index_all`]), and returns its row; `None` if there is no room:
    /// more than 2^31 ids, or more than 4 GiB of them.
    pub(crate) fn append(&mut self, id: &str) -> Option<usize> {
        let row = self.ends.len();
        if row >= Self::MAX || self.text.len() + id.len() > u32::MAX as usize {
            return None;
        }
        self.text.push_str(id);
        self.ends.push(self.text.len());
        Some(row)
    }

    /// Adds the ids of `other` after these (not indexed: see
    /// [`Ids::index_all`]); false, adding nothing, if there is no room (see
    /// [`Ids::append`]).
    pub(crate) fn extend(&mut self, other: &Ids) -> bool {
        let base = self.text.len();
        if self.ends.len() + other.ends.len() > Self::MAX || base + other.text.len() > u32::MAX as usize {
            return false;
        }
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|end| end + base));
        true
    }

    /// Adds an id that is not in the index yet (the caller checks with
    /// [`Ids::find`]), indexes it and returns its row; `None` if there is no
    /// room (see [`Ids::append`]).
    pub(crate) fn push(&mut self, id: &str, hash: u64) -> Option<usize> {
        let row = self.append(id)?;
        if self.ends.len() * 2 > self.slots.len() {
            // Half full: start again with a table twice the size.
            self.reindex(self.ends.len() * 2);
        } else {
            let slot = self.slot(row, (hash >> 32) as u32);
            self.place(slot);
        }
        Some(row)
    }

    /// Indexes every id again, in a new table. Returns false, leaving the
    /// index incomplete, if two ids are the same.
    ///
    /// Slots are placed in the order of their places, so the table is
    /// written from front to back: much faster than a million random writes.
    pub(crate) fn index_all(&mut self) -> bool {
        self.reindex(self.ends.len())
    }

    /// Indexes every id again, in a new table for `rows` ids.
    fn reindex(&mut self, rows: usize) -> bool {
        self.clear_slots(rows);
        let len = self.ends.len();
        if len < Self::PARALLEL {
            return self.sorted_slots(0..len).into_iter().all(|slot| self.place(slot));
        }
        // Large files: each half of the ids is hashed and sorted on a thread
        // of its own, then the two sorted halves are placed in one merge.
        let (first, second) = super::both(|| self.sorted_slots(0..len / 2), || self.sorted_slots(len / 2..len));
        let (mut first, mut second) = (first.into_iter().peekable(), second.into_iter().peekable());
        loop {
            let next = match (first.peek(), second.peek()) {
                (Some(a), Some(b)) if a.tag <= b.tag => first.next(),
                (Some(_), Some(_)) | (None, _) => second.next(),
                (Some(_), None) => first.next(),
            };
            match next {
                Some(slot) if !self.place(slot) => return false,
                Some(_) => {}
                None => return true,
            }
        }
    }

    /// From this many ids, [`Ids::index_all`] works on two threads.
    const PARALLEL: usize = 100_000;

    /// The slots of some rows, sorted by tag (so by place).
    fn sorted_slots(&self, rows: std::ops::Range<usize>) -> Vec<Slot> {
        let mut slots: Vec<Slot> = rows.map(|row| self.slot(row, (self.hash(self.get(row)) >> 32) as u32)).collect();
        slots.sort_unstable_by_key(|slot| slot.tag);
        slots
    }

    /// The slot of a row whose tag is `tag`.
    fn slot(&self, row: usize, tag: u32) -> Slot {
        let start = if row == 0 { 0 } else { self.ends[row - 1] };
        // `append` keeps rows below 2^31 and `text` within 4 GiB.
        Slot { tag, row: (row + 1) as u32, start: start as u32, len: (self.ends[row] - start) as u32 }
    }

    /// Puts a slot in the first empty place from its own, unless the table
    /// already holds the same id: then returns false.
    fn place(&mut self, slot: Slot) -> bool {
        let mask = self.slots.len() - 1;
        let mut at = (slot.tag >> self.shift) as usize;
        loop {
            let there = self.slots[at];
            if there.row == 0 {
                self.slots[at] = slot;
                return true;
            }
            if there.tag == slot.tag && there.id(&self.text) == slot.id(&self.text) {
                return false;
            }
            at = (at + 1) & mask;
        }
    }
}

/// A power of two at least twice `rows`.
fn slots_for(rows: usize) -> usize {
    rows.saturating_mul(2).max(16).next_power_of_two()
}

/// A fast hash of short byte strings: eight bytes at a time, each word mixed
/// in by a multiplication, then the 64-bit finalizer of MurmurHash3 so that
/// ids that differ in one digit land far apart in both halves of the hash.
fn hash(seed: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    let mut word = [0u8; 8];
    for chunk in &mut words {
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K).rotate_left(29);
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        word = [0u8; 8];
        word[..tail.len()].copy_from_slice(tail);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K).rotate_left(29);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_by_their_text_and_unknown_ids_are_not() {
        let mut ids = Ids::with_capacity(2, 0);
        for id in ["a", "", "R0000001", "R0000002", "a long id of more than eight bytes"] {
            let hash = ids.hash(id);
            assert_eq!(ids.find(id, hash), None);
            let row = ids.push(id, hash).expect("room");
            assert_eq!(ids.get(row), id);
        }
        assert_eq!(ids.len(), 5);
        for (row, id) in ["a", "", "R0000001", "R0000002", "a long id of more than eight bytes"].iter().enumerate() {
            assert_eq!(ids.find(id, ids.hash(id)), Some(row));
        }
        assert_eq!(ids.find("R0000003", ids.hash("R0000003")), None);
        assert_eq!(ids.find("a long id of more than eight byte", ids.hash("a long id of more than eight byte")), None);
    }

    #[test]
    fn the_index_grows_past_its_first_capacity() {
        let mut ids = Ids::with_capacity(1, 0);
        for i in 0..1000 {
            let id = i.to_string();
            let hash = ids.hash(&id);
            assert_eq!(ids.push(&id, hash), Some(i));
        }
        assert!((0..1000).all(|i| ids.find(&i.to_string(), ids.hash(&i.to_string())) == Some(i)));
    }

    #[test]
    fn ids_appended_then_indexed_are_found_unless_one_is_there_twice() {
        let mut ids = Ids::with_capacity(3, 0);
        for id in ["b", "a", "R0000001", "a long id of more than eight bytes"] {
            ids.append(id).expect("room");
        }
        assert!(ids.index_all());
        assert_eq!(ids.find("a", ids.hash("a")), Some(1));
        assert_eq!(ids.find("c", ids.hash("c")), None);
        ids.append("R0000001").expect("room");
        assert!(!ids.index_all());
    }
}
