import Foundation
import Storage
import Testing

/// A figures export of `tipdb sql`, loaded back: with `value_last_digit`, `low_last_digit` and
/// `high_last_digit` it is unchanged (CSV, JSON, NDJSON, pandas' `4.0`); without them, a figure
/// whose source printed `12.0%` loads as `12%` with a warning that names it, where the load said
/// only "2 updated" (a meta-analyst's review, session 51). A digit that does not fit its number is
/// refused at its cell.
@Suite("printed digits survive tipdb sql export and load back (built binary)")
struct PrintedDigitsExportRoundTripTests {
    static let sources = """
        key,title,publisher,date
        wf-2023-gsi,Global Slavery Index 2023,Walk Free,2023-05-24

        """

    static let figures = """
        key,measure,value,low,high,ci_level,unit,place,period,source,notes
        pd1,forced-labour,2.50 million,2.10 million,2.90 million,95,persons,NGA,2019,wf-2023-gsi,printed to three digits
        pd2,forced-labour,12.0%,9.50%,14.5%,95,percent,NGA,2019,wf-2023-gsi,share of adults surveyed

        """

    static let columns = """
        key,measure,value,censored,low,high,ci_level,unit,place,period_start,period_end,period_basis,sex,age_group,form,\
        source,study,locator,quote,cites,method,notes
        """

    static func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "pd.csv", in: dir)
        let ingest = try Tipdb.run(["ingest", "src.csv", "pd.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    /// Runs `tipdb sql` and writes its output to `name` in `dir`.
    static func export(_ sql: String, format: String, to name: String, in dir: URL) throws {
        let rows = try Tipdb.run(["sql", "--format", format, sql], in: dir)
        #expect(rows.status == 0, "\(rows.stderr)")
        try IngestPartWarningTests.write(rows.stdout, name, in: dir)
    }

    static func briefRows(in dir: URL) throws -> String {
        let md = try Tipdb.run(["report", "brief", "--place", "NGA", "--date", "2026-12-05"], in: dir)
        #expect(md.status == 0, "\(md.stderr)")
        return md.stdout.split(separator: "\n").filter { $0.hasSuffix("| pd1 |") || $0.hasSuffix("| pd2 |") }.joined(separator: "\n")
    }

    @Test("an export with the digit columns loads back unchanged, as CSV, JSON and NDJSON; briefs still print 12.0% and 2.50 million",
          arguments: [("csv", "export.csv"), ("json", "export.json"), ("ndjson", "export.ndjson")])
    func roundTrip(format: String, file: String) throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            try Self.export(
                "SELECT \(Self.columns), value_last_digit, low_last_digit, high_last_digit FROM figures WHERE key LIKE 'pd%'",
                format: format, to: file, in: dir)
            let again = try Tipdb.run(["ingest", file], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("\(file): 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(again.stdout)\(again.stderr)")
            #expect(!again.stderr.contains("warning"), "\(again.stderr)")
            let rows = try Self.briefRows(in: dir)
            #expect(rows.contains("| 12.0% | 9.50 to 14.5% (95% interval) |"), "\(rows)")
            #expect(rows.contains("| 2.50 million | 2.10 to 2.90 million (95% interval) |"), "\(rows)")
        }
    }

    @Test("pandas' float digit column (4.0, -1.0, empty) reads as the integers; a cleaned row's edit is loaded, its digits kept")
    func pandasFloats() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,unit,place,period_start,period_end,source,notes,value_last_digit,low_last_digit,high_last_digit
                pd1,forced-labour,2500000.0,2100000.0,2900000.0,0.95,persons,NGA,2019,2019,wf-2023-gsi,printed to three digits,4.0,4.0,4.0
                pd2,forced-labour,12.0,9.5,14.5,0.95,percent,NGA,2019,2019,wf-2023-gsi,cleaned in pandas,-1.0,-2.0,

                """, "cleaned.csv", in: dir)
            let again = try Tipdb.run(["ingest", "cleaned.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("cleaned.csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected"), "\(again.stdout)\(again.stderr)")
            #expect(!again.stderr.contains("warning"), "\(again.stderr)")
            let rows = try Self.briefRows(in: dir)
            #expect(rows.contains("| 12.0% | 9.50 to 14.5% (95% interval) |"), "\(rows)")
        }
    }

    @Test("an export without the digit columns loads as an update to fewer digits, warned at the value naming the figure, before → after")
    func warnedWithout() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            try Self.export("SELECT \(Self.columns) FROM figures WHERE key LIKE 'pd%'", format: "csv", to: "export.csv", in: dir)
            let again = try Tipdb.run(["ingest", "export.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("export.csv: 2 read, 0 inserted, 2 updated, 0 unchanged, 0 rejected"), "\(again.stdout)")
            #expect(again.stderr.contains("""
                warning: export.csv:2:19: value: figure "pd1" is loaded with the numbers it had, printed with fewer digits than stored: \
                value 2.50 million → 2.5 million, low 2.10 million → 2.1 million, high 2.90 million → 2.9 million; briefs, lineage and \
                search now print 2.5 million; if the source printed 2.50 million, write them so, or give the value_last_digit, \
                low_last_digit and high_last_digit columns as tipdb sql exports them from figures
                """), "\(again.stderr)")
            #expect(again.stderr.contains("""
                warning: export.csv:3:19: value: figure "pd2" is loaded with the numbers it had, printed with fewer digits than stored: \
                value 12.0% → 12%, low 9.50% → 9.5%; briefs, lineage and search now print 12%; if the source printed 12.0%, write them so
                """), "\(again.stderr)")
            // The load itself is as documented: an update of the digits, never of the number.
            let rows = try Self.briefRows(in: dir)
            #expect(rows.contains("| 12% | 9.5 to 14.5% (95% interval) |") && !rows.contains("revised from"), "\(rows)")

            // Loaded back with more digits, as typed from the source, nothing is said: they were written so.
            try IngestPartWarningTests.write(Self.figures, "typed.csv", in: dir)
            let restored = try Tipdb.run(["ingest", "typed.csv"], in: dir)
            #expect(restored.stdout.contains("typed.csv: 2 read, 0 inserted, 2 updated, 0 unchanged, 0 rejected"), "\(restored.stdout)")
            #expect(!restored.stderr.contains("warning"), "\(restored.stderr)")
        }
    }

    @Test("a digit that does not fit its number, or has none, is refused at its cell; nothing is loaded")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,censored,unit,place,period,source,value_last_digit,low_last_digit,high_last_digit
                pd1,forced-labour,2500000.0,,,,persons,NGA,2019,wf-2023-gsi,5,,
                pd2,forced-labour,12.0%,,,,percent,NGA,2019,wf-2023-gsi,two,,
                pd3,forced-labour,2.50 million,,,,persons,NGA,2018,wf-2023-gsi,3,,
                pd4,forced-labour,,10000,13000,,persons,NGA,2017,wf-2023-gsi,2,,
                pd5,forced-labour,,1,4,1,persons,NGA,2016,wf-2023-gsi,,0,
                pd6,forced-labour,2450000,,,,persons,NGA,2015,wf-2023-gsi,-2,,
                pd7,forced-labour,0.5,,,,percent,NGA,2014,wf-2023-gsi,-40,,

                """, "bad.csv", in: dir)
            let load = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(load.status == 1, "\(load.stdout)\(load.stderr)")
            for expected in [
                "bad.csv:2:61: value_last_digit: 5 is not the place of a zero that value 2500000 drops: its digits end at 10^5 (2.5 million); "
                    + "expected a power of ten below 5 (4 prints 2.50 million), or an empty cell",
                "bad.csv:3:57: value_last_digit: \"two\" is not a power of ten; expected the whole number tipdb sql exports from figures",
                "bad.csv:4:64: value_last_digit: 3 disagrees with value \"2.50 million\", printed to 10^4; expected 4, or an empty cell",
                "bad.csv:5:62: value_last_digit: 2 given without a value; expected an empty cell, as value is",
                "bad.csv:6:56: low_last_digit: 0 given for a censored count, whose value, low and high are how <k is stored",
                "bad.csv:7:59: value_last_digit: -2 puts printed digits after the point of a count of persons",
                "bad.csv:8:55: value_last_digit: -40 would print value 0.5 with 40 significant digits, more than the 17 a stored number holds",
            ] {
                #expect(load.stderr.contains(expected), "\(expected)\n\(load.stderr)")
            }
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir)
            #expect(stored.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "n\n2\n", "\(stored.stdout)")
        }
    }
}

/// `tipdb sql 'SELECT * FROM figures'` exported tipdb's own columns, and ingest's error for `id`
/// asked "did you mean key?": now each says what the column is and which to select.
@Suite("a SELECT * export of figures is refused naming tipdb's own columns (built binary)")
struct SelectStarExportTests {
    @Test("id, batch_id, created_at and updated_at are named as tipdb's own, with the recipe to follow; extra is read")
    func selectStar() throws {
        try withTemporaryDirectory { dir in
            try PrintedDigitsExportRoundTripTests.load(in: dir)
            try PrintedDigitsExportRoundTripTests.export("SELECT * FROM figures", format: "csv", to: "all.csv", in: dir)
            let load = try Tipdb.run(["ingest", "all.csv"], in: dir)
            #expect(load.status == 1, "\(load.stdout)\(load.stderr)")
            #expect(load.stderr.contains("""
                all.csv:1:1: unknown column "id": it is a column tipdb keeps in figures for itself, which SELECT * exports and ingest \
                does not read; expected a figures file's columns only: select them by name (README, "Export and load back"), leaving \
                out id, batch_id, created_at, updated_at
                """), "\(load.stderr)")
            #expect(load.stderr.contains("all.csv:1:164: unknown column \"created_at\": it is a column tipdb keeps in figures"), "\(load.stderr)")
            #expect(!load.stderr.contains("value_last_digit"), "\(load.stderr)")
        }
    }
}
