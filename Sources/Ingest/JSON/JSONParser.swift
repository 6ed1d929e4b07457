import Storage

/// A strict RFC 8259 JSON parser that records where every value was written.
///
/// Foundation's `JSONSerialization` and `JSONDecoder` are deliberately not used: they turn numbers
/// into floating point, keep one of two duplicate keys, and cannot say on which line a value sits.
/// Analysts' files are ingested into a research database, so anything ambiguous is rejected with a
/// message that says what was found, what was expected, and the line, column and byte offset where
/// it happened.
///
/// What is rejected: trailing commas, comments, single quotes, leading zeros, `NaN`, `Infinity`,
/// `+1`, `.5`, `1.`, unescaped control characters in strings, escapes other than
/// `\" \\ \/ \b \f \n \r \t \uXXXX`, lone surrogates, invalid UTF-8, NUL bytes, any text after the
/// value, empty input, and nesting deeper than `maxDepth`. A UTF-8 byte order mark at the very
/// start is skipped and does not count towards columns.
///
/// The parser is iterative (an explicit stack, no recursion), so hostile nesting produces an error
/// rather than a stack overflow.
public enum JSONParser {
    /// The nesting limit used when none is given: far deeper than any real record, shallow enough
    /// that the resulting tree is cheap to compare and destroy.
    public static let defaultMaxDepth = 256

    /// Parses one JSON text.
    ///
    /// - Parameters:
    ///   - bytes: the UTF-8 text, possibly starting with a byte order mark.
    ///   - maxDepth: how many arrays and objects may be nested inside each other. Values deeper than
    ///     a few thousand levels make the returned tree expensive to destroy (which is recursive),
    ///     so raise it only with care.
    /// - Returns: the top-level value with its position; nested values carry theirs.
    /// - Throws: ``JSONError`` at the first problem, with its line, column and byte offset.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) -> JSONNode in
            try parse(buffer, maxDepth: maxDepth, firstLine: 1, baseOffset: 0, skipsByteOrderMark: true)
        }
    }

    /// Parses a JSON text that is part of a larger input, such as one line of an NDJSON file, so
    /// that positions in nodes and errors are those of the larger input.
    ///
    /// - Parameters:
    ///   - firstLine: the line number of the text's first byte.
    ///   - baseOffset: the offset of the text's first byte in the larger input.
    ///   - skipsByteOrderMark: whether a byte order mark at the start is skipped.
    ///   - endDescription: what the end of `buffer` is called in messages ("end of line").
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>,
        maxDepth: Int,
        firstLine: Int,
        baseOffset: Int,
        skipsByteOrderMark: Bool,
        endDescription: String = "end of input"
    ) throws(JSONError) -> JSONNode {
        var scanner = Scanner(
            bytes: buffer, maxDepth: maxDepth, firstLine: firstLine, baseOffset: baseOffset,
            endDescription: endDescription)
        if skipsByteOrderMark, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            scanner.pos = 3
            scanner.lineStart = 3
        }
        return try scanner.parseDocument()
    }
}

// MARK: - Scanner

extension JSONParser {
    /// The parsing state: a cursor over the bytes and what is needed to turn an offset into a line
    /// and column without ever rescanning.
    ///
    /// The column of offset `p` on the current line is `p - lineStart - continuationBytes + 1`,
    /// where `continuationBytes` counts the bytes already scanned on the line that add no UTF-16
    /// code unit: all continuation bytes but one of each four-byte sequence (a character beyond
    /// U+FFFF, an emoji, is two code units, as VS Code and other editors count it: `ColumnCount`).
    /// This holds because continuation bytes can only appear inside strings, which are validated
    /// byte by byte before any later position is asked for.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let end: Int
        let maxDepth: Int
        let baseOffset: Int
        let endDescription: String
        var pos = 0
        var line: Int
        /// May be negative: the line began before `bytes` (`JSONArrayReader` hands the scanner the
        /// part of a file it holds).
        var lineStart = 0
        var continuationBytes = 0
        /// How many arrays enclose the value being read outside `bytes`' view: 1 for an element
        /// of a top-level array read on its own, so that the depth limit falls where it would.
        var outerDepth = 0
        /// Reused for strings that contain escapes, so decoding them allocates once per string.
        var scratch: [UInt8] = []

        init(
            bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, firstLine: Int, baseOffset: Int, endDescription: String
        ) {
            self.bytes = bytes
            self.end = bytes.count
            self.maxDepth = maxDepth
            self.baseOffset = baseOffset
            self.endDescription = endDescription
            self.line = firstLine
        }

        /// An array or object whose elements are still being read.
        struct Frame {
            var isObject: Bool
            var start: Int
            var line: Int
            var column: Int
            var elements: [JSONNode] = []
            var members: [JSONMember] = []
            var key = ""
            var keyLine = 0
            var keyColumn = 0
        }

        // MARK: Positions

        @inline(__always)
        func column(at offset: Int) -> Int {
            offset - lineStart - continuationBytes + 1
        }

        func error(at offset: Int, _ message: String) -> JSONError {
            JSONError(line: line, column: column(at: offset), byteOffset: baseOffset + offset, message: message)
        }

        @inline(__always)
        func node(_ value: JSONValue, from start: Int, line: Int, column: Int) -> JSONNode {
            JSONNode(value: value, line: line, column: column, byteRange: (baseOffset + start)..<(baseOffset + pos))
        }

        @inline(__always)
        mutating func skipWhitespace() {
            while pos < end {
                switch bytes[pos] {
                case 0x20, 0x09:
                    pos += 1
                case 0x0A:
                    pos += 1
                    beginLine()
                case 0x0D:
                    pos += 1
                    if pos < end, bytes[pos] == 0x0A { pos += 1 }
                    beginLine()
                default:
                    return
                }
            }
        }

        @inline(__always)
        mutating func beginLine() {
            line += 1
            lineStart = pos
            continuationBytes = 0
        }

        // MARK: Structure

        mutating func parseDocument() throws(JSONError) -> JSONNode {
            skipWhitespace()
            if pos == end { throw error(at: pos, "empty input; expected a JSON value") }
            let completed = try parseValue()
            skipWhitespace()
            if pos < end { throw trailingText(after: Self.closing(of: completed.value)) }
            return completed
        }

        /// The error for text after the top-level value, at `pos`. On a line of NDJSON it quotes
        /// what was found (a `,` left from the array the lines were cut from, most often) and says
        /// that the line should end there, as every "expected ..., found ..." message does. In a
        /// file it quotes the rest of the line (`] trailing junk`, a second object pasted after
        /// the array): "unexpected text" alone sent the user looking for it.
        ///
        /// - Parameter closing: what ends the value, as `closing(of:)` names it.
        func trailingText(after closing: String) -> JSONError {
            if endDescription == Self.endOfLine {
                return failure(expected: "the end of the line after the JSON value (one JSON object per line)")
            }
            if bytes[pos] == 0 { return nulByte(at: pos) }
            return error(at: pos, "\(Self.nothingAfter) \(closing), found '\(excerpt(from: pos))'")
        }

        /// How every message about text after the top-level value starts (`JSONRecordSource` adds
        /// a hint to it when that text is another value).
        static let nothingAfter = "expected nothing but white space after"

        /// What ends a top-level value, for `trailingText(after:)`: "the JSON array's closing ]".
        static func closing(of value: JSONValue) -> String {
            switch value {
            case .array: "the JSON array's closing ]"
            case .object: "the JSON object's closing }"
            default: "the JSON value"
            }
        }

        /// The text from `offset` to the end of its line, as a message quotes it: at most
        /// `excerptLength` characters, cut with `…`; only what `bytes` holds (a streaming reader
        /// holds `excerptBytes` past `offset`, or the end of the file).
        func excerpt(from offset: Int) -> String {
            var stop = offset
            while stop < end, stop - offset < Self.excerptBytes, bytes[stop] != 0x0A, bytes[stop] != 0x0D { stop += 1 }
            let cutByWindow = stop < end && bytes[stop] != 0x0A && bytes[stop] != 0x0D
            var text = self.text(offset..<stop)
            // A character cut by the end of what is held decodes as U+FFFD: not the file's.
            if cutByWindow { while text.unicodeScalars.last == "\u{FFFD}" { text.unicodeScalars.removeLast() } }
            guard text.count > Self.excerptLength || cutByWindow else { return text }
            return String(text.prefix(Self.excerptLength)) + "…"
        }

        /// How many characters of trailing text a message quotes.
        static let excerptLength = 40

        /// The most bytes `excerptLength` characters take (four each, the longest in UTF-8), plus
        /// one, to tell whether more follow.
        static let excerptBytes = excerptLength * 4 + 1

        /// What the end of an NDJSON line is called in messages (`NDJSONReader`).
        static let endOfLine = "end of line"

        /// Reads one value starting at `pos` (after white space) and leaves `pos` just after it.
        mutating func parseValue() throws(JSONError) -> JSONNode {
            var stack: [Frame] = []
            parsing: while true {
                // A value is expected at `pos`.
                skipWhitespace()
                guard pos < end else { throw failure(expected: "a value") }
                let start = pos
                let startLine = line
                let startColumn = column(at: pos)
                let value: JSONValue
                switch bytes[pos] {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    let isObject = bytes[pos] == UInt8(ascii: "{")
                    if stack.count + outerDepth >= maxDepth {
                        throw error(at: pos, "nesting deeper than the maximum depth of \(maxDepth); expected arrays and objects nested at most \(maxDepth) deep")
                    }
                    pos += 1
                    skipWhitespace()
                    if pos < end, bytes[pos] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        pos += 1
                        value = isObject ? .object([]) : .array([])
                    } else {
                        var frame = Frame(isObject: isObject, start: start, line: startLine, column: startColumn)
                        if isObject { try readKey(into: &frame, expected: "a string key or '}'") }
                        stack.append(frame)
                        continue parsing
                    }
                case UInt8(ascii: "\""):
                    value = .string(try scanString())
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = .number(try scanNumber())
                default:
                    value = try scanLiteral()
                }
                // Built after scanning: `node` reads `pos` for the end of the byte range.
                var completed = node(value, from: start, line: startLine, column: startColumn)

                // A value is complete: hand it to its container, closing containers as they end.
                while true {
                    let top = stack.count - 1
                    guard top >= 0 else { return completed }
                    skipWhitespace()
                    if stack[top].isObject {
                        stack[top].members.append(
                            JSONMember(
                                key: stack[top].key, keyLine: stack[top].keyLine, keyColumn: stack[top].keyColumn,
                                value: completed))
                        guard pos < end else { throw failure(expected: "',' or '}' after an object member") }
                        switch bytes[pos] {
                        case UInt8(ascii: ","):
                            let comma = (offset: pos, line: line, column: column(at: pos))
                            pos += 1
                            skipWhitespace()
                            if pos < end && bytes[pos] == UInt8(ascii: "}") { throw trailingComma(comma, before: "}") }
                            try readKey(into: &stack[top], expected: "a string key after ','")
                            continue parsing
                        case UInt8(ascii: "}"):
                            pos += 1
                            let frame = stack.removeLast()
                            completed = node(
                                .object(frame.members), from: frame.start, line: frame.line, column: frame.column)
                        default:
                            throw failure(expected: "',' or '}' after an object member")
                        }
                    } else {
                        stack[top].elements.append(completed)
                        guard pos < end else { throw failure(expected: "',' or ']' after an array element") }
                        switch bytes[pos] {
                        case UInt8(ascii: ","):
                            let comma = (offset: pos, line: line, column: column(at: pos))
                            pos += 1
                            skipWhitespace()
                            if pos < end && bytes[pos] == UInt8(ascii: "]") { throw trailingComma(comma, before: "]") }
                            continue parsing
                        case UInt8(ascii: "]"):
                            pos += 1
                            let frame = stack.removeLast()
                            completed = node(
                                .array(frame.elements), from: frame.start, line: frame.line, column: frame.column)
                        default:
                            throw failure(expected: "',' or ']' after an array element")
                        }
                    }
                }
            }
        }

        /// Reads `"key" :` into the frame, leaving `pos` at the member's value.
        mutating func readKey(into frame: inout Frame, expected: String) throws(JSONError) {
            guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { throw failure(expected: expected) }
            frame.keyLine = line
            frame.keyColumn = column(at: pos)
            frame.key = try scanString()
            skipWhitespace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw failure(expected: "':' after an object key") }
            pos += 1
        }

        // MARK: Scalars

        /// `true`, `false` or `null`; any other word is reported whole (`found 'NaN'`).
        mutating func scanLiteral() throws(JSONError) -> JSONValue {
            let start = pos
            var wordEnd = pos
            while wordEnd < end, Self.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            switch wordEnd - start {
            case 4 where matches("true", at: start):
                pos = wordEnd
                return .bool(true)
            case 4 where matches("null", at: start):
                pos = wordEnd
                return .null
            case 5 where matches("false", at: start):
                pos = wordEnd
                return .bool(false)
            default:
                throw failure(expected: "a value")
            }
        }

        func matches(_ word: StaticString, at offset: Int) -> Bool {
            let literal = word.utf8Start
            for index in 0..<word.utf8CodeUnitCount where bytes[offset + index] != literal[index] { return false }
            return true
        }

        /// A number, returned as its literal text after checking it against the RFC 8259 grammar.
        mutating func scanNumber() throws(JSONError) -> String {
            let start = pos
            if bytes[pos] == UInt8(ascii: "-") {
                pos += 1
                guard pos < end, Self.isDigit(bytes[pos]) else { throw failure(expected: "a digit after '-'") }
            }
            if bytes[pos] == UInt8(ascii: "0") {
                pos += 1
                if pos < end, Self.isDigit(bytes[pos]) {
                    skipDigits()
                    throw error(at: start, "number '\(text(start..<pos))' has a leading zero")
                }
            } else {
                skipDigits()
            }
            if pos < end, bytes[pos] == UInt8(ascii: ".") {
                pos += 1
                guard pos < end, Self.isDigit(bytes[pos]) else {
                    throw failure(expected: "a digit after the decimal point in number '\(text(start..<pos))'")
                }
                skipDigits()
            }
            if pos < end, bytes[pos] | 0x20 == UInt8(ascii: "e") {
                pos += 1
                if pos < end, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
                guard pos < end, Self.isDigit(bytes[pos]) else {
                    throw failure(expected: "a digit in the exponent of number '\(text(start..<pos))'")
                }
                skipDigits()
            }
            return text(start..<pos)
        }

        @inline(__always)
        mutating func skipDigits() {
            while pos < end, Self.isDigit(bytes[pos]) { pos += 1 }
        }

        /// The bytes as a string; only called on ASCII or already validated UTF-8.
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// A string starting at the opening quote at `pos`, with its escapes decoded.
        mutating func scanString() throws(JSONError) -> String {
            let quote = pos
            // Taken now: once the string's multi-byte characters are counted, `column(at: quote)` is wrong.
            let quoteColumn = column(at: quote)
            pos += 1
            // Fast path: no escapes, so the string is a slice of the input.
            while pos < end {
                let byte = bytes[pos]
                if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                    pos += 1
                } else if byte == UInt8(ascii: "\"") {
                    let value = text((quote + 1)..<pos)
                    pos += 1
                    return value
                } else if byte == UInt8(ascii: "\\") {
                    break
                } else {
                    try scanOtherStringByte(quoteColumn: quoteColumn)
                }
            }
            // Slow path: copy runs of plain bytes and decoded escapes into `scratch`.
            scratch.removeAll(keepingCapacity: true)
            var runStart = quote + 1
            while pos < end {
                let byte = bytes[pos]
                if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                    pos += 1
                } else if byte == UInt8(ascii: "\"") {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                    pos += 1
                    return String(decoding: scratch, as: UTF8.self)
                } else if byte == UInt8(ascii: "\\") {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                    try scanEscape(quoteColumn: quoteColumn)
                    runStart = pos
                } else {
                    try scanOtherStringByte(quoteColumn: quoteColumn)
                }
            }
            throw unterminatedString(quoteColumn: quoteColumn)
        }

        /// A control character (rejected) or the start of a multi-byte UTF-8 sequence (validated).
        mutating func scanOtherStringByte(quoteColumn: Int) throws(JSONError) {
            let byte = bytes[pos]
            if byte == 0 { throw nulByte(at: pos) }
            if byte < 0x20 {
                throw error(
                    at: pos,
                    "unescaped control character \(Self.scalarName(UInt32(byte)))\(Self.controlName(byte)) in string starting at "
                        + "line \(line) column \(quoteColumn); expected it escaped, as \(Self.escape(byte)) (JSON strings hold no raw control characters)")
            }
            let length = try utf8SequenceLength(at: pos)
            pos += length
            continuationBytes += ColumnCount.bytesWithoutColumn(inSequenceOf: length)
        }

        func unterminatedString(quoteColumn: Int) -> JSONError {
            error(at: pos, "unterminated string starting at line \(line) column \(quoteColumn)")
        }

        /// Decodes the escape at `pos` (a backslash) into `scratch`.
        mutating func scanEscape(quoteColumn: Int) throws(JSONError) {
            guard pos + 1 < end else {
                pos = end
                throw unterminatedString(quoteColumn: quoteColumn)
            }
            let escaped = bytes[pos + 1]
            let decoded: UInt8
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = escaped
            case UInt8(ascii: "b"): decoded = 0x08
            case UInt8(ascii: "f"): decoded = 0x0C
            case UInt8(ascii: "n"): decoded = 0x0A
            case UInt8(ascii: "r"): decoded = 0x0D
            case UInt8(ascii: "t"): decoded = 0x09
            case UInt8(ascii: "u"):
                try scanUnicodeEscape()
                return
            case 0:
                throw nulByte(at: pos + 1)
            case 0x21...0x7E:
                throw error(at: pos, "invalid escape '\\\(Character(Unicode.Scalar(escaped)))' in string")
            case 0x80...:
                let length = try utf8SequenceLength(at: pos + 1)
                throw error(at: pos, "invalid escape '\\\(text((pos + 1)..<(pos + 1 + length)))' in string")
            default:
                throw error(at: pos, "invalid escape: '\\' followed by \(Self.scalarName(UInt32(escaped))) in string")
            }
            scratch.append(decoded)
            pos += 2
        }

        /// Decodes `\uXXXX` at `pos`, combining a surrogate pair into one scalar.
        mutating func scanUnicodeEscape() throws(JSONError) {
            let first = try hexEscape(at: pos)
            var scalar = UInt32(first)
            var length = 6
            if (0xDC00...0xDFFF).contains(first) {
                throw error(
                    at: pos,
                    "lone low surrogate '\(text(pos..<(pos + 6)))' in string; it must follow a high "
                        + "surrogate \\uD800-\\uDBFF")
            }
            if (0xD800...0xDBFF).contains(first) {
                let next = pos + 6
                guard next + 1 < end, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                    case let second = try hexEscape(at: next), (0xDC00...0xDFFF).contains(second)
                else {
                    throw error(
                        at: pos,
                        "lone high surrogate '\(text(pos..<(pos + 6)))' in string; it must be followed by a low "
                            + "surrogate \\uDC00-\\uDFFF")
                }
                scalar = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
                length = 12
            }
            appendUTF8(scalar)
            pos += length
        }

        /// The value of the four hex digits after the `\u` at `offset`.
        func hexEscape(at offset: Int) throws(JSONError) -> UInt16 {
            var value: UInt16 = 0
            for index in (offset + 2)..<(offset + 6) {
                guard index < end, let digit = Self.hexValue(bytes[index]) else {
                    // Quote what was written, up to where it stops looking like an escape.
                    var shown = offset + 2
                    while shown < min(offset + 6, end), bytes[shown] > 0x20, bytes[shown] < 0x7F,
                        bytes[shown] != UInt8(ascii: "\""), bytes[shown] != UInt8(ascii: "\\")
                    {
                        shown += 1
                    }
                    throw error(
                        at: offset, "invalid escape '\(text(offset..<shown))' in string: '\\u' needs four hex digits")
                }
                value = value << 4 | UInt16(digit)
            }
            return value
        }

        mutating func appendUTF8(_ scalar: UInt32) {
            switch scalar {
            case 0..<0x80:
                scratch.append(UInt8(scalar))
            case 0x80..<0x800:
                scratch.append(UInt8(0xC0 | scalar >> 6))
                scratch.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                scratch.append(UInt8(0xE0 | scalar >> 12))
                scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                scratch.append(UInt8(0x80 | scalar & 0x3F))
            default:
                scratch.append(UInt8(0xF0 | scalar >> 18))
                scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                scratch.append(UInt8(0x80 | scalar & 0x3F))
            }
        }

        /// The length of the well-formed UTF-8 sequence at `offset` (Unicode table 3-7: no overlong
        /// forms, no encoded surrogates, nothing above U+10FFFF), or an error naming its first byte.
        func utf8SequenceLength(at offset: Int) throws(JSONError) -> Int {
            let lead = bytes[offset]
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let length: Int
            switch lead {
            case 0x00..<0x80: return 1
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: throw invalidUTF8(at: offset)
            }
            guard offset + length <= end, (low...high).contains(bytes[offset + 1]) else {
                throw invalidUTF8(at: offset)
            }
            for index in (offset + 2)..<(offset + length) where bytes[index] & 0xC0 != 0x80 {
                throw invalidUTF8(at: offset)
            }
            return length
        }

        // MARK: Errors

        /// Worded as CSV words it (the same code), so that a Latin-1 or UTF-16 file is named as such.
        func invalidUTF8(at offset: Int) -> JSONError {
            let sequence = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 4, end)])
            guard let (_, failure) = CSVUTF8Validator.firstFailure(in: sequence) else {
                return error(at: offset, "invalid UTF-8 byte 0x\(CSVUTF8Validator.hex(bytes[offset])) at byte offset \(baseOffset + offset)")
            }
            return error(at: offset, CSVUTF8Validator.message(for: failure, atByteOffset: baseOffset + offset))
        }

        /// Worded as CSV words it (the same code): what was found, and that text has none.
        func nulByte(at offset: Int) -> JSONError {
            error(at: offset, CSVUTF8Validator.message(for: .init(byte: 0, problem: .nul), atByteOffset: baseOffset + offset))
        }

        /// A comma with nothing after it but the closing bracket: the slip hand-edited JSON has most
        /// often (JavaScript and JSON5 allow it). Said at the comma, the byte to delete, not at the
        /// bracket, which may be lines further on.
        func trailingComma(_ comma: (offset: Int, line: Int, column: Int), before closing: Character) -> JSONError {
            JSONError(
                line: comma.line, column: comma.column, byteOffset: baseOffset + comma.offset,
                message: "a comma before '\(closing)' (a trailing comma), which JSON does not allow; expected \(closing == "}" ? "a member" : "a value") after the comma, or delete it")
        }

        /// "expected X, found Y" at `pos`; or, when what is found is a NUL byte or invalid UTF-8, that.
        func failure(expected: String) -> JSONError {
            guard pos < end else { return error(at: pos, "expected \(expected), found \(endDescription)") }
            let byte = bytes[pos]
            let found: String
            switch byte {
            case 0:
                return nulByte(at: pos)
            case UInt8(ascii: "'"):
                found = "a single quote (JSON strings use double quotes)"
            case UInt8(ascii: "/"):
                found = "'/' (JSON has no comments)"
            case _ where Self.isWordByte(byte):
                var wordEnd = pos
                while wordEnd < end, wordEnd - pos < 32, Self.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
                let more = wordEnd < end && Self.isWordByte(bytes[wordEnd])
                found = "'\(text(pos..<wordEnd))\(more ? "…" : "")'"
            case 0x21...0x7E:
                found = "'\(Character(Unicode.Scalar(byte)))'"
            case 0x80...:
                let length: Int
                do { length = try utf8SequenceLength(at: pos) } catch { return error }
                let character = text(pos..<(pos + length))
                let scalar = character.unicodeScalars.first.map { $0.value } ?? 0
                found = "'\(character)' (\(Self.scalarName(scalar)))"
            default:
                found = "control character \(Self.scalarName(UInt32(byte)))"
            }
            return error(at: pos, "expected \(expected), found \(found)")
        }

        // MARK: Byte classes

        @inline(__always)
        static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        static func isWordByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }

        static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        /// `U+000A`, `U+00E9`, `U+1F600`.
        /// What a control character is, in words, for the three a text cell holds: ` (a line break)`.
        static func controlName(_ byte: UInt8) -> String {
            switch byte {
            case 0x0A: " (a line break)"
            case 0x0D: " (a carriage return)"
            case 0x09: " (a tab)"
            default: ""
            }
        }

        /// How JSON writes a control character inside a string: `\n`, `\r`, `\t`, else `\u001F`.
        static func escape(_ byte: UInt8) -> String {
            switch byte {
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            default: "\\u" + scalarName(UInt32(byte)).dropFirst(2)
            }
        }

        static func scalarName(_ value: UInt32) -> String { CodePoint.name(value) }
    }
}
