/// The schema migrations, embedded in the binary by SwiftPM's `.embedInCode` so an installed
/// `tipdb` needs no files next to it.
///
/// Each `mNNNN_name.sql` file in this directory must be listed here; a test compares this list
/// with the directory so a new file cannot be forgotten.
public enum EmbeddedMigrations {
    /// File names and contents, in the order they must be applied.
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("m0001_schema.sql", PackageResources.m0001_schema_sql),
        ("m0002_reference.sql", PackageResources.m0002_reference_sql),
        ("m0003_places.sql", PackageResources.m0003_places_sql),
        ("m0004_views.sql", PackageResources.m0004_views_sql),
        ("m0005_search.sql", PackageResources.m0005_search_sql),
        ("m0006_datasets.sql", PackageResources.m0006_datasets_sql),
        ("m0007_kosovo.sql", PackageResources.m0007_kosovo_sql),
        ("m0008_revisions.sql", PackageResources.m0008_revisions_sql),
        ("m0009_superseded_versions.sql", PackageResources.m0009_superseded_versions_sql),
        ("m0010_period_order.sql", PackageResources.m0010_period_order_sql),
        ("m0011_figure_search_content.sql", PackageResources.m0011_figure_search_content_sql),
        ("m0012_whole_years_first.sql", PackageResources.m0012_whole_years_first_sql),
        ("m0013_case_rejects.sql", PackageResources.m0013_case_rejects_sql),
        ("m0014_dataset_rejects.sql", PackageResources.m0014_dataset_rejects_sql),
        ("m0015_place_spellings.sql", PackageResources.m0015_place_spellings_sql),
        ("m0016_forms.sql", PackageResources.m0016_forms_sql),
        ("m0017_citation_breakdowns.sql", PackageResources.m0017_citation_breakdowns_sql),
        ("m0018_partial_lineage_indexes.sql", PackageResources.m0018_partial_lineage_indexes_sql),
        ("m0019_citable_lineage.sql", PackageResources.m0019_citable_lineage_sql),
        ("m0020_broken_lineage.sql", PackageResources.m0020_broken_lineage_sql),
        ("m0021_unodc_regions_eu.sql", PackageResources.m0021_unodc_regions_eu_sql),
        ("m0022_figure_retractions.sql", PackageResources.m0022_figure_retractions_sql),
        ("m0023_labels_and_changes.sql", PackageResources.m0023_labels_and_changes_sql),
        ("m0024_revision_kinds.sql", PackageResources.m0024_revision_kinds_sql),
        ("m0025_citation_revision_kinds.sql", PackageResources.m0025_citation_revision_kinds_sql),
        ("m0026_period_days_first.sql", PackageResources.m0026_period_days_first_sql),
        ("m0027_figure_checks_as_comparisons.sql", PackageResources.m0027_figure_checks_as_comparisons_sql),
        ("m0028_range_only_figures.sql", PackageResources.m0028_range_only_figures_sql),
        ("m0029_range_only_view_comments.sql", PackageResources.m0029_range_only_view_comments_sql),
        ("m0030_relabel_publisher_names.sql", PackageResources.m0030_relabel_publisher_names_sql),
        ("m0031_copies_last_and_primary_bounds.sql", PackageResources.m0031_copies_last_and_primary_bounds_sql),
        ("m0032_citation_previous_bounds.sql", PackageResources.m0032_citation_previous_bounds_sql),
        ("m0033_retracted_history.sql", PackageResources.m0033_retracted_history_sql),
        ("m0034_period_basis.sql", PackageResources.m0034_period_basis_sql),
        ("m0035_period_basis_views.sql", PackageResources.m0035_period_basis_views_sql),
        ("m0036_citation_period_not_stated.sql", PackageResources.m0036_citation_period_not_stated_sql),
        ("m0037_measure_parts_and_references.sql", PackageResources.m0037_measure_parts_and_references_sql),
        ("m0038_unchanged_release_figures.sql", PackageResources.m0038_unchanged_release_figures_sql),
        ("m0039_un_short_country_names.sql", PackageResources.m0039_un_short_country_names_sql),
        ("m0040_counts_and_period_words.sql", PackageResources.m0040_counts_and_period_words_sql),
        ("m0041_established_abbreviations.sql", PackageResources.m0041_established_abbreviations_sql),
        ("m0042_file_identity_and_open_rejects.sql", PackageResources.m0042_file_identity_and_open_rejects_sql),
        ("m0043_organisation_name_matching.sql", PackageResources.m0043_organisation_name_matching_sql),
        ("m0044_places_and_labels.sql", PackageResources.m0044_places_and_labels_sql),
    ]
}
