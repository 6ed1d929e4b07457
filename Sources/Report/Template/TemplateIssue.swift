/// A tag of a brief template that would render as nothing whatever the data: a field the brief's
/// data model never has, a transform that does not apply, a partial.
public struct TemplateIssue: Equatable, Sendable, CustomStringConvertible {
    /// The template file as given on the command line.
    public let path: String
    public let line: Int
    public let column: Int
    /// What is wrong and what was expected.
    public let message: String

    /// `brief.mustache:3:5: unknown field "titel"; did you mean "title"? ...`: the form an editor
    /// jumps to, as ingest writes its errors.
    public var description: String { "\(path):\(line):\(column): \(message)" }
}
