import Foundation
import Storage
import Testing

/// A number printed with zeros after its point ("2.50 million": precision to ten thousand) is
/// quoted so by every output (brief in Markdown, JSON and CSV, lineage, search), kept in
/// `figures.value_last_digit`; loading it again is unchanged, and loading it as "2.5 million" is a
/// change of that field, never called a change of the number.
@Suite("printed digits: 2.50 million stays 2.50 million (built binary)")
struct PrintedDigitsCommandTests {
    static let sources = """
        key,title,publisher,date,url
        rep,Report,Org,2019,https://example.org

        """

    static let figures = """
        key,measure,value,low,unit,place,period,source,locator
        a,forced-labour,2.50 million,,persons,NPL,2018,rep,p. 4
        b,detected-trafficking-victims,12.0%,,percent,NPL,2018,rep,p. 5
        c,forced-labour,"2,450,000",,persons,IND,2018,rep,p. 6
        d,forced-labour,1.20e6,1.20e6,persons,BGD,2018,rep,p. 7
        e,forced-labour,30000.0,,persons,PAK,2018,rep,p. 8

        """

    static func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        let ingest = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test("stored: the power of ten of the last printed zero after the point; none for whole numbers and a program's 30000.0")
    func stored() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, value_last_digit FROM figures ORDER BY key"], in: dir)
            #expect(rows.status == 0, "\(rows.stderr)")
            #expect(rows.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                key,value,value_last_digit
                a,2500000.0,4
                b,12.0,-1
                c,2450000.0,
                d,1200000.0,4
                e,30000.0,

                """, "\(rows.stdout)")
        }
    }

    @Test("brief (Markdown, JSON, CSV), lineage and search quote the number as published")
    func outputs() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("| 2.50 million |"), "\(md.stdout)")
            #expect(md.stdout.contains("| 12.0% |"), "\(md.stdout)")
            #expect(md.stdout.contains("| 2.45 million |"), "\(md.stdout)")
            // A minimum's bound is its value: printed with the same digits, as the figure's number.
            #expect(md.stdout.contains("| at least 1.20 million |  |"), "\(md.stdout)")
            #expect(md.stdout.contains("| 30,000 |"), "\(md.stdout)")
            #expect(!md.stdout.contains("2.5 million") && !md.stdout.contains("1.2 million") && !md.stdout.contains("12%"), "\(md.stdout)")

            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let entries = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let texts = Dictionary(uniqueKeysWithValues: entries.compactMap { e in (e["key"] as? String).map { ($0, e["text"] as? String ?? "") } })
            #expect(texts == ["a": "2.50 million", "b": "12.0%", "c": "2.45 million", "d": "at least 1.20 million", "e": "30,000"], "\(texts)")
            #expect(entries.first { $0["key"] as? String == "a" }?["value"] as? Double == 2_500_000)

            let csv = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains(",2.50 million,"), "\(csv.stdout)")

            let lineage = try Tipdb.run(["report", "lineage", "a"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("2.50 million"), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("2.5 million"), "\(lineage.stdout)")

            let search = try Tipdb.run(["search", "Nepal"], in: dir)
            #expect(search.stdout.contains(", 2018: 2.50 million — "), "\(search.stdout)")
            #expect(search.stdout.contains(", 2018: 12.0% — "), "\(search.stdout)")
        }
    }

    @Test("the same file again is unchanged; 2.5 million over 2.50 million is an update of value_last_digit, not of the number")
    func reingest() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let again = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("figures.csv: 5 read, 0 inserted, 0 updated, 5 unchanged, 0 rejected"), "\(again.stdout)")

            try IngestPartWarningTests.write(Self.figures.replacingOccurrences(of: "2.50 million", with: "2.5 million"), "shorter.csv", in: dir)
            let shorter = try Tipdb.run(["ingest", "shorter.csv"], in: dir)
            #expect(shorter.status == 0, "\(shorter.stderr)")
            #expect(shorter.stdout.contains("shorter.csv: 5 read, 0 inserted, 1 updated, 4 unchanged, 0 rejected"), "\(shorter.stdout)")

            let changes = try Tipdb.run(["sql", "--format", "csv", """
                SELECT figure, change, field, old_value, new_value FROM figure_changes
                WHERE batch_id = (SELECT max(id) FROM ingest_batches) ORDER BY figure, field
                """], in: dir)
            #expect(changes.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,change,field,old_value,new_value
                a,updated,value_last_digit,4,

                """, "\(changes.stdout)")
            let citations = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions FROM figure_citations WHERE figure = 'a'"], in: dir)
            #expect(citations.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "revisions\n0\n", "\(citations.stdout)")

            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.stdout.contains("| 2.5 million |"), "\(md.stdout)")
            #expect(!md.stdout.contains("revised from"), "\(md.stdout)")
        }
    }

    @Test("figures stored before m0050 (no digits) print as before; the first load of their file records the digits, the next is unchanged")
    func storedBefore() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            // What `tipdb migrate` leaves of figures loaded before m0050: no printed digits.
            let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
            try db.execute("UPDATE figures SET value_last_digit = NULL, low_last_digit = NULL, high_last_digit = NULL")
            db.close()
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.stdout.contains("| 2.5 million |") && md.stdout.contains("| 12% |") && md.stdout.contains("| at least 1.2 million |"),
                    "\(md.stdout)")

            let first = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(first.stdout.contains("figures.csv: 5 read, 0 inserted, 3 updated, 2 unchanged, 0 rejected"), "\(first.stdout)")
            let second = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(second.stdout.contains("figures.csv: 5 read, 0 inserted, 0 updated, 5 unchanged, 0 rejected"), "\(second.stdout)")
            let after = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(after.stdout.contains("| 2.50 million |") && !after.stdout.contains("revised from"), "\(after.stdout)")
        }
    }
}
