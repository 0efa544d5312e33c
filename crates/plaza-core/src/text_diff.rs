//! What changed between two versions of a text, word by word, as HTML: the
//! words taken out in `<del>`, the words put in in `<ins>`, each with a
//! hidden "Removed:" or "Added:" for screen readers, everything else
//! escaped. Spaces and line breaks are kept as they were typed (pages show
//! the result with `white-space: pre-wrap`).
//!
//! The words both versions start and end with are set aside first; what is
//! left is compared with a longest-common-subsequence table, which is only
//! built up to [`MAX_CELLS`] cells. A larger change is shown as all of the
//! old middle removed and all of the new middle added, so the work and
//! memory stay bounded whatever the input.

/// Largest comparison table, in cells (4 bytes each).
pub const MAX_CELLS: usize = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// Splits a text into runs of non-space and runs of space, so that joining
/// the pieces gives the text back.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|s| s != is_space) {
            out.push(&text[start..i]);
            start = i;
        }
        space = Some(is_space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The edit script turning `old` into `new` (both already without their
/// common start and end).
fn script<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<(Op, &'a str)> {
    let (n, m) = (old.len(), new.len());
    let cells = (n + 1).checked_mul(m + 1);
    if n == 0 || m == 0 || cells.is_none_or(|c| c > MAX_CELLS) {
        let mut out: Vec<(Op, &str)> = old.iter().map(|t| (Op::Removed, *t)).collect();
        out.extend(new.iter().map(|t| (Op::Added, *t)));
        return out;
    }
    // lcs[i * (m + 1) + j]: the longest common run of old[i..] and new[j..].
    let width = m + 1;
    let mut lcs = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * width + j] = if old[i] == new[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i] == new[j] {
            out.push((Op::Same, old[i]));
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
            out.push((Op::Removed, old[i]));
            i += 1;
        } else {
            out.push((Op::Added, new[j]));
            j += 1;
        }
    }
    out.extend(old[i..].iter().map(|t| (Op::Removed, *t)));
    out.extend(new[j..].iter().map(|t| (Op::Added, *t)));
    out
}

/// The difference between two texts as escaped HTML (see the module). Equal
/// texts give the text itself, escaped, without any mark.
pub fn diff_html(old: &str, new: &str) -> String {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let prefix = old_tokens.iter().zip(&new_tokens).take_while(|(a, b)| a == b).count();
    let suffix =
        old_tokens[prefix..].iter().rev().zip(new_tokens[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let middle = script(&old_tokens[prefix..old_tokens.len() - suffix], &new_tokens[prefix..new_tokens.len() - suffix]);
    let mut ops: Vec<(Op, &str)> = Vec::with_capacity(prefix + middle.len() + suffix);
    ops.extend(old_tokens[..prefix].iter().map(|t| (Op::Same, *t)));
    ops.extend(middle);
    ops.extend(old_tokens[old_tokens.len() - suffix..].iter().map(|t| (Op::Same, *t)));
    // Removed runs come before added runs where both interleave, so that
    // "a b" -> "c d" reads "<del>a b</del><ins>c d</ins>" and not word by word.
    let mut out = String::with_capacity(old.len() + new.len() + 64);
    // What a screen reader says before each change, in the reader's language.
    let removed = plaza_i18n::tr("core-text-diff-removed");
    let added = plaza_i18n::tr("core-text-diff-added");
    let mut k = 0;
    while k < ops.len() {
        if ops[k].0 == Op::Same {
            escape_into(&mut out, ops[k].1);
            k += 1;
            continue;
        }
        let end = ops[k..].iter().position(|(op, _)| *op == Op::Same).map_or(ops.len(), |p| k + p);
        let changed = &ops[k..end];
        for (op, tag, label) in [(Op::Removed, "del", removed.as_str()), (Op::Added, "ins", added.as_str())] {
            let text: Vec<&str> = changed.iter().filter(|(o, _)| *o == op).map(|(_, t)| *t).collect();
            if text.iter().all(|t| t.trim().is_empty()) {
                // Only spaces changed here: show the new spacing, unmarked.
                if op == Op::Added {
                    text.iter().for_each(|t| escape_into(&mut out, t));
                }
                continue;
            }
            out.push('<');
            out.push_str(tag);
            out.push_str("><span class=\"visually-hidden\">");
            escape_into(&mut out, label);
            out.push_str(" </span>");
            text.iter().for_each(|t| escape_into(&mut out, t));
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
        k = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(html: &str) -> String {
        html.replace("<span class=\"visually-hidden\">Removed: </span>", "")
            .replace("<span class=\"visually-hidden\">Added: </span>", "")
    }

    #[test]
    fn equal_texts_come_back_escaped_without_marks() {
        assert_eq!(diff_html("Parks & <trees>", "Parks & <trees>"), "Parks &amp; &lt;trees&gt;");
    }

    #[test]
    fn a_changed_word_is_shown_removed_then_added() {
        assert_eq!(
            plain(&diff_html("Plant trees on Main Street", "Plant trees on Elm Street")),
            "Plant trees on <del>Main</del><ins>Elm</ins> Street"
        );
    }

    #[test]
    fn added_and_removed_sentences_are_marked_in_their_places() {
        let old = "We map benches. We ask residents.";
        let new = "We map benches and fountains. We ask residents.";
        assert_eq!(
            plain(&diff_html(old, new)),
            "We map <del>benches.</del><ins>benches and fountains.</ins> We ask residents."
        );
        assert_eq!(plain(&diff_html("One. Two.", "One.")), "One.<del> Two.</del>");
        assert_eq!(plain(&diff_html("", "New text")), "<ins>New text</ins>");
    }

    #[test]
    fn screen_readers_hear_what_was_removed_and_added() {
        let html = diff_html("old", "new");
        assert_eq!(
            html,
            "<del><span class=\"visually-hidden\">Removed: </span>old</del><ins><span class=\"visually-hidden\">Added: </span>new</ins>"
        );
    }

    #[test]
    fn markup_typed_by_an_entrant_is_escaped_inside_the_marks() {
        let html = diff_html("<b>bold</b>", "<script>alert('x')</script>");
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    #[test]
    fn line_breaks_are_kept_and_a_spacing_change_alone_is_not_marked() {
        assert_eq!(diff_html("a\nb", "a\n\nb"), "a\n\nb");
        assert_eq!(
            plain(&diff_html("first line\nsecond", "first line\nthird")),
            "first line\n<del>second</del><ins>third</ins>"
        );
    }

    #[test]
    fn a_change_too_large_to_compare_is_shown_whole_and_the_table_stays_bounded() {
        // Two texts whose changed middles are each 2,000 words (4,000 tokens):
        // 16 million cells would be needed, more than the bound.
        let old: String = (0..2000).map(|i| format!("old{i} ")).collect();
        let new: String = (0..2000).map(|i| format!("new{i} ")).collect();
        const { assert!(4000 * 4000 > MAX_CELLS) };
        let html = plain(&diff_html(&old, &new));
        assert_eq!(html.matches("<del>").count(), 1);
        assert_eq!(html.matches("<ins>").count(), 1);
        assert!(html.starts_with("<del>old0 "));
        assert!(html.ends_with("new1999</ins> "));
    }

    #[test]
    fn joining_the_tokens_gives_the_text_back() {
        for text in ["", " ", "a", "  two  words\n\nand more ", "é à\tü"] {
            assert_eq!(tokens(text).concat(), text);
        }
    }
}
