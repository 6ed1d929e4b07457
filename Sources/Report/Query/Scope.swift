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
    /// The year of the first reference period in scope (`--from 2019-06` gives 2019): the JSON's
    /// `fromYear`, and the data gaps' years under a filter of years (`filters` holds the exact bounds).
    var from: Int?
    /// The year of the last reference period in scope.
    var to: Int?
    /// The first day in scope, `YYYY-MM-DD`; nil when no period filter starts it.
    var firstDay: String?
    /// The last day in scope, `YYYY-MM-DD`; nil when no period filter ends it.
    var lastDay: String?
    var filters: BriefFilters
    /// "Forced labour (with its sub-measures); Asia and the Pacific and its 57 countries; reference years 2010-2024";
    /// "...; reference periods overlapping June 2019" for a month.
    var description: String
    /// A short phrase for the default title: "Forced labour in Asia and the Pacific".
    var topic: String
    /// The measures asked for, resolved to codes, in the order given.
    var requestedMeasures: [String] = []
    /// The concepts asked for, resolved, in the order given.
    var concepts: [String] = []
    /// The places asked for in words: "Europe and its 51 countries", "all places".
    var placePhrase = "all places"
    /// Regions outside `places` that share a country with the places asked for, by code: those
    /// that overlap a region asked for in part ("Asia and the Pacific" for Asia) or contain it
    /// or a country asked for. The world is not one of them. Empty when no place is asked for.
    ///
    /// Why: their figures are not the scope's (an estimate for Asia and the Pacific is not one for
    /// Asia), so a brief leaves them out, but it says they exist (`GapAnalysis+Overlapping`).
    var overlappingRegions: [String] = []
}
