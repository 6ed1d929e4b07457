import Foundation
import Testing

/// Cells of a figures file that were accepted or named unclearly: a key with a space that is not
/// U+0020, both period fields empty, and `x_` booleans loaded from JSON and then CSV.
@Suite("CLI: figure keys with other spaces, empty periods and x_ booleans")
struct FigureCellRulesCommandTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func figures(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "SELECT key, value, extra FROM figures UNION ALL SELECT 'batches', count(*), '' FROM ingest_batches ORDER BY 1", "--format", "csv"], in: dir).stdout
    }

    private func prepare(_ dir: URL) throws {
        _ = try Tipdb.run(["init"], in: dir)
        try write("key,kind,title,publisher\ns,report,Title,Pub\n", to: "s.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "s.csv"], in: dir).status == 0)
    }

    @Test("a figure key holding a no-break or other Unicode space is refused at its cell, the space shown escaped", arguments: [
        ("\u{A0}", "a no-break space (U+00A0)"), ("\u{202F}", "a narrow no-break space (U+202F)"),
        ("\u{2009}", "a typographic space (U+2009)"), ("\u{3000}", "an ideographic space (U+3000)"),
        ("\u{1680}", "an Ogham space mark (U+1680)"), ("\u{205F}", "a medium mathematical space (U+205F)"),
    ])
    func otherSpaceInKey(space: String, named: String) throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("key,measure,value,place,period,source\na b,trafficking-victims,1,FRA,2013,s\na\(space)b,trafficking-victims,2,FRA,2014,s\n", to: "f.csv", in: dir)
            let before = try figures(in: dir)
            let code = String(space.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
            let error = "f.csv:3:1: key: \"a\\u{\(code)}b\" holds \(named), which prints like a space but makes another key than one with a plain space; expected plain spaces (U+0020) only (retype the space)\n"
            let abort = try Tipdb.run(["ingest", "--quiet", "f.csv"], in: dir)
            #expect(abort.status == 1)
            #expect(abort.stderr.hasPrefix(error), "\(abort.stderr)")
            #expect(try figures(in: dir) == before)
            let skip = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "f.csv"], in: dir)
            #expect(skip.status == 1)
            #expect(skip.stderr.hasPrefix(error), "\(skip.stderr)")
            let keys = try Tipdb.run(["sql", "SELECT key FROM figures", "--format", "csv"], in: dir)
            #expect(keys.stdout == "key\r\na b\r\n")
        }
    }

    @Test("period_start and period_end both empty: one error at period_start saying a period is required")
    func emptyPeriod() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("key,measure,value,place,period_start,period_end,source\np1,trafficking-victims,3,ESP,,,s\n", to: "p.csv", in: dir)
            let before = try figures(in: dir)
            let result = try Tipdb.run(["ingest", "--quiet", "p.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("p.csv:2:30: period_start: period_start and period_end are both empty, and a figure needs its reference period; expected the start in period_start, a year (2016), a month (2019-06) or a day (2019-06-30), with period_end empty for a single year, month or day or the end of a span\n"), "\(result.stderr)")
            #expect(try figures(in: dir) == before)
            // JSON nulls read the same.
            try write("[{\"key\": \"p1\", \"measure\": \"trafficking-victims\", \"value\": 3, \"place\": \"ESP\", \"period_start\": null, \"period_end\": null, \"source\": \"s\"}]", to: "p.json", in: dir)
            let json = try Tipdb.run(["ingest", "--quiet", "p.json"], in: dir)
            #expect(json.status == 1)
            #expect(json.stderr.contains("period_start: period_start and period_end are both empty"), "\(json.stderr)")
        }
    }

    @Test("x_ true and false from JSON, then the same words in CSV, are unchanged; 1.5 then 1.50 in CSV is an update (text as written)")
    func extraBooleans() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("[{\"key\": \"xb\", \"measure\": \"trafficking-victims\", \"value\": 3, \"place\": \"ESP\", \"period\": \"2013\", \"source\": \"s\", \"x_yes\": true, \"x_no\": false}]", to: "x.json", in: dir)
            try write("key,measure,value,place,period,source,x_yes,x_no\nxb,trafficking-victims,3,ESP,2013,s,true,false\n", to: "x.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "x.json"], in: dir).status == 0)
            let again = try Tipdb.run(["ingest", "x.csv"], in: dir)
            #expect(again.status == 0)
            #expect(again.stdout.hasPrefix("x.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(again.stdout)")
            // TRUE (as a spreadsheet writes it) is a text, not JSON's true: an update.
            try write("key,measure,value,place,period,source,x_yes,x_no\nxb,trafficking-victims,3,ESP,2013,s,TRUE,false\n", to: "upper.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "upper.csv"], in: dir).stdout.hasPrefix("upper.csv: 1 read, 0 inserted, 1 updated"))
            try write("key,measure,value,place,period,source,x_n\nxn,trafficking-victims,3,ESP,2013,s,1.5\n", to: "n1.csv", in: dir)
            try write("key,measure,value,place,period,source,x_n\nxn,trafficking-victims,3,ESP,2013,s,1.50\n", to: "n2.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "n1.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "n2.csv"], in: dir).stdout.hasPrefix("n2.csv: 1 read, 0 inserted, 1 updated"))
        }
    }
}
