import Storage

/// Each figure's unit's dimension (`Catalog.units`: `count`, `money`, `rate`...), looked up again
/// only when the unit differs from the figure before's.
///
/// Why: reading order keeps a unit's figures mostly together, and the scans that ask every
/// figure's dimension hashed 100,000 unit codes a pass (`perf`, sessions 57-59). Five scans kept
/// the last unit by hand, some starting from the empty code, which a unit coded `""` (a database
/// edited by hand) then matched without being looked up; this starts from no unit.
struct UnitDimensions {
    private let units: [String: Catalog.Unit]
    private var last: (code: String, dimension: String?)?

    init(_ catalog: Catalog) {
        units = catalog.units
    }

    /// The dimension of `figure`'s unit; nil for a unit the catalog does not list.
    mutating func of(_ figure: FigureRecord) -> String? {
        if let last, last.code == figure.unit { return last.dimension }
        let dimension = units[figure.unit]?.dimension
        last = (figure.unit, dimension)
        return dimension
    }
}
