/// What a brief was built from, for a caller that exits right after writing the brief to hold
/// to the end (`BriefBuilder.buildKeepingRecords`) rather than have it freed first.
final class KeptRecords {
    /// The brief's context: its figure set, catalog and lookups.
    let context: BriefContext
    /// The figures in reading order: a second array of the context's records, whose release
    /// decremented the count of each of 100,000 records (`perf`, session 61).
    let ordered: [FigureRecord]

    init(context: BriefContext, ordered: [FigureRecord]) {
        self.context = context
        self.ordered = ordered
    }
}
