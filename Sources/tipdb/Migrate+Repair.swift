import ArgumentParser
import Storage

extension TipDB.Migrate {
    /// Runs `SchemaRepair` and says what it recreated and which sources it labelled, one line each.
    ///
    /// - Throws: exit 1 when a table of tipdb's schema is missing or changed: its rows are gone or
    ///   in doubt, which only a backup brings back.
    static func repair(_ db: Database, path: String) throws {
        let outcome = try SchemaRepair.repair(db)
        for object in outcome.recreated { print("recreated \(object)") }
        for index in outcome.rebuiltSearchIndexes { print("rebuilt search index \(index): rows written while its trigger was missing are found again") }
        for source in outcome.labelled { print("labelled source \(source)") }
        if outcome.recreated.isEmpty && outcome.labelled.isEmpty {
            print("\(path): every index, trigger, view and source label is as tipdb made it, nothing to repair")
        }
        if !outcome.tables.isEmpty {
            ExitStatus.printError("\(path): \(outcome.tables.joined(separator: ", ")) missing or changed: a table cannot be recreated with its rows; restore it from a backup made before the change (tipdb backup)")
            throw ExitCode(1)
        }
    }
}
