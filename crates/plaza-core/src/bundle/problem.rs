//! One thing wrong with a bundle, said so that its author can fix it.

use std::fmt;

/// A problem found in a bundle: the file, the line (when there is one), the
/// field (for manifest problems) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self { file: file.into(), line: None, field: None, message: message.into() }
    }

    pub fn at_line(file: &str, line: usize, message: impl Into<String>) -> Self {
        Self { file: file.into(), line: Some(line), field: None, message: message.into() }
    }

    pub fn field(file: &str, line: usize, field: &str, message: impl Into<String>) -> Self {
        Self { file: file.into(), line: Some(line), field: Some(field.into()), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => f.write_str(&plaza_i18n::tr_with(
                "bundle-problem-file-line",
                &[("file", self.file.as_str().into()), ("line", line.into())],
            ))?,
            None => f.write_str(&self.file)?,
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A short reason for an I/O error, without the OS's path details.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => plaza_i18n::tr("bundle-problem-io-not-found"),
        // The source's own reason, such as a link that leads out of the bundle.
        std::io::ErrorKind::PermissionDenied if err.get_ref().is_some() => err.to_string(),
        std::io::ErrorKind::PermissionDenied => plaza_i18n::tr("bundle-problem-io-permission-denied"),
        std::io::ErrorKind::IsADirectory => plaza_i18n::tr("bundle-problem-io-is-a-folder"),
        _ => err.to_string(),
    }
}
