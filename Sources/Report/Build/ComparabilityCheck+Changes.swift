import Storage

/// A percentage change over years whose two ends the brief holds levels for: the levels, their
/// sources, and the change they give like for like, when the stated change is not that.
///
/// Why: a newspaper's "up 80%" for Germany over 2012-2023 sat in the figures table between 2012
/// and 2013 with only the units caution, though the brief's own levels for those years (UNODC's
/// 612 and 726) give up 19%; the 80% matches only 612 (2012) set against the U.S. report's 1,134
/// for April 2023 to March 2024: two collections and offset periods (an evaluator's review,
/// session 54). The caution lists the levels, so that a reader sees what the change may compare.
extension ComparabilityCheck {
    /// Change cautions beyond this many are summed up in one sentence.
    static let changeWarningLimit = 10

    /// How far, in percentage points, a like-for-like change may be from the stated one and still
    /// agree: a change is often printed rounded to the whole percent.
    static let changeTolerance = 1.0

    static func changeWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        var warnings: [ComparabilityWarning] = []
        var more = 0
        for group in BriefContext.byMeasureAndPlace(ordered) {
            let changes = group.filter {
                $0.unit == "percent-change" && $0.value != nil && !$0.censored && !$0.periodUnstated && $0.cites == nil
                    && $0.periodStart.prefix(4) != $0.periodEnd.prefix(4)
            }
            guard !changes.isEmpty else { continue }
            // Levels with a number of their own: a minimum or maximum (`up to 50,000`) gives no change to set beside one.
            let levels = group.filter {
                context.isSeriesFigure($0) && $0.value != nil && !$0.censored && !$0.periodUnstated
                    && !(($0.low == $0.value && $0.high == nil) || ($0.high == $0.value && $0.low == nil))
            }
            for change in changes {
                guard let warning = changeWarning(change, levels: levels, context: context) else { continue }
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
        var alike: [(from: FigureRecord, to: FigureRecord, percent: Double)] = []
        for from in atStart where wholeYear(from, startYear) {
            for to in atEnd where wholeYear(to, endYear) && collection(of: from, context.catalog) == collection(of: to, context.catalog) {
                guard let a = from.value, let b = to.value, a > 0 else { continue }
                alike.append((from, to, (b - a) / a * 100))
            }
        }
        if alike.contains(where: { abs($0.percent - stated) <= changeTolerance }) { return nil }
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
        } else {
            let given = alike.map { pair -> CitedText in
                let words = pair.percent >= 0 ? "up" : "down"
                var said = CitedText(plain: "\(words) \(NumberText.decimal(abs(pair.percent), digits: 0))% "
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
}
