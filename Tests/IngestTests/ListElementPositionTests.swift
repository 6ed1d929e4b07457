import Foundation
import Ingest
import Testing

/// An unknown element of a `;` list (a study's `places`) is reported at its own line and column,
/// counted in the file as written: quotes, doubled quotes, line breaks inside a quoted field,
/// JSON escapes and JSON lists.
@Suite("List element positions")
struct ListElementPositionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let text: String
        /// Every error expected, as `LINE:COLUMN: message start`.
        let expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unquoted CSV field", file: "a.csv", text: "key,title,places\ns1,One,PHL; Atlantis ;IND\n",
             expected: ["2:13: places: unknown place \"Atlantis\""]),
        Case(name: "two unknown elements, non-ASCII before them", file: "b.csv",
             text: "key,title,places\ns1,Étude é,Côte d'Ivoire;Oz;Atlantis\n",
             expected: ["2:26: places: unknown place \"Oz\"", "2:29: places: unknown place \"Atlantis\""]),
        Case(name: "quoted CSV field over two lines, with a doubled quote", file: "c.csv",
             text: "key,title,places\r\ns2,\"Two, too\",\"PHL;\r\n  Narnia; \"\"Q\"\"land\"\r\n",
             expected: ["3:3: places: unknown place \"Narnia\"", "3:11: places: unknown place \"\"Q\"land\""]),
        Case(name: "TSV", file: "d.tsv", text: "key\ttitle\tplaces\ns1\tOne\tIND;;  Atlantis\n",
             expected: ["2:15: places: unknown place \"Atlantis\""]),
        Case(name: "JSON list (at the element's quote), escaped character", file: "e.json",
             text: "[{\"key\":\"s3\",\"title\":\"T\",\"places\":[\"PHL\", \"Atl\\u00e9ntis\"]}]",
             expected: ["1:43: places: unknown place \"Atléntis\""]),
        Case(name: "JSON string with an escape before the element", file: "f.json",
             text: "[\n {\"key\":\"s4\",\"title\":\"T\",\"places\":\"C\\u00f4te d'Ivoire; Nowhere\"}]",
             expected: ["2:56: places: unknown place \"Nowhere\""]),
        Case(name: "NDJSON line indented", file: "g.ndjson",
             text: "{\"key\":\"s5\",\"title\":\"T\",\"places\":\"Nowhere\"}\n  {\"key\":\"s6\",\"title\":\"T\",\"places\":[\"PHL\",  \"Oz\"]}\n",
             expected: ["1:35: places: unknown place \"Nowhere\"", "2:45: places: unknown place \"Oz\""]),
        Case(name: "JSON surrogate pair counts as one character", file: "h.json",
             text: "[{\"key\":\"s7\",\"title\":\"T\",\"places\":\"\\ud83d\\ude00 ; Oz\"}]",
             expected: ["1:36: places: unknown place \"😀\"", "1:51: places: unknown place \"Oz\""]),
    ]

    @Test("an unknown element of places is reported at the element", arguments: cases)
    func elementPosition(_ testCase: Case) throws {
        let h = try IngestHarness()
        let path = try h.write(testCase.file, testCase.text)
        var options = IngestOptions()
        options.kind = .studies
        let report = try h.ingest([path], options)
        let messages = report.errors.map(\.description)
        #expect(messages.count == testCase.expected.count, "\(messages)")
        for (message, expected) in zip(messages, testCase.expected) {
            #expect(message.hasPrefix("\(path):\(expected)"), "\(message)")
        }
        #expect(try h.count("studies") == 0)
    }
}
