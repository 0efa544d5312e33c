//! Writes a manifest back as `challenge.toml`: the inverse of the reader, so
//! that `plaza export` and the console's export make a bundle that imports
//! to the same challenge. Every setting is written, defaults included, so
//! the file says all there is to know; empty optional texts are left out
//! (the reader takes a missing key and an empty one alike).

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};

use super::{Manifest, TrackSpecKind};
use crate::challenge::{Criterion, Question};

impl Manifest {
    /// The manifest as `challenge.toml` text that reads back to `self`
    /// (apart from row counts, which the file checks fill in).
    pub fn to_toml(&self) -> String {
        let mut out = Toml::default();
        out.text("slug", self.slug.as_str());
        out.text("title", &self.title);
        out.text("summary", &self.summary);
        out.text("description", &self.description);
        out.text("host", &self.host);
        out.optional_text("contact", &self.contact);
        out.time("opens_at", self.opens_at);
        out.time("closes_at", self.closes_at);
        if let Some(zone) = self.time_zone {
            out.text("time_zone", zone.name());
        }
        out.number("max_team_size", self.max_team_size.into());

        // Ways in without a computer: written when any is set or the paper is not the default.
        let outreach = &self.outreach;
        if outreach != &crate::outreach::Outreach::default() {
            out.table("[outreach]");
            out.optional_text("phone", &outreach.phone);
            out.optional_text("phone_hours", &outreach.phone_hours);
            out.optional_text("drop_off_address", &outreach.drop_off_address);
            out.optional_text("drop_off_hours", &outreach.drop_off_hours);
            out.optional_text("partner_location", &outreach.partner_location);
            out.text("poster_paper", outreach.paper.name());
        }

        for dataset in &self.datasets {
            out.table("[[datasets]]");
            out.text("slug", dataset.slug.as_str());
            out.text("title", &dataset.title);
            out.text("file", &dataset.file);
            out.text("license", &dataset.license);
            out.text("source", &dataset.source);
            out.optional_text("description", &dataset.description);
            out.optional_text("caveats", &dataset.caveats);
            for column in &dataset.columns {
                out.table("[[datasets.columns]]");
                out.text("name", &column.name);
                out.text("type", column.column_type.name());
                out.text("description", &column.description);
            }
        }

        for track in &self.tracks {
            out.table("[[tracks]]");
            out.text("slug", track.slug.as_str());
            out.text("kind", track.kind.kind().name());
            out.text("title", &track.title);
            out.optional_text("description", &track.description);
            match &track.kind {
                TrackSpecKind::Predictions {
                    metric,
                    id_column,
                    target_column,
                    answers,
                    daily_limit,
                    final_selections,
                } => {
                    out.text("metric", metric.name());
                    out.text("id_column", id_column);
                    out.text("target_column", target_column);
                    out.text("answers", answers);
                    out.number("daily_limit", (*daily_limit).into());
                    out.number("final_selections", (*final_selections).into());
                }
                TrackSpecKind::Code {
                    metric,
                    id_column,
                    target_column,
                    cases,
                    limits,
                    daily_limit,
                    final_selections,
                } => {
                    out.text("metric", metric.name());
                    out.text("id_column", id_column);
                    out.text("target_column", target_column);
                    out.number("daily_limit", (*daily_limit).into());
                    out.number("final_selections", (*final_selections).into());
                    out.table("[tracks.limits]");
                    out.number("time_ms", limits.time_ms);
                    out.number("memory_mb", limits.memory_mb);
                    out.number("output_kb", limits.output_kb);
                    for case in cases {
                        out.table("[[tracks.cases]]");
                        out.text("input", &case.input);
                        out.text("answers", &case.answers);
                    }
                }
                TrackSpecKind::Ideas { judges_per_entry, criteria, questions } => {
                    out.number("judges_per_entry", (*judges_per_entry).into());
                    for criterion in criteria {
                        out.criterion(criterion);
                    }
                    for question in questions {
                        out.question(question);
                    }
                }
            }
        }
        out.0
    }
}

impl TrackSpecKind {
    /// Which kind of track this is.
    pub fn kind(&self) -> crate::challenge::TrackKind {
        use crate::challenge::TrackKind;
        match self {
            TrackSpecKind::Predictions { .. } => TrackKind::Predictions,
            TrackSpecKind::Code { .. } => TrackKind::Code,
            TrackSpecKind::Ideas { .. } => TrackKind::Ideas,
        }
    }
}

/// TOML text being written, one `key = value` line at a time.
#[derive(Default)]
struct Toml(String);

impl Toml {
    fn table(&mut self, header: &str) {
        let _ = write!(self.0, "\n{header}\n");
    }

    fn text(&mut self, key: &str, value: &str) {
        let _ = writeln!(self.0, "{key} = {}", quoted(value));
    }

    fn optional_text(&mut self, key: &str, value: &str) {
        if !value.trim().is_empty() {
            self.text(key, value);
        }
    }

    fn number(&mut self, key: &str, value: u64) {
        let _ = writeln!(self.0, "{key} = {value}");
    }

    fn time(&mut self, key: &str, value: DateTime<Utc>) {
        self.text(key, &value.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }

    fn list(&mut self, key: &str, values: &[String]) {
        let items: Vec<String> = values.iter().map(|v| quoted(v)).collect();
        let _ = writeln!(self.0, "{key} = [{}]", items.join(", "));
    }

    fn criterion(&mut self, criterion: &Criterion) {
        self.table("[[tracks.criteria]]");
        self.text("name", &criterion.name);
        self.number("weight", criterion.weight.into());
        self.text("description", &criterion.description);
        if !criterion.levels.is_empty() {
            self.list("levels", &criterion.levels);
        }
    }

    fn question(&mut self, question: &Question) {
        self.table("[[tracks.questions]]");
        self.text("key", &question.key);
        self.text("label", &question.label);
        self.text("kind", question.kind.name());
        self.optional_text("help", &question.help);
        if !question.options.is_empty() {
            self.list("options", &question.options);
        }
        let _ = writeln!(self.0, "required = {}", question.required);
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped,
/// everything else (accents, emoji) kept as it is.
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::super::manifest;
    use super::*;

    fn read(text: &str) -> Manifest {
        let (draft, problems) = manifest::parse(text);
        assert!(problems.is_empty(), "{problems:?}\n{text}");
        draft.into_manifest().expect("a complete manifest")
    }

    /// Every example challenge reads back to the same manifest.
    #[test]
    fn example_manifests_read_back_the_same() {
        let examples = [
            include_str!("../../../../challenges/chicago-food-inspections/challenge.toml"),
            include_str!("../../../../challenges/noaa-daily-weather/challenge.toml"),
            include_str!("../../../../challenges/toronto-street-trees/challenge.toml"),
            include_str!("../../../../challenges/uk-aurn-air-quality-2020/challenge.toml"),
        ];
        for text in examples {
            let manifest = read(text);
            let written = manifest.to_toml();
            assert_eq!(read(&written), manifest, "{written}");
            // Writing is stable: the same manifest always gives the same text.
            assert_eq!(read(&written).to_toml(), written);
        }
    }

    /// Every kind of track and every optional key, with text that needs
    /// escaping, survives the round trip.
    #[test]
    fn every_key_and_awkward_text_read_back_the_same() {
        let text = r#"
slug = "every-key"
title = "Quotes \" and back\\slashes"
summary = "Ñandú, 東京 and an emoji 🌳"
description = "brief.md"
host = "A host"
contact = "questions@example.org or 555-0100"
opens_at = "2027-01-01T08:30:00Z"
closes_at = "2027-03-01T00:00:00.5Z"
time_zone = "America/Chicago"
max_team_size = 3

[outreach]
phone = "312-555-0100"
phone_hours = "Monday to Friday, 9 am to 5 pm"
drop_off_address = """City Hall, Room 100
121 N LaSalle St, Chicago"""
drop_off_hours = "Weekdays 8:30 am to 4:30 pm"
partner_location = "Harold Washington Library, 400 S State St"
poster_paper = "letter"

[[datasets]]
slug = "ddd"
title = "D"
file = "data/d.csv"
license = "CC BY 4.0"
source = "somewhere"
caveats = """
- line one
- line two\twith a tab
"""
[[datasets.columns]]
name = "id"
type = "integer"
description = "the id"

[[tracks]]
slug = "ppp"
kind = "predictions"
title = "P"
metric = "rmse"
id_column = "id"
target_column = "y"
answers = "hidden/a.csv"
daily_limit = 9
final_selections = 1

[[tracks]]
slug = "ccc"
kind = "code"
title = "C"
description = "Run it"
metric = "accuracy"
id_column = "id"
target_column = "y"
[tracks.limits]
time_ms = 2000
memory_mb = 64
output_kb = 100
[[tracks.cases]]
input = "hidden/in1.csv"
answers = "hidden/a1.csv"
[[tracks.cases]]
input = "hidden/in2.csv"
answers = "hidden/a2.csv"

[[tracks]]
slug = "iii"
kind = "ideas"
title = "I"
judges_per_entry = 2
[[tracks.criteria]]
name = "Impact"
weight = 3
description = "Who benefits?"
levels = ["none", "little", "some", "much", "all \"of\" them"]
[[tracks.criteria]]
name = "Cost"
weight = 1
description = "How much?"
[[tracks.questions]]
key = "area"
label = "Which area?"
kind = "single_choice"
options = ["North", "South"]
required = true
[[tracks.questions]]
key = "more"
label = "Anything else?"
kind = "long_text"
help = "Optional"
"#;
        let manifest = read(text);
        let written = manifest.to_toml();
        assert_eq!(read(&written), manifest, "{written}");
        assert!(written.contains("summary = \"Ñandú, 東京 and an emoji 🌳\""), "{written}");
        assert_eq!(manifest.contact, "questions@example.org or 555-0100");
        assert!(written.contains("contact = \"questions@example.org or 555-0100\""), "{written}");
        assert_eq!(manifest.outreach.drop_off_address, "City Hall, Room 100\n121 N LaSalle St, Chicago");
        assert_eq!(manifest.outreach.paper, crate::outreach::Paper::Letter);
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(quoted("a\u{7}b\"c\\"), "\"a\\u0007b\\\"c\\\\\"");
    }
}
