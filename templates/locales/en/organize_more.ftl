# Organizer pages: outreach, people and roles, projects carrying out the winning
# ideas, publishing, review before publishing, judges' reviews, tracks, updates.

## pages/organize/outreach.html.tera
organize-outreach-breadcrumb = Breadcrumb
organize-outreach-crumb-manage = Manage
organize-outreach-crumb = Poster and ways in
organize-outreach-title = Poster and ways in without a computer
organize-outreach-saved = Saved. The challenge's page and its poster show these now.
organize-outreach-problems = Nothing was saved. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-outreach-lead = Many residents are not online. Tell them how to take part another way: by phone, by dropping off a paper form, or with help at a library or a partner organization. What you fill in here appears on the challenge's page, on its poster and in its emails. Leave a field empty to leave it out.
organize-outreach-poster-heading = The poster
organize-outreach-poster-text = <a href="{ $url }/poster">Open the poster to print it</a>. It fits on one page and has a QR code that phones open from a metre away. The code leads to the challenge's short link, <strong>{ $short_link }</strong>, which you can also read out or write down; once the winners are published, the same link and the poster show them.
organize-outreach-phone-heading = By phone
organize-outreach-phone-label = Phone number (optional)
organize-outreach-phone-hint = A line where staff answer questions and write down ideas for residents, such as 312-555-0100. At most { $max } characters.
organize-outreach-phone-hours-label = When the phone is answered (optional)
organize-outreach-phone-hours-hint = For example "Monday to Friday, 9 am to 5 pm".
organize-outreach-paper-heading = On paper
organize-outreach-drop-off-label = Where to drop off or post a paper form (optional)
organize-outreach-drop-off-hint = The full address, one line each, such as "City Hall, Room 100" and "121 N LaSalle St, Chicago".
organize-outreach-drop-off-hours-label = When it is open (optional)
organize-outreach-drop-off-hours-hint = For example "Weekdays 8:30 am to 4:30 pm".
organize-outreach-help-heading = With help
organize-outreach-partner-label = A library or partner where residents get help (optional)
organize-outreach-partner-hint = Its name and address, and when to come, one line each.
organize-outreach-paper-size = Paper size for the poster
organize-outreach-save = Save

## pages/organize/people.html.tera
organize-people-breadcrumb = Breadcrumb
organize-people-crumb-challenges = Challenges
organize-people-title = Organizers and judges
organize-people-challenge-heading = The challenge
organize-people-details = <a href="{ $url }/manage/details">Change its details and dates</a>: title, summary, host, brief, time zone, opening and closing dates, team size. Every change is listed there with who made it.
organize-people-reports = <a href="{ $url }/manage/reports">Reports about the data</a>: residents tell you when a row, a column or a file is wrong; confirm them, then publish the corrected file as a new version.
organize-people-datasets = <a href="{ $url }/manage/datasets">Datasets</a>: add a CSV file, describe each file and its columns, choose a licence, or replace a file with a corrected one (the earlier file stays downloadable).
organize-people-tracks = <a href="{ $url }/manage/tracks">Tracks and hidden answers</a>: add a track, change how it is scored and its limits, replace its hidden answers, or remove a track that has no entries.
organize-people-projects = <a href="{ $url }/manage/projects">Carrying out the winning ideas</a>: a project for each winning idea with its status, progress and milestones, and <a href="{ $url }/manage/updates">updates and answers</a>: news emailed to residents, and what they answer back.
organize-people-outreach = <a href="{ $url }/manage/outreach">Poster and ways in without a computer</a>: a phone line, a drop-off address and a partner location for residents who are not online, and a poster with a QR code to print.
organize-people-ideas-heading = Ideas and judging
organize-people-all-ideas = all ideas
organize-people-judging-dashboard = judging dashboard
organize-people-judges-scores = judges' scores (CSV)
organize-people-people-heading = People with a role
organize-people-col-name = Name
organize-people-col-email = Email
organize-people-col-role = Role
organize-people-col-actions = Actions
organize-people-you = (you)
organize-people-remove = Remove<span class="visually-hidden"> { $name } as { $role }</span>
organize-people-nobody = Nobody has a role yet.
organize-people-invite-heading = Invite someone
organize-people-email-label = Email address
organize-people-role-legend = Role
organize-people-role-judge = Judge: scores ideas with the rubric
organize-people-role-organizer = Organizer: runs the challenge
organize-people-role-intermediary = Partner organization: helps residents take part
organize-people-role-intermediary-hint = A library, a neighbourhood association or a university lab. It checks residents' reports about the data and enters ideas for residents who call or visit. The challenge page names it as a place to get help.
organize-people-send-invitation = Send invitation
organize-people-pending-heading = Invitations not yet accepted
organize-people-invitation-expired = { $email }, { $role }: expired.
organize-people-invitation-valid = { $email }, { $role }: valid until { $expires }.
organize-people-send-again = Send it again<span class="visually-hidden"> to { $email }</span>
organize-people-cancel = Cancel it<span class="visually-hidden"> ({ $email })</span>
organize-people-resend-hint = Sending an invitation again makes a new link, valid for 14 days; the old link stops working.
organize-people-results-heading = Results
organize-people-published = The results are published. <a href="{ $url }/winners">See the winners and final leaderboards</a>.
organize-people-before-close = Once the challenge closes ({ $closes }), publish the results here: the final leaderboards (ranked on the private answers) and the winners of idea tracks become public, and entrants are emailed.
organize-people-publish-text = Publishing shows the final leaderboards (ranked on the private answers) and the winners of idea tracks to everyone, emails every idea's entrants the judges' feedback, and tells the challenge's followers. It cannot be undone. Close judging on idea tracks first.
organize-people-publish-button = Publish the results
organize-people-publish-hint = (you see exactly who is emailed what, and confirm, on the next page)
organize-people-downloads-heading = Downloads
organize-people-results-package = <a href="/challenges/{ $slug }/manage/results.zip">Download the results package</a> (a zip file): the public and private leaderboards, every entry and idea, and the judges' scores, results and judging log of every track, with a README that explains every file and column.
organize-people-entries-csv = <a href="/challenges/{ $slug }/manage/entries.csv">Entries of the coding tracks</a> (CSV)
organize-people-ideas-csv = <a href="/challenges/{ $slug }/manage/ideas.csv">Ideas</a> (CSV)
organize-people-files-hint = The files open in any spreadsheet program. They hold private scores and entrants' names and addresses: keep them among the organizers.
organize-people-bundle = <a href="/challenges/{ $slug }/manage/export.zip">Download the challenge as a bundle</a> (a zip file): its settings (<code>challenge.toml</code>), brief, datasets and hidden answers, as <code>plaza import</code> and a site admin's bundle upload read them. Use it to keep a copy, to review the challenge's settings, or to move it to another Plaza site. It holds the hidden answers: never share it with entrants.

## pages/organize/project.html.tera
organize-project-breadcrumb = Breadcrumb
organize-project-crumb-projects = Winning ideas
organize-project-problems = Nothing was saved. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-project-residents-read = Residents read: “{ $in_words }”
organize-project-progress-done = { $title }: { $progress }% done
organize-project-edit-heading = Where it stands
organize-project-title-label = Title
organize-project-owner-label = Who carries it out (optional)
organize-project-owner-hint = A department or a partner organization.
organize-project-summary-label = What the project does (optional)
organize-project-summary-hint = A few plain sentences for residents.
organize-project-question-label = The question residents answer about it, from 1 to 5
organize-project-question-hint = Shown under the project on the progress page, such as "Is this what you needed?".
organize-project-status-label = Status
organize-project-progress-label-parts = Progress, in percent (not used: the sub-projects' progress is shown)
organize-project-progress-label = Progress, in percent
organize-project-progress-hint = A whole number from 0 to 100. Leave it empty to take the status's progress.
organize-project-weight-edit-label = Weight in the project it is part of
organize-project-weight-hint = From 1 to 100. A part of weight 2 counts twice as much as one of weight 1.
organize-project-save = Save
organize-project-milestones-heading = Milestones
organize-project-milestone-done = <strong>{ $title }</strong>, planned for { $due }. Reached on { $done }.
organize-project-milestone-ahead = <strong>{ $title }</strong>, planned for { $due }. Still ahead.
organize-project-mark-ahead = Mark as still ahead<span class="visually-hidden">: { $title }</span>
organize-project-mark-done = Mark as reached today<span class="visually-hidden">: { $title }</span>
organize-project-no-milestone = No milestone yet.
organize-project-add-milestone-heading = Add a milestone
organize-project-milestone-title-label = What happens
organize-project-milestone-title-hint = For example "Plant the first 20 trees".
organize-project-due-label = Planned for
organize-project-done-label = Reached on (optional)
organize-project-done-hint = Leave it empty while the step is still ahead. Today is { $today }.
organize-project-add-milestone = Add the milestone
organize-project-parts-heading = Sub-projects
organize-project-parts-intro = Split a large project into parts. Once it has parts, its progress is theirs: each part counts as much as its weight.
organize-project-part-weight = Weight { $weight }.
organize-project-part-title-label = Title of the part
organize-project-part-weight-label = Weight
organize-project-add-part = Add the part

## pages/organize/projects.html.tera
organize-projects-breadcrumb = Breadcrumb
organize-projects-crumb-manage = Manage
organize-projects-title = Carrying out the winning ideas
organize-projects-problems = Nothing was saved. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-projects-lead-unpublished = Show residents how the city carries out the ideas they chose: one project for each winning idea, with who does the work, where it stands and its dated steps. Residents see it on <a href="{ $url }/progress">the challenge's progress page</a> once the results are published; until then only organizers see it. Post news on <a href="{ $url }/manage/updates">the updates page</a>.
organize-projects-lead = Show residents how the city carries out the ideas they chose: one project for each winning idea, with who does the work, where it stands and its dated steps. Residents see it on <a href="{ $url }/progress">the challenge's progress page</a>. Post news on <a href="{ $url }/manage/updates">the updates page</a>.
organize-projects-projects-heading = Projects
organize-projects-owner = Carried out by { $owner }.
organize-projects-progress-done = { $title }: { $progress }% done
organize-projects-parts = { $count ->
        [one] { $count } sub-project
       *[other] { $count } sub-projects
    }; the progress is theirs, weighted.
organize-projects-no-project = No project yet. Start one for a winning idea below.
organize-projects-new-heading = Start a project
organize-projects-winners = The winners:
organize-projects-its-project = its project
organize-projects-no-winner = No winner yet: ideas are winners once organizers choose them, and coding entries once the results are published. You can still start a project for other work the challenge led to.
organize-projects-winner-label = For the winner
organize-projects-other-work = Other work (no winner)
organize-projects-title-label = Title
organize-projects-title-hint = Leave it empty to use the winning idea's title. At most { $max } characters.
organize-projects-owner-label = Who carries it out (optional)
organize-projects-owner-hint = A department or a partner organization, such as "Parks Department".
organize-projects-status-label = Status
organize-projects-start = Start the project
organize-projects-statuses-heading = Statuses
organize-projects-statuses-intro = The words residents read for where a project stands, and the progress a project takes when it moves to each (you can then set another).
organize-projects-col-status = Status
organize-projects-col-progress = Progress (%)
organize-projects-status-name = Name of status { $number }
organize-projects-status-progress = Progress of status { $number }
organize-projects-new-status = A new status (optional)
organize-projects-new-progress = Its progress
organize-projects-save-statuses = Save the statuses

## pages/organize/publish.html.tera
organize-publish-breadcrumb = Breadcrumb
organize-publish-crumb-challenges = Challenges
organize-publish-crumb-manage = Manage
organize-publish-crumb = Publish the results
organize-publish-title = Publish the results of “{ $title }”
organize-publish-lead = Publishing cannot be undone. It shows the winners page and the final leaderboards to everyone and sends the emails below, once.
organize-publish-winners-heading = The winners
organize-publish-no-winner = No winner chosen on this track.
organize-publish-no-ideas-track = This challenge has no ideas track: only the final leaderboards become public.
organize-publish-entrants-heading = Emails to entrants: { $count }
organize-publish-entrants-intro = Each entrant below gets one email about their idea: whether it won, the organizers' reason, and the judges' feedback on it, without the feedback you held back. Team members who turned off result emails get none.
organize-publish-no-recipients = { $count ->
        [one] { $count } idea has
       *[other] { $count } ideas have
    } nobody to email.
organize-publish-table-label = Table of emails to entrants
organize-publish-col-idea = Idea
organize-publish-col-result = Result
organize-publish-col-feedback = Feedback sent
organize-publish-col-held = Held back
organize-publish-col-emailed = Emailed to
organize-publish-not-winner = Not among the winners
organize-publish-nobody = Nobody
organize-publish-no-ideas = No judged idea: no entrant is emailed.
organize-publish-read-feedback = Read the feedback before you publish:
organize-publish-reviews-of = reviews of “{ $title }”
organize-publish-followers-heading = Emails to followers: { $count }
organize-publish-followers-text = { $count ->
        [1] One person who follows the challenge and did not enter gets
       *[other] { $count } people who follow the challenge and did not enter get
    } an email with the winners above.
organize-publish-back = Back to managing the challenge
organize-publish-confirm = Publish the results and send { $count } { $count ->
        [1] email
       *[other] emails
    }
organize-publish-not-now = Not now

## pages/organize/review.html.tera
organize-review-breadcrumb = Breadcrumb
organize-review-crumb-manage = Manage
organize-review-title = Review and publish
organize-review-published = This challenge was published on { $date }. Everyone can see it and take part while it is open.
organize-review-see-page = See the challenge's page
organize-review-problems-refused = The challenge was not published. Fix { $count ->
        [one] this
       *[other] these { $count } things
    } before publishing:
organize-review-problems = Fix { $count ->
        [one] this
       *[other] these { $count } things
    } before publishing:
organize-review-problems-intro = Plaza checks the challenge exactly as it checks a challenge imported from a bundle. Each problem links to the page and the field that fix it. Come back here when they are fixed.
organize-review-ready = Everything is ready. Once published, the challenge is listed for everyone, and residents can take part between its opening and closing dates ({ $opens } to { $closes }).
organize-review-publish = Publish the challenge

## pages/organize/reviews.html.tera
organize-reviews-breadcrumb = Breadcrumb
organize-reviews-crumb-challenges = Challenges
organize-reviews-crumb-judging = Judging “{ $track_title }”
organize-reviews-crumb = Reviews
organize-reviews-title = Reviews of “{ $track_title }”
organize-reviews-lead = Every judge's scores, their feedback for the entrant and their private note for you.
organize-reviews-lead-published = The results are published: the feedback shown as sent was emailed to the entrants and is on their ideas' pages.
organize-reviews-lead-unpublished = When you publish the results, each entrant is emailed the feedback on their idea and can read it on the idea's page. Hold back any piece that should not reach them (it stays here, and the reason is kept in the audit log); you can undo that until you publish.
organize-reviews-no-ideas = No ideas to review.
organize-reviews-feedback-held = Feedback for the entrant (held back: { $reason }):
organize-reviews-feedback = Feedback for the entrant:
organize-reviews-none-written = None written.
organize-reviews-private-note = Private note for the organizers:
organize-reviews-release = Send this feedback after all<span class="visually-hidden"> ({ $judge } on “{ $title }”)</span>
organize-reviews-hold-reason = Why hold back { $judge }'s feedback on “{ $title }”
organize-reviews-hold = Hold back this feedback
organize-reviews-no-review = No review yet.
organize-reviews-back = Back to the judging dashboard

## pages/organize/track.html.tera
organize-track-breadcrumb = Breadcrumb
organize-track-crumb-manage = Manage
organize-track-crumb-tracks = Tracks
organize-track-title = Track: { $title }
organize-track-added = The track was added. Entrants see it on the challenge page.
organize-track-saved = The track was saved.
organize-track-answers-saved = The hidden files were replaced.
organize-track-problems = Nothing was saved. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-track-confirm-heading = Score the entries again?
organize-track-confirm-text = The new files passed every check. { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } will be rescored against the new answers. Until each is scored again, it leaves the leaderboard.
organize-track-confirm-button = Replace and rescore { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
organize-track-keep-answers = Keep the current answers
organize-track-lead = { $kind } track, web name <code>{ $slug }</code>.
organize-track-entries = It has { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }.
organize-track-locked = Because this track has entries, its kind, how entries are scored and its id and target columns cannot change. Everything else can.
organize-track-unlocked = This track has no entries yet: everything here can change except its kind and web name.
organize-track-title-label = Title
organize-track-title-hint = At most 120 characters.
organize-track-description-label = Description
organize-track-description-hint = Optional. What entrants do in this track, in a few plain sentences.
organize-track-judges-label = Judges per idea
organize-track-judges-hint = How many judges score each idea, from 1 to 20. The rubric is edited on <a href="{ $url }">the judging page</a>.
organize-track-save = Save the track
organize-track-answers-heading = Hidden answers
organize-track-answers-intro-entries = Only organizers can download them. If entries exist, you will be asked to confirm before they are scored again.
organize-track-answers-intro = Only organizers can download them.
organize-track-new-answers-label = New answers file
organize-track-new-answers-hint = A CSV file with the columns { $id_column }, { $target_column } and Usage (Public or Private on each row), at most { $max } MB. It is checked the same way as <code>plaza import</code> checks a bundle.
organize-track-replace-answers = Check and replace the answers
organize-track-cases-heading = Hidden cases
organize-track-cases-intro = Each case is an input file a program reads and the answers its output is scored against. Files are checked the same way as <code>plaza import</code> checks a bundle (at most { $max } MB each).
organize-track-case-files = Input: { $input }. Answers: { $answers }.
organize-track-case-legend = Replace a case or add one
organize-track-case-label = Which case
organize-track-case-hint = Choose a case to replace its two files, or "a new case".
organize-track-case-option = Case { $number }
organize-track-new-case = A new case
organize-track-input-label = Input file
organize-track-input-hint = A CSV file with the column { $id_column }.
organize-track-answers-label = Answers file
organize-track-answers-hint = A CSV file with the columns { $id_column }, { $target_column } and Usage (Public or Private), with the same ids as the input.
organize-track-save-case = Check and save the case
organize-track-remove-case-label = Case to remove
organize-track-remove-case-hint = A program track keeps at least one case.
organize-track-remove-case = Remove the case
organize-track-remove = Remove the track
organize-track-cannot-remove = This track has entries, so it cannot be removed: the entrants' work would be lost.
organize-track-remove-confirm = Yes, remove this track and its hidden files from the challenge
organize-track-changes-heading = Changes
organize-track-col-when = When
organize-track-col-who = Who
organize-track-col-what = What
organize-track-col-before = Before
organize-track-col-after = After
organize-track-whole-track = track
organize-track-no-changes = No change has been made here yet. Changes made by importing a bundle are not listed.

## pages/organize/tracks.html.tera
organize-tracks-breadcrumb = Breadcrumb
organize-tracks-crumb-manage = Manage
organize-tracks-title = Tracks
organize-tracks-removed = The track was removed.
organize-tracks-problems = The track was not added. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-tracks-choose-files-again = A browser does not keep the files chosen before: choose them again before you send the form.
organize-tracks-lead = A track is one way to take part in the challenge. Each track has its own entries and its own ranking.
organize-tracks-list-heading = The tracks of this challenge
organize-tracks-col-track = Track
organize-tracks-col-kind = Kind
organize-tracks-col-metric = How entries are scored
organize-tracks-col-entries = Entries
organize-tracks-no-track = This challenge has no track yet. Add one below.
organize-tracks-add-heading = Add a track
organize-tracks-kind-legend = What will entrants send?
organize-tracks-continue = Continue
organize-tracks-kind-chosen = Kind: <strong>{ $kind }</strong>. <a href="{ $url }/manage/tracks">Choose another kind</a>
organize-tracks-title-label = Title
organize-tracks-title-hint = At most 120 characters, such as "Predict which inspections find a problem".
organize-tracks-slug-label = Web name
organize-tracks-slug-hint = Part of the track's web address: 3 to 64 lowercase letters, digits and dashes, such as "predict". It cannot change later.
organize-tracks-description-label = Description
organize-tracks-description-hint = Optional. What entrants do in this track, in a few plain sentences.
organize-tracks-input-label = Input of the first hidden case
organize-tracks-input-hint = A CSV file with the id column and the data a program reads (at most { $max } MB). Programs read it but entrants never see it. You can add more cases later.
organize-tracks-answers-label-case = Hidden answers of the first case
organize-tracks-answers-label = Hidden answers
organize-tracks-answers-hint = A CSV file with the id column, the target column and a column named Usage that says Public or Private on each row (at most { $max } MB). Public rows rank the leaderboard during the challenge; Private rows decide the final ranking. Only organizers can ever download it.
organize-tracks-judges-label = Judges per idea
organize-tracks-judges-hint = How many judges score each idea, from 1 to 20.
organize-tracks-criterion-legend = First rubric criterion
organize-tracks-criterion-hint = Judges score each idea from 1 to 5 on every criterion. Add more criteria and describe each score on the judging page once the track exists.
organize-tracks-criterion-name-label = Name
organize-tracks-criterion-name-hint = Such as "Impact on residents".
organize-tracks-criterion-weight-label = Weight
organize-tracks-criterion-weight-hint = How much this criterion counts compared with others, from 1 to 100.
organize-tracks-criterion-description-label = What judges look for
organize-tracks-criterion-description-hint = One or two sentences, such as "Who benefits, and how much?"
organize-tracks-add = Add the track

## pages/organize/updates.html.tera
organize-updates-breadcrumb = Breadcrumb
organize-updates-crumb-manage = Manage
organize-updates-title = Updates and answers
organize-updates-problems = Nothing was saved. Please fix { $count ->
        [one] this
       *[other] these { $count } things
    }:
organize-updates-lead = Tell residents how the winning ideas are going, and read what they answer. Each update appears on <a href="{ $url }/progress">the progress page</a> and in its <a href="{ $url }/updates.atom">news feed</a>, and is emailed to everyone who took part or follows the challenge and asked for news ({ $count } { $count ->
        [one] person
       *[other] people
    } now). Residents answer its question from 1 to 5 without an account.
organize-updates-post-heading = Post an update
organize-updates-not-yet = Updates start once the results are published.
organize-updates-title-label = Title
organize-updates-title-hint = For example "The first 20 trees are ordered". At most { $max } characters.
organize-updates-body-label = The update
organize-updates-body-hint = Plain words. Markdown works: **bold**, [a link](https://example.org), lines starting with - are a list.
organize-updates-project-label = About
organize-updates-whole-challenge = The whole challenge
organize-updates-question-label = The question residents answer from 1 to 5 (optional)
organize-updates-question-hint = Left empty, it is "{ $question }". At most { $max } characters.
organize-updates-pictures-legend = Pictures (optional)
organize-updates-pictures-hint = Up to 3 photos (PNG, JPEG, GIF or WebP). Each needs a few words saying what it shows, for people who cannot see it. Where a phone recorded the place a photo was taken, it is removed.
organize-updates-picture-label = Picture { $number }
organize-updates-alt-label = What picture { $number } shows
organize-updates-publish = Publish and email the update
organize-updates-answers-heading = What residents answered
organize-updates-published-about = Published { $date } · about { $project }
organize-updates-published = Published { $date }
organize-updates-no-answer = “{ $question }”: no answer yet.
organize-updates-answers-mean = “{ $question }”: { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }, { $mean } out of 5 on average; { $not_read } not read yet.
organize-updates-answers = “{ $question }”: { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }; { $not_read } not read yet.
organize-updates-ratings-label = Answers to { $title } by rating
organize-updates-ratings-caption = How many gave each answer
organize-updates-project-heading = About the project “{ $title }”
organize-updates-no-message = No message yet.
organize-updates-messages = { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }; { $not_read } not read yet.
