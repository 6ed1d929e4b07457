extension Audit {
    /// The findings of `measure-above-whole` and `parts-above-total` that name a figure of one
    /// ingest batch, with check's own messages and rows: what ingest warns about in the rows it
    /// just loaded.
    ///
    /// Why check's rules and not ingest's own: a second implementation would one day name other
    /// pairs than `tipdb check` and the brief do. Restricted to the batch, the rules read only the
    /// batch's figures and those of the same measures, places and periods, by the figure indexes;
    /// the caller runs this only while those indexes exist (a bulk load drops them until it ends).
    ///
    /// - Parameter batch: the `ingest_batches` id of the load.
    /// - Returns: at most one finding per check, in check's order; empty when the batch passes.
    public func loadedBatchFindings(batch: Int64) throws -> [Finding] {
        var findings: [Finding] = []
        var parts: [String] = []
        try partMeasuresAboveWholes(batch: batch) { parts.append($0) }
        if !parts.isEmpty {
            findings.append(Finding(severity: .warning, check: "measure-above-whole", message: Self.partMeasureAboveWholeMessage, rows: parts))
        }
        let sums = try subgroupFindings(batch: batch).sums
        if !sums.isEmpty {
            findings.append(Finding(severity: .warning, check: "parts-above-total", message: Self.partsAboveTotalMessage, rows: sums))
        }
        return findings.sorted { $0.check < $1.check }
    }
}
