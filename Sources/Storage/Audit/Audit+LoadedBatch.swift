extension Audit {
    /// The findings of `measure-above-whole`, `parts-above-total`, `same-figure-twice`, `series-jump`,
    /// `estimate-under-count-measure`, `period-after-publication` and `period-ends-after-publication`
    /// that name a figure of one ingest batch, and of `source-without-date` that name a source of
    /// it, with check's own messages and rows: what ingest warns about in the rows it just loaded.
    ///
    /// Why check's rules and not ingest's own: a second implementation would one day name other
    /// pairs than `tipdb check` and the brief do. Restricted to the batch, the rules read only the
    /// batch's figures and those of the same measures, places and periods, by the figure indexes
    /// (the last three read only the batch's own figures, by `figures_by_batch`, and their sources;
    /// `source-without-date` reads the sources table, which holds a few thousand rows at most);
    /// the caller runs this only while those indexes exist (a bulk load drops them until it ends).
    ///
    /// - Parameter batch: the `ingest_batches` id of the load.
    /// - Returns: at most one finding per check, in check's order; empty when the batch passes.
    public func loadedBatchFindings(batch: Int64) throws -> [BatchFinding] {
        var findings: [BatchFinding] = []
        func add(_ check: String, _ message: String, _ rows: [(text: String, keys: [String])], namesSources: Bool = false) {
            guard !rows.isEmpty else { return }
            findings.append(BatchFinding(
                finding: Finding(severity: .warning, check: check, message: message, rows: rows.map(\.text)), keys: rows.map(\.keys),
                namesSources: namesSources))
        }
        var parts: [(text: String, keys: [String])] = []
        try partMeasuresAboveWholes(batch: batch) { parts.append(($0, $1)) }
        add("measure-above-whole", Self.partMeasureAboveWholeMessage, parts)
        add("parts-above-total", Self.partsAboveTotalMessage, try subgroupFindingRows(batch: batch).sums)
        var jumps: [(text: String, keys: [String])] = []
        try seriesJumps(batch: batch) { jumps.append(($0, $1)) }
        add("series-jump", Self.seriesJumpMessage, jumps)
        var twice: [(text: String, keys: [String])] = []
        try sameFiguresTwice(batch: batch) { twice.append(($0, $1)) }
        add("same-figure-twice", Self.sameFigureMessage, twice)
        var estimates: [(text: String, keys: [String])] = []
        try estimateUnderCountMeasure(batch: batch) { estimates.append(($0, $1)) }
        add("estimate-under-count-measure", Self.estimateUnderCountMeasureMessage, estimates)
        var starts: [(text: String, keys: [String])] = []
        try periodsAfterPublication(batch: batch) { starts.append(($0, $1)) }
        add("period-after-publication", Self.periodAfterPublicationMessage, starts)
        var ends: [(text: String, keys: [String])] = []
        try periodsEndingAfterPublication(batch: batch) { ends.append(($0, $1)) }
        add("period-ends-after-publication", Self.periodEndsAfterPublicationMessage, ends)
        var undated: [(text: String, keys: [String])] = []
        try sourcesWithoutDate(batch: batch) { undated.append(($0, $1)) }
        add("source-without-date", Self.sourceWithoutDateMessage, undated, namesSources: true)
        return findings.sorted { $0.finding.check < $1.finding.check }
    }
}
