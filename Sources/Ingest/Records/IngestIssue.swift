/// A problem found in an input file, at an exact position.
public struct IngestIssue: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    /// Control characters in `message` (a value quoted from the file may hold a line break or
    /// an escape sequence) are written as visible escapes: each issue stays one line for editors
    /// and `grep`, and a file cannot clear or recolour the terminal that lists its errors.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = Self.visible(message)
    }

    /// `text` with C0 and C1 control characters, DEL and bidirectional controls as `\n`, `\r`,
    /// `\t` or `\u{1B}`.
    static func visible(_ text: String) -> String {
        // Bidirectional controls too (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069): one in a
        // value would reorder the rest of the line it is printed on.
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x200E || value == 0x200F
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `error` as an issue of `file`: itself when it already is one, at its position when a
    /// reader located it, otherwise its description without a position.
    init(_ error: any Error, file: String) {
        if let issue = error as? IngestIssue {
            self = issue
        } else if let located = error as? any PositionedError {
            self.init(file: file, line: located.line, column: located.column, message: located.message)
        } else {
            self.init(file: file, line: 0, column: 0, message: String(describing: error))
        }
    }

    /// `FILE:LINE:COLUMN: message`, the form editors and CI logs understand.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
