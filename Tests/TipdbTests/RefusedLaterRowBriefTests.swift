import Foundation
import Testing

/// The next yearbook loaded over the same keys with `--on-error skip`, one of its cells refused:
/// the brief kept citing the previous edition's number for that figure without a word, where a
/// bulk export's refused row was named (a national statistics office's review, session 48, defect 5).
@Suite("briefs name a figure whose row a later figures file holds but tipdb refused (built binary)")
struct RefusedLaterRowBriefTests {
    static let sources = """
        key,kind,title,publisher,date
        nso-2025,report,Anuário Estatístico 2025,Ministério da Justiça,2025
        nso-2026,report,Anuário Estatístico 2026,Ministério da Justiça,2026

        """
    static let yearbook2025 = """
        key,measure,value,unit,place,period,age_group,source,method,locator
        bra-2022,detected-trafficking-victims,280,persons,BRA,2022,total,nso-2025,detected,Tabela 1
        bra-2022-c,detected-trafficking-victims,84,persons,BRA,2022,children,nso-2025,detected,Tabela 3
        bra-2022-a,detected-trafficking-victims,196,persons,BRA,2022,adults,nso-2025,detected,Tabela 3

        """
    /// The 2026 yearbook, whose children's cell is suppressed (`x`).
    static func yearbook2026(children: String) -> String {
        "key\tmeasure\tvalue\tunit\tplace\tperiod\tage_group\tsource\tmethod\tlocator\n"
            + "bra-2022\tdetected-trafficking-victims\t285\tpersons\tBRA\t2022\ttotal\tnso-2026\tdetected\tTabela 1\n"
            + "bra-2022-c\tdetected-trafficking-victims\t\(children)\tpersons\tBRA\t2022\tchildren\tnso-2026\tdetected\tTabela 3\n"
            + "bra-2022-a\tdetected-trafficking-victims\t201\tpersons\tBRA\t2022\tadults\tnso-2026\tdetected\tTabela 3\n"
    }

    static let note = "a later file, yb2026.tsv, gives it, but its row was refused at load (batch 3, in open_rejects): "
        + "the value is the one yb2025.csv loaded (batch 2)"

    /// Sources (batch 1), the 2025 yearbook (batch 2), the 2026 one under skip (batch 3).
    static func load(in dir: URL) throws {
        try IngestPartWarningTests.write(sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(yearbook2025, "yb2025.csv", in: dir)
        try IngestPartWarningTests.write(yearbook2026(children: "x"), "yb2026.tsv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "yb2025.csv"], in: dir).status == 0)
        let skip = try Tipdb.run(["ingest", "--on-error", "skip", "yb2026.tsv"], in: dir)
        #expect(skip.status == 1, "\(skip.stderr)")
    }

    @Test("Markdown, JSON, CSV, HTML and lineage say the value is the earlier file's; the load records the key in its options")
    func named() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let options = try Tipdb.run(["sql", "--format", "csv", "SELECT options ->> '$.refused' AS refused FROM ingest_batches WHERE id = 3"], in: dir)
            #expect(options.stdout == "refused\r\n\"[\"\"bra-2022-c\"\"]\"\r\n", "\(options.stdout)")

            let md = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            // Markdown escapes the view's underscore.
            let escaped = Self.note.replacingOccurrences(of: "open_rejects", with: "open\\_rejects")
            #expect(md.stdout.contains("| 84 |  | Brazil | 2022 | children | detected; \(escaped) | Ministério da Justiça 2025 ["), "\(md.stdout)")
            // Figures the later file loaded have no such note.
            #expect(md.stdout.components(separatedBy: "its row was refused").count == 2, "\(md.stdout)")

            let json = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let figures = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let release = Dictionary(figures.map { ($0["key"] as? String ?? "", $0["release"] as? String ?? "null") }, uniquingKeysWith: { a, _ in a })
            #expect(release == ["bra-2022": "null", "bra-2022-a": "null", "bra-2022-c": Self.note], "\(release)")

            let csv = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains(",\"\(Self.note)\","), "\(csv.stdout)")
            let html = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01", "--format", "html"], in: dir)
            #expect(html.stdout.contains(Self.note), "\(html.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "bra-2022-c"], in: dir)
            #expect(lineage.stdout.contains("; \(Self.note)"), "\(lineage.stdout)")
        }
    }

    @Test("once the row is corrected and the file loaded again, or the figure written by a later file, the note goes")
    func goneOnceFixed() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let before = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01", "--format", "csv"], in: dir)
            #expect(before.stdout.contains(Self.note), "\(before.stdout)")
            // Another file gives the figure after the refusal: its value is no longer the earlier one.
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,age_group,source,method,locator
                bra-2022-c,detected-trafficking-victims,86,persons,BRA,2022,children,nso-2026,detected,Tabela 3

                """, "fix.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "fix.csv"], in: dir).status == 0)
            let after = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01"], in: dir)
            #expect(!after.stdout.contains("its row was refused"), "\(after.stdout)")
        }
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let before = try Tipdb.run(["report", "lineage", "bra-2022-c"], in: dir)
            #expect(before.stdout.contains(Self.note), "\(before.stdout)")
            try IngestPartWarningTests.write(Self.yearbook2026(children: "86"), "yb2026.tsv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "yb2026.tsv"], in: dir).status == 0)
            let after = try Tipdb.run(["report", "brief", "--place", "BRA", "--date", "2026-12-01"], in: dir)
            #expect(!after.stdout.contains("its row was refused"), "\(after.stdout)")
            #expect(after.stdout.contains("| 86 |"), "\(after.stdout)")
        }
    }
}
