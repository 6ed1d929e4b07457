import Foundation
import Testing

/// `-o brief.html` without `--format html` used to write Markdown into the file (review W26).
@Suite("report brief: a file name that says another format is refused (built binary)")
struct ReportOutputExtensionTests {
    @Test("a mismatched extension is exit 64 naming the option to add; a matching or unknown one writes", arguments: [
        (["-o", "brief.html"], 64, "tipdb: error: -o brief.html ends in .html, but the format is md (the default); add --format html, or name the file .md"),
        (["-o", "b.JSON", "--format", "csv"], 64, "tipdb: error: -o b.JSON ends in .JSON, but the format is csv; add --format json, or name the file .csv"),
        (["-o", "brief.html", "--format", "html"], 0, ""),
        (["-o", "brief.markdown"], 0, ""),
        (["-o", "brief.txt", "--format", "json"], 0, ""),
    ])
    func extensionAgrees(arguments: [String], status: Int32, message: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-29"] + arguments, in: dir)
            #expect(result.status == status, "\(result.stderr)")
            let file = dir.appendingPathComponent(arguments[1])
            if status == 64 {
                #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: file.path))
            } else {
                #expect(FileManager.default.fileExists(atPath: file.path))
            }
        }
    }
}
