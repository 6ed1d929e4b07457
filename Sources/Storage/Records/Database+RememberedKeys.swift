extension Database {
    /// Records that `key` of `kind` was read on `line` during the current ingest, and returns
    /// the line where it was first read when it was already seen.
    ///
    /// The keys live in a TEMP table rather than a Swift set: SQLite keeps it in a small page cache
    /// backed by a temporary file, so memory stays flat however many rows a file has.
    public func rememberKey(_ key: String, kind: String, line: Int) throws -> Int? {
        // Bound one by one: this runs for every row of a load.
        let remember = try cachedStatement(
            "INSERT INTO temp.ingest_seen_keys (kind, key, line) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO NOTHING")
        try remember.bind(.text(kind), at: 1)
        try remember.bind(.text(key), at: 2)
        try remember.bind(.integer(Int64(line)), at: 3)
        try remember.run()
        if changes > 0 { return nil }
        return try Int(integer("SELECT line FROM temp.ingest_seen_keys WHERE kind = ? AND key = ?", [kind, key]))
    }

    /// Starts a new ingest's memory of keys.
    public func forgetRememberedKeys() throws {
        try execute("""
            CREATE TEMP TABLE IF NOT EXISTS ingest_seen_keys (
                kind TEXT NOT NULL, key TEXT NOT NULL, line INTEGER NOT NULL, PRIMARY KEY (kind, key)
            ) WITHOUT ROWID
            """)
        try execute("DELETE FROM temp.ingest_seen_keys")
    }
}
