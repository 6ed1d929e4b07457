/// A measure's series that no chart draws because of its unit: primary figures for everyone at
/// two or more reference periods in one place, in another unit than the measure's usual one
/// (Thailand's detected victims per 100,000 population, where the usual unit is persons).
///
/// Why named: a chart draws a measure in its usual unit only (a rate and a count on one axis
/// would read as one series), and a brief whose only series was a rate said "No measure has
/// primary figures for everyone at two or more reference periods in one place", which the
/// tables below it contradicted (review of session 46).
public struct UnchartedSeries: Codable, Sendable, Equatable {
    public var measure: String
    public var measureLabel: String
    /// The series' unit (`per-100000`) and its label (`per 100,000 population`).
    public var unit: String
    public var unitLabel: String
    /// The measure's usual unit, the only one its charts draw (`persons`).
    public var usualUnit: String
    /// The places with such a series in this unit, in reading order.
    public var places: [UnchartedPlace]
    /// "The series of detected victims of trafficking per 100,000 population in Thailand,
    /// 2019-2021, is not charted: a chart draws a measure only in its usual unit, persons; see the table."
    public var text: String
}

/// One place's series in an `UnchartedSeries`.
public struct UnchartedPlace: Codable, Sendable, Equatable {
    public var place: String
    public var placeName: String
    /// The years the series spans, as a chart's title writes them (`2019-2021`).
    public var period: String
    /// Its figures (several sources may give one period).
    public var figureCount: Int
}
