import Foundation
import Testing

/// `tipdb retract f7` among figures f1 to f6 said only "unknown figure", though its help promises
/// the closest keys: a text of two characters was near nothing unless all letters or all digits.
@Suite("Short keys of letters and digits get the closest keys (built binary)")
struct ShortKeySuggestionTests {
    @Test("retract f7 suggests f1, f2 and f3; 77 and ff are offered nothing of another shape")
    func retract() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,kind,title,publisher,date\ns,report,A report,ILO,2017\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                f1,forced-labour,1000,persons,KEN,2016,s
                f2,forced-labour,1000,persons,KEN,2017,s
                f3,forced-labour,1000,persons,UGA,2016,s
                f4,forced-labour,1000,persons,UGA,2017,s

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let typo = try Tipdb.run(["retract", "f7", "--reason", "x"], in: dir)
            #expect(typo.status == 1)
            #expect(typo.stderr.hasPrefix("tipdb: error: unknown figure \"f7\"; did you mean \"f1\", \"f2\" or \"f3\"? Expected the key of a figure in the database (tipdb sql \"SELECT key FROM figures\" lists them)\n"), "\(typo.stderr)")
            for other in ["77", "ff"] {
                let far = try Tipdb.run(["retract", other, "--reason", "x"], in: dir)
                #expect(far.stderr.hasPrefix("tipdb: error: unknown figure \"\(other)\"; expected the key of a figure in the database"), "\(far.stderr)")
            }
        }
    }
}
