import Storage

/// Turns an input record into a validated `Figure`, or the list of everything wrong with it.
///
/// A class, not a struct: each closure of `build` that reads the vocabulary copied the whole
/// builder, every dictionary of the vocabulary retained and released, four times a figure
/// (`callgrind`, session 62); a class is captured by one reference.
final class FigureBuilder {
    let vocabulary: Vocabulary

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// - Parameter derivedKey: for a row without a key that is refused, the key it would have had,
    ///   when the fields that make a key could be read: it still claims that key in the command,
    ///   so that a second row with the same identity is named a duplicate in the same run.
    /// - Parameter breakdowns: set to the breakdowns the row's `breakdown` cell states (empty for
    ///   an empty cell); left nil when the row has no such column, so that an update keeps the
    ///   stored ones.
    func build(_ row: inout RowReader, derivedKey: inout String?, breakdowns: inout [Breakdown]?) -> Figure? {
        // Keys of sources and studies follow `KeyRules`; a figure's is freer, but never holds what
        // cannot be seen or told apart (see `FigureKeyText`).
        if let key = row.text("key"), let problem = FigureKeyText.problem(key) ?? ComposedText.problem(key) {
            row.fail("key", problem)
        }
        let measure = row.required("measure", what: "the measure code or label").flatMap { text in
            row.parse("measure") { (t: String) throws(Vocabulary.Failure) in try vocabulary.measure(t) }
        }
        let censoredFlag = row.parse("censored") { (t: String) throws(Terms.Failure) in try Terms.censored(t) } ?? nil
        // `censored` 1 with value empty: a `<k` written as tipdb writes one, its bounds in low and high.
        let censoredColumn = Self.writesCensoredCount(row, flag: censoredFlag)
        // An estimate published only as a range ("10,000 to 13,000") has no value: its bounds are
        // the number as published, and a midpoint typed in value would print as one.
        let rangeOnly = !censoredColumn && row.text("value") == nil && row.text("low") != nil && row.text("high") != nil
        let stated: ParsedNumber?
        if censoredColumn {
            stated = Self.censoredCount(&row)
        } else if rangeOnly {
            stated = nil
        } else {
            stated = row.required("value", what: Self.expectedValue).flatMap { _ in
                row.parse("value") { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t, in: .required) }
            }
        }
        if let censoredFlag, !censoredColumn { Self.checkCensoredFlag(censoredFlag, value: stated, row: &row) }
        // A censored count's bounds are how `<k` is stored, read above: not bounds of their own.
        let low = censoredColumn ? nil : row.parse("low") { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }
        let high = censoredColumn ? nil : row.parse("high") { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }
        // No value, and the unit that bounds written `US$2 billion` imply when no unit column says one
        // (a unit column that disagrees with them is the bounds' error, `UnitRules`).
        let number = rangeOnly
            ? ParsedNumber(value: nil, censoredBelow: nil, impliedUnit: row.text("unit") == nil ? low?.impliedUnit ?? high?.impliedUnit : nil) : stated
        for (name, bound) in [("low", low), ("high", high)] where bound?.isCensored == true {
            row.fail(name, "\"\(row.text(name) ?? "")\" is censored, but a bound cannot be; expected a number (a censored count such as <5 goes in value, and carries its own bounds)")
        }
        let ciLevel = row.parse("ci_level") { (t: String) throws(Terms.Failure) in try Terms.ciLevel(t) } ?? nil
        let place = row.required("place", what: "the place (ISO code, M49 number or name)").flatMap { _ in
            row.parse("place") { (t: String) throws(Vocabulary.Failure) in
                do throws(Vocabulary.Failure) { return try vocabulary.typedPlace(t) } catch {
                    throw Vocabulary.Failure(message: Gazetteer.withPartOfCountryHint(error.message, for: t))
                }
            }
        }
        let period = readPeriod(&row)
        let periodBasis = row.parse("period_basis") { (t: String) throws(Terms.Failure) in try Terms.periodBasis(t) } ?? nil
        let sex = row.parse("sex") { (t: String) throws(Terms.Failure) in try Terms.sex(t) } ?? "total"
        var ageGroup = row.parse("age_group") { (t: String) throws(Terms.Failure) in try Terms.ageGroup(t) } ?? "total"
        // "girls" is female children: without its age it would be filed beside all women and girls.
        if let sexText = row.text("sex"), let implied = Terms.ageGroup(impliedBySex: sexText) {
            if ageGroup == "total" {
                ageGroup = implied
            } else if !Terms.ageGroup(ageGroup, fits: implied) {
                let fitting = implied == "children" ? "children, a band that starts below 18" : "adults, a band that ends at 18 or later"
                row.fail("age_group", "age group \"\(row.text("age_group") ?? ageGroup)\" contradicts sex \"\(sexText)\", which means \(implied); expected \(fitting), or an empty age_group")
            }
        }
        let method = row.parse("method") { (t: String) throws(Terms.Failure) in try Terms.figureMethod(t) } ?? nil
        // Only a method the row gives: a missing one is taken from the measure, which never contradicts it.
        if let measure, let method {
            do { try vocabulary.check(method: method, fits: measure) } catch { row.fail("method", error.message) }
        }
        // "forced child labour": the form, and the age group children (`ChildFormWords`), as "girls" above.
        let childForm = row.text("form").flatMap { ChildFormWords.form($0, among: vocabulary.forms) }
        let form = childForm ?? row.parse("form") { (t: String) throws(Terms.Failure) in try Terms.exploitationForm(t, among: vocabulary.forms) } ?? nil
        if childForm != nil {
            if ageGroup == "total" {
                ageGroup = "children"
            } else if !Terms.ageGroup(ageGroup, fits: "children") {
                row.fail("age_group", "age group \"\(row.text("age_group") ?? ageGroup)\" contradicts form \"\(row.text("form") ?? "")\", which is about children; expected children, a band that starts below 18, or an empty age_group")
            }
        }
        if let measure, let form {
            do { try vocabulary.check(form: form, fits: measure) } catch { row.fail("form", error.message) }
        }
        if row.field(BreakdownCell.column) != nil {
            breakdowns = row.parse(BreakdownCell.column) { (t: String) throws(BreakdownCell.Failure) in try BreakdownCell.parse(t, vocabulary: vocabulary, place: place) } ?? []
        }
        // A breakdown is part of the figure's identity, so of a key derived from it (as a GLOTIP row's).
        let breakdownParts = (breakdowns ?? []).map(\.keyPart)
        let source = ComposedText.composed(row.required("source", what: "the key of the source the figure comes from, in the database or in a sources file of this command (tipdb sql 'SELECT key, title FROM sources' lists them)"))

        var unit = row.parse("unit") { (t: String) throws(Vocabulary.Failure) in try vocabulary.unit(t, for: measure) }
        // A unit column tipdb cannot read is the row's one error about its unit: the number is not
        // then judged in the measure's own unit, which the row never gave ("8.6" per 1000 adults
        // was told first that persons are counted in whole numbers: review of session 54).
        let unitUnread = unit == nil && row.text("unit") != nil
        // A value written in another unit than the unit column's is one error: its number is not
        // then judged in the column's unit too ("US$236 billion" is not 236 billion percent).
        var unitsDisagree = false
        if let implied = number?.impliedUnit {
            if let given = unit, !Self.agrees(implied, with: given) {
                row.fail("value", "\"\(row.text("value") ?? "")\" is written in \(implied) but the unit column says \(given); expected them to agree")
                unitsDisagree = true
            }
            unit = unit ?? implied
        }
        if !unitUnread, let measure, let chosen = unit ?? Optional(measure.defaultUnit) {
            unit = chosen
            do {
                try vocabulary.check(unit: chosen, fits: measure, written: row.text("unit"))
            } catch {
                // A unit the value carries ("US$150") is the value's problem, wherever the unit column is.
                if row.text("unit") == nil, let written = row.text("value"), number?.impliedUnit != nil {
                    row.fail("value", "\"\(written)\" is written in \(chosen), but " + error.message)
                } else {
                    row.fail(row.text("unit") == nil ? "value" : "unit", error.message)
                }
            }
        }
        if let unit, let number, !unitsDisagree, !unitUnread {
            checkAgainstUnit(unit, number: number, low: low, high: high, boundsAreCensored: censoredColumn, row: &row)
        }

        // A bound without the scale word its neighbour has: the ordering errors below would only
        // restate it (`upper bound 2 is below the value 1500000`).
        // A bound in another unit has that error already, and is no number of this figure's to compare.
        func inUnit(_ bound: ParsedNumber?) -> ParsedNumber? {
            guard let implied = bound?.impliedUnit, let unit, !Self.agrees(implied, with: unit) else { return bound }
            return nil
        }
        let scales = unitsDisagree ? [] : ScaleWordCheck.problems([("value", stated), ("low", inUnit(low)), ("high", inUnit(high))]) { row.text($0) }
        for (field, message) in scales { row.fail(field, message) }
        if scales.isEmpty, let number, let value = number.value {
            if let l = low?.value, l > value { row.fail("low", "lower bound \(Self.format(l)) is above the value \(Self.format(value)); expected low ≤ value") }
            if let h = high?.value, h < value { row.fail("high", "upper bound \(Self.format(h)) is below the value \(Self.format(value)); expected value ≤ high") }
        }
        if scales.isEmpty, let l = low?.value, let h = high?.value, l > h {
            row.fail("low", "lower bound \(Self.format(l)) is above the upper bound \(Self.format(h)); expected low ≤ high")
        }
        // Given but refused bounds have their own error: this one is for bounds not given at all.
        if ciLevel != nil && !censoredColumn && (row.text("low") == nil || row.text("high") == nil) {
            row.fail("ci_level", "a confidence level needs both low and high")
        }

        // Tags are separated by semicolons: `global,estimate` is two tags run together more often
        // than one tag with a comma, and stored as one it matched neither in SQL or a brief's --tag.
        let written = row.list("tags")
        for (index, tag) in written.enumerated() where tag.utf8.contains(UInt8(ascii: ",")) {
            let parts = tag.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            row.fail("tags", element: index, "tag \"\(tag)\" holds a comma; expected tags separated by semicolons, as in \"\(parts.joined(separator: "; "))\"")
        }
        // The digits each number was printed with: its text's, or the row's digit columns' as
        // tipdb sql exports them (`PrintedDigitColumns`), looked at only in a file that has them.
        var digits = (value: number?.lastDigit, low: low?.lastDigit, high: high?.lastDigit)
        if row.record.givesPrintedDigits {
            let censored = censoredColumn || number?.isCensored == true
            let count = unit.flatMap { vocabulary.dimension(of: $0) == "count" ? $0 : nil }
            digits.value = PrintedDigitColumns.digit(
                of: "value", number: number?.value, parsed: digits.value, censored: censored, countUnit: count, row: &row)
            digits.low = PrintedDigitColumns.digit(of: "low", number: low?.value, parsed: digits.low, censored: censored, countUnit: count, row: &row)
            digits.high = PrintedDigitColumns.digit(of: "high", number: high?.value, parsed: digits.high, censored: censored, countUnit: count, row: &row)
        }
        let priceYear = PriceYearRule.read(&row, unit: unit, dimension: unit.flatMap { vocabulary.dimension(of: $0) })
        guard row.issues.isEmpty, let measure, let number, let place, let period, let source, let unit else {
            if row.text("key") == nil, !row.wasRefused("key"), let measure, let place, let period, let source {
                derivedKey = FigureKey.derive(
                    prefix: source, measure: measure.code, place: place, period: period, sex: sex, ageGroup: ageGroup,
                    form: form, breakdowns: breakdownParts, unit: unit ?? measure.defaultUnit, defaultUnit: measure.defaultUnit)
            }
            return nil
        }
        let tags = Array(Set(written.map { $0.lowercased() })).sorted()
        var figure = Figure(
            key: "", measure: measure.code, value: number.value, censored: number.isCensored,
            low: number.isCensored ? 1 : low?.value, high: number.censoredBelow ?? high?.value, ciLevel: ciLevel,
            unit: unit, place: place, periodStart: period.start, periodEnd: period.end, periodBasis: periodBasis ?? "stated",
            sex: sex, ageGroup: ageGroup,
            form: form, source: source, study: ComposedText.composed(row.text("study")), locator: row.text("locator"),
            quote: row.text("quote"), cites: ComposedText.composed(row.text("cites")), method: method ?? Self.defaultMethod(measure, cites: row.text("cites")), notes: row.text("notes"),
            tags: tags, extra: row.extraJSON(), valueLastDigit: digits.value,
            // A censored count's bounds are how `<k` is stored, never printed digits.
            lowLastDigit: number.isCensored ? nil : digits.low, highLastDigit: number.isCensored ? nil : digits.high,
            priceYear: priceYear)
        figure.key = row.text("key") ?? FigureKey.derive(prefix: figure.source, figure: figure, defaultUnit: measure.defaultUnit, breakdowns: breakdownParts)
        if figure.cites == figure.key {
            row.fail("cites", "figure \"\(figure.key)\" cites itself; expected the key of the figure it repeats")
            return nil
        }
        return figure
    }

    /// What the unit says about the numbers (`UnitRules`, the rules of every figure tipdb writes).
    ///
    /// - Parameter boundsAreCensored: whether low and high are a censored count's, written as
    ///   tipdb writes one (`censored` 1): they are its `<k`, not bounds beside it.
    private func checkAgainstUnit(_ unit: String, number: ParsedNumber, low: ParsedNumber?, high: ParsedNumber?, boundsAreCensored: Bool,
                                  row: inout RowReader) {
        let found = UnitRules(vocabulary: vocabulary).problems(
            unit, number: number, low: low, high: high, unitGiven: row.text("unit") != nil || number.impliedUnit != nil
        ) { name in boundsAreCensored && (name == "low" || name == "high") ? nil : row.text(name) }
        for (field, message) in found { row.fail(field, message) }
    }

    /// Whether a number written as `12%` or `US$64 billion` fits the unit column: its own unit, or a
    /// unit made from it (`percent-change`, `USD-change`, `USD-per-person`).
    /// The method of a figure whose row gives none: `reported` when it cites the figure it
    /// repeats, else its measure's (`Measure.defaultMethod`).
    ///
    /// Why: a repeat labelled `estimated` reads in a brief's tables as an estimate of its own,
    /// where the README's methods call a number repeated from elsewhere `reported`.
    static func defaultMethod(_ measure: Measure, cites: String?) -> String {
        cites == nil ? measure.defaultMethod : "reported"
    }

    /// What a row without a value must give instead (`no value given; expected …`).
    static let expectedValue = "the number as published, or both low and high for an estimate published only as a range"

    static func agrees(_ implied: String, with unit: String) -> Bool {
        unit == implied || unit.hasPrefix(implied + "-")
    }

    /// Said of a header (`period_start without …`) and of a JSON object (`period_start: given without …`).
    static let startWithoutEnd = "without period_end; expected both (an empty period_end for a single year, month or day), or one period column"

    private func readPeriod(_ row: inout RowReader) -> Period? {
        let single = row.text("period")
        if single != nil && (row.text("period_start") != nil || row.text("period_end") != nil) {
            row.fail("period", "both period and period_start/period_end are given; expected one or the other")
            return nil
        }
        if single != nil {
            return row.parse("period") { (t: String) throws(PeriodParser.Failure) in try PeriodParser.parse(t) }
        }
        let hasStart = row.field("period_start") != nil, hasEnd = row.field("period_end") != nil
        guard row.text("period_start") != nil else {
            if row.text("period_end") != nil && !hasStart {
                row.fail("period_end", "given without period_start; expected the start in period_start (and period_end empty for a single year, month or day), or the whole period in period")
            } else if hasStart && hasEnd && row.text("period_end") == nil {
                // Both empty: naming period_start alone read as if period_end were fine as it is.
                row.fail("period_start", "period_start and period_end are both empty, and a figure needs its reference period; expected the start in period_start, \(PeriodParser.expectedDate.dropFirst("expected ".count)), with period_end empty for a single year, month or day or the end of a span")
            } else if hasStart {
                // At the empty cell to fill, not at the start of the row.
                let end = row.text("period_end").map { " (period_end is \"\($0)\")" } ?? ""
                row.fail("period_start", "missing period_start: the start of the reference period is required\(end); \(PeriodParser.expectedDate), with period_end empty for a single year, month or day")
            } else {
                row.fail(hasEnd ? "period_end" : "period", "missing period: the reference period (e.g. 2016 or 1995-2004) is required")
            }
            return nil
        }
        // Without a period_end column (or JSON member) the stored end of an update would be
        // replaced by the start, shortening 1995-2004 to 1996 without a word.
        guard hasEnd else {
            row.fail("period_start", "given " + Self.startWithoutEnd)
            return nil
        }
        let start = row.parse("period_start") { (t: String) throws(PeriodParser.Failure) in try PeriodParser.boundary(t, field: "period_start") }
        let end = row.parse("period_end") { (t: String) throws(PeriodParser.Failure) in try PeriodParser.boundary(t, field: "period_end") }
        guard let start, end != nil || row.text("period_end") == nil else { return nil }
        return row.parse("period_start") { (_: String) throws(PeriodParser.Failure) in
            try PeriodParser.parse(start: start, end: end ?? start)
        }
    }

    static func format(_ value: Double) -> String {
        NumberText.exact(value)
    }
}
