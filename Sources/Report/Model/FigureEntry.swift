import Storage

/// One figure as a brief shows it: the stored values and the same values written for people.
public struct FigureEntry: Codable, Sendable, Equatable {
    public var key: String
    public var measure: String
    public var measureLabel: String
    /// The number as published; nil when censored or published only as a range.
    public var value: Double?
    /// The value's number as its source printed it, without the unit (`QuantityText.printedNumber`):
    /// `2.50 million`, `12.0` for 12.0%, `0.50`; nil for a censored count or a range alone.
    ///
    /// Why: JSON's `value` is a double, which drops the zeros of `2.50 million`; a script that
    /// quotes the number needs the digits its source printed, and `text` words it with its unit.
    public var valueText: String? = nil
    public var censored: Bool
    public var low: Double?
    public var high: Double?
    /// Confidence level of low..high as a fraction.
    public var ciLevel: Double?
    public var unit: String
    public var unitLabel: String
    /// The power of ten of the last digit the source printed `value` with, when `value` drops it
    /// (`Figure.valueLastDigit`); not in JSON, whose `text` prints it (`2.50 million`).
    public var valueLastDigit: Int? = nil
    /// `valueLastDigit` for `low` and `high` (`Figure.lowLastDigit`, `Figure.highLastDigit`); not
    /// in JSON, whose `range` prints them (`2.50 to 3.10 million`).
    public var lowLastDigit: Int? = nil
    public var highLastDigit: Int? = nil
    /// The value with its unit, for people: `27.6 million`, `US$236 billion a year`, `<5`.
    public var text: String
    /// The range, for people, with its confidence level when known: `10,000-13,000 (95% interval)`.
    public var range: String?
    public var place: String
    public var placeName: String
    /// The reference period: `2021`, `1995-2004`; `period not stated` when the source does not
    /// state it (`periodBasis` publication).
    public var period: String
    public var periodStart: String
    public var periodEnd: String
    /// `stated`, or `publication` when the source does not state the period its number describes
    /// and `periodStart...periodEnd` is its publication year standing in for it.
    public var periodBasis: String = Figure.statedPeriod
    /// Whether the source does not state the period (`periodBasis` publication): not in JSON,
    /// which gives `periodBasis` itself.
    public var periodUnstated: Bool { periodBasis == Figure.publicationPeriod }
    public var sex: String
    public var ageGroup: String
    public var form: String?
    /// `all`, or the subgroup in words: `female, children, sexual exploitation`.
    public var subgroup: String
    /// The figure's breakdowns as a figures file's `breakdown` cell states them, stored codes and
    /// all (`citizenship: VNM; sector: manufacturing`); nil for a figure without one, whose JSON
    /// then has no such member. `subgroup` words them for reading.
    public var breakdown: String? = nil
    /// For a figure in percent of a measure whose definition says what its shares are of
    /// (`ShareWhole`), that whole: `all children aged 5 to 17`; nil for any other figure, whose
    /// JSON then has no such member. A subgroup's share is one of that whole's part in the subgroup.
    public var shareOf: String? = nil
    /// The figure's `x_` columns as stored: the JSON object of `figures.extra`
    /// (`{"x_sector":"services"}`); nil for a figure without them. The brief's JSON writes it as
    /// the object `extra`, its CSV as a column per `x_` name. Not decoded from JSON (its members
    /// are of any type); a decoded entry has none.
    public var extra: String? = nil
    /// estimated, detected, reported or derived.
    public var method: String
    /// The study's method in words, when the figure comes from a study that states one.
    public var studyMethod: String?
    public var source: String
    /// Short citation label: `ILO 2005`.
    public var sourceLabel: String
    /// The reference number of the source.
    public var citation: Int
    public var study: String?
    public var locator: String?
    public var quote: String?
    public var notes: String?
    /// The figure this one repeats (its `cites`), if any.
    public var cites: String?
    /// For a repeated figure, the key of the primary figure its chain ends at.
    public var primary: String?
    /// For a repeated figure: "repeats UNODC 2012, which repeats ILO 2005 (1995-2004)".
    public var repeats: String?
    /// For a figure of a bulk export that the latest release no longer holds: "not in the latest
    /// release (2025-04-14)". It is kept as published then, and is never a key figure.
    public var release: String? = nil
    /// For a figure whose number a later load changed (a newer release of a bulk export, a
    /// corrected file): "revised from 41 (UNODC 2024 [3], batch 1: glotip_v1.csv; replaced
    /// 2026-11-30 by batch 2)"; nil for a figure never revised, whose JSON then has no such member.
    public var revised: String? = nil
    /// The same, briefly, for where the number stands alone (key figures): "revised from 41".
    /// Not a JSON member of its own: `revised` says it in full.
    public var revisedFrom: String? = nil
    /// Where in `revised` its citations (`[3]`, an earlier release cited as a source) are written,
    /// so that Markdown and HTML write them as every other citation of the brief; not in JSON or
    /// CSV, whose `revised` is the text as it reads.
    public var revisedMarks = CitationMarks()
    /// For a figure whose key held another figure before a load moved it (`FigureSet.reusedKeys`):
    /// "Key f1 held another figure until batch 3 (Forced labour, Nepal, 2016); a brief made before
    /// then that cites f1 cites that figure." Ends the figure's note, before its quote (`TableNotes`);
    /// nil for a key that only ever held this figure, whose JSON then has no such member.
    public var keyReused: String? = nil
    /// For a figure withdrawn and restored with another number, or whose unchanged number a load
    /// cited to another source or page (`FigureHistoryText.briefText`): "Withdrawn on 2026-12-06
    /// (batch 3: "wrong page") and loaded again with another number by batch 4; a brief made
    /// before then that cites f2 cites 40,000." Said after `keyReused`; nil otherwise.
    public var history: String? = nil
    /// For a count that a later edition of its producer's series gives again (`EditionRevisions`):
    /// "revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)", or "given again by a later
    /// edition: ..." for the same number; and that figure's key. For the CSV, which has no caution
    /// to say it (the CSV's `release` and `later_edition`); not JSON members.
    public var laterEdition: String? = nil
    public var laterEditionKey: String? = nil

    /// What the figure's note says after its notes and before its quote (`TableNotes`): the key's
    /// reuse, then the history.
    public var laterNote: String? { Self.laterNote(keyReused: keyReused, history: history) }

    /// `laterNote` from the two fields, for a caller that reads an entry in place through a
    /// pointer: calling the property there copied the whole entry (`FigureTables`), and the
    /// array it joined was made for each of a brief's rows.
    static func laterNote(keyReused: String?, history: String?) -> String? {
        switch (keyReused, history) {
        case let (reused?, history?): reused + " " + history
        case let (reused?, nil): reused
        case let (nil, history?): history
        case (nil, nil): nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case key, measure, measureLabel, value, valueText, censored, low, high, ciLevel, unit, unitLabel, text, range, place, placeName
        case period, periodStart, periodEnd, periodBasis, sex, ageGroup, form, subgroup, breakdown, method, studyMethod, source, sourceLabel
        case citation, study, locator, quote, notes, cites, primary, repeats, release, revised, revisedFrom, keyReused, history
        case shareOf
    }

    /// The number as the key figures and figures tables show it: with the whole a share is of,
    /// when its measure says (`9.6% of all children aged 5 to 17`), else `text`.
    public var shownText: String { shareOf.map { ShareWhole.text(text, whole: $0, subgroup: subgroup) } ?? text }

    /// The number as a key figure, and the cautions about key figures, show it: `21,000 (revised
    /// from 20,000)` for a revised one, with the whole of a share (`shownText`).
    public var markedText: String { revisedFrom.map { "\(shownText) (\($0))" } ?? shownText }
}

/// The figures of one measure, as one table.
public struct FigureGroup: Codable, Sendable, Equatable {
    public var measure: String
    public var measureLabel: String
    public var unitLabel: String
    public var figures: [FigureEntry]
}

/// The headline number for one measure in one place.
public struct KeyFigure: Codable, Sendable, Equatable {
    public var measure: String
    public var measureLabel: String
    public var place: String
    public var placeName: String
    public var figure: FigureEntry
    /// Other figures in scope for the same measure and place (subgroups, units, earlier years, repeats).
    public var otherFigures: Int
}
