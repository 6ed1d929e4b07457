extension Comparability {
    /// The cautions on key figures whose period ended long ago (`KeyFigureAge`) or is not one year
    /// (`KeyFigurePeriod`), or that set places side by side that differ in period, data collection
    /// or method (`KeyFigurePlaces`), or an estimate and a count of one place (`KeyFigureKinds`): Markdown and HTML print them under the key figures table,
    /// where the numbers are read and quoted.
    var ageCautions: [ComparabilityWarning] { warnings.filter { Self.keyFigureKinds.contains($0.kind) } }

    /// The other cautions, printed in the Comparability section (the age cautions are not repeated there).
    var sectionCautions: [ComparabilityWarning] { warnings.filter { !Self.keyFigureKinds.contains($0.kind) } }

    private static let keyFigureKinds: Set<String> = [KeyFigureAge.kind, KeyFigurePeriod.kind, KeyFigurePlaces.kind, KeyFigureKinds.kind]
}
