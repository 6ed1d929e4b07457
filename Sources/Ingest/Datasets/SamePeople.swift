import Storage

/// A version of another dataset (another `--dataset` name) that holds the same people as a version
/// of the dataset to derive from, and has tables derived from it already.
///
/// Why: derive audits a table with the tables of the dataset's other versions, so that a reader who
/// subtracts one release's table from the next cannot count the few people added between them; but
/// only within one name. An older CTDC release, refused as a version of the dataset (releases load in
/// order), loaded under a second name: the two releases' tables, derived apart, showed Moldova's 3 as
/// `<11` in one and the Philippines' 20 beside `<23` in the other. The same file under a second name
/// was derived with a smaller `--min-cell`, which one version refuses, and printed the 3. CTDC's Global
/// Dataset has no case identifier, so the same people are recognised by their files: the same SHA-256,
/// or every case row of one version (all its columns but the line) among the other's, as a cumulative
/// release holds the one before it. A release whose rows were anonymised again, so that some changed,
/// is not recognised (the README says so).
struct SamePeople {
    /// How the two versions were found to hold the same people.
    enum Evidence {
        /// The files have the same SHA-256.
        case sameFile
        /// Every case row of the other dataset's version is in this dataset's.
        case otherWithin
        /// Every case row of this dataset's version is in the other dataset's.
        case withinOther
    }

    /// The other dataset's version, which has derived tables.
    let other: DatasetVersion
    /// The version of the dataset to derive from that holds its people.
    let matched: DatasetVersion
    let evidence: Evidence

    /// The first version of another dataset that has derived tables and holds the same people as a
    /// version of `dataset`'s name, or nil.
    static func find(for dataset: DatasetVersion, in db: Database) throws -> SamePeople? {
        // Every other dataset's versions that tables were derived from: only those can be
        // subtracted from a table of this dataset.
        let others = try db.rows(
            """
            SELECT name, version FROM datasets d
            WHERE name <> ? AND rows > 0 AND EXISTS (SELECT 1 FROM derivations WHERE dataset_id = d.id)
            ORDER BY name, version
            """, [dataset.name]).compactMap { row in
                row.string("name").flatMap { name in row.int("version").map { (name: name, version: Int($0)) } }
            }
        guard !others.isEmpty else { return nil }
        // Every version of this dataset: its tables are audited with the version's, so a table of
        // another dataset that repeats any of them is subtracted from this one's as well.
        let versions = try db.rows("SELECT version FROM datasets WHERE name = ? AND rows > 0 ORDER BY version", [dataset.name])
            .compactMap { $0.int("version") }
        let mine = try versions.map { try DatasetVersion.find(dataset.name, version: Int($0), in: db) }
        let theirs = try others.map { try DatasetVersion.find($0.name, version: $0.version, in: db) }
        for other in theirs {
            if let matched = mine.first(where: { $0.sha256 == other.sha256 }) {
                return SamePeople(other: other, matched: matched, evidence: .sameFile)
            }
        }
        var rows: [Int64: [Int: Int]] = [:]
        func fingerprints(_ version: DatasetVersion) throws -> [Int: Int] {
            if let known = rows[version.id] { return known }
            let counted = try Self.fingerprints(of: version.id, in: db)
            rows[version.id] = counted
            return counted
        }
        for other in theirs {
            for matched in mine where matched.variant == other.variant {
                let (small, large) = other.rows <= matched.rows ? (other, matched) : (matched, other)
                guard Self.contains(try fingerprints(large), try fingerprints(small)) else { continue }
                return SamePeople(other: other, matched: matched, evidence: small.id == other.id ? .otherWithin : .withinOther)
            }
        }
        return nil
    }

    /// Each distinct case row of the version (every column but its id, version and line), by a hash
    /// of its values, with how many times it occurs. A hash, not the values: a version holds up to a
    /// quarter of a million rows of some 70 columns. Two different rows sharing one of 2^64 hashes
    /// would at worst join two datasets' audits that needed none.
    private static func fingerprints(of id: Int64, in db: Database) throws -> [Int: Int] {
        // Every column of the version's case rows, whatever columns later migrations add.
        let statement = try db.prepare("SELECT * FROM cases WHERE dataset_id = ?")
        try statement.bind([id])
        let skipped: Set<String> = ["id", "dataset_id", "line"]
        let kept = (0..<Int(statement.columnCount)).filter { !skipped.contains(statement.columnName(at: $0)) }
        var counts: [Int: Int] = [:]
        while try statement.step() {
            var hasher = Hasher()
            for column in kept { hasher.combine(statement.value(at: column)) }
            counts[hasher.finalize(), default: 0] += 1
        }
        return counts
    }

    /// Whether every row of `small` is in `large`, as often.
    private static func contains(_ large: [Int: Int], _ small: [Int: Int]) -> Bool {
        small.allSatisfy { hash, count in (large[hash] ?? 0) >= count }
    }

    /// The refusal's account of how the two versions hold the same people.
    var account: String {
        let mine = "dataset \(matched.name) version \(matched.version)"
        let theirs = "dataset \(other.name) version \(other.version)"
        return switch evidence {
        case .sameFile:
            "\(mine) is the same file (sha256 \(matched.sha256.prefix(12))…) as \(theirs), which tables are derived from already"
        case .otherWithin:
            "every case row of \(theirs), which tables are derived from already, is in \(mine): they hold the same people, the latter some more, as a later release holds an earlier one"
        case .withinOther:
            "every case row of \(mine) is in \(theirs), which tables are derived from already: they hold the same people, the latter some more, as a later release holds an earlier one"
        }
    }
}
