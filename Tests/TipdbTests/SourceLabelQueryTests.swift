import Foundation
import Testing

/// The label a brief cites a source by ("ILO 2005") is in SQL, the same text (review W12):
/// `figure_citations.source_label`, `figure_lineage.primary_source_label`, and the example query
/// `Fixtures/queries/figures-resting-on-a-source.sql`, which takes it.
@Suite("source labels in SQL: the brief's words (built binary)")
struct SourceLabelQueryTests {
    private static let query = repositoryRoot.appendingPathComponent("Fixtures/queries/figures-resting-on-a-source.sql").path

    /// `key: label` for every figure of the brief's JSON (each section's figures, once each).
    private func briefLabels(in dir: URL) throws -> [String: String] {
        let brief = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-11-30"], in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        var labels: [String: String] = [:]
        func visit(_ value: Any) {
            if let object = value as? [String: Any] {
                if let key = object["key"] as? String, let label = object["sourceLabel"] as? String, object["measure"] != nil {
                    labels[key] = label
                }
                object.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)))
        return labels
    }

    @Test("the example query and the README's one-liner, given ILO 2005, list the three figures resting on it in the Fixtures; its key finds the same")
    func figuresRestingOnILO2005() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let expected = """
                figure,source_label,value,reference_period,hops,status,chain,primary_figure,primary_source_label
                unodc-2012-trafficked-wld,UNODC 2012,2400000.0,1995-2004,1,repeats,unodc-2012-trafficked-wld > ilo-2005-trafficked-wld,ilo-2005-trafficked-wld,ILO 2005
                unodc-2012-trafficking-profits-wld,UNODC 2012,32000000000.0,1995-2004,1,repeats,unodc-2012-trafficking-profits-wld > ilo-2005-trafficking-profits-wld,ilo-2005-trafficking-profits-wld,ILO 2005
                francis-2013-trafficked-wld,Francis 2013,2400000.0,1995-2004,2,repeats,francis-2013-trafficked-wld > unodc-2012-trafficked-wld > ilo-2005-trafficked-wld,ilo-2005-trafficked-wld,ILO 2005

                """
            #expect(try sqlCSV(["-f", Self.query, "--param", "source=ILO 2005"], in: dir) == expected)
            #expect(try sqlCSV(["-f", Self.query, "--param", "source=ilo-2005-global-alliance"], in: dir) == expected)
            #expect(try sqlCSV([
                "SELECT figure, hops, status FROM figure_lineage WHERE primary_source_label = 'ILO 2005' AND figure <> primary_figure ORDER BY hops, figure",
            ], in: dir) == """
                figure,hops,status
                unodc-2012-trafficked-wld,1,repeats
                unodc-2012-trafficking-profits-wld,1,repeats
                francis-2013-trafficked-wld,2,repeats

                """)
            // A primary figure traces to itself: that is why the query leaves figure = primary_figure out.
            #expect(try sqlCSV(["SELECT hops, status, primary_figure, primary_source_label FROM figure_lineage WHERE figure = 'ilo-2005-trafficked-wld'"], in: dir)
                == "hops,status,primary_figure,primary_source_label\n0,primary,ilo-2005-trafficked-wld,ILO 2005\n")
        }
    }

    @Test("source_label is the brief's label for every figure, two UNODC reports of 2024 lettered as the brief letters them; report lineage cites by primary_source_label")
    func briefAndSQLAgree() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // The Fixtures' UNODC report of December 2024, and another of June 2024: lettered by title, as APA and
            // Zotero letter them ("Global Report ..." before "Global Study ..."), UNODC 2024a and 2024b.
            try Data("""
                key,kind,title,authors,publisher,date
                unodc-2024-smuggling,report,Global Study on Smuggling of Migrants 2024,United Nations Office on Drugs and Crime,United Nations Office on Drugs and Crime,2024-06

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                unodc-2024-smuggling-detected-wld,detected-trafficking-victims,"69,627",persons,WLD,2022,unodc-2024-smuggling,detected

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")

            let inBrief = try briefLabels(in: dir)
            let sql = try sqlCSV(["SELECT figure, source_label FROM figure_citations ORDER BY figure"], in: dir)
            var inSQL: [String: String] = [:]
            for line in sql.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: ",", maxSplits: 1).map(String.init)
                if fields.count == 2 { inSQL[fields[0]] = fields[1] }
            }
            #expect(inBrief.count > 40, "the brief's figures were not read: \(inBrief.count)")
            #expect(inSQL.count == 61, "\(sql)")
            for (key, label) in inBrief { #expect(inSQL[key] == label, "\(key): the brief says \(label), SQL \(inSQL[key] ?? "nothing")") }
            #expect(inBrief["unodc-2024-smuggling-detected-wld"] == "UNODC 2024b")
            #expect(inBrief["unodc-2024-detected-victims-change-wld"] == "UNODC 2024a")

            // Given without its letter, as a brief citing only one of them writes it, the label finds both.
            #expect(try sqlCSV(["SELECT source, short_label, label FROM source_labels WHERE short_label = 'UNODC 2024' ORDER BY label"], in: dir) == """
                source,short_label,label
                unodc-2024-glotip-2024,UNODC 2024,UNODC 2024a
                unodc-2024-smuggling,UNODC 2024,UNODC 2024b

                """)

            let lineage = try Tipdb.run(["report", "lineage", "francis-2013-trafficked-wld"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(try sqlCSV(["SELECT primary_source_label FROM figure_lineage WHERE figure = 'francis-2013-trafficked-wld'"], in: dir) == "primary_source_label\nILO 2005\n")
            #expect(lineage.stdout.contains("\n  ILO 2005 ["), "\(lineage.stdout)")
        }
    }
}
