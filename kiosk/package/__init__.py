"""Election packages: the source folder, building and signing, loading and verifying."""
