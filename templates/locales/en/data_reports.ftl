# Data-quality reports (plaza-core/src/data_report.rs,
# plaza-store/src/data_reports.rs, the public and triage pages, the email).

## plaza-core/src/data_report.rs
data-report-status-waiting = Waiting to be checked
data-report-status-confirmed = Confirmed
data-report-status-rejected = Not confirmed
data-report-status-duplicate = Already reported
# $row: a row's number; $column: a column's name.
data-report-place-cell = Row { $row }, column { $column }
data-report-place-row = Row { $row }
data-report-place-column = Column { $column }
data-report-place-file = The whole file
data-report-problem-empty = Say what is wrong.
data-report-credit-name-empty = Write the name to thank you by, or untick the box.
# $max: the most characters allowed; $count: how many were sent.
data-report-too-long = This can have at most { $max } characters; it has { $count }. Make it shorter.
data-report-scope-missing = Choose what the problem is about: one row, one column or the whole file.
# $rows: how many rows the file has.
data-report-row-past-end = The file has { $rows } rows. Type a row number from 1 to { $rows }.
data-report-row-missing = Type the row's number, or find the row with the search above.
data-report-column-missing = Choose the column.
data-report-column-unknown = The file has no such column. Choose one from the list.
data-report-reason-empty = Say why the report is not confirmed: the person who sent it will read it.
# $id: a report's number; $place: where in the file.
data-report-not-in-file = Report { $id } is about { $place }, which is not in the file as it is now. Check the report again.

## plaza-store/src/data_reports.rs
data-report-no-such-report = There is no such report in this challenge.
data-report-already-published = This correction is already in a published version of the file, so it cannot change.
data-report-correction-needs-cell = Only a report about one value (a row and a column) can carry a correction.
data-report-duplicate-unknown = Type the number of another report about the same file.
data-report-changed-meanwhile = The file or its confirmed corrections changed while you were looking. Check the list again, then publish.
data-report-nothing-to-publish = There are no confirmed corrections to publish for this file.

## Pages: the report form
# $name: the dataset's title.
data-report-form-title = Report a problem with { $name }
data-report-form-heading = Report a problem with “{ $name }”
data-report-form-crumb = Report a problem
data-report-form-lead = Is something wrong in this data? Tell us. We check every report. When the data is wrong, we fix it and publish a new version of the file.
data-report-see-all = See all the reports about this file and what was done
# $count: how many problems the form has.
data-report-problems-heading = { $count ->
    [one] There is a problem with your report
   *[other] There are { $count } problems with your report
}
data-report-find-heading = Find the row
data-report-find-label = Search the file
data-report-find-hint = Type a word or a number from the row, like a street name or an id.
data-report-find-button = Search
# $count: rows found; $query: what was searched.
data-report-found = { $count ->
    [one] One row has “{ $query }”. Choose it by its number.
   *[other] { $count } rows have “{ $query }”. Choose one by its number.
}
data-report-found-none = No row has “{ $query }”. Try another word.
data-report-row-heading = Row
# $row: a row's number.
data-report-choose-row = Report a problem with row { $row }
data-report-send-heading = Tell us what is wrong
data-report-chosen = Row { $row } says now:
data-report-scope-legend = What is the problem about?
data-report-scope-row = One row (one place, one thing)
data-report-scope-column = One column, in many rows
data-report-scope-file = The whole file
data-report-row-label = Row number
# $rows: how many rows the file has, written out ("2,192").
data-report-row-hint = Only for a problem with one row. The file has { $rows } rows.
data-report-column-label = Which column is wrong? (if you know)
data-report-column-none = I am not sure
data-report-problem-label = What is wrong?
data-report-problem-hint = For example: “This shop closed in 2023.”
data-report-should-be-label = What should it say? (if you know)
data-report-how-known-label = How do you know? (optional)
data-report-how-known-hint = For example: “I walk past it every day.”
data-report-photo-label = A photo (optional)
# $mb: the largest photo in megabytes.
data-report-photo-hint = JPEG, PNG, GIF or WebP, up to { $mb } MB. We remove the place and camera details from it. Only you and the people who check reports see it.
data-report-credit-label = Thank me by name in the list of corrections
data-report-credit-name-label = The name to thank you by
data-report-send-button = Send the report
data-report-sign-in-why = Sign in to send a report, so we can tell you what we did with it.
data-report-sign-in = Sign in to report a problem
data-report-upload-unreadable = The form could not be read ({ $error }). Try again.
data-report-field-too-long = A field of the form is too long.
data-report-photo-too-large = The photo is larger than { $mb } MB. Choose a smaller one.
data-report-photo-wrong-kind = The photo must be a JPEG, PNG, GIF or WebP picture.
data-report-photo-not-kept = The photo was not kept: choose it again when you send the report.
# $count: reports allowed in an hour.
data-report-too-many = You sent { $count } reports in the last hour. Please wait a little before you send another.
data-report-search-too-many = You searched the data { $count } times in the last hour. Please wait a little before you search again.

## Pages: a dataset's reports
data-reports-title = Reports about { $name }
data-reports-heading = Reports about “{ $name }”
data-reports-crumb = Reports
data-reports-sent = Thank you. Your report is sent. We will check it and email you what we did.
data-reports-lead = People tell us when something in this data is wrong. Here is every report and what we did with it.
data-reports-waiting = Waiting to be checked
data-reports-checked = Checked
data-reports-time = Usual time to check a report
# $hours: a number of hours.
data-report-triage-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
data-report-triage-under-hour = Less than an hour
data-report-triage-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
data-reports-changes-heading = Corrections made
# $url: the data guide.
data-reports-changes-intro = Each correction went into a new version of the file. Earlier versions can still be downloaded from <a href="{ $url }">the data guide</a>.
# $version: a version's number.
data-reports-version = Version { $version }
# $place: where; $before and $after: the value before and after.
data-reports-correction = { $place }: “{ $before }” is now “{ $after }”.
# $name: the name a reporter chose.
data-report-thanks = Thanks to { $name }.
data-reports-no-changes = No corrections have been made yet.
data-reports-counts-heading = Reports by column
data-reports-count = Reports
data-reports-all-heading = All reports
# $id: a report's number.
data-reports-number = Report { $id }
data-reports-sent-on = Sent on { $date }
data-reports-yours = You sent it
# $value: what the reporter says it should be.
data-reports-should-be = It should say: “{ $value }”
data-reports-not-read = Nobody has checked this report yet.
data-reports-reason = Why not: { $reason }
data-reports-same-as = Same as report { $id }
data-reports-corrected-in = Corrected in version { $version } of the file.
data-reports-correction-coming = It will be corrected to “{ $value }” in the next version of the file.
data-reports-your-photo = See your photo
data-reports-none = Nobody has reported a problem with this file yet.

## Pages: checking reports (organizers and partner organizations)
data-report-manage-title = Reports about the data of { $name }
data-report-manage-link = Reports about the data
data-report-manage-lead = Residents tell you when something in the data is wrong. Confirm a report when the data is wrong, say why when it is not, or mark it as already reported. The person who sent it gets an email each time. Confirmed corrections change the file only when an organizer publishes the next version; the hidden answers of the tracks never change here.
# $count: reports nobody checked yet.
data-report-manage-waiting = { $count ->
    [0] No report is waiting.
    [one] 1 report is waiting.
   *[other] { $count } reports are waiting.
}
data-report-manage-none = Nobody has reported a problem with this challenge's data yet.
data-report-manage-guide = Data guide
data-report-manage-public = Public list of reports
data-report-manage-go-to = Go to the report
# $name: who sent it; $date: when.
data-report-manage-sent-by = Sent by { $name } on { $date }
data-report-manage-credit = to be thanked as “{ $name }”
data-report-manage-how-known = How they know: { $text }
data-report-manage-photo = See the photo
data-report-manage-row-now = The row as it is now
data-report-manage-correction-label = The value it should have
# $value: the value in the file now.
data-report-manage-correction-hint = Now: “{ $value }”. Leave it empty to confirm without changing the file.
data-report-manage-correction-hint-missing = Leave it empty to confirm without changing the file.
data-report-manage-confirm = Confirm
data-report-manage-reason-label = Why it is not confirmed (the person who sent it reads this)
data-report-manage-reject = Not confirmed
data-report-manage-original-label = Already reported in report number
data-report-manage-duplicate = Mark as already reported
data-report-manage-unknown-action = Choose confirm, not confirmed or already reported.
# $count: corrections ready.
data-report-manage-ready = { $count ->
    [one] 1 confirmed correction is ready to publish
   *[other] { $count } confirmed corrections are ready to publish
}
data-report-manage-report = Report
data-report-manage-place = Where
data-report-manage-now = Now
data-report-manage-after = After
data-report-manage-note-label = What changed (followers read this)
data-report-manage-note-hint = The file as it is now stays downloadable as an earlier version.
data-report-default-note = { $count ->
    [one] One correction reported by residents.
   *[other] { $count } corrections reported by residents.
}
# $version: the new version's number.
data-report-manage-publish = Publish version { $version } of the file
data-report-manage-organizers-publish = An organizer of the challenge publishes the corrected file.
data-report-manage-notice-confirmed = The report is confirmed. Its sender was emailed.
data-report-manage-notice-rejected = The report is marked not confirmed. Its sender was emailed the reason.
data-report-manage-notice-duplicate = The report is marked as already reported. Its sender was emailed.
data-report-manage-notice-published = Version { $version } of the file is published with its corrections. The earlier file can still be downloaded.

## The email to a resident who sent a report
# $dataset_title: the dataset's title.
email-data-report-subject = Your report about “{ $dataset_title }”
email-data-report-hello = Hello { $name },
email-data-report-intro = You told us about a problem in “{ $dataset_title }” ({ $challenge_title }), at { $place }:
email-data-report-confirmed = We checked it: you are right. Thank you!
email-data-report-rejected = We checked it, and we do not think the data is wrong. This is why:
email-data-report-duplicate = Someone else already told us about this problem, so we follow it there. Thank you!
# $version: the new version's number.
email-data-report-published = Your correction is now in version { $version } of the file. Thank you for making this data better!
email-data-report-link = See all the reports about this file:
email-data-report-button = See the reports

## plaza-core/src/attention.rs: the organizer home's "needs attention"
# $count: how many; $shown: the same, written out ("1,204").
data-report-attention-waiting = { $count ->
    [one] 1 report about the data is waiting to be checked.
   *[other] { $shown } reports about the data are waiting to be checked.
}
data-report-attention-ready = { $count ->
    [one] 1 confirmed correction to the data is ready to publish.
   *[other] { $shown } confirmed corrections to the data are ready to publish.
}

## The data guide
data-guide-wrong-heading = Is something wrong in this data?
data-guide-wrong-text = Tell us when a row, a column or the whole file is wrong. We check every report and publish a corrected file. You can also choose a row's number in the preview below.
data-guide-no-reports = Nobody has reported a problem yet. See how reports work.
# $count: reports; $waiting: not checked yet; $corrections: corrections made.
data-guide-reports = { $count ->
    [one] 1 report
   *[other] { $count } reports
} so far: { $waiting } waiting, { $corrections ->
    [one] 1 correction made
   *[other] { $corrections } corrections made
}. See them all.

## Partner organizations (plaza-core/src/partner.rs, the people page, the challenge page)
partner-organization-empty = Write the partner organization's name: the challenge page shows it to residents.
# $max: the most characters allowed.
partner-organization-too-long = The organization's name can have at most { $max } characters.
partner-help-too-long = How residents reach the organization can have at most { $max } characters.
partner-can-help = They can help you send an idea or tell us about a mistake in the data.
organize-people-organization-label = Partner organization's name (only for a partner organization)
organize-people-organization-hint = Shown on the challenge page once they accept, for example “Central Library”.
organize-people-help-label = Where and when residents can get help there (optional)
organize-people-help-hint = An address, opening hours or a phone number, for example “100 Queen St, Tuesdays 2 to 5 pm”.
web-organize-assisted-entered-title = The idea is entered
web-organize-assisted-entered-confirm = The resident gets an email with a link to check the idea and confirm it. Until then it waits; the organizers see it in their list.
web-organize-assisted-entered-attested = You read it back to the resident, so it is sent. The organizers see it in their list.
web-organize-assisted-enter-another = Enter another idea
