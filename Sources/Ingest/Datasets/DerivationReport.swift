/// What `tipdb derive ctdc` computed and wrote.
public struct DerivationReport: Codable, Sendable {
    /// One derived figure as it may be shown: suppressed counts never as a number.
    public struct Line: Codable, Sendable, Equatable {
        public var figure: String
        /// The categories, e.g. `country USA, year 2019, form forced-labour`.
        public var cell: String
        /// `count` or `share`.
        public var kind: String
        /// The count or share as shown: `1234`, `<11`, `suppressed`, `42.5%`. For a figure whose
        /// correction the derivation kept (`Database.keepingCorrections`), the value stored and
        /// briefs print, the corrected one.
        public var shown: String
        /// The `--correction` batch whose fix of this figure the derivation kept; nil when none was.
        public var correctedBy: Int64?
        /// What the derivation gave instead of the kept correction (`20`, or `place "USA"` for
        /// another field), so that `--show` lists the table as counted beside what is stored.
        /// Never a suppressed count: the derivation gives it as `<11`.
        public var derived: String?

        /// `kept correction by batch 3; derived 20`, as `--show` ends the line; nil when no
        /// correction was kept.
        public var correctionMark: String? {
            guard let correctedBy else { return nil }
            return "kept correction by batch \(correctedBy)" + (derived.map { "; derived \($0)" } ?? "")
        }
    }

    public var dataset: String
    public var version: Int
    public var variant: String
    public var sha256: String
    public var source: String
    public var dimensions: [CaseDimension]
    public var minCell: Int
    public var people = 0
    /// Rows of the dataset version's file refused at ingest (`--on-error skip`): not counted.
    public var rowsRejected = 0
    public var counts = 0
    /// Counts below the minimum cell size.
    public var suppressed = 0
    /// Further counts suppressed so that no suppressed count can be worked out.
    public var protected = 0
    /// Whether tables derived before (from this version or another) hold counts below the
    /// minimum that the suppressions protect too, besides this table's own.
    public var otherTablesSmall = false
    /// The versions whose table, subtracted from this one, would give a change below the minimum
    /// (people added or removed) that the suppressions protect, in order.
    public var smallChangesAgainst: [Int] = []
    /// Counts not published because they break down a group below the minimum cell size: the
    /// breakdown of a small group would tell its make-up, however its numbers are hidden.
    public var withheld = 0
    /// The groups below the minimum cell size whose breakdowns were withheld.
    public var withheldGroups = 0
    public var shares = 0
    /// Shares not computed because their denominator was suppressed, small, or would reveal a small count.
    public var sharesWithheld = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Figures not written because `tipdb retract` withdrew their key (`RetractedKeys`); each is
    /// named in a note.
    public var retracted = 0
    public var dryRun = false
    /// The ingest batch that holds the figures; nil for a dry run.
    public var batch: Int64?
    public var lines: [Line] = []
    public var notes: [String] = []

    /// `ctdc-global version 2 (sha256 …): 1,234 counts (120 below 11 shown as <11, 15 more suppressed to
    /// protect them), 80 shares`: the further suppressions say what they protect, this table's small
    /// counts (`them`), other tables' or small changes between versions (`protecting`).
    public var summary: String {
        // The total is a count like any other: below the minimum cell size it is shown as <k, as
        // the stored total is, since a summary gets pasted into notes and e-mails.
        let total = people < minCell ? "<\(minCell)" : String(people)
        var text = "\(dataset) version \(version) (sha256 \(sha256.prefix(12))…), \(total) people, by \(dimensions.map(\.rawValue).joined(separator: ",")): "
        text += "\(counts) counts (\(suppressed) below \(minCell) shown as <\(minCell), \(protected) more suppressed\(protecting)), "
        if withheld > 0 {
            let groups = withheldGroups == 1 ? "1 group" : "\(withheldGroups) groups"
            text += "\(withheld) breakdown cells withheld (the breakdown of \(groups) of fewer than \(minCell) people, shown only as a total: "
                + "even as <\(minCell), a breakdown would show who is in \(withheldGroups == 1 ? "it" : "them")), "
        }
        text += "\(shares) shares (\(sharesWithheld) withheld); "
        // A dry run gives the same counts a real run would, as `tipdb ingest --dry-run` does:
        // "nothing written" alone left the analyst to guess whether a rerun would revise anything.
        let skipped = retracted == 0 ? "" : ", \(retracted) retracted (skipped)"
        text += "\(inserted) inserted, \(updated) updated, \(unchanged) unchanged\(skipped)"
        if dryRun { return text + " (dry run: nothing written)" }
        return text + (batch.map { " (batch \($0))" } ?? "")
    }

    /// ` to protect them and small changes between this version and version 1`, or empty when
    /// nothing is small. Why: "to protect them" named this table's counts below the minimum when
    /// there were none, and the suppressions protected changes since an earlier version. Other
    /// tables and changes are named only when this table has further suppressions.
    private var protecting: String {
        var kinds: [String] = []
        if suppressed > 0 { kinds.append("them") }
        if protected > 0, withheld > 0 { kinds.append("the counts withheld") }
        if protected > 0, otherTablesSmall { kinds.append("small counts of tables derived before") }
        if protected > 0, let last = smallChangesAgainst.last {
            let earlier = smallChangesAgainst.dropLast().map(String.init)
            let versions = earlier.isEmpty ? "version \(last)" : "versions \(earlier.joined(separator: ", ")) and \(last)"
            kinds.append("small changes between this version and \(versions)")
        }
        guard let last = kinds.popLast() else { return "" }
        return " to protect " + (kinds.isEmpty ? last : kinds.joined(separator: ", ") + " and " + last)
    }
}
