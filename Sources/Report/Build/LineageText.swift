import Storage

/// Lineage written as sentences: "2.4 million (Francis 2013) repeats UNODC 2012, which repeats
/// ILO 2005 (at least 2.45 million): a minimum estimate for 1995-2004."; a link that changes the
/// place, subgroup, measure or period says so in the same parentheses: "24 million (Daily News
/// 2020) repeats ILO 2005 (2.45 million, for 1995-2004 not 2016): an estimate."
///
/// Each number as the cautions write it (`BriefContext.boundedText`): a bound on one side alone
/// is part of the number ("at least 2.45 million", as the figures tables' range says), or a
/// sentence quoted from the brief would drop it. The primary estimate at the end of the chain is
/// given with its interval, whether or not the repeat changed its number (`bracketedText`:
/// "repeats Okafor and Tran 2026 (6,300; 4,800 to 9,100, 95% interval): an estimate for 2019"):
/// this is the sentence to cite a travelled number by, and it kept a minimum's "at least" but
/// dropped an interval, the one place its uncertainty had to come back (a statistician's review,
/// session 54).
enum LineageText {
    /// The whole chain in one sentence, with citation numbers.
    static func sentence(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> CitedText {
        guard let first = lineage.steps.first else {
            return CitedText(plain: "\"\(lineage.brokenKey ?? "")\" is not in the database.")
        }
        var text: CitedText = "\(context.boundedText(first)) (\(context.citedLabel(first.source)))"
        if lineage.steps.count == 1 && lineage.ending == .unsourced {
            // A figure whose cites was cleared once what it repeated was withdrawn: its origin is known, and withdrawn.
            if let origin = ChainCautions.withdrawnOrigin(lineage, context: context) {
                return CitedText(plain: "\(subject(first, context: context)): ") + text
                    + " is reported without a source now: \(ChainCautions.withdrawnClause(origin, context: context)); no primary estimate backs it."
            }
            return CitedText(plain: "\(subject(first, context: context)): ") + text
                + " is reported without a source: where it comes from is unknown, and no primary estimate backs it."
        }
        text += links(lineage, context: context, cited: true, values: true)
        return text + CitedText(plain: ending(lineage, context: context, periodSaid: lastLinkNamesPeriod(lineage, context: context)) + ".")
    }

    /// What a figure measures, as the cautions name it: "Victims of trafficking in persons
    /// (estimated) in the world, 1995-2004, forced labour"; the subgroup only when it is not
    /// everyone (the figure's own text, "17%", says its unit).
    ///
    /// Why: a figure reported without a source has no chain to tell what it is, and "1% (UNODC
    /// 2012 [3]) is reported without a source" left a reader guessing what the 1% is of.
    private static func subject(_ figure: FigureRecord, context: BriefContext) -> String {
        let catalog = context.catalog
        var text = "\(catalog.measureLabel(figure.measure)) in \(Words.place(catalog.placeName(figure.place))), "
            + figure.periodText
        let subgroup = BriefContext.subgroup(figure, catalog: catalog)
        if subgroup != "all" { text += ", " + subgroup }
        return text
    }

    /// The short form for a figure table: "repeats UNODC 2012, which repeats ILO 2005 (2.45 million, 1995-2004)";
    /// a primary with an interval gives it: "(6,300; 4,800 to 9,100, 95% interval; 2019)".
    static func repeats(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> String {
        var text = String(links(lineage, context: context, cited: false, values: false).text.dropFirst())
        switch lineage.ending {
        case .primary:
            if let last = lineage.last {
                // With its interval: `(6,300; 4,800 to 9,100, 95% interval; 2019)`.
                let number = context.bracketedText(last)
                text += " (\(number)\(number.contains(";") ? ";" : ",") \(last.periodText))"
            }
        case .unsourced: text += " (no primary source)"
        case .missing: text += ", which cites a figure not in the database"
        case .cycle: text += " (the chain loops)"
        }
        if let changed = RepeatChangeText.summary(lineage, context: context) { text += "; \(changed)" }
        return text
    }

    /// " repeats UNODC 2012, which repeats ILO 2005 (2.45 million, for 1995-2004 not 2016)": each
    /// later step, with `values`, with what of it differs from the step repeating it: its value,
    /// and its measure, place, subgroup and period (`RepeatChangeText.contrasts`), each said once,
    /// at the link that changes it; a number the step had before a published revision, as the
    /// step before quoted it: "(41, since revised to 45)", not "(45)", a number never quoted
    /// (review of session 45).
    private static func links(_ lineage: Lineage<FigureRecord>, context: BriefContext, cited: Bool, values: Bool) -> CitedText {
        var text = CitedText(plain: "")
        for (index, step) in lineage.steps.enumerated().dropFirst() {
            text += index == 1 ? " repeats " : ", which repeats "
            text += cited ? context.citedLabel(step.source) : CitedText(plain: context.label(step.source))
            let previous = lineage.steps[index - 1]
            guard values else { continue }
            // The primary estimate with its interval, even where the repeat kept its number.
            let primary = lineage.ending == .primary && index == lineage.steps.count - 1
            let stated = primary ? context.bracketedText(step) : context.boundedText(step)
            var parts = stated != context.boundedText(step) || context.boundedText(step) != context.boundedText(previous) ? [stated] : []
            // A number the step had before a published revision, as `previous` quoted it: not its number now alone.
            if let earlier = RepeatChangeText.earlierQuote(previous, repeats: step, context: context) {
                let given = earlier.source.map { " as \(context.label($0)) gave it" } ?? ""
                parts = ["\(earlier.number)\(given), since revised to \(context.boundedText(step))"]
            }
            parts += RepeatChangeText.contrasts(previous, repeats: step, context: context)
            // A subgroup or a place such as "female, under 18" has commas of its own: then semicolons part them.
            let separator = parts.contains { $0.contains(",") } ? "; " : ", "
            if !parts.isEmpty { text += " (\(parts.joined(separator: separator)))" }
        }
        if lineage.ending == .cycle, let key = lineage.brokenKey, let again = context.set.byKey[key] {
            text += CitedText(plain: (lineage.steps.count == 1 ? " repeats " : ", which repeats ") + context.label(again.source) + " again")
        }
        return text
    }

    /// Whether the last link's parentheses name the period of the figure the chain ends at, which
    /// the ending then leaves out: "repeats ILO 2005 (for 1995-2004 not 2016): an estimate", not
    /// "...: an estimate for 1995-2004" a second time.
    private static func lastLinkNamesPeriod(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> Bool {
        guard lineage.ending == .primary, lineage.steps.count > 1, let last = lineage.steps.last else { return false }
        let changes = RepeatChange.between(lineage.steps[lineage.steps.count - 2].claim, cites: last.claim)
        return changes.contains(.period) || changes.contains(.periodBasis)
    }

    private static func ending(_ lineage: Lineage<FigureRecord>, context: BriefContext, periodSaid: Bool) -> String {
        switch lineage.ending {
        case .primary:
            guard let last = lineage.last else { return "" }
            // "an estimate for 1995-2004"; "an estimate, period not stated"; nothing when the link said it.
            let period = periodSaid ? "" : last.periodUnstated ? ", " + last.periodText : " for " + last.periodText
            let copy = republished(last, context: context).map { ", \($0)" } ?? ""
            return ": \(what(last, context: context))\(period)\(copy)"
        case .unsourced:
            if let origin = ChainCautions.withdrawnOrigin(lineage, context: context) {
                return ", which reports it without a source now: \(ChainCautions.withdrawnClause(origin, context: context)); "
                    + "the chain ends without a primary estimate"
            }
            return ", which reports it without a source: the chain ends without a primary estimate"
        case .missing:
            let connector = lineage.steps.count == 1 ? " cites" : ", which cites"
            return "\(connector) \"\(lineage.brokenKey ?? "")\", a figure not in the database: the chain ends without a primary source"
        case .cycle:
            return ": the chain loops and never reaches a primary source"
        }
    }

    /// `United Nations Office on Drugs and Crime's data as Our World in Data republished it` when
    /// the figure's source is a second-hand copy (`SecondHandCopies`), else nil: the chain ends
    /// there, but not at the producer's own publication.
    static func republished(_ figure: FigureRecord, context: BriefContext) -> String? {
        context.catalog.copies.republished(figure.source, catalog: context.catalog, label: context.label)
    }

    /// What the primary figure is: "a minimum estimate", "an estimate", "a count of detected
    /// victims", "a count of detected cases".
    static func what(_ figure: FigureRecord, context: BriefContext) -> String {
        if context.set.minimumEstimates.contains(figure.key) { return "a minimum estimate" }
        switch figure.method {
        case "detected": return "a count of \(countWord(figure, catalog: context.catalog))"
        case "derived": return "a figure derived from others"
        default: return "an estimate"
        }
    }

    /// What a detected figure counts, in its unit's and measure's words: "detected victims" for
    /// persons of a count of detected victims, "persons" for persons of another measure (such as
    /// persons prosecuted), "detected cases" for cases and any other unit.
    ///
    /// Why: "a count of detected cases" for 41 detected victims named the unit of offences, not
    /// the people the measure counts.
    private static func countWord(_ figure: FigureRecord, catalog: Catalog) -> String {
        guard figure.unit == "persons" else { return "detected cases" }
        return catalog.measures[figure.measure]?.counts == "detected-count" ? "detected victims" : "persons"
    }
}
