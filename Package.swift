// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tipdb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tipdb", targets: ["tipdb"]),
        .library(name: "Storage", targets: ["Storage"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Report", targets: ["Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system SQLite, through a module map: no vendored copy, no third-party wrapper.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The schema's SQL files, embedded in the binary so an installed tipdb needs nothing else.
        .target(
            name: "Migrations",
            path: "Migrations",
            exclude: ["tools"],
            resources: [
                .embedInCode("m0001_schema.sql"),
                .embedInCode("m0002_reference.sql"),
                .embedInCode("m0003_places.sql"),
                .embedInCode("m0004_views.sql"),
                .embedInCode("m0005_search.sql"),
                .embedInCode("m0006_datasets.sql"),
                .embedInCode("m0007_kosovo.sql"),
                .embedInCode("m0008_revisions.sql"),
                .embedInCode("m0009_superseded_versions.sql"),
                .embedInCode("m0010_period_order.sql"),
                .embedInCode("m0011_figure_search_content.sql"),
                .embedInCode("m0012_whole_years_first.sql"),
                .embedInCode("m0013_case_rejects.sql"),
                .embedInCode("m0014_dataset_rejects.sql"),
                .embedInCode("m0015_place_spellings.sql"),
                .embedInCode("m0016_forms.sql"),
                .embedInCode("m0017_citation_breakdowns.sql"),
                .embedInCode("m0018_partial_lineage_indexes.sql"),
                .embedInCode("m0019_citable_lineage.sql"),
                .embedInCode("m0020_broken_lineage.sql"),
                .embedInCode("m0021_unodc_regions_eu.sql"),
                .embedInCode("m0022_figure_retractions.sql"),
                .embedInCode("m0023_labels_and_changes.sql"),
                .embedInCode("m0024_revision_kinds.sql"),
                .embedInCode("m0025_citation_revision_kinds.sql"),
                .embedInCode("m0026_period_days_first.sql"),
                .embedInCode("m0027_figure_checks_as_comparisons.sql"),
                .embedInCode("m0028_range_only_figures.sql"),
                .embedInCode("m0029_range_only_view_comments.sql"),
                .embedInCode("m0030_relabel_publisher_names.sql"),
                .embedInCode("m0031_copies_last_and_primary_bounds.sql"),
                .embedInCode("m0032_citation_previous_bounds.sql"),
                .embedInCode("m0033_retracted_history.sql"),
                .embedInCode("m0034_period_basis.sql"),
                .embedInCode("m0035_period_basis_views.sql"),
                .embedInCode("m0036_citation_period_not_stated.sql"),
                .embedInCode("m0037_measure_parts_and_references.sql"),
                .embedInCode("m0038_unchanged_release_figures.sql"),
                .embedInCode("m0039_un_short_country_names.sql"),
                .embedInCode("m0040_counts_and_period_words.sql"),
                .embedInCode("m0041_established_abbreviations.sql"),
                .embedInCode("m0042_file_identity_and_open_rejects.sql"),
                .embedInCode("m0043_organisation_name_matching.sql"),
                .embedInCode("m0044_places_and_labels.sql"),
                .embedInCode("m0045_eu28.sql"),
                .embedInCode("m0046_revision_units_and_reused_keys.sql"),
                .embedInCode("m0047_key_moved_back.sql"),
                .embedInCode("m0048_period_days_identity.sql"),
                .embedInCode("m0049_dropped_downloads.sql"),
                .embedInCode("m0050_printed_digits.sql"),
                .embedInCode("m0051_period_text_and_dropped_copies.sql"),
                .embedInCode("m0052_printed_bound_digits.sql"),
                .embedInCode("m0053_initials_and_long_year_letters.sql"),
                .embedInCode("m0054_lineage_primary_scope.sql"),
                .embedInCode("m0055_source_container.sql"),
                .embedInCode("m0056_stored_file_names_and_earlier_sources.sql"),
                .embedInCode("m0057_withdrawn_origin_and_container_search.sql"),
                .embedInCode("m0058_withheld_earlier_counts.sql"),
                .embedInCode("m0059_revised_levels_and_withheld_history.sql"),
                .embedInCode("m0060_changes_in_persons_and_cases.sql"),
                .embedInCode("m0061_user_measures_and_price_years.sql"),
                .embedInCode("m0062_unknown_form_and_breakdown_changes.sql"),
                .embedInCode("m0063_citations_in_press_versions_and_chapters.sql"),
                .embedInCode("m0064_in_press_latest_and_measure_revisions.sql"),
                .embedInCode("m0065_form_spellings_naming_children.sql"),
                .embedInCode("m0066_invalid_json_views_and_criminal_exploitation.sql"),
            ]
        ),
        .target(
            name: "Storage",
            dependencies: [
                "CSQLite",
                "Migrations",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "Ingest", dependencies: ["Storage"]),
        .target(
            name: "Report",
            dependencies: ["Storage", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "tipdb",
            dependencies: [
                "Storage", "Ingest", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (a seeded random generator, a temporary file).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "StorageTests", dependencies: ["Storage"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Storage", "TestSupport"], exclude: ["Datasets"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Storage", "TestSupport"], exclude: ["Golden", "Benchmark"]),
        .testTarget(name: "TipdbTests", dependencies: ["tipdb", "Storage", "TestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` builds a libFuzzer target over the CSV and JSON readers and the value parsers. It
// only links with `-sanitize=fuzzer` (libFuzzer supplies `main`), so it exists only when asked for.
if Context.environment["TIPDB_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "tipdb-fuzz", dependencies: ["Ingest"], path: "Tests/Fuzz", exclude: ["corpus"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
