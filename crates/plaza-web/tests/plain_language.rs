//! Plain language: the words Plaza itself writes on the pages and in the
//! emails residents read are measured for reading level, in English with
//! the Flesch-Kincaid grade formula (target: about grade 8) and in Spanish
//! with the Fernández-Huerta reading ease, Flesch's formula fitted to
//! Spanish (target: 60 or more, "plain", grades 8 to 9 on its scale).
//!
//! The words are the templates' messages (`{{ t(k="id") }}`) in each
//! language, read from `templates/locales/`.
//!
//! What is measured is the template's own text, not what organizers write
//! (a brief, a dataset's description): tags, attributes, code samples and
//! template logic are removed, and each `{{ value }}` reads as one short
//! word. A page (or an email) fails when its grade is above [`PAGE_GRADE`],
//! or when one sentence is above [`SENTENCE_GRADE`]; the failure lists the
//! sentences to rewrite, hardest first.

use std::path::{Path, PathBuf};

/// The highest grade a whole page or email may read at ("about grade 8").
const PAGE_GRADE: f64 = 8.5;
/// The highest grade one sentence (ending in `.`, `!` or `?`: labels and
/// headings are not sentences) may read at: a long sentence with long words
/// is hard even on an easy page.
const SENTENCE_GRADE: f64 = 14.0;
/// Shorter lines are labels, headings and buttons, not sentences: the
/// formula says nothing useful about them.
const MIN_WORDS: usize = 6;

fn templates() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../templates")
}

/// Templates residents read: the public pages, entering, the account pages,
/// messages and errors, and the emails sent to residents.
fn resident_templates() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for area in ["pages/public", "pages/enter", "pages/account"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(templates().join(area))
            .unwrap_or_else(|e| panic!("{area}: {e}"))
            .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "tera"))
            .collect();
        found.sort();
        files.extend(found);
    }
    files.push(templates().join("pages/message.html.tera"));
    files.push(templates().join("error/error.html.tera"));
    for email in [
        "sign_in",
        "idea_confirm",
        "idea_received",
        "submission_scored",
        "team_invitation",
        "results_entrant",
        "results_follower",
    ] {
        files.push(templates().join(format!("email/{email}/body.txt.tera")));
        files.push(templates().join(format!("email/{email}/subject.txt.tera")));
    }
    files
}

/// The lowest Fernández-Huerta ease a whole Spanish page or email may have.
const PAGE_EASE_ES: f64 = 60.0;
/// The lowest ease of one Spanish sentence (the counterpart of [`SENTENCE_GRADE`]).
const SENTENCE_EASE_ES: f64 = 30.0;

/// The template with each message call (`{{ t(k="id", ...) }}`,
/// `{{ t_html(...) }}`) replaced by the message's text in `lang`, its
/// variables read as one short word.
fn with_messages(source: &str, lang: &str, path: &Path) -> String {
    let word = if lang == "es" { "eso" } else { "it" };
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let call = &rest[start..start + end + 2];
        let id = ["t(k=\"", "t_html(k=\""]
            .iter()
            .find_map(|open| call.find(open).map(|at| &call[at + open.len()..]))
            .and_then(|tail| tail.split('"').next());
        match id {
            Some(id) => {
                let text = plaza_i18n::sample(lang, id, word)
                    .unwrap_or_else(|| panic!("{}: no message {id:?} in {lang}", path.display()));
                out.push_str(&text);
            }
            None => out.push_str(call),
        }
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

/// The text a template writes itself: template logic and comments removed,
/// each value read as one short word, tags and code samples removed. Block
/// boundaries (tags, lines) end a sentence.
fn own_text(source: &str) -> String {
    let mut text = String::with_capacity(source.len());
    let mut rest = source;
    while !rest.is_empty() {
        let next = ["{%", "{{", "{#", "<"].iter().filter_map(|open| rest.find(open).map(|at| (at, *open))).min();
        let Some((at, open)) = next else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let close = match open {
            "{%" => "%}",
            "{{" => "}}",
            "{#" => "#}",
            _ => ">",
        };
        // Code samples and scripts are not prose.
        for skipped in ["<code", "<pre", "<script", "<style"] {
            if rest.starts_with(skipped) {
                let end_tag = format!("</{}>", &skipped[1..]);
                if let Some(end) = rest.find(&end_tag) {
                    text.push_str(" it ");
                    rest = &rest[end + end_tag.len()..];
                    continue;
                }
            }
        }
        if rest.is_empty() {
            break;
        }
        let Some(end) = rest.find(close) else { break };
        let inline = ["<a", "</a", "<strong", "</strong", "<em", "</em", "<span", "</span", "<abbr", "</abbr"];
        text.push_str(match open {
            "{{" => "it",
            "<" if inline.iter().any(|tag| rest.starts_with(tag)) => "",
            "<" => "\n",
            _ => " ",
        });
        rest = &rest[end + close.len()..];
    }
    text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
}

/// Sentences: split at `.`, `!`, `?` followed by a space, and at line ends.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            current.push(*c);
            let ends = matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            if ends {
                out.push(std::mem::take(&mut current));
            }
        }
        out.push(current);
    }
    out.into_iter().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| words(s) > 0).collect()
}

fn word_list(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

fn words(sentence: &str) -> usize {
    word_list(sentence).len()
}

/// Syllables in an English word, by vowel groups (a common approximation):
/// a final silent `e` does not count, every word has at least one.
fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count: usize = 0;
    let mut previous = false;
    for &c in &letters {
        let is = vowel(c);
        if is && !previous {
            count += 1;
        }
        previous = is;
    }
    let n = letters.len();
    // "table" keeps its final syllable: a consonant, then "le".
    let consonant_le = n > 2 && letters[n - 2] == 'l' && !vowel(letters[n - 3]);
    if n > 2 && letters[n - 1] == 'e' && !vowel(letters[n - 2]) && !consonant_le {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

/// Syllables in a Spanish word: vowel groups, where two strong vowels (a,
/// e, o, or a stressed í, ú) side by side are two syllables (a hiatus) and a
/// weak vowel joins its neighbour (a diphthong).
fn syllables_es(word: &str) -> usize {
    let strong = |c: char| matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú');
    let weak = |c: char| matches!(c, 'i' | 'u' | 'ü');
    let letters: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let mut count = 0;
    let mut previous: Option<char> = None;
    for &c in &letters {
        let is_vowel = strong(c) || weak(c) || (c == 'y' && previous.is_some_and(|p| strong(p) || weak(p)));
        if is_vowel {
            let joins = previous.is_some_and(|p| (strong(p) || weak(p)) && !(strong(p) && strong(c)));
            if !joins {
                count += 1;
            }
            previous = Some(c);
        } else {
            previous = None;
        }
    }
    count.max(1)
}

/// The Fernández-Huerta reading ease of some Spanish sentences taken
/// together: 206.84 - 60 x syllables per word - 102 x sentences per word
/// (the higher, the easier; 60 to 70 is "plain").
fn ease_es(sentences: &[&str]) -> f64 {
    let words: Vec<&str> = sentences.iter().flat_map(|s| word_list(s)).collect();
    if words.is_empty() {
        return 100.0;
    }
    let syllables: usize = words.iter().map(|w| syllables_es(w)).sum();
    let (w, s) = (words.len() as f64, sentences.len() as f64);
    206.84 - 60.0 * (syllables as f64 / w) - 102.0 * (s / w)
}

/// The Flesch-Kincaid grade of some sentences taken together.
fn grade(sentences: &[&str]) -> f64 {
    let words: Vec<&str> = sentences.iter().flat_map(|s| word_list(s)).collect();
    if words.is_empty() {
        return 0.0;
    }
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let (w, s) = (words.len() as f64, sentences.len() as f64);
    0.39 * (w / s) + 11.8 * (syllables as f64 / w) - 15.59
}

fn name(path: &Path) -> String {
    path.strip_prefix(templates()).unwrap_or(path).display().to_string()
}

#[test]
fn the_syllable_count_and_the_grade_behave() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("challenge"), 2);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("organization"), 5);
    assert!(grade(&["The cat sat on the mat."]) < 2.0);
    let hard =
        "Organizational accountability necessitates comprehensive documentation of implementation considerations.";
    assert!(grade(&[hard]) > 16.0);
    assert_eq!(
        sentences(&own_text(
            "<p>Send it. Then wait!</p><p>{{ name }} signed in</p>{% if x %}<code>a.b()</code>{% endif %}"
        )),
        vec!["Send it.", "Then wait!", "it signed in", "it"]
    );
}

/// One language's reading-level check.
struct Level {
    lang: &'static str,
    /// What the score is called ("grade", "reading ease").
    measure: &'static str,
    /// The score of some sentences taken together.
    score: fn(&[&str]) -> f64,
    /// 1 when a higher score is harder (a grade), -1 when easier (an ease).
    harder: f64,
    /// The hardest score a whole page (an email) and one sentence may have.
    page_limit: f64,
    sentence_limit: f64,
}

/// Scores every resident template in `level.lang`; fails listing the pages
/// that are too hard with their hardest sentences (or, when no sentence is
/// over the limit, their three hardest).
fn check_reading_level(level: &Level) {
    let too_hard = |score: f64, limit: f64| level.harder * score > level.harder * limit;
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for path in resident_templates() {
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = own_text(&with_messages(&source, level.lang, &path));
        let all: Vec<String> = sentences(&text).into_iter().filter(|s| words(s) >= MIN_WORDS).collect();
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        if refs.is_empty() {
            continue;
        }
        let page = (level.score)(&refs);
        let mut scored: Vec<(f64, &str)> = refs.iter().map(|s| ((level.score)(&[s]), *s)).collect();
        scored.sort_by(|a, b| (level.harder * b.0).total_cmp(&(level.harder * a.0)));
        let hard: Vec<(f64, &str)> = scored
            .iter()
            .filter(|(score, s)| s.ends_with(['.', '!', '?']) && too_hard(*score, level.sentence_limit))
            .copied()
            .collect();
        report.push(format!("{page:5.1}  {}", name(&path)));
        if too_hard(page, level.page_limit) || !hard.is_empty() {
            let mut lines =
                format!("{} has a {} of {page:.1} (limit {})", name(&path), level.measure, level.page_limit);
            let listed = if hard.is_empty() { scored.into_iter().take(3).collect() } else { hard };
            for (score, sentence) in listed.into_iter().take(8) {
                lines.push_str(&format!("\n    {} {score:5.1}: {sentence}", level.measure));
            }
            failures.push(lines);
        }
    }
    println!("{} of each resident-facing template in {}:\n{}", level.measure, level.lang, report.join("\n"));
    assert!(failures.is_empty(), "sentences to make plainer ({}):\n{}", level.lang, failures.join("\n"));
}

#[test]
fn resident_pages_and_emails_read_at_about_grade_8() {
    check_reading_level(&Level {
        lang: "en",
        measure: "grade",
        score: grade,
        harder: 1.0,
        page_limit: PAGE_GRADE,
        sentence_limit: SENTENCE_GRADE,
    });
}

#[test]
fn spanish_syllables_and_ease_behave() {
    assert_eq!(syllables_es("casa"), 2);
    assert_eq!(syllables_es("ciudad"), 2, "a diphthong is one syllable");
    assert_eq!(syllables_es("poema"), 3, "two strong vowels are two");
    assert_eq!(syllables_es("día"), 2, "a stressed í breaks the diphthong");
    assert_eq!(syllables_es("organización"), 5);
    assert!(ease_es(&["El gato come pan."]) > 80.0);
    let hard = "La implementación organizacional requiere documentación exhaustiva de consideraciones administrativas.";
    assert!(ease_es(&[hard]) < 10.0);
}

#[test]
fn spanish_resident_pages_and_emails_are_plain() {
    check_reading_level(&Level {
        lang: "es",
        measure: "reading ease",
        score: ease_es,
        harder: -1.0,
        page_limit: PAGE_EASE_ES,
        sentence_limit: SENTENCE_EASE_ES,
    });
}
