import Foundation
import Testing

/// A file tipdb cannot read to its end (review W1: a spreadsheet saved as Windows-1252 stops at
/// its first `ô`) says in its summary line where reading stopped and why, so that "21 read" is not
/// taken for the whole file; a CSV file's encoding error says which Excel file type to save as.
@Suite("CLI: a file whose reading stopped at a defect says so in its summary line")
struct ReadingStopCommandTests {
    private static let header = "key,measure,value,place,period,source,notes\n"

    private func write(_ bytes: [UInt8], to name: String, in dir: URL) throws {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
    }

    /// A database with the source `s`.
    private func prepare(_ dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try write(Array("key,title,publisher\ns,S,Org\n".utf8), to: "src.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    /// 21 valid rows (lines 2-22), then on line 23 "Côte d'Ivoire" as Windows-1252 writes it, then one more row.
    private func windows1252(delimiter: String) -> [UInt8] {
        let rows = (1...21).map { "f\($0),trafficking-victims,\($0),FRA,2001,s,ok\n" }
        let text = (Self.header + rows.joined()).replacingOccurrences(of: ",", with: delimiter)
        return Array(text.utf8) + Array("civ\(delimiter)trafficking-victims\(delimiter)5\(delimiter)CIV\(delimiter)2001\(delimiter)s\(delimiter)C".utf8)
            + [0xF4] + Array("te d'Ivoire\nlast\(delimiter)trafficking-victims\(delimiter)6\(delimiter)FRA\(delimiter)2002\(delimiter)s\(delimiter)ok\n".utf8)
    }

    @Test("a Windows-1252 CSV file: the line says reading stopped at line 23 for invalid UTF-8, under abort and skip, in text and JSON")
    func windows1252CSV() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(windows1252(delimiter: ","), to: "figures.csv", in: dir)
            let line = "figures.csv: 21 read, 0 rejected; reading stopped at line 23 (invalid UTF-8: see its error), the rest of the file was not read; nothing written (the command was rejected)\n"
            for mode in ["abort", "skip"] {
                let result = try Tipdb.run(["ingest", "--on-error", mode, "figures.csv"], in: dir)
                #expect(result.status == 1)
                #expect(result.stdout == line, "\(mode): \(result.stdout)")
                #expect(result.stderr.contains("figures.csv:23:39: invalid UTF-8 byte 0xF4 at byte offset 925 (a multi-byte sequence cut short); the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is ô in Windows-1252 (Excel's \"CSV\"), Ù in Mac OS Roman (\"CSV (Macintosh)\") or ¶ in DOS code page 850 (\"CSV (MS-DOS)\") (⌠ in code page 437), whichever the cell holds: save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")\n"), "\(result.stderr)")
            }
            let json = try Tipdb.run(["ingest", "--json", "figures.csv"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((object["files"] as? [[String: Any]])?.first)
            let stop = try #require(file["stoppedReading"] as? [String: Any], "\(json.stdout)")
            #expect(stop["line"] as? Int == 23 && stop["reason"] as? String == "invalid UTF-8", "\(stop)")
            #expect(file["read"] as? Int == 21)
            let count = try Tipdb.run(["sql", "SELECT count(*) FROM figures", "--format", "csv"], in: dir)
            #expect(count.stdout.hasSuffix("\r\n0\r\n"), "\(count.stdout)")
        }
    }

    @Test("a TSV file stops the same way; its fix names no Excel CSV type, which is comma-separated")
    func windows1252TSV() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(windows1252(delimiter: "\t"), to: "figures.tsv", in: dir)
            let result = try Tipdb.run(["ingest", "figures.tsv"], in: dir)
            #expect(result.stdout.hasPrefix("figures.tsv: 21 read, 0 rejected; reading stopped at line 23 (invalid UTF-8: see its error)"), "\(result.stdout)")
            #expect(result.stderr.contains("(ô there): save it as UTF-8\n"), "\(result.stderr)")
        }
    }

    @Test("a quote never closed and a NUL byte in NDJSON name their own reason; a file read to its end says nothing of the kind")
    func otherDefects() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(Array((Self.header + "a,trafficking-victims,1,FRA,2001,s,ok\nb,trafficking-victims,2,FRA,2001,s,ok\nc,trafficking-victims,3,FRA,2001,s,\"open\n").utf8), to: "open.csv", in: dir)
            let open = try Tipdb.run(["ingest", "open.csv"], in: dir)
            #expect(open.stdout == "open.csv: 2 read, 0 rejected; reading stopped at line 4 (a quote never closed: see its error), the rest of the file was not read; nothing written (the command was rejected)\n", "\(open.stdout)")
            let first = #"{"key":"n1","measure":"trafficking-victims","value":1,"place":"FRA","period":2001,"source":"s"}"#
            try write(Array((first + "\n" + #"{"key":"n2","notes":"a"#).utf8) + [0x00] + Array("b\"}\n".utf8), to: "nul.ndjson", in: dir)
            let nul = try Tipdb.run(["ingest", "nul.ndjson"], in: dir)
            #expect(nul.stdout == "nul.ndjson: 1 read, 0 rejected; reading stopped at line 2 (a NUL byte: see its error), the rest of the file was not read; nothing written (the command was rejected)\n", "\(nul.stdout)")
            try write(Array((Self.header + "a,trafficking-victims,x,FRA,2001,s,ok\n").utf8), to: "bad.csv", in: dir)
            let bad = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(bad.stdout == "bad.csv: 1 read, 1 rejected; nothing written (the command was rejected)\n", "\(bad.stdout)")
        }
    }
}
