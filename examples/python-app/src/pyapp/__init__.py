"""A small inventory package with planted defects for quality-gate's end-to-end tests."""
