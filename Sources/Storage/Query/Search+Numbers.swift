extension Search {
    /// `hits` with each figure's title ended by its number and unit as the reports write it
    /// (`QuantityText.statedText`): `: 2.4 million`, `: US$1,234,567,890.12 a year`, `: 0.35 per 100,000`,
    /// `: down 11%`, `: <5`, `: 10,000 to 13,000`, `: at least 2.45 million`, `: 12,000 (10,000 to 14,000, 95% interval)`.
    ///
    /// Why the reports' wording: SQLite's printf grouped whole numbers only, wrote a tiny or huge
    /// value in exponent form (`2.5e-07`) and the unit as its code (`5.3 per-1000`), so a search
    /// result read differently from the brief and `report lineage` for the same figure. Why after
    /// the search: only the results shown are read again, by their unique keys, where a title
    /// written in SQL was computed for every row that matched.
    ///
    /// A revised figure's number is followed by what it was revised from, as briefs write it
    /// (`: 6,000 (revised from 5,000)`), when `revisedFrom` says.
    func withFigureNumbers(_ hits: [Hit], revisedFrom: ([String]) throws -> [String: String] = { _ in [:] }) throws -> [Hit] {
        let keys = hits.filter { $0.kind == "figures" }.map(\.key)
        guard !keys.isEmpty else { return hits }
        let numbers = try numberTexts(keys)
        let revised = try revisedFrom(keys)
        return hits.map { hit in
            guard hit.kind == "figures", let number = numbers[hit.key] else { return hit }
            var numbered = hit
            numbered.title += ": " + number + (revised[hit.key].map { " (\($0))" } ?? "")
            return numbered
        }
    }

    /// The number and unit of each figure of `keys` as the reports write it (`QuantityText.statedText`), by key.
    func numberTexts(_ keys: [String]) throws -> [String: String] {
        guard !keys.isEmpty else { return [:] }
        let sql = """
            SELECT f.key AS key, f.value AS value, f.censored AS censored, f.low AS low, f.high AS high, f.ci_level AS ci_level,
                f.unit AS unit, f.value_last_digit AS value_last_digit, f.low_last_digit AS low_last_digit,
                f.high_last_digit AS high_last_digit,
                u.label AS unit_label, u.dimension AS dimension, m.counts AS counts
            FROM figures f LEFT JOIN units u ON u.code = f.unit LEFT JOIN measures m ON m.code = f.measure
            WHERE f.key IN (SELECT value FROM json_each(?1))
            """
        var numbers: [String: String] = [:]
        for row in try db.rows(sql, [JSONString.array(keys)]) {
            guard let key = row.string("key") else { continue }
            let quantity = QuantityText(
                unit: row.string("unit") ?? "", label: row.string("unit_label"), dimension: row.string("dimension"),
                measureCounts: row.string("counts"))
            numbers[key] = quantity.statedText(
                value: row.double("value"), censored: row.int("censored") == 1, low: row.double("low"), high: row.double("high"),
                ciLevel: row.double("ci_level"), valueLastDigit: row.int("value_last_digit").map { Int($0) },
                lowLastDigit: row.int("low_last_digit").map { Int($0) }, highLastDigit: row.int("high_last_digit").map { Int($0) })
        }
        return numbers
    }
}
