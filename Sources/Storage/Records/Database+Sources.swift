extension Database {
    /// The source with `key`, or nil.
    public func source(key: String) throws -> Source? {
        let statement = try cachedStatement("SELECT \(try sourceColumns()) FROM sources WHERE key = ?")  // sql-constant: fixed column names
        try statement.bind([key])
        defer { try? statement.reset() }
        return try statement.step() ? Self.source(from: statement) : nil
    }

    /// Every source, ordered by key.
    public func sources() throws -> [Source] {
        let statement = try cachedStatement("SELECT \(try sourceColumns()) FROM sources ORDER BY key")  // sql-constant: fixed column names
        defer { try? statement.reset() }
        var sources: [Source] = []
        while try statement.step() { sources.append(Self.source(from: statement)) }
        return sources
    }

    /// Every source key, the first loaded first (`sources.id`, which a row keeps when it is updated):
    /// which of two keys that differ only in case was there first (`BibTeXExport.renamedKeys`).
    public func sourceKeysInLoadOrder() throws -> [String] {
        try rows("SELECT key FROM sources ORDER BY id").compactMap { $0.string("key") }
    }

    /// The columns a source is read from, `container` last: NULL in its place on a schema older
    /// than m0055, which the follow-ups of older migrations read.
    private func sourceColumns() throws -> String {
        "key, kind, title, authors, publisher, published, url, doi, accessed, license, notes, csl, extra, "
            + (try containerColumnPresent() ? "container" : "NULL")
    }

    /// Whether `sources` has its `container` column (m0055), asked once per connection and again
    /// after a migration (`hasSourceContainer`).
    private func containerColumnPresent() throws -> Bool {
        if let known = hasSourceContainer { return known }
        let present = try !rows("SELECT 1 FROM pragma_table_info('sources') WHERE name = 'container'").isEmpty
        hasSourceContainer = present
        return present
    }

    /// The source on the statement's current row, whose columns are `sourceColumns()`.
    private static func source(from statement: Statement) -> Source {
        Source(
            key: statement.string(at: 0) ?? "", kind: statement.string(at: 1) ?? "", title: statement.string(at: 2) ?? "",
            authors: statement.string(at: 3), publisher: statement.string(at: 4), container: statement.string(at: 13),
            published: statement.string(at: 5), url: statement.string(at: 6), doi: statement.string(at: 7),
            accessed: statement.string(at: 8), license: statement.string(at: 9), notes: statement.string(at: 10),
            csl: statement.string(at: 11), extra: statement.string(at: 12))
    }

    /// Inserts the source, or updates the stored one when its values differ, keeping the previous
    /// values in `source_revisions` when an earlier batch wrote them, and its label in
    /// `source_labels` (with those of the sources sharing it).
    ///
    /// A revision records what the database held before a batch changed it. A loader that writes
    /// its source twice in one batch (a CTDC load makes the source before the file's SHA-256 is
    /// known and adds it to the notes after) changes nothing that existed before with its second
    /// write, so that write keeps no revision: a first load leaves none.
    public func upsert(_ source: Source, batch: Int64, at now: String) throws -> WriteOutcome {
        let existing = try self.source(key: source.key)
        if existing == source { return .unchanged }
        // A connection that writes before m0055 has made the column (a test of an older schema) has no container to write.
        let container = try containerColumnPresent()
        let values: [any DatabaseValueConvertible] = [
            source.kind, source.title, source.authors, source.publisher, source.published, source.url, source.doi,
            source.accessed, source.license, source.notes, source.csl, source.extra, batch, now, source.key,
        ] + (container ? [source.container] : [])
        if existing == nil {
            try execute(
                """
                INSERT INTO sources (kind, title, authors, publisher, published, url, doi, accessed, license, notes,
                    csl, extra, batch_id, created_at, updated_at, key\(container ? ", container" : "")) -- // sql-constant: a fixed column name, or none
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?14, ?\(container ? ", ?" : "")) -- // sql-constant: its placeholder, or none
                """, values)
            try relabelSources(around: source.key)
            return .inserted
        }
        if let existing, try integer("SELECT count(*) FROM sources WHERE key = ? AND batch_id = ?", [source.key, batch]) == 0 {
            try keepRevision(of: .source, key: source.key, previous: try Self.revisionJSON(existing), batch: batch, at: now)
        }
        try execute(
            """
            UPDATE sources SET kind = ?, title = ?, authors = ?, publisher = ?, published = ?, url = ?, doi = ?,
                accessed = ?, license = ?, notes = ?, csl = ?, extra = ?, batch_id = ?, updated_at = ?\(container ? ", container = ?16" : "") -- // sql-constant: a fixed column and placeholder, or none
            WHERE key = ?15
            """, values)
        try relabelSources(around: source.key)
        return .updated
    }
}
