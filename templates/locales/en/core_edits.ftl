# What plaza-core writes about edits: the checks an idea, a challenge's
# details, a track, a dataset's description and an implementation project
# go through, the publish checklist, and the names, addresses and labels
# of people and their roles.

## crates/plaza-core/src/idea.rs
edits-idea-title-needed = A title is needed.
edits-idea-summary-needed = A one-paragraph summary is needed.
edits-idea-problem-needed = The problem your idea solves is needed.
edits-idea-proposal-needed = Your proposal is needed.
# $label: the field, one of the edits-idea-label-* messages ("The title").
edits-idea-too-long = { $label } is { $count } characters long; please keep it to { $max }.
edits-idea-label-title = The title
edits-idea-label-summary = The summary
edits-idea-label-problem = The problem
edits-idea-label-proposal = The proposal
edits-idea-label-beneficiaries = Who benefits
edits-idea-label-team-contact = Team and contact
edits-idea-label-answer = The answer
edits-idea-label-link = The link
edits-idea-summary-one-paragraph = The summary should be one paragraph: put the details under the problem and the proposal.
# $slug: the web name of a dataset the form sent.
edits-idea-unknown-dataset = '{ $slug }' is not a dataset of this challenge.
edits-idea-question-not-asked = This question is not asked here.
# $question: the question as the track asks it.
edits-idea-answer-needed = '{ $question }' needs an answer.
edits-idea-one-answer-only = Give one answer only.
# $value: what the resident typed.
edits-idea-not-a-web-address = '{ $value }' is not a web address: it should start with https://
edits-idea-not-a-choice = '{ $value }' is not one of the choices.

## crates/plaza-core/src/implementation.rs
# Where a project stands. $status: the project's status, in the organizers' words ("In progress").
edits-implementation-all-done = { $status }: all done.
edits-implementation-progress = { $status }, { $progress }% done.
# Follows the sentence above. $title: the next milestone; $date: the day it is planned for ("1 May 2027").
edits-implementation-next = Next: { $title } (by { $date }).
# $label: the field, one of the edits-implementation-label-* messages ("The title").
edits-implementation-empty = { $label } is empty: write a few words.
edits-implementation-too-long = { $label } is { $length } characters long; the most allowed is { $max }.
edits-implementation-control-character = { $label } contains a control character; type it again as plain text.
edits-implementation-label-title = The title
edits-implementation-label-owner = Who carries it out
edits-implementation-label-summary = The summary
edits-implementation-label-question = The question
edits-implementation-label-milestone = The milestone
edits-implementation-label-message = Your message
edits-implementation-label-update = The update
edits-implementation-label-due-on = The planned date
edits-implementation-label-done-on = The date it was reached
edits-implementation-choose-status = Choose a status from the list.
# $value: what the organizer typed.
edits-implementation-not-a-percentage = "{ $value }" is not a percentage: write a whole number from 0 to 100.
edits-implementation-weight = The weight must be a whole number from 1 to { $max }; a sub-project of weight 2 counts twice as much as one of weight 1.
# $label: the date, edits-implementation-label-due-on or -done-on; $value: what the organizer typed.
edits-implementation-not-a-date = { $label }, "{ $value }", is not a date: write it as year-month-day, such as 2027-05-01.
edits-implementation-due-on-empty = The planned date is empty: when should this step be reached?
# $position: the picture's number in the update (1, 2, ...).
edits-implementation-alt-missing = Picture { $position } has no description: say in a few words what it shows, for people who cannot see it.
edits-implementation-alt-too-long = The description of picture { $position } is { $length } characters long; the most allowed is { $max }.
# Where an organizer has got to with one piece of feedback.
edits-implementation-feedback-new = Not read yet
edits-implementation-feedback-read = Read
edits-implementation-feedback-answered = Answered
edits-implementation-choose-rating = Choose an answer from 1 to 5.
edits-implementation-rating-or-words = Choose an answer from 1 to 5, or write a few words, before sending.
edits-implementation-choose-project = Choose a project from the list, or the whole challenge.

## crates/plaza-core/src/challenge_edit.rs
edits-challenge-edit-write-title = Write a title.
edits-challenge-edit-write-summary = Write a summary of one or two sentences.
edits-challenge-edit-write-host = Write who hosts the challenge.
edits-challenge-edit-write-brief = Write the brief.
# $field: the field, one of the edits-challenge-edit-field-* messages ("Title").
edits-challenge-edit-too-long = { $field } is { $length } characters long; the most allowed is { $max }.
edits-challenge-edit-field-title = Title
edits-challenge-edit-field-summary = Summary
edits-challenge-edit-field-host = Host
edits-challenge-edit-field-brief = Brief
edits-challenge-edit-field-contact = Contact for questions
edits-challenge-edit-zone-frozen = Results are published: the time zone stays as it was.
edits-challenge-edit-dates-frozen = Results are published: the dates stay as they were.
edits-challenge-edit-opened = The challenge has opened: its opening date can no longer change.
edits-challenge-edit-closing-passed = The new closing date has already passed: choose a date in the future.
edits-challenge-edit-close-after-opening = The challenge must close after it opens.
# $count: the members of the largest team (2 or more).
edits-challenge-edit-team-larger = A team already has { $count } members: the most allowed cannot be lower than that.
# $default: the team size of a bundle that says none.
edits-challenge-edit-team-size = Write a whole number from 1 to { $max } (bundles say { $default } when they say nothing).

## crates/plaza-core/src/track_edit.rs
edits-track-edit-choose-kind = Choose the kind of track: predictions, program or ideas.
# $reason: what is wrong with the web name, from edits-slug-* ("'Bad Slug' may only use ...").
edits-track-edit-slug-invalid = The web name { $reason }.
edits-track-edit-title-needed = Give the track a title.
edits-track-edit-title-too-long = The title may be at most { $max } characters long.
edits-track-edit-description-too-long = The description may be at most { $max } characters long.
edits-track-edit-choose-metric = Choose how entries are scored.
# $name: edits-track-edit-the-id-column or edits-track-edit-the-target-column.
edits-track-edit-choose-column = Choose { $name }.
edits-track-edit-column-too-long = The name of { $name } may be at most { $max } characters long.
edits-track-edit-the-id-column = the id column
edits-track-edit-the-target-column = the target column
edits-track-edit-usage-reserved = 'Usage' is kept for the Public/Private column of the answers file; choose another column.
edits-track-edit-target-is-id = The target column must differ from the id column.
edits-track-edit-whole-number = Type a whole number from { $min } to { $max }.
edits-track-edit-too-many-questions = A track may ask at most { $max } extra questions.
edits-track-edit-key-too-long = The key may be at most { $max } characters long.
# $key: the question's key as typed.
edits-track-edit-key-characters = The key '{ $key }' may only use lowercase letters a-z, digits and '_'.
edits-track-edit-key-reserved = Every entry form already asks for '{ $key }'; choose another key.
edits-track-edit-key-twice = The key '{ $key }' is used twice; each question needs its own.
edits-track-edit-label-needed = Type the question as entrants will read it.
edits-track-edit-label-too-long = The question may be at most { $max } characters long.
edits-track-edit-help-too-long = The help may be at most { $max } characters long.
edits-track-edit-choose-answer-kind = Choose what kind of answer the question takes.
edits-track-edit-option-count = List { $min } to { $max } choices, one a line.
edits-track-edit-option-too-long = Each choice may be at most { $max } characters long.
# $choice: a choice typed twice.
edits-track-edit-option-twice = '{ $choice }' appears twice; each choice must be different.
edits-track-edit-no-options = Only a choice question has choices; leave them empty.

## crates/plaza-core/src/dataset_edit.rs
# The licences offered in the dataset form (the value stored is the part before the brackets).
edits-dataset-edit-licence-cc0 = CC0 1.0 (public domain: no conditions)
edits-dataset-edit-licence-cc-by = CC BY 4.0 (credit the source)
edits-dataset-edit-licence-cc-by-sa = CC BY-SA 4.0 (credit the source, share alike)
edits-dataset-edit-licence-odbl = ODbL 1.0 (Open Database License)
edits-dataset-edit-licence-pddl = PDDL 1.0 (Public Domain Dedication and License)
edits-dataset-edit-choose-licence = Choose a licence from the list, or choose "Other" and type it.
# $column: the column's name in the file.
edits-dataset-edit-choose-type = Choose a type for the column '{ $column }'.
edits-dataset-edit-write-title = Write a title.
edits-dataset-edit-write-licence = Write a licence.
# $label: the field, one of the edits-dataset-edit-label-* messages ("title").
edits-dataset-edit-too-long = The { $label } is { $length } characters long; the most allowed is { $max }.
edits-dataset-edit-label-title = title
edits-dataset-edit-label-licence = licence
edits-dataset-edit-label-source = source
edits-dataset-edit-label-description = description
edits-dataset-edit-label-caveats = caveats
edits-dataset-edit-label-column-description = column description
edits-dataset-edit-change-note-needed = Say what changed in the new file. Followers of the challenge get this note by email.
edits-dataset-edit-change-note-too-long = The change note is { $length } characters long; the most allowed is { $max }.

## crates/plaza-core/src/publish_check.rs
edits-publish-check-no-track = Add at least one track: it says how residents take part.
edits-publish-check-closed = The closing date has passed: choose a later one before publishing.
# Where a problem is: the pages of the organizer console.
edits-publish-check-place-details = Details
edits-publish-check-place-tracks = Tracks
edits-publish-check-place-datasets = Datasets
edits-publish-check-place-challenge = Challenge
# $title: the dataset's or track's title.
edits-publish-check-place-dataset = Dataset “{ $title }”
edits-publish-check-place-track = Track “{ $title }”
# $column: the column's name (or number); $message: what is wrong with it, a sentence.
edits-publish-check-column = column “{ $column }”: { $message }
# $file: a file of the bundle (data/trees.csv); $message: what is wrong, a sentence.
edits-publish-check-file-line = { $file } line { $line }: { $message }

## crates/plaza-core/src/challenge.rs
edits-challenge-draft-refusal = This challenge is a draft: publish it before anyone can take part.
# The type of a column, as the data guide shows it.
edits-challenge-column-type-integer = whole number
edits-challenge-column-type-number = number
edits-challenge-column-type-text = text
edits-challenge-column-type-date = date (YYYY-MM-DD)
edits-challenge-column-type-datetime = date and time
edits-challenge-column-type-boolean = yes/no (1 or 0)
edits-challenge-column-type-category = category

## crates/plaza-core/src/slug.rs
# What is wrong with a web name; the rest of a sentence, with no full stop. $slug: the web name as typed.
edits-slug-length = '{ $slug }' must be { $min } to { $max } characters long (it has { $len })
# $found: the first character that is not allowed, in quotes ('B').
edits-slug-characters = '{ $slug }' may only use lowercase letters a-z, digits and '-' (found { $found })
edits-slug-edge-dash = '{ $slug }' must not start or end with '-'

## crates/plaza-core/src/user.rs
# Problems with an email address, a team name or a display name: no capital, no full stop.
edits-user-email-required = an email address is required
edits-user-email-too-long = an email address may be at most { $max } characters long
# $email: what the person typed.
edits-user-email-invalid = '{ $email }' is not an email address (expected something like name@example.org)
edits-user-team-name-required = a team name is required
edits-user-team-name-too-long = a team name may be at most { $max } characters long
edits-user-team-name-control = a team name may not contain control characters
edits-user-display-name-required = a display name is required
edits-user-display-name-too-long = a display name may be at most { $max } characters long
edits-user-display-name-control = a display name may not contain control characters
# A person's role on a challenge.
edits-user-role-organizer = Organizer
edits-user-role-judge = Judge
# What a personal API token may do.
edits-user-scope-read = Read only
edits-user-scope-submit = Read and submit entries

## crates/plaza-core/src/implementation.rs: the question asked when organizers write none
edits-implementation-default-question = Is this what you needed?
edits-user-role-intermediary = Partner organization
