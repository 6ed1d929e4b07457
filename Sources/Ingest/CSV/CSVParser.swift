#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state and the byte loop behind ``CSVReader``.
///
/// It is a value type that the reader keeps behind a pointer it allocates once: calls then reach
/// its fields directly, without the dynamic exclusivity checks (or copies of the whole struct)
/// that accessing a class's stored `var` would cost on every record and every field access.
///
/// Memory layout. One buffer holds the input: bytes before ``recordStart`` are done with, the
/// current record starts at ``recordStart``, and ``pos`` is the scan position. When the scan
/// reaches the end of the data, the record's bytes are moved to the front of the buffer and the
/// next chunk is read after them; the buffer only grows when a single record no longer fits
/// beside a chunk. The record therefore stays contiguous and in place, so unquoted fields and
/// quoted fields without `""` are handed out as views into the buffer, and only quoted fields
/// with doubled quotes are copied (unescaped) into ``scratch``. Field boundaries are kept in
/// ``spans`` relative to ``recordStart``, so moving the record does not invalidate them.
/// Peak memory is therefore about twice the longer of the longest record and the chunk size
/// (the buffer doubles when it grows), plus the spans and scratch of the widest record.
struct CSVParser {
    /// Where one field of the current record is.
    struct Span {
        /// The field's first byte (its opening quote, if quoted), relative to the record start.
        ///
        /// Kept apart from `start` because positions are reported where a field begins in the
        /// file, while a quoted field's content starts a byte later or lives in the scratch buffer.
        var rawStart: Int
        /// Start of the decoded content: relative to the record start, or an index into
        /// ``CSVParser/scratch`` when `inScratch`.
        var start: Int
        /// End (exclusive) of the decoded content, in the same coordinates as `start`.
        var end: Int
        /// Whether the content was unescaped into the scratch buffer.
        var inScratch: Bool
    }

    /// Where the scan is within a record.
    ///
    /// The scan is a state machine so that it can stop at the end of the data read so far and
    /// resume after the next chunk arrives without rescanning the record.
    enum State {
        /// At the start of a field or inside an unquoted one; a quote at the field's first byte
        /// opens a quoted field, a quote anywhere else is an error in CSV and data in TSV.
        case unquoted
        /// Inside a quoted field, where delimiters and line breaks are data.
        case quoted
        /// Just after a quote inside a quoted field: a second quote makes an escaped quote,
        /// anything else must end the field.
        case afterQuote
    }

    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")

    let delimiter: UInt8
    /// Whether a quote after a field's first byte is a character like any other (TSV) rather
    /// than a defect of the row (CSV); see ``CSVDialect/quoteInsideFieldIsData``.
    let quoteInsideFieldIsData: Bool
    let chunkSize: Int
    /// The longest record the parser will hold in memory. A missing closing quote turns the rest
    /// of a file into one record; this limit turns that into an error instead of unbounded memory.
    var maxRecordBytes = CSVReader.defaultMaxRecordBytes
    /// The file's path, for I/O error messages; nil for in-memory input.
    let path: String?
    /// The open file, or -1 for in-memory input and once the file is exhausted or failed.
    var fileDescriptor: Int32

    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    /// Bytes `0..<end` of the buffer hold input.
    var end = 0
    /// Bytes `0..<validEnd` are known to be well-formed UTF-8 without NUL; the scan never goes
    /// past it. If ``encodingFailure`` is set, the bad sequence starts exactly here.
    var validEnd = 0
    var pos = 0
    var recordStart = 0
    /// The input offset of `buffer[0]`, to report absolute byte offsets after compaction.
    var baseOffset = 0
    /// No more input will arrive: the file returned end-of-file, or the input was in memory.
    var atEOF: Bool
    var encodingFailure: CSVUTF8Validator.Failure?
    var checkedBOM = false
    var finished = false
    /// The error thrown earlier, thrown again by every later call: after a defect, the position
    /// of everything that follows is meaningless.
    var failure: CSVError?
    /// The first quote out of place in the current record (a stray quote in an unquoted field,
    /// text after a closing quote). In a record on one line, reading goes on past it: the
    /// record's end is certain, so the rows after it can be read, and the ingest rejects only
    /// this one. In a record over several lines it stops the reader like any other defect.
    var recordProblem: CSVError?

    /// The current record's fields: `spans[0..<spanCount]`. A raw buffer rather than an array
    /// so that appending a field is a store and an increment, without uniqueness checks.
    var spans: UnsafeMutablePointer<Span>
    var spanCount = 0
    var spanCapacity = 64
    /// Unescaped contents of quoted fields that contained `""`: `scratch[0..<scratchCount]`.
    var scratch: UnsafeMutablePointer<UInt8>
    var scratchCount = 0
    var scratchCapacity = 256
    /// The current record's length in bytes, without its line terminator.
    var recordLength = 0
    var recordLine = 1
    var nextLine = 1
    /// Incremented by every call to ``next()``, so a ``CSVRecord`` can tell it is stale.
    var generation: UInt64 = 0
    var bytesConsumed = 0

    /// Lines and columns of the current record's fields, computed on first request only, since
    /// most callers never ask and the scan costs as much as parsing the record again.
    var positionsGeneration: UInt64 = 0
    var fieldLines: [Int] = []
    var fieldColumns: [Int] = []

    /// Prepares to read an open file; the parser owns and closes the descriptor.
    init(fileDescriptor: Int32, path: String, dialect: CSVDialect, chunkSize: Int) {
        self.delimiter = dialect.delimiter
        self.quoteInsideFieldIsData = dialect.quoteInsideFieldIsData
        self.chunkSize = chunkSize
        self.path = path
        self.fileDescriptor = fileDescriptor
        self.capacity = chunkSize
        self.buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        self.atEOF = false
        self.spans = UnsafeMutablePointer<Span>.allocate(capacity: spanCapacity)
        self.scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchCapacity)
    }

    /// Prepares to read bytes already in memory, which are copied and validated at once.
    init(bytes: [UInt8], dialect: CSVDialect) {
        self.delimiter = dialect.delimiter
        self.quoteInsideFieldIsData = dialect.quoteInsideFieldIsData
        self.chunkSize = max(bytes.count, 1)
        self.path = nil
        self.fileDescriptor = -1
        self.capacity = max(bytes.count, 1)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { storage.initialize(from: base, count: source.count) }
        }
        self.buffer = storage
        self.end = bytes.count
        self.atEOF = true
        self.spans = UnsafeMutablePointer<Span>.allocate(capacity: spanCapacity)
        self.scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchCapacity)
        validate()
    }

    /// Frees the buffer and closes the file; the owning reader calls this from `deinit`.
    mutating func release() {
        closeFile()
        buffer.deallocate()
        spans.deallocate()
        scratch.deallocate()
        capacity = 0
    }

    // MARK: - Records

    /// Parses the next record into ``spans``; returns false at the end of the input.
    mutating func next() throws(CSVError) -> Bool {
        generation &+= 1
        spanCount = 0
        scratchCount = 0
        if let failure { throw failure }
        if finished { return false }
        do throws(CSVError) {
            let found = try parseRecord()
            // A quote out of place in a record that spans lines leaves its end in doubt (the
            // quote may have opened a field meant to close on this line): stop, as for any defect
            // after which positions cannot be trusted.
            if found, var problem = recordProblem, location(of: recordStart + recordLength).line != recordLine {
                problem.message += Self.inMultilineRecord
                throw problem
            }
            return found
        } catch {
            failure = error
            finished = true
            spanCount = 0
            closeFile()
            throw error
        }
    }

    /// Why a quote out of place stops the reader in a record over several lines but not in one on
    /// a single line: said in the message, since the same defect rejects only its row elsewhere.
    static let inMultilineRecord =
        "; the record also has a line break inside a quoted field, so where it ends is in doubt and the rest of the file cannot be read"

    private mutating func parseRecord() throws(CSVError) -> Bool {
        recordProblem = nil
        recordStart = pos
        recordLine = nextLine
        if !checkedBOM { try skipByteOrderMark() }
        recordStart = pos

        let quote = Self.quote
        let lf = Self.lf
        let cr = Self.cr
        let delimiter = self.delimiter
        // No structural byte is above this, and most data bytes are: one comparison skips them.
        let maxStructural = max(delimiter, quote)
        let structural = CSVStructuralBytes(delimiter: delimiter)
        var base = recordStart
        var p = buffer
        var i = pos
        var limit = validEnd
        var state = State.unquoted
        var fieldStart = 0  // raw start of the current field, relative to `base`
        var escaped = false  // the current quoted field contains `""` or a CR: it is rewritten into scratch
        var breaks = 0  // line breaks inside quoted fields of this record

        while true {
            if i == limit {
                pos = i
                if try needMore(inQuotedField: state == .quoted) {
                    base = recordStart
                    p = buffer
                    i = pos
                    limit = validEnd
                    continue
                }
                return try finishAtEndOfInput(state: state, fieldStart: fieldStart, escaped: escaped, at: i)
            }
            switch state {
            case .unquoted:
                // Unquoted fields one after another, until the record or the data ends. Structural
                // bytes are found eight at a time: `mask` marks those in the eight bytes ending at
                // `maskEnd` that have not been dealt with yet, so that a run of short fields costs
                // one word comparison per eight bytes plus a bit scan per field, with no
                // hard-to-predict branch per byte.
                var mask: UInt64 = 0
                var maskEnd = 0
                unquoted: while true {
                    var j: Int
                    while true {
                        if mask != 0 {
                            j = maskEnd - 8 + mask.trailingZeroBitCount >> 3
                            break
                        }
                        let from = max(i, maskEnd)
                        if limit - from >= 8 {
                            mask = structural.mask(at: p + from)
                            maskEnd = from + 8
                            continue
                        }
                        // Fewer than eight bytes left: byte by byte.
                        j = from
                        while j < limit {
                            let byte = p[j]
                            if byte <= maxStructural
                                && (byte == delimiter || byte == quote || byte == lf || byte == cr)
                            {
                                break
                            }
                            j += 1
                        }
                        break
                    }
                    if j == limit {
                        i = j
                        break unquoted
                    }
                    let byte = p[j]
                    if byte == delimiter {
                        appendSpan(Span(rawStart: fieldStart, start: fieldStart, end: j - base, inScratch: false))
                        mask &= mask &- 1
                        i = j + 1
                        fieldStart = i - base
                        continue unquoted
                    }
                    if byte == quote {
                        if j - base == fieldStart {
                            state = .quoted
                            escaped = false
                            i = j + 1
                            break unquoted
                        }
                        // Kept as data: the rest of the record reads as if the quote were any character.
                        if recordProblem == nil && !quoteInsideFieldIsData {
                            recordProblem = error(.unexpectedQuote, at: j, strayQuoteMessage(quote: j, fieldStart: base + fieldStart))
                        }
                        mask &= mask &- 1
                        i = j + 1
                        continue unquoted
                    }
                    appendSpan(Span(rawStart: fieldStart, start: fieldStart, end: j - base, inScratch: false))
                    try finishRecord(terminatorAt: j, breaks: breaks)
                    return true
                }
            case .quoted:
                while i < limit {
                    // Skip eight bytes at a time to the next quote or line break, then look at it
                    // (or, near the end of the data, at each byte).
                    if limit - i >= 8 {
                        let mask = structural.quotedMask(at: p + i)
                        if mask == 0 {
                            i += 8
                            continue
                        }
                        i += mask.trailingZeroBitCount >> 3
                    }
                    let byte = p[i]
                    if byte == quote { break }
                    if byte == lf {
                        if p[i - 1] != cr { breaks += 1 }  // i - 1 is at worst the opening quote
                    } else if byte == cr {
                        breaks += 1
                        escaped = true  // stored as LF
                    }
                    i += 1
                }
                if i == limit { continue }
                i += 1
                state = .afterQuote
            case .afterQuote:
                let byte = p[i]
                if byte == quote {
                    escaped = true
                    state = .quoted
                    i += 1
                } else if byte == delimiter {
                    closeQuotedField(rawStart: fieldStart, closingQuote: i - 1 - base, escaped: escaped)
                    i += 1
                    fieldStart = i - base
                    state = .unquoted
                } else if byte == lf || byte == cr {
                    closeQuotedField(rawStart: fieldStart, closingQuote: i - 1 - base, escaped: escaped)
                    try finishRecord(terminatorAt: i, breaks: breaks)
                    return true
                } else {
                    // The field goes on, unquoted, to the next delimiter or line end (quotes and all).
                    if recordProblem == nil {
                        // A TSV writer that quotes at all quotes the whole cell; say so, since
                        // TSV otherwise reads quotes as text and this one looks like the same.
                        let hint = quoteInsideFieldIsData
                            ? " (a TSV field that starts with a quote is read as quoted, as spreadsheets write it: quote the whole field and double the quotes inside it)"
                            : ""
                        recordProblem = error(
                            .unexpectedCharacterAfterQuote, at: i,
                            "expected a delimiter or end of line after the closing quote, found \(describeCharacter(at: i))\(hint)")
                    }
                    state = .unquoted
                }
            }
        }
    }

    private mutating func finishAtEndOfInput(
        state: State, fieldStart: Int, escaped: Bool, at i: Int
    ) throws(CSVError) -> Bool {
        let base = recordStart
        if i == base {
            // Nothing after the last line break: a final newline ends the last record instead
            // of starting an empty one.
            finished = true
            bytesConsumed = baseOffset + i
            closeFile()
            return false
        }
        switch state {
        case .unquoted:
            appendSpan(Span(rawStart: fieldStart, start: fieldStart, end: i - base, inScratch: false))
        case .quoted:
            let (line, column) = location(of: base + fieldStart)
            throw CSVError(
                kind: .unterminatedQuote, line: line, column: column, byteOffset: baseOffset + base + fieldStart,
                message:
                    "the quote opened at line \(line), column \(column) was never closed before the end of the input")
        case .afterQuote:
            closeQuotedField(rawStart: fieldStart, closingQuote: i - 1 - base, escaped: escaped)
        }
        recordLength = i - base
        finished = true
        bytesConsumed = baseOffset + i
        closeFile()
        return true
    }

    /// Ends the current record at its line terminator and moves past the terminator.
    ///
    /// After a CR, the next byte decides whether the line break is CR or CRLF; if it has not
    /// been read yet, it is read now, so that ``bytesConsumed`` and everything else come out
    /// the same whatever the chunk size.
    private mutating func finishRecord(terminatorAt terminator: Int, breaks: Int) throws(CSVError) {
        recordLength = terminator - recordStart
        nextLine = recordLine + breaks + 1
        pos = terminator + 1
        if buffer[terminator] == Self.cr {
            // Reading moves the record (and `pos`) but keeps it: `recordStart` is still its start.
            while pos == end && !atEOF { try refill(inQuotedField: false) }
            // An LF is always complete, valid UTF-8, so it is safe to look at before validation.
            if pos < end && buffer[pos] == Self.lf { pos += 1 }
        }
        bytesConsumed = baseOffset + pos
    }

    /// Records a quoted field whose closing quote is at `closingQuote` (relative to the record
    /// start), unescaping it into the scratch buffer if it contains doubled quotes or a CR.
    ///
    /// A line break inside a field is stored as LF whether the file wrote CRLF, CR or LF: the
    /// same file checked out with CRLF line ends (git's autocrlf) must give the same text, not an
    /// "updated" record for every multi-line quote.
    private mutating func closeQuotedField(rawStart: Int, closingQuote: Int, escaped: Bool) {
        guard escaped else {
            appendSpan(Span(rawStart: rawStart, start: rawStart + 1, end: closingQuote, inScratch: false))
            return
        }
        let scratchStart = scratchCount
        let stop = recordStart + closingQuote
        var j = recordStart + rawStart + 1
        var run = j
        while j < stop {
            if buffer[j] == Self.quote {
                // The parser only gets here with quotes in pairs: keep the first, drop the second.
                appendScratch(buffer + run, count: j + 1 - run)
                j += 2
                run = j
            } else if buffer[j] == Self.cr {
                appendScratch(buffer + run, count: j - run)
                appendScratchLF()
                j += j + 1 < stop && buffer[j + 1] == Self.lf ? 2 : 1
                run = j
            } else {
                j += 1
            }
        }
        appendScratch(buffer + run, count: stop - run)
        appendSpan(Span(rawStart: rawStart, start: scratchStart, end: scratchCount, inScratch: true))
    }

    @inline(__always)
    private mutating func appendSpan(_ span: Span) {
        if spanCount == spanCapacity { growSpans() }
        (spans + spanCount).initialize(to: span)
        spanCount += 1
    }

    private mutating func growSpans() {
        let newCapacity = spanCapacity * 2
        let newSpans = UnsafeMutablePointer<Span>.allocate(capacity: newCapacity)
        newSpans.moveInitialize(from: spans, count: spanCount)
        spans.deallocate()
        spans = newSpans
        spanCapacity = newCapacity
    }

    private mutating func appendScratchLF() {
        var lf = Self.lf
        appendScratch(&lf, count: 1)
    }

    private mutating func appendScratch(_ source: UnsafeMutablePointer<UInt8>, count: Int) {
        if scratchCount + count > scratchCapacity {
            let newCapacity = max(scratchCapacity * 2, scratchCount + count)
            let newScratch = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newScratch.moveInitialize(from: scratch, count: scratchCount)
            scratch.deallocate()
            scratch = newScratch
            scratchCapacity = newCapacity
        }
        (scratch + scratchCount).initialize(from: source, count: count)
        scratchCount += count
    }

    private mutating func skipByteOrderMark() throws(CSVError) {
        checkedBOM = true
        while validEnd < 3 && encodingFailure == nil && !atEOF { try refill(inQuotedField: false) }
        if validEnd >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            pos = 3
            bytesConsumed = baseOffset + 3
        }
    }

    // MARK: - Input

    /// Called when the scan has reached ``validEnd``: throws the encoding error that starts
    /// there, returns false at the end of the input, and otherwise reads another chunk (which
    /// may add no scannable byte yet, when it only extends a cut-off multi-byte sequence).
    /// `inQuotedField`: whether the scan stopped inside a quoted field, which decides what a
    /// record too long is probably about.
    private mutating func needMore(inQuotedField: Bool) throws(CSVError) -> Bool {
        if let encodingFailure { throw encodingError(encodingFailure) }
        if atEOF { return false }
        try refill(inQuotedField: inQuotedField)
        return true
    }

    /// Reads one chunk after the data in the buffer, first moving the current record to the
    /// front or, if the record alone leaves no room for a chunk, growing the buffer.
    private mutating func refill(inQuotedField: Bool) throws(CSVError) {
        // Checked before every read, not only when the buffer grows: growth doubles it, so a check
        // there let records of up to twice the limit through.
        if end - recordStart >= maxRecordBytes {
            let (line, column) = location(of: recordStart)
            atEOF = true
            closeFile()
            throw CSVError(
                kind: .recordTooLong, line: line, column: column, byteOffset: baseOffset + recordStart,
                message: inQuotedField
                    ? "the record starting here is longer than \(maxRecordBytes >> 20) MB; a quoted field is probably missing its closing quote"
                    : "the record starting here is longer than \(maxRecordBytes >> 20) MB, with no quoted field left open; tipdb reads records of up to \(maxRecordBytes >> 20) MB: shorten the longest field")
        }
        if capacity - end < chunkSize {
            let discard = recordStart
            if discard > 0 {
                memmove(buffer, buffer + discard, end - discard)
                end -= discard
                validEnd -= discard
                pos -= discard
                recordStart = 0
                baseOffset += discard
            }
            if capacity - end < chunkSize {
                let newCapacity = max(end + chunkSize, capacity * 2)
                let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
                newBuffer.initialize(from: buffer, count: end)
                buffer.deallocate()
                buffer = newBuffer
                capacity = newCapacity
            }
        }
        var count: Int
        repeat {
            count = read(fileDescriptor, buffer + end, chunkSize)
        } while count < 0 && errno == EINTR
        if count < 0 {
            let reason = Self.describeErrno(errno)
            closeFile()
            atEOF = true
            throw CSVError(
                kind: .io, line: 0, column: 0, byteOffset: baseOffset + end,
                message: "cannot read '\(path ?? "")' after \(baseOffset + end) bytes: \(reason)")
        }
        if count == 0 {
            atEOF = true
            closeFile()
        } else {
            end += count
        }
        validate()
    }

    /// Extends ``validEnd`` over the newly arrived bytes, stopping at the first bad sequence.
    private mutating func validate() {
        guard encodingFailure == nil else { return }
        let result = CSVUTF8Validator.validate(buffer, from: validEnd, to: end, atEndOfInput: atEOF)
        validEnd = result.validEnd
        encodingFailure = result.failure
    }

    mutating func closeFile() {
        if fileDescriptor >= 0 {
            _ = close(fileDescriptor)
            fileDescriptor = -1
        }
    }

    static func describeErrno(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    // MARK: - Positions and messages

    /// Line and column of `buffer[target]`, counted from the start of the current record, which
    /// always starts a physical line at column 1.
    ///
    /// Positions are worked out only when needed (errors, ``CSVRecord/column(at:)``), so the
    /// parsing loop does not pay for column counting on every byte.
    func location(of target: Int) -> (line: Int, column: Int) {
        var line = recordLine
        var column = 1
        var i = recordStart
        while i < target {
            Self.advance(buffer, &i, upTo: target, &line, &column)
        }
        return (line, column)
    }

    /// Steps over one byte (or a CRLF pair) for position counting: CR, LF and CRLF each start
    /// a new line, and only bytes that begin a UTF-8 character advance the column, by the UTF-16
    /// code units of the character (`ColumnCount`).
    @inline(__always)
    private static func advance(
        _ p: UnsafeMutablePointer<UInt8>, _ i: inout Int, upTo target: Int, _ line: inout Int, _ column: inout Int
    ) {
        let byte = p[i]
        if byte == lf {
            line += 1
            column = 1
        } else if byte == cr {
            line += 1
            column = 1
            if i + 1 < target && p[i + 1] == lf { i += 1 }
        } else if byte & 0xC0 != 0x80 {
            column += ColumnCount.columns(ofLead: byte)
        }
        i += 1
    }

    /// Fills the position cache for the current record's fields in one pass.
    mutating func computeFieldPositions() {
        guard positionsGeneration != generation else { return }
        fieldLines.removeAll(keepingCapacity: true)
        fieldColumns.removeAll(keepingCapacity: true)
        var line = recordLine
        var column = 1
        var i = recordStart
        for index in 0..<spanCount {
            let span = spans[index]
            let target = recordStart + span.rawStart
            while i < target {
                Self.advance(buffer, &i, upTo: target, &line, &column)
            }
            fieldLines.append(line)
            fieldColumns.append(column)
        }
        positionsGeneration = generation
    }

    private func error(_ kind: CSVError.Kind, at index: Int, _ message: String) -> CSVError {
        let (line, column) = location(of: index)
        return CSVError(kind: kind, line: line, column: column, byteOffset: baseOffset + index, message: message)
    }

    /// The text of an unquoted field before the stray quote at `quote`, for its error: `'ab'`,
    /// its last 40 bytes (from a character's start) after `…` when it is longer.
    ///
    /// Why: the position alone sent the user counting columns in a long row to find the field.
    /// Only bytes before the quote are quoted: they are held whatever the chunk size, so the
    /// message is the same however the file is read (what follows may not be read yet).
    /// What is wrong with a quote inside an unquoted field and how to mend it. After nothing but
    /// spaces (`a, "12,345"`, typed by hand with a space after each comma) the quote was meant to
    /// open the field: quoting the whole field and doubling the quote, the advice for `ab"c`, would
    /// make `" ""12"` of it, so the advice is to remove the spaces.
    private func strayQuoteMessage(quote: Int, fieldStart start: Int) -> String {
        let before = UnsafeBufferPointer(start: buffer + start, count: quote - start)
        if before.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            let what = before.count == 1 ? (before[0] == UInt8(ascii: " ") ? "a space" : "a tab") : "\(before.count) spaces or tabs"
            return "unexpected quote after \(what) at the start of an unquoted field: a quote opens a field only as its "
                + "first character; expected the quote right after the delimiter (remove \(before.count == 1 ? "it" : "them"))"
        }
        return "unexpected quote inside an unquoted field, after \(textBefore(quote: quote, fieldStart: start)); quote the whole field and double the quote"
    }

    private func textBefore(quote: Int, fieldStart start: Int) -> String {
        var from = max(start, quote - 40)
        // Bytes before the quote are valid UTF-8: step forward to the lead byte of a character cut in two.
        while from < quote, buffer[from] & 0xC0 == 0x80 { from += 1 }
        let text = String(decoding: UnsafeBufferPointer(start: buffer + from, count: quote - from), as: UTF8.self)
        return "'\(from > start ? "…" : "")\(text)'"
    }

    /// The character at `buffer[index]`, quoted and escaped for a message: `'c'`, `' '`, `'\t'`.
    private func describeCharacter(at index: Int) -> String {
        let lead = buffer[index]
        // The sequence is complete: validation stops before any cut-off sequence.
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let text = String(decoding: UnsafeBufferPointer(start: buffer + index, count: length), as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return "byte 0x\(CSVUTF8Validator.hex(lead))" }
        return "'\(scalar.escaped(asASCII: false))'"
    }

    private func encodingError(_ failure: CSVUTF8Validator.Failure) -> CSVError {
        let offset = baseOffset + validEnd
        let (line, column) = location(of: validEnd)
        return CSVError(
            kind: failure.problem == .nul ? .nulByte : .invalidUTF8,
            line: line, column: column, byteOffset: offset,
            message: CSVUTF8Validator.message(for: failure, atByteOffset: offset, fromSpreadsheet: delimiter == UInt8(ascii: ",")))
    }

    // MARK: - Field access

    /// The decoded bytes of field `index` of the current record, valid until the next record
    /// is parsed.
    func fieldBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let origin = span.inScratch ? UnsafePointer(scratch) : UnsafePointer(buffer + recordStart)
        return UnsafeBufferPointer(start: origin + span.start, count: span.end - span.start)
    }

    /// The current record's bytes exactly as in the input, without the line terminator.
    var rawText: String {
        String(decoding: UnsafeBufferPointer(start: buffer + recordStart, count: recordLength), as: UTF8.self)
    }
}
