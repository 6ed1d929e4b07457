/// The figure a search result repeats (its `cites`), as `tipdb search` names it.
///
/// Why `retracted` beside the source: `tipdb retract` and ingest refuse to leave a figure citing
/// a withdrawn one, but a file written by another program, or with foreign keys off, may; such a
/// repeat then rests on nothing in the database, and the result must not read as sourced.
public struct RepeatedFigure: Sendable, Equatable, Encodable {
    /// The cited figure's key.
    public var key: String
    /// The cited figure's source key; nil when the figure is not in the database.
    public var source: String?
    /// The label briefs cite that source by; nil when it has none or the figure is not in the database.
    public var sourceLabel: String?
    /// Whether `tipdb retract` withdrew the cited figure; nil (left out of the JSON) when it is in
    /// the database, false when it is missing for another reason.
    public var retracted: Bool?
    /// What `tipdb report lineage` flags of this link, in its words with their full stops ("Wire
    /// Agency 2022 repeats an earlier number of Daily Courier 2015: 750,000, since revised to
    /// 75,000."); nil, and left out, when it flags nothing (`Search.run`'s `repeatFlags`).
    public var flags: [String]?

    public init(key: String, source: String? = nil, sourceLabel: String? = nil, retracted: Bool? = nil, flags: [String]? = nil) {
        self.key = key
        self.source = source
        self.sourceLabel = sourceLabel
        self.retracted = retracted
        self.flags = flags
    }

    /// What a result writes in parentheses after the key: the source's label (its key when it has
    /// none), `retracted`, or `not in the database`.
    var whose: String {
        if let source { return sourceLabel ?? source }
        return retracted == true ? "retracted" : "not in the database"
    }
}
