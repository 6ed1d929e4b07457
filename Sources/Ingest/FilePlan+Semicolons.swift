extension FilePlan {
    /// Why a file whose format its name does not tell (`.txt`, no extension) cannot be read:
    /// its first line is a header of tipdb's column names separated by semicolons, quoted or not,
    /// or Excel's `sep=` line; nil for any other first line.
    ///
    /// Why: such a file was told "cannot tell the file's format", with no position and no word of
    /// the semicolons, and `--format csv`, which that message offers, only then gave the semicolon
    /// error (a user-review, session 45). The README promises one error at `FILE:1:1` for a
    /// semicolon header whatever the file is called, with the advice a `.csv` file gets.
    static func semicolonHeaderProblem(_ head: [UInt8]) -> String? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let line = String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        if line.lowercased().hasPrefix("sep=") { return HeaderSeparator.excelDelimiterHint(line) }
        if let quoted = HeaderSeparator.quotedNamesProblem(firstLine: line, format: .csv) { return quoted }
        let names = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingWhitespace().lowercased() }
        guard names.count >= 2, kind(fromFieldNames: Set(names)) != nil else { return nil }
        return "the header's names are separated by semicolons (\"\(quoted(line.trimmingWhitespace()))\"); " + HeaderSeparator.semicolonAdvice
    }
}
