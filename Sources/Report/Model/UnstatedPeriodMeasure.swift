/// A measure whose figures in scope all have a period their source does not state (`period_basis`
/// publication): the data gaps say that no year can be said to be covered, where they would
/// otherwise list no gap for it and read as if its years were covered.
public struct UnstatedPeriodMeasure: Codable, Sendable, Equatable {
    public var measure: String
    public var measureLabel: String
    /// How many figures of the measure are in scope, none with a stated period.
    public var figureCount: Int

    public init(measure: String, measureLabel: String, figureCount: Int) {
        self.measure = measure
        self.measureLabel = measureLabel
        self.figureCount = figureCount
    }
}
