import Foundation
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Creates `tipdb.sqlite` in `dir` with the Fixtures loaded, through the real binary.
func makeFixtureDatabase(in dir: URL) throws {
    let fixtures = repositoryRoot.appendingPathComponent("Fixtures")
    let init_ = try Tipdb.run(["init"], in: dir)
    #expect(init_.status == 0, "\(init_.stderr)")
    let load = try Tipdb.run(
        ["ingest", "--quiet"] + ["sources.json", "studies.csv", "figures.csv"].map { fixtures.appendingPathComponent($0).path },
        in: dir)
    #expect(load.status == 0, "\(load.stderr)")
}

/// Compares `actual` with the golden file `name`; `TIPDB_UPDATE_GOLDEN=1 swift test` rewrites it.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/TipdbTests/Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["TIPDB_UPDATE_GOLDEN"] == "1" {
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    if actual != expected {
        let a = actual.components(separatedBy: "\n")
        let e = expected.components(separatedBy: "\n")
        let line = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
        let shown = "line \(line + 1):\n- expected: \(line < e.count ? e[line] : "<end>")\n+ actual:   \(line < a.count ? a[line] : "<end>")"
        Issue.record("\(name) differs from its golden file (regenerate with TIPDB_UPDATE_GOLDEN=1 swift test)\n\(shown)", sourceLocation: sourceLocation)
    }
}
