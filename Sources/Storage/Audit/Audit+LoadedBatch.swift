extension Audit {
    /// The findings of `measure-above-whole`, `parts-above-whole`, `sub-periods-off-total`, `parts-above-total`, `subgroup-above-total`, `regions-above-region`, `countries-above-region`, `shares-above-whole`, `fraction-as-percent`, `same-figure-twice`, `series-jump`,
    /// `repeat-changed` (`repeatsThatChange(batch:)`), `estimate-under-count-measure`, `period-after-publication`, `period-ends-after-publication`
    /// `period-not-publication-year`, `quote-contradicts-value` and `part-as-country` that name a figure of one ingest batch, and of `source-without-date`, `accessed-before-publication`, `same-doi` and `same-source-twice` that
    /// name a source of it, with check's own messages and rows: what ingest warns about in the rows it just loaded.
    ///
    /// Why check's rules and not ingest's own: a second implementation would one day name other
    /// pairs than `tipdb check` and the brief do. Restricted to the batch, the rules read only the
    /// batch's figures and those of the same measures, places and periods, by the figure indexes
    /// (the last three read only the batch's own figures, by `figures_by_batch`, and their sources;
    /// `source-without-date` reads the sources table, which holds a few thousand rows at most);
    /// the caller runs this only while those indexes exist (a bulk load drops them until it ends).
    ///
    /// - Parameters:
    ///   - batch: the `ingest_batches` id of the load.
    ///   - command: the batches of the ingest command that wrote `batch` (`repeatsThatChange(batch:command:)`
    ///     leaves a repeat one of them wrote to its own file).
    /// - Returns: at most one finding per check, in check's order; empty when the batch passes.
    public func loadedBatchFindings(batch: Int64, command: [Int64] = []) throws -> [BatchFinding] {
        var findings: [BatchFinding] = []
        /// Runs one rule restricted to the batch and keeps its rows as a finding when it names any.
        func add(
            _ check: String, _ message: String, namesSources: Bool = false,
            _ rule: (_ row: (_ text: String, _ keys: [String]) -> Void) throws -> Void
        ) throws {
            var rows: [(text: String, keys: [String])] = []
            try rule { rows.append(($0, $1)) }
            guard !rows.isEmpty else { return }
            findings.append(BatchFinding(
                finding: Finding(
                    severity: .warning, check: check, message: message, rows: rows.map(\.text),
                    rowKeys: rows.map { FindingKeys(kind: namesSources ? FindingKeys.source : FindingKeys.figure, keys: $0.keys) }),
                keys: rows.map(\.keys),
                namesSources: namesSources))
        }
        try add("measure-above-whole", Self.partMeasureAboveWholeMessage) { try partMeasuresAboveWholes(batch: batch, $0) }
        try add("parts-above-whole", Self.partsAboveWholeMessage) { try partsAboveWholes(batch: batch, $0) }
        try add(Self.subPeriodsCheck, Self.subPeriodsMessage) { try subPeriodSums(batch: batch, $0) }
        // One reading of the batch's groups for both subgroup rules, as check reads them once (`subgroupScan`).
        let (above, sums) = try subgroupFindingRows(batch: batch)
        try add("parts-above-total", Self.partsAboveTotalMessage) { row in for sum in sums { row(sum.text, sum.keys) } }
        try add("subgroup-above-total", Self.subgroupAboveTotalMessage) { row in for pair in above { row(pair.text, pair.keys) } }
        try add(Self.regionsAboveRegionCheck, Self.regionsAboveRegionMessage) { try regionsAboveRegions(batch: batch, $0) }
        try add("countries-above-region", Self.countriesAboveRegionMessage) { try countriesAboveRegions(batch: batch, $0) }
        try add("shares-above-whole", Self.sharesAboveWholeMessage) { try sharesAboveWholes(batch: batch, $0) }
        try add(Self.fractionAsPercentCheck, Self.fractionAsPercentMessage) { try fractionsAsPercents(batch: batch, $0) }
        try add("series-jump", Self.seriesJumpMessage) { try seriesJumps(batch: batch, $0) }
        try add("same-figure-twice", Self.sameFigureMessage) { try sameFiguresTwice(batch: batch, $0) }
        try add("repeat-changed", Self.repeatChangedMessage) { try repeatsThatChange(batch: batch, command: command, $0) }
        try add("estimate-under-count-measure", Self.estimateUnderCountMeasureMessage) { try estimateUnderCountMeasure(batch: batch, $0) }
        try add("period-after-publication", Self.periodAfterPublicationMessage) { try periodsAfterPublication(batch: batch, $0) }
        try add("period-ends-after-publication", Self.periodEndsAfterPublicationMessage) { try periodsEndingAfterPublication(batch: batch, $0) }
        try add("period-not-publication-year", Self.periodNotPublicationYearMessage) { try periodsNotPublicationYear(batch: batch, $0) }
        try add(Self.quoteContradictsValueCheck, Self.quoteContradictsValueMessage) { try quotesContradictingValues(batch: batch, $0) }
        try add(Self.partAsCountryCheck, Self.partAsCountryMessage) { try partsAsCountries(batch: batch, $0) }
        try add("source-without-date", Self.sourceWithoutDateMessage, namesSources: true) { try sourcesWithoutDate(batch: batch, $0) }
        try add(Self.accessedBeforePublicationCheck, Self.accessedBeforePublicationMessage, namesSources: true) { try accessedBeforePublication(batch: batch, $0) }
        try add("same-doi", Self.sameDOIMessage, namesSources: true) { try sameDOIs(batch: batch, $0) }
        try add("same-source-twice", Self.sameSourceMessage, namesSources: true) { try sameSources(batch: batch, $0) }
        return findings.sorted { $0.finding.check < $1.finding.check }
    }
}
