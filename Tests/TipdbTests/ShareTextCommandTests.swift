import Foundation
import Testing

/// Shares and money as a brief prints them, through the built binary: a share of 99.996% is not
/// "100%", a published 12.345% keeps its decimals, and money with a fraction reads to the cent.
@Suite("CLI: shares and money with decimals in a brief")
struct ShareTextCommandTests {
    @Test("99.996% and 12.345% as published, 99.99961% as >99.99%, US$2,500,000.50 a year")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher,date\nhs,Home Office estimate,Home Office,2019\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                s-pct,forced-labour,99.996,percent,GBR,2019,hs,estimated
                s-pct2,forced-labour,12.345,percent,FRA,2019,hs,estimated
                s-pct3,forced-labour,99.99961,percent,DEU,2019,hs,estimated
                s-usd,forced-labour-profits,2500000.5,USD,GBR,2019,hs,estimated

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            for cell in ["| 99.996% |", "| 12.345% |", "| \\>99.99% |", "| US\\$2,500,000.50 a year |"] {
                #expect(result.stdout.contains(cell), "\(cell) in \(result.stdout)")
            }
            #expect(!result.stdout.contains("| 100% |"), "\(result.stdout)")
        }
    }
}
