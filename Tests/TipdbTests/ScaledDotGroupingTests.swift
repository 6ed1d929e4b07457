import Foundation
import Testing

/// `US$ 32.000 million` (forced-labour-profits) was stored as US$32 million with exit 0, where
/// `150.000` was refused as possibly dot-grouped thousands: in a Spanish or German copy,
/// 32.000 millones is 32 billion. Dots before a scale word are now read by the same rule, naming
/// both readings, when the three digits end in 0 (English writes `1.995 million`, never `1.500 million`).
@Suite("ingest: dots that may group thousands before a scale word are refused with both readings (built binary)")
struct ScaledDotGroupingTests {
    @Test("US$ 32.000 million and 1.500 million persons are refused naming 32 million and 32 billion; 1.995 million and 32.5 billion USD load")
    func readings() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nngo-2020,Survey,NGO,2020\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                a,forced-labour-profits,US$ 32.000 million,USD,KEN,2019,ngo-2020
                b,forced-labour,1.500 million,persons,UGA,2019,ngo-2020

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
            #expect(errors == [
                "figures.csv:2:25: value: \"US$ 32.000 million\" reads as 32 million here, but its dots may separate thousands; expected 32000 million (32 billion) if they do, or 32 million",
                "figures.csv:3:17: value: \"1.500 million\" reads as 1.5 million here, but its dots may separate thousands; expected 1500 million (1.5 billion) if they do, or 1.5 million",
            ], "\(refused.stderr)")

            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                c,forced-labour,1.995 million,persons,TZA,2019,ngo-2020
                d,forced-labour-profits,32.5 billion USD,USD,TZA,2019,ngo-2020

                """, "kept.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "kept.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value FROM figures ORDER BY key"], in: dir).stdout
            #expect(rows.replacingOccurrences(of: "\r\n", with: "\n") == "key,value\nc,1995000.0\nd,32500000000.0\n")
        }
    }
}
