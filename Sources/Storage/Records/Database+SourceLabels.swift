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
    /// follow-up labels every source when it is migrated.
    func relabelSources(around key: String) throws {
        guard try schemaContains("table", named: "source_labels") else { return }
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

    /// Labels every stored source: after `m0023`, which made `source_labels`, and whenever the
    /// rule that makes labels changes (a later migration's follow-up calls it again).
    public func relabelAllSources() throws {
        try storeLabels(of: Dictionary(try sources().map { ($0.key, $0) }) { first, _ in first })
    }

    /// Writes each source's short label and label, letters made among `sources`; a row already
    /// right is left alone.
    private func storeLabels(of sources: [String: Source]) throws {
        let suffixes = SourceLabel.yearSuffixes(sources)
        for key in sources.keys.sorted() {
            guard let source = sources[key] else { continue }
            let short = SourceLabel.short(source)
            try execute(
                """
                INSERT INTO source_labels (source, short_label, label) VALUES (?1, ?2, ?3)
                ON CONFLICT (source) DO UPDATE SET short_label = excluded.short_label, label = excluded.label
                WHERE short_label IS NOT excluded.short_label OR label IS NOT excluded.label
                """, [key, short, short + (suffixes[key] ?? "")])
        }
    }
}
