"""The demo: a "small clinic" AWS account on a local moto server, scanned for real.

Not part of the installed package: ``make demo`` runs ``python -m demo`` from a clone.
The tests and benchmarks reuse its moto server (:mod:`demo.mototools`) and seeders.
"""
