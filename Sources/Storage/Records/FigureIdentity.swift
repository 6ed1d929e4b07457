/// What makes a figure the figure it is: its measure, place, reference period, sex, age group and
/// form. A load that changes one of them under the same key put another figure there (the key
/// reused), and what the key held before is no earlier number of the figure it holds now.
///
/// Why one rule: ingest's warning (`KeyReuseCheck`), the revisions briefs and `report lineage`
/// print (`FigureSet.loadRevisions`), `Database.keepingCorrections` and check's `repeat-changed`
/// must agree on which row put another figure under a key. SQL cannot call Swift, so the view
/// `figure_citations` (migrations m0046 and m0047, its `moved` column) writes the same rule again: the
/// fields compared there are these, a correction is no reuse there either, and
/// `FigureIdentityAgreementTests` holds the two to the same answers. Change both or neither.
///
/// Its sibling `FigureField` groups a figure's columns as a correction fixes them; the fields
/// here are a subset of those, compared the same way (the period's two ends together), except that
/// a period is compared by the days it covers.
public struct FigureIdentity: Sendable, Equatable {
    public let measure: String
    public let place: String
    public let periodStart: String
    public let periodEnd: String
    public let sex: String
    public let ageGroup: String
    public let form: String?

    /// A field of the identity, named as a figures file names its column (`period` for both ends).
    public enum Field: String, Sendable, CaseIterable {
        case measure, place, period, sex
        case ageGroup = "age_group"
        case form
    }

    public init(measure: String, place: String, periodStart: String, periodEnd: String, sex: String, ageGroup: String, form: String?) {
        (self.measure, self.place, self.periodStart, self.periodEnd) = (measure, place, periodStart, periodEnd)
        (self.sex, self.ageGroup, self.form) = (sex, ageGroup, form)
    }

    /// What a stored earlier state was a figure of (`figure_revisions.previous`), or nil when it does
    /// not say (a revision stored before m0046 kept no measure): sex and age group absent are `total`,
    /// as the figures table's defaults. Briefs' revisions and check's repeats read states so.
    public init?(stored measure: String?, place: String?, periodStart: String?, periodEnd: String?,
                 sex: String?, ageGroup: String?, form: String?) {
        guard let measure else { return nil }
        self.init(measure: measure, place: place ?? "", periodStart: periodStart ?? "", periodEnd: periodEnd ?? "",
                  sex: sex ?? "total", ageGroup: ageGroup ?? "total", form: form)
    }

    /// What `figure` is a figure of.
    public init(_ figure: Figure) {
        self.init(measure: figure.measure, place: figure.place, periodStart: figure.periodStart, periodEnd: figure.periodEnd,
                  sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form)
    }

    /// The fields in which `other` is another figure than this one, in the order a figures file
    /// gives them; empty when it is the same figure.
    public func changes(to other: FigureIdentity) -> [Field] {
        Field.allCases.filter { field in
            switch field {
            case .measure: measure != other.measure
            case .place: place != other.place
            case .period: !PeriodDays.same((periodStart, periodEnd), (other.periodStart, other.periodEnd))
            case .sex: sex != other.sex
            case .ageGroup: ageGroup != other.ageGroup
            case .form: form != other.form
            }
        }
    }

    /// Whether the two are one figure: no field of `changes(to:)` differs.
    ///
    /// Why not each stored text: a period is the days it covers, so `2019` and
    /// `2019-01-01`/`2019-12-31` are one (as `same-figure-twice` has it). A file that wrote its
    /// year as two dates was taken to put another figure under the key, and the brief lost
    /// "revised from 5,000" for a note that the key "held another figure" (a user-review, session 42).
    public static func == (lhs: FigureIdentity, rhs: FigureIdentity) -> Bool {
        lhs.changes(to: rhs).isEmpty
    }

    /// Whether a load that took a figure from `before` to `after` put another figure under its key.
    ///
    /// A correction (`tipdb ingest --correction`) that moves a figure fixes tipdb's copy of the
    /// same figure, filed wrongly, and is no reuse; nor is a step where either state does not say
    /// what it was a figure of (a revision stored before the columns were kept).
    public static func reused(from before: FigureIdentity?, to after: FigureIdentity?, correction: Bool) -> Bool {
        guard !correction, let before, let after else { return false }
        return before != after
    }

    /// The index in `states` (oldest first: each revision's earlier state, and whether it was a
    /// correction) of the last revision that put another figure under the key: the load it
    /// records moved the figure (what the next revision kept, or `now`). Nil when the key never
    /// held another. Numbers at or before that index are another figure's.
    ///
    /// A move from the figure the key holds now is none: a slip moved back (Nigeria to Ghana, then
    /// corrected or reloaded to Nigeria) left the key holding the same figure, and saying it "held
    /// another figure (…, Nigeria, …)" named the figure it holds (a user-review, session 39; m0047).
    public static func lastReuse(_ states: [(held: FigureIdentity?, correction: Bool)], now: FigureIdentity) -> Int? {
        states.indices.last { index in
            let after = index + 1 < states.count ? states[index + 1].held : now
            return reused(from: states[index].held, to: after, correction: states[index].correction) && states[index].held != now
        }
    }
}
