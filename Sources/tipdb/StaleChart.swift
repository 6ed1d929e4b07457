import Foundation
import Report

/// A file where an earlier brief may have left a chart (`STEM-chart-MEASURE.svg`), and whether
/// this brief may remove it or write over it.
///
/// Why read it first: the name alone said nothing of who made the file, and a chart an analyst
/// edited by hand and saved under that name was deleted by the next brief. Only a regular file
/// carrying `ChartMark` in its head is tipdb's to remove; anything else is kept and named.
struct StaleChart {
    /// The path as the user would spell it: `out/brief-chart-forced-labour.svg`.
    let path: String

    /// What is there.
    enum Verdict: Equatable {
        /// Nothing of that name (the usual case): nothing to do or say.
        case absent
        /// A regular file carrying tipdb's mark, and the brief the mark names: may be removed or
        /// written over by that brief (or by any, for a mark without a name).
        case drawnByTipdb(ChartMark.Owner)
        /// Anything else, with what was seen, for `kept PATH: not a chart tipdb drew (REASON)`.
        case kept(reason: String)
    }

    /// Looks at the file without following a symbolic link and reads at most
    /// `ChartMark.readLength` bytes of it: a large file, a pipe or a device is never read through.
    func inspect() -> Verdict {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return errno == ENOENT ? .absent : .kept(reason: "cannot be examined: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: return .kept(reason: "a symbolic link")
        case S_IFDIR: return .kept(reason: "a folder")
        case S_IFIFO: return .kept(reason: "a named pipe")
        case S_IFSOCK: return .kept(reason: "a socket")
        case S_IFCHR, S_IFBLK: return .kept(reason: "a device")
        default: return .kept(reason: "not a regular file")
        }
        // O_NOFOLLOW and O_NONBLOCK: a link or a pipe put there since lstat is neither followed nor waited on.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .kept(reason: "cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            return .kept(reason: "not a regular file")
        }
        let head: Data
        do {
            head = try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).read(upToCount: ChartMark.readLength) ?? Data()
        } catch {
            return .kept(reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        guard let owner = ChartMark.owner(in: head) else {
            return .kept(reason: "no tipdb mark in its first \(ChartMark.headLength) bytes")
        }
        return .drawnByTipdb(owner)
    }
}

extension StaleChart.Verdict {
    /// Why the brief written as `brief` (its file name) may not remove or write over this file,
    /// or nil when it may: nothing there, or a chart tipdb drew for this brief (or for no named one).
    func problem(forBrief brief: String) -> String? {
        switch self {
        case .absent, .drawnByTipdb(.unnamed):
            return nil
        case .drawnByTipdb(.brief(let owner)):
            return owner == ChartMark.encoded(brief) ? nil : "drawn for \(owner), another brief"
        case .kept(let reason):
            return "not a chart tipdb drew (\(reason))"
        }
    }

    /// The same, as said of a file in the way: `exists and is not a chart tipdb drew (...)`.
    func inTheWay(forBrief brief: String) -> String? {
        guard let problem = problem(forBrief: brief) else { return nil }
        if case .drawnByTipdb = self { return "exists and was \(problem)" }
        return "exists and is \(problem)"
    }
}
