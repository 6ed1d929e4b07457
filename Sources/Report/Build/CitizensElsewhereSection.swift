import Storage

/// Builds the brief's part on figures for other places that count only citizens of the places
/// asked for (`CitizensElsewhere`), from `FigureSet.citizensElsewhere`.
///
/// Built after the figures tables and before the references, where it is shown: its figures'
/// sources are numbered after the scope's, so that a brief's numbers for its own figures are
/// the same with or without this part.
enum CitizensElsewhereSection {
    /// - Returns: nil when no such figure is in the database for the brief's measures and period.
    static func build(context: BriefContext) -> CitizensElsewhere? {
        let figures = context.set.citizensElsewhere
        guard !figures.isEmpty else { return nil }
        let ordered = context.inReadingOrder(figures)
        let catalog = context.catalog
        let groups = BriefContext.runs(ordered) { $0.sameMeasure(as: $1) }.map { run -> FigureGroup in
            var entries = BriefContext.words(ordered[run], catalog: catalog, labels: context.labels)
            context.complete(&entries, ordered[run])
            let measure = ordered[run.lowerBound].measure
            let unit = catalog.defaultUnits[measure] ?? ordered[run.lowerBound].unit
            return FigureGroup(
                measure: measure, measureLabel: catalog.measureLabel(measure),
                unitLabel: catalog.units[unit]?.label ?? unit, figures: entries)
        }
        let asked = Set(context.scope.places ?? [])
        var recordedFor: [String] = []
        for figure in ordered where !recordedFor.contains(figure.place) { recordedFor.append(figure.place) }
        let people = peopleOf(ordered, asked: asked, catalog: catalog)
        let places = recordedFor.sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }.map(catalog.placeName)
        let own = Words.list(people.names.map(Words.place))
        let text = "\(Words.count(ordered.count, "figure")) for \(places.count == 1 ? "another place" : "other places") "
            + "(\(Words.list(places))) \(ordered.count == 1 ? "counts" : "count") only \(people.text): victims of that \(people.by) "
            + "detected or estimated where they were, each figure's place the place it was recorded for and its subgroup naming "
            + "the \(people.by). They are \(places.count == 1 ? "that place's" : "those places'") figures, not the figures of \(own): "
            + "no key figure, caution, chart, data gap or count above takes them in, and they are not to be added to the "
            + "figures of \(own) or compared with them as if they were."
        // "Citizens of Viet Nam", or "People of Viet Nam" when some count them by origin or birth.
        let who = people.by == PeopleOfPlace.word("citizenship") ? "Citizens" : "People"
        return CitizensElsewhere(heading: "\(who) of \(people.of) counted elsewhere", text: text, figureGroups: groups)
    }

    /// Whose people `figures` count, of the places `asked`: `people of Cambodia or Viet Nam
    /// citizenship` (each figure counts one), `people of Viet Nam citizenship or origin` where some
    /// give their country of origin instead (`PeopleOfPlace`); `of` names the places, `by` says
    /// by what (`citizenship or origin`), `names` are the places' names in reading order.
    ///
    /// Why here: the brief's part and the refusal of a scope with none of its own figures
    /// (`BriefBuilder`) word them alike.
    static func peopleOf(
        _ figures: [FigureRecord], asked: Set<String>, catalog: Catalog
    ) -> (text: String, of: String, by: String, names: [String]) {
        var places: Set<String> = [], dimensions: Set<String> = []
        for figure in figures {
            for breakdown in figure.breakdowns where FigureSet.citizenshipDimensions.contains(breakdown.dimension) {
                guard let place = breakdown.place, asked.contains(place) else { continue }
                places.insert(place)
                dimensions.insert(breakdown.dimension)
            }
        }
        let names = places.sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }.map(catalog.placeName)
        let of = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.first ?? ""
        let by = PeopleOfPlace.words(dimensions)
        return ("people of \(of) \(by)", of, by, names)
    }
}
