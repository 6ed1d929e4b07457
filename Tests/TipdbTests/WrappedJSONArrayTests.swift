import Foundation
import Testing

/// `{"figures": [...]}`, a JSON object around the array as scripts often write one, was refused
/// without naming the member, at 0:0 when the file name did not give the kind. It is refused at the
/// object, naming the member that holds the array and saying to give the array itself.
@Suite("ingest: a JSON object around the array is refused at the object, naming the member (built binary)")
struct WrappedJSONArrayTests {
    static let figure = #"{"key": "j1", "measure": "forced-labour", "value": 5, "place": "FRA", "period": "2021", "source": "x"}"#

    @Test("{\"figures\": [...]} is refused at its position with and without a kind from the name; two arrays are both named; nothing is loaded")
    func refusedNamingTheMember() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("{\"figures\": [\(Self.figure)]}\n", "figures.json", in: dir)
            try IngestPartWarningTests.write("\n  {\"figures\": [\(Self.figure)]}\n", "data.json", in: dir)
            try IngestPartWarningTests.write("{\"meta\": {}, \"figures\": [], \"sources\": []}\n", "export.json", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let one = "found an object whose member \"figures\" holds an array; give that array itself as the whole file, without the object around it (jq '.figures' prints it)"
            let expected = [
                "figures.json:1:1: expected an array of objects ([{...}, {...}]), \(one)",
                "data.json:2:3: expected an array of objects ([{...}, {...}]), \(one)",
                "export.json:1:1: expected an array of objects ([{...}, {...}]), found an object whose members \"figures\", \"sources\" hold arrays; give each array itself as a file of its own, without the object around it (jq '.figures' prints it)",
            ]
            for name in ["figures.json", "data.json", "export.json"] {
                let refused = try Tipdb.run(["ingest", "sources.csv", name], in: dir)
                #expect(refused.status == 1)
                let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix(name) && !$0.contains(": 0 read") }.map(String.init)
                #expect(errors == expected.filter { $0.hasPrefix(name) }, "\(refused.stderr)")
            }
            let json = try Tipdb.run(["ingest", "--json", "data.json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let error = (object?["errors"] as? [[String: Any]])?.first
            #expect(error?["line"] as? Int == 2 && error?["column"] as? Int == 3, "\(json.stdout)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }
}
