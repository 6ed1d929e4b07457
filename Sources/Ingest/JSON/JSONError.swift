import Foundation

/// Why a JSON text was rejected, and exactly where.
///
/// Analysts fix their files by hand, so the position is what matters most: `line` and `column`
/// are what an editor shows, `byteOffset` is what a hex viewer or `dd` needs when the problem is
/// an invisible byte (invalid UTF-8, a NUL). The message says what was found and what was expected.
///
/// A `line` of 0 means the error is not about the text at all: `NDJSONReader` uses it when the
/// file cannot be opened or read.
public struct JSONError: Error, LocalizedError, CustomStringConvertible, Equatable, Sendable {
    /// The 1-based line of the problem, or 0 when the file could not be opened or read.
    public var line: Int
    /// The 1-based column of the problem in Unicode scalars (see ``JSONNode/column``), or 0.
    public var column: Int
    /// The 0-based offset of the problem's first byte in the input (for `NDJSONReader`, the file).
    public var byteOffset: Int
    /// What was found and what was expected, without the position.
    public var message: String

    public init(line: Int, column: Int, byteOffset: Int, message: String) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `line 3, column 7: message`, or just the message when there is no position.
    public var description: String {
        line > 0 ? "line \(line), column \(column): \(message)" : message
    }

    public var errorDescription: String? { description }
}
