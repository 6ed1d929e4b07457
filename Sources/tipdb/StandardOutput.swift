import Foundation

/// Buffered standard output: results can be millions of lines, and a write per line is slow.
/// Written through `StandardStream`, which remembers a failure for the command's exit code.
final class StandardOutput {
    private var buffer: [UInt8] = []

    init() {
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        StandardStream.shared.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Drops what is not yet written: a command that fails part way through prints nothing more
    /// of its results (only what a full buffer already wrote).
    func discard() {
        buffer.removeAll()
    }

    deinit { flush() }
}
