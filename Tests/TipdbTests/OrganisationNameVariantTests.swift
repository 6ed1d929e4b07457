import Foundation
import Testing

/// An organisation's name typed another way than the field's list writes it (no hyphen, two
/// spaces, "The" before it, a full stop after it, a curly apostrophe, "and" for "&", American
/// spelling) was cited whole: "Counter Trafficking Data Collaborative 2024" where the brief cites
/// the same body as CTDC. The labels (Swift), `report sources` and figure_citations (m0043's SQL)
/// now match it however typed, and say the same.
@Suite("organisation names matched to their abbreviation however typed: labels, references, figure_citations (built binary)")
struct OrganisationNameVariantTests {
    static let sources = """
        key,kind,title,publisher,date
        ctdc-2024,dataset,Global dataset,Counter Trafficking Data Collaborative,2024
        ctdc-2023,dataset,Synthetic dataset,The Counter-Trafficking  Data Collaborative.,2023
        ctdc-2022,dataset,Case data,COUNTER TRAFFICKING DATA COLLABORATIVE (CTDC),2022
        unicef-2021,report,Child trafficking,United Nations Children\u{2019}s Fund,2021
        ncmec-2020,report,Annual report,National Center for Missing and Exploited Children,2020
        ilo-2017,report,Global estimates,International Labor Organization,2017
        wff-2018,report,Global Slavery Index,The Walk Free Foundation,2018

        """

    private static func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        var figures = "key,measure,value,unit,place,period,source,method\n"
        for (index, key) in ["ctdc-2024", "ctdc-2023", "ctdc-2022", "unicef-2021", "ncmec-2020", "ilo-2017", "wff-2018"].enumerated() {
            figures += "f-\(key),detected-trafficking-victims,\(100 + index),persons,WLD,\(2010 + index),\(key),detected\n"
        }
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("labels: CTDC for each way the Collaborative is typed, UNICEF, NCMEC, ILO; a name not listed whole, as typed")
    func labels() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let labels = try Tipdb.run(["sql", "SELECT source, label FROM source_labels ORDER BY source", "--format", "csv"], in: dir)
            #expect(labels.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                source,label
                ctdc-2022,CTDC 2022
                ctdc-2023,CTDC 2023
                ctdc-2024,CTDC 2024
                ilo-2017,ILO 2017
                ncmec-2020,NCMEC 2020
                unicef-2021,UNICEF 2021
                wff-2018,The Walk Free Foundation 2018

                """, "\(labels.stdout)")
        }
    }

    @Test("figure_citations brackets the same abbreviations, the brief cites them, and each entry is report sources' entry")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let view = try Tipdb.run(["sql", "SELECT source, source_label, citation FROM figure_citations ORDER BY source", "--format", "csv"], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                source,source_label,citation
                ctdc-2022,CTDC 2022,COUNTER TRAFFICKING DATA COLLABORATIVE (CTDC) (2022). Case data [Dataset].
                ctdc-2023,CTDC 2023,The Counter-Trafficking  Data Collaborative. [CTDC] (2023). Synthetic dataset [Dataset].
                ctdc-2024,CTDC 2024,Counter Trafficking Data Collaborative [CTDC] (2024). Global dataset [Dataset].
                ilo-2017,ILO 2017,International Labor Organization [ILO] (2017). Global estimates.
                ncmec-2020,NCMEC 2020,National Center for Missing and Exploited Children [NCMEC] (2020). Annual report.
                unicef-2021,UNICEF 2021,United Nations Children\u{2019}s Fund [UNICEF] (2021). Child trafficking.
                wff-2018,The Walk Free Foundation 2018,The Walk Free Foundation (2018). Global Slavery Index.

                """, "\(view.stdout)")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.status == 0, "\(list.stderr)")
            var entries: [String] = []
            for line in list.stdout.split(separator: "\n") where line.hasPrefix("- ") {
                entries.append(String(line.dropFirst(2)).replacingOccurrences(of: "\\[", with: "[").replacingOccurrences(of: "\\]", with: "]"))
            }
            let rows = view.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst().map { row -> String in
                let parts = row.split(separator: ",", maxSplits: 2)
                return "\(parts[2]) (key: \(parts[0]))"
            }
            #expect(Set(entries) == Set(rows), "\(list.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            for line in [
                "| 100 |  | World | 2010 | all | detected | CTDC 2024 [",
                "| 101 |  | World | 2011 | all | detected | CTDC 2023 [",
                "| 105 |  | World | 2015 | all | detected | ILO 2017 [",
                "Counter Trafficking Data Collaborative \\[CTDC\\] (2024). Global dataset \\[Dataset\\].\n",
            ] {
                #expect(brief.stdout.contains(line), "\(line)\n\(brief.stdout)")
            }
            #expect(!brief.stdout.contains("Counter Trafficking Data Collaborative 2024"))
        }
    }
}
