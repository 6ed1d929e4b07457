/// What the database does not know for the scope: the honest other half of a brief.
public struct DataGaps: Codable, Sendable, Equatable {
    /// Countries in scope with no figure of their own for the measures in scope (a figure for a
    /// region they lie in is not one of theirs).
    public var placesWithoutFigures: GapList
    /// Years, per measure, between its first and last figure that no figure covers.
    public var yearsWithoutFigures: [YearGap]
    /// Measures whose primary figures all come from one source, the releases of one bulk export
    /// series (GLOTIP's vintages) counting as one.
    public var singleSourceMeasures: [SingleSourceMeasure]
    /// Places with estimates but no study that covers them.
    public var placesWithoutStudies: GapList
    /// Measures and places with figures in scope but no primary estimate, so no key figure:
    /// "Forced labour in Arab States" (all its figures are rates, subgroups, changes or repeats).
    public var withoutKeyFigure: GapList
    /// Figures the filters would take in that `tipdb retract` withdrew, and so are not in the brief.
    public var retracted: RetractedFigures
    /// Regions that overlap the places asked for without lying within them and have figures the
    /// brief leaves out, the most countries covered first; nil when there are none (always for a
    /// brief of all places, and in a brief read back from JSON written before there were).
    public var overlappingRegions: [OverlappingRegion]? = nil
    /// Measures whose figures in scope all have a period their source does not state, so that no
    /// year (month, day) can be said to be covered, and no gap is listed for them; nil when there
    /// are none, and in a brief read back from JSON written before there were.
    public var unstatedPeriodMeasures: [UnstatedPeriodMeasure]? = nil
    /// All of the above as sentences, in order.
    public var sentences: [String]
    /// Where in each of `sentences` its citations are written, one item a sentence.
    public var sentenceMarks: [CitationMarks] = []

    private enum CodingKeys: String, CodingKey {
        case placesWithoutFigures, yearsWithoutFigures, singleSourceMeasures, placesWithoutStudies, withoutKeyFigure, retracted
        case overlappingRegions, unstatedPeriodMeasures, sentences
    }

    /// Equal when they read the same: `sentenceMarks` is left out, as `CitationMarks` leaves
    /// itself out (a brief read back from its JSON has none, and is the same brief).
    public static func == (lhs: DataGaps, rhs: DataGaps) -> Bool {
        lhs.placesWithoutFigures == rhs.placesWithoutFigures && lhs.yearsWithoutFigures == rhs.yearsWithoutFigures
            && lhs.singleSourceMeasures == rhs.singleSourceMeasures && lhs.placesWithoutStudies == rhs.placesWithoutStudies
            && lhs.withoutKeyFigure == rhs.withoutKeyFigure && lhs.retracted == rhs.retracted
            && lhs.overlappingRegions == rhs.overlappingRegions && lhs.unstatedPeriodMeasures == rhs.unstatedPeriodMeasures
            && lhs.sentences == rhs.sentences
    }

    /// The citations of sentence `index`; none for a brief read back from JSON, which has no marks.
    public func marks(ofSentence index: Int) -> CitationMarks {
        index < sentenceMarks.count ? sentenceMarks[index] : CitationMarks()
    }
}

/// A count with a readable, capped list: "Afghanistan, Albania, ... and 230 more".
public struct GapList: Codable, Sendable, Equatable {
    public var count: Int
    /// How many were looked at (e.g. countries in scope).
    public var total: Int
    /// The first names, by name.
    public var names: [String]
    /// How many more are not listed.
    public var more: Int
    /// The list in words, with "and N more".
    public var text: String
}

/// Reference years without a figure for one measure; months or days under a month or day filter.
public struct YearGap: Codable, Sendable, Equatable {
    public var measure: String
    public var measureLabel: String
    /// "2012-2015, 2017"; "2019-07 to 2019-09, 2019-11" in months: dates a program can read, where
    /// the gap's sentence writes months in words ("July-September 2019, November 2019").
    public var years: String
    /// How many years (or months, or days) `years` lists.
    public var count: Int
    /// `year`, or `month` or `day` when the brief's period filter is a month or a day and the
    /// gaps are counted in them; nil in a brief read back from JSON written before it was.
    public var unit: String?
    /// The keys of the repeats the figures tables list under these years (or months, or days),
    /// in reading order: each describes the period of the figure it repeats, not the one it is
    /// filed under, so it fills no gap. Nil when there are none, and in a brief read back from
    /// JSON written before there were.
    public var repeats: [String]? = nil
    /// How many figures of the measure (of every measure, for `all`) have a period their source
    /// does not state, and so fill none of `years`: filed under their publication year, they
    /// describe no known period. Nil when there are none, and in a brief read back from JSON
    /// written before it was.
    public var unstatedPeriodFigures: Int? = nil

    public init(measure: String, measureLabel: String, years: String, count: Int, unit: String? = nil, repeats: [String]? = nil) {
        self.measure = measure
        self.measureLabel = measureLabel
        self.years = years
        self.count = count
        self.unit = unit
        self.repeats = repeats
    }
}

/// A measure that rests on a single source, or on the releases of one bulk export series.
public struct SingleSourceMeasure: Codable, Sendable, Equatable {
    public var measure: String
    public var measureLabel: String
    /// The source; for releases of one series, the latest of them.
    public var source: String
    public var sourceLabel: String
    public var citation: Int
    /// Figures of the measure whose lineage reaches a primary source (all from this one).
    public var figureCount: Int
}
