# What an entrant (or an organizer) reads when a predictions file, an answers
# file, an uploaded CSV file or a WebAssembly program is checked and scored:
# the problems found in a file, why a metric cannot be worked out, why a
# program cannot run, and what the scorer stores as an entry's message
# (plaza-core/src/scoring, sniff.rs and metric.rs, plaza-sandbox, plaza-scorer).
# Many problems are shown after their line ("line 3: the id ('id') is empty"),
# so they are the end of a sentence and start in lower case.
# Names in quotes or `backticks`, `Usage`, `Public`, `Private`, `true`/`false`,
# metric names (rmse, roc_auc) and WebAssembly words (`_start`, WASI) are
# keys, columns and code: they are not translated.

## crates/plaza-core/src/scoring/input.rs
# One problem of a file, on a line: $problem is one of the messages below.
scoring-input-line = line { $line }: { $problem }
# $max: the most kilobytes Plaza reads in one line.
scoring-input-header-too-long = the header is longer than { $max } KB, the most Plaza reads in one line; each line should hold one id and its prediction
scoring-input-line-too-long = the line is longer than { $max } KB, the most Plaza reads in one line; each line should hold one id and its prediction
# $max: the most columns Plaza reads in one line.
scoring-input-header-too-wide = the header has more than { $max } columns, the most Plaza reads; keep the id and target columns and leave the others out
scoring-input-line-too-wide = the line has more than { $max } columns, the most Plaza reads; keep the id and target columns and leave the others out
# $columns: the columns the file needs, quoted ("'id', 'y' and 'Usage'").
scoring-input-empty = the file is empty; it must start with a header line naming the columns { $columns }
scoring-input-header-not-utf8 = the header cannot be read: is not valid UTF-8 text; save the file as UTF-8
scoring-input-column-twice = column '{ $name }' appears twice in the header
# $columns: the columns the file needs, quoted; $found: the columns it has;
# $hint: nothing, or a likely cause in brackets (scoring-input-hint-*), starting with a space.
scoring-input-missing-columns = the header must contain the columns { $columns }; found: { $found }{ $hint }
# A line whose bytes are not UTF-8 (after "line 3: ").
scoring-input-not-utf8 = is not valid UTF-8 text; save the file as UTF-8
# Added to scoring-input-wrong-width when a line has more fields than the header.
scoring-input-comma-hint = (a value with a comma must be put in double quotes)
# $fields: the fields of the line; $width: the columns of the header;
# $hint: nothing, or a space and scoring-input-comma-hint.
scoring-input-wrong-width = has { $fields ->
        [one] 1 field
       *[other] { $fields } fields
    } but the header has { $width }{ $hint }
# The end of a list: $first is the items before the last, separated by commas.
scoring-input-list-and = { $first } and { $last }
# The first columns of a header with many: $names is those shown, $count all of them.
scoring-input-found-more = { $names }, … ({ $count } columns)
# $found: a column of the file; $name: the column it should be.
scoring-input-hint-case = (column names are case-sensitive: '{ $found }' is not '{ $name }')
scoring-input-hint-separator = (columns must be separated by commas; this header seems to use { $separator ->
        [semicolons] semicolons
        [tabs] tabs
       *[bars] bars
    })
# In answers and predictions files alike. $column: the id column.
scoring-input-id-empty = the id ('{ $column }') is empty
# $first: the line where the id first appears.
scoring-input-id-twice = id { $id } appears twice (first on line { $first })

## crates/plaza-core/src/scoring/answers.rs
# An answers file (the hidden answers an organizer uploads).
scoring-answers-too-many-rows = the file has more than { $max } answer rows, the most Plaza reads
# $column: the column's name (Usage); $value: what the row has in it.
scoring-answers-bad-usage = { $column } is '{ $value }'; it must be Public or Private
# $column: the target column; $problem: what is wrong with its value, one of
# the scoring-values-* messages ("is empty").
scoring-answers-bad-target = the target ('{ $column }') { $problem }
scoring-answers-too-many-ids = the file has too many answer rows
scoring-answers-no-rows = the file has a header but no answer rows
# $usage: Public or Private; $column: Usage.
scoring-answers-no-usage-rows = there are no { $usage } rows; mark some rows { $usage } in the { $column } column

## crates/plaza-core/src/scoring/predictions.rs
# $max: the most rows read; $ids: how many ids there are to predict.
scoring-predictions-too-many-rows = the file has more than { $max } rows, but there { $ids ->
        [one] is only 1 id
       *[other] are only { $ids } ids
    } to predict; it needs exactly one row for each
scoring-predictions-unknown-id = id { $id } is not one of the ids to predict
# $problem: what is wrong with the prediction, one of the scoring-values-* messages.
scoring-predictions-bad-prediction = the prediction for id { $id } { $problem }
# $ids: how many ids there are to predict.
scoring-predictions-no-rows = the file has a header but no predictions; it needs one row for each of the { $ids ->
        [one] 1 id
       *[other] { $ids } ids
    }
# Up to three ids missing: $examples lists them all, separated by commas.
scoring-predictions-missing = missing { $count ->
        [one] 1 id
       *[other] { $count } ids
    }: { $examples }
# More than three ids missing: $examples lists the first three.
scoring-predictions-missing-some = missing { $count } ids, e.g. { $examples }

## crates/plaza-core/src/scoring/values.rs
# What a metric needs, as $needs in scoring-errors-bad-value.
scoring-values-needs-label = a non-empty label
scoring-values-needs-binary = 0 or 1 (or true/false)
scoring-values-needs-probability = a probability between 0 and 1
scoring-values-needs-number = a finite number
scoring-values-needs-non-negative = a finite number of 0 or more
# What is wrong with a value, after "the prediction for id 7" or "the target ('y')".
# $value: the value; $metric: the metric's key (rmse, roc_auc).
scoring-values-empty = is empty
scoring-values-not-a-number = is '{ $value }', which is not a number
# Added to scoring-values-not-a-number when the value has a decimal comma (0,5).
scoring-values-decimal-comma-hint = (use a dot for decimals)
scoring-values-not-finite = is '{ $value }'; it must be a finite number
scoring-values-not-binary = is '{ $value }'; { $metric } needs 0 or 1 (or true/false)
scoring-values-not-probability = is { $value }; { $metric } needs a probability between 0 and 1
scoring-values-negative = is { $value }; { $metric } needs values of 0 or more
# The value found, as $found in scoring-errors-bad-value, when it is empty.
scoring-values-an-empty-value = an empty value

## crates/plaza-core/src/scoring/errors.rs
# After the problems listed: $count is how many more were found.
scoring-errors-more = { $count ->
        [one] { "..." } and 1 more problem
       *[other] { "..." } and { $count } more problems
    }
# Why a metric cannot be worked out. $metric: the metric's key (rmse, roc_auc);
# $rows: which rows, public (the Public rows), private (the Private rows) or all.
scoring-errors-length-mismatch = { $metric } was given { $truth } true values but { $predictions } predictions
# $needed: the fewest rows the metric needs; $found: the rows there are.
scoring-errors-too-few-rows = { $metric } needs at least { $needed ->
        [one] 1 row
       *[other] { $needed } rows
    } but there { $found ->
        [one] is
       *[other] are
    } { $found } among { $rows ->
        [public] the Public rows
        [private] the Private rows
       *[all] the rows
    }
scoring-errors-one-class = { $metric } needs both classes among { $rows ->
        [public] the Public rows
        [private] the Private rows
       *[all] the rows
    }
# $needs: one of the scoring-values-needs-* messages; $found: the value found, quoted.
scoring-errors-bad-value = { $metric } needs { $needs }; found { $found } among { $rows ->
        [public] the Public rows
        [private] the Private rows
       *[all] the rows
    }

## crates/plaza-core/src/scoring/metrics/mod.rs
# As $needs in scoring-errors-bad-value.
scoring-metrics-needs-finite-numbers = finite numbers

## crates/plaza-core/src/scoring/spreadsheet.rs
scoring-spreadsheet-message = This is an Excel file. Save it as CSV (in Excel: File > Save As > CSV) and send that file.

## crates/plaza-core/src/metric.rs
# Which way a score is better, as pages say it next to the metric's name.
scoring-metric-higher-is-better = higher is better
scoring-metric-lower-is-better = lower is better
# $name: the metric named; $closest: the known metric it most looks like.
scoring-metric-unknown-did-you-mean = unknown metric '{ $name }' (did you mean '{ $closest }'?)
# $known: every known metric's key, separated by commas.
scoring-metric-unknown = unknown metric '{ $name }' (known metrics: { $known })

## crates/plaza-core/src/sniff.rs
# An organizer uploads a dataset as a CSV file.
scoring-sniff-spreadsheet = This is an Excel file. Save it as CSV (in Excel: File > Save As > CSV) and upload that file.
scoring-sniff-zip = This is a zip file, not a CSV file. Unzip it and upload the CSV file that is inside.
scoring-sniff-no-rows = The file has column names but no rows of data.
scoring-sniff-note-bom = The file starts with a byte-order mark (as Excel saves "CSV UTF-8"); it was removed.
scoring-sniff-note-latin1 = The file is not UTF-8; it was read as Latin-1 (Windows-1252), as most spreadsheets in Western Europe and the Americas save it, and converted to UTF-8. Check accented letters in the preview.
scoring-sniff-empty = The file is empty.
scoring-sniff-zero-bytes = This does not look like a text file (it holds zero bytes). Upload a CSV file.
# $error: why the CSV reader could not read it, often in English.
scoring-sniff-header-unreadable = The first line cannot be read as column names: { $error }
# $column: the column's position (1 is the first).
scoring-sniff-column-without-name = Column { $column } has no name in the first line. Every column needs a name in the first line.
scoring-sniff-column-twice = Two columns are named '{ $name }'. Give each column its own name in the first line.
# $column: the column's position (1 is the first); $max: the most characters a name may have.
scoring-sniff-column-name-too-long = The name of column { $column } is longer than { $max } characters. Use a shorter name in the first line.
# $value: the first value of the first line.
scoring-sniff-no-header = The first line holds values (such as '{ $value }'), not column names. Add a first line that names each column.
# $error: why the CSV reader could not read it, often in English.
scoring-sniff-line-unreadable = Line { $line } cannot be read: { $error }
# $fields: the fields of the line; $columns: the columns the first line names;
# $delimiter: the character between the columns.
scoring-sniff-wrong-width = Line { $line } has { $fields } fields but the first line names { $columns } columns. Check the delimiter ({ $delimiter ->
        [comma] a comma
        [semicolon] a semicolon
        [tab] a tab
       *[bar] a vertical bar
    }) and quotes on that line.
scoring-sniff-not-utf8-further-on = The file is not UTF-8 past its first megabyte.
scoring-sniff-line-not-utf8 = Line { $line } is not UTF-8 text, but the lines before it are. Save the whole file in one encoding (UTF-8 is best) and upload it again.

## crates/plaza-sandbox/src/bounds.rs
# An entrant uploads a WebAssembly program (a .wasm file).
# $found: how many the module has; $max: the most Plaza compiles (both written
# with thousands separators); $what: what is counted.
scoring-bounds-too-many = The module has { $found } { $what ->
        [types] types
        [imports] imports
       *[functions] functions
        [globals] globals
        [exports] exports
        [function-references] function references in its tables
        [data-segments] data segments
        [function-bodies] function bodies
        [locals] local variables in one function
    }; Plaza compiles modules with at most { $max }. Real programs are far smaller: check that you uploaded your compiled program, built in release mode.
# $reason: what the WebAssembly reader found, in English.
scoring-bounds-malformed = The file is not a valid WebAssembly module: { $reason }
scoring-bounds-file-too-large = The file is { $mb } MB; Plaza compiles modules of at most { $max } MB. Build your program in release mode (and strip debug information) to make it smaller.
scoring-bounds-code-too-large = The module has { $mb } MB of code; Plaza compiles modules with at most { $max } MB. Build your program in release mode to make it smaller.
scoring-bounds-function-too-large = One function of the module is { $kb } KB long; Plaza compiles functions of at most { $max } KB.

## crates/plaza-sandbox/src/program.rs
scoring-program-empty = The file is empty.
scoring-program-not-wasm = The file is not a WebAssembly binary (it does not start with `\0asm`). Upload the compiled .wasm file, not source code or the text format.
scoring-program-header-cut-short = The file is cut short: it ends inside the WebAssembly header.
scoring-program-component = The file is a WebAssembly component, not a core module. Build for WASI preview 1 (for example `cargo build --target wasm32-wasip1`), not wasm32-wasip2.
scoring-program-unknown-version = The file is not a WebAssembly 1.0 core module (unknown version in its header).
# $reason of the messages below when the compiler gave none.
scoring-program-unknown-error = unknown error
scoring-program-start-signature = The module's `_start` function must take no parameters and return nothing.
scoring-program-start-not-a-function = The module exports `_start`, but it is not a function.
scoring-program-no-start = The module has no `_start` function: build it as a WASI command (a program with `main`), not as a library or reactor.
# $name: the function imported; $module: where from; $wasi: wasi_snapshot_preview1.
scoring-program-unknown-import = The module imports `{ $name }` from `{ $module }`, which Plaza does not provide: only WASI preview 1 (`{ $wasi }`) is available.
scoring-program-import-not-a-function = The module imports `{ $name }` from `{ $wasi }` as something other than a function.
scoring-program-no-memory = The module calls WASI but does not export its memory as `memory`.
# $reason: what the WebAssembly reader or compiler said, in English.
scoring-program-cut-short = The file is cut short (was the upload complete?): { $reason }
scoring-program-unsupported = The module uses WebAssembly that Plaza cannot run: { $reason }
scoring-program-cannot-link = The module cannot be linked with WASI preview 1: { $reason }

## crates/plaza-sandbox/src/run.rs
# How a run of a program ended, for the organizers: $max is a number of bytes
# (or of table elements), $ms a time in milliseconds, $code an exit status.
scoring-run-stdout-limit = stdout exceeded the limit of { $max } bytes
scoring-run-stderr-limit = stderr exceeded the limit of { $max } bytes
scoring-run-exited = exited with status { $code }
scoring-run-stopped-in-host-call = stopped while waiting in a host call
# $cause: how the run ended, scoring-run-exited or the runtime's own words (often in English).
scoring-run-memory-limit = memory limit of { $max } bytes reached; then { $cause }
scoring-run-table-limit = table limit of { $max } elements reached; then { $cause }
scoring-run-time-limit = time limit of { $ms } ms reached ({ $cause })
# $cause: the runtime's own words, in English.
scoring-run-too-many-handles = too many open files or handles (at most { $max }): { $cause }

## crates/plaza-sandbox/src/lib.rs
scoring-sandbox-compile-too-slow = The module took longer than { $seconds } seconds to compile, the most Plaza allows. Build your program in release mode, and leave out code it does not use.

## crates/plaza-scorer/src/pipeline.rs
# A program's output on a hidden case is not a valid predictions file.
# $case: the case's number; $problems: how many problems were found;
# $id_column and $target_column: the columns the output must have.
scoring-pipeline-refused-output = Case { $case }: your program's output is not a valid predictions file ({ $problems ->
        [one] 1 problem found
       *[other] { $problems } problems found
    }). The details are kept for the organizers, because they could show hidden data. Check that your program prints a header line with the columns '{ $id_column }' and '{ $target_column }', then one line for each row of /data/input.csv with its id and a valid prediction.
# $problem: what went wrong in that case, a whole sentence.
scoring-pipeline-case = Case { $case }: { $problem }
scoring-pipeline-case-refused-output = What your program printed is not a valid predictions file ({ $problems ->
        [one] 1 problem
       *[other] { $problems } problems
    }); the details are kept for the organizers.

## crates/plaza-scorer/src/worker.rs
scoring-worker-platform-failure = Plaza could not score this entry because of a problem on our side, not yours. It does not count against your daily limit; please send it again later. The organizers can see what went wrong.

## plaza-scorer/src/worker.rs: a line of an organizer's daily digest
# $file: the entry's file name; $entrant: who sent it; $track: the track's title.
scoring-worker-digest-entry-failed = Plaza could not score { $file }, an entry by { $entrant } in { $track }, because of a problem on its side.
