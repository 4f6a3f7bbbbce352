"""Package list for setuptools; everything else is in pyproject.toml.

The source lives in app/kpstamps, while migrations/ and resources/ sit at the top of the
repository and are installed as kpstamps.migrations and kpstamps.resources.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("app"), "kpstamps.migrations", "kpstamps.resources"],
)
