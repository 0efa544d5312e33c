//! A challenge's timeline and how to say it in plain words, in the
//! challenge's own time zone ("closes 28 February 2027 at 17:59 Chicago
//! time"). Times are kept in UTC; only what people read is local.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub results_published_at: Option<DateTime<Utc>>,
    /// Where the challenge's times are read and its days begin.
    #[serde(default)]
    pub zone: Zone,
    /// The time zone of the person reading, when they chose one: times are
    /// then shown in both ("... Chicago time (... London time)"). Only for
    /// display; deadlines and days stay in [`Timeline::zone`].
    #[serde(skip)]
    pub viewer: Option<Zone>,
}

/// A time zone by its IANA name (`America/Chicago`, `Europe/Madrid`, `UTC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(chrono_tz::Tz);

impl Default for Zone {
    fn default() -> Self {
        Zone::UTC
    }
}

impl Zone {
    pub const UTC: Zone = Zone(chrono_tz::Tz::UTC);

    /// The zone of an IANA name, or a sentence saying what to write instead.
    pub fn parse(name: &str) -> Result<Zone, String> {
        name.trim().parse::<chrono_tz::Tz>().map(Zone).map_err(|_| {
            let given: String = name.trim().chars().take(60).collect();
            plaza_i18n::tr_with("core-timeline-not-a-zone", &[("given", given.into())])
        })
    }

    /// Its IANA name.
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// How a resident reads it after a time: "UTC", "Chicago time",
    /// "Buenos Aires time".
    pub fn label(self) -> String {
        let name = self.name();
        if matches!(name, "UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Etc/Universal" | "Universal" | "Etc/Zulu" | "Zulu") {
            return "UTC".to_owned();
        }
        let place = name.rsplit('/').next().unwrap_or(name).replace('_', " ");
        plaza_i18n::tr_with("zone-time", &[("place", place.into())])
    }

    /// "28 February 2027 at 17:59 Chicago time".
    pub fn moment(self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&self.0);
        plaza_i18n::tr_with(
            "moment",
            &[
                ("date", day_month_year(local.day(), local.month0(), local.year()).into()),
                ("time", format!("{:02}:{:02}", local.hour(), local.minute()).into()),
                ("zone", self.label().into()),
            ],
        )
    }

    /// The offset from UTC at `at`, in seconds.
    pub fn offset_at(self, at: DateTime<Utc>) -> i32 {
        use chrono::Offset as _;
        at.with_timezone(&self.0).offset().fix().local_minus_utc()
    }

    /// `at` in this zone, said as briefly as next to the same moment in
    /// `beside`: the time alone when the date is the same there
    /// ("23:59 London time"), the date too when it is not.
    pub fn short_moment(self, at: DateTime<Utc>, beside: Zone) -> String {
        let here = at.with_timezone(&self.0);
        let there = at.with_timezone(&beside.0);
        if here.date_naive() == there.date_naive() {
            plaza_i18n::tr_with(
                "moment-time-only",
                &[("time", format!("{:02}:{:02}", here.hour(), here.minute()).into()), ("zone", self.label().into())],
            )
        } else {
            self.moment(at)
        }
    }

    /// `at` as a date-and-time form field shows it: `YYYY-MM-DDTHH:MM`, local.
    pub fn local_input(self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.0).format("%Y-%m-%dT%H:%M").to_string()
    }

    /// The moment a date-and-time field means in this zone. A time the
    /// clocks show twice (when they go back) is the first of the two; a
    /// time they skip is refused.
    pub fn from_local_input(self, value: &str) -> Result<DateTime<Utc>, String> {
        let value = value.trim();
        let parsed = chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M"))
            .map_err(|_| {
                let given: String = value.chars().take(40).collect();
                plaza_i18n::tr_with(
                    "core-timeline-not-a-moment",
                    &[("given", given.into()), ("zone", self.label().into())],
                )
            })?;
        self.0.from_local_datetime(&parsed).earliest().map(|at| at.with_timezone(&Utc)).ok_or_else(|| {
            plaza_i18n::tr_with(
                "core-timeline-skipped-time",
                &[
                    ("time", parsed.format("%H:%M").to_string().into()),
                    ("day", parsed.format("%Y-%m-%d").to_string().into()),
                    ("zone", self.label().into()),
                ],
            )
        })
    }

    /// The local date `at` falls on.
    pub fn today(self, at: DateTime<Utc>) -> chrono::NaiveDate {
        at.with_timezone(&self.0).date_naive()
    }

    /// The local day `at` falls on, as `YYYY-MM-DD`.
    pub fn day(self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.0).format("%Y-%m-%d").to_string()
    }

    /// When the local day after the one `at` falls on begins. Where a
    /// clock change skips midnight, the day begins at the first moment that
    /// exists.
    pub fn next_midnight(self, at: DateTime<Utc>) -> DateTime<Utc> {
        let tomorrow = at.with_timezone(&self.0).date_naive() + Duration::days(1);
        (0..=120)
            .map(|minutes| tomorrow.and_time(NaiveTime::MIN) + Duration::minutes(minutes))
            .find_map(|local| self.0.from_local_datetime(&local).earliest())
            .map_or_else(|| at + Duration::days(1), |start| start.with_timezone(&Utc))
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Zone::parse(&name).map_err(serde::de::Error::custom)
    }
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
    /// In the reader's language: "Opening soon", "Open", "Closed", "Results published".
    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("challenge-status-{}", self.name()))
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
        let (id, at) = match self.status(now) {
            ChallengeStatus::Upcoming => ("timeline-opens", self.opens_at),
            ChallengeStatus::Open => ("timeline-closes", self.closes_at),
            ChallengeStatus::Closed => ("timeline-closed", self.closes_at),
            ChallengeStatus::ResultsPublished => ("timeline-results", self.closes_at),
        };
        plaza_i18n::tr_with(id, &[("when", relative(now, at).into()), ("moment", self.moment(at).into())])
    }

    /// A moment of this challenge, in its time zone, and also in the
    /// reader's own when they chose another:
    /// "28 February 2027 at 17:59 Chicago time (23:59 London time)".
    pub fn moment(&self, at: DateTime<Utc>) -> String {
        match self.viewer {
            Some(viewer) if viewer.offset_at(at) != self.zone.offset_at(at) => {
                format!("{} ({})", self.zone.moment(at), viewer.short_moment(at, self.zone))
            }
            _ => self.zone.moment(at),
        }
    }

    /// The same timeline as the person reading it sees it.
    pub fn for_viewer(mut self, viewer: Option<Zone>) -> Self {
        self.viewer = viewer;
        self
    }
}

/// "28 February 2027" in the reader's language (`month0` counts from 0).
pub fn day_month_year(day: u32, month0: u32, year: i32) -> String {
    let month = plaza_i18n::tr(&format!("month-{}", month0 + 1));
    plaza_i18n::tr_with("date", &[("day", day.into()), ("month", month.into()), ("year", year.to_string().into())])
}

/// "28 February 2027 at 23:59 UTC", for times that belong to no challenge
/// (a challenge's own are in its zone: [`Timeline::moment`]).
pub fn format_moment(at: DateTime<Utc>) -> String {
    Zone::UTC.moment(at)
}

/// "28 February 2027".
pub fn format_date(at: DateTime<Utc>) -> String {
    day_month_year(at.day(), at.month0(), at.year())
}

/// "in 12 days", "in 3 hours", "in 5 minutes", "tomorrow".
fn relative(now: DateTime<Utc>, at: DateTime<Utc>) -> String {
    let delta = at - now;
    let days = delta.num_days();
    let hours = delta.num_hours();
    let minutes = delta.num_minutes().max(1);
    let (id, count) = if days >= 1 {
        ("in-days", days)
    } else if hours >= 1 {
        ("in-hours", hours)
    } else {
        ("in-minutes", minutes)
    };
    plaza_i18n::tr_with(id, &[("count", count.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().unwrap_or_default()
    }

    fn timeline() -> Timeline {
        Timeline {
            opens_at: at(2026, 12, 1, 0, 0),
            closes_at: at(2027, 2, 28, 23, 59),
            results_published_at: None,
            zone: Zone::UTC,
            viewer: None,
        }
    }

    #[test]
    fn a_reader_with_their_own_zone_sees_both_times() {
        let chicago = Zone::parse("America/Chicago").unwrap_or_default();
        let london = Zone::parse("Europe/London").unwrap_or_default();
        let t = Timeline { zone: chicago, ..timeline() };
        let closes = at(2027, 2, 28, 23, 59);
        assert_eq!(t.moment(closes), "28 February 2027 at 17:59 Chicago time");
        let read_in_london = t.for_viewer(Some(london));
        assert_eq!(read_in_london.moment(closes), "28 February 2027 at 17:59 Chicago time (23:59 London time)");
        // Past midnight in the reader's zone, the date is said too.
        let late = at(2027, 3, 1, 3, 30);
        assert_eq!(
            read_in_london.moment(late),
            "28 February 2027 at 21:30 Chicago time (1 March 2027 at 03:30 London time)"
        );
        // The same offset: once is enough. Days and deadlines stay the challenge's.
        assert_eq!(t.for_viewer(Some(chicago)).moment(closes), "28 February 2027 at 17:59 Chicago time");
        assert_eq!(read_in_london.zone, chicago);
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

    #[test]
    fn a_challenge_in_chicago_reads_in_chicago_time() {
        let chicago = Timeline { zone: Zone::parse("America/Chicago").unwrap_or_default(), ..timeline() };
        assert_eq!(
            chicago.in_words(at(2027, 2, 16, 12, 0)),
            "Closes in 12 days, on 28 February 2027 at 17:59 Chicago time."
        );
        assert_eq!(Zone::parse("America/Argentina/Buenos_Aires").map(Zone::label).as_deref(), Ok("Buenos Aires time"));
        assert_eq!(Zone::UTC.label(), "UTC");
        let refused = Zone::parse("Chicago").expect_err("not an IANA name");
        assert!(refused.contains("America/Chicago"), "{refused}");
        let json = serde_json::to_string(&chicago).unwrap_or_default();
        assert!(json.contains("\"zone\":\"America/Chicago\""), "{json}");
    }

    #[test]
    fn a_day_begins_at_local_midnight_even_across_a_clock_change() {
        let chicago = Zone::parse("America/Chicago").unwrap_or_default();
        // 18:30 UTC on 13 March 2027 is 12:30 in Chicago (CST, UTC-6).
        assert_eq!(chicago.day(at(2027, 3, 13, 18, 30)), "2027-03-13");
        // 05:30 UTC on 14 March is still 23:30 on the 13th in Chicago.
        assert_eq!(chicago.day(at(2027, 3, 14, 5, 30)), "2027-03-13");
        assert_eq!(chicago.next_midnight(at(2027, 3, 13, 18, 30)), at(2027, 3, 14, 6, 0));
        // Clocks go forward at 02:00 on 14 March: the 15th begins at 05:00 UTC (CDT, UTC-5).
        assert_eq!(chicago.next_midnight(at(2027, 3, 14, 18, 0)), at(2027, 3, 15, 5, 0));
        // Santiago skips midnight when its clocks go forward (5 September 2027): the day begins at 01:00.
        let santiago = Zone::parse("America/Santiago").unwrap_or_default();
        let start = santiago.next_midnight(at(2027, 9, 4, 12, 0));
        assert_eq!(santiago.day(start), "2027-09-05");
        assert_eq!(santiago.day(start - Duration::seconds(1)), "2027-09-04");
        assert_eq!(Zone::UTC.next_midnight(at(2027, 3, 13, 18, 30)), at(2027, 3, 14, 0, 0));
    }
}
