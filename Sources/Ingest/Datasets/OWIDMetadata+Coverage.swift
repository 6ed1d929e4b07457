extension OWIDMetadata {
    /// Why the metadata cannot be the one downloaded with a CSV whose indicator columns are
    /// `names`: it describes columns, and none of them is one of the CSV's. Nil when it describes
    /// at least one, or describes no column at all (the full indicator metadata has none).
    ///
    /// Why refuse: the metadata names the chart that source and figure keys are filed under, and
    /// the producer they are cited by. A metadata file of another chart left beside the CSV (a
    /// common slip with several downloads) would file every figure under that chart, with none
    /// of its units or origins read, and a later load of the right files would copy them.
    func mismatch(indicatorColumns names: [String], csv: String) -> IngestIssue? {
        guard let file, !columns.isEmpty, !names.isEmpty, names.allSatisfy({ column(named: $0) == nil }) else { return nil }
        let described = columns.keys.sorted()
        let which = described.count == 1
            ? "it describes the column \(Self.list(described)), which is not an indicator column of the CSV"
            : "it describes the columns \(Self.list(described)), none of which is an indicator column of the CSV"
        return IngestIssue(
            file: file.path, line: columnsPosition?.line ?? 0, column: columnsPosition?.column ?? 0,
            message: "metadata of \(csv): \(which) (\(Self.list(names))); expected the metadata downloaded with this CSV: pass --metadata with that file or download it again, or move this one away to load the CSV without metadata (read, its chart and producer would be taken for this CSV's)")
    }

    /// A note naming the CSV's indicator columns the metadata does not describe, when it
    /// describes some of them: those are read from their titles alone (unit, scaling, origin).
    func undescribed(indicatorColumns names: [String]) -> String? {
        guard file != nil, !columns.isEmpty else { return nil }
        let missing = names.filter { column(named: $0) == nil }
        guard !missing.isEmpty, missing.count < names.count else { return nil }
        return "the metadata describes no column named \(Self.list(missing)): \(missing.count == 1 ? "it is" : "they are") read from \(missing.count == 1 ? "its title" : "their titles") alone (measure, unit, scaling)"
    }

    /// Up to three names, quoted, then how many more.
    private static func list(_ names: [String]) -> String {
        let quoted = names.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        return names.count > 3 ? "\(quoted) and \(names.count - 3) more" : quoted
    }
}
