import Storage

/// Refuses figures-file rows that give a count derived from case data (`tipdb derive ctdc`) a
/// number disclosure control would not publish: one below the minimum cell size, or one that,
/// beside the counts published, lets a reader narrow a suppressed `<11`.
///
/// Why: `tipdb retract` refuses derived figures and used to send the user here ("ingest a figures
/// file giving its key with the right values"), and a correction wrote whatever it was given. A
/// privacy reviewer corrected a suppressed country-by-year count to its true 35, and with the
/// published totals worked out Moldova's `<11` female count as exactly 3; another correction stored
/// an exact 4 in a `<11` cell, which every later derive kept and briefs printed as CTDC's (session
/// 45). Such a row is a privacy problem, not a row's mistake, so it refuses the whole command, even
/// with `--on-error skip`: nothing is written (`IngestReport.disclosureRefused`).
struct DerivedCountCheck {
    /// A row that gives a derived count an exact number.
    struct Write {
        let key: String
        let value: Double
        /// The index of the dataset version in `versions`.
        let version: Int
        /// Whether the number is new: the stored figure was censored, held another number, or none.
        let changes: Bool
        /// Where the row gives the value.
        let file: String
        let line: Int
        let column: Int
    }

    struct Version {
        let id: Int64
        let name: String
        let version: Int
        let source: String
    }

    private(set) var versions: [Version] = []
    private(set) var writes: [Write] = []

    init() {}

    /// Reads the case-level dataset versions, whose sources name their derived counts' keys.
    init(db: Database) throws {
        versions = try db.rows("SELECT id, name, version, source FROM datasets ORDER BY id").compactMap { row in
            guard let id = row.int("id"), let name = row.string("name"), let version = row.int("version"),
                  let source = row.string("source") else { return nil }
            return Version(id: id, name: name, version: Int(version), source: source)
        }
    }

    /// Notes `figure` when its row gives an exact value (not censored, not kept from the stored
    /// figure) under a derived count's key: `SOURCE/count` or `SOURCE/count/...` of a dataset version.
    mutating func note(_ figure: Figure, unstated: UnstatedFields, row: RowReader, file: String, db: Database) throws {
        guard !versions.isEmpty, !unstated.contains(.value), !figure.censored, let value = figure.value,
              let index = versions.firstIndex(where: { figure.key == $0.source + "/count" || figure.key.hasPrefix($0.source + "/count/") })
        else { return }
        let stored = try db.rows("SELECT value, censored FROM figures WHERE key = ?", [figure.key]).first
        let changes = stored.map { $0.int("censored") == 1 || $0.double("value") != value } ?? true
        let field = row.field("value")
        writes.append(Write(
            key: figure.key, value: value, version: index, changes: changes, file: file,
            line: field?.line ?? row.record.line, column: field?.column ?? row.record.column))
    }

    /// The minimum cell size `version`'s counts were derived under: its first derivation's, else the default.
    static func minCell(of version: Version, in db: Database) throws -> Int {
        if case .integer(let earlier)? = try db.scalar(
            "SELECT min_cell FROM derivations WHERE dataset_id = ? ORDER BY id LIMIT 1", [version.id]) {
            return Int(earlier)
        }
        return DeriveOptions.defaultMinCell
    }

    /// The problems of the rows noted, with their rows written (the command's transaction is open):
    /// each value below the minimum cell size; else, for a dataset version whose counts a reader
    /// could narrow (`CaseDerivation.narrowedByStoredCounts`), each row that gave one a new number.
    ///
    /// Each comes with the key of the figure its row gave: the figure is written by then, and the
    /// warnings about the figures loaded (`LoadedFigureCheck`) leave it out, since the command that
    /// wrote it is rejected.
    func refusals(in db: Database) throws -> [(key: String, issue: IngestIssue)] {
        var issues: [(key: String, issue: IngestIssue)] = []
        for (index, version) in versions.enumerated() {
            let given = writes.filter { $0.version == index }
            guard !given.isEmpty else { continue }
            let minCell = try Self.minCell(of: version, in: db)
            func derived(_ key: String) -> String {
                "figure \"\(key)\" is a count derived from dataset \(version.name) version \(version.version) by tipdb derive ctdc "
                    + "under disclosure control"
            }
            let remedy = "correct the case data and derive again (tipdb ingest --format ctdc --dataset \(version.name) FILE, "
                + "then tipdb derive ctdc --dataset \(version.name))"
            let small = given.filter { $0.value < Double(minCell) }
            for write in small {
                issues.append((write.key, IngestIssue(
                    file: write.file, line: write.line, column: write.column,
                    message: derived(write.key)
                        + ", which publishes every count below \(minCell) only as <\(minCell); this row gives it exactly as "
                        + "\(FigureBuilder.format(write.value)), which would publish a group of fewer than \(minCell) people; "
                        + "expected <\(minCell) as its value, or no row for it: \(remedy)")))
            }
            let changing = given.filter(\.changes)
            guard small.isEmpty, !changing.isEmpty else { continue }
            let dataset = try DatasetVersion.find(version.name, version: version.version, in: db)
            let derivation = CaseDerivation(
                db: db, options: DeriveOptions(dataset: version.name, version: version.version, dimensions: [], minCell: minCell))
            guard let narrowed = try derivation.narrowedByStoredCounts(of: dataset) else { continue }
            for write in changing {
                issues.append((write.key, IngestIssue(
                    file: write.file, line: write.line, column: write.column,
                    message: derived(write.key)
                        + "; published as \(FigureBuilder.format(write.value)) beside the other counts stored for its tables"
                        + (changing.count > 1 ? " (and the \(changing.count - 1) other such rows of this command)" : "")
                        + ", it would let a reader work out more about the suppressed count \"\(narrowed)\" than that it is "
                        + "below \(minCell), or the counts around it would no longer add up; expected the count as derive "
                        + "published it: \(remedy), which suppresses what protects the small count")))
            }
        }
        return issues
    }
}
