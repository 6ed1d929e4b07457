import Foundation
import Storage

/// Why a derivation cannot run.
public enum DeriveError: LocalizedError, Equatable, Sendable, CustomStringConvertible {
    case unknownDataset(String, known: [String])
    case unknownVersion(String, version: Int, latest: Int)
    case noDimensions
    case minCellTooSmall(Int)
    case minCellChanged(dataset: String, version: Int, earlier: Int, given: Int)
    case noYears(dataset: String)
    /// `earlier`: the other tables audited with this one (`country,gender`, or
    /// `country,year of version 1` for another version's); `change`: the count that cannot be
    /// protected is the change in `figure` since that version; `blockedBy`: nil when the table
    /// could not be protected alone either (or nothing was derived before it), else the earlier
    /// tables that each, with this one, leave a count unprotected (empty: only together).
    case cannotProtect(figure: String, minCell: Int, earlier: [String] = [], change: Int? = nil, blockedBy: [String]? = nil)
    /// A derived figure that the unit rules of every figure refuse: a fault of tipdb, not of the data.
    case figureRefused(reason: String)
    /// A count whose correction derive would keep holds an exact number below the minimum cell
    /// size (`CaseDerivation.refuseSmallKept`): `batch` wrote it.
    case keptSmallCount(figure: String, value: String, batch: Int64, minCell: Int)
    /// Another dataset holds the same people and has derived tables (`SamePeople`): `account` says
    /// how they were recognised, `other` names that dataset, `sameFile` when it is the same file.
    case samePeople(account: String, dataset: String, other: String, sameFile: Bool)
    /// Version `version` of `dataset` holds `held` of the `rows` case rows it was loaded with
    /// (`CaseDerivation.heldRows`); `deriving` is the version being derived when that is another
    /// one, whose tables cannot be audited against `version`'s published ones.
    case caseRowsGone(dataset: String, version: Int, held: Int, rows: Int, deriving: Int?)

    public var description: String {
        switch self {
        case .unknownDataset(let name, let known):
            known.isEmpty
                ? "unknown dataset \"\(name)\"; no case-level dataset is loaded (tipdb ingest --format ctdc FILE)"
                : Suggestions.message("unknown dataset \"\(name)\"", for: name, among: known, expected: "expected one of \(known.joined(separator: ", "))")
        case .unknownVersion(let name, let version, let latest):
            "dataset \(name) has no version \(version); expected 1 to \(latest)"
        case .noDimensions:
            "no dimensions given; pass --by with some of country, citizenship, year, gender, age, form, means"
        case .minCellTooSmall(let value):
            "--min-cell \(value) is too small; expected 2 or more (CTDC's own rule is 11)"
        case .minCellChanged(let dataset, let version, let earlier, _):
            "dataset \(dataset) version \(version) was derived before with --min-cell \(earlier); use the same minimum cell size (--min-cell \(earlier)) for every derivation from one dataset version, so that published tables cannot be combined to reveal small counts"
        case .noYears(let dataset):
            "dataset \(dataset) records no year of registration, so its figures would have no reference period"
        case .cannotProtect(let figure, let minCell, let earlier, let change, let blockedBy):
            (change.map { "cannot protect the change in \(figure) since version \($0): fewer than \(minCell) people added or removed, whom a reader holding both versions' tables could count" }
                ?? "cannot protect the suppressed count \(figure): the published counts would tell a reader more about it than that it is below \(minCell) (or suppressed)")
                + ", and every count that could hide it is suppressed already or published (the number of all people, or a count an earlier derivation published)"
                + (earlier.isEmpty ? "" : "; this table is audited together with the tables derived before from this dataset (\(Self.byList(earlier))), which a reader holds too, and "
                    + Self.cause(blockedBy))
                + (change == nil
                    ? "; nothing was stored: derive with fewer dimensions, or from a new dataset version"
                    : "; nothing was stored: derive with fewer dimensions, or once the newer version adds at least \(minCell) people to every count that changes")
        case .samePeople(let account, let dataset, let other, let sameFile):
            "\(account); a reader holding tables derived from both could "
                + (sameFile ? "read in one a count the other suppresses" : "subtract one from the other and count the people added between them")
                + ", and derive audits tables together only within one dataset (its versions); nothing was stored: derive from dataset \(other)"
                + (sameFile
                    ? " instead, the same file"
                    : " only, or load both releases as versions of one --dataset, oldest first, in a new database (tipdb init), where each release's tables are audited with the other's")
                + " (dataset \(dataset)'s own tables, if any, stay as they were)"
        case .keptSmallCount(let figure, let value, let batch, let minCell):
            "figure \(figure) keeps its correction by batch \(batch), which gives it exactly as \(value): a count below \(minCell), which "
                + "disclosure control publishes only as <\(minCell) (as this derivation gives it), and a derivation keeps a correction; "
                + "nothing was stored: load a figures file giving <\(minCell) as its value under this key with tipdb ingest --correction, then derive again"
        case .caseRowsGone(let dataset, let version, let held, let rows, let deriving):
            if let deriving {
                "dataset \(dataset) version \(version) holds \(held) of the \(rows) case rows it was loaded with (the others were deleted "
                    + "since), but tables derived from it are published; derive audits a table of version \(deriving) together with them, "
                    + "counted again from those case rows, so that a reader holding both versions' tables cannot count the people added "
                    + "or removed, and without the rows it cannot; nothing was stored: restore the database from a backup that holds them "
                    + "(tipdb backup --db BACKUP --force DATABASE), or publish only tables derived before the rows were deleted (README: \"Erasing a "
                    + "superseded version's case rows\")"
            } else {
                "dataset \(dataset) version \(version) holds \(held) of the \(rows) case rows it was loaded with (the others were deleted "
                    + "since): its tables would count "
                    + (held == 0 ? "no one" : "part of the file it cites")
                    + "; nothing was stored: restore the database from a backup that holds them (tipdb backup --db BACKUP --force DATABASE)"
            }
        case .figureRefused(let reason):
            "a derived figure was refused (\(reason)); nothing was stored: this is a fault of tipdb, please report it with the dataset's shape"
        }
    }

    public var errorDescription: String? { description }

    private static func byList(_ tables: [String]) -> String { tables.map { "--by " + $0 }.joined(separator: "; ") }

    /// What the diagnosis found (`CaseDerivation.audit`): whether the earlier tables are the reason, and which.
    private static func cause(_ blockedBy: [String]?) -> String {
        guard let blockedBy else { return "this table could not be protected even alone" }
        return switch blockedBy.count {
        case 0: "this table alone could be published: it is the tables derived before, together (no one of them alone), whose counts leave nothing to suppress"
        case 1: "this table alone could be published: it is the table derived before by \(byList(blockedBy)) whose counts leave nothing to suppress"
        default: "this table alone could be published: it is the tables derived before by \(byList(blockedBy)) (each of them, with this one) whose counts leave nothing to suppress"
        }
    }

    /// True for a `--dataset` or `--dataset-version` that names nothing in the database: a bad
    /// argument, a usage error (64) as a report's unknown `--place` is, not input rejected (1).
    public var isUsage: Bool {
        switch self {
        case .unknownDataset, .unknownVersion, .noDimensions, .minCellTooSmall: true
        case .minCellChanged, .noYears, .cannotProtect, .figureRefused, .samePeople, .keptSmallCount, .caseRowsGone: false
        }
    }
}
