import Foundation
import Testing

/// A censored count as tipdb writes it (brief CSV and JSON, `tipdb sql`: `value` empty, `censored`
/// 1, `low` 1, `high` 4) read back as the estimate "1 to 4", censored 0, exit 0, over the stored
/// `<5` as a revision; a `censored` column was an unknown column. And a sample size of 2^53 or
/// more was "not a whole number" (a data scientist's review, session 48, defects 1 and 6).
@Suite("ingest: a censored column reads tipdb's own censored counts back unchanged (built binary)")
struct CensoredColumnRoundTripTests {
    /// The one source every test's figures cite.
    static let sources = "key,title,publisher,date\nnso,Yearbook,Statistics Office,2022\n"
    static let columns = ["key", "measure", "value", "censored", "low", "high", "unit", "place", "period_start", "period_end", "source"]

    /// The fields of one RFC 4180 line (quotes doubled inside quoted fields; no line breaks).
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previous: Character = " "
        for character in line {
            if character == "\"" {
                if quoted { quoted = false } else { if previous == "\"" { field.append("\"") }; quoted = true }
            } else if character == "," && !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        return fields + [field]
    }

    /// The stored figures' columns that the round trip must keep.
    static func stored(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, censored, low, high, low_last_digit, high_last_digit, batch_id FROM figures ORDER BY key"], in: dir).stdout
    }

    @Test("the brief's CSV, its figure-file columns taken as they are, loads back unchanged: <5 stays censored")
    func briefCSVRoundTrip() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source
                c5,detected-trafficking-victims,<5,,,persons,ISL,2021,nso
                n7,detected-trafficking-victims,7,,,persons,ISL,2020,nso
                r1,trafficking-victims,,10000,13000,persons,GBR,2013,nso

                """, "cens.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "cens.csv"], in: dir).status == 0)
            let before = try Self.stored(in: dir)
            #expect(before.contains("c5,,1,1.0,4.0,,,"), "\(before)")

            let brief = try Tipdb.run(["report", "brief", "--format", "csv", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let lines = brief.stdout.split(separator: "\r\n")
            let header = Self.fields(try #require(lines.first))
            let picked = try Self.columns.map { name in try #require(header.firstIndex(of: name), "no \(name) in \(header)") }
            let back = lines.map { line in picked.map { Self.fields(line)[$0] }.joined(separator: ",") }.joined(separator: "\n") + "\n"
            #expect(back.contains("c5,detected-trafficking-victims,,1,1,4,persons,ISL,2021,2021,nso\n"), "\(back)")
            try IngestPartWarningTests.write(back, "back.csv", in: dir)

            let changes = "SELECT count(*) FROM figure_changes"
            let changesBefore = try Tipdb.run(["sql", "--format", "csv", changes], in: dir).stdout
            let reload = try Tipdb.run(["ingest", "back.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(reload.stdout.contains("back.csv: 3 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected"), "\(reload.stdout)")
            #expect(try Self.stored(in: dir) == before)
            #expect(try Tipdb.run(["sql", "--format", "csv", changes], in: dir).stdout == changesBefore)

            // Into a new database, the same count arrives censored.
            try withTemporaryDirectory { fresh in
                try IngestPartWarningTests.write(Self.sources, "src.csv", in: fresh)
                try IngestPartWarningTests.write(back, "back.csv", in: fresh)
                #expect(try Tipdb.run(["init"], in: fresh).status == 0)
                #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "back.csv"], in: fresh).status == 0)
                let again = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, censored, low, high FROM figures WHERE key = 'c5'"], in: fresh)
                #expect(again.stdout == "key,value,censored,low,high\r\nc5,,1,1.0,4.0\r\n", "\(again.stdout)")
            }
        }
    }

    @Test("tipdb sql's CSV and the brief's JSON (censored true) load back unchanged")
    func sqlAndJSONRoundTrip() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                c5,detected-trafficking-victims,<5,persons,ISL,2021,nso
                c11,detected-trafficking-victims,<11,persons,ISL,2022,nso

                """, "cens.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "cens.csv"], in: dir).status == 0)
            let before = try Self.stored(in: dir)
            let sql = try Tipdb.run(["sql", "--format", "csv", "--null", "",
                                     "SELECT key, measure, value, censored, low, high, unit, place, period_start, period_end, source FROM figures"], in: dir)
            try IngestPartWarningTests.write(sql.stdout, "sql.csv", in: dir)
            let reload = try Tipdb.run(["ingest", "sql.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(reload.stdout.contains("sql.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(reload.stdout)")
            #expect(try Self.stored(in: dir) == before)

            try IngestPartWarningTests.write("""
                [{"key": "c5", "measure": "detected-trafficking-victims", "value": null, "censored": true, "low": 1, "high": 4,
                  "unit": "persons", "place": "ISL", "period": "2021", "source": "nso"}]
                """, "brief.json", in: dir)
            let json = try Tipdb.run(["ingest", "brief.json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.contains("brief.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(json.stdout)")
        }
    }

    @Test("without a censored column, the range 1 to 4 over a stored <5 is loaded with a warning naming the column, not silently")
    func rangeOverCensoredWarned() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\nc5,detected-trafficking-victims,<5,persons,ISL,2021,nso\n", "cens.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,low,high,unit,place,period,source\nc5,detected-trafficking-victims,,1,4,persons,ISL,2021,nso\n", "back.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "cens.csv"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "back.csv"], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(IngestPartWarningTests.warnings(run.stderr) == [
                "warning: back.csv:2:33: value: empty, with low 1 and high 4, makes figure \"c5\" an estimate published only as the range 1 to 4, "
                    + "where it was stored as the censored count <5; if the source gives <5, write <5 in value, or add a censored column with 1 "
                    + "(as the brief's CSV and tipdb sql write it); loaded as written",
            ], "\(run.stderr)")
        }
    }

    @Test("a censored flag that contradicts the row is refused at its cell, nothing written")
    func contradictions() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,censored,low,high,ci_level,unit,place,period,source
                a,detected-trafficking-victims,3,1,,,,persons,ISL,2021,nso
                b,detected-trafficking-victims,<5,0,,,,persons,ISL,2021,nso
                c,detected-trafficking-victims,,1,,,,persons,ISL,2021,nso
                d,detected-trafficking-victims,,1,2,4,,persons,ISL,2021,nso
                e,detected-trafficking-victims,,1,1,4.5,,persons,ISL,2021,nso
                f,detected-trafficking-victims,,yes,1,4,,persons,ISL,2021,nso
                g,detected-trafficking-victims,,1,1,4,95,persons,ISL,2021,nso
                h,forced-labour,,1,1,4,,percent,ISL,2021,nso
                ok,detected-trafficking-victims,,true,,9,,persons,ISL,2021,nso
                ok2,detected-trafficking-victims,<5,1,,,,persons,ISL,2022,nso
                ok3,trafficking-victims,,0,10000,13000,,persons,GBR,2013,nso

                """, "bad.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(run.status == 1)
            let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("bad.csv:") }
            #expect(errors == [
                "bad.csv:2:34: censored: 1 marks a count published as <k, but value \"3\" is a number; expected censored 0 or empty for it, or value empty with high k - 1 (as tipdb writes a censored count), or value <k",
                "bad.csv:3:35: censored: 0 says the figure is not censored, but value \"<5\" is a censored count; expected 1 or an empty censored",
                "bad.csv:4:33: censored: 1 marks a count published as <k, whose bound k - 1 is in high (4 for <5), but high is empty; expected high, with value empty and low 1 or empty (or the count in value as <k)",
                "bad.csv:5:35: low: \"2\" is not the lower bound of a censored count, which is 1 (censored is 1, and high 4 makes it <5); expected 1 or an empty low, or censored 0 for an estimate published as the range 2 to 4",
                "bad.csv:6:37: high: \"4.5\" is not the bound of a censored count (censored is 1); expected a whole number k - 1 of at least 1 for a count published as <k (4 for <5), below 2^53",
                "bad.csv:7:33: censored: \"yes\" is not a censored flag; expected 1 (or true) for a count published as <k, 0 (or false) or an empty cell for any other figure",
                "bad.csv:8:39: ci_level: a censored count (<5) has no confidence level; expected ci_level empty",
                "bad.csv:9:17: value: \"<5\" is censored, but percent is not a count: censoring (<k) is for counts; for a share published as <5%, leave value empty, put 0 in low and 5 in high, and say '<5' in notes",
            ].map { Substring($0) }, "\(run.stderr)")
            let count = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) FROM figures"], in: dir)
            #expect(count.stdout == "count(*)\r\n0\r\n")
        }
    }

    @Test("a sample size of 2^53 or more names the limit; 2^53 - 1 loads")
    func sampleSizeLimit() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,sample_size\nss1,Big sample,9007199254740992\nss2,b,9007199254740991\n", "ss.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "ss.csv"], in: dir)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix(
                "ss.csv:2:16: sample_size: \"9007199254740992\" is more than 9,007,199,254,740,991 (2^53 - 1), beyond which numbers are not read exactly; "
                    + "expected a sample size of at most 9,007,199,254,740,991 people, cases or records\n"), "\(run.stderr)")
            #expect(!run.stderr.contains("ss.csv:3:"), "\(run.stderr)")
        }
    }
}
