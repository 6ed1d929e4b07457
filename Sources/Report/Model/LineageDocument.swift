import Storage

/// `tipdb report lineage KEY --format json`: one figure's chain to its primary source, its flags
/// and the figures that repeat it, as data.
///
/// Why: scripts that audit how a number travelled read the text output's `FLAG:` lines by their
/// wording; here each flag has a code, each figure its values typed. Keys are sorted and members
/// without a value left out, as in tipdb's other JSON documents (`JSONLayout`).
struct LineageDocument: Encodable {
    /// One figure of the chain, or one that repeats it.
    struct Figure: Encodable {
        var key: String
        /// The number; nil (left out) for a censored count, whose bounds are `low` and `high`, and
        /// for a range alone, as in the brief's JSON. Numbers are spelt as the brief spells them (`JSONNumber`).
        var value: JSONNumber?
        var censored: Bool
        var low: JSONNumber?
        var high: JSONNumber?
        var ciLevel: JSONNumber?
        var unit: String
        /// The number in words, as the text output writes it: `2.45 million`, `<5`.
        var text: String
        /// The bounds in words: `10,000 to 17,000 (95% interval)`.
        var range: String?
        var measure: String
        var measureLabel: String
        var place: String
        var placeName: String
        var period: String
        var periodStart: String
        var periodEnd: String
        /// `publication` when the source does not state the period and `period` says so
        /// (`period not stated`); left out when it is stated, as for most figures.
        var periodBasis: String?
        var sex: String
        var ageGroup: String
        var form: String?
        /// `all`, or the subgroup in words with any breakdown: `female; citizenship: Nationals`.
        var subgroup: String
        var method: String
        var source: String
        var sourceLabel: String
        /// The reference number in `references`; chain figures only.
        var citation: Int?
        var locator: String?
        var quote: String?
        /// The key of the figure this one repeats.
        var cites: String?
        /// `not in the latest release (2025-04-14)`.
        var release: String?
        /// Its earlier numbers, as the text output's line under it: `revised from 41 (...)`.
        var revisions: String?
        /// Chain figures only: a later edition of its producer's series gave it again, as the text
        /// output's line under it (`revised by a later edition: 1,210 in UNODC 2024 [2] (nga20-ed2024)`),
        /// and that figure's key.
        var laterEdition: String?
        var laterEditionKey: String?
        /// Chain figures only: counted under another definition than its producer's earlier
        /// editions, as the text output's line under it (`series break (tagged series-break): ...`,
        /// or `series break (untagged; its edition tagged ...)` for a figure of a series its edition's
        /// tag broke: `SeriesBreaks`); left out otherwise.
        var seriesBreak: String?
        /// Chain figures only: the figure was withdrawn with `tipdb retract` and loaded again with
        /// `ingest --restore-retracted`: the latest time (the text output's last such line under it).
        var restored: Restored?
        /// Chain figures only: every time it was withdrawn and loaded again, oldest first, the
        /// latest being `restored` (the text output's lines under it, in order).
        var restorations: [Restored]?
        /// Chain figures only: the loads that cited its number, unchanged, to another source or
        /// page, oldest first (the text output's `cited to … until batch …` lines).
        var reattributions: [Reattributed]?
        /// Chain figures only: the loads that changed its breakdown, oldest first (the text
        /// output's `restricted to … until batch …` lines).
        var breakdownChanges: [BreakdownChanged]?
        /// Chain figures only, under the first figure of each measure: the loads that changed the
        /// measure since m0064, oldest first (the text output's `measure … was defined as … until
        /// batch …` lines).
        var measureRevisions: [MeasureRevised]?
        /// Repeaters only: how many links from the figure asked about (1: it cites that figure).
        var depth: Int?
        /// Repeaters only: the `repeat-changes` flag when it changes the figure it repeats.
        var flags: [Flag]?
    }

    /// Something a reader must know about the chain, by code, with the text output's sentence.
    struct Flag: Encodable {
        /// `no-primary-source`, `broken-chain`, `loop`, `repeat-changes`, `second-hand-copy`,
        /// `key-reused` (the key held another figure before a load moved it: `RevisionText.reuseText`),
        /// `repeat-before-original` (a link check calls an error: `figure` repeats `repeats`, first
        /// published after it) or `withdrawn-origin` (`figure`, reported without a source now, cited
        /// `repeats` until its cites was cleared, and `repeats` was retracted: `ChainCautions`).
        var code: String
        var text: String
        /// The figure it is about: the repeat that changes, the copy, the last figure reached.
        var figure: String?
        /// `repeat-changes`: the figure it repeats, and what changes (`value`, `range`, `measure`, `place`,
        /// `unit`, `subgroup`, `period`).
        var repeats: String?
        var changes: [String]?
        /// `repeat-changes`: the earlier number of the figure it repeats that the repeat gives,
        /// "41, since revised to 45", which is no change of `value`; absent otherwise.
        var superseded: String?
    }

    /// A chain figure's retraction and the load that restored it (`Restoration`).
    struct Restored: Encodable {
        /// The retract batch, when (UTC) and why (`--reason`).
        var retractedBy: Int64
        var retractedAt: String
        var reason: String
        /// The load that brought the key back, and its file.
        var restoredBy: Int64
        var restoredFile: String?
        /// The number it held when withdrawn, in words, and the batch that had written it, when
        /// the restore wrote another number; left out otherwise.
        var withdrawnNumber: String?
        var withdrawnBy: Int64?
        /// The text output's line: `retracted on ... (batch 5: "..."), then loaded again with --restore-retracted by batch 6 (a1.csv)`,
        /// and `; it held 40,000 when withdrawn (...)` when the number came back another.
        var text: String

        init(_ restoration: Restoration, withdrawnNumber: String?, text: String) {
            (retractedBy, retractedAt, reason) = (restoration.retraction.batch, restoration.retraction.retractedAt, restoration.retraction.reason)
            (restoredBy, restoredFile, self.text) = (restoration.restoredBy, restoration.restoredFile, text)
            (self.withdrawnNumber, withdrawnBy) = (withdrawnNumber, withdrawnNumber == nil ? nil : restoration.withdrawnBy)
        }
    }

    /// A load that cited a chain figure's number, unchanged, to another source or page (`Reattribution`).
    struct Reattributed: Encodable {
        /// Where it was cited before (source key and locator) and the batch that had loaded that.
        var source: String
        var locator: String?
        var loadedBy: Int64?
        /// The load that moved it, and its file.
        var movedBy: Int64
        var movedFrom: String?
        /// The text output's line: `cited to Institute B 2022, p. 10 (batch 2: v1.csv) until batch 3 (v2.csv) cited …`.
        var text: String

        init(_ moved: Reattribution, text: String) {
            (source, locator, loadedBy) = (moved.source, moved.locator, moved.loadedBy)
            (movedBy, movedFrom, self.text) = (moved.movedBy, moved.movedFrom, text)
        }
    }

    /// A load that changed a chain figure's breakdown (`BreakdownChange`).
    struct BreakdownChanged: Encodable {
        /// The breakdowns before and after, as a figures file's cell states them (null: none).
        var previous: String?
        var next: String?
        /// The batch that had written the earlier one, and the load that changed it, with its file.
        var loadedBy: Int64?
        var changedBy: Int64
        var changedFrom: String?
        /// The text output's line: `restricted to citizenship: Viet Nam (batch 2: f1.csv) until batch 3 (f2.csv) restricted it to …`.
        var text: String

        init(_ change: BreakdownChange, text: String) {
            (previous, next, loadedBy) = (change.previous, change.next, change.loadedBy)
            (changedBy, changedFrom, self.text) = (change.changedBy, change.changedFrom, text)
        }
    }

    /// A load that changed a chain figure's measure (`MeasureRevision`, a row of `measure_revisions`).
    struct MeasureRevised: Encodable {
        /// The measure, and what it held before the load, as `measure_revisions` keeps it.
        var measure: String
        var label: String
        var counts: String
        var concept: String
        var definition: String
        var legalBasis: String?
        var parent: String?
        var defaultUnit: String
        /// The batch that had loaded those values, and its file.
        var loadedBy: Int64?
        var loadedFrom: String?
        /// The load that changed them, its file, when (UTC), and whether it was `ingest --correction`.
        var changedBy: Int64
        var changedFrom: String?
        var changedAt: String
        var correction: Bool
        /// The text output's line: `measure fl-adult-rate was defined as "…" (batch 1: m1.csv) until batch 3 (m2.csv) corrected it …`.
        var text: String

        init(_ revision: MeasureRevision, text: String) {
            let was = revision.previous
            (measure, label, counts, concept, definition) = (was.code, was.label, was.counts, was.concept, was.definition)
            (legalBasis, parent, defaultUnit) = (was.legalBasis, was.parent, was.defaultUnit)
            (loadedBy, loadedFrom, changedBy, changedFrom) = (revision.loadedBy, revision.loadedFrom, revision.changedBy, revision.changedFrom)
            (changedAt, correction, self.text) = (revision.changedAt, revision.isCorrection, text)
        }
    }

    /// A reference the chain cites, by its number.
    struct Reference: Encodable {
        var number: Int
        var key: String
        var label: String
        var text: String
    }

    /// The figure asked about.
    var figure: String
    /// From the figure itself to the last figure reached.
    var chain: [Figure]
    /// `primary`, `unsourced`, `missing` or `cycle`.
    var ending: String
    /// The primary figure, when the chain reaches one.
    var primary: String?
    /// The key the chain could not follow: the missing figure, or where the loop closes.
    var brokenKey: String?
    var flags: [Flag]
    /// The chain in one sentence, with its citation numbers.
    var text: String
    /// Every figure that repeats the figure, directly or through others, nearest first.
    var repeatedBy: [Figure]
    var references: [Reference]
}
