//! The judging panel of an ideas track as the assignment rule sees it: the
//! entries judges may read, the judges, the conflicts between them (a judge's
//! own entries, declared ties that match, names organizers confirmed as
//! conflicts, and past recusals), the names that look alike and wait for an
//! organizer's decision, and the assignments already made. Pure: the store
//! reads the parts, this decides.

use std::collections::{BTreeSet, HashMap};

use crate::judging::{Infeasible, assign};
use crate::review::{Assignment, AssignmentStatus, ConflictDecision};
use crate::{Affiliations, Idea, Team, TeamId, User, UserId};

pub struct Panel {
    /// Entries judges may read (sent, and confirmed when staff entered them).
    pub ideas: Vec<Idea>,
    pub judges: Vec<User>,
    pub conflicts: BTreeSet<(i64, i64)>,
    /// Active assignments (judge, entry).
    pub active: Vec<(i64, i64)>,
    pub per_entry: usize,
    /// Names a judge declared that look like, but are not, names behind an
    /// idea, with no organizer's decision yet. Until decided, the pair is
    /// treated as a conflict for new assignments.
    pub near: Vec<NearMatch>,
}

/// A judge's declared name that looks like a name behind an idea.
pub struct NearMatch {
    pub judge: i64,
    pub idea: i64,
    /// "organization", "person" or "neighbourhood".
    pub kind: &'static str,
    pub judge_text: String,
    pub idea_text: String,
    pub similarity: f64,
}

/// Who is behind an entry: the ties it declares with the names of its
/// contact and team, and the accounts of its author, its team's members and
/// the staff member who typed it in for a resident. A judge with a matching
/// declared tie, or who is one of those accounts, never judges it.
struct Behind {
    ties: Affiliations,
    accounts: BTreeSet<i64>,
}

/// Who is behind an entry, its team taken from `teams` (read together for
/// all the entries at hand, so a panel costs the same few queries however
/// many entries it has).
fn behind(idea: &Idea, teams: &HashMap<TeamId, Team>) -> Behind {
    let mut ties = idea.declared.clone();
    if !idea.contact_name.is_empty() {
        ties.people.push(idea.contact_name.clone());
    }
    let mut accounts: BTreeSet<i64> = idea.author_id.iter().map(|u| u.0).collect();
    if let Some(assisted) = &idea.assisted {
        accounts.insert(assisted.by.0);
    }
    if let Some(team) = idea.team_id.and_then(|team| teams.get(&team)) {
        ties.people.extend(team.members.iter().map(|m| m.display_name.clone()));
        ties.organizations.push(team.name.clone());
        accounts.extend(team.members.iter().map(|m| m.user_id.0));
    }
    Behind { ties, accounts }
}

/// Why a judge may not judge an entry, if there is a reason: the names
/// both declared. `teams` holds the entry's team (see [`behind`]).
pub fn conflict_reason(judge: &Affiliations, idea: &Idea, teams: &HashMap<TeamId, Team>) -> Vec<String> {
    judge.shared_with(&behind(idea, teams).ties)
}

/// What a panel is worked out from, as the store reads it.
pub struct PanelParts<'a> {
    /// The track's entries judges may read.
    pub ideas: Vec<Idea>,
    /// The challenge's judges.
    pub judges: Vec<User>,
    pub per_entry: usize,
    pub assignments: Vec<Assignment>,
    pub decisions: &'a [ConflictDecision],
    /// What each judge declared, if they have.
    pub declared: &'a HashMap<UserId, Affiliations>,
    /// The teams behind the entries.
    pub teams: &'a HashMap<TeamId, Team>,
}

impl Panel {
    /// Works out the conflicts, the look-alike names and the active
    /// assignments from what the store read.
    pub fn build(parts: PanelParts<'_>) -> Panel {
        let PanelParts { ideas, judges, per_entry, assignments, decisions, declared, teams } = parts;
        let mut conflicts = BTreeSet::new();
        let mut active = Vec::new();
        for assignment in assignments {
            match assignment.status {
                AssignmentStatus::Recused => {
                    conflicts.insert((assignment.judge.0, assignment.idea_id));
                }
                AssignmentStatus::Active => {
                    if ideas.iter().any(|i| i.id == assignment.idea_id)
                        && judges.iter().any(|j| j.id == assignment.judge)
                    {
                        active.push((assignment.judge.0, assignment.idea_id));
                    }
                }
            }
        }
        conflicts.extend(decisions.iter().filter(|d| d.conflict).map(|d| (d.judge.0, d.idea_id)));
        let declarations: Vec<Option<&Affiliations>> = judges.iter().map(|judge| declared.get(&judge.id)).collect();
        let mut near = Vec::new();
        for idea in &ideas {
            let behind = behind(idea, teams);
            for (judge, declared) in judges.iter().zip(&declarations) {
                let pair = (judge.id.0, idea.id);
                let tied = declared.is_some_and(|d| !d.shared_with(&behind.ties).is_empty());
                if tied || behind.accounts.contains(&judge.id.0) {
                    conflicts.insert(pair);
                    continue;
                }
                let Some(declared) = *declared else { continue };
                if conflicts.contains(&pair) {
                    continue;
                }
                for name in declared.near_names(&behind.ties) {
                    let decided = decisions.iter().any(|d| {
                        d.judge == judge.id
                            && d.idea_id == idea.id
                            && d.judge_text == name.mine
                            && d.idea_text == name.theirs
                    });
                    // A name can be behind an idea twice (its contact and a team member).
                    let listed = near.iter().any(|n: &NearMatch| {
                        n.judge == judge.id.0
                            && n.idea == idea.id
                            && n.judge_text == name.mine
                            && n.idea_text == name.theirs
                    });
                    if !decided && !listed {
                        near.push(NearMatch {
                            judge: judge.id.0,
                            idea: idea.id,
                            kind: name.kind,
                            judge_text: name.mine,
                            idea_text: name.theirs,
                            similarity: name.similarity,
                        });
                    }
                }
            }
        }
        // Undecided look-alikes are kept from new assignments (an assignment
        // already made stays until an organizer confirms the conflict).
        for n in &near {
            if !active.contains(&(n.judge, n.idea)) {
                conflicts.insert((n.judge, n.idea));
            }
        }
        Panel { ideas, judges, conflicts, active, per_entry, near }
    }
}

impl Panel {
    /// The assignments to add so that every entry has its judges, or the
    /// plain reason it cannot be done.
    pub fn plan(&self) -> Result<Vec<(UserId, i64)>, Infeasible> {
        let entries: Vec<(i64, String)> = self.ideas.iter().map(|i| (i.id, i.fields.title.clone())).collect();
        let judges: Vec<(i64, String)> = self.judges.iter().map(|j| (j.id.0, j.display_name.clone())).collect();
        // An active pair that has since become a conflict is not kept: the
        // caller recuses it first.
        let existing: Vec<(i64, i64)> =
            self.active.iter().copied().filter(|pair| !self.conflicts.contains(pair)).collect();
        let all = assign(&entries, &judges, self.per_entry, &self.conflicts, &existing)?;
        let existing: BTreeSet<(i64, i64)> = existing.into_iter().collect();
        Ok(all.into_iter().filter(|pair| !existing.contains(pair)).map(|(judge, idea)| (UserId(judge), idea)).collect())
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::Email;
    use crate::idea::{Confirmation, IdeaFields, IdeaStatus};
    use crate::user::TeamMember;

    fn person(id: i64, name: &str) -> User {
        User {
            id: UserId(id),
            email: Email::parse(&format!("p{id}@example.org")).unwrap_or_else(|e| panic!("{e}")),
            display_name: name.into(),
            is_admin: false,
            created_at: Utc::now(),
            notify_results: true,
            notify_news: true,
            terms_accepted: true,
            time_zone: None,
            locale: None,
        }
    }

    fn idea(id: i64, team: Option<i64>, contact: &str) -> Idea {
        Idea {
            id,
            challenge_id: 1,
            track_id: 1,
            team_id: team.map(TeamId),
            author_id: None,
            status: IdeaStatus::Submitted,
            fields: IdeaFields { title: format!("Idea {id}"), ..IdeaFields::default() },
            declared: Affiliations::default(),
            contact_name: contact.into(),
            contact_email: String::new(),
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
    fn a_judges_own_team_a_shared_name_and_a_look_alike_keep_them_from_an_idea() {
        let (jo, kim) = (person(10, "Jo"), person(11, "Kim"));
        let team = Team {
            id: TeamId(7),
            challenge_id: 1,
            name: "Rain Makers".into(),
            alias: String::new(),
            show_alias: false,
            members: vec![TeamMember { user_id: UserId(10), display_name: "Jo".into() }],
        };
        let teams = HashMap::from([(TeamId(7), team)]);
        let ideas = vec![idea(1, Some(7), ""), idea(2, None, "Ana Lopez"), idea(3, None, "Bea Ruiz")];
        let declared = HashMap::from([(
            UserId(11),
            Affiliations { people: vec!["Ana Lopez".into(), "Bea Ruis".into()], ..Affiliations::default() },
        )]);
        let panel = Panel::build(PanelParts {
            ideas,
            judges: vec![jo, kim],
            per_entry: 1,
            assignments: Vec::new(),
            decisions: &[],
            declared: &declared,
            teams: &teams,
        });
        assert!(panel.conflicts.contains(&(10, 1)), "Jo is on the team behind idea 1");
        assert!(panel.conflicts.contains(&(11, 2)), "Kim declared Ana Lopez");
        assert!(!panel.conflicts.contains(&(10, 2)) && !panel.conflicts.contains(&(11, 1)));
        assert_eq!(panel.near.len(), 1, "one look-alike waits for an organizer");
        assert_eq!((panel.near[0].judge, panel.near[0].idea), (11, 3));
        assert!(panel.conflicts.contains(&(11, 3)), "and keeps Kim from idea 3 until decided");
        let plan = panel.plan().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(plan.contains(&(UserId(11), 1)) && plan.contains(&(UserId(10), 2)) && plan.contains(&(UserId(10), 3)));
    }
}
