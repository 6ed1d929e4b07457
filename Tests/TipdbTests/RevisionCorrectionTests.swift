import Foundation
import Testing

/// `tipdb ingest --correction` (review W15): the analyst's fix of a typing slip keeps the old
/// number in `figure_revisions`, as kind `correction`, which `report lineage` shows and briefs
/// do not print as "revised from"; a new number from the source still is. Whatever the kind, a
/// brief's tables name batches by number, not by the analyst's file names.
@Suite("ingest --correction: corrections are kept, shown by lineage, not printed in briefs (built binary)")
struct RevisionCorrectionTests {
    static let sources = """
        key,kind,title,publisher,date,url,accessed
        unodc-2021,report,Global Report on Trafficking in Persons 2020,UNODC,2021-02,https://www.unodc.org/glotip,2026-11-29

        """
    static let figures = """
        key,measure,value,unit,place,period,source,method
        de-2018,detected-trafficking-victims,"4,567",persons,DEU,2018,unodc-2021,detected
        at-2019,detected-trafficking-victims,41,persons,AUT,2019,unodc-2021,detected

        """
    /// The analyst typed 4,567 for Germany; the report says 4,568.
    static let typoFix = """
        key,measure,value,unit,place,period,source,method
        de-2018,detected-trafficking-victims,"4,568",persons,DEU,2018,unodc-2021,detected

        """
    /// The source's next edition revises Austria from 41 to 45.
    static let release = """
        key,measure,value,unit,place,period,source,method
        at-2019,detected-trafficking-victims,45,persons,AUT,2019,unodc-2021,detected

        """

    /// The lines of CSV output (RFC 4180 ends them with CRLF).
    private static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    /// Batches: 1 sources.csv, 2 figures.csv, 3 figures-fixed.csv (--correction), 4 figures-v2.csv.
    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let files = [("sources.csv", Self.sources), ("figures.csv", Self.figures), ("figures-fixed.csv", Self.typoFix),
                     ("figures-v2.csv", Self.release)]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        for arguments in [["sources.csv", "figures.csv"], ["--correction", "--note", "fix typos", "figures-fixed.csv"], ["figures-v2.csv"]] {
            let out = try Tipdb.run(["ingest", "--quiet"] + arguments, in: dir)
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    @Test("the typo fix updates the figure and is kept as a correction; the new release as a revision")
    func stored() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let values = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value FROM figures ORDER BY key"], in: dir)
            #expect(Self.lines(values.stdout) == ["key,value", "at-2019,45.0", "de-2018,4568.0"], "\(values.stdout)")
            let kinds = try Tipdb.run(["sql", "--format", "csv", """
                SELECT r.figure, r.kind, r.previous ->> '$.value' AS before, r.batch_id, b.options ->> '$.correction' AS flag
                FROM figure_revisions r JOIN ingest_batches b ON b.id = r.batch_id ORDER BY r.id
                """], in: dir)
            #expect(Self.lines(kinds.stdout) == ["figure,kind,before,batch_id,flag", "de-2018,correction,4567,3,1", "at-2019,revision,41,4,"], "\(kinds.stdout)")
        }
    }

    @Test("report lineage shows the correction and the revision, each with the file that had loaded the old number")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let corrected = try Tipdb.run(["report", "lineage", "de-2018"], in: dir)
            #expect(corrected.status == 0, "\(corrected.stderr)")
            let line = try #require(corrected.stdout.split(separator: "\n").first { $0.contains("from 4,567") }, "\(corrected.stdout)")
            #expect(line.hasPrefix("  corrected from 4,567 (batch 2: figures.csv; tipdb's copy corrected 20"), "\(line)")
            #expect(line.hasSuffix(" by batch 3)"), "\(line)")
            let revised = try Tipdb.run(["report", "lineage", "at-2019"], in: dir)
            let revisedLine = try #require(revised.stdout.split(separator: "\n").first { $0.contains("from 41") }, "\(revised.stdout)")
            #expect(revisedLine.hasPrefix("  revised from 41 (batch 2: figures.csv; replaced 20"), "\(revisedLine)")
            #expect(revisedLine.hasSuffix(" by batch 4)"), "\(revisedLine)")
        }
    }

    @Test("the brief prints the release's revision, not the correction, and no file name, in every format")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            func brief(_ format: String) throws -> String {
                let out = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", format], in: dir)
                #expect(out.status == 0, "\(out.stderr)")
                return out.stdout
            }
            let md = try brief("md")
            #expect(md.contains("| Detected victims of trafficking | Germany | 4,568 |  | 2018 | UNODC 2021 [1] |\n"), "\(md)")
            #expect(md.contains("| Detected victims of trafficking | Austria | 45 (revised from 41) |  | 2019 | UNODC 2021 [1] |\n"), "\(md)")
            #expect(!md.contains("4,567"), "the correction is not printed: \(md)")
            let austriaRow = try #require(md.split(separator: "\n").first { $0.hasPrefix("| 45 |") }, "\(md)")
            #expect(austriaRow.contains("; revised from 41 (batch 2; replaced "), "\(austriaRow)")
            #expect(austriaRow.contains(" by batch 4)"), "\(austriaRow)")
            // File names are in the provenance section only.
            let tables = try #require(md.components(separatedBy: "## Provenance").first)
            #expect(!tables.contains(".csv"), "\(tables)")

            let html = try brief("html")
            #expect(!html.contains("4,567"), "\(html)")
            #expect(html.contains("<strong>45</strong> (revised from 41)</td>"), "\(html)")

            let json = try JSONSerialization.jsonObject(with: Data(try brief("json").utf8)) as? [String: Any]
            let entries = (json?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let germany = try #require(entries.first { $0["key"] as? String == "de-2018" })
            #expect(germany["revised"] == nil && germany["revisedFrom"] == nil, "\(germany)")
            let austria = try #require(entries.first { $0["key"] as? String == "at-2019" })
            #expect(austria["revisedFrom"] as? String == "revised from 41", "\(austria)")
            #expect((austria["revised"] as? String)?.hasPrefix("revised from 41 (batch 2; replaced ") == true, "\(austria)")

            let csv = try brief("csv")
            let germanyRow = try #require(Self.lines(csv).first { $0.hasPrefix("de-2018,") }, "\(csv)")
            #expect(!germanyRow.contains("revised") && !germanyRow.contains("4567"), "\(germanyRow)")
            #expect(csv.contains("revised from 41 (batch 2; replaced "), "\(csv)")
            #expect(!csv.contains("figures.csv"), "\(csv)")

            try Data("# {{#keyFigures}}{{figure.text}}{{#figure.revisedFrom}} ({{.}}){{/figure.revisedFrom}};{{/keyFigures}}\n".utf8)
                .write(to: dir.appendingPathComponent("t.mustache"))
            let template = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--template", "t.mustache"], in: dir)
            #expect(template.stdout == "# 45 (revised from 41);4,568;\n", "\(template.stdout) \(template.stderr)")
        }
    }

    @Test("--correction with a bulk export is a usage error, and nothing is loaded")
    func bulkRefused() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(GLOTIPFiles.export(date: "14/04/2025").utf8).write(to: dir.appendingPathComponent("glotip.csv"))
            let out = try Tipdb.run(["ingest", "--correction", "glotip.csv"], in: dir)
            #expect(out.status == 64, "\(out.stdout) \(out.stderr)")
            #expect(out.stderr.contains("--correction marks the command's changes as fixes of figures typed into tipdb, but glotip.csv is a glotip export, whose changes are its publisher's releases (briefs say \"revised from\"); load it in a command without --correction"), "\(out.stderr)")
            #expect(Self.lines(try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir).stdout) == ["n", "0"])
        }
    }
}
