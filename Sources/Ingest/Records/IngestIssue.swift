/// A problem found in an input file, at an exact position.
public struct IngestIssue: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `error` as an issue of `file`: itself when it already is one (readers throw issues with
    /// their position), otherwise its description without a position.
    init(_ error: any Error, file: String) {
        self = error as? IngestIssue ?? IngestIssue(file: file, line: 0, column: 0, message: String(describing: error))
    }

    /// `FILE:LINE:COLUMN: message`, the form editors and CI logs understand.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
