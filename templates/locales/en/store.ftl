# What plaza-store writes for people: refusals, problems of an uploaded
# bundle, and the words it keeps in the database for others to read later
# (audit notes, default names), which are written in the site's language.

## crates/plaza-store/src/boards.rs
store-boards-search-too-long = Search for at most { $max } characters of a team name.

## crates/plaza-store/src/bundle_export.rs
# $slug: the challenge's web address.
store-bundle-export-no-challenge = there is no challenge '{ $slug }'

## crates/plaza-store/src/bundle_zip.rs
# $error: the technical reason, as the zip reader gives it.
store-bundle-zip-not-a-zip = This file is not a zip archive that Plaza can read ({ $error }). Upload the bundle folder compressed as a .zip file.
store-bundle-zip-too-many-files = The zip holds { $count } files; a bundle may hold at most { $max }.
# $number: the file's place in the zip (1 for the first).
store-bundle-zip-entry-unreadable = File number { $number } of the zip cannot be read: { $error }
store-bundle-zip-name-unreadable = File number { $number } of the zip has a name Plaza cannot read: { $error }
# $name: the file's path in the zip.
store-bundle-zip-link = { $name } in the zip is a link; a bundle holds plain files only.
store-bundle-zip-outside = { $name } in the zip points outside the bundle folder; a bundle holds plain paths such as data/train.csv.
store-bundle-zip-twice = { $name } appears twice in the zip.
store-bundle-zip-cannot-unpack = { $name } in the zip cannot be unpacked: { $error }
# $size: a size with its unit ("1024 MB").
store-bundle-zip-file-too-large = { $name } in the zip is larger than { $size } once unpacked; a bundle file may be at most that large.
store-bundle-zip-too-large = The zip is larger than { $size } once unpacked; a bundle may hold at most that much.
# $manifest: the file name challenge.toml.
store-bundle-zip-no-manifest = The zip has no { $manifest } at its top, nor in a single folder at its top: is it a challenge bundle?

## crates/plaza-store/src/challenge_edits.rs
store-challenge-edits-no-challenge = There is no such challenge.
store-challenge-edits-changed-meanwhile = Someone else changed these details while you were editing. Your changes were not saved: the form now shows theirs.
# Who made a change, when their account has no name to show; $id: the account's number.
store-challenge-edits-unnamed-account = account { $id }

## crates/plaza-store/src/challenges.rs
# $id: the number asked for, too large to be one Plaza uses.
store-challenges-id-out-of-range = id { $id } is out of range

## crates/plaza-store/src/dataset_files.rs
store-dataset-files-changed-meanwhile = Someone else changed this dataset while you were editing. Your changes were not saved: the form now shows theirs.
store-dataset-files-has-entries = People have entered this challenge, so its datasets stay: entrants may have used this one. Replace its file instead.
store-dataset-files-no-dataset = There is no such dataset (it may have been removed).
store-dataset-files-too-large = The file is too large.
store-dataset-files-too-many-rows = The file has too many rows.
# Kept in the audit of a dataset (site's language): the file replaced, with its
# number of rows.
store-dataset-files-audit-file = { $file } ({ $rows } rows)
# The new file, its number of rows and the organizer's note on the change.
store-dataset-files-audit-new-file = { $file } ({ $rows } rows): { $note }
# Kept in the audit: the dataset's value after it was removed.
store-dataset-files-audit-removed = (removed)

## crates/plaza-store/src/drafts.rs
store-drafts-no-account = No account uses { $email }. Ask the person to sign in to Plaza once with this address, then try again.
# $slug: the web address asked for.
store-drafts-address-taken = Another challenge already uses the web address “{ $slug }”. Choose another one.
store-drafts-no-challenge = There is no such challenge.
store-drafts-published-already = This challenge is published already.
# A problem of one file, shown after its name and a colon ("data/big.csv: is larger than...").
store-drafts-file-too-large-to-check = is larger than { $mb } MB, too large to check here: import this challenge with `plaza import` instead
store-drafts-files-too-large-to-check = makes the challenge's files larger than { $mb } MB in all, too large to check here: import this challenge with `plaza import` instead

## crates/plaza-store/src/idea_versions.rs
# Kept in the judging audit log (site's language).
store-idea-versions-scores-stand = Scores still stand for version { $version } of the idea

## crates/plaza-store/src/ideas.rs
store-ideas-too-many = Your team has entered { $max } ideas on this track, the most we accept. Withdraw one to enter another.

## crates/plaza-store/src/implementation.rs
store-implementation-no-status = That status is not in this challenge's list.
store-implementation-too-many-statuses = The list has { $count } statuses, the most it may have: rename one instead.
# $name: the status name typed.
store-implementation-status-taken = "{ $name }" is already in the list.
store-implementation-choose-status = Choose a status from the list.
store-implementation-no-project = That project is not part of this challenge.
store-implementation-nested-sub-project = A sub-project cannot have sub-projects of its own.
store-implementation-too-many-sub-projects = This project has as many sub-projects as it may have.
store-implementation-idea-has-project = This idea already has a project: open it to change it.
store-implementation-entry-has-project = This entry already has a project: open it to change it.
store-implementation-too-many-milestones = This project has as many milestones as it may have.
store-implementation-no-milestone = That milestone is not part of this challenge.
store-implementation-no-update = That update is not part of this challenge.
store-implementation-no-message = That message is not part of this challenge.
# A challenge's first list of project statuses, kept in the site's language;
# organizers may rename them.
store-implementation-status-not-started = Not started
store-implementation-status-planning = Planning
store-implementation-status-in-progress = In progress
store-implementation-status-almost-done = Almost done
store-implementation-status-done = Done

## crates/plaza-store/src/import.rs
# $folder: a folder's path; $error: the system's reason.
store-import-cannot-open-folder = cannot open the bundle folder { $folder }: { $error }
store-import-not-a-folder = { $folder } is not a folder
# Why a file of a bundle cannot be read, shown after its name and a colon.
store-import-outside-the-bundle = the path leads outside the bundle folder
store-import-not-a-regular-file = it is not a regular file
store-import-file-too-large = it is larger than 1 GiB
# $path: the file's path in the bundle.
store-import-changed-meanwhile = { $path } changed while it was being imported; try again

## crates/plaza-store/src/judging.rs
store-judging-rubric-locked = The rubric cannot change once judging has opened.
store-judging-already-open = Judging is already open.
store-judging-not-open = Judging is not open.

## crates/plaza-store/src/judging_checks.rs
# Kept in the judging audit log (site's language). $declared: a name the judge
# declared; $idea: the name behind the idea that looks like it.
store-judging-checks-decided = The judge declared '{ $declared }'; the idea has '{ $idea }'
# An empty list in the note below.
store-judging-checks-none = none
# Each variable: names separated by "; ", or the word of store-judging-checks-none.
store-judging-checks-declaration-changed = An organizer changed the declaration. Organizations: { $organizations }. People: { $people }. Neighbourhoods: { $neighbourhoods }.
# $reason: the reason the organizer gave for holding the feedback back.
store-judging-checks-released = No longer held back (it was because: { $reason })

## crates/plaza-store/src/submissions.rs
# Kept with the entry for its entrant to read (site's language).
store-submissions-cancelled = Cancelled by the organizers.
store-submissions-reason-required = a reason of 1 to 1000 characters is required; the entrant will read it

## crates/plaza-store/src/team_invitations.rs
store-team-invitations-too-many = { $email } has already been sent { $max } invitations in the last 24 hours, which is the most we send to one address. Please try again tomorrow.

## crates/plaza-store/src/teams.rs
store-teams-already-in-team = You are already in a team for this challenge. Leave it first to join or create another.
store-teams-team-full = This team is full: teams in this challenge have at most { $max } members.
store-teams-name-taken = Another team in this challenge already uses that name, or an alias that reads the same (capital letters and spaces do not count). Please choose another name.
store-teams-alias-taken = Another team in this challenge already uses that alias, or a name that reads the same (capital letters and spaces do not count). Please choose another alias.
store-teams-unknown-link = This team invitation link is not valid. Ask the team for a new one.
store-teams-link-revoked = The team cancelled this invitation, so it no longer works. Ask the team for a new one.
store-teams-link-expired = This invitation has expired: invitations work for { $days } days. Ask the team for a new one.
store-teams-link-used = This emailed invitation was already used: each one lets one person join. Ask the team for a new one.
store-teams-not-member = You are not a member of this team.
store-teams-has-entries = Your team has already sent an entry or an idea to this challenge, so its members stay as they are: nobody can leave a team once it has entries. This keeps the entries, their scores and the daily limits with the team that made them.
# A new team's alias until it chooses one, kept in the site's language; $id: the team's number.
store-teams-default-alias = Team { $id }
# The same when another team already has that name; $n: 2, 3...
store-teams-default-alias-numbered = Team { $id }-{ $n }

## crates/plaza-store/src/track_edits.rs
# $slug: the track's web name.
store-track-edits-web-name-taken = Another track of this challenge already has the web name '{ $slug }'. Choose another.
store-track-edits-no-track = There is no such track.
store-track-edits-changed-meanwhile = Someone else changed this track while you were editing. Your changes were not saved: the form now shows theirs.
# $fields: the settings that would change, from the four below, separated by ", ".
store-track-edits-locked = This track already has entries, so its { $fields } cannot change: the entries were scored that way.
store-track-edits-locked-kind = kind
store-track-edits-locked-metric = metric
store-track-edits-locked-id-column = id column
store-track-edits-locked-target-column = target column
store-track-edits-judges-locked = Judging has opened, so the number of judges per idea cannot change any more.
store-track-edits-has-entries = This track has entries, so it cannot be removed: the entrants' work would be lost.
# Kept in the audit (site's language): a track added, its title and kind
# (`predictions`, `code` or `ideas`).
store-track-edits-audit-added = added: { $title } ({ $kind })
# Kept in the audit: a track's value after it was removed.
store-track-edits-audit-removed = removed

## crates/plaza-store/src/users.rs
store-users-token-name-required = a token name of 1 to 80 characters is required
store-users-email-taken = a user with the email { $email } already exists
