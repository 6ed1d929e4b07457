import Foundation
@testable import Ingest
import Storage
import Testing

/// `ingest_batches.rows_retracted` (m0033): every batch counts its rows about a retracted figure,
/// so that its counts add up to `rows_read`: the figures a retract batch withdrew, the rows a load
/// or a derivation skipped because `tipdb retract` had withdrawn their key.
@Suite("ingest_batches.rows_retracted: retract, load and derive batches")
struct RetractedBatchCountTests {
    /// The counts of batch `id`, in column order: read, inserted, updated, unchanged, rejected, retracted.
    private func counts(_ db: Database, batch id: Int64) throws -> [Int64?] {
        let row = try #require(try db.rows(
            "SELECT rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected, rows_retracted FROM ingest_batches WHERE id = ?", [id]).first)
        return ["rows_read", "rows_inserted", "rows_updated", "rows_unchanged", "rows_rejected", "rows_retracted"].map { row.int($0) }
    }

    @Test("a retract batch counts the figures it withdrew; the next load of their file counts the row it skipped")
    func retractAndLoad() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        let figures = try h.write("figures.csv", IngestHarness.figures)
        #expect(try h.ingest([sources, figures]).errors.isEmpty)

        let report = try FigureRetraction(db: h.db, keys: ["francis-2013-trafficked"], reason: "a blog post").run(dryRun: false)
        let retractBatch = try #require(report.batch)
        #expect(try counts(h.db, batch: retractBatch) == [1, 0, 0, 0, 0, 1])

        let again = try h.ingest([figures])
        let file = try #require(again.files.first)
        #expect(file.retracted == 1 && file.unchanged == 2)
        #expect(try counts(h.db, batch: try #require(file.batch)) == [3, 0, 0, 2, 0, 1])
        // The batches before: nothing retracted.
        #expect(try h.db.integer("SELECT sum(rows_retracted) FROM ingest_batches WHERE id < ?", [retractBatch]) == 0)
    }

    @Test("a derivation that skips a retracted key counts it as read and as retracted")
    func derivation() throws {
        let h = try IngestHarness()
        let header = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,isSexualExploit,isOtherExploit,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs"
        let rows = String(repeating: "2019,Woman,,MEX,USA,,1,,,,,,,,,,\n", count: 12) + String(repeating: "2019,Woman,,MEX,PHL,,1,,,,,,,,,,\n", count: 12)
        let load = try h.ingest([try h.write("cases.csv", header + "\n" + rows)], IngestOptions(format: .ctdc, dataset: "cases"))
        #expect(load.errors.isEmpty, "\(load.errors)")
        let options = DeriveOptions(dataset: "cases", dimensions: [.country], minCell: 11)
        let first = try CaseDerivation(db: h.db, options: options).run()
        #expect(first.inserted == 3, "\(first.summary)")

        // Withdrawn as tipdb retract would withdraw it, past retract's own refusal of a derived figure.
        let retracted = try h.db.transaction(.immediate) {
            let batch = try h.db.insertBatch(IngestBatch(file: "retract cases-v1/count/country:PHL", sha256: "", size: 0, format: "retract",
                                                        kind: "figures", startedAt: "2026-12-03T00:00:00Z"))
            return try h.db.retractFigure(key: "cases-v1/count/country:PHL", batch: batch, reason: "test", at: "2026-12-03T00:00:00Z")
        }
        #expect(retracted)
        let second = try CaseDerivation(db: h.db, options: options).run()
        #expect(second.retracted == 1 && second.unchanged == 2, "\(second.summary)")
        #expect(try counts(h.db, batch: try #require(second.batch)) == [3, 0, 0, 2, 0, 1])
    }
}
