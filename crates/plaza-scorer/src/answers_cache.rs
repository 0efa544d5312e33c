//! Parsed answers kept between entries, so that scoring an entry costs
//! parsing its own file and one lookup per row, not parsing the track's
//! answers again.
//!
//! Keyed by the answers blob's SHA-256 and the settings that decide how it
//! is read (metric, id and target columns): new answers, or a changed
//! metric, are simply another key, and the old one ages out. Bounded by the
//! number of tracks and by memory, least recently used first out.

use std::sync::{Arc, Mutex};

use plaza_core::Metric;
use plaza_core::scoring::Answers;

/// At most this many tracks' answers are kept.
pub const CACHED_TRACKS: usize = 8;
/// At most about this many bytes of parsed answers are kept (a million rows
/// take about 90 MB); answers larger than this are parsed for each entry.
pub const CACHED_BYTES: usize = 512 * 1024 * 1024;

/// What decides the parsed answers: the file and how it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswersKey {
    pub sha256: String,
    pub metric: Metric,
    pub id_column: String,
    pub target_column: String,
}

/// A small least-recently-used cache of parsed answers. Cheap to share.
#[derive(Debug)]
pub struct AnswersCache {
    /// Least recently used first.
    entries: Mutex<Vec<(AnswersKey, Arc<Answers>, usize)>>,
    max_tracks: usize,
    max_bytes: usize,
}

impl Default for AnswersCache {
    fn default() -> Self {
        AnswersCache::new(CACHED_TRACKS, CACHED_BYTES)
    }
}

impl AnswersCache {
    pub fn new(max_tracks: usize, max_bytes: usize) -> Self {
        AnswersCache { entries: Mutex::new(Vec::new()), max_tracks, max_bytes }
    }

    /// The answers kept for `key`, now the most recently used.
    pub fn get(&self, key: &AnswersKey) -> Option<Arc<Answers>> {
        let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let at = entries.iter().position(|(k, _, _)| k == key)?;
        let entry = entries.remove(at);
        let answers = Arc::clone(&entry.1);
        entries.push(entry);
        Some(answers)
    }

    /// Keeps `answers` for `key`, dropping the least recently used answers
    /// until the bounds hold. Answers larger than the whole cache are not kept.
    pub fn insert(&self, key: AnswersKey, answers: Arc<Answers>) {
        let bytes = answers.memory_bytes();
        if bytes > self.max_bytes || self.max_tracks == 0 {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        entries.retain(|(k, _, _)| *k != key);
        entries.push((key, answers, bytes));
        while entries.len() > self.max_tracks || entries.iter().map(|(_, _, b)| b).sum::<usize>() > self.max_bytes {
            entries.remove(0);
        }
    }

    /// How many tracks' answers are kept.
    pub fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(sha256: &str) -> AnswersKey {
        AnswersKey { sha256: sha256.into(), metric: Metric::Rmse, id_column: "id".into(), target_column: "y".into() }
    }

    fn answers(rows: usize) -> Arc<Answers> {
        let mut csv = String::from("id,y,Usage\n");
        for i in 0..rows {
            csv.push_str(&format!("{i},{i}.5,{}\n", if i % 2 == 0 { "Public" } else { "Private" }));
        }
        Arc::new(Answers::parse(csv.as_bytes(), "id", "y", Metric::Rmse).expect("answers"))
    }

    #[test]
    fn answers_are_found_by_their_file_and_settings_only() {
        let cache = AnswersCache::default();
        cache.insert(key("a"), answers(4));
        assert!(cache.get(&key("a")).is_some());
        assert!(cache.get(&key("b")).is_none(), "new answers file");
        assert!(cache.get(&AnswersKey { metric: Metric::Mae, ..key("a") }).is_none(), "another metric");
        assert!(cache.get(&AnswersKey { target_column: "z".into(), ..key("a") }).is_none(), "another column");
    }

    #[test]
    fn the_least_recently_used_answers_leave_first() {
        let cache = AnswersCache::new(2, usize::MAX);
        cache.insert(key("a"), answers(4));
        cache.insert(key("b"), answers(4));
        assert!(cache.get(&key("a")).is_some(), "a is now the most recent");
        cache.insert(key("c"), answers(4));
        assert_eq!(cache.len(), 2);
        assert!(cache.get(&key("b")).is_none(), "b was the least recently used");
        assert!(cache.get(&key("a")).is_some() && cache.get(&key("c")).is_some());
    }

    #[test]
    fn the_cache_stays_within_its_memory_bound() {
        let one = answers(1000);
        let bytes = one.memory_bytes();
        let cache = AnswersCache::new(10, bytes * 2 + bytes / 2);
        for name in ["a", "b", "c"] {
            cache.insert(key(name), Arc::clone(&one));
        }
        assert_eq!(cache.len(), 2, "two fit, three do not");
        let small = AnswersCache::new(10, bytes - 1);
        small.insert(key("a"), one);
        assert!(small.is_empty(), "answers larger than the cache are not kept");
    }
}
