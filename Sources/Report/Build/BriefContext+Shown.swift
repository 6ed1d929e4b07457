import Storage

extension BriefContext {
    /// A context over the figures `keys` names alone, with no filters: what `tipdb search` reads to
    /// write a result's number as the brief and `report lineage` would (`RevisedNumbers`,
    /// `RepeatFlags`), for the few figures a search shows.
    ///
    /// Why one place: the two made the same catalog, figure set and empty scope each, and would
    /// drift apart from each other the first time the brief's context took something more.
    static func shown(_ keys: [String], db: Database) throws -> (context: BriefContext, set: FigureSet) {
        let catalog = try Catalog(db: db)
        let set = try FigureSet.load(keys: keys, from: db, lookups: RecordLookups(catalog: catalog))
        let scope = Scope(
            measures: nil, places: nil, requestedPlaces: [], countries: [], from: nil, to: nil, filters: BriefFilters(),
            description: "", topic: "")
        return (BriefContext(catalog: catalog, scope: scope, set: set, labelled: []), set)
    }
}
