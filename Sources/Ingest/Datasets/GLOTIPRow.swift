import Foundation
import Storage

/// Turns one data row of a GLOTIP export into a figure, or the list of what is wrong with it.
///
/// Indicator → measure, Iso3_code → place, Year → reference period, Sex and Age → subgroup,
/// Dimension/Category → form of exploitation or a breakdown (citizenship, country of
/// repatriation, a dimension's Total), txtVALUE → value, with `<5` stored as a censored count between 1 and 4.
struct GLOTIPRow {
    /// The series prefix of every GLOTIP figure key: keys stay the same from one vintage to the
    /// next, so a newer export revises figures instead of duplicating them.
    static let keyPrefix = "unodc-glotip"

    static let indicators: [String: String] = [
        "detected trafficking victims": "detected-trafficking-victims",
        "persons prosecuted": "persons-prosecuted",
        "persons convicted": "persons-convicted",
        "persons brought into formal contact": "persons-formal-contact",
        "offences of trafficking in persons": "trafficking-offences",
    ]

    struct Mapped {
        var figure: Figure
        var breakdowns: [Breakdown]
        /// The subgroup in words, for consistency warnings: `Female, 0 to 17 years, Sexual exploitation`.
        var label: String
        /// A `Total` under a dimension, kept as that dimension's total (see ``GLOTIPDetail``).
        var isDimensionTotal: Bool
        /// A citizenship or repatriation category that names no place, kept as published.
        var unresolved: String?
    }

    let layout: GLOTIPLayout
    let vocabulary: Vocabulary
    let countries: CountryNames
    let source: String

    /// Maps `fields` (the row's text), or returns its problems by field index.
    func map(_ fields: [String]) -> Result<Mapped, GLOTIPProblems> {
        var problems = GLOTIPProblems(layout: layout)
        func text(_ name: String) -> String {
            layout.column(name).map { fields[$0].trimmingWhitespace() } ?? ""
        }
        let country = text("Country")
        var place: String?
        if text("Iso3_code").isEmpty {
            problems.fail("Iso3_code", Self.emptyCode(country: country, countries: countries))
        } else {
            place = problems.check("Iso3_code") { () throws(Vocabulary.Failure) in try vocabulary.place(text("Iso3_code")) }
        }
        // The code decides the place; a Country naming another one means a mis-edited row,
        // which would otherwise be stored under the code without a word.
        if let place, !country.isEmpty, let named = countries.resolve(country), named != place {
            problems.fail("Country", "\"\(country)\" is \(named), but Iso3_code is \(text("Iso3_code"))\(text("Iso3_code").uppercased() == place ? "" : " (\(place))"); expected both to name one country (correct whichever is wrong)")
        }
        let indicator = text("Indicator")
        let measure: Measure? = problems.check("Indicator") { () throws(Vocabulary.Failure) in
            guard let code = Self.indicators[indicator.lowercased()] else {
                let known = ["Detected trafficking victims", "Persons prosecuted", "Persons convicted",
                             "Persons brought into formal contact", "Offences of trafficking in persons"]
                throw Vocabulary.Failure(message: Suggestions.message(
                    "unknown indicator \"\(indicator)\"", for: indicator, among: known, expected: "expected one of \(known.joined(separator: ", "))"))
            }
            return try vocabulary.measure(code)
        }
        let year = text("Year")
        let period: Period? = problems.check("Year") { () throws(PeriodParser.Failure) in
            guard year.count == 4 else { throw PeriodParser.Failure(message: "\"\(year)\" is not a year; expected four digits such as 2019") }
            return try PeriodParser.parse(year)
        }
        let sex: String? = problems.check("Sex") { () throws(Terms.Failure) in try Terms.sex(text("Sex")) }
        let age: String? = problems.check("Age") { () throws(Terms.Failure) in try Terms.ageGroup(text("Age")) }
        let number: ParsedNumber? = problems.check("txtVALUE") { () throws(NumberParser.Failure) in
            // A row without a number is no figure: left out, never 0 (README, Values).
            guard !text("txtVALUE").isEmpty else {
                throw NumberParser.Failure(message: "no value given; a figure the source does not give cannot be stored: expected the number as published (or <5), or the row left out")
            }
            let parsed = try NumberParser.parse(text("txtVALUE"), in: .exportRow)
            if let value = parsed.value, value < 0 {
                throw NumberParser.Failure(message: "\"\(text("txtVALUE"))\" is negative; expected a count of 0 or more, or <5")
            }
            return parsed
        }
        var unit: String?
        if let measure {
            let written = text("Unit of measurement")
            unit = problems.check("Unit of measurement") { () throws(Vocabulary.Failure) in
                // UNODC's export publishes counts only (`Counts`). Any other unit is a row edited or
                // pasted in: `Percent` was stored as a share with none of a figures file's care
                // (a share of which part?), `2 percent` of detected victims beside their count.
                guard written.isEmpty || Vocabulary.countWords.contains(written.lowercased()) else {
                    throw Vocabulary.Failure(message: Self.otherUnit(written))
                }
                return measure.defaultUnit
            }
        }
        // GLOTIP counts people and cases: `4.5` is a typing or export error, as in a figures file.
        if let value = number?.value, let unit, value != value.rounded(), vocabulary.dimension(of: unit) == "count" {
            problems.fail("txtVALUE", "\"\(text("txtVALUE"))\" is not a whole number, but \(unit) are counted in whole numbers; expected a whole number or <5")
        }
        // Every row of UNODC's export says GLOTIP. Another origin (`National police`) is a row
        // pasted in from elsewhere, which would be credited to the UNODC export without a word.
        let origin = text("Source")
        if !origin.isEmpty, !origin.lowercased().contains("glotip") {
            problems.fail("Source", "\"\(origin)\" is not GLOTIP; expected GLOTIP, as every row of UNODC's GLOTIP export says (a figure from another source belongs in a figures file that cites that source)")
        }
        let detail = problems.check("Category") { () throws(Vocabulary.Failure) in
            try GLOTIPDetail(dimension: text("Dimension"), category: text("Category"), countries: countries, forms: vocabulary.forms)
        }
        if let place, let measure, let period, let sex, let age, let detail {
            // What the key depends on reads, whatever is wrong with the value, unit or source: the
            // export holds this figure, so a refused row's figure is not one it dropped.
            problems.key = FigureKey.derive(
                prefix: Self.keyPrefix, measure: measure.code, place: place, period: period, sex: sex, ageGroup: age,
                form: detail.form, breakdowns: detail.breakdowns.map(\.keyPart), unit: measure.defaultUnit,
                defaultUnit: measure.defaultUnit)
        }
        guard problems.issues.isEmpty, let place, let measure, let period, let sex, let age, let number, let unit,
              let detail else { return .failure(problems) }
        var figure = Figure(
            key: "", measure: measure.code, value: number.value, censored: number.isCensored,
            low: number.isCensored ? 1 : nil, high: number.censoredBelow, unit: unit, place: place,
            periodStart: period.start, periodEnd: period.end, sex: sex, ageGroup: age, form: detail.form,
            source: source,
            locator: "row \(text("Iso3_code")), \(indicator), \(text("Dimension")): \(text("Category")), \(text("Sex")), \(text("Age")), \(year)",
            method: "detected")
        figure.key = FigureKey.derive(
            prefix: Self.keyPrefix, figure: figure, defaultUnit: measure.defaultUnit,
            breakdowns: detail.breakdowns.map(\.keyPart))
        let label = [text("Sex"), text("Age"), detail.label].filter { !$0.isEmpty && $0.lowercased() != "total" }
        return .success(Mapped(figure: figure, breakdowns: detail.breakdowns,
                               label: label.isEmpty ? "total" : label.joined(separator: ", "),
                               isDimensionTotal: detail.isDimensionTotal, unresolved: detail.unresolved))
    }
}

extension GLOTIPRow {
    /// Why a `Unit of measurement` other than `Counts` is refused.
    static func otherUnit(_ written: String) -> String {
        "\"\(written)\" is not a unit of UNODC's GLOTIP export, which publishes counts only; expected Counts "
            + "(a share or rate worked out from GLOTIP belongs in a figures file, with the part it is a share of in sex, age_group or form)"
    }

    /// Why a row without an `Iso3_code` is refused, with the code to write when its `Country`
    /// names a place (`World` is WLD).
    ///
    /// Why: the code decides the place, and an empty one said `unknown place ""`, which named
    /// neither what was missing nor the Country cell beside it that says which place the row is.
    static func emptyCode(country: String, countries: CountryNames) -> String {
        let expected = "expected the ISO 3166-1 alpha-3 code of the row's country (WLD for the world)"
        if country.isEmpty { return "empty, and so is Country; \(expected)" }
        guard let code = countries.resolve(country) else {
            return "empty, and Country \"\(country)\" names no place tipdb knows; \(expected)"
        }
        return "empty, but Country is \"\(country)\", which is \(code); write \(code) in Iso3_code if the row is about \(country)"
    }
}

/// The problems of one GLOTIP row, each with the index of its field (the loader turns them
/// into positions, which only the reader's current record knows).
struct GLOTIPProblems: Error {
    let layout: GLOTIPLayout
    private(set) var issues: [(field: Int?, message: String)] = []
    /// The key of the figure the row gives, when the cells it is derived from read (a row refused
    /// for its value, unit or source still names its figure); nil otherwise.
    var key: String?

    init(layout: GLOTIPLayout) {
        self.layout = layout
    }

    /// Records a problem at the field `name`.
    mutating func fail(_ name: String, _ message: String) {
        issues.append((layout.column(name), "\(name): \(message)"))
    }

    /// Runs `body`; a failure becomes a problem at the field `name`.
    mutating func check<T, E: Error>(_ name: String, _ body: () throws(E) -> T) -> T? {
        do {
            return try body()
        } catch {
            issues.append((layout.column(name), "\(name): \(RowReader.message(of: error))"))
            return nil
        }
    }
}
