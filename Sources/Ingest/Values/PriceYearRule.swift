/// A figures file's `price_year`: the year whose prices a money figure's amounts are in
/// (`figures.price_year`), 2021 for "US$236 billion a year, in 2021 US dollars".
///
/// Why a year and only for money: a price basis says which dollars an amount is in, so that a
/// brief can tell US$150 billion of 2012 from US$236 billion of 2021 instead of charting them as
/// growth; a count or a share has no prices, and a price year beside one is a column slip.
enum PriceYearRule {
    /// The years a price year may be: any year a money figure of the field is priced in.
    static let years = 1800...2200

    /// The row's price year, or nil when it gives none; a refusal is recorded on the row.
    ///
    /// - Parameters:
    ///   - unit: the figure's unit, when known.
    ///   - dimension: that unit's dimension (the units table), when known.
    static func read(_ row: inout RowReader, unit: String?, dimension: String?) -> Int? {
        guard let text = row.text("price_year") else { return nil }
        guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(text), years.contains(year) else {
            row.fail("price_year", "\"\(text)\" is not a year; expected the year whose prices the amounts are in, such as 2021 for \"in 2021 US dollars\" (the reference year for current prices), or the cell empty when the source does not say")
            return nil
        }
        if let unit, dimension != "money", !unit.hasPrefix("USD") {
            row.fail("price_year", "a price year is for amounts of money, and unit \(unit) is not money; expected the cell empty")
            return nil
        }
        return year
    }
}
