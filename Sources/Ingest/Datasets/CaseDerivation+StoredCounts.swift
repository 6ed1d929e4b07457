import Storage

/// The disclosure audit of a dataset version's derived counts as the `figures` table holds them,
/// whatever wrote them: derive, or a figures file giving their keys by hand.
///
/// Why: derive audits what it publishes, but a figures file that gives a derived count's key
/// (`tipdb ingest --correction`) publishes a number derive never audited. A reviewer published a
/// suppressed country-by-year count that way and, with the totals, worked out a `<11` as exactly 3
/// (a privacy review, session 45). Ingest asks this, with the file's rows written, before it commits
/// (`DerivedCountCheck`).
extension CaseDerivation {
    /// The key of a count below the minimum, suppressed, that the counts stored for `dataset`'s
    /// derived tables (and those of its other versions) let a reader narrow; nil when none does,
    /// or when no table is derived from the version.
    ///
    /// A reader reasons from the numbers published, so a count a file gave another number than the
    /// cases give takes that number here; a count whose figure is censored, or missing, is suppressed.
    func narrowedByStoredCounts(of dataset: DatasetVersion) throws -> String? {
        try storedCountsAudit(of: dataset)?.narrowed
    }

    /// What ``narrowedByStoredCounts(of:)`` finds, and whether any count stored for the version
    /// differs from the one its case rows give (`corrected`): when none does, derive published the
    /// numbers as they are, and no correction is to blame (check said one was, with none made).
    func storedCountsAudit(of dataset: DatasetVersion) throws -> (narrowed: String, corrected: Bool)? {
        let derived = try tables(of: dataset, besides: nil)
        guard !derived.isEmpty else { return nil }
        let versions = try otherVersions(of: dataset)
        var combined = CombinedCells()
        for table in derived + versions.flatMap(\.tables) {
            combined.add(table)
        }
        var locks: (visible: Set<Int>, suppressed: Set<Int>, bounds: [Int: Int]) = ([], [], [:])
        for (version, tables) in versions { try lock(tables, of: version, in: combined, into: &locks) }
        var corrected = false
        // The counts derive wrote censored (its batches' revisions of them hold `"censored":1`
        // before a later writer): found from figure_revisions written by other batches.
        let derivedCensored = Set(try db.rows(
            """
            SELECT r.figure FROM figure_revisions r JOIN ingest_batches b ON b.id = r.batch_id
            WHERE b.format <> 'derive' AND r.figure >= ? AND r.figure < ?
            """, [dataset.source + "/count", dataset.source + "/count0"]).compactMap { $0.string("figure") })
        for (key, value) in try Self.storedCounts(of: dataset.source, in: db) {
            guard let cell = combined.byKey[key] else { continue }
            locks.visible.insert(cell)
            locks.suppressed.remove(cell)
            // Changed: another number than the cases give, or a number where derive suppressed it.
            corrected = corrected || combined.values[cell] != Int(value.rounded()) || derivedCensored.contains(key)
            combined.publish(Int(value.rounded()), at: cell)
        }
        for table in derived {
            _ = addChanges(of: table, in: dataset, since: versions.map(\.version), to: &combined, locks: locks)
        }
        let control = DisclosureControl(
            values: combined.values, relations: combined.relations, covers: combined.covers, minCell: options.minCell,
            mayBeEmpty: combined.mayBeEmpty)
        let hidden = combined.values.indices.map { !locks.visible.contains($0) }
        return control.narrowed(hidden: hidden).first.map { (combined.keys[$0], corrected) }
    }

    /// Every figure under `source`'s count keys (`SOURCE/count`, `SOURCE/count/...`) that is
    /// published as a number (not censored), whatever its method, with its value.
    ///
    /// Why by key and not by method: a file that corrects a derived count may give it another
    /// method, and the number is published all the same.
    static func storedCounts(of source: String, in db: Database) throws -> [String: Double] {
        var counts: [String: Double] = [:]
        // "/count" sorts before "/count/...", and every such key before "/count0" ('0' follows '/').
        for row in try db.rows(
            "SELECT key, value, censored FROM figures WHERE key >= ? AND key < ?", [source + "/count", source + "/count0"]) {
            guard let key = row.string("key"), key == source + "/count" || key.hasPrefix(source + "/count/"),
                  row.int("censored") != 1, let value = row.double("value") else { continue }
            counts[key] = value
        }
        return counts
    }
}
