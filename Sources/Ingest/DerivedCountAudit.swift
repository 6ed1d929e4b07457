import Storage

/// `tipdb check`'s rules over counts derived from case data (`tipdb derive ctdc`): a number
/// stored that disclosure control would not publish.
///
/// Why: since session 45 ingest refuses a figures file that gives a derived count an exact number
/// below the minimum cell size, or one that lets a reader narrow a suppressed `<11`
/// (`DerivedCountCheck`), and derive stops on such a number kept from before. A database an older
/// tipdb wrote, or one written with SQL, may still hold one, and every brief prints it as the
/// dataset's; check is where a research lead looks before a brief goes out. The rules are ingest's,
/// over the counts stored (`CaseDerivation.storedCounts`, `narrowedByStoredCounts`), so the three
/// cannot disagree.
public enum DerivedCountAudit {
    /// The message of the `derived-count-below-min-cell` error.
    static let belowMinCellMessage = "counts derived from case data (tipdb derive ctdc) stored as an exact number below the "
        + "minimum cell size, which disclosure control publishes only as <N: a brief would publish a group of fewer than N "
        + "people; load a figures file giving <N as the value under each key with tipdb ingest --correction, then derive again"

    /// The message of the `derived-count-narrows` error.
    static let narrowsMessage = "dataset versions whose stored derived counts, corrected since derive published them, let a "
        + "reader work out more about a suppressed count than that it is below the minimum cell size (or no longer add up); "
        + "load a figures file giving the corrected counts as derive published them (tipdb sql: the earlier values are in "
        + "figure_revisions) with tipdb ingest --correction, or correct the case data and derive again"

    /// The two rules, to run among `Audit`'s own (`Audit(db:moreRules:)`).
    public static func rules(db: Database) -> [AuditRule] {
        [
            AuditRule(severity: .error, check: "derived-count-below-min-cell", message: belowMinCellMessage, kind: FindingKeys.figure, keyed: { row in
                try belowMinCell(in: db, row)
            }),
            AuditRule(severity: .error, check: "derived-count-narrows", message: narrowsMessage, kind: FindingKeys.dataset, keyed: { row in
                try narrowing(in: db, row)
            }),
        ]
    }

    /// `ctdc-a-v1/count/country:MDA/gender:female: 4, below 11 (dataset ctdc-a version 1)`.
    static func belowMinCell(in db: Database, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        for version in try DerivedCountCheck(db: db).versions {
            let minCell = try DerivedCountCheck.minCell(of: version, in: db)
            let counts = try CaseDerivation.storedCounts(of: version.source, in: db)
            for (key, value) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) where value < Double(minCell) {
                row("\(key): \(FigureBuilder.format(value)), below \(minCell) (dataset \(version.name) version \(version.version))", [key])
            }
        }
    }

    /// `dataset ctdc-a version 1: the counts stored let a reader narrow the suppressed count "KEY"`,
    /// for each version without a count below its minimum (named by the rule above, whose remedy
    /// comes first), as ingest audits a file's corrections.
    static func narrowing(in db: Database, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        for version in try DerivedCountCheck(db: db).versions {
            let minCell = try DerivedCountCheck.minCell(of: version, in: db)
            guard try !CaseDerivation.storedCounts(of: version.source, in: db).values.contains(where: { $0 < Double(minCell) }) else { continue }
            let dataset = try DatasetVersion.find(version.name, version: version.version, in: db)
            let derivation = CaseDerivation(
                db: db, options: DeriveOptions(dataset: version.name, version: version.version, dimensions: [], minCell: minCell))
            guard let narrowed = try derivation.narrowedByStoredCounts(of: dataset) else { continue }
            row("dataset \(version.name) version \(version.version): the counts stored let a reader work out more about the "
                + "suppressed count \"\(narrowed)\" than that it is below \(minCell)", [version.name])
        }
    }
}
