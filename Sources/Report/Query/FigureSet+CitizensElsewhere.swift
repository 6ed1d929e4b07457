import Storage

extension FigureSet {
    /// The breakdown dimensions whose category is the country the people counted are of (their
    /// citizenship, country of origin or country of birth: `PeopleOfPlace`): a figure so broken
    /// down counts only people of that country, wherever the figure's own place is.
    static let citizenshipDimensions = PeopleOfPlace.dimensions

    /// Reads the figures for places outside the scope that count only people whose citizenship (or
    /// country of origin or birth) is a place in scope (`citizenship: Viet Nam`, `country-of-origin:
    /// Viet Nam` on a United Kingdom count), with the scope's
    /// measures and period, into `citizensElsewhere`; nothing when the scope names no place.
    ///
    /// Why: a brief about Viet Nam did not show the victims of Vietnamese citizenship detected in
    /// the United Kingdom, which a reader writing about Viet Nam expects to see (a user's review,
    /// session 54). They are not Viet Nam's figures (the place's own detections and estimates), so
    /// they are read apart, never into `figures`: no key figure, caution, chart, gap or count of
    /// the brief takes them in; the brief lists them in a part of their own.
    ///
    /// Driven by `figure_breakdowns_by_place`: only the few figures broken down by a citizenship
    /// in scope are looked at. Figures of a superseded derived version are left out, as the
    /// scope's are; their batches are named in the provenance (`batchIDs`), not counted.
    mutating func loadCitizensElsewhere(_ scope: Scope, from db: Database, select: String, superseded: Bool, lookups: RecordLookups) throws {
        guard scope.places != nil, try db.integer("SELECT EXISTS (SELECT 1 FROM figure_breakdowns)") != 0 else { return }
        let statement = try db.prepare(
            select + """

                WHERE key IN (SELECT b.figure FROM figure_breakdowns b
                        WHERE b.place IN (SELECT value FROM json_each(?2)) AND b.dimension IN (SELECT value FROM json_each(?5)))
                    AND place NOT IN (SELECT value FROM json_each(?2))
                    AND (?1 IS NULL OR measure IN (SELECT value FROM json_each(?1)))
                    AND
                """ + " " + Scope.condition(periodStart: "period_start", periodEnd: "period_end")
                + (superseded ? "\n  AND source NOT IN (" + FigureRows.supersededSources + ")" : ""))
        try statement.bind(scope.parameters + [JSONString.array(Self.citizenshipDimensions)])
        citizensElsewhere = try Self.read(statement, into: &self, counting: false, lookups: lookups)
    }
}
