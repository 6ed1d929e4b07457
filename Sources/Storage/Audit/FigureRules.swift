/// The rules by which `tipdb check` calls a single figure row an error: bounds that do not
/// contain the value, a reference period that is not a real year, month or day, a unit that
/// contradicts the measure, a number its unit cannot hold (more persons than live in the world
/// among them).
///
/// Why Swift and not SQL: a brief cautions about each such figure in its scope, and it already
/// holds those figures in memory. Applying the same rules to them costs it a few milliseconds,
/// where check's SQL over the whole table took a fifth of a second on 100,000 figures, the
/// difference between a brief inside its one-second target and one at its edge. Check applies
/// these very rules to the rows it reads (`Audit.figureErrors()`), so the two cannot drift apart.
/// They repeat what ingest refuses (`PeriodParser`, `UnitRules`), for rows written some other way.
public struct FigureRules: Sendable {
    /// Each unit code's dimension (count, money, share, rate, index, change): the units table.
    let dimensions: [String: String]
    let measures: [String: Measure]
    /// Per measure, the units met with it: whether each fits the measure, and its dimension,
    /// worked out once per pair (a database holds few).
    ///
    /// Why one list per measure, not a dictionary of units: a brief applies these rules to every
    /// figure in scope, and three string hashes a figure (the measure, the unit under it, the
    /// unit's dimension) were some 150M instructions over 100,000 figures (`callgrind`); a
    /// measure has one to three units, compared in place.
    private var units: [String: [(unit: String, fits: Bool, dimension: String?)]] = [:]

    /// Reads the measures and units the rules need.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public init(db: Database) throws {
        dimensions = try Measure.unitDimensions(in: db)
        measures = Dictionary(try Measure.all(in: db).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What is wrong with one figure, one `FigureError` per failing check, in the order check
    /// lists its checks (bounds, period-form, unit-contradicts-measure, value-outside-unit).
    public mutating func errors(
        key: String, measure: String, value: Double?, low: Double?, high: Double?, censored: Bool, unit: String,
        periodStart: String, periodEnd: String
    ) -> [FigureError] {
        var errors: [FigureError] = []
        func add(_ check: String, _ detail: String?) {
            errors.append(FigureError(key: key, check: check, detail: detail, message: Audit.figureCheckMessages[check] ?? check))
        }
        if Self.boundsAreWrong(value: value, low: low, high: high, censored: censored) { add("bounds", nil) }
        // Most figures have sound periods: the list of bad ones is only made for the others.
        if !Self.isPeriodForm(periodStart) || !Self.isPeriodForm(periodEnd) {
            let badDays = Set([periodStart, periodEnd].filter { !Self.isPeriodForm($0) })
            add("period-form", badDays.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ", "))
        }
        let pair = facts(measure: measure, unit: unit)
        if !pair.fits { add("unit-contradicts-measure", "\(unit) for \(measure)") }
        if let problem = problem(value: value, low: low, high: high, censored: censored, unit: unit, dimension: pair.dimension) {
            add("value-outside-unit", "\(problem) in \(unit)")
        }
        return errors
    }

    /// A value outside its bounds, or a censored count without an upper bound or with its bounds reversed.
    static func boundsAreWrong(value: Double?, low: Double?, high: Double?, censored: Bool) -> Bool {
        if let value, (low.map { $0 > value } ?? false) || (high.map { $0 < value } ?? false) { return true }
        guard censored else { return false }
        guard let high else { return true }
        return low.map { $0 > high } ?? false
    }

    /// `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`, its year from 1800 to 2200: the forms ingest writes.
    static func isPeriodForm(_ text: String) -> Bool {
        // A native string's bytes are read in place: no copy for each of a brief's figures.
        text.utf8.withContiguousStorageIfAvailable { isPeriodForm(bytes: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { isPeriodForm(bytes: $0) }
    }

    private static func isPeriodForm(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }
        guard let year = number(0..<4), (1800...2200).contains(year) else { return false }
        if bytes.count == 4 { return true }
        guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return false }
        if bytes.count == 7 { return true }
        guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return false }
        return day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether the unit fits the measure (`Measure.fits`; a measure outside the measures table is
    /// the foreign-key check's finding, not this one's), and the unit's dimension.
    private mutating func facts(measure code: String, unit: String) -> (fits: Bool, dimension: String?) {
        if let known = units[code]?.first(where: { $0.unit == unit }) { return (known.fits, known.dimension) }
        let fits = measures[code].map { $0.fits(unit: unit, dimensions: dimensions) } ?? true
        let dimension = dimensions[unit]
        units[code, default: []].append((unit, fits, dimension))
        return (fits, dimension)
    }

    /// What a number is that its unit cannot hold, or nil when the unit can hold it (or the unit
    /// is outside the units table: the foreign-key check's finding).
    func problem(value: Double?, low: Double?, high: Double?, censored: Bool, unit: String) -> String? {
        problem(value: value, low: low, high: high, censored: censored, unit: unit, dimension: dimensions[unit])
    }

    /// `problem(value:low:high:censored:unit:)` with the unit's dimension already looked up.
    private func problem(value: Double?, low: Double?, high: Double?, censored: Bool, unit: String, dimension: String?) -> String? {
        guard let dimension else { return nil }
        let (v, l, h) = (value ?? 0, low ?? 0, high ?? 0)
        let lowest = min(v, l, h), highest = max(v, l, h)
        let infinite = v.isInfinite || l.isInfinite || h.isInfinite
        let notCount = censored && dimension != "count"
        let adds = dimension == "count" || dimension == "money" || dimension == "share" || dimension == "rate"
        let negative = adds && lowest < 0
        let overFull = dimension == "share" && highest > 100
        let fallTooFar = unit == "percent-change" && lowest < -100
        let overWorld = unit == "persons" && highest > Self.worldPopulation
        let base = dimension == "rate" ? Self.rateBase(unit) : nil
        let overPopulation = base.map { highest > $0 } ?? false
        guard notCount || infinite || negative || overFull || fallTooFar || overWorld || overPopulation else { return nil }
        if notCount { return "censored, but not a count" }
        if infinite { return "infinite" }
        if unit == "percent-change" { return "a fall of more than 100 percent" }
        if negative || overFull { return lowest < 0 ? "negative" : "more than 100 percent" }
        if let base, overPopulation { return "more than the whole population of \(NumberText.decimal(base, digits: 0))" }
        return "more than the world's population of \(Self.worldPopulationText)"
    }

    /// The population a rate is per (`per-1000`: 1,000), or nil for a unit that names none.
    ///
    /// Why a bound: a prevalence of 1,500 per 1,000 counts more people than live in the place, so
    /// it is a slip (a count or a rate per 100,000 in the wrong unit), as a share over 100 percent
    /// is. Read from the code, so that a rate unit added to the units table the same way gets it.
    public static func rateBase(_ unit: String) -> Double? {
        guard unit.hasPrefix("per-"), let base = Double(unit.dropFirst(4)), base > 0 else { return nil }
        return base
    }

    /// The most persons a count can hold: the world's population, 8.2 billion (the UN's World
    /// Population Prospects 2024 put it at 8.2 billion in 2025), rounded up to a bound no count
    /// of people reaches.
    ///
    /// Why here: ingest refuses such a count (`UnitRules`) and check reports one written some
    /// other way (`problem`), by this one bound. `1.2 trillion` persons, or a JSON number of 20
    /// digits, loaded as a count and was added into every brief. Only `persons`: cases
    /// (offences, prosecutions) are not people, and money and rates have no such bound.
    public static let worldPopulation = 8_200_000_000.0
    /// The bound in words and in digits, for messages.
    public static let worldPopulationText = "8.2 billion"
    public static let worldPopulationDigits = "8,200,000,000"
}
