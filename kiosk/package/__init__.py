"""Election packages: the administrator's source folder, building and signing, loading and verifying."""
