import Foundation
import Testing

/// "Between 20 and 40 million" split into low `20` and high `40 million` stored low 20 and high
/// 40,000,000 with exit 0, and the brief printed "20 to 40 million"; `tipdb check` cannot see it
/// afterwards. A row whose numbers are written at different scales is now refused at the number
/// without its word; numbers written in full digits load as before.
@Suite("ingest: a bound without the scale word its neighbour has is refused (built binary)")
struct ScaleWordBoundsTests {
    @Test("low 20 beside high 40 million, low 1 beside value 1.5 million, US$20 beside US$30 billion: refused at the cell; nothing is loaded")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nngo-2020,Survey,NGO,2020\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source,quote
                ken-2019,forced-labour,,20,40 million,persons,KEN,2019,ngo-2020,between 20 and 40 million
                ken-2018,forced-labour,1.5 million,1,2 million,persons,KEN,2018,ngo-2020,
                ken-2017,forced-labour-profits,US$30 billion,US$20,US$40 billion,USD,KEN,2017,ngo-2020,
                ken-2016,forced-labour,20-40 million,,,persons,KEN,2016,ngo-2020,
                ken-2015,forced-labour,12.3 million,"11,500",13.1 million,persons,KEN,2015,ngo-2020,

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
            #expect(errors == [
                "figures.csv:2:25: low: \"20\" has no scale word but high \"40 million\" has one; expected 20 million if both are in millions, or high in full digits (40,000,000) if low is 20",
                "figures.csv:3:36: low: \"1\" has no scale word but value \"1.5 million\" has one; expected 1 million if both are in millions, or value in full digits (1,500,000) if low is 1",
                "figures.csv:4:46: low: \"US$20\" has no scale word but value \"US$30 billion\" has one; expected US$20 billion if both are in billions, or value in full digits (30,000,000,000) if low is US$20",
                "figures.csv:5:24: value: \"20-40 million\" is a range; expected its bounds in low and high, each with its scale word (20 million and 40 million), and value left empty (or the central estimate in value, when the source publishes one)",
                "figures.csv:6:37: low: \"11,500\" has no scale word but value \"12.3 million\" has one, and read in millions it would be above it; expected 11500 thousand (11.5 million) if low is in thousands, or value in full digits (12,300,000) if low is 11,500",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }

    @Test("full digits on either side, bounds at another scale word, and a small bound far from the value load as written")
    func kept() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nngo-2020,Survey,NGO,2020\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source
                a,forced-labour,,20,40000000,persons,KEN,2019,ngo-2020
                b,forced-labour,2450000,2 million,3 million,persons,UGA,2019,ngo-2020
                c,forced-labour,3 thousand,500,40 thousand,persons,TZA,2019,ngo-2020
                d,forced-labour,1.5 million,900 thousand,2 million,persons,RWA,2019,ngo-2020

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, low, high FROM figures ORDER BY key"], in: dir).stdout
                .replacingOccurrences(of: "\r\n", with: "\n")  // CSV lines end in CRLF (RFC 4180)
            #expect(rows == "key,value,low,high\na,,20.0,40000000.0\nb,2450000.0,2000000.0,3000000.0\nc,3000.0,500.0,40000.0\nd,1500000.0,900000.0,2000000.0\n")
        }
    }
}
