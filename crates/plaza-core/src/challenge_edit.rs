//! Changing a challenge's details in the browser: its title, summary, host,
//! brief, time zone, dates and team size, with the same limits a bundle has
//! and the rules that keep a running challenge fair (an opening date that
//! has passed stays, a deadline is never moved into the past, nothing about
//! time moves once results are published, a team size never drops below a
//! team that already exists). [`changes`] lists what an edit changes, for
//! the audit of who changed what.

use chrono::{DateTime, Utc};

use crate::bundle::{DEFAULT_MAX_TEAM_SIZE, MAX_CONTACT, MAX_SUMMARY, MAX_TITLE};
use crate::timeline::Zone;

/// Longest brief, in characters.
pub const MAX_BRIEF: usize = 200_000;
/// Largest team size a challenge may allow.
pub const MAX_TEAM_SIZE: u32 = 100;

/// The details as the form sends them: text, dates in the challenge's
/// local time (`YYYY-MM-DDTHH:MM`, as a date-and-time field gives them).
/// A field the form leaves out reads as empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct DetailsDraft {
    pub title: String,
    pub summary: String,
    pub host: String,
    pub contact: String,
    pub description_md: String,
    pub time_zone: String,
    pub opens_at: String,
    pub closes_at: String,
    pub max_team_size: String,
}

/// Details that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub title: String,
    pub summary: String,
    pub host: String,
    /// Where residents ask questions; empty for none.
    pub contact: String,
    pub description_md: String,
    pub zone: Zone,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub max_team_size: u32,
}

impl Details {
    /// A short hash of every field: a form carries the one it was filled
    /// with, so that a save over someone else's newer one is refused.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        for part in [
            self.title.as_str(),
            &self.summary,
            &self.host,
            &self.contact,
            &self.description_md,
            self.zone.name(),
            &self.opens_at.to_rfc3339(),
            &self.closes_at.to_rfc3339(),
            &self.max_team_size.to_string(),
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        hex_prefix(&hasher.finalize())
    }

    /// The form filled with these details.
    pub fn draft(&self) -> DetailsDraft {
        DetailsDraft {
            title: self.title.clone(),
            summary: self.summary.clone(),
            host: self.host.clone(),
            contact: self.contact.clone(),
            description_md: self.description_md.clone(),
            time_zone: self.zone.name().to_owned(),
            opens_at: self.zone.local_input(self.opens_at),
            closes_at: self.zone.local_input(self.closes_at),
            max_team_size: self.max_team_size.to_string(),
        }
    }
}

fn hex_prefix(bytes: &[u8]) -> String {
    bytes.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// What an edit must respect besides the limits.
#[derive(Debug, Clone, Copy)]
pub struct EditContext {
    pub now: DateTime<Utc>,
    pub results_published: bool,
    /// Members of the largest team of the challenge.
    pub largest_team: u32,
}

/// The form field a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailsField {
    Title,
    Summary,
    Host,
    Contact,
    Description,
    TimeZone,
    OpensAt,
    ClosesAt,
    MaxTeamSize,
}

impl DetailsField {
    /// The field's name in the form (and the id its error links to).
    pub fn name(self) -> &'static str {
        match self {
            DetailsField::Title => "title",
            DetailsField::Summary => "summary",
            DetailsField::Host => "host",
            DetailsField::Contact => "contact",
            DetailsField::Description => "description_md",
            DetailsField::TimeZone => "time_zone",
            DetailsField::OpensAt => "opens_at",
            DetailsField::ClosesAt => "closes_at",
            DetailsField::MaxTeamSize => "max_team_size",
        }
    }

    /// The field as the audit names it (in English: the audit is stored once
    /// for all its readers).
    pub fn label(self) -> &'static str {
        match self {
            DetailsField::Title => "Title",
            DetailsField::Summary => "Summary",
            DetailsField::Host => "Host",
            DetailsField::Contact => "Contact for questions",
            DetailsField::Description => "Brief",
            DetailsField::TimeZone => "Time zone",
            DetailsField::OpensAt => "Opens",
            DetailsField::ClosesAt => "Closes",
            DetailsField::MaxTeamSize => "Most members in a team",
        }
    }
}

/// One problem with the form, in a sentence for the organizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailsProblem {
    pub field: DetailsField,
    pub message: String,
}

/// Checks `draft` as a change of `current`: every problem at once, or the
/// details to save.
pub fn check_details(
    draft: &DetailsDraft,
    current: &Details,
    context: EditContext,
) -> Result<Details, Vec<DetailsProblem>> {
    let mut problems = Vec::new();
    let mut problem = |field, message: String| problems.push(DetailsProblem { field, message });
    // `write` and `name` are message ids: the sentence asking for the field,
    // and the field's name.
    let mut text = |field: DetailsField, value: &str, max: usize, write: &str, name: &str| -> String {
        let value = value.trim();
        let length = value.chars().count();
        if value.is_empty() {
            problem(field, plaza_i18n::tr(write));
        } else if length > max {
            problem(field, too_long(name, length, max));
        }
        value.to_owned()
    };
    let title = text(
        DetailsField::Title,
        &draft.title,
        MAX_TITLE,
        "edits-challenge-edit-write-title",
        "edits-challenge-edit-field-title",
    );
    let summary = text(
        DetailsField::Summary,
        &draft.summary,
        MAX_SUMMARY,
        "edits-challenge-edit-write-summary",
        "edits-challenge-edit-field-summary",
    );
    let host = text(
        DetailsField::Host,
        &draft.host,
        MAX_TITLE * 2,
        "edits-challenge-edit-write-host",
        "edits-challenge-edit-field-host",
    );
    let description_md = text(
        DetailsField::Description,
        &draft.description_md,
        MAX_BRIEF,
        "edits-challenge-edit-write-brief",
        "edits-challenge-edit-field-brief",
    );
    // The contact is optional: residents see it only when there is one.
    let contact = draft.contact.trim().to_owned();
    let contact_length = contact.chars().count();
    if contact_length > MAX_CONTACT {
        problem(DetailsField::Contact, too_long("edits-challenge-edit-field-contact", contact_length, MAX_CONTACT));
    }

    let frozen = context.results_published;
    let zone = match Zone::parse(&draft.time_zone) {
        Ok(zone) if frozen && zone != current.zone => {
            problem(DetailsField::TimeZone, plaza_i18n::tr("edits-challenge-edit-zone-frozen"));
            current.zone
        }
        Ok(zone) => zone,
        Err(message) => {
            problem(DetailsField::TimeZone, message);
            current.zone
        }
    };
    let mut moment = |field: DetailsField, value: &str, was: DateTime<Utc>| -> Option<DateTime<Utc>> {
        // A date left as the form showed it stays the same moment, even
        // when the time zone changes in the same save.
        if value.trim() == current.zone.local_input(was) {
            return Some(was);
        }
        match zone.from_local_input(value) {
            Ok(at) => Some(at),
            Err(message) => {
                problem(field, message);
                None
            }
        }
        .filter(|at| {
            if *at == was {
                return true;
            }
            let refusal = if frozen {
                Some("edits-challenge-edit-dates-frozen")
            } else if field == DetailsField::OpensAt && was <= context.now {
                Some("edits-challenge-edit-opened")
            } else if field == DetailsField::ClosesAt && *at <= context.now {
                Some("edits-challenge-edit-closing-passed")
            } else {
                None
            };
            if let Some(refusal) = refusal {
                problem(field, plaza_i18n::tr(refusal));
            }
            refusal.is_none()
        })
    };
    let opens_at = moment(DetailsField::OpensAt, &draft.opens_at, current.opens_at);
    let closes_at = moment(DetailsField::ClosesAt, &draft.closes_at, current.closes_at);
    if let (Some(opens), Some(closes)) = (opens_at, closes_at)
        && closes <= opens
    {
        problem(DetailsField::ClosesAt, plaza_i18n::tr("edits-challenge-edit-close-after-opening"));
    }
    let max_team_size = match draft.max_team_size.trim().parse::<u32>() {
        Ok(size) if (1..=MAX_TEAM_SIZE).contains(&size) && size < context.largest_team => {
            problem(
                DetailsField::MaxTeamSize,
                plaza_i18n::tr_with("edits-challenge-edit-team-larger", &[("count", context.largest_team.into())]),
            );
            None
        }
        Ok(size) if (1..=MAX_TEAM_SIZE).contains(&size) => Some(size),
        _ => {
            problem(
                DetailsField::MaxTeamSize,
                plaza_i18n::tr_with(
                    "edits-challenge-edit-team-size",
                    &[("max", MAX_TEAM_SIZE.into()), ("default", DEFAULT_MAX_TEAM_SIZE.into())],
                ),
            );
            None
        }
    };
    match (opens_at, closes_at, max_team_size) {
        (Some(opens_at), Some(closes_at), Some(max_team_size)) if problems.is_empty() => {
            Ok(Details { title, summary, host, contact, description_md, zone, opens_at, closes_at, max_team_size })
        }
        _ => Err(problems),
    }
}

/// "Title is 130 characters long; ...": `name` is the message id of the
/// field's name.
fn too_long(name: &str, length: usize, max: usize) -> String {
    plaza_i18n::tr_with(
        "edits-challenge-edit-too-long",
        &[("field", plaza_i18n::tr(name).into()), ("length", length.into()), ("max", max.into())],
    )
}

/// Checks the details of a challenge that does not exist yet, by the same
/// rules as [`check_details`]: as a change of a challenge with nothing to
/// keep (no opening has passed, no team exists, no result is published), so
/// only a closing date in the past is refused among the dates.
pub fn check_new_details(draft: &DetailsDraft, now: DateTime<Utc>) -> Result<Details, Vec<DetailsProblem>> {
    let nothing_yet = Details {
        title: String::new(),
        summary: String::new(),
        host: String::new(),
        contact: String::new(),
        description_md: String::new(),
        zone: Zone::UTC,
        opens_at: DateTime::<Utc>::MAX_UTC,
        closes_at: DateTime::<Utc>::MAX_UTC,
        max_team_size: DEFAULT_MAX_TEAM_SIZE,
    };
    check_details(draft, &nothing_yet, EditContext { now, results_published: false, largest_team: 0 })
}

/// One changed field: what it was and what it is, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: DetailsField,
    pub before: String,
    pub after: String,
}

/// What `after` changes of `before`, field by field (times as RFC 3339 in UTC).
pub fn changes(before: &Details, after: &Details) -> Vec<Change> {
    let time = |at: DateTime<Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let pairs = [
        (DetailsField::Title, before.title.clone(), after.title.clone()),
        (DetailsField::Summary, before.summary.clone(), after.summary.clone()),
        (DetailsField::Host, before.host.clone(), after.host.clone()),
        (DetailsField::Contact, before.contact.clone(), after.contact.clone()),
        (DetailsField::Description, before.description_md.clone(), after.description_md.clone()),
        (DetailsField::TimeZone, before.zone.name().to_owned(), after.zone.name().to_owned()),
        (DetailsField::OpensAt, time(before.opens_at), time(after.opens_at)),
        (DetailsField::ClosesAt, time(before.closes_at), time(after.closes_at)),
        (DetailsField::MaxTeamSize, before.max_team_size.to_string(), after.max_team_size.to_string()),
    ];
    pairs
        .into_iter()
        .filter(|(_, before, after)| before != after)
        .map(|(field, before, after)| Change { field, before, after })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn current() -> Details {
        Details {
            title: "Find violations sooner".into(),
            summary: "Help inspectors.".into(),
            host: "City of Chicago".into(),
            contact: String::new(),
            description_md: "# Brief".into(),
            zone: Zone::parse("America/Chicago").expect("zone"),
            opens_at: Utc.with_ymd_and_hms(2027, 1, 1, 6, 0, 0).single().expect("time"),
            closes_at: Utc.with_ymd_and_hms(2027, 3, 1, 5, 59, 0).single().expect("time"),
            max_team_size: 5,
        }
    }

    fn before_opening() -> EditContext {
        EditContext {
            now: Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).single().expect("time"),
            results_published: false,
            largest_team: 0,
        }
    }

    fn fields(problems: &[DetailsProblem]) -> Vec<DetailsField> {
        problems.iter().map(|p| p.field).collect()
    }

    #[test]
    fn the_form_filled_with_the_details_reads_back_the_same() {
        let details = current();
        let draft = details.draft();
        assert_eq!(draft.opens_at, "2027-01-01T00:00", "local time in Chicago");
        assert_eq!(draft.closes_at, "2027-02-28T23:59");
        assert_eq!(check_details(&draft, &details, before_opening()), Ok(details.clone()));
        assert!(changes(&details, &details).is_empty());
    }

    #[test]
    fn every_problem_is_listed_at_once_with_its_field() {
        let draft = DetailsDraft {
            title: "  ".into(),
            summary: "x".repeat(MAX_SUMMARY + 1),
            host: "Host".into(),
            contact: String::new(),
            description_md: "Brief".into(),
            time_zone: "Mars/Olympus".into(),
            opens_at: "tomorrow".into(),
            closes_at: "2027-02-28T23:59".into(),
            max_team_size: "0".into(),
        };
        let problems = check_details(&draft, &current(), before_opening()).expect_err("refused");
        assert_eq!(
            fields(&problems),
            vec![
                DetailsField::Title,
                DetailsField::Summary,
                DetailsField::TimeZone,
                DetailsField::OpensAt,
                DetailsField::MaxTeamSize
            ]
        );
        assert!(problems[1].message.contains("281 characters long; the most allowed is 280"));
        assert!(problems[3].message.contains("date and time"), "{}", problems[3].message);
    }

    #[test]
    fn a_running_challenge_keeps_its_opening_and_never_closes_in_the_past() {
        let running =
            EditContext { now: Utc.with_ymd_and_hms(2027, 2, 1, 0, 0, 0).single().expect("time"), ..before_opening() };
        let mut draft = current().draft();
        draft.opens_at = "2027-01-02T00:00".into();
        draft.closes_at = "2027-01-15T00:00".into();
        let problems = check_details(&draft, &current(), running).expect_err("refused");
        assert_eq!(fields(&problems), vec![DetailsField::OpensAt, DetailsField::ClosesAt]);
        assert!(problems[0].message.contains("has opened"));
        assert!(problems[1].message.contains("already passed"));

        // A later deadline is fine.
        let mut later = current().draft();
        later.closes_at = "2027-03-31T23:59".into();
        let saved = check_details(&later, &current(), running).expect("saved");
        let listed = changes(&current(), &saved);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].field, DetailsField::ClosesAt);
        assert_eq!(
            listed[0].after, "2027-04-01T04:59:00Z",
            "Chicago is UTC-5 in March after the change to summer time"
        );
    }

    #[test]
    fn a_new_time_zone_keeps_the_moments_of_dates_left_as_they_were() {
        let running =
            EditContext { now: Utc.with_ymd_and_hms(2027, 2, 1, 0, 0, 0).single().expect("time"), ..before_opening() };
        let mut draft = current().draft();
        draft.time_zone = "America/Los_Angeles".into();
        let saved = check_details(&draft, &current(), running).expect("saved");
        assert_eq!((saved.opens_at, saved.closes_at), (current().opens_at, current().closes_at));
        assert_eq!(saved.draft().closes_at, "2027-02-28T21:59", "the same moment, in Los Angeles");
        // A date typed anew is read in the new zone.
        draft.closes_at = "2027-03-31T23:59".into();
        let saved = check_details(&draft, &current(), running).expect("saved");
        assert_eq!(saved.closes_at, Utc.with_ymd_and_hms(2027, 4, 1, 6, 59, 0).single().expect("time"));
    }

    #[test]
    fn closing_before_opening_is_refused() {
        let mut draft = current().draft();
        draft.closes_at = "2026-12-31T23:00".into();
        let problems = check_details(&draft, &current(), before_opening()).expect_err("refused");
        assert_eq!(problems[0].field, DetailsField::ClosesAt);
        assert!(problems[0].message.contains("close after it opens"));
    }

    #[test]
    fn published_results_freeze_time_and_teams_keep_their_members() {
        let published = EditContext { results_published: true, largest_team: 4, ..before_opening() };
        let mut draft = current().draft();
        draft.time_zone = "Europe/Madrid".into();
        draft.max_team_size = "3".into();
        draft.title = "A new title".into();
        let problems = check_details(&draft, &current(), published).expect_err("refused");
        assert_eq!(fields(&problems), vec![DetailsField::TimeZone, DetailsField::MaxTeamSize]);
        assert!(problems[1].message.contains("already has 4 members"));
        let mut title_only = current().draft();
        title_only.title = "A new title".into();
        assert!(check_details(&title_only, &current(), published).is_ok(), "words may still change");
    }

    #[test]
    fn a_local_time_a_clock_change_skips_is_explained() {
        let mut draft = current().draft();
        // Chicago skips 02:00-03:00 on 14 March 2027.
        draft.closes_at = "2027-03-14T02:30".into();
        let problems = check_details(&draft, &current(), before_opening()).expect_err("refused");
        assert!(problems[0].message.contains("does not exist"), "{}", problems[0].message);
    }

    #[test]
    fn a_new_challenge_is_checked_by_the_same_rules() {
        let now = before_opening().now;
        let mut draft = current().draft();
        draft.contact = "questions@example.org".into();
        let details = check_new_details(&draft, now).expect("a valid new challenge");
        assert_eq!(details.contact, "questions@example.org");
        assert_eq!(details.opens_at, current().opens_at);

        let empty = DetailsDraft { time_zone: "UTC".into(), ..DetailsDraft::default() };
        let problems = check_new_details(&empty, now).expect_err("refused");
        assert!(problems.iter().any(|p| p.field == DetailsField::Title && p.message == "Write a title."));
        assert!(problems.iter().any(|p| p.field == DetailsField::OpensAt));

        let mut past = current().draft();
        past.opens_at = "2026-01-01T00:00".into();
        past.closes_at = "2026-02-01T00:00".into();
        past.contact = "x".repeat(MAX_CONTACT + 1);
        let problems = check_new_details(&past, now).expect_err("refused");
        assert_eq!(fields(&problems), vec![DetailsField::Contact, DetailsField::ClosesAt]);
        assert!(problems[1].message.contains("already passed"));
    }
}
