extension Audit {
    /// The name of the `fraction-as-percent` warning.
    public static let fractionAsPercentCheck = "fraction-as-percent"

    /// The message of the `fraction-as-percent` warning.
    static let fractionAsPercentMessage = "every share (unit percent) of one source, measure, place and period is at most 1: most often "
        + "fractions typed for percents (0.32 for 32%, as a spreadsheet's =B2/B10 or pandas' share gives), which a brief prints as 0.32%; "
        + "if so, write them as percents (32, or 32%) and load the file again; if the source prints them so, give each the quote that "
        + "shows it (0.3%), which ends this warning (kept as loaded)"

    /// A share as the rule reads it.
    private struct FractionShare {
        let key: String
        let value: Double?
        let low: Double?
        let high: Double?
        let quote: String?
        let batch: Int64
    }

    /// Every group `fraction-as-percent` names, as check lists it:
    /// `f-services (0.32), f-manufacturing (0.18): src, forced-labour-private, WLD, 2021`.
    func fractionsAsPercents(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try fractionsAsPercents(batch: nil, row)
    }

    /// The groups that hold a figure of `batch` (all of them without one), each with the keys of
    /// its shares, in the order they were loaded, for ingest to place its warning at the value of
    /// the first of them (`BatchFinding`).
    ///
    /// A group is the shares in percent (not censored) of one source, measure, place and period,
    /// whatever their subgroup or breakdown: the shares a source gives of one whole (sectors,
    /// forms, sexes) are read together. It is named when its largest number (value, else high) is
    /// above 0 and at most 1, and no share of it has a quote showing that number as a percent.
    ///
    /// Why a group, and a lone share too: one share at or below 1 percent among others is a real
    /// small part (organ removal, 0.2% of detected victims); every share of a whole at or below 1
    /// is not, since shares of a breakdown add up to about 100. A lone share has no others to
    /// vouch for it, and a brief printing 0.32% for 32% understates it a hundredfold, so it is
    /// named too; a quote saying "0.3%" is the source's word that it is small, and settles it.
    /// Not an error: the number may be right, and only its source can say.
    func fractionsAsPercents(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let statement = try db.prepare(Self.fractionSharesQuery(batch: batch != nil))
        if let batch { try statement.bind([batch]) }
        var group: [FractionShare] = []
        var partition: [String?] = []
        var found: [(first: String, text: String, keys: [String])] = []
        func judge() {
            defer { group.removeAll(keepingCapacity: true) }
            guard let first = group.first, batch == nil || group.contains(where: { $0.batch == batch }) else { return }
            let largest = group.map { $0.value ?? $0.high ?? 0 }.max() ?? 0
            guard largest > 0, largest <= 1 else { return }
            guard !group.contains(where: { Self.quoteShowsPercent($0.quote, value: $0.value ?? $0.high) }) else { return }
            let listed = group.map { "\($0.key) (\(Self.shownNumber(value: $0.value, censored: false, low: $0.low, high: $0.high)))" }
            let (start, end) = (partition[3] ?? "", partition[4] ?? "")
            let period = start == end ? start : "\(start) to \(end)"
            let text = listed.joined(separator: ", ") + ": \(partition[0] ?? ""), \(partition[1] ?? ""), \(partition[2] ?? ""), \(period)"
            found.append((first.key, text, group.map(\.key)))
        }
        while try statement.step() {
            let fields = (0...4).map { statement.string(at: $0) }
            if fields != partition {
                judge()
                partition = fields
            }
            group.append(FractionShare(
                key: statement.string(at: 5) ?? "", value: statement.optionalDouble(at: 6), low: statement.optionalDouble(at: 7),
                high: statement.optionalDouble(at: 8), quote: statement.string(at: 9), batch: statement.int64(at: 10)))
        }
        judge()
        // By the key of the group's first share, in byte order, as check lists its other rows.
        for item in found.sorted(by: { $0.first.utf8.lexicographicallyPrecedes($1.first.utf8) }) { row(item.text, item.keys) }
    }

    /// Whether `quote` shows `value` as a percent: `0.3%`, `0.3 %`, `0.3 percent`, `0.3 per cent`
    /// (a decimal comma too: `0,3 %`), the source's own word that the share is that small.
    static func quoteShowsPercent(_ quote: String?, value: Double?) -> Bool {
        guard let quote, let value else { return false }
        let number = NumberText.exact(value)
        let text = quote.lowercased()
        for written in Set([number, number.replacingOccurrences(of: ".", with: ",")]) {
            var rest = text[...]
            while let found = rest.range(of: written) {
                // Whole numbers only: the 0.3 of 10.3% is not this share's.
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = text[found.upperBound...].drop { $0 == " " || $0 == "\u{A0}" }
                if !(before.map { $0.isNumber || $0 == "." || $0 == "," } ?? false),
                   after.hasPrefix("%") || after.hasPrefix("percent") || after.hasPrefix("per cent") {
                    return true
                }
                rest = text[found.upperBound...]
            }
        }
        return false
    }

    /// The shares in percent, in groups of one source, measure, place and period, each group in
    /// the order its figures were written; with a batch, only the groups of a source, measure and
    /// place the batch wrote a share of.
    private static func fractionSharesQuery(batch: Bool) -> String {
        // Of a batch: its groups' figures by the measure and place index, not a scan of the table.
        let figures = batch
            ? """
              (SELECT DISTINCT source, measure, place FROM figures WHERE batch_id = ?1 AND unit = 'percent') g
              JOIN figures f ON f.measure = g.measure AND f.place = g.place AND f.source = g.source
              """
            : "figures f"
        return """
            SELECT f.source, f.measure, f.place, f.period_start, f.period_end, f.key, f.value, f.low, f.high, f.quote, f.batch_id
            FROM \(figures) -- // sql-constant: one of two fixed texts, its batch bound
            WHERE f.unit = 'percent' AND f.censored = 0
            ORDER BY f.source, f.measure, f.place, f.period_start, f.period_end, f.id
            """
    }
}
