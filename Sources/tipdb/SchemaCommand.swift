import ArgumentParser
import Storage

extension TipDB {
    struct SchemaCommand: ParsableCommand, JSONReporting {
        enum Format: String, FormatOption {
            case text, md, json
        }

        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Describe the tables and views: columns, types, constraints and what each column means.",
            discussion: "The descriptions are the comments in the migrations, kept by SQLite in the schema itself. SCHEMA.md is this command's Markdown output. A TABLE the database does not have is a usage error (64), with the closest names. A database of an older tipdb schema is described as it is, with a note on standard error naming its version and the tipdb backup --db FILE and tipdb migrate --db FILE that update it. As JSON, a failure, a usage error too, is printed on standard output as {\"error\": ..., \"exitCode\": ...}."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Only this table or view.")
        var table: String?

        @Option(help: "Output format (the Markdown one is the schema document of the repository, and may also be given as markdown).")
        var format: Format = .text

        /// `--format json` asks for JSON; the last `--format` given counts (two are a usage error).
        static func asksForJSON(_ arguments: [String]) -> Bool {
            lastFormat(arguments) == Format.json.rawValue
        }

        func run() throws {
            try ExitStatus.run(database: database.path, json: format == .json) {
                let db = try DatabaseFile.open(database.path, for: .query)
                defer { db.close() }
                try OlderSchemaAdvice.noteIfOlder(db, path: database.path)
                var documentation = try SchemaDocumentation(db: db)
                if let table {
                    guard let only = documentation.only(table) else {
                        let names = documentation.objects.map(\.name)
                        throw ExitStatus.usage(Suggestions.message(
                            "no table or view named \(table)", for: table, among: names, expected: "expected one of \(names.joined(separator: ", "))"))
                    }
                    documentation = only
                }
                switch format {
                case .text: print(documentation.text(), terminator: "")
                case .md: print(documentation.markdown(), terminator: "")
                case .json: print(try documentation.json(), terminator: "")
                }
            }
        }
    }
}
