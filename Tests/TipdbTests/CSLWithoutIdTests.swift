import Foundation
import Testing

/// A CSL-JSON file whose first item has no `id` was not recognised as CSL-JSON ("cannot tell
/// whether the file holds sources, studies or figures"), since only the first object was looked
/// at for `id` and `type`; and under `--format csl-json` a missing, null or empty id was told as
/// "no key given", naming a member the file does not have.
@Suite("CSL-JSON whose first item has no id is still CSL-JSON, and a missing id is told as id (built binary)")
struct CSLWithoutIdTests {
    static let items = """
        [
          {"type": "report", "title": "No id", "author": [{"family": "X"}]},
          {"id": null, "type": "report", "title": "Null id", "author": [{"family": "X"}]},
          {"id": "", "type": "report", "title": "Empty id", "author": [{"family": "X"}]},
          {"id": "ok", "type": "report", "title": "T", "author": [{"family": "X"}]},
          {"id": "ok", "type": "report", "title": "T2", "author": [{"family": "X"}]},
          {"id": true, "type": "report", "title": "T3", "author": [{"family": "X"}]}
        ]
        """

    @Test("detected from CSL's members, each missing, null or empty id an id error, as a duplicate id is")
    func missingIds() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.items.utf8).write(to: dir.appendingPathComponent("refs.json"))
            let load = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(load.status == 1)
            let errors = load.stderr.split(separator: "\n").filter { $0.hasPrefix("refs.json:") && !$0.hasPrefix("refs.json: ") }
            let expected = "a CSL-JSON item requires one: expected a stable citation key such as ilo-2005-global-alliance"
            #expect(errors == [
                "refs.json:2:3: no id given; \(expected)",
                "refs.json:3:10: id: an empty id; \(expected)",
                "refs.json:4:10: id: an empty id; \(expected)",
                "refs.json:6:10: id: duplicate id \"ok\", already on line 5 of this file, with other cells: title \"T2\" here, \"T\" there; expected each id once in a command: keep the row that is right and remove the other",
                "refs.json:7:10: id: expected text or a number, found true",
            ], "\(load.stderr)")
            #expect(load.stderr.contains("note: refs.json: format csl-json from the extension and the CSL-JSON fields author\n"), "\(load.stderr)")
        }
    }

    @Test("a tipdb sources file with key is still JSON")
    func otherJSONUnchanged() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"[{"key": "a", "title": "T", "authors": "X, Y", "date": "2019"}]"#.utf8).write(to: dir.appendingPathComponent("mine.json"))
            let load = try Tipdb.run(["ingest", "mine.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("note: mine.json: format json from the extension"), "\(load.stderr)")
        }
    }
}
