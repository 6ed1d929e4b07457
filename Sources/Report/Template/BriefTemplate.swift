import Mustache

/// A brief template parsed and checked against the brief's data model, ready to render.
///
/// `BriefRenderer.checkTemplate` makes one before a brief is built (a template with a tag no
/// brief can fill is refused before any query runs) and `BriefRenderer.render(_:template:)`
/// renders it, so the command parses and checks the template once. Only `checkTemplate` makes
/// one, so a template that renders has been checked.
public struct BriefTemplate: Sendable {
    /// The template file as given on the command line, for messages.
    public let path: String
    /// The parsed template; for a format other than html it starts with the text content type.
    let parsed: MustacheTemplate
}
