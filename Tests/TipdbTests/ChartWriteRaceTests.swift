import Foundation
import Testing

@testable import tipdb

/// `report brief -o` looked at each chart's name and wrote the chart in a later step, so a file a
/// user saved under that name in between was replaced (session 42). These tests call the write
/// step itself (`ReportOutput.place`) after the look (`checkedCharts`) found nothing there: what
/// the user saves in between must be kept, and a refused or failed write must leave no file of
/// its own, temporary ones included.
@Suite("chart files: a file saved under a chart's name while the brief is written is never replaced")
struct ChartWriteRaceTests {
    private static let mark = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- tipdb-chart: drawn by tipdb report brief for brief.md; "
        + "a later brief written to the same -o removes this file when it no longer draws it. To keep an edited copy, delete this line. -->\n"

    /// A chart of `name` in `dir/out` as the brief draws it: tipdb's mark naming brief.md, then `body`.
    private func chart(_ dir: URL, _ name: String, body: String) -> ChartFiles.Chart {
        ChartFiles.Chart(path: dir.appendingPathComponent("out/\(name)").path, bytes: Array((Self.mark + body).utf8))
    }

    /// The brief `dir/out/brief.md`, checked as the command checks it, with no file of a chart's name there yet.
    private func output(_ dir: URL) throws -> ReportOutput {
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        let out = ReportOutput(path: dir.appendingPathComponent("out/brief.md").path, database: dir.appendingPathComponent("tipdb.sqlite").path)
        #expect(try out.checkedCharts([]).isEmpty)
        return out
    }

    private func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).sorted()
    }

    @Test("a file saved under a new chart's name after the look is kept byte for byte; nothing else is left, no temporary file either")
    func newChartNeverReplacesAFile() throws {
        try withTemporaryDirectory { dir in
            let out = try output(dir)
            let charts = [chart(dir, "brief-chart-a.svg", body: "<svg>a</svg>\n"), chart(dir, "brief-chart-b.svg", body: "<svg>b</svg>\n")]
            // Saved by the user after the brief looked, before it wrote.
            let mine = Data("<svg>my own chart</svg>\n".utf8)
            try mine.write(to: dir.appendingPathComponent("out/brief-chart-b.svg"))
            let error = #expect(throws: ChartInTheWay.self) { try out.place(Array("# Brief\n".utf8), charts: charts) }
            #expect(error?.errorDescription == "\(dir.path)/out/brief-chart-b.svg exists and is not a chart tipdb drew "
                + "(no tipdb mark in its first 512 bytes); nothing was written: move it, or write this brief under another name")
            #expect(try Data(contentsOf: dir.appendingPathComponent("out/brief-chart-b.svg")) == mine)
            // The chart it had created is removed again, the brief never written, no `.NAME.tmp-PID` left.
            #expect(try listing(dir) == ["brief-chart-b.svg"])
        }
    }

    @Test("a chart of this brief's own is written over, after its mark is read again")
    func ownChartWrittenOver() throws {
        try withTemporaryDirectory { dir in
            let out = try output(dir)
            let old = chart(dir, "brief-chart-b.svg", body: "<svg>old</svg>\n")
            try Data(old.bytes).write(to: URL(fileURLWithPath: old.path))
            let charts = [chart(dir, "brief-chart-a.svg", body: "<svg>a</svg>\n"), chart(dir, "brief-chart-b.svg", body: "<svg>new</svg>\n")]
            try out.place(Array("# Brief\n".utf8), charts: charts)
            #expect(try listing(dir) == ["brief-chart-a.svg", "brief-chart-b.svg", "brief.md"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: old.path)) == Data(charts[1].bytes))
        }
    }

    @Test("a brief that cannot be written removes the charts it created and leaves no temporary file")
    func failedBriefUndoesCharts() throws {
        try withTemporaryDirectory { dir in
            let out = try output(dir)
            // A folder made under the brief's name after the look: the rename onto it fails.
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("out/brief.md"), withIntermediateDirectories: false)
            try Data("mine\n".utf8).write(to: dir.appendingPathComponent("out/brief.md/notes.txt"))
            let error = #expect(throws: (any Error).self) {
                try out.place(Array("# Brief\n".utf8), charts: [chart(dir, "brief-chart-a.svg", body: "<svg>a</svg>\n")])
            }
            #expect((error as? LocalizedError)?.errorDescription == "cannot write \(dir.path)/out/brief.md: it is a folder; give the name of a file")
            #expect(try listing(dir) == ["brief.md"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out/brief.md").path) == ["notes.txt"])
        }
    }

    @Test("a file that has the temporary file's name is kept: the write takes the next name")
    func temporaryNameTaken() throws {
        try withTemporaryDirectory { dir in
            let out = try output(dir)
            let taken = dir.appendingPathComponent("out/.brief.md.tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try Data("not tipdb's\n".utf8).write(to: taken)
            try out.place(Array("# Brief\n".utf8), charts: [])
            #expect(try Data(contentsOf: taken) == Data("not tipdb's\n".utf8))
            #expect(try String(contentsOf: dir.appendingPathComponent("out/brief.md"), encoding: .utf8) == "# Brief\n")
            #expect(try listing(dir) == [taken.lastPathComponent, "brief.md"])
        }
    }
}
