"""Getting ballots to the tally over the network: the HTTP transport and the background worker.

What travels (export files, receipts) is the ledger's format: kiosk.ledger."""
