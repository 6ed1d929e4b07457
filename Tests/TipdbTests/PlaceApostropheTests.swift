import Foundation
import Testing

/// Côte d'Ivoire typed with another apostrophe than the straight or curly one (U+02BC, U+2018,
/// U+00B4, U+02B9, U+2032, the grave accent) loads as Côte d'Ivoire: it was refused with `did you
/// mean "Côte d'Ivoire"?`, a name that looked the same (review of session 47). Where a suggestion
/// still looks the same (a Cyrillic letter among Latin ones), the message names the characters.
@Suite("places: apostrophes of every kind read as one; a look-alike suggestion names the characters that differ (built binary)")
struct PlaceApostropheTests {
    @Test("Côte dʼIvoire, Côte d‘Ivoire, Côte d´Ivoire, Côte dʹIvoire, Côte d′Ivoire and Cote d`Ivoire load as CIV, and --place reads them")
    func apostrophes() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,kind,title,authors,date\ncv,report,Rapport,\"Koné, Awa\",2021\n", "s.csv", in: dir)
            let names = ["Côte d\u{02BC}Ivoire", "Côte d\u{2018}Ivoire", "Côte d\u{00B4}Ivoire", "Côte d\u{02B9}Ivoire", "Côte d\u{2032}Ivoire", "Cote d`Ivoire"]
            let rows = names.enumerated().map { "a\($0.offset),trafficking-victims,\($0.offset + 1),persons,\($0.element),\(2010 + $0.offset),cv" }
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\n" + rows.joined(separator: "\n") + "\n", "apo.csv", in: dir)
            let load = try Tipdb.run(["ingest", "s.csv", "apo.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("apo.csv: 6 read, 6 inserted"), "\(load.stdout)")
            let placed = try Tipdb.run(["sql", "--format", "csv", "SELECT DISTINCT place FROM figures"], in: dir)
            #expect(placed.stdout == "place\r\nCIV\r\n", "\(placed.stdout)")
            let report = try Tipdb.run(["report", "sources", "--place", "Côte d\u{02BC}Ivoire"], in: dir)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout.contains("Koné, Awa (2021). Rapport. (key: cv)"), "\(report.stdout)")
        }
    }

    @Test("a place that differs from its suggestion only in a look-alike character is refused with the characters named by code point")
    func lookAlike() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,kind,title,authors,date\ncv,report,Rapport,\"Koné, Awa\",2021\n", "s.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source\na1,trafficking-victims,1,persons,T\u{043E}go,2019,cv\n", "cyr.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--dry-run", "s.csv", "cyr.csv"], in: dir)
            #expect(load.status == 1, "\(load.stderr)")
            #expect(load.stderr.contains(
                "cyr.csv:2:34: place: unknown place \"T\u{043E}go\" (it holds U+043E CYRILLIC SMALL LETTER O where \"Togo\" holds U+006F LATIN SMALL LETTER O); did you mean \"Togo\"?"),
                "\(load.stderr)")
            let report = try Tipdb.run(["report", "sources", "--place", "T\u{043E}go"], in: dir)
            #expect(report.status != 0)
            #expect(report.stderr.contains("(it holds U+043E CYRILLIC SMALL LETTER O where \"Togo\" holds U+006F LATIN SMALL LETTER O)"), "\(report.stderr)")
        }
    }
}
