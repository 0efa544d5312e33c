use super::*;

fn criterion(name: &str) -> CriterionDraft {
    CriterionDraft {
        name: name.to_owned(),
        weight: "1".to_owned(),
        description: format!("How good is the {name}?"),
        levels: Vec::new(),
    }
}

fn draft(criteria: Vec<CriterionDraft>, judges: &str, reviews: Option<&str>) -> RubricDraft {
    RubricDraft { criteria, judges_per_entry: judges.to_owned(), min_reviews: reviews.map(str::to_owned) }
}

fn one(c: CriterionDraft) -> RubricDraft {
    draft(vec![c], "3", Some("2"))
}

/// The only error, or a failure naming what came instead.
fn refused(draft: RubricDraft) -> RubricError {
    match Rubric::try_from(draft) {
        Ok(rubric) => panic!("accepted: {rubric:?}"),
        Err(errors) => {
            assert!(errors.rest.is_empty(), "more than one error: {:?}", errors.iter().collect::<Vec<_>>());
            errors.first
        }
    }
}

fn accepted(draft: RubricDraft) -> Rubric {
    Rubric::try_from(draft).unwrap_or_else(|errors| panic!("refused: {errors}"))
}

fn at(index: usize, part: CriterionPart) -> RubricField {
    RubricField::Criterion { index, part }
}

#[test]
fn a_valid_draft_becomes_a_trimmed_rubric() {
    let mut c = criterion(" Impact ");
    c.weight = " 3 ".into();
    c.levels = ["None", "Small", "Some", "Large", " Transformative "].map(String::from).to_vec();
    let rubric = accepted(draft(vec![c, criterion("Cost")], "2", Some("2")));
    assert_eq!(rubric.judges_per_entry(), 2);
    assert_eq!(rubric.min_reviews(), 2);
    let impact = &rubric.criteria()[0];
    assert_eq!((impact.name.as_str(), impact.weight), ("Impact", 3));
    assert_eq!(impact.levels[4], "Transformative");
    assert_eq!(rubric.into_criteria().len(), 2);
}

#[test]
fn judges_per_entry_runs_from_1_to_20() {
    for ok in ["1", "20"] {
        assert_eq!(accepted(draft(vec![criterion("A")], ok, Some("1"))).judges_per_entry().to_string(), ok);
    }
    for bad in ["0", "21", "two", ""] {
        let err = refused(draft(vec![criterion("A")], bad, Some("1")));
        assert_eq!(err.field, RubricField::JudgesPerEntry, "{bad}");
    }
}

#[test]
fn judges_per_entry_out_of_range_reads_as_the_form_and_the_bundle_always_said() {
    let err = refused(draft(vec![criterion("A")], "0", Some("1")));
    assert_eq!(err.to_string(), "The number of judges per idea must be a whole number from 1 to 20, not '0'.");
    assert_eq!(err.detail(), "0 is out of range: use a whole number from 1 to 20");
    let words = refused(draft(vec![criterion("A")], "many", Some("1")));
    assert_eq!(words.detail(), "must be a whole number from 1 to 20");
}

#[test]
fn min_reviews_runs_from_1_to_the_judges_per_entry() {
    assert_eq!(accepted(draft(vec![criterion("A")], "3", Some("1"))).min_reviews(), 1);
    assert_eq!(accepted(draft(vec![criterion("A")], "3", Some("3"))).min_reviews(), 3);
    let zero = refused(draft(vec![criterion("A")], "3", Some("0")));
    assert_eq!(zero.field, RubricField::MinReviews);
    assert_eq!(
        zero.to_string(),
        "The number of reviews an idea needs to be ranked must be a whole number from 1 to 20, not '0'."
    );
    let four = refused(draft(vec![criterion("A")], "3", Some("4")));
    assert_eq!(four.problem, RubricProblem::ReviewsOutnumberJudges { judges: 3, reviews: 4 });
    assert!(four.to_string().starts_with("Each idea gets 3 judges, so it cannot need 4 reviews to be ranked"));
    let lone = refused(draft(vec![criterion("A")], "1", Some("2")));
    assert!(lone.to_string().starts_with("Each idea gets 1 judge, so"), "{lone}");
}

#[test]
fn min_reviews_left_out_means_every_judge() {
    assert_eq!(accepted(draft(vec![criterion("A")], "4", None)).min_reviews(), 4);
}

#[test]
fn a_rubric_has_1_to_50_criteria() {
    let none = refused(draft(Vec::new(), "3", None));
    assert_eq!((none.field, none.problem.clone()), (RubricField::Criteria, RubricProblem::NoCriteria));
    assert_eq!(none.to_string(), "The rubric needs at least one criterion.");
    let many = |n: usize| draft((0..n).map(|i| criterion(&format!("C{i}"))).collect(), "3", None);
    assert_eq!(accepted(many(MAX_CRITERIA)).criteria().len(), 50);
    let over = refused(many(MAX_CRITERIA + 1));
    assert_eq!(over.problem, RubricProblem::TooManyCriteria { found: 51 });
    assert_eq!(over.detail(), "at most 50 criteria are allowed (found 51)");
}

#[test]
fn a_weight_runs_from_1_to_100() {
    for ok in ["1", "100"] {
        let c = CriterionDraft { weight: ok.into(), ..criterion("Impact") };
        assert_eq!(accepted(one(c)).criteria()[0].weight.to_string(), ok);
    }
    for bad in ["0", "101", "-1", "3.5", ""] {
        let err = refused(one(CriterionDraft { weight: bad.into(), ..criterion("Impact") }));
        assert_eq!(err.field, at(0, CriterionPart::Weight), "{bad}");
    }
    let err = refused(one(CriterionDraft { weight: "101".into(), ..criterion("Impact") }));
    assert_eq!(err.to_string(), "The weight of 'Impact' must be a whole number from 1 to 100, not '101'.");
    assert_eq!(err.detail(), "101 is out of range: use a whole number from 1 to 100");
}

#[test]
fn a_name_is_1_to_120_characters() {
    assert_eq!(accepted(one(criterion(&"n".repeat(120)))).criteria()[0].name.len(), 120);
    let long = refused(one(criterion(&"n".repeat(121))));
    assert_eq!(long.field, at(0, CriterionPart::Name));
    assert_eq!(long.problem, RubricProblem::TooLong { chars: 121, max: 120 });
    assert_eq!(long.detail(), "is 121 characters long; the most allowed is 120");
    let blank = refused(one(CriterionDraft { name: "  ".into(), ..criterion("Impact") }));
    assert_eq!((blank.field, blank.problem.clone()), (at(0, CriterionPart::Name), RubricProblem::Empty));
    assert_eq!(blank.detail(), "must not be empty");
}

#[test]
fn a_description_is_1_to_2000_characters() {
    let with = |text: String| one(CriterionDraft { description: text, ..criterion("Impact") });
    assert_eq!(accepted(with("d".repeat(2000))).criteria()[0].description.len(), 2000);
    let long = refused(with("d".repeat(2001)));
    assert_eq!(long.field, at(0, CriterionPart::Description));
    assert_eq!(long.to_string(), "Keep the name of 'Impact' to 120 characters and its description to 2000.");
    let empty = refused(with(" ".into()));
    assert_eq!(empty.field, at(0, CriterionPart::Description));
    assert_eq!(empty.to_string(), "Describe what 'Impact' asks judges to look at.");
}

#[test]
fn levels_are_five_or_none() {
    let with = |n: usize| one(CriterionDraft { levels: vec!["level".into(); n], ..criterion("Cost") });
    assert!(accepted(with(0)).criteria()[0].levels.is_empty());
    assert_eq!(accepted(with(5)).criteria()[0].levels.len(), 5);
    for bad in [1, 4, 6] {
        let err = refused(with(bad));
        assert_eq!(
            (err.field, err.problem.clone()),
            (at(0, CriterionPart::Levels), RubricProblem::LevelCount { found: bad })
        );
    }
    let two = refused(with(2));
    assert_eq!(
        two.to_string(),
        "'Cost' has 2 level descriptions; give exactly 5 (one per line, level 1 first) or none."
    );
    assert_eq!(two.detail(), "must be a list of exactly 5 non-empty descriptions, level 1 first (found 2 entries)");
}

#[test]
fn a_level_is_1_to_200_characters() {
    let with = |third: String| {
        let levels = vec!["a".into(), "b".into(), third, "d".into(), "e".into()];
        one(CriterionDraft { levels, ..criterion("Cost") })
    };
    assert_eq!(accepted(with("l".repeat(200))).criteria()[0].levels[2].len(), 200);
    let long = refused(with("l".repeat(201)));
    assert_eq!(long.problem, RubricProblem::LevelTooLong { level: 3, chars: 201, max: 200 });
    let empty = refused(with(" ".into()));
    assert_eq!(empty.problem, RubricProblem::EmptyLevel { level: 3 });
}

#[test]
fn a_name_given_twice_is_refused_at_the_second() {
    let err = refused(draft(vec![criterion("Impact"), criterion(" Impact")], "3", None));
    assert_eq!(err.field, at(1, CriterionPart::Name));
    assert_eq!(err.to_string(), "'Impact' appears twice.");
    assert_eq!(err.detail(), "criterion 'Impact' appears twice");
}

#[test]
fn every_problem_is_listed_in_the_order_of_the_form() {
    let bad = CriterionDraft { weight: "0".into(), description: String::new(), ..criterion("Impact") };
    let errors = Rubric::try_from(draft(vec![bad, criterion("Impact")], "0", Some("x"))).expect_err("refused");
    let fields: Vec<RubricField> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            at(0, CriterionPart::Weight),
            at(0, CriterionPart::Description),
            at(1, CriterionPart::Name),
            RubricField::JudgesPerEntry,
            RubricField::MinReviews,
        ]
    );
    assert_eq!(errors.to_string(), errors.first.to_string(), "a form shows the first");
}
