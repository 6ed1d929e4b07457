/// One record read by a ``CSVReader``, viewed in the reader's buffers.
///
/// A record does not own its data, which is what lets the reader return records without
/// allocating; it is only valid until the reader's next call to ``CSVReader/next()``, and any
/// use after that stops the program with a precondition failure. Fields are decoded (quotes
/// removed, `""` turned into `"`) but kept as UTF-8 bytes: ``withUTF8(at:_:)`` hands them out
/// without copying, for parsing numbers and dates straight from the bytes, and
/// ``string(at:)`` builds a `String` only when one is needed. Every field is known to be
/// valid UTF-8, since the reader rejects anything else.
///
/// Field indices run from 0 to ``count`` − 1; any other index is a programming error and traps.
public struct CSVRecord {
    let reader: CSVReader
    let generation: UInt64

    /// The 1-based physical line on which the record starts.
    ///
    /// Line breaks inside quoted fields count, so this is the line an editor shows, not the
    /// record number; CRLF counts as one line break.
    public let line: Int

    /// The number of fields.
    ///
    /// An empty line is one empty field, so that the ingest layer, which knows how many fields
    /// the header has, can report it as "empty line; expected N fields" or skip it.
    public let count: Int

    /// The first quote out of place in this record (``CSVError/Kind/unexpectedQuote`` or
    /// ``CSVError/Kind/unexpectedCharacterAfterQuote``), or nil. The fields of such a record are
    /// read as if the quote were data; the records after it are read normally.
    public let problem: CSVError?

    init(reader: CSVReader, generation: UInt64, line: Int, count: Int, problem: CSVError? = nil) {
        self.reader = reader
        self.generation = generation
        self.line = line
        self.count = count
        self.problem = problem
    }

    /// Field `index`, decoded, as a `String`.
    ///
    /// Quotes are removed and `""` becomes `"`; line breaks inside a quoted field are kept
    /// exactly as in the file (CRLF stays CRLF), since they are data. This allocates for fields
    /// longer than 15 bytes; to parse numbers or dates, ``withUTF8(at:_:)`` avoids the `String`.
    public func string(at index: Int) -> String {
        String(decoding: bytes(at: index), as: UTF8.self)
    }

    /// Whether field `index` is empty.
    ///
    /// An empty field may be written as nothing or as `""`; the two are deliberately not
    /// distinguished: RFC 4180 gives them the same meaning, and
    /// deciding whether empty means NULL is the ingest layer's job, per column.
    public func isEmpty(at index: Int) -> Bool {
        bytes(at: index).isEmpty
    }

    /// Calls `body` with the decoded UTF-8 bytes of field `index`.
    ///
    /// The bytes are not copied: they are the reader's own buffer, except for quoted fields with
    /// doubled quotes, which were unescaped into a scratch buffer while parsing. The buffer is
    /// only valid inside `body`; do not let it escape, and do not call ``CSVReader/next()`` from
    /// inside `body`. The method is inlinable so that `body` is specialized into the caller's
    /// loop instead of going through a generic call per field.
    @inlinable
    public func withUTF8<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(bytes(at: index))
    }

    /// The 1-based column where field `index` starts: its first byte, or its opening quote.
    ///
    /// Columns count UTF-16 code units from the start of the field's physical line, not counting
    /// a byte order mark, as an editor's go-to-position reads them (`ColumnCount`). Positions are
    /// computed for the whole record on the first call, so asking for every field costs one pass
    /// over the record.
    public func column(at index: Int) -> Int {
        checkIndex(index)
        reader.parser.pointee.computeFieldPositions()
        return reader.parser.pointee.fieldColumns[index]
    }

    /// The 1-based physical line where field `index` starts.
    ///
    /// It is later than ``line`` when an earlier quoted field of the record spans several
    /// lines; with ``column(at:)`` it lets a reject message point at the exact field.
    public func line(at index: Int) -> Int {
        checkIndex(index)
        reader.parser.pointee.computeFieldPositions()
        return reader.parser.pointee.fieldLines[index]
    }

    /// The line and column just past the record's last character, where a field it leaves out
    /// would go: a row with too few fields is pointed at there, not at the start of its last field.
    public var end: (line: Int, column: Int) {
        reader.checkValid(generation)
        let parser = reader.parser
        return parser.pointee.location(of: parser.pointee.recordStart + parser.pointee.recordLength)
    }

    /// The record's text exactly as it appears in the file, without its line terminator.
    ///
    /// Quotes, doubled quotes and embedded line breaks are kept, so reject logs show what the
    /// file said rather than an interpretation of it. A byte order mark at the start of the file
    /// is not part of the first record.
    public var rawText: String {
        reader.checkValid(generation)
        return reader.parser.pointee.rawText
    }

    /// The decoded bytes of field `index`, after checking that the record is still current and
    /// the index in range; the one entry point through which every field access goes.
    @usableFromInline
    func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        checkIndex(index)
        return reader.parser.pointee.fieldBytes(index)
    }

    private func checkIndex(_ index: Int) {
        reader.checkValid(generation)
        precondition(index >= 0 && index < count, "CSVRecord field index \(index) out of range 0..<\(count)")
    }
}

@available(*, unavailable, message: "CSVRecord views a CSVReader's buffers and is only valid until its next read")
extension CSVRecord: Sendable {}
