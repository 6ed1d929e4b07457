import Foundation
import Storage
import TestSupport
import Testing

/// `tipdb check` names the text and dates ingest now refuses as spreadsheet slips (text garbled by
/// a Windows-1252 round trip, a year typed into a date cell) when an older tipdb, or SQL, stored them.
@Suite("check: garbled text and years typed as dates already stored")
struct CheckSpreadsheetSlipsTests {
    /// Runs `sql` on the test's database, as an older tipdb or the `sqlite3` shell would have written it.
    func write(_ sql: String, in dir: URL) throws {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        try db.execute(sql)
    }

    @Test("garbled titles, quotes and CSL fields are errors naming the row, the column and the text they read as")
    func garbledText() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let quote = "Selon le rapport publiÃ© en 2020 par le ministÃ¨re, les victimes de la traite sont nombreuses."
            try write("""
                UPDATE sources SET title = 'Trafficking in CÃ´te dâ€™Ivoire', notes = 'Château de Sâ€™Ivoire, CÃ´te' WHERE key = 'ilo-2005-global-alliance';
                UPDATE sources SET csl = '{"container-title":"InAsia MÃ¼nchen"}' WHERE key = 'francis-2013-shaking-up';
                UPDATE figures SET quote = '\(quote)' WHERE key = 'francis-2013-trafficked-wld';
                UPDATE studies SET summary = 'São Tomé, ROMÂNIA, Château, Łódź' WHERE key = 'ilo-2005-minimum-estimate';
                """, in: dir)
            let (status, found) = try CheckBrokenViewTests.findings(in: dir)
            #expect(status == 1)
            #expect(found["garbled-text"] == [
                "sources ilo-2005-global-alliance, title: \"Trafficking in CÃ´te dâ€™Ivoire\" reads as \"Trafficking in Côte d’Ivoire\"",
                "figures francis-2013-trafficked-wld, quote: \"…le rapport publiÃ© en 2020 par le ministÃ¨re, les victimes…\" reads as \"…le rapport publié en 2020 par le ministère, les victimes…\"",
                "sources francis-2013-shaking-up, csl $.\"container-title\": \"InAsia MÃ¼nchen\" reads as \"InAsia München\"",
            ])
            #expect(found["garbled-word"] == ["sources ilo-2005-global-alliance, notes: \"Sâ€™Ivoire,\" may be \"S’Ivoire,\""])
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.stdout.contains("error: garbled-text: text garbled by a Windows-1252 round trip"), "\(text.stdout)")
            #expect(text.stdout.contains("File origin \"65001: Unicode (UTF-8)\", or correct the text (3)"), "\(text.stdout)")
        }
    }

    @Test("garbled text in an x_ column is a warning, as ingest warns of it")
    func garbledExtra() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try write("UPDATE figures SET extra = '{\"x_country\":\"CÃ´te dâ€™Ivoire\",\"x_ok\":\"Côte\"}' WHERE key = 'francis-2013-trafficked-wld'", in: dir)
            let (status, found) = try CheckBrokenViewTests.findings(in: dir)
            #expect(status == 0)
            #expect(found["garbled-text"] == nil)
            #expect(found["garbled-word"] == ["figures francis-2013-trafficked-wld, extra $.\"x_country\": \"CÃ´te dâ€™Ivoire\" reads as \"Côte d’Ivoire\""])
        }
    }

    @Test("a year typed into a date cell is an error naming the row, the column and the year; other days of 1905 pass")
    func yearTypedAsDate() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try write("""
                UPDATE figures SET period_start = '1905-07-11', period_end = '1905-07-11' WHERE key = 'francis-2013-trafficked-wld';
                UPDATE studies SET period_start = '1905-06-17', period_end = '1905-07-22' WHERE key = 'ilo-2005-minimum-estimate';
                UPDATE sources SET accessed = '1905-07-12' WHERE key = 'ilo-2005-global-alliance';
                UPDATE figures SET period_start = '1905-06-16', period_end = '1905-07-23' WHERE key = 'ilo-2005-forced-commercial-sexual-exploitation-female-share-wld';
                """, in: dir)
            let (status, found) = try CheckBrokenViewTests.findings(in: dir)
            #expect(status == 1)
            #expect(found["year-typed-as-date"] == [
                "figures francis-2013-trafficked-wld, period: 1905-07-11 is the year 2019",
                "studies ilo-2005-minimum-estimate, period_start: 1905-06-17 is the year 1995",
                "studies ilo-2005-minimum-estimate, period_end: 1905-07-22 is the year 2030",
                "sources ilo-2005-global-alliance, accessed: 1905-07-12 is the year 2020",
            ])
        }
    }

    @Test("the Fixtures hold no garbled text and no year typed as a date")
    func fixturesPass() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try CheckBrokenViewTests.findings(in: dir).findings
            #expect(found["garbled-text"] == nil && found["garbled-word"] == nil && found["year-typed-as-date"] == nil)
        }
    }
}
