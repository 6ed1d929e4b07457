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
    static let narrowsMessage = "dataset versions whose stored derived counts let a reader work out more about a suppressed "
        + "count than that it is below the minimum cell size (or no longer add up); where a count was corrected since derive "
        + "published it, load a figures file giving the corrected counts as derive published them (tipdb sql: the earlier "
        + "values are in figure_revisions) with tipdb ingest --correction, or correct the case data and derive again; where "
        + "none was (the row says so), derive published them, by a tipdb whose audit missed it: publish none of the dataset's "
        + "tables as they are, and derive them again with this tipdb from its versions loaded into a new database (tipdb init)"

    /// The message of the `derived-version-without-cases` warning.
    static let withoutCasesMessage = "dataset versions with derived tables whose case rows are not all there (deleted since they "
        + "were loaded): tipdb derive refuses every new table of the dataset, since it audits each with these versions' published "
        + "tables, counted again from their case rows, so that a reader holding two versions' tables cannot count the people added "
        + "or removed; restore the rows from a backup (tipdb backup --db BACKUP --force DATABASE) to derive again, and publish no "
        + "table of the dataset derived after the rows were deleted by a tipdb that did not refuse it (README: \"Erasing a "
        + "superseded version's case rows\")"

    /// The rules, to run among `Audit`'s own (`Audit(db:moreRules:)`).
    public static func rules(db: Database) -> [AuditRule] {
        [
            AuditRule(severity: .error, check: "derived-count-below-min-cell", message: belowMinCellMessage, kind: FindingKeys.figure, keyed: { row in
                try belowMinCell(in: db, row)
            }),
            AuditRule(severity: .error, check: "derived-count-narrows", message: narrowsMessage, kind: FindingKeys.dataset, keyed: { row in
                try narrowing(in: db, row)
            }),
            AuditRule(severity: .warning, check: "derived-version-without-cases", message: withoutCasesMessage, kind: FindingKeys.dataset, keyed: { row in
                try withoutCases(in: db, row)
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
            let found: (narrowed: String, corrected: Bool)?
            do {
                found = try derivation.storedCountsAudit(of: dataset)
            } catch DeriveError.caseRowsGone {
                // Cannot be audited without the case rows: `derived-version-without-cases` says so.
                continue
            }
            guard let found else { continue }
            row("dataset \(version.name) version \(version.version): the counts stored let a reader work out more about the "
                + "suppressed count \"\(found.narrowed)\" than that it is below \(minCell)"
                + (found.corrected
                    ? "; some of them differ from the counts its case rows give or were published otherwise than derive published them (corrected since)"
                    : "; every count stored is the one its case rows give and figure_revisions records no correction of them: "
                        + "derive published them as they are, unless SQL changed them"), [version.name])
        }
    }

    /// `dataset w version 1: 0 of its 50 case rows held, 1 table derived (--by country)`.
    ///
    /// Why: erasing a superseded release's case rows (`DELETE FROM cases WHERE dataset_id = ...`)
    /// switched derive's audit between versions off without a word (a privacy review, session 48).
    static func withoutCases(in db: Database, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let versions = try db.rows(
            """
            SELECT d.id, d.name, d.version, d.rows, (SELECT count(*) FROM cases c WHERE c.dataset_id = d.id) AS held
            FROM datasets d
            WHERE EXISTS (SELECT 1 FROM derivations v WHERE v.dataset_id = d.id)
            ORDER BY d.name, d.version
            """)
        for version in versions {
            guard let held = version.int("held"), let rows = version.int("rows"), held != rows else { continue }
            var tables: [String] = []
            for derivation in try db.rows("SELECT dimensions FROM derivations WHERE dataset_id = ? ORDER BY id", [version.int("id") ?? 0]) {
                let by = "--by " + (derivation.string("dimensions") ?? "")
                if !tables.contains(by) { tables.append(by) }
            }
            row("dataset \(version.string("name") ?? "") version \(version.int("version") ?? 0): \(held) of its \(rows) case rows held, "
                + "tables derived (\(tables.joined(separator: "; ")))", [version.string("name") ?? ""])
        }
    }
}
