extension Database {
    /// Stores the label of the source with `key`, and letters again the sources that share its
    /// label, before and after this write (`source_labels`).
    ///
    /// Why the neighbours too: a second UNODC report of 2024 turns "UNODC 2024" into "UNODC
    /// 2024a" and adds "UNODC 2024b"; a source whose authors or year changed leaves its old label
    /// to the others, which may lose their letter. Only those sources are read, by the index on
    /// `short_label`, so an ingest of many sources stays linear.
    ///
    /// A database of an older schema has no `source_labels` yet: nothing is stored, and `m0023`'s
    /// follow-up labels every source when it is migrated. Whether the table is there is asked once
    /// per connection (`sourceLabelsPresent()`), not once per source an ingest writes.
    func relabelSources(around key: String) throws {
        guard try sourceLabelsPresent() else { return }
        var shortLabels = Set(try rows("SELECT short_label FROM source_labels WHERE source = ?", [key]).compactMap { $0.string("short_label") })
        if let source = try source(key: key) { shortLabels.insert(SourceLabel.short(source)) }
        var keys: Set<String> = [key]
        for shortLabel in shortLabels {
            for row in try rows("SELECT source FROM source_labels WHERE short_label = ?", [shortLabel]) {
                if let other = row.string("source") { keys.insert(other) }
            }
        }
        var sources: [String: Source] = [:]
        for other in keys { if let source = try source(key: other) { sources[other] = source } }
        try storeLabels(of: sources)
    }

    /// Labels every stored source: after `m0023`, which made `source_labels`, whenever the rule
    /// that makes labels changes (a later migration's follow-up calls it again), and for
    /// `tipdb migrate --repair`, which mends the labels of sources another program wrote or changed.
    ///
    /// - Returns: "KEY: LABEL" for each source whose label was missing or changed, by key.
    @discardableResult
    public func relabelAllSources() throws -> [String] {
        try storeLabels(of: Dictionary(try sources().map { ($0.key, $0) }) { first, _ in first })
    }

    /// The keys of the sources without a row in `source_labels`, by key (none on a schema older
    /// than `m0023`): written by another program (the `sqlite3` shell, Datasette, a Python script),
    /// so that `figure_citations.source_label` and the other label columns are NULL for them.
    ///
    /// One anti-join on the table's primary key, which `tipdb check` and each ingest can afford.
    public func unlabelledSources() throws -> [String] {
        guard try sourceLabelsPresent() else { return [] }
        return try rows(
            "SELECT s.key FROM sources s WHERE NOT EXISTS (SELECT 1 FROM source_labels l WHERE l.source = s.key) ORDER BY s.key"
        ).compactMap { $0.string("key") }
    }

    /// The sources whose row in `source_labels` is not the label their values give now, as
    /// "KEY: STORED, which its values now make LABEL", by key (none on a schema older than `m0023`).
    ///
    /// Why: another program that changes a source's authors, publisher or date (the `sqlite3`
    /// shell, Datasette, a script) leaves its old label, so `figure_citations.source_label` and the
    /// other label columns said "Dupont 2020" where the brief, made from the values, cites "Zed
    /// 2020", and a query by the brief's label found nothing (review of session 44). The labels are
    /// made for the whole table at once, as `relabelAllSources()` makes them (a letter depends on
    /// the others): one read of `sources` and one of `source_labels`, no write, which `tipdb check`
    /// and each ingest can afford (2,020 sources: about 50 ms of CPU, measured on a loaded machine).
    public func staleSourceLabels() throws -> [String] {
        try staleSourceLabelRows().map(\.text)
    }

    /// `staleSourceLabels()`, each with the key of its source: `tipdb check` gives the key as data.
    public func staleSourceLabelRows() throws -> [(key: String, text: String)] {
        guard try sourceLabelsPresent() else { return [] }
        let byKey = Dictionary(try sources().map { ($0.key, $0) }) { first, _ in first }
        let labels = SourceLabel.unique(byKey)
        var stale: [(key: String, text: String)] = []
        for row in try rows("SELECT source, short_label, label FROM source_labels ORDER BY source") {
            guard let key = row.string("source"), let source = byKey[key], let label = labels[key] else { continue }
            let stored = row.string("label")
            if stored != label || row.string("short_label") != SourceLabel.short(source) {
                stale.append((key, "\(key): \(stored ?? "NULL"), which its values now make \(label)"))
            }
        }
        return stale
    }

    /// Labels the sources another program wrote without a label, or changed so that their label
    /// is stale (`staleSourceLabels()`), when there are any: every source is labelled again,
    /// since a new label may take a letter from those that share it, or give one back.
    ///
    /// - Returns: "KEY: LABEL" for each source whose label was missing or changed.
    @discardableResult
    public func labelUnlabelledSources() throws -> [String] {
        guard try !unlabelledSources().isEmpty || !staleSourceLabels().isEmpty else { return [] }
        return try relabelAllSources()
    }

    /// Whether the database has `source_labels`, asked of `sqlite_schema` once per connection
    /// and again after a migration (`hasSourceLabels`).
    func sourceLabelsPresent() throws -> Bool {
        if let known = hasSourceLabels { return known }
        let present = try schemaContains("table", named: "source_labels")
        hasSourceLabels = present
        return present
    }

    /// Writes each source's short label and label, letters made among `sources`; a row already
    /// right is left alone.
    ///
    /// - Returns: "KEY: LABEL" for each row inserted or changed, by key.
    @discardableResult
    private func storeLabels(of sources: [String: Source]) throws -> [String] {
        let lettered = SourceLabel.lettered(sources)
        var written: [String] = []
        for key in sources.keys.sorted() {
            guard let source = sources[key] else { continue }
            let short = SourceLabel.short(source)
            let label = lettered[key]?.label ?? short
            try execute(
                """
                INSERT INTO source_labels (source, short_label, label) VALUES (?1, ?2, ?3)
                ON CONFLICT (source) DO UPDATE SET short_label = excluded.short_label, label = excluded.label
                WHERE short_label IS NOT excluded.short_label OR label IS NOT excluded.label
                """, [key, short, label])
            if changes > 0 { written.append("\(key): \(label)") }
        }
        return written
    }
}
