import Foundation
import Testing

/// `report brief -o` to a device or a pipe writes the brief through it, as standard output gets
/// it: no chart files anywhere (never in `/dev`), no link to a chart the reader cannot have, each
/// chart's figures as a table, and the advice to write it with -o on standard error, once.
@Suite("a Markdown brief to a device or a pipe is written through, without chart files (built binary)")
struct BriefStreamOutputTests {
    /// Where the forced-labour chart would be: its title, then its figures as a table.
    static let table = "### Forced labour, World, 1995-2021\n\n| Reference period | Figure | Range | Source |\n"
    /// The note on standard error for the Fixtures' 7 charts, not in the brief (ILO 2014's profits,
    /// filed under their publication year, are drawn in none: m0034).
    static let note = "note: the 7 charts are given as tables of figures: chart files are written only beside a Markdown file; "
        + "write the brief with -o FILE.md (such as -o brief.md) to get them as SVG files\n"

    /// What the same brief prints with no `-o`, its provenance command naming `-o output` as the
    /// streamed copies' does, to compare them with.
    private func plainBrief(in dir: URL, output: String) throws -> String {
        let plain = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains(Self.table))
        #expect(plain.stderr == Self.note)
        return plain.stdout.replacingOccurrences(of: "--format md --date", with: "--format md -o \(output) --date")
    }

    /// Chart files a run may have left in `dir` or beside the device it was given.
    private func strayCharts(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("-chart-") }
    }

    @Test("-o /dev/stdout, to a pipe, to a new file and appended to a file, prints the brief with no chart file")
    func devStdout() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let expected = try plainBrief(in: dir, output: "/dev/stdout")
            let existedBefore = FileManager.default.fileExists(atPath: "/dev/stdout-chart-forced-labour.svg")
            let piped = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "-o", "/dev/stdout"], in: dir)
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(piped.stderr == Self.note)
            #expect(piped.stdout == expected)
            let redirected = try Tipdb.runInShell(
                "printf 'kept\\n' > kept.md && \"$0\" report brief --date 2026-11-30 -o /dev/stdout >> kept.md && \"$0\" report brief --date 2026-11-30 -o /dev/stdout > new.md",
                in: dir)
            #expect(redirected.status == 0, "\(redirected.stderr)")
            #expect(redirected.stderr == Self.note + Self.note)
            #expect(try String(contentsOf: dir.appendingPathComponent("new.md"), encoding: .utf8) == expected)
            #expect(try String(contentsOf: dir.appendingPathComponent("kept.md"), encoding: .utf8) == "kept\n" + expected)
            #expect(try strayCharts(in: dir) == [])
            if !existedBefore {
                #expect(!FileManager.default.fileExists(atPath: "/dev/stdout-chart-forced-labour.svg"))
            }
        }
    }

    @Test("-o /dev/null writes nothing anywhere and succeeds")
    func devNull() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let existedBefore = FileManager.default.fileExists(atPath: "/dev/null-chart-forced-labour.svg")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "-o", "/dev/null"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "")
            #expect(result.stderr == Self.note)
            #expect(try strayCharts(in: dir) == [])
            if !existedBefore {
                #expect(!FileManager.default.fileExists(atPath: "/dev/null-chart-forced-labour.svg"))
            }
        }
    }

    @Test("-o /dev/fd/N open on a pipe (what the shell's >(gzip > b.md.gz) passes) gets the whole brief")
    func pipeDescriptor() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let expected = try plainBrief(in: dir, output: "/dev/fd/3")
            // Descriptor 3 is the pipe into cat; the brief's own standard output goes nowhere.
            let result = try Tipdb.runInShell(
                "\"$0\" report brief --date 2026-11-30 -o /dev/fd/3 3>&1 >/dev/null | cat > piped.md", in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == Self.note)
            #expect(try String(contentsOf: dir.appendingPathComponent("piped.md"), encoding: .utf8) == expected)
            #expect(try strayCharts(in: dir) == [])
        }
    }

    @Test("-o FILE in a folder still writes the charts beside it and links them")
    func regularFileKeepsCharts() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "-o", "b.md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            #expect(text.contains("](b-chart-forced-labour.svg)"))
            #expect(!text.contains(Self.table))
            #expect(result.stderr == "")
            #expect(try strayCharts(in: dir).contains("b-chart-forced-labour.svg"))
        }
    }

    @Test("on standard output each chart is its title, its figures as a table and its caution, with no word of a drawing or of -o")
    func chartsAsTables() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == Self.note)
            let start = try #require(result.stdout.range(of: "## Charts\n"))
            let end = try #require(result.stdout.range(of: "## How these numbers travel"))
            let charts = String(result.stdout[start.upperBound..<end.lowerBound])
            #expect(charts.contains(Self.table + "| --- | --- | --- | --- |\n| 1995-2004 | at least 12.3 million |  | "), "\(charts)")
            #expect(charts.contains("The 4 figures come from 4 different studies or sources. Their methods and coverage changed "
                + "between editions, so the differences between them are not a trend. Reference periods, not publication years.\n"))
            #expect(!charts.lowercased().contains("drawn"), "\(charts)")
            #expect(!result.stdout.contains("-o FILE"))
        }
    }
}
