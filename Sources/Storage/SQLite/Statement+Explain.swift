internal import CSQLite

extension Statement {
    /// True for an `EXPLAIN` or `EXPLAIN QUERY PLAN` statement, which lists how SQLite would run
    /// the statement after it and never runs it.
    ///
    /// Why it matters: `sqlite3_stmt_readonly` answers for the explained statement, so
    /// `EXPLAIN DELETE FROM figures` counts as writing although stepping it changes nothing.
    /// See <https://sqlite.org/c3ref/stmt_isexplain.html> and <https://sqlite.org/lang_explain.html>.
    public var isExplain: Bool { sqlite3_stmt_isexplain(handle) != 0 }
}
