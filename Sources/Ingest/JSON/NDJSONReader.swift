import Foundation

/// Reads newline-delimited JSON (one JSON text per line) one line at a time.
///
/// Analysts' exports can be far larger than memory is worth spending on them, so the file is read
/// in chunks and only the current line is kept: memory is bounded by the longest line plus one
/// chunk. Every position is a position in the whole file: a record on line 3 that fails to parse
/// throws a ``JSONError`` with `line` 3, the column within that line and the byte offset in the
/// file, and the nodes it returns carry file lines and file byte ranges.
///
/// Lines end at LF, CRLF or a lone CR, the same rule the parser uses to count lines, so the line
/// numbers agree with what an editor shows. Lines holding only spaces and tabs are skipped. A UTF-8
/// byte order mark at the start of the file is skipped. The last line needs no line terminator.
///
/// After ``next()`` throws for a line that is not valid JSON, that line has been consumed: calling
/// ``next()`` again goes on with the following line, so a caller can record the reject and continue.
/// A line that is not UTF-8 text (invalid UTF-8, a NUL byte) stops the reader instead, as it stops
/// the CSV reader: the file is not the text it claims to be, so no line of it can be trusted, and
/// every later call throws the same error (``stopped`` tells the two apart).
///
/// The reader is a value type holding an open file: use one `var` and do not copy it while reading.
public struct NDJSONReader {
    /// Where the bytes come from: an open file, or an array handed out in chunks.
    private var source: JSONByteStream
    /// The longest line read, as CSV limits a record: memory stays bounded whatever the file holds.
    var maxLineBytes = CSVReader.defaultMaxRecordBytes
    /// Bytes read but not yet consumed start at `start`; `buffer[0]` is at `bufferOffset` in the file.
    private var buffer: [UInt8] = []
    private var start = 0
    private var bufferOffset = 0
    /// Where to resume looking for the end of the current line, so a long line is scanned once.
    private var scanned = 0
    private var atEndOfInput = false
    private var lineNumber = 0
    private var checkedByteOrderMark = false
    /// The text of the last line that was not valid JSON (the reader goes on after it), for the
    /// reject that keeps it; empty for a line too long to keep.
    public private(set) var rejectedLine = ""
    /// The error that stopped the reader (not UTF-8 text, a line too long), thrown again by every later call.
    private var encodingFailure: JSONError?
    /// Whether the last error thrown stops the reader: the file is not UTF-8 text, has a line too long, or cannot be read.
    public var stopped: Bool { encodingFailure != nil }

    /// Opens a file for reading.
    ///
    /// - Throws: a ``JSONError`` with `line` 0 (no position in the text) when the file cannot be
    ///   opened; its message names the path and the reason.
    public init(path: String) throws(JSONError) {
        try self.init(path: path, chunkSize: 64 * 1024)
    }

    /// Reads NDJSON that is already in memory.
    public init(bytes: [UInt8]) {
        self.init(bytes: bytes, chunkSize: max(bytes.count, 1))
    }

    /// Opens a file, reading it `chunkSize` bytes at a time (tests use tiny chunks).
    init(path: String, chunkSize: Int) throws(JSONError) {
        source = try JSONByteStream(path: path, chunkSize: chunkSize)
    }

    /// Reads bytes in memory `chunkSize` at a time, exactly as a file would be read.
    init(bytes: [UInt8], chunkSize: Int) {
        if chunkSize >= bytes.count {
            // One chunk: share the caller's array instead of copying it.
            source = JSONByteStream(bytes: bytes, chunkSize: chunkSize, next: bytes.count)
            buffer = bytes
            atEndOfInput = true
        } else {
            source = JSONByteStream(bytes: bytes, chunkSize: chunkSize)
        }
    }

    /// How many bytes are held in memory: the current line, what follows it, at most one chunk more.
    var bufferedByteCount: Int { buffer.count }

    /// The next non-blank line, parsed.
    ///
    /// - Returns: the line's 1-based number in the file, its value, and its text without the line
    ///   terminator (to quote in a reject); `nil` at the end of the file.
    /// - Throws: ``JSONError`` with the position in the file when the line is not one valid JSON
    ///   text, or with `line` 0 when the file cannot be read.
    public mutating func next() throws(JSONError) -> (line: Int, node: JSONNode, raw: String)? {
        rejectedLine = ""
        if let encodingFailure { throw encodingFailure }
        while true {
            guard let (lineEnd, terminatorLength) = try findLineEnd() else { return nil }
            // The last chunk read may have taken the line past the limit before its end showed.
            if lineEnd - start > maxLineBytes { throw lineTooLong(lineNumber + 1) }
            lineNumber += 1
            let lineStart = start
            start = lineEnd + terminatorLength
            scanned = start
            let parsed: (line: Int, node: JSONNode, raw: String)?
            do {
                parsed = try buffer.withUnsafeBufferPointer {
                    (all) throws(JSONError) -> (line: Int, node: JSONNode, raw: String)? in
                    let text = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                    if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
                    let node = try JSONParser.parse(
                        text, maxDepth: JSONParser.defaultMaxDepth, firstLine: lineNumber,
                        baseOffset: bufferOffset + lineStart, skipsByteOrderMark: false, endDescription: JSONParser.Scanner.endOfLine)
                    return (lineNumber, node, String(decoding: text, as: UTF8.self))
                }
            } catch {
                if let stop = encodingError(lineStart..<lineEnd) {
                    encodingFailure = stop
                    throw stop
                }
                rejectedLine = String(decoding: buffer[lineStart..<lineEnd], as: UTF8.self)
                throw error
            }
            if let parsed { return parsed }
        }
    }

    /// The error for the first byte of the line at `range` that is not UTF-8 text, worded as the
    /// parser words it; nil when the line is text. Asked only once the line failed to parse: a line
    /// that parses has been validated by the parser.
    private func encodingError(_ range: Range<Int>) -> JSONError? {
        buffer.withUnsafeBufferPointer { all -> JSONError? in
            let line = UnsafeBufferPointer(rebasing: all[range])
            guard let (index, failure) = CSVUTF8Validator.firstFailure(in: line) else { return nil }
            let offset = bufferOffset + range.lowerBound + index
            // Columns count UTF-16 code units (`ColumnCount`): every byte before the failure is valid UTF-8.
            let column = line[..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : ColumnCount.columns(ofLead: $1)) }
            return JSONError(line: lineNumber, column: column, byteOffset: offset,
                             message: CSVUTF8Validator.message(for: failure, atByteOffset: offset))
        }
    }

    /// Finds the end of the line starting at `start`, reading more when needed: the offset of its
    /// terminator (or of the end of the input) and the terminator's length; `nil` when no line is left.
    private mutating func findLineEnd() throws(JSONError) -> (Int, Int)? {
        while true {
            if !checkedByteOrderMark {
                if buffer.count - start < 3 && !atEndOfInput {
                    try readChunk()
                    continue
                }
                checkedByteOrderMark = true
                if buffer.count - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB,
                    buffer[start + 2] == 0xBF
                {
                    start += 3
                    scanned = start
                }
            }
            let found = buffer.withUnsafeBufferPointer { bytes -> Int? in
                var index = scanned
                while index < bytes.count {
                    if bytes[index] == 0x0A || bytes[index] == 0x0D { return index }
                    index += 1
                }
                return nil
            }
            if let found {
                if buffer[found] == 0x0A { return (found, 1) }
                // A CR: a CRLF when an LF follows, which may be in the next chunk.
                if found + 1 < buffer.count { return (found, buffer[found + 1] == 0x0A ? 2 : 1) }
                if atEndOfInput { return (found, 1) }
                scanned = found
            } else {
                scanned = buffer.count
                if atEndOfInput { return start < buffer.count ? (buffer.count, 0) : nil }
            }
            try readChunk()
        }
    }

    /// Drops the consumed bytes and appends the next chunk, or notes the end of the input.
    private mutating func readChunk() throws(JSONError) {
        // A file that is not NDJSON (a JSON array on one line, a binary file) would otherwise be
        // held whole in memory as one "line". The whole file is refused: its lines are in doubt.
        // A CR at the very end is the line's terminator, waiting to see whether an LF follows.
        let pendingCR = buffer.last == 0x0D ? 1 : 0
        if buffer.count - start - pendingCR > maxLineBytes { throw lineTooLong(lineNumber + 1) }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            bufferOffset += start
            scanned -= start
            start = 0
        }
        if try !source.append(to: &buffer) { atEndOfInput = true }
    }

    /// The error for a line over ``maxLineBytes``, at the line's start (`FILE:LINE:1`, as every
    /// other input error): it stops the reader, as an encoding error does, since the rest of the
    /// line cannot be skipped without reading it whole.
    private mutating func lineTooLong(_ line: Int) -> JSONError {
        let limit = maxLineBytes >= 1 << 20 ? "\(maxLineBytes >> 20) MB" : "\(maxLineBytes) bytes"
        let error = JSONError(
            line: line, column: 1, byteOffset: bufferOffset + start,
            message: "this line is longer than \(limit); expected one JSON object per line, of at most \(limit)")
        encodingFailure = error
        return error
    }
}
