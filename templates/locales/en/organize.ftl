# Organizer pages: the challenges an organizer manages, site administration,
# datasets, details and dates, entries, ideas, judging, and their partials.

## pages/organize/admin.html.tera
organize-admin-heading = Site administration
organize-admin-problem-heading = Nothing was changed. Please fix this:
organize-admin-attention = What needs attention on each challenge (ideas to confirm, judges behind, winners to pick, results to publish) is on <a href="/manage">the challenges you manage</a>.
organize-admin-challenges-heading = Challenges
organize-admin-create-or-import = <a href="/manage/new">Create a challenge</a> in the browser, or <a href="/admin/import">import a challenge bundle</a> (a zip file) to create a challenge or update one.
organize-admin-challenge-people-link = organizers and judges
organize-admin-creators-heading = Who may create challenges
organize-admin-creators-intro = Site admins may always create challenges. You can allow other people too: they need an account (they sign in once with their email address first).
organize-admin-creator-remove = Stop allowing<span class="visually-hidden"> { $email }</span>
organize-admin-creators-none = Nobody besides the site admins yet.
organize-admin-creator-add-heading = Allow a person to create challenges
organize-admin-creator-email-label = Their email address
organize-admin-creator-email-hint = The address they sign in to Plaza with.
organize-admin-creator-add-button = Allow this person
organize-admin-users-heading = Accounts ({ $count })
organize-admin-users-name = Name
organize-admin-users-email = Email
organize-admin-users-admin = Site admin
organize-admin-users-joined = Joined
organize-admin-users-yes = yes
organize-admin-users-no = no

## pages/organize/dataset.html.tera
organize-dataset-breadcrumb = Breadcrumb
organize-dataset-breadcrumb-manage = Manage
organize-dataset-breadcrumb-datasets = Datasets
organize-dataset-heading = Describe { $title }
organize-dataset-problems-heading = Nothing was changed. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-dataset-lead = What residents read about this file on its <a href="{ $guide_url }">data guide</a>: { $file }, { $size }, { $rows } rows and { $columns } columns.
organize-dataset-title-label = Title
organize-dataset-title-hint = At most 120 characters, for example "Street trees, 2024".
organize-dataset-license-label = Licence
organize-dataset-license-hint = The terms under which people may use the data. Choose the licence your organization published it under. If it is not in the list, choose "Other" and type its name and where it is written.
organize-dataset-license-none = No licence chosen yet
organize-dataset-license-other-option = Other: type it
organize-dataset-license-other-label = Other licence
organize-dataset-license-other-hint = Only when you chose "Other" above: the licence's name and where it is written, for example "City of Springfield Open Data Licence, https://data.springfield.example/licence".
organize-dataset-source-label = Source
organize-dataset-source-hint = Where the data comes from: the department or system that collected it, and a link if it is published elsewhere.
organize-dataset-description-label = Description
organize-dataset-description-hint = One or two sentences: what one row of the file is, and which years or places it covers.
organize-dataset-caveats-label = Caveats
organize-dataset-caveats-hint = What people should know before they use it: gaps, known errors, columns removed for privacy. Markdown: lines starting with - are a list.
organize-dataset-columns-legend = What each column means
organize-dataset-columns-hint = Plaza guessed each column's type from the file; correct it if needed. Say in plain words what each column holds, with its unit (metres, dollars) or what its codes mean.
organize-dataset-columns-table = Columns
organize-dataset-columns-column = Column
organize-dataset-columns-type = Type
organize-dataset-columns-meaning = Meaning
organize-dataset-column-type-label = Type of { $column }
organize-dataset-column-meaning-label = Meaning of { $column }
organize-dataset-save = Save the description
organize-dataset-preview-heading = The first rows of the file
organize-dataset-replace-heading = Replace the file
organize-dataset-replace-intro = Upload a corrected or newer file. The current file stays downloadable from the data guide as an earlier version, with your note. Columns with the same name keep their descriptions. Followers of the challenge get an email with your note.
organize-dataset-change-note-label = What changed
organize-dataset-change-note-hint = At most { $max } characters, for example "Fixed the heights of 12 trees on Elm Street." Residents read it on the data guide and in their email.
organize-dataset-file-label = New CSV file
organize-dataset-file-hint = A CSV file of at most { $megabytes } MB, with the column names on its first line.
organize-dataset-upload-progress = Upload progress
organize-dataset-replace-button = Replace the file
organize-dataset-versions-heading = Earlier files
organize-dataset-versions-version = Version
organize-dataset-versions-replaced = Replaced
organize-dataset-versions-by = By
organize-dataset-versions-change = What changed
organize-dataset-versions-file = File
organize-dataset-versions-rows = ({ $rows } rows)
organize-dataset-versions-none = The file has not been replaced.
organize-dataset-remove-heading = Remove the dataset
organize-dataset-remove-intro = Nobody has entered this challenge yet, so you can still remove this dataset. Its file and earlier files will no longer be offered.
organize-dataset-remove-button = Remove this dataset
organize-dataset-remove-refused = People have entered this challenge, so this dataset cannot be removed: entrants may have used it. You can replace its file instead.
organize-dataset-changes-heading = Changes
organize-dataset-changes-when = When
organize-dataset-changes-who = Who
organize-dataset-changes-what = What
organize-dataset-changes-before = Before
organize-dataset-changes-after = After
organize-dataset-changes-none = No change has been made here yet.

## pages/organize/datasets.html.tera
organize-datasets-breadcrumb = Breadcrumb
organize-datasets-breadcrumb-manage = Manage
organize-datasets-heading = Datasets
organize-datasets-error-heading = The file was not added
organize-datasets-removed = The dataset was removed.
organize-datasets-lead = The data files residents download and read about on the data guide. Upload a CSV file to add one; then describe it so residents know what each column means.
organize-datasets-list-heading = This challenge's datasets
organize-datasets-list-title = Title
organize-datasets-list-file = File
organize-datasets-list-size = Size
organize-datasets-list-rows = Rows
organize-datasets-list-license = Licence
organize-datasets-list-no-license = No licence yet
organize-datasets-none = This challenge has no dataset yet.
organize-datasets-add-heading = Add a dataset
organize-datasets-file-label = CSV file
organize-datasets-file-hint = A CSV file of at most { $megabytes } MB, with the column names on its first line. From a spreadsheet, save it as CSV first (in Excel: File > Save As > CSV). Commas, semicolons, tabs or vertical bars between values all work, and so do files saved as UTF-8 or Latin-1: Plaza stores them as UTF-8 with commas. The new dataset is named after the file; you can change its title afterwards.
organize-datasets-upload-progress = Upload progress
organize-datasets-add-button = Add the dataset

## pages/organize/details.html.tera
organize-details-breadcrumb = Breadcrumb
organize-details-breadcrumb-manage = Manage
organize-details-heading = Details and dates
organize-details-saved = The details were saved.
organize-details-saved-public = The details were saved. Everyone sees them now.
organize-details-problems-heading = Nothing was saved. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-details-lead = What residents read about the challenge and when it runs. The same settings are in the challenge's bundle (<code>challenge.toml</code>), and "Download the challenge as a bundle" on the manage page includes every change made here.
organize-details-rule-published = The results are published: the dates and the time zone stay as they were. The words can still change.
organize-details-rule-opened = The challenge has opened: its opening date stays as it is. The closing date can move, but only to a time that has not passed.
organize-details-rule-not-opened = The challenge has not opened yet: everything here can change.
organize-details-rule-team-size = The most members a team may have can never drop below the size of a team that already exists.
organize-details-rule-elsewhere = Datasets are changed on <a href="{ $challenge_url }/manage/datasets">the datasets page</a>, tracks and their hidden answers on <a href="{ $challenge_url }/manage/tracks">the tracks page</a>.
organize-details-save = Save the details
organize-details-preview = Preview the brief
organize-details-changes-heading = Changes
organize-details-changes-when = When
organize-details-changes-who = Who
organize-details-changes-what = What
organize-details-changes-before = Before
organize-details-changes-after = After
organize-details-changes-none = No change has been made here yet. Changes made by importing a bundle are not listed.

## pages/organize/new_challenge.html.tera
organize-new-challenge-breadcrumb = Breadcrumb
organize-new-challenge-breadcrumb-manage = Manage
organize-new-challenge-heading = Create a challenge
organize-new-challenge-problems-heading = The challenge was not created. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-new-challenge-lead = Start with what residents will read. The challenge stays a private draft, seen only by you and the site admins, until you publish it. After this step you add its data, its tracks and the people who run it with you.
organize-new-challenge-slug-label = Web address
organize-new-challenge-slug-hint = The end of the challenge's address: /challenges/<em>this-part</em>. Lowercase letters a-z, digits and dashes, 3 to 64 characters. Leave it empty to make it from the title. It cannot change later.
organize-new-challenge-create = Create the draft challenge
organize-new-challenge-preview = Preview the brief

## partials/details_fields.html.tera
partial-details-fields-title-label = Title
partial-details-fields-title-hint = At most 120 characters. Say what residents will do, in plain words.
partial-details-fields-summary-label = Summary
partial-details-fields-summary-hint = One or two sentences, at most 280 characters, shown in the list of challenges.
partial-details-fields-host-label = Host
partial-details-fields-host-hint = Who runs the challenge, for example "City of Chicago, Department of Public Health".
partial-details-fields-contact-label = Contact for questions (optional)
partial-details-fields-contact-hint = An email address, a phone number or a web page where residents can ask questions. The challenge's page shows it as "Questions?".
partial-details-fields-brief-label = Brief
partial-details-fields-brief-hint = The challenge's page. Markdown: a line starting with # is a heading, **bold**, [a link](https://example.org), lines starting with - are a list. Use "Preview the brief" to see it before saving.
partial-details-fields-preview-heading = Preview of the brief (not saved yet)
partial-details-fields-preview-hint = A first line starting with a single # repeats the title, so the page leaves it out.
partial-details-fields-preview-empty = (Nothing to show.)
partial-details-fields-zone-label = Time zone
partial-details-fields-zone-hint = The challenge's dates are shown in this zone, and daily limits start at its midnight. A name from the IANA list, such as America/Chicago or Europe/Madrid. Dates you leave as they are keep their moment when the zone changes; dates you type are read in the new zone.
partial-details-fields-opens-label = Opens
partial-details-fields-opens-hint = Date and time in the challenge's time zone ({ $zone }), such as 2027-01-01T00:00.
partial-details-fields-closes-label = Closes
partial-details-fields-closes-hint = The last moment entries are accepted, in the challenge's time zone ({ $zone }).
partial-details-fields-team-label = Most members in a team
partial-details-fields-team-hint = From 1 (everyone enters alone) to 100.

## partials/manage_steps.html.tera
partial-manage-steps-heading = Steps to publish this challenge

## pages/organize/entries.html.tera
organize-entries-breadcrumb = Breadcrumb
organize-entries-breadcrumb-challenges = Challenges
organize-entries-breadcrumb-manage = Manage
organize-entries-heading = Entries: { $track }
organize-entries-other-tracks = Other tracks
organize-entries-other-tracks-intro = Other tracks:
organize-entries-filter = Filter entries
organize-entries-filter-legend = Show only
organize-entries-filter-status = Status
organize-entries-filter-any-status = Any status
organize-entries-filter-verdict = Verdict
organize-entries-filter-any-verdict = Any verdict
organize-entries-filter-team = Team name contains
organize-entries-filter-button = Show entries
organize-entries-filter-clear = Clear filters
organize-entries-first-page = Go to the first page
organize-entries-rerun-all = Score every finished entry again
organize-entries-rerun-all-hint = Every finished entry of this track, whatever the filters show. For example after you corrected the hidden answers.
organize-entries-table = Entries
organize-entries-col-entry = Entry
organize-entries-col-team = Team
organize-entries-col-sent = Sent
organize-entries-col-status = Status
organize-entries-col-public = Public
organize-entries-col-private = Private
organize-entries-col-file = File
organize-entries-col-actions = Actions
organize-entries-disqualified = (disqualified: { $reason })
organize-entries-download = Download<span class="visually-hidden"> the file of entry { $id }</span>
organize-entries-rerun = Rerun<span class="visually-hidden"> entry { $id }</span>
organize-entries-cancel = Cancel<span class="visually-hidden"> entry { $id }</span>
organize-entries-reason-label = Reason for disqualifying entry { $id }
organize-entries-reason-placeholder = Reason the team will read
organize-entries-disqualify = Disqualify
organize-entries-pages = Entry pages
organize-entries-previous = Previous 50 entries
organize-entries-next = Next 50 entries
organize-entries-none-match = No entries match these filters. <a href="{ $clear_url }">Show every entry</a>.
organize-entries-none = No entries yet.

## pages/organize/home.html.tera
organize-home-breadcrumb = Breadcrumb
organize-home-breadcrumb-challenges = Challenges
organize-home-breadcrumb-manage = Manage
organize-home-heading = Challenges you manage
organize-home-admin = As a site admin you see every challenge. Accounts are on the <a href="/admin">site administration</a> page.
organize-home-create = Create a challenge
organize-home-draft = <strong>Draft: not published yet.</strong> Only its organizers and the site admins see it. <a href="{ $review_url }">Continue: review and publish<span class="visually-hidden"> ({ $title })</span></a>
organize-home-dates = Opens { $opens }; closes { $closes }.
organize-home-attention-heading = Needs your attention
organize-home-attention-none = Nothing right now.
organize-home-tools-heading = Pages for organizers
organize-home-none-can-create = You do not organize any challenge yet. Create one with the button above, or wait for a site admin or another organizer to invite you to organize one: it will be listed here.
organize-home-none = You do not organize any challenge yet. Wait for a site admin or another organizer to invite you to organize one: it will be listed here.

## pages/organize/ideas.html.tera
organize-ideas-breadcrumb = Breadcrumb
organize-ideas-breadcrumb-challenges = Challenges
organize-ideas-breadcrumb-all = All ideas
organize-ideas-heading = Ideas sent to “{ $track }”
organize-ideas-assisted-link = Enter an idea for a resident
organize-ideas-judging-link = Judging
organize-ideas-caption = Every idea, oldest first
organize-ideas-col-idea = Idea
organize-ideas-col-from = From
organize-ideas-col-status = Status
organize-ideas-col-sent = Sent
organize-ideas-col-confirmation = Resident's confirmation
organize-ideas-col-paper = Paper form (organizers only)
organize-ideas-waiting = Waiting.
organize-ideas-attest = I read it back to them by phone
organize-ideas-correct = Correct it
organize-ideas-resend = Email them a new link
organize-ideas-open-scan = Open the scan<span class="visually-hidden"> of { $title }</span>
organize-ideas-scan-replace = Replace the scan (PDF or picture)<span class="visually-hidden"> of { $title }</span>
organize-ideas-scan-add = A scan or photo of the form (PDF or picture)<span class="visually-hidden"> of { $title }</span>
organize-ideas-attach = Attach<span class="visually-hidden"> the scan of { $title }</span>
organize-ideas-none = No ideas yet.

## pages/organize/import.html.tera
organize-import-breadcrumb = Breadcrumb
organize-import-breadcrumb-admin = Site administration
organize-import-heading = Import a challenge bundle
organize-import-open-challenge = Open the challenge
organize-import-intro = A bundle is a folder with a <code>challenge.toml</code>, the brief, the public data and the hidden answers, compressed as one .zip file. Organizers download one with "Download as a bundle" on their challenge's page, and <code>plaza export</code> writes the same folder.
organize-import-update = A bundle whose challenge already exists on this site (the same <code>slug</code>) updates it; otherwise it creates a new challenge. Plaza checks every file first: if anything is wrong, nothing is imported and every problem is listed with its file, line and field.
organize-import-file-label = The bundle (a .zip file)
organize-import-file-hint = Up to { $megabytes } MB. The zip may hold the bundle's files directly or one folder with them.
organize-import-submit = Check and import
organize-import-check = Only check it

## pages/organize/invitation.html.tera
organize-invitation-heading = Your invitation
# $role is the role in lower case: "organizer" or "judge".
organize-invitation-lead = You are invited to be { $role ->
        [organizer] an organizer
       *[other] a { $role }
    } of “{ $challenge }”. The invitation was sent to { $email }.
organize-invitation-accept = Accept

## pages/organize/judge.html.tera
organize-judge-breadcrumb = Breadcrumb
organize-judge-breadcrumb-challenges = Challenges
organize-judge-breadcrumb-judging = Judging “{ $track }”
organize-judge-heading = { $judge }'s conflicts of interest
organize-judge-none-declared = None declared
organize-judge-not-declared = { $judge } has not declared any conflicts yet.
organize-judge-lead-frozen = Judging has opened, so judges can no longer change their own declarations: change it here when { $judge } asks you to.
organize-judge-lead-open = Judges can change their own declaration until judging opens; you can change it for them here.
organize-judge-lead-effect = The declaration applies to every ideas track of the challenge. Ideas on an open track that it now conflicts with go to other judges at once. The change is written to the audit log with your name.
organize-judge-organizations-label = Organizations { $judge } works for, volunteers with, or advises
organize-judge-organizations-hint = One per line.
organize-judge-people-label = People close to { $judge } who may enter
organize-judge-people-hint = One name per line.
organize-judge-neighbourhoods-label = Neighbourhoods where { $judge } lives or owns property
organize-judge-neighbourhoods-hint = One per line. Leave a box empty if nothing applies.
organize-judge-save = Save { $judge }'s declaration
organize-judge-back = Back to the judging dashboard

## pages/organize/judging.html.tera
organize-judging-breadcrumb = Breadcrumb
organize-judging-breadcrumb-challenges = Challenges
organize-judging-breadcrumb-judging = Judging
organize-judging-heading = Judging “{ $track }”
organize-judging-lead-closed = { $entries ->
        [one] { $entries } idea
       *[other] { $entries } ideas
    } judged; each had { $judges ->
        [one] { $judges } judge
       *[other] { $judges } judges
    }.
organize-judging-lead = { $entries ->
        [one] { $entries } idea
       *[other] { $entries } ideas
    } to judge; each gets { $judges ->
        [one] { $judges } judge
       *[other] { $judges } judges
    }.
organize-judging-all-ideas = All ideas
organize-judging-invite-judges = Invite judges
organize-judging-steps-heading = Open and close judging
organize-judging-short = <strong>{ $count ->
        [one] { $count } idea has
       *[other] { $count } ideas have
    } fewer judges than { $judges }</strong>, because judges stepped aside or declared a conflict and no other judge was free: { $ideas }.
organize-judging-short-open = Invite more judges, then press “Assign new ideas”.
organize-judging-short-closed = Reopen judging and invite more judges to fill the gaps, or decide with the reviews there are.
organize-judging-setup-intro = Opening judging gives every idea { $judges ->
        [one] { $judges } judge
       *[other] { $judges } different judges
    }, spreads the work evenly, and never gives an idea to a judge with a declared conflict or to a judge who sent it. The rubric and the number of judges per idea can no longer change after that.
organize-judging-open = Open judging
organize-judging-open-intro = Ideas sent or confirmed since judging opened, and judges who joined since, are assigned when you press this:
organize-judging-assign = Assign new ideas
organize-judging-close = Close judging
organize-judging-closed-intro = Scores are final. You can reopen judging to let judges change them.
organize-judging-reopen = Reopen judging
organize-judging-judges-heading = Judges and their progress
organize-judging-judges-table = Table of judges
organize-judging-judges-col-judge = Judge
organize-judging-judges-col-conflicts = Declared conflicts
organize-judging-judges-col-scored = Scored
organize-judging-judges-col-recused = Stepped aside
organize-judging-judges-col-reminder = Reminder
organize-judging-judges-change = Change<span class="visually-hidden"> { $name }'s declaration</span>
organize-judging-judges-progress = { $scored } of { $assigned }
organize-judging-judges-remind = Send a reminder to { $name }
organize-judging-judges-none-invited = No judge has accepted an invitation yet ({ $invited ->
        [one] { $invited } invitation is
       *[other] { $invited } invitations are
    } waiting). <a href="{ $challenge_url }/manage">Invite judges</a>; they accept by email and declare their conflicts before they see any idea.
organize-judging-judges-none = No judge has accepted an invitation yet. <a href="{ $challenge_url }/manage">Invite judges</a>; they accept by email and declare their conflicts before they see any idea.
organize-judging-conflicts-heading = Names that look alike
organize-judging-conflicts-intro = Plaza treats names as the same however they are written (case, accents, punctuation, British or American spelling, “Assn.” for “Association” and the like): a judge never gets an idea whose entrants, team or declared ties match a name the judge declared. Names that only look alike are listed here for you to decide. Until you do, that judge gets no new idea behind that name, and judging cannot be assigned.
organize-judging-conflicts-table = Table of names that look alike
organize-judging-conflicts-col-judge = Judge
organize-judging-conflicts-col-declared = The judge declared
organize-judging-conflicts-col-idea = Idea
organize-judging-conflicts-col-idea-has = The idea has
organize-judging-conflicts-col-alike = Alike
organize-judging-conflicts-col-decision = Decision
organize-judging-conflicts-yes = A conflict<span class="visually-hidden">: { $judge } and “{ $idea }”</span>
organize-judging-conflicts-no = Not a conflict<span class="visually-hidden">: { $judge } and “{ $idea }”</span>
organize-judging-conflicts-none = No names waiting for a decision.
organize-judging-decided-heading = Already decided
organize-judging-decided-conflict = { $judge } declared “{ $judge_text }”; “{ $idea }” has “{ $idea_text }”: a conflict.
organize-judging-decided-no-conflict = { $judge } declared “{ $judge_text }”; “{ $idea }” has “{ $idea_text }”: not a conflict.
organize-judging-results-heading = Results
organize-judging-results-intro = Each judge's score for an idea is the weighted mean of the rubric scores (1 to 5).
organize-judging-results-raw = Showing raw scores. <a href="{ $base_url }?view=normalized">Show normalized scores</a> (each judge's scores as z-scores, so that strict and lenient judges count alike).
organize-judging-results-normalized = Showing normalized scores (z-scores within each judge). <a href="{ $base_url }">Show raw scores</a>.
organize-judging-results-flagged = { $min_reviews ->
        [1] Ideas without a review
       *[other] Ideas with fewer than { $min_reviews } reviews
    } are flagged and not ranked; ties share a rank.
organize-judging-stale-none = Every review is of its idea as it is now.
organize-judging-stale-one = <strong>1 review is of an earlier version of its idea:</strong> the idea changed after the judge scored it. The judge sees what changed and confirms or changes their scores.
organize-judging-stale-many = <strong>{ $count } reviews are of an earlier version of their idea:</strong> the ideas changed after the judges scored them. The judges see what changed and confirm or change their scores.
organize-judging-results-table = Table of results
organize-judging-results-col-rank = Rank
organize-judging-results-col-idea = Idea
organize-judging-results-col-mean = Mean
organize-judging-results-col-spread = Spread (SD)
organize-judging-results-col-range = Range
organize-judging-results-col-reviews = Reviews
organize-judging-results-col-criterion = { $criterion } (mean)
organize-judging-results-col-decision = Decision
organize-judging-results-not-ranked = Not ranked
organize-judging-results-too-few = (too few: needs { $needed })
organize-judging-agreement-heading = How far the judges agree
organize-judging-agreement-hint = Krippendorff's alpha per criterion: 1 is full agreement, 0 is no better than chance, and below 0 the judges disagree more than chance would make them (common with few ideas or few judges). Where it is low, talk with the judges about what the criterion means before you pick winners.
organize-judging-audit-matches = The results above are recomputed exactly from the audit log ({ $events ->
        [one] { $events } entry
       *[other] { $events } entries
    }).
organize-judging-audit-mismatch = The audit log does not match the stored scores.
organize-judging-read-reviews = Read every review and its feedback
organize-judging-download-results = Download the results (CSV)
organize-judging-download-scores = Download every judge's scores (CSV)
organize-judging-download-audit = Download the audit log (CSV)
organize-judging-results-none = No ideas to show yet.
organize-judging-winners-heading = Pick winners
organize-judging-winners-idea = Idea
organize-judging-winners-place = Place
organize-judging-winners-winner = Winner
organize-judging-winners-runner-up = Runner-up
organize-judging-winners-none = No place (remove a decision)
organize-judging-winners-reason = Why (published beside the idea)
organize-judging-winners-save = Save the decision
organize-judging-publish-heading = Publish the results
organize-judging-publish-done = The results are published. <a href="{ $challenge_url }/winners">See the winners page</a>.
organize-judging-publish-not-closed = You can publish the results once the challenge closes ({ $closes }).
organize-judging-publish-intro = Publishing shows the winners page and the final leaderboards to everyone, emails every entrant the judges' feedback on their idea, and tells the challenge's followers who won. It cannot be undone. First <a href="{ $base_url }/reviews">read the judges' feedback</a>: you can hold back a piece of feedback from the entrant.
organize-judging-publish-button = Publish the results
organize-judging-publish-hint = (you see exactly who is emailed what, and confirm, on the next page)
organize-judging-rubric-heading = Rubric
organize-judging-rubric-intro = Judges score each criterion from 1 to 5. You can change the rubric until judging opens. Leave a name empty to remove a criterion; fill in the last, empty one to add a criterion.
organize-judging-rubric-criterion = Criterion { $number }: { $name }
organize-judging-rubric-new-criterion = A new criterion
organize-judging-rubric-name = Name
organize-judging-rubric-weight = Weight (1 to 100)
organize-judging-rubric-description = What judges look at
organize-judging-rubric-levels = What each level means (5 lines, level 1 first; optional)
organize-judging-rubric-judges-per-idea = Judges per idea
organize-judging-rubric-judges-per-idea-hint = How many different judges read and score each idea (1 to 20). Every idea needs this many judges without a conflict.
organize-judging-rubric-min-reviews = Reviews an idea needs to be ranked
organize-judging-rubric-min-reviews-hint = An idea with fewer reviews is flagged and left out of the ranking (1 to 50).
organize-judging-rubric-save = Save the rubric
