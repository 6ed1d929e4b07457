import Foundation
import Storage
import Testing

/// `JSONLayout`, the layout of every JSON document tipdb prints.
@Suite("JSONLayout: one layout for tipdb's JSON")
struct JSONLayoutTests {
    @Test("compact JSON laid out: two-space indents, \"name\": value, empty containers on one line, final newline")
    func layout() {
        let compact = #"{"a":[1,2.5e-07,null],"b":{},"c":[],"d":{"e":true,"f":"x"}}"#
        #expect(JSONLayout.indented(Array(compact.utf8)) == """
            {
              "a": [
                1,
                2.5e-07,
                null
              ],
              "b": {},
              "c": [],
              "d": {
                "e": true,
                "f": "x"
              }
            }

            """)
    }

    @Test("strings are copied as they are: brackets, commas, colons, escaped quotes and backslashes, whitespace inside them")
    func strings() {
        let compact = #"{"k: {[,]}":"a \"b\": [c], {d}\\","t":"  two  spaces \\\" "}"#
        let laid = JSONLayout.indented(Array(compact.utf8))
        #expect(laid == "{\n  \"k: {[,]}\": \"a \\\"b\\\": [c], {d}\\\\\",\n  \"t\": \"  two  spaces \\\\\\\" \"\n}\n")
        let back = try? JSONSerialization.jsonObject(with: Data(laid.utf8)) as? [String: String]
        #expect(back == ["k: {[,]}": "a \"b\": [c], {d}\\", "t": "  two  spaces \\\" "])
    }

    @Test("text already laid out, or laid out by JSONEncoder, comes out the same; documents of Encodable values sort their keys")
    func idempotent() throws {
        struct Value: Encodable { var zeta = 1; var alpha = ["x": [Int](), "a": [2]]; var path = "a/b" }
        let document = try JSONLayout.document(Value())
        #expect(document == "{\n  \"alpha\": {\n    \"a\": [\n      2\n    ],\n    \"x\": []\n  },\n  \"path\": \"a/b\",\n  \"zeta\": 1\n}\n")
        #expect(JSONLayout.indented(Array(document.utf8)) == document)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(JSONLayout.indented(try encoder.encode(Value())) == document)
    }
}
