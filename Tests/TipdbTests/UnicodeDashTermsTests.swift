import Foundation
import Testing

/// A measure, form, sex word, age group or period written with a Unicode dash (the non-breaking
/// hyphen U+2011 and the minus sign U+2212 that word processors write) is read as with a hyphen,
/// by the one list of dashes place names are read with.
@Suite("ingest: Unicode dashes in measures, forms, age groups and periods are hyphens (built binary)")
struct UnicodeDashTermsTests {
    @Test("forced\u{2011}labour, sexual\u{2212}exploitation, 18\u{2011}24 and 2019\u{2212}2020 are stored with hyphens")
    func dashes() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source,form,age_group
                d1,forced\u{2011}labour,500,FRA,2019\u{2212}2020,x,,18\u{2011}24
                d2,detected\u{2212}trafficking\u{2212}victims,40,FRA,2021,x,sexual\u{2212}exploitation,
                d3,detected-trafficking-victims,30,FRA,2021,x,Forced\u{2011}labour,

                """, "figures.csv", in: dir)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("figures.csv: 3 read, 3 inserted"), "\(load.stdout)")
            let stored = try Tipdb.run(["sql", "SELECT key, measure, form, age_group, period_start, period_end FROM figures ORDER BY key", "--format", "csv"], in: dir)
            #expect(stored.stdout == """
                key,measure,form,age_group,period_start,period_end\r
                d1,forced-labour,,18-24,2019,2020\r
                d2,detected-trafficking-victims,sexual-exploitation,total,2021,2021\r
                d3,detected-trafficking-victims,forced-labour,total,2021,2021\r

                """, "\(stored.stdout)")
        }
    }
}
