//! Plaza's words in every language.
//!
//! Every text a page or an email writes comes from a Fluent message file
//! under `templates/locales/<lang>/` (see `build.rs`: adding a language is
//! adding its folder). English (`en`) is the reference: it is complete, and
//! a message another language lacks is read in English.
//!
//! - [`find`] and [`negotiate`] choose a language from a `?lang=` value, a
//!   cookie, an account's preference or an `Accept-Language` header.
//! - [`scope`] runs a request in a language; [`current`] and [`tr`] read it
//!   from Rust code, far from the handler that chose it.
//! - [`register`] adds the `t` and `t_html` functions to a tera instance:
//!   templates write `{{ t(k="id", name=value) }}`.

use std::collections::BTreeSet;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/message_files.rs"));

/// The language every message exists in, and the last resort.
pub const REFERENCE: &str = "en";

/// The message naming each language in its own words ("Español").
const LANGUAGE_NAME: &str = "language-name";

/// One language of the site.
pub struct Language {
    /// Its folder's name, a BCP 47 tag: `en`, `es`, `pt-BR`.
    pub code: &'static str,
    /// Its name in its own words, for the language switch.
    pub name: String,
    bundle: FluentBundle<FluentResource>,
}

/// A problem in a message file, found when the files are loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: String,
    pub problem: String,
}

struct Catalog {
    languages: Vec<Language>,
    problems: Vec<FileProblem>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(load);

fn load() -> Catalog {
    let mut languages: Vec<Language> = Vec::new();
    let mut problems = Vec::new();
    for (lang, name, source) in FILES {
        let file = format!("{lang}/{name}");
        let Ok(id) = lang.parse::<LanguageIdentifier>() else {
            problems.push(FileProblem { file, problem: format!("{lang:?} is not a language tag") });
            continue;
        };
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(FileProblem { file: file.clone(), problem: format!("syntax: {error:?}") });
                }
                resource
            }
        };
        let index = match languages.iter().position(|l| l.code == *lang) {
            Some(index) => index,
            None => {
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Pages and emails are not bidirectional text: no isolation marks.
                bundle.set_use_isolating(false);
                languages.push(Language { code: lang, name: String::new(), bundle });
                languages.len() - 1
            }
        };
        if let Err(errors) = languages[index].bundle.add_resource(resource) {
            for error in errors {
                problems.push(FileProblem { file: file.clone(), problem: format!("{error}") });
            }
        }
    }
    for language in &mut languages {
        language.name = format_in(&language.bundle, LANGUAGE_NAME, None).unwrap_or_else(|| language.code.to_owned());
    }
    for problem in &problems {
        tracing::error!(file = %problem.file, problem = %problem.problem, "message file");
    }
    Catalog { languages, problems }
}

fn format_in(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A missing variable would print `{$name}`: treat it as missing.
    errors.is_empty().then(|| text.into_owned())
}

/// Every language of the site, the reference first, then by code.
pub fn languages() -> impl Iterator<Item = &'static Language> {
    let catalog = &*CATALOG;
    let reference = catalog.languages.iter().filter(|l| l.code == REFERENCE);
    let mut others: Vec<&Language> = catalog.languages.iter().filter(|l| l.code != REFERENCE).collect();
    others.sort_by_key(|l| l.code);
    reference.chain(others)
}

/// What was wrong in the message files (empty when they all loaded).
pub fn problems() -> &'static [FileProblem] {
    &CATALOG.problems
}

fn language(code: &str) -> Option<&'static Language> {
    CATALOG.languages.iter().find(|l| l.code == code)
}

/// The site's language for a tag someone gave (`es`, `ES`, `es-MX`), if it
/// has one: the exact tag, else the same language in any region.
pub fn find(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > 35 {
        return None;
    }
    let wanted: LanguageIdentifier = tag.parse().ok()?;
    let exact = CATALOG.languages.iter().find(|l| l.code.parse::<LanguageIdentifier>().is_ok_and(|id| id == wanted));
    if let Some(language) = exact {
        return Some(language.code);
    }
    CATALOG
        .languages
        .iter()
        .filter(|l| l.code.parse::<LanguageIdentifier>().is_ok_and(|id| id.language == wanted.language))
        .min_by_key(|l| l.code.len())
        .map(|l| l.code)
}

/// The longest `Accept-Language` value read; the rest is ignored.
const MAX_ACCEPT_LANGUAGE: usize = 1024;
/// The most language ranges read from one header.
const MAX_RANGES: usize = 32;

/// The site's language a browser prefers most, from its `Accept-Language`
/// header (`es-MX,es;q=0.9,en;q=0.8`); `None` when it names none of them.
/// Ranges with `q=0` are refused ones; `*` means any and is skipped.
pub fn negotiate(header: &str) -> Option<&'static str> {
    let header = match header.char_indices().nth(MAX_ACCEPT_LANGUAGE) {
        Some((cut, _)) => &header[..cut],
        None => header,
    };
    let mut ranges: Vec<(u16, usize, &str)> = Vec::new();
    for (position, item) in header.split(',').take(MAX_RANGES).enumerate() {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let mut quality = 1000u16;
        for parameter in parts {
            if let Some(value) = parameter.trim().strip_prefix("q=") {
                quality = parse_quality(value.trim()).unwrap_or(0);
            }
        }
        if quality > 0 && !tag.is_empty() && tag != "*" {
            ranges.push((quality, position, tag));
        }
    }
    // Highest quality first; the header's order breaks ties.
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().find_map(|(_, _, tag)| find(tag))
}

/// `q` values are `0`, `1` or `0.` with up to three digits (RFC 9110 §12.4.2),
/// read as thousandths.
fn parse_quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{fraction:0<3}");
    let fraction: u16 = digits.parse().ok()?;
    match whole {
        "0" => Some(fraction),
        "1" if fraction == 0 => Some(1000),
        _ => None,
    }
}

static DEFAULT: OnceLock<&'static str> = OnceLock::new();

/// Sets the site's default language (`default_locale` in `plaza.toml`),
/// once, at start-up. A tag the site has no messages for is refused with
/// the list of those it has.
pub fn set_default(tag: &str) -> Result<&'static str, String> {
    let Some(code) = find(tag) else {
        let known: Vec<&str> = languages().map(|l| l.code).collect();
        return Err(format!("default_locale {tag:?} has no messages: templates/locales/ has {}", known.join(", ")));
    };
    Ok(*DEFAULT.get_or_init(|| code))
}

/// The site's default language: `default_locale`, else English.
pub fn default_language() -> &'static str {
    DEFAULT.get().copied().unwrap_or(REFERENCE)
}

/// The language to write to someone in: their saved preference if Plaza
/// has it, else the site's default (an email sent from background work).
pub fn preferred(locale: Option<&str>) -> &'static str {
    locale.and_then(find).unwrap_or_else(default_language)
}

tokio::task_local! {
    static CURRENT: &'static str;
}

/// Runs `future` (a request) in `lang`: [`current`] returns it inside.
pub async fn scope<F: Future>(lang: &'static str, future: F) -> F::Output {
    CURRENT.scope(lang, future).await
}

/// Runs `work` in `lang` (words written for someone else than the person
/// being served: an email to its recipient).
pub fn in_language<R>(lang: &'static str, work: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(lang, work)
}

/// `tokio::task::spawn_blocking` that keeps the current language: a
/// blocking thread does not inherit the task's, so what it writes for a
/// person (a file's problems, say) would otherwise be in the default.
pub fn spawn_blocking<F, R>(work: F) -> tokio::task::JoinHandle<R>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let lang = current();
    tokio::task::spawn_blocking(move || in_language(lang, work))
}

/// The language of the request being served, else the site's default
/// (background work: the worker, the outbox).
pub fn current() -> &'static str {
    CURRENT.try_with(|lang| *lang).unwrap_or_else(|_| default_language())
}

/// A message with its arguments, in `lang`, else in English; `None` when
/// even English lacks it (or an argument it needs).
pub fn message(lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    if let Some(text) = language(lang).and_then(|l| format_in(&l.bundle, id, args)) {
        return Some(text);
    }
    language(REFERENCE).and_then(|l| format_in(&l.bundle, id, args))
}

/// A message in the current language. A missing id is a bug the tests
/// catch; at run time it is logged and the id shown rather than a panic.
pub fn tr(id: &str) -> String {
    tr_with(id, &[])
}

/// [`tr`] with arguments: `tr_with("entry-title", &[("id", 7.into())])`.
pub fn tr_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(current(), id, args)
}

/// A message in `lang` (an email in its recipient's language).
pub fn tr_in(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    message(lang, id, (!args.is_empty()).then_some(&fluent)).unwrap_or_else(|| {
        tracing::error!(id, lang, "missing message");
        id.to_owned()
    })
}

/// The id of every message of a language, with the variables each uses,
/// read from its files (for the test that every language is complete).
pub fn message_ids(lang: &str) -> BTreeSet<(String, BTreeSet<String>)> {
    use fluent_syntax::ast;
    let mut ids = BTreeSet::new();
    for (folder, _, source) in FILES {
        if *folder != lang {
            continue;
        }
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    variables_of(pattern, &mut variables);
                }
                for attribute in &message.attributes {
                    variables_of(&attribute.value, &mut variables);
                }
                ids.insert((message.id.name.to_owned(), variables));
            }
        }
    }
    ids
}

/// A message's text as a reader meets it, with each variable read as
/// `word` and each choice as its default variant (for the reading-level
/// test, which measures the words Plaza writes, not the values it shows).
pub fn sample(lang: &str, id: &str, word: &str) -> Option<String> {
    use fluent_syntax::ast;
    fn flatten(pattern: &ast::Pattern<&str>, word: &str, out: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Select { variants, .. } => {
                        if let Some(variant) = variants.iter().find(|v| v.default) {
                            flatten(&variant.value, word, out);
                        }
                    }
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => out.push_str(value),
                    ast::Expression::Inline(_) => out.push_str(word),
                },
            }
        }
    }
    FILES.iter().filter(|(folder, _, _)| *folder == lang).find_map(|(_, _, source)| {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(resource, _)| resource);
        resource.body.into_iter().find_map(|entry| match entry {
            ast::Entry::Message(message) if message.id.name == id => {
                let mut out = String::new();
                flatten(message.value.as_ref()?, word, &mut out);
                Some(out)
            }
            _ => None,
        })
    })
}

fn variables_of(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => placeable(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, out);
                }
            }
            _ => {}
        }
    }
    fn placeable(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    variables_of(&variant.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            placeable(expression, out);
        }
    }
}

mod template;
pub use template::register;

#[cfg(test)]
mod tests;
