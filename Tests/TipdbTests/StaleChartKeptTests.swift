import Foundation
import Storage
import Testing

/// A brief written again to the same -o removes only the stale charts tipdb drew (they carry its
/// mark); a user's own file of that name, a symbolic link or a folder is kept with a warning.
/// Session 41: any `STEM-chart-MEASURE.svg` was deleted, an analyst's hand-edited chart included.
@Suite("stale chart files: only tipdb's own are removed (built binary, real Fixtures)")
struct StaleChartKeptTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The Fixtures loaded, and a full brief written to `out/brief.md`, which draws a chart of
    /// each measure, among them modern slavery, forced marriage and detected victims.
    private func firstBrief(in dir: URL) throws {
        for name in ["sources.json", "studies.csv", "figures.csv"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.json", "studies.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        let first = try Tipdb.run(["report", "brief", "--date", "2026-11-29", "-o", "out/brief.md"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
    }

    /// The brief again, of forced labour only: the charts of the other measures are stale.
    private func narrowBrief(in dir: URL) throws -> ProcessResult {
        try Tipdb.run(["report", "brief", "--date", "2026-11-29", "--measure", "forced-labour", "-o", "out/brief.md"], in: dir)
    }

    @Test("a chart file tipdb writes carries its mark on the line after the XML declaration")
    func chartCarriesMark() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            let chart = try String(contentsOf: dir.appendingPathComponent("out/brief-chart-forced-marriage.svg"), encoding: .utf8)
            #expect(chart.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- tipdb-chart: drawn by tipdb report brief; "
                + "a later brief written to the same -o removes this file when it no longer draws it. To keep an edited copy, "
                + "delete this line. -->\n<svg "))
        }
    }

    @Test("a stale chart tipdb drew is removed with a note")
    func tipdbChartRemoved() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            let narrow = try narrowBrief(in: dir)
            #expect(narrow.status == 0, "\(narrow.stderr)")
            #expect(narrow.stderr.contains("note: removed out/brief-chart-forced-marriage.svg, a chart of an earlier brief that this one does not draw\n"), "\(narrow.stderr)")
            #expect(!narrow.stderr.contains("warning:"), "\(narrow.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/brief-chart-forced-marriage.svg").path))
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/brief-chart-forced-labour.svg").path))
        }
    }

    @Test("a user's own file of a stale chart's name is kept, byte for byte, with a warning; exit 0")
    func userFileKept() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            // The chart edited by hand: the analyst's editor dropped the mark line.
            let file = dir.appendingPathComponent("out/brief-chart-modern-slavery.svg")
            let drawn = try String(contentsOf: file, encoding: .utf8)
            let edited = drawn.components(separatedBy: "\n").filter { !$0.hasPrefix("<!-- tipdb-chart:") }.joined(separator: "\n")
                .replacingOccurrences(of: "Modern slavery", with: "Modern slavery (edited)")
            #expect(edited != drawn)
            try Data(edited.utf8).write(to: file)
            let narrow = try narrowBrief(in: dir)
            #expect(narrow.status == 0, "\(narrow.stderr)")
            #expect(narrow.stderr.contains(
                "warning: kept out/brief-chart-modern-slavery.svg: not a chart tipdb drew (no tipdb mark in its first 512 bytes)\n"), "\(narrow.stderr)")
            #expect(!narrow.stderr.contains("removed out/brief-chart-modern-slavery.svg"))
            #expect(try String(contentsOf: file, encoding: .utf8) == edited)
        }
    }

    @Test("a symbolic link of a stale chart's name is neither followed nor removed; a folder of that name is kept")
    func linkAndFolderKept() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            let manager = FileManager.default
            // The link points at a chart tipdb drew: following it would find the mark.
            let link = dir.appendingPathComponent("out/brief-chart-detected-trafficking-victims.svg")
            let target = dir.appendingPathComponent("kept-chart.svg")
            try manager.moveItem(at: link, to: target)
            try manager.createSymbolicLink(atPath: link.path, withDestinationPath: "../kept-chart.svg")
            let folder = dir.appendingPathComponent("out/brief-chart-persons-convicted.svg")
            try manager.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data("mine\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
            let narrow = try narrowBrief(in: dir)
            #expect(narrow.status == 0, "\(narrow.stderr)")
            #expect(narrow.stderr.contains(
                "warning: kept out/brief-chart-detected-trafficking-victims.svg: not a chart tipdb drew (a symbolic link)\n"), "\(narrow.stderr)")
            #expect(narrow.stderr.contains(
                "warning: kept out/brief-chart-persons-convicted.svg: not a chart tipdb drew (a folder)\n"), "\(narrow.stderr)")
            #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == "../kept-chart.svg")
            #expect(manager.fileExists(atPath: target.path))
            #expect(manager.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        }
    }
}
