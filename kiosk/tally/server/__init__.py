"""The tally's HTTP intake (FastAPI): stations deliver signed batches and get signed receipts."""
