import Storage

/// The disclosure audit of one derived table together with what a reader holds besides it, and,
/// when it refuses, which of those tables is the reason.
///
/// Why the diagnosis: a table refused only because of tables derived before it would pass on
/// its own, and a privacy officer deciding what to publish next needs to know which earlier
/// derivation leaves its small counts nothing to hide behind (review D3); the refusal used to
/// say only that it "may be" their counts. The diagnosis audits again, on the failure path only:
/// the table alone, then with each earlier table, and each other version's tables, one at a time.
extension CaseDerivation {
    /// The audit's decision for `table`'s cells (the first in `Audited.cells`), with the bounds
    /// earlier derivations published for them.
    struct Audited {
        var outcome: DisclosureControl.Outcome
        var bounds: [Int: Int]
        /// Whether tables derived before hold small counts the audit protected besides this table's.
        var otherTablesSmall = false
        /// The versions whose small changes against this table's counts the audit protected, in order.
        var smallChangesAgainst: [Int] = []
    }

    /// Audits `table` with the tables derived before from its version (`earlier`) and those of
    /// the dataset's other versions (`versions`).
    ///
    /// - Parameter unpublished: audits as if nothing had been derived before (the diagnosis's
    ///   "alone"): no count is locked as an earlier derivation published it.
    /// - Throws: `DeriveError.cannotProtect` naming the count that cannot be protected, and, when
    ///   `diagnosing`, whether the table alone could be published and which earlier tables block it.
    func audit(
        _ table: CellTable, of dataset: DatasetVersion, earlier: [CellTable],
        versions: [(version: DatasetVersion, tables: [CellTable])], diagnosing: Bool = true, unpublished: Bool = false
    ) throws -> Audited {
        // Decided over this table and every table derived before it: a reader holds them all.
        // This table's cells keep their numbers (it is added first).
        var combined = CombinedCells()
        combined.add(table)
        for other in earlier + versions.flatMap(\.tables) {
            combined.add(other)
        }
        var locks: (visible: Set<Int>, suppressed: Set<Int>, bounds: [Int: Int]) =
            unpublished ? ([], [], [:]) : try previouslyPublished(combined, source: dataset.source)
        for (version, tables) in versions { try lock(tables, of: version, in: combined, into: &locks) }
        // The number of people in the version is public: the derivation's notes and summary give
        // it, and anyone can count the rows of the cited file. Suppressing it would hide nothing,
        // and give its cells a bound that is the total itself.
        if let all = table.byKey[dataset.source + "/count"], table.values[all] >= options.minCell {
            locks.visible.insert(all)
        }
        let changes = addChanges(of: table, in: dataset, since: versions.map(\.version), to: &combined, locks: locks)
        do {
            let outcome = try DisclosureControl(
                values: combined.values, relations: combined.relations, covers: combined.covers, minCell: options.minCell,
                widening: versions.isEmpty, mayBeEmpty: combined.mayBeEmpty
            ).protect(lockedVisible: locks.visible, lockedSuppressed: locks.suppressed)
            // What the further suppressions protect, for the summary: a count below the minimum
            // outside this table is another table's or a change between versions (`addChanges`).
            let elsewhere = outcome.primary.filter { $0 >= table.keys.count }
            return Audited(outcome: outcome, bounds: locks.bounds,
                           otherTablesSmall: elsewhere.contains { changes[$0] == nil },
                           smallChangesAgainst: Set(elsewhere.compactMap { changes[$0]?.version }).sorted())
        } catch {
            // The count that cannot be hidden is a change between versions, or a count whose change is small.
            let change = changes[error.cell] ?? changes.values.first { $0.cell == error.cell }
            let named = earlier.map(\.dimensionsText)
                + versions.flatMap { version, tables in tables.map { $0.dimensionsText + " of version \(version.version)" } }
            throw DeriveError.cannotProtect(
                figure: change.map { combined.keys[$0.cell] } ?? combined.keys[error.cell], minCell: options.minCell,
                earlier: named, change: change?.version,
                blockedBy: diagnosing && !named.isEmpty ? try blocking(table, of: dataset, earlier: earlier, versions: versions) : nil)
        }
    }

    /// Nil when `table` cannot be protected even alone; else the tables that, each with it
    /// alone, leave a count unprotected (empty when only several of them together do).
    private func blocking(
        _ table: CellTable, of dataset: DatasetVersion, earlier: [CellTable],
        versions: [(version: DatasetVersion, tables: [CellTable])]
    ) throws -> [String]? {
        func passes(
            _ earlier: [CellTable], _ versions: [(version: DatasetVersion, tables: [CellTable])], unpublished: Bool = false
        ) throws -> Bool {
            do {
                _ = try audit(table, of: dataset, earlier: earlier, versions: versions, diagnosing: false, unpublished: unpublished)
                return true
            } catch is DeriveError {
                return false
            }
        }
        guard try passes([], [], unpublished: true) else { return nil }
        var blocking: [String] = []
        for other in earlier {
            if try !passes([other], []) { blocking.append(other.dimensionsText) }
        }
        for version in versions {
            if try !passes([], [version]) { blocking += version.tables.map { $0.dimensionsText + " of version \(version.version.version)" } }
        }
        return blocking
    }
}
