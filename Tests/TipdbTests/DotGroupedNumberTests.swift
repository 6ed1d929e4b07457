import Foundation
import Testing

/// A spreadsheet set to German or Spanish writes 1,234,567 as `1.234.567`. One dot reads as a
/// decimal point (and `1.234` persons is asked about); two or more were refused as `is not a
/// number; expected e.g. 2450000, ...`, which left the reader to guess what was wrong. The error
/// now names the dots and gives the number to write.
@Suite("ingest: a number with dots separating thousands is refused naming them (built binary)")
struct DotGroupedNumberTests {
    @Test("1.234.567 and -1.000.000 are refused saying what the dots are and what to write; nothing is loaded")
    func dots() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                de,forced-labour,1.234.567,persons,DEU,2019,x
                es,forced-labour-profits,-1.000.000,USD-change,ESP,2019,x
                ok,forced-labour,"1,234,567",persons,FRA,2019,x

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
            let why = "has dots separating thousands, as a spreadsheet set to German or Spanish writes them"
            #expect(errors == [
                "figures.csv:2:18: value: \"1.234.567\" \(why); expected 1234567 or the thousands separated by commas (a point is the decimal mark)",
                "figures.csv:3:26: value: \"-1.000.000\" \(why); expected -1000000 or the thousands separated by commas (a point is the decimal mark)",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }
}
