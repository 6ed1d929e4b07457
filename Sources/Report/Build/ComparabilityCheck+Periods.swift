import Storage

/// Counts over periods of different length: a measure that counts what happened during its
/// period (detected victims, prosecutions, convictions, offences, money) given for one place over
/// a month and over a year, or over a year and over three years.
///
/// Why a caution: the figures tables list them one under the other and a chart draws them on one
/// axis, where a month's count looks like a fall from the year's. Prevalence estimates are left
/// out: they count people in a situation at a point in time, so a longer period is not a larger
/// number. Money is included, and also alone, where a period is not whole years: the brief writes
/// every amount as a year's, as the measures define them, so an amount for a month is cautioned
/// even when it is the only one, and the caution asks to check that its source gave a yearly
/// amount, not a total for the month. An amount for whole years is not, alone or beside amounts
/// for other whole years: a year's amount is a quantity a year, like a rate, whatever number of
/// years it describes (ILO 2005's US$32 billion a year is a yearly amount over 1995-2004, which
/// the caution used to call "an amount over ten years" beside the tables' "a year").
extension ComparabilityCheck {
    /// Period-length warnings beyond this many are summed up in one sentence.
    static let periodWarningLimit = 20

    /// Names no source, so it cites nothing and reads nothing but its arguments: it runs on a
    /// background thread (`ComparabilityScan`).
    static func periodWarnings(_ ordered: [FigureRecord], catalog: Catalog) -> [ComparabilityWarning] {
        var warnings: [ComparabilityWarning] = []
        var skipped = 0
        for group in BriefContext.byMeasureAndPlace(ordered) {
            // A prevalence estimate's units are counts of people at a point in time, shares or rates: none counts over its period.
            guard let first = group.first, let measure = catalog.measures[first.measure], measure.counts != "prevalence-estimate"
            else { continue }
            // Per unit, in order of first appearance: the lengths, per length the periods, and the figures.
            var units: [(unit: String, lengths: [PeriodLength: [String]], keys: [String], last: (String, String))] = []
            var overPeriod: [String: Bool] = [:]
            var period: (start: String, end: String, length: PeriodLength)?
            for figure in group {
                let counted = overPeriod[figure.unit] ?? {
                    let dimension = catalog.units[figure.unit]?.dimension
                    let counted = dimension == "money" || dimension == "count"
                    overPeriod[figure.unit] = counted
                    return counted
                }()
                guard counted else { continue }
                // Reading order keeps one period's figures together: each length is worked out once.
                if period?.start != figure.periodStart || period?.end != figure.periodEnd {
                    period = (figure.periodStart, figure.periodEnd, PeriodLength(start: figure.periodStart, end: figure.periodEnd))
                }
                guard let period else { continue }
                let index = units.firstIndex { $0.unit == figure.unit } ?? {
                    units.append((figure.unit, [:], [], ("", "")))
                    return units.count - 1
                }()
                if units[index].last != (period.start, period.end) {
                    units[index].last = (period.start, period.end)
                    units[index].lengths[period.length, default: []].append(ReferencePeriod(start: period.start, end: period.end).text)
                }
                units[index].keys.append(figure.key)
            }
            for entry in units where needsCaution(entry.lengths, money: catalog.units[entry.unit]?.dimension == "money") {
                guard warnings.count < periodWarningLimit else {
                    skipped += 1
                    continue
                }
                warnings.append(periodWarning(
                    measure: measure, place: first.place, unit: entry.unit, lengths: entry.lengths, keys: entry.keys,
                    catalog: catalog))
            }
        }
        if skipped > 0 {
            warnings.append(ComparabilityWarning(
                kind: "periods",
                text: "\(Words.count(skipped, "more measure and place", "more measures and places")) mix counts over periods "
                    + "of different length; the same caution applies to each (see the figures tables).",
                figures: [], citations: []))
        }
        return warnings
    }

    /// Whether figures over `lengths` get the periods caution: counts over periods of different
    /// length; amounts of money (a year's amount, as the measures define them) when one of them is
    /// for a period that is not whole years, even alone, as it is written "a year" all the same.
    /// A chart's caption asks it too (`ChartSelection`), of two lengths or more.
    static func needsCaution(_ lengths: [PeriodLength: [String]], money: Bool) -> Bool {
        money ? lengths.keys.contains { !$0.isWholeYears } : lengths.count >= 2
    }

    /// "periods of one month (December 2020) and one year (2018 and 2019) are mixed; a month's count is
    /// not comparable with a year's.": the words the Comparability section and a chart of the
    /// series share (`ChartSelection`), so that a chart pasted alone still says it.
    static func mixedPeriods(_ lengths: [PeriodLength: [String]], money: Bool) -> String {
        let sorted = lengths.keys.sorted()
        let listed = listedLengths(lengths)
        if sorted.count == 1 {
            // Money alone over a period that is not whole years (`needsCaution`).
            return "amounts for \(Words.list(listed)) are written as a year's, as the measure defines them: check that each "
                + "source gave a yearly amount, not a total for its period, before quoting or comparing them."
        }
        var text = "periods of \(Words.list(listed)) are mixed; "
        if money {
            text += "the brief writes every amount as a year's, as the measure defines them, so check that each source gave a "
                + "yearly amount, not a total for its period, before comparing them."
        } else if sorted.count == 2 {
            text += "\(sorted[0].possessive) count is not comparable with \(sorted[1].possessive)."
        } else {
            text += "a count over one of these lengths is not comparable with a count over another."
        }
        return text
    }

    /// Each length with its periods, shortest first: "one month (December 2020)", "one year (2018 and
    /// 2019)", three periods at most and then how many more.
    static func listedLengths(_ lengths: [PeriodLength: [String]]) -> [String] {
        lengths.keys.sorted().map { length -> String in
            let periods = lengths[length] ?? []
            let shown = periods.prefix(3)
            let more = periods.count - shown.count
            return "\(length.text) (\(more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : Words.list(Array(shown))))"
        }
    }

    /// The lengths of the periods of `figures` (one measure and place in reading order), each with
    /// its periods as written, once each: what `periodWarnings` finds for one unit.
    static func periodLengths(_ figures: some Sequence<FigureRecord>) -> [PeriodLength: [String]] {
        var lengths: [PeriodLength: [String]] = [:]
        var seen: Set<String> = []
        for figure in figures where seen.insert(figure.periodStart + "/" + figure.periodEnd).inserted {
            let length = PeriodLength(start: figure.periodStart, end: figure.periodEnd)
            lengths[length, default: []].append(ReferencePeriod(start: figure.periodStart, end: figure.periodEnd).text)
        }
        return lengths
    }

    private static func periodWarning(
        measure: Measure, place: String, unit: String, lengths: [PeriodLength: [String]], keys: [String], catalog: Catalog
    ) -> ComparabilityWarning {
        let inUnit = unit == measure.defaultUnit ? "" : " (in \(catalog.units[unit]?.label ?? unit))"
        let text = "\(measure.label) in \(Words.place(catalog.placeName(place)))\(inUnit): "
            + mixedPeriods(lengths, money: catalog.units[unit]?.dimension == "money")
        return ComparabilityWarning(kind: "periods", text: text, figures: keys, citations: [])
    }
}
