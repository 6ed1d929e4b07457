@preconcurrency import Foundation

/// Standard output written with `write(2)`, its first failure remembered so that the command can
/// end with one line and exit 1 instead of crashing or pretending it succeeded.
///
/// Why: `FileHandle.write(_:)` traps on a full disk or a file-size limit (a Swift backtrace,
/// exit 132, and a truncated file left as if it were the result), and `print` drops the error
/// in its buffer, so `tipdb status --json > s.json` on a full disk exited 0 with an empty file
/// (review K4). Every command's output goes through here or through `print`, and
/// `TipDB.parseAndRun` asks `failure()` before exiting 0.
final class StandardStream: @unchecked Sendable {
    static let shared = StandardStream()

    /// Guards `error`: a brief writes from the building thread only, but nothing forbids more.
    private let lock = NSLock()
    /// The `errno` of the first failed write, if any.
    private var error: Int32?

    /// Writes all of `pieces`, one after the other; after a failure writes nothing more, since
    /// the output is incomplete whatever follows. A closed pipe (`tipdb sql … | head`) is no
    /// failure to report: the reader has what it wanted.
    func write(_ pieces: [UnsafeRawBufferPointer]) {
        guard !failed else { return }
        do throws(OutputFile.Failure) {
            for bytes in pieces { try OutputFile.write(bytes, to: STDOUT_FILENO) }
        } catch {
            record(error.code)
        }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write([$0]) }
    }

    /// One line saying why standard output could not be written, or nil when it all was (after
    /// flushing what `print` holds in its buffer).
    func failure() -> String? {
        // `print` keeps no errno of an earlier failed write: 0 stands for "some write failed".
        if fflush(stdout) != 0 { record(errno) } else if ferror(stdout) != 0 { record(0) }
        guard let code = lock.withLock({ error }), code != EPIPE else { return nil }
        let cause =
            switch code {
            case ENOSPC: "the disk is full"
            case EFBIG: "a file-size limit was reached (ulimit -f)"
            case 0: "a write failed (a full disk, a file-size limit or an I/O error)"
            default: String(cString: strerror(code))
            }
        return "cannot write standard output: \(cause); what was printed is incomplete, though "
            + "work the command finished stays done (an ingest it committed: tipdb status shows what the database holds) — free some space, "
            + "or write to a file with -o where the command has it"
    }

    private var failed: Bool { lock.withLock { error != nil } }

    private func record(_ code: Int32) {
        lock.withLock { if error == nil { error = code } }
    }
}
