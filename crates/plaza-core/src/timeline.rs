//! A challenge's timeline and how to say it in plain words.

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub results_published_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChallengeStatus {
    Upcoming,
    Open,
    Closed,
    ResultsPublished,
}

impl ChallengeStatus {
    pub fn label(self) -> &'static str {
        match self {
            ChallengeStatus::Upcoming => "Opening soon",
            ChallengeStatus::Open => "Open",
            ChallengeStatus::Closed => "Closed",
            ChallengeStatus::ResultsPublished => "Results published",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ChallengeStatus::Upcoming => "upcoming",
            ChallengeStatus::Open => "open",
            ChallengeStatus::Closed => "closed",
            ChallengeStatus::ResultsPublished => "results_published",
        }
    }
}

impl Timeline {
    /// Whether the results are public at `now`: the one test every page and
    /// email uses, so none can say "published" while another says not.
    pub fn results_published(&self, now: DateTime<Utc>) -> bool {
        self.published_at(now).is_some()
    }

    /// When the results went public, if they have by `now`.
    pub fn published_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.results_published_at.filter(|at| *at <= now)
    }

    /// Where the challenge stands at `now`. Entries are accepted from
    /// `opens_at` (inclusive) to `closes_at` (inclusive).
    pub fn status(&self, now: DateTime<Utc>) -> ChallengeStatus {
        if self.results_published(now) {
            ChallengeStatus::ResultsPublished
        } else if now < self.opens_at {
            ChallengeStatus::Upcoming
        } else if now <= self.closes_at {
            ChallengeStatus::Open
        } else {
            ChallengeStatus::Closed
        }
    }

    /// One sentence for a resident, such as
    /// "Closes in 12 days, on 28 February 2027 at 23:59 UTC."
    pub fn in_words(&self, now: DateTime<Utc>) -> String {
        match self.status(now) {
            ChallengeStatus::Upcoming => {
                format!("Opens {}, on {}.", relative(now, self.opens_at), format_moment(self.opens_at))
            }
            ChallengeStatus::Open => {
                format!("Closes {}, on {}.", relative(now, self.closes_at), format_moment(self.closes_at))
            }
            ChallengeStatus::Closed => {
                format!("Closed on {}. Results are not published yet.", format_moment(self.closes_at))
            }
            ChallengeStatus::ResultsPublished => {
                format!("Closed on {}. Results are published.", format_moment(self.closes_at))
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "28 February 2027 at 23:59 UTC".
pub fn format_moment(at: DateTime<Utc>) -> String {
    format!("{} {} {} at {:02}:{:02} UTC", at.day(), MONTHS[at.month0() as usize], at.year(), at.hour(), at.minute())
}

/// "28 February 2027".
pub fn format_date(at: DateTime<Utc>) -> String {
    format!("{} {} {}", at.day(), MONTHS[at.month0() as usize], at.year())
}

/// "in 12 days", "in 3 hours", "in 5 minutes", "tomorrow".
fn relative(now: DateTime<Utc>, at: DateTime<Utc>) -> String {
    let delta = at - now;
    let days = delta.num_days();
    let hours = delta.num_hours();
    let minutes = delta.num_minutes().max(1);
    if days >= 2 {
        format!("in {days} days")
    } else if days == 1 {
        "in 1 day".into()
    } else if hours >= 2 {
        format!("in {hours} hours")
    } else if hours == 1 {
        "in 1 hour".into()
    } else if minutes == 1 {
        "in 1 minute".into()
    } else {
        format!("in {minutes} minutes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().unwrap_or_default()
    }

    fn timeline() -> Timeline {
        Timeline { opens_at: at(2026, 12, 1, 0, 0), closes_at: at(2027, 2, 28, 23, 59), results_published_at: None }
    }

    #[test]
    fn status_follows_the_clock() {
        let t = timeline();
        assert_eq!(t.status(at(2026, 11, 30, 0, 0)), ChallengeStatus::Upcoming);
        assert_eq!(t.status(at(2026, 12, 1, 0, 0)), ChallengeStatus::Open);
        assert_eq!(t.status(at(2027, 2, 28, 23, 59)), ChallengeStatus::Open);
        assert_eq!(t.status(at(2027, 3, 1, 0, 0)), ChallengeStatus::Closed);
        let published = Timeline { results_published_at: Some(at(2027, 3, 10, 0, 0)), ..t };
        assert_eq!(published.status(at(2027, 3, 11, 0, 0)), ChallengeStatus::ResultsPublished);
    }

    #[test]
    fn open_challenge_says_when_it_closes() {
        assert_eq!(timeline().in_words(at(2027, 2, 16, 12, 0)), "Closes in 12 days, on 28 February 2027 at 23:59 UTC.");
        assert_eq!(timeline().in_words(at(2027, 2, 28, 20, 0)), "Closes in 3 hours, on 28 February 2027 at 23:59 UTC.");
    }

    #[test]
    fn upcoming_and_closed_challenges_read_plainly() {
        assert_eq!(timeline().in_words(at(2026, 11, 27, 0, 0)), "Opens in 4 days, on 1 December 2026 at 00:00 UTC.");
        assert!(timeline().in_words(at(2027, 3, 2, 0, 0)).starts_with("Closed on 28 February 2027"));
    }
}
