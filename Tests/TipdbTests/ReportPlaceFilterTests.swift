import Foundation
import Testing

@Suite("report --place reads a place by the rule ingest reads one by (built binary)")
struct ReportPlaceFilterTests {
    /// The Fixtures, plus a figure of South-eastern Asia written as its M49 number, one of Viet Nam
    /// (a country in it) written by name, and a study of the region.
    private func makeDatabase(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        let figures = """
            key,measure,value,unit,place,period,source,study
            sea-forced-labour,forced-labour,100,persons,035,2020,ilo-2005-global-alliance,sea-study
            vnm-forced-labour,forced-labour,50,persons,Viet Nam,2020,ilo-2005-global-alliance,

            """
        let studies = """
            key,title,source,period,places
            sea-study,A study of South-eastern Asia,ilo-2005-global-alliance,2020,35

            """
        try Data(figures.utf8).write(to: dir.appendingPathComponent("sea-figures.csv"))
        try Data(studies.utf8).write(to: dir.appendingPathComponent("sea-studies.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sea-studies.csv", "sea-figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("an M49 number with or without its leading zeros, a code, a name or an alias in any case selects the same figures in every report")
    func spellings() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--format", "csv", "--place", "35"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stderr.isEmpty)
            #expect(brief.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) } == ["sea-forced-labour", "vnm-forced-labour"], "\(brief.stdout)")
            let studies = try Tipdb.run(["report", "studies", "--place", "35"], in: dir)
            #expect(studies.status == 0 && studies.stdout.contains("A study of South-eastern Asia"), "\(studies.stdout)")
            let reports = [["brief", "--format", "csv"], ["sources"], ["studies"]]
            let spellings: [(reference: String, others: [String])] = [
                ("M49-035", ["35", "035", " 35 ", "m49-035", "South-eastern Asia", "SOUTH-EASTERN ASIA"]),
                ("VNM", ["VN", "vnm", "704", "Viet Nam", "Vietnam", "socialist republic of viet nam"]),
            ]
            for report in reports {
                for (reference, others) in spellings {
                    let expected = try Tipdb.run(["report"] + report + ["--place", reference], in: dir)
                    #expect(expected.status == 0 && !expected.stdout.isEmpty, "\(report) \(reference): \(expected.stderr)")
                    for place in others {
                        let result = try Tipdb.run(["report"] + report + ["--place", place], in: dir)
                        #expect(result.status == 0, "\(report) \(place): \(result.stderr)")
                        #expect(result.stdout == expected.stdout, "\(report) --place '\(place)'")
                    }
                }
            }
            // A typographic apostrophe, as word processors write it, names the place too: no
            // figure of Laos, so the scope is empty (exit 1), which a name that resolves to nothing is not (64).
            let laos = try Tipdb.run(["report", "sources", "--place", "Lao People\u{2019}s Democratic Republic"], in: dir)
            #expect(laos.status == 1)
            #expect(laos.stderr == "tipdb: error: no sources match --place 'Lao People\u{2019}s Democratic Republic': with filters, the sources listed are those of the figures in scope, and no figure matches; widen the filters or ingest figures first (tipdb status shows what the database holds)\n")
        }
    }

    @Test("a usage error of any kind starts tipdb: error:, as every other error does")
    func usagePrefix() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let unknown = try Tipdb.run(["report", "brief", "--place", "Wrold"], in: dir)
            #expect(unknown.status == 64)
            #expect(unknown.stderr == "tipdb: error: unknown place \"Wrold\"; did you mean \"World\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)\n")
            // ArgumentParser's own errors, with the usage after them.
            let option = try Tipdb.run(["report", "brief", "--bogus"], in: dir)
            #expect(option.status == 64)
            #expect(option.stderr.hasPrefix("tipdb: error: Unknown option '--bogus'\nUsage: tipdb report brief "), "\(option.stderr)")
            let validation = try Tipdb.run(["report", "brief", "--from", "2020", "--to", "2010"], in: dir)
            #expect(validation.status == 64)
            #expect(validation.stderr.hasPrefix("tipdb: error: --from 2020 is after --to 2010; give the earlier year first\n"), "\(validation.stderr)")
            let shortYear = try Tipdb.run(["report", "brief", "--from", "20"], in: dir)
            #expect(shortYear.status == 64)
            #expect(shortYear.stderr.hasPrefix("tipdb: error: --from 20 is not a year; expected four digits, such as 2020\n"), "\(shortYear.stderr)")
            let epoch = try Tipdb.run(["report", "brief"], in: dir, environment: ["SOURCE_DATE_EPOCH": "abc"])
            #expect(epoch.status == 64)
            #expect(epoch.stderr.hasPrefix("tipdb: error: SOURCE_DATE_EPOCH=\"abc\" is not a number of seconds since 1970; "), "\(epoch.stderr)")
            // Help is not an error: it goes to standard output, exit 0.
            let help = try Tipdb.run(["report", "brief", "--help"], in: dir)
            #expect(help.status == 0 && help.stderr.isEmpty && help.stdout.contains("M49 number (035 or 35)"), "\(help.stdout)")
        }
    }

    @Test("ingest and report --place read a place with or without accents, and refuse a name of two places naming both codes")
    func accentsAndAmbiguity() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let figures = """
                key,measure,value,unit,place,period,source
                cuw,forced-labour,10,persons,Curacao,2004,ilo-2005-global-alliance
                stp,forced-labour,11,persons,São Tomé and Príncipe,2004,ilo-2005-global-alliance
                kor,forced-labour,12,persons,"Korea, Rep.",2004,ilo-2005-global-alliance
                fsm,forced-labour,13,persons,Micronesia,2004,ilo-2005-global-alliance

                """
            try Data(figures.utf8).write(to: dir.appendingPathComponent("places.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "places.csv"], in: dir)
            #expect(load.stderr == "places.csv:5:30: place: place \"Micronesia\" is ambiguous: it names Micronesia, Federated States of (a country, code FSM) and Micronesia (an M49 sub-region, code M49-057); write FSM or M49-057\ntipdb: 1 problem found; the rows concerned were skipped and kept in ingest_rejects\n", "\(load.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, place FROM figures WHERE key IN ('cuw', 'stp', 'kor', 'fsm') ORDER BY key"], in: dir)
            #expect(stored.stdout == "key,place\r\ncuw,CUW\r\nkor,KOR\r\nstp,STP\r\n", "\(stored.stdout)")
            let curacao = try Tipdb.run(["report", "brief", "--format", "csv", "--place", "Curaçao"], in: dir)
            #expect(curacao.status == 0 && curacao.stdout.contains("\r\ncuw,"), "\(curacao.stderr)")
            let micronesia = try Tipdb.run(["report", "brief", "--place", "Micronesia"], in: dir)
            #expect(micronesia.status == 64)
            #expect(micronesia.stderr == "tipdb: error: place \"Micronesia\" is ambiguous: it names Micronesia, Federated States of (a country, code FSM) and Micronesia (an M49 sub-region, code M49-057); write FSM or M49-057\n")
        }
    }
}
