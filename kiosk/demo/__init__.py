"""The bundled demo world: a fictional election, demo keys (clearly marked), enrolled stations."""
