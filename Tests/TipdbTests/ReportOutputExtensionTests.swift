import Foundation
import Testing

/// `-o brief.html` without `--format html` used to write Markdown into the file, and so did
/// `report sources -o refs.bib` without `--format bibtex` (review W26).
@Suite("report brief, sources and studies, export datasette-metadata: a file name that says another format is refused (built binary)")
struct ReportOutputExtensionTests {
    @Test("a mismatched extension is exit 64 naming the option to add; a matching or unknown one writes", arguments: [
        (["-o", "brief.html"], 64, "tipdb: error: -o brief.html ends in .html, but the format is md (the default); add --format html, or name the file .md"),
        (["-o", "b.JSON", "--format", "csv"], 64, "tipdb: error: -o b.JSON ends in .JSON, but the format is csv; use --format json instead, or name the file .csv"),
        // --format md typed: not "(the default)", and not "add" a second --format (a usage error).
        (["--format", "md", "-o", "brief.html"], 64, "tipdb: error: -o brief.html ends in .html, but the format is md; use --format html instead, or name the file .md"),
        (["-o", "brief.csv", "--format=md"], 64, "tipdb: error: -o brief.csv ends in .csv, but the format is md; use --format csv instead, or name the file .md"),
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
        (["sources", "-o", "refs.md", "--format", "bibtex"], 64, "tipdb: error: -o refs.md ends in .md, but the format is bibtex; use --format md instead, or name the file .bib"),
        (["sources", "--format", "md", "-o", "refs.html"], 64, "tipdb: error: -o refs.html ends in .html, but the format is md, and tipdb report sources writes no html (its formats are md, csl-json, bibtex); name the file .md"),
        (["studies", "--format", "markdown", "-o", "studies.csv"], 64, "tipdb: error: -o studies.csv ends in .csv, but the format is md; use --format csv instead, or name the file .md"),
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

    /// `tipdb export datasette-metadata -o metadata.md` wrote JSON into a file named as Markdown.
    @Test("export datasette-metadata: -o naming another kind than JSON is exit 64 and writes nothing; .json, .yaml or no extension writes JSON", arguments: [
        (["-o", "metadata.md"], 64, "tipdb: error: -o metadata.md ends in .md, but tipdb export datasette-metadata writes JSON only; name the file .json"),
        (["-o", "meta.HTML"], 64, "tipdb: error: -o meta.HTML ends in .HTML, but tipdb export datasette-metadata writes JSON only; name the file .json"),
        (["-o", "metadata.json"], 0, "{"),
        (["-o", "metadata.yaml"], 0, "{"),
        (["-o", "metadata"], 0, "{"),
    ])
    func exportIsJSON(arguments: [String], status: Int32, start: String) throws {
        try expectOutput(["export", "datasette-metadata"] + arguments, status: status, message: status == 0 ? "" : start, start: status == 0 ? start : nil)
        if status == 64 {
            // Export reports as JSON: the usage error is the one-line error object too.
            try withTemporaryDirectory { dir in
                try makeFixtureDatabase(in: dir)
                let result = try Tipdb.run(["export", "datasette-metadata"] + arguments, in: dir)
                let message = start.dropFirst("tipdb: error: ".count)
                #expect(result.stdout == "{\"error\": \"\(message)\", \"exitCode\": 64}\n", "\(result.stdout)")
            }
        }
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
