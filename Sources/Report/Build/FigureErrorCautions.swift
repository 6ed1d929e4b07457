import Storage

/// Cautions about the figures in scope that `tipdb check` calls errors: a number its unit cannot
/// hold (a negative count of persons), a reference period that is not a real date (2019-02-30),
/// bounds that do not contain the value, a unit that contradicts the measure; and, read with
/// their measure or the figure they cite, a count of detected victims stored under a measure of
/// estimated prevalence, an estimate stored under a measure of counted cases (a warning in check),
/// a repeat of a figure first published after it. The figures are found by
/// check's own rules (`FigureRules`, applied to the figures the brief holds, and check's queries
/// through `FigureContextErrors`), so brief and check always name the same rows.
///
/// Why a caution and not leaving the figure out: such a row is nearly always a real published
/// figure stored wrongly (a sign lost, a day mistyped) by a tool other than tipdb's ingest, which
/// refuses them. Dropping it would change the tables, the lineage and the citation numbers a
/// policy team has seen in earlier briefs without showing where, and hide from them that the
/// database needs fixing; kept beside a caution that names it, the check error and what to do, the
/// figure cannot be quoted unawares, and the team sees which row to correct.
///
/// The cautions are written for the brief's readers, a policy team that may never have run tipdb:
/// they say that the database's own checks flag the row, not which command does (review: "tipdb
/// check calls this an error" named a tool the reader does not know).
enum FigureErrorCautions {
    /// Cautions beyond this many are summed up in one sentence: a brief must stay readable.
    static let limit = 20

    /// What `rules` find wrong with each of `figures` that they call an error, by key, in any
    /// order: read once, for the cautions and for the key figures, which pass such a figure over.
    static func errors(_ figures: [FigureRecord], rules: FigureRules) -> [String: [FigureError]] {
        var rules = rules
        var byKey: [String: [FigureError]] = [:]
        for figure in figures {
            let errors = rules.errors(
                key: figure.key, measure: figure.measure, value: figure.value, low: figure.low, high: figure.high,
                censored: figure.censored, unit: figure.unit, periodStart: figure.periodStart, periodEnd: figure.periodEnd)
            if !errors.isEmpty { byKey[figure.key] = errors }
        }
        return byKey
    }

    /// One caution per figure in `ordered` that check's rules call an error (`errors`) (all checks naming it in one
    /// sentence), in reading order; nothing when no figure in scope is named.
    static func build(_ ordered: [FigureRecord], errors byKey: [String: [FigureError]], context: BriefContext) -> [ComparabilityWarning] {
        own(ordered, errors: byKey, context: context) + resting(ordered, context: context)
    }

    /// The cautions of the figures check itself names.
    private static func own(_ ordered: [FigureRecord], errors byKey: [String: [FigureError]], context: BriefContext) -> [ComparabilityWarning] {
        guard !byKey.isEmpty else { return [] }
        let named = ordered.filter { byKey[$0.key] != nil }
        return limited(named, key: \.key, caution: { caution($0, errors: byKey[$0.key] ?? [], context: context) }) { more in
            "\(Words.count(more, "more figure has", "more figures have")) a value, period or unit that cannot be "
                + "right as stored; the same caution applies to each (the database's own checks list them all)."
        }
    }

    /// A caution for each of the first `limit` of `found`, then, when there are more, one caution
    /// summing them up in `more`'s words (given how many), naming each of their keys: the rule
    /// both kinds of caution follow.
    private static func limited<Item>(
        _ found: [Item], key: (Item) -> String, caution: (Item) -> ComparabilityWarning, more: (Int) -> String
    ) -> [ComparabilityWarning] {
        var warnings = found.prefix(limit).map(caution)
        if found.count > limit {
            warnings.append(ComparabilityWarning(
                kind: "errors", text: CitedText(plain: more(found.count - limit)), figures: found.dropFirst(limit).map(key), citations: []))
        }
        return warnings
    }

    /// One caution per figure in `ordered` whose chain passes through a link check calls a
    /// `repeat-before-original` error further up (its own link has the caution above), in reading
    /// order: `... the figure 1 million (d1) rests on a link that cannot be right as stored: b1
    /// (srcB, published 2009) cites a1 (srcA, published 2010) ...`.
    ///
    /// Why: the brief cautioned against citing b1, yet c1 and d1, which repeat b1's number and
    /// credit it to a1 through b1, got no word (review of session 49).
    private static func resting(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        guard !context.set.earlyRepeats.isEmpty else { return [] }
        var found: [(figure: FigureRecord, links: [RepeatBeforeOriginal])] = []
        for figure in ordered where figure.cites != nil {
            let links = ChainCautions.earlyLinks(context.lineage(figure), context: context).filter { $0.figure != figure.key }
            if !links.isEmpty { found.append((figure, links)) }
        }
        return limited(found, key: \.figure.key, caution: { restingCaution($0.figure, links: $0.links, context: context) }) { more in
            "\(Words.count(more, "more figure rests", "more figures rest")) on a repeat published before what it repeats; "
                + "the same caution applies to each (the database's own checks list the links)."
        }
    }

    private static func restingCaution(_ figure: FigureRecord, links: [RepeatBeforeOriginal], context: BriefContext) -> ComparabilityWarning {
        var text = subject(figure, context: context)
        let one = links.count == 1
        text += CitedText(plain: ": the figure \(context.boundedText(figure)) (\(figure.key)) rests on \(one ? "a link" : "links") of its "
            + "chain that cannot be right as stored: " + Words.list(links.map(\.checkRow)) + ", "
            + (one ? "a repeat" : "each a repeat") + " published before what it repeats (repeat-before-original). "
            + "The database's own checks flag \(one ? "that link" : "those links") as an error; the chain may credit the wrong "
            + "original. Do not cite the figure as resting on it until the link is corrected against the source.")
        return ComparabilityWarning(kind: "errors", text: text, figures: [figure.key], citations: [context.cite(figure.source)])
    }

    /// `Victims of trafficking in persons (estimated), World, 2008 (all), Jones 2016 [4]`: what a
    /// caution is about, and whose figure.
    static func subject(_ figure: FigureRecord, context: BriefContext) -> CitedText {
        let catalog = context.catalog
        let subgroup = BriefContext.subgroup(figure, catalog: catalog)
        return CitedText(plain: "\(catalog.measureLabel(figure.measure)), \(Words.aroundComma(catalog.placeName(figure.place))), "
            + "\(figure.periodText) (\(subgroup)), ") + context.citedLabel(figure.source)
    }

    private static func caution(_ figure: FigureRecord, errors: [FigureError], context: BriefContext) -> ComparabilityWarning {
        var text = subject(figure, context: context)
        let problems = errors.map { "\(problem($0)) (\($0.check))" }
        text += CitedText(plain: ": the figure \(context.boundedText(figure)) (\(figure.key)) cannot be right as stored: "
            + Words.list(problems) + ". The database's own checks \(flag(errors)). It is shown as stored; "
            + "do not cite it until the row is corrected against the source.")
        return ComparabilityWarning(kind: "errors", text: text, figures: [figure.key], citations: [context.cite(figure.source)])
    }

    /// "flag it as an error"; "warn of it" when check names it only in a warning
    /// (`estimate-under-count-measure`: in databases loaded before tipdb took a missing method
    /// from the measure, a sound count may carry a stale method).
    private static func flag(_ errors: [FigureError]) -> String {
        errors.allSatisfy { $0.check == "estimate-under-count-measure" } ? "warn of it" : "flag it as an error"
    }

    /// What is wrong, in words a reader of the brief follows, with check's detail where it has one.
    private static func problem(_ error: FigureError) -> String {
        let detail = error.detail.map { ": \($0)" } ?? ""
        switch error.check {
        case "value-outside-unit": return "its number is one its unit cannot hold\(detail)"
        case "period-form": return "its reference period is not a real year, month or day\(detail)"
        case "bounds": return "its bounds do not contain its value"
        case "unit-contradicts-measure": return "its unit contradicts its measure\(detail)"
        case "method-contradicts-measure":
            return "it is a count of the victims an authority detected, stored under a measure of estimated prevalence, "
                + "so it is presented as an estimate of how many people are in the situation, which it is not"
        case "form-contradicts-measure":
            return "it is restricted to a form of exploitation its measure's concept does not have\(detail), so it is "
                + "presented as part of a whole it is not part of"
        // Check's row names the repeat first: "b1 (srcB, published 2009) cites a1 (...)", not "(srcB, ...) cites a1".
        case "repeat-before-original": return "it repeats a figure first published after it" + (error.detail.map { ": \(error.key) \($0)" } ?? "")
        case "estimate-under-count-measure":
            return "it is stored as an estimate (method estimated) under a measure of cases counted from records, so it is "
                + "presented as a count of the cases detected: an estimate is no such count, and a count should not be marked as estimated"
        default: return error.message
        }
    }
}
