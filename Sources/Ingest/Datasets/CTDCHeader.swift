import Storage

/// Which CTDC file a header belongs to, and which `cases` column each of its fields fills.
///
/// The variant is detected from the columns only one of the two files has. Copies that passed
/// through statistics packages have names cut to 32 characters or misspelled, and later
/// Synthetic releases rename `typeOfLabour*`/`typeOfSex*` to `sectorOfLabour*`/`sectorOfSex*`:
/// those are accepted through an alias table and reported. A column that looks like a direct
/// identifier is refused unless `--allow-identifiers` is given, and then it is skipped, never stored.
struct CTDCHeader {
    /// The `cases` column each field fills, by field index; nil for a field that is not stored.
    let fields: [CTDCColumn?]
    /// The header's names as written, in order.
    let names: [String]
    let variant: CTDCVariant
    /// Non-standard names accepted, as written → standard name, in header order.
    let aliases: [(written: String, standard: String)]
    /// Columns that look like direct identifiers: name as written and what it seems to hold.
    let identifiers: [(name: String, kind: String)]
    /// Standard columns of the variant that the file does not have (stored as NULL): never one
    /// that ``counted(in:)`` names.
    let missing: [String]

    /// Problems that stop the load, each at the position of its header field.
    struct Problems: Error {
        var issues: [IngestIssue]
    }

    /// Reads `names` (the header fields; `column(i)` gives field i's column for messages).
    init(names: [String], file: String, line: Int, column: (Int) -> Int, allowIdentifiers: Bool) throws(Problems) {
        var issues: [IngestIssue] = []
        var fields: [CTDCColumn?] = []
        var aliases: [(String, String)] = []
        var identifiers: [(String, String)] = []
        var seen: [CaseColumn: Int] = [:]
        var globalOnly = 0
        var syntheticOnly = 0
        for (index, written) in names.enumerated() {
            let name = written.trimmingWhitespace()
            guard let (spec, viaAlias) = Self.lookUp(name) else {
                fields.append(nil)
                if let kind = IdentifierColumns.kind(of: name) {
                    identifiers.append((name, kind))
                    if !allowIdentifiers {
                        issues.append(IngestIssue(file: file, line: line, column: column(index),
                                                  message: "column \"\(name)\" looks like a direct identifier (\(kind)); tipdb does not store personal identifiers. Remove the column, or pass --allow-identifiers to load the file without it"))
                    }
                } else {
                    let known = (CTDCColumn.global + CTDCColumn.synthetic).map(\.name)
                    issues.append(IngestIssue(file: file, line: line, column: column(index),
                                              message: Suggestions.message("unknown CTDC column \"\(name)\"", for: name, among: known,
                                                                           expected: "expected a column of the Global Dataset or the Global Synthetic Dataset")))
                }
                continue
            }
            if let first = seen[spec.column] {
                issues.append(IngestIssue(file: file, line: line, column: column(index),
                                          message: "column \"\(name)\" is the same as column \(first + 1) (\"\(names[first].trimmingWhitespace())\"); expected each column once"))
                fields.append(nil)
                continue
            }
            seen[spec.column] = index
            if viaAlias { aliases.append((name, spec.name)) }
            if Self.globalOnly.contains(spec.name) { globalOnly += 1 }
            if Self.syntheticOnly.contains(spec.name) { syntheticOnly += 1 }
            fields.append(spec)
        }
        let variant: CTDCVariant
        switch (globalOnly > 0, syntheticOnly > 0) {
        case (true, false): variant = .global
        case (false, true): variant = .synthetic
        case (true, true):
            throw Problems(issues: issues + [IngestIssue(file: file, line: line, column: 1,
                message: "the header mixes columns of the Global Dataset (\(globalOnly)) and of the Global Synthetic Dataset (\(syntheticOnly)); expected the columns of one file")])
        case (false, false):
            throw Problems(issues: issues + [IngestIssue(file: file, line: line, column: 1,
                message: "cannot tell whether this is CTDC's Global Dataset or its Global Synthetic Dataset: it has none of the columns only one of them has (such as Datasource or traffickMonths)")])
        }
        let present = Set(fields.compactMap { $0?.name })
        let uncounted = Self.counted(in: variant).filter { !present.contains($0) }
        if !uncounted.isEmpty {
            let empty = variant == .global ? "-99 (missing)" : "empty cells (missing)"
            issues.append(IngestIssue(file: file, line: line, column: 1, message: "not the whole CTDC \(variant.title): \(uncounted.count) of the \(Self.counted(in: variant).count) columns tipdb derive counts people by \(uncounted.count == 1 ? "is" : "are") not in the header: \(uncounted.joined(separator: ", ")). Left out, \(uncounted.count == 1 ? "it" : "they") would be stored as not recorded for every person and counted so. Expected the file as CTDC publishes it (names cut to 32 characters or misspelled are accepted); if the file really did not record \(uncounted.count == 1 ? "that column" : "a column"), add it with \(empty) in every row"))
        }
        guard issues.isEmpty else { throw Problems(issues: issues) }
        self.fields = fields
        self.names = names
        self.variant = variant
        self.aliases = aliases
        self.identifiers = identifiers
        self.missing = variant.columns.map(\.name).filter { !present.contains($0) }
    }

    /// The columns of `variant` that `tipdb derive ctdc` counts people by (year, country,
    /// citizenship, gender, age band, and every flag of the form and means groups), in the file's order.
    ///
    /// A file without one of them cannot be told from a file in which nobody had it recorded:
    /// the column would be stored as NULL, and derive would publish every person under "not
    /// recorded" (or leave a flag out of a share's denominator). So they must be in the header;
    /// the other columns may be missing, and are named in a note.
    static func counted(in variant: CTDCVariant) -> [String] {
        let columns = Set(CaseDimension.allCases.flatMap { dimension in
            dimension.column.map { [$0] } ?? dimension.flags(in: variant.rawValue).map(\.column)
        })
        return variant.columns.filter { columns.contains($0.column.sqlName) }.map(\.name)
    }

    // MARK: Names

    private static let standard: [String: CTDCColumn] = {
        var byName: [String: CTDCColumn] = [:]
        for spec in CTDCColumn.global + CTDCColumn.synthetic { byName[spec.name.lowercased()] = spec }
        return byName
    }()

    private static let globalOnly = Set(CTDCColumn.global.map(\.name)).subtracting(CTDCColumn.synthetic.map(\.name))
    private static let syntheticOnly = Set(CTDCColumn.synthetic.map(\.name)).subtracting(CTDCColumn.global.map(\.name))

    /// Lower-cased alias → standard name: names cut to 32 characters by statistics packages,
    /// and misspellings found in circulating copies.
    static let aliases: [String: String] = {
        var table: [String: String] = [
            "countryofexploition": "CountryOfExploitation",
            "recruiterrelationuknown": "recruiterRelationUnknown",
        ]
        for spec in CTDCColumn.global + CTDCColumn.synthetic where spec.name.count > 32 {
            table[String(spec.name.prefix(32)).lowercased()] = spec.name
        }
        return table
    }()

    /// The standard column `name` stands for, and whether it took an alias to get there.
    static func lookUp(_ name: String) -> (CTDCColumn, Bool)? {
        let key = name.lowercased()
        if let spec = standard[key] { return (spec, false) }
        if let target = aliases[key], let spec = standard[target.lowercased()] { return (spec, true) }
        for (renamed, original) in [("sectoroflabour", "typeoflabour"), ("sectorofsex", "typeofsex")] where key.hasPrefix(renamed) {
            let candidate = original + key.dropFirst(renamed.count)
            if let spec = standard[candidate] ?? aliases[candidate].flatMap({ standard[$0.lowercased()] }) { return (spec, true) }
        }
        return nil
    }
}
