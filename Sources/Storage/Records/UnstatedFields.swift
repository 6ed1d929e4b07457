/// The fields of a figure that an input row says nothing about: its file has no such column, or
/// its JSON object no such member. Updating a stored figure keeps what is stored in them.
///
/// Why: an analyst who loads a file with only key, measure, value, place, period and source to
/// correct a number means to correct the number, not to erase the quote, lineage, method and tags
/// typed in earlier. A field that is given but empty (an empty cell, JSON null) still clears it.
public struct UnstatedFields: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let study = UnstatedFields(rawValue: 1 << 0)
    public static let locator = UnstatedFields(rawValue: 1 << 1)
    public static let quote = UnstatedFields(rawValue: 1 << 2)
    public static let cites = UnstatedFields(rawValue: 1 << 3)
    public static let method = UnstatedFields(rawValue: 1 << 4)
    public static let notes = UnstatedFields(rawValue: 1 << 5)
    public static let tags = UnstatedFields(rawValue: 1 << 6)
    public static let form = UnstatedFields(rawValue: 1 << 7)
    public static let sex = UnstatedFields(rawValue: 1 << 8)
    public static let ageGroup = UnstatedFields(rawValue: 1 << 9)
    /// No `x_` column at all.
    public static let extra = UnstatedFields(rawValue: 1 << 10)
    /// No `period_basis`: a file written before the column existed keeps what a later file said.
    public static let periodBasis = UnstatedFields(rawValue: 1 << 12)
    /// No `value`: a file of bounds alone (`low`, `high`) adds them to the stored number instead of
    /// erasing it, as long as the unit and censoring stay as stored (a value in another unit, or
    /// a stored `<5`, which is itself a range, is no central number of the new bounds).
    public static let value = UnstatedFields(rawValue: 1 << 13)
    /// No `low`, no `high`, no `ci_level`: each is kept only while the value, unit and censoring
    /// stay as stored (bounds belong to one estimate, and a new value makes them stale); a kept
    /// `ci_level` only beside both bounds.
    public static let low = UnstatedFields(rawValue: 1 << 14)
    public static let high = UnstatedFields(rawValue: 1 << 15)
    public static let ciLevel = UnstatedFields(rawValue: 1 << 16)
    /// No `price_year`: a file written before the column existed keeps the price year a later file gave.
    public static let priceYear = UnstatedFields(rawValue: 1 << 17)
    /// None of low, high and ci_level (the bit 1 << 11 an earlier tipdb used for them is free).
    public static let bounds: UnstatedFields = [.low, .high, .ciLevel]
}
