#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming, strict reader of RFC 4180 CSV and TSV files that reports every defect with its
/// exact line, column and byte offset.
///
/// The reader exists because research data arrives as large delimited files of uneven quality,
/// and ingest must be both fast and unforgiving: fast so that millions of rows load in seconds,
/// unforgiving so that nothing is stored that the file does not literally say. It therefore
/// works on raw bytes, never builds a `String` unless asked, and stops at the first defect:
///
/// - an unterminated quoted field, a quote inside an unquoted field, or anything but a
///   delimiter or line end after a closing quote;
/// - bytes that are not well-formed UTF-8 (overlong forms, surrogates, code points above
///   U+10FFFF, cut-off sequences), and NUL bytes.
///
/// What it accepts: fields separated by the dialect's delimiter; quoted fields containing
/// delimiters, `""` for a quote, and line breaks; records ended by CRLF, LF or a bare CR, mixed
/// freely; a missing final line break. A UTF-8 byte order mark at the very start is skipped and
/// does not count as a column. An empty line is returned as a record with one empty field: it is
/// the ingest layer, which knows the expected field count from the header, that decides whether
/// that is an error. Likewise the reader does not compare field counts between records.
///
/// Memory stays bounded by the chunk size and the longest record, not by the file: the file is
/// read `chunkSize` bytes at a time, and only the current record is kept. The buffer doubles when
/// a record does not fit beside a chunk, so the worst case is about twice the longer of the
/// longest record and the chunk size. An unterminated quote makes the rest of the file one
/// record, so on such a file the reader holds the rest of the file before reporting the error.
///
/// A reader is not thread-safe; use one per task.
public final class CSVReader {
    /// The parser, allocated once and never moved; see ``CSVParser`` for why it sits behind a
    /// pointer. ``CSVRecord`` reads the current record's fields through it.
    let parser: UnsafeMutablePointer<CSVParser>

    /// Opens the file at `path` for reading `chunkSize` bytes at a time.
    ///
    /// Only opening happens here; reading and validation happen in ``next()``, so a bad file is
    /// reported with the position of its first defect rather than up front.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - dialect: Which delimiter separates fields.
    ///   - chunkSize: How many bytes each `read(2)` asks for; must be positive. The default of
    ///     1 MiB amortises system calls; tiny values exist to test chunk-boundary handling.
    /// - Throws: ``CSVError`` with kind ``CSVError/Kind/io`` if the file cannot be opened.
    /// 64 MB: far above any real field (a 10 MB field is fine), far below what would strain memory.
    public static let defaultMaxRecordBytes = 64 << 20

    public init(path: String, dialect: CSVDialect = .csv, chunkSize: Int = 1 << 20) throws(CSVError) {
        precondition(chunkSize > 0, "CSVReader chunkSize must be positive")
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let reason = CSVParser.describeErrno(errno)
            throw CSVError(kind: .io, line: 0, column: 0, byteOffset: 0, message: "cannot open '\(path)': \(reason)")
        }
        parser = UnsafeMutablePointer<CSVParser>.allocate(capacity: 1)
        parser.initialize(
            to: CSVParser(fileDescriptor: descriptor, path: path, dialect: dialect, chunkSize: chunkSize))
    }

    /// Reads CSV or TSV text that is already in memory.
    ///
    /// The bytes are copied, so the caller's array may change afterwards; useful for tests and
    /// for small inputs that did not come from a file.
    public init(bytes: [UInt8], dialect: CSVDialect = .csv) {
        parser = UnsafeMutablePointer<CSVParser>.allocate(capacity: 1)
        parser.initialize(to: CSVParser(bytes: bytes, dialect: dialect))
    }

    deinit {
        parser.pointee.release()
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Reads the next record, or returns nil at the end of the input.
    ///
    /// The returned record is a view into the reader's reusable buffers, which is what keeps
    /// reading allocation-free; it is only valid until the next call to `next()`. Using it after
    /// that stops the program with a precondition failure rather than returning another
    /// record's data. Copy out what you need (``CSVRecord/string(at:)``) before moving on.
    ///
    /// - Throws: ``CSVError`` at the first defect in the input that leaves the end of its record
    ///   in doubt (an unterminated quote, invalid UTF-8, a NUL byte, a record over the size
    ///   limit), or if reading fails. After such an error, every later call throws it again: the
    ///   positions of whatever follows cannot be trusted. A quote out of place inside a record is
    ///   not thrown but reported on the record (``CSVRecord/problem``), and reading goes on.
    public func next() throws(CSVError) -> CSVRecord? {
        guard try parser.pointee.next() else { return nil }
        return CSVRecord(
            reader: self, generation: parser.pointee.generation, line: parser.pointee.recordLine,
            count: parser.pointee.spanCount, problem: parser.pointee.recordProblem)
    }

    /// How many bytes of the input have been consumed: the offset just past the last record
    /// returned (its line terminator and a leading byte order mark included), or the whole
    /// input once ``next()`` has returned nil.
    ///
    /// Meant for progress reporting against the file size; it advances record by record,
    /// independently of how far ahead the reader has read.
    public var bytesRead: Int { parser.pointee.bytesConsumed }

    /// Stops with a clear message when a record is used after the reader moved past it.
    func checkValid(_ generation: UInt64) {
        precondition(
            generation == parser.pointee.generation,
            "CSVRecord used after CSVReader.next() was called again; copy what you need before reading on")
    }
}

@available(*, unavailable, message: "CSVReader has mutable state and reusable buffers; use one per task")
extension CSVReader: Sendable {}
