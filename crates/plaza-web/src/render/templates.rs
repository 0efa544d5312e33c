//! The page templates of the repository's `templates/` folder, embedded in
//! the binary so that `plaza` runs from any directory. `build.rs` lists every
//! file: a new page needs only its template file.

use std::sync::{Arc, OnceLock};

use serde::Serialize;
use tera::{Context, Tera};

include!(concat!(env!("OUT_DIR"), "/page_templates.rs"));

/// The site's stylesheet.
pub const STYLESHEET: &str = include_str!("../../../../templates/static/plaza.css");
/// The upload progress script (`/static/upload.js`).
pub const UPLOAD_SCRIPT: &str = include_str!("../../../../templates/static/upload.js");
/// The script that shows an entry's score as soon as it is written (`/static/entry-status.js`).
pub const ENTRY_STATUS_SCRIPT: &str = include_str!("../../../../templates/static/entry-status.js");

pub struct Templates {
    tera: Tera,
}

static SHARED: OnceLock<Arc<Templates>> = OnceLock::new();

impl Templates {
    pub fn load() -> Result<Self, tera::Error> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html"]);
        plaza_i18n::register(&mut tera);
        tera.add_raw_templates(SOURCES.iter().copied())?;
        Ok(Self { tera })
    }

    /// The process-wide instance (error pages need it outside any handler).
    pub fn shared() -> Result<Arc<Self>, tera::Error> {
        if let Some(shared) = SHARED.get() {
            return Ok(shared.clone());
        }
        let loaded = Arc::new(Self::load()?);
        Ok(SHARED.get_or_init(|| loaded).clone())
    }

    /// The name of every embedded page template (`pages/public/home.html`, ...).
    pub fn names() -> impl Iterator<Item = &'static str> {
        SOURCES.iter().map(|(name, _)| *name)
    }

    /// Renders page `name` in the request's language: every page gets
    /// `lang` (for `<html lang>` and its messages) and `languages` (the
    /// language switch).
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, tera::Error> {
        self.render_in(plaza_i18n::current(), name, context)
    }

    /// Renders page `name` in `lang`.
    pub fn render_in(&self, lang: &str, name: &str, context: &impl Serialize) -> Result<String, tera::Error> {
        let mut context = Context::from_serialize(context)?;
        context.insert("lang", lang);
        if !context.contains_key("languages") {
            context.insert("languages", &crate::extract::language::switch());
        }
        self.tera.render(name, &context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses() {
        let templates = Templates::load();
        assert!(templates.is_ok(), "{:?}", templates.err());
    }
}
