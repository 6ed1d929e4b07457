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
        var citizenships: [String] = [], recordedFor: [String] = []
        for figure in ordered {
            for breakdown in figure.breakdowns where FigureSet.citizenshipDimensions.contains(breakdown.dimension) {
                if let place = breakdown.place, asked.contains(place), !citizenships.contains(place) { citizenships.append(place) }
            }
            if !recordedFor.contains(figure.place) { recordedFor.append(figure.place) }
        }
        let sortedNames = { (codes: [String]) in
            codes.sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }.map(catalog.placeName)
        }
        // "people of Cambodia or Viet Nam citizenship": each figure counts one citizenship.
        let names = sortedNames(citizenships)
        let of = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.first ?? ""
        let places = sortedNames(recordedFor)
        let own = Words.list(names.map(Words.place))
        let text = "\(Words.count(ordered.count, "figure")) for \(places.count == 1 ? "another place" : "other places") "
            + "(\(Words.list(places))) \(ordered.count == 1 ? "counts" : "count") only people of \(of) "
            + "citizenship: victims of that citizenship detected or estimated where they were, each figure's place the place it "
            + "was recorded for and its subgroup naming the citizenship. They are \(places.count == 1 ? "that place's" : "those places'") figures, not the figures of \(own): "
            + "no key figure, caution, chart, data gap or count above takes them in, and they are not to be added to the "
            + "figures of \(own) or compared with them as if they were."
        return CitizensElsewhere(heading: "Citizens of \(of) counted elsewhere", text: text, figureGroups: groups)
    }
}
