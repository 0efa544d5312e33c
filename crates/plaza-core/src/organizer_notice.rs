//! The kinds of email organizers get about the challenges they organize,
//! and each organizer's choice of which to get and how (single emails or one
//! daily digest).

/// Something that happened in a challenge that its organizers may want to hear of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeKind {
    /// A resident sent an idea, or staff entered one for a resident.
    IdeaSent,
    /// A resident confirmed an idea that staff entered for them.
    IdeaConfirmed,
    /// A judge stepped aside from an entry.
    JudgeRecused,
    /// The last outstanding review of a track was saved.
    JudgingComplete,
    /// Plaza could not score a coding entry, for reasons of its own.
    EntryFailed,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 5] = [
        NoticeKind::IdeaSent,
        NoticeKind::IdeaConfirmed,
        NoticeKind::JudgeRecused,
        NoticeKind::JudgingComplete,
        NoticeKind::EntryFailed,
    ];

    /// The name stored in the database and used in form fields.
    pub fn name(self) -> &'static str {
        match self {
            NoticeKind::IdeaSent => "idea_sent",
            NoticeKind::IdeaConfirmed => "idea_confirmed",
            NoticeKind::JudgeRecused => "judge_recused",
            NoticeKind::JudgingComplete => "judging_complete",
            NoticeKind::EntryFailed => "entry_failed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == value)
    }

    /// Completes "Email me when…" on the account page.
    pub fn label(self) -> &'static str {
        match self {
            NoticeKind::IdeaSent => "an idea is sent, by a resident or by staff on a resident's behalf",
            NoticeKind::IdeaConfirmed => "a resident confirms an idea that staff entered for them",
            NoticeKind::JudgeRecused => "a judge steps aside from an entry",
            NoticeKind::JudgingComplete => "every judge has scored every entry of a track",
            NoticeKind::EntryFailed => "Plaza could not score a coding entry because of a problem on its side",
        }
    }

    /// [`Self::label`] in the reader's language, for the account page.
    pub fn local_label(self) -> String {
        plaza_i18n::tr(&format!("core-organizer-notice-{}", self.name()))
    }
}

/// One organizer's choice. Every kind is on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticePrefs {
    pub idea_sent: bool,
    pub idea_confirmed: bool,
    pub judge_recused: bool,
    pub judging_complete: bool,
    pub entry_failed: bool,
    /// One email a day listing what happened, instead of one email each time.
    pub digest: bool,
}

impl Default for NoticePrefs {
    fn default() -> Self {
        NoticePrefs {
            idea_sent: true,
            idea_confirmed: true,
            judge_recused: true,
            judging_complete: true,
            entry_failed: true,
            digest: false,
        }
    }
}

impl NoticePrefs {
    /// Every kind off (the one-click unsubscribe link).
    pub const NONE: NoticePrefs = NoticePrefs {
        idea_sent: false,
        idea_confirmed: false,
        judge_recused: false,
        judging_complete: false,
        entry_failed: false,
        digest: false,
    };

    pub fn wants(&self, kind: NoticeKind) -> bool {
        match kind {
            NoticeKind::IdeaSent => self.idea_sent,
            NoticeKind::IdeaConfirmed => self.idea_confirmed,
            NoticeKind::JudgeRecused => self.judge_recused,
            NoticeKind::JudgingComplete => self.judging_complete,
            NoticeKind::EntryFailed => self.entry_failed,
        }
    }

    pub fn set(&mut self, kind: NoticeKind, on: bool) {
        match kind {
            NoticeKind::IdeaSent => self.idea_sent = on,
            NoticeKind::IdeaConfirmed => self.idea_confirmed = on,
            NoticeKind::JudgeRecused => self.judge_recused = on,
            NoticeKind::JudgingComplete => self.judging_complete = on,
            NoticeKind::EntryFailed => self.entry_failed = on,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_and_is_on_by_default() {
        let prefs = NoticePrefs::default();
        for kind in NoticeKind::ALL {
            assert_eq!(NoticeKind::parse(kind.name()), Some(kind));
            assert!(prefs.wants(kind));
            assert!(!NoticePrefs::NONE.wants(kind));
        }
        assert!(!prefs.digest);
    }

    #[test]
    fn turning_one_kind_off_leaves_the_others() {
        let mut prefs = NoticePrefs::default();
        prefs.set(NoticeKind::JudgeRecused, false);
        assert!(!prefs.wants(NoticeKind::JudgeRecused));
        assert!(prefs.wants(NoticeKind::IdeaSent));
    }
}
