# What the Rust code of more organizer pages writes: notices, refusals and
# labels (plaza-web/src/organize: entries, datasets, tracks, ideas entered
# for residents, people, updates, judging, projects).

## plaza-web/src/organize/entries.rs
web-organize-entries-showing-none = No entries.
web-organize-entries-showing-one = Showing 1 entry.
# $page: the page number asked for; $total: how many entries there are ("3,204"); $pages: how many pages.
web-organize-entries-showing-past-end = No entries on page { $page }: there are { $total } entries in { $pages } pages.
# $first, $last, $total: numbers written with thousands separators ("3,204").
web-organize-entries-showing-range = Showing { $first }–{ $last } of { $total } entries.
web-organize-entries-rerun-queued = The entry is queued to be scored again.
web-organize-entries-rerun-refused = Only scored or failed entries can be scored again.
web-organize-entries-rerun-all-queued = { $count } entries are queued to be scored again.
web-organize-entries-cancelled = The entry was cancelled; it no longer counts against the team's limit.
web-organize-entries-cancel-refused = Only entries still waiting or being scored can be cancelled.
web-organize-entries-disqualified = The entry was disqualified; the team sees your reason.

## plaza-web/src/organize/dataset_form.rs
web-organize-dataset-form-added = The file was added as a new dataset. Describe it below: residents read this on the data guide.
web-organize-dataset-form-replaced = The new file is in place. The earlier file is kept as version { $version }: it can still be downloaded from the data guide, with your change note. Followers of the challenge were told by email.
# $columns: the names of the columns, separated by commas.
web-organize-dataset-form-columns-removed = These columns are not in the new file, so they were taken out of the data dictionary: { $columns }.
web-organize-dataset-form-saved-draft = The description was saved. Residents will read it on the data guide once the challenge is published.
web-organize-dataset-form-saved = The description was saved. Everyone sees it on the data guide now.
web-organize-dataset-form-separated-by-semicolons = The values were separated by semicolons; the stored file separates them by commas.
web-organize-dataset-form-separated-by-tabs = The values were separated by tabs; the stored file separates them by commas.
web-organize-dataset-form-separated-by-bars = The values were separated by vertical bars (|); the stored file separates them by commas.
# $rows: a number written with thousands separators ("1,234").
web-organize-dataset-form-rows = The file has { $rows } rows of data.

## plaza-web/src/organize/track_settings.rs
web-organize-track-settings-rescored = { $count ->
        [one] { $count } entry is being scored again against the new answers.
       *[other] { $count } entries are being scored again against the new answers.
    }
# A hidden file: its size and the start of its content hash.
web-organize-track-settings-file-mb = { $mb } MB, fingerprint { $fingerprint }
web-organize-track-settings-file-kb = { $kb } KB, fingerprint { $fingerprint }
web-organize-track-settings-locked-kind = The kind cannot change: this track already has entries, and they were scored with it.
web-organize-track-settings-locked-metric = The metric cannot change: this track already has entries, and they were scored with it.
web-organize-track-settings-locked-id-column = The id column cannot change: this track already has entries, and they were scored with it.
web-organize-track-settings-locked-target-column = The target column cannot change: this track already has entries, and they were scored with it.
# $setting: the name of another setting of the track.
web-organize-track-settings-locked = The { $setting } cannot change: this track already has entries, and they were scored with it.
web-organize-track-settings-files-gone = The files to confirm are gone. Choose them again.
# Which file is meant, in "Choose the input file." and "The input file is empty."
web-organize-track-settings-what-input-file = input file
web-organize-track-settings-what-answers-file = answers file
web-organize-track-settings-last-case = A program track needs at least one case, so its last case stays.
web-organize-track-settings-choose-case-to-remove = Choose a case to remove.
web-organize-track-settings-choose-case-to-replace = Choose the case whose files to replace.
web-organize-track-settings-files-do-not-fit = These files do not fit this kind of track.

## plaza-web/src/organize/assisted.rs
# How the idea reached staff, in "The resident gave it on a paper form" and in emails.
web-organize-assisted-channel-paper-form = on a paper form
web-organize-assisted-channel-phone = by phone
web-organize-assisted-channel-in-person = in person
web-organize-assisted-name-needed = Give the resident's name (at most 200 characters).
web-organize-assisted-not-an-email = '{ $email }' is not an email address.
web-organize-assisted-email-or-read-back = Give the resident's email address so they can confirm, or tick the box once you have read the entry back to them.
web-organize-assisted-channel-needed = Say how the idea reached you.
web-organize-assisted-not-taking-title = Not taking ideas now
# Who typed the idea in, at the start of a sentence of the resident's email.
web-organize-assisted-staff-role = A member of the organizing team
# $name: the resident's name; $channel: "on a paper form", "by phone" or "in person".
web-organize-assisted-entered-by-staff = { $name } (given { $channel }, entered by staff)
web-organize-assisted-confirmed = Confirmed by the resident
web-organize-assisted-read-back = Read back to the resident
web-organize-assisted-counts = { $sent ->
        [one] { $sent } idea
       *[other] { $sent } ideas
    } sent; { $drafts ->
        [one] { $drafts } draft
       *[other] { $drafts } drafts
    } being written (drafts are private to their authors until sent)
web-organize-assisted-already-confirmed = The resident has already confirmed this idea (or you read it back to them), so it can no longer be corrected here.
web-organize-assisted-confirmed-while-correcting = The resident confirmed this idea while you were correcting it.
web-organize-assisted-no-email = We have no email address for this resident. Read the idea back to them by phone instead, or correct the idea to add their address.
web-organize-assisted-confirmed-meanwhile = The resident confirmed this idea in the meantime.

## plaza-web/src/organize/people.rs
web-organize-people-role-organizer = Organizer
web-organize-people-role-judge = Judge
web-organize-people-role-intermediary = Partner organization
web-organize-people-choose-role = Choose whether to invite an organizer or a judge.
web-organize-people-too-many-invitations = You sent many invitations in the last hour. Please try again later.
# The invitation email: the role in lower case, and the word that goes before it
# ("to be an organizer of", "to be a judge of").
web-organize-people-email-role-organizer = organizer
web-organize-people-email-article-organizer = an
web-organize-people-email-explanation-organizer = Organizers run the challenge: they manage its data, timeline, judges and results.
web-organize-people-email-role-judge = judge
web-organize-people-email-article-judge = a
web-organize-people-email-explanation-judge = Judges read the ideas sent to the challenge and score them with its rubric; they do not see who wrote them.
web-organize-people-email-role-intermediary = partner organization
web-organize-people-email-article-intermediary = a
web-organize-people-email-explanation-intermediary = Partner organizations help residents take part: they check residents' reports about the data and enter ideas for residents who call or visit them. The challenge page names them as a place to get help.
web-organize-people-unknown-role = Unknown role.
web-organize-people-last-organizer = You are the only organizer. Invite another organizer before you step down.
web-organize-people-unknown-title = This invitation link does not work
web-organize-people-unknown-text = It may have been cancelled or replaced by a newer invitation, or the link is incomplete. Use the link in the newest email, copying the whole address, or ask the organizers to send it again.
web-organize-people-expired-title = This invitation has expired
web-organize-people-expired-text = Invitations are valid for 14 days. Ask the organizer to invite you again.
web-organize-people-already-accepted-title = This invitation was already accepted
web-organize-people-already-accepted-text = It can be used once. If that was not you, tell the organizer.
web-organize-people-other-account-title = This invitation is for another email address
# $email: the address the person is signed in with.
web-organize-people-other-account-text = You are signed in as { $email }, but the invitation was sent to another address. Sign out, then sign in with the address that received the invitation to accept it.
web-organize-people-your-account = Your account
web-organize-people-accepted-title = Invitation accepted
web-organize-people-accepted-organizer = You are now an organizer of “{ $challenge }”.
web-organize-people-accepted-organizer-action = Manage the challenge
web-organize-people-accepted-judge = You are now a judge of “{ $challenge }”.
web-organize-people-accepted-judge-action = Declare your conflicts and see your ideas
web-organize-people-accepted-intermediary = You now help residents take part in “{ $challenge }” as a partner organization.
web-organize-people-accepted-intermediary-action = See the reports about the data
# $who: an email address.
web-organize-people-creator-added = { $who } can now create challenges.
web-organize-people-creator-removed = { $who } can no longer create challenges. The challenges they made stay theirs.
web-organize-people-admin-draft = Draft: not published yet

## plaza-web/src/organize/updates.rs
web-organize-updates-tell-us = Tell us (messages at any time)
web-organize-updates-posted-nobody = The update is published. Nobody has asked for news by email yet.
web-organize-updates-posted = { $count ->
        [one] The update is published and is being emailed to { $count } person.
       *[other] The update is published and is being emailed to { $count } people.
    }
web-organize-updates-saved = Saved.
web-organize-updates-replied = Your reply is published under the message.
# $error: the technical reason the upload could not be read.
web-organize-updates-upload-unreadable = The upload could not be read: { $error }
# $n: the picture's number on the form.
web-organize-updates-picture-too-large = Picture { $n } is larger than { $mb } MB, the most we accept. Save it at a smaller size, then choose it again.
# $field: the form field's technical name.
web-organize-updates-field-too-long = The field { $field } is longer than any update allows.
web-organize-updates-results-first = Updates start once the results are published: publish the results first.
web-organize-updates-picture-wrong-kind = Picture { $n } is not a picture we accept (PNG, JPEG, GIF or WebP), whatever its name says.
# $problem: why the picture could not be cleaned, a sentence.
web-organize-updates-picture-problem = Picture { $n }: { $problem }
web-organize-updates-pictures-not-kept = For your safety the pictures were not kept: choose them again before publishing.
web-organize-updates-reply-empty = The reply is empty: write it before publishing.
web-organize-updates-reply-too-long = The reply is { $length } characters long; the most allowed is { $max }.
web-organize-updates-choose-state = Choose read, answered or not read.

## plaza-web/src/organize/judging.rs
web-organize-judging-place-winner = Winner
web-organize-judging-place-runner-up = Runner-up
web-organize-judging-stale = { $stale ->
        [one] { $stale } of { $total } reviews is of an earlier version
       *[other] { $stale } of { $total } reviews are of an earlier version
    }
# Shown instead of an agreement figure.
web-organize-judging-not-enough-overlap = not enough overlap yet
# An idea with fewer judges than it needs; $judges of $needed.
web-organize-judging-short = “{ $title }” has { $judges } of { $needed }
web-organize-judging-check-near = Before assigning ideas, check the { $count ->
        [one] pair of names
       *[other] { $count } pairs of names
    } under “Names that look alike” below: confirm each as a conflict or say it is not one.
# $reason: why the ideas could not be shared among the judges.
web-organize-judging-not-assigned-or-lower = Judging could not be assigned: { $reason }. Invite more judges from the “Organizers and judges” page, or lower the number of judges per idea under “Rubric” below.
web-organize-judging-not-assigned = Judging could not be assigned: { $reason }. Invite more judges from the “Organizers and judges” page.
web-organize-judging-choose-place = Choose winner, runner-up or no place.
web-organize-judging-reason-needed = Write why “{ $title }” is chosen (at most 2000 characters): it is published beside the idea.

## plaza-web/src/organize/projects.rs
web-organize-projects-created = The project was created.
web-organize-projects-statuses-saved = The list of statuses was saved.
# The winning entry of a coding track; also the project's title unless the organizer writes one.
web-organize-projects-entry-of = { $track }: the entry of { $team }
# The place of a coding track's winning entry.
web-organize-projects-first = First
web-organize-projects-not-a-winner = That is not a winner of this challenge: choose one from the list, or other work.
# $status: the status's name.
web-organize-projects-progress-number = The progress of "{ $status }" must be a whole number from 0 to 100.
web-organize-projects-status-name-needed = Each status needs a name of 1 to { $max } characters ("{ $status }" has none).
web-organize-projects-status-name-too-long = A status's name has at most { $max } characters.
web-organize-projects-same-status-names = Two statuses have the same name: give each its own.
web-organize-projects-project-created = The project was created. Add its milestones below.
web-organize-projects-project-saved = Saved. Residents see it on the challenge's progress page.
web-organize-projects-part-added = The sub-project was added.
web-organize-projects-milestone-added = The milestone was added.
web-organize-projects-milestone-done = The milestone is marked as reached.
web-organize-projects-milestone-ahead = The milestone is marked as still ahead.
# $text: what was typed.
web-organize-projects-not-a-date = "{ $text }" is not a date: write it as year-month-day, such as 2027-05-01.
web-organize-projects-choose-milestone-state = Choose whether the milestone was reached or is still ahead.

## plaza-web/src/organize/tracks.rs
web-organize-tracks-kind-predictions-explanation = Entrants upload a file of predictions; Plaza scores it at once against hidden answers you upload.
web-organize-tracks-kind-code-explanation = Entrants upload a program; Plaza runs it on hidden data you upload, in a locked-down sandbox, and scores what it prints.
web-organize-tracks-kind-ideas-explanation = Entrants describe an idea in plain words; judges you invite score every idea with a rubric.
web-organize-tracks-kind-predictions = Predictions
web-organize-tracks-kind-code = Program
web-organize-tracks-kind-ideas = Ideas
web-organize-tracks-question-short-text = One line of text
web-organize-tracks-question-long-text = Paragraphs of text
web-organize-tracks-question-single-choice = One choice from a list
web-organize-tracks-question-multiple-choice = Any choices from a list
web-organize-tracks-question-link = A web address
web-organize-tracks-question-file = A PDF or image file
# How an ideas track is scored, in the list of tracks.
web-organize-tracks-judges-scores = Judges' scores
# $error: the technical reason the upload could not be read.
web-organize-tracks-upload-unreadable = The upload could not be read: { $error }
web-organize-tracks-form-too-large = The form is too large.
web-organize-tracks-too-many-fields = The form has too many fields.
web-organize-tracks-not-utf8 = The form holds text that is not UTF-8.
# $what: which file ("answers file", "input file").
web-organize-tracks-file-too-large = The { $what } is larger than { $mb } MB, the most Plaza takes in the browser.
web-organize-tracks-file-empty = The { $what } is empty. Choose the CSV file again.
web-organize-tracks-choose-file = Choose the { $what }.
web-organize-tracks-what-first-input-file = input file of the first case
web-organize-tracks-what-answers-file = answers file
web-organize-tracks-tick-to-remove = Tick the box to confirm that the track should be removed.

## plaza-web/src/organize/notices.rs: lines of an organizer's daily digest
# $entrant: who sent it; $track: the track's title; $idea: the idea's title.
web-organize-digest-idea-sent = { $entrant } sent an idea to { $track }: “{ $idea }”.
# $staff: the staff member; $channel: how the idea came in ("from a paper form").
web-organize-digest-idea-entered = { $staff } entered an idea for { $entrant } in { $track }, { $channel }: “{ $idea }”.
web-organize-digest-idea-confirmed = { $entrant } confirmed the idea entered for them in { $track }: “{ $idea }”.
# $judge: the judge's name; $reason: why they stepped aside.
web-organize-digest-recused = { $judge } stepped aside from “{ $idea }” in { $track } ({ $reason }).
web-organize-digest-recused-unreplaced = { $judge } stepped aside from “{ $idea }” in { $track } ({ $reason }). No other judge was free.
web-organize-digest-judging-complete = Judging of { $track } is complete: every judge has scored every idea given to them.
web-organize-assisted-language-unknown = Choose a language from the list.

## Reasons kept in the judging audit (written in the site's language)
# $judge_text and $idea_text: what matched.
web-organize-reason-conflict-confirmed = An organizer confirmed a conflict: '{ $judge_text }' and '{ $idea_text }'
web-organize-reason-conflict-declared = Conflict declared by an organizer
web-organize-reason-now-tied = The judge is now tied to this idea
web-organize-reason-recused-by-judge = Recused by the judge
