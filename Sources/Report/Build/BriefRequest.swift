/// What to put in a brief: the filters, and the words around them.
public struct BriefRequest: Sendable {
    public var filters: BriefFilters
    /// The title; nil for one made from the scope ("Forced labour in Asia and the Pacific: the published figures").
    public var title: String?
    /// The date printed on the brief, YYYY-MM-DD.
    public var date: String
    /// The command that reproduces the brief, for its provenance section.
    public var command: String

    public init(filters: BriefFilters, title: String? = nil, date: String, command: String) {
        self.filters = filters
        self.title = title
        self.date = date
        self.command = command
    }
}
