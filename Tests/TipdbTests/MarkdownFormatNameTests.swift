import Foundation
import Testing

/// `tipdb sql` and `tipdb schema` took `--format markdown`, the reports `--format md` (review
/// W9): every command that writes Markdown now names it `md` and takes `markdown` too.
@Suite("--format md, and markdown for it, in sql, schema and the reports (built binary)")
struct MarkdownFormatNameTests {
    @Test("--format markdown writes what --format md writes", arguments: [
        ["sql", "SELECT key FROM figures ORDER BY key LIMIT 3"],
        ["schema", "units"],
        ["report", "brief", "--date", "2026-11-29"],
        ["report", "sources"],
        ["report", "studies"],
    ])
    func aliasWritesMarkdown(command: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try Tipdb.run(command + ["--format", "md"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.hasPrefix("|") || md.stdout.hasPrefix("#"), "\(md.stdout.prefix(80))")
            for spelling in [["--format", "markdown"], ["--format=markdown"]] {
                let markdown = try Tipdb.run(command + spelling, in: dir)
                #expect(markdown.status == 0, "\(markdown.stderr)")
                #expect(markdown.stdout == md.stdout)
                #expect(markdown.stderr == md.stderr)
            }
        }
    }

    @Test("a report written with --format markdown names md in the command that reproduces it, and -o brief.md agrees with it")
    func aliasIsTheSameFormat() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--format", "markdown", "--date", "2026-11-29", "-o", "brief.md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            #expect(text.contains("--format md -o brief.md --date 2026-11-29"), "the provenance's command names the canonical value")
            let html = try Tipdb.run(["report", "brief", "--format", "markdown", "-o", "brief.html"], in: dir)
            #expect(html.status == 64)
            #expect(html.stderr.hasPrefix("tipdb: error: -o brief.html ends in .html, but the format is md; use --format html instead, or name the file .md\n"), "\(html.stderr)")
        }
    }

    @Test("an unknown format is a usage error that lists the formats, md among them", arguments: [
        (["sql", "SELECT 1"], "Please provide one of the following:\n  - table\n  - csv\n  - tsv\n  - json\n  - ndjson\n  - md\n"),
        (["schema"], "Please provide one of 'text', 'md' or 'json'.\n"),
        (["report", "brief"], "Please provide one of 'md', 'html', 'json' or 'csv'.\n"),
        (["report", "sources"], "Please provide one of 'md', 'csl-json' or 'bibtex'.\n"),
        (["report", "studies"], "Please provide one of 'md' and 'csv'.\n"),
    ])
    func unknownFormat(command: [String], listing: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(command + ["--format", "mark-down"], in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: The value 'mark-down' is invalid for '--format <format>'. \(listing)"), "\(result.stderr)")
        }
    }
}
