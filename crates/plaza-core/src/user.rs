//! People and the teams they enter challenges as.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UserId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TeamId(pub i64);

/// An email address, trimmed and lowercased, with one `@`, a non-empty local
/// part and a domain that has a dot. Deliverability is proven by the sign-in
/// link, not here.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Self> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Error::InvalidEmail(plaza_i18n::tr("edits-user-email-required")));
        }
        if trimmed.len() > Self::MAX_LEN {
            return Err(Error::InvalidEmail(plaza_i18n::tr_with(
                "edits-user-email-too-long",
                &[("max", Self::MAX_LEN.into())],
            )));
        }
        let invalid =
            || Error::InvalidEmail(plaza_i18n::tr_with("edits-user-email-invalid", &[("email", trimmed.into())]));
        let (local, domain) = trimmed.split_once('@').ok_or_else(invalid)?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || trimmed.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(invalid());
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = Error;
    fn try_from(value: String) -> Result<Self> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

/// A person with an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub display_name: String,
    pub is_admin: bool,
    pub created_at: DateTime<Utc>,
    /// Email when an entry is scored and when results are published.
    pub notify_results: bool,
    /// Email about news from challenges the person takes part in.
    pub notify_news: bool,
    /// Whether the person has agreed to the terms of use.
    pub terms_accepted: bool,
    /// The time zone the person reads times in, beside each challenge's
    /// own (`None`: only the challenge's).
    pub time_zone: Option<crate::Zone>,
    /// The language the person reads Plaza in, pages and emails (a tag
    /// such as `es`; `None`: their browser's, else the site's).
    pub locale: Option<String>,
}

/// The unit that enters a challenge and holds a leaderboard row; a solo entrant
/// is a team of one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: TeamId,
    pub challenge_id: i64,
    pub name: String,
    /// Shown on leaderboards instead of the name when `show_alias` is set.
    pub alias: String,
    pub show_alias: bool,
    pub members: Vec<TeamMember>,
}

impl User {
    /// Whether this person, holding `roles` in a challenge, may act as its
    /// organizer: its organizers and every site admin.
    pub fn organizes(&self, roles: &[ChallengeRole]) -> bool {
        self.is_admin || roles.contains(&ChallengeRole::Organizer)
    }
}

impl Team {
    /// The name the public sees on leaderboards.
    pub fn public_name(&self) -> &str {
        if self.show_alias { &self.alias } else { &self.name }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub user_id: UserId,
    pub display_name: String,
}

/// What a person may do on one challenge beyond entering it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChallengeRole {
    Organizer,
    Judge,
    /// A partner organization (a library, a neighbourhood association):
    /// triages data reports, moderates data stories and enters ideas for
    /// residents, and is named on the challenge page as a place to get help.
    Intermediary,
}

impl ChallengeRole {
    pub fn name(self) -> &'static str {
        match self {
            ChallengeRole::Organizer => "organizer",
            ChallengeRole::Judge => "judge",
            ChallengeRole::Intermediary => "intermediary",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        match input {
            "organizer" => Some(ChallengeRole::Organizer),
            "judge" => Some(ChallengeRole::Judge),
            "intermediary" => Some(ChallengeRole::Intermediary),
            _ => None,
        }
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(match self {
            ChallengeRole::Organizer => "edits-user-role-organizer",
            ChallengeRole::Judge => "edits-user-role-judge",
            ChallengeRole::Intermediary => "edits-user-role-intermediary",
        })
    }
}

/// What a personal API token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenScope {
    /// Read challenges, submissions and leaderboards.
    Read,
    /// Read, and send entries on the holder's behalf.
    Submit,
}

impl TokenScope {
    pub fn name(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::Submit => "submit",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        match input {
            "read" => Some(TokenScope::Read),
            "submit" => Some(TokenScope::Submit),
            _ => None,
        }
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(match self {
            TokenScope::Read => "edits-user-scope-read",
            TokenScope::Submit => "edits-user-scope-submit",
        })
    }
}

/// Longest team name or alias.
pub const MAX_TEAM_NAME: usize = 60;

/// Trims a team name or alias and checks it.
pub fn parse_team_name(input: &str) -> Result<String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(Error::Invalid(plaza_i18n::tr("edits-user-team-name-required")));
    }
    if name.chars().count() > MAX_TEAM_NAME {
        return Err(Error::Invalid(plaza_i18n::tr_with(
            "edits-user-team-name-too-long",
            &[("max", MAX_TEAM_NAME.into())],
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::Invalid(plaza_i18n::tr("edits-user-team-name-control")));
    }
    Ok(name.to_owned())
}

/// Longest display name we store; longer input is refused, not cut.
pub const MAX_DISPLAY_NAME: usize = 80;

/// Trims a display name and checks its length and characters.
pub fn parse_display_name(input: &str) -> Result<String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(Error::Invalid(plaza_i18n::tr("edits-user-display-name-required")));
    }
    if name.chars().count() > MAX_DISPLAY_NAME {
        return Err(Error::Invalid(plaza_i18n::tr_with(
            "edits-user-display-name-too-long",
            &[("max", MAX_DISPLAY_NAME.into())],
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::Invalid(plaza_i18n::tr("edits-user-display-name-control")));
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_lowercased() {
        assert_eq!(Email::parse("  Ana@Example.ORG ").map(String::from), Ok("ana@example.org".into()));
    }

    #[test]
    fn malformed_emails_are_refused_with_an_example() {
        for bad in ["", "ana", "ana@", "@example.org", "ana@example", "a b@example.org", "a@b@c.org"] {
            let err = Email::parse(bad).expect_err(bad);
            assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn display_names_are_bounded() {
        assert!(parse_display_name(&"x".repeat(81)).is_err());
        assert_eq!(parse_display_name(" Ana "), Ok("Ana".into()));
    }

    #[test]
    fn organizers_and_site_admins_act_as_organizers_and_judges_do_not() {
        let mut user = User {
            id: UserId(1),
            email: Email::parse("ana@example.org").unwrap_or_else(|e| panic!("{e}")),
            display_name: "Ana".into(),
            is_admin: false,
            created_at: chrono::Utc::now(),
            notify_results: true,
            notify_news: true,
            terms_accepted: true,
            time_zone: None,
            locale: None,
        };
        assert!(user.organizes(&[ChallengeRole::Judge, ChallengeRole::Organizer]));
        assert!(!user.organizes(&[ChallengeRole::Judge]));
        user.is_admin = true;
        assert!(user.organizes(&[]), "a site admin organizes every challenge");
    }
}
