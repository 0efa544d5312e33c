//! The rubric of an ideas track and its limits, one rule for every source.
//!
//! A bundle's `[[tracks.criteria]]` tables and the organizers' rubric form give
//! the same things in different shapes. Each turns what it read into a
//! [`RubricDraft`] of raw text, and `Rubric::try_from` applies the limits
//! below, so a rubric the form accepts is one a bundle may hold and the
//! other way round.

use std::fmt;

use plaza_i18n::{tr, tr_with};

use super::SCORE_RANGE;
use crate::challenge::Criterion;

/// Fewest judges who read each entry.
pub const MIN_JUDGES_PER_ENTRY: u32 = 1;
/// Most judges who read each entry: beyond this a panel is rarely that large
/// and the assignment only spreads thinner.
pub const MAX_JUDGES_PER_ENTRY: u32 = 20;
/// Judges per entry when a bundle does not say.
pub const DEFAULT_JUDGES_PER_ENTRY: u32 = 3;
/// Fewest reviews an entry needs to be ranked; the most is its judges per entry.
pub const MIN_REVIEWS: u32 = 1;
pub const MIN_WEIGHT: u32 = 1;
pub const MAX_WEIGHT: u32 = 100;
/// A criterion's weight when a bundle does not say.
pub const DEFAULT_WEIGHT: u32 = 1;
pub const MAX_CRITERIA: usize = 50;
/// In characters, as every length limit here.
pub const MAX_CRITERION_NAME: usize = 120;
pub const MAX_CRITERION_DESCRIPTION: usize = 2_000;
/// A criterion describes every score a judge can give, or none of them.
pub const LEVELS: usize = *SCORE_RANGE.end() as usize;
pub const MAX_LEVEL: usize = 200;

/// A rubric as a form or a bundle gives it, before any check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RubricDraft {
    pub criteria: Vec<CriterionDraft>,
    /// The text given, such as "3".
    pub judges_per_entry: String,
    /// The text given; `None` (a bundle does not set it) means every judge's review.
    pub min_reviews: Option<String>,
}

/// One criterion as given; names, descriptions and levels are trimmed when checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CriterionDraft {
    pub name: String,
    /// The text given, such as "3".
    pub weight: String,
    pub description: String,
    /// One description per score, level 1 first, or none.
    pub levels: Vec<String>,
}

/// A rubric within every limit: its criteria, the judges who read each
/// entry, and the reviews an entry needs to be ranked (never more than its judges).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rubric {
    criteria: Vec<Criterion>,
    judges_per_entry: u32,
    min_reviews: u32,
}

impl Rubric {
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    pub fn judges_per_entry(&self) -> u32 {
        self.judges_per_entry
    }

    pub fn min_reviews(&self) -> u32 {
        self.min_reviews
    }

    pub fn into_criteria(self) -> Vec<Criterion> {
        self.criteria
    }
}

/// Which value of the draft a [`RubricError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RubricField {
    JudgesPerEntry,
    MinReviews,
    /// The list of criteria as a whole: empty, or too long.
    Criteria,
    /// `index` is the criterion's position in [`RubricDraft::criteria`].
    Criterion {
        index: usize,
        part: CriterionPart,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionPart {
    Name,
    Weight,
    Description,
    Levels,
}

impl CriterionPart {
    /// The key a bundle uses, and the prefix of the form's fields.
    pub fn key(self) -> &'static str {
        match self {
            CriterionPart::Name => "name",
            CriterionPart::Weight => "weight",
            CriterionPart::Description => "description",
            CriterionPart::Levels => "levels",
        }
    }
}

/// What is wrong with a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricProblem {
    /// Not a whole number from `min` to `max`; `given` is the text as given.
    OutOfRange {
        given: String,
        min: u32,
        max: u32,
    },
    Empty,
    TooLong {
        chars: usize,
        max: usize,
    },
    LevelCount {
        found: usize,
    },
    /// `level` counts from 1.
    EmptyLevel {
        level: usize,
    },
    LevelTooLong {
        level: usize,
        chars: usize,
        max: usize,
    },
    Duplicate,
    NoCriteria,
    TooManyCriteria {
        found: usize,
    },
    ReviewsOutnumberJudges {
        judges: u32,
        reviews: u32,
    },
}

/// One thing wrong with a draft. [`fmt::Display`] (and [`Self::message`]) is
/// a sentence for a form; [`Self::detail`] completes "field: …" in a bundle's
/// list of problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricError {
    pub field: RubricField,
    pub problem: RubricProblem,
    /// The criterion's name as given (trimmed), when the error is about one.
    pub criterion: String,
}

impl RubricError {
    fn new(field: RubricField, problem: RubricProblem) -> Self {
        Self { field, problem, criterion: String::new() }
    }

    pub fn message(&self) -> String {
        let name = self.criterion.as_str();
        match (&self.field, &self.problem) {
            (RubricField::JudgesPerEntry, RubricProblem::OutOfRange { given, min, max }) => tr_with(
                "core-rubric-judges-per-entry-out-of-range",
                &[("min", (*min).into()), ("max", (*max).into()), ("given", given.as_str().into())],
            ),
            (RubricField::MinReviews, RubricProblem::OutOfRange { given, min, max }) => tr_with(
                "core-rubric-min-reviews-out-of-range",
                &[("min", (*min).into()), ("max", (*max).into()), ("given", given.as_str().into())],
            ),
            (_, RubricProblem::ReviewsOutnumberJudges { judges, reviews }) => tr_with(
                "core-rubric-reviews-outnumber-judges",
                &[("judges", (*judges).into()), ("reviews", (*reviews).into())],
            ),
            (_, RubricProblem::NoCriteria) => tr("core-rubric-no-criteria"),
            (_, RubricProblem::TooManyCriteria { found }) => {
                tr_with("core-rubric-too-many-criteria", &[("max", MAX_CRITERIA.into()), ("found", (*found).into())])
            }
            (_, RubricProblem::OutOfRange { given, min, max }) => tr_with(
                "core-rubric-weight-out-of-range",
                &[
                    ("name", name.into()),
                    ("min", (*min).into()),
                    ("max", (*max).into()),
                    ("given", given.as_str().into()),
                ],
            ),
            (RubricField::Criterion { index, part: CriterionPart::Name }, RubricProblem::Empty) => {
                tr_with("core-rubric-criterion-needs-name", &[("number", (index + 1).into())])
            }
            (_, RubricProblem::Empty) => tr_with("core-rubric-description-empty", &[("name", name.into())]),
            (_, RubricProblem::TooLong { .. }) => tr_with(
                "core-rubric-criterion-too-long",
                &[
                    ("name", name.into()),
                    ("name_max", MAX_CRITERION_NAME.into()),
                    ("description_max", MAX_CRITERION_DESCRIPTION.into()),
                ],
            ),
            (_, RubricProblem::LevelCount { found }) => tr_with(
                "core-rubric-level-count",
                &[("name", name.into()), ("found", (*found).into()), ("levels", LEVELS.into())],
            ),
            (_, RubricProblem::EmptyLevel { level }) => tr_with(
                "core-rubric-empty-level",
                &[("name", name.into()), ("level", (*level).into()), ("levels", LEVELS.into())],
            ),
            (_, RubricProblem::LevelTooLong { level, chars, max }) => tr_with(
                "core-rubric-level-too-long",
                &[
                    ("name", name.into()),
                    ("max", (*max).into()),
                    ("level", (*level).into()),
                    ("chars", (*chars).into()),
                ],
            ),
            (_, RubricProblem::Duplicate) => tr_with("core-rubric-duplicate", &[("name", name.into())]),
        }
    }

    pub fn detail(&self) -> String {
        match &self.problem {
            RubricProblem::OutOfRange { given, min, max } => match given.trim().parse::<i64>() {
                Ok(n) => tr_with(
                    "core-rubric-detail-out-of-range",
                    &[("given", n.to_string().into()), ("min", (*min).into()), ("max", (*max).into())],
                ),
                Err(_) => tr_with("core-rubric-detail-not-whole", &[("min", (*min).into()), ("max", (*max).into())]),
            },
            RubricProblem::Empty => tr("core-rubric-detail-empty"),
            RubricProblem::TooLong { chars, max } => {
                tr_with("core-rubric-detail-too-long", &[("chars", (*chars).into()), ("max", (*max).into())])
            }
            RubricProblem::LevelCount { found } => {
                tr_with("core-rubric-detail-level-count", &[("levels", LEVELS.into()), ("found", (*found).into())])
            }
            RubricProblem::EmptyLevel { level } => {
                tr_with("core-rubric-detail-empty-level", &[("levels", LEVELS.into()), ("level", (*level).into())])
            }
            RubricProblem::LevelTooLong { level, chars, max } => tr_with(
                "core-rubric-detail-level-too-long",
                &[("level", (*level).into()), ("chars", (*chars).into()), ("max", (*max).into())],
            ),
            RubricProblem::Duplicate => {
                tr_with("core-rubric-detail-duplicate", &[("name", self.criterion.as_str().into())])
            }
            RubricProblem::NoCriteria => tr("core-rubric-detail-no-criteria"),
            RubricProblem::TooManyCriteria { found } => tr_with(
                "core-rubric-detail-too-many-criteria",
                &[("max", MAX_CRITERIA.into()), ("found", (*found).into())],
            ),
            RubricProblem::ReviewsOutnumberJudges { .. } => self.message(),
        }
    }
}

impl fmt::Display for RubricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for RubricError {}

/// Everything wrong with a draft, in the order a person reads the form: each
/// criterion in turn, then the counts. A form shows [`Self::first`]; a bundle
/// lists them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricErrors {
    pub first: RubricError,
    pub rest: Vec<RubricError>,
}

impl RubricErrors {
    pub fn iter(&self) -> impl Iterator<Item = &RubricError> {
        std::iter::once(&self.first).chain(&self.rest)
    }
}

impl fmt::Display for RubricErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.first.fmt(f)
    }
}

impl std::error::Error for RubricErrors {}

impl TryFrom<RubricDraft> for Rubric {
    type Error = RubricErrors;

    fn try_from(draft: RubricDraft) -> Result<Self, Self::Error> {
        let mut errors = Vec::new();
        let mut criteria: Vec<Criterion> = Vec::new();
        for (index, given) in draft.criteria.iter().enumerate() {
            if let Some(criterion) = check_criterion(index, given, &draft.criteria[..index], &mut errors) {
                criteria.push(criterion);
            }
        }
        if draft.criteria.is_empty() {
            errors.push(RubricError::new(RubricField::Criteria, RubricProblem::NoCriteria));
        } else if draft.criteria.len() > MAX_CRITERIA {
            let found = draft.criteria.len();
            errors.push(RubricError::new(RubricField::Criteria, RubricProblem::TooManyCriteria { found }));
        }
        let max = MAX_JUDGES_PER_ENTRY;
        let judges = whole(&draft.judges_per_entry, MIN_JUDGES_PER_ENTRY, max)
            .map_err(|problem| errors.push(RubricError::new(RubricField::JudgesPerEntry, problem)))
            .ok();
        let reviews = match &draft.min_reviews {
            None => judges,
            Some(text) => whole(text, MIN_REVIEWS, max)
                .map_err(|problem| errors.push(RubricError::new(RubricField::MinReviews, problem)))
                .ok(),
        };
        if let (Some(judges), Some(reviews)) = (judges, reviews)
            && reviews > judges
        {
            let problem = RubricProblem::ReviewsOutnumberJudges { judges, reviews };
            errors.push(RubricError::new(RubricField::MinReviews, problem));
        }
        let mut errors = errors.into_iter();
        match (errors.next(), judges, reviews) {
            (None, Some(judges_per_entry), Some(min_reviews)) => Ok(Rubric { criteria, judges_per_entry, min_reviews }),
            (Some(first), _, _) => Err(RubricErrors { first, rest: errors.collect() }),
            // Each count that failed to parse pushed an error above.
            (None, _, _) => Err(RubricErrors {
                first: RubricError::new(RubricField::JudgesPerEntry, out_of_range(&draft.judges_per_entry, 1, max)),
                rest: Vec::new(),
            }),
        }
    }
}

/// Checks one criterion in the form's order, pushing what is wrong with it;
/// the criterion when nothing is.
fn check_criterion(
    index: usize,
    given: &CriterionDraft,
    earlier: &[CriterionDraft],
    errors: &mut Vec<RubricError>,
) -> Option<Criterion> {
    let name = given.name.trim();
    let description = given.description.trim();
    let before = errors.len();
    let mut refuse = |part: CriterionPart, problem: RubricProblem| {
        errors.push(RubricError { field: RubricField::Criterion { index, part }, problem, criterion: name.to_owned() });
    };
    if name.is_empty() {
        refuse(CriterionPart::Name, RubricProblem::Empty);
    }
    let weight = whole(&given.weight, MIN_WEIGHT, MAX_WEIGHT).map_err(|p| refuse(CriterionPart::Weight, p)).ok();
    if description.is_empty() {
        refuse(CriterionPart::Description, RubricProblem::Empty);
    }
    let levels: Vec<String> = given.levels.iter().map(|l| l.trim().to_owned()).collect();
    if !levels.is_empty() && levels.len() != LEVELS {
        refuse(CriterionPart::Levels, RubricProblem::LevelCount { found: levels.len() });
    } else if let Some(level) = levels.iter().position(String::is_empty) {
        refuse(CriterionPart::Levels, RubricProblem::EmptyLevel { level: level + 1 });
    } else if let Some((level, chars)) =
        levels.iter().map(|l| l.chars().count()).enumerate().find(|(_, chars)| *chars > MAX_LEVEL)
    {
        refuse(CriterionPart::Levels, RubricProblem::LevelTooLong { level: level + 1, chars, max: MAX_LEVEL });
    }
    let name_chars = name.chars().count();
    if name_chars > MAX_CRITERION_NAME {
        refuse(CriterionPart::Name, RubricProblem::TooLong { chars: name_chars, max: MAX_CRITERION_NAME });
    }
    let description_chars = description.chars().count();
    if description_chars > MAX_CRITERION_DESCRIPTION {
        let problem = RubricProblem::TooLong { chars: description_chars, max: MAX_CRITERION_DESCRIPTION };
        refuse(CriterionPart::Description, problem);
    }
    if !name.is_empty() && earlier.iter().any(|c| c.name.trim() == name) {
        refuse(CriterionPart::Name, RubricProblem::Duplicate);
    }
    let weight = weight?;
    (errors.len() == before).then(|| Criterion {
        name: name.to_owned(),
        weight,
        description: description.to_owned(),
        levels,
    })
}

fn whole(given: &str, min: u32, max: u32) -> Result<u32, RubricProblem> {
    given.trim().parse::<u32>().ok().filter(|n| (min..=max).contains(n)).ok_or_else(|| out_of_range(given, min, max))
}

fn out_of_range(given: &str, min: u32, max: u32) -> RubricProblem {
    RubricProblem::OutOfRange { given: given.trim().to_owned(), min, max }
}

#[cfg(test)]
mod tests;
