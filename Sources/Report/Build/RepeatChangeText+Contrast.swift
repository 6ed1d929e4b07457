import Storage

extension RepeatChangeText {
    /// What the figure `cited` says that `repeating` changed, other than its number, in the words
    /// the lineage sentence puts after the cited source: "in the world not the United States",
    /// "for everyone not female", "for 1995-2004 not 2016", "measuring forced labour not ...".
    ///
    /// Why: the sentence named a changed number ("repeats ILO 2005 (2.45 million)") but not a
    /// changed place, subgroup, measure or period, which only the FLAG line and the figure tables
    /// named; a reader quoting the sentence alone took a world estimate for a country's. Each
    /// phrase has no comma of its own where it can do without, so that a list of them can be
    /// joined with commas (`LineageText`).
    static func contrasts(_ repeating: FigureRecord, repeats cited: FigureRecord, context: BriefContext) -> [String] {
        let changes = RepeatChange.between(repeating.claim, cites: cited.claim)
        let catalog = context.catalog
        var phrases: [String] = []
        if changes.contains(.measure) {
            phrases.append("measuring \(Words.midSentence(catalog.measureLabel(cited.measure))) not "
                + Words.midSentence(catalog.measureLabel(repeating.measure)))
        }
        if changes.contains(.place) {
            phrases.append("in \(Words.place(catalog.placeName(cited.place))) not \(Words.place(catalog.placeName(repeating.place)))")
        }
        if changes.contains(.subgroup) {
            func who(_ figure: FigureRecord) -> String {
                let subgroup = BriefContext.subgroup(figure, catalog: catalog)
                return subgroup == "all" ? "everyone" : subgroup
            }
            phrases.append("for \(who(cited)) not \(who(repeating))")
        }
        if changes.contains(.period) || changes.contains(.periodBasis) {
            phrases.append(periodContrast(repeating, repeats: cited, context: context))
        }
        return phrases
    }

    /// "for 1995-2004 not 2016"; where either source does not state the period, as the FLAG line
    /// says it: "with no period stated, not 2014", "for 2021, which Daily News 2020 does not
    /// state", "with no period stated, filed under 2014 not 2016".
    private static func periodContrast(_ repeating: FigureRecord, repeats cited: FigureRecord, context: BriefContext) -> String {
        func stated(_ figure: FigureRecord) -> String { ReferencePeriod(start: figure.periodStart, end: figure.periodEnd).text }
        switch (cited.periodUnstated, repeating.periodUnstated) {
        case (false, false): return "for \(stated(cited)) not \(stated(repeating))"
        case (true, false): return "with no period stated, not \(stated(repeating))"
        case (false, true): return "for \(stated(cited)), which \(context.label(repeating.source)) does not state"
        case (true, true): return "with no period stated, filed under \(stated(cited)) not \(stated(repeating))"
        }
    }
}
