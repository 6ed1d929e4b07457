import Foundation
import Ingest
typealias IngestProgress = Ingester.Progress

/// A one-line progress display on stderr (rows, rows per second, percent of bytes), shown only on
/// a terminal and only once a file has taken more than a moment.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    func update(_ progress: IngestProgress) {
        guard enabled else { return }
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed > 1 else { return }
        shown = true
        let percent = progress.totalBytes > 0 ? Int(Double(progress.bytesRead) * 100 / Double(progress.totalBytes)) : 0
        let rate = Int(Double(progress.rows) / max(elapsed, 0.001))
        var line = "\r\(progress.file): \(progress.rows) rows, \(rate) rows/s, \(min(percent, 100))%"
        switch progress.stage {
        case .rows: line += "   "
        case .rebuildingIndexes: line += ", rebuilding indexes..."
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
