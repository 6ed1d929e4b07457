/// The version of tipdb, recorded in every ingest batch and printed by `tipdb --version`.
public enum TipdbVersion {
    public static let current = "0.1.0"
}
