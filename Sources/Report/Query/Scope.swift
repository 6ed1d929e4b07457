/// The filters resolved against the database: exactly which measures and places a report
/// covers, and how to say so in words.
struct Scope {
    /// Measure codes in scope, in reading order; nil when every measure is.
    var measures: [String]?
    /// Place codes in scope; nil when every place is.
    var places: Set<String>?
    /// The places asked for, resolved, in the order given.
    var requestedPlaces: [String]
    /// Countries that belong to the places asked for (for data gaps), sorted by code.
    var countries: [String]
    var from: Int?
    var to: Int?
    var filters: BriefFilters
    /// "Forced labour (with its sub-measures); Asia and the Pacific and its 57 countries; reference years 2010-2024".
    var description: String
    /// A short phrase for the default title: "Forced labour in Asia and the Pacific".
    var topic: String
    /// The measures asked for, resolved to codes, in the order given.
    var requestedMeasures: [String] = []
    /// The concepts asked for, resolved, in the order given.
    var concepts: [String] = []
    /// The places asked for in words: "Europe and its 51 countries", "all places".
    var placePhrase = "all places"
}
