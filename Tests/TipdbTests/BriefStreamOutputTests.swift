import Foundation
import Testing

/// `report brief -o` to a device or a pipe writes the brief through it, as standard output gets
/// it: no chart files anywhere (never in `/dev`), no link to a chart the reader cannot have.
@Suite("a Markdown brief to a device or a pipe is written through, without chart files (built binary)")
struct BriefStreamOutputTests {
    /// The note standard output already gets where a chart would be.
    static let note = "*Chart not drawn on standard output: write the brief with -o FILE to get it as an SVG file.*"

    /// What the same brief prints with no `-o`, its provenance command naming `-o output` as the
    /// streamed copies' does, to compare them with.
    private func plainBrief(in dir: URL, output: String) throws -> String {
        let plain = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains(Self.note))
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
            #expect(piped.stderr == "")
            #expect(piped.stdout == expected)
            let redirected = try Tipdb.runInShell(
                "printf 'kept\\n' > kept.md && \"$0\" report brief --date 2026-11-30 -o /dev/stdout >> kept.md && \"$0\" report brief --date 2026-11-30 -o /dev/stdout > new.md",
                in: dir)
            #expect(redirected.status == 0, "\(redirected.stderr)")
            #expect(redirected.stderr == "")
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
            #expect(result.stderr == "")
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
            #expect(result.stderr == "")
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
            #expect(!text.contains(Self.note))
            #expect(try strayCharts(in: dir).contains("b-chart-forced-labour.svg"))
        }
    }
}
