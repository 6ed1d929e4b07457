extension Search {
    /// The stored fields of the figures `keys` names, by key, for results that give them as data.
    ///
    /// Why a second read, not columns of every search query: the text output needs only the
    /// title, and the queries of the three kinds (and of figures found by name) share one shape;
    /// this reads the few figures shown, by their unique key. Whose each is comes from `sourcing`,
    /// the `Outcome.sourcing` of the search that found them, so that it is read once; it is read
    /// here when not given.
    public func figures(_ keys: [String], sourcing: [String: SearchSourcing]? = nil) throws -> [String: SearchFigure] {
        let sql = """
            SELECT f.key AS key, f.measure AS measure, (SELECT label FROM measures WHERE measures.code = f.measure) AS measure_label,
                f.place AS place, (SELECT name FROM places WHERE places.code = f.place) AS place_name,
                \(Self.shownPeriodText) AS period, -- // sql-constant: Search.shownPeriodText, a fixed expression
                f.period_start AS period_start, f.period_end AS period_end, f.period_basis AS period_basis, f.sex AS sex, f.age_group AS age_group,
                f.form AS form, f.value AS value, f.censored AS censored, f.low AS low, f.high AS high,
                f.ci_level AS ci_level, f.unit AS unit, f.value_last_digit AS value_last_digit,
                (SELECT dimension FROM units WHERE units.code = f.unit) AS dimension,
                \(Self.breakdownText) AS breakdown -- // sql-constant: Search.breakdownText, a fixed subquery
            FROM figures f WHERE f.key IN (SELECT value FROM json_each(?1))
            """
        let sources = try sourcing ?? self.sourcing(keys)
        var found: [String: SearchFigure] = [:]
        for row in try db.rows(sql, [JSONString.array(keys)]) {
            guard let key = row.string("key") else { continue }
            let censored = row.int("censored") == 1
            let quantity = QuantityText(unit: row.string("unit") ?? "", label: nil, dimension: row.string("dimension"), measureCounts: nil)
            found[key] = SearchFigure(
                measure: row.string("measure") ?? "", measureLabel: row.string("measure_label"),
                place: row.string("place") ?? "", placeName: row.string("place_name"),
                period: row.string("period") ?? "", periodStart: row.string("period_start") ?? "",
                periodEnd: row.string("period_end") ?? "",
                periodBasis: row.string("period_basis") == Figure.publicationPeriod ? Figure.publicationPeriod : nil, sex: row.string("sex") ?? "total",
                ageGroup: row.string("age_group") ?? "total", form: row.string("form"),
                value: JSONNumber.value(row.double("value"), censored: censored, high: row.double("high")),
                valueText: censored ? nil : row.double("value").map { quantity.printedNumber($0, lastDigit: row.int("value_last_digit").map { Int($0) }) },
                censored: censored,
                low: censored ? nil : row.double("low").map(JSONNumber.init), high: censored ? nil : row.double("high").map(JSONNumber.init),
                ciLevel: row.double("ci_level"), unit: row.string("unit") ?? "",
                source: sources[key]?.source ?? "", sourceLabel: sources[key]?.sourceLabel, repeats: sources[key]?.repeats,
                breakdown: row.string("breakdown"))
        }
        return found
    }
}
