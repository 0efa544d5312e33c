//! Organizer-written Markdown, rendered to HTML and sanitized so that a brief
//! can never carry a script or a tracking pixel from elsewhere.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// Renders Markdown that sits under a page's own headings: every heading moves
/// down one level (`#` becomes `<h2>`), so the page keeps a single `<h1>`.
pub fn render(markdown: &str) -> String {
    render_events(markdown)
}

/// Renders a challenge brief under the page's "The brief" heading: a leading
/// `# Title` line repeats the page title and is dropped; other headings move
/// down one level (`##` becomes `<h3>`, under the page's `<h2>`).
pub fn render_brief(markdown: &str) -> String {
    let trimmed = markdown.trim_start();
    let body = match trimmed.strip_prefix("# ") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, after)| after),
        None => trimmed,
    };
    render_events(body)
}

fn deeper(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

fn render_events(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_FOOTNOTES);
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: deeper(level), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(deeper(level))),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    let clean = ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&unsafe_html)
        .to_string();
    scrolling_tables(&clean)
}

/// Puts each table in a box that scrolls sideways on a narrow screen and
/// that a keyboard can reach and scroll (the page itself never scrolls
/// sideways). Runs on sanitized HTML, where `<table>` can only be a tag:
/// text that reads `<table>` is escaped.
fn scrolling_tables(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut number = 0;
    while let Some(at) = rest.find("<table>") {
        number += 1;
        out.push_str(&rest[..at]);
        out.push_str(&format!(
            "<div class=\"table-scroll\" role=\"group\" aria-label=\"Table {number}\" tabindex=\"0\"><table>"
        ));
        rest = &rest[at + "<table>".len()..];
    }
    out.push_str(rest);
    out.replace("</table>", "</table></div>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_rendered_under_the_page_headings() {
        assert_eq!(render("# Hi\n\n*there*"), "<h2>Hi</h2>\n<p><em>there</em></p>\n");
    }

    #[test]
    fn a_brief_drops_its_title_line_and_nests_its_sections() {
        assert_eq!(render_brief("# Title\n\n## The problem\n\nText"), "<h3>The problem</h3>\n<p>Text</p>\n");
    }

    #[test]
    fn tables_scroll_in_a_box_a_keyboard_reaches() {
        let html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\nText `<table>`");
        assert!(
            html.starts_with(
                "<div class=\"table-scroll\" role=\"group\" aria-label=\"Table 1\" tabindex=\"0\"><table>"
            ),
            "{html}"
        );
        assert_eq!(html.matches("</table></div>").count(), 1, "{html}");
        assert!(html.contains("&lt;table&gt;"), "text stays text: {html}");
    }

    #[test]
    fn scripts_and_handlers_are_removed() {
        let html = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
