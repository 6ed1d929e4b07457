/// Recognises the bulk formats tipdb reads (UNODC's GLOTIP export, CTDC case data, Our World in
/// Data grapher files) from their first lines, so that `tipdb ingest data_glotip.csv` works
/// without `--format`.
///
/// Only the first three records are read, and only a header that matches a format closely is
/// taken as evidence: a figures file that happens to have a `year` column stays a figures file.
enum DatasetSniffer {
    struct Match: Equatable {
        let format: InputFormat
        /// Why, in words, for the `note:` line of the ingest summary.
        let evidence: String
    }

    /// The dataset format of the CSV file at `path`, or nil when it looks like none of them.
    static func sniff(path: String) -> Match? {
        guard let reader = try? CSVReader(path: path, dialect: .csv) else { return nil }
        var records: [[String]] = []
        var lines: [Int] = []
        // Blank lines are skipped as GLOTIPFile skips them: they are no line of the preamble.
        while records.count < 3, let record = try? reader.next() {
            if record.isBlankRow && !records.isEmpty { continue }
            records.append((0..<min(record.count, 80)).map { record.string(at: $0).trimmingWhitespace().lowercased() })
            lines.append(record.line)
        }
        guard let first = records.first else { return nil }
        if GLOTIPLayout.isHeader(first) {
            return Match(format: .glotip, evidence: "the GLOTIP header (Iso3_code, Indicator, txtVALUE)")
        }
        // A copy whose date line or publisher's line was deleted (`UNODC,<contact>` then the
        // header) is still UNODC's export: GLOTIPFile reads it, dated as a copy without a date is.
        if let offset = records.prefix(3).firstIndex(where: GLOTIPLayout.isHeader) {
            let full = offset == 2 && first.first == "unodc"
            return Match(format: .glotip, evidence: full ? "the UNODC preamble and the GLOTIP header"
                                                          : "the GLOTIP header on line \(lines[offset]), after \(offset == 1 ? "a one-line preamble" : "two lines")")
        }
        if first.count >= 4, Array(first.prefix(2)) == ["entity", "code"], first[2] == "year" || first[2] == "day" {
            return Match(format: .owid, evidence: "the grapher header Entity,Code,Year")
        }
        let names = Set(first)
        if names.contains("yearofregistration"),
           !names.isDisjoint(with: ["countryofexploitation", "countryofexploition", "citizenship", "agebroad"]) {
            return Match(format: .ctdc, evidence: "the CTDC header (yearOfRegistration, ...)")
        }
        return nil
    }
}

extension InputFormat {
    /// True for the bulk formats read by ``DatasetLoader`` rather than by the figure contract.
    var isDataset: Bool { self == .glotip || self == .ctdc || self == .owid }
}

extension FilePlan {
    /// What the file holds, as recorded in `ingest_batches.kind`: CTDC files hold case rows.
    var kindName: String { format == .ctdc ? "cases" : kind.rawValue }
}
