import Foundation
import Testing

/// `-o brief.html` without `--format html` used to write Markdown into the file, and so did
/// `report sources -o refs.bib` without `--format bibtex` (review W26).
@Suite("report brief, sources and studies: a file name that says another format is refused (built binary)")
struct ReportOutputExtensionTests {
    @Test("a mismatched extension is exit 64 naming the option to add; a matching or unknown one writes", arguments: [
        (["-o", "brief.html"], 64, "tipdb: error: -o brief.html ends in .html, but the format is md (the default); add --format html, or name the file .md"),
        (["-o", "b.JSON", "--format", "csv"], 64, "tipdb: error: -o b.JSON ends in .JSON, but the format is csv; add --format json, or name the file .csv"),
        (["-o", "b.bib", "--format", "html"], 64, "tipdb: error: -o b.bib ends in .bib, but the format is html, and tipdb report brief writes no bibtex (its formats are md, html, json, csv); name the file .html"),
        (["-o", "brief.html", "--format", "html"], 0, ""),
        (["-o", "brief.markdown"], 0, ""),
        (["-o", "brief.txt", "--format", "json"], 0, ""),
    ])
    func extensionAgrees(arguments: [String], status: Int32, message: String) throws {
        try expectOutput(["report", "brief", "--date", "2026-11-29"] + arguments, status: status, message: message)
    }

    @Test("report sources and studies: .bib, .json and .csv name their formats; a format the command lacks is named as such", arguments: [
        (["sources", "-o", "refs.bib"], 64, "tipdb: error: -o refs.bib ends in .bib, but the format is md (the default); add --format bibtex, or name the file .md"),
        (["sources", "-o", "refs.json"], 64, "tipdb: error: -o refs.json ends in .json, but the format is md (the default); add --format csl-json, or name the file .md"),
        (["sources", "-o", "refs.md", "--format", "bibtex"], 64, "tipdb: error: -o refs.md ends in .md, but the format is bibtex; add --format md, or name the file .bib"),
        (["sources", "-o", "refs.html"], 64, "tipdb: error: -o refs.html ends in .html, but the format is md (the default), and tipdb report sources writes no html (its formats are md, csl-json, bibtex); name the file .md"),
        (["studies", "-o", "studies.csv"], 64, "tipdb: error: -o studies.csv ends in .csv, but the format is md (the default); add --format csv, or name the file .md"),
        (["studies", "-o", "studies.json", "--format", "csv"], 64, "tipdb: error: -o studies.json ends in .json, but the format is csv, and tipdb report studies writes no json (its formats are md, csv); name the file .csv"),
        (["sources", "-o", "refs.bib", "--format", "bibtex"], 0, "@"),
        (["sources", "-o", "refs.JSON", "--format", "csl-json"], 0, "["),
        (["sources", "-o", "refs.md"], 0, "#"),
        (["sources", "-o", "refs.txt", "--format", "bibtex"], 0, "@"),
        (["studies", "-o", "studies.csv", "--format", "csv"], 0, "key,"),
    ])
    func otherReports(arguments: [String], status: Int32, start: String) throws {
        try expectOutput(["report"] + arguments, status: status, message: status == 0 ? "" : start, start: status == 0 ? start : nil)
    }

    /// Runs `arguments` (whose `-o` names the file) over the Fixtures: a usage error says
    /// `message` and writes nothing; a success writes the file, starting with `start` when given.
    private func expectOutput(_ arguments: [String], status: Int32, message: String, start: String? = nil) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == status, "\(result.stderr)")
            let name = try #require(arguments.firstIndex(of: "-o").map { arguments[$0 + 1] })
            let file = dir.appendingPathComponent(name)
            if status == 64 {
                #expect(result.stderr.hasPrefix(message + "\n"), "\(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: file.path))
            } else {
                let text = try String(contentsOf: file, encoding: .utf8)
                if let start { #expect(text.hasPrefix(start), "\(text.prefix(80))") }
            }
        }
    }
}
