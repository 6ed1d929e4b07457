import Foundation
import Testing

/// How a bibliographer reads the brief's citations: an organisation is cited by an abbreviation
/// only where the field (or the source itself) uses one, never by initials made up for it
/// ("CDC 2024" for the Counter-Trafficking Data Collaborative reads as the US Centers for Disease
/// Control); an approximate date is `c. 2005`; no sentence of an entry ends with two full stops.
/// The brief, `report sources` and `figure_citations` (m0041) say the same.
@Suite("organisations cited by established abbreviations only, c. dates, one full stop (built binary)")
struct OrganisationCitationTests {
    static let sources = #"""
        [
         {"id":"ctdc-2024","type":"dataset","title":"Global dataset","author":[{"literal":"Counter-Trafficking Data Collaborative"}],"issued":{"date-parts":[[2024]]}},
         {"id":"dos-2023","type":"report","title":"Trafficking in Persons Report","author":[{"literal":"U.S. Department of State"}],"issued":{"date-parts":[[2023]]}},
         {"id":"doj-2020","type":"report","title":"Attorney General's report","author":[{"literal":"U.S. Department of Justice"}],"issued":{"date-parts":[[2020]]}},
         {"id":"gaatw-2007","type":"book","title":"Collateral Damage","author":[{"literal":"Global Alliance Against Traffic in Women"}],"issued":{"date-parts":[[2007]]}},
         {"id":"ilo-2005","type":"report","title":"A global alliance against forced labour","author":[{"literal":"International Labour Office"}],"issued":{"date-parts":[[2005]]},"publisher":"International Labour Office"},
         {"id":"doe-2005","type":"article-journal","title":"An article","author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2005]],"circa":true},"container-title":"J. Traff."},
         {"id":"roe-2011","type":"book","title":"Is it slavery?","author":[{"family":"Roe","given":"Ann"}],"issued":{"date-parts":[[2011]]},"publisher":"Smith & Co."}
        ]
        """#

    private static func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.json"))
        var figures = "key,measure,value,unit,place,period,source,method\n"
        for (index, key) in ["ctdc-2024", "dos-2023", "doj-2020", "gaatw-2007", "ilo-2005", "doe-2005", "roe-2011"].enumerated() {
            figures += "f-\(key),detected-trafficking-victims,\(100 + index),persons,WLD,\(2000 + index),\(key),detected\n"
        }
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.json", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("labels: CTDC, GAATW and ILO as the field writes them, other organisations whole, Doe c. 2005; none made up")
    func labels() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let labels = try Tipdb.run(["sql", "SELECT source, label FROM source_labels ORDER BY source", "--format", "csv"], in: dir)
            #expect(labels.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                source,label
                ctdc-2024,CTDC 2024
                doe-2005,Doe c. 2005
                doj-2020,U.S. Department of Justice 2020
                dos-2023,U.S. Department of State 2023
                gaatw-2007,GAATW 2007
                ilo-2005,ILO 2005
                roe-2011,Roe 2011

                """, "\(labels.stdout)")
        }
    }

    @Test("the brief's references and report sources: [CTDC] and [GAATW] after the name, none for the U.S. departments, (c. 2005), one full stop")
    func references() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            for line in [
                "| 100 |  | World | 2000 | all | detected | CTDC 2024 [2] | f-ctdc-2024 |",
                "| 105 |  | World | 2005 | all | detected | Doe c. 2005 [7] | f-doe-2005 |",
                "[2] Counter-Trafficking Data Collaborative \\[CTDC\\] (2024). Global dataset \\[Dataset\\].\n",
                "[3] U.S. Department of State (2023). Trafficking in Persons Report.\n",
                "[7] Doe, Jane (c. 2005). An article. In: J. Traff.",
                "[5] Global Alliance Against Traffic in Women \\[GAATW\\] (2007). Collateral Damage.\n",
                "[1] Roe, Ann (2011). Is it slavery? Smith & Co.\n",
            ] {
                #expect(brief.stdout.contains(line), "\(line)\n\(brief.stdout)")
            }
            for madeUp in ["CDC 2024", "[CDC]", "UDS", "UDJ", "GATW"] {
                #expect(!brief.stdout.contains(madeUp), "\(madeUp)")
            }
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == """
                # Sources

                - Counter-Trafficking Data Collaborative \\[CTDC\\] (2024). Global dataset \\[Dataset\\]. (key: ctdc-2024)
                - Doe, Jane (c. 2005). An article. In: J. Traff. (key: doe-2005)
                - Global Alliance Against Traffic in Women \\[GAATW\\] (2007). Collateral Damage. (key: gaatw-2007)
                - International Labour Office \\[ILO\\] (2005). A global alliance against forced labour. (key: ilo-2005)
                - Roe, Ann (2011). Is it slavery? Smith & Co. (key: roe-2011)
                - U.S. Department of Justice (2020). Attorney General's report. (key: doj-2020)
                - U.S. Department of State (2023). Trafficking in Persons Report. (key: dos-2023)

                """, "\(list.stdout)")
            // figure_citations writes the same entries in SQL.
            let view = try Tipdb.run(["sql", "SELECT DISTINCT source, citation FROM figure_citations ORDER BY source", "--format", "csv"], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                source,citation
                ctdc-2024,Counter-Trafficking Data Collaborative [CTDC] (2024). Global dataset [Dataset].
                doe-2005,"Doe, Jane (c. 2005). An article. In: J. Traff."
                doj-2020,U.S. Department of Justice (2020). Attorney General's report.
                dos-2023,U.S. Department of State (2023). Trafficking in Persons Report.
                gaatw-2007,Global Alliance Against Traffic in Women [GAATW] (2007). Collateral Damage.
                ilo-2005,International Labour Office [ILO] (2005). A global alliance against forced labour.
                roe-2011,"Roe, Ann (2011). Is it slavery? Smith & Co."

                """, "\(view.stdout)")
            // The CSL-JSON export keeps the circa it was given.
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.stdout.contains("""
                    "issued": {
                      "circa": true,
                      "date-parts": [
                """), "\(csl.stdout)")
        }
    }
}
