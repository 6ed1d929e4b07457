/// Reads a file that holds one JSON array, one element at a time, in chunks.
///
/// Why: parsed whole, an array took about nine times its size in memory (a 60 MB file peaked at
/// 538 MB), since every element of it stayed in the tree until the last one was read. This reader
/// holds the element it is reading, what follows it up to one chunk, and nothing before it; an
/// element longer than ``maxElementBytes`` is an error at its start, as an NDJSON line is.
///
/// Everything else is what ``JSONParser/parse(_:maxDepth:)`` does with the whole file: the same
/// nodes with the same lines, columns and byte ranges, and the same error, with the same message
/// and position, for the first defect in the file (a byte order mark skipped, an empty file, a
/// trailing comma, invalid UTF-8, text after the closing `]`). Each element is read by the parser's
/// own scanner; a boundary between chunks is never seen by it, since an outcome that depends on
/// bytes not read yet (a number at the end of what is held, an error within ``margin`` bytes of
/// it) is thrown away and the element read again with more of the file.
///
/// Call ``readStart()`` first, then ``next()`` until it returns nil (at once when the file holds
/// another value than an array). After an error every call throws it again. The reader is a value
/// type holding an open file: use one `var` and do not copy it while reading.
struct JSONArrayReader {
    /// What the file holds at its top level.
    enum Top: Equatable {
        /// An array, whose elements ``next()`` returns.
        case array
        /// Another value, read to the end of the file and checked as the parser would: the caller
        /// says where it is and what it is.
        case value(JSONNode)
    }

    private enum Phase {
        case start, firstElement, afterElement, done
    }

    private var input: JSONByteStream
    /// The longest element read, as CSV limits a record and NDJSON a line.
    var maxElementBytes = CSVReader.defaultMaxRecordBytes
    /// Bytes read but not yet consumed start at `start`; `buffer[0]` is at `bufferOffset` in the file.
    private var buffer: [UInt8] = []
    private var start = 0
    private var bufferOffset = 0
    private var atEndOfInput = false
    /// The scanner's position state at `start`: its line, where that line starts in the file, and
    /// how many of its bytes before `start` add no column (`JSONParser.Scanner`).
    private var line = 1
    private var lineStart = 0
    private var continuationBytes = 0
    /// Lent to each element's scanner, so that strings with escapes allocate once per file.
    private var scratch: [UInt8] = []
    private var phase = Phase.start
    /// What ``readStart()`` found, given again when it is called again.
    private var top: Top?
    /// The error that stopped the reader, thrown again by every later call.
    private var failure: JSONError?
    /// How many times an element was read again because the bytes held ended inside it (for tests:
    /// a chunk boundary reached the scanner and was not taken for the end of the file).
    private(set) var rereads = 0

    /// How far past an error, or past what it looked at, the scanner may look to word its message
    /// (a word it quotes, an escape, a UTF-8 sequence): an error that near the end of what is held
    /// is only believed once more is held, or the file has ended.
    static let margin = 64

    /// Opens a file, reading it 64 KB at a time.
    ///
    /// - Throws: a ``JSONError`` with `line` 0 when the file cannot be opened.
    init(path: String) throws(JSONError) {
        try self.init(path: path, chunkSize: 64 * 1024)
    }

    /// Opens a file, reading it `chunkSize` bytes at a time (tests use tiny chunks).
    init(path: String, chunkSize: Int) throws(JSONError) {
        input = try JSONByteStream(path: path, chunkSize: chunkSize)
    }

    /// Reads bytes in memory `chunkSize` at a time, exactly as a file would be read.
    init(bytes: [UInt8], chunkSize: Int) {
        input = JSONByteStream(bytes: bytes, chunkSize: chunkSize)
    }

    /// How many bytes are held in memory: the current element, what follows it, at most one chunk more.
    var bufferedByteCount: Int { buffer.count }

    /// Reads up to the first element of the array, or the whole value when the file holds no array.
    ///
    /// Called again, it returns what it returned the first time, and reads nothing.
    ///
    /// - Throws: ``JSONError`` at the first defect, positioned in the file, or with `line` 0 when
    ///   the file cannot be read.
    mutating func readStart() throws(JSONError) -> Top {
        try stopping { (reader) throws(JSONError) -> Top in
            if let top = reader.top { return top }
            try reader.fill(Self.margin)
            if reader.buffer.count >= 3, reader.buffer[0] == 0xEF, reader.buffer[1] == 0xBB, reader.buffer[2] == 0xBF {
                reader.start = 3
                reader.lineStart = 3
            }
            try reader.skipWhitespace()
            try reader.fill(Self.margin)
            try reader.step { (scanner) throws(JSONError) in
                if scanner.pos == scanner.end { throw scanner.error(at: scanner.pos, "empty input; expected a JSON value") }
            }
            guard reader.buffer[reader.start] == UInt8(ascii: "[") else {
                let value = try reader.element(outerDepth: 0)
                try reader.finish(after: JSONParser.Scanner.closing(of: value.value))
                // Read to its end: `next()` has no element to give, and must not read the file again.
                reader.phase = .done
                reader.top = .value(value)
                return .value(value)
            }
            reader.start += 1
            reader.phase = .firstElement
            reader.top = .array
            return .array
        }
    }

    /// The next element of the array, with its position in the file; nil after the last one, once
    /// the rest of the file was checked to hold nothing but white space, and nil for a file that
    /// holds another value than an array.
    ///
    /// - Throws: ``JSONError`` at the first defect, positioned in the file, or with `line` 0 when
    ///   the file cannot be read.
    mutating func next() throws(JSONError) -> JSONNode? {
        try stopping { (reader) throws(JSONError) -> JSONNode? in
            if reader.phase == .start { _ = try reader.readStart() }
            switch reader.phase {
            case .start, .done:
                return nil
            case .firstElement:
                try reader.skipWhitespace()
                try reader.fill(Self.margin)
                if reader.start < reader.buffer.count, reader.buffer[reader.start] == UInt8(ascii: "]") {
                    reader.start += 1
                    return try reader.close()
                }
            case .afterElement:
                try reader.skipWhitespace()
                try reader.fill(Self.margin)
                let comma = try reader.step { (scanner) throws(JSONError) -> (offset: Int, line: Int, column: Int)? in
                    let expected = "',' or ']' after an array element"
                    guard scanner.pos < scanner.end else { throw scanner.failure(expected: expected) }
                    switch scanner.bytes[scanner.pos] {
                    case UInt8(ascii: ","):
                        return (scanner.baseOffset + scanner.pos, scanner.line, scanner.column(at: scanner.pos))
                    case UInt8(ascii: "]"):
                        return nil
                    default:
                        throw scanner.failure(expected: expected)
                    }
                }
                reader.start += 1
                guard let comma else { return try reader.close() }
                try reader.skipWhitespace()
                try reader.fill(Self.margin)
                try reader.step { (scanner) throws(JSONError) in
                    if scanner.pos < scanner.end, scanner.bytes[scanner.pos] == UInt8(ascii: "]") {
                        throw scanner.trailingComma((comma.offset - scanner.baseOffset, comma.line, comma.column), before: "]")
                    }
                }
            }
            reader.phase = .afterElement
            return try reader.element(outerDepth: 1)
        }
    }

    /// The text of `node`, the element ``next()`` returned last (its bytes are held until the next call).
    func text(of node: JSONNode) -> String {
        let range = (node.byteRange.lowerBound - bufferOffset)..<(node.byteRange.upperBound - bufferOffset)
        return String(decoding: buffer[range.clamped(to: 0..<buffer.count)], as: UTF8.self)
    }

    // MARK: Steps

    /// Runs `body`, keeping the error it throws for every later call.
    private mutating func stopping<T>(_ body: (inout JSONArrayReader) throws(JSONError) -> T) throws(JSONError) -> T {
        if let failure { throw failure }
        do {
            return try body(&self)
        } catch {
            failure = error
            throw error
        }
    }

    /// After the closing `]`: the rest of the file must be white space.
    private mutating func close() throws(JSONError) -> JSONNode? {
        try finish(after: "the JSON array's closing ]")
        phase = .done
        return nil
    }

    /// Checks that nothing but white space follows the top-level value, as the parser does.
    ///
    /// - Parameter closing: what ends the value, as `JSONParser.Scanner.closing(of:)` names it.
    private mutating func finish(after closing: String) throws(JSONError) {
        try skipWhitespace()
        // Enough for the message to quote the text found whole (`Scanner.excerpt(from:)`).
        try fill(max(Self.margin, JSONParser.Scanner.excerptBytes))
        try step { (scanner) throws(JSONError) in
            guard scanner.pos < scanner.end else { return }
            throw scanner.trailingText(after: closing)
        }
    }

    /// Reads one value at `start` (not white space), again with more of the file for as long as
    /// its outcome may depend on bytes not held yet.
    private mutating func element(outerDepth: Int) throws(JSONError) -> JSONNode {
        let limit = maxElementBytes + Self.margin
        var wanted = Self.margin
        while true {
            try fill(wanted)
            let held = buffer.count - start
            let attempt = scan(outerDepth: outerDepth) { (scanner) throws(JSONError) in try scanner.parseValue() }
            switch attempt.result {
            case .success(let node):
                // A number or a word at the very end of what is held may go on in the next chunk.
                if atEndOfInput || attempt.state.pos < buffer.count {
                    if node.byteRange.count > maxElementBytes { throw tooLong(outerDepth: outerDepth) }
                    commit(attempt.state)
                    return node
                }
            case .failure(let error):
                if atEndOfInput || max(attempt.state.pos, error.byteOffset - bufferOffset) + Self.margin <= buffer.count {
                    if error.byteOffset - (bufferOffset + start) > maxElementBytes { throw tooLong(outerDepth: outerDepth) }
                    throw error
                }
            }
            if held >= limit { throw tooLong(outerDepth: outerDepth) }
            rereads += 1
            wanted = min(max(2 * held, held + input.chunkSize), limit)
        }
    }

    /// The error for an element (or a top-level value) over ``maxElementBytes``, at its start.
    private func tooLong(outerDepth: Int) -> JSONError {
        let limit = maxElementBytes >= 1 << 20 ? "\(maxElementBytes >> 20) MB" : "\(maxElementBytes) bytes"
        let what = outerDepth == 0 ? "this JSON value" : "this element of the array"
        return JSONError(
            line: line, column: bufferOffset + start - lineStart - continuationBytes + 1, byteOffset: bufferOffset + start,
            message: "\(what) is longer than \(limit); expected an array of objects of at most \(limit) each")
    }

    /// Skips white space, reading on for as long as it lasts and keeping none of it.
    private mutating func skipWhitespace() throws(JSONError) {
        while true {
            try fill(1)
            // A CR at the end of what is held may be the first half of a CRLF, which is one line break.
            let holdsBack = !atEndOfInput && buffer.last == 0x0D ? 1 : 0
            let attempt = scan(outerDepth: 0, holdingBack: holdsBack) { (scanner) throws(JSONError) in scanner.skipWhitespace() }
            commit(attempt.state)
            if start < buffer.count - holdsBack || atEndOfInput { return }
            try fill(holdsBack + 1)
        }
    }

    /// Runs `body` on the bytes held, which must be enough to decide it (see ``margin``), and
    /// keeps the scanner's position when it returns.
    @discardableResult
    private mutating func step<T>(_ body: (inout JSONParser.Scanner) throws(JSONError) -> T) throws(JSONError) -> T {
        let attempt = scan(outerDepth: 0, body)
        let value = try attempt.result.get()
        commit(attempt.state)
        return value
    }

    /// The scanner's position after a step, to keep when its outcome is believed.
    private struct ScanState {
        var pos: Int
        var line: Int
        var lineStart: Int
        var continuationBytes: Int
    }

    /// Runs `body` on a scanner over the bytes held (all but the last `holdingBack`), starting at
    /// `start` with the position state there, and returns its outcome and the scanner's state after it.
    private mutating func scan<T>(
        outerDepth: Int, holdingBack: Int = 0, _ body: (inout JSONParser.Scanner) throws(JSONError) -> T
    ) -> (result: Result<T, JSONError>, state: ScanState) {
        let base = bufferOffset
        let state = ScanState(pos: start, line: line, lineStart: lineStart - base, continuationBytes: continuationBytes)
        var lent = scratch
        scratch = []
        defer { scratch = lent }
        return buffer.withUnsafeBufferPointer { all in
            var scanner = JSONParser.Scanner(
                bytes: UnsafeBufferPointer(rebasing: all[0..<(all.count - holdingBack)]), maxDepth: JSONParser.defaultMaxDepth,
                firstLine: state.line, baseOffset: base, endDescription: "end of input")
            scanner.pos = state.pos
            scanner.lineStart = state.lineStart
            scanner.continuationBytes = state.continuationBytes
            scanner.outerDepth = outerDepth
            swap(&scanner.scratch, &lent)
            defer { swap(&scanner.scratch, &lent) }
            let result: Result<T, JSONError>
            do throws(JSONError) {
                result = .success(try body(&scanner))
            } catch {
                result = .failure(error)
            }
            return (
                result,
                ScanState(pos: scanner.pos, line: scanner.line, lineStart: scanner.lineStart, continuationBytes: scanner.continuationBytes)
            )
        }
    }

    private mutating func commit(_ state: ScanState) {
        start = state.pos
        line = state.line
        lineStart = state.lineStart + bufferOffset
        continuationBytes = state.continuationBytes
    }

    /// Reads until `count` bytes from `start` on are held or the file has ended, first dropping
    /// the bytes before `start`.
    private mutating func fill(_ count: Int) throws(JSONError) {
        while buffer.count - start < count && !atEndOfInput {
            if start > 0 {
                buffer.removeSubrange(0..<start)
                bufferOffset += start
                start = 0
            }
            if try !input.append(to: &buffer) { atEndOfInput = true }
        }
    }
}
