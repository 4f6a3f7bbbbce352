import sys

from kpstamps.cli import main

sys.exit(main())
