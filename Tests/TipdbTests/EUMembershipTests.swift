import Foundation
import Testing

/// A user-reviewer's 2016 figure written `EU` was stored for EU27, today's Union, without a word,
/// and `EU28` was refused as an unknown place. EU28 is a place now (m0045), and `EU` or `European
/// Union` for a period before February 2020 is warned at its cell.
@Suite("EU before 2020 is warned as read as EU27; EU28 is the Union of 2013-2020 (built binary)")
struct EUMembershipTests {
    @Test("EU for 2016 and European Union for 2010 warned at the place cell with what to write; EU27, EU28 and EU for 2021 are not")
    func warnings() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,kind,title,publisher,date\ns,report,EU report,Eurostat,2022\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                e1,forced-labour,1000,persons,EU,2016,s
                e2,forced-labour,1100,persons,European Union,2010,s
                e3,forced-labour,1200,persons,EU27,2017,s
                e4,forced-labour,1300,persons,EU28,2016,s
                e5,forced-labour,1400,persons,eu,2021,s
                e6,forced-labour,1500,persons,EU-28,2019,s

                """, "figures.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: figures.csv:2:31: place: \"EU\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, and this figure's period starts in 2016; for the Union of that time write EU28 (the 27 and the United Kingdom, July 2013 to January 2020), or EU27 when the source gives the figure for today's 27; loaded as EU27",
                "warning: figures.csv:3:31: place: \"European Union\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, and this figure's period starts in 2010, when the Union had other members (tipdb holds EU28, July 2013 to January 2020, and EU27, no earlier Union); check which members the source counts, and write EU27 when it gives the figure for today's 27; loaded as EU27",
            ], "\(loaded.stderr)")
            let places = try Tipdb.run(["sql", "--format", "csv", "SELECT key, place FROM figures ORDER BY key"], in: dir)
            #expect(places.stdout == "key,place\r\ne1,EU27\r\ne2,EU27\r\ne3,EU27\r\ne4,EU28\r\ne5,EU27\r\ne6,EU28\r\n", "\(places.stdout)")
        }
    }

    @Test("EU28 has today's 27 and the United Kingdom as members, and a brief for it includes the United Kingdom's figures")
    func members() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let members = try Tipdb.run(["sql", "--format", "csv", """
                SELECT (SELECT count(*) FROM place_members WHERE region = 'EU28'),
                       (SELECT count(*) FROM place_members WHERE region = 'EU28' AND country = 'GBR'),
                       (SELECT count(*) FROM place_members m WHERE region = 'EU28' AND country <> 'GBR'
                            AND EXISTS (SELECT 1 FROM place_members e WHERE e.region = 'EU27' AND e.country = m.country)),
                       (SELECT name FROM places WHERE code = 'EU28')
                """], in: dir)
            #expect(members.stdout.hasSuffix("\r\n28,1,27,\"European Union (28 members, 2013-2020)\"\r\n"), "\(members.stdout)")
            try IngestPartWarningTests.write("key,kind,title,publisher,date\ns,report,EU report,Eurostat,2019\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\ne4,detected-trafficking-victims,14000,persons,EU28,2017,s\ng1,detected-trafficking-victims,5000,persons,GBR,2017,s\n", "figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--place", "EU28", "--format", "csv"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("e4") && brief.stdout.contains("g1"), "\(brief.stdout)")
        }
    }
}
