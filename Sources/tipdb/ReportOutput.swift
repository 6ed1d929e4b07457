import ArgumentParser
import Foundation
import Report

/// Where a report or an export goes: standard output, or a file given with -o (plus, for
/// Markdown, its chart files next to it). Everything is rendered before anything is written, so
/// a failed report leaves no file behind; files are written atomically.
struct ReportOutput {
    /// The -o path, or nil for standard output.
    let path: String?
    /// The database the report reads, which no file written here may replace.
    let database: String

    /// `-o -` is standard output, as for most tools that take `-o`.
    init(path: String?, database: String) {
        self.path = path == OutputTarget.standardOutput ? nil : path
        self.database = database
    }

    /// The stem chart files are named after: `out/brief.md` → `brief`; nil for standard output
    /// and for a device or a pipe (`-o /dev/null`, `-o >(gzip > b.md.gz)`), which get no chart
    /// files, only the brief (see `OutputTarget.isStream`).
    var stem: String? {
        guard let path, !OutputTarget.isStream(path) else { return nil }
        return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The brief's file name (`brief.md`), which the marks of its charts name; nil when it gets no chart files.
    var briefName: String? {
        guard let path, stem != nil else { return nil }
        return URL(fileURLWithPath: path).lastPathComponent
    }

    func write(_ text: String, files: [RenderedFile] = []) throws {
        try write(utf8: Array(text.utf8), files: files)
    }

    /// Writes bytes as they are.
    func write(utf8 bytes: [UInt8], files: [RenderedFile] = []) throws {
        try bytes.withUnsafeBytes { try write(pieces: [$0], files: files) }
    }

    /// Writes a brief and its chart files: its text piece by piece as the renderer left it, so
    /// that a large brief is not copied again on its way to the file.
    func write(_ rendered: RenderedBrief) throws {
        try rendered.withUTF8Pieces { try write(pieces: $0, files: rendered.files) }
    }

    /// Writes `pieces` one after the other, as one text.
    private func write(pieces: [UnsafeRawBufferPointer], files: [RenderedFile]) throws {
        guard let path, !OutputTarget.isStandardOutput(path) else {
            StandardStream.shared.write(pieces)
            return
        }
        try place(pieces, charts: try checkedCharts(files))
    }

    /// The chart files as they will be written, each checked before the first is written: none
    /// may land on the database, the folder must be there, and a file of a chart's name must be a
    /// chart tipdb drew for this brief.
    func checkedCharts(_ files: [RenderedFile]) throws -> [ChartFiles.Chart] {
        guard let path else { return [] }
        // Named as the user spelled -o, so that a message shows `out/brief-chart-x.svg`.
        let folder = PathSpelling.folder(of: path)
        let charts = files.map { ChartFiles.Chart(path: PathSpelling.appending($0.name, to: folder), bytes: Array($0.text.utf8)) }
        for chart in charts {
            do {
                try OutputTarget.check(chart.path, database: database)
            } catch let error as ValidationError {
                throw ExitStatus.usage(error.message)
            }
        }
        // The charts share the folder of -o: a folder that is missing is named once, before anything is written.
        if let problem = OutputTarget.folderProblem(of: path) {
            throw ReportError.cannotWrite(path: path, reason: problem)
        }
        // A chart edited by hand (its mark deleted, as the mark says to keep it) or drawn for another
        // brief of the same stem (`brief.md` beside `brief.markdown`) was replaced without a word.
        if let name = briefName {
            for chart in charts {
                if let problem = StaleChart(path: chart.path).inspect().inTheWay(forBrief: name) {
                    throw ChartInTheWay(path: chart.path, problem: problem)
                }
            }
        }
        return charts
    }

    /// Writes the charts (`ChartFiles`: none replaces a file saved under its name since
    /// `checkedCharts` looked), then the brief; when the brief cannot be written, the charts
    /// this call created are removed again.
    func place(_ bytes: [UInt8], charts: [ChartFiles.Chart]) throws {
        try bytes.withUnsafeBytes { try place([$0], charts: charts) }
    }

    /// `place(_:charts:)` of a text in pieces, written one after the other.
    func place(_ pieces: [UnsafeRawBufferPointer], charts: [ChartFiles.Chart]) throws {
        guard let path else { return }
        var written = ChartFiles.Written()
        if !charts.isEmpty { written = try ChartFiles(brief: briefName ?? "").write(charts) }
        do throws(OutputFile.Failure) {
            // A device or a pipe (`-o /dev/null`) is written through; a renamed copy would replace it.
            let atomically = !OutputTarget.isStream(path)
            try OutputFile.write(pieces, to: path, atomically: atomically)
        } catch {
            written.undo()
            throw ReportError.writeFailed(path: path, reason: error.reason)
        }
    }

    /// Removes the chart files an earlier brief written to the same -o left next to it, that this
    /// one did not write again: `brief-chart-MEASURE.svg` for each measure code in `measures`,
    /// and only when the file carries tipdb's mark (`ChartMark`, see `StaleChart`) naming this
    /// brief's file name (or no name: a chart drawn before marks named their brief).
    ///
    /// Why: a folder holding a chart of data the new brief leaves out (or a newer chart beside an
    /// older brief) invites using the wrong one. Only names this exact pattern can take are
    /// looked at, and of those only charts tipdb drew are removed: a user's own file of that
    /// name (a chart edited by hand), a symbolic link or a folder is kept and returned with
    /// what was seen, for a warning.
    ///
    /// The window that remains: a file is read and then removed by name, so a file saved under
    /// that name in the instant between the two (no I/O but the mark's 2 KB) is removed.
    /// - Returns: the paths removed, and the paths kept with the reason.
    func removeStaleCharts(written files: [RenderedFile], measures: [String]) -> (removed: [String], kept: [(path: String, reason: String)]) {
        guard let path, let stem, let brief = briefName else { return ([], []) }
        let folder = PathSpelling.folder(of: path)
        let written = Set(files.map(\.name))
        var removed: [String] = []
        var kept: [(path: String, reason: String)] = []
        for measure in measures {
            let name = "\(stem)-chart-\(measure).svg"
            guard !written.contains(name) else { continue }
            let file = PathSpelling.appending(name, to: folder)
            let verdict = StaleChart(path: file).inspect()
            if verdict == .absent { continue }
            if let problem = verdict.problem(forBrief: brief) {
                kept.append((file, problem))
            } else {
                if unlink(file) == 0 {
                    removed.append(file)
                } else if errno != ENOENT {
                    kept.append((file, "cannot be removed: \(String(cString: strerror(errno)))"))
                }
            }
        }
        return (removed, kept)
    }
}
