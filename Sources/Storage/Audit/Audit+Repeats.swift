import Foundation

extension Audit {
    /// Figures that repeat another (`cites`) but claim something else: another number beyond
    /// rounding, its range dropped, measure, place, unit, subgroup or reference period (`RepeatChange`:
    /// by its days, so `2018` repeated as `2018-01/2018-12` is no change), or another period basis
    /// (`periodBasisChange`).
    ///
    /// A warning, not an error: the repeat may be stored as its source published it, and that is
    /// the point of keeping it. But a brief that cites it passes the change on as the cited
    /// source's, so the research lead should know before it goes out.
    func repeatsThatChange(_ described: (_ text: String, _ keys: [String]) -> Void) throws {
        try repeatsThatChange(keyed: { text, repeating, cites in described(text, [repeating, cites]) })
    }

    /// `repeatsThatChange(_:)`'s rows, each with the key of the repeat it is about and of the
    /// figure that repeat cites (for a drift, the first link's), so that ingest can tell the rows
    /// about the figures it wrote without reading keys back from the text.
    func repeatsThatChange(keyed described: (_ text: String, _ repeating: String, _ cites: String) -> Void) throws {
        try forEachRow("""
            SELECT r.key, r.measure, r.place, r.unit, r.sex, r.age_group, r.form, r.period_start, r.period_end, r.period_basis,
                   CASE WHEN r.censored = 0 THEN r.value END AS value, CASE WHEN r.censored = 1 THEN r.high END AS censored_high,
                   CASE WHEN r.censored = 0 THEN r.low END AS stated_low, CASE WHEN r.censored = 0 THEN r.high END AS stated_high,
                   CASE WHEN r.censored = 0 THEN r.ci_level END AS ci_level,
                   CASE WHEN r.censored = 0 THEN r.value_last_digit END AS value_last_digit,
                   CASE WHEN r.censored = 0 THEN r.low_last_digit END AS low_last_digit,
                   CASE WHEN r.censored = 0 THEN r.high_last_digit END AS high_last_digit,
                   c.key AS c_key, c.measure AS c_measure, c.place AS c_place, c.unit AS c_unit, c.sex AS c_sex,
                   c.age_group AS c_age_group, c.form AS c_form, c.period_start AS c_period_start,
                   c.period_end AS c_period_end, c.period_basis AS c_period_basis, CASE WHEN c.censored = 0 THEN c.value END AS c_value,
                   CASE WHEN c.censored = 1 THEN c.high END AS c_censored_high,
                   CASE WHEN c.censored = 0 THEN c.low END AS c_stated_low, CASE WHEN c.censored = 0 THEN c.high END AS c_stated_high,
                   CASE WHEN c.censored = 0 THEN c.ci_level END AS c_ci_level,
                   (SELECT json_group_array(json(e.state)) FROM (
                        SELECT json_array(v.previous ->> '$.value', v.previous ->> '$.censored', v.previous ->> '$.low',
                                          v.previous ->> '$.high', v.previous ->> '$.unit', v.kind = 'correction',
                                          v.previous ->> '$.measure', v.previous ->> '$.place', v.previous ->> '$.period_start',
                                          v.previous ->> '$.period_end', coalesce(v.previous ->> '$.sex', 'total'),
                                          coalesce(v.previous ->> '$.age_group', 'total'), v.previous ->> '$.form') AS state
                        FROM figure_revisions v WHERE v.figure = c.key AND json_valid(v.previous) ORDER BY v.id) e) AS c_earlier,
                   (SELECT group_concat(dimension || '=' || category, '; ')
                    FROM (SELECT dimension, category FROM figure_breakdowns WHERE figure = r.key ORDER BY dimension)) AS breakdown,
                   (SELECT group_concat(dimension || '=' || category, '; ')
                    FROM (SELECT dimension, category FROM figure_breakdowns WHERE figure = c.key ORDER BY dimension)) AS c_breakdown
            FROM figures r JOIN figures c ON c.key = r.cites
            ORDER BY r.key
            """) { row in
            func claim(_ prefix: String) -> FigureClaim {
                FigureClaim(
                    measure: row.string(named: prefix + "measure") ?? "", place: row.string(named: prefix + "place") ?? "",
                    unit: row.string(named: prefix + "unit") ?? "", sex: row.string(named: prefix + "sex") ?? "",
                    ageGroup: row.string(named: prefix + "age_group") ?? "", form: row.string(named: prefix + "form"),
                    periodStart: row.string(named: prefix + "period_start") ?? "", periodEnd: row.string(named: prefix + "period_end") ?? "",
                    value: row.double(named: prefix + "value"), censoredHigh: row.double(named: prefix + "censored_high"),
                    statedLow: row.double(named: prefix + "stated_low"), statedHigh: row.double(named: prefix + "stated_high"),
                    ciLevel: row.double(named: prefix + "ci_level"),
                    // The cited figure's digits take no part (`RepeatChange.isRounding` asks the repeat's): nil for c_.
                    valueLastDigit: row.int64(named: prefix + "value_last_digit").map { Int($0) },
                    lowLastDigit: row.int64(named: prefix + "low_last_digit").map { Int($0) },
                    highLastDigit: row.int64(named: prefix + "high_last_digit").map { Int($0) },
                    breakdown: row.string(named: prefix + "breakdown"),
                    periodUnstated: row.string(named: prefix + "period_basis") == Figure.publicationPeriod)
            }
            let repeating = claim("")
            let cited = claim("c_")
            let changes = RepeatChange.between(repeating, cites: cited)
            guard !changes.isEmpty else { return }
            // The number the repeat gives, as the cited figure had it before a published revision.
            let earlier = changes.contains(.value)
                ? Self.earlierClaims(of: cited, from: row.string(named: "c_earlier")).first { !RepeatChange.between(repeating, cites: $0).contains(.value) }
                : nil
            let parts = changes.map { change -> String in
                switch change {
                case .value:
                    "value \(Self.published(repeating)), not \(Self.published(cited))"
                        + (earlier.map { " (\(Self.superseded(citedKey: row.string(named: "c_key") ?? "", earlier: $0, now: cited)))" } ?? "")
                case .range: (Self.range(repeating).map { "range \($0)" } ?? "no range") + ", not " + (Self.range(cited) ?? "none")
                case .measure: "measure \(repeating.measure), not \(cited.measure)"
                case .place: "place \(repeating.place), not \(cited.place)"
                case .unit: "unit \(repeating.unit), not \(cited.unit)"
                case .subgroup:
                    "subgroup \(Self.subgroup(repeating)), not \(Self.subgroup(cited))"
                case .period:
                    "period \(Self.period(repeating)), not \(Self.period(cited))"
                case .periodBasis:
                    Self.periodBasisChange(repeating, cites: cited, citedKey: row.string(named: "c_key") ?? "")
                }
            }
            // A period written otherwise for the same days is no change, but the row says so.
            let note = changes.contains(.period) ? "" : PeriodDays.sameDaysNote([repeating, cited].map {
                PeriodDays.written(start: $0.periodStart, end: $0.periodEnd)
            })
            let key = row.string(named: "key") ?? "", citedKey = row.string(named: "c_key") ?? ""
            described("\(key) repeats \(citedKey) with " + parts.joined(separator: "; ") + note, key, citedKey)
        }
        try repeatsThatDrift(described)
    }

    /// `it repeats an earlier number of n2020: 41, since revised to 45`, in the words of the
    /// brief's lineage (`RepeatChangeText`), for a repeat whose number rounds one the cited figure
    /// had before a published revision.
    ///
    /// Why both numbers: the row said `value 6000, not 2250 (the number ncrb22-ind had before a
    /// revision: ...)`, which read as if 2250 were the old number, and never named 6036, the
    /// number the repeat rounds (review of session 39).
    static func superseded(citedKey: String, earlier: FigureClaim, now cited: FigureClaim) -> String {
        "it repeats an earlier number of \(citedKey): \(published(earlier)), since revised to \(published(cited))"
    }

    /// The part of a `repeat-changed` row that names another period basis than the cited figure's
    /// (`RepeatChange.periodBasis`): `period basis stated, not publication (the source of ilo-2014
    /// does not state the period the number describes)`, or the reverse, `period basis
    /// publication, not stated (the source of ilo-2022 states the period, 2021)`.
    ///
    /// Why both ways: the number of a repeat is its original's, and so is the period it describes
    /// (`period-not-publication-year` lets a repeat keep its original's period for that reason). A
    /// repeat filed as stated gives a year its original's source never gave as the one the number
    /// is about: the brief writes it as a reference period, charts it and counts it as covered in
    /// the data gaps. One filed as publication under an original that states its period drops a
    /// period that is known, as a repeat that drops a range does: the brief writes "period not
    /// stated" and cautions that the figure's age cannot be told.
    static func periodBasisChange(_ repeating: FigureClaim, cites cited: FigureClaim, citedKey: String) -> String {
        func basis(_ claim: FigureClaim) -> String { claim.periodUnstated ? Figure.publicationPeriod : Figure.statedPeriod }
        return "period basis \(basis(repeating)), not \(basis(cited)) "
            + (cited.periodUnstated
                ? "(the source of \(citedKey) does not state the period the number describes)"
                : "(the source of \(citedKey) states the period, \(period(cited)))")
    }

    /// The cited figure as it was before each of its published revisions (`figure_revisions`,
    /// kind revision: not a correction of tipdb's copy) since its key last held another figure,
    /// from the JSON array the query makes, oldest first: `[value, censored, low, high, unit,
    /// correction, measure, place, period_start, period_end, sex, age_group, form]` (unit null:
    /// the cited figure's; measure null: a state that does not say what it was a figure of).
    ///
    /// Why not before the key's last reuse (`FigureIdentity.lastReuse`, the rule ingest's warning
    /// and briefs use): a number the key held for another figure (forced labour, before a
    /// colleague's file reused the key for trafficking victims) is no superseded number of this
    /// one, and a repeat that quotes it repeats another figure.
    private static func earlierClaims(of cited: FigureClaim, from json: String?) -> [FigureClaim] {
        guard let data = json?.data(using: .utf8),
              let rows = (try? JSONSerialization.jsonObject(with: data)) as? [[Any]]
        else { return [] }
        func text(_ row: [Any], _ index: Int) -> String? { row.indices.contains(index) ? row[index] as? String : nil }
        func number(_ row: [Any], _ index: Int) -> Double? { row.indices.contains(index) ? (row[index] as? NSNumber)?.doubleValue : nil }
        let states = rows.map { row -> (held: FigureIdentity?, correction: Bool) in
            let held = FigureIdentity(stored: text(row, 6), place: text(row, 7), periodStart: text(row, 8), periodEnd: text(row, 9),
                                      sex: text(row, 10), ageGroup: text(row, 11), form: text(row, 12))
            return (held, number(row, 5) == 1)
        }
        let now = FigureIdentity(measure: cited.measure, place: cited.place, periodStart: cited.periodStart, periodEnd: cited.periodEnd,
                                 sex: cited.sex, ageGroup: cited.ageGroup, form: cited.form)
        let since = FigureIdentity.lastReuse(states, now: now).map { $0 + 1 } ?? 0
        return rows.indices.filter { $0 >= since && !states[$0].correction }.map { index in
            let row = rows[index]
            return cited.stating(value: number(row, 0), censored: number(row, 1) == 1, low: number(row, 2), high: number(row, 3),
                                 unit: text(row, 4))
        }
    }

    /// Figures at the start of a chain of two or more repeats whose every link rounds the one
    /// before but whose number is no rounding of the figure the chain ends at
    /// (`RepeatChange.drifts`): `f3 repeats prim through f2 with value 2500000, not 2449000`.
    private func repeatsThatDrift(_ described: (_ text: String, _ repeating: String, _ cites: String) -> Void) throws {
        var claims: [String: (cites: String?, claim: FigureClaim)] = [:]
        // Every figure that repeats another or is repeated: only their numbers and units take part.
        try forEachRow("""
            SELECT key, cites, unit, CASE WHEN censored = 0 THEN value END AS value,
                   CASE WHEN censored = 1 THEN high END AS censored_high,
                   CASE WHEN censored = 0 THEN low END AS stated_low, CASE WHEN censored = 0 THEN high END AS stated_high
            FROM figures
            WHERE cites IS NOT NULL OR key IN (SELECT cites FROM figures WHERE cites IS NOT NULL)
            """) { row in
            guard let key = row.string(named: "key") else { return }
            claims[key] = (
                row.string(named: "cites"),
                FigureClaim(
                    measure: "", place: "", unit: row.string(named: "unit") ?? "", sex: "", ageGroup: "", form: nil,
                    periodStart: "", periodEnd: "", value: row.double(named: "value"),
                    censoredHigh: row.double(named: "censored_high"), statedLow: row.double(named: "stated_low"),
                    statedHigh: row.double(named: "stated_high")))
        }
        for key in claims.keys.sorted() {
            guard let start = claims[key], start.cites.flatMap({ claims[$0]?.cites }) != nil else { continue }
            var chain = [key]
            // A loop, or a chain longer than the lineage view follows, is another finding's.
            while let next = claims[chain[chain.count - 1]]?.cites, claims[next] != nil, !chain.contains(next), chain.count <= 64 {
                chain.append(next)
            }
            let chainClaims = chain.compactMap { claims[$0]?.claim }
            guard RepeatChange.drifts(chainClaims), let first = chainClaims.first, let last = chainClaims.last else { continue }
            let through = chain.dropFirst().dropLast().joined(separator: ", ")
            described("\(key) repeats \(chain[chain.count - 1]) through \(through) with value \(Self.published(first)), not "
                + "\(Self.published(last)) (each repeat a rounding of the one before, the number no rounding of the first)", key, chain[1])
        }
    }

    /// A stated range as check writes numbers: `10000 to 17000 (95%)` (as a range-only number
    /// reads, `shownNumber`), `at least 30000`, `up to 1500000`; nil when the figure states none.
    private static func range(_ claim: FigureClaim) -> String? {
        let bounds =
            switch (claim.statedLow, claim.statedHigh) {
            case let (low?, high?): number(low) + " to " + number(high)
            case let (low?, nil): "at least " + number(low)
            case let (nil, high?): "up to " + number(high)
            case (nil, nil): String?.none
            }
        // 0.9 × 100 is 90.00000000000001 in binary: round to tenths of a percent first.
        return bounds.map { $0 + (claim.ciLevel.map { " (" + number(($0 * 1000).rounded() / 10) + "%)" } ?? "") }
    }

    /// The number as published: `<5` for a count censored with upper bound 4, `10,000 to 13,000`
    /// for a range without a value.
    /// With how the number was printed when its digits are known (`28000000 (printed 28.0 million)`):
    /// the digits are what make it no rounding of 27600000 (`RepeatChange.isRounding`).
    private static func published(_ claim: FigureClaim) -> String {
        let number = shownNumber(value: claim.value, censored: claim.censoredHigh != nil, low: claim.rangeLow,
                                 high: claim.censoredHigh ?? claim.rangeHigh)
        guard let value = claim.value, let digit = claim.valueLastDigit else { return number }
        return number + " (printed \(NumberText.published(NumberText.scaled(value), value: value, lastDigit: digit)))"
    }

    static let repeatChangedMessage = "figures that repeat another (cites) but change what it says: the number beyond rounding, the range dropped (a minimum or an interval passed on as a bare number) or changed (narrowed, widened, given another confidence level, a minimum for an interval, or one the source never gave), the measure, place, unit, subgroup or period, the period basis (a period the cited figure's source does not state filed as stated, or a stated one as not stated: period_basis publication), or the number drifted through repeats that each round the one before; a brief citing them passes the change on as the cited source's, so check the repeat against its source, and say so when citing"

    private static func subgroup(_ claim: FigureClaim) -> String {
        [claim.sex, claim.ageGroup, claim.form ?? "all forms"].joined(separator: "/") + (claim.breakdown.map { " (\($0))" } ?? "")
    }

    /// The period as the row names it (`PeriodDays.named`): `1995-2004` for a span of whole years,
    /// as the brief and the rest of the row's words write one (it was `1995/2004`).
    private static func period(_ claim: FigureClaim) -> String {
        PeriodDays.named(start: claim.periodStart, end: claim.periodEnd)
    }
}
