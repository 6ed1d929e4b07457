import Foundation
import Testing

/// A work in press written as Zotero exports it (`"issued": {"raw": "in press"}`), as CSL's
/// `"status": "forthcoming"`, or in a sources CSV (review of session 54: cited "n.d.", told to
/// give a publication date it does not have, or refused as "not a date").
@Suite("in press in Zotero's raw date, CSL's forthcoming and a sources CSV is cited in press (built binary)")
struct InPressFormsTests {
    private func item(_ member: String) -> String {
        "[{\"id\":\"wp\",\"type\":\"report\",\"title\":\"Forced labour in Nepal\",\"author\":[{\"family\":\"Sharma\",\"given\":\"Anita\"}],\"publisher\":\"Univ of Example\",\(member)}]\n"
    }

    @Test("issued raw \"in press\" and status \"forthcoming\": no source-without-date warning, cited (in press)", arguments: [
        "\"issued\":{\"raw\":\"in press\"}", "\"status\":\"forthcoming\"", "\"issued\":{\"raw\":\"Forthcoming\"}",
    ])
    func csl(member: String) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(item(member).utf8).write(to: dir.appendingPathComponent("wp.json"))
            let ingest = try Tipdb.run(["ingest", "wp.json"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("source-without-date"), "\(ingest.stderr)")
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("Sharma, Anita (in press). Forced labour in Nepal."), "\(sources.stdout)")
        }
    }

    @Test("a sources CSV's date \"in press\" loads and is cited (in press); a later date takes it away")
    func csv() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let row = "key,kind,title,authors,publisher,date\nwp,report,Forced labour in Nepal,\"Sharma, Anita\",Univ of Example,"
            try Data((row + "in press\n").utf8).write(to: dir.appendingPathComponent("s1.csv"))
            try Data((row + "2027-02\n").utf8).write(to: dir.appendingPathComponent("s2.csv"))
            let ingest = try Tipdb.run(["ingest", "s1.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("source-without-date"), "\(ingest.stderr)")
            #expect(try Tipdb.run(["report", "sources"], in: dir).stdout.contains("Sharma, Anita (in press). Forced labour in Nepal."))
            let again = try Tipdb.run(["ingest", "s1.csv"], in: dir)
            #expect(again.stdout.contains("s1.csv: 1 read, 0 inserted, 0 updated, 1 unchanged"), "\(again.stdout)")
            let dated = try Tipdb.run(["ingest", "s2.csv"], in: dir)
            #expect(dated.status == 0, "\(dated.stderr)")
            let sources = try Tipdb.run(["report", "sources"], in: dir).stdout
            #expect(sources.contains("Sharma, Anita (2027). Forced labour in Nepal."), "\(sources)")
            let csl = try Tipdb.run(["sql", "--format", "csv", "SELECT csl IS NULL FROM sources WHERE key = 'wp'"], in: dir)
            #expect(csl.stdout.hasSuffix("1\r\n"), "the in-press mark is gone: \(csl.stdout)")
        }
    }
}
