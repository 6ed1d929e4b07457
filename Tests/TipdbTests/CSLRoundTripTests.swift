import Foundation
import Storage
import Testing

/// `tipdb report sources --format csl-json` read back by `tipdb ingest`, with the built binary:
/// the export promises to load back into the same sources, `x_` columns included.
@Suite("tipdb report sources --format csl-json, loaded back (built binary)")
struct CSLRoundTripTests {
    @Test("a source's x_ columns go through CSV → CSL-JSON export → ingest → export exactly: unchanged, extra intact, the same bytes")
    func extraColumnsRoundTrip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            // x_9 and x_10: x_ columns are stored in byte order of their names, from CSV as from JSON.
            try Data("""
                key,kind,title,authors,publisher,date,url,doi,accessed,license,notes,x_shelf,x_10,x_9,x_q
                b1,report,Title B,"Smith, J.",ILO,2016,https://b.org,,2020-01-02,CC BY 4.0,my note,A3,ten,nine,"say ""é"" / \\"

                """.utf8).write(to: dir.appendingPathComponent("sc1.csv"))
            #expect(try Tipdb.run(["ingest", "sc1.csv"], in: dir).status == 0)
            let extra = try Self.extra(of: "b1", in: dir)
            #expect(extra == #"{"x_10":"ten","x_9":"nine","x_q":"say \"é\" / \\","x_shelf":"A3"}"#)

            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "exp.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("exp.json"), encoding: .utf8)
            #expect(exported.contains(#"    "x_shelf": "A3""#), "\(exported)")
            let load = try Tipdb.run(["ingest", "exp.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("exp.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(load.stdout)")
            #expect(try Self.extra(of: "b1", in: dir) == extra)
            let again = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(again.stdout == exported)

            // Into a fresh database, the export gives the same x_ values (in name order).
            let fresh = dir.appendingPathComponent("fresh")
            try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: dir.appendingPathComponent("exp.json"), to: fresh.appendingPathComponent("exp.json"))
            #expect(try Tipdb.run(["init"], in: fresh).status == 0)
            #expect(try Tipdb.run(["ingest", "exp.json"], in: fresh).status == 0)
            #expect(try Self.extra(of: "b1", in: fresh) == #"{"x_10":"ten","x_9":"nine","x_q":"say \"é\" / \\","x_shelf":"A3"}"#)
            #expect(try Tipdb.run(["report", "sources", "--format", "csl-json"], in: fresh).stdout == exported)
        }
    }

    @Test("the export writes a source's current x_ values: a CSV update wins over the value a CSL item brought, and over a copy an older tipdb kept in csl")
    func currentExtraValues() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"[{"id": "c9", "type": "report", "title": "T", "publisher": "P", "x_shelf": "A3", "note": "n"}]"#.utf8)
                .write(to: dir.appendingPathComponent("item.json"))
            try Data("key,title,publisher,x_shelf\nc9,T,P,B4\n".utf8).write(to: dir.appendingPathComponent("fix.csv"))
            #expect(try Tipdb.run(["ingest", "item.json"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "fix.csv"], in: dir).status == 0)
            // What an older tipdb left: the CSL item's x_ member kept in csl.
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute(#"UPDATE sources SET csl = '{"x_shelf":"A3"}' WHERE key = 'c9'"#)
            db.close()

            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "exp.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("exp.json"), encoding: .utf8)
            #expect(exported.contains(#""x_shelf": "B4""#), "\(exported)")
            #expect(!exported.contains("A3"), "\(exported)")
            let load = try Tipdb.run(["ingest", "exp.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(try Self.extra(of: "c9", in: dir) == #"{"x_shelf":"B4"}"#)
            #expect(try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir).stdout == exported)
            let reload = try Tipdb.run(["ingest", "exp.json"], in: dir)
            #expect(reload.stdout.contains("exp.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(reload.stdout)")
        }
    }

    @Test("a law of 1685 loads from CSL-JSON, is printed in the bibliography with its year and exports as it came")
    func oldDate() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let item = #"[{"id": "code-noir", "type": "legislation", "title": "Code Noir", "publisher": "Louis XIV", "issued": {"date-parts": [[1685, 3]]}}]"#
            try Data(item.utf8).write(to: dir.appendingPathComponent("law.json"))
            let load = try Tipdb.run(["ingest", "law.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let markdown = try Tipdb.run(["report", "sources"], in: dir)
            #expect(markdown.stdout == "# Sources\n\n- Louis XIV (1685). Code Noir \\[Legal instrument\\]. March 1685. (key: code-noir)\n")
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
            #expect(((items.first?["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[1685, 3]])
        }
    }

    /// The stored `extra` of source `key`.
    private static func extra(of key: String, in dir: URL) throws -> String? {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
        defer { db.close() }
        return try db.source(key: key)?.extra
    }
}
