//! What a target or prediction cell must hold for each metric, and why a cell
//! is refused, in words an entrant can act on.

use plaza_i18n::{tr, tr_with};

use super::labels::Label;
use crate::metric::Metric;

/// The kind of value a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Any non-empty text (see [`Label`]).
    Label,
    /// 0 or 1 (or true/false).
    Binary,
    /// A number from 0 to 1.
    Probability,
    /// A finite number.
    Number,
    /// A finite number of 0 or more.
    NonNegative,
}

impl Kind {
    /// What the answers file holds for a metric.
    pub(crate) fn truth(metric: Metric) -> Self {
        metric.spec().answers
    }

    /// What a predictions file holds for a metric.
    pub(crate) fn prediction(metric: Metric) -> Self {
        metric.spec().predictions
    }

    /// The id of the message that completes "{metric} needs …", for
    /// [`super::MetricError::BadValue`].
    pub(crate) fn needs(self) -> &'static str {
        match self {
            Kind::Label => "scoring-values-needs-label",
            Kind::Binary => "scoring-values-needs-binary",
            Kind::Probability => "scoring-values-needs-probability",
            Kind::Number => "scoring-values-needs-number",
            Kind::NonNegative => "scoring-values-needs-non-negative",
        }
    }
}

/// A cell that was accepted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Value<'a> {
    Number(f64),
    Label(Label<'a>),
}

/// Why a cell was refused; holds the trimmed cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal<'a> {
    Empty,
    NotANumber(&'a str),
    NotFinite(&'a str),
    NotBinary(&'a str),
    NotProbability(&'a str),
    Negative(&'a str),
}

impl Refusal<'_> {
    /// Completes "the prediction for id 7 …".
    pub(crate) fn describe(self, metric: Metric) -> String {
        let (id, text) = match self {
            Refusal::Empty => return tr("scoring-values-empty"),
            Refusal::NotANumber(text) => {
                let message = tr_with("scoring-values-not-a-number", &[("value", truncate(text, 40).into())]);
                // A decimal comma (0,5): say how to write the number.
                let decimal_comma = text.replacen(',', ".", 1).parse::<f64>().is_ok();
                return if decimal_comma {
                    format!("{message} {}", tr("scoring-values-decimal-comma-hint"))
                } else {
                    message
                };
            }
            Refusal::NotFinite(text) => ("scoring-values-not-finite", text),
            Refusal::NotBinary(text) => ("scoring-values-not-binary", text),
            Refusal::NotProbability(text) => ("scoring-values-not-probability", text),
            Refusal::Negative(text) => ("scoring-values-negative", text),
        };
        tr_with(id, &[("value", truncate(text, 40).into()), ("metric", metric.name().into())])
    }

    /// The refused text, for [`super::MetricError::BadValue`].
    pub(crate) fn found(self) -> String {
        match self {
            Refusal::Empty => tr("scoring-values-an-empty-value"),
            Refusal::NotANumber(text)
            | Refusal::NotFinite(text)
            | Refusal::NotBinary(text)
            | Refusal::NotProbability(text)
            | Refusal::Negative(text) => format!("'{}'", truncate(text, 40)),
        }
    }
}

/// Reads one cell as a value of `kind`.
pub(crate) fn read(kind: Kind, cell: &str) -> Result<Value<'_>, Refusal<'_>> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Err(Refusal::Empty);
    }
    match kind {
        Kind::Label => Label::read(cell).map(Value::Label).ok_or(Refusal::Empty),
        Kind::Binary => match Label::read(cell).and_then(Label::number) {
            Some(v) if v == 0.0 || v == 1.0 => Ok(Value::Number(v + 0.0)),
            _ => Err(Refusal::NotBinary(cell)),
        },
        Kind::Probability | Kind::Number | Kind::NonNegative => {
            let v: f64 = cell.parse().map_err(|_| Refusal::NotANumber(cell))?;
            if !v.is_finite() {
                Err(Refusal::NotFinite(cell))
            } else if kind == Kind::Probability && !(0.0..=1.0).contains(&v) {
                Err(Refusal::NotProbability(cell))
            } else if kind == Kind::NonNegative && v < 0.0 {
                Err(Refusal::Negative(cell))
            } else {
                Ok(Value::Number(v))
            }
        }
    }
}

/// Cuts long text for messages.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_cells_accept_any_spelling_of_zero_and_one() {
        for cell in ["0", "1", "1.0", " true ", "FALSE", "0.00"] {
            assert!(read(Kind::Binary, cell).is_ok(), "{cell}");
        }
        assert_eq!(read(Kind::Binary, "2"), Err(Refusal::NotBinary("2")));
        assert_eq!(read(Kind::Binary, "yes"), Err(Refusal::NotBinary("yes")));
    }

    #[test]
    fn numbers_are_checked_for_range_and_finiteness() {
        assert_eq!(read(Kind::Probability, "1.5"), Err(Refusal::NotProbability("1.5")));
        assert_eq!(read(Kind::Probability, "-0.0"), Ok(Value::Number(-0.0)));
        assert_eq!(read(Kind::Number, "NaN"), Err(Refusal::NotFinite("NaN")));
        assert_eq!(read(Kind::Number, "-inf"), Err(Refusal::NotFinite("-inf")));
        assert_eq!(read(Kind::NonNegative, "-1"), Err(Refusal::Negative("-1")));
        assert_eq!(read(Kind::Number, "0,5"), Err(Refusal::NotANumber("0,5")));
        assert!(Refusal::NotANumber("0,5").describe(Metric::Rmse).ends_with("(use a dot for decimals)"));
    }
}
