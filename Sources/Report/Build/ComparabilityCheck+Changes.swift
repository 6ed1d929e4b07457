import Foundation
import Storage

/// A change over years (a percentage, or an amount in the measure's unit) whose two ends the brief holds levels for: the levels, their
/// sources, and the change they give like for like, when the stated change is not that.
///
/// Why: a newspaper's "up 80%" for Germany over 2012-2023 sat in the figures table between 2012
/// and 2013 with only the units caution, though the brief's own levels for those years (UNODC's
/// 612 and 726) give up 19%; the 80% matches only 612 (2012) set against the U.S. report's 1,134
/// for April 2023 to March 2024: two collections and offset periods (an evaluator's review,
/// session 54). The caution lists the levels, so that a reader sees what the change may compare.
/// An amount changed is read alike: the Global Estimates' "10 million more" in modern slavery over
/// 2016-2021 was listed plainly beside a caution that the two editions' levels (40.3 and 49.6
/// million, which give 9.3 million) are no trend (a child-rights specialist's review, session 55).
extension ComparabilityCheck {
    /// Change cautions beyond this many are summed up in one sentence.
    static let changeWarningLimit = 10

    /// How far, in percentage points, a like-for-like change may be from the stated one and still
    /// agree: a change is often printed rounded to the whole percent.
    static let changeTolerance = 1.0

    static func changeWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        var warnings: [ComparabilityWarning] = []
        var more = 0
        var dimensions = UnitDimensions(context.catalog)
        for group in BriefContext.byMeasureAndPlace(ordered) {
            // A percentage change, or a change in the measure's own unit (`persons-change` beside persons).
            let changes = group.filter {
                $0.value != nil && !$0.censored && !$0.periodUnstated && $0.cites == nil && dimensions.of($0) == "change"
                    && $0.periodStart.prefix(4) != $0.periodEnd.prefix(4)
            }
            guard !changes.isEmpty else { continue }
            // Levels with a number of their own: a minimum or maximum (`up to 50,000`) gives no change to set beside one.
            let levels = group.filter {
                context.isSeriesFigure($0) && $0.value != nil && !$0.censored && !$0.periodUnstated
                    && !(($0.low == $0.value && $0.high == nil) || ($0.high == $0.value && $0.low == nil))
            }
            for change in changes {
                // An amount changed is set against levels of its own unit (`persons-change`: persons).
                let base = change.unit == "percent-change" ? nil : change.unit.hasSuffix("-change") ? String(change.unit.dropLast(7)) : change.unit
                let ofUnit = base.map { unit in levels.filter { $0.unit == unit } } ?? levels
                guard let warning = changeWarning(change, levels: ofUnit, context: context) else { continue }
                if warnings.count < changeWarningLimit { warnings.append(warning) } else { more += 1 }
            }
        }
        if more > 0 {
            warnings.append(summary("changes", "\(Words.count(more, "more change over years differs", "more changes over years differ")) "
                + "from what the levels at their ends give like for like; the same caution applies to each (see the figures tables)."))
        }
        return warnings
    }

    /// The caution for one change, or nil when the brief holds no level at one of its ends, or
    /// when one data collection's whole-year levels at both ends give the stated change.
    private static func changeWarning(_ change: FigureRecord, levels: [FigureRecord], context: BriefContext) -> ComparabilityWarning? {
        guard let stated = change.value, let startYear = Int(change.periodStart.prefix(4)), let endYear = Int(change.periodEnd.prefix(4))
        else { return nil }
        // Levels whose period takes in the end's year: the year itself, or a reporting period across it.
        func takesIn(_ figure: FigureRecord, _ year: Int) -> Bool {
            guard let first = Int(figure.periodStart.prefix(4)), let last = Int(figure.periodEnd.prefix(4)) else { return false }
            return first <= year && year <= last && last - first <= 1
        }
        func wholeYear(_ figure: FigureRecord, _ year: Int) -> Bool { figure.periodStart == "\(year)" && figure.periodEnd == "\(year)" }
        let atStart = levels.filter { takesIn($0, startYear) }, atEnd = levels.filter { takesIn($0, endYear) }
        guard !atStart.isEmpty, !atEnd.isEmpty else { return nil }
        // A percentage, or an amount: "up 10 million" beside 40.3 and 49.6 million, which give 9.3 million.
        let percent = change.unit == "percent-change"
        var alike: [(from: FigureRecord, to: FigureRecord, change: Double)] = []
        for from in atStart where wholeYear(from, startYear) {
            for to in atEnd where wholeYear(to, endYear) && collection(of: from, context.catalog) == collection(of: to, context.catalog) {
                guard let a = from.value, let b = to.value, !percent || a > 0 else { continue }
                alike.append((from, to, percent ? (b - a) / a * 100 : b - a))
            }
        }
        if alike.contains(where: { percent ? abs($0.change - stated) <= changeTolerance : Self.agreesAsPrinted($0.change, stated) }) { return nil }
        let catalog = context.catalog
        func level(_ figure: FigureRecord, _ year: Int) -> CitedText {
            let period = wholeYear(figure, year) ? "" : "\(figure.periodText), "
            return "\(context.boundedText(figure)) (\(period)\(context.citedLabel(figure.source)))"
        }
        var text = CitedText(plain: "\(catalog.measureLabel(change.measure)) in \(Words.place(catalog.placeName(change.place))), "
            + "\(change.periodText): ")
        text += context.citedLabel(change.source)
        text += CitedText(plain: " gives \(context.boundedText(change)). The levels this brief holds for its ends: \(startYear): ")
        text += CitedText.joined(atStart.map { level($0, startYear) }, separator: ", ")
        text += CitedText(plain: "; \(endYear): ")
        text += CitedText.joined(atEnd.map { level($0, endYear) }, separator: ", ")
        text += CitedText(plain: ".")
        if alike.isEmpty {
            text += CitedText(plain: " No one data collection gives whole-year levels for both ends, so none gives the change like for like.")
            // One level at each end: what the two give, so that a reader sees how far the change is from them.
            if let from = atStart.first, let to = atEnd.first, atStart.count == 1, atEnd.count == 1,
               let a = from.value, let b = to.value, !percent || a > 0 {
                let given = percent ? (b - a) / a * 100 : b - a
                let amount = percent ? "\(NumberText.decimal(abs(given), digits: 0))%"
                    : context.quantity(to).text(value: abs(given), censored: false, high: nil)
                text += CitedText(plain: " Set against each other, across collections, they give \(given >= 0 ? "up" : "down") \(amount).")
            }
        } else {
            let given = alike.map { pair -> CitedText in
                let words = pair.change >= 0 ? "up" : "down"
                let amount = percent ? "\(NumberText.decimal(abs(pair.change), digits: 0))%"
                    : context.quantity(pair.to).text(value: abs(pair.change), censored: false, high: nil)
                var said = CitedText(plain: "\(words) \(amount) "
                    + "(\(context.boundedText(pair.from)) to \(context.boundedText(pair.to)), ")
                said += context.citedLabel(pair.from.source)
                if pair.to.source != pair.from.source {
                    said += CitedText(plain: "; ")
                    said += context.citedLabel(pair.to.source)
                }
                said += CitedText(plain: ")")
                return said
            }
            text += " Like for like (one data collection, whole years) they give " + CitedText.joined(given, separator: "; ") + "."
        }
        text += CitedText(plain: " A change that does not name its levels may compare figures of different collections or periods: "
            + "check what it compares before citing it, and do not read it as the trend of the levels beside it.")
        var citations: [Int] = []
        for figure in [change] + atStart + atEnd where !citations.contains(context.cite(figure.source)) {
            citations.append(context.cite(figure.source))
        }
        return ComparabilityWarning(kind: "changes", text: text, figures: ([change] + atStart + atEnd).map(\.key), citations: citations)
    }

    /// Whether an amount changed, `given` by two levels, is `stated` as printed: rounded to the
    /// significant digits `stated` is written with (10 million: one; 9.3 million: two), the two
    /// are equal. 40.3 and 49.6 million give 9.3 million, which "up 10 million" is not.
    static func agreesAsPrinted(_ given: Double, _ stated: Double) -> Bool {
        guard stated != 0 else { return given == 0 }
        var digits = String(Int64(abs(stated).rounded()))
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        let magnitude = (log10(abs(stated))).rounded(.down)
        let scale = pow(10, magnitude - Double(max(1, digits.count)) + 1)
        return abs((given / scale).rounded() * scale - stated) <= abs(stated) * 1e-9
    }
}
