import Foundation
import Testing

/// One CSL-JSON item, not an array of them, is what doi.org gives for a DOI asked for as CSL-JSON;
/// such a file was told to give its `author` array as the whole file (which would load the
/// article's authors as sources). It is told to wrap the item in `[ ]`.
@Suite("A file of one CSL-JSON item is told to wrap it in [ ] (built binary)")
struct CSLSingleItemTests {
    static let item = """
        {"type":"article-journal","id":"berg-2021","title":"Some article","author":[{"given":"Anna","family":"Berg","sequence":"first","affiliation":[]}],\
        "container-title":"Journal of Human Trafficking","issued":{"date-parts":[[2021,3,1]]},"DOI":"10.1080/23322705.2021.1"}
        """

    @Test("under --format csl-json, as json by its extension, and with --kind sources", arguments: [
        (["--format", "csl-json"], "author, id, issued, title and type"), ([], "id, title and type"), (["--kind", "sources"], "id, title and type"),
    ])
    func oneItem(options: [String], members: String) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.item.utf8).write(to: dir.appendingPathComponent("doi.json"))
            let load = try Tipdb.run(["ingest"] + options + ["doi.json"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.hasPrefix("doi.json:1:1: the file holds one CSL-JSON item (an object with \(members)), "
                + "as doi.org gives one for a DOI, not an array of items; expected [{...}, {...}]: wrap the item in [ and ] (jq '[.]' prints it so)\n"),
                "\(load.stderr)")
            #expect(!load.stderr.contains("jq '.author'"), "\(load.stderr)")
        }
    }

    @Test("an object that wraps an array of figures still names that array")
    func wrappedArray() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"{"figures": [{"key": "a", "measure": "m", "value": 1}]}"#.utf8).write(to: dir.appendingPathComponent("figures.json"))
            let load = try Tipdb.run(["ingest", "figures.json"], in: dir)
            #expect(load.stderr.hasPrefix("figures.json:1:1: expected an array of objects ([{...}, {...}]), found an object whose member \"figures\" holds an array; "
                + "give that array itself as the whole file, without the object around it (jq '.figures' prints it)\n"), "\(load.stderr)")
        }
    }
}
