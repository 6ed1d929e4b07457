import Foundation
import Testing

/// "N rows had no key" counts every row without a key, the rejected ones too, and says how many
/// of them were rejected (review W5: it counted only the valid rows).
@Suite("CLI: the note on rows without a key counts them all")
struct KeylessRowNoteTests {
    private static let header = "measure,value,place,period,source,cites\n"

    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func prepare(_ dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try write("key,title,publisher\ns,S,Org\n", to: "src.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func notes(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains("had no key") }
    }

    @Test("valid and rejected rows without a key: all counted, the rejected ones said, examples of the valid ones")
    func someRejected() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            // Line 3's value is no number; line 4 cites a figure no file holds, refused once every row is in.
            try write(Self.header + "trafficking-victims,1,FRA,2001,s,\ntrafficking-victims,x,FRA,2002,s,\ntrafficking-victims,3,FRA,2003,s,nosuch\ntrafficking-victims,4,FRA,2004,s,\n", to: "f.csv", in: dir)
            for mode in ["skip", "abort"] {
                let result = try Tipdb.run(["ingest", "--on-error", mode, "f.csv"], in: dir)
                #expect(result.status == 1)
                #expect(notes(result.stderr) == [
                    "note: f.csv: 4 rows had no key (2 of them rejected: see the errors); derived keys of the 2 valid ones such as line 2: s:trafficking-victims:FRA:2001, line 5: s:trafficking-victims:FRA:2004",
                ], "\(mode): \(result.stderr)")
            }
            let json = try Tipdb.run(["ingest", "--on-error", "skip", "--dry-run", "--json", "f.csv"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((object["files"] as? [[String: Any]])?.first)
            #expect(file["derivedKeys"] as? Int == 2 && file["keylessRejected"] as? Int == 2, "\(json.stdout)")
            #expect(file["derivedKeyExamples"] as? [String] == ["line 2: s:trafficking-victims:FRA:2001", "line 5: s:trafficking-victims:FRA:2004"])
        }
    }

    @Test("every row without a key valid: the note reads as before; every one rejected: it says so, with no examples")
    func allValidOrAllRejected() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(Self.header + "trafficking-victims,1,FRA,2001,s,\n", to: "valid.csv", in: dir)
            let valid = try Tipdb.run(["ingest", "--dry-run", "valid.csv"], in: dir)
            #expect(notes(valid.stderr) == ["note: valid.csv: 1 row had no key; derived keys such as line 2: s:trafficking-victims:FRA:2001"], "\(valid.stderr)")
            try write(Self.header + "trafficking-victims,x,FRA,2001,s,\ntrafficking-victims,y,FRA,2002,s,\n", to: "bad.csv", in: dir)
            let bad = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(notes(bad.stderr) == ["note: bad.csv: 2 rows had no key (all were rejected: see the errors)"], "\(bad.stderr)")
            try write("key," + Self.header + "k1,trafficking-victims,x,FRA,2001,s,\n", to: "keyed.csv", in: dir)
            let keyed = try Tipdb.run(["ingest", "keyed.csv"], in: dir)
            #expect(notes(keyed.stderr).isEmpty, "\(keyed.stderr)")
        }
    }
}
