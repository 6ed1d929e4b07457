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

    /// The EU and month warnings' texts, as `warnings()` pins them, for the JSON tests below.
    static let eu2016 = "places: \"EU\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, and this study's period starts in 2016; for the Union of that time write EU28 (the 27 and the United Kingdom, July 2013 to January 2020), or EU27 when the study covers today's 27; loaded as EU27"
    static let december = "period: \"2011-12\" is read as the month December 2011; if it is the financial or school year 2011/12, write its first and last month, such as 2011-04/2012-03, or 2011-2012 for the two calendar years; loaded as the month; for the month without this warning, write 2011-12/2011-12"

    /// A JSON array file shares the CSV's checks (session 38) and is placed by its members: each
    /// warning on the line of the member it is about, not the line where its object starts, at the
    /// member's value (`"2011-12"`, `"2024"`: the opening quote, as an error about the value) or,
    /// for `places`, at the element, where an error about it would be (`ListItemLocator`): a list's
    /// element at its opening quote (`["FRA", "EU"]`: column 99), an element of a string at its
    /// first character (`"EU"`: column 33 is the E, as the EU of `"FRA;EU"` is at its E).
    @Test("a JSON array: EU for 2016 at its element of places, 2011-12 and a period after publication at the period member, on the member's own line")
    func jsonArray() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "s2.csv", in: dir)
            try IngestPartWarningTests.write("""
                [
                  {"key": "eu-survey", "title": "EU returnee survey", "source": "ngo-2020",
                   "period": "2016", "places": "EU"},
                  {"key": "np-survey", "title": "Nepal survey", "source": "ngo-2020", "period": "2011-12", "places": "NPL"},
                  {"key": "late", "title": "Later survey",
                   "source": "ngo-2020",
                   "period": "2024", "places": ["NPL"]},
                  {"key": "eu-list", "title": "Survey", "source": "ngo-2020", "period": "2016", "places": ["FRA", "EU"]},
                  {"key": "ok-eu", "title": "Survey", "source": "ngo-2020", "period": "2020-03", "places": ["EU"]}
                ]

                """, "studies.json", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "s2.csv", "studies.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.hasPrefix("warning: studies.json") } == [
                "warning: studies.json:3:33: " + Self.eu2016,
                "warning: studies.json:4:81: " + Self.december,
                "warning: studies.json:7:14: study-period-after-publication: late: period starts 2024, source ngo-2020 published 2020-05: " + Self.late,
                "warning: studies.json:8:99: " + Self.eu2016,
            ], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("studies.json: 5 read, 5 inserted, 0 updated, 0 unchanged, 0 rejected, 4 warnings"), "\(loaded.stdout)")
        }
    }

    /// An NDJSON file: one record a line, so each warning is on its record's line, at the member as in a JSON array.
    @Test("an NDJSON file: the three warnings on each record's line, at the member (EU inside FRA;EU at its own column)")
    func ndjson() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "s2.csv", in: dir)
            try IngestPartWarningTests.write("""
                {"key": "eu-survey", "title": "EU returnee survey", "source": "ngo-2020", "period": "2016", "places": "FRA;EU"}
                {"key": "np-survey", "title": "Nepal survey", "source": "ngo-2020", "period": "2011-12", "places": "NPL"}

                {"key": "late", "title": "Later survey", "source": "ngo-2020", "places": ["NPL"], "period": "2024"}

                """, "studies.ndjson", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "s2.csv", "studies.ndjson"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.hasPrefix("warning: studies.ndjson") } == [
                "warning: studies.ndjson:1:108: " + Self.eu2016,
                "warning: studies.ndjson:2:79: " + Self.december,
                "warning: studies.ndjson:4:93: study-period-after-publication: late: period starts 2024, source ngo-2020 published 2020-05: " + Self.late,
            ], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("studies.ndjson: 3 read, 3 inserted, 0 updated, 0 unchanged, 0 rejected, 3 warnings"), "\(loaded.stdout)")
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
