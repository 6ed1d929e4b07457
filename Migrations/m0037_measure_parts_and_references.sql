-- m0037: forced labour's sub-measures nest as their definitions say.
-- Forced labour in the private economy is defined "including forced commercial sexual
-- exploitation" (ILO 2012: 18.7 million = 14.2 million forced labour exploitation + 4.5 million
-- forced sexual exploitation; ILO, Walk Free and IOM 2022: 17.3 million privately imposed forced
-- labour exploitation + 6.3 million forced commercial sexual exploitation = 23.6 million), yet
-- m0002 made it, privately imposed forced labour exploitation and forced commercial sexual
-- exploitation three siblings under forced labour: `--measure forced-labour-private-economy` found
-- none of its parts, the brief called both parts "part of Forced labour", and a reader adding up
-- forced labour's parts counted the private economy twice. The two become parts of the private
-- economy; state-imposed forced labour stays a part of forced labour beside it. A data update, no
-- table changes: only rows that still have m0002's parent move, so running it again, or over a
-- database whose user gave these measures another parent, changes nothing else.
UPDATE measures SET parent = 'forced-labour-private-economy'
WHERE code IN ('forced-labour-private', 'forced-commercial-sexual-exploitation')
  AND parent = 'forced-labour'
  AND EXISTS (SELECT 1 FROM measures WHERE code = 'forced-labour-private-economy' AND parent = 'forced-labour');
