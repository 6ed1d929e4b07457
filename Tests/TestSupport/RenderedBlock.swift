/// One block of Markdown as a real CommonMark renderer shows it (`CommonMarkRenderer`): where it
/// sits (`ul>li>p`, `h2`, `table`), the text a reader sees, the links and any raw HTML.
public struct RenderedBlock: Decodable, Equatable, Sendable {
    /// The containers from the outside in, ending with the block itself: `h1`, `p`, `ul>li>p`, `table`, `code`.
    public var block: String
    /// The text a reader sees (nil for a table): emphasis markers gone, escapes undone, entities decoded.
    public var text: String?
    /// A table's rows of cell texts, the header row first.
    public var rows: [[String]]?
    /// The links in the block, with the address each points at.
    public var links: [RenderedLink]?
    /// Raw HTML the renderer passed through: data that became markup shows up here.
    public var html: [String]?
}
