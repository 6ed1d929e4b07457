import Foundation
import Testing

/// A JSON array that cannot be read to its end reads as a CSV or NDJSON file does: its objects up
/// to the defect are read (and tell its kind), and its line says where reading stopped and why,
/// not `kind unknown` (review of session 29); the defect's error is worded as the CSV reader's.
@Suite("CLI: a JSON array with invalid bytes, a NUL or nesting too deep stops reading at its line")
struct JSONReadingStopTests {
    private func write(_ bytes: [UInt8], to name: String, in dir: URL) throws {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
    }

    private func prepare(_ dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try write(Array("key,title,publisher\ns,S,Org\n".utf8), to: "src.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private static func figure(_ key: String, notes: [UInt8] = Array("n".utf8)) -> [UInt8] {
        Array(#"{"key":"\#(key)","measure":"trafficking-victims","value":1,"place":"FRA","period":2001,"source":"s","notes":""#.utf8)
            + notes + Array(#""}"#.utf8)
    }

    /// `[`, a good figure on line 2, `second` on line 3, `]`; and the byte offset of line 3.
    private static func array(_ second: [UInt8]) -> (bytes: [UInt8], line3: Int) {
        let head = Array("[\n".utf8) + figure("a1") + Array(",\n".utf8)
        return (head + second + Array("\n]\n".utf8), head.count)
    }

    @Test("0x92, a NUL byte and nesting deeper than 256: 1 read, reading stopped at line 3, the error at its position, nothing written", arguments: [false, true])
    func stops(kindGiven: Bool) throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            let prefix = Self.figure("a2", notes: []).count - 2  // bytes of line 3 before the notes' text
            let deep = Array(#"{"key":"a3","x_deep":"#.utf8) + Array(repeating: UInt8(ascii: "["), count: 300) + Array(repeating: UInt8(ascii: "]"), count: 300) + Array("}".utf8)
            let cases: [(String, [UInt8], Int, String, String)] = [
                ("w2.json", Self.figure("a2", notes: Array("it".utf8) + [0x92] + Array("s".utf8)), prefix + 3,
                 "invalid UTF-8 byte 0x92 at byte offset OFFSET (a continuation byte without a lead byte); the file is probably Latin-1 or Windows-1252 (’ there): save it as UTF-8", "invalid UTF-8"),
                ("nul.json", Self.figure("a2", notes: Array("a".utf8) + [0x00] + Array("b".utf8)), prefix + 2,
                 "NUL byte (0x00) at byte offset OFFSET; text files must not contain NUL", "a NUL byte"),
                ("deep.json", deep, 21 + 255, "nesting deeper than the maximum depth of 256; expected arrays and objects nested at most 256 deep", "nesting too deep"),
            ]
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            for (name, second, column, message, reason) in cases {
                let (bytes, line3) = Self.array(second)
                try write(bytes, to: name, in: dir)
                let kind = kindGiven ? ["--kind", "figures"] : []
                let result = try Tipdb.run(["ingest"] + kind + [name], in: dir)
                #expect(result.status == 1, "\(name)")
                let error = "\(name):3:\(column): " + message.replacingOccurrences(of: "OFFSET", with: "\(line3 + column - 1)")
                #expect(result.stderr.contains(error + "\n"), "\(name): \(result.stderr)")
                #expect(result.stdout == "\(name): 1 read, 0 rejected; reading stopped at line 3 (\(reason): see its error), the rest of the file was not read; nothing written (the command was rejected)\n", "\(name): \(result.stdout)")
                #expect(!result.stdout.contains("kind unknown") && !result.stderr.contains("pass --kind"))
                let json = try Tipdb.run(["ingest", "--json"] + kind + [name], in: dir)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
                let file = try #require((object["files"] as? [[String: Any]])?.first)
                #expect(file["unusable"] == nil && file["kind"] as? String == "figures", "\(json.stdout)")
                let stop = try #require(file["stoppedReading"] as? [String: Any], "\(json.stdout)")
                #expect(stop["line"] as? Int == 3 && stop["reason"] as? String == reason, "\(json.stdout)")
            }
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }
}
