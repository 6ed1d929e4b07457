import ArgumentParser
import Storage

extension TipDB.Migrate {
    /// Runs `SchemaRepair` and says what it recreated and which sources it labelled, one line each.
    ///
    /// - Throws: exit 2 when a table of data of tipdb's schema is missing: its rows are gone, which
    ///   only a backup brings back, and tipdb's commands that read it fail; exit 1 when one is
    ///   changed (its rows are there, but in doubt).
    static func repair(_ db: Database, path: String) throws {
        let outcome = try SchemaRepair.repair(db)
        for object in outcome.recreated { print("recreated \(object)") }
        for index in outcome.recreatedSearchIndexes { print("rebuilt search index \(index) from the rows it indexes: it holds no data of its own, so nothing was lost") }
        for index in outcome.rebuiltSearchIndexes { print("rebuilt search index \(index): rows written while its trigger was missing are found again") }
        for source in outcome.labelled { print("labelled source \(source)") }
        if outcome.recreated.isEmpty && outcome.labelled.isEmpty && outcome.tables.isEmpty && outcome.missingTables.isEmpty {
            print("\(path): every index, trigger, view and source label is as tipdb made it, nothing to repair")
        }
        if !outcome.tables.isEmpty {
            ExitStatus.printError("\(path): \(outcome.tables.joined(separator: ", ")) changed: a table cannot be recreated with its rows; restore it from a backup made before the change (tipdb backup)")
        }
        if !outcome.missingTables.isEmpty {
            ExitStatus.printError(missingTablesMessage(outcome.missingTables, path: path))
            throw ExitStatus.databaseUnusable
        }
        if !outcome.tables.isEmpty { throw ExitStatus.rejected }
    }

    /// "FILE: tipdb's table series_figures (the vintages ...; 3 series vintages refer to it) is
    /// missing (...): it may have held data, which no repair can make again; restore FILE from a
    /// backup ...": which table, what was in it, what shows it may have held rows, what else could
    /// not be recreated without it, and how to restore. "May": a table nothing shows was empty
    /// is not known to have held a row either (a table shown empty is recreated, not named here).
    static func missingTablesMessage(_ tables: [SchemaRepair.MissingTable], path: String) -> String {
        let described = tables.map { table in
            var notes = table.holds.isEmpty ? [] : [table.holds]
            if case .shownBy(let evidence) = table.shownBy { notes.append(evidence) }
            return "table \(table.name)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
        }
        let dependents = tables.flatMap(\.dependents)
        let notRecreated = dependents.isEmpty ? "" : "; \(dependents.joined(separator: ", ")) on \(tables.count == 1 ? "it" : "them") \(dependents.count == 1 ? "was" : "were") not recreated"
        let subject = tables.count == 1 ? "tipdb's \(described[0]) is" : "tipdb's \(described.joined(separator: ", ")) are"
        return "\(path): \(subject) missing (dropped by another program, such as the sqlite3 shell): "
            + "\(tables.count == 1 ? "it" : "they") may have held data, which no repair can make again\(notRecreated); "
            + "restore \(path) from a backup made before the drop: tipdb backup --db BACKUP --force \(path) "
            + "(first back up this file, tipdb backup --db \(path) DEST, if it holds ingests the backup lacks)"
    }
}
