/// What a report covers, as the user asked for it: measures, concepts, places and reference periods.
///
/// Filters combine (a figure must match every kind given); several values of one kind are
/// alternatives. Without any filter a report covers the whole database.
public struct BriefFilters: Sendable, Equatable {
    /// Measure codes or labels; each includes its sub-measures.
    public var measures: [String]
    /// Concepts: trafficking, forced-labour, forced-marriage, modern-slavery, child-labour, other.
    public var concepts: [String]
    /// Place codes, ISO codes, names or aliases; a region includes its countries.
    public var places: [String]
    /// The first reference year, month or day: figures whose reference period ends before its
    /// first day are left out.
    public var from: PeriodBound?
    /// The last reference year, month or day: figures whose reference period starts after its
    /// last day are left out.
    public var to: PeriodBound?
    /// `--period` as the user typed it (`2030`, `2015-2020`, `2019-06`), which gave `from` and
    /// `to`; nil when they came from `--from` and `--to`, or from no option.
    public var period: String?

    public init(
        measures: [String] = [], concepts: [String] = [], places: [String] = [], from: PeriodBound? = nil, to: PeriodBound? = nil,
        period: String? = nil
    ) {
        self.measures = measures
        self.concepts = concepts
        self.places = places
        self.from = from
        self.to = to
        self.period = period
    }

    /// True when no filter is given.
    public var isEmpty: Bool {
        measures.isEmpty && concepts.isEmpty && places.isEmpty && from == nil && to == nil
    }

    /// The filters as command-line options, in a fixed order: `--measure forced-labour --from 2010`.
    public var arguments: [String] {
        var arguments: [String] = []
        for measure in measures { arguments += ["--measure", measure] }
        for concept in concepts { arguments += ["--concept", concept] }
        for place in places { arguments += ["--place", place] }
        if let from { arguments += ["--from", from.text] }
        if let to { arguments += ["--to", to.text] }
        return arguments
    }

    /// The options as one shell-quoted string.
    public var commandLine: String {
        arguments.map(ShellQuote.quote).joined(separator: " ")
    }

    /// The options as the user typed them, for messages: `commandLine`, but `--period 2030` where
    /// `--period` gave the years.
    ///
    /// Why: "no figures match --from 2030 --to 2030" named options the user never typed, after
    /// `--period 2030`. `commandLine` stays in the brief's own record of its scope (and the
    /// command that renders it again), which a brief made with either spelling shares.
    public var asTyped: String {
        guard let period, from != nil || to != nil else { return commandLine }
        var typed = self
        (typed.from, typed.to) = (nil, nil)
        return (typed.arguments + ["--period", period]).map(ShellQuote.quote).joined(separator: " ")
    }
}

/// Quotes words for a POSIX shell only when they need it, so printed commands can be pasted back.
public enum ShellQuote {
    public static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./:=,+@%".unicodeScalars.contains($0)
        }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
