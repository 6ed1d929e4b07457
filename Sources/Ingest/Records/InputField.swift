/// One named value of an input record, with where it starts in the file.
public struct InputField: Sendable, Equatable {
    /// The column or member name as written (case preserved, for messages).
    public var name: String
    /// The text of the value; nil for a JSON null.
    public var value: String?
    public var line: Int
    public var column: Int
    /// Where the name is written, for an error about the name itself (a JSON member no contract
    /// knows); 0 when the name has no place of its own (a CSV header is checked once).
    public var nameLine = 0
    public var nameColumn = 0

    public init(name: String, value: String?, line: Int, column: Int) {
        self.name = name
        self.value = value
        self.line = line
        self.column = column
    }
}
