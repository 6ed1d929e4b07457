import Storage

/// Competing estimates: primary estimates of one measure, place and reference period from
/// different sources whose numbers differ beyond rounding.
///
/// Why a caution: the key figure takes one of them by a mechanical rule (`Headline.best`, as the
/// `latest_estimates` view does: the most recently published, then the key), which says nothing
/// of which estimate is better. A reader who sees only the key figure would not know that another
/// source, for the same people and the same time, says something else.
extension ComparabilityCheck {
    /// Competing-estimate warnings beyond this many are summed up in one sentence.
    static let estimateWarningLimit = 20

    /// The runs of one measure and place (`BriefContext.byMeasureAndPlace`) whose figures compete
    /// (`isCompeting`): of its subgroups (`sameSubgroupRuns`) and of its primary estimates
    /// (`samePeriodRuns`). Only measures and places with such a run are kept.
    struct Competing: Sendable {
        /// The measure and place's positions in the figures in reading order.
        let group: Range<Int>
        let subgroups: [[FigureRecord]]
        let estimates: [[FigureRecord]]
    }

    /// Every measure and place's competing runs (`Competing`), in reading order. It reads the
    /// figures, the catalog, the editions and the figures a latest release dropped, and nothing
    /// of the brief's running state, so a brief finds them on another thread while its main
    /// thread words the cautions before: on the main thread, going through every figure's fields
    /// was some 40 ms of a 100,000-figure brief (`perf`, session 61).
    ///
    /// - Parameter sameDays: `SameDaysGroups(ordered)`, which the brief's other scans share.
    static func competing(
        _ ordered: [FigureRecord], sameDays: SameDaysGroups, catalog: Catalog, editions: EditionRevisions, dropped: [String: String]
    ) -> [Competing] {
        BriefContext.byMeasureAndPlace(ordered).compactMap { group in
            let subgroups = sameSubgroupRuns(group, sameDays: sameDays, editions: editions, dropped: dropped).filter { isCompeting($0, catalog: catalog) }
            // Figures of one period, by its days, are put together (`samePeriodRuns`).
            // Primary estimates published only as a bound (`<5`) take part too, named as published.
            // A count a later edition of its producer gives again is revised, not contradicted (`editionWarnings`).
            let estimates = samePeriodRuns(group.filter { $0.isPrimaryEstimate && !editions.isApart($0) }).filter { isCompeting($0, catalog: catalog) }
            return subgroups.isEmpty && estimates.isEmpty ? nil : Competing(group: group.indices, subgroups: subgroups, estimates: estimates)
        }
    }

    /// - Parameter competing: waits for `competing(ordered, ...)`, which the brief finds on
    ///   another thread (called once, when the cautions are worded).
    static func estimateWarnings(
        _ ordered: [FigureRecord], keyFigures: [KeyFigure], passedOver errors: [String: [FigureError]],
        competing: () -> [Competing], context: BriefContext
    ) -> [ComparabilityWarning] {
        var keyed: [String: String] = [:]
        for key in keyFigures { keyed[key.measure + "\u{0}" + key.place] = key.figure.key }
        var warnings: [ComparabilityWarning] = []
        var skipped = 0
        var subgroupRuns: [[FigureRecord]] = []
        var subgroupsSkipped = 0
        for runs in competing() {
            // Written after the totals' cautions (below), which matter more: kept here till then.
            for run in runs.subgroups {
                if subgroupRuns.count < estimateWarningLimit { subgroupRuns.append(run) } else { subgroupsSkipped += 1 }
            }
            let group = ordered[runs.group]
            guard let first = group.first else { continue }
            let keyFigure = keyed[first.measure + "\u{0}" + first.place]
            for run in runs.estimates {
                guard warnings.count < estimateWarningLimit else {
                    skipped += 1
                    continue
                }
                let key = keyFigure.flatMap { key in group.first { $0.key == key } }
                warnings.append(estimateWarning(run, keyFigure: key, passedOver: errors, context: context))
            }
        }
        if skipped > 0 {
            warnings.append(ComparabilityWarning(
                kind: "estimates",
                text: "\(Words.count(skipped, "more measure, place and period", "more measures, places and periods")) have "
                    + "primary estimates from different sources that differ beyond rounding; the same caution applies to each "
                    + "(see the figures tables).",
                figures: [], citations: []))
        }
        warnings += subgroupRuns.map { subgroupWarning($0, context: context) }
        if subgroupsSkipped > 0 {
            warnings.append(summary(
                "estimates",
                "\(Words.count(subgroupsSkipped, "more subgroup", "more subgroups")) of a measure, place and period "
                    + "are given by different sources with numbers that differ beyond rounding; the same caution applies to each "
                    + "(see the figures tables)."))
        }
        return warnings
    }

    /// Runs of figures for one subgroup of the people a measure counts in a place and period
    /// (same period by the days it covers, sex, age group, form and unit), that a source gives as
    /// its own: not a repeat, not reported without a source, not broken down further, not a total
    /// in the measure's default unit (those are the primary estimates above), not one a newer
    /// release of its series dropped. `group` is in reading order, which puts such figures
    /// together when their periods are written alike; periods written differently for the same
    /// days (`BriefContext.sameDaysRuns`) have their figures put together by subgroup.
    ///
    /// Why subgroups too: two independent sources that give 3 and 250, or `<5` and 40, for the
    /// girls detected in a year contradict each other as surely as two totals do, whether one
    /// writes the year `2019` and the other `2019-01-01` to `2019-12-31`, as for totals.
    private static func sameSubgroupRuns(
        _ group: ArraySlice<FigureRecord>, sameDays: SameDaysGroups, editions: EditionRevisions, dropped: [String: String]
    ) -> [[FigureRecord]] {
        func counts(_ figure: FigureRecord) -> Bool {
            !figure.isPrimaryEstimate && figure.cites == nil && figure.method != "reported"
                && !figure.hasBreakdown && (dropped.isEmpty || dropped[figure.key] == nil) && !editions.isApart(figure)
        }
        var runs: [[FigureRecord]] = []
        // A run's array is made only when a second figure joins its first: most figures of a
        // large brief are alone in their subgroup, and an array for each was most of this scan.
        var current: [FigureRecord] = []
        var last: FigureRecord?
        func add(_ figure: FigureRecord) {
            if let last, last.sex == figure.sex, last.ageGroup == figure.ageGroup, last.form == figure.form, last.unit == figure.unit {
                if current.isEmpty { current.append(last) }
                current.append(figure)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
            last = figure
        }
        sameDays.forEach(in: group.indices) { periods in
            if periods.count == 1 {
                for figure in group[periods[periods.startIndex]] where counts(figure) { add(figure) }
            } else {
                // Each period as written is in reading order (sex, age group, form, unit), but not
                // their figures together: ordered so, then by reading order.
                let figures = periods.joined().filter { counts(group[$0]) }.sorted { a, b in
                    let (x, y) = (group[a], group[b])
                    if x.sex != y.sex { return x.sex < y.sex }
                    if x.ageGroup != y.ageGroup { return x.ageGroup < y.ageGroup }
                    if x.form ?? "" != y.form ?? "" { return x.form ?? "" < y.form ?? "" }
                    if x.unit != y.unit { return x.unit < y.unit }
                    return a < b
                }
                for index in figures { add(group[index]) }
            }
            if !current.isEmpty { runs.append(current) }
            current = []
            last = nil
        }
        return runs
    }

    /// "Detected victims of trafficking in United Kingdom, 2019, female children: Helpline NGO 2020 [2]
    /// gives <5 and Institute B 2020 [3] gives 40; they differ beyond rounding. ..."
    ///
    /// - Parameter run: two or more figures of one subgroup (`sameSubgroupRuns`) that compete (`isCompeting`).
    private static func subgroupWarning(_ run: [FigureRecord], context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let published = { (figure: FigureRecord) in catalog.publicationOrder(figure.source) }
        // Oldest publication first (a work in press last), then by key: the order the sources spoke in, as for totals.
        let listed = run.sorted { (published($0), $0.key) < (published($1), $1.key) }
        let first = listed[0]  // a run that competes has two figures at least
        let period = first.periodText
        let who = subgroupAndUnit(first, context: context)
        let says = listed.map { figure -> CitedText in "\(whoGives(figure, among: listed, context: context)) gives \(context.statedText(figure))" }
        var text = CitedText(plain: "\(catalog.measureLabel(first.measure)) in \(Words.place(catalog.placeName(first.place))), \(period), \(who): ")
        text += CitedText.list(says)
        text += "\(howTheyDiffer(listed, catalog: catalog))\(sameDaysSentence(listed))"
        text += disagreementAdvice(listed, context: context)
        var citations: [Int] = []
        for figure in listed where !citations.contains(context.cite(figure.source)) { citations.append(context.cite(figure.source)) }
        return ComparabilityWarning(kind: kind(of: listed, context: context), text: text, figures: listed.map(\.key), citations: citations)
    }

    /// The kind, and so the heading, of a caution about figures of one period that differ:
    /// `disagreement` for counts from records (detected victims, criminal-justice counts), which
    /// are no estimates, `estimates` otherwise.
    ///
    /// Why: two sources' 1,150 and 1,200 detected victims were headed "Caution (estimates)", in a
    /// brief whose Comparability section insists that such counts are not estimates (session 51).
    static func sameTimeKind(_ figure: FigureRecord, catalog: Catalog) -> String {
        SeriesCaution.isDetected(figure.measure, catalog: catalog) ? "disagreement" : "estimates"
    }

    /// Who a figure counts and, when it is not the measure's usual one, in what unit: "female,
    /// children", "female, percent", "percent" (a total in another unit, a rate or a share, is
    /// told by its unit), "all" for everyone in the usual unit.
    static func subgroupAndUnit(_ figure: FigureRecord, context: BriefContext) -> String {
        let who = BriefContext.subgroup(figure, catalog: context.catalog)
        guard figure.unit != context.catalog.defaultUnits[figure.measure] else { return who }
        let unit = context.quantity(figure).unitLabel
        return who == "all" ? unit : who + ", " + unit
    }

    /// Runs of figures with the same reference period by the days it covers (`2018`, `2018-01` to
    /// `2018-12` and `2018-01-01` to `2018-12-31` are one period), each in reading order.
    ///
    /// Why by days: a source that writes the year as its first and last days gave an estimate for
    /// another period as far as the text went, and two sources' 32,000 and 95,000 for Nepal in 2018
    /// read as a change over time, not as a disagreement. Reading order sorts dates as written, so
    /// such periods need not be neighbours: the figures (primary estimates of one measure and place,
    /// a few) are ordered by their days first, as integers (`PeriodDays`).
    private static func samePeriodRuns(_ figures: [FigureRecord]) -> [[FigureRecord]] {
        let days = figures.enumerated().map { ($0.element.firstDay, $0.element.lastDay, $0.offset) }
            .sorted { $0 < $1 }
        var runs: [[FigureRecord]] = []
        var last: (first: Int, last: Int)?
        for (first, end, index) in days {
            if let last, last == (first, end) {
                runs[runs.count - 1].append(figures[index])
            } else {
                runs.append([figures[index]])
            }
            last = (first, end)
        }
        return runs
    }

    /// Whether two figures of `run` from different sources, not one data collection, differ: counts
    /// from records by any amount, estimates beyond rounding (`RepeatChange.agreeUpToRounding`,
    /// the rule lineage uses) and beyond their stated ranges, a censored one by its bounds
    /// (`FigureAgreement`).
    private static func isCompeting(_ run: [FigureRecord], catalog: Catalog) -> Bool {
        guard run.count >= 2 else { return false }
        let exact = SeriesCaution.isDetected(run[0].measure, catalog: catalog)
        for (index, a) in run.enumerated() {
            // A copy and its producer's own figure are one data collection: a difference between them is a release's, not a disagreement (`copyWarnings`).
            for b in run[(index + 1)...] where independent(a, b, catalog: catalog) {
                // A `<5` takes part by its bounds: against 7 it differs, against 4 it agrees.
                if FigureAgreement.differ(a, b, exact: exact) { return true }
            }
        }
        return false
    }

    /// Whether `a` and `b` are two data collections' figures: from different sources, not a copy
    /// and its producer, or from two named studies of one source.
    ///
    /// Why studies: a report's household survey (10,000) and its multiple-systems estimate (40,000)
    /// are two estimates (as `same-figure-twice` has it), and the brief took one as the key figure
    /// without a word that the other disagreed (a user-review, session 42).
    private static func independent(_ a: FigureRecord, _ b: FigureRecord, catalog: Catalog) -> Bool {
        if a.source == b.source { return a.study != nil && b.study != nil && a.study != b.study }
        return catalog.origin(b.source) != catalog.origin(a.source)
    }

    /// The source a caution names for `figure`, with its study when another figure of `listed`
    /// has the same source: "Doe 2024 [1] (Household survey)".
    private static func whoGives(_ figure: FigureRecord, among listed: [FigureRecord], context: BriefContext) -> CitedText {
        let label = context.citedLabel(figure.source)
        guard let study = figure.study, listed.contains(where: { $0 !== figure && $0.source == figure.source }) else { return label }
        return label + CitedText(plain: " (\(context.catalog.studies[study]?.title ?? study))")
    }

    /// " Say that the sources disagree when citing either.", or, when the figures' sources are
    /// one publication under several keys (`SamePublications`, as the data gaps count them), that
    /// the numbers are one figure entered twice, to be settled rather than cited as a disagreement.
    ///
    /// Why: one figure typed from one report under two keys of it (two colleagues' databases
    /// combined) was a "disagreement" the brief told its readers to report, while its data gaps
    /// said the two keys were one publication (a merging review, session 52).
    private static func disagreementAdvice(_ run: [FigureRecord], context: BriefContext) -> CitedText {
        var sources: [String] = []
        for figure in run where !sources.contains(figure.source) { sources.append(figure.source) }
        guard let why = onePublication(run, context: context) else {
            return CitedText(plain: " Say that the sources disagree when citing " + (run.count == 2 ? "either." : "any of them."))
        }
        return " " + CitedText.list(sources.map(context.citedLabel))
            + CitedText(plain: " are one publication under \(sources.count == 2 ? "two keys" : "several keys"), with \(why) (tipdb check's "
                + "\(why.hasPrefix("the same DOI") ? "same-doi" : "same-source-twice")): these are one figure entered twice, not sources that disagree; check the publication and withdraw the "
                + "wrong \(run.count == 2 ? "one" : "ones") (tipdb retract KEY --reason ...) before citing it.")
    }

    /// Why the sources of `run` are one publication under several keys (`SamePublications`), or nil.
    private static func onePublication(_ run: [FigureRecord], context: BriefContext) -> String? {
        let publications = SamePublications(context.catalog.sources.values, sameSource: context.catalog.sameSourceGroups)
        return publications.onePublication(run.map(\.source))
    }

    /// The caution's kind: `duplicates` for one publication's figure entered under two of its keys,
    /// which no reader should take for a disagreement; else as `sameTimeKind` says.
    private static func kind(of run: [FigureRecord], context: BriefContext) -> String {
        onePublication(run, context: context) == nil ? sameTimeKind(run[0], catalog: context.catalog) : "duplicates"
    }

    /// "; they differ beyond rounding.", or, for counts from records that only a rounding would
    /// make one number (1,150 and 1,200 detected victims), that such counts are not rounded.
    private static func howTheyDiffer(_ run: [FigureRecord], catalog: Catalog) -> String {
        for (index, a) in run.enumerated() {
            for b in run[(index + 1)...] where independent(a, b, catalog: catalog) {
                if FigureAgreement.differ(a, b) { return "; they differ beyond rounding." }
            }
        }
        return "; they differ, and counts from records are exact, not rounded."
    }

    /// The rule that took the key figure, as far as the publication dates can tell it.
    ///
    /// Why not always "the most recently published": `Headline.best` and `latest_estimates` order
    /// publication dates as text, which is right between dates of one precision but not between
    /// `2019-05` and `2019` (either may have come out later) nor for a source without a date. The
    /// order stays the same, so that the brief and the view agree; the caution says when it is
    /// only the order of the dates as written, and names each date as a period is written: a day
    /// as written (`2019-05-03`), a month in words (`taken (September 2019)`, `gives only May 2019`).
    /// A work in press is known to come out after every published source, and both take it over
    /// them (m0064): the caution says why, where it said that the view sorted it first with the
    /// sources that give no date (review of session 54).
    private static func rule(_ keyFigure: FigureRecord, among listed: [FigureRecord], context: BriefContext) -> String {
        let catalog = context.catalog
        let published = { (figure: FigureRecord) in catalog.sources[figure.source]?.published ?? "" }
        let keyDate = published(keyFigure)
        let others = listed.filter { $0 !== keyFigure }
        if catalog.inPress.contains(keyFigure.source) {
            let alsoInPress = others.filter { catalog.inPress.contains($0.source) }
            guard !alsoInPress.isEmpty else { return "the work in press is taken, as it comes out after those already published" }
            let byKey = "the one whose key sorts first (\(keyFigure.key)) is taken"
            if alsoInPress.count == others.count { return "\(others.count == 1 ? "both" : "all") in press, " + byKey }
            let labels = ([keyFigure] + alsoInPress).map { context.label($0.source) }
            return "of the works in press (\(Words.list(labels))), which come out after those already published, " + byKey
        }
        let undated = others.filter { published($0).isEmpty && !keyDate.isEmpty }
        // Dated only to the year or month of the key figure's date: the same text up to their length.
        let coarser = others.filter { other in
            let date = published(other)
            return !date.isEmpty && date.utf8.count < keyDate.utf8.count && keyDate.hasPrefix(date)
        }
        if !undated.isEmpty || !coarser.isEmpty {
            var unknown: [String] = []
            var byDate: [String: [String]] = [:]
            for other in coarser { byDate[published(other), default: []].append(context.label(other.source)) }
            for date in byDate.keys.sorted() {
                let labels = byDate[date] ?? []
                unknown.append("\(Words.list(labels)) \(labels.count == 1 ? "gives" : "give") only \(ReferencePeriod.words(date))")
            }
            if !undated.isEmpty {
                let labels = undated.map { context.label($0.source) }
                unknown.append("\(Words.list(labels)) \(labels.count == 1 ? "gives" : "give") no date")
            }
            return "the one whose publication date sorts last as written is taken (\(ReferencePeriod.words(keyDate))), but which source was "
                + "published last is not known: " + Words.list(unknown)
        }
        if others.contains(where: { published($0) == keyDate }) {
            let when: String =
                switch keyDate.utf8.count {
                case 0: "none of them dated"
                case 4: "published in the same year (\(keyDate))"
                case 7: "published in the same month (\(ReferencePeriod.words(keyDate)))"
                default: "published on the same date (\(keyDate))"
                }
            return "\(when), the one whose key sorts first (\(keyFigure.key)) is taken"
        }
        return "the most recently published source is taken"
    }

    /// - Parameters:
    ///   - run: two or more primary estimates of one measure, place and period (`isCompeting`).
    ///   - keyFigure: the key figure of the measure and place, which may be for another period.
    ///   - errors: the figures check calls errors, by key: the key figure passed them over, so the
    ///     rule that took it is told among the others, and the ones passed over are named.
    private static func estimateWarning(
        _ run: [FigureRecord], keyFigure: FigureRecord?, passedOver errors: [String: [FigureError]], context: BriefContext
    ) -> ComparabilityWarning {
        let catalog = context.catalog
        let published = { (figure: FigureRecord) in catalog.publicationOrder(figure.source) }
        // Oldest publication first (a work in press last, as it comes out after them), then by key: the order the sources spoke in.
        let listed = run.sorted { (published($0), $0.key) < (published($1), $1.key) }
        let first = listed[0]  // a run that competes has two figures at least
        let period = first.periodText
        let says = listed.map { figure -> CitedText in "\(whoGives(figure, among: listed, context: context)) gives \(context.statedText(figure))" }
        var text = CitedText(plain: "\(catalog.measureLabel(first.measure)) in \(Words.place(catalog.placeName(first.place))), \(period): ")
        text += CitedText.list(says)
        text += "\(howTheyDiffer(listed, catalog: catalog))\(sameDaysSentence(listed))"
        if let keyFigure, run.contains(where: { $0 === keyFigure }) {
            // Passed over only when the key figure itself is sound (`KeyFigureSelection`).
            let passed = errors[keyFigure.key] == nil ? listed.filter { errors[$0.key] != nil } : []
            let among = passed.isEmpty ? listed : listed.filter { errors[$0.key] == nil }
            // "The key figure, up to 47,000 from UNODC 2023, is chosen by rule": "UNODC 2023's up
            // to 47,000" read as if the bound were the source's name for it.
            let sound = passed.isEmpty ? "" : " other than "
                + Words.list(passed.map { "\(context.boundedText($0)) from \(context.label($0.source))" })
                + " (which cannot be right as stored)"
            // Counts from records are no estimates (the Comparability section insists): named as counts.
            let kind = SeriesCaution.isDetected(first.measure, catalog: catalog) ? "count" : "estimate"
            text += CitedText(plain: " The key figure, \(context.markedText(keyFigure)) from \(context.label(keyFigure.source)), is chosen by rule: of primary "
                + "\(kind)s for the same period\(sound), " + rule(keyFigure, among: among, context: context)
                + ", which is no judgement that its \(kind) is the better one.")
        } else if let keyFigure {
            text += " The key figure is for another period (\(ReferencePeriod(start: keyFigure.periodStart, end: keyFigure.periodEnd).text)), "
                + "but the figures tables show \(run.count == 2 ? "both" : "all of them")."
        }
        text += disagreementAdvice(listed, context: context)
        var citations: [Int] = []
        for figure in listed where !citations.contains(context.cite(figure.source)) { citations.append(context.cite(figure.source)) }
        return ComparabilityWarning(kind: kind(of: listed, context: context), text: text, figures: listed.map(\.key), citations: citations)
    }
}
