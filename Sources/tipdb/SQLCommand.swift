import ArgumentParser
import Foundation
import Report
import Storage

extension ResultFormat: FormatOption {}

extension TipDB {
    struct SQLCommand: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL query and print the result.",
            discussion: """
                The SQL comes from the argument, from -f FILE, or from standard input. Exactly one statement runs. \
                An argument that begins with a -- comment and a space or line break ("-- How many?<newline>SELECT ...", \
                as the files in Fixtures/queries begin) is the SQL, never an option. \
                The database is opened read-only with PRAGMA query_only on, and statements that could write \
                (INSERT, UPDATE, DELETE, CREATE, DROP, ATTACH, VACUUM, a PRAGMA given a value, ...) are refused before \
                they run: the file is never changed. The PRAGMAs that report run (PRAGMA journal_mode, page_size, \
                table_info(figures), ...); one that acts even without a value (wal_checkpoint, optimize, \
                incremental_vacuum, shrink_memory), as its pragma_ function too, is refused saying what it does. EXPLAIN and EXPLAIN QUERY PLAN \
                run for any statement: they list how SQLite would run it and never run it.

                A database of an older tipdb schema is read as it is, with a note on standard error naming its \
                version and the tipdb backup --db FILE and tipdb migrate --db FILE that update it. A query on one \
                of tipdb's views or tables that another program dropped says so, with tipdb migrate --repair's \
                remedy (a backup, for a table of data).

                Parameters are bound, never pasted into the SQL: write :name, @name, $name or ?NNN in the query \
                (a plain ? has no name and is refused) and pass --param name=VALUE (--param 3=VALUE for ?3) (numbers written as SQLite prints them, such as 5 or 2.5, bind as numbers; the rest, such as 035, +5 or 5.50, as text).

                Table and Markdown output show NULL as NULL (or the --null text), and any value that would read the \
                same in single quotes, as SQL writes text: the text NULL as 'NULL', and text in single quotes \
                quoted again ('x' as '''x'''), so that no value passes for a missing one (text reading <blob 3 bytes> is quoted too). At a terminal the table cuts a value wider than 40 columns with …; \
                table and Markdown show a line break as ↵ and other control characters escaped (\\t, \\u{1B}), so no \
                value changes the terminal; CSV, TSV and JSON keep values exact. CSV and TSV follow RFC 4180: NULL \
                is an empty field (or the --null text), and an empty string, or a value equal to the --null text, \
                is quoted. JSON keeps integers, reals, strings and null, blobs as base64, and an infinite REAL as \
                the string "Infinity" or "-Infinity"; NDJSON is one compact object per line. Only table output ends \
                with a row count on standard output (Markdown's goes to standard error), so a redirected file \
                holds the data alone. Each format in full: README, "Asking questions"; the tables: SCHEMA.md.

                The SQL must be UTF-8 text: a NUL byte, or a byte that is not UTF-8 (a file saved as Latin-1), is \
                refused with its byte offset.

                With --format json a failure is JSON too, {"error": ..., "exitCode": ...} on standard output; one \
                part way (a timeout, Ctrl-C, an error SQLite finds while reading rows) closes the array of the rows \
                written so far first: two JSON values. NDJSON failures stay text on standard error.

                Exit codes: 0 ok; 1 refused, invalid SQL, a -f FILE that cannot be read, or timeout; 2 database unusable or busy; 64 usage error; 130 interrupted (Ctrl-C: it dies of SIGINT, and a shell loop stops too).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The SQL statement (default: -f FILE or standard input).")
        var sql: String?

        @Option(name: .shortAndLong, help: "Read the SQL from a file.")
        var file: String?

        @Option(name: .customLong("param"), help: ArgumentHelp("A parameter value, as NAME=VALUE (repeatable).", valueName: "name=value"))
        var parameters: [String] = []

        @Option(help: "Output format (the default aligns columns for reading; the others suit programs; Markdown may also be given as markdown).")
        var format: ResultFormat = .table

        @Option(name: .customLong("null"), help: ArgumentHelp(
            "How NULL reads in table, md, csv and tsv output (default: NULL in table and md, an empty field in csv and tsv); a value that reads the same is quoted.",
            valueName: "text"))
        var nullText: String?

        @OptionGroup var spreadsheet: SpreadsheetOption

        // Both take their value unconditionally: ArgumentParser reads `-1` after an option as an
        // option of its own, and reported the value as missing instead of saying what is wrong with it.
        @Option(parsing: .unconditional, help: "Stop a query after this many seconds; wait as long at most for a lock.")
        var timeout = TimeoutSeconds(seconds: 30, written: "30")

        @Option(parsing: .unconditional, help: "Print at most this many rows.")
        var maxRows: Int?

        /// `--format json` asks for JSON, the last `--format` given counting (two are a usage error).
        static func asksForJSON(_ arguments: [String]) -> Bool {
            lastFormat(arguments) == ResultFormat.json.rawValue
        }

        func validate() throws {
            if sql != nil && file != nil { throw ValidationError("give the SQL as an argument or with -f, not both") }
            if let sql, sql.allSatisfy(\.isWhitespace) { throw ValidationError(SQLRefusal.empty.localizedDescription) }
            let names = parameters.map { String($0.prefix { $0 != "=" }.drop { ":@$?".contains($0) }) }
            if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                throw ValidationError("--param \(twice) is given twice; expected each parameter once")
            }
            if let problem = timeout.problem { throw ValidationError(problem) }
            if let maxRows, maxRows < 0 { throw ValidationError("--max-rows must be 0 or more") }
            if let nullText, let problem = format.problem(nullText: nullText) { throw ValidationError(problem) }
            if let problem = spreadsheet.problem(format: format.rawValue, isCSV: format == .csv, isDefault: nil) { throw ValidationError(problem) }
            for parameter in parameters where !parameter.contains("=") {
                throw ValidationError("--param \(parameter): expected NAME=VALUE")
            }
        }

        func run() throws {
            let json = format == .json
            try ExitStatus.run(database: database.path, json: json, timeout: timeout) {
                let text = try querySource()
                // The wait for another process's lock is bounded by --timeout too, not a fixed 5 s.
                let db = try DatabaseFile.open(database.path, for: .query, busyTimeout: timeout.seconds)
                defer { db.close() }
                try OlderSchemaAdvice.noteIfOlder(db, path: database.path)
                try db.execute("PRAGMA query_only = ON")
                let bound = parameters.map { parameter -> (name: String, value: DatabaseValue) in
                    let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    return (String(parts[0]), ReadOnlyQuery.value(fromArgument: parts.count > 1 ? String(parts[1]) : ""))
                }
                // A PRAGMA's table function (pragma_optimize) runs its PRAGMA while the query steps:
                // held to the rules ReadOnlyQuery checks a PRAGMA statement by, until the last row.
                try ReadOnlyQuery.guarding(db) {
                    let query: ReadOnlyQuery
                    do {
                        query = try ReadOnlyQuery(db: db, sql: text, parameters: bound)
                    } catch SQLRefusal.empty {
                        // Nothing but blanks, comments or `;`, however given: a usage error, as `""` is.
                        throw ExitStatus.usage(SQLRefusal.empty.localizedDescription)
                    } catch let error as StorageError where error.resultCode == 1 {
                        throw Self.withRepairHint(error, db: db, json: json)
                    }
                    let out = StandardOutput()
                    defer { out.flush() }
                    // Cut for a person at a terminal; whole for a file or a program, which needs the values.
                    let cellWidth = isatty(STDOUT_FILENO) == 1 ? ResultSetWriter.maxCellWidth : nil
                    let writer = ResultSetWriter(
                        format: format, columns: query.columns, null: nullText, cellWidth: cellWidth, csvStyle: spreadsheet.csvStyle, output: out.write)
                    Database.stopOnInterruptSignal()
                    var truncated = false
                    let spellsForJSON = format == .json || format == .ndjson
                    // Said once the rows are written, whether or not the query then fails.
                    var invalidText = InvalidTextCount(columns: query.columns)
                    defer { for note in invalidText.notes { Note.print(note) } }
                    do {
                        try db.withDeadline(timeout.seconds) {
                            var count = 0
                            while try query.statement.step() {
                                if let maxRows, count >= maxRows {
                                    truncated = true
                                    break
                                }
                                let statement = query.statement
                                let row = (0..<Int(statement.columnCount)).map { column in
                                    let (value, invalidUTF8) = statement.checkedValue(at: column)
                                    if invalidUTF8 { invalidText.add(column: column) }
                                    return value
                                }
                                writer.add(spellsForJSON ? row.map(\.spelledForJSON) : row)
                                count += 1
                            }
                        }
                    } catch let stopped as QueryStopped {
                        writer.closeAfterFailure()
                        out.flush()
                        if stopped.reason == .userInterrupt {
                            throw SignalStop.failure(stopped.localizedDescription, signal: SIGINT, json: json)
                        }
                        throw ExitStatus.failure(stopped.localizedDescription, ExitStatus.rejected, json: json)
                    } catch {
                        // An error SQLite finds while reading rows: the rows written so far stay well-formed.
                        writer.closeAfterFailure()
                        out.flush()
                        throw error
                    }
                    writer.finish(truncated: truncated, maxRows: maxRows)
                }
            }
        }

        /// `error`, SQL that does not compile, with what to do when it names one of tipdb's own
        /// views or tables that another program dropped: the hint `tipdb check` gives
        /// (`SchemaRepair.missingObject`), as `--repair`'s plan decides it (`SchemaRepair.remedy`): a
        /// view, a search index or `source_labels` is made again by `tipdb migrate --repair`; a table
        /// that may have held data only a backup has. A name that is none of tipdb's gets the closest
        /// table or view, as `tipdb schema NAME` suggests it (`latest_estimate` for
        /// `latest_estimates`): SQLite's own message names no alternative.
        static func withRepairHint(_ error: StorageError, db: Database, json: Bool) -> Error {
            let prefix = "no such table: "
            guard error.message.hasPrefix(prefix) else { return error }
            let name = String(error.message.dropFirst(prefix.count))
            guard let type = try? SchemaRepair.missingObject(name, in: db) else {
                let rows = try? db.rows("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name")
                let names = (rows ?? []).compactMap { $0.string("name") }
                guard let question = Suggestions.question(Suggestions.closest(to: name, among: names)) else { return error }
                return ExitStatus.failure(error.description + "; " + question + " (tipdb schema lists the tables and views)", ExitStatus.rejected, json: json)
            }
            let what = "\(name) is one of tipdb's \(type)s, missing from this database (another program dropped it; tipdb check reports it)"
            // What `--repair` would do, by its own plan: a backup loses every ingest made since.
            let remedy = (try? SchemaRepair.remedy(forMissing: name, in: db)) ?? (type == "view" ? .recreate : .restore)
            let hint =
                switch remedy {
                case .recreate: "tipdb migrate --repair recreates tipdb's indexes, triggers and views from its definitions without losing a row"
                case .refill: "it holds nothing of its own, only what tipdb makes from other tables: tipdb migrate --repair makes it again and fills it from them, without losing a row"
                case .recreateEmpty: "nothing in the database refers to rows it could have held: tipdb migrate --repair makes it again, empty, without losing a row"
                case .restore: "restore the database from a backup made before the change (tipdb backup)"
                }
            return ExitStatus.failure(error.description + "; \(what): " + hint, ExitStatus.rejected, json: json)
        }

        private func querySource() throws -> String {
            if let sql { return sql }
            if let file { return try SQLText.read(file) }
            if isatty(STDIN_FILENO) == 1 { throw ExitStatus.usage(SQLRefusal.empty.localizedDescription) }
            return try SQLText.decode(FileHandle.standardInput.readDataToEndOfFile(), from: "standard input")
        }
    }
}
