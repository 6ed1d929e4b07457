/// The counts of one multi-select dimension (form of exploitation, means of control) within one
/// enclosing cell: its total, the people with no flag of the group (`not-recorded`), and each
/// flag's count.
///
/// Why disclosure control needs it: a multi-select dimension adds no total-and-cells relation (a
/// person with two forms is counted twice), yet a reader still knows two things about it. Every
/// person is either not recorded or holds at least one flag, so the flags' counts and the
/// not-recorded count together reach the total; and a person holding a flag is not among the
/// not-recorded, so no flag's count exceeds the total less the not-recorded count. With 48
/// people, 40 in forced labour and nobody unrecorded, a `<11` for sexual exploitation is at
/// least 8: the audit must see that, or it publishes the 40.
struct FlagCover: Equatable {
    /// The enclosing cell (the people the flags are counted among).
    let total: Int
    /// The people with none of the group's flags, when any are.
    let unrecorded: Int?
    /// Each flag's count (a flag nobody holds has no cell: a reader knows it is 0).
    let flags: [Int]

    /// Every cell the constraint involves, the total first, as ``DisclosureControl`` lists the
    /// members of a relation when it looks for a count to suppress.
    var members: [Int] { [total] + (unrecorded.map { [$0] } ?? []) + flags }

    /// The same constraint over other cell numbers (a table's cells within combined tables).
    func renumbered(_ ids: [Int]) -> FlagCover {
        FlagCover(total: ids[total], unrecorded: unrecorded.map { ids[$0] }, flags: flags.map { ids[$0] })
    }
}
