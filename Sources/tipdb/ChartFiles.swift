import Foundation
import Report

/// A brief's chart files, put in place so that none can replace a file that is not tipdb's.
///
/// Why not look and then write: `report brief -o` looked at each chart's name (a file that is not
/// a chart tipdb drew for this brief: refused; one that is: written over) and wrote the chart in a
/// later step, so a file saved under that name in between was replaced. Now every chart is written
/// to a temporary file in its folder and hard-linked onto its name, which fails when anything has
/// that name (EEXIST): a new chart never replaces a file. Only a name that holds a chart tipdb drew
/// for this brief is written over, by a rename made right after its mark is read again.
///
/// The window that remains: between that second reading of the mark and the rename (two system
/// calls, nothing of the chart's size read or written), a file saved under the name of this
/// brief's own earlier chart is replaced. A rename that refuses to replace anything but the file
/// just read exists on no system tipdb runs on.
struct ChartFiles {
    /// One chart: where it goes, as the user spelled -o's folder, and its bytes.
    struct Chart {
        let path: String
        let bytes: [UInt8]
    }

    /// The brief's file name, which the marks of its charts name (`ChartMark`).
    let brief: String

    /// The charts this write created where nothing was, each with the file's identity.
    struct Written {
        fileprivate var created: [(path: String, device: UInt64, inode: UInt64)] = []

        /// Nothing created: what a brief without charts writes.
        init() {}

        /// Removes the charts the write created, when the brief they go with could not be written:
        /// a chart is removed only while its name still holds the file this write made.
        func undo() {
            for chart in created.reversed() {
                var info = stat()
                if lstat(chart.path, &info) == 0, UInt64(info.st_dev) == chart.device, UInt64(info.st_ino) == chart.inode {
                    unlink(chart.path)
                }
            }
        }
    }

    /// Writes every chart or none (but for charts of this brief already written over, which the
    /// error names): on a failure the charts it created are removed and no temporary file is left.
    /// - Throws: `ChartInTheWay` for a name that came to hold a file that is not this brief's
    ///   chart; `ReportError.writeFailed` for a failed write.
    func write(_ charts: [Chart]) throws -> Written {
        var temporaries: [String?] = []
        var written = Written()
        var redrawn: [String] = []
        func failed(_ chart: Chart, _ error: Error) -> Error {
            for case let temporary? in temporaries { unlink(temporary) }
            written.undo()
            if let inTheWay = error as? ChartInTheWay { return ChartInTheWay(path: inTheWay.path, problem: inTheWay.problem, redrawn: redrawn) }
            return ReportError.writeFailed(path: chart.path, reason: (error as? OutputFile.Failure)?.reason ?? String(describing: error))
        }
        for chart in charts {
            do {
                temporaries.append(try chart.bytes.withUnsafeBytes { try OutputFile.temporaryCopy(of: $0, beside: chart.path) })
            } catch {
                throw failed(chart, error)
            }
        }
        // New charts first, each onto a name nothing has: a refusal then undoes them all.
        var taken: [Int] = []
        for (index, chart) in charts.enumerated() {
            guard let temporary = temporaries[index] else { continue }
            do {
                guard let made = try Self.link(temporary, to: chart) else {
                    taken.append(index)
                    continue
                }
                written.created.append((chart.path, made.device, made.inode))
                unlink(temporary)
                temporaries[index] = nil
            } catch {
                throw failed(chart, error)
            }
        }
        for index in taken {
            let chart = charts[index]
            guard let temporary = temporaries[index] else { continue }
            // Read again right before the rename: see the window this leaves in the type's comment.
            if let problem = StaleChart(path: chart.path).inspect().inTheWay(forBrief: brief) {
                throw failed(chart, ChartInTheWay(path: chart.path, problem: problem))
            }
            guard rename(temporary, chart.path) == 0 else { throw failed(chart, OutputFile.Failure(code: errno)) }
            temporaries[index] = nil
            redrawn.append(chart.path)
        }
        return written
    }

    /// Links `temporary` onto the chart's name, or, on a file system without hard links (FAT, some
    /// network disks), creates the name exclusively and writes the chart into it.
    /// - Returns: the identity of the file now under the name, or nil when the name is taken (EEXIST).
    private static func link(_ temporary: String, to chart: Chart) throws -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        if Foundation.link(temporary, chart.path) == 0 {
            guard lstat(temporary, &info) == 0 else { throw OutputFile.Failure(code: errno) }
            return (UInt64(info.st_dev), UInt64(info.st_ino))
        }
        let code = errno
        if code == EEXIST { return nil }
        guard [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EMLINK].contains(code) else { throw OutputFile.Failure(code: code) }
        let descriptor = open(chart.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        if descriptor < 0 {
            if errno == EEXIST { return nil }
            throw OutputFile.Failure(code: errno)
        }
        do {
            guard fstat(descriptor, &info) == 0 else { throw OutputFile.Failure(code: errno) }
            try chart.bytes.withUnsafeBytes { try OutputFile.write($0, to: descriptor) }
        } catch {
            close(descriptor)
            unlink(chart.path)
            throw error
        }
        guard close(descriptor) == 0 else {
            let failure = OutputFile.Failure(code: errno)
            unlink(chart.path)
            throw failure
        }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}
