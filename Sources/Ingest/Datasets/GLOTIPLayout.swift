/// The columns of UNODC's GLOTIP data export, found by name in its header.
///
/// The export's header is `Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,
/// Age,Year,Unit of measurement,txtVALUE,Source`; names are matched case-insensitively so that
/// a copy re-saved by a spreadsheet still reads, and the order does not matter.
struct GLOTIPLayout {
    static let required = ["Iso3_code", "Indicator", "Dimension", "Category", "Sex", "Age", "Year", "txtVALUE"]
    static let optional = ["Country", "Region", "Subregion", "Unit of measurement", "Source"]

    /// Lower-cased column name → field index.
    let index: [String: Int]
    /// Columns the export does not define, as written (they are not read).
    let unknown: [String]
    /// Field indexes of columns without a name (not read either): a copy re-saved by a spreadsheet
    /// often ends every line with a comma, a column no note could name by its header.
    let unnamed: [Int]
    /// The header's names as written, in order (a row's shape is checked against them).
    let names: [String]
    var count: Int { names.count }

    /// True when `names` (lower-cased) look like the export's header.
    static func isHeader(_ names: [String]) -> Bool {
        let set = Set(names)
        return set.contains("iso3_code") && set.contains("indicator") && set.contains("txtvalue")
    }

    /// Reads the header; a missing required column is an error at the header's position.
    init(names: [String], file: String, line: Int) throws(IngestIssue) {
        var index: [String: Int] = [:]
        var unknown: [String] = []
        var unnamed: [Int] = []
        let known = Set((Self.required + Self.optional).map { $0.lowercased() })
        for (offset, name) in names.enumerated() {
            let key = name.trimmingWhitespace().lowercased()
            // Several trailing commas make several columns without a name: none is a duplicate.
            if key.isEmpty {
                unnamed.append(offset)
                continue
            }
            if index[key] != nil {
                throw IngestIssue(file: file, line: line, column: offset + 1,
                                  message: "duplicate column \"\(name)\"; expected each GLOTIP column once")
            }
            index[key] = offset
            if !known.contains(key) { unknown.append(name) }
        }
        let missing = Self.required.filter { index[$0.lowercased()] == nil }
        if !missing.isEmpty {
            throw IngestIssue(file: file, line: line, column: 1,
                              message: "missing GLOTIP column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); expected the export's header \(Self.required.joined(separator: ","))")
        }
        self.index = index
        self.unknown = unknown
        self.unnamed = unnamed
        self.names = names
    }

    /// The field index of a column (one of ``required`` or ``optional``).
    func column(_ name: String) -> Int? {
        index[name.lowercased()]
    }
}
