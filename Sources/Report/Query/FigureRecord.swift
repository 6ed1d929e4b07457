import Storage

/// A figure as reports read it: the stored columns, held by reference.
///
/// Reports pass each figure through a dozen sections; `Storage.Figure` is a struct of some
/// twenty strings, and copying it that often was most of the time a large brief took. A final
/// class with constant fields is shared instead of copied.
final class FigureRecord: LineageItem, SubgroupTotalMember, Sendable {
    let key: String
    let measure: String
    let value: Double?
    /// The power of ten of the last digit the source printed `value` with, when `value` drops it
    /// (`Figure.valueLastDigit`): 4 for `2.50 million`, which briefs print as published.
    let valueLastDigit: Int?
    /// `valueLastDigit` for `low` and `high` (`Figure.lowLastDigit`, `Figure.highLastDigit`): a range
    /// printed `2.50-3.10 million` is quoted so.
    let lowLastDigit: Int?
    let highLastDigit: Int?
    let censored: Bool
    let low: Double?
    let high: Double?
    let ciLevel: Double?
    let unit: String
    let place: String
    let periodStart: String
    let periodEnd: String
    /// True when the source does not state the period the number describes, and
    /// `periodStart...periodEnd` is its publication year standing in for it (`period_basis`).
    let periodUnstated: Bool
    /// The period's first and last days as `yyyymmdd` integers, as `PeriodDays.first` and
    /// `PeriodDays.last` give them (`2018` → 20180101 and 20181231).
    ///
    /// Worked out once, as the record is made on the thread that makes records while rows are
    /// read, because a brief compares figures by their days in half a dozen sections (same figure,
    /// series jumps, competing estimates, key figures): asked for each time, `PeriodDays.parts` was
    /// some 550 instructions a call and 5 % of a 100,000-figure brief (`callgrind`).
    let firstDay: Int
    let lastDay: Int
    let sex: String
    let ageGroup: String
    let form: String?
    let source: String
    let study: String?
    let locator: String?
    let quote: String?
    let cites: String?
    let method: String
    let notes: String?
    /// The figure's `x_` columns as stored (`figures.extra`, a JSON object), for the brief's CSV and
    /// JSON; nil for most figures.
    let extra: String?
    /// For a money figure, the year whose prices its amounts are in (`figures.price_year`); nil when not recorded.
    let priceYear: Int?
    /// The breakdowns (a citizenship, a means of control) that restrict the figure beyond its sex,
    /// age group and form, by dimension; empty for most figures.
    let breakdowns: [FigureBreakdown]
    /// Whether a breakdown restricts a figure whose sex, age group and form say "everyone": it is
    /// then neither a primary estimate nor a total.
    let isBrokenDown: Bool
    /// Whether any breakdown restricts the figure, whatever its sex, age group and form: a
    /// subgroup's totals are then read without it (`SubgroupTotals`), as `tipdb check` reads them.
    var hasBreakdown: Bool { !breakdowns.isEmpty }
    /// Whether the figure is a primary estimate in the sense of the `latest_estimates` view, and
    /// so may be a key figure (see `Headline.isPrimaryEstimate`).
    let isPrimaryEstimate: Bool
    /// Whether the figure would be a primary estimate in any unit: one in another unit than the
    /// measure's usual one (a rate per 100,000 beside counts) is no key figure and is not charted,
    /// and the Charts section names its series (`ChartSelection.uncharted`) instead of denying it.
    let isPrimaryInAnyUnit: Bool
    /// Whether the figure would be a primary estimate in the measure's usual unit if the latest
    /// release of its bulk series still gave it (`narrowed` left aside, a breakdown not): a figure
    /// only an earlier GLOTIP edition published is then a point of its series, though no key
    /// figure (`BriefContext.earlierReleaseOnly`).
    let isPrimaryUnlessNarrowed: Bool
    /// The measure's place in the catalog's reading order (`Int.max` when unknown), and the
    /// source's index in its `RecordLookups.sourceKeys` (-1 when unknown): looked up once, as the
    /// record is made, for the sections that would otherwise hash the strings again.
    let measureRank: Int
    let sourceIndex: Int
    /// The figure's place among the figures its load read (`FigureSet.figures` of that load), -1
    /// for one read for the lineage or the citizens counted elsewhere: lets what a brief works out
    /// per figure be kept in an array by this index (`EditionRevisions`), not in a dictionary whose
    /// key string is hashed each time a section asks, as several do for each of 100,000 figures.
    /// Not unique across loads (a set read by key for another section is numbered from 0 too):
    /// a user checks the record's identity too.
    let loadIndex: Int
    /// Whether the figure can be drawn in a chart and counted in a series: a primary estimate
    /// with a value (a censored `<5` has none to plot).
    var isHeadline: Bool { isPrimaryEstimate && value != nil }

    /// Whether `other` has the same measure: by rank when both records carry one (each measure
    /// has its own), else by code. A brief finds its runs of one measure by comparing neighbours,
    /// some 100,000 times a pass, and measure codes are too long to be compared inline as short
    /// strings are: compared by code, this was some 120 instructions a pair (`callgrind`).
    func sameMeasure(as other: FigureRecord) -> Bool {
        measureRank != .max && other.measureRank != .max ? measureRank == other.measureRank : measure == other.measure
    }

    init(
        key: String, measure: String, value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?,
        unit: String, place: String, periodStart: String, periodEnd: String, periodUnstated: Bool = false, sex: String, ageGroup: String,
        form: String?, source: String, study: String?, locator: String?, quote: String?, cites: String?,
        method: String, notes: String?, defaultUnit: String?, narrowed: Bool = false,
        breakdowns: [FigureBreakdown] = [], measureRank: Int = .max, sourceIndex: Int = -1, loadIndex: Int = -1, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil, extra: String? = nil, priceYear: Int? = nil
    ) {
        self.key = key
        self.priceYear = priceYear
        self.measure = measure
        self.value = value
        self.valueLastDigit = valueLastDigit
        self.lowLastDigit = lowLastDigit
        self.highLastDigit = highLastDigit
        self.censored = censored
        self.low = low
        self.high = high
        self.ciLevel = ciLevel
        self.unit = unit
        self.place = place
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.periodUnstated = periodUnstated
        firstDay = Self.year(periodStart).map { $0 * 10_000 + 101 } ?? PeriodDays.first(periodStart)
        lastDay = Self.year(periodEnd).map { $0 * 10_000 + 1231 } ?? PeriodDays.last(periodEnd)
        self.sex = sex
        self.ageGroup = ageGroup
        self.form = form
        self.source = source
        self.study = study
        self.locator = locator
        self.quote = quote
        self.cites = cites
        self.method = method
        self.notes = notes
        self.extra = extra
        self.breakdowns = breakdowns
        self.measureRank = measureRank
        self.sourceIndex = sourceIndex
        self.loadIndex = loadIndex
        let brokenDown = !breakdowns.isEmpty && sex == "total" && ageGroup == "total" && form == nil
        isBrokenDown = brokenDown
        isPrimaryInAnyUnit = Headline.isPrimaryEstimate(
            cites: cites, method: method, sex: sex, ageGroup: ageGroup, form: form, unit: unit, defaultUnit: unit,
            narrowed: narrowed || brokenDown)
        isPrimaryEstimate = isPrimaryInAnyUnit && unit == defaultUnit
        isPrimaryUnlessNarrowed = Headline.isPrimaryEstimate(
            cites: cites, method: method, sex: sex, ageGroup: ageGroup, form: form, unit: unit, defaultUnit: defaultUnit,
            narrowed: brokenDown)
    }
}

extension FigureRecord {
    /// `2018` → 2018; nil for anything but four ASCII digits: most periods are years, and their
    /// days need no `PeriodDays.parts`.
    private static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The figure's period as a brief writes it: `2016`, `1995-2004`; `period not stated` when the
    /// source does not say which period its number describes.
    ///
    /// Why not the stored period, the year it is filed under: it is the analyst's stand-in, which
    /// a brief must never present as the period the number is about, nor as the publication date
    /// (the source's label beside it, ILO 2014, gives that from the source itself).
    var periodText: String {
        ReferencePeriod.briefText(start: periodStart, end: periodEnd, unstated: periodUnstated)
    }

    /// What the figure claims, for comparing a repeat with the figure it repeats.
    var claim: FigureClaim {
        FigureClaim(
            measure: measure, place: place, unit: unit, sex: sex, ageGroup: ageGroup, form: form,
            periodStart: periodStart, periodEnd: periodEnd, value: censored ? nil : value,
            censoredHigh: censored ? high : nil, statedLow: censored ? nil : low, statedHigh: censored ? nil : high,
            ciLevel: censored ? nil : ciLevel, valueLastDigit: censored ? nil : valueLastDigit,
            lowLastDigit: censored ? nil : lowLastDigit, highLastDigit: censored ? nil : highLastDigit,
            breakdown: breakdowns.isEmpty ? nil : breakdowns.map { "\($0.dimension)=\($0.category)" }.joined(separator: "; "),
            periodUnstated: periodUnstated)
    }
}
