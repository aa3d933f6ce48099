"""The only package that imports `cryptography`: keys, signing, HPKE sealing, hashes, encoding."""
