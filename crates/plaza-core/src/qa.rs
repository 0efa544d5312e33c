//! Questions and answers of a challenge: anyone signed in asks; organizers
//! publish a question or decline it (with a reason its asker reads), answer
//! it, and may pin it under the brief. Pure rules; the store keeps them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::user::UserId;

/// The longest question (a few paragraphs).
pub const MAX_QUESTION: usize = 2_000;
/// The longest answer.
pub const MAX_ANSWER: usize = 10_000;
/// The longest reason for declining a question.
pub const MAX_REASON: usize = 500;
/// Questions one person may ask in an hour.
pub const QUESTIONS_PER_HOUR: u32 = 10;

/// Where a question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionStatus {
    /// Asked; only the asker and the organizers see it.
    Pending,
    /// Public, with or without an answer yet.
    Published,
    /// Not published; its asker reads why.
    Declined,
}

impl QuestionStatus {
    pub const ALL: [QuestionStatus; 3] = [QuestionStatus::Pending, QuestionStatus::Published, QuestionStatus::Declined];

    pub fn name(self) -> &'static str {
        match self {
            QuestionStatus::Pending => "pending",
            QuestionStatus::Published => "published",
            QuestionStatus::Declined => "declined",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == input)
    }

    /// In the reader's language.
    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("qa-status-{}", self.name()))
    }
}

/// A question with what the organizers did with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub challenge_id: i64,
    pub asker: UserId,
    pub body: String,
    pub status: QuestionStatus,
    /// Declined questions: why, for the asker.
    pub decline_reason: String,
    /// Empty until answered.
    pub answer: String,
    pub answered_at: Option<DateTime<Utc>>,
    pub pinned: bool,
    pub created_at: DateTime<Utc>,
}

/// Trims `text` and checks it has 1 to `max` characters; the problem is a
/// sentence for the person (`what` names the field: "question", "answer").
fn checked(text: &str, max: usize, empty_id: &str, long_id: &str) -> Result<String, String> {
    let text = text.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Err(plaza_i18n::tr(empty_id));
    }
    let count = text.chars().count();
    if count > max {
        return Err(plaza_i18n::tr_with(long_id, &[("max", max.into()), ("count", count.into())]));
    }
    Ok(text)
}

/// A question as asked.
pub fn check_question(text: &str) -> Result<String, String> {
    checked(text, MAX_QUESTION, "qa-question-empty", "qa-question-too-long")
}

/// An organizer's answer.
pub fn check_answer(text: &str) -> Result<String, String> {
    checked(text, MAX_ANSWER, "qa-answer-empty", "qa-answer-too-long")
}

/// Why a question is declined.
pub fn check_reason(text: &str) -> Result<String, String> {
    checked(text, MAX_REASON, "qa-reason-empty", "qa-reason-too-long")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(check_question("  When does it close?\r\n").as_deref(), Ok("When does it close?"));
        assert!(check_question("   ").is_err());
        assert!(check_question(&"a".repeat(MAX_QUESTION)).is_ok());
        let long = check_question(&"a".repeat(MAX_QUESTION + 1)).err().unwrap_or_default();
        assert!(long.contains("2000") || long.contains("2,000"), "{long}");
        assert!(check_answer("").is_err());
        assert!(check_reason(&"b".repeat(MAX_REASON + 1)).is_err());
    }

    #[test]
    fn statuses_round_trip() {
        for status in QuestionStatus::ALL {
            assert_eq!(QuestionStatus::parse(status.name()), Some(status));
        }
        assert_eq!(QuestionStatus::parse("answered"), None);
    }
}
