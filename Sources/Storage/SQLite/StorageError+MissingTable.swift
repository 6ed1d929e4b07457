extension StorageError {
    /// The table or view named by SQLite's `no such table: main.NAME` (without `main.`); nil for
    /// any other error. One reading for the check that tells a dropped table from a query's own
    /// mistake and for the broken-view finding that names it.
    var missingTableName: String? {
        guard resultCode == 1, message.hasPrefix("no such table: ") else { return nil }
        let name = message.dropFirst("no such table: ".count)
        return name.lowercased().hasPrefix("main.") ? String(name.dropFirst(5)) : String(name)
    }
}
