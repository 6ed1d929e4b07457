-- Which sources back the most figures, directly and through figures elsewhere that repeat them?
SELECT source, title, direct_figures, repeated_by_figures, repeated_by_sources
FROM source_usage
ORDER BY repeated_by_figures DESC, direct_figures DESC, source;
