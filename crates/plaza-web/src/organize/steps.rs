//! The steps of making a challenge in the browser, shown on the manage
//! pages of a draft: details, datasets, tracks, people, review and publish.

use plaza_core::Challenge;
use serde::Serialize;

/// One step of making a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Details,
    Datasets,
    Tracks,
    People,
    Review,
}

impl Step {
    const ALL: [Step; 5] = [Step::Details, Step::Datasets, Step::Tracks, Step::People, Step::Review];

    fn label(self) -> String {
        match self {
            Step::Details => plaza_i18n::tr("web-organize-steps-details"),
            Step::Datasets => plaza_i18n::tr("web-organize-steps-datasets"),
            Step::Tracks => plaza_i18n::tr("web-organize-steps-tracks"),
            Step::People => plaza_i18n::tr("web-organize-steps-people"),
            Step::Review => plaza_i18n::tr("web-organize-steps-review"),
        }
    }

    /// Where the step's page is, under `/challenges/{slug}/manage`.
    fn path(self) -> &'static str {
        match self {
            Step::Details => "/details",
            Step::Datasets => "/datasets",
            Step::Tracks => "/tracks",
            Step::People => "",
            Step::Review => "/review",
        }
    }
}

/// A step as the partial `manage_steps` shows it.
#[derive(Debug, Serialize)]
pub struct StepView {
    pub number: usize,
    pub label: String,
    pub url: String,
    pub current: bool,
}

/// The steps for a draft with `current` marked; none once it is published
/// (its pages are then reached from the manage page).
pub fn manage_steps(challenge: &Challenge, current: Step) -> Vec<StepView> {
    if !challenge.is_draft() {
        return Vec::new();
    }
    Step::ALL
        .into_iter()
        .enumerate()
        .map(|(index, step)| StepView {
            number: index + 1,
            label: step.label(),
            url: format!("/challenges/{}/manage{}", challenge.slug, step.path()),
            current: step == current,
        })
        .collect()
}
