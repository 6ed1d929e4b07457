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

    @Test("a chart file tipdb writes carries its mark, naming its brief, on the line after the XML declaration")
    func chartCarriesMark() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            let chart = try String(contentsOf: dir.appendingPathComponent("out/brief-chart-forced-marriage.svg"), encoding: .utf8)
            #expect(chart.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- tipdb-chart: drawn by tipdb report brief for brief.md; "
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

    /// The chart with its mark line dropped, as an editor would leave it, and a word changed.
    private func editByHand(_ file: URL) throws -> String {
        let drawn = try String(contentsOf: file, encoding: .utf8)
        let edited = drawn.components(separatedBy: "\n").filter { !$0.hasPrefix("<!-- tipdb-chart:") }.joined(separator: "\n")
            .replacingOccurrences(of: "Forced marriage", with: "Forced marriage (edited)")
        #expect(edited != drawn)
        try Data(edited.utf8).write(to: file)
        return edited
    }

    @Test("a brief that would write over a chart edited by hand is refused, exit 1, with nothing written")
    func editedChartNotWrittenOver() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            let file = dir.appendingPathComponent("out/brief-chart-forced-marriage.svg")
            let edited = try editByHand(file)
            let brief = dir.appendingPathComponent("out/brief.md")
            try FileManager.default.removeItem(at: brief)
            let again = try Tipdb.run(["report", "brief", "--date", "2026-11-29", "--measure", "forced-marriage", "-o", "out/brief.md"], in: dir)
            #expect(again.status == 1, "\(again.stderr)")
            #expect(again.stderr == "tipdb: error: out/brief-chart-forced-marriage.svg exists and is not a chart tipdb drew "
                + "(no tipdb mark in its first 512 bytes); nothing was written: move it, or write this brief under another name\n")
            #expect(try String(contentsOf: file, encoding: .utf8) == edited)
            #expect(!FileManager.default.fileExists(atPath: brief.path))
            // Stale charts are not removed either: the brief stopped before writing anything.
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/brief-chart-modern-slavery.svg").path))
        }
    }

    @Test("brief.markdown beside brief.md keeps brief.md's charts: a stale one with a warning, one it would write over is refused")
    func otherBriefOfTheSameStem() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            // Drawn for brief.md, which brief.markdown would write again: refused, nothing written.
            let over = try Tipdb.run(
                ["report", "brief", "--date", "2026-11-29", "--measure", "forced-labour", "--format", "md", "-o", "out/brief.markdown"], in: dir)
            #expect(over.status == 1, "\(over.stderr)")
            #expect(over.stderr == "tipdb: error: out/brief-chart-forced-labour.svg exists and was drawn for brief.md, another brief; "
                + "nothing was written: move it, or write this brief under another name\n")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/brief.markdown").path))
            // brief.md of forced marriage only; then brief.markdown of forced labour, which does not draw forced marriage.
            let narrow = try Tipdb.run(["report", "brief", "--date", "2026-11-29", "--measure", "forced-marriage", "-o", "out/brief.md"], in: dir)
            #expect(narrow.status == 0, "\(narrow.stderr)")
            let marriage = dir.appendingPathComponent("out/brief-chart-forced-marriage.svg")
            let drawn = try String(contentsOf: marriage, encoding: .utf8)
            let other = try Tipdb.run(
                ["report", "brief", "--date", "2026-11-29", "--measure", "forced-labour", "--format", "md", "-o", "out/brief.markdown"], in: dir)
            #expect(other.status == 0, "\(other.stderr)")
            #expect(other.stderr.contains("warning: kept out/brief-chart-forced-marriage.svg: drawn for brief.md, another brief\n"), "\(other.stderr)")
            #expect(!other.stderr.contains("removed out/brief-chart-forced-marriage.svg"), "\(other.stderr)")
            #expect(try String(contentsOf: marriage, encoding: .utf8) == drawn)
            let labour = try String(contentsOf: dir.appendingPathComponent("out/brief-chart-forced-labour.svg"), encoding: .utf8)
            #expect(labour.contains("<!-- tipdb-chart: drawn by tipdb report brief for brief.markdown; "))
        }
    }

    @Test("a chart whose mark names no brief (drawn before marks named one) is removed or written over as before")
    func unnamedMarkRemovable() throws {
        try withTemporaryDirectory { dir in
            try firstBrief(in: dir)
            for measure in ["forced-marriage", "forced-labour"] {
                let file = dir.appendingPathComponent("out/brief-chart-\(measure).svg")
                let text = try String(contentsOf: file, encoding: .utf8)
                    .replacingOccurrences(of: "drawn by tipdb report brief for brief.md; ", with: "drawn by tipdb report brief; ")
                try Data(text.utf8).write(to: file)
            }
            let narrow = try narrowBrief(in: dir)
            #expect(narrow.status == 0, "\(narrow.stderr)")
            #expect(narrow.stderr.contains("note: removed out/brief-chart-forced-marriage.svg, a chart of an earlier brief that this one does not draw\n"))
            #expect(!narrow.stderr.contains("warning:"), "\(narrow.stderr)")
            let labour = try String(contentsOf: dir.appendingPathComponent("out/brief-chart-forced-labour.svg"), encoding: .utf8)
            #expect(labour.contains("<!-- tipdb-chart: drawn by tipdb report brief for brief.md; "))
        }
    }
}
