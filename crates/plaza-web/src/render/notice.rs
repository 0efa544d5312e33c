//! The one-line confirmations a page shows after a form sends the person back
//! to it (post, redirect, get). The redirect names the notice in `?notice=`;
//! the page shows its sentence. Each page has its own set, so a crafted link
//! cannot make a page say something that does not belong on it, and every
//! notice a resident can read after a form is listed in this one file. Its
//! sentence is the message `web-render-notice-<page>-<name>` of the message
//! files (`templates/locales/<lang>/web_public.ftl`), in the reader's language.

use serde::Deserialize;

/// `?notice=` as a page reads it; a name the page does not know shows nothing.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct NoticeQuery {
    #[serde(default)]
    pub notice: Option<String>,
}

macro_rules! notices {
    ($( $(#[$doc:meta])* $page:ident ($prefix:literal) { $( $variant:ident = $name:literal, )* } )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub(crate) enum $page { $( $variant, )* }

            impl $page {
                #[allow(dead_code)]
                pub(crate) const ALL: &[$page] = &[$( $page::$variant, )*];

                /// The name that travels in `?notice=`.
                pub(crate) fn name(self) -> &'static str {
                    match self { $( $page::$variant => $name, )* }
                }

                /// The id of its sentence in the message files.
                fn message_id(self) -> &'static str {
                    match self { $( $page::$variant => concat!("web-render-notice-", $prefix, "-", $name), )* }
                }

                /// What the page says, in the reader's language.
                pub(crate) fn sentence(self) -> String {
                    plaza_i18n::tr(self.message_id())
                }

                /// The notice a `?notice=` value names on this page, if any.
                pub(crate) fn parse(name: Option<&str>) -> Option<Self> {
                    match name? { $( $name => Some($page::$variant), )* _ => None }
                }

                /// The sentence for a `?notice=` value, or nothing.
                #[allow(dead_code)]
                pub(crate) fn sentence_for(name: Option<&str>) -> String {
                    Self::parse(name).map(Self::sentence).unwrap_or_default()
                }
            }
        )*
    };
}

notices! {
    /// An entrant's own idea page.
    IdeaNotice ("idea") {
        FileAttached = "file",
        FileRemoved = "removed",
        Withdrawn = "withdrawn",
        Updated = "updated",
        NewVersion = "new-version",
    }

    /// The organizers' judging dashboard of a track.
    JudgingNotice ("judging") {
        RubricSaved = "rubric",
        Opened = "opened",
        Closed = "closed",
        Assigned = "assigned",
        NothingNew = "nothing-new",
        Reopened = "reopened",
        Reminded = "reminded",
        Decided = "decided",
        Undecided = "undecided",
        Declaration = "declaration",
        DeclarationMoved = "declaration-moved",
        ConflictConfirmed = "conflict-confirmed",
        ConflictDismissed = "conflict-dismissed",
    }

    /// The organizers' list of a track's ideas (and those entered for residents).
    IdeasListNotice ("ideas-list") {
        Confirm = "confirm",
        Attested = "attested",
        Corrected = "corrected",
        CorrectedPhone = "corrected-phone",
        Resent = "resent",
        Scanned = "scanned",
    }

    /// The organizers' reviews page of a track.
    ReviewsNotice ("reviews") {
        Held = "held",
        Released = "released",
    }

    /// The organizers' people page of a challenge.
    PeopleNotice ("people") {
        Invited = "invited",
        Removed = "removed",
        Cancelled = "cancelled",
    }

    /// An entrant's team page, after making a team or joining one.
    TeamNotice ("team") {
        Created = "created",
        Joined = "joined",
    }

    /// A judge's queue.
    QueueNotice ("queue") {
        AllScored = "all-scored",
        Declared = "declared",
    }

    /// An idea as a judge scores it.
    JudgeIdeaNotice ("judge-idea") {
        Saved = "saved",
        Undone = "undone",
        Nothing = "nothing",
        Confirmed = "confirmed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        name: fn(T) -> &'static str,
        sentence: fn(T) -> String,
        parse: fn(Option<&str>) -> Option<T>,
    ) {
        for &notice in all {
            assert_eq!(parse(Some(name(notice))), Some(notice), "{notice:?} round-trips");
            assert!(sentence(notice).ends_with('.') || sentence(notice).ends_with('”'), "{notice:?} is a sentence");
        }
        assert_eq!(parse(Some("no-such-notice")), None);
        assert_eq!(parse(None), None);
    }

    #[test]
    fn every_notice_round_trips_through_its_name_and_unknown_names_show_nothing() {
        check(IdeaNotice::ALL, IdeaNotice::name, IdeaNotice::sentence, IdeaNotice::parse);
        check(JudgingNotice::ALL, JudgingNotice::name, JudgingNotice::sentence, JudgingNotice::parse);
        check(IdeasListNotice::ALL, IdeasListNotice::name, IdeasListNotice::sentence, IdeasListNotice::parse);
        check(ReviewsNotice::ALL, ReviewsNotice::name, ReviewsNotice::sentence, ReviewsNotice::parse);
        check(PeopleNotice::ALL, PeopleNotice::name, PeopleNotice::sentence, PeopleNotice::parse);
        check(TeamNotice::ALL, TeamNotice::name, TeamNotice::sentence, TeamNotice::parse);
        check(QueueNotice::ALL, QueueNotice::name, QueueNotice::sentence, QueueNotice::parse);
        check(JudgeIdeaNotice::ALL, JudgeIdeaNotice::name, JudgeIdeaNotice::sentence, JudgeIdeaNotice::parse);
        assert_eq!(IdeaNotice::sentence_for(Some("rubric")), "", "a notice of another page shows nothing");
    }
}
