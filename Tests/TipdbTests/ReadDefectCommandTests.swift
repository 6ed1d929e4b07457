import Foundation
import Testing

/// What `tipdb ingest` says about a file it cannot read as written: each defect at its
/// FILE:LINE:COLUMN, in the same words whatever the format, with --kind or without, and the
/// database unchanged when the command is rejected.
@Suite("CLI: unreadable bytes, empty files and misplaced quotes are named at their position")
struct ReadDefectCommandTests {
    private static let source = #""source":"s""#
    private static let sources = "key,title,publisher\ns,S,Org\n"

    private func write(_ bytes: [UInt8], to name: String, in dir: URL) throws {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
    }

    private func write(_ text: String, to name: String, in dir: URL) throws {
        try write(Array(text.utf8), to: name, in: dir)
    }

    private func scalar(_ sql: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", sql, "--format", "csv"], in: dir)
        return result.stdout.components(separatedBy: "\r\n").dropFirst().first ?? ""
    }

    /// A database with the source `s`; returns how many ingest batches it holds.
    private func prepare(_ dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try write(Self.sources, to: "src.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func figureLine(_ key: String, extra: String = "") -> String {
        #"{"key":"\#(key)",\#(extra)"measure":"trafficking-victims","value":1,"place":"FRA","period":2001,\#(Self.source)}"#
    }

    @Test("invalid UTF-8 or a NUL byte on a later NDJSON line rejects the whole command under skip, with the Latin-1 hint")
    func ndjsonEncoding() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            let first = Array((figureLine("n1") + "\n").utf8)
            try write(first + Array(#"{"key":"n2","notes":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A], to: "latin.ndjson", in: dir)
            try write(first + Array(#"{"key":"n2","notes":"a"#.utf8) + [0x00] + Array(#"b"}"#.utf8) + [0x0A], to: "nul.ndjson", in: dir)
            let latin = try Tipdb.run(["ingest", "--on-error", "skip", "latin.ndjson"], in: dir)
            #expect(latin.status == 1)
            #expect(latin.stderr.contains("latin.ndjson:2:25: invalid UTF-8 byte 0xE9 at byte offset 120 (a multi-byte sequence cut short); the file is probably Latin-1 or Windows-1252 (é there): save it as UTF-8"), "\(latin.stderr)")
            let nul = try Tipdb.run(["ingest", "--on-error", "skip", "--kind", "figures", "nul.ndjson"], in: dir)
            #expect(nul.status == 1)
            #expect(nul.stderr.contains("nul.ndjson:2:23: NUL byte (0x00) at byte offset 118; text files must not contain NUL"), "\(nul.stderr)")
            #expect(try scalar("SELECT count(*) FROM figures", in: dir) == "0")
            #expect(try scalar("SELECT count(*) FROM ingest_rejects", in: dir) == "0")
        }
    }

    @Test("a stray NUL byte or invalid UTF-8 read to guess the kind is named at its position, not as UTF-16 or an unknown kind")
    func defectsWhileGuessing() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(Array("[{\"key\":\"n1\",\"notes\":\"a".utf8) + [0x00] + Array("b\"}]\n".utf8), to: "d1.json", in: dir)
            try write(Array("key,measure,value,place,period,source,notes".utf8) + [0x00, 0x0A], to: "d1.csv", in: dir)
            try write(Array("{\"key\":\"n1\",\"notes\":\"a".utf8) + [0x00] + Array("b\"}\n".utf8), to: "d1.ndjson", in: dir)
            try write(Array("key,measure,value,place,period,source,not".utf8) + [0xE9] + Array("s\na1,trafficking-victims,1,FRA,2001,s,x\n".utf8), to: "d2.csv", in: dir)
            try write("[[{\"key\":\"a\"}]]\n", to: "s.json", in: dir)
            let expected = [
                "d1.json": "d1.json:1:24: NUL byte (0x00) at byte offset 23; text files must not contain NUL",
                "d1.csv": "d1.csv:1:44: NUL byte (0x00) at byte offset 43; text files must not contain NUL",
                "d1.ndjson": "d1.ndjson:1:23: NUL byte (0x00) at byte offset 22; text files must not contain NUL",
                "d2.csv": "d2.csv:1:42: invalid UTF-8 byte 0xE9 at byte offset 41 (a multi-byte sequence cut short); the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is é in Windows-1252 (Excel's \"CSV\"), È in Mac OS Roman (\"CSV (Macintosh)\") or Ú in DOS code page 850 (\"CSV (MS-DOS)\") (Θ in code page 437), whichever the cell holds: save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")",
                "s.json": "s.json:1:2: expected an object ({\"key\": ...}), found an array",
            ]
            for (file, message) in expected.sorted(by: { $0.key < $1.key }) {
                for kind in [[], ["--kind", "figures"]] {
                    let result = try Tipdb.run(["ingest"] + kind + [file], in: dir)
                    #expect(result.status == 1, "\(file) \(kind)")
                    #expect(result.stderr.contains(message + "\n"), "\(file) \(kind): \(result.stderr)")
                    #expect(!result.stderr.contains("UTF-16") && !result.stderr.contains("pass --kind"), "\(result.stderr)")
                }
            }
            // Every other byte NUL is still named as UTF-16.
            try write(Array("key\n".utf8).flatMap { [$0, 0] }, to: "u16.csv", in: dir)
            let utf16 = try Tipdb.run(["ingest", "u16.csv"], in: dir)
            #expect(utf16.stderr.contains("u16.csv:1:1: the file has NUL bytes: it is probably UTF-16 without a byte order mark, or not text; save it as UTF-8"), "\(utf16.stderr)")
            #expect(try scalar("SELECT count(*) FROM figures", in: dir) == "0")
        }
    }

    @Test("a file of no record loads as a CSV file of only a header does: an empty NDJSON file, one of blank lines, [] (with --kind); without a kind, [] and NDJSON say so at 1:1")
    func noRecords() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("key,measure,value,place,period,source\n", to: "header.csv", in: dir)
            try write("", to: "empty.ndjson", in: dir)
            try write("\n  \n\r\n", to: "blank.ndjson", in: dir)
            try write("[]\n", to: "list.json", in: dir)
            let header = try Tipdb.run(["ingest", "header.csv"], in: dir)
            #expect(header.status == 0, "\(header.stderr)")
            #expect(header.stdout == "header.csv: 0 read, 0 inserted, 0 updated, 0 unchanged, 0 rejected (batch 2)\n", "\(header.stdout)")
            for (batch, file) in ["empty.ndjson", "blank.ndjson", "list.json"].enumerated() {
                let result = try Tipdb.run(["ingest", "--kind", "figures", file], in: dir)
                #expect(result.status == 0, "\(file) \(result.stderr)")
                #expect(result.stdout == "\(file): 0 read, 0 inserted, 0 updated, 0 unchanged, 0 rejected (batch \(batch + 3))\n", "\(result.stdout)")
            }
            let before = try scalar("SELECT count(*) FROM ingest_batches", in: dir)
            #expect(before == "5")
            let noKind = "cannot tell sources, studies or figures from"
            let ending = "give --kind (with it, the file loads no rows, as a CSV file of only a header does)"
            for file in ["empty.ndjson", "blank.ndjson"] {
                let result = try Tipdb.run(["ingest", file], in: dir)
                #expect(result.status == 1, "\(file)")
                #expect(result.stderr.hasPrefix("\(file):1:1: the file holds no JSON object (it is empty, or only blank lines): \(noKind) it; \(ending)\n"), "\(result.stderr)")
            }
            let array = try Tipdb.run(["ingest", "list.json"], in: dir)
            #expect(array.status == 1)
            #expect(array.stderr.hasPrefix("list.json:1:1: the array is empty: \(noKind) an empty array; \(ending)\n"), "\(array.stderr)")
            #expect(array.stdout == "list.json: 0 read, rejected (kind unknown: see its error); nothing written (the command was rejected)\n", "\(array.stdout)")
            // A rejected file writes no batch.
            #expect(try scalar("SELECT count(*) FROM ingest_batches", in: dir) == before)
            try write("", to: "empty.tsv", in: dir)
            let tsv = try Tipdb.run(["ingest", "--kind", "figures", "empty.tsv"], in: dir)
            #expect(tsv.stderr.contains("empty.tsv:1:1: empty file; expected a tab-separated header row naming the columns"), "\(tsv.stderr)")
        }
    }

    @Test("a stray quote in a row that also has a line break inside quotes says why the whole command is rejected")
    func strayQuoteInMultilineRow() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("""
                key,measure,value,place,period,source,notes,quote
                a1,trafficking-victims,1,FRA,2001,s,ab"c,"line one
                line two"
                a2,trafficking-victims,2,FRA,2001,s,ok,ok

                """, to: "w6.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "w6.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("w6.csv:2:39: unexpected quote inside an unquoted field, after 'ab'; quote the whole field and double the quote; the record also has a line break inside a quoted field, so where it ends is in doubt and the rest of the file cannot be read"), "\(result.stderr)")
            #expect(try scalar("SELECT count(*) FROM figures", in: dir) == "0")
        }
    }

    @Test("an unknown JSON member rejects its object only, at the member's name; an unknown CSV column rejects the command")
    func unknownMember() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("[\n" + figureLine("j1") + ",\n" + figureLine("j2", extra: #""bogus":1,"#) + "\n]\n", to: "w5.json", in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "w5.json"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains(#"w5.json:3:13: bogus: unknown field "bogus"; expected one of key"#), "\(result.stderr)")
            #expect(try scalar("SELECT group_concat(key) FROM figures", in: dir) == "j1")
            try write("key,measure,value,place,period,source,bogus\nc1,trafficking-victims,1,FRA,2001,s,1\n", to: "w5.csv", in: dir)
            let csv = try Tipdb.run(["ingest", "--on-error", "skip", "w5.csv"], in: dir)
            #expect(csv.status == 1)
            #expect(csv.stderr.contains(#"w5.csv:1:39: unknown column "bogus""#), "\(csv.stderr)")
            #expect(try scalar("SELECT count(*) FROM figures WHERE key = 'c1'", in: dir) == "0")
        }
    }

    @Test("a row with too few fields is pointed at its end, where the missing field would go")
    func tooFewFields() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("key,measure,value,place,period,source\na1,trafficking-victims,100,FRA,2001\n", to: "w11.csv", in: dir)
            let result = try Tipdb.run(["ingest", "w11.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("w11.csv:2:36: row has 5 fields; expected 6 as in the header (missing: source)"), "\(result.stderr)")
        }
    }

    @Test("a line break inside a quoted field is stored as LF whether the file wrote LF, CRLF or CR")
    func lineBreaksInQuotes() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("key,measure,value,place,period,source,quote\nml,trafficking-victims,1,FRA,2001,s,\"line one\nline two\"\n", to: "lf.csv", in: dir)
            try write("key,measure,value,place,period,source,quote\r\nml,trafficking-victims,1,FRA,2001,s,\"line one\r\nline two\"\r\n", to: "crlf.csv", in: dir)
            try write("key,measure,value,place,period,source,quote\rml,trafficking-victims,1,FRA,2001,s,\"line one\rline two\"\r", to: "cr.csv", in: dir)
            var outcomes: [String] = []
            for file in ["lf.csv", "crlf.csv", "cr.csv", "lf.csv"] {
                let result = try Tipdb.run(["ingest", file], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                outcomes.append(String(result.stdout.split(separator: ",").dropFirst().prefix(3).joined(separator: ",")))
            }
            #expect(outcomes == [
                " 1 inserted, 0 updated, 0 unchanged", " 0 inserted, 0 updated, 1 unchanged",
                " 0 inserted, 0 updated, 1 unchanged", " 0 inserted, 0 updated, 1 unchanged",
            ])
            #expect(try scalar("SELECT hex(quote) FROM figures WHERE key = 'ml'", in: dir) == "6C696E65206F6E650A6C696E652074776F")
        }
    }
}
