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
        while records.count < 3, let record = try? reader.next() {
            records.append((0..<min(record.count, 80)).map { record.string(at: $0).trimmingWhitespace().lowercased() })
        }
        guard let first = records.first else { return nil }
        if let header = records.dropFirst(2).first, GLOTIPLayout.isHeader(header), first.first == "unodc" {
            return Match(format: .glotip, evidence: "the UNODC preamble and the GLOTIP header")
        }
        if GLOTIPLayout.isHeader(first) {
            return Match(format: .glotip, evidence: "the GLOTIP header (Iso3_code, Indicator, txtVALUE)")
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
