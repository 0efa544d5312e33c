# The problems found when a challenge bundle (challenge.toml and the files it
# names) is checked or imported, as the organizer reads them in the console
# (plaza-core/src/bundle). Each problem is shown after the file, line and
# field it is about ("challenge.toml line 6: opens_at: is required"), so most
# messages are the end of a sentence and start in lowercase.
# Names in quotes or written like `id_column`, `[[tracks]]`, `hidden/`,
# `Usage`, `Public`, `Private`, `true` are keys, files and values of the
# bundle: they stay as they are in every language.

## crates/plaza-core/src/bundle/problem.rs
# Where a problem is: $file is a file of the bundle, $line a line number in it.
bundle-problem-file-line = { $file } line { $line }
# Why a file could not be read.
bundle-problem-io-not-found = the file does not exist
bundle-problem-io-permission-denied = permission denied
bundle-problem-io-is-a-folder = it is a folder, not a file

## crates/plaza-core/src/bundle/mod.rs
# About challenge.toml itself; $size and $max are sizes in kilobytes.
bundle-mod-manifest-too-large = is { $size } KB; a manifest may be at most { $max } KB
bundle-mod-manifest-not-utf8 = is not valid UTF-8 text
# $reason: why the file could not be read ("the file does not exist").
bundle-mod-manifest-unreadable = cannot be read: { $reason }

## crates/plaza-core/src/bundle/manifest.rs
# $error: the TOML reader's own explanation, in English.
bundle-manifest-not-toml = is not valid TOML: { $error }
bundle-manifest-closes-before-opens = must be later than opens_at
bundle-manifest-description-not-markdown = must name a Markdown file ending in .md
bundle-manifest-no-tracks = at least one [[tracks]] table is required
# $path: the dataset's file, inside the bundle.
bundle-manifest-dataset-hidden = '{ $path }' is in the hidden/ folder, so it cannot be a public dataset (hidden files are never published)
bundle-manifest-column-twice = column '{ $column }' is described twice
bundle-manifest-outreach-not-table = must be a table, written [outreach]

## crates/plaza-core/src/bundle/manifest/fields.rs
bundle-manifest-fields-unknown-key = unknown key
# $key: the known key closest to the one written.
bundle-manifest-fields-unknown-key-suggestion = unknown key (did you mean '{ $key }'?)
bundle-manifest-fields-not-array-of-tables = must be a list of tables, written [[{ $key }]]
bundle-manifest-fields-not-table = must be a table
bundle-manifest-fields-required = is required
# $found: the TOML type of the value given (integer, float, boolean, datetime, array, table).
bundle-manifest-fields-not-string = must be a string, not { $found }
bundle-manifest-fields-empty = must not be empty
# $len: how many characters the text has; $max: the most allowed.
bundle-manifest-fields-too-long = is { $len } characters long; the most allowed is { $max }
bundle-manifest-fields-not-hidden = '{ $path }' must be inside the hidden/ folder so that it is never published
# $value: the number given.
bundle-manifest-fields-out-of-range = { $value } is out of range: use a whole number from { $min } to { $max }
bundle-manifest-fields-not-whole-number = must be a whole number from { $min } to { $max }
# $found: the TOML type of the value given (string, integer...).
bundle-manifest-fields-not-boolean = must be true or false, not { $found }
bundle-manifest-fields-datetime-required = is required (an RFC 3339 date and time such as "2027-02-28T23:59:59Z")
# $found: the TOML type of the value given (integer, boolean...).
bundle-manifest-fields-not-datetime = must be a date and time such as "2027-02-28T23:59:59Z", not { $found }
bundle-manifest-fields-bad-datetime = '{ $value }' is not an RFC 3339 date and time with a time zone, such as "2027-02-28T23:59:59Z"
# $known: the column types, such as "integer, number, text".
bundle-manifest-fields-unknown-type = unknown type '{ $value }' (expected one of { $known })
# $key: the list the slug is in ("datasets" or "tracks").
bundle-manifest-fields-duplicate-slug = '{ $slug }' is used by another entry of { $key }; slugs must be unique
# A file path written in the manifest that is not allowed; $path is that path.
bundle-manifest-fields-path-empty = '{ $path }' is empty
bundle-manifest-fields-path-not-relative = '{ $path }' must be a path relative to the bundle folder
bundle-manifest-fields-path-backslash = '{ $path }' must use '/' to separate folders
bundle-manifest-fields-path-outside = '{ $path }' must stay inside the bundle folder (no '..', '.' or empty parts)
bundle-manifest-fields-path-control-character = '{ $path }' contains a control character

## crates/plaza-core/src/bundle/manifest/tracks.rs
bundle-manifest-tracks-unknown-kind = unknown kind '{ $value }' (expected predictions, code or ideas)
# A key that only other kinds of track take; $kind is this track's kind (predictions, code or ideas).
bundle-manifest-tracks-only-scored = only applies to predictions and code tracks, not to a { $kind } track
bundle-manifest-tracks-only-predictions = only applies to predictions tracks, not to a { $kind } track
bundle-manifest-tracks-only-code = only applies to code tracks, not to a { $kind } track
bundle-manifest-tracks-only-ideas = only applies to ideas tracks, not to a { $kind } track
bundle-manifest-tracks-same-columns = must differ from id_column
bundle-manifest-tracks-usage-reserved = 'Usage' is reserved for the Public/Private column of answers files
bundle-manifest-tracks-no-cases = a code track needs at least one [[tracks.cases]] table with input and answers
bundle-manifest-tracks-limits-not-table = must be a table with time_ms, memory_mb and output_kb

## crates/plaza-core/src/bundle/manifest/rubric.rs
bundle-manifest-rubric-no-criteria = an ideas track needs at least one [[tracks.criteria]] table for its rubric
# $levels: how many levels a criterion has.
bundle-manifest-rubric-levels-not-list = must be a list of { $levels } descriptions, level 1 first
# $found: how many entries the list has.
bundle-manifest-rubric-levels-not-text = must be a list of exactly { $levels } non-empty descriptions, level 1 first (found { $found } entries)

## crates/plaza-core/src/bundle/manifest/questions.rs
# $found: how many questions the track has.
bundle-manifest-questions-too-many = at most { $max } questions are allowed (found { $found })
bundle-manifest-questions-key-twice = question '{ $key }' appears twice; keys must be unique in a track
# $found: the first character not allowed, in quotes ('-').
bundle-manifest-questions-key-characters = '{ $key }' may only use lowercase letters a-z, digits and '_' (found { $found })
# $reserved: the keys every entry form already has, separated by commas.
bundle-manifest-questions-key-reserved = '{ $key }' is reserved: every entry form already asks for it; choose another key (reserved: { $reserved })
# $known: the kinds of question, such as "short_text, long_text or url".
bundle-manifest-questions-unknown-kind = unknown kind '{ $value }' (use { $known })
# $kind: a kind of question (single_choice, multiple_choice).
bundle-manifest-questions-options-required = is required for a { $kind } question: list { $min } to { $max } choices
# $kinds: the kinds of question with choices ("single_choice or multiple_choice"); $kind: this question's kind.
bundle-manifest-questions-options-not-allowed = only applies to { $kinds } questions, not to a { $kind } question
bundle-manifest-questions-options-not-list = must be a list of { $min } to { $max } choices, such as ["North", "South"]
# $found: how many choices the list has.
bundle-manifest-questions-options-count = must list { $min } to { $max } choices (found { $found })
bundle-manifest-questions-option-twice = '{ $option }' appears twice; choices must be unique
# A list of names ending with "or": $rest is all names but the last, separated by commas.
bundle-manifest-questions-or-list = { $rest } or { $last }

## crates/plaza-core/src/bundle/files.rs
# $path: a public file; $hidden: a hidden file of the bundle.
bundle-files-link-to-hidden = '{ $path }' is a link to the hidden file '{ $hidden }'; a public file must not lead into hidden/
bundle-files-same-as-hidden = '{ $path }' has exactly the same content as the hidden file '{ $hidden }'; it would publish it
bundle-files-brief-too-large = is larger than 1 MiB; keep the brief short and link to longer documents
bundle-files-brief-not-utf8 = is not valid UTF-8 text
# $reason: why the file could not be read ("the file does not exist").
bundle-files-unreadable = '{ $path }' cannot be read: { $reason }
# $count: how many more problems the file has (always more than 0).
bundle-files-more-problems = { $count } more problems like these were not listed
bundle-files-csv-empty = is empty; a CSV file with a header row is expected
bundle-files-header-twice = column '{ $column }' appears twice in the header
# $reason: why the CSV reader could not read the file, often in English.
bundle-files-csv-unreadable = is not a readable CSV file: { $reason }
bundle-files-csv-not-utf8 = it is not valid UTF-8 text
# $path: the dataset's file; $columns: the columns it has, separated by commas.
bundle-files-described-column-missing = column '{ $column }' is described but { $path } has no such column (its columns are: { $columns })
# A cell that does not fit its column's type: $type is the type's key (integer), $label its
# description (whole number), $value the cell.
bundle-files-bad-cell = column '{ $column }' is declared { $type } ({ $label }) but has '{ $value }'
# The same, when more rows have a bad cell in that column: $more is how many more (always more than 0).
bundle-files-bad-cell-more = column '{ $column }' is declared { $type } ({ $label }) but has '{ $value }' ({ $more } more rows like this)
bundle-files-no-data-rows = has a header but no data rows
# $id, $target, $usage: the columns an answers file needs; $missing: those it lacks, quoted,
# separated by commas; $columns: the columns it has.
bundle-files-answers-columns-missing = an answers file needs the columns '{ $id }', '{ $target }' and '{ $usage }'; missing { $missing } (its columns are: { $columns })
# $usage: the column's name (Usage); $value: what the row has in it.
bundle-files-bad-usage = { $usage } is '{ $value }'; it must be Public or Private
# $column: the target column; $reason: what is wrong with its value, one of the
# bundle-files-target-* messages below.
bundle-files-bad-target = the target ('{ $column }') { $reason }
bundle-files-no-answer-rows = has a header but no answer rows
bundle-files-no-public-rows = has no Public rows; the public leaderboard needs some rows marked Public in the Usage column
bundle-files-no-private-rows = has no Private rows; the final ranking needs some rows marked Private in the Usage column
# What is wrong with a target value; $metric is the metric's key (rmse, roc_auc).
bundle-files-target-empty = is empty
bundle-files-target-not-binary = is '{ $value }'; { $metric } needs 0 or 1
bundle-files-target-not-finite = is '{ $value }'; it must be a finite number
bundle-files-target-negative = is { $value }; { $metric } needs values of 0 or more
bundle-files-target-not-a-number = is '{ $value }', which is not a number
# $id: the id column; $columns: the columns the file has.
bundle-files-case-input-no-id = a case input needs the id column '{ $id }' (its columns are: { $columns })
# About a case's input file: $answers is the case's answers file, $examples a few ids, separated by commas.
bundle-files-case-ids-missing = is missing { $count } ids that { $answers } has, e.g. { $examples }
bundle-files-case-ids-extra = has { $count } ids that { $answers } does not, e.g. { $examples }
# $fields: how many fields the row has; $header: how many the header has.
bundle-files-field-count = has { $fields } fields; the header has { $header }
# $reason: why the CSV reader could not read the row, often in English.
bundle-files-row-unreadable = cannot be read: { $reason }
# $column: the id column.
bundle-files-id-empty = the id ('{ $column }') is empty
# $first: the line where the id first appears.
bundle-files-id-twice = id { $id } appears twice (first on line { $first })
