import Foundation

/// Renders Markdown with markdown-it-py, a CommonMark implementation, through
/// `Tests/Scripts/render_markdown.py`, so that tests check what a reader of tipdb's Markdown sees
/// and not only the characters tipdb wrote.
///
/// The Python comes from `make markdown-renderer` (a venv at `.build/markdown-venv` with the pinned
/// markdown-it-py), or from `$TIPDB_MARKDOWN_PYTHON`. Without it the tests fail saying how to
/// install it: a test that skipped would pass while checking nothing.
public enum CommonMarkRenderer {
    /// The markdown-it-py version the tests were written against (the Makefile installs it).
    public static let version = "4.0.0"

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The blocks of `markdown` as markdown-it-py renders them, in order.
    public static func render(_ markdown: String) throws -> [RenderedBlock] {
        let python = ProcessInfo.processInfo.environment["TIPDB_MARKDOWN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? repositoryRoot.appendingPathComponent(".build/markdown-venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else { throw CommonMarkRendererError.missing(python: python) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [repositoryRoot.appendingPathComponent("Tests/Scripts/render_markdown.py").path, version]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Written and read on other threads while this one reads, so that no pipe can fill up and stop all three.
        let bytes = Data(markdown.utf8)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            input.fileHandleForWriting.write(bytes)
            try? input.fileHandleForWriting.close()
        }
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommonMarkRendererError.failed(python: python, status: process.terminationStatus, message: String(decoding: errorData, as: UTF8.self))
        }
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(RenderedBlock.self, from: Data($0)) }
    }
}
