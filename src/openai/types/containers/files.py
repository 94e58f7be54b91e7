# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.


__all__ = []
