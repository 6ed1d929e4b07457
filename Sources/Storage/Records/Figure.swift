/// One published number with its source, definition, scope, uncertainty and lineage: a row of `figures`.
public struct Figure: Equatable, Sendable, Codable {
    public var key: String
    public var measure: String
    /// The number as published; nil when censored, and for an estimate published only as a range
    /// (`low` and `high` then both given: its midpoint was never published).
    public var value: Double?
    /// The power of ten of the last digit the source printed `value` with, when that digit is a
    /// zero after the decimal point the stored double drops (`2.50 million`: 4, `0.50`: -2); nil
    /// when the shortest form of `value` is how it was printed (`figures.value_last_digit`).
    ///
    /// Why: "2.50 million" claims precision to ten thousand; a brief must quote it so, not as
    /// "2.5 million" (`NumberText.published`).
    public var valueLastDigit: Int?
    /// `valueLastDigit` for `low` and `high` (`figures.low_last_digit`, `figures.high_last_digit`):
    /// 4 for a range printed `2.50-3.10 million`, which briefs quote so, not as `2.5 to 3.1 million`;
    /// nil for a censored count, whose bounds are only how `<k` is stored.
    public var lowLastDigit: Int?
    public var highLastDigit: Int?
    /// True when the source published only an upper bound such as `<5`.
    public var censored: Bool
    public var low: Double?
    public var high: Double?
    /// Confidence level of `low...high` as a fraction, e.g. 0.95.
    public var ciLevel: Double?
    public var unit: String
    public var place: String
    public var periodStart: String
    public var periodEnd: String
    /// `stated` when the source states the reference period; `publication` when it does not, and
    /// `periodStart...periodEnd` is its publication year standing in for it (see `periodBases`).
    public var periodBasis: String
    public var sex: String
    public var ageGroup: String
    public var form: String?
    public var source: String
    public var study: String?
    public var locator: String?
    public var quote: String?
    /// The key of the figure this one repeats.
    public var cites: String?
    public var method: String
    public var notes: String?
    /// Tags, sorted and unique.
    public var tags: [String]
    public var extra: String?
    /// For a money figure, the year whose prices its amounts are in (`figures.price_year`): 2021
    /// for "in 2021 US dollars"; nil when not recorded.
    ///
    /// Why: US$150 billion in 2012 dollars and US$236 billion in 2021 dollars were charted on one
    /// axis as plain "US dollars a year", read as growth that is partly inflation (review, session 53).
    public var priceYear: Int?

    public init(
        key: String, measure: String, value: Double?, censored: Bool = false, low: Double? = nil,
        high: Double? = nil, ciLevel: Double? = nil, unit: String, place: String, periodStart: String,
        periodEnd: String, periodBasis: String = "stated", sex: String = "total", ageGroup: String = "total", form: String? = nil,
        source: String, study: String? = nil, locator: String? = nil, quote: String? = nil,
        cites: String? = nil, method: String = "estimated", notes: String? = nil, tags: [String] = [],
        extra: String? = nil, valueLastDigit: Int? = nil, lowLastDigit: Int? = nil, highLastDigit: Int? = nil,
        priceYear: Int? = nil
    ) {
        self.key = key
        self.measure = measure
        self.value = value
        self.censored = censored
        self.low = low
        self.high = high
        self.ciLevel = ciLevel
        self.unit = unit
        self.place = place
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.periodBasis = periodBasis
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
        self.tags = tags
        self.extra = extra
        self.valueLastDigit = valueLastDigit
        self.lowLastDigit = lowLastDigit
        self.highLastDigit = highLastDigit
        self.priceYear = priceYear
    }

    /// The figure methods the schema accepts.
    public static let methods = ["estimated", "detected", "reported", "derived"]
    /// What a figure's period can stand for (`figures.period_basis`). Why a figure says so: a
    /// source that never says which year its number describes (ILO 2014's US$150 billion a year)
    /// still needs a period to be filed under, and a brief must not present that stand-in, its
    /// publication year, as the year the number is about.
    public static let periodBases = [statedPeriod, publicationPeriod]
    /// `period_basis` when the source states the period (the default).
    public static let statedPeriod = "stated"
    /// `period_basis` when it does not, and the period is the source's publication year.
    public static let publicationPeriod = "publication"
    /// The tag (`figure_tags`, the figures file's `tags` column) of a count that a later edition of
    /// its producer's series made under a definition or method the earlier editions did not use: a
    /// series break, not a revision. Briefs, lineage, search and check then keep it apart from the
    /// earlier editions' number for the same period instead of taking it as that number's revision.
    ///
    /// Why a tag, not a column: tags are already set from every figures file and kept by every
    /// load; a restatement is rare, and a tag needs no migration (review of session 54: a 2024
    /// monitor's 1,300 for 2016, counted with municipal reports, was called a revision of 952).
    public static let seriesBreakTag = "series-break"
    /// The sexes the schema accepts.
    public static let sexes = ["total", "female", "male", "other"]
}
