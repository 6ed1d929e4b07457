import Storage

/// What makes a series within one measure and place for `tipdb check`'s `series-jump` rule:
/// the sex, age group, form, unit and length of period (`SeriesJump`). A form left out and an
/// empty one are the same series, as check's `coalesce(form, '')` has them.
///
/// A struct of the fields rather than one joined string: joining made a new string for every
/// figure of a brief.
struct SeriesFields: Hashable {
    let sex: String
    let ageGroup: String
    let form: String
    let unit: String
    /// `SeriesJump.length` of the figure's period: months for whole months, minus the days otherwise.
    let length: Int

    /// Whether `figure`, whose period is `length` long, is of this series: the comparison `==`
    /// makes, without copying its fields.
    func holds(_ figure: FigureRecord, length: Int) -> Bool {
        self.length == length && unit == figure.unit && sex == figure.sex && ageGroup == figure.ageGroup && form == (figure.form ?? "")
    }

    /// - Parameter length: `SeriesJump.length` of the figure's period, worked out once by the caller.
    init(_ figure: FigureRecord, length: Int) {
        sex = figure.sex
        ageGroup = figure.ageGroup
        form = figure.form ?? ""
        unit = figure.unit
        self.length = length
    }
}
