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

    /// One note per figure, in the order of the figures kept:
    /// `figure K keeps its correction by batch 2 (tipdb ingest --correction), since this export
    /// gives back the value it replaced: value 2014 (this export gives 2041); to take …`.
    ///
    /// Fields another file's load set (`KeptCorrection.otherFile`) get a note of their own:
    /// `figure K keeps the value batch 3 (rev1.csv) gave it, since this file gives back the value
    /// that load replaced: value 1250 (this file gives 1208); to take …`.
    ///
    /// A field kept over a file loaded for the first time (`KeptCorrection.firstLoad`) is told in
    /// a message of its own, which ingest prints as a warning (`warning` true): not a reload but
    /// another copy, older than what the database holds (a colleague's export).
    static func notes(_ kept: [KeptCorrection], from origin: Origin) -> [(figure: String, message: String)] {
        messages(kept, from: origin).map { ($0.figure, $0.message) }
    }

    /// `notes`, each with whether ingest prints it as a warning.
    static func messages(_ kept: [KeptCorrection], from origin: Origin) -> [(figure: String, message: String, warning: Bool)] {
        var order: [String] = []
        var byFigure: [String: [KeptCorrection]] = [:]
        for item in kept {
            if byFigure[item.figure] == nil { order.append(item.figure) }
            byFigure[item.figure, default: []].append(item)
        }
        return order.flatMap { key in
            let fields = byFigure[key] ?? []
            let corrected = fields.filter { $0.otherFile == nil }
            let loaded = fields.filter { $0.otherFile != nil && !$0.firstLoad }
            let copied = fields.filter { $0.otherFile != nil && $0.firstLoad }
            return (corrected.isEmpty ? [] : [(key, correctionMessage(key, corrected, from: origin), false)])
                + (loaded.isEmpty ? [] : [(key, otherLoadMessage(key, loaded, from: origin), false)])
                + (copied.isEmpty ? [] : [(key, otherLoadMessage(key, copied, from: origin, firstLoad: true), true)])
        }
    }

    /// `figure K keeps its correction by batch 2 (tipdb ingest --correction), since …`.
    private static func correctionMessage(_ key: String, _ fields: [KeptCorrection], from origin: Origin) -> String {
        let batches = Array(Set(fields.map(\.batch))).sorted().map(String.init)
        let one = fields.count == 1
        let which = (batches.count == 1 ? "batch " : "batches ") + EnglishList.joined(batches)
        let values = fields.map { "\($0.field) \($0.kept) (this \(origin.noun) gives \($0.given))" }.joined(separator: "; ")
        return "figure \(key) keeps its correction\(batches.count == 1 ? "" : "s") by \(which) (tipdb ingest --correction), "
            + "since this \(origin.noun) gives back the \(one ? "value" : "values") \(batches.count == 1 ? "it" : "they") replaced: \(values); \(origin.remedy)"
    }

    /// `figure K keeps the value batch 3 (rev1.csv) gave it, since this file gives back the value
    /// that load replaced: value 1250 (this file gives 1208); to take …`.
    /// Over a file loaded for the first time: `figure K keeps the value batch 3 (erratum.csv) gave
    /// it, since this file, loaded for the first time, gives back the value that load replaced: …;
    /// it may be a copy made before that load (a colleague's export), and writing it back would
    /// print a revision no source made; to take …`.
    private static func otherLoadMessage(_ key: String, _ fields: [KeptCorrection], from origin: Origin, firstLoad: Bool = false) -> String {
        var loads: [Int64: String] = [:]
        for field in fields { loads[field.batch] = field.otherFile ?? "" }
        let named = loads.keys.sorted().map { "\($0) (\(loads[$0] ?? ""))" }
        let which = (named.count == 1 ? "batch " : "batches ") + EnglishList.joined(named)
        let one = fields.count == 1
        let values = fields.map { "\($0.field) \($0.kept) (this \(origin.noun) gives \($0.given))" }.joined(separator: "; ")
        let copy = firstLoad
            ? "; this \(origin.noun), loaded here for the first time, may be a copy made before \(named.count == 1 ? "that load" : "those loads") "
                + "(a colleague's export), and writing it back would print a revision no source made (\"revised from\" twice)"
            : ""
        return "figure \(key) keeps the \(one ? "value" : "values") \(which) gave it, since this \(origin.noun) gives back the "
            + "\(one ? "value" : "values") \(named.count == 1 ? "that load" : "those loads") replaced: \(values)\(copy); \(origin.remedy)"
    }
}
