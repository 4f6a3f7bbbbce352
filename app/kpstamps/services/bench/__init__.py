"""Benchmarks on synthetic catalogues (`kpstamps bench`)."""
