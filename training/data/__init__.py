"""Synthetic training data: requests with gold plans that follow the COMPAT section 8 conventions.

`training.data.generate` is the command line; the rest are small modules: vocabulary pools, dates, the plan
builder, one phrasing module per app, request composition, noise, writers/readers and the diversity report.
"""
