//! People's choice: organizers open a public vote on the ideas of a track
//! that passed their screening. One vote per account, changeable until the
//! vote closes; nobody sees the count before it closes; the result is shown
//! apart from the judges' ranking. Organizers see simple signs of fraud and
//! may set a vote aside with a reason (kept in the challenge's audit).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::user::UserId;

/// The longest reason for setting a vote aside.
pub const MAX_VOID_REASON: usize = 500;
/// Votes from one address within [`SHARED_ADDRESS_WINDOW`] that make a sign.
pub const SHARED_ADDRESS_VOTES: usize = 3;
/// How close together votes from one address must be to make a sign.
pub const SHARED_ADDRESS_WINDOW: Duration = Duration::hours(1);
/// Votes one account may send (or change) in an hour.
pub const VOTES_PER_HOUR: u32 = 30;

/// A track's vote: the ideas on the ballot and when it closes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    pub track_id: i64,
    /// The ideas that passed the organizers' screening, in their order.
    pub ideas: Vec<i64>,
    pub opened_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// When organizers closed it early.
    pub closed_at: Option<DateTime<Utc>>,
}

impl Ballot {
    /// Whether votes are taken at `now`.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.closed_at.is_none() && now < self.closes_at
    }

    /// When it stopped taking votes, if it has.
    pub fn closed(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.closed_at {
            Some(at) => Some(at.min(self.closes_at)),
            None if now >= self.closes_at => Some(self.closes_at),
            None => None,
        }
    }
}

/// One person's vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub id: i64,
    pub track_id: i64,
    pub idea_id: i64,
    pub voter: UserId,
    /// When the voter's account was made.
    pub account_created_at: DateTime<Utc>,
    /// A keyed hash of the address the vote came from (never the address).
    pub address: String,
    pub voted_at: DateTime<Utc>,
    /// Set aside by organizers: why.
    pub void_reason: Option<String>,
}

/// A sign that a vote may not be one person's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// Several accounts voted from one address within an hour.
    SharedAddress { votes: usize },
    /// The account was made after the vote opened.
    NewAccount,
}

impl Signal {
    /// In the reader's language.
    pub fn sentence(self) -> String {
        match self {
            Signal::SharedAddress { votes } => {
                plaza_i18n::tr_with("vote-signal-shared-address", &[("votes", votes.into())])
            }
            Signal::NewAccount => plaza_i18n::tr("vote-signal-new-account"),
        }
    }
}

/// The signs for each vote (by id); votes without any are left out.
pub fn signals(votes: &[Vote], ballot: &Ballot) -> BTreeMap<i64, Vec<Signal>> {
    let mut by_address: HashMap<&str, Vec<&Vote>> = HashMap::new();
    for vote in votes {
        by_address.entry(vote.address.as_str()).or_default().push(vote);
    }
    let mut found: BTreeMap<i64, Vec<Signal>> = BTreeMap::new();
    for group in by_address.values() {
        for vote in group {
            let near =
                group.iter().filter(|other| (other.voted_at - vote.voted_at).abs() <= SHARED_ADDRESS_WINDOW).count();
            if near >= SHARED_ADDRESS_VOTES {
                found.entry(vote.id).or_default().push(Signal::SharedAddress { votes: near });
            }
        }
    }
    for vote in votes {
        if vote.account_created_at >= ballot.opened_at {
            found.entry(vote.id).or_default().push(Signal::NewAccount);
        }
    }
    found
}

/// The count for each idea on the ballot, most votes first (ties in ballot
/// order); votes set aside do not count.
pub fn tally(votes: &[Vote], ballot: &Ballot) -> Vec<(i64, usize)> {
    let mut counts: Vec<(i64, usize)> = ballot.ideas.iter().map(|id| (*id, 0)).collect();
    for vote in votes.iter().filter(|v| v.void_reason.is_none()) {
        if let Some(entry) = counts.iter_mut().find(|(id, _)| *id == vote.idea_id) {
            entry.1 += 1;
        }
    }
    // A stable sort keeps ballot order among equal counts.
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

/// Checks the ideas chosen for a ballot against the track's `eligible` ones.
pub fn check_ballot(chosen: &[i64], eligible: &[i64]) -> Result<Vec<i64>, String> {
    let mut ideas = Vec::new();
    for id in chosen {
        if !eligible.contains(id) {
            return Err(plaza_i18n::tr("vote-idea-not-eligible"));
        }
        if !ideas.contains(id) {
            ideas.push(*id);
        }
    }
    if ideas.len() < 2 {
        return Err(plaza_i18n::tr("vote-too-few-ideas"));
    }
    Ok(ideas)
}

/// Checks why a vote is set aside.
pub fn check_void_reason(reason: &str) -> Result<String, String> {
    let reason = reason.trim().replace("\r\n", "\n");
    if reason.is_empty() {
        return Err(plaza_i18n::tr("vote-void-reason-empty"));
    }
    if reason.chars().count() > MAX_VOID_REASON {
        return Err(plaza_i18n::tr_with("vote-void-reason-too-long", &[("max", MAX_VOID_REASON.into())]));
    }
    Ok(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + minutes * 60, 0).unwrap_or_default()
    }

    fn ballot() -> Ballot {
        Ballot { track_id: 1, ideas: vec![10, 11, 12], opened_at: at(0), closes_at: at(10_000), closed_at: None }
    }

    fn vote(id: i64, idea: i64, address: &str, minute: i64, made: i64) -> Vote {
        Vote {
            id,
            track_id: 1,
            idea_id: idea,
            voter: UserId(id),
            account_created_at: at(made),
            address: address.into(),
            voted_at: at(minute),
            void_reason: None,
        }
    }

    #[test]
    fn a_ballot_is_open_until_it_closes() {
        let mut b = ballot();
        assert!(b.is_open(at(5)) && b.closed(at(5)).is_none());
        assert!(!b.is_open(at(10_000)));
        assert_eq!(b.closed(at(20_000)), Some(at(10_000)));
        b.closed_at = Some(at(50));
        assert!(!b.is_open(at(5)) || b.closed_at.is_some());
        assert_eq!(b.closed(at(60)), Some(at(50)));
    }

    #[test]
    fn the_count_skips_votes_set_aside_and_keeps_ballot_order_on_ties() {
        let mut votes = vec![vote(1, 11, "a", 1, -100), vote(2, 12, "b", 2, -100), vote(3, 12, "c", 3, -100)];
        assert_eq!(tally(&votes, &ballot()), [(12, 2), (11, 1), (10, 0)]);
        votes[2].void_reason = Some("Same person".into());
        assert_eq!(tally(&votes, &ballot()), [(11, 1), (12, 1), (10, 0)]);
    }

    #[test]
    fn shared_addresses_and_new_accounts_are_signs() {
        let votes = vec![
            vote(1, 10, "same", 10, -100),
            vote(2, 10, "same", 20, -100),
            vote(3, 10, "same", 65, 5),
            vote(4, 11, "same", 300, -100),
            vote(5, 11, "other", 12, -100),
        ];
        let found = signals(&votes, &ballot());
        assert_eq!(found.get(&1), Some(&vec![Signal::SharedAddress { votes: 3 }]));
        assert_eq!(found.get(&3), Some(&vec![Signal::SharedAddress { votes: 3 }, Signal::NewAccount]));
        assert_eq!(found.get(&4), None, "hours later");
        assert_eq!(found.get(&5), None);
    }

    #[test]
    fn a_ballot_holds_eligible_ideas_only() {
        assert_eq!(check_ballot(&[11, 10, 11], &[10, 11, 12]), Ok(vec![11, 10]));
        assert!(check_ballot(&[10, 99], &[10, 11]).is_err());
        assert!(check_ballot(&[10], &[10, 11]).is_err());
        assert!(check_void_reason("  ").is_err());
        assert_eq!(check_void_reason(" One person, many accounts "), Ok("One person, many accounts".into()));
    }
}
