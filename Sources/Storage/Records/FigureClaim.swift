/// What a figure claims, as far as a figure repeating it should claim the same: the number, what
/// it counts, where, when and for whom.
public struct FigureClaim: Sendable, Equatable {
    public var measure: String
    public var place: String
    public var unit: String
    public var sex: String
    public var ageGroup: String
    public var form: String?
    public var periodStart: String
    public var periodEnd: String
    /// nil for a censored figure.
    public var value: Double?

    public init(
        measure: String, place: String, unit: String, sex: String, ageGroup: String, form: String?,
        periodStart: String, periodEnd: String, value: Double?
    ) {
        self.measure = measure
        self.place = place
        self.unit = unit
        self.sex = sex
        self.ageGroup = ageGroup
        self.form = form
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.value = value
    }
}
