-- Ledger consistency after a benchmark run (bench/run.sh): prints one line "key=value" per figure.
-- "mismatched" counts balance rows whose used amount differs from the sum of their entries (or entry groups
-- without a balance row); "negative" counts balances below zero. Both must be 0.
SELECT 'settlements=' || count(*) FROM settlement;
SELECT 'ledger_entries=' || count(*) FROM ledger_entry;
SELECT 'balances=' || count(*) FROM ledger_balance;
SELECT 'mismatched=' || count(*)
FROM ledger_balance b
FULL JOIN (SELECT person_id, region, ledger_year, bucket, sum(amount) AS total
           FROM ledger_entry GROUP BY person_id, region, ledger_year, bucket) e
  USING (person_id, region, ledger_year, bucket)
WHERE b.used IS DISTINCT FROM e.total;
SELECT 'negative=' || count(*) FROM ledger_balance WHERE used < 0;
