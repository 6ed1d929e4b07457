import Storage

/// Ingest's warnings about a part larger than its whole (a measure, a sum of measures, a subgroup, a sum of subgroups, regions of one system summed above one containing them, shares adding up to more than 100 percent), a jump in a series, one source's figure
/// held under two keys, a repeat that changes what it cites, an estimate under a measure of counts,
/// or a period after its source's publication, among the figures a file just loaded: `tipdb check`'s
/// `measure-above-whole`, `parts-above-whole`, `parts-above-total`, `subgroup-above-total`, `regions-above-region`, `countries-above-region`, `shares-above-whole`, `fraction-as-percent`, `same-figure-twice`, `repeat-changed`, `series-jump`,
/// `estimate-under-count-measure`, `period-after-publication`, `period-ends-after-publication`, `period-not-publication-year` and `quote-contradicts-value` rules, restricted to the file's
/// batch (`Audit.loadedBatchFindings`), so that ingest, check and the brief name the same figures;
/// and, for a sources file, `source-without-date` and `accessed-before-publication` on the sources it loaded.
///
/// Why only while the figure indexes exist: restricted to a batch, the rules look up the figures
/// of the batch's measures, places and periods by index. A bulk load (as many new figures as the
/// table held, and at least 10,000: `Database.deferringFigureIndexes`) drops those indexes until
/// it ends, and its batch is then most of the table, so the rules would read every figure again
/// after the rebuild; such a load gets a note pointing to `tipdb check` instead of the warnings.
enum LoadedFigureCheck {
    /// The rows of one check listed as warnings before "and N more".
    static let rowLimit = 20

    /// The warnings for the figures of `batch`, loaded from `file`; one per row found, at most
    /// `rowLimit` per check, then one saying how many more `tipdb check` lists.
    ///
    /// Each row's warning is placed at the row of `file` that gave the first figure the row names
    /// of those this file gave (`position` of a key: where this file read it, or nil for a figure
    /// of another file): `x-state (5000) > x-fl (1000)` at x-state's row, where the reader looks
    /// first, so that an editor or CI log jumps to it (review W27); `RecordCells` then moves it to
    /// the cell the rule blames there (`cells(of:)`: x-state's value). "N more" is about no row.
    ///
    /// A row naming a figure of `withdrawn` is left out: under `--on-error abort` a figure refused
    /// for its `cites` stays written until the rollback, where `skip` takes it back out, and both
    /// modes list the same warnings; a derived count refused by disclosure control is written until
    /// the command's rollback, and its refusal is all that is said of it.
    ///
    /// - Parameter subgroupsWarned: whether the file's loader already warned of each subgroup above
    ///   its total (a GLOTIP export, `SubgroupCheck`, in the export's own words): `subgroup-above-total`
    ///   is then left out, not said twice.
    ///
    /// - Parameter command: the batches of this ingest command, `batch` among them: a repeat one
    ///   of them wrote is warned of in its own file, not also at the original another file gave.
    static func warnings(
        db: Database, batch: Int64, kind: RecordKind?, file: String, command: [Int64] = [], withdrawn: Set<String> = [], subgroupsWarned: Bool = false,
        position: (_ key: String, _ kind: RecordKind) -> (line: Int, column: Int)?
    ) throws -> [RowWarning] {
        var warnings: [RowWarning] = []
        // A dataset's own sources are written by its loader, which says what it knows of them.
        for batchFinding in try Audit(db: db).loadedBatchFindings(batch: batch, command: command)
        where (!batchFinding.namesSources || kind == .sources) && !(subgroupsWarned && batchFinding.finding.check == "subgroup-above-total") {
            let finding = batchFinding.finding
            let keyKind: RecordKind = batchFinding.namesSources ? .sources : .figures
            // In the file's line order, as its errors are listed (check lists the rows by key, so
            // line 11 came before line 3): the first `rowLimit` in the file are the ones shown.
            let placed = zip(finding.rows, batchFinding.keys).filter { $0.1.allSatisfy { !withdrawn.contains($0) } }.map { row, keys in
                (row: row, at: keys.compactMap { position($0, keyKind) }.first ?? (0, 0))
            }
            let ordered = placed.enumerated().sorted { a, b in
                let (x, y) = (a.element.at, b.element.at)
                if (x.line == 0) != (y.line == 0) { return y.line == 0 }
                return (x.line, x.column, a.offset) < (y.line, y.column, b.offset)
            }.map(\.element)
            let (cells, emptyCellCounts) = cells(of: finding.check)
            for (row, at) in ordered.prefix(rowLimit) {
                let issue = IngestIssue(file: file, line: at.line, column: at.column, message: "\(finding.check): \(row): \(finding.message)")
                var warning = RowWarning(issue, cells: cells, emptyCellCounts: emptyCellCounts)
                if finding.check == "source-without-date" {
                    let message = finding.message
                    warning.unreadDateMessage = { text in "source-without-date: \(row): issued \"\(text)\" is not a date tipdb reads (expected "
                        + "{\"date-parts\": [[YYYY, M, D]]}, or raw text such as 2019, 2019-03, March 2019 or 15 March 2019); \(message)" }
                }
                warnings.append(warning)
            }
            let more = placed.count - rowLimit
            if more > 0 {
                var unlisted = IngestIssue(
                    file: file, line: 0, column: 0,
                    message: "\(finding.check): \(more) more such row\(more == 1 ? "" : "s") in this file's \(batchFinding.namesSources ? "sources" : "figures"); tipdb check lists every one")
                unlisted.unlistedRows = more
                warnings.append(RowWarning(unlisted))
            }
        }
        return warnings
    }

    /// The fields whose cell a row of `check` blames, in order of preference (`RowWarning`): the
    /// number compared for the rules about sizes, the period (or the end of it the rule is about)
    /// for the rules about publication, what the message asks to correct for the others.
    ///
    /// Why not the key: the key cell (or column 1, or where a JSON record starts) is rarely what
    /// is wrong, and an editor or CI log jumping there leaves the reader to find the cell.
    static func cells(of check: String) -> (cells: [String], emptyCellCounts: Bool) {
        switch check {
        // A figure given as a range is compared at its low end.
        case "measure-above-whole", "parts-above-whole", "sub-periods-off-total", "parts-above-total", "subgroup-above-total", "regions-above-region", "countries-above-region",
             "shares-above-whole", "series-jump": (["value", "low", "high"], false)
        // The number typed as a fraction; a range-only share at its upper end, the number judged.
        case Audit.fractionAsPercentCheck: (["value", "high", "low"], false)
        // A renamed key or a row typed twice: the key tells the two apart (a derived one stays at the row's start).
        case "same-figure-twice": (["key"], false)
        // A repeat's cites; a revised original has none and stays at its row's start.
        case "repeat-changed": (["cites"], false)
        // The message's first remedy: a measure of prevalence estimates.
        case "estimate-under-count-measure": (["measure"], false)
        case "period-after-publication": (["period_start", "period"], false)
        case "period-ends-after-publication": (["period_end", "period"], false)
        case "period-not-publication-year": (["period", "period_start"], false)
        // The number typed is more often wrong than the sentence copied; the quote next.
        case "quote-contradicts-value": (["value", "low", "high", "quote"], false)
        // The notes say which part the figure covers; the breakdown cell to fill may not exist.
        case Audit.partAsCountryCheck: (["notes"], false)
        // The empty date cell is the one to fill; a file without the column stays at the row's start.
        case "source-without-date": (["date"], true)
        // The day read is the date most often mistyped (an earlier visit's); the date cell next.
        case "accessed-before-publication": (["accessed", "date", "issued"], false)
        case "same-doi": (["doi"], false)
        case "same-source-twice": (["title"], false)
        default: ([], false)
        }
    }

    /// The note for a file of a bulk load that wrote figures, which the rules were not run on.
    static func bulkNote(db: Database, batch: Int64) throws -> String? {
        guard try db.integer("SELECT EXISTS (SELECT 1 FROM figures WHERE batch_id = ?)", [batch]) != 0 else { return nil }
        return "a bulk load: a measure larger than the broader measure it is part of (measure-above-whole), measures adding up to more "
            + "than the broader measure they are part of (parts-above-whole), quarters or months adding up to more than their year (sub-periods-off-total), a subgroup larger than its total (subgroup-above-total), subgroups adding up to more than their total (parts-above-total), regions of one system adding up to more than one containing them (regions-above-region), countries adding up to more than their region (countries-above-region), shares adding up to more than 100 percent (shares-above-whole), shares that are all at most 1 (fraction-as-percent), a figure 10 times the one before it in its series (series-jump), one source's "
            + "figure under two keys (same-figure-twice), a repeat that changes what it cites (repeat-changed), "
            + "an estimate under a measure of counts (estimate-under-count-measure), "
            + "a period that starts or ends after its source's publication (period-after-publication, period-ends-after-publication), "
            + "a publication-year period that is not its source's publication year (period-not-publication-year), "
            + "a quote whose numbers are not the figure's (quote-contradicts-value), "
            + "a country's figure whose notes say it covers one part (part-as-country) "
            + "and stored repeats this load made earlier than what they cite (repeat-before-original) are not looked for "
            + "among its figures, which would take a second reading of the table; tipdb check lists them"
    }
}
