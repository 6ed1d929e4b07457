extension Comparability {
    /// The cautions on key figures whose period ended long ago (`KeyFigureAge`): Markdown and HTML
    /// print them under the key figures table, where the number is read and quoted.
    var ageCautions: [ComparabilityWarning] { warnings.filter { $0.kind == KeyFigureAge.kind } }

    /// The other cautions, printed in the Comparability section (the age cautions are not repeated there).
    var sectionCautions: [ComparabilityWarning] { warnings.filter { $0.kind != KeyFigureAge.kind } }
}
