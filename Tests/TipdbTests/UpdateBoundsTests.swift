import Foundation
import Testing

/// A file of bounds without a `value` column (a JSON object without a `value` member) updates a
/// stored figure's bounds and keeps its value (review of session 36): the value was erased, and a
/// brief printed `11,000 to 13,000 (revised from 12,000)` for a source that never dropped its
/// central estimate. No column a file lacks is cleared: the other fields are checked here too.
@Suite("updates keep the value, bounds and every other field a file has no column for (built binary)")
struct UpdateBoundsTests {
    static let sources = "key,title,publisher,date\nwf,Global Slavery Index,Walk Free,2016\n"
    static let first = "key,measure,value,unit,place,period,source\nk,forced-labour,\"12,000\",persons,CHL,2016,wf\n"
    static let bounds = "key,measure,low,high,unit,place,period,source\nk,forced-labour,\"11,000\",\"13,000\",persons,CHL,2016,wf\n"

    private static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    private static func sql(_ query: String, in dir: URL) throws -> [String] {
        let out = try Tipdb.run(["sql", "--format", "csv", query], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return lines(out.stdout)
    }

    private static func load(_ files: [(name: String, text: String)], in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for file in files { try IngestPartWarningTests.write(file.text, file.name, in: dir) }
        let out = try Tipdb.run(["ingest", "--quiet", "s.csv", "a1.csv"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
    }

    @Test("low and high without a value column: 1 updated, the value kept with the bounds; the brief names the earlier bounds, not a new value", arguments: [
        ("a2.csv", bounds),
        ("a2.ndjson", "{\"key\":\"k\",\"measure\":\"forced-labour\",\"low\":11000,\"high\":13000,\"unit\":\"persons\",\"place\":\"CHL\",\"period\":\"2016\",\"source\":\"wf\"}\n"),
    ])
    func boundsKeepValue(file: String, text: String) throws {
        try withTemporaryDirectory { dir in
            try Self.load([("s.csv", Self.sources), ("a1.csv", Self.first), (file, text)], in: dir)
            let update = try Tipdb.run(["ingest", file], in: dir)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stdout == "\(file): 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 3)\n", "\(update.stdout)")
            #expect(try Self.sql("SELECT key, value, censored, low, high, ci_level FROM figures", in: dir)
                == ["key,value,censored,low,high,ci_level", "k,12000.0,0,11000.0,13000.0,"])
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(brief.stdout.contains("| Forced labour | Chile | 12,000 (revised from 12,000 without bounds) | 11,000 to 13,000 | 2016 | Walk Free 2016 [1] |\n"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("11,000 to 13,000 (revised from 12,000)"), "\(brief.stdout)")
        }
    }

    @Test("bounds that leave out the value they keep refuse the row, as the row's own value would")
    func keptValueOutsideBounds() throws {
        try withTemporaryDirectory { dir in
            let outside = "key,measure,low,high,unit,place,period,source\nk,forced-labour,\"13,000\",\"14,000\",persons,CHL,2016,wf\n"
            try Self.load([("s.csv", Self.sources), ("a1.csv", Self.first), ("a3.csv", outside)], in: dir)
            let refused = try Tipdb.run(["ingest", "a3.csv"], in: dir)
            #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
            #expect(refused.stderr.hasPrefix("a3.csv:2:17: low: lower bound 13000 is above the stored value 12000 (kept: this row has no value column); expected low ≤ value: a value column with the number as it now stands, or a lower bound of at most 12000\n"), "\(refused.stderr)")
            #expect(refused.stdout == "a3.csv: 1 read, 1 rejected; nothing written (the command was rejected)\n", "\(refused.stdout)")
            #expect(try Self.sql("SELECT value, low, high FROM figures", in: dir) == ["value,low,high", "12000.0,,"])

            // A high kept from the store, below a new low: the low is refused.
            let firstWithBounds = "key,measure,value,low,high,unit,place,period,source\nk,forced-labour,\"12,000\",\"11,000\",\"13,000\",persons,CHL,2016,wf\n"
            try IngestPartWarningTests.write(firstWithBounds, "a1.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "a1.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,measure,value,low,unit,place,period,source\nk,forced-labour,\"12,000\",\"12,500\",persons,CHL,2016,wf\n", "low.csv", in: dir)
            let low = try Tipdb.run(["ingest", "low.csv"], in: dir)
            #expect(low.status == 1, "\(low.stdout)\(low.stderr)")
            #expect(low.stderr.hasPrefix("low.csv:2:26: low: lower bound 12500 is above the value 12000; expected low ≤ value\n"), "\(low.stderr)")
        }
    }

    @Test("a file with only key, measure, low, high, unit, place, period and source keeps every other stored field, ci_level included")
    func otherFieldsKept() throws {
        try withTemporaryDirectory { dir in
            let full = """
                key,measure,value,low,high,ci_level,unit,place,period,period_basis,sex,age_group,source,study,locator,quote,method,notes,tags,x_page
                k,forced-labour,"12,000","10,000","14,000",0.95,persons,CHL,2016,stated,female,adults,wf,st,p. 4,twelve thousand,estimated,a note,survey;chile,4

                """
            try Self.load([("s.csv", Self.sources + "wf2,Other,Walk Free,2017\n"), ("a1.csv", Self.first), ("a2.csv", Self.bounds),
                           ("st.csv", "key,title,source\nst,A survey,wf\n"), ("full.csv", full)], in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "st.csv", "full.csv"], in: dir).status == 0)
            let update = try Tipdb.run(["ingest", "a2.csv"], in: dir)
            #expect(update.stdout == "a2.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 5)\n", "\(update.stdout)\(update.stderr)")
            #expect(try Self.sql("""
                SELECT value, low, high, ci_level, unit, period_basis, sex, age_group, study, locator, quote, method, notes, extra,
                    (SELECT group_concat(tag, ';') FROM (SELECT tag FROM figure_tags WHERE figure = key ORDER BY tag)) AS tags
                FROM figures
                """, in: dir) == [
                    "value,low,high,ci_level,unit,period_basis,sex,age_group,study,locator,quote,method,notes,extra,tags",
                    "12000.0,11000.0,13000.0,0.95,persons,stated,female,adults,st,p. 4,twelve thousand,estimated,a note,\"{\"\"x_page\"\":\"\"4\"\"}\",chile;survey",
                ])
        }
    }

    @Test("a stored <5 is itself a range: low and high without a value replace it")
    func censoredReplaced() throws {
        try withTemporaryDirectory { dir in
            let censored = "key,measure,value,unit,place,period,source\nk,detected-trafficking-victims,<5,persons,CHL,2016,wf\n"
            try Self.load([("s.csv", Self.sources), ("a1.csv", censored),
                           ("c.csv", "key,measure,low,high,unit,place,period,source\nk,detected-trafficking-victims,1,3,persons,CHL,2016,wf\n")], in: dir)
            let update = try Tipdb.run(["ingest", "c.csv"], in: dir)
            #expect(update.stdout == "c.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 3)\n", "\(update.stdout)\(update.stderr)")
            #expect(try Self.sql("SELECT value, censored, low, high FROM figures", in: dir) == ["value,censored,low,high", ",0,1.0,3.0"])
        }
    }
}
