import Testing

@testable import Ingest

@Suite("RowDigester: two rows digest alike exactly when their cells are the same, as RowCells compares them")
struct RowDigesterTests {
    static func record(_ cells: [(String, String?)], csl: String? = nil) -> InputRecord {
        var record = InputRecord(
            line: 2, raw: "", fields: cells.enumerated().map { InputField(name: $1.0, value: $1.1, line: 2, column: $0 + 1) })
        record.cslExtra = csl
        return record
    }

    /// Rows under headers in other orders and cases, with spaces, empty cells and CSL members,
    /// some the same cell for cell and some not.
    static let records: [InputRecord] = [
        record([("key", "f1"), ("measure", "victims"), ("value", "12")]),
        record([("value", "12"), ("key", "f1"), ("measure", "victims")]),
        record([("KEY", " f1 "), ("Measure", "victims\t"), ("value", "12"), ("notes", "")]),
        record([("key", "f1"), ("measure", "victims"), ("value", "12"), ("notes", nil)]),
        record([("key", "f1"), ("measure", "victims"), ("value", "13")]),
        record([("key", "f1"), ("measure", "12"), ("value", "victims")]),
        record([("key", "f1"), ("measure", "victims"), ("value", "12"), ("notes", "x")]),
        record([("key", "f1"), ("measure", "victims"), ("notes", "12")]),
        record([("key", "f1"), ("measure", "victims"), ("value", "12")], csl: "{\"page\":\"4\"}"),
        record([("key", "f1"), ("measure", "victims"), ("value", "12")], csl: "{\"page\":\"5\"}"),
        record([("key", "f1"), ("measure", "vıctims"), ("value", "12")]),
        record([("key", "f1"), ("measure", "victims\u{00A0}"), ("value", "12")]),
        record([]),
        record([("notes", "")]),
        // Two names equal but for case (a JSON object may have both): kept in the order given.
        record([("notes", "a"), ("Notes", "b")]),
        record([("Notes", "b"), ("notes", "a")]),
        record([("NOTES", "a"), ("notes", "b")]),
    ]

    @Test("one digester over every row, its header changing from row to row, and one digester per row")
    func digestsMatchCells() {
        let shared = RowDigester()
        let digests = Self.records.map { shared.digest($0) }
        let fresh = Self.records.map { RowDigester().digest($0) }
        #expect(digests == fresh)
        for (i, a) in Self.records.enumerated() {
            for (j, b) in Self.records.enumerated() {
                #expect((digests[i] == digests[j]) == (RowCells(a) == RowCells(b)), "rows \(i) and \(j)")
            }
        }
        // The same row again after other headers: the names' hashes are found again, not reused.
        #expect(shared.digest(Self.records[4]) == digests[4])
        #expect(digests[0] == digests[1] && digests[0] == digests[2] && digests[0] == digests[3])
        #expect(digests[0] != digests[4] && digests[0] != digests[5] && digests[0] != digests[8] && digests[8] != digests[9])
        #expect(digests[12] == digests[13])
        #expect(digests[14] != digests[15] && digests[14] == digests[16])
    }

    @Test("utf8Ends gives the first and last bytes of a string, short or long, ASCII or not, and nil for none", arguments: [
        ("", nil), ("a", [0x61, 0x61]), (" x\t", [0x20, 0x09]), ("é", [0xC3, 0xA9]), ("12 345\u{00A0}", [0x31, 0xA0]),
        ("a string longer than fifteen bytes", [0x61, 0x73]),
    ] as [(String, [UInt8]?)])
    func utf8Ends(text: String, ends: [UInt8]?) {
        #expect(text.utf8Ends.map { [$0.first, $0.last] } == ends)
        // A substring's copy and a string built piece by piece give the same. (All of these take
        // the direct path on Linux; the fallback is for strings bridged from NSString on Apple's systems.)
        #expect(String(Substring(text)).utf8Ends.map { [$0.first, $0.last] } == ends)
        #expect(text.map(String.init).joined().utf8Ends.map { [$0.first, $0.last] } == ends)
    }
}
