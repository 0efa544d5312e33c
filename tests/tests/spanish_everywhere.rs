//! Browsing the whole site in Spanish (#14): every page a visitor, a
//! resident (with a refused and a scored entry), a judge, an organizer and
//! a site admin reach by following links reads in Spanish, and so do the
//! resident's emails.
//! English that a page shows is found by its commonest words, outside
//! code, data previews and what is marked `lang="en"` (the language switch).
//! Each finding names the page and the words around it.

use std::collections::{BTreeSet, VecDeque};

use plaza_core::ChallengeRole;
use plaza_tests::{Browser, TestApp};

/// Words that are English and not Spanish.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "your",
    "with",
    "this",
    "that",
    "you",
    "are",
    "for",
    "from",
    "what",
    "which",
    "will",
    "have",
    "been",
    "were",
    "their",
    "there",
    "when",
    "where",
    "how",
    "our",
    "please",
    "here",
    "only",
    "more",
    "page",
    "file",
    "files",
    "entries",
    "judges",
    "track",
    "tracks",
    "challenge",
    "team",
    "sign",
    "yet",
    "not",
    "each",
];

/// Proper names and quoted legal words, which stay as they are in any
/// language (the examples' sources and licences).
const NAMES: &[&str] = &[
    "Automatic Urban and Rural Network",
    "National Oceanic and Atmospheric Administration",
    "this software and associated documentation files",
    "licensed under the Open Government Licence",
    "Parks, Forestry & Recreation",
    "Parks, Forestry &amp; Recreation",
];

/// Pages followed at the most for one person.
const MAX_PAGES: usize = 400;

/// The text a person reads or hears: element text and the attributes read
/// aloud, without scripts, code, data previews and what is marked English.
fn readable(html: &str) -> String {
    let mut out = String::new();
    let mut skip: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        if skip.is_empty() {
            out.push_str(&rest[..open]);
            out.push(' ');
        }
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>();
        let name = name.to_ascii_lowercase();
        if tag.starts_with('/') {
            if skip.last() == Some(&name) {
                skip.pop();
            }
            continue;
        }
        let void = matches!(name.as_str(), "input" | "img" | "br" | "meta" | "link" | "hr") || tag.ends_with('/');
        let hidden = matches!(name.as_str(), "script" | "style" | "code" | "pre" | "textarea")
            || tag.contains("lang=\"en\"")
            || tag.contains("class=\"preview\"")
            || tag.contains("class=\"original\"");
        if !skip.is_empty() || hidden {
            if !void {
                skip.push(name);
            }
            continue;
        }
        for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                out.push(' ');
                out.push_str(value.split('"').next().unwrap_or_default());
                out.push(' ');
            }
        }
    }
    out.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
}

/// The English words in `text`, each with the words around it.
fn english_in(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if ENGLISH.contains(&word.to_lowercase().as_str()) {
            let from = i.saturating_sub(5);
            let to = (i + 6).min(words.len());
            found.push(words[from..to].join(" "));
        }
    }
    found
}

/// Same-site links of a page worth following.
fn links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .filter(|href| {
            !href.contains("lang=")
                && !href.starts_with("/static/")
                && !href.contains("/download")
                && !href.ends_with(".csv")
                && !href.ends_with(".zip")
                && !href.ends_with(".json")
                && !href.ends_with(".pdf")
                && !href.contains("sign-out")
                && !href.contains("/files/")
                && !href.contains("/pictures/")
                && !href.contains("/poster")
                && !href.contains("/paper-form")
        })
        .collect()
}

/// The readable text of a page without `as_written` (what organizers wrote,
/// which their console shows as they wrote it) and proper names.
fn to_check(html: &str, as_written: &[String]) -> String {
    let mut text = readable(html).split_whitespace().collect::<Vec<_>>().join(" ");
    for name in NAMES {
        text = text.replace(name, " ");
    }
    let mut long_first: Vec<&String> = as_written.iter().collect();
    long_first.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for original in long_first {
        text = text.replace(original.as_str(), " ");
    }
    text
}

/// Follows every link from `start`; returns how many pages it read.
async fn crawl(
    browser: &mut Browser<'_>,
    start: &str,
    who: &str,
    as_written: &[String],
    findings: &mut Vec<String>,
) -> usize {
    let mut seen = BTreeSet::new();
    let mut read = 0;
    let mut queue = VecDeque::from([start.to_owned()]);
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > MAX_PAGES {
            continue;
        }
        let response = browser.get(&path).await;
        if !response.header("content-type").starts_with("text/html") {
            continue;
        }
        let html = response.text();
        read += 1;
        assert!(html.contains("<html lang=\"es\">"), "{who} {path}: not in Spanish");
        for words in english_in(&to_check(&html, as_written)) {
            findings.push(format!("{who} {path}: …{words}…"));
        }
        queue.extend(links(&html));
    }
    read
}

#[tokio::test]
async fn every_page_and_email_reads_in_spanish_for_every_role() {
    let app = TestApp::with_examples().await;
    let mut findings = Vec::new();

    let mut visitor = app.browser();
    visitor.get("/?lang=es").await;
    let pages = crawl(&mut visitor, "/", "visitor", &[], &mut findings).await;
    assert!(pages >= 30, "visitor: only {pages} pages");

    // A resident who chose Spanish on her account, with a team, an entry
    // Plaza refused and one it scored.
    let rosa = app.user("rosa@example.org", "Rosa").await;
    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    assert_eq!(resident.post("/account/language", &[("locale", "es")]).await.status.as_u16(), 303);
    let team = resident.post("/challenges/noaa-daily-weather/team", &[("name", "Las de Rosa")]).await;
    assert_eq!(team.status.as_u16(), 303, "{}", team.text());
    let predict = "/challenges/noaa-daily-weather/tracks/predict/submissions";
    resident.post_file(predict, "mal.csv", b"day_id,rain_tomorrow\nSEA-2015-01-01,maybe\nXYZ-1,0.5\n").await;
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/data/test_features.csv"))
            .expect("test features");
    let good: String = std::iter::once("day_id,rain_tomorrow".to_owned())
        .chain(answers.lines().skip(1).filter_map(|line| line.split(',').next()).map(|id| format!("{id},0.5")))
        .collect::<Vec<_>>()
        .join("\n");
    resident.post_file(predict, "bien.csv", good.as_bytes()).await;
    app.run_scoring().await;
    let pages = crawl(&mut resident, "/account", "resident", &[], &mut findings).await;
    assert!(pages >= 20, "resident: only {pages} pages");

    // A judge and a site admin.
    let chicago = app.env.store.challenge_by_slug("chicago-food-inspections").await.expect("query").expect("example");
    let jose = app.user("jose@example.org", "José").await;
    app.env.store.grant_role(chicago.id, jose.id, ChallengeRole::Judge).await.expect("judge");
    let mut judge = app.browser();
    judge.sign_in_as(&jose).await;
    judge.get("/?lang=es").await;
    let pages = crawl(&mut judge, "/account", "judge", &[], &mut findings).await;
    assert!(pages >= 5, "judge: only {pages} pages");

    let challenge = app.env.store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("example");
    let olga = app.user("olga@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    organizer.get("/?lang=es").await;
    // The console shows the challenge as its organizers wrote it.
    let mut as_written = Vec::new();
    for challenge in app.env.store.list_challenges().await.expect("challenges") {
        let datasets = app.env.store.datasets(challenge.id).await.expect("datasets");
        let tracks = app.env.store.tracks(challenge.id).await.expect("tracks");
        for piece in plaza_core::content::fields(&challenge, &datasets, &tracks) {
            as_written.extend(piece.original.lines().map(|line| line.trim().to_owned()).filter(|l| !l.is_empty()));
            as_written.push(piece.original.replace('\'', "&#39;"));
            as_written.push(piece.original);
        }
    }
    // So are the first project statuses, kept in the site's language for the
    // organizers to rename (residents read them in their own language).
    as_written.extend(plaza_core::implementation::DEFAULT_STATUSES.iter().map(|(name, _)| (*name).to_owned()));
    let as_written: Vec<String> =
        as_written.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let pages = crawl(&mut organizer, "/manage", "organizer", &as_written, &mut findings).await;
    assert!(pages >= 30, "organizer: only {pages} pages");
    let ada =
        app.env.store.create_user(&plaza_core::Email::parse("ada@example.org").expect("address"), "Ada", true).await;
    let ada = ada.expect("admin");
    app.env.store.accept_terms(ada.id).await.expect("terms");
    let mut admin = app.browser();
    admin.sign_in_as(&ada).await;
    admin.get("/?lang=es").await;
    let pages = crawl(&mut admin, "/admin", "admin", &as_written, &mut findings).await;
    assert!(pages >= 5, "admin: only {pages} pages");

    // The emails Rosa got (her entries' results) are Spanish too.
    for sent in app.env.store.list_emails().await.expect("outbox") {
        if sent.email.to.as_str() == "rosa@example.org" {
            for words in english_in(&sent.email.subject).into_iter().chain(english_in(&sent.email.text)) {
                findings.push(format!("email “{}”: …{words}…", sent.email.subject));
            }
        }
    }

    findings.dedup();
    assert!(findings.is_empty(), "{} places in English:\n{}", findings.len(), findings.join("\n"));
}

#[test]
fn the_finder_sees_english_and_passes_over_code_previews_and_marked_english() {
    let html = "<p>Suba su archivo</p><code>the file</code><a lang=\"en\">English</a>\
                <table class=\"preview\"><tr><td>The Grill</td></tr></table>\
                <button aria-label=\"Close the menu\">x</button><p>Elija the file</p>";
    let found = english_in(&readable(html));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|f| f.contains("the") || f.contains("file")), "{found:?}");
}
