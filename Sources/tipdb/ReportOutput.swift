import Foundation
import Report

/// Where a report goes: standard output, or a file given with -o (plus, for Markdown, its chart
/// files next to it). Everything is rendered before anything is written, so a failed report
/// leaves no file behind; files are written atomically.
struct ReportOutput {
    /// The -o path, or nil for standard output.
    let path: String?

    /// The stem chart files are named after: `out/brief.md` → `brief`.
    var stem: String? {
        path.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
    }

    func write(_ text: String, files: [RenderedFile] = []) throws {
        try write(utf8: Array(text.utf8), files: files)
    }

    /// Writes bytes as they are: a large brief is not copied again on its way to the file.
    func write(utf8 bytes: [UInt8], files: [RenderedFile] = []) throws {
        guard let path else {
            bytes.withUnsafeBytes { FileHandle.standardOutput.write(Data(borrowing: $0)) }
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            for file in files {
                try Data(file.text.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
            }
            try bytes.withUnsafeBytes { try Data(borrowing: $0).write(to: url, options: .atomic) }
        } catch {
            throw ReportError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}

extension Data {
    /// Data over `buffer` without copying it, valid only while `buffer` is.
    fileprivate init(borrowing buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            self.init()
            return
        }
        self.init(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
    }
}
