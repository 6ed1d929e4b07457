import Storage

/// How the data gaps speak of figures whose source states no period (`FigureRecord.periodUnstated`,
/// `period_basis` publication): filed under their publication year, they cover no year, month or
/// day (`BriefContext.datingFigure`), and widen no span the gaps are looked for in.
///
/// Why say so: a measure whose every figure had an unstated period got no sentence about years at
/// all, which read as if its years were covered, when no year could be; and a gap beside a table
/// listing such a figure under one of its years left the reader to guess why the figure did not
/// fill it (review of session 43).
extension GapAnalysis {
    /// Whether `figure` covers no reference period because its source states none: its own period
    /// is unstated and it is not a repeat of a figure whose period is known (`covering`, the figure
    /// `coveringFigure` dates it by, nil for none).
    static func coversNothingForUnstatedPeriod(_ figure: FigureRecord, covering: FigureRecord?) -> Bool {
        figure.periodUnstated && covering == nil
    }

    /// "The 2 figures whose source states no period cover none of them: the periods they describe
    /// are not known.", said after a gap's list of years (months, days); nil for none.
    static func unstatedClause(_ count: Int) -> String? {
        switch count {
        case 0: nil
        case 1: "The one figure whose source states no period covers none of them: the period it describes is not known."
        default: "The \(Words.count(count, "figure")) whose source states no period cover none of them: the periods they describe are not known."
        }
    }

    /// "Illegal profits from forced labour: the source of each of its 2 figures states no period, so
    /// no reference year can be said to be covered." for a measure whose figures in scope all have
    /// an unstated period and no gap of its own to say it after (no filter sets the years to look at).
    static func unstatedSentence(_ label: String, count: Int, unit: GapUnit) -> String {
        let whose = count == 1 ? "the source of its one figure" : "the source of each of its \(Words.count(count, "figure"))"
        return "\(label): \(whose) states no period, so no \(unit.noun) can be said to be covered."
    }
}
