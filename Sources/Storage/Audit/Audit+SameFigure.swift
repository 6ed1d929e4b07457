extension Audit {
    /// The message of the `same-figure-twice` warning.
    static let sameFigureMessage = "one source gives one figure under two or more keys: the same measure, place, period "
        + "(by the days it covers: 2018 is 2018-01 to 2018-12 is 2018-01-01 to 2018-12-31), sex, age group, form, unit, "
        + "method, study (a figure that names none is of any study of its source) and breakdown (subdivision: Texas twice), and notes "
        + "for a share (they name its part), no repeat; most often a renamed key or a row typed twice, and a brief would hold the figure "
        + "twice: keep the row the source gives and withdraw the other (tipdb retract KEY --reason ...)"

    /// Figures of one source that say the same thing under different keys: `aa-nepal (32000) and
    /// zz-nepal (35000)`, forced labour in Nepal in 2018 from one report, once typed by hand with a
    /// key and once loaded from a file that derived another.
    ///
    /// Why: every other rule takes two keys for two figures, so the pair passed without a word, and
    /// the brief's key figure was whichever key sorted first. Periods compare by their days
    /// (`2018` against `2018-01-01`/`2018-12-31`), as the brief compares them, so that writing one
    /// year two ways does not make two figures; the text stays as stored. A share's notes are part
    /// of it: `share-without-part` asks for the part (victims rescued) there when no subgroup names
    /// it. A figure that names no study is taken as of any study of its source (`SameFigureStudies`):
    /// `a-typo` (3.2 billion, no study) beside the 236 billion of `ilo-2024-profits-estimate` was
    /// two figures, and the brief's key figure. A breakdown is part of the figure too: Texas's 704
    /// under two keys is one figure twice, Texas's beside California's two, and the country's
    /// total beside either two (until session 66 a figure with a breakdown was left out, so one
    /// state's figure typed twice passed). Its notes are not (but for a share's): a row typed twice
    /// with `Table 3` in one copy's notes is still one figure. A group with a breakdown says how two
    /// figures of one part that count different things are told apart (`breakdownHint`). Left out: repeats (`cites`: `repeat-changed` holds
    /// each to the figure it repeats, and two news items may repeat one figure differently); retracted figures are no longer in `figures`; releases of a
    /// bulk export and versions of a dataset are sources of their own.
    func sameFiguresTwice(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try sameFiguresTwice(batch: nil, row)
    }

    /// The groups of `sameFiguresTwice` that hold a figure of `batch` (all for nil), each with its
    /// keys, sorted by the first key in byte order: ingest's warning about the rows it just loaded.
    ///
    /// One window over the figures of the batch's measures and places (`figures_by_measure_place`;
    /// with no batch, over the table), partitioned by the fields that make a figure the same and its
    /// period's first and last days, as the `latest_estimates` view computes them (m0010); only
    /// partitions of two or more rows come back, already in order.
    ///
    /// Sources with the same DOI (`SameDOI`, check's `same-doi`) are one publication here, as in
    /// the brief's data gaps: one figure typed under a key of each was two sources' figures, not
    /// warned about, and the brief told its readers that the two sources disagreed (a merging
    /// review, session 52). Such a group names both keys and the DOI.
    func sameFiguresTwice(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let publications = try samePublicationKeys()
        let mapped = !publications.map.isEmpty
        // sql-constant: built from constant fragments only; the key map is bound as ?2.
        let sql = Self.sameFigureDays(mapped: mapped)
            + (batch == nil ? "  FROM figures f WHERE" : Self.sameFigureBatch(mapped: mapped) + "    AND")
            + Self.sameFigureFilter + Self.sameFigureGroups
            + (batch == nil ? "" : " AND mine") + " ORDER BY " + Self.sameFigureFields + ", key"
        typealias Member = (
            key: String, number: String, stated: [Double?], period: String, study: String?, mine: Bool, source: String, breakdown: String?
        )
        var groups: [(text: String, keys: [String])] = []
        var members: [Member] = []
        func close() {
            defer { members.removeAll() }
            // Alike but for the study: a figure that names none is of any study of its source (`SameFigureStudies`).
            for indices in SameFigureStudies.groups(members.map(\.study)) {
                let group = indices.map { members[$0] }
                // Of a batch, only the groups holding one of its figures.
                guard batch == nil || group.contains(where: \.mine) else { continue }
                let same = group.allSatisfy { $0.stated == group[0].stated }
                // Numbers that read alike but differ in their bounds or censoring say how.
                let alike = !same && group.allSatisfy { $0.number == group[0].number }
                let listed = group.map { "\($0.key) (\($0.number)\(alike ? ", " + Self.boundsWords($0.stated) : ""))" }
                let names = listed.dropLast().joined(separator: ", ") + " and " + (listed.last ?? "")
                var sources: [String] = []
                for member in group where !sources.contains(member.source) { sources.append(member.source) }
                sources.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                let from = sources.count == 1 ? sources[0]
                    : EnglishList.joined(sources) + ", one publication (the same DOI, \(publications.dois[sources[0]] ?? ""))"
                let breakdown = group[0].breakdown.map { " (breakdown " + $0 + Self.breakdownHint + ")" } ?? ""
                var text = names + " from " + from + breakdown + ": "
                    + (same ? "the same number under \(Self.few(group.count)) keys" : "\(Self.few(group.count)) numbers for one figure")
                text += PeriodDays.sameDaysNote(group.map(\.period))
                if let note = SameFigureStudies.note(keys: group.map(\.key), studies: group.map(\.study)) { text += " (\(note))" }
                groups.append((text, group.map(\.key)))
            }
        }
        var partition: [String?] = []
        let arguments: [any DatabaseValueConvertible] = mapped ? [batch ?? 0, publications.json] : [batch ?? 0]
        try forEachRow(sql, arguments) { figure in
            // Columns 0-11 are the partition; a change in any of them closes the group before it.
            let fields = (0...11).map { figure.string(at: $0) }
            if fields != partition { close() }
            partition = fields
            let value = figure.optionalDouble(at: 13), high = figure.optionalDouble(at: 16)
            let start = figure.string(at: 17) ?? "", end = figure.string(at: 18) ?? ""
            members.append((
                figure.string(at: 12) ?? "", Self.shownNumber(value: value, censored: figure.int64(at: 14) != 0, low: figure.optionalDouble(at: 15), high: high),
                [value, Double(figure.int64(at: 14)), figure.optionalDouble(at: 15), high],
                PeriodDays.written(start: start, end: end), figure.string(at: 19), figure.int64(at: 20) == batch, figure.string(at: 21) ?? "",
                figure.string(at: 22)))
        }
        close()
        let sorted = groups.enumerated().sorted {
            let (a, b) = ($0.element.keys[0], $1.element.keys[0])
            return a == b ? $0.offset < $1.offset : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        for group in sorted { row(group.element.text, group.element.keys) }
    }

    /// The bounds of a number stated as `[value, censored, low, high]`, in a row's words: `at least
    /// 12300000`, `up to 47000`, `10000 to 14000`, `published as <5`, `no bounds`.
    ///
    /// Why: ILO 2005's minimum of 12.3 million typed again without its bound read "x (12300000)
    /// and y (12300000): two numbers for one figure", the difference left unsaid; it reads
    /// "x (12300000, no bounds) and y (12300000, at least 12300000)".
    static func boundsWords(_ stated: [Double?]) -> String {
        let censored = stated.count > 1 && stated[1] == 1
        let low = stated.count > 2 ? stated[2] : nil, high = stated.count > 3 ? stated[3] : nil
        if censored, let high { return "published as <" + number(FigureClaim.publishedBound(censoredHigh: high)) }
        switch (low, high) {
        case let (low?, high?): return number(low) + " to " + number(high)
        case let (low?, nil): return "at least " + number(low)
        case let (nil, high?): return "up to " + number(high)
        case (nil, nil): return "no bounds"
        }
    }

    /// "two", "three", then digits: how many keys a group holds, in a row's words.
    public static func few(_ count: Int) -> String {
        (2...4).contains(count) ? ["two", "three", "four"][count - 2] : String(count)
    }

    /// Each source whose DOI another has, to the first key (in byte order) of that DOI's sources,
    /// as a JSON object for `?2`, and each such key's DOI: the publication a figure is of. Empty
    /// when no two sources share a DOI, as in most databases, and the SQL then compares sources.
    func samePublicationKeys() throws -> (map: [String: String], json: String, dois: [String: String]) {
        var sources: [(key: String, doi: String?)] = []
        try forEachRow("SELECT key, doi FROM sources WHERE doi IS NOT NULL") { statement in
            if let key = statement.string(at: 0) { sources.append((key, statement.string(at: 1))) }
        }
        var map: [String: String] = [:]
        var dois: [String: String] = [:]
        for group in SameDOI.groups(sources) {
            let keys = group.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for key in keys {
                map[key] = keys[0]
                dois[key] = group.doi
            }
        }
        guard !map.isEmpty else { return ([:], "{}", [:]) }
        let members = map.sorted { $0.key < $1.key }.map { JSONString.literal($0.key) + ":" + JSONString.literal($0.value) }
        return (map, "{" + members.joined(separator: ",") + "}", dois)
    }

    /// A figure's publication: its source, or the first key of its source's DOI (`samePublicationKeys`, bound as `?2`).
    static func publicationSQL(_ source: String, mapped: Bool) -> String {
        mapped ? "coalesce((SELECT p.value FROM json_each(?2) p WHERE p.key = \(source)), \(source))" : source  // sql-constant: a column of this file (f.source, g.source)
    }

    /// The fields that make two figures of one publication the same figure, as the window partitions them;
    /// the study is compared within a partition (`SameFigureStudies`), where no study matches any.
    static let sameFigureFields = "publication, measure, place, sex, age_group, form, unit, method, share_notes, breakdown, first_day, last_day"

    /// Each figure that repeats none, with its publication (`publicationSQL`), a share's notes, its breakdowns (`breakdownKeySQL`) and its period's
    /// first and last days (`2018` → 2018-01-01 and 2018-12-31; `2018-02` → 2018-02-01 and 2018-02-28), as m0026's
    /// `latest_estimates` has them (`PeriodDays.firstDaySQL`).
    static func sameFigureDays(mapped: Bool) -> String {
        let publication = publicationSQL("f.source", mapped: mapped)
        return """
        WITH days AS (
          SELECT f.key, f.source, f.measure, f.place, f.sex, f.age_group, coalesce(f.form, '') AS form, f.unit, f.method,
                 f.study, f.value, f.censored, f.low, f.high, f.period_start, f.period_end, f.batch_id,
        """ + "\n         " + publication + " AS publication,\n" + """
                 CASE WHEN f.unit IN (SELECT code FROM units WHERE dimension = 'share') THEN coalesce(f.notes, '') ELSE '' END AS share_notes,
        """ + "       " + breakdownKeySQL + " AS breakdown,\n"
            + "       " + PeriodDays.firstDaySQL("f.period_start") + " AS first_day,\n"
            + "       " + PeriodDays.lastDaySQL("f.period_end") + " AS last_day\n"
    }

    /// The figures that can be the same as one of batch `?1`: of its figures' publications, measures
    /// and places, ending in the same year (every spelling of a period ending in 2018 starts with
    /// `2018`), looked up by `figures_by_measure_place` as a range of `period_end`. Restricted by
    /// measure and place alone, 200 of the bench's rows into its 100,000 figures read and sorted
    /// nearly all of them (0.8 s more, debug build).
    static func sameFigureBatch(mapped: Bool) -> String {
        "  FROM (SELECT DISTINCT measure, place, " + publicationSQL("g.source", mapped: mapped) + " AS publication, substr(period_end, 1, 4) AS year\n"
            + """
                    FROM figures g WHERE batch_id = ?1) loaded
              CROSS JOIN figures f
              WHERE f.measure = loaded.measure AND f.place = loaded.place AND f.period_end BETWEEN loaded.year AND loaded.year || '-99'
            """ + "\n    AND " + publicationSQL("f.source", mapped: mapped) + " = loaded.publication\n"
    }

    /// What a group of figures with a breakdown adds to its breakdown's words: how two figures of one
    /// part that count different things are told apart.
    ///
    /// Why: one source's victims by state of origin and by state where rescued, both typed as
    /// `subdivision: Edo`, are two figures (a reviewer's case, session 66); `subdivision` is the part
    /// a figure covers, and the state people come from is a dimension of its own.
    static let breakdownHint = "; if they count different things, such as victims by state of origin and by state where rescued, "
        + "give each its own dimension, state-of-origin: Edo"

    /// No repeat, after either restriction's `WHERE`.
    static let sameFigureFilter = " f.cites IS NULL"

    /// A figure's breakdowns over `figures f` as one text that is equal exactly when they are
    /// (`dimension` US `category` for each, RS between them, by dimension); '' for none.
    ///
    /// Why `EXISTS` first: a figure without a breakdown then costs one probe of the primary key,
    /// as the filter that left such figures out cost before, and no subquery is set up for it.
    static let breakdownKeySQL = """
        CASE WHEN EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key) THEN (
                   SELECT group_concat(part, char(30)) FROM (
                       SELECT b.dimension || char(31) || b.category AS part FROM figure_breakdowns b WHERE b.figure = f.key ORDER BY b.dimension))
                 ELSE '' END
        """

    /// The partitions of two or more figures, and whether one of their figures is of batch `?1` (`mine`).
    static let sameFigureGroups = """

        ),
        grouped AS (
          SELECT *, count(*) OVER same AS copies, max(batch_id = ?1) OVER same AS mine
          FROM days
          WINDOW same AS (PARTITION BY publication, measure, place, sex, age_group, form, unit, method, share_notes, breakdown, first_day, last_day)
        )
        SELECT publication, measure, place, sex, age_group, form, unit, method, share_notes, breakdown, first_day, last_day,
               key, value, censored, low, high, period_start, period_end, study, batch_id, source,
        """ + Search.breakdownText + """
         AS breakdown_words
        FROM grouped f
        WHERE copies > 1
        """
}
