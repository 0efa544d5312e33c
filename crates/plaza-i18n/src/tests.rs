use super::*;

#[test]
fn the_message_files_load_without_problems() {
    assert_eq!(problems(), &[] as &[FileProblem]);
}

#[test]
fn english_and_spanish_are_there_with_their_own_names() {
    let names: Vec<(&str, &str)> = languages().map(|l| (l.code, l.name.as_str())).collect();
    assert_eq!(names[0], ("en", "English"));
    assert!(names.contains(&("es", "Español")), "{names:?}");
}

/// Every language folder that is complete has every message English has,
/// with the same variables, and nothing English lacks.
#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let reference = message_ids(REFERENCE);
    assert!(reference.len() > 10, "English has {} messages", reference.len());
    for language in languages().filter(|l| l.code != REFERENCE) {
        let theirs = message_ids(language.code);
        let missing: Vec<_> = reference.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing or different (id, variables): {missing:?}\nnot in English: {extra:?}",
            language.code
        );
    }
}

#[test]
fn a_tag_finds_its_language_in_any_region_and_case() {
    assert_eq!(find("es"), Some("es"));
    assert_eq!(find("ES"), Some("es"));
    assert_eq!(find("es-MX"), Some("es"));
    assert_eq!(find("en-US"), Some("en"));
    assert_eq!(find("fr"), None);
    assert_eq!(find(""), None);
    assert_eq!(find("not a tag at all"), None);
    assert_eq!(find(&"x".repeat(10_000)), None);
}

#[test]
fn accept_language_takes_the_best_quality_the_site_has() {
    assert_eq!(negotiate("es-MX,es;q=0.9,en;q=0.8"), Some("es"));
    assert_eq!(negotiate("fr-CA, fr;q=0.9, es;q=0.5, en;q=0.4"), Some("es"));
    assert_eq!(negotiate("en;q=0.5, es"), Some("es"), "quality before order");
    assert_eq!(negotiate("es;q=0, en"), Some("en"), "q=0 refuses a language");
    assert_eq!(negotiate("de, *"), None);
    assert_eq!(negotiate(""), None);
    assert_eq!(negotiate("es;q=banana"), None, "an unreadable q refuses");
    assert_eq!(negotiate("es;q=1.5"), None);
    assert_eq!(negotiate(&format!("{}es", "de,".repeat(5_000))), None, "bounded");
}

#[test]
fn messages_fall_back_to_english_and_take_arguments() {
    assert_eq!(tr_in("es", "language-name", &[]), "Español");
    assert_eq!(tr_in("xx", "language-name", &[]), "English");
    assert_eq!(tr_in("es", "no-such-message", &[]), "no-such-message");
    assert!(message("en", "no-such-message", None).is_none());
}

#[tokio::test]
async fn a_scope_sets_the_current_language() {
    assert_eq!(current(), default_language());
    let inside = scope("es", async { (current(), tr("language-name")) }).await;
    assert_eq!(inside, ("es", "Español".to_owned()));
}

#[test]
fn templates_translate_escape_and_refuse_unknown_ids() {
    let mut tera = Tera::new();
    tera.autoescape_on([".html"]);
    register(&mut tera);
    tera.add_raw_templates([
        ("a.html", r#"<p title="{{ t(k="test-greeting", name=who) }}">{{ t_html(k="test-strong", name=who) }}</p>"#),
        ("b.txt", r#"{{ t(k="test-greeting", name=who) }}"#),
        ("c.html", r#"{{ t(k="test-nothing-like-this") }}"#),
        ("d.html", r#"{{ t(k="test-count", count=n) }}"#),
    ])
    .expect("templates");
    let mut context = tera::Context::new();
    context.insert("who", "<Ana & \"Bo\">");
    context.insert("lang", "es");
    context.insert("n", &1);
    let html = tera.render("a.html", &context).expect("render");
    assert_eq!(
        html,
        "<p title=\"Hola, &lt;Ana &amp; &quot;Bo&quot;&gt;\"><strong>&lt;Ana &amp; &quot;Bo&quot;&gt;</strong> está aquí</p>"
    );
    assert_eq!(tera.render("b.txt", &context).expect("render"), "Hola, <Ana & \"Bo\">");
    assert!(tera.render("c.html", &context).is_err());
    assert_eq!(tera.render("d.html", &context).expect("render"), "1 entrega");
    context.insert("n", &3);
    context.insert("lang", "en");
    assert_eq!(tera.render("d.html", &context).expect("render"), "3 entries");
}

use tera::Tera;
