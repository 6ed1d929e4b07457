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
    /// None of low, high and ci_level. The stored bounds are kept only while the value, unit and
    /// censoring stay as stored: bounds belong to one estimate, and a new value makes them stale.
    public static let bounds = UnstatedFields(rawValue: 1 << 11)
    /// No `period_basis`: a file written before the column existed keeps what a later file said.
    public static let periodBasis = UnstatedFields(rawValue: 1 << 12)
}
