# What plaza-core's Rust code writes for people to read: rubric problems,
# why judges cannot be assigned, attachment and form refusals, the entries
# list's notes, the organizer home's "needs attention" lines and labels.
# (core.ftl holds the dates, statuses, verdicts and page titles.)

## plaza-core/src/judging/rubric.rs
# $given: the text as typed in the form or the bundle.
core-rubric-judges-per-entry-out-of-range = The number of judges per idea must be a whole number from { $min } to { $max }, not '{ $given }'.
core-rubric-min-reviews-out-of-range = The number of reviews an idea needs to be ranked must be a whole number from { $min } to { $max }, not '{ $given }'.
# $judges: judges who read each idea; $reviews: the reviews asked for (always more than $judges).
core-rubric-reviews-outnumber-judges = Each idea gets { $judges ->
        [one] { $judges } judge
       *[other] { $judges } judges
    }, so it cannot need { $reviews } reviews to be ranked: no idea would be ranked. Lower the reviews needed or raise the judges per idea.
core-rubric-no-criteria = The rubric needs at least one criterion.
core-rubric-too-many-criteria = The rubric can have at most { $max } criteria; this one has { $found }.
# $name: the criterion's name, as given.
core-rubric-weight-out-of-range = The weight of '{ $name }' must be a whole number from { $min } to { $max }, not '{ $given }'.
# $number: the criterion's place in the list, from 1.
core-rubric-criterion-needs-name = Criterion { $number } needs a name.
core-rubric-description-empty = Describe what '{ $name }' asks judges to look at.
core-rubric-criterion-too-long = Keep the name of '{ $name }' to { $name_max } characters and its description to { $description_max }.
# $levels: how many level descriptions a criterion has (one per score); $found: how many were given.
core-rubric-level-count = '{ $name }' has { $found } level descriptions; give exactly { $levels } (one per line, level 1 first) or none.
core-rubric-empty-level = Level { $level } of '{ $name }' is empty; give exactly { $levels } level descriptions (one per line, level 1 first) or none.
core-rubric-level-too-long = Keep each level description of '{ $name }' to { $max } characters; level { $level } has { $chars }.
core-rubric-duplicate = '{ $name }' appears twice.
# The details below complete "field: …" in a bundle's list of problems (so they start in lower case).
core-rubric-detail-out-of-range = { $given } is out of range: use a whole number from { $min } to { $max }
core-rubric-detail-not-whole = must be a whole number from { $min } to { $max }
core-rubric-detail-empty = must not be empty
core-rubric-detail-too-long = is { $chars } characters long; the most allowed is { $max }
core-rubric-detail-level-count = must be a list of exactly { $levels } non-empty descriptions, level 1 first (found { $found } entries)
core-rubric-detail-empty-level = must be a list of exactly { $levels } non-empty descriptions, level 1 first (level { $level } is empty)
core-rubric-detail-level-too-long = level { $level } is { $chars } characters long; the most allowed is { $max }
core-rubric-detail-duplicate = criterion '{ $name }' appears twice
core-rubric-detail-no-criteria = the rubric needs at least one criterion
core-rubric-detail-too-many-criteria = at most { $max } criteria are allowed (found { $found })

## plaza-core/src/judging/infeasible.rs
# Why judges cannot be assigned. Each completes "Judging could not be assigned: …", so it starts in lower case.
# $per_entry: judges each idea needs; $panel: judges on the panel.
core-infeasible-panel-too-small = needs { $per_entry ->
        [one] 1 judge
       *[other] { $per_entry } judges
    } per entry but { $panel ->
        [0] no judges are on the panel
        [one] only 1 judge is on the panel
       *[other] only { $panel } judges are on the panel
    }
# $title: the idea's title; $available: judges without a conflict with it.
core-infeasible-entry-short = entry '{ $title }' has { $available ->
        [0] no judge
        [one] only 1 judge
       *[other] only { $available } judges
    } without a conflict; needs { $per_entry }
# $count: ideas with too few judges (always more than one); $named: a list made of the two messages below.
core-infeasible-entries-short = { $count } entries have too few judges without a conflict (each needs { $per_entry }): { $named }
core-infeasible-named-none = '{ $title }' has none
core-infeasible-named-some = '{ $title }' has { $available }
# Follows the list when it names only some of the ideas; $more: how many it leaves out.
core-infeasible-and-more = , and { $more } more
# $judge: the judge's name; $entry: the idea's title.
core-infeasible-conflict-assigned = judge '{ $judge }' is assigned to entry '{ $entry }' but has declared a conflict with it
# $judge and $entry: numbers in Plaza.
core-infeasible-unknown-judge = an assignment to keep names judge { $judge }, who is not on the panel
core-infeasible-unknown-entry = an assignment to keep names entry { $entry }, which is not among the entries

## plaza-core/src/attachment/mod.rs
# $kind: the kind of file (PDF, JPEG, PNG, GIF or WebP).
core-attachment-unreadable = We could not read this { $kind } file: it looks damaged or unfinished. Open it and save it again (or export it anew), then attach it again.
core-attachment-unreadable-other = We could not read this attached file: it looks damaged or unfinished. Open it and save it again (or export it anew), then attach it again.
core-attachment-encrypted = This PDF is protected with a password or encryption, so we cannot check it. Save or print it as an ordinary PDF without protection, then attach it again.
core-attachment-too-large-after-cleaning = This file grows past the size limit once we remove its hidden details. Make the file smaller (for example by reducing its pictures), then attach it again.
core-attachment-unknown-type = We accept PDF files and images (PNG, JPEG, GIF or WebP). This file is none of those.

## plaza-core/src/timeline.rs
# $given: what was typed.
core-timeline-not-a-zone = “{ $given }” is not a time zone name. Use a name from the IANA list, such as America/Chicago, Europe/Madrid or UTC.
# $zone: the time zone the field is read in ("Chicago time", "UTC").
core-timeline-not-a-moment = “{ $given }” is not a date and time. Write it like 2027-02-28T23:59 ({ $zone }).
# $time: "02:30"; $day: "2027-03-14".
core-timeline-skipped-time = { $time } on { $day } does not exist in { $zone }: the clocks skip it that night. Choose another time.

## plaza-core/src/outreach.rs
core-outreach-paper-a4 = A4 (210 x 297 mm)
core-outreach-paper-letter = US Letter (8.5 x 11 in)
# The fields, as the first words of the two messages after them.
core-outreach-field-phone = The phone number
core-outreach-field-phone-hours = The phone line's hours
core-outreach-field-drop-off-address = The drop-off address
core-outreach-field-drop-off-hours = The drop-off hours
core-outreach-field-partner-location = The library or partner location
# $field: one of the five messages above; $length: characters given.
core-outreach-too-long = { $field } is { $length } characters long; the most allowed is { $max }.
core-outreach-control-character = { $field } contains a control character; type it again as plain text.
# $phone: what was given as the phone number.
core-outreach-phone-without-digits = "{ $phone }" has no digits: give the number residents should call, such as 312-555-0100.
core-outreach-phone-hours-without-phone = Hours are given for the phone line, but there is no phone number: add the number or clear the hours.
core-outreach-drop-off-hours-without-address = Hours are given for dropping off forms, but there is no address: add the address or clear the hours.
# $paper: what was given; a4 and letter are the names to write.
core-outreach-unknown-paper = "{ $paper }" is not a paper size Plaza prints: choose a4 or letter.

## plaza-core/src/entry_list.rs
# $given: the value in the address; $names: the values to choose from (kept as they are written).
core-entry-list-unknown-status = “{ $given }” is not a status we know, so entries of every status are shown. Choose one of: { $names }.
core-entry-list-unknown-verdict = “{ $given }” is not a verdict we know, so entries with any verdict are shown. Choose one of: { $names }.
core-entry-list-team-too-long = A team name to look for may be at most { $max } characters long, so entries of every team are shown.
core-entry-list-not-a-page = “{ $given }” is not a page number (use 1, 2, 3 and so on), so the first page is shown.
# $one and $many: the singular and plural of what is listed ("entry", "entries"), given by the page.
core-entry-list-showing-none = No { $many }.
core-entry-list-showing-one = Showing 1 { $one }.
# $total and $pages are written with thousands separators ("3,204").
core-entry-list-showing-past-end = No { $many } on page { $page }: there are { $total } { $many } in { $pages } pages.
core-entry-list-showing = Showing { $first }–{ $last } of { $total } { $many }.

## plaza-core/src/text_diff.rs
# Read aloud by screen readers before removed and added words (a space follows).
core-text-diff-removed = Removed:
core-text-diff-added = Added:

## plaza-core/src/review.rs
core-review-judging-status-setup = Not started
core-review-judging-status-open = Judging is open
core-review-judging-status-closed = Judging is closed
core-review-place-winner = Winner
core-review-place-runner_up = Runner-up
# $count: the criteria of the rubric.
core-review-score-each-criterion = Give a score for each of the { $count } criteria.
# $criteria: the names of the criteria without a score, separated by commas.
core-review-choose-a-score = Choose a score for: { $criteria }.
core-review-score-out-of-range = The score for '{ $name }' must be from 1 to 5, not { $score }.

## plaza-core/src/attention.rs
# What needs an organizer's attention, on the organizer home. $count is the number;
# $shown is the same number with thousands separators ("1,204"). The same for the
# $judges, $reviews and $entries with their "_shown" twins.
core-attention-ideas-to-confirm = { $count ->
        [one] 1 idea entered for residents is
       *[other] { $shown } ideas entered for residents are
    } waiting for the resident's confirmation.
# $title: the track's title.
core-attention-judges-behind = { $title }: { $judges ->
        [one] 1 judge has
       *[other] { $judges_shown } judges have
    } still to do { $reviews ->
        [one] 1 review
       *[other] { $reviews_shown } reviews
    }.
core-attention-winners-to-pick = { $title }: judging is closed and no winners are picked yet.
core-attention-results-to-publish = The challenge has closed and its results are not published yet.
core-attention-failed-entries = { $title }: { $entries ->
        [one] 1 entry
       *[other] { $entries_shown } entries
    } could not be scored because of a problem on Plaza's side (not the entrant's).

## plaza-core/src/organizer_notice.rs
# Each completes "Email me when…" on the account page.
core-organizer-notice-idea_sent = an idea is sent, by a resident or by staff on a resident's behalf
core-organizer-notice-idea_confirmed = a resident confirms an idea that staff entered for them
core-organizer-notice-judge_recused = a judge steps aside from an entry
core-organizer-notice-judging_complete = every judge has scored every entry of a track
core-organizer-notice-entry_failed = Plaza could not score a coding entry because of a problem on its side
