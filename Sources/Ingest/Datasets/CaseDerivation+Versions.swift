import Storage

/// Tables of a dataset's other versions in the disclosure audit.
///
/// Why: a reader who holds a table derived from version 1 and the same table from version 2
/// subtracts them and counts the people added (or removed) in each cell; three people added to a
/// country is a small group, however large both counts are. So the published tables of every other
/// version join the audit as they were published (locked), and each cell's change since that
/// version, when it is below the minimum, is a small count the audit must protect like any other.
extension CaseDerivation {
    /// The dataset's other versions that have derived tables, with those tables.
    func otherVersions(of dataset: DatasetVersion) throws -> [(version: DatasetVersion, tables: [CellTable])] {
        var versions: [(version: DatasetVersion, tables: [CellTable])] = []
        let rows = try db.rows(
            """
            SELECT version FROM datasets d
            WHERE name = ? AND id <> ? AND EXISTS (SELECT 1 FROM derivations WHERE dataset_id = d.id)
            ORDER BY version
            """, [dataset.name, dataset.id])
        for row in rows {
            guard let number = row.int("version") else { continue }
            let version = try DatasetVersion.find(dataset.name, version: Int(number), in: db)
            let tables = try tables(of: version, besides: nil)
            if !tables.isEmpty { versions.append((version, tables)) }
        }
        return versions
    }

    /// Locks the cells of another version's tables as they were published: a count stored
    /// censored stays suppressed, any other stays visible (also one whose figure was deleted since:
    /// a reader may hold it).
    func lock(
        _ tables: [CellTable], of version: DatasetVersion, in combined: CombinedCells,
        into locks: inout (visible: Set<Int>, suppressed: Set<Int>, bounds: [Int: Int])
    ) throws {
        let published = try previouslyPublished(combined, source: version.source)
        for table in tables {
            for key in table.keys {
                guard let id = combined.byKey[key] else { continue }
                if published.suppressed.contains(id) { locks.suppressed.insert(id) } else { locks.visible.insert(id) }
            }
        }
    }

    /// Adds, for each count of `table` that a table of another version also gives, its change
    /// since that version when the change is small (``CombinedCells/addChange(between:and:key:minCell:)``),
    /// unless both counts are already public. Returns each change's cell with the count and
    /// version it belongs to.
    func addChanges(
        of table: CellTable, in dataset: DatasetVersion, since versions: [DatasetVersion], to combined: inout CombinedCells,
        locks: (visible: Set<Int>, suppressed: Set<Int>, bounds: [Int: Int])
    ) -> [Int: (cell: Int, version: Int)] {
        var changes: [Int: (cell: Int, version: Int)] = [:]
        for version in versions {
            for (id, key) in table.keys.enumerated() where key.hasPrefix(dataset.source + "/") {
                let other = version.source + key.dropFirst(dataset.source.count)
                guard let earlier = combined.byKey[other], !(locks.visible.contains(id) && locks.visible.contains(earlier)) else { continue }
                if let change = combined.addChange(between: id, and: earlier, key: "change:\(key):v\(version.version)", minCell: options.minCell) {
                    changes[change] = (id, version.version)
                }
            }
        }
        return changes
    }
}
