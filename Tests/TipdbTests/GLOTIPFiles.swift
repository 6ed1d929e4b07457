/// Small GLOTIP exports for the end-to-end tests, shaped as UNODC's data portal writes them.
enum GLOTIPFiles {
    static let header = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source"

    /// The two preamble lines (the second dated `date`, as written) and the header.
    static func top(date: String = "14/04/2025") -> String {
        "UNODC,contact@example.org,,,,,,,,,,,\n\(date),,,,,,,,,,,,\n\(header)\n"
    }

    /// An export dated `date` with two rows for Germany.
    static func export(date: String) -> String {
        top(date: date) + """
            DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41,GLOTIP
            DEU,Germany,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2020,Counts,10,GLOTIP

            """
    }
}
