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
    ///
    /// - Throws: `DeriveError.caseRowsGone` when such a version no longer holds all its case rows
    ///   (deleted with SQL to erase a superseded release). Why: its tables are counted again from
    ///   them; with the rows gone they came back empty and the version was left out of the audit,
    ///   so version 2's table printed the exact counts the audit suppresses while version 1's rows
    ///   are there, and a reader subtracting version 1's published table counted the people added
    ///   (a privacy review, session 48). The published figures alone cannot stand in: the audit
    ///   needs the true changes behind the suppressed counts.
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
            let held = try heldRows(of: version)
            guard held == version.rows else {
                throw DeriveError.caseRowsGone(dataset: dataset.name, version: version.version, held: held, rows: version.rows, deriving: dataset.version)
            }
            let tables = try tables(of: version, besides: nil)
            if !tables.isEmpty { versions.append((version, tables)) }
        }
        return versions
    }

    /// Locks the cells of another version's tables as they were published: a count stored
    /// censored stays suppressed, any other stays visible (also one whose figure was deleted since:
    /// a reader may hold it), except a cell its table withholds (it breaks down a small group) that
    /// no figure gives: never published, it stays suppressed.
    func lock(
        _ tables: [CellTable], of version: DatasetVersion, in combined: CombinedCells,
        into locks: inout (visible: Set<Int>, suppressed: Set<Int>, bounds: [Int: Int])
    ) throws {
        let published = try previouslyPublished(combined, source: version.source)
        for table in tables {
            for (cell, key) in table.keys.enumerated() {
                guard let id = combined.byKey[key] else { continue }
                let unpublished = table.withheld.contains(cell) && !published.visible.contains(id)
                if published.suppressed.contains(id) || unpublished { locks.suppressed.insert(id) } else { locks.visible.insert(id) }
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
            // By key: only the first table added to `combined` keeps its own cell numbers, and
            // check audits every table of a version this way (it paired a country-by-age table's
            // cells with the country-by-form table's, and reported a change no one made: a privacy
            // review, session 48).
            for key in table.keys where key.hasPrefix(dataset.source + "/") {
                let other = version.source + key.dropFirst(dataset.source.count)
                guard let id = combined.byKey[key], let earlier = combined.byKey[other],
                      !(locks.visible.contains(id) && locks.visible.contains(earlier)) else { continue }
                if let change = combined.addChange(between: id, and: earlier, key: "change:\(key):v\(version.version)", minCell: options.minCell) {
                    changes[change] = (id, version.version)
                }
            }
        }
        return changes
    }

    /// How many case rows `version` holds now; `datasets.rows` says how many it was loaded with.
    func heldRows(of version: DatasetVersion) throws -> Int {
        Int(try db.integer("SELECT count(*) FROM cases WHERE dataset_id = ?", [version.id]))
    }
}
