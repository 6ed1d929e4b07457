import Testing

@testable import Storage

/// `FigureRules` replaced SQL that `tipdb check` ran until session 17. These tests hold the Swift
/// rules to that SQL, evaluated by SQLite itself, over every combination of the edge cases, so
/// that moving the rules changed no figure's verdict.
@Suite("The figure rules check and the brief share: the same verdicts as check's SQL had")
struct CheckFigureRulesTests {
    /// check's period-form SQL for one end of a period.
    static let periodSQL = """
        SELECT substr(?1, 1, 4) BETWEEN '1800' AND '2200' AND (?1 GLOB '[0-9][0-9][0-9][0-9]'
            OR (?1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(?1, 6, 2) BETWEEN '01' AND '12')
            OR (?1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(?1, '+0 days') IS ?1))
        """

    /// check's value-outside-unit SQL for one row: the problem, or no row when there is none.
    static let valueSQL = """
        SELECT CASE
                WHEN f.censored = 1 AND u.dimension <> 'count' THEN 'censored, but not a count'
                WHEN abs(f.value) = 9e999 OR abs(f.low) = 9e999 OR abs(f.high) = 9e999 THEN 'infinite'
                WHEN f.unit = 'percent-change' THEN 'a fall of more than 100 percent'
                WHEN min(coalesce(f.value, 0), coalesce(f.low, 0), coalesce(f.high, 0)) < 0 THEN 'negative'
                ELSE 'more than 100 percent'
            END
        FROM (SELECT ?1 AS value, ?2 AS low, ?3 AS high, ?4 AS censored, ?5 AS unit) f JOIN units u ON u.code = f.unit
        WHERE (f.censored = 1 AND u.dimension <> 'count')
           OR abs(f.value) = 9e999 OR abs(f.low) = 9e999 OR abs(f.high) = 9e999
           OR (u.dimension IN ('count', 'money', 'share', 'rate')
               AND min(coalesce(f.value, 0), coalesce(f.low, 0), coalesce(f.high, 0)) < 0)
           OR (u.dimension = 'share' AND max(coalesce(f.value, 0), coalesce(f.low, 0), coalesce(f.high, 0)) > 100)
           OR (f.unit = 'percent-change' AND min(coalesce(f.value, 0), coalesce(f.low, 0), coalesce(f.high, 0)) < -100)
        """

    /// check's bounds SQL for one row.
    static let boundsSQL = """
        SELECT (?1 IS NOT NULL AND ((?2 IS NOT NULL AND ?2 > ?1) OR (?3 IS NOT NULL AND ?3 < ?1)))
            OR (?4 = 1 AND (?3 IS NULL OR (?2 IS NOT NULL AND ?2 > ?3)))
        """

    static let numbers: [Double?] = [nil, -.infinity, -150, -100, -1, 0, 0.5, 50, 100, 100.5, 150, .infinity]

    @Test("periods: every year, month and day edge, and malformed spellings")
    func periods() throws {
        let db = try Database.inMemory()
        var texts = ["", "2019 ", " 2019", "2019-6", "2019-06-1", "2019/06", "2019-06-01T00", "20190601", "２０１９", "2O19",
                     "2019-0a", "2019-06-0x", "201", "2019-", "2019-06-", "-2019", "+201", "2019--1", "1e03"]
        for year in ["1799", "1800", "1900", "2000", "2019", "2020", "2100", "2200", "2201", "0000", "9999"] {
            texts.append(year)
            for month in 0...13 {
                let yearMonth = year + "-" + (month < 10 ? "0" : "") + String(month)
                texts.append(yearMonth)
                for day in [0, 1, 9, 10, 28, 29, 30, 31, 32, 99] {
                    texts.append(yearMonth + "-" + (day < 10 ? "0" : "") + String(day))
                }
            }
        }
        for text in texts {
            let sql = try db.integer(Self.periodSQL, [text]) == 1
            #expect(FigureRules.isPeriodForm(text) == sql, "\(text)")
        }
    }

    @Test("numbers a unit cannot hold, and bounds: every combination of value, low, high, censoring and unit")
    func values() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        let rules = try FigureRules(db: db)
        let units = try db.rows("SELECT code FROM units").compactMap { $0.string("code") } + ["no-such-unit"]
        #expect(units.count >= 10)
        for value in Self.numbers {
            for low in Self.numbers {
                for high in Self.numbers {
                    for censored in [false, true] {
                        let bounds = try db.integer(Self.boundsSQL, [value, low, high, censored ? 1 : 0]) == 1
                        #expect(FigureRules.boundsAreWrong(value: value, low: low, high: high, censored: censored) == bounds)
                        for unit in units {
                            let sql = try db.rows(Self.valueSQL, [value, low, high, censored ? 1 : 0, unit]).first?.values.first?.textValue
                            let swift = rules.problem(value: value, low: low, high: high, censored: censored, unit: unit)
                            #expect(swift == sql, "\(String(describing: value)) \(String(describing: low)) \(String(describing: high)) \(censored) \(unit)")
                        }
                    }
                }
            }
        }
    }

    @Test("one figure with every error: one FigureError per check, in check's order, with check's details")
    func everyError() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        var rules = try FigureRules(db: db)
        let errors = rules.errors(
            key: "f1", measure: "forced-labour-profits", value: -5, low: 1, high: nil, censored: false, unit: "persons",
            periodStart: "2019-02-30", periodEnd: "2019-02-31")
        #expect(errors.map(\.check) == ["bounds", "period-form", "unit-contradicts-measure", "value-outside-unit"])
        #expect(errors.map(\.detail) == [nil, "2019-02-30, 2019-02-31", "persons for forced-labour-profits", "negative in persons"])
        #expect(errors.allSatisfy { $0.message == Audit.figureCheckMessages[$0.check] })
        let sound = rules.errors(
            key: "f2", measure: "forced-labour", value: 27_600_000, low: nil, high: nil, censored: false, unit: "persons",
            periodStart: "2021", periodEnd: "2021")
        #expect(sound.isEmpty)
    }

    /// The bound ingest applies (`UnitRules`), by the same constant, for rows written some other way.
    @Test("a count of persons above the world's population, at its value or a bound, is value-outside-unit; at the bound, and in cases, it is not")
    func worldPopulation() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        let rules = try FigureRules(db: db)
        let why = "more than the world's population of 8.2 billion"
        #expect(rules.problem(value: 1.2e12, low: nil, high: nil, censored: false, unit: "persons") == why)
        #expect(rules.problem(value: 5e9, low: 1e9, high: 9e9, censored: false, unit: "persons") == why)
        #expect(rules.problem(value: FigureRules.worldPopulation, low: nil, high: nil, censored: false, unit: "persons") == nil)
        #expect(rules.problem(value: 9e9, low: nil, high: nil, censored: false, unit: "cases") == nil)
        #expect(rules.problem(value: -5, low: nil, high: 9e9, censored: false, unit: "persons") == "negative")
        #expect(rules.problem(value: .infinity, low: nil, high: nil, censored: false, unit: "persons") == "infinite")
    }

    /// `FigureRules` remembers each measure's units as it meets them: a measure met with a unit that
    /// fits, one that does not, and the first again, keeps each pair's own answer and dimension.
    @Test("one measure met with several units, in any order, is judged per unit, as a fresh set of rules judges it")
    func unitsRemembered() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        var rules = try FigureRules(db: db)
        func checks(_ measure: String, _ unit: String, _ value: Double) -> [String] {
            rules.errors(
                key: "k", measure: measure, value: value, low: nil, high: nil, censored: false, unit: unit,
                periodStart: "2021", periodEnd: "2021"
            ).map(\.check)
        }
        #expect(checks("forced-labour", "persons", 27_600_000).isEmpty)
        #expect(checks("forced-labour", "USD", 5) == ["unit-contradicts-measure"])
        #expect(checks("forced-labour", "persons", -1) == ["value-outside-unit"])
        #expect(checks("forced-labour", "USD", -1) == ["unit-contradicts-measure", "value-outside-unit"])
        #expect(checks("forced-labour-profits", "USD", 150e9).isEmpty)
        #expect(checks("forced-labour-profits", "persons", 9e9) == ["unit-contradicts-measure", "value-outside-unit"])
        #expect(checks("forced-labour", "persons", 9e9) == ["value-outside-unit"])
    }
}
