import Storage

/// The words of the methods caution, and of a chart's, for estimates from different producers
/// (`SeriesProducers`): independent estimates, not editions of one series; for the periods two
/// producers both describe, whether they disagree, by how much, and which number lies outside
/// another's stated interval.
///
/// Why said apart from editions: successive editions of one producer (the ILO's 2005 to 2022
/// estimates) change their methods, which is why their differences are no trend; two producers
/// never shared a method to change. That they disagree, and by how much, is what a reader
/// citing either must know: 300,000 beside 610,000 (500,000 to 700,000) for one year is not a
/// doubling but two estimates of which at most one can be near the truth.
///
/// Why only for one period: estimates of different years neither confirm nor contradict each
/// other. Compared across years, Walk Free's 400,000 for Kenya in 2021 "lay outside the 95%
/// interval" of a survey's 100,000 for 2010 and the two were said to "disagree", and 136,000 for
/// 2016 beside 140,000 for 2021 were said to "agree", which reads as no change (review of
/// session 38). Of figures of different periods only, the caution says that their periods differ.
extension SeriesCaution {
    /// Figures named as lying outside another's interval before "and N more".
    static let outsideLimit = 3

    /// - Parameters:
    ///   - collections: how many data collections the series' figures come from.
    ///   - label: a source as the text names it: cited in the Comparability section, plain on a
    ///     chart (whose source line cites the sources once, and whose SVG has no reference list).
    /// - Returns: `origins`, what the figures come from ("2 different producers", "3 different
    ///   studies or sources by 2 producers"), the sentences after it (`reason`), and the few
    ///   words of a chart's SVG title (`short`).
    static func producers(
        _ producers: SeriesProducers, collections: Int, context: BriefContext, label: (String) -> CitedText
    ) -> (origins: CitedText, reason: CitedText, short: String) {
        let count = producers.groups.count
        let editions = producers.collections.contains { $0 >= 2 }
        let origins: CitedText = editions
            ? "\(collections) different studies or sources by \(count) producers" : "\(count) different producers"
        var reason: CitedText
        if editions {
            reason = CitedText.joined(whose(producers, label: label), separator: "; ") + ". Across producers,"
        } else {
            reason = "They are independent estimates, not editions of one series, and"
        }
        let compared = disagreement(producers, context: context, label: label)
        if compared.periods.isEmpty {
            reason += " they describe different periods, so they cannot confirm or contradict each other."
        } else if compared.differ {
            reason += CitedText(plain: " for \(Words.list(compared.periods)) they disagree")
            reason += compared.details.isEmpty ? "." : ": " + CitedText.joined(compared.details, separator: ", and ") + "."
        } else {
            reason += CitedText(plain: " for \(Words.list(compared.periods)) their numbers agree up to rounding or their stated uncertainty.")
        }
        reason += editions
            ? " Methods and coverage changed between editions and differ between producers, so the differences between them are not a trend."
            : " Each producer has its own methods and coverage, so the differences between them are not a trend."
        let short = editions
            ? "figures from \(collections) different studies or sources by \(count) producers, not a trend"
            : "independent estimates from \(count) producers, not a trend"
        return (origins, reason, short)
    }

    /// "ILO 2005 [3] and ILO 2012 [2] are editions of one producer's series", "Walk Free
    /// Foundation 2018 [4] is another producer's": each producer's sources, each named once.
    private static func whose(_ producers: SeriesProducers, label: (String) -> CitedText) -> [CitedText] {
        var parts: [CitedText] = []
        var series = 0
        for (group, collections) in zip(producers.groups, producers.collections) {
            var sources: [String] = []
            for figure in group where !sources.contains(figure.source) { sources.append(figure.source) }
            let named = CitedText.list(sources.map(label))
            if collections >= 2 {
                series += 1
                parts.append(named + (series == 1 ? " are editions of one producer's series" : " are editions of another's"))
            } else {
                parts.append(named + (sources.count == 1 ? " is another producer's" : " are another producer's"))
            }
        }
        return parts
    }

    /// Whether two figures of different producers for the same period (`samePeriod`) differ
    /// beyond rounding and their stated uncertainty (`FigureAgreement.differ(_:_:exact:)`, as
    /// competing estimates are told), and the words that say how: the farthest apart, by ratio
    /// ("610,000 is 2.0 times 300,000"), and each number that lies outside another producer's
    /// stated interval for its period.
    ///
    /// - Returns: `periods`, the periods two producers both give a figure for (those where they
    ///   differ, when they do anywhere), empty when no two producers' figures share a period;
    ///   whether they differ; and the words that say how.
    private static func disagreement(
        _ producers: SeriesProducers, context: BriefContext, label: (String) -> CitedText
    ) -> (periods: [String], differ: Bool, details: [CitedText]) {
        var shared: [String] = []
        var differing: [String] = []
        var farthest: (high: FigureRecord, low: FigureRecord, ratio: Double)?
        var outside: [CitedText] = []
        var outsideCount = 0
        let groups = producers.groups
        for (index, group) in groups.enumerated() {
            for other in groups.indices where other != index {
                for a in group {
                    for b in groups[other] where samePeriod(a, b) {
                        if other > index, !shared.contains(a.periodText) { shared.append(a.periodText) }
                        if other > index, FigureAgreement.differ(a, b, exact: false), !differing.contains(a.periodText) {
                            differing.append(a.periodText)
                        }
                        if other > index, let x = number(a), let y = number(b), min(x, y) > 0 {
                            let (high, low) = x >= y ? (a, b) : (b, a)
                            let ratio = max(x, y) / min(x, y)
                            if ratio > (farthest?.ratio ?? 1) { farthest = (high, low, ratio) }
                        }
                        // `a` outside `b`'s interval: both orders are looked at, one from each side.
                        if let x = number(a), let interval = interval(b), !interval.range.contains(x) {
                            outsideCount += 1
                            guard outside.count < outsideLimit else { continue }
                            outside.append("\(context.boundedText(a)) (\(label(a.source))) lies outside the \(interval.name) of "
                                + "\(label(b.source)), \(context.quantity(b).range(low: b.low, high: b.high, censored: false, lowLastDigit: b.lowLastDigit, highLastDigit: b.highLastDigit) ?? "")")
                        }
                    }
                }
            }
        }
        guard !differing.isEmpty else { return (shared, false, []) }
        var details: [CitedText] = []
        if let farthest {
            let two = producers.groups.reduce(0) { $0 + $1.count } == 2
            let high = two ? CitedText(plain: context.boundedText(farthest.high))
                : "\(context.boundedText(farthest.high)) (\(label(farthest.high.source)))"
            let low = two ? CitedText(plain: context.boundedText(farthest.low))
                : "\(context.boundedText(farthest.low)) (\(label(farthest.low.source)))"
            details.append(high + " is " + CitedText(plain: times(farthest.ratio)) + " " + low)
        }
        details += outside
        if outsideCount > outside.count {
            details.append(CitedText(plain: "\(Words.count(outsideCount - outside.count, "more figure lies", "more figures lie")) "
                + "outside another producer's stated interval"))
        }
        return (differing, true, details)
    }

    /// Whether two figures describe the same period: the same days (`2018` and
    /// `2018-01-01`/`2018-12-31` are one), each stated by its source (a figure filed under its
    /// source's publication year has no period to share).
    static func samePeriod(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        !a.periodUnstated && !b.periodUnstated && a.firstDay == b.firstDay && a.lastDay == b.lastDay
    }

    /// "about 2 times", "14 times", or for less than twice "about 35% above": how much larger one
    /// number is, "about" where the words round it.
    static func times(_ ratio: Double) -> String {
        let digits = ratio >= 10 ? 0 : 1
        if ratio >= 2 { return about(ratio, digits: digits) + NumberText.decimal(ratio, digits: digits) + " times" }
        let percent = (ratio - 1) * 100
        guard percent >= 0.5 else { return "less than 1% above" }
        return about(percent, digits: 0) + NumberText.decimal(percent, digits: 0) + "% above"
    }

    /// "about " when `value` written with `digits` decimals is not exactly it.
    private static func about(_ value: Double, digits: Int) -> String {
        let scale = digits == 0 ? 1.0 : 10.0
        return abs((value * scale).rounded() - value * scale) > 1e-9 ? "about " : ""
    }

    /// The figure's number, nil for one published only as a bound (`<5`) or a range, and for a
    /// minimum or maximum alone (`at least 12.3 million`), which no larger number contradicts.
    private static func number(_ figure: FigureRecord) -> Double? {
        guard !figure.censored, let value = figure.value else { return nil }
        if (figure.low == value && figure.high == nil) || (figure.high == value && figure.low == nil) { return nil }
        return value
    }

    /// The figure's stated interval, low and high around a number or published alone (`10,000 to
    /// 13,000`): "95% interval" with its confidence level, else "stated range"; nil without both
    /// bounds (a minimum alone is the number's bound, not its uncertainty).
    ///
    /// Why a range without a value too: it is all its source published, and 30,000 outside a
    /// 95 % interval of 10,000 to 13,000 was said only to "disagree", where the same interval
    /// around a point value was named (review of session 47).
    private static func interval(_ figure: FigureRecord) -> (range: ClosedRange<Double>, name: String)? {
        guard !figure.censored, let low = figure.low, let high = figure.high, low <= high else { return nil }
        let name = figure.ciLevel.map { "\(NumberText.decimal($0 * 100, digits: 1))% interval" } ?? "stated range"
        return (low...high, name)
    }
}
