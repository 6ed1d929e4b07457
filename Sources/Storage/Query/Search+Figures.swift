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
                f.low_last_digit AS low_last_digit, f.high_last_digit AS high_last_digit, f.cites AS cites,
                (SELECT dimension FROM units WHERE units.code = f.unit) AS dimension,
                (SELECT label FROM units WHERE units.code = f.unit) AS unit_label,
                (SELECT counts FROM measures WHERE measures.code = f.measure) AS counts,
                \(Self.breakdownText) AS breakdown -- // sql-constant: Search.breakdownText, a fixed subquery
            FROM figures f WHERE f.key IN (SELECT value FROM json_each(?1))
            """
        let sources = try sourcing ?? self.sourcing(keys)
        var found: [String: SearchFigure] = [:]
        for row in try db.rows(sql, [JSONString.array(keys)]) {
            guard let key = row.string("key") else { continue }
            let censored = row.int("censored") == 1
            let quantity = QuantityText(
                unit: row.string("unit") ?? "", label: row.string("unit_label"), dimension: row.string("dimension"),
                measureCounts: row.string("counts"))
            let value = row.double("value"), low = row.double("low"), high = row.double("high")
            let valueLastDigit = row.int("value_last_digit").map { Int($0) }
            found[key] = SearchFigure(
                measure: row.string("measure") ?? "", measureLabel: row.string("measure_label"),
                place: row.string("place") ?? "", placeName: row.string("place_name"),
                period: row.string("period") ?? "", periodStart: row.string("period_start") ?? "",
                periodEnd: row.string("period_end") ?? "",
                periodBasis: row.string("period_basis") == Figure.publicationPeriod ? Figure.publicationPeriod : nil, sex: row.string("sex") ?? "total",
                ageGroup: row.string("age_group") ?? "total", form: row.string("form"),
                value: censored ? nil : value.map(JSONNumber.init),
                valueText: censored ? nil : value.map { quantity.printedNumber($0, lastDigit: valueLastDigit) },
                text: quantity.text(
                    value: value, censored: censored, low: low, high: high, valueLastDigit: valueLastDigit,
                    lowLastDigit: row.int("low_last_digit").map { Int($0) }, highLastDigit: row.int("high_last_digit").map { Int($0) }),
                censored: censored, low: low.map(JSONNumber.init), high: high.map(JSONNumber.init),
                ciLevel: row.double("ci_level").map(JSONNumber.init), unit: row.string("unit") ?? "",
                source: sources[key]?.source ?? "", sourceLabel: sources[key]?.sourceLabel, repeats: sources[key]?.repeats,
                cites: row.string("cites"), breakdown: row.string("breakdown"))
        }
        return found
    }
}
