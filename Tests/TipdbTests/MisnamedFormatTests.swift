import Foundation
import Testing

/// A file whose name says another format than its content is told which `--format` reads it,
/// at `FILE:1:1`, not given advice about its columns or first byte that cannot help (review of
/// session 29: a JSON array named .csv was told to pass --kind); a CSL-JSON file read as JSON is
/// told to pass --format csl-json.
@Suite("CLI: a file named for another format than it holds is told the format to give")
struct MisnamedFormatTests {
    /// What a JSON file's summary says when reading stopped before its kind could be told.
    static let stopped = "reading stopped at line 1, before its kind could be told"

    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private static let figure = #"{"key":"a1","measure":"trafficking-victims","value":1,"place":"FRA","period":2001,"source":"s"}"#

    @Test("a JSON array or NDJSON named .csv, CSV named .json, NDJSON of one line or two named .json: one error naming the format, nothing written")
    func misnamed() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try write("[" + Self.figure + "]\n", to: "jj.csv", in: dir)
            try write(Self.figure + "\n" + Self.figure + "\n", to: "nd.csv", in: dir)
            try write("key,title,publisher\ns,S,Org\n", to: "fj.json", in: dir)
            try write(Self.figure + "\n", to: "one.json", in: dir)
            try write(Self.figure + "\n" + Self.figure + "\n", to: "two.json", in: dir)
            let ndjson = "the file holds one JSON object per line (NDJSON); name it .ndjson or pass --format ndjson"
            let expected = [
                ("jj.csv", "jj.csv:1:1: the file starts with [ and looks like a JSON array, not CSV; name it .json or pass --format json", "not CSV"),
                ("nd.csv", "nd.csv:1:1: the file starts with a JSON object on its first line and looks like NDJSON (one object per line), not CSV; name it .ndjson or pass --format ndjson", "not CSV"),
                ("fj.json", "fj.json:1:1: the file looks like CSV (its first line is names separated by commas), not JSON; name it .csv or pass --format csv", Self.stopped),
                ("one.json", "one.json:1:1: " + ndjson, "kind unknown"),
                ("two.json", "two.json:1:1: " + ndjson, Self.stopped),
            ]
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            for (file, message, why) in expected {
                for kind in [[], ["--kind", "figures"]] {
                    let result = try Tipdb.run(["ingest"] + kind + [file], in: dir)
                    #expect(result.status == 1, "\(file) \(kind)")
                    #expect(result.stderr == message + "\n" || result.stderr.hasPrefix(message + "\n"), "\(file) \(kind): \(result.stderr)")
                    #expect(!result.stderr.contains("pass --kind") && !result.stderr.contains("expected a value"), "\(result.stderr)")
                    if kind.isEmpty {
                        #expect(result.stdout == "\(file): 0 read, rejected (\(why): see its error); nothing written (the command was rejected)\n", "\(result.stdout)")
                    }
                }
            }
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("CSL-JSON read with --format json: its id is named as CSL's, with --format csl-json to give, not \"did you mean key?\"")
    func cslReadAsJSON() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try write(#"[{"id":"c1","type":"report","title":"T","publisher":"P"}]"# + "\n", to: "items.json", in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "--format", "json", "--kind", "sources", "items.json"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("items.json:1:3: id: unknown field \"id\"; the object looks like CSL-JSON (id with type, title, author, issued): pass --format csl-json, or name its key \"key\"\n"), "\(result.stderr)")
            #expect(result.stderr.contains("items.json:1:13: type: unknown field \"type\""), "\(result.stderr)")
            #expect(!result.stderr.contains("unknown column"), "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
            let csl = try Tipdb.run(["ingest", "--format", "csl-json", "items.json"], in: dir)
            #expect(csl.status == 0, "\(csl.stderr)")
        }
    }

    @Test("a CSL-JSON item without a type, or with an empty one, is an error naming type and the CSL types; not loaded as a report")
    func cslWithoutType() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try write(#"[{"id":"nt1","title":"No type","publisher":"P"},"# + "\n" + #" {"id":"nt2","type":" ","title":"Blank","publisher":"P"}]"# + "\n", to: "nt.json", in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "--format", "csl-json", "nt.json"], in: dir)
            #expect(result.status == 1)
            let expected = "a CSL-JSON item requires one: expected a CSL type, such as report, article-journal, book, chapter, webpage or dataset"
            #expect(result.stderr.contains("nt.json:1:2: type: no type given; \(expected)\n"), "\(result.stderr)")
            #expect(result.stderr.contains("nt.json:2:21: type: an empty type; \(expected)\n"), "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }
}
