import Foundation
import Storage

/// Turns the cells of a tally into figures: one per count and one per share, each keyed by the
/// dataset version and its categories, and each explaining its derivation in words.
///
/// Keys read `ctdc-global-v2/count/country:USA/year:2019/form:forced-labour` and
/// `.../share-form/...`; they depend only on the dataset version and the cell, so the same cell
/// derived twice (in two tables) is the same figure.
struct DerivedFigures {
    static let measure = "victims-in-case-data"

    let tally: CaseTally
    let dataset: DatasetVersion
    let minCell: Int
    let years: (first: Int, last: Int)

    /// The figure key of a count (`share` nil) or of a share over the multi-select dimension `share`.
    func key(_ cell: CaseTally.Cell, share: CaseDimension? = nil) -> String {
        var parts = [dataset.source, share.map { "share-\($0.rawValue)" } ?? "count"]
        for (index, dimension) in tally.dimensions.enumerated() {
            // Keys allow letters, digits and - _ . : / only: the age band 48+ becomes 48-plus.
            if let label = tally.label(of: cell, at: index) {
                parts.append("\(dimension.rawValue):\(label.replacingOccurrences(of: "+", with: "-plus"))")
            }
        }
        return parts.joined(separator: "/")
    }

    /// How every note starts: the dataset version, its digest, and the part of its file it holds
    /// when rows were refused at ingest (`former`: as an earlier tipdb wrote it, which also hid a
    /// number of refused rows below the minimum: `DatasetVersion.coverage`).
    private func origin(former: Bool, hidingRefused: Bool = false) -> String {
        let part = dataset.coverage(minCell: minCell, former: former, hidingRefused: hidingRefused).map { "; it holds \($0)" } ?? ""
        return "Derived by tipdb from the \(dataset.title) (dataset \(dataset.name) version \(dataset.version), sha256 \(dataset.sha256)\(part)): "
    }

    /// The categories in words: `country USA, year 2019, form forced-labour` (`all people` for the total).
    func words(_ cell: CaseTally.Cell) -> String {
        let parts = tally.dimensions.enumerated().compactMap { index, dimension in
            tally.label(of: cell, at: index).map { "\(dimension.rawValue) \($0)" }
        }
        return parts.isEmpty ? "all people" : parts.joined(separator: ", ")
    }

    /// A count figure: `value` nil for a suppressed count, with `high` its published upper bound;
    /// with its notes as an earlier tipdb wrote them (`FigureWriter.write(formerNotes:)`).
    func count(_ cell: CaseTally.Cell, value: Int?, high: Int?) -> (Figure, [Breakdown], formerNotes: [String]) {
        var figure = base(cell, key: key(cell), unit: "persons")
        if let value {
            figure.value = Double(value)
        } else {
            figure.censored = true
            figure.low = 1
            figure.high = Double(high ?? minCell - 1)
        }
        let control = value == nil
            ? "Suppressed under disclosure control (minimum cell size \(minCell)): not shown as a number."
            : "Disclosure control: counts below \(minCell) are shown as <\(minCell), and further counts are suppressed where a total would reveal them."
        let notes = { (former: Bool, hiding: Bool) in
            origin(former: former, hidingRefused: hiding) + "the number of people recorded with \(description(cell, former: former)). " + control
        }
        figure.notes = notes(false, false)
        return (figure, breakdowns(cell), [notes(true, true), notes(false, true)])
    }

    /// A share figure over the multi-select dimension `dimension`, in percent of `denominator`;
    /// with its notes as an earlier tipdb wrote them (`FigureWriter.write(formerNotes:)`).
    func share(_ cell: CaseTally.Cell, over dimension: CaseDimension, percent: Double, denominator: Int) -> (Figure, [Breakdown], formerNotes: [String]) {
        var figure = base(cell, key: key(cell, share: dimension), unit: "percent")
        figure.value = percent
        let notes = { (former: Bool, hiding: Bool) in
            origin(former: former, hidingRefused: hiding)
                + "the share of people recorded with \(description(cell, former: former)) among the "
                + (former ? String(denominator) : NumberText.decimal(Double(denominator), digits: 0))
                + " people with at least one \(dimension.words) recorded "
                + "(CTDC's rule: people with none recorded are left out of the denominator; a person can have several, so shares can add up to more than 100 %)."
        }
        figure.notes = notes(false, false)
        return (figure, breakdowns(cell), [notes(true, true), notes(false, true)])
    }

    private func base(_ cell: CaseTally.Cell, key: String, unit: String) -> Figure {
        var figure = Figure(
            key: key, measure: Self.measure, value: nil, unit: unit, place: "WLD",
            periodStart: String(years.first), periodEnd: String(years.last), source: dataset.source,
            locator: "case rows of dataset \(dataset.name) version \(dataset.version), counted by tipdb derive ctdc", method: "derived")
        for (index, dimension) in tally.dimensions.enumerated() {
            guard let label = tally.label(of: cell, at: index), label != CaseTally.notRecorded else { continue }
            switch dimension {
            case .country: figure.place = label
            case .year: (figure.periodStart, figure.periodEnd) = (label, label)
            case .gender: figure.sex = label == "trans-nonconforming" ? "other" : label
            // CTDC's bands (0-8, 9-17, 48+) are stored as they are; 0-17 or 18+ as ingest stores them.
            case .age: figure.ageGroup = (try? AgeGroup.read(label)) ?? label
            case .form: figure.form = label
            case .citizenship, .means: break
            }
        }
        return figure
    }

    /// Citizenship and means of control, and every category that was not recorded, as breakdowns.
    private func breakdowns(_ cell: CaseTally.Cell) -> [Breakdown] {
        tally.dimensions.enumerated().compactMap { index, dimension in
            guard let label = tally.label(of: cell, at: index) else { return nil }
            if label == CaseTally.notRecorded { return Breakdown(dimension: dimension.breakdownName, category: label, place: nil) }
            switch dimension {
            case .citizenship: return Breakdown(dimension: dimension.breakdownName, category: label, place: label)
            case .means: return Breakdown(dimension: dimension.breakdownName, category: label, place: nil)
            default: return nil
            }
        }
    }

    /// The cell in words for notes: `country of exploitation USA and form of exploitation forced
    /// labour`, a form as a brief names it (its code's words); `former`, as tipdb wrote notes
    /// before, with the form's code (`forced-labour`).
    private func description(_ cell: CaseTally.Cell, former: Bool) -> String {
        let parts = tally.dimensions.enumerated().compactMap { index, dimension -> String? in
            guard let label = tally.label(of: cell, at: index) else { return nil }
            let named = dimension == .form && !former ? label.replacingOccurrences(of: "-", with: " ") : label
            let what = label == CaseTally.notRecorded ? "no \(dimension.words) recorded" : "\(dimension.words) \(named)"
            return dimension.isMultiSelect && label != CaseTally.notRecorded ? what + " (one of possibly several)" : what
        }
        return parts.isEmpty ? "any characteristics (all people in the dataset)" : parts.joined(separator: " and ")
    }
}
