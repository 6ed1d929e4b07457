import Foundation
import Testing

/// A row that could not be read is not a row without a key, and a row whose key was refused has
/// one: "N rows had no key" counted NDJSON lines that are not JSON, and a `key` written twice got
/// "(the row has no key; the key derived from its fields is ...)" (review of session 29).
@Suite("CLI: unreadable JSON rows and refused keys are not counted or named as rows without a key")
struct UnreadableRowKeyTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func prepare(_ dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try write("key,title,publisher\ns,S,Org\n", to: "src.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func database(_ dir: URL) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
    }

    private static func figure(_ key: String) -> String {
        #"{"key":"\#(key)","measure":"trafficking-victims","value":1,"place":"FRA","period":2001,"source":"s"}"#
    }

    @Test("NDJSON lines that are not JSON are their own errors, quoting what was found, and not rows without a key; a keyless row still is")
    func brokenLines() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            let commaAfter = Self.figure("n2") + ","
            let commaInside = String(Self.figure("n3").dropLast()) + ",}"
            let keyless = #"{"measure":"trafficking-victims","value":"x","place":"FRA","period":2001,"source":"s"}"#
            try write(Self.figure("n1") + "\n\n" + commaAfter + "\n" + commaInside + "\n" + keyless + "\n", to: "n.ndjson", in: dir)
            let before = try database(dir)
            let result = try Tipdb.run(["ingest", "n.ndjson"], in: dir)
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.contains("n.ndjson:3:\(commaAfter.utf8.count): expected the end of the line after the JSON value (one JSON object per line), found ','"), "\(result.stderr)")
            #expect(lines.contains("n.ndjson:4:\(commaInside.utf8.count - 1): a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it"), "\(result.stderr)")
            #expect(lines.filter { $0.contains("had no key") } == ["note: n.ndjson: 1 row had no key (it was rejected: see the errors)"], "\(result.stderr)")
            #expect(try database(dir) == before)
            let json = try Tipdb.run(["ingest", "--on-error", "skip", "--dry-run", "--json", "n.ndjson"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((object["files"] as? [[String: Any]])?.first)
            #expect(file["keylessRejected"] as? Int == 1 && file["rejected"] as? Int == 3, "\(json.stdout)")
        }
    }

    @Test("a key written twice in one object (in another case) is that error only: the row has a key, none is derived")
    func keyWrittenTwice() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            let object = #"{"key":"jt9","KEY":"x","measure":"trafficking-victims","value":1,"place":"FRA","period":2001,"source":"s"}"#
            try write("[" + object + "]\n", to: "jt.json", in: dir)
            let before = try database(dir)
            let result = try Tipdb.run(["ingest", "jt.json"], in: dir)
            #expect(result.status == 1)
            let column = try #require(object.range(of: #""KEY""#)).lowerBound.utf16Offset(in: object) + 2
            #expect(result.stderr.contains("jt.json:1:\(column): duplicate member \"KEY\", already on line 1, column 3 of this object; expected each name once\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("derived") && !result.stderr.contains("had no key"), "\(result.stderr)")
            #expect(try database(dir) == before)
        }
    }
}
