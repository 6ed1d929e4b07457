/// How a row whose key an earlier row of the command read compares with that row (`RowDigester`, `RowCells`).
enum RepeatComparison: Sendable, Equatable {
    /// Every cell the same: loading it again would change nothing, so it is set aside and counted.
    case identical
    /// The cells that differ, in words (`RowCells.differences(from:)`), for the duplicate-key
    /// error; nil when the first row could not be read again to compare (`FirstRowReader`).
    case differs(String?)
}
