extension Audit {
    /// The name of the `part-as-country` warning.
    public static let partAsCountryCheck = "part-as-country"

    /// The message of the `part-as-country` warning.
    static let partAsCountryMessage = "figures filed under a country, with no breakdown, whose notes say they cover "
        + "one part of it (England only), as tipdb advised for a part of a country before session 65: briefs and "
        + "latest_estimates take them for the whole country; give the part as the figure's breakdown (subdivision: England) "
        + "and ingest the file again"

    /// `eng-2023 (GBR, notes: "Covers England only"; give subdivision: England)`, for each figure of a country whose parts
    /// `SubnationalPlace` lists, with no breakdown (a figure with one, `subdivision: England` or
    /// `sector: fishing`, is no key figure of the country), whose notes name one of those parts
    /// with "only" (`SubnationalPlace.namedOnly(in:partOf:)`).
    ///
    /// Why: until session 65 a refused `England` was answered "give GBR, and say in the figure's
    /// notes that it covers England only"; analysts who did so hold a count of England as the
    /// United Kingdom's key figure. The notes are what that advice asked for, so they find them.
    func partsAsCountries(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try partsAsCountries(batch: nil, row)
    }

    /// The rows of `partsAsCountries` for the figures of `batch` (all for nil): ingest's warning
    /// about the rows it just loaded, read by `figures_by_batch`.
    ///
    /// Why at ingest too: README and older notes still say "England only", and a file typed so
    /// after session 65 loaded in silence; only a later `tipdb check` named its rows.
    func partsAsCountries(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        // The listed countries' codes, as a JSON array: `["GBR","USA",...]`.
        let countries = "[" + SubnationalPlace.table.map { "\"\($0.country.code)\"" }.joined(separator: ",") + "]"
        // sql-constant: one of two fixed conditions; the batch is bound as ?2.
        let sql = "SELECT f.key, f.place, f.notes FROM figures f WHERE " + (batch == nil ? "" : "f.batch_id = ?2 AND ") + """
            f.place IN (SELECT value FROM json_each(?1)) AND f.notes LIKE '%only%'
              AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
            ORDER BY f.key
            """
        let arguments: [any DatabaseValueConvertible] = batch.map { [countries, $0] } ?? [countries]
        try forEachRow(sql, arguments) { figure in
            guard let place = figure.string(at: 1), let notes = figure.string(at: 2),
                  let part = SubnationalPlace.namedOnly(in: notes, partOf: place) else { return }
            let key = figure.string(at: 0) ?? ""
            let shown = notes.count > 80 ? String(notes.prefix(77)) + "..." : notes
            // The part the notes name, as the breakdown to give: the message's example is England's.
            row("\(key) (\(place), notes: \"\(shown)\"; give \(SubnationalPlace.dimension): \(part.name))", [key])
        }
    }
}
