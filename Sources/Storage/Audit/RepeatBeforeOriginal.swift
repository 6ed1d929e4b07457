/// A figure that repeats (cites) a figure first published after it: one row of
/// `repeat-before-original`, as `tipdb check` lists it and ingest refuses it.
///
/// Why a record, not check's row text: ingest words the same finding as an error at the row's
/// `cites` cell, and a key cannot be read back out of the text (keys may hold spaces and
/// parentheses).
public struct RepeatBeforeOriginal: Sendable, Equatable {
    /// The repeating figure, its source and that source's date.
    public var figure: String
    public var source: String
    public var published: String
    /// The figure it cites, that figure's present source and its date.
    public var cited: String
    public var citedSource: String
    public var citedPublished: String

    public init(figure: String, source: String, published: String, cited: String, citedSource: String, citedPublished: String) {
        self.figure = figure
        self.source = source
        self.published = published
        self.cited = cited
        self.citedSource = citedSource
        self.citedPublished = citedPublished
    }

    /// The row as `tipdb check` lists it.
    public var checkRow: String {
        "\(figure) (\(source), published \(published)) cites \(cited) (\(citedSource), published \(citedPublished))"
    }

    /// Which repeats `Audit.repeatsBeforeOriginal(among:_:)` looks at.
    public enum Scope: Sendable, Equatable {
        /// Every figure that cites another: `tipdb check`.
        case all
        /// The figures ingest batch `id` wrote (inserted or updated) that cite another: ingest
        /// refuses them.
        case citingFiguresOfBatch(Int64)
        /// The figures whose own source, or whose cited figure's source, ingest batch `id` wrote
        /// (a sources file that changed a date).
        case sourcesOfBatch(Int64)
        /// The figures that cite a figure ingest batch `id` wrote (a figures file that moved a
        /// cited figure to a later source).
        case citedFiguresOfBatch(Int64)
        /// The figures of these keys that cite another: the links of the chains a brief or
        /// `tipdb report lineage` shows, which they flag as check lists them.
        case figures([String])
    }
}
