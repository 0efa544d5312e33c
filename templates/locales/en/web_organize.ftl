# What the Rust code of the organizer pages writes for people: notices,
# refusals and labels (plaza-web/src/organize).

## plaza-web/src/organize/steps.rs
# The steps of making a draft challenge, as the steps list names them.
web-organize-steps-details = Details
web-organize-steps-datasets = Datasets
web-organize-steps-tracks = Tracks
web-organize-steps-people = People
web-organize-steps-review = Review and publish

## plaza-web/src/organize/outreach.rs
# The paper sizes posters print on.
web-organize-outreach-paper-a4 = A4 (210 x 297 mm)
web-organize-outreach-paper-letter = US Letter (8.5 x 11 in)

## plaza-web/src/organize/paper_scans.rs
# $error: the technical reason the upload could not be read.
web-organize-paper-scans-upload-unreadable = The upload could not be read: { $error }
web-organize-paper-scans-too-large = The scan is larger than { $mb } MB, the most we accept. Scan it again at a lower resolution, or as a PDF, then attach it again.
web-organize-paper-scans-choose-a-file = Choose the scan or photo of the paper form to attach.
web-organize-paper-scans-wrong-kind = We accept PDF files and pictures (PNG, JPEG, GIF or WebP). This file is none of those, whatever its name says.

## plaza-web/src/organize/home.rs
# Links after each thing that needs an organizer's attention.
web-organize-home-see-the-ideas = See the ideas
web-organize-home-see-judges-progress = See judges' progress
web-organize-home-pick-winners = Pick winners
web-organize-home-publish-results = Publish results
web-organize-home-see-these-entries = See these entries
# Links to a challenge's organizer pages; $track is a track's title.
web-organize-home-organizers-and-judges = Organizers and judges
web-organize-home-judging-of = Judging: { $track }
web-organize-home-entries-of = Entries: { $track }

## plaza-web/src/organize/bundles.rs
web-organize-bundles-too-large = The zip is larger than { $mb } MB. Put large datasets on the site with `plaza import` instead.
web-organize-bundles-empty = The file is empty. Choose the bundle's .zip file.
web-organize-bundles-no-file = No file was chosen. Choose the bundle's .zip file.
# What an import did: $slug is the challenge's web address, $outcome one of the
# web-organize-bundles-outcome-... messages below.
web-organize-bundles-outcome = { $slug }: { $outcome } ({ $datasets } datasets, { $tracks } tracks, { $files } files).
web-organize-bundles-outcome-created = created
web-organize-bundles-outcome-updated = updated
web-organize-bundles-outcome-unchanged = unchanged (already imported)
web-organize-bundles-outcome-would-create = valid; would be created
web-organize-bundles-outcome-would-update = valid; would update the existing challenge
web-organize-bundles-problems = The bundle has { $count } problem(s), so nothing was imported. Fix them and upload it again.
# $reason: why the site refused the bundle, a whole sentence.
web-organize-bundles-refused = Nothing was imported: { $reason }
# $error: the technical reason the upload could not be read.
web-organize-bundles-upload-unreadable = The upload could not be read: { $error }

## plaza-web/src/organize/dataset_upload.rs
# $error: the technical reason the upload could not be read.
web-organize-dataset-upload-upload-unreadable = The upload could not be read: { $error }
web-organize-dataset-upload-change-note-too-long = The change note is longer than { $max } characters. Please shorten it.
web-organize-dataset-upload-empty = The file is empty. Choose the CSV file that holds the data.
web-organize-dataset-upload-no-file = No file was chosen. Choose the CSV file that holds the data.
web-organize-dataset-upload-too-large = The file is larger than { $mb } MB (1 GiB), the most a dataset may be. Split it into smaller files, or ask a site admin to import it with `plaza import`.
web-organize-dataset-upload-hidden-file = This file is the same as a hidden file of this challenge (answers or hidden inputs). Hidden files are never published as datasets.

## plaza-web/src/organize/create.rs
web-organize-create-not-allowed-title = You cannot create challenges yet
web-organize-create-not-allowed-message = You do not have access to this page. Creating a challenge needs permission. Ask a site admin of this Plaza to allow you: they do it on the site administration page, with the email address you sign in with.
web-organize-create-back-to-manage = Back to the challenges you manage
web-organize-create-slug-missing = Write a web address, such as street-trees-2027.
# $reason: what is wrong with the web address typed, in words that follow "The web address"
# ("'ab' must be 3 to 64 characters long (it has 2)").
web-organize-create-slug-invalid = The web address { $reason }. Use 3 to 64 lowercase letters a-z, digits and '-', such as street-trees-2027.
web-organize-create-email-invalid = Write the email address the person signs in with, such as name@example.org.

## plaza-web/src/organize/reviews.rs
# A judge whose account is gone; $id is the account's number.
web-organize-reviews-judge-number = Judge { $id }
web-organize-reviews-already-sent = The results are published, so the feedback was already sent. Nothing was changed.
web-organize-reviews-reason-needed = Write why you hold this feedback back (at most { $max } characters): the reason is kept in the audit log.
web-organize-reviews-no-feedback = This review has no feedback for the entrant, so there is nothing to hold back.

## plaza-web/src/organize/conflicts.rs
# The kind of a name that looks like a name behind an idea, shown before the name.
web-organize-conflicts-kind-organization = organization
web-organize-conflicts-kind-person = person
web-organize-conflicts-kind-neighbourhood = neighbourhood
# A judge's declaration of conflicts, on the judging dashboard.
web-organize-conflicts-not-yet = Not yet
web-organize-conflicts-none-declared = None declared
web-organize-conflicts-choose-decision = Choose whether the names are a conflict or not.
web-organize-conflicts-no-longer-waiting = These names are no longer waiting for a decision (the declarations changed, or someone decided already). Nothing was changed.

## plaza-web/src/organize/publish.rs
web-organize-publish-already-published = The results are already published.
# $closes: a moment ("28 February 2027 at 17:59 Chicago time").
web-organize-publish-not-closed = Results can be published once the challenge closes ({ $closes }).
web-organize-publish-judging-open = Close judging on “{ $track }” before publishing the results.
web-organize-publish-not-published-title = Results not published
web-organize-publish-back = Back

## plaza-web/src/organize/details.rs
# The fields of a challenge's details, in the list of changes.
web-organize-details-field-title = Title
web-organize-details-field-summary = Summary
web-organize-details-field-host = Host
web-organize-details-field-contact = Contact for questions
web-organize-details-field-description = Brief
web-organize-details-field-time-zone = Time zone
web-organize-details-field-opens-at = Opens
web-organize-details-field-closes-at = Closes
web-organize-details-field-max-team-size = Most members in a team
web-organize-details-field-other = Other
