extension Audit {
    /// The message of the `garbled-text` error.
    static let garbledTextMessage = "text garbled by a Windows-1252 round trip (a UTF-8 file opened in Excel by double-click "
        + "and saved again: CÃ´te dâ€™Ivoire for Côte d’Ivoire), which ingest refuses since it reads it, so a brief would cite "
        + "titles, authors and quotes as garbled as they are stored; load the rows again from the original file, opened with "
        + "Excel's Data > From Text/CSV, File origin \"65001: Unicode (UTF-8)\", or correct the text"

    /// The message of the `garbled-word` warning.
    static let garbledWordMessage = "words that may be garbled by a Windows-1252 round trip beside text that is not "
        + "(a garbled file edited by hand since?), and garbled text in the x_ columns tipdb keeps unread: ingest loads "
        + "such text with a warning; correct it if it is garbled"

    /// The message of the `year-typed-as-date` error.
    static let yearTypedAsDateMessage = "dates that are a year typed into a cell formatted as a date (Excel stores 2019 "
        + "as 1905-07-11), which ingest refuses: a brief would date these figures, studies or sources to June or July 1905; "
        + "load the rows again with the year (2019), or correct the date"

    /// The text columns that ingest reads from a cell and refuses garbled, per table, with the
    /// statement that lists the rows holding a lead character of garbled text in any of them.
    ///
    /// Why a `GLOB` first: SQLite compares the leads (`Â` to `Å`, `È`, `Ð`, `Ñ`, `â`) in each
    /// character class as whole UTF-8 characters, so only the few rows that hold one (a French
    /// `â`, a garbled title) reach `Mojibake`, not every quote of a million figures.
    private static let garbledTextColumns: [(table: String, columns: [String])] = [
        ("sources", ["title", "authors", "publisher", "license", "notes"]),
        ("studies", ["title", "method", "population", "summary"]),
        ("figures", ["locator", "quote", "notes"]),
    ]

    /// `sources ilo-2005, title: "CÃ´te dâ€™Ivoire" reads as "Côte d’Ivoire"`, for each stored
    /// text that ingest now refuses as garbled, in tipdb's columns and the CSL fields a source keeps
    /// as its reference manager gave them.
    ///
    /// Why: ingest refuses such text since session 45, but a database loaded before kept it, and
    /// `tipdb check` is where a research lead finds what an older tipdb let in.
    func garbledTexts(_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        for found in try garbledScan.rows(of: self).texts { row(found.text, found.keys) }
    }

    /// `sources ilo-2005, notes: "dâ€™Ivoire" may be "d’Ivoire"`: a garbled word in text that is
    /// not garbled as a whole, and any garbled text in the `x_` columns kept in `extra`, which
    /// ingest loads with a warning.
    func garbledWords(_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        for found in try garbledScan.rows(of: self).words { row(found.text, found.keys) }
    }

    /// The rows of both rules, from one reading of the text columns (`GarbledTextScan`): each
    /// column is read in full, and garbled rows are few.
    func garbledRows() throws -> GarbledTextScan.Rows {
        var texts: [GarbledTextScan.Row] = [], words: [GarbledTextScan.Row] = []
        try garbledCells { place, keys, text in
            if let whole = Self.garbledWhole(place, text) {
                texts.append((whole, keys))
            } else if let word = Self.garbledWord(place, text) {
                words.append((word, keys))
            }
        }
        for table in ["sources", "studies", "figures"] {
            try forEachRow(Self.garbledLeaves(of: "extra", in: table)) { leaf in
                let key = leaf.string(at: 0) ?? ""
                let place = "\(table) \(key), extra \(leaf.string(at: 1) ?? "")", text = leaf.string(at: 2) ?? ""
                if let found = Self.garbledWhole(place, text) ?? Self.garbledWord(place, text) {
                    words.append((found, FindingKeys(kind: FindingKeys.kind(ofTable: table), keys: [key])))
                }
            }
        }
        return (texts, words)
    }

    /// `PLACE: "CÃ´te" reads as "Côte"` for text garbled as a whole, quoted as ingest quotes it; nil otherwise.
    private static func garbledWhole(_ place: String, _ text: String) -> String? {
        guard let original = Mojibake.original(of: text) else { return nil }
        let told = Mojibake.excerpt(of: text, original: original)
        return "\(place): \"\(told.garbled)\" reads as \"\(told.original)\""
    }

    /// `PLACE: "dâ€™Ivoire" may be "d’Ivoire"` for the first garbled word of text that is not garbled as a whole.
    private static func garbledWord(_ place: String, _ text: String) -> String? {
        guard let (word, original) = Mojibake.garbledWord(in: text) else { return nil }
        return "\(place): \"\(word)\" may be \"\(original)\""
    }

    /// Each stored text that may be garbled, with where it is (`figures f1, quote`), in the order
    /// of `garbledTextColumns`, then each CSL field of a source, by key.
    private func garbledCells(_ cell: (_ place: String, _ keys: FindingKeys, _ text: String) -> Void) throws {
        for (table, columns) in Self.garbledTextColumns {
            let listed = columns.joined(separator: ", ")
            let filter = columns.map { "\($0) GLOB '\(Self.leadPattern)'" }.joined(separator: " OR ")
            try forEachRow("SELECT key, \(listed) FROM \(table) WHERE \(filter) ORDER BY key") { stored in // sql-constant: tipdb's table and column names
                let key = stored.string(at: 0) ?? ""
                for (index, column) in columns.enumerated() {
                    guard let text = stored.string(at: index + 1), Mojibake.mayBeGarbled(text) else { continue }
                    cell("\(table) \(key), \(column)", FindingKeys(kind: FindingKeys.kind(ofTable: table), keys: [key]), text)
                }
            }
        }
        try forEachRow(Self.garbledLeaves(of: "csl", in: "sources")) { leaf in
            let key = leaf.string(at: 0) ?? ""
            cell("sources \(key), csl \(leaf.string(at: 1) ?? "")", FindingKeys(kind: FindingKeys.source, keys: [key]), leaf.string(at: 2) ?? "")
        }
    }

    /// The string leaves of the JSON column `column` holding a lead character, as key, path, text.
    private static func garbledLeaves(of column: String, in table: String) -> String {
        let leaves = "SELECT t.key, j.fullkey, j.value FROM \(table) t, json_tree(t.\(column)) j" // sql-constant: tipdb's table and column names
        let garbled = " WHERE t.\(column) GLOB '\(leadPattern)' AND json_valid(t.\(column))" // sql-constant: a column name and the lead characters
        return leaves + garbled + " AND j.type = 'text' AND j.value GLOB '\(leadPattern)' ORDER BY t.key, j.id" // sql-constant: the lead characters
    }

    /// The lead characters of garbled text (`Mojibake.mayBeGarbled`) as a `GLOB` pattern.
    private static let leadPattern = "*[ÂÃÄÅÈÐÑâ]*"

    /// `figures f1, period_start: 1905-07-11 is the year 2019`, for each stored date that is a
    /// year typed into a cell formatted as a date (`ExcelDay.typedYear`): figures' and studies'
    /// periods, sources' publication and access dates.
    ///
    /// Why: ingest refuses such a date since session 45; one an older tipdb stored dates a figure
    /// to July 1905 in every brief, sorted and charted there.
    func yearsTypedAsDates(_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        let tables = [("figures", ["period_start", "period_end"]), ("studies", ["period_start", "period_end"]),
                      ("sources", ["published", "accessed"])]
        for (table, columns) in tables {
            let listed = columns.joined(separator: ", ")
            let filter = columns.map { "\($0) BETWEEN '1905-06' AND '1905-08'" }.joined(separator: " OR ")
            try forEachRow("SELECT key, \(listed) FROM \(table) WHERE \(filter) ORDER BY key") { stored in // sql-constant: tipdb's table and column names
                let key = stored.string(at: 0) ?? ""
                let dates = columns.indices.map { stored.string(at: $0 + 1) }
                // A period of one day is its start and its end: named once, as the period.
                let named = table != "sources" && dates[0] == dates[1] ? [("period", dates[0])] : Array(zip(columns, dates))
                for case let (column, date?) in named {
                    guard let year = ExcelDay.typedYear(inStored: date) else { continue }
                    row("\(table) \(key), \(column): \(date) is the year \(year)", FindingKeys(kind: FindingKeys.kind(ofTable: table), keys: [key]))
                }
            }
        }
    }
}
