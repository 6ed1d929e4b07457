/// A figure whose lineage passes through another: it cites that figure, or cites one that does,
/// and so on down the chain.
///
/// Why a record of its own: `tipdb report lineage` lists these under "Repeated by", and `tipdb
/// retract` names them when it refuses to withdraw the figure they rest on; both read them with
/// one query (`Database.figuresResting(on:)`), so the two never name different figures.
public struct RestingFigure: Sendable, Equatable {
    public var key: String
    public var source: String
    /// The figure it cites: the figure asked about at depth 1, another resting figure below.
    public var cites: String
    /// How many links away from the figure asked about (1: it cites that figure).
    public var depth: Int

    public init(key: String, source: String, cites: String, depth: Int) {
        (self.key, self.source, self.cites, self.depth) = (key, source, cites, depth)
    }
}
