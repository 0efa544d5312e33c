//! What each file Plaza exports for organizers holds, column by column, in
//! plain words. A CSV's header row and the results package's README are
//! both built from these tables, so no column goes undescribed. The files
//! themselves are written with [`crate::csv_export`] (spreadsheet-safe).

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::Criterion;
use crate::judging::{AggregateOptions, Review, ReviewError, aggregate};

/// One column of an exported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The heading; for a column repeated per rubric criterion, the text
    /// before the criterion's name (`"mean: "` gives `mean: Impact`).
    pub name: &'static str,
    /// What it holds, in plain words.
    pub about: &'static str,
    /// Repeated once per rubric criterion, in rubric order.
    pub per_criterion: bool,
}

const fn col(name: &'static str, about: &'static str) -> Column {
    Column { name, about, per_criterion: false }
}

const fn per_criterion(name: &'static str, about: &'static str) -> Column {
    Column { name, about, per_criterion: true }
}

/// The kinds of file an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileKind {
    LeaderboardCsv,
    LeaderboardJson,
    Entries,
    Ideas,
    JudgingResults,
    JudgingScores,
    JudgingAudit,
    Questions,
    DataReports,
    DataStories,
    PeoplesChoice,
}

impl FileKind {
    pub const ALL: [FileKind; 11] = [
        FileKind::LeaderboardCsv,
        FileKind::LeaderboardJson,
        FileKind::Entries,
        FileKind::Ideas,
        FileKind::JudgingResults,
        FileKind::JudgingScores,
        FileKind::JudgingAudit,
        FileKind::Questions,
        FileKind::DataReports,
        FileKind::DataStories,
        FileKind::PeoplesChoice,
    ];

    /// A heading for the README.
    pub fn title(self) -> &'static str {
        match self {
            FileKind::LeaderboardCsv => "Leaderboards (CSV)",
            FileKind::LeaderboardJson => "Leaderboards (JSON)",
            FileKind::Entries => "Entries of coding tracks",
            FileKind::Ideas => "Ideas",
            FileKind::JudgingResults => "Judging results",
            FileKind::JudgingScores => "Judges' scores",
            FileKind::JudgingAudit => "Judging audit log",
            FileKind::Questions => "Questions and answers",
            FileKind::DataReports => "Reports about the data",
            FileKind::DataStories => "Stories behind the data",
            FileKind::PeoplesChoice => "People's choice",
        }
    }

    /// What a file of this kind is, in plain words.
    pub fn about(self) -> &'static str {
        match self {
            FileKind::LeaderboardCsv => {
                "One row per team, best first. The public board ranks each team's best score on the public part of the hidden answers (what everyone saw during the challenge). The private board ranks the teams' chosen entries on the private part: the final ranking. Entries without a score, failed or disqualified entries are never ranked; a tie goes to the earlier entry."
            }
            FileKind::LeaderboardJson => {
                "The same board as the CSV file of the same name, for programs: an object with the fields below and a list of rows."
            }
            FileKind::Entries => {
                "Every entry sent to the challenge's coding tracks (predictions files and programs), oldest first, with its result. Private scores are for organizers only until the results are published."
            }
            FileKind::Ideas => {
                "Every idea organizers may read (sent by its team, or entered by staff for a resident), oldest first. Drafts a team never sent are not included."
            }
            FileKind::JudgingResults => {
                "One row per idea that can be judged on the track, ranked on the judges' weighted scores, with the decision (winner, runner-up) and its published reason."
            }
            FileKind::JudgingScores => {
                "One row per review: one judge's scores for one idea, with the judge's name and email, the weighted score and the same score normalized against that judge's other reviews."
            }
            FileKind::Questions => {
                "Every question residents asked about the challenge, oldest first, with what the organizers did: published (with the answer, if any), declined (with the reason the asker read) or still waiting. Who asked is left out."
            }
            FileKind::DataReports => {
                "Every report residents sent about a problem in a dataset, oldest first, with what was done: confirmed (with the correction, and the version of the file it went into once published), not confirmed (with the reason its sender read), already reported, or waiting. Who sent it is left out, except the name a sender asked to be thanked by."
            }
            FileKind::DataStories => {
                "Every story residents and local groups told about a dataset, oldest first, with its state: waiting, published (with any note about a fixed mistake) or declined (with the reason its author read). Who wrote it is left out, except the organization they wrote for."
            }
            FileKind::PeoplesChoice => {
                "One row per idea on a track's people's choice ballot, most votes first. The counts are filled in only once the vote has closed; votes set aside by organizers are counted apart. This vote is separate from the judges' ranking."
            }
            FileKind::JudgingAudit => {
                "Every step of judging in order: the rubric, opening and closing, assignments, scores, edits, undos, recusals, decisions and publishing. The reviews can be rebuilt from it. Numeric ids come first (as in earlier exports); the names are in the last columns."
            }
        }
    }

    /// Its columns (for JSON, its fields).
    pub fn columns(self) -> &'static [Column] {
        match self {
            FileKind::LeaderboardCsv => LEADERBOARD,
            FileKind::LeaderboardJson => LEADERBOARD_JSON,
            FileKind::Entries => ENTRIES,
            FileKind::Ideas => IDEAS,
            FileKind::JudgingResults => JUDGING_RESULTS,
            FileKind::JudgingScores => JUDGING_SCORES,
            FileKind::JudgingAudit => JUDGING_AUDIT,
            FileKind::Questions => QUESTIONS,
            FileKind::DataReports => DATA_REPORTS,
            FileKind::DataStories => DATA_STORIES,
            FileKind::PeoplesChoice => PEOPLES_CHOICE,
        }
    }
}

/// A leaderboard, as the page shows it.
pub const LEADERBOARD: &[Column] = &[
    col("rank", "Place on the board, from 1."),
    col("team", "The team's name as the leaderboard shows it (its public alias when it chose one)."),
    col("score", "The score that ranks the team on this board, with six decimals."),
    col("entries", "How many entries the team sent that Plaza checked."),
    col("last_entry_at", "When the ranked entry was sent, in UTC (RFC 3339, e.g. 2027-02-28T23:59:59Z)."),
];

/// The fields of a leaderboard as JSON.
pub const LEADERBOARD_JSON: &[Column] = &[
    col("board", "\"public\" or \"private\": which part of the hidden answers ranks the teams."),
    col("metric", "The metric's short name, e.g. roc_auc."),
    col("higher_is_better", "true when a higher score is better, false when a lower one is."),
    col("teams", "How many teams are ranked."),
    col("rows", "The ranked teams, each with rank, team, score (a number), entries and last_entry_at as in the CSV."),
];

/// Entries of the coding tracks.
pub const ENTRIES: &[Column] = &[
    col("id", "The entry's number in Plaza."),
    col("track", "The track's short name (slug)."),
    col("team_id", "The team's number in Plaza."),
    col("team", "The team's name (its real name, not a public alias)."),
    col("sent_by", "The name of the team member who sent it."),
    col("sent_by_email", "That member's email address."),
    col("submitted_at", "When it was sent, in UTC (RFC 3339)."),
    col("status", "queued, running, scored, failed (Plaza could not score it) or cancelled."),
    col(
        "verdict",
        "The result of checking it: ok, invalid_output, time_limit, memory_limit, output_limit, runtime_error or compile_error; empty until scored.",
    ),
    col("public_score", "The score on the public part of the hidden answers; empty when there is none."),
    col("private_score", "The score on the private part; empty when there is none."),
    col("selected", "yes when the team chose it for the final ranking."),
    col("disqualified", "The reason an organizer gave for disqualifying it; empty when it was not."),
    col("file_name", "The file name the team uploaded."),
    col("size_bytes", "The file's size in bytes."),
    col("sha256", "The file's SHA-256 fingerprint (how Plaza stores it)."),
    col("scored_at", "When scoring finished, in UTC (RFC 3339); empty until then."),
    col("message", "What Plaza told the team about the result."),
];

/// Ideas, for organizers.
pub const IDEAS: &[Column] = &[
    col("id", "The idea's number in Plaza."),
    col("track", "The track's short name (slug)."),
    col("title", "The idea's title."),
    col("status", "draft (entered by staff, not sent yet), submitted or withdrawn."),
    col("team", "The entering team's name; empty for a resident without an account."),
    col("contact", "The resident's name and email address."),
    col("entered_by_staff", "yes when staff entered it on a resident's behalf."),
    col("channel", "How staff received it: paper_form, phone or in_person; empty otherwise."),
    col(
        "confirmation",
        "For ideas entered by staff: pending, confirmed (by the resident) or attested (read back by phone).",
    ),
    col("confirmed_at", "When the resident confirmed it, in UTC (RFC 3339)."),
    col("created_at", "When it was first saved, in UTC (RFC 3339)."),
    col("submitted_at", "When it was sent, in UTC (RFC 3339); empty if never sent."),
    col("updated_at", "When it last changed, in UTC (RFC 3339)."),
    col("version", "1, counting up each time its text changed after a judge had scored it."),
];

/// Residents' questions and the organizers' answers (`questions.csv`).
pub const QUESTIONS: &[Column] = &[
    col("id", "The question's number in Plaza."),
    col("question", "The question as asked."),
    col("status", "pending (waiting for the organizers), published or declined."),
    col("answer", "The organizers' answer; empty if none yet."),
    col("decline_reason", "Why a declined question was not published (its asker read it)."),
    col("pinned", "yes when the answer is pinned under the brief."),
    col("asked_at", "When it was asked, in UTC (RFC 3339)."),
    col("answered_at", "When it was answered, in UTC (RFC 3339); empty if not."),
];

/// Residents' reports about the data (`data_reports.csv`).
pub const DATA_REPORTS: &[Column] = &[
    col("id", "The report's number in Plaza."),
    col("dataset", "The dataset's short name (slug)."),
    col("about", "row, column or file: what the report is about."),
    col("row", "For a row: its number in the file it was reported in, counting data rows from 1."),
    col("column", "The column it names; empty when none."),
    col("problem", "What the sender said is wrong."),
    col("should_be", "What the sender said it should be; empty if they did not say."),
    col("how_known", "How the sender knows; empty if they did not say."),
    col("status", "waiting, confirmed, rejected (not confirmed) or duplicate (already reported)."),
    col("reason", "Why a report was not confirmed (its sender read it)."),
    col("duplicate_of", "For an already reported problem: the number of the report it repeats."),
    col("correction", "For a confirmed report about one value: the value it gets."),
    col("before", "Once published: the value the cell had before."),
    col("corrected_in_version", "Once published: the number of the file's version that has the correction."),
    col("thanks_to", "The name the sender asked to be thanked by; empty when they did not ask."),
    col("has_photo", "yes when the sender added a photo (kept in Plaza, not in this file)."),
    col("sent_at", "When it was sent, in UTC (RFC 3339)."),
    col("checked_at", "When it was last confirmed, rejected or marked, in UTC (RFC 3339); empty if not yet."),
];

/// Residents' stories about the data (`data_stories.csv`).
pub const DATA_STORIES: &[Column] = &[
    col("id", "The story's number in Plaza."),
    col("dataset", "The dataset's short name (slug)."),
    col("title", "The story's title."),
    col("story", "The story as published (or as sent, when not published)."),
    col("place", "The place it is about; empty when none."),
    col("date_from", "The first day it is about (YYYY-MM-DD); empty when none."),
    col("date_to", "The last day it is about (YYYY-MM-DD); empty when none."),
    col("rows", "The rows of the file it is about, as written; empty when none."),
    col("organization", "The organization its author wrote for; empty when in their own name."),
    col("status", "waiting, published or declined."),
    col("reason", "Why a declined story was not published (its author read it)."),
    col("edit_note", "What the moderators fixed, as shown with the story."),
    col("has_picture", "yes when it has a picture (kept in Plaza, not in this file)."),
    col("sent_at", "When it was sent, in UTC (RFC 3339)."),
    col("published_at", "When it was first published, in UTC (RFC 3339); empty if never."),
];

/// A track's people's choice vote (`peoples_choice/<track>.csv`).
pub const PEOPLES_CHOICE: &[Column] = &[
    col("idea", "The idea's number in Plaza."),
    col("title", "The idea's title."),
    col("votes", "Votes counted, once the vote has closed; empty while it is open."),
    col("set_aside", "Votes for it that organizers set aside, once the vote has closed."),
    col("closes_at", "When the vote closes (or closed), in UTC (RFC 3339)."),
];

/// The judging results of an ideas track (`results.csv`).
pub const JUDGING_RESULTS: &[Column] = &[
    col("idea", "The idea's number in Plaza."),
    col("title", "The idea's title."),
    col("sent_by", "The team's name, or the resident's name for an idea entered by staff."),
    col("contact", "The resident's name and email address."),
    col("assisted", "yes when staff entered it on a resident's behalf."),
    col("reviews", "How many judges scored it."),
    col("too_few_reviews", "yes when it has fewer reviews than the track needs, so it is not ranked."),
    col("rank", "Its place on the judges' weighted scores, from 1 (ties share a place); empty when not ranked."),
    col("raw_mean", "The mean of its weighted scores, on the 1 to 5 scale."),
    col("raw_spread", "How far the judges disagree: the standard deviation of its weighted scores."),
    col("normalized_mean", "The mean of its scores normalized per judge (0 is a judge's average)."),
    per_criterion("mean: ", "The mean score on that criterion of the rubric, 1 to 5."),
    col("decision", "Winner or runner-up when the organizers chose it; empty otherwise."),
    col("reason", "Why it was chosen, as published beside it."),
    col("reviews_of_earlier_version", "How many reviews are of an earlier version of its text."),
];

/// Every judge's review of an ideas track (`scores.csv`).
pub const JUDGING_SCORES: &[Column] = &[
    col("idea", "The idea's number in Plaza."),
    col("title", "The idea's title."),
    col("judge", "The judge's number in Plaza."),
    col("judge_name", "The judge's name."),
    col("judge_email", "The judge's email address."),
    per_criterion("score: ", "The judge's score on that criterion of the rubric, 1 to 5."),
    col("weighted_score", "The judge's scores weighted by the rubric, on the 1 to 5 scale."),
    col(
        "normalized_score",
        "The weighted score normalized against the judge's other reviews (a z-score: 0 is the judge's own average); 0 when the judge has fewer than two reviews or gave all the same score.",
    ),
    col("idea_version", "The version of the idea's text the judge scored."),
    col("scored_at", "When the judge first scored it, in UTC (RFC 3339)."),
    col("updated_at", "When the judge last changed the scores, in UTC (RFC 3339)."),
];

/// The judging audit log of an ideas track (`audit.csv`).
pub const JUDGING_AUDIT: &[Column] = &[
    col("id", "The step's number, in the order the steps happened."),
    col("at", "When it happened, in UTC (RFC 3339)."),
    col(
        "kind",
        "What happened: rubric, open, close, reopen, assign, score, edit, undo, recuse, decide, undecide, publish, declare, and the conflict and feedback steps.",
    ),
    col("actor", "The number of the person who did it; empty when Plaza did it."),
    col("idea", "The number of the idea concerned, if any."),
    col("judge", "The number of the judge concerned, if any."),
    col("scores", "The judge's scores after the step, one per criterion in rubric order, separated by spaces."),
    col("feedback", "The judge's feedback to the entrant after the step."),
    col("private_note", "The judge's note for organizers after the step."),
    col("note", "A reason: a recusal's or a decision's, for example."),
    col("actor_name", "The name of the person who did it."),
    col("judge_name", "The name of the judge concerned."),
    col("idea_title", "The title of the idea concerned."),
];

/// The header row of a file with `columns`, a per-criterion column repeated
/// once for each of `criteria`.
pub fn header(columns: &[Column], criteria: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(columns.len() + criteria.len());
    for column in columns {
        if column.per_criterion {
            out.extend(criteria.iter().map(|c| format!("{}{c}", column.name)));
        } else {
            out.push(column.name.to_owned());
        }
    }
    out
}

/// A time as exports write it: UTC, RFC 3339, whole seconds.
pub fn utc(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `yes` or `no`.
pub fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// One file of a results package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFile {
    /// Its path inside the package, e.g. `leaderboards/predict-public.csv`.
    pub path: String,
    pub kind: FileKind,
    /// What this one file is about, e.g. "Track “Predict”: public board".
    pub note: String,
}

/// The README of a results package: every file and, for each kind of file,
/// every column, in plain words.
pub fn package_readme(challenge_title: &str, made_at: DateTime<Utc>, files: &[PackageFile]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Results package: {challenge_title}\n");
    let _ = writeln!(
        out,
        "Made by Plaza on {} (UTC). Every CSV file opens in a spreadsheet: a cell that a spreadsheet would run as a formula starts with an apostrophe ('), so it stays text. Times are in UTC, written as RFC 3339 (2027-02-28T23:59:59Z).\n",
        utc(made_at)
    );
    let _ = writeln!(out, "## Files\n");
    for file in files {
        let _ = writeln!(out, "- `{}`: {} ({}).", file.path, file.note, file.kind.title());
    }
    for kind in FileKind::ALL {
        let of_kind: Vec<&PackageFile> = files.iter().filter(|f| f.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", kind.title());
        let _ = writeln!(out, "{}\n", kind.about());
        let paths: Vec<String> = of_kind.iter().map(|f| format!("`{}`", f.path)).collect();
        let _ = writeln!(out, "Files: {}.\n", paths.join(", "));
        let what = if kind == FileKind::LeaderboardJson { "Fields" } else { "Columns" };
        let _ = writeln!(out, "{what}:\n");
        for column in kind.columns() {
            if column.per_criterion {
                let _ = writeln!(
                    out,
                    "- `{}<criterion>` (one column for each criterion of the rubric): {}",
                    column.name, column.about
                );
            } else {
                let _ = writeln!(out, "- `{}`: {}", column.name, column.about);
            }
        }
    }
    out
}

/// The weighted and normalized score of one review.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReviewScore {
    /// `Σ weight × score / Σ weight`, on the 1 to 5 scale.
    pub weighted: f64,
    /// The weighted score as a z-score among its judge's reviews, exactly
    /// as [`aggregate`] normalizes it (0 when it cannot).
    pub normalized: f64,
}

/// Each review's weighted and normalized score, in the order of `reviews`.
pub fn review_scores(criteria: &[Criterion], reviews: &[Review]) -> Result<Vec<ReviewScore>, ReviewError> {
    let mut entries: Vec<i64> = reviews.iter().map(|r| r.entry).collect();
    entries.sort_unstable();
    entries.dedup();
    let result = aggregate(&entries, criteria, reviews, &AggregateOptions::default())?;
    let total: u64 = criteria.iter().map(|c| u64::from(c.weight)).sum();
    Ok(reviews
        .iter()
        .map(|review| {
            let sum: u64 = criteria.iter().zip(&review.scores).map(|(c, &s)| u64::from(c.weight) * u64::from(s)).sum();
            let weighted = sum as f64 / total.max(1) as f64;
            let normalized = result
                .judges
                .iter()
                .find(|j| j.judge == review.judge)
                .filter(|j| j.normalized && j.sd > 0.0)
                .map_or(0.0, |j| (weighted - j.mean) / j.sd);
            ReviewScore { weighted, normalized }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(name: &str, weight: u32) -> Criterion {
        Criterion { name: name.into(), weight, description: String::new(), levels: Vec::new() }
    }

    #[test]
    fn per_criterion_columns_repeat_for_each_criterion() {
        let criteria = ["Impact".to_owned(), "Cost".to_owned()];
        let header = header(JUDGING_SCORES, &criteria);
        assert_eq!(
            &header[..7],
            ["idea", "title", "judge", "judge_name", "judge_email", "score: Impact", "score: Cost"]
        );
        assert_eq!(header.len(), JUDGING_SCORES.len() - 1 + 2);
        assert_eq!(super::header(LEADERBOARD, &[]), ["rank", "team", "score", "entries", "last_entry_at"]);
    }

    #[test]
    fn the_audit_log_keeps_its_first_columns_in_place() {
        let names: Vec<&str> = JUDGING_AUDIT.iter().map(|c| c.name).collect();
        assert_eq!(
            names[..10],
            ["id", "at", "kind", "actor", "idea", "judge", "scores", "feedback", "private_note", "note"]
        );
    }

    #[test]
    fn the_readme_names_every_file_and_every_column() {
        let files: Vec<PackageFile> = FileKind::ALL
            .iter()
            .enumerate()
            .map(|(i, kind)| PackageFile { path: format!("dir/file-{i}.csv"), kind: *kind, note: format!("note {i}") })
            .collect();
        let readme = package_readme("Parks", Utc::now(), &files);
        for file in &files {
            assert!(readme.contains(&format!("`{}`", file.path)), "{}", file.path);
            assert!(readme.contains(&file.note));
        }
        for kind in FileKind::ALL {
            assert!(readme.contains(kind.about()));
            for column in kind.columns() {
                assert!(readme.contains(&format!("`{}", column.name)), "{kind:?} {}", column.name);
                assert!(readme.contains(column.about), "{kind:?} {}", column.name);
            }
        }
    }

    #[test]
    fn times_are_utc_rfc3339_in_whole_seconds() {
        let at = DateTime::parse_from_rfc3339("2027-02-28T23:59:59.123+01:00").map(|t| t.with_timezone(&Utc));
        assert_eq!(at.map(utc).ok().as_deref(), Some("2027-02-28T22:59:59Z"));
    }

    #[test]
    fn review_scores_weigh_and_normalize_like_the_aggregate() -> Result<(), ReviewError> {
        let criteria = [criterion("Impact", 3), criterion("Cost", 1)];
        let review = |judge, entry, scores: [u8; 2]| Review { judge, entry, scores: scores.to_vec() };
        let reviews = [review(1, 10, [5, 3]), review(1, 11, [3, 3]), review(2, 10, [4, 4])];
        let scores = review_scores(&criteria, &reviews)?;
        assert_eq!(scores[0].weighted, 4.5);
        assert_eq!(scores[1].weighted, 3.0);
        assert_eq!(scores[2].weighted, 4.0);
        // Judge 1: 4.5 and 3.0, mean 3.75, sd 0.75: z = ±1. Judge 2 has one review: 0.
        assert!((scores[0].normalized - 1.0).abs() < 1e-12, "{scores:?}");
        assert!((scores[1].normalized + 1.0).abs() < 1e-12, "{scores:?}");
        assert_eq!(scores[2].normalized, 0.0);
        Ok(())
    }
}
