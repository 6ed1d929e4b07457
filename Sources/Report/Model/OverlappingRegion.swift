/// A region that shares countries with the places a brief asks for without lying within them,
/// and has figures for the brief's measures and period that the brief leaves out.
///
/// Why apart from the figures: an estimate for Asia and the Pacific is not one for Asia (it
/// covers 28 of Asia's 51 countries and 29 others), so mixing it in would pass it off as one;
/// but a brief on Asia that named only the countries without figures read as if nothing were
/// known about the area.
public struct OverlappingRegion: Codable, Sendable, Equatable {
    /// The region's code (`ILO-ASIA-PACIFIC`).
    public var place: String
    public var placeName: String
    /// How many of the countries the data gaps check (`GapList.total` of `placesWithoutFigures`) are among its members.
    public var countriesCovered: Int
    /// Its figures for the brief's measures and period.
    public var figureCount: Int
    /// The measures of those figures, by code, in reading order.
    public var measures: [String]
}
