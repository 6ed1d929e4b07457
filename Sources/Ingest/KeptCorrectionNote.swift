import Storage

/// The note ingest prints for a figure whose correction a load left standing
/// (`Database.keepingCorrections`): what was kept, from which batch, what the load gave, and how
/// to take the load's value after all.
///
/// Why a note and not silence: the figure is counted unchanged while the file says otherwise, and
/// an analyst who means the file's value (the correction was the mistake) must learn how to get it.
enum KeptCorrectionNote {
    /// What wrote the figure: a figures file, a bulk export (which `--correction` refuses), or a
    /// derivation.
    enum Origin {
        case file, export, derivation

        var noun: String {
            switch self {
            case .file: "file"
            case .export: "export"
            case .derivation: "derivation"
            }
        }

        var remedy: String {
            switch self {
            case .file: "to take this file's value instead, load it again with tipdb ingest --correction"
            case .export, .derivation:
                "to take this \(noun)'s value instead, load a figures file giving it under this key with tipdb ingest --correction"
            }
        }
    }

    /// One note per figure, in the order its fields were kept:
    /// `figure K keeps its correction by batch 2 (tipdb ingest --correction), since this export
    /// gives back the value it replaced: value 2014 (this export gives 2041); to take …`.
    static func notes(_ kept: [KeptCorrection], from origin: Origin) -> [(figure: String, message: String)] {
        var order: [String] = []
        var byFigure: [String: [KeptCorrection]] = [:]
        for item in kept {
            if byFigure[item.figure] == nil { order.append(item.figure) }
            byFigure[item.figure, default: []].append(item)
        }
        return order.map { key in
            let fields = byFigure[key] ?? []
            let batches = Array(Set(fields.map(\.batch))).sorted().map(String.init)
            let one = fields.count == 1
            let which = batches.count == 1 ? "batch \(batches[0])" : "batches " + batches.dropLast().joined(separator: ", ") + " and " + (batches.last ?? "")
            let values = fields.map { "\($0.field) \($0.kept) (this \(origin.noun) gives \($0.given))" }.joined(separator: "; ")
            let message = "figure \(key) keeps its correction\(batches.count == 1 ? "" : "s") by \(which) (tipdb ingest --correction), "
                + "since this \(origin.noun) gives back the \(one ? "value" : "values") \(batches.count == 1 ? "it" : "they") replaced: \(values); \(origin.remedy)"
            return (key, message)
        }
    }
}
