/// An output buffer of UTF-8 bytes that renderers append text to.
///
/// Appending to a `[UInt8]` is a plain copy; appending millions of small pieces to one growing
/// `String` costs several times more (a brief over a large database has millions of pieces).
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    static func += (buffer: inout TextBuffer, text: String) {
        // One copy of the string's bytes: appending its `utf8` view went byte by byte (5 % of a
        // 100,000-figure brief's instructions).
        var text = text
        text.withUTF8 { buffer.bytes.append(contentsOf: $0) }
    }

    /// The text; the bytes came from Swift strings, so they are valid UTF-8.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension TextBuffer {
    mutating func append(_ other: TextBuffer) {
        bytes.append(contentsOf: other.bytes)
    }
}

/// Appends for the figures tables, which write some twenty pieces a row for every figure: each
/// copies bytes straight into the buffer, with no `String` made on the way.
extension TextBuffer {
    /// A constant text such as `" | "`.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A text escaped for Markdown (`MarkdownText.escape`).
    mutating func append(markdown text: String) {
        MarkdownText.appendEscaped(text, to: &bytes)
    }

    /// A text escaped for XML and HTML (`XMLText.escape`): copied as it is when it has nothing to escape.
    mutating func append(xml text: String) {
        var text = text
        text.withUTF8 { append(xml: $0) }
    }

    /// UTF-8 bytes escaped for XML and HTML, as `append(xml:)` escapes a text.
    mutating func append(xml utf8: UnsafeBufferPointer<UInt8>) {
        if XMLText.hasNothingToEscape(utf8) {
            bytes.append(contentsOf: utf8)
        } else {
            var escaped = XMLText.escaping(String(decoding: utf8, as: UTF8.self))
            escaped.withUTF8 { bytes.append(contentsOf: $0) }
        }
    }

    /// A whole number in decimal digits, as `String(number)` writes it.
    mutating func append(decimal number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
