import Foundation
import Testing

/// Reference lists and brief tables compared names as Unicode scalars, which put Åkesson, Ó Briain
/// and Özbek after Zhou, and Åland Islands, Côte d'Ivoire and Türkiye after the countries they
/// sit among in a dictionary (a user-review, session 39).
@Suite("report: names with accented letters sort among the same letters without (built binary)")
struct DictionaryOrderCommandTests {
    @Test("report sources lists authors, and a brief's table and CSV list countries, in dictionary order")
    func order() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,authors,date
                b1,Alpha,"Özbek, Ayşe",2019
                b2,Beta,"Zhou, Li",2019
                b3,Gamma,"Ó Briain, Muireann",2019
                b5,Eps,"Åkesson, Per",2019
                b6,Zeta,"Abbott, Ann",2019

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                f1,detected-trafficking-victims,10,persons,CIV,2019,b6
                f2,detected-trafficking-victims,10,persons,CZE,2019,b6
                f3,detected-trafficking-victims,10,persons,TUR,2019,b6
                f4,detected-trafficking-victims,10,persons,TUV,2019,b6
                f5,detected-trafficking-victims,10,persons,ZWE,2019,b6
                f6,detected-trafficking-victims,10,persons,ALA,2019,b6

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir).status == 0)
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") } == [
                "- Abbott, Ann (2019). Zeta. (key: b6)",
                "- Åkesson, Per (2019). Eps. (key: b5)",
                "- Ó Briain, Muireann (2019). Gamma. (key: b3)",
                "- Özbek, Ayşe (2019). Alpha. (key: b1)",
                "- Zhou, Li (2019). Beta. (key: b2)",
            ], "\(sources.stdout)")
            let csv = try Tipdb.run(["report", "brief", "--format", "csv"], in: dir)
            let keys = csv.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
            // Åland Islands, Côte d'Ivoire, Czechia, Türkiye, Tuvalu, Zimbabwe.
            #expect(keys == ["f6", "f1", "f2", "f3", "f4", "f5"], "\(csv.stdout)")
        }
    }
}
