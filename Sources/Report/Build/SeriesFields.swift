/// What makes a series within one measure and place for `tipdb check`'s `series-jump` rule:
/// the sex, age group, form and unit (`SeriesJump`). A form left out and an empty one are the
/// same series, as check's `coalesce(form, '')` has them.
///
/// A struct of the fields rather than one joined string: joining made a new string for every
/// figure of a brief.
struct SeriesFields: Hashable {
    let sex: String
    let ageGroup: String
    let form: String
    let unit: String

    /// Whether `figure` is of this series: the comparison `==` makes, without copying its fields.
    func holds(_ figure: FigureRecord) -> Bool {
        unit == figure.unit && sex == figure.sex && ageGroup == figure.ageGroup && form == (figure.form ?? "")
    }

    init(_ figure: FigureRecord) {
        sex = figure.sex
        ageGroup = figure.ageGroup
        form = figure.form ?? ""
        unit = figure.unit
    }
}
