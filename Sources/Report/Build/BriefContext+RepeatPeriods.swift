import Storage

/// The reference period a figure's number describes, which for a repeat is not the one it is
/// filed under.
///
/// Why: a repeat's number is its original's, and so is its period. A blog of 2025 that repeats
/// ILO 2005's 2.45 million (1995-2004), filed under 2025, still describes 1995-2004 (`tipdb
/// check`'s `repeat-changed` flags the re-dating); read at its own period it was a "later figure"
/// in the key figure's age caution and covered 2025 in the data gaps, news of a year no source
/// counted.
extension BriefContext {
    /// The figure whose period `figure`'s number describes: `figure` itself when it cites nothing
    /// (nil when its source does not state the period, `FigureRecord.periodUnstated`); for a
    /// repeat, the figure its chain of `cites` ends at, when that figure cites nothing (a primary
    /// figure, or one only reported) and its source states the period; nil for a chain that
    /// breaks off (a key not in the database, a loop), whose number's period is not known.
    func datingFigure(_ figure: FigureRecord) -> FigureRecord? {
        guard figure.cites != nil else { return figure.periodUnstated ? nil : figure }
        let chain = lineage(figure)
        guard chain.ending == .primary || chain.ending == .unsourced, let original = chain.last, !original.periodUnstated
        else { return nil }
        return original
    }
}
