//! The organizers' list of a coding track's entries: which entries a filter
//! asks for, what it says when a filter value is unknown, and how the list
//! is cut into pages. Pure: the store runs the query, the web reads the URL.

use crate::submission::SubmissionStatus;
use crate::verdict::Verdict;

/// Entries shown on one page of the organizers' list.
pub const PER_PAGE: u64 = 50;

/// The longest team-name fragment searched for.
pub const MAX_TEAM_QUERY: usize = 100;

/// What the status filter can ask for: an entry's status, or that it was
/// disqualified (which is not a status: a disqualified entry keeps its
/// status and score, and leaves the leaderboards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Is(SubmissionStatus),
    Disqualified,
}

impl StatusFilter {
    pub fn all() -> Vec<StatusFilter> {
        let mut all: Vec<StatusFilter> = SubmissionStatus::ALL.into_iter().map(StatusFilter::Is).collect();
        all.push(StatusFilter::Disqualified);
        all
    }

    /// The value in the URL.
    pub fn name(self) -> &'static str {
        match self {
            StatusFilter::Is(status) => status.name(),
            StatusFilter::Disqualified => "disqualified",
        }
    }

    pub fn label(self) -> String {
        match self {
            StatusFilter::Is(status) => status.label(),
            StatusFilter::Disqualified => plaza_i18n::tr("entry-status-disqualified-label"),
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::all().into_iter().find(|f| f.name() == input)
    }
}

/// Which entries of a track to list. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryFilter {
    pub status: Option<StatusFilter>,
    pub verdict: Option<Verdict>,
    /// Part of the team's name (or its public alias), any case.
    pub team: Option<String>,
}

impl EntryFilter {
    /// The filter the URL asks for, and one plain sentence for each value
    /// that is not understood (that part of the filter is then left out,
    /// so the page still shows entries).
    pub fn parse(status: &str, verdict: &str, team: &str) -> (EntryFilter, Vec<String>) {
        let mut problems = Vec::new();
        let mut filter = EntryFilter::default();
        let status = status.trim();
        if !status.is_empty() {
            match StatusFilter::parse(status) {
                Some(found) => filter.status = Some(found),
                None => problems.push(plaza_i18n::tr_with(
                    "core-entry-list-unknown-status",
                    &[
                        ("given", shorten(status).into()),
                        ("names", StatusFilter::all().iter().map(|s| s.name()).collect::<Vec<_>>().join(", ").into()),
                    ],
                )),
            }
        }
        let verdict = verdict.trim();
        if !verdict.is_empty() {
            match Verdict::parse(verdict) {
                Some(found) => filter.verdict = Some(found),
                None => problems.push(plaza_i18n::tr_with(
                    "core-entry-list-unknown-verdict",
                    &[
                        ("given", shorten(verdict).into()),
                        ("names", Verdict::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ").into()),
                    ],
                )),
            }
        }
        let team = team.trim();
        if team.chars().count() > MAX_TEAM_QUERY {
            problems.push(plaza_i18n::tr_with("core-entry-list-team-too-long", &[("max", MAX_TEAM_QUERY.into())]));
        } else if !team.is_empty() {
            filter.team = Some(team.to_owned());
        }
        (filter, problems)
    }

    pub fn is_empty(&self) -> bool {
        self.status.is_none() && self.verdict.is_none() && self.team.is_none()
    }

    /// The `LIKE` pattern that finds `team` anywhere in a lowercased name,
    /// with `!` escaping the pattern's own wildcards.
    pub fn team_pattern(&self) -> Option<String> {
        let team = self.team.as_deref()?;
        let mut pattern = String::from("%");
        for c in team.to_lowercase().chars() {
            if matches!(c, '%' | '_' | '!') {
                pattern.push('!');
            }
            pattern.push(c);
        }
        pattern.push('%');
        Some(pattern)
    }
}

fn shorten(input: &str) -> String {
    input.chars().take(40).collect()
}

/// One page of a list: which page was asked for, and how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// From 1.
    pub page: u64,
    pub per_page: u64,
}

impl Paging {
    /// The page of `?page=`; anything but a whole number from 1 gives a
    /// sentence and the first page.
    pub fn parse(input: &str) -> (Paging, Option<String>) {
        let input = input.trim();
        let first = Paging { page: 1, per_page: PER_PAGE };
        if input.is_empty() {
            return (first, None);
        }
        match input.parse::<u64>() {
            Ok(page) if (1..=1_000_000).contains(&page) => (Paging { page, ..first }, None),
            _ => (first, Some(plaza_i18n::tr_with("core-entry-list-not-a-page", &[("given", shorten(input).into())]))),
        }
    }

    pub fn offset(self) -> u64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// How many pages `total` rows fill (at least one).
    pub fn pages(self, total: u64) -> u64 {
        total.div_ceil(self.per_page).max(1)
    }

    pub fn has_previous(self) -> bool {
        self.page > 1
    }

    pub fn has_next(self, total: u64) -> bool {
        self.page < self.pages(total)
    }

    /// Whether the page asked for lies past the last one.
    pub fn beyond_end(self, total: u64) -> bool {
        self.offset() >= total && self.page > 1
    }

    /// "Showing 51–100 of 3,204 entries", "Showing 1 entry", "No entries".
    /// `noun` is the singular and the plural, in the reader's language.
    pub fn showing(self, total: u64, shown: u64, noun: (&str, &str)) -> String {
        let (one, many) = noun;
        if total == 0 {
            return plaza_i18n::tr_with("core-entry-list-showing-none", &[("many", many.into())]);
        }
        if total == 1 && shown == 1 {
            return plaza_i18n::tr_with("core-entry-list-showing-one", &[("one", one.into())]);
        }
        if shown == 0 {
            return plaza_i18n::tr_with(
                "core-entry-list-showing-past-end",
                &[
                    ("many", many.into()),
                    ("page", self.page.into()),
                    ("total", thousands(total).into()),
                    ("pages", thousands(self.pages(total)).into()),
                ],
            );
        }
        let first = self.offset() + 1;
        let last = self.offset() + shown;
        plaza_i18n::tr_with(
            "core-entry-list-showing",
            &[
                ("many", many.into()),
                ("first", thousands(first).into()),
                ("last", thousands(last).into()),
                ("total", thousands(total).into()),
            ],
        )
    }
}

/// 3204 -> "3,204".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_filter_values_filter_and_unknown_ones_are_explained_and_left_out() {
        let (filter, problems) = EntryFilter::parse("failed", "time_limit", "  Owls ");
        assert_eq!(filter.status, Some(StatusFilter::Is(SubmissionStatus::Failed)));
        assert_eq!(filter.verdict, Some(Verdict::TimeLimit));
        assert_eq!(filter.team.as_deref(), Some("Owls"));
        assert!(problems.is_empty());

        let (filter, problems) = EntryFilter::parse("done", "slow", "");
        assert!(filter.is_empty());
        assert_eq!(problems.len(), 2);
        assert!(problems[0].contains("“done” is not a status"), "{}", problems[0]);
        assert!(problems[0].contains("queued, running, scored, failed, cancelled, disqualified"), "{}", problems[0]);
        assert!(problems[1].contains("“slow” is not a verdict"), "{}", problems[1]);

        let (filter, _) = EntryFilter::parse("disqualified", "", "");
        assert_eq!(filter.status, Some(StatusFilter::Disqualified));
    }

    #[test]
    fn a_team_search_escapes_wildcards_and_ignores_case() {
        let (filter, _) = EntryFilter::parse("", "", "100%_Fun!");
        assert_eq!(filter.team_pattern().as_deref(), Some("%100!%!_fun!!%"));
        let (filter, problems) = EntryFilter::parse("", "", &"x".repeat(MAX_TEAM_QUERY + 1));
        assert!(filter.team.is_none());
        assert!(problems[0].contains("at most 100 characters"));
    }

    #[test]
    fn pages_count_from_one_and_say_what_they_show() {
        let (paging, problem) = Paging::parse("2");
        assert!(problem.is_none());
        assert_eq!(paging.offset(), 50);
        assert_eq!(paging.showing(3204, 50, ("entry", "entries")), "Showing 51–100 of 3,204 entries.");
        assert!(paging.has_previous() && paging.has_next(3204));
        assert_eq!(paging.pages(3204), 65);
        assert!(!paging.has_next(100));

        for bad in ["0", "-1", "two", "99999999999"] {
            let (paging, problem) = Paging::parse(bad);
            assert_eq!(paging.page, 1, "{bad}");
            assert!(problem.unwrap_or_default().contains("is not a page number"), "{bad}");
        }
        let (paging, _) = Paging::parse("9");
        assert!(paging.beyond_end(120));
        assert_eq!(
            paging.showing(120, 0, ("entry", "entries")),
            "No entries on page 9: there are 120 entries in 3 pages."
        );
        assert_eq!(Paging::parse("").0.showing(0, 0, ("entry", "entries")), "No entries.");
        assert_eq!(Paging::parse("").0.showing(1, 1, ("entry", "entries")), "Showing 1 entry.");
    }

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
