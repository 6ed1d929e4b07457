/// A parsed JSON value together with where it was written.
///
/// Ingest rejects must point analysts at the exact place in their file, so every value, however
/// deeply nested, remembers its line, column and byte range. The byte range lets a caller quote the
/// raw text of one record (for example in `ingest_rejects`) without re-serialising it.
public struct JSONNode: Equatable, Sendable {
    /// The value, whose nested values are themselves `JSONNode`s.
    public var value: JSONValue
    /// The 1-based line where the value starts. Lines end at LF, CRLF (counted once) or a lone CR.
    public var line: Int
    /// The 1-based column where the value starts, counted in Unicode scalars: every byte that is
    /// not a UTF-8 continuation byte counts one, so `é` and `😀` each advance the column by one.
    /// A byte order mark at the start of the input is not counted.
    public var column: Int
    /// The byte offsets of the value's text in the input (for `NDJSONReader`, in the whole file),
    /// from its first byte to just after its last one.
    public var byteRange: Range<Int>

    public init(value: JSONValue, line: Int, column: Int, byteRange: Range<Int>) {
        self.value = value
        self.line = line
        self.column = column
        self.byteRange = byteRange
    }

    /// The value of the first member named `key` when this node is an object; `nil` when there is
    /// no such member or the node is not an object.
    ///
    /// Duplicates are kept by the parser; this returns the first one, as written. Look at
    /// ``JSONValue/object(_:)`` directly to find or reject duplicates.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}
