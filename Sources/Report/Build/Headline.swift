import Storage

/// Which figure speaks for a measure in a place: the rules behind key figures, charts and the
/// method warnings, kept in one place so the three always agree.
///
/// A key figure is what the `latest_estimates` view (Migrations/m0051, edited by m0064) gives for its
/// measure and place, so that the brief and a query of the database never disagree about "the
/// latest estimate". Charts use the same figures, less those without a value; method warnings
/// count those too (`series(_:includingBounds:)`).
enum Headline {
    /// Whether a figure is a primary estimate, as `latest_estimates` has it: it repeats no figure
    /// (`cites`) and was not merely reported (a figure reported without `cites` is an unsourced
    /// repeat, not an estimate); it is in the measure's default unit (a share, a rate or a change
    /// over years is not the level the key figures promise); it covers everyone (sex and age
    /// total, no form, no breakdown); and its series, if any, still publishes it.
    ///
    /// Worked out once per figure as it is read, because choosing key figures and chart series
    /// looks at figures many times.
    static func isPrimaryEstimate(
        cites: String?, method: String, sex: String, ageGroup: String, form: String?, unit: String,
        defaultUnit: String?, narrowed: Bool
    ) -> Bool {
        cites == nil && method != "reported" && unit == defaultUnit && sex == "total" && ageGroup == "total"
            && form == nil && !narrowed
    }

    /// The key figure among `figures` (one measure, one place): the primary estimate whose period
    /// ends on the latest day (a period the source does not state ends with the publication year
    /// standing in for it, the latest it can end), then whose source states its period (m0035: it
    /// is known to be that recent, the other only may be), then covers whole years, then whole months (`wholeness`: the year
    /// 2020, not December 2020: a month's count is a fraction of the year's), then starts on the latest day (a level for
    /// one year, not a span ending then), then a producer's own figure before a second-hand copy of
    /// it (m0031: the copy, published later, would otherwise always win), then the most recent
    /// publication, a work in press after every dated source (m0064: the final results in press
    /// over the preliminary report, `Catalog.publicationOrder`), then the key, in byte order:
    /// `latest_estimates`'s order, so that both pick the same figure. Nil when no figure is a
    /// primary estimate.
    ///
    /// - Parameters:
    ///   - catalog: the sources' publication dates, and which are second-hand copies (`SecondHandCopies`).
    ///   - eligible: which primary estimates may be taken (all by default): the key figures pass
    ///     over those `tipdb check` calls errors.
    ///   - unit: a unit other than the measure's usual one, whose primary figures are chosen from
    ///     instead, by the same rule (`FigureRecord.isPrimaryInAnyUnit`): the latest rate per 1,000
    ///     of a place that has no key figure (`KeyFigurePlaces`).
    static func best(
        of figures: ArraySlice<FigureRecord>, catalog: Catalog, unit: String? = nil, eligible: (FigureRecord) -> Bool = { _ in true }
    ) -> FigureRecord? {
        func copy(_ source: String) -> Bool { catalog.copies.republishers[source] != nil }
        // SQLite compares text byte by byte: so does this, so that non-ASCII keys order alike.
        func after(_ x: String, _ y: String) -> Bool { y.utf8.lexicographicallyPrecedes(x.utf8) }
        // The lazy filter keeps the closure only while `min` runs.
        func primary(_ figure: FigureRecord) -> Bool {
            guard let unit else { return figure.isPrimaryEstimate }
            return figure.isPrimaryInAnyUnit && figure.unit == unit
        }
        return withoutActuallyEscaping(eligible) { eligible in figures.lazy.filter { primary($0) && eligible($0) }.min { a, b in
            let ea = a.lastDay, eb = b.lastDay
            if ea != eb { return ea > eb }
            if a.periodUnstated != b.periodUnstated { return b.periodUnstated }
            let sa = a.firstDay, sb = b.firstDay
            let ga = wholeness(first: sa, last: ea), gb = wholeness(first: sb, last: eb)
            if ga != gb { return ga < gb }
            if sa != sb { return sa > sb }
            let ca = copy(a.source), cb = copy(b.source)
            if ca != cb { return cb }
            // A work in press after every dated source, one without a date before them (m0064).
            let pa = catalog.publicationOrder(a.source), pb = catalog.publicationOrder(b.source)
            if pa != pb { return after(pa, pb) }
            return after(b.key, a.key)
        } }
    }

    /// How whole a period is, by its days: 0 for whole years (`2020`, `2020-01` to `2020-12`,
    /// `2020-01-01` to `2020-12-31`), 1 for whole months, 2 for other days.
    ///
    /// Why by days, not by how the period is written: a source that writes the year 2018 as
    /// `2018-01-01`/`2018-12-31` gives a figure for the same period as one that writes `2018`, and
    /// the key figure between them is then the more recently published, not the one written shorter.
    static func wholeness(first: Int, last: Int) -> Int {
        if first % 10_000 == 101 && last % 10_000 == 1231 { return 0 }
        let (year, month) = (last / 10_000, last / 100 % 100)
        guard first % 100 == 1, (1...12).contains(month), last % 100 == BriefDate.days(inMonth: month, of: year) else { return 2 }
        return 1
    }

    /// Within one source and period end (by its last day), the figure a series keeps: a period of
    /// one year by its days (`PeriodDays.isOneYear`: a calendar or financial year), then the
    /// wholest (`wholeness`: whole years, then whole months), then the one that starts last (the
    /// shortest), then the largest value, then the key: the order `best` takes a key figure by,
    /// so that a chart never leaves out its measure's key figure for a shorter period ending then.
    ///
    /// Why: the shortest period was kept, so the year's 17,004 was dropped for its fourth
    /// quarter's 3,385 when the year was written 2023-01/2023-12 (and kept when written 2023, a
    /// slot told by its text), and a financial year for its last quarter: the key figure missing
    /// from its own chart (a government statistician's review, session 55). A span of years still
    /// gives way to its last year (11,500 for 2012-2016 beside 3,805 for 2016, named under the chart).
    static func isPreferred(_ a: FigureRecord, over b: FigureRecord) -> Bool {
        if a.lastDay != b.lastDay { return a.lastDay > b.lastDay }
        let ya = PeriodDays.isOneYear(start: a.periodStart, end: a.periodEnd), yb = PeriodDays.isOneYear(start: b.periodStart, end: b.periodEnd)
        if ya != yb { return ya }
        let wa = wholeness(first: a.firstDay, last: a.lastDay), wb = wholeness(first: b.firstDay, last: b.lastDay)
        if wa != wb { return wa < wb }
        if a.firstDay != b.firstDay { return a.firstDay > b.firstDay }
        let va = a.value ?? -Double.infinity
        let vb = b.value ?? -Double.infinity
        if va != vb { return va > vb }
        return a.key < b.key
    }

    /// The figures of `figures` with a value that `series` (made from them) leaves out: a longer
    /// period, or another figure, of a source that gives one for the same period end, in reading order.
    ///
    /// Why: a chart drew a source's 3,805 for 2016 and left out, without a word, its 11,500 for
    /// 2012-2016 (review of session 47); its source line names them.
    static func passedOver(_ figures: [FigureRecord], series: [FigureRecord]) -> [FigureRecord] {
        guard figures.count > series.count else { return [] }
        let drawn = Set(series.map(\.key))
        return figures.filter { $0.isHeadline && !drawn.contains($0.key) }
    }

    /// The series for one measure and place: headline figures, one per source and period end
    /// (the preferred one), by period; with `includingBounds`, primary estimates published only
    /// as a bound (`<5`) too, which a figure with a value of the same source and period end
    /// takes precedence over (`isPreferred`).
    ///
    /// The order compares field by field rather than as a tuple: a tuple of four strings compares
    /// each field twice (equal, then less) and retains all eight strings for every comparison.
    ///
    /// - Parameter unit: a unit other than the measure's usual one, whose primary estimates make
    ///   the series instead (`FigureRecord.isPrimaryInAnyUnit`): rates are a series of their own
    ///   beside counts, and successive rates from different studies are no trend either.
    ///   - earlier: figures in the usual unit that only an earlier release of their series gives
    ///     (`BriefContext.earlierReleaseOnly`), which are points of the series too.
    static func series(
        _ figures: some Sequence<FigureRecord>, includingBounds: Bool = false, unit: String? = nil, earlier: Set<String> = []
    ) -> [FigureRecord] {
        var best: [SeriesSlot: FigureRecord] = [:]
        for figure in figures where unit.map({ figure.isPrimaryInAnyUnit && figure.unit == $0 })
            ?? (figure.isPrimaryEstimate || (!earlier.isEmpty && earlier.contains(figure.key))) {
            guard includingBounds || figure.value != nil else { continue }
            let slot = SeriesSlot(source: figure.source, lastDay: figure.lastDay)
            if let current = best[slot], !isPreferred(figure, over: current) { continue }
            best[slot] = figure
        }
        return best.values.sorted { a, b in
            if a.periodStart != b.periodStart { return a.periodStart < b.periodStart }
            if a.periodEnd != b.periodEnd { return a.periodEnd < b.periodEnd }
            if a.source != b.source { return a.source < b.source }
            return a.key < b.key
        }
    }
}
