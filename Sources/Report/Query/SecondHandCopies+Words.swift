import Storage

extension SecondHandCopies {
    /// `United Nations Office on Drugs and Crime's data as Our World in Data republished it`, or
    /// nil when `source` is no second-hand copy.
    ///
    /// Why one sentence for every report: the brief's copy caution, its lineage section and
    /// `report lineage` all name a copy's figure; a figure that repeats no other is still the
    /// producer's data at second hand when its source is a copy, and each says so alike.
    func republished(_ source: String, catalog: Catalog, label: (String) -> String) -> String? {
        guard let republisher = republishers[source] else { return nil }
        let producer = catalog.sources[source]?.publisher ?? label(source)
        // A copy that names no producer has its republisher as publisher: the site's own data, as far as is known.
        guard producer != republisher else { return "data as \(republisher) published it, naming no producer" }
        return "\(producer)'s data as \(republisher) republished it"
    }
}
