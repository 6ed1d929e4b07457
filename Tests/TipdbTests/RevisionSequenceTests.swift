import Foundation
import Testing

/// Revisions and corrections in sequence: a correction counts with the revision it fixed, so a
/// brief never prints "41 (revised from 41)", `report lineage` says what happened in the fewest
/// words, and `figure_citations` (m0025) counts the source's revisions apart from corrections.
@Suite("revisions and corrections in sequence: briefs, lineage and figure_citations (built binary)")
struct RevisionSequenceTests {
    static let sources = """
        key,kind,title,publisher,date,url,accessed
        unodc-2021,report,Global Report on Trafficking in Persons 2020,UNODC,2021-02,https://www.unodc.org/glotip,2026-11-29

        """
    static let header = "key,measure,value,unit,place,period,source,method,quote\n"
    private static func row(_ key: String, _ value: String, _ place: String, quote: String = "") -> String {
        "\(key),detected-trafficking-victims,\(value),persons,\(place),2019,unodc-2021,detected,\(quote)\n"
    }
    /// Batch 2: every figure as first typed.
    static let first = header + row("at-2019", "41", "AUT") + row("de-2019", "100", "DEU") + row("fr-2019", "41", "FRA")
        + row("it-2019", "41", "ITA") + row("es-2019", "41", "ESP", quote: "Spain detected 41 victims")
    /// Batch 3, the source's next release: Austria typed 40 where it says 41 again, Germany typed
    /// 120 where it says 121, Spain's number unchanged with a new quote.
    static let release = header + row("at-2019", "40", "AUT") + row("de-2019", "120", "DEU")
        + row("es-2019", "41", "ESP", quote: "Spain detected 41 victims in 2019")
    /// Batch 4, `--correction`: the slips of batch 3 fixed, and France and Italy, typed 41 in
    /// batch 2, corrected to the 14 their source gave.
    static let fixes = header + row("at-2019", "41", "AUT") + row("de-2019", "121", "DEU") + row("fr-2019", "14", "FRA")
        + row("it-2019", "14", "ITA")
    /// Batch 5, a later release: France revised from 14 to 20.
    static let laterRelease = header + row("fr-2019", "20", "FRA")

    /// Batches: 1 sources.csv, 2 first.csv, 3 release.csv, 4 fixes.csv (--correction), 5 later.csv.
    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let files = [("sources.csv", Self.sources), ("first.csv", Self.first), ("release.csv", Self.release),
                     ("fixes.csv", Self.fixes), ("later.csv", Self.laterRelease)]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        for arguments in [["sources.csv", "first.csv"], ["release.csv"], ["--correction", "fixes.csv"], ["later.csv"]] {
            let out = try Tipdb.run(["ingest", "--quiet"] + arguments, in: dir)
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    private static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    @Test("figure_citations: revisions and previous_value are the source's, corrections counted apart")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let out = try Tipdb.run(["sql", "--format", "csv",
                "SELECT figure, value, revisions, previous_value, corrections FROM figure_citations ORDER BY figure"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(Self.lines(out.stdout) == [
                "figure,value,revisions,previous_value,corrections",
                // Revised 41 -> 40 by a slip, corrected back: the source kept its number.
                "at-2019,41.0,0,,1",
                // Revised 100 -> 120, the slip corrected to 121: one revision from 100, one correction.
                "de-2019,121.0,1,100.0,1",
                "es-2019,41.0,0,,0",
                // Corrected 41 -> 14, then revised to 20.
                "fr-2019,20.0,1,14.0,1",
                "it-2019,14.0,0,,1",
            ], "\(out.stdout)")
            let columns = try Tipdb.run(["sql", "--format", "csv", "SELECT name FROM pragma_table_info('figure_citations')"], in: dir)
            // m0025's corrections, then m0032's bounds of the number before the latest revision, then m0034's period_basis, m0046's previous_unit,
            // m0056's previous_source, m0061's price_year.
            #expect(Self.lines(columns.stdout).suffix(10) == ["source_label", "corrections", "previous_censored", "previous_low", "previous_high", "previous_ci_level", "period_basis",
                                                              "previous_unit", "previous_source", "price_year"], "\(columns.stdout)")
        }
    }

    @Test("the brief never prints a number revised from itself, and prints the source's revisions, in Markdown, JSON, HTML and CSV")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            for (place, number) in [("Austria", "41"), ("Spain", "41"), ("Italy", "14")] {
                #expect(md.stdout.contains("| Detected victims of trafficking | \(place) | \(number) |  | 2019 | UNODC 2021 [1] |"), "\(place): \(md.stdout)")
            }
            #expect(md.stdout.contains("| Detected victims of trafficking | Germany | 121 (revised from 100) |  | 2019 | UNODC 2021 [1] |"), "\(md.stdout)")
            #expect(md.stdout.contains("| Detected victims of trafficking | France | 20 (revised from 14) |  | 2019 | UNODC 2021 [1] |"), "\(md.stdout)")
            #expect(!md.stdout.contains("revised from 41") && !md.stdout.contains("revised from 40"), "\(md.stdout)")
            #expect(!md.stdout.contains("revised from 120"), "a corrected slip is no revision: \(md.stdout)")
            let germany = try #require(Self.lines(md.stdout).first { $0.hasPrefix("| 121 |") }, "\(md.stdout)")
            #expect(germany.contains("; revised from 100 (batch 2; replaced "), "\(germany)")
            #expect(germany.contains(" by batch 3)") && !germany.contains("batch 4"), "\(germany)")

            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let entries = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            func entry(_ key: String) throws -> [String: Any] { try #require(entries.first { $0["key"] as? String == key }, "\(key)") }
            for key in ["at-2019", "es-2019", "it-2019"] {
                let figure = try entry(key)
                #expect(figure["revised"] == nil && figure["revisedFrom"] == nil, "\(figure)")
            }
            #expect(try entry("de-2019")["revisedFrom"] as? String == "revised from 100")
            #expect((try entry("de-2019")["revised"] as? String)?.hasPrefix("revised from 100 (batch 2; replaced ") == true)
            #expect(try entry("fr-2019")["revisedFrom"] as? String == "revised from 14")
            #expect((try entry("fr-2019")["revised"] as? String)?.hasPrefix("revised from 14 (batch 4; replaced ") == true)

            // HTML and CSV word the same facts.
            for format in ["html", "csv"] {
                let out = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", format], in: dir)
                #expect(out.status == 0, "\(out.stderr)")
                #expect(out.stdout.contains("revised from 100") && out.stdout.contains("revised from 14"), "\(format): \(out.stdout)")
                for slip in ["41", "40", "120"] { #expect(!out.stdout.contains("revised from \(slip)"), "\(format): \(out.stdout)") }
            }
        }
    }

    @Test("report lineage says each sequence in the fewest words, never revised from the number it shows")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            /// The line of `key`'s lineage that names its earlier numbers, with its dates cut out.
            func changes(_ key: String) throws -> String? {
                let out = try Tipdb.run(["report", "lineage", key], in: dir)
                #expect(out.status == 0, "\(out.stderr)")
                guard let line = out.stdout.split(separator: "\n").first(where: { $0.contains(" from ") }) else { return nil }
                return String(line.replacing(/\ 20\d\d-\d\d-\d\d\ /, with: " D "))
            }
            #expect(try changes("at-2019") == "  corrected from 40 (batch 3: release.csv; tipdb's copy corrected D by batch 4)")
            #expect(try changes("de-2019") == "  corrected from 120 (batch 3: release.csv; tipdb's copy corrected D by batch 4), and before that revised from 100 (batch 2: first.csv; replaced D by batch 3)")
            #expect(try changes("fr-2019") == "  revised from 14 (batch 4: fixes.csv; replaced D by batch 5), and before that corrected from 41 (batch 2: first.csv; tipdb's copy corrected D by batch 4)")
            #expect(try changes("it-2019") == "  corrected from 41 (batch 2: first.csv; tipdb's copy corrected D by batch 4)")
            #expect(try changes("es-2019") == nil)
        }
    }
}
