import Foundation
import Ingest
import Storage
import Testing

/// `IngestIssue.unknownReference`: the issues of a `source` or `study` naming a key neither the
/// database nor the command holds carry the kind of that key, which the closing line's hint to give
/// those files reads instead of the message's wording; every other issue carries nil.
@Suite("Ingester: unknown sources and studies are marked by kind, not told by their wording")
struct UnknownReferenceKindTests {
    @Test("an unknown source and an unknown study are marked .sources and .studies; the row's other problems nil")
    func marked() throws {
        let h = try IngestHarness()
        let file = try h.write("f.csv", """
            key,measure,value,place,period,source,study
            a,forced-labour,12,Atlantis,2016,nobody,nostudy

            """)
        let report = try h.ingest([file])
        let kinds = Dictionary(uniqueKeysWithValues: report.errors.map { ($0.message.prefix { $0 != ":" }, $0.unknownReference) })
        #expect(kinds == ["place": nil, "source": .sources, "study": .studies], "\(report.errors)")
    }

    @Test("a key the command reads as a figure, named again as such once every file is read: no longer marked")
    func settled() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let file = try h.write("f.csv", """
            key,measure,value,place,period,source
            a,forced-labour,12,WLD,2016,b
            b,forced-labour,13,WLD,2017,ilo-2005

            """)
        let report = try h.ingest([file])
        let issue = try #require(report.errors.first)
        #expect(issue.message.hasPrefix("source: \"b\" is a figure of this command (line 3 of this file), not a source"), "\(issue)")
        #expect(issue.unknownReference == nil)
    }

    @Test("a figure without a key: the derived key's note keeps the mark")
    func derivedKey() throws {
        let h = try IngestHarness()
        let file = try h.write("f.csv", """
            measure,value,place,period,source
            forced-labour,12,WLD,2016,nobody

            """)
        let report = try h.ingest([file])
        let issue = try #require(report.errors.first)
        #expect(issue.message.hasPrefix("source: unknown source \"nobody\""), "\(issue)")
        #expect(issue.message.hasSuffix(" (the row has no key; the key derived from its fields is \"nobody:forced-labour:WLD:2016\")"), "\(issue)")
        #expect(issue.unknownReference == .sources)
    }

    @Test("the mark is not part of the JSON report")
    func notInJSON() throws {
        var issue = IngestIssue(file: "f.csv", line: 2, column: 3, message: "source: unknown source \"x\"")
        issue.unknownReference = .sources
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(issue), as: UTF8.self) == #"{"column":3,"file":"f.csv","line":2,"message":"source: unknown source \"x\""}"#)
    }
}
