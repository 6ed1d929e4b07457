import Foundation

/// A defect in a CSV or TSV input, or a failure to read it, located to the byte.
///
/// Ingest rejects a file at its first defect instead of guessing what was meant: a silently
/// "repaired" quote or a mis-decoded byte would put wrong data into the research database with
/// no trace of where it came from. So every error says where the problem is in the terms a person
/// needs to fix the file: the 1-based ``line`` and ``column`` to jump to in an editor, and the
/// 0-based ``byteOffset`` for byte-level tools (`xxd -s`, `dd skip=`), which matters when the
/// column is unhelpful, as in a file that is not text at all.
///
/// ``message`` is the bare explanation, without the position, so callers that report positions
/// their own way (for example `file.csv:3:7: message`) do not repeat them;
/// ``errorDescription`` prefixes the position for a self-contained `localizedDescription`.
public struct CSVError: Error, LocalizedError, Equatable, Sendable {
    /// What went wrong, for callers that react differently to different defects.
    ///
    /// The details a person needs (which byte, where the quote opened) are in ``CSVError/message``;
    /// the kind stays payload-free so that it is cheap to switch over and compare in tests.
    public enum Kind: Equatable, Hashable, Sendable {
        /// A quoted field was still open at the end of the input; the position is its opening quote.
        case unterminatedQuote
        /// A quote appeared inside a field that did not start with a quote.
        case unexpectedQuote
        /// A quoted field's closing quote was followed by something other than a delimiter or a
        /// line end; the position is that character.
        case unexpectedCharacterAfterQuote
        /// The input is not well-formed UTF-8; the position is the first byte of the bad sequence.
        case invalidUTF8
        /// The input contains a NUL byte, which no text file should.
        case nulByte
        /// The file could not be opened or read; ``CSVError/line`` and ``CSVError/column`` are 0.
        case io
        /// A record grew past ``CSVReader/defaultMaxRecordBytes``; the position is its start.
        case recordTooLong
    }

    /// What kind of defect this is.
    public var kind: Kind

    /// The 1-based physical line of the defect.
    ///
    /// Line breaks inside quoted fields count, so this is the line an editor shows. It is 0 for
    /// ``Kind/io`` errors, which have no position in the text.
    public var line: Int

    /// The 1-based column of the defect on its line.
    ///
    /// Columns count UTF-8 characters (bytes that are not continuation bytes) so that they match
    /// an editor rather than a hex dump, and a byte order mark does not count. It is 0 for
    /// ``Kind/io`` errors.
    public var column: Int

    /// The 0-based offset in the input of the offending byte.
    ///
    /// Unlike the column, it counts a byte order mark, so it can be handed to byte-level tools
    /// as it is. For ``Kind/io`` errors it is how far reading got.
    public var byteOffset: Int

    /// The explanation, without the position.
    ///
    /// Messages name the problem and, where there is one, the fix; the text is stable enough to
    /// be matched in tests.
    public var message: String

    /// Creates an error.
    ///
    /// ``CSVReader`` is the usual source, but higher ingest layers may build their own to report
    /// problems such as a wrong field count or a bad value in the same shape.
    public init(kind: Kind, line: Int, column: Int, byteOffset: Int, message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    /// The message prefixed with its position.
    ///
    /// For example `line 3, column 7: unexpected quote inside an unquoted field; …`, so that
    /// `localizedDescription` alone is enough to find the problem. ``Kind/io`` errors have no
    /// position and give the message alone.
    public var errorDescription: String? {
        if kind == .io { return message }
        return "line \(line), column \(column): \(message)"
    }
}
