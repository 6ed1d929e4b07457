import Foundation
import Testing

/// Where a brief or lineage quotes an estimate that has an interval, the interval comes with it:
/// the citable lineage sentence ended "repeats Okafor and Tran 2026 [2] (6,300): an estimate for
/// 2019", though it kept a minimum's "at least", and the estimate-and-count caution set a bare
/// "12,000" beside an exact count of 3,805 (a statistician's review, session 54).
@Suite("An estimate's interval in the lineage sentence and the estimate-and-count caution (built binary)")
struct EstimateIntervalTextTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,accessed
        mse-team-2026,report,Country MSE estimates of trafficking victims,Okafor; Tran,Institute B,2026-06-01,https://example.org/mse,2026-12-01
        nrm-2020,report,Detected victims annual report,,National Rapporteur,2020-10-01,https://example.org/nr,2026-12-01
        news-2027,report,Hidden victims in the Netherlands,Jansen,Daily Paper,2026-09-01,https://example.org/news,2026-12-01

        """

    private func load(_ figures: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
        try IngestPartWarningTests.write(figures, "f.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("the lineage sentence gives the primary estimate with its 95% interval")
    func lineageSentence() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method,cites,quote,locator
                own-nld,trafficking-victims,"6,300","4,800","9,100",95,persons,NLD,2019,mse-team-2026,estimated,,"an estimated 6,300 victims (95% CI 4,800-9,100)",Table 2
                news-nld,trafficking-victims,"6,000",,,,persons,NLD,2019,news-2027,reported,own-nld,"about 6,000 victims",p. 1

                """, in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "news-nld"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains(
                "6,000 (Jansen 2026 [1]) repeats Okafor and Tran 2026 [2] (6,300; 4,800 to 9,100, 95% interval): an estimate for 2019."),
                    "\(lineage.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "NLD"], in: dir)
            #expect(brief.stdout.contains("repeats Okafor and Tran 2026 [1] (6,300; 4,800 to 9,100, 95% interval): an estimate for 2019."),
                    "\(brief.stdout)")
        }
    }

    @Test("the estimate-and-count caution gives the estimate's interval, and a count need not be no lower bound")
    func estimateAndCount() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method,quote,locator
                own-gbr,trafficking-victims,"12,000","10,000","14,000",95,persons,GBR,2016,mse-team-2026,estimated,"12,000 (95% CI 10,000-14,000)",T1
                nrm-gbr,detected-trafficking-victims,"3,805",,,,persons,GBR,2016,nrm-2020,detected,"3,805 detected",T4

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let caution = brief.stdout.split(separator: "\n").first { $0.contains("Caution (estimate-and-count)") }.map(String.init) ?? ""
            #expect(caution.contains("the United Kingdom: 12,000 (10,000 to 14,000, 95% interval) is an estimate of everyone trafficked"),
                    "\(brief.stdout)")
            #expect(caution.contains("A count is no later value of an estimate, and a lower bound of it only where the estimate was built "
                + "from those very records (as a multiple systems estimate is)"), "\(caution)")
        }
    }
}
