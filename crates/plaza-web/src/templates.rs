//! The page and email templates of the repository's `templates/` folder,
//! embedded in the binary so that `plaza` runs from any directory.

use std::sync::{Arc, OnceLock};

use serde::Serialize;
use tera::{Context, Tera};

/// Every template, by the name handlers use, with its source.
const SOURCES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../../templates/base.html.tera")),
    ("pages/home.html", include_str!("../../../templates/pages/home.html.tera")),
    ("pages/challenge.html", include_str!("../../../templates/pages/challenge.html.tera")),
    ("pages/dataset.html", include_str!("../../../templates/pages/dataset.html.tera")),
    ("pages/terms.html", include_str!("../../../templates/pages/terms.html.tera")),
    ("pages/message.html", include_str!("../../../templates/pages/message.html.tera")),
    ("pages/sign_in.html", include_str!("../../../templates/pages/sign_in.html.tera")),
    ("pages/sign_up.html", include_str!("../../../templates/pages/sign_up.html.tera")),
    ("pages/account.html", include_str!("../../../templates/pages/account.html.tera")),
    ("pages/unsubscribe.html", include_str!("../../../templates/pages/unsubscribe.html.tera")),
    ("pages/team.html", include_str!("../../../templates/pages/team.html.tera")),
    ("pages/join_team.html", include_str!("../../../templates/pages/join_team.html.tera")),
    ("pages/invitation.html", include_str!("../../../templates/pages/invitation.html.tera")),
    ("pages/manage_people.html", include_str!("../../../templates/pages/manage_people.html.tera")),
    ("pages/admin.html", include_str!("../../../templates/pages/admin.html.tera")),
    ("pages/track.html", include_str!("../../../templates/pages/track.html.tera")),
    ("pages/submission.html", include_str!("../../../templates/pages/submission.html.tera")),
    ("pages/leaderboard.html", include_str!("../../../templates/pages/leaderboard.html.tera")),
    ("pages/entries.html", include_str!("../../../templates/pages/entries.html.tera")),
    ("pages/idea_form.html", include_str!("../../../templates/pages/idea_form.html.tera")),
    ("pages/idea.html", include_str!("../../../templates/pages/idea.html.tera")),
    ("pages/ideas_track.html", include_str!("../../../templates/pages/ideas_track.html.tera")),
    ("pages/ideas_list.html", include_str!("../../../templates/pages/ideas_list.html.tera")),
    ("pages/idea_confirm.html", include_str!("../../../templates/pages/idea_confirm.html.tera")),
    ("pages/judge_conflicts.html", include_str!("../../../templates/pages/judge_conflicts.html.tera")),
    ("pages/judge_queue.html", include_str!("../../../templates/pages/judge_queue.html.tera")),
    ("pages/judge_idea.html", include_str!("../../../templates/pages/judge_idea.html.tera")),
    ("pages/judging_manage.html", include_str!("../../../templates/pages/judging_manage.html.tera")),
    ("pages/winners.html", include_str!("../../../templates/pages/winners.html.tera")),
    ("pages/judging_judge.html", include_str!("../../../templates/pages/judging_judge.html.tera")),
    ("pages/judging_reviews.html", include_str!("../../../templates/pages/judging_reviews.html.tera")),
    ("pages/publish_confirm.html", include_str!("../../../templates/pages/publish_confirm.html.tera")),
    ("partials/card.html", include_str!("../../../templates/partials/card.html.tera")),
    ("partials/idea.html", include_str!("../../../templates/partials/idea.html.tera")),
    ("error/error.html", include_str!("../../../templates/error/error.html.tera")),
];

/// The site's stylesheet.
pub const STYLESHEET: &str = include_str!("../../../templates/static/plaza.css");

pub struct Templates {
    tera: Tera,
}

static SHARED: OnceLock<Arc<Templates>> = OnceLock::new();

impl Templates {
    pub fn load() -> Result<Self, tera::Error> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html"]);
        tera.add_raw_templates(SOURCES.iter().copied())?;
        Ok(Self { tera })
    }

    /// The process-wide instance (error pages need it outside any handler).
    pub fn shared() -> Result<Arc<Self>, tera::Error> {
        if let Some(shared) = SHARED.get() {
            return Ok(shared.clone());
        }
        let loaded = Arc::new(Self::load()?);
        Ok(SHARED.get_or_init(|| loaded).clone())
    }

    pub fn loaded() -> Option<Arc<Self>> {
        SHARED.get().cloned()
    }

    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, tera::Error> {
        let context = Context::from_serialize(context)?;
        self.tera.render(name, &context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses() {
        let templates = Templates::load();
        assert!(templates.is_ok(), "{:?}", templates.err());
    }
}
