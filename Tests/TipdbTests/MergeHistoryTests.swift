import Foundation
import Testing

/// Two analysts' databases combined through README's "Export and load back": a colleague's export
/// must not invent a figure's history (review of session 52, merge 1, 2 and 7). An export holding
/// the number from before an erratum keeps the erratum's, with a warning; a colleague's differing
/// number is said to be recorded as the source's revision, with how to record it otherwise; a
/// number that goes back to an earlier one is warned about; corrections travel by loading the
/// corrected figures with --correction; retractions travel through `tipdb retract --from`.
@Suite("a colleague's export tells, and does not invent, revisions; corrections and retractions travel (built binary)")
struct MergeHistoryTests {
    /// README's figures export query, word for word.
    static let export = "SELECT key, measure, value, censored, low, high, ci_level, unit, place, period_start, period_end, period_basis, sex, "
        + "age_group, form, source, study, locator, quote, cites, method, notes, value_last_digit, low_last_digit, high_last_digit FROM figures"
    static let sources = "key,title,publisher,date\nunodc-2024,Global Report on Trafficking in Persons 2024,UNODC,2024-12\n"
    static let shared = "key,measure,value,unit,place,period,sex,source,locator\n"
        + "npl-2022,detected-trafficking-victims,410,persons,NPL,2022,total,unodc-2024,Country profile p. 3\n"
        + "npl-2022-f,detected-trafficking-victims,300,persons,NPL,2022,female,unodc-2024,Country profile p. 3\n"

    private static func run(_ arguments: [String], in dir: URL, status: Int32 = 0) throws -> ProcessResult {
        let out = try Tipdb.run(arguments, in: dir)
        #expect(out.status == status, "\(arguments): \(out.stdout)\(out.stderr)")
        return out
    }

    /// ana.sqlite and ben.sqlite, each with sources.csv and shared.csv (batches 1 and 2).
    private static func twoDatabases(in dir: URL) throws {
        try IngestPartWarningTests.write(sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(shared, "shared.csv", in: dir)
        for who in ["ana", "ben"] {
            _ = try run(["init", "--db", "\(who).sqlite"], in: dir)
            _ = try run(["ingest", "--quiet", "--db", "\(who).sqlite", "sources.csv", "shared.csv"], in: dir)
        }
    }

    private static func exportFigures(of who: String, to name: String, in dir: URL, where condition: String = "") throws {
        let out = try run(["sql", "--db", "\(who).sqlite", "--format", "csv", export + condition], in: dir)
        try IngestPartWarningTests.write(out.stdout, name, in: dir)
    }

    private static func brief(_ who: String, in dir: URL) throws -> String {
        try run(["report", "brief", "--db", "\(who).sqlite", "--date", "2026-12-06", "--format", "md"], in: dir).stdout
    }

    @Test("an export made before this database's erratum keeps the erratum's 412, warned at the row, in the dry run too; the brief says 412 (revised from 410)")
    func staleExportKeepsErratum() throws {
        try withTemporaryDirectory { dir in
            try Self.twoDatabases(in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,locator\nnpl-2022,detected-trafficking-victims,412,persons,NPL,2022,unodc-2024,Erratum (2025-03)\n",
                "erratum.csv", in: dir)
            _ = try Self.run(["ingest", "--quiet", "--db", "ana.sqlite", "erratum.csv"], in: dir)
            try Self.exportFigures(of: "ben", to: "ben-export.csv", in: dir, where: " WHERE key = 'npl-2022'")
            let warning = "warning: ben-export.csv:2:1: figure npl-2022 keeps the values batch 3 (erratum.csv) gave it, since this file gives back "
                + "the values that load replaced: value 412 (this file gives 410); locator \"Erratum (2025-03)\" (this file gives \"Country profile p. 3\"); "
                + "this file, loaded here for the first time, may be a copy made before that load (a colleague's export), and writing it back "
                + "would print a revision no source made (\"revised from\" twice); to take this file's value instead, load it again with tipdb ingest --correction\n"
            let dry = try Self.run(["ingest", "--db", "ana.sqlite", "--dry-run", "ben-export.csv"], in: dir)
            #expect(dry.stdout == "ben-export.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected, 1 warning (dry run: nothing written)\n", "\(dry.stdout)")
            #expect(dry.stderr.contains(warning), "\(dry.stderr)")
            let load = try Self.run(["ingest", "--db", "ana.sqlite", "ben-export.csv"], in: dir)
            #expect(load.stderr.contains(warning), "\(load.stderr)")
            let brief = try Self.brief("ana", in: dir)
            #expect(brief.contains("| Detected victims of trafficking | Nepal | 412 (revised from 410) |"), "\(brief)")
            #expect(!brief.contains("and before that from 410"), "\(brief)")
        }
    }

    @Test("a colleague's differing number is said at its cell to be recorded as the source's revision, with --correction and leaving the row out as the other ways")
    func differingNumberIsTold() throws {
        try withTemporaryDirectory { dir in
            try Self.twoDatabases(in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,sex,source,locator\nnpl-2022-f,detected-trafficking-victims,280,persons,NPL,2022,female,unodc-2024,Country profile p. 4\n",
                "ben-typed.csv", in: dir)
            _ = try Self.run(["ingest", "--quiet", "--db", "ben.sqlite", "ben-typed.csv"], in: dir)
            try Self.exportFigures(of: "ben", to: "ben-export.csv", in: dir, where: " WHERE key = 'npl-2022-f'")
            let dry = try Self.run(["ingest", "--db", "ana.sqlite", "--dry-run", "ben-export.csv"], in: dir)
            #expect(dry.stderr.contains(
                "note: ben-export.csv:2:41: value: figure npl-2022-f is recorded as its source's revision of 300 (batch 2, shared.csv) to 280, "
                    + "which briefs print as \"revised from\"; if 300 was tipdb's slip, load this file with tipdb ingest --correction instead "
                    + "(briefs then print 280 alone); if this file's number is the slip, or a copy's that disagrees (a colleague's export), leave its row out\n"),
                "\(dry.stderr)")
        }
    }

    @Test("a number that goes back to one the figure held before a later load is warned about: a revision back no source is likely to have made")
    func backToEarlierNumberIsWarned() throws {
        try withTemporaryDirectory { dir in
            try Self.twoDatabases(in: dir)
            let header = "key,measure,value,unit,place,period,source,locator\n"
            try IngestPartWarningTests.write(header + "npl-2022,detected-trafficking-victims,412,persons,NPL,2022,unodc-2024,Erratum\n", "erratum.csv", in: dir)
            try IngestPartWarningTests.write(header + "npl-2022,detected-trafficking-victims,415,persons,NPL,2022,unodc-2024,2025 edition\n", "y2025.csv", in: dir)
            _ = try Self.run(["ingest", "--quiet", "--db", "ana.sqlite", "erratum.csv"], in: dir)
            _ = try Self.run(["ingest", "--quiet", "--db", "ana.sqlite", "y2025.csv"], in: dir)
            try Self.exportFigures(of: "ben", to: "ben-export.csv", in: dir, where: " WHERE key = 'npl-2022'")
            let load = try Self.run(["ingest", "--db", "ana.sqlite", "ben-export.csv"], in: dir)
            #expect(load.stdout == "ben-export.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected, 1 warning (batch 5)\n", "\(load.stdout)")
            #expect(load.stderr.contains(
                "warning: ben-export.csv:2:39: value: figure npl-2022 goes back to 410, the number batch 3 (erratum.csv) replaced with 412, and is "
                    + "recorded as its source's revision of 415 (batch 4, y2025.csv) to 410, which briefs print as \"revised from\": a revision back to "
                    + "where it was, which no source is likely to have made; expected, when this file was made before batch 3 (erratum.csv) (a colleague's "
                    + "export, a file not yet corrected), its row left out; if the source itself went back to 410, loaded as given\n"),
                "\(load.stderr)")
        }
    }

    @Test("corrections travel: README's export of the figures whose last change was a correction, loaded with --correction, prints no revision")
    func correctionsTravel() throws {
        try withTemporaryDirectory { dir in
            try Self.twoDatabases(in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,sex,source,locator\nnpl-2022-f,detected-trafficking-victims,310,persons,NPL,2022,female,unodc-2024,Country profile p. 3\n",
                "fix.csv", in: dir)
            _ = try Self.run(["ingest", "--quiet", "--db", "ana.sqlite", "--correction", "fix.csv"], in: dir)
            // README, "Export and load back": the figures whose last change was a correction apart, loaded with --correction.
            let corrected = "(SELECT figure FROM figure_revisions r WHERE kind = 'correction'"
                + " AND r.id = (SELECT max(id) FROM figure_revisions WHERE figure = r.figure))"
            try Self.exportFigures(of: "ana", to: "ana-corrected.csv", in: dir, where: " WHERE key IN " + corrected)
            try Self.exportFigures(of: "ana", to: "ana-rest.csv", in: dir, where: " WHERE key NOT IN " + corrected)
            // Loaded without --correction, the file's correction is told as what it would be recorded as.
            let plain = try Self.run(["ingest", "--db", "ben.sqlite", "--dry-run", "ana-corrected.csv"], in: dir)
            #expect(plain.stderr.contains("value: figure npl-2022-f is recorded as its source's revision of 300 (batch 2, shared.csv) to 310"),
                "\(plain.stderr)")
            let rest = try Self.run(["ingest", "--db", "ben.sqlite", "ana-rest.csv"], in: dir)
            #expect(rest.stdout == "ana-rest.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 3)\n", "\(rest.stdout)")
            let fixed = try Self.run(["ingest", "--db", "ben.sqlite", "--correction", "ana-corrected.csv"], in: dir)
            #expect(fixed.stdout == "ana-corrected.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 4)\n", "\(fixed.stdout)")
            #expect(!fixed.stderr.contains("revision"), "\(fixed.stderr)")
            let brief = try Self.brief("ben", in: dir)
            #expect(brief.contains("| 310 |"), "\(brief)")
            #expect(!brief.contains("revised from 300"), "\(brief)")
        }
    }

    @Test("retractions travel: tipdb retract --from reads tipdb sql's export of figure_retractions, each figure with its own reason; a key not held is skipped with a note")
    func retractionsTravel() throws {
        try withTemporaryDirectory { dir in
            try Self.twoDatabases(in: dir)
            _ = try Self.run(["retract", "--db", "ben.sqlite", "npl-2022-f", "--reason", "typed from the wrong table, Ben's check"], in: dir)
            let listed = try Self.run(
                ["sql", "--db", "ben.sqlite", "--format", "csv", "SELECT figure, reason FROM figure_retractions ORDER BY id"], in: dir)
            try IngestPartWarningTests.write(listed.stdout + "gone-elsewhere,\"never here, \"\"quoted\"\"\"\r\n", "ben-retractions.csv", in: dir)
            let out = try Self.run(["retract", "--db", "ana.sqlite", "--from", "ben-retractions.csv"], in: dir)
            #expect(out.stdout.contains("retracted npl-2022-f (written by batch 2)\n"), "\(out.stdout)")
            #expect(out.stderr.contains(
                "note: ben-retractions.csv:3:1: figure \"gone-elsewhere\" is not in this database; skipped (nothing to withdraw)\n"), "\(out.stderr)")
            let reasons = try Self.run(["sql", "--db", "ana.sqlite", "--format", "csv", "SELECT figure, reason FROM figure_retractions"], in: dir)
            #expect(reasons.stdout.contains("npl-2022-f,\"typed from the wrong table, Ben's check\""), "\(reasons.stdout)")
            // Loaded again, Ben's export of what he still holds brings nothing back.
            try Self.exportFigures(of: "ben", to: "ben-export.csv", in: dir)
            let load = try Self.run(["ingest", "--db", "ana.sqlite", "ben-export.csv"], in: dir)
            #expect(load.stdout == "ben-export.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 4)\n", "\(load.stdout)")
        }
    }
}
