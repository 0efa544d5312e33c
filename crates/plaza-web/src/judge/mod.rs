//! What judges do: declare conflicts, read ideas blind, score them against
//! the rubric, recuse, and confirm scores after an idea changes.

pub(crate) mod idea_changes;
pub(crate) mod judging;
