//! Every page template renders with a realistic context: the one in
//! `tests/pages/<area>/<page>.json`, captured from the page as the site
//! served it. A template without a context, or a context without a
//! template, fails here, so a new page cannot go untested.

use std::collections::BTreeSet;
use std::path::PathBuf;

use plaza_web::Templates;

fn contexts() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

/// `pages/public/home.html` -> `public/home`; `error/error.html` -> `error/error`.
fn context_name(template: &str) -> Option<String> {
    let name = template.strip_suffix(".html")?;
    if name == "base" || name.starts_with("partials/") {
        return None;
    }
    Some(name.strip_prefix("pages/").unwrap_or(name).to_owned())
}

#[test]
fn every_page_template_renders_its_realistic_context() {
    let templates = Templates::load().unwrap_or_else(|e| panic!("templates: {e}"));
    let mut missing = Vec::new();
    let mut rendered = 0;
    for template in Templates::names() {
        let Some(name) = context_name(template) else { continue };
        let path = contexts().join(format!("{name}.json"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            missing.push(path.display().to_string());
            continue;
        };
        let context: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for language in plaza_i18n::languages() {
            let html = templates
                .render_in(language.code, template, &context)
                .unwrap_or_else(|e| panic!("{template} in {}: {e:?}", language.code));
            assert!(
                html.contains(&format!("<html lang=\"{}\"", language.code)),
                "{template}: <html lang> is the page's"
            );
        }
        let html = templates.render_in("en", template, &context).unwrap_or_else(|e| panic!("{template}: {e:?}"));
        assert!(html.contains("<html lang=\""), "{template}: a whole page");
        assert!(html.contains("<main"), "{template}: with its main landmark");
        let title = context["page_title"].as_str().unwrap_or_else(|| panic!("{template}: context has a page_title"));
        let mut escaped = Vec::new();
        tera::escape_html(title, &mut escaped).unwrap_or_else(|e| panic!("{e}"));
        let escaped = String::from_utf8_lossy(&escaped);
        assert!(html.contains(escaped.as_ref()), "{template}: shows its title {title:?}");
        rendered += 1;
    }
    assert!(missing.is_empty(), "page templates without a context: {missing:?}");
    assert!(rendered >= 30, "only {rendered} pages rendered");
}

#[test]
fn every_context_belongs_to_a_template() {
    let known: BTreeSet<String> = Templates::names().filter_map(context_name).collect();
    let mut stale = Vec::new();
    for area in std::fs::read_dir(contexts()).unwrap_or_else(|e| panic!("{e}")) {
        let area = area.unwrap_or_else(|e| panic!("{e}")).path();
        let files: Vec<PathBuf> = if area.is_dir() {
            std::fs::read_dir(&area)
                .unwrap_or_else(|e| panic!("{e}"))
                .map(|f| f.map(|f| f.path()))
                .collect::<Result<_, _>>()
                .unwrap_or_else(|e| panic!("{e}"))
        } else {
            vec![area.clone()]
        };
        for file in files {
            let relative = file.strip_prefix(contexts()).unwrap_or(&file).with_extension("");
            let name = relative.to_string_lossy().replace('\\', "/");
            if !known.contains(&name) {
                stale.push(name);
            }
        }
    }
    assert!(stale.is_empty(), "contexts with no template: {stale:?}");
}
