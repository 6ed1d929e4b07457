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
