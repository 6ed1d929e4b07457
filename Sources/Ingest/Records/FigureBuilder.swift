import Storage

/// Turns an input record into a validated `Figure`, or the list of everything wrong with it.
struct FigureBuilder {
    let vocabulary: Vocabulary

    /// - Parameter derivedKey: for a row without a key that is refused, the key it would have had,
    ///   when the fields that make a key could be read: it still claims that key in the command,
    ///   so that a second row with the same identity is named a duplicate in the same run.
    func build(_ row: inout RowReader, derivedKey: inout String?) -> Figure? {
        let measure = row.required("measure", what: "the measure code or label").flatMap { text in
            row.parse("measure") { (t: String) throws(Vocabulary.Failure) in try vocabulary.measure(t) }
        }
        let number: ParsedNumber? = row.required("value", what: "the number as published").flatMap { _ in
            row.parse("value") { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }
        }
        let low = row.parse("low") { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }
        let high = row.parse("high") { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }
        for (name, bound) in [("low", low), ("high", high)] where bound?.isCensored == true {
            row.fail(name, "a bound cannot be censored; expected a number")
        }
        let ciLevel = row.parse("ci_level") { (t: String) throws(Terms.Failure) in try Terms.ciLevel(t) } ?? nil
        let place = row.required("place", what: "the place (ISO code, M49 number or name)").flatMap { _ in
            row.parse("place") { (t: String) throws(Vocabulary.Failure) in try vocabulary.place(t) }
        }
        let period = readPeriod(&row)
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
        let source = row.required("source", what: "the key of the source the figure comes from")

        var unit = row.parse("unit") { (t: String) throws(Vocabulary.Failure) in try vocabulary.unit(t) }
        if let implied = number?.impliedUnit {
            if let given = unit, !Self.agrees(implied, with: given) {
                row.fail("value", "\"\(row.text("value") ?? "")\" is written in \(implied) but the unit column says \(given); expected them to agree")
            }
            unit = unit ?? implied
        }
        if let measure, let chosen = unit ?? Optional(measure.defaultUnit) {
            unit = chosen
            do { try vocabulary.check(unit: chosen, fits: measure) } catch { row.fail(row.field("unit") == nil ? "value" : "unit", error.message) }
        }
        if let unit, let number {
            checkAgainstUnit(unit, number: number, low: low, high: high, row: &row)
        }

        if let number, let value = number.value {
            if let l = low?.value, l > value { row.fail("low", "lower bound \(Self.format(l)) is above the value \(Self.format(value)); expected low ≤ value") }
            if let h = high?.value, h < value { row.fail("high", "upper bound \(Self.format(h)) is below the value \(Self.format(value)); expected value ≤ high") }
        }
        if let l = low?.value, let h = high?.value, l > h {
            row.fail("low", "lower bound \(Self.format(l)) is above the upper bound \(Self.format(h))")
        }
        // Given but refused bounds have their own error: this one is for bounds not given at all.
        if ciLevel != nil && (row.text("low") == nil || row.text("high") == nil) {
            row.fail("ci_level", "a confidence level needs both low and high")
        }

        guard row.issues.isEmpty, let measure, let number, let place, let period, let source, let unit else {
            if row.text("key") == nil, let measure, let place, let period, let source {
                derivedKey = FigureKey.derive(
                    prefix: source, measure: measure.code, place: place, period: period, sex: sex, ageGroup: ageGroup,
                    form: row.text("form").flatMap(Terms.form), unit: unit ?? measure.defaultUnit, defaultUnit: measure.defaultUnit)
            }
            return nil
        }
        let tags = Array(Set(row.list("tags").map { $0.lowercased() })).sorted()
        let form = row.text("form").flatMap(Terms.form)
        var figure = Figure(
            key: "", measure: measure.code, value: number.value, censored: number.isCensored,
            low: number.isCensored ? 1 : low?.value, high: number.censoredBelow ?? high?.value, ciLevel: ciLevel,
            unit: unit, place: place, periodStart: period.start, periodEnd: period.end, sex: sex, ageGroup: ageGroup,
            form: form, source: source, study: row.text("study"), locator: row.text("locator"),
            quote: row.text("quote"), cites: row.text("cites"), method: method ?? measure.defaultMethod, notes: row.text("notes"),
            tags: tags, extra: row.extraJSON())
        figure.key = row.text("key") ?? FigureKey.derive(prefix: figure.source, figure: figure, defaultUnit: measure.defaultUnit)
        if figure.cites == figure.key {
            row.fail("cites", "figure \"\(figure.key)\" cites itself; expected the key of the figure it repeats")
            return nil
        }
        return figure
    }

    /// What the unit says about the numbers: bounds written in another unit, a censored count in a
    /// unit that is not a count, negative counts, amounts and rates, shares above the whole, and
    /// counts that are not whole numbers (`1.234` persons is most often 1,234 written the German way).
    /// `tipdb check` repeats these rules in SQL for rows written with other tools (`Audit`): change both.
    private func checkAgainstUnit(_ unit: String, number: ParsedNumber, low: ParsedNumber?, high: ParsedNumber?, row: inout RowReader) {
        // Local functions, not arrays of pairs: this runs for every figure of a million-row file.
        func checkBoundUnit(_ name: String, _ bound: ParsedNumber?) {
            if let implied = bound?.impliedUnit, !Self.agrees(implied, with: unit) {
                row.fail(name, "\"\(row.text(name) ?? "")\" is written in \(implied) but the figure's unit is \(unit); expected them to agree")
            }
        }
        if low?.impliedUnit != nil { checkBoundUnit("low", low) }
        if high?.impliedUnit != nil { checkBoundUnit("high", high) }
        // Most figures are positive counts: the unit's dimension is looked up only when it matters.
        func unusual(_ parsed: ParsedNumber?) -> Bool { parsed?.value.map { $0 < 0 || $0 > 100 || $0 != $0.rounded() } ?? false }
        // `10.000` is whole, but may be ten thousand written the German way.
        func dotted(_ name: String) -> Bool { row.text(name).map { $0.utf8.contains(0x2E) && Self.looksLikeDotGrouping($0) } ?? false }
        guard number.isCensored || unusual(number) || unusual(low) || unusual(high) || dotted("value") || dotted("low") || dotted("high")
        else { return }
        let dimension = vocabulary.dimension(of: unit)
        if let k = number.censoredBelow {
            if dimension != "count" {
                row.fail("value", "\"\(row.text("value") ?? "")\" is a censored count, but \(unit) is not a count; expected a number")
            }
            // The bounds of "<5" are 1 and 4 by definition; other bounds would be overwritten unseen.
            for name in ["low", "high"] where row.text(name) != nil {  // only for censored values: rare
                row.fail(name, "a censored value \"\(row.text("value") ?? "")\" carries its own bounds (1 to \(Self.format(k))); expected \(name) empty")
            }
        }
        func checkRange(_ name: String, _ parsed: ParsedNumber?) {
            guard let value = parsed?.value else { return }
            if value < 0, let what = Self.nonNegative[dimension ?? ""] {
                row.fail(name, "\(Self.format(value)) is negative, but \(what) in \(unit) cannot be; expected 0 or more")
            }
            if value > 100 && dimension == "share" {
                row.fail(name, "\(Self.format(value)) percent is more than the whole; expected 0 to 100 (a change is in percent-change)")
            }
            // Every measure counts something that cannot fall below nothing.
            if value < -100 && unit == "percent-change" {
                row.fail(name, "\(Self.format(value)) percent is a fall of more than the whole; expected -100 or more")
            }
            guard dimension == "count" && value.isFinite else { return }
            let text = row.text(name) ?? Self.format(value)
            let grouped = Self.looksLikeDotGrouping(text)
            if value != value.rounded() {
                let hint = grouped ? " (\(text.filter { $0 != "." }) if the dots separate thousands)" : ""
                row.fail(name, "\"\(text)\" is not a whole number, but \(unit) are counted in whole numbers; expected a whole number\(hint)")
            } else if grouped {
                row.fail(name, "\"\(text)\" reads as \(Self.format(value)) here, but its dots may separate thousands; expected \(text.filter { $0 != "." }) if they do, or \(Self.format(value))")
            }
        }
        checkRange("value", number)
        checkRange("low", low)
        checkRange("high", high)
    }

    /// Whether a number written as `12%` or `US$64 billion` fits the unit column: its own unit, or a
    /// unit made from it (`percent-change`, `USD-change`, `USD-per-person`).
    static func agrees(_ implied: String, with unit: String) -> Bool {
        unit == implied || unit.hasPrefix(implied + "-")
    }

    /// Whether `text` is digits grouped in threes by dots (`1.234`, `12.345.678`): the German way of
    /// writing thousands, which reads as a decimal here.
    static func looksLikeDotGrouping(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Unit dimensions whose numbers cannot be negative, as a message names them.
    private static let nonNegative = ["count": "a count", "money": "an amount of money", "share": "a share", "rate": "a rate"]

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
        if let start = row.text("period_start") {
            // Without a period_end column (or JSON member) the stored end of an update would be
            // replaced by the start, shortening 1995-2004 to 1996 without a word.
            guard row.field("period_end") != nil else {
                row.fail("period_start", "given " + Self.startWithoutEnd)
                return nil
            }
            let end = row.text("period_end") ?? start
            return row.parse("period_start") { (_: String) throws(PeriodParser.Failure) in
                try PeriodParser.parse(start: start, end: end)
            }
        }
        row.fail("period", "missing period: the reference period (e.g. 2016 or 1995-2004) is required")
        return nil
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
