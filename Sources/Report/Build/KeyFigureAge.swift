import Storage

/// Cautions on key figures whose reference period ended long before the brief's date (kind
/// `age`): "Victims of trafficking in persons (estimated), World: the key figure, 2.45 million
/// (ILO 2005 [1]), describes 1995-2004, a period that ended 22 years before this brief."
///
/// Why: the field's founding mistake is a 1995-2004 estimate quoted as current ("2.4 million
/// (UN)" in 2013). The key figures table shows each period, but the table is introduced as "the
/// most recent", and the most recent figure the database holds can be decades old. A reader of
/// the brief is told how old it is, and whether the database holds a later figure of the same
/// measure and place that the key figures could not take (for part of the population, in another
/// unit, a repeat; or outside the years the brief was asked for).
///
/// How old is too old depends on how often such figures come out (reference/domain.md): global
/// and regional estimates (prevalence, money, rates, index scores) every four to five years,
/// describing the year or years before; counts of detected victims and of criminal-justice
/// events every year, two or three years after the year they count. A figure gets the caution
/// when its period ended more than `estimateYears` (10: two editions missed) or `countYears`
/// (5: at least two yearly releases missed) before the year of the brief's date.
enum KeyFigureAge {
    static let kind = "age"
    static let estimateYears = 10
    static let countYears = 5
    /// Cautions beyond this many are summed up in one sentence: a brief must stay readable.
    static let limit = 20

    /// The years after which a figure of a measure that counts `counts` gets the caution.
    static func threshold(counts: String?) -> Int {
        switch counts {
        case "detected-count", "criminal-justice-count": countYears
        default: estimateYears
        }
    }

    /// One caution per key figure whose period ended more than its threshold before `date`
    /// (YYYY-MM-DD), in the key figures' order.
    ///
    /// - Parameter ordered: the figures in scope, in reading order: a later figure of the same
    ///   measure and place among them is named. Only when the brief's years have an end (`--to`)
    ///   can a later one be outside them, and only then is the database asked (once per key
    ///   figure cautioned).
    static func build(
        _ keyFigures: [KeyFigure], ordered: [FigureRecord], date: String, context: BriefContext, db: Database
    ) throws -> [ComparabilityWarning] {
        guard let briefYear = Int(date.prefix(4)) else { return [] }
        var old: [(key: KeyFigure, years: Int)] = []
        var unstated: [ComparabilityWarning] = []
        for key in keyFigures {
            // Its period is a stand-in: how old the number is cannot be told, and saying so is the caution.
            if key.figure.periodUnstated {
                unstated.append(try unstatedCaution(key, ordered: ordered, context: context, db: db))
                continue
            }
            let years = briefYear - PeriodDays.parts(key.figure.periodEnd).year
            if years > threshold(counts: context.catalog.measures[key.measure]?.counts) { old.append((key, years)) }
        }
        var warnings: [ComparabilityWarning] = []
        for (key, years) in old.prefix(limit) {
            warnings.append(try caution(key, years: years, ordered: ordered, context: context, db: db))
        }
        if old.count > limit {
            let more = old.count - limit
            warnings.append(ComparabilityWarning(
                kind: kind,
                text: "\(Words.count(more, "more key figure describes", "more key figures describe")) a period that "
                    + "ended more than \(countYears) years (counts) or \(estimateYears) years (estimates) before this brief; "
                    + "say the period wherever such a figure is quoted.",
                figures: old.dropFirst(limit).map { $0.key.figure.key }, citations: []))
        }
        return warnings + unstated.prefix(limit)
    }

    /// The caution of a key figure whose source does not state the period it describes, with the
    /// later figures of its measure and place that do (`later`).
    ///
    /// Why name them: with `--to 2019`, ILO 2014's US$150 billion a year (period not stated) was
    /// cautioned only for its period, and ILO 2024's US$236 billion for 2021 was never named. Its
    /// stand-in period is its publication year, and a figure describes a time before it is
    /// published: a stated period that ends after that year is a later one.
    private static func unstatedCaution(
        _ key: KeyFigure, ordered: [FigureRecord], context: BriefContext, db: Database
    ) throws -> ComparabilityWarning {
        let figure = key.figure
        var text = CitedText(plain: "\(key.measureLabel), \(Words.aroundComma(key.placeName)): the key figure, ")
        text += keyNumber(key, context: context)
        text += ", comes from a source that does not state the period "
        text += "it describes, so how old it is cannot be told"
        var figures = [figure.key], citations = [figure.citation]
        if let later = try later(key, endDay: PeriodDays.last(figure.periodEnd), ordered: ordered, context: context, db: db) {
            text += CitedText(plain: "; ") + later.text
            figures += later.figures
            citations += later.citations
        }
        text += ". Say so wherever it is quoted, and do not present it as describing the year its source was published."
        return ComparabilityWarning(kind: kind, text: text, figures: figures, citations: citations)
    }

    private static func caution(
        _ key: KeyFigure, years: Int, ordered: [FigureRecord], context: BriefContext, db: Database
    ) throws -> ComparabilityWarning {
        let figure = key.figure
        var text = CitedText(plain: "\(key.measureLabel), \(Words.aroundComma(key.placeName)): the key figure, ")
        text += keyNumber(key, context: context)
        text += ", describes \(figure.period), a period that ended "
        text += "\(Words.count(years, "year")) before this brief; "
        var figures = [figure.key], citations = [figure.citation]
        if let later = try later(key, endDay: PeriodDays.last(figure.periodEnd), ordered: ordered, context: context, db: db) {
            text += later.text + "."
            figures += later.figures
            citations += later.citations
        } else {
            text += "no later figure of this measure and place is in the database"
            if let parts = laterParts(key, endDay: PeriodDays.last(figure.periodEnd), ordered: ordered, context: context) {
                text += CitedText(plain: ", but ") + parts.text
                figures += parts.figures
                citations += parts.citations
            }
            text += "."
        }
        text += " Say the period wherever the figure is quoted: it does not describe the situation now."
        return ComparabilityWarning(kind: kind, text: text, figures: figures, citations: citations)
    }

    /// The key figure's number with its interval and source in one bracket: `12,000 (10,000 to
    /// 14,000, 95% interval; Okafor and Tran 2026 [1])`, `2.45 million (ILO 2005 [1])`, as
    /// `BriefContext.withInterval` writes it.
    ///
    /// Why: an estimate for 2010 of 12,000 with a 95% interval of 10,000 to 14,000 was cautioned
    /// about as "the key figure, 12,000", the one caution a reader quoting an old figure reads,
    /// where the other cautions give the interval (session 55).
    private static func keyNumber(_ key: KeyFigure, context: BriefContext) -> CitedText {
        let figure = key.figure
        let interval = context.catalog.quantity(unit: figure.unit, measure: figure.measure).uncertaintyText(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            valueLastDigit: figure.valueLastDigit, lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
        let opened = interval.map { "\($0); " } ?? ""
        return CitedText(plain: "\(context.markedText(figure)) (\(opened)\(figure.sourceLabel) ") + CitedText.citation(figure.citation) + ")"
    }

    /// The later figures of the key figure's measure and place, in words: the latest in scope that
    /// the key figures could not take (`laterInScope`), and, when the brief's years end before the
    /// database's, the latest primary figure for everyone in the measure's usual unit outside them
    /// (`laterInDatabase`); both when both exist. Nil when neither does.
    ///
    /// Why both: with `--period 2019` the 2019 key figure (up to 50,000 detected victims) named
    /// only the change "up 25% for 2019-2022" in the tables, never the count of 47,000 for 2020
    /// the database holds outside the brief's years: the in-scope change hid the later level.
    private static func later(
        _ key: KeyFigure, endDay: Int, ordered: [FigureRecord], context: BriefContext, db: Database
    ) throws -> (text: CitedText, figures: [String], citations: [Int])? {
        var text = CitedText(plain: "")
        var figures: [String] = [], citations: [Int] = []
        let inScope = laterInScope(key, endDay: endDay, ordered: ordered, context: context)
        if let later = inScope {
            let citation = context.cite(later.record.source)
            citations.append(citation)
            figures.append(later.record.key)
            let subgroup = BriefContext.subgroup(later.record, catalog: context.catalog)
            text += CitedText(plain: "a later figure of this measure and place is in the tables below, but \(later.why), so not a key figure: "
                + "\(context.statedText(later.record)) for \(later.period)"
                + " (" + (subgroup == "all" ? "" : subgroup + ", ") + context.label(later.record.source) + " ")
            text += CitedText.citation(citation) + ")"
        }
        if let to = context.scope.filters.to,
           let later = try laterInDatabase(key, endDay: endDay, after: to, context: context, db: db) {
            let latest = later.figure
            let citation = context.cite(latest.source)
            citations.append(citation)
            figures.append(latest.key)
            let covered = to.isYear ? "years" : "periods"
            let what = inScope == nil ? "a later figure of this measure and place" : "; and a later figure for everyone in its usual unit"
            text += CitedText(plain: "\(what) is in the database, outside the \(covered) this brief covers "
                + "(to \(to.words)): \(context.boundedText(latest))\(context.uncertaintyText(latest).map { " (\($0))" } ?? "") "
                + "for \(latest.periodText) (\(context.label(latest.source)) ")
            text += CitedText.citation(citation) + ")"
            if !later.disagreeing.isEmpty {
                // Named, so that the figure chosen by rule is not read as the only one: 900 beside 1,450 is no trend.
                var sources: [String] = []
                let others = later.disagreeing.map { other -> CitedText in
                    let number = context.cite(other.source)
                    if !citations.contains(number) { citations.append(number) }
                    figures.append(other.key)
                    if !sources.contains(other.source) { sources.append(other.source) }
                    return context.withInterval(other, then: CitedText(plain: "\(context.label(other.source)) ") + CitedText.citation(number))
                }
                text += CitedText(plain: ", but for the same period the database also holds ") + CitedText.list(others)
                text += CitedText(plain: ": the sources disagree, and the figure named is the most recently published, as the key "
                    + "figures choose, which is no judgement that its number is the better one")
            }
        }
        return figures.isEmpty ? nil : (text, figures, citations)
    }

    /// The latest figure in scope of the key figure's measure and place whose number describes a
    /// period that ends later (on a later day than `endDay`, the key figure's last), why the key
    /// figures did not take it, and that period as written.
    ///
    /// A repeat's number describes its original's period, not the one it is filed under
    /// (`BriefContext.datingFigure`): a repeat of ILO 2005's 1995-2004 estimate filed under 2025
    /// was named as "a later figure ... 2.4 million for 2025". It is later only when its original
    /// is, and is then named with its original's period.
    private static func laterInScope(
        _ key: KeyFigure, endDay: Int, ordered: [FigureRecord], context: BriefContext
    ) -> (record: FigureRecord, why: String, period: String)? {
        let run = run(measure: key.measure, place: key.place, in: ordered, context: context)
        // A figure filed under its publication year is no later figure: its period is not known.
        // A repeat that changed the measure or place of what it repeats is another claim, not a
        // figure of this measure and place (`BriefContext.scopeChange`): its source's own number
        // is its original's, for another measure or place, which the lineage section names.
        let laterYears = run.compactMap { figure -> (FigureRecord, dated: FigureRecord)? in
            guard let dated = context.datingFigure(figure), dated.lastDay > endDay,
                  !(context.scopeChange(figure)?.changes.contains { $0 == .measure || $0 == .place } ?? false)
            else { return nil }
            return (figure, dated)
        }
        // Of the figures ending last, the one for everyone (no sex, age, form or breakdown) is
        // named: a newer export that dropped a year dropped its total and its subgroups alike, and
        // "<5 for 2020 (female)" named first read as the year's total.
        func forEveryone(_ figure: FigureRecord) -> Bool {
            figure.sex == "total" && figure.ageGroup == "total" && figure.form == nil && figure.breakdowns.isEmpty
        }
        guard let (later, dated) = laterYears.max(by: { a, b in
            let ea = a.dated.lastDay, eb = b.dated.lastDay
            if ea != eb { return ea < eb }
            return !forEveryone(a.0) && forEveryone(b.0)
        }) else { return nil }
        let why: String
        if later.cites != nil || later.method == "reported" {
            why = "it repeats another figure"
        } else if later.unit != context.catalog.defaultUnits[later.measure] {
            why = "it is in another unit"
        } else if later.isPrimaryEstimate {
            why = "its numbers cannot be right as stored (see its caution)"
        } else if let released = context.set.droppedFromLatest[later.key] {
            // Not a key figure for its release, not its subgroup: it may well count everyone.
            why = context.set.droppedCopies.contains(later.key) ? "it is a copy of a figure its producer's latest release (\(released)) no longer holds"
                : "it is not in the latest \(context.set.droppedDownloads.contains(later.key) ? "download of its chart" : "release of its export") (\(released))"
        } else if let refused = context.set.refusedInLatest[later.key] {
            // Its row in the latest release was refused: the number is the earlier release's.
            why = "its row in the latest release of its export (\(refused.released)) was refused at load (batch \(refused.batch))"
        } else {
            why = "it is for part of the population"
        }
        return (later, why, dated.periodText)
    }

    /// The latest primary figures in scope for the parts of the key figure's measure (its
    /// sub-measures, `measures.parent`) in its place, for one period that ends after `endDay`:
    /// "later figures for its parts are in this brief: Forced commercial sexual exploitation (6.3
    /// million) and Privately imposed forced labour exploitation (17.3 million), for 2021 (ILO et
    /// al. 2022 [2])". Nil when no part has a later figure.
    ///
    /// Why: ILO 2012's 18.7 million in the private economy (2002-2011) was cautioned as having "no
    /// later figure of this measure", beside key figures for 2021 of its two parts, 17.3 and 6.3
    /// million: a reader took 18.7 million as the latest total. The parts are named, not added
    /// up: only the measures' definitions can say whether they make the whole.
    ///
    /// Estimates, money and rates only: a later part of a count from records gets the counts
    /// caution (`ComparabilityCheck.partCountWarnings`), which says the same at more length.
    private static func laterParts(
        _ key: KeyFigure, endDay: Int, ordered: [FigureRecord], context: BriefContext
    ) -> (text: CitedText, figures: [String], citations: [Int])? {
        // Counts from records have their own caution for a later part (`partCountWarnings`).
        guard !SeriesCaution.isDetected(key.measure, catalog: context.catalog) else { return nil }
        var latest: [FigureRecord] = []
        var latestEnd = endDay
        for part in context.catalog.children(of: key.measure) {
            // The part's own key figure, as Headline.best would take it among the later ones.
            let later = run(measure: part.code, place: key.place, in: ordered, context: context)
                .filter { $0.isHeadline && !$0.periodUnstated && $0.lastDay > endDay }
            guard let best = Headline.best(of: later[...], catalog: context.catalog) else { continue }
            if best.lastDay > latestEnd {
                latest = [best]
                latestEnd = best.lastDay
            } else if best.lastDay == latestEnd {
                latest.append(best)
            }
        }
        guard let first = latest.first else { return nil }
        var text = CitedText(plain: latest.count == 1 ? "a later figure for one of its parts is in this brief: " : "later figures for its parts are in this brief: ")
        var citations: [Int] = []
        var cited: [CitedText] = []
        for figure in latest {
            let citation = context.cite(figure.source)
            guard !citations.contains(citation) else { continue }
            citations.append(citation)
            cited.append(CitedText(plain: context.label(figure.source) + " ") + CitedText.citation(citation))
        }
        let parts = latest.map { "\(context.catalog.measureLabel($0.measure)) (\(context.bracketedText($0)))" }
        text += CitedText(plain: Words.list(parts) + ", for " + first.periodText + " (") + CitedText.list(cited) + ")"
        return (text, latest.map(\.key), citations)
    }

    /// The figures of one measure and place in `ordered` (reading order: by measure, then place,
    /// by their ranks), found by bisection: this runs for a few key figures of a brief that may
    /// hold a hundred thousand figures.
    static func run(measure: String, place: String, in ordered: [FigureRecord], context: BriefContext) -> ArraySlice<FigureRecord> {
        let measureRank = context.measureRank, placeRank = context.placeRank
        func rank(_ figure: FigureRecord) -> (Int, Int) {
            (measureRank[figure.measure] ?? Int.max, placeRank[figure.place] ?? Int.max)
        }
        let target = (measureRank[measure] ?? Int.max, placeRank[place] ?? Int.max)
        var low = 0, high = ordered.count
        while low < high {
            let middle = (low + high) / 2
            if rank(ordered[middle]) < target { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < ordered.count, ordered[end].measure == measure, ordered[end].place == place { end += 1 }
        return ordered[low..<end]
    }

    /// The record of `key`'s figure among `ordered`, found by `run`: what the cautions on key
    /// figures that read its fields (`KeyFigurePlaces`, `KeyFigureKinds`) start from.
    static func record(of key: KeyFigure, in ordered: [FigureRecord], context: BriefContext) -> FigureRecord? {
        run(measure: key.measure, place: key.place, in: ordered, context: context).first { $0.key == key.figure.key }
    }

    /// The latest primary figure for everyone of the key figure's measure and place, in its
    /// measure's usual unit, whose period ends after `endDay` (the key figure's last day) and
    /// starts after the brief's last period `to`, from the whole database (the brief left it out);
    /// and the primary figures of other data collections for the same days whose numbers differ
    /// from it (`FigureAgreement`, exactly for counts from records).
    ///
    /// By days, not years: under `--to 2019-06` a figure for 2019-09 is later than a key figure
    /// for 2019-03 and outside the brief, and was not named ("no later figure ... in the database").
    ///
    /// Chosen as the key figures and `latest_estimates` choose (`Headline.best`: the latest period,
    /// then the most recently published source), not by key: UNODC's 900 detected victims for 2020
    /// and NAPTIP's 1,450 were named by whichever key sorted first, so one spelling of a key told a
    /// board that detections rose and another that they fell (review of session 48). Where two
    /// sources disagree for that period, both are named.
    private static func laterInDatabase(
        _ key: KeyFigure, endDay: Int, after to: PeriodBound, context: BriefContext, db: Database
    ) throws -> (figure: FigureRecord, disagreeing: [FigureRecord])? {
        guard let unit = context.catalog.defaultUnits[key.measure] else { return nil }
        let keys = try db.rows(
            """
            SELECT f.key FROM figures f
            WHERE f.measure = ?1 AND f.place = ?2 AND f.unit = ?3 AND CAST(substr(f.period_end, 1, 4) AS INTEGER) >= ?4
                AND f.period_start > ?5 AND f.period_basis = 'stated' AND f.cites IS NULL AND f.method <> 'reported' AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL
                AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
            ORDER BY f.key
            """, [key.measure, key.place, unit, endDay / 10_000, to.lastDay]).compactMap { $0.string("key") }
        guard !keys.isEmpty else { return nil }
        let lookups = context.set.lookups ?? RecordLookups(catalog: context.catalog)
        let records = try FigureSet.load(keys: keys, from: db, lookups: lookups).figures.filter { $0.lastDay > endDay }
        guard let latest = Headline.best(of: records[...], catalog: context.catalog) else { return nil }
        let exact = SeriesCaution.isDetected(key.measure, catalog: context.catalog)
        let collection = ComparabilityCheck.collection(of: latest, context.catalog)
        let disagreeing = records.filter { other in
            other.isPrimaryEstimate && other.key != latest.key && other.firstDay == latest.firstDay && other.lastDay == latest.lastDay
                && ComparabilityCheck.collection(of: other, context.catalog) != collection
                && FigureAgreement.differ(latest, other, exact: exact)
                // An earlier edition of the latest figure's producer is revised, not contradicted (`EditionRevisions`).
                && !(exact && EditionRevisions.isLaterEdition(latest, of: other, catalog: context.catalog))
        }
        return (latest, disagreeing)
    }
}
