import Storage

/// A figure as reports read it: the stored columns, held by reference.
///
/// Reports pass each figure through a dozen sections; `Storage.Figure` is a struct of some
/// twenty strings, and copying it that often was most of the time a large brief took. A final
/// class with constant fields is shared instead of copied.
final class FigureRecord: LineageItem, Sendable {
    let key: String
    let measure: String
    let value: Double?
    let censored: Bool
    let low: Double?
    let high: Double?
    let ciLevel: Double?
    let unit: String
    let place: String
    let periodStart: String
    let periodEnd: String
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
    /// How far the figure is from an ideal headline (see `Headline.penalty`); 0 is ideal.
    let headlinePenalty: Int
    /// Whether the figure can speak for its measure and place: it repeats nothing and is ideal.
    var isHeadline: Bool { cites == nil && headlinePenalty == 0 }

    init(
        key: String, measure: String, value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?,
        unit: String, place: String, periodStart: String, periodEnd: String, sex: String, ageGroup: String,
        form: String?, source: String, study: String?, locator: String?, quote: String?, cites: String?,
        method: String, notes: String?, defaultUnit: String?
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
        headlinePenalty = Headline.penalty(
            method: method, value: value, sex: sex, ageGroup: ageGroup, form: form, unit: unit, defaultUnit: defaultUnit)
    }
}
