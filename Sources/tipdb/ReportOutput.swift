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
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            for file in files {
                try Data(file.text.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
            }
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ReportError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
