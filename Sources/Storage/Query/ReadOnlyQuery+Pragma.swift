extension ReadOnlyQuery {
    /// A PRAGMA checked before it is compiled: `tipdb sql` runs the ones that report, and refuses
    /// one that sets a value or acts, saying which it is.
    ///
    /// Why before compiling: some PRAGMAs act while `sqlite3_prepare` compiles them, not when the
    /// statement runs (<https://sqlite.org/pragma.html>), so `sqlite3_stmt_readonly` comes too late
    /// for them. Why by name: SQLite counts `PRAGMA journal_mode` as writing even without a value,
    /// while `PRAGMA wal_checkpoint` or `PRAGMA optimize`, given none, still act.
    struct PragmaUse {
        /// The PRAGMA's name, lower-cased, without a schema (`main.journal_mode` is `journal_mode`).
        let name: String

        /// PRAGMAs that only report when given no value.
        static let reading: Set<String> = [
            "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
            "foreign_key_check", "integrity_check", "quick_check", "page_count", "page_size", "freelist_count",
            "user_version", "schema_version", "application_id", "encoding", "journal_mode", "compile_options",
            "database_list", "collation_list", "function_list", "module_list", "pragma_list", "foreign_keys",
            "data_version",
        ]

        /// Reading PRAGMAs whose argument says what to report on (a table, an index, a number of
        /// problems to list), never a new setting: `PRAGMA table_info(figures)`.
        static let readingWithArgument: Set<String> = [
            "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
            "foreign_key_check", "integrity_check", "quick_check",
        ]

        /// PRAGMAs that act even without a value, with what they do.
        static let acting: [String: String] = [
            "optimize": "it may run ANALYZE, which writes statistics into the database",
            "wal_checkpoint": "it copies the write-ahead log into the database file",
            "incremental_vacuum": "it removes free pages from the database file",
            "shrink_memory": "it frees the connection's cache and reports nothing about the database",
        ]

        /// Checks the PRAGMA whose name is `nameWord` (a word of `ReadOnlyQuery.scan`, with the
        /// text after it, where a value would start).
        ///
        /// - Throws: `SQLRefusal.actingPragma`, `.settingPragma` or `.pragmaNotReporting`.
        init(_ nameWord: (word: String, rest: Substring)?) throws {
            name = nameWord.map { $0.word.split(separator: ".").last.map(String.init) ?? $0.word } ?? ""
            // PRAGMA name = value and PRAGMA name(value) are the two forms that give one.
            let next = nameWord.flatMap { ReadOnlyQuery.skippingComments($0.rest) }?.first
            if let refusal = Self.refusal(name: name, givesValue: next == "=" || next == "(") { throw refusal }
        }

        /// Why the PRAGMA `name` (lower-cased, without a schema) may not run, given a value or
        /// not; nil when it only reports.
        static func refusal(name: String, givesValue: Bool) -> SQLRefusal? {
            if let effect = acting[name] { return .actingPragma(name: name, effect: effect) }
            if givesValue && !readingWithArgument.contains(name) {
                return .settingPragma(name: name, readsWithout: reading.contains(name))
            }
            if !reading.contains(name) { return .pragmaNotReporting(name: name, reporting: reading.sorted()) }
            return nil
        }
    }

    /// Runs `body`, which compiles and steps read-only queries on `db`, with the PRAGMAs that
    /// run under them held to `PragmaUse`'s rules: a PRAGMA's table-valued function
    /// (`SELECT * FROM pragma_optimize`) runs its PRAGMA only when the query steps, where the
    /// look at the SQL in `init` cannot see it. `pragma_table_info('figures')` and
    /// `pragma_page_size` run, as `PRAGMA table_info(figures)` and `PRAGMA page_size` do.
    ///
    /// - Throws: the `SQLRefusal` for the first PRAGMA refused, else what `body` throws.
    public static func guarding<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.refusingPragmas({ name, argument in PragmaUse.refusal(name: name, givesValue: argument != nil) }, body)
    }
}
