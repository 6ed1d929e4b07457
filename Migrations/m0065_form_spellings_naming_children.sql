-- m0065: three spellings m0016 seeded in form_aliases named the wrong thing (review of session 55).
-- 'forced commercial sexual exploitation of children' was read as forced-commercial-sexual-exploitation for all
-- ages, so a figure of children typed so stood for everyone's; 'forced child labour' and 'forced child labor' were
-- read as child-labour, a concept of its own, where the ILO's forced labour of children is forced labour.
-- Ingest now reads such a text as the form and the age group children (ChildFormWords): the form without
-- "of children", or "forced labour" for "forced child labour", with age_group children, and refuses it beside an
-- age group of adults. The rows are deleted, so that SELECT form FROM form_aliases WHERE alias = ... no longer
-- answers for them. Figures stored through them keep their form; tipdb check does not flag them, as the stored
-- form alone does not say which spelling the file used.
DELETE FROM form_aliases
WHERE alias IN ('forced commercial sexual exploitation of children', 'forced child labour', 'forced child labor')
  AND form IN ('forced-commercial-sexual-exploitation', 'child-labour');
