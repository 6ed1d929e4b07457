import Foundation
import Testing

/// A sources file loaded after the figures and studies citing a source, that moves the source's
/// date before their periods, is warned at its date cell naming them: `tipdb check`'s
/// `period-after-publication` and `study-period-after-publication` from the sources file's side.
/// Before (session 39), only `tipdb check` said so.
@Suite("ingest: a sources row that dates a source before the periods of stored figures and studies citing it is warned at its date (built binary)")
struct SourceDateWarningTests {
    static let sources = """
        key,title,publisher,date,url
        ilo,Global estimate,ILO,2022,https://example.org/ilo
        ngo,Survey report,Some NGO,2021-06,https://example.org/ngo

        """
    static let figures = """
        key,measure,value,place,period,source,method,quote
        f1,detected-trafficking-victims,5000,Nigeria,2016,ilo,,q
        f2,detected-trafficking-victims,6000,Nigeria,2017,ilo,,q
        f0,detected-trafficking-victims,4000,Nigeria,2010,ilo,,q
        n1,detected-trafficking-victims,70,Denmark,2021-03,ngo,,q

        """
    static let studies = """
        key,title,source,period,places
        st1,Returnee survey,ilo,2016,NGA
        st0,Older survey,ilo,2010,NGA

        """
    static let figuresMessage = "figures whose reference period starts after their source was published: a 2019 report cannot count "
        + "victims detected in 2021, so the period or the source is wrong (or the figure is a projection, which tipdb cannot "
        + "mark); correct it or say so when citing"

    /// A database holding `sources`, `figures` and `studies`, loaded without a warning of these rules.
    private func stored(in dir: URL) throws {
        try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "f.csv", in: dir)
        try IngestPartWarningTests.write(Self.studies, "t.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv", "t.csv"], in: dir)
        #expect(loaded.status == 0 && IngestPartWarningTests.warnings(loaded.stderr).isEmpty, "\(loaded.stderr)")
    }

    @Test("a new date before their periods: one warning per source at its date cell naming the figures, one naming the studies; a date that still precedes none is silent")
    func warnsAtTheDate() throws {
        try withTemporaryDirectory { dir in
            try stored(in: dir)
            // ngo moves within its year: 2021-03 does not start after 2021.
            try IngestPartWarningTests.write("""
                key,title,publisher,date,url
                ngo,Survey report,Some NGO,2021,https://example.org/ngo
                ilo,Global estimate,ILO,2012,https://example.org/ilo

                """, "s2.csv", in: dir)
            let result = try Tipdb.run(["ingest", "s2.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr) == [
                "warning: s2.csv:3:25: period-after-publication: source ilo, which this file dates 2012, is cited by 2 figures whose "
                    + "period starts later: f1 (period starts 2016), f2 (period starts 2017): " + Self.figuresMessage,
                "warning: s2.csv:3:25: study-period-after-publication: source ilo, which this file dates 2012, reports 1 study whose "
                    + "period starts later: st1 (period starts 2016): " + StudyCellWarningTests.late,
            ], "\(result.stderr)")
            #expect(result.stdout.contains("s2.csv: 2 read, 0 inserted, 2 updated, 0 unchanged, 0 rejected, 2 warnings"), "\(result.stdout)")
            // Check names the same figures and study.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("  f1: period starts 2016, source ilo published 2012\n  f2: period starts 2017, source ilo published 2012\n"), "\(check.stdout)")
            #expect(check.stdout.contains("  st1: period starts 2016, source ilo published 2012\n"), "\(check.stdout)")
        }
    }

    @Test("a row that changes only the URL, or gives the date again, names nothing: the figures were named when their date was")
    func sameDate() throws {
        try withTemporaryDirectory { dir in
            try stored(in: dir)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,url
                ilo,Global estimate,ILO,2012,https://example.org/ilo

                """, "s2.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "s2.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,url
                ilo,Global estimate,ILO,2012,https://example.org/ilo-2

                """, "s3.csv", in: dir)
            let result = try Tipdb.run(["ingest", "s3.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr).isEmpty, "\(result.stderr)")
            #expect(result.stdout.contains("s3.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch"), "\(result.stdout)")
        }
    }

    @Test("figures and studies the same command writes are warned at their own period cell, not again at the date; those it leaves as stored are named at the date")
    func sameCommand() throws {
        try withTemporaryDirectory { dir in
            try stored(in: dir)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,url
                ilo,Global estimate,ILO,2012,https://example.org/ilo

                """, "s2.csv", in: dir)
            // f1 written again with a new value; f2 as stored; st1 given again as stored.
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source,method,quote
                f1,detected-trafficking-victims,5100,Nigeria,2016,ilo,,q
                f2,detected-trafficking-victims,6000,Nigeria,2017,ilo,,q

                """, "f2.csv", in: dir)
            try IngestPartWarningTests.write(Self.studies, "t2.csv", in: dir)
            let result = try Tipdb.run(["ingest", "f2.csv", "t2.csv", "s2.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr).map { $0.prefix(while: { $0 != "," }) } == [
                "warning: s2.csv:2:25: period-after-publication: source ilo",
                "warning: t2.csv:2:25: study-period-after-publication: st1: period starts 2016",
                "warning: f2.csv:2:46: period-after-publication: f1: period starts 2016",
            ], "\(result.stderr)")
            #expect(result.stderr.contains(
                "warning: s2.csv:2:25: period-after-publication: source ilo, which this file dates 2012, is cited by 1 figure whose "
                    + "period starts later: f2 (period starts 2017): "), "\(result.stderr)")
        }
    }

    @Test("more than 5 figures: the first 5 by key, and how many more tipdb check lists")
    func manyFigures() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
            var rows = "key,measure,value,place,period,source,method,quote\n"
            for year in 2013...2020 { rows += "y\(year),detected-trafficking-victims,\(year),Nigeria,\(year),ilo,,q\n" }
            try IngestPartWarningTests.write(rows, "f.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir).status == 0)
            // CSL-JSON: the warning is at the issued member's value.
            try IngestPartWarningTests.write("""
                [{"id": "ilo", "type": "report", "title": "Global estimate", "publisher": "ILO", "URL": "https://example.org/ilo",
                  "issued": {"date-parts": [[2012]]}}]

                """, "s2.json", in: dir)
            let result = try Tipdb.run(["ingest", "s2.json"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr) == [
                "warning: s2.json:2:13: period-after-publication: source ilo, which this file dates 2012, is cited by 8 figures whose "
                    + "period starts later: y2013 (period starts 2013), y2014 (period starts 2014), y2015 (period starts 2015), "
                    + "y2016 (period starts 2016), y2017 (period starts 2017) and 3 more, which tipdb check lists: " + Self.figuresMessage,
            ], "\(result.stderr)")
        }
    }
}
