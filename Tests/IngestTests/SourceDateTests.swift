import Foundation
import Ingest
import Storage
import Testing

/// Publication and access dates of sources: their own years, not those of reference periods.
@Suite("Ingest: dates of sources")
struct SourceDateTests {
    /// Next year in UTC, the last year a publication or access date may have.
    static let nextYear: Int = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.component(.year, from: Date()) + 1
    }()

    static let publicationYears = "expected a publication year from 1000 to \(nextYear) (next year)"
    static let accessYears = "expected the year the URL was read, from 1990 to \(nextYear) (next year)"

    @Test("a CSV source may be dated from the year 1000 to next year (the Code Noir, 1685); accessed from 1990; messages call them dates")
    func csvDates() throws {
        let h = try IngestHarness()
        let next = Self.nextYear
        let csv = """
            key,kind,title,publisher,date,accessed
            code-noir,legal-instrument,Code Noir,Louis XIV,1685-03,
            s1000,report,T,P,1000,
            s999,report,T,P,0999,
            snext,report,T,P,\(next),
            sfar,report,T,P,\(next + 1),
            acc-ok,report,T,P,2016,1990-01-01
            acc-old,report,T,P,2016,1989-12-31
            acc-far,report,T,P,2016,\(next + 1)-01-01
            bad,report,T,P,-050,

            """
        let report = try h.ingest([try h.write("s.csv", csv)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "4:17: date: year 999 in \"0999\" is out of range; \(Self.publicationYears)",
            "6:17: date: year \(next + 1) in \"\(next + 1)\" is out of range; \(Self.publicationYears)",
            "8:25: accessed: year 1989 in \"1989-12-31\" is out of range; \(Self.accessYears)",
            "9:25: accessed: year \(next + 1) in \"\(next + 1)-01-01\" is out of range; \(Self.accessYears)",
            "10:16: date: \"-050\" is not a date; expected a year (2005), a month (2017-09) or a day (2013-02-06)",
        ])
        #expect(try h.db.rows("SELECT key, published, accessed FROM sources ORDER BY key").map {
            "\($0.string("key") ?? ""): \($0.string("published") ?? "-") \($0.string("accessed") ?? "-")"
        } == ["acc-ok: 2016 1990-01-01", "code-noir: 1685-03 -", "s1000: 1000 -", "snext: \(next) -"])
    }

    @Test("an access date written wrong asks for a day, as the full-date rule does; DOIs are read with any of the resolver prefixes (a link's percent escapes decoded, a bare DOI's % kept) and quoted as written")
    func accessDayAndDOI() throws {
        let h = try IngestHarness()
        let csv = """
            key,title,publisher,accessed,doi
            a1,T,P,2020-1-2,
            a2,T,P,2017-09,
            d1,T,P,,http://dx.doi.org/10.1/a
            d2,T,P,,DOI: 10.1/b
            d3,T,P,,https://dx.doi.org/10.1/c
            d4,T,P,,doi: x/1
            d5,T,P,,https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0
            d6,T,P,,10.1/100%25
            d7,T,P,,https://doi.org/10.1000/a%00b
            d8,T,P,,https://doi.org/10.1000/a%0Ab
            d9,T,P,,10.1000/a b

            """
        let report = try h.ingest([try h.write("s.csv", csv)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "2:8: accessed: \"2020-1-2\" is not a date; expected the day the URL was read, as YYYY-MM-DD (2013-02-06)",
            "3:8: accessed: \"2017-09\" is not a full date; expected the day the URL was read, as YYYY-MM-DD",
            "7:9: doi: \"doi: x/1\" does not start with 10., as every DOI does; expected a form such as 10.1000/xyz123 (or https://doi.org/10.1000/xyz123)",
            "10:9: doi: \"https://doi.org/10.1000/a%00b\" holds a space or control character once read; expected a DOI of printable characters only, such as 10.1000/xyz123",
            "11:9: doi: \"https://doi.org/10.1000/a%0Ab\" holds a space or control character once read; expected a DOI of printable characters only, such as 10.1000/xyz123",
            "12:9: doi: \"10.1000/a b\" holds a space or control character once read; expected a DOI of printable characters only, such as 10.1000/xyz123",
        ])
        #expect(try h.db.rows("SELECT doi FROM sources ORDER BY key").compactMap { $0.string("doi") } == [
            "10.1/a", "10.1/b", "10.1/c", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0", "10.1/100%25",
        ])
    }

    @Test("CSL issued and accessed date-parts follow the same years, and their errors say year and date, never period")
    func cslDates() throws {
        let h = try IngestHarness()
        let items = """
            [{"id": "e11", "type": "legislation", "title": "Code Noir", "publisher": "P", "issued": {"date-parts": [[1685]]}},
             {"id": "e10", "type": "legislation", "title": "Code Noir", "publisher": "P", "issued": {"raw": "1685"}},
             {"id": "e1", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[999]]}},
             {"id": "e2", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[-50]]}},
             {"id": "e9", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[20160]]}},
             {"id": "e8", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2016, 0]]}},
             {"id": "a1", "type": "report", "title": "T", "publisher": "P", "accessed": {"date-parts": [[1989, 12, 31]]}}]
            """
        let report = try h.ingest([try h.write("items.json", items)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "3:75: issued: year 999 is out of range; \(Self.publicationYears)",
            "4:75: issued: year -50 is out of range; \(Self.publicationYears)",
            "5:75: issued: year 20160 is out of range; \(Self.publicationYears)",
            "6:75: issued: month 00 in \"2016-00\" does not exist; expected 01 to 12",
            "7:77: accessed: year 1989 is out of range; \(Self.accessYears)",
        ])
        #expect(try h.db.source(key: "e11")?.published == "1685")
        #expect(try h.db.source(key: "e11")?.csl == nil)
        // A raw date the column can hold fills it; the raw text stays for export.
        #expect(try h.db.source(key: "e10")?.published == "1685")
        #expect(try h.db.source(key: "e10")?.csl == #"{"issued":{"raw":"1685"}}"#)
    }

    @Test("the end of a CSL date range is a real date in range, not before the start; a good range loads with its end kept in csl")
    func cslDateRangeEnd() throws {
        let h = try IngestHarness()
        let items = """
            [{"id": "r1", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2016], [2015]]}},
             {"id": "r2", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2015], [2105]]}},
             {"id": "r3", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2015, 1], [2015, 13]]}},
             {"id": "r4", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2015], ["soon"]]}},
             {"id": "r5", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2015], [2016], [2017]]}},
             {"id": "r6", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2015, 6, 30], [2015, 6, 1]]}},
             {"id": "ok", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2015, 11], [2016]]}}]
            """
        let report = try h.ingest([try h.write("items.json", items)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "1:75: issued: the range ends (2015) before it starts (2016); expected the end on or after the start",
            "2:75: issued: the end of the range: year 2105 is out of range; \(Self.publicationYears)",
            "3:75: issued: the end of the range: month 13 in \"2015-13\" does not exist; expected 01 to 12",
            "4:75: issued: the end of the range is not a date; expected a start and an end, [[YYYY, M, D], [YYYY, M, D]], with month and day optional",
            "5:75: issued: 3 dates in date-parts; expected a start and an end, [[YYYY, M, D], [YYYY, M, D]], with month and day optional",
            "6:75: issued: the range ends (2015-06-01) before it starts (2015-06-30); expected the end on or after the start",
        ])
        let stored = try #require(try h.db.source(key: "ok"))
        #expect(stored.published == "2015-11")
        #expect(stored.csl == #"{"issued":{"date-parts":[[2015,11],[2016]]}}"#)
        #expect(try h.count("sources") == 1)
    }
}
