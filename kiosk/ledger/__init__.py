"""The ledger: the signed, hash-chained record of a station's ballots and audit entries.

The one package that writes and reads it — the station seals records with it, exports and
syncs them with it, checks its own box with it; the tally verifies and imports with it — so
the writer and the readers can never disagree about a byte:

    chain.py        record and audit entry type names, chain names and genesis, the chain head,
                    signing an entry, an audit entry's body
    records.py      a ballot record's body: built (station) and read fast (tally) by one class
    links.py        the link check: sequence and previous hash, and a whole stored chain walked
    envelopes.py    the inner (choices) and outer (voter token) envelopes, padded and sealed
    export_file.py  signed export files (USB and sync batches): build and verify
    receipts.py     the tally's signed receipt for a sync batch
    audit_file.py   the audit log as one signed file

It sits below the station and the tally and above package, store, crypto and domain.
"""
