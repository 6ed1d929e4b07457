/// A link in rendered Markdown: the address it points at and the text it shows.
public struct RenderedLink: Decodable, Equatable, Sendable {
    public var href: String
    public var text: String
    public var image: Bool?

    public init(href: String, text: String) {
        self.href = href
        self.text = text
    }
}
