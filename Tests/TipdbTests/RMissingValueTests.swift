import Foundation
import Testing

/// R's `NA` alone in a text cell (a figure's locator, a study's population, a source's publisher):
/// it was stored as the text "NA", and a brief printed it as a locator (session 43). Now refused at
/// the cell in every format, as a place's and a number's `NA` already were.
@Suite("ingest: R's NA alone in a text cell is refused at the cell, in CSV, TSV, JSON and NDJSON (built binary)")
struct RMissingValueTests {
    static let refusal = "\"NA\" is the mark R writes for a missing value; expected an empty cell where there is none, "
        + "else the value (R's write.csv(..., na = \"\") writes empty cells instead of NA)"

    /// A database with source src1.
    private func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("key,title,publisher,date\nsrc1,Test report,Test NGO,2021\n", "s.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "s.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func count(_ table: String, in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM \(table)"], in: dir).stdout
    }

    @Test("a figures CSV row, as R's write.csv writes it: each NA text cell named, nothing stored; NA within a text is text")
    func figuresCSV() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write(
                "\"key\",\"measure\",\"value\",\"place\",\"period\",\"source\",\"locator\",\"quote\",\"notes\",\"form\"\n"
                    + "\"f1\",\"forced-labour\",5,\"NGA\",\"2019\",\"src1\",NA,NA,\"a note\",NA\n", "f.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "f.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.hasPrefix(
                "f.csv:2:44: locator: \(Self.refusal)\nf.csv:2:47: quote: \(Self.refusal)\nf.csv:2:59: form: \(Self.refusal)\n"
                    + "tipdb: 3 problems found"), "\(load.stderr)")
            #expect(try count("figures", in: dir) == "n\r\n0\r\n")
            // NA inside a longer text, in lower case, or in an x_ column is kept as written.
            try IngestPartWarningTests.write(
                "key,measure,value,place,period,source,locator,notes,x_flag\nf1,forced-labour,5,NGA,2019,src1,NA table 3,na,NA\n", "g.csv", in: dir)
            let kept = try Tipdb.run(["ingest", "--quiet", "g.csv"], in: dir)
            #expect(kept.status == 0, "\(kept.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT locator, notes, extra FROM figures"], in: dir)
            #expect(stored.stdout == "locator,notes,extra\r\nNA table 3,na,\"{\"\"x_flag\"\":\"\"NA\"\"}\"\r\n", "\(stored.stdout)")
        }
    }

    @Test("a required text cell written NA gets this error alone, not also 'no title given'; studies and sources alike")
    func sourcesAndStudies() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("key,title,publisher,date\nsrc2,NA,NA,2021\n", "s2.csv", in: dir)
            let source = try Tipdb.run(["ingest", "--quiet", "s2.csv"], in: dir)
            #expect(source.status == 1)
            #expect(source.stderr.hasPrefix("s2.csv:2:6: title: \(Self.refusal)\ns2.csv:2:9: publisher: \(Self.refusal)\ntipdb: 2 problems found"),
                    "\(source.stderr)")
            try IngestPartWarningTests.write("key\ttitle\tsource\tpopulation\tsummary\nst1\tSurvey\tsrc1\tNA\t NA \n", "st.tsv", in: dir)
            let study = try Tipdb.run(["ingest", "--quiet", "st.tsv"], in: dir)
            #expect(study.status == 1)
            #expect(study.stderr.hasPrefix("st.tsv:2:17: population: \(Self.refusal)\nst.tsv:2:20: summary: \(Self.refusal)\ntipdb: 2 problems found"),
                    "\(study.stderr)")
            #expect(try count("studies", in: dir) == "n\r\n0\r\n")
        }
    }

    @Test("a JSON or NDJSON string \"NA\" is the same cell, at its value; a null is no value and loads")
    func json() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("""
                [{"key": "f1", "measure": "forced-labour", "value": 5, "place": "NGA", "period": "2019", "source": "src1", "locator": "NA"}]

                """, "f.json", in: dir)
            let array = try Tipdb.run(["ingest", "--quiet", "f.json"], in: dir)
            #expect(array.status == 1)
            #expect(array.stderr.hasPrefix("f.json:1:119: locator: \(Self.refusal)\ntipdb: 1 problem found"), "\(array.stderr)")
            try IngestPartWarningTests.write("""
                {"key": "f2", "measure": "forced-labour", "value": 5, "place": "NGA", "period": "2019", "source": "src1", "notes": "NA"}

                """, "f.ndjson", in: dir)
            let lines = try Tipdb.run(["ingest", "--quiet", "f.ndjson"], in: dir)
            #expect(lines.status == 1)
            #expect(lines.stderr.hasPrefix("f.ndjson:1:116: notes: \(Self.refusal)\ntipdb: 1 problem found"), "\(lines.stderr)")
            try IngestPartWarningTests.write("""
                {"key": "f3", "measure": "forced-labour", "value": 5, "place": "NGA", "period": "2019", "source": "src1", "notes": null}

                """, "null.ndjson", in: dir)
            let null = try Tipdb.run(["ingest", "--quiet", "null.ndjson"], in: dir)
            #expect(null.status == 0, "\(null.stderr)")
        }
    }
}
