import Storage

/// An output buffer of UTF-8 bytes that renderers append text to.
///
/// Appending millions of small pieces to one growing `String` costs several times more than
/// copying bytes (a brief over a large database has millions of pieces). The bytes live in a
/// `ByteBuffer`, not a `[UInt8]`: the array's `append(contentsOf:)` spent some 90 instructions a
/// call on checks and generic copying before the copy itself, 200M instructions over an HTML
/// brief of 100,000 figures, whose rows are written in some twenty pieces each
/// (`valgrind --tool=callgrind`, BENCHMARKS.md). A value that shares its buffer (a copy of a
/// `TextBuffer`) gets a buffer of its own before it is written to, as an array would.
struct TextBuffer {
    private var storage: ByteBuffer

    init(capacity: Int) {
        storage = ByteBuffer(capacity: capacity)
    }

    /// The buffer, made this value's own if another value shares it.
    private mutating func unique() -> ByteBuffer {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The bytes written, copied out.
    var bytes: [UInt8] { storage.withUnsafeBytes { Array($0) } }

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
    var text: String { storage.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
}

extension TextBuffer {
    mutating func append(_ other: TextBuffer) {
        other.storage.withUnsafeBytes { append(utf8: $0) }
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

    /// UTF-8 bytes escaped for XML and HTML, as `append(xml:)` escapes a text.
    mutating func append(xml utf8: UnsafeBufferPointer<UInt8>) {
        if XMLText.hasNothingToEscape(utf8) {
            append(utf8: utf8)
        } else {
            var escaped = XMLText.escaping(String(decoding: utf8, as: UTF8.self))
            escaped.withUTF8 { append(utf8: $0) }
        }
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
