/// An empirical study: how evidence was gathered, for whom, where and when. A row of `studies`.
public struct Study: Equatable, Sendable, Codable {
    public var key: String
    public var title: String
    public var source: String?
    public var method: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var population: String?
    public var sampleSize: Int64?
    public var summary: String?
    /// Place codes the study covers (rows of `study_places`), sorted.
    public var places: [String]
    public var extra: String?

    public init(
        key: String, title: String, source: String? = nil, method: String? = nil, periodStart: String? = nil,
        periodEnd: String? = nil, population: String? = nil, sampleSize: Int64? = nil, summary: String? = nil,
        places: [String] = [], extra: String? = nil
    ) {
        self.key = key
        self.title = title
        self.source = source
        self.method = method
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.population = population
        self.sampleSize = sampleSize
        self.summary = summary
        self.places = places
        self.extra = extra
    }

    /// The study methods the schema accepts.
    public static let methods = [
        "survey", "multiple-systems-estimation", "administrative-records", "case-records", "hotline-records",
        "model-extrapolation", "qualitative", "mixed",
    ]
}
