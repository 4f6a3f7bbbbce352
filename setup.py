"""The package list, the one thing pyproject.toml cannot say (everything else is there).

The code lives in app/kpstamps, while migrations/ and resources/ sit at the top of the
repository and are installed as kpstamps.migrations and kpstamps.resources (package-dir in
pyproject.toml). `[tool.setuptools] packages` takes either a fixed list or one `find`
directive, and `find` never yields the two mapped folders: a fixed list would have to name
every feature folder and would silently drop the next one added.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("app"), "kpstamps.migrations", "kpstamps.resources"],
)
