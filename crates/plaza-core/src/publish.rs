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
    /// The language of their emails: their account's, or the one staff
    /// chose for a resident without one.
    pub locale: Option<String>,
}

/// The email about one judged idea, to each of its recipients.
#[derive(Debug, Clone)]
pub struct IdeaMail {
    pub track_title: String,
    pub title: String,
    /// Its place, if the organizers chose it (its words are the reader's).
    pub place: Option<crate::review::Place>,
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
                    locale: user.locale.clone(),
                    user: Some(user.clone()),
                })
                .collect()
        } else {
            Email::parse(&idea.contact_email)
                .map(|email| {
                    let locale = idea.assisted.as_ref().and_then(|a| a.locale.clone());
                    vec![Recipient { name: idea.contact_name.clone(), email, user: None, locale }]
                })
                .unwrap_or_default()
        };
        IdeaMail {
            track_title: track_title.to_owned(),
            title: idea.fields.title.clone(),
            place: decision.map(|d| d.place),
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

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::idea::{Affiliations, Confirmation, IdeaFields, IdeaStatus};
    use crate::{TeamId, UserId};

    fn person(id: i64, wants_results: bool) -> User {
        User {
            id: UserId(id),
            email: Email::parse(&format!("p{id}@example.org")).unwrap_or_else(|e| panic!("{e}")),
            display_name: format!("Person {id}"),
            is_admin: false,
            created_at: Utc::now(),
            notify_results: wants_results,
            notify_news: true,
            terms_accepted: true,
            time_zone: None,
            locale: None,
        }
    }

    fn idea(team: Option<i64>, contact_email: &str) -> Idea {
        Idea {
            id: 1,
            challenge_id: 1,
            track_id: 1,
            team_id: team.map(TeamId),
            author_id: None,
            status: IdeaStatus::Submitted,
            fields: IdeaFields { title: "Shade for bus stops".into(), ..IdeaFields::default() },
            declared: Affiliations::default(),
            contact_name: "Ana".into(),
            contact_email: contact_email.into(),
            assisted: None,
            confirmation: Confirmation::NotNeeded,
            confirmed_at: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            submitted_at: Some(Utc::now()),
            version: 1,
        }
    }

    #[test]
    fn a_teams_members_who_want_results_hear_and_followers_already_told_do_not_hear_twice() {
        let (wants, declines) = (person(1, true), person(2, false));
        let mail = IdeaMail::new("Ideas", &idea(Some(7), ""), None, &[], &[], &[wants.clone(), declines.clone()]);
        let to: Vec<&str> = mail.recipients.iter().map(|r| r.email.as_str()).collect();
        assert_eq!(to, ["p1@example.org"], "only members who asked for result emails");
        assert_eq!((mail.place, mail.held), (None, 0), "no decision, nothing held");
        let followers = followers_to_tell(vec![wants, declines.clone(), person(3, true)], &[mail]);
        let ids: Vec<i64> = followers.iter().map(|f| f.id.0).collect();
        assert_eq!(ids, [2, 3], "the member already told is not sent the winners too");
    }

    #[test]
    fn a_resident_without_an_account_hears_at_the_address_staff_typed_in_or_not_at_all() {
        let mail = IdeaMail::new("Ideas", &idea(None, "ana@example.org"), None, &[], &[], &[]);
        assert_eq!(mail.recipients.len(), 1);
        assert!(mail.recipients[0].user.is_none(), "no account, so no unsubscribe link");
        let mail = IdeaMail::new("Ideas", &idea(None, ""), None, &[], &[], &[]);
        assert!(mail.recipients.is_empty(), "taken by phone with no address: the confirmation page says so");
    }
}
