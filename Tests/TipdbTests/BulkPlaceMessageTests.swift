import Foundation
import Testing

/// A bulk file's place that names nothing gets the words a figures file gets: an Our World in
/// Data Entity the gazetteer's closest names (it had none), and a GLOTIP row without an
/// Iso3_code what its Country cell says, with the code to write (it said `unknown place ""`).
@Suite("unknown places in OWID and GLOTIP files: the gazetteer's suggestions, the empty code named (built binary)")
struct BulkPlaceMessageTests {
    @Test("OWID: North America is offered North America (UNODC), as in a figures file; an unknown Code is named")
    func owid() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                Entity,Code,Year,Number of detected victims of human trafficking
                North America,,2016,400
                Atlantis,ATL,2016,3

                """.utf8).write(to: dir.appendingPathComponent("na.csv"))
            try Data("""
                key,title,publisher
                s,T,P

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                measure,value,place,period,source
                detected-trafficking-victims,400,North America,2016,s

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let expected = "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
            let suggestion = "unknown place \"North America\"; did you mean \"North America (UNODC)\", \"South America\" or \"Northern America\"? Expected an ISO 3166-1 code"
            let result = try Tipdb.run(["ingest", "na.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("""
                na.csv:2:1: Entity: \(suggestion), an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)
                na.csv:3:10: Code ATL names no place tipdb knows, nor does Entity: unknown place "Atlantis"; \(expected)

                """), "\(result.stderr)")
            // A figures file gets the same suggestion for the same place.
            let figures = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(figures.status == 1)
            #expect(figures.stderr.contains("place: \(suggestion)"), "\(figures.stderr)")
        }
    }

    @Test("GLOTIP: an empty Iso3_code says so, with the code of the Country cell when it names a place")
    func glotip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let rest = "Detected trafficking victims,Total,Total,Total,Total,2019,Counts,50000,GLOTIP"
            try Data((GLOTIPFiles.top() + """
                ,World,,,\(rest)
                ,Examplestan,Asia,Southern Asia,\(rest)
                ,,,,\(rest)

                """).utf8).write(to: dir.appendingPathComponent("g.csv"))
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 1)
            let expected = "expected the ISO 3166-1 alpha-3 code of the row's country (WLD for the world)"
            #expect(result.stderr.hasPrefix("""
                g.csv:4:1: Iso3_code: empty, but Country is "World", which is WLD; write WLD in Iso3_code if the row is about World
                g.csv:5:1: Iso3_code: empty, and Country "Examplestan" names no place tipdb knows; \(expected)
                g.csv:6:1: Iso3_code: empty, and so is Country; \(expected)

                """), "\(result.stderr)")
        }
    }
}
