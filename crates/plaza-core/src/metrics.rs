//! Counters and latency histograms for Prometheus, kept in one registry per
//! process ([`global`]): the web layer counts requests by route, workers time
//! jobs and scoring. [`Registry::render`] writes the text exposition format
//! (version 0.0.4), adding the gauges read at scrape time.
//!
//! Labels are only ever route templates, methods, status classes, job kinds
//! and verdicts: a bounded set, never a raw path or anything a visitor types.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Mutex, OnceLock, PoisonError};

/// Upper bounds (seconds) of the latency buckets.
pub const BUCKETS: [f64; 12] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

/// What each metric means, for the `# HELP` lines.
const HELP: &[(&str, &str, &str)] = &[
    ("plaza_http_requests_total", "counter", "HTTP requests answered, by method, route template and status class."),
    (
        "plaza_http_request_duration_seconds",
        "histogram",
        "Time to answer an HTTP request, by method and route template.",
    ),
    ("plaza_job_duration_seconds", "histogram", "Time from claiming a job to finishing it, by kind."),
    ("plaza_scoring_duration_seconds", "histogram", "Time to score an entry, by verdict."),
    ("plaza_jobs", "gauge", "Jobs in the queue, by state (queued or running)."),
    ("plaza_outbox_unsent", "gauge", "Emails waiting to be sent."),
    ("plaza_db_pool_connections", "gauge", "Database pool connections, by state (idle or in_use)."),
];

#[derive(Debug, Clone, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

/// Counters and histograms, keyed by name and rendered labels.
#[derive(Debug, Default)]
pub struct Registry {
    counters: Mutex<BTreeMap<(&'static str, String), u64>>,
    histograms: Mutex<BTreeMap<(&'static str, String), Histogram>>,
}

/// The process's registry.
pub fn global() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::default)
}

/// `a="x",b="y"`, with `\`, `"` and newlines escaped as the format asks.
fn render_labels(labels: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in labels.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(name);
        out.push_str("=\"");
        for c in value.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('"');
    }
    out
}

fn braced(labels: &str, extra: &str) -> String {
    match (labels.is_empty(), extra.is_empty()) {
        (true, true) => String::new(),
        (true, false) => format!("{{{extra}}}"),
        (false, true) => format!("{{{labels}}}"),
        (false, false) => format!("{{{labels},{extra}}}"),
    }
}

fn header(out: &mut String, name: &str) {
    if let Some((_, kind, help)) = HELP.iter().find(|(n, _, _)| *n == name) {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} {kind}");
    }
}

/// A gauge read at scrape time: name, labels, value.
pub type Gauge<'a> = (&'static str, Vec<(&'a str, &'a str)>, f64);

impl Registry {
    /// Adds one to a counter.
    pub fn inc(&self, name: &'static str, labels: &[(&str, &str)]) {
        let mut counters = self.counters.lock().unwrap_or_else(PoisonError::into_inner);
        *counters.entry((name, render_labels(labels))).or_default() += 1;
    }

    /// Records one observation, in seconds.
    pub fn observe(&self, name: &'static str, labels: &[(&str, &str)], seconds: f64) {
        let seconds = if seconds.is_finite() && seconds > 0.0 { seconds } else { 0.0 };
        let mut histograms = self.histograms.lock().unwrap_or_else(PoisonError::into_inner);
        let histogram = histograms.entry((name, render_labels(labels))).or_default();
        for (count, bound) in histogram.counts.iter_mut().zip(BUCKETS) {
            if seconds <= bound {
                *count += 1;
            }
        }
        histogram.sum += seconds;
        histogram.count += 1;
    }

    /// The text exposition of every counter and histogram, then `gauges`.
    pub fn render(&self, gauges: &[Gauge<'_>]) -> String {
        let mut out = String::new();
        let counters = self.counters.lock().unwrap_or_else(PoisonError::into_inner).clone();
        let mut last = "";
        for ((name, labels), value) in &counters {
            if *name != last {
                header(&mut out, name);
                last = name;
            }
            let _ = writeln!(out, "{name}{} {value}", braced(labels, ""));
        }
        let histograms = self.histograms.lock().unwrap_or_else(PoisonError::into_inner).clone();
        last = "";
        for ((name, labels), histogram) in &histograms {
            if *name != last {
                header(&mut out, name);
                last = name;
            }
            for (count, bound) in histogram.counts.iter().zip(BUCKETS) {
                let _ = writeln!(out, "{name}_bucket{} {count}", braced(labels, &format!("le=\"{bound}\"")));
            }
            let _ = writeln!(out, "{name}_bucket{} {}", braced(labels, "le=\"+Inf\""), histogram.count);
            let _ = writeln!(out, "{name}_sum{} {}", braced(labels, ""), histogram.sum);
            let _ = writeln!(out, "{name}_count{} {}", braced(labels, ""), histogram.count);
        }
        last = "";
        for (name, labels, value) in gauges {
            if *name != last {
                header(&mut out, name);
                last = name;
            }
            let _ = writeln!(out, "{name}{} {value}", braced(&render_labels(labels), ""));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_histograms_and_gauges_render_in_the_text_format() {
        let registry = Registry::default();
        registry.inc("plaza_http_requests_total", &[("method", "GET"), ("route", "/"), ("status", "2xx")]);
        registry.inc("plaza_http_requests_total", &[("method", "GET"), ("route", "/"), ("status", "2xx")]);
        registry.observe("plaza_scoring_duration_seconds", &[("verdict", "ok")], 0.02);
        registry.observe("plaza_scoring_duration_seconds", &[("verdict", "ok")], f64::NAN);
        let text = registry.render(&[("plaza_outbox_unsent", Vec::new(), 3.0)]);
        assert!(text.contains("# TYPE plaza_http_requests_total counter\n"), "{text}");
        assert!(text.contains("plaza_http_requests_total{method=\"GET\",route=\"/\",status=\"2xx\"} 2\n"), "{text}");
        assert!(text.contains("plaza_scoring_duration_seconds_bucket{verdict=\"ok\",le=\"0.01\"} 1\n"), "{text}");
        assert!(text.contains("plaza_scoring_duration_seconds_bucket{verdict=\"ok\",le=\"0.025\"} 2\n"), "{text}");
        assert!(text.contains("plaza_scoring_duration_seconds_count{verdict=\"ok\"} 2\n"), "{text}");
        assert!(text.contains("# TYPE plaza_outbox_unsent gauge\nplaza_outbox_unsent 3\n"), "{text}");
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(render_labels(&[("route", "a\"b\\c\nd")]), "route=\"a\\\"b\\\\c\\nd\"");
    }
}
