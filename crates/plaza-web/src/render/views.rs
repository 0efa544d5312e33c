//! What pages show, computed from `plaza-core` types: plain words, formatted
//! dates and sizes, rendered Markdown. Templates only lay these out.

use chrono::{DateTime, Utc};
use plaza_core::{Challenge, ChallengeStatus, Dataset, Track, TrackSettings};
use serde::Serialize;

use crate::render::markdown;

#[derive(Serialize)]
pub struct ChallengeCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub host: String,
    pub status: &'static str,
    pub status_label: String,
    pub when: String,
    pub url: String,
}

impl ChallengeCard {
    pub fn new(challenge: &Challenge, now: DateTime<Utc>) -> Self {
        let status = challenge.timeline.status(now);
        Self {
            slug: challenge.slug.to_string(),
            title: challenge.title.clone(),
            summary: challenge.summary.clone(),
            host: challenge.host.clone(),
            status: status.name(),
            status_label: status.label(),
            when: challenge.timeline.in_words(now),
            url: challenge_url(challenge),
        }
    }
}

pub fn challenge_url(challenge: &Challenge) -> String {
    format!("/challenges/{}", challenge.slug)
}

/// A challenge's own page header: its card, and the timeline in full.
#[derive(Serialize)]
pub struct ChallengeView {
    #[serde(flatten)]
    pub card: ChallengeCard,
    pub is_open: bool,
    pub opens: String,
    pub closes: String,
    /// "UTC", "Chicago time": where the challenge's times and days are told.
    pub time_zone: String,
    pub description_html: String,
    /// Where residents ask questions; empty for none.
    pub contact: String,
    /// A link for the contact when it is an email address or a web page.
    pub contact_href: Option<String>,
    pub is_draft: bool,
}

impl ChallengeView {
    pub fn new(challenge: &Challenge, now: DateTime<Utc>) -> Self {
        Self {
            card: ChallengeCard::new(challenge, now),
            is_open: challenge.timeline.status(now) == ChallengeStatus::Open,
            opens: challenge.timeline.moment(challenge.timeline.opens_at),
            closes: challenge.timeline.moment(challenge.timeline.closes_at),
            time_zone: challenge.timeline.zone.label(),
            description_html: markdown::render_brief(&challenge.description_md),
            contact: challenge.contact.clone(),
            contact_href: contact_href(&challenge.contact),
            is_draft: challenge.is_draft(),
        }
    }
}

/// A `mailto:` link for an email address, the address itself for a web
/// page; nothing for other words (a phone number, an office).
fn contact_href(contact: &str) -> Option<String> {
    let contact = contact.trim();
    if contact.contains(char::is_whitespace) {
        return None;
    }
    if let Ok(email) = plaza_core::Email::parse(contact) {
        return Some(format!("mailto:{email}"));
    }
    let url = url::Url::parse(contact).ok()?;
    matches!(url.scheme(), "https" | "http").then(|| url.to_string())
}

#[derive(Serialize)]
pub struct LevelView {
    pub level: usize,
    pub text: String,
}

#[derive(Serialize)]
pub struct CriterionView {
    pub name: String,
    pub weight: u32,
    pub description: String,
    pub levels: Vec<LevelView>,
}

impl CriterionView {
    pub fn new(c: &plaza_core::Criterion) -> Self {
        CriterionView {
            name: c.name.clone(),
            weight: c.weight,
            description: c.description.clone(),
            levels: c
                .levels
                .iter()
                .enumerate()
                .map(|(i, text)| LevelView { level: i + 1, text: text.clone() })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct TrackView {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub kind_explanation: String,
    pub metric_label: String,
    pub metric_explanation: String,
    pub daily_limit: u32,
    pub time_limit: String,
    pub memory_mb: u64,
    pub output_kb: u64,
    pub judges_per_entry: u32,
    pub criteria: Vec<CriterionView>,
}

impl TrackView {
    pub fn new(track: &Track) -> Self {
        let kind = track.kind();
        let mut view = Self {
            slug: track.slug.to_string(),
            title: track.title.clone(),
            description: track.description.clone(),
            kind: kind.name(),
            kind_label: kind.label(),
            kind_explanation: kind.explanation(),
            metric_label: String::new(),
            metric_explanation: String::new(),
            daily_limit: 0,
            time_limit: String::new(),
            memory_mb: 0,
            output_kb: 0,
            judges_per_entry: 0,
            criteria: Vec::new(),
        };
        if let Some(metric) = track.settings.metric() {
            view.metric_label = metric.label().to_owned();
            view.metric_explanation = metric.explanation().to_owned();
        }
        match &track.settings {
            TrackSettings::Predictions { daily_limit, .. } => view.daily_limit = *daily_limit,
            TrackSettings::Code { daily_limit, limits, .. } => {
                view.daily_limit = *daily_limit;
                view.time_limit = seconds(limits.time_ms);
                view.memory_mb = limits.memory_mb;
                view.output_kb = limits.output_kb;
            }
            TrackSettings::Ideas { judges_per_entry, criteria, .. } => {
                view.judges_per_entry = *judges_per_entry;
                view.criteria = criteria.iter().map(CriterionView::new).collect();
            }
        }
        view
    }
}

fn seconds(ms: u64) -> String {
    if ms.is_multiple_of(1000) {
        plaza_i18n::tr_with("web-render-views-seconds", &[("count", (ms / 1000).into())])
    } else {
        let seconds = format!("{:.1}", ms as f64 / 1000.0);
        plaza_i18n::tr_with("web-render-views-seconds-decimal", &[("seconds", seconds.into())])
    }
}

#[derive(Serialize)]
pub struct ColumnView {
    pub name: String,
    pub type_label: String,
    pub description: String,
}

#[derive(Serialize)]
pub struct DatasetView {
    pub slug: String,
    pub title: String,
    pub file_name: String,
    pub size: String,
    pub size_bytes: u64,
    pub sha256: String,
    pub row_count: u64,
    /// "2,192".
    pub rows: String,
    pub column_count: usize,
    pub license: String,
    pub source: String,
    pub description: String,
    pub caveats_html: String,
    pub columns: Vec<ColumnView>,
    pub guide_url: String,
    pub download_url: String,
}

impl DatasetView {
    pub fn new(challenge: &Challenge, dataset: &Dataset) -> Self {
        let guide_url = format!("/challenges/{}/data/{}", challenge.slug, dataset.slug);
        Self {
            slug: dataset.slug.to_string(),
            title: dataset.title.clone(),
            file_name: dataset.file_name.clone(),
            size: human_size(dataset.blob.size),
            size_bytes: dataset.blob.size,
            sha256: dataset.blob.sha256.clone(),
            row_count: dataset.row_count,
            rows: thousands(dataset.row_count),
            column_count: dataset.columns.len(),
            license: dataset.license.clone(),
            source: dataset.source.clone(),
            description: dataset.description.clone(),
            caveats_html: markdown::render(&dataset.caveats),
            columns: dataset
                .columns
                .iter()
                .map(|c| ColumnView {
                    name: c.name.clone(),
                    type_label: c.column_type.label(),
                    description: c.description.clone(),
                })
                .collect(),
            download_url: format!("{guide_url}/download"),
            guide_url,
        }
    }
}

/// "17,075".
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

/// "1.4 MB", "820 KB", "12 bytes".
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return plaza_i18n::tr_with("web-render-views-bytes", &[("count", bytes.into())]);
    }
    let mut value = bytes as f64;
    let mut unit = "KB";
    for next in UNITS {
        if value < 1000.0 {
            break;
        }
        value /= 1000.0;
        unit = next;
    }
    if value < 10.0 { format!("{value:.1} {unit}") } else { format!("{value:.0} {unit}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_plainly() {
        assert_eq!(human_size(12), "12 bytes");
        assert_eq!(human_size(1_400_000), "1.4 MB");
        assert_eq!(human_size(820_000), "820 KB");
        assert_eq!(thousands(17_075), "17,075");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
