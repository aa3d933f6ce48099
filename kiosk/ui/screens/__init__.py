"""The screens of the voting flow."""
