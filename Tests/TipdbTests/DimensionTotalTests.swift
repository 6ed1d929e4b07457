import Foundation
import Testing

/// GLOTIP's dimension totals (`by form of exploitation, Total`, `by citizenship, Total`) were stored
/// and never compared with their own categories: sexual exploitation 34 beside a form total of 30,
/// and nationals 33 beside a citizenship total of 25, passed ingest and check, since a category was
/// compared with the country's overall total (41) only (a national statistician's review, session
/// 53). Each category is now compared with its dimension's total, after the other totals, by
/// ingest in the export's words and by check's `subgroup-above-total`.
@Suite("subgroup-above-total: a category above its dimension's total (built binary)")
struct DimensionTotalTests {
    private static let export = GLOTIPFiles.top() + """
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by form of exploitation,Total,Total,Total,2019,Counts,30,GLOTIP
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,Total,2019,Counts,34,GLOTIP
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by form of exploitation,Forced labour,Total,Total,2019,Counts,20,GLOTIP
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by citizenship,Total,Total,Total,2019,Counts,25,GLOTIP
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by citizenship,Nationals,Total,Total,2019,Counts,33,GLOTIP
        KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by citizenship,Uganda,Total,Total,2019,Counts,5,GLOTIP

        """

    private static let key = "unodc-glotip:detected-trafficking-victims:KEN:2019"

    @Test("sexual exploitation 34 above its form total 30 and nationals 33 above the citizenship total 25 are warned about at ingest and listed by check; forced labour 20 and Uganda 5 are not")
    func categoriesAboveDimensionTotals() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.export, "glotip.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "glotip.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("is larger than") } == [
                "warning: glotip.csv:6:134: detected-trafficking-victims KEN 2019, Sexual exploitation: 34 is larger than the total for Total by form of exploitation (30, line 5); loaded as published",
                "warning: glotip.csv:9:115: detected-trafficking-victims KEN 2019, Nationals: 33 is larger than the total for Total by citizenship (25, line 8); loaded as published",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            let k = Self.key
            #expect(check.stdout.contains("""
                (2)
                  \(k):citizenship-Nationals (33) > \(k):citizenship-Total (25)
                  \(k):sexual-exploitation (34) > \(k):form-of-exploitation-Total (30)

                """), "\(check.stdout)")
            #expect(check.stdout.contains("warning: subgroup-above-total: a subgroup is larger than its total"), "\(check.stdout)")
            // The brief's caution names the same pairs.
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "Kenya"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("the subgroup sexual exploitation (34) is larger than the total it is part of (form of exploitation: Total, 30)."),
                    "\(brief.stdout)")
            #expect(brief.stdout.contains("the subgroup citizenship: Nationals (33) is larger than the total it is part of (citizenship: Total, 25)."),
                    "\(brief.stdout)")
        }
    }
}
