extension Audit {
    /// The name of the `quote-contradicts-value` warning.
    static let quoteContradictsValueCheck = "quote-contradicts-value"

    /// The message of the `quote-contradicts-value` warning.
    static let quoteContradictsValueMessage = "figures whose quote states numbers of their kind (for a count or money, one with "
        + "million, billion or thousand, or with its thousands grouped: 1,857; for a share, a percentage; for a rate, one per its "
        + "base), none of which is the figure's value, low or high as rounded to the less precise of the two, nor all of them "
        + "added: the number was mistyped (1,578 for 1,857), or the quote is of another number; correct whichever is wrong, "
        + "or quote the sentence that gives the figure's number (kept as loaded)"

    /// Figures whose quote states numbers of their kind and none of them is theirs (`QuoteNumbers`):
    /// `tip24-nga (1578): the quote states 1,857`.
    func quotesContradictingValues(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try quotesContradictingValues(batch: nil, row)
    }

    /// The rows of `quotesContradictingValues` for the figures batch `batch` wrote (all for nil):
    /// ingest's warning about the figures a file just loaded, at the value cell.
    ///
    /// Only quotes with a digit (`GLOB`) or a scale word a number can be spelled before (`two
    /// million`) are read, and figures in units whose numbers a quote can state as `QuoteNumbers`
    /// reads them; a censored count has no value to compare.
    func quotesContradictingValues(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow(
            """
            SELECT f.key, f.quote, f.value, f.low, f.high, u.dimension, f.unit
            FROM figures f JOIN units u ON u.code = f.unit
            WHERE (f.quote GLOB '*[0-9]*' OR f.quote LIKE '%illion%' OR f.quote LIKE '%thousand%') AND f.censored = 0 AND u.dimension IN ('count', 'money', 'share', 'rate')
            """ + (batch == nil ? "" : " AND f.batch_id = ?1") + " ORDER BY f.key",  // sql-constant: one of two fixed conditions
            batch.map { [$0] } ?? []
        ) { figure in
            let value = figure.optionalDouble(at: 2), low = figure.optionalDouble(at: 3), high = figure.optionalDouble(at: 4)
            let stated = QuoteNumbers.contradicting(
                quote: figure.string(at: 1) ?? "", value: value, low: low, high: high,
                dimension: figure.string(at: 5) ?? "", unit: figure.string(at: 6) ?? "")
            guard !stated.isEmpty else { return }
            let key = figure.string(at: 0) ?? ""
            let numbers = value.map { Self.number($0) } ?? "\(Self.number(low)) to \(Self.number(high))"
            row("\(key) (\(numbers)): the quote states \(EnglishList.joined(stated.map(\.text)))", [key])
        }
    }
}
