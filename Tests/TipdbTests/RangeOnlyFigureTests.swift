import Foundation
import Testing

/// An estimate published only as a range ("10,000 to 13,000 potential victims of modern slavery",
/// UK Home Office, 2013) is stored as published: value NULL, low and high (m0028). Before, the
/// schema and ingest asked for a value, analysts typed the midpoint, and the brief printed 11,500
/// as a published number.
@Suite("figures published only as a range (built binary)")
struct RangeOnlyFigureTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        home-office-2014,report,Modern Slavery: an application of Multiple Systems Estimation,Bernard Silverman,Home Office,2014-11,https://www.gov.uk/government/publications/modern-slavery-an-application-of-multiple-systems-estimation,,2026-11-30,,
        unseen-2015,report,Modern slavery in the UK,,Unseen,2015,https://www.unseenuk.org/,,2026-11-30,,

        """
    /// The Home Office's range, and a report that repeats it with the same range.
    static let figures = """
        key,measure,value,low,high,place,period,source,cites,locator,quote
        uk-2013,modern-slavery,,10000,13000,GBR,2013,home-office-2014,,p. 1,"10,000 to 13,000 potential victims of modern slavery"
        uk-2013-repeat,modern-slavery,,"10,000","13,000",GBR,2013,unseen-2015,uk-2013,p. 4,

        """

    private func loaded(in dir: URL) throws {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("figures.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected"), "\(load.stdout)")
    }

    @Test("stored with value NULL, not censored, and both bounds; loading the file again changes nothing")
    func storedAsPublished() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value IS NULL AS no_value, censored, low, high FROM figures ORDER BY key"], in: dir)
            #expect(rows.stdout.split(whereSeparator: \.isNewline) == ["key,no_value,censored,low,high", "uk-2013,1,0,10000.0,13000.0", "uk-2013-repeat,1,0,10000.0,13000.0"], "\(rows.stdout)")
            let again = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("figures.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(again.stdout)")
            let dry = try Tipdb.run(["ingest", "--dry-run", "figures.csv"], in: dir)
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("2 unchanged"), "\(dry.stdout)")
        }
    }

    @Test("the brief prints the range, never a midpoint, in Markdown and JSON")
    func briefPrintsTheRange() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            let markdown = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("10,000 to 13,000"), "\(markdown.stdout)")
            #expect(!markdown.stdout.contains("11,500") && !markdown.stdout.contains("not published"), "\(markdown.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.contains("\"text\": \"10,000 to 13,000\"") || json.stdout.contains("\"text\":\"10,000 to 13,000\""), "\(json.stdout)")
            #expect(!json.stdout.contains("11,500") && !json.stdout.contains("11500"), "\(json.stdout)")
            let html = try Tipdb.run(["report", "brief", "--format", "html"], in: dir)
            #expect(html.stdout.contains("10,000 to 13,000") && !html.stdout.contains("11,500"))
        }
    }

    @Test("check: a repeat with the same range passes; one giving the midpoint is named with the range")
    func checkComparesByTheRange() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout == "tipdb.sqlite: 0 errors, 0 warnings\n", "\(check.stdout)")
            let midpoint = """
                key,measure,value,place,period,source,cites,locator
                uk-2013-midpoint,modern-slavery,11500,GBR,2013,unseen-2015,uk-2013,p. 5

                """
            try Data(midpoint.utf8).write(to: dir.appendingPathComponent("midpoint.csv"))
            #expect(try Tipdb.run(["ingest", "midpoint.csv"], in: dir).status == 0)
            let named = try Tipdb.run(["check"], in: dir)
            #expect(named.stdout.contains("uk-2013-midpoint repeats uk-2013 with value 11500, not 10000 to 13000"), "\(named.stdout)")
            #expect(!named.stdout.contains("uk-2013-repeat"), "\(named.stdout)")
        }
    }

    @Test("an empty value with one bound, and a range written in value, are refused saying where the bounds go")
    func oneBoundRefused() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            let figures = """
                key,measure,value,low,high,place,period,source
                uk-low,modern-slavery,,10000,,GBR,2013,home-office-2014
                uk-cell,modern-slavery,"10,000 to 13,000",,,GBR,2013,home-office-2014

                """
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status != 0)
            #expect(load.stderr.contains("figures.csv:2:23: value: no value given; expected the number as published, or both low and high for an estimate published only as a range"), "\(load.stderr)")
            #expect(load.stderr.contains("value: \"10,000 to 13,000\" is a range; expected its bounds in low and high, and value left empty (or the central estimate in value, when the source publishes one)"), "\(load.stderr)")
        }
    }

    /// A minimum typed in `value` (user walkthrough, session 33) said only "is not a number".
    @Test("a minimum written in value is refused saying the number goes in value and again in low; so written, it loads")
    func minimumInValueRefused() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,low,high,place,period,source
                uk-min,modern-slavery,at least 10000,,,GBR,2013,home-office-2014
                uk-gt,modern-slavery,>10000,,,GBR,2013,home-office-2014

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.contains("""
                figures.csv:2:23: value: "at least 10000" is a minimum (10000 or more); expected 10000 in value (the number as \
                published) and again in low, which marks it a minimum
                figures.csv:3:22: value: ">10000" is a minimum (more than 10000); expected 10000 in value (the number as \
                published) and again in low, which marks it a minimum

                """), "\(load.stderr)")
            try Data("key,measure,value,low,high,place,period,source\nuk-min,modern-slavery,10000,10000,,GBR,2013,home-office-2014\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir).status == 0)
        }
    }

    /// Parts that cannot overlap add a range at its low end (`SubgroupSums.smallest`), as
    /// `parts-above-total` says; before, a range-only part added 0 and the excess went unnamed.
    @Test("check and the brief add a range-only part at its low end: women 12,000 to 14,000 + men 9,000 > 20,000")
    func rangeOnlyPartAddsItsLowBound() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            let figures = """
                key,measure,value,low,high,place,period,sex,source
                uk-all,modern-slavery,20000,,,GBR,2013,,home-office-2014
                uk-women,modern-slavery,,12000,14000,GBR,2013,female,home-office-2014
                uk-men,modern-slavery,9000,,,GBR,2013,male,home-office-2014

                """
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("uk-women (12000 to 14000, counted as 12000) + uk-men (9000) = 21000 > uk-all (20000)"), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("12,000 to 14,000") && brief.stdout.contains("add up to 21,000 at the low ends of their ranges"), "\(brief.stdout)")
        }
    }
}
