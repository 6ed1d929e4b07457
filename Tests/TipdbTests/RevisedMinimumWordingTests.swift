import Foundation
import Testing

/// A repeat of a minimum estimate since revised: both numbers are written with their bound.
/// After ILO 2005's "at least 2.45 million" was revised to at least 2.7 million, the lineage said
/// "at least 2.45 million, since revised to 2.7 million" in one sentence and "since revised to at
/// least 2.7 million" in the next (review of session 45's merge).
@Suite("a repeat of a minimum since revised names both numbers with their bounds (built binary)")
struct RevisedMinimumWordingTests {
    @Test("report lineage: the flag and the sentence both write 'at least 2.45 million, since revised to at least 2.7 million'")
    func bothBounded() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let fixtures = try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/figures.csv"), encoding: .utf8)
            let lines = fixtures.split(whereSeparator: \.isNewline).map(String.init)
            let header = try #require(lines.first)
            let row = try #require(lines.first { $0.hasPrefix("ilo-2005-trafficked-wld,") })
            #expect(row.contains("\"2,450,000\",\"2,450,000\""))
            let revised = row.replacingOccurrences(of: "\"2,450,000\",\"2,450,000\"", with: "\"2,700,000\",\"2,700,000\"")
            try Data((header + "\n" + revised + "\n").utf8).write(to: dir.appendingPathComponent("revised.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "revised.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let lineage = try Tipdb.run(["report", "lineage", "unodc-2012-trafficked-wld"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("its number is an earlier one of ILO 2005: at least 2.45 million, since revised to at least 2.7 million."),
                    "\(lineage.stdout)")
            #expect(lineage.stdout.contains("repeats ILO 2005 [2] (at least 2.45 million, since revised to at least 2.7 million)"), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("since revised to 2.7 million"), "\(lineage.stdout)")
        }
    }
}
