//! Entries of ideas tracks: what a resident writes, how it is checked, the
//! files attached to it, and who entered it (the resident, or staff on their
//! behalf from a paper form or a phone call).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::challenge::{BlobRef, Question, QuestionKind};
use crate::judging::names::{NameMatch, compare_normalized, normalize_name};
use crate::user::{TeamId, UserId};

/// Longest title, in characters.
pub const MAX_TITLE: usize = 120;
/// Longest one-paragraph summary.
pub const MAX_SUMMARY: usize = 600;
/// Longest long answer (problem, proposal, long-text questions).
pub const MAX_LONG: usize = 8000;
/// Longest short answer (beneficiaries, short-text questions, links).
pub const MAX_SHORT: usize = 500;
/// Largest attached file.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// Most files on one entry.
pub const MAX_FILES: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStatus {
    /// Saved, not yet sent: only its team sees it.
    Draft,
    /// Sent: judges may read it. Editable until the deadline.
    Submitted,
    /// Taken back by its team: never judged.
    Withdrawn,
}

impl IdeaStatus {
    pub fn name(self) -> &'static str {
        match self {
            IdeaStatus::Draft => "draft",
            IdeaStatus::Submitted => "submitted",
            IdeaStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [IdeaStatus::Draft, IdeaStatus::Submitted, IdeaStatus::Withdrawn].into_iter().find(|s| s.name() == input)
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("idea-status-{}-label", self.name()))
    }
}

/// Organizations, people and neighbourhoods someone is tied to. Entrants
/// declare theirs on the entry; judges declare theirs before they see any
/// entry, and a match is a conflict of interest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Affiliations {
    #[serde(default)]
    pub organizations: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
}

fn normalized(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Affiliations {
    /// One name per line (or separated by commas or semicolons), blanks dropped,
    /// at most 50 names of at most 200 characters each.
    pub fn parse_list(text: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in text.split(['\n', ',', ';']) {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.is_empty() || out.iter().any(|n| normalized(n) == normalized(&name)) {
                continue;
            }
            out.push(name.chars().take(200).collect());
            if out.len() == 50 {
                break;
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.organizations.is_empty() && self.people.is_empty() && self.neighbourhoods.is_empty()
    }

    /// The kinds of names with this side's and the other side's lists.
    fn kinds<'a>(&'a self, other: &'a Affiliations) -> [(&'static str, &'a [String], &'a [String]); 3] {
        [
            ("organization", &self.organizations, &other.organizations),
            ("person", &self.people, &other.people),
            ("neighbourhood", &self.neighbourhoods, &other.neighbourhoods),
        ]
    }

    /// The names both sides declared, each as "organization 'X'": the same
    /// name however written (case, accents, punctuation, British spelling,
    /// common abbreviations; see [`normalize_name`]). Empty when there is no
    /// conflict.
    pub fn shared_with(&self, other: &Affiliations) -> Vec<String> {
        let mut shared = Vec::new();
        for (kind, mine, theirs) in self.kinds(other) {
            let theirs: Vec<String> = theirs.iter().map(|t| normalize_name(t)).collect();
            for name in mine {
                let form = normalize_name(name);
                if !form.is_empty() && theirs.contains(&form) {
                    shared.push(format!("{kind} '{name}'"));
                }
            }
        }
        shared
    }

    /// Names this side declared that look like, but are not, names the other
    /// side declared (a typo, the words in another order): organizers decide
    /// whether each is a conflict.
    pub fn near_names(&self, other: &Affiliations) -> Vec<NearName> {
        let mut near = Vec::new();
        for (kind, mine, theirs) in self.kinds(other) {
            let theirs: Vec<(&String, String)> = theirs.iter().map(|t| (t, normalize_name(t))).collect();
            for name in mine {
                let form = normalize_name(name);
                for (their_name, their_form) in &theirs {
                    if let Some(NameMatch::Near(similarity)) = compare_normalized(&form, their_form) {
                        near.push(NearName { kind, mine: name.clone(), theirs: (*their_name).clone(), similarity });
                    }
                }
            }
        }
        near
    }
}

/// A declared name that looks like one the other side declared.
#[derive(Debug, Clone, PartialEq)]
pub struct NearName {
    /// "organization", "person" or "neighbourhood".
    pub kind: &'static str,
    pub mine: String,
    pub theirs: String,
    /// From [`NEAR_MATCH_THRESHOLD`](crate::judging::names::NEAR_MATCH_THRESHOLD) to 1.
    pub similarity: f64,
}

/// What the entry form holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaFields {
    pub title: String,
    /// One paragraph.
    pub summary: String,
    pub problem: String,
    pub proposal: String,
    /// Slugs of the challenge's datasets the idea uses.
    pub datasets: Vec<String>,
    pub beneficiaries: String,
    /// Team members and how to reach them: never shown to judges.
    pub team_contact: String,
    /// Answers to the track's extra questions (not files), by question key:
    /// one value for text, link and single choice, any number for multiple choice.
    pub answers: BTreeMap<String, Vec<String>>,
}

impl IdeaFields {
    /// Whether judges read the same idea in both: every field but the team
    /// and contact line, which judges never see.
    pub fn same_for_judges(&self, other: &IdeaFields) -> bool {
        let hidden = |f: &IdeaFields| IdeaFields { team_contact: String::new(), ..f.clone() };
        hidden(self) == hidden(other)
    }
}

/// A problem with one field of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    /// The form field's name (`title`, `q_neighbourhood`, ...).
    pub field: String,
    pub message: String,
}

/// `label` is the message id of the field's name ("The title").
fn too_long(field: &str, label: &str, value: &str, max: usize, problems: &mut Vec<FieldProblem>) {
    let count = value.chars().count();
    if count > max {
        problems.push(FieldProblem {
            field: field.into(),
            message: plaza_i18n::tr_with(
                "edits-idea-too-long",
                &[("label", plaza_i18n::tr(label).into()), ("count", count.into()), ("max", max.into())],
            ),
        });
    }
}

/// Whether `value` is an http(s) address with a host.
pub fn is_web_link(value: &str) -> bool {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && host.contains('.') && !value.chars().any(char::is_whitespace)
    })
}

/// A web address as people type it: `www.example.org/x` or
/// `example.org` becomes `https://…`; anything else is left as it is (and
/// is then checked by [`is_web_link`]).
pub fn complete_web_link(value: &str) -> String {
    let value = value.trim();
    let has_scheme = value.split_once("://").is_some_and(|(scheme, _)| scheme.chars().all(|c| c.is_ascii_alphabetic()));
    let host = value.split(['/', '?', '#']).next().unwrap_or_default();
    if !has_scheme && host.contains('.') && !host.starts_with('.') && !value.chars().any(char::is_whitespace) {
        format!("https://{value}")
    } else {
        value.to_owned()
    }
}

impl IdeaFields {
    /// Completes the answers to link questions typed without `https://`.
    pub fn complete_links(mut self, questions: &[Question]) -> Self {
        for question in questions.iter().filter(|q| q.kind == QuestionKind::Link) {
            if let Some(values) = self.answers.get_mut(&question.key) {
                for value in values.iter_mut() {
                    *value = complete_web_link(value);
                }
            }
        }
        self
    }

    /// Trims every value and drops empty answers.
    pub fn tidy(mut self) -> Self {
        for text in [
            &mut self.title,
            &mut self.summary,
            &mut self.problem,
            &mut self.proposal,
            &mut self.beneficiaries,
            &mut self.team_contact,
        ] {
            *text = text.trim().replace("\r\n", "\n");
        }
        self.answers = std::mem::take(&mut self.answers)
            .into_iter()
            .map(|(k, v)| {
                (k, v.into_iter().map(|s| s.trim().replace("\r\n", "\n")).filter(|s| !s.is_empty()).collect())
            })
            .filter(|(_, v): &(String, Vec<String>)| !v.is_empty())
            .collect();
        self.datasets.retain(|d| !d.trim().is_empty());
        self
    }

    /// Every problem with the form at once. A draft needs only a title; an
    /// entry to send (`complete`) needs every required field too.
    /// `files` are the question keys that have a file attached.
    pub fn check(
        &self,
        questions: &[Question],
        datasets: &[String],
        files: &[String],
        complete: bool,
    ) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        // `needed` is the message id of the sentence saying the field is missing.
        let mut required = |field: &str, needed: &str, value: &str| {
            if value.is_empty() {
                problems.push(FieldProblem { field: field.into(), message: plaza_i18n::tr(needed) });
            }
        };
        required("title", "edits-idea-title-needed", &self.title);
        if complete {
            required("summary", "edits-idea-summary-needed", &self.summary);
            required("problem", "edits-idea-problem-needed", &self.problem);
            required("proposal", "edits-idea-proposal-needed", &self.proposal);
        }
        too_long("title", "edits-idea-label-title", &self.title, MAX_TITLE, &mut problems);
        too_long("summary", "edits-idea-label-summary", &self.summary, MAX_SUMMARY, &mut problems);
        if self.summary.contains("\n\n") {
            problems.push(FieldProblem {
                field: "summary".into(),
                message: plaza_i18n::tr("edits-idea-summary-one-paragraph"),
            });
        }
        too_long("problem", "edits-idea-label-problem", &self.problem, MAX_LONG, &mut problems);
        too_long("proposal", "edits-idea-label-proposal", &self.proposal, MAX_LONG, &mut problems);
        too_long("beneficiaries", "edits-idea-label-beneficiaries", &self.beneficiaries, MAX_LONG, &mut problems);
        too_long("team_contact", "edits-idea-label-team-contact", &self.team_contact, MAX_SHORT * 4, &mut problems);
        for slug in &self.datasets {
            if !datasets.contains(slug) {
                problems.push(FieldProblem {
                    field: "datasets".into(),
                    message: plaza_i18n::tr_with("edits-idea-unknown-dataset", &[("slug", slug.as_str().into())]),
                });
            }
        }
        for key in self.answers.keys() {
            if !questions.iter().any(|q| &q.key == key && q.kind != QuestionKind::File) {
                problems.push(FieldProblem {
                    field: format!("q_{key}"),
                    message: plaza_i18n::tr("edits-idea-question-not-asked"),
                });
            }
        }
        for question in questions {
            let field = format!("q_{}", question.key);
            let values = self.answers.get(&question.key).map(Vec::as_slice).unwrap_or_default();
            let answered =
                if question.kind == QuestionKind::File { files.contains(&question.key) } else { !values.is_empty() };
            if complete && question.required && !answered {
                problems.push(FieldProblem {
                    field: field.clone(),
                    message: plaza_i18n::tr_with(
                        "edits-idea-answer-needed",
                        &[("question", question.label.as_str().into())],
                    ),
                });
            }
            match question.kind {
                QuestionKind::ShortText | QuestionKind::Link | QuestionKind::SingleChoice if values.len() > 1 => {
                    problems.push(FieldProblem {
                        field: field.clone(),
                        message: plaza_i18n::tr("edits-idea-one-answer-only"),
                    });
                }
                _ => {}
            }
            for value in values {
                match question.kind {
                    QuestionKind::ShortText => {
                        too_long(&field, "edits-idea-label-answer", value, MAX_SHORT, &mut problems);
                    }
                    QuestionKind::LongText => {
                        too_long(&field, "edits-idea-label-answer", value, MAX_LONG, &mut problems);
                    }
                    QuestionKind::Link => {
                        too_long(&field, "edits-idea-label-link", value, MAX_SHORT, &mut problems);
                        if !is_web_link(value) {
                            problems.push(FieldProblem {
                                field: field.clone(),
                                message: plaza_i18n::tr_with(
                                    "edits-idea-not-a-web-address",
                                    &[("value", value.as_str().into())],
                                ),
                            });
                        }
                    }
                    QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                        if !question.options.contains(value) {
                            problems.push(FieldProblem {
                                field: field.clone(),
                                message: plaza_i18n::tr_with(
                                    "edits-idea-not-a-choice",
                                    &[("value", value.as_str().into())],
                                ),
                            });
                        }
                    }
                    QuestionKind::File => {}
                }
            }
        }
        problems
    }
}

/// How staff received an idea they entered for a resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssistChannel {
    PaperForm,
    Phone,
    InPerson,
}

impl AssistChannel {
    pub const ALL: [AssistChannel; 3] = [AssistChannel::PaperForm, AssistChannel::Phone, AssistChannel::InPerson];

    pub fn name(self) -> &'static str {
        match self {
            AssistChannel::PaperForm => "paper_form",
            AssistChannel::Phone => "phone",
            AssistChannel::InPerson => "in_person",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == input)
    }
}

/// Whether the resident behind an assisted entry has confirmed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confirmation {
    /// The resident entered it themself.
    NotNeeded,
    /// Waiting for the resident to follow the emailed link.
    Pending,
    /// The resident followed the link.
    Confirmed,
    /// Staff read the entry back to the resident (by phone) and say so.
    Attested,
}

impl Confirmation {
    pub fn name(self) -> &'static str {
        match self {
            Confirmation::NotNeeded => "",
            Confirmation::Pending => "pending",
            Confirmation::Confirmed => "confirmed",
            Confirmation::Attested => "attested",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [Confirmation::NotNeeded, Confirmation::Pending, Confirmation::Confirmed, Confirmation::Attested]
            .into_iter()
            .find(|c| c.name() == input)
    }
}

/// Who entered an idea on a resident's behalf, and how it reached them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assistance {
    pub by: UserId,
    pub channel: AssistChannel,
    /// The language of the resident's emails, as staff chose it.
    #[serde(default)]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Idea {
    pub id: i64,
    pub challenge_id: i64,
    pub track_id: i64,
    /// The entering team; none for an assisted entry of a resident without an account.
    pub team_id: Option<TeamId>,
    pub author_id: Option<UserId>,
    pub status: IdeaStatus,
    pub fields: IdeaFields,
    pub declared: Affiliations,
    /// The resident's name and address (for assisted entries; the author's otherwise).
    pub contact_name: String,
    pub contact_email: String,
    pub assisted: Option<Assistance>,
    pub confirmation: Confirmation,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// Counts up each time the text changes after a judge scored it (1 before that).
    #[serde(default = "first_version")]
    pub version: i64,
}

fn first_version() -> i64 {
    1
}

impl Idea {
    /// The resident's name and address as "Name <address>", or the name
    /// alone when staff entered it without an address.
    pub fn contact(&self) -> String {
        if self.contact_email.is_empty() {
            self.contact_name.clone()
        } else {
            format!("{} <{}>", self.contact_name, self.contact_email)
        }
    }

    /// Whether organizers may read it: once it was sent, or when staff
    /// entered it. A draft never sent (kept or discarded) is its team's alone.
    pub fn organizers_may_read(&self) -> bool {
        self.submitted_at.is_some() || self.assisted.is_some()
    }

    /// Whether judges may read it: sent, and confirmed by the resident when staff entered it.
    pub fn judgeable(&self) -> bool {
        self.status == IdeaStatus::Submitted && self.confirmation != Confirmation::Pending
    }
}

/// A file attached to an idea: to a file question, or (key empty) to the entry in general.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaFile {
    pub id: i64,
    pub idea_id: i64,
    pub question_key: String,
    pub file_name: String,
    pub content_type: String,
    pub blob: BlobRef,
    pub created_at: DateTime<Utc>,
}

/// The file-name extension of an accepted attachment type.
pub fn attachment_extension(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        _ => "bin",
    }
}

/// The kinds of file an entry may carry, told apart by their first bytes
/// (never by the name a browser sends).
pub fn sniff_attachment(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// A file name safe to show and to send in a header: the last path part,
/// printable ASCII letters, digits, dot, dash and underscore, at most 100 characters.
pub fn safe_file_name(name: &str, content_type: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut clean: String = base
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
        .take(100)
        .collect();
    let clean_trimmed = clean.trim_matches(['.', '_']).to_owned();
    clean = clean_trimmed;
    if clean.is_empty() {
        let ext = attachment_extension(content_type);
        clean = format!("attachment.{ext}");
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(key: &str, kind: QuestionKind, required: bool) -> Question {
        Question {
            key: key.into(),
            label: format!("Question {key}"),
            kind,
            help: String::new(),
            options: if kind.has_options() { vec!["North".into(), "South".into()] } else { Vec::new() },
            required,
        }
    }

    #[test]
    fn a_draft_needs_only_a_title_but_a_sent_entry_needs_the_main_fields() {
        let fields = IdeaFields { title: "Safer crossings".into(), ..IdeaFields::default() };
        assert!(fields.check(&[], &[], &[], false).is_empty());
        let problems = fields.check(&[], &[], &[], true);
        let names: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(names, ["summary", "problem", "proposal"]);
    }

    #[test]
    fn extra_questions_are_checked_by_kind() {
        let questions = [
            question("area", QuestionKind::SingleChoice, true),
            question("site", QuestionKind::Link, false),
            question("sketch", QuestionKind::File, true),
        ];
        let mut fields = IdeaFields {
            title: "T".into(),
            summary: "S".into(),
            problem: "P".into(),
            proposal: "Q".into(),
            ..IdeaFields::default()
        };
        fields.answers.insert("area".into(), vec!["East".into()]);
        fields.answers.insert("site".into(), vec!["example.org".into()]);
        fields.answers.insert("other".into(), vec!["x".into()]);
        let problems = fields.check(&questions, &[], &[], true);
        let text: Vec<_> = problems.iter().map(|p| format!("{}: {}", p.field, p.message)).collect();
        assert!(text.contains(&"q_area: 'East' is not one of the choices.".to_owned()), "{text:?}");
        assert!(text.iter().any(|t| t.starts_with("q_site: 'example.org' is not a web address")), "{text:?}");
        assert!(text.contains(&"q_sketch: 'Question sketch' needs an answer.".to_owned()), "{text:?}");
        assert!(text.contains(&"q_other: This question is not asked here.".to_owned()), "{text:?}");
        assert!(fields.check(&questions, &[], &["sketch".into()], true).iter().all(|p| p.field != "q_sketch"));
    }

    #[test]
    fn unknown_datasets_and_long_text_are_refused() {
        let fields =
            IdeaFields { title: "x".repeat(MAX_TITLE + 1), datasets: vec!["nope".into()], ..IdeaFields::default() };
        let problems = fields.check(&[], &["inspections".into()], &[], false);
        assert!(problems.iter().any(|p| p.field == "title" && p.message.contains("121 characters")));
        assert!(problems.iter().any(|p| p.field == "datasets" && p.message.contains("'nope'")));
    }

    #[test]
    fn conflicts_match_names_whatever_their_case_and_spacing() {
        let judge = Affiliations {
            organizations: Affiliations::parse_list("Friends of the Park\nCity Hall"),
            people: vec!["Ana  Diaz".into()],
            neighbourhoods: vec![],
        };
        let entrant = Affiliations {
            organizations: vec!["friends of the park".into()],
            people: vec!["ana diaz".into()],
            neighbourhoods: vec!["Uptown".into()],
        };
        assert_eq!(judge.shared_with(&entrant), ["organization 'Friends of the Park'", "person 'Ana  Diaz'"]);
        assert!(judge.shared_with(&Affiliations::default()).is_empty());
    }

    #[test]
    fn attachments_are_known_by_their_first_bytes() {
        assert_eq!(sniff_attachment(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(sniff_attachment(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff_attachment(b"<html><script>"), None);
        assert_eq!(sniff_attachment(b"MZ\x90\x00"), None);
        assert_eq!(safe_file_name("../../etc/passwd", "application/pdf"), "passwd");
        assert_eq!(safe_file_name("my map (final).png", "image/png"), "my_map__final_.png");
        assert_eq!(safe_file_name("...", "image/png"), "attachment.png");
    }

    #[test]
    fn links_typed_without_a_scheme_are_completed() {
        assert_eq!(complete_web_link("www.example.org/a"), "https://www.example.org/a");
        assert_eq!(complete_web_link(" example.org "), "https://example.org");
        assert_eq!(complete_web_link("https://example.org"), "https://example.org");
        assert_eq!(complete_web_link("http://example.org"), "http://example.org");
        assert_eq!(complete_web_link("not a link"), "not a link");
        assert_eq!(complete_web_link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(complete_web_link("ftp://x.org"), "ftp://x.org");
        assert!(!is_web_link(&complete_web_link("ftp://x.org")));
        assert!(is_web_link(&complete_web_link("www.city.gov/data?id=3")));
    }

    #[test]
    fn web_links_need_a_scheme_and_a_host() {
        assert!(is_web_link("https://example.org/a"));
        assert!(!is_web_link("javascript:alert(1)"));
        assert!(!is_web_link("https://"));
        assert!(!is_web_link("https://exa mple.org"));
    }
}
