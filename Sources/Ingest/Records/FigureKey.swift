import Storage

/// The key of a figure whose file gives none, derived from the fields that identify it.
///
/// Why one rule for the figure files, GLOTIP exports and OWID charts: a key is how a later file
/// updates a figure and how lineage cites it, so it must be stable from one file or vintage to
/// the next and read the same way whatever brought the figure in. (Figures derived from CTDC
/// case data are named by their cell instead; see `DerivedFigures.key`.)
enum FigureKey {
    /// `prefix:measure:place:period`, then sex, age group, form and breakdowns where they narrow
    /// the figure, then the unit when it is not the measure's default.
    static func derive(
        prefix: String, measure: String, place: String, period: Period, sex: String, ageGroup: String,
        form: String?, breakdowns: [String] = [], unit: String, defaultUnit: String
    ) -> String {
        var parts = [prefix, measure, place, period.text]
        if sex != "total" { parts.append(sex) }
        if ageGroup != "total" { parts.append(ageGroup.replacingOccurrences(of: " ", with: "-")) }
        // `form-unknown`: `unknown` alone is the age group's, and the two unknowns are two figures.
        if let form { parts.append(form == ExploitationForm.unknown ? "form-unknown" : form) }
        parts += breakdowns
        if unit != defaultUnit { parts.append(unit) }
        return parts.joined(separator: ":")
    }

    /// The key of `figure`, prefixed by `prefix` (its source, or a dataset's series).
    static func derive(prefix: String, figure: Figure, defaultUnit: String, breakdowns: [String] = []) -> String {
        derive(
            prefix: prefix, measure: figure.measure, place: figure.place,
            period: Period(start: figure.periodStart, end: figure.periodEnd), sex: figure.sex,
            ageGroup: figure.ageGroup, form: figure.form, breakdowns: breakdowns, unit: figure.unit,
            defaultUnit: defaultUnit)
    }
}
