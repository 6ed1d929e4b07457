import Storage

/// Everything a brief is built from, read once, plus the numbering of citations as sections
/// are written.
///
/// Citation numbers follow first use, so sections must be built in the order they are shown;
/// `BriefBuilder` does that. A figure's words depend on the figure alone (see `words`), so every
/// section showing the same figure shows the same words. Not thread-safe: only the pure, static
/// parts run off the thread building the brief.
final class BriefContext {
    let catalog: Catalog
    let scope: Scope
    let set: FigureSet
    /// Measures in reading order, as indexes for sorting.
    let measureRank: [String: Int]
    /// Places in reading order (world, regions, countries; by name), as indexes for sorting.
    let placeRank: [String: Int]
    /// The labels of the sources this document can cite (`documentSources`): the database's
    /// (`ILO 2024a`, `ILO 2024c`, `A. Ray 2023`) where it lists two or more sharing a short label,
    /// the short label where it lists one (`SourceLabel.lettered(listed:among:)`).
    let labels: [String: String]
    /// The letter each source's year takes in its label and reference entry ("" for most).
    let yearSuffixes: [String: String]
    private(set) var citationOrder: [String] = []
    private var citations: [String: Int] = [:]
    /// `citations` by `FigureRecord.sourceIndex` (0: not cited yet), for a section that cites
    /// figure by figure (`cite(_:)` of a record: the prices caution). The figures tables cite by
    /// their entries' source keys (`complete`), which leave the records unread.
    private var citationsByIndex: [Int]
    private var lineages: [String: Lineage<FigureRecord>] = [:]
    /// The figures in scope that a later edition of their producer's series gives again
    /// (`EditionRevisions`): the methods caution, the series charts draw and the revisions
    /// caution all leave out or name the same ones. A brief sets it with check's errors passed
    /// over (`BriefBuilder`); found when a section first asks otherwise.
    lazy var editions: EditionRevisions = {
        let (ordered, positions) = readingOrder(set.figures)
        return EditionRevisions(EditionRevisions.Candidates(
            ordered: ordered, positions: positions, sources: set.sources, catalog: catalog, seriesBreaks: set.seriesBreaks))
    }()
    /// The figures in scope that only an earlier release of their bulk series gives
    /// (`FigureSet.droppedFromLatest`, a GLOTIP export's vintages), by key, that would otherwise be
    /// primary estimates: points of their series, marked so, though never key figures.
    lazy var earlierReleaseOnly: Set<String> = Self.earlierReleaseOnly(in: set)

    /// - Parameter labelled: the sources the document names, when it names more than the figures
    ///   of `set` lead to (`report lineage` names the figures repeating its figure); nil for
    ///   `documentSources`.
    init(catalog: Catalog, scope: Scope, set: FigureSet, labelled: Set<String>? = nil) {
        self.catalog = catalog
        self.scope = scope
        self.set = set
        citationsByIndex = Array(repeating: 0, count: set.lookups?.sourceKeys.count ?? 0)
        measureRank = catalog.measureRanks
        var places: [String: Int] = [:]
        // Each place's sort key made once: made in the comparison (a Unicode folding per key),
        // sorting the catalog's places was 3 % of a 100,000-figure brief's main thread.
        let sortKeys = catalog.places.keys.map { (code: $0, key: catalog.placeSortKey($0)) }
        for (index, place) in sortKeys.sorted(by: { $0.key < $1.key }).enumerated() {
            places[place.code] = index
        }
        placeRank = places
        let named = labelled ?? Self.documentSources(catalog: catalog, scope: scope, set: set)
        let lettered = CitationText.lettered(listed: named, among: catalog.sources)
        yearSuffixes = lettered.mapValues(\.letter)
        labels = lettered.mapValues(\.label)
    }

    /// The citation number of a source, numbering it now if this is its first use.
    func cite(_ source: String) -> Int {
        if let number = citations[source] { return number }
        citationOrder.append(source)
        citations[source] = citationOrder.count
        return citationOrder.count
    }

    /// The citation number of a figure's source: `cite(figure.source)`, by the index the record carries.
    func cite(_ figure: FigureRecord) -> Int {
        let index = figure.sourceIndex
        guard index >= 0 && index < citationsByIndex.count else { return cite(figure.source) }
        if citationsByIndex[index] > 0 { return citationsByIndex[index] }
        let number = cite(figure.source)
        citationsByIndex[index] = number
        return number
    }

    /// The source's label; one the document was not expected to name gets its label without a
    /// letter rather than its key.
    func label(_ source: String) -> String {
        Self.label(source, labels: labels, catalog: catalog)
    }

    /// `label(_:)` for a thread that has the labels and the catalog, not the brief's state.
    static func label(_ source: String, labels: [String: String], catalog: Catalog) -> String {
        labels[source] ?? catalog.sources[source].map(CitationText.shortLabel) ?? source
    }

    /// `ILO 2005 [3]`: the label with its citation number, marked as tipdb's citation.
    func citedLabel(_ source: String) -> CitedText { "\(label(source)) \(CitedText.citation(cite(source)))" }

    func lineage(_ figure: FigureRecord) -> Lineage<FigureRecord> {
        if let lineage = lineages[figure.key] { return lineage }
        let lineage = Lineage.resolve(from: figure, in: set.byKey)
        lineages[figure.key] = lineage
        return lineage
    }

    func text(_ figure: FigureRecord) -> String {
        quantity(figure).text(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, valueLastDigit: figure.valueLastDigit,
            lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
    }

    /// Figures in reading order: measure, place, the two dates, then the period as written
    /// (`2019` before `2019-01`), sex, age group, form, unit and key, so that no two figures tie.
    func inReadingOrder(_ figures: [FigureRecord]) -> [FigureRecord] {
        readingKeys(figures).map { figures[$0.index] }
    }

    /// Each figure's `ReadingKey`, sorted into reading order (see `inReadingOrder`).
    ///
    /// Why in two steps: this runs over every figure in scope, and comparing strings field by
    /// field was a tenth of a large brief. Each figure first gets four integers (measure and place
    /// ranks and the two dates), made on every core and sorted as plain numbers; only the few
    /// figures equal in all four are then ordered by their text fields. The keys, not the
    /// records, are sorted in those runs too: sorting slices of records copied them and
    /// retained each record at every comparison, most of the reading order's own time (`perf`,
    /// session 59); and the sorted keys give each figure's place as loaded (`readingOrder`).
    private func readingKeys(_ figures: [FigureRecord]) -> [ReadingKey] {
        let measureRank = measureRank, placeRank = placeRank
        var keys = ParallelWork.array(figures.count) { index in
            let figure = figures[index]
            // The rank the record carries, when it was made with the catalog's lookups.
            let measure = figure.measureRank != .max ? figure.measureRank : measureRank[figure.measure] ?? .max
            return ReadingKey(
                measure: measure, place: placeRank[figure.place] ?? Int.max,
                start: Self.dateNumber(figure.periodStart), end: Self.dateNumber(figure.periodEnd), index: index)
        }
        keys.sort()
        // The records unretained, for the comparisons: read out of `figures`, each comparison
        // retained and released both records, most of this sort's time (`perf`, session 59).
        // `figures` holds them until the sort is done.
        var records: [Unmanaged<FigureRecord>] = []
        func textOrder(_ run: Range<Int>) {
            guard run.count > 1 else { return }
            if records.isEmpty { records = figures.map { Unmanaged.passUnretained($0) } }
            keys[run].sort { a, b in
                records[a.index]._withUnsafeGuaranteedRef { x in records[b.index]._withUnsafeGuaranteedRef { y in Self.textOrder(x, y) } }
            }
        }
        var runStart = 0
        for index in keys.indices.dropFirst() where !keys[index].sameNumbers(as: keys[runStart]) {
            textOrder(runStart..<index)
            runStart = index
        }
        textOrder(runStart..<keys.count)
        withExtendedLifetime(figures) {}
        return keys
    }

    /// The measures of `figures`, by the rank each record carries: no measure code hashed per
    /// figure (hashing all 100,000 was 15 ms of a brief's last stretch, `perf`, session 58).
    static func measures(of figures: [FigureRecord], catalog: Catalog) -> Set<String> {
        var present: Set<String> = []
        var seen = [Bool](repeating: false, count: catalog.measureOrder.count)
        for figure in figures {
            let rank = figure.measureRank
            if rank >= 0 && rank < seen.count {
                if seen[rank] { continue }
                seen[rank] = true
            }
            present.insert(figure.measure)
        }
        return present
    }

    /// `inReadingOrder`, and where each figure was in `figures` (`positions[i]` for `ordered[i]`),
    /// which the sorted keys carry.
    func readingOrder(_ figures: [FigureRecord]) -> (ordered: [FigureRecord], positions: [Int]) {
        let keys = readingKeys(figures)
        return (keys.map { figures[$0.index] }, keys.map(\.index))
    }

    /// The integers that order figures first, packed into two words so that the sort compares
    /// two numbers and moves 16 bytes, not five and 40 (a tenth of the reading order's work):
    /// measure rank (18 bits), place rank (18 bits) and start date (27 bits) in `high`; end date
    /// (27 bits) and `index` (the figure's place in the input, which only keeps the sort
    /// deterministic until the text fields decide) in `low`. A rank or date beyond its bits (an
    /// unknown measure's or place's `Int.max`, a year past 13,000) is clamped to the largest:
    /// such keys tie, and their text fields decide.
    private struct ReadingKey: Comparable {
        let high: UInt64
        let low: UInt64

        init(measure: Int, place: Int, start: Int, end: Int, index: Int) {
            high = UInt64(Self.clamp(measure, bits: 18)) << 45 | UInt64(Self.clamp(place, bits: 18)) << 27
                | UInt64(Self.clamp(start, bits: 27))
            low = UInt64(Self.clamp(end, bits: 27)) << 36 | UInt64(index)
        }

        var index: Int { Int(low & (1 << 36 - 1)) }

        private static func clamp(_ value: Int, bits: Int) -> Int { min(max(value, 0), (1 << bits) - 1) }

        func sameNumbers(as other: ReadingKey) -> Bool {
            high == other.high && low >> 36 == other.low >> 36
        }

        static func < (a: ReadingKey, b: ReadingKey) -> Bool {
            a.high != b.high ? a.high < b.high : a.low < b.low
        }
    }

    /// The order of figures whose measure, place and dates are the same: the period as written,
    /// sex, age group, form and unit, then the key.
    private static func textOrder(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        if a.periodStart != b.periodStart { return a.periodStart < b.periodStart }
        if a.periodEnd != b.periodEnd { return a.periodEnd < b.periodEnd }
        if a.sex != b.sex { return a.sex < b.sex }
        if a.ageGroup != b.ageGroup { return a.ageGroup < b.ageGroup }
        if a.form ?? "" != b.form ?? "" { return a.form ?? "" < b.form ?? "" }
        if a.unit != b.unit { return a.unit < b.unit }
        return a.key < b.key
    }

    /// `2019-06-30` → 20190630, `2019` → 20190000: the same order as the ISO text, as one integer.
    static func dateNumber(_ date: String) -> Int {
        var year = 0, month = 0, day = 0
        var part = 0
        for byte in date.utf8 {
            if byte == UInt8(ascii: "-") {
                part += 1
                if part > 2 { break }
            } else if byte >= 48 && byte <= 57 {
                let digit = Int(byte - 48)
                switch part {
                case 0: year = year * 10 + digit
                case 1: month = month * 10 + digit
                default: day = day * 10 + digit
                }
            }
        }
        return year * 10_000 + month * 100 + day
    }

    /// The figures split into runs of one measure and one place; `ordered` must be in reading order.
    static func byMeasureAndPlace(_ ordered: [FigureRecord]) -> [ArraySlice<FigureRecord>] {
        runs(ordered) { $0.sameMeasure(as: $1) && $0.place == $1.place }.map { ordered[$0] }
    }

    /// The ranges of consecutive figures that `sameRun` puts together with the first of their run.
    static func runs(_ ordered: [FigureRecord], _ sameRun: (FigureRecord, FigureRecord) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in ordered.indices.dropFirst() where !sameRun(ordered[start], ordered[index]) {
            runs.append(start..<index)
            start = index
        }
        if !ordered.isEmpty { runs.append(start..<ordered.count) }
        return runs
    }

    /// The figure as the brief shows it; cites its source on first use.
    ///
    /// Not cached: the words depend only on the figure, so every section showing it shows the
    /// same, and a hundred thousand entries are not kept twice.
    func entry(_ figure: FigureRecord) -> FigureEntry {
        let later = editions.laterEdition(of: figure)
        var entry = Self.words(figure, catalog: catalog, labels: labels, quantity: quantity(figure), laterEdition: later)
        complete(&entry) { figure }
        return entry
    }

    /// The words for many figures (see `words`), on every core. Pure: it touches none of the
    /// brief's running state, so it can run on another thread while sections are built.
    ///
    /// - Parameter editions: what gives each figure the figure of a later edition that gives it
    ///   again (`EditionRevisions.laterEdition(of:)`); none for a brief without editions.
    static func words(
        _ figures: ArraySlice<FigureRecord>, catalog: Catalog, labels: [String: String], editions: EditionRevisions? = nil
    ) -> [FigureEntry] {
        // What depends on the measure, place and unit alone, found once per run of equal codes
        // (the figures come in reading order) rather than hashed for every figure.
        // Each figure's by its index in `shared`: one `Shared` per run, not a copy of its five
        // strings per figure (retained as each was stored, read and passed on: `perf`, session 60).
        var quantities: [String: [String: QuantityText]] = [:]
        var shared: [Shared] = [], which: [Int] = []
        which.reserveCapacity(figures.count)
        var last: FigureRecord?
        for figure in figures {
            defer { last = figure }
            guard let before = last, let previous = shared.last, before.measure == figure.measure else {
                shared.append(Shared(figure, catalog: catalog, quantities: &quantities))
                which.append(shared.count - 1)
                continue
            }
            let samePlace = before.place == figure.place, sameUnit = before.unit == figure.unit
            if !(samePlace && sameUnit) {
                shared.append(Shared(
                    figure, catalog: catalog, quantities: &quantities, measureLabel: previous.measureLabel,
                    placeName: samePlace ? previous.placeName : nil, quantity: sameUnit ? previous.quantity : nil))
            }
            which.append(shared.count - 1)
        }
        let (known, runOf) = (shared, which)
        let first = figures.startIndex
        return ParallelWork.array(figures.count) { index in
            let figure = figures[first + index], at = runOf[index]
            return Self.words(
                figure, catalog: catalog, labels: labels, quantity: known[at].quantity, measureLabel: known[at].measureLabel,
                placeName: known[at].placeName, laterEdition: editions?.laterEdition(of: figure))
        }
    }

    /// What a figure's words take from the catalog: its measure's label, its place's name and
    /// how its unit is written.
    struct Shared: Sendable {
        let measureLabel: String
        let placeName: String
        let quantity: QuantityText

        /// Looks up what the figure before did not already give (`measureLabel`, `placeName`, `quantity`).
        init(
            _ figure: FigureRecord, catalog: Catalog, quantities: inout [String: [String: QuantityText]],
            measureLabel: String? = nil, placeName: String? = nil, quantity: QuantityText? = nil
        ) {
            self.measureLabel = measureLabel ?? catalog.measureLabel(figure.measure)
            self.placeName = placeName ?? catalog.placeName(figure.place)
            if let known = quantity ?? quantities[figure.measure]?[figure.unit] {
                self.quantity = known
            } else {
                self.quantity = catalog.quantity(unit: figure.unit, measure: figure.measure)
                quantities[figure.measure, default: [:]][figure.unit] = self.quantity
            }
        }
    }

    /// Completes entries made by `words` for `figures` (in the same order): adds citations and
    /// lineage in order, so that citation numbers still follow first use.
    ///
    /// From the entries' own fields (key, source, cites), a record read only for a figure that has
    /// more to say (a revision, a lineage). Why: the records were last touched on the other core
    /// (their counts changed as the words were made there), and reading each one on this thread
    /// brought a cache line over per figure, in no order a prefetcher could follow: some 20 ms of
    /// a 100,000-figure brief, with the other core idle (`perf`, session 61). The entries lie in
    /// order in one array.
    func complete(_ entries: inout [FigureEntry], _ figures: ArraySlice<FigureRecord>) {
        // By index, each record taken from the slice only when asked for.
        for (index, at) in zip(entries.indices, figures.indices) { complete(&entries[index]) { figures[at] } }
    }

    /// What needs the brief's running state: the citation number, and the lineage of a repeat.
    /// `record` gives the entry's figure, for what the entry does not hold.
    private func complete(_ entry: inout FigureEntry, record: () -> FigureRecord) {
        entry.citation = cite(entry.source)
        let key = entry.key
        entry.release = set.release(of: key)
        if set.revisions[key] != nil {
            let figure = record()
            let revisions = publishedRevisions(figure)
            let revised = RevisionText.text(revisions, of: figure, context: self)
            entry.revised = revised?.text
            entry.revisedMarks = CitationMarks(revised?.marks ?? [])
            entry.revisedFrom = revisedFrom(figure)
        }
        if let reuses = set.reusedKeys[key] {
            entry.keyReused = RevisionText.briefReuseText(reuses, key: key, context: self)
        }
        entry.history = FigureHistoryText.briefText(
            restoration: set.restorations[key], reattributions: set.reattributions[key] ?? [], key: key, context: self)
        if entry.cites != nil {
            let lineage = self.lineage(record())
            entry.repeats = LineageText.repeats(lineage, context: self)
            entry.primary = lineage.ending == .primary ? lineage.last?.key : nil
        }
    }

    /// The unit's label, but for a rate of a sex or an age group, which is per 1,000 (or 100,000) of
    /// that group, not of the population: `per 1,000 (female, 15+)`.
    ///
    /// Why: a survey's rate for adults 15+ was labelled "per 1,000 population" in the brief's JSON
    /// beside a regional rate for everyone (review of session 54), though its denominator is adults.
    static func rateLabel(_ quantity: QuantityText, sex: String, ageGroup: String) -> String {
        guard quantity.dimension == "rate", sex != "total" || ageGroup != "total" else { return quantity.unitLabel }
        let rate = quantity.unitLabel.replacingOccurrences(of: " population", with: "")
        return "\(rate) (\(Words.subgroup(sex: sex, ageGroup: ageGroup, form: nil)))"
    }

    /// The words for a figure that depend on the figure alone (and the later edition that gives
    /// it again, when one does): safe to make on any thread.
    ///
    /// - Parameters:
    ///   - measureLabel: the measure's label, when the caller has it; `placeName` likewise the place's name.
    ///   - laterEdition: the figure of a later edition of its producer's series that gives this
    ///     one again (`EditionRevisions.later`): of the same measure and unit, so `quantity` words it.
    static func words(
        _ figure: FigureRecord, catalog: Catalog, labels: [String: String], quantity: QuantityText, measureLabel: String? = nil,
        placeName: String? = nil, laterEdition later: FigureRecord? = nil
    ) -> FigureEntry {
        let (text, range) = tableTexts(figure, quantity: quantity)
        // Only a share: a count of child labour is a number of children, no part of a whole. Nor
        // a share within a breakdown (child labourers in agriculture), whose whole is another.
        let shareOf = figure.unit == "percent" && !figure.hasBreakdown ? catalog.shareWholes[figure.measure] : nil
        // An earlier edition's count: the CSV, passed on without the editions caution, says which figure revised it.
        let laterText = later.map { later in
            let same = later.censored == figure.censored && later.value == figure.value
            let number = quantity.text(
                value: later.value, censored: later.censored, low: later.low, high: later.high, valueLastDigit: later.valueLastDigit,
                lowLastDigit: later.lowLastDigit, highLastDigit: later.highLastDigit)
            return "\(same ? "given again" : "revised") by a later edition: \(number) in "
                + "\(label(later.source, labels: labels, catalog: catalog)) (\(later.key))"
        }
        // Made in one go, not changed after: a 40-field entry changed in place was copied and
        // destroyed once more per figure (`perf`, session 59).
        return FigureEntry(
            key: figure.key, measure: figure.measure, measureLabel: measureLabel ?? catalog.measureLabel(figure.measure),
            value: figure.value,
            valueText: figure.censored ? nil : figure.value.map { quantity.printedNumber($0, lastDigit: figure.valueLastDigit) },
            censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            unit: figure.unit, unitLabel: rateLabel(quantity, sex: figure.sex, ageGroup: figure.ageGroup), valueLastDigit: figure.valueLastDigit,
            lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit,
            text: text,
            range: range,
            place: figure.place, placeName: placeName ?? catalog.placeName(figure.place),
            period: figure.periodText,
            periodStart: figure.periodStart, periodEnd: figure.periodEnd, periodBasis: figure.periodUnstated ? Figure.publicationPeriod : Figure.statedPeriod,
            sex: figure.sex, ageGroup: figure.ageGroup,
            form: figure.form, subgroup: subgroup(figure, catalog: catalog),
            breakdown: figure.breakdowns.isEmpty ? nil : figure.breakdowns.map { "\($0.dimension): \($0.category)" }.joined(separator: "; "),
            shareOf: shareOf,
            extra: figure.extra.flatMap(extraObject),
            method: figure.method, studyMethod: figure.study.flatMap { catalog.studyMethods[$0] }, source: figure.source,
            sourceLabel: labels[figure.source] ?? figure.source, citation: 0, study: figure.study,
            locator: figure.locator, quote: figure.quote, notes: figure.notes, cites: figure.cites, primary: nil,
            repeats: nil, laterEdition: laterText, laterEditionKey: later?.key)
    }

    /// A figure's stored `extra` as the brief writes it: the JSON object on one line, or nil when
    /// it is none (written by another program: ingest stores only objects), so that the brief's
    /// JSON stays valid whatever the column holds.
    static func extraObject(_ stored: String) -> String? {
        guard let tree = try? JSONTree.parse(stored), case .object(let members) = tree, !members.isEmpty else { return nil }
        return tree.compact
    }

    /// The figure's number and range as the key figures, the figures tables and the JSON's `text`
    /// and `range` write them: a minimum or maximum whose bound is the value is that bound
    /// (`QuantityText.boundedText`: `at least 12.3 million`, `up to 47,000`), its range then left
    /// empty unless it has a confidence level (`at least 30,000 (95% bound)`); any other figure
    /// as `QuantityText.text` and `rangeText` write it.
    ///
    /// Why: the Figure column read "12.3 million" beside "at least 12.3 million" under Range, and
    /// the number is what is copied out of a table or a JSON document: ILO 2005's minimum was
    /// quoted as a point estimate, as the cautions, lineage and search, which say "at least",
    /// never let it be (newcomer review, session 50). A Range cell saying the bound again read as
    /// a second number, as it did for an estimate published only as a range (`rangeText`).
    static func tableTexts(_ figure: FigureRecord, quantity: QuantityText) -> (text: String, range: String?) {
        let plain = quantity.text(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, valueLastDigit: figure.valueLastDigit,
            lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
        // Without a level, a range alone is `plain` already; only a bound that is the value differs.
        let bounded = quantity.boundedText(
            plain: plain, value: figure.value, censored: figure.censored, low: figure.low, high: figure.high,
            valueLastDigit: figure.valueLastDigit, lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
        let range = rangeText(figure, quantity: quantity)
        guard bounded != plain else { return (plain, range) }
        return (bounded, figure.ciLevel == nil ? nil : range)
    }

    /// The figure's range as the brief writes it (`QuantityText.range`), with its confidence level
    /// when it has one: `10,000 to 17,000 (95% interval)`; `at least 30,000 (95% bound)` for a
    /// one-sided bound with a level, which ingest refuses but a database changed by hand may hold.
    ///
    /// Nil for an estimate published only as a range without a confidence level: its value's text
    /// is already that range, and a second column saying it again read as another number.
    static func rangeText(_ figure: FigureRecord, quantity: QuantityText) -> String? {
        guard let range = quantity.range(
            low: figure.low, high: figure.high, censored: figure.censored, value: figure.value, valueLastDigit: figure.valueLastDigit,
            lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
        else { return nil }
        guard let level = figure.ciLevel else { return figure.value == nil ? nil : range }
        let kind = figure.low != nil && figure.high != nil ? "interval" : "bound"
        return range + " (\(NumberText.decimal(level * 100, digits: 1))% \(kind))"
    }

    /// The figure's subgroup in words, its breakdowns included (`Words.subgroup`), a breakdown
    /// that names a place by the place's name: the same words in every section and format.
    static func subgroup(_ figure: FigureRecord, catalog: Catalog) -> String {
        let breakdowns = figure.breakdowns.map { breakdown in
            Words.breakdown(dimension: breakdown.dimension, category: breakdown.place.map(catalog.placeName) ?? breakdown.category)
        }
        return Words.subgroup(sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form, breakdowns: breakdowns)
    }

    private var quantities: [String: [String: QuantityText]] = [:]

    /// How a figure's value is written, made once per measure and unit.
    func quantity(_ figure: FigureRecord) -> QuantityText {
        if let quantity = quantities[figure.measure]?[figure.unit] { return quantity }
        let quantity = catalog.quantity(unit: figure.unit, measure: figure.measure)
        quantities[figure.measure, default: [:]][figure.unit] = quantity
        return quantity
    }
}
