"""The bundled demo world: a fictional election, demo keys (clearly marked) and enrolled stations."""
