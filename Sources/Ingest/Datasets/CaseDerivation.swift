import Foundation
import Storage

/// `tipdb derive ctdc`: counts of people by the chosen dimensions, with every margin, and
/// shares over the multi-select flags, from one version of a case-level dataset, stored as
/// figures (method `derived`) under disclosure control.
///
/// Counts below the minimum cell size are stored censored (`<11`: value NULL, low 1, high 10),
/// further counts are suppressed until none can be worked out from the published ones (see
/// ``DisclosureControl``), and a share is only computed over a published denominator that
/// reveals no small count.
///
/// The counting and the audit run in a read transaction, which blocks no other writer; the
/// write lock is taken only to write the figures, after checking that nothing the audit read has
/// changed meanwhile, and if it has, the lock is let go and the audit done again in a new snapshot
/// (see `CaseDerivation+Snapshot`). A dry run never takes the write lock.
public struct CaseDerivation {
    let db: Database
    let options: DeriveOptions
    /// For tests only: runs inside each read transaction, after the audit and before the write
    /// lock is taken, where a test writes from another connection as another process could.
    var afterAudit: (() throws -> Void)?

    public init(db: Database, options: DeriveOptions) {
        self.db = db
        self.options = options
        afterAudit = nil
    }

    public func run() throws -> DerivationReport {
        guard !options.dimensions.isEmpty else { throw DeriveError.noDimensions }
        guard options.minCell >= 2 else { throw DeriveError.minCellTooSmall(options.minCell) }
        let dimensions = Array(Set(options.dimensions)).sorted()
        for attempt in 0..<Self.snapshotAudits {
            let (snapshot, dryRun) = try reading { () throws -> (AuditedTable, DerivationReport?) in
                let audited = try audit(by: dimensions)
                try afterAudit?()
                guard options.dryRun else { return (audited, nil) }
                // What a real run would write, worked out in the same snapshot, writing nothing.
                return (audited, try publish(audited, writing: false))
            }
            if let dryRun { return dryRun }
            var audited = snapshot
            audited.reaudited = attempt > 0
            if let report = try write(audited) { return report }
        }
        // What the audit reads changed after every snapshot: audited once more under the lock,
        // where nothing can change, so that a busy dataset still gets its table.
        return try db.transaction(.immediate) {
            try db.deferringFigureSearchIndex {
                var current = try audit(by: dimensions)
                current.reaudited = true
                return try publish(current, writing: true)
            }
        }
    }

    /// How many times a derivation audits in a read snapshot before it audits under the write
    /// lock: the second audit, needed when another process changed what the first one read, can
    /// take minutes too, and under the lock it kept every other writer out for as long.
    static let snapshotAudits = 3

    /// Writes `audited` under the write lock if nothing its audit read has changed; nil, having
    /// written nothing and let the lock go, if something has.
    private func write(_ audited: AuditedTable) throws -> DerivationReport? {
        do {
            return try db.transaction(.immediate) { () throws -> DerivationReport in
                // Thrown, not returned: a commit, even of nothing, would switch a rollback-mode
                // file to WAL (`switchesToWALOnCommit`), and a derivation refused later must leave
                // the file as it was.
                guard try audited.inputs.unchanged(in: db) else { throw StaleAudit() }
                return try db.deferringFigureSearchIndex { try publish(audited, writing: true) }
            }
        } catch is StaleAudit {
            return nil
        }
    }

    /// Counts the table by `dimensions` and audits it with the tables derived before; only reads.
    private func audit(by dimensions: [CaseDimension]) throws -> AuditedTable {
        let dataset = try DatasetVersion.find(options.dataset, version: options.version, in: db)
        let inputs = try AuditInputs(dataset: dataset.name, in: db)
        if case .integer(let earlier)? = try db.scalar("SELECT min_cell FROM derivations WHERE dataset_id = ? ORDER BY id LIMIT 1", [dataset.id]),
           Int(earlier) != options.minCell {
            throw DeriveError.minCellChanged(dataset: dataset.name, version: dataset.version, earlier: Int(earlier), given: options.minCell)
        }
        if let same = try SamePeople.find(for: dataset, in: db) {
            // The same file as this very version: its tables are this version's, under another name.
            let sameFile = same.evidence == .sameFile && same.matched.id == dataset.id
            throw DeriveError.samePeople(account: same.account, dataset: dataset.name, other: same.other.name, sameFile: sameFile)
        }
        let held = try heldRows(of: dataset)
        guard held == dataset.rows else {
            throw DeriveError.caseRowsGone(dataset: dataset.name, version: dataset.version, held: held, rows: dataset.rows, deriving: nil)
        }
        let tally = try CaseTally(db: db, dataset: dataset.id, variant: dataset.variant, dimensions: dimensions)
        guard let years = tally.years else { throw DeriveError.noYears(dataset: dataset.name) }
        let figures = DerivedFigures(tally: tally, dataset: dataset, minCell: options.minCell, years: years)
        let table = CellTable(tally: tally, figures: figures)

        let audited = try audit(
            table, of: dataset, earlier: try tables(of: dataset, besides: dimensions), versions: try otherVersions(of: dataset))
        var outcome = audited.outcome
        // Only this table's counts are written; one an earlier derivation suppressed keeps the
        // bound it was published with when that is tighter: the reader has it already.
        outcome.primary = outcome.primary.filter { $0 < table.keys.count }
        outcome.secondary = outcome.secondary.filter { $0 < table.keys.count }
        for (cell, bound) in audited.bounds where cell < table.keys.count {
            outcome.upperBounds[cell] = min(bound, outcome.upperBounds[cell] ?? bound)
        }
        var result = AuditedTable(dataset: dataset, dimensions: dimensions, figures: figures, table: table, outcome: outcome, inputs: inputs)
        (result.otherTablesSmall, result.smallChangesAgainst) = (audited.otherTablesSmall, audited.smallChangesAgainst)
        return result
    }

    /// Writes the audited table's figures and its derivation, or, not `writing` (a dry run), only
    /// works out what a real run would write; the report either way.
    private func publish(_ audited: AuditedTable, writing: Bool) throws -> DerivationReport {
        let (dataset, dimensions, figures, table, outcome) =
            (audited.dataset, audited.dimensions, audited.figures, audited.table, audited.outcome)
        var report = DerivationReport(
            dataset: dataset.name, version: dataset.version, variant: dataset.variant, sha256: dataset.sha256,
            source: dataset.source, dimensions: dimensions, minCell: options.minCell)
        report.people = table.tally.people
        report.rowsRejected = dataset.rowsRejected
        report.dryRun = !writing
        let now = Timestamp.now()
        var batch = IngestBatch(
            file: "derive ctdc --dataset \(dataset.name) --by \(dimensions.map(\.rawValue).joined(separator: ","))",
            sha256: dataset.sha256, size: 0, format: "derive", kind: "figures", startedAt: now,
            options: "{\"dimensions\":\"\(dimensions.map(\.rawValue).joined(separator: ","))\",\"min_cell\":\(options.minCell),\"version\":\(dataset.version)}")
        if writing { batch.id = try db.insertBatch(batch) }
        var writer = FigureWriter(db: db, batch: batch.id, now: now, vocabulary: try Vocabulary(db: db),
                                  retracted: try RetractedKeys.read(from: db), previewing: !writing)

        for (id, cell) in table.cells.enumerated() {
            // A cell that breaks down a group below the minimum is never written (`CellTable`).
            if table.withheld.contains(id) {
                report.withheld += 1
                continue
            }
            let hidden = outcome.primary.contains(id) || outcome.secondary.contains(id)
            let (figure, breakdowns, formerNotes) = figures.count(cell, value: hidden ? nil : table.values[id], high: outcome.upperBounds[id])
            let kept = try count(try writer.write(figure, breakdowns: breakdowns, line: 0, formerNotes: formerNotes), of: figure.key,
                                 retracted: writer.retracted, into: &report)
            try refuseSmallKept(figure.key, kept: kept)
            report.counts += 1
            // As a brief prints it: below its published upper bound (at least the minimum cell).
            let shown = !hidden ? String(table.values[id]) : "<\(Int(figure.high ?? Double(options.minCell - 1)) + 1)"
            report.lines.append(.init(figure: figure.key, cell: figures.words(cell), kind: "count", shown: shown, keeping: kept))
        }
        report.suppressed = outcome.primary.subtracting(table.withheld).count
        report.protected = outcome.secondary.subtracting(table.withheld).count
        report.withheldGroups = table.withheldGroups.count
        if report.withheld > 0 {
            let named = table.withheldGroups.prefix(5).map { figures.words(table.cells[$0]) }.joined(separator: "; ")
            let more = table.withheldGroups.count > 5 ? "; and \(table.withheldGroups.count - 5) more" : ""
            report.notes.append(
                "\(report.withheld) breakdown cells withheld (not written, empty combinations included): the groups of fewer than "
                    + "\(options.minCell) people are published as a total only (\(named)\(more)), since a breakdown, even of <\(options.minCell) "
                    + "counts, would show which categories everyone in the group falls into")
        }
        (report.otherTablesSmall, report.smallChangesAgainst) = (audited.otherTablesSmall, audited.smallChangesAgainst)
        try writeShares(table, figures: figures, hidden: outcome.primary.union(outcome.secondary), writer: &writer,
                        report: &report)
        report.lines.sort { NaturalOrder.precedes($0.figure, $1.figure) }

        if writing {
            try db.execute(
                """
                INSERT INTO derivations (dataset_id, dimensions, min_cell, counts, suppressed, protected, shares, batch_id, derived_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [dataset.id, dimensions.map(\.rawValue).joined(separator: ","), options.minCell, report.counts, report.suppressed,
                 report.protected, report.shares, batch.id, now])
            try db.finishBatch(batch.counting(report), at: Timestamp.now())
            report.batch = batch.id
        }
        if let coverage = dataset.coverage(minCell: options.minCell) {
            report.notes.append("dataset \(dataset.name) version \(dataset.version) was loaded with --on-error skip and holds \(coverage): these figures count only the rows it holds, and their notes say so")
        }
        if audited.reaudited {
            report.notes.append("another process changed dataset \(dataset.name)'s versions, derivations or derived figures while derive counted (or derived a first table from another dataset, which may hold the same people): the table was audited again with them before writing")
        }
        report.notes.append("cite as: \(dataset.title) (dataset \(dataset.name) version \(dataset.version), sha256 \(dataset.sha256)), derived by tipdb; source \(dataset.source)")
        return report
    }

    /// Shares over each multi-select dimension, with CTDC's denominator: the people in the
    /// enclosing cell with at least one flag of the group recorded.
    private func writeShares(
        _ table: CellTable, figures: DerivedFigures, hidden: Set<Int>, writer: inout FigureWriter,
        report: inout DerivationReport
    ) throws {
        for (index, dimension) in table.tally.dimensions.enumerated() where dimension.isMultiSelect {
            let unrecorded = table.tally.code(of: CaseTally.notRecorded, at: index)
            for (id, cell) in table.cells.enumerated() {
                // An empty cell withheld with its small group (`CellTable`) never had a share.
                guard table.values[id] > 0 else { continue }
                guard let label = table.tally.label(of: cell, at: index), label != CaseTally.notRecorded else { continue }
                var enclosing = cell
                enclosing[index] = -1
                guard let total = table.ids[enclosing] else { continue }
                var missing = cell
                missing[index] = unrecorded ?? -2
                let missingID = table.ids[missing]
                let unrecordedCount = missingID.map { table.values[$0] } ?? 0
                let denominator = table.values[total] - unrecordedCount
                let rule = ShareRule(minCell: options.minCell)
                guard !hidden.contains(id), !hidden.contains(total), missingID.map({ !hidden.contains($0) }) ?? true,
                      let percent = rule.percent(count: table.values[id], total: table.values[total], unrecorded: unrecordedCount)
                else {
                    report.sharesWithheld += 1
                    continue
                }
                let (figure, breakdowns, formerNotes) = figures.share(cell, over: dimension, percent: percent, denominator: denominator)
                let kept = try count(try writer.write(figure, breakdowns: breakdowns, line: 0, formerNotes: formerNotes), of: figure.key,
                                     retracted: writer.retracted, into: &report)
                report.shares += 1
                report.lines.append(.init(figure: figure.key, cell: figures.words(cell), kind: "share",
                                          shown: FigureBuilder.format(percent) + "%", keeping: kept))
            }
        }
    }

    /// Counts `result` into `report`, with its notes; returns the fields a correction set that the
    /// derivation kept, for the figure's line.
    private func count(
        _ result: FigureWriter.Result, of key: String, retracted: RetractedKeys, into report: inout DerivationReport
    ) throws -> [KeptCorrection] {
        if case .refused(let problems) = result {
            throw DeriveError.figureRefused(reason: problems.joined(separator: "; "))
        }
        if case .retracted = result {
            report.retracted += 1
            if let note = retracted.note(for: key, remedy: RetractedKeys.deriveRemedy) { report.notes.append(note) }
            return []
        }
        guard case .written(let outcome, let kept) = result else { return [] }
        report.notes += KeptCorrectionNote.notes(kept, from: .derivation).map(\.message)
        switch outcome {
        case .inserted: report.inserted += 1
        case .updated: report.updated += 1
        case .unchanged: report.unchanged += 1
        }
        return kept
    }

    /// Counts of the dataset version whose source is `source` that derivations already published,
    /// or suppressed with an upper bound (`bounds`, by cell).
    func previouslyPublished(
        _ cells: CombinedCells, source: String
    ) throws -> (visible: Set<Int>, suppressed: Set<Int>, bounds: [Int: Int]) {
        var visible = Set<Int>()
        var suppressed = Set<Int>()
        var bounds: [Int: Int] = [:]
        let prefix = source + "/count"
        for row in try db.rows("SELECT key, censored, high FROM figures WHERE source = ? AND method = 'derived'", [source]) {
            guard let key = row.string("key"), key.hasPrefix(prefix), let id = cells.byKey[key] else { continue }
            guard row.int("censored") == 1 else {
                visible.insert(id)
                continue
            }
            suppressed.insert(id)
            if let high = row.double("high") { bounds[id] = Int(high) }
        }
        return (visible, suppressed, bounds)
    }

    /// The tables derivations of `dataset` made (by the dimensions the `derivations` table
    /// records), counted again from the same cases, except one by `dimensions` when given.
    func tables(of dataset: DatasetVersion, besides dimensions: [CaseDimension]?) throws -> [CellTable] {
        var tables: [CellTable] = []
        var seen: Set<[CaseDimension]> = dimensions.map { [$0] } ?? []
        for row in try db.rows("SELECT dimensions FROM derivations WHERE dataset_id = ? ORDER BY id", [dataset.id]) {
            let earlier = (row.string("dimensions") ?? "").split(separator: ",").compactMap { CaseDimension(rawValue: String($0)) }
            guard !earlier.isEmpty, seen.insert(Array(Set(earlier)).sorted()).inserted else { continue }
            let tally = try CaseTally(db: db, dataset: dataset.id, variant: dataset.variant, dimensions: Array(Set(earlier)).sorted())
            guard let years = tally.years else { continue }
            let figures = DerivedFigures(tally: tally, dataset: dataset, minCell: options.minCell, years: years)
            tables.append(CellTable(tally: tally, figures: figures))
        }
        return tables
    }
}
