import Storage

/// An output buffer of UTF-8 bytes that renderers append text to.
///
/// Appending millions of small pieces to one growing `String` costs several times more than
/// copying bytes (a brief over a large database has millions of pieces). The bytes live in a
/// `ByteBuffer`, not a `[UInt8]`: the array's `append(contentsOf:)` spent some 90 instructions a
/// call on checks and generic copying before the copy itself, 200M instructions over an HTML
/// brief of 100,000 figures, whose rows are written in some twenty pieces each
/// (`valgrind --tool=callgrind`, BENCHMARKS.md). A value that shares its buffer (a copy of a
/// `TextBuffer`) gets a buffer of its own before it is written to, as an array would. A large
/// buffer appended is kept as a piece (`append(_:)`), and `bytes` copies the pieces out once.
struct TextBuffer {
    /// Whole buffers written before `storage`, in order: large buffers appended (`append(_:)`)
    /// are kept as they are rather than copied in.
    private var earlier: [ByteBuffer] = []
    private var storage: ByteBuffer

    init(capacity: Int) {
        storage = ByteBuffer(capacity: capacity)
    }

    /// The buffer, made this value's own if another value shares it.
    private mutating func unique() -> ByteBuffer {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The bytes written, copied out once.
    var bytes: [UInt8] {
        guard !earlier.isEmpty else { return storage.withUnsafeBytes { Array($0) } }
        let total = earlier.reduce(storage.count) { $0 + $1.count }
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            func copy(_ piece: ByteBuffer) {
                piece.withUnsafeBytes { bytes in
                    guard let from = bytes.baseAddress, let to = buffer.baseAddress else { return }
                    (to + initialized).initialize(from: from, count: bytes.count)
                    initialized += bytes.count
                }
            }
            for piece in earlier { copy(piece) }
            copy(storage)
        }
    }

    /// Calls `body` with the bytes written, piece by piece in order, not copied out (`bytes`).
    ///
    /// Why: copying an HTML brief over 100,000 figures (33 MB) into one array filled 33 MB of
    /// fresh memory (its page faults and zeroing) on the command's last stretch, which nothing else
    /// ran beside, only for the array to be copied again into the file (`perf`, session 61).
    func withPieces<R>(_ body: ([UnsafeRawBufferPointer]) throws -> R) throws -> R {
        let pieces = earlier + [storage]
        var held: [UnsafeRawBufferPointer] = []
        held.reserveCapacity(pieces.count)
        // Each piece's bytes are valid inside its own `withUnsafeBytes`, so the calls are nested.
        func nested(_ index: Int) throws -> R {
            guard index < pieces.count else { return try body(held) }
            return try pieces[index].withUnsafeBytes { bytes in
                held.append(UnsafeRawBufferPointer(bytes))
                return try nested(index + 1)
            }
        }
        return try nested(0)
    }

    /// Appends UTF-8 bytes.
    mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        unique().append(base, length: utf8.count)
    }

    /// Appends one byte of UTF-8.
    mutating func append(byte: UInt8) {
        unique().append(byte)
    }

    static func += (buffer: inout TextBuffer, text: String) {
        // One copy of the string's bytes: appending its `utf8` view went byte by byte (5 % of a
        // 100,000-figure brief's instructions).
        var text = text
        text.withUTF8 { buffer.append(utf8: $0) }
    }

    /// The text; the bytes came from Swift strings, so they are valid UTF-8.
    var text: String {
        guard earlier.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        return storage.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}

extension TextBuffer {
    /// A buffer appended at this size or larger is kept as a piece of this one, not copied in.
    static let pieceSize = 1 << 16

    /// Appends `other`'s text: a large one (a slice of the figures tables) by keeping its buffers
    /// as pieces, which `bytes` copies once. Why: copied in and then copied out again, the
    /// figures tables of an HTML brief over 100,000 figures (33 MB) were written twice into
    /// fresh memory on the brief's last stretch, which nothing else ran beside (`perf`, session 59).
    /// The pieces are shared, not changed: a buffer written to again is copied first (`unique`).
    mutating func append(_ other: TextBuffer) {
        if other.earlier.isEmpty && other.storage.count < Self.pieceSize {
            other.storage.withUnsafeBytes { append(utf8: $0) }
            return
        }
        if storage.count > 0 {
            earlier.append(storage)
            storage = ByteBuffer(capacity: Self.pieceSize)
        }
        earlier += other.earlier
        earlier.append(other.storage)
    }
}

/// Appends for the figures tables, which write some twenty pieces a row for every figure: each
/// copies bytes straight into the buffer, with no `String` made on the way.
extension TextBuffer {
    /// A constant text such as `" | "`.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(utf8: $0) }
    }

    /// A text escaped for Markdown (`MarkdownText.escape`).
    mutating func append(markdown text: String) {
        MarkdownText.appendEscaped(text, to: &self)
    }

    /// A text escaped for XML and HTML (`XMLText.escape`): copied as it is when it has nothing to escape.
    mutating func append(xml text: String) {
        var text = text
        text.withUTF8 { append(xml: $0) }
    }

    /// UTF-8 bytes escaped for XML and HTML, as `XMLText.escape` escapes a text: `&`, `<`, `>`,
    /// `"` and `'` as entities, a control character other than tab, line feed and carriage return
    /// dropped, and U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`) dropped.
    ///
    /// Byte by byte, the runs between those copied whole: `XMLText.escaping` built a new `String`
    /// scalar by scalar, 27,000 instructions for a note of a figures table (which holds a quote,
    /// so always has something to escape), 258M over the notes of a 100,000-figure HTML brief
    /// (`callgrind`). In valid UTF-8 a byte below 0x80 is always a whole scalar and `EF` always
    /// starts a three-byte one, so the bytes give what the scalars gave.
    mutating func append(xml utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress, !XMLText.hasNothingToEscape(utf8) else {
            append(utf8: utf8)
            return
        }
        let count = utf8.count
        var written = 0
        var index = 0
        while index < count {
            let byte = base[index]
            let entity: StaticString
            var length = 1
            switch byte {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            case 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case 0x00..<0x20: entity = ""
            case 0xEF where index + 2 < count && base[index + 1] == 0xBF && (base[index + 2] == 0xBE || base[index + 2] == 0xBF):
                entity = ""
                length = 3
            default:
                index += 1
                continue
            }
            if index > written { append(utf8: UnsafeBufferPointer(start: base + written, count: index - written)) }
            if entity.utf8CodeUnitCount > 0 { append(entity) }
            index += length
            written = index
        }
        if count > written { append(utf8: UnsafeBufferPointer(start: base + written, count: count - written)) }
    }

    /// A whole number in decimal digits, as `String(number)` writes it.
    mutating func append(decimal number: Int) {
        if number < 0 { append(byte: UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(utf8: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
