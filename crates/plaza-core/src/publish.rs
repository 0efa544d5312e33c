//! Who hears what when a challenge's results are published: each entrant of
//! a judged idea gets the judges' feedback on it (without what organizers
//! held back) and its place; each follower who did not enter gets the
//! winners. Pure: the store reads the parts, the web composes the emails.

use std::collections::BTreeSet;

use crate::review::{Decision, FeedbackHold, ReviewRecord, entrant_feedback};
use crate::{Email, Idea, User};

/// Someone an entrant's email goes to; an account gets an unsubscribe link.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub name: String,
    pub email: Email,
    pub user: Option<User>,
}

/// The email about one judged idea, to each of its recipients.
#[derive(Debug, Clone)]
pub struct IdeaMail {
    pub track_title: String,
    pub title: String,
    pub place: &'static str,
    pub reason: String,
    pub feedback: Vec<String>,
    /// Pieces of feedback organizers held back.
    pub held: usize,
    pub recipients: Vec<Recipient>,
}

impl IdeaMail {
    /// The email about `idea`: its team's members who want result emails,
    /// or, for an idea staff entered for a resident, that resident.
    pub fn new(
        track_title: &str,
        idea: &Idea,
        decision: Option<&Decision>,
        reviews: &[ReviewRecord],
        holds: &[FeedbackHold],
        team: &[User],
    ) -> IdeaMail {
        let feedback = entrant_feedback(reviews, holds, idea.id);
        let written = entrant_feedback(reviews, &[], idea.id).len();
        let recipients = if idea.team_id.is_some() {
            team.iter()
                .filter(|user| user.notify_results)
                .map(|user| Recipient {
                    name: user.display_name.clone(),
                    email: user.email.clone(),
                    user: Some(user.clone()),
                })
                .collect()
        } else {
            Email::parse(&idea.contact_email)
                .map(|email| vec![Recipient { name: idea.contact_name.clone(), email, user: None }])
                .unwrap_or_default()
        };
        IdeaMail {
            track_title: track_title.to_owned(),
            title: idea.fields.title.clone(),
            place: decision.map_or("", |d| d.place.label()),
            reason: decision.map(|d| d.reason.clone()).unwrap_or_default(),
            held: written - feedback.len(),
            feedback,
            recipients,
        }
    }
}

/// The followers to send the winners to: those not already told as entrants.
pub fn followers_to_tell(followers: Vec<User>, ideas: &[IdeaMail]) -> Vec<User> {
    let told: BTreeSet<&str> = ideas.iter().flat_map(|i| i.recipients.iter().map(|r| r.email.as_str())).collect();
    followers.into_iter().filter(|f| !told.contains(f.email.as_str())).collect()
}
