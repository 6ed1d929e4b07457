import Foundation
import Testing

/// Year letters (`UNODC 2024a`) tell apart the references of one document, as author-date styles
/// give them: a brief whose only 2024 UNODC source is the database's second says "UNODC 2024",
/// not "UNODC 2024b" with no 2024a anywhere in it (review R9).
@Suite("Labels lettered among the document's own references (built binary)")
struct DocumentLabelTests {
    /// Two UNODC sources of 2024, one for the Philippines and one for the world.
    private func load(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("""
            key,kind,title,publisher,date
            unodc-2024-report,report,Global Report on Trafficking in Persons 2024,United Nations Office on Drugs and Crime,2024-12-11
            unodc-2024-data,dataset,GLOTIP data,United Nations Office on Drugs and Crime,2024-12-20

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,method,locator
            wld-2022,detected-trafficking-victims,69627,persons,WLD,2022,unodc-2024-report,detected,p. 9
            phl-2022,detected-trafficking-victims,1530,persons,PHL,2022,unodc-2024-data,detected,row PHL

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
    }

    @Test("a brief with one UNODC 2024 source says UNODC 2024 in text, references, JSON and CSV; report sources agrees")
    func oneSourceOfTheYear() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let md = try Tipdb.run(["report", "brief", "--place", "PHL", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(!md.stdout.contains("2024a") && !md.stdout.contains("2024b"), "\(md.stdout)")
            #expect(md.stdout.contains("| UNODC 2024 [1, row PHL] |"), "\(md.stdout)")
            #expect(md.stdout.contains("[1] United Nations Office on Drugs and Crime \\[UNODC\\] (2024). GLOTIP data \\[Dataset\\]. 20 December 2024."))
            let json = try Tipdb.run(["report", "brief", "--place", "PHL", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(json.status == 0)
            #expect(json.stdout.contains("\"label\": \"UNODC 2024\""), "\(json.stdout)")
            #expect(!json.stdout.contains("2024b"))
            let csv = try Tipdb.run(["report", "brief", "--place", "PHL", "--format", "csv", "--date", "2026-12-01"], in: dir)
            #expect(csv.status == 0)
            #expect(csv.stdout.contains(",UNODC 2024,") && !csv.stdout.contains("2024b"), "\(csv.stdout)")
            let sources = try Tipdb.run(["report", "sources", "--place", "PHL"], in: dir)
            #expect(sources.status == 0)
            #expect(sources.stdout == """
                # Sources

                - United Nations Office on Drugs and Crime \\[UNODC\\] (2024). GLOTIP data \\[Dataset\\]. 20 December 2024. (key: unodc-2024-data)

                """)
        }
    }

    @Test("a brief citing both is lettered a and b, in label and entry alike, as report sources letters the database")
    func bothSourcesOfTheYear() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("UNODC 2024a [") && md.stdout.contains("UNODC 2024b ["), "\(md.stdout)")
            #expect(md.stdout.contains("(UNODC) (2024a). Global Report on Trafficking in Persons 2024.")
                || md.stdout.contains("\\[UNODC\\] (2024a). Global Report on Trafficking in Persons 2024."), "\(md.stdout)")
            #expect(md.stdout.contains("\\[UNODC\\] (2024b). GLOTIP data \\[Dataset\\]."), "\(md.stdout)")
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("(2024a). Global Report") && sources.stdout.contains("(2024b). GLOTIP data"), "\(sources.stdout)")
        }
    }
}
