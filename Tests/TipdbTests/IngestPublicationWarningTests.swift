import Foundation
import Testing

/// Ingest warns, at the cell of each figure the file loaded that the rule blames (the measure, the
/// period or the end of it), about an estimate under a measure of
/// counts and a period that starts or ends after its source's publication: `tipdb check`'s
/// `estimate-under-count-measure`, `period-after-publication` and `period-ends-after-publication`,
/// restricted to the file's batch. Before, ingest loaded them without a word.
@Suite("ingest: warnings about an estimate under a count measure and a period after publication (built binary)")
struct IngestPublicationWarningTests {
    static let sources = """
        key,title,publisher,date
        ilo2012,Global estimate,ILO,2012
        gov2021,Statistics,Ministry,2021-03

        """
    static let stored = """
        key,measure,value,place,period,source,method,quote
        old,detected-trafficking-victims,4000,Nigeria,2015,ilo2012,estimated,q

        """
    static let figures = """
        key,measure,value,place,period,source,method,quote
        f4,detected-trafficking-victims,5000,Nigeria,2016,ilo2012,estimated,q
        ok,detected-trafficking-victims,4500,Nigeria,2020,gov2021,,q
        g21,detected-trafficking-victims,60,Denmark,2021,gov2021,,q

        """
    static let estimate = "figures estimated (method estimated) under a measure that counts cases from records (measures.counts "
        + "detected-count or criminal-justice-count): an estimate, such as a multiple systems estimate of victims, is not a count of "
        + "the cases detected, and a brief gives it the count's definition; store an estimate of how many people are in the "
        + "situation under a prevalence-estimate measure (trafficking-victims for victims of trafficking), or set the method of a "
        + "count from records to detected (a file loaded before tipdb took a missing method from the measure may have stored its "
        + "counts as estimated: loading it again with its method cells empty corrects them)"
    static let starts = "figures whose reference period starts after their source was published: a 2019 report cannot count "
        + "victims detected in 2021, so the period or the source is wrong (or the figure is a projection, which tipdb cannot "
        + "mark); correct it or say so when citing"
    static let ends = "figures whose reference period ends after their source was published (one that also starts after is "
        + "period-after-publication's): a count of detected victims, prosecutions, convictions or offences cannot include days "
        + "after its publication (a report of 2021-03 counting 2021), and no figure, an estimate included, can cover a year "
        + "after the year of its publication (a report of 2021 giving 2015-2022), so the period or the source is wrong (or the "
        + "figure is a projection, which tipdb cannot mark); correct it or say so when citing"

    @Test("each warning at the blamed cell of the figure the file gave; a stored figure of another batch is not named")
    func warnsAtTheRow() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data(Self.stored.utf8).write(to: dir.appendingPathComponent("old.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "old.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "f.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr) == [
                "warning: f.csv:2:4: estimate-under-count-measure: f4 (estimated under detected-trafficking-victims, a count of detected cases): " + Self.estimate,
                "warning: f.csv:2:46: period-after-publication: f4: period starts 2016, source ilo2012 published 2012: " + Self.starts,
                "warning: f.csv:4:45: period-ends-after-publication: g21: period ends 2021, source gov2021 published 2021-03; "
                    + "a count cannot include days after publication: " + Self.ends,
            ], "\(result.stderr)")
            #expect(result.stdout.contains("f.csv: 3 read, 3 inserted, 0 updated, 0 unchanged, 0 rejected, 3 warnings"), "\(result.stdout)")
        }
    }

    @Test("each warning at the cell it blames: a JSON record's measure and period values (period_end for a period that ends late), a CSV row's cells whatever its key column")
    func warnsAtTheCell() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            // A record over two lines, and one without a key whose period is given by its ends.
            try Data("""
                [
                  {"key": "f4", "measure": "detected-trafficking-victims", "value": 5000, "place": "Nigeria",
                   "period": "2016", "source": "ilo2012", "method": "estimated", "quote": "q"},
                  {"measure": "detected-trafficking-victims", "value": 60, "place": "Denmark", "period_start": "2021", "period_end": "2021", "source": "gov2021", "quote": "q"}
                ]

                """.utf8).write(to: dir.appendingPathComponent("f.json"))
            // The key in the last column, and no key column at all.
            try Data("""
                place,period,measure,value,source,method,quote,key
                Nigeria,2018,detected-trafficking-victims,5000,ilo2012,estimated,q,k18

                """.utf8).write(to: dir.appendingPathComponent("keylast.csv"))
            try Data("""
                place,period,measure,value,source,method,quote
                Nigeria,2017,detected-trafficking-victims,5000,ilo2012,estimated,q

                """.utf8).write(to: dir.appendingPathComponent("nokey.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "s.csv", "f.json", "keylast.csv", "nokey.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let derived = "gov2021:detected-trafficking-victims:DNK:2021"
            let nokey = "ilo2012:detected-trafficking-victims:NGA:2017"
            #expect(IngestPartWarningTests.warnings(result.stderr) == [
                // "measure": at line 2, column 28; "period": on line 3; "period_end": at column 118 of line 4.
                "warning: f.json:2:28: estimate-under-count-measure: f4 (estimated under detected-trafficking-victims, a count of detected cases): " + Self.estimate,
                "warning: f.json:3:14: period-after-publication: f4: period starts 2016, source ilo2012 published 2012: " + Self.starts,
                "warning: f.json:4:118: period-ends-after-publication: \(derived): period ends 2021, source gov2021 published 2021-03; "
                    + "a count cannot include days after publication: " + Self.ends,
                // measure is the third field (column 14), period the second (column 9).
                "warning: keylast.csv:2:14: estimate-under-count-measure: k18 (estimated under detected-trafficking-victims, a count of detected cases): " + Self.estimate,
                "warning: keylast.csv:2:9: period-after-publication: k18: period starts 2018, source ilo2012 published 2012: " + Self.starts,
                "warning: nokey.csv:2:14: estimate-under-count-measure: \(nokey) (estimated under detected-trafficking-victims, a count of detected cases): " + Self.estimate,
                "warning: nokey.csv:2:9: period-after-publication: \(nokey): period starts 2017, source ilo2012 published 2012: " + Self.starts,
            ], "\(result.stderr)")
            // A period refused in that cell is reported at the same position as the warning.
            try Data("""
                place,period,measure,value,source,method,quote
                Nigeria,20x7,detected-trafficking-victims,5000,ilo2012,estimated,q

                """.utf8).write(to: dir.appendingPathComponent("bad.csv"))
            let bad = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(bad.stderr.hasPrefix("bad.csv:2:9: period: "), "\(bad.stderr)")
        }
    }

    @Test("the bulk-load note names the checks it leaves to tipdb check")
    func bulkNote() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            var rows = "key,measure,value,place,period,source,method,quote\n"
            for index in 0..<10_000 { rows += "b\(index),detected-trafficking-victims,\(index + 1),Nigeria,\(1900 + index % 100),ilo2012,estimated,q\n" }
            try Data(rows.utf8).write(to: dir.appendingPathComponent("bulk.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "s.csv", "bulk.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr).isEmpty, "\(result.stderr)")
            #expect(result.stderr.contains("""
                one source's figure under two keys (same-figure-twice), a repeat that changes what it cites (repeat-changed), \
                an estimate under a measure of counts \
                (estimate-under-count-measure), a period that starts or ends after its source's publication \
                (period-after-publication, period-ends-after-publication), a publication-year period that is not its source's \
                publication year (period-not-publication-year), a quote whose numbers are not the figure's \
                (quote-contradicts-value), a country's figure whose notes say it covers one part (part-as-country) and stored repeats this load made earlier than \
                what they cite (repeat-before-original) are not looked for among its figures
                """), "\(result.stderr)")
        }
    }
}
