import Foundation
import Testing

/// `tipdb ingest --help` was 250 lines with no example row (review W18): it now starts with an
/// example that loads, and the rest of what it said is on `--help-details` and `--help-datasets`.
@Suite("ingest --help: a short help with an example that loads; the rest on two pages (built binary)")
struct IngestHelpTests {
    /// The indented lines after the line of `help` that starts with `intro`, up to the next line
    /// that is not indented, without their indent.
    static func example(after intro: String, in help: String) -> String {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(intro) }) else { return "" }
        let block = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
        return block.map { String($0.dropFirst(2)) + "\n" }.joined()
    }

    @Test("the example in --help loads as it is: one source and one figure, 12.3 million forced-labour WLD 1995-2004, a minimum")
    func exampleLoads() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["ingest", "--help"], in: dir)
            #expect(help.status == 0, "\(help.stderr)")
            let figures = Self.example(after: "A figures file", in: help.stdout)
            let sources = Self.example(after: "and the source it cites", in: help.stdout)
            #expect(figures == "measure,value,low,unit,place,period,source\nforced-labour,12.3 million,12.3 million,persons,WLD,1995-2004,ilo-2005\n")
            #expect(sources == "key,title,publisher\nilo-2005,A global alliance against forced labour,International Labour Office\n")
            #expect(help.stdout.contains("load both with tipdb ingest sources.csv figures.csv."))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.contains("sources.csv: 1 read, 1 inserted"), "\(loaded.stdout)")
            #expect(loaded.stdout.contains("figures.csv: 1 read, 1 inserted"), "\(loaded.stdout)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT measure, value, low, unit, place, period_start, period_end, source FROM figures"], in: dir)
            #expect(stored.stdout.contains("\nforced-labour,12300000.0,12300000.0,persons,WLD,1995,2004,ilo-2005"), "\(stored.stdout) \(stored.stderr)")
        }
    }

    @Test("--help is under 80 lines and points to both pages; the bulk-dataset detail is not in it")
    func shortHelp() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["ingest", "--help"], in: dir)
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines < 80, "\(lines) lines:\n\(help.stdout)")
            for text in ["FILE CONTRACT", "Required: measure, value (or low and high), place, period, source.", "tipdb ingest --help-details", "--help-datasets", "Exit codes:"] {
                #expect(help.stdout.contains(text), "\(text)")
            }
            for moved in ["BULK DATASETS", "VALUES", "data_glotip.csv", "k-anonymised", "grapher CSV", "ci_level: 95"] {
                #expect(!help.stdout.contains(moved), "\(moved)")
            }
        }
    }

    @Test("--help-datasets and --help-details print their pages on standard output, exit 0, with no files and before other options", arguments: [
        (["--help-datasets"], ["BULK DATASETS", "glotip: UNODC's GLOTIP data export (data_glotip.csv", "ctdc: CTDC case-level data, the k-anonymised Global Dataset",
                               "owid: an Our World in Data grapher CSV", "OPTIONS FOR BULK DATASETS", "(the preamble's date may be 14/04/2025, 14.04.2025 or 2025-04-14)",
                               "its path and sha256 are recorded in the batch's options"]),
        (["--json", "--help-details", "x.csv"], ["All files of one command load in one transaction, in dependency order", "VALUES",
                                                "numbers: 2450000, 2,450,000", "ci_level: 95, 95% or 0.95", "first five keys derived",
                                                "{\"family\": ..., \"given\": ...}", "series-jump", "refused at the method cell, as tipdb check's method-contradicts-measure error",
                                                "(repeat-before-original, check's rule", "(period-after-publication, period-ends-after-publication)", "Every file named gets its summary line",
                                                "(a command that would be rejected reads so)", "such as --dataset with a figures file"]),
    ])
    func pages(arguments: [String], expected: [String]) throws {
        try withTemporaryDirectory { dir in
            let page = try Tipdb.run(["ingest"] + arguments, in: dir)
            #expect(page.status == 0 && page.stderr.isEmpty, "\(page.stderr)")
            #expect(page.stdout.hasPrefix("OVERVIEW: How tipdb ingest "), "\(page.stdout.prefix(80))")
            #expect(!page.stdout.contains("USAGE:") && !page.stdout.contains("OPTIONS:\n"), "\(page.stdout)")
            // Compared with the lines joined, as wrapping at 80 columns leaves them.
            let joined = page.stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
            for text in expected { #expect(joined.contains(text), "\(text)") }
            #expect(page.stdout.hasSuffix(".\n"))
            // Wrapped as --help is, at 80 columns.
            #expect(page.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(page.stdout)")
        }
    }

    @Test("after --, --help-datasets is a file name")
    func pageFlagAfterTerminator() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "--", "--help-datasets"], in: dir)
            #expect(result.status == 1, "\(result.stdout)")
            #expect(result.stderr.contains("--help-datasets"), "\(result.stderr)")
            #expect(!result.stdout.contains("BULK DATASETS"))
        }
    }

    @Test("report brief --help: under 80 lines, the formats and templates in sections of their own")
    func briefHelp() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["report", "brief", "--help"], in: dir)
            #expect(help.status == 0)
            #expect(help.stdout.split(separator: "\n", omittingEmptySubsequences: false).count < 80, "\(help.stdout)")
            for text in ["\n\nFORMATS\n  md: Markdown.", "\n  html: one self-contained page", "\n  json: the data model.", "\n  csv: the figures table",
                         "\n\nTEMPLATES\n  --template renders a Mustache template"] {
                #expect(help.stdout.contains(text), "\(text)")
            }
        }
    }
}
