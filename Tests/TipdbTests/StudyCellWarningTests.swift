import Foundation
import Testing

/// A user-reviewer's studies file loaded `EU` for 2016 as EU27 and `2011-12` as December 2011
/// without a word, where a figures file warns of both at the cell, and a study of 2024 reported by
/// a source of 2020-05 passed ingest and check alike. Studies get the figures' place and period
/// warnings at the cell now, and `study-period-after-publication` at ingest and in check.
@Suite("ingest: a studies file gets the place and period warnings of a figures file, and a period after its source's publication (built binary)")
struct StudyCellWarningTests {
    static let sources = """
        key,title,publisher,date
        ngo-2020,NGO survey report,Some NGO,2020-05
        undated,Undated report,Some NGO,

        """
    static let studies = """
        key,title,source,method,period,places,population,sample_size
        eu-survey,EU returnee survey,ngo-2020,survey,2016,EU,returnees,800
        np-survey,Nepal survey,ngo-2020,survey,2011-12,NPL,returnees,400
        late,Later survey,ngo-2020,survey,2024,NPL,returnees,300
        old-eu,Older survey,ngo-2020,survey,2010,FRA;European Union,returnees,100
        ok-eu27,Survey,ngo-2020,survey,2016,EU27,returnees,100
        ok-eu,Survey,ngo-2020,survey,2020-03,EU,returnees,100
        ok-month,Survey,ngo-2020,survey,2011-12/2011-12,NPL,returnees,100
        ok-same-year,Survey,ngo-2020,survey,2020,NPL,returnees,100
        ok-undated,Survey,undated,survey,2024,NPL,returnees,100
        ok-no-period,Survey,ngo-2020,survey,,EU,returnees,100

        """
    static let late = "studies whose reference period starts after the source that reports them was published: "
        + "a report of 2020 cannot describe a survey of 2024, so the study's period or its source is wrong; correct it, "
        + "since a brief gives the study's period beside its figures"

    @Test("EU before 2020 at its element of places, 2011-12 at the period cell, a period after publication at the period cell; the rest load silently")
    func warnings() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "s2.csv", in: dir)
            try IngestPartWarningTests.write(Self.studies, "studies.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "s2.csv", "studies.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let studyWarnings = IngestPartWarningTests.warnings(loaded.stderr).filter { $0.hasPrefix("warning: studies.csv") }
            #expect(studyWarnings == [
                "warning: studies.csv:2:51: places: \"EU\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, and this study's period starts in 2016; for the Union of that time write EU28 (the 27 and the United Kingdom, July 2013 to January 2020), or EU27 when the study covers today's 27; loaded as EU27",
                "warning: studies.csv:3:40: period: \"2011-12\" is read as the month December 2011; if it is the financial or school year 2011/12, write its first and last month, such as 2011-04/2012-03, or 2011-2012 for the two calendar years; loaded as the month; for the month without this warning, write 2011-12/2011-12",
                "warning: studies.csv:4:35: study-period-after-publication: late: period starts 2024, source ngo-2020 published 2020-05: " + Self.late,
                "warning: studies.csv:5:46: places: \"European Union\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, and this study's period starts in 2010, when the Union had other members (tipdb holds EU28, July 2013 to January 2020, and EU27, no earlier Union); check which members the study covers, and write EU27 when the study covers today's 27; loaded as EU27",
            ], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("studies.csv: 10 read, 10 inserted, 0 updated, 0 unchanged, 0 rejected, 4 warnings"), "\(loaded.stdout)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT study, place FROM study_places WHERE study IN ('eu-survey', 'old-eu') ORDER BY study, place"], in: dir)
            #expect(stored.stdout == "study,place\r\neu-survey,EU27\r\nold-eu,EU27\r\nold-eu,FRA\r\n", "\(stored.stdout)")
        }
    }

    @Test("tipdb check lists study-period-after-publication, with the row ingest gave")
    func check() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "s2.csv", in: dir)
            try IngestPartWarningTests.write(Self.studies, "studies.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "s2.csv", "studies.csv"], in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: study-period-after-publication: \(Self.late) (1)
                  late: period starts 2024, source ngo-2020 published 2020-05

                """), "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.stdout.contains(#""study-period-after-publication": 1"#), "\(json.stdout)")
        }
    }
}
