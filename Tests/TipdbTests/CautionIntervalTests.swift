import Foundation
import Testing

/// The brief's methods and age cautions give an estimate's interval, as its other cautions do
/// since session 54: they quoted Nepal's 12,000 (95% interval 10,000 to 14,000) as a bare
/// "12,000", the age caution being the one a reader who quotes an old figure reads (session 55).
@Suite("The methods and age cautions give each estimate's interval (built binary)")
struct CautionIntervalTests {
    static let sources = """
        key,kind,title,authors,publisher,date
        okafor-2012,report,Forced labour in Nepal,Okafor; Tran,Institute B,2012-06-01
        nrc-2009,report,Nepal labour survey,,Nepal Research Centre,2009-03-01

        """

    /// Two estimates of two producers for two years, each with its 95% interval; both more than
    /// ten years before the brief.
    static let figures = """
        key,measure,value,low,high,ci_level,unit,place,period,source,locator
        npl-08,forced-labour,"9,000","7,500","10,500",95,persons,NPL,2008,nrc-2009,T1
        npl-10,forced-labour,"12,000","10,000","14,000",95,persons,NPL,2010,okafor-2012,T2

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("the methods caution gives each figure's interval first in its bracket, the age caution the key figure's")
    func methodsAndAge() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            for sentence in [
                "Forced labour, Nepal: the 2 figures 9,000 (7,500 to 10,500, 95% interval; 2008, Nepal Research Centre 2009 [2]) and "
                    + "12,000 (10,000 to 14,000, 95% interval; 2010, Okafor and Tran 2012 [1]) come from ",
                "Forced labour, Nepal: the key figure, 12,000 (10,000 to 14,000, 95% interval; Okafor and Tran 2012 [1]), describes "
                    + "2010, a period that ended 16 years before this brief;",
            ] {
                #expect(brief.stdout.contains(sentence), "\(brief.stdout)")
            }
        }
    }

    @Test("the age caution gives the interval of a later figure outside the brief's years too")
    func laterFigure() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--to", "2009"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let caution: String = "Forced labour, Nepal: the key figure, 9,000 (7,500 to 10,500, 95% interval; Nepal Research Centre 2009 [1]), describes "
                + "2008, a period that ended 18 years before this brief; a later figure of this measure and place is in the database, "
                + "outside the years this brief covers (to 2009): 12,000 (10,000 to 14,000, 95% interval) for 2010 (Okafor and Tran "
                + "2012 [2])."
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
        }
    }
}
