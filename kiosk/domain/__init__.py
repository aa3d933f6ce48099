"""Pure domain: election model, ballot rules, languages, sessions. Imports nothing of ours."""
