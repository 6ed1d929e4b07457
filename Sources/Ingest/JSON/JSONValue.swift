/// A JSON value as written in an analyst's file, with every nested value carrying its position.
///
/// Numbers are kept as their literal text rather than converted to `Double`: a figure such as
/// `2450000` or `1.4e6` must reach the database exactly as the analyst wrote it, and only the
/// caller knows whether it expects an integer, a decimal or a count that may exceed 64 bits.
/// Objects are kept as an ordered list of members, duplicates included, so that validation can
/// report a duplicated key at its own position instead of silently keeping one of them.
public indirect enum JSONValue: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its literal text exactly as written (`"2450000"`, `"1.4e6"`, `"-0.5"`).
    /// The text always matches the RFC 8259 number grammar; its range is not checked.
    case number(String)
    /// A string, with its escapes decoded (`\u00e9` becomes `é`, surrogate pairs are combined).
    case string(String)
    /// An array's elements, in order.
    case array([JSONNode])
    /// An object's members, in the order written, duplicates included.
    case object([JSONMember])
}

/// One `"key": value` member of an object, with the position of its key.
///
/// The key's position is kept separately from the value's because errors such as "unknown field"
/// or "duplicate key" are about the key, and should point at it.
public struct JSONMember: Equatable, Sendable {
    /// The key, with its escapes decoded.
    public var key: String
    /// The 1-based line of the key's opening quote.
    public var keyLine: Int
    /// The 1-based column of the key's opening quote, counted in Unicode scalars (UTF-8 lead bytes).
    public var keyColumn: Int
    /// The member's value, with its own position.
    public var value: JSONNode

    public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
