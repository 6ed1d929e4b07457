import Foundation
import Testing

/// A place name as a brief prints it in a sentence (`the Cook Islands`, `the world`), given back
/// to `--place` or written in a figures file: read as the name without its `the`, where before it
/// was refused with `did you mean "Cook Islands"?` and exit 64 (review of session 46).
@Suite("--place and figures files read a place name with a leading 'the' (built binary)")
struct PlaceLeadingArticleTests {
    static let sources = """
        key,kind,title,publisher,date
        ilo-2022,report,Global Estimates of Modern Slavery,ILO,2022

        """

    static let figures = """
        key,measure,value,unit,place,period,source,method
        cok,detected-trafficking-victims,12,persons,the Cook Islands,2021,ilo-2022,detected
        phl,detected-trafficking-victims,1200,persons,The Philippines,2021,ilo-2022,detected
        mdv,detected-trafficking-victims,30,persons,THE MALDIVES,2021,ilo-2022,detected
        arab,forced-labour,900000,persons,the Arab States,2021,ilo-2022,estimated
        wld,forced-labour,27.6 million,persons,the  world,2021,ilo-2022,estimated
        gmb,detected-trafficking-victims,8,persons,The Gambia,2021,ilo-2022,detected

        """

    private static func database(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("figures.csv: 6 read, 6 inserted, 0 updated, 0 unchanged, 0 rejected"), "\(load.stdout)")
    }

    @Test("a figures file's place cells with 'the' in any case load under the place's code")
    func figuresFile() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            #expect(try sqlCSV(["SELECT key, place FROM figures ORDER BY key"], in: dir)
                == "key,place\narab,ILO-ARAB-STATES\ncok,COK\ngmb,GMB\nmdv,MDV\nphl,PHL\nwld,WLD\n")
        }
    }

    @Test("--place takes a place as the brief writes it", arguments: [
        ("the Cook Islands", "Scope: All measures; the Cook Islands; all reference years"),
        ("the Philippines", "Scope: All measures; the Philippines; all reference years"),
        ("The Maldives", "Scope: All measures; the Maldives; all reference years"),
    ])
    func place(name: String, scope: String) throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", name], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == scope }, "\(brief.stdout)")
        }
    }

    @Test("'the' before a code, or before a misspelt name, is still refused, the latter with the name meant")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let expected = "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
            let code = try Tipdb.run(["report", "brief", "--place", "the it"], in: dir)
            #expect(code.status == 64)
            #expect(code.stderr == "tipdb: error: unknown place \"the it\"; \(expected)\n")
            let misspelt = try Tipdb.run(["report", "brief", "--place", "the Phillipines"], in: dir)
            #expect(misspelt.status == 64)
            #expect(misspelt.stderr == "tipdb: error: unknown place \"the Phillipines\"; did you mean \"Philippines\"? E\(expected.dropFirst())\n")
        }
    }
}
