import Foundation
import Testing

/// `{"figures": [...]}` longer than the 64 MB a JSON value may take is refused as a shorter one
/// is, at the object and naming the member that holds the array, not with the size limit's message
/// for an element of an array.
@Suite("ingest: a JSON object over 64 MB around the array gets the wrapped-array message (built binary)")
struct LongWrappedJSONTests {
    @Test("figures.json (kind from the name) and data.json (kind from the content) over 64 MB: refused at 1:1 naming \"figures\"")
    func longObject() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            // About 600,000 figures of 112 bytes: over 64 MB.
            let figure = #"{"key": "j1", "measure": "forced-labour", "value": 5, "place": "FRA", "period": "2021", "source": "x"}, "#
            var bytes = Data(#"{"figures": ["#.utf8)
            let block = Data(String(repeating: figure, count: 10_000).utf8)
            while bytes.count <= 65 << 20 { bytes.append(block) }
            bytes.append(Data(#"{"key": "j2"}]}"#.utf8))
            for name in ["figures.json", "data.json"] {
                try bytes.write(to: dir.appendingPathComponent(name))
                let refused = try Tipdb.run(["ingest", name], in: dir)
                #expect(refused.status == 1)
                #expect(refused.stderr.contains("""
                    \(name):1:1: expected an array of objects ([{...}, {...}]), found an object longer than 64 MB (read no further) \
                    whose member "figures" holds an array; give that array itself as the whole file, without the object around it \
                    (jq '.figures' prints it)
                    """), "\(refused.stderr)")
                #expect(!refused.stderr.contains("is longer than 64 MB"), "\(refused.stderr)")
                try FileManager.default.removeItem(at: dir.appendingPathComponent(name))
            }
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }
}
