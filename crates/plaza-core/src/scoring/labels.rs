//! Class labels: which cells name the same class, and the class codes the
//! metrics count with.

use std::collections::HashMap;

/// A trimmed cell read as a class label: a number (so `1` and `1.0` are one
/// label, as they are once pandas has read a numeric column) or exact text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label<'a> {
    /// The bits of a finite `f64`, with -0 folded into 0.
    Number(u64),
    Text(&'a str),
}

impl<'a> Label<'a> {
    /// Reads a cell; `None` if it is empty.
    pub(crate) fn read(cell: &'a str) -> Option<Self> {
        let cell = cell.trim();
        if cell.is_empty() {
            return None;
        }
        if cell.eq_ignore_ascii_case("true") {
            return Some(Label::Number(1.0f64.to_bits()));
        }
        if cell.eq_ignore_ascii_case("false") {
            return Some(Label::Number(0.0f64.to_bits()));
        }
        Some(match cell.parse::<f64>() {
            Ok(v) if v.is_finite() => Label::Number(number_key(v)),
            _ => Label::Text(cell),
        })
    }

    /// The number this label stands for, if it is one.
    pub(crate) fn number(self) -> Option<f64> {
        match self {
            Label::Number(bits) => Some(f64::from_bits(bits)),
            Label::Text(_) => None,
        }
    }
}

/// The hash key of a number, equal for equal numbers (-0 and 0 included).
pub(crate) fn number_key(v: f64) -> u64 {
    (v + 0.0).to_bits()
}

/// Gives each distinct label a class code 0, 1, 2, … in order of appearance.
/// Codes are whole numbers below 2^53, so they survive the trip through `f64`.
#[derive(Debug, Clone, Default)]
pub(crate) struct LabelTable {
    numbers: HashMap<u64, usize>,
    texts: HashMap<Box<str>, usize>,
    first_code: usize,
}

impl LabelTable {
    /// A table whose codes start after those of another table.
    pub(crate) fn after(other: &LabelTable) -> Self {
        LabelTable { first_code: other.first_code + other.len(), ..LabelTable::default() }
    }

    pub(crate) fn len(&self) -> usize {
        self.numbers.len() + self.texts.len()
    }

    pub(crate) fn get(&self, label: Label<'_>) -> Option<usize> {
        match label {
            Label::Number(bits) => self.numbers.get(&bits).copied(),
            Label::Text(text) => self.texts.get(text).copied(),
        }
    }

    pub(crate) fn intern(&mut self, label: Label<'_>) -> usize {
        if let Some(code) = self.get(label) {
            return code;
        }
        let code = self.first_code + self.len();
        match label {
            Label::Number(bits) => self.numbers.insert(bits, code),
            Label::Text(text) => self.texts.insert(text.into(), code),
        };
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_spellings_are_one_label_and_text_is_exact() {
        assert_eq!(Label::read(" 1 "), Label::read("1.0"));
        assert_eq!(Label::read("TRUE"), Label::read("1"));
        assert_eq!(Label::read("-0"), Label::read("0"));
        assert_ne!(Label::read("Cat"), Label::read("cat"));
        assert_eq!(Label::read(" cat "), Some(Label::Text("cat")));
        assert_eq!(Label::read("nan"), Some(Label::Text("nan")));
        assert_eq!(Label::read("  "), None);
    }

    #[test]
    fn codes_continue_after_another_table() {
        let mut first = LabelTable::default();
        assert_eq!(first.intern(Label::Text("a")), 0);
        assert_eq!(first.intern(Label::Number(number_key(2.0))), 1);
        assert_eq!(first.intern(Label::Text("a")), 0);
        let mut second = LabelTable::after(&first);
        assert_eq!(second.intern(Label::Text("b")), 2);
        assert_eq!(second.get(Label::Text("a")), None);
    }
}
