# What the Rust code of the entering and judging pages writes: notices,
# refusals and labels (plaza-web/src/enter and plaza-web/src/judge).

## plaza-web/src/enter/idea_files.rs
# $error: the technical reason the upload could not be read.
web-enter-idea-files-upload-unreadable = The upload could not be read: { $error }
web-enter-idea-files-question-too-long = The form sent a longer answer to “What is this file?” than any choice in the list. Choose from the list, then attach the file again.
web-enter-idea-files-too-large = The file is larger than { $mb } MB, the most we accept for an attachment. Make it smaller (for example by saving pictures at a lower size), then attach it again.
web-enter-idea-files-not-a-file-question = That question does not take a file.
web-enter-idea-files-choose-a-file = Choose a file to attach.
web-enter-idea-files-wrong-kind = We accept PDF files and images (PNG, JPEG, GIF or WebP). This file is none of those, whatever its name says.
web-enter-idea-files-too-many = An idea can carry at most { $max } files. Remove one first, then attach this one.

## plaza-web/src/enter/idea_form.rs
# The page's title (the browser tab); $title is the idea's title.
web-enter-idea-form-title-edit = Edit “{ $title }”
web-enter-idea-form-title-new-assisted = Enter an idea for a resident
web-enter-idea-form-title-new = Enter an idea

## plaza-web/src/enter/ideas.rs
# $when: where the challenge stands, a whole sentence ("The challenge closed on 28 February 2027.").
web-enter-ideas-closed = { $when } Ideas can be entered and changed only while the challenge is open.
web-enter-ideas-terms-first-title = Please agree to the terms first
web-enter-ideas-terms-first-action = Go to your account page
web-enter-ideas-not-taking-title = Not taking ideas now
web-enter-ideas-back-to-track = Back to the track
web-enter-ideas-notice-sent = Your idea has been sent. We emailed you a copy. You can still change it until the challenge closes.
web-enter-ideas-notice-saved = Your draft is saved. It is not sent yet: the judges will not see it until you send it.
web-enter-ideas-withdrawn = This idea was withdrawn; it can no longer change.

## plaza-web/src/enter/submissions.rs
web-enter-submissions-not-scored = This track takes ideas, not files to score.
web-enter-submissions-terms-needed = Please agree to the terms of use on your account page before you enter.
web-enter-submissions-too-large = The file is larger than { $mb } MB, the most we accept.
web-enter-submissions-empty = The file is empty.
# $reason: why the program was refused, a whole sentence.
web-enter-submissions-bad-program = { $reason } This entry was not sent and does not count.
web-enter-submissions-no-file = Choose a file to send (form field 'file').
# $next: a moment ("28 February 2027 at 17:59 Chicago time").
web-enter-submissions-quota-refused = Your team has sent { $limit } files today that could not be read as predictions. Check your file against the sample and the error messages of your last entries; you can send again from { $next }.
web-enter-submissions-quota-used = Your team has used its { $limit } entries for today on this track. The next one can be sent from { $next }.
# $opens: a moment ("28 February 2027 at 17:59 Chicago time").
web-enter-submissions-opens-on = This challenge opens on { $opens }; entries are accepted from then.
web-enter-submissions-closed = This challenge has closed; it takes no more entries.
web-enter-submissions-no-team = You are not in a team for this challenge.
web-enter-submissions-too-many-selected = You chose { $count } entries, but each team may choose at most { $max } for the final ranking. Untick some and save again.

## plaza-web/src/enter/teams.rs
# Shown in the "Sent to" column for an invitation link.
web-enter-teams-a-link-to-share = a link to share
web-enter-teams-closed = This challenge has closed, so new teams cannot enter it any more.
web-enter-teams-terms-needed = Please agree to the terms of use on your account page before you enter a challenge.
web-enter-teams-no-team-yet = You are not in a team for this challenge yet.
web-enter-teams-settings-saved = Your team settings were saved.
web-enter-teams-new-link = Here is a new invitation link. Anyone you share it with can join for { $days } days, until you cancel it below. It is shown only now, so copy it.
web-enter-teams-too-many-invitations = You sent many invitations in the last hour. Please try again later.
web-enter-teams-invitation-sent = An invitation was sent to { $email }. It works for { $days } days, for one person, until you cancel it below.
web-enter-teams-invitation-cancelled = The invitation was cancelled: it no longer works.
web-enter-teams-invitation-not-pending = That invitation is not one of your team's pending invitations. It may have been cancelled already.
web-enter-teams-left = You left the team.
web-enter-teams-invitation-does-not-work = This invitation does not work
web-enter-teams-see-the-challenges = See the challenges
web-enter-teams-closed-title = This challenge has closed
web-enter-teams-one-more-step = One more step
web-enter-teams-your-account = Your account
web-enter-teams-could-not-join = You could not join this team
web-enter-teams-your-team-page = Your team page

## plaza-web/src/judge/idea_changes.rs
# Labels of the fields of an idea, in the list of what changed.
web-judge-idea-changes-title = Title
web-judge-idea-changes-summary = Summary
web-judge-idea-changes-problem = The problem
web-judge-idea-changes-proposal = The proposal
web-judge-idea-changes-beneficiaries = Who benefits
web-judge-idea-changes-datasets = Datasets used
web-judge-idea-changes-nothing-to-confirm = There is nothing to confirm: you have not scored this idea, or your scores are already of the idea as it is now.

## plaza-web/src/judge/judging.rs
# Labels of a judge's declared conflicts.
web-judge-judging-organizations = Organizations
web-judge-judging-people = People
web-judge-judging-neighbourhoods = Neighbourhoods
web-judge-judging-declaration-frozen = Judging has opened, so your declaration can no longer change here. Nothing was changed. To add or remove a name, contact the organizers of this challenge.
web-judge-judging-not-open = Judging is not open, so scores cannot change.
# The judge's progress on a track: "3 of 10 scored".
web-judge-judging-progress = { $done } of { $total } scored
web-judge-judging-comment-too-long = Please keep the feedback and the note to { $max } characters each.
web-judge-judging-closed = Judging is closed.
