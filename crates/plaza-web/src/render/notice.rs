//! The one-line confirmations a page shows after a form sends the person back
//! to it (post, redirect, get). The redirect names the notice in `?notice=`;
//! the page shows its sentence. Each page has its own set, so a crafted link
//! cannot make a page say something that does not belong on it, and every
//! sentence a resident can read after a form is in this one file.

use serde::Deserialize;

/// `?notice=` as a page reads it; a name the page does not know shows nothing.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct NoticeQuery {
    #[serde(default)]
    pub notice: Option<String>,
}

macro_rules! notices {
    ($( $(#[$doc:meta])* $page:ident { $( $variant:ident = $name:literal => $sentence:literal, )* } )*) => {
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

                /// What the page says.
                pub(crate) fn sentence(self) -> &'static str {
                    match self { $( $page::$variant => $sentence, )* }
                }

                /// The notice a `?notice=` value names on this page, if any.
                pub(crate) fn parse(name: Option<&str>) -> Option<Self> {
                    match name? { $( $name => Some($page::$variant), )* _ => None }
                }

                /// The sentence for a `?notice=` value, or nothing.
                #[allow(dead_code)]
                pub(crate) fn sentence_for(name: Option<&str>) -> &'static str {
                    Self::parse(name).map(Self::sentence).unwrap_or_default()
                }
            }
        )*
    };
}

notices! {
    /// An entrant's own idea page.
    IdeaNotice {
        FileAttached = "file" => "The file is attached.",
        FileRemoved = "removed" => "The file is removed.",
        Withdrawn = "withdrawn" => "Your idea is withdrawn. It will not be judged.",
        Updated = "updated" => "Your changes are saved.",
        NewVersion = "new-version" => "Your changes are saved. Judges who already scored your idea will see what changed and check their scores.",
    }

    /// The organizers' judging dashboard of a track.
    JudgingNotice {
        RubricSaved = "rubric" => "The rubric is saved.",
        Opened = "opened" => "Judging is open: every idea has its judges. We emailed each judge.",
        Closed = "closed" => "Judging is closed. Scores can no longer change.",
        Assigned = "assigned" => "The new ideas have their judges. We emailed each judge who has new ideas.",
        NothingNew = "nothing-new" => "Every idea already has its judges: there was nothing new to assign.",
        Reopened = "reopened" => "Judging is open again: judges can change their scores until you close it.",
        Reminded = "reminded" => "The reminder is on its way.",
        Decided = "decided" => "Your decision is saved. It is published with the results.",
        Undecided = "undecided" => "The decision is removed.",
        Declaration = "declaration" => "The judge's declaration is saved and written to the audit log.",
        DeclarationMoved = "declaration-moved" => "The judge's declaration is saved and written to the audit log. Ideas it now conflicts with went to other judges.",
        ConflictConfirmed = "conflict-confirmed" => "The conflict is confirmed: that judge will not judge that idea.",
        ConflictDismissed = "conflict-dismissed" => "Noted: those names are not a conflict.",
    }

    /// The organizers' list of a track's ideas (and those entered for residents).
    IdeasListNotice {
        Confirm = "confirm" => "The idea is entered. We emailed the resident a link to confirm it; judges see it once they do.",
        Attested = "attested" => "The idea is entered and counts as confirmed.",
        Corrected = "corrected" => "The idea is corrected. The old link no longer works; we emailed the resident a new one to confirm it.",
        CorrectedPhone = "corrected-phone" => "The idea is corrected. Read it back to the resident, then press “I read it back to them by phone”.",
        Resent = "resent" => "We emailed the resident a new link to confirm the idea. The old link no longer works.",
        Scanned = "scanned" => "The scan of the paper form is kept with the idea. Only organizers can open it.",
    }

    /// The organizers' reviews page of a track.
    ReviewsNotice {
        Held = "held" => "The feedback is held back: the entrant will not see it. The reason is in the audit log.",
        Released = "released" => "The feedback is no longer held back: the entrant will see it when the results are published.",
    }

    /// The organizers' people page of a challenge.
    PeopleNotice {
        Invited = "invited" => "The invitation was sent. It is listed under “Invitations not yet accepted” until it is.",
        Removed = "removed" => "The role was removed.",
        Cancelled = "cancelled" => "The invitation was cancelled: its link no longer works.",
    }

    /// An entrant's team page, after making a team or joining one.
    TeamNotice {
        Created = "created" => "Your team is ready: you have entered this challenge.",
        Joined = "joined" => "You joined the team: you have entered this challenge.",
    }

    /// A judge's queue.
    QueueNotice {
        AllScored = "all-scored" => "Your scores are saved, and you have scored every idea given to you. Thank you! You can still change your scores until judging closes.",
        Declared = "declared" => "Thank you. Your declaration is saved.",
    }

    /// An idea as a judge scores it.
    JudgeIdeaNotice {
        Saved = "saved" => "Your scores are saved.",
        Undone = "undone" => "Your last change is undone.",
        Nothing = "nothing" => "There is nothing to undo.",
        Confirmed = "confirmed" => "Your scores are kept: they now stand for the idea as it is now.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        name: fn(T) -> &'static str,
        sentence: fn(T) -> &'static str,
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
